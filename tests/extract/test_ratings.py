"""Chart positions and TRP values (tellytrack.extract.ratings)."""

from tellytrack.extract import parse
from tellytrack.extract.ratings import extract
from tellytrack.model import Article, PubDate


def _ratings(text: str, date: str | None = "2024-03-14") -> dict[str, tuple[object, ...]]:
    article = Article.create(text, published=PubDate.parse(date) if date else None)
    return {f.show: (f.rank, f.rating, f.week) for f in extract(parse(article))}


def test_latest_state_wins_in_a_history_sentence() -> None:
    """ "dethroned from number one ... last week slipped to the third spot" means rank 3."""
    got = _ratings("The show Saath Chalenge was dethroned from its number one spot a few weeks "
                   "ago and last week, the show slipped down to the third spot now the makers "
                   "hope it returns to its top spot soon.")
    assert got["Saath Chalenge"][0] == 3


def test_numbered_list_with_week() -> None:
    """A "1. Show" list gives ranks; "week 10" with the article's year gives the week."""
    text = ("BARC TRP report for week 10 is out.\n1. Saath Chalenge\nIt stays on top with "
            "2.3 TRP.\n2. Pyaar Ki Dor\nThe show garnered 2.1 TRP.\n3. Kesar Ki Kahani\n"
            "It fetched 1.9 ratings this week.\nMore next week.")
    got = _ratings(text)
    assert got["Saath Chalenge"] == (1, 2.3, "2024-W10")
    assert got["Pyaar Ki Dor"] == (2, 2.1, "2024-W10")
    assert got["Kesar Ki Kahani"] == (3, 1.9, "2024-W10")


def test_valued_headings_rank_by_position() -> None:
    """ "Show – 2.3" headings in falling order rank the shows by their position."""
    text = ("Here are this week's TRP toppers.\nSaath Chalenge – 2.3\nIt leads.\n"
            "Pyaar Ki Dor – 2.1\nIt follows.\nKesar Ki Kahani – 1.8\nIt is third.\nEnd.")
    got = _ratings(text, None)
    assert got["Pyaar Ki Dor"] == (2, 2.1, None)
    assert got["Kesar Ki Kahani"][:2] == (3, 1.8)


def test_ordinal_forms_in_running_text() -> None:
    """ "No. 1", "#3" and "ranked 5th" are ranks of the show named before them."""
    got = _ratings("Saath Chalenge is at No. 1 in the TRP chart. Pyaar Ki Dor, a Zee TV show, "
                   "is #3. The show Kesar Ki Kahani ranked 5th.")
    assert got["Saath Chalenge"][0] == 1
    assert got["Pyaar Ki Dor"][0] == 3
    assert got["Kesar Ki Kahani"][0] == 5


def test_respectively_pairs_values_with_shows() -> None:
    """ "The shows garnered 2.6 and 3.2 TRP ratings, respectively" follows the heading order."""
    text = ("Latest TRP ratings are out.\nSaath Chalenge & Pyaar Ki Dor\nSaath Chalenge took "
            "the seventh spot while Pyaar Ki Dor is at the second spot. The shows garnered "
            "2.6 and 3.2 TRP ratings, respectively.\nEnd of list.")
    got = _ratings(text)
    assert got["Saath Chalenge"][:2] == (7, 2.6)
    assert got["Pyaar Ki Dor"][:2] == (2, 3.2)


def test_impressions_are_not_ratings() -> None:
    """ "3.7 million impressions" is not a TRP value."""
    got = _ratings("BARC: Saath Chalenge grabbed the 4th spot with 3.7 million impressions.")
    assert got["Saath Chalenge"] == (4, None, None)


def test_table_rows() -> None:
    """A one-cell-per-line table gives rank per row; impressions are ignored."""
    text = ("BARC top shows\n|Rank\n|Channel\n|Programme\n|Impressions\n|1\n|Zee TV\n"
            "|SAATH CHALENGE\n|7001\n|2\n|Star Plus\n|Pyaar Ki Dor\n|6900\n")
    got = _ratings(text)
    assert got["Saath Chalenge"][:2] == (1, None)
    assert got["Pyaar Ki Dor"][:2] == (2, None)


def test_channel_ranks_are_not_show_ranks() -> None:
    """ "Zee TV has jumped to the fourth spot" ranks a channel, not a show."""
    got = _ratings("TRP news: Among channels, Zee TV has jumped to the fourth spot.")
    assert got == {}


def test_no_chart_no_rating() -> None:
    """Without any ratings cue, "top spot" is not a chart position."""
    got = _ratings("The show Saath Chalenge puts family at the top spot of its values.")
    assert got == {}


def test_value_at_sentence_end() -> None:
    """The full stop after "a TRP of 2.4." ends the sentence; it is not a longer number."""
    got = _ratings("BARC ratings for week 9 of 2024 are out. Pyaar Ki Dor held the number one "
                   "spot with a TRP of 2.4. Kesar Ki Kahani was second.")
    assert got["Pyaar Ki Dor"][:2] == (1, 2.4)


def test_headings_with_channel_and_labelled_value() -> None:
    """ "1. Show (Channel) – 2.3 TRP", "No. 2: Show", "Rank 3 - Show, Channel": the channel
    and the value's label are not part of the title."""
    text = ("BARC TRP report for week 10 is out.\n1. Saath Chalenge (Star Plus) – 2.3 TRP\n"
            "It stays on top.\nNo. 2: Pyaar Ki Dor\nThe show follows.\n"
            "Rank 3 - Kesar Ki Kahani, Zee TV\nIt is third.\nMore next week.")
    got = _ratings(text)
    assert got["Saath Chalenge"][:2] == (1, 2.3)
    assert got["Pyaar Ki Dor"][0] == 2
    assert got["Kesar Ki Kahani"][0] == 3


def test_heading_impressions_are_no_value() -> None:
    """ "Show: 5.4 million impressions" names the show but gives no TRP value."""
    text = ("Here is the BARC TRP list.\n1. Saath Chalenge: 5.4 million impressions\nIt leads.\n"
            "2. Pyaar Ki Dor: 5.1 million impressions\nIt follows.\nEnd.")
    got = _ratings(text, None)
    assert got["Saath Chalenge"][:2] == (1, None)
    assert got["Pyaar Ki Dor"][:2] == (2, None)


def test_a_charts_last_line_counts() -> None:
    """The article's last line is a line of its chart though it heads no section."""
    got = _ratings("BARC TRP report for week 10: the top three\n"
                   "1. Saath Chalenge (Star Plus) - 2.5\n2. Pyaar Ki Dor (Colors TV) - 2.1\n"
                   "3. Kesar Ki Kahani (Zee TV) - 1.9")
    assert got["Kesar Ki Kahani"] == (3, 1.9, "2024-W10")


def test_places_written_as_numbers_and_placings() -> None:
    """"X is at number one, followed by Y at number two", "Z is placed fourth": each
    names its show and its place in a TRP round-up."""
    got = _ratings("This week's TRP ratings are out: Saath Chalenge, Pyaar Ki Dor and others\n"
                   "Saath Chalenge is at number one, followed by Pyaar Ki Dor at number two. "
                   "Kesar Ki Kahani is placed fourth this week.")
    assert {show: v[0] for show, v in got.items()} == {
        "Saath Chalenge": 1, "Pyaar Ki Dor": 2, "Kesar Ki Kahani": 4}


def test_section_sentence_index_is_the_list_index() -> None:
    """The sentence's index read from the map by start is ``list.index`` (the plain
    form): for each sentence, for an equal copy of one, and -1 for a sentence the
    article does not hold (same start, another end)."""
    from tellytrack.extract.charts import _sentence_index
    from tellytrack.model import Sentence

    doc = parse(Article.create("TRP chart this week.\n1. Pyaar Ki Dor\n2. Kesar Ki Kahani\n"
                               "Pyaar Ki Dor leads again. Kesar is second."))
    for i, s in enumerate(doc.sentences):
        assert _sentence_index(doc, s) == doc.sentences.index(s) == i
        assert _sentence_index(doc, Sentence(s.start, s.end, s.text)) == i
        assert _sentence_index(doc, Sentence(s.start, s.end - 1, s.text[:-1])) == -1


def test_a_chart_told_in_the_past_tense() -> None:
    """"X was at number three" is this week's place; "X, which was at No. 2" is not."""
    text = ("TRP report: Chandni Raat on top\nAccording to BARC, Chandni Raat remained at the "
            "number one spot. Pyaar Ki Dor was at number three. Saanjh, which was at "
            "number two, slipped to the fifth spot.")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    assert {(f.show, f.rank) for f in extract(doc)} == {
        ("Chandni Raat", 1), ("Pyaar Ki Dor", 3), ("Saanjh", 5)}


def test_the_beaten_show_does_not_take_the_winners_place() -> None:
    """"A beat Star Plus' B to grab the top spot": A is first (B second, said after)."""
    text = ("TRP report: big change\nAccording to BARC, Zee TV's Kesar Ki Kahani beat Star Plus' "
            "Chandni Raat to grab the top spot. Chandni Raat is now at number two.")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    assert {(f.show, f.rank) for f in extract(doc)} == {
        ("Kesar Ki Kahani", 1), ("Chandni Raat", 2)}


def test_the_show_that_has_beaten_another_takes_the_place() -> None:
    """"A has beaten B to grab the top spot": A is first, not B."""
    text = ("TRP report: Kesar Ki Kahani beats Chandni Raat\nZee TV's Kesar Ki Kahani has "
            "beaten Chandni Raat to grab the top spot. Chandni Raat slipped to number two.")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    assert {(f.show, f.rank) for f in extract(doc)} == {
        ("Kesar Ki Kahani", 1), ("Chandni Raat", 2)}


def test_a_table_with_a_row_on_each_line() -> None:
    """"Rank | Show | Channel" over "1 | X | Star Plus" rows: the cells of each line."""
    text = ("Ormax Media's top Hindi TV shows of the week\nOrmax Media has released its list.\n"
            "Rank | Show | Channel\n|---|---|---|\n1 | Chandni Raat | Star Plus\n"
            "2 | Kesar Ki Kahani | Zee TV\n3 | Pyaar Ki Dor | Sony TV")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    assert {(f.show, f.rank) for f in extract(doc)} == {
        ("Chandni Raat", 1), ("Kesar Ki Kahani", 2), ("Pyaar Ki Dor", 3)}


def test_ratings_in_brackets_after_each_show() -> None:
    """"X (2.4), Y (2.1) and Z (1.9) are the top three shows": each show's rating."""
    text = ("TRP Report Week 8: Here's how the shows fared\nChandni Raat (2.4), Kesar Ki Kahani "
            "(2.1) and Pyaar Ki Dor (1.9) are the top three shows this week.")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    assert {(f.show, f.rating) for f in extract(doc)} == {
        ("Chandni Raat", 2.4), ("Kesar Ki Kahani", 2.1), ("Pyaar Ki Dor", 1.9)}


def _chart(text: str) -> set[tuple[str, int | None, float | None]]:
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    return {(f.show, f.rank, f.rating) for f in extract(doc)}


def test_a_chart_told_in_prose() -> None:
    """"A retains the top spot with 2.4, followed by B with 2.1. C is third (1.9).
    Newbie D enters the list at number four with 1.8, while E slips to the sixth spot":
    each show its place and value ("Newbie" opens the sentence, not the title)."""
    text = ("TRP week 12: Kesar Ki Kahani debuts at number 4; Pyaar Ki Dor slips to sixth\n"
            "The BARC ratings for week 12 are out. Chandni Raat retains the top spot with "
            "2.4, followed by Saath Chalenge with 2.1. Nach Mela is third (1.9). Newbie Kesar "
            "Ki Kahani enters the list at number four with 1.8, while Pyaar Ki Dor slips to "
            "the sixth spot with 1.6.")
    assert _chart(text) == {("Kesar Ki Kahani", 4, 1.8), ("Pyaar Ki Dor", 6, 1.6),
                            ("Chandni Raat", 1, 2.4), ("Saath Chalenge", 2, 2.1),
                            ("Nach Mela", 3, 1.9)}


def test_places_given_first_or_together() -> None:
    """"At number two is B", "In the third spot is C", "D and E are at fourth and fifth
    positions respectively", "F was the sixth most-watched show" (not the most-watched)."""
    text = ("TRP report week 30: Saath Chalenge topples Chandni Raat\nBARC has released the "
            "ratings for week 30. Saath Chalenge has dethroned Chandni Raat to grab the number "
            "one position with a TRP of 2.6. At number two is Chandni Raat with 2.3. In the "
            "third spot is Nach Mela, which garnered 2.0. Kesar Ki Kahani and Pyaar Ki Dor are "
            "at fourth and fifth positions respectively. Rang Mahal was the sixth most-watched "
            "show.")
    assert _chart(text) == {("Saath Chalenge", 1, 2.6), ("Chandni Raat", 2, 2.3),
                            ("Nach Mela", 3, 2.0), ("Kesar Ki Kahani", 4, None),
                            ("Pyaar Ki Dor", 5, None), ("Rang Mahal", 6, None)}



def test_rank_patterns_tried_at_their_first_words_find_what_finditer_does() -> None:
    """Each rank pattern tried only where one of its first words begins a word (and "#"
    anywhere) finds every match ``finditer`` finds, in any case: ordinals in words and
    digits (a Devanagari digit too), "No. 2", "#3", "position 7", moves and copulas."""
    from tellytrack.extract.ratings import _RANK_PATTERNS, _rank_starts
    from tellytrack.extract.scan import caseless, finditer_at

    texts = ["Rang Mahal Took The Top Spot while Kesar came in SECOND place.",
             "Neel Kamal is at No. 2, Sunehri Dhoop at #3 and Kesar at position 7 this week.",
             "Pyaar Ki Dor slipped to fifth; Rang Mahal remains 4th, with 1.9.",
             "Kesar Ki Kahani topped the TRP charts and is the most-watched show.",
             "Rang Mahal ranked १st in the list, x#4 and number ten too.", ""]
    found = 0
    for text in texts:
        low = caseless(text)
        assert low is not None
        for pattern in _RANK_PATTERNS:
            fast = [(m.span(), m.groups()) for m in finditer_at(
                pattern, text, _rank_starts(pattern, low))]
            assert fast == [(m.span(), m.groups()) for m in pattern.finditer(text)], text
            found += len(fast)
    assert found >= 12


def test_respectively_searched_only_where_lowered_text_holds_it() -> None:
    """``_respectively`` answers ``_JOINT.search`` ("respectively" as a word, any case)."""
    from tellytrack.extract.ratings import _JOINT, _respectively

    texts = ["A and B are 4th and 5th Respectively.", "irrespectively of that", "",
             "RESPECTIVELY", "respectively, A and B", "no such word"]
    assert [_respectively(t) for t in texts] == [bool(_JOINT.search(t)) for t in texts]
    assert sum(map(_respectively, texts)) == 3


def test_chart_cue_tried_at_its_first_words_is_the_search() -> None:
    """``_chart_cue`` tries the chart phrases only where one of their first words begins
    a word: the plain search's answer (a cue in any case, one inside a longer word, the
    "most-watched" and "TRP" forms, none at all)."""
    from tellytrack.extract.gate import lower_text
    from tellytrack.extract.ratings import _CHART_CUE_LOW, _chart_cue

    texts = ["Rang Mahal is the Most-Watched show this week.", "The BARC TRPs are out.",
             "Kesar is a hit; its ratings soared.", "Mostly, Riya loves the tvs at home.",
             "Neel Kamal dethroned Rang Mahal.", "A trip to Goa for the cast.", "Hi."]
    docs = [parse(Article.create(t, published=PubDate.parse("2024-03-05"))) for t in texts]
    assert [_chart_cue(d) for d in docs] == [
        bool(_CHART_CUE_LOW.search(lower_text(d) or "")) for d in docs]
    assert sum(map(_chart_cue, docs)) == 3


def test_shows_known_only_by_their_rating_in_prose() -> None:
    """A title known only from its chart sentence is a show: "X got 2.1 TRP", "X made a
    strong debut and entered the top five with a rating of 2.1", "followed by X at 2.4";
    "continued to lead the chart" is the top."""
    got = _ratings("TRP report: new show enters top five\nPeepal Ki Chhaon made a strong debut "
                   "and entered the top five with a rating of 2.1. Gulmohar got 1.8 TRP. "
                   "Tara Niwas continued to lead the chart with 2.6, followed by Kesar Ki Kahani "
                   "at 2.4.")
    assert got == {"Peepal Ki Chhaon": (None, 2.1, None), "Gulmohar": (None, 1.8, None),
                   "Tara Niwas": (1, 2.6, None), "Kesar Ki Kahani": (2, 2.4, None)}


def test_the_top_of_the_charts_and_the_top_rated_show() -> None:
    """"on (the) top in the TRP charts", "in top of the ratings", "the top-rated show":
    the first place; "a top-rated actress" is no chart."""
    head = "Pyaar Ki Dor news\n"
    assert _chart(head + "Pyaar Ki Dor has managed to maintain its position on the top in "
                         "the TRP charts.") == {("Pyaar Ki Dor", 1, None)}
    assert _chart(head + "Pyaar Ki Dor remains in top of the TRP charts.") == {
        ("Pyaar Ki Dor", 1, None)}
    assert _chart(head + "Pyaar Ki Dor has been the top-rated show on television for a "
                         "year.") == {("Pyaar Ki Dor", 1, None)}
    assert _chart(head + "Riya Malhotra of Pyaar Ki Dor is a top-rated actress.") == set()


def test_it_is_followed_by_the_next_places() -> None:
    """"A holds the top position. It's followed by Zee TV's B and C": B and C take the
    places after A; a place the sentence gives itself wins."""
    text = ("TRP list: Pyaar Ki Dor on top\nThe TRP list is out. Star Plus' Pyaar Ki Dor is "
            "still holding the top position. It's followed by Zee TV's Kesar Mahal and Sony "
            "TV's Rang Mahal. Colors' Chandni Raat is at the fifth spot. It is followed by "
            "Star Plus' Nach Mela at the number seven spot.")
    assert _chart(text) == {("Pyaar Ki Dor", 1, None), ("Kesar Mahal", 2, None),
                            ("Rang Mahal", 3, None), ("Chandni Raat", 5, None),
                            ("Nach Mela", 7, None)}


def test_a_show_keeps_the_first_place_its_sentence_gives_it() -> None:
    """"A is at No 1 and B is at No 2" with B no show the article vouches for: the second
    place is no later news of A's, so A stays first (it took the last place the sentence
    named)."""
    found = _ratings("BARC TRP ratings week 12: Star Plus show Pyaar Ki Dor is at No 1 and "
                     "Kesar Mahal is at No 2.")
    assert found["Pyaar Ki Dor"][0] == 1


def test_on_top_ending_its_clause_is_the_first_place() -> None:
    """"A is on top with 2.3", "stays on top.": the first place, as "is at the top"."""
    found = _ratings("BARC TRP ratings week 12: Star Plus' Pyaar Ki Dor is on top with 2.3, "
                     "while Zee TV's Kesar Mahal is at number two with 2.1.")
    assert found["Pyaar Ki Dor"][:2] == (1, 2.3)
    assert found["Kesar Mahal"][:2] == (2, 2.1)


def test_two_shows_sharing_a_place_both_hold_it() -> None:
    """"A and B share the third spot" / "are tied at the fourth position": both shows take
    the place; sharing the screen is no shared place."""
    found = _ratings("BARC TRP ratings week 12: Zee TV's Kesar Mahal and Star Plus' Rang Mahal "
                     "share the third spot with 1.8 each.")
    assert found["Kesar Mahal"][0] == found["Rang Mahal"][0] == 3
    found = _ratings("BARC TRP ratings week 12: Zee TV's Kesar Mahal shared the screen with "
                     "Star Plus' Rang Mahal at the third spot.")
    assert found.get("Kesar Mahal", (None,))[0] is None


def test_numero_uno_and_a_close_second() -> None:
    """"retained its numero uno position" is the first place; "came a close second" the
    second."""
    got = _ratings("TRP report\nThe show Rang Mahal has retained its numero uno position on "
                   "the TRP chart this week. The show Pyaar Ki Dor came a close second with 2.3.")
    assert got["Rang Mahal"][0] == 1
    assert got["Pyaar Ki Dor"][:2] == (2, 2.3)


def test_rounding_off_the_top_five_is_the_fifth_place() -> None:
    """"X rounds off the top five": X is fifth (and a title no other cue names is a show)."""
    text = ("TRP report: Kesar Ki Kahani on top\nThe BARC ratings are out. Zee TV's Kesar Ki "
            "Kahani is at the top spot. Chandni Raat grabbed the fourth position. Pyaar Ki Dor "
            "rounds off the top five.")
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    assert ("Pyaar Ki Dor", 5) in {(f.show, f.rank) for f in extract(doc)}


def test_a_list_under_this_week_has_no_week_number() -> None:
    """"Top shows this week\\n1. X": the list's first number is no BARC week."""
    text = "TRP list: top shows this week\n1. Kesar Ki Kahani - 2.4\n2. Chandni Raat - 2.1"
    doc = parse(Article.create(text, published=PubDate.parse("2024-05-01")))
    assert {f.week for f in extract(doc)} == {None}


def test_a_show_opening_its_sentence_with_a_present_move_holds_the_place() -> None:
    """"X enters the top five at number five", "Y rounds off the list at No. 6": the place
    is the sentence's opening title's, not the show the sentence before placed."""
    got = _ratings("BARC TRP week 10\nThe show Saath Chalenge slipped to the third spot with "
                   "2.0. Pyaar Ki Dor entered the top five at number five. Kesar Ki Kahani rounds "
                   "up the list at No. 6.")
    assert got["Saath Chalenge"][0] == 3
    assert got["Pyaar Ki Dor"][0] == 5
    assert got["Kesar Ki Kahani"][0] == 6


def test_a_close_place_is_the_place() -> None:
    """"The show Pyaar Ki Dor came a close fourth with 1.9": fourth."""
    got = _ratings("BARC TRP week 10\nThe show Saath Chalenge is at number one with 2.5. The show "
                   "Pyaar Ki Dor was a close fourth with 1.9.")
    assert got["Pyaar Ki Dor"][:2] == (4, 1.9)


def test_a_clause_s_own_title_takes_its_rank() -> None:
    """"X tops the chart; Y ..." and "A secured the third spot and X was a close fourth":
    the title opening the rank phrase's clause is its show, even where no cue vouched for
    it as a title (the rank had gone to the show named after, or before, it)."""
    got = _ratings("TRP Report: Dhoop Chhaon tops the chart; Pyaar Ki Dor slips\nThe Star Plus "
                   "show Pyaar Ki Dor slipped to the third spot. The Zee TV show Rang Mahal "
                   "secured the second spot and Neela Aasman was a close fourth.")
    assert got["Dhoop Chhaon"][0] == 1 and got["Neela Aasman"][0] == 4
    assert got["Rang Mahal"][0] == 2 and got["Pyaar Ki Dor"][0] == 3


def test_value_cues_tried_at_their_first_words_are_the_search() -> None:
    """A sentence's value cue and its "not a TRP" cue are tried only where one of their
    phrases' first words begins (``_holds``): the same answer as searching the sentence,
    on invented articles of those phrases, capitalised or not, run into other words
    (a first word left out of the set would miss some)."""
    import random

    from tellytrack.extract import ratings

    rng = random.Random(3)
    phrases = [*ratings._VALUE_WORDS, "IMDb", "impressions", "stars out", "star out"]
    fillers = ["Zorvel", "said", "the", "show", "x", "2.4", ",", ".", "(", "'s", "\n", "-"]
    cues = [(ratings._VALUE_CUE, ratings._VALUE_FIRSTS), (ratings._NOT_TRP,
                                                         ratings._NOT_TRP_FIRSTS)]
    held = [0, 0]
    for _ in range(80):
        words = [rng.choice(phrases) if rng.random() < 0.3 else rng.choice(fillers)
                 for _ in range(rng.randint(1, 30))]
        text = "".join((w.upper() if rng.random() < 0.15 else w) + rng.choice(
            [" ", " ", "", ". ", "\n"]) for w in words)
        doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
        for s in doc.sentences:
            for k, (cue, firsts) in enumerate(cues):
                want = bool(cue.search(s.text))
                assert ratings._holds(doc, s, cue, firsts) == want, (s.text, cue.pattern)
                held[k] += want
    assert min(held) > 30  # (many sentences hold a cue)
