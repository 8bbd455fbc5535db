"""Hindi phrasings of roles read in the fifteenth session (invented articles)."""

from __future__ import annotations

from tellytrack.extract import extract_facts
from tellytrack.model import Article


def _casts(text: str) -> set[tuple[str | None, str | None]]:
    return {(f.actor, f.character) for f in extract_facts(Article.create(text, lang="hi"))
            if f.type == "cast"}


def test_an_adverb_before_the_verb_of_a_role() -> None:
    """"A शो में Y के रोल में दोबारा नजर आएंगे": A plays Y (again)."""
    text = "'पल पल दिल' में कबीर सेठी\nकबीर सेठी शो में अर्जुन के रोल में दोबारा नजर आएंगे।"
    assert _casts(text) == {("कबीर सेठी", "अर्जुन")}


def test_a_pronoun_after_the_show_plays_the_one_named_before() -> None:
    """"A ने शो को अलविदा कह दिया। शो में वह Y के रोल में नजर आ रही थीं": A played Y."""
    text = ("'पल पल दिल' से रिया मल्होत्रा की विदाई\nएक्ट्रेस रिया मल्होत्रा ने शो को अलविदा कह दिया "
            "है। शो में वह मीरा के रोल में नजर आ रही थीं।")
    assert _casts(text) == {("रिया मल्होत्रा", "मीरा")}


def test_group_words_of_a_headline_are_no_actor() -> None:
    """"कई कलाकारों ने छोड़ा शो", "लौटे पुराने सितारे": artists and old stars are nobody's name."""
    for head, body, change in (
            ("'पल पल दिल' के कई कलाकारों ने छोड़ा शो",
             "शो 'पल पल दिल' से तारा सेन और कबीर सेठी ने अलविदा कह दिया है।", "exit"),
            ("'पल पल दिल' में लौटे पुराने सितारे",
             "शो 'पल पल दिल' में तारा सेन और कबीर सेठी की वापसी हो रही है।", "return")):
        facts = extract_facts(Article.create(f"{head}\n{body}", lang="hi"))
        assert {(f.actor, f.change) for f in facts if f.type == "cast_change"} == {
            ("तारा सेन", change), ("कबीर सेठी", change)}
