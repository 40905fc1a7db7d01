"""What a parsed registration answer yields, and why an answer can be unusable.

`Registration` is the normalised record scoring reads (scoring.facts re-exports it);
`Parsed` wraps it with what the store and
the takedown orders also want (abuse contact, name servers, the registrar's RDAP link).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Registration:
    """Normalised registration data for one registered domain."""

    domain: str
    registrar: str | None = None
    registrant_country: str | None = None  # ISO alpha-2, None when unknown/hidden
    privacy: bool | None = None  # True: shielded by a privacy/proxy service or redaction
    privacy_state: str = "unknown"  # shielded | not_published | disclosed | unknown
    created: str | None = None  # ISO 8601 date
    expires: str | None = None
    source: str | None = None  # rdap | whois
    evidence: dict[str, str] = field(default_factory=dict)  # field -> raw line/value



# Kinds of unusable answer: rate_limited and unavailable are retried later; the others
# are final. reserved / redemption / suspended are the registry's own states of a name
# whose answer holds no registration fields (one that holds them is parsed, its state
# in Parsed.state).
RATE_LIMITED = "rate_limited"
UNAVAILABLE = "unavailable"
NOT_FOUND = "not_found"
RESERVED = "reserved"
REDEMPTION = "redemption"
SUSPENDED = "suspended"
INVALID = "invalid"
GARBAGE = "garbage"
EMPTY = "empty"
RETRYABLE = frozenset({RATE_LIMITED, UNAVAILABLE})


class UnusableAnswer(Exception):
    """Raised by the pure parsers (parse_whois, parse_rdap) when an answer holds no
    registration data: rate-limit text, "no match", reserved names, garbage, truncation.
    `kind` is one of the kinds above; the message is the reason shown to users."""

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
    # registered, or a registered domain's special state the answer names: redemption,
    # suspended (the record still holds data, so it is parsed, not refused)
    state: str = "registered"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_data(self) -> bool:
        """Whether the answer said anything about the registration at all."""
        reg = self.registration
        # A registrant shown (or shown to be shielded) is data too: a throttled answer
        # may carry only the holder's name (.br).
        shown = reg.privacy_state in ("disclosed", "shielded")
        return any((reg.registrar, reg.created, reg.expires, reg.registrant_country, shown))


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
        "registrar_abuse_email": parsed.abuse_email,
        "registrar_abuse_phone": parsed.abuse_phone,
        "nameservers": list(parsed.nameservers),
        "raw_sha256": raw_sha256,
        "evidence": dict(reg.evidence),
    }


def build_registration(
    domain: str,
    source: str,
    registrar: tuple[str | None, str | None],
    created: tuple[str | None, str | None],
    expires: tuple[str | None, str | None],
    finding: Any,
    evidence: dict[str, str],
) -> Registration:
    """The normalised record of one answer, RDAP or WHOIS alike: each field's value beside
    the raw line it came from (`evidence`), so a prosecutor can quote the answer itself.

    `registrar`, `created` and `expires` are (value, raw) pairs; `finding` is the privacy
    judgement (normalise.judge_privacy)."""
    raws = {"registrar": registrar[1], "created": created[1], "expires": expires[1]}
    evidence.update({k: v for k, v in raws.items() if v})
    if finding.evidence:
        evidence["privacy"] = finding.evidence
    return Registration(
        domain=domain,
        registrar=registrar[0],
        registrant_country=finding.country,
        privacy=finding.privacy,
        privacy_state=finding.state,
        created=created[0],
        expires=expires[0],
        source=source,
        evidence=evidence,
    )


def merge(registry: Parsed, registrar: Parsed) -> Parsed:
    """A thin registry's answer completed by the registrar's (RDAP `related` link or WHOIS
    referral): registrant data from the registrar, dates and registrar name from the
    registry where the registrar has none; the evidence of both."""
    reg, rar = registry.registration, registrar.registration
    evidence = {**reg.evidence, **rar.evidence}
    merged = Registration(
        domain=reg.domain,
        registrar=reg.registrar or rar.registrar,
        registrant_country=rar.registrant_country,
        privacy=rar.privacy,
        privacy_state=rar.privacy_state,
        created=reg.created or rar.created,
        expires=reg.expires or rar.expires,
        source=reg.source,
        evidence=evidence,
    )
    return Parsed(
        merged,
        domain_unicode=registry.domain_unicode,
        abuse_email=registrar.abuse_email or registry.abuse_email,
        abuse_phone=registrar.abuse_phone or registry.abuse_phone,
        nameservers=registry.nameservers or registrar.nameservers,
        state=registry.state,
    )
