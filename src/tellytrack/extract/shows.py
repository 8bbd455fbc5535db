"""Which shows an article names, and which show each sentence is about.

First version: a show is a title-cased phrase introduced by a cue ("starrer X",
"show X", "X fame", a headline "X:") or matching the URL slug; the article's
topic is the most mentioned one. Later work refines this module behind the same
``ShowIndex`` interface.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tellytrack.extract.document import Doc
from tellytrack.model import Sentence

_WORD = r"[A-Z][\w']*(?:\s+\d+)?"
_PHRASE = rf"{_WORD}(?:\s+{_WORD}){{0,6}}"
_CUES = [
    re.compile(rf"\bstarrer\s+(?P<show>{_PHRASE})"),
    re.compile(rf"\b(?:show|serial|series|daily soap)\s+(?P<show>{_PHRASE})"),
    re.compile(rf"(?P<show>{_PHRASE})\s+(?:fame|actor|actress|star)\b"),
    re.compile(rf"(?:^|Also Read\s*[-:]\s*)(?P<show>{_PHRASE}):", re.M),
]


@dataclass(frozen=True)
class ShowIndex:
    """The shows found in one article, most mentioned first."""

    names: tuple[str, ...]
    topic: str | None

    def show_for(self, sentence: Sentence) -> str | None:
        """A show the sentence names, else the article's topic."""
        for name in self.names:
            if name in sentence.text:
                return name
        return self.topic


def detect_shows(doc: Doc) -> ShowIndex:
    """Find show names by cue phrases, then rank them by mentions in the body."""
    found: set[str] = set()
    for cue in _CUES:
        for m in cue.finditer(doc.text):
            found.add(m.group("show").strip())
    counts = Counter({name: doc.text.count(name) for name in found})
    names = tuple(n for n, _ in counts.most_common())
    return ShowIndex(names, names[0] if names else None)
