"""The audit log: append-only, hash-chained, one row per action (who, when, what, why).

Each row's hash is SHA-256 over its canonical content and the previous row's hash, so an
edited, deleted or inserted row breaks the chain. Triggers (schema.py) refuse UPDATE and
DELETE; `verify` recomputes the chain and checks the triggers are still there.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from crawler.clock import now_iso
from takedown_queue.schema import AUDIT_TRIGGERS
from takedown_queue.txn import write_txn

GENESIS = "0" * 64


def canonical(details: dict[str, Any]) -> str:
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def row_hash(
    row_id: int,
    at: str,
    actor: str,
    action: str,
    case_id: int | None,
    details: str,
    why: str,
    prev_hash: str,
) -> str:
    # A JSON array keeps field boundaries unambiguous ("a|b" + "c" != "a" + "b|c").
    payload = json.dumps(
        [row_id, at, actor, action, case_id, details, why, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    db: sqlite_utils.Database,
    *,
    actor: str,
    action: str,
    why: str,
    case_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Append one row (inside the caller's transaction when there is one); returns its id."""
    with write_txn(db):
        last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = now_iso()
        text = canonical(details or {})
        digest = row_hash(row_id, at, actor, action, case_id, text, why, prev)
        db.execute(
            "INSERT INTO audit_log (id, at, actor, action, case_id, details, why, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row_id, at, actor, action, case_id, text, why, prev, digest],
        )
    return row_id


@dataclass(frozen=True)
class VerifyResult:
    rows: int
    head: str  # hash of the last row: note it elsewhere to detect truncation later
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _trigger_problems(db: sqlite_utils.Database) -> list[str]:
    found = dict(
        db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
        )
    )
    problems = []
    for name, sql in AUDIT_TRIGGERS.items():
        if name not in found:
            problems.append(f"trigger {name} is missing: the log is no longer append-only")
        elif " ".join(found[name].split()) != " ".join(sql.split()):
            problems.append(f"trigger {name} was altered")
    return problems


def _chain_problems(db: sqlite_utils.Database) -> tuple[int, str, list[str]]:
    problems: list[str] = []
    prev, expected_id, count = GENESIS, 1, 0
    cursor = db.execute(
        "SELECT id, at, actor, action, case_id, details, why, prev_hash, hash FROM audit_log"
        " ORDER BY id"
    )
    for row_id, at, actor, action, case_id, details, why, prev_hash, digest in cursor:
        count += 1
        if row_id != expected_id:
            problems.append(f"row ids jump from {expected_id - 1} to {row_id}: rows deleted")
        if prev_hash != prev:
            problems.append(f"row {row_id}: prev_hash does not match row before it")
        if row_hash(row_id, at, actor, action, case_id, details, why, prev_hash) != digest:
            problems.append(f"row {row_id}: content does not match its hash (edited or forged)")
        prev, expected_id = digest, row_id + 1
    return count, prev, problems


def verify(db: sqlite_utils.Database, expected_head: str | None = None) -> VerifyResult:
    """Recompute the chain; with `expected_head` (a hash noted earlier) also catch a
    truncated log, which a chain alone cannot reveal."""
    count, head, problems = _chain_problems(db)
    problems = _trigger_problems(db) + problems
    if expected_head:
        known = db.execute("SELECT id FROM audit_log WHERE hash = ?", [expected_head]).fetchone()
        if known is None:
            problems.append(f"noted head {expected_head[:12]}... is not in the log: rows removed")
    problems += _state_problems(db)
    return VerifyResult(count, head, tuple(problems))


def _state_problems(db: sqlite_utils.Database) -> list[str]:
    """Every case's status must be the one its last logged transition left it in, so an
    edit of the cases table behind the log's back shows up too."""
    rows = db.execute(
        """
        SELECT c.id, c.status, json_extract(a.details, '$.to')
        FROM cases c
        LEFT JOIN audit_log a ON a.id = (
            SELECT max(id) FROM audit_log
            WHERE case_id = c.id AND json_extract(details, '$.to') IS NOT NULL)
        """
    )
    return [
        f"case {case_id}: status {status!r} but the log says {logged!r}"
        for case_id, status, logged in rows
        if logged != status
    ]


def history(db: sqlite_utils.Database, case_id: int) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT id, at, actor, action, details, why, hash FROM audit_log WHERE case_id = ?"
        " ORDER BY id",
        [case_id],
    ).fetchall()
    return [
        {
            "id": r[0],
            "at": r[1],
            "actor": r[2],
            "action": r[3],
            "details": json.loads(r[4]),
            "why": r[5],
            "hash": r[6],
        }
        for r in rows
    ]
