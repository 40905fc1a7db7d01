"""Twenty-eighth batch of held-out scam templates: page shells no earlier batch uses.

b28_fi_locker_windows_star (a Finnish Windows lock screen, the toll-free number split by
stars with "FI" after it, a spoken warning and a leave/alert loop),
b28_befr_locker_chrome_pieces (a French-Belgian "Google Chrome" lock screen whose number a
script assembles from four pieces), b28_nl_umso_ziggo_query (a Dutch "Ziggo
storingsmonteur" on Umso with a copied trust footer, the number only in a national tel:
link and a call-back link's ?tel= query), b28_nl_storyblok_abnamro_pieces (a Dutch "ABN
AMRO fraudeteam" on Storyblok and Nuxt, the number in data- attributes a script joins),
b28_be_mozello_computerhulp_copied (unbranded Flemish "computerhulp op afstand" on Mozello
copying a Ghent firm's KBO/BTW numbers and reviews, the number in doubled parentheses),
b28_chde_zola_hp_jsonld (a Swiss-German HP printer help page on a Zola theme, the number
only in ContactPoint JSON-LD and a banner's alt text with "CH" after it),
b28_chfr_sylius_norton_letters (a Swiss-French Norton renewal "order confirmation" on a
Sylius shop, "O27 458 l2 39" with letters and a URL-encoded ?phone= call-back link),
b28_de_dokuwiki_hijacked_avast (an old chess club's DokuWiki with an injected "Avast
Kundendienst" page, the number with underscores), b28_gb_hashnode_amazon_plusplus (a UK
Hashnode blog post on Amazon Prime refunds pushing "++44" with a doubled plus),
b28_us_clickfunnels_apple_x (a US "Apple ID locked" funnel on ClickFunnels, the number
split by x with "(USA)" after it), b28_in_gridsome_mcafee_caret (an Indian "McAfee
activate" page on Gridsome, the number split by carets and in JSON-LD) and
b28_fr_expressionengine_brother_colon (a French Brother printer help site on
ExpressionEngine, the number with colons and "FR" after it, and in a data- attribute).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

from random import Random
from urllib.parse import quote

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import json_ld as _ld
from crawler.sandbox.heldout.shell import locker_code as _code
from crawler.sandbox.heldout.shell import written as _written
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str


def _trap(msg: str, lang: str, audio: str) -> str:
    """This batch's locker script: a leave prompt, a confirm/alert loop that re-opens on close,
    a hidden cursor, a fullscreen request on every click, blocked keys, a looping alarm
    and a voice reading the warning."""
    return (
        "<script>\n(function(){\n"
        f"  var msg={json_str(msg)},el=document.documentElement,k=0;\n"
        "  document.body.style.cursor='none';\n"
        "  window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue=msg;return msg;});\n"
        "  function go(){try{(el.requestFullscreen||el.webkitRequestFullscreen).call(el);}catch(x){}}\n"
        "  ['mousedown','touchstart','keyup'].forEach(function(t){document.addEventListener(t,go);});\n"
        "  document.addEventListener('keydown',function(e){if([27,122,123,116].indexOf(e.keyCode)>-1||e.metaKey){e.preventDefault();}},true);\n"
        "  for(;k<40;k++){history.pushState({k:k},'',location.pathname+'?s='+k);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);go();});\n"
        "  function nag(){if(!confirm(msg)){alert(msg);}setTimeout(nag,4000);}setTimeout(nag,2500);\n"
        f"  try{{var v=new SpeechSynthesisUtterance(msg);v.lang='{lang}';v.rate=0.85;setInterval(function(){{speechSynthesis.speak(v);}},12000);}}catch(x){{}}\n"
        "})();\n</script>\n"
        f'<audio id="alarm" autoplay loop><source src="{audio}" type="audio/mpeg"></audio>'
    )


# --- a Finnish Windows lock screen, stars between the digits, "FI" after ---------------------


@branded
def b28_fi_locker_windows_star(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    starred = s.num(own, "national", "star")  # 0⊹8⊹0⊹0⊹9⊹1⊹5⊹3⊹7⊹2
    msg = ("Windows-suojaus: tämä tietokone on lukittu turvallisuussyistä. Älä sammuta tietokonetta. "
           "Soita Microsoftin tukeen välittömästi.")
    body = (
        '<div class="lock" style="position:fixed;top:0;left:0;width:100%;height:100%;background:#0067b8;color:#fff;'
        'font-family:Segoe UI,Tahoma,sans-serif;z-index:2147483647;overflow:hidden">'
        '<div style="padding:40px 8%"><p style="font-size:96px;margin:0">:(</p>'
        "<h1 style=\"font-weight:300;font-size:28px\">Tietokoneesi on lukittu. Windows havaitsi haittaohjelman "
        "(Trojan.Emotet.Gen) ja esti pääsyn laitteeseen.</h1>"
        "<p>Henkilötietosi, pankkitunnuksesi ja salasanasi ovat vaarassa. Älä käynnistä tietokonetta uudelleen, "
        "muuten tiedostosi voivat kadota.</p>"
        "<p>Ota heti yhteyttä Microsoftin tekniseen tukeen. Teknikko poistaa uhan etäyhteydellä.</p>"
        f'<p style="font-size:34px;font-weight:600;background:#fff;color:#0067b8;display:inline-block;padding:6px 16px">'
        f"Soita: {starred} FI</p>"
        "<p style=\"font-size:14px\">Maksuton numero · palvelemme suomeksi 24/7</p>"
        f'<p style="font-size:13px;opacity:.8">Pysäytyskoodi: {_code(rng)} · Istunto {_hex(rng, 8).upper()}</p></div></div>'
        + _trap(msg, "fi-FI", "/media/varoitus_fi.mp3")
    )
    return {"/": (document(spec.lang, "Windows-suojaus - Tietokone lukittu", body), s)}


# --- a French-Belgian "Google Chrome" lock screen, the number put together by a script ------


@branded
def b28_befr_locker_chrome_pieces(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(s.hidden(own))  # 02 808 37 16
    msg = ("Alerte de sécurité Google Chrome : votre ordinateur a été bloqué suite à une activité suspecte. "
           "Appelez immédiatement le support technique.")
    pieces = ",".join(f"{chr(97 + i)}='{p}'" for i, p in enumerate(g))
    script = (
        "<script>\n(function(){\n"
        f"  var {pieces};\n"
        "  var n=[a,b,c,d].join(' '),t=document.getElementById('sup'),l=document.getElementById('sup-call');\n"
        "  t.textContent=n;l.href='tel:+32'+(a+b+c+d).slice(1);l.textContent='Appeler le '+n;\n"
        "})();\n</script>\n"
    )
    body = (
        '<div id="ov" style="position:fixed;inset:0;background:#202124;color:#e8eaed;font-family:Roboto,Arial,sans-serif;z-index:99999">'
        '<div style="display:flex;align-items:center;gap:10px;padding:10px 18px;background:#35363a">'
        '<img src="/i/chrome48.png" alt="Google Chrome" width="22"><span>Google Chrome – Centre de sécurité</span></div>'
        '<div style="max-width:600px;margin:60px auto;background:#fff;color:#202124;border-radius:8px;padding:28px">'
        "<h1 style=\"font-size:22px;color:#d93025\">Accès bloqué : votre PC est infecté</h1>"
        "<p>Chrome a détecté un logiciel espion de type Pegasus sur cet ordinateur. Vos mots de passe enregistrés, "
        "vos cartes bancaires et votre historique sont en cours de transfert.</p>"
        "<p>Pour votre sécurité, la navigation est suspendue. N’éteignez pas l’ordinateur et contactez le support "
        "technique Google agréé pour la Belgique :</p>"
        '<p style="font-size:30px;font-weight:700;color:#1a73e8">☎ <span id="sup">chargement…</span></p>'
        '<p><a id="sup-call" href="#" style="display:inline-block;background:#1a73e8;color:#fff;padding:10px 22px;border-radius:4px">Appeler</a></p>'
        f"<p style=\"font-size:12px;color:#5f6368\">Code d’erreur : {_code(rng)} · Réf. BE-{_hex(rng, 6).upper()} · appel gratuit depuis la Belgique</p></div></div>"
        + script
        + _trap(msg, "fr-BE", "/i/alerte-be.mp3")
    )
    return {"/": (document(spec.lang, "Alerte de sécurité – Google Chrome", body), s)}


# --- a Dutch "Ziggo storingsmonteur" on Umso, tel: and ?tel= only, copied trust footer -------


@branded
def b28_nl_umso_ziggo_query(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    site = _hex(rng, 12)
    head = (
        '<meta name="generator" content="Umso">\n'
        f'<link rel="stylesheet" href="https://assets.umso.co/sites/{site}/style.css">\n'
        f'<link rel="icon" href="https://assets.umso.co/sites/{site}/favicon.png">\n'
    )
    pages = (
        ("/", "Storing bij Ziggo? Vandaag nog een monteur"),
        ("/storingen", "Storingen die wij oplossen"),
        ("/over-ons", "Over ons"),
    )
    footer = (
        '<footer class="umso-footer"><div class="umso-footer__cols">'
        f"<div><strong>{esc(spec.name)}</strong><br>Stationsplein 45, 3511 ED Utrecht</div>"
        "<div>KvK 74125836<br>BTW NL859310472B01<br>IBAN NL42 RABO 0318 5520 97</div>"
        '<div><a href="/algemene-voorwaarden">Algemene voorwaarden</a><br><a href="/privacy">Privacyverklaring</a><br><a href="/klachten">Klachtenregeling</a></div>'
        '<div class="umso-badge"><img src="/img/kiyoh-badge.svg" alt="Kiyoh keurmerk"> 9,4 uit 1.284 beoordelingen</div></div>'
        f'<p class="umso-footer__copy">© 2026 {esc(spec.name)} · <a href="https://www.umso.com/?ref=badge">Built with Umso</a></p></footer>'
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        call = s.tel(own, '<span class="umso-btn__label">Bel direct een monteur</span>', national=True)
        back = f'/terugbellen?tel={numbers.national_digits(s.hidden(own))}&amp;src={path.strip("/") or "home"}'
        if path == "/":
            main = (
                "<p>Geen internet, haperende wifi of staat uw Ziggo Mediabox op zwart? Onze storingsmonteurs verhelpen 9 van de "
                "10 storingen direct op afstand. Lukt dat niet, dan staat er dezelfde dag iemand voor de deur.</p>"
                + _ul(("SmartWifi-pod knippert rood", "Mediabox Next start niet op", "Internetbox geeft geen signaal",
                       "Ziggo Mail werkt niet meer"), "umso-list")
                + "<p>Gemiddelde wachttijd aan de telefoon: 1 minuut. Ook in het weekend.</p>"
            )
        elif path == "/storingen":
            main = (
                "<p>Veel storingen komen door een verouderde instelling op uw modem of een besmetting op uw computer. "
                "De monteur maakt met uw toestemming een beveiligde verbinding en kijkt met u mee.</p>"
                "<p>De kosten van een sessie bespreken wij altijd eerst met u.</p>"
            )
        else:
            main = (
                f"<p>{esc(spec.name)} is een servicebedrijf met gecertificeerde monteurs voor Ziggo-klanten in heel Nederland. "
                "Wij werken sinds 2009 voor particulieren en kleine bedrijven.</p>"
                "<blockquote>“Binnen tien minuten had ik weer internet.” – Ria, Amersfoort</blockquote>"
            )
        body = (
            f'<div class="umso-page" data-page="{_hex(rng, 8)}"><header class="umso-nav"><a class="umso-logo" href="/">{esc(spec.name)}</a>'
            '<nav><a href="/">Home</a><a href="/storingen">Storingen</a><a href="/over-ons">Over ons</a></nav></header>'
            f'<section class="umso-section umso-hero"><h1>{esc(h1)}</h1>{main}'
            f'<div class="umso-btns"><div class="umso-btn umso-btn--primary">{call}</div>'
            f'<a class="umso-btn umso-btn--ghost" href="{back}">Laat u terugbellen</a></div></section>'
            + footer
            + "</div>"
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- a Dutch "ABN AMRO fraudeteam" on Storyblok + Nuxt, pieces in data- attributes ---------


@branded
def b28_nl_storyblok_abnamro_pieces(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    space = rng.randint(100000, 299999)
    head = (
        f'<link rel="preload" href="/_nuxt/entry.{_hex(rng, 8)}.js" as="script">\n'
        f'<link rel="stylesheet" href="/_nuxt/entry.{_hex(rng, 8)}.css">\n'
    )
    drafts: Drafts = {}
    for path, title in (("/", "Fraude Servicedesk"), ("/veelgestelde-vragen", "Veelgestelde vragen")):
        s = Sheet()
        g = numbers.groups(s.hidden(own))  # 020 238 4915
        line = (
            f'<p class="hotline">Fraudelijn (24/7): <strong id="fl" data-a="{g[0]}" data-b="{g[1]}" data-c="{g[2]}">even geduld…</strong></p>'
        )
        if path == "/":
            text = (
                "<h1>Verdachte betaling of nieuwe betaalpas aangevraagd?</h1>"
                "<p>Heeft u een sms of e-mail van ABN AMRO ontvangen over een betaalpas die u niet heeft aangevraagd, een "
                "onbekende inlog of een geblokkeerde rekening? Bel dan direct het fraudeteam. Wij zetten uw tegoed veilig "
                "terwijl u aan de lijn blijft.</p>"
                + line
                + "<p>Houd uw e.dentifier en bankpas bij de hand. Een medewerker helpt u uw saldo tijdelijk over te boeken naar "
                "een beveiligde kluisrekening tot het onderzoek is afgerond.</p>"
            )
        else:
            text = (
                "<h1>Veelgestelde vragen</h1>"
                "<h2>Waarom moet ik mijn geld overboeken?</h2><p>Zolang fraudeurs toegang hebben tot uw rekening, is uw geld "
                "alleen veilig op een kluisrekening die op uw naam wordt geopend.</p>"
                "<h2>Waarom een app installeren?</h2><p>Met de beveiligingsapp kan de medewerker zien of uw telefoon is "
                "overgenomen.</p>"
                + line
            )
        img = f"https://a.storyblok.com/f/{space}/1600x600/{_hex(rng, 10)}/kluis-hero.jpg/m/1200x0/filters:quality(80)"
        body = (
            '<div id="__nuxt"><div class="layout"><header class="sb-header">'
            f'<a href="/" class="sb-logo">{esc(spec.name)}</a><nav><a href="/">Home</a><a href="/veelgestelde-vragen">Vragen</a><a href="/contact">Contact</a></nav></header>'
            f'<main><section class="sb-hero" data-blok-c=\'{{"name":"hero","space":"{space}","uid":"{_hex(rng, 8)}"}}\'>'
            f'<img src="{img}" alt="Veilig bankieren" loading="eager"></section>'
            f'<section class="sb-richtext">{text}</section></main>'
            f'<footer class="sb-footer"><p>© 2026 {esc(spec.name)} · in samenwerking met ABN AMRO klantenservice</p></footer></div></div>'
            "<script>window.__NUXT__=(function(a){return {serverRendered:true,config:{public:{storyblok:{version:\"published\"}}}}}(1));</script>\n"
            "<script>\n(function(){var e=document.getElementById('fl');if(!e)return;"
            "var n=[e.dataset.a,e.dataset.b,e.dataset.c].join(' ');"
            "e.innerHTML='<a href=\"tel:'+n.replace(/ /g,'')+'\">'+n+'</a>';})();\n</script>"
        )
        drafts[path] = (document(spec.lang, f"{title} | ABN AMRO | {spec.name}", body, head), s)
    return drafts


# --- unbranded Flemish computerhulp on Mozello, copied Ghent firm, doubled parentheses ------


def b28_be_mozello_computerhulp_copied(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Mozello">\n'
        f'<link rel="stylesheet" href="https://site-assets.mozfiles.com/themes/{rng.randint(40, 90)}/css/style.css">\n'
    )
    pages = (("/", "Computerhulp op afstand in heel Vlaanderen"), ("/tarieven", "Tarieven"), ("/over-ons", "Over ons"))
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        paren = s.num(own, "national", "double_paren")  # ((09 398 62 41))
        call = s.tel(own, "Nu bellen", national=True)
        if path == "/":
            text = (
                "<p>Trage computer, pop-ups, een printer die niet meer wil of een virusmelding op het scherm? Een erkende "
                "technicus maakt een beveiligde verbinding en lost het op terwijl u meekijkt. Geen verplaatsingskosten, "
                "geen wachttijd.</p>"
                "<p>Al meer dan 9.000 Vlamingen geholpen sinds 2012.</p>"
            )
        elif path == "/tarieven":
            text = (
                "<table class=\"moze-table\"><tr><td>Eenmalige interventie op afstand</td><td>€ 149</td></tr>"
                "<tr><td>Jaarabonnement onbeperkte hulp</td><td>€ 349</td></tr><tr><td>Levenslange bescherming (3 toestellen)</td><td>€ 599</td></tr></table>"
                "<p>Betaling via Bancontact of met cadeaubonnen na de sessie.</p>"
            )
        else:
            text = (
                f"<p>{esc(spec.name)} is een onderdeel van Digitaal Atelier Van Damme BV, Kortrijksesteenweg 1120, 9051 Gent.</p>"
                "<p>KBO 0712.486.359 · BTW BE 0712.486.359 · Lid van UNIZO</p>"
                "<blockquote>“Vriendelijke mensen, mijn mail werkte meteen weer.” – Hilde, Aalst</blockquote>"
                "<blockquote>“Snel en correct geholpen.” – Marc, Brugge</blockquote>"
            )
        body = (
            f'<div id="wrap"><div id="top-bar"><span class="moze-phone">Bel gratis: {paren}</span></div>'
            f'<header id="header"><div id="logo"><a href="/">{esc(spec.name)}</a></div>'
            '<ul id="menu" class="moze-menu"><li><a href="/">Home</a></li><li><a href="/tarieven">Tarieven</a></li><li><a href="/over-ons">Over ons</a></li></ul></header>'
            f'<div id="content" class="moze-content"><h1>{esc(h1)}</h1>{text}<p class="moze-button-large">{call}</p></div>'
            '<div id="bottom"><div class="reviews-badge"><img src="/img/google-reviews.png" alt="Google reviews"> 4,9 ★ (612 reviews)</div>'
            f'<p>© 2026 {esc(spec.name)} · <a href="/algemene-voorwaarden">Algemene voorwaarden</a> · <a href="/privacy">Privacy</a> · BTW BE 0712.486.359</p>'
            '<p class="mz-by"><a href="https://www.mozello.com/">Mozello</a> – de eenvoudigste manier om een website te maken.</p></div></div>'
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- a Swiss-German HP printer help page on a Zola theme: JSON-LD and alt text -------------


@branded
def b28_chde_zola_hp_jsonld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    nav = (
        '<nav class="navbar navbar-expand-md"><a class="navbar-brand" href="/">' + esc(spec.name) + "</a>"
        '<ul class="navbar-nav"><li><a class="nav-link" href="/docs/drucker-offline/">Drucker offline</a></li>'
        '<li><a class="nav-link" href="/docs/treiber/">Treiber</a></li><li><a class="nav-link" href="/kontakt/">Kontakt</a></li></ul></nav>'
    )
    foot = (
        '<footer class="footer text-muted"><p>Zertifizierter Service-Partner · CHE-395.218.674 MWST · Bahnhofstrasse 12, 4051 Basel</p>'
        '<p>Powered by <a href="https://www.getzola.org/">Zola</a> | Theme <a href="https://github.com/aaranxu/adidoks">AdiDoks</a></p></footer>'
    )
    for path, title in (("/docs/drucker-offline/", "HP Drucker offline – was tun?"), ("/docs/treiber/", "HP Treiber installieren")):
        s = Sheet()
        ld = _ld({"@context": "https://schema.org", "@type": "TechArticle", "headline": title,
                  "publisher": {"@type": "Organization", "name": spec.name,
                                "contactPoint": {"@type": "ContactPoint", "telephone": s.num(own, "intl"),
                                                 "contactType": "technical support", "areaServed": "CH",
                                                 "availableLanguage": ["German", "French"]}}})
        head = (
            f'<link rel="stylesheet" href="/main.css?h={_hex(rng, 20)}">\n'
            '<script src="/elasticlunr.min.js" defer></script><script src="/search_index.de.js" defer></script>\n' + ld
        )
        alt = f"HP Drucker-Support Hotline {s.num(own, 'national')} CH"
        if path == "/docs/drucker-offline/":
            steps = (
                "<p>Ihr HP DeskJet, ENVY oder LaserJet zeigt unter Windows «Offline» an oder druckt nicht mehr? Meistens liegt es "
                "an einem fehlerhaften Treiber oder einer geänderten WLAN-Verbindung.</p>"
                "<ol><li>Drucker und Router neu starten.</li><li>Druckwarteschlange leeren.</li>"
                "<li>HP Smart öffnen und den Drucker neu hinzufügen.</li></ol>"
                "<p>Hilft das nicht, richtet ein Techniker den Drucker per Fernwartung neu ein. Die Nummer der Hotline finden "
                "Sie im Banner unten.</p>"
            )
        else:
            steps = (
                "<p>Laden Sie Treiber nur über einen geprüften Techniker, damit keine Schadsoftware mitinstalliert wird. Unsere "
                "Techniker installieren den passenden HP Treiber in 15 Minuten.</p>"
            )
        body = (
            nav
            + '<div class="wrap container-fluid"><div class="row flex-xl-nowrap"><div class="col-lg-5 col-xl-4 docs-sidebar"></div>'
            f'<main class="docs-content col-lg-11 col-xl-9"><h1>{esc(title)}</h1>{steps}'
            f'<img class="hotline-banner" src="/images/hotline-ch.png" alt="{alt}" width="720" height="160"></main></div></div>'
            + foot
        )
        drafts[path] = (document(spec.lang, f"{title} | {spec.name}", body, head), s)
    home = (
        nav
        + '<section class="section container-fluid"><div class="row justify-content-center"><div class="col-lg-9 text-center">'
        "<h1>Hilfe für HP Drucker in der Schweiz</h1><p class=\"lead\">Anleitungen und Fernwartung für Drucker, die nicht drucken.</p>"
        '<a class="btn btn-primary" href="/docs/drucker-offline/">Drucker offline?</a></div></div></section>' + foot
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – HP Drucker Hilfe", home, f'<link rel="stylesheet" href="/main.css?h={_hex(rng, 20)}">\n'), Sheet())
    return drafts


# --- a Swiss-French Norton renewal "order confirmation" on Sylius, letters and ?phone= -----


@branded
def b28_chfr_sylius_norton_letters(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    lettered = _written(s, own, " ".join(numbers.groups(own)).replace("0", "O").replace("1", "l"))  # O27 458 l2 39
    order = f"#{rng.randint(100000000, 999999999):09d}"
    back = "/fr_CH/service-client/rappel?phone=" + quote(numbers.write(s.hidden(own), "intl"), safe="") + f"&amp;order={order[1:]}"
    head = (
        f'<link rel="stylesheet" href="/build/shop/app-shop-entry.{_hex(rng, 8)}.css">\n'
        '<meta name="robots" content="noindex">\n'
    )
    body = (
        '<div class="ui container" id="sylius-shop"><header id="header" class="ui basic segment">'
        f'<div class="ui stackable grid"><div class="column"><a href="/fr_CH/" class="logo">{esc(spec.name)}</a></div>'
        '<div class="right aligned column"><div class="ui right floated buttons"><a class="ui button" href="/fr_CH/cart/">Panier</a></div></div></div></header>'
        '<div class="ui segment" id="sylius-thank-you"><h1 class="ui header">Merci ! Votre renouvellement est confirmé</h1>'
        f"<p>Commande <strong>{esc(order)}</strong> du 27.02.2026</p>"
        '<table class="ui celled table" id="sylius-order"><thead><tr><th>Produit</th><th>Quantité</th><th>Total</th></tr></thead><tbody>'
        "<tr><td>Norton 360 Deluxe – 5 appareils, abonnement 3 ans (renouvellement automatique)</td><td>1</td><td>CHF 389.90</td></tr>"
        "</tbody><tfoot><tr><th colspan=\"2\">Total TTC</th><th>CHF 389.90</th></tr></tfoot></table>"
        "<div class=\"ui warning message\"><div class=\"header\">Vous n’avez pas commandé ce renouvellement ?</div>"
        "<p>Le montant sera débité sous 24 heures. Pour annuler et obtenir le remboursement, appelez le service facturation "
        f"Norton Suisse au <strong class=\"nowrap\">{lettered}</strong> (lun–sam, 8h–20h) ou demandez un rappel.</p>"
        f'<a class="ui primary button" href="{back}">Être rappelé par un conseiller</a></div>'
        "<p class=\"ui small text\">Le remboursement est effectué par un technicien qui se connecte à votre ordinateur.</p></div>"
        '<footer id="footer" class="ui inverted vertical footer segment"><div class="ui container">'
        f"<p>© 2026 {esc(spec.name)} · Conditions générales de vente · Powered by <a href=\"https://sylius.com\">Sylius</a></p></div></footer></div>"
    )
    return {"/fr_CH/order/thank-you": (document(spec.lang, f"Confirmation de commande {order} | {spec.name}", body, head), s),
            "/": (document(spec.lang, spec.name, f'<div class="ui container"><h1>{esc(spec.name)}</h1><p>Logiciels et abonnements pour la Suisse romande.</p></div>', head), Sheet())}


# --- an old chess club's DokuWiki with an injected "Avast Kundendienst" page ----------------


@branded
def b28_de_dokuwiki_hijacked_avast(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    injected = "/doku.php?id=wiki:archiv:avast_kundendienst_deutschland"
    head = (
        '<meta name="generator" content="DokuWiki">\n<meta name="robots" content="index,follow">\n'
        f'<link rel="stylesheet" type="text/css" href="/lib/exe/css.php?t=dokuwiki&amp;tseed={_hex(rng, 32)}">\n'
        '<script type="text/javascript">/*<![CDATA[*/var NS=\'\';var JSINFO = {"id":"start","namespace":""};/*!]]>*/</script>\n'
    )

    def wiki(title: str, content: str, page_id: str, changed: str) -> str:
        return (
            '<div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki">'
            f'<div id="dokuwiki__header"><div class="pad group"><div class="headings group"><h1><a href="/doku.php?id=start" accesskey="h" title="[H]">{esc(spec.name)}</a></h1></div>'
            '<div class="tools group"><div id="dokuwiki__usertools"><ul><li><a href="/doku.php?id=start&amp;do=login" class="action login" rel="nofollow" title="Anmelden">Anmelden</a></li></ul></div></div></div></div>'
            '<div class="wrapper group"><div id="dokuwiki__aside"><div class="pad aside include group"><h3 class="toggle">Seitenleiste</h3><div class="content">'
            '<ul><li class="level1"><div class="li"><a href="/doku.php?id=start" class="wikilink1">Start</a></div></li>'
            '<li class="level1"><div class="li"><a href="/doku.php?id=training" class="wikilink1">Training</a></div></li>'
            '<li class="level1"><div class="li"><a href="/doku.php?id=mannschaften" class="wikilink1">Mannschaften</a></div></li>'
            '<li class="level1"><div class="li"><a href="/doku.php?id=kontakt" class="wikilink1">Kontakt</a></div></li></ul></div></div></div>'
            f'<div id="dokuwiki__content"><div class="pad group"><div class="page group"><h1 class="sectionedit1" id="{page_id}">{esc(title)}</h1>'
            f'<div class="level1">{content}</div></div>'
            f'<div class="docInfo"><bdi>{page_id}.txt</bdi> · Zuletzt geändert: {changed}</div></div></div></div>'
            '<div id="dokuwiki__footer"><div class="pad"><div class="buttons"><a href="https://www.dokuwiki.org/donate" title="Donate"><img src="/lib/tpl/dokuwiki/images/button-donate.gif" width="80" height="15" alt="Donate"></a>'
            '<a href="https://dokuwiki.org/" title="Driven by DokuWiki"><img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15" alt="Driven by DokuWiki"></a></div></div></div></div></div>'
        )

    home = wiki(
        "Willkommen beim Schachverein",
        "<p>Der Schachverein „Königsspringer“ trifft sich jeden Freitag ab 19:30 Uhr im Gemeindehaus am Marktplatz. "
        "Gäste und Anfänger sind jederzeit willkommen.</p>"
        "<h2>Aktuelles</h2><p>Vereinsmeisterschaft 2017/18: Die Auslosung der ersten Runde hängt im Spiellokal aus. "
        "Der Jugendschnupperkurs beginnt nach den Herbstferien.</p>"
        f'<p style="display:none"><a href="{injected}" class="wikilink1">avast kundendienst</a> <a href="{injected}" class="wikilink1">avast hotline deutschland</a></p>',
        "start", "2017/11/04 18:22",
    )
    s = Sheet()
    under = s.num(own, "split_sub", "underscore")  # 0800_741_8263
    tel = s.tel(own, "Jetzt kostenlos anrufen")
    page = wiki(
        "Avast Kundendienst Deutschland – Telefon",
        "<p>Sie haben Probleme mit Avast Premium Security oder Avast One? Ihr Abo wurde ohne Ihre Zustimmung verlängert, die "
        "Lizenz lässt sich nicht aktivieren oder Avast blockiert Ihr Internet? Der Avast Kundendienst hilft Ihnen telefonisch "
        "und per Fernwartung.</p>"
        f'<p><strong>Avast Hotline: {under}</strong> · {tel}</p>'
        "<h2>Häufige Anliegen</h2>"
        + _ul(("Avast Abo kündigen und Geld zurück", "Avast Lizenzschlüssel aktivieren", "Avast deinstallieren", "Virus trotz Avast"))
        + "<p>Erreichbar Montag bis Sonntag, 8 bis 22 Uhr. Kostenlos aus dem deutschen Festnetz.</p>",
        "wiki:archiv:avast_kundendienst_deutschland", "2026/02/28 03:14",
    )
    return {
        "/": (document(spec.lang, f"start [{spec.name}]", home, head), Sheet()),
        "/doku.php?id=training": (document(spec.lang, f"training [{spec.name}]", wiki("Training", "<p>Training für Erwachsene freitags, Jugend mittwochs ab 17 Uhr.</p>", "training", "2016/09/12 20:01"), head), Sheet()),
        "/doku.php?id=kontakt": (document(spec.lang, f"kontakt [{spec.name}]", wiki("Kontakt", "<p>Post bitte an den 1. Vorsitzenden, Gemeindehaus am Marktplatz, 58675 Hemer. E-Mail: vorstand (at) sv-koenigsspringer-hemer.de</p>", "kontakt", "2015/03/01 11:47"), head), Sheet()),
        injected: (document(spec.lang, f"wiki:archiv:avast_kundendienst_deutschland [{spec.name}]", page, head), s),
    }


# --- a UK Hashnode blog post pushing "++44", doubled plus ---------------------------------


@branded
def b28_gb_hashnode_amazon_plusplus(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    path = "/amazon-prime-refund-phone-number-uk"
    title = "Amazon Prime Refund Phone Number UK: Speak to a Real Person (Updated 2026)"
    plus = s.num(own, "intl", "plus_plus")  # ++44 330 808 7412
    tel = s.tel(own, "Tap to call the refund line")
    cover = f"https://cdn.hashnode.com/res/hashnode/image/upload/v{rng.randint(1700000000, 1709999999)}/{_hex(rng, 10)}.png"
    head = (
        f'<meta property="og:image" content="{cover}?w=1200&amp;h=630&amp;fit=crop">\n'
        '<meta name="hashnode-publication" content="' + _hex(rng, 24) + '">\n'
        f'<link rel="preload" href="https://cdn.hashnode.com/static/blog-{_hex(rng, 8)}.css" as="style">\n'
    )
    body = (
        '<div id="__next"><div class="blog-page"><header class="blog-header">'
        f'<a href="/" class="blog-title">{esc(spec.name)}</a><nav><a href="/">Home</a> <a href="/newsletter">Newsletter</a></nav></header>'
        '<main class="blog-post-area"><article class="blog-article-page">'
        f'<img class="cover" src="{cover}" alt="Amazon Prime refund guide">'
        f'<h1 class="font-heading">{esc(title)}</h1>'
        '<div class="author-row"><span>Chloe Marsh</span> · <time datetime="2026-02-21">Feb 21, 2026</time> · 6 min read</div>'
        '<div class="prose">'
        "<p>Charged for Amazon Prime when you thought you had cancelled? You are not alone. Thousands of UK shoppers are "
        "billed £95 every year after a free trial rolls over. Here is how to get your money back quickly.</p>"
        "<h2>Call the Prime refund helpline</h2>"
        f"<p>The fastest route is the UK refund desk on <strong>{plus}</strong>. An agent checks your account, cancels the "
        "membership and sends the refund to your card while you wait.</p>"
        f'<p class="cta">{tel}</p>'
        "<h2>What to have ready</h2>"
        + _ul(("The email address on your Amazon account", "The last four digits of the card that was charged",
               "A laptop or PC, as the agent may need to connect to finish the refund"))
        + "<h2>Can I do it online?</h2><p>You can try Your Account › Prime, but refunds are often refused online. Phoning is "
        "the only way to speak to a real person.</p></div></article></main>"
        '<footer class="blog-footer"><p>©2026 ' + esc(spec.name) + ' · <a href="https://hashnode.com/?source=footer">Powered by Hashnode</a> – Home for tech writers and readers</p></footer></div></div>'
    )
    home = (
        f'<div id="__next"><header class="blog-header"><a href="/" class="blog-title">{esc(spec.name)}</a></header>'
        f'<main><article class="post-card"><h2><a href="{path}">{esc(title)}</a></h2><p>How UK shoppers get Prime fees back.</p></article></main>'
        '<footer><a href="https://hashnode.com/?source=footer">Powered by Hashnode</a></footer></div>'
    )
    return {
        "/": (document(spec.lang, spec.name, home, head), Sheet()),
        path: (document(spec.lang, f"{title} | {spec.name}", body, head), s),
    }


# --- a US "Apple ID locked" funnel on ClickFunnels, digits split by x ---------------------


@branded
def b28_us_clickfunnels_apple_x(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    split = _written(s, own, "1x" + "x".join(g) + " (USA)")  # 1x844x590x7263 (USA)
    tel = s.tel(own, '<span class="elButtonMain">Call An Apple Specialist Now</span><span class="elButtonSub">Toll free · 24/7</span>')
    page_id = rng.randint(10000000, 99999999)
    head = (
        f'<meta name="cf-page-id" content="{page_id}">\n'
        '<link rel="stylesheet" href="https://assets.clickfunnels.com/templates/listhacking-sales/stylesheets/lander.css">\n'
        '<script src="https://app.clickfunnels.com/assets/lander.js" async></script>\n'
    )
    body = (
        '<div class="containerWrapper"><div class="container fullContainer" id="section--hero">'
        '<div class="containerInner ui-sortable"><div class="row bgCover">'
        '<div class="col-md-12 innerContent col_left"><div class="col-inner">'
        f'<div class="de elHeadlineWrapper" data-de-type="headline" id="headline-{_hex(rng, 6)}"><h1 class="ne elHeadline hsSize3 lh3 elMargin0">Your Apple ID Has Been Locked For Security Reasons</h1></div>'
        '<div class="de elHeadlineWrapper" data-de-type="headline"><div class="ne elHeadline hsSize1">Someone tried to sign in to your iCloud account from an unknown device. To protect your photos, '
        "messages and payment cards, your Apple ID was disabled.</div></div>"
        f'<div class="de elHeadlineWrapper" data-de-type="headline"><div class="ne elHeadline hsSize4" style="color:#d0021b">☎ {split}</div></div>'
        f'<div class="de elBTN elAlign_center" data-de-type="button"><span class="elButton elButtonSize2 elButtonColor1 elButtonFull">{tel}</span></div>'
        '<div class="de elBullet" data-de-type="bullet">'
        + _ul(("Unlock your Apple ID in minutes", "Remove hackers from your iPhone, iPad or Mac", "Certified specialists, no wait"), "elBulletList")
        + "</div>"
        '<div class="de elHeadlineWrapper"><div class="ne elHeadline hsSize0">Do not reset your device. Resetting a locked device may erase all data permanently.</div></div>'
        "</div></div></div></div></div>"
        '<div class="container footerContainer"><div class="ne elHeadline hsSize0">© 2026 Account Recovery Center · Privacy · Terms · This site is not a part of the Facebook website.</div></div></div>'
    )
    return {"/": (document(spec.lang, "Apple ID Locked - Support Center", body, head), s)}


# --- an Indian "McAfee activate" page on Gridsome, carets and JSON-LD ---------------------


@branded
def b28_in_gridsome_mcafee_caret(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    for path, h1 in (("/", "McAfee Activate – Enter Your 25-Character Product Key"), ("/mcafee-renewal/", "McAfee Renewal & Refund Helpline India")):
        s = Sheet()
        caret = s.num(own, "intl", "caret")  # 9^1^7^0^1^9^8^4^6^2^5^3
        ld = _ld({"@context": "https://schema.org", "@type": "LocalBusiness", "name": spec.name,
                  "telephone": s.num(own, "intl"), "address": {"@type": "PostalAddress", "addressLocality": "Noida", "addressCountry": "IN"},
                  "openingHours": "Mo-Su 00:00-23:59"})
        head = (
            '<meta name="generator" content="Gridsome v0.7.23">\n'
            f'<link rel="preload" href="/assets/js/app.{_hex(rng, 8)}.js" as="script">\n' + ld
        )
        if path == "/":
            text = (
                "<p>Bought McAfee Total Protection from a shop or Amazon? Go to the activation page, enter the 25-character key "
                "printed on your retail card and sign in. If the key shows as invalid, already used or expired, our certified "
                "McAfee technicians activate it for you on a call.</p>"
                "<ol><li>Find the key on the back of the retail card.</li><li>Call the helpline below.</li>"
                "<li>The technician activates McAfee remotely with AnyDesk.</li></ol>"
            )
        else:
            text = (
                "<p>Did McAfee auto-renew and charge your card? Our renewal desk cancels the subscription and processes the refund "
                "to your bank account the same day. Keep your net banking ready.</p>"
            )
        body = (
            '<div id="app" data-server-rendered="true"><div class="layout"><header class="header">'
            f'<strong><a href="/" class="active">{esc(spec.name)}</a></strong><nav class="nav"><a href="/" class="nav__link">Activate</a>'
            '<a href="/mcafee-renewal/" class="nav__link">Renewal</a><a href="/contact/" class="nav__link">Contact</a></nav></header>'
            f'<main><h1>{esc(h1)}</h1>{text}'
            f'<div class="helpline"><span>Helpline 24x7:</span> <b class="num">+{caret}</b></div></main>'
            f'<footer class="footer">© 2026 {esc(spec.name)} – independent support provider</footer></div></div>'
            f'<script>window.__INITIAL_STATE__={{"data":{{}},"context":{{}}}}</script><script src="/assets/js/app.{_hex(rng, 8)}.js" defer></script>'
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- a French Brother printer help site on ExpressionEngine, colons and "FR" ---------------


@branded
def b28_fr_expressionengine_brother_colon(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    token = _hex(rng, 40)
    head = (
        f'<link rel="stylesheet" href="/themes/user/site/default/css/main.css?v={rng.randint(100, 999)}">\n'
        '<link rel="alternate" type="application/rss+xml" href="/index.php/rss">\n'
    )
    for path, h1 in (("/index.php/assistance/imprimante-brother-hors-ligne", "Imprimante Brother hors ligne : la solution"),
                     ("/index.php/assistance/installer-pilote-brother", "Installer le pilote Brother sous Windows 11")):
        s = Sheet()
        colon = s.num(own, "pairs", "colon")  # 09:70:73:21:84
        box = (
            f'<div class="callout" data-rappel="{numbers.national_digits(s.hidden(own))}">'
            f"<p><strong>Assistance imprimantes Brother :</strong> {colon} FR</p>"
            "<p>Techniciens certifiés, du lundi au samedi de 8 h à 21 h.</p></div>"
        )
        if "hors-ligne" in path:
            text = (
                "<p>Votre imprimante Brother DCP, MFC ou HL affiche « hors ligne » ou n’imprime plus après une mise à jour de "
                "Windows ? La cause la plus fréquente est un pilote corrompu ou un changement d’adresse IP sur la box.</p>"
                "<ol><li>Redémarrez l’imprimante et la box.</li><li>Désactivez « Utiliser l’imprimante hors connexion ».</li>"
                "<li>Si le problème persiste, un technicien prend la main à distance.</li></ol>"
            )
        else:
            text = (
                "<p>Le pilote Brother fourni par Windows Update est souvent incomplet : le scanner ne fonctionne pas et "
                "l’imprimante se met hors ligne. Nos techniciens installent le pilote complet en quelques minutes.</p>"
            )
        form = (
            '<form method="post" action="/index.php" class="rappel">'
            '<input type="hidden" name="ACT" value="' + str(rng.randint(10, 40)) + '">'
            f'<input type="hidden" name="csrf_token" value="{token}">'
            '<label>Votre nom <input name="name"></label><button>Être rappelé</button></form>'
        )
        body = (
            f'<div class="site"><header class="site-header"><a href="/" class="logo">{esc(spec.name)}</a>'
            '<nav><a href="/index.php/assistance">Assistance</a> <a href="/index.php/contact">Contact</a></nav></header>'
            f'<main class="entry"><h1>{esc(h1)}</h1><p class="meta">Publié le 24/02/2026 dans Imprimantes</p>{text}{box}{form}</main>'
            f'<footer class="site-footer"><p>© 2026 {esc(spec.name)} · Mentions légales · Built with <a href="https://expressionengine.com">ExpressionEngine</a></p></footer></div>'
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    home = (
        f'<div class="site"><header class="site-header"><a href="/" class="logo">{esc(spec.name)}</a></header><main><h1>Guides d’assistance imprimantes</h1>'
        '<ul><li><a href="/index.php/assistance/imprimante-brother-hors-ligne">Imprimante Brother hors ligne</a></li>'
        '<li><a href="/index.php/assistance/installer-pilote-brother">Installer le pilote Brother</a></li></ul></main></div>'
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – Guides", home, head), Sheet())
    return drafts


TEMPLATES = {
    "b28_fi_locker_windows_star": b28_fi_locker_windows_star,
    "b28_befr_locker_chrome_pieces": b28_befr_locker_chrome_pieces,
    "b28_nl_umso_ziggo_query": with_contact("/contact", b28_nl_umso_ziggo_query),
    "b28_nl_storyblok_abnamro_pieces": with_contact("/contact", b28_nl_storyblok_abnamro_pieces),
    "b28_be_mozello_computerhulp_copied": b28_be_mozello_computerhulp_copied,
    "b28_chde_zola_hp_jsonld": with_contact("/kontakt/", b28_chde_zola_hp_jsonld),
    "b28_chfr_sylius_norton_letters": with_contact("/fr_CH/contact", b28_chfr_sylius_norton_letters),
    "b28_de_dokuwiki_hijacked_avast": b28_de_dokuwiki_hijacked_avast,
    "b28_gb_hashnode_amazon_plusplus": with_contact("/about", b28_gb_hashnode_amazon_plusplus),
    "b28_us_clickfunnels_apple_x": with_contact("/support", b28_us_clickfunnels_apple_x),
    "b28_in_gridsome_mcafee_caret": with_contact("/contact/", b28_in_gridsome_mcafee_caret),
    "b28_fr_expressionengine_brother_colon": with_contact("/index.php/contact", b28_fr_expressionengine_brother_colon),
}
