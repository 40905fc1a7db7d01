"""Ninth batch of held-out scam templates: page shells no earlier batch uses.

nl_ziggo_storing (a Dutch "Ziggo storingsdienst" for internet and TV outages whose
number is only in JSON-LD and a national tel: link, with a copied KvK/voorwaarden
footer), be_apple_banniere (a Belgian French Apple/iCloud "assistance" landing whose
number is only in a banner image's alt text and its tel: link, with reviews and a
Trustpilot badge), fi_defender_lukitus (a Finnish full-screen "Windows Defender" locker
with the number in fullwidth digits, a siren, a leave prompt and an alert loop) and
nl_outlook_kennisbank (a Dutch Outlook/Hotmail "kennisbank" with a sidebar number in
dotted form and a copied trust footer), ch_fernwartung_spans (a Swiss German unbranded
remote-help page on a re-used domain, its 0800 number split over <b>/<span>/<i>),
us_hp_setup_wizard (a US "123 HP printer setup" wizard whose driver step always fails,
number in the title, meta description and a sticky call bar), gb_norton_autorenew (a
British Norton auto-renewal cancellation form, number written "0-800-… UK") and
au_browser_locker_data (an Australian browser locker whose number exists only as
data-attribute pieces a script joins).
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
from crawler.sandbox.heldout.widgets import trustpilot_badge


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False, indent=2)}</script>\n'


@branded
def nl_ziggo_storing(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    kvk = rng.randint(80000000, 89999999)
    storingen = rng.randint(140, 390)
    head = (
        _ld(
            {
                "@context": "https://schema.org",
                "@type": "LocalBusiness",
                "name": spec.name,
                "telephone": numbers.write(s.hidden(own), "trunk_dash"),
                "openingHours": "Mo-Su 07:00-23:00",
                "areaServed": "NL",
                "priceRange": "€€",
            }
        )
        + '<link rel="stylesheet" href="/static/css/storing.min.css?v=3">\n'
    )
    call = s.tel(own, "Bel direct een storingsmonteur", national=True).replace(
        "<a ", '<a class="btn btn-call" ', 1
    )
    body = (
        '<div class="statusbar"><span class="dot red"></span> '
        f"Landelijke storing internet en tv – {storingen} meldingen in het afgelopen uur</div>"
        f'<header class="masthead"><a href="/" class="wordmark">{esc(spec.name)}</a>'
        '<ul class="menu"><li><a href="/storing-internet">Internet</a></li><li><a href="/storing-tv">Tv</a></li>'
        '<li><a href="/wifi-versterken">Wifi</a></li><li><a href="/contact">Contact</a></li></ul></header>'
        '<section class="check"><h1>Storing bij Ziggo? Wij lossen het vandaag nog op</h1>'
        "<p>Geen internet, haperend beeld of een modem dat blijft knipperen? Vul uw postcode in en zie direct of er "
        "een storing in uw wijk is. Onze monteurs helpen u telefonisch en op afstand met uw modem, wifi en computer.</p>"
        '<form class="postcode" action="/check" method="get"><input name="pc" placeholder="Postcode, bijv. 1234 AB" maxlength="7">'
        '<input name="nr" placeholder="Huisnr." maxlength="5"><button>Check storing</button></form>'
        f'<p class="cta">{call}</p></section>'
        '<section class="usp"><div><b>Binnen 5 minuten</b><br>een monteur aan de lijn</div>'
        "<div><b>Modem, wifi &amp; pc</b><br>alles in één gesprek</div><div><b>Geen voorrijkosten</b><br>hulp op afstand</div></section>"
        '<section class="hoe"><h2>Zo werkt het</h2><ol><li>Bel onze storingslijn.</li>'
        "<li>De monteur maakt verbinding met uw computer om uw netwerk te controleren.</li>"
        "<li>Betaal pas als het probleem is opgelost.</li></ol></section>"
        '<footer class="legal"><nav><a href="/algemene-voorwaarden">Algemene voorwaarden</a> | '
        '<a href="/privacy">Privacyverklaring</a> | <a href="/cookies">Cookies</a> | <a href="/klachten">Klachtenregeling</a></nav>'
        f"<p>{esc(spec.name)} · KvK {kvk} · Ingeschreven bij de Kamer van Koophandel</p>"
        '<p class="disclaimer">Wij zijn een onafhankelijke dienstverlener en niet gelieerd aan Ziggo B.V. '
        "Merknamen worden uitsluitend gebruikt om aan te geven waarmee wij helpen.</p></footer>"
    )
    return {"/": (document(spec.lang, f"Ziggo storing? Direct hulp | {spec.name}", body, head), s)}


@branded
def be_apple_banniere(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    alt = f"Assistance Apple – appelez le {numbers.write(s.hidden(own), 'national')}, 7j/7"
    banner = (
        f'<a class="banner" href="{numbers.tel_href(own)}">'
        f'<picture><source srcset="/media/bandeau-assistance-mobile.webp" media="(max-width:640px)">'
        f'<img src="/media/bandeau-assistance.webp" width="1200" height="360" alt="{esc(alt)}"></picture></a>'
    )
    reviews = "".join(
        f'<blockquote class="avis"><span class="stars">★★★★★</span><p>{esc(text)}</p><cite>{esc(who)}</cite></blockquote>'
        for text, who in (
            (
                "Mon identifiant Apple était bloqué, le technicien a tout réglé en 20 minutes.",
                "Martine, Liège",
            ),
            (
                "Très professionnel, mon iPhone est de nouveau synchronisé avec iCloud.",
                "Didier, Namur",
            ),
            ("Rapide et aimable. Je recommande.", "Sophie, Bruxelles"),
        )
    )
    unit = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    body = (
        f'<div class="wrap"><div class="topline"><span>{esc(spec.name)}</span><span>FR | NL</span></div>'
        f"{banner}"
        "<h1>Votre identifiant Apple est verrouillé ou iCloud ne se synchronise plus ?</h1>"
        "<p>Nos conseillers certifiés vous aident à déverrouiller votre compte, récupérer vos photos et sécuriser "
        "votre iPhone, iPad ou Mac, où que vous soyez en Belgique.</p>"
        '<div class="cartes"><div class="carte"><h3>Identifiant Apple bloqué</h3><p>Réinitialisation et vérification en deux étapes.</p></div>'
        '<div class="carte"><h3>iCloud saturé</h3><p>Sauvegarde et nettoyage de vos données.</p></div>'
        '<div class="carte"><h3>Mac lent ou piraté</h3><p>Analyse complète à distance.</p></div></div>'
        '<section class="temoignages"><h2>Ils nous ont fait confiance</h2>'
        f"{reviews}</section>{trustpilot_badge('fr', unit)}"
        '<footer class="pied"><a href="/conditions-generales">Conditions générales</a> · <a href="/vie-privee">Vie privée</a> · '
        f'<a href="/mentions-legales">Mentions légales</a><p>© 2026 {esc(spec.name)} · BCE 0{rng.randint(700, 799)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}</p></footer></div>'
    )
    return {"/": (document(spec.lang, f"Assistance Apple Belgique | {spec.name}", body), s)}


@branded
def fi_defender_lukitus(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "national", "fullwidth")  # ０８００ ４１３７２５
    code = f"0x800{rng.choice('ABCDEF')}{rng.randint(10, 99)}{rng.choice('ABCDEF')}"
    ip = (
        f"{rng.randint(80, 95)}.{rng.randint(10, 250)}.{rng.randint(10, 250)}.{rng.randint(2, 250)}"
    )
    head = (
        "<style>body{margin:0;overflow:hidden;font-family:'Segoe UI',Tahoma,sans-serif}"
        "#lukko{position:fixed;inset:0;z-index:2147483647;background:#0a1f44;color:#fff}"
        ".ikkuna{max-width:720px;margin:6% auto;background:#fff;color:#1b1b1b;border-top:6px solid #d13438}"
        ".ikkuna h2{background:#d13438;color:#fff;margin:0;padding:10px 16px;font-size:16px}</style>\n"
    )
    body = (
        '<div id="lukko" tabindex="0">'
        '<div class="ikkuna" role="alertdialog" aria-labelledby="otsikko">'
        '<h2 id="otsikko">Windows Defender – Tietoturvakeskus</h2>'
        '<div class="sisalto"><h1>Tietokoneesi käyttö on estetty</h1>'
        "<p>Laitteellasi havaittiin Troijan hevonen (Trojan:Win32/Emotet). Pankkitunnuksesi, salasanasi ja "
        "valokuvasi ovat vaarassa. Tietokoneen käyttö on estetty tietojesi suojaamiseksi.</p>"
        f"<p>Virhekoodi: <code>{code}</code> · IP-osoite: {ip}</p>"
        '<p class="soita">Soita heti Windows-tukeen: '
        f'<strong style="font-size:28px;letter-spacing:1px">{wide}</strong> (maksuton)</p>'
        "<p>Älä sulje tätä ikkunaa äläkä käynnistä tietokonetta uudelleen, muuten tietosi voivat kadota.</p>"
        '<button id="jatka">Jatka</button> <button id="peru">Peruuta</button></div></div></div>'
        '<audio id="halytys" autoplay loop><source src="/media/halytys.mp3" type="audio/mpeg"></audio>'
        "<script>\n(function(){\n"
        "  var d=document.documentElement;\n"
        "  function koko(){if(d.requestFullscreen){d.requestFullscreen().catch(function(){});}}\n"
        "  ['click','keydown','touchstart'].forEach(function(t){document.addEventListener(t,koko);});\n"
        "  window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='Tietokoneesi on estetty';});\n"
        "  for(var i=0;i<40;i++){history.pushState({k:i},'',location.pathname+'#esto'+i);}\n"
        "  document.getElementById('halytys').play().catch(function(){});\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance('Varoitus. Tietokoneesi on estetty. Soita Windows-tukeen heti.');u.lang='fi-FI';speechSynthesis.speak(u);}\n"
        f"  var viesti={json_str('VAROITUS! Tietokoneesi on estetty viruksen takia. Soita näytöllä näkyvään numeroon.')};\n"
        "  (function kysy(){if(!window.confirm(viesti)){alert(viesti);}setTimeout(kysy,2500);})();\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Windows Defender – Tietokone estetty", body, head), s)}


@branded
def nl_outlook_kennisbank(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    kvk = rng.randint(90000000, 99999999)
    count = rng.randint(1800, 2900)
    unit = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    faqs = "".join(
        f"<details><summary>{esc(q)}</summary><p>{esc(a)}</p></details>"
        for q, a in (
            (
                "Ik kan niet meer inloggen op Hotmail",
                "Vaak is uw Microsoft-account tijdelijk geblokkeerd. Een specialist kan het herstel met u doorlopen.",
            ),
            (
                "Outlook vraagt steeds om mijn wachtwoord",
                "Dit wijst op een beschadigd profiel of een hack. Laat uw account controleren.",
            ),
            (
                "Mijn e-mails zijn verdwenen",
                "Wij herstellen verwijderde mappen en berichten, meestal binnen een uur.",
            ),
            (
                "Ik krijg berichten dat mijn mailbox vol is",
                "Wij helpen u met opschonen en het instellen van archivering.",
            ),
        )
    )
    body = (
        f'<header class="kb-top"><a class="kb-logo" href="/">{esc(spec.name)}</a>'
        '<form class="kb-search" action="/zoeken"><input name="q" placeholder="Zoek in de kennisbank…"><button>Zoeken</button></form></header>'
        '<div class="kb-layout"><main class="kb-main">'
        '<nav class="crumbs"><a href="/">Kennisbank</a> › <a href="/outlook">Outlook &amp; Hotmail</a> › Inloggen</nav>'
        "<h1>Outlook of Hotmail geblokkeerd? Zo krijgt u weer toegang</h1>"
        "<p>Duizenden Nederlanders kunnen dagelijks niet bij hun e-mail. Meestal komt dat door een geblokkeerd "
        "Microsoft-account, een verlopen wachtwoord of een hacker die uw gegevens heeft gewijzigd.</p>"
        f'<section class="kb-faq">{faqs}</section></main>'
        '<aside class="kb-side"><div class="card contact">'
        "<h3>Direct een specialist spreken</h3><p>Persoonlijke hulp bij Outlook, Hotmail en uw Microsoft-account.</p>"
        f'<p class="kb-number">{s.num(own, "dotted")}</p>'
        f"<p>{s.tel(own, 'Nu bellen')} · ma–zo 08:00–22:00</p>"
        f'<p class="rating">★★★★★ 4,8 / 5 op basis van {count} reviews</p>'
        f"{trustpilot_badge('nl', unit)}</div></aside></div>"
        '<footer class="kb-foot"><ul><li><a href="/algemene-voorwaarden">Algemene voorwaarden</a></li>'
        '<li><a href="/privacyverklaring">Privacyverklaring</a></li><li><a href="/disclaimer">Disclaimer</a></li>'
        '<li><a href="/contact">Contact</a></li></ul>'
        f"<p>© 2026 {esc(spec.name)} · KvK {kvk} · Keurmerk Veilig Online Geholpen</p>"
        "<p>Wij zijn een zelfstandige helpdesk. Outlook en Hotmail zijn merken van Microsoft Corporation.</p></footer>"
    )
    return {"/": (document(spec.lang, f"Outlook en Hotmail hulp | {spec.name}", body), s)}


@branded
def ch_fernwartung_spans(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    text = s.num(own, "national")  # 0800 551 274
    cuts = (0, 2, 6, 9, len(text))
    tags = ("b", "span", "i", "span")
    parts = "".join(
        f'<{tag} class="z{i}">{text[a:b]}</{tag}>'
        for i, (tag, a, b) in enumerate(zip(tags, cuts[:-1], cuts[1:], strict=True))
    )
    uid = f"CHE-{rng.randint(100, 499)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    head = (
        "<style>.nummer b,.nummer i{font-style:normal;font-weight:700}"
        ".nummer .z1,.nummer .z3{font-weight:700}</style>\n"
    )
    body = (
        '<div class="kopf"><span class="flagge" aria-hidden="true">+</span>'
        f"<strong>{esc(spec.name)}</strong><span>Zürich · Bern · Basel · Luzern</span></div>"
        '<div class="buehne"><h1>PC-Hilfe per Fernwartung – sofort, ohne Anfahrt</h1>'
        "<p>Ihr Computer ist langsam, zeigt Warnmeldungen oder das E-Mail funktioniert nicht mehr? "
        "Unsere Techniker verbinden sich in wenigen Minuten mit Ihrem Gerät und beheben das Problem, während Sie zuschauen.</p>"
        f'<p class="nummer">Gratis-Nummer: {parts}</p>'
        f'<p class="knopf">{s.tel(own, "Jetzt anrufen")}</p></div>'
        '<div class="spalten"><div><h2>Virenentfernung</h2><p>Pauschal CHF 189.–</p></div>'
        "<div><h2>Drucker &amp; WLAN</h2><p>Einrichtung in 30 Minuten</p></div>"
        "<div><h2>Schutz-Abo</h2><p>3 Jahre Fernwartung inklusive</p></div></div>"
        '<div class="stimmen"><h2>Das sagen unsere Kunden</h2>'
        "<p>«Sehr freundlicher Techniker, hat mir alles erklärt.» – R. Brunner, Winterthur</p>"
        "<p>«Schnelle Hilfe, gerne wieder.» – M. Keller, Aarau</p></div>"
        '<div class="fuss"><a href="/impressum">Impressum</a> · <a href="/agb">AGB</a> · <a href="/datenschutz">Datenschutz</a>'
        f"<p>{esc(spec.name)} GmbH · UID {uid} · Schweizer Qualität seit 2019</p></div>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – Fernwartung Schweiz", body, head), s)}


@branded
def us_hp_setup_wizard(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dots = s.num(own, "us_dots")  # 1.888.551.4927
    head = (
        f'<meta name="description" content="HP printer setup, driver download and offline fix. Call {dots} toll free.">\n'
        '<link rel="stylesheet" href="/css/wizard.css">\n'
    )
    steps = "".join(
        f'<li class="step{" active" if i == 0 else ""}" data-step="{i + 1}"><span>{i + 1}</span>{esc(label)}</li>'
        for i, label in enumerate(
            ("Enter model", "Download driver", "Connect to Wi-Fi", "Print test page")
        )
    )
    body = (
        '<div class="wizard"><div class="wizard-head">'
        '<img src="/img/printer-hero.png" alt="HP DeskJet and OfficeJet printers" width="320" height="200">'
        "<h1>HP Printer Setup – Install, Connect &amp; Print</h1>"
        "<p>Set up your HP DeskJet, ENVY or OfficeJet printer in four easy steps.</p></div>"
        f'<ol class="wizard-steps">{steps}</ol>'
        '<div class="wizard-body"><label for="model">Printer model</label>'
        '<input id="model" name="model" placeholder="e.g. DeskJet 4155e" autocomplete="off">'
        '<button id="go" type="button">Continue</button>'
        '<p id="fail" class="err" hidden>Driver installation failed (error 0xc19a0013). '
        "Please contact a printer technician.</p></div>"
        '<div class="sticky-call">Printer offline or not printing? Talk to a live technician: '
        f"{s.tel(own, s.num(own, 'us_plus'))}</div>"
        '<p class="disclaimer">We are an independent third-party service provider. Brand names are used for '
        "reference only.</p></div>"
        "<script>document.getElementById('go').onclick=function(){"
        "setTimeout(function(){document.getElementById('fail').hidden=false;},2200);};</script>"
    )
    return {"/": (document(spec.lang, f"123 HP Printer Setup | Call {dots}", body, head), s)}


@branded
def gb_norton_autorenew(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = s.num(own, "zero_dash") + " UK"  # 0-800-048-9153 UK
    order = f"NRT-{rng.randint(10, 99)}{rng.choice('KLMNPQ')}-{rng.randint(100000, 999999)}"
    body = (
        f'<div class="strip">Cancellation &amp; refund line: <strong>{hint}</strong> · Mon–Sun 8am–10pm</div>'
        f'<div class="panel"><h1>Cancel your Norton 360 auto-renewal</h1>'
        "<p>Your Norton 360 Deluxe subscription has been renewed automatically and <b>£289.99</b> will be taken from "
        "your account within 24 hours. If you did not authorise this payment you can cancel and receive a full refund.</p>"
        '<div class="progress"><span class="done">1 Verify order</span><span>2 Speak to billing</span><span>3 Refund issued</span></div>'
        '<form class="cancel" action="/cancel" method="post">'
        f'<label>Order number<input name="order" value="{order}"></label>'
        '<label>Email address<input name="email" type="email"></label>'
        "<button>Request cancellation</button></form>"
        "<p>Refunds over £100 must be confirmed by phone with a billing agent, who will connect to your PC to "
        "process the refund securely.</p>"
        f'<p class="call">{s.tel(own, "Call billing now")}</p></div>'
        '<footer class="foot"><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/refund-policy">Refund Policy</a>'
        "<p>Norton is a trademark of Gen Digital Inc. This is an independent billing support service.</p></footer>"
    )
    return {"/": (document(spec.lang, "Norton auto-renewal – cancel and refund", body), s)}


@branded
def au_browser_locker_data(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    groups = numbers.groups(s.hidden(own))  # ["1800", "731", "592"]
    cells = "".join(f'<i class="seg" data-seg="{g}"></i>' for g in groups)
    code = (
        f"0x8024{rng.choice('ABCDEF')}{rng.randint(0, 9)}{rng.choice('ABCDEF')}{rng.randint(0, 9)}"
    )
    head = (
        "<style>html,body{margin:0;height:100%;background:#000}"
        "#scr{position:fixed;inset:0;background:#1e1e1e;color:#eee;font:15px/1.5 Consolas,monospace;padding:4%}"
        "#scr h1{color:#ff5252}.seg{display:none}</style>\n"
    )
    body = (
        '<div id="scr">'
        "<h1>⚠ BROWSER SECURITY ALERT – ACCESS DENIED</h1>"
        "<pre>Threat detected: Trojan.Spyware.Zeus (high risk)\n"
        f"Error code: {code}\nStatus: Browser locked to protect your banking details</pre>"
        "<p>Do not close this page. Closing it may result in your personal data being shared.</p>"
        f'<p>Call Australian Security Support (toll free): <strong id="ph"></strong>{cells}</p>'
        '<p><a id="call" href="#">Tap to call</a></p></div>'
        '<audio src="/media/warning-au.mp3" autoplay loop hidden></audio>'
        "<script>\n(function(){\n"
        "  var n=[].map.call(document.querySelectorAll('.seg'),function(e){return e.dataset.seg;}).join(' ');\n"
        "  document.getElementById('ph').textContent=n;\n"
        "  document.getElementById('call').href='tel:+61'+n.replace(/ /g,'');\n"
        "  document.body.addEventListener('click',function(){document.documentElement.requestFullscreen&&document.documentElement.requestFullscreen();});\n"
        "  onbeforeunload=function(){return 'Your browser is locked';};\n"
        "  window.addEventListener('beforeunload',function(e){e.returnValue='locked';});\n"
        "  var k=0;while(k<35){history.pushState(null,'',location.href);k++;}\n"
        "  onpopstate=function(){history.pushState(null,'',location.href);};\n"
        "  setInterval(function(){if(!confirm('ACCESS DENIED. Call security support on '+n)){alert('Your browser is locked. Call '+n);}},5000);\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Security Alert – Access Denied", body, head), s)}


TEMPLATES = {
    "nl_ziggo_storing": with_page("/contact", nl_ziggo_storing),
    "be_apple_banniere": with_page("/contact", be_apple_banniere),
    "fi_defender_lukitus": fi_defender_lukitus,
    "nl_outlook_kennisbank": with_page("/contact", nl_outlook_kennisbank),
    "ch_fernwartung_spans": with_page("/kontakt", ch_fernwartung_spans),
    "us_hp_setup_wizard": with_page("/support", us_hp_setup_wizard),
    "gb_norton_autorenew": with_page("/help/contact", gb_norton_autorenew),
    "au_browser_locker_data": au_browser_locker_data,
}
