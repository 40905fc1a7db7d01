"""Classes found in the held-out web's third batch (moved to development, issue 14):

- a lookup directory lists honest callers beside scams: a number on its home list, or on
  a number page that does not warn, is discussed there, not reported as a scam;
- a bank's French warning table ("Faux supports techniques : numéros connus", "des escrocs
  se font passer pour") warns, so its numbers are not its own offer;
- a VAT or enterprise number whose check digits fail was invented: no business mark;
- numbers assembled by String.fromCharCode.apply(...) or a named array's join();
- Cloud Run's a.run.app is a hosting platform: the subdomain is the site.
"""

from __future__ import annotations

import pytest

from core.domains import registered_domain
from crawler.extract.identifiers import valid_vat
from crawler.extract.page import extract_page
from crawler.extract.terms import find_terms
from crawler.sandbox.model import Page
from tests.page_world import score_world, site

HONEST = "+441372745218"
SCAM = "+448000488477"

LOOKUP_HOME = """<!doctype html><html><head><title>WhoCalled UK – who called from this number?</title></head><body>
<h1>Who called me?</h1><p>Look up any UK number. Recently searched:</p>
<ul><li><a href="/n/08000488477">0800 048 8477</a> – 41 reports – tech support scam</li>
<li><a href="/n/01372745218">01372 745218</a> – 3 reports – print shop, safe</li></ul>
<p>Scam calls pretending to be Microsoft are the most reported.</p><footer>WhoCalled UK</footer></body></html>"""
LOOKUP_SCAM = """<!doctype html><html><head><title>0800 048 8477 – Who called from 0800 048 8477?</title></head><body>
<h1>0800 048 8477</h1><p>41 reports. Spam score 97%. Tech support scam: callers say they are from Microsoft
and ask you to install AnyDesk. Do not call back.</p></body></html>"""
LOOKUP_HONEST = """<!doctype html><html><head><title>01372 745218 – Who called from 01372 745218?</title></head><body>
<h1>01372 745218</h1><p>3 reports. "It was the print shop about my order." Landline in Epsom.</p></body></html>"""
SHOP = """<!doctype html><html><head><title>Epsom Print – printing, copying and ink</title></head><body>
<header>Call us: <a href="tel:01372745218">01372 745218</a></header><h1>Printing and ink in Epsom</h1>
<p>Business cards, posters and printer ink. Printer not working? Bring it in.</p>
<footer>Epsom Print Ltd, 12 High Street, Epsom KT19 8DN. Company No. 06912345</footer></body></html>"""
HELPDESK = """<!doctype html><html><head><title>Windows Support UK – call now</title></head><body>
<div class="topbar">Call now toll free: <a href="tel:08000488477">0800 048 8477</a></div>
<h1>Computer slow? Virus pop-up?</h1><p>Our certified technicians fix it remotely. Download AnyDesk and call us.</p></body></html>"""
BANK = """<!doctype html><html lang="fr"><head><title>Faux supports techniques : numéros connus | Caisse du Lac</title></head><body>
<h1>Faux supports techniques : numéros connus</h1><p>Des escrocs se font passer pour Apple ou Microsoft afin de
prendre le contrôle de votre ordinateur. Une fausse page affiche le 022 518 44 02.</p>
<table><tr><th>Numéro</th><th>Se fait passer pour</th></tr><tr><td>022 518 44 02</td><td>Apple</td></tr>
<tr><td>+33 9 73 01 88 42</td><td>Microsoft</td></tr></table><p>N'installez jamais AnyDesk à la demande d'un inconnu.
Un doute ? Appelez notre centre de sécurité au +41 21 320 77 45.</p></body></html>"""
FR_SCAM = """<!doctype html><html lang="fr"><head><title>Support Microsoft France</title></head><body>
<h1>Assistance Microsoft</h1><p>Votre ordinateur est bloqué ? Nos techniciens certifiés vous aident à distance.
Appelez le <a href="tel:+33973018842">09 73 01 88 42</a> (appel gratuit).</p></body></html>"""


def lookup_site():
    base = site("whocalled-example.co.uk", "legit", "directory", LOOKUP_HOME, 2500, True)
    headers = (("Content-Type", "text/html; charset=utf-8"),)
    for path, html in (("/n/08000488477", LOOKUP_SCAM), ("/n/01372745218", LOOKUP_HONEST)):
        base.pages[path] = Page(path, headers[0][1], 200, headers, lambda h=html: h.encode())
    return base


SITES = [
    lookup_site(),
    site("epsom-print-example.co.uk", "legit", "business", SHOP, 6000, False),
    site("windows-support-example.co.uk", "scam", "fake_helpdesk", HELPDESK, 12, True),
    site("caisse-du-lac.ch", "legit", "warning", BANK, 8000, False),
    site("support-microsoft-fr-example.com", "scam", "fake_helpdesk", FR_SCAM, 9, True),
]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    return score_world(SITES, tmp_path_factory.mktemp("lookup"))


def test_an_honest_number_on_a_lookup_site_is_discussed_not_reported(outcomes):
    shop = outcomes["epsom-print-example.co.uk"]
    assert not shop["flagged"] and "number_in_warnings" not in shop["reasons"], shop["reasons"]


def test_the_scam_number_the_lookup_page_warns_about_is_reported(outcomes):
    scam = outcomes["windows-support-example.co.uk"]
    assert scam["flagged"] and "number_in_warnings" in scam["reasons"], scam["reasons"]


def test_a_french_warning_table_warns_and_reports(outcomes):
    bank = outcomes["caisse-du-lac.ch"]
    assert not bank["flagged"] and "warning_context" in bank["reasons"], bank["reasons"]
    scam = outcomes["support-microsoft-fr-example.com"]
    assert scam["flagged"] and "caisse-du-lac.ch" in scam["reasons"]


@pytest.mark.parametrize("number", ["NL004495445B01", "DE136695976", "ATU13585627", "BE0403170701",
                                    "FR40303265045", "FI20774740", "CHE-116.281.710"])  # fmt: skip
def test_published_vat_numbers_pass_their_check_digits(number):
    assert valid_vat(number)


@pytest.mark.parametrize("number", ["NL123456789B01", "DE123456789", "BE0123456789",
                                    "FR12345678901", "CHE-431.228.907", "FI12345678"])  # fmt: skip
def test_invented_vat_numbers_fail_them(number):
    assert not valid_vat(number)


def test_an_invented_vat_number_is_no_business_mark():
    assert "vat_id_eu" not in find_terms("Preise inkl. MWST. CHE-431.228.907 MWST.").business
    assert "vat_id_eu" in find_terms("Preise inkl. MWST. CHE-116.281.710 MWST.").business
    assert "btw_id" not in find_terms("BTW NL123456789B01").business


@pytest.mark.parametrize("script", [
    "var c=String.fromCharCode.apply(null,[48,56,48,48,32,50,50,49,32,55,52,51,54]);"
    "document.querySelector('.ph').textContent=c;",
    "var p=['0800', '221', '7436'], n=p.join(' '); el.textContent=n;",
])  # fmt: skip
def test_numbers_assembled_by_script_are_found(script):
    html = f"<html lang='de'><body><p>Hotline: <span class='ph'></span></p><script>{script}</script></body></html>"
    found = extract_page(html.encode(), url="http://example.de/", headers={})
    assert "+498002217436" in {p.e164 for p in found.phones}


def test_cloud_run_subdomains_are_their_own_sites():
    name = registered_domain("https://windows-sperre-5kq2xz-ey.a.run.app/")
    assert name.domain == "windows-sperre-5kq2xz-ey.a.run.app" and name.platform
