"""Classes found in the held-out web's twenty-fifth batch (moved to development, issue 14).

- A French consumer association's alert ("Alerte : faux supports informatiques, deux
  numéros à ne pas appeler") and a US library's ColdFusion page (no h1; its main heading
  an h2: "Phone Scams and Fake Support Numbers") described the scams' pitch beside the
  numbers: read as offered, the pages sold "computer help by phone" and shared the
  scams' numbers. A title or main heading calling supports (plural too) fake is about
  them, and a page about fake support sells none.
- A young Finnish repair shop's blog post 'Varo ”Netflix-asiakaspalvelua” puhelimessa'
  (beware of the "Netflix customer service" on the phone) became a Netflix helpdesk: its
  footer's own tel: link "pushed" a number. A brand's service in quotation marks in a
  title or heading is a so-called one; "varo" warns as "pas op" and "beware of" do.
"""

from __future__ import annotations

import json

import pytest

from tests.page_world import roles, score_world, site

FR_ALERT = """<!DOCTYPE html><html lang="fr"><head><title>Alerte : faux supports informatiques, deux numéros à ne pas appeler – Conso Lorraine</title></head>
<body><header id="page-header"><a href="/">Conso Lorraine</a></header><main><div class="frame"><h1>Alerte : faux supports informatiques, deux numéros à ne pas appeler</h1>
<p>Publié le 2 mars 2026</p><p>Nos permanences ont reçu des personnes victimes de faux supports techniques.</p>
<h2>1. L'écran « Accès bloqué »</h2><p>Une page s'affiche en plein écran, émet une alarme et affiche un numéro : 09 70 73 55 21.
L'ordinateur n'est pas bloqué.</p><h2>2. Le faux support</h2><p>La page propose une assistance au +352 27 86 55 90 ;
on vous demande d'installer un logiciel de prise en main à distance.</p></div></main>
<footer><a href="/nous-contacter">Nous contacter</a> · Mentions légales</footer></body></html>"""

LIBRARY = """<!DOCTYPE html><html lang="en"><head><title>Tech Help: Phone Scams – Elm Grove Library</title></head>
<body><table><tr><td><a href="/"><img src="/logo.gif" alt="Elm Grove Library"></a></td></tr></table>
<table><tr><td><h2>Tech Help: Phone Scams and Fake Support Numbers</h2><p><i>Updated March 1, 2026 by the Reference Desk</i></p>
<p>Several patrons called a printer support number they found online; the person on the phone asked to connect to the
computer remotely and then asked for $299.</p><p>The number we have seen most recently is <b>1-877-555-0199</b>, which
appears on a website calling itself printer support.</p>
<p>Questions? Call the Reference Desk at <a href="tel:+16075550123">(607) 555-0123</a>.</p></td></tr></table></body></html>"""


@pytest.mark.parametrize(
    "html, url, quoted, offered",
    [
        (FR_ALERT, "http://conso-lorraine.fr/alerte", {"+33970735521", "+35227865590"}, set()),
        (LIBRARY, "http://elmgrovelibrary.org/scams.cfm", {"+18775550199"}, {"+16075550123"}),
    ],
)
def test_numbers_on_a_page_about_fake_supports_are_quoted(html, url, quoted, offered):
    found = roles(html, url)
    assert {n for n, r in found.items() if r == "quoted"} == quoted
    assert {n for n, r in found.items() if r == "offered"} == offered


SHOP_HOME = """<!DOCTYPE html><html lang="fi"><head><title>Digiapu Mäkinen</title></head><body>
<header class="site-header"><a href="/">Digiapu Mäkinen</a></header><main><article class="post"><h1>Tietokoneapua kotiin ja etänä</h1>
<p>Tulemme kotiin asentamaan tulostimen tai autamme etänä. Etätuki 15 min / 15 €.</p></article></main>
<footer class="site-footer"><ul><li>Digiapu Mäkinen Oy</li><li>Kauppakatu 12, 40100 Jyväskylä</li><li>Y-tunnus 1572860-0</li>
<li><a href="tel:+358405550177">040 5550177</a></li></ul></footer></body></html>"""

SHOP_POST = """<!DOCTYPE html><html lang="fi"><head><title>Varo Netflix-asiakaspalvelua puhelimessa | Digiapu Mäkinen</title></head><body>
<header class="site-header"><a href="/">Digiapu Mäkinen</a></header><main><article class="post"><h1>Varo ”Netflix-asiakaspalvelua” puhelimessa</h1>
<p><time datetime="2026-02-20">20.2.2026</time></p><p>Eräs asiakkaamme etsi apua, kun Netflix-tilauksen maksu ei mennyt läpi. Puhelimessa
pyydettiin asentamaan etäohjelma. Numero 09 4245 5501 ei kuulu Netflixille.</p>
<p>Jos kone on jo avattu vieraalle, tuo se meille: tarjoamme tietokoneapua kotiin ja etänä.</p></article></main>
<footer class="site-footer"><ul><li>Digiapu Mäkinen Oy</li><li>Kauppakatu 12, 40100 Jyväskylä</li><li>Y-tunnus 1572860-0</li>
<li><a href="tel:+358405550177">040 5550177</a></li></ul></footer></body></html>"""


def _two_pages(domain: str, home: str, post: str, age_days: int):
    world = site(domain, "legit", "repair_shop", home, age_days, False)
    headers = (("Content-Type", "text/html; charset=utf-8"),)
    page = world.pages["/"].__class__("/", headers[0][1], 200, headers, lambda: post.encode())
    return world.__class__(**{**world.__dict__, "pages": {"/": world.pages["/"], "/blogi/varo/": page}})


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    world = [
        _two_pages("digiapu-makinen.fi", SHOP_HOME, SHOP_POST, 50),
        site("conso-lorraine.fr", "legit", "warning", FR_ALERT, 4000, False),
        site("elmgrovelibrary.org", "legit", "warning", LIBRARY, 8000, False),
    ]
    return score_world(world, tmp_path_factory.mktemp("b25"))


def test_a_shops_post_warning_of_a_so_called_brand_service_is_no_helpdesk(pages):
    reasons = {r["indicator"] for r in json.loads(pages["digiapu-makinen.fi"]["reasons"])}
    assert "brand_helpdesk_impersonation" not in reasons
    assert pages["digiapu-makinen.fi"]["flagged"] == 0


@pytest.mark.parametrize("domain", ["conso-lorraine.fr", "elmgrovelibrary.org"])
def test_a_page_about_fake_support_sells_no_help(pages, domain):
    reasons = {r["indicator"] for r in json.loads(pages[domain]["reasons"])}
    assert "tech_support_offer" not in reasons
    assert pages[domain]["flagged"] == 0


@pytest.mark.parametrize(
    "title",
    ["Assistance d'Apple – l'aide en ligne", "Support technique d’Apple : l’équipe", "Microsoft Support | Call 0800"],
)
def test_elision_and_plain_titles_name_no_fake(title):
    from crawler.extract.page import extract_page

    body = f"<html lang='fr'><head><title>{title}</title></head><body><p>x</p></body></html>"
    signals = extract_page(body.encode(), url="http://x.example.fr/", headers={"Content-Type": "text/html"}).page_signals
    assert "names_a_fake" not in signals


BULLETIN = """<!DOCTYPE html><html lang="en"><head><title>Security notice | Harbour Building Society</title></head>
<body><div class="hdr"><a href="/">Harbour Building Society</a></div><div class="content">
<p>Criminals are posing as our fraud team. Victims were asked to install a screen-sharing app "to protect the account".
The callers used 0800 046 7731 and sometimes 020 3966 1190.</p>
<p>If you think you have been targeted, report fraud to the police and call us on <a href="tel:+443300000123">0330 000 0123</a>.</p>
</div></body></html>"""


def test_a_page_full_of_warning_words_quotes_the_numbers_it_names():
    """No article markup, no "fake" in its title: three distinct warning words ("posing
    as", "victims", "report fraud") make it a page about the fraud."""
    assert roles(BULLETIN, "http://harbourbs.co.uk/security") == {
        "+448000467731": "quoted", "+442039661190": "quoted", "+443300000123": "offered"}  # fmt: skip
