"""Figure: certificate transparency names scored per second, on one core.

A large CT log issues millions of certificates a day, each with a few names, so the
watcher must score names far faster than they arrive. The names are generated
deterministically the way CT logs show them: mostly benign hostnames (service and
customer subdomains, random labels, wildcards, cloud and hosting-platform names) with a
few per cent of look-alikes (brand + support words, typos, homoglyphs, brands on
hosting platforms, brand domains as subdomains), every name unique, so no cache helps.
The timed part is the whole decision per name: registered domain, the prefilter, and
the domain-name indicators where the prefilter lets a name through. Best of `rounds`,
timed in CPU seconds of this one process (time.process_time), so "per core" stays a
per-core figure on a shared host; the wall-clock rate is printed beside it.

Beside it (on `#` lines): entries decoded per second from real DER certificates and
precertificates of a generated log, and names per second decoded and scored together.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
import time
from typing import Any

from crawler.discovery.ctlog import decode_leaf
from crawler.discovery.names import NameScorer
from crawler.sandbox.ctlog import CtLog
from scoring.rules import load_rules

WORDS = ("mail", "shop", "api", "cdn", "portal", "vpn", "app", "dev", "test", "static",
         "bakkerij", "fietsen", "tandarts", "autoservice", "kapsalon", "reisbureau",
         "boekhandel", "makelaar", "dierenarts", "school", "gemeente", "sport", "media",
         "cloud", "data", "hosting", "studio", "design", "garage", "bouw", "advies")  # fmt: skip
TLDS = ("com", "nl", "net", "org", "de", "be", "online", "io", "co.uk", "eu", "shop")
PLATFORMS = ("netlify.app", "herokuapp.com", "github.io", "pages.dev", "vercel.app")
SUPPORT = ("support", "helpdesk", "hulp", "service", "renew", "security", "login")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _benign(rng: random.Random, i: int) -> str:
    kind = i % 5
    if kind == 0:
        return f"{rng.choice(WORDS)}.{rng.choice(WORDS)}-{rng.choice(WORDS)}{i}.{rng.choice(TLDS)}"
    if kind == 1:
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(6, 14))) + f"{i}.com"
    if kind == 2:
        return f"*.{rng.choice(WORDS)}{i}.{rng.choice(TLDS)}"
    if kind == 3:
        return f"ip-10-{i % 250}-{i % 199}-{i % 97}.{rng.choice(WORDS)}{i}.{rng.choice(TLDS)}"
    return f"{rng.choice(WORDS)}-{rng.choice(WORDS)}-{i}.{rng.choice(PLATFORMS)}"


def _lookalike(rng: random.Random, i: int, brands: list[str]) -> str:
    brand = rng.choice(brands)
    kind = i % 5
    if kind == 0:
        return f"{brand}-{rng.choice(SUPPORT)}-{i}.{rng.choice(TLDS)}"
    if kind == 1:
        cut = rng.randrange(1, len(brand))
        return f"{brand[:cut]}{brand[cut + 1 :]}{i}.{rng.choice(TLDS)}"
    if kind == 2:
        return f"{brand.replace('o', '0').replace('l', '1')}-hulp{i}.{rng.choice(TLDS)}"
    if kind == 3:
        return f"{brand}-{rng.choice(SUPPORT)}{i}.{rng.choice(PLATFORMS)}"
    return f"{brand}.com.{rng.choice(WORDS)}{i}.{rng.choice(TLDS)}"


def names(count: int, brands: list[str], share_lookalike: float = 0.03,
          seed: int = 6962) -> list[str]:  # fmt: skip
    rng = random.Random(seed)
    return [_lookalike(rng, i, brands) if rng.random() < share_lookalike else _benign(rng, i)
            for i in range(count)]  # fmt: skip


def _fresh(name: str, round_no: int) -> str:
    """`name` with its registered label made new for this round ("x.shop1.nl" ->
    "x.shop1r2.nl"): no cache of an earlier round can answer for it."""
    head, _, tail = name.rpartition(".")
    if "." in head and tail in {"uk"}:  # co.uk
        head, _, second = head.rpartition(".")
        tail = f"{second}.{tail}"
    for platform in PLATFORMS:
        if name.endswith("." + platform):
            head, tail = name[: -len(platform) - 1], platform
    return f"{head}r{round_no}.{tail}"


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def measure(name_count: int, entry_count: int, rounds: int = 3) -> dict[str, Any]:
    rules = load_rules()
    scorer = NameScorer(rules)
    # as certificates carry them: a brand written with accents ("crédit agricole") in punycode
    brands = sorted({n.replace(" ", "").lower().encode("idna").decode()
                     for b in rules.brands.values() for n in b.names})  # fmt: skip
    corpus = names(name_count, brands)
    scorer.score_all(corpus[:200])  # warm-up: regexes, rapidfuzz
    best, best_wall, flagged = float("inf"), float("inf"), 0
    for round_no in range(rounds):
        # A fresh corpus and scorer per round: registered_domain and the scorer remember
        # names, and a benchmark that let them would measure the caches.
        batch = [_fresh(n, round_no) for n in corpus]
        scorer = NameScorer(rules)
        start, wall = time.process_time(), time.perf_counter()
        verdicts = scorer.score_all(batch)
        best = min(best, time.process_time() - start)
        best_wall = min(best_wall, time.perf_counter() - wall)
        flagged = sum(v.points > 0 for v in verdicts)
    log = CtLog(6962, dt.datetime(2025, 5, 1, tzinfo=dt.UTC))
    per_cert = 3
    for i in range(entry_count):
        log.add(tuple(corpus[(i * per_cert + k) % len(corpus)].replace("*.", "x.")
                      for k in range(per_cert)), precert=i % 2 == 1)  # fmt: skip
    leaves = [base64.b64encode(leaf).decode() for leaf, _, _ in log.entries]
    start = time.process_time()
    decoded = [decode_leaf(i, leaf) for i, leaf in enumerate(leaves)]
    decode_s = time.process_time() - start
    start = time.process_time()
    total = 0
    for i, leaf in enumerate(leaves):
        total += len(scorer.score_all(decode_leaf(i, leaf).names))
    both_s = time.process_time() - start
    return {
        "ct_names_per_second": _rate(len(corpus), best),
        "wall_clock_names_per_second": _rate(len(corpus), best_wall),
        "names": len(corpus),
        "names_with_points": flagged,
        "entries_decoded_per_second": _rate(len(decoded), decode_s),
        "names_decoded_and_scored_per_second": _rate(total, both_s),
    }
