"""The one way a query result becomes JSON: ``Result.to_dict()``.

Every query returns frozen dataclasses deriving from :class:`Result`, so the
CLI ``--json``, the REST API and the HTML page all render the same dict.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from tellytrack.model import PubDate


def plain(value: Any) -> Any:
    """A JSON-ready copy: dataclasses to dicts, dates to ISO strings (with precision)."""
    if isinstance(value, PubDate):
        return value.iso()
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


class Result:
    """Mixin for query results (frozen dataclasses)."""

    def to_dict(self) -> dict[str, Any]:
        """The result as a JSON-ready dict."""
        out = plain(self)
        assert isinstance(out, dict)
        return out
