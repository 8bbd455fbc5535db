"""How answers and recaps put query results into sentences.

One place for the phrasing of a tenure ("Riya Malhotra plays Meera in Saath
Chalenge (since at least 2024-01-03)"), a rumour's history ("reported on
2024-01-10 (desitvdaily.example), denied on 2024-01-20 by Tanvi Desai
(soapwatch.example)") and a rating point, so an answer and a recap say the
same thing the same way.
"""

from __future__ import annotations

from datetime import date

from tellytrack.model import PubDate
from tellytrack.query.cast import Tenure
from tellytrack.query.ratings import RatingPoint
from tellytrack.query.rumours import Claim, ClaimStep

CHANGE_WORDS = {"exit": ("leave", "left"), "entry": ("join", "joined"),
                "return": ("return to", "returned to")}
EVENT_WORDS = {
    "leap": "a leap", "death": "a death", "wedding": "a wedding", "divorce": "a divorce",
    "separation": "a separation", "relocation": "a move", "accident": "an accident",
    "pregnancy": "a pregnancy", "birth": "a birth", "kidnapping": "a kidnapping",
    "arrest": "an arrest", "illness": "an illness", "reunion": "a reunion",
    "engagement": "an engagement", "exposure": "a secret revealed",
}
RELATION_WORDS = {"spouse": "married to", "ex_spouse": "formerly married to",
                  "sibling": "a sibling of", "romance": "romantically linked to",
                  "in_law": "an in-law of"}


def ended_by(t: Tenure, day: date | None) -> bool:
    """Whether a tenure had ended by ``day`` (None: ever)."""
    if t.end is None:
        return False
    return day is None or PubDate.parse(t.end).end <= day


def tenure_span(t: Tenure) -> str:
    """A tenure's dates in words; an at-least start says so, an unknown one too."""
    if t.start is None:  # only undated articles speak of it
        return "since a date the sources do not give" if t.end is None else f"until {t.end}"
    start = t.start
    since = f"since at least {start}" if t.start_bound == "at_least" else f"since {start}"
    if t.end is None:
        return since
    first = f"seen from {start}" if t.start_bound == "at_least" else f"from {start}"
    reason = f"; {t.end_reason}" if t.end_reason and t.end_reason != "exit" else ""
    return f"{first} until {t.end}{reason}"


def tenure_sentence(t: Tenure, current: bool) -> str:
    """"A plays C in S (since …)" or "A played C in S (… until …)"."""
    verb = "plays" if current else "played"
    role = t.character or "a role"
    return f"{t.actor} {verb} {role} in {t.show} ({tenure_span(t)})."


def _step_words(step: ClaimStep) -> str:
    by = f" by {step.by}" if step.by and step.status == "denied" else ""
    outlet = f" ({step.outlet})" if step.outlet else ""
    return f"{step.status} on {step.date or 'an undated article'}{by}{outlet}"


def history_words(claim: Claim, until: date | None = None) -> str:
    """The claim's history up to ``until``: consecutive same-status reports folded."""
    steps = [s for s in claim.history if until is None or s.date is None
             or PubDate.parse(s.date).start <= until]
    parts: list[str] = []
    previous: str | None = None
    for step in steps:
        if step.status == previous:
            continue
        parts.append(_step_words(step))
        previous = step.status
    return ", ".join(parts)


def claim_sentence(claim: Claim) -> str:
    """The claim's state as a plain statement."""
    present, past = CHANGE_WORDS.get(claim.change, (claim.change, claim.change))
    role = f" (as {claim.character})" if claim.character else ""
    if claim.state == "confirmed":
        return f"{claim.actor}{role} {past} {claim.show} (confirmed)."
    if claim.state == "denied":
        return (f"Reports that {claim.actor}{role} would {present} {claim.show} "
                f"were denied.")
    return (f"It is only reported, not confirmed, that {claim.actor}{role} will "
            f"{present} {claim.show}.")


def rating_words(p: RatingPoint) -> str:
    """"#2 (TRP 2.2) in 2024-W04" with a conflict or an inferred week said plainly."""
    parts = []
    if p.rank is not None:
        parts.append(f"#{p.rank}")
    if p.rating is not None:
        parts.append(f"TRP {p.rating:g}" if parts == [] else f"(TRP {p.rating:g})")
    week = f"week {p.week}" + (" (week inferred from the article date)" if p.inferred else "")
    note = "; reports disagree" if p.conflict else ""
    return f"{' '.join(parts) or 'charted'} in {week}{note}"


def event_sentence(kind: str, characters: list[str], status: str, day: str | None,
                   show: str) -> str:
    """One storyline event as a sentence that says whether it aired."""
    what = EVENT_WORDS.get(kind, kind)
    who = f" ({', '.join(characters)})" if characters else ""
    when = f"On {day}" if day and len(day) == 10 else f"In {day}" if day else "Undated"
    if status == "aired":
        return f"{when}, {what}{who} aired in {show}."
    if status == "upcoming":
        return f"{when}, {what}{who} was announced as coming up in {show}."
    return f"{when}, {what}{who} was speculated about in {show} (not confirmed)."
