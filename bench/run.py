"""The benchmark: six figures, measured side by side in one run, each against its target.

    python bench/run.py            # full sizes; a few minutes
    python bench/run.py --quick    # small sizes, well under two minutes (the test suite's)

Each figure is printed on a line of its own as `figure NAME VALUE target OP LIMIT`,
with the measurements behind it on `#` lines. The exit code is 1 when a figure misses
its target (in --quick mode too; the test suite checks only the format there, since
small sizes make the ratios noisy).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # offline suffix list

from bench import crawl, ct, extraction, queue_page, render, scoring  # noqa: E402
from bench.figures import Figure  # noqa: E402


@dataclass(frozen=True)
class Sizes:
    crawl_pages: int
    crawl_small: int
    crawl_rounds: int
    sandbox_scale: int
    rescore_large: int
    rescore_small: int
    queue_large: int
    queue_small: int
    registration_domains: int
    registration_concurrency: int
    extraction_scale: int  # generated sandbox sites whose pages bench/extraction.py times
    extraction_rounds: int
    ct_names: int
    ct_entries: int
    render_pages: int = 40


FULL = Sizes(20_000, 2_000, 2, 2000, 100_000, 10_000, 100_000, 1_000, 1_000, 32, 400, 7,
             200_000, 2_000, 40)  # fmt: skip
QUICK = Sizes(2_000, 200, 1, 200, 10_000, 1_000, 10_000, 1_000, 200, 16, 50, 3, 10_000, 100, 6)


RENDER_COST_LIMIT = 40.0


def registration_ratio(domains: int, concurrency: int) -> float:
    """bench/registration.py's measure(): loaded by path, it is a script of its own."""
    spec = importlib.util.spec_from_file_location(
        "bench_registration", REPO / "bench" / "registration.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return float(module.measure(domains, 0.2, concurrency))


def detail(values: dict[str, Any]) -> None:
    print("# " + ", ".join(f"{k} {v:.3f}" for k, v in values.items()), flush=True)


def run(sizes: Sizes) -> list[Figure]:
    figures = []
    c = crawl.measure(sizes.crawl_pages, sizes.crawl_small, sizes.crawl_rounds, sizes.sandbox_scale)
    detail(c)
    figures.append(Figure("crawl_vs_bare_scrapy", c["crawl_vs_bare_scrapy"], ">=", 0.7, decimals=3))
    figures.append(Figure("crawl_memory_growth", c["crawl_memory_growth"], "<=", 1.5, decimals=3))
    s = scoring.measure(sizes.rescore_large, sizes.rescore_small)
    detail(s)
    figures.append(Figure("rescore_growth", s["rescore_growth"], "<=", 11, decimals=3))
    q = queue_page.measure(sizes.queue_large, sizes.queue_small)
    detail(q)
    figures.append(Figure("queue_page_growth", q["queue_growth"], "<=", 2, decimals=3))
    ratio = registration_ratio(sizes.registration_domains, sizes.registration_concurrency)
    figures.append(Figure("registration_vs_ideal", ratio, "<=", 1.3, decimals=3))
    e = extraction.measure(sizes.extraction_scale, sizes.extraction_rounds)
    detail(e)
    figures.append(extraction.figure(e))
    r = render.measure(sizes.render_pages)
    detail(r)
    # How many times slower the nightly run is with every page rendered (same pages).
    figures.append(Figure("render_cost", r["render_cost"], "<=", RENDER_COST_LIMIT, decimals=3))
    names = ct.measure(sizes.ct_names, sizes.ct_entries)
    detail(names)
    figures.append(
        Figure("ct_names_per_second", names["ct_names_per_second"], ">=", 10_000, decimals=1)
    )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (about a minute)")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    print(f"# sizes: {sizes}", flush=True)
    figures = run(sizes)
    for figure in figures:
        print(figure.line(), flush=True)
    missed = [f.name for f in figures if not f.met]
    if missed:
        print(f"# missed: {', '.join(missed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
