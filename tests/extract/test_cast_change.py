"""cast_change: exits, entries, returns and their article-level status."""

import pytest

from tellytrack.extract import cast_change, change_rules, extract_facts
from tellytrack.extract.document import parse
from tellytrack.model import Article, Fact, PubDate


def _facts(text: str) -> dict[tuple[str, str], str]:
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    return {(f.actor or "", f.change or ""): f.status or "" for f in cast_change.extract(doc)}


SHOW = "The show Pyaar Ki Dor is a hit. "


def _read_rules(text: str) -> set[tuple[str, str]]:
    """(actor, change) as the hand-written reading (the decider's prior) reads them."""
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    return {(c.actor, c.change) for c in change_rules.changes(doc)}


def test_reported_then_denied_is_denied() -> None:
    """A rumour later denied by the actor ends as denied."""
    facts = _facts(SHOW + "There have been reports that Riya Malhotra aka Meera will also be "
                   "leaving the show. Speaking to the press, Riya Malhotra has denied "
                   "these rumours.")
    assert facts[("Riya Malhotra", "exit")] == "denied"


def test_last_day_on_sets_is_a_confirmed_exit() -> None:
    """"this was X's last day on the sets" states an exit."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun is sad. Riya revealed that this was "
                   "Kabir's last day on the sets.")
    assert facts[("Kabir Sethi", "exit")] == "confirmed"


def test_replacement_is_exit_plus_entry() -> None:
    """"X to replace Y as Z": Y exits and X enters."""
    facts = _facts(SHOW + "Tara Joshi is all set to replace Riya Malhotra as Meera.")
    assert facts[("Tara Joshi", "entry")] == "confirmed"
    assert facts[("Riya Malhotra", "exit")] == "confirmed"


def test_reportedly_marks_a_rumour() -> None:
    """"reportedly" makes the change reported."""
    facts = _facts(SHOW + "Kabir Sethi will reportedly quit the show next month.")
    assert facts[("Kabir Sethi", "exit")] == "reported"


def test_return_as_character() -> None:
    """"X returns to the show" is a return."""
    facts = _facts(SHOW + "Riya Malhotra aka Meera returns to the show after a break.")
    assert facts[("Riya Malhotra", "return")] == "confirmed"


def test_negated_return_is_denied() -> None:
    """"X will not return" denies the return."""
    facts = _facts(SHOW + "The producer confirmed that Riya Malhotra will not return as Meera.")
    assert facts[("Riya Malhotra", "return")] == "denied"


def test_one_hedged_aside_does_not_undo_plain_statements() -> None:
    """Stated twice plainly, an exit stays confirmed despite "speculation of his exit"."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun has quit the show. "
                   "Kabir Sethi said it was time to move on after his exit. "
                   "Acknowledging the speculation of his forced exit, Sethi smiled.")
    assert facts[("Kabir Sethi", "exit")] == "confirmed"


def test_maker_is_not_a_change_subject() -> None:
    """"Its producer, Dev Anand Rao, has left the meeting" is no cast change. (A possessive
    alone, "Dev Anand Rao's Pyaar Ki Dor", does not tell: leads are written so too, and
    the model reads it at about 0.5 either way.)"""
    facts = _facts(SHOW + "Its producer, Dev Anand Rao, has left the channel meeting early. "
                   "Riya Malhotra aka Meera has quit the show.")
    assert ("Riya Malhotra", "exit") in facts
    assert ("Dev Anand Rao", "exit") not in facts


def test_keyword_line_does_not_hide_names() -> None:
    """A page's lower-case keyword line ("riya malhotra, pyaar ki dor,") does not turn the
    names in it into common words."""
    facts = _facts("riya malhotra, pyaar ki dor, nach mela 3,\n\n" + SHOW
                   + "Riya Malhotra made an exit from the show Pyaar Ki Dor.")
    assert facts[("Riya Malhotra", "exit")] == "confirmed"


def test_show_title_words_are_no_person() -> None:
    """"She entered Nach Mela 3": the pronoun is the actress, not "Nach Mela"."""
    facts = _facts("Pyaar Ki Dor fame Riya Malhotra is a hit on the show Nach Mela 3. "
                   "She made an entry in the reality show last week.")
    assert ("Riya Malhotra", "entry") in facts
    assert not any(actor.startswith("Nach") for actor, _ in facts)


def test_the_one_left_is_no_exit() -> None:
    """"the only one left on the sets" is who remains, not who departs."""
    facts = _facts(SHOW + "Riya Malhotra said she was the only one left on the sets.")
    assert ("Riya Malhotra", "exit") not in facts


def test_old_role_not_given_to_a_new_show() -> None:
    """An actor's character in one show is not their character in the show they join."""
    doc = parse(Article.create(
        "Pyaar Ki Dor fame Riya Malhotra aka Meera has joined the reality show Nach "
        "Mela 3.", published=PubDate.parse("2024-03-05")))
    (fact,) = [f for f in cast_change.extract(doc) if f.change == "entry"]
    assert fact.show == "Nach Mela 3" and fact.character is None


def test_characters_returning_home_is_no_return() -> None:
    """"A and B aka C and D returning to the Sethi house" is the story, not a comeback."""
    facts = _facts(SHOW + "We saw Riya Malhotra and Kabir Sethi aka Meera and Arjun returning "
                   "to the Sethi house.")
    assert not facts


def test_headline_of_another_story_without_show_is_skipped() -> None:
    """"(Also Read: Tara Joshi roped in for ...)" is another story's news: without a show
    of this article named in it, it gives no change to this article's show."""
    text = SHOW + ("Riya Malhotra has quit the show.\n\n(Also Read: MUST READ! Tara Joshi "
                   "roped in for {}, to join the cast in Pune )\n\nMore soon.")
    facts = _facts(text.format("the new show"))
    assert ("Tara Joshi", "entry") not in facts
    assert facts[("Riya Malhotra", "exit")] == "confirmed"
    # naming its show, the line gives the change to that show, never to this article's
    doc = parse(Article.create(text.format("Dil Se Dil")))
    assert {(f.actor, f.show) for f in cast_change.extract(doc) if f.change == "entry"} \
        <= {("Tara Joshi", "Dil Se Dil")}


def test_character_between_actor_and_phrase_keeps_the_actor() -> None:
    """"Riya Malhotra aka Meera has left the show": Meera is her role, Riya leaves."""
    facts = _facts(SHOW + "Riya Malhotra aka Meera has left the show.")
    assert facts[("Riya Malhotra", "exit")] == "confirmed"


def test_someone_else_named_closer_is_the_subject() -> None:
    """"Tara was asked about Chandra replacing her": Tara does not enter the show."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun is back. Tara Joshi was asked about Chandra "
                   "replacing her as Meera.")
    assert ("Tara Joshi", "entry") not in facts


def test_ever_since_she_joined_is_background() -> None:
    """"ever since she joined" tells how a run began, not that she joins now."""
    facts = _facts(SHOW + "Riya Malhotra became famous ever since she joined the show. "
                   "Riya Malhotra has now quit the show.")
    assert ("Riya Malhotra", "entry") not in facts
    assert facts[("Riya Malhotra", "exit")] == "confirmed"


def test_joining_a_spin_off_goes_to_the_spin_off() -> None:
    """"A, B to star in spin-off Y": the change is Y's, not the parent show's."""
    doc = parse(Article.create(
        "Pyaar Ki Dor to go off air, Riya Malhotra, Kabir Sethi to star in spin-off Dil Ki "
        "Dor. The show Pyaar Ki Dor ends soon.", published=PubDate.parse("2024-03-05")))
    shows = {(f.actor, f.show) for f in cast_change.extract(doc)}
    assert ("Riya Malhotra", "Dil Ki Dor") in shows and ("Kabir Sethi", "Dil Ki Dor") in shows


def test_return_goes_to_the_new_installment() -> None:
    """A return when "X" and "X 2" are both named is a return in "X 2"."""
    doc = parse(Article.create(
        "Riya Malhotra back as Meera: Pyaar Ki Dor 2 promo out. Riya Malhotra is set to "
        "return as Meera who was loved when the show Pyaar Ki Dor began in 2001.",
        published=PubDate.parse("2024-03-05")))
    changes = {(f.actor, f.show) for f in cast_change.extract(doc) if f.change == "return"}
    assert changes == {("Riya Malhotra", "Pyaar Ki Dor 2")}


def test_character_full_name_is_no_person() -> None:
    """"Meera Sethi is returning" when "Meera" is Riya's role here: the character, not an
    actor coming back."""
    facts = _facts(SHOW + "Riya Malhotra back as Meera. Fans are thrilled: Meera Sethi is "
                   "returning with a new story!")
    assert ("Meera Sethi", "return") not in facts


def test_change_word_inside_a_title_is_no_change() -> None:
    """"shows like Quit India Quit" (the title holds "quit") is no exit."""
    facts = _facts("The show Pyaar Ki Dor is a hit. Riya Malhotra has done shows like the "
                   "show Left Right Left and Dil Se.")
    assert not facts


def test_show_an_actor_is_known_for_is_not_the_news() -> None:
    """"roped in A, best known for his show Y": A enters the article's show, not Y."""
    doc = parse(Article.create(
        "The show Pyaar Ki Dor needs a hero. The makers have roped in Kabir Sethi, who is "
        "best known for his show Dil Se Dil Tak.", published=PubDate.parse("2024-03-05")))
    assert {(f.actor, f.show) for f in cast_change.extract(doc)} == {
        ("Kabir Sethi", "Pyaar Ki Dor")}


def test_possessed_subject_is_not_the_person() -> None:
    """"Pyaar Ki Dor starring Riya Malhotra's ratings have dropped": ratings drop."""
    facts = _facts(SHOW + "The show starring Riya Malhotra's ratings have also dropped.")
    assert not facts


def test_his_own_mind_keeps_the_subject() -> None:
    """"Kabir has made up his mind to quit": "his" is Kabir's own, the quitter is Kabir
    (not the last other person named before)."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun is the lead. Tara Joshi quit last year. "
                   "It is said that Kabir has made up his mind to finally quit the show.")
    assert ("Kabir Sethi", "exit") in facts


def test_group_stops_at_the_line_end() -> None:
    """A headline "A on replacing B" does not pull in the names on the next line."""
    facts = _facts("Pyaar Ki Dor: Tara Joshi on replacing Riya Malhotra\n\nKabir Sethi aka "
                   "Arjun says the show Pyaar Ki Dor is a hit.")
    assert facts.get(("Tara Joshi", "entry")) and facts.get(("Riya Malhotra", "exit"))
    assert ("Kabir Sethi", "exit") not in facts and ("Tara Joshi", "exit") not in facts


def test_bagging_fans_is_no_entry() -> None:
    """"bagged a massive fan following after starring as Y" is fame, not joining."""
    facts = _facts(SHOW + "Riya Malhotra has bagged a massive fan following after starring "
                   "as the lead Meera in the show.")
    assert ("Riya Malhotra", "entry") not in facts


def test_long_known_for_aside_is_in_passing() -> None:
    """"A, known for her role as Y in the popular TV show Z, will take on the character
    of W": the change is the article's show's, not Z's."""
    doc = parse(Article.create(
        "The show Pyaar Ki Dor needs a new Meera. The buzz is that Tara Joshi, known for her "
        "role as Kavya Rao in the popular TV show Dil Se, will be taking on the character "
        "of Meera.", published=PubDate.parse("2024-03-05")))
    assert {(f.actor, f.show) for f in cast_change.extract(doc)} == {
        ("Tara Joshi", "Pyaar Ki Dor")}


def test_his_exit_is_his_own() -> None:
    """"A was asked whether B and C were behind his exit": A exits, not B or C."""
    facts = _facts(SHOW + "Recently, Kabir Sethi was asked about rumours of Riya Malhotra and "
                   "Tara Joshi being responsible for his exit from the show.")
    assert ("Kabir Sethi", "exit") in facts
    assert ("Riya Malhotra", "exit") not in facts and ("Tara Joshi", "exit") not in facts


def test_question_in_a_later_clause_does_not_hedge() -> None:
    """"speaks about his exit & reveals if he faced pressure": the exit stands."""
    facts = _facts(SHOW + "Kabir Sethi speaks about his exit from Pyaar Ki Dor & reveals if he "
                   "faced any pressure.")
    assert facts[("Kabir Sethi", "exit")] == "confirmed"


def test_lone_first_name_of_a_person_named_in_full() -> None:
    """"could be Tara Joshi" then "After Tara's departure from the show": Tara Joshi
    exits, though no role links her."""
    facts = _facts(SHOW + "Fans think the new lead could be Tara Joshi. After Tara's departure "
                   "from the show, rumours began.")
    assert ("Tara Joshi", "exit") in facts


def test_dropping_an_emoji_is_no_exit() -> None:
    """"Kabir dropped a heart emoticon" is a post, "was dropped from the show" an exit."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun posted a photo. Kabir dropped a red heart "
                   "emoticon. Tara Joshi was dropped from the show.")
    assert ("Kabir Sethi", "exit") not in facts and ("Tara Joshi", "exit") in facts


def test_found_their_new_role_in_someone() -> None:
    """"The makers found their new Meera in Tara Joshi": Tara enters as Meera."""
    doc = parse(Article.create(
        "Riya Malhotra aka Meera quit the show Pyaar Ki Dor. The makers of Pyaar Ki Dor have "
        "found their new Meera in Tara Joshi.", published=PubDate.parse("2024-03-05")))
    entries = {(f.actor, f.character) for f in cast_change.extract(doc) if f.change == "entry"}
    assert entries == {("Tara Joshi", "Meera")}


def test_waiting_for_a_return_is_no_return() -> None:
    """"While the fans waited for her to return" asserts no comeback."""
    facts = _facts(SHOW + "Riya Malhotra aka Meera left in 2019. While the fans waited for her "
                   "to return, the wait became indefinite.")
    assert ("Riya Malhotra", "return") not in facts


def test_a_characters_thing_replaced_is_no_exit() -> None:
    """"With Tara, Meera's character was replaced": the character changed hands."""
    facts = _facts(SHOW + "Tara Joshi aka Meera is new. With Tara, Meera's character was "
                   "replaced.")
    assert ("Tara Joshi", "exit") not in facts


def test_active_replaced_enters_the_subject() -> None:
    """"Tara recently replaced actress Riya Malhotra": Tara enters, Riya exits."""
    facts = _facts(SHOW + "Tara Joshi recently replaced actress Riya Malhotra in the show.")
    assert facts.get(("Tara Joshi", "entry")) and facts.get(("Riya Malhotra", "exit"))
    assert ("Tara Joshi", "exit") not in facts


def test_name_inside_a_relative_clause_is_not_the_subject() -> None:
    """"A, who was seen as Y in B's show X, has been replaced": A exits, not B."""
    facts = _facts("Actress Tara Joshi, who was seen as Kavya in Riya Malhotra’s popular show "
                   "Pyaar Ki Dor, has been replaced by the makers.")
    assert ("Tara Joshi", "exit") in facts and ("Riya Malhotra", "exit") not in facts


def test_he_is_not_the_actress() -> None:
    """"He will play a crucial role": the last man named, not the actress named after him."""
    facts = _facts(SHOW + "Actor Kabir Sethi is joining. The show stars actress Riya Malhotra. "
                   "He will play a crucial role in Meera's life.")
    assert ("Kabir Sethi", "entry") in facts and ("Riya Malhotra", "entry") not in facts


def test_name_after_a_preposition_is_no_pronoun_antecedent() -> None:
    """"On comparisons with Riya after she replaced the actress": "she" is the article's
    subject (Tara), not Riya."""
    facts = _facts(SHOW + "Actress Tara Joshi is the new Meera. On comparisons made with Riya "
                   "Malhotra after she replaced the actress, Tara smiled.")
    assert ("Riya Malhotra", "entry") not in facts


def test_pronoun_with_only_one_person_in_reach() -> None:
    """"“...”, Kabir Sethi on joining after a leap and how he got the role": the first
    sentence names one person only, so "he" is Kabir."""
    facts = _facts("“It is hard after any leap”, Kabir Sethi on the show Pyaar Ki Dor after a "
                   "leap, his character and how he got the role\n\nMore soon.")
    assert facts[("Kabir Sethi", "entry")] == "confirmed"


def test_change_cue_beyond_the_hand_written_phrases() -> None:
    """The learned decision reads cues no hand-written pattern covers ("step away",
    "rejoined"), from how the name stands to them."""
    facts = _facts(SHOW + "Kabir Sethi has decided to step away from the show.")
    assert facts[("Kabir Sethi", "exit")] == "confirmed"
    facts = _facts(SHOW + "Actor Kabir Sethi is coming back to the show.")
    assert ("Kabir Sethi", "return") in facts


def test_every_member_of_a_listed_group_changes() -> None:
    """"A, B and C have quit": each of them exits, and nobody enters."""
    facts = _facts(SHOW + "Riya Malhotra, Kabir Sethi and Tara Joshi have quit the show.")
    assert {k for k in facts if k[1] == "exit"} == {
        ("Riya Malhotra", "exit"), ("Kabir Sethi", "exit"), ("Tara Joshi", "exit")}
    assert not any(change == "entry" for _, change in facts)


def test_passive_replacement_reverses_the_roles() -> None:
    """"A has been replaced by B": A exits and B enters, not the other way round."""
    facts = _facts(SHOW + "Tara Joshi has been replaced by Riya Malhotra.")
    assert ("Tara Joshi", "exit") in facts and ("Riya Malhotra", "entry") in facts
    assert ("Tara Joshi", "entry") not in facts and ("Riya Malhotra", "exit") not in facts


def test_candidates_carry_no_names() -> None:
    """The learned decision's features describe context and form, never the names."""
    doc = parse(Article.create(SHOW + "Riya Malhotra aka Meera has quit the show Pyaar "
                                   "Ki Dor. Kabir Sethi joins."))
    cands = cast_change.candidates(doc)
    assert cands
    for c in cands:
        for feature in c.features:
            assert not any(n in feature.lower() for n in ("riya", "malhotra", "kabir", "meera"))


def test_denial_without_the_word_deny() -> None:
    """"quashed these rumours", "cleared the air" deny the change rumoured before."""
    facts = _facts(SHOW + "There were reports that Kabir Sethi will quit the show. Kabir Sethi "
                   "has quashed these rumours.")
    assert facts[("Kabir Sethi", "exit")] == "denied"
    facts = _facts(SHOW + "There were reports that Riya Malhotra is leaving the show. Riya "
                   "Malhotra cleared the air in an interview.")
    assert facts[("Riya Malhotra", "exit")] == "denied"


def test_contrary_to_reports_denies_and_being_said_reports() -> None:
    """"Contrary to reports, A is not leaving": denied (a negated change beside "reports"
    had read as no claim at all); "It is being said that B will join": reported."""
    facts = _facts(SHOW + "Contrary to reports, Riya Malhotra is not leaving the show. It is "
                   "being said that Tara Sen will join the show.")
    assert facts[("Riya Malhotra", "exit")] == "denied"
    assert facts[("Tara Sen", "entry")] == "reported"


def test_news_called_fake_denies_the_rumour() -> None:
    """"a source said that the news is fake" after a rumoured exit denies it."""
    facts = _facts(SHOW + "There were rumours that Riya Malhotra is quitting the show. However, "
                   "a source close to the actress said that the news is fake.")
    assert facts[("Riya Malhotra", "exit")] == "denied"


def test_stepping_into_a_named_actors_shoes() -> None:
    """"B has stepped into A's shoes": B enters, A leaves."""
    facts = _facts(SHOW + "Riya Malhotra plays Meera. Tara Sen has stepped into Riya "
                   "Malhotra's shoes.")
    assert facts[("Tara Sen", "entry")] == "confirmed"
    assert facts[("Riya Malhotra", "exit")] == "confirmed"


def test_laughing_off_a_rumour_denies_it() -> None:
    """"laughed off", "brushed aside", "shot down" the rumours of an exit deny it."""
    for verb in ("laughed off", "brushed aside", "shot down"):
        facts = _facts(SHOW + f"Riya Malhotra {verb} the rumours of her exit from the show.")
        assert facts[("Riya Malhotra", "exit")] == "denied", verb


def test_no_longer_seen_is_an_exit() -> None:
    """"X will no longer be seen in the show" states an exit."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun will no longer be seen in the show after the "
                   "leap.")
    assert facts[("Kabir Sethi", "exit")] == "confirmed"


def test_not_a_part_after_the_leap_is_an_exit() -> None:
    """"X will not be a part of the show" states an exit."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun will not be a part of the show after the leap.")
    assert facts[("Kabir Sethi", "exit")] == "confirmed"


def test_a_track_that_is_over_is_an_exit() -> None:
    """"her track is over" is her exit."""
    facts = _facts(SHOW + "Riya Malhotra aka Meera shared that her track is over and she has "
                   "shot her last scene.")
    assert ("Riya Malhotra", "exit") in facts


def test_a_chart_entry_is_no_cast_entry() -> None:
    """"the show starring A and B has entered the top 5": a chart, nobody joins."""
    facts = _facts(SHOW + "Riya Malhotra aka Meera plays the lead. Pyaar Ki Dor, starring Riya "
                   "Malhotra and Kabir Sethi, has entered the top 5 this week.")
    assert not facts


def test_a_short_and_a_full_name_are_one_fact() -> None:
    """"Riya" and "Riya Malhotra" leaving one show are one exit, under the full name."""
    exits = [Fact(type="cast_change", show="Pyaar Ki Dor", confidence=p, actor=a, change="exit")
             for a, p in (("Riya", 0.9), ("Riya Malhotra", 0.6), ("Kabir Sethi", 0.7))]
    kept = cast_change._one_name(exits)
    assert [(f.actor, f.confidence) for f in kept] == [("Riya Malhotra", 0.9), ("Kabir Sethi", 0.7)]


def test_a_sentence_opener_is_no_part_of_the_name() -> None:
    """"Both Kabir and Riya have quit": the actors are Kabir Sethi and Riya Malhotra."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun and Riya Malhotra aka Meera are loved. Both "
                   "Kabir and Riya have quit the show.")
    assert set(facts) == {("Kabir Sethi", "exit"), ("Riya Malhotra", "exit")}
    facts = _facts(SHOW + "Riya Malhotra aka Meera is loved. Mom-to-be Riya Malhotra has quit "
                   "the show.")
    assert set(facts) == {("Riya Malhotra", "exit")}


def test_a_variant_spelling_is_the_same_person() -> None:
    """"Kabeer Sethi" in an article about Kabir Sethi is Kabir Sethi."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun is loved. Kabeer Sethi has quit the show.")
    assert set(facts) == {("Kabir Sethi", "exit")}


def test_whose_last_day_it_is_is_who_leaves() -> None:
    """"A revealed that this was B's last day": the change is B's; A, the sentence's
    subject, is not even proposed for it."""
    text = (SHOW + "Today, Riya Malhotra went live with her on-screen daughter, Tara Joshi "
            "aka Kavya. Riya revealed that this was Tara's last day on the sets.")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    last = doc.sentences[-1].start
    proposed = {p.actor for p in cast_change.proposals(doc) if p.s.start == last}
    assert proposed == {"Tara Joshi"}


def test_a_question_states_no_change() -> None:
    """"A reveals if she will quit": the sentence asks, it asserts no exit."""
    facts = _facts(SHOW + "Also Read - Pyaar Ki Dor: Riya Malhotra aka Meera reveals if she "
                   "will quit the show after the leap.")
    assert ("Riya Malhotra", "exit") not in facts


def test_joined_then_quit_keeps_both_changes() -> None:
    """An actor who joined years ago and quits now: the entry and the exit are told in
    different sentences, so neither hides the other."""
    facts = _facts(SHOW + "Kabir Sethi joined the show in 2016 as Arjun. Now Kabir Sethi has "
                   "quit the show after eight years.")
    assert facts[("Kabir Sethi", "entry")] == "confirmed"
    assert facts[("Kabir Sethi", "exit")] == "confirmed"


def test_comeback_to_television_is_no_return() -> None:
    """"makes her comeback to television with a new show": career news, no return to a
    cast; "return to television as Meera" still returns to the role."""
    assert ("Riya Malhotra", "return") not in _facts(
        SHOW + "Riya Malhotra, who played Meera in Pyaar Ki Dor, makes her comeback to "
        "television after five years with a new show.")
    assert _facts(SHOW + "Riya Malhotra is all set to return to television as Meera in "
                  "Pyaar Ki Dor.")[("Riya Malhotra", "return")] == "confirmed"


def test_new_cast_after_a_farewell_is_not_their_entry() -> None:
    """"a new cast will be introduced post A and B's farewell": A and B do not enter."""
    doc = parse(Article.create(SHOW + "As the show takes a leap, a new cast will be introduced "
                               "post Riya Malhotra and Kabir Sethi's farewell.",
                               published=PubDate.parse("2024-03-05")))
    assert not [c for c in change_rules.changes(doc) if c.change == "entry"]


def test_a_coordinated_group_shares_its_claim() -> None:
    """"A, B, C and D have been approached": every member carries the same group key
    (the decision keeps the group's best probability for each); a name across a
    semicolon is not proposed at all."""
    doc = parse(Article.create(SHOW + "As per reports, Riya Malhotra, Kabir Sethi, Tara Joshi "
                               "and Arjun Mehra have been approached for the show. Neha Kapoor "
                               "is happy; Vikram Rao has quit.",
                               published=PubDate.parse("2024-03-05")))
    keys = {p.actor: p.group for p in cast_change.proposals(doc)}
    group = {keys[a] for a in ("Riya Malhotra", "Kabir Sethi", "Tara Joshi", "Arjun Mehra")}
    assert len(group) == 1 and group != {()}
    assert "Neha Kapoor" not in keys


def test_a_describing_word_is_no_part_of_the_actors_name() -> None:
    """"Newcomers A and B", "Veteran C": words that say what a person is open the name's
    run but are not part of it (lexicon not_names)."""
    facts = _facts("Chandni Raat gets new leads\nNewcomers Isha Verma and Rohan Kapoor have "
                   "been roped in for Sony TV show Chandni Raat. Veteran Anil Dutt has been "
                   "roped in too.")
    assert {("Isha Verma", "entry"), ("Rohan Kapoor", "entry"), ("Anil Dutt", "entry")} \
        <= set(facts)

def test_preposition_before_is_the_plain_search() -> None:
    """``change_rules.preposition_before`` (the span's last word only) answers what the
    plain search of the whole span answers, for every span of a few invented texts."""
    texts = ["Along WITH  Riya, Kabir quit; compared to\nTara and against Dev.",
             "Fans of  \n Meera, unlike Arjun, cheered for Kavita aGainst all odds by Dev",
             "withto Kabir, from\u212a, li\u212ae Tara, a\u017fgainst Riya, ABOUT   Kesar"]
    for text in texts:
        for start in range(len(text)):
            for end in range(start, len(text) + 1):
                plain = bool(change_rules.PREPOSITION_BEFORE.search(text, start, end))
                assert change_rules.preposition_before(text, start, end) == plain


def test_stepping_out_of_a_show_is_an_exit() -> None:
    """"A has stepped out of the show": an exit, stated."""
    assert _facts(SHOW + "Aman Bedi, who plays Rathore, has stepped out of the show.") == {
        ("Aman Bedi", "exit"): "confirmed"}


def test_a_buzz_headline_to_enter_a_show() -> None:
    """"Buzz: A to enter S as ..." and "A is likely to enter S": a reported entry into S
    ("Buzz" is a headline label, not a show)."""
    doc = parse(Article.create(
        "Buzz: Riya Malhotra to enter Chandni Raat as Dev's ex-wife\nRiya Malhotra is likely "
        "to enter Chandni Raat as Dev's ex-wife Naina, reports suggest.",
        published=PubDate.parse("2024-03-05")))
    assert {(f.show, f.actor, f.change, f.status) for f in cast_change.extract(doc)} == {
        ("Chandni Raat", "Riya Malhotra", "entry", "reported")}


def test_removed_from_a_show() -> None:
    """"A has been removed from X overnight": X is the show and A leaves it."""
    doc = parse(Article.create(
        "Tara Sen removed from Saanjh overnight\nTara Sen has been removed from Saanjh "
        "overnight. She played Gauri in the show.", published=PubDate.parse("2024-03-05")))
    assert {(f.show, f.actor, f.change) for f in cast_change.extract(doc)} == {
        ("Saanjh", "Tara Sen", "exit")}


def test_a_cue_acts_in_its_own_clause() -> None:
    """"A quits X; B to step in": B is in another clause, so no exit of B."""
    got = _facts("Riya Malhotra quits Pyaar Ki Dor; Tara Sen to step in\nAfter two years, "
                 "Riya Malhotra has decided to move on from Pyaar Ki Dor. Sources say Tara Sen "
                 "has been approached to replace her.")
    assert ("Tara Sen", "exit") not in got
    assert got[("Riya Malhotra", "exit")] == "confirmed"


def test_a_nearer_subject_takes_the_cue() -> None:
    """"A will be seen as Y in X after B quit the show": B quits, A does not."""
    got = _facts(SHOW + "Varun Rao will now be seen as Raghav in Pyaar Ki Dor after Rohan "
                 "Mehta quit the show.")
    assert ("Rohan Mehta", "exit") in got and ("Varun Rao", "exit") not in got


def test_an_offer_is_a_report() -> None:
    """"A has been approached to play Y; she is in final talks": the entry is reported."""
    got = _facts(SHOW + "Kavya Sood has been approached to play Sonia in Pyaar Ki Dor. She is "
                 "in final talks with the makers.")
    assert got[("Kavya Sood", "entry")] == "reported"


def test_a_career_is_no_show() -> None:
    """"A has no plans to quit television", "B quit acting": no change of a show."""
    got = _facts(SHOW + "Kabir Sethi, who made his debut with Pyaar Ki Dor, says he has no plans "
                 "to quit television. Tara Joshi quit acting in 2020.")
    assert not got


def test_while_opens_another_clause() -> None:
    """"A quit X in March, while B left Y": B did not quit X; "A was loved as Meera but
    quit the show" keeps A as the one who quit."""
    got = _facts("Many actors left their shows. Riya Malhotra quit Pyaar Ki Dor in March, "
                 "while Kabir Sethi left Kesar Ki Kahani after three years.")
    assert got.get(("Riya Malhotra", "exit")) == "confirmed"
    assert ("Kabir Sethi", "exit") in got
    doc = parse(Article.create("Many actors left their shows. Riya Malhotra quit Pyaar Ki Dor "
                               "in March, while Kabir Sethi left Kesar Ki Kahani.",
                               published=PubDate.parse("2024-03-05")))
    assert ("Pyaar Ki Dor", "Kabir Sethi") not in {
        (f.show, f.actor) for f in cast_change.extract(doc)}


def test_negation_test_answers_as_the_plain_search() -> None:
    """``modality.negated`` searches its window only when one of the negations' letters
    stands in it: the same answer as searching every window ("NOT", "won't", "no longer",
    a curly apostrophe, a Devanagari word, words that merely hold "no": "know", "snow")."""
    from tellytrack.extract.modality import _NEGATION, negated

    text = ("Riya will NOT return, and Kabir won't quit; Meera is no longer in it. Dev "
            "doesn’t know if Tara will never be back, nahi aayegi. Snow fell and Om "
            "कभी नहीं left, said the one who knows.")
    answers = []
    for offset in range(len(text) + 1):
        plain = bool(_NEGATION.search(text[max(0, offset - 40):offset]))
        assert negated(text, offset) == plain, offset
        answers.append(plain)
    assert True in answers and False in answers


def test_clause_break_and_pronoun_tests_answer_as_the_plain_searches() -> None:
    """The clause-break and pronoun searches of a gap run only when one of their strings
    stands in it: the same answers as searching every span ("but" inside "rebut",
    "whereas", "SHE", "the  actress", "This", a Devanagari word, "ſhe")."""
    from tellytrack.extract.change_rules import (
        CLAUSE_BREAK,
        PRONOUN,
        clause_break,
        pronoun_in,
    )

    text = ("Riya quit; Kabir stays, but SHE left whereas Dev rebuts it: the  actress "
            "said This is his last day while Tara वह ſhe stays. Om, then Jai joined.")
    answers = []
    for lo in range(0, len(text), 3):
        for hi in range(lo, len(text) + 1, 2):
            assert clause_break(text, lo, hi) == bool(CLAUSE_BREAK.search(text, lo, hi))
            plain = bool(PRONOUN.search(text, lo, hi))
            assert pronoun_in(text, lo, hi) == plain, (lo, hi)
            answers.append(plain)
    assert True in answers and False in answers


def test_a_couple_parting_ways_leaves_no_show() -> None:
    """"Kavya and Vikram to part ways" (characters) is no exit; "A parts ways with X" is."""
    got = _facts(SHOW + "In the upcoming episodes, Kavya and Vikram will part ways after a "
                 "fight. Riya Malhotra has parted ways with Pyaar Ki Dor.")
    assert ("Kavya", "exit") not in got and ("Riya Malhotra", "exit") in got


def test_not_continuing_with_the_show_is_an_exit() -> None:
    """"Sources say A will not continue with the show" reports A's exit."""
    facts = _facts(SHOW + "The show will take a leap. Sources say Riya Malhotra will not "
                   "continue with the show after the leap.")
    assert facts[("Riya Malhotra", "exit")] == "reported"


def test_a_closing_source_attribution_reports_the_whole_sentence() -> None:
    """"A will be replaced by B, a source told us": the attribution at the end makes the
    replacement a report; "..., according to reports" too."""
    facts = _facts(SHOW + "Riya Malhotra will be replaced by Tara Joshi, a source told us.")
    assert facts == {("Riya Malhotra", "exit"): "reported", ("Tara Joshi", "entry"): "reported"}
    facts = _facts(SHOW + "Kabir Sethi has quit the show, according to reports.")
    assert facts[("Kabir Sethi", "exit")] == "reported"


def test_a_headlines_bare_replaced_is_passive() -> None:
    """"Pyaar Ki Dor: Riya Malhotra replaced" says Riya was replaced (an exit), not that
    she replaced someone."""
    facts = _facts("Pyaar Ki Dor: Riya Malhotra replaced\n\nThe makers have found a new "
                   "Meera. Tara Joshi will now play Meera in Pyaar Ki Dor.")
    assert ("Riya Malhotra", "entry") not in facts


def test_a_headlines_out_and_in_is_a_replacement() -> None:
    """"Pyaar Ki Dor: Riya Malhotra out, Tara Joshi in": Riya leaves, Tara comes in."""
    facts = _facts("Pyaar Ki Dor: Riya Malhotra out, Tara Joshi in\n\nThe makers of Pyaar Ki "
                   "Dor have made a change. Tara Joshi will now play Meera.")
    assert facts[("Riya Malhotra", "exit")] == "confirmed"
    assert facts[("Tara Joshi", "entry")] == "confirmed"


def test_replaced_one_actor_with_another() -> None:
    """"The makers have replaced A with B as Y" (and a headline's "replace A with B"): A
    leaves, B comes in."""
    got = _facts("Makers of Tara Niwas replace Vivek Anand with Kabir Mehra\nThe makers of Tara "
                 "Niwas have replaced Vivek Anand with Kabir Mehra as Arjun. Vivek was unhappy "
                 "with his track.")
    assert got == {("Vivek Anand", "exit"): "confirmed", ("Kabir Mehra", "entry"): "confirmed"}


def test_a_question_answered_no_is_a_denial() -> None:
    """"Is A quitting the show? 'Not at all,' she said.": the answer denies the rumour the
    question reports; an answer that is no answer ("No one knows yet") leaves it reported."""
    facts = _facts(SHOW + "Is Riya Malhotra quitting the show? \"Not at all,\" the actress said.")
    assert facts[("Riya Malhotra", "exit")] == "denied"
    facts = _facts(SHOW + "Is Kabir Sethi quitting the show? No one knows yet.")
    assert facts[("Kabir Sethi", "exit")] == "reported"


def test_the_lead_a_newcomer_plays_opposite_does_not_enter() -> None:
    """"roped in A to play the lead opposite B": A enters; B is already in the cast."""
    facts = _facts(SHOW + "The makers have roped in Tara Joshi to play the female lead "
                   "opposite Kabir Sethi.")
    assert ("Tara Joshi", "entry") in facts
    assert ("Kabir Sethi", "entry") not in facts


def test_the_latest_addition_and_bags_the_lead_are_entries() -> None:
    """"A is the latest addition to the show", "Newcomer A bags the lead role": entries."""
    opening = SHOW + "Actress Riya Malhotra plays Meera in it. "
    assert _facts(opening + "Riya Malhotra is the latest addition to the show.")[
        ("Riya Malhotra", "entry")] == "confirmed"
    assert _facts(opening + "Newcomer Riya Malhotra bags the lead role in the show.")[
        ("Riya Malhotra", "entry")] == "confirmed"


def test_a_quoted_answer_after_a_colon_denies_the_reported_change() -> None:
    """"A reacts to reports of her quitting the show: 'It is fake news'": denied."""
    facts = _facts(SHOW + "Actress Riya Malhotra plays Meera in it. Riya Malhotra reacts to "
                   "reports of her quitting the show: \"It is fake news.\"")
    assert facts[("Riya Malhotra", "exit")] == "denied"


def test_who_a_newcomer_steps_into_the_shoes_of_leaves() -> None:
    """"B will step into the shoes of A as Y": B enters, A leaves."""
    facts = _facts(SHOW + "Actress Riya Malhotra plays Meera in it. Tara Joshi will step into "
                   "the shoes of Riya Malhotra as Meera.")
    assert facts[("Tara Joshi", "entry")] == "confirmed"
    assert facts[("Riya Malhotra", "exit")] == "confirmed"


def test_a_show_dropping_out_of_the_top_five_is_no_change() -> None:
    """"X has dropped out of the top five": a chart's news, not a cast change."""
    facts = _facts("The latest BARC ratings show that Rang Mahal has dropped out of the top "
                   "five. Pyaar Ki Dor continues at number one.")
    assert not facts


def test_a_pronoun_s_exit_in_the_cues_of_the_decider_is_read_too() -> None:
    """"A has been part of the show for years. She will no longer be seen / has stepped
    away / has pulled out": the pronoun is the person named before."""
    for said in ("will no longer be seen in the show", "has stepped away from the show",
                 "has now pulled out of the show"):
        facts = _facts(SHOW + "Actress Riya Malhotra has been a part of the show for three "
                       f"years. She {said}.")
        assert facts.get(("Riya Malhotra", "exit")) == "confirmed", said
    facts = _facts(SHOW + "Actress Riya Malhotra was last seen in Neel Kamal. She has "
                   "signed the show.")
    assert facts.get(("Riya Malhotra", "entry")) == "confirmed"


def test_a_show_back_on_top_of_the_chart_is_no_return() -> None:
    """"X is back at the top of the TRP charts": a chart's news, not a cast change."""
    assert not _facts("TRP Report: Rang Mahal back on top\nRang Mahal is back at the top of "
                      "the TRP charts with a rating of 2.3. Pyaar Ki Dor is in second place "
                      "with 2.1, while Neel Kamal holds the third spot with 1.9.")


def test_a_list_items_show_carries_to_its_later_sentences() -> None:
    """A numbered list of actors who left their shows: "2. B: B left X. She was replaced by
    C." files C's entry (and B's exit) under X, not under the article's topic."""
    doc = parse(Article.create(
        "Three actresses who quit their shows\n1. Riya Malhotra: Riya Malhotra quit Pal Pal Dil "
        "in 2023. She played Devika in the show.\n2. Tara Sen: Tara Sen left Gulmohar after two "
        "years. She was replaced by Meena Kohli.\n3. Sana Kapoor: Sana Kapoor exited Chand "
        "Sitare.", published=PubDate.parse("2024-03-05")))
    shows = {(f.actor, f.change): f.show for f in cast_change.extract(doc)}
    assert shows[("Meena Kohli", "entry")] == "Gulmohar"
    assert shows[("Tara Sen", "exit")] == "Gulmohar"


def test_a_fronted_clauses_pronoun_means_the_speaker_who_denies() -> None:
    """"When asked about rumours of her exit, B said, 'There is no truth to it'": the exit
    is B's (not the man named before), and B's quoted answer denies it."""
    facts = _facts(SHOW + "Tara Sen plays Devika. Talking about her co-star Kabir Sethi, she "
                   "said, 'He is a wonderful actor.' When asked about rumours of her exit from "
                   "the show, Tara Sen said, 'There is no truth to it.'")
    assert facts.get(("Tara Sen", "exit")) == "denied"
    assert ("Kabir Sethi", "exit") not in facts


def test_rejoining_and_being_brought_back_are_returns() -> None:
    """"A rejoins the show", "the makers have brought back B", "C will be brought back":
    returns (a weak cue alone had been left to the decider, which let them go)."""
    facts = _facts(SHOW + "Kabir Sethi rejoins the show after a long break. The makers have "
                   "brought back Riya Malhotra. Tara Sen will be brought back too.")
    assert facts[("Kabir Sethi", "return")] == "confirmed"
    assert facts[("Riya Malhotra", "return")] == "confirmed"
    assert facts[("Tara Sen", "return")] == "confirmed"


def test_stepping_in_for_signing_and_leading_are_changes() -> None:
    """"B steps in for A" enters B and exits A, as "B replaces A" does; "A has signed X"
    and "A and B will lead X" enter them."""
    facts = _facts("Pyaar Ki Dor: Kabir Sethi steps in for Arjun Rao\nKabir Sethi will step in "
                   "for Arjun Rao in Pyaar Ki Dor.")
    assert facts[("Kabir Sethi", "entry")] == "confirmed"
    assert facts[("Arjun Rao", "exit")] == "confirmed"
    assert ("Riya Malhotra", "entry") in _facts(
        "Riya Malhotra bags a show\nRiya Malhotra has signed Pyaar Ki Dor, the new show on "
        "Colors TV.")
    facts = _facts("Riya Malhotra and Kabir Sethi to lead Pyaar Ki Dor\nRiya Malhotra and Kabir "
                   "Sethi will lead the new show Pyaar Ki Dor.")
    assert ("Riya Malhotra", "entry") in facts and ("Kabir Sethi", "entry") in facts


def test_no_plans_to_quit_denies_the_exit() -> None:
    """"A has no plans to quit the show" and a quoted "I have no plans to leave" deny the
    exit (the first had read as a confirmed one)."""
    assert _facts(SHOW + "Riya Malhotra has no plans to quit the show.")[
        ("Riya Malhotra", "exit")] == "denied"
    assert _facts(SHOW + "When asked about the rumours of her quitting the show, Riya "
                  "Malhotra said, \"I have no plans to leave.\"")[
        ("Riya Malhotra", "exit")] == "denied"


def test_will_be_joined_by_enters_the_one_after_by() -> None:
    """"A will be joined by B in the show": B enters, not A (the passive of "join")."""
    facts = _facts(SHOW + "Riya Malhotra will be joined by Kabir Sethi in the show.")
    assert ("Kabir Sethi", "entry") in facts
    assert ("Riya Malhotra", "entry") not in facts


def test_a_cast_listed_for_a_new_show_enters_and_one_it_had_before_has_left() -> None:
    """"Starring A and B ..., the upcoming show": they enter; "X initially starred A",
    "Before them, we saw A and B as the leads", "The show earlier had A as the lead":
    they have left; "Original cast members A and B have been brought on board": they
    return."""
    facts = _facts("Pyaar Ki Dor is coming\nStarring Riya Malhotra and Kabir Sethi in the roles "
                   "of Meera and Arjun, the upcoming show Pyaar Ki Dor will premiere soon.")
    assert ("Riya Malhotra", "entry") in facts and ("Kabir Sethi", "entry") in facts
    facts = _facts(SHOW + "Pyaar Ki Dor initially starred Riya Malhotra and Kabir Sethi. Before "
                   "them, we saw Tara Sen and Arjun Rao as the leads.")
    assert {a for a, c in facts if c == "exit"} == {
        "Riya Malhotra", "Kabir Sethi", "Tara Sen", "Arjun Rao"}
    facts = _facts(SHOW + "Original cast members, including Riya Malhotra and Kabir Sethi, have "
                   "been brought on board.")
    assert ("Riya Malhotra", "return") in facts and ("Riya Malhotra", "entry") not in facts


def test_the_new_duo_enters() -> None:
    """"Fans love the new duo, A and B": a new lead pair enters the show."""
    facts = _facts(SHOW + "Tara Sen plays Meera and Arjun Rao plays Kabir. Fans have started "
                   "loving the new duo, Tara Sen and Arjun Rao.")
    assert ("Tara Sen", "entry") in facts and ("Arjun Rao", "entry") in facts



def test_the_rules_read_a_list_after_including_and_roles_to_be_played_by() -> None:
    """The hand-written reading (the decider's prior): "several actors had quit the show,
    including A and B" has them leave; "the roles of Y and Z will be played by A and B"
    has them enter."""
    assert _read_rules(
        SHOW + "Riya Malhotra plays Meera and Kabir Sethi plays Arjun. After the leap, "
        "several actors had quit the show, including Riya Malhotra and Kabir Sethi.") >= {
        ("Riya Malhotra", "exit"), ("Kabir Sethi", "exit")}
    assert _read_rules(
        SHOW + "Tara Sen plays Meera and Arjun Rao plays Kabir. The roles of Meera and "
        "Kabir will be played by Tara Sen and Arjun Rao.") >= {
        ("Tara Sen", "entry"), ("Arjun Rao", "entry")}


def test_headed_by_and_approached_for_are_entries_and_a_credit_no_show() -> None:
    """"The show will now be headed by A and B" enters them; "A has been approached for
    X" is a reported entry; "the role will be played by A, who was seen in W" files A's
    entry under the article's show, not W (a past credit)."""
    assert _read_rules(
        SHOW + "Tara Sen plays Meera and Arjun Rao plays Kabir. The show will now be "
        "headed by Tara Sen and Arjun Rao.") >= {
        ("Tara Sen", "entry"), ("Arjun Rao", "entry")}
    assert _facts(SHOW + "Actress Tara Sen has been approached for Pyaar Ki Dor.")[
        ("Tara Sen", "entry")] == "reported"
    doc = parse(Article.create(SHOW + "Reportedly, the role of Meera will now be played by "
                               "actress Tara Sen, who was seen in Rang Mahal.",
                               published=PubDate.parse("2024-03-05")))
    assert {c.show for c in cast_change.extract(doc) if c.actor == "Tara Sen"} == {"Pyaar Ki Dor"}


def test_every_listing_reading_holds_one_of_its_gate_words() -> None:
    """The listing readings are tried only in sentences holding one of their words: every
    match of each pattern on invented sentences holds one (else the gate hides it)."""
    sentences = ("X initially starred A. X originally premiered with B. Before them, we saw C.",
                 "The show earlier had A as the lead. It previously featured B.",
                 "Fans love the new duo, A and B. The new lead pair of C and D is a hit.",
                 "Several actors had quit the show, including A. Others joined, including B.",
                 "The roles will be played by A and B. It will now be headed by C.")
    for pattern, words, _ in change_rules._LISTED:
        found = [m.group() for text in sentences for m in pattern.finditer(text)]
        assert found, pattern.pattern
        assert all(any(w in f for w in words) for f in found), pattern.pattern


@pytest.mark.parametrize(("sentence", "change"), [
    ("The show will now move ahead without Riya Malhotra.", "exit"),
    ("Riya Malhotra's track has come to an end.", "exit"),
    ("Riya Malhotra has been confirmed for the show.", "entry"),
    ("Riya Malhotra is all set to play the lead in the show.", "entry"),
    ("The makers have decided to write off Riya Malhotra.", "exit"),
])
def test_moving_ahead_without_a_track_ending_confirmed_for_set_to_play(
        sentence: str, change: str) -> None:
    """Changes told without a change verb the lexicon knew: "the show will move ahead
    without A", "A's track has come to an end", "A has been confirmed for the show", "A is
    set to play the lead"."""
    assert (("Riya Malhotra", change) in _facts(SHOW + sentence))


def test_if_the_grapevine_is_to_be_believed_reports() -> None:
    """"If the grapevine / rumours are to be believed, A will quit": hearsay, not a
    condition that asserts nothing (the sentence had given no change)."""
    assert _facts(SHOW + "If the grapevine is to be believed, Riya Malhotra will quit the "
                  "show.")[("Riya Malhotra", "exit")] == "reported"


def test_the_rules_read_parts_ways_re_enter_landed_a_role_and_zeroed_in_on() -> None:
    """Change phrases without the lexicon's usual verbs: "A parts ways with X" leaves,
    "A will re-enter X" returns (it had read as an entry), "A has landed a pivotal role"
    and "the makers have zeroed in on A" enter."""
    assert ("Tara Sen", "exit") in _read_rules(
        SHOW + "Actress Tara Sen, who plays Meera, parts ways with the show after two years.")
    assert _read_rules(
        SHOW + "Actress Tara Sen will re-enter the show as Meera after the leap.") == {
        ("Tara Sen", "return")}
    assert ("Tara Sen", "entry") in _read_rules(
        SHOW + "Actress Tara Sen has landed a pivotal role in the show.")
    assert ("Tara Sen", "entry") in _read_rules(
        SHOW + "The makers have zeroed in on actress Tara Sen to play the lead.")


def test_will_be_playing_the_lead_enters() -> None:
    """"A will be playing the lead in X" enters A (only "will play" was read)."""
    assert ("Tara Sen", "entry") in _read_rules(
        SHOW + "Actress Tara Sen will be playing the lead in the show.")


def test_a_lead_played_in_the_present_is_no_entry() -> None:
    """"A and B play the lead roles" describes the cast; "A will play the lead" enters."""
    assert not _facts(SHOW + "In the latest episode, Meera and Arjun got married. Actress "
                      "Riya Malhotra and actor Kabir Sethi play the lead roles.")
    assert ("Riya Malhotra", "entry") in _facts(
        SHOW + "Actress Riya Malhotra will play the lead in the show.")


def test_a_role_s_name_changes_no_cast() -> None:
    """"Meera Sethi has walked out of the Sethi house": a role the article casts (played
    by Riya Malhotra) leaves the story's house, no actor leaves the show (vetoed after the
    decider; the name had been taken for an actor's)."""
    facts = extract_facts(Article.create(
        "Pyaar Ki Dor twist\nRiya Malhotra plays Meera Sethi in Pyaar Ki Dor. Meera Sethi has "
        "walked out of the Sethi house after the fight.", published=PubDate.parse("2024-03-05")))
    assert ("Meera Sethi", "exit") not in {(f.actor, f.change) for f in facts
                                           if f.type == "cast_change"}


def test_the_cast_of_a_show_the_article_launches_enters_it() -> None:
    """A show told as new or about to premiere: the cast the article links to it, and the
    people its sentences list in its roles, join it; a cast of a show merely named beside
    "new" does not."""
    launched = _facts("Pyaar Ki Dor, a new TV soap, is set to premiere on Colors TV next "
                      "month. Meera Rao plays Tanvi in Pyaar Ki Dor, and Kabir Sood plays "
                      "her brother Ayaan.")
    assert launched[("Meera Rao", "entry")] == "confirmed"
    assert launched[("Kabir Sood", "entry")] == "confirmed"
    running = _facts("Pyaar Ki Dor is a hit. Meera Rao plays Tanvi in Pyaar Ki Dor. She said "
                     "she is not leaving Pyaar Ki Dor for a new show.")
    assert ("Meera Rao", "entry") not in running
    listed = _facts("Her new show 'Dil Ki Baat' launches on 15 April. The family drama features "
                    "Nikhil Bhatt and Tara Sen in the lead roles.")
    assert listed[("Nikhil Bhatt", "entry")] == listed[("Tara Sen", "entry")] == "confirmed"
    # words between "new" and "show": "the upcoming Colors TV show X"
    named = _facts("The upcoming Colors TV show Dil Ki Baat is all the buzz. Nikhil Bhatt "
                   "plays Kabir in Dil Ki Baat.")
    assert named[("Nikhil Bhatt", "entry")] == "confirmed"
    # "X, which will premiere ...", "X launches today"
    for opening in ("The drama Dil Ki Baat, which will premiere on Colors next month, is "
                    "a love story.", "Star Plus's new offering Dil Ki Baat launches today."):
        told = _facts(f"{opening} The show Dil Ki Baat features Nikhil Bhatt in the lead role.")
        assert told[("Nikhil Bhatt", "entry")] == "confirmed"


def test_a_launched_show_s_producer_does_not_join_its_cast() -> None:
    """The maker named in a launched show's sentences ("Kavita Rao's new show 'X' stars
    A") is no actor entering it; the actor is."""
    facts = _facts("Kavita Rao's new show 'Dil Ki Baat' launches on 15 April. Kavita Rao's "
                   "family drama stars Nikhil Bhatt in the lead role.")
    assert facts[("Nikhil Bhatt", "entry")] == "confirmed"
    assert ("Kavita Rao", "entry") not in facts


def test_the_members_named_after_a_group_s_change_share_it() -> None:
    """"Several actors have quit the show. Among them are A, B and C.": each leaves (the
    first sentence names no one)."""
    facts = _facts("The show Dil Ki Baat is a hit. Several actors have quit the show Dil Ki "
                   "Baat. Among them are Nikhil Bhatt, Tara Sen and Arjun Rao.")
    assert {a for a, c in facts if c == "exit"} == {"Nikhil Bhatt", "Tara Sen", "Arjun Rao"}


@pytest.mark.parametrize("told", ["are in the running for the part",
                                  "are being considered for the part"])
def test_people_considered_for_a_part_are_reported_entries(told: str) -> None:
    """"A and B are in the running / being considered for the part": reported entries."""
    facts = _facts(f"The show Dil Ki Baat is a hit. The makers are looking for a new lead. "
                   f"Meera Rao and Riya Sen {told}.")
    assert facts[("Meera Rao", "entry")] == facts[("Riya Sen", "entry")] == "reported"


def test_a_pronoun_joins_a_launched_show_as_the_one_named_before() -> None:
    """"A has bagged a new show. He will be seen in the upcoming show X opposite B": A
    (the "he") and B enter X."""
    facts = _facts("After Rang Mahal went off air, Nikhil Bhatt has bagged a new show. He will "
                   "be seen in the upcoming show Dil Ki Baat opposite Tara Sen.")
    assert facts[("Nikhil Bhatt", "entry")] == facts[("Tara Sen", "entry")] == "confirmed"
