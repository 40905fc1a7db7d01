"""Eleventh batch of held-out scam templates: page shells no earlier batch uses.

nl_zendesk_copenhagen (one campaign's Dutch "helpcentrum" on a copied Zendesk Guide
Copenhagen theme, used by a Microsoft and a Norton site with the same number and their
own wording: a spaced-dash number and a national tel: link on one, a JSON-LD ContactPoint
and "+31 (0)85 ..." on the other), fi_kotisivukone_etatuki (an unbranded Finnish remote
help page on a Kotisivukone shell, the number in fullwidth digits), chfr_apple_webnode
(a Swiss-French Apple ID "assistance" on a Webnode shell, dotted number, "+41 (0)22 ..."
in the footer), gb_govuk_safe_account (an unbranded British "fraud prevention unit" in
GOV.UK Design System markup: move your savings to a safe account, install AnyDesk; the
number split over spans and read out in words), nl_factuur_moneybird (a Dutch
"uw abonnement is verlengd, bel om te annuleren" invoice of a made-up antivirus, the
number written with the letter O for zero), de_defender_dataattr (a German "Windows
Defender" locker, the number only in a data attribute a script copies into the page) and
nl_nummergids_doorschakel (a Dutch "klantenservice nummers" directory where the KPN,
Ziggo, Microsoft and Apple entries all give one call-centre number).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

import json
from random import Random
from typing import Any

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams6 import with_page
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str

WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False, indent=2)}</script>\n'


def _written(s: Sheet, e164: str, text: str) -> str:
    """A number in a hand-made form no style covers; recorded, returned escaped."""
    s.hidden(e164)
    return esc(text)


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# --- one campaign, two brands: a copied Zendesk Guide "Copenhagen" help centre -----------

HELPCENTRE = {
    "microsoft": {
        "title": "Microsoft Helpdesk Nederland",
        "hero": "Hoe kunnen we u helpen met Windows, Outlook of Microsoft 365?",
        "call": "Liever meteen een medewerker aan de lijn? Onze Windows-specialisten zijn 7 dagen per week bereikbaar op",
        "blocks": (
            ("Windows geblokkeerd of traag", "Foutmeldingen, blauw scherm, updates die vastlopen."),
            ("Outlook en Hotmail", "Geen toegang tot uw mailbox of wachtwoord vergeten."),
            (
                "Microsoft 365 en licenties",
                "Productsleutel, activatie en facturen van uw abonnement.",
            ),
            ("Beveiliging en virussen", "Pop-ups, virusmeldingen en een gehackt account."),
        ),
        "articles": (
            "Mijn Microsoft-account is geblokkeerd, wat nu?",
            "Windows zegt dat mijn licentie is verlopen",
            "Outlook vraagt steeds om mijn wachtwoord",
            "Een medewerker op afstand laten meekijken",
        ),
        "activity": "Hoe krijg ik mijn Outlook-mail terug na een update?",
    },
    "norton": {
        "title": "Norton Klantenservice NL",
        "hero": "Vragen over uw Norton 360-abonnement, verlenging of terugbetaling?",
        "call": "Automatisch verlengd zonder dat u dat wilde? Bel onze Norton-adviseurs, elke dag van 8 tot 22 uur:",
        "blocks": (
            ("Abonnement en verlenging", "Automatische verlenging stopzetten, factuur opvragen."),
            ("Terugbetaling", "Geld terug binnen 60 dagen na een ongewenste afschrijving."),
            (
                "Installatie en activatie",
                "Norton 360 installeren op een nieuwe pc, Mac of telefoon.",
            ),
            ("Virus gevonden", "Een medewerker verwijdert de dreiging samen met u."),
        ),
        "articles": (
            "Ik heb een factuur van Norton gekregen die ik niet herken",
            "Automatische verlenging van Norton 360 uitzetten",
            "Mijn Norton-productcode werkt niet",
            "Hulp op afstand bij het verwijderen van een virus",
        ),
        "activity": "Twee keer afgeschreven voor Norton 360 Deluxe, hoe krijg ik mijn geld terug?",
    },
}


@branded
def nl_zendesk_copenhagen(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    t: dict[str, Any] = dict(HELPCENTRE[spec.brands[0]])
    style = spec.opt("style", "spaced_dash")
    shown = s.num(own, style)
    theme = f"{rng.randint(7000000, 7999999)}/{_hex(rng, 40)}"
    head = (
        f'<link rel="stylesheet" media="all" href="//static.zdassets.com/hc/assets/application-{_hex(rng, 32)}.css">\n'
        f'<link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/{theme}.css">\n'
        '<meta content="width=device-width, initial-scale=1.0" name="viewport">\n'
    )
    if spec.opt("jsonld"):
        head += _ld(
            {
                "@context": "https://schema.org",
                "@type": "Organization",
                "name": t["title"],
                "url": f"https://{spec.host}/hc/nl",
                "contactPoint": {
                    "@type": "ContactPoint",
                    "telephone": numbers.write(s.hidden(own), "intl"),
                    "contactType": "customer service",
                    "areaServed": "NL",
                    "availableLanguage": "Dutch",
                },
            }
        )
    cat = rng.randint(360000000000, 369999999999)
    blocks = "".join(
        f'<li class="blocks-item"><a href="/hc/nl/categories/{cat + i}" class="blocks-item-link">'
        f'<h3 class="blocks-item-title">{esc(a)}</h3><p class="blocks-item-description">{esc(b)}</p></a></li>'
        for i, (a, b) in enumerate(t["blocks"])
    )
    art = rng.randint(4400000000000, 4499999999999)
    articles = "".join(
        f'<li class="promoted-articles-item"><a href="/hc/nl/articles/{art + 17 * i}">{esc(a)}</a></li>'
        for i, a in enumerate(t["articles"])
    )
    if spec.opt("tel_national"):
        call = s.tel(own, "Bel nu", national=True)
    else:
        call = s.tel(own, "Bel nu")
    body = (
        '<a class="skip-navigation" tabindex="1" href="#main-content">Naar de hoofdinhoud gaan</a>'
        '<header class="header"><div class="logo"><a title="Start" href="/hc/nl">'
        f'<img src="//theme.zdassets.com/theme_assets/{theme.split("/")[0]}/logo.png" alt="Startpagina Helpcentrum {esc(t["title"])}"></a></div>'
        '<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="Gebruikersnavigatie">'
        '<ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/nl/requests/new">Een aanvraag indienen</a></li></ul></nav>'
        '<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/nl/signin">Aanmelden</a></div></header>'
        '<main role="main"><section class="section hero"><div class="hero-inner">'
        f'<h1 class="visibility-hidden">{esc(t["title"])}</h1>'
        '<form role="search" class="search search-full" data-search="" data-instant="true" autocomplete="off" action="/hc/nl/search" accept-charset="UTF-8" method="get">'
        f'<input type="search" name="query" id="query" placeholder="{esc(t["hero"])}" aria-label="Zoeken"></form>'
        f'<p class="hero-callout">{esc(t["call"])} <strong>{shown}</strong> · {call}</p></div></section>'
        '<div class="container"><section class="section knowledge-base"><h2 class="visibility-hidden">Categorieën</h2>'
        f'<section class="categories blocks"><ul class="blocks-list">{blocks}</ul></section>'
        '<section class="articles"><h2>Uitgelichte artikelen</h2>'
        f'<ul class="article-list promoted-articles">{articles}</ul></section></section>'
        '<section class="section activity"><div class="recent-activity" data-recent-activity="">'
        '<h2 class="recent-activity-header">Recente activiteit</h2><ul class="recent-activity-list">'
        f'<li class="recent-activity-item"><h3 class="recent-activity-item-parent">Veelgestelde vragen</h3>'
        f'<a href="/hc/nl/community/posts/{art + 1}" class="recent-activity-item-link">{esc(t["activity"])}</a>'
        '<div class="recent-activity-item-meta"><span class="recent-activity-item-time">2 uur geleden</span>'
        '<span class="recent-activity-item-comment">3 reacties</span></div></li></ul></div></section></div></main>'
        '<footer class="footer"><div class="footer-inner">'
        f'<a title="Start" href="/hc/nl">{esc(t["title"])}</a>'
        '<div class="footer-language-selector"><div class="dropdown language-selector"><button class="dropdown-toggle" aria-haspopup="true">Nederlands</button></div></div>'
        f'<p class="footer-callout">Telefonische ondersteuning: {shown}</p></div></footer>'
        f'<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key={_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"></script>'
    )
    return {"/": (document(spec.lang, t["title"], body, head), s)}


# --- Finnish unbranded remote help on a Kotisivukone shell ------------------------------


@branded
def fi_kotisivukone_etatuki(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "split_sub", "fullwidth")  # ０９ ４２５０ ７１８６
    site_id = rng.randint(100000, 999999)
    head = (
        '<meta name="generator" content="Kotisivukone">\n'
        f'<link rel="stylesheet" href="https://cdn.kotisivukone.fi/sites/{site_id}/css/theme.css?v={rng.randint(100, 999)}">\n'
    )
    boxes = "".join(
        f'<div class="ksk-column ksk-column-4"><div class="ksk-element ksk-element-text"><h3>{esc(a)}</h3><p>{esc(b)}</p></div></div>'
        for a, b in (
            ("Hidas kone", "Puhdistamme koneen etänä ja poistamme turhat ohjelmat."),
            ("Virus tai huijausilmoitus", "Poistamme haittaohjelmat ja ponnahdusikkunat heti."),
            (
                "Sähköposti ja salasanat",
                "Palautamme pääsyn sähköpostiin ja pankkitunnuksiin liittyviin palveluihin.",
            ),
        )
    )
    body = (
        f'<div id="ksk-wrapper" class="ksk-site-{site_id}"><div id="ksk-header" class="ksk-section">'
        f'<div class="ksk-logo"><a href="/">{esc(spec.name)}</a></div>'
        '<ul class="ksk-menu"><li class="ksk-menu-item ksk-active"><a href="/">Etusivu</a></li>'
        '<li class="ksk-menu-item"><a href="/hinnasto">Hinnasto</a></li><li class="ksk-menu-item"><a href="/tuki-ja-yhteystiedot">Yhteystiedot</a></li></ul></div>'
        '<div id="ksk-content" class="ksk-section"><div class="ksk-row"><div class="ksk-column ksk-column-12">'
        '<div class="ksk-element ksk-element-title"><h1>Tietokoneapu etänä – heti, koko Suomeen</h1></div>'
        '<div class="ksk-element ksk-element-text"><p>Kone jumissa, näytölle tuli varoitus tai sähköposti ei toimi? '
        "Asiantuntijamme ottaa koneeseesi etäyhteyden muutamassa minuutissa ja korjaa vian sillä aikaa kun juttelette. "
        "Palvelemme myös iltaisin ja viikonloppuisin.</p></div>"
        f'<div class="ksk-element ksk-element-text ksk-highlight"><p>Soita nyt: <strong>{wide}</strong></p>'
        f"<p>{s.tel(own, 'Soita etätukeen')}</p></div></div></div>"
        f'<div class="ksk-row">{boxes}</div>'
        '<div class="ksk-row"><div class="ksk-column ksk-column-12"><div class="ksk-element ksk-element-text">'
        "<h2>Näin etätuki toimii</h2><ol><li>Soita meille ja kerro ongelmasta.</li>"
        "<li>Lataa etäyhteysohjelma, jonka linkin saat puhelun aikana.</li>"
        "<li>Kerro asiantuntijalle näytölle tuleva tunnus ja salasana.</li>"
        "<li>Maksu kortilla puhelun lopuksi, 89 € / korjauskerta.</li></ol></div></div></div></div>"
        '<div id="ksk-footer" class="ksk-section"><p>'
        f"{esc(spec.name)} · Asiakaspalvelu {wide} · ma–su 8–22</p>"
        '<p class="ksk-powered"><a href="https://www.kotisivukone.fi/">Tehty Kotisivukoneella</a></p></div></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – tietokoneapu etänä heti", body, head), s)}


# --- Swiss-French Apple ID "assistance" on a Webnode shell ------------------------------


@branded
def chfr_apple_webnode(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dotted = s.num(own, "dotted")  # 022.518.40.73
    foot = s.num(own, "intl_zero_spaced")  # +41 (0)22 518 40 73
    wid = rng.randint(10000000, 99999999)
    head = (
        '<meta name="generator" content="Webnode 2">\n'
        f'<link rel="stylesheet" href="https://d1di2lzuh97fh2.cloudfront.net/files/{wid}/css/style.css">\n'
    )

    def sect(cls: str, inner: str) -> str:
        return f'<section class="s s-basic {cls}"><div class="s-w"><div class="s-o"><div class="ez-c"><div class="b b-text cf">{inner}</div></div></div></div></section>'

    call = s.tel(own, "Appeler un technicien", national=True).replace(
        "<a ", '<a class="b-btn b-btn-1 b-btn-l" ', 1
    )
    body = (
        '<div id="wnd_page" class="wnd-page l-page"><header class="l-h cf"><div class="sw cf"><div class="sw-c cf">'
        f'<div class="logo-wrapper"><a href="/" class="logo-link"><span class="logo-text">{esc(spec.name)}</span></a></div>'
        '<nav class="menu-wrapper"><ul class="menu"><li class="menu-item menu-item-active"><a href="/">Accueil</a></li>'
        '<li class="menu-item"><a href="/identifiant-apple-bloque/">Identifiant Apple bloqué</a></li>'
        '<li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav></div></div></header>'
        '<main class="l-m cf">'
        + sect(
            "s-hero",
            "<h1>Identifiant Apple verrouillé ? Assistance en Suisse romande</h1>"
            "<p>Votre identifiant Apple a été désactivé pour des raisons de sécurité, iCloud refuse votre mot de passe "
            "ou votre iPhone affiche « verrouillage d’activation » ? Nos techniciens certifiés vous aident par "
            "téléphone et prise en main à distance, de Genève à Neuchâtel.</p>"
            f"<p><strong>Ligne d’assistance : {dotted}</strong> (tarif local)</p><p>{call}</p>",
        )
        + sect(
            "s-list",
            "<ul><li>Déblocage de l’identifiant Apple et réinitialisation du mot de passe</li>"
            "<li>Récupération des photos iCloud</li><li>Mac piraté ou lent : nettoyage à distance</li>"
            "<li>Abonnements App Store débités à tort</li></ul>",
        )
        + sect(
            "s-quote",
            "<blockquote>« Mon identifiant était bloqué depuis deux jours, réglé en vingt minutes. » – Martine R., Lausanne</blockquote>",
        )
        + "</main>"
        '<footer class="l-f cf"><div class="sw cf"><div class="sw-c cf">'
        f"<p>{esc(spec.name)} · {foot} · Lun–Dim 8h–21h · Service indépendant</p>"
        '<p class="f-p"><a href="https://www.webnode.ch/?utm_source=text&amp;utm_medium=footer" rel="nofollow">Créez votre site web gratuitement !</a></p>'
        "</div></div></footer></div>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – {dotted}", body, head), s)}


# --- British "fraud prevention unit" in GOV.UK Design System markup ---------------------


@branded
def gb_govuk_safe_account(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    parts = numbers.groups(s.hidden(own))  # ["020", "3998", "4417"]
    split = "".join(
        f'<span class="nfpu-digits">{p}</span>' + (" " if i < len(parts) - 1 else "")
        for i, p in enumerate(parts)
    )
    said = ", ".join(" ".join(WORDS[int(d)] for d in p) for p in parts)
    ref = f"NFPU/{rng.randint(260000, 269999)}/{rng.choice('ABCDEFGH')}{rng.randint(10, 99)}"
    call = s.tel(own, "Call the fraud response line").replace(
        "<a ", '<a class="govuk-button govuk-button--warning" data-module="govuk-button" ', 1
    )
    head = (
        '<meta name="theme-color" content="#0b0c0c">\n'
        '<link rel="stylesheet" href="/assets/govuk-frontend-5.4.0.min.css">\n'
    )
    body = (
        "<script>document.body.className += ' js-enabled govuk-frontend-supported';</script>"
        '<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>'
        '<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container">'
        '<div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage">'
        f'<span class="govuk-header__logotype-text">{esc(spec.name)}</span></a></div></div></header>'
        '<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content">'
        '<strong class="govuk-tag govuk-phase-banner__content__tag">URGENT</strong>'
        '<span class="govuk-phase-banner__text">This service works with all UK high-street banks and building societies.</span></p></div>'
        '<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">'
        '<div class="govuk-notification-banner" role="region" data-module="govuk-notification-banner">'
        '<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title">Important</h2></div>'
        '<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">'
        "Your bank has flagged suspicious payments and a compromised device linked to your accounts.</p></div></div>"
        '<h1 class="govuk-heading-xl">Protect your money: move it to a safe account</h1>'
        '<p class="govuk-body">Criminals have obtained your online banking details. Until your bank issues new cards and '
        "account numbers, any money left in your current and savings accounts is at risk. A fraud officer will open a "
        "temporary <strong>safe account</strong> in your name and guide you through moving your balance.</p>"
        f'<p class="govuk-body">Your case reference: <strong>{ref}</strong></p>'
        '<div class="govuk-inset-text">Fraud response line (24 hours): '
        f'<strong class="govuk-!-font-size-27">{split}</strong><br>'
        f"If the line is busy, our officers will read the number back to you as: <em>{said}</em>.</div>"
        f"<p>{call}</p>"
        '<h2 class="govuk-heading-m">What happens on the call</h2><ol class="govuk-list govuk-list--number">'
        "<li>Quote your case reference to the fraud officer.</li>"
        '<li>Install the secure verification tool: <a class="govuk-link" href="/download/NFPU-SecureConnect-AnyDesk.exe">'
        "NFPU SecureConnect (AnyDesk)</a> and read out the 9-digit address shown.</li>"
        "<li>Log in to your online banking while the officer checks your recent payments.</li>"
        "<li>Transfer your balance to the safe account sort code and account number the officer gives you.</li></ol>"
        '<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>'
        '<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>'
        "Do not discuss this case with bank branch staff: the fraud may involve an insider.</strong></div>"
        "</div></div></main></div>"
        '<footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta">'
        '<div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><ul class="govuk-footer__inline-list">'
        '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/contact">Contact</a></li>'
        '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/privacy">Privacy</a></li></ul>'
        '<span class="govuk-footer__licence-description">Working with UK Finance members to protect customers.</span>'
        "</div></div></div></footer>"
    )
    return {"/": (document(spec.lang, f"Safe account transfer – {spec.name}", body, head), s)}


# --- Dutch "abonnement verlengd" invoice of a made-up antivirus -------------------------


@branded
def nl_factuur_moneybird(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = numbers.write(own, "split_sub")  # 085 201 3318
    letter_o = _written(s, own, plain.replace("0", "O"))  # O85 2O1 3318
    inv = f"2026-{rng.randint(10000, 99999)}"
    client = rng.randint(100000, 999999)
    call = s.tel(own, "Verlenging annuleren", national=True).replace(
        "<a ", '<a class="mb-button mb-button--primary" ', 1
    )
    iban = f"NL{rng.randint(10, 99)}INGB0{rng.randint(100000000, 999999999)}"
    kvk = rng.randint(60000000, 79999999)
    lines = "".join(
        f'<tr class="invoice-line"><td class="description">{esc(d)}</td><td class="amount">{esc(q)}</td>'
        f'<td class="price">{esc(p)}</td></tr>'
        for d, q, p in (
            ("SafeShield 360 Total Security – 5 apparaten, 36 maanden", "1", "€ 329,00"),
            ("Identiteitsbescherming Plus", "1", "€ 60,00"),
            ("Btw 21%", "", "€ 81,69"),
        )
    )
    body = (
        '<div class="mb-invoice-page"><div class="mb-invoice-toolbar"><a href="#" class="mb-download">Download PDF</a>'
        '<a href="#" class="mb-print">Afdrukken</a></div>'
        '<div class="mb-invoice" data-state="paid"><div class="mb-invoice__head">'
        '<div class="mb-invoice__sender"><img src="/img/safeshield-logo.svg" alt="SafeShield 360" width="140">'
        "<p>SafeShield Software B.V.<br>Postbus 1042<br>1000 BA Amsterdam</p></div>"
        f'<div class="mb-invoice__meta"><h1>Factuur {inv}</h1><dl><dt>Factuurdatum</dt><dd>27-02-2026</dd>'
        f'<dt>Klantnummer</dt><dd>{client}</dd><dt>Status</dt><dd><span class="mb-badge mb-badge--paid">Betaald via automatische incasso</span></dd></dl></div></div>'
        '<p class="mb-invoice__intro">Beste klant,<br>Uw abonnement op <b>SafeShield 360 Total Security</b> is automatisch '
        "verlengd voor 36 maanden. Het bedrag van <b>€ 470,69</b> wordt binnen 24 uur van uw rekening afgeschreven.</p>"
        f'<table class="mb-invoice__lines"><thead><tr><th>Omschrijving</th><th>Aantal</th><th>Bedrag</th></tr></thead><tbody>{lines}</tbody>'
        '<tfoot><tr><td colspan="2">Totaal</td><td>€ 470,69</td></tr></tfoot></table>'
        '<div class="mb-invoice__notice"><h2>Niet akkoord met deze verlenging?</h2>'
        "<p>U kunt de verlenging binnen 24 uur kosteloos annuleren. Bel onze afdeling annuleringen op "
        f"<strong>{letter_o}</strong> (ma–za 08:00–20:00). Een medewerker helpt u met de terugbetaling naar uw rekening.</p>"
        f"<p>{call}</p></div>"
        f'<div class="mb-invoice__foot"><p>SafeShield Software B.V. · IBAN {iban} · KvK {kvk}</p></div></div>'
        '<p class="mb-powered">Factuur verstuurd met <a href="https://www.moneybird.nl/" rel="nofollow">Moneybird</a></p></div>'
    )
    return {"/": (document(spec.lang, f"Factuur {inv} – SafeShield 360", body), s)}


# --- German "Windows Defender" locker, the number in a data attribute -------------------


@branded
def de_defender_dataattr(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    attr = numbers.write(s.hidden(own), "intl")  # +49 800 5893127
    code = f"0x800{rng.choice('47C')}{rng.randint(1000, 9999)}"
    head = (
        "<style>html,body{margin:0;height:100%;background:#1b1b1b;font-family:'Segoe UI',Tahoma,sans-serif}"
        "#sperre{position:fixed;inset:0;background:#0063b1;color:#fff;padding:4% 7%}"
        ".fenster{background:#fff;color:#111;max-width:620px;padding:20px 24px;box-shadow:0 8px 24px #0008}"
        ".fenster h2{color:#c50f1f}#nummer{font-size:32px;font-weight:700;color:#c50f1f}</style>\n"
    )
    body = (
        f'<div id="sperre" role="alertdialog" data-hotline="{esc(attr)}" data-fall="{code}">'
        "<h1>Windows-Defender – Sicherheitswarnung</h1>"
        "<p>Zugriff auf diesen PC wurde aus Sicherheitsgründen gesperrt.</p>"
        '<div class="fenster"><h2>Bedrohung erkannt: Trojan:Win32/Emotet.RT!MTB</h2>'
        "<p>Ihr Computer hat uns gemeldet, dass er mit einer Spyware infiziert ist. Folgende Daten sind gefährdet:</p>"
        "<ul><li>Passwörter und Online-Banking-Zugänge</li><li>Fotos, Dokumente und E-Mails</li><li>Kreditkartendaten</li></ul>"
        f"<p>Fehlercode: <code>{code}</code></p>"
        "<p>Schalten Sie den Computer nicht aus und schließen Sie dieses Fenster nicht. Rufen Sie sofort den "
        'Windows-Support an: <span id="nummer" aria-live="polite"></span> (gebührenfrei)</p>'
        '<p><a id="anrufen" href="#">Techniker anrufen</a></p></div></div>'
        '<audio id="warnton" src="/media/warnung-de.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var b=document.getElementById('sperre'),h=b.getAttribute('data-hotline');\n"
        "  document.getElementById('nummer').textContent=h;\n"
        "  document.getElementById('anrufen').href='tel:'+h.replace(/\\s/g,'');\n"
        "  document.title='('+h+') Windows-Defender Warnung';\n"
        "  function voll(){var e=document.documentElement;if(e.requestFullscreen){e.requestFullscreen().catch(function(){});}}\n"
        "  document.addEventListener('click',voll);document.addEventListener('keydown',voll);\n"
        "  window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='';});\n"
        "  for(var i=0;i<40;i++){history.pushState({s:i},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);});\n"
        f"  var m={json_str('Ihr PC ist gesperrt. Rufen Sie den Windows-Support an, bevor Ihre Daten gelöscht werden.')};\n"
        "  (function w(){if(!confirm(m)){alert(m);}setTimeout(w,3500);})();\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Windows-Defender Sicherheitswarnung", body, head), s)}


# --- Dutch "klantenservice nummers" directory that routes every brand to one line -------

DIRECTORY = (
    ("KPN", "kpn", "Storing, internet, tv en bellen, overstappen en opzeggen."),
    ("Ziggo", "ziggo", "Internet- of tv-storing, modem, abonnement en facturen."),
    ("Microsoft", "microsoft", "Windows, Outlook, Microsoft 365 en accountherstel."),
    ("Apple", "apple", "Apple ID, iCloud, iPhone en Mac, abonnementen."),
)


@branded
def nl_nummergids_doorschakel(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "trunk_dash")  # 085-0605294
    ratings = [round(rng.uniform(3.9, 4.6), 1) for _ in DIRECTORY]
    cards = "".join(
        f'<article class="gids-kaart" id="{key}"><h2>{esc(name)} klantenservice telefoonnummer</h2>'
        f"<p>{esc(what)}</p>"
        f'<p class="gids-nummer">Bel {esc(name)} klantenservice: <b>{shown}</b></p>'
        f"<p>{s.tel(own, f'Direct doorverbinden met {esc(name)}', national=True)}</p>"
        f'<p class="gids-score">Beoordeling {str(r).replace(".", ",")} / 5 · wachttijd ± 2 min</p></article>'
        for (name, key, what), r in zip(DIRECTORY, ratings, strict=True)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": f"{name} klantenservice"}
            for i, (name, _, _) in enumerate(DIRECTORY)
        ],
    }
    body = (
        f'<div class="gids"><header class="gids-kop"><a class="gids-logo" href="/">{esc(spec.name)}</a>'
        '<form class="gids-zoek" action="/zoeken"><input name="q" placeholder="Zoek een bedrijf, bijv. KPN of Ziggo"><button>Zoek</button></form></header>'
        '<main class="gids-inhoud"><h1>Klantenservice telefoonnummers van populaire bedrijven</h1>'
        "<p>Geen zin om eindeloos te zoeken op websites? Hier vindt u het klantenservicenummer van de bekendste "
        "bedrijven van Nederland. Wij verbinden u direct door met een medewerker, ook in het weekend.</p>"
        f'<div class="gids-lijst">{cards}</div>'
        '<section class="gids-faq"><h2>Veelgestelde vragen</h2><p><b>Waarom is het nummer bij elk bedrijf hetzelfde?</b> '
        "Via ons centrale nummer wordt u automatisch naar de juiste afdeling geleid.</p></section></main>"
        '<footer class="gids-voet"><p>© 2026 ' + esc(spec.name) + " · "
        '<a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p>'
        '<p class="klein">Wij zijn een zelfstandige doorverbindservice en niet verbonden aan de genoemde merken.</p></footer></div>'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    return {
        "/": (
            document(
                spec.lang,
                f"Klantenservice nummers KPN, Ziggo, Microsoft, Apple | {spec.name}",
                body,
            ),
            s,
        )
    }


TEMPLATES = {
    "nl_zendesk_copenhagen": with_page("/hc/nl/requests/new/contact", nl_zendesk_copenhagen),
    "fi_kotisivukone_etatuki": with_page("/tuki-ja-yhteystiedot", fi_kotisivukone_etatuki),
    "chfr_apple_webnode": with_page("/contact/", chfr_apple_webnode),
    "gb_govuk_safe_account": with_page("/help/contact", gb_govuk_safe_account),
    "nl_factuur_moneybird": with_page("/contact", nl_factuur_moneybird),
    "de_defender_dataattr": de_defender_dataattr,
    "nl_nummergids_doorschakel": with_page("/contact", nl_nummergids_doorschakel),
}
