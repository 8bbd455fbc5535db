"""Resolution over facts: scopes, partial names in context, order independence."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from query.build import KB

from tellytrack.model import EntityKind, Fact
from tellytrack.resolve import resolve_facts, resolve_store
from tellytrack.resolve.cluster import cluster_names, cluster_names_plain
from tellytrack.resolve.titles import NAMES, TITLES
from tellytrack.store.base import Override

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


def test_a_first_name_in_devanagari_is_the_full_latin_name() -> None:
    """"राघव" in a Hindi article about the show is the "Raghav Mehra" an English one names
    in full (one character, not two); "गौरी" is not "Choti Gauri" (a descriptor)."""
    facts = [cast(KESAR, "Kabir Sethi", "Raghav Mehra"), cast(KESAR, "Kabir Sethi", "राघव"),
             cast(KESAR, "Tara Sen", "Choti Gauri"), cast(KESAR, "Meena Rao", "गौरी")]
    res = resolve_facts(facts)
    sid = res.show(KESAR)
    assert res.character("राघव", sid) == res.character("Raghav Mehra", sid)
    assert res.character("गौरी", sid) != res.character("Choti Gauri", sid)


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


def test_devanagari_and_latin_forms_are_one_show_and_person() -> None:
    """A Hindi article's "केसर की कहानी" is the show "Kesar Ki Kahani"; its actor too."""
    res = resolve_facts([*FACTS, cast("केसर की कहानी", "रिया मल्होत्रा", "मीरा")])
    sid = res.show("केसर की कहानी")
    assert sid == res.show(KESAR) == "show:kesar-ki-kahani"
    assert res.person("रिया मल्होत्रा", sid) == "person:riya-malhotra"
    assert "रिया मल्होत्रा" in res.entities["person:riya-malhotra"].aliases


def test_canonical_name_is_the_most_attested_latin_form() -> None:
    """More Hindi than English mentions still give the show its Latin name."""
    hindi = [cast("केसर की कहानी", "रिया मल्होत्रा", "मीरा")] * 3
    res = resolve_facts([*hindi, cast(KESAR, "Riya Malhotra", "Meera")])
    show = res.entities["show:kesar-ki-kahani"]
    assert show.name == KESAR and set(show.aliases) == {KESAR, "केसर की कहानी"}


def test_a_longer_name_in_the_same_show_is_the_same_person() -> None:
    """"Tara Deshmukh" and "Tara Kaur Deshmukh" in one show are one person."""
    res = resolve_facts([cast(KESAR, "Tara Deshmukh", "Gauri"),
                         cast(KESAR, "Tara Kaur Deshmukh", "Gauri"),
                         cast(KESAR, "Tara Kaur Deshmukh", "Gauri")])
    sid = res.show(KESAR)
    assert res.person("Tara Deshmukh", sid) == res.person("Tara Kaur Deshmukh", sid)


def test_spelling_variants_need_a_shared_show() -> None:
    """The looser in-show rules never join names that no show has in common."""
    res = resolve_facts([cast(KESAR, "Tara Deshmukh", "Gauri"),
                         cast(DOR, "Tara Kaur Deshmukh", "Naina"),
                         cast(KESAR, "Chandrika Rao", "Meera"),
                         cast(DOR, "Chandhrika Rao", "Meera")])
    assert res.person("Tara Deshmukh") != res.person("Tara Kaur Deshmukh")
    assert res.person("Chandrika Rao") != res.person("Chandhrika Rao")


def test_a_typo_in_one_show_joins_the_name_it_misspells() -> None:
    """"Roha Verman" once beside "Rohan Verman" in the same show's cast: one actor
    (not across shows: the in-show rules need a shared show); two spellings each named
    more than once are two people."""
    res = resolve_facts([cast(KESAR, "Rohan Verman", "Gauri"),
                         cast(KESAR, "Rohan Verman", "Gauri"),
                         cast(KESAR, "Roha Verman", "Gauri"),
                         cast(DOR, "Sanit Dugal", "Naina"),
                         cast(KESAR, "Sanjit Dugal", "Meera")])
    sid = res.show(KESAR)
    assert res.person("Roha Verman", sid) == res.person("Rohan Verman", sid)
    assert res.person("Sanit Dugal") != res.person("Sanjit Dugal")
    both_often = resolve_facts([cast(KESAR, "Kabir Seth", "Arjun"),
                                cast(KESAR, "Kabir Seth", "Arjun"),
                                cast(KESAR, "Kabir Sethi", "Vikram"),
                                cast(KESAR, "Kabir Sethi", "Vikram")])
    assert both_often.person("Kabir Seth") != both_often.person("Kabir Sethi")


def test_an_ambiguous_longer_form_is_left_alone() -> None:
    """Two longer candidates in the show: "Tara Deshmukh" joins neither."""
    res = resolve_facts([cast(KESAR, "Tara Deshmukh", "Gauri"),
                         cast(KESAR, "Tara Kaur Deshmukh", "Gauri"),
                         cast(KESAR, "Tara Rani Deshmukh", "Naina")])
    ids = {res.person(n, res.show(KESAR))
           for n in ("Tara Deshmukh", "Tara Kaur Deshmukh", "Tara Rani Deshmukh")}
    assert len(ids) == 3


def test_acronym_with_a_season_number() -> None:
    """"KKK 2" abbreviates a three-word title plus its number, not the first season."""
    res = resolve_facts([cast("Kesar Ki Kahani", "Riya Malhotra", "Meera"),
                         cast("Kesar Ki Kahani 2", "Nisha Rao", "Meera"),
                         cast("KKK 2", "Nisha Rao", "Meera")])
    assert res.show("KKK 2") == res.show("Kesar Ki Kahani 2") != res.show(KESAR)


def test_the_word_season_before_a_number_is_left_out() -> None:
    """"Kesar Ki Kahani Season 2" = "Kesar Ki Kahani 2"."""
    res = resolve_facts([cast("Kesar Ki Kahani Season 2", "Nisha Rao", "Meera"),
                         cast("Kesar Ki Kahani 2", "Nisha Rao", "Meera")])
    assert res.show("Kesar Ki Kahani Season 2") == res.show("Kesar Ki Kahani 2")


def test_blocked_clustering_equals_all_pairs() -> None:
    """The speed path (blocking keys) gives the clusters the plain all-pairs path gives."""
    titles = Counter({"Kesar Ki Kahani": 5, "Kesar Ki Kahaani": 2, "केसर की कहानी": 3,
                      "Rang Hai Kisi Ke Pyar Ka": 2, "Rang Hain Kisikey Pyaar Kaa": 1,
                      "Yeh Rishte Hai Pyaar Ke": 2, "Ye Rishtey Hain Pyar Ke": 1,
                      "Pyaar Ki Dor": 4, "Pyaar Ki Dor 2": 1, "Naina": 1})
    people = Counter({"Riya Malhotra": 3, "रिया मल्होत्रा": 1, "Devika Rathore": 2,
                      "Devka Rathore": 1, "Riya Mehra": 1, "Kabir Sethi": 1, "Kabir Seth": 1})
    for counts, matcher in ((titles, TITLES), (people, NAMES)):
        blocked = sorted(sorted(c.spellings) for c in cluster_names(counts, matcher))
        plain = sorted(sorted(c.spellings) for c in cluster_names_plain(counts, matcher))
        assert blocked == plain
        assert len(blocked) < len(counts)


def test_order_never_matters_across_scripts_and_context() -> None:
    """Cross-script, in-show and acronym merges give the same entities in any order."""
    facts = [*FACTS, cast("केसर की कहानी", "रिया मल्होत्रा", "मीरा"),
             cast(KESAR, "Tara Kaur Deshmukh", "Gauri"), cast("KKK", "Tara Deshmukh", "Gauri"),
             cast(DOR, "Chandrika Rao", "Naina"), cast(DOR, "Chandhrika Rao", "Naina")]
    forward = resolve_facts(facts).entities
    assert resolve_facts(reversed(facts)).entities == forward
    assert resolve_facts(sorted(facts, key=repr)).entities == forward
    assert len({e.id for e in forward.values() if e.kind is EntityKind.SHOW}) == 2


def test_overrides_apply_after_the_rules_and_report_what_they_could_not_do() -> None:
    """A merge and a rename apply; a merge of names the rules already joined acts on
    nothing and is reported."""
    overrides = [Override("merge", "show", KESAR, DOR, id=1),
                 Override("rename", "show", DOR, "Kesar Aur Dor", id=2),
                 Override("merge", "show", KESAR, "Kesar Ki Kahaani", id=3),
                 Override("not-a-person", "person", "Kabir Sethi", id=4)]
    res = resolve_facts(FACTS, overrides)
    assert res.show(KESAR) == res.show(DOR) == "show:kesar-aur-dor"
    assert res.entities["person:kabir-sethi"].status == "rejected"
    assert [o.id for o in res.unapplied] == [3]


def test_a_one_word_name_may_stand_for_a_name_of_another_season() -> None:
    """"Riya" in season 2 is Riya Malhotra of season 1 when the franchise has one Riya;
    another show's Riya Malhotra is never guessed (test_partial_needs_the_same_show)."""
    res = resolve_facts([cast(KESAR, "Riya Malhotra", "Meera"),
                         cast("Kesar Ki Kahani 2", "Riya", "Meera")])
    assert res.person("Riya", res.show("Kesar Ki Kahani 2")) == "person:riya-malhotra"
    two = resolve_facts([cast(KESAR, "Riya Malhotra", "Meera"),
                         cast("Kesar Ki Kahani 3", "Riya Kapoor", "Naina"),
                         cast("Kesar Ki Kahani 2", "Riya", "Meera")])
    assert two.person("Riya", two.show("Kesar Ki Kahani 2")) == "person:riya"
