"""show_info facts: which channel a show airs on, where it streams, who produces it.

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

The show a fact belongs to is the show the pattern names, else the nearest show
mentioned in the sentence (see :func:`show_mentions`), else
``doc.show_for(sentence)``.

These patterns propose rather than decide (:func:`rule_items`): :func:`extract`
keeps what a learned model (``extract/weights/show_info.json``) accepts among broad
candidates, every lexicon channel and platform and every producer-like name with
the show named next to it, the patterns' reading being one feature (see the last
section of this module).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from tellytrack.extract.charts import heading_names, section_shows, table_rows
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import key_words, sentences_with
from tellytrack.extract.lexicon import entries, mapping
from tellytrack.extract.lexicon import words as lexicon_words
from tellytrack.extract.linear import Candidate, decide
from tellytrack.extract.mentions import by_sentence, frequency, name_types, shape_tokens
from tellytrack.extract.names import characters, people, resolve_person
from tellytrack.extract.scan import alternation, finditer_at, word_starts
from tellytrack.extract.shows import fold
from tellytrack.model import Fact, Sentence


def _alternation(lexicon: str) -> str:
    """A regex alternation of a lexicon's variants as whole words (trie-factored: the
    longest variant wins, and the engine rejects a position after one letter)."""
    return rf"(?<![\w&])(?:{alternation(entries(lexicon), space=re.escape(' '))})(?![\w+])"


CHANNEL = _alternation("channels")
PLATFORM = _alternation("platforms")
_CHANNEL_RE = re.compile(CHANNEL)
_PLATFORM_RE = re.compile(PLATFORM)
_SHOW_WORD = (r"(?:show|serial|series|daily soap|soap|drama|sitcom|programme|program|"
              r"thriller|saga|franchise|comedy)")
# A capitalised word of a title; digits ("Dor 2") and lower-case joiners inside are allowed.
_WORD = r"(?:[A-Z][\w!+-]*|\d{1,2}\b)"
TITLE = rf"(?<![\w'’])[A-Z][\w!+-]*(?:\s+(?:(?:of|the|in|to|se|ki|ka|ke)\s+)?{_WORD}){{0,8}}"
_QUOTE = r"['‘\"“]?"
_ADJ = r"(?:[\w-]+\s+){0,3}?"
_POSS = r"(?:['’]s?)"

# "Star Plus' X", "Zee TV's show, X", "the Colors TV show X", "Star Plus series X".
_CHANNEL_FIRST = re.compile(
    rf"(?P<ch>{CHANNEL})(?:{_POSS}\s+(?:{_ADJ}{_SHOW_WORD}\s*[,:\-–—]?\s+)?"
    rf"|\s+{_ADJ}{_SHOW_WORD}\s*[,:\-–—]?\s+){_QUOTE}(?P<show>{TITLE})"
)
# "X, a Zee TV show" / "X, Colors' most-loved show".
_SHOW_FIRST = re.compile(
    rf"(?P<show>{TITLE})['’]?(?:,\s+(?:(?:a|an|the)\s+{_ADJ})?|\s+(?:a|an|the)\s+{_ADJ})"
    rf"(?P<ch>{CHANNEL}){_POSS}?\s+"
    rf"{_ADJ}{_SHOW_WORD}\b"
)
# "... airs on Star Plus", "premiere on Colors TV", "streamed anytime on JioHotstar".
_AIRS_ON = re.compile(
    r"\b(?:airs?|aired|airing|premieres?|premiered|premiering|broadcast(?:ed|s)?|"
    r"telecast(?:ed)?|runs|ran|running|streams?|streamed|streaming|available|launch(?:es|ed)?|"
    r"shown|beamed|moves?|moved|shifts?|shifted)\b[^.;]{0,40}?\bon\s+(?:the\s+)?"
    rf"(?:(?P<ch>{CHANNEL})|(?P<pl>{PLATFORM}))"
)
# "X will be aired on", "X, which airs on", "X that airs on": X is the show.
_AIR_SUBJECT = re.compile(
    rf"(?P<show>{TITLE})['’]?(?:,?\s+(?:which|that)\s+|\s+)"
    r"(?:(?:is|was|will be|has been|had been|is being|will now be)\s+)?"
    r"(?:(?:now|currently|also|still|set to|going to)\s+)?$")
_PLATFORM_ANY = re.compile(rf"(?P<show>{TITLE})\s+(?:is\s+)?(?:now\s+)?on\s+(?P<pl>{PLATFORM})")


# "one of its shows, X", "the sitcom X": a title right after a show word.
_SHOW_WORD_THEN_TITLE = re.compile(rf"\b{_SHOW_WORD}s?,?\s+{_QUOTE}(?P<show>{TITLE})")
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


def is_channel(name: str) -> bool:
    """Whether a phrase is a channel's name rather than a show's."""
    return bool(_CHANNEL_RE.fullmatch(name)) or name.lower() in mapping("channels")


def show_mentions(doc: Doc, sentence: Sentence) -> list[Mention]:
    """Shows named in a sentence: the doc's known shows plus channel-introduced titles."""
    cache: dict[int, list[Mention]] = doc.cache.setdefault("show_info.mentions", {})
    if sentence.start not in cache:
        cache[sentence.start] = _find_mentions(doc, sentence)
    return cache[sentence.start]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _whole_word_hits(text: str, name: str) -> list[int]:
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
    names = sorted(_known_shows(doc), key=len, reverse=True)
    for name in names:
        for start in _whole_word_hits(sentence.text, name):
            _add(found, Mention(sentence.start + start, sentence.start + start + len(name), name))
    channel = bool(_CHANNEL_RE.search(sentence.text))  # else no channel pattern can match
    for pattern in (_CHANNEL_FIRST, _SHOW_FIRST) if channel else ():
        for m in pattern.finditer(sentence.text):
            name = clean_title(m["show"])
            if plausible_show(name):
                s = sentence.start + m.start("show")
                _add(found, Mention(s, s + len(name), name))
    starts = word_starts(sentence.text, _SHOW_WORD_STARTS)
    for m in finditer_at(_SHOW_WORD_THEN_TITLE, sentence.text, starts):
        name = clean_title(m["show"])
        if plausible_show(name):
            s = sentence.start + m.start("show")
            _add(found, Mention(s, s + len(name), name))
    for m in _LIST_OF_SHOWS.finditer(sentence.text) if channel else ():
        for name in split_titles(m["list"]):
            s = sentence.start + m.start("list") + m["list"].find(name)
            _add(found, Mention(s, s + len(name), name))
    return sorted(found, key=lambda x: x.start)


def _add(found: list[Mention], new: Mention) -> None:
    """Keep mentions non-overlapping; the first (longest known) wins."""
    if not any(new.start < m.end and m.start < new.end for m in found):
        found.append(new)


def _known_shows(doc: Doc) -> tuple[str, ...]:
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

    for i in sentences_with(doc, _CHANNEL_WORDS, _PRODUCER_WORDS + _known_lower(doc)):
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
# (what _PRODUCER_HINT finds), or the name of someone the article calls a producer.
_CHANNEL_WORDS = key_words((*entries("channels"), *entries("platforms")))[0]
_PRODUCER_WORDS = ("produc", "banner", "makers", "films", "telefilms", "creations", "studio",
                   "showrunner", "creator", "helmed", "house of", "offering", "stable of",
                   "maker")


def _known_lower(doc: Doc) -> tuple[str, ...]:
    return tuple(sorted(name.lower() for name in _doc_producers(doc)))


def spelling_key(name: str) -> str:
    """A key equal for spellings of one name ("Yehh Jadu" / "Ye Jaadu"): its consonants."""
    return _DOUBLED.sub(r"\1", _NOT_CONSONANT.sub("", name.lower())) or name


_DOUBLED = re.compile(r"(.)\1+")
_NOT_CONSONANT = re.compile(r"[^a-z0-9]|[aeiouhy]")


def _channel_name(cell: str) -> str:
    """A table's channel cell as the lexicon spells it ("STAR Plus" stays, "ZEE TV" fixed)."""
    m = _CHANNEL_RE.search(cell)
    return m.group() if m else cell


def _sentence_facts(doc: Doc, sentence: Sentence) -> list[tuple[str | None, str, str, float]]:
    """Channel and platform facts of one sentence."""
    out: list[tuple[str | None, str, str, float]] = []
    text = sentence.text
    if not _CHANNEL_RE.search(text) and not _PLATFORM_RE.search(text):
        return out
    for pattern in (_CHANNEL_FIRST, _SHOW_FIRST):
        for m in pattern.finditer(text):
            show = clean_title(m["show"])
            if plausible_show(show):
                out.append((show, "channel", m["ch"], 0.85))
    for m in _AIRS_ON.finditer(text):
        fld, value = ("channel", m["ch"]) if m["ch"] else ("platform", m["pl"])
        subject = _AIR_SUBJECT.search(text, 0, m.start())
        show = clean_title(subject["show"]) if subject else ""
        out.append((show if plausible_show(show) else show_near(doc, sentence, m.start()),
                    fld, value, 0.75))
    for m in _PLATFORM_ANY.finditer(text):
        out.append((clean_title(m["show"]), "platform", m["pl"], 0.6))
    out.extend(_channel_lists(text))
    return out


# "Star Plus' shows - A, B, C and D have ..." names several shows of one channel at once.
_LIST_OF_SHOWS = re.compile(
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
_NAME_WORD = r"[A-Z][\w.-]*(?:['’‘]s|s['’](?=\s))?"
NAME = (rf"(?<![\w'’]){_NAME_WORD}(?:\s+(?:{_NAME_WORD}|Pvt\.?|Ltd\.?|Private Limited|"
        r"production house))*")
_NAMES = rf"{NAME}(?:\s*(?:,|and|&)\s*{NAME})*"
_COMPANY_END = re.compile(
    r"(?:Telefilms|Films|Productions?|Production [Hh]ouse|Entertainment|Studios?|Pictures|"
    r"Creations|Media|Ltd\.?|Limited|Kut)$"
)
# What may stand between "produced by" and the name ("produced by TV czarina X").
_MAKER_TITLE = (r"(?:(?:the|TV|ace|noted|veteran|renowned|popular|famous|celebrated|czarina|"
                r"producer|producers|filmmaker|production house|banner|his|her|their)\s+){0,3}")
# Each cue with what every match of it holds, lower-cased ("co-producer" holds
# "producer"): a sentence holding none of these needs no search.
_PRODUCER_CUES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
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
                rf"[Ss]howrunner|[Cc]reator)(?:\s+duo)?\s*,?\s+"
                rf"(?P<names>{NAME}(?:\s*(?:and|&)\s*{NAME})?)"),
     ("producer", "production house", "makers", "showrunner", "creator")),
    (re.compile(rf"(?P<names>{NAME})(?:-|\s+)produced\b"), ("produced",)),
    (re.compile(rf"(?P<names>{NAME})['’‘]s?\s+(?:production house|production banner|banner|"
                rf"production company)\b"), ("production house", "banner", "production company")),
]
# "the makers of X, Y Productions": a company after the show it makes.
_MAKERS_OF = re.compile(rf"\bmakers\s+of\s+{TITLE},\s+(?P<names>{NAME})")
_NOT_PRODUCER = re.compile(r"^(?:The|This|It|Star|Sony|Zee|Colors|TV|Mumbai|MUMBAI)\b")


# Cheap test run first: most sentences name no producer, and the cue patterns are costly.
_PRODUCER_HINT = re.compile(
    r"produc|banner|maker|films|telefilms|creations|studio|showrunner|creator|helmed|house|"
    r"offering|stable")  # lowered


def producer_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every producer a sentence names through an explicit cue."""
    out: list[tuple[int, str]] = []
    low = text.lower()
    if not _PRODUCER_HINT.search(low):
        return out
    for pattern, needs in _PRODUCER_PATTERNS:
        if not any(n in low for n in needs):
            continue
        for m in pattern.finditer(text):
            names = split_titles(m["names"] if pattern is not _COMPANY else m.group())
            if pattern is _MAKERS_OF and not _COMPANY_END.search(names[0]):
                continue
            out.extend((m.start(), n) for name in names for n in _split_owner(name))
    return [(o, n) for o, n in out if _plausible_producer(n)]


def _split_owner(name: str) -> list[str]:
    """ "Riya Malhotra’s Kesar Films" names a person and her company."""
    m = _OWNER.match(name)
    if m and len(m["owner"].split()) >= 2 and _COMPANY_END.search(m["company"]):
        return [m["owner"], m["company"]]
    name = re.sub(r"^The\s+", "", name)
    return [clean_title(name if name.endswith(("Ltd.", "Pvt.")) else name.rstrip("."))]


_OWNER = re.compile(r"(?P<owner>.+?)['’‘]s\s+(?P<company>.+)$")
# A production company named on its own ("Kesar Films issued a statement").
_COMPANY = re.compile(
    rf"{NAME}\s+(?:Telefilms|Films|Production [Hh]ouse|Productions?|Creations|Studios)\b")
_PRODUCER_PATTERNS = (*_PRODUCER_CUES, (_MAKERS_OF, ("makers",)),
                      (_COMPANY, ("films", "production", "creations", "studios")))


def _producers_of(doc: Doc, sentence: Sentence) -> list[tuple[int, str]]:
    """:func:`producer_names` of a sentence, computed once per document."""
    cache: dict[int, list[tuple[int, str]]] = doc.cache.setdefault("show_info.producer_names", {})
    if sentence.start not in cache:
        cache[sentence.start] = producer_names(sentence.text)
    return cache[sentence.start]


def _plausible_producer(name: str) -> bool:
    return (bool(name) and not _NOT_PRODUCER.match(name) and not is_channel(name)
            and len(name.split()) <= 6)


def _doc_producers(doc: Doc) -> frozenset[str]:
    """Everyone the article calls a producer somewhere (licenses "X's Show" elsewhere)."""
    if "show_info.producers" not in doc.cache:
        found = {n for i in sentences_with(doc, literals=_PRODUCER_WORDS)
                 for _, n in _producers_of(doc, doc.sentences[i])}
        doc.cache["show_info.producers"] = frozenset(found)
    result: frozenset[str] = doc.cache["show_info.producers"]
    return result


# "X, produced by", "X, which was produced by", "X is produced by": X is the show.
_SUBJECT_BEFORE = re.compile(
    rf"(?P<show>{TITLE})['’]?(?:,\s+(?:which|that)\s+(?:is|was|will be|has been)|,|\s+(?:is|was|"
    rf"will be|has been))\s*$"
)
# "X produced by A has ...": a title right before the cue.
_SUBJECT_BARE = re.compile(rf"(?P<show>{TITLE})['’]?\s+$")


def producer_facts(doc: Doc, sentence: Sentence) -> list[tuple[str | None, str, float]]:
    """(show, producer, confidence) facts of one sentence."""
    out: list[tuple[str | None, str, float]] = []
    subject: str | None = None  # "X is produced by A under the banner of B": X for both
    for offset, name in _producers_of(doc, sentence):
        m = _SUBJECT_BEFORE.search(sentence.text[:offset])
        if not m and sentence.text.startswith(("produced", "Produced"), offset):
            m = _SUBJECT_BARE.search(sentence.text[:offset])
        if m and plausible_show(clean_title(m["show"])) and not _COMPANY_END.search(
                clean_title(m["show"])) and clean_title(m["show"]) not in _doc_producers(doc):
            subject = clean_title(m["show"])
        out.append((subject or show_near(doc, sentence, sentence.start + offset), name, 0.8))
    known = _doc_producers(doc)
    for m in _POSSESSIVE_SHOW.finditer(sentence.text) if known else ():
        person = m["person"]
        show = clean_title(m["show"]) if m["show"] else None
        if person in known:
            if show and (show in known or _COMPANY_END.search(show)
                         or sentence.text.startswith(("'s", "’s"), m.end("show"))):
                continue  # "X's Y Films", "X's Lotus Frames": Y is the company
            offset = sentence.start + m.start()
            out.append((show or show_near(doc, sentence, offset), person, 0.6))
    return out


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
    if (fold(person) in shows or not _plausible_producer(person)
            or any(t.lower() in common for t in person.split())):
        return False
    cast = {fold(n) for n in (*people(doc), *characters(doc))}
    return fold(person) not in cast and not any(fold(t) in cast for t in person.split())


# "X's Show", "the X show Y", "another X show Y": needs X known as a producer.
_PERSON = r"(?<![\w'’])[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){1,3}"
_POSSESSIVE_SHOW = re.compile(
    rf"(?P<person>{_PERSON})(?:['’]s\s+|\s+(?:TV\s+)?show\s+)"
    rf"(?P<show>{TITLE})?"
)
_OWNER_BEFORE = re.compile(  # "Kavita Rao's Y", "another Kavita Rao show Y"
    r"(?P<person>[A-Z][\w-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][\w-]*)){1,3})"
    r"(?:['’]s(?:[ \t]+(?:new|latest|hit|popular|TV)?[ \t]*(?:show|serial|drama|soap))?"
    r"|[ \t]+(?:TV[ \t]+)?show)[ \t]+['‘\"“]?$")
_TITLE_GOES_ON = re.compile(r"[ \t]+[A-Z]")  # "X's Show Gets A Prequel": a headline


# --- the learned decision ------------------------------------------------------------------
#
# Candidates are broad: every channel or platform the lexicons find, and every
# producer-like name (a company name, a name a producer cue introduces, a name
# owning a show: "X's Show", "the X show"), each tied to the show named next to it
# (else the sentence's show). A model learned from the annotated articles
# (``extract/weights/show_info.json``) decides which of them state a fact, from
# name-free features: the words around the value and between it and its show,
# cue words, whether a hand-written pattern above reads the same fact, how the
# article uses the name elsewhere (an actor, a producer).


def extract(doc: Doc) -> list[Fact]:
    """Channel, platform and producer facts the model accepts, one per (show, field,
    value) and one channel a show (its most probable)."""
    if "show_info.facts" not in doc.cache:
        facts = _one_channel(decide(candidates(doc), "show_info"))
        full = _full_titles(doc)
        if full:
            facts = [replace(f, show=full[fold(f.show)]) if fold(f.show) in full else f
                     for f in facts]
        # words of the show's own title are no producer ("Ek Naya Safar" of "Dor – Ek Naya
        # Safar")
        facts = [f for f in facts if not (f.field == "producer" and _words(f.value or "")
                                           in _words(f.show))]
        doc.cache["show_info.facts"] = facts
    return list(doc.cache["show_info.facts"])


# "'Kesar Ki Dor – Ek Naya Safar'": a quoted title with its subtitle, the full form of
# the show the article may name by its head alone.
_FULL_TITLE = re.compile(
    r"(?:^|(?<=[\s(]))[‘'\"“](?P<full>(?P<head>[A-Z][^‘’'\"“”:–—\n-]{1,60}?)\s*[–:—-]\s*"
    r"[A-Z][\w!+-]*(?:\s+[A-Z][\w!+-]*){0,6})[’'\"”]")


def _words(name: str) -> str:
    """ " a b c ": a name's words, lower-cased, for a whole-word containment test."""
    return " " + " ".join(_WORD_RE.findall(name.lower())) + " "


_WORD_RE = re.compile(r"[^\W_]+")


def _full_titles(doc: Doc) -> dict[str, str]:
    """Folded head -> the quoted "Head – Subtitle" form, for heads the article also
    names alone as a show (the ShowIndex's or a vouched title)."""
    out: dict[str, str] = {}
    for m in _FULL_TITLE.finditer(doc.text):
        head = m["head"].strip()
        if len(head.split()) <= 6 and (head in _known_shows(doc) or head in _vouched(doc)):
            out.setdefault(fold(head), m["full"])
    return out


def _one_channel(facts: list[Fact]) -> list[Fact]:
    """One channel a show and one fact a spelling of (show, field, value): the most
    probable, in the order first proposed."""
    best: dict[tuple[str, ...], Fact] = {}
    for f in facts:
        value = f.value or ""
        key = (spelling_key(f.show), f.field or "",
               "" if f.field == "channel" else spelling_key(value))
        if key not in best or best[key].confidence < f.confidence:
            best[key] = f
    kept = set(map(id, best.values()))
    initials = {(fold(f.show), _initials(f.value or "")) for f in best.values()
                if f.field == "producer" and len((f.value or "").split()) >= 2}
    return [f for f in facts if id(f) in kept and not (
        f.field == "producer" and (fold(f.show), f.value) in initials)]


def _initials(name: str) -> str:
    """ "Dor Tales Productions" -> "DTP": the short form an article may also use."""
    return "".join(w[0] for w in name.split() if w[0].isalpha()).upper()


class _Value(NamedTuple):
    """A channel, platform or producer named at ``start..end`` of the article."""

    start: int
    end: int
    field: str
    value: str
    source: str  # how it was found: lexicon, cue, company, person


_COMPANY_RUN = re.compile(
    rf"(?<![\w'’])(?:\d+\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|&|and))*?\s+(?:Telefilms|Films|"
    r"Productions?|Entertainment|Studios?|Pictures|Creations|Media|Motion Pictures)\b"
    r"(?:\s+(?:Pvt\.?|Ltd\.?|Private Limited|Limited))*"
)
# What every match of _COMPANY_RUN holds, lower-cased ("telefilms" holds "films").
_COMPANY_RUN_WORDS = ("films", "production", "entertainment", "studio", "pictures",
                      "creations", "media")
_LEADING_NUMBER = re.compile(r"(?<!\S)\d{1,3}\s+$")
# Words a company run may begin with that are not its name ("Production House X Films").
_LEADING_CUE = re.compile(r"^(?:(?:The|A|An|Production|House|Producers?|Banner|Makers|Produced|"
                          r"By|Backed|Created|Presented)\s+)+")
# Words near a name that speak of making a show (lower-cased shape tokens).
_MAKER_CUES = frozenset({
    "produced", "producer", "producers", "co-producer", "produces", "producing", "production",
    "productions", "banner", "makers", "maker", "helmed", "backed", "bankrolled", "created",
    "creator", "creators", "offering", "house", "czarina", "storyteller", "co-produced",
    "showrunner",
})
_SHOW_CUES = frozenset({"show", "shows", "serial", "serials", "series", "soap", "soaps",
                        "drama", "franchise", "saga", "sitcom", "thriller", "programme"})
_AIR_CUES = frozenset({"airs", "aired", "airing", "air", "premiered", "premieres", "premiere",
                       "launched", "launches", "launch", "telecast", "broadcast", "streams",
                       "streaming", "streamed", "channel", "on", "watch", "primetime", "slot",
                       "network", "ott", "platform", "app", "replace", "replaced", "replacing"})


def candidates(doc: Doc) -> list[Candidate]:
    """Every channel, platform and producer-like name with the show it is tied to, as a
    show_info fact with features; plus what only the hand-written patterns read."""
    ctx = _Context(doc)
    out: list[Candidate] = []
    covered: set[tuple[int, str, str, str]] = set()
    for i, s in enumerate(doc.sentences):
        for v in _values(doc, i, s, ctx):
            rule = ctx.rule_for(s, v)
            if rule and ctx.not_a_show(rule.show):
                rule = None
            show, how = _show_of(doc, s, v, ctx)
            if rule and how != "anaphor":
                show, how = rule.show, "rule"
            if not show or fold(show) == fold(v.value) or (
                    how in _WEAK_SHOW and v.field != "producer" and len(doc.shows.names) > 2):
                continue
            fact = Fact(type="show_info", show=show, field=v.field, value=v.value,
                        evidence=doc.evidence(s), confidence=0.5)
            out.append(Candidate(fact, ctx.features(i, s, v, show, how, rule)))
            covered.add((s.start, v.field, spelling_key(v.value), spelling_key(show)))
    for r in rule_items(doc):
        key = (r.sentence.start, r.field, spelling_key(r.value), spelling_key(r.show))
        if key not in covered:
            covered.add(key)
            fact = Fact(type="show_info", show=r.show, field=r.field, value=r.value,
                        evidence=doc.evidence(r.sentence), confidence=0.5)
            out.append(Candidate(fact, ("rule", "rule_only", f"rule={r.tag}",
                                        f"field={r.field}")))
    return out


# "The show is produced by X ...": the article's show, not one named later in the sentence.
_ANAPHOR = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:show|serial|series|drama|soap)\b")
# A show the sentence does not name: when the article names several shows, a channel
# there is as likely another show's (a ratings round-up), and the labels, which judge
# the value only, cannot teach the model which; such candidates are left out.
_WEAK_SHOW = frozenset({"topic", "paragraph", "section"})


def _values(doc: Doc, i: int, s: Sentence, ctx: _Context) -> list[_Value]:
    """The channels, platforms and producer-like names of one sentence (non-overlapping)."""
    found: list[_Value] = []

    def add(start: int, end: int, fld: str, value: str, source: str) -> None:
        a, b = s.start + start, s.start + end
        if value and not any(a < x.end and x.start < b for x in found):
            found.append(_Value(a, b, fld, value, source))

    text = s.text
    if i in ctx.channel_sentences:
        for m in _CHANNEL_RE.finditer(text):
            add(m.start(), m.end(), "channel", m.group(), "lexicon")
        for m in _PLATFORM_RE.finditer(text):
            add(m.start(), m.end(), "platform", m.group(), "lexicon")
    for offset, raw in _producers_of(doc, s) if i in ctx.producer_sentences else ():
        name = _LEADING_CUE.sub("", raw)
        at = text.find(name, offset)
        lead = _LEADING_NUMBER.search(text, 0, at) if at > 0 else None
        if lead and _COMPANY_END.search(name):  # "7 Arts Films"
            name, at = text[lead.start():at + len(name)], lead.start()
        if at >= 0 and name:
            add(at, at + len(name), "producer", name, "cue")
    for m in _COMPANY_RUN.finditer(text) if i in ctx.company_sentences else ():
        for name in _split_owner(_LEADING_CUE.sub("", m.group())):
            at = text.find(name, m.start())
            if at >= 0 and _plausible_producer(name):
                add(at, at + len(name), "producer", name, "company")
    names = by_sentence(doc).get(i, [])
    if names and ctx.makers_near(s):
        shows = [(x.start, x.end) for x in show_mentions(doc, s) if not ctx.not_a_show(x.name)]
    else:  # no name to read as a maker here: the sentence's shows are not needed
        names, shows = [], []
    for nm in names:
        if any(a < nm.end and nm.start < b for a, b in shows):
            continue
        name = resolve_person(doc, nm.text) or nm.text
        if (_plausible_producer(name) and ctx.maker_context(nm.start, nm.end, s)
                and not ctx.in_title(nm.text, doc.text[max(s.start, nm.start - 30):nm.start])):
            add(nm.start - s.start, nm.end - s.start, "producer", name, "person")
    return sorted(found)


def _show_of(doc: Doc, s: Sentence, v: _Value, ctx: _Context) -> tuple[str | None, str]:
    """The show a value speaks of, and how it was chosen: the show named right after it
    ("Star Plus' X", "Kavita Rao's X"), else the nearest before, the section's show,
    the nearest after, the sentence's show (never a name the article gives a person)."""
    known = set(_known_shows(doc))
    mentions = [m for m in show_mentions(doc, s)
                if m.name in known and plausible_show(m.name) and not ctx.not_a_show(m.name)]
    mentions = _with_vouched(doc, s, mentions, ctx)
    for m in mentions:
        gap = shape_tokens(doc.text[v.end:m.start]) if m.start >= v.end else None
        if gap is not None and len(gap) <= 6 and sum(t[0].isalnum() for t in gap) <= 3:
            return m.name, "right_after"
    before = [m for m in mentions if m.end <= v.start]
    if before:
        return before[-1].name, "before"
    topic = doc.shows.topic or ctx.vouched_topic
    if _ANAPHOR.search(doc.text[s.start:v.start]) and topic and not ctx.not_a_show(topic):
        return topic, "anaphor"
    section = [n for n in section_shows(doc, s) if not ctx.not_a_show(n)]
    if len(section) == 1:
        return section[0], "section"
    after = [m for m in mentions if m.start >= v.end]
    if after:
        return after[0].name, "after"
    show = doc.show_for(s)
    if show is None and ctx.vouched_topic and not ctx.not_a_show(ctx.vouched_topic):
        return ctx.vouched_topic, "vouched_topic"
    if show and ctx.not_a_show(show):
        return None, "none"
    return show, "topic" if show and show == doc.shows.topic else "paragraph"


def _vouched(doc: Doc) -> tuple[str, ...]:
    """Titles the ShowIndex missed that a pattern here reads as a show ("Star Plus'
    X", "X, produced by", "X airs on"), most often named first."""
    if "show_info.vouched" not in doc.cache:
        known = {fold(n) for n in (*_known_shows(doc), *_doc_producers(doc))}
        titles = {r.show for r in rule_items(doc) if r.tag not in ("owner", "table")}
        fresh = [t for t in titles if plausible_show(t) and fold(t) not in known
                 and t.lower() not in _outlets() and not t.isupper()]
        counts = {t: len(_whole_word_hits(doc.text, t)) for t in fresh}
        doc.cache["show_info.vouched"] = tuple(sorted(fresh, key=lambda t: (-counts[t], t)))
    return doc.cache["show_info.vouched"]  # type: ignore[no-any-return]


def _with_vouched(doc: Doc, s: Sentence, mentions: list[Mention], ctx: _Context) -> list[Mention]:
    """The sentence's show mentions plus where it names a vouched title."""
    extra = list(mentions)
    for name in sorted(_vouched(doc), key=len, reverse=True):
        if ctx.not_a_show(name):
            continue
        for at in _whole_word_hits(s.text, name):
            _add(extra, Mention(s.start + at, s.start + at + len(name), name))
    return sorted(extra, key=lambda x: x.start) if len(extra) > len(mentions) else mentions


class _Context:
    """What the features read from the whole article, computed once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.rules: dict[tuple[int, str, str], list[RuleItem]] = {}
        self.rule_values: set[tuple[str, str]] = set()
        for r in rule_items(doc):
            self.rules.setdefault((r.sentence.start, r.field, spelling_key(r.value)), []).append(r)
            self.rule_values.add((r.field, spelling_key(r.value)))
        self.people = {fold(p) for p in people(doc)}
        self._actor_cache: dict[str, bool] = {}
        self.chars = {fold(c) for c in characters(doc)}
        self.producers = {fold(p) for p in _doc_producers(doc)}
        self.types = name_types(doc)
        self.freq = frequency(doc)
        counts: dict[str, int] = {}
        for m in _CHANNEL_RE.finditer(doc.text):
            key = spelling_key(_canonical_channel(m.group()))
            counts[key] = counts.get(key, 0) + 1
        self.channel_counts = counts
        self.top_channel = max(counts, key=counts.__getitem__) if counts else ""
        vouched = _vouched(doc) if doc.shows.topic is None else ()
        self.vouched_topic = vouched[0] if vouched else None
        self.topic = fold(doc.shows.topic or self.vouched_topic or "")
        # The sentences where a channel or platform, a company run, or a producer cue
        # may stand (supersets, see gate.sentences_with): the others need no search.
        self.channel_sentences = frozenset(sentences_with(doc, _CHANNEL_WORDS))
        self.company_sentences = frozenset(sentences_with(doc, literals=_COMPANY_RUN_WORDS))
        self.producer_sentences = frozenset(sentences_with(doc, literals=_PRODUCER_WORDS))

    def not_a_show(self, name: str) -> bool:
        """A name the article uses for a person or a producer, or a news outlet's (a
        character may share its show's name)."""
        key = fold(name)
        return key in self.people or key in self.producers or name.lower() in _outlets()

    def in_title(self, name: str, before: str) -> bool:
        """Words of a show title rather than a name: part of a show the article names,
        or after another name's "'s" ("India's Best Singer")."""
        key = f" {fold(name)} "
        return (any(key in f" {fold(show)} " for show in _known_shows(self.doc))
                or bool(_TITLE_POSSESSIVE.search(before)))

    def called_actor(self, name: str) -> bool:
        """Whether the article calls the name an actor anywhere ("actress X", "X
        starrer", "X, who plays", "X as Y"): the cue patterns are tried at each place
        the name stands (found with ``str.find``; no pattern compiled per name)."""
        if name not in self._actor_cache:
            self._actor_cache[name] = any(
                _CALLED_BEFORE.search(self.doc.text, max(0, at - 80), at)
                or _CALLED_AFTER.match(self.doc.text, at + len(name))
                for at in _whole_word_hits(self.doc.text, name))
        return self._actor_cache[name]

    def rule_for(self, s: Sentence, v: _Value) -> RuleItem | None:
        """What a pattern reads of this value in this sentence: of several (a table's
        rows, a list), the one whose show is written nearest the value."""
        items = self.rules.get((s.start, v.field, spelling_key(v.value)), [])
        if len(items) <= 1:
            return items[0] if items else None

        def distance(r: RuleItem) -> int:
            hits = [s.start + at for at in _whole_word_hits(s.text, r.show)]
            return min((abs(h - v.start) for h in hits), default=len(self.doc.text))
        return min(items, key=distance)

    def makers_near(self, s: Sentence) -> bool:
        """Whether a sentence may name a maker: a cue word, a known producer, a show."""
        low = s.text.lower()
        if (_PRODUCER_HINT.search(low) or "'s" in low or "’s" in low or "show" in low
                or any(w in low for w in _MAKER_CUES)):
            return True
        folded = fold(s.text) if self.producers else ""
        return any(p and p in folded for p in self.producers)

    def maker_context(self, start: int, end: int, s: Sentence) -> bool:
        """A person's name with a maker cue near it, an owner's "'s" or "show" after it,
        or one the article calls a producer."""
        if fold(self.doc.text[start:end]) in self.producers:
            return True
        raw = self.doc.text[max(s.start, start - 50):min(s.end, end + 50)]
        before = set(shape_tokens(self.doc.text[max(s.start, start - 50):start]))
        after = shape_tokens(self.doc.text[end:min(s.end, end + 50)])
        return bool(before & _MAKER_CUES or _COMPANY_WORD.search(raw) or set(after) & _MAKER_CUES
                    or after[:1] in (["'s"], ["’s"], ["'"], ["’"])
                    or "show" in after[:3])

    def features(self, i: int, s: Sentence, v: _Value, show: str, how: str,
                 rule: RuleItem | None) -> tuple[str, ...]:
        """Context and form of "``show`` has ``v``" in sentence ``s``; no names."""
        doc = self.doc
        fld = v.field
        before = shape_tokens(doc.text[max(s.start, v.start - 50):v.start])
        after = shape_tokens(doc.text[v.end:min(s.end, v.end + 50)])
        b2, a2 = before[-2:], after[:2]
        f = [f"field={fld}", f"src={fld}:{v.source}", f"how={fld}:{how}",
             f"pre={fld}:{' '.join(b2)}", f"post={fld}:{' '.join(a2)}",
             f"pre1={fld}:{b2[-1] if b2 else '^'}", f"post1={fld}:{a2[0] if a2 else '$'}"]
        f += [f"cue_before={fld}:{w}" for w in set(before[-6:]) & (_MAKER_CUES | _SHOW_CUES
                                                                    | _AIR_CUES)]
        f += [f"cue_after={fld}:{w}" for w in set(after[:6]) & (_MAKER_CUES | _SHOW_CUES
                                                                 | _AIR_CUES)]
        low = s.text.lower()
        f += [f"sent_cue={fld}:{w}" for w in ("produc", "banner", "maker", "airs", "channel",
                                              "show", "trp", "barc", "rating", "@", "thank")
              if w in low]
        shows_here = _with_vouched(doc, s, show_mentions(doc, s), self)
        f.append(f"nshows={fld}:{min(len(shows_here), 3)}")
        values_here = len(_CHANNEL_RE.findall(s.text)) + len(_PLATFORM_RE.findall(s.text))
        f.append(f"nchannels={fld}:{min(values_here, 3)}")
        f.append(f"topic={fld}:{fold(show) == self.topic}")
        f.append(f"headline={fld}:{i == 0 or doc.in_headline(s)}")
        if doc.other_story(s):
            f.append("other_story")
        near = [m for m in shows_here if m.name == show]
        if near:
            m = min(near, key=lambda m: abs(m.start - v.start))
            first_end, second_start = (v.end, m.start) if v.start < m.start else (m.end, v.start)
            gap = shape_tokens(doc.text[first_end:second_start])
            order = "vs" if v.start < m.start else "sv"
            f += [f"order={fld}:{order}", f"gaplen={fld}:{min(len(gap), 10)}"]
            if len(gap) <= 5:
                f.append(f"gap={fld}:{order}:{' '.join(gap)}")
            if len(gap) <= 12:
                f += [f"gw={fld}:{w}" for w in set(gap)]
        else:
            f.append(f"show_not_in_sentence={fld}")
        if rule:
            f += ["rule", f"rule={rule.tag}"]
        elif (fld, spelling_key(v.value)) in self.rule_values:
            f.append(f"rule_elsewhere={fld}")
        if fld in ("channel", "platform"):
            f += self._channel_features(v)
        else:
            f += self._producer_features(v)
            raw_b = doc.text[max(s.start, v.start - 40):v.start]
            raw_a = doc.text[v.end:min(s.end, v.end + 40)]
            if _COMPANY_WORD.search(raw_b) or _COMPANY_WORD.search(raw_a):
                f.append("company_near")
            if _JOINED_AFTER.match(raw_a) or _JOINED_BEFORE.search(raw_b):
                f.append("coordinated")
        return tuple(f)

    def _channel_features(self, v: _Value) -> list[str]:
        key = spelling_key(_canonical_channel(v.value))
        n = self.channel_counts.get(key, 0)
        return [f"ch_count={min(n, 4)}", f"ch_top={key == self.top_channel}",
                f"ch_distinct={min(len(self.channel_counts), 4)}"]

    def _producer_features(self, v: _Value) -> list[str]:
        key = fold(v.value)
        f = [f"ntok={min(len(v.value.split()), 4)}",
             f"company={bool(_COMPANY_END.search(v.value))}",
             f"freq={min(self.freq.get(fold(v.value.split()[0]), 0), 4)}"]
        if key in self.producers:
            f.append("known_producer")
        if key in self.people or any(fold(t) in self.people for t in v.value.split()):
            f.append("is_actor")
        if key in self.chars:
            f.append("is_character")
        if self.called_actor(v.value):
            f.append("called_actor")
        p, c = self.types.get(key, self.types.get(fold(self.doc.text[v.start:v.end]), (-1, -1)))
        if p >= 0:
            f.append(f"typed={'P' if p >= 0.5 else 'p'}{'C' if c >= 0.5 else 'c'}")
        return f


_TITLE_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")
_ACTOR_BEFORE = (r"\b(?i:actor|actress|actors|actresses|starring|featuring|stars|star|lead|"
                 r"leads|co-star|co-stars)\s+")
_ACTOR_AFTER = (r"(?:starrer|who\s+(?:plays|played|essays|portrays)|plays|played|essays|aka|"
                r"as\s+[A-Z]|\(as\b)")
_CALLED_BEFORE = re.compile(rf"{_ACTOR_BEFORE}(?:[A-Z][\w.]*\s+){{0,2}}$")
_CALLED_AFTER = re.compile(rf"['’]?s?\s*,?\s*{_ACTOR_AFTER}")
_JOINED_AFTER = re.compile(r"\s*(?:,|and|&)\s*[A-Z0-9]")
_JOINED_BEFORE = re.compile(r"[\w.]\s*(?:,|and|&)\s*$")
_COMPANY_WORD = re.compile(r"\b(?:Telefilms|Films|Productions?|Entertainment|Studios?|Creations)\b")


def _canonical_channel(name: str) -> str:
    return _channel_map().get(name.lower(), name)


@cache
def _outlets() -> frozenset[str]:
    return lexicon_words("outlets")


@cache
def _channel_map() -> dict[str, str]:
    return mapping("channels")
