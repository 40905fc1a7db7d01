"""Thirteenth batch of held-out scam templates: page shells no earlier batch uses.

ie_squarespace_ms_trust (an Irish "Microsoft Support Ireland" on a Squarespace 7.1 shell
with a copied trust footer: CRO and VAT numbers, terms, privacy, reviews, "since 2011"),
ie_aspnet_outlook_js (the same campaign's number on an Azure App Service ASP.NET Web Forms
shell: on the home page only as pieces a script joins, on the spam mail's landing page only
in ?nr=), at_locker_slash (an Austrian Windows browser locker, "01/265 04 417"),
vl_zyro_hp_printer (a Flemish HP printer installation "help" on a Hostinger Website
Builder shell, "02 588 14 63 (BE)" with the country after the number),
fi_bootstrap_norton_hyvitys (a Finnish Norton renewal refund lure with an amount, the
number split into decorated spans), us_generatepress_techs (an unbranded US "call our
certified technicians" page on WordPress GeneratePress with JSON-LD), ja_cocoon_apple_support
(a Japanese Apple ID "support centre" on the WordPress Cocoon theme, fullwidth free dial and
img alt) and fr_hacked_creperie_wp (a Quimper crêperie's old WordPress site, hacked: the
restaurant's home page left as it was plus a hidden link block and an injected
"Assistance Microsoft France" page).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

import base64
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


# --- Irish "Microsoft Support Ireland" on Squarespace 7.1 with a copied trust footer ----


@branded
def ie_squarespace_ms_trust(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    brackets = _written(s, own, f"({g[0]}) {g[1]} {g[2]}")  # (01) 443 8127
    intl = s.num(own, "intl_zero_spaced")  # +353 (0)1 443 8127
    website_id = _hex(rng, 24)
    cro = rng.randint(600000, 729999)
    vat = f"IE{rng.randint(3000000, 3999999)}{rng.choice('ABCDEFGH')}H"

    def section(inner: str, theme: str = "white") -> str:
        sid = _hex(rng, 24)
        return (
            f'<section data-test="page-section" data-section-theme="{theme}" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle {theme}" data-section-id="{sid}">'
            '<div class="section-border"><div class="section-background"></div></div>'
            f'<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-{sid}">{inner}</div></div></div></section>'
        )

    def block(inner: str) -> str:
        bid = f"block-yui_3_17_2_1_{rng.randint(1690000000000, 1709999999999)}_{rng.randint(1000, 99999)}"
        return (
            f'<div class="fe-block fe-block-{_hex(rng, 20)}"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="{bid}">'
            f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div></div>'
        )

    call = s.tel(own, "Call a Microsoft technician", national=True).replace(
        "<a ", '<a class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element" ', 1
    )
    context = {
        "website": {"id": website_id, "siteTitle": spec.name, "language": "en-IE", "timeZone": "Europe/Dublin"},
        "templateId": "5c5a519771c10ba3470d8101",
        "templateVersion": "7.1",
    }
    head = (
        "<!-- This is Squarespace. --><!-- microsoftsupport-ireland -->\n"
        f'<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/{website_id}/{rng.randint(10, 99)}/{_hex(rng, 24)}/{_hex(rng, 24)}/{rng.randint(1000, 9999)}/site.css">\n'
        f"<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {json.dumps(context)};</script>\n"
    )
    services = "".join(
        f"<h3>{esc(a)}</h3><p>{esc(b)}</p>"
        for a, b in (
            ("Outlook & Hotmail recovery", "Locked out of your Microsoft account or Outlook mailbox? We restore access the same day."),
            ("Windows errors & viruses", "Blue screens, pop-ups, a slow laptop – a certified engineer connects and fixes it while you watch."),
            ("Microsoft 365 & licences", "Activation problems, expired subscriptions and Office apps that will not open."),
        )
    )  # fmt: skip
    reviews = "".join(
        f'<blockquote><p>“{esc(q)}”</p><p>— {esc(w)}</p></blockquote>'
        for q, w in (
            ("Got my Outlook back in twenty minutes, the man was very patient with me.", "Mary, Galway"),
            ("Fixed the virus on my laptop over the phone. Highly recommend.", "Declan, Cork"),
        )
    )
    body = (
        '<div id="siteWrapper" class="clearfix site-wrapper">'
        '<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">'
        '<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">'
        f'<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/{website_id}/{_hex(rng, 24)}/ms-support-ie-logo.png?format=1500w" alt="{esc(spec.name)}"></a></div>'
        '<div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/" aria-current="page">Home</a></div>'
        '<div class="header-nav-item"><a href="/services">Services</a></div><div class="header-nav-item"><a href="/contact-us">Contact us</a></div></nav></div>'
        f'<div class="header-actions"><div class="header-actions-action"><span class="header-phone">{brackets}</span></div></div></div></div></header>'
        '<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="' + _hex(rng, 24) + '">'
        + section(
            block(
                "<h1>Microsoft Support Ireland – Outlook, Windows &amp; Microsoft 365 help</h1>"
                "<p>Irish-based engineers for home users and small businesses. We answer within seconds, connect securely "
                "and sort out account lock-outs, error messages and infections on the first call.</p>"
                f'<p class="sqsrte-large">Freephone advice line: <strong>{brackets}</strong></p>'
            )
            + f'<div class="fe-block"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center">{call}</div></div></div></div>',
            "dark",
        )
        + section(block(services))
        + section(
            block(
                '<h2>What our customers say</h2><p class="review-score"><strong>Excellent</strong> · rated 4.7 out of 5 '
                "from 1,904 reviews on Trustpilot</p>" + reviews
            ),
            "light",
        )
        + "</article></main>"
        '<footer class="sections" id="footer-sections" data-footer-sections>'
        + section(
            block(
                f"<p><strong>{esc(spec.name)}</strong> – trusted by Irish households since 2011.</p>"
                f"<p>3 Grand Canal Quay, Dublin 2, D02 X576 · {intl} · help@microsoftsupport-ireland.ie</p>"
                f"<p>Registered in Ireland, CRO {cro} · VAT {vat}</p>"
                '<p><a href="/terms-and-conditions">Terms &amp; Conditions</a> · <a href="/privacy-policy">Privacy Policy</a> · '
                '<a href="/cookie-policy">Cookie Policy</a> · <a href="/complaints">Complaints procedure</a> · <a href="/gdpr">GDPR</a></p>'
                '<p><img src="/s/microsoft-partner-gold.png" alt="Microsoft Partner – Gold Cloud Productivity"> '
                '<img src="/s/trustpilot-excellent.svg" alt="Trustpilot Excellent"> <img src="/s/secure-ssl.svg" alt="SSL secured"></p>'
                "<p>© 2026 Microsoft Support Ireland. All rights reserved.</p>"
            ),
            "black",
        )
        + "</footer></div>"
        '<script src="https://assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-' + _hex(rng, 16) + '-min.en-US.js" crossorigin="anonymous" defer></script>'
    )
    title = f"Microsoft Support Ireland | Call {numbers.write(own, 'national')}"
    return {"/": (document(spec.lang, title, body, head, f' class="header--menu-open tweak-global-animations-enabled" id="collection-{_hex(rng, 24)}"'), s)}


# --- the same campaign on an Azure App Service ASP.NET shell: JS pieces, or ?nr= -------


@branded
def ie_aspnet_outlook_js(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    g = numbers.groups(own)

    def viewstate() -> str:
        return base64.b64encode(bytes(rng.randint(0, 255) for _ in range(rng.randint(60, 90)))).decode()

    def form(action: str, inner: str, script: str) -> str:
        return (
            f'<form method="post" action="{esc(action)}" id="form1">'
            '<div class="aspNetHidden">'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate()}">'
            f'<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{_hex(rng, 8).upper()}">'
            f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate()}"></div>'
            f'<script src="/WebResource.axd?d={_letters(rng, 40)}&amp;t=638{rng.randint(100000000000000, 999999999999999)}" type="text/javascript"></script>'
            '<div class="ms-top"><span class="ms-logo" aria-label="Microsoft">▦ Microsoft</span> <span class="ms-sep">|</span> <span>Account recovery</span></div>'
            f'<div class="ms-card">{inner}</div>'
            '<div class="ms-foot"><a href="/Help/Contact.aspx">Contact</a> · <a href="#">Privacy &amp; cookies</a> · <a href="#">Terms of use</a></div>'
            f"</form>{script}"
        )

    head = (
        '<meta name="generator" content="ASP.NET 4.8">\n'
        "<style>body{font-family:'Segoe UI',Arial,sans-serif;background:#f2f2f2;margin:0}.ms-top{background:#fff;padding:12px 24px;border-bottom:1px solid #ddd}"
        ".ms-card{max-width:440px;margin:40px auto;background:#fff;padding:36px;box-shadow:0 2px 6px #0003}.ms-line{font-size:24px;font-weight:600;color:#0067b8}"
        ".ms-foot{text-align:center;font-size:12px;color:#666}</style>\n"
    )
    # Home: the number's groups sit in a script array; joined in the browser.
    home_s = Sheet()
    home_s.hidden(own)
    inner = (
        "<h1>Your Outlook account has been temporarily suspended</h1>"
        "<p>We detected sign-in attempts from an unrecognised device. To protect your mailbox, sending and receiving "
        "has been paused. A Microsoft account specialist can verify you and restore access.</p>"
        '<p>Call the Irish recovery line:</p><p class="ms-line" id="lblLine">Loading…</p>'
        '<input type="submit" name="btnContinue" value="Continue" id="btnContinue" class="ms-btn">'
    )
    script = (
        '<script type="text/javascript">\n//<![CDATA[\n'
        f"var lnParts = {json.dumps(g)};\n"
        "(function(){var el=document.getElementById('lblLine');var t='('+lnParts[0]+') '+lnParts.slice(1).join(' ');\n"
        "el.innerHTML='<a href=\"tel:'+lnParts.join('')+'\">'+t+'</a>';})();\n//]]>\n</script>"
    )
    # Landing: the number only in the mail's link, 00-prefixed (?nr=00353...).
    land_s = Sheet()
    land_s.hidden(own)
    case = rng.randint(4000000, 4999999)
    landing = f"/?nr=00{numbers.country_code(own)}{''.join(numbers.groups(own))[1:]}&case={case}"
    land_inner = (
        "<h1>Verification required</h1>"
        f"<p>Case {case}: your Microsoft account will be closed within 24 hours unless you confirm your identity by "
        "phone. Please have the device you use for Outlook beside you.</p>"
        '<p>Your case line:</p><p class="ms-line" id="lblLine"></p>'
    )
    land_script = (
        '<script type="text/javascript">\n//<![CDATA[\n'
        "(function(){var q=new URLSearchParams(location.search),n=(q.get('nr')||'').replace(/^00/,'+');\n"
        "var el=document.getElementById('lblLine');el.textContent=n.replace(/^(\\+\\d{3})(\\d)(\\d{3})(\\d{4})$/,'$1 $2 $3 $4');})();\n"
        "//]]>\n</script>"
    )
    return {
        "/": (document(spec.lang, "Microsoft account – Outlook suspended", form("./", inner, script), head), home_s),
        landing: (
            document(spec.lang, "Microsoft account – verification required", form(f"./?case={case}", land_inner, land_script), head),
            land_s,
        ),
    }


# --- Austrian Windows browser locker ----------------------------------------------------


@branded
def at_locker_slash(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    sub = g[1]
    slash = _written(s, own, f"{g[0]}/{sub[:3]} {sub[3:5]} {sub[5:]}")  # 01/265 04 417
    intl_text = f"+{numbers.country_code(own)} {g[0][1:]} {sub[:3]} {sub[3:5]} {sub[5:]}"
    intl = _written(s, own, intl_text)  # +43 1 265 04 417
    code = f"0x8{rng.choice('0C')}{rng.randint(100, 999)}{rng.choice('ABCDEF')}{rng.randint(1, 9)}"
    ip = f"{rng.randint(80, 95)}.{rng.randint(100, 220)}.{rng.randint(1, 250)}.{rng.randint(2, 250)}"
    head = (
        "<style>html,body{cursor:none}body{margin:0;background:#000 url(/img/bsod-de.png) center/cover;font-family:'Segoe UI',Tahoma,sans-serif}"
        ".ws-win{position:fixed;top:12%;left:50%;transform:translateX(-50%);width:620px;background:#fff;border:1px solid #2b579a;box-shadow:0 0 40px #000}"
        ".ws-bar{background:#2b579a;color:#fff;padding:8px 12px;font-size:14px}.ws-in{padding:18px 22px;color:#222;font-size:14px}"
        ".ws-nr{font-size:28px;font-weight:700;color:#b00020;text-align:center;margin:12px 0}.ws-scan{height:8px;background:#ddd}.ws-scan i{display:block;height:8px;width:73%;background:#d83b01}</style>\n"
    )
    body = (
        '<div class="ws-win" role="alertdialog" aria-modal="true">'
        '<div class="ws-bar">Windows-Defender – Sicherheitscenter</div><div class="ws-in">'
        "<p><b>Zugriff auf diesen PC wurde aus Sicherheitsgründen gesperrt.</b></p>"
        "<p>Auf Ihrem Computer wurde die Schadsoftware <i>Trojan:Win32/Emotet.RX!MTB</i> gefunden. Ihre Zugangsdaten für "
        "das Online-Banking, E-Mail-Passwörter und gespeicherte Fotos werden gerade an einen fremden Server übertragen.</p>"
        f"<p>Fehlercode: <b>{code}</b> · Ihre IP: {ip} · Standort: Wien, Österreich</p>"
        '<div class="ws-scan"><i></i></div><p>Scan: 73 % – 14 Bedrohungen gefunden</p>'
        "<p>Schalten Sie den Computer nicht aus. Rufen Sie sofort den Microsoft-Support Österreich an (gebührenfrei):</p>"
        f'<p class="ws-nr">{slash}</p><p style="text-align:center">Aus dem Ausland: {intl}</p>'
        '<p style="text-align:center"><button id="ws-ok">Support anrufen</button> <button id="ws-x">Schließen</button></p>'
        "</div></div>"
        '<audio id="ws-ton" src="/media/warnung-at.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document;function fs(){var e=d.documentElement;try{(e.requestFullscreen||e.webkitRequestFullscreen).call(e);}catch(x){}\n"
        "    if(navigator.keyboard&&navigator.keyboard.lock){navigator.keyboard.lock();}}\n"
        "  d.addEventListener('mousemove',fs,{once:true});d.addEventListener('click',fs);d.addEventListener('keydown',fs);\n"
        "  window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='Ihr PC ist gesperrt';});\n"
        "  var i=0;while(i<40){history.pushState({s:i},'',location.pathname+'#s'+i);i++;}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);fs();});\n"
        f"  var txt={json_str('WARNUNG! Ihr Computer ist gesperrt. Rufen Sie den Microsoft-Support an: ' + intl_text)};\n"
        "  setInterval(function(){if(!confirm(txt)){alert(txt);}},2500);\n"
        "  d.getElementById('ws-x').onclick=function(){alert(txt);fs();return false;};\n"
        "})();\n</script>"
    )
    title = f"Windows-Sicherheitswarnung – rufen Sie {intl_text} an"
    return {"/": (document(spec.lang, title, body, head), s)}


# --- Flemish HP printer "installatie" help on a Hostinger Website Builder shell ---------


@branded
def vl_zyro_hp_printer(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 02 588 14 63
    dotted = s.num(own, "dotted")  # 02.588.14.63
    site_id = _letters(rng, 8).upper()
    n = 0

    def element(kind: str, inner: str, extra: str = "") -> str:
        nonlocal n
        n += 1
        return (
            f'<div class="layout-element layout-element--{kind}" data-qa="builder-gridelement-grid{kind}" id="{_letters(rng, 6)}{n}" {extra}>'
            f"{inner}</div>"
        )

    def block(inner: str, name: str) -> str:
        return (
            f'<section class="block block--{name}" data-qa="builder-section-{name}" style="--block-padding:48px 16px">'
            f'<div class="block-layout block-layout--layout" style="--grid-template-rows:auto">{inner}</div></section>'
        )

    call = s.tel(own, f"Bel {plain}", national=True).replace(
        "<a ", '<a class="grid-button grid-button--primary" data-qa="builder-gridelement-gridbutton" ', 1
    )
    steps = "".join(
        f"<li><b>{esc(a)}</b> {esc(b)}</li>"
        for a, b in (
            ("Stap 1.", "Kies uw model (HP DeskJet, ENVY, OfficeJet of LaserJet)."),
            ("Stap 2.", "Klik op ‘Driver downloaden’ en wacht tot de installatie start."),
            ("Stap 3.", "Lukt het niet of blijft uw printer offline? Bel onze technieker, hij helpt u meteen verder."),
        )
    )
    head = (
        '<meta name="generator" content="Hostinger Website Builder">\n'
        f'<link rel="preconnect" href="https://assets.zyrosite.com"><link rel="stylesheet" href="https://assets.zyrosite.com/{site_id}/_astro/index.{_hex(rng, 8)}.css">\n'
    )
    body = (
        '<div id="app" class="page"><header class="block-header" data-qa="builder-header">'
        f'<a href="/" class="block-header-logo" data-qa="builder-siteheader-logo"><img src="https://assets.zyrosite.com/{site_id}/hp-printer-logo.png" alt="{esc(spec.name)}"></a>'
        '<nav class="block-header__nav"><ul class="block-header-layout-desktop__navigation"><li><a href="/">Home</a></li>'
        '<li><a href="/drivers">Drivers</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
        f'<span class="block-header__phone">{plain} (BE)</span></header>'
        '<main class="page__blocks">'
        + block(
            element(
                "text",
                '<div class="text-box"><h1>HP printer installeren? Wij helpen u in een paar minuten</h1>'
                "<p>Nieuwe HP-printer gekocht, of doet uw oude printer plots niets meer? Download hier de juiste driver "
                "of laat een technieker uw printer via het internet instellen. Voor heel Vlaanderen en Brussel.</p>"
                f"<p>Gratis hulplijn: <strong>{plain} (BE)</strong> – ook op zaterdag.</p></div>",
            )
            + element("button", call),
            "hero",
        )
        + block(
            element("text", f'<div class="text-box"><h2>Driver downloaden in 3 stappen</h2><ol>{steps}</ol></div>')
            + element(
                "button",
                '<a href="#" class="grid-button grid-button--secondary" id="dl-driver" data-qa="builder-gridelement-gridbutton">Driver downloaden</a>',
            ),
            "steps",
        )
        + block(
            element(
                "text",
                '<div class="text-box"><h2>Veelgestelde vragen</h2>'
                "<p><b>Mijn printer staat op ‘offline’.</b> Dat ligt meestal aan de wifi-instellingen. Onze technieker zet "
                "dat via een veilige verbinding in orde.</p>"
                "<p><b>Wat kost het?</b> Het eerste advies is gratis; een volledige installatie kost € 89 eenmalig.</p>"
                f"<p>Liever mailen? Of bel {dotted}.</p></div>",
            ),
            "faq",
        )
        + "</main>"
        '<footer class="block-footer"><p>© 2026 HP Printer Installatie België · Onafhankelijke dienstverlener · '
        '<a href="/privacy">Privacy</a></p></footer>'
        '<div class="modal" id="dl-modal" hidden><div class="modal__content"><p>De driver kon niet geïnstalleerd worden '
        "(foutcode 0x6100004a). Uw printer vereist een manuele activering door een technieker.</p>"
        f"<p><strong>{plain}</strong></p></div></div>"
        "<script>document.getElementById('dl-driver').addEventListener('click',function(e){e.preventDefault();"
        "var b=document.querySelector('.modal__content');document.getElementById('dl-modal').hidden=false;"
        "setTimeout(function(){b.classList.add('shake');},3000);});</script>"
        "</div>"
    )
    return {"/": (document(spec.lang, "HP printer installeren en driver downloaden | HP Printer Installatie België", body, head), s)}


# --- Finnish Norton renewal refund lure on a Bootstrap landing --------------------------


@branded
def fi_bootstrap_norton_hyvitys(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    sub = g[1]
    dash = _written(s, own, f"{g[0]}-{sub[:4]} {sub[4:]}")  # 09-4251 7730
    s.hidden(own)  # the decorated spans below
    spans = '<span class="dot">•</span>'.join(
        f'<span class="nr">{esc(part)}</span>' for part in (g[0], sub[:4], sub[4:])
    )
    intl = s.num(own, "intl_zero_spaced")  # +358 (0)9 42517730
    order = f"NS-{rng.randint(10000000, 99999999)}"
    day = f"{rng.randint(20, 27)}.2.2026"
    head = (
        '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet" crossorigin="anonymous">\n'
        "<style>.nr{font-weight:700;font-size:1.6rem;color:#1b1b1b}.dot{color:#ffc20e;margin:0 .35rem;font-size:1.2rem}</style>\n"
    )
    body = (
        '<nav class="navbar navbar-light bg-warning"><div class="container"><a class="navbar-brand fw-bold" href="/">Norton</a>'
        '<span class="navbar-text">Asiakaspalvelu · Laskutus ja hyvitykset</span></div></nav>'
        '<div class="container py-5"><div class="row justify-content-center"><div class="col-lg-8">'
        '<div class="card shadow-sm"><div class="card-body p-4">'
        '<h1 class="h3 mb-3">Norton 360 Deluxe -tilauksesi on uusittu</h1>'
        "<p>Kiitos, että olet Norton-asiakas. Tilauksesi on uusittu automaattisesti ja summa on veloitettu "
        "tililtäsi.</p>"
        '<table class="table table-sm"><tbody>'
        f"<tr><th>Tilausnumero</th><td>{order}</td></tr><tr><th>Päivämäärä</th><td>{day}</td></tr>"
        "<tr><th>Tuote</th><td>Norton 360 Deluxe – 5 laitetta, 3 vuotta</td></tr>"
        '<tr><th>Summa</th><td class="fw-bold">399,90 €</td></tr></tbody></table>'
        '<div class="alert alert-warning">Etkö tilannut tätä? Voit peruuttaa tilauksen ja saada täyden hyvityksen '
        "72 tunnin kuluessa soittamalla hyvityspalveluumme.</div>"
        f'<p class="text-center mb-1">Hyvityspalvelu (ma–la 8–20):</p><p class="text-center">{spans}</p>'
        f'<p class="text-center small">Puhelinnumero: {dash} · ulkomailta {intl}</p>'
        "<h2 class=\"h5 mt-4\">Näin hyvitys toimii</h2><ol><li>Kerro tilausnumero asiakaspalvelijalle.</li>"
        "<li>Asiakaspalvelija auttaa sinua asentamaan AnyDesk-etätukiohjelman.</li>"
        "<li>Kirjaudu verkkopankkiisi, jotta hyvitys voidaan siirtää suoraan tilillesi.</li></ol>"
        "</div></div></div></div></div>"
        '<footer class="text-center text-muted small py-3">© 2026 NortonLifeLock · <a href="/asiakastuki/yhteystiedot">Yhteystiedot</a> · '
        '<a href="#">Tietosuoja</a></footer>'
        '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" crossorigin="anonymous"></script>'
    )
    return {"/": (document(spec.lang, f"Norton – tilaus {order} uusittu | hyvitys", body, head), s)}


# --- unbranded US "call our certified technicians" on WordPress GeneratePress ----------


@branded
def us_generatepress_techs(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dashed = s.num(own, "us_dash")  # 1-888-430-7291
    paren = s.num(own, "us_paren")  # (888) 430-7291
    g = numbers.groups(own)
    dots = _written(s, own, f"+1 {g[0]}.{g[1]}.{g[2]}")  # +1 888.430.7291
    ld = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": spec.name,
        "url": f"https://{spec.host}/",
        "telephone": f"+1-{'-'.join(g)}",
        "priceRange": "$$",
        "openingHours": "Mo-Su 00:00-23:59",
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.9", "reviewCount": "3127"},
    }
    s.hidden(own)
    gb = [_hex(rng, 8) for _ in range(4)]
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        "<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'>\n"
        "<link rel='stylesheet' id='generateblocks-css' href='/wp-content/uploads/generateblocks/style-7.css?ver=1707312000' media='all'>\n"
        + _ld(ld)
    )
    call = s.tel(own, f"Call {paren}").replace(
        "<a ", f'<a class="gb-button gb-button-{gb[2]} gb-button-text" ', 1
    )
    issues = "".join(
        f'<div class="gb-grid-column gb-grid-column-{_hex(rng, 8)}"><div class="gb-container"><h3 class="gb-headline gb-headline-text">{esc(a)}</h3><p>{esc(b)}</p></div></div>'
        for a, b in (
            ("Virus & pop-up removal", "Fake warnings, redirects and slow browsing cleaned up while you watch."),
            ("Email not working", "Cannot send, cannot sign in, or messages disappearing – we fix it on the call."),
            ("Printer & Wi-Fi setup", "New printer, router or smart TV connected and tested the same day."),
            ("Slow computer tune-up", "Startup cleanup, updates and a full security scan for older machines."),
        )
    )  # fmt: skip
    body = (
        '<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>'
        '<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"><div class="inside-header grid-container">'
        f'<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">{esc(spec.name)}</a></p></div>'
        '<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">'
        '<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu"><li class="menu-item current-menu-item"><a href="/" aria-current="page">Home</a></li>'
        '<li class="menu-item"><a href="/plans/">Plans</a></li><li class="menu-item"><a href="/contact-us/">Contact Us</a></li></ul></div></div></nav></div></header>'
        '<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">'
        '<div class="content-area" id="primary"><main class="site-main" id="main">'
        '<article id="post-7" class="post-7 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>'
        '<div class="inside-article"><div class="entry-content" itemprop="text">'
        f'<div class="gb-container gb-container-{gb[0]}"><div class="gb-inside-container">'
        '<h1 class="gb-headline gb-headline-text">Computer problems? Call our certified technicians</h1>'
        "<p>Talk to a real person in minutes. Our US-based support team connects to your computer remotely and "
        "fixes the problem while you stay on the line – no driving, no waiting for a store appointment.</p>"
        f'<p class="hero-phone">Toll free 24/7: <strong>{dashed}</strong></p>'
        f'<div class="gb-button-wrapper gb-button-wrapper-{gb[1]}">{call}</div></div></div>'
        f'<div class="gb-grid-wrapper gb-grid-wrapper-{gb[3]}">{issues}</div>'
        "<h2>How it works</h2><ol><li>Call us and describe the problem.</li><li>We send you a one-time link to "
        "our secure remote session.</li><li>A technician fixes it and you only pay if we solve it.</li></ol>"
        f"<p>Questions about a plan? Text or call {dots}.</p>"
        "</div></div></article></main></div></div></div>"
        '<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>'
        f'<div class="inside-site-info grid-container"><div class="copyright-bar">© 2026 {esc(spec.name)} · '
        "We are an independent provider of remote technical support services.</div></div></footer></div>"
        "<script id='generate-menu-js' src='/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0'></script>"
    )
    return {"/": (document(spec.lang, f"{spec.name} | Remote Computer Help {dashed}", body, head, ' class="home page-template-default page wp-embed-responsive no-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover"'), s)}


# --- Japanese Apple ID "support centre" on the WordPress Cocoon theme ------------------


@branded
def ja_cocoon_apple_support(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "dashed", "fullwidth")  # ０１２０－９５７－３１８
    s.hidden(own)  # the banner's alt text
    alt_no = numbers.write(own, "dashed")
    call = s.tel(own, "今すぐ電話で相談する", national=True).replace(
        "<a ", '<a class="btn btn-red btn-l btn-circle" ', 1
    )
    post = rng.randint(100, 900)
    head = (
        '<meta name="generator" content="WordPress 6.4.2">\n'
        "<link rel='stylesheet' id='cocoon-style-css' href='/wp-content/themes/cocoon-master/style.css?ver=6.4.2&amp;fver=20240115' media='all'>\n"
        "<link rel='stylesheet' id='cocoon-child-style-css' href='/wp-content/themes/cocoon-child-master/style.css?ver=6.4.2&amp;fver=20240115' media='all'>\n"
    )
    faq = "".join(
        f'<div class="blank-box bb-tab bb-question"><div class="bb-label"><span class="fa"></span>{esc(q)}</div><p>{esc(a)}</p></div>'
        for q, a in (
            ("Apple IDがロックされました。どうすればいいですか？", "専門スタッフがお電話で本人確認を行い、その場でロックを解除いたします。"),
            ("iPhoneが「使用できません」と表示されます", "パスコードを忘れた場合やアクティベーションロックもご相談ください。"),
            ("料金はかかりますか？", "ご相談は無料です。解除作業には所定のサポート料金（9,800円〜）がかかります。"),
        )
    )  # fmt: skip
    body = (
        '<div id="container" class="container cf"><div id="header-container" class="header-container">'
        '<div id="header-container-in" class="header-container-in hlt-center-logo"><header id="header" class="header cf" itemscope itemtype="https://schema.org/WPHeader">'
        f'<div id="header-in" class="header-in wrap cf"><div class="logo logo-header logo-text"><a href="/" class="site-name site-name-text-link"><span class="site-name-text">{esc(spec.name)}</span></a></div></div></header>'
        '<nav id="navi" class="navi cf"><div id="navi-in" class="navi-in wrap cf"><ul class="menu-top menu-header menu-pc">'
        '<li class="menu-item"><a href="/"><div class="item-label">ホーム</div></a></li>'
        '<li class="menu-item"><a href="/support/otoiawase/"><div class="item-label">お問い合わせ</div></a></li></ul></div></nav></div></div>'
        '<div id="content" class="content cf"><div id="content-in" class="content-in wrap"><main id="main" class="main" itemscope itemtype="https://schema.org/Blog">'
        f'<article id="post-{post}" class="article post-{post} page type-page status-publish" itemscope itemtype="https://schema.org/CreativeWork">'
        '<header class="article-header entry-header"><h1 class="entry-title" itemprop="headline">Apple ID・iPhoneのロック解除サポート窓口</h1></header>'
        '<div class="entry-content cf" itemprop="mainEntityOfPage">'
        f'<figure class="wp-block-image size-full"><img src="/wp-content/uploads/2026/02/apple-support-banner.png" alt="Appleサポート お電話は{esc(alt_no)}へ" width="800" height="300"></figure>'
        "<p>「Apple IDがロックされています」「iCloudのセキュリティに問題があります」といった表示でお困りではありませんか？"
        "当センターでは、Apple製品に詳しいスタッフがお電話で状況を伺い、遠隔操作でその場で解決いたします。</p>"
        f'<div class="wp-block-cocoon-blocks-info-box block-box primary-box"><p>フリーダイヤル（通話無料・24時間受付）<br><span class="marker-under-red" style="font-size:28px"><strong>{wide}</strong></span></p></div>'
        f'<div class="wp-block-cocoon-blocks-button-1 button-block">{call}</div>'
        f"<h2>よくあるご質問</h2>{faq}"
        "</div></article></main>"
        '<div id="sidebar" class="sidebar nwa cf" role="complementary"><aside class="widget widget-sidebar widget_text"><h3 class="widget-sidebar-title">受付時間</h3>'
        '<div class="textwidget">年中無休・24時間</div></aside></div></div></div>'
        '<footer id="footer" class="footer footer-container nwa cf" itemscope itemtype="https://schema.org/WPFooter"><div id="footer-in" class="footer-in wrap cf">'
        f'<div class="source-org copyright">© 2026 {esc(spec.name)}.</div></div></footer></div>'
        "<script src='/wp-content/themes/cocoon-master/javascript.js?ver=6.4.2&amp;fver=20240115' id='cocoon-js-js'></script>"
    )
    return {"/": (document(spec.lang, f"Apple IDロック解除・iPhoneサポート｜{spec.name}", body, head, ' class="home page-template-default page public-page page-body ff-meiryo fz-18px fw-400 hlt-center-logo-wrap ect-entry-card-wrap rect-entry-card-wrap scrollable-sidebar no-scrollable-main sidebar-right mblt-footer-mobile-buttons"'), s)}


# --- a Quimper crêperie's old WordPress site, hacked -----------------------------------


@branded
def fr_hacked_creperie_wp(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="WordPress 4.9.8">\n'
        "<link rel='stylesheet' id='twentyseventeen-style-css' href='/wp-content/themes/twentyseventeen/style.css?ver=4.9.8' type='text/css' media='all'>\n"
    )
    inject = "/assistance-microsoft-france/"
    # Home: the restaurant's page as it was, plus a link block the intruder slipped in.
    home_s = Sheet()
    spam_links = " ".join(
        f'<a href="{inject}">{esc(t)}</a>'
        for t in ("assistance microsoft", "support windows gratuit", "numéro service client microsoft", "dépannage ordinateur à distance")
    )
    home = (
        '<div id="page" class="site"><header id="masthead" class="site-header" role="banner">'
        '<div class="custom-header"><div class="site-branding"><div class="wrap">'
        f'<h1 class="site-title"><a href="/" rel="home">{esc(spec.name)}</a></h1><p class="site-description">Galettes et crêpes au cœur de Quimper</p>'
        "</div></div></div>"
        '<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" role="navigation">'
        '<ul id="top-menu" class="menu"><li><a href="/">Accueil</a></li><li><a href="/la-carte/">La carte</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div></div></header>'
        '<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap"><div id="primary" class="content-area"><main id="main" class="site-main">'
        '<article class="page type-page status-publish hentry"><div class="entry-content">'
        "<p>Depuis 1987, la famille Le Goff vous accueille rue Kéréon, à deux pas de la cathédrale. Galettes de blé noir "
        "au beurre demi-sel, crêpes au caramel maison et cidre fermier de Fouesnant.</p>"
        "<p>Ouvert du mardi au dimanche, 12h–14h et 19h–22h. Fermeture annuelle en janvier.</p>"
        "<p>Réservations de groupes par e-mail : contact@creperie-ty-breizh-quimper.fr</p>"
        "<p><em>Mise à jour du 14 mars 2019 : la terrasse est de nouveau ouverte !</em></p>"
        "</div></article></main></div></div></div>"
        '<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><div class="site-info">'
        '<a href="https://fr.wordpress.org/" class="imprint">Fièrement propulsé par WordPress</a></div></div></footer></div></div>'
        f'<div style="position:absolute;left:-9999px;top:-9999px">{spam_links}</div>'
    )
    # The injected page: an ad for "assistance Microsoft" on the restaurant's domain.
    s = Sheet()
    local = s.num(own, "national")  # 01 84 88 17 29
    abroad = s.num(own, "double_zero")  # 0033 1 84 88 17 29
    s.hidden(own)  # img alt
    spam = (
        '<div id="page" class="site"><div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">'
        '<div id="primary" class="content-area"><main id="main" class="site-main"><article class="page type-page status-publish hentry">'
        '<header class="entry-header"><h1 class="entry-title">Assistance Microsoft France – numéro gratuit 7j/7</h1></header>'
        '<div class="entry-content">'
        f'<p><img src="/wp-content/uploads/2026/02/assistance-windows.jpg" alt="Assistance Microsoft Windows {esc(numbers.write(own, "national"))}" width="640" height="220"></p>'
        "<p>Votre ordinateur affiche un message d’erreur, Windows ne démarre plus, votre compte Outlook est bloqué ? "
        "Les techniciens certifiés de l’assistance Microsoft vous répondent immédiatement et prennent le contrôle à "
        "distance pour résoudre le problème.</p>"
        f"<p><strong>Appelez le {local}</strong> (appel non surtaxé, du lundi au dimanche de 8h à 22h).</p>"
        f"<p>Depuis la Belgique, la Suisse ou le Canada : {abroad}</p>"
        "<ul><li>Compte Microsoft piraté ou mot de passe oublié</li><li>Activation de Windows et d’Office</li>"
        "<li>Virus, publicités et écran bleu</li></ul>"
        "</div></article></main></div></div></div></div></div>"
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – Crêperie à Quimper", home, head, ' class="home page-template-default page twentyseventeen-front-page"'), home_s),
        inject: (document(spec.lang, "Assistance Microsoft France – numéro gratuit 7j/7", spam, head, ' class="page-template-default page"'), s),
    }


TEMPLATES = {
    "ie_squarespace_ms_trust": with_contact("/contact-us", ie_squarespace_ms_trust),
    "ie_aspnet_outlook_js": with_contact("/Help/Contact.aspx", ie_aspnet_outlook_js),
    "at_locker_slash": at_locker_slash,
    "vl_zyro_hp_printer": with_contact("/contact", vl_zyro_hp_printer),
    "fi_bootstrap_norton_hyvitys": with_contact("/asiakastuki/yhteystiedot", fi_bootstrap_norton_hyvitys),
    "us_generatepress_techs": with_contact("/contact-us/", us_generatepress_techs),
    "ja_cocoon_apple_support": with_contact("/support/otoiawase/", ja_cocoon_apple_support),
    "fr_hacked_creperie_wp": with_contact("/contact/", fr_hacked_creperie_wp),
}
