"""Storyline events: kinds, characters and aired/upcoming/speculated status."""

from __future__ import annotations

import pytest

from tellytrack.extract import parse
from tellytrack.extract.events import extract
from tellytrack.model import Article, Fact, PubDate


def _events(text: str) -> dict[str, Fact]:
    article = Article.create(text, published=PubDate.parse("2024-03-05"))
    return {f.kind or "": f for f in extract(parse(article))}


def test_promo_leap_is_upcoming_and_has_no_characters() -> None:
    """A leap happens to the whole show; "will be taking" is a promise, not a recap."""
    found = _events("Kavya Rao starrer Saath Chalenge is getting love. "
                    "The show Saath Chalenge will be taking a leap of ten years.")
    assert found["leap"].status == "upcoming"
    assert found["leap"].characters == ()
    assert found["leap"].modality == "planned"


def test_death_track_shown_is_aired_with_the_character() -> None:
    """A possessive before the trigger names who the event happens to."""
    found = _events("The show Pyaar Ki Dor lost viewers ever since Kunal's death track was shown.")
    assert found["death"].status == "aired"
    assert found["death"].characters == ("Kunal",)


def test_question_makes_an_event_speculated() -> None:
    """A headline question is a guess, not news; the pronoun stands for the last character."""
    found = _events("The show Pyaar Ki Dor now follows Meera working in a cafe. "
                    "The big question is has she parted ways from Arjun?")
    assert found["separation"].status == "speculated"
    assert set(found["separation"].characters) == {"Meera", "Arjun"}


def test_infinitive_headline_is_upcoming_and_split_from_its_question() -> None:
    """ "X to meet with an accident; is another character dying?" are two clauses."""
    found = _events("Also Read - Kesar Ki Kahani twist: Meera and her family to meet with "
                    "an accident; is another character dying in the show?")
    assert found["accident"].status == "upcoming"
    assert found["accident"].characters == ("Meera",)
    assert found["death"].status == "speculated"


def test_real_life_events_of_actors_are_not_storyline() -> None:
    """An actor's real baby or an actor's death threats are not the show's story."""
    found = _events("The show Saath Chalenge is a hit. Actress Riya Malhotra recently gave "
                    "birth to a baby boy in real life. She has received death threats online.")
    assert "birth" not in found
    assert "death" not in found


def test_refused_divorce_is_not_an_event() -> None:
    """A negated trigger ("refusing to give divorce") did not happen."""
    found = _events("The current track of Pyaar Ki Dor revolves around Meera refusing to give "
                    "divorce to Arjun.")
    assert "divorce" not in found


def test_secret_revealed_is_exposure_with_both_characters() -> None:
    """ "reveals the secret of X" is an exposure; recurring two-word names count as characters."""
    found = _events("The current track of the show Kesar Ki Kahani is about Rani Maa. "
                    "In a fit of rage, Rani Maa reveals the secret of Tara misusing Arjun's card.")
    assert found["exposure"].status == "aired"
    assert {"Rani Maa", "Tara"} <= set(found["exposure"].characters)


def test_body_promise_outweighs_recap_headline() -> None:
    """Several mentions of one kind give one fact; body sentences with cues win the vote."""
    found = _events("Leap in Saath Chalenge\n"
                    "The show Saath Chalenge is all set to take a leap. The makers will "
                    "introduce the leap next week.")
    assert found["leap"].status == "upcoming"
    assert found["leap"].evidence is not None
    assert "leap" in found["leap"].evidence.text


def test_report_credited_headline_is_speculated() -> None:
    """ "... to die in the show - Report" is hearsay even though it is phrased as a plan."""
    found = _events("Saath Chalenge: Arjun to die in the show - Report.")
    assert found["death"].status == "speculated"


def test_actor_label_in_brackets_does_not_make_a_clause_offscreen() -> None:
    """ "Arjun (Kabir Sethi) is now engaged to Meera" is about characters, not the actors."""
    found = _events("The show Pyaar Ki Dor has changed. Arjun (Kabir Sethi) is now engaged to "
                    "Meera (Riya Malhotra).")
    assert found["engagement"].status == "aired"
    assert set(found["engagement"].characters) == {"Arjun", "Meera"}


def test_an_actors_own_life_is_no_storyline_event() -> None:
    """An actress's pregnancy or wedding told with real-life words ("announces her
    pregnancy", "her boyfriend", "took to Instagram") is no event of the show, and a
    photo credit is no character."""
    found = _events("Pyaar Ki Dor actress Riya Malhotra aka Meera announces her pregnancy\n"
                    "Riya Malhotra, seen as Meera in the show Pyaar Ki Dor, took to Instagram "
                    "to share the news. (Photo: Instagram)\n"
                    "The actress married her boyfriend Karan Das last year.")
    assert not found


def test_a_sentence_opening_adverb_is_no_character() -> None:
    """"Before the leap, Kesar and Arjun will part ways": "Before" is no one."""
    found = _events("The show Saath Chalenge will take a leap. Before the leap, Kesar and "
                    "Arjun will part ways after a misunderstanding.")
    assert set(found["separation"].characters) == {"Kesar", "Arjun"}


def test_further_forms_of_illness_death_and_engagement() -> None:
    """"is diagnosed with", "shot dead", "her engagement" are events of their kinds;
    "audience engagement" is none."""
    found = _events("The show Saath Chalenge has a twist. Meera is diagnosed with cancer, "
                    "and Arjun is shot dead. Kavya's friends plan her engagement party. "
                    "The audience engagement is high.")
    assert {"illness", "death", "engagement"} <= set(found)


def test_headline_word_written_small_is_no_character() -> None:
    """ "Kesar Learns She Is Pregnant": "Pregnant", which the body writes in lower case, is
    no character; "Kesar, played by Tara Sen, learns ..." is the story, not Tara's life."""
    events = _events("Kesar Ki Kahani: Kesar Learns She Is Pregnant; Rahul Kidnapped\nKesar, "
                     "played by Tara Sen, learns that she is pregnant with Rahul's child.")
    assert "pregnancy" in events
    assert "Pregnant" not in events["pregnancy"].characters
    assert "Kesar" in events["pregnancy"].characters


def test_a_truth_revealed_or_to_be_learnt() -> None:
    """"Meera's secret is revealed", "Meera will learn the truth": an exposure."""
    for text in ("In tonight's episode of Pyaar Ki Dor, Meera's secret is revealed.",
                 "In the upcoming episodes of Pyaar Ki Dor, Meera will learn the truth."):
        kinds = {f.kind for f in extract(parse(Article.create(
            "Pyaar Ki Dor twist\n" + text, published=PubDate.parse("2024-03-05"))))}
        assert "exposure" in kinds, text


def test_an_engagement_to_a_co_star_is_real_life() -> None:
    """"Actress A got engaged to her co-star B": the actors' lives, not the story."""
    text = ("Saanjh actress Tanvi Shah gets engaged to her co-star Vivek Anand\nTV actress Tanvi "
            "Shah, known for playing Saanjh in the Colors show Saanjh, got engaged to her "
            "co-star Vivek Anand in a private ceremony. Vivek plays Vikram in the show.")
    assert extract(parse(Article.create(text, published=PubDate.parse("2024-03-05")))) == []


def test_an_announced_leap_is_upcoming() -> None:
    """"The makers have announced a 15-year leap": the leap is to come."""
    doc = parse(Article.create("The makers of Pyaar Ki Dor have announced a 15-year leap.",
                               published=PubDate.parse("2024-03-05")))
    assert [(f.kind, f.status) for f in extract(doc)] == [("leap", "upcoming")]


def test_more_story_phrasings() -> None:
    """"will move to London", "her car falls off a cliff", "Sonia, who is finally
    arrested": a relocation, an accident, an arrest of the name before "who"."""
    doc = parse(Article.create(
        "The show Pyaar Ki Dor is a hit. In the upcoming episodes, Meera and Rudra will move to "
        "London. Meera's car falls off a cliff. Rudra learns that he was framed by Sonia, who is "
        "finally arrested by the police.", published=PubDate.parse("2024-03-05")))
    got = {(f.kind, f.characters) for f in extract(doc)}
    assert {("relocation", ("Meera", "Rudra")), ("accident", ("Meera",)),
            ("arrest", ("Sonia",))} <= got


def test_status_cues_on_lowered_text_match_the_case_insensitive_patterns() -> None:
    """The status cues looked for in the lowered clause find what the case-insensitive
    patterns find in the clause itself, at the same offsets (every cue of the lexicon,
    as written, capitalised and upper-cased, inside words and hyphenated)."""
    from tellytrack.extract.events import _STATUS_CUES, _STATUS_LOW, _STATUS_RE

    cues = list(_STATUS_CUES)
    text = " ".join(f"{c}, {c.title()} x{c} {c.upper()}-{c}s." for c in cues)
    for status, pattern in _STATUS_RE.items():
        spans = [m.span() for m in pattern.finditer(text)]
        assert spans == [m.span() for m in _STATUS_LOW[status].finditer(text.lower())]
        assert spans, status


def test_default_status_answers_as_the_plain_search() -> None:
    """The premiere search runs only where "premiere", "launch" or "go on air" stands in
    the lowered article: the same default as searching every article ("Will Go On Air",
    "SET TO LAUNCH", an affair on air, a premiere already aired)."""
    from tellytrack.extract.events import _PREMIERE, _default_status

    texts = ["Pyaar Ki Dor Will Go On Air next month. Meera marries Arjun.",
             "Kesar is SET TO LAUNCH soon; Meera's affair is on air.",
             "Dor premiered last year and Meera's affair with Arjun is on air.",
             "The show to premiere on Zee TV: Meera and Arjun wed.",
             "Meera's chair, Arjun's hair and the pair's affair."]
    for text in texts:
        doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
        plain = "upcoming" if _PREMIERE.search(doc.text) else "aired"
        assert _default_status(doc) == plain, text
    assert _default_status(parse(Article.create(texts[0]))) == "upcoming"


def test_events_ahead_or_on_the_cards_are_upcoming() -> None:
    """"A and B exited X ahead of the leap", "A and B's wedding is on the cards": what is
    ahead or on the cards has not aired."""
    show = "The show Saath Chalenge is a hit. "
    assert _events(show + "Tanvi Shah has exited the show ahead of the leap.")["leap"].status \
        == "upcoming"
    assert _events(show + "Kabir and Meera's wedding is on the cards.")["wedding"].status \
        == "upcoming"


def test_what_lasted_years_is_background() -> None:
    """"After years of separation, A and B will reunite": a reunion, no separation."""
    found = _events("The show Saath Chalenge is a hit. After years of separation, Kabir and "
                    "Meera will finally reunite.")
    assert "reunion" in found and "separation" not in found


def test_a_one_word_title_opening_a_spoiler_is_no_character() -> None:
    """"In Gulmohar, Tara and Kabir's wedding ...": the characters are Tara and Kabir."""
    got = _events("Gulmohar twist\nIn Gulmohar, Tara and Kabir's wedding will take place next "
                  "week.")
    assert got["wedding"].characters == ("Tara", "Kabir")


def test_exposure_in_its_other_words() -> None:
    """"will expose", "the secret will be revealed", "comes to know the truth": a truth
    revealed, upcoming in a spoiler."""
    for line in ("Meera will expose Raghav in front of the family.",
                 "Raghav's secret will be revealed soon.",
                 "Meera comes to know the truth about Raghav."):
        events = _events("Pal Pal Dil spoiler\nIn the upcoming episode of the show Pal Pal "
                         f"Dil, {line}")
        assert "exposure" in events and events["exposure"].status == "upcoming"


def test_an_actors_birth_year_is_no_event() -> None:
    """"A, known for X, was born in 1972": a biography, not a birth in the story."""
    text = ("Pal Pal Dil actor turns 50\nKabir Sethi, who plays Raghav in the show Pal Pal Dil, "
            "was born in August 1974 in Delhi.")
    assert "birth" not in _events(text)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("In the show Pyaar Ki Dor, Meera is held hostage by goons.", "kidnapping"),
    ("In the show Pyaar Ki Dor, Arjun lands in jail after the fight.", "arrest"),
    ("In the show Pyaar Ki Dor, the Sethi family celebrates Meera's mehendi.", "wedding"),
    ("In the show Pyaar Ki Dor, the family plans Meera's godh bharai.", "pregnancy"),
    ("In the show Pyaar Ki Dor, Arjun suffers a heart attack.", "illness"),
])
def test_general_plot_phrasings_are_events(sentence: str, kind: str) -> None:
    """The plot's words beyond the first lexicon: a hostage, jail, a wedding ritual, a
    baby shower, a heart attack."""
    assert kind in _events(sentence)


def test_the_writer_is_no_character_of_an_event() -> None:
    """"We have seen the happy reunion of Arjun with his family": "We" opens the sentence
    capitalised (and again, so the story names read it as a name), but the reunion is
    Arjun's alone."""
    found = _events("Star Plus show Pyaar Ki Dor is a hit. We love the show. We have seen the "
                    "happy reunion of Arjun with his family.")
    assert found["reunion"].characters == ("Arjun",)


def test_found_dead_is_a_death() -> None:
    """"Y was found dead" tells of a death in the story."""
    events = _events("The show Tere Mere Sapne is a hit. In tonight's episode, Kavya's father "
                     "was found dead in his room.")
    assert "death" in events


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    ("The makers have planned a grand wedding for Meera and Arjun.", "wedding", "upcoming"),
    ("Meera and Arjun will separate after a big misunderstanding.", "separation", "upcoming"),
    ("Meera and Arjun's engagement will take place next week.", "engagement", "upcoming"),
])
def test_planned_events_separations_and_engagements(sentence: str, kind: str,
                                                    status: str) -> None:
    """"have planned a wedding" is to come; "will separate", "X's engagement will take
    place" tell of a separation and an engagement."""
    events = _events("The show Rang Mahal is a hit. " + sentence)
    assert events[kind].status == status


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    ("Preparations for Meera and Arjun's wedding are in full swing.", "wedding", "upcoming"),
    ("Goons will abduct Meera on her way home.", "kidnapping", "upcoming"),
    ("Meera and Arjun will come face to face after years.", "reunion", "upcoming"),
    ("Meera has decided to relocate with her son.", "relocation", "upcoming"),
])
def test_more_plot_words(sentence: str, kind: str, status: str) -> None:
    """Preparations tell of a wedding to come; "abduct", "come face to face", "relocate"
    are a kidnapping, a reunion and a relocation."""
    events = _events("The show Rang Mahal is a hit. " + sentence)
    assert events[kind].status == status


def test_exchanging_rings_is_an_engagement_and_shifting_a_relocation() -> None:
    """"A and B will exchange rings": an engagement; "A and B will shift to Delhi": a move."""
    events = _events("Pal Pal Dil: Raghav and Devika will exchange rings in the upcoming "
                     "episodes.")
    assert events["engagement"].status == "upcoming"
    events = _events("Pal Pal Dil: Raghav and Devika will shift to Delhi after the wedding.")
    assert events["relocation"].characters == ("Raghav", "Devika")


def test_a_planned_leap_is_upcoming_and_one_that_may_come_speculated() -> None:
    """"The makers are planning a leap": upcoming; "reports suggest the show may take a
    leap": speculated (both had read as aired)."""
    assert _events("Pal Pal Dil: the makers are planning a 20-year leap.")["leap"].status \
        == "upcoming"
    assert _events("Pal Pal Dil: reports suggest that the show may take a leap.")["leap"].status \
        == "speculated"


def test_a_clause_after_but_shares_the_subject_and_twins_are_a_birth() -> None:
    """"Viewers saw that A and B have been blessed with twin boys but met with an
    accident": a birth and an accident, both A's and B's (the clause after "but" leaves
    its subject out)."""
    got = _events("The show Saath Chalenge is loved. Viewers saw that Meera and Arjun have been "
                  "blessed with twin boys but met with an accident on their way home.")
    assert set(got) >= {"birth", "accident"}
    assert set(got["accident"].characters) >= {"Meera", "Arjun"}


def test_are_engaged_marriage_rituals_and_a_marriage_falling_apart() -> None:
    """"A and B are engaged" is an engagement (not "is engaged in a fight"); "marriage
    rituals begin" a wedding; "whose marriage falls apart" a separation."""
    assert "engagement" in _events("The show Saath Chalenge is loved. Meera and Arjun are engaged.")
    assert "engagement" not in _events("The show Saath Chalenge is loved. Meera is engaged in a "
                                       "fight with Arjun.")
    assert "wedding" in _events("The show Saath Chalenge is loved. This week, Meera and Arjun's "
                                "marriage rituals begin.")
    assert "separation" in _events("The show Saath Chalenge follows Meera, whose marriage falls "
                                   "apart.")


def test_a_show_s_name_a_wish_and_a_regret_are_no_event() -> None:
    """A trigger word inside a show's name ("Shaadi Ka Mausam") tells nothing of the
    story; nor does a wish ("wants a destination wedding") or a regret ("regrets marrying
    her"). A wedding told plainly still is one."""
    assert "wedding" not in _events("The ratings are out. Six new shows premiered this week, "
                                    "among them the show Shaadi Ka Mausam and Dil Ki Baat.")
    assert "wedding" not in _events("The show Saath Chalenge is loved. Meera tells the family "
                                    "that she wants a destination wedding with Arjun.")
    assert "wedding" not in _events("The show Saath Chalenge is loved. Arjun now regrets "
                                    "marrying Meera.")
    assert "wedding" in _events("The show Saath Chalenge is loved. Arjun and Meera got married "
                                "this week.")


def test_an_actor_s_own_wedding_is_no_event_of_the_story() -> None:
    """"A, who plays Y, got married last year": the actor's life, not Y's story; a
    character's relative clause still leaves the event to the story."""
    assert "wedding" not in _events("The show Saath Chalenge is loved. Riya Malhotra, who plays "
                                    "Meera, got married to Kabir Sethi last year.")
    assert "wedding" in _events("The show Saath Chalenge is loved. Arjun, who loves Meera, "
                                "will marry her next week.")
