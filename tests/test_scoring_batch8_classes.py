"""Classes found in the held-out web's eighth batch (moved to development, issue 14):

- the renewal-invoice lure without a brand: a page that tells the visitor a subscription
  or order of theirs was renewed or charged (an amount, often an invoice number) and
  gives a number to call to cancel it or to be refunded. It needs no brand, few helpdesk
  words and no alarm; the call ends in the same remote-access session. A warning that
  quotes such an invoice, and an honest shop's renewal FAQ ("if you were charged..."),
  are not the lure;
- bank-helpdesk fraud: "your account is temporarily blocked, call our security desk and
  install the support module". Banks beyond the three big Dutch ones (Belgian, German,
  Swiss, French, Finnish) are brands fake helpdesks wear, and "your account has been
  blocked" is alarm wording in every language, as "your computer is blocked" is;
- numbers phonenumbers types as UAN, personal or pager numbers (Belgian 078, Finnish
  010) were called "unknown" and so "unfit for a helpdesk"; a UAN is a service number.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from tests.page_world import score_world, site

# Renewal-invoice lures, four languages, four shells, no brand anyone knows.
FR_LURE = """<!doctype html><html lang="fr"><head><title>Récapitulatif de commande</title></head><body>
<table class="mail"><tr><td><h2>Merci pour votre confiance</h2>
<p>Commande n° CMD-55120-FR du 01/12/2026</p>
<p>Votre licence ProtectPlus Premium a été prolongée de 24 mois. Montant prélevé : 289,00 EUR.</p>
<p>Vous ne reconnaissez pas cet achat ? Notre service remboursement vous rappelle : composez le 09 70 73 12 48 sous 48 heures.</p>
</td></tr></table></body></html>"""
DE_LURE = """<!doctype html><html lang="de"><head><title>Ihre Rechnung</title></head><body>
<div class="receipt"><h1>Zahlungsbestätigung</h1><p>Rechnungsnummer: RE-2026-771204</p>
<p>Ihr Jahresabonnement „CleanPC Suite“ wurde soeben verlängert. Abgebuchter Betrag: 349,99 €</p>
<p>Nicht von Ihnen bestellt? Rufen Sie innerhalb von 24 Stunden an, um die Abbuchung zu stornieren: 069 945 18 370</p></div>
</body></html>"""
EN_LURE = """<!doctype html><html lang="en"><head><title>Order Receipt</title></head><body>
<main><section class="card"><h3>Thanks for your purchase!</h3><dl><dt>Order ID</dt><dd>GX-44820193</dd>
<dt>Item</dt><dd>Total Shield Pro, 3 years</dd><dt>Amount</dt><dd>USD 499.99</dd></dl>
<p>Your plan was renewed and your card has been charged $499.99 today.</p>
<p>If you wish to dispute this transaction, contact our billing team at +1 (888) 201-4471.</p></section></main>
</body></html>"""
NL_LURE = """<!doctype html><html lang="nl"><head><title>Bevestiging verlenging</title></head><body>
<div id="app"><h1>Bevestiging</h1><p>Klantnummer 448120 · Factuur 2026-88311</p>
<p>Uw abonnement PC Veilig Totaal is met 12 maanden verlengd. Er is € 299,95 van uw rekening afgeschreven.</p>
<p>Niet akkoord? Bel binnen 24 uur voor annulering en terugstorting: 085 400 21 93.</p></div>
</body></html>"""

# ...and what speaks of renewals and refunds but is no lure.
NL_WARNING = """<!doctype html><html lang="nl"><head><title>Nepfacturen van 'antivirus' in omloop | Consumentenblog</title></head><body>
<article><h1>Let op nepfacturen: 'uw abonnement is verlengd'</h1><p>Door Ruud Jansen</p>
<p>Oplichters mailen een nepfactuur: "Uw abonnement PC Veilig Totaal is met 12 maanden verlengd. Er is € 299,95 van uw rekening afgeschreven.
Niet akkoord? Bel binnen 24 uur voor annulering: 085 400 21 93." Bel dat nummer niet: de 'medewerker' wil op afstand
toegang tot uw computer. Slachtoffers raakten zo duizenden euro's kwijt.</p></article></body></html>"""
EN_FAQ = """<!doctype html><html lang="en"><head><title>Billing FAQ | Brightline Software Ltd</title></head><body>
<header>Brightline Software Ltd · Registered in England no. 08812345</header>
<h1>Billing questions</h1><h2>Will my subscription renew automatically?</h2>
<p>Yes, annual plans renew at the end of the term. We email you 30 days before.</p>
<h2>I was charged for a renewal I did not want</h2>
<p>If your plan has been renewed and charged £39.99 within the last 30 days, you can ask for a refund in your account page or call our billing team on 0161 496 0123, Monday to Friday.</p>
<footer>Brightline Software Ltd, 12 Mill Street, Manchester M1 2AB · VAT GB 123 4567 89</footer></body></html>"""


# Bank-helpdesk fraud: a Belgian bank in French, an unknown German savings bank.
FR_BANK = """<!doctype html><html lang="fr"><head><title>Service sécurité – accès suspendu</title></head><body>
<div class="top">Belfius · Service Sécurité</div><main><h1>Votre compte a été temporairement bloqué</h1>
<p>Une connexion suspecte à Belfius Mobile a été détectée. Pour protéger votre épargne, l'accès à votre compte est suspendu.</p>
<p>Appelez sans attendre notre service sécurité au 078 48 21 09 et téléchargez le module de protection (AnyDesk) pour qu'un conseiller vérifie votre appareil.</p>
</main><footer>© 2026 Belfius Banque SA · Vie privée · Cookies</footer></body></html>"""
DE_BANK = """<!doctype html><html lang="de"><head><title>Sicherheitsabteilung</title></head><body>
<div class="page"><h2>Ihr Konto wurde vorübergehend gesperrt</h2><p>Wir haben eine verdächtige Anmeldung von einem unbekannten Gerät festgestellt.</p>
<p>Rufen Sie umgehend unsere Sicherheitsabteilung an: <a href="tel:+4930568370412">030 568 370 412</a></p>
<p>Halten Sie Ihre TAN-Liste bereit.</p></div></body></html>"""
# ...and a consumer page quoting the same alarm to warn.
DE_WARNING = """<!doctype html><html lang="de"><head><title>Warnung vor falschen Bankmitarbeitern | Verbraucherblog</title></head><body>
<article><h1>Falsche Bankmitarbeiter am Telefon</h1><p>Von Petra Hahn</p><p>Betrüger schicken Nachrichten wie
"Ihr Konto wurde vorübergehend gesperrt, verdächtige Anmeldung festgestellt" und bitten, 030 568 370 412 anzurufen.
Die Opfer sollen dann Fernwartung erlauben. Ihre Bank ruft nie so an.</p></article></body></html>"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("protectplus-commande.fr", "scam", "fake_helpdesk", FR_LURE, 12, True),
        site("cleanpc-rechnung.de", "scam", "fake_helpdesk", DE_LURE, 30, False),
        site("totalshield-billing.com", "scam", "fake_helpdesk", EN_LURE, 8, True),
        site("pcveilig-verlenging.nl", "scam", "fake_helpdesk", NL_LURE, 20, False),
        site("consumentenblog-example.nl", "legit", "blog", NL_WARNING, 4000, False),
        site("brightline-example.co.uk", "legit", "business", EN_FAQ, 5000, False),
        site("belfius-securite-acces.be", "scam", "fake_helpdesk", FR_BANK, 3, False),
        site("sparkasse-sicherheit-abteilung.de", "scam", "fake_helpdesk", DE_BANK, 5, True),
        site("verbraucherblog-example.de", "legit", "blog", DE_WARNING, 3500, False),
    ]
    return score_world(sites, tmp_path_factory.mktemp("batch8"))


def _reasons(row: dict) -> list[str]:
    return [r["indicator"] for r in json.loads(row["reasons"])]


@pytest.mark.parametrize(
    "domain",
    [
        "protectplus-commande.fr",
        "cleanpc-rechnung.de",
        "totalshield-billing.com",
        "pcveilig-verlenging.nl",
    ],
)
def test_unbranded_renewal_invoices_with_a_number_to_cancel_are_flagged(outcomes, domain):
    row = outcomes[domain]
    assert row["flagged"] and "refund_lure" in _reasons(row), row["reasons"]


@pytest.mark.parametrize("domain", ["consumentenblog-example.nl", "brightline-example.co.uk"])
def test_a_quoted_invoice_and_a_billing_faq_are_no_lure(outcomes, domain):
    row = outcomes[domain]
    assert not row["flagged"] and "refund_lure" not in _reasons(row), row["reasons"]


def test_the_lure_names_its_amount_in_the_evidence(outcomes):
    assert "349,99" in outcomes["cleanpc-rechnung.de"]["reasons"]


@pytest.mark.parametrize(
    "domain", ["belfius-securite-acces.be", "sparkasse-sicherheit-abteilung.de"]
)
def test_bank_helpdesks_that_block_an_account_are_flagged(outcomes, domain):
    row = outcomes[domain]
    assert row["flagged"], row["reasons"]


def test_a_belgian_bank_is_a_brand_fake_helpdesks_wear(outcomes):
    reasons = _reasons(outcomes["belfius-securite-acces.be"])
    assert "brand_helpdesk_impersonation" in reasons, reasons


def test_a_blocked_account_is_alarm_wording(outcomes):
    assert "scare_alarm_page" in _reasons(outcomes["sparkasse-sicherheit-abteilung.de"])


def test_a_warning_quoting_the_bank_alarm_is_not_flagged(outcomes):
    row = outcomes["verbraucherblog-example.de"]
    assert not row["flagged"] and "scare_alarm_page" not in _reasons(row), row["reasons"]


@pytest.mark.parametrize(
    ("html", "url", "kind"),
    [
        ("<p>Bel de helpdesk op 078 15 39 42.</p>", "https://voorbeeld.be/", "uan"),
        ("<p>Soita 010 123 4567.</p>", "https://esimerkki.fi/", "uan"),
        ("<p>Call 070 1234 5678 today.</p>", "https://example.co.uk/", "personal_number"),
    ],
)
def test_universal_access_and_personal_numbers_have_their_kind(html, url, kind):
    found = extract_page(f"<html><body>{html}</body></html>".encode(), url=url, headers={})
    assert [p.kind for p in found.phones] == [kind]
