"""Names: actor and character sets, partial names resolved to the first full form."""

from tellytrack.extract import cast, names
from tellytrack.extract.document import parse
from tellytrack.model import Article, PubDate


def _doc(text: str):  # type: ignore[no-untyped-def]
    return parse(Article.create(text, published=PubDate.parse("2024-03-05")))


def test_aka_types_both_sides() -> None:
    """In "X aka Y" X is an actor and Y a character."""
    doc = _doc("The show Pyaar Ki Dor is a hit. Riya Malhotra aka Meera is loved by fans.")
    assert "Riya Malhotra" in names.people(doc)
    assert "Meera" in names.characters(doc)


def test_partial_name_resolves_to_first_full_form() -> None:
    """"Malhotra" later in the article means the "Riya Malhotra" seen earlier."""
    doc = _doc("Riya Malhotra aka Meera is in the show Pyaar Ki Dor. Malhotra is happy.")
    assert names.resolve_person(doc, "Malhotra") == "Riya Malhotra"


def test_unknown_single_word_is_not_a_person() -> None:
    """A lone first name that matches no actor stays unresolved (likely a character)."""
    doc = _doc("Riya Malhotra aka Meera is in the show Pyaar Ki Dor. Arjun is angry.")
    assert names.resolve_person(doc, "Arjun") is None


def test_headline_role_noun_keeps_only_the_name_after_it() -> None:
    """"Kesar Actress Riya Malhotra as Meera": the show and role noun are not the actor."""
    doc = _doc("Kesar Actress Riya Malhotra as Meera\nThe show Kesar is a hit.")
    assert ("Riya Malhotra", "Meera") in {(c.actor, c.character) for c in names.castings(doc)}
    assert all("Actress" not in p for p in names.people(doc))


def test_photo_caption_words_are_not_part_of_a_name() -> None:
    """"Image Source : FILE IMAGE Riya Malhotra as Meera" names Riya Malhotra, not "FILE IMAGE"."""
    doc = _doc("Image Source : FILE IMAGE Riya Malhotra as Meera. Riya Malhotra aka Meera "
               "has won hearts in Pyaar Ki Dor.")
    assert "FILE IMAGE Riya Malhotra" not in names.people(doc)
    assert "Riya Malhotra" in names.people(doc)


def test_gendered_pronoun_among_several_unknowns_links_nobody() -> None:
    """"He essays the role of Arjun" after two people of unknown gender: no guess."""
    doc = _doc("Riya Malhotra and Kabir Sethi shot for Pyaar Ki Dor today. Riya Malhotra "
               "was all smiles. He essays the role of Arjun.")
    assert not any(c.character == "Arjun" for c in names.castings(doc))


def test_gendered_pronoun_follows_a_known_gender() -> None:
    """"actor Kabir Sethi ... He essays the role of Arjun" links Kabir Sethi."""
    doc = _doc("Actress Riya Malhotra and actor Kabir Sethi shot for Pyaar Ki Dor today. "
               "Riya Malhotra was all smiles. He essays the role of Arjun.")
    assert ("Kabir Sethi", "Arjun") in {(c.actor, c.character) for c in names.castings(doc)}


def test_longer_form_of_a_name_is_the_same_person() -> None:
    """"Riya Malhotra" and later "Riya Malhotra Khan" are one person, first form kept."""
    doc = _doc("Riya Malhotra aka Meera is back. A post shared by Riya Malhotra Khan "
               "went viral.")
    assert {m.name for m in names.person_mentions(doc)} == {"Riya Malhotra"}


def test_byline_is_no_person() -> None:
    """"Submitted by X" names the reporter, not someone in the story."""
    doc = _doc("Submitted by Tanvi Rao on Monday. Kabir Sethi aka Arjun is back.")
    assert "Tanvi Rao" not in {m.name for m in names.person_mentions(doc)}


def test_pronoun_after_name_gives_gender() -> None:
    """"X ..., and that's the role he plays" makes X male, so a later "his role as Y"
    with a woman also named goes to X."""
    doc = _doc("The show Pyaar Ki Dor is a hit. Tara Joshi praised the team. Kabir Sethi "
               "has been a charmer, and that is what he does best. Talking about how he "
               "got his role as Arjun, he smiled.")
    assert ("Kabir Sethi", "Arjun") in {(c.actor, c.character) for c in names.castings(doc)}


def test_first_name_spelt_another_way_resolves() -> None:
    """"Chandrika" and "Chandhrika" (same consonants) are one person in one article."""
    doc = _doc("Chandrika Rao aka Meera is back. Later, Chandhrika said she was happy.")
    assert names.resolve_person(doc, "Chandhrika") == "Chandrika Rao"
    assert names.resolve_person(doc, "Chandan") is None


def test_first_name_before_parenthesised_role() -> None:
    """"I love Riya (Meera)": the known person's first name links to the role."""
    doc = _doc("Actress Riya Malhotra stars in the show Pyaar Ki Dor. Kabir said, I really love "
               "Riya (Meera) and she loves me back.")
    assert ("Riya Malhotra", "Meera") in {(c.actor, c.character) for c in names.castings(doc)}


def test_oxford_comma_groups_pair_in_order() -> None:
    """"introduced A, B, and C as X, Y, and Z": three links in order."""
    doc = _doc("The show Pyaar Ki Dor introduced Riya Malhotra, Kabir Sethi, and Tara Joshi as "
               "Meera, Arjun, and Kavya.")
    assert {(c.actor, c.character) for c in names.castings(doc)} == {
        ("Riya Malhotra", "Meera"), ("Kabir Sethi", "Arjun"), ("Tara Joshi", "Kavya")}


def test_plays_someones_husband_named() -> None:
    """"who plays Meera's husband Arjun": the role is Arjun; "will play Meera's husband"
    names no role."""
    doc = _doc("Kabir Sethi, who plays Meera’s husband Arjun in the show, spoke. Tara Joshi "
               "will play Meera’s sister in the show Pyaar Ki Dor.")
    links = {(c.actor, c.character) for c in names.castings(doc)}
    assert ("Kabir Sethi", "Arjun") in links
    assert not {link for link in links if link[1] == "Meera"}


def test_replaced_by_inherits_the_role() -> None:
    """"Riya, who played Meera, has been replaced by actress Tara Joshi": Tara plays Meera."""
    doc = _doc("Riya Malhotra, who played Meera in the show Pyaar Ki Dor, has been reportedly "
               "replaced by actress Tara Joshi.")
    assert ("Tara Joshi", "Meera") in {(c.actor, c.character) for c in names.castings(doc)}


def test_character_alias_and_nickname_are_no_people() -> None:
    """"who played Arjun aka Arjun Vir Sethi" and "the OG Arjun": character names."""
    doc = _doc("Kabir Sethi, who played Arjun aka Arjun Vir Sethi since 2017, quit. After Dev "
               "Rao, the OG Arjun, left the show Pyaar Ki Dor, Kabir took over.")
    found = {m.name for m in names.person_mentions(doc)}
    assert "Arjun Vir Sethi" not in found and "OG Arjun" not in found


def test_two_aka_pairs_joined_by_and() -> None:
    """"A aka B and C aka D": two links, A-B and C-D (not A-B with "C" as a role)."""
    doc = _doc("Riya Malhotra aka Meera and Kabir Sethi aka Arjun will shoot the wedding.")
    assert {(c.actor, c.character) for c in names.castings(doc)} == {
        ("Riya Malhotra", "Meera"), ("Kabir Sethi", "Arjun")}


def test_name_runs_before_an_offset_match_a_scan_that_stops_there() -> None:
    """The article's capitalised runs, cut at an offset, are what a scan ending there
    finds, also where a run crosses the offset."""
    from tellytrack.extract.names import _NAME_RE, _name_runs_before

    doc = _doc("Riya Malhotra met Kabir Sethi. Tara Joshi And Meera He left\tArjun Vir.")
    start = doc.sentences[0].start
    for offset in range(len(doc.text) + 1):
        assert _name_runs_before(doc, offset) == [
            (m.start(), m.group()) for m in _NAME_RE.finditer(doc.text, start, offset)]


def test_name_runs_read_off_title_runs_match_a_scan_of_the_body() -> None:
    """Runs of capitalised words taken from the title-cased runs (which also hold
    numbers and function words) are exactly what scanning the body for them finds."""
    from tellytrack.extract.names import _NAME_RE, name_runs

    for text in ("Riya Malhotra joins Pyaar Ki Dor 2 Tonight, says Kabir Sethi.",
                 "Kesar ki Kahani Season 12 Finale and iPhone-Maker Tara\tJoshi Vs Meera.",
                 "Bigg Boss 17 Contestant Arjun ka Sapna hai Mera; X-Men 3rd Part"):
        doc = _doc(text)
        start = doc.sentences[0].start
        assert name_runs(doc) == [(m.start(), m.group())
                                   for m in _NAME_RE.finditer(doc.text, start)]


def test_person_lookups_take_the_first_person_that_fits() -> None:
    """Short and longer spellings resolve to the first full name (in article order) that
    they fit, as a pass over the people in order would; two that fit the consonants
    make a guess impossible."""
    doc = _doc("Riya Malhotra, who plays Meera, quit. Kabir Malhotra, who plays Dev, joined. "
               "Riya Sen, who plays Gauri, is back. Chandrika Rao, who plays Uma, said so. "
               "Chandrika Das, who plays Lata, agreed.")
    assert names.resolve_person(doc, "Malhotra") == "Riya Malhotra"
    assert names.resolve_person(doc, "Riya") == "Riya Malhotra"
    assert names.resolve_person(doc, "Kabir") == "Kabir Malhotra"
    assert names.resolve_person(doc, "Riya Malhotra Khan") == "Riya Malhotra"
    assert names.resolve_person(doc, "Chandhrika") is None  # two Chandrikas


def test_a_pattern_link_reads_a_first_name_as_the_typed_person() -> None:
    """"Tara, who played the role of Kavya" links Tara Sen when the article names one
    Tara in full and the typer finds her a person, though no cue made her an actor."""
    doc = parse(Article.create(
        "Tara Sen quits Chandni Raat\nTara Sen has quit the show Chandni Raat, she told us. "
        "Speaking to us, Tara Sen said she was tired. Tara, who played the role of Kavya, "
        "had been with the show for two years."))
    assert [(c.actor, c.character) for c in names.castings(doc)] == [("Tara Sen", "Kavya")]


def test_chain_of_as_links_gives_every_pair() -> None:
    """ "A as X, B as Y and C as Z": the pattern's character group does not swallow B, who
    opens the next link, so the hand-written links read all three pairs."""
    doc = _doc("It stars Riya Malhotra as Meera, Kabir Sethi as Arjun and Tara Sen as Kavya.")
    pairs = {(c.actor, c.character) for c in names.castings(doc)}
    assert pairs == {("Riya Malhotra", "Meera"), ("Kabir Sethi", "Arjun"), ("Tara Sen", "Kavya")}


def test_pieces_counts_words_as_its_pattern_does() -> None:
    """A run is cut only from three words on; the words are counted by ``str.split``
    (the fast form) as ``\\S+`` counts them (the plain one), whatever the blanks."""
    from tellytrack.extract.names import _WORD, pieces

    doc = parse(Article.create("Kabir Sethi Opens Up On Quitting Pyaar Ki Dor."))
    runs = ["Kabir", "Kabir Sethi", "Kabir Sethi ", " Kabir\tSethi", "Kabir\u00a0Sethi Opens",
            "Kabir Sethi\u2003", "Kabir Sethi Opens Up On Quitting Pyaar Ki Dor", ""]
    for run in runs:
        assert (len(run.split(None, 2)) < 3) == (len(_WORD.findall(run)) < 3), run
        if len(_WORD.findall(run)) < 3:
            assert pieces(doc, run) == [(0, run)]
    assert pieces(doc, runs[-2]) == [(0, "Kabir Sethi"), (33, "Pyaar Ki Dor")]


def test_cue_scan_finds_what_scanning_the_whole_text_finds() -> None:
    """Each cue pattern, tried only where its words begin and remembered by the pattern's
    id, gives the matches of a plain scan of the whole text, asked once or twice."""
    from tellytrack.extract import link_patterns as lp
    from tellytrack.extract.names import _cue_scan

    text = ("Actress Riya Malhotra plays Meera in Pyaar Ki Dor, produced by Kavita Rao. "
            "The role of Arjun went to actor Kabir Sethi; his character is a writer.")
    doc = parse(Article.create(text))
    for pattern in lp.CUE_STARTS:
        plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in _cue_scan(doc, pattern)] == plain
        assert [(m.span(), m.groups()) for m in _cue_scan(doc, pattern)] == plain
    assert any(_cue_scan(doc, p) for p in lp.CUE_STARTS)


def test_a_role_word_ending_a_headline_names_no_character() -> None:
    """"... It Is My Dream Role" above "Megha Rao, who plays ...": Megha Rao is no role."""
    doc = parse(Article.create(
        "Megha Rao on playing Tarini: It is my dream role\nMegha Rao, who plays the "
        "titular role in Tarini, says she relates to the character. Tarini airs on Star Plus.",
        url="https://x.example/a-42"))
    assert {(f.actor, f.character) for f in cast.extract(doc)} == {("Megha Rao", "Tarini")}


def test_a_job_word_ending_a_headline_types_no_one_below() -> None:
    """A headline ending "... producer" above a body opening with a name says nothing of
    that name: she is still the one who quits."""
    doc = parse(Article.create(
        "Pyaar Ki Dor gets a new producer\nRiya Malhotra has quit Pyaar Ki Dor.",
        url="https://x.example/a-42"))
    assert "Riya Malhotra" in {m.name for m in names.person_mentions(doc)}


def test_the_actress_who_played_is_the_person_named_before() -> None:
    """"A has quit X. The actress, who essayed the role of Y, ...": A plays Y."""
    doc = _doc("Riya Malhotra has quit Pyaar Ki Dor after two years. The actress, who "
               "essayed the role of Meera, will shoot her last episode next week.")
    assert ("Riya Malhotra", "Meera") in {(c.actor, c.character) for c in names.castings(doc)}


def test_an_object_pronoun_gives_no_gender() -> None:
    """"B has been approached to replace her": "her" is someone else, not B."""
    doc = _doc("Riya Malhotra has quit Pyaar Ki Dor. Sources say Tara Sen has been approached "
               "to replace her.")
    assert "tarasen" not in names.person_genders(doc)


def test_a_named_relative_of_a_character_is_the_role() -> None:
    """"plays Raghav's grandmother, Amma", "cast as Raghav's cousin Nikhil": the role is
    the name after the relative noun, any noun; "plays Meera's character" is Meera."""
    doc = _doc("The show Pyaar Ki Dor is a hit. Senior actress Asha Rao plays Raghav's "
               "grandmother, Amma. Karan Bhatia has been cast as Raghav's cousin Nikhil. "
               "Tara Sen plays Meera's character in the show.")
    links = {(c.actor, c.character) for c in names.castings(doc)}
    assert {("Asha Rao", "Amma"), ("Karan Bhatia", "Nikhil"), ("Tara Sen", "Meera")} <= links
    assert not {("Asha Rao", "Raghav"), ("Karan Bhatia", "Raghav")} & links


def test_an_owned_name_aka_an_actor_is_the_character() -> None:
    """"Pyaar Ki Dor's Meera aka Riya Malhotra": Riya plays Meera; "Tara Sen, popularly
    known as Kesar from Pyaar Ki Dor": Tara plays Kesar."""
    doc = _doc("Pyaar Ki Dor's Meera aka Riya Malhotra shares pictures\nTara Sen, popularly "
               "known as Kesar from Pyaar Ki Dor, was there too.")
    links = {(c.actor, c.character) for c in names.castings(doc)}
    assert {("Riya Malhotra", "Meera"), ("Tara Sen", "Kesar")} <= links
    assert "Meera" not in names.people(doc)


def test_stars_a_and_b_in_the_lead_roles_of_y_and_z() -> None:
    """"X stars A and B in the lead roles of Y and Z": A plays Y, B plays Z."""
    doc = _doc("Pyaar Ki Dor stars Riya Malhotra and Kabir Sethi in the lead roles of Meera "
               "and Arjun.")
    links = {(c.actor, c.character) for c in names.castings(doc)}
    assert {("Riya Malhotra", "Meera"), ("Kabir Sethi", "Arjun")} <= links


def test_the_replacement_takes_the_role() -> None:
    """"A, who plays Y, will quit X. B will replace him": B plays Y; "C has replaced A"
    too."""
    for second in ("Kabir Sethi will replace him.", "Kabir Sethi has replaced Arjun Rao."):
        doc = _doc("Arjun Rao, who plays Aditya, will quit Pyaar Ki Dor. " + second)
        links = {(c.actor, c.character) for c in names.castings(doc)}
        assert ("Kabir Sethi", "Aditya") in links, second


def test_play_the_antagonist_comma_name() -> None:
    """"A has been approached to play the antagonist, Sonia": A plays Sonia."""
    doc = _doc("Kavya Sood has been approached to play the antagonist, Sonia, in Pyaar Ki Dor.")
    assert ("Kavya Sood", "Sonia") in {(c.actor, c.character) for c in names.castings(doc)}


def test_return_to_a_show_as_a_role() -> None:
    """"A is all set to return to X as Y": A plays Y."""
    doc = _doc("Kabir Sethi is all set to return to Pyaar Ki Dor as Rudra. The actor had quit "
               "the show last year.")
    assert ("Kabir Sethi", "Rudra") in {(c.actor, c.character) for c in names.castings(doc)}


def test_a_described_actress_stands_for_the_person_before() -> None:
    """"The 28-year-old actress played Y", "The X actress played Y", "The handsome actor
    will play Y": the person named before plays Y."""
    for second, pair in (("The 28-year-old actress played Meera.", ("Riya Malhotra", "Meera")),
                         ("The Kesar Ki Kahani actress played Meera.",
                          ("Riya Malhotra", "Meera"))):
        doc = _doc("Riya Malhotra has quit Pyaar Ki Dor. " + second)
        assert pair in {(c.actor, c.character) for c in names.castings(doc)}, second
    doc = _doc("Kabir Sethi has joined Pyaar Ki Dor. The handsome actor will play Arjun.")
    assert ("Kabir Sethi", "Arjun") in {(c.actor, c.character) for c in names.castings(doc)}


def test_a_cast_list_a_pair_per_line() -> None:
    """"Riya Malhotra - Meera" lines under a cast heading pair actor and role (the name of
    more words is the actor); "Kesar Ki Kahani - Star Plus" is no pair."""
    doc = _doc("Pyaar Ki Dor cast and characters\nPyaar Ki Dor airs on Sony TV. Here is the "
               "cast.\nRiya Malhotra - Meera\nRudra - Kabir Sethi\nKesar Ki Kahani - Star Plus")
    links = {(c.actor, c.character) for c in names.castings(doc)}
    assert links == {("Riya Malhotra", "Meera"), ("Kabir Sethi", "Rudra")}


def test_makes_a_comeback_as() -> None:
    """"After quitting the show, A makes a comeback as Y": A plays Y."""
    doc = _doc("The show Pyaar Ki Dor is a hit. After quitting the show, Kabir Sethi makes a "
               "comeback as Arjun.")
    assert ("Kabir Sethi", "Arjun") in {(c.actor, c.character) for c in names.castings(doc)}


def test_link_patterns_with_whole_name_words_match_as_the_plain_ones() -> None:
    """The link patterns take each capitalised word whole (``NAME_WHOLE``): every match,
    with its groups, is the one the plain ``NAME`` form finds, on text with hyphened
    and possessive names, names run into lower-case words, brackets, "aka" lists and
    coordinated groups."""
    import re

    from tellytrack.extract import link_patterns as lp

    text = ("Riya Malhotra aka Meera, Kabir-Sethi aka Arjun and Tara Sen aka Kesar. "
            "Rang Mahal's Kesar aka Riddhi Nair is back. Neel Kamal stars Kabir Sethi and "
            "Riya in the lead roles of Arjun and Meera. Riddhi Nair, popularly known as Kesar "
            "from Rang Mahal, said so. Kabir Sethi, who plays Arjun Mehra-Rao, and Riya, who "
            "has been playing the role of Meera, are happy. Tara's portrayal of Kesar won "
            "praise; her role as Kesar too. Kavita Rao replacing Tara Sen as Kesar. Amma as "
            "the new Dadi, Riya Malhotra's Meera character. Meera (Riya Malhotra) and "
            "Arjun's (played by Kabir) wedding. Kesar is the new Meera. The makers found their "
            "new Arjun in Kabir Sethi. Meera, played by Riya-Malhotra, and the new Dadi, "
            "Amma Rao. Kesar's role of Dadi. RiyaMalhotra playsMeera. Kabir As Arjun.")
    plain = (lp.AKA, lp.AKA_OWNED, lp.STARS_IN, lp.KNOWN_AS, lp.PLAYS, lp.HER_ROLE, lp.AS,
             lp.REPLACING_AS, lp.NEW_IS, lp.CHAR_OF, lp.POSS_CHAR, lp.NEW_APPOS, lp.NEW_IN,
             lp.PLAYED_BY, lp.PAREN)
    found = 0
    for fast in plain:
        assert lp.NAME_WHOLE in fast.pattern
        slow = re.compile(fast.pattern.replace(lp.NAME_WHOLE, lp.NAME), fast.flags)
        got = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in slow.finditer(text)], fast.pattern
        found += len(got)
    assert found >= 15


def test_subject_link_tried_at_its_first_words_finds_what_finditer_does() -> None:
    """The play phrases without their subject are tried only where one of their first
    words begins a word: every match ``finditer`` finds (verbs, "starring ... as",
    "her role as", "in the titular role"; "replays" and "Plays" match nothing)."""
    from tellytrack.extract.names import _SUBJECT_FIRSTS, _SUBJECT_LINK
    from tellytrack.extract.scan import finditer_at, word_starts

    texts = ["She plays Meera and took on the role of Kesar, stepping into the shoes of Tara.",
             "Riya is back as the lead Meera; Kabir returned to Rang Mahal as Arjun.",
             "Her role as Kesar and his portrayal of Dadi won praise, as did Amma in the "
             "titular role. He replays Plays Meera and reprised Kesar.", ""]
    found = 0
    for text in texts:
        fast = [(m.span(), m.groups()) for m in finditer_at(
            _SUBJECT_LINK, text, word_starts(text, _SUBJECT_FIRSTS))]
        assert fast == [(m.span(), m.groups()) for m in _SUBJECT_LINK.finditer(text)]
        found += len(fast)
    assert found >= 6


def test_the_subject_gate_by_in_is_the_alternation_s() -> None:
    """The play-phrase gate's words looked for with ``in`` answer as the alternation of
    them searched (the plain form), for every span of an invented text."""
    import re

    from tellytrack.extract.names import _SUBJECT_WORDS
    from tellytrack.extract.scan import alternation

    plain = re.compile(alternation(_SUBJECT_WORDS))
    text = "Riya plays Meera; reprises her role. Essay, Kabir's shoes, character: portrayal."
    for a in range(len(text)):
        for b in range(a, len(text) + 1):
            span = text[a:b]
            assert any(w in span for w in _SUBJECT_WORDS) == bool(plain.search(span)), span


def test_a_numbered_season_s_title_words_are_no_person() -> None:
    """"the show Pyaar Ki Dor 2, where she plays Meera": the name run stops at the
    season's number, and its words are the show's, not the pronoun's person nor anyone's."""
    doc = _doc("Comeback stories\nRiya Malhotra returned with the show Pyaar Ki Dor 2, where "
               "she plays Meera again.")
    assert "Pyaar Ki Dor 2" in doc.shows.names
    assert "Pyaar Ki Dor" not in names.people(doc)
    assert all(f.actor != "Pyaar Ki Dor" for f in cast.extract(doc))


def test_a_role_aka_the_actress_the_article_names_is_her_role() -> None:
    """"Meera aka Riya Malhotra", the article calling Riya Malhotra an actress: she plays
    Meera (the link's usual order, actor first, is turned round)."""
    doc = _doc("The show Pyaar Ki Dor is a hit. Actress Riya Malhotra leads the show. Meera aka "
               "Riya Malhotra shared a post.")
    assert [(c.actor, c.character) for c in names.castings(doc)] == [("Riya Malhotra", "Meera")]


def test_an_actor_with_the_role_in_brackets_after_as() -> None:
    """"A (as Y)": a cast list's actor and role, read by a pattern (not left to the model)."""
    doc = _doc("Pal Pal Dil cast\nThe show Pal Pal Dil stars Kabir Sethi (as Raghav) and "
               "Riya Malhotra (as 'Devika').")
    pairs = {(c.actor, c.character) for c in names.castings(doc)}
    assert {("Kabir Sethi", "Raghav"), ("Riya Malhotra", "Devika")} <= pairs


def test_a_title_closing_an_apposition_is_no_person() -> None:
    """"The actress, known for X, will be seen as Y": X ends the clause set off by commas,
    so it is no actor of Y."""
    doc = _doc("Pyaar Ki Dor: new lead\nRiya Malhotra has bagged Pyaar Ki Dor. The actress, "
               "known for Rang Mahal, will be seen as Tara in Pyaar Ki Dor.")
    assert "Rang Mahal" not in names.people(doc)


def test_new_apposition_tested_after_its_word_matches_as_the_plain_form() -> None:
    """``NEW_APPOS`` makes its tests before "new" after it, so ``re`` looks for the
    literal: every match, with its groups, of the plain form (``NEW_APPOS_PLAIN``, names
    taken whole as there) on random texts ("renew", "is the new", "was the new", a text
    opening with "new"); a test that forgets the word before "new" disagrees."""
    import random
    import re

    from tellytrack.extract import link_patterns as lp

    plain = re.compile(lp.NEW_APPOS_PLAIN.replace(lp.NAME, lp.NAME_WHOLE))
    fast = lp.NEW_APPOS
    careless = re.compile(fast.pattern.replace(r"(?<!\wnew)", ""))
    rng = random.Random(3)
    before = ["", "the ", "is the ", "was the ", "be the ", "as the ", "has the ", "re", "x",
              "Tara is the ", "\n", "is  the ", "a "]
    names = ["Dadi", "Amma Rao", "Kesar", "x", ""]
    texts = [rng.choice(before) + rng.choice(["new", "New", "renew"]) + rng.choice([" ", "\n", ""])
             + rng.choice(names) + rng.choice([",", ", ", ""]) + rng.choice([" ", ""])
             + rng.choice(names) for _ in range(3000)]

    def spans(pattern: re.Pattern[str]) -> list[object]:
        return [(m.span(), m.groups()) for t in texts for m in pattern.finditer(t)]

    got = spans(fast)
    assert got == spans(plain) and len(got) > 20
    assert spans(careless) != got


def test_gendered_pronouns_tried_at_their_words_are_the_search() -> None:
    """A sentence's gendered pronoun tried only where one of its words begins (the ordered
    word index) is what ``_GENDERED.search`` finds from every offset of each sentence of
    random invented texts (the words inside others, in capitals, "her" before a noun and
    before a preposition, at a sentence's edges)."""
    import random

    from tellytrack.extract.names import _GENDERED, _gendered

    rng = random.Random(19)
    pieces = ["She", "she", "SHE", "He", "he", "his", "His", "him", "himself", "herself", "her",
              "her role", "her as", "Her show", "hero", "shell", "the", "ashes", "Riya", "o'he",
              "he's", ",", ".", "!", "\n"]
    found = 0
    for _ in range(500):
        text = "Headline\n" + " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        doc = parse(Article.create(text))
        for s in doc.sentences:
            for pos in range(len(s.text) + 1):
                plain = _GENDERED.search(s.text, pos)
                fast = _gendered(doc, s, pos)
                assert (fast and fast.span()) == (plain and plain.span()), (s.text, pos)
                found += plain is not None
    assert found > 1000


def test_titular_and_they_play_tried_where_they_can_match_are_the_scans() -> None:
    """"The titular role is played by A" looked for only in a sentence holding its
    adjective, and "they play Y and Z" only where "they" or "their" begins: what
    ``finditer`` finds in each sentence of random invented texts."""
    import random

    from tellytrack.extract.names import _THEY_PLAY, _TITULAR_BY, _they_play, _titular_by

    rng = random.Random(23)
    pieces = ["The titular role", "the title character", "The eponymous role of Meera",
              "is played by", "was essayed by", "Riya Malhotra", "they play", "They play",
              "THEY play", "their roles as", "theyplay", "Meera and Kabir", "Meera, Kabir",
              "the", "title", "Their", ",", ".", "\n"]
    found = 0
    for _ in range(1000):
        text = "Headline\n" + " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        doc = parse(Article.create(text))
        for s in doc.sentences:
            fast = [m.span() for m in (*_titular_by(s.text), *_they_play(doc, s))]
            plain = [m.span() for p in (_TITULAR_BY, _THEY_PLAY) for m in p.finditer(s.text)]
            assert fast == plain, s.text
            found += len(plain)
    assert found > 300


def test_is_common_asks_both_sets_as_their_union_would() -> None:
    """A word is common when the lexicon holds it or the article writes it in lower case
    (the plain form: the union of the two sets), asked without building the union."""
    from tellytrack.extract.lexicon import words
    from tellytrack.extract.names import _lower_words, common_words, is_common

    doc = _doc("Velka Joran plays Tirsa in Moonvale. The zorbly turn left Tirsa stunned, "
               "and Velka said the zorbly track works.")
    union = words("not_names") | _lower_words(doc)
    common = common_words(doc)
    for word in ("the", "and", "zorbly", "twist", "velka", "tirsa", "moonvale", "said", "qq"):
        assert is_common(common, word) == (word in union), word
    assert is_common(common, "zorbly") and is_common(common, "twist")  # (one set each)
