"""Near-duplicate detection: syndicated copies found, different stories kept apart."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from datasketch import LeanMinHash, MinHash, MinHashLSH

from tellytrack.ingest.dedup import (
    BANDS,
    CANDIDATE_THRESHOLD,
    NUM_PERM,
    ROWS,
    SCHEME,
    SEED,
    THRESHOLD,
    NearDuplicateIndex,
    band_keys,
    shingles,
    signature,
    similarities,
    similarity,
)
from tellytrack.model import Article
from tellytrack.store import Incoming, SQLiteStore

STORY = (
    "Kesar Ki Kahani is all set for a major twist. According to sources close to the "
    "production, Meera will learn the truth about her birth in the coming episodes, and the "
    "revelation will change her bond with Arjun forever. Riya Malhotra, who plays Meera, shot "
    "the emotional sequence in Film City last week. The makers are keeping the details under "
    "wraps, but a promo released on Sunday shows Meera leaving the Sethi mansion in the rain "
    "while Arjun watches from the balcony. Kabir Sethi, who plays Arjun, said the track is the "
    "most demanding of his career so far. The show airs every weekday at nine in the evening."
)
# A syndication site's copy: its own intro line, one word changed, a link box and a footer.
SYNDICATED = (
    "Exclusive from our partners: " + STORY.replace("last week", "last Thursday")
    + "\nAlso Read - Pyaar Ki Dor: ratings climb again\n"
    "For the latest TV news follow us on WhatsApp."
)
LIGHTLY_EDITED = STORY.replace("major twist", "huge twist").replace(
    "on Sunday", "on Sunday evening")
# Same show, same actors and characters, same stock phrases, different news.
SAME_SHOW_OTHER_STORY = (
    "Kesar Ki Kahani is set to take a twenty year leap. According to sources close to the "
    "production, Riya Malhotra, who plays Meera, will now play a mother of two, while Kabir "
    "Sethi, who plays Arjun, has decided to quit the show after the leap. The makers are "
    "looking for a new actor to play the grown-up Arjun and auditions begin next week in "
    "Film City. The show airs every weekday at nine in the evening."
)
# Two weekly ratings reports written from one template.
RATINGS_WEEK_1 = (
    "This week's TRP chart is out. Kesar Ki Kahani stays at number one with a rating of 2.4, "
    "followed by Pyaar Ki Dor at number two with 2.1 and Saath Chalenge at number three "
    "with 1.9. Fans are happy with the wedding track.")
RATINGS_WEEK_2 = (
    "This week's TRP chart is out. Pyaar Ki Dor climbs to number one with a rating of 2.5, "
    "followed by Kesar Ki Kahani at number two with 2.2 and Saath Chalenge at number three "
    "with 1.8. Fans are unhappy with the leap.")


def index_of(**articles: str) -> NearDuplicateIndex:
    index = NearDuplicateIndex()
    for article_id, text in articles.items():
        index.add(article_id, signature(text))
    return index


@pytest.mark.parametrize("copy", [SYNDICATED, LIGHTLY_EDITED])
def test_syndicated_copies_are_found(copy: str) -> None:
    """A re-run of a stored story with a new wrapper or small edits points to the original."""
    index = index_of(original=STORY, other=SAME_SHOW_OTHER_STORY)
    assert index.find(signature(copy)) == "original"


@pytest.mark.parametrize(("stored", "new"), [
    (STORY, SAME_SHOW_OTHER_STORY),
    (RATINGS_WEEK_1, RATINGS_WEEK_2),
])
def test_different_stories_on_the_same_show_are_not_copies(stored: str, new: str) -> None:
    """Shared names and stock phrases must not make two pieces of news one."""
    assert index_of(stored=stored).find(signature(new)) is None


def test_margins_around_the_threshold() -> None:
    """The examples sit clearly on their side of THRESHOLD, not by luck of one hash."""
    base = signature(STORY)
    assert similarity(base, signature(SYNDICATED)) >= THRESHOLD + 0.05
    assert similarity(base, signature(SAME_SHOW_OTHER_STORY)) <= THRESHOLD - 0.5
    assert similarity(signature(RATINGS_WEEK_1), signature(RATINGS_WEEK_2)) <= THRESHOLD - 0.5


def test_similarities_are_similarity_at_once() -> None:
    """The candidates scored in one numpy comparison (``similarities``) get exactly the
    numbers ``similarity`` gives one at a time, in order, so the threshold and the ties
    decide as before; a foreign signature among them is refused as one alone is."""
    texts = [STORY, SYNDICATED, LIGHTLY_EDITED, SAME_SHOW_OTHER_STORY, RATINGS_WEEK_1, STORY]
    sigs = [signature(t) for t in texts]
    for sig in sigs:
        assert similarities(sig, sigs) == [similarity(sig, o) for o in sigs]
    assert similarities(sigs[0], []) == []
    with pytest.raises(ValueError, match="not a signature"):
        similarities(sigs[0], [sigs[1], b"\x00" * 50])


def test_signature_is_deterministic_bytes() -> None:
    """Signatures are stored in the database, so the same text must give the same bytes."""
    assert signature(STORY) == signature(STORY)
    assert isinstance(signature(STORY), bytes) and signature(STORY) != signature(SYNDICATED)


def test_case_and_punctuation_do_not_matter() -> None:
    """A copy that only changes capitalisation and quotes is the same text."""
    shouted = STORY.upper().replace(",", "").replace(".", " .")
    assert similarity(signature(STORY), signature(shouted)) == 1.0


def test_best_match_wins_and_ties_go_to_smallest_id() -> None:
    """The answer depends on the stored texts, not on the order they were added."""
    index = index_of(z_copy=STORY, a_copy=STORY, edited=LIGHTLY_EDITED)
    assert index.find(signature(STORY)) == "a_copy"


def test_adding_an_id_twice_is_harmless() -> None:
    """Re-ingesting an archive re-adds the same ids; that must not raise or double."""
    index = index_of(original=STORY)
    index.add("original", signature(STORY))
    assert len(index) == 1 and index.find(signature(STORY)) == "original"


def test_empty_index_finds_nothing() -> None:
    """The first article of a fresh knowledge base has nothing to be a copy of."""
    assert NearDuplicateIndex().find(signature(STORY)) is None


@pytest.mark.parametrize("junk", [b"", b"abc", b"\x00" * 16, b"\xff" * 600])
def test_foreign_signature_is_refused(junk: bytes) -> None:
    """Bytes that are not our signature raise ValueError instead of comparing garbage."""
    with pytest.raises(ValueError):
        NearDuplicateIndex().find(junk)


def test_signature_bytes_are_pinned() -> None:
    """Stored signatures must stay comparable across datasketch upgrades and restarts."""
    sig = signature("Meera returns to Kesar Ki Kahani after the leap, says Riya Malhotra")
    assert hashlib.md5(sig).hexdigest() == "8ad8ff04c880b44c56401485a630b85f"


def datasketch_signature(text: str) -> bytes:
    """The plain form: datasketch's own MinHash and LeanMinHash serialisation."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(sorted(shingles(text)))
    lean = LeanMinHash(minhash)
    buf = bytearray(lean.bytesize(byteorder="<"))
    lean.serialize(buf, byteorder="<")
    return bytes(buf)


@pytest.mark.parametrize("text", [STORY, SYNDICATED, RATINGS_WEEK_1, "", "one", "a b c d e f"])
def test_vectorised_signature_is_datasketchs(text: str) -> None:
    """The numpy signing gives datasketch's bytes exactly (stored signatures stay valid)."""
    assert signature(text) == datasketch_signature(text)


def test_banding_is_what_datasketch_picks() -> None:
    """The pinned bands are the ones MinHashLSH chose for CANDIDATE_THRESHOLD before."""
    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
    assert [band for band, _ in band_keys(signature(STORY))] == list(range(BANDS))


class InMemoryLSH:
    """The index as it was before the band table: datasketch's MinHashLSH over every
    signature, kept in memory (the reference the stored bands must agree with)."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
        self.sigs: dict[str, LeanMinHash] = {}

    def add(self, key: str, sig: bytes) -> None:
        self.sigs[key] = LeanMinHash.deserialize(sig, byteorder="<")
        self.lsh.insert(key, self.sigs[key])

    def find(self, sig: bytes) -> str | None:
        minhash = LeanMinHash.deserialize(sig, byteorder="<")
        scored = [(-self.sigs[k].jaccard(minhash), k) for k in self.lsh.query(minhash)]
        matches = [(score, k) for score, k in scored if -score >= THRESHOLD]
        return min(matches)[1] if matches else None


def invented_archive(rng: random.Random) -> list[str]:
    """Stories, copies with 1 to 40 words changed, syndicated wrappers, and look-alikes."""
    stories = [STORY, SAME_SHOW_OTHER_STORY, RATINGS_WEEK_1, RATINGS_WEEK_2,
               STORY.replace("Kesar Ki Kahani", "Pyaar Ki Dor").replace("Meera", "Tara")]
    words = ["leap", "promo", "wedding", "exit", "twist", "shoot", "drama", "finale", "return",
             "cameo"]
    texts = list(stories)
    for n in range(60):
        base = rng.choice(stories).split()
        for _ in range(rng.choice([1, 2, 5, 10, 20, 40])):
            base[rng.randrange(len(base))] = rng.choice(words)
        text = " ".join(base)
        if n % 3 == 0:
            text = f"Exclusive from our partners: {text}\nAlso Read - more news {n}"
        texts.append(text)
    return texts


def test_stored_bands_find_what_the_in_memory_index_found(tmp_path: Path) -> None:
    """On invented near-duplicates, the table-backed index (one batch in memory, the rest
    looked up in a real SQLite KB) links every article to the one the old index chose."""
    texts = invented_archive(random.Random(15))
    before, found, expected = InMemoryLSH(), [], []
    with SQLiteStore(tmp_path / "kb.db") as store:
        for start in range(0, len(texts), 7):  # batches of 7, as the pipeline stores them
            index = NearDuplicateIndex(  # one batch in memory, the store's lookup for the rest
                lambda sig, _: store.near_duplicates(band_keys(sig)))
            batch = []
            for text in texts[start:start + 7]:
                art, sig = Article.create(text), signature(text)
                expected.append(before.find(sig))
                found.append(index.find(sig))
                before.add(art.id, sig)
                index.add(art.id, sig)
                batch.append(Incoming(art, [], signature=sig, band_keys=band_keys(sig)))
            store.add_batch(batch)
    assert found == expected
    assert 20 <= sum(f is not None for f in found) <= 50  # copies found, look-alikes not
