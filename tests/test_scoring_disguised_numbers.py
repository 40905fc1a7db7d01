"""A helpdesk that writes its own number in a disguise (issue 14, classes 3 and 7).

The development web's four "aged name" misses (pchulp-thuisservice.nl, etatuki-kotiapu.fi
and two Swiss ones) are years-old names with a copied business footer, so their counter-
evidence (long history, KvK number, "algemene voorwaarden") cancelled the helpdesk offer.
Two of them wrote their own number the way scam spam does: doubled parentheses,
fullwidth digits. No business disguises the number it wants customers to call; the only
reason to is to slip past search engines' and filters' number matching. That is strong
evidence the footer cannot cancel, and it counts only for a number the site offers (a
forum quoting the same disguised number says nothing about the forum).
"""

from __future__ import annotations

import pytest

from scoring.indicators.phone import disguise_of
from tests.page_world import indicators, score_world, site

SHOP = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Thuis PC Service Brabant | computerhulp op afstand</title></head><body>
<nav><a href="/">Home</a> <a href="/prijzen">Prijzen</a></nav>
<section class="hero"><h1>Computer traag of vol reclame?</h1>
<p>Onze monteur kijkt binnen een kwartier met u mee via een verbinding op afstand.
Virus verwijderen, e-mail herstellen, printer installeren.</p>
<p class="cta">Bel direct: <strong>{number}</strong></p></section>
<footer>Thuis PC Service Brabant · KvK 61928374 · BTW NL004512366B01 · Kerkstraat 12, 5611 GH Eindhoven ·
<a href="/voorwaarden">Algemene voorwaarden</a> · <a href="/privacy">Privacyverklaring</a> · © 2014-2026</footer>
</body></html>"""

# The same offer and footer in a layout of its own (a template match would tell on it).
HONEST_SHOP = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>PC Service Kempen | computerhulp op afstand</title></head><body><div id="wrap">
<header><div class="logo">PC Service Kempen</div><div class="tel">Bel direct: 085 303 19 48</div></header>
<main><article><h2>Computer traag of vol reclame?</h2><p>Onze monteur kijkt binnen een kwartier met u mee
via een verbinding op afstand. Virus verwijderen, e-mail herstellen, printer installeren.</p></article>
<aside><ul><li>Virus verwijderen</li><li>E-mail herstellen</li><li>Printer installeren</li></ul></aside></main>
<div class="foot"><p>PC Service Kempen · KvK 58219930 · BTW NL002931877B01 · Markt 3, 5531 BA Bladel</p>
<p><a href="/voorwaarden">Algemene voorwaarden</a> | <a href="/privacy">Privacyverklaring</a></p></div></div>
</body></html>"""

FI_SHOP = """<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8">
<title>Tietokoneapu Kotiin – etätuki heti</title></head><body>
<h1>Tietokone hidas tai näytölle tuli varoitus?</h1>
<p>Asiantuntijamme ottaa koneeseesi etäyhteyden ja korjaa vian puhelun aikana. Virukset,
sähköposti, tulostimet.</p><p>Soita nyt: <b>{number}</b></p>
<footer>Tietokoneapu Kotiin · Y-tunnus 2735519-4 · Hämeenkatu 4, 33100 Tampere</footer></body></html>"""

JA_SHOP = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>パソコン修理のさくら電機 | 出張・リモートサポート</title></head><body>
<h1>パソコンの困ったを解決します</h1><p>パソコンが遅い、ウイルスが心配、プリンターがつながらない。
専門スタッフが遠隔サポートでお手伝いします。</p>
<p>お電話：<strong>０３－５４１２－７７８０</strong>（受付 10時～19時）</p>
<footer>株式会社さくら電機　東京都品川区西五反田1-2-3　© 2009-2026</footer></body></html>"""

FORUM = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Gebeld door "computerhulp" – Seniorweb forum</title></head><body>
<div class="post"><span class="author">Henk58</span><p>Mijn buurvrouw vond via Google een computerhulp met
het nummer ((085))-303-20-11 en moest AnyDesk installeren. Daarna was haar rekening leeg.
Is dit oplichting?</p></div>
<div class="post"><span class="author">moderator</span><p>Ja, dit is een bekende vorm van helpdeskfraude.
Doe aangifte en bel uw bank.</p></div></body></html>"""

YEARS = 9 * 365


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    sites = [
        site("thuispcservice-brabant.nl", "scam", "fake_helpdesk",
             SHOP.format(number="((085))-303-19-47"), YEARS, False),
        site("pcservice-kempen.nl", "legit", "repair_shop", HONEST_SHOP, YEARS, False),
        site("tietokoneapu-kotiin.fi", "scam", "fake_helpdesk",
             FI_SHOP.format(number="０９ ４２５０ ７１９０"), YEARS, True),
        site("sakura-denki.jp", "legit", "repair_shop", JA_SHOP, YEARS, False),
        site("forum.seniorweb-club.nl", "legit", "forum", FORUM, YEARS, False),
    ]  # fmt: skip
    return score_world(sites, tmp_path_factory.mktemp("disguised"))


def test_an_aged_helpdesk_writing_its_number_in_doubled_parentheses_is_flagged(world):
    row = world["thuispcservice-brabant.nl"]
    assert "number_disguised" in indicators(row)
    assert row["flagged"] == 1


def test_fullwidth_digits_on_a_finnish_page_are_a_disguise(world):
    row = world["tietokoneapu-kotiin.fi"]
    assert "number_disguised" in indicators(row) and row["flagged"] == 1


def test_the_same_shop_with_its_number_written_plainly_is_not_flagged(world):
    row = world["pcservice-kempen.nl"]
    assert "number_disguised" not in indicators(row) and row["flagged"] == 0


def test_fullwidth_digits_are_how_japanese_pages_write_numbers(world):
    row = world["sakura-denki.jp"]
    assert "number_disguised" not in indicators(row) and row["flagged"] == 0


def test_a_forum_quoting_a_disguised_number_is_not_flagged(world):
    assert world["seniorweb-club.nl"]["flagged"] == 0
    assert "number_disguised" not in indicators(world["seniorweb-club.nl"])


@pytest.mark.parametrize(
    ("raw", "language", "disguised"),
    [
        ("((085))-303-19-47", "nl", True),
        ("1+844_619_0735", "en", True),
        ("085x760x2299", "nl", True),
        ("0808:169:7042", "en", True),
        ("09^70^73^22^44", "fr", True),
        ("085⊹016⊹1880", "nl", True),
        ("O12O-471-936", "ja", True),
        ("+9l 74281 93O56", "en", True),
        ("⓪⑨ ⑦④ ⑤⑨ ③① ⑧②", "fr", True),
        ("０９ ４２５０ ７１８６", "fi", True),
        ("０３－５４１２－７７８０", "ja", False),
        ("085 303 19 47", "nl", False),
        ("+31 (0)20 123 4567", "nl", False),
        ("(020) 123 45 67", "nl", False),
        ("02.588.09.47", "fr", False),
        ("030/2240 7713", "de", False),
        ("1-800-MY-APPLE", "en", False),
        ("+41 21 320 47 18", "fr", False),
        ("877) 542-0193", "en", False),  # the extractor's window began after "("
    ],
)
def test_what_counts_as_a_disguise(raw, language, disguised):
    assert (disguise_of(raw, language) is not None) is disguised
