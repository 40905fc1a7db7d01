"""Dutch numbers for ACM blocking requests.

ACM (the Netherlands Authority for Consumers & Markets) can block Dutch numbers, so
this list holds only valid numbers of region NL in E.164 (+31...), seen on the
selected domains (flagged by default), one row each: its type and country, the
operator the number range was originally assigned to (phonenumbers' offline carrier
data, which covers mobile ranges; numbers are portable, so today's operator may
differ), first and last sighting, the domains showing it, whether it is on a fraud list
(a known fraud list in the store, warning sites quoting it) and the evidence, as plain
columns: the pages' URLs, fetch times and body SHA-256s as space-separated lists in the
same order.

Numbers a brand publishes as its own support line (scoring/brands.toml,
official_phones) are left out and counted: a scam site copying the real Microsoft
number must never get that number blocked.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import phonenumbers
import sqlite_utils
from phonenumbers import carrier

from reports.official import BRANDS_FILE, official_numbers
from reports.source import domain_rows, select_status

COLUMNS = [
    "e164",
    "kind",
    "country",
    "original_operator",
    "first_seen",
    "last_seen",
    "domains",
    "fraud_list",
    "evidence_pages",
    "evidence_urls",
    "evidence_fetched_at",
    "evidence_sha256",
]

_SQL = """
SELECT ph.e164, ph.kind, p.domain, p.url, p.fetched_at, p.body_sha256
FROM page_phones ph JOIN pages p ON p.id = ph.page_id
WHERE ph.valid = 1 AND ph.country = 'NL' AND ph.e164 LIKE '+31%'
ORDER BY ph.e164, p.fetched_at, p.url
"""
TYPES = {
    value: name.lower()
    for name, value in vars(phonenumbers.PhoneNumberType).items()
    if isinstance(value, int) and not name.startswith("_")
}


@dataclass
class AcmList:
    rows: list[dict[str, Any]]
    official_skipped: list[str]  # brand support numbers that were left out


def _fraud_lists(db: sqlite_utils.Database) -> dict[str, str]:
    if "fraud_numbers" not in db.table_names():
        return {}
    return dict(db.execute("SELECT e164, source FROM fraud_numbers").fetchall())


def _warned(db: sqlite_utils.Database, domains: set[str]) -> dict[str, set[str]]:
    """e164 -> warning sites quoting it, read from the scores' number_in_warnings
    evidence ("+31... (on URL) is quoted as a scam number on a.nl, b.nl")."""
    found: dict[str, set[str]] = defaultdict(set)
    pattern = re.compile(r"(\+\d+) \(on [^)]*\) is quoted as a scam number on ([^;]+)")
    for domain, reasons in db.execute("SELECT domain, reasons FROM scores").fetchall():
        if domain not in domains:
            continue
        for reason in json.loads(reasons or "[]"):
            if reason.get("indicator") != "number_in_warnings":
                continue
            for e164, sites in pattern.findall(str(reason.get("evidence") or "")):
                found[e164].update(s.strip() for s in sites.split(",") if s.strip())
    return found


def number_facts(e164: str, kind: str | None) -> dict[str, str]:
    """Type, country and original operator of a number, from phonenumbers' offline data."""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return {"kind": kind or "unknown", "country": "", "original_operator": ""}
    number_type = phonenumbers.number_type(number)
    operator = carrier.name_for_number(number, "nl") if number_type in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ) else ""  # fmt: skip
    return {
        "kind": kind or TYPES.get(number_type, "unknown"),
        "country": phonenumbers.region_code_for_number(number) or "",
        "original_operator": operator,
    }


def acm_numbers(
    db: sqlite_utils.Database, status: str = "flagged", brands_file: Path = BRANDS_FILE
) -> AcmList:
    """The Dutch numbers on the selected domains, one row per number."""
    wanted = {row.domain for row in select_status(domain_rows(db), status)}
    official = official_numbers(brands_file)
    fraud, warned = _fraud_lists(db), _warned(db, wanted)
    pages: dict[str, list[tuple]] = defaultdict(list)
    for e164, kind, domain, url, fetched_at, sha in db.execute(_SQL).fetchall():
        if domain in wanted:
            pages[e164].append((kind, domain, url, fetched_at, sha))
    rows, skipped = [], []
    for e164, seen in pages.items():
        if e164 in official:
            skipped.append(e164)
            continue
        rows.append(_row(e164, seen, _listed(fraud.get(e164), warned.get(e164, set()))))
    return AcmList(rows, skipped)


def _listed(source: str | None, warning_sites: set[str]) -> str:
    parts = [source] if source else []
    if warning_sites:
        parts.append("warned on " + ", ".join(sorted(warning_sites)))
    return "; ".join(parts)


def _no_space(url: str) -> str:
    return re.sub(r"\s", lambda m: f"%{ord(m.group()):02X}", url)


def _row(e164: str, seen: list[tuple], fraud_list: str) -> dict[str, Any]:
    times = [fetched_at for _, _, _, fetched_at, _ in seen]
    return {
        "e164": e164,
        **number_facts(e164, seen[0][0]),
        "first_seen": min(times),
        "last_seen": max(times),
        "domains": sorted({domain for _, domain, _, _, _ in seen}),
        "fraud_list": fraud_list,
        "evidence_pages": len(seen),
        # Three space-separated lists in the same order (page i is the i-th of each).
        # A space, not ";": a URL may hold ";" but never a raw space (encoded below).
        "evidence_urls": " ".join(_no_space(url) for _, _, url, _, _ in seen),
        "evidence_fetched_at": " ".join(fetched_at for _, _, _, fetched_at, _ in seen),
        "evidence_sha256": " ".join(sha or "-" for _, _, _, _, sha in seen),
    }
