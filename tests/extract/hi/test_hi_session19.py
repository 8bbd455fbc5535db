"""Hindi forms read in the nineteenth session (invented articles, each failing on the
code before it)."""

from __future__ import annotations

from tellytrack.extract import extract_facts, parse
from tellytrack.extract.hi.text import show_mentions
from tellytrack.model import Article

HEAD = "'रंग महल' की ताजा खबर\n"


def _facts(text: str, kind: str) -> set[tuple[str | None, ...]]:
    out: set[tuple[str | None, ...]] = set()
    for f in extract_facts(Article.create(HEAD + text, lang="hi")):
        if f.type == kind == "cast":
            out.add((f.actor, f.character))
        elif f.type == kind == "cast_change":
            out.add((f.actor, f.change))
    return out


def test_the_chart_verb_put_before_the_title_is_no_part_of_it() -> None:
    """"दूसरे नंबर पर रहा X": the verb comes first, the title is X."""
    text = "टीआरपी रिपोर्ट: इस हफ्ते दूसरे नंबर पर रहा नीला आसमान, तीसरे पर रंग महल।"
    ranks = {(f.show, f.rank) for f in extract_facts(Article.create(text, lang="hi"))}
    assert ("नीला आसमान", 2) in ranks


def test_an_adverb_of_time_between_the_actor_and_the_cue_is_skipped() -> None:
    """"A एक बार फिर शो में वापसी करने जा रहे हैं": A comes back."""
    assert ("रोहन वर्मा", "return") in _facts(
        "रोहन वर्मा एक बार फिर शो 'रंग महल' में वापसी करने जा रहे हैं।", "cast_change")


def test_the_subject_of_a_replacement_said_after_the_show_comes_in() -> None:
    """"B शो X में A को रिप्लेस करेंगी": A leaves and B comes in."""
    changes = _facts("प्रिया राव शो 'रंग महल' में मीरा सेन को रिप्लेस करेंगी।", "cast_change")
    assert {("मीरा सेन", "exit"), ("प्रिया राव", "entry")} <= changes


def test_a_list_of_alias_pairs_pairs_each_alias() -> None:
    """"C यानी A और D यानी B की जोड़ी": C is A's role, D is B's."""
    assert _facts("शो में कबीर यानी रोहन वर्मा और तारा यानी मीरा सेन की जोड़ी फैंस को पसंद आ रही "
                  "है।", "cast") == {("रोहन वर्मा", "कबीर"), ("मीरा सेन", "तारा")}


def test_a_quoted_title_between_the_actor_and_the_role_is_skipped() -> None:
    """"एक्ट्रेस A 'X' में C बनकर ...": A plays C."""
    assert ("मीरा सेन", "तारा") in _facts(
        "एक्ट्रेस मीरा सेन 'रंग महल' में तारा बनकर घर-घर में मशहूर हो गईं।", "cast")


def test_the_person_a_past_participle_describes_plays_the_role() -> None:
    """"C बनकर मशहूर हुईं A ने ...": A plays C."""
    assert ("मीरा सेन", "तारा") in _facts(
        "तारा बनकर घर-घर में मशहूर हुईं मीरा सेन ने शो छोड़ दिया।", "cast")


def _shows(text: str) -> set[str | None]:
    return {f.show for f in extract_facts(Article.create(text, lang="hi"))}


def test_a_title_ends_before_what_only_a_show_has() -> None:
    """"शो X के ट्रैक/सेट/एपिसोड में ...": X is the title, the track or set is its."""
    assert _shows("टीवी के पॉपुलर शो चांदनी रात के ट्रैक में लीप आने वाला है। मेकर्स ने 20 साल का "
                  "लीप लाने का फैसला किया है।") == {"चांदनी रात"}


def test_a_title_read_past_its_marker_is_cut_where_it_spells_the_latin_title() -> None:
    """"Chandni Raat: ..." then "शो चांदनी रात में बड़ा बदलाव होने वाला है": the title is the
    words before "में" that spell the Latin one, not the clause."""
    text = ("Chandni Raat: रोहन वर्मा ने छोड़ा शो, अब अमित दास निभाएंगे कबीर का किरदार। स्टार "
            "प्लस के पॉपुलर शो चांदनी रात में बड़ा बदलाव होने वाला है।")
    assert _shows(text) == {"चांदनी रात"}


def test_a_headline_news_word_after_the_title_is_cut() -> None:
    """"X स्पॉइलर: ...": the title is X."""
    assert _shows("चांदनी रात स्पॉइलर: कबीर और तारा की होगी शादी। शो में आज दिखाया जाएगा कि कबीर "
                  "और तारा शादी करेंगे।") == {"चांदनी रात"}


def test_a_title_the_url_slug_opens_with_is_the_show() -> None:
    """No cue in the text names the show, but the slug leads with its words."""
    text = ("रोहन वर्मा ने छोड़ा चांदनी रात? एक्टर ने बताया सच। रोहन वर्मा ने शो छोड़ने की खबरों को "
            "गलत बताया है।")
    url = "https://example.com/tv/chandni-raat-rohan-verma-quit-rumours-123.html"
    assert {f.show for f in extract_facts(Article.create(text, url=url, lang="hi"))} == \
        {"चांदनी रात"}


def test_a_case_marker_after_the_show_word_opens_no_title() -> None:
    """"A का शो में सफर खत्म हो गया है": no title "में सफर ..." is masked, A leaves."""
    assert ("रिया मल्होत्रा", "exit") in _facts(
        "रिया मल्होत्रा का शो में सफर खत्म हो गया है।", "cast_change")


def test_reports_called_false_deny_the_change() -> None:
    """"A ने शो छोड़ने की खबरों को झूठा/बेबुनियाद बताया": denied."""
    for said in ("झूठा", "बेबुनियाद"):
        facts = extract_facts(Article.create(
            HEAD + f"रिया मल्होत्रा ने शो छोड़ने की खबरों को {said} बताया है।", lang="hi"))
        assert {(f.actor, f.status) for f in facts if f.type == "cast_change"} == {
            ("रिया मल्होत्रा", "denied")}


def test_a_latin_title_named_once_before_mein_is_the_show_when_the_slug_spells_it() -> None:
    """"Rang Mahal में आएगा लीप" once, the URL spelling "rang-mahal": the title is both
    words, not the last one alone."""
    text = "Rang Mahal में आएगा 20 साल का लीप, बदल जाएगी पूरी कहानी। मेकर्स ने फैसला किया है।"
    url = "https://example.com/tv/rang-mahal-leap-123.html"
    assert {f.show for f in extract_facts(Article.create(text, url=url, lang="hi"))} == \
        {"Rang Mahal"}


def test_a_person_the_slug_opens_with_is_no_show() -> None:
    """The slug "kabir-sethi-quits" opens with a person the article calls an actor."""
    text = "कबीर सेठी ने छोड़ा Rang Mahal, बताई वजह। एक्टर कबीर सेठी ने शो को अलविदा कह दिया है।"
    doc = parse(Article.create(text, url="https://example.com/tv/kabir-sethi-quits-123.html",
                               lang="hi"))
    assert "कबीर सेठी" not in {m.name for m in show_mentions(doc)}


def test_a_chart_told_with_verbs_and_a_show_before_its_place() -> None:
    """"A ने मारी बाजी, दूसरे नंबर पर खिसका B" (the place's show in its own clause, the verb
    before it), "इस हफ्ते A पहले नंबर पर है" (the show before its place)."""
    text = ("TRP Report: अनोखा रिश्ता ने मारी बाजी, दूसरे नंबर पर खिसका नीला आसमान। बार्क की इस "
            "हफ्ते की टीआरपी लिस्ट आ गई है। इस हफ्ते अनोखा रिश्ता पहले नंबर पर है। वहीं नीला "
            "आसमान दूसरे नंबर पर खिसक गया है। तीसरे नंबर पर सपनों का घर है।")
    ranks = {(f.show, f.rank) for f in extract_facts(Article.create(text, lang="hi"))}
    assert ranks == {("अनोखा रिश्ता", 1), ("नीला आसमान", 2), ("सपनों का घर", 3)}


def test_two_lists_run_together_split_at_the_full_names() -> None:
    """"शो में A B और C D Y और Z का किरदार निभा रहे हैं": the middle run "C D Y" holds the
    second full name and the first role."""
    assert _facts("शो में रिया मल्होत्रा और कबीर सेठी मीरा और अर्जुन का किरदार निभा रहे हैं।",
                  "cast") == {("रिया मल्होत्रा", "मीरा"), ("कबीर सेठी", "अर्जुन")}


def test_a_slug_title_where_a_twist_or_a_leap_comes_is_a_show() -> None:
    """"X में आएगा बड़ा ट्विस्ट" with the slug spelling X: a story turns in X, a show."""
    text = ("कबीर और तारा की होगी शादी, चांदनी में आएगा ट्विस्ट। आने वाले एपिसोड में दिखाया जाएगा "
            "कि कबीर और तारा की शादी होगी।")
    url = "https://example.com/tv/kabir-tara-wedding-chandni-123.html"
    assert {f.show for f in extract_facts(Article.create(text, url=url, lang="hi"))} == {"चांदनी"}


def test_a_headline_opening_on_where_a_twist_comes_names_the_show() -> None:
    """No other cue: "X में आएगा बड़ा ट्विस्ट" opens the article, X is the show; "A की जिंदगी
    में ट्विस्ट" (a person's life) names none."""
    tail = "। आने वाले एपिसोड में दिखाया जाएगा कि कबीर और तारा की शादी होगी।"
    assert _shows("चांदनी में आएगा बड़ा ट्विस्ट" + tail) == {"चांदनी"}
    assert _shows("कबीर की जिंदगी में आएगा ट्विस्ट" + tail) == set()


def test_the_truth_brought_before_everyone_is_an_exposure() -> None:
    """"A जल्द ही B की सच्चाई सबके सामने लाएगी": an exposure to come."""
    events = [f for f in extract_facts(Article.create(
        HEAD + "शो में मीरा जल्द ही सुधा की सच्चाई सबके सामने लाएगी।", lang="hi")) if f.type == "event"]
    assert [(f.kind, f.status) for f in events] == [("exposure", "upcoming")]


def test_a_character_coming_back_is_no_actor_s_return() -> None:
    """"अर्जुन की पूर्व पत्नी तारा वापस आएगी": Tara, a role, comes back in the story."""
    assert not _facts("शो में अर्जुन की पूर्व पत्नी तारा वापस आएगी।", "cast_change")
