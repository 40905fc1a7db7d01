"""Template indicator: the page layout is a clone of a site already flagged or decided.

The loader (scoring.loader) finds the near fingerprints; this only judges their status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit, join_evidence

if TYPE_CHECKING:
    from scoring.facts import DomainFacts, TemplateMatch
    from scoring.rules import Rules

FAMILY = "template"


def content_agrees(match: TemplateMatch, rules: Rules) -> str | None:
    """What besides the layout the two sites share, in words; None when only the layout
    agrees (two honest shops on one CMS theme)."""
    if match.shared_numbers:
        return f"both offer {', '.join(match.shared_numbers[:3])}"
    if len(match.shared_terms) >= int(rules.setting("template", "min_shared_terms")):
        return f"same helpdesk wording {', '.join(repr(t) for t in match.shared_terms[:4])}"
    return None


def template_clone(facts: DomainFacts, rules: Rules) -> list[Hit]:
    statuses = rules.setting("template", "statuses")
    limit = int(rules.setting("template", "max_distance"))
    matches = sorted(
        (
            (m, why)
            for m in facts.template_matches
            if m.status in statuses and m.distance <= limit and m.domain != facts.domain
            if (why := content_agrees(m, rules))
        ),
        key=lambda pair: (pair[0].distance, pair[0].domain),
    )
    found = [
        f"same layout as {m.domain} ({m.status}; fingerprint distance {m.distance}) and {why}"
        for m, why in matches
    ]
    return [Hit("template_clone", join_evidence(found, 3))] if found else []


INDICATORS = {"template_clone": template_clone}
