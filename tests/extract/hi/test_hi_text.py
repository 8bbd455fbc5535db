"""hi.text: Hindi sentences and show titles."""

from hi_support import hindi_doc

from tellytrack.extract import extract_facts, is_hindi
from tellytrack.extract.hi.text import sentences, show_for, show_mentions
from tellytrack.model import Article


def test_sentences_split_at_danda() -> None:
    """"।" ends a sentence, which the shared (Latin) splitter does not know."""
    doc = hindi_doc("मीरा घर आई। अर्जुन चला गया। सब खुश हैं")
    assert [s.text for s in sentences(doc)] == ["मीरा घर आई।", "अर्जुन चला गया।", "सब खुश हैं"]


def test_quoted_title_and_latin_gloss() -> None:
    """A quoted title with a Latin gloss is one show, found again unquoted."""
    doc = hindi_doc("शो 'प्यार की डोर' (Pyaar Ki Dor) हिट है। प्यार की डोर में नया मोड़ आया।")
    names = [m.name for m in show_mentions(doc)]
    assert names == ["प्यार की डोर", "प्यार की डोर"]
    assert show_for(doc, sentences(doc)[1]) == "प्यार की डोर"


def test_unquoted_title_after_channel_show_phrase() -> None:
    """"स्टार प्लस का शो X रहा है": the title ends before the verb, not at "है"."""
    doc = hindi_doc("पांचवे नंबर पर स्टार प्लस का शो साथ चलेंगे रहा है।")
    assert [m.name for m in show_mentions(doc)] == ["साथ चलेंगे"]


def test_repeated_heading_is_a_show() -> None:
    """A bare heading line that the body repeats names the section's show."""
    doc = hindi_doc("टीआरपी लिस्ट आ गई है।\nकेसर की कहानी\nकेसर की कहानी इस हफ्ते भी आगे है।")
    assert {m.name for m in show_mentions(doc)} == {"केसर की कहानी"}


def test_devanagari_text_dispatches_to_hindi_modules() -> None:
    """An unlabelled article written in Devanagari is read by the Hindi extractors."""
    article = Article.create("स्टार प्लस का शो 'साथ चलेंगे' लोकप्रिय है।")
    assert is_hindi(article)
    facts = extract_facts(article)
    assert [(f.type, f.show, f.value) for f in facts] == [
        ("show_info", "साथ चलेंगे", "स्टार प्लस")]
