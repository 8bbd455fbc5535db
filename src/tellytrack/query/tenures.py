"""Runs: who played a character from when to when, built from dated evidence.

Evidence, read in date order (see ``facts.order``):

- a ``cast`` fact (X plays Y) says the run of X as Y was on at the article's
  date; a later mention of a run that has ended is a look back and only adds
  a source;
- a confirmed ``entry`` or ``return`` opens a run with an exact start and ends
  any other actor's open run of the same character that day ("replaced by");
- a confirmed ``exit`` ends the actor's open runs in that show, unless the
  same article reports the actor joining (a replacement story: the exit is
  the other actor's, misattributed) and no other actor entering that role
  (then the entry is the leaving actor's past, told again: ``_recaps``).

Only dated changes whose sentence names the actor, and does not deny the
change, move runs (``moves_runs``). Reported and denied changes never end a
run (they are claims, see ``rumours.py``): a reported exit puts the run "at
risk" (``Run.at_risk``) until a later denial, or a later article stating the
actor in the role, clears it; a denial dated after a confirmed exit reopens
the run (later news supersedes earlier news). An exit told as a look back
("X, who left the show in 2020") ends the run when it says, not on the
article's date (``stated_end``), and leaves alone a run seen after that.

A run is on from its earliest evidence: its first article, or as far back as
a stated duration reaches ("quits after three years"); before that it is
unknown, neither current nor former, so ``--as-of`` never lists a run whose
first evidence comes later. Supersession only ever touches the same show + character or
the same show + actor, and runs are never deleted, only ended. When a new
actor is seen in a role whose previous actor was last seen strictly earlier
and no exit was reported, the old run ends where the new one is first seen,
with the reason "succeeded" (not "replaced") so the output says it was
inferred.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from tellytrack.model import Precision, PubDate
from tellytrack.query.facts import Row
from tellytrack.resolve.names import words

EXACT, AT_LEAST = "exact", "at_least"
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "a": 1}
# "after three years", "for 2 years", "a four-year stint": a stated run length.
_DURATION = re.compile(
    r"\b(?:after|for|of|nearly|almost|over)\s+(?:nearly\s+|almost\s+|over\s+)?"
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s*-?\s*years?\b"
    r"|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)-year\b", re.I)


# A sentence that denies the change it reports ("the makers denied she is quitting",
# "dismissed the rumours as baseless"): no confirmation, whatever its label says.
DENIAL = re.compile(r"\b(?:den(?:y|ied|ies|ying)|rubbish(?:ed)?|refut\w*|dismiss\w*|baseless"
                    r"|fake news|not (?:quitting|leaving)"
                    r"|(?:is|am|was)n'?t (?:quitting|leaving))\b", re.I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
# A look back at an exit: "who left the show in 2020", "quit back in March 2021",
# "exited last year". Group ``month``/``year`` date it; ``last`` is "last year".
_LOOK_BACK = re.compile(
    r"\b(?:left|quit|exited|walked out|stepped away|bid (?:adieu|goodbye)|said goodbye"
    r"|moved on)\b[^.;]{0,60}?\b(?:(?:back\s+)?in\s+(?:(?P<month>" + "|".join(_MONTHS) + r")\s+)?"
    r"(?P<year>(?:19|20)\d{2})\b|(?P<last>last year))", re.I)


@dataclass
class Run:
    """One continuous run of an actor in a role of one show (mutable while built)."""

    show: str
    character: str | None
    actor: str
    start: PubDate | None
    start_bound: str
    last_seen: PubDate | None
    end: PubDate | None = None
    end_reason: str | None = None  # "exit", "replaced", "succeeded" (inferred)
    end_by: str | None = None  # the actor id that replaced or succeeded this one
    reach_back: date | None = None  # a stated duration dates the start back to this
    rows: list[Row] = field(default_factory=list)

    @property
    def open(self) -> bool:
        return self.end is None

    def first_day(self) -> date | None:
        """The first day the evidence puts the run on (None: no dated evidence of it on)."""
        if self.reach_back is not None:
            return self.reach_back
        return self.start.end if self.start is not None else None

    def active(self, day: date) -> bool:
        """Whether the run was on at ``day``: evidenced by then and not yet ended."""
        if self.end is not None and self.end.end <= day:
            return False
        first = self.first_day()
        return first is not None and first <= day

    def at_risk(self, day: date | None = None) -> PubDate | None:
        """The date of the exit report that has the open run at risk on ``day`` (None: now).

        The latest of the run's reported exits, denials and later statements of
        the actor in the role decides: a report puts it at risk, a denial (even
        the same day) or a cast statement from a later day clears it.
        """
        if self.end is not None and (day is None or self.end.end <= day):
            return None
        risk: PubDate | None = None
        for r in sorted(self.rows, key=lambda r: r.published.start if r.published else date.max):
            when = r.published
            if when is None or (day is not None and when.end > day):
                continue
            if _is_exit(r, "reported"):
                risk = risk or when
            elif _is_exit(r, "denied") or (
                    r.fact.type == "cast" and risk is not None and when.start > risk.end):
                risk = None
        return risk

    def begun(self, day: date) -> bool:
        """Whether the run had begun by ``day`` (so it is current or former then).

        A run known only from undated articles cannot be placed on any day.
        """
        if all(r.published is None for r in self.rows):
            return False
        return self.active(day) or (self.end is not None and self.end.end <= day)


def role_defaults(rows: list[Row]) -> dict[str, str]:
    """Each actor's most evidenced character in the show (fills a change's missing role)."""
    counts: dict[str, Counter[str]] = {}
    for r in rows:
        if r.fact.type == "cast" and r.actor and r.character:
            counts.setdefault(r.actor, Counter())[r.character] += 1
    return {a: min(c, key=lambda k: (-c[k], k)) for a, c in counts.items()}


def build_runs(rows: list[Row]) -> list[Run]:
    """All runs of one show from its cast and confirmed cast-change rows (sorted)."""
    roles = role_defaults(rows)
    recaps = _recaps(rows, roles)
    joined = {(r.stored.article_id, r.actor) for r in rows if r.fact.type == "cast_change"
              and r.fact.change in ("entry", "return") and r.fact.status == "confirmed"} - recaps
    runs: list[Run] = []
    dated = [r for r in rows if r.published is not None]
    undated = [r for r in rows if r.published is None]
    for r in [*dated, *undated]:
        if r.actor is None:
            continue
        character = r.character or roles.get(r.actor)
        if r.fact.type == "cast":
            _seen(runs, r, character)
        elif not moves_runs(r):
            _attach(runs, r, character)
        elif (r.stored.article_id, r.actor) in recaps and r.fact.change != "exit":
            _seen(runs, r, character)  # how the replaced actor came in, told again
        elif r.fact.change != "exit":
            _enter(runs, r, character)
        elif (r.stored.article_id, r.actor) not in joined:
            _exit(runs, r, character)
    _bound_starts(runs)
    return runs


def _recaps(rows: list[Row], roles: dict[str, str]) -> set[tuple[str, str]]:
    """(article, actor) whose confirmed entry the article tells only as background: the
    actor also leaves in it and another actor enters the same role there ("A, who came in
    as Meera last year, quits; B is the new Meera"). Without this, which of the two
    entries ended the other's run hung on the order of their names."""
    entrants: dict[tuple[str, str], set[str]] = {}
    leaving: set[tuple[str, str]] = set()
    for r in rows:
        if r.fact.type != "cast_change" or r.fact.status != "confirmed" or r.actor is None:
            continue
        character = r.character or roles.get(r.actor)
        if r.fact.change in ("entry", "return") and character is not None:
            entrants.setdefault((r.stored.article_id, character), set()).add(r.actor)
        elif r.fact.change == "exit":
            leaving.add((r.stored.article_id, r.actor))
    return {(article, actor) for (article, _), actors in entrants.items() if len(actors) > 1
            for actor in actors if (article, actor) in leaving}


def moves_runs(r: Row) -> bool:
    """Whether a cast change may start or end a run (the guards against one bad sentence).

    Only a confirmed, dated change whose sentence names the actor (when there
    is a sentence) and carries no denial moves a run: an undated change cannot
    be placed in time, "the news of her exit" may be about anyone, and a
    sentence that denies the change does not confirm it. Everything else is a
    source.
    """
    if r.fact.type != "cast_change" or r.fact.status != "confirmed" or r.published is None:
        return False
    if r.fact.evidence is None:
        return True
    if DENIAL.search(r.fact.evidence.text):
        return False  # "the makers denied she is quitting" read as a confirmation
    said = set(words(r.fact.evidence.text))
    return any(w in said for w in words(r.fact.actor or "") if len(w) > 2)


def _attach(runs: list[Run], r: Row, character: str | None) -> None:
    """Keep a change that moves nothing as a source of the actor's latest run, if any.

    A denial dated after the exit that ended that run reopens it: the later
    word stands (the claim's history shows both).
    """
    assert r.actor is not None
    mine = [x for x in runs if x.actor == r.actor]
    run = _latest(runs, r.actor, character) or (mine[-1] if mine else None)
    if run is None:
        return
    run.rows.append(r)
    if (_is_exit(r, "denied") and run.end_reason == "exit" and run.end is not None
            and r.published is not None and run.end.end < r.published.start
            and run is _latest(runs, r.actor, run.character)):
        _close(run, None, None)


def _is_exit(r: Row, status: str) -> bool:
    return r.fact.type == "cast_change" and r.fact.change == "exit" and r.fact.status == status


def stated_end(r: Row) -> PubDate | None:
    """When a look back says the exit was ("who left in 2020"), if before the article."""
    m = _LOOK_BACK.search(r.fact.evidence.text) if r.fact.evidence else None
    if m is None or r.published is None:
        return None
    year = r.published.start.year - 1 if m["last"] else int(m["year"])
    if m["month"]:
        said = PubDate(date(year, _MONTHS.index(m["month"].lower()) + 1, 1), Precision.MONTH)
    else:
        said = PubDate(date(year, 1, 1), Precision.YEAR)
    return said if said.end < r.published.start else None


def _latest(runs: list[Run], actor: str, character: str | None) -> Run | None:
    mine = [x for x in runs if x.actor == actor and x.character == character]
    return mine[-1] if mine else None


def _close(run: Run, when: PubDate | None, reason: str | None, by: str | None = None) -> None:
    run.end, run.end_reason, run.end_by = when, reason, by


def _seen(runs: list[Run], r: Row, character: str | None) -> None:
    assert r.actor is not None
    run = _latest(runs, r.actor, character)
    if run is not None:
        run.rows.append(r)
        if run.open and r.published is not None:
            run.last_seen = r.published
        return
    if r.published is not None and character is not None:
        for other in runs:
            if (other.character == character and other.open and other.last_seen is not None
                    and other.last_seen.end < r.published.start):
                _close(other, r.published, "succeeded", r.actor)
    runs.append(Run(r.show, character, r.actor, r.published, AT_LEAST, r.published, rows=[r]))


def _enter(runs: list[Run], r: Row, character: str | None) -> None:
    assert r.actor is not None
    run = _latest(runs, r.actor, character)
    if run is not None and run.open:
        run.rows.append(r)
        return
    if character is not None:
        for other in runs:
            if other.character == character and other.open and other.actor != r.actor:
                _close(other, r.published, "replaced", r.actor)
    runs.append(Run(r.show, character, r.actor, r.published, EXACT, r.published, rows=[r]))


def _exit(runs: list[Run], r: Row, character: str | None) -> None:
    """End the actor's open runs on the exit's date (a look back: the date it states).

    A look back leaves alone a run that a reported entry or return started
    after the exit it tells of (a later stint); a run only seen after it was
    seen in articles looking back too, so its start becomes unknown.
    """
    assert r.actor is not None
    said = stated_end(r)
    when = said or r.published
    mine = [x for x in runs if x.actor == r.actor and x.open and not (
        said is not None and x.start_bound == EXACT and x.start is not None
        and x.start.start > said.end)]
    chosen = [x for x in mine if x.character == character] or mine
    for run in chosen:
        run.rows.append(r)
        _close(run, when, "exit")
        if when is not None and run.start is not None and run.start.start > when.end:
            run.start = None
    if chosen:
        return
    ended = _latest(runs, r.actor, character)
    if ended is not None:
        ended.rows.append(r)
        return
    runs.append(Run(r.show, character, r.actor, None, AT_LEAST, None, when, "exit",
                    None, rows=[r]))


def _bound_starts(runs: list[Run]) -> None:
    """How far back a stated duration dates an at-least start ("quits after three years"),
    never before the end of the role's previous run; without one, the run starts at its
    first evidence."""
    for run in runs:
        stated = _stated_start(run)
        if run.start_bound == EXACT or not stated:
            continue
        first = run.start.start if run.start else date.max
        before = [o.end.start for o in runs if o is not run and o.character == run.character
                  and run.character is not None and o.end is not None
                  and o.end.start <= first]
        run.reach_back = min(max([*before, *stated]), first)


def _stated_start(run: Run) -> list[date]:
    """A start implied by "quit after three years" in the evidence of the run's end."""
    if run.end is None:
        return []
    for r in run.rows:
        m = _DURATION.search(r.fact.evidence.text if r.fact.evidence else "")
        if m and r.fact.type == "cast_change":
            word = (m[1] or m[2]).lower()
            years = int(word) if word.isdigit() else _NUMBERS[word]
            end = run.end.start
            return [end.replace(year=end.year - years, day=min(end.day, 28))]
    return []
