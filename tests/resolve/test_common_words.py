"""The common-word signal's sentences: read word by word from the store (a LIKE query a
word) or, once a resolution has asked about several words, from the window's sentences
read once and searched in memory; both give the same sentences in the same order, so
the same answers. Invented sentences only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tellytrack.model import Article, Evidence, Fact, PubDate
from tellytrack.resolve import mentions
from tellytrack.resolve.mentions import StoreMentions
from tellytrack.store.base import Incoming, NameCounts
from tellytrack.store.sqlite import SQLiteStore

from . import test_incremental as incremental

SENTENCES = [
    "Brave tops the chart; a brave show, says Riya Malhotra.",
    "The brave new season of Kesar Ki Kahani starts, and Meera is Brave.",
    "Pyaar Ki Dor returns; pyaar is in the air as Kabir Sethi joins.",
    "A sign: \u212aesar and \u0130stanbul are not ASCII letters.",
    "kesar milk and a Kesar sweet; the kesar fields bloom.",
    "Arjun plays the hero; the hero of Pyar Ki Dor is Arjun Mehra.",
    "Brave tops the chart; a brave show, says Riya Malhotra.",  # the same sentence again
    "Sethi says the show is a brave one and heroic.",
]
WORDS = ["brave", "kesar", "pyar", "hero", "sethi", "istanbul", "the", "a", "zzz"]


def kb(path: Path) -> SQLiteStore:
    """A store of one article a sentence, each with a rating fact of its sentence and
    one fact without evidence (never read as a sentence)."""
    store = SQLiteStore(path)
    for n, text in enumerate(SENTENCES):
        art = Article.create(f"{text} ({n})", published=PubDate.parse(f"2024-01-{n + 1:02d}"))
        ev = Evidence(art.id, 0, len(text), text)
        facts = [Fact("rating", "Brave", rank=1, confidence=0.9, evidence=ev),
                 Fact("rating", "None Such", rank=2, confidence=0.9)]
        store.add_batch([Incoming(art, facts, cues=[0, 0])])
    return store


def answers(store: SQLiteStore) -> tuple[list[list[str]], list[bool]]:
    """The sentences each word reads and whether it is common, on a fresh resolution."""
    m = StoreMentions(store, NameCounts([], [], [], [], []))
    texts = [list(m.texts_with(w)) for w in WORDS]
    m = StoreMentions(store, NameCounts([], [], [], [], []))
    return texts, [m.common(w) for w in WORDS]


@pytest.mark.parametrize("sample", [500, 2])
def test_the_window_in_memory_reads_what_the_store_reads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample: int) -> None:
    """Word by word from the store and from the window in memory: the same sentences
    (case folded for ASCII letters only, as SQLite's LIKE; each once, newest first; a
    sample cut at the same place), the same common words."""
    monkeypatch.setattr(mentions, "COMMON_WORD_SAMPLE", sample)
    with kb(tmp_path / "kb.db") as store:
        monkeypatch.setattr(mentions, "COMMON_WORD_QUERIES", len(WORDS) + 1)
        by_word = answers(store)
        monkeypatch.setattr(mentions, "COMMON_WORD_QUERIES", 0)
        in_memory = answers(store)
    assert in_memory == by_word
    texts, common = by_word
    assert texts[WORDS.index("istanbul")] == [] and texts[WORDS.index("zzz")] == []
    assert "None" not in {t for ts in texts for t in ts}  # no sentence: not read
    if sample == 500:
        assert len(texts[WORDS.index("brave")]) == 3 and len(texts[WORDS.index("kesar")]) == 2
        assert common[WORDS.index("kesar")] and not common[WORDS.index("zzz")]


def test_a_resolution_switches_to_the_window_after_a_few_words(tmp_path: Path) -> None:
    """The first COMMON_WORD_QUERIES words are asked of the store, the rest of memory."""
    with kb(tmp_path / "kb.db") as store:
        m = StoreMentions(store, NameCounts([], [], [], [], []))
        for w in WORDS[:mentions.COMMON_WORD_QUERIES]:
            m.common(w)
        assert m._window is None
        m.common(WORDS[-1])
        assert m._window is not None and len(m._window.texts) == len(SENTENCES) - 1


def test_an_empty_or_short_window_holds_nothing_or_itself() -> None:
    """No sentences, one sentence, one-letter and letter-pair searches."""
    from tellytrack.resolve.mentions import SentenceWindow

    assert list(SentenceWindow([]).holding(["ab"])) == []
    one = SentenceWindow(["Ab"])
    assert list(one.holding(["ab"])) == ["Ab"] and list(one.holding(["a"])) == ["Ab"]
    assert list(one.holding(["ba"])) == [] and list(one.holding(["ab", "bc"])) == []


def test_batches_equal_one_rebuild_with_the_window_from_the_first_word(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The incremental path equals a rebuild in two orders when every common-word
    question is answered from the window in memory, and equals the KB the queries make."""
    asked: list[list[str]] = []
    holding = mentions.SentenceWindow.holding

    def counted(self: mentions.SentenceWindow, pairs: list[str]) -> object:
        asked.append(pairs)
        return holding(self, pairs)

    monkeypatch.setattr(mentions.SentenceWindow, "holding", counted)
    monkeypatch.setattr(mentions, "COMMON_WORD_QUERIES", 0)
    forward = incremental.brave_kb(tmp_path / "f.db", [0, 1, 2])
    assert incremental.brave_kb(tmp_path / "b.db", [2, 1, 0]) == forward
    assert ["av", "br", "ra", "ve"] in asked  # "brave" read in memory
    monkeypatch.setattr(mentions, "COMMON_WORD_QUERIES", 10**6)
    asked.clear()
    assert incremental.brave_kb(tmp_path / "q.db", [0, 1, 2]) == forward
    assert asked == []
