"""Decisions by people: a state transition plus what it implies (allow-list on reject,
remembering what was rejected so a material change can reopen it), decisions on single
domains of a campaign case, and annotations."""

from __future__ import annotations

import sqlite_utils

from core.clock import now_iso
from takedown_queue import audit, cases, states
from takedown_queue.errors import CaseChanged, QueueError
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
        if action == "approve":
            _check_something_to_approve(db, case_id)
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


def _check_something_to_approve(db: sqlite_utils.Database, case_id: int) -> None:
    left = db.execute(
        "SELECT count(*), sum(coalesce(decision, '') NOT IN ('reject', 'hold'))"
        " FROM case_domains WHERE case_id = ?",
        [case_id],
    ).fetchone()
    if left[0] and not left[1]:
        raise QueueError(
            f"case {case_id}: every domain is rejected or held; nothing left to approve"
        )


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


DOMAIN_DECISIONS = ("approve", "reject", "hold")
# A domain may be decided while its case is open, and held back until the order is sent.
DOMAIN_DECIDABLE = (*states.OPEN_STATES, "approved", "order_drafted")


def decide_domain(
    db: sqlite_utils.Database,
    case_id: int,
    domain: str,
    decision: str,
    *,
    user: User,
    why: str,
    expected_version: int | None = None,
) -> None:
    """Decide one domain inside its case: approve, reject or hold it. A rejected or held
    domain stays in the case (and the campaign) but is named in no order."""
    if decision not in DOMAIN_DECISIONS:
        raise QueueError(f"decision {decision!r}: one of {', '.join(DOMAIN_DECISIONS)}")
    if user.role != "prosecutor":
        raise QueueError(f"a {user.role} may not decide on a domain (needs prosecutor)")
    if not why.strip():
        raise QueueError(f"{decision} {domain} needs a reason (--why)")
    with write_txn(db):
        status, version = _case_state(db, case_id, expected_version)
        if status not in DOMAIN_DECIDABLE:
            raise QueueError(f"case {case_id} is {status}: its domains can no longer be decided")
        cursor = db.execute(
            "UPDATE case_domains SET decision = ?, decided_by = ?, decided_at = ?,"
            " decision_why = ? WHERE case_id = ? AND domain = ?",
            [decision, user.name, now_iso(), why, case_id, domain],
        )
        if cursor.rowcount != 1:
            raise QueueError(f"{domain} is not in case {case_id}")
        db.execute(
            "UPDATE cases SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
            [now_iso(), case_id, version],
        )
        audit.append(
            db,
            actor=user.name,
            action="decide-domain",
            case_id=case_id,
            why=why,
            details={"domain": domain, "decision": decision},
        )


def _case_state(
    db: sqlite_utils.Database, case_id: int, expected_version: int | None
) -> tuple[str, int]:
    row = db.execute("SELECT status, version FROM cases WHERE id = ?", [case_id]).fetchone()
    if row is None:
        raise QueueError(f"no case {case_id}")
    if expected_version is not None and expected_version != row[1]:
        raise CaseChanged(case_id, expected_version, row[1])
    return row[0], row[1]
