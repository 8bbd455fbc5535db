"""linear: the learned decisions' models, read from their weight files."""

import json
import re
from pathlib import Path

import pytest

from tellytrack.extract.document import parse
from tellytrack.extract.linear import Candidate, LinearModel, decide, from_json, model, sigmoid
from tellytrack.extract.mentions import mention_features, name_mentions
from tellytrack.model import Article, Fact, PubDate

TYPING = re.compile(r"[Pp][Cc][hml][hml]")  # cast.py's typing code: who is more a person


def test_probability_is_the_sigmoid_of_bias_plus_weights() -> None:
    """Binary features add their weights; unknown features add nothing."""
    m = LinearModel(("no", "yes"), (-1.0,), {"a": (2.0,), "b": (1.0,)}, threshold=0.6)
    assert abs(m.probability(["a", "zzz"]) - 0.7310585786) < 1e-9
    assert m.probability(["b"]) == 0.5


def test_multiclass_best_is_the_highest_logit() -> None:
    """One-vs-rest: the class with the highest logit wins."""
    m = LinearModel(("person", "character", "other"), (0.0, 0.0, 0.5),
                    {"aka": (2.0, -1.0, 0.0)})
    assert m.best(["aka"])[0] == "person"
    assert m.best([])[0] == "other"


def test_from_json_reads_what_training_writes() -> None:
    """The weight file's JSON object builds the same model."""
    m = from_json({"classes": ["no", "yes"], "bias": [0.5], "threshold": 0.4,
                   "weights": {"f": [1.5]}})
    assert m == LinearModel(("no", "yes"), (0.5,), {"f": (1.5,)}, 0.4)


def test_decide_keeps_the_most_probable_statement_of_each_fact() -> None:
    """Two statements of one fact give one fact, with the higher probability; a
    candidate below the threshold gives none."""
    m = LinearModel(("no", "yes"), (0.0,), {"aka": (2.0,), "said": (-3.0,)}, threshold=0.6)
    fact = Fact(type="cast", show="Kesar", actor="Riya Malhotra", character="Meera")
    other = fact.with_(character="Kavya")
    facts = decide([Candidate(fact, ()), Candidate(fact, ("aka",)),
                    Candidate(other, ("said",))], m)
    assert [(f.character, f.confidence) for f in facts] == [("Meera", 0.881)]


def test_shipped_models_hold_no_capitalised_names() -> None:
    """Features describe context and form: no capitalised word (a name) in any weight key."""
    for name in ("mention", "cast"):
        for feature in model(name).weights:
            words = feature.replace("=", " ").replace(":", " ").replace("|", " ").split()
            assert all(not w[:1].isupper() or w in {"CAP", "W", "True", "False"}
                       or TYPING.fullmatch(w) for w in words), feature


def test_three_class_scores_add_as_the_plain_form(sample_articles: Path) -> None:
    """The typer's unrolled three-class sum gives exactly the plain per-weight loop's
    logits on every sample mention (and a model with a short weight takes the plain way)."""
    typer = model("mention")
    assert typer.three
    for line in sample_articles.read_text("utf-8").splitlines():
        doc = parse(Article.create(json.loads(line)["text"],
                                   published=PubDate.parse("2024-03-05")))
        for m in name_mentions(doc):
            f = mention_features(doc, m)
            assert typer.scores(f) == typer.plain_scores(f)
    odd = LinearModel(("a", "b", "c"), (0.0, 0.1, 0.2), {"x": (1.0, 2.0)})
    assert not odd.three and odd.scores(["x"]) == [1.0, 2.1, 0.2]


def test_binary_scores_add_as_the_plain_form(sample_articles: Path) -> None:
    """A binary model's logit, read from its flat weights, is exactly the plain per-weight
    loop's on every sample cast_change candidate (same additions, same order)."""
    from tellytrack.extract.cast_change import candidates

    learned = model("cast_change")
    assert len(learned.bias) == 1
    seen = 0
    for line in sample_articles.read_text("utf-8").splitlines():
        doc = parse(Article.create(json.loads(line)["text"],
                                   published=PubDate.parse("2024-03-05")))
        for c in candidates(doc):
            assert learned.scores(c.features) == learned.plain_scores(c.features)
            seen += 1
    assert seen
    tiny = LinearModel(("no", "yes"), (0.5,), {"x": (1.0,), "y": (-0.25,)})
    assert tiny.scores(["y", "z", "x"]) == [1.25] == tiny.plain_scores(["y", "z", "x"])


def test_probability_sums_as_the_plain_form(sample_articles: Path) -> None:
    """A binary model's probability, its weights listed by a compiled loop, is exactly the
    plain ``sum(map(flat.get, ...))`` one on every sample cast and relation candidate
    (the same floats summed in the same order)."""
    from tellytrack.extract import cast, relations

    seen = 0
    for line in sample_articles.read_text("utf-8").splitlines():
        doc = parse(Article.create(json.loads(line)["text"],
                                   published=PubDate.parse("2024-03-05")))
        for name, cands in (("cast", cast.candidates(doc)),
                            ("relation", relations.candidates(doc))):
            learned = model(name)
            for c in cands:
                assert learned.probability(c.features) == learned.plain_probability(c.features)
                seen += 1
    assert seen
    tiny = LinearModel(("no", "yes"), (0.5,), {"x": (1.0,), "y": (-0.25,)})
    assert tiny.probability(["y", "z", "x"]) == tiny.plain_probability(["y", "z", "x"])


def test_a_missing_model_says_how_to_get_it_back() -> None:
    """A weight file that is not there is an install problem: the error names the model
    and the two ways to restore it."""
    from tellytrack.extract.linear import _shipped

    with pytest.raises(RuntimeError, match=r"'no_such_model'.*tellytrack train"):
        _shipped("no_such_model")


def test_logit_floor_is_below_every_accepted_logit() -> None:
    """A logit under ``logit_floor`` never gives a probability at the threshold, for
    thresholds from 0 to 1 (1 included: a large logit rounds to a probability of 1)."""
    for t in (0.0, 0.25, 0.4, 0.5, 0.9, 1.0):
        m = LinearModel(("no", "yes"), (0.0,), {}, threshold=t)
        floor = m.logit_floor()
        for x in (-100.0, -5.0, -1.0, 0.0, 0.5, 2.0, 30.0, 36.0, 40.0, 100.0):
            if sigmoid(x) >= t:
                assert x >= floor
