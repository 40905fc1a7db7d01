"""Registration indicators: how the domain was registered. Weak alone, useful together.

Registrant country is self-declared and .nl publishes none, so missing data is a gap
(lower confidence), never a hit.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit

if TYPE_CHECKING:
    from scoring.facts import DomainFacts, Registration
    from scoring.rules import Rules

FAMILY = "registration"


def _line(reg: Registration, field: str, fallback: str) -> str:
    """The raw registration line for `field` when kept, else a plain statement."""
    raw = reg.evidence.get(field)
    return f"{raw.strip()!r} ({reg.source or 'registration record'})" if raw else fallback


def registrant_country_of_interest(facts: DomainFacts, rules: Rules) -> list[Hit]:
    reg = facts.registration
    if reg is None or not reg.registrant_country:
        return []
    country = reg.registrant_country.upper()
    if country not in rules.setting("registration", "countries_of_interest"):
        return []
    evidence = _line(reg, "registrant_country", f"registrant country {country}")
    return [Hit("registrant_country_of_interest", evidence)]


def privacy_service_named(reg: Registration, rules: Rules) -> str | None:
    texts = [reg.registrar or "", *reg.evidence.values()]
    for service in rules.setting("registration", "privacy_services"):
        for text in texts:
            if service in text.lower():
                return text
    return None


def privacy_shielded(facts: DomainFacts, rules: Rules) -> list[Hit]:
    reg = facts.registration
    if reg is None or reg.privacy_state == "not_published":
        return []  # a registry that publishes nothing (.nl) says nothing about this registrant
    if reg.privacy is True or reg.privacy_state == "shielded":
        evidence = _line(reg, "privacy", "registrant hidden by a privacy/proxy service")
        return [Hit("privacy_shielded", evidence)]
    named = privacy_service_named(reg, rules)
    if named and reg.privacy_state != "disclosed":
        return [Hit("privacy_shielded", f"{named.strip()!r} names a privacy/proxy service")]
    return []


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def found_dates(facts: DomainFacts) -> tuple[date, date] | None:
    """(created, first seen) when both are known."""
    reg = facts.registration
    created = _parse_date(reg.created if reg else None)
    seen = _parse_date(facts.detected_at)
    return (created, seen) if created is not None and seen is not None else None


def age_when_found(facts: DomainFacts) -> int | None:
    """Days between the domain's registration and its first sighting, when both are known."""
    dates = found_dates(facts)
    return (dates[1] - dates[0]).days if dates else None


def registered_long_before(facts: DomainFacts, rules: Rules) -> int | None:
    """The domain's age in days when it was found, if that is at least
    [counter] long_history_years; else None."""
    age = age_when_found(facts)
    years = int(rules.setting("counter", "long_history_years"))
    return age if age is not None and age >= years * 365 else None


def newly_registered(facts: DomainFacts, rules: Rules) -> list[Hit]:
    reg, dates = facts.registration, found_dates(facts)
    if reg is None or dates is None:
        return []
    created, seen = dates
    age = (seen - created).days
    if 0 <= age <= int(rules.setting("registration", "newly_registered_days")):
        line = _line(reg, "created", f"created {created.isoformat()}")
        return [Hit("newly_registered", f"{line}; first seen {seen.isoformat()}, {age} days later")]
    return []


def free_platform_name(facts: DomainFacts, rules: Rules) -> list[Hit]:
    """A subdomain of a free hosting or app platform (core/data/hosting_platforms.txt):
    no domain was registered at all, the name was made in a minute and is thrown away as
    fast, which is what a fresh registration says of an own domain. The platform's own
    registration says nothing of the site, so this stands in for it."""
    if not facts.hosting_platform:
        return []
    return [Hit("free_platform_name", f"'{facts.domain}' is a free name on {facts.hosting_platform}")]


INDICATORS = {
    "registrant_country_of_interest": registrant_country_of_interest,
    "privacy_shielded": privacy_shielded,
    "newly_registered": newly_registered,
    "free_platform_name": free_platform_name,
}
