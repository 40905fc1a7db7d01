"""`nephelpdesk queue ...` and `nephelpdesk users ...` through the real CLI entry point."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from queue_fixture import build_store

from takedown_queue.triage import triage

PASSWORD = "correct horse battery"


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "store.db"
    db = build_store(path)
    triage(db)
    db.close()
    return path


def run(store_path, *args, stdin=""):
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from nephelpdesk.cli import main; main()",
            "--db",
            str(store_path),
            *args,
        ],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_users_decide_show_verify(store_path, tmp_path):
    assert (
        run(
            store_path,
            "users",
            "add",
            "pim",
            "--role",
            "prosecutor",
            "--password-stdin",
            stdin=PASSWORD + "\n",
        ).returncode
        == 0
    )
    listed = json.loads(run(store_path, "queue", "list", "--status", "new", "--json").stdout)
    assert listed["total"] == 2
    result = run(
        store_path,
        "queue",
        "decide",
        "1",
        "--action",
        "approve",
        "--as",
        "pim",
        "--why",
        "shared number",
    )
    assert result.returncode == 0 and "approved" in result.stdout
    shown = json.loads(run(store_path, "queue", "show", "1", "--json").stdout)
    assert shown["history"][-1]["actor"] == "pim"
    assert (
        run(store_path, "queue", "order", "1", "--out", str(tmp_path / "o"), "--pdf").returncode
        == 0
    )
    drafts = sorted((tmp_path / "o").iterdir())
    assert len(drafts) == 3 and all(p.read_bytes().startswith(b"%PDF") for p in drafts)
    assert run(store_path, "queue", "bundle", "1", "--out", str(tmp_path / "b.zip")).returncode == 0
    verified = run(store_path, "queue", "verify-log")
    assert verified.returncode == 0 and "intact" in verified.stdout


def test_user_mistakes_are_one_line(store_path):
    for args in (
        ["queue", "decide", "1", "--action", "approve", "--as", "nobody", "--why", "x"],
        ["queue", "show", "42"],
        ["users", "add", "x y", "--role", "admin", "--password-stdin"],
    ):
        result = run(store_path, *args, stdin=PASSWORD + "\n")
        assert result.returncode != 0
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_verify_log_fails_on_tampering(store_path):
    import sqlite3

    conn = sqlite3.connect(store_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET why = 'edited' WHERE id = 1")
    conn.commit()
    conn.close()
    result = run(store_path, "queue", "verify-log")
    assert result.returncode == 1 and "TAMPERED: row 1" in result.stdout


def test_verify_log_with_key_file_fails_on_a_recomputed_chain(store_path, tmp_path, monkeypatch):
    from test_audit_log import rewrite_unkeyed_chain

    from core.store import open_store

    key = tmp_path / "etc" / "audit.key"
    monkeypatch.setenv("NEPHELPDESK_AUDIT_KEY", str(key))
    run(
        store_path,
        "users",
        "add",
        "ada",
        "--role",
        "admin",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    created = run(store_path, "queue", "audit-key", "create", "--as", "ada")
    assert created.returncode == 0 and key.exists(), created.stderr
    assert run(store_path, "queue", "verify-log").returncode == 0
    db = open_store(store_path)
    rewrite_unkeyed_chain(db, 1, why="rewritten")
    db.close()
    monkeypatch.setenv("NEPHELPDESK_AUDIT_KEY", str(tmp_path / "nowhere.key"))
    unkeyed = run(store_path, "queue", "verify-log")
    assert unkeyed.returncode == 0 and unkeyed.stdout.startswith("note: no audit key file")
    monkeypatch.setenv("NEPHELPDESK_AUDIT_KEY", str(key))
    keyed = run(store_path, "queue", "verify-log")
    assert keyed.returncode == 1 and "keyed MAC does not match" in keyed.stdout


def test_broken_key_file_is_one_line(store_path, tmp_path, monkeypatch):
    add = ("users", "add", "pim", "--role", "prosecutor", "--password-stdin")
    assert run(store_path, *add, stdin=PASSWORD + "\n").returncode == 0
    key = tmp_path / "audit.key"
    key.write_text('key = "not hex"\nkeyed_from = 1\n')
    monkeypatch.setenv("NEPHELPDESK_AUDIT_KEY", str(key))
    decide = ("queue", "decide", "1", "--action", "start-review", "--as", "pim", "--why", "x")
    for args in (("queue", "verify-log"), decide):
        result = run(store_path, *args)
        assert result.returncode != 0 and "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines() == [
            f"error: audit key {key}: key must be 64 lowercase hex characters"
        ]
