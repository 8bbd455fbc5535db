"""hi.translit and the URL-slug titles of hi.text: a title the text never marks."""

from tellytrack.extract import extract_facts
from tellytrack.extract.document import parse
from tellytrack.extract.hi.text import show_mentions, topic
from tellytrack.extract.hi.translit import SlugMatcher, latin_skeleton, same_word, slug_tokens
from tellytrack.model import Article, PubDate


def _doc_at(url: str, text: str) -> Article:
    return Article.create(text, url=url, published=PubDate.parse("2024-03-05"), lang="hi")


def test_words_compared_by_consonants() -> None:
    """Vowel spellings and digraphs do not matter; other consonants do."""
    assert same_word("कहानी", "kahaani") and same_word("झील", "jheel")
    assert same_word("चश्मा", "chashmah") and same_word("डोरियां", "doriyaan")
    assert not same_word("केसर", "kamal")
    assert latin_skeleton("chhaya") == latin_skeleton("chaya") == "cy"


def test_slug_runs_are_maximal() -> None:
    """"केसर की कहानी" is one run of the slug, not three."""
    words = ["टीवी", "सीरियल", "केसर", "की", "कहानी", "में"]
    slug = slug_tokens("https://news.example/tv/kesar-ki-kahani-riya-quits-1234567")
    runs = SlugMatcher(slug).runs(words)
    assert (2, 5) in runs and not any(2 <= a < b <= 5 and (a, b) != (2, 5) for a, b in runs)


def test_unmarked_title_read_from_the_slug() -> None:
    """No quotes and no show cue: the slug names the show, and its facts get one."""
    art = _doc_at("https://news.example/tv/kesar-ki-kahani-riya-malhotra-quits-show-1234567",
                  "रिया मल्होत्रा ने छोड़ा केसर की कहानी, फैंस दुखी\n"
                  "एक्ट्रेस रिया मल्होत्रा केसर की कहानी में मीरा के किरदार में नजर आती थीं। "
                  "खबरों के मुताबिक रिया मल्होत्रा ने शो छोड़ दिया है।")
    assert topic(parse(art)) == "केसर की कहानी"
    facts = {(f.type, f.show, f.actor) for f in extract_facts(art)}
    assert ("cast_change", "केसर की कहानी", "रिया मल्होत्रा") in facts


def test_a_person_the_slug_spells_is_no_show() -> None:
    """The slug also spells the actress; a job title before her name says she is a person."""
    art = _doc_at("https://news.example/tv/neeli-jheel-actress-riya-malhotra-exit",
                  "नीली झील की एक्ट्रेस ने छोड़ा शो\n"
                  "एक्ट्रेस रिया मल्होत्रा अब नीली झील में नजर नहीं आएंगी।")
    assert {m.name for m in show_mentions(parse(art))} == {"नीली झील"}


def test_glossed_titles_read_backwards_match_the_forward_pattern() -> None:
    """The gloss reader (gloss first, then the Devanagari run before it) finds what the
    forward pattern tried from every Devanagari letter found, on invented texts."""
    import re

    from tellytrack.extract.hi.text import _GLOSS, _run_before

    forward = re.compile(r"(?P<d>[\u0900-\u097F][\u0900-\u097F0-9 ]*?)\s*[’'\"”]*\s*"
                         r"\((?P<l>[A-Za-z][A-Za-z0-9 !'&.-]*)\)")
    texts = ["स्टार प्लस का शो 'केसर की कहानी' (Kesar Ki Kahani) नंबर 1 पर है।",
             "शो ‘प्यार की डोर 2’ (Pyaar Ki Dor 2) और 'केसर' (Kesar) में",
             "(Kesar) बिना शीर्षक, 12 (Dor) और\nकेसर\n(Kesar) फिर",
             "Latin only (Kesar) and 3 4 (Dor)"]
    for text in texts:
        want = {m["l"].strip(): m["d"].strip() for m in forward.finditer(text)}
        got = {m["l"].strip(): r for m in _GLOSS.finditer(text)
               if (r := _run_before(text, m.start()))}
        assert got == want, text
