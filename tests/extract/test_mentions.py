"""mentions: the name spans every learned decision reads, and their context tokens."""

from tellytrack.extract.document import parse
from tellytrack.extract.mentions import (
    by_sentence,
    name_mentions,
    name_types,
    name_words,
    shape_tokens,
    shapes,
)
from tellytrack.model import Article


def _doc(text: str):  # type: ignore[no-untyped-def]
    return parse(Article.create(text))


def test_mentions_are_names_not_show_titles_or_openers() -> None:
    """Sentence openers are trimmed and a show's title is no name mention."""
    doc = _doc("The show Pyaar Ki Dor is a hit. Meanwhile Riya Malhotra aka Meera smiles.")
    assert [m.text for m in name_mentions(doc)] == ["Riya Malhotra", "Meera"]
    assert set(by_sentence(doc)) == {1}


def test_shape_tokens_hold_no_names() -> None:
    """Capitalised words become CAP (common ones stay words), numbers 0."""
    assert shape_tokens(", who plays Meera in 2024 (The") == [
        ",", "who", "plays", "CAP", "in", "0", "(", "the"]


def test_typer_finds_the_actor_more_a_person_than_the_role() -> None:
    """"X aka Y" and "X, who plays Y" make X a person and Y a character."""
    doc = _doc("The show Pyaar Ki Dor is a hit. Riya Malhotra, who plays Meera, is happy. "
               "Actress Riya Malhotra said Meera is strong.")
    types = name_types(doc)
    assert types["riyamalhotra"][0] > types["mera"][0]


def test_shapes_read_off_the_article_match_tokenizing_the_span() -> None:
    """The article's token index gives, for any span cut at token boundaries, what
    tokenizing that span alone gives (the plain form the index speeds up)."""
    from tellytrack.extract.gate import TOKEN as _TOKEN
    from tellytrack.extract.mentions import shapes

    text = "Riya Malhotra's Meera (Kabir) quit Pyaar Ki Dor in 2024, said the actress."
    doc = _doc(text)
    tokens = list(_TOKEN.finditer(text))
    for a in [0, *(m.start() for m in tokens)]:
        for b in [len(text), *(m.end() for m in tokens)]:
            if a <= b:
                assert shapes(doc, a, b) == shape_tokens(text[a:b]), (a, b)


def test_a_name_written_small_is_still_no_feature_word() -> None:
    """A tag line "kesar wedding, meera kesar" beside "Kesar" and "Meera" in the text: the
    small forms shape as names (CAP), the other small words stay as written."""
    text = ("Meera and Kesar marry tonight. Kesar fans wait for Meera.\n"
            "kesar wedding, meera kesar")
    doc = _doc(text)
    assert name_words(doc) == {"kesar", "meera"}
    tail = text.index("kesar wedding")
    assert shapes(doc, tail, len(text)) == ["CAP", "wedding", ",", "CAP", "CAP"]
    assert shape_tokens(text[tail:], name_words(doc)) == ["CAP", "wedding", ",", "CAP", "CAP"]


def test_a_title_cased_headline_is_cut_at_its_common_words() -> None:
    """"Kabir Sethi Opens Up On Quitting Pyaar Ki Dor, Bids Adieu": a headline written in
    title case is one run of capitals; the names in it are the pieces between common words
    ("Opens", "Up", "On", headline verbs), the show's title no name."""
    doc = _doc("Kabir Sethi Opens Up On Quitting Pyaar Ki Dor, Riya Malhotra Bids Adieu\n"
               "Kabir Sethi has quit the show Pyaar Ki Dor. So has Riya Malhotra.")
    assert [m.text for m in name_mentions(doc) if m.sentence == 0] == ["Kabir Sethi",
                                                                         "Riya Malhotra"]


def test_page_furniture_is_no_name_and_no_show() -> None:
    """Bylines, photo credits and footers ("Edited by", "Image Source : INSTAGRAM X",
    "Disclaimer: ...", "Follow ... on Twitter") give no name and no show."""
    doc = _doc("Kabir Sethi quits the show Pyaar Ki Dor\n"
               "Edited by Rahul Menon | Updated: March 5, 2024 18:20 IST\n"
               "Image Source : INSTAGRAM Kabir Sethi\n"
               "Kabir Sethi has quit the show Pyaar Ki Dor.\n"
               "Follow us on Twitter for the latest updates.\n"
               "Disclaimer: Nothing has been changed except the headline.")
    names = {m.text for m in name_mentions(doc)}
    assert names == {"Kabir Sethi", "Rahul Menon"}
    assert doc.shows.names == ("Pyaar Ki Dor",)


def test_a_sentence_opening_participle_is_no_part_of_a_name() -> None:
    """"Playing Arjun has changed my life": the role is "Arjun", not "Playing Arjun"."""
    doc = _doc("The show Pyaar Ki Dor is a hit. Playing Arjun has changed my life, says "
               "Kabir Sethi.")
    assert {m.text for m in name_mentions(doc)} == {"Arjun", "Kabir Sethi"}


def test_shape_remembered_is_shape_computed() -> None:
    """A token's shape from the memo is the computed one, asked once or twice."""
    from tellytrack.extract import mentions

    tokens = ["Meera", "The", "plays", "2024", "'s", "(", "कहानी", "Actress", "x-y"]
    assert [mentions._shape(t) for t in tokens] == [mentions._shape_of(t) for t in tokens]
    assert [mentions._shape(t) for t in tokens] == [mentions._shape_of(t) for t in tokens]
    assert len(mentions._SHAPES) <= mentions._SHAPES_MAX


def test_token_spans_are_the_token_scans() -> None:
    """The token index's columns, found by ``findall`` and ``str.find``, are the
    matches' own (the plain form): with words the scan skips a letter of ("_x",
    "éclair"), possessives, decimals, apostrophes and repeated tokens."""
    from tellytrack.extract.gate import TOKEN as _TOKEN
    from tellytrack.extract.gate import spans as _spans

    text = ("Riya's 'Meera' (Kabir) quit_ it: éclair 2.5 vs 2. ’s s 's x_y co-star ²3 "
            "Ā-b ... aka aka Meera's")
    found = list(_TOKEN.finditer(text))
    assert _spans(text) == ([m.group() for m in found], [m.start() for m in found],
                            [m.end() for m in found])


def test_a_window_read_off_the_article_is_tokenizing_the_window() -> None:
    """Any window of the article, wherever it is cut (inside a word, a number or an
    "'s", between an apostrophe and its "s", before a period), gives from the token
    index what tokenizing the window alone gives, names written small included."""
    from tellytrack.extract.mentions import window

    text = ("Kesar's maker Riya Malhotra's show, 'Dor' (2.5) - produced by Kabir's banner.\n"
            "kesar A12.5.6 is 12.5.6, x'sy co-star’s Ab_c é-Bay 'Tara' 7th.")
    doc = _doc(text)
    names = name_words(doc)
    assert "kesar" in names
    for a in range(len(text) + 1):
        for b in range(len(text) + 1):
            assert window(doc, a, b) == shape_tokens(text[a:b], names), (a, b)


def test_compiled_bisections_are_bisect_s() -> None:
    """The compiled binary searches (``gate.index_at``/``index_after``: the token index's,
    the word order's) answer as ``bisect_left``/``bisect_right``, for values before,
    between, on and after the (repeated) entries."""
    from bisect import bisect_left, bisect_right

    from tellytrack.extract.gate import index_after, index_at

    for xs in ([], [5], [1, 3, 3, 3, 8, 12], list(range(0, 40, 3))):
        for x in range(-2, 45):
            assert index_at(xs, x) == bisect_left(xs, x)
            assert index_after(xs, x) == bisect_right(xs, x)
