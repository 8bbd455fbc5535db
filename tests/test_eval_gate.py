"""Evaluation gate: extraction quality may not slide below pinned floors.

Floors live in ``tests/eval_floors.json`` per corpus and fact type (F1), plus
micro-F1. They are pinned on what says whether extraction generalises: the
validation articles of ``../shared`` (English and Hindi apart, scores only; no
rule or model is fitted to them), beside the project's own samples and the two
seed articles every release must understand. Raise them as quality improves;
lower them only on purpose, in a commit that says why (trafilatura's
``eval_gate`` is the model).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tellytrack.evaluate import Report, evaluate_many

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "tests" / "eval_floors.json").read_text(encoding="utf-8"))
SAMPLES = ROOT / "src" / "tellytrack" / "samples"
SHARED = ROOT.parent / "shared"
# corpus -> (gold, articles, language or None for all)
CORPORA = {
    "samples": (SAMPLES / "gold.jsonl", SAMPLES / "articles.jsonl", None),
    "seeds": (SHARED / "eval" / "seeds.gold.jsonl", SHARED / "corpus" / "seeds.jsonl", None),
    "val_en": (SHARED / "eval" / "val.gold.jsonl", SHARED / "corpus" / "val.jsonl", "en"),
    "val_hi": (SHARED / "eval" / "val.gold.jsonl", SHARED / "corpus" / "val.jsonl", "hi"),
}


def below_floor(report: Report, floors: dict[str, float]) -> list[str]:
    """Every score under its floor, as 'name: got < floor'."""
    got = {t: row["f1"] for t, row in report.types.items()} | report.attributes
    got["micro"] = report.micro_f1
    got["recall"] = report.types["all"]["recall"]
    return [f"{k}: {got.get(k, 0.0):.3f} < {v:.3f}" for k, v in floors.items()
            if got.get(k, 0.0) < v]


@pytest.mark.devset
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_quality_floors(corpus: str) -> None:
    """Each corpus keeps every pinned score at or above its floor."""
    gold, articles, lang = CORPORA[corpus]
    if corpus != "samples" and not gold.exists():
        pytest.skip(f"{gold} is not present (the shared eval set lives beside the repo)")
    reports = dict(evaluate_many([(gold, articles)], by_lang=lang is not None))
    report = next(r for label, r in reports.items() if lang is None or label.endswith(f"({lang})"))
    assert below_floor(report, FLOORS[corpus]) == []
