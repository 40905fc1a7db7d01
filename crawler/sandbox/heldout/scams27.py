"""Twenty-seventh batch of held-out scam templates: page shells no earlier batch uses.

b27_nl_typedream_kpn_tel (a Dutch "KPN storingsdienst" on Typedream, a national tel: button
and the number in the text), b27_be_ucraft_ing_alt (a Flemish "ING veiligheidsdienst" on
Ucraft, the number in a banner image's alt text and once in the text),
b27_gb_hestia_microsoft_seo (a UK "How to contact Microsoft support in 2026" post on
WordPress Hestia that pushes its own 0808 number), b27_us_pinegrow_mcafee_invoice (a US
McAfee renewal "invoice" on a Pinegrow-built Bootstrap page, the number in the description
meta and assembled by a script), b27_au_readymag_copied_firm (unbranded remote computer help
in Australia on Readymag, copying a real-looking firm's ABN and address, the number in a
data- attribute and a tel: link), b27_in_qwik_amazon_letters (an Indian "Amazon customer
care" on Qwik City, the number with letters for digits beside an international tel: link),
b27_de_websitebaker_hijacked_norton (an old Kleingartenverein site on WebsiteBaker with an
injected "Norton Kundenservice" page and an ad link carrying the number in its URL),
b27_chde_pico_paypal_realone (a Swiss-German "PayPal Sicherheitsdienst" on Pico CMS that warns
of fake support and says it is the real one, ContactPoint JSON-LD),
b27_at_locker_defender_fullwidth (an Austrian Windows Defender lock screen, fullwidth digits),
b27_fr_locker_apple_circled (a French Apple "iPhone/Mac bloqué" lock, circled digits),
b27_chfr_starlight_epson_path (a Swiss-French Epson printer guide on Astro Starlight, the
number in the page's own URL and text) and b27_ja_vitepress_canon_letters (a Japanese Canon
printer support page on VitePress, "O12O" with letters for zeros and a national tel: link).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

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

CIRCLED = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")


def _lock(msg: str, lang: str) -> str:
    """This batch's locker script: fullscreen on load and click, keyboard trap, back trap,
    a print-dialog loop and a spoken warning."""
    return (
        "<script>\n(function(){\n"
        f"  var m={json_str(msg)},d=document,h=d.documentElement,n=0;\n"
        "  function fs(){var f=h.requestFullscreen||h.webkitRequestFullscreen||h.mozRequestFullScreen;if(f){try{f.call(h);}catch(e){}}}\n"
        "  d.addEventListener('click',fs,true);d.addEventListener('keydown',function(e){fs();if(e.key==='Escape'||e.key==='F11'||e.ctrlKey||e.altKey){e.preventDefault();e.stopPropagation();}},true);\n"
        "  try{navigator.keyboard&&navigator.keyboard.lock();}catch(e){}\n"
        "  while(n<60){history.pushState(null,'',location.href+'#'+n);n++;}\n"
        "  window.onpopstate=function(){history.forward();fs();};\n"
        "  window.onbeforeunload=function(){return m;};\n"
        f"  setTimeout(function(){{try{{var u=new SpeechSynthesisUtterance(m);u.lang='{lang}';u.rate=0.9;speechSynthesis.speak(u);}}catch(e){{}}}},1500);\n"
        "  setInterval(function(){if(!confirm(m)){window.print();}},9000);\n"
        "  d.addEventListener('contextmenu',function(e){e.preventDefault();alert(m);});\n"
        "})();\n</script>\n"
        '<audio src="/assets/beep-loop.ogg" autoplay loop hidden></audio>'
    )


# --- a Dutch "KPN storingsdienst" on Typedream, national tel: ---------------------------------


@branded
def b27_nl_typedream_kpn_tel(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    build = _hex(rng, 20)
    head = (
        '<meta name="generator" content="Typedream">\n'
        f'<link rel="stylesheet" href="https://typedream.com/_next/static/css/{_hex(rng, 16)}.css">\n'
        f'<script id="__NEXT_DATA__" type="application/json">{{"buildId":"{build}","page":"/[[...slug]]","isFallback":false}}</script>\n'
    )
    pages = (("/", "Storing bij KPN? Wij helpen direct"), ("/storingen", "Veelvoorkomende storingen"), ("/werkwijze", "Zo werken wij"))
    for path, h1 in pages:
        s = Sheet()
        btn = s.tel(own, '<span class="td-button-label">Bel de storingsdienst</span>', national=True)
        nav = "".join(f'<a class="td-nav-link" href="{p}">{esc(t.split("?")[0])}</a>' for p, t in pages)
        if path == "/":
            main = (
                "<p>Geen internet, geen tv-beeld of valt uw KPN-modem steeds uit? Onze storingsmonteurs zijn 7 dagen per week "
                "bereikbaar en lossen de meeste storingen binnen een half uur op afstand op.</p>"
                f'<p class="td-big">Storingsnummer: {s.num(own, "national")}</p>'
                + _ul(("Box 12 of Experia Box geeft rood lampje", "Interactieve tv blijft zwart", "Wifi valt weg op zolder",
                       "KPN Mail neemt geen berichten meer aan"), "td-list")
                + "<p>Gemiddelde wachttijd: minder dan 2 minuten. Ook op zondag.</p>"
            )
        elif path == "/storingen":
            main = (
                "<p>De meeste storingen ontstaan door een verouderde instelling in uw modem of een virus op uw computer. "
                "Een monteur kijkt met u mee via een beveiligde verbinding en verhelpt het probleem meteen.</p>"
                "<p>Kosten worden vooraf telefonisch besproken.</p>"
            )
        else:
            main = (
                "<ol><li>U belt ons storingsnummer.</li><li>Wij sturen u een link naar ons beveiligde hulpprogramma.</li>"
                "<li>De monteur verhelpt de storing terwijl u meekijkt.</li></ol>"
                "<p>Wij zijn een onafhankelijke servicedienst voor KPN-klanten.</p>"
            )
        body = (
            f'<div id="__next"><div class="td-page" data-page-id="{_hex(rng, 24)}">'
            f'<header class="td-navbar"><a class="td-logo" href="/">{esc(spec.name)}</a><nav>{nav}</nav></header>'
            f'<main class="td-section td-section--hero"><div class="td-container"><h1 class="td-h1">{esc(h1)}</h1>{main}'
            f'<div class="td-button td-button--primary">{btn}</div></div></main>'
            f'<footer class="td-footer"><p>© 2026 {esc(spec.name)}</p><a class="td-badge" href="https://typedream.com">Made with Typedream</a></footer>'
            "</div></div>"
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- a Flemish "ING veiligheidsdienst" on Ucraft, number in image alt ---------------------


@branded
def b27_be_ucraft_ing_alt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    alt = f"ING Veiligheidsdienst bel {s.num(own, 'national')}"
    head = (
        '<meta name="generator" content="Ucraft">\n'
        f'<link rel="stylesheet" href="https://static.ucraft.net/fs/ucraft/userFiles/{_hex(rng, 10)}/css/site.css">\n'
    )
    body = (
        '<div class="uc-page-wrapper"><div class="uc-header" data-uc-block="header">'
        f'<div class="uc-logo"><a href="/">{esc(spec.name)}</a></div><ul class="uc-menu"><li><a href="/">Home</a></li>'
        '<li><a href="/contact">Contact</a></li></ul></div>'
        '<div class="uc-block uc-block-hero" data-uc-block="cover">'
        f'<img class="uc-image" src="/images/banner-veiligheid.jpg" alt="{alt}" width="1200" height="420">'
        "</div>"
        '<div class="uc-block uc-block-text"><div class="uc-container">'
        "<h1>Verdachte transactie op uw ING-rekening?</h1>"
        "<p>Hebt u een sms of e-mail ontvangen over een ongebruikelijke betaling, een nieuwe aanmelding in de ING Banking-app "
        "of een geblokkeerde kaart? Neem onmiddellijk contact op met de Veiligheidsdienst. Onze medewerkers beveiligen uw "
        "rekening terwijl u aan de lijn blijft.</p>"
        "<p>Houd uw kaartlezer en uw bankkaart bij de hand. Een medewerker begeleidt u stap voor stap om de frauduleuze "
        "opdracht te annuleren.</p>"
        "<p>Bereikbaar 24 uur op 24, ook op zon- en feestdagen. Bel het nummer op de afbeelding hierboven.</p>"
        "</div></div>"
        '<div class="uc-block uc-footer"><p>© 2026 · Veiligheidsdienst voor klanten in België</p>'
        '<p class="uc-made-with"><a href="https://www.ucraft.com">Made with Ucraft</a></p></div></div>'
    )
    return {"/": (document(spec.lang, f"ING Veiligheidsdienst België | {spec.name}", body, head), s)}


# --- a UK "How to contact Microsoft support in 2026" SEO post on WordPress Hestia -----------


@branded
def b27_gb_hestia_microsoft_seo(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    path = "/how-to-contact-microsoft-support-uk-2026/"
    tel = s.tel(own, s.num(own, "national"))
    head = (
        "<link rel='stylesheet' id='hestia-style-css' href='/wp-content/themes/hestia/style.min.css?ver=3.1.2' media='all'>\n"
        "<link rel='stylesheet' id='hestia_fonts-css' href='https://fonts.googleapis.com/css?family=Roboto%3A300%2C400%2C500%2C700%7CRoboto+Slab%3A400%2C700' media='all'>\n"
        '<meta name="generator" content="WordPress 6.5.2">\n'
    )
    post = (
        '<div class="wrapper single-post-wrap"><div class="page-header header-small" data-parallax="active">'
        '<div class="container"><div class="row"><div class="col-md-10 col-md-offset-1 text-center">'
        '<h1 class="hestia-title entry-title">How to Contact Microsoft Support in the UK (2026 Guide)</h1>'
        '<h4 class="author">Published by <a href="/author/admin/" class="vcard author"><strong class="fn">Daniel R.</strong></a> on <time class="entry-date published">January 14, 2026</time></h4>'
        '</div></div></div><div class="header-filter"></div></div>'
        '<div class="main main-raised"><div class="blog-post blog-post-wrapper"><div class="container"><article class="section section-text">'
        '<div class="row"><div class="col-md-8 single-post-container" data-layout="sidebar-right"><div class="single-post-wrap entry-content">'
        "<p>Finding the right way to reach Microsoft can be frustrating. Menus change, chat bots go in circles and the "
        "official pages rarely show a phone number. In this guide we list every option for customers in England, "
        "Scotland, Wales and Northern Ireland.</p>"
        "<h2>1. Microsoft support phone number UK</h2>"
        f"<p>The quickest way to speak to a technician is the dedicated UK helpline: <strong>{tel}</strong>. "
        "Lines are open 24/7 and the call is free from mobiles and landlines.</p>"
        "<h2>2. Get Help app</h2><p>Windows 11 includes the Get Help app. It answers simple questions but cannot fix "
        "activation errors, blue screens or Outlook problems.</p>"
        "<h2>3. Beware of fake support numbers</h2>"
        "<p>Scammers publish fake numbers on forums. Always use a number from a trusted guide like this one.</p>"
        "<h2>Frequently asked questions</h2><p><strong>Is Microsoft support free?</strong> Calls to the helpline above "
        "are free; some repairs carry a one-off fee that the technician explains first.</p>"
        '</div><div class="section section-blog-info"><div class="row"><div class="col-md-6"><div class="entry-categories">Categories: '
        '<span class="label label-primary"><a href="/category/guides/">Guides</a></span></div></div></div></div></div>'
        '<div class="col-md-3 blog-sidebar-wrapper col-md-offset-1"><aside id="secondary" class="blog-sidebar" role="complementary">'
        '<div id="recent-posts-2" class="widget widget_recent_entries"><h5>Recent Posts</h5><ul>'
        '<li><a href="/fix-outlook-not-responding/">Fix Outlook not responding</a></li>'
        '<li><a href="/windows-11-activation-error-0xc004f213/">Windows 11 activation error 0xC004F213</a></li></ul></div></aside></div>'
        "</div></article></div></div></div>"
        f'<footer class="footer footer-black footer-big"><div class="container"><div class="copyright pull-right">{esc(spec.name)} | Developed by ThemeIsle</div></div></footer></div>'
    )
    home = (
        '<div class="wrapper"><header class="header"><nav class="navbar navbar-default navbar-fixed-top hestia_left navbar-not-transparent">'
        f'<div class="container"><div class="navbar-header"><div class="title-logo-wrapper"><a class="navbar-brand" href="/"><p>{esc(spec.name)}</p></a></div></div></div></nav></header>'
        '<div class="main"><div class="hestia-blogs"><div class="container"><article class="card card-blog card-plain">'
        f'<h2 class="card-title entry-title"><a href="{path}">How to Contact Microsoft Support in the UK (2026 Guide)</a></h2>'
        "<p>Every way to reach a technician, from the helpline to the Get Help app.</p></article></div></div></div></div>"
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – Tech guides for everyday users", home, head, ' class="home blog wp-custom-logo header-layout-default"'), Sheet()),
        path: (document(spec.lang, f"How to Contact Microsoft Support in the UK (2026 Guide) – {spec.name}", post, head, ' class="post-template-default single single-post"'), s),
    }


# --- a US McAfee renewal "invoice" on a Pinegrow-built page: meta and script ---------------


@branded
def b27_us_pinegrow_mcafee_invoice(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(s.hidden(own))  # 888 743 0591
    desc = f"McAfee Total Protection auto-renewal invoice. To cancel and get a refund call 1-{'-'.join(g)}."
    s.hidden(own)
    inv = f"MCF-{rng.randint(1000000, 9999999)}"
    head = (
        '<meta name="generator" content="Pinegrow Web Editor">\n'
        f'<meta name="description" content="{esc(desc)}">\n'
        '<link href="bootstrap_theme/bootstrap.css" rel="stylesheet" type="text/css">\n'
        '<link href="theme.css" rel="stylesheet" type="text/css">\n'
    )
    script = (
        "<script>\n(function(){\n"
        f"  var p=['1','{g[0]}','{g[1]}','{g[2]}'];\n"
        "  var t=p.join('-'),a=document.getElementById('callnow');\n"
        "  a.href='tel:+'+p.join('');a.textContent=t;document.getElementById('inline-no').textContent=t;\n"
        "})();\n</script>"
    )
    body = (
        '<div class="container pt-4 pb-4"><div class="row"><div class="col-md-8 offset-md-2">'
        '<div class="card shadow-sm"><div class="card-header bg-danger text-white"><h1 class="h4 mb-0">Order Confirmation – Auto Renewal</h1></div>'
        '<div class="card-body"><p>Dear Customer,</p>'
        "<p>Thank you for renewing your McAfee Total Protection subscription. Your payment has been processed successfully "
        "and your card on file has been charged. If you did not authorize this renewal, please contact our billing "
        'department within 24 hours at <span id="inline-no" class="font-weight-bold">our toll-free line</span> to cancel and '
        "receive a full refund.</p>"
        f'<table class="table table-sm table-bordered"><tbody><tr><th>Invoice</th><td>{inv}</td></tr>'
        "<tr><th>Product</th><td>McAfee Total Protection – 5 devices, 3 years</td></tr>"
        "<tr><th>Amount</th><td>USD 449.99</td></tr><tr><th>Payment</th><td>Visa ending ••••</td></tr>"
        "<tr><th>Status</th><td><span class=\"badge badge-success\">Paid</span></td></tr></tbody></table>"
        '<p class="text-center"><a id="callnow" class="btn btn-danger btn-lg" href="#">Call Billing</a></p>'
        '<p class="small text-muted">Refunds are processed by a support technician. Please keep your computer switched on during the call.</p>'
        "</div></div></div></div></div>"
        + script
    )
    return {"/": (document(spec.lang, f"Invoice {inv} – Renewal Confirmation", body, head), s)}


# --- unbranded remote computer help in Australia on Readymag, copied ABN, data- attribute --


def b27_au_readymag_copied_firm(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    head = (
        '<meta name="generator" content="Readymag">\n'
        f'<link rel="stylesheet" href="https://c-p.rmcdn.net/{_hex(rng, 24)}/styles.css">\n'
        '<script>window.ServerData={"mag":{"num_id":' + str(rng.randint(3000000, 3999999)) + ',"title":"PC Rescue"}};</script>\n'
    )
    pages = (("/", "Remote computer help, anywhere in Australia"), ("/about/", "About us"), ("/prices/", "Prices"))
    for path, h1 in pages:
        s = Sheet()
        digits = numbers.national_digits(s.hidden(own))
        call = s.tel(own, s.num(own, "national"), national=True)
        if path == "/":
            text = (
                "<p>Slow computer, pop-ups, printer offline or a virus warning? A certified technician connects to your PC "
                "or Mac securely and fixes it while you watch. No call-out fee, no waiting for a home visit.</p>"
                "<p>Over 14,000 Australians helped since 2011.</p>"
            )
        elif path == "/about/":
            text = (
                f"<p>{esc(spec.name)} is a family-owned computer support business. We are registered in Australia "
                "(ABN 53 614 208 395) and our office is at Level 2, 118 Queen Street, Brisbane QLD 4000.</p>"
                "<blockquote>“They fixed my email in ten minutes, lovely people.” – Margaret, Toowoomba</blockquote>"
                "<blockquote>“Best tech support in Australia.” – Greg, Geelong</blockquote>"
            )
        else:
            text = (
                "<table><tr><td>Single remote session</td><td>AU$ 189</td></tr><tr><td>12 months unlimited support</td><td>AU$ 399</td></tr>"
                "<tr><td>Lifetime protection (3 devices)</td><td>AU$ 699</td></tr></table>"
                "<p>Payment by card or gift card at the end of the session.</p>"
            )
        body = (
            '<div id="mag" class="mag"><div class="mag-pages"><div class="page" data-page-num="1">'
            f'<div class="rmwidget widget-text" data-id="{_hex(rng, 24)}"><h1>{esc(h1)}</h1></div>'
            f'<div class="rmwidget widget-text" data-id="{_hex(rng, 24)}">{text}</div>'
            f'<div class="rmwidget widget-button" data-id="{_hex(rng, 24)}" data-phone="{digits}" data-action="call">'
            f'<div class="button-label">Call now: {call}</div></div>'
            '<div class="rmwidget widget-shape"></div>'
            f'<nav class="rmwidget widget-text"><a href="/">Home</a> · <a href="/about/">About</a> · <a href="/prices/">Prices</a></nav>'
            "</div></div>"
            '<div class="made-with-rm"><a href="https://readymag.com/">Made on Readymag</a></div></div>'
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- an Indian "Amazon customer care" on Qwik City, letters for digits --------------------


@branded
def b27_in_qwik_amazon_letters(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    lettered = _written(s, own, "+91 74281 93O56".replace("1", "l", 1))  # +9l 74281 93O56
    tel = s.tel(own, "Call Customer Care")
    q = f'q:container="paused" q:version="1.5.1" q:render="ssr" q:base="/build/" q:manifest-hash="{_hex(rng, 6)}"'
    head = (
        f'<link rel="modulepreload" href="/build/q-{_hex(rng, 8)}.js">\n'
        '<meta name="description" content="Amazon customer care helpline India for refunds, order issues, Prime and account locked.">\n'
    )
    body = (
        f'<div q:key="{_hex(rng, 4)}"><!--qv q:id=0 q:key=Ncbm:0t_0--><header class="topbar">'
        f'<a href="/" class="logo">{esc(spec.name)}</a><nav><a href="/">Home</a><a href="/refund">Refund</a><a href="/contact">Contact</a></nav></header>'
        '<main class="hero"><h1>Amazon Customer Care Helpline India</h1>'
        "<p>Order not delivered? Refund not received? Amazon Pay balance deducted twice or your account locked? "
        "Our customer care executives are available 24x7 in English and Hindi.</p>"
        f'<p class="big-number">{lettered}</p>'
        f'<p class="cta" on:click="q-{_hex(rng, 8)}.js#s_{_hex(rng, 10)}">{tel}</p>'
        + _ul(("Refund status and failed refunds", "Amazon Pay KYC and UPI problems", "Prime membership cancellation",
               "Account hacked or OTP not coming"), "issues")
        + "<p>For faster refund our executive will share a screen-sharing app (AnyDesk) to process the amount to your bank.</p></main>"
        f'<footer><p>© 2026 {esc(spec.name)}. Helpline for customers.</p></footer><!--/qv--></div>'
        '<script type="qwik/json">{"refs":{},"ctx":{},"objs":[],"subs":[]}</script>'
        f'<script q:func="qwik/json">document["qFuncs_{_hex(rng, 6)}"]=[];</script>'
    )
    return {"/": (document(spec.lang, f"Amazon Customer Care India 24x7 | {spec.name}", body, head, f" {q}"), s)}


# --- an old Kleingartenverein site on WebsiteBaker, injected Norton page ------------------


@branded
def b27_de_websitebaker_hijacked_norton(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    injected = "/media/archiv/2017/norton-kundenservice-deutschland.php"
    head = (
        '<meta name="generator" content="WebsiteBaker 2.8.3">\n'
        '<link href="/templates/round/screen.css" rel="stylesheet" type="text/css" media="screen">\n'
    )
    home_body = (
        '<table cellpadding="0" cellspacing="0" border="0" width="770" align="center" class="main"><tr><td colspan="2" class="header">'
        f"<h1>{esc(spec.name)}</h1></td></tr><tr><td class=\"menu\" valign=\"top\">"
        '<ul class="menu-top"><li class="menu-current"><a href="/pages/start.php">Start</a></li><li><a href="/pages/verein.php">Verein</a></li>'
        '<li><a href="/pages/termine.php">Termine</a></li><li><a href="/pages/pachtgaerten.php">Freie Gärten</a></li><li><a href="/pages/kontakt.php">Kontakt</a></li></ul></td>'
        '<td class="content" valign="top"><h2>Willkommen</h2>'
        "<p>Der Kleingartenverein „Am Mühlbach“ e.V. wurde 1952 gegründet und umfasst 84 Parzellen. "
        "Unsere Vereinsgaststätte ist samstags ab 15 Uhr geöffnet.</p>"
        "<h3>Termine 2018</h3><p>Frühjahrsputz 14.04.2018 · Sommerfest 21.07.2018 · Jahreshauptversammlung 03.11.2018</p>"
        '<div style="position:absolute;left:-9999px;top:-9999px">'
        f'<a href="{injected}">Norton Kundenservice Deutschland</a> <a href="{injected}">Norton Hotline</a></div>'
        "</td></tr><tr><td colspan=\"2\" class=\"footer\">© KGV Am Mühlbach e.V. · Impressum · "
        'Powered by <a href="https://websitebaker.org">WebsiteBaker</a></td></tr></table>'
    )
    s = Sheet()
    digits = numbers.national_digits(s.hidden(own))
    ad = (
        f'<a class="sponsor" href="https://clk.adsrv-tracking.com/r?cid={_hex(rng, 10)}&amp;dest=tel%3A{digits}&amp;gclid={_hex(rng, 16)}">'
        f"Jetzt anrufen: {s.num(own, 'national')}</a>"
    )
    page = (
        '<div class="wrap" style="max-width:720px;margin:0 auto;font-family:Arial,sans-serif">'
        "<h1>Norton Kundenservice Deutschland – Telefon &amp; Hilfe</h1>"
        "<p>Sie haben Probleme mit Norton 360, Ihr Abonnement wurde unerwartet verlängert oder der Virenschutz lässt sich "
        "nicht installieren? Der Norton Kundenservice hilft Ihnen kostenlos weiter. Ein Techniker verbindet sich per "
        "Fernwartung mit Ihrem Computer und löst das Problem sofort.</p>"
        f'<p style="font-size:26px;background:#ffe600;padding:10px">{ad}</p>'
        "<h2>Häufige Probleme</h2>"
        + _ul(("Norton Abo kündigen und Geld zurück", "Norton 360 Aktivierung fehlgeschlagen", "Norton blockiert Internet"))
        + "<p>Erreichbar Montag bis Sonntag von 8 bis 22 Uhr.</p></div>"
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – Startseite", home_body, head), Sheet()),
        "/pages/verein.php": (document(spec.lang, f"{spec.name} – Verein", '<table class="main"><tr><td><h2>Vorstand</h2><p>1. Vorsitzender: Klaus Behrendt · Kassiererin: Monika Stein</p></td></tr></table>', head), Sheet()),
        injected: (document(spec.lang, "Norton Kundenservice Deutschland Telefon", page), s),
    }


# --- a Swiss-German "PayPal Sicherheitsdienst" on Pico CMS, "we are the real one" ----------


@branded
def b27_chde_pico_paypal_realone(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    for path, title in (("/", "PayPal Sicherheitsdienst Schweiz"), ("/falsche-hotlines", "Achtung vor falschen PayPal-Hotlines")):
        s = Sheet()
        ld = _ld({"@context": "https://schema.org", "@type": "Organization", "name": "PayPal Sicherheitsdienst Schweiz",
                  "url": f"https://{spec.host}/", "contactPoint": {"@type": "ContactPoint", "telephone": s.num(own, "intl"),
                  "contactType": "customer support", "areaServed": "CH", "availableLanguage": ["de", "fr"]}})
        head = (
            '<meta name="generator" content="Pico CMS">\n<link rel="stylesheet" href="/themes/default/style.css" type="text/css">\n' + ld
        )
        tel = s.tel(own, s.num(own, "intl"))
        if path == "/":
            text = (
                "<h1>PayPal Sicherheitsdienst Schweiz</h1>"
                "<p>Wurde Ihr PayPal-Konto eingeschränkt, sehen Sie eine Zahlung, die Sie nicht kennen, oder hat jemand Ihr "
                "Passwort geändert? Unser Sicherheitsteam sichert Ihr Konto sofort und storniert unberechtigte Zahlungen.</p>"
                f"<p><strong>Sicherheitshotline Schweiz:</strong> {tel}</p>"
                "<p>Halten Sie Ihre E-Mail-Adresse und Ihr Smartphone bereit. Für die Rückbuchung installieren wir mit Ihnen "
                "eine geprüfte Sicherheits-App.</p>"
            )
        else:
            text = (
                "<h1>Achtung vor falschen PayPal-Hotlines</h1>"
                "<p>Im Internet kursieren viele gefälschte Nummern, unter denen Betrüger sich als PayPal ausgeben. "
                "Geben Sie Ihre Daten nie an Unbekannte weiter.</p>"
                f"<p>Die echte, geprüfte Nummer für Kundinnen und Kunden in der Schweiz ist nur diese: {tel}. "
                "Nur hier sprechen Sie mit dem offiziellen Sicherheitsdienst.</p>"
            )
        body = (
            f'<header id="header"><div class="container"><a href="/" id="logo">{esc(spec.name)}</a>'
            '<nav><ul><li><a href="/">Start</a></li><li><a href="/falsche-hotlines">Falsche Hotlines</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></div></header>'
            f'<section id="main"><div class="container">{text}</div></section>'
            '<footer id="footer"><div class="container">Made with <a href="http://picocms.org">Pico</a></div></footer>'
        )
        drafts[path] = (document(spec.lang, f"{title} | {spec.name}", body, head), s)
    return drafts


# --- an Austrian Windows Defender lock screen, fullwidth digits -----------------------------


@branded
def b27_at_locker_defender_fullwidth(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "national", "fullwidth")  # ０８００ ２９１７３４
    msg = "Windows Defender: Zugriff gesperrt. Ihr Computer ist mit Spyware infiziert. Rufen Sie sofort den Microsoft Support an."
    body = (
        '<div id="defender" style="position:fixed;inset:0;background:#0a0a0a;color:#fff;font-family:Segoe UI,Arial,sans-serif;z-index:2147483647">'
        '<div style="background:#1f1f1f;padding:8px 14px"><img src="/img/defender-shield.png" alt="Windows Defender" width="18"> Windows-Sicherheit</div>'
        '<div style="max-width:660px;margin:70px auto;background:#fff;color:#111;padding:26px;border-top:6px solid #c50f1f">'
        "<h1 style=\"font-size:22px\">Zugriff aus Sicherheitsgründen blockiert</h1>"
        "<p>Windows Defender hat auf diesem Computer eine Bedrohung gefunden: Trojan:Win32/Wacatac.H!ml. "
        "Ihre Bankdaten, Facebook-Logins und Fotos werden möglicherweise übertragen.</p>"
        "<p>Schalten Sie den Computer nicht aus. Rufen Sie den Microsoft Support Österreich an, damit ein Techniker die "
        "Bedrohung entfernt:</p>"
        f'<p style="font-size:30px;font-weight:700;color:#c50f1f">☎ {wide}</p>'
        f"<p style=\"color:#666\">Fehlercode: 0x8007{_hex(rng, 4).upper()} · gebührenfrei aus Österreich</p>"
        '<p><button onclick="return false">Abbrechen</button> <button onclick="return false">OK</button></p></div></div>'
        + _lock(msg, "de-AT")
    )
    return {"/": (document(spec.lang, "Windows-Sicherheit – Warnung", body), s)}


# --- a French Apple "iPhone/Mac bloqué" lock, circled digits -------------------------------


@branded
def b27_fr_locker_apple_circled(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    circled = _written(s, own, " ".join(numbers.groups(own)).translate(CIRCLED))
    msg = "Alerte de sécurité Apple : votre appareil est bloqué. Appelez immédiatement l'assistance Apple."
    body = (
        '<div style="position:fixed;inset:0;background:rgba(0,0,0,.82);z-index:999999;font-family:-apple-system,Helvetica,Arial,sans-serif">'
        '<div style="max-width:520px;margin:90px auto;background:#f5f5f7;border-radius:14px;padding:26px;text-align:center">'
        '<img src="/img/apple-logo.svg" alt="Apple" width="42">'
        "<h1 style=\"font-size:21px\">Votre iPhone ou Mac a été verrouillé</h1>"
        "<p>Une activité suspecte a été détectée sur votre identifiant Apple. Des logiciels espions tentent d'accéder à vos "
        "photos, à vos messages et à vos mots de passe iCloud.</p>"
        "<p>Ne fermez pas cette page. Contactez l'assistance Apple (appel gratuit) :</p>"
        f'<p style="font-size:31px;font-weight:600;letter-spacing:1px">{circled}</p>'
        f"<p style=\"font-size:12px;color:#6e6e73\">Code d’erreur 0x8{_hex(rng, 3).upper()}E · Incident n° AP-{rng.randint(100000, 999999)}-FR</p></div></div>"
        + _lock(msg, "fr-FR")
    )
    return {"/": (document(spec.lang, "Alerte de sécurité Apple", body), s)}


# --- a Swiss-French Epson printer guide on Astro Starlight, number in the URL ---------------


@branded
def b27_chfr_starlight_epson_path(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    digits = numbers.national_digits(own)
    path = f"/guides/imprimante-hors-ligne/rappel-{digits}/"
    drafts: Drafts = {}
    head = (
        '<meta name="generator" content="Astro v4.5.9">\n<meta name="generator" content="Starlight v0.21.2">\n'
        f'<link rel="stylesheet" href="/_astro/index.{_hex(rng, 8)}.css">\n'
    )

    def page(title: str, content: str) -> str:
        return (
            '<div class="page sl-flex"><header class="header"><div class="header sl-flex">'
            f'<div class="title-wrapper sl-flex"><a href="/" class="site-title sl-flex"><span>{esc(spec.name)}</span></a></div>'
            '<site-search data-translations="{&quot;placeholder&quot;:&quot;Rechercher&quot;}"><button data-open-modal>Rechercher</button></site-search></div></header>'
            '<nav class="sidebar" aria-label="Principal"><div class="sidebar-pane"><ul class="top-level">'
            '<li><a href="/assistance/">Installer une imprimante</a></li>'
            f'<li><a href="{path}" aria-current="page">Imprimante hors ligne</a></li></ul></div></nav>'
            '<div class="main-frame"><main data-pagefind-body lang="fr" dir="ltr"><div class="content-panel"><div class="sl-container">'
            f'<h1 id="_top">{esc(title)}</h1></div></div><div class="content-panel"><div class="sl-container"><div class="sl-markdown-content">{content}</div></div></div>'
            '<footer class="sl-flex"><a href="https://starlight.astro.build/" class="kudos">Built with Starlight</a></footer></main></div></div>'
        )

    s = Sheet()
    content = (
        "<p>Votre imprimante Epson EcoTank ou WorkForce affiche « hors ligne » sous Windows ou macOS ? Ce guide résume les "
        "causes courantes. Si le problème persiste, un technicien agréé vous rappelle et prend la main à distance.</p>"
        '<aside aria-label="Important" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title">Assistance Epson Suisse</p>'
        f"<p>Ligne directe des techniciens à Genève : {s.num(own, 'pairs')}. Service payant après diagnostic gratuit.</p></aside>"
        "<h2>Étapes</h2><ol><li>Redémarrez l'imprimante et la box.</li><li>Supprimez la file d'attente d'impression.</li>"
        "<li>Si l'imprimante reste hors ligne, appelez le numéro ci-dessus.</li></ol>"
    )
    s.hidden(own)  # the number is in this page's own path
    drafts[path] = (document(spec.lang, f"Imprimante Epson hors ligne | {spec.name}", page("Imprimante Epson hors ligne", content), head), s)
    home = page("Guides d'assistance imprimantes", f'<p>Des guides pas à pas pour les imprimantes Epson en Suisse romande.</p><p><a href="{path}">Imprimante hors ligne : que faire ?</a></p>')
    hs = Sheet()
    hs.hidden(own)  # in the link's path
    drafts["/"] = (document(spec.lang, f"{spec.name} – Guides d'assistance", home, head), hs)
    return drafts


# --- a Japanese Canon printer support page on VitePress, "O12O" ----------------------------


@branded
def b27_ja_vitepress_canon_letters(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    lettered = _written(s, own, "-".join(numbers.groups(own)).replace("0", "O"))  # O12O-471-936
    tel = s.tel(own, "今すぐ電話する", national=True)
    head = (
        '<meta name="generator" content="VitePress v1.0.2">\n'
        f'<link rel="preload stylesheet" href="/assets/style.{_hex(rng, 8)}.css" as="style">\n'
    )
    body = (
        '<div id="app"><div class="Layout" data-v-5d98c3a5><header class="VPNav"><div class="VPNavBar has-sidebar"><div class="wrapper"><div class="container">'
        f'<div class="title"><a class="title" href="/"><span>{esc(spec.name)}</span></a></div>'
        '<nav class="VPNavBarMenu"><a class="VPLink link VPNavBarMenuLink" href="/">ホーム</a><a class="VPLink link VPNavBarMenuLink" href="/faq">よくある質問</a></nav>'
        '</div></div></div></header>'
        '<div class="VPContent has-sidebar" id="VPContent"><div class="VPDoc has-aside"><div class="container"><div class="content"><main class="main">'
        '<div class="vp-doc _index"><h1 id="canon-support" tabindex="-1">キヤノン プリンター サポート窓口</h1>'
        "<p>キヤノン（Canon）のプリンターがオフラインになる、印刷できない、エラー「B200」「5100」が表示される場合は、"
        "専門スタッフが遠隔操作ですぐに解決いたします。年中無休・通話無料です。</p>"
        f'<div class="tip custom-block"><p class="custom-block-title">サポート窓口（フリーダイヤル）</p><p style="font-size:28px">{lettered}</p><p>{tel}</p></div>'
        "<h2>対応内容</h2>"
        + _ul(("PIXMA・imageCLASS の接続設定", "ドライバーの再インストール", "Wi-Fi 接続の問題", "ウイルス診断"))
        + "<p>サポート料金はお電話にてご案内します。お支払いはコンビニで購入できる電子マネーでも可能です。</p></div>"
        "</main></div></div></div></div>"
        '<footer class="VPFooter"><div class="container"><p class="message">Released under the MIT License.</p></div></footer></div></div>'
    )
    return {"/": (document(spec.lang, f"キヤノン プリンター サポート | {spec.name}", body, head), s)}


TEMPLATES = {
    "b27_nl_typedream_kpn_tel": with_contact("/contact", b27_nl_typedream_kpn_tel),
    "b27_be_ucraft_ing_alt": with_contact("/contact", b27_be_ucraft_ing_alt),
    "b27_gb_hestia_microsoft_seo": with_contact("/contact/", b27_gb_hestia_microsoft_seo),
    "b27_us_pinegrow_mcafee_invoice": with_contact("/support", b27_us_pinegrow_mcafee_invoice),
    "b27_au_readymag_copied_firm": b27_au_readymag_copied_firm,
    "b27_in_qwik_amazon_letters": with_contact("/contact", b27_in_qwik_amazon_letters),
    "b27_de_websitebaker_hijacked_norton": with_contact("/pages/kontakt.php", b27_de_websitebaker_hijacked_norton),
    "b27_chde_pico_paypal_realone": with_contact("/kontakt", b27_chde_pico_paypal_realone),
    "b27_at_locker_defender_fullwidth": b27_at_locker_defender_fullwidth,
    "b27_fr_locker_apple_circled": b27_fr_locker_apple_circled,
    "b27_chfr_starlight_epson_path": with_contact("/assistance/", b27_chfr_starlight_epson_path),
    "b27_ja_vitepress_canon_letters": with_contact("/faq", b27_ja_vitepress_canon_letters),
}
