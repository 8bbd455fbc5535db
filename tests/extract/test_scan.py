"""Tests for the fast cue alternation and the cue-anchored scan."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tellytrack.extract.scan import (
    SPACE_CODES,
    EndAnchored,
    alternation,
    end_reach,
    end_words,
    near,
)


def test_alternation_prefers_the_longer_phrase_at_a_shared_prefix() -> None:
    """"quits" must win over "quit", as a longest-first alternation would choose."""
    pattern = re.compile(rf"\b{alternation(['quit', 'quits', 'called it quits'])}\b", re.I)
    assert [m.group() for m in pattern.finditer("Riya quits; Kabir Called  it quits")] == [
        "quits", "Called  it quits"]


def test_alternation_expands_placeholder_words() -> None:
    """POSS-style placeholders stand for a small pattern ("put down her papers")."""
    pattern = re.compile(alternation(["put down poss papers"], {"poss": "(?:her|his)"}))
    assert pattern.search("Meera put down his papers")
    assert not pattern.search("Meera put down poss papers")


def test_near_finds_what_finditer_finds() -> None:
    """Scanning only around the cue gives the same matches as scanning everything."""
    title_first = re.compile(r"([A-Z]\w*(?: [A-Z]\w*)*)\s+starrer\b")
    text = "Riya Malhotra\n\nstarrer Saath Chalenge.\nKabir Sethi starrer Pyaar Ki Dor and more"
    cue = re.compile(r"starrer\b")
    assert [m.span() for m in near(title_first, cue, text)] == [
        m.span() for m in title_first.finditer(text)]
    assert [m.group(1) for m in near(title_first, cue, text)] == ["Riya Malhotra", "Kabir Sethi"]


def test_finditer_at_equals_finditer_for_word_start_patterns() -> None:
    """Trying a "\\b"-first pattern only where its words begin finds what finditer finds."""
    import re

    from tellytrack.extract.scan import finditer_at, word_starts
    text = "The producer Kavita Rao and co-producer Dev Rao; reproduce nothing. Producers X Y."
    pattern = re.compile(r"\b(?:[Pp]roducers?|co-producer)\s+([A-Z]\w+(?:\s+[A-Z]\w+)*)")
    starts = word_starts(text.lower(), ("produc", "co-producer"))
    assert [m.span() for m in finditer_at(pattern, text, starts)] == [
        m.span() for m in pattern.finditer(text)]
    assert text.lower().find("reproduce") + 2 not in starts  # inside a word: no start


def test_lower_phrases_match_whole_words_in_both_forms() -> None:
    """Few first letters (letter-first form) or many (boundary-first form): the same
    whole-word matches as the case-insensitive alternation, in lower-cased text."""
    from tellytrack.extract.scan import lower_phrases

    text = "riya quits; kabir re-joins. arjun quitting? tara joined, meera rejoined"
    few = ["quit", "quits", "joined"]
    many = [*few, *(f"{c}x" for c in "abcdefghklmnpr")]  # phrases starting with 17 letters
    for phrases in (few, many):
        expected = re.compile(rf"\b{alternation(phrases)}\b", re.I)
        found = [m.span() for m in lower_phrases(phrases).finditer(text)]
        assert found == [m.span() for m in expected.finditer(text)]
        assert [text[a:b] for a, b in found] == ["quits", "joined"]


def test_alternation_after_matches_the_lookbehind_led_form() -> None:
    """Each branch's first character first, the lookbehind after it, finds what
    ``(?<![\\w&])(?:TRIE)(?![\\w+])`` finds: at the start, after a word character, an "&",
    a hyphen or a space, inside a longer word, and for phrases sharing a first letter."""
    from tellytrack.extract.scan import alternation_after

    phrases = ["Star Plus", "Star Bharat", "Sony TV", "SAB", "Zee TV", "&TV", "Colors"]
    plain = re.compile(rf"(?<![\w&])(?:{alternation(phrases, space=re.escape(' '))})(?![\w+])")
    fast = re.compile(alternation_after(phrases, r"[\w&]", re.escape(" ")) + r"(?![\w+])")
    texts = ["Star Plus", "xStar Plus", "&Star Plus", "-Star Bharat airs", "on Sony TV.",
             "SABTV and SAB", "on &TV, Colors+ and Colors", "Zee TVs", "_Zee TV", "Star  Plus",
             "Star Bharat's show and Star Plus"]
    for text in texts:
        for start in range(len(text)):
            assert ([m.span() for m in fast.finditer(text, start)]
                    == [m.span() for m in plain.finditer(text, start)]), (text, start)
    assert alternation_after([], r"\w") == "(?!)"


def test_channel_and_platform_patterns_find_what_the_plain_form_finds(
        sample_articles: Path) -> None:
    """CHANNEL_RE and PLATFORM_RE (built with alternation_after) give the spans of the
    lookbehind-led alternation of their lexicons on every sample article."""
    from tellytrack.extract.info_rules import CHANNEL_RE, PLATFORM_RE
    from tellytrack.extract.lexicon import entries

    for lexicon, fast in (("channels", CHANNEL_RE), ("platforms", PLATFORM_RE)):
        trie = alternation(entries(lexicon), space=re.escape(" "))
        plain = re.compile(rf"(?<![\w&])(?:{trie})(?![\w+])")
        for line in sample_articles.read_text("utf-8").splitlines():
            text = json.loads(line)["text"]
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)]


def test_case_safe_by_substrings_is_the_class_search() -> None:
    """``case_safe`` tests for the three letters one at a time: the answer of
    ``_CASE_EXTRAS`` (each letter alone, at either end, none, an ASCII "K" and "i")."""
    from tellytrack.extract.scan import _CASE_EXTRAS, case_safe

    texts = ["Kesar is back", "", "\u0131", "a\u017f", "\u212aelvin", "x\u212a",
             "plain text, with K and i", "Pyaar Ki Dor \u0131 Dor"]
    assert [case_safe(t) for t in texts] == [not _CASE_EXTRAS.search(t) for t in texts]
    assert sum(map(case_safe, texts)) == 3


def test_first_gated_finds_what_the_plain_pattern_finds() -> None:
    """``first_gated`` leads a pattern with the characters its matches begin with: the
    same spans and groups from every start, lookbehinds, optional parts and repeats
    included; a pattern whose first characters cannot be told is given back as is."""
    from tellytrack.extract.scan import first_gated

    patterns = [r"(?<![a-z])(?:quit|le(?:ft|aves?))\b", r"(?:new\s+)?(?:show|serial)s?",
                r"[\]^\-x]y", r"a*b+|(?>c|de)f", r"(?P<n>[A-Z][a-z]+)\s+(?:aka|AKA)\s+(?P=n)",
                "शो\\s+छोड़|(?<!\\w)एग्जिट"]
    texts = ["Riya quit, Tara left and Kabir leaves the show", "xquit newshows new  serial",
             "]y ^y -y xy aab cf def", "Mira aka Mira, Tara AKA Tia", "वह शो छोड़ रही हैं; एग्जिट",
             ""]
    for p in map(re.compile, patterns):
        fast = first_gated(p)
        assert fast.pattern.startswith("(?=[")
        for text in texts:
            for start in range(len(text) + 1):
                assert ([(m.span(), m.groups()) for m in fast.finditer(text, start)]
                        == [(m.span(), m.groups()) for m in p.finditer(text, start)]), (p, text)
    for plain in (r"\w+", r"x*", r"(?i:quit)", r"(?i)quit", r".y", r"[^a]b", r"\bquit"):
        p = re.compile(plain)
        assert first_gated(p) is p or plain == r"\bquit"
    assert first_gated(re.compile(r"\bquit")).pattern == r"(?=[q])(?:\bquit)"


def test_hindi_change_cues_are_their_plain_patterns_gated() -> None:
    """The Hindi change cues run gated (see ``first_gated``): each is its plain pattern
    with a lookahead for the first characters, which holds all of its branches' first
    letters (the exit cue's "शो", "छोड़", "एग्जिट", "Exit" among them)."""
    from tellytrack.extract.hi.cast_change import _CUES

    for pattern, _ in _CUES:
        assert pattern.pattern.startswith("(?=[")
    assert {"श", "छ", "ए", "E"} <= set(_CUES[0][0].pattern[4:_CUES[0][0].pattern.index("]")])


def test_gated_patterns_find_what_their_plain_forms_find(sample_articles: Path) -> None:
    """The patterns the extraction runs gated (``first_gated``): the spans and groups of
    their plain forms on every sample article, and on invented text for the Hindi cues."""
    from tellytrack.extract.hi.cast_change import _CUES
    from tellytrack.extract.names import _GENDERED
    from tellytrack.extract.scan import first_gated
    from tellytrack.extract.show_info import _COMPANY_WORD

    texts = [json.loads(line)["text"] for line in sample_articles.read_text("utf-8").splitlines()]
    texts += ["रिया मल्होत्रा ने शो छोड़ दिया, कबीर की एंट्री और तारा की वापसी; Exit, Returns",
              "She said her co-star and he left; his Films and Dream Productions"]
    for fast in (_GENDERED, _COMPANY_WORD, *(p for p, _ in _CUES)):
        plain = re.compile(fast.pattern[fast.pattern.index("])(?:") + 5:-1], fast.flags)
        assert first_gated(plain).pattern == fast.pattern
        for text in texts:
            assert ([(m.span(), m.groups()) for m in fast.finditer(text)]
                    == [(m.span(), m.groups()) for m in plain.finditer(text)])


def test_near_with_reach_reads_each_text_reversed_afresh() -> None:
    """With ``reach``, the reversed text made once per text is that text's: texts taken
    in turn (and one met again) give finditer's matches each time."""
    title_first = re.compile(r"([A-Z]\w*(?: [A-Z]\w*)*)\s+starrer\b")
    cue = re.compile(r"starrer\b")
    texts = ["Riya Malhotra starrer, and the Kabir Sethi starrer Pyaar Ki Dor",
             "a Tara Sen starrer? No: Neel Kamal Dev Rao starrer, then More Words starrer",
             "no cue at all here"]
    for text in (*texts, texts[0], texts[1] + "", texts[2], texts[0]):
        assert [m.span() for m in near(title_first, cue, text, reach=30)] == [
            m.span() for m in title_first.finditer(text)]


def test_near_given_the_cues_needs_finds_what_finditer_finds() -> None:
    """``near(..., needs=...)`` (nothing scanned when the text holds none of the strings
    every cue match holds) finds what ``near`` without them finds, for the cues given
    needs (a maker's next show, a banner's owner), on invented texts with and without
    those strings."""
    import random

    from tellytrack.extract import link_patterns as lp
    from tellytrack.extract import shows

    rng = random.Random(11)
    pieces = ["Kavita Rao", "'s", "’s", " ", "  ", "\n", "next", "Next", "her", "His", "their",
              "production", "Production", "banner", "Banner", "show", "Neel Kamal", ",", "titled"]
    texts = ["In Kavita Rao's next, Neel Kamal, she stars.", "Dev Rao’s banner Dream Films",
             "His next show titled Saath Chalenge", "her NEXT show"]
    for _ in range(3000):  # a name, a possessive, a cue word, a title, shuffled a little
        words = ["Kavita Rao", rng.choice(["'s", "’s", " her", " his"]), " ",
                 rng.choice(["next", "production", "banner", "Production", "Next"]), " ",
                 "Neel Kamal"]
        for _ in range(rng.randint(0, 4)):
            words.insert(rng.randint(0, len(words)), rng.choice(pieces))
        texts.append("".join(words))
    sites = [(shows._NEXT_SHOW, shows._NEXT_CUE, shows._NEXT_NEEDS),
             (lp.BANNER_OWNER, lp.BANNER_CUE, lp.BANNER_NEEDS)]
    for pattern, cue, needs in sites:
        found = 0
        for text in texts:
            want = [m.span() for m in near(pattern, cue, text)]
            assert [m.span() for m in near(pattern, cue, text, needs=needs)] == want, text
            found += len(want)
        assert found > 200, cue.pattern  # (many texts hold a match)


_END_PATTERNS = [r"\bto\s+$", r"replaced\s*$", r"(?i)\b(?:to\s+)?(?:replace|step\s+in\s+for)\s*$",
                 r"(?:\bas|\baka)\s+(?:the\s+(?:new\s+)?)?$", r",\s+who$", r"\bbut\s*$",
                 r"[^.;:!?]{0,12}?\bwith\s+$", r"(?<=\s)[A-Z]\w{0,3}\s+$", r"[ \t]+x$",
                 r"\b(?:her|his)\s+(?:[a-z]+\s+)?$", r"^\d{1,2}[.)]$", r"\s\d+$"]


def test_end_reach_is_read_off_the_parse() -> None:
    """White space runs count nothing, other items their longest match; an unbounded
    repeat of anything else, or a pattern not ending in ``$``, gives -1."""
    reaches = [end_reach(re.compile(p)) for p in _END_PATTERNS]
    assert reaches == [2, 8, 11, 9, 4, 3, 16, 4, 1, -1, 3, -1]
    assert end_reach(re.compile(r"to\s+$", re.M)) == -1
    assert end_reach(re.compile(r"(?:to\s+$|x)")) == -1
    assert end_reach(re.compile(r"to$|x")) == -1


def test_end_anchored_search_is_the_plain_search() -> None:
    """``EndAnchored(p).search`` finds what ``p.search`` finds, from every start and end,
    in random texts of the patterns' words, odd white space and a final line break."""
    import random

    rng = random.Random(11)
    pieces = ["to", "To", "as", "aka", "the", "new", "but", "with", "replaced", "REPLACED",
              "replace", "step", "in", "for", "her", "his", "who", "Mira", "x", "12", "3.",
              ",", ".", " ", "  ", "\t", "\n", "\u2003", "\x85"]
    assert _matches_as_plain(_END_PATTERNS, pieces, rng, rounds=150, step=3) > 500


def _matches_as_plain(sources: list[str], pieces: list[str], rng: Any, rounds: int,
                      step: int) -> int:
    """Assert ``EndAnchored(p).search`` finds what ``p.search`` finds for each source, in
    ``rounds`` random texts of ``pieces``, from every ``step``-th start and several ends;
    the number of matches found."""
    found = 0
    for source in sources:
        plain = re.compile(source)
        fast = EndAnchored(plain)
        for _ in range(rounds):
            text = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(
                rng.randint(0, 9)))
            for pos in range(0, len(text) + 1, step):
                for end in {len(text), len(text) - 1, len(text) - 2, -1}:
                    expected = plain.search(text, pos, end if end >= 0 else len(text))
                    got = fast.search(text, pos, end)
                    assert (got and got.span()) == (expected and expected.span()), (
                        source, text, pos, end)
                    found += expected is not None
    return found


_WORD_PATTERNS = [r"\b(?:her|his)\s+(?:[a-z]+\s+)?$",
                  r"\b(?:since|when)\s+(?:she|[A-Z]\w+)\s+(?:first\s+)?$",
                  r"(?<=\s)[A-Z][a-z]+\s+$", r"\b[A-Z][\w-]*['’]s\s+$",
                  r"(?i)\bnot\s+(?:[\w’']+\s+){0,2}$",
                  r"\b(?!(?:has|she)\b)(?![a-z]+ly\b)[a-z]+\s+$", r"\s+[a-z]+,[a-z]+$",
                  r"\b(?i:star|lead)\s+(?:[A-Z][\w.]*\s+){0,2}$", r"[a-z]+[ \t]x\s*$",
                  r"\s\d+$", r"[^,]+$", r"\W*x$", r"(?:\s+\w+)+$"]


def test_end_words_is_read_off_the_parse() -> None:
    """One word more than the gaps a match can hold: an item that can match white space
    opens one, a repeat of white space alone one, a repeat of non-space items none; the
    white space at a match's two ends none; an unbounded repeat that can open gaps, or a
    pattern not ending in ``$``, gives -1."""
    words = [end_words(re.compile(p)) for p in _WORD_PATTERNS]
    assert words == [3, 4, 1, 1, 4, 1, 1, 4, 2, 1, -1, -1, -1]
    assert end_words(re.compile(r"[a-z]+\s+$", re.M)) == -1
    assert end_words(re.compile(r"[a-z]+\s+$|x")) == -1


def test_space_codes_are_isspace() -> None:
    """``SPACE_CODES`` is every character ``str.isspace`` holds, over all of Unicode."""
    assert list(SPACE_CODES) == [c for c in range(0x110000) if chr(c).isspace()]


def test_end_anchored_by_words_is_the_plain_search() -> None:
    """``EndAnchored(p).search`` of a pattern that holds an unbounded word (searched from
    ``words`` runs back) finds what ``p.search`` finds, from every start and end, in
    random texts of the patterns' words, odd white space and a final line break."""
    import random

    rng = random.Random(12)
    pieces = ["her", "his", "since", "when", "she", "Mira", "Dev's", "Raj’s", "first", "not",
              "star", "lead", "A.", "has", "sadly", "ab", "x", "12", "3", ",", ".", "-", " ",
              "  ", "\t", "\n", "\u2003", "\x85"]
    from tellytrack.extract import change_rules as rules

    used = [rules._OWN_NOUN, rules.BACKGROUND, rules.LEFT_OVER, rules._NAME_LAST]
    assert all(p.words > 0 for p in used)  # (the searches the extractors make so)
    sources = [*_WORD_PATTERNS, *(p.pattern.pattern for p in used)]
    assert all(EndAnchored(re.compile(source)).reach == -1 for source in sources)
    assert _matches_as_plain(sources, pieces, rng, rounds=200, step=2) > 2000


def test_words_before_skipping_lower_case_words_is_the_plain_walk() -> None:
    """The capitals and digits of the word before each hit, a word of lower-case letters
    skipped whole, are what the walk over every character finds (random invented texts:
    names, digits, hyphens, underscores, letters beyond ASCII, possessives, commas)."""
    import random

    from tellytrack.extract.scan import words_before

    def plain(text: str, hits: list[int]) -> list[int]:
        found: set[int] = set()
        for j in hits:
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j > 1 and text[j - 1] == "s" and text[j - 2] in "'’":
                j -= 2
            elif j > 0 and text[j - 1] in ",'’":
                j -= 1
            k = j
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_-"):
                k -= 1
            found.update(i for i in range(k, j) if text[i].isupper() or text[i].isdigit())
        return sorted(found)

    rng = random.Random(3)
    pieces = ["the", "Neel", "neel2", "co-Star", "x_Y", "Émile", "ǅx", "ab", "5", "'s", "’", ",",
              " ", "  ", "\n", "fame", "Kamal's"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        hits = sorted(rng.sample(range(len(text) + 1), min(3, len(text) + 1)))
        assert words_before(text, hits) == plain(text, hits), (text, hits)
