"""Who plays whom: person and character names, and the links between them.

Articles type their names by the way they connect them, not by the names
themselves: in "X aka Y", "Y (X)", "X, who plays Y", "X as Y", "X essays the
role of Y", "X's character Y", X is an actor and Y a character. This module finds
those links (:func:`castings`) once per article and derives from them, plus the
cue groups "starring A and B", "actress A", the document-level name sets
(:func:`people`, :func:`characters`). A name seen once as an actor is an actor
everywhere in the article; a partial name ("Riya", "Malhotra") is resolved to the
first full form written ("Riya Malhotra"). Everything is cached in ``doc.cache``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final, NamedTuple

from tellytrack.extract import link_patterns as lp
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import (
    has_word,
    index_after,
    lower_text,
    occurrences,
    sentences_with,
    starts_in,
)
from tellytrack.extract.lexicon import words
from tellytrack.extract.scan import finditer_at, first_gated, near, word_starts
from tellytrack.extract.shows import LOWER_WORD, TAG_LINE, fold, title_runs
from tellytrack.model import Sentence

# lp.CUE_STARTS by the pattern's id: hashing a compiled pattern hashes its whole code
# (2-4 us for these), each time it is looked up
_CUE_STARTS: Final = {id(p): starts for p, starts in lp.CUE_STARTS.items()}


def _cue_scan(doc: Doc, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern.finditer(doc.text)`` for a cue pattern of ``lp.CUE_STARTS``, tried only
    where its words begin (remembered per article, by the pattern's id)."""
    memo: dict[int, list[re.Match[str]]] = doc.cache.setdefault("names.cues", {})
    key = id(pattern)
    if key not in memo:
        low = lower_text(doc)
        memo[key] = list(pattern.finditer(doc.text) if low is None else finditer_at(
            pattern, doc.text, word_starts(low, _CUE_STARTS[key])))
    return memo[key]


class Casting(NamedTuple):
    """One "actor plays character" link stated in one sentence."""

    actor: str
    character: str
    sentence: Sentence
    end: int  # offset in the article just after the character name


def split_group(group: str) -> list[str]:
    """"A, B and C" -> ["A", "B", "C"]."""
    return [p.strip() for p in lp.SPLIT.split(group) if p.strip()]


def _lower_words(doc: Doc) -> frozenset[str]:
    if "names.lower" not in doc.cache:  # the body's set (from shows) plus the prefix's
        _ = doc.shows
        start = doc.sentences[0].start if doc.sentences else len(doc.text)
        prefix = frozenset(LOWER_WORD.findall(TAG_LINE.sub("", doc.text[:start])))
        doc.cache["names.lower"] = doc.cache["shows.lower"] | prefix
    return doc.cache["names.lower"]  # type: ignore[no-any-return]


Common = tuple[frozenset[str], frozenset[str]]


def common_words(doc: Doc) -> Common:
    """Words no name holds, as two sets: the lexicon's (not_names) and those the article
    writes in lower case (cached: trimming, cutting runs and typing all ask). Asked
    through :func:`is_common`: their union (the lexicon's 480 words copied) is not built."""
    if "names.common" not in doc.cache:
        doc.cache["names.common"] = (words("not_names"), _lower_words(doc))
    return doc.cache["names.common"]  # type: ignore[no-any-return]


def is_common(common: Common, word: str) -> bool:
    """Whether ``word`` (lower-case) is one of the :func:`common_words` ``common``."""
    return word in common[0] or word in common[1]


def _show_keys(doc: Doc) -> frozenset[str]:
    """The folded show names, each numbered season also without its number: a name run
    stops at the digits ("X 2"), and the title's words before them are no person."""
    if "names.showkeys" not in doc.cache:
        keys = {fold(n) for n in doc.shows.names}
        keys |= {fold(m.group(1)) for n in doc.shows.names if (m := _NUMBERED.fullmatch(n))}
        doc.cache["names.showkeys"] = frozenset(keys)
    return doc.cache["names.showkeys"]  # type: ignore[no-any-return]


_NUMBERED: Final = re.compile(r"(.+?)\s+\d{1,2}")


_ROLE_NOUNS = frozenset({"actor", "actress", "actors", "actresses", "star", "fame", "co-star"})


@cache
def _blocked() -> frozenset[str]:
    return words("broadcasters") | words("outlets")


def clean(doc: Doc, name: str) -> str | None:
    """Trim sentence-opening and common words off a captured name; None if nothing is
    left or it is a channel, outlet or lone common word (remembered per article)."""
    memo: dict[str, str | None] = doc.cache.setdefault("names.clean", {})
    if name not in memo:
        memo[name] = _clean(doc, name)
    return memo[name]


def pieces(doc: Doc, run: str) -> list[tuple[int, str]]:
    """A title-cased run cut at the common words inside it ("Kabir Sethi Opens Up On
    Quitting Pyaar Ki Dor" in a headline -> "Kabir Sethi", "Pyaar Ki Dor"), as (offset
    in the run, piece): a name holds no such word; runs of two words stay whole."""
    if len(run.split(None, 2)) < 3:  # fewer than three words (split's are _WORD's)
        return [(0, run)]
    found = list(_WORD.finditer(run))
    common = common_words(doc)
    out: list[tuple[int, str]] = []
    start: int | None = None
    end = 0
    for w in found:
        if is_common(common, w.group().lower()):
            if start is not None:
                out.append((start, run[start:end]))
            start = None
        else:
            start = w.start() if start is None else start
            end = w.end()
    if start is not None:
        out.append((start, run[start:end]))
    return out


_WORD: Final = re.compile(r"\S+")


def _clean(doc: Doc, name: str) -> str | None:
    common = common_words(doc)
    toks = name.split()
    roles = [i for i, t in enumerate(toks) if t.lower().split("-")[0] in _ROLE_NOUNS]
    if roles:  # title-case headline: "Show Actress Riya Malhotra" -> "Riya Malhotra"
        toks = toks[roles[-1] + 1:]
    while toks and is_common(common, toks[0].lower()):
        toks = toks[1:]
    while toks and is_common(common, toks[-1].lower()):
        toks = toks[:-1]
    out = " ".join(toks)
    if not out or out.lower() in _blocked() or len(out) < 2 or (out.isupper() and len(out) > 3):
        return None
    return out


def _pairs(actors: list[str], chars: list[str]) -> list[tuple[str, str]]:
    """Pair coordinated names in order; with unequal lists only the adjacent ones."""
    if len(actors) == len(chars):
        return list(zip(actors, chars, strict=True))
    return [(actors[-1], chars[0])]


def _raw_links(doc: Doc) -> list[tuple[str, str, Sentence, int]]:
    """Every (actor, character) pair the link patterns capture, sentence by sentence
    (cached: both the people list and the castings read it)."""
    if "names.raw" in doc.cache:
        return doc.cache["names.raw"]  # type: ignore[no-any-return]
    out: list[tuple[str, str, Sentence, int]] = []
    tried: dict[int, list[int]] = {}  # sentence -> the links that may match in it, in order
    for i, (*_, link_words) in enumerate(lp.LINKS):
        for k in sentences_with(doc, link_words):
            tried.setdefault(k, []).append(i)
    for k in sorted(tried):
        s = doc.sentences[k]
        replaced: set[str] = set()
        for pattern, ag, cg, cue, _ in (lp.LINKS[i] for i in tried[k]):
            if not cue.search(s.text):  # a cheap test first (the full patterns are costly):
                continue  # it holds wherever the pattern can match
            pos = 0
            while (m := pattern.search(s.text, pos)) is not None:
                pos = m.end()
                chars = split_group(m.group(cg))
                if pattern is lp.AS and len(chars) > 1 and _AS_NEXT.match(s.text, m.end(cg)):
                    # "A as X, B as Y and C as Z": B opens the next pair, not X's group
                    pos = s.text.rfind(chars[-1], m.start(cg), m.end(cg))
                    chars = chars[:-1]
                if pattern is lp.REPLACING_AS:
                    gone = split_group(m.group(2))
                    if gone in (["her"], ["him"]):  # "A replacing her": the one named before
                        gone = [n.group() for n in _NAME_RE.finditer(s.text, 0, m.start())][-1:]
                    replaced.update(fold(n) for n in gone)
                    doc.cache.setdefault("names.replaced", []).extend((s.start, n) for n in gone)
                if pattern is lp.PLAYS and _APPOSED.search(s.text, 0, m.start(ag)) and \
                        _CLOSING.match(s.text, m.end(ag)):
                    continue  # "A, known for X, will be seen as Y": X closes A's apposition
                if pattern is lp.PLAYS and lp.CREDIT.search(s.text, m.end(ag), m.start(cg)):
                    chars = [c for c in chars if not _is_show(doc, c)]  # a past credit
                    if not chars:
                        continue
                kin = lp.KIN_AFTER.match(s.text, m.end(cg))
                if kin:  # "plays Meera's husband Arjun": Arjun; "Meera's husband": nobody named
                    if not kin["name"]:
                        continue
                    chars = [kin["name"]]
                pairs = _pairs(split_group(m.group(ag)), chars)
                end = s.start + (kin.end() if kin else m.end(cg))
                out.extend((a, c, s, end) for a, c in pairs if fold(a) not in replaced)
                if len(pairs) > 1:  # paired by position only: weaker than a direct link
                    doc.cache.setdefault("names.zipped", set()).update(
                        (a, c, s.start, end) for a, c in pairs)
    doc.cache["names.raw"] = out
    return out


_AS_NEXT: Final = re.compile(r"\s+as\s")
# a clause set off by a comma, opening in lower case, that a name ends: "A, known for X"
_APPOSED: Final = re.compile(r",\s+(?:[a-z][\w'’-]*\s+){1,5}$")
_CLOSING: Final = re.compile(r"\s*,\s+(?!who\b)")  # "X, will be": the clause closed ("X, who": not)


def _is_show(doc: Doc, name: str) -> bool:
    return fold(name) in _show_keys(doc)


def _full_people(doc: Doc) -> list[str]:
    """Multi-word actor names in the order the article first writes them."""
    if "names.full" in doc.cache:
        return doc.cache["names.full"]  # type: ignore[no-any-return]
    found: list[tuple[int, str]] = []
    for actor, _, s, _ in _raw_links(doc):
        found.append((s.start, actor))
    found += doc.cache.get("names.replaced", [])  # "replacing B as C": B is an actor too
    # A cue group ("as the leads, A and B") never makes a linked character a person.
    linked = {fold(c) for _, c, _, _ in _raw_links(doc)}
    for m in (*_cue_scan(doc, lp.CUE_GROUP), *near(lp.STARRER_GROUP, lp.STARRER_CUE, doc.text)):
        found.extend((m.start(), n) for n in split_group(m.group(1)) if fold(n) not in linked)
    seen: dict[str, str] = {}
    for _, raw in sorted(found):
        name = clean(doc, raw)
        if name and len(name.split()) >= 2 and not _is_show(doc, name):
            seen.setdefault(fold(name), name)
    doc.cache["names.full"] = list(seen.values())
    return doc.cache["names.full"]  # type: ignore[no-any-return]


def resolve_person(doc: Doc, name: str) -> str | None:
    """The article's first full form of a person ("Malhotra" -> "Riya Malhotra"), or None
    when a one-word name matches no known person (remembered per article)."""
    memo: dict[str, str | None] = doc.cache.setdefault("names.resolved", {})
    if name not in memo:
        memo[name] = _resolve_person(doc, name)
    return memo[name]


class _PeopleIndex(NamedTuple):
    """The article's full names keyed every way a shorter or other spelling looks them
    up, each key holding the first person (in article order) it fits: a lookup is a
    dictionary read, not a pass over every person (an article naming hundreds of people
    stays linear)."""

    exact: dict[str, str]  # the folded full name
    part: dict[str, str]  # a folded first or last word
    lead: dict[tuple[str, str], list[str]]  # the first two folded words -> people
    skeleton: dict[str, set[str]]  # the first word's consonants -> people


def _people_index(doc: Doc) -> _PeopleIndex:
    if "names.index" not in doc.cache:
        index = _PeopleIndex({}, {}, {}, {})
        for full in _full_people(doc):
            toks = [fold(t) for t in full.split()]
            index.exact.setdefault(fold(full), full)
            index.part.setdefault(toks[0], full)
            index.part.setdefault(toks[-1], full)
            index.lead.setdefault((toks[0], toks[1]), []).append(full)
            index.skeleton.setdefault(_skeleton(toks[0]), set()).add(full)
        doc.cache["names.index"] = index
    return doc.cache["names.index"]  # type: ignore[no-any-return]


def _resolve_person(doc: Doc, name: str) -> str | None:
    index = _people_index(doc)
    key = fold(name)
    if key in index.exact:
        return index.exact[key]
    if " " in name:
        return _longer_form(index, name) or (name if not _is_show(doc, name) else None)
    return index.part.get(key) or _same_skeleton(index, key)


_SOFT: Final = re.compile(r"[aeiouh]")


@lru_cache(maxsize=65536)
def _skeleton(key: str) -> str:
    """A folded name's consonants (remembered: every name is compared with every person)."""
    return _SOFT.sub("", key)


def _same_skeleton(index: _PeopleIndex, key: str) -> str | None:
    """The one person whose first name has the same consonants as ``key`` ("Chandrika" /
    "Chandhrika": the article spells a name two ways); None if none or several."""
    skeleton = _skeleton(key)
    if len(key) < 5 or len(skeleton) < 3:
        return None
    found = index.skeleton.get(skeleton, set())
    return next(iter(found)) if len(found) == 1 else None


def _longer_form(index: _PeopleIndex, name: str) -> str | None:
    """A known person whose name starts with all of ``name``'s words or is a start of
    them ("Riya Malhotra" / "Riya Malhotra Khan"): one person, written first way kept."""
    toks = [fold(t) for t in name.split()]
    if len(toks) < 2:
        return None
    for full in index.lead.get((toks[0], toks[1]), []):
        other = [fold(t) for t in full.split()]
        n = min(len(toks), len(other))
        if toks[:n] == other[:n]:
            return full
    return None


def _character_ok(doc: Doc, name: str) -> bool:
    """Not a person, not a long name, and not a show title of three or more words (a
    one- or two-word show can be its heroine's name: "Kesar" plays "Kesar")."""
    if len(name.split()) > 4 or fold(name) in {fold(p) for p in _full_people(doc)}:
        return False
    return len(name.split()) < 3 or not _is_show(doc, name)


_CAST_LINE: Final = re.compile(rf"^[ \t]*({lp.NAME})[ \t]+[-–—:][ \t]+({lp.NAME})[ \t]*$", re.M)
_CAST_WORD: Final = re.compile(r"\b(?:[Cc]ast|[Cc]haracters|[Ss]tar\s+[Cc]ast)\b")
_CAST_WORDS: Final = frozenset({"cast", "characters"})  # whole words: one in every match


def _line_links(doc: Doc) -> list[tuple[str, str, Sentence, int]]:
    """A cast list written a pair per line ("Riya Malhotra - Meera"), in an article that
    speaks of a cast and holds two such lines at least: the name of more words is the
    actor (the first on a tie)."""
    text = doc.text
    # a line can hold such a pair only where a separator with blanks around it stands
    seps = sorted({text.rfind("\n", 0, i) + 1 for sep in (" - ", " – ", " — ", " : ")
                   for i in occurrences(text, sep)})
    lines = list(finditer_at(_CAST_LINE, text, seps)) if seps and has_word(doc, _CAST_WORDS) \
        and _CAST_WORD.search(text) else []
    out: list[tuple[str, str, Sentence, int]] = []
    for m in lines if len(lines) >= 2 else ():
        first, second = m.group(1), m.group(2)
        if _is_show(doc, first) or _is_show(doc, second) or not clean(doc, first) \
                or not clean(doc, second):
            continue  # "Pyaar Ki Dor - Sony TV": a show's or a channel's line, not a pair
        actor, role = (second, first) if len(second.split()) > len(first.split()) \
            else (first, second)
        s = next((x for x in doc.sentences if x.start <= m.start(1) < x.end), None)
        if s is not None:
            out.append((actor, role, s, m.end()))
    return out


def _paren_links(doc: Doc) -> list[tuple[str, str, Sentence, int]]:
    """"Y (X)" either way round: the side that is a known person is the actor."""
    out: list[tuple[str, str, Sentence, int]] = []
    for s in doc.sentences:
        if "(" not in s.text:
            continue
        for m in lp.PAREN.finditer(s.text):
            outer, inner = split_group(m.group(1)), split_group(m.group(2))
            if len(outer) != len(inner):
                outer, inner = outer[-1:], inner[:1]
            for o, i in zip(outer, inner, strict=True):
                oc, ic = clean(doc, o), clean(doc, i)
                if not oc or not ic:
                    continue
                if resolve_person(doc, ic) and (" " in ic or not resolve_person(doc, oc)):
                    out.append((ic, oc, s, s.start + m.end()))
                elif resolve_person(doc, oc):  # "Riya Malhotra (Meera)", "Riya (Meera)"
                    out.append((oc, ic, s, s.start + m.end()))
    return out


_GAP_VERB = (r"(?:playing|plays|played|play|essaying|essays|essayed|essay|portraying|portrays|"
             r"portrayed|portray|reprising|reprises|reprised|reprise|"
             r"(?:taking|takes|take|took)\s+on|(?:stepping|steps|step|stepped)\s+into\s+the\s+shoes\s+of)")
# A play phrase whose subject is not written right before it ("she plays Y", "Riya has
# quit after playing Y", "her iconic role as Y", "in the titular role").
_SUBJECT_LINK: Final = re.compile(
    rf"\b{_GAP_VERB}\s+{lp.ROLE}{lp.NEW}(?P<c>{lp.G})"
    rf"|\b(?:starring|starred|stars|return(?:s|ed|ing)?|back|seen)"
    rf"(?:\s+on\s+(?:television|TV|screen))?"
    # "is set to return to X as Y", "is back in the show as Y"
    rf"(?:\s+(?:to|in)\s+(?:the\s+show|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,5}}))?"
    rf"\s+as\s+(?:the\s+)?"
    rf"(?:lead\s+|beloved\s+|iconic\s+)?(?P<c2>{lp.G})"
    rf"|\b(?:her|his)\s+(?:[a-z\-]+\s+)?(?:portrayal|role|character)\s+(?:of|as)\s+{lp.NEW}(?P<c3>{lp.G})"
    r"|\b(?P<titular>(?:in|as|play|plays|playing|played|essay|essays|essaying|essayed|portray|"
    r"portrays|portraying|portrayed)\s+the\s+(?:titular|title|eponymous)\s+(?:role|character))")
# The cheap test before _SUBJECT_LINK ("play|essay|...|\\sas\\s"), in two parts: the words
# looked for with ``in`` (as one alternation, ``re`` stopped at every "e", "r", "s", ...),
# and "\\sas\\s" by a pattern that opens with a literal (which ``re`` skips ahead to).
_SUBJECT_WORDS: Final = ("play", "role", "character", "essay", "portray", "repris", "shoes")
_AS_GATE: Final = re.compile(r"as(?<=\sas)\s")  # "\sas\s" with a literal first
# What a _SUBJECT_LINK match opens with (as a whole word, in lower case): it is tried
# only there, where ``re`` tried its four "\b" branches at every position.
_SUBJECT_FIRSTS = ("play", "essay", "portray", "repris", "tak", "took", "step", "starr", "stars",
                   "return", "back", "seen", "her", "his", "in", "as")
_PRONOUN_BEFORE: Final = re.compile(
    r"(?:\b(?:[Ss]he|[Hh]e|I|[Tt]he\s+(?:[\w’'\-]+\s+){0,4}?(?:actress|actor)"
    # "the actor, who played Y in X, will ...": a clause set off by commas may follow
    r"(?:,[^,]{1,120},|,?\s+who)?,?)"
    r"\s+(?:[a-z’'\-]+\s+){0,4}|\b(?:her|his)\s+)$")
# the sentence's subject, maybe with an apposition ("X, known for Z in W, will be ...")
_SUBJECT_BEFORE: Final = re.compile(
    rf"(?:^|\bthat\s+|\band\s+)['‘\"“]?({lp.NAME})(?:'s|’s)?(?:,[^,]{{0,120}},|,)?\s+"
    rf"(?:[a-z’'\-]+,?\s+){{0,10}}$")
_OWNER_AFTER: Final = re.compile(r"(?:'s|’s)?[\s-]+starrer|'s|’s")  # "the A starrer", "A's show"
_NAME_BEFORE: Final = re.compile(rf"({lp.NAME})[\s,]*$")
# the titular role's player: the last name before, with at most five lower-case words
# between ("A, who plays the titular role", "A is essaying the title role")
_PLAYER_BEFORE: Final = re.compile(rf"({lp.NAME}),?\s+(?:[a-z’'\-]+,?\s+){{0,5}}$")
_THE_SHOW: Final = re.compile(r"\b(?:the|this)\s+(?:show|serial|series)\b")
# "The titular role (of X) is essayed by A": the player after the phrase
_TITULAR_BY: Final = re.compile(
    rf"\b[Tt]he\s+(?:titular|title|eponymous)\s+(?:role|character)(?:\s+of\s+{lp.NAME})?"
    rf"\s+{lp.AUX}(?:being\s+|been\s+)?(?:essayed|played|portrayed)\s+by\s+"
    rf"(?:[a-z\-]+\s+){{0,4}}({lp.NAME})")


_TITULAR_WORDS: Final = ("titular", "title", "eponymous")  # one is in every _TITULAR_BY match


def _titular_by(text: str) -> list[re.Match[str]]:
    """``_TITULAR_BY.finditer(text)`` in a sentence holding one of its adjectives as
    written: the pattern opens with ``\\b``, and ``re`` tried it at every position of
    every sentence with a play word or an "as"."""
    if not any(w in text for w in _TITULAR_WORDS):
        return []
    return list(_TITULAR_BY.finditer(text))


# "X has stepped into her shoes": X takes over the role of the person named before.
_SHOES: Final = re.compile(
    rf"({lp.NAME})\s+{lp.AUX}(?:stepped|steps|step|stepping)\s+into\s+"
    rf"(?:her|his|their|(?P<prev>{lp.NAME})['’]s)\s+shoes")


def _shoes_links(doc: Doc) -> list[tuple[str, str, Sentence, int]]:
    """"X has stepped into her shoes": X inherits the character of the last other
    person linked to one before (the "her"); "into Tara's shoes": Tara's character."""
    out: list[tuple[str, str, Sentence, int]] = []
    links = _raw_links(doc)
    for s in doc.sentences:
        if "shoes" not in s.text:
            continue
        for m in _SHOES.finditer(s.text):
            actor, pos = _known(doc, m.group(1)), s.start + m.start()
            prev = _known(doc, m["prev"]) if m["prev"] else None  # "into Tara's shoes"
            earlier = [c for a, c, ls, end in links if ls.start <= pos and end <= pos
                       and actor and _known(doc, a) != actor
                       and (prev is None or _known(doc, a) == prev)]
            if actor and earlier:
                out.append((actor, earlier[-1], s, s.start + m.end()))
    return out


_ADVS: Final = r"(?:(?:now|reportedly|allegedly|already|finally)\s+)*"
# "A (, who played Y,) has (reportedly) been replaced by (actor) B": B takes A's role.
_REPLACED_BY: Final = re.compile(
    rf"({lp.G})(?:,[^,]{{0,80}},)?\s+(?:has|have|had|is|are|was|were)\s+{_ADVS}"
    rf"(?:been\s+|being\s+)?{_ADVS}replaced\s+by\s+(?:the\s+)?(?:actor\s+|actress\s+)?({lp.G})")


# "B will replace A", "B to replace him" (not "replaced by", nor "replace A as Y": a link)
_REPLACES: Final = re.compile(
    rf"({lp.G})\s+(?:(?:will|would|is\s+set\s+to|is\s+all\s+set\s+to|has|had|to)\s+)?"
    rf"{_ADVS}(?:replace|replaces|replaced|replacing)\s+(him|her|{lp.G})(?!\s*(?:by|as)\b)")


def _replaced_links(doc: Doc) -> list[tuple[str, str, Sentence, int]]:
    """"A has been replaced by B", "B will replace A/him": B plays the character the
    article links to A ("him"/"her": the last other person linked before)."""
    out: list[tuple[str, str, Sentence, int]] = []
    links = [*_raw_links(doc), *_paren_links(doc)]
    for s in doc.sentences:
        if "replac" not in s.text:
            continue
        found = [(m.group(1), m.group(2), m.end()) for m in _REPLACED_BY.finditer(s.text)]
        found += [(m.group(2), m.group(1), m.end()) for m in _REPLACES.finditer(s.text)]
        for olds, news, end in found:
            for old, new in _pairs(split_group(olds), split_group(news)):
                comer = _known(doc, new)
                gone = _known(doc, old) if old not in ("him", "her") else next(
                    (_known(doc, a) for a, _, ls, e in reversed(links) if e <= s.start + end
                     and _known(doc, a) not in (None, comer)), None)
                roles = [c for a, c, _, _ in links if gone and _known(doc, a) == gone]
                if roles and comer != gone:
                    out.append((new, roles[0], s, s.start + end))
    return out


def _subject_links(doc: Doc) -> list[tuple[str, str, Sentence, int]]:
    """Play phrases with the actor away from the verb: a pronoun ("he enjoyed playing
    Y") stands for the person the sentence opens with, else the last person named
    before; a subject followed only by lower-case words ("Riya has quit after playing
    Y") is the actor; "X in the titular role" plays the show's title character."""
    out: list[tuple[str, str, Sentence, int]] = []
    for s in doc.sentences:
        if not any(w in s.text for w in _SUBJECT_WORDS) and not _AS_GATE.search(s.text):
            continue
        titular = [(m.start(), m.group(1), m.end()) for m in _titular_by(s.text)]
        for at, player, end in titular:
            actor, character = _known(doc, player), _title_role(doc, s, at)
            if actor and character:
                out.append((actor, character, s, s.start + end))
        for m in finditer_at(_SUBJECT_LINK, s.text, word_starts(s.text, _SUBJECT_FIRSTS)):
            actor = _gap_subject(doc, s, s.text[:m.start()], titular=bool(m["titular"]))
            if m["titular"]:
                character = _title_role(doc, s, m.start())
            else:
                character = m["c"] or m["c2"] or m["c3"]
            end = m.end()
            if character and (kin := lp.KIN_AFTER.match(s.text, end)):
                character, end = kin["name"], kin.end()  # "plays Meera's husband (Arjun)"
            if actor and character:
                out.extend((actor, c, s, s.start + end) for c in split_group(character)[:1])
    return out


# "they play Y and Z", "their roles as Y and Z", "their story as Y and Z": the roles of
# a group of people named just before
_THEY_PLAY: Final = re.compile(
    r"\b[Tt]he(?:y|ir)\s+(?:[a-z’'\-]+\s+){0,3}?"
    r"(?:play|plays|played|playing|portray|portrays|portrayed|portraying|essay|essays|"
    r"essayed|essaying|as|(?:roles?|characters?|story|journey)\s+(?:of|as))\s+"
    rf"(?:the\s+(?:roles?|characters?)\s+of\s+)?{lp.Q}({lp.G})")
_THEY: Final = frozenset({"they", "their"})  # what every match of _THEY_PLAY holds
_GROUP: Final = re.compile(lp.G)


def _they_play(doc: Doc, s: Sentence) -> list[re.Match[str]]:
    """``_THEY_PLAY.finditer(s.text)``, tried only where "they" or "their" begins (every
    match opens with one; the pattern opens with ``\\b``, which ``re`` tried at every
    position of the sentence)."""
    starts = starts_in(doc, s, _THEY)
    if starts is None:
        return list(_THEY_PLAY.finditer(s.text))
    return list(finditer_at(_THEY_PLAY, s.text, starts))


def _plural_links(doc: Doc) -> list[tuple[str, str, Sentence, int]]:
    """"A and B ... They play Y and Z": a plural pronoun's roles go in order to the last
    group of as many people named before it, in its sentence or the one before."""
    out: list[tuple[str, str, Sentence, int]] = []
    for i in sentences_with(doc, _THEY):
        s = doc.sentences[i]
        for m in _they_play(doc, s):
            chars = split_group(m.group(1))
            if len(chars) < 2:
                continue
            before = s.text[:m.start()]
            actors = _people_group(doc, before, len(chars))
            if actors is None and i > 0:
                actors = _people_group(doc, doc.sentences[i - 1].text, len(chars))
            if actors:
                out.extend((a, c, s, s.start + m.end()) for a, c in zip(actors, chars,
                                                                        strict=True))
    return out


def _people_group(doc: Doc, text: str, size: int) -> list[str] | None:
    """The last coordinated group of ``size`` names in ``text`` that are all people."""
    found = None
    for m in _GROUP.finditer(text):
        names = split_group(m.group())
        if len(names) == size and all(_known(doc, n) for n in names):
            found = names
    return found


def _title_role(doc: Doc, s: Sentence, at: int) -> str | None:
    """The title character a "titular role" phrase at ``at`` (in ``s``) speaks of: the
    show named last before it ("X, which stars A in ..."), else the first one the
    sentence names after it, else the show the sentence is about when it says so ("A,
    who plays the titular role on the show")."""
    inside = doc.shows.shows_in(s)
    earlier = [n for n in inside if n.start < s.start + at]
    if inside:
        return (earlier or inside)[-1 if earlier else 0].show
    return doc.show_for(s) if _THE_SHOW.search(s.text) else None


def _gap_subject(doc: Doc, s: Sentence, before: str, titular: bool) -> str | None:
    """Who a play phrase is about (see :func:`_subject_links`), as a known person."""
    if titular and (m := _NAME_BEFORE.search(before) or _PLAYER_BEFORE.search(before)) \
            and (actor := _known(doc, m.group(1))):
        return actor
    if (m := _SUBJECT_BEFORE.search(before)) and not _PRONOUN_BEFORE.search(before):
        return _known(doc, m.group(1))
    pronoun = _PRONOUN_BEFORE.search(before)
    if not pronoun:
        return None
    found, stranger = None, False  # the person named last before the pronoun
    for m in _NAME_RE.finditer(before, 0, pronoun.start()):
        if not _OWNER_AFTER.match(before, m.end()):
            person = _known(doc, m.group())
            stranger = stranger or (not person and _looks_like_name(doc, m.group()))
            found = person or found
    if found or stranger:  # "Riyaa ... she portrayed Y": not some other known person
        return found
    return _last_person_before(doc, s.start, gender_of_pronoun(pronoun.group()))


def _looks_like_name(doc: Doc, raw: str) -> bool:
    name = clean(doc, raw)
    return bool(name) and not _is_show(doc, name or "") and name not in ("I",)


def gender_of_pronoun(pronoun: str) -> str | None:
    """"f" for she/her/the actress, "m" for he/his/the actor, None for I."""
    words = re.findall(r"\w+", pronoun.lower()) or [""]
    # "the (28-year-old) actress ..."
    word = next((w for w in words if w in ("actress", "actor")), "") if words[0] == "the" \
        else words[0]
    return {"she": "f", "her": "f", "herself": "f", "he": "m", "his": "m", "him": "m",
            "himself": "m", "actress": "f", "actor": "m"}.get(word)




def person_genders(doc: Doc) -> dict[str, str]:
    """Folded person -> "f"/"m" from "actress X" / "actor X" (cached)."""
    if "names.genders" not in doc.cache:
        found: dict[str, str] = {}
        for m in _cue_scan(doc, lp.GENDER_CUE):
            if person := _actor_of(doc, m.group(2)):
                found.setdefault(fold(person), "f" if m.group(1).lower() == "actress" else "m")
        for person, pronoun in _pronoun_after_name(doc):
            if gender := gender_of_pronoun(pronoun):
                found.setdefault(fold(person), gender)
        doc.cache["names.genders"] = found
    return doc.cache["names.genders"]  # type: ignore[no-any-return]


# a pronoun that refers back to the sentence's person: a subject, a possessive before its
# noun, a reflexive; not an object ("B has been approached to replace her": her is A)
_GENDERED = first_gated(re.compile(  # tried only at an "s", "S", "h" or "H" (see first_gated)
    r"\b(?:[Ss]he|herself|[Hh]e|his|himself|"
    r"her(?=\s+(?!(?:as|and|or|to|in|on|at|for|with|from|by|of|after|"
    r"before|that|the|a|an)\b)[a-z]))\b"))
_GENDER_WORDS: Final = frozenset({"she", "herself", "he", "his", "himself", "her"})  # (lowered)


def _gendered(doc: Doc, s: Sentence, pos: int = 0) -> re.Match[str] | None:
    """``_GENDERED.search(s.text, pos)``, tried only where one of its words begins in the
    sentence (the ordered word index tells: :func:`gate.starts_in`); each match is one of
    them, whole, where the search tried the pattern at every "s" and "h" (the sentences
    are searched one by one, most of them holding none)."""
    starts = starts_in(doc, s, _GENDER_WORDS)
    if starts is None:
        return _GENDERED.search(s.text, pos)
    return next(finditer_at(_GENDERED, s.text, starts, pos), None)


def _pronoun_after_name(doc: Doc) -> list[tuple[str, str]]:
    """(person, pronoun) where a sentence names one known person and then refers back
    with a gendered pronoun ("X has been a charmer, and that is the role he plays")."""
    out: list[tuple[str, str]] = []
    for s in doc.sentences:
        if not _gendered(doc, s):
            continue
        named = [(m.end(), p) for m in _NAME_RE.finditer(s.text) if (p := _known(doc, m.group()))]
        if len({p for _, p in named}) == 1 and (g := _gendered(doc, s, named[0][0])):
            out.append((named[0][1], g.group().lower()))
    return out


def _known(doc: Doc, raw: str) -> str | None:
    """The full name of a person written here (not a linked character), or None."""
    name = clean(doc, raw)
    full = resolve_person(doc, name) if name else None
    if not full or fold(full) in _characters_linked(doc):
        return None
    return full


def _characters_linked(doc: Doc) -> frozenset[str]:
    """Folded character names of the pattern links (before pronoun links are added)."""
    if "names.linked" not in doc.cache:
        found = {fold(c) for _, c, _, _ in _raw_links(doc)}
        # "the character of Y" (its first name only: "role of A and B who ..." may run on)
        found |= {fold(split_group(m.group(1))[0]) for m in _cue_scan(doc, lp.ROLE_CUE)}
        doc.cache["names.linked"] = frozenset(found)
    return doc.cache["names.linked"]  # type: ignore[no-any-return]


def _last_person_before(doc: Doc, offset: int, gender: str | None = None) -> str | None:
    """A pronoun's antecedent among the people named before ``offset`` (not called an
    actor when the pronoun is "she", nor an actress for "he"): the one named most often
    (the person the article is about), the later one on a tie."""
    counts: dict[str, tuple[int, int]] = {}
    genders = person_genders(doc)
    for at, run in _name_runs_before(doc, offset):
        found = _known(doc, run)
        if found and gender and genders.get(fold(found), gender) != gender:
            continue
        if found:
            counts[found] = (counts.get(found, (0, 0))[0] + 1, at)
    if gender and len(counts) > 1:  # "he"/"she" among several: trust only a known gender
        counts = {n: c for n, c in counts.items() if genders.get(fold(n)) == gender}
    return max(counts, key=lambda n: counts[n]) if counts else None


def _actor_of(doc: Doc, raw: str) -> str | None:
    name = clean(doc, raw)
    return resolve_person(doc, name) if name else None


def castings(doc: Doc) -> list[Casting]:
    """Every actor-character link in the article, actors written in their first full
    form, in text order."""
    if "names.castings" in doc.cache:
        return doc.cache["names.castings"]  # type: ignore[no-any-return]
    out: list[Casting] = []
    links = [*_raw_links(doc), *_paren_links(doc), *_line_links(doc)]
    linked = {(id(s), fold(c)) for a, c, s, _ in links if _actor_of(doc, a)}
    links += [t for t in _subject_links(doc) if (id(t[2]), fold(t[1])) not in linked]
    links += _shoes_links(doc) + _replaced_links(doc) + _plural_links(doc)
    zipped: set[tuple[str, str, int, int]] = doc.cache.get("names.zipped", set())
    weak: list[bool] = []
    for raw_a, raw_c, s, end in sorted(links, key=lambda t: (t[2].start, t[3])):
        a, c = clean(doc, raw_a), clean(doc, raw_c)
        actor = (resolve_person(doc, a) or _typed_person(doc, a)) if a else None
        if not actor and a and c and " " not in a and (swapped := _called_person(doc, c)):
            actor, c = swapped, a  # "Meera aka Riya Malhotra": the actress the article names
        if not actor or not c or fold(actor) == fold(c) or not _character_ok(doc, c):
            continue
        out.append(Casting(actor, c, s, end))
        weak.append((raw_a, raw_c, s.start, end) in zipped)
    doc.cache["names.castings"] = _drop_contradicted(out, weak)
    return doc.cache["names.castings"]  # type: ignore[no-any-return]


def _called_person(doc: Doc, name: str) -> str | None:
    """``name`` as the full name of a person the article calls an actor or actress
    ("actress Riya Malhotra"), else None."""
    full = resolve_person(doc, name)
    return full if full and " " in full and any(
        fold(m.group(2)) == fold(full) for m in _cue_scan(doc, lp.GENDER_CUE)) else None


def _typed_person(doc: Doc, name: str) -> str | None:
    """The one multi-word name the typer finds a person that ``name`` opens or ends
    (read after the typer, which itself reads only the cue-made people)."""
    from tellytrack.extract.mentions import typed_full_name  # the typer reads this module
    return typed_full_name(doc, name)


def _drop_contradicted(links: list[Casting], weak: list[bool]) -> list[Casting]:
    """"A and B play C and D" pairs by position, and writers get the order wrong: such a
    link yields when direct links ("D (A)", "C (B)") give its actor another character
    and its character another actor (a swap, not a replacement). Actors are compared
    by first name: the article may spell the surname two ways."""
    def who(link: Casting) -> str:
        return fold(link.actor.split()[0])
    roles_of: dict[str, set[str]] = {}
    actors_of: dict[str, set[str]] = {}
    for link, w in zip(links, weak, strict=True):
        if not w:
            roles_of.setdefault(who(link), set()).add(fold(link.character))
            actors_of.setdefault(fold(link.character), set()).add(who(link))
    return [link for link, w in zip(links, weak, strict=True)
            if not w or not (roles_of.get(who(link), set()) - {fold(link.character)}
                             and actors_of.get(fold(link.character), set()) - {who(link)})]


def people(doc: Doc) -> set[str]:
    """Names the article uses as actors (full forms)."""
    return set(_full_people(doc)) | {c.actor for c in castings(doc)}


def characters(doc: Doc) -> set[str]:
    """Names the article uses as characters (as written): linked to an actor, or
    introduced as "the role of Y" / "the character Y"."""
    if "names.characters" not in doc.cache:
        found = {c.character for c in castings(doc)}
        for m in _cue_scan(doc, lp.ROLE_CUE):
            found.update(n for n in map(lambda g: clean(doc, g), split_group(m.group(1))) if n)
        doc.cache["names.characters"] = found
    return set(doc.cache["names.characters"])


class PersonMention(NamedTuple):
    """A person named in the text: offsets into the article and the full name."""

    start: int
    end: int
    name: str


_NAME_RE: Final = re.compile(lp.NAME)


# Inside a title-cased run: blanks before a word that is no capitalised one (a number, or
# a Hindi function word such as "ki" before a capital).
_NOT_CAPITAL_NEXT: Final = re.compile(r"[ \t]+(?![A-Z])")


def name_runs(doc: Doc) -> list[tuple[int, str]]:
    """(offset, text) of every run of capitalised words of the body: what
    ``_NAME_RE.finditer`` finds there, read off the article's title-cased runs (found
    once for shows.py). A title run is capitalised words joined by blanks, with numbers
    and function words between some of them; no capital stands outside its words, so
    the name runs are the title runs themselves, or split where such a word stands."""
    if "names.runs" not in doc.cache:
        out: list[tuple[int, str]] = []
        for at, run in title_runs(doc):
            if (" " in run or "\t" in run) and _NOT_CAPITAL_NEXT.search(run):
                out += [(at + m.start(), m.group()) for m in _NAME_RE.finditer(run)]
            else:
                out.append((at, run))
        doc.cache["names.runs"] = out
    return doc.cache["names.runs"]  # type: ignore[no-any-return]


def _name_runs_before(doc: Doc, offset: int) -> list[tuple[int, str]]:
    """What ``_NAME_RE.finditer`` finds in the body before ``offset``, from the article's
    runs: those ending by ``offset``, and the one running past it cut there, as a scan
    that stops at ``offset`` cuts it."""
    out: list[tuple[int, str]] = []
    for at, run in name_runs(doc):
        if at >= offset:
            break
        if at + len(run) > offset:
            m = _NAME_RE.match(doc.text, at, offset)
            if m:
                out.append((at, m.group()))
            break
        out.append((at, run))
    return out


def person_mentions(doc: Doc) -> list[PersonMention]:
    """Every place the article names a person (known actors, and other multi-word names
    that are neither shows nor the article's characters), in text order."""
    if "names.mentions" in doc.cache:
        return doc.cache["names.mentions"]  # type: ignore[no-any-return]
    chars = {fold(c) for c in characters(doc)}
    known = {fold(p) for p in people(doc)}
    non_actors = [m.group(1) for m in _cue_scan(doc, lp.NON_ACTOR)]
    non_actors += [m.group(1) for m in near(lp.BANNER_OWNER, lp.BANNER_CUE, doc.text,
                                            needs=lp.BANNER_NEEDS)]
    non_actors += _show_owners(doc)
    chars |= {fold(n) for g in non_actors for n in split_group(g)} - known
    chars |= _aliases(doc, chars) - known
    out: list[PersonMention] = []
    singles: list[tuple[int, str]] = []  # one-word names no known person explains (yet)
    for at, run in name_runs(doc):
        name = clean(doc, run)
        if not name:
            continue
        full = resolve_person(doc, name)
        if not full and " " not in name:
            singles.append((at + run.find(name), name))
        if not full or full.startswith("Mr"):
            continue
        is_known, parts = fold(full) in known, full.split()
        if not is_known and (fold(full) in chars or len(parts) > 3 or _looks_common(doc, full)
                             or fold(parts[0]) in chars or fold(parts[-1]) in chars):
            continue  # "Meera Rao", "the OG Meera" when "Meera" is a role here
        offset = at + run.find(name.split()[0])
        if not is_known and in_show_title(doc, offset):
            continue  # "Nach Mela" of "Nach Mela 3": part of a title, not a person
        out.append(PersonMention(offset, offset + len(name), full))
    out = sorted(out + _first_names(out, singles, chars))
    doc.cache["names.mentions"] = out
    return out


def _aliases(doc: Doc, chars: set[str]) -> set[str]:
    """"who played Arjun aka Arjun Vir Sethi": the other name of a character is a character."""
    return {fold(c) for a, c, _, _ in _raw_links(doc) if fold(a) in chars}


def _first_names(found: list[PersonMention], singles: list[tuple[int, str]],
                 chars: set[str]) -> list[PersonMention]:
    """"Tara's departure" after "... or Tara Joshi": a lone first (or last) name
    stands for the one person named in full with it (not for a character)."""
    out: list[PersonMention] = []
    by_part: dict[str, set[str]] = {}  # folded first or last name -> the full names
    for full in {p.name for p in found}:
        for part in {fold(full.split()[0]), fold(full.split()[-1])}:
            by_part.setdefault(part, set()).add(full)
    for offset, name in singles:
        key = fold(name)
        hits = by_part.get(key, set())
        if key not in chars and len(hits) == 1:
            out.append(PersonMention(offset, offset + len(name), next(iter(hits))))
    return out


def in_show_title(doc: Doc, offset: int) -> bool:
    """Whether ``offset`` lies inside a place the article names a show."""
    mentions = doc.shows.mentions
    i = index_after(doc.shows.starts, offset) - 1
    return i >= 0 and offset < mentions[i].end


_OWNER_BEFORE: Final = re.compile(rf"({lp.NAME})(?:'s|’s)\s+$")


def _show_owners(doc: Doc) -> list[str]:
    """"Kavita Rao's Pyaar Ki Dor": a name owning a show is its maker unless the article
    links it to a role (the lead's "Riya Malhotra's show" stays an actor via ``known``)."""
    out: list[str] = []
    for m in doc.shows.mentions:
        lo = max(0, m.start - 60)
        # the search tries every position: first the cheap test of how the window ends
        ends = doc.text[lo:m.start].rstrip().endswith(("'s", "’s"))
        owner = _OWNER_BEFORE.search(doc.text, lo, m.start) if ends else None
        if owner and " " in owner.group(1):
            out.append(owner.group(1))
    return out


def _looks_common(doc: Doc, name: str) -> bool:
    common = common_words(doc)
    return any(is_common(common, t.lower()) for t in name.split())
