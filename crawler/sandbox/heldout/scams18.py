"""Eighteenth batch of held-out scam templates: page shells no earlier batch uses.

b18_nl_brizy_kpn_tel (a Dutch "KPN Mail Hulp" on Brizy Cloud, the number only in tel:
links in national digits), b18_be_simvoly_teamviewer_trust (an unbranded Flemish "onze
experts verbinden via TeamViewer" site on Simvoly with a copied trust footer),
b18_us_leadpages_epson_urlenc (a US Epson "printer offline" page on Leadpages, the number
URL-encoded by a broken merge field and in "((1+866_...))"),
b18_ca_instapage_bitdefender_renewal (a Canadian Bitdefender renewal refund lure on
Instapage, "1-833-... CAN" and "++1"), b18_au_modx_orchid_icloud (an Australian orchid
society's old MODX site, hacked, now leading with "Apple iCloud Support", "1-800-... AUS"),
b18_gb_nuxt_mcafee_homoglyph (a British McAfee "renew and scan" Nuxt page on a homoglyph
domain, "0-800-... UK"), b18_fr_locker_chrome (a French Google Chrome browser locker,
underscored pairs, the alert text joined from pieces), b18_at_locker_defender_caret (an
Austrian Microsoft Defender browser locker, caret-split digits), b18_ch_kirby_avg_jspieces
(a Swiss-German AVG "Kundendienst" on Kirby, the number only as pieces a script joins and
in the ad landing's ?tel=), b18_fi_shopify_hp_star (a Finnish HP printer-support store on
myshopify.com, star-decorated digits), b18_fi_publii_anydesk_unbranded (an unbranded
Finnish "tietokoneapu etänä" Publii site, AnyDesk) and b18_ja_ameba_canon_fullwidth (a
Japanese Canon printer "support centre" on Ameba Ownd, fullwidth digits).
Wording is written here; every number goes through the Sheet.
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
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str


def _letters(rng: Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


# --- a Dutch "KPN Mail Hulp" on Brizy Cloud, the number only in tel: links -------------


@branded
def b18_nl_brizy_kpn_tel(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    button = s.tel(
        own,
        '<span class="brz-span brz-text__editor">Bel direct een KPN-specialist</span>',
        national=True,
    )
    sticky = s.tel(
        own, '<span class="brz-icon-svg" aria-hidden="true"></span> Bellen', national=True
    )
    head = (
        f'<link rel="stylesheet" href="https://cloud-1de12d.b-cdn.net/media/{_hex(rng, 10)}/brizy/preview.min.css">\n'
        f'<meta property="og:site_name" content="{esc(spec.name)}">\n'
    )

    def section(inner: str) -> str:
        return (
            f'<section id="{_letters(rng, 10)}" class="brz-section brz-css-{_letters(rng, 5)}"><div class="brz-section__content">'
            f'<div class="brz-container"><div class="brz-row__container"><div class="brz-row"><div class="brz-columns">'
            f'<div class="brz-bg"></div><div class="brz-column__items">{inner}</div></div></div></div></div></div></section>'
        )

    def text(tag: str, inner: str) -> str:
        return f'<div class="brz-rich-text brz-rich-text__custom"><{tag} class="brz-tp-lg-paragraph">{inner}</{tag}></div>'

    body = (
        '<div class="brz-root__container brz-reset-all"><header class="brz brz-section__header">'
        f'<div class="brz-section__menu-item"><img class="brz-img" src="/media/kpn-logo.svg" alt="KPN"> <span>{esc(spec.name)}</span></div>'
        '<nav class="brz-menu"><ul class="brz-menu__ul"><li class="brz-menu__item"><a href="/">Home</a></li>'
        '<li class="brz-menu__item"><a href="/contact">Contact</a></li></ul></nav></header>'
        + section(
            text("h1", "KPN Mail werkt niet? Wij helpen u direct")
            + text(
                "p",
                "Geen nieuwe e-mail meer in uw KPN-mailbox, wachtwoord vergeten of een melding dat uw account is "
                "geblokkeerd? Onze KPN-specialisten lossen het telefonisch met u op, meestal binnen tien minuten.",
            )
            + f'<div class="brz-wrapper-clone"><div class="brz-d-xs-flex brz-flex-xs-wrap">{button}</div></div>'
        )
        + section(
            text("h2", "Waarmee wij helpen")
            + _ul(
                (
                    "KPN Mail instellen in Outlook, Apple Mail of op uw telefoon",
                    "Wachtwoord van uw @kpnmail.nl- of @planet.nl-adres herstellen",
                    "Mailbox vol, e-mail komt niet aan of wordt als spam gezien",
                    "Storing internet of wifi via het KPN-modem",
                ),
                "brz-ul",
            )
        )
        + section(
            text(
                "p",
                "Bereikbaar 7 dagen per week van 08:00 tot 22:00 · Ook voor @hetnet.nl, @home.nl en @planet.nl",
            )
        )
        + '<footer class="brz-section__footer"><p>© 2026 KPN Mail Hulp · <a href="/contact">Contact</a> · '
        '<a href="/privacy">Privacy</a></p><p class="brz-made-with">Made with <a href="https://www.brizy.io/" rel="nofollow">Brizy</a></p></footer>'
        f'<div class="brz-sticky-call">{sticky}</div></div>'
        f'<script src="https://cloud-1de12d.b-cdn.net/media/{_hex(rng, 10)}/brizy/preview.min.js"></script>'
    )
    return {
        "/": (
            document(
                spec.lang,
                "KPN Mail Hulp – e-mail werkt niet? Bel direct",
                body,
                head,
                ' class="brz"',
            ),
            s,
        )
    }


# --- an unbranded Flemish "TeamViewer" helpdesk on Simvoly with a copied trust footer -----


@branded
def b18_be_simvoly_teamviewer_trust(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dotted = s.num(own, "dotted")  # 078.15.22.93
    intl = s.num(own, "intl_zero_pairs")  # +32 (0)78 15 22 93
    call = s.tel(own, f"Bel nu {dotted}")
    enterprise = f"0{rng.randint(780, 799)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    badge = f"{rng.randint(2100, 2900):,}".replace(",", ".")
    head = (
        f'<link rel="stylesheet" href="https://cdn.simvoly.com/css/site-{_hex(rng, 12)}.css">\n'
        '<meta name="generator" content="Simvoly">\n'
    )

    def block(kind: str, inner: str) -> str:
        return f'<div class="sv-block sv-block-{kind}" data-block-id="{_hex(rng, 16)}"><div class="sv-container">{inner}</div></div>'

    body = (
        '<div id="simvoly-site" class="sv-page">'
        + block(
            "header",
            f'<a class="sv-logo" href="/">{esc(spec.name)}</a><nav class="sv-nav"><a href="/">Home</a>'
            '<a href="#werkwijze">Werkwijze</a><a href="/contact">Contact</a></nav>',
        )
        + block(
            "hero",
            "<h1>Computerproblemen? Onze experts helpen u vandaag nog – zonder dat u de deur uit moet</h1>"
            "<p>Trage laptop, pop-ups, een printer die niet meer wil of e-mail die niet werkt: één telefoontje en een "
            "van onze gecertificeerde experts verbindt veilig met uw computer via TeamViewer en lost het probleem "
            "terwijl u meekijkt.</p>"
            f'<p class="sv-phone">{call}</p>'
            f'<p class="sv-badge">★★★★★ 4,9/5 · {badge} beoordelingen</p>',
        )
        + block(
            "steps",
            '<h2 id="werkwijze">Zo werkt het</h2><ol><li>U belt ons en beschrijft het probleem</li>'
            "<li>U downloadt TeamViewer QuickSupport en geeft ons de ID en het wachtwoord</li>"
            "<li>Onze expert neemt uw scherm over en lost het op</li><li>U betaalt pas als alles werkt</li></ol>",
        )
        + block(
            "pricing",
            "<h2>Tarieven</h2>"
            + _ul(
                (
                    "Eenmalige hulp: € 79",
                    "Jaarabonnement Zorgeloos: € 249 – onbeperkt hulp voor 3 toestellen",
                    "Geen oplossing? Geld terug",
                )
            ),
        )
        + block(
            "footer",
            '<div class="sv-legal"><a href="/algemene-voorwaarden">Algemene voorwaarden</a> · <a href="/privacybeleid">Privacybeleid</a> · '
            '<a href="/cookiebeleid">Cookiebeleid</a> · <a href="/contact">Contact</a></div>'
            f'<p class="sv-small">© 2026 {esc(spec.name)} · Ondernemingsnummer BE {enterprise} · {intl} · Maandag tot zondag 8u – 21u</p>'
            '<p class="sv-pay"><img src="/img/bancontact.svg" alt="Bancontact"> <img src="/img/visa.svg" alt="Visa"> '
            '<img src="/img/mastercard.svg" alt="Mastercard"></p>'
            '<p class="sv-trust"><img src="/img/veilig-betalen.svg" alt="Veilig betalen"> Trustpilot ★★★★★ Uitstekend</p>',
        )
        + '<div class="sv-powered"><a href="https://simvoly.com" rel="nofollow">Made with Simvoly</a></div></div>'
    )
    return {
        "/": (
            document(
                spec.lang, f"{spec.name} – computerhulp op afstand", body, head, ' class="sv-body"'
            ),
            s,
        )
    }


# --- a US Epson "printer offline" page on Leadpages, a broken merge field ----------------


@branded
def b18_us_leadpages_epson_urlenc(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    enc = s.num(own, "us_dash", "url")  # %201-866-441-9072
    paren = s.num(own, "us_dash", "double_paren")  # ((1+866_441_9072))
    call = s.tel(own, "CALL NOW")
    lp = _hex(rng, 12)
    head = (
        f'<link rel="stylesheet" href="https://lpcdn.lpsites.co/lp-{lp}/style.css">\n'
        f'<script>window.LeadpagesMeta={{"pageId":"{lp}","publishVersion":{rng.randint(10, 90)},"template":"printer-support-v2"}};</script>\n'
    )

    def widget(kind: str, inner: str) -> str:
        return f'<div class="lp-widget lp-{kind}" data-widget-type="{kind}" data-widget-id="{_hex(rng, 8)}">{inner}</div>'

    body = (
        '<div class="lp-page lp-section-wrapper" id="lp-page">'
        + widget("image", '<img src="/assets/epson-logo.png" alt="Epson">')
        + widget(
            "headline",
            "<h1>Epson Printer Offline? Get Back to Printing in Minutes</h1>"
            f'<p class="lp-sub">Speak to an Epson printer expert: <span class="lp-merge">{enc}</span></p>',
        )
        + widget(
            "text",
            "<p>Epson WorkForce, EcoTank and Expression printers often go offline after a Windows update or a new "
            "router. Our certified technicians reconnect your printer, reinstall the Epson driver and fix "
            "“Printer not activated” errors by remote session.</p>"
            + _ul(
                (
                    "Epson printer offline on Windows 11",
                    "EcoTank Wi-Fi setup",
                    "Scanner not detected",
                    "Ink cartridge not recognized",
                )
            ),
        )
        + widget(
            "button",
            f'<p class="lp-button">{call}</p><p class="lp-tollfree">Toll free {paren} · 24/7</p>',
        )
        + widget(
            "text",
            '<p class="lp-disclaimer">We are an independent support provider. <a href="/support">Support</a> · '
            '<a href="/privacy">Privacy</a></p><p class="lp-powered">Powered by Leadpages</p>',
        )
        + "</div>"
        f'<script src="https://lpcdn.lpsites.co/lp-{lp}/main.js" async></script>'
    )
    return {
        "/": (
            document(
                spec.lang,
                "Epson Printer Offline Support | Call Toll Free",
                body,
                head,
                ' class="lp-body"',
            ),
            s,
        )
    }


# --- a Canadian Bitdefender renewal refund lure on Instapage ----------------------------


@branded
def b18_ca_instapage_bitdefender_renewal(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = s.num(own, "us_dash") + " CAN"  # 1-833-706-2914 CAN
    plus = s.num(own, "intl", "plus_plus")  # ++1 833 706 2914
    call = s.tel(own, "Cancel &amp; get my refund")
    order = f"BD-{rng.randint(10, 99)}{_letters(rng, 2).upper()}-{rng.randint(100000, 999999)}"
    page = rng.randint(10000000, 29999999)
    head = (
        f'<link rel="stylesheet" href="https://storage.googleapis.com/instapage-app-assets/{page}_instapage.css">\n'
        f"<script>window.__page_id={page};window.__variant='A';window.__instapage_version='{rng.randint(1, 9)}.{rng.randint(0, 9)}';</script>\n"
    )

    def block(inner: str) -> str:
        return f'<div class="block block-{rng.randint(1, 99)}" data-at="block"><div class="block-inner">{inner}</div></div>'

    body = (
        '<div id="page-block" class="page">'
        + block(
            '<img src="https://storage.googleapis.com/instapage-user-media/bitdefender-logo.png" alt="Bitdefender">'
        )
        + block(
            "<h1>Your Bitdefender Total Security subscription has been renewed</h1>"
            f"<p>Order {order} · Amount charged: <strong>CA$389.99</strong> · Plan: 5 devices, 3 years · Auto-renewal ON</p>"
            '<table class="order"><tr><td>Billing date</td><td>March 1, 2026</td></tr>'
            "<tr><td>Payment</td><td>Visa / Mastercard on file</td></tr><tr><td>Status</td><td>Processed</td></tr></table>"
        )
        + block(
            "<p>If you did not request this renewal, you may cancel within 24 hours for a full refund. After 24 "
            "hours the charge is final.</p>"
            f"<p>Billing desk: <strong>{hint}</strong></p><p>From outside Canada: {plus}</p>"
            f'<p class="btn">{call}</p>'
        )
        + block(
            '<p class="fine">Bitdefender Canada · Customer billing · This is an automated notice. '
            '<a href="/support">Support</a> · <a href="/privacy">Privacy policy</a></p>'
        )
        + "</div>"
        '<script src="https://storage.googleapis.com/instapage-assets/conversion-external.js" async></script>'
    )
    return {
        "/": (
            document(
                spec.lang,
                "Bitdefender – Subscription renewed – CA$389.99",
                body,
                head,
                ' class="instapage-noscrollbar"',
            ),
            s,
        )
    }


# --- an Australian orchid society's old MODX site, hacked -------------------------------


@branded
def b18_au_modx_orchid_icloud(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = s.num(own, "split_lead") + " AUS"  # 1-800-764-519 AUS
    call = s.tel(own, "Call Apple Support", national=True)  # tel:1800764519
    head = (
        f'<base href="https://{spec.host}/">\n'
        '<link rel="stylesheet" href="assets/templates/orchids/css/style.css">\n'
        "<!-- MODX Revolution 2.8.3-pl -->\n"
    )
    shows = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>"
        for a, b in (
            ("Autumn Show", "Saturday 18 April, Ballarat Mining Exchange"),
            ("Monthly meeting", "Second Tuesday, 7.30pm, Wendouree Community Hall"),
            ("Potting workshop", "Sunday 10 May, members only"),
        )
    )
    body = (
        '<div id="wrap"><div id="header">'
        f'<a href="/" title="{esc(spec.name)}"><img src="assets/images/logo-orchid.gif" alt="{esc(spec.name)}" width="320" height="80"></a>'
        '<ul id="nav"><li class="first active"><a href="/" title="Home">Home</a></li><li><a href="shows.html" title="Shows">Shows</a></li>'
        '<li><a href="growing-tips.html" title="Growing tips">Growing tips</a></li><li><a href="about.html" title="About">About us</a></li></ul></div>'
        '<div id="content">'
        '<div class="resource" id="resource-214"><h1>Apple iCloud Support Australia – iCloud Locked? Apple ID Disabled?</h1>'
        "<p>If your iPhone shows “Apple ID disabled”, your iCloud storage is full or you can’t sign in to iCloud "
        "on your Mac, our Apple certified advisors can unlock and recover your account today. We help with "
        "iCloud backup, iCloud Photos, Find My and two-factor authentication.</p>"
        f'<p class="phone">Apple Support Australia: <strong>{hint}</strong></p>'
        f"<p>{call} – Sydney, Melbourne, Brisbane, Perth, Adelaide and regional Victoria.</p></div>"
        '<div class="resource" id="resource-1"><h2>Welcome to the Ballarat &amp; District Orchid Society</h2>'
        "<p>Founded in 1968, our society brings together growers of cymbidiums, sarcochilus, dendrobiums and "
        "species orchids from Ballarat and the Central Highlands. New members are always welcome.</p>"
        f'<table class="events">{shows}</table></div></div>'
        f'<div id="footer"><p>© 2012–2024 {esc(spec.name)} Inc. · Affiliated with the Orchid Club of Victoria · '
        '<a href="about.html">About us</a></p><p>Powered by MODX Revolution</p></div></div>'
    )
    return {
        "/": (document(spec.lang, f"Apple iCloud Support Australia | {spec.name}", body, head), s)
    }


# --- a British McAfee "renew and scan" Nuxt page on a homoglyph domain -----------------


@branded
def b18_gb_nuxt_mcafee_homoglyph(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = s.num(own, "zero_dash") + " UK"  # 0-800-048-8713 UK
    call = s.tel(own, "Renew &amp; scan by phone")
    build = _hex(rng, 8)
    nuxt = json.dumps(
        [{"data": 1, "state": 2}, {"page": 3}, {"$s": 4}, "renew", {"renewed": False}]
    )
    head = (
        f'<link rel="stylesheet" href="/_nuxt/entry.{build}.css">\n'
        f'<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.{_hex(rng, 8)}.js">\n'
        '<meta name="robots" content="noindex">\n'
    )
    body = (
        '<div id="__nuxt"><div class="layout-default">'
        '<header class="top"><img src="/_nuxt/mcafee-shield.svg" alt="McAfee" width="36"> <span>McAfee Renewal Centre</span>'
        '<nav><a href="/">Home</a><a href="/renew">Renew</a></nav></header>'
        '<main class="page-index">'
        '<section class="alert"><h1>Your McAfee Total Protection has expired</h1>'
        "<p>Your PC has been unprotected since 26 February 2026. A quick scan found <strong>5 threats</strong> "
        "(Trojan.GenericKD, PUP.Optional, Adware.Tracker) that could not be removed without an active subscription.</p>"
        '<div class="scan"><div class="bar" style="width:100%"></div><p>Scan complete: 5 threats found · Firewall: OFF · Web protection: OFF</p></div></section>'
        '<section class="renew"><h2>Renew and remove threats now</h2>'
        "<p>Renew with 65% off for 1 year and an engineer will remove the threats for you by remote session.</p>"
        f'<p class="phone">Call free: <strong>{hint}</strong></p><p class="btn">{call}</p>'
        "<p>Lines open 24/7 · UK based engineers</p></section>"
        "</main>"
        '<footer><p>© 2026 McAfee Renewal Centre · <a href="/renew">Renew</a> · <a href="/privacy">Privacy</a> · '
        '<a href="/terms">Terms</a></p></footer></div></div>'
        f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{nuxt}</script>'
        f'<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{}},app:{{baseURL:"/",buildId:"{build}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>'
        f'<script type="module" src="/_nuxt/entry.{_hex(rng, 8)}.js" crossorigin></script>'
    )
    return {
        "/": (document(spec.lang, "McAfee – Subscription expired – Renew & scan", body, head), s)
    }


# --- a French Google Chrome browser locker --------------------------------------------


@branded
def b18_fr_locker_chrome(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    under = s.num(own, "pairs", "underscore")  # 09_74_59_28_13
    pieces = numbers.write(own, "pairs").split()  # ['09', '74', '59', '28', '13'], in the script
    s.hidden(own)
    code = f"0x8{rng.choice('0123')}{rng.randint(10, 99)}{_hex(rng, 3)}"
    ref = f"CHR-FR-{rng.randint(100000, 999999)}"
    head = (
        "<style>html,body{margin:0;height:100%;background:#202124;color:#e8eaed;font-family:Roboto,Arial,sans-serif;overflow:hidden}"
        ".bar{background:#35363a;padding:6px 12px;font-size:13px}.box{position:fixed;top:14%;left:50%;transform:translateX(-50%);"
        "width:600px;background:#fff;color:#202124;border-radius:8px;box-shadow:0 10px 40px rgba(0,0,0,.7)}"
        ".box h2{margin:0;padding:14px 20px;background:#d93025;color:#fff;font-size:18px}.box .c{padding:16px 22px}"
        ".num{font-size:28px;font-weight:700;text-align:center;color:#d93025}</style>\n"
    )
    js_pieces = json.dumps(pieces)
    body = (
        '<div class="bar">chrome://security-alert/blocked · Google Chrome</div>'
        '<div class="box" role="alertdialog" aria-modal="true"><h2>Google Chrome – Alerte de sécurité critique</h2><div class="c">'
        "<p><b>Accès à cet ordinateur bloqué pour raison de sécurité.</b> Chrome a détecté un logiciel espion "
        "(Spyware.Agent.FR) qui tente de voler vos mots de passe, vos coordonnées bancaires et vos photos.</p>"
        f"<p>Code d’erreur : {code} · Référence : {ref}</p>"
        "<p>Ne fermez pas cette fenêtre et n’éteignez pas l’ordinateur : vos données seraient perdues. "
        "Contactez immédiatement l’assistance Google (appel gratuit) :</p>"
        f'<p class="num">{under}</p>'
        '<p id="msg"></p><p><button id="ok">OK</button> <button id="quitter">Quitter</button></p></div></div>'
        '<audio id="sirene" src="/son/alerte-fr.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        f"  var p={js_pieces},n=p.join(' ');\n"
        "  var d=document,e=d.documentElement;function plein(){try{(e.requestFullscreen||e.webkitRequestFullscreen).call(e);}catch(x){}}\n"
        "  ['click','keydown','mousemove'].forEach(function(t){d.addEventListener(t,function(v){if(t==='keydown'){v.preventDefault();}plein();d.getElementById('sirene').play();});});\n"
        "  window.addEventListener('beforeunload',function(v){v.preventDefault();v.returnValue='Votre ordinateur est bloqué';});\n"
        "  for(var i=0;i<30;i++){history.pushState({a:i},'',location.pathname+'#alerte'+i);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);plein();});\n"
        f"  var m={json_str('Alerte de sécurité Google Chrome (' + code + '). Appelez l’assistance : ')}+n;\n"
        "  d.getElementById('msg').textContent='Assistance : '+n;\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='fr-FR';speechSynthesis.speak(u);}\n"
        "  (function boucle(){if(!confirm(m)){alert(m);}setTimeout(boucle,3000);})();\n"
        "  d.getElementById('quitter').onclick=function(){alert(m);plein();};d.getElementById('ok').onclick=plein;\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Alerte de sécurité – {code}", body, head), s)}


# --- an Austrian Microsoft Defender browser locker, caret-split digits -------------------


@branded
def b18_at_locker_defender_caret(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    caret = s.num(own, "national", "caret")  # 0^8^0^0^2^0^7^7^1^9
    plain = s.num(own, "national")  # 0800 207719
    code = f"0x80{rng.choice('07')}{rng.randint(10, 99)}{rng.choice('ABCDEF')}{rng.randint(10, 99)}"
    threat = f"Trojan:Win32/Wacatac.{_letters(rng, 1).upper()}!ml"
    head = (
        "<style>html,body{margin:0;height:100%;background:#0b5cad;color:#fff;font-family:'Segoe UI',sans-serif;cursor:none;overflow:hidden}"
        ".win{position:fixed;top:10%;left:50%;transform:translateX(-50%);width:620px;background:#fff;color:#000;border:1px solid #888}"
        ".win .t{background:#1f1f1f;color:#fff;padding:8px 14px;font-size:14px}.win .i{padding:18px 24px}"
        ".hot{font-size:30px;font-weight:700;text-align:center;letter-spacing:2px}</style>\n"
    )
    body = (
        '<div class="win" role="alertdialog" aria-modal="true"><div class="t">Windows-Sicherheit – Microsoft Defender SmartScreen</div><div class="i">'
        "<h1>Zugriff auf diesen PC wurde gesperrt</h1>"
        f"<p>Bedrohung gefunden: <b>{threat}</b>. Aus Sicherheitsgründen wurde Ihr Computer gesperrt, um Ihre "
        "Bankdaten, Passwörter und Fotos zu schützen.</p>"
        f"<p>Fehlercode: {code}</p>"
        "<p>Starten Sie den Computer nicht neu und schließen Sie dieses Fenster nicht. Rufen Sie sofort den "
        "Microsoft-Support Österreich an (gebührenfrei):</p>"
        f'<p class="hot">{caret}</p><p style="text-align:center">Hotline: {plain}</p>'
        '<p><button id="weiter">Weiter</button> <button id="abbrechen">Abbrechen</button></p></div></div>'
        '<audio id="warnton" src="/media/warnung-de-at.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement;function voll(){try{e.requestFullscreen();}catch(x){}}\n"
        "  d.addEventListener('click',function(){voll();d.getElementById('warnton').play();});d.addEventListener('keydown',function(v){v.preventDefault();voll();});\n"
        "  window.onbeforeunload=function(){return 'Ihr PC ist gesperrt';};window.addEventListener('beforeunload',function(v){v.returnValue='gesperrt';});\n"
        "  for(var i=0;i<50;i++){history.pushState({i:i},'',location.href);}\n"
        "  window.onpopstate=function(){history.pushState({},'',location.href);};\n"
        f"  var m={json_str('Microsoft Defender: Ihr PC wurde gesperrt (' + code + '). Rufen Sie den Support an: ' + numbers.write(own, 'national'))};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='de-AT';speechSynthesis.speak(u);}\n"
        "  (function frage(){if(!confirm(m)){alert(m);}setTimeout(frage,2000);})();\n"
        "  d.getElementById('abbrechen').onclick=function(){alert(m);};d.getElementById('weiter').onclick=voll;\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Windows-Sicherheit – PC gesperrt", body, head), s)}


# --- a Swiss-German AVG "Kundendienst" on Kirby, the number as script pieces -------------


@branded
def b18_ch_kirby_avg_jspieces(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    g = numbers.groups(own)  # ['0800', '556', '128']
    ver = rng.randint(1700000000, 1709999999)

    def page() -> tuple[str, Sheet]:
        s = Sheet()
        s.hidden(own)  # script pieces (and, on the landing, the URL)
        script = (
            "<script>\n(function(){\n"
            f"  var v='{g[0]}',w='{g[1]}',x='{g[2]}',n=[v,w,x].join(' ');\n"
            "  var q=new URLSearchParams(location.search).get('tel');if(q){q=q.replace(/[^0-9]/g,'');n=q.slice(0,4)+' '+q.slice(4,7)+' '+q.slice(7);}\n"
            "  var b=document.getElementById('hotline');b.textContent=n;\n"
            "  var c=document.getElementById('anrufen');c.href='tel:'+n.replace(/ /g,'');c.textContent='Jetzt anrufen: '+n;\n"
            "})();\n</script>"
        )
        body = (
            '<div class="page"><header class="header"><a class="logo" href="/">'
            f'<img src="/media/site/{_hex(rng, 10)}-{ver}/avg-logo.svg" alt="AVG"> {esc(spec.name)}</a>'
            '<nav class="menu"><a href="/">Start</a><a href="/leistungen">Leistungen</a><a href="/kontakt">Kontakt</a></nav></header>'
            '<main class="main"><article class="intro">'
            "<h1>AVG Kundendienst Schweiz</h1>"
            "<p>AVG Internet Security oder AVG TuneUp macht Probleme? Abo verlängert, obwohl Sie gekündigt haben? "
            "Unsere AVG-Spezialisten helfen Ihnen am Telefon und per Fernwartung – in Deutsch, Französisch und "
            "Italienisch.</p>"
            '<p class="hotline">Gratis-Hotline: <strong id="hotline">…</strong></p>'
            '<p><a id="anrufen" class="button" href="/kontakt">Rückruf anfordern</a></p></article>'
            '<section class="grid"><h2>Unsere Leistungen</h2>'
            + _ul(
                (
                    "AVG Lizenz aktivieren oder auf einen neuen PC übertragen",
                    "AVG Abo kündigen und Rückerstattung beantragen",
                    "Virenentfernung, wenn AVG eine Bedrohung nicht löschen kann",
                    "AVG Secure VPN einrichten",
                )
            )
            + "</section></main>"
            f'<footer class="footer"><p>© 2020–2026 {esc(spec.name)} · Zürich · <a href="/impressum">Impressum</a> · '
            '<a href="/datenschutz">Datenschutz</a></p></footer></div>'
            f'<script src="/assets/js/index.js?v={ver}"></script>' + script
        )
        head = f'<link href="/assets/css/index.css?v={ver}" rel="stylesheet">\n<link rel="alternate" type="application/rss+xml" href="/feed">\n'
        return document(spec.lang, f"{spec.name} – Hotline für AVG Abo und Lizenz", body, head), s

    landing = f"/?tel={numbers.national_digits(own)}&utm_source=google&utm_medium=cpc&utm_campaign=avg-ch-{rng.randint(100, 999)}"
    return {"/": page(), landing: page()}


# --- a Finnish HP printer-support store on myshopify.com (Dawn) --------------------------


@branded
def b18_fi_shopify_hp_star(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    star = s.num(own, "national", "star")  # 0⊹9⊹4⊹2⊹7⊹5⊹8⊹3⊹1⊹6
    call = s.tel(own, "Soita tukeen", national=True)
    shop = rng.randint(60000000000, 69999999999)
    head = (
        f'<link href="//{spec.host}/cdn/shop/t/{rng.randint(2, 9)}/assets/base.css?v={rng.randint(10**15, 10**16 - 1)}" rel="stylesheet" type="text/css" media="all">\n'
        f'<script>var Shopify = Shopify || {{}};Shopify.shop = "{spec.host}";Shopify.locale = "fi";Shopify.currency = {{"active":"EUR","rate":"1.0"}};'
        f'Shopify.theme = {{"name":"Dawn","id":{shop},"schema_name":"Dawn","schema_version":"15.0.0","role":"main"}};</script>\n'
        f'<meta property="og:site_name" content="{esc(spec.name)}">\n'
    )
    body = (
        '<a class="skip-to-content-link button visually-hidden" href="#MainContent">Siirry sisältöön</a>'
        '<div class="shopify-section shopify-section-group-header-group section-header"><header class="header header--middle-left page-width">'
        f'<a href="/" class="header__heading-link link"><span class="h2">{esc(spec.name)}</span></a>'
        '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline"><li><a href="/" class="header__menu-item">Etusivu</a></li>'
        '<li><a href="/pages/tuki" class="header__menu-item">Yhteystiedot</a></li></ul></nav></header></div>'
        '<main id="MainContent" class="content-for-layout focus-none" role="main">'
        '<section class="shopify-section section"><div class="product page-width">'
        '<div class="product__media"><img src="//cdn.shopify.com/s/files/1/0/hp-tulostin.jpg" alt="HP-tulostin"></div>'
        '<div class="product__info-container"><h1 class="product__title">HP-tulostimen asennus ja etätuki</h1>'
        '<div class="price"><span class="price-item price-item--regular">49,90 €</span></div>'
        "<p>HP-tulostin offline-tilassa, ei yhdistä Wi-Fi-verkkoon tai tulostusjono jumissa? HP-sertifioitu "
        "tukihenkilömme asentaa ajurit ja HP Smart -sovelluksen etäyhteydellä – yleensä 15 minuutissa.</p>"
        + _ul(
            (
                "HP DeskJet, OfficeJet, ENVY ja LaserJet",
                "HP Smart -tilin kirjautumisongelmat",
                "HP Instant Ink -tilauksen ongelmat",
                "Tulostinajurin virhe Windows 11:ssä",
            )
        )
        + f'<p class="product__text">Soita ennen tilausta: <strong>{star}</strong></p>'
        f'<p class="product-form__buttons"><button type="submit" class="product-form__submit button button--full-width">Lisää ostoskoriin</button> {call}</p>'
        "</div></div></section></main>"
        '<footer class="footer"><div class="footer__content-bottom page-width"><ul class="policies list-unstyled">'
        '<li><a href="/policies/refund-policy">Palautuskäytäntö</a></li><li><a href="/policies/privacy-policy">Tietosuojakäytäntö</a></li>'
        '<li><a href="/pages/tuki">Tuki</a></li></ul>'
        f'<small class="copyright__content">© 2026, {esc(spec.name)} <a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Tarjoaja: Shopify</a></small></div></footer>'
    )
    return {
        "/": (
            document(
                spec.lang,
                f"HP-tulostimen asennus ja etätuki – {spec.name}",
                body,
                head,
                ' class="gradient"',
            ),
            s,
        )
    }


# --- an unbranded Finnish "tietokoneapu etänä" site on Publii, AnyDesk -----------------


@branded
def b18_fi_publii_anydesk_unbranded(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    split = s.num(own, "split_sub")  # 075 325 2917
    intl = s.num(own, "intl_zero_spaced")  # +358 (0)75 3252917
    call = s.tel(own, split)
    head = (
        '<meta name="generator" content="Publii Open-Source CMS for Static Site">\n'
        f'<link rel="stylesheet" href="https://{spec.host}/assets/css/style.css?v={_hex(rng, 32)}">\n'
        f'<link rel="alternate" type="application/atom+xml" href="https://{spec.host}/feed.xml">\n'
    )
    body = (
        '<header class="top js-header"><a class="logo" href="/">'
        f'{esc(spec.name)}</a><nav class="navbar js-navbar"><ul class="navbar__menu"><li><a href="/">Etusivu</a></li>'
        '<li><a href="/hinnasto/">Hinnasto</a></li><li><a href="/tuki/">Ota yhteyttä</a></li></ul></nav></header>'
        '<main class="post"><div class="wrapper"><header class="hero"><h1>Tietokone temppuilee? Asiantuntijamme auttaa heti etäyhteydellä</h1></header>'
        '<div class="content__inner"><div class="content__entry">'
        "<p>Hidas kone, virusvaroitukset, sähköposti ei toimi tai tulostin ei löydy? Soita meille, niin "
        "asiantuntijamme yhdistää koneellesi turvallisesti AnyDesk-ohjelmalla ja korjaa vian sillä aikaa kun "
        "katsot vierestä. Ei kotikäyntejä, ei odottelua.</p>"
        f'<p class="puhelin">Soita: <strong>{call}</strong> (ma–su 8–22)</p>'
        "<h2>Näin se toimii</h2><ol><li>Soita ja kerro ongelmasta</li><li>Lataa AnyDesk osoitteesta anydesk.com ja "
        "kerro meille 9-numeroinen osoite</li><li>Asiantuntija korjaa vian etänä</li><li>Maksu vasta kun kaikki toimii</li></ol>"
        "<h2>Hinnat</h2>"
        + _ul(
            ("Kertakorjaus 69 €", "Huoletonpaketti 12 kk – 199 € (3 laitetta)", "Tyytyväisyystakuu")
        )
        + "</div></div></div></main>"
        f'<footer class="footer"><div class="wrapper"><p>© 2026 {esc(spec.name)} · {intl} · <a href="/tuki/">Yhteystiedot</a> · '
        '<a href="/tietosuoja/">Tietosuoja</a></p><p class="footer__copyright">Powered by Publii</p></div></footer>'
        f'<script defer src="https://{spec.host}/assets/js/scripts.min.js?v={_hex(rng, 32)}"></script>'
    )
    return {
        "/": (
            document(
                spec.lang, f"{spec.name} – tietokoneapu puhelimella ja etäyhteydellä", body, head
            ),
            s,
        )
    }


# --- a Japanese Canon printer "support centre" on Ameba Ownd, fullwidth digits ---------


@branded
def b18_ja_ameba_canon_fullwidth(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "dashed", "fullwidth")  # ０１２０－４１７－３９６
    call = s.tel(own, "今すぐ電話する（通話無料）", national=True)
    site_id = rng.randint(1000000, 1999999)
    head = (
        f'<link rel="stylesheet" href="https://cdn.amebaowndme.com/madrid-prd/madrid-web/css/theme-{_hex(rng, 8)}.css">\n'
        f'<script>window.__OWND_SITE__={{siteId:{site_id},lang:"ja",theme:"bonfire"}};</script>\n'
        '<meta property="og:site_name" content="Ameba Ownd">\n'
    )
    worries = "".join(
        f"<li>{esc(t)}</li>"
        for t in (
            "キヤノンのプリンターがオフラインになって印刷できない",
            "PIXUSをWi-Fiにつなげられない・ルーターを替えたら使えなくなった",
            "ドライバーのインストールがうまくいかない",
            "エラーコード（5B00、1700など）が消えない",
        )
    )
    body = (
        f'<div id="ownd-root" class="theme-bonfire" data-site-id="{site_id}"><header class="site-header">'
        f'<h1 class="site-title"><a href="/">{esc(spec.name)}</a></h1>'
        '<nav class="site-nav"><a href="/">ホーム</a><a href="/pages/contact">お問い合わせ</a></nav></header>'
        '<main class="page-body"><div class="blog-article"><div class="article-body">'
        "<h2>キヤノン プリンターのトラブル、お電話ですぐ解決</h2>"
        "<p>Canon（キヤノン）PIXUS・imagePROGRAF・SATERA の設定やエラーでお困りの方へ。専門スタッフが遠隔サポートでお客様のパソコンに接続し、その場で解決します。</p>"
        f"<ul>{worries}</ul>"
        f'<p class="tel">サポートセンター：<strong>{wide}</strong></p>'
        f'<p class="btn">{call}</p>'
        "<p>受付時間：9:00〜22:00（年中無休）・全国対応</p>"
        "</div></div></main>"
        f'<footer class="site-footer"><p>© 2026 {esc(spec.name)}</p><p class="ownd-footer"><a href="https://www.amebaownd.com/" rel="nofollow">Powered by Ameba Ownd</a></p></footer></div>'
    )
    return {
        "/": (
            document(spec.lang, f"{spec.name}｜プリンター設定・エラー 電話サポート", body, head),
            s,
        )
    }


TEMPLATES = {
    "b18_nl_brizy_kpn_tel": with_contact("/contact", b18_nl_brizy_kpn_tel),
    "b18_be_simvoly_teamviewer_trust": with_contact("/contact", b18_be_simvoly_teamviewer_trust),
    "b18_us_leadpages_epson_urlenc": with_contact("/support", b18_us_leadpages_epson_urlenc),
    "b18_ca_instapage_bitdefender_renewal": with_contact(
        "/support", b18_ca_instapage_bitdefender_renewal
    ),
    "b18_au_modx_orchid_icloud": with_contact("/about.html", b18_au_modx_orchid_icloud),
    "b18_gb_nuxt_mcafee_homoglyph": with_contact("/renew", b18_gb_nuxt_mcafee_homoglyph),
    "b18_fr_locker_chrome": b18_fr_locker_chrome,
    "b18_at_locker_defender_caret": b18_at_locker_defender_caret,
    "b18_ch_kirby_avg_jspieces": with_contact("/kontakt", b18_ch_kirby_avg_jspieces),
    "b18_fi_shopify_hp_star": with_contact("/pages/tuki", b18_fi_shopify_hp_star),
    "b18_fi_publii_anydesk_unbranded": with_contact("/tuki/", b18_fi_publii_anydesk_unbranded),
    "b18_ja_ameba_canon_fullwidth": with_contact("/pages/contact", b18_ja_ameba_canon_fullwidth),
}
