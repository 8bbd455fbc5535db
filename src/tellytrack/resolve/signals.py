"""Name-free signals that a show or person entity is not what its facts call it.

Heuristics kept as data (as trafilatura keeps its XPaths): general English and
TV-news words, written for tellytrack from how entertainment pages are laid out
and how headlines are worded, never names of shows, actors or characters. The
general lists of ``extract/lexicons`` (words that are never part of a name,
outlets, channels, Hindi function words) are read from there.
"""

from __future__ import annotations

from functools import cache

from tellytrack.extract.lexicon import words as lexicon_words
from tellytrack.resolve.names import key, words
from tellytrack.resolve.script import is_devanagari, long_enough, loose_shapes

# A title holding one of these words is page furniture ("Also Read -", "Forums"),
# a company ("... Entertainment", "... Productions"), a job or a headline verb,
# not a serial's title.
NOT_TITLE_WORDS = frozenset({
    # page furniture and outlet sections
    "read", "also", "gossip", "forum", "forums", "news", "exclusive", "latest", "trending",
    "update", "updates", "video", "videos", "photo", "photos", "pics", "gallery", "watch",
    "spoiler", "spoilers", "review", "reviews", "written", "headlines", "click", "subscribe",
    "advertisement", "sponsored", "previous", "article", "articles",
    # companies and jobs
    "entertainment", "network", "networks", "production", "productions", "films", "studios",
    "studio", "media", "telefilms", "pvt", "ltd", "limited", "director", "producer",
    "producers", "actor", "actress", "writer", "original", "originals", "creator",
    # headline verbs and words
    "decides", "quits", "quit", "starring", "confirms", "denies", "reveals", "reacts",
    "slams", "opens", "joins", "exits", "returns", "replaces", "replaced", "post", "details",
    "inside", "here", "why", "how", "what", "when", "who", "finally",
})


@cache
def never_names() -> frozenset[str]:
    """Normalised words that are never part of a person's name (English and Hindi)."""
    return frozenset(key(w) for w in lexicon_words("not_names") | lexicon_words("hi_stopwords"))


@cache
def _not_title() -> frozenset[str]:
    return frozenset(key(w) for w in NOT_TITLE_WORDS)


@cache
def _institution_names() -> frozenset[str]:
    """Outlets, channels, platforms and measurement bodies, in both scripts."""
    return frozenset(lexicon_words("outlets") | lexicon_words("broadcasters")
                     | lexicon_words("channels") | lexicon_words("platforms")
                     | lexicon_words("hi_channels") | lexicon_words("hi_platforms"))


@cache
def _institution_keys() -> frozenset[str]:
    """The exact keys of the institutions' names."""
    return frozenset(key(n) for n in _institution_names())


@cache
def _institution_shapes() -> frozenset[str]:
    """The loose shapes (``script.py``) of the institutions' names, long enough to name
    one. Computed only when a Devanagari name is asked about: romanising the Hindi
    names (and importing the transliterator) took 0.5-1.5 s of a one-article ingest
    whose names were all Latin. A key never holds a shape (shapes hold a ":"), so a
    Latin name is told by its key alone."""
    return frozenset(s for n in _institution_names() for s in loose_shapes(n)
                     if long_enough(s))


def is_institution(name: str) -> bool:
    """An outlet, channel or platform, written in either script ("बार्क" = "BARC")."""
    if key(name) in _institution_keys():
        return True
    return is_devanagari(name) and bool(loose_shapes(name) & _institution_shapes())


def title_noise(name: str) -> str | None:
    """Why a show title is page furniture, a company or a headline, or None."""
    ws = words(name)
    if is_institution(name):
        return "an outlet, channel or platform"
    bad = sorted(w for w in ws if w in _not_title())
    if bad:
        return f"a title does not say '{bad[0]}'"
    if ws and all(w in never_names() for w in ws):
        return "only function words"
    return None


def person_noise(name: str) -> str | None:
    """Why a person's name is not a name (a function word, a job, an institution)."""
    ws = words(name)
    if is_institution(name):
        return "an outlet, channel or platform"
    bad = sorted(w for w in ws if w in never_names() or w in _not_title())
    if bad:
        return f"a name does not hold '{bad[0]}'"
    return None


def is_nickname(name: str) -> bool:
    """A one-word name with a capital inside ("MeeRa"): how fans blend a couple's names."""
    return (len(name.split()) == 1 and not name.isupper()
            and any(c.isupper() for c in name[1:]) and name[:1].isupper())
