"""The JSON API under /api/v1: thin routes over ``web.views`` and the ingest pipeline.

Reads are open; the one write route (POST /articles) needs the bearer token
the app was created with, and is closed when there is none. Lists are paged
with ``limit``/``offset`` and say where the next page starts; ids are stable
(article ids are content hashes, entity ids come from the resolver).

The write route reads its body itself, after the token is checked and within
:data:`~tellytrack.limits.MAX_DOCUMENT_BYTES` (the Content-Length header first,
then every chunk counted), so an unauthenticated or oversized body costs
nothing. A body that is not JSON is a 400; articles that break the schema are
a 422 naming each one ("article 3: ..."), in FastAPI's validation-error shape
like every other 422; articles the reader refuses (a wrong date, a URL that
cannot be read) are listed in ``failed`` while the rest are stored, as in the CLI.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from tellytrack import limits
from tellytrack.ingest.jsonl import from_record
from tellytrack.model import content_id
from tellytrack.pipeline import ingest_items
from tellytrack.query.rumours import rumours_page
from tellytrack.store.base import Store
from tellytrack.web import views
from tellytrack.web.app import store_for, token_refusal

DESCRIPTION = ("A time-aware, sourced knowledge base of Indian TV serials. Every list is "
               "paged (limit, offset, next_offset); time-aware routes take as_of (world time) "
               "and known_by (only news published by then).")
MAX_LIMIT = 500
MAX_BATCH = 1000  # articles per POST; larger archives go through `tellytrack ingest`
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: object) -> object:
    """Only YYYY-MM-DD is a date: pydantic alone reads "0" as a Unix timestamp (1970-01-01)."""
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        raise ValueError("write the date as YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(iso_date)]
router = APIRouter()
StoreDep = Annotated[Store, Depends(store_for)]
AsOf = Annotated[IsoDate | None, Query(description="What was true on this date (world time).")]
KnownBy = Annotated[IsoDate | None,
                    Query(description="Only use articles published by this date.")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=limits.MAX_QUERY_INT)]
bearer = HTTPBearer(auto_error=False, description="The server's $TELLYTRACK_TOKEN.")


class Error(BaseModel):
    """Every error but a 422: what went wrong and how to fix it."""

    detail: str


VALIDATION_ERROR = {  # FastAPI's own 422 schema, which every route's 422 follows
    "description": "An article or parameter breaks the schema; each problem is named.",
    "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/HTTPValidationError"}}}}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error codes, all with the :class:`Error` body."""
    said = {400: "The body is not readable JSON.", 401: "Missing or wrong token.",
            403: "Writes are disabled on this server.", 404: "No such id or name.",
            413: "The body is over the size limit.", 415: "The body is not application/json."}
    return {code: {"model": Error, "description": said[code]} for code in codes}


class ArticleIn(BaseModel):
    """One article to ingest: the JSONL record format of ``tellytrack ingest``.

    pydantic refuses strings holding lone surrogates ("\\ud800" escapes): they are
    not Unicode text and could not be stored, so they are a 422 here. Strict: a
    JSON ``false`` is not an id, nor ``1`` a title (lax mode would convert them).
    """

    model_config = ConfigDict(strict=True)

    text: str = Field(min_length=1)
    id: str | int | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY")
    title: str | None = None
    lang: str | None = None


_ARTICLE = ArticleIn.model_json_schema()
_LIST = {"type": "array", "items": _ARTICLE, "minItems": 1, "maxItems": MAX_BATCH}
BODY_SCHEMA = {"schema": {"anyOf": [
    _ARTICLE, _LIST,
    {"type": "object", "properties": {"articles": _LIST}, "required": ["articles"],
     "title": "Batch"},
]}}


async def read_json(request: Request) -> Any:
    """The request's JSON body, read within the size limit (400/413/415 otherwise)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise HTTPException(415, "send the articles as JSON with 'Content-Type: application/json'")
    data = await read_body(request, limits.MAX_DOCUMENT_BYTES)
    try:
        return limits.loads(data)
    except limits.TooDeep as e:
        raise HTTPException(400, f"the body is {e}") from e
    except UnicodeDecodeError as e:
        raise HTTPException(400, f"the body is not UTF-8 (byte 0x{data[e.start]:02x} at offset "
                                 f"{e.start})") from e
    except ValueError as e:  # json.JSONDecodeError
        raise HTTPException(400, f"the body is not JSON ({e})") from e


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused (413) by its Content-Length before reading, or as soon as it
    passes ``limit`` while streaming (a client may lie or send chunked)."""
    declared = request.headers.get("content-length", "0")
    if not declared.isdigit():
        raise HTTPException(400, "the Content-Length header is not a number")
    if int(declared) > limit:
        raise HTTPException(413, f"the body is {limits.too_big(int(declared))}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the body is {limits.too_big(size)}")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_articles(body: Any) -> list[dict[str, Any]]:
    """The articles of a body (one, a list, or {"articles": [...]}), each checked
    against :class:`ArticleIn`; every problem is named "article N" in one 422."""
    where: tuple[str | int, ...] = ("body",)
    if isinstance(body, dict) and "articles" in body:
        body, where = body["articles"], ("body", "articles")
    items = body if isinstance(body, list) else [body]
    if not 1 <= len(items) <= MAX_BATCH or not isinstance(body, dict | list):
        raise RequestValidationError([{
            "loc": list(where), "type": "value_error",
            "msg": f"send one article object, or between 1 and {MAX_BATCH} of them in a list"}])
    problems: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    for n, item in enumerate(items, 1):
        try:
            articles.append(ArticleIn.model_validate(item).model_dump(exclude_none=True))
        except ValidationError as e:
            at = [*where, n - 1] if isinstance(body, list) else list(where)
            problems += [{"loc": [*at, *err["loc"]], "type": err["type"],
                          "msg": f"article {n}: {err['msg']}"} for err in e.errors()]
    if problems:
        raise RequestValidationError(problems)
    return articles


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of a full list, with the total and where the next page starts."""
    return window(items[offset:offset + limit], len(items), limit, offset)


def window(chunk: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    """A page already cut (``chunk``, from ``offset``) of a list of ``total`` items."""
    more = offset + limit < total
    return {"items": chunk, "total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


def require_token(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """Refuse a write unless it carries the app's token (writes are closed without one).

    ``app.GuardWrites`` has already refused such a request before its body was
    read; this check is the route's own, and what declares the token in OpenAPI.
    """
    refusal = token_refusal(creds.credentials if creds else "", request.app.state.token)
    if refusal is not None:
        raise refusal


def _found(data: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if data is None:
        raise HTTPException(404, f"no {what} with that id or name; try /api/v1/search?q=...")
    return data


@router.get("/shows", tags=["shows"])
def shows_list(store: StoreDep, q: str | None = None, as_of: AsOf = None,
               known_by: KnownBy = None, unconfirmed: bool = False, limit: Limit = 50,
               offset: Offset = 0) -> dict[str, Any]:
    """Listed shows, most covered first, with their admission ``status``; ``q`` keeps those
    the search finds (any spelling, either script, initials such as "SNS"); ``unconfirmed``
    adds the mentions admission did not confirm."""
    total, items = views.shows_page(store, q, views.when_of(as_of, known_by), unconfirmed,
                                    limit, offset)
    return window(items, total, limit, offset)


@router.get("/shows/{show_id}", tags=["shows"], responses=errors(404))
def show_get(show_id: str, store: StoreDep, as_of: AsOf = None,
             known_by: KnownBy = None) -> dict[str, Any]:
    """Everything about one show: details, cast, timeline, ratings, rumours, relations."""
    return _found(views.show_view(store, show_id, views.when_of(as_of, known_by)), "show")


def _part(show_id: str, store: Store, part: str, when: Any, **kw: Any) -> Any:
    found = views.show_part(store, show_id, part, when, **kw)
    if found is None:
        raise HTTPException(404, "no show with that id or name; try /api/v1/search?q=...")
    return found


@router.get("/shows/{show_id}/cast", tags=["shows"], responses=errors(404))
def show_cast(show_id: str, store: StoreDep, as_of: AsOf = None,
              known_by: KnownBy = None) -> dict[str, Any]:
    """Current and former cast with tenure dates and their sources."""
    return dict(_part(show_id, store, "cast", views.when_of(as_of, known_by)))


@router.get("/shows/{show_id}/timeline", tags=["shows"], responses=errors(404))
def show_timeline(
    show_id: str, store: StoreDep, as_of: AsOf = None, known_by: KnownBy = None,
    from_: Annotated[date | None, Query(alias="from")] = None, to: date | None = None,
    limit: Limit = 100, offset: Offset = 0,
) -> dict[str, Any]:
    """Storyline events (aired / upcoming / speculated) between ``from`` and ``to``."""
    events = _part(show_id, store, "timeline", views.when_of(as_of, known_by),
                   start=from_, end=to)
    return page(events, limit, offset)


@router.get("/shows/{show_id}/ratings", tags=["shows"], responses=errors(404))
def show_ratings(show_id: str, store: StoreDep, as_of: AsOf = None,
                 known_by: KnownBy = None) -> dict[str, Any]:
    """The weekly ratings series (rank, rating, sources, conflicting reports)."""
    return dict(_part(show_id, store, "ratings", views.when_of(as_of, known_by)))


@router.get("/shows/{show_id}/articles", tags=["shows"], responses=errors(404))
def show_articles_list(show_id: str, store: StoreDep, as_of: AsOf = None,
                       known_by: KnownBy = None, limit: Limit = 50,
                       offset: Offset = 0) -> dict[str, Any]:
    """The articles a show's facts come from, newest first, with their facts by type."""
    data = _found(views.show_articles_view(store, show_id, views.when_of(as_of, known_by)),
                  "show")
    return {"show": data["show"], "show_id": data["show_id"],
            **page(data["articles"], limit, offset)}


@router.get("/shows/{show_id}/characters/{name}", tags=["shows"], responses=errors(404))
def character_get(show_id: str, name: str, store: StoreDep, as_of: AsOf = None,
                  known_by: KnownBy = None) -> dict[str, Any]:
    """One character: who played them when, their relations, events and cast-change claims."""
    return _found(views.character_view(store, show_id, name, views.when_of(as_of, known_by)),
                  "character")


@router.get("/ratings", tags=["shows"])
def ratings_compare(store: StoreDep, shows: str = "", as_of: AsOf = None,
                    known_by: KnownBy = None) -> dict[str, Any]:
    """Several shows' series side by side (``shows=a,b``, ids or names; at most six)."""
    return views.compare_view(store, views.show_list(shows), views.when_of(as_of, known_by))


@router.get("/shows/{show_id}/rumours", tags=["rumours"], responses=errors(404))
def show_rumours(show_id: str, store: StoreDep, as_of: AsOf = None, known_by: KnownBy = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Each cast-change claim with its reported → denied → confirmed history."""
    return page(_part(show_id, store, "rumours", views.when_of(as_of, known_by)), limit, offset)


@router.get("/shows/{show_id}/relations", tags=["shows"], responses=errors(404))
def show_relations(show_id: str, store: StoreDep, as_of: AsOf = None,
                   known_by: KnownBy = None) -> dict[str, Any]:
    """Character relationships (spouse, parent, sibling, ...) with sources."""
    items = _part(show_id, store, "relations", views.when_of(as_of, known_by))
    return page(items, MAX_LIMIT, 0)


@router.get("/rumours", tags=["rumours"])
def rumours_list(store: StoreDep, as_of: AsOf = None, known_by: KnownBy = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Every show's cast-change claims with their histories, the one reported last first."""
    total, found = rumours_page(store, views.when_of(as_of, known_by), limit, offset)
    return window([c.to_dict() for c in found], total, limit, offset)


@router.get("/people", tags=["people"])
def people_list(store: StoreDep, q: str | None = None, as_of: AsOf = None,
                known_by: KnownBy = None, unconfirmed: bool = False, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Listed people by name (id, name, aliases, admission ``status``, shows, counts); ``q``
    keeps those the search finds (either script); ``unconfirmed`` adds unconfirmed mentions."""
    return page(views.people_list(store, q, views.when_of(as_of, known_by), unconfirmed),
                limit, offset)


@router.get("/people/{person_id}", tags=["people"], responses=errors(404))
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


@router.get("/articles/{article_id}", tags=["articles"], responses=errors(404))
def article_get(article_id: str, store: StoreDep) -> dict[str, Any]:
    """An article's text and its extracted facts with evidence offsets into the text."""
    return _found(views.article_view(store, article_id), "article")


@router.post("/articles", tags=["articles"], status_code=201,
             dependencies=[Depends(require_token)],
             responses={**errors(400, 401, 403, 413, 415), 422: VALIDATION_ERROR},
             openapi_extra={"requestBody": {"required": True,
                                            "content": {"application/json": BODY_SCHEMA}}})
async def articles_post(request: Request, store: StoreDep) -> dict[str, Any]:
    """Ingest one article, a list of them, or ``{"articles": [...]}`` (needs the token).

    Runs the same pipeline as ``tellytrack ingest`` (dedup, syndication, extraction,
    resolution). ``ids`` are the articles' stable ids, in input order; failures are
    named "article N" with N the 1-based position in the batch. The token is
    checked before the body is read (``dependencies``), the body's size while it
    is read.
    """
    articles = parse_articles(await read_json(request))
    read = (from_record(a, f"article {n}") for n, a in enumerate(articles, 1))
    report = await run_in_threadpool(ingest_items, store, read)
    return {**report.as_dict(), "ids": [content_id(a["text"]) for a in articles]}


@router.get("/search", tags=["search"])
def search_all(store: StoreDep, q: Annotated[str, Query(min_length=1)]) -> dict[str, Any]:
    """Shows, people and characters whose names match ``q``, and articles that mention it."""
    return views.search_view(store, q)
