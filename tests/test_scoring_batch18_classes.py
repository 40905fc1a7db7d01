"""Classes found in the held-out web's eighteenth batch (moved to development, issue 14).

A fourteen-year-old orchid society's site (ballaratorchids.org.au, its WHOIS still the
society's own) led with "Apple iCloud Support Australia" and a 1800 number; its title
kept the old name: "Apple iCloud Support Australia | Ballarat & District Orchid
Society". The other-trade rule read only the domain name, and "orchids" was in no list.
The site's own name is also in its title: a title part that names no brand and no
computer or help word, but an association or another trade ("... Orchid Society",
"Cercle ...", "... e.V."), is the old owner's name as much as the domain is.
"""

from __future__ import annotations

import pytest

from tests.page_world import indicators, score_world, site

AGED = 14 * 365

ASTRO = """<!doctype html><html lang="en"><head><title>Microsoft Windows Support Australia | Northcote Astronomical Society</title></head>
<body><div id="header"><img src="/img/logo.gif" alt="Northcote Astronomical Society"></div>
<div id="content"><h1>Microsoft Windows Support – Computer Locked?</h1>
<p>Windows not starting, blue screen or a virus warning? Our Microsoft certified technicians
connect to your PC remotely and fix it today.</p>
<p class="phone">Microsoft Support Australia: <strong>1-800-531-774 AUS</strong></p>
<h2>Next meeting</h2><p>Viewing night at the club observatory, third Friday, 8 pm. Bring warm clothes.</p></div>
<div id="footer">© 2011–2023 Northcote Astronomical Society Inc.</div></body></html>"""

ROSES = """<!doctype html><html lang="nl"><head><title>Norton Helpdesk Nederland – Rozenvereniging De Betuwe</title></head>
<body><h1>Norton helpdesk – hulp bij uw abonnement</h1>
<p>Problemen met Norton 360? Onze Norton experts helpen u op afstand, direct.</p>
<p>Bel de Norton helpdesk: <a href="tel:+31852104488">085 210 44 88</a></p>
<h2>Rozenshow 2019</h2><p>Dank aan alle kwekers voor de mooie rozenshow in Tiel.</p></body></html>"""

# Honest: an old IT shop whose title names its trade, and an old society page with no help.
SHOP = """<!doctype html><html lang="en"><head><title>Computer Repairs Northcote | Harris PC Services</title></head>
<body><h1>Computer repairs and remote support</h1><p>Slow PC, virus or a printer that will not
print? We fix it in our workshop or remotely with TeamViewer.</p>
<p>Call <a href="tel:+61394821177">(03) 9482 1177</a> · 212 High Street, Northcote VIC 3070</p></body></html>"""

SOCIETY = """<!doctype html><html lang="en"><head><title>Meetings | Coburg Historical Society</title></head>
<body><h1>Meetings</h1><p>We meet on the first Monday of the month at the Coburg library.
Enquiries: <a href="tel:+61393541234">(03) 9354 1234</a>.</p></body></html>"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("northcote-astro.org.au", "scam", "fake_helpdesk", ASTRO, AGED, False),
        site("betuwe-rozen.nl", "scam", "fake_helpdesk", ROSES, AGED, False),
        site("harrispc.com.au", "legit", "repair_shop", SHOP, AGED, False),
        site("coburghistory.org.au", "legit", "business", SOCIETY, AGED, False),
    ]
    return score_world(sites, tmp_path_factory.mktemp("batch18"))


@pytest.mark.parametrize("domain", ["northcote-astro.org.au", "betuwe-rozen.nl"])
def test_an_old_society_named_in_the_title_selling_help_is_flagged(outcomes, domain):
    found = indicators(outcomes[domain])
    assert "name_of_another_trade" in found and "long_registration_history" not in found
    assert outcomes[domain]["flagged"] == 1


@pytest.mark.parametrize("domain", ["harrispc.com.au", "coburghistory.org.au"])
def test_a_shop_named_for_its_trade_or_a_society_selling_nothing_is_not(outcomes, domain):
    assert "name_of_another_trade" not in indicators(outcomes[domain])
    assert outcomes[domain]["flagged"] == 0
