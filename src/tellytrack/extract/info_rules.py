"""The hand-written readings of show info: channels, platforms and producers by pattern.

Channels and platforms are closed lists (lexicons ``channels`` and
``platforms``), so a channel is found by lexicon and tied to a show by the
phrasing around it: "Star Plus' X", "the Zee TV show X", "X, a Colors TV show",
"X airs on Sony SAB", "streams on JioHotstar". Producers are open names, so
they need an explicit cue: "produced by", "producer X", "X-produced", "under
the banner of", "X's production house Y". A person's possessive ("X's Show")
counts when the article calls that person a producer elsewhere, or when the show
is one the article names and the person is never an actor or character in it:
the same form names lead actors ("Riya Malhotra's Show"), so an actor the
article never links to a role is the remaining error of this rule.

The show a reading belongs to is the show the pattern names, else the nearest
show mentioned in the sentence (see :func:`show_mentions`), else
``doc.show_for(sentence)``. These readings propose rather than decide
(:func:`rule_items`): ``show_info.py`` keeps what its learned model accepts, the
readings being one of its features. ``ratings.py`` reads the show mentions too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, NamedTuple

from tellytrack.extract.charts import heading_names, section_shows, table_rows
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import key_words, sentences_with
from tellytrack.extract.lexicon import entries, mapping
from tellytrack.extract.lexicon import words as lexicon_words
from tellytrack.extract.names import characters, people
from tellytrack.extract.scan import alternation_after, finditer_at, word_starts
from tellytrack.extract.shows import HEADLINE_GLUE, fold
from tellytrack.model import Sentence


def _alternation(lexicon: str) -> str:
    """A regex alternation of a lexicon's variants as whole words (trie-factored: the
    longest variant wins, and the engine rejects a position after one letter):
    ``(?<![\\w&])(?:TRIE)(?![\\w+])``, tried only where a variant's first letter stands
    (:func:`scan.alternation_after`)."""
    return alternation_after(entries(lexicon), r"[\w&]", re.escape(" ")) + r"(?![\w+])"


CHANNEL: Final = _alternation("channels")
PLATFORM: Final = _alternation("platforms")
CHANNEL_RE: Final = re.compile(CHANNEL)
PLATFORM_RE: Final = re.compile(PLATFORM)
_SHOW_WORD: Final = (r"(?:show|serial|series|daily soap|soap|drama|sitcom|programme|program|"
              r"thriller|saga|franchise|comedy)")
# A capitalised word of a title; digits ("Dor 2") and lower-case joiners inside are allowed.
_WORD: Final = r"(?:[A-Z][\w!+-]*|\d{1,2}\b)"
# No word character or apostrophe before a name's first capital, tested after that capital
# (``[A-Z](?<![\w'’].)``, the same matches as ``(?<![\w'’])[A-Z]``): a pattern that opens
# with a lookbehind is tried at every position, one that opens with ``[A-Z]`` only where
# ``re`` finds a capital (a test compares each pattern with its plain form).
AFTER_CAPITAL: Final = r"(?<![\w'’].)"
TITLE: Final = (rf"[A-Z]{AFTER_CAPITAL}[\w!+-]*"
                rf"(?:\s+(?:(?:of|the|in|to|se|ki|ka|ke)\s+)?{_WORD}){{0,8}}")
# TITLE with each word taken whole (``[\w!+-]*+``), for patterns that need a blank, an
# apostrophe or a comma after a title word: a word cut short never leads to a match
# there, and ``re`` gave back a failed title letter by letter (the same matches, tested)
TITLE_WHOLE: Final = TITLE.replace(r"[\w!+-]*", r"[\w!+-]*+")
_QUOTE: Final = r"['‘\"“]?"
_ADJ: Final = r"(?:[\w-]+\s+){0,3}?"
_POSS: Final = r"(?:['’]s?)"

# "Star Plus' X", "Zee TV's show, X", "the Colors TV show X", "Star Plus series X".
_CHANNEL_FIRST: Final = re.compile(
    rf"(?P<ch>{CHANNEL})(?:{_POSS}\s+(?:{_ADJ}{_SHOW_WORD}\s*[,:\-–—]?\s+)?"
    rf"|\s+{_ADJ}{_SHOW_WORD}\s*[,:\-–—]?\s+){_QUOTE}(?P<show>{TITLE})"
)
# "X, a Zee TV show" / "X, Colors' most-loved show".
_SHOW_FIRST: Final = re.compile(
    rf"(?P<show>{TITLE_WHOLE})['’]?(?:,\s+(?:(?:a|an|the)\s+{_ADJ})?|\s+(?:a|an|the)\s+{_ADJ})"
    rf"(?P<ch>{CHANNEL}){_POSS}?\s+"
    rf"{_ADJ}{_SHOW_WORD}\b"
)
# "... airs on Star Plus", "premiere on Colors TV", "streamed anytime on JioHotstar".
_AIRS_ON: Final = re.compile(
    r"\b(?:airs?|aired|airing|premieres?|premiered|premiering|broadcast(?:ed|s)?|"
    r"telecast(?:ed)?|runs|ran|running|streams?|streamed|streaming|available|launch(?:es|ed)?|"
    r"shown|beamed|moves?|moved|shifts?|shifted)\b[^.;]{0,40}?\bon\s+(?:the\s+)?"
    rf"(?:(?P<ch>{CHANNEL})|(?P<pl>{PLATFORM}))"
)
# "X will be aired on", "X, which airs on", "X that airs on": X is the show.
_AIR_SUBJECT: Final = re.compile(
    rf"(?P<show>{TITLE_WHOLE})['’]?(?:,?\s+(?:which|that)\s+|\s+)"
    r"(?:(?:is|was|will be|has been|had been|is being|will now be)\s+)?"
    r"(?:(?:now|currently|also|still|set to|going to)\s+)?$")
_PLATFORM_ANY: Final = re.compile(
    rf"(?P<show>{TITLE_WHOLE})\s+(?:is\s+)?(?:now\s+)?on\s+(?P<pl>{PLATFORM})")


# "one of its shows, X", "the sitcom X": a title right after a show word.
_SHOW_WORD_THEN_TITLE: Final = re.compile(rf"\b{_SHOW_WORD}s?,?\s+{_QUOTE}(?P<show>{TITLE})")
_SHOW_WORD_STARTS = ("show", "serial", "series", "daily", "soap", "drama", "sitcom", "program",
                     "thriller", "saga", "franchise", "comedy")  # where it can match


@dataclass(frozen=True)
class Mention:
    """A show named at ``start..end`` of the article text."""

    start: int
    end: int
    name: str


def plausible_show(name: str) -> bool:
    """Not a channel, a sentence adverb ("Now") or a section title ("Popular Shows")."""
    words = name.split()
    return bool(words) and not is_channel(name) and not (
        len(words) == 1 and name.lower() in lexicon_words("not_names")) and not any(
        w.lower() in ("shows", "ratings", "trp", "barc") for w in words)


def clean_title(name: str) -> str:
    """Drop a trailing possessive and quotes from a title phrase ("X’s" -> "X")."""
    name = re.sub(r"['’]s?$", "", name.strip())
    return name.strip(" '‘’\"“”,")


def known_head(doc: Doc, title: str) -> str:
    """A title phrase that runs on past a known show into lower-case words ("X in Film
    City", "X to go off air") is that show; so is one ending "in X"."""
    for name in known_shows(doc):
        if title.startswith(name + " ") and title[len(name) + 1:][:1].islower():
            return name
        if title.endswith(" in " + name) and title[:1].isupper():
            return name  # "Raghav in Rang Mahal, which airs on ...": the show is the tail
    return title


def is_channel(name: str) -> bool:
    """Whether a phrase is a channel's name rather than a show's."""
    return bool(CHANNEL_RE.fullmatch(name)) or name.lower() in mapping("channels")


def show_mentions(doc: Doc, sentence: Sentence) -> list[Mention]:
    """Shows named in a sentence: the doc's known shows plus channel-introduced titles."""
    cache: dict[int, list[Mention]] = doc.cache.setdefault("show_info.mentions", {})
    if sentence.start not in cache:
        cache[sentence.start] = _find_mentions(doc, sentence)
    return cache[sentence.start]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def whole_word_hits(text: str, name: str) -> list[int]:
    """Starts of ``name`` in ``text`` not inside a longer word (``(?<!\\w)name(?!\\w)``,
    found with ``str.find``: a regex per name and sentence was costly to compile)."""
    out: list[int] = []
    i = text.find(name)
    while i >= 0 and name:
        end = i + len(name)
        if (i == 0 or not _is_word_char(text[i - 1])) and (
                end == len(text) or not _is_word_char(text[end])):
            out.append(i)
            i = text.find(name, end)
        else:
            i = text.find(name, i + 1)
    return out


def _find_mentions(doc: Doc, sentence: Sentence) -> list[Mention]:
    found: list[Mention] = []
    names = sorted(known_shows(doc), key=len, reverse=True)
    for name in names:
        for start in whole_word_hits(sentence.text, name):
            at = sentence.start + start
            add_mention(found, Mention(at, at + len(name), name))
    channel = bool(CHANNEL_RE.search(sentence.text))  # else no channel pattern can match
    for pattern in (_CHANNEL_FIRST, _SHOW_FIRST) if channel else ():
        for m in pattern.finditer(sentence.text):
            name = clean_title(m["show"])
            if plausible_show(name):
                s = sentence.start + m.start("show")
                add_mention(found, Mention(s, s + len(name), name))
    starts = word_starts(sentence.text, _SHOW_WORD_STARTS)
    for m in finditer_at(_SHOW_WORD_THEN_TITLE, sentence.text, starts):
        name = clean_title(m["show"])
        if plausible_show(name):
            s = sentence.start + m.start("show")
            add_mention(found, Mention(s, s + len(name), name))
    for m in _LIST_OF_SHOWS.finditer(sentence.text) if channel else ():
        for name in split_titles(m["list"]):
            s = sentence.start + m.start("list") + m["list"].find(name)
            add_mention(found, Mention(s, s + len(name), name))
    return sorted(found, key=lambda x: x.start)


def add_mention(found: list[Mention], new: Mention) -> None:
    """Keep mentions non-overlapping; the first (longest known) wins."""
    if not any(new.start < m.end and m.start < new.end for m in found):
        found.append(new)


def known_shows(doc: Doc) -> tuple[str, ...]:
    """Show names the ShowIndex found plus those heading a list section or a table row
    (cached: every sentence asks)."""
    if "show_info.known" not in doc.cache:
        names = doc.shows.names
        doc.cache["show_info.known"] = names + tuple(
            n for n in heading_names(doc) if n not in names)
    return doc.cache["show_info.known"]  # type: ignore[no-any-return]


def show_near(doc: Doc, sentence: Sentence, offset: int) -> str | None:
    """The show a phrase at ``offset`` speaks of: nearest named before, the list section's
    show, the nearest named after, the article's topic."""
    mentions = show_mentions(doc, sentence)
    before = [m for m in mentions if m.end <= offset]
    if before:
        return before[-1].name
    section = section_shows(doc, sentence)
    if len(section) == 1:
        return section[0]
    after = [m for m in mentions if m.start >= offset]
    if after:
        return after[0].name
    return doc.show_for(sentence)


def rule_items(doc: Doc) -> list[RuleItem]:
    """Every (sentence, show, field, value) the hand-written patterns read, tagged with
    the pattern that read it; neither deduplicated nor limited to one channel a show."""
    if "show_info.rules" in doc.cache:
        return list(doc.cache["show_info.rules"])
    out: list[RuleItem] = []

    def keep(sentence: Sentence, show: str | None, fld: str, value: str, tag: str) -> None:
        if show and value and show.lower() != value.lower():
            out.append(RuleItem(sentence, show, fld, value, tag))

    for i in sentences_with(doc, CHANNEL_WORDS, PRODUCER_WORDS + _known_lower(doc)):
        sentence = doc.sentences[i]
        for show, fld, value, conf in _sentence_facts(doc, sentence):
            keep(sentence, show, fld, value, f"{fld}:{conf}")
        for show, value, conf in producer_facts(doc, sentence):
            keep(sentence, show, "producer", value, f"producer:{conf}")
    for sentence, show, person in _owners(doc):
        keep(sentence, show, "producer", person, "owner")
    for row in table_rows(doc):  # after the prose, whose spelling is the article's own
        if row.channel:
            keep(row.sentence, row.show, "channel", _channel_name(row.channel), "table")
    doc.cache["show_info.rules"] = tuple(out)
    return out


class RuleItem(NamedTuple):
    """One fact a hand-written pattern reads, with the pattern's tag."""

    sentence: Sentence
    show: str
    field: str
    value: str
    tag: str


# What a sentence giving a channel, platform or producer fact holds (lower-cased, see
# gate.sentences_with): a word of a channel or platform name, a producer cue's word
# (what PRODUCER_HINT finds), or the name of someone the article calls a producer.
CHANNEL_WORDS: Final = key_words((*entries("channels"), *entries("platforms")))[0]
PRODUCER_WORDS: Final = ("produc", "banner", "makers", "films", "telefilms", "creations", "studio",
                   "showrunner", "creator", "helmed", "house of", "offering", "stable of",
                   "maker", "bankroll", "backed")


def _known_lower(doc: Doc) -> tuple[str, ...]:
    return tuple(sorted(name.lower() for name in doc_producers(doc)))


def spelling_key(name: str) -> str:
    """A key equal for spellings of one name ("Yehh Jadu" / "Ye Jaadu"): its consonants
    (remembered: the same few names are keyed again and again, and ``sub`` with a
    template is slow)."""
    key = _SPELLING_KEYS.get(name)
    if key is None:
        key = _DOUBLED.sub(r"\1", _NOT_CONSONANT.sub("", name.lower())) or name
        if len(_SPELLING_KEYS) < 65536:
            _SPELLING_KEYS[name] = key
    return key


_SPELLING_KEYS: Final[dict[str, str]] = {}


_DOUBLED: Final = re.compile(r"(.)\1+")
_NOT_CONSONANT: Final = re.compile(r"[^a-z0-9]|[aeiouhy]")


def _channel_name(cell: str) -> str:
    """A table's channel cell as the lexicon spells it ("STAR Plus" stays, "ZEE TV" fixed)."""
    m = CHANNEL_RE.search(cell)
    return m.group() if m else cell


def _cast_roles(doc: Doc) -> frozenset[str]:
    """The folded names the article casts as roles."""
    return frozenset(fold(c) for c in characters(doc))


def _sentence_facts(doc: Doc, sentence: Sentence) -> list[tuple[str | None, str, str, float]]:
    """Channel and platform facts of one sentence."""
    out: list[tuple[str | None, str, str, float]] = []
    text = sentence.text
    # each pattern below holds a channel or a platform: tried only where one stands
    channel, platform = bool(CHANNEL_RE.search(text)), bool(PLATFORM_RE.search(text))
    if not channel and not platform:
        return out
    for pattern in (_CHANNEL_FIRST, _SHOW_FIRST) if channel else ():
        for m in pattern.finditer(text):
            show = known_head(doc, clean_title(m["show"]))
            known = {fold(n) for n in known_shows(doc)}
            # "X, a Zee TV show" names X a show (the show layer reads that cue too); a
            # title-cased word before "the ... Zee TV's new show" need not be one ("Meet"),
            # nor one after "the Zee TV serial," that the article casts ("Meera (A) ...")
            if plausible_show(show) and (fold(show) in known or (pattern is _CHANNEL_FIRST
                                         and fold(show) not in _cast_roles(doc))):
                out.append((show, "channel", m["ch"], 0.85))
    for m in _AIRS_ON.finditer(text):
        fld, value = ("channel", m["ch"]) if m["ch"] else ("platform", m["pl"])
        subject = _AIR_SUBJECT.search(text, 0, m.start())
        show = known_head(doc, clean_title(subject["show"])) if subject else ""
        out.append((show if plausible_show(show) else show_near(doc, sentence, m.start()),
                    fld, value, 0.75))
    for m in _PLATFORM_ANY.finditer(text) if platform else ():
        out.append((known_head(doc, clean_title(m["show"])), "platform", m["pl"], 0.6))
    out.extend(_channel_lists(text) if channel else ())
    return out


# "Star Plus' shows - A, B, C and D have ..." names several shows of one channel at once.
_LIST_OF_SHOWS: Final = re.compile(
    rf"(?P<ch>{CHANNEL}){_POSS}?\s+(?:{_ADJ})?shows?\s*(?:[-–—:,]|like|such as|including)\s*"
    rf"(?P<list>{TITLE}(?:\s*(?:,|and|&)\s*{TITLE})+)"
)


def _channel_lists(text: str) -> list[tuple[str | None, str, str, float]]:
    out: list[tuple[str | None, str, str, float]] = []
    for m in _LIST_OF_SHOWS.finditer(text):
        for name in split_titles(m["list"]):
            out.append((name, "channel", m["ch"], 0.7))
    return out


def split_titles(text: str) -> list[str]:
    """Split "A, B and C" into titles (commas, "and", "&")."""
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text)
    return [clean_title(p) for p in parts if clean_title(p)]


# --- producers -----------------------------------------------------------------------------

# A person or company name: capitalised words, "Pvt. Ltd.", an inner "’s" ("Director’s Kut"),
# and "production house" written in lower case.
_NAME_TAIL: Final = r"[\w.-]*(?:['’‘]s|s['’](?=\s))?"
NAME_WORD: Final = rf"[A-Z]{_NAME_TAIL}"
NAME: Final = (rf"[A-Z]{AFTER_CAPITAL}{_NAME_TAIL}"
        rf"(?:\s+(?:{NAME_WORD}|Pvt\.?|Ltd\.?|Private Limited|production house))*")
_NAMES: Final = rf"{NAME}(?:\s*(?:,|and|&)\s*{NAME})*"
COMPANY_END: Final = re.compile(
    r"(?:Telefilms|Films|Productions?|Production [Hh]ouse|Entertainment|Studios?|Pictures|"
    r"Creations|Media|Ltd\.?|Limited|Kut)$"
)
# What may stand between "produced by" and the name ("produced by TV czarina X").
_MAKER_TITLE: Final = (r"(?:(?:the|TV|ace|noted|veteran|renowned|popular|famous|celebrated|czarina|"
                r"producer|producers|filmmaker|production house|banner|his|her|their)\s+){0,3}")
# Each cue with what every match of it holds, lower-cased ("co-producer" holds
# "producer"): a sentence holding none of these needs no search.
_PRODUCER_CUES: Final[list[tuple[re.Pattern[str], tuple[str, ...]]]] = [
    (re.compile(rf"\b(?i:produced|created|backed|bankrolled|co-produced|helmed)\s+(?:by|under)\s+"
                rf"{_MAKER_TITLE}(?P<names>{_NAMES})"),
     ("produced", "created", "backed", "bankrolled", "helmed")),
    # "from the house of X", "an offering coming from X", "producer of the show, X"
    (re.compile(rf"\b(?:from\s+the\s+(?:house|stable|banner)\s+of|offering\s+(?:coming\s+)?from|"
                rf"(?:[Pp]roducers?|[Mm]akers?|[Cc]reators?)\s+of\s+the\s+(?:show|serial|series)"
                rf"\s*,?)\s+(?P<names>{_NAMES})"),
     ("house", "stable", "banner", "offering", "of the")),
    # "X, the producer of", "X, the show's maker"
    (re.compile(rf"(?P<names>{NAME}),\s+the\s+(?:show['’]s\s+)?(?:producer|maker|"
                rf"showrunner|creator)\b"), ("producer", "maker", "showrunner", "creator")),
    (re.compile(rf"\b(?i:under)\s+(?:the|their|his|her|its)\s+(?:own\s+)?(?:production\s+)?"
                rf"(?:banner|house|company)(?:\s+of|,)?\s+(?P<names>{_NAMES})"), ("under",)),
    (re.compile(rf"\b(?:[Pp]roducers?|[Cc]o-producer|[Pp]roduction house|[Mm]akers|"
                rf"[Ss]howrunner|[Cc]reator)(?:\s+duo)?\s*[,:]?\s+"
                rf"(?P<names>{NAME}(?:\s*(?:and|&)\s*{NAME})?)"),
     ("producer", "production house", "makers", "showrunner", "creator")),
    (re.compile(rf"(?P<names>{NAME})(?:-|\s+)produced\b"), ("produced",)),
    # "A, who produces X", "A, who has bankrolled X"
    (re.compile(rf"(?P<names>{NAME}),?\s+who\s+(?:(?:has|had|also)\s+)*(?:produces|produced|"
                rf"is\s+producing|co-produces|co-produced|bankrolls|bankrolled)\b"),
     ("produc", "bankroll")),
    # "X, a Dream Tree Entertainment production"
    (re.compile(rf"\b(?:a|an)\s+(?P<names>{NAME})\s+production\b"), ("production",)),
    (re.compile(rf"(?P<names>{NAME})['’‘]s?\s+(?:production house|production banner|banner|"
                rf"production company)\b"), ("production house", "banner", "production company")),
]
# "the makers of X, Y Productions": a company after the show it makes; "the makers of X,
# A and B, have ...": people in an apposition closed by a comma.
_MAKERS_OF: Final = re.compile(rf"\bmakers\s+of\s+{TITLE},\s+(?P<names>{_NAMES})(?P<close>,)?")
_NOT_PRODUCER: Final = re.compile(r"^(?:The|This|It|Star|Sony|Zee|Colors|TV|Mumbai|MUMBAI)\b")


# Cheap test run first: most sentences name no producer, and the cue patterns are costly.
PRODUCER_HINTS: Final = ("produc", "banner", "maker", "films", "telefilms", "creations", "studio",
                         "showrunner", "creator", "helmed", "house", "offering", "stable",
                         "bankroll", "backed")  # lowered
PRODUCER_HINT: Final = re.compile("|".join(PRODUCER_HINTS))


def producer_hint(low: str) -> bool:
    """``bool(PRODUCER_HINT.search(low))`` by a substring test per hint: the alternation's
    first letters are common ones, so ``re`` tried its branches at a third of the
    positions of a sentence."""
    return any(h in low for h in PRODUCER_HINTS)


def producer_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every producer a sentence names through an explicit cue."""
    out: list[tuple[int, str]] = []
    low = text.lower()
    if not producer_hint(low):
        return out
    for pattern, needs in _PRODUCER_PATTERNS:
        if not any(n in low for n in needs):
            continue
        for m in pattern.finditer(text):
            names = split_titles(m["names"] if pattern is not _COMPANY else m.group())
            if pattern is _MAKERS_OF and not (COMPANY_END.search(names[0]) or m["close"]):
                continue
            out.extend((m.start(), n) for name in names for n in split_owner(name))
    return [(o, n) for o, n in out if plausible_producer(n)]


def split_owner(name: str) -> list[str]:
    """ "Riya Malhotra’s Kesar Films" names a person and her company."""
    m = _OWNER.match(name)
    if m and len(m["owner"].split()) >= 2 and COMPANY_END.search(m["company"]):
        return [m["owner"], m["company"]]
    name = re.sub(r"^The\s+", "", name)
    return [clean_title(name if name.endswith(("Ltd.", "Pvt.")) else name.rstrip("."))]


_OWNER: Final = re.compile(r"(?P<owner>.+?)['’‘]s\s+(?P<company>.+)$")
# A production company named on its own ("Kesar Films issued a statement").
_COMPANY: Final = re.compile(
    rf"{NAME}\s+(?:Telefilms|Films|Production [Hh]ouse|Productions?|Creations|Studios)\b")
_PRODUCER_PATTERNS: Final = (*_PRODUCER_CUES, (_MAKERS_OF, ("makers",)),
                      (_COMPANY, ("films", "production", "creations", "studios")))


def producers_of(doc: Doc, sentence: Sentence) -> list[tuple[int, str]]:
    """:func:`producer_names` of a sentence, computed once per document."""
    cache: dict[int, list[tuple[int, str]]] = doc.cache.setdefault("show_info.producer_names", {})
    if sentence.start not in cache:
        cache[sentence.start] = producer_names(sentence.text)
    return cache[sentence.start]


def plausible_producer(name: str) -> bool:
    """A maker's name: not a channel, at most six words, no title-cased headline grammar
    inside ("Makers Rope In Vivek Anand" reads "Rope In Vivek Anand" after "Makers")."""
    words_ = name.split()
    return (bool(name) and not _NOT_PRODUCER.match(name) and not is_channel(name)
            and len(words_) <= 6 and not _PRODUCER_GLUE.intersection(words_[1:]))


# headline grammar no maker's name holds ("And" may: "Cockcrow And Shaika Entertainment")
_PRODUCER_GLUE: Final = HEADLINE_GLUE - {"And"}


def doc_producers(doc: Doc) -> frozenset[str]:
    """Everyone the article calls a producer somewhere (licenses "X's Show" elsewhere)."""
    if "show_info.producers" not in doc.cache:
        found = {n for i in sentences_with(doc, literals=PRODUCER_WORDS)
                 for _, n in producers_of(doc, doc.sentences[i])}
        doc.cache["show_info.producers"] = frozenset(found)
    result: frozenset[str] = doc.cache["show_info.producers"]
    return result


# "X, produced by", "X, which was produced by", "X is produced by": X is the show.
_SUBJECT_BEFORE: Final = re.compile(
    rf"(?P<show>{TITLE_WHOLE})['’]?(?:,\s+(?:which|that)\s+(?:is|was|will be|has been)|,"
    rf"|\s+(?:is|was|will be|has been))\s*$"
)
# "X produced by A has ...": a title right before the cue.
_SUBJECT_BARE: Final = re.compile(rf"(?P<show>{TITLE_WHOLE})['’]?\s+$")


def producer_facts(doc: Doc, sentence: Sentence) -> list[tuple[str | None, str, float]]:
    """(show, producer, confidence) facts of one sentence."""
    out: list[tuple[str | None, str, float]] = []
    subject: str | None = None  # "X is produced by A under the banner of B": X for both
    for offset, name in producers_of(doc, sentence):
        m = _SUBJECT_BEFORE.search(sentence.text[:offset])
        if not m and sentence.text.startswith(("produced", "Produced"), offset):
            m = _SUBJECT_BARE.search(sentence.text[:offset])
        if m and plausible_show(clean_title(m["show"])) and not COMPANY_END.search(
                clean_title(m["show"])) and clean_title(m["show"]) not in doc_producers(doc):
            subject = clean_title(m["show"])
        both: list[str | None] = list(_both_shows(doc, sentence)) if not subject else []
        out.extend((show, name, 0.8) for show in both or [
            subject or show_near(doc, sentence, sentence.start + offset)])
    known = doc_producers(doc)
    for m in _POSSESSIVE_SHOW.finditer(sentence.text) if known else ():
        person = m["person"]
        show = clean_title(m["show"]) if m["show"] else None
        if person in known:
            if show and (show in known or COMPANY_END.search(show)
                         or sentence.text.startswith(("'s", "’s"), m.end("show"))):
                continue  # "X's Y Films", "X's Lotus Frames": Y is the company
            offset = sentence.start + m.start()
            out.append((show or show_near(doc, sentence, offset), person, 0.6))
    return out


_BOTH: Final = re.compile(r"\b(?:[Bb]oth(?:\s+the)?|[Tt]he\s+two)\s+(?:shows|serials)\b")


def _both_shows(doc: Doc, sentence: Sentence) -> list[str]:
    """"Both shows are produced by X" after a sentence naming two shows: those two."""
    if not _BOTH.search(sentence.text) or show_mentions(doc, sentence):
        return []
    i = doc.sentence_index(sentence.start)
    named = list(dict.fromkeys(m.name for m in show_mentions(doc, doc.sentences[i - 1]))) \
        if i > 0 else []
    return named if len(named) == 2 else []


def _owners(doc: Doc) -> list[tuple[Sentence, str, str]]:
    """(sentence, show, person) for "Kavita Rao's Pyaar Ki Dor": a person owning a show
    the article names is its maker, unless the article makes them an actor or a
    character (found from the show mentions: no sentence scan)."""
    out: list[tuple[Sentence, str, str]] = []
    for mention in doc.shows.mentions:
        lo = max(0, mention.start - 60)
        # the search tries every position: first the cheap test of how the window ends
        ends = doc.text[lo:mention.start].rstrip(" \t'‘\"“").endswith(
            ("'s", "’s", "show", "serial", "drama", "soap"))
        m = _OWNER_BEFORE.search(doc.text, lo, mention.start) if ends else None
        if m and not _TITLE_GOES_ON.match(doc.text, mention.end) and _maker_of(
                doc, m["person"], mention.show):
            s = doc.sentences[doc.sentence_index(mention.start)]
            out.append((s, mention.show, m["person"]))
    return out


def _maker_of(doc: Doc, person: str, show: str) -> bool:
    shows = {fold(n) for n in doc.shows.names}
    common = lexicon_words("not_names")
    if (fold(person) in shows or not plausible_producer(person)
            or any(t.lower() in common for t in person.split())):
        return False
    cast = {fold(n) for n in (*people(doc), *characters(doc))}
    return fold(person) not in cast and not any(fold(t) in cast for t in person.split())


# "X's Show", "the X show Y", "another X show Y": needs X known as a producer.
_PERSON: Final = rf"[A-Z]{AFTER_CAPITAL}[\w.-]*(?:\s+[A-Z][\w.-]*){{1,3}}"
_POSSESSIVE_SHOW: Final = re.compile(
    rf"(?P<person>{_PERSON})(?:['’]s\s+|\s+(?:TV\s+)?show\s+)"
    rf"(?P<show>{TITLE})?"
)
_OWNER_BEFORE: Final = re.compile(  # "Kavita Rao's Y", "another Kavita Rao show Y"
    r"(?P<person>[A-Z][\w-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][\w-]*)){1,3})"
    r"(?:['’]s(?:[ \t]+(?:new|latest|hit|popular|TV)?[ \t]*(?:show|serial|drama|soap))?"
    r"|[ \t]+(?:TV[ \t]+)?show)[ \t]+['‘\"“]?$")
_TITLE_GOES_ON: Final = re.compile(r"[ \t]+[A-Z]")  # "X's Show Gets A Prequel": a headline
