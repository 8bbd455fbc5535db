"""Linear classifiers kept as data: the decisions that ``tellytrack train`` learns.

A model is a JSON file under ``extract/weights/`` (written by
:mod:`tellytrack.training`): the class names, one bias and one weight per class
for every feature that earned a non-zero weight, and the decision threshold
chosen by cross-validation. Features are strings ("gap=aka", "order=ac") that
describe context and form, never the names themselves, so a model learned on one
set of shows applies to any other. Inference is a sum of weights: no run-time
dependency, and it compiles with the rest of ``extract/``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import repeat
from typing import Final, NamedTuple

from tellytrack.extract import records
from tellytrack.model import Fact


@dataclass(frozen=True)
class LinearModel:
    """Logistic regression over binary string features (one-vs-rest when multiclass)."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float = 0.5
    # a binary model's weights as plain floats: the hot path of every decision
    flat: dict[str, float] = field(init=False, compare=False, repr=False)

    # three classes, each weight giving all three: the typer's hot path (see scores)
    three: bool = field(init=False, compare=False, repr=False)
    # a binary model's weights by feature family (see family), built when first asked
    families: dict[str, dict[str, float]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "flat", {k: w[0] for k, w in self.weights.items() if w})
        object.__setattr__(self, "three", len(self.bias) == 3 and all(
            len(w) == 3 for w in self.weights.values()))
        object.__setattr__(self, "families", {})

    def family(self, prefix: str) -> dict[str, float]:
        """A binary model's weights of the features that begin with ``prefix``, keyed by
        what follows it ("gw=ac:" -> {"aka": 1.3, ...}): a caller that only needs a
        candidate's score looks its features up without formatting their strings."""
        found = self.families.get(prefix)
        if found is None:
            n = len(prefix)
            found = {k[n:]: w for k, w in self.flat.items() if k.startswith(prefix)}
            self.families[prefix] = found
        return found

    def logit_floor(self) -> float:
        """A logit below which a binary model's probability is surely under its
        threshold (a margin below the exact point, for sums added in another order; a
        threshold of 1 is reached by rounding alone, from a logit of about 37)."""
        t = self.threshold
        if t <= 0.0:
            return -math.inf
        return math.log(t / (1.0 - t)) - 1e-6 if t < 1.0 else 30.0

    def scores(self, features: Iterable[str]) -> list[float]:
        """One logit per class (a single logit, for the last class, when binary)."""
        if self.three:  # the same additions in the same order, without a loop per weight
            weights = self.weights  # (its ``get`` called as a dict's: a bound method
            b0, b1, b2 = self.bias  # held in a local is a generic call to compiled code)
            for f in features:
                w = weights.get(f)
                if w is not None:
                    b0 += w[0]
                    b1 += w[1]
                    b2 += w[2]
            return [b0, b1, b2]
        if len(self.bias) == 1:  # binary: the same additions, read from the flat weights
            logit = self.bias[0]
            flat = self.flat
            for f in features:
                x = flat.get(f)
                if x is not None:
                    logit += x
            return [logit]
        return self.plain_scores(features)

    def plain_scores(self, features: Iterable[str]) -> list[float]:
        """:meth:`scores` for any number of classes (the plain form)."""
        out = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for i, x in enumerate(w):
                    out[i] += x
        return out

    def probability(self, features: Iterable[str]) -> float:
        """A binary model's probability of its positive (second) class."""
        flat = self.flat  # the weights listed by a compiled loop, then summed as before
        return sigmoid(self.bias[0] + sum([flat.get(f, 0.0) for f in features]))

    def plain_probability(self, features: Iterable[str]) -> float:
        """:meth:`probability` as first written (the plain form its test compares)."""
        return sigmoid(self.bias[0] + sum(map(self.flat.get, features, repeat(0.0))))

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable class and its (one-vs-rest) probability."""
        logits = self.scores(features)
        if len(logits) == 1:  # binary: one logit, for the second class
            p = sigmoid(logits[0])
            return (self.classes[1], p) if p >= 0.5 else (self.classes[0], 1 - p)
        i = max(range(len(logits)), key=logits.__getitem__)
        return self.classes[i], sigmoid(logits[i])


def sigmoid(x: float) -> float:
    """The logistic function (0 far below zero, where exp would overflow)."""
    return 1.0 / (1.0 + math.exp(-x)) if x > -60 else 0.0


def from_json(obj: dict[str, object]) -> LinearModel:
    """Build a model from its weight file's JSON object."""
    weights = obj["weights"]
    assert isinstance(weights, dict)
    return LinearModel(
        classes=tuple(str(c) for c in obj["classes"]),  # type: ignore[attr-defined]
        bias=tuple(float(b) for b in obj["bias"]),  # type: ignore[attr-defined]
        weights={str(k): tuple(float(x) for x in v) for k, v in weights.items()},
        threshold=float(obj.get("threshold", 0.5)),  # type: ignore[arg-type]
    )


_OVERRIDES: Final[dict[str, LinearModel]] = {}


@contextmanager
def overridden(models: dict[str, LinearModel]) -> Iterator[None]:
    """Within the block, extraction reads ``models`` (name -> model) instead of the
    shipped ones: how cross-validation scores the whole pipeline with models that
    never saw the article."""
    saved = dict(_OVERRIDES)
    _OVERRIDES.update(models)
    try:
        yield
    finally:
        _OVERRIDES.clear()
        _OVERRIDES.update(saved)


def model(name: str) -> LinearModel:
    """The model ``name``: the shipped ``extract/weights/<name>.json``, unless
    :func:`overridden` says otherwise."""
    return _OVERRIDES.get(name) or _shipped(name)


@cache
def _shipped(name: str) -> LinearModel:
    """The shipped model ``extract/weights/<name>.json`` (read once per process)."""
    path = files("tellytrack.extract").joinpath("weights", f"{name}.json")
    try:
        return from_json(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise RuntimeError(
            f"extraction model {name!r} cannot be read from {path} ({e}): reinstall tellytrack, "
            "or rebuild the weights with `tellytrack train`") from e


class Candidate(NamedTuple):
    """A fact some generator proposes, with the features a model decides it by."""

    fact: Fact
    features: tuple[str, ...]
    # whether its training label judges the show too: a candidate proposed for another
    # show than the one the show layer chose (see show_info._other_shows)
    show_judged: bool = False


def decide(candidates: Iterable[Candidate], m: LinearModel | str) -> list[Fact]:
    """The candidates model ``m`` (or the shipped model of that name) accepts, one per
    fact key (the most probable statement of it), in the order first proposed; each
    fact's confidence is its probability."""
    if isinstance(m, str):
        m = model(m)
    best: dict[tuple[object, ...], Fact] = {}
    for c in candidates:
        p = m.probability(c.features)
        if p < m.threshold:
            continue
        key = records.key(c.fact)
        if key not in best or best[key].confidence < p:
            best[key] = records.with_(c.fact, confidence=round(p, 3))
    return list(best.values())
