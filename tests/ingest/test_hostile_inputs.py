"""Hostile inputs: each is refused with a named message, and the rest of its batch is stored.

Every case is generated here (no third-party text). A case is one bad input
placed in a batch between two good articles; the ingest must name the bad
item and say what is wrong, store both good articles, count the failure, and
leave a database that passes SQLite's integrity check.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from tellytrack import limits
from tellytrack.cli.main import cli
from tellytrack.ingest import Failure, read_paths
from tellytrack.model import content_id
from tellytrack.pipeline import IngestReport, ingest_paths
from tellytrack.store.sqlite import SQLiteStore

GOOD_BEFORE = "Riya Malhotra plays Meera in Saath Chalenge, the show's makers said on Monday."
GOOD_AFTER = "Kabir Sethi plays Arjun in Saath Chalenge and the fans love the pair."
TEXT = "Tanvi Desai plays Kavya in Pyaar Ki Dor."


def line(**fields: object) -> str:
    """One JSONL line of ``fields`` (ASCII-escaped, as most tools write it)."""
    return json.dumps(fields)


def deep(depth: int) -> str:
    """An article object with a value nested ``depth`` arrays deep."""
    return '{"text": "' + TEXT + '", "x": ' + "[" * depth + "]" * depth + "}"


@dataclass(frozen=True)
class Case:
    """A hostile input: the file's name and bytes, the item a failure names, its message."""

    name: str
    filename: str
    data: bytes
    item: str  # suffix of the failing item ("bad.jsonl:1")
    message: str  # a fragment the message must contain


def jsonl(name: str, text: str, message: str) -> Case:
    """A one-line JSONL file whose line 1 must fail with ``message``."""
    return Case(name, "bad.jsonl", text.encode("utf-8") + b"\n", "bad.jsonl:1", message)


CASES = [
    Case("empty file", "empty.txt", b"", "empty.txt", "the file is empty"),
    Case("whitespace only", "blank.txt", b" \n\t\n", "blank.txt", "the article text is empty"),
    Case("binary file", "photo.dat", bytes(range(256)) * 4, "photo.dat",
         "binary data (NUL bytes)"),
    Case("UTF-16 text", "utf16.txt", TEXT.encode("utf-16"), "utf16.txt", "re-save it as UTF-8"),
    Case("cp1252 text", "old.txt", "Kavya\u2019s return".encode("cp1252"), "old.txt",
         "not UTF-8 text (byte 0x92 at offset 5)"),
    Case("cp1252 JSONL line", "bad.jsonl", b'{"text": "Kavya\x92s return"}\n', "bad.jsonl:1",
         "not UTF-8 text (byte 0x92"),
    jsonl("deep nesting 5,000", deep(5000), "JSON nested more than 32 levels deep"),
    jsonl("deep nesting 33", deep(33), "JSON nested more than 32 levels deep"),
    Case("deep .json document", "deep.json", ("[" * 5000 + "]" * 5000).encode(), "deep.json",
         "JSON nested more than 32 levels deep"),
    jsonl("text is a number", '{"text": 12345}',
          'field "text" must be a string, not a JSON number'),
    jsonl("text is missing", line(title="no text here"), 'the "text" field is missing or null'),
    jsonl("text is blank", line(text="   "), 'the "text" field is empty'),
    jsonl("non-article JSON", line(name="config", value=3), 'the "text" field is missing'),
    jsonl("url is a number", line(text=TEXT, url=5),
          "field 'url' must be a string or null, not a JSON number"),
    jsonl("id is a list", line(text=TEXT, id=[1]),
          "field 'id' must be a string, a number or null, not a JSON array"),
    jsonl("impossible date", line(text=TEXT, date="2023-02-30"), "impossible date"),
    jsonl("badly written date", line(text=TEXT, date="05/03/2024"),
          "write YYYY-MM-DD, YYYY-MM or null"),
    jsonl("URL with [", line(text=TEXT, url="http://[tellybuzz.example/a"),
          "is not a readable URL (Invalid IPv6 URL)"),
    jsonl("NUL in the text", line(text="Kavya\u0000 returns"), "holds a NUL character"),
    jsonl("lone surrogate", '{"text": "Kavya \\ud800 returns"}', "a lone surrogate (\\ud800)"),
    jsonl("line is null", "null", "the line is JSON null, not an object"),
    jsonl("line is an array", "[1, 2]", "the line is a JSON array, not an object"),
    jsonl("line is a number", "12345", "the line is a JSON number, not an object"),
    jsonl("truncated JSON", '{"text": "Kavya returns', "malformed JSON (Unterminated string"),
    jsonl("control character", '{"text": "a\tb"}',
          "malformed JSON (Invalid control character at column 12)"),
    Case("JSON array holding a number", "list.json", f'[7, {line(text=TEXT)}]'.encode(),
         "list.json#1",
         "the element is a JSON number, not an article object"),
    Case("empty JSON array", "none.json", b"[]", "none.json",
         "the file holds a JSON array; want a JSON object or a non-empty array"),
    Case("HTML without text", "page.html",
         b"<!doctype html><html><head><script>var a = 1;</script></head><body></body></html>",
         "page.html", "no article text found in the page"),
    Case("HTML nested 100,000 deep", "deep.html",
         b"<!doctype html><html><body>" + b"<div>" * 100_000 + TEXT.encode() + b"</div>" * 100_000,
         "deep.html", "no article text found in the page"),
    Case("a listing, not an article page", "list.html",
         b"<!doctype html><html><body>" + b"<p>Kavya returns.</p>" * 75_000 + b"</body></html>",
         "list.html", "the page holds 1,050,000 characters of text (the limit is 1,000,000"),
    Case("feed without items", "feed.xml",
         b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
         "feed.xml", "the feed has no entries"),
    Case("broken feed", "broken.rss", b"<rss><channel><title>unclosed", "broken.rss",
         "not a readable feed"),
    Case("feed entry without text", "entry.xml",
         b'<?xml version="1.0"?><rss version="2.0"><channel><item><title></title></item>'
         b"</channel></rss>", "entry.xml#entry 1", "the entry has no summary or content text"),
    Case("bad Date: header", "header.txt", f"Date: 2024-13-01\n\n{TEXT}\n".encode(),
         "header.txt", "date '2024-13-01' is wrong"),
    Case("bad URL: header", "url.txt", f"URL: http://[x\n\n{TEXT}\n".encode(), "url.txt",
         "the URL: header: url 'http://[x' is not a readable URL"),
    Case("article too long", "long.txt", ("Kavya returns. " * 7000).encode(), "long.txt",
         "the article text is too long (105,000 characters; the limit is 100,000"),
]


def ingest(tmp_path: Path, *names: str, stdin: str | None = None) -> IngestReport:
    """Ingest good.jsonl's two articles around the given inputs into a fresh KB."""
    (tmp_path / "before.jsonl").write_text(line(text=GOOD_BEFORE) + "\n", encoding="utf-8")
    (tmp_path / "after.jsonl").write_text(line(text=GOOD_AFTER) + "\n", encoding="utf-8")
    paths = [str(tmp_path / "before.jsonl"), *names, str(tmp_path / "after.jsonl")]
    with SQLiteStore(tmp_path / "kb.db") as store:
        return ingest_paths(store, paths, stdin=io.StringIO(stdin) if stdin else None)


def assert_batch_survived(tmp_path: Path, report: IngestReport) -> None:
    """Both good articles stored, and the database intact."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        assert store.has_article(content_id(GOOD_BEFORE))
        assert store.has_article(content_id(GOOD_AFTER))
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert report.new >= 2


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_input_is_named_and_the_batch_goes_on(tmp_path: Path, case: Case) -> None:
    """The bad item fails alone with its named message; the good items are stored."""
    bad = tmp_path / "in" / case.filename
    bad.parent.mkdir()
    bad.write_bytes(case.data)
    report = ingest(tmp_path, str(bad))
    (failure,) = report.failed
    assert failure.item == str(tmp_path / "in" / case.item)
    assert case.message in failure.message, failure.message
    assert " at at " not in failure.message and "NoneType" not in failure.message
    assert_batch_survived(tmp_path, report)


def test_missing_path_and_dangling_link(tmp_path: Path) -> None:
    """A path that is not there (or a link to nowhere) is named with how to check it."""
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    report = ingest(tmp_path, str(tmp_path / "nope.txt"), str(tmp_path / "link.txt"))
    assert [f.item for f in report.failed] == [str(tmp_path / "nope.txt"),
                                               str(tmp_path / "link.txt")]
    assert all("no such file or folder" in f.message for f in report.failed)
    assert_batch_survived(tmp_path, report)


def test_invalid_utf8_on_stdin_costs_its_line(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 on stdin fail their own line; the lines after are stored."""
    data = (line(text=TEXT) + "\n").encode() + b'{"text": "Kavya \xff returns"}\n'
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict")
    items = list(read_paths(["-"], stdin=stream))
    assert isinstance(items[1], Failure) and items[1].item == "<stdin>:2"
    assert "not UTF-8 text (byte 0xff" in items[1].message
    assert not isinstance(items[0], Failure)


def test_lone_surrogate_in_a_text_stream(tmp_path: Path) -> None:
    """A str stream holding a surrogate (what surrogateescape makes of a bad byte) fails it."""
    report = ingest(tmp_path, "-", stdin=line(text=TEXT) + "\n" + '{"text": "a\udcff b"}\n')
    (failure,) = report.failed
    assert failure.item == "<stdin>:2" and "not UTF-8 text" in failure.message
    assert_batch_survived(tmp_path, report)


def test_overlong_jsonl_line_is_refused_unread(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A line over the document limit fails by its size; the next line is read."""
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 1000)
    bad = tmp_path / "big.jsonl"
    bad.write_text(line(text="x " * 1000) + "\n" + line(text=TEXT) + "\n", encoding="utf-8")
    report = ingest(tmp_path, str(bad))
    (failure,) = report.failed
    assert failure.item == f"{bad}:1" and "too large" in failure.message
    assert "tellytrack.limits.MAX_DOCUMENT_BYTES" in failure.message
    assert_batch_survived(tmp_path, report)


def test_five_megabyte_single_line_article_is_refused_at_once(tmp_path: Path) -> None:
    """5 MB on one line used to cost a minute of extraction: now the size refuses it."""
    bad = tmp_path / "huge.jsonl"
    bad.write_text(line(text="Meera plays the lead " * 250_000) + "\n", encoding="utf-8")
    started = time.monotonic()
    report = ingest(tmp_path, str(bad))
    assert time.monotonic() - started < 20  # generous: it takes well under a second
    (failure,) = report.failed
    assert "the article text is too long" in failure.message
    assert_batch_survived(tmp_path, report)


def test_bom_and_crlf_are_read(tmp_path: Path) -> None:
    """A BOM and Windows line ends are formatting, not errors."""
    good = tmp_path / "win.jsonl"
    good.write_bytes(b"\xef\xbb\xbf" + line(text=TEXT).encode() + b"\r\n")
    text = tmp_path / "win.txt"
    text.write_bytes(b"\xef\xbb\xbfTitle: A\r\n\r\nKavya returns to Pyaar Ki Dor.\r\n")
    report = ingest(tmp_path, str(good), str(text))
    assert report.failed == [] and report.new == 4
    assert_batch_survived(tmp_path, report)


def test_found_urls_that_cannot_be_read_are_dropped(tmp_path: Path) -> None:
    """A feed's or a page's own link is a hint: unreadable, it is dropped, not the article."""
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><item>'
                    f"<title>Kavya</title><link>http://[tellybuzz.example/a</link>"
                    f"<description>{TEXT}</description></item></channel></rss>", encoding="utf-8")
    (article,) = read_paths([str(feed)])
    assert not isinstance(article, Failure) and article.url is None
    assert article.text == TEXT


def test_feed_entities_are_not_expanded(tmp_path: Path) -> None:
    """A billion-laughs DTD and an external entity in a feed: read at once, nothing pulled in."""
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    secret = tmp_path / "secret.txt"
    secret.write_text("do-not-leak", encoding="utf-8")
    feed = tmp_path / "bomb.xml"
    feed.write_text(f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}'
                    f'<!ENTITY x SYSTEM "file://{secret}">]><rss version="2.0"><channel><item>'
                    f"<title>&l9;</title><description>{TEXT} &x;</description></item>"
                    "</channel></rss>", encoding="utf-8")
    started = time.monotonic()
    (article,) = read_paths([str(feed)])
    assert time.monotonic() - started < 20
    assert not isinstance(article, Failure) and "do-not-leak" not in article.text
    assert "lol" * 100 not in (article.title or "")


def test_duplicates_are_counted_not_failed(tmp_path: Path) -> None:
    """The same text twice (any id) is one article; two texts sharing an id are two."""
    dup = tmp_path / "dup.jsonl"
    dup.write_text("\n".join([line(text=TEXT, id=7), line(text=TEXT, id=8),
                              line(text=TEXT + " Again.", id=7)]) + "\n", encoding="utf-8")
    report = ingest(tmp_path, str(dup))
    assert report.failed == [] and report.duplicate == 1 and report.new == 4
    assert_batch_survived(tmp_path, report)


def test_long_paragraph_is_wrapped_not_lost(tmp_path: Path) -> None:
    """A paragraph over MAX_LINE_CHARS is broken at sentence ends: same length and id."""
    text = " ".join(f"Kavya returns in episode {n}." for n in range(200))
    (article,) = read_paths(["-"], stdin=io.StringIO(text))
    assert not isinstance(article, Failure)
    assert max(len(x) for x in article.text.split("\n")) <= limits.MAX_LINE_CHARS
    assert len(article.text) == len(text) and article.id == content_id(text)
    assert all(part.endswith(".") for part in article.text.split("\n"))


def test_cli_exit_code_says_some_items_failed(tmp_path: Path) -> None:
    """`tellytrack ingest` stores the good items, names the bad one and exits 1."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text(deep(5000) + "\n" + line(text=TEXT) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(bad), "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 1, result.output
    assert f"{bad}:1: JSON nested more than 32 levels deep" in result.stderr
    with SQLiteStore(tmp_path / "kb.db") as store:
        assert store.has_article(content_id(TEXT))


_KIND = re.compile(r"JSON null|JSON true|JSON false|a JSON (?:array|number|string|object)")


def _shape(text: str) -> str:
    """A message with its particulars masked: quoted values and JSON kinds."""
    return _KIND.sub("<kind>", re.sub(r"'[^'\n]*'", "'…'", text))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_docs_list_every_refusal(case: Case) -> None:
    """docs/ingest.md's table of refusals has each message (up to its details in brackets)."""
    doc = (Path(__file__).parents[2] / "docs" / "ingest.md").read_text(encoding="utf-8")
    assert _shape(case.message.split("(")[0].strip()) in _shape(doc)
