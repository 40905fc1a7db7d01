"""Registration records the sandbox's RDAP and WHOIS servers answer from.

One `RegistrationRecord` per registered domain. `privacy` says how the registrant is
shown, which is what analysts count:

- "disclosed": the registrant's name/organisation and country are published;
- "shielded": hidden. With `privacy_service` set, the service stands in as registrant
  (its own name and country, e.g. "Withheld for Privacy ehf", IS); without it, the
  registry redacts the record ("REDACTED FOR PRIVACY"; the country may still show, as
  gTLD registries publish registrant country and state after redaction);
- "not_published": the registry publishes no registrant data at all (.nl).

The registry behaviour (which TLDs are thin, WHOIS text styles, country names, privacy
services) lives in registry_data.toml.
"""

from __future__ import annotations

import functools
import hashlib
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from core.errors import ConfigError

REGISTRY_DATA = Path(__file__).with_name("registry_data.toml")
PRIVACY_STATES = ("shielded", "disclosed", "not_published")


@dataclass(frozen=True)
class RegistrationRecord:
    domain: str  # registered domain, lowercase, punycode
    registrar: str
    registrar_iana_id: str | None
    registrant_name: str | None
    registrant_org: str | None
    registrant_country: str | None  # ISO 3166 alpha-2 as the registry would show it
    privacy: str  # shielded | disclosed | not_published
    privacy_service: str | None
    created: date
    updated: date
    expires: date
    nameservers: tuple[str, ...] = ()
    abuse_email: str | None = None
    abuse_phone: str | None = None
    registrant_city: str | None = None
    registrant_region: str | None = None
    statuses: tuple[str, ...] = field(default=("client transfer prohibited",))

    def __post_init__(self) -> None:
        if self.privacy not in PRIVACY_STATES:
            raise ValueError(f"privacy must be one of {PRIVACY_STATES}, not {self.privacy!r}")

    @property
    def tld(self) -> str:
        return self.domain.rsplit(".", 1)[-1]

    @property
    def shown_country(self) -> str | None:
        """The registrant country a client reads: the privacy service's when one stands in."""
        if self.privacy == "not_published":
            return None
        if self.privacy_service:
            return privacy_service(self.privacy_service)["country"]
        return self.registrant_country


def stamp(day: date, domain: str, salt: str = "") -> datetime:
    """A deterministic time of day for a date: registries print full timestamps."""
    digest = int(hashlib.sha256(f"{domain}|{salt}".encode()).hexdigest()[:8], 16)
    seconds = digest % 86400
    clock = time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    return datetime.combine(day, clock, tzinfo=UTC)


def iso_z(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@functools.cache
def registry_data() -> dict[str, Any]:
    try:
        return tomllib.loads(REGISTRY_DATA.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{REGISTRY_DATA}: {exc}") from exc


def registry_of_tld(tld: str) -> tuple[str, dict[str, Any]] | None:
    """(registry id, its settings) for a TLD, or None when no registry serves it."""
    for name, settings in registry_data()["registries"].items():
        if tld in settings["tlds"]:
            return name, settings
    return None


def country_name(code: str | None) -> str:
    if not code:
        return ""
    return registry_data()["countries"].get(code, code)


def privacy_service(name: str) -> dict[str, str]:
    services = registry_data()["privacy_services"]
    if name not in services:
        raise ConfigError(f"{REGISTRY_DATA}: privacy_services has no entry {name!r}")
    return services[name]


def whois_style(tld: str) -> str:
    found = registry_of_tld(tld)
    return found[1]["whois_style"] if found else "gtld"
