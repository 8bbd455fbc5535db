"""Spelling variants read in one show's context: the same person written two ways.

Globally two people's names merge only by the strict rules (``names.py``); but
within one show's cast, "Priya Sharma" and "Priya Kaur Sharma" (a married name
added), "Chandrika Rao" and "Chandhrika Rao" (an "h" more), or "Riya Malhotra" and
"Riya Malhotr" (a letter lost), are one person when
no other name of that show fits. A name whose candidates differ from one show to
another is left alone: the merge must hold wherever the name appears.

Candidates are found through the words the two names share (both rules need a
shared word), so a name is compared only with the names of its show that share
one of its words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tellytrack.resolve.cluster import Cluster
from tellytrack.resolve.names import is_longer_form, is_loose_variant, is_typo_variant, words


def _rank(c: Cluster) -> tuple[int, int, str]:
    """Merges go up this order (longer names, then more mentions), so none cycles."""
    return (len(words(c.canonical)), c.mentions, c.anchor)


def _fits(a: Cluster, b: Cluster) -> bool:
    """Whether some spelling of ``a`` is a shorter form or loose variant of one of ``b``,
    or, named once beside a name the show names more often, a typo of it ("Kabir Seth"
    and "Kabir Sethi" both named often are two people)."""
    if _rank(a) >= _rank(b):
        return False
    typo = a.mentions == 1 and b.mentions >= 2  # a misspelling is written once
    return any(is_longer_form(x, y) or is_loose_variant(x, y)
               or (typo and is_typo_variant(x, y))
               for x in sorted(a.spellings) for y in sorted(b.spellings))


def _candidates(here: list[Cluster]) -> dict[int, set[int]]:
    """For each multi-word cluster of one show: the clusters of that show it may join."""
    by_word: dict[str, set[int]] = {}
    for i, c in enumerate(here):
        for s in c.spellings:
            for w in words(s):
                by_word.setdefault(w, set()).add(i)
    out: dict[int, set[int]] = {}
    for i, c in enumerate(here):
        if c.single_word:
            continue
        near = {j for s in c.spellings for w in words(s) for j in by_word.get(w, ()) if j != i}
        out[i] = {j for j in near if not here[j].single_word and _fits(c, here[j])}
    return out


def context_merges(clusters_by_show: Mapping[str, Iterable[Cluster]]) -> dict[int, Cluster]:
    """``id(cluster)`` -> the cluster it is a shorter or looser spelling of, where every
    show that offers it a candidate offers the same single one."""
    votes: dict[int, set[int]] = {}
    by_id: dict[int, Cluster] = {}
    for sid in sorted(clusters_by_show):
        here = sorted(clusters_by_show[sid], key=lambda c: c.anchor)
        for i, found in _candidates(here).items():
            if found:
                votes.setdefault(id(here[i]), set()).update(id(here[j]) for j in found)
            by_id.update((id(here[j]), here[j]) for j in found)
    merges = {a: by_id[next(iter(b))] for a, b in votes.items() if len(b) == 1}
    return {a: _end(a, merges) for a in merges}


def _end(start: int, merges: dict[int, Cluster]) -> Cluster:
    """Where a chain of merges (A -> B -> C) ends; ``_rank`` rises, so it ends."""
    target = merges[start]
    while id(target) in merges:
        target = merges[id(target)]
    return target
