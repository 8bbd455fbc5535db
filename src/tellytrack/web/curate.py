"""Curation routes under /api/v1/overrides: the CLI's ``merge``, ``split``, ``rename``,
``not-a-show``, ``not-a-person``, ``confirm`` and ``overrides`` over HTTP.

Reading the overrides is open like every read; recording or forgetting one
needs the bearer token, as ``POST /articles`` does (``api.require_token``).
Each route calls ``tellytrack.resolve.curation``, which re-resolves the
knowledge base, so the next read shows the correction.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Path
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from tellytrack.resolve.curation import CurationError, curate, overrides, uncurate
from tellytrack.web.api import Error, StoreDep, require_token

router = APIRouter(tags=["curation"])
_SAID = {400: "The correction makes no sense (the detail says why).",
         401: "Missing or wrong token.", 403: "Writes are disabled on this server.",
         404: "No such show, person or override."}


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": Error, "description": _SAID[code]} for code in codes}


def _name() -> Any:
    return Field(min_length=1, max_length=500, description="An id or any spelling.")


class Verdict(BaseModel):
    """A correction about one entity: reject it as a show or person, or list it."""

    action: Literal["not-a-show", "not-a-person", "confirm"]
    name: str = _name()


class Change(BaseModel):
    """A correction that needs a second name: the entity to merge in, the spelling to
    split off, or the new name (so the schema, not the route, says it is required)."""

    action: Literal["merge", "split", "rename"]
    name: str = _name()
    # a character ``str.strip`` keeps (the route strips the value; the separators \x1c-\x1f
    # are white space to Python, not to a regex's \s): a value of blanks alone is refused
    # by the schema, not by the route after a schema-valid request
    value: str = Field(min_length=1, max_length=500, pattern=r"[^\s\x1c-\x1f]",
                       description="merge: the other entity; split: the spelling to take "
                                   "out; rename: the new name.")


OverrideIn = Annotated[Verdict | Change, Body(discriminator="action")]


@router.get("/overrides")
def overrides_get(store: StoreDep) -> dict[str, Any]:
    """Every override, oldest first (the order they apply in), each with ``applied``."""
    return {"items": overrides(store)}


@router.post("/overrides", status_code=201, dependencies=[Depends(require_token)],
             responses=_errors(400, 401, 403, 404))
async def overrides_post(body: OverrideIn, store: StoreDep) -> dict[str, Any]:
    """Record a correction (needs the token); every later resolution applies it."""
    try:
        done = await run_in_threadpool(curate, store, body.action, body.name,
                                        body.value if isinstance(body, Change) else None)
    except CurationError as exc:
        raise HTTPException(404 if str(exc).startswith("no ") else 400, str(exc)) from exc
    return done.to_dict()


@router.delete("/overrides/{override_id}", dependencies=[Depends(require_token)],
               responses=_errors(401, 403, 404))
async def overrides_delete(override_id: Annotated[int, Path(ge=1, le=2**62)],
                           store: StoreDep) -> dict[str, Any]:
    """Forget one override (needs the token); the KB is resolved again without it."""
    if not await run_in_threadpool(uncurate, store, override_id):
        raise HTTPException(404, f"no override {override_id}; GET /api/v1/overrides lists them")
    return {"deleted": override_id}
