"""Resolution over facts: scopes, partial names in context, order independence."""

from __future__ import annotations

from pathlib import Path

from query.build import KB

from tellytrack.model import EntityKind, Fact
from tellytrack.resolve import resolve_facts, resolve_store

KESAR, DOR = "Kesar Ki Kahani", "Pyaar Ki Dor"


def cast(show: str, actor: str, character: str) -> Fact:
    return Fact("cast", show, actor=actor, character=character)


FACTS = [
    cast(KESAR, "Riya Malhotra", "Meera"),
    cast("Kesar Ki Kahaani", "Riya", "Meeraa"),
    cast(KESAR, "Kabir Sethi", "Arjun Rathore"),
    Fact("event", KESAR, kind="wedding", characters=("Arjun", "Meera")),
    cast(KESAR, "Tara Deshmukh", "Choti Meera"),
    cast(DOR, "Riya Malhotra", "Naina"),
    cast(DOR, "Dev Anand Rao", "Meera"),
]


def test_spellings_merge_into_one_show_and_character() -> None:
    """Kesar Ki Kahani/Kahaani and Meera/Meeraa are one show and one character."""
    res = resolve_facts(FACTS)
    sid = res.show("Kesar Ki Kahaani")
    assert sid == res.show(KESAR) == "show:kesar-ki-kahani"
    meera = res.character("Meera", sid)
    assert res.character("Meeraa", sid) == meera == "char:kesar-ki-kahani/mera"


def test_partial_names_resolve_within_the_show() -> None:
    """"Riya" in Kesar is Riya Malhotra; "Arjun" is Arjun Rathore (one candidate each)."""
    res = resolve_facts(FACTS)
    sid = res.show(KESAR)
    assert res.person("Riya", sid) == res.person("Riya Malhotra") == "person:riya-malhotra"
    assert res.character("Arjun", sid) == res.character("Arjun Rathore", sid)


def test_descriptor_character_stays_apart() -> None:
    """Choti Meera is her own character, not Meera."""
    res = resolve_facts(FACTS)
    sid = res.show(KESAR)
    assert res.character("Choti Meera", sid) != res.character("Meera", sid)


def test_same_character_name_in_two_shows_kept_apart() -> None:
    """Two shows' Meera are two characters."""
    res = resolve_facts(FACTS)
    assert res.character("Meera", res.show(KESAR)) != res.character("Meera", res.show(DOR))


def test_actor_keeps_one_identity_across_shows() -> None:
    """Riya Malhotra in two shows is one person."""
    res = resolve_facts(FACTS)
    assert res.person("Riya Malhotra", res.show(KESAR)) == res.person(
        "Riya Malhotra", res.show(DOR))


def test_ambiguous_partial_is_not_merged() -> None:
    """With two Riyas in one show, "Riya" stays its own name."""
    facts = [cast(KESAR, "Riya Malhotra", "Meera"), cast(KESAR, "Riya Kapoor", "Naina"),
             cast(KESAR, "Riya", "Meera")]
    res = resolve_facts(facts)
    sid = res.show(KESAR)
    assert res.person("Riya", sid) == "person:riya"
    assert res.person("Riya Malhotra", sid) != res.person("Riya Kapoor", sid)


def test_partial_needs_the_same_show() -> None:
    """"Riya" in a show without any Riya Malhotra is not guessed to be her."""
    facts = [cast(KESAR, "Riya Malhotra", "Meera"), cast(DOR, "Riya", "Naina")]
    res = resolve_facts(facts)
    assert res.person("Riya", res.show(DOR)) == "person:riya"


def test_order_never_matters() -> None:
    """Any input order gives the same entities (ids, names and aliases)."""
    forward = resolve_facts(FACTS).entities
    assert resolve_facts(reversed(FACTS)).entities == forward
    assert resolve_facts(sorted(FACTS, key=repr)).entities == forward


def test_resolve_store_replaces_entities(tmp_path: Path) -> None:
    """resolve_store writes shows, people and characters with aliases to the store."""
    kb = KB(tmp_path / "kb.db")
    kb.add("2024-01-05", "a.example", *FACTS)
    resolve_store(kb.store)
    kinds = {e.kind for e in kb.store.entities()}
    show = next(e for e in kb.store.entities(EntityKind.SHOW) if e.id == "show:kesar-ki-kahani")
    assert kinds == {EntityKind.SHOW, EntityKind.PERSON, EntityKind.CHARACTER}
    assert set(show.aliases) == {"Kesar Ki Kahani", "Kesar Ki Kahaani"}
    kb.store.close()


def test_acronym_joins_the_title_it_abbreviates() -> None:
    """"PKDKK" is the show "Pyaar Ki Dor Ki Kahani" when no other title has those initials."""
    res = resolve_facts([cast("Pyaar Ki Dor Ki Kahani", "Riya Malhotra", "Meera"),
                         cast("PKDKK", "Kabir Sethi", "Arjun")])
    assert res.show("PKDKK") == res.show("Pyaar Ki Dor Ki Kahani")
