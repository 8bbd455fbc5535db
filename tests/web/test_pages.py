"""The HTML pages in-process: escaping, spoiler filtering, error pages."""

from __future__ import annotations

from fastapi.testclient import TestClient

XSS_START = "Kesar Ki Kahani: Zoya Khan plays Gauri."


def _xss_id(client: TestClient) -> str:
    items = client.get("/api/v1/articles", params={"q": "Zoya Khan"}).json()["items"]
    return str(items[0]["id"])


def test_article_text_is_escaped(client: TestClient) -> None:
    """Markup in an article reaches the page as text, never as tags or handlers."""
    html = client.get(f"/articles/{_xss_id(client)}").text
    assert "&lt;script&gt;window.__pwned" in html
    assert "<script>window" not in html and "<img src=x" not in html
    assert html.count("<script") == 1  # only the app's own /static/app.js


def test_article_marks_the_fact_sentence(client: TestClient) -> None:
    """The fact's sentence is wrapped in a mark numbered after the fact."""
    html = client.get(f"/articles/{_xss_id(client)}").text
    assert f'data-facts="1" title="Fact 1">{XSS_START}<sup>1</sup></mark>' in html


def test_spoiler_cut_off_removes_later_events_server_side(client: TestClient) -> None:
    """With ?until, events and cast changes after the date are not in the HTML at all."""
    full = client.get("/shows/Saath Chalenge").text
    cut = client.get("/shows/Saath Chalenge", params={"until": "2024-01-15"}).text
    assert 'class="event event-upcoming"' in full and 'class="event event-upcoming"' not in cut
    assert "Naina Kapoor" in full and "Naina Kapoor" not in cut
    assert 'value="2024-01-15"' in cut


def test_unknown_page_is_a_friendly_404(client: TestClient) -> None:
    """A missing show renders the site's 404 page pointing at search, not a JSON blob."""
    response = client.get("/shows/no-such-show-anywhere")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"] and "search box" in response.text


def test_search_page_lists_hits_and_articles(client: TestClient) -> None:
    """The search box finds a person and the articles that mention them."""
    html = client.get("/search", params={"q": "Naina Kapoor"}).text
    assert 'href="/people/person' in html and "/articles/" in html


def test_stylesheet_and_script_are_served_locally(client: TestClient) -> None:
    """Every asset the pages use comes from the app itself (no CDN)."""
    html = client.get("/").text
    assert "http://" not in html.split("<main")[0] and "https://" not in html.split("<main")[0]
    for asset in ("/static/style.css", "/static/app.js"):
        assert client.get(asset).status_code == 200



def test_ratings_compare_draws_each_show(client: TestClient) -> None:
    """/ratings?shows=a,b charts every show found, names the missing, offers the rest."""
    html = client.get("/ratings", params={"shows": "Saath Chalenge, No Such Show"}).text
    assert html.count('class="rating-line series-0"') == 2  # the wide and the phone chart
    assert 'class="swatch series-0"' in html and "Saath Chalenge" in html
    assert "No show is called “No Such Show”" in html
    data = client.get("/api/v1/ratings", params={"shows": "Saath Chalenge"}).json()
    assert [s["name"] for s in data["found"]] == ["Saath Chalenge"]
    assert data["found"][0]["ratings"]["points"][0]["week"] == "2024-W01"


def test_show_page_links_to_its_comparison(client: TestClient) -> None:
    """The ratings card of a show page opens the comparison with that show in it."""
    html = client.get("/shows/Saath Chalenge").text
    assert "/ratings?shows=" in html and "Compare with other shows" in html


def test_newest_articles_list_headlines_not_furniture(fresh_client: TestClient,
                                                      token: str) -> None:
    """A text that opens with a date stamp and a breadcrumb is listed by its headline."""
    text = ("date 2024-03-09 Television | News\n\nSaath Chalenge: Meera and Arjun move abroad\n\n"
            "The makers have planned a move abroad for the leads.")
    response = fresh_client.post("/api/v1/articles", json={"text": text, "date": "2024-03-09"},
                                 headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 201, response.text
    html = fresh_client.get("/").text
    assert ">Saath Chalenge: Meera and Arjun move abroad</a>" in html
    assert "date 2024-03-09" not in html and "Television | News" not in html


def test_show_articles_page_lists_the_shows_articles(client: TestClient) -> None:
    """/shows/{id}/articles: every article about the show with its facts by type."""
    html = client.get("/shows/Saath Chalenge/articles").text
    assert "Articles about Saath Chalenge" in html
    assert html.count('href="/articles/') == 11  # the show's eleven articles, no other show's
    assert "Zoya Khan" not in html and "2 cast change" in html
    data = client.get("/api/v1/shows/Saath Chalenge/articles").json()
    assert data["total"] == 11 and data["items"][0]["published"] == "2024-02-05"


def test_character_page_says_who_played_them_and_when(client: TestClient) -> None:
    """Kavya: Tanvi Desai until the recast, Naina Kapoor since; reached from the cast table."""
    show = client.get("/shows/Saath Chalenge").text
    assert 'href="/shows/show%3Asath-chalenge/characters/Kavya"' in show
    html = client.get("/shows/show:sath-chalenge/characters/Kavya").text
    assert html.index("Tanvi Desai") < html.index("Naina Kapoor")
    assert "2024-02-02" in html and "accident" in html.lower()
    data = client.get("/api/v1/shows/Saath Chalenge/characters/Kavya").json()
    assert [t["actor"] for t in data["played_by"]] == ["Tanvi Desai", "Naina Kapoor"]
    assert client.get("/shows/Saath Chalenge/characters/Nobody").status_code == 404


def test_character_page_respects_the_cut_off(client: TestClient) -> None:
    """With ?until before the recast, the new actor is not on the character page."""
    html = client.get("/shows/Saath Chalenge/characters/Kavya", params={"until": "2024-01-15"})
    assert "Tanvi Desai" in html.text and "Naina Kapoor" not in html.text


def test_graph_nodes_open_character_pages_and_keep_the_cut_off(client: TestClient) -> None:
    """Each character in the relationship graph links to its page, with ?until kept."""
    html = client.get("/shows/Saath Chalenge", params={"until": "2024-01-15"}).text
    graph = html[html.index('id="relations"'):]
    assert 'href="/shows/show%3Asath-chalenge/characters/Meera?until=2024-01-15"' in graph
