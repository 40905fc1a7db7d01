"""Classes found in the held-out web's twenty-fourth batch (moved to development, issue 14).

- Two Indian IT partners (one from batch 1, flagged once batch 24 joined the web) list
  the vendors' helplines: Apple India's own toll-free number was missing from the
  catalogue, so each page "misattributed" it and the two "shared" a suspicious number.
- A fake Rabobank security desk wrote its number with `atob('MDg4...')` and, for
  visitors without JavaScript, in a <noscript> block: neither was read. Its pitch (a
  "veiligheidsdesk", a "kluisrekening" for your savings, a "beveiligingsapp") was not
  helpdesk wording in any language.
- An Apple helpdesk in Québec kept its number only in `data-numero`, which its script
  turns into the tel: link and the label.
- A Finnish "tietokonelääkäri" sold repairs "puhelimessa" in plain words, none of them
  helpdesk vocabulary (a computer doctor, "korjaamme tietokoneesi"); so do English,
  Dutch, German and French ones ("PC doctor", "computerdokter", "PC-Doktor").
- A UK consumer TV page ("Printer Rescue and the Fake Refund", no article markup)
  told how a viewer "rang the first number he found": its numbers were read as its own.
  A title calling a refund, invoice or helpline fake is about the fake, as one calling a
  brand's helpdesk fake is; and "rang", "dialled", "phoned" report a call.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from scoring.rules import load_rules
from tests.page_world import roles, score_world, site

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _extract(body: str, url: str):
    return extract_page(body.encode(), url=url, headers=HTML)


def test_apple_indias_own_support_numbers_are_genuine():
    rules = load_rules()
    for number in ("+9118004250744", "+910008000401966"):
        brand = rules.genuine_number(number)
        assert brand is not None and brand.id == "apple", number


PARTNER = """<!DOCTYPE html><html lang="en"><head><title>Vendor helplines – Koramangala IT Services</title></head>
<body><header><a href="/">Koramangala IT Services</a> · <a href="tel:+918041239900">+91 80 4123 9900</a></header>
<main><h1>Vendor support helplines</h1><p>For warranty claims call the vendor directly; for anything else call us.</p>
<table><tr><th>Vendor</th><th>Helpline</th></tr><tr><td>Apple</td><td>1800 425 0744</td></tr>
<tr><td>Microsoft</td><td>1800 102 1100</td></tr><tr><td>Our service desk</td><td>+91 80 4123 9900</td></tr></table>
<p>We offer remote support with TeamViewer for our contract customers.</p></main>
<footer>Koramangala IT Services Pvt Ltd · CIN U72200KA2011PTC061234 · 80 Feet Road, Koramangala, Bengaluru 560034</footer></body></html>"""


@pytest.fixture(scope="module")
def partners(tmp_path_factory):
    world = [
        site("koramangala-it.in", "legit", "it_partner", PARTNER, 3300, False),
        site("mumbai-it-care.in", "legit", "it_partner", PARTNER.replace("Koramangala", "Andheri")
             .replace("+91 80 4123 9900", "+91 22 4056 1200").replace("+918041239900", "+912240561200"),
             2200, False),
    ]  # fmt: skip
    return score_world(world, tmp_path_factory.mktemp("partners"))


@pytest.mark.parametrize("domain", ["koramangala-it.in", "mumbai-it-care.in"])
def test_it_partners_listing_vendors_genuine_helplines_are_not_flagged(partners, domain):
    reasons = {r["indicator"] for r in json.loads(partners[domain]["reasons"])}
    assert not reasons & {"brand_numbers_misattributed", "number_shared_with_suspicious",
                          "brand_helpdesk_impersonation"}  # fmt: skip
    assert partners[domain]["flagged"] == 0


def test_a_number_decoded_by_atob_is_read():
    body = """<html lang="nl"><body><a class="btn" href="#">Bel de desk: <span class="n">…</span></a>
    <script>var n=atob('MDg4IDIwNSAxOTM2');document.querySelector('.n').textContent=n;</script></body></html>"""
    phones = _extract(body, "http://desk.example.nl/").phones
    assert [(p.e164, p.role) for p in phones if p.valid] == [("+31882051936", "offered")]


def test_a_noscript_fallback_number_is_read():
    body = """<html lang="nl"><body><a class="btn" href="#">Bel ons</a>
    <noscript><p>Bel de Veiligheidsdesk: 088-2051936</p></noscript></body></html>"""
    phones = _extract(body, "http://desk.example.nl/").phones
    assert [(p.e164, p.role) for p in phones if p.valid] == [("+31882051936", "offered")]


@pytest.mark.parametrize(
    "attr, script, url, e164",
    [
        ('data-numero="18445927316"', "b.getAttribute('data-numero')", "http://soutien.example.ca/", "+18445927316"),
        ('data-phone="0852081933"', "", "http://hulp.example.nl/", "+31852081933"),
        ('data-tel="+49 800 1805542"', "", "http://hilfe.example.de/", "+498001805542"),
        ('data-x="0852081933"', "el.dataset.x", "http://hulp.example.nl/", "+31852081933"),
    ],
)
def test_a_number_in_a_data_attribute_the_page_uses_is_read(attr, script, url, e164):
    body = f"""<html><body><a class="btn" {attr} href="#">Appelez</a><script>var n={script or "0"};</script></body></html>"""
    phones = _extract(body, url).phones
    assert [(p.e164, p.role) for p in phones if p.valid] == [(e164, "offered")]


def test_ids_in_data_attributes_are_no_numbers():
    body = """<html><body><div data-id="18445927316" data-section-id="02291a" data-order="0852081933">x</div></body></html>"""
    assert [p for p in _extract(body, "http://shop.example.nl/").phones if p.valid] == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "Bel de Veiligheidsdesk. Onze fraudespecialisten zetten uw saldo op een kluisrekening; "
               "u installeert de beveiligingsapp."),
        ("en", "Call the security desk: our fraud specialists move your savings to a safe account."),
        ("de", "Unsere Betrugsspezialisten überweisen Ihr Guthaben auf ein sicheres Konto."),
        ("fr", "Nos spécialistes de la fraude transfèrent votre épargne sur un compte sécurisé."),
        ("fi", "Petosasiantuntijamme siirtävät säästösi turvatilille."),
    ],
)
def test_the_bank_security_desk_pitch_is_helpdesk_wording(lang, text):
    body = f'<html lang="{lang}"><body><p>{text}</p></body></html>'
    assert len(set(_extract(body, "http://x.example.com/").helpdesk_terms)) >= 2


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fi", "Tietokonelääkäri tulee puhelimen kautta: korjaamme tietokoneesi puhelimessa, hidas kone kuntoon."),
        ("en", "Your PC doctor on the phone: we fix your computer over the phone, slow laptop sorted."),
        ("nl", "Uw computerdokter aan de telefoon: wij repareren uw computer op afstand, trage laptop opgelost."),
        ("de", "Ihr PC-Doktor am Telefon: wir reparieren Ihren Computer aus der Ferne."),
        ("fr", "Votre docteur PC au téléphone : nous réparons votre ordinateur à distance."),
    ],
)
def test_a_computer_doctor_by_phone_is_helpdesk_wording(lang, text):
    body = f'<html lang="{lang}"><body><p>{text}</p></body></html>'
    assert len(set(_extract(body, "http://x.example.com/").helpdesk_terms)) >= 3


TV = """<!DOCTYPE html><html lang="en"><head><title>Printer Rescue and the Fake Refund | Straight Talk TV</title></head>
<body><header class="site-header"><a href="/">Straight Talk</a></header><main><section class="episode-body">
<h2>When printer help isn't</h2><p>Graham couldn't get his printer online, so he searched for help and rang the first
number he found: 0800 046 1180. Forty minutes later a technician had remote control of his laptop.</p>
<h2>The invoice that wasn't</h2><p>Viewers sent us e-mails dressed up as renewal invoices with a billing department number, (888) 555-0162.</p>
</section></main><footer>© 2026 Straight Talk TV · <a href="/privacy/">Privacy</a></footer></body></html>"""


def test_numbers_on_a_page_titled_about_a_fake_refund_are_quoted():
    assert roles(TV, "http://straighttalk.co.uk/episode/") == {
        "+448000461180": "quoted", "+18885550162": "quoted"}  # fmt: skip


@pytest.mark.parametrize(
    "text", ["He rang 0800 046 1180 and", "She dialled 0800 046 1180, then", "they phoned 0800 046 1180"]
)
def test_a_reported_call_quotes_the_number(text):
    assert roles(f"<html lang='en'><body><p>{text}</p></body></html>", "http://x.example.co.uk/") == {
        "+448000461180": "quoted"}  # fmt: skip


def test_a_scam_selling_removal_of_fake_alerts_keeps_its_number():
    body = """<html lang="en"><head><title>Fake virus alerts removed – PC Rescue</title></head>
    <body><h1>Fake virus alerts?</h1><p>Our technicians remove them remotely: 1-888-555-0143.</p></body></html>"""
    assert roles(body, "http://pc-rescue.example.com/") == {"+18885550143": "offered"}
