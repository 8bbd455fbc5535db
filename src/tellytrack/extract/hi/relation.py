"""relation facts from Hindi articles: on-screen family and love ties.

Hindi names a tie as "A की KIN B" or "A अपनी/अपने KIN B" (B is A's KIN;
lexicon ``hi_kinship``): "मीरा की बेटी सिया" makes Meera the parent of Siya,
"अर्जुन की पूर्व पत्नी मीरा" an ex-spouse. A wedding the story is heading
to ("A और B की शादी को लेकर") makes the two a couple (romance); one already
held ("A और B की शादी हो गई") makes them spouses. Actors' real families are
not story: a tie next to an actor's job title is skipped.
"""

from __future__ import annotations

import re

from tellytrack.extract.document import Doc
from tellytrack.extract.hi.names import name_after, name_before, names_before
from tellytrack.extract.hi.text import L, sentences, show_for
from tellytrack.extract.lexicon import mapping
from tellytrack.model import Fact, Sentence

_KIN = mapping("hi_kinship")
_KIN_ALT = "|".join(re.escape(k) for k in sorted(_KIN, key=len, reverse=True))
_TIE = re.compile(
    rf"\s+(?:की|का|के|अपनी|अपने|अपना)\s+(?:असली\s+|सगी\s+|सगे\s+)?(?P<kin>{_KIN_ALT})(?!{L})"
)
_WEDDING = re.compile(rf"\s+की\s+(?:शादी|विवाह)(?!{L})(?P<after>.{{0,25}})")
_HELD = re.compile(r"^\s*(?:हो\s+(?:गई|चुकी)|हुई|रचा)")
_REAL_LIFE = re.compile(r"एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा|रियल\s+लाइफ|असल\s+जिंदगी")


def extract(doc: Doc) -> list[Fact]:
    """Relations between characters, one per (show, subject, relation, object)."""
    out: list[Fact] = []
    for s in sentences(doc):
        if _REAL_LIFE.search(s.text):
            continue
        show = show_for(doc, s)
        if not show:
            continue
        for subject, relation, obj in _ties(s) + _couples(s):
            out.append(Fact(type="relation", show=show, evidence=doc.evidence(s),
                            confidence=0.55, subject=subject, relation=relation, object=obj))
    return out


def _ties(s: Sentence) -> list[tuple[str, str, str]]:
    """(subject, relation, object) from "A की KIN B"."""
    out: list[tuple[str, str, str]] = []
    for m in _TIE.finditer(s.text):
        a = name_before(s.text, m.start(), most=2)
        b = name_after(s.text, m.end(), most=1)
        if not a or not b or a[0] == b[0]:
            continue
        kin = _KIN[m["kin"]]
        if kin == "child":
            out.append((a[0], "parent", b[0]))
        elif kin == "parent":
            out.append((b[0], "parent", a[0]))
        else:
            out.append((a[0], kin, b[0]))
    return out


def _couples(s: Sentence) -> list[tuple[str, str, str]]:
    """"A और B की शादी": spouses once held, a couple (romance) before."""
    out: list[tuple[str, str, str]] = []
    for m in _WEDDING.finditer(s.text):
        names = names_before(s.text, m.start())
        if len(names) == 2:
            relation = "spouse" if _HELD.match(m["after"]) else "romance"
            out.append((names[0], relation, names[1]))
    return out
