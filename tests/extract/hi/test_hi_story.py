"""hi.event, hi.relation, hi.show_info: plot turns, family ties, channels in Hindi."""

from hi_support import hindi_doc

from tellytrack.extract.hi import event, relation, show_info

SHOW = "सीरियल 'प्यार की डोर' में ड्रामा जारी है। "


def _events(text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(f.kind or "", f.status or "", f.characters) for f in event.extract(hindi_doc(text))}


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject or "", f.relation or "", f.object or "")
            for f in relation.extract(hindi_doc(text))}


def test_event_status_from_tense_and_hedge() -> None:
    """Future "लेगा" is upcoming; "कहा जा रहा था कि ... लीप" speculated; past is aired."""
    assert _events(SHOW + "शो 20 साल का लीप लेगा।") == {("leap", "upcoming", ())}
    assert _events(SHOW + "कहा जा रहा था कि इसमें लीप आने वाला है।") == {
        ("leap", "speculated", ())}
    assert _events(SHOW + "मीरा की मौत ने सबको रुला दिया।") == {("death", "aired", ("मीरा",))}


def test_wedding_being_talked_about_is_upcoming_and_a_romance() -> None:
    """"A और B की शादी को लेकर हलचल": an upcoming wedding of a couple."""
    text = SHOW + "शो में मीरा और अर्जुन की शादी को लेकर हलचल मची है।"
    assert _events(text) == {("wedding", "upcoming", ("मीरा", "अर्जुन"))}
    assert _relations(text) == {("मीरा", "romance", "अर्जुन")}


def test_actor_death_is_not_a_story_event() -> None:
    """"एक्ट्रेस X का निधन" is real life, not the show's plot."""
    assert _events(SHOW + "एक्ट्रेस रिया मल्होत्रा का निधन हो गया।") == set()


def test_kinship_directions() -> None:
    """"A अपनी बेटी B": A is B's parent; "A की पूर्व पत्नी B": ex-spouses."""
    assert _relations(SHOW + "क्या मीरा अपनी बेटी सिया को हरा पाएगी?") == {
        ("मीरा", "parent", "सिया")}
    assert _relations(SHOW + "अर्जुन की पूर्व पत्नी तारा नाराज है।") == {
        ("अर्जुन", "ex_spouse", "तारा")}


def test_channel_phrases_and_plural_shows() -> None:
    """"सब टीवी के शो 'X'" gives a channel; "स्टार प्लस के शोज" names no show."""
    doc = hindi_doc("सब टीवी के शो 'साथ चलेंगे' ने वापसी की। टॉप 5 में स्टार प्लस के शोज हैं।")
    assert [(f.show, f.field, f.value) for f in show_info.extract(doc)] == [
        ("साथ चलेंगे", "channel", "सब टीवी")]


def test_photos_and_anniversaries_are_real_life() -> None:
    """A wedding in photos shared on social media, or its anniversary, is no plot turn."""
    assert _events(SHOW + "रिया मल्होत्रा ने इंस्टाग्राम पर अपनी शादी की तस्वीरें शेयर कीं।") == set()
    assert _events(SHOW + "रिया मल्होत्रा ने शादी की सालगिरह मनाई।") == set()
    assert _events(SHOW + "शो में मीरा और अर्जुन की शादी होगी।") == {
        ("wedding", "upcoming", ("मीरा", "अर्जुन"))}


def test_a_headlines_future_verb_before_the_event_word() -> None:
    """"मीरा और अर्जुन की होगी शादी", "में आएगा 20 साल का लीप": Hindi headlines put the
    future verb before the event word; the event is upcoming, the couple its characters."""
    facts = {f.kind: f for f in event.extract(hindi_doc(
        "'केसर की कहानी' में आएगा 20 साल का लीप, मीरा और अर्जुन की होगी शादी\n"
        "शो 'केसर की कहानी' के फैंस खुश हैं।"))}
    assert facts["leap"].status == "upcoming"
    assert facts["wedding"].status == "upcoming"
    assert facts["wedding"].characters == ("मीरा", "अर्जुन")


def test_an_actor_as_subject_is_her_own_life() -> None:
    """ "X ने हाल ही में सगाई कर ली है", X the actress of a role: no storyline engagement."""
    events = _events("शो 'चांदनी रात' में गौरी का रोल करने वाली नेहा जोशी ने हाल ही में सगाई कर ली "
                     "है।")
    assert not any(kind == "engagement" for kind, _, _ in events)
