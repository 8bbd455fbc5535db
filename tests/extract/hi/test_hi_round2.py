"""hi, round two: producers named as owners of a show, one name per show across
scripts, and chart places read past a title's Latin gloss."""

from hi_support import hindi_doc

from tellytrack.extract.hi import rating, show_info
from tellytrack.extract.hi.text import show_mentions


def _info(text: str) -> set[tuple[str, str, str]]:
    return {(f.show, f.field or "", f.value or "") for f in show_info.extract(hindi_doc(text))}


def test_owner_of_a_show_is_its_producer() -> None:
    """"राजेश वर्मा का शो 'केसर'": a full name that plays no part produces the show."""
    got = _info("इस हफ्ते राजेश वर्मा का शो 'केसर' चर्चा में है।")
    assert got == {("केसर", "producer", "राजेश वर्मा")}


def test_owner_who_acts_is_no_producer() -> None:
    """The show of a lead actor or of a pair of actors is no production credit."""
    text = ("इस हफ्ते रिया मल्होत्रा का शो 'केसर' चर्चा में है। शो में रिया मल्होत्रा मीरा के "
            "किरदार में हैं।")
    assert _info(text) == set()
    assert _info("रिया मल्होत्रा और कबीर सेठी का शो 'केसर' चर्चा में है।") == set()
    assert _info("एक्ट्रेस रिया मल्होत्रा का शो 'केसर' चर्चा में है।") == set()


def test_latin_title_is_the_devanagari_show() -> None:
    """A Latin lead or gloss of a Devanagari title is one show, named in Devanagari."""
    doc = hindi_doc("Kesar Ki Kahani TRP: नंबर 1 पर शो\n"
                    "बार्क की टीआरपी लिस्ट में 'केसर की कहानी' पहले नंबर पर है।")
    assert {m.name for m in show_mentions(doc)} == {"केसर की कहानी"}
    assert [f.show for f in rating.extract(doc)] == ["केसर की कहानी"]


def test_place_after_a_glossed_title() -> None:
    """"'B' (Latin) नंबर 2 पर और 'C' नंबर 3 पर": the place belongs to the title before it."""
    doc = hindi_doc("बार्क की टीआरपी लिस्ट में 'केसर' (Kesar) नंबर 1 पर है। इसके बाद "
                    "'चांद सितारे' (Chand Sitare) नंबर 2 पर और 'सपनों का घर' नंबर 3 पर है।")
    assert {(f.show, f.rank) for f in rating.extract(doc)} == {
        ("केसर", 1), ("चांद सितारे", 2), ("सपनों का घर", 3)}


def test_becoming_names_the_actor_before() -> None:
    """"ACTOR ने शो में CHAR बनकर ...": the actor stands before, not the words after."""
    from tellytrack.extract.hi import cast
    doc = hindi_doc("शो 'केसर' जल्द आएगा। रिया मल्होत्रा ने शो में मीरा बनकर सबका दिल जीता।")
    assert {(f.actor, f.character) for f in cast.extract(doc)} == {("रिया मल्होत्रा", "मीरा")}


def test_latin_gloss_of_a_character_is_no_role() -> None:
    """"रिया मल्होत्रा (Riya Malhotra) मीरा (Meera) के किरदार": "Meera" glosses "मीरा"."""
    from tellytrack.extract.hi import cast
    doc = hindi_doc("शो 'केसर' जल्द आएगा। शो में रिया मल्होत्रा (Riya Malhotra) मीरा (Meera) के "
                    "किरदार में हैं।")
    assert {(f.actor, f.character) for f in cast.extract(doc)} == {("रिया मल्होत्रा", "मीरा")}


def _changes(text: str) -> set[tuple[str, str]]:
    from tellytrack.extract.hi import cast_change
    return {(f.actor or "", f.change or "")
            for f in cast_change.extract(hindi_doc("शो 'केसर' जल्द आएगा। " + text))}


def test_subject_before_a_relative_clause() -> None:
    """"A, जो ... थीं, ने शो छोड़ दिया": A is the subject past the relative clause."""
    got = _changes("रिया मल्होत्रा, जो शो में मीरा का किरदार निभा रही थीं, ने अब शो छोड़ दिया है।")
    assert got == {("रिया मल्होत्रा", "exit")}


def test_quoted_pronoun_and_reasons_are_no_names() -> None:
    """"मैंने", "के चलते" are not read as the one leaving."""
    assert _changes('रिया मल्होत्रा ने कहा, "मैंने शो छोड़ने का फैसला किया है।"') \
        <= {("रिया मल्होत्रा", "exit")}
    assert _changes("रिया मल्होत्रा ने पर्सनल कारणों के चलते शो को अलविदा कहने का फैसला लिया।") \
        == {("रिया मल्होत्रा", "exit")}


def test_spelling_variants_of_i_e() -> None:
    """"यानि" and "ऊर्फ" are spellings of "यानी" and "उर्फ"."""
    from tellytrack.extract.hi import cast
    doc = hindi_doc("शो 'केसर' जल्द आएगा। शो में मीरा यानि रिया मल्होत्रा खुश हैं।")
    assert {(f.actor, f.character) for f in cast.extract(doc)} == {("रिया मल्होत्रा", "मीरा")}


def test_cast_needs_a_full_name() -> None:
    """"अर्जुन (मीरा)": two one-word names are characters, not an actor and a role."""
    from tellytrack.extract.hi import cast
    doc = hindi_doc("शो 'केसर' जल्द आएगा। शो में अर्जुन (मीरा) की जोड़ी हिट है।")
    assert cast.extract(doc) == []
