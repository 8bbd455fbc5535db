"""Answers about cast: who plays whom, who left or joined, who replaced whom.

Built on ``query.cast`` (tenures), ``query.people`` (an actor's roles) and
``query.rumours`` (cast-change claims with their history). Two questions the
query layer has no single function for are composed here: the successor of
an actor in a role (the next tenure of the same character) and "who is X"
(a person, a character or a show).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

from tellytrack.qa.context import Ask, Finding
from tellytrack.qa.wording import (
    CHANGE_WORDS,
    claim_sentence,
    ended_by,
    history_words,
    tenure_sentence,
)
from tellytrack.query.cast import Tenure, cast
from tellytrack.query.people import PersonReport, person
from tellytrack.query.rumours import Claim, rumours

Result = tuple[str, list[Finding]] | None


def _role_tenures(ask: Ask, sid: str, cid: str) -> tuple[list[Tenure], list[Tenure]]:
    """(current, former) tenures of one character as of the question's time."""
    report = cast(ask.store, sid, ask.filter())
    if report is None:
        return [], []
    return ([t for t in report.current if t.character_id == cid],
            [t for t in report.former if t.character_id == cid])


def _pick(ask: Ask, current: list[Tenure], former: list[Tenure]) -> list[Tenure]:
    """The tenures the question's time asks about."""
    start, _ = ask.window()
    if start is not None:
        return [t for t in former if not ended_by(t, start)] + current
    if ask.question.past and not ask.dated:
        return [*former, *current]
    return current


def _in_show(show: str | None) -> str:
    return f" in {show}" if show else ""


def who_plays(ask: Ask) -> Result:
    """Who plays (or played, at a time) a character."""
    q = ask.question
    if not q.character:
        return None
    pairs = ask.names.characters(q.character, q.show)
    if not pairs:
        ask.fail(f"a character {q.character}{_in_show(q.show)}.", _show_cast(ask, q.show))
        return None
    titled = ask.names.show(q.character) if not q.show else None
    if titled and any(sid == titled for sid, _ in pairs):  # "Who plays Kesar?": the
        pairs = [(sid, cid) for sid, cid in pairs if sid == titled]  # title role
    pairs = [(sid, cid) for sid, cid in pairs if _anchor(ask, sid)]
    if not pairs:
        return None
    if q.order and q.other:
        return _neighbour(ask, pairs)
    findings: list[Finding] = []
    everyone: list[Finding] = []
    for sid, cid in pairs:
        _anchor(ask, sid)
        current, former = _role_tenures(ask, sid, cid)
        findings += [_finding(t, t in current and not ask.dated)
                     for t in _pick(ask, current, former)]
        everyone += [_finding(t, t in current) for t in [*former, *current]]
    if not findings and not ask.dated and everyone:
        return _nobody_now(ask, everyone)
    if not findings:
        verb = "played" if q.past or ask.dated else "plays"
        time = "" if q.past and not ask.dated else " " + ask.time_words()  # no "played … now"
        ask.fail(f"who {verb} {q.character}{_in_show(q.show)}{time}.",
                 everyone or _all_role_tenures(ask, pairs))
        return None
    lead = f"{ask.time_words().capitalize()}: " if ask.dated else ""
    return lead + " ".join(dict.fromkeys(f.statement for f in findings)), findings


def _nobody_now(ask: Ask, everyone: list[Finding]) -> Result:
    """A role whose every known actor has left: say so and name who played it.

    A fan asking "who plays X" about a role whose actor quit wants that actor
    (and to learn they left), not a bare "I don't know".
    """
    q = ask.question
    lead = (f"No one is known to play {q.character}{_in_show(q.show)} "
            f"{ask.time_words()}; the KB knows: ")
    return lead + " ".join(dict.fromkeys(f.statement for f in everyone)), everyone


def _neighbour(ask: Ask, pairs: list[tuple[str, str]]) -> Result:
    """Who played a role just before (or after) a named actor."""
    q = ask.question
    pid = ask.names.person(q.other)
    findings: list[Finding] = []
    for sid, cid in pairs:
        current, former = _role_tenures(ask, sid, cid)
        ordered = sorted([*former, *current], key=lambda t: t.start or "")
        mine = [i for i, t in enumerate(ordered) if t.actor_id == pid]
        if not mine:
            continue
        step = -1 if q.order == "before" else 1
        i = (mine[0] if step < 0 else mine[-1]) + step
        if 0 <= i < len(ordered):
            findings.append(_finding(ordered[i], ordered[i] in current))
    if not findings:
        ask.fail(f"who played {q.character} {q.order} {q.other}{_in_show(q.show)}.",
                 _all_role_tenures(ask, pairs))
        return None
    return " ".join(f.statement for f in findings), findings


def _all_role_tenures(ask: Ask, pairs: list[tuple[str, str]]) -> list[Finding]:
    """Every tenure of the characters, known by the reference date (for "closest")."""
    out = []
    for sid, cid in pairs:
        report = cast(ask.store, sid, ask.news_filter())
        if report is not None:
            out += [_finding(t, t in report.current) for t in [*report.former, *report.current]
                    if t.character_id == cid]
    return out


def _finding(t: Tenure, current: bool) -> Finding:
    return Finding(tenure_sentence(t, current), t.sources)


def _show_cast(ask: Ask, show: str | None) -> list[Finding]:
    """The current cast of a show, as the closest thing known to an unknown role."""
    sid = ask.names.show(show)
    report = cast(ask.store, sid, ask.filter()) if sid else None
    return [_finding(t, True) for t in report.current][:8] if report else []


def _anchor(ask: Ask, sid: str) -> bool:
    """Resolve "before the leap" on the show's timeline; fail when the KB has no such event."""
    w = ask.question.when
    if w is None or w.event is None:
        return True
    from tellytrack.query.timeline import timeline
    events = [e for e in timeline(ask.store, sid, ask.news_filter())
              if e.kind == w.event and e.date]
    if not events:
        if ask.failure is None:
            ask.fail(f"when the {w.event} happened in {ask.names.name(sid)}.")
        return False
    ask.anchored = w.anchored(date.fromisoformat(_day(events[0].date or "")))
    return True


def _day(iso: str) -> str:
    """The first day of an ISO date of any precision."""
    return (iso + "-01-01")[:10] if len(iso) < 10 else iso


def _person(ask: Ask, name: str | None) -> PersonReport | None:
    pid = ask.names.person(name)
    return person(ask.store, pid, ask.filter()) if pid else None


def plays_which(ask: Ask) -> Result:
    """Which character an actor plays (or played)."""
    q = ask.question
    report = _person(ask, q.actor)
    if report is None and q.actor and ask.names.characters(q.actor, q.show):
        ask.question = replace(q, character=q.actor, actor=None)  # "Meera role": a character
        return who_plays(ask)
    if report is None:
        ask.fail(f"an actor called {q.actor}.")
        return None
    sid = ask.names.show(q.show) if q.show else None
    as_of = ask.filter().as_of
    roles = [t for t in report.roles if sid is None or t.show_id == sid]
    current = [t for t in roles if not ended_by(t, as_of)]
    chosen = roles if (q.past or not current) else current
    findings = [_finding(t, t in current) for t in chosen]
    if not findings:
        ask.fail(f"which character {report.name} plays{_in_show(q.show)}.",
                 [_finding(t, t in current) for t in report.roles])
        return None
    return " ".join(f.statement for f in findings), findings


def _claims_of(ask: Ask, pid: str, sid: str | None) -> list[Claim]:
    return [c for c in rumours(ask.store, sid, ask.filter()) if c.actor_id == pid]


def cast_change(ask: Ask) -> Result:
    """Is / did ACTOR quit / join / return to SHOW, with the rumour's history."""
    q = ask.question
    pid = ask.names.person(q.actor)
    sid = ask.names.show(q.show)
    if pid is None or (q.show and sid is None):
        missing = f"an actor called {q.actor}" if pid is None else f"a show called {q.show}"
        ask.fail(f"{missing}.")
        return None
    claims = _claims_of(ask, pid, sid)
    asked = [c for c in claims if c.change == (q.change or c.change)]
    if not asked and q.stay:
        return _still_there(ask, pid, sid)
    if not asked:
        verb = CHANGE_WORDS.get(q.change or "exit", ("leave", ""))[0]
        ask.fail(f"of any report that {ask.names.name(pid)} will {verb}"
                 f"{' ' + ask.names.name(sid) if sid else ' a show'}.",
                 [_claim_finding(ask, c) for c in claims] + _roles(ask, pid, sid))
        return None
    findings = [_claim_finding(ask, c) for c in asked]
    return " ".join((_when(c) if q.asks_when else _verdict(c, q.stay)) + " " + f.statement
                    for c, f in zip(asked, findings, strict=True)), findings


def _when(c: Claim) -> str:
    """The date "when did A leave S" asks for: the first dated report of the claim's
    state as it stands (else the first dated report at all)."""
    dated = [s for s in c.history if s.date]
    if not dated:
        return "The sources give no date."
    step = next((s for s in dated if s.status == c.state), dated[0])
    outlet = f" ({step.outlet})" if step.outlet else ""
    return f"{step.status.capitalize()} on {step.date}{outlet}."


def _verdict(c: Claim, stay: bool = False) -> str:
    """Yes/No for "did A leave"; turned round for "is A still in S"."""
    if stay:
        return {"confirmed": "No, the exit was confirmed.",
                "denied": "Yes, the exit reports were denied.",
                "reported": "Not confirmed: an exit was reported."}.get(c.state, "")
    return {"confirmed": "Yes.", "denied": "No, it was denied.",
            "reported": "Not confirmed."}.get(c.state, "")


def _still_there(ask: Ask, pid: str, sid: str | None) -> Result:
    """"Is A still in S" with no exit reported: the roles the KB holds as current."""
    report = person(ask.store, pid, ask.filter())
    as_of = ask.filter().as_of
    current = [_finding(t, True) for t in (report.roles if report else [])
               if (sid is None or t.show_id == sid) and not ended_by(t, as_of)]
    if not current:
        return None
    return "As far as the KB knows, yes (no exit reported). " + " ".join(
        f.statement for f in current), current


def _claim_finding(ask: Ask, c: Claim) -> Finding:
    history = history_words(c, ask.filter().as_of)
    text = f"{claim_sentence(c)} History: {history}." if history else claim_sentence(c)
    return Finding(text, [s.source for s in c.history])


def _roles(ask: Ask, pid: str, sid: str | None) -> list[Finding]:
    report = person(ask.store, pid, ask.filter())
    as_of = ask.filter().as_of
    roles = [t for t in (report.roles if report else []) if sid is None or t.show_id == sid]
    return [_finding(t, not ended_by(t, as_of)) for t in roles]


def replacement(ask: Ask) -> Result:
    """Who replaced an actor (or took over a character)."""
    q = ask.question
    name = q.actor or q.name
    report = _person(ask, name)
    if report is None and (q.character or name):
        return _successions(ask, q.character or name or "", q.show)
    if report is None:
        return None
    sid = ask.names.show(q.show) if q.show else None
    findings: list[Finding] = []
    for t in report.roles:
        if (sid is None or t.show_id == sid) and t.character_id:
            findings += _successors(ask, t)
    if not findings:
        ask.fail(f"of anyone replacing {report.name}{_in_show(q.show)}.", _roles(ask, report.id,
                                                                                  sid))
        return None
    return " ".join(f.statement for f in findings), findings


def _successors(ask: Ask, t: Tenure) -> list[Finding]:
    """The next actor in ``t``'s role, and reported (unconfirmed) replacements."""
    current, former = _role_tenures(ask, t.show_id, t.character_id or "")
    later = sorted((o for o in [*former, *current] if o.actor_id != t.actor_id
                    and t.end is not None and (o.start or "") >= t.end[:len(o.start or "")]),
                   key=lambda o: o.start or "")
    out = [Finding(f"{later[0].actor} replaced {t.actor} as {t.character} in {t.show}. "
                   + tenure_sentence(later[0], later[0] in current),
                   [*t.sources[-1:], *later[0].sources])] if later else []
    for c in rumours(ask.store, t.show_id, ask.filter()):
        if c.change == "entry" and c.character == t.character and c.state != "confirmed":
            out.append(_claim_finding(ask, c))
    return out


def _successions(ask: Ask, character: str, show: str | None) -> Result:
    """Who took over a character: each actor after the first, in order."""
    pairs = ask.names.characters(character, show)
    findings: list[Finding] = []
    for sid, cid in pairs:
        current, former = _role_tenures(ask, sid, cid)
        ordered = sorted([*former, *current], key=lambda t: t.start or "")
        for old, new in pairwise(ordered):
            findings.append(Finding(f"{new.actor} replaced {old.actor} as {new.character} in "
                                    f"{new.show} ({new.start_bound.replace('_', ' ')} "
                                    f"{new.start}).", [*old.sources[-1:], *new.sources]))
    if not findings:
        ask.fail(f"of anyone replacing {character}{_in_show(show)}.")
        return None
    return " ".join(f.statement for f in findings), findings


def predecessor(ask: Ask) -> Result:
    """Whom an actor replaced: the actor of the same role just before each of theirs."""
    q = ask.question
    report = _person(ask, q.actor)
    if report is None:
        ask.fail(f"an actor called {q.actor}.")
        return None
    sid = ask.names.show(q.show) if q.show else None
    findings: list[Finding] = []
    for t in report.roles:
        if (sid is None or t.show_id == sid) and t.character_id and (
                q.character is None or (t.character or "").lower() == q.character.lower()):
            findings += _predecessors(ask, t)
    if not findings:
        ask.fail(f"of anyone {report.name} replaced{_in_show(q.show)}.",
                 _roles(ask, report.id, sid))
        return None
    return " ".join(f.statement for f in findings), findings


def _predecessors(ask: Ask, t: Tenure) -> list[Finding]:
    """The actor in ``t``'s role whose run ended last before ``t`` began."""
    _, former = _role_tenures(ask, t.show_id, t.character_id or "")
    earlier = sorted((o for o in former if o.actor_id != t.actor_id and o.end is not None
                      and (t.start is None or o.end[:len(t.start)] <= t.start)),
                     key=lambda o: o.end or "")
    if not earlier:
        return []
    old = earlier[-1]
    return [Finding(f"{t.actor} replaced {old.actor} as {t.character} in {t.show}. "
                    + tenure_sentence(old, False), [*old.sources[-1:], *t.sources[:1]])]


def show_cast(ask: Ask) -> Result:
    """A show's cast as of the question's time: each current role with its actor."""
    q = ask.question
    sid = ask.names.show(q.show)
    if sid is None:
        ask.fail(f"a show called {q.show}." if q.show else "which show you mean.")
        return None
    report = cast(ask.store, sid, ask.filter())
    findings = [_finding(t, True) for t in report.current] if report else []
    if not findings:
        ask.fail(f"anyone in the cast of {ask.names.name(sid)} now.",
                 [_finding(t, False) for t in report.former][-5:] if report else [])
        return None
    return " ".join(f.statement for f in findings), findings


def who_is(ask: Ask) -> Result:
    """"Who is X": the roles of a person, or the actor of a character."""
    q = ask.question
    if ask.names.person(q.name):
        ask.question = replace(q, actor=q.name)
        return plays_which(ask)
    if q.name and ask.names.characters(q.name, q.show):
        ask.question = replace(q, character=q.name)
        return who_plays(ask)
    ask.fail(f"who {q.name} is.")
    return None


HANDLERS = {"who_plays": who_plays, "plays_which": plays_which, "cast_change": cast_change,
            "replacement": replacement, "predecessor": predecessor, "show_cast": show_cast,
            "who_is": who_is}
