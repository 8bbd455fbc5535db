"""Ingest: turn files, folders, JSONL dumps, HTML pages, feeds and stdin into Articles.

``read_paths`` is the whole stage. It yields, in a stable order, one
:class:`~tellytrack.model.Article` per article read and one :class:`Failure`
per item that could not be read (naming the file and line), and never raises
on bad input, so one broken line cannot stop a batch of millions. Each format
has its module (``jsonl``, ``text``, ``html``, ``feeds``); this module only
decides which one reads a file, by extension first and by sniffing the
first bytes when the extension says nothing. Near-duplicate detection for
syndicated copies lives in ``ingest.dedup``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Literal, TextIO

from tellytrack.ingest import files
from tellytrack.ingest.feeds import from_feed
from tellytrack.ingest.files import (
    STDIN,
    decode_utf8,
    read_document,
    read_head,
    walk,
)
from tellytrack.ingest.html import from_html
from tellytrack.ingest.jsonl import from_json_document, read_jsonl_file, read_jsonl_lines
from tellytrack.ingest.records import Failure, Item
from tellytrack.ingest.text import from_text
from tellytrack.model import Article

__all__ = ["Failure", "Item", "count_items", "read_paths", "sniff"]

Format = Literal["jsonl", "json", "html", "feed", "text"]

SUFFIX_FORMATS: dict[str, Format] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".txt": "text", ".text": "text", ".md": "text",
}
STDIN_NAME = "<stdin>"


def read_paths(paths: Sequence[str], stdin: TextIO | None = None) -> Iterator[Article | Failure]:
    """Every article in ``paths`` (files, folders recursively, "-" for stdin), in order."""
    for entry in walk(paths):
        if isinstance(entry, Failure):
            yield entry
        elif isinstance(entry, Path):
            yield from read_file(entry)
        else:
            yield from read_stdin(stdin if stdin is not None else sys.stdin)


def read_file(path: Path) -> Iterator[Item]:
    """The articles of one file, read by the module of its format."""
    head = read_head(path)
    if isinstance(head, Failure):
        yield head
        return
    fmt = sniff(head, path.suffix)
    if fmt == "jsonl":
        yield from read_jsonl_file(path)
        return
    data = read_document(path)
    if isinstance(data, Failure):
        yield data
    elif fmt == "html":
        yield from_html(data, str(path))
    elif fmt == "feed":
        yield from from_feed(data, str(path))
    else:
        yield from _read_decoded(data, str(path), fmt)


def _read_decoded(data: bytes, item: str, fmt: Format) -> Iterator[Item]:
    """The formats that must be UTF-8 text: a JSON document or a plain-text article."""
    text = decode_utf8(data, item)
    if isinstance(text, Failure):
        yield text
    elif fmt == "json":
        yield from from_json_document(text, item)
    else:
        yield from_text(_unix_newlines(text), item)


def sniff(head: bytes, suffix: str = "") -> Format:
    """A file's format from its extension, else from how its first bytes look."""
    known = SUFFIX_FORMATS.get(suffix.lower())
    if known:
        return known
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    if start.startswith((b"<rss", b"<feed", b"<rdf")) or (
            start.startswith(b"<?xml") and any(t in start for t in (b"<rss", b"<feed", b"<rdf"))):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return "html"
    return "text"


def read_stdin(stream: TextIO) -> Iterator[Item]:
    """Standard input: JSONL when its first non-blank line is an object, else one text."""
    try:
        first = next((line for line in stream if line.strip()), "")
        if first.lstrip().startswith("{"):
            yield from read_jsonl_lines(chain([first], stream), STDIN_NAME)
            return
        rest = stream.read(max(0, files.MAX_DOCUMENT_BYTES + 1 - len(first)))
    except UnicodeDecodeError as e:
        yield Failure(STDIN_NAME, f"not UTF-8 text ({e.reason}); re-encode it as UTF-8, "
                      "e.g. pipe it through `iconv -f cp1252 -t utf-8`")
        return
    text = first + rest
    if not text.strip():
        yield Failure(STDIN_NAME, "standard input is empty")
    elif len(text) > files.MAX_DOCUMENT_BYTES:
        yield Failure(STDIN_NAME, f"{files.too_big(len(text))}; or send JSONL instead")
    else:
        yield from_text(_unix_newlines(text), STDIN_NAME)


def count_items(paths: Sequence[str]) -> int | None:
    """A cheap estimate for a progress bar: lines of JSONL files plus other files.

    None when stdin is among the inputs (it cannot be counted without reading it).
    A feed counts as one although it holds many entries: this is an estimate.
    """
    if STDIN in paths:
        return None
    total = 0
    for entry in walk(paths):
        if isinstance(entry, Path) and SUFFIX_FORMATS.get(entry.suffix.lower()) == "jsonl":
            total += _count_lines(entry)
        elif isinstance(entry, Path):
            total += 1
    return total


def _count_lines(path: Path) -> int:
    """Newlines in a file, counted in 1 MB chunks (fast, constant memory)."""
    count = 0
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                count += chunk.count(b"\n")
    except OSError:
        return 1
    return count


def _unix_newlines(text: str) -> str:
    """CRLF and CR line ends as "\\n", as Python's text mode would read them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
