"""What an indicator returns: the indicator's name and the evidence, in words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    indicator: str
    evidence: str  # the number, the brand, the registration line... as a prosecutor reads it


def join_evidence(parts: list[str], limit: int = 5) -> str:
    """One evidence line from several findings; the rest is counted, never dropped silently."""
    shown = "; ".join(parts[:limit])
    more = len(parts) - limit
    return f"{shown}; and {more} more" if more > 0 else shown
