"""Scam variants the vocabulary did not know, and the honest pages beside them (issue 14,
classes 2, 6, 7, 9). Each case failed before its words were added:

- a Japanese scareware page: its phrases sit between other kana with no spaces, and its
  national-format number needs the page's language (ja) for its region;
- the renewal-invoice variant: "your plan has been renewed for $399, call to cancel";
- an identifier written after an English or German register label ("Company No.
  08123456") is no phone number, so it cannot be "a number unfit for a helpdesk".
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from crawler.extract.terms import phrase_pattern
from tests.page_world import score_world, site

JAPANESE = """<!doctype html><html lang="ja"><head><title>Windows セキュリティ警告</title></head><body>
<h1>お使いのコンピューターはウイルスに感染しています</h1><p>個人情報が危険にさらされています。
今すぐマイクロソフトサポートに電話してください：<b>050-3188-2345</b></p></body></html>"""

INVOICE = """<!doctype html><html><head><title>Order Confirmation - Auto Renewal</title></head><body>
<h1>Thank you for your purchase</h1><p>Your Geek Squad Total Protection plan has been renewed for
$399.99. The amount will be debited from your account within 24 hours.</p><p>If you did not
authorize this charge, call our billing department to cancel and get a refund:
<b>+1 (808) 301-4477</b></p><p>Invoice #GS-88231-77 &middot; Date: 12/01/2026</p></body></html>"""

SHOP_FAQ = """<!doctype html><html><head><title>Subscription FAQ | SoftwareStore</title></head><body>
<h1>Managing your subscription</h1><p>Your subscription is automatically renewed at the end of each
term. You will be charged the renewal price shown in your account. To cancel the subscription, go to
My Account &gt; Subscriptions. Refund requests within 30 days: contact customer service at
+44 20 3608 1234 (Mon-Fri).</p><footer>SoftwareStore Ltd, 20 Farringdon Road, London EC1M 3HE.
Company No. 08123456. VAT GB123456789</footer></body></html>"""

SITES = [
    site("ja-keikoku.com", "scam", "scareware", JAPANESE, 3, True),
    site("geeksupport-billing.com", "scam", "fake_helpdesk", INVOICE, 10, True),
    site("softwarestore-eu.com", "legit", "business", SHOP_FAQ, 1500, False),
]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, dict]:
    return score_world(SITES, tmp_path_factory.mktemp("variants"))


def test_unspaced_phrases_match_inside_running_japanese_text():
    pattern = phrase_pattern(["ウイルスに感染", "call now"])
    assert pattern.search("お使いのコンピューターはウイルスに感染しています")
    assert pattern.search("please call now") and not pattern.search("recall nowhere")


def test_a_japanese_page_reads_its_national_number_in_japan():
    found = extract_page(JAPANESE.encode(), url="http://ja-keikoku.com/", headers={})
    assert [p.e164 for p in found.valid_phones] == ["+815031882345"]
    assert len(found.scare_terms) >= 2


def test_a_company_number_is_not_a_phone():
    found = extract_page(SHOP_FAQ.encode(), url="http://softwarestore-eu.com/", headers={})
    assert {p.e164 for p in found.phones} == {"+442036081234"}


@pytest.mark.parametrize("domain", ["ja-keikoku.com", "geeksupport-billing.com"])
def test_the_variant_is_flagged(outcomes, domain):
    assert outcomes[domain]["flagged"], outcomes[domain]["reasons"]


def test_an_honest_subscription_faq_is_not(outcomes):
    row = outcomes["softwarestore-eu.com"]
    assert not row["flagged"] and "number_unfit_for_helpdesk" not in row["reasons"]
