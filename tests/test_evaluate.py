"""The product's scorer must agree exactly with the reference scorer in ../shared/eval."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tellytrack.evaluate import format_report, load_facts, name_match, norm, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REFERENCE = SHARED / "eval" / "score.py"


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


GOLD = [
    {"id": "a1", "facts": [
        {"type": "cast", "show": "Pyaar Ki Dor", "actor": "Riya Malhotra", "character": "Meera"},
        {"type": "cast_change", "show": "Pyaar Ki Dor", "actor": "Kabir Sethi",
         "character": "Arjun", "change": "exit", "status": "denied"},
        {"type": "rating", "show": "Pyaar Ki Dor", "rank": 2, "rating": 2.1, "week": "2024-W10"},
        {"type": "event", "show": "Pyaar Ki Dor", "kind": "leap", "characters": [],
         "status": "upcoming"},
        {"type": "relation", "show": "Pyaar Ki Dor", "subject": "Meera", "relation": "spouse",
         "object": "Arjun"},
        {"type": "show_info", "show": "Pyaar Ki Dor", "field": "channel", "value": "Star Plus"},
    ]},
    {"id": "a2", "facts": [
        {"type": "cast", "show": ["Saath Chalenge", "SC"], "actor": "Tara Sood",
         "character": ["Chhoti Gauri", "Gauri"]},
    ]},
]
PRED = [
    {"id": "a1", "facts": [
        {"type": "cast", "show": "Pyar Ki Dor", "actor": "Riya", "character": "Meera"},
        {"type": "cast_change", "show": "Pyaar Ki Dor", "actor": "Kabir Sethi",
         "character": None, "change": "exit", "status": "reported"},
        {"type": "rating", "show": "Pyaar Ki Dor", "rank": 2, "rating": 2.14, "week": None},
        {"type": "event", "show": "Pyaar Ki Dor", "kind": "leap", "characters": ["Meera"],
         "status": "upcoming"},
        {"type": "relation", "show": "Pyaar Ki Dor", "subject": "Arjun", "relation": "spouse",
         "object": "Meera"},
        {"type": "show_info", "show": "Pyaar Ki Dor", "field": "channel", "value": "Colors"},
    ]},
    {"id": "a2", "facts": [
        {"type": "cast", "show": "Saath Chalenge", "actor": "Tara Sood",
         "character": "Choti Gauri"},
    ]},
]


def test_norm_collapses_spellings() -> None:
    """SPEC normal form: doubled letters and chh fold, honorifics drop."""
    assert norm("Chhoti Meera") == norm("Choti Meera")
    assert norm("Meeraa") == norm("Meera")
    assert norm("Mr. Kabir ji") == "kabir"


def test_partial_names_match_first_or_last_token() -> None:
    """A one-token name matches the first or last token of a longer one, not the middle."""
    assert name_match("Riya Malhotra", "Riya")
    assert name_match("Riya Malhotra", "Malhotra")
    assert not name_match("Riya Dev Malhotra", "Dev")


def test_scores_small_case() -> None:
    """Hand-counted: 6 of 7 gold matched; the channel is wrong, the status attribute too."""
    report = score({r["id"]: r["facts"] for r in GOLD}, {r["id"]: r["facts"] for r in PRED})
    assert report.types["all"]["tp"] == 6
    assert report.types["show_info"]["fp"] == 1
    assert report.attributes["cast_change.status"] == 0.0
    assert report.attributes["rating.rating"] == 1.0


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/eval/score.py is not present")
def test_agrees_with_reference_scorer(tmp_path: Path) -> None:
    """Our text report must equal the reference scorer's output line for line."""
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", PRED)
    ref = subprocess.run([sys.executable, str(REFERENCE), str(gold), str(pred), "--errors"],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    ours = list(format_report(score(load_facts(gold), load_facts(pred)), errors=True))
    assert ours == ref
