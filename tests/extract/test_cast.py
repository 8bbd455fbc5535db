"""cast: who plays whom, in the tricky forms the articles use."""

from tellytrack.extract import cast
from tellytrack.extract.document import parse
from tellytrack.model import Article, PubDate


def _facts(text: str) -> set[tuple[str, str, str]]:
    doc = parse(Article.create(text, published=PubDate.parse("2024-03-05")))
    return {(f.show, f.actor or "", f.character or "") for f in cast.extract(doc)}


SHOW = "The show Pyaar Ki Dor is a hit. "


def test_coordinated_aka_pairs_in_order() -> None:
    """"A and B aka C and D" pairs A with C and B with D."""
    facts = _facts(SHOW + "Riya Malhotra and Kabir Sethi aka Meera and Arjun were seen.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") in facts
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in facts


def test_character_with_actor_in_parentheses() -> None:
    """"Arjun's (Kabir Sethi) car": the person in parentheses plays the character."""
    facts = _facts(SHOW + "Meera borrows Arjun's (Kabir Sethi) car.")
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun") in facts


def test_who_plays_and_essays_the_role() -> None:
    """"X, who plays Y" and "X essays the role of Y" both link actor and character."""
    facts = _facts(SHOW + "Riya Malhotra, who plays Meera, is happy. "
                   "Kabir Sethi essays the role of Arjun Rathore.")
    assert ("Pyaar Ki Dor", "Riya Malhotra", "Meera") in facts
    assert ("Pyaar Ki Dor", "Kabir Sethi", "Arjun Rathore") in facts


def test_starrer_gives_no_cast_fact() -> None:
    """"A and B starrer X" names no character, so no cast fact."""
    assert _facts("Riya Malhotra and Kabir Sethi starrer Pyaar Ki Dor is a hit.") == set()


def test_role_in_another_show_goes_to_that_show() -> None:
    """"known for her role as Y in Z" is cast in Z, not in the article's topic."""
    facts = _facts(SHOW + "Tara Joshi, known for her role as Kavya in the show Kesar Ki Kahani, "
                   "joins Pyaar Ki Dor.")
    assert ("Kesar Ki Kahani", "Tara Joshi", "Kavya") in facts


def test_roles_maps_actor_to_character() -> None:
    """roles(doc) is the actor -> character table other extractors use."""
    doc = parse(Article.create(SHOW + "Riya Malhotra aka Meera smiles."))
    assert cast.roles(doc) == {"Riya Malhotra": "Meera"}
