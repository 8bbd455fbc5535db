"""cast facts from Hindi articles: which actor plays which character.

Hindi ties an actor to a role in a few recurring ways, all read here:

- a role phrase "CHAR के/का/की (मुख्य|लीड|अहम ...) किरदार/रोल/भूमिका/कैरेक्टर
  (में|निभा*|प्ले|के लिए चुना/कास्ट)" with the actor before it ("ACTOR (फिर से) CHAR के
  किरदार में", "ACTOR, जो CHAR का रोल निभा रहे हैं", "ACTOR ने CHAR का किरदार
  निभाया", "ACTOR, CHAR के रोल में", "ACTOR को CHAR के किरदार में पसंद किया") or after
  a participle or job title ("CHAR का किरदार निभा रहीं ACTOR", "CHAR के किरदार में
  लौट रहे एक्टर ACTOR", "CHAR का किरदार ACTOR ने निभाया", "CHAR के रोल के लिए ACTOR
  को चुना"); either name may be written in Latin letters; a first pair whose role word
  is left out ("A ने X और B ने Y का किरदार", "A, X का और B, Y का किरदार");
- "CHAR बनीं/बने/बनेंगी ACTOR" (became, will become: "मीरा बनीं रिया मल्होत्रा"), "ACTOR ने
  CHAR बनकर", "CHAR बनकर ... पहचान बनाने वाली ACTOR", "ACTOR CHAR के रूप/अवतार/लुक में
  नजर आएंगी";
- the role word owned by the actor and followed by the character: "ACTOR का किरदार CHAR",
  "ACTOR अपने किरदार CHAR"; "ACTOR CHAR नाम की विलेन का किरदार निभाएंगी";
- a name glossed by another in parentheses, "CHAR (ACTOR)" or "ACTOR (CHAR)"
  (a Latin gloss of the same name, "रिया (Riya)", is not a role);
- a couple's players and parts around "जोड़ी": "A और B की जोड़ी X और Y के रूप में",
  "X-Y की जोड़ी को A और B ने निभाया";
- "CHAR यानी/यानि/उर्फ ACTOR" (i.e., alias); lists "A और B यानी C और D", "A-B यानी
  C-D" pair in order unless the order matches names of clashing gender (by how a
  Hindi first name ends) and the crossed order does not.

Where the order is free (parentheses, aliases) the longer name is the actor:
actors are named in full, characters mostly by a first name; a cast fact needs
an actor's full name.

:func:`roles` is shared with ``cast_change`` (a role said with "लौट"/"फिर से" is
also a return).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tellytrack.extract import records
from tellytrack.extract.document import Doc
from tellytrack.extract.hi.names import (
    FUTURE_VERB,
    latin_after,
    latin_before,
    name_after,
    name_before,
    names_after,
    names_before,
    same_person,
)
from tellytrack.extract.hi.text import (
    STOP as _STOP,
)
from tellytrack.extract.hi.text import (
    L,
    lexicon_alternation,
    sentences,
    show_for,
    show_mentions,
)
from tellytrack.model import Fact, Sentence

# The role words: every role phrase holds one (the owned-role patterns are looked for
# only in a sentence holding one, see _owned_roles).
_ROLE_WORDS = ("किरदार", "रोल", "भूमिका", "कैरेक्टर", "पात्र")
_ROLE = rf"(?:{'|'.join(_ROLE_WORDS)})"
_ROLE_ADJ = r"(?:(?:लीड|मुख्य|अहम|प्रमुख|लीडिंग|दमदार|नेगेटिव|पॉजिटिव|खास|निगेटिव)\s+)?"
_ROLE_CUE = re.compile(
    rf"['’\"”]?\s*(?:के|का|की)\s+(?:{_ROLE_ADJ}{_ROLE}(?!{L})"
    rf"|(?:(?:रूप|अवतार|लुक)\s+में|तौर\s+पर)\s+(?=(?:{L}+\s+){{0,3}}(?:नजर|दिख|दिखाई|आएं|आ\s|कास्ट\s|वापसी|एंट्री|डेब्यू)"
    # "Y1 के रूप में A1 और Y2 के रूप में A2 नजर आ रहे हैं": one verb for both
    rf"|(?:{L}+\s+){{1,3}}(?:और|व)\s+{L}+(?:\s+{L}+)?\s+(?:के|का|की)\s+(?:रूप|अवतार|लुक)\s))"
)
_JOBS = r"(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा|कलाकार|स्टार|टीवी\s+एक्ट्रेस|टीवी\s+एक्टर)"
_JOB_BEFORE = re.compile(rf"{_JOBS}\s*$")
# Words after a role phrase that lead on to the actor ("निभा रहीं", "में नजर आने वाले").
_PARTICIPLE = frozenset({
    "वाले", "वाली", "वाला", "वालीं", "रहे", "रहीं", "रही", "रहा", "चुके", "चुकी", "चुकीं",
    "चुका", "एक्टर", "एक्ट्रेस", "अभिनेता", "अभिनेत्री", "अदाकारा", "कलाकार", "स्टार",
    "मशहूर", "फेमस", "पॉपुलर", "लोकप्रिय", "जानी", "जाने", "जाना", "पहचानी",
})
_LEAD_WORD = re.compile(rf"^\s*({L}+)")
# What follows a role phrase when its subject plays the part: "(में) नजर आएंगी",
# "में हैं", "निभा रही हैं", "प्ले करेंगे" — not "के किरदार को/से/की ...".
_PLAYING = re.compile(
    rf"\s*(?:में\s+(?:(?:फिर\s+से|भी|ही|अब|अभी|दोबारा|जल्द\s+ही|एक\s+बार\s+फिर)\s+)?(?:नजर|दिख|दिखाई|थीं|थी|थे|था|हैं|है|"
    rf"लौट|आएं|आएंगी|आएंगे|होंगी|होंगे|होगी|होगा|वापसी|एंट्री|जंच|जम|फिट|देख|(?:काफी\s+|बहुत\s+|खूब\s+)?पसंद)"
    rf"|(?:निभा{L}*|प्ले|अदा|कर|करती|करते|करता|किया|की|कास्ट)(?!{L})|(?:नजर|दिख{L}*)(?!{L})"
    rf"|को\s+(?:{L}+\s+){{0,2}}?निभा{L}*"  # "C के किरदार को बखूबी निभाया"
    rf"|के\s+लिए\s+(?:कास्ट|चुन|चुना|चुनी|चुने|फाइनल|साइन|लॉक|अप्रोच)(?!{L})"
    rf"|(?:से|के\s+लिए)\s+(?:मशहूर|फेमस|पॉपुलर|लोकप्रिय|जानी|जाने|जाना|पहचानी|पहचाने|घर-घर)"
    rf"|से\s+(?:{L}+\s+){{0,2}}?दिल\s+जीत)")  # "C के किरदार से (सबका) दिल जीता"
_IN_ROLE = re.compile(r"\s*में\s+")
# "A का किरदार C ...", "A अपने किरदार C ...": the role named after the word, its owner the
# actor; not "C का किरदार A ने निभाया" (a name then "ने" after the word plays it).
_OWN_ROLE = re.compile(rf"(?<!{L})(?:(?P<own>का|की|के)|अपने|अपनी|अपना)\s+{_ROLE_ADJ}{_ROLE}\s+")
_PLAYS_AFTER = re.compile(rf"\s*(?:ने|को)(?!{L})")
# "C नाम की/के <noun> का किरदार": the role is the name before "नाम"
_NAMED = re.compile(rf"\s+नाम\s+(?:की|के|का)\s+(?:{L}+\s+)?"
                    rf"(?={L}+\s+(?:का|की|के)\s+{_ROLE_ADJ}{_ROLE})")
_VERB_FIRST = re.compile(
    r"\s+(?:निभाएंगे|निभाएंगी|निभाएगा|निभाएगी|निभा\s+रहे|निभा\s+रही|निभाया|निभाई)\s+")
_BECAME = re.compile(rf"\s+(?:बनीं|बनी|बने|बनेंगी|बनेंगे|बनेगी|बनेगा)\s+(?:{_JOBS}\s+)?(?!{L}*\s*$)")
# "A नई Y होंगी" / "A होंगी नई Y" (A will be the new Y): the verb after Y, or before "नई"
_NEW_ONE = re.compile(r"\s+(?P<verb>(?:होंगी|होंगे|होगी|होगा|हैं|है)\s+)?(?:नई|नए|नया)\s+")
_WILL_BE = re.compile(rf"\s*(?:होंगी|होंगे|होगी|होगा|हैं|है)(?!{L})")
# "ACTOR (ने) (शो में) CHAR बनकर ...": the actor is named before the character.
_BECOMING = re.compile(rf"\s+(?:बनकर|बनके)(?!{L})")
# "C बनकर घर-घर में पहचान बनाने वाली A", "C बनकर मशहूर हुईं A": the participle's noun is
# the actor
_WHO_BECAME = re.compile(rf"\s+(?:[^\s।,]+\s+){{0,6}}?(?:वाली|वाले|वाला|वालीं|हुईं|हुई|हुए|हुआ)"
                         rf"\s+(?:{_JOBS}\s+)?")
# "A बतौर Y नजर आएंगी": A as Y
_AS_ROLE = re.compile(rf"(?<!{L})बतौर\s+")
_ALIAS_DEVA = "(?:यानी|यानि|उर्फ|ऊर्फ|अर्थात)"  # "i.e.", "alias"
_ALIAS = re.compile(rf"(?<!{L}){_ALIAS_DEVA}\s+|\s+(?:aka|AKA|a\.k\.a\.)\s+")
_ALIAS_WORDS = ("यानी", "यानि", "उर्फ", "ऊर्फ", "अर्थात", "aka", "AKA", "a.k.a.")  # in every match
_QUOTE_BEFORE = re.compile(r"['’\"”]\s*$")
_PAREN = re.compile(r"\(\s*([\u0900-\u097F][\u0900-\u097F ]*?)\s*\)")
_LATIN_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
_MIXED_PAIR = re.compile(rf"(?<=[\u0900-\u097F])\s*\(\s*({_LATIN_NAME})\s*\)")
_LATIN_PAIR = re.compile(rf"(?<![A-Za-z])({_LATIN_NAME})\s*\(\s*({_LATIN_NAME})\s*\)")
_QUOTED_BACK = re.compile(r"\s*['‘\"“][^'‘’\"“”\n]{1,60}['’\"”]\s*$")
_SKIP_BACK = re.compile(rf",?\s*({L}+)\s*,?\s*$")
_COMMA_BACK = re.compile(r"\s*,\s*$")
_POSSESSIVE = frozenset({"का", "की", "के"})
_LIST_WORDS = frozenset({"और", "व", "एवं", "या"})
_LIST_AFTER = re.compile(r"\s*(?:और|,|व)(?!\S)")
_LIST_BEFORE = re.compile(r"(?:और|,|व)\s*$")
_RETURN = re.compile(r"फिर\s+से|दोबारा|वापस|लौट|वापसी|कमबैक")


@dataclass(frozen=True)
class Role:
    """An actor named as playing a character in one sentence."""

    actor: str
    character: str
    sentence: Sentence
    returning: bool
    nearest: bool = False  # paired by nearness alone: a cast fact, never a change of cast


def extract(doc: Doc) -> list[Fact]:
    """One cast fact per (show, actor, character) the article states."""
    out: list[Fact] = []
    for r in roles(doc):
        show = show_for(doc, r.sentence)
        if show and " " in r.actor:  # a one-word "actor" is mostly a pair of characters
            out.append(records.fact(type="cast", show=show, evidence=doc.evidence(r.sentence),
                                    confidence=0.7, actor=r.actor, character=r.character))
    return out


def roles(doc: Doc) -> list[Role]:
    """Every (actor, character) pair stated in the article (cached)."""
    cached: list[Role] | None = doc.cache.get("hi.roles")
    if cached is None:
        cached = []
        seen: set[tuple[str, str]] = set()
        shows = {m.name for m in show_mentions(doc)}
        named = [[n for n, _, _ in _full_names_at(s.text, shows) if not _CHANNELS.fullmatch(n)]
                 for s in sentences(doc)]  # each sentence's full names
        full: dict[str, set[str]] = {}  # first word -> the full names it opens
        for name in (n for names in named for n in names):
            full.setdefault(name.split()[0], set()).add(name)
        for i, s in enumerate(sentences(doc)):
            found = _roles_in(s)
            if not any(" " in r.actor for r in found):  # no actor named in full
                found += _nearest_roles(s, shows)
            found += [r for r in _first_name_roles(s, full)
                      if not any(r.character in (f.character, f.actor) for f in found)]
            if not found and i and named[i - 1]:
                found += _pronoun_roles(s, named[i - 1][0])
            for r in [x for y in found for x in _first_names_split(y, full)]:
                if " " not in r.actor and len(full.get(r.actor, ())) == 1:
                    r = replace(r, actor=next(iter(full[r.actor])))  # "रोहन" of "रोहन कपूर"
                if (r.actor, r.character) not in seen and r.actor != r.character \
                        and not any(r.actor in show for show in shows):
                    seen.add((r.actor, r.character))
                    cached.append(r)
        doc.cache["hi.roles"] = cached
    return cached


def _first_name_roles(s: Sentence, full: dict[str, set[str]]) -> list[Role]:
    """"B Y के रोल में दिखेंगे", B the first name of the one full name the article gives it
    elsewhere: the run "B Y" is B's first name and the role, not one person's name."""
    out: list[Role] = []
    for m in _ROLE_CUE.finditer(s.text) if any(w in s.text for w in _CUE_WORDS) else ():
        run = name_before(s.text, m.start(), most=2)
        words_ = run[0].split() if run else []
        owners = full.get(words_[0], set()) - {run[0]} if run and len(words_) == 2 else set()
        if len(owners) == 1 and _PLAYING.match(s.text, m.end()):
            out.append(Role(next(iter(owners)), words_[1], s, bool(_RETURN.search(s.text))))
    return out


def _first_names_split(r: Role, full: dict[str, set[str]]) -> list[Role]:
    """"A1 Y1 और A2 Y2 का किरदार निभा रहे थे", the actors called by the first names of full
    names the article gave elsewhere: when both runs of two open with such a first name,
    each is a first name and a character, not one person's name."""
    def split(name: str) -> tuple[str, str] | None:
        words_ = name.split()
        owners = full.get(words_[0], set()) - {name}
        return (next(iter(owners)), words_[1]) if len(words_) == 2 and len(owners) == 1 \
            else None
    first, second = split(r.actor), split(r.character)
    if first and second and first[0] != second[0]:
        return [replace(r, actor=first[0], character=first[1]),
                replace(r, actor=second[0], character=second[1])]
    return [r]


_FULL_RUN = re.compile(r"[\u0900-\u097F]+(?:[ ]+[\u0900-\u097F]+)+|[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+)+")


def _full_names_at(text: str, shows: set[str]) -> list[tuple[str, int, int]]:
    """(name, start, end) of every run of two or three name words that is no show's title."""
    out: list[tuple[str, int, int]] = []
    for m in _FULL_RUN.finditer(text):
        words_ = [(w.group(), m.start() + w.start(), m.start() + w.end())
                  for w in re.finditer(r"\S+", m.group())]
        run: list[tuple[str, int, int]] = []
        for w in [*words_, ("", 0, 0)]:
            word = w[0].rstrip("।,.!?:;")  # "मल्होत्रा।": the word, not its stop
            if word and word not in _STOP and not FUTURE_VERB.search(word):
                run.append((word, w[1], w[1] + len(word)))
                if word == w[0]:
                    continue
            name = " ".join(x[0] for x in run)
            if 2 <= len(run) <= 3 and not any(name in show for show in shows):
                out.append((name, run[0][1], run[-1][2]))
            run = []
    return out


def _nearest_roles(s: Sentence, shows: set[str]) -> list[Role]:
    """Role phrases in a sentence where no pattern found the actor: the full name nearest
    before the character plays it ("A पिछले तीन साल से शो में C का किरदार निभा रही हैं"),
    when the phrase goes on to a playing verb ("C के किरदार को पसंद किया" names no actor)."""
    text = s.text
    out: list[Role] = []
    for m in _ROLE_CUE.finditer(text):
        char = name_before(text, m.start(), most=2)
        people = [p for p in _full_names_at(text, shows) if char and p[2] <= char[1]]
        if char and people and _PLAYING.match(text, m.end()):
            out.append(Role(people[-1][0], char[0], s, bool(_RETURN.search(text)), nearest=True))
    return out


# A sentence that opens on a pronoun or a bare job title speaks of the one named before:
# "टीवी एक्ट्रेस A ... नजर आएंगी। वह शो में C का किरदार निभाएंगी।", "अब वह C के रोल में
# वापसी कर रहे हैं"
_PRONOUN_OPENING = re.compile(  # "(शो में) (अब) वह ...": the show or an adverb may come first
    rf"^\s*(?:(?:इस\s+)?(?:शो|सीरियल)\s+में\s+)?(?:(?:अब|फिर|वहीं|हालांकि|लेकिन|और|जल्द\s+ही)"
    rf"\s+)*(?:वह|वो|वे|उन्होंने|उसने|{_JOBS})(?!{L})")
_CHANNELS = re.compile(lexicon_alternation("hi_channels"))


def _pronoun_roles(s: Sentence, subject: str) -> list[Role]:
    """A role phrase with a playing verb in a sentence that opens on a pronoun: played by
    the first full name of the sentence before (its subject, in Hindi's order)."""
    text = s.text
    if not _PRONOUN_OPENING.match(text):
        return []
    out: list[Role] = []
    for m in _ROLE_CUE.finditer(text):
        char = name_before(text, m.start(), most=2) or _latin_word_before(text, m.start())
        if char and _PLAYING.match(text, m.end()):
            out.append(Role(subject, char[0], s, bool(_RETURN.search(text)), nearest=True))
    return out


# What every match of a pattern holds (``_CUE_WORDS`` of ``_ROLE_CUE``, "निभा" of
# ``_VERB_FIRST``, "बन" of ``_BECAME`` and ``_BECOMING``, ``_NEW_WORDS`` of ``_NEW_ONE``,
# "(" of ``_MIXED_PAIR`` and ``_LATIN_PAIR``): ``_roles_in`` runs a pattern
# only on a sentence holding it. Led by an optional quote, by blanks or by a lookbehind,
# these patterns give ``re`` no first character to skip to: it tried every position.
_CUE_WORDS = (*_ROLE_WORDS, "रूप", "अवतार", "लुक", "तौर")
_NEW_WORDS = ("नई", "नए", "नया")


def _roles_in(s: Sentence) -> list[Role]:
    text = s.text
    out: list[Role] = []
    lo = 0
    cued = any(w in text for w in _CUE_WORDS)
    bracketed = "(" in text
    becoming = "बन" in text
    for m in _ROLE_CUE.finditer(text) if cued else ():
        found = _role_phrase(s, m, lo)
        out += found
        # "Y1 का किरदार A1 और Y2 का किरदार A2": no list of characters runs back past a
        # role phrase, nor past the actor named after it
        at = text.find(found[-1].actor, m.end()) if found else -1
        lo = at + len(found[-1].actor) if at >= 0 else m.end()
    # a headline's "A निभाएंगे C का किरदार" (its role phrase a _ROLE_CUE match: a cue word)
    for m in _VERB_FIRST.finditer(text) if cued and "निभा" in text else ():
        player = name_before(text, m.start(), most=3)
        part = name_after(text, m.end(), most=2)
        if player and part and " " in player[0] and _ROLE_CUE.match(text, part[1]):
            out.append(Role(player[0], part[0], s, bool(_RETURN.search(text))))
    for m in _BECAME.finditer(text) if becoming else ():
        became = name_before(text, m.start(), most=2)
        who = name_after(text, m.end(), most=3)
        if became and who and " " in who[0] and not _LIST_BEFORE.search(text[:became[1]]):
            out.append(Role(who[0], became[0], s, bool(_RETURN.search(text))))
    # "A नई Y होंगी", "A होंगी नई Y": A is the new Y
    for m in _NEW_ONE.finditer(text) if any(w in text for w in _NEW_WORDS) else ():
        new_role = name_after(text, m.end(), most=2)
        if not new_role or (not m["verb"] and not _WILL_BE.match(text, new_role[1])):
            continue
        newcomer = name_before(text, m.start(), most=3)
        if newcomer and " " in newcomer[0]:
            out.append(Role(newcomer[0], new_role[0], s, False))
    for m in _BECOMING.finditer(text) if becoming else ():
        run = name_before(text, m.start(), most=3)
        if run and len(run[0].split()) == 3:  # "A B Y बनकर": the full name, then the role
            *player_words, role = run[0].split()
            out.append(Role(" ".join(player_words), role, s, bool(_RETURN.search(text))))
            continue
        became = name_before(text, m.start(), most=2)
        player = actor_before(text, became[1]) if became and " " not in became[0] else None
        if became and not (player and " " in player[0]):  # "CHAR बनकर ACTOR ने ..."
            after = name_after(text, m.end(), most=3)
            player = after if after and re.match(r"\s*ने(?!\S)", text[after[1]:]) else None
            if not player and (noun := _WHO_BECAME.match(text, m.end())):
                player = name_after(text, noun.end(), most=3)  # "C बनकर ... बनाने वाली A"
        if became and player and " " in player[0]:
            out.append(Role(player[0], became[0], s, bool(_RETURN.search(text))))
    out += _owned_roles(s)
    for m in _COUPLE.finditer(text) if any(w in text for w in _COUPLE_WORDS) else ():
        out += _couple(s, m)
    for m in _AS_ROLE.finditer(text) if "बतौर" in text else ():
        player = name_before(text, m.start(), most=3)
        part = name_after(text, m.end(), most=2)
        if player and part and " " in player[0]:
            out.append(Role(player[0], part[0], s, bool(_RETURN.search(text))))
    for m in _ALIAS.finditer(text) if any(w in text for w in _ALIAS_WORDS) else ():
        quote = _QUOTE_BEFORE.search(text, 0, m.start())  # "'अर्जुन' यानी A"
        left = name_before(text, quote.start() if quote else m.start(), most=3)
        right = name_after(text, m.end(), most=3)
        if left and right and (not _LIST_AFTER.match(text[right[1]:])
                               or _ALIAS_NEXT.match(text, right[1])) \
                and (not _LIST_BEFORE.search(text[:left[1]])
                     or _ALIAS_BEFORE.search(text[:left[1]])) \
                and not _HYPHEN_AFTER.match(text[right[1]:]) \
                and not _HYPHEN_BEFORE.search(text[:left[1]]):
            actor, char = _order(left[0], right[0], text[:left[1]])
            out.append(Role(actor, char, s, False))
        else:
            out += _alias_lists(s, m)
    for m in _PAREN.finditer(text):
        inner = m[1].split()
        outer = name_before(text, m.start(), most=3)
        if outer and 1 <= len(inner) <= 3 and not set(inner) & _STOP:
            actor, char = _order(outer[0], " ".join(inner), text[:outer[1]])
            out.append(Role(actor, char, s, False))
    for m in _MIXED_PAIR.finditer(text) if bracketed else ():
        outer = name_before(text, m.start(), most=3)
        tail = " ".join(outer[0].split()[-len(m[1].split()):]) if outer else ""
        if outer and not same_person(outer[0], m[1]) and not same_person(tail, m[1]):
            # not a Latin gloss of the same name (nor of its last words)
            actor, char = _order(outer[0], m[1], text[:outer[1]])
            out.append(Role(actor, char, s, False))
    for m in _LATIN_PAIR.finditer(text) if bracketed else ():
        actor, char = _order(m[1], m[2], text[:m.start()])
        out.append(Role(actor, char, s, False))
    return out


def _owned_roles(s: Sentence) -> list[Role]:
    """"A का किरदार C", "A (शो में) अपने किरदार C": the actor named in full before the
    role word (its owner, or the sentence's subject for "अपने"), the character right
    after it; "C नाम की विलेन का किरदार निभाएंगी": C is the role of the actor before."""
    text = s.text
    out: list[Role] = []
    if not any(w in text for w in _ROLE_WORDS):  # every match of both patterns holds one
        return out  # (a lookbehind-led and a blank-led pattern: tried at every position)
    for m in _OWN_ROLE.finditer(text):
        part = name_after(text, m.end(), most=2)
        if not part or _ROLE_CUE.match(text, part[1]) or (
                m["own"] and _PLAYS_AFTER.match(text, part[1])):
            continue
        player = name_before(text, m.start(), most=3) if m["own"] \
            else actor_before(text, m.start())
        if player and " " in player[0] and " " not in part[0]:
            out.append(Role(player[0], part[0], s, bool(_RETURN.search(text))))
    for m in _NAMED.finditer(text) if "नाम" in text else ():
        role = name_before(text, m.start(), most=1)  # "A B C नाम की": C, played by A B
        player = actor_before(text, role[1]) if role else None
        if role and player and " " in player[0]:
            out.append(Role(player[0], role[0], s, bool(_RETURN.search(text))))
    return out


# "C यानी A और D यानी B": the list holds pairs, each alias read on its own
_ALIAS_NEXT = re.compile(rf"\s*(?:और|,|व)\s+{L}+(?:\s+{L}+){{0,2}}?\s+{_ALIAS_DEVA}(?!{L})")
_ALIAS_BEFORE = re.compile(rf"{_ALIAS_DEVA}\s+{L}+(?:\s+{L}+){{0,2}}?\s*(?:और|,|व)\s*$")
_HYPHEN_AFTER = re.compile(r"\s*-\s*(?=[\u0900-\u097F])")
_HYPHEN_BEFORE = re.compile(r"(?<=[\u0900-\u097F])\s*-\s*$")
_LIST_SEP_AFTER = re.compile(r"\s*(?:,|-|और(?!{L})|व(?!{L})|एवं(?!{L}))\s*".replace("{L}", L))
_LIST_SEP_BEFORE = re.compile(r"\s*(?:,|-|(?<!{L})और|(?<!{L})व|(?<!{L})एवं)\s*$".replace("{L}", L))


def _list_after(text: str, start: int) -> list[str]:
    """The names of a list "A, B और C" / "A-B" starting at ``start``."""
    out: list[str] = []
    cursor = start
    while len(out) < 4:
        found = name_after(text, cursor, most=3)
        if not found:
            break
        out.append(found[0])
        sep = _LIST_SEP_AFTER.match(text, found[1])
        if not sep:
            break
        cursor = sep.end()
    return out


def _list_before(text: str, end: int) -> list[str]:
    """The names of a list "A, B और C" / "A-B" ending at ``end``."""
    out: list[str] = []
    cursor = end
    while len(out) < 4:
        found = name_before(text, cursor, most=3)
        if not found:
            break
        out.insert(0, found[0])
        sep = _LIST_SEP_BEFORE.search(text[:found[1]])
        if not sep:
            break
        cursor = sep.start()
    return out


def _gender(name: str) -> str | None:
    """A guess from how a Hindi first name ends: "-ा/-ी" mostly women's, a bare consonant men's."""
    last = name.split()[0][-1]
    if last in "ाी":
        return "f"
    if "\u0915" <= last <= "\u0939" or last == "्":
        return "m"
    return None


def _alias_lists(s: Sentence, m: re.Match[str]) -> list[Role]:
    """"A और B यानी C और D", "A-B यानी C-D": characters and actors paired, in order unless
    the order pairs names of clashing gender and the crossed order does not."""
    text = s.text
    return _paired(s, _list_before(text, m.start()), _list_after(text, m.end()))


# "A और B की जोड़ी Y और Z के रूप में", "Y-Z की (ऑन-स्क्रीन) जोड़ी को A और B ने निभाया",
# "Y और Z की जोड़ी के रूप में A और B": a couple's players and parts on either side of
# "जोड़ी"; without a linking word the second list must be the parts, said to be played
_COUPLE = re.compile(rf"\s+(?:की|का)\s+(?:ऑन-?स्क्रीन\s+)?जो(?:ड़|ड़|ड)ी(?!{L})"
                     rf"(?P<link>\s+(?:को|के\s+(?:रूप|तौर)\s+(?:में|पर)|यानी|यानि|उर्फ)(?!{L}))?\s+")
_COUPLE_WORDS = ("जोड़ी", "जोड़ी", "जोडी")
_PLAYED_AS = re.compile(rf"\s+(?:(?:के|का|की)\s+(?:रूप|तौर|{_ROLE})|बनकर)(?!{L})")


def _couple(s: Sentence, m: re.Match[str]) -> list[Role]:
    """The players and parts of one "की जोड़ी" (see ``_COUPLE``), paired as alias lists are."""
    text = s.text
    left, right = _list_before(text, m.start()), _list_after(text, m.end())
    if not m["link"]:
        end = text.find(right[-1], m.end()) + len(right[-1]) if right else -1
        if end < 0 or not _PLAYED_AS.match(text, end):
            return []
    roles = _paired(s, left, right)
    # each player named in full and longer than the part (no two couples of characters)
    return roles if all(len(r.actor.split()) > max(1, len(r.character.split()))
                        for r in roles) else []


def _paired(s: Sentence, left: list[str], right: list[str]) -> list[Role]:
    """Two lists of names as (actor, character) pairs: the list with more words holds the
    actors; in order unless the order pairs names of clashing gender and the crossed
    order does not."""
    if len(left) != len(right) or len(left) < 2:
        return []
    actors, chars = (right, left)
    if sum(len(n.split()) for n in left) > sum(len(n.split()) for n in right):
        actors, chars = left, right
    pairs = list(zip(actors, chars, strict=True))
    if len(pairs) == 2:
        def clash(ps: list[tuple[str, str]]) -> bool:
            return any(None not in (_gender(a), _gender(c)) and _gender(a) != _gender(c)
                       for a, c in ps)
        crossed = [(actors[0], chars[1]), (actors[1], chars[0])]
        if clash(pairs) and not clash(crossed):
            pairs = crossed
    return [Role(a, c, s, False) for a, c in pairs]


def _order(first: str, second: str, before: str) -> tuple[str, str]:
    """(actor, character) of two names said together: the fuller name is the actor."""
    n1, n2 = len(first.split()), len(second.split())
    if _JOB_BEFORE.search(before) or (n1 > 1 and n2 == 1):
        return first, second
    return second, first


_COMMA_GAP = re.compile(r"\s*,\s*")


def _role_phrase(s: Sentence, m: re.Match[str], lo: int = 0) -> list[Role]:
    """The (actor, character) of one role phrase "CHAR के किरदार ...", if an actor is named
    (a list of characters before it starts at ``lo``, after the sentence's previous one)."""
    text = s.text
    quote = re.search(r"['‘\"“]\s*$", text[:m.start()])
    start = m.start() if not quote else quote.start()
    run = name_before(text, start, most=4) or _latin_word_before(text, start)
    if not run:
        return []
    names = run[0].split()
    tail = text[m.end():]
    returning = bool(_RETURN.search(tail[:40]))
    before = actor_before(text, run[1])
    if before and " " in before[0] and len(names) <= 2 \
            and _COMMA_GAP.fullmatch(text, before[1] + len(before[0]), run[1]) \
            and (_IN_ROLE.match(tail) or _PLAYING.match(tail)):
        # "A, Y की भूमिका में और B, Z की भूमिका में": each player named before the role (in
        # it or playing it: "fans liked A, Y's character" is no cast)
        return [*_elided(s, before[1], returning), Role(before[0], run[0], s, returning)]
    actor = _actor_after(tail, after_in=m.group().rstrip().endswith("में"))
    if actor and len(names) <= 2:
        chars = names_before(text, start, lo)
        actors = names_after(tail, tail.find(actor)) if len(chars) > 1 else [actor]
        if len(chars) > 1:  # "A और B का रोल निभाने वाले X और Y": pairs in order, or none
            return [Role(a, c, s, returning) for a, c in zip(actors, chars, strict=True)] \
                if len(actors) == len(chars) else []
        return [Role(actor, run[0], s, returning or bool(_RETURN.search(tail[:60])))]
    if len(names) >= 3:
        split = len(names) - 1 if len(names) == 3 else 2
        return [*(_elided_run(s, run[1], returning) if len(names) == 3 else ()),
                Role(" ".join(names[:split]), " ".join(names[split:]), s,
                     returning or bool(_RETURN.search(text[:run[1]][-30:])))]
    if _PLAYING.match(tail) and len(chars := names_before(text, start, lo)) > 1 \
            and (pairs := _respective(s, chars, text.rfind(chars[0], lo, start), returning)):
        return pairs
    before = actor_before(text, run[1]) if _PLAYING.match(tail) else None
    if before:
        gap = text[before[1]:run[1]]
        return [*_elided(s, before[1], returning),
                Role(before[0], run[0], s, returning or bool(_RETURN.search(gap)))]
    return []


# "A ने X और B ने Y का किरदार निभाया", "A, X का और B, Y का किरदार": the first pair's role
# word elided; what stands before "और" is a player, then a part
_ELIDED_AND = re.compile(rf"(?<={L})(?:\s+(?:का|की|के))?\s+(?:और|व)\s+$")
_ELIDED_LINK = re.compile(r"\s*(?:ने|,)\s*$")
_AND_BEFORE = re.compile(rf"(?<={L})\s+(?:और|व)\s+$")  # "A B X और C D Y का किरदार"


def _elided_run(s: Sentence, at: int, returning: bool) -> list[Role]:
    """"A B X और C D Y का किरदार": the three words before "और" are a player in full and
    a part, as the three after it are."""
    link = _AND_BEFORE.search(s.text, 0, at)
    run = name_before(s.text, link.start(), most=3) if link else None
    words = run[0].split() if run else []
    if len(words) != 3:
        return []
    return [Role(" ".join(words[:2]), words[2], s, returning)]


def _elided(s: Sentence, at: int, returning: bool) -> list[Role]:
    """The pair named before "और" when a role phrase's player starts at ``at`` and the
    first pair's role word is left out: a player in full, "ने" or a comma, then a part."""
    text = s.text
    link = _ELIDED_AND.search(text, 0, at)
    part = name_before(text, link.start(), most=2) if link else None
    joint = _ELIDED_LINK.search(text, 0, part[1]) if part else None
    player = name_before(text, joint.start(), most=3) if part and joint else None
    if not part or not player or " " not in player[0] or " " in part[0]:
        return []
    return [Role(player[0], part[0], s, returning)]


# Between the players' list and the characters': "(क्रमशः)", or where they play ("शो में",
# "'X' में", "सीरियल 'X' में").
_RESPECTIVELY = re.compile(
    r"\s*,?\s*(?:क्रमशः|क्रमश:)?\s*,?\s*(?:(?:(?:शो|सीरियल|धारावाहिक)\s+)?"
    r"(?:['‘\"“][^'’\"”]{1,40}['’\"”]\s+)?में\s+(?:(?:क्रमशः|क्रमश:)\s+)?)?$")


def _respective(s: Sentence, chars: list[str], at: int, returning: bool) -> list[Role]:
    """"A और B (क्रमशः) Y और Z का किरदार निभा रहे हैं": the players listed right before the
    characters, paired in order when the two lists are as long and the players named in full."""
    text = s.text
    cut = _RESPECTIVELY.search(text, 0, at) if at > 0 else None
    actors = _list_before(text, cut.start()) if cut else []
    if not actors and len(chars) % 2 == 1 and len(chars[len(chars) // 2].split()) == 3:
        # "A और B Y और Z का ...": the middle run holds B's full name and Y
        mid = chars[len(chars) // 2].split()
        chars = [*chars[:len(chars) // 2], " ".join(mid[:2]), mid[2], *chars[len(chars) // 2 + 1:]]
    if not actors and len(chars) % 2 == 0:  # "A और B, Y और Z का ...": one list read as both
        actors, chars = chars[:len(chars) // 2], chars[len(chars) // 2:]
    if len(actors) != len(chars) or not all(" " in a for a in actors):
        return []
    return [Role(a, c, s, returning) for a, c in zip(actors, chars, strict=True)]


_LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)\s*$")


def _latin_word_before(text: str, end: int) -> tuple[str, int] | None:
    """A character named by one Latin word ("Meera का किरदार")."""
    m = _LATIN_WORD_BEFORE.search(text[max(0, end - 30):end])
    return (m[1], max(0, end - 30) + m.start(1)) if m else None


# "Y1 का किरदार A1 और Y2 का किरदार A2 निभा रहे हैं": one verb for both roles
_NEXT_ROLE = re.compile(rf"\s*(?:,|और|व)\s+{L}+(?:\s+{L}+)?\s+(?:के|का|की)\s+"
                        rf"(?:{_ROLE_ADJ}{_ROLE}|(?:रूप|अवतार|लुक)\s+में)(?!{L})")


# "(CHAR के किरदार) से (घर-घर में) पहचान बनाने वाली", "से मशहूर हुए", "(का किरदार) निभाकर
# मशहूर हुईं": fame won by a role
_FAME_BY = re.compile(rf"\s*(?:से|निभा\s*कर|निभाके|प्ले\s+कर\s*के)\s+"
                      rf"(?:{L}+(?:-{L}+)?\s+){{0,3}}?(?:पहचान\s+बनाने|"
                      rf"(?:मशहूर|फेमस|लोकप्रिय|पॉपुलर)\s+हु(?:ए|ईं?))"
                      rf"\s+(?:वाली|वाले|वाला|वालीं|एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री)?\s*")
_INSTEAD_OF = re.compile(r"\s*की\s+जगह\s+(?:अब\s+)?")


# The rest of a list of players after its first name, up to the verb they share: ", B और
# C", "और B" (names of one to three words).
_LIST_TO_VERB = re.compile(
    rf"(?:\s*(?:,|और|व|एवं)\s+{L}+(?:\s+{L}+){{0,2}}?)+(?=\s+(?:ने|निभा{L}*|प्ले)(?!{L}))")


def _actor_after(tail: str, after_in: bool = False) -> str | None:
    """The actor after a role phrase: past a participle or job title, or before "ने"; a
    full name right after "के रूप में" (``after_in``) is its player too."""
    cursor = 0
    led = False
    for step in range(6):
        found = name_after(tail, cursor, most=3) or latin_after(tail, cursor)
        if step == 0 and after_in and found and " " in found[0]:
            led = True  # "Y के रूप में A": the full name right after is the player
        if found and (instead := _INSTEAD_OF.match(tail, found[1])):
            cursor = instead.end()  # "CHAR का किरदार A की जगह B निभाएंगे": B, not A
            continue
        if found:
            follows = tail[found[1]:]
            listed = _LIST_TO_VERB.match(follows)
            if listed:  # "Y और Z का किरदार A और B निभा रहे हैं": the list's first player
                follows = follows[listed.end():]
            if led or re.match(rf"\s*(?:ने|द्वारा|निभा{L}*|प्ले|अदा|नजर)(?!{L})", follows) \
                    or _NEXT_ROLE.match(follows) \
                    or re.match(rf"\s*को\s+(?:{L}+\s+)?(?:कास्ट|चुना|चुनी|चुने|फाइनल|साइन|लॉक)(?!{L})",
                                follows):
                return found[0]
            return None
        fame = _FAME_BY.match(tail) if step == 0 else None
        if fame and (named := name_after(tail, fame.end(), most=3)) and " " in named[0]:
            return named[0]  # "CHAR के किरदार से घर-घर में पहचान बनाने वाली ACTOR"
        in_role = _IN_ROLE.match(tail) if step == 0 else None
        named = name_after(tail, in_role.end(), most=3) if in_role else None
        if named and " " in named[0]:
            led = True  # "मीरा के रोल में रिया मल्होत्रा": a full name right after
        w = _LEAD_WORD.match(tail[cursor:])
        if not w or (w[1] not in _STOP and w[1] not in _PARTICIPLE):
            return None
        led = led or w[1] in _PARTICIPLE
        cursor += w.end()
    return None


def actor_before(text: str, end: int) -> tuple[str, int] | None:
    """The actor named before a character (or a relative clause: "A ... निभा रही हैं, जो"),
    past up to three grammar words, commas or a quoted title."""
    for _ in range(4):
        found = name_before(text, end, most=3) or latin_before(text, end) \
            or _latin_word_before(text, end)  # "Riya शो में Meera का रोल": roles() expands it
        if found:
            return found
        comma = _COMMA_BACK.search(text[max(0, end - 5):end])
        if comma and name_before(text, max(0, end - 5) + comma.start(), most=3):
            end = max(0, end - 5) + comma.start()
            continue
        title = _QUOTED_BACK.search(text, max(0, end - 70), end)
        if title:  # "A 'X' में C बनकर": the show's quoted title stands between
            end = title.start()
            continue
        m = _SKIP_BACK.search(text[max(0, end - 40):end])
        if not m or m[1] not in _STOP or m[1] in _POSSESSIVE or m[1] in _LIST_WORDS:
            return None
        end = max(0, end - 40) + m.start()
    return None
