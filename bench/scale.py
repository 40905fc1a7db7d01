"""Scale figures: a store the size users reach next year, timed where they wait.

    python bench/scale.py                  # 200,000 domains, 1,000,000 pages
    python bench/scale.py --domains 20000  # a smaller store, same shape

The store is generated the way bench/scoring.py generates it (real tables, extractions of
real sandbox pages, campaigns of five sites sharing a number and a template), with five
pages a domain. Then, in order, each timed once: the first score of every domain, the
nightly rescore, the triage that opens a case for each flagged domain, the prosecutors'
queue as opened (median of 11 renders through the real web app and login), and
`export stats --by country`. The store's size on disk is printed beside its counts.

These are absolute figures on the machine they run on, not ratios: they say what a
user with that store waits, not whether the code grows linearly (bench/run.py does).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.queue_page import PASSWORD, _client  # noqa: E402
from bench.scoring import CAMPAIGN_SIZE, Generator, Template, TemplatePage, sample_templates  # noqa: E402
from core.store import open_store  # noqa: E402
from reports import stats  # noqa: E402
from scoring.rules import load_rules  # noqa: E402
from scoring.stage import rescore  # noqa: E402
from takedown_queue.triage import triage  # noqa: E402
from takedown_queue.users import add_user  # noqa: E402

PAGES_PER_DOMAIN = 5


class ScaleGenerator(Generator):
    """bench/scoring.py's generator with a fixed number of pages a domain (the template's
    pages repeated under other paths, as a crawl fetches a site's contact and support
    pages)."""

    def pages_of(self, template: Template) -> tuple[TemplatePage, ...]:
        pages = list(template.pages)
        for k in range(len(pages), PAGES_PER_DOMAIN):
            page = template.pages[k % len(template.pages)]
            pages.append(dataclasses.replace(page, path=f"{page.path.rstrip('/')}/p{k}"))
        return tuple(pages[:PAGES_PER_DOMAIN])


def _timed(fn, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def measure(domains: int, repeats: int = 11) -> dict[str, float]:
    templates = sample_templates()
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="nephelpdesk-scale-") as tmp:
        path = Path(tmp) / "scale.db"
        db = open_store(path)
        out["generate_s"], _ = _timed(ScaleGenerator(db, templates, 8).run, domains)
        add_user(db, "bench", "prosecutor", PASSWORD)
        rules = load_rules()
        out["first_score_s"], _ = _timed(rescore, db, rules)
        out["nightly_rescore_s"], _ = _timed(rescore, db, rules)
        out["triage_s"], _ = _timed(triage, db)
        out["domains"] = db.execute("SELECT count(*) FROM domains").fetchone()[0]
        out["pages"] = db.execute("SELECT count(*) FROM pages").fetchone()[0]
        out["flagged"] = db.execute("SELECT count(*) FROM scores WHERE flagged").fetchone()[0]
        out["cases"] = db.execute("SELECT count(*) FROM cases").fetchone()[0]
        out["export_stats_s"], table = _timed(stats.compute, db, "country")
        if not table.rows:
            raise RuntimeError("export stats returned no rows")
        db.close()
        client = _client(path)
        times = []
        for _ in range(repeats + 1):
            started = time.perf_counter()
            response = client.get("/")
            times.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise RuntimeError(f"queue page failed: {response.status_code}")
        out["queue_page_ms"] = statistics.median(times[1:]) * 1000
        out["store_mb"] = path.stat().st_size / 1e6
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--domains",
        type=int,
        default=200_000,
        help="domains in the store (pages: five times as many)",
    )
    args = parser.parse_args()
    if args.domains < CAMPAIGN_SIZE:
        parser.error(f"--domains must be at least {CAMPAIGN_SIZE}")
    figures = measure(args.domains)
    print(f"# scale: {figures['domains']:,.0f} domains, {figures['pages']:,.0f} pages, "
          f"{figures['flagged']:,.0f} flagged, {figures['cases']:,.0f} cases, store {figures['store_mb']:,.0f} MB")  # fmt: skip
    for key in (
        "generate_s",
        "first_score_s",
        "nightly_rescore_s",
        "triage_s",
        "queue_page_ms",
        "export_stats_s",
    ):
        print(f"{key:<20} {figures[key]:>10.2f}")


if __name__ == "__main__":
    main()
