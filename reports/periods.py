"""Periods for statistics: quarters ("2024-Q3") and months ("2024-07") of ISO timestamps.

Every statistic is grouped by the period of a domain's detection time (domains.first_seen)
or, when asked, of its flag time (domain_status.flagged_at).
"""

from __future__ import annotations

import re
from datetime import date, datetime

PERIOD_KINDS = ("quarter", "month")

_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^(\d{4})$")


def to_date(value: str | None) -> date | None:
    """The calendar date of an ISO 8601 date or timestamp; None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def quarter_of(value: str | None) -> str | None:
    day = to_date(value)
    return None if day is None else f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def month_of(value: str | None) -> str | None:
    day = to_date(value)
    return None if day is None else f"{day.year}-{day.month:02d}"


def period_of(value: str | None, kind: str) -> str | None:
    """The quarter or month `value` falls in."""
    return quarter_of(value) if kind == "quarter" else month_of(value)


def days_between(start: str | None, end: str | None) -> int | None:
    """Whole days from `start` to `end` (calendar dates), None when either is missing."""
    first, last = to_date(start), to_date(end)
    if first is None or last is None:
        return None
    return (last - first).days


def normalise_period(text: str) -> str:
    """Canonical form of a period a user typed: "2024-Q3", "2024q3", "2024-07" or "2024".

    Raises ValueError with a message naming the accepted forms.
    """
    text = text.strip()
    if match := _QUARTER.match(text):
        return f"{match.group(1)}-Q{match.group(2)}"
    if _MONTH.match(text) or _YEAR.match(text):
        return text
    raise ValueError(
        f"{text!r} is not a period: use a quarter (2024-Q3), a month (2024-07) or a year"
    )


def in_period(value: str | None, period: str) -> bool:
    """Whether the timestamp `value` falls in the canonical `period`."""
    if value is None:
        return False
    if "Q" in period:
        return quarter_of(value) == period
    if len(period) == 7:
        return month_of(value) == period
    day = to_date(value)
    return day is not None and str(day.year) == period


def quarters_back(period: str, count: int) -> list[str]:
    """`count` quarters ending with the quarter `period` (oldest first), for trend charts."""
    year, quarter = int(period[:4]), int(period[-1])
    out = []
    for _ in range(count):
        out.append(f"{year}-Q{quarter}")
        quarter -= 1
        if quarter == 0:
            year, quarter = year - 1, 4
    return out[::-1]
