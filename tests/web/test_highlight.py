"""Cutting article text into highlight runs."""

from __future__ import annotations

from tellytrack.web.highlight import Run, runs

TEXT = "Meera weds Arjun. Kavya returns. The end."


def test_runs_cover_the_text_exactly() -> None:
    """Joining the runs gives back the article text, character for character."""
    assert "".join(r.text for r in runs(TEXT, [(0, 17), (18, 32)])) == TEXT


def test_each_evidence_span_is_its_own_marked_run() -> None:
    """Fact numbers are 1-based and attached to their sentence."""
    out = runs(TEXT, [(0, 17), (18, 32)])
    assert out[0] == Run("Meera weds Arjun.", (1,))
    assert Run("Kavya returns.", (2,)) in out


def test_facts_sharing_a_sentence_share_one_run() -> None:
    """Two facts from one sentence mark it once, listing both."""
    out = runs(TEXT, [(0, 17), (0, 17)])
    assert out[0] == Run("Meera weds Arjun.", (1, 2))


def test_overlapping_spans_split_at_boundaries() -> None:
    """Where spans overlap, the overlap lists both facts."""
    out = runs(TEXT, [(0, 10), (6, 17)])
    assert [r.facts for r in out[:3]] == [(1,), (1, 2), (2,)]


def test_out_of_range_spans_are_ignored() -> None:
    """Evidence offsets past the text (or empty) never break the page."""
    assert runs(TEXT, [(100, 120), (5, 5)]) == [Run(TEXT, ())]
