"""Hindi forms read in the twenty-first session (invented articles, each failing on the
code before it)."""

from __future__ import annotations

from tellytrack.extract import extract_facts
from tellytrack.model import Article


def _changes(text: str) -> set[tuple[str | None, str | None]]:
    return {(f.actor, f.change) for f in extract_facts(Article.create(text, lang="hi"))
            if f.type == "cast_change"}


def test_a_cut_card_is_an_exit_and_its_verb_no_actor() -> None:
    """"X से A का पत्ता कटा" (A's card is cut: A is out of X) is A's exit, the verb
    inflected; and the words after it ("..., शो छोड़ने की खबरों पर तोड़ी चुप्पी") are no
    one's name."""
    assert _changes("'नीला आसमान' से रोहन वर्मा का पत्ता कटा\nशो के मेकर्स ने यह फैसला लिया।") == {
        ("रोहन वर्मा", "exit")}
    assert _changes("'नीला आसमान' से रोहन वर्मा का पत्ता कटा, शो छोड़ने की खबरों पर तोड़ी चुप्पी\n"
                    "रोहन ने कहा कि वह खुश हैं।") == {("रोहन वर्मा", "exit")}


def test_a_channel_bringing_or_launching_a_new_show_airs_it() -> None:
    """"स्टार प्लस पर आ रहा है नया शो X" and "स्टार प्लस जल्द ही नया शो X लॉन्च करने जा रहा है":
    X airs on Star Plus."""
    for text in ("स्टार प्लस पर आ रहा है नया शो 'नीला आसमान'\nशो में रोहन वर्मा नजर आएंगे।",
                 "नया शो आ रहा है\nस्टार प्लस जल्द ही नया शो 'नीला आसमान' लॉन्च करने जा रहा है।"):
        infos = {(f.show, f.field, f.value)
                 for f in extract_facts(Article.create(text, lang="hi")) if f.type == "show_info"}
        assert ("नीला आसमान", "channel", "स्टार प्लस") in infos, text
