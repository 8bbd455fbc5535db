"""Exports of the knowledge base: CSV tables, one JSON document, Wikidata-style JSON-LD, GraphML.

``collect`` gathers what is exported (``data.py``, through the query layer);
one module per format renders it. ``render`` is what the CLI
(``tellytrack export``) and the HTTP route (``/api/v1/export``) both call, so
a file saved from the page and one written by the command are the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from tellytrack.export import csv_tables, graphml, json_doc, jsonld
from tellytrack.export.csv_tables import TABLES, write_dir
from tellytrack.export.data import KBExport, ShowExport, UnknownShow, collect


@dataclass(frozen=True)
class Format:
    """An export format: the media type it is served with and its file suffix."""

    media_type: str
    suffix: str


FORMATS: dict[str, Format] = {
    "csv": Format("text/csv; charset=utf-8", ".csv"),
    "json": Format("application/json", ".json"),
    "jsonld": Format("application/ld+json", ".jsonld"),
    "graphml": Format("application/graphml+xml", ".graphml"),
}


def render(data: KBExport, fmt: str, table: str | None = None) -> str:
    """The export in format ``fmt``; CSV is one ``table`` (see ``TABLES``)."""
    if fmt == "csv":
        if table not in TABLES:
            raise ValueError(f"CSV holds one table per file: name one of {', '.join(TABLES)}")
        return csv_tables.render(data, table)
    renderers = {"json": json_doc.render, "jsonld": jsonld.render, "graphml": graphml.render}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return renderers[fmt](data)


__all__ = ["FORMATS", "TABLES", "Format", "KBExport", "ShowExport", "UnknownShow", "collect",
           "render", "write_dir"]
