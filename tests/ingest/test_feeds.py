"""RSS and Atom feeds via feedparser: one article per entry."""

from __future__ import annotations

from pathlib import Path

from tellytrack.ingest import Failure, read_paths
from tellytrack.model import Article, PubDate

FIXTURES = Path(__file__).parent / "fixtures"


def test_rss_entries_become_articles_and_empty_entry_fails() -> None:
    """Good entries come through around a bad one, which is named feed#entry N."""
    path = str(FIXTURES / "telly.rss")
    first, empty, third = list(read_paths([path]))
    assert isinstance(first, Article) and isinstance(third, Article)
    assert isinstance(empty, Failure) and empty.item == f"{path}#entry 2"
    assert first.title == "Saath Chalenge: Meera and Arjun to marry"
    assert first.url == "https://www.tellynews.example/2024/03/05/saath-chalenge-wedding"
    assert first.source_id == "tn-101" and first.outlet == "tellynews.example"
    assert first.origin == f"{path}#entry 1"


def test_entry_html_is_stripped_to_plain_text() -> None:
    """Tags in the description are removed; paragraphs become lines."""
    first = next(iter(read_paths([str(FIXTURES / "telly.rss")])))
    assert isinstance(first, Article)
    assert first.text == ("Meera and Arjun will finally tie the knot in Saath Chalenge.\n"
                          "The wedding track airs next week.")


def test_date_is_the_publishers_local_day() -> None:
    """01:30 IST on March 5th is March 4th in UTC; the outlet printed the 5th."""
    first = next(iter(read_paths([str(FIXTURES / "telly.rss")])))
    assert isinstance(first, Article) and first.published == PubDate.parse("2024-03-05")


def test_impossible_feed_date_leaves_entry_undated() -> None:
    """A publisher's broken pubDate (Feb 30th) must not cost the article."""
    third = list(read_paths([str(FIXTURES / "telly.rss")]))[2]
    assert isinstance(third, Article) and third.published is None


def test_atom_prefers_full_content_over_summary() -> None:
    """Atom content is fuller than its summary; updated dates the entry."""
    (entry,) = list(read_paths([str(FIXTURES / "telly.atom")]))
    assert isinstance(entry, Article) and "twenty year leap" in entry.text
    assert entry.published == PubDate.parse("2024-01-02")
    assert entry.outlet == "kesarupdates.example"


def test_feed_is_sniffed_without_extension(tmp_path: Path) -> None:
    """A feed saved without a suffix is recognised by its <rss> root."""
    path = tmp_path / "download"
    path.write_bytes((FIXTURES / "telly.rss").read_bytes())
    assert sum(isinstance(x, Article) for x in read_paths([str(path)])) == 2


def test_broken_feed_is_one_failure(tmp_path: Path) -> None:
    """XML without entries is reported once, with the parser's reason."""
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>cut off", encoding="utf-8")
    (f,) = list(read_paths([str(path)]))
    assert isinstance(f, Failure) and f.item == str(path) and "feed" in f.message
