"""The show-info rules' patterns (``info_rules``): fast forms against their plain twins."""

import re


def _patterns_led_after_a_capital() -> list[re.Pattern[str]]:
    """Every compiled pattern of the show-info rules (and the modules reading their
    titles) that tests for no word before a name after its first capital."""
    from tellytrack.extract import info_rules, ratings, show_info

    found: dict[int, re.Pattern[str]] = {}

    def visit(obj: object, depth: int) -> None:
        if isinstance(obj, re.Pattern) and info_rules.AFTER_CAPITAL in obj.pattern:
            found[id(obj)] = obj
        elif isinstance(obj, (list, tuple)) and depth < 3:
            for item in obj:
                visit(item, depth + 1)

    for module in (info_rules, show_info, ratings):
        for value in vars(module).values():
            visit(value, 0)
    return list(found.values())


def _random_name_texts(seed: int, n: int) -> list[str]:
    import random

    rng = random.Random(seed)
    pieces = ["Kesar", "Ki", "Dor", "Zorvel Rao", "Tara Sen", "O’Neil", "D'Souza", "x", "a",
              "’s", "'s", "s'", "‘", "Films", "Productions", "Pvt. Ltd.", "production house",
              "produced by", "the producer", "who produces", "under the banner of", "show",
              "makers of", "a", "production", "banner", ",", " ", "  ", "\n", ".", "-", "2",
              "is now on", "Netflix", "Zee TV", "Colors", "airs on", "the show's maker",
              "TV show", "co-produced", "Neel+", "of", "the"]
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", "", ","])
                    for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_name_led_patterns_tested_after_the_capital_match_as_the_plain_ones() -> None:
    """A title, name or person tested for a word or an apostrophe before it after its
    first capital (``[A-Z](?<![\\w'’].)``, so ``re`` starts only at capitals) gives every
    match, with its groups, of the plain form that tests before it, at
    a text's start, after an apostrophe, a letter, a newline; a test that forgets the
    apostrophe, or one letter too far back, disagrees on the same texts."""
    from tellytrack.extract.info_rules import AFTER_CAPITAL

    patterns = _patterns_led_after_a_capital()
    assert len(patterns) >= 15  # the producer cues, the subjects, the channel patterns
    texts = _random_name_texts(15, 1500)

    def spans(pattern: re.Pattern[str]) -> list[object]:
        return [(m.span(), m.groups()) for t in texts for m in pattern.finditer(t)]

    def variant(pattern: re.Pattern[str], lead: str) -> re.Pattern[str]:
        return re.compile(pattern.pattern.replace("[A-Z]" + AFTER_CAPITAL, lead), pattern.flags)

    matched = wrong_apostrophe = wrong_reach = 0
    for fast in patterns:
        got = spans(fast)
        assert got == spans(variant(fast, r"(?<![\w'’])[A-Z]")), fast.pattern[:60]
        matched += len(got)
        wrong_apostrophe += got != spans(variant(fast, r"[A-Z](?<![\w’].)"))
        wrong_reach += got != spans(variant(fast, r"[A-Z](?<![\w'’]..)"))
    assert matched > 400 and wrong_apostrophe and wrong_reach
