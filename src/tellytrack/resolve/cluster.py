"""Group written names into clusters of one name, deterministically.

Input is a count of raw spellings; output maps every spelling to its cluster's
canonical spelling. The order of the input never matters: groups are visited
most-mentioned first (ties by key), so the same facts always give the same
clusters, canonical names and therefore the same entity ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tellytrack.resolve.names import is_partial, is_variant, key, words


@dataclass
class Cluster:
    """One name with all the spellings that were merged into it."""

    canonical: str
    spellings: set[str] = field(default_factory=set)
    mentions: int = 0

    @property
    def single_word(self) -> bool:
        return len(words(self.canonical)) == 1


def _display(spellings: Counter[str]) -> str:
    """The spelling to show for one exact-key group: most used, then alphabetical."""
    return min(spellings, key=lambda s: (-spellings[s], s))


def cluster_names(counts: Counter[str],
                  same: Callable[[str, str], bool] = is_variant) -> list[Cluster]:
    """Merge exact-key groups, then spelling variants of the bigger clusters (rule 1-2,
    or ``same``: show titles use ``is_title_variant``).

    A group joins the FIRST (largest) cluster whose canonical name it is a
    variant of; comparing with the canonical only (never chaining through
    members) keeps a string of small differences from drifting into a merge.
    """
    groups: dict[str, Counter[str]] = {}
    for raw, n in counts.items():
        if key(raw):
            groups.setdefault(key(raw), Counter())[raw] += n
    ordered = sorted(groups.items(), key=lambda kv: (-kv[1].total(), kv[0]))
    clusters: list[Cluster] = []
    for _, spellings in ordered:
        name = _display(spellings)
        home = next((c for c in clusters if same(c.canonical, name)), None)
        if home is None:
            home = Cluster(name)
            clusters.append(home)
        home.spellings.update(spellings)
        home.mentions += spellings.total()
    return clusters


def partial_home(single: Cluster, candidates: Iterable[Cluster]) -> Cluster | None:
    """The one multi-word cluster a one-word name stands for, or None if not exactly one."""
    found = [c for c in candidates if not c.single_word and c is not single
             and any(is_partial(single.canonical, s) for s in sorted(c.spellings))]
    return found[0] if len(found) == 1 else None


def spelling_index(clusters: Iterable[Cluster], ident: Callable[[Cluster], str]) -> dict[str, str]:
    """Exact key of every spelling -> the id of its cluster."""
    return {key(s): ident(c) for c in clusters for s in c.spellings}
