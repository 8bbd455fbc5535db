"""Storyline events read out of news text that is not a story (twenty-fourth session)."""

from __future__ import annotations

from tellytrack.extract import parse
from tellytrack.extract.events import extract
from tellytrack.model import Article, Fact, PubDate


def _all_events(text: str) -> list[Fact]:
    article = Article.create(text, published=PubDate.parse("2024-03-05"))
    return extract(parse(article))


def _events(text: str) -> dict[str, Fact]:
    return {f.kind or "": f for f in _all_events(text)}


def test_a_keyword_list_is_no_event() -> None:
    """A page's tags ("x y wedding, x weds y, ...") repeat trigger words but tell no story."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. Tags: tv news, "
                    "meera arjun wedding, Meera Weds Arjun, meera arjun marriage, serial "
                    "spoiler, hindi serials, arjun meera")
    assert "wedding" not in found


def test_a_list_of_names_after_a_leap_keeps_the_leap() -> None:
    """A long sentence listing names is no keyword list when the trigger's part is long."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. After the 10-year "
                    "leap in Pyaar Ki Dor, "
                    "many actors quit, including Riya Malhotra, Kavya Rao, Dev Sharma, "
                    "Karan Mehta, Tara Singh, and others.")
    assert "leap" in found


def test_a_trigger_word_written_as_a_name_is_no_event() -> None:
    """ "Shaadi" capitalised inside a sentence is part of a title, not a wedding."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. Fans love Meera "
                    "in the show, and Shaadi Ka Mausam has new episodes on the channel.")
    assert "wedding" not in found


def test_a_capitalised_acronym_trigger_still_counts() -> None:
    """An acronym ("IVF") is written in capitals and is no title."""
    found = _events("In Pyaar Ki Dor, the makers want to show Meera's baby, born through IVF.")
    assert "pregnancy" in found


def test_an_actress_own_wedding_is_no_storyline_wedding() -> None:
    """A clause that calls its subject an actor or actress, with no word of the story, tells
    of real life."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. The actress, Riya, "
                    "married Rohan in Goa.")
    assert "wedding" not in found


def test_an_actress_speaking_of_the_show_keeps_its_wedding() -> None:
    """A word of the story ("in the show") keeps the event though an actress is named."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. In the show, Meera "
                    "will marry Arjun, the actress said.")
    assert found["wedding"].status == "upcoming"


def test_a_pregnancy_that_ends_a_run_in_the_show_is_the_actress_own() -> None:
    """ "quit the show owing to her pregnancy" tells of the actress, not of her character."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. However, Meera "
                    "quit the show a few months ago owing to her pregnancy.")
    assert "pregnancy" not in found


def test_a_comeback_after_a_pregnancy_is_the_actress_own() -> None:
    """An acting comeback, or quitting a named show, for a pregnancy is real life."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. Riya said, "
                    "“After I quit Ghar Ki Rani due to my pregnancy, I stayed home with Meera.”")
    assert "pregnancy" not in found


def test_leaving_a_character_after_a_wedding_stays_the_story() -> None:
    """ "left" before a character's name is the story's: the wedding stands."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. Arjun left Meera "
                    "right after their wedding.")
    assert "wedding" in found


def test_a_role_taken_for_a_show_gives_its_events_to_the_topic() -> None:
    """ "A as Meera Rathore, the romantic show ..." made the role a show; an event filed
    under a name the article gives a character belongs to the article's topic."""
    found = _all_events("'Pyaar Ki Dor' shows the wedding of Meera. The love story unfolding in "
                    "'Pyaar Ki Dor' has won hearts. Led by Dev Sharma as Arjun and Riya "
                    "Malhotra as Meera Rathore, the romantic show continues to lead. In the "
                    "current track, the wedding of Arjun and Meera Rathore brings joy.")
    assert [f.show for f in found if f.kind == "wedding"] == ["Pyaar Ki Dor"]


def test_a_pronoun_subject_is_the_character_named_last() -> None:
    """ "when she learns the truth" with no name in the clause: she is the last character."""
    found = _events("In the show Pyaar Ki Dor, Meera married Arjun for his money. Meera is "
                    "happy at first. Later, when she learns the truth, she feels betrayed.")
    assert found["exposure"].characters == ("Meera",)


def test_a_pronoun_after_an_actor_name_is_the_actor() -> None:
    """After an actor's name, "she was hospitalised" is the actor's own news."""
    found = _events("In the show Pyaar Ki Dor, Riya Malhotra plays Meera. Riya Malhotra is "
                    "loved by fans. Last week, she was hospitalised after a fall.")
    assert "illness" not in found


def test_a_wedding_of_actors_by_their_first_names_is_real_life() -> None:
    """Every name of the clause written as an actor's ("Kavya and Rohit"), none as a
    character's, and no word of the story: the actors' own wedding."""
    text = ("In the show Pyaar Ki Dor, actress Kavya Rao plays Meera and actor Rohit Verma "
            "plays Arjun. {} tied the knot last month.")
    assert "wedding" not in _events(text.format("Kavya and Rohit"))
    assert _events(text.format("Meera and Arjun"))["wedding"].characters == ("Meera", "Arjun")


def test_a_scheme_against_a_couple_is_no_separation() -> None:
    """ "bent on getting them separated" is an aim, not a separation."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. But Kiran hates "
                    "Meera, and is hell bent on getting them separated.")
    assert "separation" not in found


def test_a_story_or_a_slot_shifting_is_no_move() -> None:
    """ "shifting to" moves a character, not the story's focus or the show's slot."""
    assert "relocation" not in _events(
        "In the show Pyaar Ki Dor, Meera and Arjun are in love. After the leap, the story "
        "is shifting to Meera's daughter Tara and her friends.")
    assert "relocation" not in _events(
        "In the show Pyaar Ki Dor, Meera and Arjun are in love. The show of Meera has now "
        "shifted to a 10 pm slot.")
    assert _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. Meera is now "
                   "shifting to Delhi with Arjun.")["relocation"].characters == ("Meera", "Arjun")


def test_what_happens_each_time_is_no_event() -> None:
    """ "each time Meera and Arjun part or reunite" tells of a habit of the show."""
    found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. Fans cheer each "
                    "time Meera and Arjun reunite after a fight.")
    assert "reunion" not in found


def test_a_dark_past_or_a_truth_come_to_be_known_is_an_exposure() -> None:
    """Exposure in other words: "dark past", "comes to know about", "true face"."""
    for told in ("Arjun is shattered on learning of Kiran's dark past.",
                 "Arjun comes to know about Kiran's lies.",
                 "Meera shows Arjun the true face of Kiran."):
        found = _events("In the show Pyaar Ki Dor, Meera and Arjun are in love. " + told)
        assert "exposure" in found, told


def test_a_pair_reuniting_on_screen_is_cast_news() -> None:
    """ "A and B reunite on-screen" tells of a pair of actors back together in a show."""
    text = "In the show Pyaar Ki Dor, Meera and Arjun are in love. Fans are thrilled to see " \
        "Meera and Arjun reunite {}."
    assert "reunion" not in _events(text.format("on-screen"))
    assert "reunion" in _events(text.format("after the fight"))
