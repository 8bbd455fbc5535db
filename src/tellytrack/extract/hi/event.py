"""event facts from Hindi articles: leaps, deaths, weddings and other plot turns.

An event is a word of lexicon ``hi_events`` ("लीप", "मौत", "शादी", "आंखों की
रोशनी" ...) in a sentence about a show; a word next to an actor's job title
("एक्ट्रेस X का निधन"), or in a sentence about photos, social media or an anniversary
("शादी की तस्वीरें शेयर कीं"), is real life, not story, and is skipped.

Status: a hedge before the event ("कहा जा रहा था कि इसमें लीप आने वाला है",
"खबरों के मुताबिक") or a modal after it ("हो सकती है") makes it speculated; a
future form ("लेगा", "जाएगी", "आने वाला", "तैयार"), a promo, or a wedding
"को लेकर"/"की तैयारी"/"तय हो गई" (being talked about or fixed, not yet held) makes it
upcoming;
otherwise it has aired. Characters are the names of "A और B की शादी".
"""

from __future__ import annotations

import re

from tellytrack.extract import records
from tellytrack.extract.document import Doc
from tellytrack.extract.hi.cast import roles
from tellytrack.extract.hi.modality import cues
from tellytrack.extract.hi.names import name_after, name_before, names_before
from tellytrack.extract.hi.text import L, sentences, show_for, show_mentions
from tellytrack.extract.lexicon import mapping
from tellytrack.model import Fact, Sentence

_KINDS = mapping("hi_events")
# A one-word cue is a whole word ("मिलन" is not "मिलने", to meet); a phrase may end
# in a verb stem ("राज खुल" reads "राज खुला", "राज खुलेगा").
_EVENT = re.compile(
    rf"(?<!{L})(?:" + "|".join(
        re.escape(k) + ("" if " " in k else rf"(?!{L})")
        for k in sorted(_KINDS, key=len, reverse=True)) + r")"
)
_REAL_LIFE = re.compile(r"(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा)\s+(?:\S+\s+){0,3}$")
_OFF_SCREEN = re.compile(r"रियल\s+लाइफ|असल\s+जिंदगी|असल\s+ज़िंदगी|निजी\s+जिंदगी|पर्सनल\s+लाइफ"
                         r"|सालगिरह|एनिवर्सरी|तस्वीर|फोटो|इंस्टाग्राम|सोशल\s+मीडिया"
                         r"|सेट\s+पर|शूटिंग\s+के\s+दौरान")  # an accident on the set is the crew's
# A guess about the story ("फैंस का मानना है कि ..."; a headline's question is no guess:
# "क्या ... होगी?" mostly teases a promo, and reading it as one cost validation)
_GUESS = re.compile(r"मानना\s+है|लगता\s+है|अंदाजा|अंदाज़ा|कयास|अटकल|उम्मीद\s+(?:है|जताई)")
_MODAL_AFTER = re.compile(r"सकता|सकती|सकते|शायद|संभावना|अटकल")
_FUTURE = re.compile(  # ("बनने वाली": about to become, a stem's "-ने वाला/वाली/वाले")
    rf"(?:गा|गी|गे)(?!{L})|ने\s+वाल(?:ा|ी|े)(?!{L})|तैयार|जल्द|प्रोमो"
    r"|अपकमिंग|आगामी|ने\s+जा\s+(?:रहा|रही|रहे)"
)
# A preview before the event word: a promo, the coming episodes, a spoiler.
_PREVIEW = re.compile(r"प्रोमो|आने\s+वाले\s+(?:एपिसोड|दिनों)|अपकमिंग|आगामी|स्पॉयलर|स्पॉइलर|"
                      r"Spoiler|Upcoming|जल्द\s+ही|अब\s+(?:शो|सीरियल)\s+में", re.I)
_TALKED_ABOUT = re.compile(
    r"^\s*(?:को\s+लेकर|की\s+तैयारी|की\s+प्लानिंग|(?:भी\s+)?तय\s+(?:हो|कर|की|हुई))")
_JOB = re.compile(rf"(?<!{L})(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा)\s+")
_STARRER = re.compile(r"\s+स्टारर(?![\u0900-\u097F])")
# "A और B की शादी", and a headline's "A और B की होगी शादी" (the verb before the noun)
_POSSESSOR = re.compile(r"\s+(?:की|का|के)(?:\s+(?:होगी|होगा|होंगे|हुई|हुआ))?\s*$")
# a future verb just before the event word: "में आएगा 20 साल का लीप", "की होगी शादी"
_FUTURE_BEFORE = re.compile(rf"(?<!आ)(?:गा|गी|गे)(?!{L})(?:\s+\S+){{0,3}}\s*$")


def extract(doc: Doc) -> list[Fact]:
    """Storyline events, one per (show, kind); the first statement of a kind wins."""
    out: list[Fact] = []
    shows = {m.name for m in show_mentions(doc)}
    actors = {r.actor for r in roles(doc)} | {n for n in _named_actors(doc.text)}
    sents = sentences(doc)
    preview = bool(sents) and bool(_PREVIEW.search(sents[0].text))
    for s in sents:
        for m in _EVENT.finditer(s.text):
            if _REAL_LIFE.search(s.text, 0, m.start()) or _OFF_SCREEN.search(s.text):
                continue
            show = show_for(doc, s)
            if show:
                owners = _characters(s.text, m.start())
                if (owners and all(c in actors for c in owners)) \
                        or _actor_subject(s.text, m.start(), actors):
                    continue  # "रिया मल्होत्रा की शादी", "X ने सगाई कर ली": an actor's own life
                chars = tuple(c for c in owners if c not in shows or c == show)
                out.append(records.fact(type="event", show=show, evidence=doc.evidence(s),
                                        confidence=0.55, kind=_KINDS[m.group()],
                                        characters=chars, status=_status(s, m, preview)))
    return out


def _actor_subject(text: str, start: int, actors: set[str]) -> bool:
    """Whether the clause before the event word has an actor for its subject ("नेहा जोशी
    ने हाल ही में सगाई कर ली"): the actor's own life, not the story."""
    m = _SUBJECT_MARK.search(text, 0, start)
    who = names_before(text, m.start()) if m else []
    return bool(who) and all(w in actors for w in who)


_SUBJECT_MARK = re.compile(rf"\s+ने(?!{L})(?!.*\sने(?!{L}))")


def _named_actors(text: str) -> list[str]:
    """Names written after a job title ("एक्ट्रेस रिया मल्होत्रा") or before "स्टारर"."""
    out = [n[0] for m in _JOB.finditer(text) if (n := name_after(text, m.end()))]
    out += [n[0] for m in _STARRER.finditer(text) if (n := name_before(text, m.start()))]
    return out


def _status(s: Sentence, m: re.Match[str], preview: bool = False) -> str:
    """speculated / upcoming / aired for the event word ``m`` of sentence ``s``.

    In an article whose headline previews the story (spoiler, promo) an event
    not marked otherwise is upcoming.
    """
    before, after = s.text[:m.start()], s.text[m.end():]
    after = re.split(r"[,;]|\s(?:लेकिन|और\s+अब|अब\s+देखना)\s", after, maxsplit=1)[0]  # this clause
    if cues(before) & {"reported", "rumour_past"} or _MODAL_AFTER.search(after) \
            or _GUESS.search(before):
        return "speculated"
    if _FUTURE.search(after) or _TALKED_ABOUT.match(after) or _PREVIEW.search(before) \
            or _FUTURE_BEFORE.search(before) or _FUTURE.search(m.group()):  # "मर जाएगा"
        return "upcoming"
    return "upcoming" if preview else "aired"


def _characters(text: str, start: int) -> list[str]:
    """The names owning the event: "A और B की शादी" gives [A, B]; "A ने B को तलाक दे दिया"
    gives [A, B] (the subject and the object marked before the event word)."""
    m = _POSSESSOR.search(text, 0, start)
    if m:
        return names_before(text, m.start())
    out: list[str] = []
    end = start
    while (mark := _MARKED.search(text, 0, end)) and (name := name_before(text, mark.start())):
        out.insert(0, name[0])
        end = name[1]
    return out


_MARKED = re.compile(rf"\s+(?:ने|को)(?!{L})\s*$")
