"""Twenty-third batch of held-out honest templates: page shells no earlier batch uses.

b23_ie_amp_paypal_article (an Irish regional paper's AMP article on a fake PayPal helpline
and a UK Brother printer desk), b23_at_typo3_consumer_tv (an Austrian TV consumer
programme's episode page on TYPO3: a fake Norton invoice and a "Computer gesperrt" pop-up),
b23_ja_nuxt_qa_iphone (a Japanese Q&A site on Nuxt with its hydration JSON: a question about
an iPhone "virus" warning), b23_au_vbulletin_tables_thread (an Australian PC forum on an old
vBulletin 3 table layout: the "Microsoft Support" Wix site), b23_us_sveltekit_number_lookup
(a US reverse phone lookup on SvelteKit), b23_nl_symfony_turbo_lookup (a Dutch number lookup
on Symfony with Turbo frames), b23_fi_aem_bank_warning (a Finnish savings bank's warning
page on Adobe Experience Manager with its own customer service number),
b23_chfr_drupal10_police_warning (a Vaud regional police prevention page on Drupal 10 with
its own number), b23_chde_joomla_repair_fernwartung (a Schwyz computer workshop on Joomla
with its own remote-support page and TeamViewer QuickSupport download),
b23_be_hugo_it_partner (a Ghent IT partner's Hugo site listing Microsoft's and Apple's
genuine Belgian numbers), b23_de_shopware_userlike_shop (a Stuttgart computer shop on
Shopware 6 with a Userlike chat widget) and b23_nl_remix_ziggo_official (Ziggo's own
"nep-helpdesks" safety page as a Remix app with its hydration context).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import home as _home
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.shell import quoted_written as _qw
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document


def _spaced_sub(e164: str) -> str:
    """'0800 / 583 72 14': a German reader's copy of a 0800 number."""
    g = numbers.groups(e164)
    return f"{g[0]} / {g[1][:3]} {g[1][3:5]} {g[1][5:]}"


# --- an Irish regional paper's AMP article: a fake PayPal line and a UK Brother desk -------


@branded
def b23_ie_amp_paypal_article(spec: Spec, rng: Random) -> Drafts:
    paypal, brother = spec.quoted
    s = Sheet()
    aid = rng.randint(41000000, 41999999)
    slug = f"/news/mullingar-woman-loses-4-200-after-calling-fake-paypal-helpline-{aid}"
    path = slug + "/amp/"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Mullingar woman loses €4,200 after calling fake PayPal helpline",
        "datePublished": "2026-02-25T07:00:00+00:00",
        "author": {"@type": "Person", "name": "Siobhán Daly"},
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    head = (
        f'<link rel="canonical" href="https://{spec.host}{slug}">\n'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>\n'
        '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>\n'
        '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
        "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>\n"
        "<style amp-custom>.hdr{background:#0b3d2e;color:#fff;padding:10px}.art{padding:0 16px;font-family:Georgia,serif}.byline{color:#666;font-size:14px}</style>\n"
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    body = (
        f'<header class="hdr"><a href="/">{esc(spec.name)}</a> · <a href="/news/">News</a> · <a href="/sport/">Sport</a> · <a href="/contact-us/">Contact us</a></header>'
        '<article class="art">'
        "<h1>Mullingar woman loses €4,200 after calling fake PayPal helpline</h1>"
        '<p class="byline">By Siobhán Daly · 25 Feb 2026</p>'
        f'<amp-img src="/images/{aid}/paypal-scam.jpg" width="1200" height="675" layout="responsive" alt="A laptop showing a payment page"></amp-img>'
        "<p>A Mullingar woman in her sixties has lost €4,200 after ringing what she believed was PayPal’s Irish "
        "customer support line, gardaí have said.</p>"
        "<p>The woman had received an email saying her PayPal account had been limited. When she searched online for "
        "help, a website calling itself a PayPal helpline for Ireland came up. The page showed no number, only a "
        f"button, which rang {_q(s, paypal)}.</p>"
        "<p>The man who answered asked her to install an app “so the security team can see the hold on your account”. "
        "Over two hours he talked her through three transfers from her credit union account, telling her each was a "
        "“test refund”.</p>"
        "<p>Sergeant Declan Moran of the Westmeath Garda Division said: “PayPal does not take calls to unlock accounts "
        "on a freephone number found on a search engine, and no bank or payment company will ever ask you to let them "
        "control your computer.”</p>"
        "<h2>Printer ‘support’ too</h2>"
        "<p>The same week, a Kinnegad reader contacted the paper about a slick website offering help with Brother "
        f"printers, with a UK freephone number, {_q(s, brother)}, Companies House number and hundreds of reviews. "
        "Brother said the site had nothing to do with the company.</p>"
        "<p>Anyone who thinks they have been scammed should contact their bank immediately and report it to their "
        "local Garda station.</p></article>"
        '<amp-consent id="consent" layout="nodisplay"><script type="application/json">{"consentInstanceId":"site-consent","consentRequired":true,"promptUI":"consent-ui"}</script>'
        '<div id="consent-ui"><p>We use cookies to give you the best experience.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Reject</button></div></amp-consent>'
        f'<footer class="art"><p>© 2026 {esc(spec.name)} · <a href="/contact-us/">Contact us</a> · <a href="/privacy/">Privacy</a> · Member of the Press Council of Ireland</p></footer>'
    )
    page = (
        f'<!DOCTYPE html>\n<html lang="{spec.lang}" amp>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
        f"<title>Mullingar woman loses €4,200 after calling fake PayPal helpline | {esc(spec.name)}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    return {
        "/": _home(spec, slug, "Mullingar woman loses €4,200 after calling fake PayPal helpline", "News from Westmeath, Longford and the Midlands."),
        path: (page, s),
    }


# --- an Austrian TV consumer programme on TYPO3: a fake Norton invoice, a locker ----------


@branded
def b23_at_typo3_consumer_tv(spec: Spec, rng: Random) -> Drafts:
    norton, locker = spec.quoted
    s = Sheet()
    path = "/sendungen/servicezeit/2026/falsche-norton-rechnung-und-gesperrter-computer/"

    def ce(uid: int, kind: str, inner: str) -> str:
        return f'<div id="c{uid}" class="frame frame-default frame-type-{kind} frame-layout-0 frame-space-after-small">{inner}</div>'

    head = (
        "<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n-->\n"
        '<meta name="generator" content="TYPO3 CMS">\n'
        f'<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-{_hex(rng, 32)}-min.css.gz?{rng.randint(1700000000, 1799999999)}" media="all">\n'
    )
    u = rng.randint(2000, 6000)
    body = (
        f'<div class="page"><header class="site-header"><a class="logo" href="/">{esc(spec.name)}</a>'
        '<nav class="main-nav"><ul><li><a href="/sendungen/">Sendungen</a></li><li><a href="/sendungen/servicezeit/">Servicezeit</a></li>'
        '<li><a href="/mediathek/">Mediathek</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>'
        '<main id="content"><ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/sendungen/servicezeit/">Servicezeit</a></li><li>Sendung vom 24. Februar 2026</li></ol>'
        + ce(u, "header", "<h1>Servicezeit: Falsche Norton-Rechnung und „Ihr Computer wurde gesperrt“</h1><p class=\"subheader\">Sendung vom 24. Februar 2026, 18:30 Uhr · 26 Min.</p>")
        + ce(u + 1, "textmedia", '<div class="ce-textpic ce-right ce-intext"><div class="ce-gallery"><figure class="video"><div class="video-embed">'
             f'<iframe src="/mediathek/embed/{rng.randint(100000, 999999)}" title="Servicezeit vom 24.2.2026" allowfullscreen></iframe></div></figure></div>'
             '<div class="ce-bodytext">'
             "<p>Eine Pensionistin aus Wiener Neustadt bekommt eine E-Mail: Ihr Norton-Abonnement sei „automatisch um 399,99 Euro "
             "verlängert“ worden. Ein Link führt auf eine Rechnungsseite mit Rechnungsnummer, Mehrwertsteuer und einer kostenlosen "
             "„Storno-Hotline“. Die Nummer steht nicht im Text der Seite, sie wird erst im Browser eingeblendet – für "
             f"Suchmaschinen und Filter unsichtbar. Angezeigt wird {_q(s, norton)}.</p>"
             "<p>Die Frau ruft an. Ein freundlicher Herr verspricht die Rückerstattung, wenn sie ein Fernwartungsprogramm "
             "installiert und sich ins Online-Banking einloggt. „Dann war der Bildschirm schwarz, und am nächsten Tag fehlten "
             "2.800 Euro“, erzählt sie im Studio.</p></div></div>")
        + ce(u + 2, "text", "<h2>Zweiter Fall: der gesperrte Computer</h2>"
             "<p>Ein Zuseher aus Graz schickte uns ein Foto seines Bildschirms: Ein angeblicher Virenscan der Windows-Sicherheit "
             "läuft ab, findet drei Trojaner, dann erscheint „Ihr Computer wurde gesperrt“, begleitet von einer Computerstimme. "
             f"Die angezeigte Nummer war die deutsche Gratisnummer {_qw(s, locker, _spaced_sub(locker))}. Microsoft hat damit nichts zu tun; "
             "die Seite sperrt nur den Browser, nicht den Computer.</p>")
        + ce(u + 3, "text", "<h2>Das rät die Arbeiterkammer</h2>"
             + _ul((
                 "Rechnungen nie über einen Link in der E-Mail prüfen, sondern direkt im eigenen Kundenkonto.",
                 "Einen gesperrten Browser mit Strg+Alt+Entf und dem Task-Manager schließen.",
                 "Niemandem am Telefon Fernzugriff auf den Computer geben.",
                 "Wer bezahlt hat: sofort die Bank anrufen, Karte sperren, Anzeige bei der Polizei erstatten.",
             ))
             + '<p>Haben Sie Ähnliches erlebt? Schreiben Sie uns an <a href="mailto:servicezeit@' + esc(spec.host.removeprefix("www.")) + '">servicezeit@'
             + esc(spec.host.removeprefix("www.")) + "</a>.</p>")
        + "</main>"
        f'<footer class="site-footer"><p>© 2026 {esc(spec.name)} · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · '
        '<a href="/kontakt/">Kontakt</a> · <a href="#" data-cookie-settings>Cookie-Einstellungen</a></p></footer></div>'
        f'<script src="/typo3temp/assets/compressed/merged-{_hex(rng, 32)}-min.js.gz?{rng.randint(1700000000, 1799999999)}"></script>'
    )
    return {
        "/": _home(spec, path, "Falsche Norton-Rechnung und gesperrter Computer", "Das Konsumentenmagazin: Sendungen, Tipps und Ihre Fälle."),
        path: (document(spec.lang, "Falsche Norton-Rechnung und „Ihr Computer wurde gesperrt“ – " + spec.name, body, head), s),
    }


# --- a Japanese Q&A site on Nuxt: a question about an iPhone "virus" warning --------------


@branded
def b23_ja_nuxt_qa_iphone(spec: Spec, rng: Random) -> Drafts:
    locker = spec.quoted[0]
    s = Sheet()
    qid = rng.randint(13300000000, 13399999999)
    path = f"/question/{qid}"
    typed = _qw(s, locker, numbers.write(locker, "dashed"))  # 050-5871-2246, as the asker typed it
    question = (
        "iPhoneで調べ物をしていたら、いきなり「Apple セキュリティ警告 お使いのiPhoneは4つのウイルスに感染しています」と出て、"
        f"ブーブー鳴り始めました。画面には {numbers.write(locker, 'dashed')} に電話するようにと書いてあります。"
        "カウントダウンも出ていて焦っています。本当にAppleからの警告でしょうか？電話したほうがいいですか？"
    )
    answers = (
        ("pc_sensei", "ベストアンサー", "電話してはいけません。それは偽の警告（サポート詐欺）です。iPhoneのSafariがウイルスを検知して電話番号を出すことはありません。"
         "ページを閉じて、設定＞Safari＞履歴とWebサイトデータを消去 をすれば消えます。050から始まる番号はIP電話で、誰でも簡単に取得できます。"),
        ("みかん農家", "", "うちの母も同じ画面を見て電話してしまい、Google Playカードを買うように言われました。途中で私が気づいて止めました。絶対にかけないでください。"),
    )
    data = [
        {"data": 1, "state": 2},
        {"question": 3},
        {},
        {"id": qid, "title": "iPhoneにウイルス感染の警告が出て電話番号が表示されました", "body": question, "category": "iPhone", "answers": len(answers)},
    ]
    head = (
        f'<link rel="stylesheet" href="/_nuxt/entry.{_hex(rng, 8)}.css">\n'
        f'<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.{_hex(rng, 8)}.js">\n'
        '<meta name="robots" content="index,follow">\n'
    )
    ans_html = "".join(
        f'<div class="answer{" answer--best" if best else ""}" data-v-{_hex(rng, 8)}><p class="answer__user">{esc(user)}{(" <span class=badge>" + esc(best) + "</span>") if best else ""}</p>'
        f'<p class="answer__body">{esc(text)}</p></div>'
        for user, best, text in answers
    )
    body = (
        '<div id="__nuxt"><div class="layout"><header class="gh"><a href="/" class="gh__logo">' + esc(spec.name) + "</a>"
        '<nav class="gh__nav"><a href="/category/">カテゴリ</a><a href="/ranking/">ランキング</a><a href="/help/contact">お問い合わせ</a></nav></header>'
        '<main class="qa"><nav class="bread"><a href="/">トップ</a> ＞ <a href="/category/smartphone/">スマートフォン</a> ＞ <a href="/category/smartphone/iphone/">iPhone</a></nav>'
        '<article class="question"><h1 class="question__title">iPhoneにウイルス感染の警告が出て電話番号が表示されました</h1>'
        '<p class="question__meta">質問者：haru_0314 · 2026/2/27 21:48 · 閲覧数 3,412</p>'
        "<p class=\"question__body\">iPhoneで調べ物をしていたら、いきなり「Apple セキュリティ警告 お使いのiPhoneは4つのウイルスに感染しています」と出て、"
        f"ブーブー鳴り始めました。画面には {typed} に電話するようにと書いてあります。"
        "カウントダウンも出ていて焦っています。本当にAppleからの警告でしょうか？電話したほうがいいですか？</p></article>"
        f'<section class="answers"><h2>回答（{len(answers)}件）</h2>{ans_html}</section></main>'
        f'<footer class="gf"><p>© 2011-2026 {esc(spec.name)} · <a href="/help/terms">利用規約</a> · <a href="/help/privacy">プライバシー</a> · <a href="/help/contact">お問い合わせ</a></p></footer></div></div>'
        f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{json.dumps(data, ensure_ascii=False)}</script>'
        f'<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{siteUrl:"https://{spec.host}"}},app:{{baseURL:"/",buildId:"{_hex(rng, 8)}-{_hex(rng, 4)}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>'
        f'<script type="module" src="/_nuxt/entry.{_hex(rng, 8)}.js" crossorigin></script>'
    )
    return {
        "/": _home(spec, path, "iPhoneにウイルス感染の警告が出て電話番号が表示されました", "パソコン・スマホの疑問をみんなで解決するQ&Aサイトです。"),
        path: (document(spec.lang, f"iPhoneにウイルス感染の警告が出て電話番号が表示されました｜{spec.name}", body, head), s),
    }


# --- an Australian PC forum on an old vBulletin 3 table layout: the Wix "Microsoft" site ----


@branded
def b23_au_vbulletin_tables_thread(spec: Spec, rng: Random) -> Drafts:
    wix = spec.quoted[0]
    s = Sheet()
    tid = rng.randint(190000, 199999)
    path = f"/forums/showthread.php/{tid}-Microsoft-Support-Australia-1800-number-legit"

    def post(pid: int, user: str, title: str, joined: str, count: int, when: str, inner: str) -> str:
        return (
            f"<!-- post #{pid} -->"
            f'<table id="post{pid}" class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">'
            f'<tr><td class="thead" style="font-weight:normal" colspan="2"><a name="post{pid}"></a>{esc(when)}</td></tr>'
            f'<tr><td class="alt2" width="175" style="border-right:1px solid #D1D1E1"><div id="postmenu_{pid}"><a class="bigusername" href="member.php?u={rng.randint(1000, 99999)}">{esc(user)}</a></div>'
            f'<div class="smallfont">{esc(title)}</div><div class="smallfont">Join Date: {esc(joined)}<br>Posts: {count:,}</div></td>'
            f'<td class="alt1" id="td_post_{pid}"><div id="post_message_{pid}">{inner}</div></td></tr></table><br>'
            f"<!-- / post #{pid} -->"
        )

    p = rng.randint(2400000, 2499999)
    quote = numbers.write(wix, "national")  # 1800 492 317
    body = (
        '<table border="0" width="100%" cellpadding="0" cellspacing="0" align="center"><tr>'
        f'<td align="left"><a href="/forums/"><img src="/forums/images/misc/bytebarn_logo.gif" border="0" alt="{esc(spec.name)}"></a></td>'
        '<td align="right"><a href="/forums/register.php">Register</a> | <a href="/forums/faq.php">FAQ</a> | <a href="/forums/search.php">Search</a> | <a href="/forums/sendmessage.php">Contact Us</a></td></tr></table>'
        '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr><td class="alt1" width="100%">'
        '<span class="navbar"><a href="/forums/">ByteBarn Forums</a></span> <span class="navbar">&gt; <a href="/forums/forumdisplay.php?f=14">Security &amp; Malware</a></span>'
        '<br><strong>Microsoft Support Australia 1800 number legit?</strong></td></tr></table><br>'
        + post(p, "gazza_64", "Junior Member", "Mar 2011", 212, "27-02-2026, 08:12 PM",
               "Mum's laptop started playing up (Outlook won't send) so she googled and found a site called "
               "\"Microsoft Support Australia\" on one of those wixsite addresses. Big Microsoft logo, ABN in the footer, "
               f"says Free Call {_qw(s, wix, numbers.write(wix, 'split_lead') + ' AUS')}. She rang it and they want $349 for a "
               "\"lifetime security licence\" and to remote in. Legit or not? I told her to hang up but she's not convinced.")
        + post(p + 7, "dezza", "ByteBarn Moderator", "Jul 2004", 18403, "27-02-2026, 08:31 PM",
               "<div style=\"margin:5px 20px 20px 20px\"><div class=\"smallfont\" style=\"margin-bottom:2px\">Quote:</div>"
               "<table cellpadding=\"6\" cellspacing=\"0\" border=\"0\" width=\"100%\"><tr><td class=\"alt2\" style=\"border:1px inset\">"
               "Legit or not?</td></tr></table></div>"
               "Not legit. Microsoft doesn't run support off a free Wix site and doesn't charge for a \"licence\" over the phone. "
               f"{esc(quote)} isn't a Microsoft number. If they already remoted in, pull the network cable, run a full scan with "
               "Defender offline, change her email and banking passwords from another device and ring the bank.<br><br>"
               "Report it to Scamwatch too.")
        + post(p + 19, "kiwi_in_perth", "Member", "Jan 2015", 1320, "28-02-2026, 07:02 AM",
               "Same mob rang my neighbour back after she filled in their \"contact\" form. They knew her name and said "
               "her IP address was hacked. Classic.")
        + '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr><td class="tfoot" align="center"><div class="smallfont">'
        f"All times are GMT +10. The time now is 09:14 AM.<br>Powered by vBulletin® Version 3.8.11<br>Copyright ©2000 - 2026, vBulletin Solutions, Inc.<br>"
        f'© {esc(spec.name)} 2003-2026 · <a href="/forums/sendmessage.php">Contact Us</a> · <a href="/forums/archive/index.php">Archive</a></div></td></tr></table>'
    )
    head = (
        '<meta name="generator" content="vBulletin 3.8.11">\n'
        '<link rel="stylesheet" type="text/css" href="/forums/clientscript/vbulletin_css/style-5c2e1a4b-00002.css" id="vbulletin_css">\n'
        '<script type="text/javascript" src="/forums/clientscript/vbulletin_global.js?v=3811"></script>\n'
    )
    return {
        "/": _home(spec, "/forums/", "ByteBarn Forums", "Australian PC help, hardware and tech talk since 2003."),
        path: (document(spec.lang, f"Microsoft Support Australia 1800 number legit? - {spec.name}", body, head), s),
    }


# --- a US reverse phone lookup on SvelteKit ---------------------------------------------------


@branded
def b23_us_sveltekit_number_lookup(spec: Spec, rng: Random) -> Drafts:
    dell, remote = spec.quoted
    s = Sheet()
    g = numbers.groups(dell)
    path = f"/phone/{'-'.join(g)}"
    reports = (
        ("Scam", "2 days ago", "Found this on a blog post calling itself Dell support. Guy wanted $299 for a “firewall” and to connect with AnyDesk. Not Dell."),
        ("Scam", "5 days ago", "Number is spammed in posts with weird brackets like ((1+855_…)). Hung up when they asked for my bank login."),
        ("Unknown", "1 week ago", "Missed call, no voicemail."),
    )
    data = {"number": "-".join(g), "rating": "dangerous", "reports": len(reports), "searches": rng.randint(800, 3000)}
    kit = f"__sveltekit_{_hex(rng, 6)}"
    rows = "".join(
        f'<li class="report svelte-{_hex(rng, 6)}"><span class="tag tag-{kind.lower()}">{esc(kind)}</span> <span class="when">{esc(when)}</span><p>{esc(text)}</p></li>'
        for kind, when, text in reports
    )
    sv = f"svelte-{_hex(rng, 6)}"
    body = (
        '<div style="display: contents">'
        f'<header class="{sv}"><a href="/" class="brand {sv}">{esc(spec.name)}</a><form action="/search" class="{sv}"><input name="q" placeholder="Enter a phone number" class="{sv}"></form>'
        f'<nav class="{sv}"><a href="/recent">Recent</a><a href="/about">About</a><a href="/contact">Contact</a></nav></header>'
        f'<main class="{sv}"><h1 class="{sv}">Who called me from {_q(s, dell, "us_paren")}?</h1>'
        f'<p class="summary {sv}">{_q(s, dell, "us_dash")} · Toll-free (855) · <strong>Rating: dangerous</strong> · {data["searches"]:,} lookups this month</p>'
        f"<p>Users report this toll-free number as a tech support scam advertised as “Dell support” on free blog pages. "
        "Dell’s real support contacts are listed on dell.com; Dell does not advertise support numbers on Blogger posts.</p>"
        f'<h2 class="{sv}">Reports ({len(reports)})</h2><ul class="reports {sv}">{rows}</ul>'
        f'<aside class="{sv}"><h2>Also reported this week</h2><ul><li><a href="/phone/{"-".join(numbers.groups(remote))}">{_q(s, remote, "us_paren")}</a> – “remote computer help”, '
        "number spelled out in words on a Google Sites page (scam)</li></ul></aside></main>"
        f'<footer class="{sv}"><p>© 2016–2026 {esc(spec.name)} · Reports are submitted by users and are not verified. · <a href="/about">About</a> · <a href="/privacy">Privacy</a></p></footer>'
        "<script>\n\t\t\t\t{\n"
        f"\t\t\t\t\t{kit} = {{ base: new URL(\".\", location).pathname.slice(0, -1) }};\n"
        "\t\t\t\t\tconst element = document.currentScript.parentElement;\n"
        f"\t\t\t\t\tconst data = [null,{{\"type\":\"data\",\"data\":{json.dumps(data)},\"uses\":{{\"params\":[\"number\"]}}}}];\n"
        f'\t\t\t\t\tPromise.all([import("/_app/immutable/entry/start.{_hex(rng, 8)}.js"),import("/_app/immutable/entry/app.{_hex(rng, 8)}.js")]).then(([kit, app]) => {{\n'
        "\t\t\t\t\t\tkit.start(app, element, { node_ids: [0, 4], data, form: null, error: null });\n"
        "\t\t\t\t\t});\n\t\t\t\t}\n\t\t\t</script></div>"
    )
    head = f'<link href="/_app/immutable/assets/0.{_hex(rng, 8)}.css" rel="stylesheet">\n<link rel="modulepreload" href="/_app/immutable/entry/start.{_hex(rng, 8)}.js">\n'
    return {
        "/": _home(spec, "/recent", "Recently reported numbers", "Look up who called you and read reports from other people."),
        path: (document(spec.lang, f"{'-'.join(g)} – Who called me? | {spec.name}", body, head, ' data-sveltekit-preload-data="hover"'), s),
    }


# --- a Dutch number lookup on Symfony with Turbo frames --------------------------------------


@branded
def b23_nl_symfony_turbo_lookup(spec: Spec, rng: Random) -> Drafts:
    ziggo = spec.quoted[0]
    s = Sheet()
    path = "/nummer/" + numbers.national_digits(ziggo)
    comments = (
        ("Annelies", "gisteren", "Kwam op een pagina van onze oude tennisclub terecht (!) toen ik zocht op ‘ziggo mail werkt niet’. Daar stond O85 met een letter O. Ze wilden € 129 voor ‘mail herstellen’."),
        ("R. de Boer", "3 dagen geleden", "Geen Ziggo. Ziggo zelf zegt dat ze nooit via zulke nummers helpen. Niet bellen."),
        ("anoniem", "5 dagen geleden", "Vroegen om AnyDesk te installeren. Opgehangen."),
    )
    items = "".join(
        f'<li class="reactie" id="reactie-{i}"><p class="reactie__meta"><strong>{esc(who)}</strong> · {esc(when)}</p><p>{esc(text)}</p></li>'
        for i, (who, when, text) in enumerate(comments)
    )
    head = (
        '<meta name="turbo-cache-control" content="no-preview">\n'
        f'<link rel="stylesheet" href="/build/app.{_hex(rng, 8)}.css">\n'
        f'<script src="/build/runtime.{_hex(rng, 8)}.js" defer></script><script src="/build/app.{_hex(rng, 8)}.js" defer></script>\n'
    )
    body = (
        f'<header class="kop"><a href="/" class="logo">{esc(spec.name)}</a><form action="/zoeken" method="get" data-turbo-frame="_top"><input type="search" name="q" placeholder="Telefoonnummer zoeken"></form>'
        '<nav><a href="/laatst-gezocht">Laatst gezocht</a><a href="/over">Over ons</a><a href="/contact">Contact</a></nav></header>'
        f'<main class="nummerpagina" data-controller="nummer" data-nummer-id-value="{numbers.national_digits(ziggo)}">'
        f"<h1>Wie belt er met {_q(s, ziggo, 'trunk_dash')}?</h1>"
        '<dl class="kenmerken"><dt>Type</dt><dd>085 (regio-onafhankelijk)</dd>'
        f"<dt>Schrijfwijze</dt><dd>{_q(s, ziggo, 'pairs')} · {_q(s, ziggo, 'intl')}</dd>"
        '<dt>Beoordeling</dt><dd class="rood">onbetrouwbaar (41 meldingen)</dd></dl>'
        "<p>Dit nummer wordt genoemd op pagina’s die zich voordoen als ‘Ziggo mail helpdesk’. Die pagina’s staan vaak op "
        "oude websites van verenigingen of winkels die gehackt zijn. Ziggo heeft geen helpdesk op dit nummer.</p>"
        f'<turbo-frame id="reacties" src="/nummer/{numbers.national_digits(ziggo)}/reacties" loading="lazy"><h2>Reacties</h2><ul class="reacties">{items}</ul></turbo-frame>'
        '<form method="post" action="/nummer/reactie" data-controller="reactie" data-action="submit->reactie#verstuur">'
        f'<input type="hidden" name="_token" value="{_hex(rng, 43)}"><label>Uw ervaring<textarea name="tekst"></textarea></label><button>Plaatsen</button></form></main>'
        f'<footer class="voet"><p>© 2018–2026 {esc(spec.name)} · Reacties zijn van bezoekers · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>'
        '<div class="cookiemelding" data-controller="cookies"><p>Wij gebruiken alleen functionele en anonieme analytische cookies.</p><button data-action="cookies#ok">Akkoord</button></div>'
    )
    return {
        "/": _home(spec, "/laatst-gezocht", "Laatst gezochte nummers", "Gebeld door een onbekend nummer? Zoek het op en lees ervaringen."),
        path: (document(spec.lang, f"{numbers.write(ziggo, 'trunk_dash')} – wie belt er? | {spec.name}", body, head), s),
    }


# --- a Finnish savings bank's warning page on AEM, its own service number ------------------


@branded
def b23_fi_aem_bank_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    apple = spec.quoted[0]
    s = Sheet()
    path = "/fi/henkiloasiakkaat/turvallisuus/ajankohtaiset-huijaukset/vale-apple-tuki"
    head = (
        '<link rel="stylesheet" href="/etc.clientlibs/saaristo/clientlibs/clientlib-base.lc-' + _hex(rng, 32) + '-lc.min.css" type="text/css">\n'
        '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="' + f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}" + '"></script>\n'
    )

    def cmp(kind: str, inner: str) -> str:
        return f'<div class="{kind} aem-GridColumn aem-GridColumn--default--12"><div class="cmp-{kind}" id="{kind}-{_hex(rng, 10)}">{inner}</div></div>'

    body = (
        '<div class="root container responsivegrid"><div id="container-' + _hex(rng, 10) + '" class="cmp-container">'
        '<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">'
        + cmp("header", f'<a class="cmp-header__logo" href="/fi">{esc(spec.name)}</a><nav class="cmp-navigation"><ul><li><a href="/fi/henkiloasiakkaat">Henkilöasiakkaat</a></li>'
              '<li><a href="/fi/yritysasiakkaat">Yritysasiakkaat</a></li><li><a href="/fi/henkiloasiakkaat/turvallisuus">Turvallisuus</a></li><li><a href="/fi/tuki-ja-yhteystiedot">Yhteystiedot</a></li></ul></nav>')
        + cmp("breadcrumb", '<ol><li><a href="/fi">Etusivu</a></li><li><a href="/fi/henkiloasiakkaat/turvallisuus">Turvallisuus</a></li><li>Vale-Apple-tuki</li></ol>')
        + cmp("title", '<h1 class="cmp-title__text">Varoitus: vale-Apple-tuki pyytää verkkopankkitunnuksia</h1>')
        + cmp("text",
              "<p><b>Julkaistu 26.2.2026</b></p>"
              "<p>Asiakkaamme ovat viime päivinä soittaneet numeroon, joka löytyy hakukoneesta ”Apple ID -tuki Suomi” -nimiseltä "
              "sivustolta. Sivulla ei ole numeroa tekstinä, vaan se näkyy kuvassa ja soita-painikkeessa: "
              f"<b>{_q(s, apple, 'split_sub')}</b>. Puhelimessa vastaaja lupaa avata lukitun Apple ID:n ja pyytää sitten "
              "kirjautumaan verkkopankkiin ”henkilöllisyyden vahvistamiseksi”.</p>"
              "<p>Applella ei ole tätä numeroa, eikä mikään yritys tarvitse verkkopankkitunnuksiasi Apple ID:n avaamiseen. "
              "Pankki ei koskaan pyydä tunnuksiasi puhelimessa, tekstiviestillä tai sähköpostilla.</p>"
              "<h2>Jos olet jo antanut tunnuksesi</h2>"
              + _ul((
                  "Sulje verkkopankkitunnukset heti soittamalla sulkupalveluun.",
                  "Soita asiakaspalveluumme ja kerro, mitä on tapahtunut.",
                  "Tee rikosilmoitus poliisille verkossa.",
              ))
              + f'<p>Asiakaspalvelu: <a href="tel:{own}">{s.num(own, "split_sub")}</a> (ma–pe klo 8–18, pvm/mpm). Tunnusten sulku 24/7 Pankkitunnusten sulkupalvelusta.</p>')
        + cmp("footer", f"<p>{esc(spec.name)} Oy · Y-tunnus {rng.randint(1000000, 2999999)}-{rng.randint(0, 9)} · Linnankatu 14, 20100 Turku</p>"
              '<p><a href="/fi/tietosuoja">Tietosuoja</a> · <a href="/fi/evasteet">Evästeet</a> · <a href="/fi/saavutettavuus">Saavutettavuusseloste</a> · <a href="/fi/tuki-ja-yhteystiedot">Yhteystiedot</a></p>')
        + "</div></div></div>"
        '<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Evästeasetukset"><div class="ot-sdk-container"><p id="onetrust-policy-text">Käytämme evästeitä sivuston toiminnan varmistamiseen ja palveluidemme kehittämiseen.</p>'
        '<button id="onetrust-accept-btn-handler">Hyväksy kaikki</button><button id="onetrust-reject-all-handler">Vain välttämättömät</button></div></div>'
        '<script src="/etc.clientlibs/saaristo/clientlibs/clientlib-site.lc-' + _hex(rng, 32) + '-lc.min.js"></script>'
    )
    return {
        "/": _home(spec, path, "Varoitus: vale-Apple-tuki", "Paikallinen säästöpankki Turunmaan saaristossa vuodesta 1862."),
        path: (document(spec.lang, "Varoitus: vale-Apple-tuki pyytää verkkopankkitunnuksia | " + spec.name, body, head, ' class="page basicpage"'), s),
    }


# --- a Vaud regional police prevention page on Drupal 10, its own number ------------------


@branded
def b23_chfr_drupal10_police_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    locker, epson = spec.quoted
    s = Sheet()
    path = "/prevention/arnaques/faux-support-informatique"
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": f"node/{rng.randint(300, 900)}", "currentLanguage": "fr"}, "pluralDelimiter": "\u0003", "ajaxTrustedUrl": {}}
    head = (
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
        '<meta name="MobileOptimized" content="width">\n'
        f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{_hex(rng, 20)}.css?delta=0&amp;language=fr&amp;theme=olivero&amp;include={_hex(rng, 30)}">\n'
    )
    body = (
        '<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">'
        '<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-branding">'
        f'<a href="/" rel="home" class="site-branding__name">{esc(spec.name)}</a></div>'
        '<nav class="primary-nav" aria-label="Navigation principale"><ul class="menu primary-nav__menu"><li class="primary-nav__menu-item"><a href="/prevention" class="primary-nav__menu-link">Prévention</a></li>'
        '<li class="primary-nav__menu-item"><a href="/guichet" class="primary-nav__menu-link">Guichet</a></li><li class="primary-nav__menu-item"><a href="/contact" class="primary-nav__menu-link">Contact</a></li></ul></nav></div></header>'
        '<div id="main-wrapper" class="layout-main-wrapper"><div id="main" class="layout-main"><main role="main"><a id="main-content" tabindex="-1"></a>'
        '<div class="region region--content"><div id="block-olivero-content" class="block block-system block-system-main-block">'
        '<article data-history-node-id="' + str(rng.randint(300, 900)) + '" class="node node--type-article node--view-mode-full">'
        '<header><h1 class="title page-title"><span class="field field--name-title">Faux support informatique : ne rappelez jamais le numéro affiché</span></h1>'
        '<div class="node__meta"><span>Publié le 26 février 2026</span></div></header>'
        '<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary">'
        "<p>Ces dernières semaines, notre centrale a reçu de nombreux appels de personnes, souvent âgées, victimes de faux "
        "techniciens informatiques. Deux scénarios reviennent :</p>"
        "<h2>1. L’écran bleu qui « bloque » l’ordinateur</h2>"
        "<p>En naviguant, un écran bleu imitant une panne de Windows apparaît, avec un pourcentage qui avance, un code QR "
        f"et un numéro gratuit, par exemple le {_qw(s, locker, '.'.join(numbers.groups(locker)))}. Une voix répète que l’ordinateur "
        "est bloqué. C’est faux : seule la page du navigateur occupe l’écran. Fermez le navigateur (Ctrl+Alt+Suppr, puis "
        "Gestionnaire des tâches) ou redémarrez l’ordinateur.</p>"
        "<h2>2. La fausse assistance imprimante</h2>"
        "<p>En cherchant de l’aide pour une imprimante Epson, des habitants sont tombés sur un « guide » en ligne qui "
        f"renvoie vers le {_q(s, epson)}, un numéro français sans lien avec Epson. Le prétendu technicien demande de "
        "télécharger un logiciel de prise en main à distance, puis de se connecter à l’e-banking.</p>"
        "<h2>Nos conseils</h2>"
        + _ul((
            "Microsoft, Apple ou Epson n’affichent jamais de numéro de téléphone dans un message d’erreur.",
            "Ne laissez personne prendre le contrôle de votre ordinateur à distance.",
            "Ne communiquez jamais vos codes e-banking ni les codes reçus par SMS.",
            "Si vous avez payé, appelez immédiatement votre banque, puis déposez plainte.",
        ))
        + f'<p>Conseils et dépôt de plainte : police régionale, <a href="tel:{own}">{s.num(own)}</a> (du lundi au vendredi, 8 h – 17 h). '
        "En cas d’urgence : 117.</p></div></div></article></div></div></main></div></div>"
        '<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top">'
        f"<p>{esc(spec.name)} · Rue du Collège 4, 1040 Echallens · <a href=\"/contact\">Contact</a> · <a href=\"/mentions-legales\">Mentions légales</a> · "
        '<a href="/protection-des-donnees">Protection des données</a></p></div></div></footer></div></div></div>'
        f'<script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings)}</script>'
        f'<script src="/sites/default/files/js/js_{_hex(rng, 20)}.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=olivero"></script>'
    )
    return {
        "/": _home(spec, path, "Faux support informatique", "Police régionale : prévention, guichet, actualités."),
        path: (document(spec.lang, "Faux support informatique : ne rappelez jamais le numéro affiché | " + spec.name, body, head, ' class="path-node page-node-type-article"'), s),
    }


# --- a Schwyz computer workshop on Joomla: its own remote-support page, TeamViewer QS -----


@branded
def b23_chde_joomla_repair_fernwartung(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    locker = spec.quoted[0]
    head = (
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        '<link href="/templates/protostar/css/template.css?' + _hex(rng, 32) + '" rel="stylesheet">\n'
        '<script src="/media/jui/js/jquery.min.js?' + _hex(rng, 32) + '"></script>\n'
        '<script type="application/json" class="joomla-script-options new">{"csrf.token":"' + _hex(rng, 32) + '","system.paths":{"root":"","base":""}}</script>\n'
    )

    def shell(s: Sheet, title: str, inner: str) -> str:
        tel = f'<a href="tel:{own}">{s.num(own, "pairs")}</a>'
        return (
            '<div class="body" id="top"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix">'
            f'<a class="brand pull-left" href="/"><span class="site-title" title="{esc(spec.name)}">{esc(spec.name)}</span></a>'
            f'<div class="header-search pull-right"><div class="custom"><p>Telefon {tel}<br>Hauptstrasse 41, 8840 Einsiedeln</p></div></div></div></header>'
            '<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Home</a></li>'
            '<li class="item-102"><a href="/reparaturen">Reparaturen</a></li><li class="item-103"><a href="/fernwartung">Fernwartung</a></li>'
            '<li class="item-104"><a href="/kontakt">Kontakt</a></li></ul></nav>'
            '<div class="row-fluid"><main id="content" role="main" class="span12"><div id="system-message-container"></div>'
            f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h1 itemprop="headline">{esc(title)}</h1></div>'
            f'<div itemprop="articleBody">{inner}</div></div></main></div></div></div>'
            '<footer class="footer" role="contentinfo"><div class="container"><hr>'
            f"<p>© 2026 {esc(spec.name)} · Inhaber Markus Kälin · Hauptstrasse 41, 8840 Einsiedeln · UID CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} · "
            '<a href="/kontakt">Kontakt</a> · <a href="/datenschutz">Datenschutz</a></p>'
            '<p class="pull-right"><a href="#top" id="back-top">Nach oben</a></p></div></footer>'
        )

    home_s = Sheet()
    home = shell(
        home_s,
        "Computer-Werkstatt in Einsiedeln seit 2004",
        "<p>Wir reparieren Notebooks und PCs aller Marken, richten neue Geräte ein, retten Daten von defekten Festplatten "
        "und betreuen kleine Büros und Praxen im Bezirk Einsiedeln und in Ausserschwyz. Abholdienst in Einsiedeln, "
        "Rothenthurm, Unteriberg und Alpthal.</p>"
        "<p>Öffnungszeiten Werkstatt: Di–Fr 9–12 und 13.30–18 Uhr, Sa 9–13 Uhr. Montag geschlossen.</p>"
        '<table class="table table-striped"><tr><th>Leistung</th><th>Preis</th></tr><tr><td>Diagnose in der Werkstatt</td><td>CHF 45.–</td></tr>'
        "<tr><td>Arbeitsstunde</td><td>CHF 110.–</td></tr><tr><td>Fernwartung (pro angefangene 15 Minuten)</td><td>CHF 30.–</td></tr></table>",
    )
    fw = Sheet()
    fern = shell(
        fw,
        "Fernwartung",
        "<p>Für bestehende Kundinnen und Kunden helfen wir auch per Fernwartung: Sie rufen uns an, wir vereinbaren einen "
        "Termin, und erst dann starten Sie das Programm und nennen uns die angezeigte ID und das Kennwort.</p>"
        '<p><a class="btn btn-primary" href="https://download.teamviewer.com/download/TeamViewerQS_x64.exe">TeamViewer QuickSupport herunterladen (Windows)</a> '
        '<a class="btn" href="https://download.teamviewer.com/download/TeamViewerQS.dmg">für Mac</a></p>'
        "<p>Die Sitzung endet, sobald Sie das Programm schliessen. Wir verrechnen nach Aufwand und senden eine Rechnung "
        "per Post – wir verlangen nie eine Zahlung per Gutscheinkarte oder Kryptowährung.</p>"
        '<div class="alert alert-error"><h3>Achtung: falsche „Support“-Anrufe und Sperrbildschirme</h3>'
        "<p>Immer wieder bringen uns Kunden Geräte, nachdem sie wegen einer Meldung „Ihr Computer wurde gesperrt“ eine "
        f"Nummer angerufen haben – zuletzt {_qw(fw, locker, _spaced_sub(locker))} (eine deutsche 0800-Nummer). Dort meldet sich "
        "nicht Microsoft, sondern Betrüger, die Fernzugriff verlangen. Wir rufen Sie nie unaufgefordert an. Im Zweifel "
        "rufen Sie uns unter unserer Nummer oben an.</p></div>",
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – Computer-Reparatur Einsiedeln", home, head, ' class="site com_content view-article layout-blog no-task itemid-101"'), home_s),
        "/fernwartung": (document(spec.lang, f"Fernwartung – {spec.name}", fern, head, ' class="site com_content view-article no-task itemid-103"'), fw),
    }


# --- a Ghent IT partner's Hugo site listing Microsoft's and Apple's genuine numbers ---------


@branded
def b23_be_hugo_it_partner(spec: Spec, rng: Random) -> Drafts:
    own, microsoft, apple = spec.phones
    s = Sheet()
    path = "/support/leveranciers/"
    head = (
        '<meta name="generator" content="Hugo 0.125.4">\n'
        f'<link rel="stylesheet" href="/css/main.min.{_hex(rng, 64)}.css" integrity="sha256-{_hex(rng, 43)}=" crossorigin="anonymous">\n'
        '<link rel="alternate" type="application/rss+xml" href="/nieuws/index.xml" title="Nieuws">\n'
    )
    body = (
        f'<header class="site-header"><div class="wrap"><a class="logo" href="/">{esc(spec.name)}</a>'
        '<nav class="menu"><a href="/diensten/">Diensten</a><a href="/support/">Support</a><a href="/nieuws/">Nieuws</a><a href="/contact/">Contact</a></nav>'
        f'<a class="btn btn-call" href="tel:{own}">{s.num(own, "national")}</a></div></header>'
        '<main class="wrap content"><h1>Contactgegevens van leveranciers</h1>'
        "<p>Klanten met een beheerscontract bellen altijd eerst onze servicedesk. Wij beheren uw licenties, garanties en "
        "beheerdersaccounts en openen zo nodig zelf een ticket bij de leverancier. Wilt u toch rechtstreeks contact, dan "
        "vindt u hieronder de nummers die de leveranciers zelf op hun website publiceren.</p>"
        '<table><thead><tr><th>Wie</th><th>Waarvoor</th><th>Nummer</th></tr></thead><tbody>'
        f"<tr><td>{esc(spec.name)} servicedesk</td><td>Alles, eerst bij ons (werkdagen 8–18 u, contractklanten 24/7)</td><td>{s.num(own, 'national')}</td></tr>"
        f"<tr><td>Microsoft België</td><td>Hoofdzetel, algemene vragen</td><td>{s.num(microsoft, 'intl')}</td></tr>"
        f"<tr><td>Apple Support België</td><td>Mac, iPhone, iPad (garantie en herstellingen)</td><td>{s.num(apple, 'national')}</td></tr></tbody></table>"
        "<h2>Pop-ups en advertenties</h2><p>Nummers die opduiken in pop-ups, zoekadvertenties of ‘uw computer is geblokkeerd’-"
        "schermen zijn bijna altijd oplichting, ook als er een Microsoft- of Apple-logo bij staat. Stuur ons bij twijfel een "
        "schermafbeelding voor u belt.</p>"
        "<p>Wij zijn Microsoft Solutions Partner voor Modern Work en Apple Consultant voor kleine bedrijven in Oost-Vlaanderen.</p></main>"
        f'<footer class="site-footer"><div class="wrap"><p>{esc(spec.name)} BV · Kortrijksesteenweg 1120, 9051 Gent · BTW BE 0{rng.randint(700, 799)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} · '
        f'RPR Gent</p><p><a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a> · <a href="/contact/">Contact</a></p></div></footer>'
    )
    return {
        "/": _home(spec, path, "Contactgegevens van leveranciers", "IT-beheer, cloud en cybersecurity voor kmo’s in Gent en Oost-Vlaanderen."),
        path: (document(spec.lang, f"Contactgegevens van leveranciers | {spec.name}", body, head), s),
    }


# --- a Stuttgart computer shop on Shopware 6 with a Userlike chat widget -------------------


@branded
def b23_de_shopware_userlike_shop(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    head = (
        f'<link rel="stylesheet" href="/theme/{_hex(rng, 32)}/css/all.css?{rng.randint(1700000000, 1799999999)}">\n'
        '<script>window.activeNavigationId = "' + _hex(rng, 32) + '";window.router = {"frontend.cart.offcanvas": "/checkout/offcanvas","frontend.account.login.page": "/account/login"};</script>\n'
    )
    products = (
        ("Lenovo ThinkPad E14 Gen 6, 16 GB, 512 GB SSD", "899,00 €"),
        ("Dell Latitude 5440, generalüberholt, 12 Monate Garantie", "549,00 €"),
        ("HP LaserJet Pro MFP 4102fdw", "389,00 €"),
        ("Einrichtungspaket: Datenübernahme + Virenschutz", "79,00 €"),
    )
    cards = "".join(
        f'<div class="cms-listing-col col-sm-6 col-lg-4 col-xl-3"><div class="card product-box box-standard"><div class="card-body">'
        f'<a href="/detail/{_hex(rng, 32)}" class="product-name" title="{esc(name)}">{esc(name)}</a>'
        f'<div class="product-price-info"><span class="product-price">{esc(price)}*</span></div>'
        '<button class="btn btn-block btn-buy" title="In den Warenkorb">In den Warenkorb</button></div></div></div>'
        for name, price in products
    )
    body = (
        '<div class="page-wrapper"><header class="header-main"><div class="container"><div class="top-bar d-none d-lg-block"><nav class="top-bar-nav">'
        f'<div class="top-bar-nav-item">Beratung &amp; Service: <a href="tel:{own}">{s.num(own, "split_sub")}</a> · Mo–Fr 9–18.30 Uhr, Sa 10–14 Uhr</div></nav></div>'
        f'<div class="row align-items-center header-row"><div class="col-12 col-lg-auto header-logo-col"><a class="header-logo-main-link" href="/" title="Zur Startseite gehen">{esc(spec.name)}</a></div>'
        '<div class="col-12 order-2 col-sm order-sm-1 header-search-col"><form action="/search" method="get" class="header-search-form"><input type="search" name="search" class="form-control header-search-input" placeholder="Suchbegriff eingeben ..."></form></div></div></div>'
        '<div class="nav-main"><div class="container"><nav class="main-navigation-menu"><a class="nav-link main-navigation-link" href="/notebooks/">Notebooks</a>'
        '<a class="nav-link main-navigation-link" href="/drucker/">Drucker</a><a class="nav-link main-navigation-link" href="/werkstatt/">Werkstatt</a>'
        '<a class="nav-link main-navigation-link" href="/kontakt/">Kontakt</a></nav></div></div></header>'
        '<main class="content-main"><div class="container"><div class="cms-page"><div class="cms-section"><div class="cms-block">'
        "<h1>Computer, Notebooks und Werkstatt in Stuttgart-West</h1>"
        "<p>Seit 2007 verkaufen und reparieren wir Computer im Stuttgarter Westen. Neu- und Gebrauchtgeräte von Lenovo, Dell "
        "und HP, Einrichtung zu Hause, Datenrettung und Reparaturen in der eigenen Werkstatt in der Schwabstraße. Fragen? "
        "Schreiben Sie uns im Chat unten rechts oder rufen Sie an.</p>"
        f'<div class="cms-element-product-listing"><div class="row cms-listing-row">{cards}</div></div>'
        '<p class="product-price-hint">* Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. Versandkosten.</p>'
        "</div></div></div></div></main>"
        '<footer class="footer-main"><div class="container"><div class="footer-columns row">'
        '<div class="col-md-4 footer-column"><div class="footer-column-headline">Service-Hotline</div>'
        f'<div class="footer-column-content"><p>Unterstützung und Beratung unter:<br><b class="footer-contact-hotline">{s.num(own, "national")}</b><br>Mo–Fr 9–18.30 Uhr</p></div></div>'
        '<div class="col-md-4 footer-column"><div class="footer-column-headline">Informationen</div><ul class="list-unstyled"><li><a href="/impressum/">Impressum</a></li>'
        '<li><a href="/agb/">AGB</a></li><li><a href="/widerruf/">Widerrufsbelehrung</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></div>'
        f'<div class="col-md-4 footer-column"><p>{esc(spec.name)} GmbH · Schwabstraße 88, 70193 Stuttgart · HRB {rng.randint(700000, 799999)} AG Stuttgart · USt-IdNr. DE{rng.randint(100000000, 999999999)}</p></div></div>'
        '<div class="footer-bottom"><div class="footer-vat">* Alle Preise inkl. MwSt.</div><div class="footer-copyright">Realisiert mit Shopware</div></div></div></footer></div>'
        '<div class="cookie-permission-container" data-cookie-permission="true"><div class="container"><span class="cookie-permission-content">Wir verwenden Cookies, damit unser Shop funktioniert. '
        'Mit Ihrer Zustimmung nutzen wir auch den Chat von Userlike.</span><button class="btn btn-primary js-cookie-accept-all-button">Alle akzeptieren</button>'
        '<button class="btn btn-outline-secondary js-cookie-configuration-button">Konfigurieren</button></div></div>'
        f'<script async type="text/javascript" src="https://userlike-cdn-widgets.s3-eu-west-1.amazonaws.com/{_hex(rng, 64)}.js"></script>'
        f'<script src="/theme/{_hex(rng, 32)}/js/storefront/storefront.js?{rng.randint(1700000000, 1799999999)}" defer></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Computer & Werkstatt Stuttgart", body, head, ' class="is-ctl-navigation is-act-index"'), s)}


# --- Ziggo's own "nep-helpdesks" safety page as a Remix app --------------------------------


@branded
def b23_nl_remix_ziggo_official(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    path = "/klantenservice/veiligheid/nep-helpdesks"
    shown = s.num(own, "national")  # 088 717 1717
    loader = {
        "root": {"locale": "nl-NL", "env": {"BRAND": "ziggo"}},
        "routes/klantenservice.$": {"title": "Pas op voor nep-helpdesks", "slug": "veiligheid/nep-helpdesks", "updated": "2026-02-20"},
    }
    ctx = {"basename": "/", "future": {"v3_fetcherPersist": True, "v3_relativeSplatPath": True}, "isSpaMode": False, "state": {"loaderData": loader, "actionData": None, "errors": None}}
    build = _hex(rng, 8).upper()
    head = (
        f'<link rel="modulepreload" href="/build/entry.client-{build}.js">\n'
        f'<link rel="modulepreload" href="/build/root-{_hex(rng, 8).upper()}.js">\n'
        f'<link rel="stylesheet" href="/build/_assets/app-{_hex(rng, 8).upper()}.css">\n'
    )
    body = (
        '<div id="root"><header class="zg-header"><a href="/" class="zg-logo" aria-label="Ziggo home">Ziggo</a>'
        '<nav class="zg-nav"><a href="/internet">Internet</a><a href="/televisie">Televisie</a><a href="/mobiel">Mobiel</a><a href="/klantenservice">Klantenservice</a>'
        '<a href="/mijnziggo">Mijn Ziggo</a></nav></header>'
        '<main class="zg-main"><nav class="zg-breadcrumb"><a href="/klantenservice">Klantenservice</a> › <a href="/klantenservice/veiligheid">Veiligheid</a> › Nep-helpdesks</nav>'
        "<h1>Pas op voor nep-helpdesks</h1>"
        "<p>Oplichters doen zich voor als ‘Ziggo helpdesk’ of ‘Ziggo mail support’. Ze zetten pagina’s online met een eigen "
        "telefoonnummer, soms op gehackte websites van verenigingen of winkels, en komen zo bovenaan in zoekresultaten. "
        "Wie belt, wordt gevraagd een programma te installeren zodat ‘een monteur kan meekijken’. Daarna volgen "
        "betalingen of inloggen bij de bank.</p>"
        "<h2>Zo herken je ons</h2>"
        + _ul((
            "Wij vragen nooit om software te installeren waarmee we je computer overnemen.",
            "Wij vragen nooit om je inloggegevens van de bank of om een betaling via een betaalverzoek tijdens een gesprek.",
            "Ziggo e-mail stel je zelf in met de instellingen op onze website, daarvoor hoef je niet te betalen.",
            "Twijfel je? Hang op en bel zelf het nummer hieronder.",
        ))
        + '<section class="zg-contact"><h2>Zelf contact opnemen</h2>'
        f'<p>Bel de Ziggo Klantenservice: <a href="tel:{own}">{shown}</a> (gewone belkosten, ma–za 8.00–21.00 uur), '
        'of chat in de <a href="/app">Mijn Ziggo app</a>.</p></section>'
        "<p>Heb je toch gebeld en iemand toegang gegeven? Zet je computer uit, bel je bank en meld het bij de Fraudehelpdesk "
        "en de politie.</p></main>"
        '<footer class="zg-footer"><p>© 2026 Ziggo · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/klantenservice/contact">Contact</a> · '
        "<a href=\"/voorwaarden\">Voorwaarden</a> · Ziggo is onderdeel van VodafoneZiggo Group B.V.</p></footer></div>"
        f"<script>window.__remixContext = {json.dumps(ctx, ensure_ascii=False)};__remixContext.p = function(v,e,p,x) {{}};</script>"
        f'<script type="module" async>import "/build/manifest-{_hex(rng, 8).upper()}.js";import * as route0 from "/build/root-{_hex(rng, 8).upper()}.js";'
        f'window.__remixRouteModules = {{"root":route0}};import("/build/entry.client-{build}.js");</script>'
    )
    return {
        "/": _home(spec, path, "Pas op voor nep-helpdesks", "Internet, tv en mobiel van Ziggo."),
        path: (document(spec.lang, "Pas op voor nep-helpdesks | Ziggo", body, head), s),
    }


TEMPLATES = {
    "b23_ie_amp_paypal_article": with_contact("/contact-us/", b23_ie_amp_paypal_article),
    "b23_at_typo3_consumer_tv": with_contact("/kontakt/", b23_at_typo3_consumer_tv),
    "b23_ja_nuxt_qa_iphone": with_contact("/help/contact", b23_ja_nuxt_qa_iphone),
    "b23_au_vbulletin_tables_thread": with_contact("/forums/sendmessage.php", b23_au_vbulletin_tables_thread),
    "b23_us_sveltekit_number_lookup": with_contact("/contact", b23_us_sveltekit_number_lookup),
    "b23_nl_symfony_turbo_lookup": with_contact("/contact", b23_nl_symfony_turbo_lookup),
    "b23_fi_aem_bank_warning": with_contact("/fi/tuki-ja-yhteystiedot", b23_fi_aem_bank_warning),
    "b23_chfr_drupal10_police_warning": with_contact("/contact", b23_chfr_drupal10_police_warning),
    "b23_chde_joomla_repair_fernwartung": with_contact("/kontakt", b23_chde_joomla_repair_fernwartung),
    "b23_be_hugo_it_partner": with_contact("/contact/", b23_be_hugo_it_partner),
    "b23_de_shopware_userlike_shop": with_contact("/kontakt/", b23_de_shopware_userlike_shop),
    "b23_nl_remix_ziggo_official": with_contact("/klantenservice/contact", b23_nl_remix_ziggo_official),
}
