"""Plain-text articles: whole file = one article, date prefix, optional headers."""

from __future__ import annotations

from pathlib import Path

from tellytrack.ingest import Failure, read_paths
from tellytrack.model import Article, PubDate

STORY = "Riya Malhotra will play Meera in Kesar Ki Kahani, the makers confirmed."


def read_one(path: Path) -> Article | Failure:
    items = list(read_paths([str(path)]))
    assert len(items) == 1, items
    return items[0]


def test_whole_file_is_one_article(tmp_path: Path) -> None:
    """A .txt file becomes one article whose origin is the file."""
    path = tmp_path / "story.txt"
    path.write_text(STORY + "\n\nSecond paragraph.\n", encoding="utf-8")
    a = read_one(path)
    assert isinstance(a, Article) and a.text.startswith(STORY) and a.origin == str(path)
    assert a.published is None and a.lang == "en"


def test_stored_page_prefix_gives_date_and_text_is_unchanged(tmp_path: Path) -> None:
    """The ` date YYYY-MM ` stored-page form dates the article; offsets stay valid."""
    text = " date 2023-12 " + STORY
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    a = read_one(path)
    assert isinstance(a, Article) and a.text == text
    assert a.published is not None and a.published.iso() == "2023-12"


def test_header_block_is_metadata_not_text(tmp_path: Path) -> None:
    """Title/URL/date headers before a blank line fill fields and are cut from the text."""
    path = tmp_path / "story.txt"
    path.write_text("Title: Meera is back\nURL: https://www.tellynews.example/meera\n"
                    "Date: 2024-03-05\n\n" + STORY, encoding="utf-8")
    a = read_one(path)
    assert isinstance(a, Article) and a.text == STORY and a.title == "Meera is back"
    assert a.published == PubDate.parse("2024-03-05") and a.outlet == "tellynews.example"


def test_first_paragraph_that_only_looks_like_a_header_stays_text(tmp_path: Path) -> None:
    """ "Update: ..." is not one of our headers, so nothing is cut."""
    text = "Update: the shoot is over.\n\n" + STORY
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    a = read_one(path)
    assert isinstance(a, Article) and a.text == text


def test_crlf_line_ends_are_read_as_newlines(tmp_path: Path) -> None:
    """A file saved on Windows reads like the same file saved elsewhere."""
    path = tmp_path / "story.txt"
    path.write_bytes(b"Date: 2024-03-05\r\n\r\n" + STORY.encode())
    a = read_one(path)
    assert isinstance(a, Article) and a.text == STORY and "\r" not in a.text


def test_impossible_header_date_fails(tmp_path: Path) -> None:
    """A date given explicitly must exist: 2023-02-30 is refused with the file named."""
    path = tmp_path / "story.txt"
    path.write_text("Date: 2023-02-30\n\n" + STORY, encoding="utf-8")
    f = read_one(path)
    assert isinstance(f, Failure) and f.item == str(path) and "2023-02-30" in f.message


def test_whitespace_only_file_fails(tmp_path: Path) -> None:
    """A file of blanks has no article."""
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    f = read_one(path)
    assert isinstance(f, Failure) and "empty" in f.message


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    """Notepad's byte-order mark is not part of the article (it would change the id)."""
    plain, bom = tmp_path / "a.txt", tmp_path / "b.txt"
    plain.write_text(STORY, encoding="utf-8")
    bom.write_text(STORY, encoding="utf-8-sig")
    a, b = read_one(plain), read_one(bom)
    assert isinstance(a, Article) and isinstance(b, Article) and a.id == b.id
