"""Hindi forms read in the twentieth session (invented articles, each failing on the
code before it)."""

from __future__ import annotations

from tellytrack.extract import extract_facts
from tellytrack.model import Article


def _ranks(text: str) -> set[tuple[str | None, int | None]]:
    return {(f.show, f.rank) for f in extract_facts(Article.create(text, lang="hi"))
            if f.type == "rating"}


def test_a_channels_genitive_is_no_part_of_a_charted_title() -> None:
    """"वहीं स्टार प्लस का X दूसरे नंबर पर", "तीसरे नंबर पर जी टीवी का Y है": the titles
    are X and Y (the channel owns them), and a title a channel owns counts though named
    once beside a firmer title."""
    text = ("टीआरपी रिपोर्ट: 'अनोखा रिश्ता' फिर टॉप पर\nबार्क की इस हफ्ते की टीआरपी लिस्ट आ गई है। "
            "इस हफ्ते भी सोनी टीवी का शो 'अनोखा रिश्ता' पहले नंबर पर है। वहीं स्टार प्लस का नीला "
            "आसमान दूसरे नंबर पर खिसक गया है। तीसरे नंबर पर जी टीवी का सपनों का घर है।")
    assert _ranks(text) == {("अनोखा रिश्ता", 1), ("नीला आसमान", 2), ("सपनों का घर", 3)}


def test_a_title_after_a_comma_before_its_place() -> None:
    """"A ने मारी बाजी, X दूसरे नंबर पर": X is second, A first."""
    text = ("TRP Report: अनोखा रिश्ता ने फिर मारी बाजी, नीला आसमान दूसरे नंबर पर\nबार्क की "
            "ताजा टीआरपी रिपोर्ट आ गई है। इस हफ्ते भी अनोखा रिश्ता पहले नंबर पर है।")
    assert _ranks(text) == {("अनोखा रिश्ता", 1), ("नीला आसमान", 2)}


def test_a_pronoun_after_an_adverb_plays_the_role() -> None:
    """"A ... नजर आएंगे। अब वह Y के रोल में वापसी कर रहे हैं": A plays Y (the sentence
    opens on an adverb, then the pronoun)."""
    text = ("'नीला आसमान' से जुड़ी खबर\nएक्टर रोहन वर्मा एक बार फिर शो नीला आसमान में नजर आएंगे। "
            "अब वह वीर के रोल में वापसी कर रहे हैं।")
    casts = {(f.actor, f.character) for f in extract_facts(Article.create(text, lang="hi"))
             if f.type == "cast"}
    assert ("रोहन वर्मा", "वीर") in casts


def _changes(text: str) -> set[tuple[str | None, str | None]]:
    return {(f.actor, f.change) for f in extract_facts(Article.create(text, lang="hi"))
            if f.type == "cast_change"}


def test_the_producer_bringing_a_new_show_does_not_join_its_cast() -> None:
    """"A का नया शो जल्द होगा शुरू" over "प्रोड्यूसर A जल्द ही नया शो X लेकर आ रही हैं": A makes
    the show, she does not enter it; the lead named after does."""
    text = ("Sapno Ka Ghar: कविता राव का नया शो जल्द होगा शुरू\nप्रोड्यूसर कविता राव जल्द ही नया शो "
            "'सपनों का घर' लेकर आ रही हैं। शो में रिया मल्होत्रा पूजा का किरदार निभाएंगी।")
    changes = _changes(text)
    assert ("रिया मल्होत्रा", "entry") in changes
    assert not any(actor == "कविता राव" for actor, _ in changes)


def test_a_newcomer_entering_as_the_new_lead() -> None:
    """"B शो में नई लीड के रूप में एंट्री करेंगी", "... के तौर पर": B enters (the part she
    comes in as stands between her and the cue)."""
    for part in ("शो में नई लीड के रूप में एंट्री करेंगी", "नई लीड के तौर पर शो में एंट्री लेंगी"):
        text = f"'नीला आसमान' की ताजा खबर\nशो 'नीला आसमान' में लीप आएगा। प्रिया राव {part}।"
        assert ("प्रिया राव", "entry") in _changes(text), part


def test_a_first_name_run_together_with_the_role() -> None:
    """"B Y के रोल में दिखेंगे" after the article named B in full: the run "B Y" is B's first
    name and the role Y (also in a clause after another's role)."""
    intro = "'सपनों का घर' की खबर\nशो में रिया मल्होत्रा और कबीर सेठी लीड रोल में नजर आएंगे। "
    for line in ("कबीर आकाश के रोल में दिखेंगे।",
                 "रिया शो में पूजा का किरदार निभाएंगी, जबकि कबीर आकाश के रोल में दिखेंगे।"):
        casts = {(f.actor, f.character) for f in extract_facts(
            Article.create(intro + line, lang="hi")) if f.type == "cast"}
        assert ("कबीर सेठी", "आकाश") in casts, line


def _events(text: str) -> dict[str | None, tuple[tuple[str, ...], str | None]]:
    return {f.kind: (f.characters, f.status) for f in extract_facts(Article.create(text, lang="hi"))
            if f.type == "event"}


def test_about_to_become_a_mother_is_upcoming() -> None:
    """"अब मीरा मां बनने वाली है": "-ने वाली" is about to happen, not aired."""
    events = _events("'नीला आसमान' की ताजा खबर\nशो में राघव और मीरा की शादी हो चुकी है। अब मीरा मां "
                     "बनने वाली है।")
    assert events["pregnancy"][1] == "upcoming"


def test_the_subject_and_object_of_a_divorce_are_its_characters() -> None:
    """"A ने B को तलाक दे दिया": A and B divorce."""
    events = _events("'नीला आसमान' की ताजा खबर\nशो में राघव ने मीरा को तलाक दे दिया है।")
    assert set(events["divorce"][0]) == {"राघव", "मीरा"}


def test_a_divorce_given_makes_former_spouses() -> None:
    """"A ने B को तलाक दे दिया": A and B are former spouses; "A B को तलाक देगा": still wed."""
    def relations(line: str) -> set[tuple[str | None, str | None, str | None]]:
        text = f"'नीला आसमान' की ताजा खबर\nशो में {line}"
        return {(f.subject, f.relation, f.object)
                for f in extract_facts(Article.create(text, lang="hi")) if f.type == "relation"}
    assert ("राघव", "ex_spouse", "मीरा") in relations("राघव ने मीरा को तलाक दे दिया है।")
    assert ("राघव", "spouse", "मीरा") in relations("राघव ने मीरा को तलाक देने का फैसला किया है।")


def test_a_truth_coming_out_soon_is_an_exposure() -> None:
    """"सुधा की सच्चाई जल्द सबके सामने आएगी": an exposure to come ("जल्द" between the words)."""
    events = _events("'नीला आसमान' की ताजा खबर\nशो में सुधा की सच्चाई जल्द सबके सामने आएगी।")
    assert events["exposure"][1] == "upcoming"
