"""Hindi forms read in the twenty-third session (invented articles, each failing on the
code before it)."""

from __future__ import annotations

import pytest

from tellytrack.extract import extract_facts
from tellytrack.model import Article


def _changes(text: str) -> set[tuple[str | None, str | None, str | None]]:
    return {(f.actor, f.change, f.status)
            for f in extract_facts(Article.create(text, lang="hi"))
            if f.type == "cast_change"}


@pytest.mark.parametrize("name", ["नेहा वर्मा", "Neha Verma"])
@pytest.mark.parametrize("verb", ["कहेंगी", "कह रही हैं"])
def test_a_headline_farewell_with_its_actor_after_the_verb(name: str, verb: str) -> None:
    """"'X' को अलविदा कहेंगी A": the actor named after the verb leaves (the show's
    farewell cue ended before the verb, where no name stands)."""
    assert _changes(f"'नीला आसमान' को अलविदा {verb} {name}, खुद बताई वजह।") == {
        (name, "exit", "confirmed")}


@pytest.mark.parametrize("part", ["अहम किरदार", "मेहर का रोल"])
def test_a_headline_part_with_its_verb_first(part: str) -> None:
    """"'X' में होगी नई एंट्री, A निभाएंगी अहम किरदार / Y का रोल": A comes in."""
    assert _changes(f"'नीला आसमान' में होगी नई एंट्री, नेहा वर्मा निभाएंगी {part}।") == {
        ("नेहा वर्मा", "entry", "confirmed")}


def test_the_members_named_after_a_group_s_change_share_it() -> None:
    """"शो के कई कलाकारों ने शो को अलविदा कह दिया है। इनमें A, B और C शामिल हैं": each
    named member leaves (the first sentence names no one)."""
    assert _changes("'नीला आसमान' की स्टारकास्ट में बड़ा बदलाव\nशो के कई कलाकारों ने शो को "
                    "अलविदा कह दिया है। इनमें नेहा वर्मा, अमन गुप्ता और रीना शर्मा शामिल हैं।") == {
        ("नेहा वर्मा", "exit", "confirmed"), ("अमन गुप्ता", "exit", "confirmed"),
        ("रीना शर्मा", "exit", "confirmed")}


@pytest.mark.parametrize("sentence", [
    "शो में लीड रोल के लिए नेहा वर्मा और रीना शर्मा के नाम पर विचार किया जा रहा है।",
    "मेकर्स लीड रोल के लिए कई एक्ट्रेसेस से बात कर रहे हैं। नेहा वर्मा और रीना शर्मा के "
    "नाम सबसे आगे हैं।"])
def test_names_considered_for_a_part_are_reported_entries(sentence: str) -> None:
    """Names "considered" or "ahead" for a part: reported entries."""
    assert _changes(f"'नीला आसमान' में नई लीड की तलाश\n{sentence}") == {
        ("नेहा वर्मा", "entry", "reported"), ("रीना शर्मा", "entry", "reported")}


@pytest.mark.parametrize(("sentence", "status"), [
    ("खबर है कि नेहा वर्मा शो में लीड रोल में नजर आ सकती हैं।", "reported"),
    ("नेहा वर्मा शो में अमन गुप्ता के अपोजिट नजर आएंगी।", "confirmed")])
def test_seen_in_the_lead_role_or_opposite_someone_enters(sentence: str, status: str) -> None:
    """"शो में लीड रोल में नजर आ सकती हैं" (may be seen in the lead), "शो में B के अपोजिट
    नजर आएंगी" (will be seen opposite B): entries, the sentence giving the status."""
    assert ("नेहा वर्मा", "entry", status) in _changes(f"'नीला आसमान' में नई लीड\n{sentence}")


def test_each_player_named_before_its_role_with_a_comma() -> None:
    """"A, Y की भूमिका में और B, Z की भूमिका में हैं": A plays Y and B plays Z (B was taken
    as the player of A and Y, both read as characters)."""
    facts = extract_facts(Article.create(
        "'नीला आसमान' की कहानी\nशो में अमन गुप्ता, कबीर की भूमिका में और नेहा वर्मा, मीरा की "
        "भूमिका में हैं।", lang="hi"))
    assert {(f.actor, f.character) for f in facts if f.type == "cast"} == {
        ("अमन गुप्ता", "कबीर"), ("नेहा वर्मा", "मीरा")}
