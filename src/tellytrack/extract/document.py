"""Parse an article once into what every extractor reads: body, sentences, shows.

Extractors are pure functions of a :class:`Doc`; everything they share (the
sentence split, the date-prefix handling, which show each sentence is about) is
computed here once, so two extractors never disagree about a sentence's bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final, TypeVar

from tellytrack.model import Article, Evidence, Sentence

if TYPE_CHECKING:  # shows.py reads Doc: imported where it is first needed, below
    from tellytrack.extract.shows import ShowIndex

# A stored page may begin with " date 2023-12-23 "; that is metadata, not story.
DATE_PREFIX: Final = re.compile(r"^\s*date\s+\d{4}(?:-\d{1,2}){0,2}\s*")

# Abbreviations after which a full stop does not end a sentence.
_ABBREV: Final = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sr|Jr|St|vs|Vs|No|Ltd|Pvt|approx|etc|ft|feat)|\b[A-Z])\.$"
)
# Sentence boundary: terminal punctuation (optionally closing quotes) then space;
# or a line break. "Also Read" headlines spliced into the body start a segment (that
# boundary is the "A" alone, kept in the next sentence). Every alternative starts with
# a plain character, so the regex engine skips ahead to candidates quickly.
_BOUNDARY: Final = re.compile(
    r"\.[\"'”’)]*\s+|![\"'”’)]*\s+|\?[\"'”’)]*\s+|\n\n*"
    r"|A(?<!\wA)(?=lso Read\b|LSO READ\b|lso read\b)")

# Words that open a line linking another story whatever follows them ("Also Read ...")
_READ_ON: Final = r"also\s+read|read\s+more|must\s+read|read\s+also"
# What opens a line that links another story, with the colon or dash after it: "Also Read:",
# "Trending:", "Suggested Reading:", "Related News |", "Don't miss -" (shows.py reads no
# title from it)
OTHER_STORY_MARK: Final = (
    rf"(?i:{_READ_ON}|trending(?:\s+(?:now|news|stories))?"
    r"|suggested\s+read(?:ing|s)?|related(?:\s+(?:news|stories|articles|reads?))?"
    r"|recommended(?:\s+(?:stories|reads?|for\s+you))?|don['’]t\s+miss|you\s+may\s+also\s+like)"
    r"\s*[:|–—-]")
# A line that links another story: "(Also Read: ...)", "ALSO READ - ...", "Read more: ...",
# "Trending: ...".
_OTHER_STORY: Final = re.compile(rf"^[ \t(]*(?:(?i:{_READ_ON})\b|{OTHER_STORY_MARK}).*$", re.M)


def other_story_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``_OTHER_STORY.finditer(text)``, tried only at line starts (a match
    opens with ``^``: ``re`` tried it at every position of the article)."""
    out: list[tuple[int, int]] = []
    at = 0
    while at >= 0:
        m = _OTHER_STORY.match(text, at)
        if m:
            out.append((m.start(), m.end()))
        line_end = text.find("\n", m.end() if m else at)
        at = line_end + 1 if line_end >= 0 else -1
    return tuple(out)


def body_start(text: str) -> int:
    """Offset where the story begins (after a ``date YYYY-MM-DD`` prefix, if any)."""
    m = DATE_PREFIX.match(text)
    return m.end() if m else 0


def split_sentences(text: str, start: int = 0) -> tuple[Sentence, ...]:
    """Split ``text[start:]`` into sentences whose offsets index ``text`` itself."""
    out: list[Sentence] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start):
        cut, nxt = m.start(), m.end()
        if m.group() == "A":  # before "Also Read": nothing is consumed
            nxt = cut
        elif m.group()[0] in ".!?":  # the punctuation stays with its sentence
            cut += 1
        if cut <= cursor:
            continue
        piece = text[cursor:cut].rstrip("\"'”’)")
        if "\n" not in m.group() and _ABBREV.search(piece, max(0, len(piece) - 12)):
            continue
        _append(out, text, cursor, cut)
        cursor = nxt
    _append(out, text, cursor, len(text))
    return tuple(out)


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    """Add ``text[start:end]`` trimmed of white space, when anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(built(Sentence, {"start": start, "end": end, "text": text[start:end]}))


_T = TypeVar("_T")


def built(cls: type[_T], values: dict[str, Any]) -> _T:
    """``cls(**values)`` for a frozen dataclass of the model (``Sentence``, ``Evidence``,
    ``Fact``: none has a ``__post_init__``) given every field in field order: ``values``
    becomes the instance's ``__dict__`` at once, where the dataclass's own ``__init__``
    stores them one ``object.__setattr__`` call at a time, as interpreted code (~1,300
    instructions a field; ~19 sentences, ~16 evidences and ~25 facts an article). The
    tests compare the two (equality, repr, hash, field order, pickle)."""
    out: _T = object.__new__(cls)
    object.__setattr__(out, "__dict__", values)
    return out


@dataclass
class Doc:
    """An article parsed for extraction; lazily computed views are cached on it."""

    article: Article
    sentences: tuple[Sentence, ...]
    cache: dict[str, Any] = field(default_factory=dict)
    # Lazily computed views. Plain attributes filled on first use rather than
    # functools.cached_property, which needs an instance __dict__ that a class
    # compiled by mypyc does not have.
    _headlines: tuple[tuple[int, int], ...] | None = field(
        default=None, repr=False, compare=False)
    _shows: ShowIndex | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.article.text

    def evidence(self, sentence: Sentence) -> Evidence:
        """The evidence record pointing at one sentence of this article."""
        return built(Evidence, {"article_id": self.article.id, "start": sentence.start,
                                "end": sentence.end, "text": sentence.text})

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the last one before it)."""
        best = 0
        for i, s in enumerate(self.sentences):
            if s.start <= offset:
                best = i
            else:
                break
        return best

    @property
    def _headline_lines(self) -> tuple[tuple[int, int], ...]:
        if self._headlines is None:
            self._headlines = other_story_lines(self.text)
        return self._headlines

    def in_headline(self, sentence: Sentence) -> bool:
        """Whether the sentence lies on an "Also Read" line: a headline of another
        story spliced into this one, which says nothing about this article's show."""
        return any(a <= sentence.start < b for a, b in self._headline_lines)

    def other_story(self, sentence: Sentence) -> bool:
        """An "Also Read" headline naming no show of this article: its casts and changes
        belong to another story's show, which this article cannot tell."""
        return self.in_headline(sentence) and not self.shows.shows_in(sentence)

    @property
    def shows(self) -> ShowIndex:
        """Which shows the article names and which show each sentence is about."""
        if self._shows is None:
            from tellytrack.extract.shows import detect_shows

            self._shows = detect_shows(self)
        return self._shows

    def show_for(self, sentence: Sentence) -> str | None:
        """The show a sentence speaks of: one it names, else the article's topic."""
        return self.shows.show_for(sentence)


# Space characters of web text that the patterns' "\s" matches but "[ \t]" and " " do not:
# "Pyaar\u00a0Ki\u00a0Dor" would be three words to the title reader.
ODD_SPACES: Final = "\u00a0\u2002\u2003\u2007\u2009\u200a\u202f"
_ODD_SPACE: Final = re.compile(f"[{ODD_SPACES}]")


def has_odd_space(text: str) -> bool:
    """``bool(_ODD_SPACE.search(text))`` by seven substring tests: the class cost a set
    lookup at every character of every article, and few articles hold one (a test for
    a character beyond Latin-1 in a Latin-1 text is answered without reading it)."""
    return any(c in text for c in ODD_SPACES)


_MONTH: Final = (r"(?:January|February|March|April|May|June|July|August|September|October"
                 r"|November|December)")  # (not calendar.month_name: it follows the locale)
# Social-media embeds a page's text keeps: "View this post on Instagram", "A post shared by
# A (@a)", a tweet's signature "— A (@a) May 2, 2024" and its "pic.twitter.com/..." link.
# The names there are accounts, not the story's people (an actor's account, her name with
# the handle in brackets, read as a role "Y (X)" and typed her a character).
_EMBED: Final = re.compile(
    r"View this (?:post|photo|video|reel) on (?:Instagram|Twitter|Facebook|YouTube)"
    r"|An? (?:post|photo|video|reel) shared by [^\n()]{1,80}\(@[\w.]+\)"
    r"|pic\.twitter\.com/\w+"
    rf"|[—–]\s*[^\n—–()]{{1,80}}\(@\w+\)\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}")
_EMBED_HINTS: Final = ("View this ", " shared by ", "pic.twitter", "(@")
_NOT_NEWLINE: Final = re.compile(r"[^\n]")


def without_embeds(text: str) -> str:
    """``text`` with its social-media embeds (``_EMBED``) blanked, one space a character
    (line breaks kept), so every offset into the stored text stays right."""
    if not any(h in text for h in _EMBED_HINTS):
        return text
    return _EMBED.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), text)


def parse(article: Article) -> Doc:
    """Parse an article into a :class:`Doc` (its odd spaces read as plain ones and its
    social-media embeds blanked: one character for one, so every offset into the stored
    text stays right)."""
    text = without_embeds(article.text)
    if has_odd_space(text):
        text = _ODD_SPACE.sub(" ", text)
    if text is not article.text:
        article = replace(article, text=text)
    return Doc(article, split_sentences(article.text, body_start(article.text)))
