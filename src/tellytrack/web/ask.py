"""``GET /api/v1/ask``: a question in plain English, answered with its sources.

The route calls the same ``qa.answer`` as ``tellytrack ask`` and serves the
same dict as ``tellytrack ask --json``: the answer text, whether the KB knows
it, the findings it rests on, each with its sources (outlet, date, sentence),
and, for "I don't know", the closest things it does know. ``until`` is the
command's ``--today``: date words resolve against it and only news published
by then is used. Like every read it uses the stored resolution (nothing is
resolved per request).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from tellytrack.qa.answer import EXAMPLES, answer
from tellytrack.web.api import VALIDATION_ERROR, IsoDate, StoreDep

# A question is a sentence; anything longer is not one (and would only cost parsing).
MAX_QUESTION_CHARS = 500

router = APIRouter()
Question = Annotated[str, Query(min_length=1, max_length=MAX_QUESTION_CHARS,
                                description="The question, e.g. " + "; ".join(EXAMPLES[:3]))]
Until = Annotated[IsoDate | None, Query(
    description="Answer as of this date (YYYY-MM-DD): date words resolve against it and "
                "only news published by then is used. Default: now, all news.")]


@router.get("/ask", tags=["ask"], responses={422: VALIDATION_ERROR})
def ask(store: StoreDep, q: Question, until: Until = None) -> dict[str, Any]:
    """Answer a question from the knowledge base, with the findings and sources behind it.

    ``known`` is false when the KB does not hold the answer; the text then says
    so and ``closest`` lists the nearest things it knows (never a guess). A
    missing or empty ``q``, one over 500 characters, or an ``until`` that is not
    YYYY-MM-DD is a 422 naming the parameter.
    """
    return answer(store, q, until).to_dict()
