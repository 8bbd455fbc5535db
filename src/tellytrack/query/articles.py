"""``show_articles(store, show, when)``: the articles a show's facts come from, newest first.

An article belongs to a show's list when at least one fact it gave resolved
to that show; what it said about the show is counted by fact type, so a
reader can pick the rumour reports from the ratings round-ups. The headline is
the cleaned one every list shows (``query.titles``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from tellytrack.query.facts import Row, show_rows
from tellytrack.query.result import Result
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.query.titles import display_title
from tellytrack.store.base import Store


@dataclass(frozen=True)
class ShowArticle(Result):
    """One article about a show: its headline, source and what it said (facts by type)."""

    id: str
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    facts: dict[str, int]


@dataclass(frozen=True)
class ShowArticles(Result):
    """The articles of one show, newest first (undated ones last)."""

    show: str
    show_id: str
    articles: list[ShowArticle]


def show_articles(store: Store, show: str, when: TimeFilter = NOW) -> ShowArticles | None:
    """The articles whose facts are about ``show`` (any spelling or id), known by ``when``;
    reads only that show's facts, through the fact_entities index."""
    found = show_rows(store, show, when)
    if found is None:
        return None
    sid, res, rows = found
    return ShowArticles(res.name(sid) or sid, sid, articles_of(store, sid, rows))


def articles_of(store: Store, sid: str, rows: list[Row]) -> list[ShowArticle]:
    """The articles of show ``sid`` among ``rows``, newest first (other shows' rows are
    ignored)."""
    by_article: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.show == sid:
            by_article[r.stored.article_id].append(r)
    found = [_article(store, aid, group) for aid, group in by_article.items()]
    found.sort(key=lambda a: (a.published or "", a.id), reverse=True)
    return found


def _article(store: Store, article_id: str, rows: list[Row]) -> ShowArticle:
    first = rows[0].stored
    article = store.article(article_id)
    text = article.text if article is not None else ""
    return ShowArticle(
        id=article_id, title=display_title(first.title, text, first.outlet),
        outlet=first.outlet, published=first.published.iso() if first.published else None,
        url=first.url, facts=dict(sorted(Counter(r.fact.type for r in rows).items())))
