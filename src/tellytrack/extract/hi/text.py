"""Shared reading of a Hindi (Devanagari) article: sentences, show names, person names.

The English machinery leans on capital letters to find names and titles;
Devanagari has none, so Hindi articles are read through other cues:

- sentences end at "।" as well as ". ? !" (``document.py`` splits only on the
  Latin marks), and a line break always ends one;
- show titles are quoted ('प्यार की डोर', ‘...’, ''...''), stand alone as section
  headings that the body repeats, or follow a show word ("का शो X ने",
  "स्टारर X ने"); once found, every later unquoted occurrence counts too;
- a person's name is the run of (at most three) words beside a cue that are not
  grammar or TV vocabulary (lexicon ``hi_stopwords``).

Everything is computed once per article and cached in ``doc.cache``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tellytrack.extract.document import Doc, body_start, built
from tellytrack.extract.hi.translit import (
    SlugMatcher,
    deva_skeleton,
    latin_skeleton,
    same_word,
    slug_lead,
    slug_tokens,
)
from tellytrack.extract.lexicon import entries, words
from tellytrack.model import Sentence

# A letter of a Hindi word: Devanagari (without the danda marks) or a Latin word character.
L = r"[\u0900-\u0963\u0966-\u097F\w]"


def lexicon_alternation(lexicon: str) -> str:
    """A regex alternation of a lexicon's entries as whole Hindi words, longest first."""
    names = sorted(entries(lexicon), key=len, reverse=True)
    return rf"(?<!{L})(?:" + "|".join(re.escape(n) for n in names) + rf")(?!{L})"


_SENT_END = re.compile(r"(?<=[।?!|])\s*|(?<=[.])(?<!नं\.)(?<!डॉ\.)(?<!No\.)\s+|\n+")
_WORD = re.compile(rf"{L}+")
_DEVA = re.compile(r"[\u0900-\u097F]")
_QUOTED = re.compile(
    r"(?:''|[‘'\"“])\s*(?P<t>[^'‘’\"“”\n।,!?]{1,60}?)\s*(?:''|[’'\"”])"
)
# "'अर्जुन' यानी कबीर सेठी": a quoted name an actor's name glosses is a character's
_ALIAS_AFTER = re.compile(rf"\s*(?:यानी|यानि|उर्फ|ऊर्फ|अर्थात)(?!{L})")
_LATIN_PAREN = re.compile(r"\s*\(([A-Za-z][A-Za-z0-9 !'&.-]*)\)\s*$")
# An unquoted title after a show word or "starring": up to the subject marker or a pause
# (``{in_}``: "में" too, for _AFTER_SHOW_WORD_IN).
_TITLE_END_FORM = (rf"(?=\s+(?:ने|को|{{in_}}हर|रहा|रही|से|का\s+(?:नया|सीजन)|(?:की|के|का)\s+"
                   rf"(?:एक्ट्रेस|एक्टर|अभिनेत्री|अभिनेता|स्टारकास्ट|कास्ट|मेकर्स|निर्माता|लीड|ट्रैक|एपिसोड"
                   rf"|टीआरपी|सेट|शूटिंग|प्रोमो|फैंस))(?!{L})"
                   r"|\s*[,।.:]|\s+\d+\s+साल"
                   r"|\s+है\s*[।.]|$)")
_TITLE_END = _TITLE_END_FORM.format(in_="")
_SHOW_WORD_TITLE = (
    rf"(?:(?:का|की|के)\s+(?:(?:लोकप्रिय|चर्चित|पॉपुलर|नया|नई|मशहूर|सुपरहिट|फेमस|हिट|पसंदीदा"
    rf"|फेवरेट|आइकोनिक|आइकॉनिक|रियलिटी|डेली|कॉमेडी|टीवी)\s+){{0,2}}|(?<!{L})टीवी\s+)"
    rf"(?:शो|सीरियल|धारावाहिक)\s+(?P<t>{L}+(?:\s+{L}+){{0,6}}?)")
_AFTER_SHOW_WORD = re.compile(_SHOW_WORD_TITLE + _TITLE_END, re.M)
# The same before "में" ("के शो X में Y की एंट्री"): a title may end in "में" itself
# ("... के प्यार में"), so such a cut counts only for a title the article repeats.
_AFTER_SHOW_WORD_IN = re.compile(_SHOW_WORD_TITLE + _TITLE_END_FORM.format(in_="में|"), re.M)
# A bare show word ("रिया शो नील कमल को अलविदा कहेंगी", "शो नील कमल में"): its title counts
# only when the article repeats it (see _repeated_before_in).
# (on one line: a headline ending in "शो" takes no title from the body's first words)
_BARE_SHOW_WORD = re.compile(rf"(?<!{L})(?:शो|सीरियल|धारावाहिक)[ \t]+(?P<t>{L}+(?:[ \t]+{L}+)"
                             rf"{{0,6}}?)" + _TITLE_END_FORM.format(in_="में|"), re.M)
_QUOTE_MARK = re.compile("['‘’\"“”]")
_STARRER = re.compile(rf"स्टारर\s+(?P<t>{L}+(?:\s+{L}+){{0,6}}?){_TITLE_END}", re.M)
# A place in a chart followed by the show holding it: "पहले नंबर पर X है".
_AFTER_PLACE = re.compile(
    rf"(?:नंबर|नबंर|स्थान|पायदान|पोजिशन|पोजीशन)\s+(?:\d+\s+)?पर\s+(?P<t>{L}+(?:\s+{L}+){{0,6}}?)"
    rf"(?=\s+(?:है|हैं|रहा|रही|रहे|ने|को|बना|बनी|बरकरार|काबिज|का\s+कब्जा|आ\s+गया|आ\s+गई)(?!{L})"
    r"|\s*[,।.])"
)
_LATIN_TITLE = re.compile(
    r"(?:शो|सीरियल|धारावाहिक)\s+(?P<t>[A-Z][A-Za-z0-9'!]*(?:\s+[A-Z0-9][A-Za-z0-9'!]*){0,6})")
# Letters that Hindi writes with or without a nukta ("नज़र" / "नजर"), and their precomposed
# forms (NFC leaves a nukta apart, but some outlets type the single letter).
_NUKTA = "\u093c"
_WITH_NUKTA = {"क": "\u0958", "ख": "\u0959", "ग": "\u095a", "ज": "\u095b", "फ": "\u095e"}
_WITHOUT_NUKTA = {v: k for k, v in _WITH_NUKTA.items()}
_OPTIONAL_NUKTA = re.compile("([कखगजफ])\u093c")  # not ड़ or ढ़: letters of their own


def nukta_spellings(entries: frozenset[str]) -> frozenset[str]:
    """``entries`` with every way of writing their nukta letters: bare, with a combining
    nukta, precomposed. A grammar word is one word however it is typed, while a name is
    kept as the article writes it (the scorer keeps the nukta)."""
    out: set[str] = set()
    for entry in entries:
        bare = _OPTIONAL_NUKTA.sub(r"\1", "".join(_WITHOUT_NUKTA.get(c, c) for c in entry))
        forms = [""]
        for c in bare:
            options = [c, c + _NUKTA, _WITH_NUKTA[c]] if c in _WITH_NUKTA else [c]
            forms = [f + o for f in forms for o in options]
        out.update(forms)
    return frozenset(out)


STOP = nukta_spellings(words("hi_stopwords"))  # Hindi grammar and TV words: never a name's
_GENERIC = STOP
# Chart and news words: a "title" running into one ("साथ चलेंगे पहले पायदान पर") ends before it.
_CHART_WORDS = frozenset(words("hi_ordinals")) | {
    "टीआरपी", "रेटिंग", "लिस्ट", "वीक", "हफ्ते", "सप्ताह", "नंबर", "टॉप", "पायदान", "स्थान",
    "खबर", "रिपोर्ट", "प्रोमो", "एंट्री", "विज्ञापन", "एक्टर्स",
}
_SHOW_WORDS = frozenset({"शो", "सीरियल", "धारावाहिक", "शोज"})
# "के शो छोड़ने के बाद ...": a change of cast read after a show word is no title.
_CHANGE_WORD = re.compile(rf"(?<!{L})(?:छोड़{L}*|अलविदा|एंट्री|वापसी|बाहर|ज्वाइन|एग्जिट)(?!{L})")
# "Show Name: ..." or "Show Name, 18 Dec episode": a Latin title opening the article.
_LATIN_LEAD = re.compile(r"^\s*(?P<t>[A-Z][A-Za-z0-9'!]*(?:\s+[A-Za-z0-9'!]+){0,7})\s*[:,]")
# "Show Name: ..." in Devanagari: a short run of words opening the article, then a colon.
_DEVA_LEAD = re.compile(rf"^\s*(?P<t>{L}+(?:[ \t]+{L}+){{0,5}})\s*:(?!\d)")
_LATIN_GENERIC = re.compile(
    r"\b(?:TRP|BARC|Report|Week|Rating|Ratings|List|Winner|News|Update|Exit|Spoiler|Alert|"
    r"Episode|Promo|Written|Highlights?|Confirmed|Exclusive|Breaking|Shocking|Latest|Top|"
    r"Spoilers?|Upcoming|Twists?|Today|Updates?|Serial|Show|Quits?|Leaves?|Joins?|Entry|"
    r"Returns?|Replaces?|Winner|Finale|Actor|Actress|Cast|Story|Video|Photos?|Viral|Star|"
    r"Fame|TV|Box|Office|Edited|By|Posted|Published|Author|Desk|Team|Entertainment|Gossip|"
    r"Bollywood|Television|Telly|Hindi|Live|Report|Reports|Tellychakkar|Trending|Birthday|"
    r"Wedding|Pregnancy|Net|Worth|Pics|Look|Dance|Interview|Says|Reveals|Opens|Reacts|Slams|"
    r"Shares|Post|Viral|Health|Update|Net Worth|Salary|Fees|Shocking|Emotional)\b",
    re.I)


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """The article's sentences split at "।", ". ", "? ", "! " and line breaks (cached)."""
    cached: tuple[Sentence, ...] | None = doc.cache.get("hi.sentences")
    if cached is None:
        cached = tuple(_split(doc.text, doc.sentences[0].start if doc.sentences else 0))
        doc.cache["hi.sentences"] = cached
    return cached


def _split(text: str, start: int) -> Iterator[Sentence]:
    """Sentences of ``text[start:]`` with offsets into ``text``, trimmed of space."""
    cursor = start
    for m in _SENT_END.finditer(text, start):
        if m.end() <= cursor:
            continue
        yield from _piece(text, cursor, m.start())
        cursor = m.end()
    yield from _piece(text, cursor, len(text))


def _piece(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield built(Sentence, {"start": start, "end": end, "text": text[start:end]})


def tokens(text: str) -> list[str]:
    """The words of ``text`` (Devanagari or Latin)."""
    return _WORD.findall(text)


def is_heading(sentence: Sentence, text: str) -> bool:
    """A sentence standing alone on its line with no closing mark: a heading."""
    before = text[:sentence.start].rstrip(" \t")
    after = text[sentence.end:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n")) \
        and sentence.text[-1] not in "।.?!"


@dataclass(frozen=True)
class Mention:
    """A show named at ``start..end`` of the article text."""

    start: int
    end: int
    name: str


def _plausible(title: str) -> bool:
    """A title candidate with at least one word that is not grammar or TV vocabulary."""
    ws = tokens(title)
    return 0 < len(ws) <= 7 and any(w not in _GENERIC and not w.isdigit() for w in ws)


def _candidate_titles(doc: Doc) -> list[str]:
    """Titles the article marks as such: quoted, after a show word, or repeated headings."""
    text = doc.text
    found: list[str] = []
    for m in _QUOTED.finditer(text):
        title = _LATIN_PAREN.sub("", m["t"]).strip()
        if _plausible(title) and not _ALIAS_AFTER.match(text, m.end()):
            found.append(title)
    for pattern in (_AFTER_SHOW_WORD, _STARRER):
        for m in pattern.finditer(text):
            title = _before_marker(text, _before_chart_word(m["t"]))
            if _plausible(title) and _DEVA.search(tokens(title)[0]) \
                    and tokens(title)[0] not in _SHOW_WORDS | _NOT_A_START \
                    and not _CHANGE_WORD.search(title):
                found.append(title)  # not "शो में सफर खत्म हो गया": a case marker opens no title
    found += _repeated_before_in(text, found)
    found += _weak_titles(text, found)
    latin = [m["t"] for m in _LATIN_TITLE.finditer(text)]
    lead = _LATIN_LEAD.match(text[body_start(text):])
    if lead:
        opening = _latin_title(lead["t"])
        if opening and not any(same_person(opening, p) for p in _people_named(text)):
            found.append(opening)  # "Riya Malhotra Birthday:" opens with a person, not a show
    found += [t for t in map(_latin_title, latin) if t]
    slug = frozenset(t.lower() for t in slug_tokens(doc.article.url))
    found += _latin_marked(text, slug)
    found += [w for w in _latin_slug_words(text, slug) if not any(w in t.split() for t in found)]
    found += _deva_lead(text)
    for s in sentences(doc):
        if _DEVA.search(s.text) and is_heading(s, text) and _plausible(s.text) \
                and tokens(s.text)[0] not in _GENERIC and not tokens(s.text)[0].isdigit() \
                and not _CHART_WORDS & set(tokens(s.text)) \
                and _occurrences(text, s.text) > 1 and "," not in s.text \
                and not _QUOTE_MARK.search(s.text):  # "'X' से A की छुट्टी" holds its title
            found.append(s.text)
    if _CHART.search(text):
        found += _numbered_titles(text)
    found += _repeated_before_in(text, found, _BARE_SHOW_WORD)
    return _cut_at_latin(found) or _slug_titles(doc) or _turn_lead(text)


# What happens only in a story: a twist, a leap, an entry
_STORY_TURN = rf"(?:ट्विस्ट|लीप|मोड़|एंट्री|हाई\s+वोल्टेज|धमाकेदार)(?!{L})"

# A headline opening on the show a story turn comes in: "X में आएगा बड़ा ट्विस्ट"
_TURN_LEAD = re.compile(rf"^\s*(?P<t>{L}+(?:[ \t]+{L}+){{0,3}}?)[ \t]+में[ \t]+(?:{L}+[ \t]+){{0,3}}?"
                        rf"{_STORY_TURN}")


def _turn_lead(text: str) -> list[str]:
    """The title a headline opens on when a twist, leap or entry comes in it (only when no
    other cue names a show: "X की जिंदगी में ट्विस्ट" is a person's life, so no run with a
    genitive or a word of news counts)."""
    m = _TURN_LEAD.match(text[body_start(text):])
    if not m or not _DEVA.search(m["t"]) or not _plausible(m["t"]):
        return []
    ws = tokens(m["t"])
    if set(ws) & (_GENITIVES | _CHART_WORDS) or ws[0] in _GENERIC \
            or any(same_person(m["t"], p) for p in _people_named(text)):
        return []
    return [m["t"]]


def _cut_at_latin(found: list[str]) -> list[str]:
    """Titles read on past a case marker cut there when the words before it spell a Latin
    title the article gives ("शो चांदनी रात में बड़ा बदलाव होने वाला है" beside "Chandni
    Raat:"): the rest is the clause's."""
    latin = [t.split() for t in found if not _DEVA.search(t)]
    out: list[str] = []
    for title in found:
        ws = title.split()
        cut = next((k for k, w in enumerate(ws[1:-1], start=1) if w in _MARKERS and any(
            len(lw) == k and all(same_word(d, x) for d, x in zip(ws[:k], lw, strict=True))
            for lw in latin)), None) if latin and _DEVA.search(title) else None
        out.append(" ".join(ws[:cut]) if cut else title)
    return out


def _repeated_before_in(text: str, found: list[str],
                        pattern: re.Pattern[str] = _AFTER_SHOW_WORD_IN) -> list[str]:
    """Unquoted titles after a show word that end before "में" (see
    :data:`_AFTER_SHOW_WORD_IN`), or after a bare one (``pattern``): those the article
    repeats, not parts of a title found."""
    out: list[str] = []
    for m in pattern.finditer(text):
        title = _before_marker(text, _before_chart_word(m["t"]))
        ws = tokens(title)
        if ws and _plausible(title) and _DEVA.search(ws[0]) and ws[0] not in _SHOW_WORDS \
                and ws[0] not in _GENERIC \
                and ws[-1] not in _NOT_AN_END and not _CHANGE_WORD.search(title) \
                and not any(title in t or t in title for t in (*found, *out)) \
                and _occurrences(text, title) > 1:
            out.append(title)
    return out


# A Latin title-cased run right before a Hindi case marker ("Pyaar Ki Dor में", "Kesar Ki
# Kahani की एक्ट्रेस"): a title when it holds a word of a Hindi title's grammar written in
# Latin letters (a person's name holds none) and the article names it twice.
_LATIN_MARKED = re.compile(
    rf"(?<![A-Za-z])(?P<t>[A-Z][a-z0-9'!]*(?:[ \t]+[A-Z0-9][a-z0-9'!]*){{1,6}})[ \t]+"
    rf"(?:में|की|का|के|से|ने|को|पर)(?!{L})")
_HINGLISH_GRAMMAR = re.compile(
    r"\b(?:Ki|Ka|Ke|Kii|Kay|Hai|Hain|Se|Mein|Ko|Na|Ye|Yeh|Kya|Teri|Meri|Tera|Mera|Tere|Mere|"
    r"Hum|Tum|Aur|Bhi|Ek|Ho|Tak)\b")


_BROADCASTERS = words("channels") | words("platforms")


def _slugged(title: str, slug: frozenset[str]) -> bool:
    """Whether the URL's slug holds every word of a Latin title."""
    return all(w.lower() in slug for w in title.split())


def _latin_marked(text: str, slug: frozenset[str] = frozenset()) -> list[str]:
    """The Latin titles of :data:`_LATIN_MARKED` and :data:`_LATIN_OWNING` (see there);
    one named once is a title when ``slug`` (the URL's words) holds all its words."""
    out: list[str] = []
    for m in _LATIN_MARKED.finditer(text):
        title = _latin_title(m["t"])
        # "X में": a place in a run of Latin words is a show's, not a person's (not a channel's)
        inside = m.group().endswith("में") and title is not None \
            and title.lower() not in _BROADCASTERS \
            and not any(same_person(title, p) for p in _people_named(text))
        if title and title not in out and (inside or _HINGLISH_GRAMMAR.search(title)) \
                and (_occurrences(text, title) > 1 or (inside and _slugged(title, slug))):
            out.append(title)  # "Rang Mahal में" once, its words in the URL
    for m in _LATIN_OWNING.finditer(text):
        title = _latin_title(m["t"])
        if title and title not in out:
            out.append(title)
    return out


# One Latin word where a place is named ("Tarini में"), read as a title when the URL spells it
_LATIN_WORD_IN = re.compile(rf"(?<![A-Za-z])(?P<t>[A-Z][a-z0-9]{{2,}})[ \t]+में(?!{L})")


def _latin_slug_words(text: str, slug: frozenset[str]) -> list[str]:
    """One-word Latin titles: a word "X में" (in X) that the URL's slug (its words,
    lower-cased) holds too (a person is rarely a place; a channel or platform is no title)."""
    return list(dict.fromkeys(
        m["t"] for m in _LATIN_WORD_IN.finditer(text)
        if m["t"].lower() in slug and m["t"].lower() not in _BROADCASTERS))


def _deva_lead(text: str) -> list[str]:
    """The Devanagari words before the headline's colon ("प्यार की डोर: अर्जुन की पत्नी
    बनेगी मीरा") or before what only a show has ("तारिणी की एक्ट्रेस ..."), unless chart
    words or a person's name."""
    head = text[body_start(text):]
    m = _DEVA_LEAD.match(head)
    if not m:  # no grammar word but a title's ("रिया मल्होत्रा ने छोड़ा X की एक्ट्रेस" is no title)
        m = _DEVA_OWNING_LEAD.match(head)
        if m and any(w in _GENERIC and w not in _TITLE_GRAMMAR for w in tokens(m["t"])):
            return []
    if not m or not _DEVA.search(m["t"]) or not _plausible(m["t"]):
        return []
    ws = tokens(m["t"])
    while len(ws) > 1 and ws[-1] in _NEWS_WORDS:
        ws.pop()  # "X स्पॉइलर:", "X अपडेट:": the news word is no part of the title
    title = " ".join(ws)
    if _CHART_WORDS & set(ws) or ws[0] in _GENERIC \
            or any(same_person(title, p) for p in _people_named(text)):
        return []
    return [title]


# Words a headline puts after the title it opens with ("X स्पॉइलर: ...")
_NEWS_WORDS = nukta_spellings(frozenset({
    "स्पॉइलर", "स्पॉयलर", "अपडेट", "ट्विस्ट", "प्रोमो", "एपिसोड", "लेटेस्ट", "न्यूज", "अपकमिंग",
    "रिटन", "खुलासा", "ड्रामा"}))


# A chart article (a TRP report); its numbered lines name shows.
_CHART = re.compile(r"टीआरपी|TRP|BARC|बार्क|रेटिंग|ऑरमैक्स|ओरमैक्स|Ormax", re.I)
# "1. केसर की कहानी", "नंबर 2- प्यार की डोर (कलर्स) - 2.2": a numbered chart line.
NUMBERED = re.compile(
    r"^[ \t]*(?:नंबर[ \t]*|No\.?[ \t]*|#)?(?P<n>\d{1,2})[ \t]*[.)\-–:][ \t]*['‘\"“]?"
    r"(?P<t>[^\n()\-–:|'’\"”\d]+?)['’\"”]?[ \t]*(?:[(\-–:|][^\n]*)?$", re.M)


def _numbered_titles(text: str) -> list[str]:
    """The titles of a chart's numbered lines (a list: two lines or more), without the
    channel or value that may follow them."""
    found = [m["t"].strip() for m in NUMBERED.finditer(text)
             if _plausible(m["t"]) and tokens(m["t"])[0] not in _GENERIC]
    return found if len(found) >= 2 else []


def _weak_titles(text: str, strong: list[str]) -> list[str]:
    """Unquoted titles after a chart place ("पहले नंबर पर X है"): kept when the article
    names them twice or no firmer cue found any title, and when not a piece of one."""
    found: list[tuple[str, bool]] = []
    for m in (*_AFTER_PLACE.finditer(text), *_BEFORE_PLACE.finditer(text)):
        trimmed = _trim(m["t"])
        if trimmed and _DEVA.search(trimmed[0]):
            found.append(trimmed)
    # a title a channel owns ("जी टीवी का X") is a show however often the article names it
    return [t for t, owned in found if (owned or not strong or _occurrences(text, t) > 1)
            and not any(t in s for s in strong)]


# The show before its place, after a word or comma that ends what comes before it: "इस
# हफ्ते X पहले नंबर पर है", "वहीं X दूसरे नंबर पर खिसक गया है", "A ने मारी बाजी, X दूसरे
# नंबर पर"
_BEFORE_PLACE = re.compile(
    rf"(?:(?<!{L})(?:हफ्ते|सप्ताह|वीक|वहीं|वहीँ|जबकि)|,)\s+(?P<t>{L}+(?:\s+{L}+){{0,5}}?)"
    rf"\s+(?:भी\s+)?(?:{lexicon_alternation('hi_ordinals')}|\d{{1,2}}\s*(?:वें|वे))\s+"
    rf"(?:नंबर|स्थान|पायदान|पोजिशन|पोजीशन)\s+पर(?!{L})", re.M)


# Words a title is made of that a person's name never holds.
_TITLE_GRAMMAR = frozenset({"का", "की", "के", "है", "हैं", "में", "से", "भी", "और", "ना", "न", "ये",
                            "क्या", "तो", "कभी", "थी", "था", "हो", "पर", "तेरी", "मेरी", "तेरा",
                            "मेरा", "तेरे", "मेरे", "हम", "तुम"})
# Where the article says a name is a show's: a show word beside it, or it opens the headline.
_SHOW_BESIDE = r"(?:शो|सीरियल|धारावाहिक|फेम)"
# "X की एक्ट्रेस", "X के मेकर्स": what only a show has.
_SHOWS_OWN = (r"(?:की|के|का)\s+(?:एक्ट्रेस|एक्टर|अभिनेत्री|अभिनेता|स्टारकास्ट|कास्ट|मेकर्स|निर्माता"
              r"|सेट|टीआरपी|लीड|एपिसोड|कहानी|ट्रैक)")
# "Anupamaa की एक्ट्रेस", "Imlie के मेकर्स", "Imlie फेम": what only a show has (any title,
# one word too)
_LATIN_OWNING = re.compile(
    rf"(?<![A-Za-z])(?P<t>[A-Z][a-z0-9'!]*(?:[ \t]+[A-Z0-9][a-z0-9'!]*){{0,6}})[ \t]+"
    rf"(?:{_SHOWS_OWN}|फेम)(?!{L})")

# A headline opening on a title and what only a show has ("तारिणी की एक्ट्रेस मेघा राव ...")
_DEVA_OWNING_LEAD = re.compile(rf"^\s*(?P<t>{L}+(?:[ \t]+{L}+){{0,5}}?)[ \t]+(?:की|के|का)[ \t]+"
                               rf"(?:एक्ट्रेस|एक्टर|अभिनेत्री|अभिनेता|स्टारकास्ट|मेकर्स)(?!{L})")

# Where a name is a person's: a job before it, a Latin person's gloss or "starrer" after.
_PERSON_BESIDE = re.compile(
    r"(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा|होस्ट|कंटेस्टेंट|विनर|प्रोड्यूसर|निर्माता)\s+$")
_PHRASE = re.compile(rf"{L}+(?:[ \t]+{L}+)*")


def _slug_titles(doc: Doc) -> list[str]:
    """Runs of words the URL slug spells ("kesar-ki-kahani" for "केसर की कहानी"), read
    when no cue in the text marks a title (an unquoted title the text never calls a show).

    A slug also spells people ("riya-malhotra") and news words ("trp", "leap"), so a
    run counts only when it holds a word of a title's grammar ("की", "है"), ends in a
    season number, or the article puts a show word beside it or opens with it, and
    when no occurrence is marked as a person's.
    """
    slug = slug_tokens(doc.article.url)
    if not slug:
        return []
    text = doc.text
    start = body_start(text)
    runs: dict[str, list[str]] = {}
    matcher = SlugMatcher(slug)
    for phrase in dict.fromkeys(_PHRASE.findall(text, start)):
        ws = phrase.split()
        if not any(_DEVA.search(w) for w in ws):
            continue
        for i, j in matcher.runs(ws):
            title = " ".join(ws[i:j])
            if _plausible(title) and ws[i] not in _GENERIC and ws[j - 1] not in _NOT_AN_END \
                    and _DEVA.search(title) and (j - i > 1 or _one_word_title(ws[i], slug)):
                runs[title] = ws[i:j]
    lead = slug_lead(doc.article.url)
    return [t for t, ws in runs.items() if _show_like(text, t, ws, start) or (
        _slug_opens(lead, ws) and not _person_marked(text, t))]


def _person_marked(text: str, name: str) -> bool:
    """Whether the article marks ``name`` as a person somewhere: a job before it
    ("एक्टर A") or a subject's "ने" after it ("A ने ...")."""
    for m in re.finditer(rf"(?<!{L}){re.escape(name)}(?!{L})", text):
        if _PERSON_BESIDE.search(text, max(0, m.start() - 20), m.start()) \
                or re.match(r"\s+ने(?!\S)", text[m.end():]):
            return True
    return False


def _slug_opens(lead: list[str], ws: list[str]) -> bool:
    """Whether the URL's slug opens with the run ("chandni-raat-rohan-verma-quits" for
    "चांदनी रात"): an outlet's slug leads with the show its story is about. Two words at
    least: a slug opens with a person as often."""
    return 1 < len(ws) <= len(lead) and all(
        same_word(w, t) for w, t in zip(ws, lead, strict=False))


def _one_word_title(word: str, slug: list[str]) -> bool:
    """A one-word run counts when it has three consonants the slug spells exactly."""
    skeleton = deva_skeleton(word)
    return len(skeleton) >= 3 and any(latin_skeleton(t) == skeleton for t in slug)


# Case markers that end a title followed by the rest of its clause ("शो X में लीप आने वाला है"),
# and the genitives, which titles hold too ("प्यार की डोर"): see _before_marker
_MARKERS = frozenset({"में", "से", "को", "ने", "पर"})
_GENITIVES = frozenset({"का", "की", "के"})
# A title does not end in a case marker (the run went on past it).
_NOT_AN_END = _MARKERS | _GENITIVES | {"और"}


def _show_like(text: str, title: str, ws: list[str], start: int) -> bool:
    """Whether the article treats a slug-spelled run as a show rather than a person."""
    at = [m.start() for m in re.finditer(rf"(?<!{L}){re.escape(title)}(?!{L})", text)]
    if any(_PERSON_BESIDE.search(text, max(0, a - 20), a) for a in at) \
            or re.search(rf"{re.escape(title)}\s*(?:\([A-Z][a-z]+\s+[A-Z][a-z]+\)\s*)?\s+"
                         rf"(?:स्टारर|ने\s+कहा|ने\s+बताया)", text):
        return False
    if set(ws) & _TITLE_GRAMMAR or ws[-1].isdigit():
        return True
    quoted = re.escape(title)
    beside = re.compile(rf"{_SHOW_BESIDE}[ \t]+['‘\"“]?{quoted}(?!{L})"
                        rf"|(?<!{L}){quoted}['’\"”]?[ \t]+(?:{_SHOW_BESIDE}|{_SHOWS_OWN})(?!{L})"
                        # "X में आएगा ट्विस्ट/लीप", "X में होगी एंट्री": what happens in a show
                        rf"|(?<!{L}){quoted}[ \t]+में[ \t]+(?:{L}+[ \t]+){{0,3}}?{_STORY_TURN}")
    return bool(beside.search(text)) or bool(re.match(rf"\s*{re.escape(title)}\s*:", text[start:]))


# Words before a title that are not part of it ("पहले नंबर पर इस बार भी X है").
_LEADING = frozenset({"इस", "बार", "भी", "हफ्ते", "सप्ताह", "वीक", "फिर", "अब", "एक", "टीवी",
                      "सीरियल", "शो", "धारावाहिक", "लोकप्रिय", "चर्चित", "पॉपुलर", "मशहूर",
                      "सुपरहिट", "फेमस", "हिट", "तो", "वहीं", "हमेशा", "लगातार", "सबसे",
                      # the verb put first ("दूसरे नंबर पर रहा X", "... पर काबिज है X",
                      # "दूसरे नंबर पर खिसका X")
                      "रहा", "रही", "रहे", "काबिज", "बरकरार", "खिसक", "खिसका", "खिसकी", "खिसके",
                      "फिसल", "फिसला", "फिसली", "फिसले", "पहुंच", "पहुंचा", "पहुंची", "पहुंचे",
                      "लुढ़क", "लुढ़का", "लुढ़की", "लुढ़के", "गिरा", "गिरी", "चढ़ा", "चढ़ी", "आया",
                      "आई", "बना", "बनी"})
# A title never starts with a case marker, an auxiliary or a pronoun of the sentence.
_NOT_A_START = frozenset({"में", "ने", "को", "से", "पर", "का", "की", "के", "है", "हैं", "था", "थी",
                          "थे", "ही", "और", "उस", "इन", "उन", "जो", "जिस", "जिसमें", "अपनी",
                          "अपने", "अपना", "लिए", "हर", "कि", "वह", "वो", "उनके", "उनकी", "इसके",
                          "इसकी", "इसका", "उसके", "उसकी", "कौन", "क्या", "काफी", "लेकर"})
_FROM = re.compile(r"\s(?:From|from|In|in|Of|of|On|on)\s")


def _latin_title(lead: str) -> str | None:
    """A Latin title from a lead or a run after a show word, cut before news words.

    "Kesar Spoiler" gives "Kesar"; "Riya Exit From Kesar" gives "Kesar" (what
    follows "From/In" is the show).
    """
    parts = _FROM.split(lead)
    if len(parts) > 1 and _LATIN_GENERIC.search(parts[0]):
        lead = parts[-1]
    cut = _LATIN_GENERIC.search(lead)
    title = (lead[:cut.start()] if cut else lead).strip(" -'!")
    words_ = title.split()
    if not words_ or len(words_) > 7 or not title[0].isupper():
        return None
    return title


# A channel's genitive before a title in a chart's prose ("वहीं स्टार प्लस का X दूसरे नंबर
# पर", "तीसरे नंबर पर जी टीवी का X है"): whose show it is, not a word of it
_CHANNEL_OF = re.compile(rf"^(?:{lexicon_alternation('hi_channels')})\s+(?:का|की|के)\s+")


def _trim(title: str) -> tuple[str, bool] | None:
    """``title`` without leading grammar words or a channel's genitive, and cut before a
    chart word, with whether a channel's genitive was cut; None if empty."""
    ws = _past_leading(_before_chart_word(title).split())
    owned = _CHANNEL_OF.match(" ".join(ws))
    if owned:  # "सोनी टीवी का शो X": the show word after the channel's genitive too
        ws = _past_leading(" ".join(ws)[owned.end():].split())
    if not ws or ws[0] in _NOT_A_START:
        return None
    out = " ".join(ws)
    return (out, bool(owned)) if out and _plausible(out) and not ws[0].isdigit() else None


def _past_leading(ws: list[str]) -> list[str]:
    """``ws`` from its first word that is not one of :data:`_LEADING`."""
    i = 0
    while i < len(ws) and ws[i] in _LEADING:
        i += 1
    return ws[i:]


def _occurrences(text: str, phrase: str) -> int:
    """How often ``phrase`` occurs in ``text`` as whole words."""
    return len(re.findall(rf"(?<!{L}){re.escape(phrase)}(?!{L})", text))


_PERSON_CUE = re.compile(
    rf"(?:(?<!{L})(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा|होस्ट)\s+(?P<a>{L}+\s+{L}+)(?!{L})"
    rf"|(?<![\u0900-\u097F'‘]\s)(?<![\u0900-\u097F'‘])(?P<b>[\u0900-\u097F]+\s+[\u0900-\u097F]+)"
    rf"\s*(?:\([A-Z][a-z]+\s+[A-Z][a-z]+\)\s*)?\s+(?:स्टारर|ने\s+कहा|ने\s+बताया))"
)


def _people_named(text: str) -> list[str]:
    """Two-word names the article marks as people: after a job title, before "स्टारर"."""
    return [m["a"] or m["b"] for m in _PERSON_CUE.finditer(text)]




def _before_marker(text: str, title: str) -> str:
    """``title`` cut before a case marker inside it when the article repeats the words
    before the marker more often than the whole: a title read up to a clause's end
    ("शो X में लीप आने वाला है।" -> "X", the headline naming X again); a title holding
    the marker ("... के प्यार में") repeats with it. A genitive ("सीरियल X का हिस्सा")
    cuts only where the article also gives the head what only a show has, other than
    the title's own next words ("X की कहानी"): titles hold genitives ("प्यार की डोर")."""
    ws = title.split()
    for k, w in enumerate(ws[1:-1], start=1):
        if w not in _MARKERS and w not in _GENITIVES:
            continue
        head = " ".join(ws[:k])
        if not _plausible(head) or _occurrences(text, head) <= _occurrences(text, title):
            continue
        if w in _MARKERS or any(
                m.group(1).split() != ws[k:k + 2] for m in re.finditer(
                    rf"(?<!{L}){re.escape(head)}\s+({_SHOWS_OWN})(?!{L})", text)):
            return head
    return title


def _before_chart_word(title: str) -> str:
    """``title`` cut before its first chart word ("साथ चलेंगे पहले पायदान" -> "साथ चलेंगे")."""
    ws = title.split()
    cut = next((i for i, w in enumerate(ws) if w in _CHART_WORDS), len(ws))
    return " ".join(ws[:cut])


def show_mentions(doc: Doc) -> list[Mention]:
    """Every occurrence of a detected show title, longest title first at each place."""
    cached: list[Mention] | None = doc.cache.get("hi.mentions")
    if cached is not None:
        return cached
    titles = sorted(set(_candidate_titles(doc)), key=len, reverse=True)
    out: list[Mention] = []
    if titles:
        alt = "|".join(re.escape(t) for t in titles)
        # a season's number belongs to the title ("बिग बॉस 19 को 11वीं पोजिशन")
        pattern = re.compile(rf"(?<!{L})(?:{alt})(?:\s+\d{{1,2}}(?![\d.,]|\s*(?:साल|दिन|हफ्त|"
                             rf"घंट|मिनट|एपिसोड|%)))?(?!{L})")
        same = _aliases(doc.text, titles)
        out = [Mention(m.start(), m.end(), same.get(m.group(), m.group()))
               for m in pattern.finditer(doc.text)]
    doc.cache["hi.mentions"] = out
    return out


# A Latin gloss "(Kesar)" and the Devanagari run right before it ("'केसर' (Kesar)"): the
# gloss is found first and the run read backwards from it (a forward pattern tried
# from every Devanagari letter cost the square of a run's length).
_GLOSS = re.compile(r"\((?P<l>[A-Za-z][A-Za-z0-9 !'&.-]*)\)")
_BEFORE_GLOSS = re.compile(r"[\u0900-\u097F0-9 ]*[\u0900-\u097F][\u0900-\u097F0-9 ]*")
_GAP = frozenset("’'\"”")


def _aliases(text: str, titles: list[str]) -> dict[str, str]:
    """A Latin title named for a Devanagari one (its gloss "'केसर' (Kesar)", or the same
    words' initials) maps to the Devanagari title, so one show is one name."""
    deva = [t for t in titles if _DEVA.search(t)]
    out: dict[str, str] = {}
    glossed = {}
    for m in _GLOSS.finditer(text):
        run = _run_before(text, m.start())
        if run:
            glossed[m["l"].strip()] = run
    for t in titles:
        if _DEVA.search(t):
            continue
        match = next((d for d in deva if glossed.get(t, "").endswith(d)), None) \
            or next((d for d in deva if same_person(t, d)), None)
        if match:
            out[t] = match
    return out


def _run_before(text: str, end: int) -> str | None:
    """The Devanagari words (digits and spaces among them) that end right before ``end``,
    past blanks and closing quotes, from their first Devanagari letter; None if none."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and text[i - 1] in _GAP:
        i -= 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    j = i
    while j > 0 and ("\u0900" <= text[j - 1] <= "\u097f" or "0" <= text[j - 1] <= "9"
                     or text[j - 1] == " "):
        j -= 1
    m = _BEFORE_GLOSS.fullmatch(text, j, i)
    if m is None:
        return None
    k = j
    while not "\u0900" <= text[k] <= "\u097f":
        k += 1
    return text[k:i].strip()


def shows_in(doc: Doc, sentence: Sentence) -> list[Mention]:
    """Show mentions inside one sentence, in text order."""
    return [m for m in show_mentions(doc) if sentence.start <= m.start < sentence.end]


def topic(doc: Doc) -> str | None:
    """The article's main show: the one named most often (first named on a tie)."""
    counts: dict[str, int] = {}
    for m in show_mentions(doc):
        counts[m.name] = counts.get(m.name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def show_before(doc: Doc, offset: int) -> str | None:
    """The show named last before ``offset`` (what "ye show", "is show" refer to)."""
    best: str | None = None
    for m in show_mentions(doc):
        if m.start >= offset:
            break
        best = m.name
    return best


def show_for(doc: Doc, sentence: Sentence) -> str | None:
    """The show a sentence speaks of: one it names, else the last named, else the topic."""
    inside = shows_in(doc, sentence)
    if inside:
        # "'केसर' फेम रिया", "'केसर' के बाद": a show named as a past credit yields to another
        current = [m for m in inside if not _CREDIT.match(doc.text, _after_gloss(doc.text, m.end))]
        return (current or inside)[0].name
    return show_before(doc, sentence.start) or topic(doc)


_CREDIT = re.compile(rf"\s*(?:फेम|से\s+मशहूर|से\s+फेमस|से\s+पहचान|के\s+बाद|जैसे|में\s+काम\s+कर\s+चुक)(?!{L})")


def _after_gloss(text: str, end: int) -> int:
    """Where the text goes on after a title's closing quote and Latin gloss."""
    gloss = _GLOSS_AFTER.match(text[end:end + 80])
    return end + gloss.end() if gloss else end


_GLOSS_AFTER = re.compile(r"^[’'\"”]*\s*(?:\([A-Za-z][A-Za-z0-9 !'&.:-]*\)[’'\"”]*)?")


def masked(doc: Doc, sentence: Sentence) -> str:
    """``sentence.text`` with every show title (quotes and Latin gloss too) read as "शो".

    Offsets are kept (the rest of the span becomes spaces), so "'केसर' में एंट्री"
    reads as "शो      में एंट्री" and the cues written for "शो" serve every title.
    """
    text = sentence.text
    out = list(text)
    for m in shows_in(doc, sentence):
        start, end = m.start - sentence.start, m.end - sentence.start
        while start > 0 and text[start - 1] in "'‘\"“":
            start -= 1
        gloss = _GLOSS_AFTER.match(text[end:])
        if gloss:
            end += gloss.end()
        out[start:end] = list("शो".ljust(end - start)) if end - start >= 2 else out[start:end]
    return "".join(out)


# The Latin letters a Devanagari letter may be written with at the start of a name.
_INITIALS: dict[str, str] = {
    "क": "kq", "ख": "k", "ग": "g", "घ": "g", "च": "c", "छ": "c", "ज": "jz", "झ": "j",
    "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "त": "t", "थ": "t", "द": "d", "ध": "d",
    "न": "n", "प": "p", "फ": "pf", "ब": "b", "भ": "b", "म": "m", "य": "y", "र": "r",
    "ल": "l", "व": "vw", "श": "s", "ष": "s", "स": "s", "ह": "h", "ज़": "z", "फ़": "f",
    "अ": "a", "आ": "a", "इ": "ie", "ई": "ie", "उ": "uo", "ऊ": "uo", "ए": "ea", "ऐ": "ae",
    "ओ": "o", "औ": "oa", "ऋ": "r", "क़": "q", "ग़": "g", "ड़": "r", "ण": "n",
}
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")


def same_person(a: str, b: str) -> bool:
    """Whether a Latin-script and a Devanagari name may be one person's.

    Both must have the same number of words and each Latin word must begin with
    a letter the Devanagari word's first letter is written with ("Riya Malhotra"
    and "रिया मल्होत्रा"). Names in one script are compared as they are.
    """
    if bool(_LATIN_NAME.match(a)) == bool(_LATIN_NAME.match(b)):
        return a == b
    latin, deva = (a, b) if _LATIN_NAME.match(a) else (b, a)
    lw, dw = latin.lower().split(), deva.split()
    return len(lw) == len(dw) and all(
        w[0] in _INITIALS.get(d[:2], _INITIALS.get(d[0], "")) for w, d in zip(lw, dw, strict=True))
