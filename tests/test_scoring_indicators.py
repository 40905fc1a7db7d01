"""Each indicator on hand-written, real-looking facts: it hits where it should, with the
evidence a prosecutor needs, and stays quiet on the look-alike legitimate cases."""

from __future__ import annotations

import pytest

from scoring.facts import DomainFacts, PageFacts, Phone, Registration, TemplateMatch
from scoring.indicators import (
    counter,
    domain,
    impersonation,
    phone,
    registration,
    template,
    tooling,
)
from scoring.rules import load_rules

NL_VOIP = Phone("+31851234567", "085 - 123 45 67", "voip", "NL")
NL_MOBILE = Phone("+31612345678", "06-12345678", "mobile", "NL")
IN_MOBILE = Phone("+917012345678", "+91 70123 45678", "mobile", "IN")
MS_OFFICIAL = Phone("+31205001500", "020 500 1500", "fixed_line", "NL")


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def helpdesk_page(**kw) -> PageFacts:
    base = dict(
        url="https://microsoft-helpdesk-nl.com/",
        title="Microsoft Helpdesk Nederland - bel direct",
        phones=(NL_VOIP,),
        brands={"microsoft": 7},
        brands_in_title=("microsoft",),
        helpdesk_terms=("helpdesk", "storing", "klantenservice"),
    )
    base.update(kw)
    return PageFacts(**base)


def names(hits):
    return [h.indicator for h in hits]


# -- domain ---------------------------------------------------------------------------


def test_brand_plus_support_words(rules):
    hits = domain.brand_support_words_domain(DomainFacts("microsoft-helpdesk-nl.com"), rules)
    assert names(hits) == ["brand_support_words_domain"]
    assert "microsoft" in hits[0].evidence and "helpdesk" in hits[0].evidence


def test_product_word_maps_to_maker(rules):
    hits = domain.brand_support_words_domain(DomainFacts("windowsstoringhulp.nl"), rules)
    assert hits and "microsoft ('windows')" in hits[0].evidence


def test_short_brand_only_as_whole_token(rules):
    assert domain.brand_support_words_domain(DomainFacts("reset-support.nl"), rules) == []
    assert domain.brand_support_words_domain(DomainFacts("hp-printer-support.nl"), rules)


def test_lookalike_typo(rules):
    hits = domain.brand_lookalike_domain(DomainFacts("mircosoft-hulp.com"), rules)
    assert hits and "microsoft" in hits[0].evidence and "similarity" in hits[0].evidence


def test_lookalike_quiet_on_unrelated_names(rules):
    for name in ("computerhulp-amsterdam.nl", "nu.nl", "fraudehelpdesk.nl", "pc-hulp-aan-huis.nl"):
        facts = DomainFacts(name)
        assert domain.brand_lookalike_domain(facts, rules) == [], name
        assert domain.brand_homoglyph_domain(facts, rules) == [], name


def test_homoglyph_digits(rules):
    hits = domain.brand_homoglyph_domain(DomainFacts("micr0soft-support.com"), rules)
    assert hits and "reads as 'microsoft-support'" in hits[0].evidence


def test_homoglyph_idn_punycode(rules):
    # "mіcrosoft" with a Cyrillic і, as registered: punycode
    puny = "xn--" + "mіcrosoft".encode("punycode").decode() + ".com"
    hits = domain.brand_homoglyph_domain(DomainFacts(puny), rules)
    assert hits and "microsoft" in hits[0].evidence


def test_brand_domain_as_subdomain(rules):
    facts = DomainFacts("helpdesk-online.xyz", hosts=("microsoft.com.helpdesk-online.xyz",))
    hits = domain.brand_as_subdomain(facts, rules)
    assert hits and "microsoft.com" in hits[0].evidence
    plain = DomainFacts("helpdesk-online.xyz", hosts=("www.helpdesk-online.xyz",))
    assert domain.brand_as_subdomain(plain, rules) == []


def test_official_domain_never_a_lookalike(rules):
    facts = DomainFacts("microsoft.com", hosts=("support.microsoft.com",))
    for fn in domain.INDICATORS.values():
        assert fn(facts, rules) == []


# -- impersonation --------------------------------------------------------------------


def test_impersonation_on_foreign_domain(rules):
    facts = DomainFacts("pc-storing-direct.com", pages=(helpdesk_page(),))
    hits = impersonation.brand_helpdesk_impersonation(facts, rules)
    assert hits and "not a microsoft domain" in hits[0].evidence
    numbers = impersonation.brand_number_not_official(facts, rules)
    assert numbers and "+31851234567" in numbers[0].evidence


def test_impersonation_quiet_on_brand_own_domain_and_number(rules):
    page = helpdesk_page(url="https://support.microsoft.com/nl-nl", phones=(MS_OFFICIAL,))
    facts = DomainFacts("microsoft.com", pages=(page,))
    assert impersonation.brand_helpdesk_impersonation(facts, rules) == []
    other = DomainFacts("pc-storing-direct.com", pages=(page,))
    assert impersonation.brand_number_not_official(other, rules) == []


def test_repair_shop_naming_many_brands_is_not_impersonation(rules):
    page = helpdesk_page(
        title="Computerhulp aan huis Utrecht",
        brands={"microsoft": 3, "apple": 3, "hp": 2, "canon": 1},
        brands_in_title=(),
    )
    assert (
        impersonation.brand_helpdesk_impersonation(
            DomainFacts("pchulp-utrecht.nl", pages=(page,)), rules
        )
        == []
    )


def test_brand_without_helpdesk_wording_is_not_impersonation(rules):
    page = helpdesk_page(helpdesk_terms=())
    assert (
        impersonation.brand_helpdesk_impersonation(DomainFacts("x-blog.nl", pages=(page,)), rules)
        == []
    )


def test_brand_named_often_needs_more_than_one_helpdesk_phrase(rules):
    """A brand only named in the text (not the title) with one support word is a page
    about the brand; a brand in the title with a number to call needs just one."""
    named = helpdesk_page(title="Tips voor uw pc", brands_in_title=(), helpdesk_terms=("support",))
    assert impersonation.brand_helpdesk_impersonation(DomainFacts("x-blog.nl", pages=(named,)), rules) == []
    titled = helpdesk_page(helpdesk_terms=("support",))
    assert impersonation.brand_helpdesk_impersonation(DomainFacts("x-blog.nl", pages=(titled,)), rules)


# -- phone ----------------------------------------------------------------------------


def test_known_fraud_number(rules):
    facts = DomainFacts(
        "pc-storing-direct.com",
        pages=(helpdesk_page(),),
        known_fraud_numbers={"+31851234567": "ACM blocking decision 2024-03"},
    )
    hits = phone.known_fraud_number(facts, rules)
    assert (
        hits and "ACM blocking decision" in hits[0].evidence and "+31851234567" in hits[0].evidence
    )


def test_shared_number_names_the_other_sites(rules):
    facts = DomainFacts(
        "pc-storing-direct.com",
        pages=(helpdesk_page(),),
        phone_shared_with={"+31851234567": ("windows-hulp.nl", "pc-storing-direct.com")},
    )
    hits = phone.number_shared_with_suspicious(facts, rules)
    assert hits and "windows-hulp.nl" in hits[0].evidence and "1 suspicious" in hits[0].evidence


def test_unfit_numbers(rules):
    facts = DomainFacts("x.com", pages=(helpdesk_page(phones=(IN_MOBILE, NL_MOBILE, NL_VOIP)),))
    hits = phone.number_unfit_for_helpdesk(facts, rules)
    assert hits and "+917012345678" in hits[0].evidence
    assert "+31612345678" not in hits[0].evidence  # Dutch small businesses list mobiles
    fit = DomainFacts("x.com", pages=(helpdesk_page(phones=(NL_VOIP,)),))
    assert phone.number_unfit_for_helpdesk(fit, rules) == []


def test_no_number_no_hit(rules):
    facts = DomainFacts("x.com", pages=(helpdesk_page(phones=()),))
    for fn in phone.INDICATORS.values():
        assert fn(facts, rules) == []


# -- registration ---------------------------------------------------------------------


def test_registration_indicators_quote_the_record(rules):
    reg = Registration(
        "pc-storing-direct.com",
        registrar="NameCheap, Inc.",
        registrant_country="IN",
        privacy=True,
        privacy_state="shielded",
        created="2024-05-01",
        source="whois",
        evidence={
            "registrant_country": "Registrant Country: IN",
            "privacy": "Registrant Organization: Withheld for Privacy ehf",
        },
    )
    facts = DomainFacts("pc-storing-direct.com", registration=reg, detected_at="2024-05-20")
    country = registration.registrant_country_of_interest(facts, rules)
    assert country and "Registrant Country: IN" in country[0].evidence
    privacy = registration.privacy_shielded(facts, rules)
    assert privacy and "Withheld for Privacy" in privacy[0].evidence
    new = registration.newly_registered(facts, rules)
    assert new and "19 days" in new[0].evidence


def test_registration_gaps_and_nl(rules):
    assert all(fn(DomainFacts("x.nl"), rules) == [] for fn in registration.INDICATORS.values())
    nl = Registration(
        "x.nl", registrar="Hosting BV", privacy_state="not_published", created="2015-01-01"
    )
    facts = DomainFacts("x.nl", registration=nl, detected_at="2024-05-20")
    assert all(fn(facts, rules) == [] for fn in registration.INDICATORS.values())


def test_old_domain_is_not_new(rules):
    reg = Registration("x.com", created="2019-01-01")
    facts = DomainFacts("x.com", registration=reg, detected_at="2024-05-20")
    assert registration.newly_registered(facts, rules) == []


# -- tooling, template, counter -------------------------------------------------------


def test_tooling(rules):
    page = helpdesk_page(remote_tools=("anydesk",), chat_widgets=("tawk.to",))
    facts = DomainFacts("x.com", pages=(page,))
    assert "anydesk" in tooling.remote_access_tool(facts, rules)[0].evidence
    assert "tawk.to" in tooling.chat_widget(facts, rules)[0].evidence


def test_template_clone_needs_a_flagged_or_decided_twin(rules):
    matches = (
        TemplateMatch("old-case.com", 2, "offline", ("+31851234567",)),
        TemplateMatch("shop.nl", 1, "none", ("+31851234567",)),
    )
    hits = template.template_clone(DomainFacts("x.com", template_matches=matches), rules)
    assert hits and "old-case.com" in hits[0].evidence and "shop.nl" not in hits[0].evidence
    quiet = (TemplateMatch("shop.nl", 1, "none"), TemplateMatch("far.com", 9, "flagged"))
    assert template.template_clone(DomainFacts("x.com", template_matches=quiet), rules) == []


def test_counter_evidence(rules):
    assert counter.official_brand_domain(DomainFacts("apple.com"), rules)
    assert counter.allow_listed(DomainFacts("x.nl", allow_listed=True), rules)
    news = PageFacts(
        url="https://nieuws.example.nl/artikel",
        title="Pas op: oplichters met nep-helpdesk van Microsoft",
        warning_terms=("oplichters", "nep-helpdesk"),
        helpdesk_terms=("helpdesk",),
    )
    hits = counter.warning_context(DomainFacts("nieuws.nl", pages=(news,)), rules)
    assert hits and "nep-helpdesk" in hits[0].evidence
    shop = PageFacts(url="https://pchulp.nl/", business_terms=("kvk_number", "btw_id", "algemene voorwaarden"))
    assert counter.established_business(DomainFacts("pchulp.nl", pages=(shop,)), rules)
    pasted = PageFacts(url="https://pchulp.nl/", business_terms=("reviews", "since_year", "algemene voorwaarden"))
    assert not counter.established_business(DomainFacts("pchulp.nl", pages=(pasted,)), rules)


def test_one_warning_word_on_a_helpdesk_is_not_a_warning_page(rules):
    page = helpdesk_page(warning_terms=("oplichters",))
    assert counter.warning_context(DomainFacts("x.com", pages=(page,)), rules) == []


def test_number_quoted_by_warning_sites(rules):
    facts = DomainFacts(
        "pc-storing-direct.com",
        pages=(helpdesk_page(),),
        phone_warned_by={"+31851234567": ("fraudemeldpunt.example", "pc-storing-direct.com")},
    )
    hits = phone.number_in_warnings(facts, rules)
    assert hits and "fraudemeldpunt.example" in hits[0].evidence
    assert "pc-storing-direct.com is" not in hits[0].evidence
