"""What a prosecutor fills in on an order before signing it, kept with the case.

Parketnummer, the examining judge's authorisation (RC-machtiging: date and reference),
the officer's name and parket, and the deadline for the recipient. Each change is one
audit-log row, so who wrote which parketnummer when is part of the record.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import sqlite_utils

from core.clock import now_iso
from takedown_queue import audit
from takedown_queue.errors import QueueError
from takedown_queue.txn import write_txn
from takedown_queue.users import User

# Parketnummers are written "arrondissement/volgnummer-jaar", e.g. 13/654321-25.
PARKETNUMMER = re.compile(r"^\d{2}/\d{3,6}-\d{2}$")
MISSING = "[nog in te vullen]"


@dataclass(frozen=True)
class OrderDetails:
    parketnummer: str = ""
    rc_date: str = ""
    rc_reference: str = ""
    officer_name: str = ""
    officer_parket: str = ""
    deadline: str = ""

    def shown(self, name: str) -> str:
        """The value as an order prints it: the placeholder while it is empty."""
        return getattr(self, name) or MISSING

    @property
    def complete(self) -> bool:
        return all(asdict(self).values())


def _date(value: str, label: str) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise QueueError(f"{label} {value!r}: write the date as YYYY-MM-DD") from exc


def validate(raw: dict[str, Any]) -> OrderDetails:
    """Clean and check the form; a mistake is one QueueError line naming the field."""
    fields = {k: " ".join(str(raw.get(k) or "").split()) for k in OrderDetails.__annotations__}
    if fields["parketnummer"] and not PARKETNUMMER.match(fields["parketnummer"]):
        raise QueueError(f"parketnummer {fields['parketnummer']!r}: expected e.g. 13/654321-25")
    fields["rc_date"] = _date(fields["rc_date"], "RC-machtiging date")
    fields["deadline"] = _date(fields["deadline"], "deadline")
    if fields["rc_date"] and fields["deadline"] and fields["deadline"] < fields["rc_date"]:
        raise QueueError("the deadline lies before the RC-machtiging")
    too_long = [k for k, v in fields.items() if len(v) > 200]
    if too_long:
        raise QueueError(f"{too_long[0]}: at most 200 characters")
    return OrderDetails(**fields)


def load(db: sqlite_utils.Database, case_id: int) -> OrderDetails:
    cursor = db.execute("SELECT * FROM case_orders WHERE case_id = ?", [case_id])
    row = cursor.fetchone()
    if row is None:
        return OrderDetails()
    values = dict(zip([c[0] for c in cursor.description], row, strict=True))
    return OrderDetails(**{k: values[k] or "" for k in OrderDetails.__annotations__})


def save(
    db: sqlite_utils.Database, case_id: int, raw: dict[str, Any], *, user: User
) -> OrderDetails:
    if user.role != "prosecutor":
        raise QueueError(f"a {user.role} may not fill in an order (needs prosecutor)")
    details = validate(raw)
    with write_txn(db):
        if db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is None:
            raise QueueError(f"no case {case_id}")
        db.execute(
            "INSERT OR REPLACE INTO case_orders (case_id, parketnummer, rc_date, rc_reference,"
            " officer_name, officer_parket, deadline, updated_by, updated_at)"
            " VALUES (:case_id, :parketnummer, :rc_date, :rc_reference, :officer_name,"
            " :officer_parket, :deadline, :by, :at)",
            {**asdict(details), "case_id": case_id, "by": user.name, "at": now_iso()},
        )
        audit.append(
            db,
            actor=user.name,
            action="order-details",
            case_id=case_id,
            why="order details filled in",
            details=asdict(details),
        )
    return details
