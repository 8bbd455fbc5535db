"""Score extracted facts against gold facts with exactly SPEC.md's semantics.

This mirrors ``shared/eval/score.py`` (the reference scorer) so that
``tellytrack evaluate`` and the reference agree to the last digit; a test runs
both on the same files. Usage as a script, for quick dev loops::

    python -m tellytrack.evaluate GOLD.jsonl ARTICLES.jsonl [--errors] [--type cast]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tellytrack.model import FACT_TYPES, UNORDERED_RELATIONS, Article

HONORIFICS = frozenset({"ji", "mr", "mrs", "ms", "dr"})
SpecFact = dict[str, Any]


def norm(name: Any) -> str:
    """SPEC.md name normal form: NFKD, no Latin accents, lower, no punctuation, no doubles."""
    if name is None:
        return ""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not "\u0300" <= c <= "\u036f").lower()
    s = re.sub(r"[^\w\s\u0900-\u097f]", " ", s)
    s = s.replace("chh", "ch")
    s = re.sub(r"(.)\1+", r"\1", s)
    return " ".join(t for t in s.split() if t not in HONORIFICS)


def _alts(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def name_match(gold: Any, pred: Any) -> bool:
    """Equal normal forms, or a one-token name equal to the other's first or last token."""
    for g in _alts(gold):
        for p in _alts(pred):
            a, b = norm(g), norm(p)
            if not a or not b:
                if not a and not b:
                    return True
                continue
            if a == b:
                return True
            ta, tb = a.split(), b.split()
            short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
            if len(short) == 1 and short[0] in (long_[0], long_[-1]):
                return True
    return False


def _relation_match(g: SpecFact, p: SpecFact) -> bool:
    if g.get("relation") != p.get("relation"):
        return False
    if name_match(g.get("subject"), p.get("subject")) and name_match(
        g.get("object"), p.get("object")
    ):
        return True
    return g.get("relation") in UNORDERED_RELATIONS and (
        name_match(g.get("subject"), p.get("object"))
        and name_match(g.get("object"), p.get("subject"))
    )


def key_match(g: SpecFact, p: SpecFact) -> bool:
    """Whether prediction ``p`` can stand for gold fact ``g`` (SPEC.md key fields)."""
    t = g["type"]
    if t != p.get("type") or not name_match(g.get("show"), p.get("show")):
        return False
    if t == "cast":
        return name_match(g.get("actor"), p.get("actor")) and name_match(
            g.get("character"), p.get("character")
        )
    if t == "cast_change":
        return name_match(g.get("actor"), p.get("actor")) and g.get("change") == p.get("change")
    if t == "rating":
        gw, pw = g.get("week"), p.get("week")
        return not (gw and pw and gw != pw)
    if t == "event":
        return bool(g.get("kind") == p.get("kind"))
    if t == "relation":
        return _relation_match(g, p)
    if t == "show_info":
        return g.get("field") == p.get("field") and name_match(g.get("value"), p.get("value"))
    return False


def _characters_right(g: SpecFact, p: SpecFact) -> bool:
    gs, ps = list(g.get("characters") or []), list(p.get("characters") or [])
    if not gs and not ps:
        return True
    hit = sum(1 for gc in gs if any(name_match(gc, pc) for pc in ps))
    union = len(gs) + len(ps) - hit
    return union > 0 and hit / union >= 0.5


def _rating_attributes(g: SpecFact, p: SpecFact) -> dict[str, bool]:
    out: dict[str, bool] = {}
    if g.get("rank") is not None:
        out["rank"] = g.get("rank") == p.get("rank")
    if g.get("rating") is not None:
        pr = p.get("rating")
        out["rating"] = pr is not None and abs(float(g["rating"]) - float(pr)) <= 0.05
    if g.get("week"):
        out["week"] = g.get("week") == p.get("week")
    return out


def attributes(g: SpecFact, p: SpecFact) -> dict[str, bool]:
    """Attribute correctness of a matched pair (scored only on matches)."""
    t = g["type"]
    if t == "cast_change":
        return {"status": g.get("status") == p.get("status")}
    if t == "rating":
        return _rating_attributes(g, p)
    if t == "event":
        return {"status": g.get("status") == p.get("status"),
                "characters": _characters_right(g, p)}
    return {}


@dataclass
class Report:
    """Per-type counts and scores, attribute accuracies, and the error list."""

    types: dict[str, dict[str, float]]
    attributes: dict[str, float]
    errors: list[tuple[str, str, SpecFact]] = field(default_factory=list)

    @property
    def micro_f1(self) -> float:
        return self.types["all"]["f1"]

    def as_json(self) -> dict[str, Any]:
        return {"types": self.types, "attributes": self.attributes,
                "errors": [list(e) for e in self.errors]}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f1, 4)}


def score(gold: dict[str, list[SpecFact]], pred: dict[str, list[SpecFact]]) -> Report:
    """Greedy one-to-one matching per article, in gold order (as the reference does)."""
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    attr: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors: list[tuple[str, str, SpecFact]] = []
    for aid, gfacts in gold.items():
        pfacts = list(pred.get(aid, []))
        used = [False] * len(pfacts)
        for g in gfacts:
            hit = next((i for i, p in enumerate(pfacts) if not used[i] and key_match(g, p)), None)
            if hit is None:
                fn[g["type"]] += 1
                errors.append(("missed", aid, g))
                continue
            used[hit] = True
            tp[g["type"]] += 1
            for name, ok in attributes(g, pfacts[hit]).items():
                a = attr[f"{g['type']}.{name}"]
                a[0] += int(ok)
                a[1] += 1
        for i, p in enumerate(pfacts):
            if not used[i] and p.get("type") in FACT_TYPES:
                fp[p["type"]] += 1
                errors.append(("spurious", aid, p))
    rows = {t: _prf(tp[t], fp[t], fn[t]) for t in FACT_TYPES}
    rows["all"] = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    accs = {k: round(v[0] / v[1], 4) for k, v in sorted(attr.items()) if v[1]}
    return Report(rows, accs, errors)


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; a bad line raises naming it."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON: {e}") from e


def load_facts(path: str | Path) -> dict[str, list[SpecFact]]:
    """A gold or prediction file: article id -> its facts."""
    return {obj["id"]: [x for x in obj.get("facts", []) if isinstance(x, dict)]
            for _, obj in read_jsonl(path)}


def predict(articles_path: str | Path) -> dict[str, list[SpecFact]]:
    """Run extraction over an articles JSONL file: article id -> SPEC facts."""
    from tellytrack.extract import extract_facts
    from tellytrack.ingest.jsonl import from_record

    out: dict[str, list[SpecFact]] = {}
    for n, obj in read_jsonl(articles_path):
        article = from_record(obj, f"{articles_path}:{n}")
        if isinstance(article, Article):  # an unreadable record is predicted as no facts
            out[str(obj["id"])] = [f.to_spec() for f in extract_facts(article)]
    return out


def format_report(report: Report, errors: bool = False) -> Iterable[str]:
    """The reference scorer's text layout, line by line (last: ``micro F1: 0.xxx``)."""
    yield f"{'type':12} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"
    for t, r in report.types.items():
        yield (f"{t:12} {r['tp']:4} {r['fp']:4} {r['fn']:4} "
               f"{r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}")
    for k, v in report.attributes.items():
        yield f"attribute {k}: {v:.3f}"
    if errors:
        for kind, aid, fact in report.errors:
            yield f"{kind} {aid} {json.dumps(fact, ensure_ascii=False)}"
    yield f"micro F1: {report.micro_f1:.3f}"


def evaluate(gold_path: str | Path, articles_path: str | Path) -> Report:
    """Extract from the articles and score against the gold file."""
    return score(load_facts(gold_path), predict(articles_path))


def articles_for(gold_path: str | Path) -> Path:
    """The articles a gold file annotates, by the shared layout: ``eval/NAME.gold.jsonl``
    annotates ``corpus/NAME.jsonl`` (else ``NAME.jsonl`` beside the gold file)."""
    gold = Path(gold_path)
    name = gold.name.removesuffix(".jsonl").removesuffix(".gold") + ".jsonl"
    shared = gold.parent.parent / "corpus" / name
    return shared if shared.exists() else gold.parent / name


def languages(articles_path: str | Path) -> dict[str, str]:
    """article id -> its language ("en" unless the record says otherwise)."""
    return {str(obj["id"]): str(obj.get("lang") or "en") for _, obj in read_jsonl(articles_path)}


def evaluate_many(pairs: Iterable[tuple[str | Path, str | Path]],
                  by_lang: bool = False) -> list[tuple[str, Report]]:
    """Score several (gold, articles) pairs, each labelled by its gold file's name (and
    language, when ``by_lang``): train and validation side by side."""
    out: list[tuple[str, Report]] = []
    for gold_path, articles_path in pairs:
        label = Path(gold_path).name.removesuffix(".jsonl").removesuffix(".gold")
        gold, pred = load_facts(gold_path), predict(articles_path)
        if not by_lang:
            out.append((label, score(gold, pred)))
            continue
        langs = languages(articles_path)
        for lang in sorted(set(langs.values())):
            part = {k: v for k, v in gold.items() if langs.get(k, "en") == lang}
            out.append((f"{label} ({lang})", score(part, pred)))
    return out


def format_side_by_side(reports: list[tuple[str, Report]]) -> Iterable[str]:
    """F1 per type (and status accuracies) with one column per scored file."""
    width = max(12, *(len(label) + 1 for label, _ in reports))
    yield f"{'':22}" + "".join(f"{label:>{width}}" for label, _ in reports)
    for t in (*FACT_TYPES, "all"):
        name = "micro F1" if t == "all" else f"{t} F1"
        yield f"{name:22}" + "".join(f"{r.types[t]['f1']:>{width}.3f}" for _, r in reports)
    for attr in ("cast_change.status", "event.status"):
        yield f"{attr:22}" + "".join(
            f"{r.attributes.get(attr, 0.0):>{width}.3f}" for _, r in reports)
    yield f"{'gold facts':22}" + "".join(
        f"{int(r.types['all']['tp'] + r.types['all']['fn']):>{width}}" for _, r in reports)


def _main(argv: list[str]) -> None:
    """Dev loop: ``python -m tellytrack.evaluate GOLD ARTICLES [--errors] [--type T]``."""
    gold, articles = argv[0], argv[1]
    only = argv[argv.index("--type") + 1] if "--type" in argv else None
    report = evaluate(gold, articles)
    if only:
        report.errors = [e for e in report.errors if e[2].get("type") == only]
    for line in format_report(report, "--errors" in argv):
        print(line)


if __name__ == "__main__":
    _main(sys.argv[1:])
