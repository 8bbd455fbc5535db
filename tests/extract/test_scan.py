"""Tests for the fast cue alternation and the cue-anchored scan."""

from __future__ import annotations

import re

from tellytrack.extract.scan import alternation, near


def test_alternation_prefers_the_longer_phrase_at_a_shared_prefix() -> None:
    """"quits" must win over "quit", as a longest-first alternation would choose."""
    pattern = re.compile(rf"\b{alternation(['quit', 'quits', 'called it quits'])}\b", re.I)
    assert [m.group() for m in pattern.finditer("Riya quits; Kabir Called  it quits")] == [
        "quits", "Called  it quits"]


def test_alternation_expands_placeholder_words() -> None:
    """POSS-style placeholders stand for a small pattern ("put down her papers")."""
    pattern = re.compile(alternation(["put down poss papers"], {"poss": "(?:her|his)"}))
    assert pattern.search("Meera put down his papers")
    assert not pattern.search("Meera put down poss papers")


def test_near_finds_what_finditer_finds() -> None:
    """Scanning only around the cue gives the same matches as scanning everything."""
    title_first = re.compile(r"([A-Z]\w*(?: [A-Z]\w*)*)\s+starrer\b")
    text = "Riya Malhotra\n\nstarrer Saath Chalenge.\nKabir Sethi starrer Pyaar Ki Dor and more"
    cue = re.compile(r"starrer\b")
    assert [m.span() for m in near(title_first, cue, text)] == [
        m.span() for m in title_first.finditer(text)]
    assert [m.group(1) for m in near(title_first, cue, text)] == ["Riya Malhotra", "Kabir Sethi"]


def test_finditer_at_equals_finditer_for_word_start_patterns() -> None:
    """Trying a "\\b"-first pattern only where its words begin finds what finditer finds."""
    import re

    from tellytrack.extract.scan import finditer_at, word_starts
    text = "The producer Kavita Rao and co-producer Dev Rao; reproduce nothing. Producers X Y."
    pattern = re.compile(r"\b(?:[Pp]roducers?|co-producer)\s+([A-Z]\w+(?:\s+[A-Z]\w+)*)")
    starts = word_starts(text.lower(), ("produc", "co-producer"))
    assert [m.span() for m in finditer_at(pattern, text, starts)] == [
        m.span() for m in pattern.finditer(text)]
    assert text.lower().find("reproduce") + 2 not in starts  # inside a word: no start


def test_lower_phrases_match_whole_words_in_both_forms() -> None:
    """Few first letters (letter-first form) or many (boundary-first form): the same
    whole-word matches as the case-insensitive alternation, in lower-cased text."""
    from tellytrack.extract.scan import lower_phrases

    text = "riya quits; kabir re-joins. arjun quitting? tara joined, meera rejoined"
    few = ["quit", "quits", "joined"]
    many = [*few, *(f"{c}x" for c in "abcdefghklmnpr")]  # phrases starting with 17 letters
    for phrases in (few, many):
        expected = re.compile(rf"\b{alternation(phrases)}\b", re.I)
        found = [m.span() for m in lower_phrases(phrases).finditer(text)]
        assert found == [m.span() for m in expected.finditer(text)]
        assert [text[a:b] for a, b in found] == ["quits", "joined"]
