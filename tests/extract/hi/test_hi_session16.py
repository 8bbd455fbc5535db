"""Hindi phrasings of roles, changes and makers read in the sixteenth session (invented
articles, each failing on the code before it)."""

from __future__ import annotations

from tellytrack.extract import extract_facts
from tellytrack.model import Article, Fact

_HEAD = "'पल पल दिल' की ताजा खबर\n"


def _facts(text: str, kind: str) -> list[Fact]:
    return [f for f in extract_facts(Article.create(_HEAD + text, lang="hi")) if f.type == kind]


def _casts(text: str) -> set[tuple[str | None, str | None]]:
    return {(f.actor, f.character) for f in _facts(text, "cast")}


def _changes(text: str) -> set[tuple[str | None, str | None]]:
    return {(f.actor, f.change) for f in _facts(text, "cast_change")}


def test_the_actors_character_named_after_the_role_word() -> None:
    """"A का किरदार Y", "A अपने किरदार Y": A plays Y; "Y का किरदार A ने निभाया" stays
    the other way round."""
    assert _casts("शो 'पल पल दिल' में रिया मल्होत्रा का किरदार मीरा अब नया मोड़ लेगा।") == {
        ("रिया मल्होत्रा", "मीरा")}
    assert _casts("शो 'पल पल दिल' में कबीर सेठी अपने किरदार अर्जुन को लेकर उत्साहित हैं।") == {
        ("कबीर सेठी", "अर्जुन")}
    assert _casts("शो 'पल पल दिल' में मीरा का किरदार रिया मल्होत्रा ने निभाया है।") == {
        ("रिया मल्होत्रा", "मीरा")}


def test_a_role_named_before_naam_ki() -> None:
    """"A Y नाम की विलेन का किरदार निभाएंगी": A plays Y, a part to come (an entry)."""
    text = "शो 'पल पल दिल' में नेहा कपूर कामिनी नाम की विलेन का किरदार निभाएंगी।"
    assert _casts(text) == {("नेहा कपूर", "कामिनी")}
    assert _changes(text) == {("नेहा कपूर", "entry")}


def test_becoming_a_role_then_a_participle_naming_the_actor() -> None:
    """"Y बनकर घर-घर में पहचान बनाने वाली A": A plays Y."""
    text = "शो 'पल पल दिल' में मीरा बनकर घर-घर में पहचान बनाने वाली रिया मल्होत्रा बेहद खुश हैं।"
    assert _casts(text) == {("रिया मल्होत्रा", "मीरा")}


def test_will_be_seen_in_a_role_after_a_replacement_is_an_entry() -> None:
    """"A को रिप्लेस कर दिया गया है। अब B Y के किरदार में दिखाई देंगे": B enters."""
    text = ("शो 'पल पल दिल' में अर्जुन का रोल निभा रहे कबीर सेठी को रिप्लेस कर दिया गया है। "
            "अब विक्रम राणा अर्जुन के किरदार में दिखाई देंगे।")
    assert _changes(text) == {("कबीर सेठी", "exit"), ("विक्रम राणा", "entry")}


def test_goodbye_debut_and_a_lead_role_to_come() -> None:
    """"शो को गुडबाय कह दिया" is an exit; "शो से टीवी डेब्यू" and "शो में लीड रोल
    निभाएंगी" are entries."""
    assert _changes("एक्ट्रेस रिया मल्होत्रा ने शो 'पल पल दिल' को गुडबाय कह दिया है।") == {
        ("रिया मल्होत्रा", "exit")}
    assert _changes("एक्ट्रेस रिया मल्होत्रा शो 'पल पल दिल' से टीवी डेब्यू करने जा रही हैं।") == {
        ("रिया मल्होत्रा", "entry")}
    assert _changes("खबर है कि एक्ट्रेस आरती शर्मा शो 'पल पल दिल' में लीड रोल निभाएंगी।") == {
        ("आरती शर्मा", "entry")}


def test_a_pronoun_of_place_and_a_title_of_praise_are_no_names() -> None:
    """"इसमें मीरा का किरदार" is the role मीरा; "टीवी क्वीन A" is the producer A."""
    text = ("शो 'पल पल दिल' में इसमें मीरा का किरदार निभाने वाली रिया मल्होत्रा ने शो छोड़ दिया है।")
    assert _casts(text) == {("रिया मल्होत्रा", "मीरा")}
    makers = _facts("टीवी क्वीन कविता राव के पॉपुलर शो 'पल पल दिल' में बड़ा बदलाव होने वाला है। "
                    "शो में मीरा का किरदार रिया मल्होत्रा निभा रही हैं।", "show_info")
    assert [(f.field, f.value) for f in makers] == [("producer", "कविता राव")]


def test_a_doubled_adverb_is_no_name() -> None:
    """"A, B और C ने धीरे-धीरे शो छोड़ दिया": the three leave; "धीरे" is nobody."""
    text = "तारा सेन, कबीर सेठी और रिया मल्होत्रा ने धीरे-धीरे शो 'पल पल दिल' छोड़ दिया।"
    assert _changes(text) == {("तारा सेन", "exit"), ("कबीर सेठी", "exit"),
                              ("रिया मल्होत्रा", "exit")}
