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


# --- the keyed chain (issue 15, item 6) -------------------------------------------------


def rewrite_unkeyed_chain(db, row_id, **changes):
    """The attack on an unkeyed chain: drop the triggers, edit a row, recompute every
    hash from there on, put the triggers back. Uses no key: the attacker has none."""
    drop_triggers(db)
    sets = ", ".join(f"{k} = ?" for k in changes)
    db.execute(f"UPDATE audit_log SET {sets} WHERE id = ?", [*changes.values(), row_id])
    rows = db.execute(
        "SELECT id, at, actor, action, case_id, details, why FROM audit_log WHERE id >= ?"
        " ORDER BY id",
        [row_id],
    ).fetchall()
    prev = db.execute("SELECT hash FROM audit_log WHERE id = ?", [row_id - 1]).fetchone()
    prev_hash = prev[0] if prev else audit.GENESIS
    for rid, at, actor, action, case_id, details, why in rows:
        digest = audit.row_hash(rid, at, actor, action, case_id, details, why, prev_hash)
        db.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev_hash, digest, rid]
        )
        prev_hash = digest
    from takedown_queue.schema import AUDIT_TRIGGERS

    for sql in AUDIT_TRIGGERS.values():
        db.execute(sql)
    db.conn.commit()


@pytest.fixture
def keyed_db(tmp_path, monkeypatch):
    monkeypatch.setenv("NEPHELPDESK_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    db = build_store(tmp_path / "store.db")
    triage(db)  # rows 1..n unkeyed: the key is created after the log began
    key = audit.create_key(db, "admin")
    decisions.decide(db, 1, "approve", user=User("pim", "prosecutor"), why="clear scam")
    yield db, key
    db.close()


def test_rewritten_unkeyed_chain_passes_without_the_key_but_fails_with_it(keyed_db):
    db, key = keyed_db
    approve = db.execute("SELECT id FROM audit_log WHERE action = 'approve'").fetchone()[0]
    assert approve > key.keyed_from and audit.verify(db).ok and audit.verify(db).keyed
    rewrite_unkeyed_chain(db, approve, actor="pia", why="looked fine")
    unkeyed = audit.verify(db, use_key_file=False)
    assert unkeyed.ok  # the weakness: an unkeyed chain recomputed by the writer holds
    problems = audit.verify(db).problems
    assert f"row {approve}: keyed MAC does not match" in " ".join(problems)


def test_rewrite_before_keying_is_caught_through_the_first_keyed_row(keyed_db):
    db, key = keyed_db
    rewrite_unkeyed_chain(db, 1, why="nothing to see")  # a row from before the key
    problems = audit.verify(db).problems
    assert any(f"row {key.keyed_from}: keyed MAC" in p for p in problems)


def test_wiped_macs_and_truncation_below_the_keyed_row_are_caught(keyed_db):
    db, key = keyed_db
    drop_triggers(db)
    db.execute("UPDATE audit_log SET mac = NULL")
    assert any("no keyed MAC" in p for p in audit.verify(db).problems)
    db.execute("DELETE FROM audit_log WHERE id >= ?", [key.keyed_from])
    assert any("keyed from row" in p for p in audit.verify(db).problems)


def test_missing_key_file_is_a_note_and_the_unkeyed_chain_is_still_verified(db, monkeypatch):
    monkeypatch.setenv("NEPHELPDESK_AUDIT_KEY", "/nonexistent/audit.key")
    result = audit.verify(db)
    assert result.ok and not result.keyed and "no audit key file" in result.notes[0]
    drop_triggers(db)
    db.execute("UPDATE audit_log SET why = 'x' WHERE id = 1")
    assert not audit.verify(db).ok


def test_key_file_is_private_and_never_replaced(tmp_path, keyed_db):
    db, key = keyed_db
    assert key.path.stat().st_mode & 0o077 == 0
    from core.errors import ConfigError

    with pytest.raises(ConfigError, match="exists already"):
        audit.create_key(db, "admin", key.path)


def test_head_names_the_newest_row_with_its_time(keyed_db):
    db, _ = keyed_db
    head = audit.head(db)
    last = db.execute("SELECT id, at, mac FROM audit_log ORDER BY id DESC").fetchone()
    assert (head.row, head.at, head.value, head.keyed) == (last[0], last[1], last[2], True)
    assert audit.verify(db, expected_head=head.value).ok
