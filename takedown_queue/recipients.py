"""Who must act on a case: one recipient per registrar and per hosting provider, each
with only the domains it can act on.

A registrar can suspend the domains registered through it; a hosting provider can take
down the sites on its servers (found by IP RDAP, table ip_networks). A recipient never
sees another recipient's domains, so each gets its own order draft. A server IP whose
network is unknown (no RDAP answer yet) still gets a recipient, named by its IP, with
"nog vast te stellen" as contact, so the order shows the gap instead of hiding it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

TO_BE_ESTABLISHED = "nog vast te stellen"
EXCLUDED_DECISIONS = ("reject", "hold")  # per-domain decisions that keep a domain out


@dataclass
class Recipient:
    key: str  # stable, URL- and file-name-safe
    kind: str  # Registrar | Hostingprovider
    name: str
    contact: str  # abuse e-mail / phone, or TO_BE_ESTABLISHED
    country: str = ""
    source: str = ""  # where the contact came from
    domains: list[str] = field(default_factory=list)
    ips: list[str] = field(default_factory=list)

    @property
    def known(self) -> bool:
        return self.contact != TO_BE_ESTABLISHED


def _key(kind: str, name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "x"
    return f"{kind.lower()}-{slug}-{hashlib.sha256(name.encode()).hexdigest()[:6]}"


def orderable(domains: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The domains of a case an order may name: not rejected or held on their own."""
    return [d for d in domains if d.get("decision") not in EXCLUDED_DECISIONS]


def _registrar_abuse(db: sqlite_utils.Database, domain: str, reg: dict[str, Any]) -> list[str]:
    """The registrar's abuse contact: the dedicated columns when the registration stage
    provides them, else the abuse contact kept with the record."""
    columns = db["registrations"].columns_dict
    if "registrar_abuse_email" in columns:
        row = db.execute(
            "SELECT registrar_abuse_email, registrar_abuse_phone FROM registrations"
            " WHERE domain = ?",
            [domain],
        ).fetchone()
        if row and (row[0] or row[1]):
            return [x for x in row if x]
    return [x for x in (reg.get("abuse_email"), reg.get("abuse_phone")) if x]


def _add(found: dict[str, Recipient], recipient: Recipient, domain: str, ip: str = "") -> None:
    target = found.setdefault(recipient.key, recipient)
    if domain not in target.domains:
        target.domains.append(domain)
    if ip and ip not in target.ips:
        target.ips.append(ip)


def _registrar(db: sqlite_utils.Database, d: dict[str, Any]) -> Recipient:
    reg = d["registration"] or {}
    name = reg.get("registrar") or f"registrar van {d['domain']} ({TO_BE_ESTABLISHED})"
    contact = " / ".join(_registrar_abuse(db, d["domain"], reg)) or TO_BE_ESTABLISHED
    source = (
        f"{reg['source'].upper()} {reg.get('fetched_at', '')[:10]}" if reg.get("source") else ""
    )
    return Recipient(_key("registrar", name), "Registrar", name, contact, source=source)


def ip_network(db: sqlite_utils.Database, ip: str) -> dict[str, Any] | None:
    if "ip_networks" not in db.table_names():
        return None  # the IP RDAP tables are not there yet (an older store)
    cursor = db.execute("SELECT * FROM ip_networks WHERE ip = ?", [ip])
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None


def _hosting(db: sqlite_utils.Database, ip: str) -> Recipient:
    net = ip_network(db, ip)
    if not net or not net["found"]:
        name = f"beheerder van IP-adres {ip}"
        why = (net or {}).get("reason") or "nog niet opgevraagd"
        return Recipient(_key("hosting", ip), "Hostingprovider", name, TO_BE_ESTABLISHED,
                         source=f"IP-RDAP: {why}")  # fmt: skip
    name = net["org"] or net["name"] or f"beheerder van {net['network']}"
    contact = " / ".join(x for x in (net["abuse_email"], net["abuse_phone"]) if x)
    source = f"IP-RDAP {net['fetched_at'][:10]}, netwerk {net['network']} ({net['name']})"
    return Recipient(_key("hosting", name), "Hostingprovider", name,
                     contact or TO_BE_ESTABLISHED, net["country"] or "", source)  # fmt: skip


def recipients(db: sqlite_utils.Database, case: dict[str, Any]) -> list[Recipient]:
    """Registrars first, then hosting providers, each with its own domains only."""
    registrars: dict[str, Recipient] = {}
    hosts: dict[str, Recipient] = {}
    for d in orderable(case["domains"]):
        _add(registrars, _registrar(db, d), d["domain"])
        for ip in sorted({p["server_ip"] for p in d["pages"] if p["server_ip"]}):
            _add(hosts, _hosting(db, ip), d["domain"], ip)
    return list(registrars.values()) + list(hosts.values())
