"""Split an article's text into runs for highlighting the sentences facts came from.

The template writes each run as escaped text, wrapping the runs that evidence
some fact in ``<mark>``: the article text never reaches the page as markup,
so an article holding ``<script>`` shows those characters and runs nothing.
Several facts often share a sentence, and spans may overlap, so the text is
cut at every span boundary and each run lists all the facts covering it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Run:
    """A stretch of text and the numbers (1-based) of the facts whose evidence covers it."""

    text: str
    facts: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "facts": list(self.facts)}


def runs(text: str, spans: list[tuple[int, int]]) -> list[Run]:
    """``text`` cut into runs; ``spans[i]`` is fact i+1's evidence (start, end) offsets."""
    valid = [(i + 1, max(0, s), min(len(text), e)) for i, (s, e) in enumerate(spans)
             if 0 <= s < e and s < len(text)]
    cuts = sorted({0, len(text), *(s for _, s, _ in valid), *(e for _, _, e in valid)})
    out: list[Run] = []
    for a, b in pairwise(cuts):
        covering = tuple(n for n, s, e in valid if s <= a and b <= e)
        if out and out[-1].facts == covering:
            out[-1] = Run(out[-1].text + text[a:b], covering)
        else:
            out.append(Run(text[a:b], covering))
    return out
