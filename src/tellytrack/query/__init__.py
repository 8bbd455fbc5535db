"""The query layer: read-only, time-aware questions over a store (see QUERY.md).

Every query takes ``when: TimeFilter`` (world time ``as_of``, news time
``known_by``) and returns frozen dataclasses with ``to_dict()``.
"""

from __future__ import annotations

from tellytrack.query.cast import CastReport, Tenure, cast
from tellytrack.query.people import PersonReport, person
from tellytrack.query.ratings import RatingPoint, RatingReport, RatingSeries, ratings
from tellytrack.query.relations import Relation, relations
from tellytrack.query.rumours import Claim, ClaimStep, rumours
from tellytrack.query.search import Hit, search
from tellytrack.query.shows import ShowDetail, ShowSummary, list_shows, show_detail
from tellytrack.query.sources import Source
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.query.timeline import TimelineEvent, timeline

__all__ = [
    "NOW", "CastReport", "Claim", "ClaimStep", "Hit", "PersonReport", "RatingPoint",
    "RatingReport", "RatingSeries", "Relation", "ShowDetail", "ShowSummary", "Source",
    "Tenure", "TimeFilter", "TimelineEvent", "cast", "list_shows", "person", "ratings",
    "relations", "rumours", "search", "show_detail", "timeline",
]
