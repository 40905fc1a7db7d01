"""Payment in gift cards and prepaid vouchers: the refund-and-voucher helpdesk's ask.

A victim "pays" the helpdesk with Paysafecard, coupons PCS, Google Play or iTunes cards:
they cannot be reversed or traced, which is why the call centres ask for them and no
honest helpdesk does. The extractor finds the ask in the page's own text (a sentence
with the voucher and a paying word that neither refuses nor warns,
crawler.extract.payment); here it counts only on a site that offers its own number and speaks of help, and
never on a page that warns or discusses (an article saying "they asked for gift cards").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.counter import page_warns
from scoring.indicators.helpdesk import offers_help
from scoring.indicators.hit import Hit, join_evidence
from scoring.indicators.impersonation import discusses

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Rules

FAMILY = "payment"


def voucher_payment(facts: DomainFacts, rules: Rules) -> list[Hit]:
    asks = [
        f"{page.url}: payment in {', '.join(sorted(set(page.voucher_payment))[:4])}"
        for page in facts.pages
        if page.voucher_payment and not page_warns(page, rules) and not discusses(page, rules)
    ]
    if not asks or not offers_help(facts, rules):
        return []
    return [Hit("voucher_payment", join_evidence(asks, 2))]


def long_protection_plan(facts: DomainFacts, rules: Rules) -> list[Hit]:
    """A site selling help by phone that sells a protection or support plan for years
    ahead or for life: the call centres' upsell after the remote session."""
    plans = [
        f"{page.url}: a protection or support plan for years ahead or for life"
        for page in facts.pages
        if "long_protection_plan" in page.page_signals
        and not page_warns(page, rules)
        and not discusses(page, rules)
    ]
    if not plans or not offers_help(facts, rules):
        return []
    return [Hit("long_protection_plan", join_evidence(plans, 2))]


INDICATORS = {"voucher_payment": voucher_payment, "long_protection_plan": long_protection_plan}
