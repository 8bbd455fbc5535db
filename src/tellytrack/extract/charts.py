"""The layout of ratings articles: list headings ("1. Show", "Show – 2.2") and tables.

A TRP report is often a list: a heading line per show followed by a paragraph
that says "it" or "the show". The heading is then the show every sentence of
its section speaks of, and its leading number or trailing value is a rank or
a rating. Tables scraped from pages come as one cell per line ("|1", "|Zee TV",
"|Show"). Both the rating and the show_info extractors read this structure,
so it is computed once per document and cached in ``doc.cache``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from tellytrack.extract.document import Doc, built
from tellytrack.extract.lexicon import mapping
from tellytrack.model import Sentence


def _channel_alternation() -> str:
    """Every channel spelling of the ``channels`` lexicon, longest first (case-insensitive)."""
    names = sorted(mapping("channels"), key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")"


# A list heading: a rank, the show, its channel, its value (each but the show optional):
# "1. Show", "1) Show", "No. 1: Show", "Rank 1 - Show", "#1 Show", "'Show'", "Show (Channel)",
# "Show - Channel", "Show, Channel", "Show – 2.4 TRP", "Show: TRP 2.4",
# "Show: 5.4 million impressions" (not a value)
# What may follow a TRP value that makes it none ("5.4 million", "2.1 out of 5", "4.2 stars"):
# the ratings extractor reads values with it, the show layer a title's rating clause.
NOT_A_RATING = (r"(?!\d|\.\d|\s*(?i:million|mn|lakh|crore|%|per\s*cent|k\b|impressions|viewers|"
                r"votes|/|out of|stars?))")
_HEADING: Final = re.compile(
    r"^(?:(?:(?i:no\.?|rank|number)\s*)?(?P<rank>\d{1,2})\s*(?:[.](?!\d)|[):\-–—]|\s[-–—:])\s*"
    r"|#(?P<hash>\d{1,2})[\s.:)\-]+)?"
    r"['‘\"“]?(?P<names>[^.!?]+?)['’\"”]?"
    rf"(?:\s*\([^()]{{1,30}}\)|\s*[-–—,|:]\s*{_channel_alternation()})?"
    r"(?:\s*[-–—:|]\s*(?:(?i:TRP|TVR|ratings?)(?:\s+of)?\s*[:\-–]?\s*)?"
    r"(?P<value>\d{1,2}(?:\.\d{1,2})?)(?:\s*(?i:TRP|TVR|ratings?|points?))?"
    r"|\s*[-–—:|]\s*\d[\d.,]*\s*(?i:million|mn|lakh|k)?\s*(?i:impressions|views|viewers))?"
    r"(?:\s*\([^()]{1,30}\))?$"
)
_TITLE_WORD: Final = re.compile(r"^(?:[A-Z0-9&][\w'’!+.-]*|of|the|se|ki|ka|ke|aur)$")
_MAX_HEADING_WORDS: Final = 10


@dataclass(frozen=True)
class Heading:
    """A heading line of the article and the shows it names (empty if a generic title)."""

    index: int  # sentence index
    shows: tuple[str, ...]
    rank: int | None = None
    value: float | None = None


@dataclass(frozen=True)
class Row:
    """One row of a ratings table."""

    sentence: Sentence
    show: str
    rank: int | None
    channel: str | None
    value: float | None


def _roles(word: str) -> set[str]:
    return set(mapping("rating_cues").get(word.lower(), "").split())


def _line_text(doc: Doc, index: int) -> str | None:
    """The sentence's text if it fills a whole line; a split-off "1." before it is kept."""
    s = doc.sentences[index]
    start = s.start
    if index > 0 and _BARE_NUMBER.match(doc.sentences[index - 1].text):
        prev = doc.sentences[index - 1]
        if "\n" not in doc.text[prev.end:s.start]:
            start = prev.start
    before = doc.text.rfind("\n", 0, start)
    after = doc.text.find("\n", s.end)
    after = len(doc.text) if after < 0 else after
    if doc.text[before + 1:start].strip() or doc.text[s.end:after].strip():
        return None
    return doc.text[start:s.end].strip()


_BARE_NUMBER: Final = re.compile(r"^\d{1,2}[.)]$")


def _heading(doc: Doc, index: int) -> Heading | None:
    """Read sentence ``index`` as a heading, or None when it is running text."""
    text = _line_text(doc, index)
    if (text is None or _BARE_NUMBER.match(text) or len(text.split()) > 2 * _MAX_HEADING_WORDS
            or text[-1:] in ".!?," or "|" in text or "also read" in text.lower()):
        return None
    m = _HEADING.match(text)
    if not m or len(m["names"].split()) > _MAX_HEADING_WORDS:  # the rank, channel, value aside
        return None
    names = tuple(n for n in re.split(r"\s+(?:&|and)\s+|\s*,\s*", m["names"]) if n)
    if not all(_looks_like_title(n) for n in names):
        return Heading(index, ()) if _looks_like_title(m["names"], generic_ok=True) else None
    rank = m["rank"] or m["hash"]
    return Heading(index, names, int(rank) if rank else None,
                   float(m["value"]) if m["value"] else None)


def _looks_like_title(text: str, generic_ok: bool = False) -> bool:
    """Capitalised words only; with ``generic_ok`` also section titles like "Details"."""
    words = re.findall(r"[\w'’!+.&-]+", text)
    if not words or not all(_TITLE_WORD.match(w) for w in words):
        return False
    generic = any("heading" in _roles(w.strip("'’")) for w in words)
    return generic_ok or not generic


def headings(doc: Doc) -> tuple[Heading, ...]:
    """The article's heading lines, in order (the first line, its headline, excluded)."""
    if "charts.headings" not in doc.cache:
        last = len(doc.sentences) - 1
        found = [h for i in range(1, last) if (h := _heading(doc, i))]
        final = _heading(doc, last) if last > 0 else None
        if final and (final.rank or final.value is not None):
            found.append(final)  # a chart's last line heads no section but is a line of it
        doc.cache["charts.headings"] = tuple(_confirmed(doc, found))
    result: tuple[Heading, ...] = doc.cache["charts.headings"]
    return result


def _confirmed(doc: Doc, found: list[Heading]) -> list[Heading]:
    """Keep show headings that are list-like: numbered, valued, repeated, or one of many."""
    named = [h for h in found if h.shows]
    many = len(named) >= 3
    out = []
    for h in found:
        repeated = all(doc.text.count(n) >= 2 for n in h.shows)
        if h.shows and not (h.rank or h.value is not None or repeated or many):
            h = Heading(h.index, ())
        out.append(h)
    return out


def section_shows(doc: Doc, sentence: Sentence) -> tuple[str, ...]:
    """The shows of the heading whose section holds ``sentence`` (empty outside any)."""
    index = _sentence_index(doc, sentence)
    current: tuple[str, ...] = ()
    for h in headings(doc):
        if h.index > index:
            break
        current = h.shows
    return current


def _sentence_index(doc: Doc, sentence: Sentence) -> int:
    """``doc.sentences.index(sentence)``, -1 when it is none of them: looked up by its
    start (sentences start at distinct offsets) in a map made once per article, where
    the list search compared it with every sentence before it."""
    by_start: dict[int, int] | None = doc.cache.get("charts.index")
    if by_start is None:
        by_start = doc.cache["charts.index"] = {s.start: i for i, s in enumerate(doc.sentences)}
    i = by_start.get(sentence.start, -1)
    found = doc.sentences[i] if i >= 0 else None
    return i if found is not None and (found is sentence or found == sentence) else -1


def heading_names(doc: Doc) -> tuple[str, ...]:
    """Every show named by a heading or a table row (extra known shows for the document)."""
    names = [n for h in headings(doc) for n in h.shows]
    names.extend(r.show for r in table_rows(doc))
    return tuple(dict.fromkeys(names))


# --- tables ----------------------------------------------------------------------------------

_RANK_HEAD: Final = re.compile(r"^(?:rank|pos|position|#|s\.?\s*no\.?|no\.?)$", re.I)
_SHOW_HEAD: Final = re.compile(r"programme|program|show|serial|title", re.I)
_CHANNEL_HEAD: Final = re.compile(r"channel|network", re.I)
_VALUE_HEAD: Final = re.compile(r"\b(?:trp|tvr|rating)s?\b", re.I)
_NUMBER: Final = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


def table_rows(doc: Doc) -> tuple[Row, ...]:
    """Rows of every one-cell-per-line table ("|1", "|Zee TV", "|Show", "|7337")."""
    if "charts.rows" not in doc.cache:
        rows: list[Row] = []
        for block in _cell_blocks(doc):
            rows.extend(_read_table(block))
        doc.cache["charts.rows"] = tuple(rows)
    result: tuple[Row, ...] = doc.cache["charts.rows"]
    return result


def _cell_blocks(doc: Doc) -> list[list[Sentence]]:
    """Runs of consecutive sentences that are table cells (start with "|"), a row written
    on one line ("1 | Chandni Raat | Star Plus", "| 1 | X |") read as its cells."""
    blocks: list[list[Sentence]] = [[]]
    for s in doc.sentences:
        if s.text.startswith("|") and s.text.count("|") == 1:
            blocks[-1].append(s)
        elif s.text.count("|") >= 2:
            if not _RULE_LINE.fullmatch(s.text):  # "|---|---|" separates, holds nothing
                blocks[-1].extend(_row_cells(s))
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if len(b) >= 6]


_RULE_LINE: Final = re.compile(r"[\s|:\-]+")
_CELL: Final = re.compile(r"[^|]+")


def _row_cells(row: Sentence) -> list[Sentence]:
    """The non-empty cells of a one-line table row, each a sentence of its own offsets."""
    out: list[Sentence] = []
    for m in _CELL.finditer(row.text):
        text = m.group().strip()
        if text:
            start = row.start + m.start() + m.group().index(text)
            out.append(built(Sentence, {"start": start, "end": start + len(text), "text": text}))
    return out


def _read_table(cells: list[Sentence]) -> list[Row]:
    """Header cells run until the first number; then rows of that many cells."""
    texts = [c.text.lstrip("|").strip() for c in cells]
    width = next((i for i, t in enumerate(texts) if _NUMBER.match(t)), 0)
    header = texts[:width]
    col = {role: next((i for i, h in enumerate(header) if rx.search(h) and not (
        role == "show" and _CHANNEL_HEAD.search(h))), None)
        for role, rx in (("rank", _RANK_HEAD), ("show", _SHOW_HEAD),
                         ("channel", _CHANNEL_HEAD), ("value", _VALUE_HEAD))}
    if width < 2 or col["show"] is None:
        return []
    rows = []
    for start in range(width, len(texts) - width + 1, width):
        row, sents = texts[start:start + width], cells[start:start + width]
        rows.append(Row(sents[col["show"]], _show_case(row[col["show"]]),
                        _int(row, col["rank"]), _cell(row, col["channel"]),
                        _float(row, col["value"])))
    return rows


def _show_case(name: str) -> str:
    """Table cells are often in capitals: "KESAR KI KAHANI" -> "Kesar Ki Kahani"."""
    return name.title() if name.isupper() else name


def _cell(row: list[str], i: int | None) -> str | None:
    return row[i] if i is not None and row[i] else None


def _int(row: list[str], i: int | None) -> int | None:
    cell = _cell(row, i)
    return int(cell) if cell and cell.isdigit() else None


def _float(row: list[str], i: int | None) -> float | None:
    cell = _cell(row, i)
    try:
        return float(cell) if cell else None
    except ValueError:
        return None
