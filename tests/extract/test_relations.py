"""On-screen relations between characters, read from kin words and couple frames."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tellytrack.extract import parse, records
from tellytrack.extract.gate import sentences_with
from tellytrack.extract.linear import Candidate, decide, model
from tellytrack.extract.relation_rules import rule_facts
from tellytrack.extract.relations import (
    _CUE_RE,
    _CUE_WORDS,
    _cues,
    _fact,
    _proposal_key,
    _proposals,
    _same,
    _same_pair,
    _vetoed,
    candidates,
    extract,
)
from tellytrack.model import Article, PubDate


def _relations(text: str) -> set[tuple[str, str, str]]:
    article = Article.create(text, published=PubDate.parse("2024-03-05"))
    return {(f.subject or "", f.relation or "", f.object or "")
            for f in extract(parse(article))}


def test_possessive_daughter_makes_the_anchor_the_parent() -> None:
    """ "A's daughter, B": A is B's parent (daughter is the reversed parent word)."""
    found = _relations("The show Pyaar Ki Dor follows Arjun's daughter, Tara Sethi.")
    assert ("Arjun", "parent", "Tara Sethi") in found


def test_apposition_mother_makes_the_named_person_the_parent() -> None:
    """ "B is A's wife and C's mother" gives a spouse and a parent relation."""
    found = _relations("In the show Saath Chalenge, Meera is the lead character Arjun's wife "
                       "and Tara's mother.")
    assert ("Arjun", "spouse", "Meera") in found
    assert ("Meera", "parent", "Tara") in found


def test_actor_on_screen_daughter_maps_to_characters() -> None:
    """Relations are between characters: the actor stands for the role they play."""
    found = _relations("Meera (Riya Malhotra) is the heart of the show Kesar Ki Kahani. Today Riya "
                       "Malhotra went live with her on-screen daughter, Anya Kapoor aka Tara.")
    assert ("Meera", "parent", "Tara") in found


def test_pronoun_anchor_is_the_nearest_name() -> None:
    """ "Rani asks Meera ... her daughter Tara": her is Meera, the nearest name."""
    found = _relations("In the show Pyaar Ki Dor, Rani asks Meera to not act like a good mother "
                       "when she has no idea what her daughter Tara is up to.")
    assert ("Meera", "parent", "Tara") in found
    assert ("Rani", "parent", "Tara") not in found


def test_upcoming_wedding_is_romance_but_past_wedding_is_spouse() -> None:
    """A couple to tie the knot is still a romance; one that married is a spouse pair (what
    the frames read: a lone sentence, its names typed by nothing, sits at the decider's
    threshold)."""
    upcoming = _read("In the show Saath Chalenge, Arjun is set to tie the knot with Meera.")
    married = _read("In the show Saath Chalenge, Tara's life turns when Kunal marries her.")
    assert ("Arjun", "romance", "Meera") in upcoming
    assert ("Kunal", "spouse", "Tara") in married


def _read(text: str) -> set[tuple[str, str, str]]:
    """What the hand-written frames read (before the learned decision)."""
    article = Article.create(text, published=PubDate.parse("2024-03-05"))
    return {(f.subject or "", f.relation or "", f.object or "")
            for _, f in rule_facts(parse(article))}


@pytest.mark.parametrize(("sentence", "relation"), [
    ("Arjun tied the knot with Meera to keep his promise.", "spouse"),
    ("Arjun got married to Meera in a grand ceremony.", "spouse"),
    ("Arjun will get married to Meera next week.", "romance"),
    ("Arjun has divorced Meera after the fight.", "ex_spouse"),
    ("Arjun refuses to give divorce to Meera.", "spouse"),
])
def test_wedding_frame_reads_its_tense_at_the_verb(sentence: str, relation: str) -> None:
    """"tied the knot with B" is a wedding too; "married to B" is read at its verb, so
    its "to" is no infinitive of a wedding to come."""
    found = _read(f"Kabir Sethi plays Arjun and Riya Malhotra plays Meera in Saath Chalenge. "
                  f"{sentence}")
    assert ("Arjun", relation, "Meera") in found or ("Meera", relation, "Arjun") in found


def test_love_story_of_two_characters_is_romance() -> None:
    """The "love story of A and B" frame names an on-screen couple."""
    found = _relations("The show Kesar Ki Kahani is the love story of Meera and Arjun.")
    assert ("Meera", "romance", "Arjun") in found


def test_real_life_spouses_are_not_on_screen_relations() -> None:
    """An actor's own marriage is not a relation between characters."""
    found = _relations("Kabir Sethi plays Arjun in Saath Chalenge. On the personal front, "
                       "Kabir Sethi is married to Riya Malhotra.")
    assert not found


def test_unordered_relation_is_listed_once() -> None:
    """Spouse is symmetric: "A's husband B" and "B's wife A" are one fact."""
    article = Article.create("The show Pyaar Ki Dor follows Meera's husband Arjun. "
                             "Later, Arjun's wife Meera returns.")
    facts = extract(parse(article))
    assert len([f for f in facts if f.relation == "spouse"]) == 1


def test_parting_ways_with_a_husband_is_spouse() -> None:
    """"has she parted ways from Arjun?" after "her family and husband": spouses."""
    rels = _relations("The show Pyaar Ki Dor is a hit. Meera has always put her family and "
                      "husband first. The question is has she parted ways from Arjun?")
    assert ("Arjun", "spouse", "Meera") in rels or ("Meera", "spouse", "Arjun") in rels


def test_parting_ways_without_marriage_is_romance() -> None:
    """"Meera and Arjun parting ways" with no husband or wife in sight: lovers."""
    rels = _relations("Star Plus' Pyaar Ki Dor will show Meera (Riya Malhotra) and Arjun "
                      "(Kabir Sethi) parting ways.")
    assert {r[1] for r in rels} == {"romance"}


def test_parting_ways_with_the_show_is_no_relation() -> None:
    """"part ways with the show" is an actor leaving, not a couple."""
    assert not _relations("In Pyaar Ki Dor, Riya Malhotra aka Meera decided to part ways "
                          "with the show.")


def test_they_marry_the_same_man() -> None:
    """"A (X) and B (Y) ... they end up marrying the same man, C": both wed C."""
    rels = _relations("The show Pyaar Ki Dor is about two friends Meera (Riya Malhotra) and "
                      "Kavya (Tara Joshi). However, they end up marrying the same man, Arjun "
                      "(Kabir Sethi).")
    spouses = {frozenset((a, b)) for a, r, b in rels if r == "spouse"}
    assert spouses == {frozenset(("Meera", "Arjun")), frozenset(("Kavya", "Arjun"))}


def test_child_calling_a_parent_reminds_her_of_her_own_child() -> None:
    """ "a little boy calls 'Papa'. Arjun is reminded of Kabir": Arjun is Kabir's parent;
    being reminded of someone without a child's call says nothing about kinship."""
    found = _relations("In the show Pyaar Ki Dor, Arjun walks alone in London. A little boy "
                       "calls 'Papa'. Arjun is reminded of Kabir.")
    assert ("Arjun", "parent", "Kabir") in found
    plain = _relations("In the show Pyaar Ki Dor, Arjun walks alone in London. A song plays. "
                       "Arjun is reminded of Kabir.")
    assert not plain



def _candidates(text: str) -> list[Candidate]:
    return candidates(parse(Article.create(text, published=PubDate.parse("2024-03-05"))))


def test_both_parents_of_a_coordinated_possessive() -> None:
    """ "A and B's daughter C": both are C's parents."""
    found = _relations("In the show Saath Chalenge, Meera and Arjun's daughter Tara returns.")
    assert {("Meera", "parent", "Tara"), ("Arjun", "parent", "Tara")} <= found


def test_hyphenated_couple_is_two_names() -> None:
    """ "its leads A-B": a couple written as one word is proposed as a couple."""
    cands = _candidates("The show Kesar Ki Kahani is a hit. Fans adore the chemistry of its "
                        "leads Meera-Arjun.")
    pairs = {(c.fact.subject, c.fact.relation, c.fact.object) for c in cands}
    assert ("Arjun", "romance", "Meera") in pairs


def test_actor_in_brackets_stands_with_the_character() -> None:
    """ "A (X) and B (Y) got married": each actor in brackets is one name with the
    character, so the two characters are the coordinated subjects of the cue."""
    cands = _candidates("In the show Saath Chalenge, Meera (Riya Malhotra) and Arjun "
                        "(Kabir Sethi) finally got married.")
    spouses = [c for c in cands if c.fact.relation == "spouse"]
    assert {(c.fact.subject, c.fact.object) for c in spouses} == {("Arjun", "Meera")}
    assert all("roles=subj-subj" in c.features for c in spouses)


def test_candidates_hold_no_names() -> None:
    """The learned decision reads context and form, never the names themselves; a
    parent is proposed both ways round."""
    cands = _candidates("In the show Saath Chalenge, Meera is Arjun's wife and Tara's mother.")
    parents = {(c.fact.subject, c.fact.object) for c in cands if c.fact.relation == "parent"}
    assert {("Meera", "Tara"), ("Tara", "Meera")} <= parents
    for c in cands:
        assert not any(n in f for f in c.features for n in ("Meera", "Arjun", "Tara"))


def test_plural_kin_word_before_a_dash_is_a_cue() -> None:
    """ "A and B's children- C and D": a plural kin word, even with a dash after it,
    proposes each named parent of each child."""
    cands = _candidates("The show Saath Chalenge will focus on Meera and Arjun's children- "
                        "Tara and Kabir.")
    parents = {(c.fact.subject, c.fact.object) for c in cands if c.fact.relation == "parent"}
    assert {("Meera", "Tara"), ("Arjun", "Kabir")} <= parents


def test_cue_gate_keeps_every_sentence_holding_a_cue(sample_articles: Path) -> None:
    """The doc-level pre-pass (``_CUE_WORDS`` through gate.sentences_with) is a superset
    of the sentences where the cue search itself finds a cue, so searching only those
    finds every cue."""
    texts = [json.loads(line)["text"] for line in sample_articles.read_text("utf-8").splitlines()]
    texts += ["Meera's Step-Mother Tara and her BHABHI walk in. His love interest, Naina.",
              "Raghav's daughter Kavya; the Mother-in-law arrives. Kabir's wife."]
    for text in texts:
        doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
        gate = set(sentences_with(doc, _CUE_WORDS))
        assert {i for i, s in enumerate(doc.sentences) if _cues(doc, s)} <= gate


def test_proposals_stand_for_their_facts(sample_articles: Path) -> None:
    """A proposal's key is its fact's, and deciding among the facts built only for the
    proposals the model accepts keeps what deciding among all candidates keeps."""
    learned = model("relation")
    for line in sample_articles.read_text("utf-8").splitlines():
        doc = parse(Article.create(json.loads(line)["text"],
                                   published=PubDate.parse("2024-03-05")))
        proposed, rule_only = _proposals(doc)
        assert all(_proposal_key(p) == _fact(doc, p).key() for p in proposed)
        kept = [Candidate(_fact(doc, p), p.features) for p in proposed
                if learned.probability(p.features) >= learned.threshold]
        assert decide(kept + rule_only, learned) == decide(candidates(doc), learned)


def test_cues_tried_at_first_words_are_the_plain_scan(sample_articles: Path) -> None:
    """``_cues`` tries the cue pattern only where a cue's first word begins: the same
    cues as the plain scan of every sentence, also where a sentence's edge cuts a word
    (a date line run into the text, an "Also Read" line run into a sentence)."""
    texts = [json.loads(line)["text"] for line in sample_articles.read_text("utf-8").splitlines()]
    texts += ["date 2024-03-05Mother Meera hugs her son Arjun.",
              "Meera, Arjun's MOTHER-in-law, and her step-mother met. Her sonAlso Read: X",
              "Kabir is Meera's fiancé and Riya's  ex-husband; the wife of Dev smiles."]
    for text in texts:
        doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
        for s in doc.sentences:
            plain = [(m.start() + s.start, m.end() + s.start) for m in _CUE_RE.finditer(s.text)]
            assert [(c.start, c.end) for c in _cues(doc, s)] == plain


def test_her_is_not_the_one_who_plays() -> None:
    """"A as Y ... B, who plays her daughter Z": "her" is Y (B plays Z)."""
    assert ("Meera", "parent", "Pari") in _relations(
        "Riya Malhotra, best known for playing Meera in Pyaar Ki Dor, shares a bond "
        "with Tanvi Shah, who plays her on-screen daughter Pari.")


def test_her_is_no_family_name() -> None:
    """"Kesar has moved out of the Sethi house with her son Aryan": her is Kesar's."""
    rels = _relations("Kesar Ki Kahani: Kesar and Raghav's divorce drama\nKesar Ki Kahani is "
                      "currently showing Kesar and Raghav's divorce. Kesar has moved out of the "
                      "Sethi house with her son Aryan.")
    assert ("Kesar", "parent", "Aryan") in rels and not any(r[0] == "Sethi" for r in rels)


def test_a_title_is_no_one_s_child() -> None:
    """"... episodes of Pyaar Ki Dor, Arjun and Meera's daughter Pari": the show is nobody."""
    rels = _relations("Pyaar Ki Dor: Arjun and Meera's daughter Pari to make an entry\nIn the "
                      "upcoming episodes of Pyaar Ki Dor, Arjun and Meera's daughter Pari will "
                      "enter the story.")
    assert not any("Pyaar Ki Dor" in (s, o) for s, _, o in rels)


def test_a_sentence_opening_on_her_kin() -> None:
    """"A, who plays Y in X, ... Her on-screen husband Z, played by B, ...": Y's husband."""
    rels = _relations("Chandni Raat star Pooja Verma celebrates 500 episodes\nPooja Verma, who "
                      "plays Radhika in Chandni Raat, cut a cake with the cast. Her on-screen "
                      "husband Dev, played by Nikhil Rana, joined her.")
    assert ("Radhika", "spouse", "Dev") in rels or ("Dev", "spouse", "Radhika") in rels


def test_her_is_no_male_character() -> None:
    """"Kabir, who plays her on-screen husband Rudra, ... Her husband Aman Verma": Rudra is
    a man (a husband), so "her" is not Rudra."""
    found = _relations("The show Pyaar Ki Dor is a hit. Kabir Sethi, who plays her on-screen "
                       "husband Rudra, gifted Riya Malhotra a painting. Her husband Aman Verma "
                       "joined the celebrations.")
    assert not any("Aman Verma" in (s, o) for s, _, o in found)


def test_a_personal_front_sentence_gives_no_relation() -> None:
    """"On the personal front, A married B": whatever the decider's threshold, no pair of
    such a sentence is a candidate."""
    doc = parse(Article.create("Kabir Sethi plays Arjun in Saath Chalenge. On the personal "
                               "front, Kabir Sethi is married to Riya Malhotra."))
    assert not candidates(doc)


def test_to_marry_is_still_a_romance() -> None:
    """"A's sister B to marry C": B and C are not married yet (a romance)."""
    found = _relations("Pyaar Ki Dor: Meera's sister Kavya to marry Vikram\nThe wedding will be "
                       "a grand affair in Pyaar Ki Dor.")
    assert ("Kavya", "romance", "Vikram") in found
    assert ("Kavya", "spouse", "Vikram") not in found


def test_offscreen_searched_only_where_its_words_stand_is_the_search() -> None:
    """``relation_rules.offscreen`` gives ``OFFSCREEN.search`` of every sentence, in any
    case ("Real-Life", "OFF-SCREEN", "personal front"), and says no where none stands."""
    from tellytrack.extract.relation_rules import OFFSCREEN, offscreen

    text = ("Rang Mahal is a hit. In Real-Life, Riya Malhotra married Kabir Sethi. "
            "Meera and Arjun are in love. Their OFF-SCREEN bond is strong. On the personal "
            "front, Tara Sen is happy. The screenplay is lifelike. Kesar is Meera's sister.")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    got = [offscreen(doc, i) for i in range(len(doc.sentences))]
    assert got == [bool(OFFSCREEN.search(s.text)) for s in doc.sentences]
    assert got.count(True) == 3 and got.count(False) >= 3


def test_verbs_of_love_are_frames() -> None:
    """"A loves B", "B is in love with C", "A elopes with B", "A will get engaged to B":
    lovers."""
    show = "The show Pyaar Ki Dor is a hit. "
    cases = (("Kabir loves Meera, but Meera is in love with Arjun.",
              {("Kabir", "romance", "Meera"), ("Meera", "romance", "Arjun")}),
             ("Meera's sister Pari will get engaged to Dev.", {("Pari", "romance", "Dev")}),
             ("Meera's daughter Riya elopes with Vikram.", {("Riya", "romance", "Vikram")}))
    for text, want in cases:
        got = _relations(show + text)
        assert all((s, r, o) in got or (o, r, s) in got for s, r, o in want), text


def test_a_one_word_title_opening_a_spoiler_is_no_character() -> None:
    """"In Gulmohar, Tara's son Kabir ..." names the show: Gulmohar is nobody's son, nor
    anyone's in-law."""
    found = _relations("Gulmohar twist\nIn Gulmohar, Tara's son Kabir falls for Devika. In "
                       "Gulmohar, Kabir's mother-in-law Meena creates trouble.")
    assert found and not any("Gulmohar" in (a, b) for a, _, b in found)


def test_a_proposal_and_a_divorce_said_with_a_verb() -> None:
    """"A proposes to B" makes lovers; "A divorces B" a married couple (as "divorce from")."""
    assert ("Kabir", "romance", "Devika") in _relations(
        "Tara Niwas twist\nIn Tara Niwas, Kabir proposes to Devika and she says yes.")
    found = _relations("Tara Niwas twist\nIn Tara Niwas, Meena divorces Arjun after the truth "
                       "comes out.")
    assert ("Meena", "spouse", "Arjun") in found or ("Arjun", "spouse", "Meena") in found


_JOIN_TEXTS = (
    "The show Pyaar Ki Dor is back. Kabir-Tara fans cheered, and Riya & Neel danced at the "
    "party. The team, AND Zoya, Isha were happy. Dev/Kiran, 2 Sisters and Élise–Ana met. "
    "Raghav was seen with his friends at the market, and nothing changed for anybody.",
    "Arjun and Meera got married in Pyaar Ki Dor. Meera's mother Sunita Rao scolded her. "
    "On Monday, the episode aired. Nobody else came and left. Kesar And Raghav smiled.",
)


def test_may_join_holds_wherever_two_names_are_joined() -> None:
    """The gate before a sentence's names are read is never false where a pair of them
    is joined ("A and B", "A-B", "A & B", "A, B", "A AND B")."""
    from tellytrack.extract.relations import _joined, _names, may_join

    for text in _JOIN_TEXTS:
        doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
        for i in range(len(doc.sentences)):
            names = _names(doc, i)
            joined = any(_joined(doc, x, y) for k, x in enumerate(names) for y in names[k + 1:])
            assert may_join(doc, i) or not joined, doc.sentences[i].text


def test_proposals_gated_by_may_join_are_the_ungated_ones(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """Skipping the sentences :func:`may_join` rules out (and that hold no cue word)
    proposes exactly what reading every sentence's names does."""
    from tellytrack.extract import relations

    for text in _JOIN_TEXTS:
        gated = _proposals(parse(Article.create(text, published=PubDate.parse("2024-03-05"))))
        with monkeypatch.context() as m:
            m.setattr(relations, "may_join", lambda doc, index: True)
            plain = _proposals(parse(Article.create(text, published=PubDate.parse("2024-03-05"))))
        assert gated[0] == plain[0]
        assert gated[1] == plain[1]


def test_joined_gap_led_by_one_class_is_the_alternation() -> None:
    """The joined-gap search led by one character class finds what the plain form (an
    alternation of the joiner characters and "and" in any case) finds, wherever it
    starts, on random texts of joiners, gap characters, capitals and other letters."""
    import random
    import re

    from tellytrack.extract.relations import _JOINED_GAP

    plain = re.compile(r"(?:[,&/\-–]|[Aa][Nn][Dd])(?:(?![b-cB-Ce-mE-Mo-zO-Z0-9])[\w\s,&/\-–])*?"
                       r"[A-Z0-9\x80-\U0010ffff]")
    rng = random.Random(5)
    alphabet = ["a", "A", "n", "N", "d", "D", "and", "AnD", ",", "&", "/", "-", "–", " ", "_",
                "b", "K", "7", "é", "É", ".", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for pos in range(len(text) + 1):
            found, want = _JOINED_GAP.search(text, pos), plain.search(text, pos)
            assert (found and found.span()) == (want and want.span()), (text, pos)


def test_a_title_between_the_kin_word_and_the_name_keeps_the_name_the_kin() -> None:
    """"Kavya's father Mr. Mehta": Mehta is the father (the title is no name between),
    so the pair is proposed as the possessive frame reads it, not as a far name."""
    text = ("The show Tere Mere Sapne is a hit. Kavya's father Mr. Mehta was found dead, and "
            "the police suspect Raj.")
    proposed, _ = _proposals(parse(Article.create(text, published=PubDate.parse("2024-03-05"))))
    roles = {(p.subject, p.obj): next(f for f in p.features if f.startswith("roles="))
             for p in proposed if p.relation == "parent"}
    assert roles[("Mehta", "Kavya")] == "roles=kin>anchor"


def test_a_person_s_kin_without_comma_or_copula_is_no_apposition() -> None:
    """"to play Tara Sen's husband": one person's two names are no "B, A's KIN" pair (the
    frame had made Sen Tara's husband); "Meera, Arjun's wife" and "Meera is Arjun's wife"
    still are."""
    assert not _read("Kabir Rao will play Tara Sen's husband in the show Pyaar Ki Dor.")
    assert ("Arjun", "spouse", "Meera") in _read(
        "In the show Pyaar Ki Dor, Meera, Arjun's wife, learns the truth.")
    assert ("Arjun", "spouse", "Meera") in _read(
        "In the show Pyaar Ki Dor, Meera is Arjun's wife.")


def test_her_kin_skips_a_name_whose_actor_is_a_man() -> None:
    """"Meera had adopted Kabir after her husband Vikram's death": "her" is not Kabir,
    played by an actor (a man), so Vikram is Meera's husband, not Kabir's."""
    read = _read("The show Pyaar Ki Dor stars actress Tara Sen and actor Arjun Rao. Kabir "
                 "(Arjun Rao) learns that Meera (Tara Sen) had adopted him. Meera had adopted "
                 "Kabir after her husband Vikram's death.")
    assert ("Meera", "spouse", "Vikram") in read and ("Kabir", "spouse", "Vikram") not in read


@pytest.mark.parametrize(("sentence", "relation"), [
    ("Arjun and Meera finally got married after many hurdles.", "spouse"),
    ("Arjun and Meera will get married next week.", "romance"),
    ("Arjun and Meera are married.", "spouse"),
    ("Arjun and Meera will get engaged soon.", "romance"),
    ("Arjun and Meera fell in love in college.", "romance"),
    ("Arjun and Meera are siblings.", "sibling"),
    ("Arjun has fallen in love with Meera.", "romance"),
    ("Arjun and Meera are finally divorced.", "ex_spouse"),
])
def test_a_pair_s_own_verb_reads_their_relation(sentence: str, relation: str) -> None:
    """"A and B got married / are siblings / fell in love / are divorced": the coordinated
    pair is the subject (only "A married B" was read); "A has fallen in love with B" too."""
    found = _read(f"Kabir Sethi plays Arjun and Riya Malhotra plays Meera in Saath Chalenge. "
                  f"{sentence}")
    assert ("Arjun", relation, "Meera") in found or ("Meera", relation, "Arjun") in found


def test_b_is_her_kin_anchors_her_before_b() -> None:
    """"Meera learns that Tara is her daughter": her is Meera, not Tara herself."""
    assert ("Meera", "parent", "Tara") in _read(
        "Riya Malhotra plays Meera and Tanya Sen plays Tara in Saath Chalenge. Meera will "
        "learn that Tara is her daughter.")


def test_a_couple_across_two_hyphened_pairs_is_vetoed() -> None:
    """"the leads A-B as well as the couple C-D": A and C are no couple (each is written
    as one half of another pair); the pairs themselves still are (decided as before)."""
    doc = parse(Article.create(
        "Kabir Sethi plays Arjun, Riya Malhotra plays Meera, Dev Rao plays Vikram and Tara "
        "Sen plays Kavya in Saath Chalenge. The chemistry of its leads Arjun-Meera as well as "
        "the new couple Vikram-Kavya has won hearts.", published=PubDate.parse("2024-03-05")))
    facts = {(c.fact.subject, c.fact.relation, c.fact.object): c.fact for c in candidates(doc)}
    assert _vetoed(facts["Arjun", "romance", "Vikram"])
    assert _vetoed(facts["Kavya", "romance", "Meera"])
    assert not _vetoed(facts["Kavya", "romance", "Vikram"])
    assert not _vetoed(facts["Arjun", "romance", "Meera"])


@pytest.mark.parametrize(("text", "pair", "vetoed"), [
    ("Arjun is the son of Vikram and Kavya, while Rohan is the son of the daughter of the "
     "house, Tara.", ("Vikram", "Rohan"), True),
    ("Arjun is the son of Vikram and Kavya, while Rohan is the son of the daughter of the "
     "house, Tara.", ("Vikram", "Arjun"), False),
    ("Meera is upset, while her daughter Tara is away.", ("Meera", "Tara"), False),
    ("Meera is Tara's mother; Arjun loves Kavya.", ("Meera", "Kavya"), True),
])
def test_a_relation_across_two_clauses_is_vetoed(text: str, pair: tuple[str, str],
                                                  vetoed: bool) -> None:
    """A kin word binds the names of its own clause: ", while", ";" and ", but" part
    them; "her / his / their" in a side's clause may refer across."""
    doc = parse(Article.create(f"Riya Malhotra plays Meera in Saath Chalenge. {text}",
                               published=PubDate.parse("2024-03-05")))
    fact = records.with_(candidates(doc)[0].fact, subject=pair[0], relation="parent",
                         object=pair[1], evidence=doc.evidence(doc.sentences[-1]))
    assert _vetoed(fact) is vetoed


def test_a_title_role_is_its_own_type() -> None:
    """A character named like the show ("Kesar's husband" in the show Kesar) is typed
    "t", not by the typer, which reads a title as neither person nor character."""
    doc = parse(Article.create("Star Plus show Kesar has taken a leap. Kesar's husband Arjun "
                               "returns from London.", published=PubDate.parse("2024-03-05")))
    (cand,) = [c for c in candidates(doc) if c.fact.relation == "spouse"]
    assert "types=t?" in cand.features


def test_names_between_the_pair_are_a_feature() -> None:
    """"Arjun loves Meera, Kavya's daughter": one name stands between Arjun and Kavya,
    none between Arjun and Meera (the nearer name is the likelier partner)."""
    doc = parse(Article.create("In the show Saath Chalenge, Arjun loves Meera, Kavya's "
                               "daughter.", published=PubDate.parse("2024-03-05")))
    between = {frozenset((c.fact.subject, c.fact.object)):
               {f for f in c.features if f.startswith("between=")} for c in candidates(doc)}
    assert between[frozenset(("Arjun", "Meera"))] == {"between=0"}
    assert between[frozenset(("Arjun", "Kavya"))] == {"between=1"}


def test_names_listed_with_a_side_are_no_rivals() -> None:
    """"Arjun and Meera's children, Kabir and Tara": Meera is a parent beside Arjun and
    Tara a child beside Kabir, not rivals of the pair Arjun - Kabir."""
    doc = parse(Article.create("In the show Saath Chalenge, Arjun and Meera's children, Kabir "
                               "and Tara, return.", published=PubDate.parse("2024-03-05")))
    (cand,) = [c for c in candidates(doc) if (c.fact.subject, c.fact.relation, c.fact.object)
               == ("Arjun", "parent", "Kabir")]
    assert not [f for f in cand.features if f.startswith("rival=")]


def test_an_actor_who_will_play_a_kin_is_the_kin() -> None:
    """"Rohan Verma will play Meera's husband": the role Rohan Verma plays (Arjun) is
    the husband, as with "plays" (a modal before the verb had read as no copula)."""
    doc = parse(Article.create("In the show Saath Chalenge, Rohan Verma plays Arjun. Rohan Verma "
                               "will play Meera's husband.", published=PubDate.parse("2024-03-05")))
    (cand,) = [c for c in candidates(doc) if c.fact.relation == "spouse"]
    assert {cand.fact.subject, cand.fact.object} == {"Arjun", "Meera"}
    assert "fit=yes" in cand.features


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Fans love Meera as Arjun in the show Saath Chalenge.", False),
    ("Meera was loved for her role of Tara in Saath Chalenge.", False),
    ("In Saath Chalenge, Arjun loves Meera.", True),
])
def test_a_love_verb_said_of_the_audience_is_no_cue(sentence: str, cue: bool) -> None:
    """"Fans love A as X", "A was loved for": the viewers' love, no relation's cue."""
    doc = parse(Article.create(sentence, published=PubDate.parse("2024-03-05")))
    words = {c.word for s in doc.sentences for c in _cues(doc, s)}
    assert bool(words & {"love", "loves", "loved"}) is cue


def test_a_name_and_its_fuller_form_are_one_character() -> None:
    """"Arjun" and "Arjun Mehra" are one character (as the scorer matches names): no pair
    of the two is proposed, and one relation of each form is listed once."""
    assert _same("Arjun", "Arjun Mehra")
    assert not _same("Arjun", "Kabir Mehra")
    one = records.fact(type="relation", show="Saath Chalenge", subject="Arjun Mehra",
                       relation="parent", object="Kabir")
    other = records.fact(type="relation", show="Saath Chalenge", subject="Arjun",
                         relation="parent", object="Kabir Mehra")
    assert _same_pair(one, other)


@pytest.mark.parametrize(("sentence", "word", "cue"), [
    ("In the last couple of days, Arjun and Meera fought in Saath Chalenge.", "couple", False),
    ("Kabir Sethi and Riya Malhotra worked together in Saath Chalenge.", "together", False),
    ("Arjun and Meera are the new couple of Saath Chalenge.", "couple", True),
    ("Arjun and Meera come together in Saath Chalenge.", "together", True),
])
def test_a_cue_word_in_another_sense_is_no_cue(sentence: str, word: str, cue: bool) -> None:
    """"a couple of days" counts, colleagues "worked together": no two characters linked."""
    doc = parse(Article.create(sentence, published=PubDate.parse("2024-03-05")))
    assert (word in {c.word for s in doc.sentences for c in _cues(doc, s)}) is cue
