"""Sentence splitting: offsets index the article, prefixes and headlines handled."""

import pickle
from dataclasses import FrozenInstanceError, astuple

import pytest

from tellytrack.extract import extract_facts
from tellytrack.extract.document import (
    _ODD_SPACE,
    body_start,
    built,
    has_odd_space,
    parse,
    split_sentences,
    without_embeds,
)
from tellytrack.model import Article, Evidence, PubDate, Sentence


def test_date_prefix_is_not_story() -> None:
    """A stored page's " date YYYY-MM-DD " prefix is skipped."""
    text = " date 2024-03-05 Meera smiles. Arjun frowns."
    start = body_start(text)
    sents = split_sentences(text, start)
    assert [s.text for s in sents] == ["Meera smiles.", "Arjun frowns."]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_also_read_headline_starts_a_new_sentence() -> None:
    """An "Also Read" headline spliced mid-paragraph is its own sentence."""
    sents = split_sentences("Meera smiles. Also Read - Pyaar Ki Dor: twist ahead")
    assert sents[-1].text.startswith("Also Read")


def test_abbreviation_does_not_end_a_sentence() -> None:
    """"Dr." keeps its sentence together."""
    sents = split_sentences("Dr. Meera arrives. Arjun leaves.")
    assert sents[0].text == "Dr. Meera arrives."


def test_also_read_lines_are_headlines() -> None:
    """Every sentence on an "Also Read" line is a headline, even after "MUST READ!"."""
    doc = parse(Article.create("Riya is back.\n(Also Read: MUST READ! Tara joins. Kabir "
                               "quits)\nThe end.", published=PubDate.parse("2024-03-05")))
    flags = {s.text: doc.in_headline(s) for s in doc.sentences}
    assert not flags["Riya is back."] and not flags["The end."]
    assert flags["Tara joins."] and flags["Kabir quits)"]


def test_odd_spaces_read_as_plain_ones() -> None:
    """A no-break space inside a title ("Pyaar\\u00a0Ki\\u00a0Dor") is a space to every
    reader, and offsets still index the stored text."""
    text = ("Kabir Sethi quits Pyaar Ki Dor\n"
            "Kabir\u00a0Sethi, who plays Arjun in Pyaar\u00a0Ki\u00a0Dor, has quit the show.")
    article = Article.create(text)
    facts = extract_facts(article)
    assert {(f.type, f.show) for f in facts} == {("cast", "Pyaar Ki Dor"),
                                                 ("cast_change", "Pyaar Ki Dor")}
    for f in facts:
        assert f.evidence is not None and f.evidence.article_id == article.id
        assert article.text[f.evidence.start:f.evidence.end].replace("\u00a0", " ") \
            == f.evidence.text


def test_odd_space_test_is_the_class_s() -> None:
    """``has_odd_space`` answers as the character class does: each odd space alone, at
    either end and inside a word; plain spaces, tabs, line breaks and other letters
    beyond Latin-1 are not odd."""
    odd = "\u00a0\u2002\u2003\u2007\u2009\u200a\u202f"
    texts = ["", "Mira waves.", "a\tb\nc d", "Zoë’s café — “done”", "\u2000\u2008\u3000"]
    texts += [t for c in odd for t in (c, f"{c}Mira", f"Mira{c}", f"Mi{c}ra waves")]
    for text in texts:
        expected = any(c in odd for c in text)
        assert has_odd_space(text) == bool(_ODD_SPACE.search(text)) == expected, repr(text)


def test_other_story_lines_from_line_starts_are_the_pattern_s() -> None:
    """"Also Read" lines found from line starts only: the spans ``_OTHER_STORY.finditer``
    gives (first and last lines, bracketed and shouted forms, one mid-line, blank lines)."""
    from tellytrack.extract.document import _OTHER_STORY, other_story_lines

    texts = ["Also Read: Rang Mahal twist\nRiya is back.\n (ALSO READ - Kesar quits)\n",
             "Riya said also read this.\n\nRead more: Neel Kamal\nmust read", "", "\n",
             "x\n  must  read Kesar"]
    for text in texts:
        assert other_story_lines(text) == tuple(
            (m.start(), m.end()) for m in _OTHER_STORY.finditer(text)), text
    assert len(other_story_lines(texts[0])) == 2


def test_built_is_the_dataclass_constructor() -> None:
    """``built`` sets a frozen model dataclass's ``__dict__`` at once: the sentences and
    evidences it makes are those their own ``__init__`` makes (equal, repr, hash, field
    order, pickle), and stay frozen."""
    text = "Riya Malhotra quits. She said: \"No.\" Also Read: Kesar returns\nMr. X is back!"
    doc = parse(Article.create(text))
    for s in split_sentences(text):
        plain = Sentence(s.start, s.end, text[s.start:s.end])
        ev, plain_ev = doc.evidence(s), Evidence(doc.article.id, s.start, s.end, s.text)
        for fast, slow in ((s, plain), (ev, plain_ev)):
            assert fast == slow and repr(fast) == repr(slow) and hash(fast) == hash(slow)
            assert list(vars(fast).items()) == list(vars(slow).items())
            assert astuple(fast) == astuple(slow)
            assert pickle.dumps(fast) == pickle.dumps(slow)
            with pytest.raises(FrozenInstanceError):
                fast.start = 0  # type: ignore[misc]
    assert built(Sentence, {"start": 1, "end": 2, "text": "x"}) == Sentence(1, 2, "x")


_EMBEDDED = ("Tara Sen quits Neela Aasmaan\n"
             "The show Neela Aasmaan has lost its lead. Tara Sen, who plays Meher, has quit "
             "the show.\nView this post on Instagram\nA post shared by Tara Sen (@tara.sen_)\n"
             "Her co-star wrote back. pic.twitter.com/Ab12Cd — Kabir Sethi (@kabirsethi) "
             "May 2, 2024\nFans are sad.")


def test_social_embeds_are_blanked_in_place() -> None:
    """An Instagram embed's caption and a tweet's signature are blanked one space a
    character: the text keeps its length and line breaks, the story is untouched."""
    text = without_embeds(_EMBEDDED)
    assert len(text) == len(_EMBEDDED)
    assert text.count("\n") == _EMBEDDED.count("\n")
    for gone in ("View this post", "A post shared by", "@tara", "pic.twitter", "@kabirsethi",
                 "May 2, 2024"):
        assert gone not in text
    for kept in ("Tara Sen, who plays Meher, has quit the show.", "Her co-star wrote back.",
                 "Fans are sad."):
        assert kept in text
    assert without_embeds("Tara (@ home) said so.") == "Tara (@ home) said so."


def test_an_actor_s_own_embed_does_not_unmake_her_role() -> None:
    """"A post shared by A (@a)" read as "Y (X)" had made the actor a character, and
    her role and exit were lost."""
    article = Article.create(_EMBEDDED)
    facts = {(f.type, f.actor, f.character) for f in extract_facts(article)}
    assert ("cast", "Tara Sen", "Meher") in facts
    assert ("cast_change", "Tara Sen", "Meher") in facts


@pytest.mark.parametrize("marker", ["Trending:", "TRENDING NOW -", "Suggested Reading:",
                                    "Related News |", "Recommended:", "Don't miss:",
                                    "You may also like:", "Read Also:"])
def test_lines_linking_other_stories_are_headlines(marker: str) -> None:
    """A "Trending:" (etc.) line is another story's headline, as "Also Read" is: a change
    it tells of a show it does not name is not this article's show's, and the marker
    before its colon is no show's title."""
    article = Article.create(
        "Tara Sen to enter Neela Aasmaan as Meher\nThe show Neela Aasmaan is set for a new "
        f"twist. Tara Sen has been roped in to play Meher.\n{marker} Kabir Sethi quits the "
        "show after five years")
    assert parse(article).shows.names == ("Neela Aasmaan",)
    facts = extract_facts(article)
    assert {(f.actor, f.change) for f in facts if f.type == "cast_change"} == {
        ("Tara Sen", "entry")}


def test_a_story_line_opening_with_a_marker_word_is_no_headline() -> None:
    """"Trending" or "Related" opening a sentence of the story, with no colon or dash
    after the marker, leaves the line the story's."""
    doc = parse(Article.create("Riya is back.\nTrending on social media, Kabir quits.\n"
                               "Related to this, Tara joins."))
    assert not any(doc.in_headline(s) for s in doc.sentences)
