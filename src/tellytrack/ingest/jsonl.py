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
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from tellytrack import limits
from tellytrack.ingest.dates import (
    DateError,
    date_from_text,
    date_from_url,
    date_in_text,
    parse_date,
)
from tellytrack.ingest.files import decode_utf8
from tellytrack.ingest.records import Failure, Item, guarded, make_article, url_problem
from tellytrack.model import PubDate

# Fields that must be strings when present ("id" may also be a number).
_STRING_FIELDS = ("url", "outlet", "lang", "title", "date")
_EXAMPLE = '{"text": "...", "date": "2024-03-05"}'


def read_jsonl_file(path: Path) -> Iterator[Item]:
    """Every line of a JSONL file as an Article or a Failure, streamed."""
    try:
        f = path.open("rb")
    except OSError as e:
        yield Failure(str(path), f"cannot read the file ({e.strerror})")
        return
    with f:
        yield from read_jsonl_stream(f, str(path))


def read_jsonl_stream(f: BinaryIO, name: str, first: int = 1) -> Iterator[Item]:
    """Every line of a binary stream (a file, stdin) from line number ``first`` on."""
    for number, raw in enumerate(bounded_lines(f), start=first):
        item = f"{name}:{number}"
        if isinstance(raw, int):
            yield Failure(item, limits.too_big(raw))
        elif raw.strip():
            yield guarded(item, partial(from_raw_line, raw, item))


def from_raw_line(raw: bytes, item: str) -> Item:
    """One undecoded JSONL line: UTF-8 first, then JSON, then the article."""
    text = decode_utf8(raw, item)
    return text if isinstance(text, Failure) else from_line(text, item)


def from_json_document(text: str, item: str) -> Iterator[Item]:
    """A whole .json file: one article object, or an array of them ("file.json#3").

    JSONL saved under a .json name is common; it shows as "Extra data" after
    the first object and is then read line by line.
    """
    try:
        doc = limits.loads(text)
    except limits.TooDeep as e:
        yield Failure(item, str(e))
        return
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":
            yield from read_jsonl_lines(text.splitlines(), item)
            return
        yield Failure(item, f"malformed JSON ({_reason(e)} at line {e.lineno}, column {e.colno})")
        return
    if isinstance(doc, dict):
        yield guarded(item, partial(from_record, doc, item))
        return
    if not isinstance(doc, list) or not doc:
        yield Failure(item, f"the file holds {json_kind(doc)}; want a JSON object or a "
                      "non-empty array of article objects")
        return
    for number, obj in enumerate(doc, start=1):
        name = f"{item}#{number}"
        yield guarded(name, partial(from_record, obj, name)) if isinstance(obj, dict) else \
            Failure(name, f"the element is {json_kind(obj)}, not an article object like {_EXAMPLE}")


def read_jsonl_lines(lines: Iterable[str], name: str) -> Iterator[Item]:
    """Every line of already decoded text as an Article or a Failure."""
    for number, line in enumerate(lines, start=1):
        item = f"{name}:{number}"
        if line.strip():
            yield guarded(item, partial(from_line, line, item))


def bounded_lines(f: BinaryIO) -> Iterator[bytes | int]:
    """Lines of at most MAX_DOCUMENT_BYTES; a longer one is skipped and given as its size.

    A longer line is read in limit-sized pieces and dropped, so memory stays
    bounded by the limit whatever the input.
    """
    limit = limits.MAX_DOCUMENT_BYTES
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
    line = line.rstrip("\r\n")  # the line end is not part of the object (nor an error in it)
    try:
        obj = limits.loads(line)
    except limits.TooDeep as e:
        return Failure(item, str(e))
    except json.JSONDecodeError as e:
        return Failure(item, f"malformed JSON ({_reason(e)} at column {e.pos + 1}); "
                       "each line must be one complete JSON object")
    if not isinstance(obj, dict):
        return Failure(item, f"the line is {json_kind(obj)}, not an object like {_EXAMPLE}")
    return from_record(obj, item)


def from_record(obj: dict[str, Any], item: str) -> Item:
    """Build the article of one decoded JSONL object."""
    problem = record_problem(obj)
    if problem:
        return Failure(item, problem)
    text, url = obj["text"], obj.get("url")
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


def record_problem(obj: dict[str, Any]) -> str | None:
    """What is wrong with the fields of a record (first problem only), or None."""
    text = obj.get("text")
    if text is None:
        return 'no article text: the "text" field is missing or null'
    if not isinstance(text, str):
        return f'field "text" must be a string, not {json_kind(text)}'
    if not text.strip():
        return 'no article text: the "text" field is empty'
    for key in _STRING_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return f"field {key!r} must be a string or null, not {json_kind(value)}"
    source_id = obj.get("id")
    if source_id is not None and (isinstance(source_id, bool)
                                  or not isinstance(source_id, str | int | float)):
        return f"field 'id' must be a string, a number or null, not {json_kind(source_id)}"
    url = obj.get("url")
    return url_problem(url) if url else None


def json_kind(value: Any) -> str:
    """What a decoded JSON value is, in JSON's words ("a JSON number", "JSON null")."""
    if value is None:
        return "JSON null"
    if isinstance(value, bool):
        return f"JSON {str(value).lower()}"
    kinds = ((str, "a JSON string"), (int | float, "a JSON number"), (list, "a JSON array"),
             (dict, "a JSON object"))
    return next(name for kind, name in kinds if isinstance(value, kind))


def _reason(e: json.JSONDecodeError) -> str:
    """The decoder's message without the dangling "at" some of them end with."""
    return e.msg.removesuffix(" at")


def record_date(given: str | None, text: str, url: str | None) -> PubDate | None:
    """The date field, else the date the text states, else the URL, else the text's dates."""
    if given is not None and given.strip():
        return parse_date(given)
    return date_from_text(text) or date_from_url(url) or date_in_text(text)
