"""Seventeenth batch of held-out scam templates: page shells no earlier batch uses.

b17_ch_zoho_kaspersky_jsonld (a Swiss-German "Kaspersky Kundendienst" on Zoho Sites, the
number only in a JSON-LD ContactPoint that a script copies into the call button),
b17_nz_gatsby_brother (a New Zealand Brother printer helpdesk, a Gatsby build, "0800 452
913 NZ" and "((0800 452 913))"), b17_ja_peraichi_enkaku (an unbranded Japanese remote-PC
support one-pager on Peraichi, the free dial written with katakana long-vowel marks),
b17_nl_locker_windows_update (a Dutch "Windows Update" browser locker, colon-split digits),
b17_us_unbounce_paypal_geeksquad (a US "PayPal invoice from Geek Squad, call to cancel"
page on Unbounce), b17_fi_000webhost_facebook (a Finnish "Facebook-tuki" on free 000webhost
hosting with an HTML5 UP template and a wa.me link), b17_lu_dotclear_philatelie_dell (a
Luxembourg stamp club's old Dotclear blog carrying an "Assistance Dell" post) and
b17_uk_silverstripe_directory (a UK "customer service numbers" directory on Silverstripe
whose brand "helplines" are two numbers of one call centre).
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


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _letters(rng: Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def _written(s: Sheet, e164: str, text: str) -> str:
    """A number in a hand-made form no style covers; recorded, returned escaped."""
    s.hidden(e164)
    return esc(text)


# --- a Swiss-German Kaspersky "Kundendienst" on Zoho Sites, the number only in JSON-LD ---


@branded
def b17_ch_zoho_kaspersky_jsonld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # JSON-LD only
    ld = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": spec.name,
        "url": f"https://{spec.host}/",
        "logo": f"https://{spec.host}/kaspersky-logo.png",
        "contactPoint": {
            "@type": "ContactPoint",
            "telephone": numbers.write(own, "intl"),  # +41 800 614 273
            "contactType": "customer support",
            "areaServed": "CH",
            "availableLanguage": ["German", "French", "Italian"],
        },
    }
    site_id = rng.randint(700000000, 799999999)
    head = (
        f'<link rel="stylesheet" href="https://static.zohocdn.com/sites/static/css/zs-site-{_hex(rng, 8)}.css">\n'
        f'<script>window.zs_resource_url="/zs-site/assets/";window.zs_site_id="{site_id}";window.zs_rendering_mode="live";</script>\n'
        + _ld(ld)
    )

    def section(inner: str) -> str:
        return (
            f'<div data-element-id="elm_{_letters(rng, 22)}" data-element-type="section" class="zpsection">'
            '<style type="text/css"></style><div class="zpcontainer"><div class="zprow zpalign-items-center zpjustify-content-center">'
            f'<div class="zpelem-col zpcol-12 zpcol-md-12 zpcol-sm-12">{inner}</div></div></div></div>'
        )

    problems = "".join(
        f"<li>{esc(t)}</li>"
        for t in (
            "Kaspersky-Lizenz lässt sich nicht aktivieren oder ist plötzlich abgelaufen",
            "Aktivierungscode wird als ungültig gemeldet",
            "Kaspersky blockiert das E-Banking oder den Drucker",
            "Abo gekündigt, aber trotzdem abgebucht",
            "Umstieg nach der BSI-Warnung auf ein anderes Schutzprogramm",
        )
    )
    script = (
        "<script>\n(function(){\n"
        "  try{var d=JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent);\n"
        "  var t=d.contactPoint.telephone,b=document.getElementById('zs-call');\n"
        "  b.href='tel:'+t.replace(/\\s/g,'');b.querySelector('.zpbutton-content').textContent='Jetzt anrufen: '+t;\n"
        "  document.getElementById('zs-hotline').textContent=t;}catch(e){}\n"
        "})();\n</script>"
    )
    body = (
        '<div class="theme-site-wrapper"><div data-headercontainer="zptheme-data-headercontainer" class="zpheader-style-01 theme-header">'
        f'<div class="theme-branding-info"><img src="/kaspersky-logo.png" alt="Kaspersky" height="36"><span class="theme-site-title">{esc(spec.name)}</span></div>'
        '<nav class="theme-menu-area"><ul class="theme-menu"><li><a href="/">Startseite</a></li><li><a href="/leistungen">Leistungen</a></li>'
        '<li><a href="/kontakt">Kontakt</a></li></ul></nav></div>'
        '<div data-zs-app="content" class="theme-content-area">'
        + section(
            '<div class="zpelem-heading"><h1 class="zpheading zpheading-align-center">Kaspersky Kundendienst Schweiz</h1></div>'
            '<div class="zpelem-text"><div class="zptext zptext-align-center"><p>Probleme mit Kaspersky Standard, Plus oder Premium? '
            "Unsere zertifizierten Kaspersky-Techniker aus Zürich helfen Ihnen sofort am Telefon – bei Aktivierung, "
            "Verlängerung, Kündigung und Rückerstattung. Auf Wunsch verbinden wir uns per Fernwartung mit Ihrem PC.</p></div></div>"
            '<div class="zpelem-text"><div class="zptext zptext-align-center"><p>Kostenlose Hotline: <strong id="zs-hotline">wird geladen …</strong></p></div></div>'
            '<div class="zpelem-button"><a id="zs-call" class="zpbutton-wrapper zpbutton zpbutton-type-primary zpbutton-size-lg" href="#kontakt">'
            '<span class="zpbutton-content">Jetzt anrufen</span></a></div>'
        )
        + section(
            '<div class="zpelem-heading"><h2 class="zpheading">Wobei wir helfen</h2></div>'
            f'<div class="zpelem-text"><div class="zptext"><ul>{problems}</ul></div></div>'
        )
        + section(
            '<div class="zpelem-text"><div class="zptext"><p>Montag bis Sonntag, 7 – 23 Uhr · Deutsch, Français, Italiano</p>'
            "<p>Mehr als 12 000 zufriedene Kundinnen und Kunden in der ganzen Schweiz.</p></div></div>"
        )
        + "</div>"
        '<div data-footercontainer="zptheme-data-footercontainer" class="theme-footer-area">'
        f'<p>© 2026 {esc(spec.name)} · <a href="/datenschutz">Datenschutz</a> · <a href="/impressum">Impressum</a></p>'
        '<p class="zs-powered">Powered by <a href="https://www.zoho.com/sites/" rel="nofollow">Zoho Sites</a></p></div></div>'
        f'<script src="https://static.zohocdn.com/sites/static/js/zs-site-{_hex(rng, 8)}.js"></script>'
        + script
    )
    return {"/": (document(spec.lang, f"{spec.name} – Hotline für Aktivierung und Abo", body, head, ' class="zs-body"'), s)}


# --- a New Zealand Brother printer helpdesk, a Gatsby build --------------------------------


@branded
def b17_nz_gatsby_brother(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = s.num(own, "national") + " NZ"  # 0800 452 913 NZ
    paren = s.num(own, "national", "double_paren")  # ((0800 452 913))
    call = s.tel(own, "Call a printer technician", national=True)  # tel:0800452913
    css = f"css-{_letters(rng, 6)}"
    head = (
        '<meta name="generator" content="Gatsby 5.13.3">\n'
        f'<link rel="preload" href="/page-data/index/page-data.json" as="fetch" crossorigin="anonymous">\n'
        f'<link rel="preload" href="/page-data/app-data.json" as="fetch" crossorigin="anonymous">\n'
        f'<style data-href="/styles.{_hex(rng, 20)}.css" data-identity="gatsby-global-css">.{css}{{max-width:1080px;margin:0 auto}}</style>\n'
    )
    models = "".join(
        f"<li>{esc(t)}</li>"
        for t in (
            "HL-L2350DW and HL-L2375DW showing “Offline” on Windows or Mac",
            "MFC-J4340DW not connecting to Wi-Fi after a router change",
            "DCP-L2550DW driver missing, printer not found",
            "“Toner Low” or “Replace Drum” message that will not clear",
            "Brother iPrint&Scan setup on a new laptop",
        )
    )
    body = (
        '<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
        f'<header class="{css} site-header"><a href="/" aria-current="page" class="brand">{esc(spec.name)}</a>'
        '<nav><a href="/">Home</a><a href="/printer-offline/">Printer offline</a><a href="/contact/">Contact</a></nav></header>'
        f'<main class="{css}">'
        '<section class="hero"><h1>Brother Printer Offline? Get It Printing Again Today</h1>'
        "<p>Kiwi homes and offices rely on their Brother printers. When yours drops offline, refuses to scan or "
        "stops printing, our printer technicians walk you through the fix over the phone and can connect to your "
        "computer to reinstall the Brother driver for you.</p>"
        f'<p class="hotline">Freephone: <strong>{hint}</strong></p>'
        f'<p class="cta">{call}</p></section>'
        f'<section><h2>Problems we fix every day</h2><ul>{models}</ul></section>'
        "<section><h2>Why call us?</h2><ul><li>Same-day help, 7 days a week</li><li>Auckland, Wellington, "
        "Christchurch and nationwide</li><li>No fix, no fee</li></ul>"
        f"<p>Call {paren} – lines open 7am to 11pm NZT.</p></section>"
        "</main>"
        f'<footer class="{css}"><p>© 2026 {esc(spec.name)} · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></p></footer>'
        "</div>"
        '<div id="gatsby-announcer" aria-live="assertive" aria-atomic="true" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0"></div></div>'
        f'<script id="gatsby-chunk-mapping">window.___chunkMapping="{{\\"app\\":[\\"/app-{_hex(rng, 20)}.js\\"]}}";</script>'
        f'<script src="/webpack-runtime-{_hex(rng, 20)}.js" async></script><script src="/framework-{_hex(rng, 20)}.js" async></script>'
    )
    return {"/": (document(spec.lang, f"Brother Printer Offline Help NZ | Freephone {hint}", body, head), s)}


# --- an unbranded Japanese remote-PC support one-pager on Peraichi -----------------------


@branded
def b17_ja_peraichi_enkaku(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # ['0120', '958', '374']
    bar = _written(s, own, "ー".join(g))  # 0120ー958ー374
    call = s.tel(own, "お電話はこちら（通話無料）", national=True)
    lp = _hex(rng, 12)
    head = (
        '<meta name="generator" content="ペライチ">\n'
        f'<link rel="stylesheet" href="https://cdn.peraichi.com/userData/{lp}/css/lp.css?v={rng.randint(100, 999)}">\n'
        '<meta property="og:site_name" content="ペライチ">\n'
    )

    def block(kind: str, inner: str) -> str:
        return (
            f'<div class="section-block block-{kind}" data-block-id="{_hex(rng, 24)}"><div class="container">'
            f'<div class="row"><div class="col-md-12">{inner}</div></div></div></div>'
        )

    worries = "".join(
        f'<li class="check-list-item">{esc(t)}</li>'
        for t in (
            "パソコンが急に遅くなった・固まる",
            "画面に警告が出て消えない",
            "メールやインターネットがつながらない",
            "プリンターやWi-Fiの設定がわからない",
            "ウイルスに感染したかもしれない",
        )
    )
    plans = "".join(
        f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>"
        for a, b in (
            ("お電話でのご相談", "無料"),
            ("遠隔サポート（1回）", "9,800円（税込）"),
            ("あんしん年間サポート", "39,800円（税込）・何度でも対応"),
        )
    )
    body = (
        f'<div id="pera1-lp" class="lp-wrapper" data-lp-id="{lp}">'
        + block("header", f'<p class="header-logo">{esc(spec.name)}</p><p class="header-tel">通話無料 {bar}</p>')
        + block(
            "mainvisual",
            "<h1>パソコンのお困りごと、お電話一本で解決します</h1>"
            "<p>専門スタッフが遠隔操作でお客様のパソコンに接続し、その場で原因を調べて直します。"
            "ご自宅から出る必要はありません。最短5分で接続、全国対応・年中無休。</p>"
            f'<p class="tel-big">{bar}</p><p class="btn-tel">{call}</p>',
        )
        + block("check", f"<h2>こんなお悩みありませんか？</h2><ul class=\"check-list\">{worries}</ul>")
        + block(
            "flow",
            "<h2>ご利用の流れ</h2><ol><li>お電話でお困りの内容をお聞きします</li>"
            "<li>画面の案内に従って遠隔サポート用のソフトを入れていただきます</li>"
            "<li>スタッフが接続して修理・設定を行います</li><li>お支払いはコンビニ払い・電子マネーもご利用いただけます</li></ol>",
        )
        + block("price", f'<h2>料金</h2><table class="price-table">{plans}</table>')
        + block("footer", f'<p>受付時間 8:00〜23:00（土日祝も受付）</p><p class="copyright">© 2026 {esc(spec.name)}</p>')
        + '<div class="peraichi-footer"><a href="https://peraichi.com/" rel="nofollow">Powered by ペライチ</a></div></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name}｜パソコン遠隔サポート 通話無料", body, head), s)}


# --- a Dutch "Windows Update" browser locker ---------------------------------------------


@branded
def b17_nl_locker_windows_update(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    pairs = s.num(own, "pairs")  # 085 208 41 77
    colon = s.num(own, "pairs", "colon")  # 085:208:41:77
    intl = numbers.write(own, "intl")  # +31 85 208 4177, in the script
    s.hidden(own)
    code = f"0x80{rng.choice('027')}{rng.randint(10, 99)}{rng.randint(100, 999)}"
    second = f"0x800{rng.randint(100, 999)}{rng.choice('ABCDEF')}{rng.choice('ABCDEF')}"
    ticket = f"WU-NL-{rng.randint(100000, 999999)}"
    head = (
        "<style>html,body{margin:0;height:100%;background:#006dae;color:#fff;font-family:'Segoe UI',Tahoma,sans-serif;cursor:wait;overflow:hidden}"
        ".update{position:fixed;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center}"
        ".spinner{width:48px;height:48px;border:4px solid #fff;border-top-color:transparent;border-radius:50%;animation:d 1s linear infinite}"
        "@keyframes d{to{transform:rotate(360deg)}}"
        ".edge{position:fixed;top:12%;left:50%;transform:translateX(-50%);width:560px;background:#fff;color:#1b1b1b;border-radius:6px;box-shadow:0 8px 40px rgba(0,0,0,.6)}"
        ".edge h2{margin:0;padding:14px 20px;background:#c42b1c;color:#fff;font-size:17px}.edge .in{padding:16px 22px}"
        ".nummer{font-size:26px;font-weight:700;text-align:center;letter-spacing:1px}</style>\n"
    )
    body = (
        '<div class="update"><div class="spinner"></div>'
        "<p>Updates worden uitgevoerd 27%<br>Zet de computer niet uit.</p>"
        f"<p>Er is een fout opgetreden tijdens de installatie van KB5034441 (foutcode {code}).</p></div>"
        '<div class="edge" role="alertdialog" aria-modal="true">'
        "<h2>Microsoft Edge – Windows-beveiliging</h2><div class=\"in\">"
        "<p><b>Uw computer is geblokkeerd.</b> Windows Update is gestopt omdat er schadelijke software is gevonden "
        "(Trojan:Win32/Emotet.RPX). Uw wachtwoorden, bankgegevens en foto’s worden mogelijk verzonden.</p>"
        f"<p>Foutcode: {code} · {second} · Ticket {ticket}</p>"
        "<p>Sluit deze pagina niet en start de computer niet opnieuw op. Bel direct de Windows-helpdesk:</p>"
        f'<p class="nummer">{colon}</p>'
        f"<p>Windows Support Nederland (gratis): {pairs}</p>"
        '<p><button id="ok">OK</button> <button id="annuleren">Annuleren</button></p></div></div>'
        '<audio id="alarm" src="/geluid/waarschuwing-nl.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement;function vol(){try{(e.requestFullscreen||e.msRequestFullscreen).call(e);}catch(x){}}\n"
        "  ['click','keydown','mousemove'].forEach(function(t){d.addEventListener(t,function(v){if(t==='keydown'){v.preventDefault();}vol();d.getElementById('alarm').play();});});\n"
        "  window.addEventListener('beforeunload',function(v){v.preventDefault();v.returnValue='Uw computer is geblokkeerd';});\n"
        "  for(var i=0;i<40;i++){history.pushState({s:i},'',location.pathname+'#fout-'+i);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);vol();});\n"
        f"  var m={json_str('Windows-beveiliging: uw computer is geblokkeerd (' + code + '). Bel Windows Support: ' + intl)};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='nl-NL';u.rate=0.9;speechSynthesis.speak(u);}\n"
        "  (function vraag(){if(!confirm(m)){alert(m);}setTimeout(vraag,2500);})();\n"
        "  d.getElementById('annuleren').onclick=function(){alert(m);vol();};d.getElementById('ok').onclick=vol;\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Windows Update – fout {code} – bel {pairs}", body, head), s)}


# --- a US "PayPal invoice from Geek Squad" on Unbounce ----------------------------------


@branded
def b17_us_unbounce_paypal_geeksquad(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = s.num(own, "us_dash") + " (US)"  # 1-888-531-0472 (US)
    plus = s.num(own, "us_plus")  # +1 (888) 531-0472
    call = s.tel(own, "Call to cancel this payment")
    invoice = f"INV2-{_letters(rng, 4).upper()}-{rng.randint(1000, 9999)}-{_letters(rng, 4).upper()}"
    txn = f"{rng.randint(1, 9)}{_letters(rng, 2).upper()}{rng.randint(1000000, 9999999)}{_letters(rng, 3).upper()}"
    page = _hex(rng, 8) + "-" + _hex(rng, 4) + "-" + _hex(rng, 4)

    def el(kind: str, n: int, inner: str) -> str:
        return f'<div class="lp-element lp-pom-{kind}" id="lp-pom-{kind}-{n}">{inner}</div>'

    head = (
        f'<link href="//assets.unbounce.com/assets/published/page-{_hex(rng, 10)}.css" rel="stylesheet" media="screen" type="text/css">\n'
        f"<script>window.ub={{page:{{id:\"{page}\",variantId:\"a\",name:\"paypal-invoice-dispute\"}},hooks:{{}}}};</script>\n"
        '<meta name="robots" content="noindex, nofollow">\n'
    )
    body = (
        '<div class="lp-element lp-pom-root" id="lp-pom-root"><div id="lp-pom-root-color-overlay"></div>'
        '<div class="lp-positioner" id="lp-pom-block-8">'
        + el("image", 12, '<div class="lp-pom-image-container"><img src="//d9hhrg4mnvzow.cloudfront.net/paypal-invoice-dispute/paypal-logo.png" alt="PayPal"></div>')
        + el("text", 14, f"<h1>You’ve paid $499.99 USD to Geek Squad</h1><p>Invoice {invoice} · Transaction ID {txn}</p>")
        + el(
            "text",
            16,
            "<p>Your PayPal account has been charged for <strong>Geek Squad Tech Protection – 3 Year Auto-Renewal</strong>. "
            "The amount will appear on your statement within 24 hours.</p>"
            '<table class="invoice"><tr><td>Item</td><td>Geek Squad Total Tech Support (3 devices)</td></tr>'
            "<tr><td>Quantity</td><td>1</td></tr><tr><td>Amount</td><td>$499.99 USD</td></tr>"
            "<tr><td>Payment method</td><td>PayPal balance / linked bank</td></tr></table>",
        )
        + el(
            "text",
            18,
            "<p>If you did not authorize this payment or want to cancel the renewal, contact the PayPal dispute team "
            f"within 24 hours for a full refund: <strong>{hint}</strong>.</p>"
            f"<p>Billing department: {plus} · Mon–Sun, 24 hours</p>",
        )
        + el("button", 20, f'<p class="lp-pom-button-label">{call}</p>')
        + el("text", 22, '<p class="small">Please do not reply to this page. PayPal Resolution Center · Seller protection · '
             '<a href="/contact-support">Contact support</a></p>')
        + "</div></div>"
        f'<script src="//assets.unbounce.com/assets/published/lp-{_hex(rng, 10)}.js"></script>'
    )
    return {"/": (document(spec.lang, "PayPal – Invoice paid to Geek Squad – Cancel payment", body, head, ' class="lp-pom-body"'), s)}


# --- a Finnish "Facebook-tuki" on free 000webhost hosting (HTML5 UP Dimension) ------------


@branded
def b17_fi_000webhost_facebook(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # ['09', '42704815']
    dash = _written(s, own, f"{g[0]}–{g[1][:4]}–{g[1][4:]}")  # 09–4270–4815
    intl = s.num(own, "intl")  # +358 9 42704815
    wa = f"https://wa.me/{s.hidden(own).lstrip('+')}"
    case = f"FB-{rng.randint(10000000, 99999999)}"
    head = (
        '<link rel="stylesheet" href="assets/css/main.css">\n'
        '<noscript><link rel="stylesheet" href="assets/css/noscript.css"></noscript>\n'
    )
    body = (
        '<div id="wrapper"><header id="header"><div class="logo"><span class="icon fa-shield-alt"></span></div>'
        '<div class="content"><div class="inner">'
        f"<h1>{esc(spec.name)}</h1>"
        "<p>Facebook-tili lukittu, hakkeroitu tai poistettu käytöstä? Meta-tuen suomenkielinen palvelu auttaa "
        "palauttamaan tilisi jo saman päivän aikana.</p></div></div>"
        '<nav><ul><li><a href="#apu">Apu</a></li><li><a href="#ohjeet">Ohjeet</a></li><li><a href="/yhteys-tuki.html">Yhteys</a></li></ul></nav></header>'
        '<div id="main">'
        '<article id="apu"><h2 class="major">Tilin palautus</h2>'
        "<p>Jos et pääse kirjautumaan Facebookiin tai Instagramiin, tilillesi on kirjauduttu vieraalta laitteelta tai "
        "sinulta pyydetään henkilöllisyystodistusta, soita meille. Tukihenkilö tarkistaa tilisi ja ohjaa sinut "
        "palautuksen läpi etäyhteydellä.</p>"
        f'<p class="puhelin">Soita: <strong>{dash}</strong></p>'
        f'<p><a class="button primary" href="{wa}">Avaa WhatsApp-keskustelu</a></p>'
        f"<p>Tapausnumerosi: {case} – kerro se puhelun alussa.</p></article>"
        '<article id="ohjeet"><h2 class="major">Ennen soittoa</h2><ul><li>Pidä puhelin ja tietokone lähellä</li>'
        "<li>Älä yritä palauttaa tiliä itse useita kertoja – tili voi lukittua pysyvästi</li>"
        "<li>Valmistaudu vahvistamaan henkilöllisyytesi pankkitunnuksilla</li></ul></article>"
        "</div>"
        f'<footer id="footer"><p class="copyright">© 2026 {esc(spec.name)} · {intl} · Design: <a href="https://html5up.net">HTML5 UP</a>.</p></footer></div>'
        '<div id="bg"></div>'
        '<script src="assets/js/jquery.min.js"></script><script src="assets/js/browser.min.js"></script>'
        '<script src="assets/js/breakpoints.min.js"></script><script src="assets/js/main.js"></script>'
        '<div style="text-align: right;position: fixed;z-index:9999999;bottom: 0;width: auto;right: 1%;cursor: pointer;line-height: 0;display:block !important;">'
        '<a title="Hosted on free web hosting 000webhost.com. Host your own website for FREE." target="_blank" '
        'href="https://www.000webhost.com/?utm_source=000webhostapp&amp;utm_campaign=000_logo&amp;utm_medium=website&amp;utm_content=footer_img">'
        '<img src="https://cdn.000webhost.com/000webhost/logo/footer-powered-by-000webhost-white2.png" alt="www.000webhost.com"></a></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Facebook-tilin palautus puhelimitse", body, head, ' class="is-preload"'), s)}


# --- a Luxembourg stamp club's old Dotclear blog with an "Assistance Dell" post ---------


@branded
def b17_lu_dotclear_philatelie_dell(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 20 30 18 57
    zeros = s.num(own, "double_zero")  # 00352 20 30 18 57
    call = s.tel(own, "Appeler un technicien Dell")
    head = (
        '<meta name="generator" content="Dotclear">\n'
        '<meta name="ROBOTS" content="INDEX, FOLLOW">\n'
        f'<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="https://{spec.host}/index.php?feed/atom">\n'
        '<link rel="stylesheet" type="text/css" href="/themes/ductile/style.css" media="screen">\n'
        '<script src="/?pf=jquery/3.6.0/jquery.js"></script>\n'
    )
    archives = "".join(
        f'<li><a href="/index.php?post/{y}/{m:02d}/{slug}">{esc(t)}</a></li>'
        for y, m, slug, t in (
            (2015, 10, "Bourse-aux-timbres-2015", "Bourse aux timbres et cartes postales 2015"),
            (2014, 5, "Exposition-Europa", "Exposition « Europa » au centre culturel"),
            (2013, 11, "Nouvelles-emissions-Post-Luxembourg", "Nouvelles émissions de POST Luxembourg"),
            (2012, 3, "Assemblee-generale-2012", "Assemblée générale 2012"),
        )
    )
    body = (
        '<div id="page"><div id="top"><h1><span><a href="/">'
        f"{esc(spec.name)}</a></span></h1><p id=\"blogdesc\">Le club des collectionneurs de timbres de Steinsel et environs</p></div>"
        '<p id="prelude"><a href="#main">Aller au contenu</a> | <a href="#blognav">Aller au menu</a> | <a href="#search">Aller à la recherche</a></p>'
        '<div id="wrapper"><div id="main"><div id="content">'
        '<div id="p412" class="post odd first" lang="fr" role="article">'
        '<h2 class="post-title"><a href="/index.php?post/2026/02/Assistance-Dell-Luxembourg">Assistance Dell Luxembourg – support technique ordinateurs</a></h2>'
        '<p class="post-info">Par admin, mercredi 25 février 2026, 02:17 - <a href="/index.php?category/Divers">Divers</a></p>'
        '<div class="post-content">'
        "<p>Votre ordinateur portable Dell ne démarre plus, l’écran reste noir ou un message d’erreur SupportAssist "
        "s’affiche ? Nos techniciens certifiés Dell interviennent à distance dans tout le Grand-Duché, en français, "
        "en allemand et en luxembourgeois.</p>"
        "<ul><li>Dell Inspiron, XPS, Latitude et Vostro</li><li>Mise à jour du BIOS et des pilotes</li>"
        "<li>Virus, lenteurs, écran bleu</li><li>Garantie et enregistrement du produit</li></ul>"
        f"<p><strong>Service client Dell Luxembourg : {plain}</strong> – depuis l’étranger {zeros}</p>"
        f"<p>{call} · du lundi au dimanche, 8 h – 22 h</p>"
        "</div></div>"
        '<div id="p198" class="post even" lang="fr" role="article">'
        '<h2 class="post-title"><a href="/index.php?post/2015/10/Bourse-aux-timbres-2015">Bourse aux timbres et cartes postales 2015</a></h2>'
        '<p class="post-info">Par Marcel, dimanche 4 octobre 2015, 18:40 - <a href="/index.php?category/Activites">Activités</a></p>'
        '<div class="post-content"><p>Merci aux 38 exposants et aux nombreux visiteurs de notre bourse annuelle à la '
        "salle des fêtes. Rendez-vous l’année prochaine !</p></div></div>"
        "</div></div>"
        '<div id="sidebar"><div id="blognav"><div id="search"><form action="/index.php" method="get"><p><input type="text" size="10" maxlength="255" id="q" name="q"> '
        '<input type="submit" class="submit" value="ok"></p></form></div>'
        '<div class="categories"><h2>Catégories</h2><ul><li><a href="/index.php?category/Activites">Activités</a></li>'
        '<li><a href="/index.php?category/Emissions">Émissions</a></li><li><a href="/index.php?category/Divers">Divers</a></li></ul></div>'
        f'<div class="lastposts"><h2>Derniers billets</h2><ul>{archives}</ul></div></div>'
        '<div id="blogextra"><div class="text"><h2>Nos réunions</h2><p>Chaque premier samedi du mois, 14 h, au Centre '
        "culturel de Steinsel.</p></div></div></div></div>"
        f'<div id="footer"><p>Propulsé par <a href="https://dotclear.org/">Dotclear</a> · © {esc(spec.name)}</p></div></div>'
    )
    title = f"{spec.name} – Assistance Dell Luxembourg"
    return {"/": (document(spec.lang, title, body, head, ' class="dc-home"'), s)}


# --- a UK "customer service numbers" directory on Silverstripe -------------------------


@branded
def b17_uk_silverstripe_directory(spec: Spec, rng: Random) -> Drafts:
    free, geo = spec.phones  # 0808 196 4471, 020 3868 1942
    s = Sheet()
    rows = (
        ("Amazon UK Customer Service", "Orders, refunds, Prime membership, account locked", s.num(free, "national")),
        ("PayPal UK Helpline", "Payments, disputes, limited account, unauthorised transactions", s.num(free, "intl")),
        ("Microsoft / Outlook Support", "Outlook and Hotmail login, Windows activation, Microsoft 365 billing", s.num(free, "dashed")),
        ("Facebook Help Centre UK", "Hacked or disabled account, Marketplace, Meta verification", s.num(geo, "national")),
        ("Netflix UK Customer Service", "Billing, cancelled membership, sign-in problems", s.num(geo, "intl")),
    )
    table = "".join(
        f'<tr><td class="company"><h3>{esc(name)}</h3><p>{esc(what)}</p></td><td class="number"><strong>{shown}</strong></td>'
        f'<td class="call"><a class="btn" href="tel:{numbers.national_digits(free)}">Call</a></td></tr>'
        for name, what, shown in rows
    )
    head = (
        '<meta name="generator" content="Silverstripe CMS 5.1">\n'
        f'<base href="https://{spec.host}/"><!--[if lte IE 6]></base><![endif]-->\n'
        f'<link rel="stylesheet" type="text/css" href="/_resources/themes/helplines/css/layout.css?m={rng.randint(1700000000, 1709999999)}">\n'
        f'<link rel="stylesheet" type="text/css" href="/_resources/themes/helplines/css/typography.css?m={rng.randint(1700000000, 1709999999)}">\n'
    )
    body = (
        '<header class="header" role="banner"><div class="inner"><div class="unit size4of4 lastUnit">'
        f'<a href="/" class="brand" rel="home"><h1>{esc(spec.name)}</h1><p>Free UK customer service numbers, updated daily</p></a>'
        '<nav class="primary"><ul><li class="current"><a href="/">Home</a></li><li class="link"><a href="/categories/">Categories</a></li>'
        '<li class="link"><a href="/about-us/">About us</a></li></ul></nav></div></div></header>'
        '<div class="main" role="main"><div class="inner typography line">'
        '<div class="content-container unit size3of4 lastUnit"><article>'
        "<h1>UK Customer Service Numbers 2026</h1>"
        "<p>Can’t find the phone number on a company’s website? We list the direct helplines of the UK’s most "
        "searched companies, free to call from mobiles and landlines. Our lines are answered 24/7 by our UK "
        "contact partner, who will connect you or solve your problem on the spot.</p>"
        f'<table class="helplines"><thead><tr><th>Company</th><th>Number</th><th></th></tr></thead><tbody>{table}</tbody></table>'
        "<h2>Tips before you call</h2><ul><li>Have your account email address ready.</li>"
        "<li>If you are asked to install a support app, the agent can fix the problem faster.</li>"
        "<li>Lines are busiest on Monday mornings.</li></ul>"
        "</article></div></div></div>"
        '<footer class="footer" role="contentinfo"><div class="inner"><p>UK Helpline Numbers is an independent directory. '
        "Company names are trademarks of their owners. Calls are answered by an independent contact partner.</p>"
        f'<p>© 2026 {esc(spec.name)} · <a href="/privacy/">Privacy</a> · <a href="/contact-us/">Contact us</a></p></div></footer>'
        '<script src="/_resources/vendor/silverstripe/admin/thirdparty/jquery/jquery.min.js"></script>'
    )
    return {"/": (document(spec.lang, "UK Customer Service Numbers 2026 – Free Helplines | UK Helpline Numbers", body, head, ' class="HomePage"'), s)}


TEMPLATES = {
    "b17_ch_zoho_kaspersky_jsonld": with_contact("/kontakt", b17_ch_zoho_kaspersky_jsonld),
    "b17_nz_gatsby_brother": with_contact("/contact/", b17_nz_gatsby_brother),
    "b17_ja_peraichi_enkaku": with_contact("/contact/", b17_ja_peraichi_enkaku),
    "b17_nl_locker_windows_update": b17_nl_locker_windows_update,
    "b17_us_unbounce_paypal_geeksquad": with_contact("/contact-support", b17_us_unbounce_paypal_geeksquad),
    "b17_fi_000webhost_facebook": with_contact("/yhteys-tuki.html", b17_fi_000webhost_facebook),
    "b17_lu_dotclear_philatelie_dell": with_contact("/index.php/pages/Contact", b17_lu_dotclear_philatelie_dell),
    "b17_uk_silverstripe_directory": with_contact("/contact-us/", b17_uk_silverstripe_directory),
}
