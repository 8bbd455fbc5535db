"""Tenures: replacements, exits, at-least starts and what each date answers."""

from __future__ import annotations

from datetime import date

from query.build import KB, cast, change
from tellytrack.query import TimeFilter
from tellytrack.query import cast as cast_of

SHOW = "Kesar Ki Kahani"


def roster(kb: KB, as_of: str | None = None, known_by: str | None = None,
           show: str = SHOW) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(current, former) as {(character, actor)} on ``as_of``."""
    when = TimeFilter(date.fromisoformat(as_of) if as_of else None,
                      date.fromisoformat(known_by) if known_by else None)
    report = cast_of(kb.store, show, when)
    assert report is not None
    return ({(str(t.character), t.actor) for t in report.current},
            {(str(t.character), t.actor) for t in report.former})


def replacement(kb: KB) -> None:
    kb.add("2023-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"))
    kb.add("2023-03-10", "b.example",
           change(SHOW, "Riya Malhotra", "exit", "confirmed", "Meera"),
           change(SHOW, "Nisha Rao", "entry", "confirmed", "Meera"))


def test_replacement_ends_old_run_the_day_the_new_starts(kb: KB) -> None:
    """On the replacement day the new actor plays the role; the day before, the old one."""
    replacement(kb)
    assert roster(kb, "2023-03-09") == ({("Meera", "Riya Malhotra")}, set())
    assert roster(kb, "2023-03-10") == ({("Meera", "Nisha Rao")}, {("Meera", "Riya Malhotra")})
    report = cast_of(kb.store, SHOW)
    assert report is not None
    old = report.former[0]
    assert (old.end, old.end_reason, old.end_by) == ("2023-03-10", "replaced", "Nisha Rao")
    assert report.current[0].start_bound == "exact"


def test_run_is_unknown_before_its_first_evidence(kb: KB) -> None:
    """Riya, first seen in January 2023, is neither current nor former before then."""
    replacement(kb)
    assert roster(kb, "2022-06-01") == (set(), set())
    assert roster(kb, "2023-01-05") == ({("Meera", "Riya Malhotra")}, set())


def test_run_before_its_exact_start_is_not_listed(kb: KB) -> None:
    """Nisha's run starts exactly on 2023-03-10, so it is unknown before then."""
    replacement(kb)
    current, former = roster(kb, "2023-01-20")
    assert ("Meera", "Nisha Rao") not in current | former


def test_later_actor_is_not_current_before_first_seen(kb: KB) -> None:
    """A later actor seen first on 2023-08-01 does not reach back to the previous run's end."""
    replacement(kb)
    kb.add("2023-08-01", "c.example", cast(SHOW, "Kabir Sethi", "Meera"))
    current, _ = roster(kb, "2023-05-01")
    assert current == {("Meera", "Nisha Rao")}
    assert ("Meera", "Kabir Sethi") not in roster(kb, "2023-07-31")[0]
    report = cast_of(kb.store, SHOW)
    assert report is not None
    kabir = next(t for t in report.current if t.actor == "Kabir Sethi")
    assert (kabir.start_bound, kabir.start, kabir.reaches_back) == ("at_least", "2023-08-01", None)


def test_stated_duration_bounds_the_start(kb: KB) -> None:
    """"quit after three years" means the run did not reach back before then."""
    kb.add("2023-06-15", "a.example",
           change(SHOW, "Kabir Sethi", "exit", "confirmed", "Arjun"),
           text="Kabir Sethi, who plays Arjun, quit Kesar Ki Kahani after three years.")
    assert roster(kb, "2020-06-01") == (set(), set())
    assert roster(kb, "2020-07-01") == ({("Arjun", "Kabir Sethi")}, set())


def test_exit_touches_only_that_actor_in_that_show(kb: KB) -> None:
    """One article's exit never ends unrelated runs: other actors, other shows."""
    kb.add("2023-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"),
           cast(SHOW, "Kabir Sethi", "Arjun"), cast("Pyaar Ki Dor", "Riya Malhotra", "Naina"))
    kb.add("2023-02-01", "b.example", change(SHOW, "Riya Malhotra", "exit", "confirmed"))
    assert roster(kb) == ({("Arjun", "Kabir Sethi")}, {("Meera", "Riya Malhotra")})
    assert roster(kb, show="Pyaar Ki Dor")[0] == {("Naina", "Riya Malhotra")}


def test_rumours_never_end_a_run(kb: KB) -> None:
    """A reported or denied exit leaves the actor in the role."""
    kb.add("2023-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"))
    kb.add("2023-02-01", "b.example", change(SHOW, "Riya Malhotra", "exit", "reported"))
    assert roster(kb) == ({("Meera", "Riya Malhotra")}, set())


def test_look_back_after_exit_does_not_reopen(kb: KB) -> None:
    """"Riya, who played Meera" after her exit adds a source, not a new run."""
    replacement(kb)
    kb.add("2023-05-01", "c.example", cast(SHOW, "Riya Malhotra", "Meera"))
    assert roster(kb) == ({("Meera", "Nisha Rao")}, {("Meera", "Riya Malhotra")})


def test_new_actor_seen_later_succeeds_the_old_one(kb: KB) -> None:
    """Without any exit news, a later actor in the role ends the earlier run ("succeeded")."""
    kb.add("2023-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"))
    kb.add("2023-04-05", "b.example", cast(SHOW, "Nisha Rao", "Meera"))
    report = cast_of(kb.store, SHOW)
    assert report is not None
    assert [(t.actor, t.end_reason) for t in report.former] == [("Riya Malhotra", "succeeded")]


def test_return_opens_a_new_run(kb: KB) -> None:
    """An actor who leaves and returns has two runs; the stand-in's run ends on the return."""
    replacement(kb)
    kb.add("2023-09-01", "c.example", change(SHOW, "Riya Malhotra", "return", "confirmed",
                                             "Meera"))
    report = cast_of(kb.store, SHOW)
    assert report is not None
    assert [t.actor for t in report.current] == ["Riya Malhotra"]
    assert sorted((t.actor, t.end) for t in report.former) == [
        ("Nisha Rao", "2023-09-01"), ("Riya Malhotra", "2023-03-10")]


def test_known_by_month_precision(kb: KB) -> None:
    """An article dated "2023-03" is known at the end of March, not on the 1st."""
    kb.add("2023-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"))
    kb.add("2023-03", "b.example", change(SHOW, "Nisha Rao", "entry", "confirmed", "Meera"))
    assert roster(kb, known_by="2023-03-01")[0] == {("Meera", "Riya Malhotra")}
    assert roster(kb, known_by="2023-03-31")[0] == {("Meera", "Nisha Rao")}


def test_spelling_variants_make_one_tenure(kb: KB) -> None:
    """Meera/Meeraa and a partial "Riya" are one run, not three."""
    kb.add("2023-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"))
    kb.add("2023-02-05", "b.example", cast("Kesar Ki Kahaani", "Riya", "Meeraa"))
    report = cast_of(kb.store, "kesar ki kahaani")
    assert report is not None
    assert [(t.character, t.actor, t.last_seen) for t in report.current] == [
        ("Meera", "Riya Malhotra", "2023-02-05")]


def test_exit_sentence_must_name_the_actor(kb: KB) -> None:
    """"The news of her exit" about someone else never ends Riya's run; it stays a claim."""
    kb.add("2023-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"))
    kb.add("2023-02-01", "b.example", change(SHOW, "Riya Malhotra", "exit", "confirmed"),
           text="The news of her exit from Kesar Ki Kahani shocked fans.")
    assert roster(kb) == ({("Meera", "Riya Malhotra")}, set())


def test_exit_and_entry_of_one_actor_in_one_article(kb: KB) -> None:
    """A replacement story that also reads as the newcomer's exit keeps the newcomer on."""
    replacement(kb)
    kb.add("2023-03-12", "c.example", change(SHOW, "Nisha Rao", "entry", "confirmed", "Meera"),
           change(SHOW, "Nisha Rao", "exit", "confirmed", "Meera"))
    assert roster(kb)[0] == {("Meera", "Nisha Rao")}


def test_replacement_story_recalling_how_the_old_actor_came_in(kb: KB) -> None:
    """One article: "Riya, who came in as Meera, quits; Nisha is the new Meera" (both
    entries confirmed): Riya's entry is her past, so Nisha replaces her, whichever name
    sorts first."""
    for old, new in (("Riya Malhotra", "Nisha Rao"), ("Zoya Khan", "Aditi Sen")):
        show = f"{SHOW} {old[0]}"
        kb.add("2023-01-05", "a.example", cast(show, old, "Meera"))
        kb.add("2023-03-10", "b.example", change(show, old, "entry", "confirmed", "Meera"),
               change(show, old, "exit", "confirmed", "Meera"),
               change(show, new, "entry", "confirmed", "Meera"))
        assert roster(kb, show=show) == ({("Meera", new)}, {("Meera", old)}), (old, new)
        report = cast_of(kb.store, show)
        assert report is not None and len(report.former) == 1
        assert (report.former[0].end_reason, report.former[0].end_by) == ("replaced", new)


def test_undated_evidence_is_not_placed_in_time(kb: KB) -> None:
    """A role known only from undated articles is listed now, but on no as-of date."""
    kb.add("2023-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"))
    kb.add(None, "b.example", cast(SHOW, "Kabir Sethi", "Arjun"))
    assert ("Arjun", "Kabir Sethi") in roster(kb)[0]
    assert roster(kb, "2023-02-01") == ({("Meera", "Riya Malhotra")}, set())
