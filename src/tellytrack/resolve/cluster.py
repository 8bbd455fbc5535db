"""Group written names into clusters of one name, deterministically and through blocks.

Input is a count of raw spellings; output is a list of clusters, each with every
spelling merged into it. The order of the input never matters: exact-key groups
are visited most-mentioned first (ties by key), so the same facts always give the
same clusters, canonical names and therefore the same entity ids.

A group joins the FIRST (largest) cluster whose anchor (its first group's
spelling) it matches; comparing with the anchor only (never chaining through
members) keeps a string of small differences from drifting into a merge. The
clusters a group may join are found through blocking keys (``Matcher.keys``): a
name is compared with the anchors that share a key with it, not with all of them.
``cluster_names_plain`` is the all-pairs twin a test compares it with.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tellytrack.resolve.names import DESCRIPTORS, is_partial, key, words
from tellytrack.resolve.script import is_devanagari, long_enough, loose_shapes


@dataclass(frozen=True)
class Matcher:
    """A rule for "same name" (``same(anchor, name)``) and the blocking keys that any
    two names it joins share (``keys``)."""

    same: Callable[[str, str], bool]
    keys: Callable[[str], Iterable[str]]


@dataclass
class Cluster:
    """One name with all the spellings merged into it, grouped by exact key."""

    anchor: str
    groups: dict[str, Counter[str]] = field(default_factory=dict)  # key -> spelling counts
    renamed: str | None = None  # a curator's name (override), else the canonical rule
    # the canonical rule's answer, kept until the groups change (ids, partial names and
    # admission ask for it tens of thousands of times a batch)
    _canonical: str | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, group_key: str, spellings: Counter[str]) -> None:
        """Take in one exact-key group (or more spellings of one already held)."""
        self.groups.setdefault(group_key, Counter()).update(spellings)
        self._canonical = None

    def remove(self, group_key: str) -> Counter[str]:
        """Give up one exact-key group (a curator's split) and return its spellings."""
        self._canonical = None
        return self.groups.pop(group_key)

    def absorb(self, other: Cluster) -> None:
        """Take in every group of ``other`` (a merge decided after clustering)."""
        for k, spellings in other.groups.items():
            self.add(k, spellings)

    @property
    def spellings(self) -> set[str]:
        return {s for g in self.groups.values() for s in g}

    @property
    def mentions(self) -> int:
        return sum(g.total() for g in self.groups.values())

    @property
    def canonical(self) -> str:
        """The most-attested Latin form (the biggest Latin group's commonest spelling,
        ties by key as groups are visited); a cluster written only in Devanagari keeps
        its biggest group's."""
        if self.renamed:
            return self.renamed
        if self._canonical is None:
            latin = [k for k, g in self.groups.items() if not any(map(is_devanagari, g))]
            best = min(latin or self.groups, key=lambda k: (-self.groups[k].total(), k))
            self._canonical = _display(self.groups[best])
        return self._canonical

    @property
    def single_word(self) -> bool:
        return len(words(self.canonical)) == 1


def _display(spellings: Counter[str]) -> str:
    """The spelling to show for one exact-key group: most used, then alphabetical."""
    return min(spellings, key=lambda s: (-spellings[s], s))


def _groups(counts: Counter[str]) -> list[tuple[str, Counter[str]]]:
    groups: dict[str, Counter[str]] = {}
    for raw, n in counts.items():
        if key(raw):
            groups.setdefault(key(raw), Counter())[raw] += n
    return sorted(groups.items(), key=lambda kv: (-kv[1].total(), kv[0]))


def cluster_names(counts: Counter[str], matcher: Matcher) -> list[Cluster]:
    """Merge exact-key groups, then the groups ``matcher`` joins, comparing each group
    only with the anchors that share a blocking key with it."""
    clusters: list[Cluster] = []
    blocks: dict[str, list[int]] = {}
    for group_key, spellings in _groups(counts):
        name = _display(spellings)
        keys = set(matcher.keys(name))
        near = sorted({i for k in keys for i in blocks.get(k, ())})
        home = next((clusters[i] for i in near if matcher.same(clusters[i].anchor, name)), None)
        if home is None:
            home = Cluster(name)
            for k in keys:
                blocks.setdefault(k, []).append(len(clusters))
            clusters.append(home)
        home.add(group_key, spellings)
    return clusters


def cluster_names_plain(counts: Counter[str], matcher: Matcher) -> list[Cluster]:
    """The all-pairs form of ``cluster_names`` (same result; kept for the test)."""
    clusters: list[Cluster] = []
    for group_key, spellings in _groups(counts):
        name = _display(spellings)
        home = next((c for c in clusters if matcher.same(c.anchor, name)), None)
        if home is None:
            home = Cluster(name)
            clusters.append(home)
        home.add(group_key, spellings)
    return clusters


class PartialIndex:
    """Multi-word clusters by the first and last word of each spelling, so a one-word
    name finds the clusters it may stand for without scanning them all; the Latin ones
    also by those words' loose shapes, for a one-word name written in Devanagari
    ("राघव" of "Raghav Mehra", the shapes ``script.script_variant`` compares)."""

    def __init__(self, clusters: Iterable[Cluster]) -> None:
        self._by_word: dict[str, list[Cluster]] = {}
        self._shapes: dict[str, list[Cluster]] | None = None  # (made on first use)
        for c in clusters:
            if c.single_word:
                continue
            for w in _ends(c):
                self._by_word.setdefault(w, []).append(c)

    def home(self, single: Cluster) -> Cluster | None:
        """The one multi-word cluster a one-word name stands for, or None if not exactly one."""
        word = "".join(words(single.canonical))
        found = [c for c in self._by_word.get(word, []) if c is not single
                 and any(is_partial(single.canonical, s) for s in sorted(c.spellings))]
        if not found and is_devanagari(single.canonical):
            found = list({id(c): c for shape in loose_shapes(single.canonical)
                          for c in self._by_shape().get(shape, ())  # (not "Choti Gauri")
                          if not DESCRIPTORS.intersection(words(c.canonical))}.values())
        return found[0] if len(found) == 1 else None

    def _by_shape(self) -> dict[str, list[Cluster]]:
        """The clusters by the loose shapes of their Latin end words, made when a
        Devanagari one-word name first asks (most shows have none: no work there)."""
        if self._shapes is None:
            self._shapes = {}
            for c in {id(c): c for cs in self._by_word.values() for c in cs}.values():
                for shape in {shape for w in _ends(c) if not is_devanagari(w)
                              for shape in loose_shapes(w) if long_enough(shape)}:
                    self._shapes.setdefault(shape, []).append(c)
        return self._shapes


def _ends(c: Cluster) -> set[str]:
    """The first and last words of a cluster's multi-word spellings."""
    return {w for s in c.spellings if len(ws := words(s)) >= 2 for w in (ws[0], ws[-1])}


def spelling_index(clusters: Iterable[Cluster], ident: Callable[[Cluster], str]) -> dict[str, str]:
    """Exact key of every spelling -> the id of its cluster."""
    return {key(s): ident(c) for c in clusters for s in c.spellings}
