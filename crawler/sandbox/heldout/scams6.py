"""Sixth batch of held-out scam templates: twelve page shells no earlier batch uses.

bootstrap_seniors (a Bootstrap 5 landing page whose call button keeps the number in
data-phone), tilda_notdienst (a Tilda one-pager whose number is a CSS ::after content),
shopify_depannage (a Shopify-like "dépannage express" product page with a callto: link),
iframe_locker (a browser locker whose number sits inside an <iframe srcdoc>),
noscript_account (an "account locked" page whose number is in <noscript>),
newsletter_invoice (an email-newsletter HTML renewal invoice with a %20-encoded link),
pdf_receipt (a PDF-to-HTML export of a charge receipt) and typeform_appleid (a
Typeform-like support form whose number is a script template literal and a QR alt text),
wiki_helpline (a Wikipedia-like article with an infobox number) and carrd_printer (a
Carrd one-pager for a "printer offline" line), framer_tietokoneapu (a Finnish Framer
one-pager with the number in schema.org microdata) and squarespace_callback (a British
Squarespace page whose number is a form <option>).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams import bname
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, settle_brands

# --- bootstrap_seniors: a Bootstrap 5 landing page ------------------------------------


@branded
def bootstrap_seniors(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    head = (
        '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">\n'
        '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" defer></script>\n'
    )
    body = (
        f'<nav class="navbar navbar-expand-lg bg-body-tertiary"><div class="container"><a class="navbar-brand" href="/">{esc(spec.name)}</a>'
        '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav"><span class="navbar-toggler-icon"></span></button>'
        '<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="#diensten">Diensten</a></li>'
        '<li class="nav-item"><a class="nav-link" href="#bellen">Bellen</a></li></ul></div></div></nav>'
        '<section class="py-5 text-center container"><div class="row py-lg-5"><div class="col-lg-8 mx-auto">'
        '<h1 class="display-5 fw-bold">Wij helpen ouderen met de computer – geduldig en direct</h1>'
        '<p class="lead text-body-secondary">Geen gedoe met ingewikkelde taal. Krijgt u een rare melding, doet uw e-mail het niet of is uw computer geblokkeerd? '
        "Een vriendelijke monteur kijkt via internet met u mee.</p>"
        f'<button type="button" class="btn btn-success btn-lg px-4 call-btn" data-phone="{s.hidden(own)}" onclick="location.href=\'tel:\'+this.dataset.phone">'
        "Bel ons gratis</button>"
        f'<p class="mt-3 fs-4" id="bellen">Of bel zelf: <strong>{s.num(own, "pairs")}</strong></p>'
        "</div></div></section>"
        '<div class="container" id="diensten"><div class="row g-4 py-5 row-cols-1 row-cols-lg-3">'
        '<div class="col"><h3 class="fs-4">Virus en pop-ups</h3><p>Wij verwijderen nepmeldingen en virussen terwijl u meekijkt.</p></div>'
        '<div class="col"><h3 class="fs-4">Bankieren en e-mail</h3><p>Lukt inloggen niet meer? Wij zetten het samen met u goed.</p></div>'
        '<div class="col"><h3 class="fs-4">Vaste lage prijs</h3><p>Eenmalig € 79, betalen met een cadeaukaart of via uw bank.</p></div>'
        "</div></div>"
        f'<footer class="py-3 my-4 border-top"><p class="text-center text-body-secondary">© 2026 {esc(spec.name)} · Bereikbaar 7 dagen per week</p></footer>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – computerhulp voor senioren", body, head), s)}


# --- tilda_notdienst: a Tilda one-pager, number as CSS ::after ------------------------


@branded
def tilda_notdienst(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    css_number = numbers.write(own, "national")
    s.hidden(own)
    rec = rng.randint(400000000, 499999999)
    head = (
        '<meta name="generator" content="Tilda">\n'
        '<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css">\n'
        f'<style>#rec{rec} .t-hotline::after{{content:"Hotline: {css_number}";font-weight:700;font-size:28px;display:block}}</style>\n'
    )
    body = (
        f'<div id="allrecords" class="t-records" data-tilda-project-id="{rng.randint(1000000, 9999999)}">'
        f'<div id="rec{rec}" class="r t-rec" data-record-type="396"><div class="t396"><div class="t396__artboard">'
        '<div class="t396__elem tn-elem"><h1 class="tn-atom">PC-Notdienst – Hilfe in 10 Minuten</h1></div>'
        '<div class="t396__elem tn-elem"><div class="tn-atom">Computer gesperrt? Virus? Drucker geht nicht? Unser PC-Notdienst hilft sofort per Fernwartung – bundesweit, rund um die Uhr.</div></div>'
        '<div class="t396__elem tn-elem"><span class="t-hotline"></span></div>'
        f'<div class="t396__elem tn-elem"><div class="tn-atom">Oder schreiben Sie: {s.num(own, "dashed", "x")} (auch WhatsApp)</div></div>'
        "</div></div></div>"
        '<div class="r t-rec" data-record-type="512"><div class="t-container"><ul class="t-list">'
        "<li>Soforthilfe bei Sperrbildschirm und Warnmeldungen</li><li>Entfernung von Trojanern</li><li>Festpreis 89 € – Zahlung per Gutschein möglich</li>"
        "</ul></div></div></div>"
    )
    return {"/": (document(spec.lang, f"PC-Notdienst | {spec.name}", body, head), s)}


# --- shopify_depannage: a Shopify-like product page -----------------------------------


@branded
def shopify_depannage(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<link rel="stylesheet" href="//cdn.shopify.com/s/files/1/0612/dawn/base.css">\n'
        '<script>window.Shopify = window.Shopify || {}; Shopify.theme = {"name":"Dawn","id":'
        f"{rng.randint(100000000000, 199999999999)}}};</script>\n"
    )

    def wrap(title: str, main: str) -> str:
        body = (
            f'<div class="announcement-bar" role="region">Dépannage express 7j/7</div>'
            f'<header class="header"><a href="/" class="header__heading-link">{esc(spec.name)}</a>'
            '<nav class="header__inline-menu"><a href="/products/depannage-express">Dépannage</a> <a href="/pages/contact">Contact</a></nav></header>'
            f'<main id="MainContent" class="content-for-layout">{main}</main>'
            f'<footer class="footer">© 2026, {esc(spec.name)} Propulsé par Shopify</footer>'
        )
        return document(spec.lang, title, body, head, ' class="gradient"')

    s = Sheet()
    main = (
        '<section class="product product--medium"><div class="product__media-wrapper"><img src="/cdn/shop/files/technicien.jpg" alt="Technicien à distance"></div>'
        '<div class="product__info-wrapper"><h1 class="product__title">Dépannage express à distance – intervention immédiate</h1>'
        '<div class="price"><span class="price-item price-item--regular">89,00 €</span></div>'
        '<div class="product__description rte"><p>Ordinateur bloqué, virus, message d’alerte ou imprimante hors ligne ? '
        "Un technicien prend la main sur votre PC en quelques minutes.</p>"
        f"<p><strong>Appelez avant de commander : {s.num(own, 'pairs')}</strong></p></div>"
        f'<a class="button button--full-width" href="callto:{s.hidden(own)}">Appeler un technicien</a>'
        '<button type="submit" name="add" class="product-form__submit button">Ajouter au panier</button></div></section>'
    )
    s2 = Sheet()
    contact = (
        '<div class="page-width"><h1>Contact</h1><p>Service client du lundi au dimanche, 8h–22h.</p>'
        f"<p>Ligne directe : {s2.num(own, 'intl', 'fullwidth')}</p></div>"
    )
    return {
        "/products/depannage-express": (wrap("Dépannage express – " + spec.name, main), s),
        "/": (wrap(spec.name, main), s),
        "/pages/contact": (wrap("Contact – " + spec.name, contact), s2),
    }


# --- iframe_locker: a browser locker drawn in an <iframe srcdoc> -----------------------


@branded
def iframe_locker(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    b = bname(spec)
    s = Sheet()
    code = f"0x8{rng.randint(0x1000000, 0xFFFFFFF):07X}"
    inner = (
        '<html><body style="background:#0078d7;color:#fff;font-family:Segoe UI">'
        f"<h2>{b} Defender SmartScreen</h2>"
        "<p>Access to this PC has been blocked for security reasons. Error code "
        f"{code}.</p><p>Do not restart your computer. Call {b} Support:</p>"
        f'<p style="font-size:30px">{numbers.write(own, "us_dash", "caret")} USA (Toll Free)</p>'
        "</body></html>"
    )
    s.hidden(own)
    body = (
        '<div id="lock" style="position:fixed;inset:0">'
        f'<iframe id="scr" srcdoc="{esc(inner)}" style="width:100%;height:100%;border:0"></iframe></div>'
        '<audio autoplay loop src="/sounds/warn.mp3"></audio>'
        "<script>document.addEventListener('click',function(){document.documentElement.requestFullscreen();});"
        "window.onbeforeunload=function(){return 'Your PC is blocked';};"
        "for(var i=0;i<40;i++){history.pushState({},'',location.href);}"
        "(function ask(){confirm('Your PC is blocked. Do not restart.');setTimeout(ask,4000);})();</script>"
    )
    return {
        "/?err=" + code: (document(spec.lang, f"{b} Security Alert", body), s),
        "/": (document(spec.lang, f"{b} Security Alert", body), s),
    }


# --- noscript_account: an account-locked page with the number in <noscript> -----------


@branded
def noscript_account(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    b = bname(spec)
    s = Sheet()
    noscript = (
        '<noscript><div class="ns-box"><p>Your account has been locked. '
        f"To restore access call {b} Account Security on "
        f"<b>{s.num(own, 'national', 'underscore')} UK</b></p></div></noscript>"
    )
    body = (
        f'<div class="a-container"><div class="a-logo">{esc(b)}</div>'
        '<div class="a-box a-alert-warning"><h1>Your account is temporarily locked</h1>'
        "<p>We noticed an unusual sign-in and an order of £649.99 (iPhone 15 Pro) from a new device. "
        "To protect you, we have locked your account and held the order.</p>"
        '<p id="cta">Loading your case…</p></div>'
        f"{noscript}"
        f'<script>var c="{s.hidden(own)}";document.getElementById("cta").innerHTML='
        f"'Speak to an advisor now: <a href=\"tel:'+c+'\">'+c+'</a>';</script>"
        f'<div class="a-footer">Conditions of Use · Privacy Notice · © 1996-2026, {esc(b)}.com, Inc.</div></div>'
    )
    return {"/": (document(spec.lang, f"{b} – Account locked", body), s)}


# --- newsletter_invoice: an email-newsletter HTML renewal invoice ---------------------


@branded
def newsletter_invoice(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    b = bname(spec)
    s = Sheet()
    inv = f"INV-{rng.randint(10000000, 99999999)}"
    shown = numbers.write(own, "us_dash")
    encoded = numbers.write(own, "us_dash", "url")
    s.hidden(own)
    head = (
        '<meta name="x-apple-disable-message-reformatting">\n'
        "<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->\n"
    )
    body = (
        '<center class="wrapper"><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" class="mcnTextContentContainer">'
        f'<tr><td class="header" bgcolor="#ffd400" style="padding:20px"><b>{esc(b)} 360 Deluxe</b></td></tr>'
        f'<tr><td style="padding:20px"><h1>Your subscription has been renewed</h1><p>Invoice {inv} · Date 02/12/2026</p>'
        '<table width="100%"><tr><td>Product</td><td>Qty</td><td>Amount</td></tr>'
        f"<tr><td>{esc(b)} 360 Deluxe – 5 devices (auto-renew)</td><td>1</td><td>$399.99</td></tr></table>"
        "<p>The amount will be debited within 24 hours. If you did not authorise this renewal, cancel and get a refund by calling our billing team:</p>"
        f'<p style="font-size:22px"><a href="https://billing-desk.example/call?to={encoded}" style="color:#0a58ca">{s.num(own, "us_dash", "double_paren")}</a></p>'
        f"<p>Billing helpline (toll free): {esc(shown)}</p>"
        '</td></tr><tr><td class="footer" style="font-size:11px">You received this email because you subscribed. '
        '<a href="*|UNSUB|*">Unsubscribe</a> · *|LIST:ADDRESSLINE|*</td></tr></table></center>'
    )
    return {
        "/": (
            document(
                spec.lang, f"{b} invoice {inv}", body, head, ' style="margin:0;background:#f4f4f4"'
            ),
            s,
        ),
    }


# --- pdf_receipt: a PDF-to-HTML export of a charge receipt -----------------------------


@branded
def pdf_receipt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    b = bname(spec)
    s = Sheet()
    txn = f"{rng.randint(10, 99)}K{rng.randint(100000, 999999)}X{rng.randint(1000000, 9999999)}"
    head = (
        '<meta name="generator" content="pdf2htmlEX">\n'
        '<link rel="stylesheet" href="base.min.css"><link rel="stylesheet" href="fancy.min.css">\n'
    )

    def t(cls: str, content: str) -> str:
        return f'<div class="t m0 {cls} h2 y{rng.randint(10, 99)} ff1 fs1 fc0 sc0 ls0 ws0">{content}</div>'

    page = (
        '<div id="page-container"><div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">'
        '<img class="bi x0 y0 w1 h1" alt="" src="bg1.png">'
        + t("x1", f"{esc(b)} – Payment Receipt")
        + t("x1", f"Transaction ID: {txn}")
        + t("x1", "You sent a payment of $1,249.00 AUD to Coinbase Australia Pty")
        + t("x1", "If you did not make this payment, contact our Resolution Centre")
        + t("x2", f"{s.num(own, 'national', 'star')} AUS")
        + t("x1", "within 24 hours to cancel and receive a full refund.")
        + '</div><div class="pi" data-data=\'{"ctm":[1.0,0.0,0.0,1.0,0.0,0.0]}\'></div></div></div>'
    )
    return {"/": (document(spec.lang, f"{b} receipt {txn}.pdf", page, head), s)}


# --- typeform_appleid: a Typeform-like support form ----------------------------------


@branded
def typeform_appleid(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    b = bname(spec)
    s = Sheet()
    groups = numbers.groups(own)
    s.hidden(own)
    form_id = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(8))
    head = '<link rel="stylesheet" href="https://embed.typeform.com/next/css/widget.css">\n'
    script = (
        "<script>\nconst cc = '+358', area = '"
        + groups[0][1:]
        + "', sub = '"
        + "".join(groups[1:])
        + "';\n"
        "const thanks = `Kiitos! Soita nyt tukeen: ${cc} ${area} ${sub}`;\n"
        "document.querySelector('#tf-submit').addEventListener('click', () => {"
        "document.querySelector('#tf-end').textContent = thanks; });\n</script>"
    )
    body = (
        f'<div data-tf-widget="{form_id}" class="tf-v1-widget"><div class="tf-form">'
        f'<div class="tf-question" data-qa="question-1"><span class="tf-num">1 →</span><h1>{esc(b)} ID on lukittu. Mikä on ongelmasi?</h1>'
        '<label><input type="radio" name="q1"> En pääse kirjautumaan iCloudiin</label>'
        '<label><input type="radio" name="q1"> Sain viestin epäilyttävästä kirjautumisesta</label>'
        '<label><input type="radio" name="q1"> Laitteeni on lukittu</label></div>'
        '<div class="tf-question" data-qa="question-2"><span class="tf-num">2 →</span><h2>Anna puhelinnumerosi, niin tukihenkilö soittaa</h2>'
        '<input type="tel" placeholder="040 123 4567"></div>'
        '<button id="tf-submit" class="tf-button">OK ✓</button><p id="tf-end"></p>'
        f'<img class="qr" src="/qr/{form_id}.png" alt="Skannaa ja soita {esc(b)}-tukeen {s.num(own, "intl")}" width="160">'
        "</div></div>" + script
    )
    return {"/": (document(spec.lang, f"{b} ID -tuki", body, head), s)}


# --- wiki_helpline: a Wikipedia-like article with the number in its infobox ------------


@branded
def wiki_helpline(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    b = bname(spec)
    s = Sheet()
    head = '<meta name="generator" content="MediaWiki 1.41.0">\n<link rel="stylesheet" href="/w/load.php?modules=skins.vector.styles">\n'
    body = (
        '<div class="mw-page-container"><div id="content" class="mw-body" role="main">'
        f'<h1 id="firstHeading" class="firstHeading mw-first-heading">{esc(b)} 365 renewal support</h1>'
        '<div id="siteSub">From the free support encyclopedia</div>'
        '<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">'
        '<table class="infobox vcard"><tbody>'
        f'<tr><th colspan="2" class="infobox-above">{esc(b)} 365 Billing Helpdesk</th></tr>'
        '<tr><th class="infobox-label">Type</th><td class="infobox-data">Subscription renewal, refunds</td></tr>'
        f'<tr><th class="infobox-label">Phone</th><td class="infobox-data"><a href="tel:{s.hidden(own)}">{s.num(own, "us_dash", "double_paren")}</a> USA</td></tr>'
        '<tr><th class="infobox-label">Hours</th><td class="infobox-data">24/7</td></tr></tbody></table>'
        f"<p><b>{esc(b)} 365 renewal support</b> is the billing line for customers whose {esc(b)} 365 Family or Business "
        "subscription renewed automatically. Charges of $299.99 can be cancelled and refunded by phone within 48 hours.</p>"
        '<h2><span class="mw-headline" id="Refunds">Refunds</span></h2>'
        f"<p>Call the renewal desk on {s.num(own, 'us_dots')} and keep your invoice number ready; an agent verifies the payment by remote session.</p>"
        '<div class="reflist"><ol class="references"><li>Renewal terms, 2026.</li></ol></div>'
        "</div></div></div></div>"
    )
    return {
        "/wiki/Microsoft_365_renewal_support": (
            document(spec.lang, f"{b} 365 renewal support - Wiki", body, head),
            s,
        ),
        "/": (document(spec.lang, f"{b} 365 renewal support - Wiki", body, head), s),
    }


# --- carrd_printer: a Carrd-like one-pager for "printer offline" ----------------------


@branded
def carrd_printer(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    b = bname(spec)
    s = Sheet()
    shown = numbers.write(own, "us_dash", "colon")
    s.hidden(own)
    head = (
        '<meta name="generator" content="Carrd">\n<link rel="stylesheet" href="assets/main.css?v='
        + str(rng.randint(1000, 9999))
        + '">\n'
    )
    body = (
        '<div id="wrapper"><div id="main"><div class="inner"><section id="home-section" class="active">'
        f'<h1 id="text01">{esc(b)} Printer Offline?</h1>'
        '<p id="text02">Printer shows offline, will not print, or lost Wi-Fi after an update? Our printer experts fix it in minutes.</p>'
        f'<ul id="buttons01" class="buttons"><li><a href="tel:{own}" class="button n01">Call {esc(shown)} USA</a></li></ul>'
        f'<p id="text03">Toll free: {s.num(own, "us_paren")}</p>'
        f'<p id="text04">Not affiliated? We support {esc(b)} DeskJet, OfficeJet, ENVY and LaserJet.</p>'
        "</section></div></div></div>"
        "<script>(function(){var n=" + f"'{own}'" + ";document.title='Call '+n;})();</script>"
    )
    return {"/": (document(spec.lang, f"{b} Printer Offline Help", body, head), s)}


# --- framer_tietokoneapu: a Framer one-pager, number in microdata --------------------


@branded
def framer_tietokoneapu(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    head = '<meta name="generator" content="Framer 2f3a1b9">\n<link rel="modulepreload" href="https://framerusercontent.com/sites/4Xz/script_main.mjs">\n'
    body = (
        '<div id="main" data-framer-hydrate-v2=\'{"routeId":"augiA20Il"}\'>'
        '<div class="framer-body" itemscope itemtype="https://schema.org/LocalBusiness">'
        f'<meta itemprop="telephone" content="{s.hidden(own)}"><meta itemprop="name" content="{esc(spec.name)}">'
        '<div class="framer-text"><h1>Tietokoneapu heti – soita, autamme 5 minuutissa</h1></div>'
        '<div class="framer-text"><p>Jumittuuko kone, näkyykö ruudulla varoitus viruksesta tai eikö sähköposti toimi? '
        "Asiantuntijamme korjaa ongelman etäyhteydellä. Kiinteä hinta 79 €.</p></div>"
        f'<div class="framer-text"><p class="big">Soita: {s.num(own, "national", "dot_gaps")}</p></div>'
        "</div></div>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – tietokoneapu", body, head), s)}


# --- squarespace_callback: a Squarespace page whose number sits in a form ---------------


@branded
def squarespace_callback(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    head = '<!-- This is Squarespace. --><meta name="generator" content="Squarespace">\n'
    body = (
        '<div id="siteWrapper" class="clearfix site-wrapper"><header id="header">'
        f'<div class="header-title-text"><a href="/">{esc(spec.name)}</a></div></header>'
        '<main id="page" class="container" role="main"><article class="sections" data-page-sections>'
        '<section class="page-section"><div class="sqs-block html-block"><h1>Computer trouble? Same-day remote fix, UK wide</h1>'
        "<p>Slow laptop, frozen screen, scary virus warning or lost emails? Our engineers connect to your computer and sort it while you watch.</p></div>"
        '<div class="sqs-block form-block"><form class="react-form-contents"><label>Your phone</label>'
        '<input type="tel" name="phone" placeholder="07700 900123">'
        f'<select name="line"><option value="{s.hidden(own)}" selected>UK helpline {s.num(own, "intl_zero_spaced")}</option></select>'
        '<button type="submit">Request a call back</button></form></div></section></article></main>'
        f'<footer class="Footer">© 2026 {esc(spec.name)}</footer></div>'
    )
    return {"/": (document(spec.lang, spec.name, body, head), s)}


ABOUT = {
    "nl": "Over ons: een klein team dat al jaren mensen helpt met hun computer.",
    "de": "Über uns: ein kleines Team, das seit Jahren bei Computerproblemen hilft.",
    "fr": "À propos : une petite équipe qui aide depuis des années.",
    "fi": "Tietoa meistä: pieni tiimi, joka auttaa tietokoneongelmissa.",
    "en": "About us: a small team that has helped people for years.",
}


def with_page(path: str, build):  # noqa: ANN001, ANN201
    """`build`, plus a plain page at `path` (about/contact) that carries no number."""

    def template(spec: Spec, rng: Random) -> Drafts:
        drafts = build(spec, rng)
        body = f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1><p>{esc(ABOUT[spec.lang])}</p></main>'
        drafts[path] = (document(spec.lang, spec.name, body), Sheet())
        return settle_brands(spec, drafts)

    template.__name__ = build.__name__
    return template


TEMPLATES = {
    "bootstrap_seniors": with_page("/contact", bootstrap_seniors),
    "tilda_notdienst": with_page("/kontakt", tilda_notdienst),
    "shopify_depannage": shopify_depannage,
    "iframe_locker": iframe_locker,
    "noscript_account": with_page("/help/contact-us", noscript_account),
    "newsletter_invoice": with_page("/renew/help", newsletter_invoice),
    "pdf_receipt": with_page("/help", pdf_receipt),
    "typeform_appleid": with_page("/tuki", typeform_appleid),
    "wiki_helpline": with_page("/wiki/Help:Contact", wiki_helpline),
    "carrd_printer": with_page("/support", carrd_printer),
    "framer_tietokoneapu": with_page("/yhteystiedot-tuki", framer_tietokoneapu),
    "squarespace_callback": with_page("/contact", squarespace_callback),
}
