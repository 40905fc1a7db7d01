"""Fourteenth batch of held-out scam templates: page shells no earlier batch uses.

b14_au_webflow_mcafee_refund (an Australian McAfee "auto-renewal A$549.99, call for a
refund" lure on a Webflow shell with a copied trust footer), b14_firebase_mcafee_invoice
(the same campaign's number on a Firebase Hosting single-page app: on the home page only as
character codes a script turns into text, on the mail's landing page only in ?phone=),
b14_ch_jimdo_canon_drucker (a Swiss-German Canon printer "help" on a Jimdo Creator shell,
"044/505 17 38", the country after the number), b14_nl_oxygen_kpn_storing (a Dutch KPN
"storingsdienst" on WordPress with the Oxygen builder and a copied webshop-style trust
footer), b14_ja_locker_spans (a Japanese Windows browser locker, the number split into
decorated spans and in fullwidth), b14_befr_avada_experts (an unbranded Belgian-French
"experts certifiés" remote-support site on WordPress Avada with JSON-LD),
b14_fi_sivuviidakko_gmail (a Finnish "Gmail-tuki" on a Sivuviidakko shell, number in an
image's alt text and 00-prefixed) and b14_uk_mobirise_reused_bowls (an old bowls club's
.co.uk name, dropped and re-used for an HP printer helpline on a Mobirise page that keeps
the club's leftovers).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str


def _written(s: Sheet, e164: str, text: str) -> str:
    """A number in a hand-made form no style covers; recorded, returned escaped."""
    s.hidden(e164)
    return esc(text)


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _letters(rng: Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


# --- Australian McAfee renewal refund lure on Webflow with a copied trust footer --------


@branded
def b14_au_webflow_mcafee_refund(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    spaced = s.num(own, "national")  # 1800 431 726
    intl = s.num(own, "intl")  # +61 1800 431 726
    site = _hex(rng, 24)
    page = _hex(rng, 24)
    abn = f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    invoice = f"MCA-AU-{rng.randint(1000000, 9999999)}"
    call = s.tel(own, f"Call {spaced} now", national=True).replace(
        "<a ", '<a class="button-primary w-button" ', 1
    )
    head = (
        f'<meta content="Webflow" name="generator">\n'
        f'<link href="https://assets-global.website-files.com/{site}/css/mcafee-billing-au.webflow.{_hex(rng, 9)}.min.css" rel="stylesheet" type="text/css">\n'
        '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>\n'
    )
    steps = "".join(
        f'<div class="step-card"><div class="step-number">{i}</div><h3 class="heading-3">{esc(a)}</h3><p class="paragraph">{esc(b)}</p></div>'
        for i, (a, b) in enumerate(
            (
                ("Call the billing team", "Quote the invoice number from your email so we can find the charge."),
                ("Confirm your identity", "A refunds officer opens a secure session to check the licence on your PC."),
                ("Receive your refund", "The full amount goes back to your bank account while you are on the line."),
            ),
            start=1,
        )
    )
    body = (
        '<div class="navbar w-nav" data-animation="default" data-collapse="medium" role="banner">'
        f'<div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://assets-global.website-files.com/{site}/{_hex(rng, 24)}_mcafee-shield.svg" alt="McAfee Billing Centre Australia" class="logo"></a>'
        '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/" class="nav-link w-nav-link">Home</a>'
        '<a href="/refund-policy" class="nav-link w-nav-link">Refund policy</a><a href="/contact" class="nav-link w-nav-link">Contact</a></nav>'
        f'<div class="nav-phone">{spaced}</div></div></div>'
        '<section class="hero-section"><div class="w-layout-blockcontainer container w-container">'
        "<h1 class=\"hero-heading\">Your McAfee Total Protection plan has been renewed</h1>"
        f"<p class=\"hero-paragraph\">Invoice {invoice}: an annual renewal of <strong>A$549.99</strong> (incl. GST) has been "
        "charged to the card on file. If you did not authorise this payment you can cancel and claim a full refund "
        "within 48 hours.</p>"
        f'<div class="refund-box"><div class="text-block">Refund hotline · free call from any Australian landline</div>'
        f'<div class="big-phone">{spaced}</div>{call}</div>'
        "</div></section>"
        f'<section class="steps-section"><div class="w-layout-grid grid-steps">{steps}</div></section>'
        '<section class="faq-section"><div class="container w-container"><h2>Common questions</h2>'
        "<div class=\"w-richtext\"><p><strong>Why was I charged?</strong> Plans bought with a new computer renew "
        "automatically unless auto-renewal was switched off.</p><p><strong>How long does the refund take?</strong> "
        "Usually under 15 minutes once the licence has been removed from your device.</p></div></div></section>"
        '<footer class="footer"><div class="container w-container"><div class="footer-grid">'
        "<div><p class=\"footer-title\">McAfee Billing Centre Australia</p>"
        f"<p>Level 12, 60 Margaret Street, Sydney NSW 2000 · {intl}</p>"
        f"<p>ABN {abn} · Serving Australian customers since 2012</p></div>"
        '<div><a href="/terms" class="footer-link">Terms of service</a><a href="/privacy" class="footer-link">Privacy policy</a>'
        '<a href="/refund-policy" class="footer-link">Refund policy</a><a href="/complaints" class="footer-link">Complaints</a></div>'
        '<div><img src="/images/secure-checkout.svg" alt="Secured checkout"> <img src="/images/productreview-badge.svg" '
        'alt="ProductReview.com.au rated 4.8"><p>4.8 out of 5 from 2,311 customer reviews</p></div></div>'
        "<p class=\"copyright\">© 2026 McAfee Billing Centre Australia. McAfee is a trademark of its owner.</p></div></footer>"
        f'<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={site}" type="text/javascript" crossorigin="anonymous"></script>'
        f'<script src="https://assets-global.website-files.com/{site}/js/webflow.{_hex(rng, 9)}.js" type="text/javascript"></script>'
    )
    attrs = f' data-wf-page="{page}" data-wf-site="{site}"'
    return {"/": (document(spec.lang, f"McAfee renewal refund – call {spaced}", body, head, attrs), s)}


# --- the same campaign on Firebase Hosting: char codes, or only ?phone= -----------------


@branded
def b14_firebase_mcafee_invoice(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    shown = numbers.write(own, "national")  # 1800 431 726
    codes = ", ".join(str(ord(c)) for c in shown)
    chunk = _hex(rng, 8)
    head = (
        f'<link rel="manifest" href="/manifest.json"><link href="/static/css/main.{chunk}.css" rel="stylesheet">\n'
        '<script src="/__/firebase/10.7.1/firebase-app-compat.js"></script><script src="/__/firebase/init.js?useEmulator=false"></script>\n'
    )

    def shell(script: str) -> str:
        return (
            '<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>'
            f'<script defer="defer" src="/static/js/main.{_hex(rng, 8)}.js"></script>'
            f"<script>\n{script}\n</script>"
        )

    # Home: the number exists only as character codes a script makes into text.
    home_s = Sheet()
    home_s.hidden(own)
    home_js = (
        "(function(){var r=document.getElementById('root');\n"
        f"var n=String.fromCharCode.apply(null,[{codes}]);\n"
        "r.innerHTML='<div class=\"inv\"><img src=\"/logo192.png\" alt=\"McAfee\" width=\"48\">"
        "<h1>Invoice enquiry</h1><p>Your McAfee LiveSafe subscription (A$549.99) renews today. "
        "To stop the payment, speak with an invoice officer.</p>"
        "<p class=\"tel\"><a href=\"tel:'+n.replace(/ /g,'')+'\">'+n+'</a></p></div>';})();"
    )
    # Landing: the mail's link carries the number in ?phone=; the page shows it from there.
    land_s = Sheet()
    land_s.hidden(own)
    ref = rng.randint(300000, 399999)
    landing = f"/?phone=%2B{numbers.country_code(own)}{''.join(numbers.groups(own))}&ref={ref}"
    land_js = (
        "(function(){var q=new URLSearchParams(window.location.search),p=q.get('phone')||'';\n"
        "document.getElementById('root').innerHTML='<div class=\"inv\"><h1>Invoice '+(q.get('ref')||'')+'</h1>"
        "<p>Your McAfee payment is being processed. If you did not make this purchase call our billing desk "
        "within 24 hours:</p><p class=\"tel\">'+p+'</p></div>';})();"
    )
    return {
        "/": (document(spec.lang, "McAfee | Invoice enquiry", shell(home_js), head), home_s),
        landing: (document(spec.lang, "McAfee | Invoice enquiry", shell(land_js), head), land_s),
    }


# --- Swiss-German Canon printer "help" on a Jimdo Creator shell -------------------------


@branded
def b14_ch_jimdo_canon_drucker(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    slash = _written(s, own, f"{g[0]}/{g[1]} {g[2]} {g[3]}")  # 044/505 17 38
    plain = s.num(own, "national")  # 044 505 17 38
    intl = s.num(own, "intl_zero_spaced")  # +41 (0)44 505 17 38
    page_id = rng.randint(2000000000, 2999999999)

    def module(kind: str, inner: str) -> str:
        mid = rng.randint(10000000000, 19999999999)
        return (
            f'<div id="{mid}" class="j-module n j-{kind}"><div id="cc-m-{mid}" class="j-module n j-{kind} ">{inner}</div></div>'
        )

    call = s.tel(own, f"Jetzt anrufen: {plain}", national=True).replace(
        "<a ", '<a class="j-calltoaction-link j-calltoaction-link-style-1" data-action="button" ', 1
    )
    head = (
        "<!-- Jimdo Creator -->\n"
        f'<link rel="stylesheet" type="text/css" href="https://assets.jimstatic.com/web.css.{_hex(rng, 32)}.css">\n'
        f'<link rel="stylesheet" type="text/css" href="https://u.jimcdn.com/cms/o/s{_hex(rng, 10)}/layout/dm_{_hex(rng, 32)}/css/layout.css">\n'
        f"<script>var jimdoData = {json.dumps({'isTestserver': False, 'isJimdoHelpCenter': False, 'isProtectedPage': False, 'cstok': _hex(rng, 40), 'cacheJsKey': _hex(rng, 40), 'pageId': page_id, 'isCreatorLocaleDe': True})};</script>\n"
    )
    models = "".join(f"<li>{esc(m)}</li>" for m in ("PIXMA TS-, MG- und TR-Serie", "MAXIFY MB-Serie", "i-SENSYS Laserdrucker", "SELPHY Fotodrucker"))
    body = (
        '<div class="jtpl-main"><div class="jtpl-header"><div class="jtpl-logo"><a href="/">'
        f'<img src="https://image.jimcdn.com/app/cms/image/transf/none/path/s{_hex(rng, 10)}/image/i{_hex(rng, 12)}/version/1/image.png" alt="{esc(spec.name)}"></a></div>'
        '<nav class="jtpl-navigation"><ul class="j-nav-level-0"><li class="jmd-nav__list-item-0 j-nav-current"><a href="/" class="cc-nav-current">Start</a></li>'
        '<li class="jmd-nav__list-item-0"><a href="/treiber/">Treiber</a></li><li class="jmd-nav__list-item-0"><a href="/kontakt/">Kontakt</a></li></ul></nav>'
        f'<div class="jtpl-header-phone">{plain} (CH)</div></div>'
        f'<div class="jtpl-content"><div id="content_area" data-container="content"><div id="content_start"></div>'
        + module(
            "header",
            "<h1>Canon Drucker Hilfe Schweiz – Einrichtung, WLAN und Treiber</h1>",
        )
        + module(
            "text",
            "<p>Ihr Canon Drucker druckt nicht mehr, zeigt den Fehler B200 oder findet das WLAN nicht? Unsere "
            "Drucker-Techniker richten Ihr Gerät per Fernwartung ein – schnell, ohne Hausbesuch, in der ganzen "
            "Deutschschweiz.</p>"
            f"<p>Telefonische Soforthilfe: <strong>{plain} (CH)</strong> · Mo–Sa 8–20 Uhr</p>",
        )
        + module("calltoaction", f'<div class="j-calltoaction-wrapper j-calltoaction-align-2">{call}</div>')
        + module("text", f"<h2>Wir helfen bei allen Modellen</h2><ul>{models}</ul>")
        + module(
            "text",
            "<h2>So einfach geht’s</h2><p>1. Rufen Sie uns an. 2. Ein Techniker verbindet sich mit Ihrem Computer. "
            "3. Der Treiber wird installiert und eine Testseite gedruckt. Pauschal CHF 79.– pro Einsatz.</p>"
            f"<p>Für Rückfragen: {slash}</p>",
        )
        + "</div></div>"
        '<div class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow">'
        f"<p>Canon Drucker Hilfe · Badenerstrasse 120 · 8004 Zürich · {intl}</p>"
        '<a href="/about/">Impressum</a> | <a href="/j/privacy">Datenschutz</a> | <a href="/sitemap/">Sitemap</a></div>'
        '<div class="rightrow"><a href="https://www.jimdo.com" class="jimdo-logo" rel="nofollow">Jimdo</a></div></div></div></div>'
        f'<script src="https://assets.jimstatic.com/app.js.{_hex(rng, 32)}.js"></script>'
    )
    return {"/": (document(spec.lang, f"Canon Drucker Hilfe Schweiz | {plain}", body, head, f' class="jtpl-body" id="page-{page_id}"'), s)}


# --- Dutch KPN "storingsdienst" on WordPress with the Oxygen builder ---------------------


@branded
def b14_nl_oxygen_kpn_storing(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 085 303 4196
    dash = s.num(own, "trunk_dash")  # 085-3034196
    intl = s.num(own, "intl_zero_spaced")  # +31 (0)85 303 4196
    kvk = rng.randint(70000000, 89999999)
    btw = f"NL{rng.randint(100000000, 999999999)}B01"
    n = 0

    def ct(kind: str, inner: str, tag: str = "div") -> str:
        nonlocal n
        n += 1
        return f'<{tag} id="{kind}-{n}-{rng.randint(10, 99)}" class="ct-{kind}">{inner}</{tag}>'

    call = s.tel(own, f"Bel direct {plain}", national=True).replace(
        "<a ", f'<a id="link_button-{rng.randint(100, 999)}-7" class="ct-link-button" ', 1
    )
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        "<link rel='stylesheet' id='oxygen-css' href='/wp-content/plugins/oxygen/component-framework/oxygen.css?ver=4.8.1' media='all'>\n"
        f"<link rel='stylesheet' id='oxygen-cache-{rng.randint(10, 99)}-css' href='/wp-content/uploads/oxygen/css/{rng.randint(10, 99)}.css?cache={rng.randint(1700000000, 1709999999)}&#038;ver=6.4.3' media='all'>\n"
    )
    storingen = "".join(
        f"<li>{esc(t)}</li>"
        for t in (
            "Geen internet of wifi valt steeds weg",
            "Modem (Box 12 of Experia Box) knippert rood",
            "Interactieve tv geeft een zwart beeld",
            "E-mail van KPN Mail komt niet meer binnen",
        )
    )
    body = (
        ct(
            "section",
            ct("div-block", f'<a href="/" class="ct-link"><img src="/wp-content/uploads/2026/02/kpn-storing-logo.svg" alt="{esc(spec.name)}"></a>'
               f'<nav class="oxy-nav-menu"><a href="/">Home</a> <a href="/storingen/">Storingen</a> <a href="/contact/">Contact</a></nav>'
               f'<span class="header-tel">{dash}</span>'),
            "header",
        )
        + ct(
            "section",
            ct("headline", "KPN storing? Wij lossen het vandaag nog op", "h1")
            + ct(
                "text-block",
                "Heeft u last van een internetstoring, werkt uw tv niet of krijgt u geen e-mail meer? De monteurs van "
                "de KPN storingsdienst kijken direct op afstand mee en verhelpen de meeste storingen binnen een half uur.",
            )
            + ct("text-block", f"Storingslijn (7 dagen per week, 08:00–22:00): <strong>{plain}</strong>")
            + call,
        )
        + ct("section", ct("headline", "Veelvoorkomende storingen", "h2") + f"<ul>{storingen}</ul>")
        + ct(
            "section",
            ct(
                "text-block",
                "<strong>Beoordeeld met een 9,1</strong> · 1.487 beoordelingen op Kiyoh · Thuiswinkel Waarborg · "
                "Keurmerk Klantgericht",
            ),
        )
        + ct(
            "section",
            ct(
                "text-block",
                f"<p>{esc(spec.name)} · Stationsplein 45, 3511 ED Utrecht · {intl} · info@kpn-storingen-hulplijn.nl</p>"
                f"<p>KvK {kvk} · BTW {btw} · Actief sinds 2009</p>"
                '<p><a href="/algemene-voorwaarden/">Algemene voorwaarden</a> · <a href="/privacyverklaring/">Privacyverklaring</a> · '
                '<a href="/cookiebeleid/">Cookiebeleid</a> · <a href="/klachtenregeling/">Klachtenregeling</a></p>'
                '<p><img src="/wp-content/uploads/thuiswinkel-waarborg.png" alt="Thuiswinkel Waarborg"> '
                '<img src="/wp-content/uploads/kiyoh-9-1.png" alt="Kiyoh 9,1"></p>'
                f"<p>© 2026 {esc(spec.name)}</p>",
            ),
            "footer",
        )
    )
    return {"/": (document(spec.lang, f"KPN Storingsdienst | Bel {plain}", body, head, ' class="home wp-singular page-template-default page oxygen-body"'), s)}


# --- Japanese Windows browser locker: decorated spans and fullwidth ---------------------


@branded
def b14_ja_locker_spans(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    dashed = s.num(own, "dashed")  # 050-5893-2174
    wide = s.num(own, "dashed", "fullwidth")  # ０５０－５８９３－２１７４
    s.hidden(own)  # the decorated spans below
    spans = '<i class="sep">-</i>'.join(f'<span class="d">{esc(p)}</span>' for p in g)
    code = f"0x80{rng.choice('07')}{rng.randint(10000, 99999)}{rng.choice('ABCDEF')}"
    head = (
        "<style>body{margin:0;background:#0078d7;color:#fff;font-family:'Meiryo','Yu Gothic',sans-serif;cursor:none}"
        ".lk-box{position:fixed;top:10%;left:50%;transform:translateX(-50%);width:600px;background:#fff;color:#222;border-top:36px solid #c50f1f}"
        ".lk-in{padding:20px 26px}.d{font-size:32px;font-weight:700;color:#c50f1f}.sep{font-style:normal;color:#999;margin:0 4px}</style>\n"
    )
    body = (
        '<div class="lk-bg"><p>Windows Defender セキュリティセンター</p></div>'
        '<div class="lk-box" role="alertdialog"><div class="lk-in">'
        "<h1>⚠ このPCはブロックされました</h1>"
        "<p>お使いのコンピューターでトロイの木馬型スパイウェアが検出されました。クレジットカード情報、Facebookのログイン情報、"
        "メールアカウントのパスワードが流出する危険があります。</p>"
        f"<p>エラーコード：{code}</p>"
        "<p>PCの電源を切らないでください。すぐにWindowsサポートにお電話ください（通話無料）。</p>"
        f'<p class="lk-nr" style="text-align:center">{spans}</p>'
        f'<p style="text-align:center">Windowsサポート窓口：{wide}</p>'
        '<p style="text-align:center"><button id="lk-call">サポートに電話する</button> <button id="lk-close">閉じる</button></p>'
        "</div></div>"
        '<audio src="/sound/keikoku-ja.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document;function full(){var e=d.documentElement;(e.requestFullscreen||e.webkitRequestFullscreen||function(){}).call(e);}\n"
        "  d.addEventListener('click',full);d.addEventListener('keydown',function(e){e.preventDefault();full();});\n"
        "  window.onbeforeunload=function(){return 'このページを離れないでください';};\n"
        "  for(var i=0;i<30;i++){history.pushState({i:i},'',location.href);}\n"
        "  window.onpopstate=function(){history.pushState({},'',location.href);};\n"
        f"  var m={json_str('警告：PCがロックされています。Windowsサポートに電話してください ' + numbers.write(own, 'dashed'))};\n"
        "  setTimeout(function loop(){if(!confirm(m)){alert(m);}setTimeout(loop,2000);},1500);\n"
        "  d.getElementById('lk-close').onclick=function(){alert(m);full();};\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"セキュリティ警告 - Windowsサポート {dashed}", body, head), s)}


# --- unbranded Belgian-French remote-support "experts" on WordPress Avada ---------------


@branded
def b14_befr_avada_experts(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    slashed = _written(s, own, f"{g[0]}/{g[1]}.{g[2]}.{g[3]}")  # 02/808.47.15
    intl = s.num(own, "intl_zero_spaced")  # +32 (0)2 808 47 15
    plain = s.num(own, "national")  # 02 808 47 15
    s.hidden(own)  # JSON-LD
    ld = {
        "@context": "https://schema.org",
        "@type": "ProfessionalService",
        "name": spec.name,
        "telephone": own,
        "address": {"@type": "PostalAddress", "addressLocality": "Bruxelles", "addressCountry": "BE"},
        "areaServed": ["BE", "FR", "LU"],
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.9", "reviewCount": "862"},
    }
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        "<link rel='stylesheet' id='fusion-dynamic-css-css' href='/wp-content/uploads/fusion-styles/"
        + _hex(rng, 32)
        + ".min.css?ver=3.11.3' type='text/css' media='all'>\n"
        + _ld(ld)
    )
    call = s.tel(own, f"Appelez un expert : {plain}").replace(
        "<a ", '<a class="fusion-button button-flat fusion-button-default-size button-default fusion-button-default button-1 fusion-button-default-span" ', 1
    )

    def container(inner: str, i: int) -> str:
        return (
            f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{i} nonhundred-percent-fullwidth non-hundred-percent-height-scrolling">'
            f'<div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-{i} fusion_builder_column_1_1 1_1 fusion-flex-column">'
            f'<div class="fusion-column-wrapper fusion-flex-justify-content-flex-start fusion-content-layout-column">{inner}</div></div></div></div>'
        )

    services = "".join(
        f'<div class="fusion-text"><h3>{esc(a)}</h3><p>{esc(b)}</p></div>'
        for a, b in (
            ("Ordinateur lent ou bloqué", "Nettoyage complet, mises à jour et optimisation du démarrage."),
            ("Virus et fenêtres publicitaires", "Suppression des logiciels malveillants et des fausses alertes."),
            ("Messagerie et mots de passe", "Récupération de vos comptes e-mail et de vos accès bancaires en ligne."),
            ("Imprimante, wifi, scanner", "Installation et configuration de tous vos périphériques."),
        )
    )
    body = (
        '<div id="wrapper" class="fusion-wrapper"><header class="fusion-header-wrapper"><div class="fusion-header-v1 fusion-logo-alignment fusion-logo-left">'
        f'<div class="fusion-logo"><a class="fusion-logo-link" href="/"><img src="/wp-content/uploads/2026/01/logo-experts.png" alt="{esc(spec.name)}"></a></div>'
        '<nav class="fusion-main-menu"><ul id="menu-principal" class="fusion-menu"><li class="menu-item current-menu-item"><a href="/"><span class="menu-text">Accueil</span></a></li>'
        '<li class="menu-item"><a href="/tarifs/"><span class="menu-text">Tarifs</span></a></li><li class="menu-item"><a href="/contact/"><span class="menu-text">Contact</span></a></li></ul></nav>'
        f'<div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">{slashed}</span></div></div></header>'
        '<main id="main" class="clearfix"><div class="fusion-row"><section id="content"><div class="post-content">'
        + container(
            '<div class="fusion-title title fusion-title-1"><h1 class="fusion-title-heading">Dépannage informatique à distance par des experts certifiés</h1></div>'
            '<div class="fusion-text"><p>Un problème avec votre ordinateur ? Nos experts certifiés prennent la main à distance en '
            "toute sécurité et règlent la panne pendant que vous restez en ligne. Intervention en moins de 5 minutes, partout "
            "en Belgique.</p>"
            f"<p>Ligne directe : <strong>{slashed}</strong> – 7j/7 de 8h à 21h</p></div>"
            f'<div class="fusion-button-wrapper">{call}</div>',
            1,
        )
        + container(services, 2)
        + container(
            '<div class="fusion-text"><h2>Comment ça marche ?</h2><p>Vous nous appelez, nous vous envoyons un lien de '
            "connexion sécurisée (TeamViewer), l’expert diagnostique la panne et vous payez uniquement si le problème est "
            "résolu. Forfait à partir de 69 € TVAC.</p></div>",
            3,
        )
        + "</div></section></div></main>"
        '<div class="fusion-footer"><footer class="fusion-footer-copyright-area"><div class="fusion-copyright-content">'
        f'<div class="fusion-copyright-notice"><div>© 2026 {esc(spec.name)} · Depuis la Belgique : {intl} · '
        '<a href="/mentions-legales/">Mentions légales</a></div></div></div></footer></div></div>'
        "<script type='text/javascript' src='/wp-content/themes/Avada/includes/lib/assets/min/js/general/fusion.js?ver=3.11.3' id='fusion-js'></script>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – dépannage à distance {plain}", body, head, ' class="home page-template page-template-100-width page-template-100-width-php page fusion-image-hovers fusion-body ltr fusion-sticky-header"'), s)}


# --- Finnish "Gmail-tuki" on a Sivuviidakko shell ---------------------------------------


@branded
def b14_fi_sivuviidakko_gmail(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "split_sub")  # 09 3157 2280
    g = numbers.groups(own)
    sub = g[1]
    zero = _written(s, own, f"00{numbers.country_code(own)} {g[0][1:]} {sub[:4]} {sub[4:]}")  # 00358 9 3157 2280
    s.hidden(own)  # banner alt text
    alt_no = numbers.write(own, "split_sub")
    call = s.tel(own, f"Soita {plain}", national=True).replace("<a ", '<a class="button sv-button" ', 1)
    head = (
        '<meta name="generator" content="Sivuviidakko">\n'
        f'<link rel="stylesheet" href="/static/sivuviidakko/css/site.css?v={rng.randint(1000, 9999)}">\n'
        f'<script src="/static/sivuviidakko/js/sivuviidakko.min.js?v={rng.randint(1000, 9999)}"></script>\n'
    )
    faq = "".join(
        f'<div class="content_block faq"><h3>{esc(q)}</h3><p>{esc(a)}</p></div>'
        for q, a in (
            ("Unohdin Gmail-salasanani", "Palautamme pääsyn tiliisi puhelimessa, vaikka palautusnumero olisi vanhentunut."),
            ("Google-tilini on hakkeroitu", "Teknikkomme tarkistaa laitteesi etäyhteydellä ja vaihtaa suojaukset."),
            ("Sähköpostit eivät kulje", "Korjaamme sähköpostiohjelman, puhelimen ja tabletin asetukset saman puhelun aikana."),
        )
    )
    body = (
        '<div id="sv-page"><div id="sv-header" class="area_header"><div class="logo">'
        f'<a href="/"><img src="/files/logo/gmail-tuki.png" alt="{esc(spec.name)}"></a></div>'
        '<ul class="menu level1"><li class="active"><a href="/">Etusivu</a></li><li><a href="/palvelut">Palvelut</a></li>'
        '<li><a href="/asiakastuki">Asiakastuki</a></li></ul></div>'
        '<div id="sv-content" class="area_content"><div class="content_block">'
        f'<p><img src="/files/kuvat/gmail-tuki-banneri.jpg" alt="Gmail-tuki Suomi – soita {esc(alt_no)}" width="900" height="260"></p>'
        "<h1>Gmail- ja Google-tilin tuki suomeksi</h1>"
        "<p>Etkö pääse kirjautumaan Gmailiin tai onko Google-tilisi lukittu? Suomenkielinen tukemme auttaa heti "
        "puhelimessa – myös iltaisin ja viikonloppuisin.</p>"
        f'<p class="big">Tukinumero: <strong>{plain}</strong></p><p>{call}</p></div>'
        f"{faq}"
        "</div>"
        '<div id="sv-footer" class="area_footer"><p>Gmail-tuki Suomi · Mannerheimintie 12 B, 00100 Helsinki</p>'
        f"<p>Ulkomailta: {zero}</p>"
        '<p><a href="/tietosuojaseloste">Tietosuojaseloste</a> · <a href="/toimitusehdot">Toimitusehdot</a></p>'
        '<p class="sv-powered">Sivusto: <a href="https://www.sivuviidakko.fi" rel="nofollow">Sivuviidakko</a></p></div></div>'
    )
    return {"/": (document(spec.lang, f"Gmail-tuki Suomi | {plain}", body, head, ' class="sv-frontpage lang-fi"'), s)}


# --- an old bowls club's .co.uk name re-used for an HP printer helpline ----------------


@branded
def b14_uk_mobirise_reused_bowls(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    plain = s.num(own, "national")  # 020 3318 5527
    brackets = _written(s, own, f"({g[0]}) {g[1]} {g[2]}")  # (020) 3318 5527
    intl = s.num(own, "intl_zero_spaced")  # +44 (0)20 3318 5527
    call = s.tel(own, f"Call {plain}").replace("<a ", '<a class="btn btn-primary display-4" ', 1)
    head = (
        '<meta name="generator" content="Mobirise v5.9.13, mobirise.com">\n'
        '<link rel="stylesheet" href="assets/web/assets/mobirise-icons2/mobirise2.css">\n'
        '<link rel="stylesheet" href="assets/bootstrap/css/bootstrap.min.css"><link rel="stylesheet" href="assets/theme/css/style.css">\n'
        f'<link rel="preload" href="assets/mobirise/css/mbr-additional.css?v={_letters(rng, 6)}" as="style">\n'
    )

    def section(cid: str, inner: str, cls: str = "content1") -> str:
        return (
            f'<section data-bs-version="5.1" class="{cls} cid-{cid}" id="{cls}-{_letters(rng, 2)}">'
            f'<div class="container"><div class="row justify-content-center"><div class="col-12 col-md-10">{inner}</div></div></div></section>'
        )

    problems = "".join(
        f'<li class="mbr-text display-7">{esc(t)}</li>'
        for t in (
            "HP printer showing offline or not found on Wi-Fi",
            "HP Smart app will not add my printer",
            "Ink cartridge not recognised / printhead error",
            "Printer prints blank pages after an update",
        )
    )
    body = (
        f'<section data-bs-version="5.1" class="menu menu1 cid-{_letters(rng, 10)}" once="menu" id="menu1-0">'
        '<nav class="navbar navbar-dropdown navbar-expand-lg"><div class="container"><div class="navbar-brand">'
        '<span class="navbar-caption-wrap"><a class="navbar-caption text-black display-7" href="index.html">HP Printer Support UK</a></span></div>'
        '<ul class="navbar-nav nav-dropdown"><li class="nav-item"><a class="nav-link link display-4" href="index.html">Home</a></li>'
        '<li class="nav-item"><a class="nav-link link display-4" href="/fixtures-2017.html">Fixtures</a></li>'
        '<li class="nav-item"><a class="nav-link link display-4" href="/contact.html">Contact</a></li></ul>'
        f'<div class="navbar-buttons mbr-section-btn"><span class="nav-phone">{brackets}</span></div></div></nav></section>'
        + section(
            _letters(rng, 10),
            '<h1 class="mbr-section-title mbr-fonts-style display-2"><strong>HP Printer Support UK – setup, offline &amp; driver help</strong></h1>'
            '<p class="mbr-text mbr-fonts-style display-7">Friendly UK printer engineers for HP DeskJet, ENVY, OfficeJet and '
            "LaserJet models. Tell us what the printer is doing and we connect remotely to fix it on the same call.</p>"
            f'<p class="mbr-text display-5">Helpline: <strong>{plain}</strong> (open 8am–10pm, 7 days)</p>'
            f'<div class="mbr-section-btn">{call}</div>',
            "header1",
        )
        + section(_letters(rng, 10), f'<h2 class="mbr-section-title display-5">We fix</h2><ul class="list">{problems}</ul>')
        + section(
            _letters(rng, 10),
            '<h3 class="mbr-section-subtitle display-7">Club news</h3>'
            '<p class="mbr-text display-7">Ashworth Bowls Club – founded 1952. Summer league fixtures 2017, AGM minutes and the '
            'green-keeping rota are in the <a href="/fixtures-2017.html">members’ area</a>.</p>',
            "content2",
        )
        + f'<section class="footer3 cid-{_letters(rng, 10)}" once="footers" id="footer3-1"><div class="container"><div class="row">'
        f'<p class="mbr-text display-7">© 2026 HP Printer Support UK · 27 Old Street, London EC1V 9HL · {intl}</p>'
        '<p class="mbr-text display-7">Ashworth Bowls Club · Church Lane Green · Est. 1952</p>'
        '<p class="mbr-text display-4">We are an independent service company.</p></div></div></section>'
        '<script src="assets/bootstrap/js/bootstrap.bundle.min.js"></script><script src="assets/theme/js/script.js"></script>'
    )
    return {"/": (document(spec.lang, "HP Printer Support UK | Ashworth Bowls Club", body, head), s)}


TEMPLATES = {
    "b14_au_webflow_mcafee_refund": with_contact("/contact", b14_au_webflow_mcafee_refund),
    "b14_firebase_mcafee_invoice": with_contact("/help/contact", b14_firebase_mcafee_invoice),
    "b14_ch_jimdo_canon_drucker": with_contact("/kontakt/", b14_ch_jimdo_canon_drucker),
    "b14_nl_oxygen_kpn_storing": with_contact("/contact/", b14_nl_oxygen_kpn_storing),
    "b14_ja_locker_spans": b14_ja_locker_spans,
    "b14_befr_avada_experts": with_contact("/contact/", b14_befr_avada_experts),
    "b14_fi_sivuviidakko_gmail": with_contact("/asiakastuki", b14_fi_sivuviidakko_gmail),
    "b14_uk_mobirise_reused_bowls": with_contact("/contact.html", b14_uk_mobirise_reused_bowls),
}
