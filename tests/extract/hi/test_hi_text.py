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


def test_unquoted_title_ends_before_from() -> None:
    """ "के शो X से एक और एक्टर का एग्जिट": the title ends before "से" (from)."""
    doc = hindi_doc("सोनी टीवी के शो चांदनी रात से एक और एक्टर ने एग्जिट ले लिया है। "
                    "विवेक आनंद अब शो में नजर नहीं आएंगे।")
    assert {m.name for m in show_mentions(doc)} == {"चांदनी रात"}


def test_repeated_unquoted_title_ends_before_in() -> None:
    """ "के सीरियल X में मीरा ...": a title the article repeats ends before "में"; one
    named once does not (a title may end in "में" itself)."""
    text = ("प्यार की डोर में नया मोड़\nस्टार प्लस के सीरियल प्यार की डोर में मीरा यानी "
            "रिया सेन की जोड़ी पसंद आ रही है।")
    assert "प्यार की डोर" in {m.name for m in show_mentions(hindi_doc(text))}
    once = hindi_doc("स्टार प्लस के सीरियल प्यार की डोर में मीरा की जोड़ी पसंद आ रही है।")
    assert "प्यार की डोर" not in {m.name for m in show_mentions(once)}


def test_devanagari_headline_prefix_is_a_show() -> None:
    """ "X: अर्जुन की पत्नी बनेगी मीरा": the words before the headline's colon are a show;
    a future verb after a kinship word ("पत्नी बनेगी") is no name."""
    facts = extract_facts(Article.create(
        "प्यार की डोर: अर्जुन की पत्नी बनेगी मीरा, सुधा होंगी नाराज\nशो में जल्द ही अर्जुन और "
        "मीरा की शादी होगी। मीरा की सास सुधा इस रिश्ते से खुश नहीं हैं।", lang="hi"))
    assert {f.show for f in facts} == {"प्यार की डोर"}
    assert all("बनेगी" not in (f.subject, f.object) for f in facts if f.type == "relation")


def test_producer_said_with_produce_verb() -> None:
    """ "X को एकता कपूर प्रोड्यूस करती हैं" / "इस शो को राजन शाही ने प्रोड्यूस किया है"."""
    facts = extract_facts(Article.create(
        "चांदनी रात में नया मोड़\nसोनी टीवी के शो चांदनी रात में नया मोड़ आएगा। चांदनी रात को "
        "एकता कपूर प्रोड्यूस करती हैं।", lang="hi"))
    assert ("producer", "एकता कपूर") in {(f.field, f.value) for f in facts if f.type == "show_info"}


def test_producer_said_with_made_by() -> None:
    """ "शो का निर्माण ब्लू लोटस प्रोडक्शंस ने किया है": the company makes the show."""
    facts = extract_facts(Article.create(
        "चांदनी रात की मीरा ने छोड़ा शो\nसोनी टीवी के शो चांदनी रात में मीरा का किरदार निभाने "
        "वाली रिया मल्होत्रा ने शो छोड़ दिया है। शो का निर्माण ब्लू लोटस प्रोडक्शंस ने किया है।",
        lang="hi"))
    assert ("producer", "ब्लू लोटस प्रोडक्शंस") in {
        (f.field, f.value) for f in facts if f.type == "show_info"}
