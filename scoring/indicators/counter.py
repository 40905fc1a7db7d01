"""Counter-evidence: signs that a site is legitimate. Negative points, their own family,
never counted towards corroboration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit, join_evidence

if TYPE_CHECKING:
    from scoring.facts import DomainFacts, PageFacts
    from scoring.rules import Rules

FAMILY = "counter"


def official_brand_domain(facts: DomainFacts, rules: Rules) -> list[Hit]:
    brand = rules.brand_owning(facts.domain)
    if brand is None:
        return []
    return [Hit("official_brand_domain", f"{facts.domain} is an official {brand.id} domain")]


def allow_listed(facts: DomainFacts, rules: Rules) -> list[Hit]:
    if not facts.allow_listed:
        return []
    return [Hit("allow_listed", f"{facts.domain} is on the allow list")]


def page_warns(page: PageFacts, rules: Rules) -> str | None:
    """Why `page` reads as a warning or news page, or None."""
    terms = sorted(set(page.warning_terms))
    for pattern in rules.patterns["counter.warning_title_patterns"]:
        match = pattern.search(page.title or "")
        if match and terms:
            return (
                f"{page.url}: title '{page.title}' ('{match.group(0)}'), warning terms {terms[:4]}"
            )
    enough = len(terms) >= int(rules.setting("counter", "min_warning_terms"))
    if enough and len(terms) >= len(set(page.helpdesk_terms)):
        return f"{page.url}: warning terms {terms[:4]} outnumber helpdesk wording"
    return None


def warning_context(facts: DomainFacts, rules: Rules) -> list[Hit]:
    found = [w for page in facts.pages if (w := page_warns(page, rules))]
    return [Hit("warning_context", join_evidence(found, 2))] if found else []


def established_business(facts: DomainFacts, rules: Rules) -> list[Hit]:
    minimum = int(rules.setting("counter", "min_business_terms"))
    for page in facts.pages:
        terms = sorted(set(page.business_terms))
        if len(terms) >= minimum:
            return [Hit("established_business", f"{page.url}: {', '.join(terms[:5])}")]
    return []


INDICATORS = {
    "official_brand_domain": official_brand_domain,
    "allow_listed": allow_listed,
    "warning_context": warning_context,
    "established_business": established_business,
}
