"""Eighth batch of held-out scam templates: six page shells no earlier batch uses.

wp_hulp_op_afstand (an unbranded Dutch remote helpdesk on a WordPress block-theme shell,
"+31 85" in the text and a national tel: link), js_number_locker (an English "your
computer is blocked" locker whose number an inline script writes into the page),
ms_de_copied_footer (a German Microsoft support page with a copied corporate footer and
an 0800 number), fr_renouvellement_facture (a French "your subscription was renewed"
invoice with an 09 number to cancel), netlify_driver_support (a printer-driver support
page on a free-host subdomain, its toll-free number split over spans) and
be_bank_helpdesk (a Belgian Dutch bank "helpdesk" asking to call an 078 number and
install a remote tool).
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
from crawler.sandbox.heldout.texts3 import document


def _wp_head(title: str, theme: str) -> str:
    return (
        '<meta name="generator" content="WordPress 6.7.1">\n'
        '<link rel="https://api.w.org/" href="/wp-json/">\n'
        f"<link rel='stylesheet' id='{theme}-style-css' href='/wp-content/themes/{theme}/style.css?ver=1.4.2' media='all'>\n"
        "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all'>\n"
        "<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n"
    )


@branded
def wp_hulp_op_afstand(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    post = rng.randint(120, 480)
    button = s.tel(own, "Bel een monteur", national=True).replace(
        "<a ", '<a class="wp-block-button__link wp-element-button" ', 1
    )
    body = (
        '<div class="wp-site-blocks"><header class="wp-block-template-part">'
        f'<div class="wp-block-site-title"><a href="/" rel="home">{esc(spec.name)}</a></div>'
        '<nav class="wp-block-navigation"><a href="/">Home</a><a href="/tarieven/">Tarieven</a><a href="/contact/">Contact</a></nav></header>'
        f'<main class="wp-block-group"><article id="post-{post}" class="page type-page status-publish">'
        '<h1 class="wp-block-post-title">Computerhulp op afstand – vandaag nog geholpen</h1>'
        '<div class="entry-content wp-block-post-content">'
        "<p>Last van een trage computer, een vreemde pop-up of een virusmelding? Onze gecertificeerde "
        "monteurs kijken met u mee via een beveiligde verbinding. U hoeft de deur niet uit.</p>"
        '<div class="wp-block-columns"><div class="wp-block-column"><h3>Virus verwijderen</h3><p>Volledige opschoning van uw pc of laptop.</p></div>'
        '<div class="wp-block-column"><h3>E-mail &amp; printer</h3><p>Instellen, herstellen en uitleg.</p></div>'
        '<div class="wp-block-column"><h3>Beveiligingspakket</h3><p>Eenmalig € 149, vijf jaar bescherming.</p></div></div>'
        f'<p class="has-large-font-size"><strong>Bel direct: {s.num(own, "intl")}</strong></p>'
        f'<div class="wp-block-buttons"><div class="wp-block-button">{button}</div></div>'
        "<p>Betaling na afloop via iDEAL of met een cadeaukaart. 7 dagen per week bereikbaar van 8:00 tot 22:00.</p>"
        "</div></article></main>"
        '<footer class="wp-block-template-part"><p class="has-small-font-size">© 2026 '
        f"{esc(spec.name)} · Proudly powered by WordPress</p></footer></div>"
        "<script src='/wp-content/plugins/contact-form-7/includes/js/index.js?ver=5.9.8' id='contact-form-7-js'></script>"
    )
    head = _wp_head(spec.name, "twentytwentyfour-child")
    return {"/": (document(spec.lang, f"{spec.name} – Snel en vertrouwd geholpen", body, head), s)}


@branded
def js_number_locker(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = numbers.write(s.hidden(own), "national")
    pieces = json.dumps([shown[i : i + 3] for i in range(0, len(shown), 3)])
    ref = f"0x80{rng.randint(10, 99)}{rng.choice('ABCDEF')}{rng.randint(0, 9)}"
    body = (
        '<div id="lock" style="position:fixed;inset:0;background:#b00000;color:#fff;font-family:Segoe UI,Arial,sans-serif;text-align:center;padding-top:8%">'
        "<h1>YOUR COMPUTER HAS BEEN BLOCKED</h1>"
        "<p>Suspicious activity was detected on this device. Access to your files, banking and e-mail has been suspended "
        "to prevent identity theft.</p>"
        f"<p>Error code: {ref}</p>"
        '<p class="big">Call the Security Helpline immediately: <b id="hl"></b></p>'
        '<p><a id="hl-call" href="#">Call now</a> – do not restart or shut down your computer.</p></div>'
        '<audio id="siren" src="/assets/alarm-loop.mp3" autoplay loop></audio>'
        "<script>\n"
        f"(function(){{var p={pieces};var n=p.join('');\n"
        "document.getElementById('hl').textContent=n;\n"
        "document.getElementById('hl-call').href='tel:'+n.replace(/\\s/g,'');\n"
        "document.title='Blocked – call '+n;\n"
        "document.addEventListener('mousedown',function(){document.documentElement.requestFullscreen();});\n"
        "window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='';});\n"
        "for(var i=0;i<30;i++){history.pushState({i:i},'',location.href);}\n"
        "setTimeout(function ask(){confirm('Your computer is blocked. Call '+n+' now.');setTimeout(ask,4000);},1500);\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Security Warning", body), s)}


@branded
def ms_de_copied_footer(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    case = rng.randint(1000000, 9999999)
    body = (
        '<header class="c-uhfh"><a class="c-logo" href="/" aria-label="Microsoft"><span>Microsoft</span></a>'
        '<nav><a href="/">Support</a><a href="/windows">Windows</a><a href="/office">Microsoft 365</a><a href="/kontakt">Kontakt</a></nav></header>'
        '<main id="mainContent"><h1>Microsoft Kundendienst – Technischer Support</h1>'
        "<p>Probleme mit Windows, Outlook oder Ihrem Microsoft-Konto? Unsere zertifizierten Techniker helfen Ihnen "
        "kostenlos am Telefon und per Fernwartung.</p>"
        '<section class="contact-card"><h2>Kostenlose Hotline</h2>'
        f'<p class="hotline">{s.tel(own, s.num(own, "national"), national=True)}</p>'
        "<p>Mo–So 7:00–23:00 Uhr · aus dem deutschen Festnetz und Mobilfunk gebührenfrei</p>"
        f"<p>Halten Sie Ihre Vorgangsnummer bereit: {case}</p></section>"
        '<ul class="topics"><li>Windows startet nicht</li><li>Outlook-Konto gesperrt</li><li>Virus- und Sicherheitswarnungen</li></ul></main>'
        '<footer class="c-uhff"><div class="c-uhff-base">'
        '<a href="/de-de/sprache">Deutsch (Deutschland)</a>'
        '<nav><a href="/de-de/privacy">Datenschutz</a> · <a href="/de-de/impressum">Impressum</a> · '
        '<a href="/de-de/terms">Nutzungsbedingungen</a> · <a href="/de-de/cookies">Cookies verwalten</a></nav>'
        "<p>© Microsoft 2026 · Datenschutz · Impressum</p></div></footer>"
    )
    return {"/": (document(spec.lang, "Microsoft Support – Kontakt", body), s)}


@branded
def fr_renouvellement_facture(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    invoice = f"FAC-2026-{rng.randint(100000, 999999)}"
    body = (
        '<div class="invoice"><header><h1>Confirmation de renouvellement</h1>'
        f'<p class="brand">{esc(spec.name)}</p></header>'
        f"<p>Facture n° {invoice}</p>"
        "<p><strong>Votre abonnement a été renouvelé pour 399,99 €, appelez pour annuler.</strong></p>"
        '<table class="lines"><tr><th>Produit</th><th>Durée</th><th>Montant</th></tr>'
        "<tr><td>SécuriNet Total Security – 5 appareils</td><td>36 mois</td><td>399,99 €</td></tr>"
        '<tr><td colspan="2">Prélèvement prévu sous 24 heures</td><td>TTC</td></tr></table>'
        "<p>Vous n’avez pas demandé ce renouvellement ? Contactez notre service facturation avant le prélèvement pour obtenir un remboursement intégral.</p>"
        f'<p class="phone">Service annulation : <b>{s.num(own, "national")}</b> (appel non surtaxé)</p>'
        f"<p>Depuis l’étranger : {s.num(own, 'intl')}</p>"
        "<p>Un conseiller vous guidera pour installer l’outil de remboursement sur votre ordinateur.</p></div>"
    )
    return {"/": (document(spec.lang, f"Facture {invoice} – renouvellement", body), s)}


@branded
def netlify_driver_support(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    text = s.num(own, "us_dash")  # 1-877-539-2046
    cuts = (0, 3, 6, 8, 10, len(text))
    spans = "".join(
        f'<span class="ph-{c}">{text[a:b]}</span>'
        for c, a, b in zip("abcde", cuts[:-1], cuts[1:], strict=True)
    )
    build = "".join(rng.choice("0123456789abcdef") for _ in range(8))
    head = f'<link rel="stylesheet" href="/assets/index-{build}.css">\n<meta name="generator" content="Astro v4.16.7">\n'
    body = (
        '<div class="hero"><h1>Printer Driver Download &amp; Setup Support</h1>'
        "<p>Printer offline? Driver not installing? Get your printer working again in minutes. "
        "Step-by-step help for wireless setup, scanner drivers and error codes.</p>"
        f'<p class="callout">Toll-free support: <a class="phone" href="#call">{spans}</a></p>'
        '<ol class="steps"><li>Select your printer model</li><li>Click “Download driver”</li>'
        "<li>If the installation fails with error 0x6d, call a certified technician</li></ol>"
        '<form class="model" action="/download" method="get"><input name="model" placeholder="Enter printer model">'
        "<button>Download driver</button></form>"
        '<p class="fine">We are an independent support provider for all printer brands.</p></div>'
    )
    return {"/": (document(spec.lang, "Printer Driver Support – Download & Setup", body, head), s)}


@branded
def be_bank_helpdesk(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    ref = rng.randint(100000, 999999)
    body = (
        f'<header class="top"><span class="logo">{esc(spec.name)}</span><span class="lang">NL | FR | EN</span></header>'
        "<main><h1>Uw rekening is tijdelijk geblokkeerd</h1>"
        "<p>Onze beveiligingsdienst heeft een verdachte aanmelding op uw KBC Mobile vastgesteld. "
        "Om uw spaargeld te beschermen werd uw rekening tijdelijk geblokkeerd.</p>"
        '<div class="steps"><h2>Wat moet u doen?</h2><ol>'
        f"<li>Bel onmiddellijk de helpdesk op {s.num(own, 'national')} en vermeld referentie {ref}.</li>"
        '<li>Installeer de beveiligingsmodule <a href="/download/KBC-Secure-Support.exe">KBC Secure Support</a> (AnyDesk) zodat onze medewerker uw toestel kan nakijken.</li>'
        "<li>Houd uw kaartlezer bij de hand; deel de code enkel met onze medewerker aan de telefoon.</li></ol></div>"
        f'<p class="cta">{s.tel(own, "Bel de helpdesk")}</p>'
        "<p>Bereikbaar 7 op 7, van 8 tot 22 uur.</p></main>"
        "<footer><p>Veilig online bankieren · Privacy · Cookiebeleid</p></footer>"
    )
    return {"/": (document(spec.lang, "Helpdesk – rekening geblokkeerd", body), s)}


TEMPLATES = {
    "wp_hulp_op_afstand": with_page("/contact/", wp_hulp_op_afstand),
    "js_number_locker": js_number_locker,
    "ms_de_copied_footer": with_page("/kontakt", ms_de_copied_footer),
    "fr_renouvellement_facture": with_page("/assistance", fr_renouvellement_facture),
    "netlify_driver_support": with_page("/support", netlify_driver_support),
    "be_bank_helpdesk": with_page("/contact", be_bank_helpdesk),
}
