"""Case states and the only transitions allowed between them, with the role each needs.

    new -> in_review -> approved -> order_drafted -> order_sent -> offline
    rejected (with a reason), needs_info, reopened (offline domain back, rejected changed)

Every transition is one UPDATE guarded by the case's version (a reviewer who read an
older version loses with CaseChanged) and one audit row, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from core.clock import now_iso
from takedown_queue import audit
from takedown_queue.errors import CaseChanged, QueueError
from takedown_queue.txn import write_txn

STATES = (
    "new",
    "in_review",
    "approved",
    "order_drafted",
    "order_sent",
    "offline",
    "rejected",
    "needs_info",
    "reopened",
)
OPEN_STATES = ("new", "in_review", "needs_info", "reopened")  # new domains may join these
ROLES = ("analyst", "prosecutor", "admin")
SYSTEM = "system"  # triage and recheck act as this role


@dataclass(frozen=True)
class Transition:
    action: str
    sources: tuple[str, ...]
    target: str
    roles: tuple[str, ...]
    label: str  # what the button says


TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        "start-review",
        ("new", "reopened", "needs_info"),
        "in_review",
        ("analyst", "prosecutor"),
        "Start review",
    ),
    Transition("approve", OPEN_STATES, "approved", ("prosecutor",), "Approve takedown"),
    Transition("reject", OPEN_STATES, "rejected", ("prosecutor",), "Reject"),
    Transition(
        "need-info",
        ("new", "in_review", "reopened"),
        "needs_info",
        ("prosecutor",),
        "Needs information",
    ),
    Transition("draft-order", ("approved",), "order_drafted", ("prosecutor",), "Draft order"),
    Transition("send-order", ("order_drafted",), "order_sent", ("prosecutor",), "Mark order sent"),
    Transition("mark-offline", ("order_sent",), "offline", (SYSTEM, "prosecutor"), "Mark offline"),
    Transition("reopen", ("offline", "rejected"), "reopened", (SYSTEM, "prosecutor"), "Reopen"),
)
BY_ACTION = {t.action: t for t in TRANSITIONS}


def allowed_actions(status: str, role: str) -> list[Transition]:
    return [t for t in TRANSITIONS if status in t.sources and role in t.roles]


def _check(transition: Transition, status: str, role: str, why: str, case_id: int) -> None:
    if role not in transition.roles:
        raise QueueError(
            f"a {role} may not {transition.action} (needs {'/'.join(transition.roles)})"
        )
    if status not in transition.sources:
        raise QueueError(f"case {case_id} is {status}: cannot {transition.action} from there")
    if not why.strip():
        raise QueueError(f"{transition.action} needs a reason (--why)")


def _four_eyes_first(
    db: sqlite_utils.Database, case_id: int, version: int, actor: str, first: str | None
) -> bool:
    """Record the first of two approvals; True when this approval is only the first."""
    if first is None:
        db.execute(
            "UPDATE cases SET first_approver = ?, version = version + 1, updated_at = ?"
            " WHERE id = ?",
            [actor, now_iso(), case_id],
        )
        return True
    if first == actor:
        raise QueueError(
            f"four-eyes rule: {actor} already approved case {case_id}; "
            "a second prosecutor must approve"
        )
    return False


def apply(
    db: sqlite_utils.Database,
    case_id: int,
    action: str,
    *,
    actor: str,
    role: str,
    why: str,
    expected_version: int | None = None,
    four_eyes: bool = False,
    details: dict[str, object] | None = None,
) -> str:
    """Apply `action` to the case; returns the new status. Raises QueueError/CaseChanged."""
    transition = BY_ACTION.get(action)
    if transition is None:
        raise QueueError(f"unknown action {action!r}: one of {', '.join(BY_ACTION)}")
    with write_txn(db):
        row = db.execute(
            "SELECT status, version, first_approver FROM cases WHERE id = ?", [case_id]
        ).fetchone()
        if row is None:
            raise QueueError(f"no case {case_id}")
        status, version, first = row
        if expected_version is not None and expected_version != version:
            raise CaseChanged(case_id, expected_version, version)
        _check(transition, status, role, why, case_id)
        info = {"from": status, **(details or {})}
        if (
            action == "approve"
            and four_eyes
            and _four_eyes_first(db, case_id, version, actor, first)
        ):
            audit.append(
                db,
                actor=actor,
                action="approve-first",
                why=why,
                case_id=case_id,
                details={**info, "note": "first of two approvals"},
            )
            return status
        _update(db, case_id, version, transition, why)
        audit.append(
            db,
            actor=actor,
            action=action,
            why=why,
            case_id=case_id,
            details={**info, "to": transition.target},
        )
    return transition.target


def _update(
    db: sqlite_utils.Database, case_id: int, version: int, transition: Transition, why: str
) -> None:
    now = now_iso()
    extra = {
        "approved": ", approved_at = :now",
        "reopened": ", reopened_at = :now, first_approver = NULL",
        "rejected": ", reject_reason = :why",
        "in_review": ", first_approver = NULL",
    }.get(transition.target, "")
    cursor = db.execute(
        f"UPDATE cases SET status = :to, version = version + 1, updated_at = :now{extra}"
        " WHERE id = :id AND version = :version",
        {"to": transition.target, "now": now, "why": why, "id": case_id, "version": version},
    )
    if cursor.rowcount != 1:  # another connection won between our read and write
        raise CaseChanged(case_id, version, version + 1)
    if transition.target == "order_sent":
        # A new order starts a new takedown clock (an earlier cycle stays in the audit log).
        # Only the domains an order names: rejected or held ones are not ordered.
        db.execute(
            "UPDATE case_domains SET ordered_at = ?, offline_at = NULL,"
            " back_online_at = NULL WHERE case_id = ?"
            " AND coalesce(decision, '') NOT IN ('reject', 'hold')",
            [now, case_id],
        )
