"""Classes found in the held-out web's twenty-second batch (moved to development, issue 14).

- A McAfee "Abonnement abgelaufen" countdown on a pages.dev subdomain wrote its hotline
  into the call button from an array of single digits (`var d=[0,8,0,0,1,8,...];
  a.href='tel:'+d.join('')`): arrays of number literals were not read as pieces, so the
  page had no number, no contact of its own and no impersonation.
- A Sapporo repair shop warned on its home page that "0120-... はキヤノンの窓口では
  ありません" (is not Canon's support line): a sentence that denies a number belongs to
  somebody quotes it, in Japanese as in Dutch, English, German and French.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.page import extract_page
from tests.page_world import roles, score_world, site

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _script_page(script: str, lang: str = "de") -> bytes:
    return (
        f'<html lang="{lang}"><body><p>Kostenlose Hotline:</p>'
        f'<a class="js-hotline btn" href="#">Hotline anzeigen</a>'
        f"<script>{script}</script></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "script, url, e164",
    [
        ("var d=[0,8,0,0,1,8,3,4,5,2,6];var n=d.slice(0,4).join('')+' '+d.slice(4).join('');"
         "a.href='tel:'+d.join('');", "http://abo.pages.dev/", "+498001834526"),
        ("const digits = [ 0, 8, 5, 2, 0, 8, 1, 9, 3, 3 ]; btn.textContent = digits.join('');",
         "http://hulp.netlify.app/", "+31852081933"),
        ("var p = [1, 888, 555, 143]; el.innerText = '+' + p.join('-');",
         "http://help.web.app/", None),
        ("var g=['+1',844,555,'0187'];document.getElementById('t').href='tel:'+g.join('');",
         "http://help.web.app/", "+18445550187"),
    ],
)
def test_a_number_assembled_from_an_array_of_number_literals_is_read(script, url, e164):
    phones = extract_page(_script_page(script), url=url, headers=HTML).phones
    found = {p.e164 for p in phones if p.valid}
    if e164 is None:
        assert found <= {"+18885550143"}  # whatever it is, nothing invented
    else:
        assert e164 in found
        assert {p.role for p in phones if p.e164 == e164} == {"offered"}


def test_counting_arrays_are_no_number():
    script = "var steps=[10,20,30,40,50,60,70,80];var t=[14,59];c.textContent=t.join(':');"
    assert extract_page(_script_page(script), url="http://x.example.com/", headers=HTML).phones == []


@pytest.mark.parametrize(
    "lang, text, e164",
    [
        ("ja", "検索して出てきたサイトに電話し、高額な料金を請求されたというご相談が続いています。"
               "<b>0120-589-174</b> はキヤノンの窓口ではありません。", "+81120589174"),
        ("nl", "Wij krijgen vragen over 085 208 1933: dat is niet het nummer van Microsoft.",
         "+31852081933"),
        ("en", "Customers ask us about 1-888-555-0143. That is not the number of HP support.",
         "+18885550143"),
        ("de", "Kunden fragen nach der 0800 180 5542 – das ist nicht die Nummer von Microsoft.",
         "+498001805542"),
        ("fr", "On nous demande si le 09 70 55 12 34 est Apple : ce n'est pas le numéro d'Apple.",
         "+33970551234"),
    ],
)
def test_a_number_denied_to_a_brand_is_quoted(lang, text, e164):
    body = f'<html lang="{lang}"><body><div id="main"><p>{text}</p></div></body></html>'
    assert roles(body, "http://shop.example.com/").get(e164) == "quoted"


def test_the_shops_own_number_beside_the_denial_stays_offered():
    body = """<html lang="ja"><body><p><b>電話：011-723-8461</b>（受付 10:00〜19:00）</p>
    <h2>【ご注意】偽の窓口</h2><p>相談が続いています。<b>0120-589-174</b> はキヤノンの窓口ではありません。</p></body></html>"""
    assert roles(body, "http://pc-shop.example.jp/") == {
        "+81117238461": "offered", "+81120589174": "quoted"}  # fmt: skip


LOCKER = """<!DOCTYPE html><html lang="de"><head><title>McAfee – Abonnement abgelaufen – jetzt verlängern</title></head>
<body><nav class="navbar"><span class="navbar-brand">McAfee Total Protection</span></nav>
<div class="card"><h1>Ihr McAfee-Abonnement ist abgelaufen</h1><p>Ihr PC ist seit heute nicht mehr geschützt.</p>
<p>Kostenlose McAfee Kundendienst-Hotline:<br><a class="js-hotline btn btn-danger" href="#">Hotline anzeigen</a></p>
<p>Ein Techniker aktiviert Ihren Schutz per Fernwartung in wenigen Minuten.</p></div>
<script>(function(){var d=[0,8,0,0,1,8,3,4,5,2,6];document.querySelectorAll('.js-hotline').forEach(function(a){
a.textContent=d.slice(0,4).join('')+' '+d.slice(4).join('');a.href='tel:'+d.join('');});})();</script></body></html>"""


@pytest.fixture(scope="module")
def locker(tmp_path_factory):
    world = [site("mcafee-schutz-abgelaufen.pages.dev", "scam", "fake_helpdesk", LOCKER, 2400, False)]
    return score_world(world, tmp_path_factory.mktemp("locker"))


def test_a_brand_renewal_page_with_a_scripted_hotline_is_flagged(locker):
    row = locker["mcafee-schutz-abgelaufen.pages.dev"]
    reasons = {r["indicator"] for r in json.loads(row["reasons"])}
    assert "brand_helpdesk_impersonation" in reasons
    assert row["flagged"] == 1
