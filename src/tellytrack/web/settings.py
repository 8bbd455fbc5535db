"""Web settings, in the same (name, default, help) table form as ``tellytrack.settings``.

Reads are open to anyone who can reach the server; writes (ingest) need a token,
so an API left running on a shared machine cannot be filled with junk articles.
With no token configured, write routes are closed rather than open.
"""

from __future__ import annotations

from tellytrack.settings import Setting

TOKEN = Setting(
    "TELLYTRACK_TOKEN", "",
    "Bearer token that write routes (POST /api/v1/articles) require; unset = writes refused.",
)
HOST = Setting("TELLYTRACK_HOST", "127.0.0.1", "Address `tellytrack serve` binds by default.")
PORT = Setting("TELLYTRACK_PORT", "8000", "Port `tellytrack serve` listens on by default.")
WEB_SETTINGS: tuple[Setting, ...] = (TOKEN, HOST, PORT)
