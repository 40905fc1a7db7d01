"""Twenty-fifth batch of held-out scam templates: page shells no earlier batch uses.

b25_nl_weebly_kpn_storing (a Dutch "KPN storingsdienst" on a weebly.com subdomain, the
number only in JSON-LD and a national tel: button), b25_be_godaddy_ing_copiedfirm (a
Flemish fake ING "veiligheidsteam" on GoDaddy Website Builder that copies the company
number, address and VAT of an unrelated Mechelen accountancy, "☎ 02/808.94.17"),
b25_ie_duda_norton_renewal_imgalt (an Irish Norton auto-renewal notice on Duda, the number
only in an image's alt text and its tel: link), b25_au_hostinger_microsoft_aus (an
Australian "Microsoft support" on Hostinger Website Builder, "1-800-593-418 AUS"),
b25_de_onecom_paypal_jsparts (a German PayPal "Kontoschutz" hotline on the one.com
builder, the number put together by a script from pieces), b25_chfr_webnode_depannage_oddgroups
(unbranded remote computer help for hire in French-speaking Switzerland on Webnode, shop
wording, the number grouped "080 04 127 35"), b25_lu_joomla_bakery_avg (an old
Luxembourg bakery on Joomla 4 Cassiopeia with an injected "Support AVG" page and a hidden
link block), b25_fi_blogger_netflix_dotgaps (a Finnish Netflix "tilauksen uusiminen" post
on Blogger's Contempo theme, digits separated by " . "), b25_ja_nuxt_amazon_prime_fullwidth
(a Japanese Amazon Prime cancellation desk exported by Nuxt, window.__NUXT__ payload,
fullwidth digits), b25_us_aspnet_epson_tilde (a US Epson printer desk on an old ASP.NET
WebForms page with __VIEWSTATE, "1~877~530~2946"), b25_fr_locker_defender_star (a French
Windows Defender full-screen lock, digits joined by "⊹") and b25_gb_locker_mcafee_colon (a
UK "McAfee subscription expired" scan locker, "0808:193:7264").
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
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import json_ld as _ld
from crawler.sandbox.heldout.shell import written as _written
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str


def _code(rng: Random) -> str:
    return f"0x8{rng.choice('0137')}{rng.randint(10, 99)}{_hex(rng, 3).upper()}"


def _lock(msg: str, lang: str, pushes: int) -> str:
    """This batch's locker script: full screen on a click, leave prompt, back trap, nagging dialogs."""
    return (
        "<script>\n(function(w,d){\n"
        "  var root=d.documentElement,n=0;\n"
        "  function go(){var f=root.requestFullscreen||root.webkitRequestFullscreen;if(f){try{f.call(root);}catch(e){}}}\n"
        "  ['click','mousedown','touchstart'].forEach(function(t){d.addEventListener(t,go,true);});\n"
        "  d.addEventListener('keydown',function(e){go();if(e.ctrlKey||e.altKey||e.key==='Escape'){e.preventDefault();e.stopPropagation();}},true);\n"
        "  w.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue=msg;return msg;});\n"
        f"  var msg={json_str(msg)};\n"
        f"  while(n<{pushes}){{history.pushState({{k:n}},d.title,location.pathname+'#'+n);n++;}}\n"
        "  w.onpopstate=function(){history.pushState({},d.title,location.href);go();};\n"
        f"  if(w.speechSynthesis){{w.setTimeout(function(){{var u=new SpeechSynthesisUtterance(msg);u.lang='{lang}';speechSynthesis.speak(u);}},2500);}}\n"
        "  (function nag(){w.setTimeout(function(){w.confirm(msg)||w.alert(msg);nag();},5000);})();\n"
        "})(window,document);\n</script>"
    )


# --- a Dutch "KPN storingsdienst" on weebly.com, JSON-LD and a national tel: button ----------


@branded
def b25_nl_weebly_kpn_storing(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    intl = numbers.write(s.hidden(own), "intl")
    btn = s.tel(own, "Bel de storingsdienst", national=True).replace("<a ", '<a class="wsite-button wsite-button-large wsite-button-highlight" ', 1)
    site_id = rng.randint(100000000, 999999999)
    ld = _ld({
        "@context": "https://schema.org", "@type": "LocalBusiness", "name": spec.name,
        "description": "Storingen internet, tv en bellen – snel opgelost",
        "telephone": intl, "areaServed": "NL", "openingHours": "Mo-Su 07:00-23:00",
    })
    head = (
        f'<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime={rng.randint(1700000000, 1799999999)}">\n'
        f'<link rel="stylesheet" type="text/css" href="/files/main_style.css?{rng.randint(1700000000, 1799999999)}" title="wsite-theme-css">\n'
        f"<script>var STATIC_BASE = '//cdn1.editmysite.com/';var ASSETS_BASE = '//cdn2.editmysite.com/';var STYLE_PREFIX = 'wsite';</script>\n"
        + ld
    )

    def para(inner: str) -> str:
        return f'<div class="paragraph" style="text-align:left;">{inner}</div>'

    body = (
        '<div class="wrapper"><div class="header-wrap"><div class="nav-wrap"><div class="container">'
        f'<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">{esc(spec.name)}</span></a></span></div>'
        '<div class="nav desktop-nav"><ul class="wsite-menu-default">'
        '<li id="active" class="wsite-menu-item-wrap"><a href="/" class="wsite-menu-item">Home</a></li>'
        '<li class="wsite-menu-item-wrap"><a href="/storing-melden.html" class="wsite-menu-item">Storing melden</a></li>'
        '<li class="wsite-menu-item-wrap"><a href="/contact.html" class="wsite-menu-item">Contact</a></li></ul></div></div></div></div>'
        '<div class="banner-wrap"><div class="container"><div class="banner"><div class="wsite-section-wrap"><div class="wsite-section wsite-header-section">'
        '<div class="wsite-section-content"><div class="wsite-section-elements">'
        '<h2 class="wsite-content-title">KPN storing? Wij lossen het vandaag nog op.</h2>'
        + para("Geen internet, tv op zwart of geen kiestoon? De storingsdienst voor klanten van KPN helpt u zeven dagen per week. "
               "Onze monteurs kijken via een verbinding op afstand mee op uw modem, computer en KPN Box.")
        + f'<div style="text-align:center;"><div style="height:10px;overflow:hidden"></div>{btn}<div style="height:10px;overflow:hidden"></div></div>'
        "</div></div></div></div></div></div></div>"
        '<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">'
        '<div class="wsite-multicol"><div class="wsite-multicol-table-wrap"><table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody"><tr class="wsite-multicol-tr">'
        + "".join(
            f'<td class="wsite-multicol-col" style="width:33.3%;padding:0 15px;"><h2 class="wsite-content-title">{esc(h)}</h2>{para(esc(t))}</td>'
            for h, t in (
                ("Internet", "Trage of wegvallende verbinding, wifi-problemen, modem knippert rood."),
                ("Televisie", "Geen signaal, foutmelding op de KPN Box, zenders verdwenen."),
                ("Bellen", "Geen kiestoon, ruis op de lijn, nummer niet bereikbaar."),
            )
        )
        + "</tr></tbody></table></div></div>"
        '<h2 class="wsite-content-title">Zo werkt het</h2>'
        + para("1. Bel ons en noem uw postcode en huisnummer.<br>2. Wij controleren de storing in uw wijk.<br>"
               "3. Blijkt het aan uw apparatuur te liggen, dan lossen wij het direct op afstand op.<br>"
               "<em>Een eventuele eenmalige servicebijdrage hoort u vooraf.</em>")
        + "</div></div></div>"
        '<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer">'
        + para(f"© 2026 {esc(spec.name)} · Onafhankelijke servicedienst · <a href=\"/contact.html\">Contact</a> · <a href=\"/privacy.html\">Privacy</a>")
        + "</div></div></div></div></div>"
        '<div id="weebly-footer-signup-container-v3"><div class="weebly-footer-signup-container-v3"><span class="powered-by">Gemaakt met Weebly</span></div></div>'
        f'<script>_W.configDomain = "www.weebly.com";_W.relinquish && _W.relinquish();_W.setup_rpc({{"url":"/ajax/api/JsonRPC/Commerce/","actions":{{}}}});_W.siteId={site_id};</script>'
    )
    return {"/": (document(spec.lang, f"KPN storing melden | {spec.name}", body, head, ' class="no-header-page wsite-theme-light wsite-page-index"'), s)}


# --- a Flemish fake ING security team on GoDaddy Website Builder, a copied firm's identity ---


@branded
def b25_be_godaddy_ing_copiedfirm(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 02 808 94 17
    deco = _written(s, own, f"☎ {g[0]}/{g[1]}.{g[2]}.{g[3]}")  # ☎ 02/808.94.17
    call = s.tel(own, "Bel het ING Veiligheidsteam", national=True)

    def ux(field: str, inner: str, tag: str = "div") -> str:
        return f'<{tag} data-ux="{field}" data-aid="{field.upper()}_{_hex(rng, 4).upper()}" class="x-el x-el-{tag} c1-{_hex(rng, 2)} c1-b x-d-ux">{inner}</{tag}>'

    head = (
        '<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">\n'
        f'<link rel="stylesheet" href="//img1.wsimg.com/blobby/go/{_hex(rng, 8)}-{_hex(rng, 4)}/gpub/{_hex(rng, 16)}/styles.css">\n'
        '<meta property="og:site_name" content="ING Veiligheidsteam België">\n'
    )
    body = (
        '<div id="layout-' + _hex(rng, 8) + '" class="layout layout-layout layout-layout-layout-13 locale-nl-BE lang-nl">'
        '<div data-ux="Page" id="page-' + str(rng.randint(10000, 99999)) + '" class="x-el x-el-div x-el c1-1 c1-2">'
        + ux("Header", ux("HeaderMedia", "") + ux("Link", f'<a href="/" data-ux="Link">{esc(spec.name)}</a>', "span")
             + ux("Nav", '<a href="/">Home</a> <a href="/fraude-melden">Fraude melden</a> <a href="/contact">Contact</a>', "nav"))
        + ux("Section", ux("SectionHeading", "<h1>Verdachte activiteit op uw ING-rekening?</h1>")
             + ux("ContentText", "<p>Ontving u een sms of e-mail over een betaling die u niet herkent, een nieuw toestel dat aan "
                  "uw ING Banking app werd gekoppeld of een kaart die geblokkeerd zou zijn? Neem dan meteen contact op met het "
                  "ING Veiligheidsteam. Wij beveiligen uw rekening en zetten uw tegoeden in afwachting van het onderzoek op een "
                  "beschermde rekening.</p>")
             + ux("ContentText", f'<p class="tel-groot"><strong>{deco}</strong></p><p>7 dagen op 7 · 24 uur op 24 · Nederlands en Frans</p>')
             + ux("Button", call.replace("<a ", '<a data-ux="ButtonPrimary" class="x-el x-el-a c1-btn" ', 1)))
        + ux("Section", ux("SectionHeading", "<h2>Wat wij voor u doen</h2>")
             + _ul((
                 "Uw kaart en ING Banking app tijdelijk blokkeren",
                 "Frauduleuze overschrijvingen terugroepen",
                 "Uw itsme-koppeling controleren",
                 "Uw spaargeld veiligstellen op een beschermde rekening",
             ))
             + ux("ContentText", "<p>Houd uw kaartlezer en bankkaart bij de hand. Een medewerker begeleidt u stap voor stap.</p>"))
        + ux("Footer",
             ux("FooterDetails", "<p>Verlinden &amp; Partners Boekhouding BV · Mechelsesteenweg 214 · 2800 Mechelen</p>"
                "<p>Ondernemingsnummer 0476.318.207 · BTW BE 0476.318.207 · RPR Antwerpen, afdeling Mechelen</p>"
                "<p>Erkend boekhouder-fiscalist ITAA nr. 50.728.341</p>")
             + ux("FooterLinks", '<a href="/privacybeleid">Privacybeleid</a> · <a href="/contact">Contact</a> · <a href="/cookies">Cookies</a>')
             + ux("PoweredBy", "<p>Mogelijk gemaakt door GoDaddy</p>"))
        + "</div></div>"
        '<div data-ux="CookieBanner" class="x-el cookie-banner"><p>Deze website maakt gebruik van cookies om het websiteverkeer te analyseren en uw ervaring te optimaliseren.</p>'
        '<button data-aid="CONSENT_ACCEPT">Accepteren</button></div>'
        f'<script src="//img1.wsimg.com/blobby/go/gpub/{_hex(rng, 16)}/script.js" crossorigin></script>'
    )
    return {"/": (document(spec.lang, f"ING Veiligheidsteam België – {spec.name}", body, head), s)}


# --- an Irish Norton auto-renewal notice on Duda, the number only in an image's alt -------


@branded
def b25_ie_duda_norton_renewal_imgalt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)
    shown = numbers.write(own, "national")  # 1800 914 726
    banner = s.tel(
        own,
        f'<img src="/images/norton-billing-helpline-ie.png" alt="Norton Billing Ireland – Call Free {esc(shown)}" width="560" height="120" class="dmImage">',
    )
    ref = f"NRT-IE-{rng.randint(1000000, 9999999)}"

    def row(inner: str) -> str:
        return f'<div class="dmRespRow" id="{_hex(rng, 8)}"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12">{inner}</div></div></div>'

    head = (
        f'<link rel="stylesheet" href="https://irp.cdn-website.com/{_hex(rng, 8)}/files/{_hex(rng, 8)}_withFlex.css">\n'
        '<script>window.Parameters = window.Parameters || {"SiteAlias":"' + _hex(rng, 8) + '","SiteType":"DUDAONE","IsPreview":false,"Locale":"en-IE"};</script>\n'
        '<meta name="generator" content="Duda">\n'
    )
    body = (
        '<div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3 standard"><div dmwrapped="true" id="1901957768" class="dm-home-page">'
        '<div id="dm-outer-wrapper"><div dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout dm-bfs dm-layout-home">'
        f'<div id="hcontainer" class="u_hcontainer dmHeaderContainer"><div class="dmHeader"><a href="/" class="u_logo"><span class="dmNewParagraph">{esc(spec.name)}</span></a>'
        '<nav class="unifiednav" data-nav-structure="HORIZONTAL"><a href="/">Home</a><a href="/cancel-renewal">Cancel renewal</a><a href="/contact">Contact</a></nav></div></div>'
        '<div class="dmInner"><div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_home"><div class="dmContent" id="dmContent">'
        + row('<h1 class="dmNewParagraph">Your Norton 360 subscription has been renewed</h1>')
        + row(f'<div class="dmNewParagraph"><p>Reference: <strong>{esc(ref)}</strong> · Renewal date: 28 February 2026</p>'
              "<p>Thank you for staying protected. Your Norton 360 Deluxe plan (5 devices, 24 months) has been renewed automatically "
              "and <strong>€389.99</strong> has been charged to the card on file. The charge may appear as “NRT*SUBSCRIPTION”.</p>"
              "<p>If you did not request this renewal, you may cancel within 24 hours for a full refund. After that, the "
              "amount is non-refundable under our terms of service.</p></div>")
        + row(f'<div class="imageWidget align-center">{banner}</div>')
        + row('<div class="dmNewParagraph"><h3>How do I get my refund?</h3><ol><li>Call our billing desk using the number above.</li>'
              "<li>Quote your reference number.</li><li>An agent will connect to your computer to remove the licence and process the refund to your bank.</li></ol></div>")
        + "</div></div></div>"
        '<div class="dmFooterContainer"><div id="fcontainer" class="u_fcontainer"><div class="dmFooter">'
        f"<p>© 2026 {esc(spec.name)} · Billing Services · Dublin 2 · "
        '<a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/refund-policy">Refund policy</a></p></div></div></div>'
        "</div></div></div></div></div>"
        '<div id="cookie-notification" class="dm-cookie-notice"><p>This site uses cookies. By continuing you agree to our use of cookies.</p><a class="button">OK</a></div>'
    )
    return {"/": (document(spec.lang, f"Norton 360 Renewal Confirmation – {spec.name}", body, head, ' id="dmRoot" class="dmRoot dmDesktopBody fix-mobile-scrolling"'), s)}


# --- an Australian "Microsoft support" on Hostinger Website Builder, "1-800-... AUS" -------


@branded
def b25_au_hostinger_microsoft_aus(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = _written(s, own, numbers.write(own, "split_lead") + " AUS")  # 1-800-593-418 AUS
    call = s.tel(own, "Call now", offered=True).replace("<a ", '<a class="grid-button grid-button--primary" ', 1)

    def block(i: int, inner: str) -> str:
        return f'<section class="block block--{i}" data-v-{_hex(rng, 8)}=""><div class="block-layout" style="--grid-template-rows:auto">{inner}</div></section>'

    def el(kind: str, inner: str) -> str:
        return f'<div class="layout-element layout-element--{kind}" data-v-{_hex(rng, 8)}="" id="z{_hex(rng, 5)}">{inner}</div>'

    head = (
        '<meta name="generator" content="Hostinger Website Builder">\n'
        f'<link rel="preconnect" href="https://assets.zyrosite.com"><link rel="stylesheet" href="https://assets.zyrosite.com/_astro/{_hex(rng, 8)}.css">\n'
    )
    body = (
        '<div id="app"><main class="page">'
        f'<header class="block-header" data-v-{_hex(rng, 8)}=""><a href="/" class="block-header-logo">{esc(spec.name)}</a>'
        '<ul class="block-header__nav"><li><a href="/">Home</a></li><li><a href="/windows-help">Windows help</a></li><li><a href="/contact">Contact</a></li></ul></header>'
        + block(0, el("text", "<h1>Microsoft Technical Support Australia</h1>")
                + el("text", "<p>Windows not starting, Outlook not syncing, or a pop-up saying your PC is infected? Our certified "
                     "technicians in Sydney and Melbourne fix it over the phone and by remote session, same day.</p>")
                + el("text", f'<p class="body-large"><strong>{hint}</strong> – toll free, 7am to 11pm AEST</p>')
                + el("button", call))
        + block(1, el("text", "<h2>Common problems we fix</h2>")
                + el("text", _ul((
                    "Windows 11 update stuck or failed",
                    "Microsoft account locked or password forgotten",
                    "Outlook and Hotmail e-mail not working",
                    "Virus, pop-up and browser hijack removal",
                    "Office 365 activation and licence errors",
                ))))
        + block(2, el("text", "<p>★★★★★ “Fixed my laptop in 20 minutes, lovely bloke.” – Margaret, Geelong</p>"
                     "<p>★★★★★ “Got my emails back after two days of nothing.” – Trevor, Toowoomba</p>"))
        + f'<footer class="block-footer"><p>© 2026 {esc(spec.name)} · ABN 51 824 753 556 · Level 9, 60 Martin Place, Sydney NSW 2000</p>'
        '<p><a href="/contact">Contact</a> · <a href="/privacy-policy">Privacy</a></p>'
        "<p>We are an independent provider of technical support. Microsoft and Windows are trademarks of their owners.</p></footer>"
        "</main></div>"
        '<script type="module" src="https://assets.zyrosite.com/_astro/hydrate.js"></script>'
    )
    return {"/": (document(spec.lang, f"Microsoft Support Australia | {spec.name}", body, head), s)}


# --- a German PayPal "Kontoschutz" hotline on the one.com builder, number from pieces -------


@branded
def b25_de_onecom_paypal_jsparts(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # only as pieces a script joins
    d = numbers.national_digits(own)  # 08002749315
    parts = [d[:2], d[2:4], " ", d[4:7], d[7:9], d[9:]]
    head = (
        '<meta name="generator" content="one.com Website Builder">\n'
        f'<link rel="stylesheet" href="https://webbuilder-assets.one.com/css/publish.{_hex(rng, 10)}.css">\n'
        '<meta name="description" content="PayPal Konto eingeschränkt? Die Kontoschutz-Hotline hilft sofort.">\n'
    )
    script = (
        "<script>\n(function(){\n"
        f"  var t={json.dumps(parts)};\n"
        "  var nr=t.join('');\n"
        "  document.querySelectorAll('[data-hotline]').forEach(function(el){\n"
        "    el.textContent=nr;\n"
        "    var a=el.closest('a');if(a){a.href='tel:'+nr.replace(/\\s/g,'');}\n"
        "  });\n"
        "})();\n</script>"
    )

    def comp(kind: str, inner: str) -> str:
        return f'<div class="component {kind}" id="{_hex(rng, 8)}-{_hex(rng, 4)}"><div class="component-inner">{inner}</div></div>'

    body = (
        '<div id="page" class="oneweb-page"><div class="oneweb-section header">'
        + comp("Logo", f'<a href="/">{esc(spec.name)}</a>')
        + comp("Menu", '<ul><li><a href="/">Start</a></li><li><a href="/konto-eingeschraenkt">Konto eingeschränkt</a></li><li><a href="/kontakt">Kontakt</a></li></ul>')
        + '</div><div class="oneweb-section main">'
        + comp("Text", "<h1>PayPal Konto eingeschränkt oder gesperrt?</h1>"
               "<p>Sie haben eine E-Mail erhalten, dass Ihr PayPal-Konto vorübergehend eingeschränkt wurde, oder eine Zahlung "
               "wurde ohne Ihr Wissen ausgelöst? Unser Kontoschutz-Team prüft Ihr Konto gemeinsam mit Ihnen am Telefon und hebt "
               "die Einschränkung noch am selben Tag auf.</p>")
        + comp("Button", '<a class="btn btn-large" href="#">Kontoschutz-Hotline: <span data-hotline>wird geladen…</span></a>')
        + comp("Text", "<h2>So helfen wir</h2>"
               + _ul((
                   "Unbekannte Zahlungen stornieren und Geld zurückholen",
                   "Zugang nach Sperrung wiederherstellen",
                   "Zwei-Faktor-Anmeldung neu einrichten",
                   "Ihren Computer auf Schadsoftware prüfen (Fernwartung)",
               ))
               + "<p>Bitte halten Sie Ihre E-Mail-Adresse und die letzten vier Ziffern Ihrer Karte bereit.</p>")
        + '</div><div class="oneweb-section footer">'
        + comp("Text", f"<p>© 2026 {esc(spec.name)} · Service-Center Frankfurt · <a href=\"/kontakt\">Kontakt</a> · "
               '<a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p>'
               "<p>Unabhängiger Servicedienstleister.</p>")
        + "</div></div>"
        '<div class="cookie-consent"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.</p><button>Alle akzeptieren</button><button>Nur notwendige</button></div>'
        + script
    )
    return {"/": (document(spec.lang, f"PayPal Kontoschutz Hotline – {spec.name}", body, head), s)}


# --- unbranded remote computer help for hire (Romandie) on Webnode, odd grouping -----------


def b25_chfr_webnode_depannage_oddgroups(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    d = numbers.national_digits(own)  # 0800412735
    odd = _written(s, own, f"{d[:3]} {d[3:5]} {d[5:8]} {d[8:]}")  # 080 04 127 35
    call = s.tel(own, "Appeler un technicien", national=True).replace("<a ", '<a class="b-btn b-btn-primary" ', 1)
    head = (
        '<meta name="generator" content="Webnode">\n'
        f'<link rel="stylesheet" href="https://d11bh4d8fhuq47.cloudfront.net/_system/skins/v{rng.randint(20, 29)}/{_hex(rng, 8)}/css/style.css">\n'
        "<script>window.wnd = window.wnd || {}; wnd.$system = {fileSystemType: 'aws_s3', language: 'fr'};</script>\n"
    )

    def wn(inner: str) -> str:
        return f'<div class="s s-basic"><div class="s-w"><div class="s-o"><div class="s-c"><div class="ez"><div class="ez-c"><div class="b b-text cf">{inner}</div></div></div></div></div></div></div>'

    body = (
        '<div id="wrapper"><header class="l-h"><div class="s s-hn"><div class="logo-wrapper">'
        f'<a href="/" class="logo"><span class="logo-text">{esc(spec.name)}</span></a></div>'
        '<nav id="menu" class="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/tarifs/">Tarifs</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div></header>'
        '<main class="l-m">'
        + wn("<h1>Dépannage informatique à distance – Genève, Lausanne, Neuchâtel</h1>"
             "<p>Votre ordinateur est lent, affiche des fenêtres bizarres ou ne démarre plus ? Nos techniciens interviennent "
             "en quelques minutes par téléphone et par prise en main à distance, sans que vous ayez à vous déplacer. "
             "Particuliers, indépendants et petites entreprises.</p>"
             f'<p class="tel">Ligne directe, gratuite depuis la Suisse : <strong>{odd}</strong></p><p>{call}</p>')
        + wn("<h2>Nos forfaits</h2><table><tr><th>Prestation</th><th>Prix</th></tr>"
             "<tr><td>Diagnostic complet</td><td>CHF 49.–</td></tr>"
             "<tr><td>Nettoyage et accélération</td><td>CHF 129.–</td></tr>"
             "<tr><td>Suppression de virus et publicités</td><td>CHF 189.–</td></tr>"
             "<tr><td>Abonnement sérénité 12 mois</td><td>CHF 349.–</td></tr></table>"
             "<p>Paiement par carte ou TWINT en fin d'intervention. Satisfait ou remboursé.</p>")
        + wn("<h2>Ils nous font confiance</h2><p>« Très patient, il m'a tout expliqué. » – Jacqueline, Vevey</p>"
             "<p>« Ordinateur comme neuf en une heure. » – Pierre-Alain, Yverdon</p>")
        + "</main>"
        '<footer class="l-f"><div class="s s-f">'
        f"<p>© 2026 {esc(spec.name)} · Rue du Rhône 48, 1204 Genève · IDE CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}</p>"
        '<p><a href="/contact/">Contact</a> · <a href="/cgv/">CGV</a> · <a href="/protection-des-donnees/">Protection des données</a></p>'
        '<p class="wnd-branding">Créé avec <a href="https://www.webnode.fr/" rel="nofollow">Webnode</a></p></div></footer></div>'
        '<div id="cookiebar" class="cookiebar"><p>Ce site utilise des cookies.</p><button>J\'accepte</button></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – dépannage informatique à distance", body, head, ' class="l wt-page ac-n l-default l-d-none b-btn-sq"'), s)}


# --- an old Luxembourg bakery on Joomla 4 with an injected "Support AVG" page --------------


@branded
def b25_lu_joomla_bakery_avg(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    shop = spec.name
    inj = "/media/system/css/support-avg-luxembourg.html"
    head = (
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        '<link href="/media/templates/site/cassiopeia/css/template.min.css?4.2.9" rel="stylesheet">\n'
        '<link href="/media/system/css/joomla-fontawesome.min.css?4.2.9" rel="stylesheet">\n'
        '<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Erreur"},"system.paths":{"root":"","base":""}}</script>\n'
    )
    hidden = (
        '<div style="position:absolute;left:-9999px;top:-9999px">'
        f'<a href="{inj}">support avg luxembourg</a> <a href="{inj}">avg antivirus assistance</a> '
        f'<a href="{inj}">résilier abonnement avg</a> <a href="{inj}">avg numéro téléphone</a></div>'
    )

    def page(title: str, content: str, extra: str = "") -> str:
        return (
            '<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand">'
            f'<a class="brand-logo" href="/"><span title="{esc(shop)}">{esc(shop)}</span></a><div class="site-description">Boulangerie – Pâtisserie artisanale depuis 1962</div></div></div>'
            '<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Menu principal"><ul class="mod-menu mod-list nav">'
            '<li class="nav-item item-101 default current active"><a href="/">Accueil</a></li>'
            '<li class="nav-item item-102"><a href="/index.php/nos-produits">Nos produits</a></li>'
            '<li class="nav-item item-103"><a href="/index.php/commandes">Commandes fêtes</a></li>'
            '<li class="nav-item item-104"><a href="/index.php/contact">Contact</a></li></ul></nav></div></header>'
            '<div class="site-grid"><div class="grid-child container-component"><main>'
            f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h1 itemprop="headline">{esc(title)}</h1></div>'
            f'<div itemprop="articleBody" class="com-content-article__body">{content}</div></div></main></div>{extra}</div>'
            '<footer class="container-footer footer full-width"><div class="grid-child">'
            f'<div class="mod-custom custom"><p>{esc(shop)} · 12, Grand-Rue · L-9051 Ettelbruck · Tél. (+352) 81 24 67</p>'
            '<p>Mardi–samedi 6h30–18h, dimanche 7h–12h · Fermé le lundi</p></div></div></footer>'
            '<a href="#top" id="back-top" class="back-to-top-link" aria-label="Haut de page"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>'
        )

    side = (
        '<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Actualités</h3><div class="card-body">'
        '<ul class="mod-articleslatest latestnews mod-list"><li><a href="/index.php/actualites/galette-des-rois-2020">Galette des rois 2020</a></li>'
        '<li><a href="/index.php/actualites/horaires-de-noel">Horaires de Noël 2019</a></li></ul></div></div>'
        f"{hidden}</div>"
    )
    home = page(
        "Bienvenue à la boulangerie",
        "<p>Depuis trois générations, notre famille pétrit le pain au levain, les baguettes et les fameux Bretzels du "
        "carnaval. Toutes nos pâtisseries sont préparées chaque matin dans notre fournil de la Grand-Rue.</p>"
        "<p><strong>Nouveau :</strong> commandez vos Bûches de Noël et vos gâteaux d'anniversaire jusqu'à 48 heures à l'avance.</p>",
        side,
    )
    contact = page(
        "Contact",
        f"<p>Famille Weis<br>12, Grand-Rue<br>L-9051 Ettelbruck</p><p>E-mail : info@{esc(spec.host.removeprefix('www.'))}</p>"
        "<p>Pour les commandes, merci de passer au magasin ou de nous écrire.</p>",
        side,
    )
    s = Sheet()
    shown = s.num(own, "intl")
    call = s.tel(own, "Appeler le support AVG")
    spam = (
        "<p>Vous rencontrez un problème avec AVG AntiVirus, AVG Internet Security ou AVG TuneUp ? Le support AVG Luxembourg "
        "vous aide par téléphone pour l'installation, l'activation de votre licence, le renouvellement et la résiliation de "
        "votre abonnement.</p>"
        f'<p class="alert alert-info"><strong>Assistance AVG Luxembourg : {shown}</strong><br>7j/7 de 8h à 21h – en français, allemand et luxembourgeois</p>'
        f"<p>{call}</p>"
        + _ul((
            "AVG ne se met pas à jour",
            "Résilier l'abonnement AVG et obtenir un remboursement",
            "AVG bloque Internet ou les e-mails",
            "Facture AVG reçue sans commande",
        ))
        + "<p>support avg luxembourg · avg assistance téléphone · avg service client · avg résiliation</p>"
    )
    return {
        "/": (document(spec.lang, f"{shop} – Accueil", home, head, ' class="site com_content wrapper-static view-featured no-layout no-task itemid-101 has-sidebar-right"'), Sheet()),
        "/index.php/contact": (document(spec.lang, f"Contact – {shop}", contact, head, ' class="site com_content wrapper-static view-article itemid-104"'), Sheet()),
        inj: (document(spec.lang, "Support AVG Luxembourg – Assistance téléphonique", page("Support AVG Luxembourg", spam), head, ' class="site com_content view-article"'), s),
    }


# --- a Finnish Netflix renewal post on Blogger (Contempo), digits with " . " gaps -----------


@branded
def b25_fi_blogger_netflix_dotgaps(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    gaps = s.num(own, "compact", "dot_gaps")  # 0 . 9 . 4 . 2 ...
    blog_id = rng.randint(10**18, 10**19 - 1)
    post_id = rng.randint(10**18, 10**19 - 1)
    path = "/2026/02/netflix-tilauksen-uusiminen-asiakaspalvelu.html"
    head = (
        "<meta content='blogger' name='generator'/>\n"
        f"<link rel='alternate' type='application/atom+xml' title='{esc(spec.name)} - Atom' href='https://{esc(spec.host)}/feeds/posts/default'/>\n"
        f"<link href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID={blog_id}' media='none' rel='stylesheet'/>\n"
        "<style id='page-skin-1' type='text/css'>/* Name: Contempo  Designer: Blogger  URL: www.blogger.com */ body{background:#eceff1}</style>\n"
    )

    def post(full: bool) -> str:
        text = (
            "<p>Hei! Jos Netflix-tilauksesi on vanhentunut tai maksu on epäonnistunut, palvelu keskeytyy ja saat sähköpostia "
            "”Päivitä maksutietosi”. Netflix-asiakaspalvelu Suomessa auttaa uusimaan tilauksen puhelimessa, palauttamaan "
            "tunnuksen ja peruuttamaan tuplaveloitukset.</p>"
            f'<p style="font-size:20px"><b>Soita: {gaps}</b></p>'
            "<p>Palvelemme arkisin 8–20 ja viikonloppuisin 10–18. Pidä tietokone auki, niin asiantuntija voi tarkistaa tilisi "
            "etäyhteydellä.</p>"
        )
        if full:
            text += (
                "<h3>Usein kysyttyä</h3><p><b>Miksi Netflix ei hyväksy korttiani?</b> Pankki voi estää ulkomaisen veloituksen. "
                "Hoidamme asian puolestasi.</p><p><b>Voiko tilauksen maksaa lahjakortilla?</b> Kyllä, neuvomme puhelimessa.</p>"
            )
        return (
            f"<article class='post-outer-container'><div class='post-outer'><div class='post hentry uncustomized-post-template'>"
            f"<a name='{post_id}'></a><h3 class='post-title entry-title'><a href='{path}'>Netflix tilauksen uusiminen – asiakaspalvelu puhelimitse</a></h3>"
            "<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'>helmikuuta 22, 2026</span></div></div>"
            f"<div class='post-body entry-content float-container' id='post-body-{post_id}'>{text}</div>"
            "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='byline post-labels'>Tunnisteet: "
            "<a href='/search/label/Netflix' rel='tag'>Netflix</a>, <a href='/search/label/asiakaspalvelu' rel='tag'>asiakaspalvelu</a></span></div></div>"
            "</div></div></article>"
        )

    def shell(inner: str) -> str:
        return (
            "<div class='bg-photo-overlay'></div><div class='bg-photo-container'><div class='bg-photo'></div></div>"
            "<div class='page'><header class='centered-top-container' role='banner'><div class='centered-top'>"
            f"<div class='blog-name container'><div class='section' id='header'><div class='widget Header' data-version='2' id='Header1'><div class='header-widget'>"
            f"<h1><a href='/'>{esc(spec.name)}</a></h1><p>Apua tilauksiin ja laskuihin</p></div></div></div></div></div></header>"
            f"<div class='page_body'><div class='centered'><main class='centered-bottom' id='main' role='main' tabindex='-1'><div class='main section' id='page_body'>"
            f"<div class='widget Blog' data-version='2' id='Blog1'><div class='blog-posts hfeed container'>{inner}</div></div></div></main></div></div>"
            "<aside class='sidebar-container container sidebar-invisible' role='complementary'><div class='widget PageList' id='PageList1'><h3 class='title'>Sivut</h3>"
            "<ul><li><a href='/'>Etusivu</a></li><li><a href='/p/yhteystiedot-ja-tuki.html'>Ota yhteyttä</a></li></ul></div></aside>"
            "<footer class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'><div class='blogger'>"
            "<a href='https://www.blogger.com' rel='nofollow'>Blogger</a> käyttää palvelua.</div><div class='copyright'>Teema: Contempo</div></div></footer></div>"
            "<div id='cookieChoiceInfo' class='cookie-choices-info'><span class='cookie-choices-text'>Tämä sivusto käyttää Googlen evästeitä.</span>"
            "<a class='cookie-choices-button'>Selvä</a></div>"
        )

    s2 = Sheet()
    s2.num(own, "compact", "dot_gaps")  # the home page shows the post's first lines
    home = shell(post(False))
    return {
        "/": (document(spec.lang, spec.name, home, head, " class='version-1-3-3 variant-indie_light'"), s2),
        path: (document(spec.lang, f"Netflix tilauksen uusiminen – asiakaspalvelu puhelimitse | {spec.name}", shell(post(True)), head, " class='version-1-3-3 variant-indie_light item-view'"), s),
        "/p/yhteystiedot-ja-tuki.html": (document(spec.lang, f"Ota yhteyttä | {spec.name}", shell("<div class='post-body'><p>Lähetä viesti lomakkeella, vastaamme pian.</p></div>"), head), Sheet()),
    }


# --- a Japanese Amazon Prime cancellation desk exported by Nuxt, fullwidth digits ----------


@branded
def b25_ja_nuxt_amazon_prime_fullwidth(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "dashed", "fullwidth")  # ０５０－３８２１－４６９７
    tel = s.tel(own, "今すぐ電話する", national=True).replace("<a ", '<a class="btn-call" data-v-4f1a2c3e ', 1)
    payload = (
        "<script>window.__NUXT__=(function(a,b,c){return {layout:\"default\",data:[{page:{title:\"Amazonプライム会員 自動更新の解約サポート\","
        f"tel:a,hours:b,fee:c}}}}],fetch:{{}},error:null,serverRendered:true,routePath:\"/\",config:{{_app:{{basePath:\"/\",assetsPath:\"/_nuxt/\",cdnURL:null}}}}}}}}"
        f"({json_str(numbers.write(own, 'dashed', 'fullwidth'))},\"9:00～21:00（年中無休）\",\"4,900円\"));</script>"
    )
    head = (
        '<link rel="preload" href="/_nuxt/' + _hex(rng, 8) + '.js" as="script">\n'
        '<link rel="stylesheet" href="/_nuxt/css/' + _hex(rng, 8) + '.css">\n'
        '<meta data-n-head="ssr" name="description" content="Amazonプライムの自動更新・年会費の請求でお困りの方はご相談ください。">\n'
    )
    body = (
        '<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="layout-default" data-v-4f1a2c3e>'
        f'<header class="site-header" data-v-4f1a2c3e><a href="/" class="logo" data-v-4f1a2c3e>{esc(spec.name)}</a>'
        '<nav data-v-4f1a2c3e><a href="/" class="nuxt-link-exact-active nuxt-link-active" aria-current="page">ホーム</a><a href="/faq">よくある質問</a><a href="/contact">お問い合わせ</a></nav></header>'
        '<main class="page-index" data-v-4f1a2c3e><section class="hero" data-v-4f1a2c3e>'
        "<h1 data-v-4f1a2c3e>Amazonプライム会員 自動更新の解約サポート</h1>"
        "<p data-v-4f1a2c3e>「プライム会費 4,900円 が請求されました」というメールが届いて驚いていませんか？身に覚えのない自動更新は、"
        "当日中のお手続きで返金できる場合があります。専門スタッフがお電話で解約と返金の手続きをご案内します。</p>"
        f'<p class="tel-box" data-v-4f1a2c3e>解約専用ダイヤル：<strong data-v-4f1a2c3e>{wide}</strong></p>'
        f'<p data-v-4f1a2c3e>受付時間 9:00～21:00（年中無休）</p><div data-v-4f1a2c3e>{tel}</div></section>'
        '<section class="steps" data-v-4f1a2c3e><h2 data-v-4f1a2c3e>ご相談の流れ</h2><ol data-v-4f1a2c3e>'
        "<li>お電話でご本人確認（お名前・メールアドレス）</li><li>パソコンまたはスマートフォンの画面を共有していただきます</li>"
        "<li>解約手続きと返金申請を代行します</li><li>返金はギフトカードまたは銀行振込でお受け取りいただけます</li></ol></section>"
        '<section class="voice" data-v-4f1a2c3e><h2 data-v-4f1a2c3e>お客様の声</h2><p>「すぐに解約できて安心しました」（60代・女性）</p><p>「丁寧に教えてもらえました」（70代・男性）</p></section></main>'
        '<footer data-v-4f1a2c3e><p>© 2026 ' + esc(spec.name) + ' ｜ 運営：株式会社ネクストサポート ｜ 東京都港区芝5-26-20</p>'
        '<p><a href="/privacy">プライバシーポリシー</a> ｜ <a href="/contact">お問い合わせ</a> ｜ <a href="/tokushoho">特定商取引法に基づく表記</a></p></footer>'
        "</div></div></div>"
        + payload
        + f'<script src="/_nuxt/{_hex(rng, 8)}.js" defer></script><script src="/_nuxt/{_hex(rng, 8)}.js" defer></script>'
    )
    return {"/": (document(spec.lang, f"Amazonプライム 解約・返金サポート｜{spec.name}", body, head), s)}


# --- a US Epson printer desk on an old ASP.NET WebForms page, "1~877~..." ---------------


@branded
def b25_us_aspnet_epson_tilde(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 877 530 2946
    tilde = _written(s, own, f"1~{g[0]}~{g[1]}~{g[2]}")
    hint = s.num(own, "us_dash")
    call = s.tel(own, "Click to Call a Printer Expert")
    viewstate = base64.b64encode(bytes(rng.randint(0, 255) for _ in range(180))).decode()
    head = (
        '<meta name="GENERATOR" content="Microsoft Visual Studio .NET 7.1">\n'
        '<link href="/App_Themes/Blue/StyleSheet.css" type="text/css" rel="stylesheet">\n'
        '<script type="text/javascript" src="/WebResource.axd?d=' + _hex(rng, 40) + '&amp;t=638412345678901234"></script>\n'
    )
    body = (
        '<form name="aspnetForm" method="post" action="./default.aspx" id="aspnetForm">\n'
        f'<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{viewstate}"></div>\n'
        "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\nfunction __doPostBack(eventTarget, eventArgument) {\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {theForm.__EVENTTARGET.value = eventTarget;theForm.__EVENTARGUMENT.value = eventArgument;theForm.submit();}\n}\n//]]>\n</script>\n"
        '<table id="ctl00_tblMain" cellspacing="0" cellpadding="0" width="960" align="center" border="0"><tr><td id="ctl00_tdHeader" class="header">'
        f'<span id="ctl00_lblSiteName" class="sitename">{esc(spec.name)}</span>'
        f'<div class="topcall">Toll Free (USA/CA): <b>{tilde}</b></div></td></tr>'
        '<tr><td class="menu"><a id="ctl00_lnkHome" href="default.aspx">Home</a> | <a id="ctl00_lnkDrivers" href="drivers.aspx">Drivers</a> | '
        '<a id="ctl00_lnkWifi" href="wifi-setup.aspx">Wi-Fi Setup</a> | <a id="ctl00_lnkContact" href="contact-us.aspx">Contact Us</a></td></tr>'
        '<tr><td id="ctl00_ContentPlaceHolder1_tdBody" class="content">'
        '<h1><span id="ctl00_ContentPlaceHolder1_lblTitle">Epson Printer Support – Printer Offline, Wi-Fi &amp; Driver Help</span></h1>'
        "<p>Is your Epson WorkForce, EcoTank or Expression printer showing “Offline”, printing blank pages or not connecting to "
        "your new router? Our printer experts walk you through the fix step by step or connect remotely to your PC or Mac.</p>"
        f'<div id="ctl00_ContentPlaceHolder1_pnlCall" class="callbox"><p>Speak to an Epson printer technician now:</p><p class="bignum">{hint}</p><p>{call}</p></div>'
        '<table class="grid" id="ctl00_ContentPlaceHolder1_gvIssues" rules="all" border="1" cellspacing="0"><tr><th scope="col">Issue</th><th scope="col">Typical fix time</th></tr>'
        "<tr><td>Printer offline on Windows 11</td><td>15 min</td></tr><tr><td>EcoTank ink pad at end of service life</td><td>25 min</td></tr>"
        "<tr><td>Epson Connect / scan to cloud errors</td><td>20 min</td></tr><tr><td>Paper jam error won't clear</td><td>10 min</td></tr></table>"
        '<p class="small">Our technicians are independent third-party support providers. Epson is a registered trademark of Seiko Epson Corporation.</p>'
        "</td></tr>"
        f'<tr><td class="footer">Copyright © 2011-2026 {esc(spec.name)} | <a href="contact-us.aspx">Contact Us</a> | <a href="privacy.aspx">Privacy Policy</a> | '
        '<a href="refund.aspx">Refund Policy</a></td></tr></table>\n'
        f'<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{_hex(rng, 30)}"></div></form>'
    )
    return {"/": (document(spec.lang, f"Epson Printer Support | Toll Free Help | {spec.name}", body, head), s)}


# --- a French Windows Defender full-screen lock, digits joined by "⊹" -----------------------


@branded
def b25_fr_locker_defender_star(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    star = s.num(own, "national", "star")
    call = s.tel(own, "Contacter le support Microsoft", national=True).replace("<a ", '<a class="appel" ', 1)
    code = _code(rng)
    msg = "Accès à cet ordinateur bloqué pour raisons de sécurité. Appelez immédiatement le support Microsoft. Ne redémarrez pas votre ordinateur."
    head = (
        "<style>html,body{margin:0;height:100%;overflow:hidden;font-family:'Segoe UI',Arial,sans-serif;background:#1b1b1b url('/img/defender-scan.jpg') center/cover}"
        ".barre{background:#0078d4;color:#fff;padding:6px 12px;font-size:13px}.fen{position:absolute;top:18%;left:50%;transform:translateX(-50%);width:560px;background:#fff;border:1px solid #999;box-shadow:0 0 40px #000}"
        ".fen h1{background:#c50f1f;color:#fff;font-size:17px;margin:0;padding:10px 14px}.fen .c{padding:14px 18px;font-size:14px}"
        ".num{font-size:26px;font-weight:700;color:#c50f1f;text-align:center;letter-spacing:1px}.appel{display:block;text-align:center;background:#0078d4;color:#fff;padding:10px;text-decoration:none}</style>\n"
    )
    body = (
        '<div class="barre">Sécurité Windows – Protection contre les virus et menaces</div>'
        '<div class="fen" role="alertdialog"><h1>⚠ Accès à cet ordinateur bloqué</h1><div class="c">'
        "<p>Windows Defender a détecté une activité suspecte : <b>Trojan:Win32/Emotet.PK!MTB</b> et un logiciel espion qui "
        "tente de voler vos identifiants bancaires, vos photos et vos mots de passe enregistrés.</p>"
        f"<p>Code d'erreur : <b>{code}</b></p>"
        "<p>Pour débloquer votre ordinateur, appelez le support Microsoft (appel gratuit depuis la France) :</p>"
        f'<p class="num">{star}</p>{call}'
        "<p style=\"font-size:11px;color:#666\">Si vous fermez cette page, l'accès à votre ordinateur sera désactivé pour "
        "éviter d'autres dommages au réseau.</p></div></div>"
        '<audio src="/son/alerte-fr.mp3" autoplay loop></audio>'
        + _lock(msg, "fr-FR", 40)
    )
    return {"/": (document(spec.lang, "Sécurité Windows – Alerte", body, head), s)}


# --- a UK "McAfee subscription expired" scan locker, "0808:193:7264" ------------------------


@branded
def b25_gb_locker_mcafee_colon(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    colon = s.num(own, "national", "colon")  # 0808:193:7264
    code = _code(rng)
    msg = "Your McAfee subscription has expired and your PC is infected with 5 viruses. Call McAfee support now to avoid data loss."
    head = (
        "<style>html,body{margin:0;height:100%;overflow:hidden;background:#0f1c2e;color:#fff;font-family:Arial,sans-serif}"
        ".scan{max-width:720px;margin:6vh auto;background:#fff;color:#222;border-radius:6px;overflow:hidden}.scan .top{background:#c01818;color:#fff;padding:12px 18px;font-weight:bold}"
        ".bar{height:14px;background:#eee;margin:14px 18px}.bar i{display:block;height:100%;width:100%;background:#c01818}"
        "table{width:calc(100% - 36px);margin:0 18px;font-size:13px;border-collapse:collapse}td{border-bottom:1px solid #eee;padding:5px}"
        ".exp{background:#fff4f4;border-top:3px solid #c01818;padding:16px 18px}.exp b.n{font-size:24px;color:#c01818}</style>\n"
    )
    body = (
        '<div class="scan"><div class="top">McAfee Total Protection – Quick Scan</div>'
        '<div class="bar"><i></i></div><p style="margin:0 18px">Scan complete: <b>5 threats found</b></p>'
        "<table><tr><td>Trojan.Win32.Agent.bkx</td><td>C:\\Windows\\System32\\drivers\\</td><td style=\"color:#c01818\">High</td></tr>"
        "<tr><td>Spyware.PasswordStealer</td><td>C:\\Users\\Public\\Documents\\</td><td style=\"color:#c01818\">High</td></tr>"
        "<tr><td>Adware.Tracking.Cookie</td><td>Browser cache</td><td>Medium</td></tr>"
        "<tr><td>Riskware.CoinMiner</td><td>C:\\ProgramData\\</td><td style=\"color:#c01818\">High</td></tr>"
        "<tr><td>PUP.Optional.Bundler</td><td>Downloads</td><td>Low</td></tr></table>"
        '<div class="exp"><p><b>Your McAfee subscription expired on 27/02/2026.</b> Your PC is unprotected and the threats '
        "above could not be removed. Your browser has been locked to protect your banking details.</p>"
        f"<p>Error: {code}</p><p>Call McAfee Support (UK freephone): <b class=\"n\">{colon}</b></p>"
        "<p>Do not shut down or restart your computer.</p></div></div>"
        '<audio id="a" src="/audio/mcafee-alert-uk.mp3" autoplay loop></audio>'
        + _lock(msg, "en-GB", 35)
    )
    return {"/": (document(spec.lang, "McAfee – Subscription Expired", body, head), s)}


TEMPLATES = {
    "b25_nl_weebly_kpn_storing": with_contact("/contact.html", b25_nl_weebly_kpn_storing),
    "b25_be_godaddy_ing_copiedfirm": with_contact("/contact", b25_be_godaddy_ing_copiedfirm),
    "b25_ie_duda_norton_renewal_imgalt": with_contact("/contact", b25_ie_duda_norton_renewal_imgalt),
    "b25_au_hostinger_microsoft_aus": with_contact("/contact", b25_au_hostinger_microsoft_aus),
    "b25_de_onecom_paypal_jsparts": with_contact("/kontakt", b25_de_onecom_paypal_jsparts),
    "b25_chfr_webnode_depannage_oddgroups": with_contact("/contact/", b25_chfr_webnode_depannage_oddgroups),
    "b25_lu_joomla_bakery_avg": b25_lu_joomla_bakery_avg,
    "b25_fi_blogger_netflix_dotgaps": b25_fi_blogger_netflix_dotgaps,
    "b25_ja_nuxt_amazon_prime_fullwidth": with_contact("/contact", b25_ja_nuxt_amazon_prime_fullwidth),
    "b25_us_aspnet_epson_tilde": with_contact("/contact-us.aspx", b25_us_aspnet_epson_tilde),
    "b25_fr_locker_defender_star": b25_fr_locker_defender_star,
    "b25_gb_locker_mcafee_colon": b25_gb_locker_mcafee_colon,
}
