"""Recaps: storyline, cast changes and ratings in order, traceable, never past the cut-off."""

from __future__ import annotations

from datetime import date

from click.testing import CliRunner

from tellytrack.cli.main import cli
from tellytrack.qa.recap import recap
from tellytrack.store.sqlite import SQLiteStore


def test_recap_has_story_cast_and_ratings_with_sources(kb: SQLiteStore) -> None:
    """A full recap tells each part, and every line cites a numbered source."""
    r = recap(kb, "Sapno Ka Safar")
    assert r is not None
    text = r.to_markdown()
    assert "accident" in text and "leap" in text
    assert "Varun Mehra played Raghav" in text
    assert "fell from #1 (2023-W52) to #3 (2024-W04)" in text
    lines = [line for s in r.sections for line in s.lines]
    assert lines and all(line.refs for line in lines)
    assert max(ref for line in lines for ref in line.refs) == len(r.sources)


def test_storyline_is_in_date_order(kb: SQLiteStore) -> None:
    """Events are told in the order they happened."""
    r = recap(kb, "Sapno Ka Safar")
    assert r is not None
    story = r.sections[0].lines
    assert "accident" in story[0].text and "leap" in story[-1].text


def test_spoiler_free_recap_shows_nothing_after_the_cut_off(kb: SQLiteStore) -> None:
    """Up to 2023-12-31: the accident and the denied rumour, no leap, no recast, no 2024 chart."""
    r = recap(kb, "sapno ka safaar", spoiler_free_until=date(2023, 12, 31))
    assert r is not None
    text = r.to_text()
    assert "accident" in text and "denied" in text
    for later in ("leap", "Aman Joshi", "2024-W04", "2024-"):
        assert later not in text
    assert all((s.published or "") <= "2023-12-31" for s in r.sources)


def test_from_date_drops_what_came_before(kb: SQLiteStore) -> None:
    """--from 2024-01-01 starts after the December accident."""
    r = recap(kb, "Sapno Ka Safar", start=date(2024, 1, 1))
    assert r is not None
    assert "accident" not in r.to_markdown() and "leap" in r.to_markdown()


def test_unknown_show_gives_none(kb: SQLiteStore) -> None:
    """The CLI turns None into a how-to-fix message."""
    assert recap(kb, "No Such Show") is None


def test_cli_recap_text_and_ask_json(kb: SQLiteStore) -> None:
    """The commands print the library's recap and the answer's to_dict()."""
    runner = CliRunner()
    db = str(kb.path)
    out = runner.invoke(cli, ["recap", "Sapno Ka Safar", "--format", "text", "--db", db,
                              "--spoiler-free-until", "2023-12-31"])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("Sapno Ka Safar: the story so far to 2023-12-31")
    asked = runner.invoke(cli, ["ask", "Who plays Ishani?", "--json", "--db", db])
    assert asked.exit_code == 0 and '"known": true' in asked.output
    bad = runner.invoke(cli, ["recap", "Sapno Ka Safar", "--to", "2024-01-01",
                              "--spoiler-free-until", "2024-01-01", "--db", db])
    assert bad.exit_code != 0 and "either --to or --spoiler-free-until" in bad.output
