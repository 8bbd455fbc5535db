"""relation facts from Hindi articles: on-screen family and love ties.

Hindi names a tie as "A की KIN B" or "A अपनी/अपने KIN B" (B is A's KIN;
lexicon ``hi_kinship``): "मीरा की बेटी सिया" makes Meera the parent of Siya,
"अर्जुन की पूर्व पत्नी मीरा" an ex-spouse. A wedding the story is heading
to ("A और B की शादी को लेकर") or their engagement ("A और B की सगाई") makes the two a
couple (romance); one already
held ("A और B की शादी हो गई") makes them spouses. Actors' real families are
not story: a tie next to an actor's job title is skipped.
"""

from __future__ import annotations

import re

from tellytrack.extract import records
from tellytrack.extract.document import Doc
from tellytrack.extract.hi.names import name_after, name_before, names_before
from tellytrack.extract.hi.text import L, sentences, show_for
from tellytrack.extract.lexicon import mapping
from tellytrack.model import Fact, Sentence

_KIN = mapping("hi_kinship")
_KIN_ALT = "|".join(re.escape(k) for k in sorted(_KIN, key=len, reverse=True))
_ADJ = (r"(?:(?:असली|सगी|सगे|सगा|बड़ी|छोटी|बड़े|छोटे|बड़ा|छोटा|सौतेली|सौतेले|सौतेला|इकलौती"
        r"|इकलौते|इकलौता|लाडली|लाडले|पहली|दूसरी|पहले|दूसरे)\s+)?")
_TIE = re.compile(
    rf"\s+(?:की|का|के|अपनी|अपने|अपना)\s+{_ADJ}(?P<to_be>होने\s+वाल[ीेा]\s+)?"
    rf"(?P<kin>{_KIN_ALT})(?!{L})"
)
_WEDDING = re.compile(rf"\s+(?:की|का)\s+(?P<what>शादी|विवाह|तलाक|डिवोर्स|जोड़ी|केमिस्ट्री|रोमांस|सगाई"
                      rf"|इंगेजमेंट|एंगेजमेंट"
                      rf"|लव\s+स्टोरी|प्रेम\s+कहानी|लव\s+एंगल)(?!{L})(?P<after>.{{0,25}})")
_HELD = re.compile(r"^\s*(?:हो\s+(?:गई|गया|चुकी|चुका)|हुई|हुआ|रचा|कर\s+(?:ली|लिया|दी))")
# "A ने B से शादी कर ली" (spouses), "A B से शादी करेगा" (a couple), "A को B से प्यार" (romance).
_MARRIES = re.compile(rf"\s+से\s+(?:शादी|विवाह|ब्याह)(?!{L})(?P<after>.{{0,20}})")
_LOVES = re.compile(rf"\s+से\s+(?:प्यार|मोहब्बत|इश्क)(?!{L})")
# "A ने B को तलाक दे दिया" (once given: former spouses), "A B को तलाक देगा" (still married)
_DIVORCES = re.compile(rf"\s+को\s+(?:तलाक|डिवोर्स)(?!{L})(?P<after>.{{0,20}})")
_GIVEN = re.compile(r"^\s*(?:दे\s+(?:दिया|दी|चुका|चुकी|चुके)|दिया|दी)")
# "A और B एक-दूसरे से प्यार करते हैं": a couple
_EACH_OTHER = re.compile(rf"\s+(?:एक-?\s*दूसरे|एक\s+दूजे)\s+(?:से|को)\s+(?:प्यार|मोहब्बत|इश्क|पसंद)"
                         rf"(?!{L})")
# "(A को पता चलता है कि) B उसके (असली) पिता हैं": B is the KIN of the sentence's subject
_PRONOUN_TIE = re.compile(rf"\s+(?:उसके|उसकी|उसका|उनके|उनकी|उनका)\s+{_ADJ}(?P<kin>{_KIN_ALT})(?!{L})")
_SUBJECT_MARK = re.compile(rf"(?<!{L})(?:को|ने)\s")
_NOT = re.compile(rf"\s+(?:{L}+\s+)?(?:नहीं|न)(?!{L})")
_APPOSED = re.compile(r"\s*,\s*(?:जो\s+(?:कि\s+)?)?$")
# "Y का रोल/किरदार ..." in the clause before a relative "जो": Y is what "जो" stands for
_ROLE_IN_CLAUSE = re.compile(rf"({L}+)\s+(?:का|की|के)\s+(?:रोल|किरदार|भूमिका|कैरेक्टर)(?!{L})"
                             r"[^,।]*$")
_FIRST_OF_PAIR = re.compile(
    rf"({L}+)\s+(?:ने|को|की|का|के)\s+(?:{L}+\s+){{0,2}}$|({L}+),?\s+(?:जल्द\s+ही\s+|अब\s+)?$")
# "A और B भाई-बहन हैं": a pair named by its tie (the first is the parent in "मां-बेटी").
_PAIR_KINDS = {"पति-पत्नी": "spouse", "भाई-बहन": "sibling", "बहनें": "sibling", "भाई-भाई": "sibling",
               "मां-बेटी": "parent", "मां-बेटा": "parent", "मां-बेटे": "parent",
               "पिता-पुत्र": "parent", "बाप-बेटी": "parent", "पिता-बेटी": "parent",
               "सास-बहू": "in_law"}
_PAIR_KIN = re.compile(rf"\s*(?:,\s*)?(?:जो\s+(?:कि\s+)?|यानी\s+)?(?:शो\s+में\s+)?"
                       rf"(?P<pair>{'|'.join(_PAIR_KINDS)})(?!{L})")
# the object of a participle clause ("B को छोड़कर"), not the subject of the main verb
_LEFT_BEHIND = re.compile(rf"\sको\s+(?:{L}+\s+)*{L}+कर\s*$")
_WITH = re.compile(r"\s+(?:संग|के\s+साथ)\s+$")
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
        for subject, relation, obj in _ties(s) + _pronoun_ties(s) + _couples(s):
            out.append(records.fact(type="relation", show=show, evidence=doc.evidence(s),
                                    confidence=0.55, subject=subject, relation=relation,
                                    object=obj))
    return out


def _ties(s: Sentence) -> list[tuple[str, str, str]]:
    """(subject, relation, object) from "A की KIN B"."""
    out: list[tuple[str, str, str]] = []
    for m in _TIE.finditer(s.text):
        a = name_before(s.text, m.start(), most=2)
        b = name_after(s.text, m.end(), most=1)
        apposed = _APPOSED.search(s.text, 0, a[1]) if a and not b else None
        if apposed:  # "राही, मीरा की बेटी है"; "Y का रोल करेंगी, जो A की पत्नी होगी"
            b = _role_before(s.text, apposed.start()) or name_before(
                s.text, apposed.start(), most=2)
        if not a or not b or a[0] == b[0]:
            continue
        kin = _KIN[m["kin"]]
        if m["to_be"] and kin == "spouse":
            kin = "romance"
        if kin == "child":
            out.append((a[0], "parent", b[0]))
        elif kin == "parent":
            out.append((b[0], "parent", a[0]))
        else:
            out.append((a[0], kin, b[0]))
    return out


def _pronoun_ties(s: Sentence) -> list[tuple[str, str, str]]:
    """(subject, relation, object) from "A को पता चलता है कि B उसके पिता हैं": B is the KIN
    of A, the name marked as the sentence's subject ("को", "ने") before B."""
    out: list[tuple[str, str, str]] = []
    for m in _PRONOUN_TIE.finditer(s.text):
        b = name_before(s.text, m.start(), most=2)
        marks = list(_SUBJECT_MARK.finditer(s.text, 0, b[1])) if b else []
        a = name_before(s.text, marks[-1].start(), most=2) if marks else None
        if not a or not b or a[0] == b[0] or _NOT.match(s.text, m.end()):
            continue  # (nor "B उसका असली पिता नहीं है")
        kin = _KIN[m["kin"]]
        out.append((a[0], "parent", b[0]) if kin == "child" else (b[0], "parent", a[0])
                   if kin == "parent" else (a[0], kin, b[0]))
    return out


def _role_before(text: str, end: int) -> tuple[str, int] | None:
    """The character of a role phrase in the clause ending at ``end``."""
    m = _ROLE_IN_CLAUSE.search(text, 0, end)
    return name_before(text, m.end(1), most=2) if m else None


def _couples(s: Sentence) -> list[tuple[str, str, str]]:
    """"A और B की शादी": spouses once held, a couple (romance) before."""
    out: list[tuple[str, str, str]] = []
    for m in _WEDDING.finditer(s.text):
        names = names_before(s.text, m.start())
        if len(names) == 1:  # "अर्जुन संग मीरा की शादी"
            b = name_before(s.text, m.start())
            w = _WITH.search(s.text, 0, b[1]) if b else None
            a = name_before(s.text, w.start()) if w else None
            names = [a[0], names[0]] if a else names
        if len(names) == 2:
            held = bool(_HELD.match(m["after"]))
            if m["what"] in ("तलाक", "डिवोर्स"):
                relation = "ex_spouse" if held else "spouse"
            elif m["what"] in ("शादी", "विवाह"):
                relation = "spouse" if held else "romance"
            else:
                relation = "romance"
            out.append((names[0], relation, names[1]))
    # every match holds one of the pair words: searched only where one is written
    for m in _PAIR_KIN.finditer(s.text) if any(k in s.text for k in _PAIR_KINDS) else ():
        names = names_before(s.text, m.start())
        if len(names) == 2:
            out.append((names[0], _PAIR_KINDS[m["pair"]], names[1]))
    for m in _MARRIES.finditer(s.text):
        pair = _pair_before(s.text, m.start())
        if pair:
            relation = "spouse" if _HELD.match(m["after"]) else "romance"
            out.append((pair[0], relation, pair[1]))
    for m in _DIVORCES.finditer(s.text):
        pair = _pair_before(s.text, m.start() + 1)  # (the pair ends before "को")
        if pair:
            out.append((pair[0], "ex_spouse" if _GIVEN.match(m["after"]) else "spouse", pair[1]))
    for m in _LOVES.finditer(s.text):
        pair = _pair_before(s.text, m.start())
        if pair:
            out.append((pair[0], "romance", pair[1]))
    for m in _EACH_OTHER.finditer(s.text):
        names = names_before(s.text, m.start())
        if len(names) == 2:
            out.append((names[0], "romance", names[1]))
    return out


def _pair_before(text: str, end: int) -> tuple[str, str] | None:
    """"A (ने|को) (…) B" ending at ``end``: B just before, A a few words further back."""
    b = name_before(text, end, most=2)
    if not b:
        return None
    head = text[max(0, b[1] - 40):b[1]]
    m = _FIRST_OF_PAIR.search(head)
    if m and _LEFT_BEHIND.search(m.group()):  # "A अपनी पत्नी B को छोड़कर C से शादी": not B
        head = head[:m.start()]
        m = _FIRST_OF_PAIR.search(head)
    if not m:
        return None
    a = name_before(text, max(0, b[1] - 40) + m.end(m.lastindex or 1), most=2)
    return (a[0], b[0]) if a and a[0] != b[0] else None
