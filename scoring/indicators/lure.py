"""The renewal-invoice lure: "your subscription was renewed, 399,99 € charged: call to
cancel". The refund scam needs no brand, no alarm and few helpdesk words: the invented
charge is the pretext, and the call ends in the same remote-access session as the fake
helpdesk's. Honest invoices are sent to the customer, not published to whoever opens a
page. The extractor finds the charge told and the ask to cancel or be refunded
(crawler.extract.payment.refund_lure); here it counts when the page offers a number of
its own, and never on a page that warns or discusses (an article quoting the invoice).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.counter import page_warns
from scoring.indicators.helpdesk import own_numbers
from scoring.indicators.hit import Hit, join_evidence
from scoring.indicators.impersonation import discusses

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Rules

FAMILY = "lure"


def refund_lure(facts: DomainFacts, rules: Rules) -> list[Hit]:
    found = []
    for page in facts.pages:
        if not page.refund_lure or page_warns(page, rules) or discusses(page, rules):
            continue
        numbers = own_numbers(page, rules)
        if numbers:
            charges = ", ".join(page.refund_lure[:3])
            found.append(
                f"{page.url}: tells the visitor of a charge ({charges}) and asks to call {', '.join(numbers[:2])} to cancel or be refunded"
            )
    return [Hit("refund_lure", join_evidence(found, 2))] if found else []


INDICATORS = {"refund_lure": refund_lure}
