"""The mention layer: every name-like span of an article, found once, typed later.

A mention is a run of capitalised words (``names.py``'s runs, split where a
function word or number stands), trimmed of sentence openers and of words the
article also writes in lower case, and not inside a show title, a channel or an
outlet. Which mentions are actors and which are characters is not decided here:
the decision modules (``cast.py``, ...) read pairs of mentions with their
context and a learned model types them by how the article links them.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from tellytrack.extract.document import Doc
from tellytrack.extract.gate import TOKEN, index_after, index_at, token_spans
from tellytrack.extract.lexicon import words
from tellytrack.extract.linear import LinearModel, model, sigmoid
from tellytrack.extract.names import clean, in_show_title, name_runs, pieces, resolve_person
from tellytrack.extract.shows import fold


class NameMention(NamedTuple):
    """A name-like span: offsets into the article, its cleaned text, its sentence."""

    start: int
    end: int
    text: str
    sentence: int


def name_mentions(doc: Doc) -> list[NameMention]:
    """Every name-like span of the body, in text order (cached)."""
    if "mentions.names" in doc.cache:
        return doc.cache["mentions.names"]  # type: ignore[no-any-return]
    starts = [s.start for s in doc.sentences]
    out: list[NameMention] = []
    for at, whole in name_runs(doc):
        for offset, run in pieces(doc, whole):
            name = clean(doc, run)
            if not name:
                continue
            start = at + offset + run.find(name)
            if in_show_title(doc, start):
                continue
            name = name[:_title_at(doc, start, start + len(name)) - start].rstrip(" ,")
            if not name:
                continue
            i = index_after(starts, start) - 1
            if i >= 0 and start + len(name) <= doc.sentences[i].end:
                out.append(NameMention(start, start + len(name), name, i))
    doc.cache["mentions.names"] = out
    return out


# a role's place: "A as X", "A aka X", "X aka A", "X (A)", "X is played by A", "X, played by A"
_AS_BEFORE: Final = re.compile(r"(?:\bas|\baka|\bAKA)\s+(?:the\s+(?:new\s+)?)?$")
_ROLE_AFTER: Final = re.compile(
    r"\s+(?:aka|AKA)\s+[A-Z]|\s*\(\s*[A-Z]|,?\s+(?:is\s+|was\s+)?played\s+by\b"
    # "X and Y (played by A and B)": the title coordinated with another role
    r"|\s+(?:and|&)\s+[A-Z][\w'’-]*\s*[(,]?\s*(?:played|essayed|portrayed)\s+by\b")


def titular_mentions(doc: Doc) -> dict[int, list[NameMention]]:
    """The one-word show titles that stand where a role does, by sentence (cached): the
    title character of an eponymous show ("Riya Malhotra as Kesar", "Kesar (Riya
    Malhotra)", "Kesar is played by Riya Malhotra"). Only the cast decider reads them, as
    roles: elsewhere the title is the show."""
    if "mentions.titular" not in doc.cache:
        starts = [s.start for s in doc.sentences]
        out: dict[int, list[NameMention]] = {}
        for m in doc.shows.mentions:
            if _titular(doc, m.start, m.end):
                i = index_after(starts, m.start) - 1
                if i >= 0:
                    title = NameMention(m.start, m.end, doc.text[m.start:m.end], i)
                    out.setdefault(i, []).append(title)
        doc.cache["mentions.titular"] = out
    return doc.cache["mentions.titular"]  # type: ignore[no-any-return]


def _titular(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word show title at ``start:end`` stands where a role does."""
    return (" " not in doc.text[start:end]
            and (bool(_AS_BEFORE.search(doc.text, max(0, start - 20), start))
                 or bool(_ROLE_AFTER.match(doc.text, end))))


def _title_at(doc: Doc, start: int, end: int) -> int:
    """Where the first show title inside ``start:end`` begins ("Quitting Pyaar Ki Dor"),
    else ``end``."""
    i = index_after(doc.shows.starts, start)
    at = doc.shows.starts[i] if i < len(doc.shows.starts) else end
    return min(at, end)


def by_sentence(doc: Doc) -> dict[int, list[NameMention]]:
    """The name mentions grouped by sentence index (cached)."""
    if "mentions.by_sentence" not in doc.cache:
        groups: dict[int, list[NameMention]] = {}
        for m in name_mentions(doc):
            groups.setdefault(m.sentence, []).append(m)
        doc.cache["mentions.by_sentence"] = groups
    return doc.cache["mentions.by_sentence"]  # type: ignore[no-any-return]


def frequency(doc: Doc) -> dict[str, int]:
    """How often the article names each folded first/last word of a mention (cached):
    a lead is named again and again, a passer-by once."""
    if "mentions.freq" not in doc.cache:
        freq: dict[str, int] = {}
        for m in name_mentions(doc):
            for part in {fold(m.text.split()[0]), fold(m.text.split()[-1])}:
                freq[part] = freq.get(part, 0) + 1
        doc.cache["mentions.freq"] = freq
    return doc.cache["mentions.freq"]  # type: ignore[no-any-return]


# _shape's answers, remembered: the same words recur in every article (a dict read by a
# native function: cheaper from compiled code than an ``lru_cache`` wrapper; emptied when full).
_SHAPES: Final[dict[str, str]] = {}
_SHAPES_MAX: Final = 65536


def _shape(tok: str) -> str:
    """One token's shape."""
    shape = _SHAPES.get(tok)
    if shape is None:
        if len(_SHAPES) >= _SHAPES_MAX:
            _SHAPES.clear()
        shape = _SHAPES[tok] = _shape_of(tok)
    return shape


def _shape_of(tok: str) -> str:
    """:func:`_shape` computed."""
    if tok[0].isupper():
        low = tok.lower()
        return low if low in words("not_names") else "CAP"
    if tok[0].isdigit():
        return "0"
    if tok[0].isalpha():
        return tok.lower() if tok.isascii() else "W"
    return tok


def shape_tokens(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """``text`` as feature tokens that hold no names: lower-case words as written,
    capitalised words as ``CAP`` (unless a common word: "The", "Actress"), numbers as
    ``0``, punctuation as itself, Devanagari and other scripts' words as ``W``; a
    lower-case word in ``names`` (see :func:`name_words`) is ``CAP`` too."""
    return [_named(_shape(t), names) for t in TOKEN.findall(text)]


def _named(shape: str, names: frozenset[str]) -> str:
    return "CAP" if shape in names else shape


def name_words(doc: Doc) -> frozenset[str]:
    """Lower-case words the article writes capitalised as a name at least as often as in lower
    case ("#kesar", "kesar fans" beside "Kesar" again and again): a name written small is
    still a name, and no feature may hold one (cached; found with the article's tokens)."""
    if "mentions.name_words" not in doc.cache:
        _tokens(doc)
    return doc.cache["mentions.name_words"]  # type: ignore[no-any-return]


def _tokens(doc: Doc) -> tuple[list[int], list[int], list[str]]:
    """The article's tokens as (starts, ends, shapes with names as ``CAP``), and its
    :func:`name_words`, from one scan of the text (cached)."""
    tokens: tuple[list[int], list[int], list[str]] | None = doc.cache.get("mentions.tokens")
    if tokens is None:
        toks, starts, ends = token_spans(doc)
        raw: list[str] = []
        capital: dict[str, int] = {}
        lower: dict[str, int] = {}
        for i in range(len(toks)):  # (one indexed loop: ``zip`` is generic to compiled code)
            tok = toks[i]
            shape = _shape(tok)
            raw.append(shape)
            if shape == "CAP":
                key = tok.lower()
                capital[key] = capital.get(key, 0) + 1
            elif shape == tok and shape[0].isalpha():
                lower[shape] = lower.get(shape, 0) + 1
        names = frozenset(w for w, n in lower.items() if capital.get(w, 0) >= n)
        doc.cache["mentions.name_words"] = names
        tokens = (starts, ends, [_named(shape, names) for shape in raw] if names else raw)
        doc.cache["mentions.tokens"] = tokens
    return tokens


def shapes(doc: Doc, start: int, end: int) -> list[str]:
    """``shape_tokens(doc.text[start:end], name_words(doc))`` for a span cut at token
    boundaries, read off the article's tokens (found once): every feature reads a few
    spans of every sentence, and tokenizing each again cost most of the extraction time."""
    tokens: tuple[list[int], list[int], list[str]] | None = doc.cache.get("mentions.tokens")
    starts, ends, shaped = tokens or _tokens(doc)
    i, j = index_at(starts, start), index_after(ends, end)
    return shaped[i:j] if j > i else []


def window(doc: Doc, start: int, end: int) -> list[str]:
    """``shape_tokens(doc.text[start:end], name_words(doc))`` for any span, read off the
    article's tokens (the show and relation features read ~25 windows an article, most of
    them cut at token boundaries). Where ``start`` cuts a token, the span is tokenized
    from ``start`` until one of its tokens begins where one of the article's does: from
    there on both scans read the same text the same way. Where ``end`` cuts a token, that
    token is tokenized again up to ``end``, with the "'" before it when it is an "'s"'s
    (the span alone ends there, so ``'s\\b`` matches)."""
    tokens: tuple[list[int], list[int], list[str]] | None = doc.cache.get("mentions.tokens")
    starts, ends, shaped = tokens or _tokens(doc)
    if start >= end:
        return []
    text = doc.text
    i = index_at(starts, start)
    out: list[str] = []
    if i > 0 and ends[i - 1] > start:
        names = name_words(doc)
        synced = False
        for m in TOKEN.finditer(text, start, end):
            i = index_at(starts, m.start())
            if i < len(starts) and starts[i] == m.start():
                synced = True
                break
            out.append(_named(_shape(m.group()), names))
        if not synced:
            return out
    j = index_after(ends, end)
    if j < len(starts) and starts[j] < end:
        if j > i and text[starts[j - 1]] in "'’" and ends[j - 1] == starts[j]:
            j -= 1
        return out + shaped[i:j] + shape_tokens(text[starts[j]:end], name_words(doc))
    return out + shaped[i:j]


def context(doc: Doc, m: NameMention) -> tuple[list[str], list[str]]:
    """The (up to) two shape tokens before a mention and the two after it, within 40
    characters and its sentence: read by the typer for every mention and by the cast
    pairs for each of their ends, so found once per mention (cached; do not modify)."""
    memo: dict[tuple[int, int], tuple[list[str], list[str]]] = doc.cache.setdefault(
        "mentions.context", {})
    key = (m.start, m.end)
    if key not in memo:
        s = doc.sentences[m.sentence]
        memo[key] = (shapes(doc, max(s.start, m.start - 40), m.start)[-2:],
                     shapes(doc, m.end, min(s.end, m.end + 40))[:2])
    return memo[key]


MENTION_CLASSES: Final[tuple[str, ...]] = ("person", "character", "other")


def mention_features(doc: Doc, m: NameMention) -> tuple[str, ...]:
    """Form and context of one mention, for the learned typer: the words around it,
    its length, where it stands, how often the article names it; never the name."""
    before, after = context(doc, m)
    ntok = min(len(m.text.split()), 3)
    f = [f"ntok={ntok}", f"pre={' '.join(before)}", f"post={' '.join(after)}",
         f"pre1={before[-1] if before else '^'}", f"post1={after[0] if after else '$'}",
         f"freq={min(frequency(doc).get(fold(m.text.split()[0]), 0), 5)}",
         f"headline={m.sentence == 0}", f"sentence_start={not before}"]
    f += [f"pre1|ntok={f[3][5:]}|{ntok}", f"post1|ntok={f[4][6:]}|{ntok}"]
    full = resolve_person(doc, m.text)
    if full and full != m.text:
        f.append("resolves_longer")
    elif full is None:
        f.append("unresolved")
    return tuple(f)


def name_types(doc: Doc) -> dict[str, tuple[float, float]]:
    """folded name -> (P(person), P(character)), averaged over the article's mentions
    of it by the learned typer (cached). A training run puts a model that never saw
    this article in ``doc.cache["model.mention"]``; else the shipped one is used."""
    if "mentions.types" in doc.cache:
        return doc.cache["mentions.types"]  # type: ignore[no-any-return]
    typer: LinearModel = doc.cache.get("model.mention") or model("mention")
    sums: dict[str, list[float]] = {}
    for m in name_mentions(doc):
        logits = typer.scores(mention_features(doc, m))
        acc = sums.setdefault(fold(m.text), [0.0, 0.0, 0.0])
        acc[0] += logits[0]
        acc[1] += logits[1]
        acc[2] += 1
    out = {k: (sigmoid(p / n), sigmoid(c / n)) for k, (p, c, n) in sums.items()}
    doc.cache["mentions.types"] = out
    return out


def typed_full_name(doc: Doc, name: str) -> str | None:
    """The one multi-word name of the article, typed a person, that a one-word ``name``
    opens or ends ("Tara" -> "Tara Sen" when no pattern has made Tara Sen a known
    person); None if none or several (cached)."""
    if " " in name:
        return None
    index: dict[str, set[str]] | None = doc.cache.get("mentions.typed_full")
    if index is None:
        index = {}
        types = name_types(doc)
        for m in name_mentions(doc):
            words_ = m.text.split()
            p, c = types.get(fold(m.text), (0.0, 0.0))
            if len(words_) > 1 and p >= 0.5 and p > c:
                for part in {fold(words_[0]), fold(words_[-1])}:
                    index.setdefault(part, set()).add(m.text)
        doc.cache["mentions.typed_full"] = index
    found = index.get(fold(name), set())
    return next(iter(found)) if len(found) == 1 else None
