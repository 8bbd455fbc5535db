"""``tellytrack backfill``: extract a large archive on a Dask cluster into the knowledge base.

Thin over ``tellytrack.backfill``: it connects to the cluster (``--scheduler``)
or starts a local one (``--local N``), and prints the same report as ingest.
Dask is an optional extra (``pip install 'tellytrack[cluster]'``), imported
only when this command runs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from tellytrack.cli import db_label, db_option, open_store
from tellytrack.cli.progress import print_report, progress_bar

if TYPE_CHECKING:
    from distributed import Client


@click.command("backfill")
@click.argument("archive", nargs=-1, required=True)
@db_option
@click.option("--scheduler", metavar="ADDRESS",
              help="The Dask scheduler of an existing cluster, e.g. tcp://10.0.0.5:8786.")
@click.option("--local", "local", type=click.IntRange(min=1), metavar="N",
              help="Start a Dask cluster of N worker processes on this machine instead.")
@click.option("--batch-size", default=500, show_default=True, help="Articles per transaction.")
def backfill_cmd(archive: tuple[str, ...], db: str | None, scheduler: str | None,
                 local: int | None, batch_size: int) -> None:
    """Extract an archive of JSONL/Parquet partitions on a Dask cluster, store it, resolve once.

    ARCHIVE is folders or files of partitions (*.jsonl, *.jsonl.gz, *.parquet),
    at a path every worker sees. Workers read and extract; this process stores
    (skipping stored articles, linking syndicated copies) and then resolves the
    whole KB once. Items that could not be read or extracted are printed on
    stderr as "item: message"; the exit code is 1 when anything failed.

    \b
    Examples:
        tellytrack backfill /mnt/archive/ --db postgresql://kb.example/tt --scheduler tcp://10.0.0.5:8786
        tellytrack backfill parts/ --db kb.db --local 2
    """
    from tellytrack.backfill import PartitionError, backfill, partitions

    if (scheduler is None) == (local is None):
        raise click.UsageError("say where to run: --scheduler ADDRESS or --local N")
    try:
        files = partitions(archive)
    except PartitionError as e:
        raise click.ClickException(str(e)) from e
    with _client(scheduler, local) as client, open_store(db) as store:
        workers = len(client.nthreads())  # type: ignore[no-untyped-call]
        click.echo(f"backfilling {len(files)} partitions on {workers} Dask workers "
                   f"into {db_label(db)}", err=True)
        with progress_bar("partitions", len(files)) as advance:
            report = backfill(store, files, client, batch_size=batch_size, progress=advance)
    print_report(report)
    if report.failed:
        raise click.exceptions.Exit(1)


@contextlib.contextmanager
def _client(scheduler: str | None, local: int | None) -> Iterator[Client]:
    """A client of the named cluster, or of a local cluster of ``local`` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise click.ClickException("backfill runs on Dask: pip install 'tellytrack[cluster]' "
                                   "(and tellytrack itself on every worker)") from e
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="10s")  # type: ignore[no-untyped-call]
        except OSError as e:
            raise click.ClickException(f"cannot reach the Dask scheduler at {scheduler} ({e}); "
                                       "start one with `dask scheduler`") from e
        with client:
            yield client
        return
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=local, threads_per_worker=1, dashboard_address=":0")
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


COMMANDS = [backfill_cmd]
