"""Twentieth batch of held-out scam templates: page shells no earlier batch uses.

b20_nl_jouwweb_rabobank_security (a Dutch "Rabobank Afdeling Veiligheid" security desk on
JouwWeb, "uw rekening is geblokkeerd", the number only in national tel: links),
b20_gb_godaddy_remote_trust (an unbranded British remote PC helpdesk on GoDaddy Websites +
Marketing with a full copied trust footer), b20_de_strato_nothilfe_rn (an unbranded German
"PC-Nothilfe" on the STRATO Homepage-Baukasten, the number only in the ad landing's ?rn=),
b20_cafr_systemeio_mcafee_refund (a Quebec McAfee renewal refund lure on Systeme.io,
doubled parentheses and a bracketed "((+1))"), b20_ja_locker_iphone_fullwidth (a Japanese
iPhone browser locker, fullwidth 0120 digits), b20_at_locker_defender_jsdigits (an
Austrian Defender browser locker, the number built by a script from a digit array),
b20_ch_textpattern_hotline_directory (a Swiss "Kundendienst-Nummern" directory on
Textpattern whose brand hotlines are three numbers of one block), b20_be_odoo_epson_jsonld
(a Flemish Epson printer helpdesk on Odoo, the number only in JSON-LD),
b20_nl_firebase_outlook_alt (a Dutch Outlook/Hotmail helpdesk on a Firebase web.app
subdomain, the number only in a banner's alt text), b20_us_softr_lenovo_urlenc (a US Lenovo
help center on Softr, the number only URL-encoded), b20_fi_wpcom_canon_keycaps (a Finnish
Canon printer helpdesk on WordPress.com, keycap emoji digits and a flag after the number)
and b20_fr_pluxml_petanque_outlook (an Alsatian pétanque club's old PluXml site, hacked,
now leading with "Assistance Outlook", "(FR)" after the number).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

import json
from random import Random
from urllib.parse import quote

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import written as _written
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str


def _letters(rng: Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


# The fake Rabobank security desk's message, as its page prints it; the Drechtsteden
# article (legit20) quotes the same sentences word for word.
RABO_NOTICE = (
    "Uw rekening is tijdelijk geblokkeerd vanwege verdachte transacties vanaf een onbekend apparaat.",
    "Bel binnen 24 uur onze Afdeling Veiligheid om uw rekening te laten deblokkeren.",
    "Houd uw bankpas en uw Rabo Scanner bij de hand en log niet in via de Rabo App tot een "
    "medewerker u heeft geholpen.",
    "Doet u niets, dan worden uw spaargelden uit voorzorg naar een beveiligde kluisrekening overgeboekt.",
)

KEYCAP = "\ufe0f\u20e3"


# --- a Dutch Rabobank "Afdeling Veiligheid" on JouwWeb, national tel: links only --------


@branded
def b20_nl_jouwweb_rabobank_security(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    top = s.tel(own, '<span class="jw-button-text">Bel de Afdeling Veiligheid</span>', national=True)
    mid = s.tel(own, '<span class="jw-button-text">Rekening deblokkeren – bel nu</span>', national=True)
    site = rng.randint(3100000, 3999999)
    case = f"RB-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"

    def el(kind: str, inner: str) -> str:
        return f'<div class="jw-element jw-element-{kind}" id="jw-element-{rng.randint(100000000, 999999999)}">{inner}</div>'

    head = (
        f'<link rel="stylesheet" href="https://primary.jwwb.nl/public/{_letters(rng, 1)}/{_letters(rng, 1)}/{_letters(rng, 1)}/temp-{_letters(rng, 20)}/style.css">\n'
        f'<script>window.JOUWWEB={{"websiteId":{site},"locale":"nl_NL","template":"spring"}};</script>\n'
        '<meta name="robots" content="noindex">\n'
    )
    notice = "".join(f"<p>{esc(t)}</p>" for t in RABO_NOTICE)
    body = (
        '<div class="jw-page"><header class="jw-header"><div class="jw-header-logo">'
        '<img src="https://primary.jwwb.nl/public/r/a/b/rabo-logo.png" alt="Rabobank"></div>'
        '<nav class="jw-menu"><a href="/">Home</a><a href="/veiligheid">Veiligheid</a><a href="/contact">Contact</a></nav></header>'
        '<main class="jw-section jw-section-content">'
        + el("title", "<h1>Belangrijk: uw Rabobank-rekening is geblokkeerd</h1>")
        + el("alert", f'<div class="jw-alert jw-alert--warning"><strong>Meldingnummer {case}</strong>{notice}</div>')
        + el("button", f'<div class="jw-btn jw-btn--primary jw-btn--large">{top}</div>')
        + el(
            "paragraph",
            "<h2>Wat doet de Afdeling Veiligheid?</h2><p>Onze fraudespecialisten controleren samen met u de "
            "laatste transacties, blokkeren onbekende apparaten en zetten uw spaargeld veilig. Het gesprek duurt "
            "ongeveer 15 minuten. Wij vragen nooit om uw pincode.</p>",
        )
        + el("button", f'<div class="jw-btn jw-btn--secondary">{mid}</div>')
        + el("paragraph", '<p class="small">Bereikbaar: 7 dagen per week, 08:00–22:00 uur.</p>')
        + "</main>"
        f'<footer class="jw-footer"><p>© 2026 {esc(spec.name)} · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p>'
        '<p class="jw-footer-branding">Gemaakt met <a href="https://www.jouwweb.nl" rel="nofollow">JouwWeb</a></p></footer></div>'
        f'<script src="https://primary.jwwb.nl/public/js/jouwweb.{_hex(rng, 8)}.js" defer></script>'
    )
    return {
        "/": (
            document(spec.lang, "Rabobank – Uw rekening is geblokkeerd | Afdeling Veiligheid", body, head, ' class="jw-body jw-is-frontend"'),
            s,
        )
    }


# --- an unbranded British remote PC helpdesk on GoDaddy Websites + Marketing ------------


@branded
def b20_gb_godaddy_remote_trust(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "national")  # 0800 046 5173
    call = s.tel(own, "Speak to an engineer")
    footer_no = s.num(own, "intl")  # +44 800 046 5173
    company = rng.randint(13000000, 15999999)
    ico = f"ZB{rng.randint(100000, 999999)}"
    vat = f"GB {rng.randint(300, 499)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    head = (
        f'<link rel="stylesheet" href="//img1.wsimg.com/blobby/go/{_hex(rng, 8)}-{_hex(rng, 4)}/gpub/{_hex(rng, 16)}/styles.css">\n'
        '<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">\n'
        f'<script>window.wsb={{"websiteId":"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}","locale":"en-GB"}};</script>\n'
    )

    def widget(kind: str, inner: str) -> str:
        return f'<div data-ux="Widget" id="{_hex(rng, 8)}" class="x-el x-el-div c1-{kind}"><div data-ux="Container">{inner}</div></div>'

    body = (
        '<div id="layout-' + _hex(rng, 8) + '" class="layout layout-layout layout-layout-layout-21">'
        + widget(
            "header",
            f'<a data-ux="Link" href="/" class="x-el x-el-a">{esc(spec.name)}</a>'
            '<nav data-ux="Nav"><a href="/">Home</a><a href="/services">Services</a><a href="/about-us">About us</a>'
            '<a href="/contact-us">Contact us</a></nav>',
        )
        + widget(
            "hero",
            '<h1 data-ux="HeadingMajor">Computer problems fixed remotely – the same day</h1>'
            "<p>From slow laptops and pop-ups to email, printers and broadband, our UK-based engineers connect to "
            "your computer through a secure remote session and fix it while you watch. Trusted by over 20,000 "
            "households since 2015.</p>"
            f'<p data-ux="Text" class="phone-large">Freephone: <strong>{shown}</strong></p>'
            f'<div data-ux="Button" class="x-el x-el-a c1-button">{call}</div>',
        )
        + widget(
            "content",
            '<h2 data-ux="SectionHeading">What we fix</h2>'
            + _ul(
                (
                    "Slow or freezing computers, virus and malware removal",
                    "Email set-up and password recovery",
                    "Printer, scanner and Wi-Fi connection problems",
                    "New computer set-up and data transfer",
                )
            )
            + '<h2 data-ux="SectionHeading">Our plans</h2>'
            + _ul(("Single fix: £59", "Annual Care Plan: £179 – unlimited remote sessions", "No fix, no fee guarantee")),
        )
        + widget(
            "reviews",
            '<div class="feefo-review-badge"><img src="//img1.wsimg.com/isteam/ip/feefo-gold-trusted-service-2026.png" alt="Feefo Gold Trusted Service 2026">'
            f'<p><span class="stars">★★★★★</span> 4.9/5 from {rng.randint(1200, 2900):,} independent reviews</p></div>'
            '<img src="//img1.wsimg.com/isteam/ip/which-trusted-trader.png" alt="Which? Trusted Trader"> '
            '<img src="//img1.wsimg.com/isteam/ip/comptia-a-plus.png" alt="CompTIA A+ certified engineers">',
        )
        + widget(
            "footer",
            '<ul class="footer-links"><li><a href="/terms-and-conditions">Terms &amp; Conditions</a></li>'
            '<li><a href="/privacy-policy">Privacy Policy</a></li><li><a href="/cookie-policy">Cookie Policy</a></li>'
            '<li><a href="/refund-policy">Refund &amp; Cancellation</a></li><li><a href="/complaints">Complaints Procedure</a></li>'
            '<li><a href="/accessibility">Accessibility</a></li></ul>'
            f"<p>{esc(spec.name)} Ltd is registered in England and Wales, company number {company}. Registered office: "
            "Suite 4, 20-22 Wenlock Road, London N1 7GU. ICO data protection registration "
            f"{ico}. VAT no. {vat}.</p>"
            f"<p>Customer line {footer_no} · Mon–Sun 8am–9pm · Calls from UK landlines and mobiles are free.</p>"
            "<p>We are an independent computer support company. All trademarks belong to their owners. Payments "
            "processed securely by Stripe. 14-day cooling-off period under the Consumer Contracts Regulations.</p>"
            f'<p class="copyright">Copyright © 2026 {esc(spec.name)} Ltd – All Rights Reserved.</p>'
            '<p class="powered">Powered by GoDaddy</p>',
        )
        + '<div id="cookie-banner" data-ux="Block" class="cookie-consent" role="dialog"><p>This website uses cookies. We use '
        "cookies to analyse website traffic and optimise your website experience. By accepting our use of cookies, "
        'your data will be aggregated with all other user data.</p><button data-ux="Button">Accept</button> '
        '<button data-ux="Button">Decline</button></div></div>'
        f'<script src="//img1.wsimg.com/ceph-p3-01/website-builder-data-prod/static/widgets/UX.{rng.randint(4, 5)}.{rng.randint(10, 60)}.0.js"></script>'
    )
    return {
        "/": (document(spec.lang, f"{spec.name} | Remote Computer Repair UK – Freephone", body, head), s)
    }


# --- an unbranded German "PC-Nothilfe" on the STRATO Homepage-Baukasten, ?rn= only -------


@branded
def b20_de_strato_nothilfe_rn(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    digits = numbers.national_digits(own)
    site = _hex(rng, 12)

    def page(with_number: bool) -> tuple[str, Sheet]:
        s = Sheet()
        if with_number:
            s.hidden(own)  # the landing URL's ?rn=
        head = (
            '<meta name="generator" content="STRATO Homepage-Baukasten">\n'
            f'<link rel="stylesheet" href="https://www.strato-editor.com/.cm4all/res/static/{site}/site.css">\n'
            '<link rel="stylesheet" href="/.cm4all/widgetres.php/com.cm4all.wdn.PhotoSlideshow/css/style.css">\n'
        )
        script = (
            "<script>\n(function(){\n"
            "  var rn=(new URLSearchParams(window.location.search).get('rn')||'').replace(/\\D/g,'');\n"
            "  if(rn.length<9){return;}\n"
            "  var t=rn.replace(/^(\\d{4})(\\d{3})(\\d+)$/,'$1 $2 $3');\n"
            "  var box=document.querySelector('.cm-hotline');box.innerHTML='Sofort-Hotline: <a href=\"tel:'+rn+'\">'+t+'</a>';\n"
            "  box.style.display='block';document.querySelector('.cm-callback').classList.add('cm-callback--small');\n"
            "})();\n</script>"
        )
        body = (
            '<div id="cm-template" class="cm-templates-bsp"><div class="cm-kv-0"><header class="cm-header">'
            f'<div class="cm-logo"><a href="/">{esc(spec.name)}</a></div>'
            '<nav class="cm-navigation"><ul><li class="cm_current"><a href="/">Start</a></li><li><a href="/leistungen">Leistungen</a></li>'
            '<li><a href="/preise">Preise</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>'
            '<div class="cm-content"><div class="cm_column" id="content_main">'
            '<div class="cm_widget cm_widget_text"><h1>PC-Nothilfe direkt – wir helfen sofort per Fernwartung</h1>'
            "<p>Ihr Computer startet nicht richtig, ist voller Werbung oder Ihr Drucker und Ihre E-Mails streiken? "
            "Unsere IT-Techniker schalten sich nach Ihrem Anruf per AnyDesk auf Ihren Rechner und lösen das Problem "
            "in der Regel in 20 Minuten – bundesweit, auch am Wochenende.</p></div>"
            '<div class="cm_widget cm-hotline" style="display:none"></div>'
            '<div class="cm_widget cm-callback"><form method="post" action="/.cm4all/mailer/send.php">'
            f'<input type="hidden" name="cm_form_id" value="{_hex(rng, 10)}">'
            '<label>Name <input name="name"></label><label>Telefon <input name="telefon" type="tel"></label>'
            '<button type="submit">Rückruf anfordern</button></form></div>'
            '<div class="cm_widget cm_widget_text"><h2>Unsere Preise</h2>'
            + _ul(("Soforthilfe bis 30 Minuten: 69 €", "Jahresschutz PC-Sorglos: 199 € für 3 Geräte", "Zufrieden oder Geld zurück"))
            + "</div></div></div>"
            f'<footer class="cm-footer"><p>© 2026 {esc(spec.name)} · <a href="/impressum">Impressum</a> · '
            '<a href="/datenschutz">Datenschutz</a> · <a href="/kontakt">Kontakt</a></p></footer></div></div>'
            + script
        )
        return document(spec.lang, f"{spec.name} – PC-Hilfe per Fernwartung", body, head, ' class="cm4all-page"'), s

    landing = (
        f"/?rn={digits}&utm_source=google&utm_medium=cpc&utm_campaign=nothilfe-{rng.randint(100, 999)}"
        f"&gclid={_letters(rng, 3)}{_hex(rng, 22)}"
    )
    return {"/": page(False), landing: page(True)}


# --- a Quebec McAfee renewal refund lure on Systeme.io ----------------------------------


@branded
def b20_cafr_systemeio_mcafee_refund(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    paren = s.num(own, "us_dash", "double_paren")  # ((1+855_612_4387))
    g = numbers.groups(own)
    plus = _written(s, own, f"((+1)) {g[0]} {g[1]} {g[2]}")  # ((+1)) 855 612 4387
    call = s.tel(own, "Annuler et être remboursé")
    invoice = f"MCA-QC-{rng.randint(1000000, 9999999)}"
    head = (
        f'<link rel="stylesheet" href="https://d1yei2z3i6k35z.cloudfront.net/{rng.randint(1000000, 9999999)}/{_hex(rng, 12)}_main.css">\n'
        '<meta name="generator" content="systeme.io">\n'
        f'<script>window.__SIO__={{"pageId":{rng.randint(10000000, 99999999)},"locale":"fr","type":"sales_funnel"}};</script>\n'
    )

    def block(kind: str, inner: str) -> str:
        return f'<div class="sc-{kind} styled__{kind}Ui-sc-{_letters(rng, 6)}" data-test-id="{kind}-{rng.randint(100, 999)}">{inner}</div>'

    body = (
        '<div id="app"><div class="page-container">'
        + block("Image", '<img src="https://d1yei2z3i6k35z.cloudfront.net/assets/mcafee-logo-rouge.png" alt="McAfee" width="150">')
        + block(
            "Text",
            "<h1>Avis de renouvellement automatique – McAfee Total Protection</h1>"
            f'<table class="facture"><tr><td>N° de facture</td><td>{invoice}</td></tr>'
            "<tr><td>Produit</td><td>McAfee Total Protection – 10 appareils – 2 ans</td></tr>"
            "<tr><td>Montant débité</td><td><strong>399,99 $ CA (taxes incluses)</strong></td></tr>"
            "<tr><td>Mode de paiement</td><td>Carte se terminant par ****</td></tr></table>"
            "<p>Votre abonnement a été renouvelé automatiquement aujourd’hui. Si vous n’avez pas autorisé ce "
            "renouvellement, vous pouvez l’annuler et obtenir un remboursement complet dans les 24 heures suivant "
            "la transaction.</p>"
            f"<p>Service de remboursement McAfee (sans frais) : <strong>{paren}</strong></p>"
            f"<p>Ou composez le {plus} – du lundi au samedi, 8 h à 20 h (HE).</p>",
        )
        + block("Button", f'<p class="sio-button">{call}</p>')
        + block(
            "Text",
            '<p class="petit">Après 24 heures, le montant ne pourra plus être remboursé. Ne répondez pas à ce '
            'message. <a href="/assistance">Assistance</a> · <a href="/confidentialite">Confidentialité</a></p>',
        )
        + '</div><div class="sio-badge"><a href="https://systeme.io/fr?sa=sa" rel="nofollow">Propulsé par systeme.io</a></div></div>'
    )
    return {
        "/": (document(spec.lang, "McAfee – Avis de renouvellement – 399,99 $", body, head, ' class="sio-body"'), s)
    }


# --- a Japanese iPhone browser locker, fullwidth 0120 digits ------------------------------


@branded
def b20_ja_locker_iphone_fullwidth(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "dashed", "fullwidth")  # ０１２０－５８３－９１７
    code = f"0x8{rng.choice('0123')}{rng.randint(10, 99)}{_hex(rng, 3).upper()}"
    said = numbers.write(own, "dashed")
    message = (
        f"警告！お使いの iPhone は 4 件のウイルスに感染しています（エラー {code}）。"
        f"Apple サポートに今すぐお電話ください。フリーダイヤル {said}"
    )
    head = (
        "<style>html,body{margin:0;height:100%;background:#000;color:#fff;font-family:-apple-system,'Hiragino Sans',sans-serif;overflow:hidden}"
        ".sheet{position:fixed;top:12%;left:5%;right:5%;background:#f2f2f7;color:#111;border-radius:14px;text-align:center}"
        ".sheet .h{font-weight:700;padding:16px}.tel{font-size:26px;font-weight:700;color:#d70015}.scan i{display:block;height:6px;background:#d70015}</style>\n"
    )
    body = (
        '<div class="sheet" role="alertdialog" aria-modal="true"><div class="h">Apple セキュリティ警告</div>'
        "<h1>iPhone がハッキングされ、4 件のウイルスが見つかりました</h1>"
        '<div class="scan"><i></i></div><p>スキャン完了：Trojan.iOS.Pegasus、Spyware.Agent ほか</p>'
        "<p>写真、連絡先、LINE のメッセージ、クレジットカード情報が外部に送信されています。このページを閉じると "
        "iPhone がロックされ、データが削除されるおそれがあります。</p>"
        f"<p>エラーコード：{code}</p>"
        "<p>Apple サポートセンター（通話無料・24時間）：</p>"
        f'<p class="tel">{wide}</p>'
        '<p><button id="ok">今すぐ電話する</button> <button id="close">閉じる</button></p></div>'
        '<audio id="siren" src="/media/keikoku-iphone.mp3" autoplay loop playsinline></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement;function full(){try{(e.requestFullscreen||e.webkitRequestFullscreen).call(e);}catch(x){}}\n"
        "  d.addEventListener('touchstart',function(){full();d.getElementById('siren').play();if(navigator.vibrate){navigator.vibrate([400,200,400,200,800]);}});\n"
        "  window.addEventListener('beforeunload',function(v){v.preventDefault();v.returnValue='';});\n"
        "  for(var i=0;i<50;i++){history.pushState({p:i},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);full();});\n"
        f"  var m={json_str(message)};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='ja-JP';speechSynthesis.speak(u);}\n"
        "  (function loop(){if(!confirm(m)){alert(m);}setTimeout(loop,2000);})();\n"
        "  d.getElementById('close').onclick=function(){alert(m);full();};\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Apple セキュリティ警告 – iPhone ウイルス感染 ({code})", body, head), s)}


# --- an Austrian Defender browser locker, the number built from a digit array --------------


@branded
def b20_at_locker_defender_jsdigits(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # a script's digit array
    digits = numbers.national_digits(own)
    array = ",".join(digits)  # 0,8,0,0,7,4,6,2,1,5
    code = f"0x8{rng.choice('0124')}{rng.randint(100, 999)}"
    head = (
        "<style>html,body{margin:0;height:100%;background:#0067b8;color:#fff;font-family:'Segoe UI',Arial,sans-serif;overflow:hidden}"
        ".win{width:700px;margin:50px auto;background:#fff;color:#1b1b1b;box-shadow:0 0 40px #000}.win .t{background:#1b1b1b;color:#fff;padding:8px 14px}"
        ".win .c{padding:18px 26px}.nr{font-size:30px;font-weight:700;color:#c50f1f;text-align:center}</style>\n"
    )
    threats = _ul(("Trojan:Win32/Wacatac.B!ml", "Spyware:Win32/BankSteal", "PUA:Win32/Keylogger.Agent"), "threats")
    body = (
        '<div class="win" role="alertdialog" aria-modal="true"><div class="t">Windows-Sicherheit – Microsoft Defender SmartScreen</div><div class="c">'
        "<h1>Zugriff auf diesen PC wurde aus Sicherheitsgründen gesperrt</h1>"
        f"<p>Windows Defender hat verdächtige Aktivitäten festgestellt (Fehlercode {code}). Gefundene Bedrohungen:</p>{threats}"
        "<p>Ihre Bankdaten, Passwörter und Fotos könnten gestohlen werden. Schalten Sie den Computer nicht aus und "
        "schließen Sie dieses Fenster nicht.</p>"
        "<p>Rufen Sie den Microsoft-Support gebührenfrei an (Österreich):</p>"
        '<p class="nr" id="nr">…</p>'
        '<p><button id="scan">Jetzt scannen</button> <button id="weg">Abbrechen</button></p></div></div>'
        '<audio id="ton" src="warnton-de.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        f"  var z=[{array}],n=z.join(''),t=n.slice(0,4)+' '+n.slice(4);\n"
        "  document.getElementById('nr').textContent=t;document.title=t+' – Windows-Sicherheit';\n"
        "  var d=document,e=d.documentElement;function voll(){try{e.requestFullscreen();}catch(x){}try{navigator.keyboard&&navigator.keyboard.lock();}catch(x){}}\n"
        "  d.addEventListener('mousedown',function(){voll();d.getElementById('ton').play();});\n"
        "  d.addEventListener('keydown',function(v){v.preventDefault();voll();});\n"
        "  window.addEventListener('beforeunload',function(v){v.returnValue='Ihr PC ist gesperrt';});\n"
        "  for(var i=0;i<30;i++){history.pushState({w:i},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);voll();});\n"
        "  var m='Windows-Sicherheit: Ihr PC ist gesperrt. Rufen Sie sofort den Microsoft-Support an: '+t;\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='de-AT';speechSynthesis.speak(u);}\n"
        "  (function los(){if(!confirm(m)){alert(m);}setTimeout(los,3000);})();\n"
        "  d.getElementById('weg').onclick=function(){alert(m);voll();};d.getElementById('scan').onclick=voll;\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Windows-Sicherheit – PC gesperrt ({code})", body, head), s)}


# --- a Swiss hotline directory on Textpattern, three numbers of one block ----------------


@branded
def b20_ch_textpattern_hotline_directory(spec: Spec, rng: Random) -> Drafts:
    n0, n1, n2 = spec.phones
    s = Sheet()
    rows = (
        ("Microsoft Kundendienst Schweiz", n0, "national", "Konto gesperrt, Lizenz, Windows-Aktivierung"),
        ("Outlook / Hotmail Support", n0, "intl", "Passwort vergessen, Postfach voll"),
        ("HP Drucker-Hotline", n1, "national", "Drucker offline, HP Smart, Treiber"),
        ("Epson Kundendienst", n1, "compact", "EcoTank, Fehlermeldung, WLAN"),
        ("Amazon Kundenservice Schweiz", n2, "national", "Bestellung, Prime, Konto gesperrt"),
        ("Netflix Hilfe-Center", n2, "intl", "Anmeldung, Abo kündigen, Zahlung"),
    )
    table = "".join(
        f'<tr><td class="firma">{esc(name)}</td><td class="nummer">{s.tel(n, s.num(n, style))}</td>'
        f"<td>{esc(topics)}</td><td>gratis</td></tr>"
        for name, n, style, topics in rows
    )
    head = (
        '<meta name="generator" content="Textpattern CMS">\n'
        f'<link rel="stylesheet" href="/css.php?n=default&amp;t={rng.randint(100, 999)}">\n'
        f'<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/">\n'
    )
    body = (
        f'<div class="wrapper"><header class="site-header"><h1 class="site-name"><a href="/">{esc(spec.name)}</a></h1>'
        '<p class="site-slogan">Alle Hotlines auf einen Blick</p></header>'
        '<nav class="site-navigation"><ul class="section_list"><li class="active"><a href="/">Startseite</a></li>'
        '<li><a href="/technik/">Technik</a></li><li><a href="/telekom/">Telekom</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>'
        '<main class="site-main"><article class="article" itemscope itemtype="https://schema.org/Article">'
        '<h2 itemprop="headline">Kundendienst-Telefonnummern Schweiz 2026</h2>'
        "<p>Hier finden Sie die wichtigsten Kundendienst- und Supportnummern für Computer, Drucker und "
        "Onlinedienste in der Schweiz. Alle Nummern sind aus dem Festnetz und Mobilnetz gratis erreichbar, "
        "Mo–So 8–21 Uhr. Letzte Prüfung: März 2026.</p>"
        '<table class="hotlines"><thead><tr><th>Firma</th><th>Nummer</th><th>Hilfe bei</th><th>Kosten</th></tr></thead>'
        f"<tbody>{table}</tbody></table>"
        '<p class="footnote">Angaben ohne Gewähr. Marken- und Firmennamen gehören den jeweiligen Inhabern; '
        "Anrufe werden von unserem Partner-Callcenter entgegengenommen und weitergeleitet.</p></article></main>"
        f'<footer class="site-footer"><p>© 2018–2026 {esc(spec.name)} · <a href="/kontakt/">Kontakt</a> · '
        '<a href="/impressum/">Impressum</a></p><p>Published with <a href="https://textpattern.com" rel="external">Textpattern CMS</a></p></footer></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Hotlines gratis", body, head), s)}


# --- a Flemish Epson printer helpdesk on Odoo, JSON-LD only ---------------------------------


@branded
def b20_be_odoo_epson_jsonld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # JSON-LD only
    ld = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": spec.name,
        "url": f"https://{spec.host}/",
        "telephone": numbers.write(own, "pairs"),
        "address": {"@type": "PostalAddress", "addressLocality": "Mechelen", "addressCountry": "BE"},
        "openingHoursSpecification": {"@type": "OpeningHoursSpecification", "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], "opens": "08:00", "closes": "21:00"},
        "contactPoint": {"@type": "ContactPoint", "telephone": own, "contactType": "customer support", "areaServed": "BE", "availableLanguage": ["Dutch", "French"]},
    }
    token = _hex(rng, 40)
    head = (
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        '<meta name="generator" content="Odoo">\n'
        f'<link type="text/css" rel="stylesheet" href="/web/assets/{rng.randint(1000, 9999)}-{_hex(rng, 7)}/1/web.assets_frontend.min.css">\n'
        f'<script>var odoo={{csrf_token:"{token}",debug:""}};</script>\n'
    )
    body = (
        '<div id="wrapwrap" class="homepage"><header id="top" data-anchor="true" data-name="Header" class="o_header_standard">'
        '<nav class="navbar navbar-expand-lg navbar-light o_colored_level"><div class="container">'
        f'<a href="/" class="navbar-brand logo"><img src="/web/image/website/1/logo/Epson" alt="Epson"> {esc(spec.name)}</a>'
        '<ul class="nav navbar-nav"><li class="nav-item"><a class="nav-link active" href="/">Home</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/printers">Printers</a></li><li class="nav-item"><a class="nav-link" href="/contactus">Contact</a></li></ul></div></nav></header>'
        '<main><div id="wrap" class="oe_structure oe_empty">'
        '<section class="s_banner o_colored_level" data-snippet="s_banner" data-name="Banner"><div class="container">'
        "<h1>Epson printer offline of drukt niet? Onze Epson-specialisten bellen u terug</h1>"
        "<p>Uw Epson EcoTank, Expression of WorkForce staat offline, geeft een foutmelding of vindt uw wifi niet meer? "
        "Laat uw nummer achter: een Epson-technicus belt u binnen 10 minuten terug en lost het probleem op afstand "
        "op. Of tik op ‘Bellen’ bij ons in de zoekresultaten.</p></div></section>"
        '<section class="s_website_form" data-snippet="s_website_form"><div class="container">'
        '<form action="/website/form/" method="post" class="o_mark_required" data-model_name="crm.lead">'
        f'<input type="hidden" name="csrf_token" value="{token}">'
        '<div class="s_website_form_field"><label>Naam</label><input type="text" name="contact_name"></div>'
        '<div class="s_website_form_field"><label>Telefoon</label><input type="tel" name="phone"></div>'
        '<div class="s_website_form_field"><label>Printermodel</label><input type="text" name="description"></div>'
        '<a href="#" role="button" class="btn btn-primary s_website_form_send">Bel mij terug</a></form></div></section>'
        '<section class="s_text_block"><div class="container"><h2>Wij helpen bij</h2>'
        + _ul(("Epson printer offline of niet gevonden", "Epson Smart Panel en Epson Connect", "Inktpatronen niet herkend", "Scanner werkt niet na update"))
        + "</div></section></div></main>"
        f'<footer id="bottom" class="o_footer"><div class="container"><p>© 2026 {esc(spec.name)} · Mechelen · '
        '<a href="/contactus">Contact</a> · <a href="/privacy">Privacy</a></p>'
        '<div class="o_brand_promotion">Aangedreven door <a target="_blank" class="badge badge-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">Odoo</a></div></div></footer></div>'
        f'<script type="text/javascript" src="/web/assets/{rng.randint(1000, 9999)}-{_hex(rng, 7)}/1/web.assets_frontend_lazy.min.js" defer></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Epson printer offline? Wij bellen terug", body, head, ' class="o_web_client"'), s)}


# --- a Dutch Outlook helpdesk on Firebase web.app, banner alt text only ------------------


@branded
def b20_nl_firebase_outlook_alt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # the banner's alt text
    alt = f"Outlook Hulp Nederland: bel {numbers.write(own, 'trunk_dash')} (lokaal tarief) – ma t/m zo 8-22 uur"
    v = _hex(rng, 8)
    head = (
        f'<link rel="stylesheet" href="/assets/index-{_hex(rng, 8)}.css">\n'
        f'<script type="module" crossorigin src="/assets/index-{_hex(rng, 8)}.js"></script>\n'
        '<link rel="icon" href="/favicon-outlook.ico">\n'
        '<script defer src="/__/firebase/init.js?useEmulator=false"></script>\n'
    )
    body = (
        f'<div id="app" data-v-app=""><div class="layout" data-v-{v}="">'
        f'<header class="topbar" data-v-{v}=""><img src="/img/outlook-logo.svg" alt="Microsoft Outlook" data-v-{v}=""><span>{esc(spec.name)}</span>'
        f'<nav data-v-{v}=""><a href="/#/">Home</a><a href="/#/problemen">Problemen</a><a href="/#/contact">Contact</a></nav></header>'
        f'<main data-v-{v}=""><section class="hero" data-v-{v}="">'
        "<h1>Hotmail of Outlook werkt niet? Wij helpen u direct weer op weg</h1>"
        "<p>Kunt u niet meer inloggen op Hotmail, Live.nl of Outlook.com, is uw account geblokkeerd of komen uw "
        "e-mails niet meer binnen op uw pc of telefoon? Onze Outlook-specialisten herstellen uw mailbox, "
        "wachtwoord en instellingen – vaak binnen een kwartier.</p>"
        f'<img class="banner" src="/img/outlook-hulp-bel-{_hex(rng, 6)}.png" width="880" height="180" alt="{esc(alt)}" data-v-{v}="">'
        f'<a class="btn" href="/#/contact" data-v-{v}="">Direct hulp aanvragen</a></section>'
        f'<section class="topics" data-v-{v}=""><h2>Waar wij mee helpen</h2>'
        + _ul(("Hotmail-wachtwoord vergeten", "Outlook-account geblokkeerd of gehackt", "Outlook synchroniseert niet op iPhone of Android", "Mailbox vol / e-mails kwijt"))
        + "</section></main>"
        f'<footer data-v-{v}=""><p>© 2026 {esc(spec.name)} · Onafhankelijke e-mailhulp · <a href="/#/contact">Contact</a></p></footer></div></div>'
    )
    return {"/": (document(spec.lang, "Outlook Hulp Nederland – Hotmail & Outlook helpdesk", body, head), s)}


# --- a US Lenovo help center on Softr, URL-encoded only ----------------------------------


@branded
def b20_us_softr_lenovo_urlenc(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # URL-encoded in the link and an attribute
    enc = quote(numbers.write(own, "intl"), safe="")  # %2B1%20833%20490%201726
    app = _hex(rng, 8) + "-" + _hex(rng, 4)
    head = (
        '<meta name="generator" content="Softr">\n'
        f'<link rel="stylesheet" href="https://assets.softr-files.com/applications/{app}/assets/app.css">\n'
        f'<script>window.softr_application_id="{app}";window.softr_page_slug="home";</script>\n'
    )
    script = (
        "<script>\n(function(){\n"
        "  document.querySelectorAll('[data-phone]').forEach(function(el){\n"
        "    var p=decodeURIComponent(el.getAttribute('data-phone'));el.textContent=el.textContent+' '+p;});\n"
        "})();\n</script>"
    )

    def block(kind: str, inner: str) -> str:
        return f'<div class="softr-block softr-{kind}" data-block-id="{kind}{rng.randint(1, 9)}"><div class="container">{inner}</div></div>'

    body = (
        '<div id="softr-app">'
        + block(
            "header",
            f'<a class="navbar-brand" href="/"><img src="https://assets.softr-files.com/applications/{app}/assets/lenovo-red.png" alt="Lenovo"> {esc(spec.name)}</a>'
            '<nav><a href="/">Home</a><a href="/guides">Guides</a><a href="/contact">Contact</a></nav>',
        )
        + block(
            "hero",
            "<h1>Lenovo Laptop Help Center – expert help for ThinkPad, IdeaPad, Yoga and Legion</h1>"
            "<p>Lenovo laptop stuck on the logo, black screen, battery not charging, Lenovo Vantage errors or a BIOS "
            "password you forgot? Talk to a certified Lenovo technician now. We connect securely and fix most "
            "problems in one call.</p>"
            f'<a class="sw-btn sw-btn-primary" href="tel:{enc}" data-phone="{enc}">Call Lenovo Help</a>'
            '<p class="sw-note">Toll-free · 24/7 · USA &amp; Canada</p>',
        )
        + block(
            "list",
            "<h2>Popular Lenovo fixes</h2>"
            + _ul(("Lenovo laptop won’t boot", "ThinkPad keyboard or trackpad not working", "Windows update failed on IdeaPad", "Lenovo Vantage driver errors")),
        )
        + block(
            "footer",
            f'<p>© 2026 {esc(spec.name)} · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>'
            '<p class="softr-badge">Made with Softr</p>',
        )
        + "</div>"
        + script
    )
    return {"/": (document(spec.lang, f"{spec.name} | Lenovo Laptop Support 24/7", body, head), s)}


# --- a Finnish Canon printer helpdesk on WordPress.com, keycap digits and a flag ----------


@branded
def b20_fi_wpcom_canon_keycaps(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # ['09', '72531846']
    sub = g[1][:4] + " " + g[1][4:]
    keycaps = " ".join("".join(c + KEYCAP for c in part) for part in (g[0], *sub.split()))
    shown = _written(s, own, f"☎️ {keycaps} 🇫🇮")
    plain_hint = _written(s, own, f"{g[0]} {sub} 🇫🇮 Suomi")
    blog = rng.randint(200000000, 249999999)
    head = (
        f"<link rel='stylesheet' id='all-css-0' href='https://s0.wp.com/_static/??-{_letters(rng, 24)}==' type='text/css' media='all'>\n"
        '<meta name="generator" content="WordPress.com">\n'
        f"<script>var _wpcom_blog_id={blog};</script>\n"
        "<link rel='dns-prefetch' href='//s0.wp.com'>\n"
    )
    body = (
        '<div class="wp-site-blocks"><header class="wp-block-template-part">'
        '<div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="/">'
        f"{esc(spec.name)}</a></p>"
        '<nav class="wp-block-navigation"><a href="/">Etusivu</a><a href="/ohjeet/">Ohjeet</a><a href="/tuki/yhteystiedot/">Yhteystiedot</a></nav></div></header>'
        '<main class="wp-block-group"><div class="entry-content wp-block-post-content is-layout-constrained">'
        '<h1 class="wp-block-heading">Canon-tulostin ei tulosta? Canon-tuki auttaa heti puhelimessa</h1>'
        "<p>Canon PIXMA tai MAXIFY näyttää offline-tilaa, tulostusjono jumittuu, skanneri ei löydy tai "
        "Wi-Fi-yhteys katkeaa? Sertifioidut Canon-asiantuntijamme korjaavat ongelman etäyhteydellä – usein "
        "alle 20 minuutissa.</p>"
        f'<p class="has-x-large-font-size"><strong>{shown}</strong></p>'
        f"<p>Soita: {plain_hint} · ma–su 8–22</p>"
        '<h2 class="wp-block-heading">Yleisimmät ongelmat</h2>'
        + _ul(("Canon-tulostin offline-tilassa", "Canon PRINT -sovellus ei löydä tulostinta", "Mustekasetti ei tunnistu", "Ajurit Windows-päivityksen jälkeen"), "wp-block-list")
        + "</div></main>"
        '<footer class="wp-block-template-part"><p class="has-small-font-size">'
        f'© 2026 {esc(spec.name)} · <a href="/tuki/yhteystiedot/">Yhteystiedot</a> · <a href="/tietosuoja/">Tietosuoja</a></p>'
        '<p class="has-small-font-size"><a href="https://wordpress.com/?ref=footer_custom_svg" rel="nofollow">Luo verkkosivusto tai blogi osoitteessa WordPress.com</a></p></footer></div>'
        f"<script src='https://s0.wp.com/wp-content/js/bilmur.min.js?m={rng.randint(100, 999)}' defer></script>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – Canon-tulostimen tuki puhelimessa", body, head, ' class="home blog wp-embed-responsive"'), s)}


# --- an Alsatian pétanque club's old PluXml site, hacked, "Assistance Outlook" -------------


@branded
def b20_fr_pluxml_petanque_outlook(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = _written(s, own, numbers.write(own, "intl") + " (FR)")  # +33 9 74 59 21 36 (FR)
    call = s.tel(own, "Appeler l’assistance Outlook")
    head = (
        '<meta name="generator" content="PluXml 5.8.7">\n'
        '<link rel="stylesheet" href="/themes/defaut/css/plucss.min.css" media="screen">\n'
        '<link rel="stylesheet" href="/themes/defaut/css/theme.min.css" media="screen">\n'
        '<link rel="alternate" type="application/rss+xml" title="Fil Rss des articles" href="/feed.php?rss">\n'
    )

    def art(aid: int, date: str, title: str, cat: str, inner: str) -> str:
        slug = title.lower().replace(" ", "-").replace("’", "").replace("é", "e").replace("è", "e").replace("ô", "o")
        return (
            f'<article class="article" id="post-{aid}" role="article"><header><span class="art-date"><time datetime="{date}">{date}</time></span>'
            f'<h2><a href="/index.php?article{aid}/{esc(slug)}" title="{esc(title)}">{esc(title)}</a></h2>'
            f'<div><small><span class="written-by">Rédigé par admin</span> · <span class="classified-in">Classé dans : {esc(cat)}</span></small></div></header>'
            f'<section class="art-chapo">{inner}</section></article>'
        )

    body = (
        '<header class="header sticky"><div class="container"><div class="grid"><div class="col sml-6 med-5 lrg-4">'
        f'<div class="logo"><h1 class="no-margin heading-small"><a class="maintitle" href="/" title="{esc(spec.name)}">{esc(spec.name)}</a></h1>'
        '<h2 class="h5 no-margin">Boulodrome du Stade · depuis 1987</h2></div></div>'
        '<div class="col sml-6 med-7 lrg-8"><nav class="nav"><ul class="inline-list"><li><a class="active" href="/">Accueil</a></li>'
        '<li><a href="/index.php?static1/le-club">Le club</a></li><li><a href="/index.php?static2/concours">Concours</a></li>'
        '<li><a href="/index.php?static3/contact">Contact</a></li></ul></nav></div></div></div></header>'
        '<main class="main"><div class="container"><div class="grid"><div class="content col med-9">'
        + art(
            214,
            "2026-02-27",
            "Assistance Outlook Hotmail – compte bloqué",
            "Informatique",
            "<p><strong>Votre compte Outlook ou Hotmail est bloqué, piraté ou vous avez oublié votre mot de passe ?</strong> "
            "Les techniciens de l’assistance Microsoft Outlook vous aident par téléphone à récupérer votre boîte mail, "
            "vos contacts et vos e-mails supprimés, 7j/7.</p>"
            f"<p>Assistance Outlook France : <strong>{hint}</strong> – {call}</p>",
        )
        + art(
            209,
            "2026-02-08",
            "Concours officiel en doublettes du 14 mars",
            "Concours",
            "<p>Notre concours officiel en doublettes aura lieu le samedi 14 mars au boulodrome du stade. "
            "Inscriptions sur place à partir de 13 h 30, jet du but à 14 h 30. Buvette et tartes flambées.</p>",
        )
        + art(
            203,
            "2026-01-17",
            "Assemblée générale et galette des rois",
            "Vie du club",
            "<p>Merci aux 46 licenciés présents à l’assemblée générale. Le bureau a été réélu et les licences 2026 "
            "sont disponibles auprès du trésorier.</p>",
        )
        + '</div><aside class="aside col med-3"><h3>Catégories</h3><ul class="cat-list unstyled-list">'
        '<li><a href="/index.php?categorie1/concours">Concours</a></li><li><a href="/index.php?categorie2/vie-du-club">Vie du club</a></li>'
        '<li><a href="/index.php?categorie5/informatique">Informatique</a></li></ul></aside></div></div></main>'
        f'<footer class="footer"><div class="container"><p>© 2012–2026 {esc(spec.name)} – Riedisheim · '
        'Généré par <a href="https://www.pluxml.org" title="Blog ou Cms sans base de données">PluXml</a></p></div></footer>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Assistance Outlook Hotmail", body, head), s)}


TEMPLATES = {
    "b20_nl_jouwweb_rabobank_security": with_contact("/contact", b20_nl_jouwweb_rabobank_security),
    "b20_gb_godaddy_remote_trust": with_contact("/contact-us", b20_gb_godaddy_remote_trust),
    "b20_de_strato_nothilfe_rn": with_contact("/kontakt", b20_de_strato_nothilfe_rn),
    "b20_cafr_systemeio_mcafee_refund": with_contact("/assistance", b20_cafr_systemeio_mcafee_refund),
    "b20_ja_locker_iphone_fullwidth": b20_ja_locker_iphone_fullwidth,
    "b20_at_locker_defender_jsdigits": b20_at_locker_defender_jsdigits,
    "b20_ch_textpattern_hotline_directory": with_contact("/kontakt/", b20_ch_textpattern_hotline_directory),
    "b20_be_odoo_epson_jsonld": with_contact("/contactus", b20_be_odoo_epson_jsonld),
    "b20_nl_firebase_outlook_alt": with_contact("/contact", b20_nl_firebase_outlook_alt),
    "b20_us_softr_lenovo_urlenc": with_contact("/contact", b20_us_softr_lenovo_urlenc),
    "b20_fi_wpcom_canon_keycaps": with_contact("/tuki/yhteystiedot/", b20_fi_wpcom_canon_keycaps),
    "b20_fr_pluxml_petanque_outlook": with_contact("/index.php?static3/contact", b20_fr_pluxml_petanque_outlook),
}
