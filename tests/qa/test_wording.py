"""qa.wording: the dates of a tenure in words."""

from tellytrack.qa.wording import tenure_span
from tellytrack.query.cast import Tenure


def _tenure(start: str | None, end: str | None = None, bound: str = "at_least") -> Tenure:
    return Tenure(show="Pyaar Ki Dor", show_id="s1", character="Meera", character_id="c1",
                  actor="Riya Malhotra", actor_id="p1", start=start, start_bound=bound,
                  end=end, end_reason=None, end_by=None, last_seen=None, reaches_back=None,
                  sources=[])


def test_unknown_start_is_said_plainly() -> None:
    """A run known only from undated articles does not claim "an unknown date" as a date."""
    assert tenure_span(_tenure(None)) == "since a date the sources do not give"
    assert tenure_span(_tenure(None, "2024-02-01")) == "until 2024-02-01"


def test_at_least_start() -> None:
    """A run first seen in an article (no entry reported) starts "at least" then."""
    assert tenure_span(_tenure("2024-01-03")) == "since at least 2024-01-03"
    assert tenure_span(_tenure("2024-01-03", bound="exact")) == "since 2024-01-03"
