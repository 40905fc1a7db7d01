"""Evaluation against labels: precision, recall, F1, false positives by category,
per-indicator hits, per-query yield. Pure: the CLI reads the CSV and the store.

`edge` labels are ignored: they are crawler robustness cases, neither scam nor legit.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Label:
    domain: str
    label: str  # scam | legit | edge
    category: str = ""


@dataclass(frozen=True)
class Outcome:
    """What scoring said about one domain."""

    flagged: bool
    band: str
    indicators: frozenset[str] = frozenset()  # indicators with non-zero points


@dataclass
class Evaluation:
    labelled: int = 0
    scams: int = 0
    legit: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    unscored: list[str] = field(default_factory=list)
    false_positive_domains: list[str] = field(default_factory=list)
    missed_domains: list[str] = field(default_factory=list)
    false_positives_by_category: dict[str, int] = field(default_factory=dict)
    legit_by_category: dict[str, int] = field(default_factory=dict)
    indicators: dict[str, dict[str, int]] = field(default_factory=dict)
    queries: list[dict[str, object]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.scams if self.scams else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data.update(
            precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4)
        )
        return data


def _count(evaluation: Evaluation, label: Label, outcome: Outcome | None) -> None:
    flagged = bool(outcome and outcome.flagged)
    if outcome is None:
        evaluation.unscored.append(label.domain)
    if label.label == "scam":
        evaluation.scams += 1
        if flagged:
            evaluation.true_positives += 1
        else:
            evaluation.false_negatives += 1
            evaluation.missed_domains.append(label.domain)
    else:
        evaluation.legit += 1
        if flagged:
            evaluation.false_positives += 1
            evaluation.false_positive_domains.append(label.domain)


def _indicator_table(pairs: list[tuple[Label, Outcome | None]]) -> dict[str, dict[str, int]]:
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for label, outcome in pairs:
        for name in outcome.indicators if outcome else ():
            row = table[name]
            row["hits"] += 1
            row["on_scam"] += label.label == "scam"
            row["on_legit"] += label.label == "legit"
            row["on_flagged_legit"] += label.label == "legit" and bool(outcome and outcome.flagged)
    return {name: dict(row) for name, row in sorted(table.items())}


def _query_yield(
    query_domains: Mapping[str, Iterable[str]],
    labels: dict[str, Label],
    outcomes: Mapping[str, Outcome],
) -> list[dict[str, object]]:
    rows = []
    for query, domains in sorted(query_domains.items()):
        found = sorted(set(domains))
        scams = [d for d in found if d in labels and labels[d].label == "scam"]
        flagged = [d for d in found if d in outcomes and outcomes[d].flagged]
        correct = [d for d in flagged if d in scams]
        rows.append(
            {
                "query": query,
                "domains": len(found),
                "scams": len(scams),
                "flagged": len(flagged),
                "true_positives": len(correct),
            }
        )
    return rows


def evaluate(
    labels: Iterable[Label],
    outcomes: Mapping[str, Outcome],
    query_domains: Mapping[str, Iterable[str]] | None = None,
) -> Evaluation:
    kept = {lab.domain: lab for lab in labels if lab.label in ("scam", "legit")}
    evaluation = Evaluation(labelled=len(kept))
    pairs = [(lab, outcomes.get(d)) for d, lab in sorted(kept.items())]
    for label, outcome in pairs:
        _count(evaluation, label, outcome)
    by_category: Counter[str] = Counter()
    legit_categories: Counter[str] = Counter()
    for label, outcome in pairs:
        if label.label == "legit":
            legit_categories[label.category or "?"] += 1
            by_category[label.category or "?"] += bool(outcome and outcome.flagged)
    evaluation.false_positives_by_category = dict(sorted(by_category.items()))
    evaluation.legit_by_category = dict(sorted(legit_categories.items()))
    evaluation.indicators = _indicator_table(pairs)
    evaluation.queries = _query_yield(query_domains or {}, kept, outcomes)
    return evaluation


def format_text(evaluation: Evaluation) -> list[str]:
    """The report a person reads; `--json` gives the same as data."""
    e = evaluation
    lines = [
        f"labelled {e.labelled} (scam {e.scams}, legit {e.legit}); unscored {len(e.unscored)}",
        f"precision {e.precision:.3f}  recall {e.recall:.3f}  F1 {e.f1:.3f}  "
        f"(TP {e.true_positives}, FP {e.false_positives}, FN {e.false_negatives})",
        "false positives by category:",
    ]
    lines += [
        f"  {c:<14} {n} of {e.legit_by_category[c]}"
        for c, n in e.false_positives_by_category.items()
    ]
    if e.false_positive_domains:
        lines.append("false positive domains: " + ", ".join(e.false_positive_domains))
    if e.missed_domains:
        lines.append("missed scam domains: " + ", ".join(e.missed_domains))
    lines.append("indicators (hits / on scam / on legit / on flagged legit):")
    lines += [
        f"  {name:<32} {r.get('hits', 0):>4} {r.get('on_scam', 0):>4} {r.get('on_legit', 0):>4} "
        f"{r.get('on_flagged_legit', 0):>4}"
        for name, r in e.indicators.items()
    ]
    if e.queries:
        lines.append("per-query yield (domains / scams / flagged / true positives):")
        lines += [
            f"  {q['query']:<40} {q['domains']:>4} {q['scams']:>4} {q['flagged']:>4} "
            f"{q['true_positives']:>4}"
            for q in e.queries
        ]
    return lines
