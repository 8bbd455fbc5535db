"""The time rules of runs (docs/kb.md, "Time rules"), each pinned on invented articles."""

from __future__ import annotations

from datetime import date

from query.build import KB, cast, change
from tellytrack.cli.kb import cast_lines
from tellytrack.query import TimeFilter
from tellytrack.query import cast as cast_of
from tellytrack.query.cast import Tenure

SHOW = "Pyaar Ki Dor"


def tenure(kb: KB, actor: str, as_of: str | None = None) -> Tenure | None:
    """The actor's tenure, current or former, on ``as_of`` (None: not listed then)."""
    report = cast_of(kb.store, SHOW, TimeFilter(date.fromisoformat(as_of) if as_of else None))
    assert report is not None
    return next((t for t in [*report.current, *report.former] if t.actor == actor), None)


def current(kb: KB, as_of: str | None = None) -> set[str]:
    report = cast_of(kb.store, SHOW, TimeFilter(date.fromisoformat(as_of) if as_of else None))
    assert report is not None
    return {t.actor for t in report.current}


def test_as_of_never_lists_a_run_first_evidenced_later(kb: KB) -> None:
    """First seen 2024-10-10: not current on 2024-03-01, current from 2024-10-10."""
    kb.add("2024-10-10", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    assert tenure(kb, "Aman Verma", "2024-03-01") is None
    assert current(kb, "2024-10-10") == {"Aman Verma"}


def test_month_precise_evidence_counts_from_the_month_end(kb: KB) -> None:
    """An article dated only "2024-10" vouches for the run by the end of October."""
    kb.add("2024-10", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    assert current(kb, "2024-10-15") == set()
    assert current(kb, "2024-10-31") == {"Aman Verma"}


def test_reported_exit_puts_the_run_at_risk_not_to_an_end(kb: KB) -> None:
    """A reported exit keeps the run open, marked at risk from the report's date."""
    kb.add("2024-01-05", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    kb.add("2024-02-01", "b.example", change(SHOW, "Aman Verma", "exit", "reported", "Dev"))
    now = tenure(kb, "Aman Verma")
    assert now is not None and (now.end, now.at_risk) == (None, "2024-02-01")
    before = tenure(kb, "Aman Verma", "2024-01-20")
    assert before is not None and before.at_risk is None


def test_later_denial_clears_the_risk(kb: KB) -> None:
    """Reported, then denied by the actor: open and no longer at risk."""
    kb.add("2024-01-05", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    kb.add("2024-02-01", "b.example", change(SHOW, "Aman Verma", "exit", "reported", "Dev"))
    kb.add("2024-02-04", "c.example", change(SHOW, "Aman Verma", "exit", "denied", "Dev"))
    assert current(kb) == {"Aman Verma"}
    now = tenure(kb, "Aman Verma")
    assert now is not None and now.at_risk is None
    on_the_2nd = tenure(kb, "Aman Verma", "2024-02-02")
    assert on_the_2nd is not None and on_the_2nd.at_risk == "2024-02-01"


def test_later_article_with_the_actor_in_the_role_clears_the_risk(kb: KB) -> None:
    """An article of a later day that has the actor still playing the role answers the report;
    the reporting article's own "X, who plays Y" does not."""
    kb.add("2024-01-05", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    kb.add("2024-02-01", "b.example", change(SHOW, "Aman Verma", "exit", "reported", "Dev"),
           cast(SHOW, "Aman Verma", "Dev"))
    risky = tenure(kb, "Aman Verma")
    assert risky is not None and risky.at_risk == "2024-02-01"
    kb.add("2024-03-01", "c.example", cast(SHOW, "Aman Verma", "Dev"))
    cleared = tenure(kb, "Aman Verma")
    assert cleared is not None and cleared.at_risk is None


def test_confirmed_exit_ends_the_run_and_a_later_denial_reopens_it(kb: KB) -> None:
    """Confirmed on 02-01 ends the run; the actor's denial on 02-10 is the later word."""
    kb.add("2024-01-05", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    kb.add("2024-02-01", "b.example", change(SHOW, "Aman Verma", "exit", "confirmed", "Dev"))
    assert current(kb) == set()
    kb.add("2024-02-10", "c.example", change(SHOW, "Aman Verma", "exit", "denied", "Dev"))
    assert current(kb) == {"Aman Verma"}


def test_a_denying_sentence_labelled_confirmed_ends_nothing(kb: KB) -> None:
    """"The producer denied that Aman Verma is quitting" never ends Aman's run."""
    kb.add("2024-01-05", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    kb.add("2024-02-01", "b.example", change(SHOW, "Aman Verma", "exit", "confirmed", "Dev"),
           text="The producer denied that Aman Verma is quitting Pyaar Ki Dor.")
    assert current(kb) == {"Aman Verma"}


def test_look_back_dates_the_end_to_what_it_says(kb: KB) -> None:
    """"Aman Verma, who left the show in 2020" (said in 2024) ends the run in 2020."""
    kb.add("2019-05-02", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    kb.add("2024-06-01", "b.example", change(SHOW, "Aman Verma", "exit", "confirmed", "Dev"),
           text="Aman Verma, who left the show in 2020, is now a film star.")
    ended = tenure(kb, "Aman Verma")
    assert ended is not None and (ended.end, ended.end_reason) == ("2020", "exit")
    assert current(kb, "2021-06-01") == set()
    assert current(kb, "2019-12-01") == {"Aman Verma"}


def test_look_back_leaves_a_later_stint_alone(kb: KB) -> None:
    """A look back at a 2020 exit does not end a run that a 2023 return started."""
    kb.add("2023-04-02", "a.example", change(SHOW, "Aman Verma", "return", "confirmed", "Dev"),
           text="Aman Verma returns to Pyaar Ki Dor as Dev.")
    kb.add("2024-06-01", "b.example", change(SHOW, "Aman Verma", "exit", "confirmed", "Dev"),
           text="Aman Verma, who quit back in March 2020, is Dev again.")
    assert current(kb) == {"Aman Verma"}


def test_look_back_at_a_run_only_seen_in_look_backs(kb: KB) -> None:
    """Seen in 2022 ("X as Y, file photo"), then "X quit in 2017": former since 2017, start
    unknown (the 2022 mention was a look back too)."""
    kb.add("2022-04-08", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    kb.add("2022-06-09", "b.example", change(SHOW, "Aman Verma", "exit", "confirmed", "Dev"),
           text="Aman Verma quit Pyaar Ki Dor in 2017 to focus on his family.")
    gone = tenure(kb, "Aman Verma")
    assert gone is not None and (gone.start, gone.end) == (None, "2017")
    assert current(kb, "2022-05-01") == set()


def test_exit_without_earlier_evidence_is_former_only(kb: KB) -> None:
    """An exit with nothing before it: former from the exit on, unknown before it."""
    kb.add("2024-06-01", "b.example", change(SHOW, "Aman Verma", "exit", "confirmed", "Dev"),
           text="Aman Verma has quit Pyaar Ki Dor.")
    assert tenure(kb, "Aman Verma", "2024-05-01") is None
    gone = tenure(kb, "Aman Verma", "2024-06-02")
    assert gone is not None and gone.end == "2024-06-01"


def test_the_cast_command_says_a_run_is_at_risk(kb: KB) -> None:
    """The text report writes the risk beside the run's dates."""
    kb.add("2024-01-05", "a.example", cast(SHOW, "Aman Verma", "Dev"))
    kb.add("2024-02-01", "b.example", change(SHOW, "Aman Verma", "exit", "reported", "Dev"))
    report = cast_of(kb.store, SHOW)
    assert report is not None
    (line,) = [x for x in cast_lines(report) if "Aman Verma" in x]
    assert "at risk since 2024-02-01" in line
