"""Classes found in the held-out web's fifteenth batch (moved to development, issue 14).

A TV station's article on fake Norton renewal mails repeated the mail's words: "it
tells readers to call ((1+844_730_2916))". The call cue "call" made the quoted number
the article's own offer, the scam site offering the same number made it a number
shared with a suspicious site, and the news site reached the queue. An article's
running text reports what others say; its own contact sits in its frame, a button or
a heading. There a call cue offers a number only when it speaks for the page ("call
us", "bel ons", "appelez-nous", "our helpline"): "tells readers to call", "in de mail
staat: bel ...", "on vous demande d'appeler" quote.
"""

from __future__ import annotations

import json

import pytest

from tests.page_world import roles, score_world, site

NUMBER = "+18447302916"

NEWS = """<!doctype html><html lang="en"><head><title>Fake Norton renewal emails: what happens when you call | KTVN 7</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Fake Norton renewal emails"}}</script></head>
<body><header><a href="/">KTVN 7</a></header><main><div class="story-body">
<h1>Fake Norton renewal emails: what happens when you call</h1>
<p>The email looks like a receipt: a yellow shield, an order number and a charge of $399.99.</p>
<p>{sentence}</p>
<p>Gen Digital, which owns Norton, says it never asks customers to phone about renewals.</p>
<p class="tags"><a href="/topics/scams/">Scams</a></p>
</div></main><footer>Newsroom tips: <a href="tel:+17755550147">(775) 555-0147</a></footer></body></html>"""

SENTENCES = [
    "At the bottom, it tells readers to call ((1+844_730_2916)) to cancel the order.",
    "The message urges recipients to call 1-844-730-2916 within 24 hours.",
    "Victims who dialled 1 (844) 730-2916 were asked to install a screen-sharing app.",
]

DUTCH_NEWS = """<!doctype html><html lang="nl"><head><title>Valse factuur van 'Norton' in omloop</title></head>
<body><article class="artikel"><h1>Valse factuur van 'Norton' in omloop</h1>
<p>Door Sanne de Wit</p>
<p>In de mail staat: bel 085 208 41 93 als u de verlenging niet herkent.</p>
<p>Wie belt, krijgt een 'medewerker' die vraagt om AnyDesk te installeren.</p></article></body></html>"""

FRENCH_NEWS = """<!doctype html><html lang="fr"><head><title>Faux renouvellement McAfee : ce que cache le numéro</title></head>
<body><article><h1>Faux renouvellement McAfee</h1>
<p>Le courriel affirme qu'un abonnement de 349 € a été prélevé et on vous demande d'appeler le 09 75 18 26 40 pour l'annuler.</p>
<p>Appelez plutôt votre banque.</p></article></body></html>"""

BLOG_SCAM = """<!doctype html><html lang="en"><head><title>How to fix Norton renewal errors</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Norton renewal errors"}</script></head>
<body><article class="post"><h1>Norton renewal failed? Here is the fix</h1>
<p>Renewal stuck or charged twice? Call our certified Norton technicians at 1-844-730-2916 and
we cancel it for you while you wait.</p></article></body></html>"""

SCAM = """<!doctype html><html lang="en"><head><title>Norton Billing Desk – Cancel Renewal</title></head>
<body><div class="hero"><h1>Norton LifeLock Billing Desk</h1>
<p>Charged $399.99 for a renewal you did not order? Our Norton support technicians cancel it
and refund you. Call the billing desk now:</p>
<a class="btn" href="tel:+18447302916">1-844-730-2916</a></div></body></html>"""


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_call_cue_in_an_articles_text_reports(sentence):
    found = roles(NEWS.format(sentence=sentence), "https://ktvn7.example/news/fake-norton")
    assert found[NUMBER] == "quoted"
    assert found["+17755550147"] == "offered"  # the newsroom's own line, in its footer


@pytest.mark.parametrize(
    "html, number",
    [(DUTCH_NEWS, "+31852084193"), (FRENCH_NEWS, "+33975182640")],
)
def test_in_other_languages_too(html, number):
    assert roles(html, "https://krant.example/artikel")[number] == "quoted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Renewal stuck or charged twice? Call our certified Norton technicians at 1-844-730-2916.",
        "How to cancel: call 1-844-730-2916 and give your order number.",
        "Our support asks you to call us on 1-844-730-2916, day or night.",
        "Printer offline? Call now 1-844-730-2916 for instant help.",
    ],
)
def test_an_article_that_speaks_for_itself_offers(sentence):
    html = BLOG_SCAM.replace(
        "Renewal stuck or charged twice? Call our certified Norton technicians at 1-844-730-2916 and\nwe cancel it for you while you wait.",
        sentence,
    )
    assert sentence in html
    assert roles(html, "https://norton-fix.example/blog/renewal")[NUMBER] == "offered"


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("ktvn7.com", "legit", "news", NEWS.format(sentence=SENTENCES[0]), 7000, True),
        site("norton-billing-desk.online", "scam", "fake_helpdesk", SCAM, 5, True),
    ]
    return score_world(sites, tmp_path_factory.mktemp("batch15"))


def test_the_article_is_not_flagged_and_the_scam_is(outcomes):
    assert outcomes["ktvn7.com"]["flagged"] == 0
    news = {r["indicator"] for r in json.loads(outcomes["ktvn7.com"]["reasons"])}
    assert "number_shared_with_suspicious" not in news
    assert "warning_context" in news  # "Fake ..." in its title, "scams" in its text
    assert outcomes["norton-billing-desk.online"]["flagged"] == 1
