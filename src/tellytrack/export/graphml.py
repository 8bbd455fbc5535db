"""GraphML of people, characters and shows, for Gephi, Cytoscape or networkx.

Nodes are shows, people and characters (attribute ``kind``, ``label`` the
name, the node id the tellytrack id). Edges (attribute ``kind``):

- ``plays``: person -> character, one per cast run, with ``start``, ``end``
  and ``current`` (a person cast without a known role gets ``cast_in``:
  person -> show);
- ``character_of``: character -> show;
- the relation's own name (``spouse``, ``parent``, ...): character ->
  character, with ``sources`` (how many articles report it).

networkx writes the file: GraphML's keys, types and escaping are easy to get
subtly wrong by hand, and networkx is what most readers of the file use. It
is imported here only, so only ``export --format graphml`` pays for it.
"""

from __future__ import annotations

from typing import Any

from tellytrack.export.data import KBExport, ShowExport
from tellytrack.query import Tenure


def graph(data: KBExport) -> Any:
    """A networkx MultiDiGraph of the export (one edge per run: a role played twice is two)."""
    import networkx as nx

    g = nx.MultiDiGraph(name="tellytrack")
    for x in data.shows:
        _add_show(g, x)
    return g


def _add_show(g: Any, x: ShowExport) -> None:
    g.add_node(x.show.id, kind="show", label=x.show.name)
    for current, runs in ((True, x.current), (False, x.former)):
        for t in runs:
            _add_run(g, t, current)
    for r in x.relations:
        if r.subject_id and r.object_id:
            g.add_edge(r.subject_id, r.object_id, kind=r.relation, sources=len(r.sources))


def _add_run(g: Any, t: Tenure, current: bool) -> None:
    g.add_node(t.actor_id, kind="person", label=t.actor)
    dates = {"start": t.start or "", "end": t.end or "", "current": current}
    if t.character_id is None:
        g.add_edge(t.actor_id, t.show_id, kind="cast_in", **dates)
        return
    g.add_node(t.character_id, kind="character", label=t.character or t.character_id)
    if not g.has_edge(t.character_id, t.show_id):
        g.add_edge(t.character_id, t.show_id, kind="character_of")
    g.add_edge(t.actor_id, t.character_id, kind="plays", **dates)


def render(data: KBExport) -> str:
    """The graph as a GraphML document."""
    import networkx as nx

    return "\n".join(nx.generate_graphml(graph(data))) + "\n"
