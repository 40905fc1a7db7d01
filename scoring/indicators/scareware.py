"""Scareware and browser lockers: the "your computer is blocked" pop-up that leads to
the same call centres as the fake helpdesks.

Two kinds of evidence, two families: what the page SAYS (alarm wording with a number
to call) and what it DOES (scripts that take the screen, trap the back button, loop
alerts or play sound). A warning page that describes such pop-ups quotes their wording
but offers no number and runs no locker script.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.counter import page_warns
from scoring.indicators.hit import Hit, join_evidence
from scoring.indicators.phone import offered_phones

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Rules

FAMILY = "scareware"


def scare_alarm_page(facts: DomainFacts, rules: Rules) -> list[Hit]:
    minimum = int(rules.setting("scareware", "min_scare_terms"))
    found = []
    for page in facts.pages:
        if page_warns(page, rules):
            continue  # it describes the pop-up to warn against it (its own line is no alarm)
        terms = sorted(set(page.scare_terms))
        offered = sorted({p.e164 for p in offered_phones(page, rules)})
        if len(terms) >= minimum and (offered or page.locker_behaviours):
            call = f", call {', '.join(offered[:2])}" if offered else ""
            found.append(f"{page.url}: alarm wording {terms[:4]}{call}")
    return [Hit("scare_alarm_page", join_evidence(found, 2))] if found else []


INDICATORS = {"scare_alarm_page": scare_alarm_page}
