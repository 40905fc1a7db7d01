"""Classes found in the held-out web's twenty-eighth batch (moved to development, issue 14).

- A fake ABN AMRO "Fraude Servicedesk" (the safe-account pitch) was read as a warning
  page: its own name holds the warning word ("Fraude ..." in the title, "fraude" in the
  logo), and warning_context took 20 points off. A desk named after fraud is the desk
  the page runs: "Fraudeafdeling", "Fraud Prevention Team", "Betrugsabteilung",
  "service anti-fraude" name a helpdesk, they warn nobody. Its number, too, was
  invisible: three data-* attributes holding its pieces ("020", "238", "4915"), joined by
  the page's script.
- A fake Norton renewal in Romandy wrote its number with letters for digits,
  "O27 458 l2 39": O read as 0 already, l and I as 1 did not.
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from tests.page_world import indicators, roles, score_world, site, with_page

FRAUD_DESK = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Fraude Afdeling | Bankhulp | 24/7 bereikbaar</title></head><body>
<header><span class="brand">Bankhulp Fraude Afdeling</span></header>
<main><h1>Onbekende afschrijving gezien?</h1>
<p>Heeft u een melding gekregen van een inlog op een nieuw toestel of een betaling die u niet herkent?
Bel onze fraudeafdeling direct. Een medewerker zet uw saldo veilig op een tijdelijke kluisrekening.</p>
<p><a class="btn" href="tel:0203014487">Bel 020 301 44 87</a></p></main>
<footer>© 2026 Fraude Afdeling · Bankhulp</footer></body></html>"""

FRAUD_TEAM_EN = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Fraud Team | Barclays</title></head><body>
<div class="top">Barclays Fraud Team</div>
<h1>Seen a payment you don't recognise?</h1>
<p>Our fraud team will secure your money while you stay on the line. Move your balance to a protected
safe account until the investigation is closed.</p>
<p class="call">Call us now: <a href="tel:+442039482716">020 3948 2716</a></p></body></html>"""

# Each desk's page without a number: "Contact" under the desk's own name.
DESK_CONTACT = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1><p>{text}</p></body></html>"""

NEWS = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Oplichters bellen als 'fraudeafdeling' van de bank – Dagblad Utrecht</title></head><body>
<article><h1>Oplichters bellen als 'fraudeafdeling' van de bank</h1>
<p class="byline">Door de redactie</p>
<p>De politie waarschuwt voor nepbellers die zich voordoen als de fraudeafdeling van Rabobank. Slachtoffers
werden gebeld vanaf 020 301 44 87 en moesten hun geld overboeken naar een zogenaamde kluisrekening.
Een bank vraagt nooit om geld over te maken. Twijfelt u? Hang op en bel zelf uw bank.</p></article>
</body></html>"""


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    sites = [
        with_page(site("bankhulp-fraudeafdeling.nl", "scam", "fake_helpdesk", FRAUD_DESK, 6, True), "/contact",
                  DESK_CONTACT.format(lang="nl", title="Contact | Fraude Afdeling",
                                      text="Wij staan dag en nacht telefonisch voor u klaar.")),
        with_page(site("barclays-fraudteam.co.uk", "scam", "fake_helpdesk", FRAUD_TEAM_EN, 9, True), "/about",
                  DESK_CONTACT.format(lang="en", title="About the Fraud Team",
                                      text="A dedicated team answering customers by phone, day and night.")),
        site("dagblad-utrecht.nl", "legit", "news", NEWS, 4000, False),
    ]  # fmt: skip
    return score_world(sites, tmp_path_factory.mktemp("fraud-desk"))


@pytest.mark.parametrize("domain", ["bankhulp-fraudeafdeling.nl", "barclays-fraudteam.co.uk"])
def test_a_desk_named_after_fraud_is_a_helpdesk_not_a_warning(world, domain):
    row = world[domain]
    assert "warning_context" not in indicators(row)
    assert row["flagged"] == 1


def test_news_about_a_fake_fraud_desk_still_warns(world):
    row = world["dagblad-utrecht.nl"]
    assert "warning_context" in indicators(row) and row["flagged"] == 0


PIECES = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Storingsdienst</title></head><body>
<p>Storing? Onze monteur helpt direct: <span id="nr" data-p1="0800" data-p2="022" data-p3="9917">laden…</span></p>
<script>var s=document.getElementById('nr');s.textContent=s.dataset.p1+' '+s.dataset.p2+' '+s.dataset.p3;</script>
</body></html>"""

SHOP_ATTRIBUTES = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Winkelwagen</title></head><body>
<button class="add" data-qty="2" data-price="1999" data-sku="44817">In winkelwagen</button>
<script>var b=document.querySelector('.add');cart.add(b.dataset.sku,b.dataset.qty,b.dataset.price);</script>
</body></html>"""


def test_a_number_a_script_joins_from_data_attribute_pieces_is_the_pages():
    assert roles(PIECES, "http://storingsdienst-direct.nl/") == {"+318000229917": "offered"}


def test_a_shops_data_attributes_are_no_number():
    assert roles(SHOP_ATTRIBUTES, "http://winkel.example.nl/cart") == {}


LETTERS = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<p>{text} <strong>{number}</strong></p></body></html>"""


@pytest.mark.parametrize(
    ("lang", "text", "number", "e164"),
    [
        ("fr", "Pour annuler, appelez le service facturation au", "O22 5l8 94 l7", "+41225189417"),
        ("nl", "Bel de helpdesk:", "O85 2O3 l4 62", "+31852031462"),
        ("en", "To cancel call billing:", "l-844-59O-7261", "+18445907261"),
        ("de", "Rufen Sie kostenlos an:", "O8OO l82O 44l7", "+4980018204417"),
    ],
)
def test_letters_written_for_digits(lang, text, number, e164):
    html = LETTERS.format(lang=lang, title="Service", text=text, number=number)
    region = {"fr": "ch", "nl": "nl", "en": "com", "de": "de"}[lang]
    assert e164 in roles(html, f"http://billing-service.{region}/")


def test_words_beside_a_number_are_not_read_as_digits():
    html = LETTERS.format(lang="en", title="Contact", text="Call me, I", number="020 3948 2716")
    assert roles(html, "http://example.co.uk/") == {"+442039482716": "offered"}


# Read with batch 28 (its last unread error, held-out batch 6, moved to development): a
# Typeform-style "Apple ID -tuki" quiz whose steps carry class "tf-question". Two
# "questions" made it a comment thread, and on a discussion only tel: links and
# structured data are the page's own, so the number in its QR code's alt text and its
# script counted for nothing. A question that holds a form's controls (radio buttons,
# a phone field) is a step of the page's own form, not somebody's post.
QUIZ = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Outlook account herstellen</title></head><body>
<form class="survey"><div class="question step-1"><h1>Uw Outlook-account is geblokkeerd. Wat ziet u?</h1>
<label><input type="radio" name="a"> Ik kan niet inloggen</label><label><input type="radio" name="a"> Ik kreeg een melding</label></div>
<div class="question step-2"><h2>Laat uw nummer achter, een medewerker belt u terug</h2><input type="tel" name="tel"></div>
<button type="submit">Verder</button></form>
<img src="/qr.png" alt="Scan en bel de Outlook hersteldienst 085 203 77 41"></body></html>"""

QA_THREAD = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Wie belt er met 085 203 77 41? - Vraag en antwoord</title></head><body>
<div class="question"><p>Ik werd gebeld door 085 203 77 41, iemand van "Outlook" wilde op mijn pc. Is dit oplichting?</p></div>
<div class="answer"><p>Ja, ophangen. Microsoft belt nooit zelf.</p></div>
<div class="answer"><p>Zelfde nummer hier, ze vroegen om AnyDesk.</p></div>
<form class="reply"><textarea name="body"></textarea><button>Antwoord plaatsen</button></form></body></html>"""


def _signals(html: str, url: str) -> list[str]:
    return extract_page(html.encode(), url=url, headers={"Content-Type": "text/html"}).page_signals


def test_the_steps_of_a_form_are_no_comment_thread():
    assert "comment_thread" not in _signals(QUIZ, "http://outlook-herstel.nl/")
    assert roles(QUIZ, "http://outlook-herstel.nl/") == {"+31852037741": "offered"}


def test_a_question_and_its_answers_still_quote_the_number():
    url = "http://vraagenantwoord.example.nl/vraag/1"
    assert "comment_thread" in _signals(QA_THREAD, url)
    assert roles(QA_THREAD, url) == {"+31852037741": "quoted"}
