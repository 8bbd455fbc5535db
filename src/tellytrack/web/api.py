"""The JSON API under /api/v1: thin routes over ``web.views`` and the ingest pipeline.

Reads are open; the one write route (POST /articles) needs the bearer token
the app was created with, and is closed when there is none. Lists are paged
with ``limit``/``offset`` and say where the next page starts; ids are stable
(article ids are content hashes, entity ids come from the resolver).
"""

from __future__ import annotations

import hmac
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from tellytrack.ingest.jsonl import from_record
from tellytrack.model import content_id
from tellytrack.pipeline import ingest_items
from tellytrack.query.rumours import rumours
from tellytrack.query.shows import list_shows
from tellytrack.store.base import Store
from tellytrack.web import views
from tellytrack.web.app import store_for

DESCRIPTION = ("A time-aware, sourced knowledge base of Indian TV serials. Every list is "
               "paged (limit, offset, next_offset); time-aware routes take as_of (world time) "
               "and known_by (only news published by then).")
MAX_LIMIT = 500
MAX_BATCH = 1000  # articles per POST; larger archives go through `tellytrack ingest`

router = APIRouter()
StoreDep = Annotated[Store, Depends(store_for)]
AsOf = Annotated[date | None, Query(description="What was true on this date (world time).")]
KnownBy = Annotated[date | None, Query(description="Only use articles published by this date.")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0)]
bearer = HTTPBearer(auto_error=False, description="The server's $TELLYTRACK_TOKEN.")


class ArticleIn(BaseModel):
    """One article to ingest: the JSONL record format of ``tellytrack ingest``."""

    text: str = Field(min_length=1)
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY")
    title: str | None = None
    lang: str | None = None


class Batch(BaseModel):
    """Several articles in one request, stored in order."""

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_BATCH)


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of a full list, with the total and where the next page starts."""
    chunk = items[offset:offset + limit]
    more = offset + limit < len(items)
    return {"items": chunk, "total": len(items), "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


def require_token(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """Refuse a write unless it carries the app's token (writes are closed without one)."""
    expected: str | None = request.app.state.token
    if expected is None:
        raise HTTPException(403, "writes are disabled on this server; restart it with "
                                 "$TELLYTRACK_TOKEN set to enable POST routes")
    given = creds.credentials if creds else ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token; send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})


def _found(data: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if data is None:
        raise HTTPException(404, f"no {what} with that id or name; try /api/v1/search?q=...")
    return data


@router.get("/shows", tags=["shows"])
def shows_list(store: StoreDep, q: str | None = None, as_of: AsOf = None,
               known_by: KnownBy = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Shows, most recently reported first; ``q`` keeps names or aliases containing it."""
    needle = (q or "").casefold()
    items = [s.to_dict() for s in list_shows(store, views.when_of(as_of, known_by))]
    items = [s for s in items if not needle or any(
        needle in str(n).casefold() for n in (s["name"], *s.get("aliases", [])))]
    return page(items, limit, offset)


@router.get("/shows/{show_id}", tags=["shows"])
def show_get(show_id: str, store: StoreDep, as_of: AsOf = None,
             known_by: KnownBy = None) -> dict[str, Any]:
    """Everything about one show: details, cast, timeline, ratings, rumours, relations."""
    return _found(views.show_view(store, show_id, views.when_of(as_of, known_by)), "show")


def _part(show_id: str, store: Store, part: str, when: Any, **kw: Any) -> Any:
    found = views.show_part(store, show_id, part, when, **kw)
    if found is None:
        raise HTTPException(404, "no show with that id or name; try /api/v1/search?q=...")
    return found


@router.get("/shows/{show_id}/cast", tags=["shows"])
def show_cast(show_id: str, store: StoreDep, as_of: AsOf = None,
              known_by: KnownBy = None) -> dict[str, Any]:
    """Current and former cast with tenure dates and their sources."""
    return dict(_part(show_id, store, "cast", views.when_of(as_of, known_by)))


@router.get("/shows/{show_id}/timeline", tags=["shows"])
def show_timeline(
    show_id: str, store: StoreDep, as_of: AsOf = None, known_by: KnownBy = None,
    from_: Annotated[date | None, Query(alias="from")] = None, to: date | None = None,
    limit: Limit = 100, offset: Offset = 0,
) -> dict[str, Any]:
    """Storyline events (aired / upcoming / speculated) between ``from`` and ``to``."""
    events = _part(show_id, store, "timeline", views.when_of(as_of, known_by),
                   start=from_, end=to)
    return page(events, limit, offset)


@router.get("/shows/{show_id}/ratings", tags=["shows"])
def show_ratings(show_id: str, store: StoreDep, as_of: AsOf = None,
                 known_by: KnownBy = None) -> dict[str, Any]:
    """The weekly ratings series (rank, rating, sources, conflicting reports)."""
    return dict(_part(show_id, store, "ratings", views.when_of(as_of, known_by)))


@router.get("/shows/{show_id}/rumours", tags=["rumours"])
def show_rumours(show_id: str, store: StoreDep, as_of: AsOf = None, known_by: KnownBy = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Each cast-change claim with its reported → denied → confirmed history."""
    return page(_part(show_id, store, "rumours", views.when_of(as_of, known_by)), limit, offset)


@router.get("/shows/{show_id}/relations", tags=["shows"])
def show_relations(show_id: str, store: StoreDep, as_of: AsOf = None,
                   known_by: KnownBy = None) -> dict[str, Any]:
    """Character relationships (spouse, parent, sibling, ...) with sources."""
    items = _part(show_id, store, "relations", views.when_of(as_of, known_by))
    return page(items, MAX_LIMIT, 0)


@router.get("/rumours", tags=["rumours"])
def rumours_list(store: StoreDep, as_of: AsOf = None, known_by: KnownBy = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Every show's cast-change claims with their histories."""
    claims = [c.to_dict() for c in rumours(store, None, views.when_of(as_of, known_by))]
    return page(claims, limit, offset)


@router.get("/people", tags=["people"])
def people_list(store: StoreDep, q: str | None = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """People (actors) in the knowledge base by name; ``q`` filters by name or alias."""
    return page(views.people_list(store, q), limit, offset)


@router.get("/people/{person_id}", tags=["people"])
def person_get(person_id: str, store: StoreDep, as_of: AsOf = None,
               known_by: KnownBy = None) -> dict[str, Any]:
    """One person's roles across shows, with tenures and cast-change claims."""
    return _found(views.person_view(store, person_id, views.when_of(as_of, known_by)), "person")


@router.get("/articles", tags=["articles"])
def articles_list(store: StoreDep, q: str | None = None, limit: Limit = 50,
                  offset: Offset = 0) -> dict[str, Any]:
    """Articles newest first; ``q`` searches their text. Each item carries its id."""
    found = store.articles(q=q or None, limit=limit + 1, offset=offset)
    items = [views.article_summary(a) for a in found[:limit]]
    return {"items": items, "total": None, "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(found) > limit else None}


@router.get("/articles/{article_id}", tags=["articles"])
def article_get(article_id: str, store: StoreDep) -> dict[str, Any]:
    """An article's text and its extracted facts with evidence offsets into the text."""
    return _found(views.article_view(store, article_id), "article")


@router.post("/articles", tags=["articles"], status_code=201,
             dependencies=[Depends(require_token)])
def articles_post(body: ArticleIn | Batch | list[ArticleIn], store: StoreDep) -> dict[str, Any]:
    """Ingest one article, a list of them, or ``{"articles": [...]}`` (needs the token).

    Runs the same pipeline as ``tellytrack ingest`` (dedup, syndication, extraction,
    resolution). ``ids`` are the articles' stable ids, in input order; failures are
    named "article N" with N the 1-based position in the batch.
    """
    items = [body] if isinstance(body, ArticleIn) else (
        body.articles if isinstance(body, Batch) else body)
    if not 1 <= len(items) <= MAX_BATCH:
        raise HTTPException(422, f"send between 1 and {MAX_BATCH} articles per request")
    read = (from_record(a.model_dump(exclude_none=True), f"article {n}")
            for n, a in enumerate(items, 1))
    report = ingest_items(store, read)
    return {**report.as_dict(), "ids": [content_id(a.text) for a in items]}


@router.get("/search", tags=["search"])
def search_all(store: StoreDep, q: Annotated[str, Query(min_length=1)]) -> dict[str, Any]:
    """Shows, people and characters whose names match ``q``, and articles that mention it."""
    return views.search_view(store, q)
