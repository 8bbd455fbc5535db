"""Dates from fields, stored-page prefixes, URLs and feed stamps."""

from __future__ import annotations

import pytest

from tellytrack.ingest.dates import (
    DateError,
    date_from_feed,
    date_from_text,
    date_from_url,
    date_in_text,
    parse_date,
)
from tellytrack.ingest.jsonl import record_date
from tellytrack.model import PubDate


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13", "2023-00-10", "March 2023", ""])
def test_explicit_bad_dates_raise(value: str) -> None:
    """An explicit date that is not a real YYYY[-MM[-DD]] is an error, not a guess."""
    with pytest.raises(DateError, match="YYYY-MM-DD"):
        parse_date(value)


def test_text_prefix_requires_the_exact_form() -> None:
    """Only a leading " date YYYY-MM[-DD] " counts, not a date mentioned later."""
    assert date_from_text(" date 2023-11-12 Meera returns") == PubDate.parse("2023-11-12")
    assert date_from_text("Meera returns on date 2023-11-12") is None
    assert date_from_text(" date 2023-11-1234 x") is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://tellynews.example/2023/12/05/meera-returns/", "2023-12-05"),
    ("https://tellynews.example/news/2023/12/meera-returns", "2023-12"),
    ("https://tellynews.example/news/meera-returns-2023-12-05.html", "2023-12-05"),
    ("https://tellynews.example/2023/12/05?ref=home", "2023-12-05"),
])
def test_url_dates(url: str, expected: str) -> None:
    """The usual ways news sites put the date in a path are read with their precision."""
    assert date_from_url(url) == PubDate.parse(expected)


@pytest.mark.parametrize("url", [
    "https://tellynews.example/tv/meera-returns-1344950",
    "https://tellynews.example/2023/13/45/meera",
    "https://tellynews.example/article/3547371/lite",
    None,
])
def test_url_without_a_real_date(url: str | None) -> None:
    """Article ids and impossible numbers in URLs are not dates."""
    assert date_from_url(url) is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("Tue, 05 Mar 2024 01:30:00 +0530", "2024-03-05"),
    ("2024-01-02T23:30:00-08:00", "2024-01-02"),
    ("2024-01-02T08:00:00Z", "2024-01-02"),
])
def test_feed_stamps_keep_local_day(raw: str, expected: str) -> None:
    """RSS and Atom stamps give the day in the publisher's own time zone."""
    assert date_from_feed(raw) == PubDate.parse(expected)


def test_unreadable_feed_stamp_is_none() -> None:
    """Feed dates are the publisher's; a broken one leaves the entry undated."""
    assert date_from_feed("Thu, 30 Feb 2024 10:00:00 +0530") is None
    assert date_from_feed("sometime last week") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Kesar returns\n\nPublished: Thursday, Aug 31, 2023 09:20 AM IST\nThe makers", "2023-08-31"),
    ("Edited By A Writer, Updated: 17 Oct, 2020 03:43 PM\nMeera quits", "2020-10-17"),
    ("Tellybuzz Desk. Last updated on May 16, 2021, 09:59 pm. Meera quits", "2021-05-16"),
    ("by Editorial Desk Jun 12, 2025, 13:33 IST\nMeera quits", "2025-06-12"),
    ("Friday, June 20, 2025\nHome Entertainment\nMeera quits", "2025-06-20"),
])
def test_text_states_its_own_date(text: str, expected: str) -> None:
    """Published/Updated lines, bylines with a clock time and page headers date an article."""
    assert date_from_text(text) == PubDate.parse(expected)


def test_text_without_a_stamp_has_no_stated_date() -> None:
    """A date the story mentions is no publication stamp."""
    assert date_from_text("Saath Chalenge premiered on July 28, 2008 on Star Plus.") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("On March 18, 2024, the makers said Meera quit. On 2 March 2024 she shot.", "2024-03-18"),
    ("Meera will leave the show in March 2024, sources say.", "2024-03"),
    ("Saath Chalenge premiered on July 28, 2008 and ended in 2023.", None),
    ("Meera quits Saath Chalenge; no date anywhere.", None),
    ("On February 30, 2024 nothing happened.", None),
    ("The show was launched on July 13, 2020 and is loved.", None),
    ("It premiered in March 2021; on May 2, 2022 Meera quit.", "2022-05-02"),
])
def test_dates_in_the_text(text: str, expected: str | None) -> None:
    """The latest date mentioned, with its precision, unless a later year shows it a look back."""
    found = date_in_text(text)
    assert found == (PubDate.parse(expected) if expected else None)


def test_undated_record_falls_back_in_order() -> None:
    """Field, then the stated date, then the URL, then the text's dates."""
    text = "On March 18, 2024, the makers said Meera quit."
    assert record_date(None, text, "https://x.example/2024/03/20/a") == PubDate.parse("2024-03-20")
    assert record_date(None, text, None) == PubDate.parse("2024-03-18")
    assert record_date(None, "Updated: 17 Oct, 2020 03:43 PM " + text,
                       "https://x.example/2024/03/20/a") == PubDate.parse("2020-10-17")
