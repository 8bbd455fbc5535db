"""A show's channel as one name, however articles spell it."""

from __future__ import annotations

from query.build import KB, cast
from tellytrack.model import Fact
from tellytrack.query.shows import list_shows

SHOW = "Kesar Ki Kahani"


def channel(value: str) -> Fact:
    return Fact("show_info", SHOW, field="channel", value=value)


def test_channel_spellings_vote_for_one_channel(kb: KB) -> None:
    """"COLORS", "Colors Tv" and the Devanagari spelling are one channel; an unknown
    channel is shown as written."""
    kb.add("2024-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"), channel("COLORS"))
    kb.add("2024-01-06", "b.example", channel("Colors Tv"), channel("Star Plus"))
    kb.add("2024-01-07", "c.example", channel("स्टार प्लस"))
    kb.add("2024-01-08", "d.example", channel("Colors TV"))
    assert [s.channel for s in list_shows(kb.store)] == ["Colors TV"]


def test_unknown_channel_is_kept_as_written(kb: KB) -> None:
    kb.add("2024-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"),
           channel("Kesar Vision"))
    assert [s.channel for s in list_shows(kb.store)] == ["Kesar Vision"]
