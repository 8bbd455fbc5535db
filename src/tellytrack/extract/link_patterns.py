"""The patterns that link an actor to a character ("X aka Y", "Y (X)", "X, who plays
Y", "X as Y", ...) and the cues that name people or makers, kept apart from the code
that reads them (``names.py``) so each stays short. Every pattern that starts with a
title is paired with a cue it must contain, tried first (see ``names._raw_links``).
"""

from __future__ import annotations

import re
from typing import Final

from tellytrack.extract.gate import first_words
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.scan import alternation

NAME: Final = r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)*"
# A group "A, B and C"; a later member is never a possessor ("Y, Z's mother": Z's mother
# is said of Y, not a second character).
G: Final = (rf"{NAME}(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*|[ \t]*/[ \t]*)"
     rf"(?>{NAME})(?!['’]s\b))*")
Q: Final = r"['‘\"“]?"
# "the new Y", and after a leap "the grown-up / older / adult Y"
NEW: Final = rf"(?:the\s+(?:new|grown-?up|older|younger|adult|elder|teenage)\s+|new\s+)?{Q}"
AUX = (r"(?:(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|will|has|had|have|are|were|to|"
        r"might|may|also|now|currently|previously|originally|earlier|reportedly|finally|"
        r"all\s+set\s+to|set\s+to|who|once|last|be|been|being)\s+)*")
VERB: Final = (r"(?:plays|played|playing|play|portrays|portrayed|portraying|portray|essays|essayed|"
        r"essaying|essay|enacts|enacted|reprises|reprised|reprising|reprise|seen\s+as|"
        # "seen in (the new show) X as Y" before "seen in" alone (a credit: CREDIT)
        r"seen\s+playing|seen\s+in\s+(?:the\s+(?:new\s+)?(?:show|serial)\s+)?(?:[A-Z][\w'’-]*\s+){1,6}as|"
        r"seen\s+in|cast\s+as|roped\s+in\s+as|"
        r"return(?:s|ing|ed)?\s+(?:on\s+(?:television|TV|screen)\s+)?as|back\s+as|"
        r"finalised\s+as|finalized\s+as|(?:making|makes|make|made)\s+(?:a\s+(?:grand\s+)?(?:return|comeback)|"
        r"(?:her|his|their)\s+(?:TV\s+|television\s+)?debut)"
        # "made a comeback (to X) as Y", "makes her debut on the show as Y"
        r"(?:\s+(?:to|in|on)\s+(?:the\s+show|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}))?\s+as|"
        r"brought|take\s+on|taking\s+on|step(?:s|ped)?\s+into\s+the\s+shoes\s+of|"
        r"known\s+for|popular\s+for|famous\s+for|recognised\s+for|recognized\s+for|"
        r"(?:winning|won|wins)\s+(?:hearts|fans|audiences?)\s+as|"
        # "A has entered X as Y", "A joined the show (X) as Y", "the cast of X as Y",
        # "A joined X to play Y", "A will enter as Y"
        r"(?:entered|enters|entering|enter|joined|joins|joining|join)\s+as|"
        r"(?:entered|enters|entering|joined|joins|joining)\s+"
        r"(?:the\s+(?:show|cast|serial)\s+(?:of\s+)?(?:[A-Z][\w'’-]*\s+){0,6}"
        r"|(?:[A-Z][\w'’-]*\s+){1,6})(?:as|to\s+(?:play|essay|portray)))")
# "X, who was seen in Y" / "known for Y" with no role word: Y is a show when the article
# names it as one (then it is X's credit, not X's character)
CREDIT = re.compile(r"\b(?:seen\s+in|known\s+for|popular\s+for|famous\s+for|recogni[sz]ed\s+for)"
                    r"\s+(?!(?:the|her|his|their|a|an|its)\s+(?:[\w\-]+\s+){0,5}?"
                    r"(?:roles?|characters?|part|portrayal|playing|essaying)\b)")
_KIN_WORDS: Final = "|".join(sorted(mapping("kinship"), key=len, reverse=True))
_LOWER_NOUN: Final = r"[a-z][a-z\-]*[a-z]\b"
ROLE: Final = (r"(?:(?:(?:the|her|his|their|a|an|its)\s+)?(?:[\w\-]+\s+){0,5}?"
        r"(?:roles?|characters?|part|portrayal|playing|essaying)(?:\s+of|\s+as|,)?\s+"
        # "to play the antagonist, Sonia", "plays the female lead, Meera"
        r"|(?:the|a|an)\s+(?:[a-z\-]+\s+)?(?:antagonist|protagonist|villain|vamp|lead),\s+"
        # "plays the role of a journalist, Meera": the role is Meera
        r"|(?:the\s+)?(?:roles?|characters?|part)\s+of\s+(?:a|an)\s+(?:[a-z\-]+\s+)?[a-z\-]+,\s+"
        # "will play a cop named Y", "the role of a girl called Y": the role is Y
        r"|(?:(?:the\s+)?(?:roles?|characters?|part)\s+of\s+)?(?:a|an)\s+(?:[a-z\-]+\s+){1,3}?"
        r"(?:named|called)\s+"
        # "who plays her on-screen daughter Y": the role is Y
        rf"|(?:her|his|their)\s+(?:on-?screen\s+|reel\s+)?(?:{_KIN_WORDS}),?\s+)?")
# A name that is whole (no capitalised word follows) and is not itself an "X aka" actor:
# "A aka B and C aka D" pairs A-B and C-D, the group after the first "aka" stops at B.
WHOLE: Final = rf"{NAME}(?![\w\-])(?![ \t]+[A-Z])(?![ \t]*,?[ \t]+(?i:aka|a\.k\.a))"
AND: Final = r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*|[ \t]*/[ \t]*)"
G_AKA: Final = rf"{WHOLE}(?:{AND}{WHOLE})*"
AKA = re.compile(rf"(?<!['’]s )({G})[ \t]*,?[ \t]+(?i:aka|a\.k\.a\.?)[ \t]+{Q}({G_AKA})")
# "Rang Mahal's Kesar aka Riddhi Nair": an owned name is the character, the other the actor
AKA_OWNED = re.compile(rf"['’]s ({NAME})[ \t]*,?[ \t]+(?i:aka|a\.k\.a\.?)[ \t]+{Q}({G_AKA})")
# "X stars A and B in the lead roles of Y and Z", "starring A as the lead, Y"
STARS_IN = re.compile(rf"\b(?:stars|starring|starred|star)\s+({G})\s+(?:in|as)\s+(?:the\s+)?"
                      rf"(?:[a-z\-]+\s+){{0,2}}?(?:roles?|characters?|leads?)\s*(?:of|as|,)?\s+"
                      rf"{Q}({G})")
# "Riddhi Nair, popularly known as Kesar from Rang Mahal"
KNOWN_AS = re.compile(rf"({G}),?\s+(?:(?:popularly|also|fondly|better|widely)\s+)?known\s+"
                      rf"(?:to\s+(?:(?:her|his|the)\s+)?(?:fans|viewers|audiences?)\s+)?as\s+"
                      rf"({G})\s+(?:from|of|in)\s+['‘\"“]?[A-Z]")
PLAYS = re.compile(rf"({G})\s*,?\s+(?:who\s+)?{AUX}{VERB}\s+{ROLE}{NEW}({G})")
HER_ROLE = re.compile(
    rf"({G})\s+(?:[a-z]+\s+){{0,8}}?(?:her|his)\s+(?:[a-z\-]+\s+)?(?:portrayal|role|character)"
    rf"\s+(?:of|as)\s+{NEW}({G})")
AS = re.compile(rf"({G})\s+as\s+(?:the\s+)?(?:new\s+)?(?:leads?,?\s+)?{Q}({G})")
# "A (will be) replacing B as C": A plays C now (B's "as C" is not a new link).
REPLACING_AS = re.compile(
    rf"({G})\s*,?\s+{AUX}(?:replacing|replaces|replace|replaced)\s+({G}|her|him)\s+as\s+"
    rf"(?:the\s+)?(?:new\s+)?{Q}({G})")
NEW_IS = re.compile(rf"({G})\s+(?:is|will\s+be|was|as)\s+the\s+new\s+({G})")
CHAR_OF = re.compile(
    rf"({G})(?:'s|’s)\s+(?:[a-z]+\s+)?(?:character|role|portrayal|performance)(?:\s+of|\s+as|,)?"
    rf"\s+{Q}({G})")
POSS_CHAR = re.compile(rf"({G})(?:'s|’s)\s+({NAME})\s+character\b")
# "the new Y, X" (not "X will be the new Y, Z said": there Y already has its actor). The
# tests before "new" are made after it (``\bnew`` is ``new(?<!\wnew)``), so ``re`` looks
# for the literal instead of trying them at every position (the plain form: NEW_APPOS_PLAIN).
NEW_APPOS_PLAIN: Final = (rf"(?<!is the )(?<!be the )(?<!as the )(?<!was the )\bnew\s+"
                          rf"({NAME}),\s+({NAME})")
NEW_APPOS = re.compile(
    rf"new(?<!\wnew)(?<!is the new)(?<!be the new)(?<!as the new)(?<!was the new)\s+"
    rf"({NAME}),\s+({NAME})")
# "the makers have found their new Y in X"
NEW_IN = re.compile(rf"\b(?:found|finds|find|got|get|introduced|introduce[sd]?)\s+"
                     rf"(?:their\s+|its\s+|the\s+|a\s+)?new\s+({NAME})\s+in\s+({G})")
PLAYED_BY = re.compile(rf"({G}),?\s+(?:who\s+)?(?:(?:is|was|will\s+be|is\s+being|was\s+being"
                       rf"|has\s+been|had\s+been|would\s+be)\s+)?(?:played|essayed|portrayed)\s+by"
                       rf"\s+({G})")
PAREN = re.compile(rf"({G})(?:'s|’s)?\s*\(\s*(?:played\s+by\s+)?({G})\s*\)")
# "A (as Y)": a cast list's actor with the role in brackets
PAREN_AS = re.compile(rf"({G})\s*\(\s*as\s+(?:the\s+)?{Q}({G})['’\"”]?\s*\)")
# NAME with each word taken whole ("[\w\-]*+"): where a pattern needs a blank, a comma,
# an apostrophe or a bracket after every name, or nothing, a word cut short can never
# lead to a match, and ``re`` gave back a failed name letter by letter first (the link
# patterns below ran about twice as fast; the same matches, tested). Not for a pattern
# that may go on with a hyphen or a word character ("X-starrer", "X-produced").
NAME_WHOLE: Final = r"[A-Z][\w\-]*+(?:[ \t]+[A-Z][\w\-]*+)*"


def _whole_words(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace(NAME, NAME_WHOLE), pattern.flags)


(AKA, AKA_OWNED, STARS_IN, KNOWN_AS, PLAYS, HER_ROLE, AS, REPLACING_AS, NEW_IS, CHAR_OF,
 POSS_CHAR, NEW_APPOS, NEW_IN, PLAYED_BY, PAREN, PAREN_AS) = map(_whole_words, (
    AKA, AKA_OWNED, STARS_IN, KNOWN_AS, PLAYS, HER_ROLE, AS, REPLACING_AS, NEW_IS, CHAR_OF,
    POSS_CHAR, NEW_APPOS, NEW_IN, PLAYED_BY, PAREN, PAREN_AS))
CUE_GROUP: Final = re.compile(
    rf"\b(?:[Aa]ctors?|[Aa]ctress(?:es)?|[Ss]tarring|[Ss]tars|[Ss]tarred|[Ff]eaturing|[Cc]o-stars?|"
    rf"cast\s+includes|leads?)[ \t]*,?[ \t]+({G})")  # on one line (as ROLE_CUE)
STARRER_CUE: Final = re.compile("starrer")
STARRER_GROUP: Final = re.compile(rf"({G})(?:'s|’s)?[\s-]+starrer")
NON_ACTOR: Final = re.compile(
    rf"\b(?:[Pp]roducers?|produced\s+by|created\s+by|[Dd]irector|[Cc]reator|[Ww]riter|"
    rf"[Cc]ontestant|(?:[Ss]ubmitted|[Ww]ritten|[Pp]osted|[Ee]dited|[Rr]eported)\s+by)[ \t]+({G})")
BANNER_CUE: Final = re.compile(r"(?:'s|’s)\s+(?:production|banner|Production)")
BANNER_NEEDS: Final = ("production", "banner", "Production")  # one in every BANNER_CUE match
BANNER_OWNER: Final = _whole_words(re.compile(rf"({G}){BANNER_CUE.pattern}"))
# "the role of Y" (never across a line: a headline ending "... role" above a name)
ROLE_CUE: Final = re.compile(rf"\b(?:role|character)s?[ \t]+(?:of[ \t]+|as[ \t]+)?{NEW}({G})")
GENDER_CUE: Final = re.compile(rf"\b([Aa]ctress|[Aa]ctor)[ \t]+({NAME})")
SPLIT: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*")
# After a linked character: "'s husband Arjun", "'s grandmother, Amma", "'s best friend
# Nikhil" (the role is the name after) or "'s husband" (no role named); "'s role" and
# "'s character" name the character itself.
_NOT_GROUP: Final = r"(?:in|on|of|and|who|from|at|for|to|with|as|is|was|will|has)\b"
KIN_AFTER: Final = re.compile(
    rf"(?:'s|’s)\s+(?:on-?screen\s+|reel\s+|elder\s+|younger\s+)?"
    rf"(?:(?:{_KIN_WORDS})\b|(?!(?:role|roles|character|part|portrayal)\b){_LOWER_NOUN}"
    rf"(?:\s+(?!{_NOT_GROUP}){_LOWER_NOUN})?)(?!-),?\s*(?P<name>{NAME})?")
# The lower-cased words the cue patterns above (which open with "\\b") can begin with:
# they are tried only there (see scan.finditer_at).
CUE_STARTS: Final[dict[re.Pattern[str], tuple[str, ...]]] = {
    CUE_GROUP: ("act", "star", "featuring", "co-star", "cast", "lead"),
    NON_ACTOR: ("produc", "created", "director", "creator", "writer", "contestant", "submitted",
                 "written", "posted", "edited", "reported"),
    ROLE_CUE: ("role", "character"),
    GENDER_CUE: ("act",),
}
# VERB spelled out phrase by phrase: as a trie (scan.alternation) it is a fast cue.
VERB_PHRASES: Final = (
    *(f"{v}{e}" for v in ("play", "portray", "essay") for e in ("s", "ed", "ing", "")),
    "enacts", "enacted", "reprises", "reprised", "reprising", "reprise", "seen as",
    "seen playing", "seen in", "cast as", "roped in as",
    *(f"return{e}{on} as" for e in ("s", "ing", "ed", "")
      for on in ("", " on television", " on TV", " on screen")), "back as", "finalised as",
    "finalized as",
    *(f"{v} a {g}{r}" for v in ("making", "make", "makes", "made") for g in ("grand ", "")
      for r in ("return", "comeback")),
    *(f"{v} {p} {t}debut" for v in ("making", "make", "makes", "made")
      for p in ("her", "his", "their") for t in ("TV ", "television ", "")),
    "brought", "take on", "taking on",
    *(f"{v} into the shoes of" for v in ("steps", "stepped", "step")),
    *(f"{w} for" for w in ("known", "popular", "famous", "recognised", "recognized")),
    *(f"{v} {o} as" for v in ("winning", "won", "wins")
      for o in ("hearts", "fans", "audience", "audiences")),
    "entered", "enters", "entering", "enter", "joined", "joins", "joining", "join")
# (pattern, actor group, character group, a cue every match contains, words one of which
# every match holds as a whole word). Cues open with a literal or a character class,
# which ``re`` skips ahead to ("\\sas\\s" is written "as(?<=\\sas)\\s"); the words say
# which sentences to try at all (see gate.sentences_with).
_NEW: Final = frozenset({"new"})
LINKS: Final[tuple[tuple[re.Pattern[str], int, int, re.Pattern[str], frozenset[str]], ...]] = (
    (AKA, 1, 2, re.compile(r"[Aa](?i:ka|\.k\.a)"), frozenset({"aka", "k"})),  # a.k.a: a, k, a
    (AKA_OWNED, 2, 1, re.compile(r"[Aa](?i:ka|\.k\.a)"), frozenset({"aka", "k"})),
    (KNOWN_AS, 1, 2, re.compile(r"known\s+(?:to\s+(?:\w+\s+){1,2})?as"), frozenset({"known"})),
    (STARS_IN, 1, 2, re.compile(r"star"), frozenset({"stars", "starring", "starred", "star"})),
    (PLAYS, 1, 2, re.compile(alternation(VERB_PHRASES)),
     first_words(VERB_PHRASES)),
    (HER_ROLE, 1, 2, re.compile(r"(?:her|his)\s+(?:[a-z\-]+\s+)?(?:portrayal|role|character)"),
     frozenset({"portrayal", "role", "character"})),
    (REPLACING_AS, 1, 3, re.compile(r"replac"),
     frozenset({"replacing", "replaces", "replace", "replaced"})),
    (AS, 1, 2, re.compile(r"as(?<=\sas)\s"), frozenset({"as"})),
    (PAREN_AS, 1, 2, re.compile(r"\(\s*as\s"), frozenset({"as"})),
    (NEW_IS, 1, 2, re.compile(r"new(?<=\snew)\s"), _NEW),
    (CHAR_OF, 1, 2,
     re.compile(r"(?:'s|’s)\s+(?:[a-z]+\s+)?(?:character|role|portrayal|performance)"),
     frozenset({"character", "role", "portrayal", "performance"})),
    (POSS_CHAR, 1, 2, re.compile(r"character\b"), frozenset({"character"})),
    (NEW_APPOS, 2, 1, re.compile(r"new\s"), _NEW),
    (PLAYED_BY, 2, 1, re.compile(r"by(?<=\sby)\s"), frozenset({"played", "essayed", "portrayed"})),
    (NEW_IN, 2, 1, re.compile(r"new\s"), _NEW),
)
