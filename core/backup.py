"""Consistent copies of the store while it is in use (SQLite's online backup API)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.errors import StoreError
from core.store import connect


def backup(source: str | Path, dest: str | Path, *, pages_per_step: int = 1024) -> int:
    """Copy `source` to `dest` page by page without stopping writers; returns bytes written.

    Writers may keep committing: the backup restarts its pass when the source changes
    under it, so the copy is always one consistent state of the store.
    """
    source, dest = Path(source), Path(dest)
    if not source.exists():
        raise StoreError(f"no store at {source}")
    if dest.exists():
        raise StoreError(f"{dest} exists already: choose a new file name")
    tmp = dest.with_name(dest.name + ".partial")
    src = connect(source, readonly=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.conn.backup(out, pages=pages_per_step)
            check = out.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise StoreError(f"backup failed its integrity check: {check}")
        finally:
            out.close()
    except sqlite3.OperationalError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"backup failed: {exc}") from exc
    finally:
        src.close()
    tmp.rename(dest)  # only a complete, checked copy gets the final name
    return dest.stat().st_size
