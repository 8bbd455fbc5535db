"""The question grammar maps each question form to its intent and slots."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tellytrack.qa.parse import parse

TODAY = date(2024, 3, 10)


def slots(question: str) -> dict[str, Any]:
    out = parse(question, TODAY).to_dict()
    out.pop("text")
    out.pop("when", None)
    return out


@pytest.mark.parametrize(("question", "expected"), [
    ("Who plays Meera in Saath Chalenge now?",
     {"intent": "who_plays", "character": "Meera", "show": "Saath Chalenge"}),
    ("who's playing meera", {"intent": "who_plays", "character": "meera"}),
    ("Who is the actress playing Meera on Saath Chalenge?",
     {"intent": "who_plays", "character": "Meera", "show": "Saath Chalenge"}),
    ("In Pyaar Ki Dor, who plays Arjun?",
     {"intent": "who_plays", "character": "Arjun", "show": "Pyaar Ki Dor"}),
    ("Meera in Saath Chalenge is played by whom?",
     {"intent": "who_plays", "character": "Meera", "show": "Saath Chalenge"}),
    ("Who is the new Meera in Saath Chalenge?",
     {"intent": "who_plays", "character": "Meera", "show": "Saath Chalenge"}),
    ("Which character does Riya Malhotra play?",
     {"intent": "plays_which", "actor": "Riya Malhotra"}),
    ("Who does Kabir Sethi play in Pyaar Ki Dor?",
     {"intent": "plays_which", "actor": "Kabir Sethi", "show": "Pyaar Ki Dor"}),
    ("What is Riya Malhotra's role?", {"intent": "plays_which", "actor": "Riya Malhotra"}),
    ("Which shows is Riya Malhotra in?", {"intent": "plays_which", "actor": "Riya Malhotra"}),
    ("Who did Kabir Sethi replace as Arjun?",
     {"intent": "predecessor", "actor": "Kabir Sethi", "character": "Arjun", "past": True}),
    ("Who are the leads of Pyaar Ki Dor?", {"intent": "show_cast", "show": "Pyaar Ki Dor"}),
    ("Who stars in the show Pyaar Ki Dor?", {"intent": "show_cast", "show": "Pyaar Ki Dor"}),
    ("Pyaar Ki Dor star cast", {"intent": "show_cast", "show": "Pyaar Ki Dor"}),
    ("Will there be a leap in Pyaar Ki Dor?",
     {"intent": "event", "show": "Pyaar Ki Dor", "event": "leap"}),
    ("When is the leap in Pyaar Ki Dor?",
     {"intent": "event", "show": "Pyaar Ki Dor", "event": "leap", "asks_when": True}),
    ("Is Meera dead in Pyaar Ki Dor?",
     {"intent": "event", "character": "Meera", "show": "Pyaar Ki Dor", "event": "death"}),
    ("Is Arjun getting married in Pyaar Ki Dor?",
     {"intent": "event", "character": "Arjun", "show": "Pyaar Ki Dor", "event": "wedding"}),
    ("Is Arjun married to Meera?",
     {"intent": "relation", "character": "Arjun", "other": "Meera", "kin": "spouse"}),
    ("What serials has Kabir Sethi acted in?", {"intent": "plays_which", "actor": "Kabir Sethi"}),
    ("Kabir Sethi's shows", {"intent": "plays_which", "actor": "Kabir Sethi"}),
    ("Is Riya Malhotra quitting Saath Chalenge?",
     {"intent": "cast_change", "actor": "Riya Malhotra", "show": "Saath Chalenge",
      "change": "exit"}),
    ("Has Riya really left the show Saath Chalenge?",
     {"intent": "cast_change", "actor": "Riya", "show": "Saath Chalenge", "change": "exit"}),
    ("Is Kabir Sethi going to join Kesar Ki Kahani?",
     {"intent": "cast_change", "actor": "Kabir Sethi", "show": "Kesar Ki Kahani",
      "change": "entry"}),
    ("Did Kabir come back to Pyaar Ki Dor?",
     {"intent": "cast_change", "actor": "Kabir", "show": "Pyaar Ki Dor", "change": "return",
      "past": True}),
    ("When did Riya Malhotra leave Saath Chalenge?",
     {"intent": "cast_change", "actor": "Riya Malhotra", "show": "Saath Chalenge",
      "change": "exit", "past": True, "asks_when": True}),
    ("Who replaced Riya Malhotra as Meera in Saath Chalenge?",
     {"intent": "replacement", "actor": "Riya Malhotra", "character": "Meera",
      "show": "Saath Chalenge"}),
    ("who replacd Riya", {"intent": "replacement", "actor": "Riya"}),
    ("Where does Saath Chalenge rank this week?", {"intent": "rank", "show": "Saath Chalenge"}),
    ("What is the TRP of Saath Chalenge?", {"intent": "rank", "show": "Saath Chalenge"}),
    ("Saath Chalenge TRP", {"intent": "rank", "show": "Saath Chalenge"}),
    ("Which shows were in the top 5 in week 12 2024?", {"intent": "top", "top_n": 5, "past": True}),
    ("What were the top ten shows last week?", {"intent": "top", "top_n": 10, "past": True}),
    ("Which show topped the TRP chart?", {"intent": "top", "top_n": 1}),
    ("What happened in Saath Chalenge in December 2023?",
     {"intent": "happened", "show": "Saath Chalenge"}),
    ("wat chanel is Saath Chalenge on",
     {"intent": "show_info", "show": "Saath Chalenge", "field": "channel"}),
    ("Who produces the show Saath Chalenge?",
     {"intent": "show_info", "show": "Saath Chalenge", "field": "producer"}),
    ("How is Meera related to Arjun?",
     {"intent": "relation", "character": "Meera", "other": "Arjun"}),
    ("How are Meera and Arjun related in Saath Chalenge?",
     {"intent": "relation", "character": "Meera", "other": "Arjun", "show": "Saath Chalenge"}),
    ("Who is Meera's husband?", {"intent": "relation", "character": "Meera", "kin": "husband"}),
    ("Who is Riya Malhotra?", {"intent": "who_is", "name": "Riya Malhotra"}),
    ("What is the weather like?", {"intent": "unknown"}),
    # phrasings fans type beyond the textbook forms
    ("who acts as Meera in Saath Chalenge",
     {"intent": "who_plays", "character": "Meera", "show": "Saath Chalenge"}),
    ("the actress who plays Meera", {"intent": "who_plays", "character": "Meera"}),
    ("Meera actress in Saath Chalenge",
     {"intent": "who_plays", "character": "Meera", "show": "Saath Chalenge"}),
    ("which role does Riya Malhotra do in Saath Chalenge",
     {"intent": "plays_which", "actor": "Riya Malhotra", "show": "Saath Chalenge"}),
    ("kabir sethi plays who in pyaar ki dor",
     {"intent": "plays_which", "actor": "kabir sethi", "show": "pyaar ki dor"}),
    ("Riya Malhotra role in Saath Chalenge",
     {"intent": "plays_which", "actor": "Riya Malhotra", "show": "Saath Chalenge"}),
    ("is Riya Malhotra still in Saath Chalenge",
     {"intent": "cast_change", "actor": "Riya Malhotra", "show": "Saath Chalenge",
      "change": "exit", "stay": True}),
    ("Is Riya still a part of the show Saath Chalenge?",
     {"intent": "cast_change", "actor": "Riya", "show": "Saath Chalenge", "change": "exit",
      "stay": True}),
    ("Riya Malhotra quit Saath Chalenge?",
     {"intent": "cast_change", "actor": "Riya Malhotra", "show": "Saath Chalenge",
      "change": "exit"}),
    ("who stepped into Riya Malhotra's shoes",
     {"intent": "replacement", "actor": "Riya Malhotra"}),
    ("replacement for Riya Malhotra in Saath Chalenge",
     {"intent": "replacement", "actor": "Riya Malhotra", "show": "Saath Chalenge"}),
    ("TRP rank of Saath Chalenge last week", {"intent": "rank", "show": "Saath Chalenge"}),
    ("saath chalenge trp ranking", {"intent": "rank", "show": "saath chalenge"}),
    ("who topped the TRP chart in week 12 2024", {"intent": "top", "top_n": 1}),
    ("most watched show in week 12 2024", {"intent": "top", "top_n": 1}),
    ("Saath Chalenge channel", {"intent": "show_info", "show": "Saath Chalenge",
                                "field": "channel"}),
    ("channel of Saath Chalenge", {"intent": "show_info", "show": "Saath Chalenge",
                                   "field": "channel"}),
    ("Saath Chalenge is on which channel?", {"intent": "show_info", "show": "Saath Chalenge",
                                            "field": "channel"}),
    ("Saath Chalenge producer", {"intent": "show_info", "show": "Saath Chalenge",
                                 "field": "producer"}),
    ("Saath Chalenge is produced by whom?", {"intent": "show_info", "show": "Saath Chalenge",
                                            "field": "producer"}),
    ("relation between Meera and Arjun",
     {"intent": "relation", "character": "Meera", "other": "Arjun"}),
    ("Meera and Arjun relationship",
     {"intent": "relation", "character": "Meera", "other": "Arjun"}),
    ("what is Meera's relation to Arjun",
     {"intent": "relation", "character": "Meera", "other": "Arjun"}),
    ("who is Meera married to", {"intent": "relation", "character": "Meera", "kin": "spouse"}),
    ("Meera's husband in Saath Chalenge",
     {"intent": "relation", "character": "Meera", "kin": "husband", "show": "Saath Chalenge"}),
    ("what's new in Saath Chalenge", {"intent": "happened", "show": "Saath Chalenge"}),
    ("latest news on Saath Chalenge", {"intent": "happened", "show": "Saath Chalenge"}),
    ("Saath Chalenge spoilers", {"intent": "happened", "show": "Saath Chalenge"}),
    ("Who played Meera in Saath Chalenge before Riya Malhotra?",
     {"intent": "who_plays", "character": "Meera", "show": "Saath Chalenge",
      "other": "Riya Malhotra", "order": "before", "past": True}),
    ("who was the first Meera", {"intent": "who_plays", "character": "Meera", "past": True}),
    ("what is the name of the actor who plays Arjun",
     {"intent": "who_plays", "character": "Arjun"}),
    ("is it true that Riya Malhotra quit Saath Chalenge",
     {"intent": "cast_change", "actor": "Riya Malhotra", "show": "Saath Chalenge",
      "change": "exit"}),
    ("which serials topped the TRP charts in week 9 of 2024", {"intent": "top"}),
    ("best shows this week", {"intent": "top"}),
    ("Saath Chalenge story since January 2024", {"intent": "happened", "show": "Saath Chalenge"}),
    ("whats happening in saath chalenge", {"intent": "happened", "show": "saath chalenge"}),
    ("Saath Chalenge airs on?", {"intent": "show_info", "show": "Saath Chalenge",
                                 "field": "channel"}),
    ("Which network is Saath Chalenge on?", {"intent": "show_info", "show": "Saath Chalenge",
                                            "field": "channel"}),
    ("Name the producer of Saath Chalenge", {"intent": "show_info", "show": "Saath Chalenge",
                                            "field": "producer"}),
    ("is Arjun Meera's husband?",
     {"intent": "relation", "character": "Meera", "other": "Arjun", "kin": "husband"}),
    ("how is Meera connected to Arjun",
     {"intent": "relation", "character": "Meera", "other": "Arjun"}),
    ("Who is Meera to Arjun?", {"intent": "relation", "character": "Meera", "other": "Arjun"}),
])
def test_question_forms(question: str, expected: dict[str, Any]) -> None:
    """Every issue question form, in several phrasings and spellings, finds its slots."""
    assert slots(question) == expected


def test_past_tense_asks_for_the_whole_history() -> None:
    """"who played" wants every actor of the role; "who plays" only the current one."""
    assert parse("Who played Meera in Saath Chalenge?", TODAY).past
    assert not parse("Who plays Meera in Saath Chalenge?", TODAY).past
    assert not parse("Meera is played by whom?", TODAY).past


def test_time_words_become_the_when_slot() -> None:
    """The time is read off before the grammar runs and kept with the question."""
    q = parse("who played Meera in Saath Chalenge in Nov 2023", TODAY)
    assert q.show == "Saath Chalenge"
    assert q.when is not None and q.when.start == date(2023, 11, 1)


def test_a_lower_case_name_near_a_keyword_is_kept_as_typed() -> None:
    """"rankad" is one letter from "ranked": the literal reading wins when it parses."""
    q = parse("who does dev rankad play", TODAY)
    assert (q.intent, q.actor) == ("plays_which", "dev rankad")


def test_a_keyword_typo_is_still_corrected_when_only_that_reading_parses() -> None:
    """"replacng" must become "replacing" rather than fall into "who is NAME"."""
    q = parse("who is replacng Riya", TODAY)
    assert (q.intent, q.actor) == ("replacement", "Riya")
