"""cast_change facts from Hindi articles: actors leaving, joining or returning.

A change is a cue phrase and the actors named beside it. Sentences are read
with every show title masked as "शो" (:func:`~tellytrack.extract.hi.text.masked`),
so "'केसर' को छोड़ रहे" reads like "शो को छोड़ रहे". Cues:

- exit: "शो छोड़", "शो को अलविदा", "शो से बाहर/एग्जिट/किनारा", "बाहर होने", "निकाल दिया",
  "पत्ता कट", "सफर खत्म", "एग्जिट", "रिप्लेस", "शो को गुडबाय"; "X की जगह Y" is X's exit
  and Y's entry;
- entry: "एंट्री" (not a chart's "टॉप 5 में एंट्री"), "शो में शामिल/से जुड़", "शो का
  हिस्सा", "ज्वाइन", "नए कलाकार/चेहरे A और B", "नई लीड जोड़ी होंगे A और B", "शो से (टीवी)
  डेब्यू", "शो में लीड रोल निभाएंगी";
- return: "वापसी", "कमबैक", "वापस आ", a role said with "लौट"/"फिर से";
- a role said in the future ("मीरा के किरदार में नजर आएंगी/दिखाई देंगी") is an entry;
- a launched show's cast joins it ("नया शो 'X'", "'X' का प्रीमियर", "'X' जल्द शुरू
  होगा": each player the article casts in it enters), as in English.

The actors are the list ending just before the cue, past a few grammar words
("A, B और C ने शो छोड़ने का फैसला किया", "A के बाहर होने के बाद"); else the
subject marked "ने" earlier in the sentence ("A ने ... खुद को शो से बाहर कर
लिया"); else the list right after the cue ("शो छोड़कर A गए हैं"). A character
named where an actor is expected stands for the actor who plays it.

Status comes from :mod:`tellytrack.extract.hi.modality` over the sentence and
the article's headline: denial beats confirmation beats hearsay; no cue means
confirmed. A rumour told in the past ("कहा जा रहा था कि A शो छोड़ देंगे")
followed by "लेकिन" and another actor's change is read as denied.
"""

from __future__ import annotations

import re
from typing import Final

from tellytrack.extract import records
from tellytrack.extract.document import Doc
from tellytrack.extract.hi.cast import actor_before, roles
from tellytrack.extract.hi.modality import modality
from tellytrack.extract.hi.names import (
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
    masked,
    sentences,
    show_for,
    show_mentions,
    shows_in,
)
from tellytrack.extract.scan import first_gated
from tellytrack.model import Fact, Sentence

_SHOW = r"(?:शो|सीरियल|धारावाहिक)"
# each cue pattern tried only where one of its first characters stands (see first_gated)
_CUES: list[tuple[re.Pattern[str], str]] = [
    (first_gated(re.compile(rf"{_SHOW}\s+(?:को\s+|से\s+)?(?:कहा\s+)?(?:छोड़\S*|अलविदा(?:\s+(?:कह|कर)\S*)?|क्विट|बाय)"
                rf"|छोड़(?:ा|ी|े|ें|ेंगे|ेंगी)?\s+(?:दिया\s+|दी\s+)?{_SHOW}(?!{L})"
                rf"|{_SHOW}\s+से\s+(?:बाहर|एग्जिट|एक्जिट|किनारा|विदा|निकाल|अलग|दूरी|हट)"
                rf"|(?<!{L})(?:बाहर\s+(?:हो|होने|हुए|हुईं|हुई|कर\s+दिया|किया)"
                rf"|एग्जिट|एक्जिट|पत्ता\s+(?:कट(?:ा|ी|े|ने|ना|\s+गया|\s+गई)?|साफ)|सफर\s+(?:खत्म|समाप्त)"
                # "A का (शो X में) सफर खत्म": the possessor's run in the show ends
                rf"|का\s+(?:{_SHOW}\s+में\s+)?सफर\s+(?:{L}+\s+){{0,3}}?(?:खत्म|समाप्त)"
                rf"|{_SHOW}\s+(?:को\s+)?नहीं\s+छोड़|टाटा(?:\s+बाय-?\s*बाय)?|बाय-?\s*बाय"
                rf"|सफर\s+(?:{L}+\s+){{1,3}}?(?:खत्म|समाप्त)|नजर\s+नहीं\s+(?:आएंगी|आएंगे|आएगी|आएगा)"
                rf"|{_SHOW}\s+से\s+ब्रेक|क्विट\s+(?:कर|किया|की)|{_SHOW}\s+(?:को\s+)?गुड\s*बाय"
                rf"|अलविदा\s+(?:कह|कर)|छुट्टी\s+(?:हो|कर)|नाता\s+तोड़|ट्रैक\s+खत्म"
                # "शूटिंग का आखिरी दिन", "आखिरी एपिसोड की शूटिंग": the last day on the set
                rf"|(?:{_SHOW}\s+की\s+)?(?:शूटिंग|शूट)\s+का\s+(?:आखिरी|अंतिम)\s+दिन"
                rf"|(?:आखिरी|अंतिम)\s+(?:दिन|एपिसोड)\s+की\s+(?:शूटिंग|शूट)"
                # "शो से निकाल दिया" above; "X को घर से निकाल दिया" is the story's
                rf"|(?<!से )निकाल\s+(?:दिया|दी|दिए)|बाहर\s+का\s+रास्ता"
                rf"|(?:अब\s+)?नहीं\s+(?:दिखेंगी|दिखेंगे|दिखेगी|दिखेगा|नजर\s+आएंगी|नजर\s+आएंगे))(?!{L})|{_SHOW}\s+(?:का|की)\s+हिस्सा\s+नहीं"
                r"|(?<![A-Za-z])(?:Exit|exit|EXIT|Quits?|quits?|Leaves?|leaves?|Replaced)(?![A-Za-z])")),
     "exit"),
    (first_gated(re.compile(rf"(?<!{L})(?:की|ने)\s+(?:धमाकेदार\s+|नई\s+|शानदार\s+|वाइल्ड\s*कार्ड\s+"
                rf"|फिर\s+से\s+|{L}+\s+)?एंट्री(?!{L})"
                rf"|(?<!{L})एंट्री\s+(?:ले|कर|हो|लेंगे|लेंगी|लेगी|लेगा|करेंगे|करेंगी|करेगी|करेगा|होगी)(?!{L})"
                rf"|{_SHOW}\s+में\s+कदम\s+रख|{_SHOW}\s+(?:से|में)\s+(?:टीवी\s+)?डेब्यू"
                # "शो में लीड रोल निभाएंगी": a part the actor will play in the show
                rf"|{_SHOW}\s+में\s+(?:(?:लीड|मुख्य|अहम)\s+)?(?:रोल|किरदार|भूमिका)\s+"
                rf"(?:निभाएंगी|निभाएंगे|निभाएगी|निभाएगा|प्ले\s+करेंगी|प्ले\s+करेंगे)"
                rf"|{_SHOW}\s+(?:में\s+)?(?:एंट्री|शामिल|ज्वाइन|जॉइन)|{_SHOW}\s+(?:के\s+साथ|से)\s+जुड़"
                # a headline's verb before the part: "A निभाएंगी अहम किरदार / Y का रोल"
                rf"|(?<!{L})(?:निभाएंगी|निभाएंगे|निभाएगी|निभाएगा)\s+(?:(?:अहम|मुख्य|लीड|खास)\s+"
                rf"|(?:{L}+\s+){{1,2}}(?:का|की)\s+)?(?:रोल|किरदार|भूमिका)(?!{L})"
                rf"|(?<!{L})में\s+एंट्री\s+(?:कर|ले|लेंगे|लेंगी|लेगी|लेगा|होगी|होने|हो)(?!{L})"
                # not "शो का हिस्सा नहीं", nor "शो का हिस्सा बनी रहेंगी" (will stay in it)
                rf"|{_SHOW}\s+(?:का|की)\s+हिस्सा(?!\s+(?:नहीं|बन{L}*\s+रह|रह))"
                rf"|(?<!{L})(?:ज्वाइन|जॉइन|साइन|कास्ट)\s+(?:कर|किया|किए|की\s+गई|किया\s+गया|हुईं|हुई|हुए)"
                rf"|(?<!{L})नाम\s+फाइनल"
                # "A और B के नाम पर विचार किया जा रहा है / सबसे आगे हैं": considered for it
                rf"|(?<!{L})(?:के|का)\s+नाम\s+(?:पर\s+विचार|सबसे\s+आगे|सामने\s+आ)"
                # "शो X में नजर आने वाली हैं / नजर आएंगी": will be seen in a show
                # (in the lead role, opposite B; "may be seen": the status is the sentence's)
                rf"|{_SHOW}\s+में\s+(?:(?:(?:लीड|मुख्य|अहम)\s+)?(?:रोल|किरदार|भूमिका)\s+में\s+"
                rf"|(?:{L}+\s+){{1,3}}?के\s+(?:अपोजिट|साथ)\s+)?(?:भी\s+)?नजर\s+"
                rf"(?:आने\s+वाल{L}*|आएंगी|आएंगे|आएगी|आएगा|आ\s+सकती|आ\s+सकते|आ\s+सकता)"
                rf"|{_SHOW}\s+में\s+(?:भी\s+)?(?:दिखाई\s+(?:देंगी|देंगे|देगी|देगा)|दिखेंगी|दिखेंगे"
                rf"|दिखेगी|दिखेगा)"
                # "शो में लीड रोल निभाते नजर आएंगे", "शो में नए किरदार में दिखेंगे"
                rf"|{_SHOW}\s+में\s+(?:(?:लीड|मुख्य|अहम|नए|नई|नया)\s+)?(?:रोल|किरदार|भूमिका)\s+"
                rf"(?:निभाते|में)\s+(?:नजर\s+(?:आएंगी|आएंगे|आएगी|आएगा)|दिखेंगी|दिखेंगे|दिखेगी|दिखेगा)"
                # "A को (शो में) लीड एक्टर के तौर पर चुना गया है": chosen for a part
                rf"|(?<!{L})(?:चुना\s+गया|चुनी\s+गई|चुने\s+गए)"
                rf"|(?<!{L})अप्रोच\s+(?:किया|की|किए|हुई|हुईं|हुए|कर)(?!{L})"
                # "A नई Y होंगी", "A होंगी नई Y": A will be the new Y
                rf"|(?<!{L})(?:(?:होंगी|होंगे|होगी|होगा)\s+)?(?:नई|नए|नया)\s+{L}+(?:\s+{L}+)?"
                rf"\s+(?:होंगी|होंगे|होगी|होगा)(?!{L})"
                rf"|(?<!{L})(?:होंगी|होंगे|होगी|होगा)\s+(?:नई|नए|नया)(?!{L})"
                r"|(?<![A-Za-z])(?:Entry|entry|ENTRY|Joins?|joins?|Roped)(?![A-Za-z])")), "entry"),
    (first_gated(re.compile(rf"(?<!{L})(?:वापसी|कमबैक|वापस\s+(?:आ|लौट)|री-?एंट्री|रि-?एंट्री"
                rf"|{_SHOW}\s+में\s+(?:फिर\s+से\s+|दोबारा\s+)?लौट)"
                r"|(?<![A-Za-z])(?:Returns?|returns?|Comeback|comeback|Re-?entry)(?![A-Za-z])")),
     "return"),
]
_AGAIN = re.compile(rf"(?<!{L})(?:फिर\s+से|दोबारा|एक\s+बार\s+फिर|वापस)(?!{L})")
# "एंट्री" right after a place in a chart is a show's, not an actor's.
_CHART_ENTRY = re.compile(r"(?:टॉप\s*-?\s*\d+|लिस्ट|नंबर|पायदान|स्थान)\s+(?:में|पर)\s+$")
_NEW_CAST = re.compile(rf"(?<!{L})(?:नए|नई|नया)\s+(?:(?:लीड|मुख्य)\s+)?(?:कलाकार|चेहरे|एक्टर्स|एक्टर"
                       rf"|एक्ट्रेस|स्टार्स|जोड़ी|लीड)(?!{L})\s*,?\s*")
_INSTEAD = re.compile(r"\s+की\s+जगह\s+(?:अब\s+)?")
_TAKES = re.compile(rf"(?:लेंगी|लेंगे|लेगी|लेगा|ली|लिया|लेने\s+जा\s+रह{L}*|ले\s+रह{L}*|ले\s+ली)(?!{L})\s*")
_THEIR_PLACE = re.compile(rf"(?<!{L})(?:उनकी|इनकी|उसकी|इसकी)\s+जगह\s+(?:अब\s+)?(?:शो\s+में\s+)?")
# "A को (B ने) रिप्लेस किया/करेंगी": A leaves, B (the subject) comes in.
# "A को B रिप्लेस करेंगी": B (named before the verb) comes in.
_REPLACED = re.compile(rf"\s+को\s+(?:(?P<mid>(?:{L}+\s+){{1,3}}?)ने\s+"
                       rf"|(?P<mid2>(?:{L}+\s+){{1,3}}?)(?=रिप्लेस\s+कर))?(?:\S+\s+)?रिप्लेस")
_SUBJECT_BEFORE = re.compile(rf"(?<!{L})ने\s+$")
_RELATIVE = re.compile(r"\s*,\s*(?:जो|जिन्होंने|जिन्हें|जिनका|जिनकी)\s")
_STOP_WORD_AFTER = re.compile(rf"\s*({L}+)")
_SUBJECT = re.compile(rf"\s+ने(?!{L})")
_LATIN_ACTOR = re.compile(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+$")
_WORD_REST = re.compile(rf"(?<={L}){L}*")  # "जुड़" of "जुड़ीं": the rest of the word
_BACK_REF = re.compile(rf"(?<!{L})(?:इन|इस|ऐसी|ऐसे|इन्हीं)\s+(?:खबरों|खबर|अफवाहों|अफवाह|"
                       rf"रिपोर्ट्स|रिपोर्ट|बातों|दावों)(?!{L})")
_CONTRAST = re.compile(rf"^(?:लेकिन|पर|मगर|हालांकि|परंतु)(?!{L})")
_PRONOUN = frozenset({"खुद", "उन्होंने", "उसने", "वह", "वो", "जो", "लेकर", "उनके", "उनकी", "कि"})
_SHOW_WORDS = frozenset({"शो", "सीरियल", "धारावाहिक"})
# A subject that points back to the person last named ("उन्होंने शो छोड़ दिया").
_REFERS_BACK = frozenset({"उन्होंने", "वह", "वो", "उसने", "एक्ट्रेस", "एक्टर", "अभिनेत्री",
                          "अभिनेता", "अदाकारा"})
_SOMEONE = "\0"
# "तीनों कलाकार शो छोड़ रहे हैं": the group named last ("A, B और C").
_GROUP = frozenset({"तीनों", "तीनो", "दोनों", "दोनो"})
_GROUP_OF = "\1"
_AND = re.compile(r"\s+(?:और|एवं|व)\s+")
_JOB_NAME = re.compile(rf"(?<!{L})(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा)\s+")
_GLOSSED = re.compile(r"\s*\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\)")
# After a show word, these make the show the one changing ("शो ने वापसी", "सीरियल का कमबैक").
_SHOW_AS_SUBJECT = frozenset({"ने", "का", "की", "के"})
_POSSESSIVE = frozenset({"का", "की", "के"})
_SKIPPABLE = re.compile(rf"\s*({L}+|[,!])\s*$")
# how many grammar words may stand between the actors and their cue, not counting the
# adverbs of time ("A एक बार फिर शो में वापसी": "शो में" counts, "एक बार फिर" does not)
_GRAMMAR_WORDS = 5
_ADVERBS = frozenset({"एक", "बार", "फिर", "अब", "जल्द", "जल्दी", "ही", "भी", "दोबारा"})
_MODALITY = {"confirmed": "stated", "reported": "reported", "denied": "denied"}


def extract(doc: Doc) -> list[Fact]:
    """Every stated change, one per (show, actor, change)."""
    facts: list[Fact] = []
    sents = sentences(doc)
    headline = sents[0].text if sents else ""
    shows = {m.name for m in show_mentions(doc)}
    played = {r.character: r.actor for r in roles(doc)}
    character_of = {r.actor: r.character for r in roles(doc)}
    people = _people(doc)
    groups = _groups(doc)
    makers = _makers(doc)
    unnamed = ""  # the previous sentence, when it named no one in a change
    for i, s in enumerate(sents):
        text = masked(doc, s)
        found = _changes(text)
        among = _AMONG.match(text) if unnamed else None
        told = _told(unnamed) if among else []
        if among and told:  # "कई कलाकारों ने शो छोड़ दिया। इनमें A, B और C शामिल हैं"
            found += [(a, told[0], among.span()) for a in _names_past_verbs(text, among.end())]
        unnamed = "" if found else text
        for name, change, cue in found:
            if name == _GROUP_OF:
                named = [g for at, g in groups if at < s.start + len(text)]
                for member in named[-1] if named else []:
                    facts += _fact(doc, s, played.get(member, member), change, headline,
                                   character_of, cue)
                continue
            if name == _SOMEONE and (said := _said_by(text, cue[0])):
                name = said  # "A ने कहा कि वह शो नहीं छोड़ रही हैं": A
            if name == _SOMEONE:
                # only a person named in this or the previous sentence
                lo = sents[i - 1].start if i else s.start
                earlier = [p for at, p in people if lo <= at < s.start + len(text)]
                if not earlier:
                    continue
                name = earlier[-1]
            actor = played.get(name, name)
            actor = next((a for a in character_of if actor.startswith(a + " ")), actor)
            if any(actor in show or show in actor for show in shows) or actor in _STOP \
                    or actor in makers:
                continue  # a title, a grammar word, the show's maker ("प्रोड्यूसर A ... नया शो
                # लेकर आ रही हैं": she brings the show, she does not join its cast)
            if change in ("entry", "return") and " " not in actor and name not in played:
                continue  # "मीरा की एंट्री", "तारा वापस आएगी": a lone first name entering or
                # coming back is mostly a character of the story
            facts += _fact(doc, s, actor, change, headline, character_of, cue)
    facts += _returns(doc, {(f.actor, f.change) for f in facts})
    facts += _launch_entries(doc, facts, headline)
    return _dedupe(_overturn(doc, facts))


# A show the article launches: a launch word right before its title ("नया शो 'X'",
# "अपकमिंग शो 'X'") or right after it ("'X' का प्रीमियर", "'X' जल्द शुरू होगा", "'X' 15
# अप्रैल से प्रसारित होगा").
_NEW_SHOW_BEFORE = re.compile(rf"(?<!{L})(?:नया|नए|नई|अपकमिंग|आगामी|आने\s+वाले|आने\s+वाला)\s+"
                              rf"(?:{_SHOW}\s+)?['‘\"“]?\s*$")
_LAUNCH_AFTER = re.compile(
    rf"^['’\"”]?\s*(?:(?:का|की|के)\s+(?:ग्रैंड\s+)?(?:प्रीमियर|लॉन्च)(?!{L})"
    rf"|(?:[^\s।,]+\s+){{0,4}}?(?:जल्द\s+(?:ही\s+)?)?(?:शुरू|लॉन्च|प्रसारित|ऑन\s+एयर|प्रीमियर)\s+"
    rf"(?:होगा|होगी|होने|हो\s+रहा|हो\s+रही|किया\s+जाएगा|किया\s+जा\s+रहा))")


def _launched(doc: Doc) -> set[str]:
    """The shows the article launches (see ``_NEW_SHOW_BEFORE``, ``_LAUNCH_AFTER``)."""
    text = doc.text
    return {m.name for m in show_mentions(doc)
            if _NEW_SHOW_BEFORE.search(text, max(0, m.start - 40), m.start)
            or _LAUNCH_AFTER.match(text[m.end:m.end + 80])}


def _launch_entries(doc: Doc, facts: list[Fact], headline: str) -> list[Fact]:
    """An entry for each player the article casts in a show it launches (a new show's
    cast joins it), unless a change of that player is told already."""
    launched = _launched(doc)
    if not launched:
        return []
    told = {f.actor for f in facts}
    out: list[Fact] = []
    for r in roles(doc):
        show = show_for(doc, r.sentence)
        if r.actor in told or r.nearest or show not in launched:
            continue
        told.add(r.actor)
        status = _status(r.sentence.text, headline)
        out.append(records.fact(type="cast_change", show=show,
                                evidence=doc.evidence(r.sentence), confidence=0.5,
                                modality=_MODALITY[status], actor=r.actor,
                                character=r.character, change="entry", status=status))
    return out


# the word before a producer's name ("निर्माता A", "प्रोड्यूसर A"; show_info reads it too)
PRODUCER_BEFORE = re.compile(r"(?:निर्माता|प्रोड्यूसर|प्रोड्यूसर्स)\s+")


# a sentence that names the members of a group the sentence before spoke of
_AMONG = re.compile(rf"\s*(?:इनमें|जिनमें|इसमें)(?:\s+से)?(?!{L})")


def _told(text: str) -> list[str]:
    """The changes a sentence's cues tell, whoever they are told of."""
    return [change for pattern, change in _CUES if pattern.search(text)]


def _makers(doc: Doc) -> set[str]:
    """The people the article calls the show's producer ("प्रोड्यूसर A")."""
    return {who[0] for m in PRODUCER_BEFORE.finditer(doc.text)
            if (who := name_after(doc.text, m.end(), most=3))}


_SAID_THAT = re.compile(rf"\s+ने\s+(?:{L}+\s+){{0,3}}?(?:कहा|बताया|साफ\s+किया|स्पष्ट\s+किया)"
                        rf"\s+(?:(?:है|था|थी)\s+)?(?:कि|,)\s")


def _said_by(text: str, cue: int) -> str | None:
    """Who said what a pronoun's change is told in: the name before "ने कहा कि" ahead
    of the cue."""
    said = list(_SAID_THAT.finditer(text, 0, cue))
    found = name_before(text, said[-1].start()) if said else None
    return found[0] if found else None


def _people(doc: Doc) -> list[tuple[int, str]]:
    """Where the article names a person for sure: full names after a job title or
    glossed in Latin ("रिया मल्होत्रा (Riya Malhotra)"), and the actors of roles."""
    found: list[tuple[int, str]] = [(r.sentence.start, r.actor) for r in roles(doc)]
    actors = [r.actor for r in roles(doc)]
    text = doc.text
    for m in _JOB_NAME.finditer(text):
        name = name_after(text, m.end())
        if name and " " in name[0]:
            # "एक्ट्रेस रिया मल्होत्रा मीरा के किरदार में": the role's actor, not the run
            known = next((a for a in actors if name[0].startswith(a + " ")), name[0])
            found.append((m.start(), known))
    for m in _GLOSSED.finditer(text):
        name = name_before(text, m.start())
        if name and " " in name[0]:
            found.append((name[1], name[0]))
    return sorted(found)


def _groups(doc: Doc) -> list[tuple[int, list[str]]]:
    """Lists of two or more full names ("A, B और C"), by where they end."""
    found: list[tuple[int, list[str]]] = []
    text = doc.text
    for m in _AND.finditer(text):
        last = name_after(text, m.end())
        members = names_before(text, m.start(), max(0, m.start() - 200))
        if last and members and " " in last[0] and all(" " in n for n in members):
            found.append((last[1], [*members, last[0]]))
    return found


def _fact(doc: Doc, s: Sentence, actor: str, change: str, headline: str,
          character_of: dict[str, str], cue: tuple[int, int] = (-1, -1)) -> list[Fact]:
    """The cast_change fact of ``actor`` in sentence ``s`` (none without a show).

    A title inside the cue ("'केसर' को अलविदा") is the show left or joined; else the
    sentence's show.
    """
    within = [m for m in shows_in(doc, s) if cue[0] - 2 <= m.start - s.start < cue[1]]
    show = within[0].name if within else show_for(doc, s)
    if not show:
        return []
    status = _status(s.text, headline)
    return [records.fact(type="cast_change", show=show, evidence=doc.evidence(s), confidence=0.6,
                         modality=_MODALITY[status], actor=actor, character=character_of.get(actor),
                         change=change, status=status)]


def _changes(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, change, cue span) for each change cue of a (masked) sentence."""
    out: list[tuple[str, str, tuple[int, int]]] = []
    for pattern, change in _CUES:
        for m in pattern.finditer(text):
            if change == "entry" and _CHART_ENTRY.search(text, 0, m.start()):
                continue
            kind = change
            if change == "entry" and _AGAIN.search(text, max(0, m.start() - 40), m.end()):
                kind = "return"  # "फिर से शो में एंट्री": coming back
            rest = _WORD_REST.match(text, m.end())  # a stem cue ends inside its verb
            end = rest.end() if rest else m.end()
            out += [(a, kind, m.span()) for a in _actors_at(text, m.start(), end)]
    for m in _NEW_CAST.finditer(text):  # "नए कलाकार A और B", "नई लीड जोड़ी होंगे A और B"
        out += [(a, "entry", m.span()) for a in _names_past_verbs(text, m.end())]
    for m in _REPLACED.finditer(text):
        old = name_before(text, m.start())
        if not old:
            continue
        new = name_before(text, m.start("mid") + len(m["mid"].rstrip())) if m["mid"] else None
        if new is None and m["mid2"]:
            new = name_after(text, m.start("mid2"))
        subject = _SUBJECT_BEFORE.search(text, 0, old[1])
        if new is None and subject:
            new = name_before(text, subject.start())
        if new is None:
            new = name_before(text, old[1])
            if new and " " not in new[0] and " " in old[0]:
                new = None  # "तान्या वर्मा रिया मल्होत्रा को": a run of two names is split below
        if new is None and (opening := name_after(text, 0)) and " " in opening[0] \
                and opening[1] < old[1] - len(old[0]):
            new = opening  # "B शो X में A को रिप्लेस करेंगी": the sentence's subject comes in
        out.append((old[0], "exit", m.span()))
        if new:
            out.append((new[0], "entry", m.span()))
    for m in _INSTEAD.finditer(text):
        gone = name_before(text, m.start())
        take = _TAKES.match(text, m.end())  # "A की जगह लेंगी B": past the verb
        coming = names_after(text, take.end() if take else m.end())
        if gone and (coming or (take and " " in gone[0])):  # "B ने A की जगह ली है"
            out.append((gone[0], "exit", m.span()))
        if gone and coming:
            out.append((coming[0], "entry", m.span()))
        elif gone and take and (subject := _SUBJECT_BEFORE.search(text, 0, gone[1])):
            new = name_before(text, subject.start())  # "B ने A की जगह ले ली है": B comes in
            if new:
                out.append((new[0], "entry", m.span()))
    for m in _THEIR_PLACE.finditer(text):  # "उनकी जगह (एक्टर) B लेंगे": B comes in
        coming = _names_past_verbs(text, m.end())
        if not coming and _TAKES.match(text, m.end()):  # "B उनकी जगह लेंगी"
            before = name_before(text, m.start())
            coming = [before[0]] if before and " " in before[0] else []
        if coming:
            out.append((coming[0], "entry", m.span()))
    return out


def _names_past_verbs(text: str, start: int) -> list[str]:
    """The full names listed after ``start``, past up to three grammar words ("होंगे A और B")."""
    cursor = start
    for _ in range(4):
        after = names_after(text, cursor)
        if after:
            return after if " " in after[0] else []
        w = _STOP_WORD_AFTER.match(text, cursor)
        if not w or w[1] not in _STOP or w[1] in _PRONOUN:
            break
        cursor = w.end()
    return []


def _actors_at(text: str, start: int, end: int) -> list[str]:
    """The names before the cue, else the subject with "ने", else the names after it."""
    cursor = start
    last = ""
    step = 0
    while step < _GRAMMAR_WORDS:
        if name_before(text, cursor):
            return names_before(text, cursor)
        m = _SKIPPABLE.search(text[max(0, cursor - 30):cursor])
        if m and m[1] in _SHOW_WORDS and last in _SHOW_AS_SUBJECT:
            return []
        if m and m[1] in _REFERS_BACK:
            return [_SOMEONE]
        if m and m[1] in _GROUP:
            return [_GROUP_OF]
        if m and m[1] in _AS_WORDS and (
                role := _AS_ROLE.search(text, 0, max(0, cursor - 30) + m.end(1))):
            cursor = role.start()  # "A (शो में) नई लीड के रूप में एंट्री करेंगी": as whom
            continue  # (the part is no grammar word: cursor moves back, the loop ends)
        if m and m[1] == "के" and last == "लिए":  # "A को शो के लिए अप्रोच किया": "for"
            cursor = max(0, cursor - 30) + m.start()
            step += 1
            continue
        # "A के शो (X) छोड़ने": a possessive right before the show word marks the leaver
        if not m or m[1] in _PRONOUN or (m[1] in _POSSESSIVE and step > 0
                                         and last not in _SHOW_WORDS) \
                or (m[1] not in _STOP and m[1] != ","):
            break
        step += m[1] not in _ADVERBS
        last = m[1]
        cursor = max(0, cursor - 30) + m.start()
    relative_tail = _RELATIVE_TAIL.search(text, 0, cursor)
    if relative_tail:
        antecedent = actor_before(text, relative_tail.start())
        return [antecedent[0]] if antecedent else []
    latin = _LATIN_ACTOR.search(text, 0, start)
    if latin and start - latin.end() <= 1:
        return [latin[1]]
    subjects = [m for m in _SUBJECT.finditer(text, 0, start) if name_before(text, m.start())]
    if subjects:
        return names_before(text, subjects[-1].start())
    relative = _RELATIVE.search(text, 0, start)
    if relative and re.search(r",\s*ने(?!{L})".replace("{L}", L), text[relative.end():start]):
        return names_before(text, relative.start())  # "A, जो ..., ने शो छोड़ दिया"
    return _names_past_verbs(text, end)


# the part a newcomer comes in as, between the actor and the cue: "(नई) (लीड) एक्टर के
# रूप/तौर", "Y के (अहम) किरदार/रोल" ("A शो में Y के किरदार में एंट्री लेंगी")
_AS_WORDS: Final = frozenset({"रूप", "तौर", "किरदार", "रोल", "भूमिका", "कैरेक्टर"})
_AS_ROLE = re.compile(rf"(?<!{L})(?:(?:नई|नए|नया)\s+)?(?:{L}+\s+){{1,2}}(?:के|की)\s+"
                      rf"(?:(?:लीड|मुख्य|अहम|नए|नई)\s+)?(?:{'|'.join(_AS_WORDS)})$")


# "A ... निभा रही हैं, जो अब शो छोड़ देंगी": the change is said of the clause's subject
_RELATIVE_TAIL = re.compile(r",\s*(?:जो|जिन्होंने)\s*$")


def _status(sentence: str, headline: str) -> str:
    """confirmed / reported / denied from the sentence's cues, else the headline's."""
    label = modality(sentence) or modality(headline) or "confirmed"
    return {"rumour_past": "reported"}.get(label, label)


_FUTURE = re.compile(rf"(?<!{L})(?:आएंगी|आएंगे|आएगी|आएगा|दिखेंगी|दिखेंगे|दिखेगी|दिखेगा|होंगी|होंगे"
                     rf"|बनेंगी|बनेंगे|बनेगी|बनेगा|दिखाई\s+(?:देंगी|देंगे|देगी|देगा)"
                     rf"|निभाएंगी|निभाएंगे|निभाएगी|निभाएगा|करेंगी|करेंगे|करेगी|करेगा)(?!{L})")


def _returns(doc: Doc, seen: set[tuple[str | None, str | None]]) -> list[Fact]:
    """Roles said with "लौट"/"फिर से": the actor returns as that character; a role said in
    the future ("मीरा के किरदार में नजर आएंगी") is the actor's entry."""
    out: list[Fact] = []
    for r in roles(doc):
        if r.nearest:
            continue
        show = show_for(doc, r.sentence)
        if not r.returning and show and _FUTURE.search(r.sentence.text) \
                and not any(a == r.actor for a, _ in seen):
            status = _status(r.sentence.text, "")
            out.append(records.fact(
                type="cast_change", show=show, evidence=doc.evidence(r.sentence),
                confidence=0.5, modality=_MODALITY[status], actor=r.actor,
                character=r.character, change="entry", status=status))
            seen.add((r.actor, "entry"))
        if r.returning and show and (r.actor, "return") not in seen:
            status = _status(r.sentence.text, "")
            out.append(records.fact(
                type="cast_change", show=show, evidence=doc.evidence(r.sentence),
                confidence=0.6, modality=_MODALITY[status], actor=r.actor,
                character=r.character, change="return", status=status))
            seen.add((r.actor, "return"))
    return out


def _overturn(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """A past rumour ("कहा जा रहा था ...") contradicted by a "लेकिन ..." sentence is denied,
    wherever else the article states the same change."""
    sents = sentences(doc)
    denied: set[int] = set()
    for i, s in enumerate(sents[:-1]):
        nxt = sents[i + 1]
        # "अब एक्ट्रेस ने इन खबरों पर रिएक्ट किया है। नेहा ने कहा कि ये सब अफवाहें हैं": a
        # reaction to "these reports", then the denial in the sentence after it
        after = sents[i + 2] if i + 2 < len(sents) and _BACK_REF.search(nxt.text) else None
        if modality(s.text) == "rumour_past" and (
                (_CONTRAST.match(nxt.text) and (
                    modality(nxt.text) == "denied"  # "लेकिन एक्ट्रेस ने इन खबरों को अफवाह बताया"
                    or any(f.evidence and f.evidence.start == nxt.start for f in facts)))
                # "अब एक्ट्रेस ने इन खबरों को गलत बताया है": a denial of "these reports"
                or (_BACK_REF.search(nxt.text) and modality(nxt.text) == "denied")
                or (after is not None and modality(after.text) == "denied")):
            denied.add(s.start)
    # the same change stated elsewhere (a headline's question) is what was denied too
    overturned = [(f.actor or "", f.change) for f in facts
                  if f.evidence and f.evidence.start in denied]
    return [
        records.with_(f, status="denied", modality="denied")
        if any(c == f.change and same_person(a, f.actor or "") for a, c in overturned) else f
        for f in facts
    ]


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (actor, change): a lone first or last name defers to the full name; a
    denial anywhere ("वह शो नहीं छोड़ रही हैं") is the article's word on the change, as in
    English (``change_rules.overall``)."""
    full = [f.actor for f in facts if f.actor and " " in f.actor]
    out: dict[tuple[str, str | None], Fact] = {}
    for f in facts:
        actor = f.actor or ""
        if " " not in actor:
            actor = next((n for n in full if actor in (n.split()[0], n.split()[-1])), actor)
        actor = next((a for a, c in out if c == f.change and same_person(a, actor)), actor)
        key = (actor, f.change)
        if key not in out:
            out[key] = records.with_(f, actor=actor)
            continue
        if f.character and not out[key].character:
            out[key] = records.with_(out[key], character=f.character)
        if f.status == "denied":
            out[key] = records.with_(out[key], status="denied", modality="denied")
    return list(out.values())
