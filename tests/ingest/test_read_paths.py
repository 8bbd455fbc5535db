"""read_paths: dispatch, folders, stdin, file-level failures, order and ids."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from tellytrack import limits
from tellytrack.ingest import Failure, count_items, read_paths, sniff
from tellytrack.model import Article

FIXTURES = Path(__file__).parent / "fixtures"
STORY = "Kabir Sethi joins Pyaar Ki Dor as the new Arjun, the channel announced."


def kinds(items: list[Article | Failure]) -> list[str]:
    return [type(x).__name__ for x in items]


def make_folder(root: Path) -> Path:
    """A small archive: nested folders, a hidden file and folder, browser assets."""
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "a.txt").write_text("Story A: " + STORY, encoding="utf-8")
    (root / "b" / "c.jsonl").write_text(
        json.dumps({"text": "Story C1"}) + "\n" + json.dumps({"text": "Story C2"}) + "\n",
        encoding="utf-8")
    (root / "b" / "deeper" / "d.txt").write_text("Story D", encoding="utf-8")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (root / ".cache" / "e.txt").write_text("cached", encoding="utf-8")
    (root / "b" / "page_files.js").write_text("alert(1)", encoding="utf-8")
    return root


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    """Files under folders come sorted; hidden files/folders and assets are skipped."""
    items = list(read_paths([str(make_folder(tmp_path))]))
    assert [a.text for a in items if isinstance(a, Article)] == [
        "Story A: " + STORY, "Story C1", "Story C2", "Story D"]


def test_same_input_gives_same_ids_in_same_order(tmp_path: Path) -> None:
    """Re-reading an archive is deterministic: ids are content hashes, order is sorted."""
    root = make_folder(tmp_path)
    runs = [[(a.id, a.origin) for a in read_paths([str(root)]) if isinstance(a, Article)]
            for _ in range(2)]
    assert runs[0] == runs[1] and len(runs[0]) == 4


def test_missing_path_fails_and_others_continue(tmp_path: Path) -> None:
    """A typo in one path is reported by name; the next path is still read."""
    good = tmp_path / "a.txt"
    good.write_text(STORY, encoding="utf-8")
    items = list(read_paths([str(tmp_path / "nope.txt"), str(good)]))
    assert kinds(items) == ["Failure", "Article"]
    assert isinstance(items[0], Failure) and items[0].item.endswith("nope.txt")
    assert "no such file" in items[0].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_fails(tmp_path: Path) -> None:
    """A file without read permission is one Failure that says so."""
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    (f,) = list(read_paths([str(path)]))
    assert isinstance(f, Failure) and "permission denied" in f.message.lower()


def test_dangling_symlink_in_folder_fails(tmp_path: Path) -> None:
    """A link to a deleted file is reported with the OS reason; the folder goes on."""
    (tmp_path / "a.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    items = list(read_paths([str(tmp_path)]))
    assert kinds(items) == ["Failure", "Article"]
    assert isinstance(items[0], Failure) and items[0].item.endswith("a.txt")
    assert "cannot read" in items[0].message and "No such file" in items[0].message


def test_empty_file_fails(tmp_path: Path) -> None:
    """A zero-byte file is reported, not silently ignored."""
    (tmp_path / "empty.txt").touch()
    (tmp_path / "z.txt").write_text(STORY, encoding="utf-8")
    items = list(read_paths([str(tmp_path)]))
    assert kinds(items) == ["Failure", "Article"]
    assert isinstance(items[0], Failure) and items[0].item.endswith("empty.txt")
    assert "empty" in items[0].message


def test_binary_file_fails(tmp_path: Path) -> None:
    """NUL bytes mean binary data: one Failure, the rest of the folder still read."""
    (tmp_path / "a.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    items = list(read_paths([str(tmp_path)]))
    assert kinds(items) == ["Failure", "Article"]
    assert isinstance(items[0], Failure) and "binary" in items[0].message


def test_non_utf8_text_file_fails_with_hint(tmp_path: Path) -> None:
    """cp1252 text is refused with the offset of the bad byte and how to convert it."""
    path = tmp_path / "old.txt"
    path.write_bytes("Meera\u2019s return".encode("cp1252"))
    (f,) = list(read_paths([str(path)]))
    assert isinstance(f, Failure) and f.item == str(path)
    assert "0x92" in f.message and "iconv" in f.message


def test_huge_file_is_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over the limit -> Failure naming size and limit; the next file is still read."""
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 1000)
    (tmp_path / "a_big.html").write_text("<p>" + "x" * 2000 + "</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    items = list(read_paths([str(tmp_path)]))
    assert kinds(items) == ["Failure", "Article"]
    assert isinstance(items[0], Failure) and items[0].item.endswith("a_big.html")
    assert "too large" in items[0].message and "MAX_DOCUMENT_BYTES" in items[0].message


def test_huge_sparse_file_does_not_get_read(tmp_path: Path) -> None:
    """A 5 GB (sparse) file is refused from its size alone, at the real default limit."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.write(b"Meera returns. " * 1000)  # text head, so only the size can refuse it
        out.truncate(5 * 10**9)
    (f,) = list(read_paths([str(path)]))
    assert isinstance(f, Failure) and "5000.0 MB" in f.message


def test_stdin_jsonl(tmp_path: Path) -> None:
    """JSONL on stdin is sniffed; items are named <stdin>:line (blank lines count)."""
    lines = "\n" + json.dumps({"text": STORY}) + "\nnot json\n"
    items = list(read_paths(["-"], stdin=io.StringIO(lines)))
    assert kinds(items) == ["Article", "Failure"]
    assert isinstance(items[0], Article) and items[0].origin == "<stdin>:2"
    assert isinstance(items[1], Failure) and items[1].item == "<stdin>:3"


def test_stdin_plain_text() -> None:
    """Anything else on stdin is one plain-text article."""
    (a,) = list(read_paths(["-"], stdin=io.StringIO(" date 2024-03 " + STORY + "\n")))
    assert isinstance(a, Article) and a.origin == "<stdin>" and a.published is not None


def test_empty_stdin_fails() -> None:
    """Nothing piped in is reported rather than silently doing nothing."""
    (f,) = list(read_paths(["-"], stdin=io.StringIO("")))
    assert isinstance(f, Failure) and f.item == "<stdin>"


def test_non_utf8_stdin_fails() -> None:
    """Undecodable stdin is one Failure with a conversion hint."""
    stream = io.TextIOWrapper(io.BytesIO(b"Meera\x92s return"), encoding="utf-8")
    (f,) = list(read_paths(["-"], stdin=stream))
    assert isinstance(f, Failure) and "UTF-8" in f.message


@pytest.mark.parametrize(("head", "suffix", "expected"), [
    (b'{"text": "x"}\n', "", "jsonl"),
    (b'<?xml version="1.0"?>\n<rss version="2.0">', "", "feed"),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', ".dat", "feed"),
    (b"<!DOCTYPE html><html>", "", "html"),
    (b"Meera returns", "", "text"),
    (b"<p>not sniffed: the suffix decides</p>", ".txt", "text"),
])
def test_sniff(head: bytes, suffix: str, expected: str) -> None:
    """The extension decides when known, else the first bytes do."""
    assert sniff(head, suffix) == expected


def test_count_items(tmp_path: Path) -> None:
    """The progress estimate counts JSONL lines and other files; stdin is uncountable."""
    root = make_folder(tmp_path)
    assert count_items([str(root)]) == 4
    assert count_items([str(root), "-"]) is None


def test_fixture_folder_mixes_formats() -> None:
    """One call reads HTML, RSS and Atom side by side and loses nothing."""
    items = list(read_paths([str(FIXTURES)]))
    assert sum(isinstance(x, Article) for x in items) == 5
    assert [x.item for x in items if isinstance(x, Failure)] == [
        f"{FIXTURES / 'telly.rss'}#entry 2"]
