"""Registration records of held-out sites: who registered what, when, behind which proxy.

A site's record is written as a short profile (`Reg`) and turned into the sandbox's
`RegistrationRecord` relative to the evaluation day, so a "fresh" scam stays fresh
whenever the set is loaded. Registrars and platforms come from registrars.toml.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from core.errors import ConfigError
from crawler.sandbox.registry import RegistrationRecord, privacy_service

DATA = Path(__file__).with_name("registrars.toml")
REGISTRAR_KEYS = ("name", "iana", "abuse_email", "abuse_phone", "nameservers")
PLATFORM_KEYS = ("org", "country", "registrar", "created")
KINDS = ("proxy", "redacted", "disclosed", "not_published", "platform")


@functools.cache
def registrar_data() -> dict[str, Any]:
    try:
        data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{DATA}: {exc}") from exc
    for key, entry in data.get("registrar", {}).items():
        missing = [k for k in REGISTRAR_KEYS if k not in entry]
        if missing:
            raise ConfigError(f"{DATA}: registrar.{key} lacks {', '.join(missing)}")
    for suffix, entry in data.get("platform", {}).items():
        missing = [k for k in PLATFORM_KEYS if k not in entry]
        if missing or entry.get("registrar") not in data["registrar"]:
            raise ConfigError(
                f"{DATA}: platform.{suffix} is incomplete or names no known registrar"
            )
    return data


def platform_of(host: str) -> str | None:
    """The platform suffix a host sits on ("netlify.app"), or None."""
    for suffix in registrar_data()["platform"]:
        if host.endswith("." + suffix):
            return str(suffix)
    return None


@dataclass(frozen=True)
class Reg:
    """A registration profile: `age` days since creation, `term` years paid."""

    kind: str
    registrar: str = "namecheap"
    age: int = 30
    term: int = 1
    updated: int | None = None  # days ago; a re-registered aged domain was updated lately
    country: str | None = None
    org: str | None = None
    name: str | None = None
    city: str | None = None
    service: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"registration kind must be one of {KINDS}, not {self.kind!r}")
        if self.service is not None:
            privacy_service(self.service)  # raises on an unknown service


def record(domain: str, reg: Reg, today: date) -> RegistrationRecord:
    if reg.kind == "platform":
        return _platform_record(domain, today)
    entry = registrar_data()["registrar"][reg.registrar]
    created = today - timedelta(days=reg.age)
    expires = _expiry(created, reg.term, today)
    updated = today - timedelta(
        days=reg.updated if reg.updated is not None else min(reg.age, 3 + reg.age % 40)
    )
    privacy = {"proxy": "shielded", "redacted": "shielded", "disclosed": "disclosed"}.get(
        reg.kind, "not_published"
    )
    return RegistrationRecord(
        domain=domain,
        registrar=entry["name"],
        registrar_iana_id=entry["iana"] or None,
        registrant_name=reg.name if reg.kind == "disclosed" else None,
        registrant_org=reg.org if reg.kind == "disclosed" else None,
        registrant_country=reg.country if reg.kind != "not_published" else None,
        privacy=privacy,
        privacy_service=reg.service if reg.kind == "proxy" else None,
        created=created,
        updated=updated,
        expires=expires,
        nameservers=tuple(entry["nameservers"]),
        abuse_email=entry["abuse_email"],
        abuse_phone=entry["abuse_phone"] or None,
        registrant_city=reg.city if reg.kind == "disclosed" else None,
    )


def _expiry(created: date, term: int, today: date) -> date:
    """First anniversary after today at the paid term (renewed yearly after that)."""
    expires = (
        created.replace(year=created.year + term)
        if not (created.month == 2 and created.day == 29)
        else created + timedelta(days=365 * term)
    )
    while expires <= today:
        expires = (
            expires.replace(year=expires.year + 1)
            if not (expires.month == 2 and expires.day == 29)
            else expires + timedelta(days=365)
        )
    return expires


def _platform_record(domain: str, today: date) -> RegistrationRecord:
    suffix = platform_of(domain)
    if suffix is None:
        raise ValueError(f"{domain} is on no known platform")
    entry = registrar_data()["platform"][suffix]
    registrar = registrar_data()["registrar"][entry["registrar"]]
    created = date(int(entry["created"]), 3 + len(suffix) % 9, 1 + len(suffix) % 27)
    return RegistrationRecord(
        domain=domain,
        registrar=registrar["name"],
        registrar_iana_id=registrar["iana"] or None,
        registrant_name=None,
        registrant_org=entry["org"],
        registrant_country=entry["country"],
        privacy="disclosed",
        privacy_service=None,
        created=created,
        updated=today - timedelta(days=60 + len(suffix)),
        expires=_expiry(created, 10, today),
        nameservers=tuple(registrar["nameservers"]),
        abuse_email=registrar["abuse_email"],
        abuse_phone=registrar["abuse_phone"] or None,
        statuses=(
            "client delete prohibited",
            "client transfer prohibited",
            "client update prohibited",
        ),
    )
