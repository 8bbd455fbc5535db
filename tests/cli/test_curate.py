"""Curation from the command line: overrides recorded, listed, and applied again after
every later ingest and rebuild (invented shows and people)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from query.build import KB, cast

from tellytrack.cli.main import cli
from tellytrack.model import EntityKind, Fact
from tellytrack.query.shows import list_shows
from tellytrack.resolve import resolve_store
from tellytrack.store.sqlite import SQLiteStore

KESAR = "Kesar Ki Kahani"


@pytest.fixture
def kb(tmp_path: Path) -> KB:
    """A show written two ways, a one-off acronym, and a "show" that is page furniture."""
    kb = KB(tmp_path / "kb.db")
    kb.add("2024-01-05", "a.example", cast(KESAR, "Riya Malhotra", "Meera"),
           cast(KESAR, "Tara Deshmukh", "Gauri"), cast("Kesar Ke Kahani", "Kabir Sethi", "Arjun"),
           text="Riya Malhotra plays Meera and Tara Deshmukh Gauri in Kesar Ki Kahani; "
                "Kabir Sethi plays Arjun in Kesar Ke Kahani.")
    kb.add("2024-01-09", "b.example", cast("KSK", "Riya Malhotra", "Meera"),
           Fact("rating", "Trending", rank=4, confidence=0.9),
           text="KSK stars Riya Malhotra as Meera. Trending is fourth.")
    return kb


def run(kb: KB, *args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(kb.store.path)])
    assert (result.exit_code == 0) is ok, result.output
    return result.output


def shows(kb: KB) -> dict[str, tuple[str, ...]]:
    return {e.id: e.aliases for e in kb.store.entities(EntityKind.SHOW)}


def later_article(kb: KB) -> None:
    """More news arrives (the pipeline re-resolves), then a rebuild from scratch."""
    kb.add("2024-02-01", "c.example", cast("KSK", "Nisha Rao", "Gauri"),
           cast(KESAR, "Nisha Rao", "Gauri"),
           text="Nisha Rao joins KSK as Gauri; Kesar Ki Kahani fans cheer.")
    kb.store.replace_entities([])
    resolve_store(kb.store)


def test_merge_survives_new_articles_and_rebuilds(kb: KB) -> None:
    """"KSK" merged into Kesar Ki Kahani stays merged after more news and a rebuild."""
    assert "show:ksk" in shows(kb)
    out = run(kb, "merge", KESAR, "KSK")
    assert "show:kesar-ki-kahani" in out
    later_article(kb)
    assert "show:ksk" not in shows(kb)
    assert "KSK" in shows(kb)["show:kesar-ki-kahani"]


def test_split_takes_a_spelling_out_for_good(kb: KB) -> None:
    """A spelling the rules merged can be split off, and is not merged back."""
    assert "Kesar Ke Kahani" in shows(kb)["show:kesar-ki-kahani"]
    run(kb, "split", "show:kesar-ki-kahani", "Kesar Ke Kahani")
    later_article(kb)
    assert shows(kb)["show:kesar-ki-kahani"] == (KESAR,)
    assert shows(kb)["show:kesar-ke-kahani"] == ("Kesar Ke Kahani",)


def test_rename_moves_the_id_and_keeps_old_spellings(kb: KB) -> None:
    """The id follows the new name; old spellings still find the show."""
    run(kb, "rename", "kesar ke kahani", "Kesar Ki Kahani (2023)")
    later_article(kb)
    aliases = shows(kb)["show:kesar-ki-kahani-2023"]
    assert {KESAR, "Kesar Ke Kahani", "Kesar Ki Kahani (2023)"} <= set(aliases)
    assert "show:kesar-ki-kahani" not in shows(kb)


def test_not_a_show_and_not_a_person_hide_for_good(kb: KB) -> None:
    """Rejected entities stay stored, never listed, also after a rebuild."""
    run(kb, "confirm", "Trending")  # the curator's last word wins ...
    run(kb, "not-a-show", "Trending")  # ... and the last word is this one
    run(kb, "not-a-person", "Kabir Sethi")
    later_article(kb)
    store = kb.store
    status = {e.id: e.status for e in store.entities()}
    assert status["show:trending"] == "rejected"
    assert status["person:kabir-sethi"] == "rejected"
    assert "Trending" not in [s.name for s in list_shows(store)]


def test_overrides_lists_and_deletes(kb: KB) -> None:
    """`overrides` lists in order with --json twins; --delete forgets one."""
    run(kb, "merge", KESAR, "KSK")
    run(kb, "not-a-show", "Trending")
    listed = json.loads(run(kb, "overrides", "--json"))
    assert [(o["action"], o["target"], o["value"], o["applied"]) for o in listed] == [
        ("merge", KESAR, "KSK", True), ("not-a-show", "Trending", None, True)]
    assert "merge show 'Kesar Ki Kahani' 'KSK'" in run(kb, "overrides")
    run(kb, "overrides", "--delete", str(listed[0]["id"]))
    assert "show:ksk" in shows(kb)
    assert "no override 99" in run(kb, "overrides", "--delete", "99", ok=False)


@pytest.mark.parametrize(("args", "says"), [
    (("merge", "Nowhere Show", "KSK"), "no show or person is called 'Nowhere Show'"),
    (("merge", KESAR, "kesar ke kahani"), "is already show:kesar-ki-kahani"),
    (("split", "KSK", "KSK"), "is not one of several spellings"),
    (("not-a-person", KESAR), "no person is called"),
])
def test_corrections_that_make_no_sense_say_why(kb: KB, args: tuple[str, ...], says: str
                                                ) -> None:
    """A wrong name or a pointless correction is an error that says what is wrong."""
    assert says in run(kb, *args, ok=False)
    assert kb.store.overrides() == []


def test_overrides_apply_to_a_pipeline_ingest(tmp_path: Path) -> None:
    """`tellytrack ingest`, a correction, then another ingest: the pipeline's own
    re-resolution applies the override."""
    db, runner = tmp_path / "kb.db", CliRunner()

    def ingest(name: str, day: str, text: str) -> None:
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps({"id": name, "date": day, "text": text,
                                    "url": f"https://tellybuzz.example/{name}"}) + "\n",
                        encoding="utf-8")
        assert runner.invoke(cli, ["ingest", str(path), "--db", str(db)]).exit_code == 0

    ingest("n1", "2024-05-02", "Kesar Ki Kahani: Riya Malhotra, who plays Meera in the "
                               "Star Plus show Kesar Ki Kahani, is loved by fans.")
    with SQLiteStore(db) as store:
        (show,) = [e for e in store.entities(EntityKind.SHOW) if e.listed]
    assert runner.invoke(cli, ["not-a-show", show.id, "--db", str(db)]).exit_code == 0
    ingest("n2", "2024-05-09", "Kesar Ki Kahani: Nisha Rao, who plays Gauri in the "
                               "Star Plus show Kesar Ki Kahani, joins the cast.")
    with SQLiteStore(db) as store:
        status = {e.id: e.status for e in store.entities(EntityKind.SHOW)}
        assert len(store.facts()) > 1
    assert status[show.id] == "rejected"
