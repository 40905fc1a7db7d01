"""Tooling indicators: remote-access software offered, a live chat with an operator."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from scoring.indicators.counter import page_warns
from scoring.indicators.hit import Hit, join_evidence
from scoring.indicators.impersonation import discusses

if TYPE_CHECKING:
    from scoring.facts import DomainFacts, PageFacts
    from scoring.rules import Rules

FAMILY = "tooling"


def _seen(facts: DomainFacts, items: Callable[[PageFacts], Iterable[str]]) -> list[str]:
    """"item on url" for each item, at the first page that shows it."""
    found: dict[str, str] = {}
    for page in facts.pages:
        for item in items(page):
            found.setdefault(item, page.url)
    return [f"{item} on {url}" for item, url in sorted(found.items())]


def _tools_offered(page: PageFacts, rules: Rules) -> tuple[str, ...]:
    """The tools a page offers: all it names, unless the page warns or discusses (a
    victim's story, "he made me install AnyDesk"), where only a download link counts."""
    if page.remote_tools and (discusses(page, rules) or page_warns(page, rules)):
        return page.remote_tool_links
    return page.remote_tools


def remote_access_tool(facts: DomainFacts, rules: Rules) -> list[Hit]:
    found = _seen(facts, lambda page: _tools_offered(page, rules))
    return [Hit("remote_access_tool", join_evidence(found, 3))] if found else []


def chat_widget(facts: DomainFacts, rules: Rules) -> list[Hit]:
    found = _seen(facts, lambda page: page.chat_widgets)
    return [Hit("chat_widget", join_evidence(found, 3))] if found else []


INDICATORS = {"remote_access_tool": remote_access_tool, "chat_widget": chat_widget}
