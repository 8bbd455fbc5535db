"""``tellytrack watch``: keep the knowledge base current from a list of news feeds."""

from __future__ import annotations

import re
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from tellytrack.cli import db_label, db_option, open_store
from tellytrack.settings import DB

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class Duration(click.ParamType):  # type: ignore[type-arg]
    """"90s", "15m", "2h", "1d" or plain seconds, as seconds."""

    name = "duration"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> float:
        if isinstance(value, int | float):
            return float(value)
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(value))
        if m is None or float(m[1]) <= 0:
            self.fail(f"{value!r} is not a duration; write 90s, 15m, 2h or 1d", param, ctx)
        return float(m[1]) * _UNITS[m[2] or "s"]


def _log(message: str) -> None:
    click.echo(f"{datetime.now().isoformat(timespec='seconds')} {message}", err=True)


@click.command("watch")
@click.argument("feeds", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--every", type=Duration(), default="15m", show_default=True,
              help="Time between polls (90s, 15m, 2h, 1d).")
@click.option("--once", is_flag=True, help="Poll every feed once and exit.")
@click.option("--delay", type=float, default=2.0, show_default=True,
              help="Seconds between two requests to one site (robots.txt may ask more).")
@click.option("--state", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The watch state file [default: beside the KB, kb.db -> kb.watch.json].")
@db_option
def watch_cmd(feeds: Path, every: float, once: bool, delay: float, state: Path | None,
              db: str | None) -> None:
    """Poll the RSS/Atom feeds (or sitemaps) listed in FEEDS and ingest their new articles.

    FEEDS lists one URL a line (# starts a comment). Feeds are asked with
    conditional requests (ETag, Last-Modified); only pages never fetched before
    are fetched, if robots.txt allows, one request per site every --delay
    seconds. Each poll logs per feed what it added. Stop it with Ctrl-C.

    \b
    Example:
        tellytrack watch feeds.txt --every 30m --db news.db
        tellytrack watch feeds.txt --once
    """
    from tellytrack.watch import WatchState, poll, read_feed_list, state_path

    urls = read_feed_list(feeds)
    if not urls:
        raise click.UsageError(f"{feeds} lists no feed: write one feed URL per line")
    where = db or DB.value()
    watch_state = WatchState.load(state or state_path(where))
    _log(f"watching {len(urls)} feeds into {db_label(where)}"
         + ("" if once else f", every {every:g} s"))
    try:
        while True:
            with open_store(where) as store:
                poll(store, urls, watch_state, _log, delay)
            if once:
                return
            time.sleep(every)
    except KeyboardInterrupt:
        _log("stopped")


COMMANDS = [watch_cmd]
