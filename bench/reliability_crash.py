"""Crash safety: SIGKILL the whole nightly run at random moments, resume, compare.

One uninterrupted reference run and one run killed several times (the process group:
the CLI parent and its crawl child) go against the same sandbox, each on its own store.
Kill moments are seeded-random: a stage (crawl, enrich, score, triage, recheck), then a
delay into it drawn from that stage's length in the reference run. After every kill the
same command is started again until it finishes. Then both stores must hold the same
pages (url, body SHA-256), hits, phones, registrations, scores, cases and case domains
and audit actions: nothing lost, nothing twice; one finished run resumed once per kill.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The stages killed and compared. The render stage is left out (run with an explicit
# --stage list): its browser makes each attempt minutes longer; its crash safety rests on
# one transaction a page and on skipping pages already rendered (tests/test_render_stage).
STAGES = ("crawl", "enrich", "score", "triage", "recheck")
RUN_TIMEOUT = 240.0  # seconds one attempt may take before the harness gives up
SHORT_STAGE = 0.2  # a stage shorter than this is killed the moment it starts

# What must survive, table by table: a tuple per row that ignores times and row ids.
SNAPSHOT_SQL = {
    "pages": "SELECT url, body_sha256 FROM pages",
    "bodies": "SELECT sha256, size FROM bodies WHERE sha256 IN (SELECT body_sha256 FROM pages)",
    # Registry answers carry their own timestamps: compare that each record kept one.
    "registration_raw": "SELECT r.domain FROM registrations r JOIN bodies b"
    " ON b.sha256 = r.raw_sha256",
    "search_hits": "SELECT query, engine, result_page, rank, url FROM search_hits",
    "page_phones": "SELECT p.url, p.body_sha256, pp.e164 FROM page_phones pp"
    " JOIN pages p ON p.id = pp.page_id",
    "registrations": "SELECT domain, registrar, registrant_country, privacy_state, created,"
    " source FROM registrations",
    "scores": "SELECT domain, total, band, flagged FROM scores",
    "cases": "SELECT c.status, c.domain_count, group_concat(cd.domain) FROM cases c"
    " JOIN (SELECT * FROM case_domains ORDER BY domain) cd ON cd.case_id = c.id GROUP BY c.id",
    "case_domains": "SELECT domain FROM case_domains",
    "audit_log": "SELECT action, actor FROM audit_log",
}


@dataclass
class StageClock:
    """When each stage line appeared on the run's stderr (seconds since start)."""

    started: float = field(default_factory=time.monotonic)
    seen: dict[str, float] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    event: threading.Condition = field(default_factory=threading.Condition)

    def read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            with self.event:
                self.lines.append(line.rstrip())
                for stage in STAGES:
                    if f"] {stage}: " in line:
                        self.seen[stage] = time.monotonic() - self.started
                self.event.notify_all()

    def wait_for(self, stage: str, proc: subprocess.Popen[str], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self.event:
            while stage not in self.seen:
                if proc.poll() is not None or time.monotonic() > deadline:
                    return False
                self.event.wait(0.05)
        return True


@dataclass
class CrashResult:
    kills_planned: int
    kills_landed: int = 0
    kills_missed: int = 0  # the run had finished before the kill arrived
    attempts: int = 0
    lost: dict[str, int] = field(default_factory=dict)
    duplicated: dict[str, int] = field(default_factory=dict)
    run_problems: list[str] = field(default_factory=list)
    kill_points: list[str] = field(default_factory=list)
    reference_stages: dict[str, float] = field(default_factory=dict)

    @property
    def items_lost(self) -> int:
        return sum(self.lost.values())

    @property
    def items_duplicated(self) -> int:
        return sum(self.duplicated.values())


def run_command(
    db: Path, search_url: str, proxy_url: str, queries_file: Path, stages: tuple[str, ...] = ()
) -> list[str]:
    only = [arg for stage in stages or STAGES for arg in ("--stage", stage)]
    return [
        sys.executable, "-m", "nephelpdesk", "--db", str(db), "crawl", *only,
        "--engine-url", search_url, "--queries", str(queries_file), "--proxy", proxy_url,
        "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_TIMEOUT=3",
        "-s", "RETRY_TIMES=0", "-s", "LOG_LEVEL=WARNING", "-s", "NEPHELPDESK_COMMIT_EVERY=1",
    ]  # fmt: skip


def start(cmd: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[str], StageClock]:
    # A new session: the kill takes the CLI and its crawl child together, like a crash
    # or an OOM kill of the whole cron job.
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, start_new_session=True, text=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    clock = StageClock()
    threading.Thread(target=clock.read, args=(proc.stderr,), daemon=True).start()
    return proc, clock


def reference_run(cmd: list[str], env: dict[str, str]) -> tuple[int, dict[str, float], list[str]]:
    """The uninterrupted run: exit code, stage lengths (s), stderr lines."""
    proc, clock = start(cmd, env)
    code = proc.wait(timeout=RUN_TIMEOUT)
    end = time.monotonic() - clock.started
    times = [clock.seen.get(s) for s in STAGES]
    lengths = {}
    for i, stage in enumerate(STAGES):
        begin = times[i]
        if begin is None:
            continue
        after = next((t for t in times[i + 1 :] if t is not None), end)
        lengths[stage] = max(0.0, after - begin)
    return code, lengths, clock.lines


def plan_kills(
    rng: random.Random, kills: int, lengths: dict[str, float]
) -> list[tuple[str, float]]:
    """Seeded (stage, delay) pairs; every stage gets a turn before any gets a second.
    Short stages (they may end before a kill arrives) come last, so a miss ends the plan
    without skipping the others."""
    stages = [s for s in STAGES if s in lengths]
    order: list[str] = []
    while len(order) < kills:
        order.extend(rng.sample(stages, len(stages)))
    plan = []
    for stage in order[:kills]:
        length = lengths[stage]
        delay = rng.uniform(0, 0.9 * length) if not short(stage, lengths) else 0.0
        plan.append((stage, delay))
    plan.sort(key=lambda p: short(p[0], lengths))
    return plan


def short(stage: str, lengths: dict[str, float]) -> bool:
    # The last stage's measured length runs to the process exit, so it counts as short.
    return lengths[stage] < SHORT_STAGE or stage == STAGES[-1]


def run_status(db: Path) -> str | None:
    conn = sqlite3.connect(db, timeout=30)
    try:
        row = conn.execute("SELECT status FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return None  # killed before the schema was there
    finally:
        conn.close()
    return row[0] if row else None


def kill_at(cmd: list[str], env: dict[str, str], stage: str, delay: float) -> str | None:
    """Start the run, SIGKILL its process group `delay` s into `stage` (or as the next
    stage starts, when a resumed stage has less left to do); returns where the kill
    landed, or None when the run ended first."""
    proc, clock = start(cmd, env)
    try:
        if not clock.wait_for(stage, proc, RUN_TIMEOUT):
            return None
        due = clock.started + clock.seen[stage] + delay
        later = STAGES[STAGES.index(stage) + 1 :]
        while time.monotonic() < due and not any(s in clock.seen for s in later):
            if proc.poll() is not None:
                return None
            time.sleep(0.005)
        if proc.poll() is not None:
            return None
        os.killpg(proc.pid, signal.SIGKILL)
        reached = max(clock.seen, key=clock.seen.__getitem__)
        return f"{reached}+{time.monotonic() - clock.started - clock.seen[reached]:.2f}s"
    finally:
        reap(proc)


def reap(proc: subprocess.Popen[str]) -> None:
    """Nothing of an attempt outlives it, also when the harness itself fails."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait(timeout=RUN_TIMEOUT)


def snapshot(db: Path) -> dict[str, Counter[tuple[object, ...]]]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return {name: Counter(conn.execute(sql).fetchall()) for name, sql in SNAPSHOT_SQL.items()}
    finally:
        conn.close()


def run_records(db: Path, kills: int) -> list[str]:
    """The runs table after the killed-and-resumed run: one finished run, resumed = kills,
    and an intact audit chain."""
    sys.path.insert(0, str(ROOT))
    from core.store import open_store
    from takedown_queue.audit import verify

    problems = []
    store = open_store(db)
    try:
        rows = store.execute("SELECT status, resumed, pid, finished FROM runs").fetchall()
        if len(rows) != 1:
            problems.append(f"{len(rows)} run records, expected 1")
        for status, resumed, pid, finished in rows:
            if status != "finished" or pid is not None or not finished:
                problems.append(f"run left as status={status} pid={pid} finished={finished}")
            if resumed != kills:
                problems.append(f"run resumed {resumed} times after {kills} kills")
        problems += list(verify(store).problems)
        check = store.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            problems.append(f"integrity_check: {check}")
    finally:
        store.close()
    return problems


def compare(reference: Path, killed: Path, result: CrashResult) -> None:
    want, got = snapshot(reference), snapshot(killed)
    for name in SNAPSHOT_SQL:
        lost = sum((want[name] - got[name]).values())
        extra = sum((got[name] - want[name]).values())
        if lost:
            result.lost[name] = lost
        if extra:
            result.duplicated[name] = extra


def crash_test(
    workdir: Path, queries: list[str], *, kills: int, seed: int, max_hang: float = 3.0
) -> CrashResult:
    """The whole experiment: sandbox up, reference and killed runs, comparison."""
    sys.path.insert(0, str(ROOT))
    from crawler.sandbox.scenario import load_scenario
    from crawler.sandbox.server import Sandbox

    workdir.mkdir(parents=True, exist_ok=True)
    qfile = workdir / "queries.txt"
    qfile.write_text("\n".join(queries) + "\n", encoding="utf-8")
    result = CrashResult(kills)
    with Sandbox(load_scenario(), max_hang=max_hang) as sandbox:
        env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="", **sandbox.env())
        ref_db, killed_db = workdir / "reference.db", workdir / "killed.db"
        ref_cmd = run_command(ref_db, sandbox.search_url, sandbox.proxy_url, qfile)
        code, lengths, lines = reference_run(ref_cmd, env)
        if code != 0:
            raise RuntimeError(f"reference run failed ({code}): {lines[-5:]}")
        result.reference_stages = lengths
        cmd = run_command(killed_db, sandbox.search_url, sandbox.proxy_url, qfile)
        for stage, delay in plan_kills(random.Random(seed), kills, lengths):
            result.attempts += 1
            point = kill_at(cmd, env, stage, delay)
            if point is None or run_status(killed_db) != "running":
                result.kills_missed += 1
                break  # the run finished: nothing left to kill
            result.kills_landed += 1
            result.kill_points.append(point)
        if run_status(killed_db) != "finished":
            result.attempts += 1
            proc, clock = start(cmd, env)
            if proc.wait(timeout=RUN_TIMEOUT) != 0:
                result.run_problems.append(f"final resume failed: {clock.lines[-5:]}")
    compare(ref_db, killed_db, result)
    result.run_problems += run_records(killed_db, result.kills_landed)
    return result
