"""rating facts: a show's place in a ratings chart and its TRP/TVR value.

Read only in articles that report a chart (a ``chart`` cue of the
``rating_cues`` lexicon: TRP, BARC, TVR, Ormax ...). Evidence comes from three
layers, the structured ones first because they are the least ambiguous:

1. tables ("|1", "|Zee TV", "|Show") and list headings ("1. Show", "Show – 2.2";
   a run of valued headings in falling order also gives ranks by position);
2. rank phrases in running text: "third spot", "No. 1", "#3", "ranked 5th",
   "number one position", "top spot", "topped the TRP chart", "coming in second";
3. rating values: a decimal number beside a value cue ("garnered 2.1 TRP",
   "with a rating of 1.9", "3.1 points"), never impressions, viewers or millions.

A sentence may tell a show's history ("dethroned from its number one spot a
few weeks ago and last week slipped to the third spot"): positions after
"from", behind "after being", or hedged ("might return to the top spot") are
past or hypothetical; of the rest the one whose time expression is latest (see
:mod:`tellytrack.extract.timeexpr`) is the show's current rank. Across
sentences the first statement wins. ``week`` is the article's BARC week when
its number and year can be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from tellytrack.extract import records
from tellytrack.extract.charts import NOT_A_RATING, headings, section_shows, table_rows
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import (
    first_words,
    lower_text,
    phrase_firsts,
    phrase_matches,
    sentences_with,
    word_offsets,
)
from tellytrack.extract.info_rules import (
    CHANNEL,
    TITLE,
    Mention,
    clean_title,
    plausible_show,
    show_mentions,
    spelling_key,
)
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.scan import caseless, finditer_at, lower_phrases, word_starts
from tellytrack.extract.timeexpr import barc_week, find_mentions
from tellytrack.model import Fact, Sentence


def _cue_pattern(role: str) -> re.Pattern[str]:
    words = [w for w, roles in mapping("rating_cues").items() if role in roles.split()]
    words.sort(key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


_CHART_CUE: Final = _cue_pattern("chart")
_CHART_PHRASES: Final = [w for w, r in mapping("rating_cues").items() if "chart" in r.split()]
_CHART_CUE_LOW: Final = lower_phrases(_CHART_PHRASES)
_CHART_FIRSTS: Final = first_words(_CHART_PHRASES)  # where a match of it begins (a whole word)


def _chart_cue(doc: Doc) -> bool:
    """Whether the article speaks of a chart (case-sensitive on the article's lowered
    text, shared with the other extractors: faster)."""
    low = lower_text(doc)
    if not low:
        return bool(_CHART_CUE.search(doc.text))
    at = word_offsets(doc, _CHART_FIRSTS)  # (its first letters are common: "o", "r", "t")
    return any(_CHART_CUE_LOW.match(low, i) for i in at) if at is not None else bool(
        _CHART_CUE_LOW.search(low))

_VALUE_CUE: Final = _cue_pattern("value")
# A value cue's words (lower-cased): a sentence without any holds no value cue.
_VALUE_WORDS = tuple(w.lower() for w, r in mapping("rating_cues").items() if "value" in r.split())
# Where a match of _VALUE_CUE (and of _NOT_TRP) can begin: a whole word among these.
_VALUE_FIRSTS: Final = phrase_firsts(_VALUE_WORDS)
_ORDINALS: Final = mapping("ordinals")
_ORD_WORD: Final = "|".join(sorted((w for w in _ORDINALS if w != "top"), key=len, reverse=True))
_NUM_WORD: Final = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_ORD: Final = rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORD_WORD}|top)"
_NOUN: Final = r"(?:spot|position|place|rank|slot|positions?)"
_MOVES: Final = (r"slips?|slipped|drops?|dropped|falls?|fell|slides?|slid|climbs?|climbed|jumps?|"
          r"jumped|rises?|rose|moves?|moved|goes|went")
_RANK_PATTERNS: Final = [
    re.compile(rf"\b{_ORD}[- ](?:most\s+)?{_NOUN}\b", re.I),
    re.compile(rf"(?:\bnumber|\bNo\.?|#)\s*(?P<num>{_NUM_WORD})\b(?!\s*(?:weeks?|times?|%))", re.I),
    re.compile(rf"\b{_NOUN}\s+(?:no\.?\s*|number\s+|#)?(?P<num>\d{{1,2}})\b(?!\.\d)", re.I),
    re.compile(rf"\b(?:ranked|ranks|ranking|at|came|comes|coming|finished|placed|stood)\s+"
               rf"(?:in\s+|at\s+)?(?:the\s+|a\s+(?:close|distant)\s+)?{_ORD}\b"
               rf"(?!\s+(?:week|time|season|episode|day|"
               rf"year|month|{_NOUN}))", re.I),
    re.compile(r"\b(?P<top>topped|tops|topping|rul(?:es|ed|ing)|led|leads?|leading)\s+the\s+"
               r"(?:\w+\s+){0,2}?(?:charts?|list|ratings)\b", re.I),
    # "the most-watched show" is the top; "the sixth most-watched show" the sixth
    re.compile(rf"\b(?:{_ORD}\s+)?(?P<top>most[- ]watched)\s+(?:\w+\s+){{0,3}}?"
               r"(?:show|programme|serial)\b", re.I),
    # "X is third (1.9)", "remains fifth with 1.6", "is on top with 2.3": the ordinal
    # ends its clause
    # ("X close fourth with 1.9": a close place, as a copula)
    re.compile(rf"\b(?:is|was|remains|remained|stays|stayed|close)\s+(?:(?:at|on)\s+)?(?:the\s+)?{_ORD}"
               r"(?=\s*(?:[,.;:(]|with\b|and\b|while\b|$))", re.I),
    # "slips to sixth", "climbs to third": a move to a place without its noun
    re.compile(rf"\b(?:{_MOVES})\s+(?:(?:down|up|back)\s+)?to\s+(?:the\s+)?{_ORD}\b"
               rf"(?!\s+(?:week|time|season|episode|day|year|month|{_NOUN}))", re.I),
    # "on (the) top of the TRP charts", "in top of the ratings": the first place
    re.compile(r"\b(?:on|at|in)\s+(?:the\s+)?(?P<top>top)\s+(?:of|in|on)\s+the\s+"
               r"(?:\w+\s+){0,2}?(?:charts?|list|ratings)\b", re.I),
    # "the top-rated show": the first place
    re.compile(r"\b(?P<top>top[- ]rated)\s+(?:\w+\s+){0,2}?(?:show|programme|serial)\b", re.I),
    # "X rounds off the top five", "X completes the top 10": the last of them
    re.compile(rf"\b(?:rounds?|rounding|rounded|completes?|completing|completed|closes?|closing|"
               rf"closed)\s+(?:off|out|up)?\s*the\s+top\s+(?P<num>{_NUM_WORD})\b", re.I),
]
# What each rank pattern's every match holds, lower-cased: a pattern is tried only on
# sentences holding one (re.I patterns opening with "\\b" are tried at every position).
_NOUNS: Final[tuple[str, ...]] = ("spot", "position", "place", "rank", "slot")
_RANK_NEEDS: Final[tuple[tuple[str, ...], ...]] = (
    _NOUNS, ("number", "no", "#"), _NOUNS,
    ("rank", "at", "came", "comes", "coming", "finished", "placed", "stood"),
    ("chart", "list", "ratings"), ("watched",),
    ("is", "was", "remain", "stay", "close"),
    ("slip", "drop", "fell", "fall", "slid", "climb", "jump", "rise", "rose", "move", "goes",
     "went"),
    ("top",), ("rated",), ("top",))
# Positions that are no longer (or not yet) the show's: "from the top spot", "after being at
# No. 3", "used to be", hedges ("might return to the top spot").
_PAST_CUE: Final = re.compile(
    r"(?:\bfrom\b(?![^,;]*\bto\b)|\bafter\s+(?:being|sticking|staying|holding|remaining)\b|"
    r"\bused to\b|"
    r"\bprevious(?:ly)?\b|\bearlier\b|\b(?:which|that|who)\s+was\s+at\b|\bout of\b|"
    r"\b(?:might|may|could|would|hopes?|hoping|aims?|aiming|bid|likely|expected)\b|"
    r"\breturns?\s+to\b|\bregain|\breclaim)[^,;]{0,45}$",
    re.I,
)
# "X (2.4)": a show's rating in brackets right after it, no cue word needed
_BRACKETED: Final = re.compile(r"[A-Za-z]\s+\(\d\.\d{1,2}\)")
_VALUE: Final = re.compile(rf"(?<![\d.,])(?P<v>\d\.\d{{1,2}}){NOT_A_RATING}")
_NOT_TRP: Final = re.compile(r"\b(?:IMDb|impressions|stars?\s+out)\b", re.I)
_NOT_TRP_FIRSTS: Final = frozenset({"imdb", "impressions", "star", "stars"})
CHANNEL_RE: Final = re.compile(CHANNEL)
_MODIFIER: Final = re.compile(r"['’]|\s+(?:\w+\s+)?(?:show|serial|series|drama)", re.I)
_JOINT: Final = re.compile(r"\brespectively\b", re.I)
_BOTH: Final = re.compile(r"\b(?:both|the two)\b", re.I)


@dataclass
class _Entry:
    """What the article says of one show's chart standing (first statement wins)."""

    show: str
    sentence: Sentence
    rank: int | None = None
    rating: float | None = None
    sources: list[str] = field(default_factory=list)


def extract(doc: Doc) -> list[Fact]:
    """One rating fact per show the article places in a chart or gives a rating."""
    if not _chart_cue(doc):
        return []
    entries: dict[str, _Entry] = {}
    _from_tables(doc, entries)
    _from_headings(doc, entries)
    gates = _gates(doc)
    for i in sorted(frozenset().union(*gates)):  # a sentence in no gate gives nothing
        _from_sentence(doc, i, gates, entries)
    _next_followers(doc, entries)
    week = barc_week(doc.text, doc.article.published)
    return [records.fact(type="rating", show=e.show, rank=e.rank, rating=e.rating, week=week,
                         evidence=doc.evidence(e.sentence), confidence=_confidence(e))
            for e in entries.values() if e.rank is not None or e.rating is not None]


def _confidence(e: _Entry) -> float:
    return 0.9 if "structure" in e.sources else 0.7


def _entry(entries: dict[str, _Entry], show: str, sentence: Sentence) -> _Entry:
    """The entry of ``show``, found under any spelling already seen."""
    key = spelling_key(show)
    if key not in entries:
        entries[key] = _Entry(show, sentence)
    return entries[key]


def _set(entry: _Entry, rank: int | None, rating: float | None, source: str) -> None:
    if entry.rank is None and rank is not None:
        entry.rank = rank
        entry.sources.append(source)
    if entry.rating is None and rating is not None:
        entry.rating = rating
        entry.sources.append(source)


def _from_tables(doc: Doc, entries: dict[str, _Entry]) -> None:
    for row in table_rows(doc):
        _set(_entry(entries, row.show, row.sentence), row.rank, row.value, "structure")


def _from_headings(doc: Doc, entries: dict[str, _Entry]) -> None:
    """Numbered or valued list headings; a falling run of values gives ranks by position."""
    valued = [h for h in headings(doc) if len(h.shows) == 1 and h.value is not None]
    values = [h.value or 0.0 for h in valued]
    by_position = len(valued) >= 3 and values == sorted(values, reverse=True)
    for h in headings(doc):
        if len(h.shows) != 1 or (h.rank is None and h.value is None):
            continue
        rank = h.rank
        if rank is None and by_position:
            rank = valued.index(h) + 1
        value = h.value if h.value is not None and h.value < 10 else None
        _set(_entry(entries, h.shows[0], doc.sentences[h.index]), rank, value, "structure")


@dataclass(frozen=True)
class _Rank:
    start: int  # offset in the sentence
    rank: int
    when: date


def _gates(doc: Doc) -> tuple[frozenset[int], ...]:
    """For each rank pattern, then for the value cue, the sentences holding one of the
    words its every match holds (``_RANK_NEEDS``, ``_VALUE_WORDS``): found once per
    article, where a test per sentence and pattern cost more than the patterns."""
    return tuple(frozenset(sentences_with(doc, literals=needs))
                 for needs in (*_RANK_NEEDS, (*_VALUE_WORDS, "(")))


def _from_sentence(doc: Doc, index: int, gates: tuple[frozenset[int], ...],
                   entries: dict[str, _Entry]) -> None:
    """Rank phrases and rating values of one sentence, each tied to its show."""
    sentence = doc.sentences[index]
    best: dict[str, _Rank] = {}
    for r in _ranks(doc, sentence, [p for p, g in zip(_RANK_PATTERNS, gates[:-1], strict=True)
                                   if index in g]):
        show = _show_at(doc, sentence, r.start)
        if show and (show not in best or r.when > best[show].when):
            best[show] = r
    joint = _joint_ranks(doc, sentence) or _shared_rank(doc, sentence, best)
    if joint:
        best = {}
    for show, r in best.items():
        _set(_entry(entries, show, sentence), r.rank, None, "text")
    for show, rank in joint:
        _set(_entry(entries, show, sentence), rank, None, "text")
    for show, rank in _followers(doc, sentence, {s: r.rank for s, r in best.items()}):
        _set(_entry(entries, show, sentence), rank, None, "text")
    for show, value in _values(doc, sentence) if index in gates[-1] else ():
        _set(_entry(entries, show, sentence), None, value, "text")


def _ranks(doc: Doc, sentence: Sentence, patterns: list[re.Pattern[str]]) -> list[_Rank]:
    """Current (not past, not hedged, not future) rank phrases of a sentence (of those
    ``patterns`` that can match it)."""
    text = sentence.text
    anchor = doc.article.published
    times = None  # time expressions: read only once a rank phrase is found
    now = anchor.end if anchor else date.max
    out: list[_Rank] = []
    low = caseless(text)
    for pattern in patterns:
        for m in pattern.finditer(text) if low is None else finditer_at(
                pattern, text, _rank_starts(pattern, low)):
            rank = _rank_value(m)
            if rank is None or _PAST_CUE.search(_clause_before(text, m.start())):
                continue
            if times is None:
                times = find_mentions(text, anchor) if anchor else []
            near = min(times, key=lambda t: abs(t.start - m.start()), default=None)
            when = near.span.end if near else now
            if near and near.span.start > now:
                continue  # "will be back at the top spot soon"
            out.append(_Rank(m.start(), rank, when))
    return out


def _rank_starts(pattern: re.Pattern[str], low: str) -> list[int]:
    """Where a match of the rank ``pattern`` can start in a sentence (``low``, lowered
    safely): where one of its first words begins a word (see ``_RANK_FIRSTS``). The
    patterns are caseless and open with ``\\b``: ``re`` tried them at every position."""
    words, anywhere = _RANK_FIRSTS[id(pattern)]
    found = word_starts(low, words) + word_starts(low, anywhere, whole=False)
    if "0" in words and not low.isascii():  # an ordinal's number: ``\\d``, any script's
        found += [m.start() for m in _DIGIT.finditer(low)
                  if m.start() == 0 or not _word_char(low[m.start() - 1])]
    return sorted(set(found))


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_DIGIT: Final = re.compile(r"\d")
# Each rank pattern's first words (lower-cased prefixes of a whole word), and what else
# a match may open with anywhere ("#3"); an ordinal opens with a digit or a word.
_ORD_FIRSTS: Final = (*"0123456789", *(w.lower() for w in _ORDINALS), "top")
_RANK_FIRSTS: Final[dict[int, tuple[tuple[str, ...], tuple[str, ...]]]] = dict(zip(
    map(id, _RANK_PATTERNS), (
        (_ORD_FIRSTS, ()), (("number", "no"), ("#",)), (_NOUNS, ()),
        (("rank", "at", "came", "comes", "coming", "finished", "placed", "stood"), ()),
        (("top", "rul", "led", "lead"), ()), ((*_ORD_FIRSTS, "most"), ()),
        (("is", "was", "remain", "stay", "close"), ()),
        (("slip", "drop", "fall", "fell", "slid", "climb", "jump", "rise", "rose", "move",
          "goes", "went"), ()), (("on", "at", "in"), ()), (("top",), ()),
        (("round", "complet", "clos"), ())), strict=True))
_ORD_RE: Final = re.compile(rf"\b{_ORD}\b", re.I)


def _respectively(text: str) -> bool:
    """``_JOINT.search(text)``, searched only when the lowered text holds the word (a
    caseless pattern led by ``\\b`` is tried at every position; every sentence of a
    ratings story asks)."""
    low = caseless(text)
    return (low is None or "respectively" in low) and bool(_JOINT.search(text))


def _joint_ranks(doc: Doc, sentence: Sentence) -> list[tuple[str, int]]:
    """"A and B are at fourth and fifth positions respectively": the shows and the
    places of the sentence paired in order, when they are as many."""
    text = sentence.text
    if not _respectively(text):
        return []
    ranks = [_rank_value(m) for m in _ORD_RE.finditer(text)]
    shows = [m.name for m in show_mentions(doc, sentence)]
    if len(shows) < 2 or len(shows) != len(ranks) or None in ranks:
        return []
    return [(show, rank) for show, rank in zip(shows, ranks, strict=True) if rank is not None]


_SHARED: Final = re.compile(r"\b(?:shar(?:e|es|ed|ing)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                           r"(?:spot|position|place|rank|slot)|tied\s+(?:at|for|on)|jointly)\b",
                           re.I)


def _shared_rank(doc: Doc, sentence: Sentence, best: dict[str, _Rank]
                 ) -> list[tuple[str, int]]:
    """"A and B share the third spot", "A and B are tied at fourth": one place the
    sentence gives, for every show named before it."""
    ranks = {r.rank for r in best.values()}
    if len(ranks) != 1 or not _SHARED.search(sentence.text):
        return []
    at = min(r.start for r in best.values()) + sentence.start
    shows = list(dict.fromkeys(m.name for m in show_mentions(doc, sentence) if m.end <= at))
    rank = ranks.pop()
    return [(show, rank) for show in shows] if len(shows) >= 2 else []


_FOLLOWED: Final = re.compile(r"\b(?:followed|trailed)\s+(?:closely\s+)?by\s+", re.I)
# between two shows of a "followed by A (2.1), B and C" chain: their values, a joiner
_CHAIN: Final = re.compile(r"(?:\s+with\s+\d\.\d{1,2}|\s*\(\d\.\d{1,2}\))?"
                    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def _followers(doc: Doc, sentence: Sentence, ranks: dict[str, int]) -> list[tuple[str, int]]:
    """"A retains the top spot, followed by B and C": the shows after "followed by" take
    the places after the last show named before it with a place in this sentence."""
    text = sentence.text
    if "ollowed" not in text and "railed" not in text:
        return []
    mentions = show_mentions(doc, sentence)
    out: list[tuple[str, int]] = []
    for f in _FOLLOWED.finditer(text):
        placed = [ranks[m.name] for m in mentions if m.end <= sentence.start + f.start()
                  and m.name in ranks]
        if placed:
            out += _places_after(doc, mentions, sentence.start + f.end(), placed[-1], _CHAIN)
    return out


def _places_after(doc: Doc, mentions: list[Mention], at: int, rank: int,
                  gap: re.Pattern[str], lead: re.Pattern[str] | None = None
                  ) -> list[tuple[str, int]]:
    """The places after ``rank`` of the chain of shows that starts at offset ``at`` (or
    after a ``lead`` there: "Zee TV's"), each joined to the one before by ``gap``."""
    out: list[tuple[str, int]] = []
    prev: Mention | None = None
    for m in mentions:
        if m.start < at:
            continue
        if prev is None and m.start != at and not (lead and lead.fullmatch(doc.text, at, m.start)):
            break
        if prev is not None and not gap.fullmatch(doc.text, prev.end, m.start):
            break
        rank += 1
        out.append((m.name, rank))
        prev = m
    return out


# "It's followed by B": the sentence before placed the show "it" is
_IT_FOLLOWED: Final = re.compile(
    r"^\W*(?:It|This|The\s+show)(?:['’]s|\s+is|\s+was)\s+(?:closely\s+)?(?:followed|trailed)"
    r"\s+by\s+")


def _next_followers(doc: Doc, entries: dict[str, _Entry]) -> None:
    """"A holds the top spot. It's followed by B and C": B and C take the places after
    the last show the sentence before placed."""
    for i, sentence in enumerate(doc.sentences[1:], start=1):
        m = _IT_FOLLOWED.match(sentence.text)
        if not m:
            continue
        before = doc.sentences[i - 1]
        placed = [e.rank for e in entries.values() if e.sentence == before and e.rank]
        if not placed:
            continue
        at = sentence.start + m.end()
        for show, rank in _places_after(doc, show_mentions(doc, sentence), at, max(placed),
                                        _OWNED_CHAIN, _OWNER_GAP):
            _set(_entry(entries, show, sentence), rank, None, "text")


# a channel's possessive before a follower ("It's followed by Zee TV's B and Sony's C")
_OWNER_GAP: Final = re.compile(r"[A-Z][\w&+ ]{0,30}['’]s?\s+")
_OWNED_CHAIN: Final = re.compile(rf"(?:{_CHAIN.pattern})(?:{_OWNER_GAP.pattern})?")


def _clause_before(text: str, pos: int) -> str:
    """The text from the last clause break before ``pos`` up to it."""
    cut = max(text.rfind(c, 0, pos) for c in ",;:")
    joint = [m.end() for m in re.finditer(r"\b(?:and|but|while|whereas)\b", text[:pos])]
    return text[max(cut + 1, *joint, 0):pos]


def _rank_value(m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    if groups.get("top") and not groups.get("ord"):
        return 1
    word = (groups.get("ord") or groups.get("num") or "").lower()
    digits = re.match(r"\d+", word)
    value = int(digits.group()) if digits else _ordinal(word)
    return value if value and 1 <= value <= 50 else None


def _ordinal(word: str) -> int | None:
    raw = _ORDINALS.get(word)
    return int(raw) if raw else None


_BEATEN: Final = re.compile(r"\b(?:beat|beats|beating|beaten|pipped|pips|overtook|overtakes|"
                     r"overtaking|dethroned|dethrones|dethroning|ousted|replaced|replacing)\s+"
                     r"(?:[A-Z][\w+]*(?:\s+[A-Z][\w+]*)?['’]s?\s+)?$")  # "beat Star Plus' B"


def _show_at(doc: Doc, sentence: Sentence, offset: int) -> str | None:
    """The show a chart phrase at ``offset`` is about (see ``info_rules.show_near``)."""
    absolute = sentence.start + offset
    section = section_shows(doc, sentence)
    if len(section) == 1:
        return section[0]
    mentions = [m for m in show_mentions(doc, sentence)  # "A beat B to the top spot": A's
                if not _BEATEN.search(doc.text, max(sentence.start, m.start - 40), m.start)]
    before = [m for m in mentions if m.end <= absolute]
    channel = _last_channel(sentence.text[:offset])
    if channel is not None and not any(m.start >= sentence.start + channel for m in before):
        return None  # "Zee TV has jumped to the fourth spot": a channel's rank
    own = _clause_subject(sentence.text, offset)
    if own and not any(m.start >= sentence.start + own[0] for m in before):
        return own[1]  # "X tops the chart; Y enters ...": X, a title no cue vouched for
    if before:
        return before[-1].name
    after = [m for m in mentions if m.start >= absolute]
    if after:
        return after[0].name
    subject = _SUBJECT.match(sentence.text)
    if subject and plausible_show(clean_title(subject["show"])):
        return clean_title(subject["show"])
    return _previous_show(doc, sentence)


# where a rank phrase's clause begins: after a headline's ";" or ":", or a conjunction
_CLAUSE_OPEN: Final = re.compile(r"[;:]\s*|\s+(?:and|while|whereas|but)\s+")


def _clause_subject(text: str, offset: int) -> tuple[int, str] | None:
    """(start, title) of the title opening the clause of a rank phrase at ``offset`` as
    its subject ("X tops the chart", "and Y was a close fourth"), when plausible."""
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, 0, offset)]
    start = opens[-1] if opens else 0
    m = _SUBJECT.match(text[start:])
    if not m or start + m.end("show") > offset:
        return None
    title = clean_title(m["show"])
    return (start + m.start("show"), title) if plausible_show(title) else None


def _last_channel(text: str) -> int | None:
    """Offset of the last channel named in ``text`` as a subject (not "Zee TV's X",
    "a Zee TV show")."""
    found = [m for m in CHANNEL_RE.finditer(text) if not _MODIFIER.match(text, m.end())]
    return found[-1].start() if found else None


def _previous_show(doc: Doc, sentence: Sentence) -> str | None:
    """ "The show ..." after a sentence naming a show speaks of that show; else the topic."""
    index = doc.sentences.index(sentence)
    if index > 0:
        previous = show_mentions(doc, doc.sentences[index - 1])
        if previous:
            return previous[-1].name
    return doc.show_for(sentence)


# A title opening the sentence as its subject ("Riya Show has taken the fourth spot").
_SUBJECT: Final = re.compile(
    rf"^(?:(?:While|And|But|Meanwhile|However|Also),?\s+)?"
    rf"(?:[A-Z][\w]*\s+[A-Z][\w]*['’]s\s+)?(?P<show>{TITLE})(?:,\s+(?:a|an|the|which)\b|\s+"
    r"(?:has|have|is|was|moved|stood|slipped|dropped|jumped|climbed|rose|retained|maintained|"
    r"continued|secured|grabbed|bagged|took|remained|stays|stayed|held|holds|improved|"
    r"occupied|came|comes|emerged|tops|topped|"
    # the same moves told in the present, and a show's arrival at or close of the list
    r"moves|stands|slips|drops|jumps|climbs|rises|retains|maintains|continues|secures|grabs|"
    r"bags|takes|remains|occupies|enters|entered|rounds|rounded|completes|completed|closes|"
    r"closed|sits|sat|settles|settled|finishes|finished|ranks|ranked|makes|made)\b)"
)


def _values(doc: Doc, sentence: Sentence) -> list[tuple[str, float]]:
    """(show, rating) pairs of a sentence's TRP values (a sentence holding a value cue's
    word: see :func:`_gates`)."""
    text = sentence.text
    if not (_holds(doc, sentence, _VALUE_CUE, _VALUE_FIRSTS)
            or ("(" in text and _BRACKETED.search(text))) or _holds(
                doc, sentence, _NOT_TRP, _NOT_TRP_FIRSTS):
        return []
    found = [(m.start(), float(m["v"])) for m in _VALUE.finditer(text)]
    if not found:
        return []
    values = [v for _, v in found]
    mentions = [m.name for m in show_mentions(doc, sentence)]
    if _respectively(text) or (_BOTH.search(text) and len(values) == 1):
        shows = _joint_shows(doc, sentence, mentions)
        if len(values) == 1:
            return [(s, values[0]) for s in shows]
        return list(zip(shows, values, strict=True)) if len(shows) == len(values) else []
    if len(values) > 1:
        ok = len(mentions) == len(values)
        return list(zip(mentions, values, strict=True)) if ok else []
    show = _show_at(doc, sentence, found[0][0])
    return [(show, values[0])] if show else []


def _holds(doc: Doc, sentence: Sentence, cue: re.Pattern[str],
           firsts: frozenset[str] | None) -> bool:
    """``bool(cue.search(sentence.text))`` for a ``\\b(?:phrase|...)\\b`` cue whose
    phrases begin with a word among ``firsts``: tried only where one of those begins
    (see :func:`gate.phrase_matches`), where the search tried the cue at every position
    (ignoring case, ``re`` has no letter to skip ahead to)."""
    return next(phrase_matches(doc, sentence, cue, sentence.text, firsts), None) is not None


def _joint_shows(doc: Doc, sentence: Sentence, mentions: list[str]) -> list[str]:
    """The shows "respectively"/"both" refers to: the section's, else the previous sentence's."""
    section = list(section_shows(doc, sentence))
    if len(section) >= 2:
        return section
    if len(mentions) >= 2:
        return mentions
    index = doc.sentences.index(sentence)
    return [m.name for m in show_mentions(doc, doc.sentences[index - 1])] if index else []
