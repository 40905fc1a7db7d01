"""Browser-locker behaviour: scripts that keep a visitor from leaving the page.

Full-screen requests, `beforeunload` traps, alert or history loops, autoplaying alarm
sound: seen in the page's scripts by the extractor, or while it ran in the render stage.
An honest page may use one of these (a video player goes full screen); two together,
or one with alarm wording, is the locker kit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Rules

FAMILY = "locker"


def browser_locker_behaviour(facts: DomainFacts, rules: Rules) -> list[Hit]:
    minimum = int(rules.setting("locker", "min_behaviours"))
    for page in facts.pages:
        behaviours = sorted(set(page.locker_behaviours))
        alarmed = bool(page.scare_terms)
        if len(behaviours) >= minimum or (behaviours and alarmed):
            return [Hit("browser_locker_behaviour", f"{page.url}: {', '.join(behaviours)}")]
    return []


INDICATORS = {"browser_locker_behaviour": browser_locker_behaviour}
