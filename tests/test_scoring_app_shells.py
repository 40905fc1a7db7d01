"""Three classes behind the development set's last errors (issue 14):

- an app shell (Next.js, Nuxt, a React build on a free app host) whose visible body is
  empty and whose hero, call to action and number sit in its state island: the text a
  visitor's browser draws is the page's text; on a page with content of its own the
  island is configuration and is not read as text;
- a copyright year before two capitals ("© 2026 PC Rescue") is no Dutch postcode, so it
  gives an anonymous call-back page no business address;
- a page of questions about numbers ("Is 0852084417 echt van HP?") asks, it does not
  list the brands' numbers: once a scam offering one of them is flagged, the Q&A site
  is not its accomplice.
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from crawler.extract.terms import find_terms
from tests.page_world import score_world, site

NEXT_SHELL = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Computer Direct Hulp</title>
<script src="/_next/static/chunks/main-5c1a2b.js" defer></script></head><body>
<div id="__next"><noscript>Schakel JavaScript in om deze site te gebruiken.</noscript></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"title":"Computerhulp op afstand",
"intro":"Vastgelopen laptop of virus? Een monteur kijkt direct met u mee, dag en nacht.","cta":"Bel direct een expert",
"tel":"+31852164409","telLabel":"085 216 44 09","img":"/img/hero.webp","build":"a81f9c2e"}},"page":"/","query":{}}</script>
</body></html>"""
NUXT_SHELL = """<!doctype html><html lang="en"><head><title>Rapid PC Fix</title></head><body><div id="__nuxt"></div>
<script>window.__NUXT__={layout:"default",data:[{headline:"Computer running slow? Pop-ups or a locked screen?",
sub:"Our technicians fix your computer by remote access in minutes.",phone:"0808 164 2207",
cta:"Call now, open 24/7"}],state:{}}</script></body></html>"""
# An honest municipal site built with Next.js whose page has its own text: the island's
# chat-widget configuration (with a helpdesk's number) is not what the page says.
NEXT_CONTENT = """<!doctype html><html lang="nl"><head><title>Gemeente Oosterhaven – Afval en milieustraat</title></head><body>
<div id="__next"><header><a href="/">Gemeente Oosterhaven</a></header><main><h1>Afval en milieustraat</h1>
<p>De milieustraat aan de Industrieweg is open van maandag tot en met zaterdag. Grofvuil kunt u laten ophalen na een afspraak.</p>
<p>Vragen? Bel 14 0598 of kom langs in het gemeentehuis, Raadhuisplein 1, 9641 AA Oosterhaven.</p></main></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"chat":{"greeting":"Computerproblemen? Onze helpdesk op afstand helpt u direct.",
"fallback":"Bel de ICT-servicedesk: 085 303 99 01"}}}}</script></body></html>"""
# An honest shell: a dentist's booking app (a number, no help for hire).
DENTIST_SHELL = """<!doctype html><html lang="nl"><head><title>Tandartspraktijk Zuidwal</title></head><body><div id="root"></div>
<script type="application/json" id="app-config">{"name":"Tandartspraktijk Zuidwal","intro":"Afspraak maken voor controle of mondhygiëne.",
"phone":"070 345 12 98","address":"Zuidwal 18, 2512 XR Den Haag"}</script></body></html>"""

CALLBACK_UK = """<!DOCTYPE html><html lang="en"><head><title>Home Computer Rescue</title></head><body>
<header><a href="/">Home Computer Rescue</a></header><main><h1>Computer trouble? Same-day remote fix</h1>
<p>Slow laptop, frozen screen or a virus warning? Our engineers connect to your computer and sort it while you watch.</p>
<form><label>Your phone</label><input type="tel" placeholder="07700 900456"><select name="line"><option selected>Helpline 020 3970 2218</option></select>
<button>Request a call back</button></form></main><footer>© 2026 HC Rescue Ltd</footer></body></html>"""


def test_an_app_shell_reads_its_island_as_text():
    found = extract_page(NEXT_SHELL.encode(), url="https://computer-direct-hulp.vercel.app/", headers={})
    assert {p.e164: p.role for p in found.phones} == {"+31852164409": "offered"}
    assert {"monteur", "dag en nacht"} <= set(found.helpdesk_terms)


def test_a_nuxt_state_assignment_is_an_island():
    found = extract_page(NUXT_SHELL.encode(), url="https://rapid-pc-fix.netlify.app/", headers={})
    assert "+448081642207" in {p.e164 for p in found.phones}
    assert "locked screen" in found.helpdesk_terms


def test_a_page_with_its_own_text_does_not_read_its_island():
    found = extract_page(NEXT_CONTENT.encode(), url="https://www.oosterhaven-example.nl/afval", headers={})
    assert "+31853039901" not in {p.e164 for p in found.phones}
    assert "op afstand" not in found.helpdesk_terms


def test_a_copyright_year_is_no_postcode():
    assert "dutch_postcode_address" not in find_terms("© 2026 PC Rescue UK Remote").business
    assert "dutch_postcode_address" not in find_terms("2019-2026 IT Hulp Nederland").business
    assert "dutch_postcode_address" in find_terms("Brinkstraat 4, 8102 AB Raalte").business


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("computer-direct-hulp.vercel.app", "scam", "fake_helpdesk", NEXT_SHELL, 10, True),
        site("rapid-pc-fix-example.co.uk", "scam", "fake_helpdesk", NUXT_SHELL, 8, True),
        site("home-computer-rescue-example.co.uk", "scam", "fake_helpdesk", CALLBACK_UK, 14, True),
        site("oosterhaven-example.nl", "legit", "official", NEXT_CONTENT, 5000, False),
        site("tandarts-zuidwal-example.nl", "legit", "business", DENTIST_SHELL, 30, True),
    ]
    return score_world(sites, tmp_path_factory.mktemp("shells"))


@pytest.mark.parametrize(
    "domain",
    ["computer-direct-hulp.vercel.app", "rapid-pc-fix-example.co.uk", "home-computer-rescue-example.co.uk"],
)
def test_shell_and_call_back_helpdesks_are_flagged(outcomes, domain):
    assert outcomes[domain]["flagged"], outcomes[domain]["reasons"]


@pytest.mark.parametrize("domain", ["oosterhaven-example.nl", "tandarts-zuidwal-example.nl"])
def test_honest_app_pages_are_not_flagged(outcomes, domain):
    assert not outcomes[domain]["flagged"], outcomes[domain]["reasons"]


QA_HOME = """<!doctype html><html lang="nl"><head><title>Belvraag: is dit nummer te vertrouwen?</title></head><body>
<div class="top">Belvraag</div><h1>Nieuwe vragen</h1><div class="list">
<div class="q"><a href="/v/881">Is 085 216 44 09 echt van Microsoft?</a> · 3 antwoorden</div>
<div class="q"><a href="/v/882">Computerhulp aan huis via 0852164410?</a> · 1 antwoord</div>
<div class="q"><a href="/v/883">Gebeld door +31 85 216 4411, zogenaamd van HP?</a> · 4 antwoorden</div></div></body></html>"""


def test_questions_about_numbers_are_a_discussion():
    found = extract_page(QA_HOME.encode(), url="https://www.belvraag-example.nl/", headers={})
    assert "number_questions" in found.page_signals
    assert {p.role for p in found.phones} == {"quoted"}


def test_a_question_list_is_not_flagged_beside_the_scam_it_asks_about(tmp_path):
    rows = score_world([
        site("belvraag-example.nl", "legit", "forum", QA_HOME, 3000, False),
        site("computer-direct-hulp.vercel.app", "scam", "fake_helpdesk", NEXT_SHELL, 10, True),
    ], tmp_path)  # fmt: skip
    assert rows["computer-direct-hulp.vercel.app"]["flagged"]
    assert not rows["belvraag-example.nl"]["flagged"], rows["belvraag-example.nl"]["reasons"]
