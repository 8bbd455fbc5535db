"""hi.cast and hi.cast_change: roles, exits, entries and returns in Hindi."""

from hi_support import hindi_doc

from tellytrack.extract.hi import cast, cast_change

SHOW = "शो 'केसर की कहानी' जल्द आएगा। "


def _cast(text: str) -> set[tuple[str, str, str]]:
    return {(f.show, f.actor or "", f.character or "") for f in cast.extract(hindi_doc(text))}


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.actor or "", f.change or "", f.status)
            for f in cast_change.extract(hindi_doc(text))}


def test_actor_before_role_past_title_and_adverbs() -> None:
    """"पूर्व मंत्री रिया मल्होत्रा फिर से मीरा के किरदार में" : actor, not the title."""
    got = _cast(SHOW + "शो में पूर्व मंत्री रिया मल्होत्रा फिर से मीरा के किरदार में दिखेंगी।")
    assert got == {("केसर की कहानी", "रिया मल्होत्रा", "मीरा")}


def test_actor_after_job_title_and_return() -> None:
    """"अर्जुन के किरदार में लौट रहे एक्टर कबीर सेठी": cast and a confirmed return."""
    text = SHOW + "वहीं अर्जुन के किरदार में लौट रहे एक्टर कबीर सेठी भी खुश हैं।"
    assert _cast(text) == {("केसर की कहानी", "कबीर सेठी", "अर्जुन")}
    assert _changes(text) == {("कबीर सेठी", "return", "confirmed")}


def test_crossed_aka_lists_paired_by_gender() -> None:
    """"A और B यानी C और D": in order, unless the names' endings say the order is crossed."""
    got = _cast(SHOW + "अर्जुन और मीरा यानी रिया मल्होत्रा और कबीर सेठी शो में हैं।")
    assert got == {("केसर की कहानी", "रिया मल्होत्रा", "मीरा"),
                   ("केसर की कहानी", "कबीर सेठी", "अर्जुन")}


def test_hyphenated_aka_lists() -> None:
    """"A-B यानी C-D": two pairs in order."""
    got = _cast(SHOW + "मीरा-तान्या यानी रिया मल्होत्रा-कविता सेठी की जोड़ी हिट है।")
    assert got == {("केसर की कहानी", "रिया मल्होत्रा", "मीरा"),
                   ("केसर की कहानी", "कविता सेठी", "तान्या")}


def test_reported_exit_of_a_list() -> None:
    """"रिपोर्ट के मुताबिक, A, B और C ने शो छोड़ने का फैसला किया": three reported exits."""
    got = _changes(SHOW + "रिपोर्ट के मुताबिक, अब रिया मल्होत्रा, कबीर सेठी और तान्या वर्मा "
                   "ने शो छोड़ने का फैसला किया है।")
    assert got == {(a, "exit", "reported") for a in ("रिया मल्होत्रा", "कबीर सेठी", "तान्या वर्मा")}


def test_past_rumour_overturned_by_but() -> None:
    """"कहा जा रहा था कि A शो छोड़ देंगे। लेकिन शो छोड़कर B गए हैं": A denied, B confirmed."""
    got = _changes(SHOW + "कहा जा रहा था कि रिया मल्होत्रा शो छोड़ देंगी। "
                   "लेकिन शो छोड़कर कबीर सेठी गए हैं।")
    assert got == {("रिया मल्होत्रा", "exit", "denied"), ("कबीर सेठी", "exit", "confirmed")}


def test_possessor_is_not_the_one_entering() -> None:
    """"मीरा की असली मां ने एंट्री ली": not an entry of Meera."""
    assert _changes(SHOW + "मीरा की असली मां ने शो में एंट्री ली है।") == set()


def test_role_phrasings_round_two() -> None:
    """More ways of pairing actor and role: past "निभाया", cast "के लिए ... चुना",
    an adjective-led role, a comma before the role, Latin names."""
    cases = {
        "रिया मल्होत्रा ने मीरा का किरदार निभाया था।": ("रिया मल्होत्रा", "मीरा"),
        "मीरा के रोल के लिए रिया मल्होत्रा को चुना गया है।": ("रिया मल्होत्रा", "मीरा"),
        "कबीर सेठी को अर्जुन के रोल के लिए कास्ट किया गया है।": ("कबीर सेठी", "अर्जुन"),
        "रिया मल्होत्रा शो में मीरा का मुख्य किरदार निभा रही हैं।": ("रिया मल्होत्रा", "मीरा"),
        "शो में रिया मल्होत्रा, मीरा के रोल में हैं।": ("रिया मल्होत्रा", "मीरा"),
        "रिया मल्होत्रा, जिन्हें मीरा के किरदार के लिए जाना जाता है, खुश हैं।":
            ("रिया मल्होत्रा", "मीरा"),
        "Riya Malhotra ने मीरा का रोल निभाया है।": ("Riya Malhotra", "मीरा"),
        "शो में Meera का किरदार रिया मल्होत्रा निभा रही हैं।": ("रिया मल्होत्रा", "Meera"),
    }
    for sentence, (actor, character) in cases.items():
        assert _cast(SHOW + sentence) == {("केसर की कहानी", actor, character)}, sentence


def test_future_role_is_an_entry() -> None:
    """"शो में कबीर सेठी अर्जुन के किरदार में नजर आएंगे": a role said in the future is an entry."""
    got = _changes(SHOW + "शो में कबीर सेठी अर्जुन के किरदार में नजर आएंगे।")
    assert got == {("कबीर सेठी", "entry", "confirmed")}
    assert _changes(SHOW + "शो में कबीर सेठी अर्जुन के किरदार में नजर आते हैं।") == set()


def test_change_phrasings_round_two() -> None:
    """More exits and entries: replacement by a subject, a run 'actor role', Latin names."""
    cases = {
        "कबीर सेठी ने रिया मल्होत्रा को रिप्लेस किया है।":
            {("रिया मल्होत्रा", "exit", "confirmed"), ("कबीर सेठी", "entry", "confirmed")},
        "रिया मल्होत्रा को तान्या वर्मा रिप्लेस करेंगी।":
            {("रिया मल्होत्रा", "exit", "confirmed"), ("तान्या वर्मा", "entry", "confirmed")},
        "रिया मल्होत्रा की जगह अब तान्या वर्मा मीरा का किरदार निभाएंगी।":
            {("रिया मल्होत्रा", "exit", "confirmed"), ("तान्या वर्मा", "entry", "confirmed")},
        "रिया मल्होत्रा शो नहीं छोड़ रही हैं।": {("रिया मल्होत्रा", "exit", "denied")},
        "रिया मल्होत्रा और कबीर सेठी का सफर शो में खत्म हो गया है।":
            {("रिया मल्होत्रा", "exit", "confirmed"), ("कबीर सेठी", "exit", "confirmed")},
        "शो छोड़ चुकीं रिया मल्होत्रा अब फिल्म करेंगी।": {("रिया मल्होत्रा", "exit", "confirmed")},
        "शो में कबीर सेठी की धांसू एंट्री होगी।": {("कबीर सेठी", "entry", "confirmed")},
        "शो में एंट्री करेंगे कबीर सेठी।": {("कबीर सेठी", "entry", "confirmed")},
        "Riya Malhotra और Kabir Sethi ने शो को अलविदा कह दिया।":
            {("Riya Malhotra", "exit", "confirmed"), ("Kabir Sethi", "exit", "confirmed")},
    }
    for sentence, want in cases.items():
        assert _changes(SHOW + sentence) == want, sentence


def test_actor_named_far_before_the_role_is_the_nearest_full_name() -> None:
    """Past more words than the patterns skip, the full name nearest before the character
    plays it, when a playing verb follows the role."""
    text = SHOW + "रिया मल्होत्रा पिछले तीन साल से शो में मीरा का किरदार निभा रही हैं।"
    assert _cast(text) == {("केसर की कहानी", "रिया मल्होत्रा", "मीरा")}
    assert _cast(SHOW + "रिया मल्होत्रा पिछले तीन साल से शो में मीरा के किरदार को देख रही हैं।") \
        == set()


def test_new_lead_pair_and_new_faces_are_entries() -> None:
    """"नई लीड जोड़ी होंगे A और B", "नए चेहरे A और B": the new cast of a leap enters."""
    for sentence in ("लीप के बाद शो की नई लीड जोड़ी होंगे कबीर सेठी और तान्या वर्मा।",
                     "शो में नए चेहरे कबीर सेठी और तान्या वर्मा नजर आएंगे।"):
        assert _changes(SHOW + sentence) == {("कबीर सेठी", "entry", "confirmed"),
                                             ("तान्या वर्मा", "entry", "confirmed")}, sentence


def test_a_pronoun_subject_is_the_one_named_before() -> None:
    """"टीवी एक्ट्रेस रिया मल्होत्रा ... नजर आएंगी। वह शो में मीरा का किरदार निभाएंगी।":
    the role is played by the first full name of the sentence before (not its channel)."""
    got = _cast("टीवी एक्ट्रेस रिया मल्होत्रा जल्द ही स्टार प्लस के शो 'केसर की कहानी' में नजर "
                "आएंगी। वह शो में मीरा का किरदार निभाएंगी।")
    assert got == {("केसर की कहानी", "रिया मल्होत्रा", "मीरा")}


def test_in_their_place_names_who_comes_in() -> None:
    """"अब उनकी जगह विवेक आनंद लेंगे": the one taking the place enters."""
    got = _changes(SHOW + "एक्टर कबीर सेठी ने शो को अलविदा कह दिया है। अब उनकी जगह विवेक आनंद "
                   "लेंगे।")
    assert ("कबीर सेठी", "exit", "confirmed") in got
    assert ("विवेक आनंद", "entry", "confirmed") in got


def test_reports_called_rumours_in_the_next_sentence_are_denied() -> None:
    """"... के शो छोड़ने की खबरें आ रही थीं। लेकिन एक्ट्रेस ने इन खबरों को अफवाह बताया है।":
    the past rumour is denied by the sentence after it, which names no one."""
    got = _changes(SHOW + "शो में मीरा का किरदार निभा रहीं रिया मल्होत्रा के शो छोड़ने की खबरें "
                   "आ रही थीं। लेकिन एक्ट्रेस ने इन खबरों को अफवाह बताया है।")
    assert got == {("रिया मल्होत्रा", "exit", "denied")}


def test_two_roles_and_two_actors_pair_in_order() -> None:
    """"अर्जुन और मीरा का रोल निभाने वाले कबीर सेठी और रिया मल्होत्रा": in order, not the
    first actor with the last role."""
    got = _cast(SHOW + "शो में अर्जुन और मीरा का रोल निभाने वाले कबीर सेठी और रिया मल्होत्रा ने "
                "शो छोड़ दिया है।")
    assert got == {("केसर की कहानी", "कबीर सेठी", "अर्जुन"),
                   ("केसर की कहानी", "रिया मल्होत्रा", "मीरा")}


def test_a_headline_puts_the_verb_before_the_role() -> None:
    """"रोहन कपूर निभाएंगे देव का किरदार": the actor before the verb plays the role after it."""
    got = _cast("'केसर की कहानी' में नई एंट्री, रोहन कपूर निभाएंगे देव का किरदार\n" + SHOW)
    assert got == {("केसर की कहानी", "रोहन कपूर", "देव")}


def test_a_first_name_stands_for_the_one_full_name_it_opens() -> None:
    """"शो में रोहन, देव का किरदार निभाते नजर आएंगे" after "एक्टर रोहन कपूर की एंट्री":
    रोहन is रोहन कपूर (a cast fact needs the full name)."""
    got = _cast(SHOW + "शो में एक्टर रोहन कपूर की एंट्री हो गई है। शो में रोहन, देव का किरदार "
                "निभाते नजर आएंगे।")
    assert got == {("केसर की कहानी", "रोहन कपूर", "देव")}


def test_fired_from_the_show_is_an_exit() -> None:
    """ "X को निकाल दिया गया" (was sacked) is X's exit."""
    changes = _changes("सोनी टीवी के शो चांदनी रात से कबीर सेठी को निकाल दिया गया है। कबीर शो "
                       "में वीर का किरदार निभा रहे थे।")
    assert ("कबीर सेठी", "exit", "confirmed") in changes


def test_title_ends_before_its_actress() -> None:
    """ "टीवी शो X की एक्ट्रेस Y": the title ends before "की एक्ट्रेस"."""
    cast_facts = _cast("टीवी शो प्यार की डोर की एक्ट्रेस रिया सेन ने शो को कहा बाय-बाय\nटीवी शो "
                       "प्यार की डोर में मीरा का रोल प्ले करने वाली रिया सेन ने शो क्विट कर दिया है।")
    assert ("प्यार की डोर", "रिया सेन", "मीरा") in cast_facts


def test_opposite_is_no_part_of_a_name() -> None:
    """ "शो में उनके अपोजिट कबीर सेठी हैं, जो अर्जुन का किरदार प्ले करते हैं": Kabir Sethi."""
    cast_facts = _cast("एक्ट्रेस रिया सेन अब सीरियल 'प्यार की डोर' में मीरा के रोल में दिखेंगी। शो "
                       "में उनके अपोजिट कबीर सेठी हैं, जो अर्जुन का किरदार प्ले करते हैं।")
    assert ("प्यार की डोर", "कबीर सेठी", "अर्जुन") in cast_facts


def test_owned_role_patterns_match_only_where_a_role_word_stands() -> None:
    """``_owned_roles`` runs its two patterns only on a sentence holding a role word (and
    ``_NAMED`` only where "नाम" stands): what makes the gate exact is that every match of
    either holds one. Checked on random sentences of the words the patterns read."""
    import random

    vocab = ["रिया", "मल्होत्रा", "मीरा", "का", "की", "के", "अपने", "अपनी", "अपना", "नाम", "लीड",
             "मुख्य", *cast._ROLE_WORDS, "किरदारों", "रोलर", "विलेन", "निभाएंगी", "ने", "को", "में",
             "शो", ",", "।", "Riya", "(", ")"]
    named = ["मीरा", "नाम", "की", "का", "विलेन", "लीड", "रोल", "भूमिका", "किरदारों"]  # "Y नाम की ..."
    rng = random.Random(7)
    for k in range(4000):
        words = named if k % 2 else vocab
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 12)))
        text += rng.choice(["", " "])
        if cast._OWN_ROLE.search(text) or cast._NAMED.search(text):
            assert any(w in text for w in cast._ROLE_WORDS), text
        if cast._NAMED.search(text):
            assert "नाम" in text, text


def test_role_patterns_match_only_where_their_gate_words_stand() -> None:
    """``_roles_in`` runs each pattern only on a sentence holding what its every match
    holds: a cue word (``_ROLE_CUE``), "निभा" (``_VERB_FIRST``), "बन" (``_BECAME``,
    ``_BECOMING``), "बतौर" (``_AS_ROLE``), "नई"/"नए"/"नया" (``_NEW_ONE``), "("
    (``_MIXED_PAIR``, ``_LATIN_PAIR``). Checked on random sentences of their words."""
    import random

    vocab = ["रिया", "मल्होत्रा", "मीरा", "का", "की", "के", "में", "पर", "नजर", "आएंगी", "और", "व",
             *cast._CUE_WORDS, "निभाएंगी", "निभा", "रही", "बनीं", "बनेंगे", "बनकर", "बनके", "बतौर",
             "एक्टर", "'", "”", ",", "।", "Riya", "Meera", "Malhotra", "(", ")", *cast._NEW_WORDS,
             "होंगी", "है"]
    gates = [(cast._ROLE_CUE, cast._CUE_WORDS), (cast._VERB_FIRST, ("निभा",)),
             (cast._BECAME, ("बन",)), (cast._BECOMING, ("बन",)), (cast._AS_ROLE, ("बतौर",)),
             (cast._NEW_ONE, cast._NEW_WORDS), (cast._MIXED_PAIR, ("(",)),
             (cast._LATIN_PAIR, ("(",))]
    rng = random.Random(11)
    hits = dict.fromkeys(range(len(gates)), 0)
    small = ["मीरा", "Riya", "Meera", "(", ")", "नई", "है"]  # for the bracket pairs
    for k in range(12000):
        text = " ".join(rng.choice(small if k % 3 == 0 else vocab)
                        for _ in range(rng.randint(2, 10)))
        text += rng.choice(["", " "])
        for k, (pattern, words) in enumerate(gates):
            if pattern.search(text):
                hits[k] += 1
                assert any(w in text for w in words), (pattern.pattern, text)
    assert all(hits.values())  # every pattern matched somewhere
