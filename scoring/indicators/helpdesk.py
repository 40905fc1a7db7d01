"""Helpdesk-for-hire: a site that sells computer help by phone, with or without a brand.

Fake helpdesks do not all wear a brand: "Computerhulp nodig? Bel onze experts" with a
fresh number works as well. On its own this is what honest repair shops say too, so it
is worth little; with a number offered as the way in, remote-access help and a fresh or
shielded registration (other families) it can reach the queue without any brand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit
from scoring.indicators.impersonation import impersonated
from scoring.indicators.phone import offered_phones

if TYPE_CHECKING:
    from scoring.facts import DomainFacts, PageFacts
    from scoring.rules import Rules

FAMILY = "helpdesk"


def own_numbers(page: PageFacts, rules: Rules) -> list[str]:
    """Numbers the page offers that are its own, not a brand's genuine support line."""
    return sorted({p.e164 for p in offered_phones(page, rules) if not rules.genuine_number(p.e164)})


def distinct_ideas(terms: tuple[str, ...] | list[str]) -> set[str]:
    """The helpdesk words of a page, a phrase that is whole words of another one found
    dropped: "op afstand" beside "hulp op afstand" is one idea written twice."""
    found = {f" {term} " for term in terms}
    return {t.strip() for t in found if not any(t != other and t in other for other in found)}


def _sells_help_by_phone(page: PageFacts, minimum: int, rules: Rules) -> bool:
    """Helpdesk wording with a number of its own, on a page that is not about a fake
    helpdesk (names_a_fake: its wording describes the scam's pitch)."""
    if "names_a_fake" in page.page_signals:
        return False
    return len(distinct_ideas(page.helpdesk_terms)) >= minimum and bool(own_numbers(page, rules))


def serves_contract_customers(facts: DomainFacts, rules: Rules) -> bool:
    """The site's support is for customers under contract ("alleen voor klanten met een
    supportcontract", "Vertragskunden"): a managed-service provider's servicedesk, not
    help sold to whoever calls. "Geen contract nodig" is not such a restriction."""
    marks = set(rules.setting("helpdesk", "customer_only_terms"))
    return any(marks & set(page.business_terms) for page in facts.pages)


def tech_support_offer(facts: DomainFacts, rules: Rules) -> list[Hit]:
    if impersonated(facts, rules):
        return []  # a brand's helpdesk: the impersonation family says it already
    if serves_contract_customers(facts, rules):
        return []
    minimum = int(rules.setting("helpdesk", "min_helpdesk_terms"))
    for page in facts.pages:
        if _sells_help_by_phone(page, minimum, rules):
            numbers = ", ".join(own_numbers(page, rules)[:3])
            terms = ", ".join(f"'{t}'" for t in sorted(distinct_ideas(page.helpdesk_terms))[:5])
            evidence = f"{page.url}: computer help by phone ({terms}), call {numbers}"
            return [Hit("tech_support_offer", evidence)]
    return []


def offers_help(facts: DomainFacts, rules: Rules) -> bool:
    """The site offers a number of its own and speaks of help at all (one helpdesk word,
    an alarm, a brand's helpdesk): enough to read a payment ask as the helpdesk's."""
    if impersonated(facts, rules):
        return True
    speaks = any(page.helpdesk_terms or page.scare_terms for page in facts.pages)
    return speaks and any(own_numbers(page, rules) for page in facts.pages)


def anonymous_help_offer(facts: DomainFacts, rules: Rules) -> list[Hit]:
    """Help for hire by phone from a site that names no business: Dutch, German, Belgian
    and French law make a business site show its register number or legal notice; an
    honest repair shop does, a call-centre front rarely bothers."""
    if not tech_support_offer(facts, rules):
        return []
    identity = set(rules.setting("helpdesk", "identity_terms"))
    if any(identity & set(page.business_terms) for page in facts.pages):
        return []
    evidence = f"no business register number, legal notice or street address on {len(facts.pages)} page(s)"
    return [Hit("anonymous_help_offer", evidence)]


INDICATORS = {"tech_support_offer": tech_support_offer, "anonymous_help_offer": anonymous_help_offer}
