"""Figure 3: time to rescore 100,000 domains over the time for 10,000.

The store is generated, deterministically, by inserting rows into the real tables the
way the crawl, enrich and score stages write them: pages whose extractions come from
real sandbox pages run through the real extractor, phone numbers shared within a
campaign (five sites a number), cloned templates a few bits apart within a campaign,
registration records and search hits. Each store is scored once, untimed; then the
rules change (a weight and a band edge, as rules.local.toml does) and the rescore after
the change is timed, then the nightly rescore under the same rules. The figure is the
worse of the two growths.
Campaigns keep the same size at every scale, as they do in the field; only their number
grows.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from core.evidence import sha256_hex
from core.store import open_store
from crawler.extract.page import extract_page
from crawler.sandbox.scenario import load_scenario
from scoring.rules import load_rules
from scoring.stage import rescore

CAMPAIGN_SIZE = 5
TLDS = ("nl", "com", "online", "site", "xyz", "support", "live", "info")
PRIVACY = ("disclosed", "shielded", "not_published", "shielded", "disclosed")
AT = "2025-01-15T02:00:00+00:00"


@dataclass(frozen=True)
class TemplatePage:
    path: str
    body: bytes
    title: str | None
    language: str | None
    fingerprint: str | None
    extraction: str  # JSON, as the store pipeline writes it
    phone_kinds: tuple[tuple[str, str], ...]  # (raw, kind) of each number found
    brands: tuple[tuple[str, int, int], ...]  # (brand, mentions, in_title)


@dataclass(frozen=True)
class Template:
    label: str
    pages: tuple[TemplatePage, ...]


def sample_templates(limit: int = 40) -> list[Template]:
    """Real sandbox sites (scams and hard negatives) run through the real extractor."""
    scenario = load_scenario()
    templates = []
    for site in scenario.sites:
        if site.label == "edge":
            continue
        pages = []
        for path in sorted(site.pages)[:2]:
            page = site.pages[path]
            body = page.body_bytes()
            ext = extract_page(
                body,
                url=f"http://{site.hosts[0]}{path}",
                headers={"content-type": page.content_type},
            )
            in_title = set(ext.brands_in_title)
            pages.append(
                TemplatePage(
                    path,
                    body,
                    ext.title,
                    ext.language,
                    ext.fingerprint,
                    json.dumps(ext.to_json_dict()),
                    tuple((p.raw, p.kind) for p in ext.phones if p.valid),
                    tuple((b, n, int(b in in_title)) for b, n in ext.brands.items()),
                )
            )
        templates.append(Template(site.label, tuple(pages)))
        if len(templates) >= limit:
            break
    return templates


def _fingerprint(base: int, rng: random.Random) -> str:
    """A clone of the campaign's template: 0-2 bits flipped."""
    value = base
    for _ in range(rng.randrange(3)):
        value ^= 1 << rng.randrange(64)
    return f"{value:016x}"


class Generator:
    """Rows for `count` domains, in the real tables, in batches of executemany."""

    def __init__(self, db: sqlite_utils.Database, templates: list[Template], seed: int) -> None:
        self.db = db
        self.templates = templates
        self.rng = random.Random(seed)
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.page_id = 0

    def run(self, count: int) -> None:
        conn = self.db.conn
        with conn:
            conn.execute(
                "INSERT INTO runs (id, started, finished, status) VALUES (1, ?, ?, 'finished')",
                [AT, AT],
            )
            conn.executemany(
                "INSERT INTO bodies (sha256, size, content) VALUES (?, ?, ?)",
                {
                    (sha256_hex(p.body), len(p.body), p.body)
                    for t in self.templates
                    for p in t.pages
                },
            )
        for start in range(0, count, 5000):
            for i in range(start, min(start + 5000, count)):
                self.domain(i)
            self.flush()

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.rows.setdefault(table, []).append(row)

    def domain(self, i: int) -> None:
        campaign = i // CAMPAIGN_SIZE
        template = self.templates[campaign % len(self.templates)]
        name = f"hulp-{campaign:06d}-{i % CAMPAIGN_SIZE}.{TLDS[campaign % len(TLDS)]}"
        seen = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T03:00:00+00:00"
        self.add("domains", (name, name, seen, AT, 1))
        self.add(
            "search_hits",
            (
                1,
                f"query {campaign % 300}",
                "searxng",
                1,
                1 + i % 10,
                f"http://www.{name}/",
                name,
                seen,
            ),
        )
        self.registration(name, i)
        base = random.Random(campaign).getrandbits(64)
        shared = f"+3185{campaign:07d}"  # the campaign's number, on all its sites
        for page in self.pages_of(template):
            self.page(name, page, base, shared if template.label == "scam" else f"+3120{i:07d}")

    def pages_of(self, template: Template) -> tuple[TemplatePage, ...]:
        """The pages each domain of `template` gets (bench/scale.py asks for more)."""
        return template.pages

    def registration(self, name: str, i: int) -> None:
        if i % 10 == 9:
            return  # no answer yet: a gap the score must show
        privacy = PRIVACY[i % len(PRIVACY)]
        self.add(
            "registrations",
            (
                name,
                "Bench Registrar, Inc.",
                "IN" if privacy == "disclosed" else None,
                int(privacy == "shielded"),
                privacy,
                f"2024-{1 + i % 12:02d}-01",
                f"2025-{1 + i % 12:02d}-01",
                "rdap" if i % 5 else "whois",
                AT,
                "2025-02-15T00:00:00+00:00",
            ),
        )

    def page(self, name: str, page: TemplatePage, base: int, number: str) -> None:
        self.page_id += 1
        url = f"http://www.{name}{page.path}"
        self.add(
            "pages",
            (
                self.page_id,
                1,
                url,
                url,
                name,
                200,
                '{"content-type": "text/html"}',
                json.dumps([url]),
                sha256_hex(page.body),
                "text/html; charset=utf-8",
                AT,
                page.title,
                page.language,
                _fingerprint(base, self.rng) if page.fingerprint else None,
                page.extraction,
            ),
        )
        for raw, kind in page.phone_kinds[:1]:
            self.add("page_phones", (self.page_id, number, raw, kind, "NL", 1))
        for brand, mentions, in_title in page.brands:
            self.add("page_brands", (self.page_id, brand, mentions, in_title))

    def flush(self) -> None:
        sql = {
            "domains": "INSERT INTO domains (domain, domain_unicode, first_seen, last_seen, "
            "first_run_id) VALUES (?,?,?,?,?)",
            "search_hits": "INSERT INTO search_hits (run_id, query, engine, result_page, rank, "
            "url, domain, seen_at) VALUES (?,?,?,?,?,?,?,?)",
            "registrations": "INSERT INTO registrations (domain, registrar, registrant_country, "
            "privacy, privacy_state, created, expires, source, fetched_at, expires_cache_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            "pages": "INSERT INTO pages (id, run_id, url, final_url, domain, status, headers, "
            "redirect_chain, body_sha256, content_type, fetched_at, title, language, fingerprint, "
            "extraction) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            "page_phones": "INSERT INTO page_phones (page_id, e164, raw, kind, country, valid) "
            "VALUES (?,?,?,?,?,?)",
            "page_brands": "INSERT INTO page_brands (page_id, brand, mentions, in_title) "
            "VALUES (?,?,?,?)",
        }
        with self.db.conn:
            for table in sql:  # in this order: pages refer to domains
                self.db.conn.executemany(sql[table], self.rows.pop(table, []))


def generate(path: Path, domains: int, templates: list[Template], seed: int = 8) -> None:
    db = open_store(path)
    Generator(db, templates, seed).run(domains)
    db.close()


# A rules change as an analyst makes one (rules.local.toml): one weight and the band
# edge moved, so many scores and some bands change and every domain is written anew.
RULES_CHANGE = """
[bands]
medium = 7.5
[rules.helpdesk.tech_support_offer]
points = 3.5
"""


def time_rescores(path: Path, override: Path) -> dict[str, float]:
    """The rescore after a rules change (every domain scored the night before under the
    old rules, untimed) and the nightly rescore after it (same rules), in seconds."""
    db = open_store(path)
    before, after = load_rules(None), load_rules(None, override=override)
    rescore(db, before)
    out = {}
    for name in ("after_rules_change", "nightly"):
        started = time.perf_counter()
        report = rescore(db, after)
        out[name] = time.perf_counter() - started
        if report.scored == 0:
            raise RuntimeError("rescore scored nothing")
    db.close()
    return out


def measure(large: int, small: int) -> dict[str, float]:
    """Growth of each rescore from `small` to `large` domains; the figure is the worse."""
    templates = sample_templates()
    with tempfile.TemporaryDirectory(prefix="nephelpdesk-bench-") as tmp:
        override = Path(tmp) / "rules.local.toml"
        override.write_text(RULES_CHANGE, encoding="utf-8")
        times = {}
        for size in (small, large):
            path = Path(tmp) / f"score-{size}.db"
            generate(path, size, templates)
            times[size] = time_rescores(path, override)
    result: dict[str, float] = {}
    for name in ("after_rules_change", "nightly"):
        result[f"{name}_growth"] = times[large][name] / times[small][name]
        result[f"{name}_small_s"] = times[small][name]
        result[f"{name}_large_s"] = times[large][name]
    result["rescore_growth"] = max(result["after_rules_change_growth"], result["nightly_growth"])
    return result
