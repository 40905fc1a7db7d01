"""Tooling indicators: remote-access software offered, a live chat with an operator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit, join_evidence

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Rules

FAMILY = "tooling"


def _seen(facts: DomainFacts, attribute: str) -> list[str]:
    found: dict[str, str] = {}
    for page in facts.pages:
        for item in getattr(page, attribute):
            found.setdefault(item, page.url)
    return [f"{item} on {url}" for item, url in sorted(found.items())]


def remote_access_tool(facts: DomainFacts, rules: Rules) -> list[Hit]:
    found = _seen(facts, "remote_tools")
    return [Hit("remote_access_tool", join_evidence(found, 3))] if found else []


def chat_widget(facts: DomainFacts, rules: Rules) -> list[Hit]:
    found = _seen(facts, "chat_widgets")
    return [Hit("chat_widget", join_evidence(found, 3))] if found else []


INDICATORS = {"remote_access_tool": remote_access_tool, "chat_widget": chat_widget}
