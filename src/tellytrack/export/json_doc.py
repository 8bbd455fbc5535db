"""JSON: the whole export as one document, in the query layer's own ``to_dict()`` form.

Each show holds its ``show`` summary, ``current`` and ``former`` cast runs,
``claims`` (each with its ``history``), ``ratings``, ``events`` and
``relations``: the same dicts ``--json`` and the API print, so a script
written against one reads the other.
"""

from __future__ import annotations

import json

from tellytrack.export.data import KBExport

FORMAT = "tellytrack-export/1"  # bumped when a field changes meaning


def render(data: KBExport) -> str:
    """The export as an indented JSON document."""
    return json.dumps({"format": FORMAT, **data.to_dict()}, indent=2, ensure_ascii=False) + "\n"
