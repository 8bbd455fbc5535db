"""What long commands print while and after they work: a progress bar on stderr and the
ingest report. Shared by ``ingest`` and ``backfill``; rich is imported only
when one of them runs (other commands start faster without it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from tellytrack.pipeline import IngestReport


@contextmanager
def progress_bar(what: str, total: int | None, unit: str | None = None
                 ) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr counting ``what``; yields its ``advance(n)``.

    With a ``unit`` it shows the rate ("120 articles/s") beside the count, the time
    spent and the time left; rich redraws it four times a second, so all of them move
    at least every second while the caller advances it (the pipeline: per article).
    """
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    rate = [TextColumn(f"{{task.fields[rate]}} {unit}/s")] if unit else []
    columns = (TextColumn(what), BarColumn(), MofNCompleteColumn(), *rate,
               TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True,
                  refresh_per_second=4) as bar:
        task = bar.add_task(what, total=total, rate="-")

        def advance(n: int) -> None:
            bar.advance(task, n)
            speed = bar.tasks[task].speed
            bar.update(task, rate=f"{speed:.0f}" if speed else "-")

        yield advance


def print_report(report: IngestReport) -> None:
    """The summary table on stdout, then each failure as "item: message" on stderr."""
    from rich.console import Console
    from rich.table import Table

    table = Table("read", "new", "duplicate", "syndicated", "failed", "facts")
    table.add_row(*(str(v) for v in (report.read, report.new, report.duplicate,
                                      report.syndicated, len(report.failed), report.facts)))
    Console().print(table)
    for failure in report.failed:
        click.echo(str(failure), err=True)
