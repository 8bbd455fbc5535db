"""How sure a Hindi sentence is: denied, confirmed, reported, or a rumour told as past.

Cues live in lexicon ``hi_modality``. A denial outweighs everything ("खबरों के
मुताबिक ... लेकिन उन्होंने खंडन किया"), a confirmation outweighs hearsay
("रिपोर्ट्स ... जिसकी पुष्टि मेकर्स ने की"). Longer cues win at one place, so
"पुष्टि नहीं" (not confirmed) reads as hearsay, not as a confirmation.
"""

from __future__ import annotations

import re

from tellytrack.extract.hi.text import L
from tellytrack.extract.lexicon import mapping

_CUES = mapping("hi_modality")
_CUE_RE = re.compile(
    rf"(?<!{L})(?:" + "|".join(re.escape(c) for c in sorted(_CUES, key=len, reverse=True))
    + rf")(?!{L})",
    re.I,
)
_ORDER = ("denied", "confirmed", "rumour_past", "reported")


def cues(text: str) -> set[str]:
    """The modality labels whose cues occur in ``text``."""
    return {_CUES[m.group().lower()] for m in _CUE_RE.finditer(text)}


# a yes-no question ("क्या A शो छोड़ रही हैं?") asserts nothing: hearsay at most
_QUESTION = re.compile(rf"^\W*क्या(?!{L})[^?।]*\?\W*$")


def modality(text: str) -> str | None:
    """The strongest label in ``text`` (denied > confirmed > rumour_past > reported); a
    yes-no question is reported."""
    found = cues(text)
    if _QUESTION.match(text):
        found.add("reported")
    return next((label for label in _ORDER if label in found), None)
