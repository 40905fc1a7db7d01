"""A phone helpdesk selling a protection plan for years ahead (issue 14, development).

Two development misses of the aged or copied-footer class (fernwartung-pc-soforthilfe.ch
"Schutz-Abo 3 Jahre Fernwartung inklusive", stockholmsdatorhjalp.se "Trygghetsavtal 3 år,
5 enheter") and an honest shop's notice about its copycat ("we do not sell 'lifetime
protection plans'") name the call centres' upsell: after the remote session, a
"protection" or "support" plan for several years or for life. Honest repair shops sell a
visit, an hour, or a yearly maintenance contract. The plan counts only on a site that
sells help by phone, never on a page that warns or discusses.
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from tests.page_world import indicators, score_world, site

HTML = {"Content-Type": "text/html"}


@pytest.mark.parametrize(
    "offer",
    [
        "Lifetime Protection Plan – unlimited remote support – $499",
        "Sicherheitspaket 5 Jahre inklusive Fernwartung: CHF 890.–",
        "Beschermingsabonnement 3 jaar, tot 5 apparaten: € 349",
        "Forfait protection 2 ans avec assistance à distance illimitée",
        "Suojauspaketti 3 vuotta, rajaton etätuki",
        "Skyddsavtal 2 år för hela familjen",
        "Plan de protección de por vida con soporte remoto",
    ],
)
def test_a_plan_for_years_ahead_is_seen(offer):
    html = f"<html><body><h1>Help</h1><ul><li>Virus removal</li><li>{offer}</li></ul></body></html>"
    found = extract_page(html.encode(), url="http://example.com/prices", headers=HTML)
    assert "long_protection_plan" in found.page_signals


@pytest.mark.parametrize(
    "offer",
    [
        "Onderhoudscontract per jaar: € 79",
        "Norton 360 Deluxe – 3 apparaten – 1 jaar",
        "Wij repareren computers al 25 jaar in Amersfoort",
        "Garantie 2 jaar op alle reparaties",
        "Microsoft 365 Family, abonnement 12 maanden",
    ],
)
def test_a_yearly_contract_or_a_guarantee_is_no_such_plan(offer):
    html = f"<html><body><h1>Prijzen</h1><p>{offer}</p></body></html>"
    found = extract_page(html.encode(), url="http://example.nl/prijzen", headers=HTML)
    assert "long_protection_plan" not in found.page_signals


HELPDESK = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>PC-Notruf Luzern – Fernwartung</title></head>
<body><h1>PC langsam oder Warnmeldungen?</h1><p>Unsere Techniker verbinden sich per Fernwartung mit Ihrem PC.</p>
<p>Jetzt anrufen: 041 588 20 17</p><ul><li>Virenentfernung CHF 149.–</li><li>Sicherheitspaket 3 Jahre mit Fernwartung CHF 690.–</li></ul>
<footer>PC-Notruf Luzern GmbH · UID CHE-114.305.872 · Impressum · AGB</footer></body></html>"""


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return score_world([site("pc-notruf-luzern.ch", "scam", "fake_helpdesk", HELPDESK, 700, True)],
                       tmp_path_factory.mktemp("plans"))  # fmt: skip


def test_a_phone_helpdesk_selling_a_multi_year_plan_is_flagged(world):
    row = world["pc-notruf-luzern.ch"]
    assert "long_protection_plan" in indicators(row) and row["flagged"] == 1
