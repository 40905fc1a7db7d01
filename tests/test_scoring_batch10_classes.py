"""Classes found in the held-out web's tenth batch (moved to development, issue 14):

- a small "about" or contact page (header, heading, one paragraph) has the same skeleton
  on every site; its fingerprint tied an honest Zurich IT partner and an old French IT
  firm to flagged scams whose filler pages looked the same. Such a page is no template;

- (open) an established business on the same theme as a fresh scam, sharing only the
  common words of the trade ("assistance", "à distance", "7j/7"), is read as the scam's
  clone. Exempting long-registered sites was tried and let an aged bought scam name
  through, so it is not the fix; the clone test needs shared text, not shared terms;
- a Japanese number-lookup page ("迷惑電話", "誰から") is a report about the number it
  shows, not that number's owner.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from tests.page_world import roles, score_world, site

SHELL = """<!doctype html><html lang="fr"><head><title>{title}</title></head><body>
<div class="site"><header class="bar"><span class="logo">{name}</span><nav><a href="/">Accueil</a><a href="/tarifs">Tarifs</a><a href="/contact">Contact</a></nav></header>
<section class="hero"><h1>{h1}</h1><p>{pitch}</p><p class="cta"><a href="tel:{tel}">{shown}</a></p></section>
<section class="cols"><div class="col"><h3>Dépannage</h3><p>{col}</p></div><div class="col"><h3>Horaires</h3><p>7j/7</p></div></div>
<footer>{footer}</footer></div></body></html>"""
SCAM = SHELL.format(
    title="Assistance PC Express",
    name="Assistance PC Express",
    h1="Assistance informatique à distance 7j/7",
    pitch="Ordinateur lent, virus, pop-ups ? Nos techniciens prennent la main à distance en 5 minutes. Appelez maintenant.",
    tel="+33974551208",
    shown="09 74 55 12 08",
    col="Assistance technique, suppression de virus, techniciens certifiés.",
    footer="© 2026 Assistance PC Express",
)
CLONE = (
    SCAM.replace("Assistance PC Express", "Dépannage Ordi Direct")
    .replace("+33974551208", "+33974551377")
    .replace("09 74 55 12 08", "09 74 55 13 77")
)
HONEST = SHELL.format(
    title="Informatique Bréval – dépannage et assistance",
    name="Informatique Bréval",
    h1="Dépannage informatique à Chartres",
    pitch="Assistance aux particuliers et aux entreprises, en atelier ou à distance. Techniciens diplômés, devis gratuit.",
    tel="+33237214580",
    shown="02 37 21 45 80",
    col="Assistance technique, réseaux, sauvegardes, techniciens sur site.",
    footer="Informatique Bréval SARL · 12 rue du Bourg, 28000 Chartres · SIRET 412 345 678 00021",
)

JA_LOOKUP = """<!doctype html><html lang="ja"><head><title>050-6621-4478 はどこから？ | 電話番号検索ナビ</title></head><body>
<h1>050-6621-4478</h1><p>この番号からの着信についての口コミ: 12件</p><ul><li>迷惑電話です。パソコンのサポートを名乗っていました。</li>
<li>誰からか分からない着信。出ないほうがいいです。</li></ul><p>評判: 危険</p></body></html>"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("assistance-pc-express.fr", "scam", "fake_helpdesk", SCAM, 10, True),
        site("depannage-ordi-direct.fr", "scam", "fake_helpdesk", CLONE, 4, True),
        site("informatique-breval.fr", "legit", "repair_shop", HONEST, 5500, True),
    ]
    return score_world(sites, tmp_path_factory.mktemp("batch10"))


def _reasons(row: dict) -> list[str]:
    return [r["indicator"] for r in json.loads(row["reasons"])]


@pytest.mark.xfail(
    strict=True,
    reason="open class (an established firm on a fresh scam's full theme with the trade's words): exempting long-registered sites from "
    "wording-only clones let an aged bought name through on held-out; needs shared text, not shared terms",
)
def test_an_established_business_on_a_scams_theme_is_not_its_clone(outcomes):
    row = outcomes["informatique-breval.fr"]
    assert not row["flagged"] and "template_clone" not in _reasons(row), row["reasons"]


def test_a_fresh_name_on_the_scams_theme_with_its_wording_still_is(outcomes):
    assert "template_clone" in _reasons(outcomes["depannage-ordi-direct.fr"])


def test_a_japanese_number_lookup_page_quotes_its_number():
    assert roles(JA_LOOKUP, "https://denwa-kensaku.example/tel/05066214478") == {
        "+815066214478": "quoted"
    }


SMALL_ABOUT = """<!doctype html><html lang="de"><head><title>{name}</title></head><body><header><a href="/">{name}</a></header>
<main><h1>{name}</h1><p>{text}</p></main></body></html>"""


def test_a_small_about_page_has_no_template_fingerprint():
    one = SMALL_ABOUT.format(name="LimmatNet IT", text="Wir sind ein kleines Team.")
    found = extract_page(one.encode(), url="https://limmat.example/kontakt", headers={})
    assert found.fingerprint is None


def test_a_real_page_still_has_one():
    found = extract_page(SCAM.encode(), url="https://assistance.example/", headers={})
    assert found.fingerprint is not None


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory):
    scam = SMALL_ABOUT.format(
        name="PC Notdienst",
        text="Computerprobleme? Fernwartung und Support: 0800 551 990, jetzt anrufen.",
    )
    scam = scam.replace(
        "</main>", '<p><a href="https://anydesk.com/de/downloads">AnyDesk laden</a></p></main>'
    )
    honest = SMALL_ABOUT.format(
        name="Kern Informatik",
        text="Computerprobleme im Büro? Fernwartung und Support für KMU: 044 552 80 10.",
    )
    sites = [
        site("pc-notdienst-sofort.ch", "scam", "fake_helpdesk", scam, 6, True),
        site("kern-informatik.ch", "legit", "it_partner", honest, 200, False),
    ]
    return score_world(sites, tmp_path_factory.mktemp("small"))


def test_two_sites_sharing_only_a_small_page_skeleton_are_no_clones(small_pages):
    assert "template_clone" not in _reasons(small_pages["kern-informatik.ch"])
