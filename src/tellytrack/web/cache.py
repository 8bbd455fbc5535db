"""Answers reused while the knowledge base does not change.

Every committed write raises the store's version (``Store.version``: a batch, a
resolution, an override), so two GET requests for the same URL, with the same cookies,
at the same version get the same answer. ``ResponseCache`` keeps the answers of the
current version (the 200s of GET routes, up to ``MAX_BODY`` bytes each and
``ENTRIES`` of them) and forgets them all when the version moves. Each request still
reads the version (one indexed row), so an answer is never older than the last
commit; many readers of one page during an ingest cost one computation per batch.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from anyio import to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tellytrack.store import open_store_url
from tellytrack.store.base import Store

ENTRIES = 1024  # answers kept for the current version, least recently used dropped
MAX_BODY = 1_000_000  # bytes: a larger answer (an export) is computed each time

Key = tuple[str, bytes, bytes]  # path, query string, cookie header


class ResponseCache:
    """ASGI middleware: serve a GET from the answers of the store's current version."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.version = -1
        self.answers: OrderedDict[Key, list[Message]] = OrderedDict()
        self.store: Store | None = None  # kept open: opening one costs more than the read

    def _version(self, db_path: Any) -> int:
        """The store's version, read on a connection this cache keeps (both backends'
        connections may be used from the server's threads, one statement at a time)."""
        if self.store is None:
            self.store = open_store_url(db_path)
        return self.store.version()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        version = await to_thread.run_sync(self._version, scope["app"].state.db_path)
        if version != self.version:
            self.version, self.answers = version, OrderedDict()
        key = (scope["path"], scope["query_string"], _cookies(scope))
        if key in self.answers:
            self.answers.move_to_end(key)
            for message in self.answers[key]:
                await send(_copy(message))
            return
        await self.app(scope, receive, self._keeping(key, version, send))

    def _keeping(self, key: Key, version: int, send: Send) -> Send:
        """``send``, also keeping a complete 200 answer small enough for ``key``."""
        messages: list[Message] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal size
            await send(message)
            if message["type"] == "http.response.start" and message["status"] != 200:
                size = MAX_BODY + 1
            size += len(message.get("body", b""))
            messages.append(_copy(message))
            done = message["type"] == "http.response.body" and not message.get("more_body")
            if done and size <= MAX_BODY and version == self.version:
                self.answers[key] = messages
                while len(self.answers) > ENTRIES:
                    self.answers.popitem(last=False)

        return keep


def _copy(message: Message) -> Message:
    """A message whose header list no one else holds (outer middleware edits headers
    in place)."""
    return {**message, "headers": list(message["headers"])} if "headers" in message else message


def _cookies(scope: Scope) -> bytes:
    return b"; ".join(v for k, v in scope["headers"] if k == b"cookie")
