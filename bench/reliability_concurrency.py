"""Concurrent use: prosecutors deciding cases in the web UI while a crawl and a rescoring
write to the same store file.

The review UI runs as a real HTTP server (werkzeug, threaded) on 127.0.0.1. Each
reviewer thread logs in with its own account, then for each of its cases reads the case
page (version and CSRF token) and posts two decisions: start-review, then approve or
reject. Meanwhile crawl subprocesses (the crawl stage against the sandbox, repeated) and
a rescoring loop (`rescore` over every domain) write to the same SQLite file.

Counted: decisions the UI acknowledged ("Case N is now ..."), and of those the ones
missing from the audit log or contradicted by the case's final state (lost); any HTTP
500 or "database is locked" in a response; the slowest decision.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "reliability-pass-1"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
VERSION_RE = re.compile(r'name="version" value="(\d+)"')
NOW_RE = re.compile(r"Case (\d+) is now ([a-z ]+)\.")
LOCKED = "database is locked"


@dataclass
class ConcurrencyResult:
    acknowledged: int = 0
    lost: int = 0
    server_errors: int = 0
    locked_errors: int = 0
    refused: list[str] = field(default_factory=list)  # decisions the UI turned down
    slowest: float = 0.0
    rescores: int = 0
    crawls: int = 0
    writer_errors: list[str] = field(default_factory=list)
    audit_problems: list[str] = field(default_factory=list)


@dataclass
class Decision:
    user: str
    case_id: int
    action: str
    status: str  # what the UI said the case became


class Reviewer:
    """One browser: a cookie jar, login, read a case, post a decision."""

    def __init__(self, base: str, name: str, result: ConcurrencyResult, lock: threading.Lock):
        self.base, self.name, self.result, self.lock = base, name, result, lock
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def request(self, path: str, form: dict[str, str] | None = None) -> str:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(self.base + path, data=data, timeout=60) as response:
                text = response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            text = exc.read().decode("utf-8", "replace")
            with self.lock:
                self.result.server_errors += exc.code >= 500
                self.result.refused.append(f"{self.name} {path}: HTTP {exc.code}")
        if LOCKED in text.lower():
            with self.lock:
                self.result.locked_errors += 1
        return text

    def login(self) -> None:
        page = self.request("/login")
        token = CSRF_RE.search(page)
        form = {
            "name": self.name,
            "password": PASSWORD,
            "csrf_token": token.group(1) if token else "",
        }
        self.request("/login", form)

    def decide(self, case_id: int, action: str) -> Decision | None:
        page = self.request(f"/case/{case_id}")
        token, version = CSRF_RE.search(page), VERSION_RE.search(page)
        if not token or not version:
            with self.lock:
                self.result.refused.append(f"{self.name}: case {case_id} page has no form")
            return None
        form = {
            "csrf_token": token.group(1),
            "version": version.group(1),
            "action": action,
            "why": f"reliability test: {self.name} {action}",
        }
        began = time.monotonic()
        answer = unescape(self.request(f"/case/{case_id}/decide", form))
        took = time.monotonic() - began
        done = NOW_RE.search(answer)
        with self.lock:
            self.result.slowest = max(self.result.slowest, took)
            if done is None or int(done.group(1)) != case_id:
                self.result.refused.append(f"{self.name}: {action} on case {case_id} not done")
                return None
            self.result.acknowledged += 1
        return Decision(self.name, case_id, action, done.group(2).replace(" ", "_"))


def build_store(db_path: Path, reviewers: int, cases_each: int) -> dict[str, list[int]]:
    """Cases opened the way triage opens them, and one prosecutor account per reviewer;
    returns each reviewer's cases (disjoint: a conflict would be a real lost update)."""
    sys.path.insert(0, str(ROOT))
    from core.store import open_store
    from takedown_queue.cases import open_case
    from takedown_queue.users import add_user

    db = open_store(db_path)
    plan: dict[str, list[int]] = {}
    for r in range(reviewers):
        name = f"officier{r}"
        add_user(db, name, "prosecutor", PASSWORD, by="reliability")
        plan[name] = [
            open_case(db, f"helpdesk-{r}-{i}.nl", reason="flagged by score", campaign_key=None)
            for i in range(cases_each)
        ]
    db.close()
    return plan


def review(reviewer: Reviewer, cases: list[int], out: list[Decision]) -> None:
    reviewer.login()
    for n, case_id in enumerate(cases):
        for action in ("start-review", "approve" if n % 2 == 0 else "reject"):
            decision = reviewer.decide(case_id, action)
            if decision is not None:
                out.append(decision)


def rescore_loop(db_path: Path, stop: threading.Event, result: ConcurrencyResult) -> None:
    import sqlite3

    from core.errors import StoreError
    from core.store import open_store
    from scoring.rules import load_rules
    from scoring.stage import rescore

    rules = load_rules()
    db = open_store(db_path)
    try:
        while not stop.is_set():
            try:
                rescore(db, rules)
                result.rescores += 1
            except (sqlite3.Error, StoreError) as exc:
                result.writer_errors.append(f"rescore: {exc}")
                time.sleep(0.1)
    finally:
        db.close()


def crawl_loop(
    cmd: list[str], env: dict[str, str], stop: threading.Event, result: ConcurrencyResult
) -> None:
    while not stop.is_set():
        proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
        result.crawls += 1
        if proc.returncode != 0:
            result.writer_errors.append(f"crawl exit {proc.returncode}: {proc.stderr[-300:]}")
        if LOCKED in proc.stderr.lower():
            result.locked_errors += 1


def check_store(db_path: Path, decisions: list[Decision], result: ConcurrencyResult) -> None:
    """Every acknowledged decision has its audit row; each case ends where its last
    acknowledged decision left it; the audit chain verifies."""
    from core.store import open_store
    from takedown_queue.audit import verify

    db = open_store(db_path)
    try:
        logged = set(db.execute("SELECT actor, case_id, action FROM audit_log").fetchall())
        final: dict[int, str] = {}
        for d in decisions:
            if (d.user, d.case_id, d.action) not in logged:
                result.lost += 1
            final[d.case_id] = d.status
        for case_id, status in final.items():
            row = db.execute("SELECT status FROM cases WHERE id = ?", [case_id]).fetchone()
            if row is None or row[0] != status:
                result.lost += 1
        result.audit_problems = list(verify(db).problems)
    finally:
        db.close()


def wait_for_crawl(db_path: Path, timeout: float = 60.0) -> None:
    """Reviewers start once the crawl is writing, so decisions meet it head-on."""
    import sqlite3

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        conn = sqlite3.connect(db_path, timeout=30)
        try:
            if conn.execute("SELECT count(*) FROM search_requests").fetchone()[0]:
                return
        finally:
            conn.close()
        time.sleep(0.05)


def serve(db_path: Path):  # type: ignore[no-untyped-def]
    from werkzeug.serving import make_server

    from takedown_queue.web.app import create_app

    server = make_server(
        "127.0.0.1", 0, create_app(db_path, secret_key="reliability"), threaded=True
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def concurrency_test(
    workdir: Path, queries: list[str], *, reviewers: int, cases_each: int
) -> ConcurrencyResult:
    sys.path.insert(0, str(ROOT))
    from reliability_crash import run_command

    from crawler.sandbox.scenario import load_scenario
    from crawler.sandbox.server import Sandbox

    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "shared.db"
    plan = build_store(db_path, reviewers, cases_each)
    qfile = workdir / "queries.txt"
    qfile.write_text("\n".join(queries) + "\n", encoding="utf-8")
    result, lock, stop = ConcurrencyResult(), threading.Lock(), threading.Event()
    decisions: list[Decision] = []
    with Sandbox(load_scenario(), max_hang=3.0) as sandbox:
        env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="", **sandbox.env())
        cmd = run_command(db_path, sandbox.search_url, sandbox.proxy_url, qfile, ("crawl",))
        writers = [
            threading.Thread(target=crawl_loop, args=(cmd, env, stop, result)),
            threading.Thread(target=rescore_loop, args=(db_path, stop, result)),
        ]
        for thread in writers:
            thread.start()
        server = serve(db_path)
        wait_for_crawl(db_path)
        base = f"http://127.0.0.1:{server.server_port}"
        try:
            threads = [
                threading.Thread(
                    target=review, args=(Reviewer(base, name, result, lock), cases, decisions)
                )
                for name, cases in plan.items()
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            stop.set()
            server.shutdown()
            for thread in writers:
                thread.join()
    check_store(db_path, decisions, result)
    return result
