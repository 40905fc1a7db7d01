"""What a number, a tool or warning wording does on a page decides whether it counts
(issue 14, classes 1 and 6): pages written the way the web writes them, through the real
extractor, store and score stage. Each case here failed before its rule was added.

- a reverse-lookup page ("wie belde mij met 085 ...?") marks the looked-up number up as
  a tel: link and in JSON-LD: it is the page's subject, not its contact;
- a news story repeats the pop-up ("Bel Microsoft Support: 085 ...") in quotation marks;
- a victim's story names the tool the caller made them install;
- a young warning blog titles "Let op: neppe Microsoft helpdesk belt met ...";
- a how-to page repeats the pop-up's alarm wording to warn, beside its own help line;
- while an alarm page or a helpdesk that writes warning words ("Fraud alert", "beware of
  fake support") to look honest still offers its own number and is flagged.
"""

from __future__ import annotations

import pytest

from tests.page_world import roles, score_world, site

SCAM = "+31852086041"  # the number the helpdesk below offers and others quote
SCARE = "+18554419012"


LOOKUP = """<!doctype html><html><head><title>Wie belde mij met 085 208 6041? | NummerCheck</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",
"name":"Onbekend","telephone":"+31852086041"}</script></head><body>
<h1>Wie belde mij met <a href="tel:+31852086041">085 208 6041</a>?</h1>
<div class="score">Beoordeling: <b>Gevaarlijk</b> (43 meldingen)</div>
<table><tr><th>Nummer</th><td>+31 85 208 6041</td></tr><tr><th>Type</th><td>VoIP</td></tr></table>
<ul><li>Zei dat hij van Microsoft was, mijn computer zou virussen hebben</li>
<li>Wilde dat ik AnyDesk installeerde</li></ul><footer>NummerCheck &middot; Privacy</footer></body></html>"""

NEWS = """<!doctype html><html lang="nl"><head><title>Vrouw (81) uit Goes opgelicht door nep-helpdesk</title></head>
<body><article><h1>Vrouw (81) uit Goes opgelicht door nep-helpdesk</h1>
<p>GOES - Een 81-jarige vrouw is slachtoffer geworden van helpdeskfraude. Op haar laptop verscheen
een melding: "Uw computer is geblokkeerd. Bel Microsoft Support: 085 208 6041". Ze belde het nummer
en installeerde AnyDesk.</p><p>De politie waarschuwt: Microsoft toont nooit een telefoonnummer in een
foutmelding.</p></article><footer>Redactie: <a href="tel:0113123456">0113 123 456</a></footer></body></html>"""

WARNING_BLOG = """<!doctype html><html lang="nl"><head><title>Let op: neppe Microsoft helpdesk belt met 085 208 6041</title></head>
<body><article><h1>Let op: neppe Microsoft helpdesk belt met 085 208 6041</h1><p>Lezers melden dat ze gebeld
worden door <b>085 208 6041</b>. De beller zegt van Microsoft te zijn en vraagt om TeamViewer te
installeren. Hang direct op.</p></article><aside>Zelf gebeld? Bel onze tiplijn
<a href="tel:0612345678">06 1234 5678</a></aside></body></html>"""

HELPDESK = """<!doctype html><html lang="nl"><head><title>Computerhulp Direct - binnen 5 minuten geholpen</title></head>
<body><div class="header-call">Direct hulp? Bel <b>085 208 6041</b></div><h1>Computerhulp nodig? Bel onze experts</h1>
<p>Virus, pop-up of een geblokkeerde computer? Onze specialisten lossen het direct op via hulp op afstand.
Download AnyDesk en bel <a href="tel:0852086041">085 208 6041</a>.</p>
<footer>Algemene voorwaarden &middot; Privacyverklaring &middot; Garantie</footer></body></html>"""

ALARM = """<!doctype html><html><head><title>Microsoft Security Warning - Fraud Alert</title></head><body>
<h1>Warning! Fraudulent activity detected on your computer</h1><p>Phishing malware has stolen your
banking details. Scammers have access to your PC. Do not call your bank. Your computer is locked.
Call Microsoft Certified Support now: <b>+1 (855) 441-9012</b></p>
<p>Your computer has been locked to protect you from fraud. Do not restart your computer.</p></body></html>"""

BEWARE = """<!doctype html><html><head><title>Beware of fake Norton support - call the real Norton helpline</title></head><body>
<h1>Beware of scammers!</h1><p>Many fake websites pretend to be Norton. We are certified Norton
technicians. Call our toll free Norton helpline for renewal, installation and activation:
<a href="tel:+18889014455">1-888-901-4455</a>. Download AnyDesk and our expert will fix your antivirus.</p>
<footer>Norton Help Center</footer></body></html>"""

HOWTO = """<!doctype html><html lang="nl"><head><title>Pop-up 'Uw computer is geblokkeerd'? Zo komt u ervan af</title></head>
<body><article><h1>Pop-up 'Uw computer is geblokkeerd'? Zo komt u ervan af</h1><p>Door Anja de Vries, 12 november 2026</p>
<p>Ziet u een melding als "Uw computer is geblokkeerd. Bel direct Microsoft: 085 208 6041"? Dit is nep. Sluit de
browser en bel nooit het nummer.</p><p>Vragen? Onze computerhulplijn helpt leden:
<a href="tel:0302769965">030 276 9965</a>.</p></article></body></html>"""

SITES = [
    site("computerhulp-senioren.nl", "legit", "blog", HOWTO, 60, True),
    site("nummercheck-nl.nl", "legit", "directory", LOOKUP, 200, True),
    site("nieuws-uit-zeeland.nl", "legit", "news", NEWS, 150, False),
    site("stopdeoplichters.nl", "legit", "warning", WARNING_BLOG, 90, True),
    site("computerhulp-direct24.nl", "scam", "fake_helpdesk", HELPDESK, 15, True),
    site("pc-warn-center.com", "scam", "scareware", ALARM, 4, True),
    site("beware-fake-support.com", "scam", "fake_helpdesk", BEWARE, 40, True),
]


def test_a_lookup_page_quotes_the_number_it_is_about_even_as_link_and_json_ld():
    assert roles(LOOKUP, "https://nummercheck-nl.nl/0852086041") == {SCAM: "quoted"}


def test_a_pop_up_repeated_in_quotation_marks_is_quoted_the_newsroom_line_offered():
    assert roles(NEWS, "https://nieuws-uit-zeeland.nl/") == {SCAM: "quoted", "+31113123456": "offered"}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, dict]:
    return score_world(SITES, tmp_path_factory.mktemp("roles"))


@pytest.mark.parametrize("domain", [s.domain for s in SITES if s.label == "legit"])
def test_pages_about_the_number_are_not_flagged(outcomes, domain):
    assert not outcomes[domain]["flagged"], outcomes[domain]["reasons"]


def test_a_tool_named_in_a_victims_story_is_not_offered(outcomes):
    for domain in ("nieuws-uit-zeeland.nl", "stopdeoplichters.nl", "nummercheck-nl.nl"):
        assert "remote_access_tool" not in outcomes[domain]["reasons"], domain
    assert "remote_access_tool" in outcomes["computerhulp-direct24.nl"]["reasons"]


@pytest.mark.parametrize("domain", [s.domain for s in SITES if s.label == "scam"])
def test_sites_offering_the_number_are_flagged_warning_words_or_not(outcomes, domain):
    assert outcomes[domain]["flagged"], outcomes[domain]["reasons"]
    assert "warning_context" not in outcomes[domain]["reasons"], domain


def test_the_quoting_pages_report_the_number_against_the_helpdesk(outcomes):
    assert "number_in_warnings" in outcomes["computerhulp-direct24.nl"]["reasons"]
