"""The ratings chart SVG: series, event markers, escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from tellytrack.query.weeks import week_monday
from tellytrack.web.charts import ChartEvent, ChartPoint, legend_events, ratings_svg

NS = "{http://www.w3.org/2000/svg}"
POINTS = [ChartPoint("2024-W02", 2, 2.1), ChartPoint("2024-W01", 1, 2.4),
          ChartPoint("2024-W03", 4, 1.8, conflict=True)]


def test_week_start_is_iso_monday() -> None:
    """Weeks are placed by their ISO Monday, so 2024-W01 starts on 2024-01-01."""
    assert week_monday("2024-W01") == date(2024, 1, 1)
    assert week_monday("2023-W52") == date(2023, 12, 25)


def test_chart_is_well_formed_svg_with_both_series() -> None:
    """The chart parses as XML and draws a rating line and a rank line through every week."""
    root = ET.fromstring(ratings_svg(POINTS, []))
    lines = {p.get("class"): p.get("points") for p in root.iter(f"{NS}polyline")}
    assert set(lines) == {"rating-line", "rank-line"}
    assert all(len((v or "").split()) == 3 for v in lines.values())


def test_rank_one_is_drawn_above_rank_four() -> None:
    """Rank is inverted: the better (lower) rank sits higher on the chart."""
    root = ET.fromstring(ratings_svg(POINTS, []))
    dots = [c for c in root.iter(f"{NS}circle") if "rank-dot" in (c.get("class") or "")]
    ys = [float(c.get("cy") or 0) for c in dots]  # drawn in week order: ranks 1, 2, 4
    assert ys[0] < ys[1] < ys[2]


def test_conflicting_week_is_marked() -> None:
    """A week whose reports disagree is drawn differently and says so in its tooltip."""
    svg = ratings_svg(POINTS, [])
    assert 'class="rating-dot conflict"' in svg
    assert "reports disagree" in svg


def test_events_inside_the_range_get_numbered_markers() -> None:
    """Only events within the charted weeks are marked, numbered in date order."""
    events = [ChartEvent(date(2024, 1, 10), "wedding", "aired"),
              ChartEvent(date(2024, 1, 3), "leap", "upcoming"),
              ChartEvent(date(2025, 6, 1), "death", "speculated")]
    svg = ratings_svg(POINTS, events)
    assert svg.count('class="event-mark"') == 2
    assert [e.label for e in legend_events(POINTS, events)] == ["leap", "wedding"]


def test_text_is_escaped() -> None:
    """An event label from an article cannot inject markup into the SVG."""
    svg = ratings_svg(POINTS, [ChartEvent(date(2024, 1, 9), "<script>x</script>", "aired")])
    assert "<script>" not in svg
    ET.fromstring(svg)


def test_no_ratings_gives_a_note() -> None:
    """With nothing to plot the chart says so instead of drawing empty axes."""
    assert "No ratings reported yet." in ratings_svg([ChartPoint("2024-W01", None, None)], [])
