"""``GET /api/v1/export``: the exports of ``tellytrack export`` over HTTP, linked from every page.

The route calls the same ``export.collect`` and ``export.render`` as the
command, so a file saved from a page equals the one the CLI writes. It is
served inline with a file name (``Content-Disposition``): a browser shows
JSON and saves CSV or GraphML under a name that says what it holds.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from tellytrack.export import FORMATS, TABLES, UnknownShow, collect, render
from tellytrack.query import TimeFilter
from tellytrack.web.api import AsOf, KnownBy, StoreDep

router = APIRouter()
FormatName = Annotated[str, Query(pattern=f"^({'|'.join(FORMATS)})$",
                                  description="csv, json, jsonld (Wikidata-style) or graphml.")]
TableName = Annotated[str, Query(pattern=f"^({'|'.join(TABLES)})$",
                                 description="CSV only: which table.")]
ShowName = Annotated[str | None, Query(description="Only this show (any spelling or id).")]


@router.get("/export", response_class=Response, responses={
    200: {"content": {f.media_type.split(";")[0]: {} for f in FORMATS.values()},
          "description": "The export file."},
    404: {"description": "No show matches `show`."}})
def export(store: StoreDep, format: FormatName = "json", table: TableName = "cast_runs",
           show: ShowName = None, as_of: AsOf = None, known_by: KnownBy = None) -> Response:
    """Cast runs, cast-change claims with histories, ratings, events and relations as a file."""
    try:
        data = collect(store, show, TimeFilter(as_of, known_by))
    except UnknownShow as e:
        raise HTTPException(404, str(e)) from e
    fmt = FORMATS[format]
    name = "-".join(p for p in ("tellytrack", _slug(show), table if format == "csv" else "") if p)
    return Response(render(data, format, table), media_type=fmt.media_type,
                    headers={"Content-Disposition": f'inline; filename="{name}{fmt.suffix}"'})


def _slug(text: str | None) -> str:
    """A file-name-safe form of a show name or id."""
    return re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-")
