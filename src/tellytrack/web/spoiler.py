"""The spoiler cut-off: one date a reader sets once and every link keeps.

A reader who has watched up to a date sets it for one page (``?until=DATE``,
the show page's form) or for the whole site (the header form, which stores it
in the ``tt_until`` cookie through ``/spoiler``). A page reads the cut-off
from its query first (an empty ``?until=`` means "no cut-off" and beats the
cookie), else from the cookie. Every internal link a page writes goes through
:func:`url`, which adds the cut-off back, so no click shows more than the
reader asked for; a link to an API twin carries it as ``as_of`` and
``known_by``, the two clocks ``until`` sets.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from jinja2 import pass_context
from jinja2.runtime import Context
from starlette.exceptions import HTTPException

from tellytrack.web.app import API_PREFIX

COOKIE = "tt_until"
COOKIE_DAYS = 365  # a reader's cut-off outlives the browser session

router = APIRouter(include_in_schema=False)


def parse_until(raw: str | None) -> date | None:
    """A cut-off as typed: "YYYY-MM-DD", or empty for none; HTTP 422 saying how otherwise."""
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise HTTPException(422, f"until={raw!r} is not a date; write it as YYYY-MM-DD "
                                 "(e.g. ?until=2024-03-05) or leave it empty") from None


def cut_off(request: Request) -> date | None:
    """The request's cut-off: ``?until=`` when given (even empty), else the site cookie."""
    if "until" in request.query_params:
        return parse_until(request.query_params["until"])
    try:
        return parse_until(request.cookies.get(COOKIE))
    except HTTPException:
        return None  # a cookie someone edited by hand is no reason to refuse the page


def page_cut_off(request: Request) -> date | None:
    """The cut-off for writing a page's links; an unreadable one counts as none.

    (The route itself refuses an unreadable ``?until=`` with a 422 that says how
    to write it; the error page that says so must still render.)
    """
    try:
        return cut_off(request)
    except HTTPException:
        return None


@pass_context
def url(context: Context, path: str, *segments: object, **params: Any) -> str:
    """An internal link that keeps the page's cut-off (``until=""`` drops it on purpose).

    ``segments`` are quoted whole, so an id holding "/" or "?" stays one path segment;
    a query already in ``path`` is kept.
    """
    base, _, given = path.partition("?")
    full = "/".join([base.rstrip("/") if segments else base,
                     *(quote(str(s), safe="") for s in segments)])
    query = {**dict(parse_qsl(given)), **{k: v for k, v in params.items() if v is not None}}
    until = context.get("until")
    if "until" not in query and until:
        keep = ({"as_of": until, "known_by": until} if full.startswith(API_PREFIX)
                else {"until": until})
        query = {**query, **keep}
    return f"{full}?{urlencode(query)}" if query else full


def _local(path: str) -> str:
    """``next`` only ever leads back into this site (no open redirect)."""
    return path if path.startswith("/") and not path.startswith("//") else "/"


@router.get("/spoiler")
def set_site_cut_off(until: Annotated[str, Query()] = "",
                     next: Annotated[str, Query()] = "/") -> RedirectResponse:
    """Remember the cut-off for every page (empty: forget it), then go back to ``next``."""
    day = parse_until(until)
    back = _local(next.split("?", 1)[0])
    response = RedirectResponse(f"{back}?{urlencode({'until': day or ''})}", status_code=303)
    if day is None:
        response.delete_cookie(COOKIE, path="/")
    else:
        response.set_cookie(COOKIE, day.isoformat(), max_age=COOKIE_DAYS * 86400, path="/",
                            httponly=True, samesite="lax")
    return response
