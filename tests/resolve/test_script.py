"""Devanagari and Latin spellings of one name (invented names)."""

from __future__ import annotations

import pytest

from tellytrack.evaluate import norm
from tellytrack.resolve.script import (
    is_devanagari,
    loose_shapes,
    normal_form,
    romanise,
    script_variant,
)


def test_romanise_reads_hindi_the_way_news_spells_it() -> None:
    """Long vowels short, the anusvara as n, the last inherent vowel dropped (inner
    ones stay: vowels carry no weight in the comparison)."""
    assert romanise("कमला रंगनाथन") == ("kamala ranganathan",)
    assert romanise("सागर") == ("sagar",)
    assert romanise("Meera Rao") == ("mera rao",)


def test_a_nukta_letter_is_read_both_ways() -> None:
    """"ड़" is "r" in some spellings and "d" in others: both readings are kept."""
    assert set(romanise("बड़ी")) == {"bari", "badi"}


@pytest.mark.parametrize(("hindi", "latin"), [
    ("सुनैना मल्होत्रा", "Sunaina Malhotra"),
    ("दिव्या भटनागर", "Divya Bhatnagar"),
    ("कबीर शेखावत", "Kabeer Shekhawat"),       # w/v, long vowel written "ee"
    ("रोहिणी फड़के", "Rohini Phadke"),
])
def test_a_person_meets_across_scripts(hindi: str, latin: str) -> None:
    """The same two-word name in Devanagari and in Latin letters is one name."""
    assert is_devanagari(hindi) and not is_devanagari(latin)
    assert script_variant(hindi, latin)


@pytest.mark.parametrize(("hindi", "latin"), [
    ("सुनैना मल्होत्रा", "Sunaina Mehra"),        # another surname
    ("मीरा", "Mira"),                             # too short to tell apart from others
    ("रंग महल 2", "Rang Mahal 3"),                # another season
])
def test_different_names_do_not_meet(hindi: str, latin: str) -> None:
    """Other consonants, too few of them, or other numbers keep names apart."""
    assert not script_variant(hindi, latin, spaceless=True)


def test_titles_compare_without_spaces() -> None:
    """"Kisiki" in Latin is "किसी की" in Hindi: show titles compare spaceless."""
    assert script_variant("दिल किसी की पुकार", "Dil Kisiki Pukaar", spaceless=True)
    assert not script_variant("दिल किसी की पुकार", "Dil Kisiki Pukaar")


def test_two_latin_names_are_left_to_the_strict_rules() -> None:
    """The loose shape never merges two Latin names on its own."""
    assert loose_shapes("Rohan Mehta") == loose_shapes("Rohaan Mehata")
    assert not script_variant("Rohan Mehta", "Rohaan Mehata")


def test_normal_form_is_specs_normal_form() -> None:
    """The ASCII fast path gives evaluate.norm's answer on names and sentences (punctuation,
    doubled letters, "chh", honorifics, digits, newlines), and non-ASCII text goes to norm."""
    texts = ["Meeraa  Rao-ji", "Mr. Arjun Chhabra", "Pyaar Ki Dorr!!", "Season 2: Kesar",
             "Raghav\n\nSood's return, Dr Tanvi's show", "it's a 20-year leap...", "", "  ",
             "Zoë Kapoor", "मीरा राव", "Kaamra Ki Dor (2021)", "aaa  bbb\tccc", "__init__ x_y"]
    assert [normal_form(t) for t in texts] == [norm(t) for t in texts]
