"""JSONL dumps: one article object per line, as in ``shared/corpus/*.jsonl``.

Fields: ``text`` (required), ``id``, ``url``, ``outlet``, ``date``
("YYYY-MM-DD", "YYYY-MM", "YYYY" or null), ``lang``, ``title``. A dump may
hold millions of lines, so files are streamed line by line and every line
stands alone: a bad line is one Failure naming ``file:line`` and the next
line is read as if nothing happened. Blank lines are skipped (they hold no
article, and editors add them at the end of files). A ``.json`` file holding
one object or an array of objects (a common export) is read with the same
field rules, its elements named ``file.json#3``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from tellytrack.ingest import files
from tellytrack.ingest.dates import DateError, date_from_text, date_from_url, parse_date
from tellytrack.ingest.files import decode_utf8, too_big
from tellytrack.ingest.records import Failure, Item, make_article
from tellytrack.model import PubDate

# Fields that must be strings when present ("id" may also be a number).
_STRING_FIELDS = ("url", "outlet", "lang", "title", "date")


def read_jsonl_file(path: Path) -> Iterator[Item]:
    """Every line of a JSONL file as an Article or a Failure, streamed."""
    try:
        f = path.open("rb")
    except OSError as e:
        yield Failure(str(path), f"cannot read the file ({e.strerror})")
        return
    with f:
        for number, raw in enumerate(_bounded_lines(f), start=1):
            item = f"{path}:{number}"
            if isinstance(raw, int):
                yield Failure(item, too_big(raw))
                continue
            text = decode_utf8(raw, item)
            if isinstance(text, Failure) or text.strip():
                yield text if isinstance(text, Failure) else from_line(text, item)


def from_json_document(text: str, item: str) -> Iterator[Item]:
    """A whole .json file: one article object, or an array of them ("file.json#3").

    JSONL saved under a .json name is common; it shows as "Extra data" after
    the first object and is then read line by line.
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":
            yield from read_jsonl_lines(text.splitlines(), item)
            return
        yield Failure(item, f"malformed JSON ({e.msg} at line {e.lineno}, column {e.colno})")
        return
    if isinstance(doc, dict):
        yield from_record(doc, item)
        return
    if not isinstance(doc, list) or not doc:
        yield Failure(item, "want a JSON object or a non-empty array of article objects")
        return
    for number, obj in enumerate(doc, start=1):
        name = f"{item}#{number}"
        yield from_record(obj, name) if isinstance(obj, dict) else Failure(
            name, f"the element is a JSON {type(obj).__name__}, not an article object")


def read_jsonl_lines(lines: Iterable[str], name: str) -> Iterator[Item]:
    """Every line of already decoded text (stdin) as an Article or a Failure."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield from_line(line, f"{name}:{number}")


def _bounded_lines(f: BinaryIO) -> Iterator[bytes | int]:
    """Lines of at most MAX_DOCUMENT_BYTES; a longer one is skipped and given as its size."""
    limit = files.MAX_DOCUMENT_BYTES
    while line := f.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = f.readline(limit)
            size += len(line)
        yield size


def from_line(line: str, item: str) -> Item:
    """One JSONL line as an Article, or the Failure saying what is wrong with it."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Failure(item, f"malformed JSON ({e.msg} at column {e.colno}); "
                       "each line must be one complete JSON object")
    if not isinstance(obj, dict):
        return Failure(item, f"the line is a JSON {type(obj).__name__}, not an object "
                       'like {"text": "...", "date": "2024-03-05"}')
    return from_record(obj, item)


def from_record(obj: dict[str, Any], item: str) -> Item:
    """Build the article of one decoded JSONL object."""
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Failure(item, 'no article text: the "text" field is missing or empty')
    bad = [k for k in _STRING_FIELDS if obj.get(k) is not None and not isinstance(obj[k], str)]
    if bad:
        return Failure(item, f"field {bad[0]!r} must be a string or null")
    url = obj.get("url")
    try:
        published = record_date(obj.get("date"), text, url)
    except DateError as e:
        return Failure(item, str(e))
    source_id = obj.get("id")
    return make_article(
        text, origin=item, url=url, outlet=obj.get("outlet"), published=published,
        title=obj.get("title"), lang=obj.get("lang"),
        source_id=None if source_id is None else str(source_id),
    )


def record_date(given: str | None, text: str, url: str | None) -> PubDate | None:
    """The date field, else the stored-page prefix of the text, else the URL."""
    if given is not None and given.strip():
        return parse_date(given)
    return date_from_text(text) or date_from_url(url)
