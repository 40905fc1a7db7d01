"""Classes found in the held-out web's ninth batch (moved to development, issue 14):

honest computer help in English-speaking countries was read as anonymous help for hire.
A British shop's "Registered in England & Wales no. ...", a postcode address, an
American "1120 Commercial St SE, Salem, OR 97302" or an Australian ABN are the legal
identity those businesses show, as the KvK number and postcode are in the Netherlands;
and an American or Australian geographic number on an English page fits a helpdesk.
Copied identity still never cancels strong evidence on a scam.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from tests.page_world import score_world, site

UK_SHOP = """<!doctype html><html lang="en-GB"><head><title>Fife Computer Fixers – repairs in Dunfermline</title></head><body>
<nav>Home · Prices · Find us</nav><h1>Computer repairs in Dunfermline</h1>
<ul><li>Slow computer clean-up £40</li><li>Virus and pop-up removal</li><li>Laptop screens and keyboards</li></ul>
<p>Small problems can be fixed remotely: phone us first, then <a href="https://download.teamviewer.com/download/TeamViewerQS.exe">download TeamViewer QuickSupport</a>.</p>
<p>Phone 01383 722914 · Mon–Sat 9–5</p>
<footer>Fife Computer Fixers Ltd, 12 High Street, Dunfermline KY12 7AA · Registered in Scotland no. SC712345</footer></body></html>"""
US_MSP = """<!doctype html><html lang="en-US"><head><title>Blue Heron IT | Managed IT for Lansing businesses</title></head><body>
<header>Blue Heron IT</header><h2>Managed IT and help desk</h2><p>Flat-rate support for 40 local offices: help desk, patching, backups,
Microsoft 365 administration. Our technicians join a remote support session (ScreenConnect) when they need your screen, 24/7 for outages.</p>
<p>Help desk: (517) 555-0143</p><footer>Blue Heron IT LLC · 400 S Washington Sq, Lansing, MI 48933 · Privacy</footer></body></html>"""
AU_SHOP = """<!doctype html><html lang="en-AU"><head><title>Parramatta PC Doctor</title></head><body>
<h1>PC Doctor – computer repairs</h1><p>Slow computer, pop-ups, virus removal, new laptop set-up. Remote support with AnyDesk
for quick jobs, or drop in.</p><p>Call (02) 9635 1187</p>
<footer>Parramatta PC Doctor · Shop 4, 88 Church Street, Parramatta NSW 2150 · ABN 51 824 753 556</footer></body></html>"""
# A scam that copied a British identity footer: the impersonation is strong and stays.
UK_SCAM = """<!doctype html><html lang="en-GB"><head><title>Microsoft Support UK | Windows Helpline</title></head><body>
<h1>Microsoft Windows Helpline</h1><p>Windows error? Outlook not working? Our certified technicians fix it remotely, 24/7.</p>
<p>Call toll free 0800 098 8571 now</p><p><a href="https://anydesk.com/en/downloads">Download AnyDesk</a></p>
<footer>Windows Helpline Ltd, 12 High Street, Dunfermline KY12 7AA · Registered in Scotland no. SC712345</footer></body></html>"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("fifecomputerfixers.co.uk", "legit", "repair_shop", UK_SHOP, 40, True),
        site("blueheron-it.com", "legit", "it_partner", US_MSP, 4500, True),
        site("parramattapcdoctor.com.au", "legit", "repair_shop", AU_SHOP, 60, True),
        site("microsoft-helpline-uk.co.uk", "scam", "fake_helpdesk", UK_SCAM, 9, True),
    ]
    return score_world(sites, tmp_path_factory.mktemp("batch9"))


def _reasons(row: dict) -> list[str]:
    return [r["indicator"] for r in json.loads(row["reasons"])]


@pytest.mark.parametrize(
    "domain", ["fifecomputerfixers.co.uk", "blueheron-it.com", "parramattapcdoctor.com.au"]
)
def test_identified_english_speaking_businesses_are_not_anonymous_help(outcomes, domain):
    row = outcomes[domain]
    assert not row["flagged"] and "anonymous_help_offer" not in _reasons(row), row["reasons"]


@pytest.mark.parametrize("domain", ["blueheron-it.com", "parramattapcdoctor.com.au"])
def test_a_local_number_of_an_english_speaking_country_fits_an_english_page(outcomes, domain):
    assert "number_unfit_for_helpdesk" not in _reasons(outcomes[domain])


def test_a_copied_identity_footer_does_not_save_a_scam(outcomes):
    row = outcomes["microsoft-helpline-uk.co.uk"]
    assert row["flagged"], row["reasons"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Tyne Valley PC Ltd · Registered in England &amp; Wales no. 15387683",
            "uk_company_number",
        ),
        ("Registered in Scotland no. SC712345", "uk_company_number"),
        ("Companies House number 09876543", "uk_company_number"),
        ("14 Priestpopple, Hexham NE46 1PQ", "uk_postcode_address"),
        ("1120 Commercial St SE, Salem, OR 97302", "us_street_address"),
        ("Suite 210, 55 Elm Avenue, Austin, TX 78701-1234", "us_street_address"),
        ("Shop 4, 88 Church Street, Parramatta NSW 2150", "au_address"),
        ("ABN 51 824 753 556", "au_business_number"),
    ],
)
def test_identity_of_english_speaking_businesses_is_read(text, term):
    found = extract_page(
        f"<html><body><footer>{text}</footer></body></html>".encode(),
        url="https://x.example/",
        headers={},
    )
    assert term in found.business_terms, found.business_terms


@pytest.mark.parametrize(
    "text", ["© 2026 PC Rescue", "Error 0x80070424, call now", "Win 10 OR 11 98765"]
)
def test_no_address_out_of_thin_air(text):
    found = extract_page(
        f"<html><body><p>{text}</p></body></html>".encode(), url="https://x.example/", headers={}
    )
    assert not {"us_street_address", "uk_postcode_address", "au_address"} & set(
        found.business_terms
    )
