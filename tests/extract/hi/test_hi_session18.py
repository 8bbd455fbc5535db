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


def _changes(text: str) -> set[tuple[str | None, str | None]]:
    article = Article.create("'रंग महल' की ताजा खबर\n" + text, lang="hi")
    return {(f.actor, f.change) for f in extract_facts(article) if f.type == "cast_change"}


def test_tata_bye_bye_is_one_farewell() -> None:
    """"शो को टाटा बाय-बाय कह दिया": one exit; "टाटा" is no actor leaving."""
    assert _changes("कबीर सेठी ने 'रंग महल' को टाटा बाय-बाय कह दिया है।") == {
        ("कबीर सेठी", "exit")}


def test_the_one_who_takes_their_place_named_before() -> None:
    """"B उनकी जगह लेंगी" (B will take her place): B enters, as after "उनकी जगह"."""
    assert _changes("रिया मल्होत्रा ने शो छोड़ दिया है। अब तान्या शर्मा उनकी जगह लेंगी।") == {
        ("रिया मल्होत्रा", "exit"), ("तान्या शर्मा", "entry")}


def test_approached_for_the_show() -> None:
    """"A को शो के लिए अप्रोच किया गया": "के लिए" (for) is no possessive before the show."""
    assert _changes("कबीर सेठी को 'रंग महल' के लिए अप्रोच किया गया है।") == {
        ("कबीर सेठी", "entry")}


def test_a_wedding_fixed_is_still_to_come() -> None:
    """"X की शादी तय हो गई है" (X's wedding is fixed): upcoming, not aired."""
    text = "'रंग महल' की ताजा खबर\nशो में अर्जुन की बहन तारा की शादी तय हो गई है।"
    events = [f for f in extract_facts(Article.create(text, lang="hi")) if f.type == "event"]
    assert [(f.kind, f.status) for f in events] == [("wedding", "upcoming")]
