"""The store: one SQLite file, opened through sqlite-utils, in WAL mode.

Each package owns its tables and declares them as a sqlite-utils migration set in its
own `schema.py`; `open_store` applies every pending migration in order. Evidence
bodies are content-addressed: stored once per SHA-256 (see crawler.evidence).
"""

from __future__ import annotations

import importlib
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from crawler.errors import StoreError

DEFAULT_DB = "data/nephelpdesk.db"
BUSY_TIMEOUT_MS = 30_000

# Migration sets, applied in this order: later packages may refer to earlier tables.
SCHEMA_MODULES = (
    "crawler.schema",
    "crawler.registration.schema",
    "scoring.schema",
    "takedown_queue.schema",
    "crawler.discovery.schema",
)


def default_db_path() -> str:
    return os.environ.get("NEPHELPDESK_DB") or DEFAULT_DB


def connect(path: str | Path, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open the SQLite file with WAL and a busy timeout, without migrating."""
    path = str(path)
    try:
        if readonly:
            conn = sqlite3.connect(
                f"file:{path}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
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


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every package's pending migrations; returns the names applied."""
    applied: list[str] = []
    for module_name in SCHEMA_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # that package has no tables yet
            raise
        migrations = module.migrations
        pending = [m.name for m in migrations.pending(db)]
        if pending:
            try:
                migrations.apply(db)
            except sqlite3.OperationalError as exc:
                raise StoreError(f"cannot migrate store: {exc}") from exc
            applied.extend(f"{migrations.name}.{name}" for name in pending)
    return applied


def open_store(path: str | Path | None = None, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open (and create or migrate when writable) the store at `path`."""
    path = path or default_db_path()
    if readonly and not Path(str(path)).exists():
        raise StoreError(f"no store at {path}: run a crawl first or pass --db")
    db = connect(path, readonly=readonly)
    if not readonly:
        migrate(db)
    return db
