"""The audit log: append-only in the database, hash-chained, verify-log catches tampering."""

from __future__ import annotations

import sqlite3

import pytest
from queue_fixture import build_store

from takedown_queue import audit, decisions
from takedown_queue.triage import triage
from takedown_queue.users import User


@pytest.fixture
def db(tmp_path):
    db = build_store(tmp_path / "store.db")
    triage(db)
    decisions.decide(db, 1, "approve", user=User("pim", "prosecutor"), why="clear scam")
    yield db
    db.close()


def test_clean_log_verifies_and_records_who_what_why(db):
    result = audit.verify(db)
    assert result.ok and result.rows >= 5
    row = db.execute(
        "SELECT actor, action, why, at FROM audit_log WHERE action='approve'"
    ).fetchone()
    assert row[:3] == ("pim", "approve", "clear scam") and row[3].endswith("+00:00")


def test_update_and_delete_are_refused_by_the_database(db):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit_log SET why = 'nothing' WHERE id = 2")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit_log WHERE id = 2")


def test_insert_out_of_chain_is_refused(db):
    with pytest.raises(sqlite3.DatabaseError, match="hash chain"):
        db.execute(
            "INSERT INTO audit_log (id, at, actor, action, details, why, prev_hash, hash)"
            " VALUES (99, 'x', 'mallory', 'approve', '{}', 'x', 'x', 'x')"
        )


def drop_triggers(db):
    for name in ("audit_log_no_update", "audit_log_no_delete", "audit_log_chain"):
        db.execute(f"DROP TRIGGER {name}")


def test_edited_row_is_caught(db):
    drop_triggers(db)
    db.execute("UPDATE audit_log SET actor = 'pia' WHERE action = 'approve'")
    problems = audit.verify(db).problems
    assert any("missing" in p for p in problems)
    assert any("does not match its hash" in p for p in problems)


def test_deleted_row_is_caught(db):
    drop_triggers(db)
    db.execute("DELETE FROM audit_log WHERE id = 2")
    assert any("rows deleted" in p for p in audit.verify(db).problems)


def test_forged_insert_is_caught(db):
    last_id, last_hash = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC").fetchone()
    # Continues the sequence and chain (so the trigger accepts it) but with a made-up hash.
    db.execute(
        "INSERT INTO audit_log (id, at, actor, action, case_id, details, why, prev_hash,"
        " hash) VALUES (?, '2024-01-01T00:00:00+00:00', 'mallory', 'approve', 2, '{}',"
        " 'x', ?, ?)",
        [last_id + 1, last_hash, "f" * 64],
    )
    assert any(f"row {last_id + 1}" in p for p in audit.verify(db).problems)


def test_truncation_caught_with_a_noted_head(db):
    head = audit.verify(db).head
    drop_triggers(db)
    db.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    assert not audit.verify(db, expected_head=head).ok


def test_status_changed_behind_the_logs_back_is_caught(db):
    db.execute("UPDATE cases SET status = 'offline' WHERE id = 1")
    assert any("case 1" in p for p in audit.verify(db).problems)
