"""The scorer: facts and rules in, total, band, flag and reasons out. Pure.

Points of one family are capped at the family's max_points (the reason that loses
points to the cap says so), counter-evidence subtracts, and a domain is flagged only
when its band is high enough AND at least `min_families` corroborating families agree
AND no veto (the brand's own domain, the allow list) applies.
"""

from __future__ import annotations

from scoring.facts import DomainFacts, Reason, ScoreResult
from scoring.indicators import FUNCTIONS, Hit
from scoring.rules import BAND_ORDER, Rules


def collect_hits(facts: DomainFacts, rules: Rules) -> list[Hit]:
    hits: list[Hit] = []
    for functions in FUNCTIONS.values():
        for name, function in functions.items():
            if rules.rule(name).enabled:
                hits.extend(function(facts, rules))
    return hits


def _reason(hit: Hit, rules: Rules, points: float, capped: bool) -> Reason:
    rule = rules.rule(hit.indicator)
    explanation = rule.reason
    if capped:
        cap = rules.families[rule.family].max_points
        explanation += f" (points capped: the {rule.family} family counts at most {cap:g})"
    return Reason(hit.indicator, rule.family, points, hit.evidence, explanation)


def reasons_for(hits: list[Hit], rules: Rules) -> list[Reason]:
    """Reasons with points; positive families trimmed to their cap, strongest first."""
    ordered = sorted(hits, key=lambda h: -abs(rules.rule(h.indicator).points))
    used: dict[str, float] = {}
    reasons = []
    for hit in ordered:
        rule = rules.rule(hit.indicator)
        points = rule.points
        if points > 0:
            room = max(rules.families[rule.family].max_points - used.get(rule.family, 0.0), 0.0)
            points = min(points, room)
            used[rule.family] = used.get(rule.family, 0.0) + points
        reasons.append(_reason(hit, rules, points, points != rule.points))
    return reasons


def gaps_in(facts: DomainFacts) -> tuple[str, ...]:
    gaps = []
    if not facts.pages:
        gaps.append("no page fetched")
    elif not any(page.phones for page in facts.pages):
        gaps.append("no phone number found")
    if facts.registration is None:
        gaps.append("no registration data")
    return tuple(gaps)


def corroborating(reasons: list[Reason], rules: Rules) -> set[str]:
    return {r.family for r in reasons if r.points > 0 and rules.families[r.family].corroborates}


def limit_counter(reasons: list[Reason], rules: Rules) -> list[Reason]:
    """Counter-evidence anyone can copy (a footer, a warning paragraph, an old bought
    name) never cancels strong evidence alone: with a strong reason present, non-veto
    counter points stop at the flagging threshold."""
    if not any(rules.rule(r.indicator).strong and r.points > 0 for r in reasons):
        return reasons
    positive = sum(r.points for r in reasons if r.points > 0)
    room = max(positive - rules.bands[rules.flag_min_band], 0.0)
    out = []
    for reason in reasons:
        rule = rules.rule(reason.indicator)
        if reason.points < 0 and not rule.veto:
            points = max(reason.points, -room)
            room -= -points
            if points != reason.points:
                note = " (limited: counter-evidence does not cancel strong evidence on its own)"
                reason = Reason(reason.indicator, reason.family, points, reason.evidence,
                                reason.explanation + note)  # fmt: skip
        out.append(reason)
    return out


def score(facts: DomainFacts, rules: Rules) -> ScoreResult:
    reasons = limit_counter(reasons_for(collect_hits(facts, rules), rules), rules)
    total = round(sum(r.points for r in reasons), 2)
    band = rules.band_for(total)
    vetoed = any(rules.rule(r.indicator).veto for r in reasons)
    flagged = (
        not vetoed
        and BAND_ORDER.index(band) >= BAND_ORDER.index(rules.flag_min_band)
        and len(corroborating(reasons, rules)) >= rules.min_families
    )
    return ScoreResult(facts.domain, total, band, flagged, tuple(reasons), gaps_in(facts))
