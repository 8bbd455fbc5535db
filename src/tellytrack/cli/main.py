"""The ``tellytrack`` command: core commands here, the others registered from their modules.

Each command parses its options and calls the library (``pipeline``,
``evaluate``, the store); nothing here computes what the library can. Modules
named in ``COMMAND_MODULES`` add their commands (their ``COMMANDS`` list) when
they are installed, so the CLI grows without this file knowing each command.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import import_module, resources
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tellytrack import __version__
from tellytrack import evaluate as evaluation
from tellytrack.cli import db_label, db_option, json_option, open_store
from tellytrack.cli.kb import cast_lines, claim_lines, event_lines, rating_lines
from tellytrack.ingest import count_items
from tellytrack.pipeline import IngestReport, ingest_paths
from tellytrack.query.cast import cast
from tellytrack.query.ratings import ratings
from tellytrack.query.rumours import rumours
from tellytrack.query.shows import ShowSummary, list_shows
from tellytrack.query.time import NOW
from tellytrack.query.timeline import timeline
from tellytrack.store.base import Store

COMMAND_MODULES = ("tellytrack.cli.kb", "tellytrack.cli.serve", "tellytrack.cli.ask",
                   "tellytrack.cli.train", "tellytrack.cli.export", "tellytrack.cli.watch",
                   "tellytrack.cli.curate")
SAMPLES = resources.files("tellytrack") / "samples"


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


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--batch-size", default=200, show_default=True, help="Articles per transaction.")
def ingest(paths: tuple[str, ...], db: str | None, batch_size: int) -> None:
    """Read articles from files, folders, feeds or stdin ("-") into the knowledge base.

    Already-stored articles are skipped, syndicated copies are linked to their
    original, and every item that could not be read is printed on stderr as
    "item: message"; the exit code is 1 when anything failed.

    \b
    Example:
        tellytrack ingest dump.jsonl pages/ feed.xml --db kb.db
        curl -s https://example.com/rss | tellytrack ingest -
    """
    with open_store(db) as store, _progress(count_items(paths)) as advance:
        report = ingest_paths(store, paths, progress=advance, batch_size=batch_size)
    _print_report(report)
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
@db_option
def demo(db: str | None) -> None:
    """Build a knowledge base from the bundled sample articles and show what it learned.

    The samples are short invented articles about three invented shows, dated
    over three months: cast, a rumoured exit that is denied and then confirmed,
    a return, weekly BARC ratings and storyline events.

    \b
    Example:
        tellytrack demo --db /tmp/demo.db
    """
    with resources.as_file(SAMPLES / "articles.jsonl") as path, open_store(db) as store:
        report = ingest_paths(store, [str(path)])
        click.echo(f"Ingested the bundled samples into {db_label(db)}: {report.read} read, "
                   f"{report.new} new, {report.duplicate} already stored, "
                   f"{report.syndicated} syndicated, {report.facts} facts.")
        for show in list_shows(store, NOW):
            click.echo("")
            for line in _show_overview(store, show):
                click.echo(line)
        click.echo(f"\nNext: `tellytrack serve --db {db_label(db)}` and open http://127.0.0.1:8000/")


def _show_overview(store: Store, show: ShowSummary) -> list[str]:
    """What the knowledge base says about one show: the same query functions as the CLI."""
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


@contextmanager
def _progress(total: int | None) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr; yields the ``advance(n)`` callback the pipeline calls."""
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=total)
        yield lambda n: bar.advance(task, n)


def _print_report(report: IngestReport) -> None:
    """The summary table on stdout, then each failure as "item: message" on stderr."""
    table = Table("read", "new", "duplicate", "syndicated", "failed", "facts")
    table.add_row(*(str(v) for v in (report.read, report.new, report.duplicate,
                                      report.syndicated, len(report.failed), report.facts)))
    Console().print(table)
    for failure in report.failed:
        click.echo(str(failure), err=True)


def register(group: click.Group, modules: Sequence[str] = COMMAND_MODULES) -> None:
    """Add the ``COMMANDS`` of every command module that exists (others may come later)."""
    for name in modules:
        try:
            module = import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        for command in module.COMMANDS:
            group.add_command(command)


register(cli)
