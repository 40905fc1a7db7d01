"""Twenty-first batch of held-out scam templates: page shells no earlier batch uses.

b21_nl_carrd_abnamro_fraudedesk (a Dutch "ABN AMRO Fraudedesk" on Carrd, the number only in
national tel: links), b21_ie_duda_remote_trust (an unbranded Irish remote PC helpdesk on
Duda with a copied trust footer, "(IE)" after the number), b21_ch_webnode_fernhilfe_jsparts
(an unbranded Swiss "Computer-Soforthilfe" on Webnode, the number assembled by a script
from three pieces), b21_befr_locker_windows_dotgaps (a Belgian French Windows browser
locker, the digits spaced with dots), b21_fi_locker_iphone_plusplus (a Finnish iPhone
browser locker, "++358"), b21_au_kajabi_norton_renewal (an Australian Norton renewal lure
on Kajabi, the number in doubled parentheses), b21_nl_weebly_hp_alt (a Dutch HP printer
helpdesk on a weebly.com subdomain, the number only in an image's alt text),
b21_at_joomla_gesangverein_outlook (an Austrian men's choir's old Joomla 1.5 site, hacked,
the number only URL-encoded in a call link), b21_lu_grav_hotline_directory (a Luxembourg
"numéros service client" directory on Grav, an aged domain re-registered),
b21_ja_studio_microsoft_fullwidth (a Japanese Microsoft support desk on STUDIO, the 0120
number in fullwidth digits), b21_us_framer_icloud_query (a US iCloud help desk on Framer,
the number only in the ad landing URL) and b21_de_wix_brother_jsonld (a German Brother
printer helpdesk on Wix, the number only in JSON-LD).
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

# The fake ABN AMRO fraud desk's message; the Gooi en Vecht article (legit21) repeats it.
ABN_NOTICE = (
    "Er is vandaag een betaalverzoek goedgekeurd vanaf een nieuw apparaat dat niet bij u bekend is.",
    "Neem direct contact op met de ABN AMRO Fraudedesk en houd uw bankpas en e.dentifier bij de hand.",
    "Installeer op verzoek van de medewerker de app Veilig Bankieren zodat wij uw rekening kunnen beschermen.",
    "Maak uw saldo niet over naar een andere rekening voordat een medewerker dit met u heeft gecontroleerd.",
)


# --- a Dutch "ABN AMRO Fraudedesk" on Carrd, national tel: links only ------------------


@branded
def b21_nl_carrd_abnamro_fraudedesk(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    top = s.tel(own, '<span class="label">Bel de Fraudedesk</span>', national=True)
    low = s.tel(own, '<span class="label">Direct een medewerker spreken</span>', national=True)
    ref = f"FD-{rng.randint(100000, 999999)}"
    head = (
        f'<link rel="stylesheet" href="assets/main.css?v={_hex(rng, 8)}">\n'
        '<meta name="description" content="ABN AMRO Fraudedesk – melding verdachte transactie">\n'
        '<meta property="og:site_name" content="Carrd">\n'
    )
    notice = "".join(f'<p id="text0{i}" class="style2">{esc(t)}</p>' for i, t in enumerate(ABN_NOTICE, 2))
    body = (
        '<div id="wrapper"><div id="main"><div class="inner">'
        '<div id="image01" class="style1 image"><span class="frame"><img src="assets/images/image01.png" alt="ABN AMRO"></span></div>'
        f'<h1 id="text01" class="style1">Melding {ref}: verdachte transactie op uw rekening</h1>'
        + notice
        + f'<ul id="buttons01" class="style1 buttons"><li class="button n01">{top}</li></ul>'
        '<hr id="divider01" class="style1">'
        '<p id="text06" class="style3">De Fraudedesk is 24 uur per dag bereikbaar. Wij vragen nooit om uw pincode.</p>'
        f'<ul id="buttons02" class="style2 buttons"><li class="button n02">{low}</li></ul>'
        '<p id="text07" class="style4"><a href="/#contact">Contact</a> · <a href="/#privacy">Privacy</a></p>'
        "</div></div></div>"
        '<script src="assets/main.js"></script>'
    )
    return {"/": (document(spec.lang, "ABN AMRO Fraudedesk – verdachte transactie", body, head, ' class="is-loading"'), s)}


# --- an unbranded Irish remote PC helpdesk on Duda, copied trust footer, "(IE)" ---------


@branded
def b21_ie_duda_remote_trust(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hinted = _written(s, own, numbers.write(own, "intl") + " (IE)")
    call = s.tel(own, "Start a remote session")
    cro = rng.randint(690000, 749999)
    site = _hex(rng, 8)
    head = (
        f'<link rel="stylesheet" href="https://irp.cdn-website.com/{site}/files/{site}_1.min.css">\n'
        f'<script>window.SystemID="IE_PRODUCTION";window._currentDevice="desktop";window.dmAPI={{siteAlias:"{site}"}};</script>\n'
    )

    def row(inner: str) -> str:
        return f'<div class="dmRespRow" id="{_hex(rng, 6)}"><div class="dmRespColsWrapper"><div class="dmRespCol large-12">{inner}</div></div></div>'

    body = (
        '<div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3"><div id="dmRoot">'
        + row(f'<div class="dmNewParagraph"><a href="/">{esc(spec.name)}</a> <a href="/services">Services</a> <a href="/about">About</a> <a href="/contact">Contact</a></div>')
        + row(
            '<div class="dmNewParagraph" data-element-type="paragraph"><h1>Friendly computer help, over the phone and by remote session</h1>'
            "<p>Pop-ups, a slow laptop, email that stopped working or a printer that vanished? Ring us, one of our "
            "Irish-based technicians connects to your computer with a secure remote session and sorts it while you "
            "watch. Helping homes and small businesses across Ireland.</p>"
            f"<p><strong>Call free: {hinted}</strong></p></div>"
            f'<div class="dmButtonLink">{call}</div>'
        )
        + row('<div class="dmNewParagraph"><h2>Plans</h2>' + _ul(("One-off fix: €69", "Home Cover: €189 a year, up to 3 computers", "No fix, no fee")) + "</div>")
        + row(
            '<div class="dmNewParagraph dmFooter">'
            f'<p><img src="https://irp.cdn-website.com/{site}/dms3rep/multi/trustpilot-excellent.svg" alt="Trustpilot Excellent"> 4.8 out of 5 · '
            f"{rng.randint(900, 2400):,} reviews</p>"
            f"<p>{esc(spec.name)} Ltd, registered in Ireland, CRO no. {cro}. Registered office: 77 Camden Street Lower, Dublin 2, D02 XE80. "
            f"VAT IE{rng.randint(3000000, 3999999)}FH. We comply with the GDPR and the Data Protection Commission's guidance.</p>"
            '<p><a href="/terms">Terms of Business</a> · <a href="/privacy">Privacy Statement</a> · <a href="/cookies">Cookie Policy</a> · '
            '<a href="/complaints">Complaints</a></p>'
            f"<p>© 2026 {esc(spec.name)} Ltd. All rights reserved. Independent support provider; trademarks belong to their owners.</p></div>"
        )
        + '</div></div></div><div id="cookie-notice" class="dm-cookie-consent"><p>We use cookies to give you the best experience.</p><button>Accept all</button></div>'
        '<script src="https://static.cdn-website.com/mnlt/production/6069/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Remote Computer Help Ireland", body, head, ' id="dmRoot"'), s)}


# --- an unbranded Swiss "Computer-Soforthilfe" on Webnode, script-assembled number ------


@branded
def b21_ch_webnode_fernhilfe_jsparts(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # three pieces joined by a script
    g = numbers.groups(own)  # 0800 662 418
    head = (
        f'<link rel="stylesheet" href="https://d1di2lzuh97fh2.cloudfront.net/files/{_hex(rng, 2)}/{_hex(rng, 6)}/theme.css">\n'
        '<meta name="generator" content="Webnode">\n'
    )
    script = (
        "<script>\n(function(){\n"
        f"  var p=['{g[0]}','{g[1]}','{g[2]}'];\n"
        "  var n=p.join(' '),a=document.getElementById('hl');\n"
        "  a.textContent=n;a.href='tel:'+p.join('');\n"
        "})();\n</script>"
    )
    body = (
        '<div id="wnd_page" class="l-page"><header class="s-header"><div class="b-l-brand">'
        f'<a href="/">{esc(spec.name)}</a></div><nav class="menu"><a href="/">Home</a><a href="/angebot/">Angebot</a><a href="/kontakt/">Kontakt</a></nav></header>'
        '<main class="s-content"><section class="s-text wnd-block"><div class="b-text">'
        "<h1>Computer-Probleme? Wir helfen sofort – per Fernwartung</h1>"
        "<p>Ihr PC ist langsam, zeigt Warnmeldungen oder Ihr E-Mail-Programm funktioniert nicht mehr? Unsere "
        "Techniker verbinden sich nach Ihrem Anruf per Fernwartung mit Ihrem Gerät und beheben das Problem – "
        "in der ganzen Schweiz, auch abends und am Wochenende.</p>"
        '<p class="hotline">Gratis-Hotline: <a id="hl" href="#">Nummer wird geladen …</a></p></div></section>'
        '<section class="s-text wnd-block"><h2>Preise</h2>'
        + _ul(("Soforthilfe bis 30 Minuten: CHF 79.–", "Jahresabo Sorglos: CHF 229.– für drei Geräte", "Keine Lösung, keine Kosten"))
        + "</section></main>"
        f'<footer class="s-footer"><p>© 2026 {esc(spec.name)} · <a href="/kontakt/">Kontakt</a> · <a href="/impressum/">Impressum</a></p>'
        '<p class="wnd-promo">Erstellt mit <a href="https://www.webnode.ch/" rel="nofollow">Webnode</a></p></footer></div>'
        + script
    )
    return {"/": (document(spec.lang, f"{spec.name} – PC-Hilfe per Fernwartung", body, head, ' class="t-webnode"'), s)}


# --- a Belgian French Windows browser locker, digits spaced with dots ----------------------


@branded
def b21_befr_locker_windows_dotgaps(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "compact", "dot_gaps")  # 0 . 8 . 0 . 0 ...
    code = f"0x8{rng.randint(100, 999)}{_hex(rng, 3).upper()}"
    msg = "Alerte de sécurité Windows : votre ordinateur est bloqué. Appelez immédiatement le support Microsoft (Belgique)."
    head = (
        "<style>html,body{margin:0;height:100%;background:#1e1e1e;overflow:hidden;font-family:'Segoe UI',sans-serif}"
        ".pop{width:640px;margin:60px auto;background:#fff;border-top:34px solid #0078d4}.pop .c{padding:20px}"
        ".nr{font-size:28px;color:#b00;font-weight:700;letter-spacing:1px}</style>\n"
    )
    body = (
        '<div class="pop" role="alertdialog" aria-modal="true"><div class="c">'
        "<h1>Sécurité Windows – Accès à cet ordinateur bloqué</h1>"
        f"<p>Le pare-feu Microsoft Defender a détecté un cheval de Troie (code d’erreur {code}). Vos mots de passe "
        "bancaires, vos photos et vos e-mails sont en cours de transfert.</p>"
        "<p>N’éteignez pas votre ordinateur. Contactez le support technique Windows (appel gratuit) :</p>"
        f'<p class="nr">{shown}</p>'
        '<p><button id="ok">Appeler le support</button> <button id="x">Annuler</button></p></div></div>'
        '<audio id="bip" src="alarme-fr.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement;function plein(){try{e.requestFullscreen();}catch(z){}try{navigator.keyboard.lock();}catch(z){}}\n"
        "  d.addEventListener('click',function(){plein();d.getElementById('bip').play();});\n"
        "  d.addEventListener('keydown',function(v){v.preventDefault();plein();});\n"
        "  window.onbeforeunload=function(){return 'Votre ordinateur est bloqué';};\n"
        "  for(var i=0;i<40;i++){history.pushState({i:i},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);});\n"
        f"  var m={json_str(msg)};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='fr-BE';speechSynthesis.speak(u);}\n"
        "  (function b(){if(!confirm(m)){alert(m);}setTimeout(b,2500);})();\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Sécurité Windows – Ordinateur bloqué {code}", body, head), s)}


# --- a Finnish iPhone browser locker, "++358" ------------------------------------------------


@branded
def b21_fi_locker_iphone_plusplus(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "intl", "plus_plus")  # ++358 800 418263
    code = f"0x8{rng.choice('0127')}{rng.randint(10, 99)}{_hex(rng, 2).upper()}"
    msg = "Varoitus! iPhonesi on saastunut. Soita Apple-tukeen heti, muuten laitteesi lukitaan."
    head = (
        "<style>html,body{margin:0;height:100%;background:#111;color:#fff;overflow:hidden;font-family:-apple-system,sans-serif}"
        ".box{position:fixed;top:10%;left:6%;right:6%;background:#fafafa;color:#111;border-radius:16px;padding:16px;text-align:center}"
        ".nr{font-size:24px;font-weight:700;color:#c00}</style>\n"
    )
    body = (
        '<div class="box" role="alertdialog"><p><strong>Apple Tietoturva</strong></p>'
        "<h1>iPhonesi on hakkeroitu – 3 virusta löydetty</h1>"
        "<p>Valokuvasi, viestisi ja pankkitunnuksesi ovat vaarassa. Älä sulje tätä sivua, tai iPhone lukitaan ja "
        f"tiedot poistetaan (virhekoodi {code}).</p><p>Soita maksutta Apple-tukeen:</p>"
        f'<p class="nr">{shown}</p><p><button id="soita">Soita nyt</button></p></div>'
        '<audio id="h" src="halytys.mp3" autoplay loop playsinline></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement;\n"
        "  d.addEventListener('touchstart',function(){try{(e.requestFullscreen||e.webkitRequestFullscreen).call(e);}catch(z){}d.getElementById('h').play();if(navigator.vibrate){navigator.vibrate([500,250,500]);}});\n"
        "  window.addEventListener('beforeunload',function(v){v.preventDefault();v.returnValue='';});\n"
        "  for(var i=0;i<35;i++){history.pushState({i:i},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);});\n"
        f"  var m={json_str(msg)};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='fi-FI';speechSynthesis.speak(u);}\n"
        "  (function t(){if(!confirm(m)){alert(m);}setTimeout(t,2200);})();\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Apple Tietoturva – iPhone lukittu", body, head), s)}


# --- an Australian Norton renewal lure on Kajabi, doubled parentheses -----------------------


@branded
def b21_au_kajabi_norton_renewal(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    paren = s.num(own, "national", "double_paren")  # ((1800 412 637))
    call = s.tel(own, "Cancel &amp; refund")
    inv = f"NTN-AU-{rng.randint(10000000, 99999999)}"
    head = (
        f'<link rel="stylesheet" href="https://kajabi-storefronts-production.kajabi-cdn.com/kajabi-storefronts-production/themes/{rng.randint(2000000, 2999999)}/assets/styles.css">\n'
        f'<script>window.Kajabi={{"site_id":{rng.randint(1000000, 9999999)},"page":"landing_page"}};</script>\n'
    )
    body = (
        '<div id="section-1" class="section section--middle section--lg"><div class="container"><div class="row">'
        '<div class="block block-type--image"><img src="https://kajabi-storefronts-production.kajabi-cdn.com/assets/norton-360-au.png" alt="Norton 360"></div>'
        '<div class="block block-type--text"><h1>Your Norton 360 Deluxe subscription has been renewed</h1>'
        f'<table class="invoice"><tr><td>Invoice</td><td>{inv}</td></tr><tr><td>Plan</td><td>Norton 360 Deluxe – 5 devices – 3 years</td></tr>'
        "<tr><td>Amount charged</td><td><strong>AU$ 449.99 (incl. GST)</strong></td></tr></table>"
        "<p>This charge will appear on your statement within 24 hours. Didn’t authorise this renewal? Call our "
        "billing team to cancel and receive a full refund.</p>"
        f"<p>Norton Billing (free call, 7 days): <strong>{paren}</strong></p></div>"
        f'<div class="block block-type--cta"><span class="btn btn--solid btn--large">{call}</span></div>'
        '<div class="block block-type--text"><p class="small">Refunds are only possible within 48 hours of the charge. '
        '<a href="/support">Support</a> · <a href="/privacy">Privacy</a></p></div>'
        '</div></div></div><div class="powered-by"><a href="https://kajabi.com" rel="nofollow">Powered by Kajabi</a></div>'
    )
    return {"/": (document(spec.lang, "Norton 360 – Renewal confirmation AU$ 449.99", body, head, ' class="kajabi-page"'), s)}


# --- a Dutch HP printer helpdesk on weebly.com, alt text only --------------------------------


@branded
def b21_nl_weebly_hp_alt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # the banner's alt text
    alt = f"HP printerhulp – bel {numbers.write(own, 'national')} (ma-za 8-21 uur)"
    head = (
        f'<link rel="stylesheet" href="//cdn2.editmysite.com/css/sites.css?buildTime={rng.randint(1700000000, 1799999999)}">\n'
        f'<script>var STATIC_BASE="//cdn1.editmysite.com/";var _W={{"siteId":"{rng.randint(100000000, 999999999)}"}};</script>\n'
    )
    body = (
        '<div class="wsite-header-section"><div class="wsite-logo">'
        f'<a href="/">{esc(spec.name)}</a></div><ul class="wsite-menu-default"><li id="active"><a href="/">Home</a></li>'
        '<li><a href="/storingen.html">Storingen</a></li><li><a href="/contact.html">Contact</a></li></ul></div>'
        '<div id="wsite-content" class="wsite-elements wsite-not-footer">'
        '<h2 class="wsite-content-title">HP printer offline of drukt niet af? Wij helpen direct</h2>'
        '<div class="paragraph">Uw HP DeskJet, ENVY of OfficeJet staat offline, HP Smart vindt de printer niet of '
        "u krijgt een foutmelding over de inktcartridge? Onze HP-printerspecialisten lossen het telefonisch en op "
        "afstand op, meestal binnen 15 minuten.</div>"
        f'<div class="wsite-image wsite-image-border-none"><img src="/uploads/{rng.randint(1, 9)}/{rng.randint(100000, 999999)}/hp-hulp-banner_orig.png" alt="{esc(alt)}"></div>'
        '<div class="paragraph"><strong>Veelvoorkomende storingen</strong></div>'
        + _ul(("HP printer offline", "HP Smart app werkt niet", "Wifi-verbinding kwijt na router wissel", "Cartridge niet herkend"))
        + "</div>"
        f'<div class="wsite-footer"><p>© 2026 {esc(spec.name)} · <a href="/contact.html">Contact</a></p>'
        '<p>Powered by <a href="https://www.weebly.com/" rel="nofollow">Weebly</a></p></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – HP printer offline hulp", body, head, ' class="wsite-theme-light"'), s)}


# --- an Austrian men's choir's old Joomla 1.5 site, hacked, URL-encoded call link -----------


@branded
def b21_at_joomla_gesangverein_outlook(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # only URL-encoded, in the link
    enc = quote(numbers.write(own, "intl"), safe="")  # %2B43%20800%20297531
    head = (
        '<meta name="generator" content="Joomla! 1.5 - Open Source Content Management">\n'
        '<link rel="stylesheet" href="/templates/rhuk_milkyway/css/template.css" type="text/css">\n'
        '<script type="text/javascript" src="/media/system/js/mootools.js"></script>\n'
    )

    def item(title: str, date: str, inner: str) -> str:
        return (
            '<table class="contentpaneopen"><tr><td class="contentheading" width="100%">'
            f"{esc(title)}</td></tr></table><table class=\"contentpaneopen\"><tr><td class=\"createdate\">{esc(date)}</td></tr>"
            f"<tr><td valign=\"top\">{inner}</td></tr></table><span class=\"article_separator\">&nbsp;</span>"
        )

    body = (
        '<div id="page_bg"><div id="header"><h1><a href="/">'
        f"{esc(spec.name)}</a></h1><p>Singen seit 1897 · Vorarlberg</p></div>"
        '<div id="tabarea"><ul id="mainlevel-nav"><li><a href="/index.php" class="mainlevel-nav">Startseite</a></li>'
        '<li><a href="/index.php?option=com_content&amp;view=article&amp;id=3&amp;Itemid=4" class="mainlevel-nav">Chor</a></li>'
        '<li><a href="/index.php?option=com_content&amp;view=article&amp;id=5&amp;Itemid=6" class="mainlevel-nav">Termine</a></li>'
        '<li><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=9" class="mainlevel-nav">Kontakt</a></li></ul></div>'
        '<div id="content"><div class="blog">'
        + item(
            "Microsoft Konto gesperrt? Outlook Hotline Österreich",
            "Freitag, 27. Februar 2026 09:12",
            "<p>Ihr Outlook- oder Hotmail-Konto wurde gesperrt, Sie kommen nicht mehr in Ihr Microsoft Konto oder "
            "Windows zeigt eine Sicherheitswarnung? Die Microsoft Konto Hotline hilft Ihnen sofort am Telefon, Ihr "
            "Konto wiederherzustellen – kostenlos aus ganz Österreich.</p>"
            f'<p><a href="tel:{enc}" class="readon"><strong>&gt;&gt; Hier klicken und Hotline anrufen &lt;&lt;</strong></a></p>',
        )
        + item(
            "Frühjahrskonzert im Vereinshaus",
            "Sonntag, 08. Februar 2026 18:40",
            "<p>Unser Frühjahrskonzert findet am Samstag, 21. März, um 19:30 Uhr im Vereinshaus statt. Auf dem "
            "Programm stehen Volkslieder aus dem Ländle und Werke von Schubert. Eintritt: freiwillige Spende.</p>",
        )
        + item(
            "Jahreshauptversammlung 2026",
            "Dienstag, 13. Jänner 2026 21:05",
            "<p>Obmann und Chorleiter wurden einstimmig bestätigt. Neue Sänger sind jeden Dienstag um 20 Uhr zur "
            "Probe herzlich willkommen!</p>",
        )
        + '</div></div><div id="footer"><p>© 2009–2026 '
        f"{esc(spec.name)} · Powered by <a href=\"http://www.joomla.org\">Joomla!</a>. Valid XHTML and CSS.</p></div></div>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – Startseite", body, head, ' id="page_bg_body"'), s)}


# --- a Luxembourg "numéros service client" directory on Grav, an aged domain --------------


@branded
def b21_lu_grav_hotline_directory(spec: Spec, rng: Random) -> Drafts:
    n0, n1 = spec.phones
    s = Sheet()
    rows = (
        ("Microsoft – assistance Windows et Outlook", n0, "national", "compte bloqué, activation, virus"),
        ("Apple – assistance iPhone et iCloud", n0, "intl", "identifiant Apple, iCloud, iPhone bloqué"),
        ("Amazon – service client", n1, "national", "commande, remboursement, Prime"),
        ("PayPal – service client", n1, "intl", "compte limité, litige, paiement"),
    )
    table = "".join(
        f"<tr><td>{esc(name)}</td><td>{s.tel(n, s.num(n, style))}</td><td>{esc(topics)}</td><td>gratuit</td></tr>"
        for name, n, style, topics in rows
    )
    head = (
        '<meta name="generator" content="GravCMS">\n'
        f'<link href="/user/themes/quark/css-compiled/theme.min.css?g-{_hex(rng, 8)}" type="text/css" rel="stylesheet">\n'
    )
    body = (
        '<div id="page-wrapper"><section id="header" class="section"><section class="container grid-lg">'
        f'<nav class="navbar"><a href="/" class="navbar-brand">{esc(spec.name)}</a>'
        '<ul class="navigation"><li><a href="/" class="active">Accueil</a></li><li><a href="/informatique">Informatique</a></li>'
        '<li><a href="/contact">Contact</a></li></ul></nav></section></section>'
        '<section id="start"><section id="body-wrapper" class="section"><div class="container grid-lg">'
        "<h1>Numéros de service client au Luxembourg – mise à jour mars 2026</h1>"
        "<p>Retrouvez les numéros d’assistance des grandes marques joignables depuis le Luxembourg. Appels gratuits "
        "depuis un fixe ou un mobile, du lundi au samedi de 8 h à 20 h.</p>"
        '<table class="table"><thead><tr><th>Société</th><th>Numéro</th><th>Pour</th><th>Coût</th></tr></thead>'
        f"<tbody>{table}</tbody></table>"
        '<p class="text-gray">Les noms de marque appartiennent à leurs propriétaires. Les appels sont pris en charge '
        "par notre centre de relation partenaire.</p></div></section></section>"
        f'<section id="footer" class="section bg-gray"><p>© 2016–2026 {esc(spec.name)} · <a href="/contact">Contact</a> · '
        '<a href="https://getgrav.org">Grav</a></p></section></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – numéros gratuits", body, head, ' id="top" class="header-fixed"'), s)}


# --- a Japanese Microsoft support desk on STUDIO, fullwidth 0120 --------------------------


@branded
def b21_ja_studio_microsoft_fullwidth(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "dashed", "fullwidth")  # ０１２０－７３９－２６４
    head = (
        f'<link rel="stylesheet" href="https://storage.googleapis.com/studio-front/assets/{_hex(rng, 10)}.css">\n'
        '<meta name="generator" content="STUDIO">\n'
        f'<script>window.__STUDIO__={{"projectId":"{_hex(rng, 12)}","lang":"ja"}};</script>\n'
    )
    body = (
        f'<div id="__studio" data-s-{_hex(rng, 6)}=""><div class="sd appear"><header class="sd" data-r-1="">'
        f'<p class="sd text">{esc(spec.name)}</p><nav class="sd"><a href="/">ホーム</a><a href="/faq">よくある質問</a><a href="/contact">お問い合わせ</a></nav></header>'
        '<section class="sd hero"><h1 class="sd text">Microsoft アカウント・Windows のトラブルはお電話一本で解決</h1>'
        "<p class=\"sd text\">Windows が起動しない、Outlook にログインできない、Microsoft アカウントがロックされた、"
        "警告画面が消えない――専門スタッフが遠隔操作でその場で解決します。</p>"
        f'<p class="sd text tel">Microsoft サポート窓口（通話無料・年中無休 9:00〜21:00）<br><strong>{wide}</strong></p></section>'
        '<section class="sd"><h2 class="sd text">対応内容</h2>'
        + _ul(("Windows Update の失敗", "Outlook・Hotmail のログイン", "ウイルス警告の削除", "Office のライセンス認証"))
        + "</section>"
        f'<footer class="sd"><p class="sd text">© 2026 {esc(spec.name)} · <a href="/contact">お問い合わせ</a></p>'
        '<p class="sd text">Made in STUDIO</p></footer></div></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name}｜Windows・Outlook のお困りごと", body, head), s)}


# --- a US iCloud help desk on Framer, the number only in the landing URL ----------------------


@branded
def b21_us_framer_icloud_query(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    digits = own[1:]  # 18446205938

    def page(with_number: bool) -> tuple[str, Sheet]:
        s = Sheet()
        if with_number:
            s.hidden(own)  # the landing URL's ?ph=
        head = (
            '<meta name="generator" content="Framer 2f3a9c1">\n'
            f'<link rel="modulepreload" href="https://framerusercontent.com/sites/{_hex(rng, 10)}/script_main.{_hex(rng, 8)}.mjs">\n'
        )
        script = (
            "<script>\n(function(){\n"
            "  var q=new URLSearchParams(location.search),ph=(q.get('ph')||'').replace(/\\D/g,'');\n"
            "  if(ph.length!==11){return;}\n"
            "  var t=ph.replace(/^1(\\d{3})(\\d{3})(\\d{4})$/,'1-$1-$2-$3');\n"
            "  document.querySelectorAll('[data-framer-name=\"Phone\"]').forEach(function(el){el.innerHTML='<a href=\"tel:+'+ph+'\">'+t+'</a>';el.hidden=false;});\n"
            "})();\n</script>"
        )
        body = (
            '<div id="main" data-framer-hydrate-v2="{}"><div class="framer-1x2y3z" data-framer-name="Desktop">'
            f'<nav class="framer-nav"><a href="./">{esc(spec.name)}</a><a href="./guides">Guides</a><a href="./contact">Contact</a></nav>'
            '<section class="framer-hero"><h1 class="framer-text">Locked out of iCloud? Get your Apple ID back today</h1>'
            "<p class=\"framer-text\">Forgot your Apple ID password, see “This Apple ID has been locked for security "
            "reasons”, or your iPhone asks for an activation passcode you don’t have? Our iCloud specialists walk you "
            "through recovery on the phone.</p>"
            '<div data-framer-name="Phone" class="framer-phone" hidden></div>'
            '<a class="framer-button" href="./contact">Request a call back</a></section>'
            '<section class="framer-list"><h2 class="framer-text">We help with</h2>'
            + _ul(("Apple ID locked or disabled", "iCloud storage full and backups failing", "iPhone activation lock", "Two-factor codes not arriving"))
            + "</section>"
            f'<footer class="framer-footer"><p>© 2026 {esc(spec.name)} · <a href="./contact">Contact</a> · <a href="./privacy">Privacy</a></p></footer></div></div>'
            '<div id="__framer-badge-container"><a href="https://www.framer.com/" rel="nofollow">Made in Framer</a></div>'
            + script
        )
        return document(spec.lang, f"{spec.name} – iCloud & Apple ID recovery", body, head, ' class="framer-body"'), s

    landing = f"/?ph={digits}&utm_source=bing&utm_medium=cpc&msclkid={_hex(rng, 32)}"
    return {"/": page(False), landing: page(True)}


# --- a German Brother printer helpdesk on Wix, JSON-LD only -----------------------------------


@branded
def b21_de_wix_brother_jsonld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # JSON-LD only
    ld = {
        "@context": "https://schema.org",
        "@type": "ProfessionalService",
        "name": spec.name,
        "url": f"https://{spec.host}/",
        "telephone": numbers.write(own, "national"),
        "areaServed": "DE",
        "address": {"@type": "PostalAddress", "addressLocality": "Hannover", "addressCountry": "DE"},
        "openingHours": "Mo-Sa 08:00-20:00",
    }
    head = (
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        '<meta name="generator" content="Wix.com Website Builder">\n'
        f'<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.{_hex(rng, 8)}.bundle.min.js" as="script">\n'
    )
    body = (
        '<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER" class="wixui-header">'
        f'<p class="font_6 wixui-rich-text__text">{esc(spec.name)}</p>'
        '<nav class="wixui-horizontal-menu"><a href="/">Start</a><a href="/probleme">Probleme</a><a href="/kontakt">Kontakt</a></nav></header>'
        '<main id="PAGES_CONTAINER"><section class="wixui-section">'
        '<h1 class="font_0 wixui-rich-text__text">Brother Drucker druckt nicht? Die Brother Drucker-Hilfe ruft Sie zurück</h1>'
        '<p class="font_8 wixui-rich-text__text">Ihr Brother Laserdrucker oder MFC-Gerät ist offline, meldet „Toner ersetzen“ '
        "trotz neuer Kassette oder findet das WLAN nicht mehr? Hinterlassen Sie Ihre Nummer – ein Brother-Techniker "
        "meldet sich in wenigen Minuten und hilft per Fernwartung.</p>"
        '<form class="wixui-form"><label>Name <input name="name"></label><label>Telefon <input name="telefon" type="tel"></label>'
        '<label>Druckermodell <input name="modell"></label><button type="submit">Rückruf anfordern</button></form></section>'
        '<section class="wixui-section"><h2 class="font_2">Häufige Probleme</h2>'
        + _ul(("Brother Drucker offline", "Toner wird nicht erkannt", "Brother iPrint&Scan findet den Drucker nicht", "Papierstau-Meldung ohne Papierstau"))
        + "</section></main>"
        f'<footer id="SITE_FOOTER" class="wixui-footer"><p>© 2026 {esc(spec.name)} · <a href="/kontakt">Kontakt</a> · <a href="/impressum">Impressum</a></p></footer></div></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Drucker offline? Rückruf in Minuten", body, head, ' class="device-desktop"'), s)}


TEMPLATES = {
    "b21_nl_carrd_abnamro_fraudedesk": with_contact("/contact", b21_nl_carrd_abnamro_fraudedesk),
    "b21_ie_duda_remote_trust": with_contact("/contact", b21_ie_duda_remote_trust),
    "b21_ch_webnode_fernhilfe_jsparts": with_contact("/kontakt/", b21_ch_webnode_fernhilfe_jsparts),
    "b21_befr_locker_windows_dotgaps": b21_befr_locker_windows_dotgaps,
    "b21_fi_locker_iphone_plusplus": b21_fi_locker_iphone_plusplus,
    "b21_au_kajabi_norton_renewal": with_contact("/support", b21_au_kajabi_norton_renewal),
    "b21_nl_weebly_hp_alt": with_contact("/contact.html", b21_nl_weebly_hp_alt),
    "b21_at_joomla_gesangverein_outlook": with_contact(
        "/index.php?option=com_contact&view=contact&id=1&Itemid=9", b21_at_joomla_gesangverein_outlook
    ),
    "b21_lu_grav_hotline_directory": with_contact("/contact", b21_lu_grav_hotline_directory),
    "b21_ja_studio_microsoft_fullwidth": with_contact("/contact", b21_ja_studio_microsoft_fullwidth),
    "b21_us_framer_icloud_query": with_contact("/contact", b21_us_framer_icloud_query),
    "b21_de_wix_brother_jsonld": with_contact("/kontakt", b21_de_wix_brother_jsonld),
}
