"""The queue's own errors: each is a user-fixable problem shown as one line."""

from __future__ import annotations

from core.errors import NephelpdeskError


class QueueError(NephelpdeskError):
    """Raised by the queue when an action is not allowed: unknown case, wrong state, wrong
    role, missing reason, four-eyes rule. The message says which and why."""


class CaseChanged(QueueError):
    """Raised when a case changed between reading it and deciding on it (another reviewer
    or triage got there first): the decision is refused, never silently overwritten."""

    def __init__(self, case_id: int, seen: int, now: int) -> None:
        super().__init__(
            f"case {case_id} changed since you opened it (version {seen}, now {now}): "
            "reload it and decide again"
        )
        self.case_id = case_id
