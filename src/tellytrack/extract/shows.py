"""Which shows an article names, and which show each sentence is about.

Every fact needs its show, so this module runs first for all extractors. A show
title is a title-cased phrase that tolerates Hindi function words ("Udne Ki
Asha", "Yeh Pyar Kya Hai 2"). A phrase becomes a show only when a cue vouches
for it: a cue word around it ("starrer X", "the show X", "X fame", "X actress",
lexicon ``show_cues``), a channel before it ("Star Plus' X", "Colors show X"),
"X, a <channel> show", a headline prefix "X:", quotes, a ranked chart line, or
the URL slug. Channels, outlets and people (the actor side of "X aka Y") are
never shows. Spelling variants ("Pyaar Ki Dorr"/"Pyar Ki Dor", "Kesarkahani") and
acronyms ("PKD") are folded into the first form the article writes.

A sentence is about the show it names; otherwise about the nearest show named
before it in the same paragraph; otherwise about the article's topic (most
mentioned, boosted by the URL slug and the headline).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Final, NamedTuple

from tellytrack.extract.charts import NOT_A_RATING
from tellytrack.extract.document import OTHER_STORY_MARK, Doc
from tellytrack.extract.gate import (
    PhraseWords,
    caseless_text,
    first_words,
    index_at,
    lower_text,
    occurrences,
    phrase_offsets,
    phrase_words,
    token_spans,
    tokened,
    word_offsets,
)
from tellytrack.extract.lexicon import entries, mapping, words
from tellytrack.extract.scan import (
    alternation,
    finditer_at,
    near,
    word_starts,
    words_before,
)
from tellytrack.model import Sentence

_CAP: Final = r"[A-Z][\w\-]*"
_FUNC: Final = r"(?:ka|ki|ke|kya|hai|hain|mein|se|aur|na|ho|ek|bhi|ko|to)"
_NEXT_WORD = rf"(?:{_CAP}|\d{{1,2}}\b|{_FUNC}(?=[ \t]+[A-Z]))"  # a title's word after its first
_TITLE: Final = rf"{_CAP}(?:[ \t]+{_NEXT_WORD})*"
_TITLE_RE: Final = re.compile(_TITLE)
# _TITLE with each word taken whole (``[\w\-]*+``), for the patterns below that need a
# blank, a comma, an apostrophe or a bracket after every title word (or nothing): a word
# cut short can never lead to a match there, and ``re`` gave back a failed title letter
# by letter first. Not where a title may go on with a hyphen ("X-starrer", "X-produced",
# a chart line "X-2.1"). The same matches (tested).
_TITLE_WHOLE: Final = _TITLE.replace(_CAP, r"[A-Z][\w\-]*+")
_FUNC_RE: Final = re.compile(_FUNC)
# A title's last word: with what follows a title, it marks where a title-first pattern
# can match. Written as ``(?:{_CAP}|\d{1,2})`` with one character class first (so the
# regex engine skips ahead to capitals and digits) and no backtracking into the word
# (what follows a title never begins with a word character or hyphen).
_LAST: Final = r"[A-Z\d](?:(?<=[A-Z])[\w\-]*+|(?<=\d)\d?)"
_TOKEN_RE: Final = re.compile(r"[\w\-]+")
# a quoted title may join its parts with a dash, "&" or a colon ("'X – The Return'"):
# inside quotes the words are a title's whole name, not two titles
_QUOTED: Final = re.compile(
    rf"[‘'\"“]({_CAP}(?:(?:[ \t]+[–&-]|:)?[ \t]+{_NEXT_WORD})*)"
    r"[’'\"”](?!\w)")
# what makes a quoted name a role or a nickname, not a title
_ROLE_BEFORE_QUOTE: Final = re.compile(
    r"\b(?:(?:characters?|roles?)(?:\s+of)?|(?:known|called|dubbed)\s+as|as)\s+$")
# an episode's date between the title and the headline's news words ("X 5th March 2024
# Written Update:", "X March 5, 2024 Episode:"): the title is what comes before it
_DAY: Final = (r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?(?:[ \t]+\d{4})?"
        r"|[A-Z][a-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)?,?(?:[ \t]+\d{4})?)")
# (not a list's range, "From A to B: actors who ...", which names its first and last items)
_HEADLINE: Final = re.compile(
    rf"(?:^(?!From[ \t][^:\n]*[ \t]to[ \t])(?:{OTHER_STORY_MARK}\s*|(?!{OTHER_STORY_MARK}))"
    rf"|(?i:also\s+read)\s*[-:–]\s*)\(?({_TITLE})"
    rf"(?:[ \t]+{_DAY}(?:[ \t]+{_CAP})*)?\s*:", re.M)
_CHART_LINE: Final = re.compile(
    rf"^\s*(?:\d{{1,2}}[.)]\s*|\|)?({_TITLE})\s*(?:[–-]\s*\d+(?:\.\d+)?)?\s*$", re.M)
_AKA_CUE = re.compile(r"(?:aka|AKA|Aka|who\s+(?:plays|played|portrays|portrayed|essays|essayed))\b")
_ACTOR_BEFORE_AKA: Final = re.compile(rf"({_TITLE_WHOLE})\s*,?\s+{_AKA_CUE.pattern}")
_ACTOR_AFTER_CUE: Final = re.compile(  # the word boundary checked after the first letter: faster
    r"(?:A(?<!\wA)ct(?:or|ress)|a(?<!\wa)ct(?:or|ress)|S(?<!\wS)tarring|s(?<!\ws)tarring|"
    rf"F(?<!\wF)eaturing|f(?<!\wf)eaturing)\s+({_TITLE}(?:(?:,\s*|,?\s+and\s+){_TITLE})*)")
_ACTOR_WORDS: Final = frozenset({"actor", "actress", "starring", "featuring"})  # what it opens with
_GROUP_SPLIT: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_CHART_WORDS: Final = re.compile(r"\b(?:TRP|BARC|ratings?|Ormax|chart)\b", re.I)
_KIND = r"(?:shows?|serials?|soaps?|series|sitcoms?|dramas?|programmes?|spin-?offs?|sequels?)"
_KIND_RE: Final = re.compile(rf"{_KIND}\b")
_KINDS: Final[tuple[str, ...]] = (
    "show", "serial", "soap", "series", "sitcom", "drama", "programme", "spin")
_DESCRIBED: Final = re.compile(
    rf"({_TITLE_WHOLE})(?:,?\s+(?:is|was|has\s+been|remains)\s+(?:one\s+of\s+)?|,\s+(?:\w+’\s+|\w+'\s+)?)"
    rf"(?:a|an|the|its|[A-Z][\w\s]{{0,20}}(?:'s|’s|'|’))\s+"
    # "Arjun is Meera's husband in the show": a role in a show, not a description of one
    rf"(?:(?!in\b|on\b)[\w\-]+\s+){{0,4}}?{_KIND}\b")
_ROLE_IN: Final = re.compile(
    rf"(?:(?:role|character|roles)\s+(?:of|as)|(?:play|essay|portray)(?:s|ed|ing)?"
    rf"(?:\s+the(?:\s+[a-z]+)?\s+(?:role|character)(?:\s+of)?)?"
    # "last seen as Y in X", "rose to fame as Y in X", "her role as Y in X", "popular as
    # Y from X": a past role's show
    rf"|(?:seen|fame|famous|popular|starred|appeared)\s+as)"
    # (not "in A's show X")
    rf"\s+{_CAP}(?:\s+{_CAP})*\s+(?:in|from)\s+((?>{_TITLE_WHOLE}))(?!['’]s\b)")
# where "X's Kesar aka A" ends its title: the owned name and the "aka" after it
_OWNED_AKA: Final = re.compile(rf"['’]s\s+{_CAP}(?:\s+{_CAP})?\s+(?:aka|AKA|Aka)\s+[A-Z]")
_CHAR_AKA: Final = re.compile(rf"({_TITLE_WHOLE}){_OWNED_AKA.pattern}")
_KNOWN_AS = re.compile(rf"known\s+(?:to\s+(?:(?:her|his|the)\s+)?(?:fans|viewers|audiences?)\s+)?"
                       rf"as\s+{_CAP}(?:\s+{_CAP})?\s+(?:from|of)\s+({_TITLE})")
_LIST_CUE: Final = re.compile(
    rf"\b(?:shows|serials|soaps)(?:\s+like|\s+such\s+as|(?:\s+(?:of\s+)?(?:this|the|last)\s+week)?\s*[-:–])\s+"
    rf"((?:{_TITLE})(?:,\s*(?:and\s+)?{_TITLE})*(?:,?\s+and\s+{_TITLE})?)")
_ORD: Final = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top"
        r"|\d{1,2}(?:st|nd|rd|th)|number\s+one|no\.?\s*\d{1,2})")
_RANK_NOUN: Final = re.compile(r"(?:spot|position|place|rank|slot)")
_COPULAS: Final[tuple[str, ...]] = ("is", "was", "remains", "remained", "stays", "stayed")
# a copula and an ordinal that ends its clause: a place in a chart ("is third (1.9)",
# "remains fifth with 1.6"), not "is the first show to ..."
_PLACED: Final = (rf"(?:{'|'.join(_COPULAS)})\s+(?:at\s+)?(?:the\s+)?{_ORD}"
           r"(?=\s*(?:[,.;:(]|with\b|and\b|while\b|$))")
_AIRS: Final = re.compile(r"(?:airs|aired|streams)\s+on")
_RANK_CUE: Final = re.compile(
    rf"({_TITLE_WHOLE})(?:,)?\s+(?:[a-z]+\s+){{0,7}}?(?:the\s+)?{_ORD}(?:[\s-]+(?:spot|position|place|rank|slot))"
    # "X ... moving up from position 10 to position 7", "with X coming in second"
    rf"|({_TITLE_WHOLE}),?\s+(?:[a-z]+,?\s+){{0,9}}?(?:spot|position|place|rank)\s+\d{{1,2}}\b"
    rf"|({_TITLE_WHOLE})\s+(?:(?:is|was|are|were)\s+)?(?:coming|came|comes|finished|stood|placed|ranked"
    rf"|ranks)\s+(?:in\s+|at\s+)?(?:the\s+)?{_ORD}\b"
    # "X debuts at number 4", "X enters the list at No. 4"
    rf"|({_TITLE_WHOLE})\s+(?:[a-z]+\s+){{0,3}}?at\s+(?:number|no\.?)\s*(?:\d{{1,2}}|one|two|three"
    rf"|four|five|six|seven|eight|nine|ten)\b"
    # "X is third (1.9)", "X remains fifth": an ordinal alone, then the clause ends
    rf"|({_TITLE_WHOLE})\s+{_PLACED}")
# the finishing verb with the place it gives (the third alternative's tail): "came" alone
# is common, "came in second" is not; "placed fourth", "at number two" alike
_FINISH: Final = re.compile(rf"(?:coming|came|comes|finished|stood|placed|ranked|ranks)\s+"
                     rf"(?:in\s+|at\s+)?(?:the\s+)?{_ORD}\b|\bat\s+(?:number|no\.?)\s*\w"
                     rf"|{_PLACED}")
_FINISHES = ("coming", "came", "comes", "finished", "stood", "placed", "ranked", "ranks", "at",
             *_COPULAS)
_RANK_NOUNS: Final[tuple[str, ...]] = ("spot", "position", "place", "rank", "slot")
_FUNC_WORD: Final = re.compile(rf"\s(?i:{_FUNC})\s|\s\d+$")
# "\b[A-Z]{4,7}\b" with the left boundary checked after the first capital (faster)
_ACRONYM: Final = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{3,6}\b")
# A word the article writes in lower case: ``\b[a-z][a-z\-]+\b`` with the left boundary
# checked after the first letter (the engine then skips to lower-case letters).
LOWER_WORD: Final = re.compile(r"[a-z](?<!\w[a-z])[a-z\-]+\b")
# A page's keyword line ("riya malhotra, pyaar ki dor, nach mela,") lower-cases names:
# its words say nothing about which words the article writes in lower case.
TAG_LINE = re.compile(r"^[a-z0-9][\w \-'’&.]*(?:,[ \t]*[a-z0-9][\w \-'’&.]*)+,?[ \t]*$", re.M)


class Mention(NamedTuple):
    """One place the article names a show (offsets into the article text)."""

    start: int
    end: int
    show: str


@dataclass(frozen=True)
class ShowIndex:
    """The shows found in one article (topic first) and where each is named."""

    names: tuple[str, ...]
    topic: str | None
    mentions: tuple[Mention, ...] = ()
    paragraph_starts: tuple[int, ...] = ()
    # starts of mentions of another show named in passing ("a spin-off of X",
    # "another Kavita Rao show X"): never the show a sentence is about
    secondary: frozenset[int] = frozenset()
    # starts of paragraphs that are a list's numbered items ("2. Riya Malhotra: ...")
    items: frozenset[int] = frozenset()

    # where each mention starts (sorted, for bisecting by gate.index_at: a list, which
    # compiled code indexes without a generic call): derived from the mentions
    starts: list[int] = field(init=False, compare=False, repr=False)
    # every extractor asks for every sentence's show: answered once per sentence
    _show_for: dict[int, str | None] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", [m.start for m in self.mentions])

    def shows_in(self, sentence: Sentence) -> list[Mention]:
        """The show mentions inside a sentence, in text order."""
        lo = index_at(self.starts, sentence.start)
        return list(self.mentions[lo:index_at(self.starts, sentence.end)])

    def show_for(self, sentence: Sentence) -> str | None:
        """A show the sentence names (not in passing), else the last one named earlier
        in its paragraph, else the article's topic."""
        if sentence.start not in self._show_for:
            self._show_for[sentence.start] = self._find_show_for(sentence)
        return self._show_for[sentence.start]

    def _find_show_for(self, sentence: Sentence) -> str | None:
        return self.show_named(sentence) or self._carried(sentence) or self.topic

    def _carried(self, sentence: Sentence) -> str | None:
        """The last show named (not in passing) earlier in the sentence's paragraph."""
        para = _paragraph_start(self.paragraph_starts, sentence.start)
        i = index_at(self.starts, sentence.start)  # the mentions before the sentence
        while i > 0 and self.starts[i - 1] >= para:
            i -= 1
            if self.starts[i] not in self.secondary:
                return self.mentions[i].show
        return None

    def show_near(self, sentence: Sentence, offset: int) -> str | None:
        """The show named in the sentence right after ``offset`` ("plays Y in X"), if the
        only words between are short linking words; else the one the sentence names (see
        :meth:`show_named`); else the topic. Unlike :meth:`show_for`, no show is carried
        from an earlier sentence: a cast change is news about the article's show unless
        its sentence names another (validation cast_change 0.555 -> 0.565), but in a
        list's numbered item ("2. A: A left X after two years. She was replaced by B."),
        whose show is the one named earlier in the item."""
        return self.show_after(sentence, offset) or self.show_named(sentence) \
            or self._item_show(sentence) or self.topic

    def _item_show(self, sentence: Sentence) -> str | None:
        """The show named earlier in the list item the sentence is in (None outside one)."""
        if _paragraph_start(self.paragraph_starts, sentence.start) not in self.items:
            return None
        return self._carried(sentence)

    def show_named(self, sentence: Sentence) -> str | None:
        """The show the sentence names (not in passing): the topic if it names it, else
        the first it names; None when it names none."""
        inside = [m for m in self.shows_in(sentence) if m.start not in self.secondary]
        if any(m.show == self.topic for m in inside):
            return self.topic
        return inside[0].show if inside else None

    def show_after(self, sentence: Sentence, offset: int) -> str | None:
        """The show named right after ``offset`` with only linking words between, or None."""
        for m in self.shows_in(sentence):
            if m.start >= offset and _LINK_GAP.fullmatch(
                    sentence.text[offset - sentence.start:m.start - sentence.start]):
                return m.show
        return None


_LINK_GAP: Final = re.compile(
    r"[\s,]*(?:(?:in|on|of|from|for|the|show|serial|series|popular|hit|tv|TV|drama|daily|reality|new|"
    r"soap|sequel|spin-?off|starrer|produced|\w+'s|\w+’s|[A-Z][\w-]*|and)\s+){0,9}['‘\"“]?", re.S)


def _paragraph_start(starts: tuple[int, ...], offset: int) -> int:
    """The last paragraph start at or before ``offset`` (0 when none)."""
    i = bisect_right(starts, offset)
    return starts[i - 1] if i else 0


# fold's answers, remembered: every stage folds the article's names, ~1,250 calls an
# English article. A dict read by a native function (emptied when full) costs less than
# calling an ``lru_cache`` wrapper from compiled code (the arguments packed in a tuple).
_FOLDS: Final[dict[str, str]] = {}
# not Final: a Final int is inlined by mypyc, and the test shrinks it to see the memo emptied
_FOLDS_MAX = 65536


def fold(name: str) -> str:
    """Spelling-insensitive key: lower case, letters only, doubled letters collapsed,
    a word-final "h" after a vowel dropped ("Yeh"/"Ye"). Remembered per spelling."""
    key = _FOLDS.get(name)
    if key is None:
        if len(_FOLDS) >= _FOLDS_MAX:
            _FOLDS.clear()
        key = _FOLDS[name] = _fold(name)
    return key


def _fold(name: str) -> str:
    """:func:`fold` computed."""
    s = re.sub(r"(?<=[aeiou])h+\b", "", name.lower())
    s = re.sub(r"[^0-9a-z\u0900-\u097f]", "", s).replace("chh", "ch")
    return re.sub(r"(.)\1+", r"\1", s)


@cache
def _blocked() -> frozenset[str]:
    """Never a show: channels, outlets, and kin words (a boy shouts 'Papa')."""
    return words("broadcasters") | words("outlets") | frozenset(mapping("kinship"))


@cache
def _channels_by_word() -> dict[str, tuple[str, ...]]:
    """Channel names by their first word, longest first (a title is tested only
    against the channels its first word can begin)."""
    out: dict[str, list[str]] = {}
    for ch in sorted(entries("broadcasters"), key=len, reverse=True):
        out.setdefault(ch.split(" ")[0], []).append(ch)
    return {k: tuple(v) for k, v in out.items()}


def _channel_prefix(toks: list[str]) -> str | None:
    """The longest channel the words ``toks`` begin with, followed by another word."""
    head = " ".join(toks)
    for ch in _channels_by_word().get(toks[0], ()):
        if head.startswith(ch + " "):
            return ch
    return None


def _clean(phrase: str, lower_words: frozenset[str] = frozenset()) -> str | None:
    """Trim cue words and channels off a candidate title; None when nothing is left."""
    toks = phrase.split()
    cut = next((i for i, t in enumerate(toks) if i and t in HEADLINE_GLUE), len(toks))
    toks = toks[:cut]  # "Joins X As Arjun" in a title-cased headline: the title is X
    toks = toks[:_before_cue_at(toks)]  # "X Fame Riya Malhotra": the title is X
    starrer = [i for i, t in enumerate(toks) if t.lower().endswith(("-starrer", "-starer"))]
    toks = toks[starrer[-1] + 1:] if starrer else toks  # "A-starrer X": the title is X
    common = words("not_names")
    changed = True
    while toks and changed:
        changed = False
        if " ".join(toks).lower() in _blocked():
            return None  # "Star Bharat": a channel whole, not "Star" before a title
        ch = _channel_prefix(toks)
        if ch:
            toks = toks[len(ch.split()):]
            changed = True
        if toks and toks[0].lower() in common and (toks[0] != "The" or toks[-1] != "Show"):
            toks, changed = toks[1:], True
    while toks and toks[-1].lower() in common and toks[-1].lower() not in ("show", "store"):
        toks = toks[:-1]
    while toks and toks[0].isdigit():
        toks = toks[1:]
    name = " ".join(toks)
    if not name or name.lower() in _blocked() or name.lower() in common \
            or toks[0].rstrip(".").lower() in _CURRENCY:  # "Rs 50 crore": an amount
        return None
    content = [t for t in toks if not _FUNC_RE.fullmatch(t.lower()) and not t.isdigit()]
    plain = [t for t in content if t.lower() in common or t.lower() in lower_words]
    if len(content) > 1 and len(plain) * 2 > len(content):
        return None
    if len(name) < 3 or name.isdigit():
        return None
    if len(toks) == 1 and _COUPLE_NAME.fullmatch(name):
        return None  # a pair's nickname ("MeeRaj" for Meera and Raj), not a title
    return name


def _before_cue_at(toks: list[str]) -> int:
    """Where a "X cue" phrase of the ``show_cues`` lexicon ("fame", "makers", "going off
    air") starts inside a title-cased run (after its first word), else its length: in a
    title-cased headline the title ends there."""
    low = [t.lower() for t in toks]
    for i in range(1, len(low)):
        for phrase in _before_phrases().get(low[i], ()):
            if tuple(low[i:i + len(phrase)]) == phrase:
                return i
    return len(toks)


@cache
def _before_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The "X cue" phrases as word tuples, by their first word ("star" aside: a title's
    word as often as a cue's)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for c, v in mapping("show_cues").items():
        words = tuple(c.lower().split())
        if v == "before" and words[0] != "star":
            out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


_CURRENCY: Final = frozenset({"rs", "inr", "usd", "₹"})
# Title-cased grammar words of a headline that no title holds inside it
HEADLINE_GLUE: Final = frozenset({"As", "In", "Of", "On", "To", "And", "Is", "Are", "Was", "Will",
                            "After", "Before", "For", "From", "Into", "At", "Starring",
                            "Featuring", "Set"})


@cache
def _cue_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """One regex for all "cue X" words, one for all "X cue" words, and the "X cue"
    words alone (where to look for the latter)."""
    def alts(side: str) -> str:
        return alternation(c for c, v in mapping("show_cues").items() if v == side)
    # a cue and its title are never on two lines (a headline's last word, the body's first)
    after = re.compile(rf"\b(?i:{alts('after')})(?:[ \t]+[-–:])?[ \t]+"
                       rf"(?:(?:called|titled|the[ \t]+show)[ \t]+)?['‘\"“]?({_TITLE})")
    tail = rf"(?:'s?|’s?)?[ \t]+(?i:{alts('before')})\b"
    before = re.compile(rf"({_TITLE_WHOLE}){tail}")
    return after, before, re.compile(rf"{_LAST}{tail}")


@cache
def _cue_words(side: str) -> tuple[frozenset[str], PhraseWords]:
    """The first words of the "cue X" (``side`` "after") or "X cue" ("before") phrases,
    and the phrases' words (see :func:`gate.phrase_offsets`)."""
    phrases = [c for c, v in mapping("show_cues").items() if v == side]
    return first_words(phrases), phrase_words(phrases)


def _cue_starts(doc: Doc, side: str, offset: int) -> list[int] | None:
    """Where a cue phrase of ``side`` can begin in the article from ``offset`` on (offsets
    from there): where its words stand in a row (the ordered word index tells), else where
    its first word stands; None when neither can be told."""
    firsts, phrases = _cue_words(side)
    starts = phrase_offsets(doc, phrases)
    if starts is None:
        starts = word_offsets(doc, firsts)
    return None if starts is None else [p - offset for p in starts if p >= offset]


def _after_matches(doc: Doc, text: str, offset: int) -> list[re.Match[str]]:
    """``after.finditer(text)`` (``text`` is the article from ``offset`` on), tried only
    where a cue phrase stands (see :func:`_cue_starts`)."""
    after = _cue_res()[0]
    starts = _cue_starts(doc, "after", offset)
    if starts is None:
        return list(after.finditer(text))
    return list(finditer_at(after, text, starts))


def _before_matches(doc: Doc, text: str, offset: int) -> list[re.Match[str]]:
    """``before.finditer(text)`` (``text`` is the article from ``offset`` on), tried
    around the cue phrases (see :func:`_cue_starts`): the cue (the title's last word,
    then the phrase) at the capitals and digits of the word before each (a scan from
    every capital costs more than the rest of the search)."""
    _, before, before_cue = _cue_res()
    hits = _cue_starts(doc, "before", offset)
    at = None if hits is None else words_before(text, hits)
    return list(near(before, before_cue, text, reach=8, cue_at=at))


def _cue_candidates(doc: Doc, text: str, offset: int) -> list[str]:
    """Phrases right after or before a cue word from the ``show_cues`` lexicon (``text``
    is the article from ``offset`` on). Both are looked for from where the cue phrases
    stand, which the article's word index locates (see :func:`_after_matches`,
    :func:`_before_matches`)."""
    befores = _before_matches(doc, text, offset)
    out: list[str] = []
    for m in _after_matches(doc, text, offset):
        if _ROLE_AFTER.match(text, m.end(1)):
            continue  # "roped in for Meera's role": a character's, not a show's
        if _PERSON_CALLED.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue  # "a simple girl called Meera": a person, not a show
        plural = _PLURAL_CUE.search(text, max(0, m.start(1) - 20), m.start(1))
        verb = None if plural else _VERB_CUE.match(text, m.start())
        if verb and not _channel_shows().search(text, max(0, m.start() - 40), verb.end()):
            continue  # "the promo of X shows A and B": the verb, followed by people
        if _SHOW_VERB.match(text, m.start()) and \
                _MODAL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the track will (also) show A's pregnancy": the verb again
        out.append(m.group(1))
        if plural:
            out += _coordinated(text, m.end(1))  # "the shows A and B"
    return out + [m.group(1) for m in befores]


# a person named by "called" / "named": "a cop called Vikrant", "a girl named Meera"
_PERSON_CALLED: Final = re.compile(
    r"\b(?:girl|boy|woman|man|lady|guy|cop|doctor|lawyer|character|person|daughter|son|wife|"
    r"husband|child|kid|baby|brother|sister|mother|father|friend|villain|hero|heroine)\s+"
    r"(?:called|named)\s+$")
# what makes the name after a cue a character: "for A's role", "for A and B's roles"
_ROLE_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w-]*)?['’]s?\s+(?:roles?|characters?|parts?)\b")
# a plural noun, not the verb ("X shows A and B getting married")
_PLURAL_CUE: Final = re.compile(r"(?:['’]s?|\b(?i:the|two|three|four|five|popular|hit|other|daily|"
                         r"new|tv|top|these|both|many|several|television))\s+"
                         r"(?:shows|serials)\W*$")
_VERB_CUE: Final = re.compile(r"shows\b")  # the one cue word that is also a verb
_SHOW_VERB: Final = re.compile(r"show\s")  # "show" itself, as "will show" may be a verb
_MODAL_BEFORE: Final = re.compile(r"\b(?:will|would|to|can|could|may|might|must|should|shall|did|"
                           r"does|do)\s+(?:also\s+|now\s+|soon\s+)?$")
_AND_TITLE: Final = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)({_TITLE})")


def _coordinated(text: str, end: int) -> list[str]:
    """The titles coordinated after one that a plural cue vouched for ("shows A, B and C")."""
    out: list[str] = []
    while m := _AND_TITLE.match(text, end):
        out.append(m.group(1))
        end = m.end()
    return out


def _at(low: str | None, literals: tuple[str, ...], whole: bool = True) -> list[int] | None:
    """Where a cue beginning with one of ``literals`` can start, found in the lower-cased
    text (None when there is none: the cue is then looked for everywhere)."""
    return None if low is None else word_starts(low, literals, whole)


@cache
def _channel_alts() -> str:
    return alternation(entries("broadcasters"), space=r"\ ")


@cache
def _channel_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """"Star Plus' X", "X airs on Star Plus" and "X (Star Plus)" (compiled once: the
    channel list is long)."""
    possessive = re.compile(rf"(?:{_channel_alts()})(?:'s|’s|'|’)\s+({_TITLE})")
    airs = re.compile(
        rf"({_TITLE}),?\s+(?:which\s+)?(?:airs|aired|streams)\s+on\s+(?:{_channel_alts()})")
    bracketed = re.compile(rf"({_TITLE})[ \t]*{_bracketed_channel().pattern}")
    return possessive, airs, bracketed


@cache
def _channel_shows() -> re.Pattern[str]:
    """"Star Plus shows": the plural noun after a channel's name."""
    return re.compile(rf"(?:{_channel_alts()})\s+shows$")


@cache
def _bracketed_channel() -> re.Pattern[str]:
    """A channel in brackets ("(Sony TV)"): where "X (Sony TV)" can end (its literal
    bracket lets ``re`` skip ahead)."""
    return re.compile(rf"\([ \t]*(?:{_channel_alts()})[ \t]*\)")


def _channel_candidates(text: str, low: str | None, chart: bool, owned: list[int],
                        kinds: list[int] | None) -> list[str]:
    """"Star Plus' X", "Colors TV's X", "X, a Zee TV show", "X on Sony SAB", "X (Sony
    TV)"; with ``chart`` (the article speaks of ratings, :func:`_chart_words`), ranked
    titles too ("X retained the top spot"); ``owned``: where a possessive can stand;
    ``kinds``: where "X, a Zee TV show" can end (:func:`_kind_starts`)."""
    possessive, airs, bracketed = _channel_res()
    out = [m.group(1) for m in possessive.finditer(text)]
    if "(" in text:
        out += [m.group(1) for m in near(bracketed, _bracketed_channel(), text, reach=80)]
    for m in near(_DESCRIBED, _KIND_RE, text, reach=120, cue_at=kinds):
        out.append(m.group(1))
    # (tried only where "role" or "character" stands: it opens with them, anywhere)
    for m in finditer_at(_ROLE_IN, text, word_starts(
            text, ("role", "character", "play", "essay", "portray", "seen", "fame", "famous",
                   "popular", "starred", "appeared"), whole=False)):
        out.append(m.group(1))
    # "X's Kesar aka Riddhi Nair", "known as Kesar from X": a character's show
    out += [m.group(1) for m in near(_CHAR_AKA, _OWNED_AKA, text, reach=80, cue_at=owned)]
    out += [m.group(1) for m in finditer_at(_KNOWN_AS, text, word_starts(text, ("known",)))]
    for m in finditer_at(_LIST_CUE, text, word_starts(text, ("shows", "serials", "soaps"))):
        out.extend(p for p in re.split(r",\s*|\s+and\s+", m.group(1)) if p)
    nouns = _at(low, _RANK_NOUNS)
    ranked = {m.start(): m for cue, at in ((_RANK_NOUN, None if nouns is None else [
        k for k in nouns if _ranked_noun(text, k)]),
                                           (_FINISH, _at(low, _FINISHES, whole=False)))
              for m in near(_RANK_CUE, cue, text, reach=130, cue_at=at)} if chart else {}
    out.extend(next(g for g in m.groups() if g) for _, m in sorted(ranked.items()))
    out += [m.group(1) for m in near(_ROUNDS_OFF, _ROUNDS_OFF_CUE, text, reach=60)] if chart else []
    for m in near(airs, _AIRS, text, cue_at=_at(low, ("airs", "aired", "streams"), whole=False)):
        out.append(m.group(1))
    return out


# the last of a chart's top places: "X rounds off the top five", "X completes the top 10"
_ROUNDS_OFF_CUE: Final = re.compile(
    r"(?:rounds?|rounded|rounding|completes?|completed|closes?|closed)\s+(?:off\s+|out\s+|up\s+)?"
    r"the\s+top\s+(?:five|ten|three|\d{1,2})\b")
_ROUNDS_OFF: Final = re.compile(rf"({_TITLE_WHOLE})\s+{_ROUNDS_OFF_CUE.pattern}")


# The words a _KIND_RE match that :func:`_determined` accepts begins (the first of
# "spin-off"): white space stands before it, so it begins a word, and ``\b`` ends it.
# Not "sequel(s)": :data:`_KINDS` lacks it, so "X is a sequel" was never looked for
# (``_DESCRIBED`` alone would find it); kept so, as this change extracts what it did.
_KIND_WORDS: Final = frozenset({
    "show", "shows", "serial", "serials", "soap", "soaps", "series", "sitcom", "sitcoms",
    "drama", "dramas", "programme", "programmes", "spin", "spinoff", "spinoffs"})


def _kind_starts(doc: Doc, text: str, low: str | None, offset: int) -> list[int] | None:
    """Where a :data:`_DESCRIBED` match can end with its kind word (``text``: the article
    from ``offset`` on, ``low`` its lower-cased form): a kind word with its determiner
    before it (:func:`_determined`). Its places are the whole words of
    :data:`_KIND_WORDS` (the article's word index tells), else every place one of
    :data:`_KINDS` occurs in ``low``; None when neither can be told."""
    found = word_offsets(doc, _KIND_WORDS)
    kinds = _at(low, _KINDS, whole=False) if found is None else [
        p - offset for p in found if p >= offset]
    return None if kinds is None else [k for k in kinds if _determined(text, k)]


def _determined(text: str, k: int) -> bool:
    """Whether a :data:`_DESCRIBED` match can end with the kind word at ``k``: its
    determiner ("a", "an", "the", "its", or a possessive "'s", "’", ...) stands before
    it, then at most four words, each run followed by white space ("X, a Zee TV show").
    Read backwards from ``k``: most kind words ("the show", "show's makers") are
    preceded by something else, and the pattern's window from each (a title-led
    pattern tried at every capital over 120 characters) cost more than this test."""
    i = k
    for _ in range(5):  # the determiner, or one of the four words before the kind
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == i or j == 0:
            return False
        if text.endswith(("'", "’", "'s", "’s"), 0, j):
            return True
        w = j
        while w > 0 and (text[w - 1].isalnum() or text[w - 1] in "_-"):
            w -= 1
        if w == j:
            return False
        if text[w:j] in _DETERMINERS and _linked(text, w):
            return True
        i = w  # (a determiner not linked is one of the four words: "a part of the show")
    return False


def _linked(text: str, w: int) -> bool:
    """Whether what stands before the determiner at ``w`` can link it to a title: white
    space, and before it a comma, the possessive of ", the makers' show", or a verb
    "is", "was", "been", "remains" (perhaps with "one of")."""
    j = _blank_before(text, w)
    if j == w or j == 0:
        return False
    if text[j - 1] in ",'’":
        return True
    v = j
    while v > 0 and (text[v - 1].isalnum() or text[v - 1] == "_"):
        v -= 1
    word = text[v:j]
    if word == "of":
        u = _blank_before(text, v)
        return u < v and text.endswith("one", 0, u)
    return word in _LINK_VERBS


def _blank_before(text: str, i: int) -> int:
    """Where the white space that ends at ``i`` begins."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


_DETERMINERS: Final = frozenset({"a", "an", "the", "its"})
_LINK_VERBS: Final = frozenset({"is", "was", "been", "remains"})
# what every ordinal of _ORD ends with ("first", "2nd", "number one", "top"; a digit
# aside: "No. 2")
_ORD_ENDS: Final[tuple[str, ...]] = ("st", "nd", "rd", "th", "top", "one")
_NOUN_NUMBER: Final = re.compile(r"(?:spot|position|place|rank)\s+\d")


def _ranked_noun(text: str, k: int) -> bool:
    """Whether the rank noun at ``k`` can be the cue of a :data:`_RANK_CUE` match: an
    ordinal before it ("the top spot", "second-place") or a number after it ("position
    7"). "Place", "rank" and "spot" are common words ("took place", "spotted"), and the
    pattern's window from each cost more than this test."""
    i = k
    while i > 0 and (text[i - 1].isspace() or text[i - 1] == "-"):
        i -= 1
    if 0 < i < k and (text[i - 1].isdigit() or text.endswith(_ORD_ENDS, 0, i)):
        return True
    return bool(_NOUN_NUMBER.match(text, k))


def _url_path(url: str | None) -> str:
    """The path of a URL, without scheme, host and query."""
    return re.sub(r"^\w+://[^/]+", "", url or "").split("?")[0]


def _slug_words(url: str | None) -> str:
    if not url:
        return ""
    return f" {_fold_words(_url_path(url).replace('-', ' ').replace('_', ' '))} "


def _slug_lead(url: str | None) -> str:
    """The folded words of the URL's slug, space-padded: the path segment with the most
    words (the first of equals), not a date or id after it ("/slug/2024/03/22",
    "/slug/amp_articleshow/123.cms")."""
    segments = [p for p in _url_path(url).split("/") if p]
    slug = max(segments, key=lambda p: p.count("-"), default="")
    return f" {_fold_words(slug.replace('-', ' '))} " if slug else ""


def _slug_cued(phrase: str, slug: str) -> bool:
    """Whether the URL slug puts a show cue word right after ``phrase`` ("x-y-show",
    "x-y-actress"): the slug is lower case, so the text's cue patterns cannot read it.
    Cues before a title are not read there: a slug drops the commas that end a clause
    ("a-quits-b-c-is-the-new-d" for "A quits, B C is the new D")."""
    folded = f" {_fold_words(phrase)} "
    at = slug.find(folded)
    after = slug[at + len(folded):].split()[:1] if at >= 0 else []
    return bool(after) and after[0] in _slug_cues()


@cache
def _slug_cues() -> frozenset[str]:
    """The one-word "X cue" show cues ("show", "actress", "fame"), folded as slug words."""
    return frozenset(fold(c) for c, v in mapping("show_cues").items()
                     if v == "before" and " " not in c) | {fold("show"), fold("serial")}


def _lone_title(name: str, slugged: list[str], text: str) -> bool:
    """A one-word slug lead is a title only when the article repeats it and never as the
    first name of a longer name the slug also holds ("Riya" of "riya-malhotra-quits")."""
    return text.count(name) >= 2 and not any(p.startswith(f"{name} ") for p in slugged)


def _fold_words(text: str) -> str:
    return " ".join(fold(t) for t in _TOKEN_RE.findall(text))


def title_runs(doc: Doc) -> list[tuple[int, str]]:
    """(offset, text) of every title-cased run of the body (read by the slug and the
    mention finders, and names.py's runs of capitalised words: computed once per
    article)."""
    if "shows.runs" not in doc.cache:
        start = doc.sentences[0].start if doc.sentences else 0
        runs = _token_title_runs(doc, start)
        doc.cache["shows.runs"] = runs if runs is not None else plain_title_runs(
            doc.text, start)
    return doc.cache["shows.runs"]  # type: ignore[no-any-return]


def plain_title_runs(text: str, start: int) -> list[tuple[int, str]]:
    """:func:`title_runs`' plain form: ``_TITLE_RE.finditer(text, start)``."""
    return [(m.start(), m.group()) for m in _TITLE_RE.finditer(text, start)]


_FUNC_WORDS: Final = frozenset(_FUNC.removeprefix("(?:").removesuffix(")").split("|"))


def _token_title_runs(doc: Doc, pos: int) -> list[tuple[int, str]] | None:
    """:func:`plain_title_runs` read off the article's tokens (no match object a run);
    None where they cannot tell (no word index, see :func:`gate.tokened`, or a token
    running across ``pos``). A run begins at a token's first capital (one that begins
    it, or the first inside a word: "Phone" of "iPhone"), takes the rest of that token
    (``[\\w\\-]*`` ends where a word token does), and goes on while blanks alone
    (:func:`_blanks`) lead to a token ``_NEXT_WORD`` matches: one that begins with a
    capital, a number's one or two first digits before no word character ("12" of
    "12.5"; the run ends there), or a function word with blanks and a capital after it."""
    if not tokened(doc):
        return None
    toks, starts, ends = token_spans(doc)
    text = doc.text
    i, n = index_at(starts, pos), len(toks)
    if i > 0 and ends[i - 1] > pos:
        return None
    out: list[tuple[int, str]] = []
    while i < n:
        tok = toks[i]
        k = _first_capital(tok)
        if k < 0:
            i += 1
            continue
        first, end = starts[i] + k, ends[i]
        i += 1
        while i < n and _blanks(text, end, starts[i]):
            tok = toks[i]
            if _capital(tok):
                end = ends[i]
            elif tok[0].isdecimal():
                digits = _leading_digits(text, starts[i], ends[i])
                if digits == 0:
                    break
                end = starts[i] + digits
                if end < ends[i]:  # ("12" of "12.5": a "." follows, no blank)
                    i += 1
                    break
            elif not (tok in _FUNC_WORDS and i + 1 < n and _blanks(text, ends[i], starts[i + 1])
                      and _capital(toks[i + 1])):
                break
            else:
                end = ends[i]
            i += 1
        out.append((first, text[first:end]))
    return out


def _capital(tok: str) -> bool:
    """Whether a token begins with ``[A-Z]`` (compared as a code: compiled, comparing
    one-character strings is a generic call)."""
    return 65 <= ord(tok[0]) <= 90


def _first_capital(tok: str) -> int:
    """Where ``[A-Z]`` first matches in a token, -1 if nowhere: at its start, or inside a
    word token (one that begins with an ASCII letter; in a text with a word index, its
    letters are ASCII, so one that lowering leaves alone holds no capital); no other
    token holds one."""
    first = ord(tok[0])
    if 65 <= first <= 90:
        return 0
    if not 97 <= first <= 122 or tok.lower() == tok:
        return -1
    for k in range(1, len(tok)):
        if 65 <= ord(tok[k]) <= 90:
            return k
    return -1


def _blanks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one or more blanks (``[ \\t]+``)."""
    k = start
    while k < end and (text[k] == " " or text[k] == "\t"):
        k += 1
    return start < end == k


def _leading_digits(text: str, start: int, end: int) -> int:
    """How many digits ``\\d{1,2}\\b`` matches at ``start``, where a number token
    ``text[start:end]`` begins (``\\d+(?:\\.\\d+)?``): its one or two first digits when
    no word character follows them (a "." of the token, or a non-word character after
    it), else 0."""
    k = start
    while k < end and text[k].isdecimal():
        k += 1
    if k - start > 2 or (k < len(text) and (text[k].isalnum() or text[k] == "_")):
        return 0
    return k - start


def _slug_candidates(runs: list[tuple[int, str]], slug: str, lower_words: frozenset[str]
                     ) -> list[str]:
    """Title-cased phrases whose words appear together in the URL slug (a run longer
    than a title cut at the common words first, the lexicon's and ``lower_words``, see
    :func:`_title_pieces`)."""
    if not slug.strip():
        return []
    out = []
    slug_words = set(slug.split())
    for toks in (piece for _, run in runs
                 for piece in _title_pieces(run.split(), _COMMON, lower_words)):
        # a run's word is one token (and holds a letter or a digit): the _fold_words of
        # its words i..j is their folds joined, each word folded once
        folded = [fold(t) for t in toks]
        i = 0
        while i < len(toks):
            if folded[i] not in slug_words:  # no phrase from here can be in the slug
                i += 1
                continue
            for j in range(len(toks), i, -1):
                if (j - i >= 2 or len(toks[i]) >= 5) and f" {' '.join(folded[i:j])} " in slug:
                    out.append(" ".join(toks[i:j]))
                    i = j - 1
                    break
            i += 1
    return out


def _title_pieces(toks: list[str], common: frozenset[str], more: frozenset[str] = frozenset(),
                  longest: int = 5) -> list[list[str]]:
    """A run longer than most titles (a title-cased headline whose words the slug repeats,
    "X Retains Top Spot", "X Fame A And B Aka C And D Shoot For A Song") cut at its
    common words, those of ``common`` or ``more`` (the lexicon's and those the article
    writes in lower case: two sets looked up, where their union cost a copy of the
    lexicon's every article; not the title grammar "Ki", "Hai"); a run of up to
    ``longest`` words stays whole ("The Kapil Sharma Show")."""
    if len(toks) <= longest:
        return [toks]
    out: list[list[str]] = [[]]
    for t in toks:
        low = t.lower()
        if (low in common or low in more) and not _FUNC_RE.fullmatch(low):
            out.append([])
        else:
            out[-1].append(t)
    return [p for p in out if p] or [[]]


def _chart_words(text: str, low: str | None) -> bool:
    """Whether the text speaks of ratings (tried only where such a word begins in
    ``low``, its :func:`gate.caseless_text` form)."""
    if low is None:
        return bool(_CHART_WORDS.search(text))
    starts = word_starts(low, ("trp", "barc", "rating", "ormax", "chart"))
    return any(finditer_at(_CHART_WORDS, text, starts))


def _headlines(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``_HEADLINE.finditer(text)``, tried only at line starts and at "also" (found in
    ``low``, the :func:`gate.caseless_text` text)."""
    if low is None:
        yield from _HEADLINE.finditer(text)
        return
    starts = {0, *(m.end() for m in _NEWLINE.finditer(text))}
    i = low.find("also")
    while i >= 0:
        starts.add(i)
        i = low.find("also", i + 1)
    yield from finditer_at(_HEADLINE, text, sorted(starts))


_NEWLINE: Final = re.compile("\n")


def _chart_candidates(text: str, chart: bool) -> list[str]:
    """Short title lines of a ratings article (``chart``: :func:`_chart_words` of the
    text): "1. Show", "Show – 2.2", "Show & Show"."""
    if not chart:
        return []
    out: list[str] = []
    # (the line patterns tried only at line starts, where their "^" holds; the pair only
    # where an "&" stands, the bracketed rating only around one: every match holds it)
    lines = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    for m in finditer_at(_CHART_LINE, text, lines):
        out.extend(p.strip() for p in m.group(1).split(" & "))
    if "&" in text:
        for m in finditer_at(_PAIR_LINE, text, lines):
            out.extend((m.group(1), m.group(2)))
    # "X (2.4), Y (2.1) and Z (1.9)"
    out += [m.group(1) for m in near(_VALUED, _VALUE_CUE, text)]
    # "..., followed by X with 2.1", "At number two is X": tried only where they begin
    out += [m.group(1) for m in finditer_at(_FOLLOWED, text, word_starts(
        text, ("followed", "trailed")))]
    out += [m.group(1) for m in finditer_at(_PLACE_FIRST, text, word_starts(
        text, ("at", "in", "At", "In")))]
    for m in near(_PAIR_PLACED, _RESPECTIVELY, text):  # "A and B are 4th and 5th respectively"
        out += [m.group(1), m.group(2)]
    out += [m.group(1) for m in near(_RATED, _DECIMAL, text, reach=120)]
    return out


# a sentence set in a show, as a roundup opens each show's news: "Meanwhile, in X, Y is
# pregnant", "In X, A will marry B" (the title then a comma; tried at sentence starts)
_IN_SHOW: Final = re.compile(
    rf"(?:(?:Meanwhile|Elsewhere|And|Also|Over|Now),?\s+)?(?:[Ii]n|[Oo]n)\s+({_TITLE_WHOLE}),"
    rf"\s+(?=[A-Z])")


# a title whose clause goes on to its rating: "X got 2.1 TRP", "X made a strong debut
# with a rating of 2.1" (in a ratings article: see _chart_candidates)
_RATED: Final = re.compile(
    rf"({_TITLE_WHOLE})\s+(?:[a-z]+\s+){{0,10}}?(?:with|of|garnered|got|gets|scored|clocked|"
    rf"registered|recorded|bagged)\s+(?:a\s+)?(?:(?:TRP|TVR|rating)\s+(?:of\s+)?)?\d\.\d{{1,2}}"
    + NOT_A_RATING)
_DECIMAL: Final = re.compile(r"\d\.\d")


# A title with its rating in brackets, in a chart article's prose or lines
_VALUED: Final = re.compile(rf"({_TITLE_WHOLE})\s+\((?:TRP:?\s*|TVR:?\s*)?\d\.\d{{1,2}}\)")
# the bracketed rating every _VALUED match ends with (a blank, a line break even, before
# it: :func:`near` scans from the line before the cue's blank space)
_VALUE_CUE: Final = re.compile(r"\((?:TRP:?\s*|TVR:?\s*)?\d\.\d")
# a line of two titles: "X & Y"
_PAIR_LINE: Final = re.compile(rf"^({_TITLE})\s+&\s+({_TITLE})\s*$", re.M)
_RESPECTIVELY: Final = re.compile(r"r(?<!\wr)espectively\b")  # "\b" after the literal
# two shows given their places together: "A and B are at fourth and fifth positions
# respectively", "A and B took the third and fourth spots respectively"
_PAIR_PLACED: Final = re.compile(
    rf"({_TITLE})\s*(?:,\s*|\s+and\s+|\s*&\s*)({_TITLE})\s+(?:are|were|stand|stood|sit|"
    r"occupy|occupied|took|take|bagged|grabbed|secured)\b[^.;]{0,60}\brespectively\b")
# a place, then the show holding it: "At number two is X", "In the third spot is X"
_PLACE_FIRST: Final = re.compile(
    rf"\b(?:[Aa]t|[Ii]n)\s+(?:the\s+)?(?:{_ORD}[\s-]+(?:spot|position|place|slot)|"
    rf"(?:number|No\.?)\s*(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten))"
    rf",?\s+(?:is|was|we\s+have|sits|stands)\s+({_TITLE})")
# the next show of a chart told in prose, with its rating ("followed by X with 2.1")
_FOLLOWED: Final = re.compile(rf"\b(?:followed|trailed)\s+(?:closely\s+)?by\s+({_TITLE})"
                       r"(?=\s+(?:with|at)\s+(?:a\s+)?(?:TRP\s+(?:of\s+)?)?\d\.\d|\s*\(\d\.\d)")

_SAYS_VERBS: Final = (
    r"said|says|shared|shares|added|revealed|told|stated|wrote|recalled|reacts|reacted|"
    r"plays|played|portrays|portrayed|essays|essayed|quit|quits|joined|joins|spoke|opened\s+up|"
    r"expressed|took\s+to|steps\s+into|stepped\s+into")
_KNOWN_FOR: Final = r"(?:known|recogni[sz]ed)\s+for\s+(?:her|his)"
_SAYS_TAIL: Final = rf"(?:,?\s+who|,\s+(?:best\s+|well[- ])?{_KNOWN_FOR}|\s+(?:{_SAYS_VERBS}))\b"
_SAYS_CUE: Final = re.compile(_LAST + _SAYS_TAIL)
# The words a "says" tail begins with (after the comma and blanks)
_SAYS_WORDS: Final = first_words(("who", "best", "well", "known", "recognised", "recognized",
                          *_SAYS_VERBS.split("|")))
_SAYS: Final = re.compile(rf"({_TITLE_WHOLE}){_SAYS_TAIL}")
_STARRER_CUE: Final = re.compile(r"starrer\b")
_STARRER: Final = re.compile(
    rf"((?:{_TITLE})(?:(?:,\s*|\s+and\s+|\s*&\s*){_TITLE})*)(?:'s|’s)?[\s-]+starrer\b")
_PRODUCER: Final = re.compile(  # "X produced by Y" leaves X alone: only "Y-produced X" names Y
    rf"(?:produced\s+by|producer)\s+({_TITLE})|({_TITLE})[\s-]produced\b(?!\s+by\b)")


_CAPITAL: Final = re.compile("[A-Z]")


def _producer_starts(text: str) -> list[int]:
    """Where a :data:`_PRODUCER` match can start: at "produc" ("producer X"), and at
    the capitals of the line holding the title of "X produced" (before "produced",
    on its line or, after a line break, on the line before). Trying the pattern only
    there finds what ``finditer`` finds, without trying its title-first alternative at
    every capital of the article."""
    out: list[int] = []
    i = text.find("produc")
    while i >= 0:
        out.append(i)
        if text.startswith("produced", i) and i >= 2:
            line = text.rfind("\n", 0, i - 1) + 1
            out += [m.start() for m in _CAPITAL.finditer(text, line, i - 1)]
        i = text.find("produc", i + 1)
    return sorted(set(out))


def _people(text: str, low: str | None, says_at: list[int] | None,
            actor_at: list[int] | None) -> set[str]:
    """Multi-word phrases the article uses as people; they never name a show. ``says_at``
    and ``actor_at``: where the "X said" and "actress X" cues can start (None: anywhere)."""
    aka_at = _at(low, ("aka", "who"), whole=False)
    found = [_edge(m.group(1), -1)
             for m in near(_ACTOR_BEFORE_AKA, _AKA_CUE, text, reach=8, cue_at=aka_at)]
    actors = _ACTOR_AFTER_CUE.finditer(text) if actor_at is None else finditer_at(
        _ACTOR_AFTER_CUE, text, actor_at)
    found += [_edge(n, 0) for m in actors for n in _GROUP_SPLIT.split(m.group(1))]
    found += [_edge(m.group(1), -1)
              for m in near(_SAYS, _SAYS_CUE, text, reach=8, cue_at=says_at)]
    out = {name for name in found if len(name.split()) >= 2}
    groups = [m.group(1) for m in near(_STARRER, _STARRER_CUE, text)]
    groups += [m.group(1) or m.group(2)
               for m in finditer_at(_PRODUCER, text, _producer_starts(text))]
    for group in groups:
        out.update(n for n in re.split(r",\s*|\s+and\s+|\s*&\s*", group) if " " in n)
    return out


def _edge(name: str, side: int) -> str:
    """The piece of a captured name next to its cue (``side`` 0: the first, after "actor
    X"; -1: the last, before "X said"), cut at common words: in a title-cased headline
    "Actor Kabir Sethi Aka Arjun Of Pyaar Ki Dor" the person is "Kabir Sethi", and the
    title after him stays a show."""
    return " ".join(_title_pieces(name.split(), _COMMON, longest=1)[side] or [name])


def _body_low(doc: Doc, offset: int) -> tuple[str | None, str | None]:
    """The lower-cased article from ``offset`` (its first sentence) on, as
    :func:`gate.lower_text` and :func:`gate.caseless_text` give it: sliced from the
    article's own, which are computed once. Before ``offset`` lies only the date line
    (white space, "date", digits, hyphens): lowering leaves it as it is and no later
    letter's lowering depends on it, so the slices are exactly what lowering the body
    alone gives."""
    low, safe = lower_text(doc), caseless_text(doc)
    return (None if low is None else low[offset:]), (None if safe is None else safe[offset:])


def _candidates(doc: Doc) -> Counter[str]:
    """Cue-backed candidate titles with a strength score (slug and headline weigh more)."""
    offset = doc.sentences[0].start if doc.sentences else 0
    text = doc.text[offset:]
    low, safe = _body_low(doc, offset)
    scored: Counter[str] = Counter()
    chart = _chart_words(text, safe)  # a ranked title outside a ratings story is rare
    owned = word_starts(text, ("'s", "’s"), whole=False)  # where a possessive can be
    for phrase in (*_cue_candidates(doc, text, offset),
                   *_channel_candidates(text, low, chart, owned,
                                        _kind_starts(doc, text, low, offset)),
                   *_chart_candidates(text, chart),
                   *(m.group(1) for m in finditer_at(_IN_SHOW, text, [
                       s.start - offset for s in doc.sentences if s.start >= offset])
                     if " " in m.group(1))):  # "In Lucknow, ...": a place, one word
        scored[phrase] += 1
    head = doc.sentences[0].end - offset if doc.sentences else 0
    for m in _QUOTED.finditer(text):
        if _ROLE_BEFORE_QUOTE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the iconic character of 'Y'", "known as 'Y'": a role, a nickname
        if len(m.group(1)) <= 60:  # a title the headline quotes is what the article is about
            scored[m.group(1)] += 3 if m.start() < head else 1
    for m in _headlines(text, safe):
        scored[m.group(1)] += 2
    lower_words = _lower_words(doc, text, offset)
    doc.cache["shows.lower"] = lower_words  # names.py reuses it
    slug = _slug_words(doc.article.url)
    slugged = _slug_candidates(title_runs(doc), slug, lower_words)
    for phrase in slugged:
        if phrase in scored or _FUNC_WORD.search(phrase) or _slug_cued(phrase, slug):
            scored[phrase] += 3
    says = word_offsets(doc, _SAYS_WORDS)  # "X said": found from its verbs (faster)
    actors = word_offsets(doc, _ACTOR_WORDS)  # "actress X": from the word set too
    people = _people(text, low, None if says is None else words_before(
        text, [p - offset for p in says if p >= offset]),
        None if actors is None else [p - offset for p in actors if p >= offset])
    for m in near(_CHAR_PAREN, _PAREN_ACTOR, text, reach=80):
        scored[m.group(1)] += 1  # "Pal Pal Dil's Raghav (Kabir Sethi)": a role's show
    for m in near(_NEXT_SHOW, _NEXT_CUE, text, needs=_NEXT_NEEDS):
        scored[m.group(1)] += 1  # "in Kavita Rao's next, X": a maker's next show
    for m in near(_OWNS_PERSON, _POSSESSIVE_CAP, text, reach=60, cue_at=owned):
        if m.group(2) in people and m.group(1) not in people:
            scored[m.group(1)] += 1  # "Neel Kamal's Riya Malhotra": a show's actress
        elif m.group(1) in people and m.group(2) not in people and " " in m.group(2) and \
                not any(w.lower() in _COMMON for w in m.group(2).split()):  # "A's Return ..."
            scored[m.group(2)] += 1  # "Kavita Rao's Neel Kamal": a maker's or a lead's show
    out: Counter[str] = Counter()
    for phrase, score in scored.items():
        if _COMPANY.search(phrase):
            continue  # "Kavita Rao's Dream Films, the show ...": a maker's company
        # a short title vouched for by several cues (or by the URL and a cue) may be made
        # of words the article also writes in lower case ("Giggle Cooks" beside "the
        # cooks"); a longer such phrase is a headline's words, not a title
        name = _clean(phrase, frozenset() if score >= 3 and len(phrase.split()) <= 3
                      else lower_words)
        if name and name not in people and not any(name in p for p in people) \
                and not all(w.lower() in _COMMON for w in name.split()):  # "BARC TRP:"
            out[name] += score
    if not out:  # no cue at all: the title the URL's slug opens with
        lead = _slug_lead(doc.article.url)
        names = [n for n in (_clean(p, lower_words) for p in slugged) if n and n not in people]
        for name in names:
            if lead.startswith(f" {_fold_words(name)} ") and (
                    " " in name or _lone_title(name, slugged, text)):
                out[_headline_object(text, name, names) or name] += 3
    if not out:  # no cue and no slug: the title the headline names and the body repeats
        lone = _headline_title(doc, text, lower_words)
        if lone:
            out[lone] += 1
    for name in list(out):
        for m in _followed_by(text, name, _SEASON):
            out[f"{name} {' '.join(m.group(1).split()).replace('season', 'Season')}"] += 1
    return _drop_characters(_drop_owners(_drop_openers(out, text), text), text)


# a show's character with its actor in brackets: "X's Raghav (Kabir Sethi)"
_PAREN_ACTOR: Final = re.compile(r"\(\s*[A-Z][\w-]*\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*\)")
_CHAR_PAREN: Final = re.compile(
    rf"({_TITLE_WHOLE})['’]s\s+[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+)?\s*{_PAREN_ACTOR.pattern}")
# a maker's or a star's next show: "Kavita Rao's next, X", "her next show X", "his next
# project titled X"
_NEXT_CUE: Final = re.compile(r"(?:['’]s|\b(?:her|his|their))\s+next\b")
_NEXT_NEEDS: Final = ("next",)  # in every _NEXT_CUE match (see scan.near)
_NEXT_SHOW: Final = re.compile(
    rf"{_NEXT_CUE.pattern}(?:\s+(?:show|serial|project|venture|outing))?(?:\s*[,:]|\s+titled)?"
    rf"\s+['‘\"“]?({_TITLE_WHOLE})")


def _headline_title(doc: Doc, text: str, lower_words: frozenset[str]) -> str | None:
    """The title of an article no cue names a show in: of the headline's title-cased
    runs (a title-cased headline cut at its grammar words, "A And B To Lead X"), the one
    of two words or more that the article repeats most (twice at least; the later one of
    equals, as a headline names its people before their show), but for people's names:
    one coordinated with another ("A and B"), one followed by a role ("A as Meera", "A
    aka Meera", "A, who plays") or whose first or last word the article also writes
    alone (a person is called by a part of the name, "Riya" of "Riya Malhotra"; a title
    is repeated whole). The people the show layer's cues find are not ruled out here:
    with no show cue in the article those cues misread a title as often as not
    (validation English 0.705 -> 0.710 without that test, 0.705 with it)."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    headline = doc.text[first.start:first.end]
    best, most = None, 1
    for at, run in title_runs(doc):
        if at >= first.end:
            break
        for piece in _glued_pieces(run):
            name = _clean(piece, lower_words)
            if not name or " " not in name or _person_like(text, name, headline):
                continue
            count = len(_followed_by(text, name, _ANY))
            if count >= most and count > 1:
                best, most = name, count
    return best


def _glued_pieces(run: str) -> list[str]:
    """A title-cased run cut at the headline's grammar words (:data:`HEADLINE_GLUE`)."""
    pieces: list[list[str]] = [[]]
    for t in run.split():
        if t in HEADLINE_GLUE:
            pieces.append([])
        else:
            pieces[-1].append(t)
    return [" ".join(p) for p in pieces if p]


def _person_like(text: str, name: str, headline: str) -> bool:
    """Whether ``name`` reads as a person's: coordinated with another name in the
    headline, followed by a role, or written in part alone (see :func:`_headline_title`)."""
    places = _followed_by(text, name, _ANY)
    return (_alone(text, name)
            or any(_PERSON_AFTER.match(text, m.end()) for m in places)
            or bool(re.search(rf"{re.escape(name)}{_JOIN}[A-Z]|[\w-]{_JOIN}{re.escape(name)}",
                              headline)))


_JOIN: Final = r"\s*(?:,|\b[Aa]nd\b|&)\s*"  # "A, B", "A and B", "A & B" (a name on either side)
_ANY: Final = re.compile(r"(?![\w-])")  # any whole-word place of a name (see _followed_by)
# what follows a person's name, never a title's: "A as Meera", "A aka Meera", "A, who
# plays", "a Kavita Rao production" (a maker's)
_PERSON_AFTER: Final = re.compile(r"\s+(?:as|aka|AKA)\s+[A-Z]|,?\s+who\s|\s+production\b")


def _alone(text: str, name: str) -> bool:
    """Whether the first or last word of ``name`` stands in ``text`` outside the name."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    words = name.split()
    return any(not any(a <= m.start() and m.end() <= b for a, b in spans)
               for word in {words[0], words[-1]}
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


def _headline_object(text: str, name: str, names: list[str]) -> str | None:
    """"Tara Sen opts out of Rang Mahal", "Riya Malhotra signs Rang Mahal": when the slug's
    first title is the subject the headline opens with, the title it names after a
    preposition or a verb is the show."""
    headline = text.split("\n", 1)[0]
    if not re.match(rf"{re.escape(name)}(?:['’]s)?\s+[a-z]", headline):
        return None
    others = [other for other in names if other != name]
    return next((other for other in others if re.search(
        rf"\b(?:of|for|from|in|to|on|into)\s+{re.escape(other)}\b", headline)), None) or next(
        (other for other in others if re.match(
            # not "A is the new Y": Y is a role
            rf"{re.escape(name)}\s+(?!(?:is|was|are|as|becomes|will)\b)"
            rf"(?:(?!and\b|with\b|vs\b|new\b)[a-z]+\s+){{1,3}}{re.escape(other)}\b",
            headline)), None)


# "X's Riya Malhotra", "Kavita Rao's X": a title owning, or owned by, a person the
# article names as one
_OWNS_PERSON: Final = re.compile(rf"({_TITLE})['’]s\s+({_TITLE})")
_POSSESSIVE_CAP: Final = re.compile(r"['’]s\s+[A-Z]")


def _lower_words(doc: Doc, text: str, offset: int) -> frozenset[str]:
    """The words the body (``text``, the article from ``offset`` on) writes in lower case,
    its tag lines aside, read off the article's token index (one scan of the text fewer):
    each run of two or more lower-case ASCII letters and inner hyphens between a token's
    hyphens ("co-star"; "turned-producer" of "Actor-turned-producer"). ``LOWER_WORD``
    finds the same words but for a suffix written onto a number ("th" of "5th")."""
    toks, starts, _ = token_spans(doc)
    first = index_at(starts, offset)
    tags = [(offset + a, offset + b) for a, b in _tag_lines(text)]
    body = toks[first:] if not tags else [
        toks[i] for i in range(first, len(toks))
        if not any(a <= starts[i] < b for a, b in tags)]
    out: set[str] = set()
    ascii_text = text.isascii()  # (then every token is: one test, not one a token)
    for tok in set(body):
        if "-" in tok:  # "well-" of "well- known", "co-star", "Kavita-produced"
            if ascii_text or tok.isascii():
                out.update(_hyphened_lower(tok))
        elif tok.islower() and tok.isalpha() and len(tok) >= 2 and (
                ascii_text or tok.isascii()):
            out.add(tok)
    return frozenset(out)


def _hyphened_lower(tok: str) -> list[str]:
    """The lower-case words an ASCII token holding a hyphen gives: the token without its
    trailing hyphens when it is all lower-case letters and hyphens ("well-" of "well-
    known", "co-star"), else its runs of lower-case pieces (:func:`_lower_runs`:
    "produced" of "Kavita-produced")."""
    if tok.islower() and tok.replace("-", "").isalpha():
        word = tok.rstrip("-")
        return [word] if len(word) >= 2 else []
    return _lower_runs(tok)


def _tag_lines(text: str) -> list[tuple[int, int]]:
    """The spans of ``TAG_LINE.finditer(text)``, tried only at the line starts that open
    with a lower-case letter or a digit (a match is one line from its start: ``re`` tried
    every position)."""
    out: list[tuple[int, int]] = []
    at = 0
    while at >= 0:
        first = text[at:at + 1]
        if first and ("a" <= first <= "z" or "0" <= first <= "9"):
            m = TAG_LINE.match(text, at)
            if m:
                out.append((m.start(), m.end()))
        end = text.find("\n", at)
        at = end + 1 if end >= 0 else -1
    return out


def _lower_runs(tok: str) -> list[str]:
    """The runs of all-lower-case pieces between a token's hyphens, joined again."""
    runs: list[str] = []
    run: list[str] = []
    for piece in [*tok.split("-"), ""]:
        if piece.isalpha() and piece.islower():
            run.append(piece)
            continue
        word = "-".join(run)
        if len(word) >= 2:
            runs.append(word)
        run = []
    return runs


_COMMON: Final = words("not_names")
_COMPANY: Final = re.compile(r"\s(?:Telefilms|Films|Productions?|Entertainment|Studios?|Pictures|"
                      r"Creations|Ltd\.?|Limited)$")
_COUPLE_NAME: Final = re.compile(r"[A-Z][a-z]{1,5}[A-Z][a-z]{1,4}")
_SEASON: Final = re.compile(r"\s+((?:[Ss]eason\s+)?\d{1,2})\b(?!\.\d)")  # "X 4", "X season 4"
_OWNED: Final = re.compile(rf"(?:'s|’s)\s+['‘]?({_TITLE})")


def _followed_by(text: str, name: str, tail: re.Pattern[str]) -> list[re.Match[str]]:
    """``tail`` matched right after each whole-word ``name`` in ``text`` (what
    ``re.finditer(r"\\bNAME" + tail)`` finds, without compiling a regex per name)."""
    out: list[re.Match[str]] = []
    i = text.find(name)
    while i >= 0:
        m = None
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
            m = tail.match(text, i + len(name))
            if m:
                out.append(m)
        i = text.find(name, m.end() if m else i + 1)
    return out


_OPENS: Final = re.compile(r"(?:^|[.!?]['’\"”]?\s+|\n\s*)$")


def _drop_openers(cands: Counter[str], text: str) -> Counter[str]:
    """"Newbie X enters the list", "Meanwhile X ...": a candidate that is a capitalised
    word and another candidate, written only where a sentence begins, is that other
    candidate with the sentence's opening word."""
    for name in [n for n in cands if " " in n]:
        rest = name.split(" ", 1)[1]
        if rest in cands and all(_OPENS.search(text, max(0, i - 4), i)
                                 for i in occurrences(text, name)):
            cands[rest] += cands.pop(name)
    return cands


def _drop_owners(cands: Counter[str], text: str) -> Counter[str]:
    """"Kavita Rao's Pyaar Ki Dor": a multi-word name owning another show is a person."""
    keys = {fold(n) for n in cands}
    for name in [n for n in cands if " " in n]:
        for m in _followed_by(text, name, _OWNED):
            if fold(m.group(1)) in keys - {fold(name)}:
                del cands[name]
                break
    return cands


_ROLE_OF: Final = re.compile(r"\b(?:aka|plays|playing|as)\s+([A-Z][\w'’]*)")


def _drop_characters(cands: Counter[str], text: str) -> Counter[str]:
    """"Kesar Ki Kahani ... Aditi aka Kesar": a one-word name that opens a longer title
    and is played by someone is the title character, not a second show."""
    starts = word_starts(text, ("aka", "play", "as"))
    played = {m.group(1) for m in finditer_at(_ROLE_OF, text, starts)}
    for name in [n for n in cands if " " not in n and n in played]:
        longer = [c for c in cands if c.startswith(name + " ") and not _SEASON.fullmatch(
            c[len(name):])]
        if longer:
            del cands[name]
    return cands


def _clusters(cands: Counter[str]) -> dict[str, str]:
    """fold key -> display name (first non-shouting form, longest titles kept apart; an
    acronym candidate "PKDK" is the long title it abbreviates)."""
    keys: dict[str, str] = {}
    for name in sorted(cands, key=lambda n: (n.isupper(), -cands[n])):
        keys.setdefault(fold(name), name)
    long_forms = {initials(n): n for n in keys.values() if len(n.split()) >= 4}
    out = {k: long_forms.get(n, n) if n.isupper() else n for k, n in keys.items()}
    return {k: _whole_title(n, out) for k, n in out.items()}


_SEASONED: Final = re.compile(r"(.+?) (?:Season )?\d{1,2}")


def _whole_title(name: str, names: dict[str, str]) -> str:
    """The only season of ``name`` the article names ("X" beside "X 4" and no other
    season of X: news of X that names its season is news of that season, and the gold
    names the season), else ``name``."""
    longer = {n for n in names.values()
              if (m := _SEASONED.fullmatch(n)) and m.group(1) == name}
    return longer.pop() if len(longer) == 1 else name


def _find_mentions(text: str, keys: dict[str, str], offset: int,
                   runs: list[tuple[int, str]]) -> list[Mention]:
    """Every title-cased run (``runs``, from ``offset`` on) whose longest sub-run folds
    to a known show key."""
    acronyms = {initials(n): n for n in keys.values() if len(n.split()) >= 4}
    # A segment's fold starts with the fold of its first word, so a word that begins
    # no key cannot begin a mention (checked before trying the longer segments).
    starts = {key[:n] for key in keys for n in range(1, len(key) + 1)}
    out: list[Mention] = []
    for base, run in runs:
        if all((f := fold(w)) and f not in starts for w in run.split()):
            continue  # no word can begin a mention (a run's words are its tokens)
        toks = list(_TOKEN_RE.finditer(run))
        i = 0
        while i < len(toks):
            first = fold(toks[i].group())
            if first and first not in starts:
                i += 1
                continue
            hit = None
            for j in range(min(len(toks), i + 9), i, -1):
                seg = run[toks[i].start():toks[j - 1].end()]
                show = keys.get(fold(seg))
                if show:
                    hit = (j, Mention(base + toks[i].start(), base + toks[j - 1].end(), show))
                    break
            if hit:
                out.append(hit[1])
                i = hit[0]
            else:
                i += 1
    out += [Mention(at, at + len(a), show) for a, show in acronyms.items()
            for at in _acronym_places(text, a, offset)]
    return sorted(out)


def _acronym_places(text: str, acronym: str, offset: int) -> list[int]:
    """Where, from ``offset`` on, ``_ACRONYM.finditer`` finds ``acronym``: found by
    ``str.find``, each place then matched there (the pattern was tried at every capital
    of the article). Exact: a match of ``_ACRONYM`` is a whole word (no word character
    before it, a boundary after it), so matches cannot overlap, and the scan finds a
    match at each place where one begins."""
    out: list[int] = []
    i = text.find(acronym, offset)
    while i >= 0:
        m = _ACRONYM.match(text, i)
        if m and m.end() == i + len(acronym):
            out.append(i)
        i = text.find(acronym, i + 1)
    return out


# a title whose words no title-cased run holds whole: parts joined by a dash, "&" or a
# colon ("X – The Return"), or a season written out ("X season 4")
_JOINED_TITLE: Final = re.compile(r"\s[–&-]\s|:\s|\sSeason\s")


def _joined_mentions(text: str, keys: dict[str, str], offset: int) -> list[Mention]:
    """The places (from ``offset`` on) of the known titles :data:`_JOINED_TITLE` finds,
    written with any blanks and, for "season", any case; :func:`_find_mentions` reads
    title-cased runs and would find only their parts."""
    out: list[Mention] = []
    for show in {n for n in keys.values() if _JOINED_TITLE.search(n)}:
        words = [re.escape(w) if w != "Season" else "(?i:season)" for w in show.split()]
        pattern = re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])")
        out += [Mention(m.start(), m.end(), show) for m in pattern.finditer(text, offset)]
    return out


def _with_joined(mentions: list[Mention], joined: list[Mention]) -> list[Mention]:
    """``mentions`` with the joined titles' places instead of the parts inside them."""
    if not joined:
        return mentions
    kept = [m for m in mentions if not any(j.start <= m.start and m.end <= j.end for j in joined)]
    return sorted(kept + joined)


def initials(name: str) -> str:
    """"Pyaar Ki Dor Ki Kahani" -> "PKDKK"."""
    return "".join(t[0] for t in name.split() if t[0].isalpha()).upper()


def detect_shows(doc: Doc) -> ShowIndex:
    """Find the article's shows, where each is named, and its topic."""
    cands = _candidates(doc)
    keys = _clusters(cands)
    start = doc.sentences[0].start if doc.sentences else 0
    mentions = _with_joined(_find_mentions(doc.text, keys, start, title_runs(doc)),
                            _joined_mentions(doc.text, keys, start))
    # the topic: a mention weighs twice a cue's score (a cue-rich aside loses to the show
    # the article keeps naming)
    # and one named in passing (a past credit, a spin-off's parent) not at all
    cues = _passing_cues(doc)
    secondary = frozenset(m.start for m in mentions if _in_passing(doc.text, m.start, cues)
                          or _FAME_AFTER.match(doc.text, m.end))
    counts: Counter[str] = Counter()
    for m in mentions:
        counts[m.show] += 0 if m.start in secondary else 2
    for name, score in cands.items():
        counts[keys[fold(name)]] += score
    names = tuple(n for n, _ in counts.most_common())
    paras = tuple(sorted({start, *(m.end() for m in re.finditer(r"\n", doc.text))}))
    items = frozenset(p for p in paras if _ITEM.match(doc.text, p))
    return ShowIndex(names, names[0] if names else None, tuple(mentions), paras, secondary,
                     items)


# "A of X fame": a past credit named in passing
_FAME_AFTER: Final = re.compile(r"[ \t]+[Ff]ame\b")
_ITEM: Final = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")  # "2. ...", "3) ..."


def _passing_cues(doc: Doc) -> list[int]:
    """Where an "in passing" phrase can begin (see :func:`_in_passing`): the whole words of
    :data:`_PASSING_KEYS` (every branch of :data:`_IN_PASSING` opens with one, "After"
    at a line's start too), read off the article's word index; every place of
    :data:`_PASSING_WORDS` when that cannot be told."""
    found = word_offsets(doc, _PASSING_KEYS)
    return word_starts(doc.text, _PASSING_WORDS, whole=False) if found is None else found


def _in_passing(text: str, at: int, cues: list[int]) -> bool:
    """Whether the 100 characters before ``at`` end with an "in passing" phrase
    (``_IN_PASSING.search(text, at - 100, at)``): tried only where one of its words
    (``cues``, ascending offsets of :data:`_PASSING_WORDS`) stands there, as each of its
    matches begins at one, or at the line break before an "After" line's white space
    (``re`` tried the alternation at every one of the 100 positions)."""
    lo = max(0, at - 100)
    for i in range(bisect_left(cues, lo), len(cues)):
        cue = cues[i]
        if cue >= at:
            return False
        line = _line_break_before(text, cue, lo)
        if _IN_PASSING.match(text, cue, at) or (line < cue and _IN_PASSING.match(text, line, at)):
            return True
    return False


def _line_break_before(text: str, at: int, lo: int) -> int:
    """``at`` stepped back over spaces and tabs and one line break, not below ``lo``."""
    while at > lo and text[at - 1] in " \t":
        at -= 1
    return at - 1 if at > lo and text[at - 1] == "\n" else at


_PASSING_WORDS: Final = ("spin", "sequel", "prequel", "remake", "another", "known", "famous",
                  "popular", "recogni", "last", "previously", "earlier", "once", "rose",
                  "remembered", "After", "shot", "household", "who")
_PASSING_KEYS: Final = frozenset({  # (lower-cased; "spin" of "spin-off")
    "spin", "spinoff", "sequel", "prequel", "remake", "another", "known", "famous", "popular",
    "recognised", "recognized", "remembered", "last", "previously", "earlier", "once", "rose",
    "after", "shot", "household", "who"})
_IN_PASSING: Final = re.compile(
    r"(?:\b(?:spin-?off|sequel|prequel|remake)\s+(?:of|to)\s+(?:[\w'’-]+\s+){0,5}"
    r"|\banother\s+(?:[\w'’-]+\s+){0,4}"
    r"|\b(?:known|famous|popular|recogni[sz]ed|remembered)\s+for\s+(?:[\w'’-]+\s+){0,10}"
    # a past credit: "who was last seen in X", "rose to fame with X"
    r"|\b(?:last|previously|earlier|once)\s+seen\s+in\s+(?:[\w'’-]+\s+){0,3}"
    r"|\brose\s+to\s+fame\s+(?:with|in|through)\s+(?:[\w'’-]+\s+){0,3}"
    # a past role's show: "who rose to fame as Y in X", "last seen as Y in X"
    r"|\b(?:(?:rose|shot)\s+to\s+fame|household\s+name|(?:last|previously|earlier)\s+seen)"
    r"\s+as\s+(?:[\w'’-]+\s+){1,3}in\s+"
    # "popular as Y from X", "rose to fame with her role as Y in X"
    r"|\b(?:known|famous|popular)\s+as\s+(?:[\w'’-]+\s+){1,3}(?:from|in|of)\s+"
    r"|\brose\s+to\s+fame\s+(?:with|through)\s+(?:her|his|their)\s+role\s+(?:as|of)\s+"
    r"(?:[\w'’-]+\s+){1,3}in\s+"
    # a relative clause's past role: "A, who played Y in X, will now play Z"
    r"|\bwho\s+(?:had\s+)?(?:played|essayed|portrayed)\s+(?:[\w'’-]+\s+){1,3}in\s+"
    r"|\bwho\s+(?:was|has\s+been|had\s+been)\s+(?:last\s+|earlier\s+|previously\s+)?seen\s+"
    r"(?:as\s+(?:[\w'’-]+\s+){1,3})?in\s+"
    # "After X, A bags Y": the show a line opens on with "After" is behind its people
    r"|(?:^|\n)[ \t]*After\s+)$")
