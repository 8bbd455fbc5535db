"""hi: the wider readings — roles after participles, parentheses and "बनीं", more
change cues on masked titles, relations from verbs, Latin titles and chart words."""

from hi_support import hindi_doc

from tellytrack.extract import extract_facts
from tellytrack.extract.hi import cast, cast_change, event, rating, relation
from tellytrack.extract.hi.names import same_person
from tellytrack.extract.hi.text import masked, sentences, show_mentions
from tellytrack.model import Article

SHOW = "शो 'केसर' जल्द आएगा। "


def _cast(text: str) -> set[tuple[str, str]]:
    return {(f.actor or "", f.character or "") for f in cast.extract(hindi_doc(text))}


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.actor or "", f.change or "", f.status)
            for f in cast_change.extract(hindi_doc(text))}


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject or "", f.relation or "", f.object or "")
            for f in relation.extract(hindi_doc(text))}


def test_actor_after_a_participle() -> None:
    """"मीरा का किरदार निभा रहीं रिया मल्होत्रा": the actor follows the participle."""
    assert _cast(SHOW + "शो में मीरा का किरदार निभा रहीं रिया मल्होत्रा खुश हैं।") == {
        ("रिया मल्होत्रा", "मीरा")}


def test_actor_and_character_side_by_side() -> None:
    """"कबीर सेठी अर्जुन का रोल प्ले कर रहे": three name words split as actor + character."""
    assert _cast(SHOW + "शो में कबीर सेठी अर्जुन का रोल प्ले कर रहे हैं।") == {
        ("कबीर सेठी", "अर्जुन")}


def test_full_name_right_after_role_phrase() -> None:
    """"मीरा के रोल में रिया मल्होत्रा नजर आ रही हैं", but not a verb after "में"."""
    assert _cast(SHOW + "शो में मीरा के रोल में रिया मल्होत्रा नजर आ रही हैं।") == {
        ("रिया मल्होत्रा", "मीरा")}
    assert _cast(SHOW + "तान्या वर्मा भी मीरा के रोल में जंच रही हैं।") == {
        ("तान्या वर्मा", "मीरा")}


def test_became_and_parentheses() -> None:
    """"मीरा बनीं रिया मल्होत्रा", "अर्जुन (कबीर सेठी)": the fuller name is the actor."""
    assert _cast(SHOW + "मीरा बनीं रिया मल्होत्रा ने फैंस को शुक्रिया कहा।") == {
        ("रिया मल्होत्रा", "मीरा")}
    assert _cast(SHOW + "शो में अर्जुन (कबीर सेठी) और मीरा (Riya Malhotra) साथ हैं।") == {
        ("कबीर सेठी", "अर्जुन"), ("Riya Malhotra", "मीरा")}


def test_latin_gloss_of_the_same_name_is_no_role() -> None:
    """"रिया मल्होत्रा (Riya Malhotra)" glosses one name; "(Kabir Sethi)" after "मीरा" does not."""
    assert same_person("Riya Malhotra", "रिया मल्होत्रा")
    assert not same_person("Kabir Sethi", "मीरा")
    assert _cast(SHOW + "शो में रिया मल्होत्रा (Riya Malhotra) खुश हैं।") == set()


def test_alias_with_urf() -> None:
    """"कबीर सेठी उर्फ अर्जुन": the two-word name is the actor."""
    assert _cast(SHOW + "शो में कबीर सेठी उर्फ अर्जुन अब नहीं दिखेंगे।") == {
        ("कबीर सेठी", "अर्जुन")}


def test_quoted_title_masked_as_show() -> None:
    """"'केसर' को छोड़" reads as "शो को छोड़", offsets kept."""
    doc = hindi_doc("रिया मल्होत्रा 'केसर' को छोड़ रही हैं।")
    s = sentences(doc)[0]
    text = masked(doc, s)
    assert len(text) == len(s.text) and "शो" in text and "केसर" not in text


def test_exit_through_a_masked_title_and_a_fame_tag() -> None:
    """Title-as-object exits and "'केसर' फेम X" denials name the actor only."""
    assert _changes("रिया मल्होत्रा ने छोड़ा 'केसर', फैंस हुए निराश।") == {
        ("रिया मल्होत्रा", "exit", "confirmed")}
    assert _changes("'केसर' फेम रिया मल्होत्रा ने शो छोड़ने की खबरों को अफवाह बताया है।") == {
        ("रिया मल्होत्रा", "exit", "denied")}


def test_replacement_is_an_exit_and_an_entry() -> None:
    """"A को B ने रिप्लेस किया", "A की जगह B लेंगी", "B A को रिप्लेस करेंगी"."""
    expected = {("रिया मल्होत्रा", "exit", "confirmed"), ("तान्या वर्मा", "entry", "confirmed")}
    assert _changes(SHOW + "शो में रिया मल्होत्रा को तान्या वर्मा ने रिप्लेस किया है।") == expected
    assert _changes(SHOW + "लीप के बाद रिया मल्होत्रा की जगह तान्या वर्मा लेंगी।") == expected
    assert _changes(SHOW + "अब तान्या वर्मा रिया मल्होत्रा को रिप्लेस करेंगी।") == expected


def test_chart_entry_and_a_shows_comeback_are_no_cast_change() -> None:
    """A show "टॉप 5 में एंट्री" or "शो ने वापसी" is not an actor's change."""
    assert _changes("इस हफ्ते 'केसर' ने फिर टॉप 5 में एंट्री की है।") == set()
    assert _changes("पसंदीदा शो 'केसर' ने वापसी करते हुए दूसरा स्थान लिया।") == set()


def test_lone_first_name_entering_is_a_character() -> None:
    """"मीरा की एंट्री होगी" is the story; "तान्या वर्मा की एंट्री" a cast change."""
    assert _changes(SHOW + "शो में जल्द मीरा की एंट्री होगी।") == set()
    assert _changes(SHOW + "खबरों की मानें तो शो में तान्या वर्मा की एंट्री होगी।") == {
        ("तान्या वर्मा", "entry", "reported")}


def test_pronoun_subject_refers_to_the_person_just_named() -> None:
    """"एक्ट्रेस रिया मल्होत्रा ... उन्होंने शो छोड़ दिया" is her exit."""
    got = _changes(SHOW + "एक्ट्रेस रिया मल्होत्रा मीरा के किरदार में थीं। "
                   "अब उन्होंने शो छोड़ दिया है।")
    assert ("रिया मल्होत्रा", "exit", "confirmed") in got


def test_relations_from_verbs_and_apposition() -> None:
    """Marriage, love, fiancé(e)s, adjectives before kin words and "B, A की बेटी"."""
    assert _relations(SHOW + "शो में अर्जुन ने मीरा से शादी कर ली है।") == {
        ("अर्जुन", "spouse", "मीरा")}
    assert _relations(SHOW + "शो में अर्जुन को मीरा से प्यार हो गया है।") == {
        ("अर्जुन", "romance", "मीरा")}
    assert _relations(SHOW + "शो में अर्जुन की होने वाली पत्नी मीरा ने सच बताया।") == {
        ("अर्जुन", "romance", "मीरा")}
    assert _relations(SHOW + "शो में मीरा की बड़ी बहन तान्या लौट आई है।") == {
        ("मीरा", "sibling", "तान्या")}
    assert _relations(SHOW + "शो में राही, मीरा की बेटी है।") == {("मीरा", "parent", "राही")}
    assert _relations(SHOW + "शो में अर्जुन और मीरा का तलाक हो गया है।") == {
        ("अर्जुन", "ex_spouse", "मीरा")}


def test_actors_own_wedding_is_not_story() -> None:
    """A wedding owned by a name read as an actor ("एक्ट्रेस X") is real life."""
    doc = hindi_doc(SHOW + "एक्ट्रेस रिया मल्होत्रा शो में हैं। अब रिया मल्होत्रा की शादी होगी।")
    assert [f.kind for f in event.extract(doc)] == []


def test_latin_lead_cut_before_news_words() -> None:
    """"Kesar Spoiler:" names "Kesar"; "Riya Exit From Kesar:" too; a byline does not."""
    assert [m.name for m in show_mentions(hindi_doc("Kesar Spoiler: शो में शादी होगी।"))] \
        == ["Kesar"]
    assert {m.name for m in show_mentions(hindi_doc("Riya Exit From Kesar: शो में बदलाव।"))} \
        == {"Kesar"}
    assert show_mentions(hindi_doc("Edited By Asha Rao, Updated: 17 Oct\nशो हिट है।")) == []


def test_rating_value_with_ki_and_winning_words() -> None:
    """"2.3 की रेटिंग के साथ", "ने मारी बाजी"; a sentence not pointing back gets nothing."""
    doc = hindi_doc("टीआरपी लिस्ट आई। 'केसर' ने मारी बाजी। 'नई राहें' को 2.3 की रेटिंग मिली।")
    got = {(f.show, f.rank, f.rating) for f in rating.extract(doc)}
    assert got == {("केसर", 1, None), ("नई राहें", None, 2.3)}
    doc = hindi_doc("टीआरपी लिस्ट आई। 'केसर' हिट है। दूसरे नंबर पर कोई बदलाव नहीं।")
    assert {(f.show, f.rank) for f in rating.extract(doc)} == set()


def test_group_word_refers_to_the_list_named_before() -> None:
    """"A, B और C ... तीनों कलाकार शो छोड़ रहे हैं": an exit for each of the three."""
    got = _changes(SHOW + "शो में रिया मल्होत्रा, कबीर सेठी और तान्या वर्मा लीड हैं। "
                   "खबर है कि तीनों कलाकार शो छोड़ रहे हैं।")
    assert got == {(a, "exit", "reported") for a in ("रिया मल्होत्रा", "कबीर सेठी", "तान्या वर्मा")}


def test_one_word_event_cue_is_a_whole_word() -> None:
    """"मिलने" (to meet) is not "मिलन" (reunion)."""
    doc = hindi_doc(SHOW + "शो में मीरा अर्जुन से मिलने जाएगी।")
    assert [f.kind for f in event.extract(doc)] == []


def test_role_before_needs_a_playing_verb_and_stops_at_a_list() -> None:
    """"मीरा के किरदार को पसंद किया" names no actor; "A और मीरा के किरदार में" no pair."""
    assert _cast(SHOW + "फैंस ने रिया मल्होत्रा, मीरा के किरदार को खूब पसंद किया।") == set()
    assert _cast(SHOW + "शो में अर्जुन और मीरा के किरदार में नए चेहरे होंगे।") == set()
    assert _cast(SHOW + "कबीर सेठी को अर्जुन के किरदार में देखा जा रहा है।") == {
        ("कबीर सेठी", "अर्जुन")}


def test_show_named_as_a_credit_yields_to_the_other() -> None:
    """"'नई राहें' फेम रिया ने 'केसर' को कहा अलविदा": the exit is from 'केसर'."""
    doc = hindi_doc("'नई राहें' फेम रिया मल्होत्रा ने 'केसर' को कहा अलविदा।")
    assert [(f.show, f.actor) for f in cast_change.extract(doc)] == [("केसर", "रिया मल्होत्रा")]


def test_latin_lead_naming_a_person_is_no_show() -> None:
    """"Riya Malhotra:" before "एक्ट्रेस रिया मल्होत्रा" opens with a person."""
    doc = hindi_doc("Riya Malhotra: एक्ट्रेस रिया मल्होत्रा आज खुश हैं। उन्होंने 'केसर' में काम किया।")
    assert {m.name for m in show_mentions(doc)} == {"केसर"}


def test_title_inside_the_cue_is_the_show_left() -> None:
    """"'नई राहें' की एक्ट्रेस X ने 'केसर' को कहा अलविदा": the exit is from 'केसर'."""
    doc = hindi_doc("'नई राहें' की एक्ट्रेस रिया मल्होत्रा ने 'केसर' को कहा अलविदा।")
    assert [f.show for f in cast_change.extract(doc)] == ["केसर"]


def test_spoiler_headline_makes_story_upcoming() -> None:
    """Under a spoiler headline an event told plainly is still to come."""
    doc = hindi_doc("केसर स्पॉयलर: बड़ा ट्विस्ट\nशो 'केसर' में मीरा और अर्जुन की सगाई का ड्रामा है।")
    assert [(f.kind, f.status) for f in event.extract(doc)] == [("engagement", "upcoming")]


def test_entry_again_is_a_return_and_reentry_words() -> None:
    """"फिर से शो में एंट्री", "की री-एंट्री" are returns; "अब नहीं दिखेंगी" an exit."""
    assert _changes(SHOW + "कबीर सेठी फिर से शो में एंट्री करेंगे।") == {
        ("कबीर सेठी", "return", "confirmed")}
    assert _changes(SHOW + "शो में कबीर सेठी की री-एंट्री होगी।") == {
        ("कबीर सेठी", "return", "confirmed")}
    assert _changes(SHOW + "रिया मल्होत्रा अब शो में नहीं दिखेंगी।") == {
        ("रिया मल्होत्रा", "exit", "confirmed")}


def test_rating_lists_and_short_ranks() -> None:
    """"'A' और 'B' क्रमशः दूसरे और तीसरे नंबर पर", "नं. 4", "सेकेंड पोजिशन"."""
    doc = hindi_doc("टीआरपी लिस्ट आई। 'केसर' और 'नई राहें' क्रमशः दूसरे और तीसरे नंबर पर हैं।")
    assert {(f.show, f.rank) for f in rating.extract(doc)} == {("केसर", 2), ("नई राहें", 3)}
    doc = hindi_doc("टीआरपी लिस्ट आई। 'केसर' नं. 4 पर है। 'नई राहें' सेकेंड पोजिशन पर है।")
    assert {(f.show, f.rank) for f in rating.extract(doc)} == {("केसर", 4), ("नई राहें", 2)}


def test_pair_named_by_its_tie() -> None:
    """"A और B भाई-बहन हैं", "A और B पति-पत्नी हैं"."""
    assert _relations(SHOW + "शो में कबीर और तान्या भाई-बहन हैं।") == {("कबीर", "sibling", "तान्या")}
    assert _relations(SHOW + "शो में अर्जुन और मीरा पति-पत्नी हैं।") == {("अर्जुन", "spouse", "मीरा")}


def test_a_bare_show_word_names_a_repeated_title() -> None:
    """"शो नील कमल में ..." under a headline naming नील कमल: the show, though unquoted and
    with no "का शो" before it; a season's number stays with its title."""
    facts = extract_facts(Article.create(
        "नील कमल में होगी नई एंट्री\nशो नील कमल में जल्द ही एक नए किरदार की एंट्री होने वाली है। "
        "एक्टर कबीर सेठी शो में रुद्र के रोल में नजर आएंगे।", lang="hi"))
    assert {f.show for f in facts} == {"नील कमल"}
    assert ("कबीर सेठी", "रुद्र") in {(f.actor, f.character) for f in facts if f.type == "cast"}


def test_these_reports_called_false_deny_the_rumour() -> None:
    """"खबरें आ रही थीं कि A शो छोड़ने वाली हैं। अब एक्ट्रेस ने इन खबरों को गलत बताया है": denied."""
    facts = extract_facts(Article.create(
        "नील कमल छोड़ने की खबरों पर रिया मल्होत्रा ने तोड़ी चुप्पी\nपिछले कुछ दिनों से खबरें आ रही "
        "थीं कि रिया मल्होत्रा शो नील कमल को अलविदा कहने वाली हैं। अब एक्ट्रेस ने इन खबरों को गलत "
        "बताया है।", lang="hi"))
    assert {(f.actor, f.change, f.status) for f in facts if f.type == "cast_change"} == {
        ("रिया मल्होत्रा", "exit", "denied")}


def test_will_become_and_an_avatar_are_roles() -> None:
    """"'X' में अब देविका बनेंगी तारा सेन", "तारा सेन देविका के अवतार में नजर आएंगी": Tara plays
    Devika, and joins the show."""
    facts = extract_facts(Article.create(
        "'नील कमल' में अब देविका बनेंगी तारा सेन\nशो 'नील कमल' में तारा सेन देविका के अवतार में "
        "नजर आएंगी।", lang="hi"))
    got = {(f.type, f.actor, f.character, f.change) for f in facts}
    assert ("cast", "तारा सेन", "देविका", None) in got
    assert ("cast_change", "तारा सेन", "देविका", "entry") in got


def test_a_case_marker_opens_no_title_and_a_part_is_no_role() -> None:
    """"विवेक शो में कबीर के रूप में नजर आएंगे" holds no title "में कबीर के रूप"; "X का हिस्सा
    बनेंगे A": "हिस्सा" (part) is no character."""
    facts = extract_facts(Article.create(
        "'नील कमल' में कबीर के रूप में नजर आएंगे विवेक आनंद\nसोनी टीवी के शो 'नील कमल' में एक्टर "
        "विवेक आनंद की एंट्री हो रही है। विवेक शो में कबीर के रूप में नजर आएंगे।", lang="hi"))
    assert {f.show for f in facts} == {"नील कमल"}
    facts = extract_facts(Article.create(
        "'चांदनी रात' का हिस्सा बनेंगे विवेक आनंद\nएक्टर विवेक आनंद शो 'चांदनी रात' का हिस्सा बनने जा "
        "रहे हैं।", lang="hi"))
    assert "हिस्सा" not in {f.character for f in facts}


def test_two_roles_told_with_one_verb_as_forms() -> None:
    """"Y1 के रूप में A1 और Y2 के रूप में A2 नजर आ रहे हैं": both pairs; "दोबारा" (again)
    is no part of the character's name."""
    facts = extract_facts(Article.create(
        "'नील कमल' की कास्ट\n'नील कमल' में देविका के रूप में तारा सेन और कबीर के रूप में विवेक आनंद "
        "नजर आ रहे हैं। तारा शो में दोबारा देविका के रोल में दिखेंगी।", lang="hi"))
    got = {(f.actor, f.character) for f in facts if f.type == "cast"}
    assert {("तारा सेन", "देविका"), ("विवेक आनंद", "कबीर")} <= got
    assert not any(c and c.startswith("दोबारा") for _, c in got)


def test_taking_someones_place_is_their_exit_and_staying_a_part_no_entry() -> None:
    """"A की जगह लेंगी B": A leaves and B comes in; "वह शो का हिस्सा बनी रहेंगी" (she
    will stay a part of the show) is no entry."""
    facts = extract_facts(Article.create(
        "'नील कमल' में तारा सेन की जगह लेंगी रिया मल्होत्रा\nशो 'नील कमल' में अब देविका का किरदार "
        "रिया मल्होत्रा निभाएंगी।", lang="hi"))
    got = {(f.actor, f.change) for f in facts if f.type == "cast_change"}
    assert {("तारा सेन", "exit"), ("रिया मल्होत्रा", "entry")} <= got
    facts = extract_facts(Article.create(
        "'नील कमल' छोड़ने की खबरों पर बोलीं तारा सेन\nतारा सेन ने शो 'नील कमल' छोड़ने की खबरों को "
        "अफवाह बताया है। उन्होंने कहा कि वह शो का हिस्सा बनी रहेंगी।", lang="hi"))
    assert not [f for f in facts if f.type == "cast_change" and f.change == "entry"]


def test_a_role_taken_instead_of_someone_and_fame_won_by_a_role() -> None:
    """"CHAR का किरदार अब A की जगह B निभाएंगे": B plays CHAR, not A; "CHAR के किरदार से
    घर-घर में पहचान बनाने वाली A": A plays CHAR."""
    facts = extract_facts(Article.create(
        "'नील कमल' में बड़ा बदलाव\nशो 'नील कमल' में कबीर का किरदार अब विवेक आनंद की जगह करण बेदी "
        "निभाएंगे।", lang="hi"))
    assert {(f.actor, f.character) for f in facts if f.type == "cast"} == {("करण बेदी", "कबीर")}
    facts = extract_facts(Article.create(
        "'नील कमल' की देविका ने कहा शुक्रिया\n'नील कमल' में देविका के किरदार से घर-घर में पहचान "
        "बनाने वाली तारा सेन ने फैंस का शुक्रिया अदा किया।", lang="hi"))
    assert ("तारा सेन", "देविका") in {(f.actor, f.character) for f in facts if f.type == "cast"}


def _changes(text: str) -> set[tuple[str | None, str | None, str | None]]:
    facts = extract_facts(Article.create(text, lang="hi"))
    return {(f.actor, f.change, f.status) for f in facts if f.type == "cast_change"}


def test_a_repeated_headline_holding_a_quoted_title_is_no_title() -> None:
    """"'X' से A की छुट्टी" repeated in the body is news about X, not a title; a bare
    show word ending the headline ("A ने छोड़ा शो") takes no title from the next line."""
    assert _changes("'नील कमल' से तारा सेन की छुट्टी\nशो 'नील कमल' से तारा सेन की छुट्टी हो गई "
                    "है।") == {("तारा सेन", "exit", "confirmed")}
    assert _changes("विवेक आनंद ने छोड़ा शो\nविवेक आनंद ने शो 'नील कमल' क्विट कर दिया है।") \
        == {("विवेक आनंद", "exit", "confirmed")}


def test_hindi_entries_told_as_being_seen_approached_or_the_new_one() -> None:
    """"शो X में नजर आने वाली हैं" (will be seen in X) is an entry; "को X के लिए अप्रोच किया
    गया" a reported one; "A नई Y होंगी" (A will be the new Y) an entry and A's role."""
    assert ("तारा सेन", "entry", "confirmed") in _changes(
        "'नील कमल' में नजर आएंगी तारा सेन\nएक्ट्रेस तारा सेन जल्द ही शो 'नील कमल' में नजर आने "
        "वाली हैं।")
    assert ("तारा सेन", "entry", "reported") in _changes(
        "तारा सेन को अप्रोच किया गया\nतारा सेन को शो 'नील कमल' के लिए अप्रोच किया गया है।")
    facts = extract_facts(Article.create(
        "तारा सेन होंगी नई देविका\nशो 'नील कमल' में तारा सेन नई देविका होंगी।", lang="hi"))
    got = {(f.type, f.actor, f.character) for f in facts}
    assert {("cast", "तारा सेन", "देविका"), ("cast_change", "तारा सेन", "देविका")} <= got


def test_time_and_announcement_words_are_no_actors() -> None:
    """"वह कुछ महीनों बाद वापस आएंगे" is the actor named before coming back, not "महीनों";
    "X ने किया ऑफ एयर का ऐलान, A ने छोड़ा शो" gives A's exit, not "ऐलान"'s."""
    got = _changes("विवेक आनंद लेंगे ब्रेक\nएक्टर विवेक आनंद शो 'नील कमल' से ब्रेक लेने वाले हैं। "
                   "वह कुछ महीनों बाद वापस आएंगे।")
    assert {a for a, _, _ in got} == {"विवेक आनंद"}
    got = _changes("'नील कमल' ने किया ऑफ एयर का ऐलान, विवेक आनंद ने छोड़ा शो\nविवेक आनंद ने शो "
                   "'नील कमल' क्विट कर दिया है।")
    assert {a for a, _, _ in got} == {"विवेक आनंद"}
