"""gate: which sentences can hold an extractor's cue words."""

from tellytrack.extract.document import parse
from tellytrack.extract.gate import first_words, key_words, sentences_with, word_offsets
from tellytrack.model import Article, PubDate


def _doc(text: str):  # type: ignore[no-untyped-def]
    return parse(Article.create(text, published=PubDate.parse("2024-03-05")))


def test_key_words_cover_every_phrase_by_a_rare_word() -> None:
    """A phrase is looked up by its longest non-function word; one already chosen covers
    the phrases holding it; a phrase without letters is kept as a substring."""
    words, literals = key_words(["quit", "called it quits", "time leap", "leap", "#"])
    assert "leap" in words and "time" not in words and "called" in words
    assert literals == ("#",)


def test_sentences_with_lists_whole_word_holders_only() -> None:
    """"leap" marks the sentences holding the word, not "leaping" or "sleep"."""
    doc = _doc("The show takes a leap. Riya is leaping. Kabir needs sleep. A LEAP again.")
    assert sentences_with(doc, frozenset({"leap"})) == [0, 3]


def test_sentences_with_literals_match_anywhere() -> None:
    """A literal ("marr") marks every sentence containing it as a substring."""
    doc = _doc("Meera marries Arjun. Riya sings. The marriage was grand.")
    assert sentences_with(doc, frozenset(), ("marr",)) == [0, 2]


def test_first_words_are_lower_cased_word_runs() -> None:
    """A phrase (or a regex alternative like "opened\\s+up") begins with its first word."""
    assert first_words(["Known for", r"opened\s+up", "a.k.a", "..."]) == {"known", "opened", "a"}


def test_word_offsets_find_whole_words_the_article_has() -> None:
    """Offsets of whole-word occurrences only, in text order, whatever the case."""
    doc = _doc("Riya said yes. Kabir SAID no. Tara is unsaid.")
    text = doc.text
    assert word_offsets(doc, {"said", "quit"}) == [text.index("said"), text.index("SAID")]


def test_word_set_read_off_the_tokens_is_the_word_scan() -> None:
    """The article's word set, read off the token index, is ``\\w+`` over the lower-cased
    text (the plain form): tokens touching ("12abc"), split inside ("co-star", "2.5",
    "'s"), and texts with a word character no token begins with ("é", "_"), which fall
    back to the scan; also a thousand random texts over such characters."""
    import random
    import re

    from tellytrack.extract.gate import (
        _offsets_of,
        _word_order,
        _word_starts,
        _words,
        untokened,
    )

    texts = ["Riya's co-Star 12abc 2.5 x.y ’s Meera-Kabir 3rd—ABC (Z) won't",
             "café _id x_y ²3 Ⅸ", "Ā-b", "", "...", "a", "A1b2 9Z"]
    rng = random.Random(13)
    alphabet = "aZk09 -.'’_é²,\n\tΣ٣Ⓐ"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
              for _ in range(1000)]
    for text in texts:
        doc = parse(Article.create(text))
        want = frozenset(re.findall(r"\w+", text.lower()))
        assert _words(doc, text.lower()) == want, text
        assert untokened(text) == bool(re.search(r"[^\W\dA-Za-z]", text)), text
        if not untokened(text):
            starts: dict[str, list[int]] = {}
            for m in re.finditer(r"\w+", text.lower()):
                starts.setdefault(m.group(), []).append(m.start())
            ordered = ([m.group() for m in re.finditer(r"\w+", text.lower())],
                       [m.start() for m in re.finditer(r"\w+", text.lower())])
            fresh = parse(Article.create(text))
            last = _word_starts(fresh)  # (each word's offsets read back along its links)
            assert last is not None and _word_order(fresh) == ordered, text
            assert {w: _offsets_of(fresh, w) for w in last} == starts, text


def test_whole_word_offsets_read_off_the_tokens_are_the_searched_ones() -> None:
    """Where each word begins as a whole word (:func:`word_offsets`) and which sentences
    hold it (:func:`sentences_with`), read off the token index, are what searching the
    lower-cased text for the word and testing its edges finds (the plain form), on
    texts of touching and split tokens and on random ones."""
    import random

    from tellytrack.extract.gate import _whole, occurrences

    texts = ["Riya's co-Star 12abc 2.5 to-do. Tom took it TO the top; too, is this it? IS 3rd",
             "A quit. She quits, quitting. Quit!\n\nThe show-runner is the 'show' show."]
    rng = random.Random(7)
    alphabet = "tois. -'’,\nTOIS9"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
              for _ in range(500)]
    for text in texts:
        doc = parse(Article.create(text))
        low = doc.text.lower()
        words = {"to", "is", "it", "show", "quit", "s", "9", "too", "tois", "sto"}
        plain = sorted(i for w in words for i in occurrences(low, w) if _whole(low, i, i + len(w)))
        assert word_offsets(doc, words) == plain, text
        for w in words:
            held = {k for k, s in enumerate(doc.sentences) for i in occurrences(low, w)
                    if _whole(low, i, i + len(w)) and s.start <= i and i + len(w) <= s.end}
            assert sentences_with(doc, frozenset({w})) == sorted(held), (text, w)


def test_the_token_index_read_by_chunks_is_the_token_scan() -> None:
    """``spans`` reads each white-space-free chunk as one word, or a word and a mark,
    without the scan, and scans any other chunk alone: the same tokens, starts and ends
    as ``TOKEN.finditer`` over the whole text (``plain_spans``), for every kind of chunk:
    hyphens and "_" inside or at the end, a trailing mark or two, "'s", decimals, letters
    beyond ASCII inside a word or first, marks first; a chunk at the start or after
    blanks, one or several, white space beyond ASCII among them."""
    import random

    from tellytrack.extract.gate import plain_spans, spans

    text = ("Zorin said, co-star Lumo_x quit- it. Velka's (Tarn) ‘Ostrel’ 2.5 x2.5 "
            "well-\u00a0known\u2009Brisa: a-b-c; ..Q Qé Qa. Qb.. 'sx 's ’s Q’s 12ab "
            "Ā-b ² x_ - _ Q?\n\tend")
    assert spans(text) == plain_spans(text)
    assert spans(text)[0][:4] == ["Zorin", "said", ",", "co-star"]
    for sample in ("  Qé x", " a", "a a", "aa a", "\u00a0Qé.  é"):
        assert spans(sample) == plain_spans(sample), sample
    rnd = random.Random(7)
    alphabet = "aQ9_-'’.,(\"“ \t\n\u00a0éकि²sŞ٣"
    for _ in range(3000):
        sample = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert spans(sample) == plain_spans(sample), sample


def _phrase_texts(phrases: list[str], seed: int) -> list[str]:
    """Invented articles made of the phrases (some capitalised, some run into a word or
    cut at a sentence's edge) between filler words and marks."""
    import random

    rng = random.Random(seed)
    fillers = ["Riya", "said", "the", "show", "to", "is", "a-", "x", ",", ".", "!", "'s", "\n"]
    texts = []
    for _ in range(60):
        words = []
        for _ in range(rng.randint(1, 40)):
            word = rng.choice(phrases) if rng.random() < 0.4 else rng.choice(fillers)
            words.append(word.title() if rng.random() < 0.2 else word)
        texts.append("".join(w + rng.choice([" ", " ", "", ". ", "\n"]) for w in words))
    return texts


def test_phrase_matches_tried_at_first_words_are_finditer() -> None:
    """:func:`phrase_matches` (a phrase pattern tried only where one of its phrases'
    first words begins) gives ``finditer``'s matches, sentence by sentence, for the
    change verbs, the change cues, the event triggers and the denial cues, on invented
    articles built of those phrases (a wrong or short list of first words would miss
    some)."""
    from tellytrack.extract import cast_change, change_rules, events, modality
    from tellytrack.extract.gate import phrase_matches
    from tellytrack.extract.scan import lowered

    readers = [(change_rules._verb_low(), change_rules._verb_firsts(),
                list(change_rules._verb_phrases())),
               (cast_change._cue_low(), cast_change._cue_firsts(),
                list(cast_change._cue_phrases())),
               (events._TRIGGER_LOW, events._TRIGGER_FIRSTS, list(events._KINDS)),
               (modality._denial_words(), modality._denial_firsts(), modality._denials())]
    for n, (pattern, firsts, phrases) in enumerate(readers):
        assert firsts is not None  # (every phrase begins with a word)
        matched = 0
        for text in _phrase_texts(phrases, n):
            doc = _doc(text)
            for s in doc.sentences:
                low = lowered(s.text)
                assert low is not None
                want = [(m.start(), m.end()) for m in pattern.finditer(low)]
                got = [(m.start(), m.end()) for m in phrase_matches(doc, s, pattern, low, firsts)]
                assert got == want, (s.text, n)
                matched += len(want)
        assert matched > 100  # (the texts hold many phrases)


def test_phrase_matches_fall_back_where_a_word_crosses_the_sentence() -> None:
    """A sentence cut inside a word ("quitting" split at "quit|ting" is not lowered
    alone the same) is read by ``finditer``; so is an article that cannot be lowered."""
    from tellytrack.extract.gate import phrase_matches, starts_in
    from tellytrack.extract.scan import lower_phrases
    from tellytrack.model import Sentence

    pattern = lower_phrases(["quit", "walked out"])
    doc = _doc("Riya quitting now. Kabir walked out and quit.")
    cut = Sentence(5, 9, doc.text[5:9])
    assert starts_in(doc, cut, frozenset({"quit"})) is None
    assert [m.group() for m in phrase_matches(doc, cut, pattern, "quit",
                                              frozenset({"quit"}))] == ["quit"]
    whole = doc.sentences[1]
    assert [m.group() for m in phrase_matches(doc, whole, pattern, whole.text.lower(),
                                              frozenset({"quit", "walked"}))] == [
        "walked out", "quit"]


def test_starts_in_remembers_each_word_set_apart() -> None:
    """The article's offsets are kept per set of first words: a second set asked about
    the same sentence gets its own words' offsets."""
    from tellytrack.extract.gate import starts_in

    doc = _doc("Riya quit. Kabir walked out and quit.")
    s = doc.sentences[1]
    assert starts_in(doc, s, frozenset({"quit"})) == [s.text.index("quit")]
    assert starts_in(doc, s, frozenset({"walked"})) == [s.text.index("walked")]
    assert starts_in(doc, s, frozenset({"quit"})) == [s.text.index("quit")]


def test_phrase_matches_in_a_part_of_a_sentence_are_finditer() -> None:
    """On a part of a sentence (a clause: ``s.text[lo:hi]``, cut anywhere, inside words
    too), :func:`phrase_matches` gives ``finditer``'s matches on that part alone, for
    the event status cues of each status, on invented articles built of those cues."""
    import random

    from tellytrack.extract import events
    from tellytrack.extract.gate import phrase_matches
    from tellytrack.extract.scan import lowered

    rng = random.Random(5)
    for status, pattern in events._STATUS_LOW.items():
        firsts = events._STATUS_FIRSTS[status]
        phrases = [c for c, s in events._STATUS_CUES.items() if s == status]
        matched = 0
        for text in _phrase_texts(phrases, len(status)):
            doc = _doc(text)
            for s in doc.sentences:
                for _ in range(6):
                    lo = rng.randint(0, len(s.text))
                    hi = rng.choice([len(s.text), rng.randint(lo, len(s.text))])
                    low = lowered(s.text[lo:hi])
                    assert low is not None
                    want = [(m.start(), m.end()) for m in pattern.finditer(low)]
                    got = [(m.start(), m.end())
                           for m in phrase_matches(doc, s, pattern, low, firsts, lo)]
                    assert got == want, (s.text, lo, hi, status)
                    matched += len(want)
        assert matched > 50, status  # (the parts hold many cues)


def test_phrase_firsts_only_for_phrases_that_begin_with_a_word() -> None:
    """A phrase opening with a mark ("'ll") matches before its first word: its pattern
    cannot be tried at first words alone (None: the plain scan)."""
    from tellytrack.extract.gate import phrase_firsts

    assert phrase_firsts(["Walked out", "quit"]) == {"walked", "quit"}
    assert phrase_firsts(["will", "'ll"]) is None


def test_has_word_is_a_whole_word_search_in_any_case() -> None:
    """``has_word`` (the article's word set) answers as a case-insensitive whole-word
    search; an article that cannot be lowered safely answers True (a gate)."""
    import random
    import re

    from tellytrack.extract.gate import has_word

    rng = random.Random(3)
    pieces = ["cast", "Cast", "CAST", "broadcast", "casting", "-", " ", "\n", ".", "star",
              "characters", "Characters", "character", "x", "_", "é", "'s"]
    words = frozenset({"cast", "characters"})
    plain = re.compile(r"\b(?:cast|characters)\b", re.I)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert has_word(_doc(text), words) == bool(plain.search(text)), text
    assert has_word(_doc("The \u212aelvin cast"), frozenset({"crew"}))  # (not lowered)


def test_every_cast_word_match_holds_a_gate_word() -> None:
    """``names._CAST_WORD`` (a cast list's cue) is searched only in articles holding one
    of ``names._CAST_WORDS`` as a whole word (:func:`has_word`): every match holds one."""
    import random
    import re

    from tellytrack.extract import names

    rng = random.Random(9)
    pieces = ["Cast", "cast", "Characters", "characters", "Star", "star", " ", "\n", "-",
              "casts", "x", "."]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        for m in names._CAST_WORD.finditer(text):
            found += 1
            assert set(re.findall(r"\w+", m.group().lower())) & names._CAST_WORDS, m.group()
    assert found > 500


def test_in_passing_tried_at_its_words_is_the_search() -> None:
    """``shows._in_passing`` tries its pattern only at its cue words (and at the line
    break before an "After" line): the answer of the search over the 100 characters
    before every offset of random texts, "After" lines indented, at the text's start
    and cut by the window's edge among them."""
    import random

    from tellytrack.extract import shows
    from tellytrack.extract.scan import word_starts
    rng = random.Random(7)
    pieces = ["After Neel Gagan, ", "\nAfter Neel Gagan, ", "\n \tAfter Neel Gagan ", "\n",
              "Tara, who was last seen in Neel Gagan, ", "a spin-off of Neel Gagan ",
              "known for Neel Gagan ", "who played Ira in Neel Gagan ", "whole ", "once ",
              "rose to fame with Neel Gagan ", "another big show ", "Kabir joins. ", "  "]
    seen = 0
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        cues = word_starts(text, shows._PASSING_WORDS, whole=False)
        for at in range(len(text) + 1):
            plain = bool(shows._IN_PASSING.search(text, max(0, at - 100), at))
            assert shows._in_passing(text, at, cues) == plain, (text, at)
            seen += plain
    assert seen > 1000


def test_starts_in_read_off_the_word_order_are_the_offsets_ones() -> None:
    """:func:`starts_in` (the sentence's words in the ordered word index, each looked up
    in the set) gives what the offsets of the set's words sliced to the sentence give
    (``starts_by_offsets``, the plain form), for every sentence and for sentences cut
    anywhere, and for word sets of many sizes, on invented articles; also on articles
    without a token index ("é"; "İ", which cannot be lowered safely, has none either:
    every text with a token index can be), and twice per sentence (the sentence's slice
    is kept)."""
    import random

    from tellytrack.extract.gate import starts_by_offsets, starts_in
    from tellytrack.model import Sentence

    rng = random.Random(17)
    vocab = ["quit", "Quit", "walked", "out", "to", "is", "her", "x2", "2.5", "co-star", "Riya's",
             "é", "İ", ",", ".", "!", "-", "\n"]
    sets = [frozenset({"quit"}), frozenset({"to", "is", "her"}), frozenset({"out", "2", "x2"}),
            frozenset({"co", "star", "s", "riya", "walked"}), frozenset()]
    found = 0
    for n in range(300):
        words = [rng.choice(vocab[:12] if n % 3 else vocab) for _ in range(rng.randint(0, 30))]
        doc = _doc("".join(w + rng.choice([" ", " ", "", ". ", "\n"]) for w in words))
        cuts = [Sentence(a, b, doc.text[a:b]) for a, b in
                ((rng.randint(0, len(doc.text)), rng.randint(0, len(doc.text))) for _ in range(5))
                if a <= b]
        for s in [*doc.sentences, *cuts, *doc.sentences]:
            for words_set in sets:
                want = starts_by_offsets(doc, s, words_set)
                assert starts_in(doc, s, words_set) == want, (doc.text, s, words_set)
                found += len(want or [])
    assert found > 3000

