"""Classes found in the held-out web's twenty-seventh batch (moved to development, issue 14).

- Two Swiss Apple partners (batches 15 and 21, flagged once batch 27 joined the web)
  listed Apple Switzerland's own number, 0800 00 1853, missing from the catalogue.
- A Lausanne IT firm's news item "Faux guide « imprimante Epson hors ligne »" became an
  Epson helpdesk: a fake guide or website is a fake too, and a brand inside a quotation
  in a title is a so-called one wherever the quotation starts.
- A fake PayPal "Sicherheitsdienst" kept a page "Achtung vor falschen PayPal-Hotlines"
  beside its own PayPal helpdesk: its warning page took 20 points off. A site that
  presents itself as a brand's helpdesk with its own contact gets no warning credit.
- An Australian remote-help site on a .com (pcrescue-au.com, "PC Rescue Australia")
  showed 1800 413 927 everywhere; no region tried Australia, so it had no number at all.
  A site that names its country (title words, a host token) has that country's numbers.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from scoring.rules import load_rules
from tests.page_world import roles, score_world, site, with_page

HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_apple_switzerlands_own_number_is_genuine():
    brand = load_rules().genuine_number("+41800001853")
    assert brand is not None and brand.id == "apple"


NEWS_ITEM = """<!DOCTYPE html><html lang="fr"><head><title>Faux guide « imprimante Epson hors ligne » – Léman Informatique</title></head>
<body><header><a href="/">Léman Informatique</a> · <a href="tel:+41213205500">021 320 55 00</a></header><main><article>
<h1>Faux guide « imprimante Epson hors ligne »</h1><p>Des clients nous ont montré un site qui se présente comme l'assistance
Epson et propose un technicien avec prise en main à distance au 022 518 99 41.</p></article></main></body></html>"""


def test_a_fake_guide_titled_in_quotes_is_about_the_fake():
    found = roles(NEWS_ITEM, "http://leman-informatique.ch/actualites/faux-guide")
    assert found == {"+41225189941": "quoted", "+41213205500": "offered"}


REAL_ONE = """<!DOCTYPE html><html lang="de"><head><title>PayPal Sicherheitsdienst Schweiz</title></head><body>
<header><a href="tel:+41435085577">+41 43 508 55 77</a></header><main><h1>PayPal Sicherheitsdienst Schweiz</h1>
<p>Ihr PayPal-Konto wurde eingeschränkt? Unser Sicherheitsdienst hilft sofort am Telefon. Installieren Sie die Sicherheits-App.</p></main></body></html>"""
REAL_ONE_WARNING = """<!DOCTYPE html><html lang="de"><head><title>Achtung vor falschen PayPal-Hotlines | Sicherheitsdienst Schweiz</title></head><body>
<main><h1>Achtung vor falschen PayPal-Hotlines</h1><p>Betrüger nutzen gefälschte Nummern. Vertrauen Sie nur unserem Sicherheitsdienst.</p></main></body></html>"""


@pytest.fixture(scope="module")
def real_one(tmp_path_factory):
    world = with_page(site("paypal-schutz.ch", "scam", "fake_helpdesk", REAL_ONE, 8, True), "/falsche-hotlines", REAL_ONE_WARNING)
    return score_world([world], tmp_path_factory.mktemp("realone"))


def test_a_brand_helpdesk_gets_no_credit_for_warning_of_other_fakes(real_one):
    row = real_one["paypal-schutz.ch"]
    reasons = {r["indicator"] for r in json.loads(row["reasons"])}
    assert "brand_helpdesk_impersonation" in reasons and "warning_context" not in reasons
    assert row["flagged"] == 1


AUSSIE = """<!DOCTYPE html><html lang="en"><head><title>Remote computer help, anywhere in Australia | PC Rescue Australia</title></head>
<body><h1>Remote computer help, anywhere in Australia</h1><p>Slow computer or pop-ups? A technician connects to your PC.</p>
<div class="widget-button" data-phone="1800413927"><a href="tel:1800413927">1800 413 927</a></div></body></html>"""


@pytest.mark.parametrize("url", ["http://www.pcrescue-au.com/", "http://www.pc-rescue.com/"])
def test_a_site_that_names_its_country_has_that_countrys_numbers(url):
    phones = extract_page(AUSSIE.encode(), url=url, headers=HTML).phones
    assert [p.e164 for p in phones if p.valid] == ["+611800413927"]
