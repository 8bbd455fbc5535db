"""show_info facts from Hindi articles: channel, streaming platform, producer.

Channels and platforms are closed lists written in Devanagari (lexicons
``hi_channels``, ``hi_platforms``); one counts only in a phrase that ties it
to a show: "स्टार प्लस का (लोकप्रिय) शो X", "सब टीवी के शो 'X'", "जी टीवी का 'X'" (a
title right after), "X ... स्टार
प्लस पर प्रसारित/टेलीकास्ट होता है", "नेटफ्लिक्स पर स्ट्रीम". The show is the
one named right after a "channel's show" phrase, else the nearest show in the
sentence, else the sentence's show. Producers: an explicit word ("निर्माता/
प्रोड्यूसर X", "X के प्रोडक्शन हाउस", "X (ने) प्रोड्यूस किया/करती हैं", "निर्माण X ने
किया"), or "X का
शो" when X is a full name the article never gives a part, a job on screen ("एक्ट्रेस
X"), a change of cast or a partner ("A और B का शो"), since "X का शो" is said of lead
actors too. The value is written as the article writes it.
"""

from __future__ import annotations

import re

from tellytrack.extract import records
from tellytrack.extract.document import Doc
from tellytrack.extract.hi import cast_change
from tellytrack.extract.hi.cast import roles
from tellytrack.extract.hi.names import name_after, name_before
from tellytrack.extract.hi.text import L, lexicon_alternation, sentences, show_for, shows_in
from tellytrack.model import Fact, Sentence

_CHANNEL = lexicon_alternation("hi_channels")
_PLATFORM = lexicon_alternation("hi_platforms")
_ADJ = (r"(?:(?:लोकप्रिय|चर्चित|पॉपुलर|नया|नए|नई|मशहूर|सुपरहिट|फेमस|हिट|एक|डेली|रियलिटी|कॉमेडी"
        r"|फैमिली|ड्रामा|पसंदीदा|फेवरेट|टॉप|सबसे|टीवी|पुराने|पुराना|आइकॉनिक|आइकोनिक|अपकमिंग"
        r"|आगामी)\s+){0,3}")
_OWNS = re.compile(rf"(?P<v>{_CHANNEL})\s+(?:का|की|के)\s+{_ADJ}(?:शो|सीरियल|धारावाहिक)(?!{L})")
_AIRS = re.compile(
    rf"(?P<v>{_CHANNEL})\s+(?:चैनल\s+)?पर\s+(?:\S+\s+){{0,8}}?"
    r"(?:प्रसारित|टेलीकास्ट|आता|आती|आते|आने|आ\s+(?:रहा|रही|रहे)|आएगा|आएगी|दिखाया|दिखाई|ऑन\s+एयर"
    r"|शुरू|लॉन्च|प्रीमियर|स्ट्रीम|चल)"
    # "स्टार प्लस जल्द ही नया शो X लॉन्च करने जा रहा है": the channel launches it
    rf"|(?P<l>{_CHANNEL})\s+(?:जल्द\s+ही\s+|अब\s+)?(?:अपना\s+)?(?:नया|नई|एक\s+नया)\s+"
    r"(?:शो|सीरियल|धारावाहिक)\s+(?:\S+\s+){1,6}?(?:लॉन्च|शुरू)"
)
_STREAMS = re.compile(
    rf"(?P<v>{_PLATFORM})\s+(?:ऐप\s+)?पर\s+(?:\S+\s+){{0,4}}?(?:स्ट्रीम|देख|उपलब्ध|रिलीज|प्रीमियर|आता|आती|आ\s)"
)
_CHANNEL_RE = re.compile(_CHANNEL)
# "जी टीवी का 'X'", "कलर्स के X में": a channel owning the show named right after it
_OWNS_TITLE = re.compile(rf"(?P<v>{_CHANNEL})\s+(?:का|की|के)\s+{_ADJ}")
_PRODUCER_AFTER = re.compile(r"\s+(?:के|का|की)\s+(?:प्रोडक्शन|बैनर)|\s+द्वारा\s+(?:निर्मित|प्रोड्यूस)"
                             r"|\s+(?:ने\s+)?(?:प्रोड्यूस|निर्मित)\s+(?:कर|किया|की)")
_PRODUCER_WORDS = ("प्रोडक्शन", "बैनर", "निर्मित", "प्रोड्यूस")  # one stands in every match


_MADE_BY = re.compile(r"निर्माण\s+(?:\S+\s+){1,4}?(?P<by>\s*ने)\s+(?:किया|की|करते|करती|कर)")
_WHOSE_SHOW = re.compile(rf"\s+(?:का|के)\s+{_ADJ}(?:शो|सीरियल|धारावाहिक)(?!{L})")
_PERFORMER = re.compile(rf"(?<!{L})(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा|होस्ट|स्टार|कलाकार"
                        rf"|कंटेस्टेंट|लीड)\s+$")


def _performers(doc: Doc) -> set[str]:
    """The article's actors (its roles and cast changes), found once per article and only
    when an owner phrase asks (it ran the whole cast-change reader for every sentence)."""
    cached: set[str] | None = doc.cache.get("hi.performers")
    if cached is None:
        cached = {r.actor for r in roles(doc)} | {
            f.actor for f in cast_change.extract(doc) if f.actor}
        doc.cache["hi.performers"] = cached
    return cached


def _owners(doc: Doc, s: Sentence) -> list[tuple[str, str, int]]:
    """"X का शो 'Y'": X produces Y when X is a full name the article never gives a part,
    a job on screen or a change of cast."""
    found: list[tuple[str, str, int]] = []
    for m in _WHOSE_SHOW.finditer(s.text):
        who = name_before(s.text, m.start(), most=3)
        if not who or " " not in who[0] or _PERFORMER.search(s.text[:who[1]]) \
                or re.search(r"(?:और|व|एवं|,)\s*$", s.text[:who[1]]):
            continue
        if any(who[0] in p or p in who[0] for p in _performers(doc)) \
                or _CHANNEL_RE.fullmatch(who[0]):
            continue
        if re.search(rf"(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा|स्टारर)\s+{re.escape(who[0])}"
                     rf"|{re.escape(who[0])}\s+(?:स्टारर|अभिनीत)", doc.text):
            continue
        found.append(("producer", who[0], s.start + m.end()))
    return found


def extract(doc: Doc) -> list[Fact]:
    """Channel, platform and producer facts, one per (show, field, value)."""
    out: list[Fact] = []
    for s in sentences(doc):
        for field_name, value, offset in _values(doc, s) + _owners(doc, s):
            show = _show_near(doc, s, offset)
            if show and value != show:
                out.append(records.fact(type="show_info", show=show, evidence=doc.evidence(s),
                                        confidence=0.7, field=field_name, value=value))
    return out


def _values(doc: Doc, s: Sentence) -> list[tuple[str, str, int]]:
    """(field, value, offset after the cue) for each cue of a sentence."""
    found: list[tuple[str, str, int]] = []
    for pattern, field_name in ((_OWNS, "channel"), (_AIRS, "channel"), (_STREAMS, "platform")):
        found += [(field_name, m["v"] or m["l"], s.start + (m.end() if m["v"] else m.start("l")))
                  for m in pattern.finditer(s.text)]
    inside = shows_in(doc, s)
    for m in _OWNS_TITLE.finditer(s.text):
        at = s.start + m.end()
        if any(at <= t.start <= at + 1 for t in inside):  # a quote may open the title
            found.append(("channel", m["v"], at))
    for m in cast_change.PRODUCER_BEFORE.finditer(s.text):
        name = name_after(s.text, m.end(), most=3)
        if name:
            found.append(("producer", name[0], s.start + m.start()))
    producing = any(w in s.text for w in _PRODUCER_WORDS)  # the pattern tries every blank
    for m in _PRODUCER_AFTER.finditer(s.text) if producing else ():
        before = name_before(s.text, m.start(), most=3)
        if before:
            found.append(("producer", before[0], s.start + m.end()))
    for m in _MADE_BY.finditer(s.text):  # "शो का निर्माण X ने किया है"
        before = name_before(s.text, m.start("by"), most=3)
        if before:
            found.append(("producer", before[0], s.start + m.end()))
    return found


def _show_near(doc: Doc, s: Sentence, offset: int) -> str | None:
    """The show named right after ``offset``, else the nearest in the sentence."""
    inside = shows_in(doc, s)
    after = [m for m in inside if m.start >= offset]
    if after and after[0].start - offset <= 20:
        return after[0].name
    if inside:
        return min(inside, key=lambda m: abs(m.start - offset)).name
    return show_for(doc, s)
