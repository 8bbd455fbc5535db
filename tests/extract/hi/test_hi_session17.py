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
