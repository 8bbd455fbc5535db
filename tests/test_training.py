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


def test_shown_label_judges_the_show_too() -> None:
    """A candidate proposed for another show than the show layer's choice is positive
    only when gold files the fact under that show."""
    from tellytrack.model import Fact

    gold = [{"type": "show_info", "show": "Kesar", "field": "channel", "value": "Zee TV"}]
    fact = Fact(type="show_info", show="Other", field="channel", value="Zee TV")
    assert training.fact_label(fact, gold) == "yes"
    assert training.shown_label(fact, gold) == "no"
    assert training.shown_label(Fact(type="show_info", show="Kesar", field="channel",
                                     value="Zee TV"), gold) == "yes"


def test_unruled_rows_give_the_words_of_ruled_positives_weight() -> None:
    """When a pattern feature explains every positive, a word seen with it gets little
    weight; fitted again without the pattern feature (``unruled``), the word carries
    the positives too, so a pair no pattern reads can still pass."""
    rows = [training.Example(i, (i,), ("rule", "gw=plays"), "yes") for i in range(20)]
    rows += [training.Example(20 + i, (20 + i,), ("gw=plays",), "no") for i in range(8)]
    rows += [training.Example(40 + i, (40 + i,), ("gw=said",), "no") for i in range(20)]
    word = ("gw=plays",)
    assert training.fit(rows).probability(word) < 0.5
    assert training.fit(rows, unruled=frozenset({"rule"})).probability(word) > 0.5
    assert training.UNRULED["cast"] == frozenset({"rule"})


def _threshold(rows: list[tuple[float, str]], facts: int, name: str = "toy") -> float:
    """The threshold chosen over ``facts`` one-fact articles: each "yes" row is the
    candidate of one of them (the rest no candidate reaches), each "no" row a candidate
    in an article of its own."""
    learner = training.Learner(name, lambda doc, gold: [], fact_type="cast")
    gold = [[{"type": "cast", "show": "S", "actor": f"A{i}", "character": "C"}]
            for i in range(facts)] + [[] for _ in rows]
    examples = [training.Example(i if label == "yes" else facts + i, (i,), ("f",), label,
                                 {"type": "cast", "actor": f"A{i}", "character": "C"})
                for i, (_, label) in enumerate(rows)]
    return training.choose_threshold(learner, examples, [p for p, _ in rows], gold).threshold


def test_threshold_stays_even_unless_clearly_better() -> None:
    """A threshold other than 0.5 is chosen only when its cross-validated F1 beats 0.5's
    by more than MARGIN: on a flat curve the best point is noise."""
    flat = [(0.6, "yes")] * 800 + [(0.45, "yes")] * 2 + [(0.6, "no")] * 100 + [(0.45, "no")]
    assert _threshold(flat, 1000) == 0.5  # 0.45 would gain 0.001 of F1
    clear = [(0.6, "yes")] * 500 + [(0.45, "yes")] * 300 + [(0.6, "no")] * 100
    assert _threshold(clear, 1000) < 0.5  # a gain of 0.16


def test_a_fixed_learner_keeps_its_threshold() -> None:
    """relation's threshold stays 0.5 even where another point is clearly better, and
    show_info's stays 0.35 where 0.5 would do as well: their flat curves moved them with
    every retraining."""
    clear = [(0.6, "yes")] * 500 + [(0.45, "yes")] * 300 + [(0.6, "no")] * 100
    assert training.FIXED["relation"] == 0.5
    assert _threshold(clear, 1000, "relation") == 0.5
    flat = [(0.6, "yes")] * 800 + [(0.6, "no")] * 100
    assert _threshold(flat, 1000, "show_info") == training.FIXED["show_info"] == 0.35


@pytest.mark.devset
@pytest.mark.slow
def test_resampled_pipelines_score_validation(tmp_path: Path) -> None:
    """`train --resampled 2`: two pipelines, each trained without half the train articles,
    score validation's English articles (matched to the gold by the records' ids: a
    mismatch scores 0), and the mean is printed; nothing is written."""
    if not (SHARED / "eval" / "val.gold.jsonl").exists():
        pytest.skip(f"{SHARED} is not present (the shared corpus lives beside the repo)")
    pytest.importorskip("sklearn", reason="scikit-learn (the train extra) is not installed")
    from click.testing import CliRunner

    from tellytrack.cli.main import cli

    before = {p: p.read_bytes() for p in training.WEIGHTS.glob("*.json")}
    result = CliRunner().invoke(cli, ["train", "--shared", str(SHARED), "--resampled", "2"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert sum(line.startswith("model ") for line in lines) == 2
    mean = float(lines[-1].split()[3])
    assert 0.5 < mean < 0.95, lines[-1]
    assert {p: p.read_bytes() for p in training.WEIGHTS.glob("*.json")} == before
    for name in training.TRAIN_FILES:  # the train files without validation's
        for folder, file in (("corpus", f"{name}.jsonl"), ("eval", f"{name}.gold.jsonl")):
            (tmp_path / folder).mkdir(exist_ok=True)
            (tmp_path / folder / file).symlink_to(SHARED / folder / file)
    missing = CliRunner().invoke(cli, ["train", "--shared", str(tmp_path), "--resampled", "2"])
    assert missing.exit_code == 1 and "lacks the validation files" in missing.output
    assert "corpus/val.jsonl" in missing.output
