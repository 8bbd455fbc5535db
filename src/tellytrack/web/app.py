"""The web application: JSON API under /api/v1 and server-rendered pages, one FastAPI app.

Each request takes a store on the knowledge-base file (SQLite in WAL mode) that no
other request uses meanwhile (``StorePool``), and a GET reads one snapshot of it,
so pages always see what the latest ingest committed. Every response carries a
strict Content-Security-Policy (scripts only from this app, no inline script, no
plugins) as defence in depth: article text is escaped by the templates, and even
if an escape were missed a stray ``<script>`` or ``onerror=`` could not run.
"""

from __future__ import annotations

import hmac
import os
import threading
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from anyio import to_thread
from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tellytrack import limits
from tellytrack.pipeline import finish_resolution
from tellytrack.store import open_store_url
from tellytrack.store.base import Store
from tellytrack.web.cache import ResponseCache

API_PREFIX = "/api/v1"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_METHODS = ("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT")
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
STATIC_DIR = resources.files("tellytrack") / "web" / "static"
# Threads computing answers at once in one server process (anyio's default is 40). The
# routes are Python under one GIL: more threads compute no faster, but each takes the GIL
# from the event loop, which reads every request and sends the cached answers (200
# readers: p95 of cached answers in seconds). SQLite releases the GIL while it reads, so
# a few threads still overlap their reads; requests beyond them wait their turn in order.
ROUTE_THREADS = 4


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """The server's route threads limited to ``ROUTE_THREADS``; its idle stores closed
    when it stops."""
    to_thread.current_default_thread_limiter().total_tokens = ROUTE_THREADS
    yield
    app.state.stores.close()


class StorePool:
    """Stores open on the app's knowledge base, each used by one request at a time and
    kept for the next: opening one (the connection, its settings, the migrations check)
    cost 0.8 ms of CPU, a third of an average request during an ingest. A GET reads in a
    snapshot begun on the store it takes, so a kept connection still sees every commit."""

    def __init__(self, db_path: str | Path, keep: int = ROUTE_THREADS) -> None:
        self.db_path, self.keep = db_path, keep
        self.idle: list[Store] = []
        self.lock = threading.Lock()

    def take(self) -> Store:
        with self.lock:
            if self.idle:
                return self.idle.pop()
        return open_store_url(self.db_path)

    def give(self, store: Store) -> None:
        with self.lock:
            if len(self.idle) < self.keep:
                self.idle.append(store)
                return
        store.close()

    def close(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        for store in idle:
            store.close()


def create_app(db_path: str | Path, token: str | None = None,
               trusted_hosts: Sequence[str] | None = None) -> FastAPI:
    """The app serving the knowledge base at ``db_path`` (a SQLite file or a ``postgresql://``
    URL); ``token`` unlocks write routes; ``trusted_hosts`` are the Host names it answers
    (``tellytrack serve`` passes :func:`tellytrack.limits.trusted_hosts`; None = any,
    for in-process use where no network is involved)."""
    from tellytrack.web import api, ask, curate, export, pages

    app = FastAPI(
        title="tellytrack", version="1", description=api.DESCRIPTION,
        openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.db_path = db_path
    app.state.token = token or None
    app.state.stores = StorePool(db_path)
    with open_store_url(db_path) as store:  # before any request: create/migrate, and
        finish_resolution(store)            # finish a resolution a crashed run left
    app.add_middleware(ResponseCache)  # innermost: cached answers pass the guards below
    app.add_middleware(GuardWrites)  # refusals still get the headers below
    app.add_middleware(SecurityHeaders)
    app.add_middleware(AllowHeader)
    if trusted_hosts is not None and "*" not in trusted_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(trusted_hosts))
    app.include_router(api.router, prefix=API_PREFIX)
    app.include_router(export.router, prefix=API_PREFIX)
    app.include_router(curate.router, prefix=API_PREFIX)
    app.include_router(ask.router, prefix=API_PREFIX)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    pages.install_error_pages(app)
    return app


# How ``tellytrack serve --workers N`` hands the app's settings to its worker processes,
# which uvicorn starts by importing ``app_from_environment``; not user settings.
SERVE_DB_ENV, SERVE_HOSTS_ENV = "TELLYTRACK_SERVE_DB", "TELLYTRACK_SERVE_HOSTS"


def serve_environment(db_path: str, trusted_hosts: Sequence[str]) -> dict[str, str]:
    """The environment ``app_from_environment`` builds the same app from."""
    return {SERVE_DB_ENV: db_path, SERVE_HOSTS_ENV: "\n".join(trusted_hosts)}


def app_from_environment() -> FastAPI:
    """The app a ``serve --workers`` process answers with: the knowledge base and Host
    names the command put in the environment, the token from $TELLYTRACK_TOKEN."""
    from tellytrack.web.settings import TOKEN

    hosts = os.environ.get(SERVE_HOSTS_ENV)
    return create_app(os.environ[SERVE_DB_ENV], token=TOKEN.value() or None,
                      trusted_hosts=hosts.split("\n") if hosts else None)


def store_for(request: Request) -> Iterator[Store]:
    """Dependency: a store on the app's knowledge base from its pool, given back when the
    request ends. A GET reads one snapshot (``Store.begin_read``): its several reads see
    one commit even while an ingest writes, and never wait for it."""
    pool: StorePool = request.app.state.stores
    store, reading = pool.take(), False
    try:
        if request.method == "GET":
            store.begin_read()
            reading = True
        yield store
    finally:
        if reading:
            store.end_read()
        pool.give(store)


def token_refusal(given: str, expected: str | None) -> HTTPException | None:
    """Why a write with bearer token ``given`` is refused (401/403), or None to let it in."""
    if expected is None:
        return HTTPException(403, "writes are disabled on this server; restart it with "
                                  "$TELLYTRACK_TOKEN set to enable POST routes")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        return HTTPException(401, "missing or wrong token; send 'Authorization: Bearer <token>'",
                             headers={"WWW-Authenticate": "Bearer"})
    return None


class _HttpMiddleware:
    """A plain ASGI middleware that acts on HTTP requests only (lifespan and websocket
    messages pass straight through): a subclass says what it does in :meth:`http`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request (pass it on with ``self.app``)."""
        raise NotImplementedError


class GuardWrites(_HttpMiddleware):
    """Refuse a write before a byte of its body is read: no token, or a body declared
    over :data:`~tellytrack.limits.MAX_DOCUMENT_BYTES`.

    A route's own token dependency runs only after FastAPI has read and parsed the
    body it declares, so a 50 MB unauthenticated body would cost the server its
    memory first. This plain ASGI middleware looks at the headers alone, for every
    method but GET/HEAD/OPTIONS on a path where some route takes that method (other
    requests get their 404/405 as usual). Routes still check the token themselves.
    """

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] not in _SAFE_METHODS:
            refusal = _write_refusal(scope)
            if refusal is not None:
                response = JSONResponse({"detail": refusal.detail}, refusal.status_code,
                                        headers=refusal.headers)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _write_refusal(scope: Scope) -> HTTPException | None:
    """The refusal of a write from its headers alone, or None."""
    app: FastAPI = scope["app"]
    if scope["method"] not in allowed_methods(app, scope):
        return None
    headers = Headers(scope=scope)
    scheme, _, given = headers.get("authorization", "").partition(" ")
    refusal = token_refusal(given.strip() if scheme.lower() == "bearer" else "", app.state.token)
    declared = headers.get("content-length", "0")
    if refusal is None and declared.isdigit() and int(declared) > limits.MAX_DOCUMENT_BYTES:
        refusal = HTTPException(413, f"the body is {limits.too_big(int(declared))}")
    return refusal


def allowed_methods(app: FastAPI, scope: Scope) -> set[str]:
    """Every method some route (mounts aside) answers at the request's path."""
    routes = [r for r in app.router.routes if not isinstance(r, Mount)]
    return {method for method in _METHODS if any(
        route.matches({**scope, "method": method})[0] is Match.FULL for route in routes)}


class AllowHeader(_HttpMiddleware):
    """OPTIONS and 405 answers list the methods of EVERY route at the path.

    Starlette answers from the first route whose path matches, so /api/v1/articles
    (a GET route and a POST route) would say ``Allow: GET`` and hide the POST. The
    routes are matched only when needed (an OPTIONS request, a 405): matching them is
    slow, and a request rarely needs it. A plain ASGI middleware, like the others: a
    cached answer passes through each of them, so they cost it nothing but a call.
    """

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "OPTIONS" and (methods := allowed_methods(scope["app"], scope)):
            await Response(status_code=204, headers={"Allow": _allow(methods)})(
                scope, receive, send)
            return

        async def allow_on_405(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 405 and (
                    methods := allowed_methods(scope["app"], scope)):
                headers = MutableHeaders(scope=message)
                headers["Allow"] = _allow(methods)
            await send(message)

        await self.app(scope, receive, allow_on_405)


def _allow(methods: set[str]) -> str:
    return ", ".join(sorted(methods | {"OPTIONS"}))


class SecurityHeaders(_HttpMiddleware):
    """Add the CSP and friends to every response, pages and API alike."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)
