"""The relationship graph SVG: layout without collisions, labelled edges, escaping."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

from tellytrack.web.graph import (
    LABEL_FONT,
    Edge,
    graph_svg,
    label_width,
    layout,
    links_of,
    node_box,
    wrap,
)

NS = "{http://www.w3.org/2000/svg}"
EDGES = [Edge("Meera", "spouse", "Arjun"), Edge("Meera", "parent", "Kavya"),
         Edge("Arjun", "parent", "Kavya")]
# a family the size of a long-running serial's: twenty characters, some long names
FAMILY = [
    Edge("Meera Malhotra", "spouse", "Arjun Malhotra"), Edge("Meera Malhotra", "romance",
                                                             "Arjun Malhotra"),
    Edge("Meera Malhotra", "parent", "Kavya"), Edge("Arjun Malhotra", "parent", "Kavya"),
    Edge("Meera Malhotra", "parent", "Choti Kavya"), Edge("Meera Malhotra", "parent", "Rohan"),
    Edge("Meera Malhotra", "ex_spouse", "Vikram Singh Rathore"),
    Edge("Vikram Singh Rathore", "spouse", "Tara"), Edge("Tara", "sibling", "Neel"),
    Edge("Kavya", "romance", "Dev"), Edge("Dev", "spouse", "Kavya"),
    Edge("Rohan", "romance", "Ishita"), Edge("Ishita", "sibling", "Ira"),
    Edge("Dadi", "spouse", "Dadaji"), Edge("Dadi", "parent", "Arjun Malhotra"),
    Edge("Pari", "parent", "Chintu"), Edge("Nani", "in_law", "Dadi"),
    Edge("Arjun Malhotra", "romance", "Sonia"), Edge("Sonia", "sibling", "Neel"),
    Edge("Baa", "spouse", "Bapuji"),
]


def _overlaps(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    return [(i, j) for i, p in enumerate(boxes) for j, q in enumerate(boxes[i + 1:], i + 1)
            if p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]]


def _label_box(t: ET.Element) -> tuple[float, float, float, float]:
    """The room graph.py gave the label (``y`` is its baseline)."""
    x, y, half = float(t.get("x") or 0), float(t.get("y") or 0), label_width(t.text or "") / 2
    return (x - half, y - LABEL_FONT, x + half, y + 4)


def test_one_node_per_character_and_one_line_per_relation() -> None:
    """Characters appearing in several relations are drawn once."""
    root = ET.fromstring(graph_svg(EDGES))
    names = [t.text for t in root.iter(f"{NS}text") if t.get("class") == "name"]
    assert sorted(names) == ["Arjun", "Kavya", "Meera"]
    edge_lines = [line for g in root.iter(f"{NS}g") if "edge" in (g.get("class") or "")
                  for line in g.iter(f"{NS}line")]
    assert len(edge_lines) == 3


def test_parent_edges_have_arrows_and_spouse_edges_do_not() -> None:
    """Direction matters only for parent → child."""
    svg = graph_svg(EDGES)
    assert svg.count('marker-end="url(#arrow)"') == 2


def test_no_two_nodes_or_names_overlap_in_a_big_family() -> None:
    """Twenty characters: every node's circle-and-name box is clear of every other."""
    places = layout(links_of(FAMILY))
    assert len(places) == len({n for e in FAMILY for n in (e.subject, e.object)})
    assert _overlaps([node_box(n, xy) for n, xy in places.items()]) == []


def test_edge_labels_cover_no_name_and_no_other_label() -> None:
    """A label is drawn only where it overlaps no node box and no other label."""
    svg = graph_svg(FAMILY)
    root = ET.fromstring(svg)
    labels = [t for t in root.iter(f"{NS}text") if t.get("class") == "edge-label"]
    assert len(labels) >= len(FAMILY) // 2  # most edges keep their label
    places = layout(links_of(FAMILY))
    # the SVG's coordinates are the layout's (the viewBox moves, the drawing does not)
    boxes = [node_box(n, xy) for n, xy in places.items()] + [_label_box(t) for t in labels]
    assert _overlaps(boxes) == []


def test_two_relations_of_one_pair_share_a_label() -> None:
    """Spouse and romance between the same two characters: two lines, one label."""
    root = ET.fromstring(graph_svg([Edge("Meera", "spouse", "Arjun"),
                                    Edge("Arjun", "romance", "Meera")]))
    labels = [t.text for t in root.iter(f"{NS}text") if t.get("class") == "edge-label"]
    assert labels == ["spouse · romance"] or labels == ["romance · spouse"]
    group = next(g for g in root.iter(f"{NS}g") if "edge" in (g.get("class") or ""))
    assert len(list(group.iter(f"{NS}line"))) == 2


def test_view_box_holds_every_name() -> None:
    """The viewBox is the content's box: no name is clipped at any edge."""
    root = ET.fromstring(graph_svg(FAMILY))
    left, top, width, height = (float(v) for v in (root.get("viewBox") or "").split())
    places = layout(links_of(FAMILY))
    for box in (node_box(n, xy) for n, xy in places.items()):
        assert left <= box[0] and box[2] <= left + width
        assert top <= box[1] and box[3] <= top + height


def test_layout_is_deterministic() -> None:
    """The same relations give the same picture on every reload."""
    assert graph_svg(FAMILY) == graph_svg(list(FAMILY))


def test_long_names_wrap() -> None:
    """A long name is split at the space nearest its middle, short ones stay whole."""
    assert wrap("Vikram Singh Rathore") == ["Vikram Singh", "Rathore"]
    assert wrap("Meera") == ["Meera"]


def test_legend_names_each_relation_in_use() -> None:
    """The legend lists the relations drawn, so an unlabelled edge still reads."""
    svg = graph_svg(EDGES)
    legend = re.findall(r'class="legend"[^>]*>([^<]+)<', svg)
    assert legend == ["parent", "spouse"]


def test_names_are_escaped() -> None:
    """A character name holding markup stays text."""
    svg = graph_svg([Edge("<img src=x onerror=alert(1)>", "sibling", "Arjun")])
    assert "<img" not in svg
    ET.fromstring(svg)


def test_empty_graph_says_so() -> None:
    """No relations gives a note, not an empty box."""
    assert "No relationships reported yet." in graph_svg([])


def test_nodes_link_where_a_link_is_given() -> None:
    """Characters with a page are links; the others are plain nodes."""
    svg = graph_svg(EDGES, lambda name: f"/c/{name}" if name != "Kavya" else None)
    root = ET.fromstring(svg)
    linked = sorted(a.get("href") or "" for a in root.iter(f"{NS}a"))
    assert linked == ["/c/Arjun", "/c/Meera"]


def test_memoised_layout_is_the_solvers_own() -> None:
    """The layout is memoised by the graph's shape (``_stress_layout``): the positions are
    exactly those the solver computes, whatever order the graph holds its names in."""
    from tellytrack.web.graph import _stress_layout

    for edges in ([("Meera", "Arjun"), ("Arjun", "Dev"), ("Dev", "Meera")],
                  [("Zoya", "arjun"), ("arjun", "Dev"), ("Dev", "Kabir")],
                  [("Riya", "Aman"), ("Riya", "Nisha"), ("Riya", "Dev"), ("Dev", "Tara")]):
        first = layout(links_of([Edge(a, "sibling", b) for a, b in edges]))
        again = layout(links_of([Edge(b, "sibling", a) for a, b in reversed(edges)]))
        assert first == again
        shape = (4, frozenset({(0, 1), (1, 2), (2, 3)}))
        assert _stress_layout(*shape) == _stress_layout.__wrapped__(*shape)


def test_stress_layout_matches_path_lengths() -> None:
    """Distances on the page follow path lengths: on a path a-b-c-d the ends are the
    farthest pair and neighbours are about equally apart (the stress a layout
    minimises; a circle, where it starts, would put the ends side by side)."""
    from tellytrack.web.graph import _stress_layout

    xy = _stress_layout(4, frozenset({(0, 1), (1, 2), (2, 3)}))
    far = {(i, j): math.dist(xy[i], xy[j]) for i in range(4) for j in range(i + 1, 4)}
    assert max(far, key=far.__getitem__) == (0, 3)
    steps = [far[(0, 1)], far[(1, 2)], far[(2, 3)]]
    assert max(steps) < 1.2 * min(steps)
    assert far[(0, 3)] > 2.5 * min(steps)
