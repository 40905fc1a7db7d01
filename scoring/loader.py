"""From the store to DomainFacts: everything scoring needs, read in bulk.

Scoring is pure; this is where its facts come from. Per-domain data (pages, numbers,
registration, hosts) is read in batches of domains with `IN (...)` queries, never one
query per domain. Cross-site facts are built once per run in `CrossSite`:

- phone_shared_with: other domains showing the same number that look like a fake
  helpdesk on their own pages (scoring.suspicion) or were flagged before; judged from
  their pages, not from the score being computed, so there is no circularity;
- phone_warned_by: warning and news sites that quote the number;
- template_matches: domains in a reviewable state (flagged, approved, offline...) whose
  page fingerprint is within the rules' Hamming distance, found through a banded LSH
  index (pigeonhole: with d+1 bands, a match within d bits agrees on one whole band).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core.domains import host_of, registered_domain, to_unicode
from scoring.facts import DomainFacts, PageFacts, Phone, Registration, TemplateMatch
from scoring.fingerprints import Print, PrintIndex, parse_fingerprint
from scoring.indicators.counter import page_warns
from scoring.indicators.phone import OWN_CONTACT_SOURCES
from scoring.rules import Rules
from scoring.score import score
from scoring.suspicion import discusses_numbers, is_warning_site

BATCH = 500
MAX_TEMPLATE_MATCHES = 20  # per domain; the closest are kept
LIST_KEYS = (
    "brands_in_title",
    "helpdesk_terms",
    "warning_terms",
    "business_terms",
    "remote_tools",
    "chat_widgets",
    "scare_terms",
    "locker_behaviours",
    "voucher_payment",
    "refund_lure",
    "page_signals",
)


def batches(items: list[str], size: int = BATCH) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _in(values: list[str]) -> str:
    return ",".join("?" * len(values))


# -- pages ----------------------------------------------------------------------------


def _as_brand_counts(value: Any) -> dict[str, int]:
    """`brands` as stored by the extractor: {id: mentions}, or a list of ids/objects."""
    if isinstance(value, dict):
        return {str(k): int(v) for k, v in value.items() if isinstance(v, int | float)}
    counts: dict[str, int] = {}
    for item in value if isinstance(value, list) else []:
        if isinstance(item, str):
            counts[item] = counts.get(item, 0) + 1
        elif isinstance(item, dict) and "brand" in item:
            counts[item["brand"]] = counts.get(item["brand"], 0) + int(item.get("mentions", 1))
    return counts


def _terms(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(v.get("term", v)) if isinstance(v, dict) else str(v) for v in value)


def page_from_row(row: sqlite3.Row | tuple, phones: tuple[Phone, ...]) -> PageFacts:
    url, final_url, title, language, fingerprint, extraction, body_sha256, fetched_at = row
    try:
        data = json.loads(extraction or "{}")
    except json.JSONDecodeError:
        data = {}  # a damaged extraction is a gap, not a crash
    if not isinstance(data, dict):
        data = {}
    lists = {key: _terms(data.get(key)) for key in LIST_KEYS}
    tools = data.get("remote_tools")
    lists["remote_tool_links"] = tuple(
        str(t["term"]) for t in (tools if isinstance(tools, list) else [])
        if isinstance(t, dict) and t.get("via") == "link" and "term" in t
    )
    return PageFacts(
        url=url,
        final_url=final_url or "",
        title=title or "",
        language=language,
        phones=phones,
        brands=_as_brand_counts(data.get("brands")),
        fingerprint=fingerprint,
        body_sha256=body_sha256 or "",
        fetched_at=fetched_at or "",
        **lists,
    )


def page_facts(url: str, extraction: Any) -> PageFacts:
    """The PageFacts of a page just extracted, exactly as the loader will read it back
    from the store (one conversion: the pages.extraction JSON)."""
    row = (url, url, extraction.title, extraction.language, extraction.fingerprint,
           json.dumps(extraction.to_json_dict()), "", "")  # fmt: skip
    return page_from_row(row, tuple(extraction.phones))


def _phones_by_page(db: sqlite_utils.Database, page_ids: list[int]) -> dict[int, list[Phone]]:
    phones: dict[int, list[Phone]] = defaultdict(list)
    for start in range(0, len(page_ids), BATCH):
        ids = page_ids[start : start + BATCH]
        rows = db.execute(
            f"SELECT page_id, e164, raw, kind, country, valid, role, sources FROM page_phones "
            f"WHERE page_id IN ({','.join('?' * len(ids))}) ORDER BY page_id, e164",
            ids,
        ).fetchall()
        for page_id, e164, raw, kind, country, valid, role, sources in rows:
            where = tuple(sources.split(",")) if sources else ()
            phones[page_id].append(Phone(e164, raw, kind, country, bool(valid), role, where))
    return phones


PAGE_COLUMNS = "url, final_url, title, language, fingerprint, extraction, body_sha256, fetched_at"


def pages_for(db: sqlite_utils.Database, domains: list[str]) -> dict[str, list[PageFacts]]:
    """Pages per domain, the latest fetch of each URL only, with their phone numbers."""
    rows = db.execute(
        f"SELECT id, domain, {PAGE_COLUMNS} FROM pages WHERE domain IN ({_in(domains)}) "
        "ORDER BY domain, url, fetched_at DESC, id DESC",
        domains,
    ).fetchall()
    latest: dict[tuple[str, str], tuple] = {}
    for row in rows:
        latest.setdefault((row[1], row[2]), row)
    phones = _phones_by_page(db, [row[0] for row in latest.values()])
    pages: dict[str, list[PageFacts]] = defaultdict(list)
    for row in latest.values():
        pages[row[1]].append(page_from_row(row[2:], tuple(phones.get(row[0], ()))))
    return pages


# -- registration and hosts -----------------------------------------------------------


def _registration(row: dict[str, Any]) -> Registration:
    try:
        evidence = json.loads(row.get("evidence") or "{}")
    except json.JSONDecodeError:
        evidence = {}
    privacy = row.get("privacy")
    return Registration(
        domain=row["domain"],
        registrar=row.get("registrar"),
        registrant_country=row.get("registrant_country"),
        privacy=None if privacy is None else bool(privacy),
        privacy_state=row.get("privacy_state") or "unknown",
        created=row.get("created"),
        expires=row.get("expires"),
        source=row.get("source"),
        evidence={str(k): str(v) for k, v in evidence.items()}
        if isinstance(evidence, dict)
        else {},
    )


def registrations_for(db: sqlite_utils.Database, domains: list[str]) -> dict[str, Registration]:
    """Each domain's registration; a site on a hosting platform gets the platform's."""
    registrable = {d: _registrable(d) for d in domains}
    wanted = sorted(set(registrable.values()))
    rows = db.query(f"SELECT * FROM registrations WHERE domain IN ({_in(wanted)})", wanted)
    found = {row["domain"]: _registration(row) for row in rows}
    return {d: found[r] for d, r in registrable.items() if r in found}


def _registrable(domain: str) -> str:
    parts = registered_domain(domain)
    return parts.registration_domain if parts else domain


def hosts_for(
    db: sqlite_utils.Database, domains: list[str], pages: dict[str, list[PageFacts]]
) -> dict[str, set[str]]:
    hosts: dict[str, set[str]] = defaultdict(set)
    rows = db.execute(
        f"SELECT DISTINCT domain, url FROM search_hits WHERE domain IN ({_in(domains)})", domains
    ).fetchall()
    for domain, url in rows:
        hosts[domain].add(host_of(url))
    for domain, domain_pages in pages.items():
        for page in domain_pages:
            hosts[domain].update(host_of(u) for u in (page.url, page.final_url) if u)
    return hosts


# -- cross-site facts -----------------------------------------------------------------


def domain_statuses(db: sqlite_utils.Database) -> dict[str, str]:
    """Each domain's state: the queue's `domain_status` view when it exists, else flagged."""
    statuses = {d: "flagged" for (d,) in db.execute("SELECT domain FROM scores WHERE flagged = 1")}
    try:
        rows = db.execute("SELECT domain, status FROM domain_status").fetchall()
    except sqlite3.OperationalError:
        return statuses  # no queue yet: only our own flags
    statuses.update({d: s for d, s in rows if s})
    return statuses


@dataclass
class FingerprintIndex:
    """Domains by template fingerprint, over the shared banded index (scoring.fingerprints):
    each distinct print is compared once, however many domains carry it."""

    max_distance: int
    prints: PrintIndex = field(init=False)
    domains: dict[Print, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.prints = PrintIndex(self.max_distance)

    def add(self, domain: str, fingerprint: str) -> None:
        value, bits = parse_fingerprint(fingerprint)
        if bits:
            self.prints.add(value, bits)
            self.domains.setdefault((value, bits), []).append(domain)

    def near(self, fingerprint: str) -> dict[str, int]:
        """domain -> smallest Hamming distance within max_distance."""
        value, bits = parse_fingerprint(fingerprint)
        found: dict[str, int] = {}
        for other, distance in self.prints.near(value, bits):  # nearest first
            for domain in self.domains[(other, bits)]:
                found.setdefault(domain, distance)
        return found


@dataclass
class CrossSite:
    """Facts that relate domains to each other, built once per scoring run."""

    phone_domains: dict[str, set[str]]  # e164 -> domains that offer it
    suspicious: set[str]
    warning: set[str]
    fraud_numbers: dict[str, str]
    allow_list: set[str]
    statuses: dict[str, str]
    templates: FingerprintIndex
    # flagged/decided domain -> (numbers it offers, helpdesk wording it uses)
    content: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    quoting: dict[str, set[str]] = field(default_factory=dict)  # e164 -> domains quoting it
    discussing: set[str] = field(default_factory=set)  # forums, directories quoting numbers
    # e164 -> domains whose pages report it as a scam number: quoted on a page that warns,
    # or on any page of a warning site; on a lookup directory only by that number's own
    # page when it warns (a directory lists honest callers too: those are discussed).
    warned_numbers: dict[str, set[str]] = field(default_factory=dict)
    discussed_numbers: dict[str, set[str]] = field(default_factory=dict)

    def shared(self, domain: str, e164: str) -> tuple[str, ...]:
        return tuple(
            sorted(
                d for d in self.phone_domains.get(e164, ()) if d != domain and d in self.suspicious
            )
        )

    def warned(self, domain: str, e164: str) -> tuple[str, ...]:
        return tuple(sorted(d for d in self.warned_numbers.get(e164, ()) if d != domain))

    def discussed(self, domain: str, e164: str) -> tuple[str, ...]:
        return tuple(sorted(d for d in self.discussed_numbers.get(e164, ()) if d != domain))

    def template_matches(
        self, domain: str, pages: Iterable[PageFacts]
    ) -> tuple[TemplateMatch, ...]:
        best: dict[str, int] = {}
        for page in pages:
            for other, distance in self.templates.near(page.fingerprint or "").items():
                if other != domain and distance < best.get(other, distance + 1):
                    best[other] = distance
        ranked = sorted(best.items(), key=lambda item: (item[1], item[0]))[:MAX_TEMPLATE_MATCHES]
        numbers = {p.e164 for page in pages for p in page.phones if p.role == "offered"}
        terms = {t for page in pages for t in page.helpdesk_terms}
        matches = []
        for other, distance in ranked:
            their_numbers, their_terms = self.content.get(other, (frozenset(), frozenset()))
            matches.append(
                TemplateMatch(other, distance, self.statuses.get(other, "none"),
                              tuple(sorted(numbers & their_numbers)),
                              tuple(sorted(terms & their_terms)))  # fmt: skip
            )
        return tuple(matches)


def _phone_domains(db: sqlite_utils.Database) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(e164 -> domains offering it, e164 -> domains only quoting it)."""
    offered: dict[str, set[str]] = defaultdict(set)
    quoted: dict[str, set[str]] = defaultdict(set)
    rows = db.execute(
        "SELECT DISTINCT pp.e164, p.domain, pp.role FROM page_phones pp "
        "JOIN pages p ON p.id = pp.page_id"
    )
    for e164, domain, role in rows:
        (offered if role == "offered" else quoted)[e164].add(domain)
    return offered, quoted


def build_cross_site(db: sqlite_utils.Database, rules: Rules) -> CrossSite:
    phone_domains, quoting = _phone_domains(db)
    statuses = domain_statuses(db)
    # Only domains that share a number with another domain can matter as company kept.
    numbers = set(phone_domains) | set(quoting)
    shown = {e: phone_domains.get(e, set()) | quoting.get(e, set()) for e in numbers}
    sharing = sorted({d for ds in shown.values() if len(ds) > 1 for d in ds})
    suspicious = {d for d, s in statuses.items() if s == "flagged"}
    warning: set[str] = set()
    discussing: set[str] = set()
    alone: list[str] = []
    warned: dict[str, set[str]] = defaultdict(set)
    discussed: dict[str, set[str]] = defaultdict(set)
    for chunk in batches(sharing):
        for domain, pages in pages_for(db, chunk).items():
            if is_warning_site(pages, rules):
                warning.add(domain)
                _reported_numbers(domain, pages, rules, warned, discussed, warning_site=True)
            elif discusses_numbers(pages, rules):
                discussing.add(domain)
                _reported_numbers(domain, pages, rules, warned, discussed, warning_site=False)
            elif rules.brand_owning(domain) is None:
                alone.append(domain)
    # "Suspicious company" is a site the rules would flag on its own evidence, without
    # the numbers it shares: judged by the same rules, never by the score being built.
    suspicious |= {
        facts.domain
        for facts in _facts_in_batches(db, sorted(alone), EMPTY_CROSS)
        if score(facts, rules).flagged
    }
    suspicious -= warning | discussing
    index = FingerprintIndex(int(rules.setting("template", "max_distance")))
    reviewable = set(rules.setting("template", "statuses"))
    targets = sorted(d for d, s in statuses.items() if s in reviewable)
    for chunk in batches(targets):
        rows = db.execute(
            f"SELECT DISTINCT domain, fingerprint FROM pages WHERE domain IN ({_in(chunk)}) "
            "AND fingerprint IS NOT NULL",
            chunk,
        )
        for domain, fingerprint in rows:
            index.add(domain, fingerprint)
    content = _content_of(db, targets)
    fraud = {
        e: f"{src}" + (f" ({note})" if note else "")
        for e, src, note in db.execute("SELECT e164, source, note FROM fraud_numbers")
    }
    allow = {d for (d,) in db.execute("SELECT domain FROM allow_list")}
    return CrossSite(
        phone_domains, suspicious, warning, fraud, allow, statuses, index, content, quoting,
        discussing, dict(warned), dict(discussed),
    )


def _reported_numbers(
    domain: str,
    pages: list[PageFacts],
    rules: Rules,
    warned: dict[str, set[str]],
    discussed: dict[str, set[str]],
    warning_site: bool,
) -> None:
    """Sort the numbers a warning or discussing site shows into reported as scams or only
    discussed, page by page (see CrossSite.warned_numbers)."""
    # A lookup directory reports a number on that number's own page only; its home and
    # "recently searched" lists show honest callers beside scams.
    directory = any({"number_report", "number_directory"} & set(p.page_signals) for p in pages)
    for page in pages:
        lookup = "number_report" in page.page_signals
        page_warning = bool(page_warns(page, rules)) and (lookup or not directory)
        warns = page_warning or (warning_site and not directory)
        for phone in page.phones:
            if phone.role == "offered" and not page_warning:
                continue  # the site's own line on a page that reports nothing
            if phone.role == "offered" and OWN_CONTACT_SOURCES & set(phone.sources):
                continue  # a warning page's own line (its tel: link, its structured data)
            (warned if warns else discussed)[phone.e164].add(domain)


EMPTY_CROSS = CrossSite({}, set(), set(), {}, set(), {}, FingerprintIndex(0))


def _content_of(
    db: sqlite_utils.Database, domains: list[str]
) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Numbers offered and helpdesk wording used, per domain: what a template clone's
    content must share with the site it copies."""
    numbers: dict[str, set[str]] = defaultdict(set)
    terms: dict[str, set[str]] = defaultdict(set)
    for chunk in batches(domains):
        for domain, e164 in db.execute(
            "SELECT DISTINCT p.domain, pp.e164 FROM page_phones pp JOIN pages p ON p.id = pp.page_id "
            f"WHERE p.domain IN ({_in(chunk)}) AND pp.role = 'offered'",
            chunk,
        ):
            numbers[domain].add(e164)
        for domain, listed in db.execute(
            "SELECT DISTINCT domain, json_extract(extraction, '$.helpdesk_terms') FROM pages "
            f"WHERE domain IN ({_in(chunk)})",
            chunk,
        ):
            terms[domain].update(_terms(json.loads(listed)) if listed else ())
    return {d: (frozenset(numbers[d]), frozenset(terms[d])) for d in domains}


# -- assembling -----------------------------------------------------------------------


def all_domains(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute("SELECT domain FROM domains UNION SELECT DISTINCT domain FROM pages")
    return sorted(d for (d,) in rows if d)


def _first_seen(db: sqlite_utils.Database, domains: list[str]) -> dict[str, tuple[str, str]]:
    rows = db.execute(
        f"SELECT domain, domain_unicode, first_seen FROM domains WHERE domain IN ({_in(domains)})",
        domains,
    )
    return {d: (u, s) for d, u, s in rows}


def assemble(
    domain: str,
    pages: list[PageFacts],
    cross: CrossSite,
    *,
    registration: Registration | None,
    hosts: Iterable[str],
    unicode: str,
    detected_at: str,
) -> DomainFacts:
    # Every number the site shows: the indicators decide which of them it offers.
    numbers = sorted({p.e164 for page in pages for p in page.phones})
    return DomainFacts(
        domain=domain,
        domain_unicode=unicode or to_unicode(domain),
        hosts=tuple(sorted(h for h in hosts if h)),
        pages=tuple(sorted(pages, key=lambda p: p.url)),
        registration=registration,
        detected_at=detected_at[:10],
        phone_shared_with={e: s for e in numbers if (s := cross.shared(domain, e))},
        phone_warned_by={e: s for e in numbers if (s := cross.warned(domain, e))},
        phone_discussed_by={e: s for e in numbers if (s := cross.discussed(domain, e))},
        known_fraud_numbers={
            e: cross.fraud_numbers[e] for e in numbers if e in cross.fraud_numbers
        },
        template_matches=cross.template_matches(domain, pages),
        allow_listed=domain in cross.allow_list,
        hosting_platform=parts.platform if (parts := registered_domain(domain)) else "",
    )


def load_facts(
    db: sqlite_utils.Database,
    rules: Rules,
    domains: Iterable[str] | None = None,
    *,
    cross: CrossSite | None = None,
) -> Iterator[DomainFacts]:
    """DomainFacts for `domains` (default: every domain in the store), in batches."""
    names = sorted(set(domains)) if domains is not None else all_domains(db)
    cross = cross or build_cross_site(db, rules)
    yield from _facts_in_batches(db, names, cross)


def _facts_in_batches(
    db: sqlite_utils.Database, names: list[str], cross: CrossSite
) -> Iterator[DomainFacts]:
    for chunk in batches(names):
        pages = pages_for(db, chunk)
        regs = registrations_for(db, chunk)
        hosts = hosts_for(db, chunk, pages)
        seen = _first_seen(db, chunk)
        for domain in chunk:
            unicode, first_seen = seen.get(domain, ("", ""))
            yield assemble(
                domain,
                pages.get(domain, []),
                cross,
                registration=regs.get(domain),
                hosts=hosts.get(domain, ()),
                unicode=unicode,
                detected_at=first_seen,
            )
