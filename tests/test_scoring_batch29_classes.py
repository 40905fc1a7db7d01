"""Classes found in the held-out web's twenty-ninth batch (moved to development, issue 14).

- A victim's blog post (WriteFreely, an <article>): "at the bottom it said to call a
  printer setup expert at 1-855-...", "It said to call the billing department at +44 ...".
  "Said to" reports somebody's instruction as "told to" does; both numbers read as
  the blog's own.
- A bank's bulletin "Let op: nep-‘veiligheidsteam’ belt vanaf een 088-nummer": a fake
  security desk in quotation marks after "nep-" is a fake as a fake helpdesk is, but
  the desk words (veiligheidsteam, fraudeteam, security team...) were no fake object,
  and a quotation mark between the two hid even those that were.
- An Irish repair shop's notice "A website is using our company details ... The number
  on that site, 021 ..., is not ours" warned in words no warning list held, so the
  copycat on a re-registered aged name, with the shop's footer copied, was only
  "discussed". Its footer's "VAT IE 9712384K" also read as a phone number.
- A fake Epson helpdesk's number stood only in its FAQPage JSON-LD answer ("Appelez
  l'assistance imprimante au 09 ..."), copied by a script into its call button; and the
  FAQ's Question/Answer types made the site's own FAQ a forum.
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from tests.page_world import indicators, roles, score_world, site

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _extract(html: str, url: str):
    return extract_page(html.encode(), url=url, headers=HTML)


BLOG = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The week my laptop froze – Notes from Bramley</title></head>
<body><header><a href="/">Notes from Bramley</a></header><article class="post h-entry"><h2>The week my laptop froze</h2>
<p>March 3, 2026</p><p>A grey box filled the screen and it said to call Windows support on 0808 164 2291, so I did.
The man was charming. Two days later a refund email arrived; it said to contact the refunds team at +44 161 850 3377
before midnight. My grandson says both were the same gang.</p></article></body></html>"""


def test_said_to_call_reports_somebodys_instruction():
    assert roles(BLOG, "http://notes.bramleywriter.co.uk/the-week-my-laptop-froze") == {
        "+448081642291": "quoted",
        "+441618503377": "quoted",
    }


BULLETIN = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Nep-beveiligingsdienst belt klanten | Westerbank</title></head>
<body><header><a href="/">Westerbank</a> <a href="/klantenservice">Klantenservice</a></header><main>
<h1>Let op: nep-‘beveiligingsdienst’ belt vanaf een 085-nummer</h1>
<p>Klanten worden gebeld door iemand van een zogenaamde beveiligingsdienst. Op het scherm ziet u dan 085 401 22 96.
Dat nummer is niet van Westerbank.</p><p>De beller vraagt u uw geld over te maken naar een veilige rekening. Hang op en
bel ons zelf via het nummer op uw pas.</p></main></body></html>"""


@pytest.mark.parametrize(
    "heading",
    [
        "Let op: nep-‘beveiligingsdienst’ belt vanaf een 085-nummer",
        "Beware the fake 'fraud team' calling from 085 numbers",
        "Vorsicht vor dem falschen „Sicherheitsteam“",
        "Attention au faux « service de sécurité » de votre banque",
    ],
)
def test_a_fake_security_desk_in_a_heading_names_a_fake(heading):
    html = f"<html><head><title>Bulletin</title></head><body><h1>{heading}</h1><p>Tekst.</p></body></html>"
    assert "names_a_fake" in _extract(html, "http://bank.example/bulletin").page_signals


def test_a_banks_bulletin_quotes_the_fake_desks_number():
    found = _extract(BULLETIN, "http://westerbank.nl/veilig-bankieren/nep-beveiligingsdienst")
    assert "names_a_fake" in found.page_signals
    assert {p.e164: p.role for p in found.phones} == {"+31854012296": "quoted"}


NOTICE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Someone has copied our website – Ballincollig PC Care</title></head>
<body><header><a href="/">Ballincollig PC Care</a> <a href="tel:+353214870022">021 487 0022</a></header>
<article><h1>Someone has copied our website</h1><p>12 March 2026</p>
<p>A site called "PC Care Cork" shows our company name, our CRO number and our address. It is not us and we are not
connected with it. The phone number on that site, 021 487 5519, is not ours. If you called it and gave someone
access to your computer, call your bank and bring the computer in.</p></article>
<footer>Ballincollig PC Care Ltd · Main Street, Ballincollig · CRO 598812 · VAT IE 3298812T</footer></body></html>"""

COPYCAT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>PC Care Cork – remote computer help</title></head>
<body><header>PC Care Cork · call 021 487 5519</header><h1>Computer slow, pop-ups, e-mail not working?</h1>
<p>Our experts connect to your computer and fix it while you watch. Call us now on 021 487 5519.</p>
<footer>Ballincollig PC Care Ltd · Main Street, Ballincollig · CRO 598812 · VAT IE 3298812T</footer></body></html>"""


@pytest.fixture(scope="module")
def copycat_world(tmp_path_factory):
    sites = [
        site("ballincolligpccare.ie", "legit", "repair_shop", NOTICE, 12 * 365, False),
        site("pccarecork.ie", "scam", "fake_helpdesk", COPYCAT, 10 * 365, True),
    ]
    return score_world(sites, tmp_path_factory.mktemp("copycat"))


def test_a_shops_notice_about_its_copycat_is_a_warning(copycat_world):
    row = copycat_world["pccarecork.ie"]
    assert "number_in_warnings" in indicators(row)
    assert row["flagged"] == 1
    assert copycat_world["ballincolligpccare.ie"]["flagged"] == 0


@pytest.mark.parametrize("vat", ["VAT IE 9712384K", "VAT IE 3298812T", "VAT No. IE 6388047V"])
def test_an_irish_vat_number_with_its_country_code_is_no_phone(vat):
    html = f"<html lang='en'><body><footer>Tech Ltd · CRO 512384 · {vat} · Registered in Ireland</footer></body></html>"
    assert _extract(html, "http://tech.example.ie/").phones == []


FAQ = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Dépannage imprimante HP | Aide Imprimantes</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
{"@type":"Question","name":"Comment joindre un technicien ?","acceptedAnswer":{"@type":"Answer","text":"Appelez notre service au 01 84 60 27 13, 7 jours sur 7."}},
{"@type":"Question","name":"Le diagnostic est-il payant ?","acceptedAnswer":{"@type":"Answer","text":"Non, il est offert."}}]}</script>
</head><body><h1>Dépannage imprimante HP à distance</h1><p>Un technicien prend la main sur votre ordinateur.</p>
<a id="call" class="btn" href="#">Appeler un technicien</a></body></html>"""


def test_a_number_in_the_sites_own_faq_markup_is_offered():
    found = _extract(FAQ, "http://aide-imprimantes.fr/")
    assert {p.e164: p.role for p in found.phones} == {"+33184602713": "offered"}
    assert "forum_markup" not in found.page_signals
