"""Hindi phrasings of roles and changes read in the fourteenth session (invented articles)."""

from __future__ import annotations

from tellytrack.extract import extract_facts
from tellytrack.model import Article


def _facts(text: str, kind: str) -> set[tuple[str | None, ...]]:
    facts = extract_facts(Article.create(text, lang="hi"))
    if kind == "cast":
        return {(f.actor, f.character) for f in facts if f.type == "cast"}
    return {(f.actor, f.change, f.status) for f in facts if f.type == "cast_change"}


def test_fame_won_by_playing_a_role_and_being_seen_in_one() -> None:
    """"Y का किरदार निभाकर मशहूर हुईं A", "Y के किरदार में दिखने वाली A", "A ने Y के किरदार
    से सबका दिल जीता": A plays Y."""
    for line in ("शो 'नील कमल' में देविका का किरदार निभाकर घर-घर में मशहूर हुईं एक्ट्रेस तारा सेन "
                 "ने वीडियो शेयर किया।",
                 "शो 'नील कमल' में देविका के किरदार में दिखने वाली तारा सेन इन दिनों चर्चा में हैं।",
                 "शो 'नील कमल' में तारा सेन ने देविका के किरदार से सबका दिल जीता।"):
        assert _facts(f"'नील कमल' की कहानी\n{line}", "cast") == {("तारा सेन", "देविका")}


def test_two_players_and_two_roles_in_order() -> None:
    """"A और B (क्रमशः) Y और Z का किरदार निभा रहे हैं": A plays Y and B plays Z."""
    for between in (" क्रमशः ", ", "):
        text = (f"'नील कमल' की कहानी\nशो 'नील कमल' में विवेक आनंद और तारा सेन{between}"
                "अर्जुन और देविका का किरदार निभा रहे हैं।")
        assert _facts(text, "cast") == {("विवेक आनंद", "अर्जुन"), ("तारा सेन", "देविका")}
    # one player's first name, a comma and the role: no list of two
    text = ("'नील कमल' की कहानी\nशो 'नील कमल' में तारा सेन लीड रोल में नजर आएंगी। तारा, देविका का "
            "रोल प्ले करेंगी।")
    assert _facts(text, "cast") == {("तारा सेन", "देविका")}


def test_first_names_of_players_named_before_are_not_one_name_with_the_role() -> None:
    """After "तारा सेन और विवेक आनंद", "तारा देविका और विवेक अर्जुन का किरदार निभा रहे थे" pairs
    each first name's player with the word after it."""
    text = ("'नील कमल' में लीप\nलीप के बाद लीड एक्ट्रेस तारा सेन और लीड एक्टर विवेक आनंद शो "
            "'नील कमल' से बाहर हो जाएंगे। शो में तारा देविका और विवेक अर्जुन का किरदार निभा रहे "
            "थे।")
    assert _facts(text, "cast") == {("तारा सेन", "देविका"), ("विवेक आनंद", "अर्जुन")}
    # a list whose second member follows a job title: both leave
    assert {a for a, c, _ in _facts(text, "cast_change") if c == "exit"} \
        == {"तारा सेन", "विवेक आनंद"}


def test_their_place_taken_by_a_titled_actor_is_an_entry() -> None:
    """"उनकी जगह अब एक्टर B लेंगे": B comes in."""
    text = ("'नील कमल' से विवेक आनंद बाहर\nशो 'नील कमल' में अर्जुन का किरदार निभा रहे विवेक "
            "आनंद ने शो छोड़ दिया है। उनकी जगह अब एक्टर कबीर मेहरा लेंगे।")
    assert ("कबीर मेहरा", "entry", "confirmed") in _facts(text, "cast_change")


def test_a_denial_said_by_the_actor_outweighs_the_headline() -> None:
    """"A ने कहा कि वह शो नहीं छोड़ रही हैं" is A's denial, and it is the article's word
    on the exit a headline asks about."""
    text = ("'नील कमल' की देविका ने छोड़ा शो? एक्ट्रेस ने बताई सच्चाई\nशो 'नील कमल' में देविका का "
            "किरदार निभा रहीं तारा सेन के शो छोड़ने की खबरें आ रही थीं। तारा ने कहा कि वह शो नहीं "
            "छोड़ रही हैं।")
    assert _facts(text, "cast_change") == {("तारा सेन", "exit", "denied")}


def test_a_rumour_told_as_past_then_called_baseless_is_denied() -> None:
    """"A के शो छोड़ने की अफवाहें उड़ रही थीं। लेकिन एक्ट्रेस ने इन खबरों को बेबुनियाद बताया
    है।": the exit is denied."""
    text = ("'नील कमल' छोड़ने की खबरों पर तारा सेन ने तोड़ी चुप्पी\nतारा सेन के शो 'नील कमल' छोड़ने "
            "की अफवाहें उड़ रही थीं। लेकिन एक्ट्रेस ने इन खबरों को बेबुनियाद बताया है।")
    assert _facts(text, "cast_change") == {("तारा सेन", "exit", "denied")}


def test_a_run_in_the_show_ending_and_being_seen_in_it() -> None:
    """"A का शो X में सफर खत्म" is A's exit; "A शो X में दिखाई देंगी" A's entry."""
    assert ("तारा सेन", "exit", "confirmed") in _facts(
        "'नील कमल' अपडेट\nतारा सेन का 'नील कमल' में सफर खत्म हो गया है।", "cast_change")
    assert ("तारा सेन", "entry", "confirmed") in _facts(
        "'नील कमल' अपडेट\nतारा सेन जल्द ही शो 'नील कमल' में दिखाई देंगी।", "cast_change")


def _relations(text: str) -> set[tuple[str | None, str | None, str | None]]:
    facts = extract_facts(Article.create(text, lang="hi"))
    return {(f.subject, f.relation, f.object) for f in facts if f.type == "relation"}


def test_a_couple_in_love_with_each_other_and_a_kin_told_by_pronoun() -> None:
    """"A और B एक-दूसरे से प्यार करते हैं": a couple; "A को पता चलता है कि B उसके असली पिता हैं":
    B is A's parent."""
    head = "'नील कमल' में ट्विस्ट\nशो 'नील कमल' में नया मोड़ आएगा। "
    assert ("देविका", "romance", "अर्जुन") in _relations(
        head + "देविका और अर्जुन एक-दूसरे से प्यार करते हैं।")
    assert ("विक्रम", "parent", "देविका") in _relations(
        head + "देविका को पता चलता है कि विक्रम उसके असली पिता हैं।")
    assert not _relations(head + "देविका को पता चलता है कि विक्रम उसका असली पिता नहीं है।")


def test_a_role_become_after_the_full_name_and_a_cast_as_phrase() -> None:
    """"A B Y बनकर छा गई हैं": the full name, then the role; "A को Y के रूप में कास्ट किया
    गया है": A plays Y."""
    for line in ("शो 'नील कमल' में तारा सेन देविका बनकर छा गई हैं।",
                 "शो 'नील कमल' में तारा सेन को देविका के रूप में कास्ट किया गया है।"):
        assert _facts(f"'नील कमल' अपडेट\n{line}", "cast") == {("तारा सेन", "देविका")}


def test_a_role_said_with_taur_par_bataur_and_played_well() -> None:
    """"A Y के तौर पर नजर आएंगी", "A बतौर Y नजर आएंगी", "A ने Y के किरदार को बखूबी निभाया"."""
    for line in ("शो 'नील कमल' में तारा सेन देविका के तौर पर नजर आएंगी।",
                 "शो 'नील कमल' में तारा सेन बतौर देविका नजर आएंगी।",
                 "तारा सेन ने 'नील कमल' में देविका के किरदार को बखूबी निभाया है।"):
        assert _facts(f"'नील कमल' अपडेट\n{line}", "cast") == {("तारा सेन", "देविका")}
    # an idiom is no actor: "Y के रोल में जान डाल दी" (brought Y to life)
    assert ("जान डाल", "देविका") not in _facts(
        "'नील कमल' अपडेट\nशो 'नील कमल' में तारा सेन ने देविका के रोल में जान डाल दी है।", "cast")


def test_grammar_words_typed_with_a_nukta_are_no_names() -> None:
    """"नज़र" is "नजर" however the nukta is typed (a combining sign or one precomposed
    letter): "Y के किरदार में नज़र आ रहीं A" gives A's role, not a name "नज़र"."""
    for nazar in ("नज\u093cर", "न\u095bर"):
        line = f"शो 'नील कमल' में देविका के किरदार में {nazar} आ रहीं तारा सेन ने शादी की।"
        assert _facts(f"'नील कमल' अपडेट\n{line}", "cast") == {("तारा सेन", "देविका")}
