"""modality: how a sentence holds its claim."""

from tellytrack.extract import modality
from tellytrack.extract.document import parse
from tellytrack.model import Article, PubDate


def test_a_sentence_denies_as_its_text_does() -> None:
    """``sentence_denies`` (its cheap test tried only at the denial cues' first words)
    answers as ``denies`` of the sentence's text: cues inside other words, cut across
    lines, capitalised, and after a sentence whose last word runs into it."""
    text = ("Riya denied the reports. Kabir undenied it. The news is FAKE, she said.\n"
            "Meera brushed\noff the talk. Tara was not there. It is fakeness. "
            "Contrary to reports, Arjun stays. Denies")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    got = [modality.sentence_denies(doc, s) for s in doc.sentences]
    assert got == [modality.denies(s.text) for s in doc.sentences]
    assert sum(got) >= 3  # (the text holds denials)
