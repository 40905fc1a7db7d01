"""Classes found in the held-out web's nineteenth batch (moved to development, issue 14).

- A Dell helpdesk (Weblium) gave its number only as `tel:8884170356` behind "Call a Dell
  Expert" buttons: national digits with no separators, which the text scanner rightly
  distrusts as a bare run, so the page had no number, no contact of its own and no
  impersonation. A tel: link's target is a number by what it is, like a URL's ?tel=.
- An unbranded helpline on a three-week-old .co.uk registered from India, shielded,
  showed "Registered in England & Wales No. ..." and a London postcode: the copied
  identity cancelled part of the evidence. Business marks that name a country other
  than the registrant's own count for nothing.
- A fake hotline directory (six brands, three numbers from one 0800 block, every
  "Call" button dialling the same call centre) read as a help offer only.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from tests.page_world import score_world, site

HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.mark.parametrize(
    "href, url, e164",
    [
        ("tel:8884170356", "http://www.pc-fixers.com/", "+18884170356"),
        ("tel:0851234567", "http://www.pchulp.nl/", "+31851234567"),
        ("tel:20301857", "http://www.assistance.lu/", "+35220301857"),
        ("tel:1800764519", "http://www.help.com.au/", "+611800764519"),
    ],
)
def test_a_tel_link_in_national_digits_is_read(href, url, e164):
    body = f'<html lang="en"><body><a class="btn" href="{href}">Call an expert</a></body></html>'
    phones = extract_page(body.encode(), url=url, headers=HTML).phones
    assert [(p.e164, p.role) for p in phones if p.valid] == [(e164, "offered")]


HELPLINE = """<!doctype html><html lang="en"><head><title>PC Rescue Line – remote computer help</title></head>
<body><header><a href="tel:+448000418822">0800 041 8822</a></header>
<main><h1>Computer trouble? Call us now</h1><p>Our experts connect to your computer in minutes
and fix pop-ups, slow PCs and printer problems while you stay on the line.</p></main>
<footer>PC Rescue Line Ltd · Registered in England & Wales No. 14823391 · 71 Shelton Street,
London WC2H 9JQ · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · ★★★★★ 1,204 reviews</footer></body></html>"""


def _registered_from(domain: str, country: str, age_days: int):
    world = site(domain, "scam", "fake_helpdesk", HELPLINE, age_days, False)
    reg = world.registration
    return world.__class__(**{**world.__dict__, "registration": reg.__class__(
        **{**reg.__dict__, "registrant_country": country})})  # fmt: skip


@pytest.fixture(scope="module")
def helplines(tmp_path_factory):
    sites = [_registered_from("pc-rescue-line.co.uk", "IN", 20)]
    honest = site("harrow-pc-repairs.co.uk", "legit", "repair_shop", HELPLINE.replace(
        "0800 041 8822", "020 8427 1190").replace("+448000418822", "+442084271190"), 20, False)
    reg = honest.registration
    sites.append(honest.__class__(**{**honest.__dict__, "registration": reg.__class__(
        **{**reg.__dict__, "registrant_country": "GB"})}))  # fmt: skip
    return score_world(sites, tmp_path_factory.mktemp("helplines"))


def test_a_copied_uk_identity_on_a_name_registered_abroad_counts_for_nothing(helplines):
    reasons = {r["indicator"] for r in json.loads(helplines["pc-rescue-line.co.uk"]["reasons"])}
    assert "established_business" not in reasons
    assert helplines["pc-rescue-line.co.uk"]["flagged"] == 1


def test_the_same_identity_registered_at_home_still_counts(helplines):
    reasons = {r["indicator"] for r in json.loads(helplines["harrow-pc-repairs.co.uk"]["reasons"])}
    assert "established_business" in reasons


DIRECTORY_NL = """<!doctype html><html lang="nl"><head><title>Klantenservice telefoonnummers – gratis bellen</title></head>
<body><h1>Telefoonnummers van klantenservices</h1><p>Direct de juiste helpdesk aan de lijn, 7 dagen per week.</p>
<ul class="nummers">
<li><b>Microsoft klantenservice</b> – <a href="tel:+31852081120">085 208 1120</a></li>
<li><b>Apple support</b> – <a href="tel:+31852081121">085 208 1121</a></li>
<li><b>HP printer helpdesk</b> – <a href="tel:+31852081120">085-2081120</a></li>
<li><b>Norton klantenservice</b> – <a href="tel:+31852081122">085 208 11 22</a></li>
</ul><p class="klein">Wij verbinden u door met een servicepartner.</p></body></html>"""

PARTNER_NL = """<!doctype html><html lang="nl"><head><title>Handige supportnummers – IT Partner Gouda</title></head>
<body><h1>Supportnummers van fabrikanten</h1><p>Voor garantie belt u de fabrikant zelf:</p>
<table><tr><td>Microsoft</td><td><a href="tel:+31205001500">020 500 1500</a></td></tr>
<tr><td>Apple</td><td><a href="tel:+318000200570">0800 020 0570</a></td></tr></table>
<p>Voor hulp op afstand van ons eigen team: <a href="tel:+31182520330">0182 52 03 30</a></p></body></html>"""


@pytest.fixture(scope="module")
def directories(tmp_path_factory):
    sites = [
        site("klantenservice-nummers-bellen.nl", "scam", "fake_helpdesk", DIRECTORY_NL, 3000, True),
        site("itpartner-gouda.nl", "legit", "it_partner", PARTNER_NL, 3000, False),
    ]
    return score_world(sites, tmp_path_factory.mktemp("directories"))


def test_a_directory_whose_call_buttons_dial_its_own_centre_misattributes(directories):
    row = directories["klantenservice-nummers-bellen.nl"]
    assert "brand_numbers_misattributed" in {r["indicator"] for r in json.loads(row["reasons"])}
    assert row["flagged"] == 1


def test_a_partner_listing_the_brands_genuine_lines_does_not(directories):
    row = directories["itpartner-gouda.nl"]
    assert "brand_numbers_misattributed" not in {r["indicator"] for r in json.loads(row["reasons"])}
    assert row["flagged"] == 0


LANDING = """<!doctype html><html lang="de"><head><title>PC-Soforthilfe per Fernwartung</title></head>
<body><h1>Wir helfen sofort per Fernwartung</h1><p>Unsere Techniker verbinden sich per AnyDesk.</p>
<div class="hotline"></div><script>
var q = new URLSearchParams(location.search); var n = q.get('{name}') || '';
if (n) {{ document.querySelector('.hotline').innerHTML = '<a href="tel:' + n + '">' + n + '</a>'; }}
</script></body></html>"""


@pytest.mark.parametrize("name", ["rn", "ruf", "hl"])
def test_a_parameter_the_page_script_reads_gives_its_number(name):
    """Batch 20: a landing page filled its hotline in from ?rn= (Rufnummer), a name no
    list held; the page's own script reading the parameter says what it is."""
    url = f"http://www.pc-soforthilfe.de/?{name}=08003304617&utm_source=google&gclid=abc123"
    phones = extract_page(LANDING.format(name=name).encode(), url=url, headers=HTML).phones
    assert "+498003304617" in {p.e164 for p in phones if p.valid}


def test_a_parameter_read_by_script_without_digits_is_none():
    url = "http://www.pc-soforthilfe.de/?rn=startseite&utm_source=google"
    phones = extract_page(LANDING.format(name="rn").encode(), url=url, headers=HTML).phones
    assert not [p for p in phones if p.valid]


def test_an_id_the_page_script_reads_is_no_number():
    url = "http://www.webshop.de/product?id=0612345678"
    phones = extract_page(LANDING.format(name="id").encode(), url=url, headers=HTML).phones
    assert not [p for p in phones if p.valid]
