"""Storage faults: a full disk and a read-only store give one clear error line and leave
the store intact; `nephelpdesk backup` copies a store that is being written to.

Disk full and read-only use a small tmpfs mounted for the test (needs root; without it
these two checks report themselves as not run). The backup check needs nothing special.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class StorageResult:
    checks: dict[str, bool] = field(default_factory=dict)  # name -> passed
    notes: list[str] = field(default_factory=list)


def cli(
    db: Path, *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "nephelpdesk", "--db", str(db), *args]
    return subprocess.run(
        cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=180, input=stdin
    )


def clear_error(proc: subprocess.CompletedProcess[str]) -> bool:
    """Non-zero exit, the CLI's last word is one `error:` line, and the CLI itself printed
    no traceback (the crawl child's log lines come before the summary and are its own)."""
    lines = proc.stderr.strip().splitlines()
    last = lines[-1] if lines else ""
    return proc.returncode != 0 and last.startswith("error: ") and "Traceback" not in last


def intact(db: Path) -> tuple[bool, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return ok, conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    finally:
        conn.close()


class Tmpfs:
    """A small RAM filesystem mounted for one check."""

    def __init__(self, path: Path, size: str) -> None:
        self.path, self.size = path, size

    def __enter__(self) -> Path:
        self.path.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={self.size}", "tmpfs", str(self.path)],
                       check=True, capture_output=True)  # fmt: skip
        return self.path

    def remount_readonly(self) -> None:
        subprocess.run(
            ["mount", "-o", "remount,ro", str(self.path)], check=True, capture_output=True
        )

    def __exit__(self, *exc: object) -> None:
        subprocess.run(["umount", str(self.path)], check=False, capture_output=True)


def can_mount() -> bool:
    return os.geteuid() == 0 and Path("/proc/filesystems").read_text().find("tmpfs") >= 0


def disk_full(
    workdir: Path, crawl_args: list[str], env: dict[str, str], result: StorageResult
) -> None:
    """A crawl and a rescoring on a disk that fills up midway. The disk holds the empty
    store's schema and its write-ahead log (about 300 KB each with every package's
    tables) and a few pages more, so it fills during the crawl, not while migrating."""
    fs = Tmpfs(workdir / "full", "1200k")
    with fs as mount:
        db = mount / "store.db"
        proc = cli(db, "crawl", *crawl_args, "--stage", "crawl", "--stage", "score", env=env)
        ok, pages = intact(db)
    result.checks["disk_full_clear_error"] = clear_error(proc)
    result.checks["disk_full_store_intact"] = ok and pages > 0
    result.notes.append(
        f"disk full: exit {proc.returncode}, last line {proc.stderr.strip().splitlines()[-1:]}"
    )


def read_only(
    workdir: Path, crawl_args: list[str], env: dict[str, str], result: StorageResult
) -> None:
    """A filled store on a filesystem remounted read-only: score and decide-path commands."""
    fs = Tmpfs(workdir / "ro", "16m")
    with fs as mount:
        db = mount / "store.db"
        first = cli(db, "crawl", *crawl_args, "--stage", "crawl", env=env)
        before = intact(db)
        fs.remount_readonly()
        score = cli(db, "score", env=env)
        users = cli(db, "users", "add", "officier", "--role", "prosecutor", "--password-stdin",
                    env=env, stdin="reliability-pass-1\n")  # fmt: skip
        reads = [cli(db, *command, env=env) for command in (["runs"], ["queue", "list"])]
        after = intact(db)
    result.checks["read_only_clear_error"] = clear_error(score) and clear_error(users)
    # Reading needs no write: the read-only commands open the store immutable there.
    result.checks["read_only_readable"] = all(proc.returncode == 0 for proc in reads)
    result.checks["read_only_store_intact"] = first.returncode == 0 and after == before and after[0]
    result.notes.append(f"read-only: score says {score.stderr.strip().splitlines()[-1:]}")


def backup_under_load(workdir: Path, result: StorageResult, copies_wanted: int = 3) -> None:
    """`nephelpdesk backup` while another thread keeps appending to the hash-chained audit
    log: each copy must pass integrity_check and its chain must verify (a torn copy would
    not), and the writer must never be refused."""
    sys.path.insert(0, str(ROOT))
    from core.store import open_store
    from takedown_queue import audit
    from takedown_queue.audit import verify

    db_path = workdir / "busy.db"
    open_store(db_path).close()
    stop, written = threading.Event(), [0]

    def writer() -> None:
        db = open_store(db_path)
        while not stop.is_set():
            audit.append(db, actor="reliability", action="annotate", why="load", details={})
            written[0] += 1
        db.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = []
        for n in range(copies_wanted):
            dest = workdir / f"copy-{n}.db"
            copies.append((cli(db_path, "backup", str(dest)), dest))
    finally:
        stop.set()
        thread.join()
    good = 0
    for proc, dest in copies:
        if proc.returncode != 0:
            result.notes.append(f"backup failed: {proc.stderr.strip()[-200:]}")
            continue
        copy = open_store(dest, readonly=True)
        check = copy.execute("PRAGMA integrity_check").fetchone()[0]
        problems = verify(copy).problems
        copy.close()
        good += check == "ok" and not problems
    result.checks["backup_consistent_under_writes"] = good == copies_wanted and written[0] > 0
    result.notes.append(f"backup under load: {good}/{copies_wanted} copies consistent, "
                        f"{written[0]} audit rows written meanwhile")  # fmt: skip


def storage_test(workdir: Path, queries: list[str]) -> StorageResult:
    from crawler.sandbox.scenario import load_scenario
    from crawler.sandbox.server import Sandbox

    workdir.mkdir(parents=True, exist_ok=True)
    result = StorageResult()
    backup_under_load(workdir, result)
    if not can_mount():
        result.notes.append(
            "disk full and read-only checks not run: they need root to mount a tmpfs"
        )
        return result
    qfile = workdir / "queries.txt"
    qfile.write_text("\n".join(queries) + "\n", encoding="utf-8")
    with Sandbox(load_scenario(), max_hang=3.0) as sandbox:
        env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="", **sandbox.env())
        args = ["--engine-url", sandbox.search_url, "--queries", str(qfile),
                "--proxy", sandbox.proxy_url, "-s", "DOWNLOAD_DELAY=0",
                "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=ERROR",
                "-s", "DOWNLOAD_TIMEOUT=3", "-s", "RETRY_TIMES=0"]  # fmt: skip
        disk_full(workdir, args, env, result)
        read_only(workdir, args, env, result)
    return result
