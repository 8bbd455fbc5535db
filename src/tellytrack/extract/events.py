"""Storyline events: leaps, deaths, weddings, moves abroad... with their status.

Method (compute first, decide second):

1. Every trigger phrase of ``lexicons/event_cues.txt`` found in a sentence is a
   *mention* of an event kind; phrases mapped to ``none`` ("death threats")
   shadow the shorter trigger inside them because the regex tries longest first.
2. A mention is read inside its *clause* (the sentence cut at ``;``, ``?``,
   ``:``, a dash, "but", "while"), so "X to meet with an accident; is another
   character dying?" gives an upcoming accident and a separate questioned death.
3. The clause's status cues (``lexicons/event_status_cues.txt``) decide: real
   life / film words drop the mention; a question or rumour word makes it
   ``speculated``; future and promo words ``upcoming``; else ``aired``.
4. Mentions of one (show, kind) are merged by a weighted vote, since an article
   lists each fact once: body sentences outweigh "Also Read" headlines, and a
   mention with an explicit cue outweighs one read by default.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from tellytrack.extract import records
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import (
    key_words,
    lower_text,
    phrase_firsts,
    phrase_matches,
    sentences_with,
)
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.names import in_show_title
from tellytrack.extract.scan import EndAnchored, alternation, lower_phrases, lowered
from tellytrack.extract.story_names import characters, distinct, names_in, people
from tellytrack.model import Fact, Sentence

MODALITY: Final = {"aired": "stated", "upcoming": "planned", "speculated": "reported"}
# Precedence when a clause carries several status cues.
_STATUS_ORDER: Final[tuple[str, ...]] = ("offscreen", "speculated", "upcoming", "aired")
# Kinds that happen to the whole show, never to named characters.
_SHOW_KINDS: Final = frozenset({"leap"})
# Kinds between two people: a pronoun subject ("has she parted ways from X?")
# stands for the character the article spoke of last.
_PAIR_KINDS: Final = frozenset({"separation", "wedding", "divorce", "reunion", "engagement"})
# Words that tie a clause to the serial's story when it names an actor, not a character.
_STORY_WORDS: Final = re.compile(
    r"\b(?:show|serial|track|storyline|plot|twist|promo|episode|on-?screen|character|"
    r"shown|seen|role|lead pair)\b", re.I)
_CLAUSE_END: Final = re.compile(r"[;?!:]|\s[-–—]\s|\bbut\b|\bwhile\b|\bhowever\b|,\s+wh(?:ich|o)\b"
                         r"|,\s+(?=(?:rumou?rs?|reports?|sources?|fans)\b)", re.I)
_WHO_BEFORE: Final = re.compile(r",\s+who$")
_BUT_BEFORE: Final = re.compile(r"\bbut\s*$")  # a clause that opens on "but", its subject left out
# A headline credited to a report ("X to die in the show - Report") is hearsay as a whole.
_REPORT_TAIL: Final = re.compile(r"[-–—:]\s*(?:report|reports|sources)\W*$", re.I)
_PRONOUN: Final = re.compile(r"\b(?:she|he|her|his|they)\b", re.I)
_INFINITIVE: Final = EndAnchored(re.compile(r"\bto\s+$"))
# A wish, a regret or a scheme is no event: "she wants a destination wedding with A", "he
# regrets marrying her", "she is bent on getting them separated", "plotting to kill him"
# (not "the plot to reconcile them": a plot is also the story).
_WANTED: Final = re.compile(r"\b(?:wants?|wanted|wish(?:es|ed)?|regret\w*|bent\s+on|hopes?\s+of|"
                            r"dreams?\s+of|plotting\s+to|schem\w+\s+to|"
                            r"conspir\w+\s+to)\s+(?:\w+\s+){0,3}$")
# What happens every time is no one event: "each time A-B part or reunite".
_HABIT: Final = re.compile(r"\b(?:each|every)\s+time\b|\bwhenever\b", re.I)
# A trigger denied right before it: "refusing to give divorce", "decided not to part ways".
_NEGATED = re.compile(r"\b(?:not|never|n't|refus\w*(?:\s+to)?|den\w+)\s+(?:\w+\s+){0,2}$", re.I)
# What has lasted a while is the background of the news: "after years of separation".
_LASTED: Final = re.compile(r"\b(?:after|despite|following)\s+(?:(?:many|several|long|two|three|"
                     r"a\s+few)\s+)?(?:years|months|weeks|days|decades|a\s+decade)\s+of\s+$", re.I)
# Labels that name an actor for a character ("Arjun (Actor Name)", "Actor Name aka Arjun").
_ACTOR_LABEL: Final = re.compile(r"\([^)]*\)|\b[A-Z][\w ]+?\s+aka\b"
                          r"|\b(?:played|essayed|portrayed)\s+by\s+[A-Z]\w*(?:\s+[A-Z]\w*)*")
# An article about a show that has not aired yet: its plot is upcoming unless said otherwise.
_PREMIERE: Final = re.compile(r"\b(?:set to premiere|will premiere|to premiere on|set to launch|"
                       r"will go on air)\b", re.I)
# A keyword list ("a wedding, x weds y, x marriage, prequel date, ..."): a page's tags,
# no sentence of the story. At least this many comma-cut parts, of at most this many
# words on average, the trigger's own part as short ("Post the leap in X, A, B, C, D and E
# quit" is a sentence).
_LIST_PARTS, _LIST_PART_WORDS = 6, 4.0
# Vote weights: a body sentence counts fully, an "Also Read" headline half; a
# mention read without any status cue (or only by its question mark) counts less.
_WEIGHT_BODY, _WEIGHT_HEADLINE, _WEIGHT_DEFAULT, _WEIGHT_QUESTION = 1.0, 0.5, 0.4, 0.5


def phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """All phrases as one case-insensitive pattern on word boundaries, longest first."""
    return re.compile(rf"(?<!\w)(?:{alternation(p.lower() for p in phrases)})(?![\w-])", re.I)


_KINDS: Final = mapping("event_cues")
_TRIGGER: Final = phrase_regex(list(_KINDS))
_TRIGGER_LOW: Final = lower_phrases(list(_KINDS), tail=r"(?![\w-])")  # on lowered text: faster
_TRIGGER_FIRSTS: Final = phrase_firsts(_KINDS)  # where a match of _TRIGGER_LOW can begin
# A sentence holding none of these holds no trigger of an event ("none" phrases only
# shadow shorter triggers: alone they give nothing).
_TRIGGER_WORDS: Final = key_words(p for p, kind in _KINDS.items() if kind != "none")
_STATUS_CUES: Final = mapping("event_status_cues")
_STATUS_RE: Final = {
    status: phrase_regex([c for c, s in _STATUS_CUES.items() if s == status])
    for status in _STATUS_ORDER
}
_STATUS_LOW: Final = {  # the same on lowered text (see _TRIGGER_LOW)
    status: lower_phrases([c for c, s in _STATUS_CUES.items() if s == status], tail=r"(?![\w-])")
    for status in _STATUS_ORDER
}
_STATUS_FIRSTS: Final = {  # where a match of each can begin (see gate.phrase_matches)
    status: phrase_firsts([c for c, s in _STATUS_CUES.items() if s == status])
    for status in _STATUS_ORDER
}


@dataclass(frozen=True)
class Mention:
    """One trigger of an event kind in one clause, already read for status."""

    show: str
    kind: str
    status: str
    characters: tuple[str, ...]
    sentence: Sentence
    weight: float


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around ``text[start:end]`` (cut at ; ? : dashes, but)."""
    left = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        left = m.end()
    right_m = _CLAUSE_END.search(text, end)
    right = right_m.start() + (1 if right_m and right_m.group() == "?" else 0) if right_m \
        else len(text)
    return left, right


def clause_status(clause: str, trigger_start: int,
                  where: tuple[Doc, Sentence, int] | None = None) -> str | None:
    """The status the clause's cues give a trigger at ``trigger_start``; None without cues.
    ``where``: the article, the sentence and the offset in it the clause begins at, when
    known (the cues are then tried only where their first words begin).

    Real-life words and rumour words colour the whole clause; between future
    and past cues the one nearest the trigger wins ("after the ongoing plot to
    reconcile them, the show is expected to ..." is an aired reunion).
    """
    low = lowered(clause)
    for status in ("offscreen", "speculated"):
        if next(_status_cues(clause, low, status, where), None) is not None:
            return status
    if clause.rstrip().endswith("?"):
        return "speculated"
    best: tuple[int, str] | None = None
    for status in ("upcoming", "aired"):
        for m in _status_cues(clause, low, status, where):
            gap = trigger_start - m.end() if m.end() <= trigger_start else m.start() - trigger_start
            if best is None or abs(gap) < best[0]:
                best = (abs(gap), status)
    if best:
        return best[1]
    return "upcoming" if _INFINITIVE.search(clause[:trigger_start]) else None


def _status_cues(clause: str, low: str | None, status: str,
                 where: tuple[Doc, Sentence, int] | None) -> Iterator[re.Match[str]]:
    """The cues of ``status`` in a clause (``low``: the clause lowered, when it can be)."""
    if low is None:
        return _STATUS_RE[status].finditer(clause)
    if where is None:
        return _STATUS_LOW[status].finditer(low)
    doc, s, lo = where
    return phrase_matches(doc, s, _STATUS_LOW[status], low, _STATUS_FIRSTS[status], lo)


# Events of a life that an actor's career turns on: "quit the show owing to her pregnancy",
# "her acting comeback after her pregnancy", "after I quit X due to my pregnancy" are the
# actor's, not a character's ("left" or "returned" before a name is the story's: "Arjun
# left Meera after their wedding").
_LIFE_KINDS: Final = frozenset({"pregnancy", "birth", "wedding", "engagement"})
_CAREER: Final = re.compile(
    r"\b(?:(?:quit|quits|quitting|leave|leaves|leaving|left|exit|exits|exited|exiting|"
    r"return|returns|returned|returning)\s+(?:to\s+)?(?:the|this|her|his)\s+(?:show|serial)|"
    r"(?:quit|quits|quitting)\s+(?-i:[A-Z])\w+|"
    r"(?:acting|screen)\s+comeback|comeback\s+to\s+(?:acting|tv|television))\b", re.I)
# "shifting to" / "shifted to" moves a character abroad, not the story's focus ("the story
# shifting to her daughter") nor the show to another slot or platform ("shifted to a
# 10 pm slot", "shifted to the app").
_NOT_MOVED_BEFORE: Final = EndAnchored(re.compile(
    r"\b(?:story|focus|spotlight|narrative|track|show|serial|plot|attention)\s+(?:has\s+|is\s+|was\s+)?$",
    re.I))
_NOT_MOVED_AFTER: Final = re.compile(
    r"^\W*(?:\w+\W+){0,4}?(?:slot|\d+(?:[.:]\d+)?\s*[ap]\.?m\b|channel|ott|platform|app\b|digital|"
    r"streaming|prime\s*time|weekends?\b)", re.I)
_ACTOR_WORD: Final = re.compile(r"\b(?:actor|actress|actors|actresses)\b", re.I)


def _actors_only(doc: Doc, bare: str) -> bool:
    """Whether every name of the clause (``bare``: its actor labels cut) is written as an
    actor's, not a character's ("Kavya and Rohit tied the knot": the roles are theirs,
    the wedding is not)."""
    written = [bare[a:b] for a, b, c in names_in(doc, bare) if c not in _FIRST_PERSON]
    return bool(written) and all(w in people(doc) for w in written)


def _offscreen(doc: Doc, clause: str) -> bool:
    """The clause names a real person (or calls someone an actor, or names actors only)
    and nothing ties it to the story."""
    bare = _ACTOR_LABEL.sub(" ", clause)
    named = any(len(p.split()) >= 2 and p in bare for p in people(doc)) or \
        bool(_ACTOR_WORD.search(bare)) or _actors_only(doc, bare)
    return named and not _STORY_WORDS.search(clause)


# a relative clause that gives the actor before it a role: "(A, who) plays Y in X, ..."
_ROLE_CLAUSE: Final = re.compile(
    r"\s*(?:plays|played|is\s+playing|essays|essayed|portrays|portrayed)\s+(?:the\s+role\s+of\s+)?"
    r"[A-Z][^,]*,")


def _actor_before(doc: Doc, head: str) -> bool:
    """Whether the name right before ", who" (the end of ``head``) is an actor's."""
    who = _WHO_BEFORE.search(head)
    head = head[:who.start()] if who else head
    return any(head.endswith(p) for p in people(doc))


def _last_character(doc: Doc, sentence_index: int, written: bool = False) -> str | None:
    """The character the article spoke of last before this sentence (pronoun target);
    ``written``: only if the article wrote the character's name there, not an actor's
    (after "A plays Y.", "She got married" is A's own news)."""
    for s in reversed(doc.sentences[max(0, sentence_index - 3):sentence_index]):
        found = [(c, s.text[a:b]) for a, b, c in names_in(doc, s.text)]
        if found:
            last, as_written = found[0] if len(found) == 1 else found[-1]
            return last if not written or last == as_written else None
    return None


# The writer and the reader, capitalised at a sentence's start ("We have seen the reunion
# of A"): never a character of the event.
_FIRST_PERSON: Final = frozenset({"We", "I", "You", "Our", "Us", "My", "Me", "Your"})


def _characters(doc: Doc, kind: str, clause: str, index: int) -> tuple[str, ...]:
    if kind in _SHOW_KINDS:
        return ()
    found = distinct([c for _, _, c in names_in(doc, clause) if c not in _FIRST_PERSON])
    if ((kind in _PAIR_KINDS and len(found) < 2) or not found) and _PRONOUN.search(clause):
        # one person's event whose subject is a pronoun: the character named last, if
        # named as a character
        last = _last_character(doc, index, written=kind not in _PAIR_KINDS)
        if last and last not in found and last not in _FIRST_PERSON:
            found.insert(0, last)
    return tuple(found)


def _tag_list(text: str, start: int) -> bool:
    """Whether the trigger at ``start`` is an item of a keyword list (see _LIST_PARTS)."""
    parts = [p for p in text.split(",") if p.strip()]
    if len(parts) < _LIST_PARTS:
        return False
    own = text[text.rfind(",", 0, start) + 1:].split(",", 1)[0]
    words = sum(len(p.split()) for p in parts) / len(parts)
    return words <= _LIST_PART_WORDS and len(own.split()) <= _LIST_PART_WORDS


_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
# A sentence whose words are capitalised at least this often is a headline in title case.
_TITLE_CASE_SHARE: Final = 0.6


def _capitalised_name(text: str, start: int) -> bool:
    """Whether the trigger at ``start`` is written as part of a name ("... premiered: X,
    Shaadi Mubarak and Y"), in a sentence not in title case, away from its start (an
    acronym such as "IVF" is no name)."""
    if not (text[start].isupper() and text[start + 1:start + 2].islower()) or \
            not text[:start].strip() or \
            re.search(r"[:\"'‘“(–—-]\s*$", text[:start]):
        return False
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) < _TITLE_CASE_SHARE


def _default_status(doc: Doc) -> str:
    """Status of a mention without cues: aired, unless the show has not premiered yet."""
    if "events.default" not in doc.cache:
        low = lower_text(doc)
        premiere = (low is None or "premiere" in low or "launch" in low or "go on air" in low) \
            and _PREMIERE.search(doc.text)  # (every phrase holds one of those three)
        doc.cache["events.default"] = "upcoming" if premiere else "aired"
    return doc.cache["events.default"]  # type: ignore[no-any-return]


def _event_show(doc: Doc, sentence: Sentence) -> str | None:
    """The sentence's show, or the article's topic when the sentence's show is another
    name the article gives a person or a character (a producer or a goddess taken for a
    title; the topic itself may be named after its lead, "Anupamaa")."""
    show = doc.show_for(sentence)
    topic = doc.shows.topic
    if show and show != topic and (show in people(doc) or show in characters(doc)):
        return topic
    return show


def _sentence_mentions(doc: Doc, index: int) -> list[Mention]:
    sentence = doc.sentences[index]
    show = _event_show(doc, sentence)
    if not show:
        return []
    headline = doc.in_headline(sentence)
    out: list[Mention] = []
    low = lowered(sentence.text)
    hits = phrase_matches(doc, sentence, _TRIGGER_LOW, low, _TRIGGER_FIRSTS) if low \
        else _TRIGGER.finditer(sentence.text)
    for m in hits:
        kind = _KINDS[m.group().lower().replace("\n", " ")]
        if kind == "none":
            continue
        left, right = clause_bounds(sentence.text, m.start(), m.end())
        clause = sentence.text[left:right]
        status = clause_status(clause, m.start() - left, (doc, sentence, left))
        if _REPORT_TAIL.search(sentence.text) and status != "offscreen":
            status = "speculated"
        if _NEGATED.search(clause[:m.start() - left]) or _LASTED.search(clause[:m.start() - left]) \
                or _WANTED.search(clause[:m.start() - left]) \
                or _HABIT.search(clause[:m.start() - left]):
            continue
        if _tag_list(sentence.text, m.start()) or _capitalised_name(sentence.text, m.start()):
            continue
        if kind == "relocation" and (_NOT_MOVED_BEFORE.search(clause[:m.start() - left])
                                     or _NOT_MOVED_AFTER.search(sentence.text[m.end():])):
            continue
        if in_show_title(doc, sentence.start + m.start()):
            continue  # a show's name ("Shaadi Mubarak"), not its story
        if status == "offscreen" or (kind not in _SHOW_KINDS and _offscreen(doc, clause)) \
                or (kind in _LIFE_KINDS and _CAREER.search(clause)):
            continue
        chars = _characters(doc, kind, clause, index)
        if not chars and _BUT_BEFORE.search(sentence.text, 0, left):
            # "A and B have twins but met with an accident": the verb after "but" shares
            # the first clause's subject
            chars = _characters(doc, kind, sentence.text[:left], index)
        if kind not in _SHOW_KINDS and _WHO_BEFORE.search(sentence.text, 0, left):
            head = sentence.text[:left]
            if _ROLE_CLAUSE.match(clause) and _actor_before(doc, head):
                continue  # "A, who plays Y, got married last year": the actor's own life
            # "Rudra was framed by Sonia, who is finally arrested": the clause is Sonia's
            before = [(c, head[a:b]) for a, b, c in names_in(doc, head)]
            if before and before[-1][0] == before[-1][1] and before[-1][0] not in chars:
                chars = (before[-1][0], *chars)  # a character as written, not an actor's
        if kind not in _SHOW_KINDS and not chars and not _STORY_WORDS.search(sentence.text):
            continue
        weight = _WEIGHT_HEADLINE if headline else _WEIGHT_BODY
        if status is None:
            status, weight = _default_status(doc), weight * _WEIGHT_DEFAULT
        elif status == "speculated" and not _STATUS_RE["speculated"].search(clause):
            weight *= _WEIGHT_QUESTION
        out.append(Mention(show, kind, status, chars, sentence, weight))
    return out


def mentions(doc: Doc) -> list[Mention]:
    """Every event mention of the article, in text order (cached for relations); only
    sentences that may hold a trigger word are read."""
    if "events.mentions" not in doc.cache:
        doc.cache["events.mentions"] = [
            m for i in sentences_with(doc, *_TRIGGER_WORDS) for m in _sentence_mentions(doc, i)]
    return doc.cache["events.mentions"]  # type: ignore[no-any-return]


def _merge(group: list[Mention]) -> Fact:
    """One fact from all mentions of a (show, kind): the heaviest status wins."""
    votes: dict[str, float] = defaultdict(float)
    for m in group:
        votes[m.status] += m.weight
    status = max(votes, key=lambda s: (votes[s], -_first_index(group, s)))
    chosen = [m for m in group if m.status == status]
    chars = next((m.characters for m in chosen if m.characters), ())
    best = max(chosen, key=lambda m: m.weight)
    confidence = min(0.95, 0.45 + 0.15 * sum(m.weight for m in chosen))
    return records.fact(type="event", show=best.show, evidence=None,
                        confidence=round(confidence, 2), modality=MODALITY[status],
                        kind=best.kind, characters=chars, status=status)


def _first_index(group: list[Mention], status: str) -> int:
    return next(i for i, m in enumerate(group) if m.status == status)


def extract(doc: Doc) -> list[Fact]:
    """Storyline events of the article, one per (show, kind), with evidence."""
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions(doc):
        groups[(m.show, m.kind)].append(m)
    facts = []
    for group in groups.values():
        fact = _merge(group)
        best = max((m for m in group if m.status == fact.status), key=lambda m: m.weight)
        facts.append(records.with_(fact, evidence=doc.evidence(best.sentence)))
    return facts
