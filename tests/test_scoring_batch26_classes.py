"""Classes found in the held-out web's twenty-sixth batch (moved to development, issue 14).

- A Flemish regional news site told a victim's story in the past tense with no article
  markup ("Daar stond een nummer van een zogenaamde HP-bijstand: +32 2 ..."): the number
  read as the site's own, it shared a suspicious site's number and impersonated
  Microsoft. "Zogenaamde" (so-called) quotes what follows, in every language; and the
  story's words (who warned, where the complaint was filed: "klacht ingediend",
  "Safeonweb") are warning words.
- An unbranded Irish helpdesk on a free host pasted "★★★★★ reviews" and "since 2009":
  two words anyone can paste took 1.5 points off as an "established business". Counter-
  evidence needs a mark of a legal identity (a register number, an address) among them.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from tests.page_world import roles, score_world, site

HTML = {"Content-Type": "text/html; charset=utf-8"}

STORY = """<!DOCTYPE html><html lang="nl"><head><title>Gepensioneerde leraar verloor 12.000 euro – Regionieuws</title></head>
<body><header class="header"><a href="/" class="logo">Regionieuws</a></header><main><div class="area-main">
<h1 class="page-title">Gepensioneerde leraar verloor 12.000 euro aan ‘erkende’ Windows-helpdesk</h1>
<div class="ccm-block-content"><p><em>Geel – 6 maart 2026</em></p><p>Marc V. zocht hulp en vond een website die zichzelf de erkende
Windows-helpdesk noemde. De site waarschuwde zelfs voor valse helpdesks. Hij belde naar 03 808 61 12.</p>
<p>De politie bevestigde dat er klacht werd ingediend. Een inwoner van Geel kwam op een pagina terecht. Daar stond een
nummer van een zogenaamde HP-bijstand: +32 2 808 55 31.</p><p>Marc diende een klacht in bij Safeonweb.</p></div></div></main>
<footer class="footer">© Regionieuws · Redactie: Grote Markt 3, 2440 Geel</footer></body></html>"""


def test_a_victims_story_in_the_news_quotes_its_numbers():
    assert roles(STORY, "http://regionieuws-geel.be/verhaal") == {
        "+3238086112": "quoted", "+3228085531": "quoted"}  # fmt: skip


@pytest.mark.parametrize(
    "lang, text, e164, url",
    [
        ("nl", "Op de site stond een zogenaamde Microsoft-helpdesk: 085 208 6041.", "+31852086041", "http://x.example.nl/"),
        ("en", "The so-called Microsoft support line, 0800 046 1180, was a fraud.", "+448000461180", "http://x.example.co.uk/"),
        ("de", "Die sogenannte Microsoft-Hotline 0800 180 5542 war gefälscht.", "+498001805542", "http://x.example.de/"),
        ("fr", "Le soi-disant support Microsoft, 09 70 73 55 21, était une arnaque.", "+33970735521", "http://x.example.fr/"),
    ],
)
def test_a_so_called_service_quotes_its_number(lang, text, e164, url):
    body = f'<html lang="{lang}"><body><div class="c"><p>{text}</p></div></body></html>'
    assert roles(body, url).get(e164) == "quoted"


def test_the_storys_words_are_warning_words():
    terms = extract_page(STORY.encode(), url="http://regionieuws-geel.be/verhaal", headers=HTML).warning_terms
    assert {"valse helpdesks", "waarschuwde", "safeonweb"} <= set(terms)


COPIED = """<!DOCTYPE html><html lang="en"><head><title>Tech Rescue Ireland – remote computer repair</title></head>
<body><header><a href="tel:+35314857712">+353 1 485 7712</a></header><main><h1>Computer trouble? We fix it remotely</h1>
<p>Slow laptop, pop-ups, printer offline? Our technicians connect to your computer and fix it in minutes.</p></main>
<footer>Trusted since 2009 · ★★★★★ 2,311 reviews · Terms · Privacy</footer></body></html>"""


@pytest.fixture(scope="module")
def copied(tmp_path_factory):
    world = [site("techrescue-dublin.ie", "scam", "fake_helpdesk", COPIED, 20, True)]
    return score_world(world, tmp_path_factory.mktemp("copied"))


def test_pasted_trust_words_are_no_established_business(copied):
    reasons = {r["indicator"] for r in json.loads(copied["techrescue-dublin.ie"]["reasons"])}
    assert "established_business" not in reasons
