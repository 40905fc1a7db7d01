"""Classes found in the held-out web's fourth batch (moved to development, issue 14):

- text reproduced verbatim (<pre>, <code>: a pasted pop-up, a kit's source, indicators)
  is quoted, and so is a number the page asks about ("moet ik 0808 ... bellen?");
- a blog theme's article markup does not make a keyword-stuffed helpline page a
  discussion: not one warning word and a helpdesk's whole pitch is selling;
- the ad link's ?tfn= (toll-free number) parameter carries the landing page's number;
- a Finnish business id (Y-tunnus) must pass its check digit; Finnish helpdesk wording
  and lock-screen advice ("älä sammuta konetta") are known.
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from crawler.extract.terms import find_terms
from tests.page_world import roles, score_world, site

PASTE = """<!doctype html><html lang="nl"><head><title>Rood scherm, moet ik 0808 169 7254 bellen? - PCpraat</title></head>
<body><h1>Rood scherm, moet ik 0808 169 7254 bellen?</h1><div class="message"><p>Ik heb de tekst overgetypt:</p>
<pre><code>ACCESS TO THIS PC HAS BEEN BLOCKED. Call Microsoft Support: +44 808 169 7254 (Toll Free)</code></pre></div>
<div class="message"><p>Nep. Niet bellen.</p></div></body></html>"""

STUFFED = """<!doctype html><html lang="en"><head><title>Norton Customer Service Number ⊹ McAfee Helpline ⊹ 24x7</title></head><body>
<article class="post" itemscope itemtype="http://schema.org/BlogPosting"><p class="byline">By Admin, 12 November 2026</p>
<h1>Norton Customer Service Number ((1+844_619_0735)) USA</h1><p>Call now for installation, activation, renewal,
refund and cancellation of your subscription, 24x7 help by certified technicians. Toll free support number,
virus removal, help desk, customer service.</p></article></body></html>"""

LANDING = """<!doctype html><html><head><title>Windows Support – Call Now</title></head><body>
<h1>Windows Support</h1><p>Our experts are ready. Call now.</p></body></html>"""


def test_pasted_and_asked_about_numbers_are_quoted():
    assert set(roles(PASTE, "https://pcpraat.nl/t/1").values()) == {"quoted"}


def test_the_toll_free_parameter_of_an_ad_link_is_the_pages_number():
    url = "https://windows-support.pages.dev/?tfn=%201-833-951-4862&gclid=abc"
    found = extract_page(LANDING.encode(), url=url, headers={})
    assert [(p.e164, p.role) for p in found.phones] == [("+18339514862", "offered")]


def test_y_tunnus_needs_its_check_digit():
    assert "fi_business_id" in find_terms("Nokia Oyj, Y-tunnus 0112038-9").business
    assert "fi_business_id" not in find_terms("Tietokoneapu Heti · Y-tunnus 3281945-2").business


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("pcpraat.nl", "legit", "forum", PASTE, 6000, False),
        site("antivirus-helpline-example.github.io", "scam", "fake_helpdesk", STUFFED, 20, True),
    ]
    return score_world(sites, tmp_path_factory.mktemp("batch4"))


def test_a_forum_thread_about_a_pasted_pop_up_is_not_flagged(outcomes):
    assert not outcomes["pcpraat.nl"]["flagged"], outcomes["pcpraat.nl"]["reasons"]


def test_a_keyword_stuffed_helpline_post_is_flagged(outcomes):
    row = outcomes["antivirus-helpline-example.github.io"]
    assert row["flagged"] and "brand_helpdesk_impersonation" in row["reasons"], row["reasons"]
