"""One write transaction at a time: BEGIN IMMEDIATE takes SQLite's write lock up front.

Taking the lock before reading (not at the first write) is what makes read-check-write
steps such as "read the last audit hash, append the next row" safe across processes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils


@contextmanager
def write_txn(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Run the block in one immediate transaction; nested use joins the outer one."""
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
