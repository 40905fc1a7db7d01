"""Classes found in the held-out web's twelfth batch (moved to development, issue 14).

1. A Q&A forum thread (a Japanese "ask the community" site) quoted a locker's number in
   its question and answers; two occurrences were read as the forum's own offer:
   - its markup names the answers in camelCase/PascalCase class names
     ("ClapLv2Answer__text", "commentBody", "ReplyItem"), which the zone reader did not
     split into words, so "answer" / "comment" / "reply" went unseen;
   - Japanese writes no spaces between words, so no cue word ("電話しないでください",
     "詐欺") ever matched between word boundaries, and there were no Japanese cues.
   The thread then "offered" the locker's number and was flagged with the locker.
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from crawler.extract.zones import QUOTE, class_flags
from tests.page_world import roles, score_world, site

NUMBER = "+815055328841"

# A Q&A thread in the shape of the big Japanese community sites (my own wording).
QA_THREAD = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>警告画面に電話番号が出ました - みんなのPC質問箱</title></head>
<body><div id="root"><header class="SiteHeader"><a href="/">みんなのPC質問箱</a></header>
<main class="MainColumn"><div class="QuestionCard"><div class="QuestionCard__meta">匿名さん 2026/3/2</div>
<h1 class="QuestionCard__title">警告画面に電話番号が出ました</h1>
<div class="QuestionCard__text"><p>動画を見ていたら画面いっぱいに警告が出て、サポートに連絡するよう書かれていました。番号は 050-5532-8841 です。本物でしょうか？</p></div></div>
<section class="AnswerList"><div class="AnswerItem"><div class="AnswerItem__user">tetsu_pc</div>
<div class="AnswerItem__body">偽の警告です。050-5532-8841 には電話しないでください。ブラウザを閉じれば大丈夫です。</div></div>
<div class="AnswerItem"><div class="AnswerItem__user">mika</div><div class="AnswerItem__body">私のところにも出ました。05055328841 と書いてありました。</div></div></section></main>
<footer class="SiteFooter"><a href="/terms">利用規約</a> © 2026 みんなのPC質問箱</footer></div></body></html>"""

# The same thread's wording with no class names at all: only the words tell.
JA_WARNING_TEXT = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>パソコンの相談</title></head>
<body><div><h1>パソコンの相談</h1><p>画面に出た 050-5532-8841 はサポート詐欺の番号です。絶対に電話しないでください。</p>
<p>ほかにも 050-5532-8841 に電話して遠隔操作ソフトを入れられる被害が出ています。</p></div></body></html>"""

# A Japanese helpdesk page offers its number in the same script: still offered.
JA_OFFER = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>パソコン修理センター</title></head>
<body><div><h1>パソコンのトラブル解決</h1><p>ウイルス駆除・初期設定・遠隔サポート。今すぐお電話ください 050-5532-8841（年中無休）</p>
<p>フリーダイヤル 0120-958-274 でも受付中です。</p></div></body></html>"""

# The Japanese locker page that the thread is about.
LOCKER = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Windows Defender セキュリティ警告</title></head>
<body onbeforeunload="return 'x'"><div class="alert"><h1>このPCはブロックされました</h1><p>エラーコード: 0x80073afc</p>
<p>トロイの木馬ウイルスが検出されました。PCを再起動しないでください。</p>
<p>今すぐ Microsoft サポートにお電話ください: <b>050-5532-8841</b></p></div>
<script>document.documentElement.requestFullscreen();setInterval(function(){alert('ウイルスが検出されました');},2000);</script></body></html>"""


@pytest.mark.parametrize(
    "value",
    ["ClapLv2Answer__text", "AnswerItem__body", "commentBody", "userReplyText", "ForumPost"],
)
def test_camel_case_class_names_are_read_as_words(value):
    assert class_flags(value) & QUOTE


def test_camel_case_splitting_keeps_plain_words_whole():
    assert not class_flags("Answerphone") & QUOTE  # one word, not "answer" + "phone"
    assert not class_flags("contact-details") & QUOTE


def test_a_qa_thread_quotes_the_number_it_asks_about():
    assert roles(QA_THREAD, "https://pc-shitsumon.example/q/8841") == {NUMBER: "quoted"}


def test_japanese_warning_words_make_a_number_quoted():
    assert roles(JA_WARNING_TEXT, "https://pc-soudan.example/") == {NUMBER: "quoted"}


def test_japanese_call_words_still_offer_a_number():
    found = roles(JA_OFFER, "https://pc-shuri.example/")
    assert found == {NUMBER: "offered", "+81120958274": "offered"}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    world = [
        site("windows-keikoku-pc.xyz", "scam", "scareware", LOCKER, 5, True),
        site("pc-shitsumon.com", "legit", "forum", QA_THREAD, 4000, True),
    ]
    return score_world(world, tmp_path_factory.mktemp("batch12"))


def test_the_locker_is_flagged(outcomes):
    assert outcomes["windows-keikoku-pc.xyz"]["flagged"]


def test_the_thread_about_it_is_not(outcomes):
    row = outcomes["pc-shitsumon.com"]
    assert not row["flagged"], row["reasons"]


def test_a_script_hook_class_is_no_zone():
    # XenForo's thread container: the posts inside it are the quotes, one by one.
    assert not class_flags("block-body js-replyNewMessageContainer") & QUOTE
    assert class_flags("message message--post") & QUOTE


XENFORO_THREAD = """<!doctype html><html lang="nl"><head><title>Gebeld door 'Microsoft' | PC Forum</title></head><body>
<div class="p-body"><h1 class="p-title-value">Gebeld door 'Microsoft', nu AnyDesk op mijn pc</h1>
<div class="block-body js-replyNewMessageContainer">
<article class="message message--post"><div class="message-cell message-cell--user">Henk58</div>
<div class="message-cell message-cell--main"><div class="message-content"><div class="bbWrapper">Ik werd gebeld door 085 208 1144, ze zeiden Microsoft helpdesk te zijn.</div></div></div></article>
<article class="message message--post"><div class="message-cell message-cell--user">Modje</div>
<div class="message-cell message-cell--main"><div class="message-content"><div class="bbWrapper">Nep-helpdesk, meld het bij de Fraudehelpdesk. Dat nummer 085 208 1144 staat al bekend.</div></div></div></article>
</div></div></body></html>"""


def test_a_forum_thread_behind_a_script_hook_is_a_comment_thread():
    found = extract_page(XENFORO_THREAD.encode(), url="https://pc-forum.example/threads/1/", headers={})
    assert "comment_thread" in found.page_signals
