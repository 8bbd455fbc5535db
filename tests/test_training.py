"""training: retraining from the shared train files reproduces the shipped weights."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tellytrack import training

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _load(path: Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.devset
@pytest.mark.slow
def test_retraining_reproduces_the_shipped_weights(tmp_path: Path) -> None:
    """Fixed seeds and a deterministic solver: the same train files give the same
    weights (to the 4 decimals written), so a shipped model is never stale."""
    if not (SHARED / "eval" / "dev.gold.jsonl").exists():
        pytest.skip(f"{SHARED} is not present (the shared train set lives beside the repo)")
    pytest.importorskip("sklearn", reason="scikit-learn (the train extra) is not installed")
    training.train(SHARED, tmp_path, progress=lambda _: None)
    for shipped in sorted(training.WEIGHTS.glob("*.json")):
        fresh, old = _load(tmp_path / shipped.name), _load(shipped)
        assert fresh["classes"] == old["classes"] and fresh["threshold"] == old["threshold"]
        assert fresh["weights"].keys() == old["weights"].keys(), shipped.name  # type: ignore[attr-defined]
        for key, w in old["weights"].items():  # type: ignore[attr-defined]
            assert all(abs(a - b) <= 1e-3 for a, b in zip(w, fresh["weights"][key], strict=True))


def test_fact_label_ignores_the_show_and_matches_names_as_the_scorer() -> None:
    """A candidate is positive when gold has its key fields; its show is not judged here."""
    from tellytrack.model import Fact

    gold = [{"type": "cast", "show": "Kesar", "actor": "Riya Malhotra", "character": "Meera"}]
    assert training.fact_label(Fact(type="cast", show="Other", actor="Riya",
                                    character="Meera"), gold) == "yes"
    assert training.fact_label(Fact(type="cast", show="Kesar", actor="Riya Malhotra",
                                    character="Kavya"), gold) == "no"
