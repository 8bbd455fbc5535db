"""story_names: the fast forms of the character-name reader give what the plain ones do."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tellytrack.extract import parse
from tellytrack.extract.story_names import (
    _ARTICLE_BEFORE,
    _as_character,
    _names_in,
    article_before,
    as_character,
    names_in,
)
from tellytrack.ingest.jsonl import from_record
from tellytrack.model import Article


def _samples(sample_articles: Path) -> list[Article]:
    out = []
    for line in sample_articles.read_text("utf-8").splitlines():
        a = from_record(json.loads(line), "x")
        assert isinstance(a, Article)
        out.append(a)
    return out


def test_article_before_is_the_regex_search_read_backwards(sample_articles: Path) -> None:
    """Every offset of every sample text, and the corner cases ("an" at the start, a
    word before "a", Unicode spaces), answer as ``_ARTICLE_BEFORE.search`` does."""
    texts = ["a  X", "an X", "Ban X", "ba X", "x a\u00a0X", "a\nX", "_a X", "é a X", "a", " "]
    texts += [a.text[:3000] for a in _samples(sample_articles)]
    for text in texts:
        for end in range(len(text) + 1):
            assert article_before(text, end) == bool(_ARTICLE_BEFORE.search(text, 0, end))


def test_names_in_and_as_character_remembered_give_the_plain_answers(
        sample_articles: Path) -> None:
    """The per-article memos of names_in (at any offset) and as_character return what
    computing afresh does."""
    for article in _samples(sample_articles):
        doc = parse(article)
        for s in doc.sentences:
            for offset in (0, s.start, s.start):
                got = list(names_in(doc, s.text, offset))
                assert got == [(offset + a, offset + b, c) for a, b, c in _names_in(doc, s.text)]
        fresh = parse(article)
        for m in re.finditer(r"[A-Z]\w+(?: [A-Z]\w+)?", article.text):
            assert as_character(doc, m.group()) == _as_character(fresh, m.group())


def test_name_pattern_led_by_a_capital_finds_what_the_boundary_led_one_does(
        sample_articles: Path) -> None:
    """NAME_RE (its first capital first, the word boundary checked after it) finds the
    same spans as the plain ``\\b{NAME}\\b`` on the samples and on corner cases: a capital
    inside a word, after an underscore or a digit, at the start, acronyms before a name."""
    from tellytrack.extract.story_names import NAME, NAME_RE

    plain = re.compile(rf"\b{NAME}\b")
    texts = ["aB Cd", "_Arjun Mehra", "9Arjun", "Arjun", "ACP Raghav Rathore said",
             "ABCDE Fgh", "x-Meera Devi", "é Kesar", "MeeraDevi Rao", "A B", "Ab-Cd Ef"]
    texts += [a.text for a in _samples(sample_articles)]
    for text in texts:
        for start in range(0, len(text), 37):
            assert ([m.span() for m in NAME_RE.finditer(text[start:])]
                    == [m.span() for m in plain.finditer(text[start:])]), (text, start)
