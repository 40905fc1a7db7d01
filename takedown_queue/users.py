"""Review UI users: a name, a role and a salted password hash (scrypt via werkzeug)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils
from werkzeug.security import check_password_hash, generate_password_hash

from core.clock import now_iso
from takedown_queue import audit
from takedown_queue.errors import QueueError
from takedown_queue.states import ROLES
from takedown_queue.txn import write_txn

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
MIN_PASSWORD = 10
# Compared against when the user is unknown, so a login takes as long either way.
_DUMMY_HASH = generate_password_hash("not a real password")


@dataclass(frozen=True)
class User:
    name: str
    role: str


def add_user(
    db: sqlite_utils.Database, name: str, role: str, password: str, *, by: str = "cli"
) -> User:
    if not NAME_RE.match(name):
        raise QueueError(f"user name {name!r}: 2-40 of a-z 0-9 . _ -, starting with a letter/digit")
    if role not in ROLES:
        raise QueueError(f"role {role!r}: one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise QueueError(f"password too short: at least {MIN_PASSWORD} characters")
    with write_txn(db):
        if db.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
            raise QueueError(f"user {name} exists already")
        db.execute(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
            [name, role, generate_password_hash(password), now_iso()],
        )
        audit.append(
            db, actor=by, action="user-add", why=f"new {role}", details={"user": name, "role": role}
        )
    return User(name, role)


def disable_user(db: sqlite_utils.Database, name: str, *, by: str = "cli") -> None:
    with write_txn(db):
        if db.execute("UPDATE users SET disabled = 1 WHERE name = ?", [name]).rowcount != 1:
            raise QueueError(f"no user {name}")
        audit.append(db, actor=by, action="user-disable", why="disabled", details={"user": name})


def list_users(db: sqlite_utils.Database) -> list[dict[str, object]]:
    rows = db.execute("SELECT name, role, disabled, created_at FROM users ORDER BY name")
    return [{"name": n, "role": r, "disabled": bool(d), "created_at": c} for n, r, d, c in rows]


def get_user(db: sqlite_utils.Database, name: str) -> User:
    row = db.execute("SELECT role, disabled FROM users WHERE name = ?", [name]).fetchone()
    if row is None:
        raise QueueError(f"no user {name}: add one with `nephelpdesk users add`")
    if row[1]:
        raise QueueError(f"user {name} is disabled")
    return User(name, row[0])


def authenticate(db: sqlite_utils.Database, name: str, password: str) -> User | None:
    row = db.execute(
        "SELECT role, password_hash, disabled FROM users WHERE name = ?", [name]
    ).fetchone()
    if row is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    role, digest, disabled = row
    if not check_password_hash(digest, password) or disabled:
        return None
    return User(name, role)
