"""Claim histories: reported, denied, confirmed, with independent outlet counts."""

from __future__ import annotations

from datetime import date

from query.build import KB, change
from tellytrack.query import Claim, TimeFilter, rumours

SHOW = "Kesar Ki Kahani"


def story(kb: KB) -> str:
    """Reported (and syndicated), denied by the actor, then confirmed; returns the first id."""
    first = kb.add("2023-02-01", "gossip.example",
                   change(SHOW, "Riya Malhotra", "exit", "reported", "Meera"))
    kb.add("2023-02-02", "copycat.example",
           change(SHOW, "Riya Malhotra", "exit", "reported", "Meera"), copy_of=first)
    kb.add("2023-02-03", "other.example",
           change(SHOW, "Riya Malhotra", "exit", "reported", "Meera"))
    kb.add("2023-02-10", "daily.example", change(SHOW, "Riya", "exit", "denied"),
           text="Riya Malhotra has denied the reports that she is quitting Kesar Ki Kahani.")
    kb.add("2023-03-01", "news.example",
           change(SHOW, "Riya Malhotra", "exit", "confirmed", "Meera"))
    return first


def claim_on(kb: KB, day: str | None) -> Claim | None:
    found = rumours(kb.store, SHOW, TimeFilter(date.fromisoformat(day) if day else None))
    assert len(found) <= 1
    return found[0] if found else None


def test_state_on_several_dates(kb: KB) -> None:
    """Nothing before the first report, then reported, denied, confirmed."""
    story(kb)
    assert claim_on(kb, "2023-01-31") is None
    states = [c.state for d in ("2023-02-05", "2023-02-20", "2023-03-02")
              if (c := claim_on(kb, d)) is not None]
    assert states == ["reported", "denied", "confirmed"]


def test_history_and_who_denied(kb: KB) -> None:
    """The history keeps every step in date order; the denial names the actor."""
    story(kb)
    claim = claim_on(kb, None)
    assert claim is not None
    assert [(s.date, s.status) for s in claim.history] == [
        ("2023-02-01", "reported"), ("2023-02-02", "reported"), ("2023-02-03", "reported"),
        ("2023-02-10", "denied"), ("2023-03-01", "confirmed")]
    assert claim.history[3].by == "Riya Malhotra"
    assert (claim.first_reported, claim.character) == ("2023-02-01", "Meera")


def test_syndicated_copies_count_once(kb: KB) -> None:
    """Three reports, one a syndicated copy: two independent outlets."""
    story(kb)
    claim = claim_on(kb, None)
    assert claim is not None
    assert claim.outlets == {"reported": 2, "denied": 1, "confirmed": 1}


def test_contradictions_told_in_order(kb: KB) -> None:
    """Reported, denied by the actor, then confirmed: one line with each turn, who and when."""
    story(kb)
    claim = claim_on(kb, None)
    assert claim is not None
    assert claim.contradictions == [
        "reported 2023-02-01 (gossip.example), denied by Riya Malhotra 2023-02-10 "
        "(daily.example), confirmed 2023-03-01 (news.example)"]


def test_no_contradiction_without_a_denial(kb: KB) -> None:
    """A rumour that comes true contradicts nothing."""
    kb.add("2023-02-01", "a.example", change(SHOW, "Riya Malhotra", "exit", "reported", "Meera"))
    kb.add("2023-03-01", "b.example", change(SHOW, "Riya Malhotra", "exit", "confirmed", "Meera"))
    claim = claim_on(kb, None)
    assert claim is not None and claim.contradictions == []


def test_known_by_limits_history(kb: KB) -> None:
    """News time: on 2023-02-15 only the reports and the denial had been published."""
    story(kb)
    found = rumours(kb.store, SHOW, TimeFilter(known_by=date(2023, 2, 15)))
    assert [c.state for c in found] == ["denied"]
    assert len(found[0].history) == 4


def test_claims_split_by_show_and_change(kb: KB) -> None:
    """An exit and an entry, or two shows, are different claims."""
    kb.add("2023-02-01", "a.example", change(SHOW, "Riya Malhotra", "exit", "reported"),
           change(SHOW, "Nisha Rao", "entry", "reported"),
           change("Pyaar Ki Dor", "Riya Malhotra", "entry", "confirmed"))
    assert len(rumours(kb.store, SHOW)) == 2
    assert len(rumours(kb.store)) == 3
    assert rumours(kb.store, "No Such Show") == []


def test_to_dict_is_json_ready(kb: KB) -> None:
    """The dict form has plain strings and numbers (what --json and the API print)."""
    story(kb)
    claim = claim_on(kb, None)
    assert claim is not None
    data = claim.to_dict()
    assert data["history"][0]["source"]["outlet"] == "gossip.example"
    assert data["outlets"]["reported"] == 2
