"""Channel, platform and producer facts (tellytrack.extract.show_info)."""

import json
import re
from pathlib import Path

from tellytrack.extract import parse
from tellytrack.extract.gate import sentences_with
from tellytrack.extract.info_rules import (
    CHANNEL_RE,
    CHANNEL_WORDS,
    PLATFORM_RE,
    PRODUCER_WORDS,
    producer_names,
)
from tellytrack.extract.show_info import (
    _COMPANY_RUN,
    _COMPANY_RUN_WORDS,
    _FULL_TITLE,
    extract,
)
from tellytrack.model import Article, PubDate, Sentence


def _facts(text: str) -> set[tuple[str, str, str]]:
    article = Article.create(text, published=PubDate.parse("2024-03-05"))
    return {(f.show, f.field or "", f.value or "") for f in extract(parse(article))}


def test_appositive_channel() -> None:
    """ "X, a Zee TV show" gives X's channel."""
    facts = _facts("Pyaar Ki Dor, a Zee TV show, tells the story of Meera.")
    assert ("Pyaar Ki Dor", "channel", "Zee TV") in facts


def test_channel_possessive_and_spelling_variant() -> None:
    """ "StarPlus' X" and "Sony SAB's X" name the channel as the article spells it."""
    facts = _facts("StarPlus' Saath Chalenge is loved. Sony SAB's Kesar Ki Kahani is new.")
    assert ("Saath Chalenge", "channel", "StarPlus") in facts
    assert ("Kesar Ki Kahani", "channel", "Sony SAB") in facts


def test_airs_on_and_streams_on() -> None:
    """ "airs on" gives a channel and "streamed on" a platform for the sentence's show."""
    facts = _facts("The show Saath Chalenge airs on Colors TV at 9 pm and is streamed on "
                   "JioCinema.")
    assert ("Saath Chalenge", "channel", "Colors TV") in facts
    assert ("Saath Chalenge", "platform", "JioCinema") in facts


def test_produced_by_two_people_and_banner() -> None:
    """ "produced by A and B under the banner of C" gives three producers."""
    facts = _facts("Kesar Ki Kahani is produced by Riya Malhotra and Kabir Sethi under the "
                   "banner of Dor Tales Productions.")
    for name in ("Riya Malhotra", "Kabir Sethi", "Dor Tales Productions"):
        assert ("Kesar Ki Kahani", "producer", name) in facts


def test_bankrolled_and_backed_by_name_a_producer() -> None:
    """ "bankrolled by A", "backed by A": the cue's own words let its sentence be read."""
    for cue in ("has been bankrolled by", "is backed by"):
        facts = _facts(f"The show Kesar Ki Kahani airs on Colors. The show {cue} Riya Malhotra.")
        assert ("Kesar Ki Kahani", "producer", "Riya Malhotra") in facts, cue


def test_who_produces_names_a_producer() -> None:
    """ "A, who produces X, said ...": A is X's producer."""
    for verb in ("who produces", "who has bankrolled"):
        facts = _facts(f"Kesar Ki Kahani airs on Colors. Riya Malhotra, {verb} Kesar Ki "
                       "Kahani, said the show will go on.")
        assert ("Kesar Ki Kahani", "producer", "Riya Malhotra") in facts, verb


def test_production_house_possessive() -> None:
    """ "A's production house B" names both the person and the company."""
    facts = _facts("The show Pyaar Ki Dor was a hit. It is made by Kabir Sethi's production "
                   "house Sethi Films.")
    assert ("Pyaar Ki Dor", "producer", "Kabir Sethi") in facts


def test_actor_possessive_is_not_a_producer() -> None:
    """ "Riya Malhotra's Saath Chalenge" alone does not make the lead actress its producer."""
    facts = _facts("Riya Malhotra's Saath Chalenge topped the charts this week.")
    assert not any(f == "producer" for _, f, _ in facts)


def test_one_channel_per_show() -> None:
    """A show keeps the first channel the article gives it."""
    facts = _facts("Star Plus' Saath Chalenge rules. Later Saath Chalenge, a Sony TV show, ends.")
    channels = [v for s, f, v in facts if s == "Saath Chalenge" and f == "channel"]
    assert channels == ["Star Plus"]


def test_owner_of_a_named_show_is_its_maker() -> None:
    """"Kavita Rao's Pyaar Ki Dor", Kavita never an actor here: the producer."""
    facts = _facts("Fans were shocked when Riya Malhotra, who plays Meera in Kavita Rao's "
                   "Pyaar Ki Dor, quit. The show Pyaar Ki Dor airs daily.")
    assert ("Pyaar Ki Dor", "producer", "Kavita Rao") in facts


def test_owner_who_acts_is_no_maker() -> None:
    """"Riya Malhotra's Pyaar Ki Dor" when Riya plays Meera: the lead, not the producer."""
    facts = _facts("Riya Malhotra aka Meera is back. Riya Malhotra's Pyaar Ki Dor tops the "
                   "charts. The show Pyaar Ki Dor airs daily.")
    assert not {f for f in facts if f[1] == "producer"}


def test_channel_of_a_show_named_in_passing() -> None:
    """ "The Sony TV show" in a sentence about the one show of the article: its channel."""
    facts = _facts("The show Pyaar Ki Dor will go off air next month. The Sony TV show "
                   "featured Riya Malhotra in the lead.")
    assert ("Pyaar Ki Dor", "channel", "Sony TV") in facts


def test_company_offering_is_a_producer() -> None:
    """ "X is an offering from Y Productions": the company makes the show."""
    facts = _facts("Pyaar Ki Dor is an offering from Dor Tales Productions. The show "
                   "Pyaar Ki Dor airs daily.")
    assert ("Pyaar Ki Dor", "producer", "Dor Tales Productions") in facts


def test_channel_tied_to_the_show_named_next_to_it() -> None:
    """Two shows and two channels in one sentence: each channel goes to its own show."""
    facts = _facts("Zee TV's Kesar Ki Kahani came first, followed by Star Plus' Saath "
                   "Chalenge.")
    assert ("Kesar Ki Kahani", "channel", "Zee TV") in facts
    assert ("Saath Chalenge", "channel", "Star Plus") in facts
    assert ("Kesar Ki Kahani", "channel", "Star Plus") not in facts


def test_person_called_an_actress_is_no_maker() -> None:
    """ "Kavita Rao's show X" when the article calls Kavita an actress: not the producer."""
    facts = _facts("Actress Kavita Rao was praised by fans. Kavita Rao's show Pyaar Ki Dor "
                   "tops the charts. The show Pyaar Ki Dor airs on Zee TV.")
    assert not {f for f in facts if f[1] == "producer"}
    assert ("Pyaar Ki Dor", "channel", "Zee TV") in facts


def test_producer_cues_with_a_title_or_a_pair() -> None:
    """ "produced by TV czarina X", "producers X and Y", "from the house of X",
    "showrunner X", "X, the producer of" each name a producer."""
    assert [n for _, n in producer_names(
        "The drama is produced by TV czarina Riya Malhotra.")] == ["Riya Malhotra"]
    assert {n for _, n in producer_names("Producers Riya Malhotra and Kabir Sethi came.")} == {
        "Riya Malhotra", "Kabir Sethi"}
    assert "Kesar Telefilms" in {n for _, n in producer_names(
        "The serial comes from the house of Kesar Telefilms.")}
    assert [n for _, n in producer_names("Showrunner Kabir Sethi said so.")] == ["Kabir Sethi"]
    assert [n for _, n in producer_names("Kabir Sethi, the producer of it, spoke.")] == [
        "Kabir Sethi"]


def test_subject_of_aired_on_is_the_show() -> None:
    """ "X will be aired on Y": Y is X's channel, not the channel of a show named before."""
    facts = _facts("Meera Sen played Gauri in the Zee TV serial Saath Chalenge. Her new show "
                   "is Pyaar Ki Dor. Pyaar Ki Dor will be aired on Star Bharat.")
    assert ("Pyaar Ki Dor", "channel", "Star Bharat") in facts
    assert ("Saath Chalenge", "channel", "Star Bharat") not in facts


def test_title_vouched_by_a_pattern_when_no_show_is_known() -> None:
    """ "X the Star Bharat show produced by Y": X is a show even if the show index missed
    it, so the channel and the producer both go to X."""
    facts = _facts("Pyaar Ki Dor Spoiler: Gauri and Dev reunite\n\nPyaar Ki Dor the Star "
                   "Bharat show produced by Kabir Sethi has seen drama with Gauri.")
    assert ("Pyaar Ki Dor", "channel", "Star Bharat") in facts
    assert ("Pyaar Ki Dor", "producer", "Kabir Sethi") in facts


def test_quoted_full_title_with_subtitle() -> None:
    """ "'X – Subtitle'" is the full form of X; the subtitle is no producer."""
    facts = _facts("Colors' 'Pyaar Ki Dor – Ek Naya Safar' is loved by viewers. Pyaar Ki Dor "
                   "stars Meera Sen as Gauri. Pyaar Ki Dor is produced by Kesar Telefilms.")
    assert ("Pyaar Ki Dor – Ek Naya Safar", "channel", "Colors") in facts
    assert ("Pyaar Ki Dor – Ek Naya Safar", "producer", "Kesar Telefilms") in facts
    assert not any(v == "Ek Naya Safar" for _, _, v in facts)


def test_value_gates_keep_every_sentence_holding_a_value(sample_articles: Path) -> None:
    """The doc-level pre-passes (channel and platform words, company words, producer
    cues) are supersets of the sentences where the searches themselves find something."""
    texts = [json.loads(line)["text"] for line in sample_articles.read_text("utf-8").splitlines()]
    texts += ["Kesar Telefilms and 7 Arts Films made it. It streams on JioHotstar and &TV.",
              "Produced by Kavita Rao under her banner, Rao Creations. Makers of Dor, X Studios",
              "STAR PLUS airs it; Sphere Origins Motion Pictures Pvt Ltd backs it on Zee5.",
              "Showrunner Kabir Sethi, the creator of it, helmed by Riya Malhotra, comes "
              "from the house of Kesar Telefilms and the stable of Dor Tales."]
    for text in texts:
        doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
        channels = set(sentences_with(doc, CHANNEL_WORDS))
        companies = set(sentences_with(doc, literals=_COMPANY_RUN_WORDS))
        producers = set(sentences_with(doc, literals=PRODUCER_WORDS))
        for i, s in enumerate(doc.sentences):
            if CHANNEL_RE.search(s.text) or PLATFORM_RE.search(s.text):
                assert i in channels
            if _COMPANY_RUN.search(s.text):
                assert i in companies
            if producer_names(s.text):
                assert i in producers


def test_a_word_before_the_channels_show_is_no_show() -> None:
    """"Meet the cast of Zee TV's new show X": "Meet ... the ... Zee TV's show" reads
    like "X, the Zee TV show", but only a title the article names as a show counts."""
    facts = _facts("Meet the cast of Zee TV's new show Saanjh Ki Baat\n"
                   "The show Saanjh Ki Baat stars Isha Verma and Rohan Kapoor.")
    assert ("Saanjh Ki Baat", "channel", "Zee TV") in facts
    assert not any(show == "Meet" for show, _, _ in facts)
def test_full_title_pattern_finds_what_the_plain_form_finds() -> None:
    """The full-title pattern leads with its quote and checks what stands before it
    afterwards: the same matches as the plain form that tries the start or a lookbehind
    at every position (quotes at the start, after a space or "(", after a letter)."""
    plain = re.compile(
        r"(?:^|(?<=[\s(]))[‘'\"“](?P<full>(?P<head>[A-Z][^‘’'\"“”:–—\n-]{1,60}?)\s*[–:—-]\s*"
        r"[A-Z][\w!+-]*(?:\s+[A-Z][\w!+-]*){0,6})[’'\"”]")
    texts = ["'Pyaar Ki Dor – Ek Naya Safar' airs daily.",
             "The show ‘Pyaar Ki Dor: Ek Naya Safar’ (and 'Kesar - Phir Se') returns.",
             "(\"Kesar Ki Kahani - Naya Daur\") and x'Kesar - Phir Se' and “Dor — Safar”",
             "Riya's 'Kesar - Phir Se' is back; '' 'A - B' '\n'Kesar – Naya'"]
    for text in texts:
        for start in range(len(text)):
            got = [(m.span(), m.groupdict()) for m in _FULL_TITLE.finditer(text, start)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, start)]
    assert _FULL_TITLE.search(texts[0]) and not _FULL_TITLE.search("x'Kesar - Phir Se'")



def test_one_channel_for_each_show_of_a_list() -> None:
    """ "Star Plus' A and B" gives both the channel: a value is proposed for every show
    its sentence names, and the decider picks."""
    facts = _facts("The show Meri Dor has gained viewers. Star Plus' Saath Chalenge and Meri "
                   "Dor are both in the top five this week.")
    assert {("Saath Chalenge", "channel", "Star Plus"),
            ("Meri Dor", "channel", "Star Plus")} <= facts


def test_another_channel_keeps_its_own_show() -> None:
    """ "A's X ..., followed by B's Y": Y's channel is B, not A."""
    facts = _facts("The show Meri Dor has gained viewers. Star Plus' Saath Chalenge is at "
                   "the top, followed by Zee TV's Meri Dor.")
    assert ("Meri Dor", "channel", "Zee TV") in facts
    assert ("Meri Dor", "channel", "Star Plus") not in facts


def test_headline_words_after_makers_are_no_producer() -> None:
    """ "... Makers Rope In Vivek Anand" in a title-cased headline names no producer."""
    facts = _facts("Kabir Sethi To Exit Pyaar Ki Dor; Makers Rope In Vivek Anand\nKabir Sethi, "
                   "who plays Arjun in the Star Plus show Pyaar Ki Dor, is set to exit the show.")
    assert ("Pyaar Ki Dor", "channel", "Star Plus") in facts
    assert not any(f == "producer" for _, f, _ in facts)


def test_a_title_running_on_past_a_known_show_is_the_show() -> None:
    """"Sony TV's Pyaar Ki Dor in Film City": the show is "Pyaar Ki Dor", not the place."""
    text = ("Fire on the sets of Pyaar Ki Dor\n"
            "A fire broke out on the sets of Sony TV's Pyaar Ki Dor in Film City on Monday.")
    assert _facts(text) == {("Pyaar Ki Dor", "channel", "Sony TV")}


def test_a_company_production() -> None:
    """"X, a Dream Tree Entertainment production": the company makes X."""
    text = ("Saanjh gets a new time slot\nSaanjh, a Dream Tree Entertainment production, will "
            "now air at 9 pm on Star Plus.")
    assert ("Saanjh", "producer", "Dream Tree Entertainment") in _facts(text)


def test_shows_a_and_b_and_what_both_shows_have() -> None:
    """"Star Plus' shows A and B ... Both shows are produced by X": both are shows, both
    Star Plus', both X's."""
    facts = _facts("Star Plus shows get new slots\nStar Plus' shows Saanjh and Chandni Raat will "
                   "get new time slots. Both shows are produced by Dream Tree Entertainment.")
    assert {("Saanjh", "channel", "Star Plus"), ("Chandni Raat", "channel", "Star Plus"),
            ("Saanjh", "producer", "Dream Tree Entertainment"),
            ("Chandni Raat", "producer", "Dream Tree Entertainment")} <= facts


def test_the_show_is_the_topic_not_the_show_named_after_the_producer() -> None:
    """"The show is produced by X and will replace Y": X makes the article's show."""
    facts = _facts("Riya Malhotra to lead Sony TV's Pyaar Ki Dor\nRiya Malhotra, last seen in "
                   "Kesar Ki Kahani, will play the lead in Sony TV's upcoming show Pyaar Ki Dor. "
                   "The show is produced by "
                   "Sunshine Tales and will replace Kesar Ki Kahani in the 8 pm slot.")
    assert ("Pyaar Ki Dor", "producer", "Sunshine Tales") in facts


def test_a_role_in_a_show_that_airs_on_a_channel() -> None:
    """"A is seen as Raghav in X, which airs on Zee TV": the channel is X's."""
    facts = _facts("Riya Malhotra is seen as Raghav in Pyaar Ki Dor, which airs on Zee TV at "
                   "8 pm.")
    assert facts == {("Pyaar Ki Dor", "channel", "Zee TV")}


def test_the_makers_named_in_an_apposition() -> None:
    """"The makers of X, A and B, have announced a leap": A and B produce X."""
    facts = _facts("The makers of Pyaar Ki Dor, Anil Verma and Rashmi Desai, have announced a "
                   "15-year leap. The Zee TV show will also be available on ZEE5.")
    assert {("Pyaar Ki Dor", "producer", "Anil Verma"),
            ("Pyaar Ki Dor", "producer", "Rashmi Desai")} <= facts


def test_a_producer_label_with_a_colon() -> None:
    """"Producer: X" in an info box names the producer."""
    facts = _facts("Pyaar Ki Dor: meet the cast\nCast: Riya Malhotra (Meera)\nChannel: Sony TV\n"
                   "Producer: Sunshine Tales")
    assert ("Pyaar Ki Dor", "producer", "Sunshine Tales") in facts


def test_maker_context_answers_as_the_plain_form() -> None:
    """The maker test reads the company words and the first tokens after a name before it
    tokenizes the windows for cue words, and those only when a cue word is written there:
    the same answer as tokenizing both windows for every name (the plain form)."""
    from tellytrack.extract.mentions import name_words, shape_tokens
    from tellytrack.extract.show_info import _COMPANY_WORD, _MAKER_CUES, _MAKER_HINTS, _Context

    def plain(ctx: _Context, start: int, end: int, s: Sentence) -> bool:
        text = ctx.doc.text
        raw = text[max(s.start, start - 50):min(s.end, end + 50)]
        if not re.search("|".join(map(re.escape, _MAKER_HINTS)), raw.lower()):
            return False
        before = set(shape_tokens(text[max(s.start, start - 50):start], name_words(ctx.doc)))
        after = shape_tokens(text[end:min(s.end, end + 50)], name_words(ctx.doc))
        return bool(before & _MAKER_CUES or _COMPANY_WORD.search(raw) or set(after) & _MAKER_CUES
                    or after[:1] in (["'s"], ["’s"], ["'"], ["’"]) or "show" in after[:3])

    doc = parse(Article.create(
        "Kavita Rao's Meri Dor returns. Producer Aman Verma and Riya Malhotra met Kabir "
        "Sethi's team. The show, backed by Neel Arora Films, stars Isha Verma. Dev Rao "
        "show Meri Dor is a hit; Tara Sen's. Sonal Das said the makers, Om Rao and Jai "
        "Rao, will produce it. Mohan Lal  Productions and Vikram Das' banner help.",
        published=PubDate.parse("2024-03-05")))
    ctx = _Context(doc)
    tried = 0
    for s in doc.sentences:
        for m in re.finditer(r"[A-Z]\w+(?: [A-Z]\w+)*", s.text):
            for a, b in ((m.start(), m.end()), (m.start(), m.start() + 3)):
                start, end = s.start + a, s.start + b
                assert ctx.maker_context(start, end, s) == plain(ctx, start, end, s), m.group()
                tried += 1
    assert tried > 30


def test_called_actor_answers_as_the_plain_form() -> None:
    """The "actress X" search before a name runs only where an actor cue's first word
    begins in its window: the same answer as searching every window, for names with and
    without a cue before them ("co-star", a cue 80 characters off, "Actress" capitalised)."""
    from tellytrack.extract.info_rules import whole_word_hits
    from tellytrack.extract.show_info import _CALLED_AFTER, _CALLED_BEFORE, _Context

    text = ("Kesar star Riya Malhotra met her co-star Kabir Sethi. Actress Isha Verma and "
            "Neel Arora Films are here. Dev Rao, who plays Arjun, called Tara Sen. Leads Om "
            "Rao and Jai Rao quit; a long aside about nothing in particular at all then "
            "Mohan Lal. Sonal Das as Meera.")
    ctx = _Context(parse(Article.create(text, published=PubDate.parse("2024-03-05"))))
    names = ["Riya Malhotra", "Kabir Sethi", "Isha Verma", "Neel Arora Films", "Dev Rao",
             "Tara Sen", "Om Rao", "Jai Rao", "Mohan Lal", "Sonal Das", "Kesar", "Arjun"]
    answers = []
    for name in names:
        t = ctx.doc.text
        plain = any(_CALLED_BEFORE.search(t, max(0, at - 80), at)
                    or _CALLED_AFTER.match(t, at + len(name)) for at in whole_word_hits(t, name))
        assert ctx.called_actor(name) == plain, name
        answers.append(plain)
    assert True in answers and False in answers


def test_channel_patterns_with_whole_title_words_match_as_the_plain_ones() -> None:
    """The show-first channel and platform patterns take each title word whole
    (``TITLE_WHOLE``): every match, with its groups, that the plain ``TITLE`` form
    finds (hyphened, possessive and "+" titles, a title run into a lower-case word)."""
    from tellytrack.extract import info_rules

    text = ("Pyaar Ki Dor, a Zee TV show, and Rang-Mahal, Colors' most-loved show, are hits. "
            "Kesar Ki Kahani's new season is now on JioHotstar; Neel Kamal+ is on Netflix. "
            "RangMahal is on SonyLIV and Sunehri Dhoop the Star Plus drama.")
    found = 0
    for fast in (info_rules._SHOW_FIRST, info_rules._PLATFORM_ANY):
        assert info_rules.TITLE_WHOLE in fast.pattern
        slow = re.compile(fast.pattern.replace(info_rules.TITLE_WHOLE, info_rules.TITLE))
        got = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in slow.finditer(text)]
        found += len(got)
    assert found >= 4
    # the subjects read right before a cue ("X, which airs on", "X produced by")
    for fast in (info_rules._AIR_SUBJECT, info_rules._SUBJECT_BEFORE, info_rules._SUBJECT_BARE):
        slow = re.compile(fast.pattern.replace(info_rules.TITLE_WHOLE, info_rules.TITLE))
        for head in ("Pyaar Ki Dor, which ", "Rang-Mahal is ", "Kesar's ", "the RangMahal ",
                     "Neel Kamal+ has been ", "Sunehri Dhoop, "):
            got = fast.search(head)
            want = slow.search(head)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
            found += bool(got)
    assert found >= 10


def test_company_runs_tried_only_where_a_company_word_is_written_as_one() -> None:
    """The producer-company pattern runs only on sentences writing a company word
    capitalised: every sentence where it matches, not one speaking of "social media"."""
    from tellytrack.extract.show_info import _COMPANY_RUN, _Context

    doc = parse(Article.create(
        "Pyaar Ki Dor is made by Kavita Rao Films. Riya is big on social media. "
        "Neel Kamal comes from 4 Lions Telefilms Pvt Ltd. The production is lavish. "
        "Sunehri Dhoop is a Dream Media show.", published=PubDate.parse("2024-03-05")))
    matching = {i for i, s in enumerate(doc.sentences) if _COMPANY_RUN.search(s.text)}
    kept = _Context(doc).company_sentences
    assert matching <= kept and len(matching) == 3 and len(kept) == 3


def test_channel_patterns_match_only_where_a_channel_or_platform_stands() -> None:
    """``_sentence_facts`` runs each pattern only where the lexicon's channel (or
    platform) is found: no pattern matches a sentence without one."""
    from tellytrack.extract import info_rules

    texts = ["Pyaar Ki Dor, a Zee TV show, airs on Colors TV.", "Kesar is now on Netflix.",
             "Rang Mahal is now on air.", "Star Plus' shows - A, B and C are hits.",
             "Neel Kamal, a new show, airs at 9 pm."]
    for text in texts:
        channel = bool(info_rules.CHANNEL_RE.search(text))
        platform = bool(info_rules.PLATFORM_RE.search(text))
        for pattern in (info_rules._CHANNEL_FIRST, info_rules._SHOW_FIRST,
                        info_rules._LIST_OF_SHOWS):
            assert channel or not pattern.search(text), text
        assert platform or not info_rules._PLATFORM_ANY.search(text), text
        assert channel or platform or not info_rules._AIRS_ON.search(text), text


def test_a_bracketed_channel_is_the_show_before_it() -> None:
    """"A (Star Plus) is first, followed by B (Colors TV) and C (Zee TV)": each bracket
    names the channel of the show right before it, not of the one after."""
    facts = _facts("TRP report: top shows\nHere are the top shows as per BARC.\nPal Pal Dil "
                   "(Star Plus) is at number one, followed by Rang Mahal (Colors TV) and Neel "
                   "Kamal (Zee TV).")
    channels = {(show, value) for show, field, value in facts if field == "channel"}
    assert channels == {("Pal Pal Dil", "Star Plus"), ("Rang Mahal", "Colors TV"),
                        ("Neel Kamal", "Zee TV")}


def test_an_actor_s_on_screen_kin_is_no_producer() -> None:
    """"to play Riya Malhotra's (on-screen) husband in the show X": a possessive before a
    kin word is a role's relative, not a maker's show; "Kavita Rao's show" still is."""
    text = ("Kabir Rao to play Riya Malhotra's husband in Saath Chalenge\n"
            "Actor Kabir Rao will play Riya Malhotra's on-screen husband in the Star Plus "
            "show Saath Chalenge.")
    assert not any(f == "producer" for _, f, _ in _facts(text))


def test_a_role_after_a_channel_s_serial_is_no_show() -> None:
    """"the Sony TV serial, Meera (Riya Malhotra) will ...": Meera is a role the article
    casts, so the channel is the topic's, not a show called Meera's; a title role that is
    also the show's name ("the Colors show Kesar", Kesar played by A) still gets it."""
    facts = _facts("Pyaar Ki Dor Upcoming Twist: Meera to marry Kabir\nIn the upcoming "
                   "episodes of the Sony TV serial, Meera (Riya Malhotra) will get married to "
                   "Kabir (Arjun Rao). The show has been doing well.")
    assert ("Pyaar Ki Dor", "channel", "Sony TV") in facts
    assert not any(show == "Meera" for show, _, _ in facts)
    facts = _facts("Kesar completes 500 episodes\nThe Colors show Kesar has completed 500 "
                   "episodes. Riya Malhotra plays Kesar.")
    assert ("Kesar", "channel", "Colors") in facts


def test_producer_hint_and_company_needs_are_the_patterns() -> None:
    """The producer hint by substring tests answers as ``PRODUCER_HINT.search``, and a
    window holding none of ``_COMPANY_NEEDS`` holds no ``_COMPANY_WORD`` match, on random
    texts of the hints, the company words (any case), their pieces and filler (a hint
    or a needed string left out, or one made longer, would disagree on some)."""
    import random

    from tellytrack.extract.info_rules import PRODUCER_HINT, PRODUCER_HINTS, producer_hint
    from tellytrack.extract.show_info import _COMPANY_NEEDS, _COMPANY_WORD

    rng = random.Random(9)
    pieces = [*PRODUCER_HINTS, "Telefilms", "Films", "Production", "Productions",
              "Entertainment", "Studio", "Studios", "Creations", "ilm", "Produc", "Studi",
              "Zorvel", "the", "x", " ", ",", "'s", "backed", "bankrolled", "producer",
              "creator", "helmed", "offering", "stable", "showrunner", "makers", "banner"]
    hints = companies = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "])
                       for _ in range(rng.randint(0, 6)))
        text = text.upper() if rng.random() < 0.1 else text
        low = text.lower()
        assert producer_hint(low) == bool(PRODUCER_HINT.search(low)), low
        hints += producer_hint(low)
        if _COMPANY_WORD.search(text):
            assert any(n in text for n in _COMPANY_NEEDS), text
            companies += 1
    assert hints > 1000 and companies > 500


def test_an_actress_s_show_makes_her_no_producer() -> None:
    """"Actress A's show X": the possessive is the lead's; "Producer B's show X" and "X,
    produced by A" (a producer cue) still name a maker."""
    facts = _facts("Riya Malhotra's show Saath Chalenge tops TRP\nActress Riya Malhotra's "
                   "show Saath Chalenge has topped the charts. The Zee TV show is loved by all.")
    assert not any(f == "producer" for _, f, _ in facts)
    facts = _facts("Kavita Rao's show Saath Chalenge tops TRP\nProducer Kavita Rao's show "
                   "Saath Chalenge has topped the charts. The Zee TV show is loved by all.")
    assert ("Saath Chalenge", "producer", "Kavita Rao") in facts


def test_a_name_holding_a_channel_s_is_no_producer() -> None:
    """"Fellow Star Plus show X": the channel, never a producer "Fellow Star Plus"."""
    facts = _facts("Pyaar Ki Dor tops the list. Fellow Star Plus show Dil Ki Baat is second.")
    assert ("Dil Ki Baat", "channel", "Star Plus") in facts
    assert not {f for f in facts if f[1] == "producer"}


def test_a_phrase_around_a_maker_s_name_is_no_producer() -> None:
    """"backed by A's production house B": A and B are makers, "production house B" and
    "A's production house B" are not."""
    facts = _facts("The show Dil Ki Baat is a hit. The show is backed by Kavita Rao's "
                   "production house Rao Films.")
    assert {v for _, f, v in facts if f == "producer"} == {"Kavita Rao", "Rao Films"}
