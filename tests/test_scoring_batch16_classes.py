"""Classes found in the held-out web's sixteenth batch (moved to development, issue 14).

A Japanese Gmail "account recovery support centre" (gmail-account-fukkyu.com, eight
days old, shielded, a free-dial number in fullwidth digits) scored 4: the vocabulary
had Japanese alarm words but no Japanese helpdesk or warning words, so neither the
impersonation nor the help offer could be read; and "gmail", five letters, was too
short a product name to count in a domain at all. Short product names ("gmail",
"skype", "teams", "alexa") now count as a whole token of the name, and the Japanese
helpdesk pitch and warning wording are in the vocabulary (romaji support words in
domain names too: "sapoto", "fukkyu").
"""

from __future__ import annotations

import pytest

from scoring.indicators.domain import brands_named
from scoring.rules import load_rules
from tests.page_world import indicators, score_world, site

OUTLOOK_JA = """<!doctype html><html lang="ja"><head><title>Outlookメールが届かない・ログインできない | Outlook サポート窓口</title></head>
<body><div class="wrapper"><header class="site-header"><p class="logo">Outlook メール サポート窓口</p></header>
<section class="mv"><h1>Outlook・Hotmail のトラブルは専門スタッフにお任せください</h1>
<p>メールが送れない、アカウントにログインできない、パスワードを忘れた――技術スタッフが遠隔操作でお客様のパソコンを確認し、その場で解決します。</p>
<p class="tel">通話料無料 0120-914-372（年中無休 9:00〜21:00）</p></section>
<footer><small>© Outlook メール サポート窓口</small></footer></div></body></html>"""

UNBRANDED_JA = """<!doctype html><html lang="ja"><head><title>パソコン修理・設定サポート｜即日対応</title></head>
<body><main><h1>パソコンのトラブル、お電話一本で解決</h1>
<p>動作が遅い、ウイルスが心配、プリンターが動かない。専任スタッフがリモートサポートで即日対応します。</p>
<p>お電話はこちら：<a href="tel:0362285519">03-6228-5519</a>（24時間受付）</p></main></body></html>"""

BANK_WARNING_JA = """<!doctype html><html lang="ja"><head><title>サポート詐欺にご注意ください｜さくら信用金庫</title></head>
<body><header><p>さくら信用金庫</p></header><main><article><h1>サポート詐欺にご注意ください</h1>
<p>パソコンに「ウイルスに感染しました」と偽の警告を表示し、記載の番号（050-3171-4426 など）へ電話させる詐欺の被害が増えています。</p>
<p>表示された番号には絶対に電話しないでください。不審な電話は警察または消費者センターにご相談ください。</p>
<p>当金庫へのお問い合わせ：<a href="tel:0120458777">0120-458-777</a>（平日 9:00〜17:00）</p></article></main></body></html>"""


@pytest.mark.parametrize(
    "label, brand",
    [("gmail-account-fukkyu", "google"), ("skype-help-desk", "microsoft"), ("alexa-setup-help", "amazon")],
)
def test_a_short_product_name_counts_as_a_whole_token(label, brand):
    assert brand in {b.id for b, _ in brands_named(label, load_rules())}


@pytest.mark.parametrize("label", ["steamsupport", "mygmailhelp", "xboxingclub"])
def test_not_inside_another_word(label):
    assert not brands_named(label, load_rules())


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("outlook-mail-sapoto.com", "scam", "fake_helpdesk", OUTLOOK_JA, 6, True),
        site("pc-shuri-sokujitsu.jp", "scam", "fake_helpdesk", UNBRANDED_JA, 9, True),
        site("sakura-shinkin.jp", "legit", "warning", BANK_WARNING_JA, 6000, False),
    ]
    return score_world(sites, tmp_path_factory.mktemp("batch16"))


def test_a_japanese_brand_helpdesk_is_read_and_flagged(outcomes):
    row = outcomes["outlook-mail-sapoto.com"]
    assert "brand_helpdesk_impersonation" in indicators(row)
    assert row["flagged"] == 1


def test_a_japanese_unbranded_help_offer_is_read(outcomes):
    assert "tech_support_offer" in indicators(outcomes["pc-shuri-sokujitsu.jp"])


def test_a_japanese_warning_reads_as_one(outcomes):
    row = outcomes["sakura-shinkin.jp"]
    assert row["flagged"] == 0
    assert "warning_context" in indicators(row)
