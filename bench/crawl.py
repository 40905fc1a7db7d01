"""Figures 1 and 2: crawl throughput against a bare Scrapy spider, and peak memory.

Both crawls fetch exactly the same URL set through the same sandbox proxy with the same
concurrency settings, each in a fresh process (bench/crawl_child.py), alternating bare
and full so that a busy moment on the shared machine hits both sides alike. Start URLs
are fed directly with contact_pages=0, so the full crawler follows no links and fetches
what the bare spider fetches.

The figure gives both sides the same CPU budget (issue 16): each crawl pinned to one
core, the product extracting in its own process (NEPHELPDESK_EXTRACT_WORKERS=0). The
product as deployed, with its extraction worker on every core, is printed beside it
(`deployed_vs_bare_scrapy`), against a bare spider on every core too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.sandbox.model import Scenario
from crawler.sandbox.scenario import load_scenario
from crawler.sandbox.server import Sandbox

CHILD = Path(__file__).resolve().parent / "crawl_child.py"
REPO = CHILD.parent.parent
# No politeness delay: the figure is about the crawler's own cost, not about waiting.
FAST_SETTINGS: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 10,
    "RETRY_TIMES": 0,
    "LOG_LEVEL": "WARNING",
}


@dataclass
class CrawlResult:
    elapsed: float
    responses: int
    peak_kb: int
    stored: int | None = None


def page_urls(scenario: Scenario, count: int) -> list[str]:
    """`count` URLs of ordinary pages on ordinary sites (no traps, hangs or giant bodies)."""
    urls: list[str] = []
    for site in scenario.sites:
        if site.label == "edge":
            continue
        for path, page in sorted(site.pages.items()):
            if page.ordinary and page.status == 200:
                urls.append(f"http://{site.hosts[0]}{path}")
    if len(urls) < count:
        raise RuntimeError(f"the sandbox has {len(urls)} ordinary pages, {count} wanted")
    return urls[:count]


def one_core() -> set[int]:
    """The CPU both sides of the same-budget comparison are pinned to."""
    return {min(os.sched_getaffinity(0))}


def crawl(
    mode: str,
    urls: list[str],
    proxy: str,
    workdir: Path,
    env: dict[str, str] | None = None,
    *,
    workers: int | None = None,
    cpus: set[int] | None = None,
) -> CrawlResult:
    """One crawl in a child process; raises when it did not fetch (and store) every URL.
    `workers`: the product's extraction worker processes (None: its default); `cpus`:
    pin the child (and any worker it starts) to these CPUs."""
    args_path = workdir / f"{mode}-args.json"
    db_path = workdir / f"{mode}-{len(urls)}.db"
    db_path.unlink(missing_ok=True)
    settings = dict(FAST_SETTINGS)
    if workers is not None:
        settings["NEPHELPDESK_EXTRACT_WORKERS"] = workers
    args = {"db": str(db_path), "urls": urls, "proxy": proxy, "settings": settings}
    args_path.write_text(json.dumps(args), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(CHILD), mode, str(args_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        env=env,
        preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None,  # noqa: PLW1509
    )
    if out.returncode != 0:
        raise RuntimeError(f"{mode} crawl failed: {out.stderr[-2000:]}")
    data = json.loads(out.stdout.strip().splitlines()[-1])
    result = CrawlResult(
        float(data["elapsed"]), data["responses"], data["peak_kb"], data.get("stored")
    )
    if result.responses != len(urls) or (mode == "full" and result.stored != len(urls)):
        raise RuntimeError(f"{mode} crawl incomplete: {data} for {len(urls)} URLs")
    return result


def measure(pages: int, small_pages: int, rounds: int, scale: int) -> dict[str, float]:
    """{crawl_vs_bare_scrapy, crawl_memory_growth} plus the raw timings behind them."""
    scenario = load_scenario(scale=scale)
    urls = page_urls(scenario, pages)
    bare_times: list[float] = []
    full_runs: list[CrawlResult] = []
    with (
        tempfile.TemporaryDirectory(prefix="nephelpdesk-bench-") as tmp,
        Sandbox(scenario, max_hang=2.0) as sandbox,
    ):
        workdir = Path(tmp)
        # The sandbox's DNS server answers the site names, as a crawl host's resolver would.
        env = dict(os.environ, NEPHELPDESK_DNS_SERVER=sandbox.env()["NEPHELPDESK_DNS_SERVER"])
        core = one_core()
        pinned_bare: list[float] = []
        pinned_full: list[float] = []
        for _ in range(rounds):
            # Same CPU budget: both on one core, the product extracting in its own process.
            pinned_bare.append(crawl("bare", urls, sandbox.proxy_url, workdir, env, cpus=core).elapsed)
            pinned_full.append(crawl("full", urls, sandbox.proxy_url, workdir, env,
                                     workers=0, cpus=core).elapsed)  # fmt: skip
            # As deployed: the product with its extraction worker, every core the host has.
            bare_times.append(crawl("bare", urls, sandbox.proxy_url, workdir, env).elapsed)
            full_runs.append(crawl("full", urls, sandbox.proxy_url, workdir, env))
        small = crawl("full", urls[:small_pages], sandbox.proxy_url, workdir, env)
    best_full = min(full_runs, key=lambda r: r.elapsed)
    peak = max(r.peak_kb for r in full_runs)
    return {
        "crawl_vs_bare_scrapy": min(pinned_bare) / min(pinned_full),
        "deployed_vs_bare_scrapy": min(bare_times) / best_full.elapsed,
        "crawl_memory_growth": peak / small.peak_kb,
        "one_core_bare_pages_per_s": pages / min(pinned_bare),
        "one_core_full_pages_per_s": pages / min(pinned_full),
        "bare_pages_per_s": pages / min(bare_times),
        "full_pages_per_s": pages / best_full.elapsed,
        "peak_mb_large": peak / 1024,
        "peak_mb_small": small.peak_kb / 1024,
    }
