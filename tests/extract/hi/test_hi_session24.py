"""Hindi forms read in the twenty-fourth session (invented articles, each failing on the
code before it)."""

from __future__ import annotations

import pytest

from tellytrack.extract import extract_facts
from tellytrack.model import Article


def _casts(text: str) -> set[tuple[str | None, str | None]]:
    return {(f.actor, f.character)
            for f in extract_facts(Article.create(text, lang="hi")) if f.type == "cast"}


@pytest.mark.parametrize("sentence", [
    "शो में अमन गुप्ता ने कबीर और नेहा वर्मा ने मीरा का किरदार निभाया है।",
    "शो में अमन गुप्ता, कबीर का और नेहा वर्मा, मीरा का किरदार निभा रही हैं।",
    "शो में अमन गुप्ता कबीर और नेहा वर्मा मीरा का किरदार निभा रहे हैं।",
])
def test_the_first_of_two_pairs_with_its_role_word_left_out(sentence: str) -> None:
    """"A ने X और B ने Y का किरदार निभाया" (and with commas, or with nothing between a
    player and a part): the role word said once serves both pairs (A's was not read)."""
    assert _casts(f"'नीला आसमान' की कहानी\n{sentence}") == {
        ("अमन गुप्ता", "कबीर"), ("नेहा वर्मा", "मीरा")}


def test_a_list_of_players_before_one_pair_is_no_elided_pair() -> None:
    """"A और B ने Y का किरदार ...": no part stands between A and "और", so A plays nothing
    here (only a player, a link and a part before "और" make an elided pair)."""
    casts = _casts("'नीला आसमान' की कहानी\nशो में अमन गुप्ता और नेहा वर्मा ने मीरा के किरदार "
                   "की तारीफ की।")
    assert ("अमन गुप्ता", "मीरा") not in casts


@pytest.mark.parametrize("sentence", [
    "शो में अमन गुप्ता और नेहा वर्मा की जोड़ी कबीर और मीरा के रूप में पसंद की जा रही है।",
    "शो में कबीर और मीरा की जोड़ी को अमन गुप्ता और नेहा वर्मा ने निभाया है।",
    "शो में कबीर-मीरा की ऑन-स्क्रीन जोड़ी के तौर पर अमन गुप्ता-नेहा वर्मा नजर आ रहे हैं।",
])
def test_a_couple_s_players_and_parts_around_jodi(sentence: str) -> None:
    """"A और B की जोड़ी X और Y के रूप में", "X और Y की जोड़ी को A और B ने निभाया": the
    couple's players and parts pair in order (nothing was read)."""
    assert _casts(f"'नीला आसमान' की कहानी\n{sentence}") == {
        ("अमन गुप्ता", "कबीर"), ("नेहा वर्मा", "मीरा")}


@pytest.mark.parametrize("sentence", [
    "शो में अमन गुप्ता और नेहा वर्मा की जोड़ी कबीर और मीरा से बेहतर है।",
    "शो में अमन गुप्ता और नेहा वर्मा की जोड़ी को फैंस खूब पसंद करते हैं।",
])
def test_a_couple_compared_or_liked_names_no_parts(sentence: str) -> None:
    """A couple compared with two other names, or liked by fans, plays no one: without a
    linking word the names after "जोड़ी" must be said to be played ("के रूप में")."""
    assert _casts(f"'नीला आसमान' की कहानी\n{sentence}") == set()


@pytest.mark.parametrize(("cue", "change"), [("एंट्री लेंगी", "entry"), ("एंट्री करेंगी", "entry"),
                                             ("वापसी करेंगी", "return")])
def test_an_entry_in_a_named_part(cue: str, change: str) -> None:
    """"A शो में Y के किरदार में एंट्री लेंगी": A plays Y and comes in (the part between
    the actor and the cue hid the actor, and "एंट्री" after a part was no playing)."""
    facts = extract_facts(Article.create(
        f"'नीला आसमान' में नया मोड़\nनेहा वर्मा शो में मीरा के किरदार में {cue}।", lang="hi"))
    assert {(f.actor, f.character) for f in facts if f.type == "cast"} == {("नेहा वर्मा", "मीरा")}
    assert {(f.actor, f.change) for f in facts if f.type == "cast_change"} == {
        ("नेहा वर्मा", change)}


@pytest.mark.parametrize("opening", [
    "स्टार प्लस जल्द ही नया शो 'नीला आसमान' लॉन्च करने जा रहा है।",
    "'नीला आसमान' 15 अप्रैल से प्रसारित होगा।",
])
def test_a_launched_show_s_cast_enters_it(opening: str) -> None:
    """A new show's cast joins it (as in English): "नया शो 'X'" or "'X' ... प्रसारित
    होगा", then "शो में A, Y का किरदार निभा रही हैं" is A's entry (only the cast was read)."""
    facts = extract_facts(Article.create(
        f"'नीला आसमान' की स्टारकास्ट\n{opening} शो में नेहा वर्मा, मीरा का किरदार निभा रही "
        "हैं।", lang="hi"))
    assert {(f.actor, f.character, f.change) for f in facts if f.type == "cast_change"} == {
        ("नेहा वर्मा", "मीरा", "entry")}


def test_a_running_show_s_cast_does_not_enter_it() -> None:
    """Without a launch word by the title, a cast told of is no entry."""
    facts = extract_facts(Article.create(
        "'नीला आसमान' की कहानी\n'नीला आसमान' दर्शकों को पसंद आ रहा है। शो में नेहा वर्मा, मीरा "
        "का किरदार निभा रही हैं।", lang="hi"))
    assert not [f for f in facts if f.type == "cast_change"]


def test_a_player_liked_much_in_a_part() -> None:
    """"A को Y की भूमिका में खूब पसंद किया गया": A plays Y ("काफी / बहुत पसंद" were read,
    "खूब पसंद" was not)."""
    assert _casts("'नीला आसमान' की कहानी\nनेहा वर्मा को मीरा की भूमिका में खूब पसंद किया गया।"
                  ) == {("नेहा वर्मा", "मीरा")}


def test_abhineet_is_no_part_of_a_name() -> None:
    """"A अभिनीत शो" (a show starring A): "अभिनीत" is a grammar word, never a name's."""
    casts = _casts("'नीला आसमान' की कहानी\nनेहा वर्मा अभिनीत मीरा का किरदार शो में अहम है। "
                   "शो में अमन गुप्ता, कबीर का किरदार निभा रहे हैं।")
    assert not any("अभिनीत" in (a or "") + (c or "") for a, c in casts)
