"""The enrich stage: registration data for every domain that lacks a fresh record.

Lookups run concurrently in the client's threads; every write to SQLite happens here,
on the calling thread, as results arrive. Each attempt is logged in
`registration_attempts` with the SHA-256 of its raw answer (kept in `bodies`), and a
usable answer becomes the domain's `registrations` row, cached for `max_age_days`.
A rate-limited or failed lookup stores no record, so the next run asks again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta

import sqlite_utils

from core.clock import now_iso
from core.domains import registered_domain
from core.evidence import store_body
from registration.client import LookupResult, RegistrationClient
from registration.record import Parsed


@dataclass
class EnrichCounts:
    looked_up: int = 0
    ok: int = 0
    no_answer: int = 0
    rate_limited_retried: int = 0
    cached: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _cache_until(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat(timespec="seconds")


def fresh_domains(db: sqlite_utils.Database) -> set[str]:
    now = now_iso()
    rows = db.execute("SELECT domain FROM registrations WHERE expires_cache_at > ?", [now])
    return {row[0] for row in rows.fetchall()}


def pending(db: sqlite_utils.Database, domains: Iterable[str] | None) -> tuple[list[str], int]:
    """(domains to look up, how many were skipped because their record is fresh)."""
    names = (
        [row[0] for row in db.execute("SELECT domain FROM domains ORDER BY domain").fetchall()]
        if domains is None
        else list(domains)
    )
    wanted = []
    for name in names:
        # A site on a hosting platform is registered as the platform's own domain.
        parts = registered_domain(name)
        wanted.append(parts.registration_domain if parts else name)
    fresh = fresh_domains(db)
    todo = list(dict.fromkeys(d for d in wanted if d not in fresh))
    return todo, len(set(wanted) & fresh)


def store_result(
    db: sqlite_utils.Database, result: LookupResult, max_age_days: float
) -> str | None:
    """Record the attempts and, when there is one, the registration; returns raw_sha256."""
    for attempt in result.attempts:
        digest = store_body(db, attempt.raw) if attempt.raw else None
        db.table("registration_attempts").insert(
            {
                "domain": result.domain or "",
                "source": attempt.source,
                "server": attempt.server,
                "at": attempt.at,
                "outcome": attempt.outcome,
                "reason": attempt.reason,
                "raw_sha256": digest,
            }
        )
    if result.record is None:
        return None
    raw_sha256 = store_body(db, result.raw) if result.raw else None
    db.table("registrations").upsert(_row(result.record, raw_sha256, max_age_days), pk="domain")
    return raw_sha256


def _row(parsed: Parsed, raw_sha256: str | None, max_age_days: float) -> dict[str, object]:
    reg = parsed.registration
    privacy = None if reg.privacy is None else int(reg.privacy)
    return {
        "domain": reg.domain,
        "registrar": reg.registrar,
        "registrant_country": reg.registrant_country,
        "privacy": privacy,
        "privacy_state": reg.privacy_state,
        "created": reg.created,
        "expires": reg.expires,
        "source": reg.source,
        "abuse_email": parsed.abuse_email,
        "abuse_phone": parsed.abuse_phone,
        "registrar_abuse_email": parsed.abuse_email,
        "registrar_abuse_phone": parsed.abuse_phone,
        "nameservers": json.dumps(list(parsed.nameservers)),
        "evidence": json.dumps(reg.evidence, ensure_ascii=False),
        "raw_sha256": raw_sha256,
        "fetched_at": now_iso(),
        "expires_cache_at": _cache_until(max_age_days),
    }


def enrich(
    db: sqlite_utils.Database,
    domains: Iterable[str] | None = None,
    *,
    client: RegistrationClient,
    max_age_days: float = 30,
    concurrency: int = 8,
) -> dict[str, int]:
    """Look up domains (all in `domains` table by default) lacking a fresh record."""
    todo, cached = pending(db, domains)
    counts = EnrichCounts(cached=cached)
    for result in client.lookup_many(todo, concurrency):
        counts.looked_up += 1
        counts.rate_limited_retried += result.rate_limited
        with db.conn:  # one transaction per domain: a crash loses only work in flight
            store_result(db, result, max_age_days)
        if result.ok:
            counts.ok += 1
        else:
            counts.no_answer += 1
    return counts.as_dict()
