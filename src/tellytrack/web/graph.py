"""The character relationship graph as inline SVG, laid out so no two labels collide.

The layout is computed on the server: each connected group of characters gets
the layout whose distances best match the characters' path lengths in the graph
(Kamada-Kawai's stress, minimised by stress majorization with numpy: related
characters close, unrelated ones apart; deterministic, it starts from a circle,
no random seed), scaled so edges are about ``EDGE_LEN`` long. Then every node is given
the box its circle and name need, and overlapping boxes are pushed apart until
none overlap (:func:`separate`). Groups are packed in rows, biggest first, and
the ``viewBox`` is the content's bounding box, so nothing is clipped and small
graphs are not blown up.

Several relations between the same two characters (spouse and romance) share
one label ("spouse · romance") over parallel lines; an edge label is drawn at
the middle of its edge, or beside it, or further along, or not at all when every
place would cover a name or another label. Edge colours, which the legend
under the graph names, say the relation either way. Parent edges carry an
arrow towards the child. Long names wrap onto two lines.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tellytrack.web.charts import esc

NODE_R = 18
EDGE_LEN = 150.0  # mean edge length a group is scaled to
NAME_FONT, LABEL_FONT = 14, 12  # px; the advance of a character is ~0.6 of the font size
CHAR_W = 0.62  # average advance of a bold character, as a share of the font size
WRAP = 16  # names longer than this wrap at a space
GAP = 10  # least room between two node boxes, and between packed groups
ROW_W = 720.0  # groups are packed in rows about this wide
PAD = 8
RELATION_COLOURS = {
    "spouse": "#db2777", "ex_spouse": "#9ca3af", "romance": "#ea580c",
    "parent": "#2563eb", "sibling": "#0d9488", "in_law": "#7c3aed",
}
RELATION_LABELS = {"ex_spouse": "ex-spouse", "in_law": "in-law"}
# where an edge label may go: (share of the way along the edge, pixels above or below it)
LABEL_PLACES = ((0.5, 0), (0.35, 0), (0.65, 0), (0.5, -12), (0.5, 12), (0.25, 0), (0.75, 0))

Box = tuple[float, float, float, float]  # left, top, right, bottom
Point = tuple[float, float]


@dataclass(frozen=True)
class Edge:
    """One relation between two characters (subject → object for directed ones)."""

    subject: str
    relation: str
    object: str


@dataclass(frozen=True)
class Link:
    """Every relation between one pair of characters, drawn as parallel lines."""

    a: str
    b: str
    edges: tuple[Edge, ...]

    @property
    def label(self) -> str:
        names = dict.fromkeys(RELATION_LABELS.get(e.relation, e.relation) for e in self.edges)
        return " · ".join(names)


def graph_svg(edges: list[Edge], href: Callable[[str], str | None] | None = None) -> str:
    """The whole graph as one ``<svg>`` element (a short note when there are no relations);
    ``href`` gives the link of a character's node (None: no link)."""
    if not edges:
        return ('<svg class="graph empty" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 '
                '380 60" role="img"><text class="note" x="190" y="34">'
                "No relationships reported yet.</text></svg>")
    links = links_of(edges)
    places = layout(links)
    taken = [node_box(n, xy) for n, xy in places.items()]
    drawn = [_link(link, places, taken) for link in links]  # labels claim room in order
    left, top, right, bottom = _bounds(taken)
    legend, legend_right, legend_h = _legend(edges, left, bottom + 14, right - left)
    width = max(right, legend_right) - left + 2 * PAD
    height = bottom - top + legend_h + 2 * PAD
    head = (f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" '
            f'height="{height:.0f}" viewBox="{left - PAD:.0f} {top - PAD:.0f} {width:.0f} '
            f'{height:.0f}" role="img" aria-label="Character relationships">'
            '<title>Character relationships</title><defs><marker id="arrow" viewBox="0 0 10 10" '
            'refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" '
            'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#2563eb"/>'
            "</marker></defs>")
    body = [line for line, _ in drawn] + [label for _, label in drawn]  # labels over lines
    body += [_node(name, xy, href(name) if href else None)
             for name, xy in sorted(places.items())]
    return head + "".join(body) + legend + "</svg>"


def links_of(edges: list[Edge]) -> list[Link]:
    """The edges grouped by unordered pair of characters, each relation once."""
    pairs: dict[tuple[str, str], dict[Edge, None]] = defaultdict(dict)
    for e in edges:
        if e.subject != e.object:
            a, b = sorted((e.subject, e.object))
            pairs[(a, b)][e] = None
    return [Link(a, b, tuple(found)) for (a, b), found in sorted(pairs.items())]


def layout(links: list[Link]) -> dict[str, Point]:
    """Each character's centre: groups laid out on their own, separated, packed in rows."""
    import networkx as nx  # the web pages need it; the CLI never imports this module

    g = nx.Graph()
    g.add_edges_from((link.a, link.b) for link in links)
    label_w = {(link.a, link.b): label_width(link.label) for link in links}
    groups = [_group_layout(g.subgraph(c), label_w) for c in nx.connected_components(g)]
    groups.sort(key=lambda p: (-len(p), min(p)))
    return _pack(groups)


def label_width(text: str) -> float:
    """The width an edge label takes."""
    return len(text) * LABEL_FONT * CHAR_W


def _group_layout(g: Any, label_w: dict[tuple[str, str], float]) -> dict[str, Point]:
    """One connected group: laid out by stress (``_stress_layout``), scaled so edges are
    ``EDGE_LEN`` long (or as long as the group's widest label needs), then boxes
    separated."""

    names = sorted(g.nodes, key=str.casefold)
    if len(names) == 2:
        raw: dict[str, Point] = {names[0]: (-0.5, 0.0), names[1]: (0.5, 0.0)}
    else:
        index = {n: i for i, n in enumerate(names)}
        shape = _stress_layout(len(names), frozenset(
            (min(index[a], index[b]), max(index[a], index[b])) for a, b in g.edges))
        raw = {n: shape[index[n]] for n in names}
    lengths = [math.dist(raw[a], raw[b]) for a, b in g.edges]
    widest = max(label_w.get((a, b), label_w.get((b, a), 0.0)) for a, b in g.edges)
    target = max(EDGE_LEN, widest + 2 * NODE_R + 4 * GAP)
    scale = target / max(sum(lengths) / len(lengths), 1e-6)
    return separate({n: (x * scale, y * scale) for n, (x, y) in raw.items()})


STRESS_ROUNDS = 300  # at most; a group's layout usually settles in a few dozen
STRESS_SETTLED = 1e-5  # a round that lowers the stress by less than this share ends it


@lru_cache(maxsize=4096)
def _stress_layout(n: int, edges: frozenset[tuple[int, int]]) -> tuple[Point, ...]:
    """Positions of a connected graph of nodes 0..n-1 (the names in casefold order)
    whose distances on the page best match their path lengths: Kamada-Kawai's stress
    (the sum over pairs of (distance - path length)^2 / path length^2), minimised by
    stress majorization (SMACOF), which lowers it at every round, started on a circle
    in node order, so the same graph always gets the same picture.

    networkx's own Kamada-Kawai went through scipy's general optimiser: 50-250 ms a
    graph of 5-40 characters and 1.3 s to import, 70 % of a show page's CPU while new
    shapes kept coming; this takes a few ms. Memoised: the layout depends on nothing
    else, and relation graphs repeat their shapes from show to show."""
    import networkx as nx
    import numpy as np

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    hops = np.zeros((n, n))
    for i, lengths in nx.all_pairs_shortest_path_length(g):
        for j, length in lengths.items():
            hops[i, j] = length
    weight = np.divide(1.0, hops ** 2, out=np.zeros_like(hops), where=hops > 0)
    solve = np.linalg.pinv(np.diag(weight.sum(axis=1)) - weight)
    angle = 2 * np.pi * np.arange(n) / n
    xy = np.column_stack([np.cos(angle), np.sin(angle)])
    stress = math.inf
    for _ in range(STRESS_ROUNDS):
        apart = np.linalg.norm(xy[:, None, :] - xy[None, :, :], axis=-1)
        pull = -np.divide(weight * hops, apart, out=np.zeros_like(hops), where=apart > 1e-9)
        pull[np.diag_indices(n)] = -pull.sum(axis=1)
        xy = solve @ (pull @ xy)
        now = float((weight * (apart - hops) ** 2).sum()) / 2
        if stress - now <= STRESS_SETTLED * now:
            break
        stress = now
    return tuple((float(x), float(y)) for x, y in xy)


def node_box(name: str, xy: Point) -> Box:
    """The room a node needs: its circle and its (possibly wrapped) name under it."""
    x, y = xy
    lines = wrap(name)
    half = max(NODE_R, max(len(s) for s in lines) * NAME_FONT * CHAR_W / 2)
    return (x - half, y - NODE_R, x + half, y + NODE_R + 4 + len(lines) * (NAME_FONT + 3))


def separate(places: dict[str, Point], rounds: int = 400) -> dict[str, Point]:
    """Push nodes apart along the axis of least overlap until no two boxes overlap."""
    pos = dict(places)
    names = sorted(pos)
    extent = {n: _extent(n) for n in names}
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                moved |= _push(pos, extent, a, b)
        if not moved:
            break
    return pos


def _extent(name: str) -> Box:
    """A node's box around its centre (0, 0)."""
    return node_box(name, (0.0, 0.0))


def _push(pos: dict[str, Point], extent: dict[str, Box], a: str, b: str) -> bool:
    """Move two overlapping nodes half the overlap (plus ``GAP``) each way; True if moved."""
    (ax, ay), (bx, by) = pos[a], pos[b]
    (al, at, ar, ab), (bl, bt, br, bb) = extent[a], extent[b]
    dx = min(ax + ar, bx + br) - max(ax + al, bx + bl) + GAP
    dy = min(ay + ab, by + bb) - max(ay + at, by + bt) + GAP
    if dx <= 0 or dy <= 0:
        return False
    if dx < dy:
        sign = 1.0 if ax <= bx else -1.0
        pos[a], pos[b] = (ax - sign * dx / 2, ay), (bx + sign * dx / 2, by)
    else:
        sign = 1.0 if ay <= by else -1.0
        pos[a], pos[b] = (ax, ay - sign * dy / 2), (bx, by + sign * dy / 2)
    return True


def _pack(groups: list[dict[str, Point]]) -> dict[str, Point]:
    """Groups side by side in rows about ``ROW_W`` wide, each row under the last."""
    out: dict[str, Point] = {}
    x = y = row_h = 0.0
    for group in groups:
        left, top, right, bottom = _bounds([node_box(n, xy) for n, xy in group.items()])
        if x > 0 and x + right - left > ROW_W:
            x, y, row_h = 0.0, y + row_h + 2 * GAP, 0.0
        out |= {n: (gx - left + x, gy - top + y) for n, (gx, gy) in group.items()}
        x += right - left + 3 * GAP
        row_h = max(row_h, bottom - top)
    return out


def _bounds(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def wrap(name: str) -> list[str]:
    """A long name on two lines, split at the space nearest its middle."""
    if len(name) <= WRAP or " " not in name:
        return [name]
    spaces = [i for i, c in enumerate(name) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return [name[:cut], name[cut + 1:]]


def _link(link: Link, places: dict[str, Point], taken: list[Box]) -> tuple[str, str]:
    """Parallel lines between the two node rims (with the relations as a tooltip), and
    the label where it fits."""
    lines = [_line(e, places, i - (len(link.edges) - 1) / 2) for i, e in enumerate(link.edges)]
    tip = "; ".join(f"{e.subject} — {RELATION_LABELS.get(e.relation, e.relation)} — {e.object}"
                    for e in link.edges)
    css = " ".join(dict.fromkeys(e.relation for e in link.edges))
    return (f'<g class="edge {esc(css)}"><title>{esc(tip)}</title>{"".join(lines)}</g>',
            _edge_label(link, places, taken))


def _line(e: Edge, places: dict[str, Point], lane: float) -> str:
    """One relation's line from rim to rim, ``lane`` × 5 px beside the pair's axis."""
    (sx, sy), (ex, ey) = places[e.subject], places[e.object]
    length = math.hypot(ex - sx, ey - sy) or 1.0
    ux, uy = (ex - sx) / length, (ey - sy) / length
    ox, oy = -uy * lane * 5, ux * lane * 5
    if e.subject > e.object:  # the same side whichever way the relation points
        ox, oy = -ox, -oy
    colour = RELATION_COLOURS.get(e.relation, "#6b7280")
    arrow = ' marker-end="url(#arrow)"' if e.relation == "parent" else ""
    return (f'<line x1="{sx + ux * NODE_R + ox:.1f}" y1="{sy + uy * NODE_R + oy:.1f}" '
            f'x2="{ex - ux * NODE_R + ox:.1f}" y2="{ey - uy * NODE_R + oy:.1f}" '
            f'stroke="{colour}"{arrow}/>')


def _edge_label(link: Link, places: dict[str, Point], taken: list[Box]) -> str:
    """The relation written on the edge where it covers no name and no other label."""
    (x1, y1), (x2, y2) = places[link.a], places[link.b]
    half = label_width(link.label) / 2
    colour = RELATION_COLOURS.get(link.edges[0].relation, "#6b7280")
    for t, side in LABEL_PLACES:
        x, y = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t + side
        box = (x - half, y - LABEL_FONT / 2 - 2, x + half, y + LABEL_FONT / 2 + 2)
        if not any(_overlap(box, other) for other in taken):
            taken.append(box)
            return (f'<text class="edge-label" x="{x:.1f}" y="{y + LABEL_FONT / 2 - 2:.1f}" '
                    f'fill="{colour}">{esc(link.label)}</text>')
    return ""


def _overlap(p: Box, q: Box) -> bool:
    return p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]


def _node(name: str, xy: Point, href: str | None) -> str:
    """A circle with the character's initial, the full name underneath, as a link when
    the character has a page."""
    x, y = xy
    initial = name.strip()[:1].upper() or "?"
    step = NAME_FONT + 3
    names = "".join(f'<text class="name" x="{x:.1f}" y="{y + NODE_R + 16 + i * step:.1f}">'
                    f"{esc(line)}</text>" for i, line in enumerate(wrap(name)))
    node = (f'<g class="node"><title>{esc(name)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{NODE_R}"/>'
            f'<text class="initial" x="{x:.1f}" y="{y + 5:.1f}">{esc(initial)}</text>{names}</g>')
    return f'<a href="{esc(href)}">{node}</a>' if href else node


def _legend(edges: list[Edge], left: float, top: float,
            width: float) -> tuple[str, float, float]:
    """Rows naming each relation colour in use: the SVG, its right edge and its height."""
    items, x, y, right = [], left, top, left
    for relation in sorted({e.relation for e in edges}):
        label = RELATION_LABELS.get(relation, relation)
        w = 26 + label_width(label)
        if x > left and x + w > left + max(width, 220):
            x, y = left, y + 20
        colour = RELATION_COLOURS.get(relation, "#6b7280")
        items.append(f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x + 20:.1f}" y2="{y:.1f}" '
                     f'stroke="{colour}"/><text class="legend" x="{x + 26:.1f}" '
                     f'y="{y + 4:.1f}">{esc(label)}</text>')
        right = max(right, x + w)
        x += w + 16
    return f'<g class="graph-legend">{"".join(items)}</g>', right, y - top + 24
