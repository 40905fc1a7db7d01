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
    """Answers for the hosts in `up`; 404 for the rest (the site was taken down); hosts
    in `redirect` send the fetcher on to that URL. Every request is remembered."""

    up: set[str] = set()
    redirect: dict[str, str] = {}
    seen: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.seen.append(self.path)
        host = self.path.split("/")[2] if self.path.startswith("http") else ""
        if host in self.redirect:
            self.send_response(302)
            self.send_header("Location", self.redirect[host])
        else:
            self.send_response(200 if host in self.up else 404)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def proxy():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sites)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Sites.up, Sites.redirect, Sites.seen = set(), {}, []
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


def _recheck_cli(capsys, path, *args):
    import json

    from nephelpdesk.cli import main

    main(["--db", str(path), "queue", "recheck", "--json", *args])
    return json.loads(capsys.readouterr().out)


def test_cli_recheck_never_fetches_an_internal_address(db, proxy, tmp_path, capsys):
    # The taken-down site's last page now points at the crawl host's own services.
    internal = proxy + "/admin"
    db.execute("UPDATE pages SET final_url = ? WHERE domain = 'norton-helpdesk.online'", [internal])
    db.conn.commit()
    counts = _recheck_cli(capsys, tmp_path / "store.db")
    assert counts["checked"] == 1 and counts["went_offline"] == 1  # not fetched: not online
    assert Sites.seen == []


def test_cli_recheck_refuses_a_redirect_to_an_internal_address(db, proxy, tmp_path, capsys):
    Sites.redirect = {"norton-helpdesk.online": "http://169.254.169.254/latest/meta-data/"}
    counts = _recheck_cli(capsys, tmp_path / "store.db", "--proxy", proxy)
    assert counts["went_offline"] == 1
    assert Sites.seen and not any("169.254" in path for path in Sites.seen)

