"""A helpdesk page injected into somebody else's site.

Fake helpdesks do not only buy names: they break into old, forgotten sites (a crêperie's
WordPress, a club's Joomla) and add a page of their own, pointed at by a block of links
the site hides from its visitors for search engines (crawler.extract.signals:
hidden_links). Such a site's registration belongs to its first owner, so its age says
nothing about who runs the injected page (counter.long_registration_history does not
count it), and the hidden links are themselves a sign of a compromised site.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.helpdesk import offers_help
from scoring.indicators.hit import Hit, join_evidence

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Rules

FAMILY = "compromise"
SIGNAL = "hidden_links"


def hidden_link_pages(facts: DomainFacts) -> list[str]:
    return [page.url for page in facts.pages if SIGNAL in page.page_signals]


def hidden_link_injection(facts: DomainFacts, rules: Rules) -> list[Hit]:
    pages = hidden_link_pages(facts)
    if not pages or not offers_help(facts, rules):
        return []
    found = [f"{url}: a block of links hidden from visitors (off-screen or zero-size)" for url in pages]
    return [Hit("hidden_link_injection", join_evidence(found, 2))]


INDICATORS = {"hidden_link_injection": hidden_link_injection}
