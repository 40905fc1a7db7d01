"""The reliability suite: crashes, concurrent use, hostile input and storage faults,
each ending in figures, one a line: `figure NAME VALUE target OP LIMIT`.

    python bench/reliability.py            # the full run (10-20 minutes)
    python bench/reliability.py --quick    # about 2 minutes (CI runs this)
    python bench/reliability.py --seed 7   # other kill moments and fuzz inputs

Exits 1 when a figure misses its target. The parts live beside this file:
reliability_crash.py (SIGKILL and resume the nightly run), reliability_concurrency.py
(web UI decisions against a crawl and a rescoring), reliability_fuzz.py (hypothesis on
every parser of attacker-controlled input), reliability_storage.py (disk full,
read-only store, backup under load).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extras import RELIABILITY, require  # noqa: E402

if __name__ == "__main__":
    require("bench/reliability.py", RELIABILITY)  # before the parts import hypothesis

from reliability_concurrency import concurrency_test  # noqa: E402
from reliability_crash import crash_test  # noqa: E402
from reliability_fuzz import fuzz_all  # noqa: E402
from reliability_storage import storage_test  # noqa: E402

from bench.figures import Figure  # noqa: E402


@dataclass(frozen=True)
class Plan:
    queries: tuple[str, ...]
    kills: int
    reviewers: int
    cases_each: int
    fuzz_examples: int


QUICK = Plan(("hulp windows",), kills=3, reviewers=3, cases_each=6, fuzz_examples=60)
FULL = Plan(
    ("hulp windows", "Microsoft helpdesk telefoonnummer", "Apple support number"),
    kills=10,
    reviewers=6,
    cases_each=25,
    fuzz_examples=2000,
)


def note(text: str) -> None:
    print(f"# {text}", file=sys.stderr, flush=True)


def crash_figures(work: Path, plan: Plan, seed: int) -> list[Figure]:
    began = time.monotonic()
    r = crash_test(work / "crash", list(plan.queries), kills=plan.kills, seed=seed)
    note(f"crash: kills at {', '.join(r.kill_points)}; {r.attempts} starts, "
         f"{time.monotonic() - began:.0f}s")  # fmt: skip
    for problem in r.run_problems:
        note(f"crash: run record: {problem}")
    if r.lost or r.duplicated:
        note(f"crash: lost {r.lost} duplicated {r.duplicated}")
    return [
        Figure("kills_survived", r.kills_landed if not r.run_problems else 0, ">=", plan.kills),
        Figure("items_lost", r.items_lost, "==", 0),
        Figure("items_duplicated", r.items_duplicated, "==", 0),
    ]


def concurrency_figures(work: Path, plan: Plan) -> list[Figure]:
    began = time.monotonic()
    r = concurrency_test(
        work / "concurrency", list(plan.queries), reviewers=plan.reviewers,
        cases_each=plan.cases_each,
    )  # fmt: skip
    note(f"concurrency: {r.acknowledged} decisions while {r.crawls} crawls and {r.rescores} "
         f"rescorings wrote; slowest {r.slowest:.2f}s; "
         f"{time.monotonic() - began:.0f}s")  # fmt: skip
    for line in (r.refused + r.writer_errors + r.audit_problems)[:10]:
        note(f"concurrency: {line}")
    wanted = plan.reviewers * plan.cases_each * 2
    return [
        Figure("concurrent_decisions_acknowledged", r.acknowledged, ">=", wanted),
        Figure("concurrent_decisions_lost", r.lost + len(r.audit_problems), "==", 0),
        Figure("locked_errors_seen", r.locked_errors, "==", 0),
        Figure("server_errors_seen", r.server_errors, "==", 0),
        Figure("concurrent_writer_errors", len(r.writer_errors), "==", 0),
    ]


def fuzz_figures(plan: Plan, seed: int) -> list[Figure]:
    figures = []
    for r in fuzz_all(plan.fuzz_examples, seed):
        note(f"fuzz {r.target}: slowest {r.slowest:.2f}s, peak {r.peak / 1e6:.1f} MB")
        for failure in r.failures[:3]:
            note(f"fuzz {r.target}: {failure}")
        figures.append(Figure(f"fuzz_inputs_{r.target}", r.tried, ">=", plan.fuzz_examples))
        figures.append(Figure(f"fuzz_failures_{r.target}", len(r.failures), "==", 0))
    return figures


def storage_figures(work: Path, plan: Plan) -> list[Figure]:
    r = storage_test(work / "storage", list(plan.queries))
    for line in r.notes:
        note(f"storage: {line}")
    return [Figure(f"storage_{name}", int(passed), "==", 1) for name, passed in r.checks.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short run (about 2 minutes)")
    parser.add_argument("--seed", type=int, default=1, help="kill moments and fuzz inputs")
    args = parser.parse_args(argv)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    plan = QUICK if args.quick else FULL
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="nephelpdesk-reliability-") as tmp:
        work = Path(tmp)
        for part in (
            lambda: crash_figures(work, plan, args.seed),
            lambda: concurrency_figures(work, plan),
            lambda: fuzz_figures(plan, args.seed),
            lambda: storage_figures(work, plan),
        ):
            for figure in part():
                print(figure.line(), flush=True)
                figures.append(figure)
    missed = [f.name for f in figures if not f.met]
    if missed:
        note(f"missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
