"""Hindi forms read in the twenty-second session (invented articles, each failing on the
code before it)."""

from __future__ import annotations

import pytest

from tellytrack.extract import extract_facts
from tellytrack.model import Article

OPEN = "'नीला आसमान' की ताजा खबर\nस्टार प्लस का शो 'नीला आसमान' दर्शकों को पसंद आ रहा है। "


def _changes(text: str) -> set[tuple[str | None, str | None, str | None]]:
    return {(f.actor, f.change, f.status)
            for f in extract_facts(Article.create(OPEN + text, lang="hi"))
            if f.type == "cast_change"}


@pytest.mark.parametrize(("sentence", "change"), [
    # the last day of the shoot is an exit
    ("नेहा वर्मा ने शो की शूटिंग का आखिरी दिन पूरा किया।", "exit"),
    # "will be seen playing the lead role in the show", "in a new role": an entry
    ("नेहा वर्मा शो में लीड रोल निभाते नजर आएंगी।", "entry"),
    ("नेहा वर्मा शो में नए किरदार में दिखेंगी।", "entry"),
    # "has been chosen as the lead actress": an entry, the part between actor and verb
    ("नेहा वर्मा को शो में लीड एक्ट्रेस के तौर पर चुना गया है।", "entry"),
])
def test_hindi_change_phrases(sentence: str, change: str) -> None:
    assert _changes(sentence) == {("नेहा वर्मा", change, "confirmed")}


def test_b_took_a_s_place_enters_b() -> None:
    """"B ने A की जगह ले ली है": A leaves and B, the subject, comes in (only A's exit
    was read)."""
    assert _changes("अमन गुप्ता ने नेहा वर्मा की जगह ले ली है।") == {
        ("नेहा वर्मा", "exit", "confirmed"), ("अमन गुप्ता", "entry", "confirmed")}


def test_a_yes_no_question_reports() -> None:
    """"क्या A शो छोड़ रही हैं?" asks; it does not confirm."""
    assert _changes("क्या नेहा वर्मा शो छोड़ रही हैं?") == {("नेहा वर्मा", "exit", "reported")}


def test_a_reaction_then_a_denial_overturns_the_rumour() -> None:
    """"खबरें थीं कि A शो छोड़ने वाली हैं। अब एक्ट्रेस ने इन खबरों पर रिएक्ट किया है। A ने कहा
    कि ये सब अफवाहें हैं": the rumoured exit is denied (the denial stands two sentences
    after it, past a reaction to "these reports"); "मैं कहीं नहीं जा रही" and "शो का हिस्सा
    बनी रहेंगी" deny too."""
    text = ("'नीला आसमान' की ताजा खबर\nस्टार प्लस का शो 'नीला आसमान' दर्शकों को पसंद आ रहा है। "
            "खबरें थीं कि नेहा वर्मा शो छोड़ने वाली हैं। अब एक्ट्रेस ने इन खबरों पर रिएक्ट किया "
            "है। नेहा ने कहा कि ये सब अफवाहें हैं।")
    facts = {(f.actor, f.change, f.status) for f in extract_facts(Article.create(text, lang="hi"))
             if f.type == "cast_change"}
    assert facts == {("नेहा वर्मा", "exit", "denied")}
    for said in ("मैं कहीं नहीं जा रही", "मैं शो का हिस्सा बनी रहूंगी और शो का हिस्सा बनी रहेंगी"):
        assert _changes(f"नेहा वर्मा ने शो छोड़ने की खबरों पर कहा- {said}।") == {
            ("नेहा वर्मा", "exit", "denied")}, said
