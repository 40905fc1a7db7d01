"""A small web of hand-written pages, stored and scored as the crawl would (tests only).

Sites go through the real extractor, the store's page writer and the score stage twice
(crawler.sandbox.evaluation.load_world, as `nephelpdesk evaluate` does), so what a test
asserts is what the nightly run would decide.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from core.store import open_store
from crawler.extract.page import extract_page
from crawler.sandbox.evaluation import load_world
from crawler.sandbox.model import Page, Scenario, Site
from crawler.sandbox.registry import RegistrationRecord
from scoring.rules import load_rules
from scoring.stage import rescore


def record(domain: str, age_days: int, shielded: bool) -> RegistrationRecord:
    created = date.today() - timedelta(days=age_days)
    service = "Withheld for Privacy ehf" if shielded else None
    return RegistrationRecord(
        domain, "NameCheap, Inc." if shielded else "Hostnet B.V.", "1", None,
        None if shielded else "Uitgeverij BV", "NL", "shielded" if shielded else "disclosed",
        service, created, created, created + timedelta(days=3650),
    )  # fmt: skip


def site(domain: str, label: str, category: str, html: str, age_days: int, shielded: bool) -> Site:
    headers = (("Content-Type", "text/html; charset=utf-8"),)
    page = Page("/", headers[0][1], 200, headers, lambda: html.encode())
    return Site(domain, (domain,), label, category, (), (), "roles", domain,
                record(domain, age_days, shielded), ("helpdesk",), (), {"/": page})  # fmt: skip


def with_page(world: Site, path: str, html: str) -> Site:
    """`world` with one more page at `path` (a contact or warning page beside its home)."""
    headers = (("Content-Type", "text/html; charset=utf-8"),)
    page = Page(path, headers[0][1], 200, headers, lambda: html.encode())
    return Site(**{**world.__dict__, "pages": {**world.pages, path: page}})


def indicators(row: dict) -> set[str]:
    """The indicator names of one scores row's reasons."""
    return {r["indicator"] for r in json.loads(row["reasons"])}


def roles(html: str, url: str) -> dict[str, str]:
    """E.164 -> offered | quoted, as the extractor decides it for one page."""
    found = extract_page(html.encode(), url=url, headers={"Content-Type": "text/html"})
    return {p.e164: p.role for p in found.phones}


def score_world(sites: list[Site], workdir: Path) -> dict[str, dict]:
    """domain -> its scores row (flagged, reasons JSON) after two score passes."""
    db = open_store(Path(workdir) / "store.db")
    try:
        load_world(db, Scenario(1, date.today().isoformat(), sites, (), Path("pages")))
        rules = load_rules()
        rescore(db, rules)
        rescore(db, rules)
        return {r["domain"]: r for r in db.query("SELECT domain, flagged, reasons FROM scores")}
    finally:
        db.close()
