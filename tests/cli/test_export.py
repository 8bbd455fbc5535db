"""`tellytrack export` and GET /api/v1/export: every format read back by a library that knows it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from pyld import jsonld

from tellytrack.cli.main import cli
from tellytrack.export import TABLES, collect
from tellytrack.pipeline import ingest_paths
from tellytrack.query import TimeFilter, cast, ratings, relations, rumours, timeline
from tellytrack.store.sqlite import SQLiteStore
from tellytrack.web.app import create_app

SAATH = "show:sath-chalenge"  # the bundled samples' show with a denied-then-confirmed exit
WD = "http://www.wikidata.org/prop/"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A KB of the bundled invented samples: cast, a rumoured exit, ratings, events, relations."""
    from tellytrack.cli.main import SAMPLES

    path = tmp_path_factory.mktemp("export") / "kb.db"
    store = SQLiteStore(path)
    ingest_paths(store, [str(SAMPLES / "articles.jsonl")])
    store.close()
    return path


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["export", *args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.output


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_folder_has_every_table_and_reads_back(db: Path, tmp_path: Path) -> None:
    """-o FOLDER writes one file per table; the csv module reads back the runs and histories."""
    run(db, "--format", "csv", "-o", str(tmp_path / "out"))
    tables = {p.stem: p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.csv")}
    assert set(tables) == set(TABLES)
    for name, text in tables.items():
        assert next(csv.reader(io.StringIO(text))) == list(TABLES[name].columns)
    runs = read_csv(tables["cast_runs"])
    tanvi = next(r for r in runs if r["actor"] == "Tanvi Desai")
    assert (tanvi["character"], tanvi["current"], tanvi["end"], tanvi["end_by"]) == (
        "Kavya", "0", "2024-02-15", "Ishita Rana")
    history = [r for r in read_csv(tables["claim_history"])
               if r["claim_id"] == f"{SAATH}|person:tanvi-desai|exit"]
    assert [r["status"] for r in history] == ["reported", "denied", "confirmed"]
    assert all(r["url"].startswith("https://") and r["sentence"] for r in history)
    claim_ids = {r["claim_id"] for r in read_csv(tables["claims"])}
    assert {r["claim_id"] for r in read_csv(tables["claim_history"])} <= claim_ids


def test_csv_one_table_of_one_show(db: Path) -> None:
    """--table and --show: the ratings rows of one show, one per week of its series."""
    rows = read_csv(run(db, "--format", "csv", "--table", "ratings", "--show", "Kesar Ki Kahani"))
    with SQLiteStore(db) as store:
        series = ratings(store, "Kesar Ki Kahani")
    assert series is not None
    assert [(r["week"], r["rank"]) for r in rows] == [
        (p.week, str(p.rank) if p.rank is not None else "") for p in series.points]


def test_csv_needs_a_table_or_a_folder(db: Path) -> None:
    """Several tables cannot share one stream: the error says what to give."""
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--db", str(db)])
    assert result.exit_code == 2 and "-o FOLDER" in result.output


def test_unknown_show_is_an_error(db: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", "json", "--show", "Nowhere Show",
                                      "--db", str(db)])
    assert result.exit_code == 1 and "no show matches" in result.output


def test_json_is_what_the_queries_say(db: Path) -> None:
    """One JSON document whose cast and claims are the query layer's own dicts."""
    doc = json.loads(run(db, "--format", "json"))
    show = next(s for s in doc["shows"] if s["show"]["id"] == SAATH)
    with SQLiteStore(db) as store:
        report = cast(store, SAATH)
        claims = rumours(store, SAATH)
    assert report is not None
    assert show["current"] == report.to_dict()["current"]
    assert show["claims"] == [c.to_dict() for c in claims]


def _statements(expanded: list[dict[str, Any]], show: str) -> list[dict[str, Any]]:
    item = next(n for n in expanded if n["@id"] == f"urn:tellytrack:{show}")
    return list(item[f"{WD}P161"])


def _of(statements: list[dict[str, Any]], person: str) -> list[dict[str, Any]]:
    return [s for s in statements
            if s[f"{WD}statement/P161"][0]["@id"] == f"urn:tellytrack:person:{person}"]


def _jsonld(db: Path, *args: str) -> list[dict[str, Any]]:
    expanded = jsonld.expand(json.loads(run(db, "--format", "jsonld", *args)))
    assert isinstance(expanded, list)
    return expanded


def test_jsonld_expands_to_wikidata_statements(db: Path) -> None:
    """PyLD expands the document: P161 with P453, P580/P582 and references (P854, P577)."""
    runs = _of(_statements(_jsonld(db), SAATH), "tanvi-desai")
    run_ = next(s for s in runs if "urn:tellytrack:prop:change" not in s)
    assert run_[f"{WD}qualifier/P453"][0]["@id"] == "urn:tellytrack:char:sath-chalenge/kavya"
    assert run_[f"{WD}qualifier/P582"][0]["@value"] == "2024-02-15"
    assert run_[f"{WD}qualifier/P580"][0]["@type"] == "http://www.w3.org/2001/XMLSchema#date"
    refs = run_["http://www.w3.org/ns/prov#wasDerivedFrom"]
    assert all(r[f"{WD}reference/P854"][0]["@id"].startswith("https://") for r in refs)
    assert all(f"{WD}reference/P577" in r for r in refs)


def test_jsonld_marks_rumours_and_denials(db: Path) -> None:
    """Known by mid-January the exit is only reported (P1480 allegedly); by the 25th, denied."""
    rumour = _of(_statements(_jsonld(db, "--known-by", "2024-01-15"), SAATH), "tanvi-desai")
    claim = next(s for s in rumour if "urn:tellytrack:prop:change" in s)
    assert claim[f"{WD}qualifier/P1480"][0]["@id"] == "http://www.wikidata.org/entity/Q32188232"
    denied = _of(_statements(_jsonld(db, "--known-by", "2024-01-25"), SAATH), "tanvi-desai")
    claim = next(s for s in denied if "urn:tellytrack:prop:change" in s)
    assert claim["http://wikiba.se/ontology#rank"][0]["@id"] == (
        "http://wikiba.se/ontology#DeprecatedRank")
    assert f"{WD}qualifier/P1480" not in claim


def test_graphml_reads_back_in_networkx(db: Path, tmp_path: Path) -> None:
    """networkx reads the file: people play characters of shows; relations join characters."""
    run(db, "--format", "graphml", "-o", str(tmp_path / "kb.graphml"))
    g = nx.read_graphml(tmp_path / "kb.graphml")
    assert g.nodes[SAATH]["kind"] == "show"
    kavya = "char:sath-chalenge/kavya"
    plays = {(u, d["current"]) for u, v, d in g.edges(data=True)
             if v == kavya and d["kind"] == "plays"}
    assert plays == {("person:tanvi-desai", False), ("person:ishita-rana", True)}
    assert any(d["kind"] == "character_of" for _, v, d in g.out_edges(kavya, data=True)
               if v == SAATH)
    assert any(d["kind"] == "parent" for *_, d in g.edges(data=True))


def test_export_rows_equal_the_query_functions(db: Path) -> None:
    """collect() groups rows itself for speed; per show it must say what the queries say."""
    when = TimeFilter(known_by=None)
    with SQLiteStore(db) as store:
        data = collect(store, None, when)
        for x in data.shows:
            sid = x.show.id
            series = ratings(store, sid, when)
            report = cast(store, sid, when)
            assert report is not None and series is not None
            assert (x.ratings.to_dict() if x.ratings else None) == (
                series.to_dict() if series.points or series.undated else None)
            assert [r.to_dict() for r in x.relations] == [
                r.to_dict() for r in relations(store, sid, when)]
            assert [e.to_dict() for e in x.events] == [
                e.to_dict() for e in timeline(store, sid, when)]
            assert [t.to_dict() for t in [*x.current, *x.former]] == [
                t.to_dict() for t in [*report.current, *report.former]]
            assert [c.to_dict() for c in x.claims] == [
                c.to_dict() for c in rumours(store, sid, when)]


def test_http_export_is_the_cli_export_and_pages_link_it(db: Path) -> None:
    """The route serves the same bytes as the command; every page's footer links it."""
    client = TestClient(create_app(db))
    response = client.get("/api/v1/export", params={
        "format": "csv", "table": "claims", "show": "Saath Chalenge"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "claims.csv" in response.headers["content-disposition"]
    assert response.text == run(db, "--format", "csv", "--table", "claims",
                                "--show", "Saath Chalenge")
    assert client.get("/api/v1/export", params={"format": "xml"}).status_code == 422
    assert client.get("/api/v1/export", params={"show": "Nowhere"}).status_code == 404
    page = client.get(f"/shows/{SAATH}").text
    assert "/api/v1/export?format=jsonld&amp;show=show%3Asath-chalenge" in page
