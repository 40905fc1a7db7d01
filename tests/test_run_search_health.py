"""The nightly run and its search backend: a dead engine or one that answers only errors
is a failed run (exit 1, one line naming the engine, `runs` says failed); a partial
failure is shown in the summary and in `runs`. Through the real `nephelpdesk` command."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

FAST = ["-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=3", "--stage", "crawl"]


class HalfBrokenSearxng(BaseHTTPRequestHandler):
    """Answers SearXNG JSON (no hits) for queries with "good" in them, HTTP 500 otherwise."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        query = parse_qs(urlsplit(self.path).query).get("q", [""])[0]
        if "good" in query:
            body, status = json.dumps({"results": [], "unresponsive_engines": []}).encode(), 200
        else:
            body, status = b"<html>Internal Server Error</html>", 500
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if status == 200 else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def engine():
    server = ThreadingHTTPServer(("127.0.0.1", 0), HalfBrokenSearxng)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends: refused


def nephelpdesk(tmp_path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    return subprocess.run(
        [sys.executable, "-m", "nephelpdesk", "--db", str(tmp_path / "s.db"), *args],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip


def queries(tmp_path, *lines: str) -> str:
    path = tmp_path / "queries.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def run_row(tmp_path) -> tuple[str, dict, list]:
    db = sqlite3.connect(tmp_path / "s.db")
    status, counts, errors = db.execute(
        "SELECT status, counts, errors FROM runs ORDER BY id DESC LIMIT 1"
    ).fetchone()
    db.close()
    return status, json.loads(counts), json.loads(errors)


def test_a_dead_engine_is_a_failed_run(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/"
    result = nephelpdesk(tmp_path, "crawl", "--engine-url", url,
                         "--queries", queries(tmp_path, "hulp windows", "apple support"), *FAST)  # fmt: skip
    assert result.returncode == 1, result.stderr[-2000:]
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error: run 1: search engine searxng at " + url), last
    assert "answered none of 2 queries" in last
    assert "Run 1: failed" in result.stdout
    status, counts, errors = run_row(tmp_path)
    assert status == "failed" and counts["search"]["failed"] == 2 and errors
    listed = nephelpdesk(tmp_path, "runs")
    assert "failed" in listed.stdout and "search failed 2/2" in listed.stdout


def test_an_engine_answering_only_errors_is_a_failed_run(tmp_path, engine):
    result = nephelpdesk(tmp_path, "crawl", "--engine-url", engine,
                         "--queries", queries(tmp_path, "hulp windows", "apple support"), *FAST)  # fmt: skip
    assert result.returncode == 1
    assert "search engine searxng at" in result.stderr.strip().splitlines()[-1]
    assert run_row(tmp_path)[0] == "failed"


def test_a_partial_failure_is_shown_but_the_run_finishes(tmp_path, engine):
    result = nephelpdesk(tmp_path, "crawl", "--engine-url", engine,
                         "--queries", queries(tmp_path, "good query", "bad query", "worse query"),
                         *FAST)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "search: 2 of 3 queries got no answer" in result.stdout
    status, counts, _ = run_row(tmp_path)
    assert status == "finished"
    assert counts["search"]["failed_queries"] == ["bad query", "worse query"]
    assert "search failed 2/3" in nephelpdesk(tmp_path, "runs").stdout
    listed = nephelpdesk(tmp_path, "runs", "--yield").stdout
    assert "bad query  [no answer from the engine]" in listed
    assert "good query  [no answer" not in listed and "good query" in listed


def test_quiet_run_prints_only_the_error(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/"
    result = nephelpdesk(tmp_path, "-q", "crawl", "--engine-url", url,
                         "--queries", queries(tmp_path, "hulp windows"), *FAST)  # fmt: skip
    assert result.returncode == 1 and result.stdout == ""
    assert [line for line in result.stderr.splitlines() if line.startswith("error: run")]
    assert "[nephelpdesk]" not in result.stderr and "Overridden settings" not in result.stderr


def test_verbose_run_shows_the_per_query_table_and_scrapy_settings(tmp_path, engine):
    result = nephelpdesk(tmp_path, "-v", "crawl", "--engine-url", engine,
                         "--queries", queries(tmp_path, "good query", "bad query"), *FAST)  # fmt: skip
    assert "per-query yield (hits / new domains / flagged):" in result.stdout
    assert "good query" in result.stdout
    assert "Overridden settings" in result.stderr  # Scrapy's settings dump, at INFO
    plain = nephelpdesk(tmp_path, "crawl", "--engine-url", engine,
                        "--queries", queries(tmp_path, "good query", "bad query"), *FAST)  # fmt: skip
    assert "per-query yield (hits" not in plain.stdout
    assert "Overridden settings" not in plain.stderr


def test_a_relative_db_path_is_the_store_the_crawl_writes(tmp_path, engine):
    from conftest import REPO

    env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    result = subprocess.run(
        [sys.executable, "-m", "nephelpdesk", "--db", "rel.db", "crawl", "--engine-url", engine,
         "--queries", queries(tmp_path, "good query"), *FAST],
        capture_output=True, text=True, timeout=180, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "FOREIGN KEY" not in result.stderr
    db = sqlite3.connect(tmp_path / "rel.db")
    assert db.execute("SELECT count(*) FROM search_requests").fetchone()[0] == 1
    db.close()
    assert not (REPO / "rel.db").exists()  # the crawl child runs from the checkout
