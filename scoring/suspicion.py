"""What a site's pages say it is, for judging the company its numbers keep.

Warning and news pages that quote a number report it (strong evidence against the sites
that offer it); forums and directories that quote it only ask about it (weak). Whether
a sharing site is itself suspicious is decided by the rules on its own evidence
(scoring.loader.build_cross_site), never by the score being built.
"""

from __future__ import annotations

from collections.abc import Iterable

from scoring.facts import PageFacts
from scoring.indicators.counter import page_warns
from scoring.indicators.impersonation import discusses
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
