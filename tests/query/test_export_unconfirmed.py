"""The export of one show reaches shows admission left unconfirmed (their pages link it)."""

from __future__ import annotations

from query.build import KB, cast
from tellytrack.export.data import collect
from tellytrack.model import Fact

KESAR = "Kesar Ki Kahani"


def test_an_unconfirmed_show_exports_by_id_but_not_in_the_whole_kb(kb: KB) -> None:
    kb.add("2024-01-05", "a.example", cast(KESAR, "Riya Malhotra", "Meera"),
           text="Riya Malhotra plays Meera in Kesar Ki Kahani.")
    kb.add("2024-01-06", "b.example",
           Fact("event", "Gulmohar", kind="wedding", characters=("Meera",), status="upcoming"),
           text="The wedding is coming up soon, says the producer.")
    assert [s.show.name for s in collect(kb.store).shows] == [KESAR]
    (only,) = collect(kb.store, "show:gulmohar").shows
    assert only.show.name == "Gulmohar" and only.show.status == "unconfirmed"
