"""What a parsed registration answer yields, and why an answer can be unusable.

`Parsed` wraps the scoring model (`scoring.facts.Registration`) with what the store and
the takedown orders also want (abuse contact, name servers, the registrar's RDAP link).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scoring.facts import Registration

# Kinds of unusable answer: rate_limited is retried later; the others are final.
RATE_LIMITED = "rate_limited"
NOT_FOUND = "not_found"
GARBAGE = "garbage"
EMPTY = "empty"


class UnusableAnswer(Exception):
    """Raised by the pure parsers (parse_whois, parse_rdap) when an answer holds no
    registration data: rate-limit text, "no match", garbage, truncation. `kind` is one of
    RATE_LIMITED, NOT_FOUND, GARBAGE, EMPTY; the message is the reason shown to users."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


@dataclass(frozen=True)
class Parsed:
    registration: Registration
    domain_unicode: str = ""
    abuse_email: str | None = None
    abuse_phone: str | None = None
    nameservers: tuple[str, ...] = ()
    related_url: str | None = None  # RDAP: the registrar's own answer (thin registries)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_data(self) -> bool:
        """Whether the answer said anything about the registration at all."""
        reg = self.registration
        return any((reg.registrar, reg.created, reg.expires, reg.registrant_country))


def as_json(parsed: Parsed, raw_sha256: str | None = None) -> dict[str, Any]:
    """The `nephelpdesk lookup --json` shape (DESIGN.md contract, plus extras)."""
    reg = parsed.registration
    return {
        "domain": reg.domain,
        "domain_unicode": parsed.domain_unicode or reg.domain,
        "registrar": reg.registrar,
        "registrant_country": reg.registrant_country,
        "privacy": reg.privacy,
        "privacy_state": reg.privacy_state,
        "created": reg.created,
        "expires": reg.expires,
        "source": reg.source,
        "abuse_email": parsed.abuse_email,
        "nameservers": list(parsed.nameservers),
        "raw_sha256": raw_sha256,
        "evidence": dict(reg.evidence),
    }
