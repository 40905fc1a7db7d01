"""Template indicator: the page layout is a clone of a site already flagged or decided.

The loader (crawler.facts) finds the near fingerprints; this only judges their status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit, join_evidence

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Rules

FAMILY = "template"


def template_clone(facts: DomainFacts, rules: Rules) -> list[Hit]:
    statuses = rules.setting("template", "statuses")
    limit = int(rules.setting("template", "max_distance"))
    matches = sorted(
        (
            m
            for m in facts.template_matches
            if m.status in statuses and m.distance <= limit and m.domain != facts.domain
        ),
        key=lambda m: (m.distance, m.domain),
    )
    found = [
        f"same layout as {m.domain} ({m.status}; fingerprint distance {m.distance})"
        for m in matches
    ]
    return [Hit("template_clone", join_evidence(found, 3))] if found else []


INDICATORS = {"template_clone": template_clone}
