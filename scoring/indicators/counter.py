"""Counter-evidence: signs that a site is legitimate. Negative points, their own family,
never counted towards corroboration.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scoring.indicators import compromise
from scoring.indicators.hit import Hit, join_evidence
from scoring.indicators.registration import privacy_service_named, registered_long_before

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


def sells_a_number(page: PageFacts) -> bool:
    """The page offers a number and quotes none."""
    roles = {p.role for p in page.phones if p.valid}
    return "offered" in roles and "quoted" not in roles


def page_warns(page: PageFacts, rules: Rules) -> str | None:
    """Why `page` reads as a warning or news page, or None. Warning words are free to
    write: an alarm page ("Fraud alert! Your computer has been locked, call ...") that
    offers its number and quotes none does not warn, it sells; so does a helpdesk page
    that says "beware of fake support" among more helpdesk wording than warning."""
    terms = sorted(set(page.warning_terms))
    if (
        terms
        and sells_a_number(page)
        and (page.scare_terms or len(set(page.helpdesk_terms)) > len(terms))
    ):
        return None
    title = own_desk_names_removed(page.title or "", rules)
    for pattern in rules.patterns["counter.warning_title_patterns"]:
        match = pattern.search(title)
        if match and terms:
            return (
                f"{page.url}: title '{page.title}' ('{match.group(0)}'), warning terms {terms[:4]}"
            )
    kinds = sorted(
        set(page.page_signals) & set(rules.setting("impersonation", "discussion_signals"))
    )
    if kinds and terms:
        return f"{page.url}: {', '.join(kinds)} with warning terms {terms[:4]}"
    enough = len(terms) >= int(rules.setting("counter", "min_warning_terms"))
    if enough and len(terms) >= len(set(page.helpdesk_terms)):
        return f"{page.url}: warning terms {terms[:4]} outnumber helpdesk wording"
    return None


# Words before a desk's name that make it somebody else's fake one.
_FAKE_BEFORE = re.compile(r"(?:\bnep|\bfake|\bvalse|zogenaamde|so-called|\bfaux|\bfausse|falsche[nr]?|angebliche[nr]?|vermeintliche[nr]?|['\"‘’“”«»„])[\s-]*$", re.IGNORECASE)


def own_desk_names_removed(title: str, rules: Rules) -> str:
    """The title without the desk names it gives itself ("Fraude Servicedesk | ...",
    "About the Fraud Team"): a name is not a warning. A desk somebody calls fake or
    quotes ("nep-fraudeafdeling", "als 'fraudeafdeling' van de bank") stays."""
    for pattern in rules.patterns["counter.desk_name_patterns"]:
        title = pattern.sub(
            lambda m: m.group(0) if _FAKE_BEFORE.search(m.string[max(0, m.start() - 14) : m.start()]) else " ",
            title,
        )
    return title


def warning_context(facts: DomainFacts, rules: Rules) -> list[Hit]:
    from scoring.indicators.impersonation import impersonated

    if impersonated(facts, rules):
        return []  # "beware of fake PayPal hotlines" beside its own PayPal helpdesk page
    found = [w for page in facts.pages if (w := page_warns(page, rules))]
    return [Hit("warning_context", join_evidence(found, 2))] if found else []


def long_registration_history(facts: DomainFacts, rules: Rules) -> list[Hit]:
    """Registered years before it was found: an operation that lives by burning fresh names
    rarely holds one that long (a bought aged domain is the exception, hence never a veto)."""
    age = registered_long_before(facts, rules)
    if age is None or facts.registration is None:
        return []
    if compromise.hidden_link_injection(facts, rules) or compromise.name_of_another_trade(
        facts, rules
    ):
        return []  # the name's first owner is not who runs the help offer on it
    reg = facts.registration
    line = reg.evidence.get("created", f"created {reg.created}")
    return [
        Hit(
            "long_registration_history",
            f"registered {age // 365} years before it was found ({line})",
        )
    ]


def brand_partner_listed(facts: DomainFacts, rules: Rules) -> list[Hit]:
    for brand in rules.brands.values():
        if facts.domain in brand.partner_domains:
            return [
                Hit("brand_partner_listed", f"{facts.domain} is listed as a {brand.id} partner")
            ]
    return []


def corporate_registrar(facts: DomainFacts, rules: Rules) -> list[Hit]:
    reg = facts.registration
    if reg is None or not reg.registrar:
        return []
    name = reg.registrar.lower()
    if any(mark in name for mark in rules.setting("counter", "corporate_registrars")):
        return [
            Hit(
                "corporate_registrar",
                f"registrar '{reg.registrar}' (a corporate brand-protection registrar)",
            )
        ]
    return []


def established_business(facts: DomainFacts, rules: Rules) -> list[Hit]:
    minimum = int(rules.setting("counter", "min_business_terms"))
    identity = set(rules.setting("helpdesk", "identity_terms"))
    for page in facts.pages:
        terms = sorted(set(page.business_terms))
        # Words anyone can paste ("reviews", "since 2009", "algemene voorwaarden") are no
        # business without one mark of a legal identity (a register number, an address).
        if len(terms) >= minimum and identity & set(terms):
            if identity_elsewhere(facts, terms, rules):
                return []  # "Registered in England" on a name registered from India
            return [Hit("established_business", f"{page.url}: {', '.join(terms[:5])}")]
    return []


def identity_elsewhere(facts: DomainFacts, terms: list[str], rules: Rules) -> bool:
    """The page's legal identity names a country ([phone] identity_countries: a UK
    company number, a KvK number, a US street address) and the domain's registrant
    gave another: the marks were copied, not the registrant's own."""
    reg = facts.registration
    own = reg.registrant_country if reg else None
    if not own or reg is None or privacy_service_named(reg, rules):
        return False  # no country, or a proxy service's own
    named = {c for t in terms if (c := rules.setting("phone", "identity_countries").get(t))}
    return bool(named) and own not in named


INDICATORS = {
    "official_brand_domain": official_brand_domain,
    "allow_listed": allow_listed,
    "warning_context": warning_context,
    "established_business": established_business,
    "long_registration_history": long_registration_history,
    "brand_partner_listed": brand_partner_listed,
    "corporate_registrar": corporate_registrar,
}
