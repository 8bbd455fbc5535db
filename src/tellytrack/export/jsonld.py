"""JSON-LD in Wikidata's statement model, so the cast can be compared with or fed to Wikidata.

Wikidata states "X is a cast member of S, as character C, from .. to .., said
by this article" as a *statement* node (``p:P161``) with its value
(``ps:P161``), qualifiers (``pq:``) and references (``prov:wasDerivedFrom``
-> ``pr:``): the layout of its RDF dump, in compact IRIs under the
``@context`` below (documented in docs/cli.md). Per show:

- one ``p:P161`` statement per cast run: qualifiers P453 (character role),
  P580 / P582 (start / end time), ``ttp:startBound`` ("at_least": first seen
  then, "since at least");
- one ``p:P161`` statement per cast-change claim: ``ttp:change`` (exit,
  entry, return) and ``ttp:state``; the claim's date as P580 (entry, return)
  or P582 (exit); a claim only reported so far carries P1480 (sourcing
  circumstances) = allegedly (Q32188232), a denied one has the deprecated
  rank, as Wikidata marks a statement known to be false;
- references: P854 (reference URL), P577 (publication date), P1476 (title),
  P1683 (quotation: the evidence sentence), P123 (publisher: the outlet, by
  name), and ``ttp:status`` for a claim's report.

Shows, people and characters are ``tt:`` IRIs made of their tellytrack ids
(``urn:tellytrack:person:...``), typed with P31: television series
(Q5398426), human (Q5), fictional character (Q95074, with P1441 "present in
work" pointing at its show). Channel and producer are P449 / P272 with a
labelled blank node (tellytrack does not know their Wikidata items).
"""

from __future__ import annotations

import json
from typing import Any

from tellytrack.export.data import KBExport, ShowExport
from tellytrack.query import Claim, Source, Tenure

CONTEXT: dict[str, str] = {
    "wd": "http://www.wikidata.org/entity/",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "p": "http://www.wikidata.org/prop/",
    "ps": "http://www.wikidata.org/prop/statement/",
    "pq": "http://www.wikidata.org/prop/qualifier/",
    "pr": "http://www.wikidata.org/prop/reference/",
    "wikibase": "http://wikiba.se/ontology#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "http://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "tt": "urn:tellytrack:",
    "ttp": "urn:tellytrack:prop:",
}
TV_SERIES, HUMAN, CHARACTER = "wd:Q5398426", "wd:Q5", "wd:Q95074"
ALLEGEDLY = "wd:Q32188232"  # a P1480 value: what is reported, not (yet) confirmed
_XSD_BY_LENGTH = {10: "xsd:date", 7: "xsd:gYearMonth", 4: "xsd:gYear"}  # ISO day, month, year
Node = dict[str, Any]


def ref(entity_id: str) -> Node:
    """A link to a tellytrack entity ("person:riya-malhotra" -> tt:person:riya-malhotra)."""
    return {"@id": f"tt:{entity_id}"}


def when(iso: str) -> Node:
    """A date literal typed by its precision (day, month or year)."""
    return {"@value": iso, "@type": _XSD_BY_LENGTH.get(len(iso), "xsd:string")}


def reference(source: Source, status: str | None = None) -> Node:
    """One source as a Wikidata reference."""
    node: Node = {"@type": "wikibase:Reference"}
    if source.url:
        node["pr:P854"] = {"@id": source.url}
    if source.published:
        node["pr:P577"] = when(source.published)
    if source.title:
        node["pr:P1476"] = source.title
    if source.sentence:
        node["pr:P1683"] = source.sentence
    if source.outlet:
        node["pr:P123"] = {"rdfs:label": source.outlet}
    if status:
        node["ttp:status"] = status
    return node


def _statement(actor_id: str, character_id: str | None, rank: str = "NormalRank") -> Node:
    node: Node = {"@type": "wikibase:Statement", "ps:P161": ref(actor_id),
                  "wikibase:rank": {"@id": f"wikibase:{rank}"}}
    if character_id:
        node["pq:P453"] = ref(character_id)
    return node


def run_statement(t: Tenure) -> Node:
    """A cast run: who, as whom, from when to when, and the articles that say so."""
    node = _statement(t.actor_id, t.character_id)
    if t.start:
        node["pq:P580"] = when(t.start)
        node["ttp:startBound"] = t.start_bound
    if t.end:
        node["pq:P582"] = when(t.end)
    node["prov:wasDerivedFrom"] = [reference(s) for s in t.sources]
    return node


def claim_statement(c: Claim, character_id: str | None) -> Node:
    """A cast-change claim with its state, qualifiers and every report as a reference."""
    node = _statement(c.actor_id, character_id,
                      "DeprecatedRank" if c.state == "denied" else "NormalRank")
    node["ttp:change"], node["ttp:state"] = c.change, c.state
    day = next((s.date for s in c.history if s.status == c.state and s.date), None)
    if day:
        node["pq:P582" if c.change == "exit" else "pq:P580"] = when(day)
    if c.state == "reported":
        node["pq:P1480"] = {"@id": ALLEGEDLY}
    node["prov:wasDerivedFrom"] = [reference(s.source, s.status) for s in c.history]
    return node


def show_nodes(x: ShowExport) -> list[Node]:
    """The show item with its statements, then its people and characters."""
    s = x.show
    runs = [*x.current, *x.former]
    roles = {t.character: t.character_id for t in runs if t.character and t.character_id}
    item: Node = {"@id": f"tt:{s.id}", "@type": "wikibase:Item", "rdfs:label": s.name,
                  "skos:altLabel": [a for a in s.aliases if a != s.name],
                  "wdt:P31": {"@id": TV_SERIES}}
    for prop, value in (("wdt:P449", s.channel), ("wdt:P272", s.producer)):
        if value:
            item[prop] = {"rdfs:label": value}
    item["p:P161"] = ([run_statement(t) for t in runs]
                      + [claim_statement(c, roles.get(c.character or "")) for c in x.claims])
    people = {t.actor_id: t.actor for t in runs} | {c.actor_id: c.actor for c in x.claims}
    nodes = [item]
    nodes += [{**ref(pid), "@type": "wikibase:Item", "rdfs:label": name,
               "wdt:P31": {"@id": HUMAN}} for pid, name in sorted(people.items())]
    nodes += [{**ref(cid), "@type": "wikibase:Item", "rdfs:label": name,
               "wdt:P31": {"@id": CHARACTER}, "wdt:P1441": ref(s.id)}
              for name, cid in sorted(roles.items(), key=lambda kv: kv[1])]
    return nodes


def document(data: KBExport) -> Node:
    """The export as one JSON-LD document: a dataset node, then every show's nodes."""
    dataset: Node = {"@id": "tt:export", "@type": "schema:Dataset",
                     "schema:dateCreated": when(data.generated)}
    if data.as_of:
        dataset["ttp:asOf"] = when(data.as_of)
    if data.known_by:
        dataset["ttp:knownBy"] = when(data.known_by)
    nodes: dict[str, Node] = {}
    for x in data.shows:
        for node in show_nodes(x):
            nodes.setdefault(node["@id"], node)  # a person in several shows is one node
    return {"@context": CONTEXT, "@graph": [dataset, *nodes.values()]}


def render(data: KBExport) -> str:
    """The JSON-LD document as indented JSON."""
    return json.dumps(document(data), indent=2, ensure_ascii=False) + "\n"
