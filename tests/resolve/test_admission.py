"""Admission: which shows and people are listed, on invented articles."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from query.build import KB

from tellytrack.model import Article, Entity, EntityKind, Evidence, Fact
from tellytrack.query.cast import cast as cast_table
from tellytrack.query.search import search
from tellytrack.query.shows import list_shows
from tellytrack.resolve import resolve_facts
from tellytrack.resolve.lookup import find_show
from tellytrack.resolve.mentions import StoreMentions
from tellytrack.store.base import Incoming
from tellytrack.store.sqlite import SQLiteStore

KESAR = "Kesar Ki Kahani"


def cast(show: str, actor: str, character: str) -> Fact:
    return Fact("cast", show, actor=actor, character=character, confidence=0.9)


def event(show: str, *characters: str) -> Fact:
    return Fact("event", show, kind="wedding", characters=characters, status="upcoming")


@pytest.fixture
def kb(tmp_path: Path) -> KB:
    return KB(tmp_path / "kb.db")


def status(kb: KB, entity_id: str) -> Entity:
    return next(e for e in kb.store.entities() if e.id == entity_id)


def test_a_show_named_in_a_cast_sentence_is_confirmed(kb: KB) -> None:
    """The cast sentence names the show: a strong cue, one story is enough."""
    kb.add("2024-01-05", "a.example", cast(KESAR, "Riya Malhotra", "Meera"),
           text="Riya Malhotra plays Meera in Kesar Ki Kahani.")
    show, person = status(kb, "show:kesar-ki-kahani"), status(kb, "person:riya-malhotra")
    assert show.listed and "cast fact" in show.evidence
    assert person.listed


def test_a_show_the_sentence_never_names_waits_for_a_second_story(kb: KB) -> None:
    """An event whose sentence does not name the show types nothing; a second,
    independent story confirms it, a syndicated copy of the first does not."""
    text = "The wedding of Meera and Arjun is coming up soon."
    first = kb.add("2024-01-05", "a.example", event("Gulmohar", "Meera", "Arjun"), text=text)
    assert status(kb, "show:gulmohar").status == "unconfirmed"
    kb.add("2024-01-06", "b.example", event("Gulmohar", "Meera", "Arjun"),
           text=text + " Fans are waiting.", copy_of=first)
    assert status(kb, "show:gulmohar").status == "unconfirmed"
    kb.add("2024-02-01", "c.example", event("Gulmohar", "Meera"),
           text="After the wedding, Meera moves to Delhi.")
    assert status(kb, "show:gulmohar").status == "confirmed"


@pytest.mark.parametrize(("title", "sentence"), [
    ("Read", "Also Read - Read tops the chart this week."),          # page furniture
    ("Lotus Entertainment", "Lotus Entertainment tops the chart."),  # a company
    ("MeeRa", "MeeRa tops the chart this week."),                    # a couple's nickname
])
def test_noise_titles_are_not_listed(kb: KB, title: str, sentence: str) -> None:
    """Furniture, company words and nicknames stay unconfirmed despite a rating cue."""
    kb.add("2024-01-05", "a.example", Fact("rating", title, rank=1, confidence=0.9),
           text=sentence)
    shows = [e for e in kb.store.entities(EntityKind.SHOW)]
    assert [e.status for e in shows] == ["unconfirmed"]


def test_a_common_word_is_not_a_title(kb: KB) -> None:
    """A one-word "title" the KB's own sentences write in lower case is a common word."""
    kb.add("2024-01-05", "a.example", Fact("rating", "Brave", rank=2, confidence=0.9),
           text="Brave actress Riya is back, and brave she is.")
    assert status(kb, "show:brave").status == "unconfirmed"


def test_a_name_goes_to_the_kind_that_holds_it_most(kb: KB) -> None:
    """A person also written as a show (and a show written as a person) is unlisted
    as the kind with fewer stories."""
    for day in ("2024-01-05", "2024-01-12"):
        kb.add(day, f"{day}.example", cast(KESAR, "Riya Malhotra", "Meera"),
               text=f"On {day} Riya Malhotra plays Meera in Kesar Ki Kahani.")
    kb.add("2024-01-20", "z.example", Fact("rating", "Riya Malhotra", rank=3, confidence=0.9),
           cast("Kesar Ki Kahani", "Kesar Ki Kahani", "Meera"),
           text="The Riya Malhotra show is third; Kesar Ki Kahani as Meera.")
    assert status(kb, "show:riya-malhotra").status == "unconfirmed"
    assert status(kb, "person:kesar-ki-kahani").status == "unconfirmed"
    assert status(kb, "show:kesar-ki-kahani").listed


def test_two_peoples_names_run_together_are_not_a_person(kb: KB) -> None:
    """"Riya Malhotra-Kabir Sethi" is a couple, not a third person."""
    kb.add("2024-01-05", "a.example", cast(KESAR, "Riya Malhotra", "Meera"),
           cast(KESAR, "Kabir Sethi", "Arjun"),
           Fact("cast_change", KESAR, actor="Riya Malhotra-Kabir Sethi", change="exit",
                status="confirmed", confidence=0.9),
           text="Riya Malhotra plays Meera and Kabir Sethi plays Arjun in Kesar Ki Kahani; "
                "after Riya Malhotra-Kabir Sethi quit, the show goes on.")
    assert status(kb, "person:riya-malhotra-kabir-sethi").status == "unconfirmed"


def test_function_words_are_no_ones_name(kb: KB) -> None:
    """A Hindi word for "channel" as an actor is not a person."""
    kb.add("2024-01-05", "a.example", cast(KESAR, "चैनल", "Meera"),
           text="Kesar Ki Kahani: चैनल as Meera.")
    assert status(kb, "person:चैनल").status == "unconfirmed"


def test_listings_hide_unconfirmed_entities_but_lookups_find_them(kb: KB) -> None:
    """The home page list and cast tables leave mentions out; an exact name finds one."""
    kb.add("2024-01-05", "a.example", cast(KESAR, "Riya Malhotra", "Meera"),
           text="Riya Malhotra plays Meera in Kesar Ki Kahani.")
    kb.add("2024-01-06", "b.example", event("Gulmohar", "Meera"), cast(KESAR, "Nisha", "Gauri"),
           text="The wedding is coming up soon, says the producer.")
    assert [s.name for s in list_shows(kb.store)] == [KESAR]
    assert {s.name for s in list_shows(kb.store, unconfirmed=True)} == {KESAR, "Gulmohar"}
    assert find_show(kb.store, "Gulmohar") == "show:gulmohar"
    report = cast_table(kb.store, KESAR)
    assert report is not None
    assert [t.actor for t in report.current] == ["Riya Malhotra"]


def test_search_finds_listed_entities_unless_asked_for_all(kb: KB) -> None:
    """An unconfirmed show and its characters are found only on request."""
    kb.add("2024-01-06", "b.example", event("Gulmohar", "Meera"),
           text="The wedding is coming up soon, says the producer.")
    assert search(kb.store, "Gulmohar") == []
    assert [h.id for h in search(kb.store, "Gulmohar", unconfirmed=True)] == ["show:gulmohar"]


@pytest.mark.parametrize("name", ["बार्क", "स्टार प्लस"])
def test_an_institution_in_either_script_is_no_one(kb: KB, name: str) -> None:
    """The measurement body or a channel written in Devanagari is not an actor."""
    kb.add("2024-01-05", "a.example", cast(KESAR, name, "Meera"),
           text=f"Kesar Ki Kahani: {name} as Meera.")
    (person,) = kb.store.entities(EntityKind.PERSON)
    assert person.status == "unconfirmed" and "outlet, channel" in person.evidence


def test_a_latin_institution_is_told_without_the_transliterator() -> None:
    """A Latin name is an institution by its key alone: the Hindi names' shapes (and the
    transliterator, 0.5-1.5 s of a one-article ingest) are read only for a Devanagari
    name, which still meets its Latin twin ("बार्क" = "BARC")."""
    probe = ("import sys; from tellytrack.resolve.signals import is_institution; "
             "print(is_institution('Star Plus'), is_institution('Kesar Ki Kahani'), "
             "'indic_transliteration' in sys.modules, is_institution('बार्क'))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["True", "False", "False", "True"]


def test_admission_does_not_depend_on_the_order_of_facts() -> None:
    """The same facts in any order give the same statuses and the same evidence words."""
    text = "Riya Malhotra plays Meera in Kesar Ki Kahani, third in the chart."
    ev = Evidence("a1", 0, len(text), text)
    facts = [cast(KESAR, "Riya Malhotra", "Meera").with_(evidence=ev),
             Fact("rating", KESAR, rank=3, confidence=0.9, evidence=ev),
             event("Gulmohar", "Meera").with_(evidence=ev)]
    forward = resolve_facts(facts).entities
    assert resolve_facts(reversed(facts)).entities == forward
    assert forward["show:kesar-ki-kahani"].evidence.startswith(
        "named in the sentence of a cast fact")


class CountingStore(SQLiteStore):
    """A real SQLite store that counts the sentence reads admission asks for."""

    reads = 0

    def sentences(self, fact_type: str, show: str, actor: str | None,
                  min_confidence: float) -> Iterator[str]:
        self.reads += 1
        return super().sentences(fact_type, show, actor, min_confidence)


def test_a_typing_cue_found_is_not_read_again(tmp_path: Path) -> None:
    """A sentence that writes a name always will (facts are only added): a later
    resolution's admission reads no sentence for it; a "no" is asked again each time."""
    store = CountingStore(tmp_path / "kb.db")
    text = "Riya Malhotra plays Meera in Kesar Ki Kahani."
    art = Article.create(text)
    fact = cast(KESAR, "Riya Malhotra", "Meera").with_(
        evidence=Evidence(art.id, 0, len(text), text))
    store.add_batch([Incoming(art, [fact])])

    def asks(raw: str) -> bool:
        mentions = StoreMentions(store, store.name_counts())  # a new resolution's
        return mentions.writes("cast", KESAR, None, raw, lambda s: raw in s)

    assert (asks(KESAR), store.reads) == (True, 1)
    assert (asks(KESAR), store.reads) == (True, 1)
    assert (asks("Gulmohar"), asks("Gulmohar"), store.reads) == (False, False, 3)
    store.close()
