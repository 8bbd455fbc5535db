"""Answers about a show: its chart position, the top N, its story, channel, relations.

Built on ``query.ratings``, ``query.timeline``, ``query.rumours``,
``query.shows`` and ``query.relations``. "Which shows were in the top N in
week W" has no query of its own: :func:`_chart_weeks` finds the weeks and the
shows charted in them from the places the store keeps of every rating report,
and :func:`_chart` reads the rating rows of those shows only, by index
(``query.ratings.week_of`` / ``point_of``: the reading ``ratings()`` does for one
show).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from tellytrack.model import PubDate
from tellytrack.qa.context import Ask, Finding
from tellytrack.qa.dates import week_label_span
from tellytrack.qa.grammar import KIN_WORDS
from tellytrack.qa.wording import (
    CHANGE_WORDS,
    EVENT_WORDS,
    RELATION_WORDS,
    claim_sentence,
    event_sentence,
    history_words,
    rating_words,
)
from tellytrack.query.facts import Row, rows_of
from tellytrack.query.ratings import RatingPoint, placed, point_of, ratings, week_of
from tellytrack.query.relations import Relation, relations
from tellytrack.query.rumours import rumours
from tellytrack.query.shows import ShowDetail, show_detail
from tellytrack.query.sources import Source
from tellytrack.query.timeline import timeline
from tellytrack.resolve.names import is_partial, is_variant, key

Result = tuple[str, list[Finding]] | None
DEFAULT_TOP = 5
LATEST_EVENTS = 6  # "what's happening in S" without a time: the most recent events


def _show(ask: Ask) -> str | None:
    """The asked show's id, or record that it is unknown."""
    sid = ask.names.show(ask.question.show)
    if sid is None:
        ask.fail(f"a show called {ask.question.show}." if ask.question.show
                 else "which show you mean.")
    return sid


def _in_window(week: str, start: date | None, end: date | None) -> bool:
    monday, sunday = week_label_span(week)
    return (start is None or sunday >= start) and (end is None or monday <= end)


_LATEST = ("this week", "last week", "past week", "previous week", "latest", "recent")


def _latest_chart(ask: Ask) -> bool:
    """Whether the question means "the latest chart" rather than a span.

    A chart comes out about a week after the week it measures, and outlets
    label it by either week, so "this week's" and "last week's" TRP both mean
    the newest chart out by the reference date.
    """
    w = ask.when
    return w is None or w.mode == "now" or any(x in w.text.lower() for x in _LATEST)


def _latest_weeks(ask: Ask, weeks: list[str]) -> list[str]:
    """The newest of ``weeks`` (sorted labels) begun by the reference date."""
    end = ask.today
    return [w for w in weeks if end is None or week_label_span(w)[0] <= end][-1:]


def _chosen_points(ask: Ask, points: list[RatingPoint]) -> list[RatingPoint]:
    if _latest_chart(ask):
        latest = _latest_weeks(ask, [p.week for p in points])
        return [p for p in points if p.week in latest][-1:]
    start, end = ask.window()
    return [p for p in points if _in_window(p.week, start, end)]


def rank(ask: Ask) -> Result:
    """Where a show ranks (latest chart, or the weeks of a span)."""
    sid = _show(ask)
    if sid is None:
        return None
    series = ratings(ask.store, sid, ask.news_filter())
    points = series.points if series else []
    chosen = _chosen_points(ask, points)
    name = ask.names.name(sid)
    if not chosen:
        ask.fail(f"where {name} ranked {ask.time_words()}.",
                 [Finding(f"{name}: {rating_words(p)}.", p.sources) for p in points[-3:]])
        return None
    findings = [Finding(f"{name}: {rating_words(p)}.", p.sources) for p in chosen]
    return f"{name} ranked " + "; ".join(rating_words(p) for p in chosen) + ".", findings


def _chart_weeks(ask: Ask) -> dict[str, set[str]]:
    """week -> the ids of the shows with a rating report placed in it, from news known by
    the reference date: from the rating places the store finds (``Store.rating_weeks``),
    no fact read."""
    weeks: dict[str, set[str]] = defaultdict(set)
    for sid, written, day in ask.store.rating_weeks(ask.today):
        week, _ = placed(written, PubDate.parse(day) if day else None)
        if week is not None:
            weeks[week].add(sid)
    return weeks


def _chart(ask: Ask, weeks: dict[str, set[str]], chosen: list[str]
           ) -> dict[str, dict[str, RatingPoint]]:
    """week -> show name -> point, for the ``chosen`` weeks: only the rating reports of
    the shows charted in them are read, each show's through the fact_entities index."""
    by_week: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for sid in sorted({sid for w in chosen for sid in weeks[w]}):
        for r in rows_of(ask.store, ask.news_filter(), ("rating",), show_id=sid):
            week, _ = week_of(r)
            if week in chosen:
                by_week[(week, sid)].append(r)
    chart: dict[str, dict[str, RatingPoint]] = defaultdict(dict)
    for (week, sid), group in sorted(by_week.items()):
        chart[week][ask.names.name(sid)] = point_of(week, False, group)
    return chart


def top(ask: Ask) -> Result:
    """Which shows were in the top N of a week (the latest chart when no week is named)."""
    known = _chart_weeks(ask)
    n = ask.question.top_n or DEFAULT_TOP
    start, end = ask.window()
    if _latest_chart(ask):
        weeks = _latest_weeks(ask, sorted(known))
    else:
        weeks = [w for w in sorted(known) if _in_window(w, start, end)]
    chart = _chart(ask, known, weeks)
    findings: list[Finding] = []
    lines = []
    for week in weeks:
        ranked = sorted(((p.rank, show, p) for show, p in chart[week].items()
                         if p.rank is not None and p.rank <= n), key=lambda x: (x[0], x[1]))
        findings += [Finding(f"#{r} {show} in week {week}.", p.sources) for r, show, p in ranked]
        if ranked:
            lines.append(f"Week {week}: " + ", ".join(f"#{r} {s}" for r, s, _ in ranked) + ".")
    if not findings:
        ask.fail(f"which shows were in the top {n} {ask.time_words()}.",
                 [Finding(f"The KB has charts for weeks {', '.join(sorted(known)[-4:])}.", [])]
                 if known else [])
        return None
    return " ".join(lines) + _gap_note(findings, n, len(weeks)), findings


def _gap_note(findings: list[Finding], n: int, weeks: int) -> str:
    """Say so when the KB does not know every place of the top N."""
    return "" if len(findings) >= n * weeks else " (the KB has no report for the other places)"


def happened(ask: Ask) -> Result:
    """Storyline events and cast changes of a show in a span (or the latest ones)."""
    sid = _show(ask)
    if sid is None:
        return None
    start, end = ask.window()
    name = ask.names.name(sid)
    events = timeline(ask.store, sid, ask.news_filter(), start, end)
    if not ask.dated:
        events = events[-LATEST_EVENTS:]
    findings = [Finding(event_sentence(e.kind, e.characters, e.status, e.date, name), e.sources)
                for e in events]
    findings += _changes(ask, sid, start, end)
    if not findings:
        known = timeline(ask.store, sid, ask.news_filter())[-3:]
        ask.fail(f"what happened in {name} {ask.time_words()}.",
                 [Finding(event_sentence(e.kind, e.characters, e.status, e.date, name),
                          e.sources) for e in known])
        return None
    return " ".join(f.statement for f in findings), findings


def event(ask: Ask) -> Result:
    """One kind of storyline event of a show ("will there be a leap", "is A dead"): every
    report of that kind the KB holds, each saying whether it aired, was announced or only
    speculated about; of one character's when the question names one."""
    q = ask.question
    sid = _show(ask) if q.show or not q.character else _show_of(ask, q.character)
    if sid is None:
        return None
    name = ask.names.name(sid)
    known = timeline(ask.store, sid, ask.news_filter())
    events = [e for e in known if e.kind == q.event and (
        q.character is None or any(_same_name(q.character, c) for c in e.characters))]
    if not events:
        what = EVENT_WORDS.get(q.event or "", "such an event")
        who = f" for {q.character}" if q.character else ""
        ask.fail(f"of {what}{who} in {name}.",
                 [Finding(event_sentence(e.kind, e.characters, e.status, e.date, name),
                          e.sources) for e in known[-3:]])
        return None
    findings = [Finding(event_sentence(e.kind, e.characters, e.status, e.date, name), e.sources)
                for e in events]
    return " ".join(f.statement for f in findings), findings


def _show_of(ask: Ask, character: str) -> str | None:
    """The show a character named without one belongs to: the show of that title ("Is
    Kesar pregnant?"), else the one show whose cast has the character."""
    sid = ask.names.show(character)
    shows = {s for s, _ in ask.names.characters(character)}
    if sid is None and len(shows) == 1:
        sid = shows.pop()
    if sid is None:
        ask.fail(f"which show's {character} you mean." if shows
                 else f"a character called {character}.")
    return sid


def _same_name(asked: str, written: str) -> bool:
    """Whether a character the question names is one an event lists, by the resolution's
    rules: the same name in any spelling, or its first or last word ("Arjun" of "Arjun
    Mehra")."""
    return key(asked) == key(written) or is_variant(asked, written) or is_partial(asked, written)


def show_changes(ask: Ask) -> Result:
    """Who left (joined, returned to) a show: its claims of that change, each with its
    state and history; when there is none, the show's other changes are the closest."""
    sid = _show(ask)
    if sid is None:
        return None
    change = ask.question.change or "exit"
    start, end = ask.window()
    findings = _changes(ask, sid, start, end, change)
    if not findings:
        present = CHANGE_WORDS.get(change, (change, change))[0]
        ask.fail(f"of anyone who will {present} {ask.names.name(sid)} {ask.time_words()}.",
                 _changes(ask, sid, None, None))
        return None
    return " ".join(f.statement for f in findings), findings


def _changes(ask: Ask, sid: str, start: date | None, end: date | None,
             change: str | None = None) -> list[Finding]:
    """Cast-change claims (of one ``change`` when given) with a report inside the span
    (all of them when no span)."""
    out = []
    for c in rumours(ask.store, sid, ask.news_filter()):
        if change is not None and c.change != change:
            continue
        days = [s.date for s in c.history if s.date]
        inside = [d for d in days if (start is None or d[:10] >= start.isoformat()[:len(d)])
                  and (end is None or d[:10] <= end.isoformat())]
        if inside and (ask.dated or start is None):
            text = f"{claim_sentence(c)} History: {history_words(c, end)}."
            out.append(Finding(text, [s.source for s in c.history if s.date in inside]))
    return out


def show_info(ask: Ask) -> Result:
    """The channel, producer or platform of a show."""
    sid = _show(ask)
    if sid is None:
        return None
    detail = show_detail(ask.store, sid, ask.news_filter())
    field = ask.question.field or "channel"
    if detail is None:
        return None
    s = detail.summary
    value = getattr(s, field)
    if value is None and field == "channel" and s.platform:
        field, value = "platform", s.platform
    if value is None:
        ask.fail(f"the {field} of {s.name}.", _info_findings(detail))
        return None
    text = {"channel": f"{s.name} airs on {value}.", "platform": f"{s.name} streams on {value}.",
            "producer": f"{s.name} is produced by {value}."}[field]
    return text, [Finding(text, _value_sources(detail.info_sources.get(field, []), value))]


def _value_sources(sources: list[Source], value: str) -> list[Source]:
    """The sources whose sentence names the value (all of them if none does)."""
    named = [s for s in sources if s.sentence and value.lower() in s.sentence.lower()]
    return named or sources


def _info_findings(detail: ShowDetail) -> list[Finding]:
    s = detail.summary
    return [Finding(f"{s.name}'s {f}: {getattr(s, f)}.", detail.info_sources.get(f, []))
            for f in ("channel", "producer", "platform") if getattr(s, f)]


def _relation_sentence(r: Relation) -> str:
    if r.relation == "parent":
        return f"{r.subject} is a parent of {r.object}."
    return f"{r.subject} is {RELATION_WORDS.get(r.relation, r.relation)} {r.object}."


def relation(ask: Ask) -> Result:
    """How two characters are related, or "who is A's husband/mother/…"."""
    q = ask.question
    if not q.character:
        return None
    pairs = ask.names.characters(q.character, q.show)
    if not pairs:
        ask.fail(f"a character {q.character}{' in ' + q.show if q.show else ''}.")
        return None
    findings: list[Finding] = []
    around: list[Finding] = []
    for sid, cid in pairs:
        rels = relations(ask.store, sid, ask.filter())
        mine = [r for r in rels if cid in (r.subject_id, r.object_id)]
        around += [Finding(_relation_sentence(r), r.sources) for r in mine]
        findings += [Finding(_relation_sentence(r), r.sources)
                     for r in mine if _fits(ask, sid, cid, r)]
    if not findings:
        other = q.other or q.kin or "anyone"
        ask.fail(f"how {q.character} is related to {other}.", around)
        return None
    return " ".join(dict.fromkeys(f.statement for f in findings)), findings


def _fits(ask: Ask, sid: str, cid: str, r: Relation) -> bool:
    """Whether a relation of ``cid`` answers the question (the other character, or the kin)."""
    q = ask.question
    if q.other:
        oid = ask.names.character(sid, q.other)
        return oid is not None and {r.subject_id, r.object_id} == {cid, oid}
    kin = KIN_WORDS.get(q.kin or "")
    if kin == "parent":
        return r.relation == "parent" and r.object_id == cid
    if kin == "child":
        return r.relation == "parent" and r.subject_id == cid
    return kin is not None and r.relation == kin


HANDLERS = {"rank": rank, "top": top, "event": event, "happened": happened,
            "show_info": show_info, "relation": relation, "show_changes": show_changes}
