"""Phone indicators: the strongest pivot, since campaigns reuse their numbers.

The loader (crawler.facts) fills `known_fraud_numbers` and `phone_shared_with` from the
store; these functions only read them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit, join_evidence

if TYPE_CHECKING:
    from scoring.facts import DomainFacts, Phone
    from scoring.rules import Rules

FAMILY = "phone"


def phones_shown(facts: DomainFacts) -> dict[str, tuple[Phone, str]]:
    """e164 -> (the phone, the first page URL that shows it)."""
    shown: dict[str, tuple[Phone, str]] = {}
    for page in facts.pages:
        for phone in page.phones:
            shown.setdefault(phone.e164, (phone, page.url))
    return shown


def known_fraud_number(facts: DomainFacts, rules: Rules) -> list[Hit]:
    shown = phones_shown(facts)
    found = [
        f"{e164} (on {shown[e164][1]}) is listed as fraud: {source}"
        for e164, source in sorted(facts.known_fraud_numbers.items())
        if e164 in shown
    ]
    return [Hit("known_fraud_number", join_evidence(found, 3))] if found else []


def number_shared_with_suspicious(facts: DomainFacts, rules: Rules) -> list[Hit]:
    shown = phones_shown(facts)
    found = []
    for e164, others in sorted(facts.phone_shared_with.items()):
        others = tuple(d for d in others if d != facts.domain)
        if e164 in shown and others:
            listed = ", ".join(others[:5]) + (
                f" and {len(others) - 5} more" if len(others) > 5 else ""
            )
            found.append(
                f"{e164} (on {shown[e164][1]}) also appears on "
                f"{len(others)} suspicious site(s): {listed}"
            )
    return [Hit("number_shared_with_suspicious", join_evidence(found, 3))] if found else []


def number_in_warnings(facts: DomainFacts, rules: Rules) -> list[Hit]:
    shown = phones_shown(facts)
    found = []
    for e164, sites in sorted(facts.phone_warned_by.items()):
        sites = tuple(d for d in sites if d != facts.domain)
        if e164 in shown and sites:
            found.append(
                f"{e164} (on {shown[e164][1]}) is quoted as a scam number on {', '.join(sites[:5])}"
            )
    return [Hit("number_in_warnings", join_evidence(found, 3))] if found else []


def _unfit(phone: Phone, rules: Rules) -> str | None:
    if not phone.valid:
        return "is not a valid number"
    if phone.country not in rules.setting("phone", "helpdesk_countries"):
        return f"is a {phone.kind} number in {phone.country or 'an unknown country'}"
    if phone.kind in rules.setting("phone", "unfit_kinds"):
        return f"is a {phone.kind} number"
    return None


def number_unfit_for_helpdesk(facts: DomainFacts, rules: Rules) -> list[Hit]:
    found = []
    for e164, (phone, url) in phones_shown(facts).items():
        why = _unfit(phone, rules)
        if why:
            found.append(f"{phone.raw!r} ({e164}, on {url}) {why}")
    return [Hit("number_unfit_for_helpdesk", join_evidence(found, 3))] if found else []


INDICATORS = {
    "known_fraud_number": known_fraud_number,
    "number_shared_with_suspicious": number_shared_with_suspicious,
    "number_in_warnings": number_in_warnings,
    "number_unfit_for_helpdesk": number_unfit_for_helpdesk,
}
