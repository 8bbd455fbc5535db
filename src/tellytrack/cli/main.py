"""The ``tellytrack`` command: core commands here, the others registered from their modules.

Each command parses its options and calls the library (``pipeline``,
``evaluate``, the store); nothing here computes what the library can. Modules
named in ``COMMAND_MODULES`` add their commands (their ``COMMANDS`` list) when
they are installed, so the CLI grows without this file knowing each command.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from importlib import import_module, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tellytrack import __version__
from tellytrack.cli import db_label, db_option, json_option, open_store
from tellytrack.cli.progress import print_report, progress_bar
from tellytrack.settings import DB, DEMO_DB, demo_db_path

if TYPE_CHECKING:
    from tellytrack.query.shows import ShowSummary
    from tellytrack.store.base import Store

# Each command module and the commands it defines (its COMMANDS). A module is
# imported only when one of its commands runs (or --help lists them all), so
# `--version` and each command pay only for what they use: the pipeline alone
# imports numpy, the readers trafilatura and feedparser (0.3 s), serve FastAPI,
# export networkx (tests/cli/test_startup.py).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "tellytrack.cli.kb": ("cast", "rumours", "ratings", "timeline", "person"),
    "tellytrack.cli.serve": ("serve",),
    "tellytrack.cli.ask": ("ask", "recap"),
    "tellytrack.cli.train": ("train",),
    "tellytrack.cli.export": ("export",),
    "tellytrack.cli.watch": ("watch",),
    "tellytrack.cli.listings": ("shows", "people"),
    "tellytrack.cli.rebuild": ("rebuild",),
    "tellytrack.cli.backfill": ("backfill",),
    "tellytrack.cli.curate": ("merge", "split", "rename", "not-a-show", "not-a-person",
                              "confirm", "overrides"),
}
SAMPLES = resources.files("tellytrack") / "samples"


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands: those added directly, and those of ``modules`` imported on first use."""

    def __init__(self, modules: Mapping[str, Sequence[str]]) -> None:
        self._commands: dict[str, click.Command] = {}
        self._module_of = {name: module for module, names in modules.items() for name in names}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._commands and name in self._module_of:
            for command in import_module(self._module_of[name]).COMMANDS:
                self._commands[command.name] = command
        return self._commands[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._commands[name] = command

    def __delitem__(self, name: str) -> None:
        self._module_of.pop(name, None)
        del self._commands[name]

    def __contains__(self, name: object) -> bool:
        return name in self._commands or name in self._module_of

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._commands, *self._module_of]))

    def __len__(self) -> int:
        return len(set(self._commands) | set(self._module_of))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tellytrack")
def cli() -> None:
    """tellytrack: a time-aware, sourced knowledge base of Indian TV serials.

    \b
    Start with:
        tellytrack demo                     # build a KB from bundled samples
        tellytrack ingest news.jsonl pages/ # add your own articles
        tellytrack stats                    # what the KB holds
    """


cli.commands = LazyCommands(COMMAND_MODULES)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--batch-size", default=1000, show_default=True, help="Articles per transaction.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that extract facts (default: all cores); one writer stores.")
@click.option("--nice", type=click.IntRange(0, 19), default=0, show_default=True,
              help="Run at this lower CPU priority (os.nice; the workers inherit it): "
                   "a background ingest beside `tellytrack serve` leaves the readers "
                   "the CPU they need.")
def ingest(paths: tuple[str, ...], db: str | None, batch_size: int, workers: int | None,
           nice: int) -> None:
    """Read articles from files, folders, feeds or stdin ("-") into the knowledge base.

    Already-stored articles are skipped, syndicated copies are linked to their
    original, and every item that could not be read is printed on stderr as
    "item: message"; the exit code is 1 when anything failed.

    \b
    Example:
        tellytrack ingest dump.jsonl pages/ feed.xml --db kb.db
        curl -s https://example.com/rss | tellytrack ingest -
    """
    from tellytrack.ingest import count_items
    from tellytrack.pipeline import default_workers, ingest_paths

    os.nice(nice)
    bar = progress_bar("ingesting", count_items(paths), unit="articles")
    with open_store(db) as store, bar as advance:
        report = ingest_paths(store, paths, progress=advance, batch_size=batch_size,
                              workers=workers or default_workers())
    print_report(report)
    if report.failed:
        raise click.exceptions.Exit(1)


@cli.command()
@click.argument("articles", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              show_default=True, help="Where to write the predictions JSONL.")
def extract(articles: str, output: Any) -> None:
    """Extract facts from an articles JSONL file, without any knowledge base.

    Writes one line per article: {"id": <its JSONL id>, "facts": [...]}, the
    format of shared/eval/SPEC.md, for scoring or inspection.

    \b
    Example:
        tellytrack extract articles.jsonl -o pred.jsonl
    """
    from tellytrack import evaluate as evaluation

    try:
        predictions = evaluation.predict(articles)
    except (ValueError, KeyError) as e:
        raise click.ClickException(f"{articles}: {e}; each line must be a JSON object "
                                   'with at least "id" and "text"') from e
    for article_id, facts in predictions.items():
        output.write(json.dumps({"id": article_id, "facts": facts}, ensure_ascii=False) + "\n")


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="The articles JSONL each gold file annotates, in the same order (default: "
                   "shared's layout, eval/NAME.gold.jsonl -> corpus/NAME.jsonl).")
@click.option("--by-lang", is_flag=True, help="Score each file's languages apart.")
@click.option("--errors", is_flag=True, help="Also list every missed and spurious fact "
                                             "(one gold file only).")
@json_option
def evaluate(gold: tuple[str, ...], articles: tuple[str, ...], by_lang: bool, errors: bool,
             as_json: bool) -> None:
    """Score extraction against hand-made gold facts (per-type P/R/F1, micro F1).

    With several gold files (say the train files and the validation file) it prints
    their F1 side by side, one column each.

    \b
    Examples:
        tellytrack evaluate gold.jsonl --articles articles.jsonl --errors
        tellytrack evaluate ../shared/eval/dev.gold.jsonl ../shared/eval/val.gold.jsonl --by-lang
    """
    from tellytrack import evaluate as evaluation

    if articles and len(articles) != len(gold):
        raise click.UsageError(f"{len(gold)} gold files but {len(articles)} --articles: "
                               "give one --articles per gold file, or none")
    if errors and len(gold) > 1:
        raise click.UsageError("--errors lists one file's errors: give one gold file")
    paths = list(articles) or [str(evaluation.articles_for(g)) for g in gold]
    for path in paths:
        if not Path(path).is_file():
            raise click.UsageError(f"no articles file {path}: name it with --articles")
    reports = evaluation.evaluate_many(zip(gold, paths, strict=True), by_lang)
    if as_json:  # one file: its report; several: label -> report
        obj = reports[0][1].as_json() if len(reports) == 1 else {
            label: r.as_json() for label, r in reports}
        click.echo(json.dumps(obj, indent=2, ensure_ascii=False))
    elif len(reports) == 1:
        for line in evaluation.format_report(reports[0][1], errors):
            click.echo(line)
    else:
        for line in evaluation.format_side_by_side(reports):
            click.echo(line)


@cli.command()
@db_option
@json_option
def stats(db: str | None, as_json: bool) -> None:
    """Counts per table, the date range and the most-covered shows of the knowledge base.

    \b
    Example:
        tellytrack stats --db kb.db --json
    """
    with open_store(db, must_exist=True) as store:
        data = store.stats()
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for name in ("articles", "stories", "facts", "entities", "aliases"):
        click.echo(f"{name:>10}: {data[name]}")
    click.echo(f"{'published':>10}: {data['first_published']} .. {data['last_published']}")
    for fact_type, n in data["facts_by_type"].items():
        click.echo(f"{fact_type:>12} facts: {n}")
    for row in data["top_shows"]:
        click.echo(f"  {row['show']}: {row['facts']} facts from {row['articles']} articles")


@cli.command()
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=str), default=None,
              help=f"SQLite knowledge base file or postgresql:// URL "
                   f"[default: ${DB.env} or ./{DEMO_DB}, apart from your news' KB]")
def demo(db: str | None) -> None:
    """Build a knowledge base from the bundled sample articles and show what it learned.

    The samples are short invented articles about three invented shows, dated
    over three months: cast, a rumoured exit that is denied and then confirmed,
    a return, weekly BARC ratings and storyline events. They go to their own
    KB (./tellytrack.db), not to the one `ingest` and `watch` fill with your news.

    \b
    Example:
        tellytrack demo --db /tmp/demo.db
    """
    from tellytrack.pipeline import ingest_paths
    from tellytrack.query.shows import list_shows
    from tellytrack.query.time import NOW

    db = db or str(demo_db_path())
    with resources.as_file(SAMPLES / "articles.jsonl") as path, open_store(db) as store:
        report = ingest_paths(store, [str(path)])
        click.echo(f"Ingested the bundled samples into {db_label(db)}: {report.read} read, "
                   f"{report.new} new, {report.duplicate} already stored, "
                   f"{report.syndicated} syndicated, {report.facts} facts.")
        for show in list_shows(store, NOW):
            click.echo("")
            for line in _show_overview(store, show):
                click.echo(line)
        click.echo(f"\nNext: `{_invoked_as()} serve --db {db_label(db)}` and open "
                   "http://127.0.0.1:8000/")


def _invoked_as() -> str:
    """How to run tellytrack again: "tellytrack" when that is on PATH, else the path used.

    Run as ``.venv/bin/tellytrack`` (the venv not activated), a bare
    "tellytrack serve" would not be found.
    """
    script = sys.argv[0]
    if Path(script).name != "tellytrack":
        return "tellytrack"
    found = shutil.which("tellytrack")
    return "tellytrack" if found and Path(found).resolve() == Path(script).resolve() else script


def _show_overview(store: Store, show: ShowSummary) -> list[str]:
    """What the knowledge base says about one show: the same query functions as the CLI."""
    from tellytrack.cli.kb import cast_lines, claim_lines, event_lines, rating_lines
    from tellytrack.query import NOW, cast, ratings, rumours, timeline

    info = ", ".join(f"{k} {v}" for k, v in
                     (("on", show.channel), ("produced by", show.producer)) if v)
    out = [f"== {show.name}" + (f" ({info})" if info else "")]
    report = cast(store, show.id, NOW)
    if report is not None:
        out += cast_lines(report)[1:]
    claims = rumours(store, show.id, NOW)
    if claims:
        out += ["Cast-change claims:", *(line for c in claims for line in claim_lines(c))]
    series = ratings(store, show.id, NOW)
    if series is not None and series.points:
        out += rating_lines(series)[1:]
    events = timeline(store, show.id, NOW)
    if events:
        out += event_lines(show.name, events)[1:]
    return out


def register(group: click.Group, modules: Sequence[str]) -> None:
    """Add now the ``COMMANDS`` of every command module that exists (others may come later).

    For groups built elsewhere (a plugin's, a test's); ``cli`` itself imports its
    modules on first use (``LazyCommands``).
    """
    for name in modules:
        try:
            module = import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        for command in module.COMMANDS:
            group.add_command(command)

