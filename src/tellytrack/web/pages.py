"""Server-rendered pages: each is a Jinja2 template over the dict its API twin returns.

Templates autoescape everything; the only markup that bypasses escaping is the
SVG from ``charts``/``graph``, which escape every piece of text themselves.
The spoiler cut-off is a plain GET form (``?until=DATE``): the server drops
everything after the date (both clocks of the TimeFilter and the timeline's
end), so it works without script and later events are not in the page at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from starlette.exceptions import HTTPException

from tellytrack.model import PubDate
from tellytrack.store.base import Store
from tellytrack.web import spoiler, views
from tellytrack.web.app import API_PREFIX, store_for
from tellytrack.web.charts import (
    FULL,
    NARROW,
    ChartEvent,
    ChartPoint,
    Series,
    compare_svg,
    legend_events,
    ratings_svg,
)
from tellytrack.web.graph import Edge, graph_svg

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(env=Environment(
    loader=PackageLoader("tellytrack.web", "templates"), autoescape=True,
    trim_blocks=True, lstrip_blocks=True))
templates.env.globals["url"] = spoiler.url
router.include_router(spoiler.router)
StoreDep = Annotated[Store, Depends(store_for)]
Until = Annotated[date | None, Depends(spoiler.cut_off)]  # ?until=, else the site cookie


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    """A page; every page knows the cut-off, so its links (``url()``) keep it."""
    until = context.get("until", spoiler.page_cut_off(request))
    return templates.TemplateResponse(request, name, {**context, "until": until},
                                      status_code=status)


def _missing(what: str) -> HTTPException:
    return HTTPException(404, f"There is no {what} with that id. Try the search box above.")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep, until: Until = None) -> Response:
    """Shows with their latest changes and the newest articles (known by the cut-off)."""
    data = views.home_view(store, views.when_of(until=until))
    return _render(request, "home.html", {"data": data, "api": f"{API_PREFIX}/shows"})


@router.get("/shows/{show_id}", response_class=HTMLResponse)
def show_page(request: Request, show_id: str, store: StoreDep, until: Until = None) -> Response:
    """Cast, timeline, ratings chart, rumour tracker and relationship graph of one show."""
    data = views.show_view(store, show_id, views.when_of(until=until), end=until)
    if data is None:
        raise _missing("show")
    points, events = chart_inputs(data)
    return _render(request, "show.html", {
        "data": data, "until": until, "api": f"{API_PREFIX}/shows/{data['show']['id']}",
        "chart": Markup(ratings_svg(points, events)),
        "chart_narrow": Markup(ratings_svg(points, events, NARROW)),
        "chart_legend": legend_events(points, events),
        "graph": Markup(graph_svg([Edge(r["subject"], r["relation"], r["object"])
                                   for r in data["relations"]],
                                  character_links(data, until))),
    })


@router.get("/ratings", response_class=HTMLResponse)
def ratings_page(request: Request, store: StoreDep, shows: str = "",
                 until: Until = None) -> Response:
    """Several shows' ratings in one chart (``?shows=a,b``), one line per show."""
    data = views.compare_view(store, views.show_list(shows), views.when_of(until=until))
    series = [Series(s["name"], chart_points(s["ratings"])) for s in data["found"]]
    return _render(request, "ratings.html", {
        "data": data, "until": until, "api": f"{API_PREFIX}/ratings?shows={quote(shows)}",
        "chart": Markup(compare_svg(series, FULL)),
        "chart_narrow": Markup(compare_svg(series, NARROW)),
    })


@router.get("/shows/{show_id}/articles", response_class=HTMLResponse)
def show_articles_page(request: Request, show_id: str, store: StoreDep,
                       until: Until = None) -> Response:
    """Every article about one show, newest first, with what each said."""
    data = views.show_articles_view(store, show_id, views.when_of(until=until))
    if data is None:
        raise _missing("show")
    return _render(request, "show_articles.html", {
        "data": data, "until": until, "api": f"{API_PREFIX}/shows/{data['show_id']}/articles"})


@router.get("/shows/{show_id}/characters/{name}", response_class=HTMLResponse)
def character_page(request: Request, show_id: str, name: str, store: StoreDep,
                   until: Until = None) -> Response:
    """One character: who played them and when, their relations, events and cast news."""
    data = views.character_view(store, show_id, name, views.when_of(until=until))
    if data is None:
        raise _missing("character")
    return _render(request, "character.html", {
        "data": data, "until": until,
        "api": f"{API_PREFIX}/shows/{data['show_id']}/characters/{quote(data['name'], safe='')}"})


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, person_id: str, store: StoreDep, until: Until = None) -> Response:
    """A person's roles across shows, their tenures and cast-change claims."""
    data = views.person_view(store, person_id, views.when_of(until=until))
    if data is None:
        raise _missing("person")
    return _render(request, "person.html", {"data": data, "until": until,
                                            "api": f"{API_PREFIX}/people/{person_id}"})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, store: StoreDep,
                 until: Until = None) -> Response:
    """The article text with each fact's sentence highlighted, and its facts.

    An article the cut-off does not know (published later, or undated) is held
    back behind a link that lifts the cut-off for it.
    """
    data = views.article_view(store, article_id)
    if data is None:
        raise _missing("article")
    return _render(request, "article.html", {
        "data": data, "api": f"{API_PREFIX}/articles/{article_id}",
        "held": not views.when_of(until=until).known(views.published_of(data))})


@router.get("/shows", response_class=HTMLResponse)
def shows_index(request: Request, store: StoreDep, until: Until = None, q: str = "",
                all: bool = False) -> Response:
    """Every listed show, most covered first; ``q`` searches them, ``all`` adds unconfirmed."""
    items = views.shows_list(store, q, views.when_of(until=until), all)
    return _render(request, "listing.html", {"kind": "show", "items": items, "q": q,
                                             "all": all, "api": f"{API_PREFIX}/shows"})


@router.get("/people", response_class=HTMLResponse)
def people_index(request: Request, store: StoreDep, until: Until = None, q: str = "",
                 all: bool = False) -> Response:
    """Every listed person, by name; ``q`` searches them, ``all`` adds unconfirmed."""
    items = views.people_list(store, q, views.when_of(until=until), all)
    return _render(request, "listing.html", {"kind": "person", "items": items, "q": q,
                                             "all": all, "api": f"{API_PREFIX}/people"})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: str = "",
                until: Until = None) -> Response:
    """Shows, people, characters and articles matching the search box (known by the cut-off)."""
    data = views.search_view(store, q, views.when_of(until=until))
    return _render(request, "search.html", {"data": data, "q": q})


def chart_inputs(data: dict[str, Any]) -> tuple[list[ChartPoint], list[ChartEvent]]:
    """The ratings chart's series and storyline markers, from the show page's dict."""
    points = chart_points(data["ratings"])
    events = []
    for e in data["timeline"]:
        if e.get("date"):
            who = ", ".join(e.get("characters", []))
            label = f"{e['kind']} · {who}" if who else str(e["kind"])
            events.append(ChartEvent(PubDate.parse(e["date"]).start, label, e["status"]))
    return points, events


def character_links(data: dict[str, Any], until: date | None) -> Callable[[str], str | None]:
    """The link of each character the show page's graph draws (None: no page of its own)."""
    known = {r[side] for r in data["relations"] for side in ("subject", "object")
             if r.get(f"{side}_id")}
    base = f"/shows/{quote(data['show']['id'], safe='')}/characters/"
    cut = f"?until={until.isoformat()}" if until else ""
    return lambda name: f"{base}{quote(name, safe='')}{cut}" if name in known else None


def chart_points(series: dict[str, Any]) -> list[ChartPoint]:
    """The chart's points from a ratings series dict (empty when nothing is known)."""
    return [ChartPoint(p["week"], p.get("rank"), p.get("rating"), bool(p.get("conflict")))
            for p in series.get("points", [])]


def install_error_pages(app: FastAPI) -> None:
    """Errors on pages render as pages; errors under /api stay JSON."""

    async def handler(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if request.url.path.startswith(API_PREFIX):
            return await http_exception_handler(request, exc)
        return _render(request, "error.html", {"status": exc.status_code, "detail": exc.detail},
                       status=exc.status_code)

    app.add_exception_handler(HTTPException, handler)
