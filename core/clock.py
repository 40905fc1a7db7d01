"""Time stamps: ISO 8601, UTC, second precision, everywhere in the store."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def today_iso() -> str:
    return datetime.now(UTC).date().isoformat()
