"""A MISP event (MISP core format, JSON) for sharing with other teams.

The event carries the selected domains, their page URLs and their valid phone numbers
as attributes. Types and categories are MISP's own (its describeTypes): a `domain` or
`url` goes under "Network activity" and is an IDS indicator; a `phone-number` goes
under "Person" and is not (it cannot be matched on network traffic). Enumerated
fields are strings of digits, as MISP writes them.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from reports.exports import page_urls
from reports.official import official_numbers
from reports.source import DomainRow, domain_rows, select_status

# MISP attribute types used here and the categories MISP allows for each.
ALLOWED_CATEGORIES = {
    "domain": {"Network activity", "External analysis"},
    "url": {"Network activity", "External analysis", "Payload delivery"},
    "phone-number": {"Person", "Other", "Financial fraud"},
}
THREAT_LEVELS = {"high": "1", "medium": "2", "low": "3", "undefined": "4"}
ANALYSIS = {"initial": "0", "ongoing": "1", "completed": "2"}
# 0 your organisation only, 1 this community, 2 connected communities, 3 all, 4 sharing group
DISTRIBUTIONS = {"organisation": "0", "community": "1", "connected": "2", "all": "3"}
INHERIT_DISTRIBUTION = "5"
TLP_LEVELS = ("clear", "white", "green", "amber", "amber+strict", "red")


def _attribute(
    kind: str, category: str, value: str, to_ids: bool, comment: str, stamp: str
) -> dict[str, Any]:
    return {
        "type": kind,
        "category": category,
        "value": value,
        "to_ids": to_ids,
        "uuid": str(uuid.uuid4()),
        "comment": comment,
        "timestamp": stamp,
        "distribution": INHERIT_DISTRIBUTION,
        "disable_correlation": False,
    }


def _domain_comment(row: DomainRow) -> str:
    parts = [f"first seen {row.first_seen[:10]}"]
    if row.brands:
        parts.append("impersonates " + ", ".join(row.brands))
    if row.score is not None:
        parts.append(f"score {row.score:g} ({row.band})")
    return "; ".join(parts)


def attributes(
    rows: list[DomainRow], urls: dict[str, list[str]], stamp: str, official: set[str]
) -> list[dict]:
    """Domain, URL and phone-number attributes; each phone number once, with its domains.

    Brands' own support numbers (`official`) are no fraud indicator and are left out.
    """
    out = []
    phones: dict[str, set[str]] = {}
    for row in rows:
        out.append(
            _attribute("domain", "Network activity", row.domain, True, _domain_comment(row), stamp)
        )
        for url in urls.get(row.domain, []):
            out.append(_attribute("url", "Network activity", url, True, row.domain, stamp))
        for phone in row.phones:
            if phone.valid and phone.e164 not in official:
                phones.setdefault(phone.e164, set()).add(row.domain)
    for e164 in sorted(phones):
        comment = "shown on " + ", ".join(sorted(phones[e164]))
        out.append(_attribute("phone-number", "Person", e164, False, comment, stamp))
    return out


def misp_event(
    db: sqlite_utils.Database,
    *,
    status: str = "flagged",
    info: str | None = None,
    tlp: str = "amber",
    distribution: str = "community",
    threat_level: str = "medium",
) -> dict[str, Any]:
    """The selected domains as one MISP event: {"Event": {...}}."""
    now = datetime.now(UTC)
    stamp = str(int(now.timestamp()))
    rows = select_status(domain_rows(db), status)
    event = {
        "info": info or f"nephelpdesk: fake tech-support helpdesk sites ({status})",
        "date": now.date().isoformat(),
        "threat_level_id": THREAT_LEVELS[threat_level],
        "analysis": ANALYSIS["completed"],
        "distribution": DISTRIBUTIONS[distribution],
        "published": False,
        "timestamp": stamp,
        "uuid": str(uuid.uuid4()),
        "Attribute": attributes(rows, page_urls(db), stamp, official_numbers()),
        "Tag": [{"name": f"tlp:{tlp}"}, {"name": 'nephelpdesk:type="fake-helpdesk"'}],
    }
    return {"Event": event}


def problems(document: dict[str, Any]) -> list[str]:
    """What in `document` breaks the MISP core format as used here (empty when valid)."""
    event = document.get("Event")
    if not isinstance(event, dict):
        return ["no Event object"]
    found = [
        f"Event.{key} missing" for key in ("info", "date", "uuid", "Attribute") if key not in event
    ]
    for key, values in (
        ("threat_level_id", THREAT_LEVELS),
        ("analysis", ANALYSIS),
        ("distribution", DISTRIBUTIONS),
    ):
        if event.get(key) not in values.values():
            found.append(f"Event.{key} {event.get(key)!r} is not one of MISP's values")
    for n, attr in enumerate(event.get("Attribute", [])):
        allowed = ALLOWED_CATEGORIES.get(attr.get("type"))
        if allowed is None or attr.get("category") not in allowed:
            found.append(f"Attribute {n}: {attr.get('type')}/{attr.get('category')} not allowed")
        if not isinstance(attr.get("to_ids"), bool) or not attr.get("value"):
            found.append(f"Attribute {n}: to_ids must be a boolean and value non-empty")
    return found
