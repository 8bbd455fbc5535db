"""hi.rating: chart positions and TRP values in Hindi TRP reports."""

from hi_support import hindi_doc

from tellytrack.extract.hi import rating


def _ratings(text: str, published: str = "2024-03-05") -> dict[str, tuple[object, ...]]:
    return {f.show: (f.rank, f.rating, f.week)
            for f in rating.extract(hindi_doc(text, published))}


def test_ordinal_positions_and_value() -> None:
    """"दूसरे नंबर पर" is rank 2; "2.1 रेटिंग" the value; "नंबर वन" rank 1."""
    got = _ratings(
        "इस हफ्ते की टीआरपी लिस्ट आ गई है। 'प्यार की डोर' नंबर वन पर है। "
        "दूसरे नंबर पर 'साथ चलेंगे' ने 2.1 रेटिंग के साथ जगह बनाई है।")
    assert got == {"प्यार की डोर": (1, None, None), "साथ चलेंगे": (2, 2.1, None)}


def test_impressions_and_last_week_are_not_this_weeks_chart() -> None:
    """Millions of impressions are no TRP; "पिछले हफ्ते चौथे नंबर पर" is history."""
    got = _ratings(
        "टीआरपी रिपोर्ट: 'केसर की कहानी' ने 2.3 मिलियन इंप्रेशंस के साथ तीसरे स्थान पर "
        "कब्जा किया। पिछले हफ्ते चौथे नंबर पर रहा 'साथ चलेंगे' अब खिसक गया है।")
    assert got == {"केसर की कहानी": (3, None, None)}


def test_this_show_refers_back_and_negation() -> None:
    """"ये शो" takes the show named before; "नंबर वन पर जगह नहीं मिली" is no rank."""
    got = _ratings(
        "BARC की लिस्ट में 'प्यार की डोर' को नंबर वन पर जगह नहीं मिली। "
        "'साथ चलेंगे' की टीआरपी में उछाल आया है। ये शो इस हफ्ते दूसरे नंबर पर आ गया है।")
    assert got == {"साथ चलेंगे": (2, None, None)}


def test_week_number_with_publication_year() -> None:
    """"12वें हफ्ते" in an article of April 2024 is 2024-W12."""
    got = _ratings("बार्क ने 12वें हफ्ते की टीआरपी जारी की। 'साथ चलेंगे' टॉप पर है।", "2024-04-01")
    assert got == {"साथ चलेंगे": (1, None, "2024-W12")}


def test_no_chart_no_rating() -> None:
    """Without any chart word, "पहले स्थान पर" is not about ratings."""
    assert _ratings("'साथ चलेंगे' में मीरा पहले स्थान पर आई।") == {}


def test_numbered_chart_lines_name_the_shows() -> None:
    """"नंबर 1- X (चैनल)": a chart's numbered lines are titles, the channel left out."""
    got = _ratings(
        "टीआरपी रिपोर्ट: इस हफ्ते की लिस्ट आ गई है।\n"
        "नंबर 1- केसर की कहानी (स्टार प्लस)\n"
        "नंबर 2- नीली झील (कलर्स)\n")
    assert got == {"केसर की कहानी": (1, None, None), "नीली झील": (2, None, None)}
