"""Date words in questions resolve against the question's reference date."""

from __future__ import annotations

from datetime import date

import pytest

from tellytrack.qa.dates import find_when

TODAY = date(2024, 3, 10)


@pytest.mark.parametrize(("text", "mode", "start", "end"), [
    ("what happened last December", "at", date(2023, 12, 1), date(2023, 12, 31)),
    ("where did it rank in Nov 2023", "at", date(2023, 11, 1), date(2023, 11, 30)),
    ("who played her on 5 March 2024", "at", date(2024, 3, 5), date(2024, 3, 5)),
    ("who played her on March 5th, 2023", "at", date(2023, 3, 5), date(2023, 3, 5)),
    ("who played her on 2023-07-14", "at", date(2023, 7, 14), date(2023, 7, 14)),
    ("who played her in 2022", "at", date(2022, 1, 1), date(2022, 12, 31)),
    ("where does it rank this week", "at", date(2024, 3, 4), date(2024, 3, 10)),
    ("what happened last week", "at", date(2024, 2, 26), date(2024, 3, 3)),
    ("top 5 in week 12 of 2023", "at", date(2023, 3, 20), date(2023, 3, 26)),
    ("top 5 in 2023-W12", "at", date(2023, 3, 20), date(2023, 3, 26)),
    ("what happened since January", "since", date(2024, 1, 1), date(2024, 1, 31)),
    ("who played her before 1 Feb 2024", "before", date(2024, 2, 1), date(2024, 2, 1)),
    ("what happened this month", "at", date(2024, 3, 1), date(2024, 3, 31)),
])
def test_date_words(text: str, mode: str, start: date, end: date) -> None:
    """Each supported phrasing names the span a reader would take it to mean."""
    when, _ = find_when(text, TODAY)
    assert when is not None
    assert (when.mode, when.start, when.end) == (mode, start, end)


def test_last_month_name_in_same_month_means_previous_year() -> None:
    """"last March" said in March is a year ago, not this month."""
    when, _ = find_when("what happened last March", TODAY)
    assert when is not None and when.start == date(2023, 3, 1)


def test_bare_month_name_needs_a_preposition() -> None:
    """"may" on its own is a verb more often than a month."""
    when, rest = find_when("who may play Meera", TODAY)
    assert when is None and rest == "who may play Meera"


def test_date_words_are_removed_from_the_question() -> None:
    """The grammar sees the question without its time words."""
    _, rest = find_when("who played Meera in Saath Chalenge in Nov 2023?", TODAY)
    assert rest == "who played Meera in Saath Chalenge?"


def test_before_an_event_keeps_the_event_for_the_knowledge_base() -> None:
    """Only the KB knows when the leap was, so the anchor is kept unresolved."""
    when, rest = find_when("who played Meera before the leap", TODAY)
    assert when is not None
    assert (when.mode, when.event, when.start) == ("before", "leap", None)
    assert when.anchored(date(2024, 1, 20)).as_of == date(2024, 1, 19)
    assert rest == "who played Meera"


def test_as_of_is_the_last_day_of_a_past_span_and_never_after_today() -> None:
    """A month answers for its last day; this week answers for today."""
    month, _ = find_when("in Nov 2023", TODAY)
    week, _ = find_when("this week", TODAY)
    assert month is not None and month.as_of == date(2023, 11, 30)
    assert week is not None and week.as_of == TODAY


def test_now_words() -> None:
    """"now", "currently" and "these days" mean the reference date."""
    for text in ("who plays Meera now", "who is currently playing Meera",
                 "who plays Meera these days"):
        when, _ = find_when(text, TODAY)
        assert when is not None and when.mode == "now" and when.as_of == TODAY
