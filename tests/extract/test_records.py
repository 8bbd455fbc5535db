"""records: Fact.key and Fact.with_ in compiled code give the model's own answers."""

from dataclasses import replace

import pytest

from tellytrack.extract import extract_facts, records
from tellytrack.model import Article, Evidence, Fact


def _facts() -> list[Fact]:
    ev = Evidence("a1", 0, 5, "Hello")
    return [
        Fact("cast", "Pyaar Ki Dor", ev, 0.9, actor="Riya Malhotra", character="Meera"),
        Fact("cast_change", "Pyaar Ki Dor", None, actor="Kabir Sethi", change="exit",
             status="denied", modality="denied"),
        Fact("rating", "Nach Mela", ev, rank=2, rating=1.5, week="2024-W03"),
        Fact("rating", "Nach Mela", ev, rank=2, rating=None, week=None),
        Fact("event", "Pyaar Ki Dor", ev, kind="leap", characters=("Meera", "Arjun"),
             status="upcoming"),
        Fact("relation", "Pyaar Ki Dor", ev, subject="Meera", relation="spouse", object="Arjun"),
        Fact("show_info", "Nach Mela", ev, field="channel", value="Star Plus"),
    ]


def test_key_is_the_models_key() -> None:
    for f in _facts():
        assert records.key(f) == f.key()


def test_with_is_the_models_copy() -> None:
    for f in _facts():
        for changes in ({}, {"confidence": 0.123}, {"show": "X", "evidence": None},
                        {"characters": ("A",), "status": "aired", "value": "v"}):
            assert records.with_(f, **changes) == f.with_(**changes) == replace(f, **changes)
            assert repr(records.with_(f, **changes)) == repr(f.with_(**changes))
    with pytest.raises(TypeError):
        records.with_(_facts()[0], colour="red")


def test_merged_lists_each_fact_once_under_its_full_title() -> None:
    """An invented article: the facts extract_facts lists are unique by key."""
    text = ("Pyaar Ki Dor – Ek Naya Safar: Riya Malhotra aka Meera returns to Pyaar Ki Dor. "
            "Riya Malhotra aka Meera is happy. The show airs on Star Plus.")
    facts = extract_facts(Article.create(text))
    assert facts
    assert len({f.key() for f in facts}) == len(facts)


def test_fact_is_the_models_constructor() -> None:
    """``records.fact`` fills ``__dict__`` at once: equal, same repr, hash, field order and
    pickle as ``Fact(...)``; frozen still; the same TypeErrors."""
    import pickle
    from dataclasses import FrozenInstanceError, asdict

    for f in _facts():
        given = {k: v for k, v in vars(f).items() if v != Fact("x", "y").__dict__.get(k)}
        given.update(type=f.type, show=f.show)
        fast = records.fact(**given)
        assert fast == f and repr(fast) == repr(f) and hash(fast) == hash(f)
        assert list(vars(fast).items()) == list(vars(f).items()) and asdict(fast) == asdict(f)
        assert pickle.dumps(fast) == pickle.dumps(f) and pickle.loads(pickle.dumps(fast)) == f
        with pytest.raises(FrozenInstanceError):
            fast.show = "X"  # type: ignore[misc]
    assert records.fact(type="cast", show="S") == Fact("cast", "S")
    with pytest.raises(TypeError):
        records.fact(type="cast")
    with pytest.raises(TypeError):
        records.fact(type="cast", show="S", colour="red")
