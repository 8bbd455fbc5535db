"""Every question form answered from a real KB, with its sources and as-of date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tellytrack.pipeline import ingest_paths
from tellytrack.qa.answer import answer
from tellytrack.store.sqlite import SQLiteStore

LATER = date(2024, 3, 10)


@pytest.mark.parametrize(("question", "today", "says", "never"), [
    # who plays / played CHARACTER, now, on a date, before an event, in any spelling
    ("Who plays Raghav in Sapno Ka Safar now?", None, "Aman Joshi", "Varun Mehra"),
    ("who plays raghaav in sapno ka safaar", None, "Aman Joshi", "Varun Mehra"),
    ("Who played Raghav on 10 January 2024?", None, "Varun Mehra", "Aman Joshi"),
    ("Who played Raghav in Sapno Ka Safar before the leap?", None, "Varun Mehra", "Aman Joshi"),
    ("Who plays Raghav now?", date(2024, 1, 1), "Varun Mehra", "Aman Joshi"),
    ("Who played Raghav?", None, "Varun Mehra", None),
    # which character does ACTOR play (full and partial names)
    ("Which character does Nandini Kapoor play?", None, "Ishani", None),
    ("What role does Nandini play in Sapno Ka Safar?", None, "Ishani", None),
    # is / did ACTOR quit, with the rumour history
    ("Did Varun Mehra quit Sapno Ka Safar?", None, "Yes", None),
    ("Has Varun Mehra left the show?", None, "confirmed on 2024-02-05", None),
    ("When did Varun Mehra quit Sapno Ka Safar?", None, "Confirmed on 2024-02-05", "Yes"),
    # who left / joined a show: its changes of that kind, each with its state
    ("Who left Sapno Ka Safar?", None, "Varun Mehra (as Raghav) left", "Aman Joshi"),
    ("which actors have quit Rangon Ki Dhoop", LATER, "Rekha Sinha", None),
    ("who joined Sapno Ka Safar", None, "Aman Joshi (as Raghav) joined", "Varun Mehra"),
    # who replaced ACTOR
    ("Who replaced Varun Mehra?", None, "Aman Joshi replaced Varun Mehra", None),
    ("Who did Aman Joshi replace?", None, "Aman Joshi replaced Varun Mehra", None),
    # a show's cast now
    ("Who is in the cast of Sapno Ka Safar?", None, "Aman Joshi plays Raghav", "Varun Mehra"),
    ("Sapno Ka Safar cast", None, "Nandini Kapoor plays Ishani", "Varun Mehra"),
    # ranks and charts
    ("Where does Sapno Ka Safar rank this week?", LATER, "#3", "#1"),
    ("Where did Sapno Ka Safar rank in Dec 2023?", LATER, "#1", "#3"),
    ("Which shows were in the top 2 in week 52 of 2023?", LATER, "#2 Rangon Ki Dhoop", None),
    ("Which show topped the TRP chart in week 4 2024?", LATER, "#1 Rangon Ki Dhoop", "Sapno"),
    # storyline
    ("What happened in Sapno Ka Safar in December 2023?", LATER, "accident", "leap"),
    ("What happened in Sapno Ka Safar since January 2024?", LATER, "leap", "accident"),
    # one kind of event: "will there be a leap", "when is the leap", "did A meet with ..."
    ("Will there be a leap in Sapno Ka Safar?", LATER, "a leap", "accident"),
    ("When is the leap in Sapno Ka Safar?", LATER, "a leap", "accident"),
    ("Was Ishani in an accident in Sapno Ka Safar?", LATER, "an accident (Ishani)", "leap"),
    ("Did Ishani meet with an accident?", LATER, "an accident (Ishani)", "leap"),
    # channel, producer
    ("What channel is Sapno Ka Safar on?", None, "Sony TV", None),
    ("wat chanel is rangon ki dhoop on", None, "Colors TV", None),
    ("Who produces Sapno Ka Safar?", None, "Neel Kamal Films", None),
    # relations
    ("How is Ishani related to Raghav?", None, "married", None),
    ("Who is Tara's mother?", None, "Kamini is a parent of Tara", None),
    # sloppier phrasings of the same forms
    ("which role does Nandini Kapoor do in Sapno Ka Safar", None, "Ishani", None),
    ("Raghav role in Sapno Ka Safar", None, "Aman Joshi", None),
    ("TRP rank of Sapno Ka Safar last week", LATER, "#3", "#1"),
    ("who topped the TRP chart in week 52 of 2023", LATER, "#1 Sapno Ka Safar", "Rangon"),
    ("what's new in Sapno Ka Safar since January 2024", LATER, "leap", "accident"),
    ("Sapno Ka Safar channel", None, "Sony TV", None),
    ("Sapno Ka Safar producer", None, "Neel Kamal Films", None),
    ("relation between Ishani and Raghav", None, "married", None),
    ("Ishani's husband in Sapno Ka Safar", None, "Raghav", None),
    ("who is Ishani married to", None, "Raghav", None),
    # the actor before/after another; the first one; a title by its initials
    ("who played Raghav before Aman Joshi", None, "Varun Mehra", "Aman Joshi"),
    ("Who played Raghav in Sapno Ka Safar after Varun Mehra?", None, "Aman Joshi plays", None),
    ("who was the original Raghav", None, "Varun Mehra played Raghav", None),
    ("SKS channel", None, "Sapno Ka Safar airs on Sony TV", None),
    ("Has Varun Mehra quit SKS?", None, "Yes", None),
    ("which shows topped the BARC chart in week 52 of 2023", LATER, "#2 Rangon Ki Dhoop", None),
    ("is Raghav Ishani's husband?", None, "married", None),
    ("Who is Ishani to Raghav?", None, "married", None),
    ("Sapno Ka Safar airs on?", None, "Sony TV", None),
])
def test_question_forms(kb: SQLiteStore, question: str, today: date | None, says: str,
                        never: str | None) -> None:
    """Each issue question form finds the fact a reader of the articles would give."""
    a = answer(kb, question, today)
    assert a.known, a.text
    assert says in a.text
    assert never is None or never not in a.text
    assert a.findings and all(f.sources for f in a.findings)


def test_a_denied_rumour_is_answered_no_with_its_history(kb: SQLiteStore) -> None:
    """Before the actress quit, the exit rumour stood denied: say so, with both dates."""
    a = answer(kb, "Is Nandini Kapoor quitting Sapno Ka Safar?", date(2023, 12, 1))
    assert a.known and a.text.startswith("No")
    assert "reported on 2023-11-20" in a.text and "denied on 2023-11-28" in a.text
    outlets = {s.outlet for s in a.sources}
    assert outlets == {"desitvdaily.example", "soapwatch.example"}


def test_a_rumour_not_yet_denied_is_not_presented_as_fact(kb: SQLiteStore) -> None:
    """Between report and denial the answer says it is only reported."""
    a = answer(kb, "Is Nandini Kapoor quitting Sapno Ka Safar?", date(2023, 11, 21))
    assert a.text.startswith("Not confirmed") and "denied" not in a.text


def test_still_in_the_show_turns_the_exit_verdict_round(kb: SQLiteStore) -> None:
    """"Is A still in S": a denied exit is a yes, a confirmed one a no, none a hedged yes."""
    denied = answer(kb, "is Nandini Kapoor still in Sapno Ka Safar", date(2023, 12, 1))
    assert denied.known and denied.text.startswith("Yes") and "denied on 2023-11-28" in denied.text
    gone = answer(kb, "Is Varun Mehra still in Sapno Ka Safar?")
    assert gone.known and gone.text.startswith("No, the exit was confirmed")
    staying = answer(kb, "is Aman Joshi still part of Sapno Ka Safar")
    assert staying.known and staying.text.startswith("As far as the KB knows, yes")
    assert "Aman Joshi plays Raghav" in staying.text


def test_who_left_a_show_in_a_span_with_no_exit_says_so_and_lists_the_others(
        kb: SQLiteStore) -> None:
    """"Who left S in December 2023" when none did: I don't know, with the show's other
    changes as the closest the KB knows."""
    a = answer(kb, "Who left Sapno Ka Safar in December 2023?", LATER)
    assert not a.known and a.intent == "show_changes"
    assert any("Varun Mehra" in f.statement for f in a.closest)


def test_a_role_whose_actor_left_names_who_played_it(kb: SQLiteStore) -> None:
    """Nobody plays Kamini since Rekha Sinha quit: say so and name her, not a bare I don't know."""
    a = answer(kb, "Who plays Kamini in Rangon Ki Dhoop?")
    assert a.known and a.text.startswith("No one is known to play Kamini")
    assert "Rekha Sinha played Kamini" in a.text and a.findings[0].sources


def test_news_after_the_reference_date_is_not_used(kb: SQLiteStore) -> None:
    """As of 2024-01-01 nobody had replaced Varun Mehra yet."""
    a = answer(kb, "Who replaced Varun Mehra?", date(2024, 1, 1))
    assert not a.known and "Aman Joshi" not in a.text


def test_unanswerable_question_says_i_dont_know_with_the_closest_facts(kb: SQLiteStore) -> None:
    """An unknown role gets "I don't know" and the show's cast, never a guess."""
    a = answer(kb, "Who plays Zoya in Sapno Ka Safar?")
    assert not a.known and a.text.startswith("I don't know")
    assert not a.findings
    assert any("Ishani" in f.statement for f in a.closest)


def test_a_question_outside_the_grammar_lists_what_can_be_asked(kb: SQLiteStore) -> None:
    """Questions it cannot parse get "I don't know" and example questions."""
    a = answer(kb, "What is the weather in Delhi?")
    assert not a.known and "I don't know how to answer" in a.text


def test_answer_speaks_for_an_as_of_date(kb: SQLiteStore) -> None:
    """The as-of date is the asked day, else the reference date, else the latest news."""
    assert answer(kb, "Who played Raghav on 10 January 2024?").as_of == "2024-01-10"
    assert answer(kb, "Who plays Raghav?", LATER).as_of == "2024-03-10"
    assert answer(kb, "Who plays Raghav?").as_of == "2024-03-01"


def test_to_dict_is_json_ready_with_sources(kb: SQLiteStore) -> None:
    """The web API serves to_dict(): plain values, each finding with outlet/date/sentence."""
    d = answer(kb, "Who plays Ishani?").to_dict()
    source = d["findings"][0]["sources"][0]
    assert d["known"] is True and d["intent"] == "who_plays"
    assert {"outlet", "published", "sentence", "url"} <= source.keys()


@pytest.mark.parametrize(("question", "starts"), [
    ("Was Nandini Kapoor's exit confirmed by 2023-11-21?", "Not confirmed"),
    ("Was Nandini Kapoor's exit from Sapno Ka Safar confirmed on 2023-12-01?", "No"),
    ("Was Varun Mehra's exit from the show confirmed by 2024-02-10?", "Yes"),
])
def test_was_it_confirmed_by_a_date(kb: SQLiteStore, question: str, starts: str) -> None:
    """A journalist's question answers with the claim as it stood on that date."""
    a = answer(kb, question)
    assert a.known and a.text.startswith(starts), a.text


def test_a_title_role_is_the_titled_show_s(tmp_path: Path) -> None:
    """"Who plays Kesar?" with a show called Kesar and a Kesar in another show's cast: the
    title role, not every character of that name."""
    articles = tmp_path / "a.jsonl"
    rows = [
        {"id": "t1", "date": "2024-01-05", "url": "https://tv.example/kesar-1",
         "text": "Colors TV show Kesar is a hit.\n\nRiya Malhotra plays Kesar in the show Kesar."},
        {"id": "t2", "date": "2024-01-06", "url": "https://tv.example/dil-2",
         "text": "Star Plus show Dil Ki Baat is a hit.\n\nTanya Sharma plays Kesar in the show "
                 "Dil Ki Baat."},
    ]
    articles.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    store = SQLiteStore(tmp_path / "kb.db")
    try:
        ingest_paths(store, [articles])
        both = answer(store, "Who plays Kesar in Dil Ki Baat?")
        title = answer(store, "Who plays Kesar?")
    finally:
        store.close()
    assert "Tanya Sharma" in both.text
    assert "Riya Malhotra" in title.text and "Tanya Sharma" not in title.text
