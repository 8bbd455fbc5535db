"""JSONL dumps: fields, date fallbacks, and one Failure per bad line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tellytrack.ingest import Failure, read_paths
from tellytrack.model import Article, PubDate

GOOD = {"id": "a1", "url": "https://www.tellynews.example/tv/saath-chalenge-leap",
        "outlet": "tellynews.example", "date": "2024-03-05", "lang": "en",
        "text": "Saath Chalenge will take a leap next month, the makers said."}


def write_jsonl(path: Path, *lines: Any) -> str:
    """Write each line as given (str) or as JSON (anything else)."""
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
                    encoding="utf-8")
    return str(path)


def only_article(path: str) -> Article:
    items = list(read_paths([path]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_fields_are_carried_over(tmp_path: Path) -> None:
    """Every field of a well-formed line lands on the Article, origin is file:line."""
    path = write_jsonl(tmp_path / "d.jsonl", {**GOOD, "title": "Leap ahead"})
    a = only_article(path)
    assert (a.source_id, a.url, a.outlet, a.lang, a.title) == (
        "a1", GOOD["url"], "tellynews.example", "en", "Leap ahead")
    assert a.published == PubDate.parse("2024-03-05")
    assert a.text == GOOD["text"] and a.origin == f"{path}:1"


def test_month_precision_is_kept(tmp_path: Path) -> None:
    """A "YYYY-MM" date stays a month, not the 1st of the month."""
    a = only_article(write_jsonl(tmp_path / "d.jsonl", {**GOOD, "date": "2023-12"}))
    assert a.published is not None and a.published.iso() == "2023-12"


def test_date_from_stored_page_prefix_keeps_text(tmp_path: Path) -> None:
    """A null date is read from the " date YYYY-MM-DD " prefix; the text is not changed."""
    text = " date 2023-11-12 Kabir Sethi joins Pyaar Ki Dor as Arjun."
    a = only_article(write_jsonl(tmp_path / "d.jsonl", {**GOOD, "date": None, "text": text}))
    assert a.published == PubDate.parse("2023-11-12") and a.text == text


def test_date_from_url_when_nothing_else(tmp_path: Path) -> None:
    """With no date field and no prefix, /YYYY/MM/DD/ in the URL dates the article."""
    rec = {**GOOD, "date": None, "url": "https://tellynews.example/2023/12/05/leap/"}
    assert only_article(write_jsonl(tmp_path / "d.jsonl", rec)).published == PubDate.parse(
        "2023-12-05")


def test_undated_article_is_kept(tmp_path: Path) -> None:
    """No date anywhere is not an error: the article is stored undated."""
    assert only_article(write_jsonl(tmp_path / "d.jsonl", {**GOOD, "date": None})).published is None


def test_missing_outlet_comes_from_url_host(tmp_path: Path) -> None:
    """outlet missing -> the URL's host without "www.", as the corpus writes outlets."""
    rec = {k: v for k, v in GOOD.items() if k != "outlet"}
    assert only_article(write_jsonl(tmp_path / "d.jsonl", rec)).outlet == "tellynews.example"


def test_missing_lang_is_detected(tmp_path: Path) -> None:
    """Without "lang", mostly-Devanagari text is Hindi and Latin text is English."""
    hindi = {"text": "कबीर सेठी ने प्यार की डोर शो छोड़ दिया है।"}
    path = write_jsonl(tmp_path / "d.jsonl", hindi, {"text": GOOD["text"]})
    langs = [a.lang for a in read_paths([path]) if isinstance(a, Article)]
    assert langs == ["hi", "en"]


def test_numeric_id_becomes_string(tmp_path: Path) -> None:
    """Dumps exported from databases often use integer ids; they are kept as text."""
    assert only_article(write_jsonl(tmp_path / "d.jsonl", {**GOOD, "id": 17})).source_id == "17"


def test_blank_lines_are_skipped_and_numbering_follows_the_file(tmp_path: Path) -> None:
    """A blank line is not an article; later lines keep their real line numbers."""
    path = write_jsonl(tmp_path / "d.jsonl", GOOD, "", "{oops")
    items = list(read_paths([path]))
    assert isinstance(items[0], Article) and isinstance(items[1], Failure)
    assert items[1].item == f"{path}:3" and len(items) == 2


def failures_among_good(tmp_path: Path, bad: Any) -> Failure:
    """Put ``bad`` on line 2 between two good lines; both good ones must come through."""
    other = {**GOOD, "text": "Pyaar Ki Dor moves to a new time slot."}
    path = write_jsonl(tmp_path / "batch.jsonl", GOOD, bad, other)
    items = list(read_paths([path]))
    assert [type(x).__name__ for x in items] == ["Article", "Failure", "Article"], items
    failure = items[1]
    assert isinstance(failure, Failure) and failure.item == f"{path}:2"
    assert "batch.jsonl:2" in str(failure)
    return failure


def test_malformed_json_names_line_and_error(tmp_path: Path) -> None:
    """A broken line reports its number and the JSON error, the rest is read."""
    message = failures_among_good(tmp_path, '{"text": "unterminated').message
    assert "malformed JSON" in message and "column" in message


def test_non_object_line(tmp_path: Path) -> None:
    """A JSON array or string on a line is refused with what was found instead."""
    assert "not an object" in failures_among_good(tmp_path, '["text"]').message


def test_missing_text(tmp_path: Path) -> None:
    """A line without "text" has nothing to extract from."""
    failure = failures_among_good(tmp_path, {"id": "x", "date": "2024-01-01"})
    assert '"text" field' in failure.message


def test_empty_text(tmp_path: Path) -> None:
    """Whitespace-only text is as empty as no text."""
    assert '"text" field' in failures_among_good(tmp_path, {**GOOD, "text": "  \n "}).message


def test_impossible_day(tmp_path: Path) -> None:
    """February 30th is refused, saying how a date is written."""
    message = failures_among_good(tmp_path, {**GOOD, "date": "2023-02-30"}).message
    assert "2023-02-30" in message and "impossible" in message and "YYYY-MM-DD" in message


def test_impossible_month(tmp_path: Path) -> None:
    """Month 13 is refused too."""
    assert "2023-13" in failures_among_good(tmp_path, {**GOOD, "date": "2023-13"}).message


def test_date_in_other_format(tmp_path: Path) -> None:
    """ "05/03/2024" is ambiguous (day or month first?) and refused, not guessed."""
    assert "YYYY-MM-DD" in failures_among_good(tmp_path, {**GOOD, "date": "05/03/2024"}).message


def test_wrong_field_type(tmp_path: Path) -> None:
    """A non-string url would break every later stage, so the line is refused."""
    assert "'url'" in failures_among_good(tmp_path, {**GOOD, "url": 42}).message


def test_non_utf8_line(tmp_path: Path) -> None:
    """A cp1252 byte on one line fails that line only, with a re-save hint."""
    path = tmp_path / "batch.jsonl"
    good = json.dumps(GOOD).encode()
    path.write_bytes(good + b"\n" + b'{"text": "Caf\xe9 scene"}\n' + good + b"\n")
    items = list(read_paths([str(path)]))
    assert [type(x).__name__ for x in items] == ["Article", "Failure", "Article"]
    assert isinstance(items[1], Failure) and items[1].item == f"{path}:2"
    assert "UTF-8" in items[1].message and "0xe9" in items[1].message


def test_overlong_line_is_skipped_without_losing_the_next(
        tmp_path: Path, monkeypatch: Any) -> None:
    """A line above the document limit fails alone; reading resumes at the next line."""
    from tellytrack import limits
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 400)
    path = write_jsonl(tmp_path / "big.jsonl", {**GOOD, "text": "word " * 200}, GOOD)
    items = list(read_paths([path]))
    assert isinstance(items[0], Failure) and items[0].item == f"{path}:1"
    assert "too large" in items[0].message
    assert isinstance(items[1], Article) and items[1].origin == f"{path}:2"


def test_json_array_file(tmp_path: Path) -> None:
    """A .json export holding an array is read element by element, bad ones named #N."""
    path = tmp_path / "export.json"
    path.write_text(json.dumps([GOOD, "oops", {**GOOD, "text": "Another story."}]),
                    encoding="utf-8")
    items = list(read_paths([str(path)]))
    assert [type(x).__name__ for x in items] == ["Article", "Failure", "Article"]
    assert isinstance(items[1], Failure) and items[1].item == f"{path}#2"


def test_json_array_is_sniffed_not_read_as_text(tmp_path: Path) -> None:
    """Without a suffix, a leading "[" means JSON, never a plain-text article of JSON."""
    path = tmp_path / "export"
    path.write_text(json.dumps([GOOD]), encoding="utf-8")
    (a,) = list(read_paths([str(path)]))
    assert isinstance(a, Article) and a.text == GOOD["text"]


def test_jsonl_saved_as_json_is_read_by_line(tmp_path: Path) -> None:
    """JSONL under a .json name is read line by line, not refused as one bad document."""
    path = write_jsonl(tmp_path / "dump.json", GOOD, {**GOOD, "text": "Another story."})
    items = list(read_paths([path]))
    assert [x.origin for x in items if isinstance(x, Article)] == [f"{path}:1", f"{path}:2"]
