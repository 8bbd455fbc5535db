"""The plain dicts behind every page and its JSON twin, built from the query layer.

As in datasette, a page is a template over exactly the dict its API route
returns: ``show_view`` feeds both ``/shows/{id}`` and ``/api/v1/shows/{id}``'s
parts, so what a person sees and what a script reads cannot drift apart. Nothing
here computes facts: it calls ``tellytrack.query`` (the same functions the CLI
calls) and ``to_dict()``s the results.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from tellytrack.model import Article, PubDate
from tellytrack.query.articles import show_articles
from tellytrack.query.cast import cast
from tellytrack.query.characters import character
from tellytrack.query.facts import rows_of, show_scope
from tellytrack.query.people import list_people, person
from tellytrack.query.ratings import rated_shows, ratings
from tellytrack.query.relations import relations
from tellytrack.query.rumours import latest_claims, rumours
from tellytrack.query.search import found_ids, search
from tellytrack.query.shows import counted_shows, latest_shows, list_shows, show_detail
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.query.timeline import timeline
from tellytrack.query.titles import display_title
from tellytrack.store.base import Store
from tellytrack.web.highlight import runs

HOME_ARTICLES = 8  # newest articles listed on the home page
HOME_CHANGES = 3  # latest claims shown under each show on the home page
HOME_SHOWS = 24  # shows on the home page, latest news first; /shows lists every one
ARTICLE_PAGE = 200  # articles read at a time when a cut-off filters them
MAX_COMPARE = 6  # shows in one ratings comparison (the chart's colour palette)


def when_of(as_of: date | None = None, known_by: date | None = None,
            until: date | None = None) -> TimeFilter:
    """The time filter of a request; ``until`` (the spoiler cut-off) sets both clocks."""
    return TimeFilter(as_of=as_of or until, known_by=known_by or until)


def home_view(store: Store, when: TimeFilter) -> dict[str, Any]:
    """The ``HOME_SHOWS`` shows with the latest news, each with the claims that moved
    last (only those shows' claims are read), how many shows are listed, and the newest
    articles."""
    total, latest = latest_shows(store, when, HOME_SHOWS)
    shows = [s.to_dict() for s in latest]
    changes = latest_claims(store, [s["id"] for s in shows], when, HOME_CHANGES)
    for s in shows:
        s["changes"] = [c.to_dict() for c in changes.get(s["id"], [])]
    articles = [article_summary(a) for a in known_articles(store, when, HOME_ARTICLES)]
    return {"shows": shows, "total": total, "articles": articles}


def known_articles(store: Store, when: TimeFilter, limit: int,
                   q: str | None = None) -> list[Article]:
    """The newest ``limit`` articles (holding ``q``) published by ``when.known_by``.

    A later article is a spoiler, so under a cut-off the store is read page by
    page until enough known ones are found.
    """
    found: list[Article] = []
    offset = 0
    while len(found) < limit:
        batch = store.articles(q=q, limit=ARTICLE_PAGE, offset=offset)
        found += [a for a in batch if when.known(a.published)]
        if len(batch) < ARTICLE_PAGE:
            break
        offset += ARTICLE_PAGE
    return found[:limit]


def _timeline(store: Store, show: str, when: TimeFilter, start: date | None = None,
              end: date | None = None, **kw: Any) -> list[dict[str, Any]]:
    return [e.to_dict() for e in timeline(store, show, when, start=start, end=end, **kw)]


def _or_empty(result: Any) -> Any:
    """A query result as a dict; None (nothing known) as an empty dict."""
    return {} if result is None else result.to_dict()


# The parts of a show page, each one query reading only that show's facts; the API
# serves each part on its own route. ``res``: the show's part of the stored resolution
# (``query.facts.show_scope``) and ``rows``: its rows, both read once a page.
SHOW_PARTS: dict[str, Callable[..., Any]] = {
    "cast": lambda store, show, when, **kw: _or_empty(cast(store, show, when, **kw)),
    "timeline": _timeline,
    "ratings": lambda store, show, when, **kw: _or_empty(ratings(store, show, when, **kw)),
    "rumours": lambda store, show, when, **kw: [
        c.to_dict() for c in rumours(store, show, when, **kw)],
    "relations": lambda store, show, when, **kw: [
        r.to_dict() for r in relations(store, show, when, **kw)],
}


def show_info(detail: Any) -> dict[str, Any]:
    """A show's details flattened: its summary fields plus characters and info sources."""
    d = detail.to_dict()
    return {**d.pop("summary"), **d}


def show_part(store: Store, show: str, part: str, when: TimeFilter, **kw: Any) -> Any:
    """One part of a show page (None when the show is unknown), over that show's part
    of the stored resolution."""
    found = show_scope(store, show)
    if found is None:
        return None
    sid, res = found
    return SHOW_PARTS[part](store, sid, when, res=res, **kw)


def show_view(store: Store, show: str, when: TimeFilter,
              start: date | None = None, end: date | None = None) -> dict[str, Any] | None:
    """A show's page: details, cast, timeline, ratings, rumours and relations, from that
    show's facts and its part of the stored resolution, each read once for them all."""
    found = show_scope(store, show)
    if found is None:
        return None
    sid, res = found
    rows = rows_of(store, when, show_id=sid)
    detail = show_detail(store, sid, when, res, rows)
    if detail is None:
        return None
    data: dict[str, Any] = {"show": show_info(detail)}
    for name, fn in SHOW_PARTS.items():
        extra = {"start": start, "end": end} if name == "timeline" else {}
        data[name] = fn(store, sid, when, res=res, rows=rows, **extra)
    return data


def show_list(text: str) -> list[str]:
    """The shows named in ``?shows=a,b``: trimmed, without blanks or repeats."""
    return list(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))


def compare_view(store: Store, shows: list[str], when: TimeFilter) -> dict[str, Any]:
    """The ratings series of several shows, the names not found, and shows to add."""
    found, missing = [], []
    for name in shows[:MAX_COMPARE]:
        series = ratings(store, name, when)
        if series is None:
            missing.append(name)
        else:
            found.append({"id": series.show_id, "name": series.show, "ratings": series.to_dict()})
    chosen = {s["id"] for s in found}
    choices = [c.to_dict() for c in rated_shows(store, when) if c.id not in chosen]
    return {"shows": shows, "found": found, "missing": missing, "choices": choices,
            "more": shows[MAX_COMPARE:]}


def show_articles_view(store: Store, show: str, when: TimeFilter) -> dict[str, Any] | None:
    """A show's articles, newest first, with what each said (None when the show is unknown)."""
    found = show_articles(store, show, when)
    return None if found is None else found.to_dict()


def character_view(store: Store, show: str, name: str,
                   when: TimeFilter) -> dict[str, Any] | None:
    """Who played a character and when, its relations, events and claims (None: unknown)."""
    report = character(store, show, name, when)
    return None if report is None else report.to_dict()


def person_view(store: Store, name: str, when: TimeFilter) -> dict[str, Any] | None:
    """A person's roles across shows, tenures and changes (None when unknown)."""
    report = person(store, name, when)
    return None if report is None else report.to_dict()


def people_list(store: Store, q: str | None, when: TimeFilter = NOW,
                everything: bool = False) -> list[dict[str, Any]]:
    """Listed people by name (``everything``: unconfirmed mentions too); ``q`` keeps those
    the search finds (any spelling, either script)."""
    wanted = found_ids(store, q, "person")
    return [p.to_dict() for p in list_people(store, when, everything)
            if wanted is None or p.id in wanted]


def shows_list(store: Store, q: str | None, when: TimeFilter = NOW,
               everything: bool = False) -> list[dict[str, Any]]:
    """Listed shows, most covered first (``everything``: unconfirmed mentions too); ``q``
    keeps those the search finds (any spelling, either script, initials such as "SNS")."""
    wanted = found_ids(store, q, "show")
    return [s.to_dict() for s in list_shows(store, when, everything)
            if wanted is None or s.id in wanted]


def shows_page(store: Store, q: str | None, when: TimeFilter, everything: bool,
               limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """How many shows ``shows_list`` gives and ``limit`` of them from ``offset``; with no
    query and no time filter only that page is read (``counted_shows``)."""
    if (q is None or not q.strip()) and when == NOW:
        total, found = counted_shows(store, everything, limit=limit, offset=offset)
        return total, [s.to_dict() for s in found]
    items = shows_list(store, q, when, everything)
    return len(items), items[offset:offset + limit]


def article_summary(article: Any) -> dict[str, Any]:
    """An article as listed (no text): id, title, outlet, date, url; the title is its
    headline without date stamps and page furniture (``query.titles``)."""
    return {"id": article.id, "title": display_title(article.title, article.text, article.outlet),
            "outlet": article.outlet, "url": article.url,
            "published": article.published.iso() if article.published else None,
            "lang": article.lang}


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article with its text, its facts (evidence offsets) and the highlight runs."""
    article = store.article(article_id)
    if article is None:
        return None
    facts = [_fact_dict(sf.id, sf.fact) for sf in store.facts(article_id=article_id)]
    spans = [(f["evidence"]["start"], f["evidence"]["end"]) if f["evidence"] else (0, 0)
             for f in facts]
    return {**article_summary(article), "text": article.text, "facts": facts,
            "runs": [r.to_dict() for r in runs(article.text, spans)]}


def search_view(store: Store, q: str, when: TimeFilter = NOW,
                limit: int = 20) -> dict[str, Any]:
    """Entities whose names match ``q`` and articles whose text holds it, known by ``when``."""
    if not q.strip():
        return {"q": q, "hits": [], "articles": []}
    return {"q": q, "hits": [h.to_dict() for h in search(store, q, when=when)],
            "articles": [article_summary(a) for a in known_articles(store, when, limit, q)]}


def published_of(article: dict[str, Any]) -> PubDate | None:
    """The date of an article dict (``article_summary``), with its precision."""
    day = article.get("published")
    return PubDate.parse(day) if day else None


def _fact_dict(fact_id: int, fact: Any) -> dict[str, Any]:
    """A stored fact in SPEC form plus its id, modality, confidence and evidence."""
    ev = fact.evidence
    return {"id": fact_id, **fact.to_spec(), "modality": fact.modality,
            "confidence": fact.confidence,
            "evidence": None if ev is None else {"start": ev.start, "end": ev.end,
                                                 "text": ev.text}}
