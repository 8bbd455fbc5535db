"""tellytrack: a time-aware, sourced knowledge base of Indian TV serials built from news."""

from tellytrack.model import Article, Entity, EntityKind, Evidence, Fact, PubDate, Sentence

__all__ = ["Article", "Entity", "EntityKind", "Evidence", "Fact", "PubDate", "Sentence"]
__version__ = "0.1.0"
