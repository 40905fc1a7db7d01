"""What a site looks like on its own pages, for judging the company its numbers keep.

Phone sharing only counts when the other sites are themselves suspicious, and warning
pages that quote a number count for it. Both are judged here from a site's own pages
and the rules, never from its score, so the judgement cannot feed on itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from scoring.facts import PageFacts
from scoring.indicators.counter import page_warns
from scoring.indicators.impersonation import discusses, prominent_brands, reads_as_helpdesk
from scoring.rules import Rules


def is_warning_site(pages: Iterable[PageFacts], rules: Rules) -> bool:
    """Some page warns against helpdesk fraud or reports on it."""
    return any(page_warns(page, rules) for page in pages)


def discusses_numbers(pages: Iterable[PageFacts], rules: Rules) -> bool:
    """Some page is a forum thread, an article or a number directory that quotes numbers
    without warning against them: people ask about a number there, honest ones too."""
    return any(
        discusses(page, rules) and any(p.role != "offered" for p in page.phones)
        for page in pages
    )


def looks_like_fake_helpdesk(pages: Iterable[PageFacts], rules: Rules) -> bool:
    """Reads as a helpdesk and either puts a brand forward or hands out remote-access tools,
    and does not warn against fraud."""
    pages = tuple(pages)
    if is_warning_site(pages, rules) or discusses_numbers(pages, rules):
        return False
    helpdesk = any(reads_as_helpdesk(page, rules) for page in pages)
    branded = any(reads_as_helpdesk(p, rules) and prominent_brands(p, rules) for p in pages)
    tooled = any(page.remote_tools for page in pages)
    return helpdesk and (branded or tooled)
