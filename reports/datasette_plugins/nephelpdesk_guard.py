"""Datasette plugin: only the analysis tables of a nephelpdesk store can be read.

Loaded by `nephelpdesk explore` (datasette --plugins-dir). Every connection Datasette
opens to the store gets an SQLite authorizer that refuses to read any table or view not
on the list in the metadata (`plugins.nephelpdesk_guard.readable`, written by
reports/explore.py from reports/explore.toml), and refuses ATTACH. SQLite applies it to
every statement, so no URL, stored query or ad-hoc SQL can reach `users` or its hashes.
A view on the list may read the tables it is built on.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl

# SQLite's own catalogue and the table-valued functions Datasette's pages use.
ALWAYS_READABLE = ("sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_sequence")
READABLE_PREFIXES = ("pragma_", "json_each", "json_tree")


def authorizer(readable: frozenset[str]) -> Any:
    def check(
        action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None
    ) -> int:
        if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
            return sqlite3.SQLITE_DENY
        if action != sqlite3.SQLITE_READ or arg1 is None:
            return sqlite3.SQLITE_OK
        if arg1 in readable or source in readable:
            return sqlite3.SQLITE_OK
        if arg1 in ALWAYS_READABLE or arg1.startswith(READABLE_PREFIXES):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY

    return check


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    if database in ("_internal", "_memory"):
        return  # Datasette's own bookkeeping and scratch connections, not the store
    config = datasette.plugin_config("nephelpdesk_guard") or {}
    # Fails closed: a database the metadata does not name gets nothing readable.
    readable = config.get("readable", ()) if database == config.get("database") else ()
    conn.set_authorizer(authorizer(frozenset(readable)))
