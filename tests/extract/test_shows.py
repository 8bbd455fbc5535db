"""Show detection: cues, channels, spelling variants and per-sentence attribution."""

import pytest

from tellytrack.extract import extract_facts
from tellytrack.extract.document import parse
from tellytrack.model import Article, PubDate


def _doc(text: str, url: str | None = None):  # type: ignore[no-untyped-def]
    return parse(Article.create(text, url=url, published=PubDate.parse("2024-03-05")))


def test_starrer_cue_names_the_show() -> None:
    """"A and B starrer X" introduces X as a show, not the actors."""
    doc = _doc("Riya Malhotra and Kabir Sethi starrer Pyaar Ki Dor is doing well.")
    assert doc.shows.topic == "Pyaar Ki Dor"
    assert "Riya Malhotra" not in doc.shows.names


def test_channel_is_never_a_show() -> None:
    """"Star Plus' X" makes X a show and leaves the channel out."""
    doc = _doc("Star Plus' Kesar Ki Kahani has slipped to the fourth spot this week.")
    assert "Kesar Ki Kahani" in doc.shows.names
    assert all("Star Plus" not in n for n in doc.shows.names)


def test_spelling_variants_fold_into_one_show() -> None:
    """"Saath Chalenge" and "Saath Chalengee" are one show written two ways."""
    doc = _doc("The show Saath Chalenge is popular. Fans of Saath Chalengee are happy.")
    assert doc.shows.names == ("Saath Chalenge",)


def test_sentence_without_a_show_takes_the_previous_in_its_paragraph() -> None:
    """A TRP list: each paragraph's later sentences belong to the show it named."""
    text = ("The show Pyaar Ki Dor is at the top.\nKesar Ki Kahani actor Kabir Sethi is happy. "
            "He thanked the fans.")
    doc = _doc(text)
    last = doc.sentences[-1]
    assert doc.show_for(last) == "Kesar Ki Kahani"


def test_headline_prefix_and_slug_make_the_topic() -> None:
    """A "Show:" headline prefix plus the URL slug decide the article's topic."""
    doc = _doc("Saath Chalenge: Meera gets a shock\nThe makers have a twist.",
               url="https://example.com/tv/saath-chalenge-meera-shock")
    assert doc.shows.topic == "Saath Chalenge"


def test_person_known_for_a_role_is_not_a_show() -> None:
    """A headline "Riya Malhotra: ..." names a person when she is "known for her role"."""
    doc = _doc("Riya Malhotra: A New Face For Meera\nThe show Kesar Ki Kahani is a hit. "
               "Riya Malhotra, known for her role as Tara, will play Meera.")
    assert "Riya Malhotra" not in doc.shows.names


def test_show_named_in_passing_is_not_the_sentence_show() -> None:
    """"a spin-off of another ... show X": the sentence speaks of the topic, not X."""
    doc = _doc("The show Kesar Ki Kahani is loved. Kesar Ki Kahani airs daily. It is a spin-off of "
               "another hit show Pyaar Ki Dor and features Riya Malhotra as Meera.")
    last = doc.sentences[-1]
    assert doc.show_for(last) == "Kesar Ki Kahani"


def test_show_starring_actors_stays_a_show() -> None:
    """"X starring A and B": X is the show (only "A and B starrer X" makes A, B people)."""
    doc = _doc("Kesar Ki Kahani starring Riya Malhotra and Kabir Sethi is one of the most "
               "popular shows on screens.")
    assert "Kesar Ki Kahani" in doc.shows.names


def test_title_character_is_not_a_second_show() -> None:
    """'Aditi Sarang aka Tara' in 'Tara Ki Duniya': Tara is the title character, not a show."""
    doc = _doc("Tara Ki Duniya promo: Tara and Dev to get married\n\nThe new promo of Tara Ki "
               "Duniya shows Tara and Dev getting married. Aditi Sarang aka Tara and Rohan Kher "
               "aka Dev will shoot the wedding. Tara's sister Gauri will try to stop it.",
               url="https://example.com/tv/tara-ki-duniya-promo-tara-and-dev")
    assert doc.shows.names == ("Tara Ki Duniya",)


def test_role_in_the_show_is_not_a_show() -> None:
    """"Arjun is Meera's husband in the show" describes a character, not a show named Arjun."""
    doc = _doc("Saath Chalenge: Riya Malhotra aka Meera on the show\n\nSaath Chalenge airs on "
               "Star Plus. Kabir Sethi, who plays Arjun, is paired opposite her; Arjun is "
               "Meera's husband in the show.")
    assert doc.shows.names == ("Saath Chalenge",)


def test_kin_word_in_quotes_is_no_show() -> None:
    """A child shouts "'Mumma'": a kin word, never a show title."""
    doc = _doc("The show Pyaar Ki Dor is a hit. Then a little boy shouts 'Mumma'. Meera smiles.")
    assert doc.shows.names == ("Pyaar Ki Dor",)


def test_producer_before_produced_is_no_show() -> None:
    """"Kavita Rao produced TV show Pyaar Ki Dor": the producer is a person."""
    doc = _doc("Riya joined Kavita Rao produced TV show Pyaar Ki Dor in 2021.")
    assert doc.shows.names == ("Pyaar Ki Dor",)


def test_acronym_candidate_is_the_long_title() -> None:
    """"Riya quits PKDKK" and "the show Pyaar Ki Dor Ki Kahani": one show, the long title."""
    doc = _doc("Riya Malhotra quits PKDKK\n\nThe show Pyaar Ki Dor Ki Kahani is a hit.")
    assert doc.shows.names == ("Pyaar Ki Dor Ki Kahani",)


def test_rank_phrases_vouch_for_titles() -> None:
    """"with X coming in second" and "Y ..., moving up from position 10 to position 7"
    are chart talk: X and Y are shows."""
    doc = _doc("In the TRP chart, Pyaar Ki Dor is the most-watched show, with Dil Se Dil "
               "coming in second. Kesar Ki Kahani also had big growth, moving up from "
               "position 10 to position 7.")
    assert {"Dil Se Dil", "Kesar Ki Kahani"} <= set(doc.shows.names)


def test_rank_phrases_count_only_in_a_ratings_story() -> None:
    """Ranks are chart talk: "X coming in second" vouches for X where the article speaks
    of ratings, not in a story with no TRP, BARC, rating or chart word (where the rank
    cues were mostly tried in vain)."""
    text = "Pyaar Ki Dor is a hit, with Dil Se Dil coming in second."
    assert "Dil Se Dil" in _doc(f"In the TRP chart this week: {text}").shows.names
    assert "Dil Se Dil" not in _doc(f"In the talent hunt this week: {text}").shows.names


def test_everyone_starring_is_a_person() -> None:
    """"Pyaar Ki Dor, starring A, B, and C, moved up to sixth place": C is no show."""
    doc = _doc("Pyaar Ki Dor, a 2014 release starring Riya Malhotra, Kabir Sethi, and Tara "
               "Joshi, moved up from ninth to sixth place in the TRP chart.")
    assert "Tara Joshi" not in doc.shows.names


def test_producer_possessive_splits_no_name() -> None:
    """"One of Kavita Rao's longest running shows, Pyaar Ki Dor": "Kavita" is no show."""
    doc = _doc("One of Kavita Rao’s longest running shows, Pyaar Ki Dor, is ending.")
    assert "Kavita" not in doc.shows.names


def test_url_lead_names_the_show_when_nothing_else_does() -> None:
    """No cue anywhere: the title the URL's last segment opens with is the topic (not the
    people the slug names after it)."""
    doc = _doc("Dil Dosti Dance has kept viewers hooked. Tara Joshi is replacing Riya Malhotra.",
               url="https://example.com/tv/dil-dosti-dance-tara-joshi-replacing-riya-malhotra-42")
    assert doc.shows.names == ("Dil Dosti Dance",)


def test_slug_lead_skips_dates_and_ids_after_the_slug() -> None:
    """"/slug/2024/03/22" and "/slug/amp_articleshow/123.cms": the slug is the segment
    with the most words, not the last one."""
    text = "Dil Dosti Dance has kept viewers hooked. Tara Joshi is replacing Riya Malhotra."
    for url in ("https://example.com/tv/dil-dosti-dance-tara-joshi-replacing/2024/03/22",
                "https://example.com/dil-dosti-dance-tara-joshi-replacing/amp_articleshow/9.cms"):
        assert _doc(text, url=url).shows.names == ("Dil Dosti Dance",)


def test_one_word_url_lead_is_a_show_only_when_repeated_and_not_a_first_name() -> None:
    """"kesari-tara-joshi-..." with Kesari named twice and no cue: Kesari; a lead that is
    the first name of a person the slug also names ("tara-joshi-...") is not a show."""
    text = "Kesari has kept viewers hooked. Tara Joshi is happy. Kesari is loved."
    assert _doc(text, url="https://example.com/kesari-tara-joshi-happy-42").shows.topic == "Kesari"
    text = "Tara spoke to us. Tara Joshi is happy with the new track."
    assert "Tara" not in _doc(text, url="https://example.com/tara-joshi-happy-new-track").shows.names


def test_show_cue_in_the_slug_vouches_for_a_title() -> None:
    """"...-quits-dil-dosti-dance-show" in the URL: a cue word after a title in the slug
    ("show", "actress", "fame") vouches for a title the text names without a cue."""
    text = "Kavita Rao's Dil Dosti Dance has been on air for years. Tara Joshi spoke to us."
    url = "https://example.com/after-years-tara-joshi-quits-dil-dosti-dance-show"
    assert _doc(text, url=url).shows.topic == "Dil Dosti Dance"
    # a cue before a name in the slug is not read: the slug lost the headline's comma
    text = "Dil Dosti Dance: Tara Joshi quits, Isha Rana is the new Meera\n\nIsha Rana is happy."
    url = "https://example.com/dil-dosti-dance-tara-joshi-quits-isha-rana-is-the-new-meera"
    assert _doc(text, url=url).shows.names == ("Dil Dosti Dance",)


def test_title_produced_by_someone_stays_a_show() -> None:
    """"X produced by Kavita Rao" makes X no producer ("Kavita Rao-produced X" would)."""
    doc = _doc("Pyaar Ki Dor produced by Kavita Rao has been a long-running show. "
               "Pyaar Ki Dor Spoiler: Meera returns.")
    assert doc.shows.topic == "Pyaar Ki Dor"


def test_played_character_in_title_vouches_for_the_title() -> None:
    """"who played the character Y in X", "plays Y in X", "the show - X": X is a show."""
    for text in ("Tara Joshi, who played the character Meera Rao in Dil Dosti Dance, quit.",
                 "Tara Joshi plays Meera Rao in Dil Dosti Dance.",
                 "Zee TV's popular primetime show - Dil Dosti Dance, is ruling hearts."):
        assert _doc(text).shows.names == ("Dil Dosti Dance",), text


def test_a_cue_word_on_the_next_line_vouches_for_nothing() -> None:
    """A headline ending "... Tanvi Desai To Replace Her" above a body opening "Star Plus
    show ...": "Her Star" is no "X star" cue across the line break, so Tanvi Desai is a
    person (her casting is read) and no show."""
    doc = _doc("Riya Malhotra Quits Pyaar Ki Dor; Tanvi Desai To Replace Her\n\n"
               "Star Plus show Pyaar Ki Dor is set for a change. "
               "Tanvi Desai has been roped in to play Meera.")
    assert doc.shows.names == ("Pyaar Ki Dor",)
    # nor does a "cue X" phrase: a headline ending in "quits" over a body opening with a name
    doc = _doc("Riya Malhotra Quits\n\nTanvi Desai is the new Meera. "
               "The show Pyaar Ki Dor goes on.")
    assert doc.shows.names == ("Pyaar Ki Dor",)


def test_episode_date_in_a_headline_prefix() -> None:
    """"X 5th March 2024 Written Update: ..." and "X March 5, 2024 Episode: ...": the
    title is what stands before the date (no corpus file has this form; outlets use it
    for every episode)."""
    for head in ("Pyaar Ki Dor 5th March 2024 Written Update",
                 "Pyaar Ki Dor March 5, 2024 Episode"):
        doc = _doc(f"{head}: Meera Confronts Arjun\n\nMeera learns that Arjun lied to her.")
        assert doc.shows.topic == "Pyaar Ki Dor", head


def test_a_show_in_a_past_credit_is_not_the_sentences_show() -> None:
    """"Kabir, who was last seen in X, has been roped in for the show": the entry is in
    the article's show, not in the show of his last credit."""
    from tellytrack.extract import extract_facts
    from tellytrack.model import Article

    text = ("The Star Plus show Pyaar Ki Dor is popular. Kabir Sethi, who was last seen in "
            "Kesar Ki Kahani, has been roped in for the show. He will play Arjun.")
    changes = [f for f in extract_facts(Article.create(text)) if f.type == "cast_change"]
    assert {f.show for f in changes} == {"Pyaar Ki Dor"}


def test_roped_in_for_names_the_show_but_not_a_characters_role() -> None:
    """"She has been roped in for X" names the show (a one-word title the article's
    only other show would otherwise outvote); "roped in for A and B's roles" names
    characters, not a show."""
    from tellytrack.extract import extract_facts
    from tellytrack.model import Article

    text = ("Saanjh news\n\nNeha Arora is a familiar face. She was last seen in Rang Mahal. "
            "Now, she has been roped in for Saanjh.")
    changes = [f for f in extract_facts(Article.create(text)) if f.type == "cast_change"]
    assert [(f.show, f.actor, f.change) for f in changes] == [("Saanjh", "Neha Arora", "entry")]
    doc = _doc("Pyaar Ki Dor is set for a leap. The makers are yet to decide who will be "
               "roped in for Meera and Arjun's roles. Pyaar Ki Dor airs on Star Plus.")
    assert "Meera" not in doc.shows.names


def test_producer_phrases_found_from_their_cue_match_a_full_scan() -> None:
    """Trying the producer pattern only at "produc" and the capitals before "produced"
    finds exactly what scanning every position finds, line breaks included."""
    from tellytrack.extract.scan import finditer_at
    from tellytrack.extract.shows import _PRODUCER, _producer_starts

    texts = [
        "Pyaar Ki Dor is produced by Kabir Sethi. Tara Joshi produced Kesar Ki Kahani.",
        "The producer\nRiya Malhotra said so. Meera Films-produced Pyaar Ki Dor airs.",
        "Kabir Sethi\nproduced it; a producer Tara Joshi and Arjun co-produced nothing.",
        "produced by", "Produced by Riya", "no cue here at all",
    ]
    for text in texts:
        assert [m.span() for m in finditer_at(_PRODUCER, text, _producer_starts(text))] == [
            m.span() for m in _PRODUCER.finditer(text)]


def test_lower_word_checks_its_boundary_after_the_first_letter() -> None:
    """The letter-first form finds what ``\\b[a-z][a-z\\-]+\\b`` finds."""
    import re

    from tellytrack.extract.shows import LOWER_WORD

    plain = re.compile(r"\b[a-z][a-z\-]+\b")
    for text in ("abc-Def well-known x1 _ab ab_c éab naïve 2nd re-entry- go", "ab", "a b",
                 "Riya's co-star, the lead-actress; mid-week 'quotes' end"):
        assert LOWER_WORD.findall(text) == plain.findall(text)


def test_sentence_naming_the_topic_is_about_it() -> None:
    """A sentence naming the article's show and another one is about the article's show."""
    doc = _doc("The show Pyaar Ki Dor is doing well. Fans of Pyaar Ki Dor love it. "
               "After the show Kesar Ki Kahani, Riya joined Pyaar Ki Dor as Meera.")
    assert doc.shows.topic == "Pyaar Ki Dor"
    assert doc.show_for(doc.sentences[-1]) == "Pyaar Ki Dor"


def test_couple_nickname_is_no_show() -> None:
    """ "#MeeRaj fans" cheer a pair of characters, not a show."""
    doc = _doc("The show Pyaar Ki Dor is doing well. MeeRaj fans are thrilled with the twist.")
    assert "MeeRaj" not in doc.shows.names


def test_topic_is_the_show_the_article_keeps_naming() -> None:
    """A show vouched for by many cues (URL, "the show X fame") but named once loses to
    the show the article names throughout."""
    doc = _doc("Riya of the show Kesar Ki Kahani fame now plays Meera. The show Pyaar Ki Dor "
               "is loved. Pyaar Ki Dor airs daily. In Pyaar Ki Dor, Meera fights back. "
               "Pyaar Ki Dor keeps the audience hooked.",
               url="https://example.com/tv/riya-of-kesar-ki-kahani-now-plays-meera")
    assert doc.shows.topic == "Pyaar Ki Dor"


def test_show_near_carries_no_show_from_an_earlier_sentence() -> None:
    """A cast change's show: one its sentence names, else the topic (not the show an
    earlier sentence of the paragraph named, as :meth:`show_for` gives)."""
    doc = _doc("The show Pyaar Ki Dor is loved. Pyaar Ki Dor fans are happy. Riya was seen "
               "in the show Kesar Ki Kahani. She has now quit, sources say.")
    last = doc.sentences[-1]
    assert doc.show_for(last) == "Kesar Ki Kahani"
    assert doc.shows.show_near(last, last.start) == "Pyaar Ki Dor"


def test_well_vouched_title_of_plain_words() -> None:
    """A short title of words the article also writes in lower case is still a show when
    several cues vouch for it ("Colors' Giggle Cooks", "the show Giggle Cooks", "Giggle
    Cooks fans")."""
    doc = _doc("Colors' Giggle Cooks is back. The cooks made everyone giggle on the show "
               "Giggle Cooks, and Giggle Cooks fans loved the cooks.")
    assert doc.shows.topic == "Giggle Cooks"


def test_plain_words_with_one_cue_are_no_title() -> None:
    """A title-cased phrase of the article's lower-case words with one cue is not a show."""
    doc = _doc("The show Pyaar Ki Dor is loved. The cooks and the giggle fans came. "
               "Fans Giggle Cooks fans.")
    assert "Giggle Cooks" not in doc.shows.names


def test_inflected_change_verbs_name_the_show() -> None:
    """"returns to X", "joins X", "exited X": every form of a change verb vouches for
    the title after it, as "return to X" and "joined X" always did."""
    doc = _doc("Neha Joshi returns to Pyaar Ki Dor as Devika\n"
               "Neha Joshi is back. The actress will reprise her role of Devika.")
    assert doc.shows.topic == "Pyaar Ki Dor"
    doc = _doc("Kabir Sethi joins Chandni Raat\nThe actor is excited about it.")
    assert doc.shows.topic == "Chandni Raat"


def test_a_makers_company_is_no_show() -> None:
    """"Produced by Kavita Rao's Dream Films, the show will premiere": "X, the show"
    reads like a description, but a title ending in a company word is a company."""
    doc = _doc("Zee TV's upcoming show Saanjh Ki Baat stars Isha Verma. Produced by "
               "Kavita Rao's Dream Films, the show will premiere in April.")
    assert doc.shows.names == ("Saanjh Ki Baat",)


def test_chart_words_are_no_show() -> None:
    """"BARC TRP Ratings Week 10: ..." opens a headline as a show's title would; words
    that only name the chart are no title."""
    doc = _doc("BARC TRP Ratings Week 10, 2024: the top shows\nThe chart is out today.")
    assert "BARC TRP" not in doc.shows.names


def test_every_fact_is_filed_under_the_full_title() -> None:
    """An article that writes "'X – Subtitle'" once and X alone after files every
    extractor's facts under the full title: one show, not two in the knowledge base."""
    text = ("'Raat Ki Rani – Ek Naya Din' premiered last month. Riya Sen plays Meera in "
            "Raat Ki Rani. Meera and Kabir get married in the upcoming episode of Raat Ki Rani.")
    facts = extract_facts(Article.create(text, published=PubDate.parse("2024-03-05")))
    assert {f.type for f in facts} >= {"cast", "event"}
    assert {f.show for f in facts} == {"Raat Ki Rani – Ek Naya Din"}


def test_a_title_cased_headline_the_slug_repeats_is_no_title() -> None:
    """A slug made of a title-cased headline holds every word of it: the headline run is
    cut at its common words, so the show is the title inside it, not the headline."""
    head = "Pyaar Ki Dor Fame Kabir Sethi And Riya Sen Aka Arjun And Meera Shoot For A Song"
    doc = _doc(f"{head}\nKabir Sethi and Riya Sen play Arjun and Meera in Pyaar Ki Dor.",
               url="https://x.example/tv/pyaar-ki-dor-fame-kabir-sethi-and-riya-sen-aka-arjun-"
                   "and-meera-shoot-for-a-song-42")
    assert doc.shows.topic == "Pyaar Ki Dor"
    assert all(len(n.split()) <= 7 for n in doc.shows.names)


def test_actor_cue_takes_the_person_not_the_rest_of_the_headline() -> None:
    """ "TV Actor Kabir Sethi Aka Arjun Of Pyaar Ki Dor Gets Married": the person after
    "Actor" ends at the first common word, so the title later in the run is a show."""
    doc = _doc("TV Actor Kabir Sethi Aka Arjun Of Pyaar Ki Dor Gets Married\nKabir Sethi, "
               "who plays Arjun in Pyaar Ki Dor, got married yesterday.",
               url="https://x.example/tv/tv-actor-kabir-sethi-aka-arjun-of-pyaar-ki-dor-gets-"
                   "married-42")
    assert doc.shows.topic == "Pyaar Ki Dor"


def test_headline_grammar_word_ends_a_title() -> None:
    """ "Kabir Sethi Joins Pyaar Ki Dor As Arjun": a title-cased "As" ends the title."""
    doc = _doc("Exclusive! Kabir Sethi Joins Pyaar Ki Dor As Arjun\nKabir Sethi will play Arjun "
               "in Pyaar Ki Dor, the Zee TV show.")
    assert set(doc.shows.names) == {"Pyaar Ki Dor"}


def test_headline_verbs_and_chart_words_are_no_title() -> None:
    """ "TRP Report Week 9: X Retains Top Spot, Y Slips To Third": neither "Week 9" nor
    "X Retains Top Spot" is a show."""
    doc = _doc("TRP Report Week 9: Pyaar Ki Dor Retains Top Spot, Chandni Raat Slips To Third\n"
               "Pyaar Ki Dor continues to rule the charts with a rating of 2.4 in BARC week 9.",
               url="https://x.example/tv/trp-report-week-9-pyaar-ki-dor-retains-top-spot-"
                   "chandni-raat-slips-to-third-42")
    assert "Pyaar Ki Dor" in doc.shows.names
    assert not any(w in n for n in doc.shows.names for w in ("Week", "Retains", "Slips"))


def test_fold_remembered_is_fold_computed(monkeypatch: pytest.MonkeyPatch) -> None:
    """fold answers from its memo what computing the key gives, the first time and after
    (the fast form against the plain one), also while the memo is emptied when full."""
    from tellytrack.extract import shows

    monkeypatch.setattr(shows, "_FOLDS_MAX", 3)

    names = ["Yeh Pyar Kya Hai 2", "Pyaar Ki Dorr", "Kesarkahani", "Chhavi", "PKD",
             "कहानी", "Ye Pyaar"]
    assert [shows.fold(n) for n in names] == [shows._fold(n) for n in names]
    assert [shows.fold(n) for n in names] == [shows._fold(n) for n in names]
    assert shows.fold("Yeh") == shows.fold("Ye") == "ye"
    assert len(shows._FOLDS) <= 3


def test_back_in_a_show_vouches_for_it() -> None:
    """"A is back in X": X is the show, not the person the slug opens with."""
    text = ("Samar Gill is back in Rang Badalti Zindagi\n"
            "Samar Gill is back in Rang Badalti Zindagi after a year. He will play Vikrant.")
    doc = _doc(text, "https://x.example/tv/samar-gill-is-back-in-rang-badalti-zindagi-42")
    assert doc.shows.topic == "Rang Badalti Zindagi"
    assert "Samar Gill" not in doc.shows.names


def test_airing_vouches_for_a_title() -> None:
    """"X airs at 9 pm", "X to go off air": X is a show, though no other cue names it."""
    doc = _doc("What's next for Meera in Dil Se Dil Tak?\n"
               "Meera is heartbroken. Dil Se Dil Tak airs at 9 pm.", "https://x.example/a-42")
    assert doc.shows.topic == "Dil Se Dil Tak"
    doc = _doc("Kabir Sethi and Riya Malhotra's Dil Se Dil Tak to go off air\n"
               "After a three-year run, Dil Se Dil Tak will end.", "https://x.example/a-42")
    assert doc.shows.topic == "Dil Se Dil Tak"


def test_story_and_episode_words_vouch_for_a_title() -> None:
    """"X's storyline", "X's current track", "X episode", "X completes 500 episodes"."""
    for headline in ("Dil Se Dil Tak's storyline gets a twist",
                     "Dil Se Dil Tak's current track fails to impress",
                     "Will Meera leave? Dil Se Dil Tak episode highlights",
                     "Dil Se Dil Tak completes 500 episodes"):
        doc = _doc(f"{headline}\nRiya Malhotra plays Meera.", "https://x.example/a-42")
        assert doc.shows.topic == "Dil Se Dil Tak", headline


def test_a_show_named_in_passing_is_not_the_topic() -> None:
    """"After X, A bags Y" and "A, who rose to fame with X": the news is about Y."""
    doc = _doc("After Chandni Raat, Pooja Verma bags Mann Ki Awaaz\n"
               "Pooja Verma, who rose to fame with Chandni Raat, has been roped in for Colors' "
               "Mann Ki Awaaz. She will play Gauri. Pooja played Radhika in Chandni Raat.",
               "https://x.example/tv/after-chandni-raat-pooja-verma-bags-mann-ki-awaaz-42")
    assert doc.shows.topic == "Mann Ki Awaaz"


@pytest.mark.parametrize("past", ["rose to fame as Devika in", "shot to fame as Devika in",
                                  "became a household name as Devika in",
                                  "was earlier seen as Devika in"])
def test_a_past_roles_show_is_named_in_passing(past: str) -> None:
    """"A, who rose to fame as Y in X, will play Z": the sentence is news of the topic,
    not of X (it had made A enter X as Y)."""
    doc = _doc("Gulmohar: Riya Malhotra bags the lead\nThe new show Gulmohar has found its "
               f"lead. Riya Malhotra, who {past} Pal Pal Dil, will play Tara.")
    assert doc.show_for(doc.sentences[-1]) == "Gulmohar"


def test_a_makers_next_names_a_show() -> None:
    """"A to play Y in Kavita Rao's next, X", "her next show X": X is a show (no other cue
    named one, so the article had no show at all)."""
    for line in ("Riya Malhotra to play Devika in Kavita Rao's next, Gulmohar",
                 "Riya Malhotra announces her next show Gulmohar"):
        doc = _doc(f"{line}\nThe actress is excited about the project.", "https://x.example/a-42")
        assert doc.shows.topic == "Gulmohar", line


def test_a_characters_owner_with_the_actor_in_brackets_is_a_show() -> None:
    """"X's Raghav (Kabir Sethi)": X is a show (a crossover names two, each owning its
    role), and the role is filed under it."""
    doc = _doc("Gulmohar and Pal Pal Dil crossover\nThe makers have planned a crossover. "
               "Gulmohar's Devika (Riya Malhotra) will meet Pal Pal Dil's Raghav (Kabir "
               "Sethi).", "https://x.example/a-42")
    assert {"Gulmohar", "Pal Pal Dil"} <= set(doc.shows.names)


def test_an_amount_of_money_is_no_title() -> None:
    """"earns Rs 50 crore" in the headline and the body: "Rs 50" is no show."""
    doc = _doc("Box office: Riya Malhotra's film earns Rs 50 crore\nThe film has earned "
               "Rs 50 crore in a week.", "https://x.example/a-42")
    assert "Rs 50" not in doc.shows.names


def test_a_shows_run_vouches_for_its_title() -> None:
    """"X to end in March", "X premiered in 2022", "X finale": X is a show."""
    for line in ("Gulmohar to end in March", "Gulmohar premiered on a Monday in 2022",
                 "Gulmohar finale leaves fans in tears"):
        doc = _doc(f"{line}\nThe actor is happy.", "https://x.example/a-42")
        assert doc.shows.topic == "Gulmohar", line


def test_farewell_phrases_vouch_for_a_title() -> None:
    """"A bids adieu to X", "A has wrapped up shooting for X", "A will no longer be a part
    of X": X is the show an actor leaves."""
    for headline in ("Riya Malhotra bids adieu to Dil Se Dil Tak, shares a note",
                     "Riya Malhotra has wrapped up shooting for Dil Se Dil Tak",
                     "Riya Malhotra is no longer a part of Dil Se Dil Tak"):
        doc = _doc(f"{headline}\nThe actress, who played Meera, thanked her fans.",
                   "https://x.example/a-42")
        assert doc.shows.topic == "Dil Se Dil Tak", headline


def test_a_characters_owner_is_a_show() -> None:
    """"X's Meera aka Riya Malhotra", "known as Meera from X": X is a show; an
    "Interview:" prefix is none."""
    doc = _doc("Dil Se Dil Tak's Meera aka Riya Malhotra shares pictures\nShe posed with her "
               "co-star.", "https://x.example/a-42")
    assert doc.shows.topic == "Dil Se Dil Tak"
    doc = _doc("Interview: Riya Malhotra on her journey\nRiya Malhotra, popularly known as "
               "Meera from Dil Se Dil Tak, spoke to us.", "https://x.example/a-42")
    assert doc.shows.names == ("Dil Se Dil Tak",)


def test_spoiler_words_vouch_for_a_title() -> None:
    """"X upcoming twist: ...", "Fans of X are in for a shock": X is the show."""
    for text in ("Dil Se Dil Tak upcoming twist: Meera to die?\nMeera will meet with an "
                 "accident.", "Big shock ahead\nFans of Dil Se Dil Tak are in for a shock as "
                 "Meera will meet with an accident."):
        assert _doc(text, "https://x.example/a-42").shows.topic == "Dil Se Dil Tak", text


def test_the_headlines_subject_is_no_show() -> None:
    """"Tara Sen opts out of Neel Kamal" at ".../tara-sen-opts-out-of-neel-kamal":
    with no cue, the slug's first title is the headline's subject; the show is the title
    after the preposition."""
    doc = _doc("Tara Sen opts out of Neel Kamal\nTara Sen has opted out of Neel Kamal due to "
               "health issues. She played Meera in the show.",
               "https://x.example/tv/tara-sen-opts-out-of-neel-kamal-42")
    assert doc.shows.topic == "Neel Kamal"


def test_the_headlines_object_after_a_verb_is_the_show() -> None:
    """"Riya Malhotra signs Neel Kamal" at ".../riya-malhotra-signs-neel-kamal": Neel Kamal."""
    doc = _doc("Riya Malhotra signs Neel Kamal\nRiya Malhotra has signed Neel Kamal, where she "
               "will play Meera.", "https://x.example/tv/riya-malhotra-signs-neel-kamal-42")
    assert doc.shows.topic == "Neel Kamal"


def test_headline_words_that_end_a_title() -> None:
    """A title-case headline's "Set For A Leap" or "Starring A" is no part of a show."""
    doc = _doc("Riya Malhotra Starrer Neel Kamal Set For A Leap\nThe show Neel Kamal will "
               "change. Riya Malhotra plays Meera.", "https://x.example/a-42")
    assert doc.shows.names == ("Neel Kamal",)


def test_a_show_owns_or_is_owned_by_a_person() -> None:
    """"X's Riya Malhotra" and "Kavita Rao's X" (Riya and Kavita named as people), "X lead
    actress A", "A, the lead of X": X is a show."""
    body = ("\nActress Riya Malhotra, who plays Meera in the show, cut a cake. Kavita Rao said "
            "the show is special.")
    for headline in ("Neel Kamal's Riya Malhotra celebrates her birthday",
                     "Kavita Rao's Neel Kamal gets a leap",
                     "Neel Kamal lead actress Riya Malhotra celebrates her birthday",
                     "Riya Malhotra, the lead of Neel Kamal, celebrates her birthday"):
        doc = _doc(headline + body, "https://x.example/a-42")
        assert doc.shows.names == ("Neel Kamal",), headline


def test_a_new_entry_a_channel_in_brackets_a_starrer() -> None:
    """"X gets a new villain", "X (Sony TV) gets ...", "A-starrer X gets ...": X is the show
    (not "A-starrer X")."""
    for headline in ("Neel Kamal gets a new villain", "Neel Kamal (Sony TV) is back",
                     "Riya Malhotra-starrer Neel Kamal gets a new entry"):
        doc = _doc(headline + "\nTara Sen will play Devika. She is excited.",
                   "https://x.example/a-42")
        assert doc.shows.names == ("Neel Kamal",), headline


def test_the_new_role_is_no_show() -> None:
    """"Tara Sen is the new Meera in Neel Kamal" at its slug: Neel Kamal, not Meera."""
    doc = _doc("Tara Sen is the new Meera in Neel Kamal\nTara Sen has been roped in as the new "
               "Meera in Neel Kamal after Riya Malhotra's exit.",
               "https://x.example/tv/tara-sen-is-the-new-meera-in-neel-kamal-42")
    assert doc.shows.names == ("Neel Kamal",)


def test_to_lead_is_a_verb() -> None:
    """"A And B To Lead X": "lead" is the verb, so "A" is no show."""
    doc = _doc("Meher Rao And Kunal Sethi To Lead Neel Kamal\nMeher Rao and Kunal Sethi have been "
               "finalised to play the leads in Neel Kamal.", "https://x.example/a-42")
    assert "Meher Rao" not in doc.shows.names


def test_lower_words_read_off_the_tokens_are_the_pattern_s() -> None:
    """The body's lower-case words read off the token index are what ``LOWER_WORD`` finds
    outside the tag lines (hyphenated compounds, a capitalised head, a trailing hyphen,
    possessives, contractions), but for a suffix written onto a number ("5th")."""
    from tellytrack.extract.shows import LOWER_WORD, TAG_LINE, _lower_words

    text = ("date 2024-03-05\nThe Actor-turned-producer and Kavita-produced show, a "
            "well- known co-star's mother-to-be, isn't back; Credit-serialgossip.\n"
            "riya malhotra, pyaar ki dor, nach mela\nIt airs at 9 pm on the 5th.")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    offset = doc.sentences[0].start
    body = doc.text[offset:]
    found = _lower_words(doc, body, offset)
    plain = frozenset(LOWER_WORD.findall(TAG_LINE.sub("", body)))
    assert found - plain == {"th"} and plain <= found
    assert {"turned-producer", "produced", "well", "co-star", "serialgossip"} <= found
    assert "malhotra" not in found


def test_tag_lines_found_from_line_starts_are_the_pattern_s() -> None:
    """Keyword lines tried only where a line opens with a lower-case letter or a digit:
    the spans ``TAG_LINE.finditer`` gives (first and last lines, an empty line, a line
    with no comma, a capitalised one, a digit-led one, one with a trailing comma)."""
    from tellytrack.extract.shows import TAG_LINE, _tag_lines

    texts = ["riya malhotra, pyaar ki dor\nThe show, a hit\n\n9 pm, star plus,\nkesar",
             "Kesar, Dor\nriya, kabir, meera  \nno comma here\nlast, line",
             "", "\n", "a,b", "x\n,\ny,z\n"]
    for text in texts:
        assert _tag_lines(text) == [m.span() for m in TAG_LINE.finditer(text)], text
    assert len(_tag_lines(texts[0])) == 2


def test_shows_as_a_verb_is_no_show_cue() -> None:
    """"The promo of X shows A and B as ..." is the verb: A is a person, not a title;
    after a channel ("Star Plus shows X and Y") or a determiner ("the shows X") it is
    the plural noun, and its titles are shows."""
    doc = _doc("Saanjh: new promo out\n\nThe new promo of Saanjh shows Tanvi Shah and Rohan "
               "Mehta as Saanjh and Vikram. The show will air on Colors.")
    assert "Tanvi Shah" not in doc.shows.names
    doc = _doc("The show Meri Dor has gained viewers. Star Plus shows Saath Chalenge and "
               "Meri Dor have loyal fans.")
    assert {"Saath Chalenge", "Meri Dor"} <= set(doc.shows.names)


def test_show_after_a_modal_is_the_verb() -> None:
    """"The upcoming track will also show Meera's pregnancy": "show" is the verb there,
    and Meera no title."""
    doc = _doc("Dil Ki Dastak spoiler\n\nKabir and Meera's wedding is on the cards. The "
               "upcoming track will also show Meera's pregnancy.")
    assert "Meera" not in doc.shows.names


def test_kind_and_rank_cues_kept_are_those_a_match_can_end_with() -> None:
    """The descriptive ("X, a Zee TV show") and ranked ("X bagged the top spot") title
    patterns run only from the kind words and rank nouns that can close a match: what
    ``finditer`` finds over the whole text (an "is one of the ... serials", a possessive,
    a comma, "the show" and "took place" left out, a hyphened ordinal, "position 7")."""
    from tellytrack.extract.scan import near
    from tellytrack.extract.shows import (
        _DESCRIBED,
        _FINISH,
        _KIND_RE,
        _RANK_CUE,
        _RANK_NOUN,
        _determined,
        _ranked_noun,
    )

    text = ("Pyaar Ki Dor, a Zee TV show, is back. Neel Kamal has been one of the longest "
            "running serials. Kesar Ki Kahani is the makers' new show. The show took place "
            "in Mumbai; Rang Mahal, Kavita Rao's  drama, and Riya Malhotra was a part of the "
            "show. Neel Kamal bagged the top spot, Rang Mahal took the second-place slot and "
            "Kesar Ki Kahani moved up to position 7, Sunehri Dhoop came in third. "
            "She spotted Kabir in Rang Mahal at the place where the show is shot.")
    kinds = [m.start() for m in _KIND_RE.finditer(text)]
    kept = [k for k in kinds if _determined(text, k)]
    assert len(kept) < len(kinds)
    assert [m.span() for m in near(_DESCRIBED, _KIND_RE, text, reach=120, cue_at=kept)] == \
        [m.span() for m in _DESCRIBED.finditer(text)] != []
    nouns = [m.start() for m in _RANK_NOUN.finditer(text)]
    ranked = [k for k in nouns if _ranked_noun(text, k)]
    assert len(ranked) < len(nouns)
    found = {m.span() for cue, at in ((_RANK_NOUN, ranked), (_FINISH, None))
             for m in near(_RANK_CUE, cue, text, reach=130, cue_at=at)}
    assert found == {m.span() for m in _RANK_CUE.finditer(text)} and len(found) >= 3


def test_title_patterns_with_whole_words_match_as_the_plain_ones() -> None:
    """The title-led patterns that take each title word whole (``_TITLE_WHOLE``) find
    every match, with its groups, that the plain ``_TITLE`` form finds: hyphened and
    possessive titles, titles run into lower-case words, speakers, "aka" lines, ranks."""
    import re

    from tellytrack.extract import link_patterns as lp
    from tellytrack.extract import shows

    text = ("Pyaar Ki Dor, a Zee TV show, is back; Rang-Mahal is one of the longest running "
            "serials. Riya Malhotra said she loved it, and Kabir Sethi, who plays Arjun, "
            "agreed. Kabir-Sethi aka Arjun and Tara Sen aka Kesar. Neel Kamal's Kesar aka "
            "Riddhi Nair. Rang Mahal bagged the top spot, Kesar Ki Kahani came in third, "
            "Sunehri Dhoop is at number 4 and Neel Kamal remains fifth. Kesar Ki Kahani "
            "actress Riya. Kavita Rao's production and the Kavita-Rao banner. "
            "NeelKamal saidso. Pyaar Ki Dor 2 fame Riya Malhotra. Rang Mahal (2.4), Kesar-Ki "
            "Kahani (TRP 1.9) and Neel Kamal\n(1.7); A and B are 4th and 5th respectively.")
    fast = (shows._ACTOR_BEFORE_AKA, shows._DESCRIBED, shows._CHAR_AKA, shows._RANK_CUE,
            shows._cue_res()[1], shows._SAYS, lp.BANNER_OWNER, shows._VALUED)
    found = 0
    for pattern in fast:
        assert shows._TITLE_WHOLE in pattern.pattern or lp.NAME_WHOLE in pattern.pattern
        slow = re.compile(pattern.pattern.replace(shows._TITLE_WHOLE, shows._TITLE).replace(
            lp.NAME_WHOLE, lp.NAME), pattern.flags)
        got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in slow.finditer(text)], pattern.pattern
        found += len(got)
    assert found >= 14
    respectively = re.compile(r"\brespectively\b")  # the literal-first cue's plain form
    assert [m.span() for m in shows._RESPECTIVELY.finditer(text + " irrespectively")] == \
        [m.span() for m in respectively.finditer(text + " irrespectively")] != []


def test_a_title_after_to_play_a_role_in() -> None:
    """"A has stepped into the shoes of B to play Y in X": X, a one-word title named nowhere
    else, is the show ("play" without an ending, as "to play" and "will play" write it)."""
    assert _doc("Kabir Mehra takes over\nKabir Mehra has stepped into the shoes of Vivek Anand "
                "to play Arjun in Gulmohar.").shows.topic == "Gulmohar"


def test_quoted_title_joined_by_a_dash_is_one_show() -> None:
    """"'X – Y'" quoted is one title, named whole wherever the article repeats it; its
    second part alone is no show."""
    text = ("‘Mann Ki Dor – Naya Safar’ actress Riya Malhotra quits the show\n"
            "Riya Malhotra, who plays Meera in Mann Ki Dor – Naya Safar, has quit the show.")
    doc = _doc(text)
    assert doc.shows.topic == "Mann Ki Dor – Naya Safar"
    facts = extract_facts(doc.article)
    assert {f.show for f in facts if f.type in ("cast", "cast_change")} == {
        "Mann Ki Dor – Naya Safar"}


def test_season_written_out_is_part_of_the_title() -> None:
    """"X season 4" is the show "X Season 4", as "X 4" is "X 4"."""
    doc = _doc("Kabir Sethi roped in for Dance Stars season 4\n"
               "Kabir Sethi has been roped in for Dance Stars season 4 as a contestant.")
    assert doc.shows.topic == "Dance Stars Season 4"


def test_a_show_named_with_one_season_is_that_season() -> None:
    """"X" beside "X 4" alone is season 4; beside "X 3" too it stays "X"."""
    one = _doc("Dance Stars 4: Kabir Sethi is a contestant\n"
               "The show Dance Stars has a new host. Dance Stars will air soon.")
    assert one.shows.topic == "Dance Stars 4"
    two = _doc("Dance Stars 4 vs Dance Stars 3\n"
               "The show Dance Stars has a new host. Dance Stars will air soon.")
    assert "Dance Stars" in two.shows.names


@pytest.mark.parametrize("line", [
    "Kabir Sethi is back on the small screen with Pal Pal Dil after five years.",
    "Kabir Sethi makes his comeback with Pal Pal Dil after five years.",
    "Kabir Sethi returns to television with Pal Pal Dil after five years.",
])
def test_the_show_a_comeback_is_made_with(line: str) -> None:
    """"back on TV with X", "comeback with X": X is a show, though no show word says so."""
    assert _doc(line).shows.topic == "Pal Pal Dil"


def test_without_any_cue_the_headline_title_the_article_repeats_is_the_show() -> None:
    """No show word, channel or slug: the headline's title repeated whole is the show;
    the people are called by a part of their names too."""
    doc = _doc("Riya Malhotra to be paired opposite Kabir Sethi in Pal Pal Dil\n"
               "Riya Malhotra has been paired opposite Kabir Sethi in Pal Pal Dil. "
               "Riya plays Meera and Kabir plays Arjun.")
    assert doc.shows.topic == "Pal Pal Dil"
    assert doc.shows.names == ("Pal Pal Dil",)


@pytest.mark.parametrize("dated", ["", " date 2024-03-05 "])
def test_without_any_cue_people_in_the_headline_are_no_show(dated: str) -> None:
    """A headline's coordinated names ("A And B To Lead X") and a name with its role
    ("A to replace B as Meera in X") are people; the title after them is the show (also
    when a date opens the page)."""
    lead = _doc(f"{dated}Meher Rao And Kunal Sethi To Lead Neel Kamal\nMeher Rao and Kunal "
                "Sethi will lead Neel Kamal, a family drama.")
    assert lead.shows.topic == "Neel Kamal"
    replace = _doc("Tara Sen to replace Riya Malhotra as Meera in Pyaar Ki Dor, confirms producer\n"
                   "The producer confirmed that Tara Sen will replace Riya Malhotra as Meera in "
                   "Pyaar Ki Dor.")
    assert replace.shows.names == ("Pyaar Ki Dor",)


def test_the_title_a_headline_quotes_is_the_topic() -> None:
    """A title the headline quotes outweighs another the body names twice."""
    doc = _doc("Riya Malhotra joins ‘Mann Ki Dor’ as Meera\nRiya Malhotra was seen in the show "
               "Rang Mahal for years. Riya Malhotra left Rang Mahal in March. She will play "
               "Meera.")
    assert doc.shows.topic == "Mann Ki Dor"


@pytest.mark.parametrize("past", ["was last seen as Meera in", "rose to fame as Meera in",
                                  "rose to fame with her role as Meera in",
                                  "is popular as Meera from"])
def test_a_past_role_names_its_show(past: str) -> None:
    """"A, who was last seen as Y in X, joins Z": X is a show (A's role there is X's, not
    Z's); "in A's show X" names no show "A"."""
    doc = _doc(f"Riya Malhotra joins Pal Pal Dil\nRiya Malhotra, who {past} Kesar Ki Kahani, "
               "has joined the show Pal Pal Dil.")
    assert set(doc.shows.names) == {"Pal Pal Dil", "Kesar Ki Kahani"}
    owned = _doc("Riya Malhotra quits\nRiya Malhotra, who was seen as Meera in Kavita Rao's "
                 "show Pal Pal Dil, has quit.")
    assert "Kavita Rao" not in owned.shows.names and "Kavita" not in owned.shows.names


_CHART_TEXTS = (
    "1. Anupamaa\n2. Yeh Rishta Kya Kehlata Hai – 2.1\n| Imlie\n\nGhum Hai & Teri Meri\n",
    "Anupamaa (2.4), Imlie (TRP: 2.1) and Kesar Ki Kahani (TVR 1.9) lead.\nX &\nY\n",
    "The top show Anupamaa\n(2.4) held on; Pyaar Ki Dor  \t(1.95) and Naagin (3) too.",
    "  Anupamaa & Imlie  \n\nStar Plus (2.2)\r\nA & B\n& C\n1) Kundali Bhagya - 2\n",
    "BARC ratings: Imlie (2.11), Anupamaa(2.0), McKesar (1.5)\n\n\n  Dor\n",
    "Anupamaa & Imlie\n\t\nTeri Meri Doriyaan (TRP:\n1.2)\nno chart here & (1.1)",
)


@pytest.mark.parametrize("text", _CHART_TEXTS)
def test_chart_line_patterns_gated_find_every_match(text: str) -> None:
    """The chart line patterns tried at line starts only, the "X & Y" line only where an
    "&" stands and the bracketed rating only around its cue find exactly what a scan of
    the whole text finds (every match holds its gate)."""
    from tellytrack.extract import shows
    from tellytrack.extract.scan import finditer_at, near

    lines = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    for pattern in (shows._CHART_LINE, shows._PAIR_LINE):
        full = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer_at(pattern, text, lines)] == full
    assert all("&" in m.group() for m in shows._PAIR_LINE.finditer(text))
    full = [m.span() for m in shows._VALUED.finditer(text)]
    assert full or "(" not in text or "Naagin" in text
    assert [m.span() for m in near(shows._VALUED, shows._VALUE_CUE, text)] == full
    assert all(shows._VALUE_CUE.search(m.group()) for m in shows._VALUED.finditer(text))
    old = [p.strip() for m in shows._CHART_LINE.finditer(text) for p in m.group(1).split(" & ")]
    old += [g for m in shows._PAIR_LINE.finditer(text) for g in m.groups()]
    old += [m.group(1) for m in shows._VALUED.finditer(text)]
    new = shows._chart_candidates(text, True)
    assert new[:len(old)] == old


@pytest.mark.parametrize("text", [
    "Dhoop Ki Chhaon 2 to premiere on April 10; Simran Kaur and Yash Gill return as Meera "
    "and Aditya.",
    "Dhoop Ki Chhaon will premiere next week on Zee TV with Simran Kaur as Meera.",
    "Dhoop Ki Chhaon to go off-air next month; Simran Kaur shares an emotional note.",
])
def test_a_premiere_or_an_end_on_air_names_the_show(text: str) -> None:
    """"X to premiere", "X will premiere", "X to go off-air" (hyphenated as often as not)
    introduce X as a show when nothing else in the article does."""
    doc = _doc(text)
    assert doc.shows.topic is not None and doc.shows.topic.startswith("Dhoop Ki Chhaon")


def test_a_list_headline_from_one_person_to_another_names_no_show() -> None:
    """"From A to B: actors who ..." opens a list of people, not a show's headline."""
    doc = _doc("From Riya Malhotra to Kabir Sethi: TV actors who made a comeback\n"
               "Riya Malhotra returned with the show Pyaar Ki Dor. Kabir Sethi is back too. "
               "Riya Malhotra and Kabir Sethi are happy.")
    assert all("Riya" not in n and "Kabir" not in n for n in doc.shows.names)


def test_an_episode_of_names_the_show_and_its_initials_fold_into_it() -> None:
    """"the upcoming episodes of X": X is a show, and the headline's initials of it ("YKDP")
    are the same show, not another."""
    doc = _doc("YKDP spoiler: Meera and Arjun to get married\nIn the upcoming episodes of Yeh "
               "Kahani Dil Pe, Meera and Arjun will finally get married.")
    assert doc.shows.names == ("Yeh Kahani Dil Pe",)


def test_the_storyline_of_names_the_show() -> None:
    """"The storyline of X will now focus on ...": X is a show."""
    doc = _doc("Big twist ahead\nThe storyline of Saath Chalenge will now focus on Meera, who "
               "will get married to Arjun.")
    assert doc.shows.topic == "Saath Chalenge"


def test_a_roundup_sentence_set_in_a_show_names_it() -> None:
    """"Meanwhile, in X, Y is pregnant": X is a show, and the sentence's news is X's; a
    one-word place ("In Lucknow, ...") is no such show."""
    facts = extract_facts(Article.create(
        "Rang Mahal: Meera to marry Arjun\nIn Rang Mahal, Meera will marry Arjun. Meanwhile, in "
        "Pyaar Ki Dor, Tara is pregnant. In Lucknow, the cast celebrated.",
        published=PubDate.parse("2024-03-05")))
    assert {(f.kind, f.show) for f in facts if f.type == "event"} == {
        ("wedding", "Rang Mahal"), ("pregnancy", "Pyaar Ki Dor")}
    assert "Lucknow" not in _doc("In Lucknow, the cast of Rang Mahal celebrated.").shows.names


def test_a_career_begun_with_a_title_names_it_a_show() -> None:
    """"A started her career with X in 2015": X is a show, no person the pronoun after
    could stand for."""
    doc = _doc("Riya Malhotra's journey\nRiya Malhotra started her career with Saath Chalenge "
               "in 2015. She then played Meera in Neel Kamal.")
    assert "Saath Chalenge" in doc.shows.names


def test_a_headline_ending_in_the_show_does_not_name_the_next_line() -> None:
    """"... quit the show" closing the headline: the body's first name, on the next line,
    is a person, not the show the cue ("quit the show X") would name on one line."""
    doc = _doc("Pyaar Ki Dor: Riya Malhotra, Kabir Sethi quit the show\nRiya Malhotra, "
               "Kabir Sethi and Tara Sen have quit Pyaar Ki Dor.")
    assert doc.shows.names == ("Pyaar Ki Dor",)
    assert "Riya Malhotra" in {f.actor for f in extract_facts(doc.article)
                               if f.type == "cast_change"}


def test_an_adjective_before_cast_is_no_show() -> None:
    """"Original cast members, including A and B": "X cast" names a show ("Pyaar Ki Dor
    cast"), but not when X is an adjective of the cast."""
    doc = _doc("Pyaar Ki Dor returns\nThe makers of Pyaar Ki Dor are bringing it back. "
               "Original cast members, including Riya Malhotra and Kabir Sethi, have been "
               "brought on board. The entire cast is happy.")
    assert doc.shows.names == ("Pyaar Ki Dor",)


def test_a_makers_production_is_no_title() -> None:
    """"X is a Kavita Rao production": the headline's later name is a maker's, not the
    show the no-cue fallback would take it for."""
    doc = _doc("Pyaar Ki Dor is a Kavita Rao production\nPyaar Ki Dor, a Kavita Rao production, "
               "airs on &TV. The show is also available on ZEE5.")
    assert doc.shows.names == ("Pyaar Ki Dor",)


def test_a_relative_clauses_past_role_names_its_show_in_passing() -> None:
    """"The actor, who played Y in W, will play Z": W is a past credit, so the sentence's
    news (an entry, a role) is the article's show's, not W's."""
    facts = extract_facts(Article.create(
        "Kabir Sethi bags Pyaar Ki Dor\nKabir Sethi has bagged the lead role in Pyaar Ki Dor. "
        "The actor, who played Arjun in Rang Mahal, will play Rudra.",
        published=PubDate.parse("2024-03-05")))
    assert {f.show for f in facts if f.type == "cast_change"} == {"Pyaar Ki Dor"}


@pytest.mark.parametrize("headline", [
    "Kesar Ki Kahani Fame Riya Malhotra Buys A New House",
    "Is Kesar Ki Kahani Going Off Air? Here Is What We Know",
])
def test_a_title_cased_headline_ends_the_title_at_a_cue(headline: str) -> None:
    """In a title-cased headline the title runs on into the words after it; it ends where
    an "X cue" phrase ("Fame", "Going Off Air") starts."""
    slug = "-".join(w.lower().strip("?") for w in headline.split())
    doc = _doc(f"{headline}\nThe actress thanked her fans. The show is loved.",
               url=f"https://example.com/tv/news/{slug}-1234")
    assert doc.shows.names == ("Kesar Ki Kahani",)


def test_a_fame_credit_and_who_was_seen_as_y_in_w_are_named_in_passing() -> None:
    """"A of W fame to enter X" and "A, who was seen as Y in W, will enter X": W is a past
    credit, so X is the topic and the new role is X's."""
    facts = extract_facts(Article.create(
        "Kabir Sethi of Rang Mahal fame to enter Pyaar Ki Dor\nActor Kabir Sethi, who was "
        "seen as Arjun in Rang Mahal, will enter the Star Plus show Pyaar Ki Dor. He will "
        "play Rudra, the male lead.", published=PubDate.parse("2024-03-05")))
    assert ("Pyaar Ki Dor", "Rudra") in {(f.show, f.character) for f in facts if f.type == "cast"}
    assert {f.show for f in facts if f.type == "cast_change"} == {"Pyaar Ki Dor"}


def test_an_adjective_before_actress_is_no_title() -> None:
    """"Beloved actress A" and "Acclaimed actor B": "X actress A" names X a show only when
    X is no common adjective."""
    doc = _doc("Pyaar Ki Dor to go off air\nThe show Pyaar Ki Dor will end next month. "
               "Beloved actress Riya Malhotra, who played Meera, has quit. Acclaimed actor "
               "Kabir Sethi will also leave.")
    assert doc.shows.names == ("Pyaar Ki Dor",)


def test_a_quoted_role_or_nickname_is_no_title() -> None:
    """"who played the iconic character of 'Meera'" and "lovingly known as 'MeeRaj'" quote a
    role and a pair's nickname, not a show."""
    doc = _doc("Pyaar Ki Dor: fans miss Riya Malhotra\nThe show Pyaar Ki Dor has run for years. "
               "Fans miss Riya Malhotra, who played the iconic character of 'Meera' on the "
               "show. Meera and Kabir are lovingly known as 'Kameera' by the fans.")
    assert doc.shows.names == ("Pyaar Ki Dor",)


def test_a_whole_channel_name_is_no_title_after_its_first_word() -> None:
    """"X: Star Bharat show's lead actor ..." with the slug "...-star-bharat-show-...":
    "Star Bharat" is a channel whole, not "Star" before a title "Bharat"."""
    doc = _doc("Pyaar Ki Dor: Star Bharat show's lead actor Kabir Sethi opens up\nKabir Sethi, "
               "who plays Arjun in the Star Bharat show Pyaar Ki Dor, spoke to us.",
               url="https://example.com/tv/news/pyaar-ki-dor-star-bharat-show-s-lead-actor-"
                   "kabir-sethi-opens-up-1234")
    assert doc.shows.names == ("Pyaar Ki Dor",)


@pytest.mark.parametrize("credit", ["popular as Tanvi from Sapno Ka Ghar",
                                    "who rose to fame with her role as Tanvi in Sapno Ka Ghar"])
def test_a_role_credit_before_the_news_is_named_in_passing(credit: str) -> None:
    """"A, popular as Y from W, will play Z": W is a past credit, so Z is the role of the
    article's show, not W's."""
    facts = extract_facts(Article.create(
        f"The show Dil Ki Baat is a hit. Meera Rao, {credit}, will play Meher.",
        published=PubDate.parse("2024-03-05")))
    assert ("Dil Ki Baat", "Meher") in {(f.show, f.character) for f in facts if f.type == "cast"}

def _plain_lower_words(body: list[str]) -> frozenset[str]:
    """``shows._lower_words``'s token loop in its plain form (each token's tests in turn)."""
    from tellytrack.extract.shows import _lower_runs

    out: set[str] = set()
    for tok in set(body):
        if tok.islower() and tok.isascii() and tok.replace("-", "").isalpha():
            word = tok.rstrip("-")
            if len(word) >= 2:
                out.add(word)
        elif "-" in tok and tok.isascii():
            out.update(_lower_runs(tok))
    return frozenset(out)


def test_lower_words_tests_in_their_order_are_the_plain_ones() -> None:
    """The lower-case words, each token's tests ordered by what most tokens are (a hyphen
    first, the article's ASCII once), are the plain loop's on random invented texts:
    ASCII and not, one-letter words, numbers with suffixes, hyphens inside, at the end
    and alone, capitals inside a hyphened word."""
    import random

    from tellytrack.extract.gate import token_spans
    from tellytrack.extract.shows import _lower_words, _tag_lines

    rng = random.Random(11)
    pieces = ["show", "a", "x", "Meera", "well-", "well- known", "co-star", "Kavita-produced",
              "café", "naïve-ish", "5th", "2024-03-05", "mid-2023", "-", "--", "A-b-c", "ab-",
              "it's", "Neel's", "x-y", "TV", "up-to-date", "é", "rs.", ", ", ". ", "\n"]
    for _ in range(400):
        text = "date 2024-03-05\n" + " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
        if not doc.sentences:
            continue
        offset = doc.sentences[0].start
        toks, starts, _ = token_spans(doc)
        tags = [(offset + a, offset + b) for a, b in _tag_lines(doc.text[offset:])]
        body = [t for t, s in zip(toks, starts, strict=True)
                if s >= offset and not any(a <= s < b for a, b in tags)]
        assert _lower_words(doc, doc.text[offset:], offset) == _plain_lower_words(body), text


def test_acronym_places_are_the_scans() -> None:
    """An acronym's places found by ``str.find`` and matched there are the places where
    ``_ACRONYM.finditer`` finds it (inside longer capital runs, after a word character,
    a hyphen or an apostrophe, at the text's ends, before the scan's offset)."""
    import random

    from tellytrack.extract.shows import _ACRONYM, _acronym_places

    rng = random.Random(5)
    pieces = ["PKDK", "PKDKX", "XPKDK", "aPKDK", "-PKDK", "PKDK-", "'PKDK", "PKDK's", "PKD",
              "PKDK2", " ", "  ", ",", "Neel", "\n"]
    found = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        offset = rng.randint(0, len(text))
        plain = [m.start() for m in _ACRONYM.finditer(text, offset) if m.group() == "PKDK"]
        assert _acronym_places(text, "PKDK", offset) == plain, (text, offset)
        found += len(plain)
    assert found > 500


def test_title_pieces_with_two_sets_are_the_unions() -> None:
    """A run cut at the words of two sets is the run cut at their union."""
    from tellytrack.extract.shows import _title_pieces

    toks = ["Neel", "Fame", "Riya", "And", "Kabir", "Aka", "Meera", "Ki", "Dor", "Shoot", "For",
            "Song"]
    common, more = frozenset({"and", "for", "ki"}), frozenset({"fame", "shoot"})
    assert _title_pieces(toks, common, more) == _title_pieces(toks, common | more) == [
        ["Neel"], ["Riya"], ["Kabir", "Aka", "Meera", "Ki", "Dor"], ["Song"]]


def test_cue_phrases_found_where_their_words_stand_in_a_row_are_the_scans() -> None:
    """The "cue X" and "X cue" matches tried only where a cue phrase's words stand in a row
    in the ordered word index (not at every "to" of "to enter", "is" of "is back in") are
    what the plain scans find: ``after.finditer`` and ``near`` from every cue, on random
    invented texts (phrases cut short, split by a comma or a line break, in capitals, a
    phrase's first word alone, at the text's end)."""
    import random

    from tellytrack.extract.scan import near
    from tellytrack.extract.shows import _after_matches, _before_matches, _cue_res

    after, before, before_cue = _cue_res()
    rng = random.Random(13)
    pieces = ["Neel Kamal", "Riya Malhotra", "to enter", "to", "enter", "To Enter", "is back in",
              "is back", "is, back in", "is\nback in", "will enter", "the show", "fame",
              "is going off air", "going off", "to go off-air", "to go off - air", "actress",
              "'s", "’", "spin-off", "spin - off", "quits", "quit", ",", ".", "\n", "exit from"]
    found = 0
    for _ in range(1000):
        words = [rng.choice(pieces) for _ in range(rng.randint(2, 14))]
        text = "Headline\n" + " ".join(words)
        doc = parse(Article.create(text))
        offset = doc.sentences[0].start if doc.sentences else 0
        body = doc.text[offset:]
        spans = [(m.span(), m.groups()) for m in _after_matches(doc, body, offset)]
        assert spans == [(m.span(), m.groups()) for m in after.finditer(body)], text
        befores = [(m.span(), m.groups()) for m in _before_matches(doc, body, offset)]
        assert befores == [(m.span(), m.groups()) for m in near(before, before_cue, body)], text
        found += len(spans) + len(befores)
    assert found > 300


def test_phrase_offsets_are_where_the_phrases_words_stand_in_a_row() -> None:
    """``gate.phrase_offsets``: the offsets where a phrase's words are the article's next
    words (read off the plain words of the lower-cased text, ``\\w+``)."""
    import random
    import re

    from tellytrack.extract.gate import phrase_offsets, phrase_words

    phrases = ["to enter", "is back in", "spin-off", "fame", "go off air"]
    rng = random.Random(17)
    pieces = ["to", "enter", "To", "ENTER", "is", "back", "in", "spin", "off", "-", "fame",
              "Fame's", "go", "air", ",", "\n", "  "]
    for _ in range(500):
        text = "Headline\n" + " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        doc = parse(Article.create(text))
        found = list(re.finditer(r"\w+", text.lower()))
        plain = [m.start() for i, m in enumerate(found) for p in map(re.compile(r"\w+").findall,
                                                                   phrases)
                 if [w.group() for w in found[i:i + len(p)]] == p]
        assert phrase_offsets(doc, phrase_words(phrases)) == sorted(set(plain)), text


def test_kind_words_and_passing_words_read_off_the_word_index_are_the_searches() -> None:
    """Where "X, a Zee TV show" can end and where an "in passing" phrase can begin, read
    off the article's word index (whole words, lower-cased), give the plain forms'
    answers: ``_DESCRIBED`` tried from every place of a kind's first letters, and
    ``_IN_PASSING.search`` over the 100 characters before every offset (random invented
    texts: kind words inside others, capitalised, "spin-off" and "spinoff", "After" at a
    line's start and inside one, "sequel", which the plain form never looked for)."""
    import random

    from tellytrack.extract import shows
    from tellytrack.extract.gate import caseless_text, lower_text
    from tellytrack.extract.scan import near

    rng = random.Random(29)
    pieces = ["Neel Kamal, a Zee TV show", "Rang Mahal is the new drama", "Neel Kamal, a",
              "Rang Mahal, its spin-off", "Neel Kamal", "is a", "was the", ", a", "Zee TV",
              "show", "shows", "Show",
              "showcase", "roadshow", "serial", "spin-off", "spinoff", "sequel", "drama",
              "another", "Another", "known for", "who played Ira in", "last seen in", "once",
              "After", "\nAfter", "\n  After", "after", "rose to fame with", "a spin-off of",
              "a spinoff of", "is a sequel to", "popular", "'s", ",", ".", "\n"]
    found = passing = 0
    for _ in range(600):
        text = "Headline\n" + " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        doc = parse(Article.create(text))
        offset = doc.sentences[0].start if doc.sentences else 0
        body, low = doc.text[offset:], lower_text(doc)
        assert caseless_text(doc) is not None
        assert low is not None
        kinds = shows._kind_starts(doc, body, low[offset:], offset)
        fast = [m.span() for m in near(shows._DESCRIBED, shows._KIND_RE, body, reach=120,
                                       cue_at=kinds)]
        # (the plain form: every place of a kind's first letters, "sequel" not among them)
        plain = [k for k in shows._at(low[offset:], shows._KINDS, whole=False) or []
                 if shows._determined(body, k)]
        assert fast == [m.span() for m in near(shows._DESCRIBED, shows._KIND_RE, body,
                                               reach=120, cue_at=plain)], text
        cues = shows._passing_cues(doc)
        for at in range(len(doc.text) + 1):
            plain = bool(shows._IN_PASSING.search(doc.text, max(0, at - 100), at))
            assert shows._in_passing(doc.text, at, cues) == plain, (text, at)
            passing += plain
        found += len(fast)
    assert found > 100 and passing > 1000


def test_slug_candidates_folded_word_by_word_are_the_plain_ones() -> None:
    """The title-cased phrases the URL slug repeats, each run's words folded once, are
    what folding every phrase tried (``_fold_words``) finds, on random invented runs and
    slugs (spelling variants, hyphens, digits, title grammar words, short words)."""
    import random

    from tellytrack.extract.shows import (
        _COMMON,
        _TITLE_RE,
        _fold_words,
        _slug_candidates,
        _title_pieces,
        fold,
    )

    def plain(runs: list[tuple[int, str]], slug: str, lower: frozenset[str]) -> list[str]:
        out = []
        slug_words = set(slug.split())
        for toks in (p for _, run in runs for p in _title_pieces(run.split(), _COMMON | lower)):
            i = 0
            while i < len(toks):
                first = fold(toks[i])
                if first and first not in slug_words:
                    i += 1
                    continue
                for j in range(len(toks), i, -1):
                    sub = " ".join(toks[i:j])
                    if (j - i >= 2 or len(sub) >= 5) and f" {_fold_words(sub)} " in slug:
                        out.append(sub)
                        i = j - 1
                        break
                i += 1
        return out

    rng = random.Random(31)
    words = ["Pyaar", "Pyar", "Ki", "Dor", "Dorr", "Neel", "Kamal", "Rang", "Mahal", "X-Men",
             "Riya", "Quits", "The", "Show", "2", "Season", "Ab", "Kesar", "Kesarkahani", "on"]
    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        runs = [(m.start(), m.group()) for m in _TITLE_RE.finditer(text)]
        slug = f" {_fold_words(' '.join(rng.choice(words) for _ in range(rng.randint(1, 6))))} "
        lower = frozenset(rng.sample(["quits", "show", "season", "ki"], 2))
        assert _slug_candidates(runs, slug, lower) == plain(runs, slug, lower), (text, slug)


def test_title_runs_read_off_the_tokens_are_the_title_scan() -> None:
    """The body's title-cased runs read off the article's tokens are what ``_TITLE_RE``
    finds from the body's start (the plain form): a capital inside a word ("iPhone"),
    numbers of one, two and three digits and decimals after a title word, a digit run
    into a word, function words before a capital or not, blanks, tabs, newlines,
    apostrophes and hyphens between words; texts the index cannot read ("é", "_") and a
    start inside a token fall back to the scan."""
    import random

    from tellytrack.extract.shows import _token_title_runs, plain_title_runs, title_runs

    pieces = ["Kavo", "Ka", "ka", "ki", "hai", "hain", "se", "sex", "to", "Tu", "mira",
              "iLumo", "x-Vent", "Dora-Bel", "12", "7", "123", "1.5", "12.25", "12ab", "5G",
              "O'Brel", "'s", "’s", "Zé", "a_B", "٣", ".", ",", "-", "(", "Q"]
    gaps = [" ", " ", " ", "  ", "\t", "\n", "", ". ", " \t "]
    rng = random.Random(17)
    texts = ["Mira said iPhone Kavo ka Dorel 12.5 and Tu 2 Ho ka 123 Bel Pan 12ab ki"]
    for _ in range(2000):
        n = rng.randint(1, 14)
        texts.append("".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(n)))
    for text in texts:
        doc = _doc(text)
        start = doc.sentences[0].start if doc.sentences else 0
        assert title_runs(doc) == plain_title_runs(doc.text, start), text
        for pos in (0, 1, 3):
            fresh = _doc(text)
            runs = _token_title_runs(fresh, pos)
            assert runs is None or runs == plain_title_runs(fresh.text, pos), (text, pos)


def test_shows_in_a_sentence_bisected_by_compiled_code_are_its_mentions() -> None:
    """A sentence's shows, found by ``gate.index_at`` over the mentions' starts, are the
    mentions that begin inside it (the plain form), a title named twice in one sentence
    and none in another."""
    doc = _doc("The show Moonvale Dreams is back. Fans love Moonvale Dreams and Moonvale "
               "Dreams again. Nothing here. Star Plus' Tirsa Ki Kahani airs next.")
    shows = doc.shows
    assert shows.mentions
    for s in doc.sentences:
        plain = [m for m in shows.mentions if s.start <= m.start < s.end]
        assert shows.shows_in(s) == plain, s.text
