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
