"""Figure: extraction time per page over a reference parse, on the same sandbox pages.

    python bench/extraction.py            # scale 400 (a few hundred sites' pages)
    python bench/extraction.py --quick    # scale 50

`extract_page` runs over every ordinary page of the sandbox scenario (load_scenario(
scale=...)); beside it, in the same run and over the same bodies, a reference workload
that does not change with our code: lxml parses the page and walks its text. Their
ratio cancels out how fast (or how loaded) the host is, so the figure says whether
extraction itself got slower. Pages are timed in batches, the reference and then
extraction on each batch, and each batch keeps its best time of each over the rounds,
which keeps a noisy neighbour from deciding the figure.

The limit is 1.3 x the ratio measured on the commit this work started from (see
BASELINE_RATIO): extraction may grow by 30 % for what it learned, no more.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # offline suffix list

from lxml import html as lxml_html  # noqa: E402

from bench.figures import Figure  # noqa: E402
from crawler.extract.brands import load_catalog  # noqa: E402
from crawler.extract.page import extract_page  # noqa: E402
from crawler.extract.phones import forget_windows  # noqa: E402
from crawler.sandbox.scenario import load_scenario  # noqa: E402

# Measured on d01161e (the commit this work started from) with this file copied
# there: `python bench/extraction.py` (scale 400, 4,335 pages, 7 rounds) gave 29.24
# and 29.18 on a shared 2-core host (1.22-1.35 ms/page against 0.042-0.046 ms for the
# reference); --quick gave 30.7-31.9. The full-size figure is the baseline.
BASELINE_RATIO = 29.2
LIMIT = round(1.3 * BASELINE_RATIO)  # 38

Sample = tuple[str, bytes, dict[str, str]]
BATCH = 25  # pages timed together; small enough that load bursts spoil few batches
# The reference is ~30 times cheaper than extraction; repeated this often per batch it
# runs about as long, so both meet the same share of a loaded host's bursts.
REFERENCE_REPEAT = 20


def sample_pages(scale: int) -> list[Sample]:
    """(url, body, headers) of every ordinary page of every non-edge sandbox site."""
    scenario = load_scenario(scale=scale)
    pages = []
    for site in scenario.sites:
        if site.label == "edge":
            continue
        for path, page in sorted(site.pages.items()):
            if page.ordinary:
                url = f"http://{site.hosts[0]}{path}"
                pages.append((url, page.body_bytes(), dict(page.headers)))
    return pages


def reference(pages: list[Sample]) -> None:
    """Work our code cannot change: parse with lxml and read every text node."""
    for _ in range(REFERENCE_REPEAT):
        for _, body, _ in pages:
            root = lxml_html.document_fromstring(body)
            for _text in root.itertext():
                pass


def extraction(pages: list[Sample]) -> None:
    """Extract every page of the batch. Windows of text read on earlier batches or
    rounds are forgotten first: only the batch's own pages (several of one site, as a
    crawl fetches them) may share what they repeat."""
    forget_windows()
    catalog = load_catalog()
    for url, body, headers in pages:
        extract_page(body, url=url, headers=headers, catalog=catalog)


def batches(pages: list[Sample], size: int = BATCH) -> list[list[Sample]]:
    return [pages[i : i + size] for i in range(0, len(pages), size)]


def timed(work: Callable[[list[Sample]], None], pages: list[Sample]) -> float:
    start = time.perf_counter()
    work(pages)
    return time.perf_counter() - start


def measure(scale: int, rounds: int) -> dict[str, float]:
    """ms/page of both workloads and their ratio.

    The pages go in batches; each batch runs the reference and then extraction, and
    keeps its best time of each over the rounds. A neighbour's burst of load then
    spoils one batch of one round, not a whole workload.
    """
    pages = sample_pages(scale)
    extraction(pages[:20])  # warm the vocabulary, catalogue and regex caches
    parts = batches(pages)
    ref_best = [float("inf")] * len(parts)
    ext_best = [float("inf")] * len(parts)
    for _ in range(rounds):
        for index, part in enumerate(parts):
            ref_best[index] = min(ref_best[index], timed(reference, part))
            ext_best[index] = min(ext_best[index], timed(extraction, part))
    ref_ms = 1000 * sum(ref_best) / len(pages) / REFERENCE_REPEAT
    ext_ms = 1000 * sum(ext_best) / len(pages)
    return {
        "pages": float(len(pages)),
        "extract_ms_per_page": ext_ms,
        "reference_ms_per_page": ref_ms,
        "extraction_vs_parse": ext_ms / ref_ms,
    }


def figure(values: dict[str, float]) -> Figure:
    return Figure("extraction_vs_parse", values["extraction_vs_parse"], "<=", LIMIT, decimals=2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="scale 50, 3 rounds")
    parser.add_argument("--scale", type=int, default=None, help="generated sandbox sites")
    args = parser.parse_args()
    scale = args.scale if args.scale is not None else (50 if args.quick else 400)
    values = measure(scale, 3 if args.quick else 7)
    print("# " + ", ".join(f"{k} {v:.3f}" for k, v in values.items()), flush=True)
    result = figure(values)
    print(result.line(), flush=True)
    sys.exit(0 if result.met else 1)


if __name__ == "__main__":
    main()
