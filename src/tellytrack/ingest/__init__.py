"""Ingest: turn files, folders, JSONL dumps, HTML pages, feeds and stdin into Articles.

``read_paths`` is the whole stage. It yields, in a stable order, one
:class:`~tellytrack.model.Article` per article read and one :class:`Failure`
per item that could not be read (naming the file and line), and never raises
on bad input, so one broken line cannot stop a batch of millions. Each format
has its module (``jsonl``, ``text``, ``html``, ``feeds``); this module only
decides which one reads a file, by extension first and by sniffing the
first bytes when the extension says nothing. The HTML and feed readers (trafilatura,
feedparser: 0.8 s of imports) are imported when a page or a feed is read, so a JSONL
ingest (adding one article to a KB) never pays for them. Near-duplicate detection for
syndicated copies lives in ``ingest.dedup``.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import BinaryIO, Literal, TextIO

from tellytrack import limits
from tellytrack.ingest.files import (
    STDIN,
    decode_utf8,
    read_document,
    read_head,
    walk,
)
from tellytrack.ingest.jsonl import (
    bounded_lines,
    from_json_document,
    from_raw_line,
    read_jsonl_file,
    read_jsonl_stream,
)
from tellytrack.ingest.records import Failure, Item, guarded, unexpected
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
    """The articles of one file; whatever goes wrong costs this file at most.

    JSONL lines and feed entries are guarded one by one inside their readers,
    so an error there costs one line or entry; this net catches the rest.
    """
    try:
        yield from _read_file(path)
    except Exception as e:  # deliberately broad: see records.guarded
        yield Failure(str(path), unexpected(e))


def _read_file(path: Path) -> Iterator[Item]:
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
        from tellytrack.ingest.html import from_html  # trafilatura: only for pages

        yield from_html(data, str(path))
    elif fmt == "feed":
        from tellytrack.ingest.feeds import from_feed  # feedparser: only for feeds

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
    """Standard input: JSONL when its first non-blank line is an object, else one text.

    Read as bytes (``stream.buffer``), like a file, so that bytes which are not
    UTF-8 cost their own line with a message naming the byte, instead of an
    error from the text layer that would stop the whole ingest. A text stream
    without a buffer (a test's StringIO) is encoded back to bytes first.
    """
    binary = getattr(stream, "buffer", None)
    if binary is None:
        binary = io.BytesIO(stream.read().encode("utf-8", "surrogatepass"))
    try:
        yield from _read_stdin_bytes(binary)
    except Exception as e:  # deliberately broad: see records.guarded
        yield Failure(STDIN_NAME, unexpected(e))


def _read_stdin_bytes(binary: BinaryIO) -> Iterator[Item]:
    """Standard input as bytes: JSONL from its first non-blank line on, or one text."""
    lines = bounded_lines(binary)
    number, first = 0, b""
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, int):
            yield Failure(f"{STDIN_NAME}:{number}", limits.too_big(raw))
            return
        if raw.strip():
            first = raw
            break
    if not first:
        yield Failure(STDIN_NAME, "standard input is empty")
    elif first.lstrip(b"\xef\xbb\xbf \t\r").startswith(b"{"):
        item = f"{STDIN_NAME}:{number}"
        yield guarded(item, partial(from_raw_line, first, item))
        yield from read_jsonl_stream(binary, STDIN_NAME, first=number + 1)
    else:
        data = first + binary.read(max(0, limits.MAX_DOCUMENT_BYTES + 1 - len(first)))
        if len(data) > limits.MAX_DOCUMENT_BYTES:
            yield Failure(STDIN_NAME, f"{limits.too_big(len(data))}; or send JSONL instead")
        else:
            yield from _read_decoded(data, STDIN_NAME, "text")


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
