"""HTML pages via trafilatura: main text, metadata, and hostile markup."""

from __future__ import annotations

from pathlib import Path

from tellytrack.ingest import Failure, read_paths
from tellytrack.model import Article, PubDate

FIXTURES = Path(__file__).parent / "fixtures"


def read_one(path: Path) -> Article | Failure:
    items = list(read_paths([str(path)]))
    assert len(items) == 1, items
    return items[0]


def test_main_text_and_metadata() -> None:
    """The article body, title, date and outlet come out; menu and footer do not."""
    a = read_one(FIXTURES / "kesar_page.html")
    assert isinstance(a, Article)
    assert "Riya Malhotra, who plays Meera" in a.text and "wedding sequence" in a.text
    assert "Home" not in a.text and "Copyright" not in a.text
    assert a.title == "Kesar Ki Kahani: Meera returns after the leap"
    assert a.published == PubDate.parse("2024-03-05")
    assert a.url == "https://www.tellynews.example/tv/kesar-ki-kahani-meera-returns"
    assert a.outlet == "tellynews.example"


def test_hostile_markup_never_reaches_the_text() -> None:
    """Scripts, event handlers, iframes and styles are dropped; the story is kept."""
    a = read_one(FIXTURES / "hostile_page.html")
    assert isinstance(a, Article) and "has quit the show" in a.text
    for marker in ("<", "alert", "onerror", "onload", "document.cookie", "evil.example",
                   "javascript:"):
        assert marker not in a.text, marker


def test_page_of_only_scripts_is_a_failure(tmp_path: Path) -> None:
    """When nothing but markup is left there is no article, and the message says so."""
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>alert(1)</script><iframe src=x></iframe>"
                    "</body></html>", encoding="utf-8")
    f = read_one(path)
    assert isinstance(f, Failure) and f.item == str(path) and "no article text" in f.message


def test_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    """A page that declares windows-1252 is decoded as such (the page says so)."""
    page = (FIXTURES / "kesar_page.html").read_text(encoding="utf-8")
    page = page.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "sources close", "Caf\u00e9 sources close")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    a = read_one(path)
    assert isinstance(a, Article) and "Caf\u00e9 sources" in a.text


def test_undeclared_non_utf8_page_fails_with_hint(tmp_path: Path) -> None:
    """No declaration and not UTF-8: refuse and say how to convert, rather than guess."""
    page = (FIXTURES / "kesar_page.html").read_text(encoding="utf-8")
    page = page.replace('<meta charset="utf-8">', "").replace("sources", "Caf\u00e9 sources")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    f = read_one(path)
    assert isinstance(f, Failure) and "re-save it as UTF-8" in f.message
