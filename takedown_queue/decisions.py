"""Decisions by people: a state transition plus what it implies (allow-list on reject,
remembering what was rejected so a material change can reopen it), and annotations."""

from __future__ import annotations

import sqlite_utils

from crawler.clock import now_iso
from takedown_queue import audit, cases, states
from takedown_queue.errors import QueueError
from takedown_queue.txn import write_txn
from takedown_queue.users import User


def decide(
    db: sqlite_utils.Database,
    case_id: int,
    action: str,
    *,
    user: User,
    why: str,
    expected_version: int | None = None,
    four_eyes: bool = False,
    allow_list: bool = False,
) -> str:
    """Apply a reviewer's action; returns the new status."""
    if allow_list and action != "reject":
        raise QueueError("--allow-list goes only with reject")
    details: dict[str, object] = {"allow_list": True} if allow_list else {}
    with write_txn(db):
        status = states.apply(
            db,
            case_id,
            action,
            actor=user.name,
            role=user.role,
            why=why,
            expected_version=expected_version,
            four_eyes=four_eyes,
            details=details,
        )
        if action == "reject":
            _remember_rejected(db, case_id, user.name, why, allow_list)
    return status


def _remember_rejected(
    db: sqlite_utils.Database, case_id: int, actor: str, why: str, allow_list: bool
) -> None:
    for (domain,) in db.execute(
        "SELECT domain FROM case_domains WHERE case_id = ?", [case_id]
    ).fetchall():
        db.execute(
            "UPDATE case_domains SET evidence_key = ? WHERE domain = ?",
            [cases.evidence_key(db, domain), domain],
        )
        if allow_list:
            db.execute(
                "INSERT OR REPLACE INTO allow_list (domain, reason, added_by, added_at)"
                " VALUES (?, ?, ?, ?)",
                [domain, f"rejected in case {case_id}: {why}", actor, now_iso()],
            )


def annotate(db: sqlite_utils.Database, case_id: int, *, user: User, text: str) -> None:
    """A note on a case by an analyst or prosecutor; logged, does not change the state."""
    if user.role not in ("analyst", "prosecutor"):
        raise QueueError(f"a {user.role} may not annotate cases")
    if not text.strip():
        raise QueueError("a note needs text")
    with write_txn(db):
        if db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is None:
            raise QueueError(f"no case {case_id}")
        now = now_iso()
        db.execute(
            "INSERT INTO case_notes (case_id, author, at, text) VALUES (?, ?, ?, ?)",
            [case_id, user.name, now, text],
        )
        audit.append(db, actor=user.name, action="annotate", case_id=case_id, why=text, details={})
