"""hi.cast and hi.cast_change: roles, exits, entries and returns in Hindi."""

from hi_support import hindi_doc

from tellytrack.extract.hi import cast, cast_change

SHOW = "शो 'केसर की कहानी' जल्द आएगा। "


def _cast(text: str) -> set[tuple[str, str, str]]:
    return {(f.show, f.actor or "", f.character or "") for f in cast.extract(hindi_doc(text))}


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.actor or "", f.change or "", f.status)
            for f in cast_change.extract(hindi_doc(text))}


def test_actor_before_role_past_title_and_adverbs() -> None:
    """"पूर्व मंत्री रिया मल्होत्रा फिर से मीरा के किरदार में" : actor, not the title."""
    got = _cast(SHOW + "शो में पूर्व मंत्री रिया मल्होत्रा फिर से मीरा के किरदार में दिखेंगी।")
    assert got == {("केसर की कहानी", "रिया मल्होत्रा", "मीरा")}


def test_actor_after_job_title_and_return() -> None:
    """"अर्जुन के किरदार में लौट रहे एक्टर कबीर सेठी": cast and a confirmed return."""
    text = SHOW + "वहीं अर्जुन के किरदार में लौट रहे एक्टर कबीर सेठी भी खुश हैं।"
    assert _cast(text) == {("केसर की कहानी", "कबीर सेठी", "अर्जुन")}
    assert _changes(text) == {("कबीर सेठी", "return", "confirmed")}


def test_crossed_aka_lists_are_left_alone() -> None:
    """"A और B यानी C और D": the lists need not be in the same order, so no pairing."""
    assert _cast(SHOW + "मीरा और अर्जुन यानी रिया मल्होत्रा और कबीर सेठी शो में हैं।") == set()


def test_reported_exit_of_a_list() -> None:
    """"रिपोर्ट के मुताबिक, A, B और C ने शो छोड़ने का फैसला किया": three reported exits."""
    got = _changes(SHOW + "रिपोर्ट के मुताबिक, अब रिया मल्होत्रा, कबीर सेठी और तान्या वर्मा "
                   "ने शो छोड़ने का फैसला किया है।")
    assert got == {(a, "exit", "reported") for a in ("रिया मल्होत्रा", "कबीर सेठी", "तान्या वर्मा")}


def test_past_rumour_overturned_by_but() -> None:
    """"कहा जा रहा था कि A शो छोड़ देंगे। लेकिन शो छोड़कर B गए हैं": A denied, B confirmed."""
    got = _changes(SHOW + "कहा जा रहा था कि रिया मल्होत्रा शो छोड़ देंगी। "
                   "लेकिन शो छोड़कर कबीर सेठी गए हैं।")
    assert got == {("रिया मल्होत्रा", "exit", "denied"), ("कबीर सेठी", "exit", "confirmed")}


def test_possessor_is_not_the_one_entering() -> None:
    """"मीरा की असली मां ने एंट्री ली": not an entry of Meera."""
    assert _changes(SHOW + "मीरा की असली मां ने शो में एंट्री ली है।") == set()
