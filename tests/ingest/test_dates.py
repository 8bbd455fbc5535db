"""Dates from fields, stored-page prefixes, URLs and feed stamps."""

from __future__ import annotations

import pytest

from tellytrack.ingest.dates import (
    DateError,
    date_from_feed,
    date_from_text,
    date_from_url,
    parse_date,
)
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
