"""Fifteenth batch of held-out honest templates: page shells no earlier batch uses.

b15_us_arc_news_norton (a US local TV station's article on an Arc XP shell about the Norton
renewal email, quoting its number as the email printed it), b15_be_xenforo_anydesk_thread (a
Flemish computer-club XenForo thread, "my father called 085..., now AnyDesk is on his pc"),
b15_fi_soittajahaku (a Finnish "who called me" reverse lookup page for the fake iCloud line),
b15_ja_shinkin_sagi_chui (a Japanese shinkin bank's support-scam notice on a-blog cms,
quoting the fake Amazon line, with its own free-dial fraud line), b15_ch_contao_apple_partner
(a Basel Apple service provider and IT partner on Contao with its own number and Apple's
genuine Swiss line), b15_au_squarespace_pc_repairs (a Geelong computer repair shop on
Squarespace since 2009 with a TeamViewer QuickSupport download), b15_nl_flatsome_refurb (a
young Utrecht refurbished-laptop shop on WooCommerce/Flatsome with a Tawk.to chat) and
b15_fr_gen_norton_contact (Norton's own French contact page on an AEM shell).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document
from crawler.sandbox.heldout.widgets import cookie_banner, tawk


def _q(s: Sheet, e164: str, style: str = "national", disguise: str | None = None) -> str:
    return s.num(e164, style, disguise, offered=False)


def _q_written(s: Sheet, e164: str, text: str) -> str:
    s.hidden(e164, offered=False)
    return esc(text)


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _home(spec: Spec, link: str, label: str, blurb: str) -> tuple[str, Sheet]:
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>{esc(blurb)}</p><p><a href="{esc(link)}">{esc(label)}</a></p></main>'
    )
    return document(spec.lang, spec.name, body), Sheet()


# --- a US local TV station's article on an Arc XP shell ---------------------------------


@branded
def b15_us_arc_news_norton(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    path = "/news/13-investigates/2026/02/24/fake-norton-renewal-emails-ask-you-to-call-billing-desk/"
    headline = "Fake Norton renewal emails ask you to call a ‘billing desk.’ Here’s what happens when you do"
    aid = _hex(rng, 26).upper()
    meta = {"id": aid, "type": "story", "canonical_url": path, "headlines": {"basic": headline}}
    head = (
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        f'<link rel="stylesheet" href="/pf/resources/dist/wrkn/css/style.css?d={rng.randint(100, 999)}">\n'
        f'<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.arcSite="wrkn";'
        f'Fusion.deployment="{rng.randint(100, 999)}";Fusion.globalContent={json.dumps(meta, ensure_ascii=False)};</script>\n'
    )
    paras = (
        "The email looks like a receipt: a yellow Norton shield, an order number and a charge of $399.99 for a "
        "subscription most recipients never asked for.",
        f"At the bottom, it tells readers to call {_q(s, q, 'us_dash', 'double_paren')} – the odd brackets and "
        "underscores are how the number was printed in the email, likely to slip past spam filters.",
        "13 Investigates called the number. A man who gave his name as “Kevin from billing” asked us to install a "
        "screen-sharing app so he could “remove the licence and process the refund,” then asked us to log in to "
        "online banking.",
        "Gen Digital, which owns Norton, says it does not send renewal notices that ask customers to call a number and "
        "that refunds are handled through the customer’s account page.",
        f"If you called {_q(s, q, 'us_dash')} and let anyone onto your computer, disconnect it from the internet, "
        "call your bank using the number on your card and report it to the FTC at ReportFraud.ftc.gov.",
    )
    body_html = "".join(f'<p class="c-paragraph">{p}</p>' for p in paras)
    body = (
        '<div id="fusion-app" class="layout-section"><header class="b-header-nav-chain"><div class="nav-logo">'
        f'<a href="/" title="{esc(spec.name)}"><img src="/pf/resources/images/wrkn/logo.svg" alt="{esc(spec.name)} logo"></a></div>'
        '<nav class="b-links-bar"><a href="/news/">News</a><a href="/weather/">Weather</a><a href="/news/13-investigates/">13 Investigates</a></nav></header>'
        '<main class="b-single-column-regular"><article class="b-article-body">'
        '<div class="b-overline"><a href="/news/13-investigates/">13 Investigates</a></div>'
        f'<h1 class="b-headline">{esc(headline)}</h1>'
        '<div class="b-byline">By <a href="/author/dana-whitcomb/">Dana Whitcomb</a></div>'
        '<div class="b-date">Published: Feb. 24, 2026 at 6:12 PM EST</div>'
        f"{body_html}"
        '<div class="b-article-tags"><a href="/topics/scams/">Scams</a> <a href="/topics/consumer/">Consumer</a></div>'
        "</article></main>"
        f'<footer class="b-footer"><p>Copyright 2026 {esc(spec.name)}. All rights reserved.</p>'
        '<p><a href="/contact-us/">Contact us</a> · <a href="/fcc-public-file/">FCC public file</a> · <a href="/privacy/">Privacy policy</a></p></footer></div>'
    )
    return {
        path: (document(spec.lang, f"{headline} | {spec.name}", body, head), s),
        "/": _home(spec, path, headline, "Local news, weather and 13 Investigates."),
    }


# --- a Flemish computer-club XenForo thread ---------------------------------------------


@branded
def b15_be_xenforo_anydesk_thread(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    tid = rng.randint(21000, 22999)
    path = f"/threads/gebeld-naar-printerhulp-nu-anydesk-op-pc-van-mijn-vader.{tid}/"
    posts = (
        ("Gerda_Geel", "23 feb. 2026",
         "Mijn vader (81) zocht op Google ‘HP printer offline’ en heeft gebeld naar "
         f"{_q(s, q, 'trunk_dash')}. Een vriendelijke meneer heeft hem AnyDesk laten installeren en daarna 189 euro "
         "laten betalen via Payconiq voor een ‘jaarabonnement’. Nu staat AnyDesk nog op zijn pc. Wat moet ik doen?"),
        ("Jef_Herentals", "23 feb. 2026",
         "Dat is niet HP, dat is een nep-helpdesk. Eerst AnyDesk verwijderen (Instellingen → Apps), de pc van het "
         "internet halen en zijn bankkaart laten blokkeren via Card Stop. Daarna wachtwoorden wijzigen vanaf een andere "
         "computer."),
        ("moderator_Lieve", "24 feb. 2026",
         f"Ter info voor wie via zoeken hier terechtkomt: het nummer {_q(s, q, 'pairs')} is al enkele keren gemeld. "
         "Meld het ook op meldpunt.belgie.be. HP heeft geen betalende telefonische ‘printerhulp’."),
    )  # fmt: skip
    arts = "".join(
        f'<article class="message message--post js-post js-inlineModContainer" data-author="{esc(who)}" data-content="post-{tid * 10 + i}" id="js-post-{tid * 10 + i}">'
        f'<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><h4 class="message-name">'
        f'<a href="/members/{esc(who.lower())}.{rng.randint(100, 9999)}/" class="username">{esc(who)}</a></h4></section></div>'
        '<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution">'
        f'<ul class="message-attribution-main listInline"><li class="u-concealed"><time class="u-dt">{esc(when)}</time></li></ul></header>'
        f'<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">'
        f'<div class="bbWrapper">{text}</div></article></div></div></div></div></div></article>'
        for i, (who, when, text) in enumerate(posts)
    )
    head = (
        f'<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=2&amp;d={rng.randint(1700000000, 1709999999)}&amp;k={_hex(rng, 40)}">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">'
        f'<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/kempen/logo.png" alt="{esc(spec.name)}"></a></div></div></div></header>'
        '<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs"><a href="/forums/">Forums</a> › '
        '<a href="/forums/veiligheid-en-oplichting.14/">Veiligheid en oplichting</a></div>'
        '<div class="p-title"><h1 class="p-title-value">Gebeld naar ‘printerhulp’, nu AnyDesk op pc van mijn vader</h1></div>'
        f'<div class="block block--messages"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">{arts}</div></div></div>'
        "</div></div>"
        '<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><ul class="p-footer-linkList">'
        '<li><a href="/misc/contact">Contact</a></li><li><a href="/help/terms/">Gebruiksvoorwaarden</a></li><li><a href="/help/privacy-policy/">Privacybeleid</a></li></ul></div>'
        '<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Forum software by XenForo<sup>®</sup> <span class="copyright">© 2010-2024 XenForo Ltd.</span></a></div>'
        "</div></footer></div>"
    )
    return {
        path: (document(spec.lang, f"Gebeld naar ‘printerhulp’, nu AnyDesk op pc van mijn vader | {spec.name}", body, head, ' data-template="thread_view" data-container-key="node-14" class="XenForo"'), s),
        "/": _home(spec, path, "Gebeld naar ‘printerhulp’, nu AnyDesk op pc van mijn vader", "De computerclub voor de Kempen: cursussen, hulpavonden en een forum."),
    }


# --- a Finnish "who called me" reverse lookup page ---------------------------------------


@branded
def b15_fi_soittajahaku(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    compact = numbers.national_digits(q)
    path = f"/numero/{compact}"
    plain = _q(s, q, "split_sub")  # 09 4245 1187
    intl = _q(s, q, "intl")  # +358 9 42451187
    searches = rng.randint(400, 1900)
    comments = "".join(
        f'<div class="kommentti kommentti-{r}"><div class="k-otsikko"><b>{esc(who)}</b> · {esc(when)} · {esc(lbl)}</div><p>{esc(t)}</p></div>'
        for who, when, r, lbl, t in (
            ("Raili", "25.2.2026", "huijaus", "Huijaus",
             "Googlesta löytyi ”iCloud-tuki Suomi”. Mies halusi asentaa koneelleni etäohjelman ja pyysi verkkopankkitunnuksia."),
            ("nimetön", "26.2.2026", "huijaus", "Huijaus",
             "Tämä ei ole Apple. Applen oma tuki löytyy apple.com-sivuilta, eikä se pyydä pankkitunnuksia."),
            ("Matti K.", "27.2.2026", "epavarma", "Epävarma",
             "Soitin, koska iPhone kysyi salasanaa. Lopetin puhelun, kun alettiin puhua 199 euron ylläpitosopimuksesta."),
        )
    )  # fmt: skip
    body = (
        f'<header class="yla"><a href="/" class="logo">{esc(spec.name)}</a>'
        '<form action="/haku" class="haku"><input name="numero" placeholder="Syötä puhelinnumero"><button>Hae</button></form></header>'
        '<main class="numerosivu">'
        f"<h1>Kuka soitti numerosta {plain}?</h1>"
        '<dl class="tiedot">'
        f"<dt>Numero</dt><dd>{plain}</dd><dt>Kansainvälinen muoto</dt><dd>{intl}</dd>"
        "<dt>Tyyppi</dt><dd>Lankapuhelin, Helsinki (09)</dd>"
        f"<dt>Hakuja</dt><dd>{searches}</dd><dt>Arvio</dt><dd><b>Vaarallinen</b> (3 kommenttia)</dd></dl>"
        '<p class="yhteenveto">Käyttäjät kertovat numeron esiintyvän ”iCloud-tuki”-nimisellä sivulla, joka pyytää etäyhteyttä ja maksua.</p>'
        f'<section class="kommentit"><h2>Kommentit</h2>{comments}</section>'
        "</main>"
        '<footer><a href="/tietosuoja">Tietosuoja</a> · <a href="/tuki/ota-yhteytta">Ota yhteyttä</a> · <a href="/tietoa">Tietoa palvelusta</a></footer>'
    )
    home_s = Sheet()
    home = (
        f'<header class="yla"><a href="/" class="logo">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        "<p>Tuntematon numero? Katso, mitä muut ovat siitä kertoneet, ja jätä oma arviosi.</p>"
        '<form action="/haku" class="haku"><input name="numero" placeholder="Syötä puhelinnumero"><button>Hae</button></form>'
        f'<h2>Haetuimmat nyt</h2><ul class="haetuimmat"><li><a href="{esc(path)}">{_q(home_s, q, "split_sub")}</a> – vaarallinen</li></ul></main>'
    )
    return {
        path: (document(spec.lang, f"{compact} – kuka soitti? | {spec.name}", body), s),
        "/": (document(spec.lang, spec.name, home), home_s),
    }


# --- a Japanese shinkin bank's support-scam notice on a-blog cms -------------------------


@branded
def b15_ja_shinkin_sagi_chui(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    own = spec.phones[0]
    s = Sheet()
    path = "/news/2026/0226_support-sagi.html"
    fraud = s.tel(own, s.num(own, "dashed"), national=True)  # 0120-458-321
    head = (
        '<meta name="generator" content="a-blog cms">\n'
        f'<link rel="stylesheet" href="/themes/shinkin/css/style.css?date={rng.randint(20240101, 20251231)}">\n'
    )
    body = (
        '<div id="wrapper"><header class="header"><div class="header-inner">'
        f'<p class="site-logo"><a href="/"><img src="/themes/shinkin/images/logo.svg" alt="{esc(spec.name)}"></a></p>'
        '<ul class="header-nav"><li><a href="/kojin/">個人のお客さま</a></li><li><a href="/hojin/">法人のお客さま</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></div></header>'
        '<div class="topicpath"><a href="/">ホーム</a> &gt; <a href="/news/">お知らせ</a> &gt; サポート詐欺にご注意ください</div>'
        '<main class="main"><div class="entry"><div class="entry-header">'
        '<p class="entry-date"><time datetime="2026-02-26">2026年2月26日</time> <span class="category">重要なお知らせ</span></p>'
        "<h1>パソコンの「返金サポート」を名乗る詐欺（サポート詐欺）にご注意ください</h1></div>"
        '<div class="entry-body">'
        "<p>「Amazonプライムの会費が自動更新された」「返金するので電話してください」などと表示するWebサイトやメールで"
        "電話をかけさせ、遠隔操作ソフトをインストールさせたうえで、インターネットバンキングから不正に送金させる被害が"
        "当金庫のお客さまにも発生しています。</p>"
        "<h2>実際に確認された手口</h2>"
        f"<p>検索結果に表示された「Amazonプライム 解約サポートセンター」（電話番号 {_q(s, q, 'dashed')}）に電話したところ、"
        "AnyDeskのインストールを求められ、画面共有の状態で「返金の入力」を装って振込操作をさせられました。</p>"
        "<h2>お客さまへのお願い</h2><ul>"
        "<li>画面やメールに表示された電話番号には電話しないでください。</li>"
        "<li>電話で指示されて遠隔操作ソフトをインストールしないでください。</li>"
        "<li>当金庫の職員が、電話で暗証番号やワンタイムパスワードをおたずねすることはありません。</li></ul>"
        "<h2>被害にあわれた可能性がある場合</h2>"
        f"<p>至急、下記までご連絡ください。<br>みなとみらい信用金庫 不正利用ダイヤル：{fraud}（24時間受付）</p>"
        "</div></div></main>"
        f'<footer class="footer"><p class="copyright">Copyright © {esc(spec.name)} All Rights Reserved.</p>'
        '<p>金融機関コード 1xxx ／ 登録金融機関 関東財務局長（登金）第xxx号</p></footer></div>'
        f'<script src="/themes/shinkin/js/site.js?date={rng.randint(20240101, 20251231)}"></script>'
    )
    return {
        path: (document(spec.lang, f"サポート詐欺にご注意ください | {spec.name}", body, head), s),
        "/": _home(spec, path, "サポート詐欺にご注意ください", "地域とともに歩む信用金庫です。"),
    }


# --- a Basel Apple service provider and IT partner on Contao ----------------------------


@branded
def b15_ch_contao_apple_partner(spec: Spec, rng: Random) -> Drafts:
    own, apple = spec.phones
    s = Sheet()
    mine = s.tel(own, s.num(own, "national"))  # 061 261 84 30
    apple_no = s.tel(apple, s.num(apple, "national"))  # 0800 001 853
    head = (
        '<meta name="generator" content="Contao Open Source CMS">\n'
        f'<link rel="stylesheet" href="/assets/css/layout.min.css,responsive.min.css,rheinknie.scss-{_hex(rng, 8)}.css">\n'
    )

    def ce(kind: str, inner: str) -> str:
        return f'<div class="content-{kind} ce_{kind} block" id="ce-{rng.randint(100, 999)}">{inner}</div>'

    body = (
        '<div id="wrapper"><header id="header"><div class="inside">'
        f'<a href="/" class="logo"><img src="/files/rheinknie/layout/logo.svg" alt="{esc(spec.name)}"></a>'
        '<nav class="mod_navigation block"><ul class="level_1"><li class="active first"><strong class="active">Start</strong></li>'
        '<li><a href="/dienstleistungen.html">Dienstleistungen</a></li><li><a href="/apple-service.html">Apple Service</a></li>'
        '<li class="last"><a href="/kontakt.html">Kontakt</a></li></ul></nav></div></header>'
        '<div id="container"><main id="main"><div class="inside"><div class="mod_article first last block" id="article-1">'
        + ce("headline", f"<h1>{esc(spec.name)} – Apple Service und IT-Betreuung in Basel</h1>")
        + ce(
            "text",
            "<p>Seit 2009 reparieren wir Mac, iPhone und iPad an der Clarastrasse und betreuen Arztpraxen, Treuhandbüros und "
            "Ateliers in der Region Basel: Netzwerk, Backup, Geräteverwaltung und Fernwartung für Vertragskunden.</p>"
            "<p>Als Apple Autorisierter Service Provider verwenden wir Originalteile; Reparaturen unter Garantie oder "
            "AppleCare+ sind für Sie kostenlos.</p>",
        )
        + ce(
            "text",
            "<h2>Kontakt</h2>"
            f"<p>Werkstatt und Beratung: {mine} (Mo–Fr 9–18 Uhr, Sa 10–14 Uhr)</p>"
            f"<p>Fragen zur Garantie, zu Ihrer Apple ID oder zu Abos klärt Apple direkt: Apple Support Schweiz {apple_no} "
            '(gebührenfrei) oder online unter <a href="https://support.apple.com/de-ch">support.apple.com/de-ch</a>.</p>',
        )
        + ce(
            "text",
            "<h2>Fernwartung</h2><p>Fernwartung gibt es bei uns nur nach telefonischer Terminvereinbarung mit einem "
            "Mitarbeiter, den Sie kennen. Wir rufen nie unaufgefordert an.</p>",
        )
        + "</div></div></main></div>"
        '<footer id="footer"><div class="inside">'
        f"<p>{esc(spec.name)} GmbH · Clarastrasse 41 · 4058 Basel · UID CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}</p>"
        '<p><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></p></div></footer></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Apple Service und IT in Basel", body, head, ' id="top" class="mac chrome blink ch126"'), s)}


# --- a Geelong computer repair shop on Squarespace --------------------------------------


@branded
def b15_au_squarespace_pc_repairs(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 03 5221 3704
    intl = s.num(own, "intl")  # +61 3 5221 3704
    call = s.tel(own, plain)
    ctx = {"website": {"id": _hex(rng, 24), "siteTitle": spec.name}, "templateId": _hex(rng, 24)}
    head = (
        "<!-- This is Squarespace. --><!-- bellarine-pc-repairs -->\n"
        f'<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/{_hex(rng, 24)}/12/{_hex(rng, 24)}/{_hex(rng, 24)}/1521/site.css">\n'
        f"<script>Static.SQUARESPACE_CONTEXT = {json.dumps(ctx)};</script>\n"
    )

    def blk(inner: str) -> str:
        return (
            f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_{rng.randint(1600000000000, 1699999999999)}_{rng.randint(1000, 9999)}">'
            f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div>'
        )

    prices = "".join(
        f"<li>{esc(a)} – {esc(b)}</li>"
        for a, b in (
            ("Diagnosis (in store)", "$55"),
            ("Windows 11 reinstall with data transfer", "$149"),
            ("Virus and pop-up clean-up", "$99"),
            ("Booked remote session, per 15 minutes", "$30"),
        )
    )
    body = (
        '<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">'
        f'<div class="header-title-text"><a href="/">{esc(spec.name)}</a></div>'
        '<nav class="header-nav-list"><div class="header-nav-item"><a href="/services">Services</a></div>'
        '<div class="header-nav-item"><a href="/remote-support">Remote support</a></div><div class="header-nav-item"><a href="/contact">Contact</a></div></nav>'
        f'<div class="header-actions"><span class="phone">{call}</span></div></header>'
        '<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="' + _hex(rng, 24) + '">'
        '<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12">'
        + blk(
            "<h1>Computer repairs in Geelong and the Bellarine since 2009</h1>"
            "<p>Laptops, desktops and Macs repaired at our Pakington Street workshop, by the same two technicians for "
            "over fifteen years. Windows upgrades, data recovery, new SSDs and Microsoft 365 set-ups for home and small "
            "business.</p>"
        )
        + blk(f"<h2>Price guide</h2><ul>{prices}</ul>")
        + blk(
            "<h2>Remote support (booked sessions only)</h2>"
            "<p>For existing customers we can fix many problems remotely. Call the shop first to book a time, then download "
            '<a href="/s/TeamViewerQS.exe">TeamViewer QuickSupport</a> and read us the ID shown. We never cold-call, and we '
            "will never ask you to log in to your bank while connected.</p>"
        )
        + blk(f"<p>Workshop: 212 Pakington St, Geelong West VIC 3218 · {plain} · Tue–Sat 9:30–5:00</p>")
        + "</div></div></div></section></article></main>"
        f'<footer class="sections" id="footer-sections"><p>© 2026 {esc(spec.name)} Pty Ltd · ABN {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} · {intl}</p></footer></div>'
        '<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – computer repairs Geelong", body, head, ' id="collection-' + _hex(rng, 24) + '" class="primary-button-style-solid tweak-global-animations-enabled"'), s)}


# --- a young Utrecht refurbished-laptop shop on WooCommerce/Flatsome ---------------------


@branded
def b15_nl_flatsome_refurb(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 030 737 0215
    tel = s.tel(own, plain, national=True)
    head = (
        '<meta name="generator" content="WooCommerce 8.6.1">\n'
        "<link rel='stylesheet' id='flatsome-main-css' href='/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.18.2' type='text/css' media='all'>\n"
        "<link rel='stylesheet' id='flatsome-shop-css' href='/wp-content/themes/flatsome/assets/css/flatsome-shop.css?ver=3.18.2' type='text/css' media='all'>\n"
    )
    products = "".join(
        f'<div class="product-small col has-hover product type-product post-{rng.randint(100, 999)} status-publish instock product_cat-laptops">'
        f'<div class="col-inner"><div class="product-small box"><div class="box-image"><a href="/product/{slug}/"><img src="/wp-content/uploads/2026/01/{slug}.jpg" alt="{esc(name)}"></a></div>'
        f'<div class="box-text box-text-products"><p class="name product-title woocommerce-loop-product__title"><a href="/product/{slug}/">{esc(name)}</a></p>'
        f'<span class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&euro;</span>{price}</bdi></span></span></div></div></div></div>'
        for slug, name, price in (
            ("hp-elitebook-840-g6", "HP EliteBook 840 G6 – i5, 16 GB, 256 GB SSD", "389,00"),
            ("lenovo-thinkpad-t490", "Lenovo ThinkPad T490 – i5, 8 GB, 256 GB SSD", "349,00"),
            ("dell-latitude-5400", "Dell Latitude 5400 – i7, 16 GB, 512 GB SSD", "459,00"),
        )
    )
    body = (
        '<div id="wrapper"><header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper">'
        '<div id="top-bar" class="header-top hide-for-sticky nav-dark"><div class="flex-row container"><div class="flex-col hide-for-medium flex-left">'
        f'<ul class="nav nav-left medium-nav-center nav-small nav-divided"><li class="html custom html_topbar_left">Vragen? Bel {tel} · Gratis verzending vanaf €50</li></ul></div></div></div>'
        '<div id="masthead" class="header-main"><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">'
        f'<div id="logo" class="flex-col logo"><a href="/" title="{esc(spec.name)}" rel="home"><img width="200" height="60" src="/wp-content/uploads/2026/01/refurbmeester-logo.png" class="header_logo header-logo" alt="{esc(spec.name)}"></a></div>'
        '<div class="flex-col hide-for-medium flex-left flex-grow"><ul class="header-nav header-nav-main nav nav-left nav-uppercase">'
        '<li class="menu-item"><a href="/winkel/" class="nav-top-link">Laptops</a></li><li class="menu-item"><a href="/garantie/" class="nav-top-link">Garantie</a></li>'
        '<li class="menu-item"><a href="/contact/" class="nav-top-link">Contact</a></li></ul></div></div></div></div></header>'
        '<main id="main" class=""><div id="content" role="main" class="content-area">'
        '<section class="section" id="section_hero"><div class="section-content relative"><div class="row"><div class="col medium-12 small-12 large-12"><div class="col-inner">'
        "<h1>Refurbished zakelijke laptops met 2 jaar garantie</h1>"
        "<p>Wij zijn in januari 2026 begonnen vanuit een werkplaats in Utrecht-Lage Weide. Elke laptop wordt getest, krijgt "
        "een nieuwe accu-check en een schone installatie van Windows 11 Pro.</p>"
        "</div></div></div></div></section>"
        f'<div class="products row row-small large-columns-3 medium-columns-3 small-columns-2">{products}</div>'
        "<p>Hulp nodig bij het kiezen? Stel je vraag in de chat rechtsonder of bel ons op werkdagen tussen 9:00 en 17:00.</p>"
        "</div></main>"
        '<footer id="footer" class="footer-wrapper"><div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix">'
        f'<div class="footer-secondary pull-right"><div class="payment-icons inline-block"><span>iDEAL</span> <span>Bancontact</span></div></div>'
        f'<div class="footer-primary pull-left"><div class="copyright-footer">© 2026 {esc(spec.name)} · Cartesiusweg 90, 3534 BD Utrecht · KvK {rng.randint(90000000, 99999999)}'
        ' · <a href="/algemene-voorwaarden/">Algemene voorwaarden</a> · <a href="/privacy/">Privacy</a></div></div></div></div></footer></div>'
        + cookie_banner("nl", "complianz")
        + tawk(f"{_hex(rng, 24)}/{_hex(rng, 8)}")
        + "<script type='text/javascript' src='/wp-content/themes/flatsome/assets/js/flatsome.js?ver=3.18.2' id='flatsome-js-js'></script>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – refurbished laptops met garantie", body, head, ' class="home page-template page-template-page-blank wp-theme-flatsome theme-flatsome woocommerce-js lightbox nav-dropdown-has-arrow"'), s)}


# --- Norton's own French contact page on an AEM shell ------------------------------------


@branded
def b15_fr_gen_norton_contact(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    path = "/fr/fr/contact-support/"
    plain = s.num(own, "national")  # 01 73 01 84 99
    tel = s.tel(own, plain)
    head = (
        f'<link rel="stylesheet" href="/etc.clientlibs/gen/clientlibs/clientlib-base.lc-{_hex(rng, 32)}-lc.min.css" type="text/css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<meta name="template" content="gen-content-page">\n'
    )

    def grid(inner: str) -> str:
        return f'<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">{inner}</div></div></div>'

    body = (
        '<div class="root responsivegrid"><header class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--header">'
        '<a href="/fr/fr/" class="gen-logo"><img src="/content/dam/norton/logos/norton-logo.svg" alt="Norton"></a>'
        '<nav class="cmp-navigation"><a href="/fr/fr/produits/">Produits</a><a href="/fr/fr/contact-support/">Assistance</a></nav></div></header>'
        '<main class="cmp-container">'
        + grid("<h1>Contacter l’assistance Norton</h1>"
               "<p>Pour la plupart des questions (facturation, renouvellement, remboursement, installation), commencez par "
               "votre compte Norton : vous y trouverez vos abonnements, l’annulation du renouvellement automatique et la "
               "demande de remboursement.</p>")
        + grid("<h2>Par téléphone</h2>"
               f"<p>Service client Norton France : {tel}<br>Du lundi au vendredi, de 9 h à 18 h (prix d’un appel local).</p>"
               "<p>Avant d’appeler, munissez-vous de l’adresse e-mail de votre compte Norton et de votre numéro de commande.</p>")
        + grid("<h2>Méfiez-vous des faux services d’assistance</h2>"
               "<p>Norton ne vous demandera jamais d’appeler un numéro figurant dans une fenêtre d’alerte ou dans un e-mail "
               "de « facture » inattendu, ni d’installer un logiciel de prise en main à distance pour un remboursement. "
               "En cas de doute, connectez-vous directement à votre compte.</p>")
        + "</main>"
        '<footer class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--footer">'
        "<p>© 2026 Gen Digital Inc. Tous droits réservés. Norton est une marque de Gen Digital Inc.</p>"
        '<p><a href="/fr/fr/legal/">Mentions légales</a> · <a href="/fr/fr/privacy/">Confidentialité</a> · <a href="/fr/fr/cookies/">Cookies</a></p></div></footer></div>'
        f'<script src="/etc.clientlibs/gen/clientlibs/clientlib-site.lc-{_hex(rng, 32)}-lc.min.js"></script>'
    )
    return {
        path: (document(spec.lang, "Contacter l’assistance Norton | Norton", body, head), s),
        "/": _home(spec, path, "Contacter l’assistance Norton", "Norton protège vos appareils, votre vie privée et votre identité en ligne."),
    }


TEMPLATES = {
    "b15_us_arc_news_norton": with_contact("/contact-us/", b15_us_arc_news_norton),
    "b15_be_xenforo_anydesk_thread": with_contact("/misc/contact", b15_be_xenforo_anydesk_thread),
    "b15_fi_soittajahaku": with_contact("/tuki/ota-yhteytta", b15_fi_soittajahaku),
    "b15_ja_shinkin_sagi_chui": with_contact("/contact/", b15_ja_shinkin_sagi_chui),
    "b15_ch_contao_apple_partner": with_contact("/kontakt.html", b15_ch_contao_apple_partner),
    "b15_au_squarespace_pc_repairs": with_contact("/contact", b15_au_squarespace_pc_repairs),
    "b15_nl_flatsome_refurb": with_contact("/contact/", b15_nl_flatsome_refurb),
    "b15_fr_gen_norton_contact": with_contact("/fr/fr/about-us/", b15_fr_gen_norton_contact),
}
