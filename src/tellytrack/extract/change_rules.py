"""The hand-written reading of cast changes: a feature source and prior of the learned
decision in :mod:`tellytrack.extract.cast_change`, and the status reading it keeps.

A change phrase from the ``change_verbs`` lexicon ("quits", "bid adieu", "roped in",
"stepped into her shoes", "returns as") is tied to the people named just before it (a
coordinated group: "A and B have quit"), or just after it for the ":after" phrases
("roped in X"), or to the person the article is talking about when the subject is a
pronoun. "X to replace Y" / "Y replaced by X" give Y's exit and X's entry. Each mention
is read for modality (:func:`status`); per (actor, change) the article's overall status
is decided (:func:`overall`): a denial wins unless an explicit confirmation follows it;
else an explicit confirmation; else any rumour cue makes it reported; else it is
confirmed (stated as fact).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final, NamedTuple

from tellytrack.extract import modality
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import key_words, phrase_firsts, phrase_matches, sentences_with
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.names import (
    PersonMention,
    characters,
    gender_of_pronoun,
    in_show_title,
    person_genders,
    person_mentions,
)
from tellytrack.extract.scan import EndAnchored, alternation, lower_phrases, lowered
from tellytrack.extract.shows import fold
from tellytrack.model import Sentence

PRONOUN: Final = re.compile(r"\b(?:she|he|the\s+actor|the\s+actress|her|his)\b", re.I)
# What follows a change phrase in its own clause: up to punctuation or a new verb phrase
# ("speaks about his exit & reveals if ...": the "if" is not the exit's).
_TAIL: Final = re.compile(r"(?:(?![,.;:!?&]|\s+and\s+)[^\n])*\??")
# A closing attribution to an unnamed source, which scopes over the whole sentence:
# "A will be replaced by B, a source told us", "..., said an insider", "..., according to
# reports".
_SOURCED: Final = re.compile(
    r",\s*(?:(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:sources?|insiders?)\s+(?:close\s+to\s+"
    r"[\w\s]{1,30}?\s+)?(?:told|tell|tells|said|say|says|informed|revealed|claimed)"
    r"|(?:said|says|informed|revealed|told)\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?"
    r"(?:source|insider)|according\s+to\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?"
    r"(?:sources?|reports?|insiders?))\b[^,;]*$", re.I)
# "his (sudden) exit"
_OWN_NOUN: Final = EndAnchored(re.compile(r"\b(?:her|his)\s+(?:[a-z]+\s+)?$"))
_SUBJECT_PRONOUN: Final = re.compile(r"\b(?:she|he|the\s+actor|the\s+actress)\b", re.I)
_REPLACE: Final = EndAnchored(re.compile(r"\b(?:to\s+)?(?:replace|replaces|replacing|"
                                        r"will\s+replace|step(?:s|ped|ping)?\s+in\s+for)\s*$",
                                        re.I))
_REPLACED: Final = EndAnchored(re.compile(r"replaced\s*$", re.I))
# Nothing after a phrase in its clause ("A replaced" in a headline: passive)
CLAUSE_END: Final = re.compile(r"[ \t]*(?:$|[\n.!?:;,(]|[-–|][ \t])")
_REPLACED_BY: Final = re.compile(r"\breplaced\s+by\s*$", re.I)
_GAP_OK: Final = re.compile(r"^[ \t,]*(?:(?:and|&)[ \t]+)?$")  # a group never runs past a line
# "returning to the Sethi house": the characters go home in the story, nobody rejoins a cast
PLACE_AFTER: Final = re.compile(
    r"\s+(?:home\b|to\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[A-Z][\w’'-]*\s+){0,2}"
    r"(?:house|home|mansion|haveli|family|city|village|country)\b)")
# a comeback to the medium, not to a show: "her return to television", "comeback on the
# small screen", "acting comeback" (career news: no return to a cast)
_CAREER_AFTER: Final = re.compile(
    r"\s+(?:to|on)\s+(?:the\s+)?(?:television|tv|small\s+screens?|screens?|showbiz|acting|"
    r"daily\s+soaps?|fiction)\b(?!\s+as\b)", re.I)  # "return on television as Y": a role
_CAREER_BEFORE = re.compile(r"\b(?:acting|television|tv|small[\s-]screen|showbiz|career)\s+$",
                            re.I)


def career(text: str, start: int, end: int) -> bool:
    """Whether the change phrase at ``start:end`` of ``text`` is a comeback to the
    medium ("return to television", "acting comeback") rather than to a show."""
    return bool(_CAREER_AFTER.match(text, end)
                or _CAREER_BEFORE.search(text, max(0, start - 20), start))


# "A and B part ways": a couple's parting, not a leaving; "parts ways with X" leaves X
PARTING: Final = re.compile(r"(?i:part(?:s|ed|ing)?\s+ways)$")
PARTING_FROM: Final = re.compile(r"\s+(?:with|from)\b")
# "quit television", "left acting", "return to films": a change of career, not of a show
NOT_A_SHOW: Final = re.compile(r"\s+(?:(?:the\s+)?(?:television|TV|small\s+screen|industry|showbiz|"
                        r"entertainment\s+industry|acting|films|movies|Bollywood|social\s+media|"
                        r"Instagram|Twitter|the\s+country|India|Mumbai)\b)")
BACKGROUND: Final = EndAnchored(re.compile(
    r"\b(?:since|when)\s+(?:she|he|they|[A-Z]\w+)\s+(?:first\s+)?$"))
_POSSESSED_SUBJECT: Final = re.compile(
    r"(?:'s|’s)\s+(?:[a-z]+\s+){1,3}(?:has|have|had|is|are|was|were|will)\b")
# "no story left", "the only one left": "left" after a word that cannot be its subject
LEFT_OVER: Final = EndAnchored(re.compile(
    r"\b(?!(?:has|have|had|she|he|they|who|and|also|just|then|later|actor|actress|star|lead|"
    r"eventually|finally|recently|already|abruptly|suddenly|reportedly|since|that)\b)"
    r"(?![a-z]+ly\b)[a-z]+\s+$"))
_RELATIVE: Final = re.compile(r",\s+(?:who|which)\b[^,]{0,150},")
_AUX_ONLY: Final = re.compile(r"\s*(?:(?:has|have|had|is|was|will|would|may|might|been|be|also|now|"
                       r"reportedly|finally)\s+)*")
BY: Final = re.compile(r"\s+by\b")
PREPOSITION_BEFORE: Final = re.compile(r"\b(?:with|by|to|for|of|from|about|than|against|like)\s+$",
                                 re.I)
_LONGEST_PREPOSITION: Final = len("against")


def preposition_before(text: str, start: int, end: int) -> bool:
    """``PREPOSITION_BEFORE.search(text, start, end)``, searched over the span's last word
    alone: a match is a preposition ending where the white space that ends the span
    begins, so it starts at most seven letters before there (the plain search tried the
    boundary and ten alternatives at every position from the sentence's start)."""
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    return bool(PREPOSITION_BEFORE.search(text, max(start, j - _LONGEST_PREPOSITION), end))
# a capitalised word right before a phrase
_NAME_LAST = EndAnchored(re.compile(r"(?<=\s)[A-Z][a-z]+\s+$"))
# "a new cast will be introduced post A's farewell", "roped in opposite A": A is not
# who enters
_NOT_OBJECT: Final = re.compile(r"\b(?:post|after|before|following|since|alongside|opposite|with|"
                         r"against|besides)\s*$")
CLAUSE_BREAK: Final = re.compile(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b")


def clause_break(text: str, lo: int, hi: int) -> bool:
    """``CLAUSE_BREAK.search(text, lo, hi)``, searched only when one of its strings
    stands in the span (the search tries every position)."""
    span = text[lo:hi]
    return any(w in span for w in (";", ":", "while", "but", "whereas")) and bool(
        CLAUSE_BREAK.search(text, lo, hi))


def pronoun_in(text: str, lo: int, hi: int) -> bool:
    """``PRONOUN.search(text, lo, hi)``, searched only when "he" or "hi" stands in the
    lower-cased span (every pronoun holds one; exact for an ASCII span)."""
    span = text[lo:hi]
    low = span.lower()
    return (not span.isascii() or "he" in low or "hi" in low) and bool(
        PRONOUN.search(text, lo, hi))


class Change(NamedTuple):
    """One change claimed in one sentence, with that sentence's reading of it."""

    actor: str
    change: str
    status: str  # confirmed | reported | denied
    strong: bool  # an explicit confirmation or denial cue
    sentence: Sentence
    show: str | None


@cache
def _verb_re() -> re.Pattern[str]:
    alts = alternation(mapping("change_verbs"), {"poss": "(?:her|his|their)"})
    return re.compile(rf"\b{alts}\b", re.I)


@cache
def _verb_phrases() -> tuple[str, ...]:
    """The change phrases with "poss" written out (her, his, their)."""
    phrases = [p.replace("poss", "her") for p in mapping("change_verbs")]
    phrases += [p.replace("poss", w) for p in mapping("change_verbs") if "poss" in p
                for w in ("his", "their")]
    return tuple(phrases)


@cache
def _verb_low() -> re.Pattern[str]:
    """The same phrases for the lower-cased sentence (case-sensitive: faster)."""
    return lower_phrases(_verb_phrases())


@cache
def _verb_firsts() -> frozenset[str] | None:
    """Where a match of :func:`_verb_low` can begin: the phrases' first words."""
    return phrase_firsts(_verb_phrases())


@cache
def _gate_keys() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words one of which a sentence must hold to give anything here: a change phrase
    (not one read as no change), "new" (the new cast), a listing reading's or a denial
    cue's."""
    words, literals = key_words(p for p in _verb_phrases() if _kind(p)[0] != "none")
    denial_words, denial_literals = modality.denial_keys()
    # the listing readings' words, and _NEW_SHOW's for a listing of a show still to come
    listed = {w.lower() for _, gate, _ in _LISTED for w in gate} | {"upcoming", "new"}
    return words | denial_words | listed | {"out"}, literals + denial_literals


def _kind(phrase: str) -> tuple[str, bool]:
    key = " ".join(phrase.lower().split())
    key = re.sub(r"\b(?:her|his|their)\b", "poss", key)
    value = mapping("change_verbs").get(key, "exit")
    change, _, side = value.partition(":")
    return change, side == "after"


def _group(doc: Doc, ms: list[PersonMention], first: PersonMention, backwards: bool) -> list[str]:
    """A coordinated group of people ("A, B and C") that ends (or starts) at ``first``."""
    group = [first]
    i = ms.index(first)
    step = -1 if backwards else 1
    j = i + step
    while 0 <= j < len(ms):
        a, b = (ms[j], group[-1]) if backwards else (group[-1], ms[j])
        if not _GAP_OK.match(doc.text[a.end:b.start]):
            break
        group.append(ms[j])
        j += step
    return list(dict.fromkeys(m.name for m in group))


def _before(doc: Doc, ms: list[PersonMention], s: Sentence, pos: int) -> list[str]:
    """The people the clause names before a change phrase at ``pos``."""
    cands = [m for m in ms if s.start <= m.start and m.end <= pos]
    for clause in _RELATIVE.finditer(doc.text, s.start, pos):  # "A, who was in B's show, quit"
        if _AUX_ONLY.fullmatch(doc.text, clause.end(), pos):
            cands = [m for m in cands if m.end <= clause.start()]
    if not cands or CLAUSE_BREAK.search(doc.text[cands[-1].end:pos]):
        return []
    if _POSSESSED_SUBJECT.search(doc.text, cands[-1].end, pos + 12):
        return []  # "A's ratings have dropped", "With A, Y's character was replaced"
    if _stranger_closer(doc, cands[-1].end, pos):
        return []  # "A was asked about Chandra replacing her": someone else is closer
    return _group(doc, ms, cands[-1], backwards=True)


def _stranger_closer(doc: Doc, start: int, pos: int) -> bool:
    """Whether the word right before a change phrase is a capitalised name that is no
    show, no character ("A aka Meera has left") and no known person."""
    closer = _NAME_LAST.search(doc.text, start, pos)
    if not closer or in_show_title(doc, closer.start()):
        return False
    word = fold(closer.group().strip())
    return word not in {fold(t) for c in characters(doc) for t in c.split()}


def _after(doc: Doc, ms: list[PersonMention], s: Sentence, pos: int) -> list[str]:
    """The people named right after a phrase ending at ``pos`` ("roped in X")."""
    for m in ms:
        if pos <= m.start < s.end:
            gap = doc.text[pos:m.start]
            if re.fullmatch(r"[\s,\-–—:]*(?:[a-z]+\s+){0,4}[\s\-–—:]*", gap) \
                    and not _NOT_OBJECT.search(gap):
                return _group(doc, ms, m, backwards=False)
            return []
    return []


WITH_GAP: Final = re.compile(r"[^.;:!?]{0,60}?\bwith\s+$")  # "replaced A with (B)"


def _with_after(doc: Doc, ms: list[PersonMention], s: Sentence, pos: int) -> list[str]:
    """The people named after "with" in the clause after ``pos`` ("replaced A with B")."""
    for m in ms:
        if pos <= m.start < s.end and WITH_GAP.fullmatch(doc.text, pos, m.start):
            return _group(doc, ms, m, backwards=False)
    return []


def _subject(doc: Doc, ms: list[PersonMention], s: Sentence, vs: int) -> list[str]:
    """Who does a change phrase at ``vs``: the people just before it, unless a pronoun
    stands closer ("... alongside B, the actress may be cast"), or they sit inside
    parentheses (a character's action: "Y (X) is back")."""
    inside = [m for m in ms if s.start <= m.start and m.end <= vs]
    if own := _OWN_NOUN.search(doc.text, s.start, vs):  # "A blamed B for his exit"
        opening = _opening(doc, s, inside)
        if opening:
            return [opening[0].name]
        main = _main_subject(doc, ms, s, vs, own.group().split()[0])
        return [main] if main else _focus(doc, ms, s)
    group = _before(doc, ms, s, vs)
    tail = doc.text[inside[-1].end if inside else s.start:vs]
    if group and doc.text[inside[-1].end:inside[-1].end + 2].startswith(")"):
        return []
    if group and not _SUBJECT_PRONOUN.search(tail):
        return group  # "A has made up his mind to quit": "his" is A's own
    if not PRONOUN.search(tail):
        return []
    opening = _opening(doc, s, inside)
    # with nobody named earlier, the one person the clause names is who the pronoun means
    return [opening[0].name] if opening else (_focus(doc, ms, s) or group)


# the subject opening the main clause after a fronted one: ", A said", ", A revealed"
_MAIN_CLAUSE: Final = re.compile(r",\s*$")


def _main_subject(doc: Doc, ms: list[PersonMention], s: Sentence, vs: int,
                  pronoun: str) -> str | None:
    """"When asked about her exit, A said ...": the pronoun of a fronted clause means the
    main clause's subject, named after it (when the pronoun's gender allows)."""
    want = gender_of_pronoun(pronoun)
    known = person_genders(doc)
    for m in ms:
        if vs < m.start < s.end and _MAIN_CLAUSE.search(doc.text, s.start, m.start):
            return m.name if not want or known.get(fold(m.name), want) == want else None
    return None


def _opening(doc: Doc, s: Sentence, inside: list[PersonMention]) -> list[PersonMention]:
    """People the sentence opens with (within six words) as its subject, not as the object
    of a preposition ("On comparisons with A after she ...": "she" is not A)."""
    return [m for m in inside if len(doc.text[s.start:m.start].split()) <= 6
            and not preposition_before(doc.text, s.start, m.start)]


def _focus(doc: Doc, ms: list[PersonMention], s: Sentence) -> list[str]:
    """The person a pronoun-led sentence talks about: the last one named before it whose
    known gender does not contradict the pronoun ("He" is not the actress)."""
    pronoun = _SUBJECT_PRONOUN.search(s.text) or PRONOUN.search(s.text)
    want = gender_of_pronoun(pronoun.group()) if pronoun else None
    known = person_genders(doc)
    earlier = [m for m in ms if m.end <= s.start
               and not (want and known.get(fold(m.name), want) != want)]
    return [earlier[-1].name] if earlier else []


def status(doc: Doc, s: Sentence, verb_start: int, verb_end: int) -> tuple[str, bool] | None:
    """This sentence's reading of a change phrase, or None when it asserts nothing.
    Only cues before the phrase, or after it up to the next punctuation, count: a
    rumour clause later in the sentence does not colour an earlier stated fact. A
    question the next sentence answers no to ("Is A quitting? 'Not at all,' she said.")
    is a denial."""
    reading = _status(s.text, verb_start - s.start, verb_end - s.start)
    if reading and reading[0] == "reported" and s.text.rstrip().endswith("?"):
        index = doc.sentence_index(s.start) + 1
        if index < len(doc.sentences) and _ANSWERED_NO.match(doc.sentences[index].text):
            return "denied", True
    return reading


# A sentence that opens by answering a question no.
_ANSWERED_NO: Final = re.compile(
    r"[\s\"“‘']*(?:not\s+at\s+all|absolutely\s+not|not\s+true|no\s+way|nothing\s+like\s+that|"
    r"that'?s\s+not\s+true)\b(?![-'’])|[\s\"“‘']*no\s*[,.!]", re.I)


# what a headline answers after a colon, or a speaker after a speech verb, quoted
# ("...: 'It is fake news'", "asked about her exit, A said, 'There is no truth to it'")
_ANSWER: Final = re.compile(r"(?::|\b(?:said|says|replied|replies|clarified|clarifies),?)"
                            r"\s*[\"“'‘]")


@lru_cache(maxsize=4096)
def _status(text: str, start: int, rel: int) -> tuple[str, bool] | None:
    """:func:`status` for the phrase at ``start:rel`` of a sentence's ``text``
    (remembered: the rules and the candidate proposer both read each change phrase)."""
    tail = _TAIL.match(text, rel)
    found = modality.cues(text[:rel] + (tail.group() if tail else ""))
    answer = _ANSWER.search(text, rel)
    if answer and "denied" in modality.cues(text[answer.end():]):
        found = found | {"denied"}  # "A on reports of her quitting: 'It is fake news'"
    if _SOURCED.search(text, rel):  # (opens with a comma, which ``re`` skips ahead to)
        found = found | {"reported"}
    if "conditional" in found:
        return None
    if modality.negated(text, start):
        if "reported" in found and not found & {"denied", "confirmed"}:
            return None
        return "denied", True
    if "denied" in found:
        return "denied", True
    if "confirmed" in found:
        return "confirmed", True
    if "reported" in found:
        return "reported", False
    return "confirmed", False


# "A steps into the shoes of B": B is who A replaces
_SHOES_OF: Final = re.compile(r"\s+of\s+")


def _claims(doc: Doc, s: Sentence, ms: list[PersonMention]) -> list[tuple[str, str, int, int]]:
    """(actor, change, phrase start, phrase end) for each change phrase in a sentence."""
    out: list[tuple[str, str, int, int]] = []
    low = lowered(s.text)
    hits = phrase_matches(doc, s, _verb_low(), low, _verb_firsts()) if low \
        else _verb_re().finditer(s.text)
    for m in hits:
        vs, ve = s.start + m.start(), s.start + m.end()
        leftover = m.group() == "left" and LEFT_OVER.search(s.text, 0, m.start())
        if in_show_title(doc, vs) or leftover or NOT_A_SHOW.match(s.text, m.end()) or (
                PARTING.search(m.group()) and not PARTING_FROM.match(s.text, m.end())):
            continue  # a word of a title, what is left over, a career, a couple parting
        change, obj_after = _kind(m.group())
        if change == "none" or (change == "return" and (
                PLACE_AFTER.match(s.text, m.end()) or career(s.text, m.start(), m.end()))):
            continue
        if change == "entry" and BACKGROUND.search(s.text, 0, m.start()):
            continue  # "ever since she joined the show": how it began, not news
        subject = _after(doc, ms, s, ve) if obj_after else _subject(doc, ms, s, vs)
        lead = doc.text[s.start:ve]
        if m.group().endswith("shoes") and (of := _SHOES_OF.match(doc.text, ve)):
            out.extend((p, "exit", vs, ve) for p in _after(doc, ms, s, of.end()))
        if _REPLACE.search(lead):
            out.extend((p, "exit", vs, ve) for p in _after(doc, ms, s, ve))
            out.extend((p, "entry", vs, ve) for p in _with_after(doc, ms, s, ve))
        elif _REPLACED.search(lead):
            # "A replaced B", not "A replaced by B" nor a headline's "A replaced"
            active = not BY.match(s.text, m.end()) and not CLAUSE_END.match(s.text, m.end())
            out.extend((p, "exit" if active else "entry", vs, ve) for p in _after(doc, ms, s, ve))
            if active:  # "replaced A with B": B comes in
                out.extend((p, "entry", vs, ve) for p in _with_after(doc, ms, s, ve))
            change = "entry" if active and m.group().lower() == "replaced" else change
        out.extend((p, change, vs, ve) for p in subject)
    return out


# "\bnew\s+..." written with its literal first, which ``re`` skips ahead to.
_NEW_CAST: Final = re.compile(
    r"new(?<!\wnew)\s+(?:star\s+)?cast\s+(?:includes|including|comprises|of)\b[\s:,-]*"
    r"|\b(?:found|finds|got|introduced)\s+(?:their\s+|its\s+|the\s+|a\s+)?"
    r"new\s+[A-Z][\w-]*\s+in\s+")


# "A out, B in" (a headline's replacement): both names are people the article names
_OUT_IN: Final = re.compile(r"(?P<out>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)+)[ \t]+out[ \t]*"
                     r"(?:,|;|&|and|/)[ \t]*(?P<in>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)+)[ \t]+in\b"
                     r"(?=[ \t]*(?:$|[\n.,;:!?|]))")


# "A stepped into B's shoes": A enters as B leaves (the lexicon's "stepped into her shoes"
# names nobody after the verb)
_INTO_SHOES: Final = re.compile(
    r"\b(?:step|steps|stepped|stepping)\s+into\s+"
    r"(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s\s+shoes\b)")


def _new_cast(doc: Doc, s: Sentence, ms: list[PersonMention]) -> list[tuple[str, str, int, int]]:
    """"The new cast includes A, B, C", "found their new Y in A": they enter the show;
    a headline's "A out, B in": A leaves and B enters; "A stepped into B's shoes"."""
    out: list[tuple[str, str, int, int]] = []
    if " out" in s.text:
        for m in _OUT_IN.finditer(s.text):
            gone = _mentioned(ms, s.start + m.start("out"), s.start + m.end("out"))
            coming = _mentioned(ms, s.start + m.start("in"), s.start + m.end("in"))
            if gone and coming:
                pos = s.start + m.end()
                out += [(gone, "exit", pos, pos), (coming, "entry", pos, pos)]
    if "shoes" in s.text:
        for m in _INTO_SHOES.finditer(s.text):  # "A stepped into B's shoes"
            vs, pos = s.start + m.start(), s.start + m.end()
            out += [(p, "entry", vs, pos) for p in _subject(doc, ms, s, vs)]
            out += [(p, "exit", vs, pos) for p in _after(doc, ms, s, pos)]
    new = _NEW_CAST.search(s.text) if "new" in s.text else None  # both alternatives hold it
    if not new:
        return out
    pos = s.start + new.end()
    return out + [(p, "entry", pos, pos) for p in _after(doc, ms, s, pos)]


# a cast listed for a show still to come: "Starring A and B in the roles of X and Y, the
# upcoming show ...", "the new show X, featuring A and B"
_LISTING: Final = re.compile(r"\b(?:[Ss]tarring|[Ff]eaturing)\b")
_NEW_SHOW: Final = re.compile(r"\b(?:upcoming|new)\s+(?:show|serial|series|season|drama)\b")
# a cast the show had before: "X initially starred A and B", "The show earlier had A as
# the lead", "Before them, we saw A, B and C as the leads"
_PAST_CAST: Final = re.compile(
    r"\b(?:initially|originally|earlier|previously)\s+(?:starred|featured|had)\b"
    r"|\bBefore\s+(?:them|him|her),?\s+(?:we\s+)?(?:saw|had)\b")
# "the new duo, A and B", "the new lead pair of A and B": they enter
_NEW_PAIR: Final = re.compile(r"\bnew\s+(?:lead\s+)?(?:pair|duo|jodi|couple)(?:\s+of)?\s*[,:]?")
# "several actors had quit the show, including A, B and C": the list after "including"
_INCLUDING: Final = re.compile(
    r"\b(?P<v>quit|left|exited|joined|entered)\s+(?:the\s+(?:show|serial|series)\s*)?,?\s+"
    r"including\s+")
# "the roles will be played by A and B": they enter
_WILL_BE_PLAYED: Final = re.compile(
    r"\bwill\s+(?:now\s+)?be\s+(?:played|essayed|portrayed|headed|led|fronted|helmed)\s+by\s+")
_ORIGINAL: Final = re.compile(r"\b(?:[Oo]riginal|OG)\s+(?:cast|star|actor|actress|lead)")


def _listings(doc: Doc, s: Sentence, ms: list[PersonMention]) -> list[tuple[str, str, int, int]]:
    """A cast listed for a new show enters it; one the show had before has left it."""
    out: list[tuple[str, str, int, int]] = []
    text = s.text
    for pattern, words, change in _LISTED:
        if not any(w in text for w in words):
            continue  # (most sentences hold none of a reading's words)
        for m in pattern.finditer(text):
            pos = s.start + m.end()
            told = change or ("exit" if m["v"] in ("quit", "left", "exited") else "entry")
            out += [(p, told, s.start + m.start(), pos) for p in _after(doc, ms, s, pos)]
    if not out and ("tarring" in text or "eaturing" in text) and _NEW_SHOW.search(text):
        for m in _LISTING.finditer(text):
            pos = s.start + m.end()
            out += [(p, "entry", s.start + m.start(), pos) for p in _after(doc, ms, s, pos)]
    return out


# each listing reading, the words one of which every match of it holds, and the change
# it tells (None: the one its verb says)
_LISTED: Final = (
    (_PAST_CAST, ("initially", "originally", "earlier", "previously", "Before"), "exit"),
    (_NEW_PAIR, ("new",), "entry"), (_INCLUDING, ("including",), None),
    (_WILL_BE_PLAYED, ("played", "essayed", "portrayed", "headed", "led", "fronted", "helmed"),
     "entry"))


def _mentioned(ms: list[PersonMention], start: int, end: int) -> str | None:
    """The person named exactly at ``start:end``, if one is."""
    return next((m.name for m in ms if m.start == start and m.end == end), None)


def changes(doc: Doc) -> list[Change]:
    """Every change the hand-written reading finds, with its sentence's status (cached)."""
    if "cast_change.rule" not in doc.cache:
        doc.cache["cast_change.rule"] = _rule_changes(doc)
    return list(doc.cache["cast_change.rule"])


def _rule_changes(doc: Doc) -> list[Change]:
    ms = person_mentions(doc)
    out: list[Change] = []
    for i in sentences_with(doc, *_gate_keys()):
        s = doc.sentences[i]
        claims = _claims(doc, s, ms) + _new_cast(doc, s, ms) + _listings(doc, s, ms)
        if _ORIGINAL.search(s.text):  # "Original cast members A and B have been brought on
            claims = [(a, "return" if c == "entry" else c, vs, ve)  # board": they return
                      for a, c, vs, ve in claims]
        for actor, change, vs, ve in claims:
            reading = status(doc, s, vs, ve)
            if reading and not doc.other_story(s):
                show = doc.shows.show_near(s, ve)
                out.append(Change(actor, change, reading[0], reading[1], s, show))
        if not claims and modality.sentence_denies(doc, s):
            out.extend(_denials(doc, s, ms, out))
    for s, change, pos in _members(doc):
        reading = status(doc, s, pos, pos)
        if reading and not doc.other_story(s):
            show = doc.shows.show_near(s, pos)
            out += [Change(a, change, reading[0], reading[1], s, show)
                    for a in _after(doc, ms, s, pos)]
    return out


# a group's change told with no name ("Several actors have quit the show."), its members
# named in the next sentence ("Among them are A, B and C.")
_GROUP_CHANGE: Final = re.compile(
    r"\b(?:actors|actresses|stars|cast\s+members|members\s+of\s+the\s+cast|artistes)\s+"
    r"(?:have\s+|had\s+|will\s+)?(?:also\s+)?(?P<v>quit|left|exited|joined|entered)\b")
_MEMBERS: Final = re.compile(
    r"\s*(?:Among\s+them\s+(?:are|were)|These\s+include|They\s+include)\s+")


def _members(doc: Doc) -> list[tuple[Sentence, str, int]]:
    """(sentence, change, where its names begin) for each sentence naming the members of a
    group whose change the sentence before told."""
    out: list[tuple[Sentence, str, int]] = []
    for i in sentences_with(doc, frozenset({"among", "include"})):
        s = doc.sentences[i]
        m = _MEMBERS.match(s.text)
        told = _GROUP_CHANGE.search(doc.sentences[i - 1].text) if m and i else None
        if m and told:
            verb = told["v"]
            out.append((s, "exit" if verb in ("quit", "left", "exited") else "entry",
                        s.start + m.end()))
    return out


def _denials(doc: Doc, s: Sentence, ms: list[PersonMention], so_far: list[Change]) -> list[Change]:
    """"X has denied these rumours": deny the last change claimed about X."""
    named = [m.name for m in ms if s.start <= m.start < s.end]
    if not named and PRONOUN.search(s.text):
        named = _focus(doc, ms, s)
    out: list[Change] = []
    for person in dict.fromkeys(named):
        earlier = [c for c in so_far if c.actor == person]
        if earlier:
            last = earlier[-1]
            out.append(Change(person, last.change, "denied", True, s, last.show))
    return out


def overall(claims: list[Change]) -> str:
    """The article's status for one (show, actor, change) from all its mentions."""
    denied = [i for i, c in enumerate(claims) if c.status == "denied"]
    strong_conf = [i for i, c in enumerate(claims) if c.status == "confirmed" and c.strong]
    if denied and not (strong_conf and strong_conf[-1] > denied[-1]):
        return "denied"
    if strong_conf:
        return "confirmed"
    reported = sum(c.status == "reported" for c in claims)
    stated = len({c.sentence.start for c in claims if c.status == "confirmed"})
    # Stating it plainly at least twice as often as hedging it outweighs the hedge
    # ("speculation of his forced exit" is about the circumstances, not the change).
    if reported and reported * 2 > stated:
        return "reported"
    return "confirmed"
