"""Hindi forms read in the seventeenth session (invented articles, each failing on the
code before it)."""

from __future__ import annotations

from tellytrack.extract import extract_facts
from tellytrack.model import Article


def test_a_title_read_to_the_clause_end_is_cut_at_its_case_marker() -> None:
    """"के शो X में लीप आने वाला है।": the title is X (the headline names it again), not
    the words up to the sentence's end."""
    text = ("तारा की कहानी में आएगा लीप\n"
            "सोनी टीवी के शो तारा की कहानी में लीप आने वाला है। "
            "लीप के बाद नेहा वर्मा शो को अलविदा कह देंगी।")
    facts = extract_facts(Article.create(text, lang="hi"))
    assert facts
    assert {f.show for f in facts} == {"तारा की कहानी"}


def test_a_title_is_cut_only_where_its_head_repeats_more() -> None:
    """The words before a marker inside a title replace it only when the article names
    them more often than the whole; a title ending in the marker keeps it."""
    from tellytrack.extract.hi.text import _before_marker

    once = "शो दिल की बात में ट्विस्ट आने वाला है।"
    again = once + " दिल की बात के फैंस खुश हैं।"
    assert _before_marker(once, "दिल की बात में ट्विस्ट आने वाला") == \
        "दिल की बात में ट्विस्ट आने वाला"
    assert _before_marker(again, "दिल की बात में ट्विस्ट आने वाला") == "दिल की बात"
    ending = "शो किसी के प्यार में। किसी के प्यार की कहानी।"
    assert _before_marker(ending, "किसी के प्यार में") == "किसी के प्यार में"


def test_an_entry_as_a_role() -> None:
    """"A Y के रूप में एंट्री करेंगी": A plays Y, and enters."""
    text = "'रंग महल' की ताजा खबर\nशो में सुहानी गुप्ता पायल के रूप में एंट्री करेंगी।"
    facts = extract_facts(Article.create(text, lang="hi"))
    assert {(f.actor, f.character) for f in facts if f.type == "cast"} == {
        ("सुहानी गुप्ता", "पायल")}
    assert {(f.actor, f.change) for f in facts if f.type == "cast_change"} == {
        ("सुहानी गुप्ता", "entry")}


def _shows(head: str, body: str, url: str | None = None) -> set[str]:
    article = Article.create(head + "\n" + body, url=url, lang="hi")
    return {f.show for f in extract_facts(article)}


def test_a_latin_title_where_a_place_is_named() -> None:
    """"Kesar Mahal में ..." twice: a run of Latin words where a place is named is a
    show's, with no Hinglish grammar word in it; a channel is not."""
    body = "Kesar Mahal में जल्द ही एक्टर अमित वर्मा की एंट्री होगी।"
    assert _shows("Kesar Mahal में नई एंट्री", body) == {"Kesar Mahal"}
    assert _shows("Star Plus में नई एंट्री",
                  "Star Plus में जल्द ही एक्टर अमित वर्मा की एंट्री होगी।") == set()


def test_one_latin_word_where_a_place_is_named_and_the_url_spells_it() -> None:
    body = "Tarini में जल्द ही एक्टर अमित वर्मा की एंट्री होगी।"
    assert _shows("Tarini में नई एंट्री", body,
                  "https://hindi.example.com/tv/tarini-new-entry-123") == {"Tarini"}
    assert _shows("Tarini में नई एंट्री", body, "https://hindi.example.com/tv/entry-123") == set()


def test_a_bare_title_cut_at_a_genitive_the_article_gives_a_show_s_noun() -> None:
    """"सीरियल X का हिस्सा बनेंगे ... X की कहानी": the title is X (a show's story
    names it), while a title holding a genitive stays whole."""
    assert _shows("अमित वर्मा की एंट्री",
                  "अमित वर्मा जल्द ही सीरियल तारिणी का हिस्सा बनेंगे। "
                  "तारिणी की कहानी में नया मोड़ आएगा।") == {"तारिणी"}
    assert _shows("प्यार की डोर में ट्विस्ट",
                  "अमित वर्मा जल्द ही शो प्यार की डोर का हिस्सा बनेंगे। "
                  "प्यार की डोर की कहानी में नया मोड़ आएगा।") == {"प्यार की डोर"}


def test_thrown_out_of_a_house_is_no_exit() -> None:
    """"X को घर से निकाल दिया" is the story's; "शो से निकाल दिया" and a bare "निकाल दिया"
    of a person are exits."""
    def exits(line: str) -> set[str | None]:
        text = "'रंग महल' की ताजा खबर\n" + line
        return {f.actor for f in extract_facts(Article.create(text, lang="hi"))
                if f.type == "cast_change"}
    assert exits("विक्रम की मां सुधा ने पायल को घर से निकाल दिया।") == set()
    assert exits("मेकर्स ने रिया शर्मा को शो से निकाल दिया।") == {"रिया शर्मा"}
    assert exits("मेकर्स ने रिया शर्मा को निकाल दिया है।") == {"रिया शर्मा"}


def test_an_event_word_in_the_future_is_upcoming() -> None:
    """"विक्रम मर जाएगा", "पायल मां बनेगी": the event word carries the future itself;
    "गोदभराई" is a pregnancy, "का सच आ जाएगा" an exposure."""
    def events(line: str) -> set[tuple[str | None, str | None]]:
        text = "'रंग महल' की ताजा खबर\n" + line
        return {(f.kind, f.status) for f in extract_facts(Article.create(text, lang="hi"))
                if f.type == "event"}
    assert events("विक्रम मर जाएगा।") == {("death", "upcoming")}
    assert events("पायल मां बनेगी।") == {("pregnancy", "upcoming")}
    assert events("विक्रम की मौत हो गई।") == {("death", "aired")}
    assert events("पायल की गोदभराई की रस्म होगी।") == {("pregnancy", "upcoming")}
    assert events("पायल के सामने विक्रम का सच आ जाएगा।") == {("exposure", "upcoming")}


def test_a_lover_named_before_a_comma() -> None:
    """"विक्रम, पायल से प्यार करता है": the subject before a comma loves B."""
    text = "'रंग महल' की ताजा खबर\nविक्रम, पायल से प्यार करता है।"
    assert {(f.subject, f.relation, f.object) for f in extract_facts(
        Article.create(text, lang="hi")) if f.type == "relation"} == {
        ("विक्रम", "romance", "पायल")}
