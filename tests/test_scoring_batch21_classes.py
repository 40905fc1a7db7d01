"""Classes found in the held-out web's twenty-first batch (moved to development, issue 14).

- A Japanese Q&A site ("パソコン質問箱"): a victim's question quotes the number of the
  fake "Microsoft サポート窓口" she called and the AnyDesk she was told to install; the
  best answer warns. The question post was read as the page's own text, its number as
  offered, and the site as a Microsoft helpdesk. A question on a Q&A site is somebody
  else's words, as an answer or a reply is; and a victim telling what she did ("...に
  電話しました", "...ように言われ") reports a number, in Japanese as in Dutch.
- The other side of the same markup: a helpdesk's own FAQ ("faq-answer": "Call us on
  ...") speaks in the site's voice; its answers are not somebody else's words.
- An old Austrian choir's Joomla site carried an injected "Microsoft Konto Hotline"
  post ("hilft Ihnen sofort am Telefon, Ihr Konto wiederherzustellen") with a tel:
  link. German, French and Finnish account-recovery and help-by-phone wording was
  missing next to the Dutch and English ("account herstellen", "recover account"), so
  the post read as one helpdesk word; and a choir is a trade of its own, like a club.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from tests.page_world import roles, score_world, site

HTML = {"Content-Type": "text/html; charset=utf-8"}

JA_QUESTION = """<!doctype html><html lang="ja"><head><title>Microsoft サポート窓口に電話して AnyDesk – パソコン質問箱</title></head>
<body><div id="hd"><a href="/">パソコン質問箱</a></div><div id="qa">
<section class="question"><h1>「Microsoft サポート窓口」に電話して AnyDesk を入れてしまいました</h1>
<p>Outlook にログインできず、検索して出てきたサイトの番号に電話しました。番号は <strong>0120-555-318</strong> です。
AnyDesk を入れるように言われ、遠隔操作されました。</p><p class="meta">質問者：みかん ・ 2026/03/02</p></section>
<section class="answer best"><h2>ベストアンサー</h2><p>それは Microsoft の窓口ではありません。すぐに AnyDesk を削除してください。</p></section>
</div><div id="ft">© 2007-2026 パソコン質問箱</div></body></html>"""

NL_QUESTION = """<!doctype html><html lang="nl"><head><title>Microsoft helpdesk gebeld? – Vraag en antwoord</title></head>
<body><div class="vraag"><h1>Is dit echt de Microsoft helpdesk?</h1><p>Mijn laptop gaf een melding en ik heb
0800-022 4417 gebeld. Ze wilden TeamViewer op mijn pc zetten.</p><span>Gevraagd door Henk58</span></div>
<div class="antwoorden"><div class="antwoord"><p>Nee, ophangen en nooit geld overmaken.</p></div></div></body></html>"""

DE_QUESTION = """<!doctype html><html lang="de"><head><title>Microsoft Hotline wirklich echt? | Fragen &amp; Antworten</title></head>
<body><div class="frage-box"><h1>Microsoft Hotline wirklich echt?</h1><p>Auf dem Bildschirm stand, ich soll die
0800 180 5542 wählen, dort wollte man per Fernwartung auf meinen PC.</p></div>
<div class="antwort"><p>Finger weg, das ist nicht Microsoft.</p></div></body></html>"""

EN_QUESTION = """<!doctype html><html lang="en"><head><title>Is +1 (844) 555-0187 really Microsoft support? - Super Help</title></head>
<body><div id="question-header"><h1>Is this really Microsoft support?</h1></div>
<div class="question-body s-prose"><p>A pop-up said my PC is infected and showed +1 (844) 555-0187 with a Microsoft logo.
Should I trust it?</p></div><div class="answer-body"><p>No. Microsoft never shows phone numbers in pop-ups.</p></div></body></html>"""


@pytest.mark.parametrize(
    "html, url, e164",
    [
        (JA_QUESTION, "http://www.pc-qa.jp/qa/1.html", "+81120555318"),
        (NL_QUESTION, "http://www.vraagenweet.nl/vraag/1", "+318000224417"),
        (DE_QUESTION, "http://www.fragen-antworten.de/frage/1", "+498001805542"),
        (EN_QUESTION, "http://superhelp.example.com/q/1", "+18445550187"),
    ],
)
def test_a_number_in_a_question_post_is_quoted(html, url, e164):
    assert roles(html, url).get(e164) == "quoted"


def test_a_victim_telling_what_she_called_quotes_the_number_in_japanese():
    body = """<html lang="ja"><body><p>昨日、画面に出た 0120-555-318 に電話しました。
    AnyDesk を入れるように言われました。</p></body></html>"""
    assert roles(body, "http://blog.example.jp/") == {"+81120555318": "quoted"}


def test_a_japanese_call_to_action_still_offers_the_number():
    body = """<html lang="ja"><body><p>パソコンのトラブルは 0120-555-318 までお電話ください。</p></body></html>"""
    assert roles(body, "http://pc-support.example.jp/") == {"+81120555318": "offered"}


FAQ = """<!doctype html><html lang="en"><head><title>Printer help – FAQ</title></head><body>
<div class="faq"><div class="faq-item"><h3 class="faq-question">How do I reach a technician?</h3>
<div class="faq-answer"><p>Call us on 1-888-555-0143, our technicians answer 24/7.</p></div></div></div></body></html>"""


def test_a_sites_own_faq_answer_offers_its_number():
    assert roles(FAQ, "http://printer-help.example.com/faq") == {"+18885550143": "offered"}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("de", "Ihr Outlook-Konto wurde gesperrt? Unsere Experten helfen Ihnen am Telefon, "
               "Ihr Konto wiederherzustellen."),
        ("de", "Passwort zurücksetzen und Konto wiederherstellen: wir helfen telefonisch."),
        ("fr", "Votre compte Outlook est bloqué ? Nous vous aidons par téléphone à récupérer "
               "votre compte."),
        ("fr", "Réinitialiser votre mot de passe et rétablir votre compte, par téléphone."),
        ("fi", "Outlook-tili lukittu? Autamme palauttamaan tilisi puhelimitse."),
        ("fi", "Salasanan palautus ja tilin palautus puhelimessa."),
    ],
)
def test_account_recovery_by_phone_is_helpdesk_wording_in_every_language(lang, text):
    body = f'<html lang="{lang}"><body><p>{text}</p></body></html>'
    terms = extract_page(body.encode(), url="http://x.example.com/", headers=HTML).helpdesk_terms
    assert len(set(terms)) >= 2, terms


CHOIR = """<!doctype html><html lang="de"><head><title>Gesangverein Frohsinn Lauterach – Startseite</title>
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management"></head>
<body><div id="header"><h1>Gesangverein Frohsinn Lauterach</h1><p>Singen seit 1921</p></div>
<div id="content"><table class="contentpaneopen"><tr><td class="contentheading">Microsoft Konto gesperrt? Outlook Hotline Österreich</td></tr>
<tr><td><p>Ihr Outlook- oder Hotmail-Konto wurde gesperrt? Die Microsoft Konto Hotline hilft Ihnen sofort am Telefon,
Ihr Konto wiederherzustellen – kostenlos aus ganz Österreich.</p>
<p><a href="tel:%2B43%20800%20311577"><strong>&gt;&gt; Hier klicken und Hotline anrufen &lt;&lt;</strong></a></p></td></tr></table>
<table class="contentpaneopen"><tr><td class="contentheading">Frühjahrskonzert im Vereinshaus</td></tr>
<tr><td><p>Unser Frühjahrskonzert findet am Samstag um 19:30 Uhr statt. Eintritt: freiwillige Spende.</p></td></tr></table></div>
<div id="footer">© 2008–2026 Gesangverein Frohsinn Lauterach · Powered by Joomla!</div></body></html>"""


@pytest.fixture(scope="module")
def choir(tmp_path_factory):
    world = [site("liedertafel-lauterach.at", "scam", "fake_helpdesk", CHOIR, 6200, False)]
    return score_world(world, tmp_path_factory.mktemp("choir"))


def test_an_injected_hotline_post_on_an_old_choirs_site_is_flagged(choir):
    row = choir["liedertafel-lauterach.at"]
    reasons = {r["indicator"] for r in json.loads(row["reasons"])}
    assert "brand_helpdesk_impersonation" in reasons
    assert "name_of_another_trade" in reasons
    assert row["flagged"] == 1


@pytest.fixture(scope="module")
def question_site(tmp_path_factory):
    world = [site("pc-qa.jp", "legit", "forum", JA_QUESTION, 6000, False)]
    return score_world(world, tmp_path_factory.mktemp("qa"))


def test_a_qa_sites_question_about_a_fake_helpdesk_is_not_impersonation(question_site):
    row = question_site["pc-qa.jp"]
    reasons = {r["indicator"] for r in json.loads(row["reasons"])}
    assert "brand_helpdesk_impersonation" not in reasons
    assert row["flagged"] == 0
