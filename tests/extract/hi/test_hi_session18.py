"""Hindi forms read in the eighteenth session (invented articles, each failing on the
code before it)."""

from __future__ import annotations

import pytest

from tellytrack.extract import extract_facts
from tellytrack.model import Article


def _cast(sentence: str) -> set[tuple[str | None, str | None]]:
    text = "'रंग महल' की ताजा खबर\n" + sentence
    return {(f.actor, f.character) for f in extract_facts(Article.create(text, lang="hi"))
            if f.type == "cast"}


@pytest.mark.parametrize("sentence", [
    "अर्जुन और मीरा का किरदार कबीर सेठी और रिया मल्होत्रा निभा रहे हैं।",
    "कबीर सेठी और रिया मल्होत्रा शो में अर्जुन और मीरा के किरदार में हैं।",
    "कबीर सेठी और रिया मल्होत्रा 'रंग महल' में अर्जुन और मीरा के किरदार में हैं।",
])
def test_a_list_of_players_and_a_list_of_roles_pair_in_order(sentence: str) -> None:
    """The players after the roles' phrase, as a list before their verb; or before it, with
    where they play ("शो में", "'X' में") between the two lists."""
    assert _cast(sentence) == {("कबीर सेठी", "अर्जुन"), ("रिया मल्होत्रा", "मीरा")}
