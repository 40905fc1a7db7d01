import shutil
import sqlite3

import pytest

from core.errors import StoreError
from core.evidence import load_body, store_body
from core.store import open_store


def test_store_is_wal_with_busy_timeout(tmp_path):
    db = open_store(tmp_path / "s.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert "pages" in db.table_names() and "bodies" in db.table_names()


def test_migrations_apply_once(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    db = open_store(path)
    names = [r["name"] for r in db["_sqlite_migrations"].rows]
    assert len(names) == len(set(names))


def test_bodies_stored_once_per_sha256(store):
    a = store_body(store, b"<html>same</html>")
    b = store_body(store, b"<html>same</html>")
    assert a == b
    assert store.execute("SELECT count(*) FROM bodies").fetchone()[0] == 1
    assert load_body(store, a) == b"<html>same</html>"


def test_truncated_body_hash_matches_what_is_kept(store):
    digest = store_body(store, b"x" * 100, max_size=10)
    row = store.execute("SELECT size, truncated FROM bodies WHERE sha256=?", [digest]).fetchone()
    assert row == (10, 1)
    import hashlib

    assert hashlib.sha256(b"x" * 10).hexdigest() == digest


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot"):
        open_store(bad)


def test_readonly_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "missing.db", readonly=True)


def test_readonly_store_refuses_writes(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    db = open_store(path, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("INSERT INTO domains VALUES ('a.nl','a.nl','x','x',NULL)")


def test_a_missing_or_empty_file_is_no_store_unless_creating(tmp_path):
    for path in (tmp_path / "typo.db", tmp_path / "empty.db"):
        if path.name == "empty.db":
            path.touch()
        with pytest.raises(StoreError, match="no store at"):
            open_store(path, create=False)
        assert not path.exists() or path.stat().st_size == 0  # nothing was created
    open_store(tmp_path / "empty.db", create=True).close()  # crawl/init may start one there
    assert "runs" in open_store(tmp_path / "empty.db", create=False).table_names()


def test_store_on_read_only_media_is_read_immutable(readonly_dir):
    from conftest import make_readonly

    src, view = readonly_dir
    db = open_store(src / "s.db")
    db["domains"].insert({"domain": "a.nl", "domain_unicode": "a.nl", "first_seen": "x", "last_seen": "x"})
    db.close()
    make_readonly(src)
    ro = open_store(view / "s.db", readonly=True)
    assert ro.execute("SELECT domain FROM domains").fetchall() == [("a.nl",)]
    ro.close()


def test_read_only_media_with_an_unmerged_wal_says_why(readonly_dir):
    from conftest import make_readonly

    src, view = readonly_dir
    writer = open_store(src / "s.db")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer["domains"].insert({"domain": "a.nl", "domain_unicode": "a.nl", "first_seen": "x", "last_seen": "x"})
    shutil.copy(src / "s.db", src / "copy.db")  # a store copied mid-run: rows still in its WAL
    shutil.copy(src / "s.db-wal", src / "copy.db-wal")
    writer.close()
    make_readonly(src)
    with pytest.raises(StoreError, match="write-ahead log"):
        open_store(view / "copy.db", readonly=True)
