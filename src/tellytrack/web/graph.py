"""The character relationship graph as inline SVG, laid out on a circle.

A circle layout is deterministic (same KB, same picture, testable) and reads
well for the ten-or-so central characters of a serial; a force layout would
need a script or an iterative solver for little gain. Nodes are placed in name
order; each edge is labelled with its relation at its middle, and directed
relations (parent) get an arrow head pointing at the child.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tellytrack.web.charts import esc

SIZE = 380
RADIUS = 130
NODE_R = 24
MARGIN_X = 70  # half the width a long name needs under its node
RELATION_COLOURS = {
    "spouse": "#db2777", "ex_spouse": "#9ca3af", "romance": "#e11d48",
    "parent": "#2563eb", "sibling": "#0d9488", "in_law": "#7c3aed",
}
RELATION_LABELS = {"ex_spouse": "ex-spouse", "in_law": "in-law"}


@dataclass(frozen=True)
class Edge:
    """One relation between two characters (subject → object for directed ones)."""

    subject: str
    relation: str
    object: str


def graph_svg(edges: list[Edge]) -> str:
    """The whole graph as one ``<svg>`` element (a short note when there are no relations)."""
    if not edges:
        return ('<svg class="graph empty" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 '
                f'{SIZE} 60" role="img"><text class="note" x="{SIZE / 2:.0f}" y="34">'
                "No relationships reported yet.</text></svg>")
    places = layout(sorted({n for e in edges for n in (e.subject, e.object)}, key=str.lower))
    parts = [f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="{_view_box(places)}"'
             ' role="img" aria-label="Character relationships"><title>Character relationships'
             '</title><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" '
             'markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" '
             'orient="auto-start-reverse">'
             '<path d="M0,0 L10,5 L0,10 z" fill="#2563eb"/></marker></defs>']
    parts += [_edge(e, places) for e in edges]
    parts += [_node(name, xy) for name, xy in places.items()]
    parts.append("</svg>")
    return "".join(parts)


def layout(names: list[str]) -> dict[str, tuple[float, float]]:
    """Each name's centre on a circle, the first at the top, clockwise."""
    centre = SIZE / 2
    if len(names) == 1:
        return {names[0]: (centre, centre)}
    step = 2 * math.pi / len(names)
    return {name: (centre + RADIUS * math.sin(i * step), centre - RADIUS * math.cos(i * step))
            for i, name in enumerate(names)}


def _view_box(places: dict[str, tuple[float, float]]) -> str:
    """The drawing cropped to its nodes and their names, so two characters don't float in space."""
    xs = [x for x, _ in places.values()]
    ys = [y for _, y in places.values()]
    # never narrower than the full drawing, or a two-node graph is blown up to giant circles
    width = max(max(xs) - min(xs) + 2 * MARGIN_X, SIZE)
    left, top = (min(xs) + max(xs) - width) / 2, min(ys) - NODE_R - 8
    height = max(ys) - min(ys) + 2 * NODE_R + 34  # room for the name under the lowest node
    return f"{left:.0f} {top:.0f} {width:.0f} {height:.0f}"


def _edge(edge: Edge, places: dict[str, tuple[float, float]]) -> str:
    """A line between the two node rims with the relation written at its middle."""
    (x1, y1), (x2, y2) = places[edge.subject], places[edge.object]
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    dx, dy = (x2 - x1) / length * NODE_R, (y2 - y1) / length * NODE_R
    colour = RELATION_COLOURS.get(edge.relation, "#6b7280")
    arrow = ' marker-end="url(#arrow)"' if edge.relation == "parent" else ""
    label = RELATION_LABELS.get(edge.relation, edge.relation)
    tip = esc(f"{edge.subject} — {label} — {edge.object}")
    return (f'<g class="edge {esc(edge.relation)}"><title>{tip}</title>'
            f'<line x1="{x1 + dx:.1f}" y1="{y1 + dy:.1f}" x2="{x2 - dx:.1f}" y2="{y2 - dy:.1f}" '
            f'stroke="{colour}"{arrow}/><text class="edge-label" x="{(x1 + x2) / 2:.1f}" '
            f'y="{(y1 + y2) / 2 - 4:.1f}" fill="{colour}">{esc(label)}</text></g>')


def _node(name: str, xy: tuple[float, float]) -> str:
    """A circle with the character's initial, the full name underneath."""
    x, y = xy
    initial = name.strip()[:1].upper() or "?"
    return (f'<g class="node"><title>{esc(name)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{NODE_R}"/>'
            f'<text class="initial" x="{x:.1f}" y="{y + 6:.1f}">{esc(initial)}</text>'
            f'<text class="name" x="{x:.1f}" y="{y + NODE_R + 16:.1f}">{esc(name)}</text></g>')
