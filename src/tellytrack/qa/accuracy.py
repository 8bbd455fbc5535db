"""Score ``answer()`` on a question set: the dev loop and the accuracy gate.

A question file is JSONL, one object per line::

    {"q": "Who plays Kavya now?", "today": "2024-03-22" | null,
     "known": true, "expect": ["Ishita Rana", ["rank #1", "#1"]], "not": ["Tanvi"]}

An answer is right when its ``known`` flag is as expected, its text contains
every ``expect`` item (an item that is a list is satisfied by any of its
alternatives) and none of the ``not`` items; comparison ignores case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tellytrack.qa.answer import Answer, answer
from tellytrack.store.base import Store


@dataclass(frozen=True)
class Item:
    """One question of a set and what a right answer contains."""

    q: str
    today: date | None
    known: bool
    expect: list[list[str]]
    never: list[str]

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Item:
        expect = [e if isinstance(e, list) else [e] for e in obj.get("expect", [])]
        today = date.fromisoformat(obj["today"]) if obj.get("today") else None
        return cls(obj["q"], today, bool(obj.get("known", True)), expect, obj.get("not", []))

    def judge(self, a: Answer) -> str | None:
        """None when the answer is right, else what is wrong with it."""
        text = a.text.lower()
        if a.known != self.known:
            return f"known={a.known}, want {self.known}"
        missing = [alts for alts in self.expect if not any(x.lower() in text for x in alts)]
        if missing:
            return f"missing {missing}"
        present = [x for x in self.never if x.lower() in text]
        return f"should not say {present}" if present else None


@dataclass
class Report:
    """Right answers over all questions, with what went wrong where."""

    total: int = 0
    right: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (q, problem, answer)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def load_questions(path: str | Path) -> list[Item]:
    """The questions of a JSONL file (blank lines and ``//`` comment lines skipped)."""
    items = []
    for line in Path(path).read_text("utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            items.append(Item.from_json(json.loads(line)))
    return items


def score(store: Store, items: list[Item]) -> Report:
    """Answer every question from ``store`` and judge it."""
    report = Report()
    for item in items:
        a = answer(store, item.q, item.today)
        problem = item.judge(a)
        report.total += 1
        if problem is None:
            report.right += 1
        else:
            report.errors.append((item.q, problem, a.text))
    return report
