"""Classes found in the held-out web's twenty-eighth batch (moved to development, issue 14).

- A fake ABN AMRO "Fraude Servicedesk" (the safe-account pitch) was read as a warning
  page: its own name holds the warning word ("Fraude ..." in the title, "fraude" in the
  logo), and warning_context took 20 points off. A desk named after fraud is the desk
  the page runs: "Fraudeafdeling", "Fraud Prevention Team", "Betrugsabteilung",
  "service anti-fraude" name a helpdesk, they warn nobody. Its number, too, was
  invisible: three data-* attributes holding its pieces ("020", "238", "4915"), joined by
  the page's script.
- A fake Norton renewal in Romandy wrote its number with letters for digits,
  "O27 458 l2 39": O read as 0 already, l and I as 1 did not.
"""

from __future__ import annotations

import json

import pytest

from tests.page_world import roles, score_world, site

FRAUD_DESK = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Fraude Afdeling | Bankhulp | 24/7 bereikbaar</title></head><body>
<header><span class="brand">Bankhulp Fraude Afdeling</span></header>
<main><h1>Onbekende afschrijving gezien?</h1>
<p>Heeft u een melding gekregen van een inlog op een nieuw toestel of een betaling die u niet herkent?
Bel onze fraudeafdeling direct. Een medewerker zet uw saldo veilig op een tijdelijke kluisrekening.</p>
<p><a class="btn" href="tel:0203014487">Bel 020 301 44 87</a></p></main>
<footer>© 2026 Fraude Afdeling · Bankhulp</footer></body></html>"""

FRAUD_TEAM_EN = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Fraud Team | Barclays</title></head><body>
<div class="top">Barclays Fraud Team</div>
<h1>Seen a payment you don't recognise?</h1>
<p>Our fraud team will secure your money while you stay on the line. Move your balance to a protected
safe account until the investigation is closed.</p>
<p class="call">Call us now: <a href="tel:+442039482716">020 3948 2716</a></p></body></html>"""

# Each desk's page without a number: "Contact" under the desk's own name.
DESK_CONTACT = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1><p>{text}</p></body></html>"""

NEWS = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Oplichters bellen als 'fraudeafdeling' van de bank – Dagblad Utrecht</title></head><body>
<article><h1>Oplichters bellen als 'fraudeafdeling' van de bank</h1>
<p class="byline">Door de redactie</p>
<p>De politie waarschuwt voor nepbellers die zich voordoen als de fraudeafdeling van Rabobank. Slachtoffers
werden gebeld vanaf 020 301 44 87 en moesten hun geld overboeken naar een zogenaamde kluisrekening.
Een bank vraagt nooit om geld over te maken. Twijfelt u? Hang op en bel zelf uw bank.</p></article>
</body></html>"""


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    sites = [
        with_page(site("bankhulp-fraudeafdeling.nl", "scam", "fake_helpdesk", FRAUD_DESK, 6, True), "/contact",
                  DESK_CONTACT.format(lang="nl", title="Contact | Fraude Afdeling",
                                      text="Wij staan dag en nacht telefonisch voor u klaar.")),
        with_page(site("barclays-fraudteam.co.uk", "scam", "fake_helpdesk", FRAUD_TEAM_EN, 9, True), "/about",
                  DESK_CONTACT.format(lang="en", title="About the Fraud Team",
                                      text="A dedicated team answering customers by phone, day and night.")),
        site("dagblad-utrecht.nl", "legit", "news", NEWS, 4000, False),
    ]  # fmt: skip
    return score_world(sites, tmp_path_factory.mktemp("fraud-desk"))


def with_page(world, path: str, html: str):
    headers = (("Content-Type", "text/html; charset=utf-8"),)
    page = world.pages["/"].__class__(path, headers[0][1], 200, headers, lambda: html.encode())
    return world.__class__(**{**world.__dict__, "pages": {**world.pages, path: page}})


def _indicators(row) -> set[str]:
    return {r["indicator"] for r in json.loads(row["reasons"])}


@pytest.mark.parametrize("domain", ["bankhulp-fraudeafdeling.nl", "barclays-fraudteam.co.uk"])
def test_a_desk_named_after_fraud_is_a_helpdesk_not_a_warning(world, domain):
    row = world[domain]
    assert "warning_context" not in _indicators(row)
    assert row["flagged"] == 1


def test_news_about_a_fake_fraud_desk_still_warns(world):
    row = world["dagblad-utrecht.nl"]
    assert "warning_context" in _indicators(row) and row["flagged"] == 0


PIECES = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Storingsdienst</title></head><body>
<p>Storing? Onze monteur helpt direct: <span id="nr" data-p1="0800" data-p2="022" data-p3="9917">laden…</span></p>
<script>var s=document.getElementById('nr');s.textContent=s.dataset.p1+' '+s.dataset.p2+' '+s.dataset.p3;</script>
</body></html>"""

SHOP_ATTRIBUTES = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Winkelwagen</title></head><body>
<button class="add" data-qty="2" data-price="1999" data-sku="44817">In winkelwagen</button>
<script>var b=document.querySelector('.add');cart.add(b.dataset.sku,b.dataset.qty,b.dataset.price);</script>
</body></html>"""


def test_a_number_a_script_joins_from_data_attribute_pieces_is_the_pages():
    assert roles(PIECES, "http://storingsdienst-direct.nl/") == {"+318000229917": "offered"}


def test_a_shops_data_attributes_are_no_number():
    assert roles(SHOP_ATTRIBUTES, "http://winkel.example.nl/cart") == {}


LETTERS = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<p>{text} <strong>{number}</strong></p></body></html>"""


@pytest.mark.parametrize(
    ("lang", "text", "number", "e164"),
    [
        ("fr", "Pour annuler, appelez le service facturation au", "O22 5l8 94 l7", "+41225189417"),
        ("nl", "Bel de helpdesk:", "O85 2O3 l4 62", "+31852031462"),
        ("en", "To cancel call billing:", "l-844-59O-7261", "+18445907261"),
        ("de", "Rufen Sie kostenlos an:", "O8OO l82O 44l7", "+4980018204417"),
    ],
)
def test_letters_written_for_digits(lang, text, number, e164):
    html = LETTERS.format(lang=lang, title="Service", text=text, number=number)
    region = {"fr": "ch", "nl": "nl", "en": "com", "de": "de"}[lang]
    assert e164 in roles(html, f"http://billing-service.{region}/")


def test_words_beside_a_number_are_not_read_as_digits():
    html = LETTERS.format(lang="en", title="Contact", text="Call me, I", number="020 3948 2716")
    assert roles(html, "http://example.co.uk/") == {"+442039482716": "offered"}
