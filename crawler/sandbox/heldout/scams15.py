"""Fifteenth batch of held-out scam templates: page shells no earlier batch uses.

b15_us_carrd_norton_billing (a US Norton "renewal billing" one-pager on Carrd, the number
only in spam forms, "((1+844_730_2916))" and dots, and in JSON-LD), b15_fr_azureblob_windows_rappel
(a French "Assistance Windows" Nicepage export on an Azure Storage static website, the number
assembled by a script from pieces and in a /rappel?tel= link), b15_de_locker_gesperrt (a
German "Ihr Computer wurde gesperrt" Windows Defender browser locker, the number
star-decorated and colon-separated), b15_nl_bricks_hp_printerhulp (a Dutch HP printer
helpdesk on WordPress with the Bricks builder and a copied trust footer, underscores and a
national-only tel: link), b15_uk_zyro_pc_experts (an unbranded British "our experts connect
with AnyDesk" site on the Hostinger Website Builder, "0-800-069-8125 UK"),
b15_fi_webnode_icloud (a Finnish "iCloud-tuki" on Webnode, caret-decorated digits and a
WhatsApp link), b15_ja_pages_amazon_kaiyaku (a Japanese Amazon Prime "cancellation support"
Astro build on Cloudflare Pages, the number URL-encoded as a broken template prints it) and
b15_ch_onecom_paypal_sicherheit (a Swiss-German "PayPal Sicherheitsdienst" on the one.com
builder, "++41" and x-separated digits).
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
from crawler.sandbox.heldout.widgets import trustpilot_badge, whatsapp_float


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _letters(rng: Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


# --- US Norton renewal billing on a Carrd one-pager -------------------------------------


@branded
def b15_us_carrd_norton_billing(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    paren = s.num(own, "us_dash", "double_paren")  # ((1+844_730_2916))
    dots = s.num(own, "us_dots")  # 1.844.730.2916
    s.hidden(own)  # JSON-LD ContactPoint
    order = f"NLK-{rng.randint(10000000, 99999999)}"
    ld = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": spec.name,
        "url": f"https://{spec.host}/",
        "contactPoint": {"@type": "ContactPoint", "telephone": own, "contactType": "billing support", "areaServed": "US"},
    }
    head = (
        '<meta name="description" content="Norton LifeLock subscription billing desk – cancel or refund an auto-renewal.">\n'
        f'<link href="assets/main.css?v={rng.randint(100000000, 999999999)}" rel="stylesheet" type="text/css">\n'
        f'<meta property="og:site_name" content="{esc(spec.name)}"><meta property="og:type" content="website">\n'
        + _ld(ld)
    )
    body = (
        '<div id="wrapper"><div id="main"><div class="inner">'
        '<div id="container01" class="style1 container default"><div class="wrapper"><div class="inner" data-onvisible-trigger="1">'
        '<div id="image01" class="style1 image"><span class="frame"><img src="assets/images/image01.png?v=b1e2" alt="Norton LifeLock"></span></div>'
        '<h1 id="text01" class="style3">Norton LifeLock Billing Desk</h1>'
        '<p id="text02" class="style2">Thank you for renewing your <strong>Norton 360 Deluxe</strong> (5 devices, 1 year). '
        f"Order {order} for <strong>$399.99</strong> will be charged within 24 hours.</p>"
        '<hr id="divider01" class="style1 full">'
        '<p id="text03" class="style4">Didn’t authorize this renewal? To cancel the order and get a full refund, contact the '
        "billing desk before the charge is settled.</p>"
        f'<h2 id="text04" class="style5">Billing desk: {paren}</h2>'
        f'<p id="text05" class="style6">Toll free USA &amp; Canada · {dots} · Mon–Sun 7am–11pm EST</p>'
        '<ul id="buttons01" class="style1 buttons"><li><a href="#refund" class="button n01"><span class="label">Request refund</span></a></li>'
        '<li><a href="/faq" class="button n02"><span class="label">Billing FAQ</span></a></li></ul>'
        "</div></div></div>"
        '<div id="container02" class="style2 container columns"><div class="wrapper"><div class="inner" data-onvisible-trigger="1">'
        '<div><h3 id="text06" class="style7">What happens next</h3><p id="text07" class="style8">A billing executive verifies the '
        "order, removes the licence from your device through a secure screen-sharing session and reverses the payment to "
        "your bank account.</p></div>"
        '<div><h3 id="text08" class="style7">Reference</h3><p id="text09" class="style8">Keep your order number ready. '
        "Refunds are only possible before the charge is settled.</p></div>"
        "</div></div></div>"
        '<p id="text10" class="style9">© 2026 Norton LifeLock Billing Desk. Independent billing assistance.</p>'
        '</div></div></div>'
        f'<a id="credit" href="https://carrd.co/build?ref=auto" title="Made with Carrd"><span>Made with Carrd</span></a>'
        '<script src="assets/main.js"></script>'
    )
    return {"/": (document(spec.lang, f"Norton LifeLock Billing | Call {dots}", body, head, ' class="is-loading"'), s)}


# --- French "Assistance Windows" on an Azure Storage static website ---------------------


@branded
def b15_fr_azureblob_windows_rappel(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # ['09', '75', '18', '26', '40']
    s.hidden(own)  # script pieces and the /rappel?tel= link
    pieces = ",".join(json_str(p) for p in g)
    sec = _hex(rng, 4)
    head = (
        '<meta name="generator" content="Nicepage 6.5.3, nicepage.com">\n'
        '<link rel="stylesheet" href="nicepage.css" media="screen"><link rel="stylesheet" href="Accueil.css" media="screen">\n'
        '<script class="u-script" type="text/javascript" src="jquery.js" defer=""></script>\n'
        '<script class="u-script" type="text/javascript" src="nicepage.js" defer=""></script>\n'
        '<meta name="theme-color" content="#0078d4"><meta property="og:title" content="Assistance Windows France">\n'
    )
    steps = "".join(
        f'<div class="u-container-style u-list-item u-repeater-item"><div class="u-container-layout u-similar-container">'
        f'<h4 class="u-text u-text-default">{esc(a)}</h4><p class="u-text">{esc(b)}</p></div></div>'
        for a, b in (
            ("Windows ne démarre plus", "Écran bleu, redémarrages en boucle, mise à jour bloquée à 35 %."),
            ("Messages d’alerte virus", "Fenêtres qui s’ouvrent seules, navigateur détourné, publicité envahissante."),
            ("Compte Microsoft bloqué", "Mot de passe oublié, Outlook inaccessible, activité suspecte détectée."),
        )
    )
    body = (
        f'<header class="u-clearfix u-header u-header" id="sec-{_hex(rng, 4)}"><div class="u-clearfix u-sheet u-sheet-1">'
        '<a href="index.html" class="u-image u-logo u-image-1"><img src="images/windows-logo.png" class="u-logo-image u-logo-image-1" alt="Assistance Windows"></a>'
        '<nav class="u-menu u-menu-one-level u-offcanvas u-menu-1"><ul class="u-nav u-unstyled"><li class="u-nav-item"><a class="u-button-style u-nav-link" href="index.html">Accueil</a></li>'
        '<li class="u-nav-item"><a class="u-button-style u-nav-link" href="contact.html">Contact</a></li></ul></nav></div></header>'
        f'<section class="u-align-center u-clearfix u-section-1" id="sec-{sec}"><div class="u-clearfix u-sheet u-sheet-1">'
        '<h1 class="u-text u-text-default u-title u-text-1">Assistance Windows – support technique en France</h1>'
        '<p class="u-large-text u-text u-text-variant u-text-2">Un technicien certifié Microsoft prend en charge votre PC à distance, '
        "en français, 7 jours sur 7. Diagnostic gratuit.</p>"
        '<p class="u-text u-text-3">Appel gratuit depuis un fixe ou un mobile : <span class="u-text-palette-1-base" id="ligne">…</span></p>'
        f'<a href="/rappel?tel={numbers.national_digits(own)}" class="u-btn u-btn-round u-button-style u-hover-palette-1-light-1 u-palette-1-base u-radius-50 u-btn-1">Appeler un technicien</a>'
        "</div></section>"
        f'<section class="u-clearfix u-section-2" id="sec-{_hex(rng, 4)}"><div class="u-clearfix u-sheet u-sheet-1">'
        f'<div class="u-list u-list-1"><div class="u-repeater u-repeater-1">{steps}</div></div></div></section>'
        f'<footer class="u-align-center u-clearfix u-footer u-grey-80 u-footer" id="sec-{_hex(rng, 4)}"><div class="u-clearfix u-sheet u-sheet-1">'
        '<p class="u-small-text u-text u-text-variant u-text-1">© 2026 Assistance Windows France – service d’assistance informatique indépendant.</p></div></footer>'
        '<section class="u-backlink u-clearfix u-grey-80"><a class="u-link" href="https://nicepage.com/website-templates" target="_blank"><span>Website Templates</span></a>'
        '<p class="u-text"><span>created with</span></p><a class="u-link" href="https://nicepage.com/" target="_blank"><span>Website Builder Software</span></a></section>'
        "<script>\n(function(){\n"
        f"  var p=[{pieces}];\n"
        "  var el=document.getElementById('ligne');el.textContent=p.join(' ');\n"
        "  var b=document.querySelector('.u-btn-1');if(window.matchMedia('(pointer:coarse)').matches){b.href='tel:'+p.join('');}\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Assistance Windows France – dépannage PC à distance", body, head, ' data-home-page="index.html" data-home-page-title="Accueil" class="u-body u-xl-mode" data-lang="fr"'), s)}


# --- German "Ihr Computer wurde gesperrt" browser locker ---------------------------------


@branded
def b15_de_locker_gesperrt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "split_sub")  # 0800 182 6473
    star = s.num(own, "split_sub", "star")  # 0⊹8⊹0⊹0⊹1⊹8⊹2⊹6⊹4⊹7⊹3
    colon = numbers.write(own, "split_sub", "colon")  # 0800:182:6473, in the script
    s.hidden(own)
    code = f"0x80{rng.choice('0478')}{rng.randint(1000, 9999)}{rng.choice('ABCDEF')}"
    session = f"{_hex(rng, 8)}-{_hex(rng, 4)}"
    threats = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td class=\"st\">Nicht entfernt</td></tr>"
        for a, b in (
            ("Trojan:Win32/Emotet.RT!MTB", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
            ("Spyware:Win32/Keylogger.BZ", "C:\\Users\\Public\\Libraries\\svch0st.exe"),
            ("PUA:Win32/CoinMiner", "C:\\ProgramData\\Microsoft\\Crypto\\RSA\\mgr.dll"),
        )
    )
    head = (
        "<style>html,body{margin:0;height:100%;background:#1f1f1f;font-family:'Segoe UI',Tahoma,sans-serif;cursor:none;user-select:none}"
        ".ws-frame{position:fixed;inset:40px 80px;background:#f3f3f3;color:#1b1b1b;box-shadow:0 0 0 9999px rgba(0,0,0,.6)}"
        ".ws-bar{background:#0067c0;color:#fff;padding:8px 14px;font-size:13px}.ws-body{padding:22px 30px}"
        ".ws-alert{background:#c42b1c;color:#fff;padding:14px 18px;margin:14px 0}.ws-nr{font-size:30px;font-weight:700;letter-spacing:1px}"
        "table{border-collapse:collapse;width:100%;font-size:13px}td{border-bottom:1px solid #ddd;padding:5px}.st{color:#c42b1c}</style>\n"
    )
    body = (
        '<div class="ws-frame" role="alertdialog" aria-modal="true">'
        '<div class="ws-bar">Windows-Sicherheit · Viren- &amp; Bedrohungsschutz</div><div class="ws-body">'
        "<h1>Ihr Computer wurde gesperrt</h1>"
        '<div class="ws-alert"><p><b>Zugriff aus Sicherheitsgründen blockiert.</b> Windows Defender hat auf diesem Gerät '
        "gefährliche Schadsoftware gefunden. Ihre Bankdaten, Passwörter und Fotos werden gerade an einen unbekannten "
        "Server übertragen.</p>"
        f"<p>Fehlercode: {code} · Sitzung {session}</p></div>"
        f"<table><tbody>{threats}</tbody></table>"
        "<p>Schalten Sie den Computer nicht aus und schliessen Sie diese Seite nicht – sonst werden alle Daten auf der "
        "Festplatte gelöscht. Rufen Sie sofort den Microsoft-Support an (gebührenfrei):</p>"
        f'<p class="ws-nr">{star}</p>'
        f"<p>Windows-Support Deutschland: {plain}</p>"
        '<p><button id="ws-scan">Jetzt scannen</button> <button id="ws-close">Abbrechen</button></p>'
        "</div></div>"
        '<audio id="ws-beep" src="/media/warnung-de.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document;function full(){var e=d.documentElement;try{(e.requestFullscreen||e.msRequestFullscreen).call(e);}catch(x){}}\n"
        "  ['click','keydown','mousemove'].forEach(function(t){d.addEventListener(t,function(e){if(t==='keydown'){e.preventDefault();}full();d.getElementById('ws-beep').play();});});\n"
        "  window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='Ihr Computer ist gesperrt';});\n"
        "  for(var i=0;i<40;i++){history.pushState({s:i},'',location.pathname+'#gesperrt'+i);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);});\n"
        f"  var m={json_str('WARNUNG: Ihr Computer wurde gesperrt. Fehler ' + code + '. Rufen Sie den Windows-Support an: ' + colon)};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='de-DE';speechSynthesis.speak(u);}\n"
        "  (function ask(){if(!confirm(m)){alert(m);}setTimeout(ask,2500);})();\n"
        "  d.getElementById('ws-close').onclick=function(){alert(m);full();};\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Windows-Sicherheit – Computer gesperrt – {plain}", body, head), s)}


# --- Dutch HP printer helpdesk on WordPress Bricks with a copied trust footer ------------


@branded
def b15_nl_bricks_hp_printerhulp(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    under = s.num(own, "pairs", "underscore")  # 085_208_41_93
    intl = s.num(own, "intl_zero_gap")  # +31 (0) 85 208 4193
    kvk = rng.randint(60000000, 69999999)
    btw = f"NL{rng.randint(100000000, 999999999)}B01"

    def bx(tag: str, kind: str, inner: str, cls: str = "") -> str:
        return f'<{tag} id="brxe-{_letters(rng, 6)}" class="brxe-{kind}{" " + cls if cls else ""}">{inner}</{tag}>'

    call = s.tel(own, "Bel de printerhulp", national=True).replace(
        "<a ", f'<a id="brxe-{_letters(rng, 6)}" class="brxe-button bricks-button bricks-background-primary lg circle" ', 1
    )
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        "<link rel='stylesheet' id='bricks-frontend-css' href='/wp-content/themes/bricks/assets/css/frontend.min.css?ver=1.9.6' media='all'>\n"
        f"<link rel='stylesheet' id='bricks-global-custom-css-css' href='/wp-content/uploads/bricks/css/global-custom-css.min.css?ver={rng.randint(1700000000, 1709999999)}' media='all'>\n"
    )
    problems = "".join(
        bx("li", "text-basic", esc(t))
        for t in (
            "HP printer staat offline of wordt niet gevonden",
            "HP Smart app herkent de printer niet meer",
            "Wifi-verbinding opnieuw instellen na een nieuwe router",
            "Foutmelding ‘cartridge niet compatibel’ na een update",
        )
    )
    body = (
        '<header id="brx-header">'
        + bx(
            "section",
            "section",
            bx(
                "div",
                "container",
                f'<a class="brxe-logo" href="/"><img src="/wp-content/uploads/2026/02/printerhulp-direct-logo.svg" alt="{esc(spec.name)}"></a>'
                '<nav class="brxe-nav-menu"><ul class="bricks-nav-menu"><li class="menu-item"><a href="/">Home</a></li>'
                '<li class="menu-item"><a href="/werkwijze/">Werkwijze</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav>'
                f'<span class="header-nummer">Helpdesk: {under}</span>',
            ),
        )
        + '</header><main id="brx-content">'
        + bx(
            "section",
            "section",
            bx(
                "div",
                "container",
                bx("h1", "heading", "Hulp bij uw HP printer – vandaag nog opgelost")
                + bx(
                    "div",
                    "text",
                    "<p>Print uw HP DeskJet, ENVY of OfficeJet niet meer? Onze printerspecialisten nemen op afstand uw "
                    "computer over en installeren de juiste drivers terwijl u aan de lijn blijft. Geen voorrijkosten, "
                    "geen wachttijd.</p>",
                )
                + call,
            ),
            "hero",
        )
        + bx("section", "section", bx("div", "container", bx("h2", "heading", "Waar wij mee helpen") + f"<ul>{problems}</ul>"))
        + bx(
            "section",
            "section",
            bx(
                "div",
                "container",
                bx("div", "text", "<p><strong>Uitstekend</strong> · 4,8 uit 5 op basis van 2.904 beoordelingen · "
                   "Al sinds 2011 de printerhulp van Nederland</p>")
                + trustpilot_badge("nl", _hex(rng, 24)),
            ),
        )
        + "</main>"
        + '<footer id="brx-footer">'
        + bx(
            "section",
            "section",
            bx(
                "div",
                "container",
                f"<p>{esc(spec.name)} · Kanaalweg 17, 3526 KL Utrecht · {intl} · klantenservice@hp-printerhulp-direct.nl</p>"
                f"<p>KvK-nummer {kvk} · BTW-nummer {btw}</p>"
                '<p><a href="/algemene-voorwaarden/">Algemene voorwaarden</a> · <a href="/privacyverklaring/">Privacyverklaring</a> · '
                '<a href="/cookiebeleid/">Cookiebeleid</a> · <a href="/retourbeleid/">Retour- en annuleringsbeleid</a></p>'
                '<p class="disclaimer">Printerhulp Direct is een onafhankelijke dienstverlener. Merknamen worden alleen gebruikt om '
                "aan te geven voor welke apparaten wij ondersteuning bieden.</p>"
                f"<p>© 2026 {esc(spec.name)}</p>",
            ),
        )
        + "</footer>"
        "<script id='bricks-scripts-js' src='/wp-content/themes/bricks/assets/js/bricks.min.js?ver=1.9.6'></script>"
    )
    return {"/": (document(spec.lang, f"HP printer hulp | {spec.name}", body, head, ' class="home page-template-default page brx-body bricks-is-frontend wp-theme-bricks"'), s)}


# --- unbranded British "our experts connect with AnyDesk" on Hostinger's builder ---------


@branded
def b15_uk_zyro_pc_experts(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = s.num(own, "zero_dash") + " UK"  # 0-800-069-8125 UK
    plain = s.num(own, "national")  # 0800 069 8125
    intl = s.num(own, "intl")  # +44 800 069 8125
    call = s.tel(own, "Call an expert now")
    v = _hex(rng, 8)

    def block(inner: str, kind: str = "layout") -> str:
        return (
            f'<section class="block block--{kind}" data-v-{v}><div class="block-{kind}__content" data-v-{v}>'
            f'<div class="layout-element layout-element--text" data-v-{v}>{inner}</div></div></section>'
        )

    fixes = "".join(
        f"<li>{esc(t)}</li>"
        for t in (
            "Slow computer, freezing and endless pop-ups",
            "Printer and Wi-Fi setup",
            "Email not sending or receiving",
            "Virus and malware removal",
            "Online banking and password worries",
        )
    )
    head = (
        '<meta name="generator" content="Hostinger Website Builder">\n'
        f'<link rel="stylesheet" href="https://assets.zyrosite.com/_astro/index.{_hex(rng, 8)}.css">\n'
        f'<link rel="preconnect" href="https://assets.zyrosite.com"><meta property="og:image" content="https://assets.zyrosite.com/{_hex(rng, 16)}/pc-experts-og.png">\n'
    )
    body = (
        f'<div id="app" data-v-{v}><main class="page" data-v-{v}>'
        f'<header class="block-header" data-v-{v}><a href="/" class="block-header-logo">{esc(spec.name)}</a>'
        '<nav class="block-header__nav"><a href="/">Home</a><a href="/how-it-works">How it works</a><a href="/contact">Contact</a></nav>'
        f'<span class="block-header__phone">{hint}</span></header>'
        + block(
            "<h1>Computer trouble? Talk to a real expert in minutes</h1>"
            "<p>Our certified experts fix laptops, desktops and tablets over the phone. You call us, we connect to your "
            "computer with AnyDesk or TeamViewer, and you watch while the problem is solved. No engineer visit, no "
            "waiting list.</p>"
            f"<p><strong>Freephone {plain}</strong> · 7 days a week, 8am–9pm</p><p>{call}</p>",
            "hero",
        )
        + block(f"<h2>What our experts fix</h2><ul>{fixes}</ul>")
        + block(
            "<h2>How it works</h2><ol><li>Call the freephone line and describe the problem.</li>"
            "<li>Download AnyDesk from the link the expert gives you and read out the 9-digit address.</li>"
            "<li>The expert repairs the computer and explains the support plan options (from £149 a year).</li></ol>"
        )
        + block(
            "<p>“Lovely man, had my laptop sorted in twenty minutes.” – Margaret, Leeds</p>"
            "<p>“Very patient with my dad.” – Simon, Swindon</p>",
            "testimonials",
        )
        + f'<footer class="block-footer" data-v-{v}><p>© 2026 {esc(spec.name)} · Remote computer help across the UK · {intl}</p>'
        '<p><a href="/privacy-policy">Privacy policy</a> · <a href="/terms">Terms</a></p></footer>'
        "</main></div>"
        f'<script type="module" src="https://assets.zyrosite.com/_astro/hoisted.{_hex(rng, 8)}.js"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} | Remote computer help {plain}", body, head), s)}


# --- Finnish "iCloud-tuki" on Webnode ----------------------------------------------------


@branded
def b15_fi_webnode_icloud(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    caret = s.num(own, "compact", "caret")  # 0^9^4^2^4^5^1^1^8^7
    intl = s.num(own, "intl_pairs")  # +358 9 42 45 11 87
    wa = whatsapp_float(s, own, "WhatsApp-tuki")
    wid = rng.randint(100000, 999999)
    head = (
        '<meta name="generator" content="Webnode 2">\n'
        f'<link rel="stylesheet" href="https://d1di2lzuh97fh2.cloudfront.net/files/{_letters(rng, 2)}/{_letters(rng, 2)}/{wid}/layout.css?ph={_hex(rng, 10)}">\n'
        f'<script>window.wnd={{"projectId":{wid},"lang":"fi","pageId":{rng.randint(1000, 9999)}}};</script>\n'
    )
    faq = "".join(
        f'<div class="wnd-box-faq"><h3 class="wnd-faq-q">{esc(q)}</h3><div class="wnd-faq-a"><p>{esc(a)}</p></div></div>'
        for q, a in (
            ("Apple ID on lukittu turvallisuussyistä", "Avaamme lukituksen puhelimessa, vaikka et muistaisi turvakysymyksiä."),
            ("iPhone pyytää iCloud-salasanaa jatkuvasti", "Tarkistamme laitteen etäyhteydellä ja poistamme vanhat profiilit."),
            ("Kuvat katosivat iCloudista", "Palautamme kuvat ja varmuuskopiot – useimmiten saman puhelun aikana."),
        )
    )
    body = (
        '<div id="wnd_page" class="layout-top-menu"><header id="wnd_Header" class="wnd-header"><div class="wnd-logo">'
        f'<a href="/"><span class="wnd-logo-text">{esc(spec.name)}</span></a></div>'
        '<nav class="wnd-menu"><ul><li class="wnd-active"><a href="/">Etusivu</a></li><li><a href="/palvelut/">Palvelut</a></li>'
        '<li><a href="/ota-yhteytta/tuki/">Tuki</a></li></ul></nav></header>'
        f'<section id="wnd_HeroSection_{wid}" class="wnd-section wnd-hero"><div class="wnd-content">'
        "<h1>iCloud- ja Apple ID -tuki suomeksi</h1>"
        "<p>Lukittu Apple ID, unohtunut salasana tai kadonneet kuvat? Sertifioidut Apple-asiantuntijamme auttavat heti "
        "puhelimessa, myös iltaisin ja viikonloppuisin.</p>"
        f'<p class="wnd-big">Soita tukeen: <strong>{caret}</strong></p>'
        '<p class="wnd-small">Palvelemme ma–su 8–22. Keskimääräinen jonotusaika alle 2 minuuttia.</p>'
        "</div></section>"
        f'<section class="wnd-section wnd-faq">{faq}</section>'
        '<footer id="wnd_Footer" class="wnd-footer">'
        f"<p>{esc(spec.name)} · Helsinki · {intl}</p>"
        '<p><a href="/tietosuoja/">Tietosuoja</a> · <a href="/kayttoehdot/">Käyttöehdot</a></p>'
        '<p class="wnd-powered">Luotu palvelulla <a href="https://www.webnode.fi" rel="nofollow">Webnode</a></p></footer>'
        f"{wa}</div>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – Apple ID ja iCloud apu", body, head, ' class="wnd-fe wnd-lang-fi"'), s)}


# --- Japanese Amazon Prime "cancellation support" on Cloudflare Pages --------------------


@branded
def b15_ja_pages_amazon_kaiyaku(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    encoded = s.num(own, "dashed", "url")  # %20050-3171-4426, as a broken template prints it
    dashed = s.num(own, "dashed")  # 050-3171-4426, title
    s.hidden(own)  # tel: link, URL-encoded
    cid = _letters(rng, 8)
    head = (
        '<meta name="generator" content="Astro v4.4.0">\n'
        f'<link rel="stylesheet" href="/_astro/index.{_hex(rng, 8)}.css">\n'
        f'<script type="module" src="/_astro/hoisted.{_hex(rng, 8)}.js"></script>\n'
    )

    def sec(inner: str, cls: str) -> str:
        return f'<section class="{cls}" data-astro-cid-{cid}>{inner}</section>'

    steps = "".join(
        f'<li data-astro-cid-{cid}><span class="n">{i}</span>{esc(t)}</li>'
        for i, t in enumerate(
            (
                "サポートセンターにお電話ください（通話料無料）。",
                "担当者の案内に従い、遠隔サポートアプリ（AnyDesk）をインストールします。",
                "画面を共有しながら解約手続きを行い、返金額をお客様の口座に送金します。",
            ),
            start=1,
        )
    )
    body = (
        f'<header class="site-header" data-astro-cid-{cid}><a href="/" class="logo" data-astro-cid-{cid}>'
        f'<img src="/images/amazon-prime-logo.svg" alt="Amazon prime" width="120" data-astro-cid-{cid}></a>'
        f'<nav data-astro-cid-{cid}><a href="/">ホーム</a><a href="/faq/">よくある質問</a><a href="/support/contact/">お問い合わせ</a></nav></header>'
        f'<main data-astro-cid-{cid}>'
        + sec(
            "<h1>Amazonプライム 自動更新の解約・返金サポート</h1>"
            "<p>Amazonプライム会費（年額 ¥5,900）が自動更新され、ご登録のクレジットカードに請求されました。"
            "心当たりのない場合は、本日中に解約と返金のお手続きが可能です。</p>"
            f'<p class="tel">解約サポートセンター：<a href="tel:{encoded}">{encoded}</a></p>'
            "<p class=\"note\">受付時間 9:00〜21:00（年中無休）</p>",
            "hero",
        )
        + sec(f"<h2>返金までの流れ</h2><ol class=\"steps\">{steps}</ol>", "flow")
        + sec(
            "<h2>ご注意</h2><p>返金手続きは請求確定前のみ可能です。お電話の際はお手元にご注文番号をご用意ください。</p>",
            "notice",
        )
        + f'</main><footer data-astro-cid-{cid}><p>© 2026 Amazonプライム 解約サポートセンター</p></footer>'
    )
    return {"/": (document(spec.lang, f"Amazonプライム 解約サポート {dashed}", body, head), s)}


# --- Swiss-German "PayPal Sicherheitsdienst" on the one.com builder ----------------------


@branded
def b15_ch_onecom_paypal_sicherheit(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plus = s.num(own, "intl", "plus_plus")  # ++41 43 508 27 19
    xed = s.num(own, "national", "x")  # 0x4x3x5x0x8x2x7x1x9
    plain = s.num(own, "national")  # 043 508 27 19
    call = s.tel(own, f"Anrufen: {plain}", national=True).replace("<a ", '<a class="oneButton oneButtonPrimary" ', 1)
    cmp = _hex(rng, 8)

    def comp(kind: str, inner: str) -> str:
        return f'<div class="component {kind}" id="{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}" data-cmp="{cmp}">{inner}</div>'

    head = (
        '<meta name="generator" content="one.com Website Builder">\n'
        f'<link rel="stylesheet" href="/onewebstatic/{_hex(rng, 10)}.css"><link rel="stylesheet" href="/onewebstatic/{_hex(rng, 10)}.css">\n'
        '<meta name="robots" content="index, follow">\n'
    )
    body = (
        '<div id="mm" class="oneWebsite"><div class="template" data-mobile-view="true">'
        + comp(
            "Menu",
            f'<a href="/" class="logo"><img src="/onewebmedia/paypal-sicherheit.png" alt="{esc(spec.name)}"></a>'
            '<ul class="menu"><li><a href="/">Start</a></li><li><a href="/kontakt/">Kontakt</a></li></ul>',
        )
        + comp(
            "Text",
            "<h1>PayPal Konto eingeschränkt? Wir helfen sofort.</h1>"
            "<p>Wurde Ihr PayPal-Konto wegen «ungewöhnlicher Aktivitäten» eingeschränkt oder sehen Sie eine Zahlung, die "
            "Sie nicht kennen? Der PayPal Sicherheitsdienst Schweiz sichert Ihr Konto gemeinsam mit Ihnen – per "
            "Fernwartung (TeamViewer), damit keine weiteren Abbuchungen passieren.</p>",
        )
        + comp("Text", f'<p class="big">Sicherheitshotline: <strong>{plus}</strong></p>')
        + comp("Button", call)
        + comp(
            "Text",
            "<h2>So läuft die Kontosicherung</h2><p>1. Anrufen und Fall-Nummer nennen. 2. Fernwartung starten. 3. Unser "
            "Mitarbeiter prüft gemeinsam mit Ihnen Ihr E-Banking und blockiert die verdächtige Zahlung.</p>"
            f"<p>Bei Problemen mit dem Anruf: {xed}</p>",
        )
        + comp(
            "Text",
            f"<p>© 2026 {esc(spec.name)} · Seefeldstrasse 88, 8008 Zürich</p>"
            '<p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p>',
        )
        + "</div></div>"
        f'<script src="/onewebstatic/{_hex(rng, 10)}.js"></script>'
    )
    return {"/": (document(spec.lang, f"PayPal Konto eingeschränkt – Hilfe {plain}", body, head, ' class="oneWebsite"'), s)}


TEMPLATES = {
    "b15_us_carrd_norton_billing": with_contact("/faq", b15_us_carrd_norton_billing),
    "b15_fr_azureblob_windows_rappel": with_contact("/contact.html", b15_fr_azureblob_windows_rappel),
    "b15_de_locker_gesperrt": b15_de_locker_gesperrt,
    "b15_nl_bricks_hp_printerhulp": with_contact("/contact/", b15_nl_bricks_hp_printerhulp),
    "b15_uk_zyro_pc_experts": with_contact("/contact", b15_uk_zyro_pc_experts),
    "b15_fi_webnode_icloud": with_contact("/ota-yhteytta/tuki/", b15_fi_webnode_icloud),
    "b15_ja_pages_amazon_kaiyaku": with_contact("/support/contact/", b15_ja_pages_amazon_kaiyaku),
    "b15_ch_onecom_paypal_sicherheit": with_contact("/kontakt/", b15_ch_onecom_paypal_sicherheit),
}
