"""The show API assembles each show from that show's own facts: on the shared web KB
(three shows), every show's detail, rumours and relations equal what filtering a
whole-KB load gives, and each part route (lists paged as items) agrees with the whole show."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tellytrack.query.facts import load
from tellytrack.query.relations import group_relations
from tellytrack.query.rumours import claims
from tellytrack.query.shows import detail_of
from tellytrack.query.time import NOW
from tellytrack.store.sqlite import SQLiteStore
from tellytrack.web.views import show_info


def test_every_show_from_its_own_facts(client: TestClient, kb_path: Path) -> None:
    """Detail, rumours and relations of each show as from a whole-KB load; parts agree."""
    shows = [s["id"] for s in client.get("/api/v1/shows").json()["items"]]
    assert len(shows) >= 2
    with SQLiteStore(kb_path) as store:
        res, rows = load(store, NOW)
        for sid in shows:
            page = client.get(f"/api/v1/shows/{sid}").json()
            mine = [r for r in rows if r.show == sid]
            assert page["show"] == show_info(detail_of(res, sid, rows, NOW))
            assert page["rumours"] == [c.to_dict() for c in claims(res, mine, NOW)]
            assert page["relations"] == [r.to_dict()
                                         for r in group_relations(res, mine, NOW)]
            for part in ("cast", "timeline", "ratings", "rumours", "relations"):
                got = client.get(f"/api/v1/shows/{sid}/{part}").json()
                assert (got["items"] if isinstance(page[part], list) else got) == page[part]
