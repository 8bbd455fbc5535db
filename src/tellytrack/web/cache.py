"""Answers reused while the knowledge base does not change, and computed once per change.

Every committed write raises the store's version (``Store.version``: a batch, a
resolution, an override), so two GET requests for the same URL, with the same cookies,
at the same version get the same answer. ``ResponseCache`` keeps the 200 answers of GET
routes (up to ``MAX_BODY`` bytes each, ``BUDGET`` bytes in all, least recently used
dropped) with the version they were computed at, and answers a request:

1. from the answer kept for the current version, if there is one;
2. else, while another request is computing that URL's answer, from the answer kept for
   an earlier version (stale by at most that one computation), or, when none is kept,
   by waiting for that computation: one computation per URL at a time, however many
   readers ask (an ingest commits every few seconds; 50 readers of the home page then
   cost one home page, not 50);
3. else by computing it, keeping it for the version read before it started.

A reader alone (or a test) therefore always gets the current version: a stale answer
is only given while the fresh one is being computed for someone else. The version is
read on each request on a connection the cache keeps, in the event loop: one indexed
row, which a WAL reader reads without waiting for the writer, so it never queues behind
the routes' threads.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tellytrack.store import open_store_url
from tellytrack.store.base import Store

BUDGET = 64_000_000  # bytes of answers kept per server process
MAX_BODY = 1_000_000  # bytes: a larger answer (an export) is computed each time

Key = tuple[str, bytes, bytes]  # path, query string, cookie header


@dataclass(frozen=True)
class Answer:
    """A complete 200 answer and the store version it was computed at."""

    version: int
    messages: list[Message]
    size: int


class ResponseCache:
    """ASGI middleware: serve a GET from the answers kept (see the module docstring)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.answers: OrderedDict[Key, Answer] = OrderedDict()
        self.kept_bytes = 0
        self.computing: dict[Key, asyncio.Future[Answer | None]] = {}
        self.store: Store | None = None  # kept open: opening one costs more than the read

    def _version(self, db_path: Any) -> int:
        """The store's version, read on the connection this cache keeps."""
        if self.store is None:
            self.store = open_store_url(db_path)
        return self.store.version()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        version = self._version(scope["app"].state.db_path)
        key = (scope["path"], scope["query_string"], _cookies(scope))
        kept = self.answers.get(key)
        if kept is not None and (kept.version >= version or key in self.computing):
            self.answers.move_to_end(key)
            await _replay(kept, send)
            return
        if key in self.computing:
            done = await asyncio.shield(self.computing[key])
            if done is not None:
                await _replay(done, send)
                return
        await self._compute(key, version, scope, receive, send)

    async def _compute(self, key: Key, version: int, scope: Scope, receive: Receive,
                       send: Send) -> None:
        """Answer the request through the app, keeping the answer for ``version`` and
        handing it to the requests that wait for it."""
        flight: asyncio.Future[Answer | None] = asyncio.get_running_loop().create_future()
        self.computing.setdefault(key, flight)
        messages: list[Message] = []
        try:
            await self.app(scope, receive, _recording(send, messages))
        finally:
            answer = _complete(version, messages)
            if answer is not None:
                self._keep(key, answer)
            if self.computing.get(key) is flight:
                del self.computing[key]
            flight.set_result(answer)

    def _keep(self, key: Key, answer: Answer) -> None:
        """Keep ``answer`` unless a newer one is kept; drop the least recently used
        answers over ``BUDGET``."""
        old = self.answers.get(key)
        if old is not None and old.version > answer.version:
            return
        self.kept_bytes += answer.size - (old.size if old is not None else 0)
        self.answers[key] = answer
        self.answers.move_to_end(key)
        while self.kept_bytes > BUDGET and self.answers:
            self.kept_bytes -= self.answers.popitem(last=False)[1].size


def _recording(send: Send, messages: list[Message]) -> Send:
    """``send``, also recording a copy of each message."""

    async def record(message: Message) -> None:
        messages.append(_copy(message))  # before outer middleware edits it on its way
        await send(message)

    return record


def _complete(version: int, messages: list[Message]) -> Answer | None:
    """The recorded messages as an answer to keep: a whole 200 of at most ``MAX_BODY``
    bytes, else None."""
    if not messages or messages[0]["type"] != "http.response.start" \
            or messages[0]["status"] != 200 or messages[-1].get("more_body"):
        return None
    size = sum(len(m.get("body", b"")) for m in messages)
    return Answer(version, messages, size) if size <= MAX_BODY else None


async def _replay(answer: Answer, send: Send) -> None:
    for message in answer.messages:
        await send(_copy(message))


def _copy(message: Message) -> Message:
    """A message whose header list no one else holds (outer middleware edits headers
    in place)."""
    return {**message, "headers": list(message["headers"])} if "headers" in message else message


def _cookies(scope: Scope) -> bytes:
    return b"; ".join(v for k, v in scope["headers"] if k == b"cookie")
