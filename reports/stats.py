"""Registration statistics for analysts: counts of domains by a dimension, per period.

Each statistic is a function from domain rows (reports.source) to a `Table` of plain
rows, so the CLI, the quarterly report and the tests all use the same numbers.
Shares are percentages of the domains in the same period, rounded to one decimal.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from statistics import median
from typing import Any

import sqlite_utils

from reports.periods import days_between, in_period, period_of
from reports.source import DomainRow, domain_rows, network_of, select_status

PRIVACY_SHIELDED = "privacy-shielded"
NOT_PUBLISHED = "not published by registry"
UNKNOWN = "unknown"

AGE_BUCKETS = (
    (7, "0-7 days"),
    (30, "8-30 days"),
    (90, "31-90 days"),
    (365, "91-365 days"),
)
NO_BRAND = "no brand"
AGE_OVER = "over 1 year"
AGE_NEGATIVE = "created after first sighting"


@dataclass
class Table:
    """Column names and rows (dicts keyed by those names)."""

    columns: list[str]
    rows: list[dict[str, Any]]


def country_category(row: DomainRow) -> str:
    """Registrant country with the three non-country categories kept apart.

    A shielded registrant is never counted under the proxy service's own country.
    """
    if row.privacy_state == "shielded":
        return PRIVACY_SHIELDED
    if row.privacy_state == "not_published":
        return NOT_PUBLISHED
    return (row.registrant_country or "").upper() or UNKNOWN


def age_at_detection(row: DomainRow) -> int | None:
    """Days from registration (created) to first sighting (first_seen)."""
    return days_between(row.created, row.first_seen)


def age_bucket(days: int | None) -> str:
    if days is None:
        return UNKNOWN
    if days < 0:
        return AGE_NEGATIVE
    for limit, label in AGE_BUCKETS:
        if days <= limit:
            return label
    return AGE_OVER


AGE_ORDER = [label for _, label in AGE_BUCKETS] + [AGE_OVER, AGE_NEGATIVE, UNKNOWN]

# --by dimension -> (column name, function giving a domain's categories)
DIMENSIONS: dict[str, tuple[str, Callable[[DomainRow], list[str]]]] = {
    "country": ("registrant_country", lambda r: [country_category(r)]),
    "registrar": ("registrar", lambda r: [r.registrar or UNKNOWN]),
    "tld": ("tld", lambda r: [r.tld]),
    "created-month": ("created_month", lambda r: [(r.created or "")[:7] or UNKNOWN]),
    "brand": ("brand", lambda r: r.brands or [NO_BRAND]),
    "age": ("age_at_detection", lambda r: [age_bucket(age_at_detection(r))]),
}
TREND_COLUMNS = (
    "period",
    "domains",
    "flagged",
    "numbers",
    "dutch_numbers",
    "approved",
    "offline",
    "median_days_detection_to_offline",
)
SPECIAL = ("phone-country", "phone-type", "takedown-registrar", "takedown-network", "trend")
BY_CHOICES = tuple(DIMENSIONS) + SPECIAL


def _period_key(row: DomainRow, period: str | None, when: str) -> str | None:
    stamp = row.first_seen if when == "detected" else row.flagged_at
    if period is None:
        return "all" if stamp or when == "detected" else None
    return period_of(stamp, period)


def _grouped(
    rows: Iterable[DomainRow], period: str | None, when: str
) -> dict[str, list[DomainRow]]:
    groups: dict[str, list[DomainRow]] = defaultdict(list)
    for row in rows:
        key = _period_key(row, period, when)
        if key is not None:  # no flag time: not in any flag-time period
            groups[key].append(row)
    return dict(sorted(groups.items()))


def _with_period(period: str | None, columns: list[str]) -> list[str]:
    return (["period"] if period else []) + columns


def _count_by(groups: dict[str, list[DomainRow]], by: str, period: str | None) -> Table:
    column, categories = DIMENSIONS[by]
    out = []
    for key, members in groups.items():
        counts = Counter(cat for row in members for cat in set(categories(row)))
        order = (lambda c: AGE_ORDER.index(c[0])) if by == "age" else (lambda c: (-c[1], c[0]))
        for category, count in sorted(counts.items(), key=order):
            share = round(100 * count / len(members), 1)
            line = {column: category, "domains": count, "share": share}
            out.append(({"period": key} if period else {}) | line)
    return Table(_with_period(period, [column, "domains", "share"]), out)


def _phone_countries(groups: dict[str, list[DomainRow]], period: str | None) -> Table:
    out = []
    for key, members in groups.items():
        numbers: dict[str, set[str]] = defaultdict(set)
        domains: dict[str, set[str]] = defaultdict(set)
        for row in members:
            for phone in row.phones:
                country = (phone.country or "").upper() or UNKNOWN
                numbers[country].add(phone.e164)
                domains[country].add(row.domain)
        for country in sorted(numbers, key=lambda c: (-len(numbers[c]), c)):
            line = {
                "phone_country": country,
                "numbers": len(numbers[country]),
                "domains": len(domains[country]),
            }
            out.append(({"period": key} if period else {}) | line)
    return Table(_with_period(period, ["phone_country", "numbers", "domains"]), out)


def _phone_types(groups: dict[str, list[DomainRow]], period: str | None) -> Table:
    """Distinct numbers by country and kind (mobile, voip, toll_free...)."""
    out = []
    for key, members in groups.items():
        numbers: dict[tuple[str, str], set[str]] = defaultdict(set)
        for phone in (p for row in members for p in row.phones):
            numbers[((phone.country or "").upper() or UNKNOWN, phone.kind)].add(phone.e164)
        for (country, kind), found in sorted(numbers.items(), key=lambda i: (-len(i[1]), i[0])):
            line = {"phone_country": country, "kind": kind, "numbers": len(found)}
            out.append(({"period": key} if period else {}) | line)
    return Table(_with_period(period, ["phone_country", "kind", "numbers"]), out)


def _median(values: list[int]) -> float | None:
    return float(median(values)) if values else None


def _takedowns(
    groups: dict[str, list[DomainRow]],
    period: str | None,
    column: str,
    key_of: Callable[[DomainRow], str],
) -> Table:
    """Domains taken offline and how fast, per registrar or hosting network."""
    out = []
    for key, members in groups.items():
        offline = defaultdict(list)
        for row in members:
            if row.offline_at:
                offline[key_of(row)].append(row)
        for name in sorted(offline, key=lambda n: (-len(offline[n]), n)):
            done = offline[name]
            from_order = [
                d for r in done if (d := days_between(r.ordered_at, r.offline_at)) is not None
            ]
            from_seen = [
                d for r in done if (d := days_between(r.first_seen, r.offline_at)) is not None
            ]
            line = {
                column: name,
                "taken_down": len(done),
                "median_days_order_to_offline": _median(from_order),
                "median_days_detection_to_offline": _median(from_seen),
            }
            out.append(({"period": key} if period else {}) | line)
    columns = [
        column,
        "taken_down",
        "median_days_order_to_offline",
        "median_days_detection_to_offline",
    ]
    return Table(_with_period(period, columns), out)


def _trend(groups: dict[str, list[DomainRow]]) -> Table:
    """Per period: domains, flagged, numbers (valid, distinct), Dutch numbers, takedowns."""
    out = []
    for key, members in groups.items():
        numbers = {p.e164 for r in members for p in r.phones if p.valid}
        offline = [r for r in members if r.offline_at]
        speeds = [d for r in offline if (d := days_between(r.first_seen, r.offline_at)) is not None]
        out.append(
            {
                "period": key,
                "domains": len(members),
                "flagged": sum(r.flagged for r in members),
                "numbers": len(numbers),
                "dutch_numbers": sum(n.startswith("+31") for n in numbers),
                "approved": sum(bool(r.approved_at) for r in members),
                "offline": len(offline),
                "median_days_detection_to_offline": _median(speeds),
            }
        )
    return Table(list(TREND_COLUMNS), out)


def statistic(
    rows: list[DomainRow],
    by: str,
    *,
    period: str | None = None,
    status: str = "flagged",
    when: str = "detected",
    only: str | None = None,
) -> Table:
    """One statistic over `rows`: `by` a dimension, grouped by `period` (quarter|month|None).

    `only` keeps one period ("2024-Q3", "2024-07", "2024") of the chosen time (`when`).
    """
    if by not in BY_CHOICES:
        raise ValueError(f"unknown --by {by!r}: use one of {', '.join(BY_CHOICES)}")
    selected = select_status(rows, status)
    if only:
        selected = [
            r
            for r in selected
            if in_period(r.first_seen if when == "detected" else r.flagged_at, only)
        ]
    if by == "trend":
        period = period or "quarter"
    groups = _grouped(selected, period, when)
    if by in DIMENSIONS:
        return _count_by(groups, by, period)
    if by == "phone-country":
        return _phone_countries(groups, period)
    if by == "phone-type":
        return _phone_types(groups, period)
    if by == "takedown-registrar":
        return _takedowns(groups, period, "registrar", lambda r: r.registrar or UNKNOWN)
    if by == "takedown-network":
        return _takedowns(groups, period, "network", lambda r: network_of(r.server_ip))
    return _trend(groups)


def compute(db: sqlite_utils.Database, by: str, **options: Any) -> Table:
    """`statistic` over the store `db`."""
    return statistic(domain_rows(db), by, **options)
