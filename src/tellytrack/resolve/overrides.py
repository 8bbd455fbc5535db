"""A curator's overrides, applied to the clusters of every re-resolution.

Overrides apply in the order they were made, after the automatic rules, so a
rebuild from the same facts (or from more facts) gives the curated result again:

- ``merge A B``: B's cluster joins A's (the canonical name follows the rule:
  the most-attested Latin form, unless renamed);
- ``split A S``: the spellings of S's exact key leave A's cluster and form their own;
- ``rename A NAME``: A's canonical name (and so its id) becomes NAME;
- ``not-a-show`` / ``not-a-person`` / ``confirm``: A's admission status
  (rejected / confirmed), applied by ``admission.py``.

An override whose spelling no longer resolves (e.g. a merge already undone by a
split) does nothing and is reported by ``unapplied``.
"""

from __future__ import annotations

from collections.abc import Iterable

from tellytrack.resolve.cluster import Cluster
from tellytrack.resolve.names import key
from tellytrack.store.base import Override

STATUS_OF = {"not-a-show": "rejected", "not-a-person": "rejected", "confirm": "confirmed"}


def find(clusters: Iterable[Cluster], name: str) -> Cluster | None:
    """The cluster holding a spelling of ``name`` (or renamed to it)."""
    k = key(name)
    for c in clusters:
        if k in c.groups or (c.renamed is not None and key(c.renamed) == k):
            return c
    return None


def apply_overrides(clusters: list[Cluster], overrides: Iterable[Override]
                    ) -> tuple[list[Cluster], dict[int, Override], list[Override]]:
    """(clusters after merges, splits and renames; ``id(cluster)`` -> its status
    override; the overrides that found nothing to act on)."""
    out = list(clusters)
    status: dict[int, Override] = {}
    unapplied: list[Override] = []
    for o in overrides:
        target = find(out, o.target)
        if target is None or not _apply(out, target, o, status):
            unapplied.append(o)
    return out, status, unapplied


def _apply(out: list[Cluster], target: Cluster, o: Override,
           status: dict[int, Override]) -> bool:
    """Apply one override to ``out`` in place; False if it had nothing to act on."""
    if o.action in STATUS_OF:
        status[id(target)] = o
        return True
    if o.action == "rename" and o.value:
        target.renamed = o.value
        return True
    if o.action == "merge" and o.value:
        other = find(out, o.value)
        if other is None or other is target:
            return False
        target.absorb(other)
        out.remove(other)
        return True
    if o.action == "split" and o.value:
        return _split(out, target, key(o.value))
    return False


def _split(out: list[Cluster], target: Cluster, k: str) -> bool:
    if k not in target.groups or len(target.groups) == 1:
        return False
    spellings = target.remove(k)
    if key(target.anchor) == k:
        target.anchor = min(target.groups[min(target.groups)])
    alone = Cluster(min(spellings, key=lambda s: (-spellings[s], s)))
    alone.add(k, spellings)
    out.append(alone)
    return True
