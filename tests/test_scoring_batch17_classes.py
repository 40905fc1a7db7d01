"""Classes found in the held-out web's seventeenth batch (moved to development, issue 14).

A stamp collectors' club's sixteen-year-old blog (philatelie-steinsel.lu) carried a
new "Assistance Dell Luxembourg" post above its 2012-2015 club news. Two things let it
through: the other-trade words named sports, food, faith and care but no clubs of
collectors, musicians or scouts ("philatélie", "cercle", "harmonie", "scouting"), so
the name's age still counted for it; and a post's date line ("mercredi 25 février
2026, 02:17") gave a four-digit Luxembourg "number", 2026. Dates written with a month
name are masked like numeric ones, and a number of fewer than six national digits
read from text is none: no helpdesk, no shop, no club gives out a four-digit line.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from scoring.indicators.compromise import other_trade
from scoring.rules import load_rules
from tests.page_world import score_world, site

HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.mark.parametrize(
    "line, url",
    [
        ("Par admin, mercredi 25 février 2026, 02:17 - Divers", "http://club.lu/"),
        ("Posted on 3 March 2025 at 14:05 by Mary", "http://club.ie/"),
        ("Veröffentlicht am 24. Februar 2026 von Hans", "http://verein.at/"),
        ("Geplaatst op 12 januari 2024 door Piet", "http://club.nl/"),
        ("Published: Feb. 24, 2026 at 6:12 PM EST", "http://news.com/"),
        ("Julkaistu 25. helmikuuta 2026 klo 14.05", "http://seura.fi/"),
        ("Saison 2025 · 2026", "http://club.lu/"),
    ],
)
def test_a_date_line_holds_no_number(line, url):
    page = extract_page(f"<html><body><p>{line}</p></body></html>".encode(), url=url, headers=HTML)
    assert [p.e164 for p in page.phones if p.valid] == []


def test_a_real_number_beside_a_date_still_counts():
    line = "<p>Mis à jour le 25 février 2026 · Appelez le 20 30 18 57</p>"
    page = extract_page(f"<html><body>{line}</body></html>".encode(), url="http://x.lu/", headers=HTML)
    assert [p.e164 for p in page.phones if p.valid] == ["+35220301857"]


@pytest.mark.parametrize(
    "domain",
    [
        "cercle-philatelique-mersch.lu", "briefmarkenfreunde-linz.at", "harmonie-stmartin.fr",
        "scouting-dewaterratten.nl", "schaakclub-denbosch.nl", "imkerverein-tirol.at",
        "musikverein-altdorf.ch", "heemkundekring-oss.nl", "amicale-des-pecheurs.be",
    ],
)
def test_clubs_of_collectors_musicians_and_scouts_are_other_trades(domain):
    assert other_trade(domain, load_rules())


@pytest.mark.parametrize(
    "domain", ["computerclub-zeist.nl", "it-harmonie.fr", "jan-portfolio.nl", "devries.nl"]
)
def test_computer_words_and_plain_names_are_not(domain):
    assert other_trade(domain, load_rules()) is None


STAMP_CLUB = """<!doctype html><html lang="de"><head><title>Briefmarkenfreunde Linz – HP Drucker Hilfe Österreich</title></head>
<body><div id="content"><div class="post"><h2>HP Drucker Support Österreich</h2>
<p class="meta">Von admin, am 2. März 2026</p>
<p>Ihr HP Drucker ist offline oder druckt nicht? Unsere HP Techniker helfen per Fernwartung sofort.</p>
<p><b>HP Kundendienst: 01 253 02 881</b> <a href="tel:+43125302881">Jetzt anrufen</a></p></div>
<div class="post"><h2>Tauschtag 2014</h2><p class="meta">Von Gerda, am 5. Oktober 2014</p>
<p>Danke an alle Sammler für den gelungenen Tauschtag im Pfarrsaal.</p></div></div></body></html>"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [site("briefmarkenfreunde-linz.at", "scam", "fake_helpdesk", STAMP_CLUB, 14 * 365, True)]
    return score_world(sites, tmp_path_factory.mktemp("batch17"))


def test_a_collectors_clubs_old_name_selling_printer_help_is_flagged(outcomes):
    row = outcomes["briefmarkenfreunde-linz.at"]
    found = {r["indicator"] for r in json.loads(row["reasons"])}
    assert "name_of_another_trade" in found and "long_registration_history" not in found
    assert row["flagged"] == 1
