"""Recheck against a real local server: offline recorded (time to takedown), a domain
that comes back reopens its case."""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
from queue_fixture import build_store

from takedown_queue import decisions
from takedown_queue.audit import verify
from takedown_queue.recheck import http_fetch, recheck
from takedown_queue.triage import triage
from takedown_queue.users import User

PIM = User("pim", "prosecutor")


class Sites(http.server.BaseHTTPRequestHandler):
    """Answers for the hosts in `up`; 404 for the rest (the site was taken down)."""

    up: set[str] = set()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        host = self.path.split("/")[2] if self.path.startswith("http") else ""
        self.send_response(200 if host in self.up else 404)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def proxy():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sites)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Sites.up = set()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def db(tmp_path):
    db = build_store(tmp_path / "store.db")
    triage(db)
    for action in ("approve", "draft-order", "send-order"):
        decisions.decide(db, 2, action, user=PIM, why="takedown")
    yield db
    db.close()


def status(db):
    return db.execute("SELECT status FROM cases WHERE id = 2").fetchone()[0]


def test_offline_then_back(db, proxy):
    fetch = http_fetch(timeout=5, proxy=proxy)
    Sites.up = {"norton-helpdesk.online"}
    assert recheck(db, fetch)["went_offline"] == 0
    assert status(db) == "order_sent"
    Sites.up = set()
    counts = recheck(db, fetch)
    assert counts["went_offline"] == 1 and counts["cases_offline"] == 1
    assert status(db) == "offline"
    row = db.execute(
        "SELECT ordered_at, offline_at FROM domain_status WHERE domain = 'norton-helpdesk.online'"
    ).fetchone()
    assert row[0] and row[1] and row[1] >= row[0]
    Sites.up = {"norton-helpdesk.online"}
    assert recheck(db, fetch)["cases_reopened"] == 1
    assert status(db) == "reopened"
    assert db.execute("SELECT reopened_at FROM domain_status WHERE case_id = 2").fetchone()[0]
    assert verify(db).ok


def test_no_answer_counts_as_offline(db):
    with socket.socket() as sock:  # a port that was free a moment ago: connection refused
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    fetch = http_fetch(timeout=2, proxy=f"http://127.0.0.1:{port}")
    assert recheck(db, fetch)["went_offline"] == 1
