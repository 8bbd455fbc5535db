"""rating facts from Hindi TRP reports: chart positions and TRP values.

Read only in articles about a chart (टीआरपी, TRP, BARC, बार्क). Positions come
from ordinal phrases ("दूसरे नंबर पर", "पहले स्थान", "11वीं पोजिशन", "नंबर वन",
"टॉप 1 पर", "टॉप पर है", "बाजी मारी" = came first); a position said of last
week ("पिछले हफ्ते चौथे नंबर पर") is history, not this week's chart. Values
are decimals beside "टीआरपी"/"रेटिंग", never impressions ("मिलियन इंप्रेशंस").

A sentence that alternates places and shows ("चौथे नंबर पर 'A' और पांचवें नंबर पर 'B'",
"तीसरे पर" leaving out the place word of its other cue) pairs them in order. Otherwise
the show of a cue is the nearest show named in the sentence; else the subject
before "ने"/"को"; else, for a heading ("पहले नंबर पर है यह धारावाहिक"), the
next sentence's show; else the show named last ("ये शो"). The first position
and the first value said of a show win.
"""

from __future__ import annotations

import re
from datetime import date

from tellytrack.extract import records
from tellytrack.extract.document import Doc
from tellytrack.extract.hi.text import (
    NUMBERED,
    L,
    Mention,
    _after_gloss,
    is_heading,
    sentences,
    show_before,
    show_mentions,
    shows_in,
)
from tellytrack.extract.lexicon import mapping
from tellytrack.model import Fact, Sentence

_ORDINALS = mapping("hi_ordinals")
_ORD = "|".join(sorted(map(re.escape, _ORDINALS), key=len, reverse=True))
_PLACE = r"(?:नंबर|नबंर|स्थान|पायदान|पोजिशन|पोजीशन|पोज़िशन|रैंक|स्पॉट)"
_RANKS = [
    re.compile(rf"(?<!{L})(?P<w>{_ORD})\s+{_PLACE}(?!{L})"),
    re.compile(rf"(?<!{L})(?P<n>\d{{1,2}})\s*(?:वें|वीं|वां|वे|वी|th)\s+{_PLACE}"),
    re.compile(rf"(?:नंबर|No\.?)\s*-?\s*(?:(?P<n>\d{{1,2}})|(?P<w>{_ORD}))(?!{L}|\.\d|\s*(?:हफ्ते|बार))"),
    re.compile(r"टॉप\s*-?\s*(?P<w>1|वन)\s+(?:पर|में)"),
    re.compile(r"(?:नं\.?|#|रैंक)\s*(?P<n>\d{1,2})(?![\d.])|(?<![\d.])(?P<n2>\d{1,2})\s+नंबर\s+पर"),
    re.compile(r"(?P<one>टॉप\s+पर)\s+(?=है|हैं|रहा|रही|बना|बनी|बरकरार|अपनी|कब्जा|काबिज|पहुं|आ\s|विराजमान)"),
    re.compile(r"(?P<one>बाजी)\s+मार|मारी\s+(?P<one2>बाजी)|(?P<one3>सबसे\s+ऊपर)"),
]
# "तीसरे पर" in a sentence that says "दूसरे स्थान पर": the place word left out
_ELIDED = re.compile(rf"(?<!{L})(?P<w>{_ORD})\s+पर(?!{L})")
_ORD_LIST = re.compile(
    rf"(?<!{L})(?:{_ORD})(?:\s*,\s*(?:{_ORD}))*\s+(?:और|व)\s+(?:{_ORD})\s+{_PLACE}")
_PAST = re.compile(r"(?:पिछले|बीते|पिछली)\s+(?:\S+\s+)?(?:हफ्ते|सप्ताह|वीक|बार)[^,।]*$")
_VALUE = re.compile(
    r"(?<![\d.])(?P<a>\d\.\d{1,2})\s*(?:(?:की|का)\s+)?(?:टीआरपी|रेटिंग|टीवीआर|TRP|TVR)"
    r"|(?:रेटिंग|टीआरपी|टीवीआर|TRP|TVR)\s*(?:है|रही|मिली|रिकॉर्ड)?\s*:?\s*(?P<b>\d\.\d{1,2})(?![\d.])"
    r"(?!\s*(?:मिलियन|लाख|करोड़|इंप्रेशन))"
)
_CHART = re.compile(r"टीआरपी|TRP|BARC|बार्क|रेटिंग|ऑरमैक्स|ओरमैक्स|Ormax", re.I)
# A cue in a sentence naming no show belongs to the show named last only when the
# sentence points back to it ("ये शो", "इसकी रेटिंग", "यह सीरियल").
_ANAPHOR = re.compile(
    rf"(?<!{L})(?:ये|यह|इस|इसे|इसकी|इसका|इसके|वह|वो|उसकी|उसे)(?!{L})|शो|सीरियल|धारावाहिक")
_BEATEN = re.compile(r"['’‘\"”]?\s*को\s+(?:पछाड़|पीछे\s+छोड़|मात\s+दे|हरा)")
_MARKER = re.compile(rf"(?<!{L})(?:ने|को)(?!{L})")
_PUNCT = re.compile(r"[,:;।.!?'‘’\"“”()]")
_NEGATED = re.compile(r"^[^,।]{0,30}नहीं")
_CLAUSE_WORDS = frozenset({
    "फिर", "वहीं", "हां", "बार", "इस", "हफ्ते", "वीक", "भी", "अब", "तो", "लेकिन", "बल्कि",
    "स्टारर", "शो", "सीरियल", "में", "पर", "का", "की", "के", "और", "सप्ताह", "एक", "जहां",
})
_WEEK = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})\s*(?:वें|वीं|वे)\s+(?:हफ्ते|सप्ताह|वीक)"
    r"|(?:वीक|Week|week|WEEK)\s+(?P<b>\d{1,2})(?!\d)"
)
_YEAR = re.compile(r"(?:साल\s+)?(?P<y>20\d\d)\s+(?:की|के|का)\s+\d{1,2}\s*(?:वें|वीं|वे)\s+(?:हफ्ते|सप्ताह)")


def extract(doc: Doc) -> list[Fact]:
    """Every show's position and TRP value in the chart the article reports."""
    if not _CHART.search(doc.text):
        return []
    found: dict[str, tuple[int | None, float | None, Sentence]] = {}
    sents = sentences(doc)
    for title, place, value, line in _chart_lines(doc):
        found.setdefault(title, (place, value, line))
    for i, s in enumerate(sents):
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        for listed, place in _paired(doc, s):
            found.setdefault(listed, (place, None, s))
        cues = _cues(s)
        paired = _alternating(doc, s, [c[0] for c in cues if c[1] is not None])
        for offset, rank, value in cues:
            show = paired.get(offset) or _show_of(doc, s, offset, nxt)
            if show is None:
                continue
            old_rank, old_value, ev = found.get(show, (None, None, s))
            found[show] = (old_rank if old_rank is not None else rank,
                           old_value if old_value is not None else value, ev)
    week = _week(doc)
    return [
        records.fact(type="rating", show=show, evidence=doc.evidence(ev), confidence=0.7,
                     rank=rank, rating=value, week=week)
        for show, (rank, value, ev) in found.items()
    ]


_LINE_VALUE = re.compile(r"(?<![\d.])(\d\.\d{1,2})(?![\d.])")


def _chart_lines(doc: Doc) -> list[tuple[str, int, float | None, Sentence]]:
    """The numbered lines of a chart ("1. X - 2.4", two lines or more): each show's place
    and, when the line gives one, its value."""
    names = {m.name for m in show_mentions(doc)}
    out: list[tuple[str, int, float | None, Sentence]] = []
    for m in NUMBERED.finditer(doc.text):
        title = m["t"].strip()
        if title in names:
            value = _LINE_VALUE.search(doc.text, m.end("t"), m.end())
            line = next((s for s in sentences(doc) if s.start <= m.start("t") < s.end), None)
            if line is not None:
                out.append((title, int(m["n"]), float(value[1]) if value else None, line))
    return out if len(out) >= 2 else []


def _paired(doc: Doc, s: Sentence) -> list[tuple[str, int]]:
    """"'A' और 'B' (क्रमशः) दूसरे और तीसरे नंबर पर": places listed for shows listed, in order."""
    m = _ORD_LIST.search(s.text)
    if not m:
        return []
    ranks = [int(_ORDINALS[w]) for w in re.findall(_ORD, m.group()) if w in _ORDINALS]
    shows = [x.name for x in shows_in(doc, s)]
    if len(ranks) < 2 or len(shows) != len(ranks):
        return []
    return list(zip(shows, ranks, strict=True))


def _alternating(doc: Doc, s: Sentence, places: list[int]) -> dict[int, str]:
    """Place cue offset -> show when a sentence alternates them ("चौथे नंबर पर 'A' और
    पांचवें नंबर पर 'B'", "'A' पहले नंबर पर, 'B' दूसरे पर"): each cue goes with the show
    on the side every cue has one, which nearness alone gets wrong for the second."""
    shows = shows_in(doc, s)
    if len(places) < 2 or len(shows) != len(places):
        return {}
    order = sorted([(o, "c") for o in places] + [(m.start, "s") for m in shows])
    kinds = "".join(k for _, k in order)
    if kinds == "cs" * len(places) or kinds == "sc" * len(places):
        return {o: m.name for o, m in zip(sorted(places), shows, strict=True)}
    return {}


def _cues(s: Sentence) -> list[tuple[int, int | None, float | None]]:
    """(offset, rank, value) for each position or value cue of a sentence."""
    out: list[tuple[int, int | None, float | None]] = []
    ranks = [*_RANKS, _ELIDED] if _RANKS[0].search(s.text) else _RANKS
    for pattern in ranks:
        for m in pattern.finditer(s.text):
            if _PAST.search(s.text, 0, m.start()) or _NEGATED.search(s.text[m.end():]):
                continue
            gd = m.groupdict()
            if gd.get("one") or gd.get("one2") or gd.get("one3"):
                rank = 1
            elif gd.get("n") or gd.get("n2"):
                rank = int(gd.get("n") or gd["n2"])
            else:
                rank = int(_ORDINALS[gd["w"]]) if gd["w"] in _ORDINALS else int(gd["w"])
            if 0 < rank <= 30:
                out.append((s.start + m.start(), rank, None))
    for m in _VALUE.finditer(s.text):
        out.append((s.start + m.start(), None, float(m["a"] or m["b"])))
    return out


def _show_of(doc: Doc, s: Sentence, offset: int, nxt: Sentence | None) -> str | None:
    """The show a cue at ``offset`` speaks of (see the module docstring); never one the
    sentence says was beaten ("A ने B को पछाड़कर नंबर 1"): that place is the winner's."""
    inside = [m for m in shows_in(doc, s) if not _BEATEN.match(doc.text, _after_gloss(
        doc.text, m.end))]
    # a show in the cue's own clause first ("A ने मारी बाजी, दूसरे नंबर पर खिसका B": B's)
    clause = [m for m in inside if "," not in doc.text[min(m.end, offset):max(m.start, offset)]]
    if clause or inside:
        return min(clause or inside, key=lambda m: _distance(doc, m, offset)).name
    subject = _subject(doc.text[s.start:offset])
    if subject:
        return subject
    if nxt is not None and is_heading(s, doc.text) and shows_in(doc, nxt):
        return shows_in(doc, nxt)[0].name
    if _ANAPHOR.search(doc.text, s.start, offset):
        return show_before(doc, s.start)
    return None


def _distance(doc: Doc, m: Mention, offset: int) -> int:
    """Characters between a mention and a cue, a title's quotes and Latin gloss not counted."""
    if m.end <= offset:
        return offset - min(offset, _after_gloss(doc.text, m.end))
    return m.start - offset


def _subject(before: str) -> str | None:
    """An unquoted show named as the subject before the cue ("बिग बॉस 9 को ... पोजिशन")."""
    marks = list(_MARKER.finditer(before))
    if not marks:
        return None
    clause = _PUNCT.split(before[:marks[-1].start()])[-1]
    got: list[str] = []
    for w in reversed(clause.split()):
        if w in _CLAUSE_WORDS:
            break
        got.insert(0, w)
    return " ".join(got) if 1 <= len(got) <= 5 and not got[0].isdigit() else None


def _week(doc: Doc) -> str | None:
    """The BARC week "YYYY-Www" when the article gives its number and the year is readable."""
    m = _WEEK.search(doc.text)
    if m is None:
        return None
    number = int(m["a"] or m["b"])
    if not 1 <= number <= 53:
        return None
    y = _YEAR.search(doc.text)
    if y:
        return f"{int(y['y'])}-W{number:02d}"
    published = doc.article.published
    if published is None:
        return None
    year = published.start.year
    if number > date(year, published.start.month, published.start.day).isocalendar()[1] + 2:
        year -= 1
    return f"{year}-W{number:02d}"
