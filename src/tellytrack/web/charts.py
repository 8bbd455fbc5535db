"""The ratings chart as inline SVG: rating and rank over weeks, one line per show.

Drawn on the server so the page needs no script and no network: the chart is
part of the HTML, prints, and survives a strict Content-Security-Policy. Two
stacked panels share the week axis (rating on top, rank below with number one
at the top), because one panel with two y-axes is easy to misread; a panel
with nothing reported is left out rather than drawn empty. Every text is
placed so it cannot collide with another:

- week labels ("W36 '20", or the year on long spans) are spaced by a step
  chosen from the label width, and any tick too close to the last is dropped;
- value labels ("2.4", "#3") are placed most telling first (latest, first,
  best, worst, then the rest) and skipped where they would overlap;
- events are numbered badges over the chart, close events share a badge
  ("5–11") and badges stack in up to ``MAX_LANES`` rows; the legend under the
  chart (``legend_events``) spells every number out.

Weeks more than ``MAX_GAP_DAYS`` apart are joined by a dotted line, not a
solid one, so a year without reports does not read as a trend. The chart is
drawn at two widths (``WIDE`` for desktops, ``NARROW`` for phones; the page
shows one through CSS), so text stays at its size instead of being scaled
down. Every piece of text passes through :func:`esc`: names come from articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from html import escape

from tellytrack.query.weeks import week_monday

WIDE = 760  # desktop width (viewBox units are CSS pixels in the main column)
FULL = 1140  # a chart that has the page's whole width (the comparison)
NARROW = 340  # phone width: a 390 px screen less the page and card padding
LEFT, RIGHT = 46, 18  # room for y-axis labels / breathing space on the right
FONT_W = 6.7  # advance of one character of the 11 px tick and value font, rounded up
TICK_GAP = 12  # least room between two x-axis labels
LANE_H = 24  # one row of event badges
MAX_LANES = 3  # rows of badges before close events are merged into one badge
BADGE_MIN_W = 20  # a badge's width with a one- or two-digit number
RATING_H, RANK_H = 130, 96  # panel heights
TITLE_H = 24  # panel title above each panel
MAX_GAP_DAYS = 35  # weeks further apart are joined by a dotted line
WEEK_STEPS = (1, 2, 4, 8, 13, 26, 52, 104, 260)  # candidate tick steps, in weeks
RANK_STEPS = (1, 2, 5, 10, 20, 50)
RATING_STEPS = (0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0)
STATUS_COLOURS = {"aired": "#15803d", "upcoming": "#2563eb", "speculated": "#d97706"}
MAX_SERIES = 6  # colours in the stylesheet's series palette (.series-0 ... .series-5)

Box = tuple[float, float, float, float]  # left, top, right, bottom


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


@dataclass(frozen=True)
class Series:
    """One show's line in a comparison: its name and its weeks."""

    name: str
    points: list[ChartPoint]


@dataclass(frozen=True)
class Scale:
    """The shared horizontal axis: its first day, pixels per day and drawing width."""

    first: date
    last: date
    width: int

    @property
    def per_day(self) -> float:
        return (self.width - LEFT - RIGHT) / max((self.last - self.first).days, 1)

    def x(self, day: date) -> float:
        return LEFT + (day - self.first).days * self.per_day

    def week_x(self, week: str) -> float:
        """Weeks are drawn at their middle (Thursday), where ISO puts them."""
        return self.x(week_monday(week) + timedelta(days=3))


@dataclass(frozen=True)
class Panel:
    """One panel of the chart: what it plots and where it sits."""

    kind: str  # "rating" or "rank"
    top: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class Badge:
    """The marker of one event, or of several close events numbered first–last."""

    first: int
    last: int
    x: float
    lane: int
    status: str
    tip: str

    @property
    def text(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}–{self.last}"

    @property
    def width(self) -> float:
        return max(BADGE_MIN_W, len(self.text) * FONT_W + 10)


def esc(text: object) -> str:
    """Text made safe for SVG/XML content and attributes."""
    return escape(str(text), quote=True)


def tick_label(day: date) -> str:
    """A short label for the ISO week of ``day``: "W36 '20"."""
    year, week, _ = day.isocalendar()
    return f"W{week:02d} '{year % 100:02d}"


def ratings_svg(points: list[ChartPoint], events: list[ChartEvent], width: int = WIDE) -> str:
    """One show's chart as one ``<svg>`` element (a short note when there is no data)."""
    return _chart([Series("", points)], events, width, "Ratings and rank by week")


def compare_svg(series: list[Series], width: int = WIDE) -> str:
    """Several shows in one chart, one colour per show (``series-N`` classes)."""
    return _chart(series[:MAX_SERIES], [], width, "Ratings and rank by week, compared")


def legend_events(points: list[ChartPoint], events: list[ChartEvent]) -> list[ChartEvent]:
    """The events the chart marks, in marker-number order (for the legend under it)."""
    points = _plotted(points)
    if not points:
        return []
    first, last = _domain(points)
    return sorted((e for e in events if first <= e.day <= last), key=lambda e: e.day)


def _chart(series: list[Series], events: list[ChartEvent], width: int, title: str) -> str:
    plotted = [Series(s.name, _plotted(s.points)) for s in series]
    every = _plotted([p for s in plotted for p in s.points])
    if not every:
        return _empty("No ratings reported yet.", width)
    scale = Scale(*_domain(every), width)
    badges = _badges(legend_events(every, events), scale)
    lanes = 1 + max((b.lane for b in badges), default=-1)
    panels = _panels(plotted, lanes * LANE_H + 4)
    height = panels[-1].bottom + 34
    compare = " compare" if len(series) > 1 else ""
    marked = legend_events(every, events)
    parts = [_open_svg(title, width, height, compare)]
    parts += [_panel_rect(panel, width) for panel in panels]
    parts += _event_lines(badges, marked, scale, panels[-1].bottom)
    for panel in panels:
        parts += _panel_axis(panel, plotted, width)
        parts += _panel_marks(panel, plotted, scale)
    parts += _week_ticks(scale, panels[-1].bottom)
    parts += _badge_marks(badges)
    parts.append(_missing_note(panels, width))
    parts.append("</svg>")
    return "".join(parts)


def _plotted(points: list[ChartPoint]) -> list[ChartPoint]:
    """The weeks with something to draw, in time order."""
    return sorted((p for p in points if p.rank is not None or p.rating is not None),
                  key=lambda p: week_monday(p.week))


def _domain(points: list[ChartPoint]) -> tuple[date, date]:
    """First and last day of the axis: the plotted weeks with a little room either side."""
    return (week_monday(points[0].week) - timedelta(days=3),
            week_monday(points[-1].week) + timedelta(days=9))


def _panels(series: list[Series], top: float) -> list[Panel]:
    """The panels that have something to show, stacked under the event badges."""
    out = []
    for kind, height in (("rating", RATING_H), ("rank", RANK_H)):
        if any(getattr(p, kind) is not None for s in series for p in s.points):
            out.append(Panel(kind, top + TITLE_H, height))
            top += TITLE_H + height + 12
    return out


def _open_svg(title: str, width: int, height: float, extra: str) -> str:
    return (f'<svg class="chart{extra}" xmlns="http://www.w3.org/2000/svg" '
            f'viewBox="0 0 {width} {height:.0f}" role="img" aria-label="{esc(title)}">'
            f"<title>{esc(title)}</title>")


def _panel_rect(panel: Panel, width: int) -> str:
    return (f'<rect class="panel" x="{LEFT}" y="{panel.top:.0f}" width="{width - LEFT - RIGHT}" '
            f'height="{panel.height:.0f}"/>')


def _panel_axis(panel: Panel, series: list[Series], width: int) -> list[str]:
    """The panel's title, its y-axis gridlines and their labels."""
    name = "Rating (TRP)" if panel.kind == "rating" else "Rank (1 = top)"
    title = f'<text class="axis-title" x="{LEFT}" y="{panel.top - 8:.0f}">{name}</text>'
    y = _y_of(panel, series)
    if panel.kind == "rank":
        worst = _worst_rank(series)
        return [title, *(_gridline(y(r), f"#{r}", width) for r in _rank_ticks(worst))]
    top = _rating_top(series)
    step = _rating_step(top)
    ticks = [i * step for i in range(round(top / step) + 1)]
    return [title, *(_gridline(y(v), f"{v:g}", width) for v in ticks)]


def _y_of(panel: Panel, series: list[Series]) -> Callable[[float], float]:
    """The panel's value-to-pixel function: rating from zero up, rank one at the top."""
    if panel.kind == "rating":
        top = _rating_top(series)
        return lambda v: panel.bottom - v / top * panel.height
    worst = _worst_rank(series)
    inner = panel.height - 20
    return lambda r: panel.top + 10 + (r - 1) / (worst - 1) * inner


def _rating_top(series: list[Series]) -> float:
    """The rating axis's top: the highest rating with room above, at a round step."""
    high = max((p.rating for s in series for p in s.points if p.rating is not None), default=1.0)
    step = _rating_step(high * 1.15)
    return max(step, step * -(-high * 1.15 // step))


def _rating_step(top: float) -> float:
    """The round step that divides the rating axis into at most four gridlines."""
    return next((s for s in RATING_STEPS if top / s <= 4), RATING_STEPS[-1])


def _worst_rank(series: list[Series]) -> int:
    return max(2, *(p.rank for s in series for p in s.points if p.rank is not None))


def _rank_ticks(worst: int) -> list[int]:
    """#1, the worst rank, and round ranks between them, all at least 14 px apart."""
    px = (RANK_H - 20) / (worst - 1)
    step = next((s for s in RANK_STEPS if px * s >= 14), worst)
    between = [r for r in range(step, worst, step) if min(r - 1, worst - r) * px >= 14]
    return [1, *between, worst]


def _panel_marks(panel: Panel, series: list[Series], scale: Scale) -> list[str]:
    """Every show's line and dots in one panel, then the values where they fit."""
    y = _y_of(panel, series)
    out: list[str] = []
    taken: list[Box] = []  # dots and value labels already drawn: no label may cover one
    labels: list[tuple[int, float, float, ChartPoint]] = []
    for i, s in enumerate(series):
        shown = [p for p in s.points if getattr(p, panel.kind) is not None]
        xy = [(scale.week_x(p.week), y(float(getattr(p, panel.kind))), p) for p in shown]
        out += _lines(f"{panel.kind}-line series-{i}", [(a, b, week_monday(p.week))
                                                        for a, b, p in xy])
        for a, b, p in xy:
            out.append(_dot(f"{panel.kind}-dot series-{i}", a, b, p, _tip(s, panel.kind, p)))
            taken.append((a - 4, b - 4, a + 4, b + 4))
        labels += [(rank, a, b, p) for rank, (a, b, p) in enumerate(_label_order(xy, panel.kind))]
    for _, a, b, p in sorted(labels, key=lambda t: t[0]):  # every show's latest value first
        out += _value_label(a, b, _value_text(panel.kind, p), panel, taken)
    return out


def _lines(css: str, xyd: list[tuple[float, float, date]]) -> list[str]:
    """Solid lines through weeks close together, a dotted one across a long gap."""
    out: list[str] = []
    run: list[tuple[float, float]] = []
    for i, (a, b, day) in enumerate(xyd):
        if run and (day - xyd[i - 1][2]).days > MAX_GAP_DAYS:
            out += _polyline(css, run)
            pa, pb, _ = xyd[i - 1]
            out.append(f'<line class="{css} gap-line" x1="{pa:.1f}" y1="{pb:.1f}" '
                       f'x2="{a:.1f}" y2="{b:.1f}"/>')
            run = []
        run.append((a, b))
    return out + _polyline(css, run)


def _polyline(css: str, xy: list[tuple[float, float]]) -> list[str]:
    if len(xy) < 2:
        return []
    coords = " ".join(f"{a:.1f},{b:.1f}" for a, b in xy)
    return [f'<polyline class="{css}" points="{coords}"/>']


def _tip(s: Series, kind: str, p: ChartPoint) -> str:
    what = f"rating {p.rating}" if kind == "rating" else f"rank #{p.rank}"
    return f"{s.name + ', ' if s.name else ''}{p.week}: {what}"


def _value_text(kind: str, p: ChartPoint) -> str:
    return f"{p.rating:g}" if kind == "rating" else f"#{p.rank}"


def _label_order(xy: list[tuple[float, float, ChartPoint]],
                 kind: str) -> list[tuple[float, float, ChartPoint]]:
    """The points whose values are worth labelling first: latest, first, best, worst."""
    if not xy:
        return []

    def value(t: tuple[float, float, ChartPoint]) -> float:
        v = float(getattr(t[2], kind))
        return -v if kind == "rank" else v  # a better rank is a smaller number

    first = [xy[-1], xy[0], max(xy, key=value), min(xy, key=value)]
    return list(dict.fromkeys([*first, *xy]))


def _value_label(a: float, b: float, text: str, panel: Panel, taken: list[Box]) -> list[str]:
    """The value above its dot, or below it, or nowhere if both would overlap a label."""
    half = len(text) * FONT_W / 2
    for base in (b - 8, b + 17):
        box = (a - half, base - 10, a + half, base + 2)
        inside = panel.top <= box[1] and box[3] <= panel.bottom
        if inside and not any(_overlap(box, t) for t in taken):
            taken.append(box)
            return [f'<text class="value" x="{a:.1f}" y="{base:.1f}">{esc(text)}</text>']
    return []


def _overlap(p: Box, q: Box) -> bool:
    return p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]


def _dot(css: str, a: float, b: float, point: ChartPoint, tip: str) -> str:
    """A data dot; a week whose reports disagree is drawn hollow and says so."""
    extra = " conflict" if point.conflict else ""
    note = " (reports disagree)" if point.conflict else ""
    return (f'<circle class="{css}{extra}" cx="{a:.1f}" cy="{b:.1f}" r="4.5">'
            f"<title>{esc(tip + note)}</title></circle>")


def _missing_note(panels: list[Panel], width: int) -> str:
    """Says which measure no report gave, since its panel is left out."""
    if len(panels) == 2:
        return ""
    missing = "ratings" if panels[0].kind == "rank" else "ranks"
    return (f'<text class="panel-note" x="{width - RIGHT}" y="{panels[0].top - 8:.0f}">'
            f"no {missing} reported</text>")


def _badges(events: list[ChartEvent], scale: Scale) -> list[Badge]:
    """Event badges in at most ``MAX_LANES`` rows, close events sharing a badge."""
    reach = float(BADGE_MIN_W)
    while True:
        groups = _cluster(events, scale, reach)
        placed = _lanes(groups, scale)
        if placed is not None:
            return placed
        reach *= 2  # too crowded for the rows: merge wider neighbourhoods


def _cluster(events: list[ChartEvent], scale: Scale,
             reach: float) -> list[list[tuple[int, ChartEvent]]]:
    """Events in runs whose first and last are less than ``reach`` pixels apart."""
    groups: list[list[tuple[int, ChartEvent]]] = []
    for number, event in enumerate(events, start=1):
        if groups and scale.x(event.day) - scale.x(groups[-1][0][1].day) < reach:
            groups[-1].append((number, event))
        else:
            groups.append([(number, event)])
    return groups


def _lanes(groups: list[list[tuple[int, ChartEvent]]], scale: Scale) -> list[Badge] | None:
    """Each group's badge in the first row where it clears its left neighbour; None if
    some badge finds no row."""
    right = [float("-inf")] * MAX_LANES
    out = []
    for group in groups:
        badge = _badge(group, scale)
        lane = next((i for i, r in enumerate(right) if r + 4 <= badge.x - badge.width / 2), None)
        if lane is None:
            return None
        right[lane] = badge.x + badge.width / 2
        out.append(replace(badge, lane=lane))
    return out


def _badge(group: list[tuple[int, ChartEvent]], scale: Scale) -> Badge:
    """The badge of a group in the first row, centred over it but inside the chart."""
    statuses = {e.status for _, e in group}
    status = statuses.pop() if len(statuses) == 1 else "mixed"
    tip = "; ".join(f"{n}. {e.day.isoformat()}: {e.label} ({e.status})" for n, e in group)
    xs = [scale.x(e.day) for _, e in group]
    probe = Badge(group[0][0], group[-1][0], 0.0, 0, status, tip)
    half = probe.width / 2
    return replace(probe, x=min(max((xs[0] + xs[-1]) / 2, LEFT + half),
                                scale.width - RIGHT - half))


def _event_lines(badges: list[Badge], events: list[ChartEvent], scale: Scale,
                 bottom: float) -> list[str]:
    """A dashed line from each event's badge down through the panels, under the rest."""
    out = []
    for b in badges:
        for event in events[b.first - 1:b.last]:
            a = scale.x(event.day)
            colour = STATUS_COLOURS.get(event.status, "#6b7280")
            out.append(f'<line class="event-line" x1="{a:.1f}" y1="{_badge_y(b) + 9}" '
                       f'x2="{a:.1f}" y2="{bottom:.0f}" stroke="{colour}"/>')
    return out


def _badge_y(badge: Badge) -> int:
    """The middle of the badge's row."""
    return 12 + badge.lane * LANE_H


def _badge_marks(badges: list[Badge]) -> list[str]:
    """The numbered badges over the chart, each with its events as a tooltip."""
    out = []
    for b in badges:
        colour = STATUS_COLOURS.get(b.status, "#6b7280")
        cy = _badge_y(b)
        out.append(
            f'<g class="event-mark"><title>{esc(b.tip)}</title>'
            f'<rect x="{b.x - b.width / 2:.1f}" y="{cy - 9}" width="{b.width:.1f}" height="18" '
            f'rx="9" fill="{colour}"/><text class="event-num" x="{b.x:.1f}" y="{cy + 4}">'
            f"{esc(b.text)}</text></g>")
    return out


def _week_ticks(scale: Scale, bottom: float) -> list[str]:
    """Week labels under the chart, spaced so no two overlap."""
    out, last_right = [], float("-inf")
    for day, label in _tick_days(scale):
        a, half = scale.x(day + timedelta(days=3)), len(label) * FONT_W / 2
        if a - half < last_right + TICK_GAP or a - half < 0 or a + half > scale.width:
            continue
        last_right = a + half
        out.append(f'<line class="tick-mark" x1="{a:.1f}" y1="{bottom:.0f}" x2="{a:.1f}" '
                   f'y2="{bottom + 4:.0f}"/><text class="tick" x="{a:.1f}" '
                   f'y="{bottom + 18:.0f}">{esc(label)}</text>')
    return out


def _tick_days(scale: Scale) -> Iterator[tuple[date, str]]:
    """Mondays of the weeks to label: every ``step`` weeks from the year's first week."""
    label_w = len("W36 '20") * FONT_W + TICK_GAP
    step = next((s for s in WEEK_STEPS if s * 7 * scale.per_day >= label_w), WEEK_STEPS[-1])
    day = scale.first - timedelta(days=scale.first.weekday())
    while day <= scale.last:
        year, week, _ = day.isocalendar()
        if step >= 52 and week == 1 and year % (step // 52) == 0:
            yield day, str(year)
        elif step < 52 and (week - 1) % step == 0:
            yield day, tick_label(day)
        day += timedelta(days=7)


def _gridline(y: float, label: str, width: int) -> str:
    return (f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{width - RIGHT}" y2="{y:.1f}"/>'
            f'<text class="tick y" x="{LEFT - 8}" y="{y + 4:.1f}">{esc(label)}</text>')


def _empty(text: str, width: int) -> str:
    return (f'<svg class="chart empty" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 60"'
            f' role="img" aria-label="{esc(text)}"><text class="note" x="{width / 2:.0f}" y="34">'
            f"{esc(text)}</text></svg>")
