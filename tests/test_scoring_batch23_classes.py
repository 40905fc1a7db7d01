"""Classes found in the held-out web's twenty-third batch (moved to development, issue 14).

- An Austrian TV consumer programme's page ("Falsche Norton-Rechnung und „Ihr Computer
  wurde gesperrt“", TYPO3, no article markup) and a Finnish savings bank's bulletin
  ("Varoitus: vale-Apple-tuki pyytää verkkopankkitunnuksia") told their cases with the
  scam numbers in running text: read as offered, the pages became a Norton and an Apple
  helpdesk (and the TV page a refund lure). A page whose title or main heading calls a
  brand's helpdesk, invoice or warning fake ("fake", "nep", "falsche", "vale", "faux",
  "偽の"...) is about that fake: a scam never calls itself so. Its running text quotes;
  its own tel: links, buttons and frame still offer.
- The bank's text said the number shows "soita-painikkeessa" (in the call button): a
  call word glued into a compound describes a button, it asks nobody to call.
"""

from __future__ import annotations

import json

import pytest

from tests.page_world import roles, score_world, site

TV = """<!DOCTYPE html><html lang="de"><head><title>Falsche Norton-Rechnung und „Ihr Computer wurde gesperrt“ – Konsument TV</title></head>
<body><header class="site-header"><a href="/">Konsument TV</a></header><main id="content">
<div class="frame"><h1>Falsche Norton-Rechnung und „Ihr Computer wurde gesperrt“</h1><p>Sendung vom 3. März 2026</p></div>
<div class="ce-bodytext"><p>Eine Pensionistin bekommt eine E-Mail: Ihr Norton-Abonnement sei um 399,99 Euro verlängert worden.
Eine kostenlose Storno-Hotline wird erst im Browser eingeblendet. Angezeigt wird 0800 291 845.</p>
<p>Die Frau ruft an. Ein Herr verspricht die Rückerstattung, wenn sie ein Fernwartungsprogramm installiert.</p>
<h2>Zweiter Fall</h2><p>Die angezeigte Nummer war die Gratisnummer 0800 / 583 11 72. Niemandem am Telefon Fernzugriff geben.</p></div>
</main><footer class="site-footer">© 2026 Konsument TV · <a href="/impressum/">Impressum</a></footer></body></html>"""

BANK = """<!DOCTYPE html><html lang="fi"><head><title>Varoitus: vale-Apple-tuki pyytää verkkopankkitunnuksia | Rannikon Pankki</title></head>
<body><div class="cmp-header"><a href="/fi">Rannikon Pankki</a></div>
<div class="cmp-title"><h1>Varoitus: vale-Apple-tuki pyytää verkkopankkitunnuksia</h1></div>
<div class="cmp-text"><p>Asiakkaamme ovat soittaneet numeroon, joka löytyy hakukoneesta. Sivulla numero näkyy kuvassa ja
soita-painikkeessa: <b>09 4271 8830</b>. Puhelimessa vastaaja lupaa avata lukitun Apple ID:n.</p>
<p>Asiakaspalvelu: <a href="tel:+358106390311">010 639 0311</a> (ma–pe klo 8–18). Tunnusten sulku 24/7.</p></div></body></html>"""

EN = """<!DOCTYPE html><html lang="en"><head><title>Fake Microsoft support pop-ups: what our readers saw</title></head>
<body><header><a href="/">The Tech Column</a></header><div class="content"><h1>Fake Microsoft support pop-ups</h1>
<p>One reader in Leeds saw a full-screen warning with the number 0800 048 5516 and a robotic voice.</p></div>
<footer>Tips? Call our newsdesk on <a href="tel:+441132439000">0113 243 9000</a></footer></body></html>"""

NL = """<!DOCTYPE html><html lang="nl"><head><title>Neppe Microsoft-helpdesk belt weer: dit nummer gebruiken ze</title></head>
<body><div class="kop"><h1>Neppe Microsoft-helpdesk belt weer</h1></div><div class="tekst">
<p>Lezers melden dat de oplichters zich melden vanaf 085 208 7741 en vragen om AnyDesk te installeren.</p></div></body></html>"""


@pytest.mark.parametrize(
    "html, url, quoted, offered",
    [
        (TV, "http://konsument-tv.at/sendung/", {"+43800291845", "+438005831172"}, set()),
        (BANK, "http://rannikonpankki.fi/varoitus", {"+358942718830"}, {"+358106390311"}),
        (EN, "http://techcolumn.co.uk/fake-popups", {"+448000485516"}, {"+441132439000"}),
        (NL, "http://nieuws.example.nl/neppe-helpdesk", {"+31852087741"}, set()),
    ],
)
def test_numbers_in_the_running_text_of_a_page_about_a_fake_are_quoted(html, url, quoted, offered):
    found = roles(html, url)
    assert {n for n, r in found.items() if r == "quoted"} == quoted
    assert {n for n, r in found.items() if r == "offered"} == offered


def test_a_scam_page_naming_fake_alerts_still_offers_its_number():
    """A helpdesk selling the removal of "fake virus alerts" names no brand as fake in
    its title; its number stays its own."""
    body = """<html lang="en"><head><title>Fake virus alerts? Call our experts now</title></head>
    <body><h1>Fake virus alerts?</h1><p>Our technicians remove them remotely. Call 1-888-555-0143.</p></body></html>"""
    assert roles(body, "http://pc-experts.example.com/") == {"+18885550143": "offered"}


def test_a_call_word_in_a_compound_is_no_call_cue():
    body = """<html lang="fi"><body><article><time datetime="2026-03-01">1.3.2026</time>
    <p>Numero näkyy soita-painikkeessa: 09 4271 8830.</p></article>
    <div class="yhteys"><p>Soita 09 4271 5500</p></div></body></html>"""
    found = roles(body, "http://x.example.fi/")
    assert found == {"+358942718830": "quoted", "+358942715500": "offered"}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    world = [
        site("konsument-tv.at", "legit", "news", TV, 5500, False),
        site("rannikonpankki.fi", "legit", "warning", BANK, 7300, False),
    ]
    return score_world(world, tmp_path_factory.mktemp("fakes"))


@pytest.mark.parametrize("domain", ["konsument-tv.at", "rannikonpankki.fi"])
def test_a_page_about_a_fake_helpdesk_is_no_helpdesk(pages, domain):
    reasons = {r["indicator"] for r in json.loads(pages[domain]["reasons"])}
    assert not reasons & {"brand_helpdesk_impersonation", "refund_lure", "brand_number_not_official"}
    assert pages[domain]["flagged"] == 0
