"""Queries chosen by what they find: proposals to add (suggest) and to drop (prune).

`suggest` mines phrases from the titles and headings of pages on flagged domains and
ranks them by an estimated scam yield: of the domains whose pages carry the phrase, the
share that was flagged (Laplace-smoothed, so a phrase seen on one flagged site ranks
below one seen on five), in the spirit of choosing queries by measured scam yield.
`prune` names list queries whose results held no flagged domain in each of their last
N runs. Both only propose: a person copies what they accept into the query file.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import sqlite_utils
from lxml.etree import ParserError

from core.errors import ConfigError

WORDS_FILE = Path(__file__).resolve().parent / "query_words.toml"
WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
MAX_BODY = 512 * 1024  # titles and headings sit near the top


@dataclass(frozen=True)
class Proposal:
    query: str
    estimate: float  # estimated share of flagged domains among those the phrase finds
    flagged: int
    domains: int
    reason: str

    def line(self) -> str:
        return f"{self.query}  # {self.reason}"


def _word_rules(path: Path = WORDS_FILE) -> tuple[frozenset[str], int, int]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        stop = frozenset(w.lower() for w in data["stopwords"])
        low, high = int(data["min_words"]), int(data["max_words"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: needs stopwords, min_words, max_words: {exc}") from exc
    if not 1 <= low <= high <= 6:
        raise ConfigError(f"{path}: need 1 <= min_words <= max_words <= 6")
    return stop, low, high


def page_texts(body: bytes) -> list[str]:
    """Title and h1-h3 headings of one stored page; none for a page that will not parse."""
    try:
        root = lxml.html.fromstring(body[:MAX_BODY])
    except (ParserError, ValueError):
        return []
    return [" ".join(el.text_content().split()) for el in root.iter("title", "h1", "h2", "h3")]


def phrases(text: str, stop: frozenset[str], low: int, high: int) -> set[str]:
    words = [w.lower() for w in WORD.findall(text)]
    out = set()
    for size in range(low, high + 1):
        for i in range(len(words) - size + 1):
            gram = words[i : i + size]
            if gram[0] in stop or gram[-1] in stop:
                continue  # "hulp bij" and "de helpdesk" are the same query as their core
            if sum(w not in stop for w in gram) >= low:
                out.add(" ".join(gram))
    return out


def _domain_phrases(
    db: sqlite_utils.Database, max_pages: int
) -> tuple[dict[str, set[str]], set[str]]:
    stop, low, high = _word_rules()
    found: dict[str, set[str]] = defaultdict(set)
    rows = db.execute(
        "SELECT p.domain, b.content FROM pages p JOIN bodies b ON b.sha256 = p.body_sha256 "
        "WHERE p.status BETWEEN 200 AND 299 ORDER BY p.id DESC LIMIT ?", [max_pages])  # fmt: skip
    for domain, body in rows:
        for text in page_texts(bytes(body)):
            found[domain] |= phrases(text, stop, low, high)
    flagged = {r[0] for r in db.execute("SELECT domain FROM scores WHERE flagged = 1")} \
        if "scores" in db.table_names() else set()  # fmt: skip
    return found, flagged


def suggest(db: sqlite_utils.Database, existing: set[str], *, limit: int = 20,
            min_flagged: int = 2, max_pages: int = 5000) -> list[Proposal]:  # fmt: skip
    """New queries from flagged pages, best estimated yield first."""
    by_domain, flagged = _domain_phrases(db, max_pages)
    seen: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # phrase -> [flagged, domains]
    for domain, found in by_domain.items():
        for phrase in found:
            seen[phrase][0] += domain in flagged
            seen[phrase][1] += 1
    known = {q.lower().strip() for q in existing}
    out = []
    for phrase, (hit, total) in seen.items():
        if hit < min_flagged or phrase in known:
            continue
        estimate = (hit + 1) / (total + 2)
        out.append(Proposal(phrase, round(estimate, 3), hit, total,
                            f"estimated yield {estimate:.2f}: on {hit} flagged of {total} "
                            "domains crawled"))  # fmt: skip
    # Ties: the longer phrase first (it is the scam wording; the shorter finds the same).
    out.sort(key=lambda p: (-p.estimate, -p.flagged, -p.query.count(" "), p.query))
    return out[:limit]


def prune(db: sqlite_utils.Database, runs: int) -> list[Proposal]:
    """List queries whose last `runs` runs (at least that many) found no flagged domain."""
    history: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for query, run_id, hits, flagged in db.execute(
        "SELECT query, run_id, hits, flagged_domains FROM query_yield WHERE origin = 'list' "
        "ORDER BY run_id DESC"):  # fmt: skip
        history[query].append((run_id, hits, flagged))
    out = []
    for query, rows in sorted(history.items()):
        recent = rows[:runs]
        if len(recent) < runs or any(flagged for _, _, flagged in recent):
            continue
        hits = sum(h for _, h, _ in recent)
        out.append(Proposal(query, 0.0, 0, hits,
                            f"no flagged domain in its last {runs} runs ({hits} hits)"))  # fmt: skip
    return out


def as_dicts(proposals: list[Proposal]) -> list[dict[str, Any]]:
    return [p.__dict__ | {"line": p.line()} for p in proposals]
