"""Hindi articles read as Hindi news writes them: names end before a verb, a channel owns
the title after it, names in Latin letters, relative clauses, charts told in turns."""

from __future__ import annotations

from hi_support import hindi_doc

from tellytrack.extract import extract_facts, is_hindi
from tellytrack.extract.hi import cast, cast_change, event, rating, relation, show_info
from tellytrack.model import Article


def _changes(text: str) -> set[tuple[str | None, str | None]]:
    return {(f.actor, f.change) for f in cast_change.extract(hindi_doc(text))}


def test_a_future_verb_is_no_part_of_a_name() -> None:
    """"'X' को अलविदा कहेंगे A": the name is A, not "कहेंगे A"."""
    text = ("'केसर' को अलविदा कहेंगे कबीर सेठी\n"
            "शो 'केसर' में अर्जुन का किरदार निभा रहे कबीर सेठी ने शो छोड़ दिया है।")
    assert {actor for actor, _ in _changes(text)} == {"कबीर सेठी"}


def test_the_small_screen_is_nobody() -> None:
    """"छोटे पर्दे पर वापसी" is a comeback to television, and "छोटे पर्दे" no actor."""
    text = "शो 'केसर' जल्द आएगा। एक्टर कबीर सेठी पांच साल बाद छोटे पर्दे पर वापसी कर रहे हैं।"
    assert all(actor != "छोटे पर्दे" for actor, _ in _changes(text))


def test_channel_right_before_a_title() -> None:
    """"जी टीवी का 'केसर'": the channel of the show named right after it."""
    doc = hindi_doc("टीआरपी रिपोर्ट आई। जी टीवी का 'केसर' दूसरे नंबर पर रहा।")
    assert {(f.show, f.field, f.value) for f in show_info.extract(doc)} == {
        ("केसर", "channel", "जी टीवी")}
    doc = hindi_doc("जी टीवी का कहना है कि शो 'केसर' बंद नहीं होगा।")
    assert not [f for f in show_info.extract(doc) if f.field == "channel"]


def test_a_cue_stem_takes_its_whole_verb() -> None:
    """"'X' से जुड़ीं A": the cue "से जुड़" ends inside "जुड़ीं"; the name after it is A."""
    text = "'केसर' से जुड़ीं नेहा जोशी\nजी टीवी के शो 'केसर' में नेहा जोशी की एंट्री हो गई है।"
    assert _changes(text) == {("नेहा जोशी", "entry")}


def test_a_denied_rumour_is_denied_where_the_headline_asks_it() -> None:
    """A headline's question, a past rumour, then "हालांकि ... खारिज": denied, once."""
    text = ("क्या 'केसर' छोड़ रही हैं तान्या शाह?\n"
            "खबर थी कि तान्या शाह 'केसर' को अलविदा कहने वाली हैं। "
            "हालांकि, एक्ट्रेस ने इन खबरों को खारिज कर दिया है।")
    assert {(f.actor, f.change, f.status) for f in cast_change.extract(hindi_doc(text))} == {
        ("तान्या शाह", "exit", "denied")}


def test_role_then_actor_then_verb() -> None:
    """"Y का किरदार A निभाएंगे": the object first, the actor before the verb."""
    doc = hindi_doc("शो 'केसर' जल्द आएगा। शो में अब अर्जुन का किरदार विवेक आनंद निभाएंगे।")
    assert {(r.actor, r.character) for r in cast.roles(doc)} == {("विवेक आनंद", "अर्जुन")}


def test_places_and_shows_alternating_pair_in_order() -> None:
    """"चौथे नंबर पर 'A' और पांचवें नंबर पर 'B'": B is fifth, though A stands nearer the
    second cue; "तीसरे पर" leaves out the place word of the sentence's other cue."""
    doc = hindi_doc("इस हफ्ते की टीआरपी लिस्ट आई। दूसरे स्थान पर 'केसर' और तीसरे पर 'नई राहें' रहा। "
                    "चौथे नंबर पर 'साँझ' और पांचवें नंबर पर 'चांदनी' है।")
    assert {(f.show, f.rank) for f in rating.extract(doc)} == {
        ("केसर", 2), ("नई राहें", 3), ("साँझ", 4), ("चांदनी", 5)}


def test_a_doubled_word_ends_a_name() -> None:
    """"A बाल-बाल बचे": "बाल" of a doubled word is no part of A's name."""
    doc = hindi_doc("शो 'केसर' में राघव का किरदार निभाने वाले अर्णव कपूर बाल-बाल बच गए।")
    assert {(r.actor, r.character) for r in cast.roles(doc)} == {("अर्णव कपूर", "राघव")}


def test_an_accident_on_the_set_is_no_story() -> None:
    """"शो के सेट पर हादसा": the crew's accident, not the story's."""
    doc = hindi_doc("शो 'केसर' की शूटिंग के दौरान सेट पर हादसा हो गया।")
    assert event.extract(doc) == []


def test_seen_as_a_character() -> None:
    """"A शो में Y के रूप में नजर आएंगे": A plays Y (the verb right after "रूप में")."""
    doc = hindi_doc("शो 'केसर' में एक्टर विवेक आनंद की एंट्री हो रही है। "
                    "विवेक आनंद शो में कबीर के रूप में नजर आएंगे।")
    assert {(r.actor, r.character) for r in cast.roles(doc)} == {("विवेक आनंद", "कबीर")}


def test_a_pronoun_plays_a_role_written_in_latin_letters() -> None:
    """"वह शो में Meera का रोल निभाएंगी" after "Riya Sen की एंट्री"."""
    doc = hindi_doc("शो 'केसर' में एक्ट्रेस Riya Sen की एंट्री होने वाली है। "
                    "वह शो में Meera का रोल निभाएंगी।")
    assert {(r.actor, r.character) for r in cast.roles(doc)} == {("Riya Sen", "Meera")}


def test_two_roles_for_one_verb() -> None:
    """"Y1 का किरदार A1 और Y2 का किरदार A2 निभा रहे हैं": two pairs, in order."""
    doc = hindi_doc("शो 'केसर' जल्द आएगा। "
                    "शो में राधिका का किरदार पूजा वर्मा और देव का किरदार निखिल राणा निभा रहे हैं।")
    assert {(r.actor, r.character) for r in cast.roles(doc)} == {
        ("पूजा वर्मा", "राधिका"), ("निखिल राणा", "देव")}


def test_a_relative_clause_changes_its_antecedent() -> None:
    """"A ... निभा रही हैं, जो अब शो छोड़ देंगी": A leaves."""
    doc = hindi_doc("शो 'केसर' जल्द आएगा। काव्या का किरदार ईशा नायर निभा रही हैं, जो अब शो छोड़ देंगी।")
    assert {(f.actor, f.change) for f in cast_change.extract(doc)} == {("ईशा नायर", "exit")}


def test_an_upcoming_show_of_a_channel() -> None:
    """"सोनी टीवी के अपकमिंग शो 'X'": the channel of X."""
    doc = hindi_doc("सोनी टीवी के अपकमिंग शो 'केसर' के लिए नेहा जोशी को चुना गया है।")
    assert {(f.show, f.field, f.value) for f in show_info.extract(doc)} == {
        ("केसर", "channel", "सोनी टीवी")}


def test_a_relative_clause_ties_the_role_before_it() -> None:
    """"A शो में Y का रोल करेंगी, जो B की पत्नी होगी": Y is B's wife."""
    doc = hindi_doc("शो 'केसर' जल्द आएगा। ईशा शो में काव्या का रोल प्ले करेंगी, जो आदित्य की पत्नी होगी।")
    assert {(f.subject, f.relation, f.object) for f in relation.extract(doc)} == {
        ("आदित्य", "spouse", "काव्या")}


def test_a_first_name_stands_for_the_full_name_said_before_a_verb() -> None:
    """"... उनकी जगह रिया मल्होत्रा लेंगी। रिया ... केसर के रोल में दिखेंगी": the entry is
    रिया मल्होत्रा's (the full name ends before the verb "लेंगी" and its "।")."""
    text = ("'केसर' में बदलाव\nशो 'केसर' की एक्ट्रेस तारा सेन ने शो छोड़ दिया है और अब उनकी जगह "
            "रिया मल्होत्रा लेंगी। रिया शो में केसर के रोल में दिखेंगी।")
    assert {(f.actor, f.change) for f in cast_change.extract(hindi_doc(text))} == {
        ("तारा सेन", "exit"), ("रिया मल्होत्रा", "entry")}


def test_the_one_left_behind_marries_nobody() -> None:
    """"A अपनी पत्नी B को छोड़कर C से शादी करेगा": B is not C's partner."""
    doc = hindi_doc("शो 'केसर' जल्द आएगा। देव अपनी पत्नी राधिका को छोड़कर काव्या से शादी करेगा।")
    assert ("राधिका", "romance", "काव्या") not in {
        (f.subject, f.relation, f.object) for f in relation.extract(doc)}


def test_the_beaten_show_does_not_take_the_winners_place() -> None:
    """"A ने B को पछाड़कर नंबर 1 की कुर्सी": A is first; B, second in the next sentence."""
    doc = hindi_doc("टीआरपी रिपोर्ट आई। 'केसर' ने 'नई राहें' को पछाड़कर नंबर 1 की कुर्सी हासिल "
                    "कर ली है। 'नई राहें' अब दूसरे नंबर पर है।")
    assert {(f.show, f.rank) for f in rating.extract(doc)} == {("केसर", 1), ("नई राहें", 2)}


def test_hindi_with_names_in_latin_letters() -> None:
    """A Hindi article that writes its show and people in Latin letters is Hindi (counted
    by words: a vowel sign is no letter), its title before "में" is a show when it holds a
    Hindi grammar word and is named twice, and "Riya शो में Meera का रोल" is Riya
    Malhotra's."""
    text = ("Pyaar Ki Dor में होगी Riya Malhotra की एंट्री\nPyaar Ki Dor में जल्द ही बड़ा "
            "ट्विस्ट आने वाला है। Riya Malhotra की एंट्री होगी। Riya शो में Meera का रोल निभाएंगी।")
    article = Article.create(text)
    assert is_hindi(article)
    assert {(f.type, f.show, f.actor) for f in extract_facts(article)} == {
        ("cast", "Pyaar Ki Dor", "Riya Malhotra"), ("cast_change", "Pyaar Ki Dor", "Riya Malhotra")}


def test_one_word_names_in_latin_letters() -> None:
    """"Meera की बेटी Pari", "Meera के पति Arjun": ties between one-word Latin names."""
    doc = hindi_doc("शो 'केसर' जल्द आएगा। शो में Meera की बेटी Pari की शादी होने वाली है। "
                    "Meera के पति Arjun खुश नहीं हैं।")
    assert {(f.subject, f.relation, f.object) for f in relation.extract(doc)} == {
        ("Meera", "parent", "Pari"), ("Meera", "spouse", "Arjun")}


def test_a_one_word_latin_title_that_has_an_actress() -> None:
    """"Tarini की एक्ट्रेस Megha Rao ने शो छोड़ा": Tarini is a show (only a show has one)."""
    text = "Tarini की एक्ट्रेस Megha Rao ने शो छोड़ा\nMegha Rao ने शो को अलविदा कह दिया है।"
    facts = extract_facts(Article.create(text))
    assert {(f.type, f.show, f.actor) for f in facts} == {("cast_change", "Tarini", "Megha Rao")}


def test_a_headline_opening_on_a_title_that_has_an_actress() -> None:
    """"तारिणी की एक्ट्रेस मेघा राव ने शो छोड़ा": तारिणी is the show, unquoted and alone."""
    text = "तारिणी की एक्ट्रेस मेघा राव ने शो छोड़ा\nमेघा राव ने शो को अलविदा कह दिया है।"
    facts = extract_facts(Article.create(text))
    assert {(f.type, f.show, f.actor) for f in facts} == {("cast_change", "तारिणी", "मेघा राव")}


def test_a_channel_a_few_words_before_its_verb() -> None:
    """"स्टार प्लस पर 4 मार्च से नया शो 'X' शुरू होने जा रहा है": X's channel."""
    doc = hindi_doc("स्टार प्लस पर 4 मार्च से नया शो 'केसर' शुरू होने जा रहा है।")
    assert {(f.show, f.field, f.value) for f in show_info.extract(doc)} == {
        ("केसर", "channel", "स्टार प्लस")}


def test_what_fans_believe_is_speculated() -> None:
    """"फैंस का मानना है कि ... मौत हो जाएगी": a guess, not a preview."""
    doc = hindi_doc("फैंस का मानना है कि शो 'केसर' में मीरा की मौत हो जाएगी।")
    assert [(f.kind, f.status) for f in event.extract(doc)] == [("death", "speculated")]


def test_a_latin_title_after_a_show_word_is_not_read_on_into_hindi() -> None:
    """"Sony TV के शो Pyaar Ki Dor में जल्द ही ...": the show is "Pyaar Ki Dor", once."""
    text = ("Pyaar Ki Dor में आएगा लीप\nSony TV के शो Pyaar Ki Dor में जल्द ही 10 साल का लीप "
            "आने वाला है।")
    assert {f.show for f in extract_facts(Article.create(text))} == {"Pyaar Ki Dor"}


def test_the_actor_between_the_role_and_the_verb() -> None:
    """"Y के रूप में A नजर आ रही हैं" and "Y बनकर A ने ...": A plays Y."""
    for text in ("शो 'केसर' में मीरा के रूप में रिया मल्होत्रा नजर आ रही हैं।",
                 "शो 'केसर' में मीरा बनकर रिया मल्होत्रा ने सबका दिल जीता।"):
        assert {(r.actor, r.character) for r in cast.roles(hindi_doc(text))} == {
            ("रिया मल्होत्रा", "मीरा")}, text


def test_shown_the_door_and_entering_again() -> None:
    """"शो ने A को बाहर का रास्ता दिखा दिया": A's exit; "A की फिर से एंट्री": a return."""
    assert {(f.actor, f.change) for f in cast_change.extract(hindi_doc(
        "शो 'केसर' ने रिया मल्होत्रा को बाहर का रास्ता दिखा दिया है।"))} == {
        ("रिया मल्होत्रा", "exit")}
    assert {(f.actor, f.change) for f in cast_change.extract(hindi_doc(
        "शो 'केसर' में रिया मल्होत्रा की फिर से एंट्री होगी।"))} == {("रिया मल्होत्रा", "return")}


def test_a_chart_of_numbered_lines() -> None:
    """"1. X - 2.4" lines under a TRP headline: each show's place and value."""
    doc = hindi_doc("TRP Report: टॉप 5 शोज की लिस्ट\nइस हफ्ते की टीआरपी लिस्ट इस प्रकार है:\n"
                    "1. Chandni Raat - 2.4\n2. Kesar Ki Kahani - 2.1\n3. Pyaar Ki Dor - 1.9")
    assert {(f.show, f.rank, f.rating) for f in rating.extract(doc)} == {
        ("Chandni Raat", 1, 2.4), ("Kesar Ki Kahani", 2, 2.1), ("Pyaar Ki Dor", 3, 1.9)}


def test_an_engaged_pair_is_a_couple() -> None:
    """"A और B की सगाई हो चुकी है": A and B are a couple."""
    doc = hindi_doc("शो 'केसर' में अर्जुन और मीरा की सगाई हो चुकी है।")
    assert {(f.subject, f.relation, f.object) for f in relation.extract(doc)} == {
        ("अर्जुन", "romance", "मीरा")}


def test_a_quoted_character_glossed_by_its_actor() -> None:
    """"सीरियल 'X' के 'Y' यानी A": Y is A's role, not a second show."""
    text = "सीरियल 'केसर' के 'अर्जुन' यानी कबीर सेठी ने शो छोड़ दिया है।"
    facts = extract_facts(Article.create(text, lang="hi"))
    assert {(f.type, f.show, f.actor, f.character) for f in facts} == {
        ("cast", "केसर", "कबीर सेठी", "अर्जुन"), ("cast_change", "केसर", "कबीर सेठी", "अर्जुन")}


def test_word_before_is_the_plain_search_from_word_starts() -> None:
    """``_WORD_BEFORE`` is tried only where a word begins: the same last word (and where
    it starts) as the plain pattern in every window of invented text (a slice, as
    ``name_before`` reads it), a gloss and a word cut at the window's edge included."""
    import re

    from tellytrack.extract.hi.names import _WORD_BEFORE
    from tellytrack.extract.hi.text import L

    plain = re.compile(rf"({L}+)\s*(?:\([A-Za-z][A-Za-z .'-]*\))?\s*$")
    text = ("टीवी एक्ट्रेस रिया मल्होत्रा (Riya Malhotra) ने शो छोड़ा, कबीर सेठी और तारा "
            "Sen की जगह ab12 नई  ")
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            window = text[start:end]
            fast, slow = _WORD_BEFORE.search(window), plain.search(window)
            assert (fast and (fast[1], fast.start(1))) == (slow and (slow[1], slow.start(1)))


def test_word_gated_patterns_hold_their_gate_words() -> None:
    """The alias, pair-kin and producer patterns run only where one of their gate words
    is written: every match holds one (so the gate skips none), on invented text
    written with each branch."""
    import re

    from tellytrack.extract.hi.cast import _ALIAS, _ALIAS_WORDS
    from tellytrack.extract.hi.relation import _PAIR_KIN, _PAIR_KINDS
    from tellytrack.extract.hi.show_info import _PRODUCER_AFTER, _PRODUCER_WORDS

    text = ("'अर्जुन' यानी कबीर सेठी, मीरा उर्फ तारा, Riya aka Tara, Riya a.k.a. Tara, अर्थात "
            "रिया और कबीर, जो कि शो में पति-पत्नी हैं, तारा और मीरा बहनें हैं; "
            "नील कमल के प्रोडक्शन में, कविता राव द्वारा निर्मित, कविता ने प्रोड्यूस किया")
    for pattern, gate in ((_ALIAS, _ALIAS_WORDS), (_PAIR_KIN, tuple(_PAIR_KINDS)),
                          (_PRODUCER_AFTER, _PRODUCER_WORDS)):
        found = [m.group() for m in pattern.finditer(text)]
        assert len(found) >= 2
        assert all(any(w in match for w in gate) for match in found)
        assert not pattern.search(re.sub("|".join(map(re.escape, gate)), "", text))
