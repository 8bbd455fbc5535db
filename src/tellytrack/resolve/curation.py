"""Curation: a person's corrections, recorded as overrides and applied by every resolution.

``curate(store, action, name, value)`` finds the entity ``name`` denotes (an id
or any spelling, whatever its status), checks that the action makes sense,
records an :class:`~tellytrack.store.base.Override` naming the entities by a
spelling (ids follow canonical names and may change; a stored spelling stays)
and re-resolves the store, so the correction shows at once and survives every
later ingest and rebuild. The CLI (``cli/curate.py``) and the API
(``web/curate.py``) are thin over these functions.
"""

from __future__ import annotations

from dataclasses import dataclass

from tellytrack.model import Entity, EntityKind
from tellytrack.resolve import resolve_store
from tellytrack.resolve.names import is_variant, key
from tellytrack.resolve.resolver import Resolution, stored_resolution
from tellytrack.store.base import Override, Store

# Actions that name a second entity or a spelling, and those fixed to one kind.
NEEDS_VALUE = {"merge": "the entity to merge in", "split": "the spelling to split off",
               "rename": "the new name"}
KIND_OF = {"not-a-show": EntityKind.SHOW, "not-a-person": EntityKind.PERSON}
CURATED_KINDS = (EntityKind.SHOW, EntityKind.PERSON)


class CurationError(ValueError):
    """A correction that cannot be made; the message says how to fix the request."""


@dataclass(frozen=True)
class Curated:
    """A recorded override and the entity it produced (None when it rejected one)."""

    override: Override
    entity: Entity | None

    def to_dict(self) -> dict[str, object]:
        """The JSON form (API and ``--json``)."""
        e = self.entity
        return {"override": override_dict(self.override),
                "entity": None if e is None else {"id": e.id, "kind": str(e.kind),
                                                  "name": e.name, "status": e.status,
                                                  "aliases": list(e.aliases)}}


def override_dict(o: Override, applied: bool | None = None) -> dict[str, object]:
    """One override as JSON."""
    out: dict[str, object] = {"id": o.id, "action": o.action, "kind": o.kind,
                              "target": o.target, "value": o.value, "created": o.created}
    if applied is not None:
        out["applied"] = applied
    return out


def find_entity(res: Resolution, name: str, kind: EntityKind | None = None) -> Entity:
    """The one show or person ``name`` denotes: its id, a spelling, else a variant."""
    pool = [e for e in res.entities.values()
            if e.kind in CURATED_KINDS and (kind is None or e.kind is kind)]
    for test in (lambda e: e.id == name,
                 lambda e: any(key(a) == key(name) for a in e.aliases),
                 lambda e: any(is_variant(a, name) for a in e.aliases)):
        found = [e for e in pool if test(e)]
        if len(found) == 1:
            return found[0]
        if found:
            ids = ", ".join(sorted(e.id for e in found))
            raise CurationError(f"{name!r} may mean {ids}; give the id")
    what = str(kind) if kind else "show or person"
    raise CurationError(f"no {what} is called {name!r}; `tellytrack search` lists names")


def curate(store: Store, action: str, name: str, value: str | None = None) -> Curated:
    """Record one correction and re-resolve; raise CurationError when it makes no sense."""
    if action not in (*NEEDS_VALUE, *KIND_OF, "confirm"):
        raise CurationError(f"unknown action {action!r}")
    if action in NEEDS_VALUE and not (value and value.strip()):
        raise CurationError(f"{action} needs {NEEDS_VALUE[action]}")
    res = stored_resolution(store)
    entity = find_entity(res, name, KIND_OF.get(action))
    override = store.add_override(_override(res, entity, action, value))
    after = resolve_store(store)
    return Curated(override, _result(after, override, entity))


def _override(res: Resolution, entity: Entity, action: str, value: str | None) -> Override:
    kind = str(entity.kind)
    if action == "merge":
        other = find_entity(res, str(value), entity.kind)
        if other.id == entity.id:
            raise CurationError(f"{value!r} is already {entity.id}")
        return Override(action, kind, _spelling(entity), _spelling(other))
    if action == "split":
        split = next((a for a in entity.aliases if key(a) == key(str(value))), None)
        rest = [a for a in entity.aliases if key(a) != key(str(value))]
        if split is None or not rest:
            spellings = "; ".join(entity.aliases)
            raise CurationError(f"{value!r} is not one of several spellings of "
                                f"{entity.id} ({spellings})")
        return Override(action, kind, _spelling(entity, avoid=split), split)
    return Override(action, kind, _spelling(entity), value.strip() if value else None)


def _spelling(entity: Entity, avoid: str | None = None) -> str:
    """A spelling that names the entity in later resolutions: its name, else an alias."""
    names = [entity.name, *entity.aliases]
    return next(n for n in names if avoid is None or key(n) != key(avoid))


def _result(res: Resolution, o: Override, before: Entity) -> Entity | None:
    """The entity the override left: found by its new name, else by its target."""
    for name in (o.value if o.action == "rename" else None, o.target):
        if name:
            try:
                return find_entity(res, name, before.kind)
            except CurationError:
                continue
    return None


def uncurate(store: Store, override_id: int) -> bool:
    """Forget one override and re-resolve; False if there was none with that id."""
    if not store.delete_override(override_id):
        return False
    resolve_store(store)
    return True


def overrides(store: Store) -> list[dict[str, object]]:
    """Every override, oldest first, each with whether what it says holds in the
    stored resolution (a listing reads it, it never resolves)."""
    res = stored_resolution(store)
    return [override_dict(o, holds(res, o)) for o in store.overrides()]


def holds(res: Resolution, o: Override) -> bool:
    """Whether an override is in effect: its target names an entity of its kind, and
    a merge's other spelling is in that entity, a split's is in another one, a
    rename's name is the entity's name."""
    target = _holder(res, o.kind, o.target)
    if target is None:
        return False
    if o.action == "merge":
        return _holder(res, o.kind, o.value) == target
    if o.action == "split":
        return _holder(res, o.kind, o.value) not in (None, target)
    if o.action == "rename":
        return key(res.entities[target].name) == key(o.value or "")
    return True


def _holder(res: Resolution, kind: str, spelling: str | None) -> str | None:
    """The id of the entity of ``kind`` that holds ``spelling`` (name or alias)."""
    k = key(spelling or "")
    return next((e.id for e in res.entities.values() if str(e.kind) == kind
                 and any(key(a) == k for a in (e.name, *e.aliases))), None)
