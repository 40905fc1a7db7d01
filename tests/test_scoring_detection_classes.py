"""Issue 14's failure classes, one test each, on facts as the extractor and the loader
produce them. Each of these failed on the rules before the detection rework.
"""

from __future__ import annotations

import json

import pytest

from scoring.facts import DomainFacts, PageFacts, Phone, Registration, TemplateMatch
from scoring.indicators import domain as domain_indicators
from scoring.loader import load_facts
from scoring.rules import load_rules
from scoring.score import score

SCAM_NUMBER = "+31851234567"
DETECTED = "2026-11-20"


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def phone(e164: str = SCAM_NUMBER, role: str = "offered", kind: str = "voip", country="NL"):
    return Phone(e164, e164, kind, country, True, role, ("text",))


def fresh(domain: str, privacy: bool = True) -> Registration:
    return Registration(domain, "NameSilo, LLC", None, privacy,
                        "shielded" if privacy else "disclosed", "2026-11-01")  # fmt: skip


def ids(result) -> set[str]:
    return {r.indicator for r in result.reasons if r.points}


# -- 1. pages that quote a number -----------------------------------------------------


def _store_page(store, domain: str, url: str, title: str, numbers, extraction: dict) -> None:
    store["domains"].insert({"domain": domain, "domain_unicode": domain,
                             "first_seen": DETECTED, "last_seen": DETECTED})  # fmt: skip
    page_id = store["pages"].insert(
        {"url": url, "final_url": url, "domain": domain, "status": 200, "title": title,
         "fetched_at": DETECTED, "extraction": json.dumps(extraction)}  # fmt: skip
    ).last_pk
    for e164, role in numbers:
        store["page_phones"].insert({"page_id": page_id, "e164": e164, "raw": e164,
                                     "kind": "voip", "country": "NL", "valid": 1,
                                     "role": role})  # fmt: skip


def test_forum_quoting_a_scam_number_is_not_flagged_but_reports_it(store, rules):
    forum = {"helpdesk_terms": ["helpdesk", "support", "storing"], "brands": {"microsoft": 4},
             "brands_in_title": ["microsoft"], "remote_tools": ["anydesk"],
             "page_signals": ["forum_markup", "comment_thread"],
             "warning_terms": ["oplichting"]}  # fmt: skip
    _store_page(store, "computerforum.nl", "https://computerforum.nl/t/123",
                "Gebeld door Microsoft helpdesk 085?", [(SCAM_NUMBER, "quoted")], forum)
    scam = {"helpdesk_terms": ["helpdesk", "storing", "klantenservice"],
            "brands": {"microsoft": 5}, "brands_in_title": ["microsoft"]}  # fmt: skip
    _store_page(store, "ms-hulpdesk.com", "https://ms-hulpdesk.com/", "Microsoft Helpdesk",
                [(SCAM_NUMBER, "offered")], scam)
    facts = {f.domain: f for f in load_facts(store, rules)}
    forum_result = score(facts["computerforum.nl"], rules)
    assert not forum_result.flagged, forum_result.reasons
    assert not ids(forum_result) & {"number_in_warnings", "number_shared_with_suspicious",
                                    "brand_helpdesk_impersonation"}  # fmt: skip
    scam_result = score(facts["ms-hulpdesk.com"], rules)
    assert "number_in_warnings" in ids(scam_result)
    assert "computerforum.nl" in next(
        r.evidence for r in scam_result.reasons if r.indicator == "number_in_warnings"
    )


def test_news_article_naming_brand_and_helpdesk_is_no_impersonation(rules):
    article = PageFacts(
        url="https://nieuws.example.nl/tech/nep-helpdesk-microsoft",
        title="Microsoft helpdesk-oplichters actief: zo herkent u ze",
        language="nl", phones=(phone(role="quoted"),), brands={"microsoft": 7},
        brands_in_title=("microsoft",), helpdesk_terms=("helpdesk", "support", "klantenservice"),
        page_signals=("article_markup", "news_jsonld", "byline"),
    )  # fmt: skip
    old = Registration("nieuws.example.nl", "SIDN", None, None, "not_published", "2004-05-01")
    facts = DomainFacts("nieuws.example.nl", pages=(article,), registration=old,
                        detected_at=DETECTED, known_fraud_numbers={SCAM_NUMBER: "police"})  # fmt: skip
    result = score(facts, rules)
    assert not result.flagged and result.total <= 0, result.reasons


# -- 2. unbranded helpdesks -----------------------------------------------------------


def test_unbranded_helpdesk_with_fresh_shielded_name_is_flagged(rules):
    home = PageFacts(
        url="https://computerhulp-direct.nl/", title="Computerhulp nodig? Bel onze experts",
        language="nl", phones=(phone(),),
        helpdesk_terms=("computerhulp", "hulp op afstand", "storing", "helpdesk"),
        remote_tools=("anydesk",), chat_widgets=("tawk.to",),
    )  # fmt: skip
    facts = DomainFacts("computerhulp-direct.nl", pages=(home,),
                        registration=fresh("computerhulp-direct.nl"), detected_at=DETECTED)
    result = score(facts, rules)
    assert result.flagged, result.reasons
    assert "tech_support_offer" in ids(result)


def test_local_repair_shop_with_old_name_is_not_flagged(rules):
    shop = PageFacts(
        url="https://pcdokter-zwolle.nl/", title="PC Dokter Zwolle - computerreparatie",
        language="nl", phones=(phone("+31384229911", kind="fixed_line"),),
        helpdesk_terms=("computerhulp", "hulp op afstand", "storing"),
        remote_tools=("teamviewer",), business_terms=("kvk", "adres", "btw"),
    )  # fmt: skip
    reg = Registration("pcdokter-zwolle.nl", "Hostnet", None, None, "not_published", "2012-03-01")
    result = score(DomainFacts("pcdokter-zwolle.nl", pages=(shop,), registration=reg,
                               detected_at=DETECTED), rules)  # fmt: skip
    assert not result.flagged, result.reasons


# -- 3. counter-evidence anyone can copy ----------------------------------------------


def test_copied_trust_footer_does_not_unflag_a_brand_helpdesk(rules):
    page = PageFacts(
        url="https://windows-hulplijn.com/", title="Microsoft Windows Helpdesk Nederland",
        language="nl", phones=(phone(),), brands={"microsoft": 6}, brands_in_title=("microsoft",),
        helpdesk_terms=("helpdesk", "storing", "klantenservice"),
        business_terms=("algemene voorwaarden", "privacyverklaring", "garantie", "reviews", "kvk"),
        remote_tools=("anydesk",),
    )  # fmt: skip
    facts = DomainFacts("windows-hulplijn.com", pages=(page,),
                        registration=fresh("windows-hulplijn.com"), detected_at=DETECTED)
    result = score(facts, rules)
    assert result.flagged, result.reasons


# -- 4. template similarity alone -----------------------------------------------------


def test_shared_cms_theme_without_shared_content_is_no_clone(rules):
    shop = PageFacts(
        url="https://fietsenmaker-pieters.nl/", title="Fietsenmaker Pieters", language="nl",
        phones=(phone("+31235317788", kind="fixed_line"),), chat_widgets=("tawk.to",),
        helpdesk_terms=("service",), fingerprint="ab" * 8,
    )  # fmt: skip
    twin = TemplateMatch("flagged-theme-twin.com", 1, "flagged", (), ("service",))
    facts = DomainFacts("fietsenmaker-pieters.nl", pages=(shop,), template_matches=(twin,),
                        registration=fresh("fietsenmaker-pieters.nl"), detected_at=DETECTED)
    result = score(facts, rules)
    assert "template_clone" not in ids(result) and not result.flagged


def test_clone_with_the_same_number_still_counts(rules):
    twin = TemplateMatch("old-case.com", 1, "offline", (SCAM_NUMBER,), ())
    page = PageFacts(url="https://new-name.com/", phones=(phone(),), fingerprint="ab" * 8)
    result = score(DomainFacts("new-name.com", pages=(page,), template_matches=(twin,)), rules)
    assert "template_clone" in ids(result)


# -- 5. genuine brand numbers ---------------------------------------------------------


def test_it_partner_quoting_microsoft_genuine_numbers_is_no_impersonation(rules):
    us, be = "+18006427676", "+3280081174"  # Microsoft's own published support lines
    page = PageFacts(
        url="https://itpartner.example/microsoft-support", title="Microsoft 365 support | IT Partner",
        language="en", brands={"microsoft": 5}, brands_in_title=("microsoft",),
        phones=(phone(us, kind="toll_free", country="US"), phone(be, kind="toll_free", country="BE")),
        helpdesk_terms=("support", "helpdesk", "customer service"),
    )  # fmt: skip
    facts = DomainFacts("itpartner.example", pages=(page,),
                        registration=fresh("itpartner.example"), detected_at=DETECTED)
    result = score(facts, rules)
    assert not ids(result) & {"brand_number_not_official", "brand_helpdesk_impersonation",
                              "number_unfit_for_helpdesk"}, result.reasons  # fmt: skip
    assert not result.flagged


# -- 6. scareware and browser lockers -------------------------------------------------


def test_browser_locker_page_is_flagged(rules):
    page = PageFacts(
        url="https://alert-7731.example/", title="Windows Defender Security Warning",
        language="en", phones=(phone("+18884440000", kind="toll_free", country="US"),),
        scare_terms=("windows defender security warning", "do not restart your computer",
                     "error code 0x80073b01"),
        locker_behaviours=("fullscreen", "beforeunload", "autoplay_audio"),
    )  # fmt: skip
    result = score(DomainFacts("alert-7731.example", pages=(page,)), rules)
    assert result.flagged, result.reasons
    assert {"scare_alarm_page", "browser_locker_behaviour"} <= ids(result)


def test_warning_page_describing_lockers_is_not_flagged(rules):
    page = PageFacts(
        url="https://veiliginternetten.example/nep-meldingen",
        title="Pas op: nep-melding 'Uw computer is geblokkeerd'", language="nl",
        scare_terms=("uw computer is geblokkeerd", "bel microsoft"),
        warning_terms=("oplichting", "nep", "waarschuwing"),
        phones=(phone(role="quoted"),), page_signals=("article_markup",),
    )  # fmt: skip
    result = score(DomainFacts("veiliginternetten.example", pages=(page,)), rules)
    assert not result.flagged and result.total <= 0


# -- 8. domain names ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["x.com", "t.co", "go.com", "sky.com", "hp-reizen.nl"])
def test_short_labels_are_no_brand_lookalikes(rules, name):
    assert domain_indicators.brand_lookalike_domain(DomainFacts(name), rules) == []


@pytest.mark.parametrize("name", ["avastscan.com", "renewavast.net", "safesecuritymcafee.com",
                                  "nortonrenewal-center.com"])  # fmt: skip
def test_brand_with_scare_or_renewal_words(rules, name):
    assert domain_indicators.brand_support_words_domain(DomainFacts(name), rules)


def test_brand_on_free_hosting_subdomain(rules):
    facts = DomainFacts("microsoft-windows.netlify.app", hosting_platform="netlify.app")
    hits = domain_indicators.brand_on_hosting_platform(facts, rules)
    assert hits and "netlify.app" in hits[0].evidence


def test_hosting_platform_subdomain_is_the_unit():
    from core.domains import registered_domain

    name = registered_domain("https://www.microsoft-windows.netlify.app/help")
    assert name is not None and name.domain == "microsoft-windows.netlify.app"
    assert name.registration_domain == "netlify.app" and name.platform == "netlify.app"


def test_a_name_that_only_resembles_a_brand_needs_the_brand_on_its_pages(rules):
    """"epsom-print" is a town's print shop, not Epson: a look-alike counts when the site
    puts the brand forward; a bare name (a certificate log entry) is judged on the name."""
    shop = PageFacts(url="https://epsom-print.co.uk/", title="Epsom Print - printing and ink",
                     brands={"epson": 1, "hp": 1})  # fmt: skip
    assert domain_indicators.brand_lookalike_domain(
        DomainFacts("epsom-print.co.uk", pages=(shop,)), rules) == []  # fmt: skip
    assert domain_indicators.brand_lookalike_domain(DomainFacts("epsom-print.co.uk"), rules)
    squat = PageFacts(url="https://epsom-printer-help.com/", title="Epson Printer Support",
                      brands={"epson": 4}, brands_in_title=("epson",))  # fmt: skip
    assert domain_indicators.brand_lookalike_domain(
        DomainFacts("epsom-printer-help.com", pages=(squat,)), rules)  # fmt: skip


def test_a_page_printing_the_brands_own_number_is_a_guide_not_a_fake(rules):
    """A number guide lists the brand's genuine line beside one the catalogue lacks (a
    country it does not know yet): printing the brand's own number sends people to the
    brand, which no fake helpdesk does."""
    genuine = next(iter(rules.brands["apple"].official_phones))
    unknown = Phone("+35880096372", "0800 96372", "toll_free", "FI", True, "offered", ("text",))
    guide = PageFacts(url="https://numbers.example.fi/apple", title="Apple – support numbers",
                      brands={"apple": 3}, brands_in_title=("apple",), helpdesk_terms=("support",),
                      phones=(phone(genuine, kind="toll_free"), unknown))  # fmt: skip
    result = score(DomainFacts("numbers.example.fi", pages=(guide,)), rules)
    assert "brand_helpdesk_impersonation" not in ids(result)
    fake = PageFacts(url="https://apple-help.example.com/", title="Apple Support – call now",
                     brands={"apple": 3}, brands_in_title=("apple",), helpdesk_terms=("support", "call now"),
                     phones=(unknown,))  # fmt: skip
    assert "brand_helpdesk_impersonation" in ids(score(DomainFacts("apple-help.example.com", pages=(fake,)), rules))
