"""The audit log: append-only, hash-chained, one row per action (who, when, what, why).

Each row's hash is SHA-256 over its canonical content and the previous row's hash, so an
edited, deleted or inserted row breaks the chain. Triggers (schema.py) refuse UPDATE and
DELETE; `verify` recomputes the chain and checks the triggers are still there.

Someone who can write the store can still rewrite the unkeyed chain, so when an audit key
file exists (takedown_queue.audit_key) each row also gets `mac`, an HMAC chained over the
rows before it, which only the key's holder can compute or check.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from core.clock import now_iso
from takedown_queue.audit_key import AuditKey, key_path, load_key, write_key_file
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
    key: AuditKey | None = None,
) -> int:
    """Append one row (inside the caller's transaction when there is one); returns its id.

    The row is keyed with `key`, else with the key file when there is one."""
    key = key or load_key()
    with write_txn(db):
        last = db.execute("SELECT id, hash, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row_id, prev, prev_mac = (last[0] + 1, last[1], last[2] or "") if last else (1, GENESIS, "")
        at = now_iso()
        text = canonical(details or {})
        digest = row_hash(row_id, at, actor, action, case_id, text, why, prev)
        fields = [row_id, at, actor, action, case_id, text, why, prev]
        mac = key.mac(fields, prev_mac) if key else None
        db.execute(
            "INSERT INTO audit_log (id, at, actor, action, case_id, details, why, prev_hash,"
            " hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [*fields, digest, mac],
        )
    return row_id


def create_key(db: sqlite_utils.Database, actor: str, path: Path | None = None) -> AuditKey:
    """Create the key file and log its creation as the first keyed row, in one step."""
    path = path or key_path()
    with write_txn(db):
        last = db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
        key = write_key_file(path, last + 1)
        append(
            db,
            actor=actor,
            action="audit-key",
            why="audit log keyed from here on",
            details={"keyed_from": last + 1},
            key=key,
        )
    return key


@dataclass(frozen=True)
class VerifyResult:
    rows: int
    head: str  # MAC (keyed) or hash of the last row: note it elsewhere to detect truncation
    head_at: str  # time of the last row
    keyed: bool  # True when the key was given and the keyed chain was checked
    problems: tuple[str, ...]
    notes: tuple[str, ...] = ()  # what was not checked, and why

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Head:
    """The log's newest row as an order or bundle prints it, so each witnesses the log."""

    row: int
    at: str
    value: str  # the row's MAC when keyed, else its hash
    keyed: bool


def head(db: sqlite_utils.Database) -> Head:
    row = db.execute("SELECT id, at, hash, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return Head(0, "", GENESIS, False)
    return Head(row[0], row[1], row[3] or row[2], bool(row[3]))


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


def _chain_problems(
    db: sqlite_utils.Database, key: AuditKey | None
) -> tuple[int, str, str, list[str]]:
    problems: list[str] = []
    prev, prev_mac, expected_id, count, last_at, head_value = GENESIS, "", 1, 0, "", GENESIS
    cursor = db.execute(
        "SELECT id, at, actor, action, case_id, details, why, prev_hash, hash, mac"
        " FROM audit_log ORDER BY id"
    )
    for row_id, at, actor, action, case_id, details, why, prev_hash, digest, mac in cursor:
        count += 1
        if row_id != expected_id:
            problems.append(f"row ids jump from {expected_id - 1} to {row_id}: rows deleted")
        if prev_hash != prev:
            problems.append(f"row {row_id}: prev_hash does not match row before it")
        fields = [row_id, at, actor, action, case_id, details, why, prev_hash]
        if row_hash(*fields) != digest:  # type: ignore[arg-type]
            problems.append(f"row {row_id}: content does not match its hash (edited or forged)")
        if key is not None:
            problems += _mac_problem(key, row_id, fields, mac, prev_mac)
        prev, prev_mac, expected_id, last_at = digest, mac or "", row_id + 1, at
        head_value = mac or digest
    if key is not None and expected_id <= key.keyed_from:
        problems.append(
            f"the log ends at row {expected_id - 1} but was keyed from row {key.keyed_from}:"
            " rows removed"
        )
    return count, head_value, last_at, problems


def _mac_problem(
    key: AuditKey, row_id: int, fields: list[object], mac: str | None, prev_mac: str
) -> list[str]:
    if mac is None:
        if row_id >= key.keyed_from:
            return [f"row {row_id}: no keyed MAC, but the log is keyed from row {key.keyed_from}"]
        return []
    if not hmac.compare_digest(key.mac(fields, prev_mac), mac):
        return [f"row {row_id}: keyed MAC does not match (row rewritten, or another store's key)"]
    return []


def verify(
    db: sqlite_utils.Database,
    expected_head: str | None = None,
    *,
    key: AuditKey | None = None,
    use_key_file: bool = True,
) -> VerifyResult:
    """Recompute the chain, keyed when the key (given, or the key file) is there; with
    `expected_head` (a hash or MAC noted earlier) also catch a truncated log."""
    notes: list[str] = []
    if key is None and use_key_file:
        key = load_key()
        if key is None:
            notes.append(
                f"no audit key file at {key_path()}: only the unkeyed chain was verified,"
                " which someone who can write the store can recompute"
            )
    count, head_value, head_at, problems = _chain_problems(db, key)
    problems = _trigger_problems(db) + problems
    if expected_head:
        known = db.execute(
            "SELECT id FROM audit_log WHERE hash = :h OR mac = :h", {"h": expected_head}
        ).fetchone()
        if known is None:
            problems.append(f"noted head {expected_head[:12]}... is not in the log: rows removed")
    problems += _state_problems(db)
    return VerifyResult(count, head_value, head_at, key is not None, tuple(problems), tuple(notes))


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
