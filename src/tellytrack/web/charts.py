"""The ratings chart as inline SVG: rating and rank over weeks, storyline events marked.

Drawn on the server so the page needs no script and no network: the chart is
part of the HTML, prints, and survives a strict Content-Security-Policy. Two
stacked panels share the week axis (rating on top, rank below with number one
at the top), because one panel with two y-axes is easy to misread. Events are
numbered markers with a legend under the chart, so long labels never overlap.
Every piece of text passes through :func:`esc`: names come from articles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from tellytrack.query.weeks import week_monday

WIDTH = 760
LEFT, RIGHT = 56, 20  # room for y-axis labels / breathing space on the right
RATING_TOP, RATING_H = 28, 130
RANK_TOP, RANK_H = 196, 80
AXIS_Y = RANK_TOP + RANK_H + 22  # baseline of the week labels
HEIGHT = AXIS_Y + 12
STATUS_COLOURS = {"aired": "#15803d", "upcoming": "#2563eb", "speculated": "#d97706"}


@dataclass(frozen=True)
class ChartPoint:
    """One week of the series; rank or rating may be missing from the reports."""

    week: str  # ISO week "YYYY-Www"
    rank: int | None
    rating: float | None
    conflict: bool = False


@dataclass(frozen=True)
class ChartEvent:
    """A storyline event to mark on the week axis."""

    day: date
    label: str
    status: str


def esc(text: object) -> str:
    """Text made safe for SVG/XML content and attributes."""
    return escape(str(text), quote=True)


def ratings_svg(points: list[ChartPoint], events: list[ChartEvent]) -> str:
    """The whole chart as one ``<svg>`` element (a short note when there is no data)."""
    points = _plotted(points)
    if not points:
        return _empty("No ratings reported yet.")
    shown = legend_events(points, events)
    x = _x_scale(*_domain(points))
    parts = [_open_svg("Ratings and rank by week"), *_panel_frames()]
    parts += _rating_panel(points, x)
    parts += _rank_panel(points, x)
    parts += _week_labels(points, x)
    parts += _event_marks(shown, x)
    parts.append("</svg>")
    return "".join(parts)


def legend_events(points: list[ChartPoint], events: list[ChartEvent]) -> list[ChartEvent]:
    """The events the chart marks, in marker-number order (for the legend under it)."""
    points = _plotted(points)
    if not points:
        return []
    first, last = _domain(points)
    return sorted((e for e in events if first <= e.day <= last), key=lambda e: e.day)


def _plotted(points: list[ChartPoint]) -> list[ChartPoint]:
    """The weeks with something to draw, in time order."""
    return sorted((p for p in points if p.rank is not None or p.rating is not None),
                  key=lambda p: week_monday(p.week))


def _domain(points: list[ChartPoint]) -> tuple[date, date]:
    """First and last day of the axis: the plotted weeks with a little room either side."""
    return (week_monday(points[0].week) - timedelta(days=3),
            week_monday(points[-1].week) + timedelta(days=9))


def _x_scale(first: date, last: date) -> dict[str, float]:
    """Start and pixels-per-day of the shared horizontal axis."""
    span = max((last - first).days, 1)
    return {"origin": first.toordinal(), "per_day": (WIDTH - LEFT - RIGHT) / span}


def _x(day: date, x: dict[str, float]) -> float:
    return LEFT + (day.toordinal() - x["origin"]) * x["per_day"]


def _week_x(week: str, x: dict[str, float]) -> float:
    """Weeks are drawn at their middle (Thursday), where ISO puts them."""
    return _x(week_monday(week) + timedelta(days=3), x)


def _open_svg(title: str) -> str:
    return (f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} '
            f'{HEIGHT}" role="img" aria-label="{esc(title)}"><title>{esc(title)}</title>')


def _panel_frames() -> list[str]:
    """Panel backgrounds and titles."""
    return [
        f'<rect class="panel" x="{LEFT}" y="{RATING_TOP}" width="{WIDTH - LEFT - RIGHT}" '
        f'height="{RATING_H}"/>',
        f'<rect class="panel" x="{LEFT}" y="{RANK_TOP}" width="{WIDTH - LEFT - RIGHT}" '
        f'height="{RANK_H}"/>',
        f'<text class="axis-title" x="{LEFT}" y="{RATING_TOP - 10}">Rating (TRP)</text>',
        f'<text class="axis-title" x="{LEFT}" y="{RANK_TOP - 10}">Rank (1 = top)</text>',
    ]


def _rating_panel(points: list[ChartPoint], x: dict[str, float]) -> list[str]:
    """Rating line with dots; the y-axis starts at zero so small moves don't look huge."""
    rated = [p for p in points if p.rating is not None]
    if not rated:
        return [_note(RATING_TOP + RATING_H / 2, "no rating figures reported")]
    top = max(p.rating or 0.0 for p in rated) * 1.2 or 1.0

    def y(v: float) -> float:
        return RATING_TOP + RATING_H - v / top * RATING_H

    out = [_gridline(y(top * f), f"{top * f:.1f}") for f in (0.0, 0.5, 1.0)]
    xy = [(_week_x(p.week, x), y(p.rating or 0.0), p) for p in rated]
    out.append(_polyline("rating-line", [(a, b) for a, b, _ in xy]))
    for a, b, p in xy:
        out.append(_dot("rating-dot", a, b, p, f"{p.week}: rating {p.rating}"))
        out.append(f'<text class="value" x="{a:.1f}" y="{b - 9:.1f}">{esc(p.rating)}</text>')
    return out


def _rank_panel(points: list[ChartPoint], x: dict[str, float]) -> list[str]:
    """Rank as a line with number one at the top of the panel."""
    ranked = [p for p in points if p.rank is not None]
    if not ranked:
        return [_note(RANK_TOP + RANK_H / 2, "no rank reported")]
    worst = max(max(p.rank or 1 for p in ranked), 2)

    def y(r: int) -> float:
        return RANK_TOP + 10 + (r - 1) / (worst - 1) * (RANK_H - 20)

    out = [_gridline(y(1), "#1"), _gridline(y(worst), f"#{worst}")]
    xy = [(_week_x(p.week, x), y(p.rank or 1), p) for p in ranked]
    out.append(_polyline("rank-line", [(a, b) for a, b, _ in xy]))
    for a, b, p in xy:
        out.append(_dot("rank-dot", a, b, p, f"{p.week}: rank #{p.rank}"))
    return out


def _week_labels(points: list[ChartPoint], x: dict[str, float]) -> list[str]:
    """Week labels under the chart, thinned so they never collide."""
    step = max(1, len(points) // 8 + (1 if len(points) % 8 else 0))
    return [f'<text class="tick" x="{_week_x(p.week, x):.1f}" y="{AXIS_Y}">{esc(p.week)}</text>'
            for p in points[::step]]


def _event_marks(events: list[ChartEvent], x: dict[str, float]) -> list[str]:
    """A dashed line through both panels and a numbered badge per event."""
    out = []
    for number, event in enumerate(events, start=1):
        a = _x(event.day, x)
        colour = STATUS_COLOURS.get(event.status, "#6b7280")
        tip = esc(f"{event.day.isoformat()}: {event.label} ({event.status})")
        out.append(
            f'<g class="event-mark"><title>{tip}</title>'
            f'<line x1="{a:.1f}" y1="{RATING_TOP}" x2="{a:.1f}" y2="{RANK_TOP + RANK_H}" '
            f'stroke="{colour}"/><circle cx="{a:.1f}" cy="{RATING_TOP - 14}" r="9" '
            f'fill="{colour}"/><text class="event-num" x="{a:.1f}" y="{RATING_TOP - 10}">'
            f"{number}</text></g>")
    return out


def _gridline(y: float, label: str) -> str:
    return (f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>'
            f'<text class="tick y" x="{LEFT - 8}" y="{y + 4:.1f}">{esc(label)}</text>')


def _polyline(css: str, xy: list[tuple[float, float]]) -> str:
    coords = " ".join(f"{a:.1f},{b:.1f}" for a, b in xy)
    return f'<polyline class="{css}" points="{coords}"/>'


def _dot(css: str, a: float, b: float, point: ChartPoint, tip: str) -> str:
    """A data dot; a week whose reports disagree is drawn hollow and says so."""
    extra = " conflict" if point.conflict else ""
    note = " (reports disagree)" if point.conflict else ""
    return (f'<circle class="{css}{extra}" cx="{a:.1f}" cy="{b:.1f}" r="4.5">'
            f"<title>{esc(tip + note)}</title></circle>")


def _note(y: float, text: str) -> str:
    return f'<text class="note" x="{WIDTH / 2:.0f}" y="{y:.0f}">{esc(text)}</text>'


def _empty(text: str) -> str:
    return (f'<svg class="chart empty" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} 60"'
            f' role="img" aria-label="{esc(text)}"><text class="note" x="{WIDTH / 2:.0f}" y="34">'
            f"{esc(text)}</text></svg>")
