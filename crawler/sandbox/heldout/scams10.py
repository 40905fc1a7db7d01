"""Tenth batch of held-out scam templates: page shells no earlier batch uses.

us_paypal_charge_notice (a US "PayPal" payment receipt laid out like a transactional
e-mail, "you were charged, call to cancel", the number written with a word among its
digits and whole only in the cancel button's tel: link), de_ing_sperre_css (a German
"ING Sicherheitsteam" page: account blocked, install AnyDesk, the number's text only in
a CSS ::after rule and a national tel: link), nl_wix_computerhulp (an unbranded Dutch
"computerhulp aan huis" on a Wix-built shell with "((085))-…" and the number split over
rich-text spans, copied trust footer), fr_mcafee_godaddy (a French McAfee renewal and
activation "assistance" on a GoDaddy website-builder shell, dotted number and a JSON-LD
ContactPoint),
de_icloud_jimdo (a German Apple/iCloud "Kundendienst" on a Jimdo shell, the country
hint after the number), ja_keikoku_kanji (a Japanese "Windows" locker: kanji numerals
in the text, the digits only as script pieces drawn onto a canvas) and
gb_weebly_printer_offline (a British "Brother printer offline" page on a Weebly site,
"((0808))-…" in the title and heading, "… UK" after the number).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams6 import with_page
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str

KANJI = str.maketrans("0123456789-", "〇一二三四五六七八九‐")


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False, indent=2)}</script>\n'


def _split(e164: str) -> tuple[str, str]:
    """The trunk/area group and the rest of the national digits."""
    first, *rest = numbers.groups(e164)
    return first, "".join(rest)


def _written(s: Sheet, e164: str, text: str) -> str:
    """A number in a hand-made form no style covers; recorded, returned escaped."""
    s.hidden(e164)
    return esc(text)


@branded
def us_paypal_charge_notice(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    area, mid, last = numbers.groups(own)
    mixed = _written(s, own, f"+1 (eight{area[1:]}) {mid}-{last}")  # +1 (eight55) 604-3318
    txn = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17))
    inv = f"INV2-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    row = '<tr><td style="padding:6px 0;color:#6c7378">{}</td><td align="right" style="padding:6px 0">{}</td></tr>'
    rows = "".join(
        row.format(esc(a), esc(b))
        for a, b in (
            ("Merchant", "Coinbase Inc."),
            ("Item", "Bitcoin (BTC) – 0.0071 BTC"),
            ("Invoice number", inv),
            ("Transaction ID", txn),
            ("Payment method", "PayPal balance / linked bank"),
            ("Date", "Feb 27, 2026 09:41 PST"),
        )
    )
    button = s.tel(own, "Cancel this order").replace(
        "<a ",
        '<a style="display:inline-block;background:#0070ba;color:#fff;padding:12px 28px;'
        'border-radius:22px;text-decoration:none;font-weight:bold" ',
        1,
    )
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7fa">'
        '<tr><td align="center" style="padding:24px 8px">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;'
        'font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2c2e2f;border-radius:6px">'
        '<tr><td style="padding:24px 32px;border-bottom:1px solid #eaeced">'
        '<img src="/assets/pp-logo-200.png" width="100" height="26" alt="PayPal"></td></tr>'
        '<tr><td style="padding:24px 32px"><p style="font-size:20px;margin:0 0 12px">Hello, Customer</p>'
        "<p>You sent a payment of <b>$599.99 USD</b> to Coinbase Inc. It may take a few moments for this "
        "transaction to appear in your account.</p>"
        f'<table role="presentation" width="100%" style="border-top:1px solid #eaeced;margin:16px 0">{rows}'
        '<tr><td style="padding:10px 0;font-weight:bold">Total</td><td align="right" '
        'style="padding:10px 0;font-weight:bold">$599.99 USD</td></tr></table>'
        '<p style="background:#fff7e0;border-left:4px solid #ffbf00;padding:10px 14px">'
        "<b>Didn’t make this purchase?</b> Orders not disputed within 24 hours are final. To cancel the "
        f"transaction and receive a full refund, call PayPal Billing Support at <b>{mixed}</b> (toll free, 24/7).</p>"
        f'<p style="text-align:center;margin:24px 0">{button}</p>'
        "<p>Our billing agent will verify your identity and help you secure your account.</p></td></tr>"
        '<tr><td style="padding:16px 32px;background:#f5f7fa;color:#6c7378;font-size:11px">'
        "Please do not reply to this email. This mailbox is not monitored. "
        "PayPal is located at 2211 North First Street, San Jose, CA 95131.<br>"
        f"Copyright © 1999–2026 PayPal. All rights reserved. PPX{rng.randint(100000, 999999)}</td></tr>"
        "</table></td></tr></table>"
    )
    return {"/": (document(spec.lang, "Receipt for your payment to Coinbase Inc.", body), s)}


@branded
def de_ing_sperre_css(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    area, rest = _split(own)
    css_text = f"{area} / {rest[:4]} {rest[4:]}"  # 069 / 2578 3341
    s.hidden(own)
    case = f"SI-{rng.randint(2026000, 2026999)}-{rng.choice('ABCDEFGH')}"
    hours = rng.randint(2, 5)
    head = (
        "<style>\n:root{--orange:#ff6200}\n"
        "body{font-family:'ING Me',Arial,sans-serif;margin:0;color:#333}\n"
        ".bar{background:var(--orange);color:#fff;padding:14px 24px;font-weight:700}\n"
        ".hotline{font-size:30px;font-weight:700;color:var(--orange)}\n"
        f".hotline::after{{content:{json_str(css_text)}}}\n"
        ".schritte li{margin:8px 0}\n</style>\n"
    )
    call = s.tel(own, "Sicherheitsteam jetzt anrufen", national=True).replace(
        "<a ", '<a class="btn-orange" ', 1
    )
    body = (
        '<div class="bar">ING · Sicherheitsteam Online-Banking</div>'
        '<main class="box"><h1>Ihr Zugang zum Online-Banking wurde vorübergehend gesperrt</h1>'
        "<p>Wir haben ungewöhnliche Anmeldeversuche auf Ihrem Konto festgestellt. Zu Ihrem Schutz wurden "
        "Banking und App vorsorglich gesperrt. Ohne Freischaltung wird Ihr Girokonto in "
        f"<b>{hours} Stunden</b> vollständig gesperrt und Ihre Karten werden deaktiviert.</p>"
        f"<p>Vorgangsnummer: <code>{case}</code></p>"
        '<p>Rufen Sie unser Sicherheitsteam an: <span class="hotline" role="text"></span></p>'
        f"<p>{call}</p>"
        '<h2>So heben wir die Sperre gemeinsam auf</h2><ol class="schritte">'
        "<li>Rufen Sie die Hotline an und nennen Sie Ihre Vorgangsnummer.</li>"
        '<li>Laden Sie das ING Sicherheitsmodul herunter: <a href="/download/ING-Sicherheitsmodul-AnyDesk.exe">'
        "ING-Sicherheitsmodul (AnyDesk)</a> und teilen Sie dem Mitarbeiter die angezeigte Adresse mit.</li>"
        "<li>Melden Sie sich während des Gesprächs im Banking an, damit wir Ihr Konto prüfen können.</li>"
        "<li>Bestätigen Sie die Freischaltung in der Banking to go App.</li></ol>"
        "<p><small>Hinweis: Schließen Sie diese Seite nicht, bevor die Sperre aufgehoben wurde.</small></p></main>"
        '<footer class="fuss"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · '
        "<span>ING-DiBa AG · Theodor-Heuss-Allee 2 · 60486 Frankfurt am Main</span></footer>"
    )
    return {"/": (document(spec.lang, "ING – Konto gesperrt | Sicherheitsteam", body, head), s)}


@branded
def nl_wix_computerhulp(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    area, rest = _split(own)
    paren = _written(s, own, f"(({area}))-{rest[:3]}-{rest[3:5]}-{rest[5:]}")  # ((085))-303-19-47
    split = (
        f'<span class="color_15"><span style="font-weight:bold;">{area}</span></span>'
        f'<span class="wixui-rich-text__text"> {rest[:3]} </span>'
        f'<span class="wixui-rich-text__text">{rest[3:5]} {rest[5:]}</span>'
    )
    kvk = rng.randint(60000000, 79999999)
    btw = f"NL{rng.randint(100000000, 999999999)}B01"
    comp = rng.choice("abcdefghijklmnop") + "".join(
        rng.choice("0123456789abcdef") for _ in range(5)
    )
    head = (
        '<meta name="generator" content="Wix.com Website Builder">\n'
        '<link rel="preconnect" href="https://static.parastorage.com">\n'
        '<style>#SITE_CONTAINER{min-height:100vh}.wixui-rich-text__text{font-family:"avenir-lt-w01_35-light1475496"}</style>\n'
    )

    def rich(html_text: str, tag: str = "p") -> str:
        return (
            f'<div id="comp-{comp}{rng.randint(10, 99)}" class="wixui-rich-text" data-testid="richTextElement">'
            f'<{tag} class="font_8 wixui-rich-text__text">{html_text}</{tag}></div>'
        )

    tiles = "".join(
        f'<div class="wixui-repeater__item"><h3 class="font_5">{esc(t)}</h3>{rich(esc(d))}</div>'
        for t, d in (
            ("Trage computer", "Wij maken uw computer weer snel, vaak in één gesprek."),
            ("E-mail en wachtwoorden", "Geen toegang meer tot uw e-mail? Wij helpen u direct."),
            ("Virus of pop-ups", "Verwijderen van virussen, reclame en nepmeldingen."),
            ("Printer en wifi", "Installeren en verbinden van printer, router en wifi."),
        )
    )
    body = (
        '<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="masterPage" class="mesh-layout">'
        '<header id="SITE_HEADER" class="wixui-header"><div class="wixui-header__inner">'
        f"{rich(esc(spec.name), 'h2')}"
        '<nav class="wixui-dropdown-menu" aria-label="Site"><a href="/">Home</a><a href="/diensten">Diensten</a>'
        '<a href="/tarieven">Tarieven</a><a href="/contact">Contact</a></nav></div></header>'
        '<main id="PAGES_CONTAINER"><section class="wixui-section" id="hero">'
        f"{rich('Computerhulp aan huis én op afstand', 'h1')}"
        f"{rich('Al meer dan 10 jaar helpen wij particulieren en senioren in heel Nederland. Binnen 15 minuten kijkt een monteur met u mee op uw scherm. Geen oplossing? Geen kosten.')}"
        f"{rich(f'Bel direct: <strong>{paren}</strong>', 'h2')}"
        f'<a data-testid="linkElement" class="wixui-button" href="{numbers.tel_href(own, national=True)}">'
        '<span class="wixui-button__label">Bel een monteur</span></a></section>'
        f'<section class="wixui-section" id="diensten"><div class="wixui-repeater">{tiles}</div></section>'
        '<section class="wixui-section" id="reviews">'
        f"{rich('★★★★★ 9,6 uit 1.284 beoordelingen – “Vriendelijk en geduldig, mijn moeder is heel tevreden.”')}"
        "</section></main>"
        '<footer id="SITE_FOOTER" class="wixui-footer">'
        f"{rich(f'Klantenservice {split} · ma t/m zo 08:00 – 22:00')}"
        f"{rich(f'{esc(spec.name)} · KvK {kvk} · BTW {btw}')}"
        '<ul class="trust"><li><img src="/media/thuiswinkel-waarborg.png" alt="Thuiswinkel Waarborg"></li>'
        '<li><img src="/media/keurmerk-computerhulp.png" alt="Keurmerk Erkende Computerhulp"></li>'
        '<li><img src="/media/ideal.png" alt="iDEAL"></li><li><img src="/media/ssl.png" alt="SSL beveiligd"></li></ul>'
        f"{rich('Algemene voorwaarden · Privacy · Klachtenprocedure · © 2012–2026')}"
        "</footer></div></div></div>"
    )
    return {
        "/": (
            document(spec.lang, f"{spec.name} | Computerhulp aan huis en op afstand", body, head),
            s,
        )
    }


@branded
def fr_mcafee_godaddy(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dotted = s.num(own, "dotted")  # 09.70.73.12.58
    lay = "".join(rng.choice("0123456789abcdef") for _ in range(8))
    head = (
        '<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">\n'
        f'<link rel="stylesheet" href="//img1.wsimg.com/blobby/go/{lay}/gpub/styles.css">\n'
        + _ld(
            {
                "@context": "https://schema.org",
                "@type": "Organization",
                "name": spec.name,
                "url": f"https://{spec.host}/",
                "contactPoint": {
                    "@type": "ContactPoint",
                    "telephone": numbers.write(s.hidden(own), "intl"),
                    "contactType": "customer support",
                    "areaServed": "FR",
                    "availableLanguage": "French",
                },
            }
        )
    )

    def block(aid: str, inner: str, ux: str = "Block") -> str:
        return f'<div data-ux="{ux}" data-aid="{aid}" class="x-el x-el-div c1-1 c1-2 c1-b">{inner}</div>'

    cards = "".join(
        block(
            f"CONTENT_ITEM_{i}",
            f'<h4 data-ux="ContentHeading" data-aid="CONTENT_ITEM_TITLE_{i}_RENDERED">{esc(t)}</h4>'
            f'<div data-ux="ContentText" data-aid="CONTENT_ITEM_DESC_{i}_RENDERED"><p>{esc(d)}</p></div>',
            "ContentCard",
        )
        for i, (t, d) in enumerate(
            (
                ("Renouvellement", "Votre abonnement McAfee a été renouvelé sans votre accord ? Nous traitons l’annulation et le remboursement."),
                ("Activation", "Code d’activation refusé, compte introuvable : un technicien installe McAfee Total Protection avec vous."),
                ("Virus et lenteurs", "Analyse complète de votre ordinateur à distance et suppression des menaces."),
            )
        )
    )  # fmt: skip
    recall = s.tel(own, "Être rappelé par un technicien").replace(
        "<a ", '<a data-ux="ButtonPrimary" data-aid="HEADER_CTA_BTN" ', 1
    )
    body = (
        f'<div id="layout-{lay}" class="layout layout-layout layout-layout-layout-24 locale-fr-FR lang-fr">'
        '<div data-ux="Page" id="page-1" class="x-el x-el-div x-el c1-1 c1-2">'
        '<div data-ux="Header" role="main" data-aid="HEADER_WIDGET" class="widget widget-header">'
        f'<h3 data-ux="LogoHeading" data-aid="HEADER_LOGO_TEXT_RENDERED">{esc(spec.name)}</h3>'
        '<nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED"><a href="/">Accueil</a><a href="/renouvellement">Renouvellement</a>'
        '<a href="/contact">Contact</a></nav>'
        f'<p data-ux="Phone" data-aid="HEADER_PHONE_RENDERED">Appelez le {dotted}</p></div>'
        '<div data-ux="Section" data-aid="HERO_SECTION" class="widget widget-hero">'
        '<h1 data-ux="HeroHeading" data-aid="HEADER_TAGLINE_RENDERED">Assistance McAfee : renouvellement, remboursement, activation</h1>'
        '<div data-ux="HeroText" data-aid="HEADER_TAGLINE2_RENDERED"><p>Un prélèvement McAfee de 119,99 € apparaît sur '
        "votre relevé ? Votre antivirus affiche « abonnement expiré » ? Nos conseillers francophones vous répondent "
        "7j/7, appel non surtaxé.</p></div>"
        f"{recall}</div>"
        f'<div data-ux="Section" data-aid="CONTENT_SECTION" class="widget widget-content">{cards}</div>'
        '<div data-ux="Section" data-aid="CONTACT_SECTION" class="widget widget-contact">'
        '<form data-aid="CONTACT_FORM_CONTAINER_REND"><input data-aid="CONTACT_FORM_NAME" placeholder="Nom">'
        '<input data-aid="CONTACT_FORM_PHONE" placeholder="Téléphone"><button data-aid="CONTACT_SUBMIT_BUTTON_REND">Être rappelé</button></form>'
        f'<p data-aid="CONTACT_INFO_PHONE_REND">Téléphone : {dotted} · 8h – 22h</p></div>'
        '<div data-ux="Footer" data-aid="FOOTER_WIDGET" class="widget widget-footer">'
        '<p data-aid="FOOTER_COPYRIGHT_RENDERED">Assistance indépendante pour les produits de sécurité. '
        "McAfee est une marque déposée de McAfee, LLC.</p>"
        '<p data-aid="FOOTER_POWERED_BY_AIRO_RENDERED">Optimisé par GoDaddy</p></div></div></div>'
    )
    return {"/": (document(spec.lang, f"Assistance McAfee France – {dotted}", body, head), s)}


@branded
def de_icloud_jimdo(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    head_, sub = _split(own)
    hinted = _written(s, own, f"{head_} / {sub[:3]} {sub[3:5]} {sub[5:]} (kostenfrei aus DE)")
    foot = s.num(own, "intl_zero_gap")  # +49 (0) 800 1824493
    mod = rng.randint(10000000, 19999999)

    def module(kind: str, inner: str) -> str:
        nonlocal mod
        mod += rng.randint(1, 9)
        return f'<div id="cc-m-{mod}" class="j-module n j-{kind}">{inner}</div>'

    call = s.tel(own, "Jetzt anrufen").replace(
        "<a ", '<a class="j-calltoaction-link j-calltoaction-link-style-1" ', 1
    )
    head = (
        '<link rel="stylesheet" href="https://assets.jimstatic.com/web.css.5b2c6a9e.css">\n'
        '<meta name="generator" content="Jimdo Creator">\n'
    )
    body = (
        '<div class="jtpl-main"><div class="jtpl-header"><div class="jtpl-logo">'
        f'<a href="/">{esc(spec.name)}</a></div>'
        '<nav class="jtpl-navigation"><ul class="j-nav-level-0"><li class="jmd-nav__list-item-0 j-nav-current"><a href="/">Start</a></li>'
        '<li><a href="/apple-id-gesperrt/">Apple-ID gesperrt</a></li><li><a href="/icloud-speicher/">iCloud-Speicher</a></li>'
        '<li><a href="/kontakt/">Kontakt</a></li></ul></nav></div>'
        '<div class="jtpl-content"><div id="content_area">'
        + module("header", "<h1>Apple-ID gesperrt? iCloud-Hilfe sofort am Telefon</h1>")
        + module(
            "text",
            "<p>Ihre Apple-ID wurde aus Sicherheitsgründen gesperrt, iCloud synchronisiert nicht mehr oder Ihr "
            "iPhone zeigt „Aktivierungssperre“? Unsere zertifizierten Techniker helfen Ihnen in wenigen Minuten – "
            "per Telefon und Fernwartung auf Ihrem Mac oder PC.</p>",
        )
        + module(
            "callToAction",
            f'<p class="j-calltoaction-wrapper">Hotline: <strong>{hinted}</strong></p>'
            f"<p>{call}</p>",
        )
        + module(
            "text",
            "<ul><li>Apple-ID entsperren und Passwort zurücksetzen</li><li>iCloud-Fotos wiederherstellen</li>"
            "<li>Gehacktes iPhone oder Mac bereinigen</li><li>Abo-Abbuchungen prüfen und stornieren</li></ul>",
        )
        + module(
            "text",
            "<blockquote>„Meine Apple-ID war gesperrt, nach 20 Minuten war alles wieder da.“ – Gisela M., Bochum</blockquote>",
        )
        + "</div></div>"
        '<div class="jtpl-footer"><div id="contentfooter"><div class="leftrow">'
        f'<a href="/about/">Impressum</a> | <a href="/j/privacy">Datenschutz</a> | <a href="/agb/">AGB</a></div>'
        f'<div class="rightrow">{esc(spec.name)} · Service-Telefon {foot} · Unabhängiger Dienstleister</div></div></div></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Apple-ID & iCloud Hilfe", body, head), s)}


@branded
def ja_keikoku_kanji(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    parts = numbers.groups(s.hidden(own))  # ["050", "3187", "6624"]
    kanji = "‐".join(p.translate(KANJI) for p in parts)  # 〇五〇‐三一八七‐六六二四
    code = f"0x800{rng.choice('7C')}{rng.randint(1000, 9999)}"
    head = (
        "<style>html,body{margin:0;height:100%;background:#0078d7;font-family:'Meiryo','Yu Gothic',sans-serif}"
        "#keikoku{position:fixed;inset:0;color:#fff;padding:5% 8%}"
        "#ban{background:#fff;display:block;margin:18px 0;border-radius:4px}"
        ".mado{background:#fff;color:#222;max-width:640px;padding:18px 22px;border-left:8px solid #e81123}</style>\n"
    )
    body = (
        '<div id="keikoku" role="alertdialog">'
        "<h1>Windows セキュリティ警告</h1>"
        "<p>お使いのコンピューターはウイルスに感染しているため、ブロックされました。</p>"
        '<div class="mado"><p><b>トロイの木馬型スパイウェアを検出しました</b>（Trojan:Win32/Wacatac）</p>'
        "<p>このウイルスにより、クレジットカード情報、ネットバンキングのパスワード、写真が盗まれる恐れがあります。</p>"
        f"<p>エラーコード：{code}</p>"
        "<p>このページを閉じないでください。パソコンを再起動すると、データが失われる可能性があります。</p>"
        f"<p>今すぐ Windows サポートへお電話ください：<strong>{esc(kanji)}</strong>（通話無料・日本国内）</p></div>"
        '<canvas id="ban" width="560" height="70" aria-label="サポート窓口"></canvas>'
        '<p><a id="denwa" href="#">電話でサポートに連絡する</a></p></div>'
        '<audio id="oto" src="/media/keikoku.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        f"  var t={json.dumps(parts)};\n"
        "  var c=document.getElementById('ban').getContext('2d');\n"
        "  c.fillStyle='#e81123';c.font='bold 40px Meiryo';c.fillText('☎ '+t.join('-'),16,50);\n"
        "  document.getElementById('denwa').href='tel:'+t.join('');\n"
        "  document.addEventListener('click',function(){var d=document.documentElement;d.requestFullscreen&&d.requestFullscreen();});\n"
        "  window.onbeforeunload=function(){return '警告';};\n"
        "  for(var i=0;i<30;i++){history.pushState({},'',location.href);}\n"
        "  window.onpopstate=function(){history.pushState({},'',location.href);};\n"
        f"  var m={json_str('警告！お使いのコンピューターはブロックされています。画面の番号へすぐにお電話ください。')};\n"
        "  (function k(){if(!confirm(m)){alert(m);}setTimeout(k,4000);})();\n"
        "})();\n</script>"
    )
    return {
        "/": (
            document(
                spec.lang,
                "Windows セキュリティ警告 - コンピューターがブロックされました",
                body,
                head,
            ),
            s,
        )
    }


@branded
def gb_weebly_printer_offline(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    a, b, c = numbers.groups(own)
    title = f"Brother Printer Offline UK ☎ (({a}))-{b}-{c}"
    paren = _written(s, own, title)
    hint = s.num(own, "national") + " UK"  # 0808 164 2297 UK
    ids = iter(rng.sample(range(100000000000000000, 999999999999999999), 8))

    def par(inner: str) -> str:
        return f'<div class="paragraph" style="text-align:left;">{inner}</div>'

    def el(inner: str) -> str:
        return f'<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" id="{next(ids)}">{inner}</div></div></div>'

    steps = "".join(
        f"<li>{esc(x)}</li>"
        for x in (
            "Switch the printer off and on and check the Wi-Fi light is solid blue.",
            "Open Control Panel > Devices and Printers and untick ‘Use Printer Offline’.",
            "Reinstall the Brother full driver and software package.",
            "If it still shows offline, your router or driver needs a technician.",
        )
    )
    head = (
        '<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1739810000">\n'
        '<link rel="stylesheet" type="text/css" href="/files/main_style.css?1740000000">\n'
    )
    body = (
        '<div class="wsite-background wsite-custom-background"><div class="header-wrap"><div class="container">'
        f'<span class="wsite-logo"><a href="/"><span id="wsite-title">{esc(spec.name)}</span></a></span>'
        '<ul class="wsite-menu-default"><li id="active" class="wsite-menu-item-wrap"><a href="/" class="wsite-menu-item">Home</a></li>'
        '<li class="wsite-menu-item-wrap"><a href="/support.html" class="wsite-menu-item">Support</a></li></ul></div></div>'
        '<div id="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">'
        f'<h2 class="wsite-content-title">{paren}</h2>'
        + el(
            par(
                "Is your Brother printer showing <strong>offline</strong> on your laptop even though it is switched on? "
                "It is the most common Brother printer problem in the UK. Try the steps below or ring our printer "
                "helpline for instant help."
            )
        )
        + el(f"<ol>{steps}</ol>")
        + el(
            par(
                f"<strong>Still offline? Call {hint} toll free</strong> and a certified technician will fix it "
                "remotely in minutes. HL, DCP and MFC models, scanner errors and drum reset."
            )
        )
        + '<div style="text-align:center;"><a class="wsite-button wsite-button-large wsite-button-highlight" '
        f'href="{numbers.tel_href(own)}"><span class="wsite-button-inner">Call a printer expert</span></a></div>'
        + el(
            par(
                "<em>Disclaimer: we are an independent printer support service and are not affiliated with any "
                "printer manufacturer. Brand names are for reference only.</em>"
            )
        )
        + "</div></div></div>"
        '<div class="footer-wrap"><div class="container"><div class="footer">'
        f'<div class="wsite-elements wsite-footer">{par(f"Freephone {hint} · 7 days 8am – 10pm")}</div></div></div></div></div>'
        '<div id="weebly-footer-signup-container-v3"><a href="https://www.weebly.com/signup?utm_source=footer">Powered by Weebly</a></div>'
    )
    return {"/": (document(spec.lang, title, body, head), s)}


TEMPLATES = {
    "us_paypal_charge_notice": with_page("/help/contact", us_paypal_charge_notice),
    "de_ing_sperre_css": with_page("/kontakt", de_ing_sperre_css),
    "nl_wix_computerhulp": with_page("/contact", nl_wix_computerhulp),
    "fr_mcafee_godaddy": with_page("/contact", fr_mcafee_godaddy),
    "de_icloud_jimdo": with_page("/kontakt/", de_icloud_jimdo),
    "ja_keikoku_kanji": ja_keikoku_kanji,
    "gb_weebly_printer_offline": with_page("/support.html", gb_weebly_printer_offline),
}
