"""A helpdesk page injected into somebody else's site.

Fake helpdesks do not only buy names: they break into old, forgotten sites (a crêperie's
WordPress, a club's Joomla) and add a page of their own, pointed at by a block of links
the site hides from its visitors for search engines (crawler.extract.signals:
hidden_links). Such a site's registration belongs to its first owner, so its age says
nothing about who runs the injected page (counter.long_registration_history does not
count it), and the hidden links are themselves a sign of a compromised site.

Nor do they only break in: an old name whose owner let it go (a bowls club's, a
bakery's) is bought for its age and its links and turned into a helpdesk, often with the
old name left in the title. A name that names another trade ("tennis-club",
"boulangerie", "kitchenstories") and no computer or help word, registered for years and
now selling computer help by phone, is that re-used name (name_of_another_trade); its
age, again, speaks for the first owner.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scoring.indicators.helpdesk import offers_help, tech_support_offer
from scoring.indicators.hit import Hit, join_evidence
from scoring.indicators.impersonation import impersonated
from scoring.indicators.registration import registered_long_before

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Rules

FAMILY = "compromise"
SIGNAL = "hidden_links"


def hidden_link_pages(facts: DomainFacts) -> list[str]:
    return [page.url for page in facts.pages if SIGNAL in page.page_signals]


def hidden_link_injection(facts: DomainFacts, rules: Rules) -> list[Hit]:
    pages = hidden_link_pages(facts)
    if not pages or not offers_help(facts, rules):
        return []
    found = [f"{url}: a block of links hidden from visitors (off-screen or zero-size)" for url in pages]
    return [Hit("hidden_link_injection", join_evidence(found, 2))]


def _words_in(label: str, words: list[str], glued: int) -> list[str]:
    """`words` found in a domain label: as a hyphen- or digit-separated token, or glued
    into the label when at least `glued` letters long ("seasidekitchenstories")."""
    tokens = set(re.split(r"[-_0-9]+", label))
    return [w for w in words if w in tokens or (len(w) >= glued and w in label)]


def other_trade(domain: str, rules: Rules) -> str | None:
    """The other trade `domain`'s own name names, if it names no computer or help word.
    Trade words glue from four letters ("schaakclub"); computer words from five ("it"
    is a token, not the "it" in "tennisclub-wittem")."""
    label = domain.split(".")[0].lower()
    if _names_computers(label, rules):
        return None
    return _trade_in(label, rules)


def _names_computers(label: str, rules: Rules) -> bool:
    return bool(_words_in(label, rules.setting("compromise", "computer_words"), 5))


def _trade_in(label: str, rules: Rules) -> str | None:
    found = _words_in(label, rules.setting("compromise", "other_trade_words"), 4)
    return found[0] if found else None


# Where a title joins its parts: "Apple iCloud Support | Ballarat & District Orchid Society".
_TITLE_PARTS = re.compile(r"\s+[|–—·:/-]\s+|\s*[|–—·]\s*")
_WORDS = re.compile(r"[^\W\d_]+")


def trade_in_titles(facts: DomainFacts, rules: Rules) -> tuple[str, str] | None:
    """(trade word, title part) where a page title keeps the old owner's name: a part
    that names another trade or an association ("Northcote Astronomical Society",
    "Rozenvereniging De Betuwe") and no computer or help word and no brand. Words glue
    from five letters ("Rozenvereniging", "Schachverein")."""
    computer = rules.setting("compromise", "computer_words")
    trades = rules.setting("compromise", "other_trade_words")
    brand_words = {w for b in rules.brands.values() for w in (*b.names, *b.products)}
    for page in facts.pages:
        for part in _TITLE_PARTS.split(page.title or ""):
            words = _WORDS.findall(part.lower())
            if not words or len(words) > 8:
                continue
            glued = "-".join(words)
            if _words_in(glued, computer, 5) or brand_words & set(words):
                continue
            found = _words_in(glued, trades, 5)
            if found:
                return found[0], part.strip()
    return None


def name_of_another_trade(facts: DomainFacts, rules: Rules) -> list[Hit]:
    age = registered_long_before(facts, rules)
    if age is None:
        return []
    label = facts.domain.split(".")[0].lower()
    if _names_computers(label, rules):
        return []
    trade = _trade_in(label, rules)
    named = f"{facts.domain} names another trade ('{trade}')"
    if trade is None:
        titled = trade_in_titles(facts, rules)
        if titled is None:
            return []
        trade = titled[0]
        named = f"{facts.domain}'s title names another trade ('{titled[1]}')"
    pairs = impersonated(facts, rules)
    if pairs:
        sells = f"{pairs[0][1].id} helpdesk on {pairs[0][0].url}"
    elif tech_support_offer(facts, rules):
        sells = "computer help by phone"
    else:
        return []
    return [
        Hit(
            "name_of_another_trade",
            f"{named}, was registered "
            f"{age // 365} years before it was found, and now sells {sells}",
        )
    ]


INDICATORS = {
    "hidden_link_injection": hidden_link_injection,
    "name_of_another_trade": name_of_another_trade,
}
