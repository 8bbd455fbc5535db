"""Finding input files and reading their bytes safely.

Everything here guards the readers: folders are walked in a stable order,
sizes are checked with ``stat`` before anything is read (a 5 GB file must not
be pulled into memory to learn that it is too big), binary files are caught by
their NUL bytes, and text must be UTF-8 (see :func:`decode_utf8` for why we
refuse rather than guess).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from tellytrack import limits
from tellytrack.ingest.records import Failure

# Bytes looked at to sniff a file's format and to spot binary data (as git does).
HEAD_BYTES = 8192

# In folders (not when named explicitly) these are skipped silently: the assets a
# browser saves next to a page ("page_files/"), images and archives are never articles.
SKIPPED_SUFFIXES = frozenset({
    ".js", ".css", ".map", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico",
    ".woff", ".woff2", ".ttf", ".otf", ".pdf", ".zip", ".gz", ".bz2", ".xz", ".mp3",
    ".mp4", ".webm",
})

STDIN = "-"


def walk(paths: Sequence[str]) -> Iterator[Path | Failure | str]:
    """Each input in order: files, files under folders (sorted), or ``"-"`` for stdin."""
    for name in paths:
        if name == STDIN:
            yield STDIN
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk_folder(path)
        elif path.exists():
            yield path
        else:
            yield Failure(name, "no such file or folder; check the path and that it is mounted")


def _walk_folder(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, sorted by path, hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() in SKIPPED_SUFFIXES:
                continue
            yield Path(root) / name


def read_head(path: Path) -> bytes | Failure:
    """The first bytes of a file, or the Failure that stops us reading it at all."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError as e:
        return Failure(str(path), f"cannot read the file ({e.strerror})")
    if size == 0:
        return Failure(str(path), "the file is empty")
    if b"\x00" in head:
        return Failure(str(path), "binary data (NUL bytes), not text, HTML, JSONL or a feed; "
                       "if it is UTF-16 text, re-save it as UTF-8")
    return head


def read_document(path: Path) -> bytes | Failure:
    """A whole one-document file, refused unread when it exceeds the document limit."""
    try:
        size = path.stat().st_size
        if size > limits.MAX_DOCUMENT_BYTES:
            return Failure(str(path), limits.too_big(size))
        return path.read_bytes()
    except OSError as e:
        return Failure(str(path), f"cannot read the file ({e.strerror})")


def decode_utf8(data: bytes, item: str) -> str | Failure:
    """UTF-8 text (a leading BOM dropped), or a Failure telling how to convert it.

    We refuse rather than fall back to cp1252: a wrong guess silently garbles
    names (the thing this project is about) and the article's content id with
    them, while re-saving a file as UTF-8 is one command.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return Failure(item, not_utf8(data[e.start], e.start))


def not_utf8(byte: int, offset: int) -> str:
    """The message for bytes that are not UTF-8, with the one command that fixes them."""
    return (f"not UTF-8 text (byte 0x{byte:02x} at offset {offset}); "
            "re-save it as UTF-8, e.g. `iconv -f cp1252 -t utf-8 IN > OUT`")
