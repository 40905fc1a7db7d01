"""Online backup while another connection keeps writing."""

import sqlite3
import threading

import pytest

from core.backup import backup
from core.errors import StoreError
from core.store import open_store


def test_backup_while_writing_is_consistent(tmp_path):
    path = tmp_path / "s.db"
    db = open_store(path)
    with db.conn:
        for i in range(2000):
            db.conn.execute(
                "INSERT INTO domains VALUES (?,?,?,?,NULL)", [f"d{i}.nl", f"d{i}.nl", "t", "t"]
            )
    stop = threading.Event()

    def writer():
        w = open_store(path)
        i = 10_000
        while not stop.is_set():
            with w.conn:
                w.conn.execute(
                    "INSERT INTO domains VALUES (?,?,?,?,NULL)", [f"d{i}.nl", f"d{i}.nl", "t", "t"]
                )
            i += 1
        w.close()

    t = threading.Thread(target=writer)
    t.start()
    try:
        backup(path, tmp_path / "copy.db", pages_per_step=5)
    finally:
        stop.set()
        t.join()
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM domains").fetchone()[0] >= 2000


def test_backup_refuses_to_overwrite(tmp_path):
    open_store(tmp_path / "s.db").close()
    (tmp_path / "copy.db").write_text("precious")
    with pytest.raises(StoreError, match="exists"):
        backup(tmp_path / "s.db", tmp_path / "copy.db")
    assert (tmp_path / "copy.db").read_text() == "precious"
