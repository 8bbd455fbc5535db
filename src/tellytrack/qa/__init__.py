"""Questions and recaps over the knowledge base (offline, pattern based).

``parse`` turns a question into an intent with slots, ``answer`` answers it
from the query layer with the facts and sources behind it, and ``recap``
writes a show's "story so far" up to a cut-off date.
"""
