"""Answer a question from the knowledge base, with the facts and sources behind it.

``answer(store, question, today=None)`` parses the question (``parse.py``),
sends it to the handler of its intent (``cast_answers.py``,
``show_answers.py``) and returns an :class:`Answer`: a short text, the
findings it rests on (each with its sources: outlet, date, sentence) and the
date it speaks for. When the knowledge base does not hold the answer, the
text says "I don't know" and ``closest`` lists the nearest things it does
know; it never presents a guess as a fact.

``today`` is the reference date: date words ("last December") resolve
against it and only news published by then is used. Without it, date words
resolve against the current date and all stored news counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tellytrack.model import EntityKind
from tellytrack.qa.context import Ask, Finding
from tellytrack.qa.parse import Question, parse
from tellytrack.query.result import Result
from tellytrack.query.sources import Source
from tellytrack.store.base import Store

EXAMPLES = (
    "Who plays CHARACTER in SHOW now?", "Which character does ACTOR play?",
    "Did ACTOR quit SHOW?", "Who left SHOW?", "Who replaced ACTOR?",
    "Where does SHOW rank this week?",
    "Which shows were in the top 5 in week 12 2024?", "What happened in SHOW in Nov 2023?",
    "Will there be a leap in SHOW?",
    "What channel is SHOW on?", "How is CHARACTER related to CHARACTER?",
)


@dataclass(frozen=True)
class Answer(Result):
    """An answer: ``known`` is False for "I don't know" (then see ``closest``)."""

    question: str
    intent: str
    known: bool
    text: str
    as_of: str | None
    findings: list[Finding]
    closest: list[Finding] = field(default_factory=list)
    parsed: dict[str, Any] = field(default_factory=dict)

    @property
    def sources(self) -> list[Source]:
        """Every source of the findings, once each, in order of first use."""
        seen: dict[tuple[str, int | None], Source] = {}
        for f in [*self.findings, *self.closest]:
            for s in f.sources:
                seen.setdefault((s.article_id, s.start), s)
        return list(seen.values())


    def to_text(self) -> str:
        """The answer for a terminal: text, as-of date, then each finding with its sources."""
        out = [self.text, f"(as of {self.as_of or 'now'})"]
        for title, items in (("Based on", self.findings), ("Closest I know", self.closest)):
            if items:
                out.append(f"{title}:")
                for f in items:
                    out.append(f"  - {f.statement}")
                    out += [f"      {_source_line(s)}" for s in f.sources]
        return "\n".join(out) + "\n"


def _source_line(s: Source) -> str:
    said = f": \u201c{s.sentence.strip()}\u201d" if s.sentence else ""
    return f"{s.outlet or 'unknown outlet'}, {s.published or 'undated'}{said}"


Handler = Callable[[Ask], tuple[str, list[Finding]] | None]


def _handlers() -> dict[str, Handler]:
    from tellytrack.qa import cast_answers, show_answers
    return {**cast_answers.HANDLERS, **show_answers.HANDLERS}


def answer(store: Store, question: str, today: date | None = None) -> Answer:
    """Answer ``question`` from ``store`` as of ``today`` (None: now, all news)."""
    q = parse(question, today)
    ask = Ask.of(store, q, today)
    handler = _handlers().get(q.intent)
    result = handler(ask) if handler else None
    if result is None:
        return _unknown(ask, ask.failure or _not_understood(q))
    text, findings = result
    findings = merge(findings)
    if not findings:
        return _unknown(ask, text)
    return Answer(question, q.intent, True, text, ask.as_of_label(), findings,
                  parsed=q.to_dict())


def merge(findings: list[Finding]) -> list[Finding]:
    """One finding per statement (two reports of one fact become one, with both sources)."""
    merged: dict[str, list[Source]] = {}
    for f in findings:
        sources = merged.setdefault(f.statement, [])
        sources += [s for s in f.sources if s not in sources]
    return [Finding(text, sources) for text, sources in merged.items()]


def _not_understood(q: Question) -> str:
    return ("I don't know how to answer that. I can answer questions such as: "
            + "; ".join(EXAMPLES) + ".")


def _unknown(ask: Ask, text: str) -> Answer:
    """An "I don't know" answer with the closest things the KB does know."""
    q = ask.question
    closest = ask.closest or _nearby_names(ask)
    if not text.startswith("I don't know"):
        text = "I don't know. " + text
    return Answer(q.text, q.intent, False, text, ask.as_of_label(), [], closest,
                  parsed=q.to_dict())


def _nearby_names(ask: Ask) -> list[Finding]:
    """Known shows, people and characters whose names are near the question's names."""
    q = ask.question
    asked = [n for n in (q.show, q.character, q.actor, q.other, q.name) if n]
    out: list[Finding] = []
    for name in asked:
        for e in ask.names.similar(name)[:5]:
            where = f" in {ask.names.name(e.show_id)}" if e.kind is EntityKind.CHARACTER else ""
            out.append(Finding(f"I know of {e.kind.value} {e.name}{where}.", []))
    return out
