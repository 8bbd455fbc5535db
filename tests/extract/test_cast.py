"""cast: who plays whom, in the tricky forms the articles use."""

import json
from pathlib import Path

from tellytrack.extract import cast, extract_facts
from tellytrack.extract.cast import _Context, _gap_features
from tellytrack.extract.document import Doc, parse
from tellytrack.extract.linear import model
from tellytrack.extract.mentions import context, name_mentions, shapes, typed_full_name
from tellytrack.model import Article, PubDate


def _facts(text: str) -> set[tuple[str, str, str]]:
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    return {(f.show, f.actor or "", f.character or "") for f in cast.extract(doc)}


SHOW = "The show Pyaar Ki Dor is a hit. "


def test_coordinated_aka_pairs_in_order() -> None:
    """"A and B aka C and D" pairs A with C and B with D."""
    facts = _facts(SHOW + "Riya Malhotra and Kabir Sethi aka Meera and Arjun were seen.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") in facts
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in facts


def test_character_with_actor_in_parentheses() -> None:
    """"Arjun's (Kabir Sethi) car": the person in parentheses plays the character."""
    facts = _facts(SHOW + "Meera borrows Arjun's (Kabir Sethi) car.")
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in facts


def test_who_plays_and_essays_the_role() -> None:
    """"X, who plays Y" and "X essays the role of Y" both link actor and character."""
    facts = _facts(SHOW + "Riya Malhotra, who plays Meera, is happy. "
                   "Kabir Sethi essays the role of Arjun Rathore.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") in facts
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun Rathore") in facts


def test_a_role_is_played_by_in_the_passive() -> None:
    """"Y is played by X", "Y is being played by X", "Y will be played by X": X plays Y."""
    for verb in ("is played", "is being played", "will be played"):
        assert _facts(SHOW + f"Meera {verb} by Riya Malhotra.") == {
            ("Pyaar Ki Dor", "Riya Malhotra", "Meera")}


def test_starrer_gives_no_cast_fact() -> None:
    """"A and B starrer X" names no character, so no cast fact."""
    assert _facts("Riya Malhotra and Kabir Sethi starrer Pyaar Ki Dor is a hit.") == set()


def test_role_in_another_show_goes_to_that_show() -> None:
    """"known for her role as Y in Z" is cast in Z, not in the article's topic."""
    facts = _facts(SHOW + "Tara Joshi, known for her role as Kavya in the show Kesar Ki Kahani, "
                   "joins Pyaar Ki Dor.")
    assert ("Kesar Ki Kahani", "Tara Joshi", "Kavya") in facts


def test_roles_maps_actor_to_character() -> None:
    """roles(doc) is the actor -> character table other extractors use."""
    doc = parse(Article.create(SHOW + "Riya Malhotra aka Meera smiles."))
    assert cast.roles(doc) == {"Riya Malhotra": "Meera"}


def test_pronoun_subject_takes_the_person_named_before() -> None:
    """"Kabir Sethi ... said that he enjoyed playing Arjun": the pronoun is the actor."""
    facts = _facts(SHOW + "Kabir Sethi, who plays Vikram, quit the show. "
                   "Kabir spoke about his exit and said that he enjoyed playing Arjun too.")
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in facts


def test_subject_followed_by_lower_case_words_plays_the_role() -> None:
    """"Riya has quit the show after playing Meera": the opening subject is the actor."""
    facts = _facts(SHOW + "Riya Malhotra aka Tara is back. "
                   "Riya has now quit the show after playing Meera for three years.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") in facts


def test_titular_role_is_the_show_title() -> None:
    """"X in the titular role": the character is the show's own name."""
    facts = _facts("Kesar is the popular series starring Riya Malhotra in the titular role "
                   "and Kabir Sethi as Arjun.")
    assert ("Kesar", "Riya Malhotra", "Kesar") in facts


def test_titular_role_in_other_phrasings() -> None:
    """"A continues to play the titular role in X", "A is essaying the title role",
    "The titular role of X is essayed by A", and "A, who plays the titular role on the
    show" (the article's show, which the sentence points to)."""
    for text in ("Kesar is a hit. However, Riya Malhotra continues to play the titular role "
                 "in Kesar.",
                 "Kesar is a hit. In the Hindi version, Riya Malhotra is essaying the title "
                 "role in Kesar while Kabir Sethi plays Arjun.",
                 "Kesar airs on Zee TV. The titular role of Kesar is essayed by popular "
                 "actress Riya Malhotra.",
                 "Zee TV's Kesar is a hit. Reports claim that Riya Malhotra, who plays the "
                 "titular role on the show, is quitting."):
        assert ("Kesar", "Riya Malhotra", "Kesar") in _facts(text), text


def test_replacing_as_links_the_newcomer() -> None:
    """"A replacing B as C" gives A the role (B played it before: SPEC counts "plays or
    played", and the shared gold lists the replaced actor's role too, pool p013)."""
    facts = _facts(SHOW + "Kabir Sethi will be replacing Dev Anand Rao as Arjun.")
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in facts


def test_leads_named_after_as_are_characters_not_people() -> None:
    """"Starring A and B as the leads, C and D, respectively" pairs in order."""
    facts = _facts(SHOW + "Starring Riya Malhotra and Kabir Sethi as the leads, Meera Rao and "
                   "Arjun Rao, respectively, the show tops the charts.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera Rao") in facts
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun Rao") in facts


def test_one_fact_for_short_and_full_character_name() -> None:
    """"Arjun" and later "Arjun Rathore" for the same actor are one role."""
    facts = _facts(SHOW + "Kabir Sethi, who plays Arjun, is happy. "
                   "Kabir Sethi, who plays Arjun Rathore, smiled.")
    assert len([f for f in facts if f[1] == "Kabir Sethi"]) == 1


def test_stepping_into_her_shoes_inherits_the_role() -> None:
    """"A, who played Meera, quit and B has stepped into her shoes": B plays Meera."""
    facts = _facts(SHOW + "Riya Malhotra, who was seen in the role of Meera, has moved out and "
                   "actress Tara Sethi has stepped into her shoes.")
    assert ("Pyaar Ki Dor", "Tara Sethi", "Meera") in facts


def test_show_owning_the_character_is_its_show() -> None:
    """"Kesar's Meera (Riya Malhotra)" in a sentence first naming another show."""
    facts = _facts("The show Pyaar Ki Dor is new. The show Kesar is old. Titled Pyaar Ki Dor, "
                   "the new show is about the niece of Kesar's Meera (Riya Malhotra).")
    assert ("Kesar", "Riya Malhotra", "Meera") in facts


def test_direct_links_override_a_swapped_coordinated_pairing() -> None:
    """"A and B essay C and D" in the wrong order yields to "D (A)" and "C (B)"."""
    facts = _facts(SHOW + "Meera (Tara) and Arjun (Riya) were shown as parents. "
                   "Riya Malhotra and Tara Sethi essay the role of Meera and Arjun.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") not in facts
    assert ("Pyaar Ki Dor", "Tara Sethi", "Arjun") not in facts


def test_a_long_show_title_is_not_a_character() -> None:
    """"X as the lead of Kesar Ki Kahani Nayi": a three-word show is never the role."""
    facts = _facts("The show Kesar Ki Kahani is new. Kabir Sethi as Kesar Ki Kahani was loved.")
    assert all(character != "Kesar Ki Kahani" for _, _, character in facts)


def test_replacing_her_makes_the_replaced_woman_an_actor() -> None:
    """"B replacing her as C": B plays C, and "her" (named before) is a person."""
    doc = parse(Article.create(SHOW + "Riya Malhotra reacts to Tara Sethi replacing her as "
                               "Meera. Riya has now quit the show after playing Meera.",
                               published=PubDate.parse("2024-03-05")))
    facts = {(f.actor, f.character) for f in cast.extract(doc)}
    assert ("Tara Sethi", "Meera") in facts
    assert ("Riya Malhotra", "Meera") in facts


def test_show_of_a_previous_role_is_not_the_new_roles_show() -> None:
    """"X, known for her role as Y in the show Z, will take on the character of W": W
    belongs to the article's topic, not to Z."""
    facts = _facts(SHOW + "The latest buzz reveals that Tara Sethi, known for her role as "
                   "Tara in the popular TV show Kesar, will be taking on the character of Meera.")
    assert ("Kesar", "Tara Sethi", "Tara") in facts
    assert ("Pyaar Ki Dor", "Tara Sethi", "Meera") in facts


def test_show_in_an_aside_about_the_actor_is_not_the_roles_show() -> None:
    """"X, recognised for her acting in Z, steps into the shoes of Y": Y is the topic's."""
    facts = _facts(SHOW + "Tara Sethi, recognized for her acting prowess in Kesar, steps into "
                   "the shoes of Meera, bringing a fresh perspective.")
    assert ("Pyaar Ki Dor", "Tara Sethi", "Meera") in facts


def test_pronoun_after_an_unknown_name_links_nobody_else() -> None:
    """"Tara ... the way she portrayed Meera": Tara is no known actor, so no guess."""
    facts = _facts(SHOW + "Kabir Sethi aka Arjun is happy. There is no doubt that Tara is "
                   "good and the way she portrayed Meera was loved.")
    assert all(character != "Meera" for _, _, character in facts)


def test_he_is_not_an_actress_named_earlier() -> None:
    """"He essays the role of Y" skips a person the article calls an actress."""
    facts = _facts(SHOW + "Actress Riya Malhotra aka Meera is loved. Riya Malhotra is happy. "
                   "Kabir Sethi joined the show. He essays the role of Arjun.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Arjun") not in facts
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in facts


def test_titular_role_needs_a_show_named_in_the_sentence() -> None:
    """"She plays the title character" in a sentence naming no show gives no fact."""
    facts = _facts("The show Saath Chalenge is a hit. Riya Malhotra aka Meera is back. "
                   "Riya Malhotra is seen in the leading role as she plays the title "
                   "character of a single mother.")
    assert all(character != "Saath Chalenge" for _, _, character in facts)


def test_hyphenated_role_noun_is_not_part_of_the_actor() -> None:
    """"Actor-turned-producer Kabir Sethi ... to play Arjun" names Kabir Sethi."""
    facts = _facts(SHOW + "Actor-turned-producer Kabir Sethi, who left in 2012, has been "
                   "roped in to play Arjun Rathore.")
    assert all(not actor.startswith("Actor") for _, actor, _ in facts)


def test_previous_role_in_an_unnamed_show_is_dropped() -> None:
    """"He previously played the role of Y in 'Z…'" (Z cut off): not a role in this show."""
    doc = parse(Article.create(
        "Kabir Sethi aka Arjun is the lead of the show Pyaar Ki Dor. He previously played "
        "the role of Dev Rao in ‘A", published=PubDate.parse("2024-03-05")))
    assert {(f.actor, f.character) for f in cast.extract(doc)} == {("Kabir Sethi", "Arjun")}


def test_mention_context_and_pair_ends_give_the_plain_shapes(sample_articles: Path) -> None:
    """``mentions.context`` (once per mention) and the pair features built from it once
    per mention and order read what the plain per-pair ``shapes`` calls read."""
    for line in sample_articles.read_text("utf-8").splitlines():
        doc = parse(Article.create(json.loads(line)["text"],
                                   published=PubDate.parse("2024-03-05")))
        ctx = _Context(doc)
        for m in name_mentions(doc):
            s = doc.sentences[m.sentence]
            before = shapes(doc, max(s.start, m.start - 40), m.start)[-2:]
            after = shapes(doc, m.end, min(s.end, m.end + 40))[:2]
            assert context(doc, m) == (before, after)
            for order in ("ac", "ca"):
                assert ctx._outside(m, order, 0) == (
                    f"pre={order}:{' '.join(before)}",
                    f"pre1={order}:{before[-1] if before else '^'}")
                assert ctx._outside(m, order, 1) == (
                    f"post={order}:{' '.join(after)}",
                    f"post1={order}:{after[0] if after else '$'}")


def test_chain_of_played_by_pairs_is_no_coordinated_group() -> None:
    """"X, played by A, Y played by B, Z played by C": as with "as", the commas separate
    pairs; a group ("A, Y") would pair Y with the wrong actor by place."""
    text = SHOW + ("Its characters include Meera, played by Riya Malhotra, Arjun played by "
                   "Kabir Sethi, Kavya played by Tara Sen and others.")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    ms = [m for m in name_mentions(doc) if m.sentence == 1]
    assert [m.text for m in ms] == ["Meera", "Riya Malhotra", "Arjun", "Kabir Sethi",
                                    "Kavya", "Tara Sen"]
    assert all(size == 1 for _, _, size in cast._groups(doc, ms).values())


def test_the_role_of_a_noun_then_the_name() -> None:
    """"plays the role of a journalist, Meera Sharma": the role is the name after the
    noun."""
    text = SHOW + "Riya Malhotra plays the role of a journalist, Meera Sharma, in the show."
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera Sharma") in _facts(text)


def test_chain_of_as_pairs_is_no_coordinated_group() -> None:
    """"A as X, B as Y and C as Z": the commas separate pairs, so no two names form a
    group (a group would pair X with B by place), and each pair is kept."""
    text = SHOW + "It stars Riya Malhotra as Meera, Kabir Sethi as Arjun and Tara Sen as Kavya."
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    ms = [m for m in name_mentions(doc) if m.sentence == 1]
    assert [m.text for m in ms] == ["Riya Malhotra", "Meera", "Kabir Sethi", "Arjun",
                                    "Tara Sen", "Kavya"]
    assert all(size == 1 for _, _, size in cast._groups(doc, ms).values())
    facts = _facts(text)
    assert {("Pyaar Ki Dor", "Kabir Sethi", "Arjun"), ("Pyaar Ki Dor", "Tara Sen", "Kavya")} \
        <= facts


def test_a_show_seen_in_is_a_credit_not_a_role() -> None:
    """"X, who was seen in Y": when the article names Y as a show, Y is X's earlier
    show, not X's character; "seen in the role of Z in Y" still links Z."""
    head = "Star Plus show Pyaar Ki Dor gets a new Meera\nThe role of Meera in Pyaar Ki Dor "
    credit = _facts(head + "goes to actress Tara Sen, who was seen in Chandni. "
                    "Tara Sen is excited about the show Chandni too.")
    assert not any(c == "Chandni" for _, _, c in credit)
    role = _facts(head + "goes to actress Tara Sen, who was seen in the role of Kavya in "
                  "Chandni. She is excited.")
    assert ("Chandni", "Tara Sen", "Kavya") in role



def test_a_first_name_stands_for_the_one_person_of_that_name() -> None:
    """"Tara" is the article's one Tara typed a person ("Tara Sen"), though no pattern
    made Tara Sen a known actor; with two such Taras it stands for neither."""
    head = "Riya Malhotra To Replace Tara Sen In Chandni Raat\n"
    doc = parse(Article.create(head + "Actress Riya Malhotra has been roped in to replace "
                               "actress Tara Sen in Chandni Raat. Tara had quit the show."))
    assert typed_full_name(doc, "Tara") == "Tara Sen"
    doc = parse(Article.create(head + "Actress Riya Malhotra has been roped in to replace "
                               "actress Tara Sen in Chandni Raat. Actress Tara Dutt said "
                               "Tara had quit the show."))
    assert typed_full_name(doc, "Tara") is None
def test_pairs_the_model_surely_rejects_get_no_features(sample_articles: Path) -> None:
    """Given the model, ``_pairs`` builds the features of the pairs it may accept, the
    same ones as without it, and skips only pairs whose plain probability is below the
    threshold; the score added up by family is the plain sum of the weights."""
    learned = model("cast")
    skipped = 0
    for line in sample_articles.read_text("utf-8").splitlines():
        text = json.loads(line)["text"]
        plain = cast._pairs(parse(Article.create(text, published=PubDate.parse("2024-03-05"))))
        doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
        fast = cast._pairs(doc, learned)
        assert [(p.s, p.a, p.c, p.actor) for p in fast] == [(p.s, p.a, p.c, p.actor)
                                                           for p in plain]
        for p, q in zip(plain, fast, strict=True):
            if q.features:
                assert q.features == p.features
            else:
                skipped += 1
                assert learned.probability(p.features) < learned.threshold
        ctx = _Context(doc, learned)
        for p in plain:
            order, typing = p.features[0][len("order="):], p.features[7][len("typing="):]
            cut = 8 + len(_gap_features(order, _gap(doc, p), typing))
            assert abs(ctx._logit(order, _gap(doc, p), typing, list(p.features[:8]),
                                  list(p.features[cut:]))
                       - learned.bias[0] - sum(learned.flat.get(f, 0.0) for f in p.features)
                       ) < 1e-9
    assert skipped  # the samples have pairs no model would take


def _gap(doc: Doc, p: cast._Pair) -> list[str]:
    """The shapes between a pair's two names."""
    first, second = sorted((p.a, p.c))
    return shapes(doc, first.end, second.start)


def test_a_role_described_by_whose_kin_it_is() -> None:
    """"A plays Y, Z's mother" and "... and A as Y, Z's mother": Z is no second role."""
    assert _facts(SHOW + "Neha Joshi plays Sushma, Aditya's mother. Samar Gill plays Aditya.") \
        == {("Pyaar Ki Dor", "Neha Joshi", "Sushma"), ("Pyaar Ki Dor", "Samar Gill", "Aditya")}
    facts = _facts(SHOW + "Here's the cast: Tanvi Shah as Gauri, Samar Gill as Aditya and "
                   "Neha Joshi as Sushma, Aditya's mother.")
    assert ("Pyaar Ki Dor", "Neha Joshi", "Sushma") in facts


def test_who_plays_her_kin() -> None:
    """"B, who plays her on-screen daughter Y": B plays Y; "her" is not B."""
    facts = _facts("Riya Malhotra, best known for playing Meera in Pyaar Ki Dor, shares a bond "
                   "with Tanvi Shah, who plays her on-screen daughter Pari.")
    assert ("Pyaar Ki Dor", "Tanvi Shah", "Pari") in facts


def test_a_numbered_list_files_each_cast_under_its_heading() -> None:
    """"1. X" over "The Sony TV show starring A as Y ...": A plays Y in X, not in the
    article's topic (the last show of the list, named most)."""
    text = ("5 TV shows that went off air this year\nHere are the shows that ended.\n"
            "1. Pyaar Ki Dor\nThe Sony TV show starring Kabir Sethi as Arjun ended in March.\n"
            "2. Saanjh\nTanvi Shah played the titular role in Saanjh, which aired on Colors. "
            "Saanjh was produced by Dream Tree Entertainment.")
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in _facts(text)


def test_stepping_into_a_named_persons_shoes() -> None:
    """"B has stepped into A's shoes": B plays A's role."""
    facts = _facts("Tara Sen, who played Kesar in Kesar Ki Kahani, has quit the show. "
                   "Riya Malhotra has stepped into Tara's shoes.")
    assert ("Kesar Ki Kahani", "Riya Malhotra", "Kesar") in facts


def test_entered_a_show_as_a_role_and_an_earlier_role_where_played() -> None:
    """"A has entered X as Y" casts A as Y in X; "A was earlier seen in Z, where she played
    W" files W under Z."""
    facts = _facts("Pyaar Ki Dor: Meet the new entrant\nNewcomer Isha Nair has entered Pyaar Ki "
                   "Dor as Kavya, Arjun's childhood friend. Isha was earlier seen in Mann Ki "
                   "Awaaz, where she played Gauri.")
    assert {("Pyaar Ki Dor", "Isha Nair", "Kavya"), ("Mann Ki Awaaz", "Isha Nair", "Gauri")} \
        <= facts


def test_a_possessor_is_no_role() -> None:
    """"A plays Raghav's grandmother, Amma": no pair makes Raghav A's role."""
    doc = parse(Article.create(SHOW + "Senior actress Asha Rao plays Raghav's grandmother, Amma. "
                               "Karan Bhatia has been cast as Raghav's cousin Nikhil.",
                               published=PubDate.parse("2024-03-05")))
    pairs = {(c.fact.actor, c.fact.character) for c in cast.candidates(doc)}
    assert ("Asha Rao", "Raghav") not in pairs and ("Karan Bhatia", "Raghav") not in pairs
    assert ("Karan Bhatia", "Nikhil") in pairs


def test_a_numbered_heading_naming_a_person_heads_no_show() -> None:
    """"Actors who quit X: 1. Riya Malhotra / Riya Malhotra played Meera": Meera is X's."""
    text = ("Actors who quit Pyaar Ki Dor\nPyaar Ki Dor has seen many exits. Here is a list.\n"
            "1. Riya Malhotra\nRiya Malhotra played Meera in the show. She quit in 2023.\n"
            "2. Kabir Sethi\nKabir Sethi, who played Arjun, left the show.")
    got = _facts(text)
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") in got
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in got


def test_the_show_named_before_as_role() -> None:
    """"A quits X ... A will now be seen in Z as W": W is Z's, not the topic X's."""
    got = _facts("Kabir Sethi quits Pyaar Ki Dor\nKabir Sethi has quit Pyaar Ki Dor after two "
                 "years. Kabir Sethi will now be seen in Kesar Ki Kahani as Veer.")
    assert ("Kesar Ki Kahani", "Kabir Sethi", "Veer") in got


def test_known_to_fans_as_a_role_from_a_show() -> None:
    """"A, known to fans as Y from X": A plays Y in X (as "popularly known as")."""
    facts = _facts("Kabir Sethi interview\n\nKabir Sethi, known to fans as Arjun from Pyaar Ki "
                   "Dor, spoke about the show's success.")
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in facts


def test_a_comeback_to_the_show_as_a_role() -> None:
    """"A is making a comeback to X as Y": A plays Y, the title between no obstacle."""
    got = _facts("Tara Sen returns to Gulmohar\nTara Sen is making a comeback to Gulmohar as "
                 "Devika after two years. The actress said she is excited.")
    assert ("Gulmohar", "Tara Sen", "Devika") in got


def test_joining_the_show_named_as_a_role() -> None:
    """"A has joined the show X as Y", "the cast of X as Y": A plays Y in X."""
    for joined in ("joined the show Pal Pal Dil", "joined the cast of Pal Pal Dil"):
        facts = _facts(f"Riya Malhotra joins Pal Pal Dil\nRiya Malhotra has {joined} as Devika.")
        assert ("Pal Pal Dil", "Riya Malhotra", "Devika") in facts


def test_joining_a_show_to_play_a_role() -> None:
    """"A joined (the show) X to play Y": the title between the verb and "to play" does
    not hide the link."""
    for joined in ("joined the show Pal Pal Dil to play", "has joined Pal Pal Dil to essay"):
        facts = _facts(f"Riya Malhotra in Pal Pal Dil\nThe show Pal Pal Dil is a hit. "
                       f"Riya Malhotra {joined} Devika.")
        assert ("Pal Pal Dil", "Riya Malhotra", "Devika") in facts


def test_a_debut_as_a_role() -> None:
    """"A will make her debut on the show as Y", "made his TV debut as Y": A plays Y."""
    for debut in ("will make her debut on the show as", "made his TV debut as"):
        facts = _facts(f"Pal Pal Dil gets a new face\nThe show Pal Pal Dil is a hit. Tara Sen "
                       f"{debut} Kiran.")
        assert ("Pal Pal Dil", "Tara Sen", "Kiran") in facts, debut


def test_seen_in_a_show_as_a_role() -> None:
    """"A will be seen in (the new show) X as Y": A plays Y in X."""
    for seen in ("in the new show Gulmohar", "in Gulmohar"):
        facts = _facts(f"Riya Malhotra to lead Gulmohar\nRiya Malhotra will now be seen {seen} "
                       "as Tara. Gulmohar will air on Sony TV.")
        assert ("Gulmohar", "Riya Malhotra", "Tara") in facts


def test_the_title_character_of_an_eponymous_show() -> None:
    """A one-word show whose title is its lead's role: "A ... as X" in an article about
    the show X is a pair the decider reads (no pattern does), and gives A's role X."""
    for line in ("Riya Malhotra, who became a household name as Kesar, is back.",
                 "The separation of Kesar and Arjun (played by Riya Malhotra and Kabir Sethi) "
                 "has stirred emotions."):
        text = f"Kesar: a new twist\nThe show Kesar is a hit. {line} Kesar airs on Star Plus."
        assert ("Kesar", "Riya Malhotra", "Kesar") in _facts(text)


def test_a_plural_pronoun_plays_the_roles_of_the_people_named_before() -> None:
    """"A and B ... They play Y and Z", "Their story as Y and Z": in order, from the group
    of as many people named before the pronoun (its sentence, else the one before)."""
    pairs = {("Pyaar Ki Dor", "Riya Malhotra", "Meera"), ("Pyaar Ki Dor", "Kabir Sethi", "Arjun")}
    assert pairs <= _facts(SHOW + "Riya Malhotra and Kabir Sethi have great chemistry. "
                                  "In the show, they portray Meera and Arjun, the leads.")
    assert pairs <= _facts(SHOW + "Riya Malhotra and Kabir Sethi will quit the show. "
                                  "Their story as Meera and Arjun will end now.")
    # a group of another size is no antecedent
    assert not _facts(SHOW + "Riya Malhotra, Kabir Sethi and Tara Sen met. "
                             "They play Meera and Arjun.") & pairs


def test_onscreen_is_no_part_of_a_role() -> None:
    """"after years of playing Meera Onscreen": the role is Meera."""
    facts = _facts(SHOW + "Riya Malhotra quits the show after years of playing Meera Onscreen.")
    assert {c for _, _, c in facts} == {"Meera"}


def test_a_role_described_then_named_is_the_character() -> None:
    """"He will play a cop named Y", "the role of a girl called Y": the name after
    "named"/"called" is the role, for a pronoun's person too."""
    facts = _facts(SHOW + "Actor Kabir Sethi is all set to enter the show. He will play a cop "
                   "named Vikrant.")
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Vikrant") in facts
    facts = _facts(SHOW + "Riya Malhotra will essay the role of a simple girl called Meera.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") in facts


def test_a_where_clause_after_a_year_files_the_role_under_its_show() -> None:
    """"debuted with X in 2015, where she played Y": Y is X's role, not the topic's."""
    facts = _facts(SHOW + "Riya Malhotra plays Meera in the show. She made her debut with "
                   "Zee TV's Saath Saath in 2015, where she played Pooja.")
    assert ("Saath Saath", "Riya Malhotra", "Pooja") in facts


def test_a_role_who_will_be_played_by_an_actor() -> None:
    """"Y, who will be played by X": X plays Y."""
    facts = _facts(SHOW + "After the leap, the story will focus on the daughter Pihu, who will be "
                   "played by Sana Khan.")
    assert ("Pyaar Ki Dor", "Sana Khan", "Pihu") in facts


def test_winning_hearts_as_and_a_portrayal_of_link_the_role() -> None:
    """"A is winning hearts as Y", "A's portrayal of Y": A plays Y."""
    opening = SHOW + "Actress Riya Malhotra leads the show. "
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") in _facts(
        opening + "Riya Malhotra is winning hearts as Meera.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") in _facts(
        opening + "Riya Malhotra's portrayal of Meera has been lauded.")


def test_the_actor_with_a_clause_set_off_plays_the_role_of_the_one_named_before() -> None:
    """"A bags X. The actor, who played Y in W, will play Z": the clause between the
    noun and its verb neither hides the link nor offers its own names as the actor."""
    found = _facts("Kabir Sethi bags Pyaar Ki Dor\nKabir Sethi has bagged the lead role in "
                   "Pyaar Ki Dor. The actor, who played Arjun in Rang Mahal, will play Rudra.")
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Rudra") in found



def test_a_cast_takes_the_show_its_sentence_names_before_the_topic() -> None:
    """An aside about another show ("Meanwhile, the Colors show X sees Y (A) ...") files
    A's role under X, the show the sentence names, not under the article's topic."""
    facts = extract_facts(Article.create(
        "Rang Mahal: Arjun to marry Tara\nIn Rang Mahal, Arjun (Kabir Sethi) will marry Tara "
        "(Tanya Sen). Rang Mahal airs on Star Plus. Meanwhile, the Colors show Pyaar Ki Dor "
        "sees Meera (Riya Malhotra) confront her family.",
        published=PubDate.parse("2024-03-05")))
    shows = {(f.actor, f.show) for f in facts if f.type == "cast"}
    assert ("Riya Malhotra", "Pyaar Ki Dor") in shows and ("Kabir Sethi", "Rang Mahal") in shows


def test_a_starrer_s_hyphenated_pair_is_no_one_actor() -> None:
    """"the Riya Malhotra-Kabir Sethi starrer": two people, never one actor of a role or
    of a change (vetoed after the deciders)."""
    facts = extract_facts(Article.create(
        "Riya Malhotra-Kabir Sethi starrer Pyaar Ki Dor completes 500 episodes\nThe Riya "
        "Malhotra and Kabir Sethi starrer Pyaar Ki Dor has completed 500 episodes. Meera and "
        "Arjun, played by Riya and Kabir, are loved. Riya Malhotra-Kabir Sethi quit the show "
        "last year.", published=PubDate.parse("2024-03-05")))
    assert not [f for f in facts if "-" in (f.actor or "")]


def test_two_names_glued_by_a_lost_space_are_no_one_actor() -> None:
    """"It starred Riya MalhotraKabir Sethi, and Tara Sen" (a space lost in the page):
    "Riya MalhotraKabir Sethi" is no actor of a change."""
    facts = extract_facts(Article.create(
        "Pyaar Ki Dor gets a new cast\nThe show Pyaar Ki Dor initially starred Riya "
        "MalhotraKabir Sethi, and Tara Sen. All three have quit the show.",
        published=PubDate.parse("2024-03-05")))
    assert not [f for f in facts if "MalhotraKabir" in (f.actor or "")]
