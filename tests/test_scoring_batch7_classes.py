"""Classes found in the held-out web's seventh batch (moved to development, issue 14):

- payment by gift card or prepaid voucher (PCS, Paysafecard, Google Play, "cadeaukaart",
  "Gutscheinkarte"): no honest helpdesk takes it, every refund-and-voucher scam asks for
  it; a page that warns against paying that way, or a shop that sells its own gift
  vouchers, is not asking for it;
- a number drawn as inline SVG text is on the page a visitor sees;
- a number-lookup page whose heading names the number ("Nummer 030 ...") with reports
  and ratings reports that number even when none of the lookup phrases is on it, so a
  scam on the same bare layout offering that number does not make it a clone.
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from tests.page_world import score_world, site

# Three unbranded helpdesks, each a different language and voucher, each a new name of a
# few weeks with no other sign than help for hire and the voucher.
NL_VOUCHER = """<!doctype html><html lang="nl"><head><title>PC Snelhulp – hulp bij computerproblemen</title></head><body>
<div class="wrap"><h1>PC Snelhulp</h1><p>Last van een virus of een vastgelopen laptop? Een monteur kijkt direct met u mee.</p>
<p class="tel">Bellen: 085 303 12 77</p><p>Kosten € 59 per keer. U betaalt eenvoudig met een Google Play-kaart of Paysafecard.</p></div>
</body></html>"""
DE_VOUCHER = """<!doctype html><html lang="de"><head><title>Computer-Soforthilfe Schmidt</title></head><body>
<section><h2>Computer-Soforthilfe</h2><p>Ihr PC ist langsam oder zeigt Warnungen? Unser Techniker ist in Minuten für Sie da.</p>
<p>Telefon 030 5557 8821</p><p>Bezahlung bequem mit Paysafecard oder Amazon-Gutschein, 65 EUR pauschal.</p></section>
</body></html>"""
FR_VOUCHER = """<!doctype html><html lang="fr"><head><title>Dépannage Ordi Express</title></head><body>
<div id="page"><h1>Dépannage Ordi Express</h1><p>Ordinateur bloqué ou lent ? Un technicien se connecte à votre PC.</p>
<p>Appelez le 01 84 88 41 07</p><p>Règlement de l'intervention (89 €) par tickets Neosurf ou carte cadeau Transcash.</p></div>
</body></html>"""

# ...and what looks like them but is not an ask.
NL_WARNING = """<!doctype html><html lang="nl"><head><title>Oplichting met cadeaukaarten | Veilig Bankieren Blog</title></head><body>
<article><h1>Betaal nooit met cadeaukaarten aan een 'helpdesk'</h1><p>Door Anne de Wit</p><p>Oplichters die zich voordoen als
Microsoft vragen u steeds vaker om te betalen met een Google Play-kaart of Paysafecard. Een echte helpdesk vraagt dat nooit.
Werd u gebeld door 085 303 12 77? Hang op.</p><p>Computerhulp nodig? Bel uw eigen winkel.</p></article></body></html>"""
NL_SHOP = """<!doctype html><html lang="nl"><head><title>Computerwinkel De Brink – reparatie en verkoop</title></head><body>
<header>De Brink Computers · <a href="tel:0572361188">0572 36 11 88</a></header><h1>Computerhulp in Raalte</h1>
<p>Reparatie van laptops en pc's, virus verwijderen en hulp op afstand. Betalen kan met pin, contant of met een cadeaubon van onze winkel.
Onze cadeaukaarten zijn te koop aan de balie.</p><footer>De Brink Computers, Brinkstraat 4, 8102 AB Raalte · KvK 05012345</footer></body></html>"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("pc-snelhulp-example.nl", "scam", "fake_helpdesk", NL_VOUCHER, 20, False),
        site("computer-soforthilfe-example.de", "scam", "fake_helpdesk", DE_VOUCHER, 25, False),
        site("depannage-ordi-example.fr", "scam", "fake_helpdesk", FR_VOUCHER, 18, False),
        site("veiligbankieren-example.nl", "legit", "blog", NL_WARNING, 3000, False),
        site("debrink-example.nl", "legit", "repair_shop", NL_SHOP, 6000, False),
    ]
    return score_world(sites, tmp_path_factory.mktemp("batch7"))


@pytest.mark.parametrize(
    "domain", ["pc-snelhulp-example.nl", "computer-soforthilfe-example.de", "depannage-ordi-example.fr"]
)
def test_helpdesks_paid_in_vouchers_are_flagged(outcomes, domain):
    row = outcomes[domain]
    assert row["flagged"] and "voucher_payment" in row["reasons"], row["reasons"]


@pytest.mark.parametrize("domain", ["veiligbankieren-example.nl", "debrink-example.nl"])
def test_warnings_against_vouchers_and_a_shops_own_gift_cards_are_not_an_ask(outcomes, domain):
    row = outcomes[domain]
    assert not row["flagged"] and "voucher_payment" not in row["reasons"], row["reasons"]


def test_the_voucher_is_named_in_the_evidence(outcomes):
    assert "paysafecard" in outcomes["computer-soforthilfe-example.de"]["reasons"].lower()


SVG_NUMBER = """<!doctype html><html lang="en"><head><title>Computer Rescue Line</title></head><body>
<h1>Computer Rescue Line</h1><p>Slow laptop, pop-ups, locked screen? Our technicians connect remotely.</p>
<svg viewBox="0 0 300 40" class="callout"><rect width="300" height="40"/><text x="8" y="28"><tspan>Call </tspan><tspan>0800 808 5213</tspan></text></svg>
<p>Open every day.</p></body></html>"""


def test_a_number_drawn_as_svg_text_is_read():
    found = extract_page(SVG_NUMBER.encode(), url="https://rescue.example.co.uk/", headers={})
    assert [p.e164 for p in found.valid_phones] == ["+448008085213"]
    assert "Call 0800 808 5213" in found.text_excerpt or "0800 808 5213" in found.text_excerpt


# A bare report page and a bare helpdesk page share one minimal layout (a generator of
# small sites, or simply the same few tags): the report names the number in its heading.
REPORT = """<!doctype html><html lang="nl"><head><title>Belmelder</title></head><body>
<h1>Belmelder</h1><h2>Nummer 030 799 41 20</h2><table><tr><th>Oordeel</th><td>oplichting</td></tr><tr><th>Meldingen</th><td>38</td></tr>
<tr><th>Plaats</th><td>Utrecht</td></tr></table><ol class="comments"><li>"Zei van Microsoft te zijn, wilde dat ik TeamViewer installeerde."</li>
<li>"Opgehangen, niet terugbellen."</li></ol></body></html>"""
CLONE = """<!doctype html><html lang="nl"><head><title>Windows Hulpdienst</title></head><body>
<h1>Windows Hulpdienst</h1><h2>Bel 030 799 41 20</h2><table><tr><th>Open</th><td>dag en nacht</td></tr><tr><th>Hulp</th><td>op afstand</td></tr>
<tr><th>Prijs</th><td>€ 49</td></tr></table><ol class="steps"><li>Bel onze Microsoft-helpdesk.</li><li>Installeer TeamViewer.</li></ol></body></html>"""


def test_a_heading_naming_the_number_with_reports_is_a_report():
    found = extract_page(REPORT.encode(), url="https://belmelder-example.nl/030-7994120", headers={})
    assert "number_report" in found.page_signals
    assert {p.e164: p.role for p in found.phones} == {"+31307994120": "quoted"}


def test_a_call_to_action_heading_is_not_a_report():
    found = extract_page(CLONE.encode(), url="https://windows-hulpdienst-example.nl/", headers={})
    assert "number_report" not in found.page_signals
    assert {p.e164: p.role for p in found.phones} == {"+31307994120": "offered"}


def test_the_report_page_is_not_flagged_beside_the_scam_it_reports(tmp_path):
    rows = score_world([
        site("belmelder-example.nl", "legit", "directory", REPORT, 4000, False),
        site("windows-hulpdienst-example.nl", "scam", "fake_helpdesk", CLONE, 9, True),
    ], tmp_path)  # fmt: skip
    assert rows["windows-hulpdienst-example.nl"]["flagged"], rows["windows-hulpdienst-example.nl"]["reasons"]
    assert not rows["belmelder-example.nl"]["flagged"], rows["belmelder-example.nl"]["reasons"]
