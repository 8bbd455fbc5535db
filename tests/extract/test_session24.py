"""English forms read in the twenty-fourth session (invented articles, each failing on
the code before it)."""

from __future__ import annotations

import pytest

from tellytrack.extract import extract_facts
from tellytrack.model import Article


@pytest.mark.parametrize(("sentence", "actor", "part"), [
    ("After the leap, Aman Gupta will enter as the grown-up Kabir.", "Aman Gupta", "Kabir"),
    ("Mohan Lal will join as Kabir's father Raghav.", "Mohan Lal", "Raghav"),
    ("Tara Sen enters as the older Meher after the leap.", "Tara Sen", "Meher"),
])
def test_an_entrant_as_a_part(sentence: str, actor: str, part: str) -> None:
    """"A will enter / join as (the grown-up) Y": A plays Y and comes in (only "entered X
    as" and "joined the show as" were read, and "the new Y" the only article before Y)."""
    facts = extract_facts(Article.create(
        "Neela Aasmaan to take a leap\nThe show Neela Aasmaan is set to take a 20-year "
        f"leap. {sentence}"))
    assert (actor, part) in {(f.actor, f.character) for f in facts if f.type == "cast"}
    assert (actor, part, "entry") in {(f.actor, f.character, f.change) for f in facts
                                      if f.type == "cast_change"}


@pytest.mark.parametrize(("sentence", "status"), [
    ("The makers are in talks with Mohan Lal for the role of Veer's father.", "reported"),
    ("The show will feature Mohan Lal in the role of Veer's father.", "confirmed"),
])
def test_a_launched_show_s_entrant_takes_its_sentence_s_status(sentence: str,
                                                               status: str) -> None:
    """A new show's entrant is told as its sentence tells it: "in talks with A for the
    role" is a report (it was confirmed whatever the sentence said)."""
    facts = extract_facts(Article.create(
        "Rang De Zindagi to premiere soon\nRang De Zindagi, a new TV show, is set to premiere "
        f"in April. {sentence}"))
    assert {(f.actor, f.status) for f in facts if f.type == "cast_change"} == {
        ("Mohan Lal", status)}


@pytest.mark.parametrize("launch", ["Rang De Zindagi will start airing from April 15.",
                                    "Rang De Zindagi begins airing on Monday.",
                                    "Rang De Zindagi will replace Sapno Ka Ghar in the 9 pm slot."])
def test_a_show_that_starts_airing_or_takes_a_slot_is_launched(launch: str) -> None:
    """"X will start airing from", "X will replace Y (in its slot)": X is a new show, and
    its cast joins it (no launch was read)."""
    facts = extract_facts(Article.create(
        f"Rang De Zindagi: cast revealed\n{launch} The show stars Tara Sen in the lead role. "
        "Tara Sen plays Ishita."))
    assert ("Tara Sen", "Rang De Zindagi", "entry") in {
        (f.actor, f.show, f.change) for f in facts if f.type == "cast_change"}
