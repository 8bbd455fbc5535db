"""Relative time words resolved against an article's date (tellytrack.extract.timeexpr)."""

from datetime import date

from tellytrack.extract.timeexpr import barc_week, find_mentions, resolve, week_year
from tellytrack.model import PubDate

ANCHOR = PubDate.parse("2024-03-13")  # a Wednesday


def test_last_week_is_the_calendar_week_before() -> None:
    """ "last week" means Monday..Sunday of the week before the article's week."""
    span = resolve("last week", ANCHOR)
    assert span is not None and (span.start, span.end) == (date(2024, 3, 4), date(2024, 3, 10))


def test_today_is_the_publication_day() -> None:
    """ "today" is the article's own date, and exact."""
    span = resolve("today", ANCHOR)
    assert span is not None and span.start == span.end == date(2024, 3, 13) and not span.vague


def test_a_few_weeks_ago_is_a_vague_range() -> None:
    """ "a few weeks ago" covers two to four weeks back and is marked vague."""
    span = resolve("a few weeks ago", ANCHOR)
    assert span is not None and span.vague
    assert span.start == date(2024, 2, 12) and span.end == date(2024, 3, 3)


def test_recently_looks_back_a_month() -> None:
    """ "recently" is a vague window ending at the article's date."""
    span = resolve("recently", ANCHOR)
    assert span is not None and span.vague and span.end == date(2024, 3, 13)


def test_month_precise_anchor_widens_the_span() -> None:
    """An article dated only "2024-03" cannot say which week "last week" was."""
    span = resolve("last week", PubDate.parse("2024-03"))
    assert span is not None and span.vague
    assert span.start == date(2024, 2, 19) and span.end == date(2024, 3, 24)


def test_mentions_come_in_text_order_with_offsets() -> None:
    """Several expressions in one sentence are all found, earliest first."""
    text = "It slipped a few weeks ago and last week it fell again."
    found = find_mentions(text, ANCHOR)
    assert [m.text for m in found] == ["a few weeks ago", "last week"]
    assert text[found[1].start:found[1].end] == "last week"


def test_barc_week_with_explicit_year() -> None:
    """ "week 12 of 2023" names its own year whatever the article date."""
    assert barc_week("BARC ratings for week 12 of 2023 are out", ANCHOR) == "2023-W12"


def test_barc_week_in_january_belongs_to_last_year() -> None:
    """Week 53 read in mid-January is the previous year's last week."""
    assert barc_week("The ratings for Week 53 are out", PubDate.parse("2020-01-13")) == "2019-W53"


def test_ordinal_week_form() -> None:
    """ "the 49th week" is a BARC week number too."""
    assert barc_week("In the 49th week, the show led", PubDate.parse("2019-12-16")) == "2019-W49"


def test_no_year_without_a_date() -> None:
    """Without an article date the week's year cannot be read."""
    assert barc_week("the TRP report for week 48", None) is None
    assert week_year(48, None) is None


def test_plural_weeks_are_not_week_numbers() -> None:
    """ "for 4 weeks" is a duration, not BARC week 4."""
    assert barc_week("it stayed on top for 4 weeks", ANCHOR) is None


def test_week_numbers_found_from_their_words_match_a_full_scan() -> None:
    """Trying the week-number pattern only at "week"/"wk" and the number before a
    "week" finds what scanning every position finds."""
    from tellytrack.extract.timeexpr import _WEEK_NUMBER, _week_number_matches

    for text in ("BARC Week 12 (Dec 28, 2019 - Jan 3, 2020) and the 49th week of 2021.",
                 "wk no. 7, WEEK #3, week-5; 2 weeks later, 12 WEEK, Wk 60, week 24 of 2021",
                 "İn week 9", "no numbered week here", "re-week 5 midweek 6 3rd  week"):
        assert [m.span() for m in _week_number_matches(text)] == [
            m.span() for m in _WEEK_NUMBER.finditer(text)]
