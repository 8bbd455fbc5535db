"""The ratings chart SVG: series, readable axes, event markers, comparison, escaping."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from tellytrack.query.weeks import week_monday
from tellytrack.web.charts import (
    FONT_W,
    NARROW,
    WIDE,
    ChartEvent,
    ChartPoint,
    Series,
    compare_svg,
    legend_events,
    ratings_svg,
)

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
    lines = {(p.get("class") or "").split()[0]: p.get("points")
             for p in root.iter(f"{NS}polyline")}
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
    assert 'class="rating-dot series-0 conflict"' in svg
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


def _weekly(start: date, weeks: int) -> list[ChartPoint]:
    """A series of ``weeks`` weekly reports from ``start``, ranks and ratings wandering."""
    out = []
    for i in range(weeks):
        year, week, _ = (start + timedelta(weeks=i)).isocalendar()
        rating = round(1.2 + i * 13 % 17 / 10, 1)
        out.append(ChartPoint(f"{year}-W{week:02d}", 1 + i * 7 % 9, rating))
    return out


def _texts(svg: str, css: str) -> list[ET.Element]:
    return [t for t in ET.fromstring(svg).iter(f"{NS}text")
            if css in (t.get("class") or "").split()]


def _box(t: ET.Element) -> tuple[float, float, float, float]:
    """The text's box as the chart estimates it (11 px font, centred)."""
    x, y, half = float(t.get("x") or 0), float(t.get("y") or 0), len(t.text or "") * FONT_W / 2
    return (x - half, y - 10, x + half, y + 2)


def _overlaps(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    return [(i, j) for i, p in enumerate(boxes) for j, q in enumerate(boxes[i + 1:], i + 1)
            if p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]]


@pytest.mark.parametrize("width", [WIDE, NARROW])
@pytest.mark.parametrize("weeks", [3, 20, 60, 200])
def test_week_labels_never_collide(width: int, weeks: int) -> None:
    """However long the series, week labels are spaced apart and short ("W36 '20" or a year)."""
    svg = ratings_svg(_weekly(date(2020, 8, 31), weeks), [], width)
    ticks = [t for t in _texts(svg, "tick") if "y" not in (t.get("class") or "").split()]
    assert len(ticks) >= 2 or weeks < 4
    assert all(re.fullmatch(r"W\d\d '\d\d|\d{4}", t.text or "") for t in ticks)
    assert _overlaps([_box(t) for t in ticks]) == []
    assert all(_box(t)[0] >= 0 and _box(t)[2] <= width for t in ticks)


@pytest.mark.parametrize("width", [WIDE, NARROW])
def test_values_are_drawn_without_overlapping(width: int) -> None:
    """Rating and rank values are written by their dots, skipped where they would collide."""
    svg = ratings_svg(_weekly(date(2023, 1, 2), 40), [], width)
    values = _texts(svg, "value")
    assert any((t.text or "").startswith("#") for t in values)  # ranks
    assert any("." in (t.text or "") for t in values)  # ratings
    assert _overlaps([_box(t) for t in values]) == []


def test_the_latest_value_is_always_labelled() -> None:
    """The newest week's figures are the ones a reader wants: they are labelled first."""
    points = _weekly(date(2023, 1, 2), 30)
    svg = ratings_svg(points, [], NARROW)
    values = [t.text for t in _texts(svg, "value")]
    assert f"#{points[-1].rank}" in values and f"{points[-1].rating:g}" in values


def test_crowded_events_share_badges_that_do_not_overlap() -> None:
    """Many events in a few days get shared badges ("2–9"), never drawn over each other."""
    day = date(2024, 1, 10)
    events = [ChartEvent(day + timedelta(days=i // 3), f"event {i}", "aired") for i in range(12)]
    events.append(ChartEvent(date(2024, 1, 2), "leap", "upcoming"))
    svg = ratings_svg(POINTS, events, NARROW)
    root = ET.fromstring(svg)
    marks = [g for g in root.iter(f"{NS}g") if g.get("class") == "event-mark"]
    rects = [g.find(f"{NS}rect") for g in marks]
    boxes = [(float(r.get("x") or 0), float(r.get("y") or 0),
              float(r.get("x") or 0) + float(r.get("width") or 0),
              float(r.get("y") or 0) + float(r.get("height") or 0)) for r in rects if r is not None]
    assert _overlaps(boxes) == []
    numbers = [g.findtext(f"{NS}text") or "" for g in marks]
    covered = [n for text in numbers for n in _numbers(text)]
    assert sorted(covered) == list(range(1, 14))  # every legend number is on some badge
    assert len(marks) < 13


def _numbers(text: str) -> list[int]:
    first, _, last = text.partition("–")
    return list(range(int(first), int(last or first) + 1))


def test_compare_draws_one_line_per_show() -> None:
    """Two shows give two rating lines and two rank lines, told apart by series class."""
    other = [ChartPoint("2024-W01", 3, 1.1), ChartPoint("2024-W02", 2, 1.5),
             ChartPoint("2024-W03", 1, 2.6)]
    root = ET.fromstring(compare_svg([Series("A", POINTS), Series("B", other)]))
    assert "compare" in (root.get("class") or "")
    classes = sorted(p.get("class") or "" for p in root.iter(f"{NS}polyline"))
    assert classes == ["rank-line series-0", "rank-line series-1",
                       "rating-line series-0", "rating-line series-1"]


def test_a_measure_nobody_reported_gets_no_empty_panel() -> None:
    """Ranks without ratings: one panel, and a note saying ratings were not reported."""
    svg = ratings_svg([ChartPoint("2024-W01", 2, None), ChartPoint("2024-W02", 1, None)], [])
    assert svg.count('class="panel"') == 1
    assert "no ratings reported" in svg


def test_a_long_gap_is_dotted_not_solid() -> None:
    """Weeks a year apart are joined by a dotted gap line, so no trend is invented between."""
    points = [ChartPoint("2022-W10", 1, 2.0), ChartPoint("2022-W11", 2, 1.9),
              ChartPoint("2023-W10", 3, 1.5)]
    root = ET.fromstring(ratings_svg(points, []))
    gaps = [line for line in root.iter(f"{NS}line") if "gap-line" in (line.get("class") or "")]
    assert len(gaps) == 2  # one in the rating panel, one in the rank panel
    assert all(len((p.get("points") or "").split()) == 2 for p in root.iter(f"{NS}polyline"))


def test_barc_week_53_is_placed() -> None:
    """A week 53 that the ISO calendar lacks (2019) still lands after week 52."""
    root = ET.fromstring(ratings_svg([ChartPoint("2019-W52", 2, 2.0),
                                      ChartPoint("2019-W53", 1, 2.2)], []))
    dots = [c for c in root.iter(f"{NS}circle") if "rank-dot" in (c.get("class") or "")]
    assert float(dots[0].get("cx") or 0) < float(dots[1].get("cx") or 0)
