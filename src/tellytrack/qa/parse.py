"""The question grammar: a question in words -> an intent with its slots.

Pattern based and offline. A question is first cleaned (quotes, common typos,
near-miss keywords such as "replacd" or "chanel"), its time words are taken
out by :func:`tellytrack.qa.dates.find_when`, a leading "In SHOW," is moved
into the show slot, and the rest is matched against the patterns in
``qa/grammar.py`` in order. Names stay as the user wrote them: which show,
person or character they mean is decided later against the knowledge base,
which knows every spelling.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from rapidfuzz.distance import OSA

from tellytrack.qa.dates import When, find_when
from tellytrack.qa.grammar import (
    CHANGE_VERBS,
    EVENT_KINDS,
    KEYWORDS,
    PATTERNS,
    TYPOS,
    WORD_NUMBERS,
)

INTENTS = ("who_plays", "plays_which", "cast_change", "replacement", "predecessor",
           "show_cast", "rank", "top",
           "event", "happened", "show_info", "relation", "who_is", "unknown")


@dataclass(frozen=True)
class Question:
    """A parsed question: what is asked (``intent``) and about whom/what/when."""

    text: str
    intent: str
    show: str | None = None
    character: str | None = None
    actor: str | None = None
    other: str | None = None  # the second character of a relation question
    name: str | None = None  # "who is NAME": a person or a character, decided later
    change: str | None = None  # exit / entry / return
    field: str | None = None  # channel / producer / platform
    kin: str | None = None  # "who is A's mother": the kinship word
    stay: bool = False  # "is A still in S": an exit question asked the other way round
    order: str | None = None  # "who played C before/after ACTOR": ``other`` is that actor
    top_n: int | None = None
    past: bool = False  # "who played", "was", "did": the whole history, not just now
    asks_when: bool = False  # "when did A leave S": a date, not a yes or no
    event: str | None = None  # "will there be a leap in S": the SPEC event kind asked about
    when: When | None = None

    def to_dict(self) -> dict[str, Any]:
        """The slots as JSON-ready values (the time as its words and span)."""
        out = {k: v for k, v in asdict(self).items()
               if k != "when" and v is not None and v is not False}
        if self.when is not None:
            out["when"] = {"mode": self.when.mode, "text": self.when.text,
                           "start": _iso(self.when.start), "end": _iso(self.when.end),
                           "event": self.when.event}
        return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": "'"})
_FILLER = re.compile(
    r"^(?:(?:hey|hi|ok|okay|so|please|pls|plz|tell me|can you tell me|could you tell me"
    r"|do you know|i want to know|i wonder|any idea|quick question|is it true that|is it true"
    r"|is it confirmed that|i heard that|i heard|what is the name of|what's the name of|name"
    r"|who knows)[,:]?\s+)+", re.I)
_LEADING_SHOW = re.compile(r"^(?:in|on|for|about)\s+(?P<show>[^,]+),\s*(?P<rest>.+)$", re.I)
_SHOW_COLON = re.compile(r"^(?P<show>[^:?]{3,60}):\s*(?P<rest>.+)$")
_GENERIC = re.compile(r"^(?:(?:the|this|that|their|her|his)\s+)?(?:show|serial|series|soap|"
                      r"it|tv show|daily soap)$", re.I)
_TOKEN = re.compile(r"[A-Za-z']+")
_PAST = re.compile(r"\b(?:played(?!\s+by)|was|were|did|used to|originally|original|first|earlier"
                   r"|previously|previous|former|old|before|ever|has been|have been|had)\b", re.I)


def _fix_word(word: str, fuzzy: bool = True) -> str:
    """A known typo's correction, or (``fuzzy``) the keyword one edit away, or the word."""
    low = word.lower()
    if low in TYPOS:
        return TYPOS[low]
    if not fuzzy or len(low) < 6 or low in KEYWORDS or word != low:  # capitals: names
        return word
    for keyword in KEYWORDS:
        if abs(len(keyword) - len(low)) <= 1 and OSA.distance(low, keyword) <= 1:
            return keyword
    return word


def clean(text: str, fuzzy: bool = True) -> str:
    """Normalise quotes, spaces, typos and trailing punctuation; keep name case.

    ``fuzzy`` also turns a lower-case word one edit from a keyword into that
    keyword ("replacd"); it can also turn a lower-case name into one
    ("chandel" -> "channel"), so :func:`parse` tries the question without it first.
    """
    text = text.translate(_APOSTROPHES).strip()
    text = re.sub(r"\s+", " ", text)
    text = _TOKEN.sub(lambda m: _fix_word(m.group(), fuzzy), text)
    text = _FILLER.sub("", text)
    return text.rstrip(" ?!.").strip()


def _strip_name(value: str | None) -> str | None:
    """A slot's name without quotes, articles, possessives and "the show" words."""
    if value is None:
        return None
    value = value.strip(" ,\"'")
    if _GENERIC.match(value):
        return None
    value = re.sub(r"^(?:the\s+)?(?:tv\s+)?(?:show|serial|series|daily soap|soap)\s+", "",
                   value, flags=re.I)
    value = re.sub(r"\s+(?:show|serial|tv serial|series)$", "", value, flags=re.I)
    value = re.sub(r"^(?:the|actor|actress|character)\s+", "", value, flags=re.I)
    value = re.sub(r"(?:'s|s')$", "", value).strip(" ,\"'")
    return value or None


def _order(raw: str | None) -> str | None:
    return None if raw is None else ("after" if raw.lower() == "after" else "before")


def _top_n(raw: str | None) -> int | None:
    if raw is None:
        return None
    return int(raw) if raw.isdigit() else WORD_NUMBERS.get(raw.lower())


def _from_match(text: str, intent: str, extra: dict[str, str], m: re.Match[str],
                show: str | None, when: When | None) -> Question:
    """A :class:`Question` from a grammar match plus the show/time found earlier."""
    groups = {k: v for k, v in m.groupdict().items() if v}
    slots: dict[str, Any] = {k: _strip_name(groups.get(k)) for k in
                             ("show", "character", "actor", "other", "name")}
    slots["show"] = slots["show"] or show
    change = extra.get("change") or CHANGE_VERBS.get((groups.get("verb") or "").lower())
    kin = (groups.get("kin") or extra.get("kin") or "").lower() or None
    return Question(text=text, intent=intent, change=change, field=extra.get("field"),
                    kin=kin, stay=bool(extra.get("stay")), order=_order(groups.get("order")),
                    top_n=_top_n(groups.get("n")) or _top_n(extra.get("n")),
                    past=bool(_PAST.search(m.string)), when=when,
                    asks_when=m.string.lower().startswith("when "),
                    event=EVENT_KINDS.get((groups.get("event") or "").lower()), **slots)


def parse(text: str, today: date | None = None) -> Question:
    """Read a question; ``today`` anchors date words (default: the current date).

    The question is read as typed and with near-miss keywords corrected; the
    literal reading wins unless only the corrected one reaches a specific form
    (the catch-all "who is NAME" and "unknown" count as not reached).
    """
    today = today or date.today()
    literal = _parse_cleaned(text, clean(text, fuzzy=False), today)
    if literal.intent not in _WEAK:
        return literal
    corrected = _parse_cleaned(text, clean(text), today)
    if corrected.intent not in _WEAK or literal.intent == "unknown":
        return corrected
    return literal


_WEAK = ("who_is", "unknown")


def _parse_cleaned(text: str, cleaned: str, today: date) -> Question:
    """The grammar's reading of a cleaned question."""
    when, rest = find_when(cleaned, today)
    rest = rest.rstrip(" ?!.,").strip()
    show = None
    lead = _LEADING_SHOW.match(rest) or _SHOW_COLON.match(rest)
    if lead:
        show, rest = _strip_name(lead["show"]), lead["rest"].rstrip(" ?!.,")
    for intent, regex, extra in PATTERNS:
        m = regex.match(rest)
        if m:
            return _from_match(text, intent, extra, m, show, when)
    return Question(text=text, intent="unknown", show=show, when=when)
