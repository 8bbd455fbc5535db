"""Helpers for the Hindi extractor tests: build a parsed article from invented text."""

from __future__ import annotations

from tellytrack.extract.document import Doc, parse
from tellytrack.model import Article, PubDate


def hindi_doc(text: str, published: str = "2024-03-05") -> Doc:
    """A Hindi article dated ``published``, parsed once."""
    return parse(Article.create(text, published=PubDate.parse(published), lang="hi"))
