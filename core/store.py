"""The store: one SQLite file, opened through sqlite-utils, in WAL mode.

Each package owns its tables and declares them as a sqlite-utils migration set in its
own `schema.py`; `open_store` applies every pending migration in order. Evidence
bodies are content-addressed: stored once per SHA-256 (see core.evidence).
"""

from __future__ import annotations

import importlib
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from core.errors import StoreError

DEFAULT_DB = "data/nephelpdesk.db"
BUSY_TIMEOUT_MS = 30_000

# Migration sets, applied in this order: later packages may refer to earlier tables.
# Each package owns its tables; the store names their schema modules (imported when a
# store opens, never at import time) so that one open creates every table. These
# modules import nothing but sqlite-utils (tests/test_architecture.py checks the list).
SCHEMA_MODULES = (
    "crawler.schema",
    "crawler.render.schema",
    "registration.schema",
    "registration.ip_schema",
    "scoring.schema",
    "takedown_queue.schema",
    "crawler.discovery.schema",
)


def default_db_path() -> str:
    return os.environ.get("NEPHELPDESK_DB") or DEFAULT_DB


def store_problem(path: str | Path) -> str | None:
    """Why `path` holds no store ("missing", "empty"), or None when a file is there.

    A zero-byte file is no store: SQLite would happily treat it as an empty database,
    and a typo'd `touch` would then look like "0 cases".
    """
    target = Path(str(path))
    if not target.exists():
        return "missing"
    if target.is_file() and target.stat().st_size == 0:
        return "empty"
    return None


def read_only_media(path: str | Path) -> bool:
    """True when SQLite cannot create the -shm/-wal files beside the store (a read-only
    mount, a directory the user may not write): only an immutable open can read it."""
    directory = Path(str(path)).resolve().parent
    return not os.access(directory, os.W_OK | os.X_OK)


def _readonly_uri(path: str) -> str:
    """`mode=ro` normally (it sees what a running crawl commits); `immutable=1` on
    read-only media, where nobody can be writing and mode=ro cannot open a WAL store."""
    quoted = quote(str(Path(path).resolve()))
    if not read_only_media(path):
        return f"file:{quoted}?mode=ro"
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Immutable reads ignore the write-ahead log: committed rows would be missing.
        raise StoreError(
            f"cannot read store {path}: it sits on read-only media with an unmerged "
            f"write-ahead log ({wal.name}); copy the store and its -wal file to a writable "
            "directory and read the copy"
        )
    return f"file:{quoted}?immutable=1"


def connect(path: str | Path, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open the SQLite file with WAL and a busy timeout, without migrating."""
    path = str(path)
    try:
        if readonly:
            conn = sqlite3.connect(
                _readonly_uri(path),
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
            # SQLite opens lazily: read the schema now so a bad file fails here, in one line.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        else:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open store {path}: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"cannot open store {path}: {exc.strerror or exc}") from exc
    return sqlite_utils.Database(conn)


def no_store_message(path: str | Path) -> str:
    empty = " (an empty file)" if store_problem(path) == "empty" else ""
    return (
        f"no store at {path}{empty}: check --db / NEPHELPDESK_DB, or create one with "
        f"`nephelpdesk --db {path} init` (crawl and demo create it too)"
    )


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every package's pending migrations; returns the names applied."""
    applied: list[str] = []
    for module_name in SCHEMA_MODULES:
        migrations = importlib.import_module(module_name).migrations
        pending = [m.name for m in migrations.pending(db)]
        if pending:
            try:
                migrations.apply(db)
            except sqlite3.OperationalError as exc:
                raise StoreError(f"cannot migrate store: {exc}") from exc
            applied.extend(f"{migrations.name}.{name}" for name in pending)
    return applied


def open_store(
    path: str | Path | None = None, *, readonly: bool = False, create: bool = True
) -> sqlite_utils.Database:
    """Open the store at `path`, migrating it when writable.

    Only commands that start a store (crawl, demo, init) pass `create=True` from the
    CLI; every other command says "no store" rather than making an empty one from a
    mistyped `--db`. Read-only opens never create.
    """
    path = path or default_db_path()
    if str(path) != ":memory:" and (readonly or not create) and store_problem(path):
        raise StoreError(no_store_message(path))
    db = connect(path, readonly=readonly)
    if not readonly:
        migrate(db)
    return db
