"""Impersonation on the page: a brand's helpdesk, shown on a domain the brand does not own.

A brand name on a page is never evidence by itself (repair shops, news and the brands'
own pages name brands all the time). The brand must be prominent (in the title, or
named often and most of all brands named), the page must read as a helpdesk, and the
domain must not be one of the brand's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit, join_evidence
from scoring.indicators.phone import misattributed_numbers, offered_phones

if TYPE_CHECKING:
    from scoring.facts import DomainFacts, PageFacts
    from scoring.rules import Brand, Rules

FAMILY = "impersonation"


def prominent_brands(page: PageFacts, rules: Rules) -> list[str]:
    """Brand ids the page is about: in its title, or named often and most of all brands."""
    minimum = int(rules.setting("impersonation", "min_brand_mentions"))
    share = float(rules.setting("impersonation", "min_brand_share"))
    total = sum(page.brands.values()) or 1
    named = [b for b, n in page.brands.items() if n >= minimum and n / total >= share]
    ids = list(dict.fromkeys([*page.brands_in_title, *named]))
    return [b for b in ids if b in rules.brands]


def site_helpdesk_terms(pages: tuple[PageFacts, ...]) -> set[str]:
    return {term for page in pages for term in page.helpdesk_terms}


def discusses(page: PageFacts, rules: Rules) -> bool:
    """The page is an article, a forum thread or a directory: it talks about brands and
    numbers rather than speaking for them. Article markup is a theme's, free to any page:
    an "article" that neither warns nor quotes a number talks about nobody, and a "post"
    with not one warning word and a helpdesk's whole pitch (twice the wording a helpdesk
    needs) is a keyword-stuffed helpline page, not a discussion."""
    signals = set(page.page_signals) & set(rules.setting("impersonation", "discussion_signals"))
    if not signals:
        return False
    quotes = any(p.role != "offered" for p in page.phones)
    if signals <= ARTICLE_SIGNALS and not page.warning_terms and not quotes:
        return False  # a CMS marks every page an article; this one talks about nobody
    pitch = 2 * int(rules.setting("helpdesk", "min_helpdesk_terms"))
    return bool(page.warning_terms) or len(set(page.helpdesk_terms)) < pitch


# Signals any page of an article-minded theme carries (Joomla and WordPress mark every
# page up as an Article or BlogPosting): a discussion only with warning words or quotes.
ARTICLE_SIGNALS = frozenset({"article_markup", "news_jsonld", "byline", "blockquote"})


def own_contact(facts: DomainFacts, brand: Brand, rules: Rules) -> bool:
    """The site offers a way in of its own: a number that is not the brand's genuine
    support number, a remote-access tool or a live chat. A page that sends visitors to
    the brand's real number is no impersonation."""
    for page in facts.pages:
        if page.remote_tools or page.chat_widgets:
            return True
        if any(p.e164 not in brand.official_phones for p in offered_phones(page, rules)):
            return True
    return False


def pushes_own_number(page: PageFacts, rules: Rules) -> bool:
    """An "article" with a clickable number that is no brand's own: a fake knowledge-base
    page, not journalism (honest articles do not make the numbers they discuss tel: links)."""
    return any(rules.genuine_number(p.e164) is None for p in offered_phones(page, rules))


def warns_more_than_it_sells(page: PageFacts, rules: Rules) -> bool:
    """A warning page ("Let op: neppe Microsoft helpdesk belt met 085 ..."): it names the
    brand and the helpdesk to warn against them. Its own tip line does not make it a
    helpdesk; a page with more helpdesk wording than warning wording still can be."""
    from scoring.indicators.counter import page_warns

    return bool(page_warns(page, rules)) and len(set(page.warning_terms)) >= len(
        set(page.helpdesk_terms)
    )


def impersonated(facts: DomainFacts, rules: Rules) -> list[tuple[PageFacts, Brand]]:
    """(page, brand) pairs where a page puts a brand forward with helpdesk wording, on a
    site whose pages together read as a helpdesk (contact and support pages often carry
    the wording the home page leaves out) and offer a contact of their own. A brand in
    the title needs one helpdesk phrase; a brand only named often needs the minimum."""
    minimum = int(rules.setting("impersonation", "min_helpdesk_terms"))
    site_terms = len(site_helpdesk_terms(facts.pages))
    pairs = []
    for page in facts.pages:
        if not page.helpdesk_terms or "names_a_fake" in page.page_signals:
            continue  # no helpdesk wording, or a page about a fake one (its own tel: too)
        if discusses(page, rules) and not pushes_own_number(page, rules):
            continue
        if warns_more_than_it_sells(page, rules):
            continue
        for brand_id in prominent_brands(page, rules):
            brand = rules.brands[brand_id]
            needed = 1 if brand_id in page.brands_in_title else minimum
            if site_terms < needed or brand.owns(facts.domain):
                continue
            if any(p.e164 in brand.official_phones for p in page.phones):
                continue  # it prints the brand's own number: a guide to the brand, not a fake
            if own_contact(facts, brand, rules):
                pairs.append((page, brand))
    return pairs


def _describe(page: PageFacts, brand: Brand, domain: str) -> str:
    where = (
        f"title '{page.title}'"
        if brand.id in page.brands_in_title
        else (f"named {page.brands.get(brand.id, 0)} times")
    )
    terms = ", ".join(f"'{t}'" for t in sorted(set(page.helpdesk_terms))[:4])
    return (
        f"{page.url}: {brand.id} ({where}) with helpdesk wording {terms}; "
        f"{domain} is not a {brand.id} domain"
    )


def brand_helpdesk_impersonation(facts: DomainFacts, rules: Rules) -> list[Hit]:
    pairs = impersonated(facts, rules)
    if not pairs:
        return []
    found = list(dict.fromkeys(_describe(p, b, facts.domain) for p, b in pairs))
    return [Hit("brand_helpdesk_impersonation", join_evidence(found, 2))]


def brand_number_not_official(facts: DomainFacts, rules: Rules) -> list[Hit]:
    found = []
    for page, brand in impersonated(facts, rules):
        for phone in offered_phones(page, rules):
            if rules.genuine_number(phone.e164) is None:
                found.append(
                    f"{phone.e164} ('{phone.raw}') offered as {brand.id} support on {page.url}"
                )
    found = list(dict.fromkeys(found))
    return [Hit("brand_number_not_official", join_evidence(found, 3))] if found else []


def brand_numbers_misattributed(facts: DomainFacts, rules: Rules) -> list[Hit]:
    """A page that lists "the customer-service numbers" of several brands, none of them
    the brands' own: the fake number directory that sends victims to call centres."""
    if rules.brand_owning(facts.domain) is not None:
        return []
    for page in facts.pages:
        numbers = misattributed_numbers(page, rules)
        if numbers:
            brands = ", ".join(sorted(b for b in page.brands if b in rules.brands)[:5])
            evidence = (
                f"{page.url} lists {len(numbers)} numbers as support lines of {brands} "
                f"that those brands do not publish: {', '.join(numbers[:4])}"
            )
            return [Hit("brand_numbers_misattributed", evidence)]
    return []


INDICATORS = {
    "brand_helpdesk_impersonation": brand_helpdesk_impersonation,
    "brand_number_not_official": brand_number_not_official,
    "brand_numbers_misattributed": brand_numbers_misattributed,
}
