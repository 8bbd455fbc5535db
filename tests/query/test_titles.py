"""Listed headlines: date stamps, page furniture and site names taken off, text kept."""

from __future__ import annotations

import pytest

from tellytrack.query.titles import MAX_TITLE, display_title

BODY = "The makers of the show have planned a twist for the coming week."


@pytest.mark.parametrize(("text", "headline"), [
    # the dump's date stamp before the text
    (" date 2024-03-05 Saath Chalenge: Meera returns after the leap\n\n" + BODY,
     "Saath Chalenge: Meera returns after the leap"),
    ("date 2024-03 Saath Chalenge: Meera returns\n" + BODY, "Saath Chalenge: Meera returns"),
    # breadcrumbs and section labels before the headline
    ("Television | News\n\nSaath Chalenge: Kavya quits the show\n" + BODY,
     "Saath Chalenge: Kavya quits the show"),
    ("• News\n  • tv\n  • hindi\n\nPyaar Ki Dor: first look is out\n\n" + BODY,
     "Pyaar Ki Dor: first look is out"),
    ("Entertainment\n\nPyaar Ki Dor goes off air in March\n" + BODY,
     "Pyaar Ki Dor goes off air in March"),
    # share bars, image credits, cookie banners, summary widgets, bylines, dates
    ("date 2024-01-02 Follow us on Image Source : SOCIAL/TANVIDESAI Saath Chalenge: "
     "Tanvi Desai quits\n" + BODY, "Saath Chalenge: Tanvi Desai quits"),
    ("Accept the updated privacy & cookie policy\n\nSaath Chalenge wins the week\n" + BODY,
     "Saath Chalenge wins the week"),
    ("Friday, March 8, 2024\nSaath Chalenge wins the week\n" + BODY,
     "Saath Chalenge wins the week"),
    ("March 8, 2024 1:17 PM\n\nSaath Chalenge wins the week\n" + BODY,
     "Saath Chalenge wins the week"),
    ("Saath Chalenge stills (Photo Credits: Instagram)\n\nMeera and Arjun marry tonight\n"
     + BODY, "Meera and Arjun marry tonight"),
    # a dateline before the first sentence
    ("date 2024-01-02 MUMBAI: Saath Chalenge is set for a leap. " + BODY,
     "Saath Chalenge is set for a leap."),
    ("Mumbai, Jan 2 (PTI) Saath Chalenge is set for a leap. " + BODY,
     "Saath Chalenge is set for a leap."),
])
def test_furniture_is_dropped(text: str, headline: str) -> None:
    """Only the headline is left of what the page put around it."""
    assert display_title(None, text) == headline


@pytest.mark.parametrize(("title", "outlet", "headline"), [
    ("Kavya quits Saath Chalenge | Pinkvilla", None, "Kavya quits Saath Chalenge"),
    ("Kavya quits Saath Chalenge | TV | Koimoi", None, "Kavya quits Saath Chalenge | TV"),
    ("Kavya quits Saath Chalenge - Soapwatch", "soapwatch.example",
     "Kavya quits Saath Chalenge"),
    ("Kavya quits Saath Chalenge - what went wrong", "soapwatch.example",
     "Kavya quits Saath Chalenge - what went wrong"),
])
def test_site_names_are_dropped_from_titles(title: str, outlet: str | None,
                                            headline: str) -> None:
    """A trailing "| Site" or "- Outlet" goes when it names an outlet, and only then."""
    assert display_title(title, BODY, outlet) == headline


def test_a_show_name_before_a_colon_stays() -> None:
    """'Show: headline' is the headline itself, not a dateline."""
    assert display_title(None, "Saath Chalenge: Meera is back.\n" + BODY).startswith(
        "Saath Chalenge: Meera")


def test_long_text_gives_its_first_sentence_cut_at_a_word() -> None:
    """Without a headline line the first sentence is used, cut to MAX_TITLE at a word."""
    long = "Saath Chalenge " + "keeps its viewers hooked week after week " * 8 + ". More."
    title = display_title(None, long)
    assert len(title) <= MAX_TITLE and title.endswith("…") and " " + title.split()[-1][:-1]


def test_a_bare_exclamation_takes_the_next_sentence_along() -> None:
    """'Exclusive!' alone says nothing: the sentence after it joins the headline."""
    text = "Exclusive! Naina Kapoor talks about playing Kavya. " + BODY * 3
    assert display_title(None, text) == "Exclusive! Naina Kapoor talks about playing Kavya."
