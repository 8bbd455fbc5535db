"""The relationship graph SVG: nodes, labelled edges, escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tellytrack.web.graph import RADIUS, SIZE, Edge, graph_svg, layout

NS = "{http://www.w3.org/2000/svg}"
EDGES = [Edge("Meera", "spouse", "Arjun"), Edge("Meera", "parent", "Kavya"),
         Edge("Arjun", "parent", "Kavya")]


def test_one_node_per_character_and_one_line_per_relation() -> None:
    """Characters appearing in several relations are drawn once."""
    root = ET.fromstring(graph_svg(EDGES))
    names = [t.text for t in root.iter(f"{NS}text") if t.get("class") == "name"]
    assert sorted(names) == ["Arjun", "Kavya", "Meera"]
    assert len(list(root.iter(f"{NS}line"))) == 3


def test_parent_edges_have_arrows_and_spouse_edges_do_not() -> None:
    """Direction matters only for parent → child."""
    svg = graph_svg(EDGES)
    assert svg.count('marker-end="url(#arrow)"') == 2


def test_layout_is_deterministic_on_a_circle() -> None:
    """The first name sits at the top; every node is RADIUS from the centre."""
    places = layout(["A", "B", "C", "D"])
    assert places["A"] == (SIZE / 2, SIZE / 2 - RADIUS)
    for x, y in places.values():
        assert abs(((x - SIZE / 2) ** 2 + (y - SIZE / 2) ** 2) ** 0.5 - RADIUS) < 1e-6


def test_names_are_escaped() -> None:
    """A character name holding markup stays text."""
    svg = graph_svg([Edge("<img src=x onerror=alert(1)>", "sibling", "Arjun")])
    assert "<img" not in svg
    ET.fromstring(svg)


def test_empty_graph_says_so() -> None:
    """No relations gives a note, not an empty box."""
    assert "No relationships reported yet." in graph_svg([])
