"""A show's "story so far": storyline, cast changes and ratings up to a cut-off.

``recap(store, show, start, end, spoiler_free_until)`` reads the timeline,
the cast, the rumours and the ratings series through the query layer and
writes each line with numbered references to its sources. The cut-off is
world time (``end``: nothing dated after it) and, for
``spoiler_free_until``, news time as well: only articles published by then
are read, so a later article cannot leak what came next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tellytrack.model import PubDate
from tellytrack.qa.dates import week_label_span
from tellytrack.qa.wording import (
    claim_sentence,
    event_sentence,
    history_words,
    rating_words,
    tenure_sentence,
)
from tellytrack.query.cast import Tenure, cast
from tellytrack.query.ratings import RatingPoint, ratings
from tellytrack.query.result import Result
from tellytrack.query.rumours import rumours
from tellytrack.query.sources import Source
from tellytrack.query.time import TimeFilter
from tellytrack.query.timeline import timeline
from tellytrack.resolve.lookup import find_show
from tellytrack.store.base import Store


@dataclass(frozen=True)
class RecapLine(Result):
    """One sentence of a recap and the numbers of its sources (1-based)."""

    text: str
    refs: list[int]


@dataclass(frozen=True)
class RecapSection(Result):
    title: str
    lines: list[RecapLine]


@dataclass(frozen=True)
class Recap(Result):
    """A recap with its sections and the numbered sources they cite."""

    show: str
    start: str | None
    end: str | None
    spoiler_free: bool
    sections: list[RecapSection]
    sources: list[Source]

    def heading(self) -> str:
        span = f" from {self.start}" if self.start else ""
        span += f" to {self.end}" if self.end else ""
        note = " (spoiler-free)" if self.spoiler_free else ""
        return f"{self.show}: the story so far{span}{note}"

    def to_markdown(self) -> str:
        """The recap as Markdown: sections with bullets, footnote-style references."""
        out = [f"# {self.heading()}", ""]
        for section in self.sections:
            out += [f"## {section.title}", ""]
            out += [f"- {line.text}{_refs(line.refs)}" for line in section.lines] or ["- (none)"]
            out.append("")
        out += ["## Sources", ""]
        out += [f"{i}. {_source_words(s, markdown=True)}" for i, s in
                enumerate(self.sources, 1)]
        return "\n".join(out).rstrip() + "\n"

    def to_text(self) -> str:
        """The recap as plain text."""
        out = [self.heading(), "=" * len(self.heading()), ""]
        for section in self.sections:
            out += [section.title, "-" * len(section.title)]
            out += [f"* {line.text}{_refs(line.refs)}" for line in section.lines] or ["* (none)"]
            out.append("")
        out += ["Sources", "-------"]
        out += [f"[{i}] {_source_words(s, markdown=False)}" for i, s in
                enumerate(self.sources, 1)]
        return "\n".join(out).rstrip() + "\n"


def _refs(refs: list[int]) -> str:
    return (" " + "".join(f"[{r}]" for r in refs)) if refs else ""


def _source_words(s: Source, markdown: bool) -> str:
    outlet = s.outlet or "unknown outlet"
    if markdown and s.url:
        outlet = f"[{outlet}]({s.url})"
    said = f": \u201c{s.sentence.strip()}\u201d" if s.sentence else ""
    return f"{outlet}, {s.published or 'undated'}{said}"


@dataclass
class _Writer:
    """Numbers sources in order of first use while the lines are written."""

    sources: list[Source] = field(default_factory=list)
    index: dict[tuple[str, int | None], int] = field(default_factory=dict)

    def line(self, text: str, sources: list[Source]) -> RecapLine:
        refs: list[int] = []
        for s in sources:
            key = (s.article_id, s.start)
            if key not in self.index:
                self.sources.append(s)
                self.index[key] = len(self.sources)
            if self.index[key] not in refs:
                refs.append(self.index[key])
        return RecapLine(text, refs)


def recap(store: Store, show: str, start: date | None = None, end: date | None = None,
          spoiler_free_until: date | None = None) -> Recap | None:
    """The story so far of ``show`` (any spelling), or None if the show is unknown."""
    sid = find_show(store, show)
    if sid is None:
        return None
    cut = spoiler_free_until or end
    when = TimeFilter(as_of=cut, known_by=spoiler_free_until)
    writer = _Writer()
    report = cast(store, sid, when)
    name = report.show if report else show
    sections = [
        RecapSection("Storyline", _story(store, sid, name, when, start, cut, writer)),
        RecapSection("Cast changes", _cast(store, sid, when, start, cut, writer)),
        RecapSection("Ratings", _ratings(store, sid, when, start, cut, writer)),
    ]
    return Recap(name, start.isoformat() if start else None, cut.isoformat() if cut else None,
                 spoiler_free_until is not None, sections, writer.sources)


def _story(store: Store, sid: str, name: str, when: TimeFilter, start: date | None,
           end: date | None, w: _Writer) -> list[RecapLine]:
    events = timeline(store, sid, when, start, end)
    return [w.line(event_sentence(e.kind, e.characters, e.status, e.date, name), e.sources)
            for e in events]


def _between(day: str | None, start: date | None, end: date | None) -> bool:
    if day is None:
        return False
    pub = PubDate.parse(day)
    return (start is None or pub.end >= start) and (end is None or pub.start <= end)


def _cast(store: Store, sid: str, when: TimeFilter, start: date | None, end: date | None,
          w: _Writer) -> list[RecapLine]:
    report = cast(store, sid, when)
    lines: list[RecapLine] = []
    if report is not None:
        changes: list[tuple[str, Tenure, bool]] = [
            (t.end or "", t, False) for t in report.former if _between(t.end, start, end)]
        changes += [(t.start or "", t, True) for t in report.current + report.former
                    if t.start_bound == "exact" and _between(t.start, start, end)]
        for _, t, joined in sorted(changes, key=lambda c: (c[0], c[1].actor)):
            text = (f"{t.actor} joined as {t.character or 'a new character'} on {t.start}."
                    if joined else tenure_sentence(t, current=False))
            lines.append(w.line(text, t.sources))
        if report.current:
            roles = ", ".join(f"{t.character or '?'} ({t.actor})" for t in report.current)
            lines.append(w.line(f"Cast{' as of ' + str(end) if end else ''}: {roles}.",
                                [s for t in report.current for s in t.sources[-1:]]))
    for c in rumours(store, sid, when):
        if c.state != "confirmed" and any(_between(s.date, start, end) for s in c.history):
            text = f"{claim_sentence(c)} History: {history_words(c, end)}."
            lines.append(w.line(text, [s.source for s in c.history]))
    return lines


def _ratings(store: Store, sid: str, when: TimeFilter, start: date | None, end: date | None,
             w: _Writer) -> list[RecapLine]:
    series = ratings(store, sid, when)
    points = [p for p in (series.points if series else []) if _week_between(p, start, end)]
    if not points:
        return []
    lines = [w.line(f"{_upper_first(rating_words(p))}.", p.sources) for p in points]
    trend = _trend(points)
    if trend:
        lines.insert(0, w.line(trend, [*points[0].sources[:1], *points[-1].sources[:1]]))
    return lines


def _week_between(p: RatingPoint, start: date | None, end: date | None) -> bool:
    monday = week_label_span(p.week)[0]
    return (start is None or monday >= start) and (end is None or monday <= end)


def _trend(points: list[RatingPoint]) -> str | None:
    """One sentence on the rank trend: first to last, and the best week."""
    ranked = [p for p in points if p.rank is not None]
    if len(ranked) < 2:
        return None
    first, last = ranked[0], ranked[-1]
    best = min(ranked, key=lambda p: (p.rank or 99, p.week))
    assert first.rank is not None and last.rank is not None
    move = ("rose" if last.rank < first.rank else "fell" if last.rank > first.rank
            else "held steady")
    return (f"Over {len(ranked)} charted weeks it {move} from #{first.rank} ({first.week}) "
            f"to #{last.rank} ({last.week}); best #{best.rank} in {best.week}.")


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
