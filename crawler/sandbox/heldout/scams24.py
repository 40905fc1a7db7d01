"""Twenty-fourth batch of held-out scam templates: page shells no earlier batch uses.

b24_be_elementor_bitdefender_telnational (a Flemish "Bitdefender helpdesk" on WordPress
with Elementor, a copied KBO footer and review widget, the number only in national tel:
links), b24_gb_gutenberg_hp_countryhint (a UK HP printer desk on a WordPress block theme,
"0-800-... UK"), b24_us_netlify_mcafee_pdfinvoice (a US McAfee renewal invoice laid out as
a PDF page on a netlify.app subdomain, the number joined from string pieces),
b24_caqc_strikingly_apple_dataattr (a Québec "soutien Apple" on Strikingly, the number only
in a data- attribute a script reads), b24_fi_carrd_tietokonelaakari_words (an unbranded
Finnish "tietokonelääkäri" on Carrd, the number in Finnish words beside a tel: button),
b24_ja_notion_canon_kanji (a Japanese Canon printer desk on a published Notion page, the
number in kanji numerals and a tel: link), b24_nl_odoo_rabobank_securityapp (a fake
Rabobank "veiligheidsdesk" on Odoo asking to install a "beveiligingsapp", the number decoded
by atob with a noscript fallback), b24_nz_vercel_amazon_linkpage_urlparam (a link-in-bio
"Amazon refunds NZ" page on vercel.app, the number only in the ad link's URL parameter),
b24_chde_wordpress_maennerchor_avast (an old Swiss men's choir WordPress site with an
injected "Avast Kundendienst" page, zero-width characters between digits),
b24_caen_locker_chrome_privacy (a Chrome "Your connection is not private" imitation with a
number, letters O and l for 0 and 1), b24_nl_locker_windows_update (a fake full-screen
Windows Update screen) and b24_at_locker_safari_apple_doubleparen (a fake Safari "Apple
Sicherheitswarnung", "((0800 ...))").
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
from crawler.sandbox.heldout.shell import locker_code as _locker_code
from crawler.sandbox.heldout.shell import written as _written
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str

WORDS_FI = ("nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän")
KANJI = str.maketrans("0123456789", "〇一二三四五六七八九")
ZWSP = "\u200b"


def _alnum(rng: Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-") for _ in range(n))


def _doc(lang: str, title: str, body: str, head: str = "", html_attrs: str = "", body_attrs: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"{html_attrs}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}</head>\n<body{body_attrs}>\n{body}\n</body>\n</html>\n"
    )


def _trap(msg: str, lang: str, pushes: int, every: int) -> str:
    """This batch's own locker script body: full screen, leave prompt, back trap, dialogs."""
    return (
        "  var d=document,e=d.documentElement;\n"
        "  function fs(){try{(e.requestFullscreen||e.webkitRequestFullscreen||e.msRequestFullscreen).call(e);}catch(x){}}\n"
        "  d.addEventListener('click',fs);d.addEventListener('keydown',function(k){fs();if(k.key==='Escape'||k.key==='F5'){k.preventDefault();}});\n"
        "  window.addEventListener('beforeunload',function(v){v.preventDefault();v.returnValue='';return '';});\n"
        f"  for(var i=0;i<{pushes};i++){{history.pushState({{s:i}},'',location.href);}}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);fs();});\n"
        f"  var m={json_str(msg)};\n"
        f"  if('speechSynthesis' in window){{setTimeout(function(){{var u=new SpeechSynthesisUtterance(m);u.lang='{lang}';u.rate=0.9;speechSynthesis.speak(u);}},4000);}}\n"
        f"  setTimeout(function q(){{if(!window.confirm(m)){{window.alert(m);}}setTimeout(q,{every});}},6000);\n"
    )


# --- a Flemish "Bitdefender helpdesk" on Elementor, national tel: links only ----------------


@branded
def b24_be_elementor_bitdefender_telnational(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    top = s.tel(own, '<span class="elementor-icon-list-text">Bel ons gratis terug</span>', national=True)
    btn = s.tel(own, '<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Nu een technieker spreken</span></span>', national=True).replace(
        "<a ", '<a class="elementor-button elementor-button-link elementor-size-lg" ', 1
    )
    sticky = s.tel(own, "📞", national=True).replace("<a ", '<a class="bel-sticky" aria-label="Bellen" ', 1)
    post = rng.randint(40, 400)

    def widget(kind: str, inner: str) -> str:
        return (
            f'<div class="elementor-element elementor-element-{_hex(rng, 7)} elementor-widget elementor-widget-{kind}" data-id="{_hex(rng, 7)}" '
            f'data-element_type="widget" data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}</div></div>'
        )

    def section(inner: str, cls: str = "") -> str:
        return (
            f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{_hex(rng, 7)} elementor-section-boxed {cls}" data-id="{_hex(rng, 7)}" data-element_type="section">'
            f'<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">'
            f'<div class="elementor-widget-wrap elementor-element-populated">{inner}</div></div></div></section>'
        )

    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        '<meta name="generator" content="Elementor 3.19.2; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled">\n'
        f"<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.19.2' media='all'>\n"
        f"<link rel='stylesheet' id='elementor-post-{post}-css' href='/wp-content/uploads/elementor/css/post-{post}.css?ver={rng.randint(1700000000, 1799999999)}' media='all'>\n"
        "<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>\n"
    )
    kbo = f"0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    body = (
        '<a class="skip-link screen-reader-text" href="#content">Ga naar de inhoud</a>'
        f'<div data-elementor-type="header" data-elementor-id="{post + 1}" class="elementor elementor-{post + 1} elementor-location-header">'
        + section(
            widget("theme-site-logo", f'<a href="/"><span class="site-title">{esc(spec.name)}</span></a>')
            + widget("nav-menu", '<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li class="menu-item"><a href="/" class="elementor-item">Home</a></li>'
                     '<li class="menu-item"><a href="/diensten/" class="elementor-item">Diensten</a></li><li class="menu-item"><a href="/contact/" class="elementor-item">Contact</a></li></ul></nav>')
            + widget("icon-list", f'<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item">{top}</li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Ma–zo 8u–22u</span></li></ul>'),
            "header-balk",
        )
        + f'</div><main id="content" class="site-main"><div data-elementor-type="wp-page" data-elementor-id="{post}" class="elementor elementor-{post}">'
        + section(
            widget("heading", '<h1 class="elementor-heading-title elementor-size-default">Bitdefender helpdesk voor Vlaanderen</h1>')
            + widget("text-editor", "<p>Lukt de installatie van Bitdefender Total Security niet, is uw licentie verlopen of krijgt u "
                     "meldingen dat uw toestel niet meer beschermd is? Onze Nederlandstalige techniekers helpen u dezelfde dag, "
                     "telefonisch en via een beveiligde verbinding op afstand. Voor particulieren en kmo’s in heel België.</p>")
            + widget("button", f'<div class="elementor-button-wrapper">{btn}</div>')
        )
        + section(
            widget("heading", '<h2 class="elementor-heading-title">Waarmee wij helpen</h2>')
            + widget("icon-list", _ul((
                "Bitdefender installeren op pc, laptop en smartphone",
                "Licentie activeren of verlengen",
                "Virussen en pop-ups verwijderen",
                "Central-account en abonnement beheren",
                "Trage computer opkuisen",
            ), "elementor-icon-list-items"))
        )
        + section(
            widget("heading", '<h2 class="elementor-heading-title">Wat klanten zeggen</h2>')
            + widget("html", '<div class="kiyoh-widget" data-company-id="' + str(rng.randint(1040000, 1049999)) + '" data-language="nl">'
                     '<span class="kiyoh-score">9,4</span> <span class="kiyoh-stars">★★★★★</span> <span class="kiyoh-count">op basis van 612 beoordelingen</span> '
                     '<span class="kiyoh-logo">Kiyoh</span></div>'
                     '<blockquote>“Binnen het uur was mijn laptop weer beveiligd. Vriendelijke man, heel geduldig.” – Godelieve, Aalst</blockquote>'
                     '<blockquote>“Eindelijk iemand die het in het Nederlands uitlegt.” – Frank, Hasselt</blockquote>')
        )
        + "</div></main>"
        f'<div data-elementor-type="footer" data-elementor-id="{post + 2}" class="elementor elementor-{post + 2} elementor-location-footer">'
        + section(
            widget("text-editor", f"<p>{esc(spec.name)} BV · Leopoldplaats 12, 2000 Antwerpen · Ondernemingsnummer (KBO) BE {kbo} · "
                   f"BTW BE {kbo} · RPR Antwerpen</p><p>Erkend partner · Lid van Unizo · Veilig betalen met Bancontact</p>"
                   '<p><a href="/privacybeleid/">Privacybeleid</a> · <a href="/algemene-voorwaarden/">Algemene voorwaarden</a> · <a href="/contact/">Contact</a></p>'
                   "<p>Onafhankelijke dienstverlener. Bitdefender is een merk van Bitdefender SRL.</p>")
        )
        + "</div>"
        + sticky
        + '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin" role="dialog" aria-live="polite"><div class="cmplz-message">'
        "Wij gebruiken cookies om onze website en dienstverlening te optimaliseren.</div>"
        '<button class="cmplz-btn cmplz-accept">Accepteren</button><button class="cmplz-btn cmplz-deny">Weigeren</button></div></div>'
        "<script id='elementor-frontend-js-before'>var elementorFrontendConfig = {\"environmentMode\":{\"edit\":false,\"wpPreview\":false,\"isScriptDebug\":false},"
        f"\"version\":\"3.19.2\",\"is_static\":false,\"post\":{{\"id\":{post},\"title\":\"Home\",\"excerpt\":\"\"}}}};</script>\n"
        "<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.19.2' id='elementor-frontend-js'></script>"
    )
    return {"/": (document(spec.lang, f"Bitdefender helpdesk België – {spec.name}", body, head, f' class="home page-template-default page page-id-{post} elementor-default elementor-kit-{post - 1} elementor-page elementor-page-{post}"'), s)}


# --- a UK HP printer desk on a WordPress block theme, "0-800-... UK" -------------------------


@branded
def b24_gb_gutenberg_hp_countryhint(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = _written(s, own, numbers.write(own, "zero_dash") + " UK")  # 0-800-047-2916 UK
    call = s.tel(own, "Call an HP printer technician", national=True).replace("<a ", '<a class="wp-block-button__link wp-element-button" ', 1)
    head = (
        '<meta name="generator" content="WordPress 6.5.2">\n'
        "<style id='wp-block-library-inline-css'>:root{--wp-admin-theme-color:#007cba;}</style>\n"
        "<style id='global-styles-inline-css'>body{--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;--wp--preset--font-family--heading: Cardo;}</style>\n"
        "<link rel='stylesheet' id='twentytwentyfour-style-css' href='/wp-content/themes/twentytwentyfour/style.css?ver=1.1' media='all'>\n"
        '<script type="speculationrules">{"prerender":[{"source":"document","where":{"and":[{"href_matches":"\\/*"}]},"eagerness":"moderate"}]}</script>\n'
    )

    def group(inner: str, cls: str = "") -> str:
        return f'<div class="wp-block-group {cls} is-layout-constrained wp-block-group-is-layout-constrained">{inner}</div>'

    body = (
        '<div class="wp-site-blocks"><header class="wp-block-template-part">'
        + group(
            '<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex">'
            f'<p class="wp-block-site-title"><a href="/" rel="home">{esc(spec.name)}</a></p>'
            '<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Menu"><ul class="wp-block-navigation__container">'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/printer-offline/">Printer offline</a></li>'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/hp-smart-setup/">HP Smart setup</a></li>'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/contact-us/">Contact us</a></li></ul></nav></div>',
            "has-global-padding",
        )
        + '</header><main class="wp-block-group is-layout-flow">'
        + group(
            '<h1 class="wp-block-heading has-text-align-center has-x-large-font-size">HP Printer Help Line – United Kingdom</h1>'
            '<p class="has-text-align-center">HP DeskJet, ENVY, OfficeJet and LaserJet printers showing “Offline”, '
            "refusing to connect to Wi-Fi or asking for a new HP Smart account? Our printer engineers talk you through it or connect "
            "to your computer remotely to fix it. Open 7 days, 8am – 10pm.</p>"
            f'<p class="has-text-align-center has-large-font-size"><strong>Freephone {hint}</strong></p>'
            f'<div class="wp-block-buttons is-content-justification-center is-layout-flex"><div class="wp-block-button">{call}</div></div>',
            "alignfull has-base-2-background-color has-background",
        )
        + '<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1">'
        + "".join(
            f'<div class="wp-block-column is-layout-flow"><h3 class="wp-block-heading">{esc(h)}</h3><p>{esc(t)}</p></div>'
            for h, t in (
                ("Printer offline", "We reset the print spooler, reinstall the HP driver and put the printer back on your network."),
                ("HP Smart & Instant Ink", "Account sign-in problems, cartridge errors and subscription questions."),
                ("Scanner not working", "Scan to computer, scan to e-mail and HP Scan Extended set-up on Windows and Mac."),
            )
        )
        + "</div>"
        + group(
            '<figure class="wp-block-image size-full"><img decoding="async" src="/wp-content/uploads/2026/02/which-trusted-trader.png" alt="Which? Trusted Trader endorsed"></figure>'
            '<p class="has-small-font-size">Rated 4.9/5 by 2,300+ customers · Which? Trusted Trader · Checkatrade member</p>'
        )
        + '</main><footer class="wp-block-template-part">'
        + group(
            f'<p class="has-small-font-size">© 2026 {esc(spec.name)} · Independent printer support. HP is a trademark of HP Inc.; we are not affiliated with HP.</p>'
            '<p class="has-small-font-size"><a href="/privacy-policy/">Privacy Policy</a> · <a href="/terms/">Terms</a> · <a href="/contact-us/">Contact us</a></p>'
            '<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>',
            "has-global-padding",
        )
        + "</footer></div>"
        '<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme" aria-hidden="false" role="note">'
        "<p>We use cookies to give you the best experience on our website.</p><button class=\"moove-gdpr-infobar-allow-all\">Accept</button></div>"
        "<script src='/wp-includes/js/dist/interactivity.min.js?ver=6.5.2' id='wp-interactivity-js'></script>"
    )
    return {"/": (document(spec.lang, f"HP Printer Help Line UK | {spec.name}", body, head, " class=\"home wp-embed-responsive\""), s)}


# --- a US McAfee renewal invoice laid out as a PDF page on netlify.app, string pieces ---------


@branded
def b24_us_netlify_mcafee_pdfinvoice(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # only as string pieces a script joins
    g = numbers.groups(own)  # 888 614 2207
    pieces = [f"({g[0][:2]}", f"{g[0][2:]}) {g[1][:1]}", f"{g[1][1:]}-", g[2][:2], g[2][2:]]
    order = f"MCF-{rng.randint(10000000, 99999999)}"
    cust = f"US-{rng.randint(100000, 999999)}"
    head = (
        "<style>body{margin:0;background:#525659;font-family:Helvetica,Arial,sans-serif}"
        ".toolbar{position:sticky;top:0;background:#323639;color:#f1f1f1;font-size:13px;padding:8px 16px;display:flex;justify-content:space-between}"
        ".pg{width:794px;min-height:1123px;margin:20px auto;background:#fff;box-shadow:0 0 8px rgba(0,0,0,.5);padding:60px 64px;box-sizing:border-box;font-size:13px;color:#222}"
        "table.items{width:100%;border-collapse:collapse;margin:24px 0}table.items th{background:#c01818;color:#fff;text-align:left;padding:6px}"
        "table.items td{border-bottom:1px solid #ddd;padding:6px}.tot{text-align:right;font-size:16px;font-weight:bold}"
        ".help{border:2px solid #c01818;padding:14px;margin-top:30px}.help b{font-size:20px}.pgno{text-align:center;color:#888;margin-top:60px;font-size:11px}</style>\n"
        '<meta name="robots" content="noindex,nofollow">\n'
    )
    script = (
        "<script>\n(function(){\n"
        f"  var p={json.dumps(pieces)};\n"
        "  var n=p.join('');\n"
        "  var t=document.querySelectorAll('.js-help');\n"
        "  for(var i=0;i<t.length;i++){t[i].textContent=n;}\n"
        "  var a=document.getElementById('callnow');a.href='tel:+1'+n.replace(/\\D/g,'');\n"
        "})();\n</script>"
    )
    body = (
        f'<div class="toolbar"><span>Invoice_{esc(order)}.pdf</span><span>1 / 1</span><span>⤓ Download · 🖶 Print</span></div>'
        '<div class="pg" role="document">'
        '<table width="100%"><tr><td><div style="font-size:26px;font-weight:bold;color:#c01818">McAfee</div><div>McAfee Billing Department</div></td>'
        f'<td align="right"><div style="font-size:20px">INVOICE</div><div>Invoice #: {esc(order)}</div><div>Date: 02/27/2026</div><div>Customer ID: {esc(cust)}</div></td></tr></table>'
        "<p>Dear Customer,</p><p>Thank you for renewing your McAfee Total Protection subscription. Your payment has been processed "
        "successfully and will appear on your bank or card statement within 24 hours.</p>"
        '<table class="items"><tr><th>Description</th><th>Qty</th><th>Term</th><th>Amount</th></tr>'
        "<tr><td>McAfee Total Protection – Premium (10 devices)</td><td>1</td><td>3 years</td><td>$449.99</td></tr>"
        "<tr><td>McAfee Identity Monitoring add-on</td><td>1</td><td>3 years</td><td>$49.00</td></tr>"
        '<tr><td colspan="3">Sales tax</td><td>$0.00</td></tr></table>'
        '<p class="tot">Total charged: $498.99 USD</p>'
        "<p>Payment method: Auto-debit · Status: <b>Paid</b></p>"
        '<div class="help"><p>If you did not authorize this renewal or wish to cancel and receive a full refund, contact our '
        "billing department within 48 hours of this invoice.</p>"
        '<p>McAfee Billing Support (toll-free, 24/7): <b class="js-help">Loading…</b></p>'
        '<p><a id="callnow" href="#" style="background:#c01818;color:#fff;padding:8px 16px;text-decoration:none;display:inline-block">Call to cancel &amp; refund</a></p></div>'
        '<p style="margin-top:30px;font-size:11px;color:#666">This invoice was generated electronically and is valid without a signature. '
        "Please keep it for your records. Refunds are processed by phone only.</p>"
        '<div class="pgno">Page 1 of 1</div></div>'
        f'<p style="text-align:center;color:#bbb;font-size:11px"><a href="/support" style="color:#bbb">Billing support</a></p>'
        + script
    )
    return {"/": (document(spec.lang, f"Invoice {order} – McAfee Renewal Confirmation", body, head), s)}


# --- a Québec "soutien Apple" on Strikingly, the number only in a data- attribute ------------


@branded
def b24_caqc_strikingly_apple_dataattr(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    data = s.hidden(own).lstrip("+")  # 18445927316 in data-numero
    site_id = rng.randint(20000000, 29999999)
    head = (
        f'<link rel="stylesheet" href="https://static-assets.strikinglycdn.com/webpack/themes/s5-theme.{_hex(rng, 8)}.css" media="all">\n'
        f"<script>window.$S={{siteData:{{id:{site_id},name:{json_str(spec.name)},locale:'fr-CA',theme:'s5-theme',isPro:false}},pageData:{{page:'accueil'}}}};</script>\n"
        '<meta name="generator" content="Strikingly">\n'
    )

    def sect(kind: str, inner: str) -> str:
        return f'<div class="s-section s-{kind}-section" data-section-id="{_hex(rng, 6)}"><div class="container"><div class="s-section-content">{inner}</div></div></div>'

    script = (
        "<script>\ndocument.addEventListener('DOMContentLoaded',function(){\n"
        "  document.querySelectorAll('[data-numero]').forEach(function(b){\n"
        "    var n=b.getAttribute('data-numero');\n"
        "    var f=n.slice(0,1)+' '+n.slice(1,4)+' '+n.slice(4,7)+'-'+n.slice(7);\n"
        "    b.setAttribute('href','tel:+'+n);\n"
        "    var l=b.querySelector('.s-num');if(l){l.textContent=f;}\n"
        "  });\n});\n</script>"
    )
    cta = f'<a class="s-common-button s-font-body s-action-button" data-numero="{data}" href="#"><span class="s-label">Appelez un technicien</span> <span class="s-num"></span></a>'
    body = (
        '<div id="s-content" class="s-variation-default s-page-layout"><div class="s-navbar-section"><div class="s-navbar">'
        f'<div class="s-logo"><span class="s-component-content">{esc(spec.name)}</span></div>'
        '<ul class="s-nav-items"><li><a href="#accueil">Accueil</a></li><li><a href="#services">Services</a></li><li><a href="/contact">Nous joindre</a></li></ul></div></div>'
        + sect("hero", "<h1 class=\"s-title s-font-title\">Soutien technique Apple au Québec</h1>"
               "<div class=\"s-subtitle s-font-body\"><p>iPhone bloqué, identifiant Apple désactivé, Mac lent ou rempli de fenêtres "
               "publicitaires? Nos techniciens certifiés vous aident en français, partout au Québec : Montréal, Québec, "
               "Laval, Gatineau, Sherbrooke et en région.</p></div>" + cta)
        + sect("columns", '<div class="s-repeatable s-block-items">'
               + "".join(
                   f'<div class="s-repeatable-item s-block-item"><h3 class="s-item-title">{esc(h)}</h3><div class="s-item-text"><p>{esc(t)}</p></div></div>'
                   for h, t in (
                       ("Identifiant Apple verrouillé", "Récupération du compte et réinitialisation du mot de passe iCloud."),
                       ("Mac infecté", "Nettoyage des logiciels malveillants et des fenêtres publicitaires."),
                       ("iPhone et iPad", "Sauvegarde, transfert de données et mises à jour."),
                   )
               )
               + "</div>")
        + sect("rich-text", "<p>Ouvert 7 jours sur 7, de 8 h à 22 h (heure de l’Est). Frais de service à partir de 79,99 $ + taxes. "
               "Satisfaction garantie ou remboursé.</p>" + cta.replace("Appelez un technicien", "Parler à un conseiller Apple"))
        + '<div class="s-footer-section"><div class="s-footer-text">'
        f"<p>© 2026 {esc(spec.name)} · NEQ {rng.randint(1170000000, 1179999999)} · 1250, boul. René-Lévesque Ouest, Montréal (Québec)</p>"
        '<p>Apple, iPhone, iCloud et Mac sont des marques d’Apple Inc.</p><p><a href="/contact">Nous joindre</a></p></div>'
        '<div class="s-strikingly-badge"><a href="https://www.strikingly.com/?ref=logo&amp;permalink=soutien-apple-quebec&amp;custom_domain=' + esc(spec.host) + '">Créé avec Strikingly</a></div></div>'
        "</div>"
        + script
    )
    return {"/": (document(spec.lang, f"Soutien technique Apple Québec | {spec.name}", body, head, ' class="s-body s5-theme"'), s)}


# --- an unbranded Finnish "tietokonelääkäri" on Carrd, the number in Finnish words -----------


@branded
def b24_fi_carrd_tietokonelaakari_words(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 040 1857263
    sub = g[1]
    parts = (g[0], sub[:4], sub[4:])
    spoken = ", ".join(" ".join(WORDS_FI[int(d)] for d in p) for p in parts)
    words = _written(s, own, spoken)
    call = s.tel(own, '<span class="label">Soita nyt</span>', national=True).replace("<a ", '<a class="button n01" ', 1)
    head = (
        '<meta name="description" content="Korjaamme tietokoneesi puhelimessa – kotiin ei tarvitse lähteä.">\n'
        f'<link href="assets/main.css?v={_hex(rng, 8)}" rel="stylesheet">\n'
        "<noscript><link rel=\"stylesheet\" href=\"assets/noscript.css\"></noscript>\n"
    )
    body = (
        '<div id="wrapper"><div id="main"><div class="inner">'
        '<h1 id="text01" class="style1">Tietokonelääkäri tulee puhelimen kautta</h1>'
        '<p id="text02" class="style2">Kone hidas, sähköposti ei aukea tai tulostin ei tulosta? Korjaamme tietokoneesi puhelimessa – '
        "kotoa ei tarvitse lähteä eikä konetta kantaa mihinkään. Kerro ongelma, niin yhteys avataan ja kone laitetaan kuntoon "
        "samalla kertaa.</p>"
        '<hr id="divider01" class="style1">'
        f'<p id="text03" class="style3">Soita: <strong>{words}</strong></p>'
        f'<ul id="buttons01" class="style1 buttons"><li>{call}</li><li><a href="/contact" class="button n02"><span class="label">Jätä soittopyyntö</span></a></li></ul>'
        '<hr id="divider02" class="style1">'
        + _ul((
            "Hidas kone nopeaksi – kiinteä hinta 89 €",
            "Sähköpostit, salasanat ja pankkitunnukset kuntoon",
            "Tulostimen ja langattoman verkon asennus",
            "Palvelemme joka päivä klo 8–21, myös viikonloppuisin",
        ), "style4")
        + '<p id="text04" class="style5">Tyytyväisyystakuu · Eläkeläisalennus 10 % · Laskulla tai kortilla</p>'
        f'<p id="text05" class="style6">© 2026 {esc(spec.name)} · <a href="/contact">Yhteystiedot</a></p>'
        "</div></div></div>"
        '<p class="carrd-badge" style="font-size:11px;text-align:center"><a href="https://carrd.co/build?ref=auto" rel="nofollow">Made with Carrd</a></p>'
        "<script>(function(){var on=addEventListener,$=function(q){return document.querySelector(q)},loadElements=function(){};"
        "on('load',function(){document.body.classList.remove('is-loading');});})();</script>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – korjaamme koneesi puhelimessa", body, head, ' class="is-loading"'), s)}


# --- a Japanese Canon printer desk on a published Notion page, kanji numerals ---------------


@branded
def b24_ja_notion_canon_kanji(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    kan = _written(s, own, "－".join(numbers.groups(own)).translate(KANJI))  # 〇一二〇－八三四－五七一
    call = s.tel(own, "📞 今すぐ電話で相談する", national=True).replace("<a ", '<a class="notion-link-token notion-focusable-token" ', 1)
    page_id = _hex(rng, 32)
    space = f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"

    def blk(kind: str, inner: str) -> str:
        bid = f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"
        return f'<div data-block-id="{bid}" class="notion-selectable notion-{kind}-block"><div class="notranslate" contenteditable="false">{inner}</div></div>'

    head = (
        '<link rel="stylesheet" href="/_assets/app-' + _hex(rng, 20) + '.css">\n'
        f'<meta property="og:site_name" content="Notion">\n<meta name="notion-page-id" content="{page_id}">\n'
    )
    body = (
        '<div id="notion-app"><div class="notion-app-inner notion-light-theme"><div class="notion-frame"><div class="notion-scroller vertical">'
        f'<div class="notion-page-controls"></div><div class="notion-page-block" data-block-id="{page_id}"><h1 class="notranslate">🖨 {esc(spec.name)}</h1></div>'
        '<div class="notion-page-content" style="max-width:708px">'
        + blk("text", "キヤノン（Canon）プリンターの「オフライン」「印刷できない」「Wi-Fiにつながらない」などのお困りごとを、専門スタッフがお電話で解決します。"
              "PIXUS・imagePROGRAF・SATERA 全機種対応。パソコンへのドライバーの再インストールも遠隔操作でその場で行います。")
        + blk("callout", f'<div class="notion-callout"><span class="notion-emoji">☎</span><div><b>キヤノン プリンター サポート窓口</b><br>'
              f"フリーダイヤル <b>{kan}</b><br>受付時間 9:00〜21:00（土日祝も受付）</div></div>")
        + blk("text", call)
        + blk("sub_header", "<h3>よくあるご相談</h3>")
        + blk("bulleted_list", _ul((
            "プリンターがオフラインになる",
            "インク交換後も印刷できない",
            "スマホから印刷できない",
            "新しいパソコンにプリンターを設定したい",
        )))
        + blk("text", "※ 料金は内容により 5,500円〜。お支払いはクレジットカード・コンビニ払い（Apple ギフトカード等）に対応しています。")
        + blk("divider", "<hr>")
        + blk("text", '<span style="color:rgba(120,119,116,1)">運営：プリンターサポートセンター ｜ <a href="/contact">お問い合わせ</a></span>')
        + "</div></div></div></div></div>"
        '<div class="notion-topbar-mobile"><a href="https://www.notion.so/?utm_source=publishedPage" class="notion-topbar-share-menu">Notion で作成</a></div>'
        f'<script>window.CONFIG={{"isPublishedPage":true,"spaceId":"{space}","pageId":"{page_id}","locale":"ja-JP"}};</script>'
        f'<script src="/_assets/app-{_hex(rng, 20)}.js" defer></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name}｜キヤノン プリンター サポート", body, head, ' class="notion-body"'), s)}


# --- a fake Rabobank "veiligheidsdesk" on Odoo, asking to install a "beveiligingsapp" --------


@branded
def b24_nl_odoo_rabobank_securityapp(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    text = numbers.write(own, "national")  # 088 205 1936
    encoded = base64.b64encode(text.encode()).decode()
    fallback = s.num(own, "trunk_dash")  # 088-2051936, in <noscript>
    kvk = rng.randint(30000000, 39999999)
    head = (
        '<meta name="generator" content="Odoo">\n'
        f'<link type="text/css" rel="stylesheet" href="/web/assets/{rng.randint(1000, 9999)}-{_hex(rng, 7)}/1/web.assets_frontend.min.css" data-asset-bundle="web.assets_frontend">\n'
        "<script id=\"web.layout.odooscript\" type=\"text/javascript\">var odoo = {csrf_token: \"" + _hex(rng, 40) + "o\", debug: \"\", };</script>\n"
        '<script type="text/javascript">odoo.__session_info__ = {"is_admin": false, "is_system": false, "is_website_user": true, "user_id": false, "is_frontend": true, "lang_url_code": "nl"};</script>\n'
    )
    script = (
        "<script>\n(function(){\n"
        f"  var n=atob('{encoded}');\n"
        "  document.querySelectorAll('.o_bel').forEach(function(el){el.textContent=n;});\n"
        "  document.querySelectorAll('a.o_bel_link').forEach(function(a){a.href='tel:'+n.replace(/ /g,'');});\n"
        "})();\n</script>"
    )
    body = (
        '<div id="wrapwrap" class="homepage"><header id="top" data-anchor="true" data-name="Header" class="o_header_standard">'
        '<nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm"><div id="o_main_nav" class="container">'
        f'<a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4"><span>{esc(spec.name)}</span></a>'
        '<ul class="nav navbar-nav top_menu"><li class="nav-item"><a role="menuitem" href="/" class="nav-link active"><span>Home</span></a></li>'
        '<li class="nav-item"><a role="menuitem" href="/veilig-bankieren" class="nav-link"><span>Veilig bankieren</span></a></li>'
        '<li class="nav-item"><a role="menuitem" href="/contactus" class="nav-link"><span>Contact</span></a></li></ul></div></nav></header>'
        '<main><div id="wrap" class="oe_structure oe_empty">'
        '<section class="s_banner pt96 pb96 o_colored_level o_cc o_cc4" data-snippet="s_banner" data-name="Banner"><div class="container"><div class="row s_nb_column_fixed">'
        '<div class="col-lg-8 jumbotron rounded o_cc o_cc1 pt32 pb32">'
        "<h1>Rabobank Veiligheidsdesk</h1>"
        "<p class=\"lead\">Heeft u een melding gekregen over verdachte transacties, een nieuw gekoppeld apparaat of een geblokkeerde "
        "Rabo App? Neem dan direct contact op met de Veiligheidsdesk. Onze fraudespecialisten beveiligen uw rekening terwijl u "
        "aan de lijn bent.</p>"
        '<p><a class="btn btn-primary btn-lg o_bel_link" href="#">Bel de Veiligheidsdesk: <span class="o_bel">…</span></a></p>'
        f"<noscript><p>Bel de Veiligheidsdesk: {fallback}</p></noscript>"
        "</div></div></div></section>"
        '<section class="s_text_block pt48 pb48 o_colored_level" data-snippet="s_text_block" data-name="Text"><div class="container s_allow_columns">'
        "<h2>Zo beveiligen wij uw rekening</h2>"
        "<ol><li>U belt de Veiligheidsdesk en geeft uw naam en de laatste cijfers van uw rekening door.</li>"
        "<li>U installeert de <b>Rabo Beveiligingsapp</b> via de link die onze medewerker u geeft (Windows, Mac en Android). "
        "Hiermee kan de medewerker meekijken en verdachte toegang blokkeren.</li>"
        "<li>Uw saldo wordt tijdelijk op een beveiligde kluisrekening gezet tot het onderzoek is afgerond.</li></ol>"
        '<p><a class="btn btn-secondary" href="/download/RaboBeveiliging_Setup.exe">Rabo Beveiligingsapp downloaden</a></p>'
        "<p>Let op: sluit het gesprek niet af voordat de medewerker bevestigt dat uw rekening veilig is.</p></div></section>"
        "</div></main>"
        '<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc"><div id="footer" class="oe_structure oe_structure_solo">'
        '<section class="s_text_block pt16 pb8"><div class="container">'
        f"<p>Coöperatieve Rabobank U.A. · Croeselaan 18, 3521 CB Utrecht · KvK {kvk} · AFM-vergunning · Lid van het Depositogarantiestelsel</p>"
        '<p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/contactus">Contact</a></p></div></section></div>'
        '<div class="o_footer_copyright o_colored_level o_cc"><div class="container py-3"><div class="o_footer_copyright_name">Copyright © Rabobank</div>'
        '<div class="js_language_selector"><span>Nederlands</span></div><div class="o_brand_promotion">Aangeboden door <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">Odoo</a> - De #1 <a target="_blank" href="http://www.odoo.com/app/ecommerce?utm_source=db&amp;utm_medium=website">Open Source e-commerce</a></div></div></div></footer></div>'
        '<div id="website_cookies_bar" class="s_popup o_snippet_invisible" data-name="Cookies Bar"><div class="modal-content"><p>We gebruiken cookies om u een betere gebruikerservaring op deze website te bieden.</p>'
        '<a href="#" id="cookies-consent-essential" class="btn btn-outline-primary">Alleen essentiële</a> <a href="#" id="cookies-consent-all" class="btn btn-primary">Alle cookies</a></div></div>'
        + script
    )
    return {"/": (document(spec.lang, f"Rabobank Veiligheidsdesk | {spec.name}", body, head, ' class="o_connected_user"'), s)}


# --- a link-in-bio "Amazon refunds NZ" page on vercel.app, the number in the ad link --------


@branded
def b24_nz_vercel_amazon_linkpage_urlparam(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    digits = numbers.national_digits(own)  # 0800441793
    landing = (
        f"/?utm_source=google&utm_medium=cpc&utm_campaign=nz_refunds_{rng.randint(10, 99)}"
        f"&gclid={_alnum(rng, 38)}&callnow={digits}"
    )
    script = (
        "<script>\n(function(){\n"
        "  var q=new URLSearchParams(location.search),n=q.get('callnow');\n"
        "  if(!n){return;}\n"
        "  var f=n.slice(0,4)+' '+n.slice(4,7)+' '+n.slice(7);\n"
        "  document.querySelectorAll('[data-slot=call]').forEach(function(a){a.href='tel:'+n;a.querySelector('span').textContent='Call '+f+' (free)';});\n"
        "})();\n</script>"
    )
    links = (
        ("call", "#", "Call Amazon Refunds NZ"),
        ("", "/refund-form", "Request a refund callback"),
        ("", "/prime-cancel", "Cancel Prime membership renewal"),
        ("", "/contact", "Contact & opening hours"),
    )
    buttons = "".join(
        f'<div class="sc-bdfBwQ link-wrap" data-testid="StyledContainer"><a class="sc-gsTCUz link-button" data-testid="LinkButton"{" data-slot=" + kind if kind else ""} href="{href}" rel="noopener">'
        f"<span>{esc(label)}</span></a></div>"
        for kind, href, label in links
    )
    page = (
        f'<link rel="preload" href="/_next/static/css/{_hex(rng, 16)}.css" as="style">\n'
        '<meta name="next-head-count" content="5">\n'
    )
    body = (
        '<div id="__next"><div class="sc-hKwDye profile-container" data-testid="ProfileContainer">'
        '<div class="sc-eCImPb profile-avatar" role="img" aria-label="Profile picture"></div>'
        f'<h1 class="sc-jRQBWg profile-title" data-testid="ProfileTitle">@{esc(spec.name.lower().replace(" ", ""))}</h1>'
        '<p class="sc-gKclnd profile-bio">Amazon order refunds &amp; Prime renewals for New Zealand customers · Mon–Sun 7am–11pm NZT</p>'
        f'<div class="sc-iCfMLu links">{buttons}</div>'
        '<p class="sc-furwcr trust">★★★★★ Rated 4.8 by 1,900 Kiwi customers</p>'
        '<footer class="sc-pVTFL"><a href="/contact">Contact</a> · Independent customer service agency. Amazon and Prime are trademarks of Amazon.com, Inc.</footer>'
        "</div></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"handle":"amazonrefundsnz"}}}},"page":"/","query":{{}},"buildId":"{_alnum(rng, 21)}","nextExport":true,"isFallback":false}}</script>'
        + script
    )
    html = document(spec.lang, f"{spec.name} | Links", body, page)
    s = Sheet()
    s.hidden(own)  # in the landing URL only
    return {"/": (html, Sheet()), landing: (html, s)}


# --- an old Swiss men's choir WordPress site with an injected "Avast Kundendienst" page -----


@branded
def b24_chde_wordpress_maennerchor_avast(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    chor = spec.name
    inj = "/wp-content/uploads/2019/03/avast-kundendienst-schweiz/index.html"
    head = (
        '<meta name="generator" content="WordPress 4.9.8">\n'
        "<link rel='stylesheet' id='twentyseventeen-style-css' href='/wp-content/themes/twentyseventeen/style.css?ver=4.9.8' type='text/css' media='all'>\n"
        "<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>\n"
    )

    def page(title: str, content: str, extra: str = "") -> str:
        return (
            '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a>'
            '<header id="masthead" class="site-header" role="banner"><div class="custom-header"><div class="site-branding"><div class="wrap">'
            f'<div class="site-branding-text"><p class="site-title"><a href="/" rel="home">{esc(chor)}</a></p><p class="site-description">Singen aus Freude – seit 1894</p></div></div></div></div>'
            '<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Oberes Menü"><ul id="top-menu" class="menu">'
            '<li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/konzerte/">Konzerte</a></li><li class="menu-item"><a href="/mitsingen/">Mitsingen</a></li>'
            '<li class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul></nav></div></div></header>'
            '<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">'
            f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
            f'<div class="entry-content">{content}</div></article></main></div>{extra}</div></div>'
            '<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><div class="site-info">'
            f'© 2008–2019 {esc(chor)} · Probelokal Singsaal Schulhaus Dorf · <a href="/kontakt/">Kontakt</a> · '
            '<a href="https://de.wordpress.org/" class="imprint">Stolz präsentiert von WordPress</a></div></div></footer></div></div>'
        )

    side = (
        '<aside id="secondary" class="widget-area" role="complementary"><section class="widget widget_text"><h2 class="widget-title">Nächste Proben</h2>'
        '<div class="textwidget"><p>Jeden Dienstag, 20.00 – 21.45 Uhr<br>Neue Sänger sind jederzeit willkommen!</p></div></section>'
        '<section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/2019/03/jahreskonzert-2019/">Jahreskonzert 2019</a></li>'
        '<li><a href="/2018/11/adventssingen/">Adventssingen in der Kirche</a></li></ul></section>'
        f'<div style="display:none"><a href="{inj}">avast kundendienst schweiz</a> <a href="{inj}">avast hotline</a> <a href="{inj}">avast abo kündigen</a></div></aside>'
    )
    home = page(
        "Willkommen beim " + chor,
        "<p>Wir sind rund 35 Sänger aus dem Dorf und der Umgebung und proben jeden Dienstag. Unser Repertoire reicht vom "
        "Volkslied über Opernchöre bis zu modernen Arrangements.</p>"
        "<p><strong>Jahreskonzert 2019:</strong> Samstag, 6. April, 20 Uhr, und Sonntag, 7. April, 17 Uhr, in der Mehrzweckhalle. "
        "Vorverkauf bei der Bäckerei Graf und bei allen Sängern. Anschliessend Tombola und Kaffeestube.</p>",
        side,
    )
    contact = page(
        "Kontakt",
        f"<p>Präsident: Ueli Brunner<br>Dirigentin: Regula Keller<br>E-Mail: info@{esc(spec.host.removeprefix('www.'))}</p>"
        "<p>Proben: Singsaal Schulhaus Dorf, dienstags 20 Uhr. Schnuppern ist jederzeit möglich.</p>",
        side,
    )
    s = Sheet()
    g = numbers.groups(own)  # 0800 551 937
    zw = _written(s, own, " ".join(ZWSP.join(p) for p in g))
    call = s.tel(own, "Jetzt Avast Kundendienst anrufen", national=True)
    spam = (
        "<p>Haben Sie Probleme mit Avast Antivirus, Avast Premium Security oder Avast SecureLine VPN? Der Avast Kundendienst "
        "Schweiz hilft Ihnen telefonisch bei Installation, Lizenz, Verlängerung und Kündigung Ihres Abonnements.</p>"
        f"<p><strong>Avast Hotline Schweiz (gratis): {zw}</strong><br>Montag bis Sonntag, 08:00 – 22:00 Uhr</p>"
        f"<p>{call}</p>"
        + _ul((
            "Avast Abo kündigen und Geld zurück",
            "Avast Lizenzschlüssel aktivieren",
            "Avast blockiert Internet oder E-Mail",
            "Avast Rechnung erhalten, nicht bestellt",
        ))
        + "<p>avast kundendienst telefonnummer schweiz · avast hotline · avast support deutsch · avast abo kündigen</p>"
    )
    return {
        "/": (document(spec.lang, f"{chor} – Singen aus Freude", home, head, ' class="home page-template-default page"'), Sheet()),
        "/kontakt/": (document(spec.lang, f"Kontakt – {chor}", contact, head, ' class="page-template-default page"'), Sheet()),
        inj: (document(spec.lang, "Avast Kundendienst Schweiz – Hotline gratis", page("Avast Kundendienst Schweiz", spam), head, ' class="page-template-default page"'), s),
    }


# --- a Chrome "Your connection is not private" imitation with a number, O and l -------------


@branded
def b24_caen_locker_chrome_privacy(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 833 405 1762
    ol = _written(s, own, f"1-{g[0]}-{g[1]}-{g[2]}".replace("0", "O").replace("1", "l"))  # l-833-4O5-l762
    call = s.tel(own, "Call Google Chrome Security", offered=True).replace("<a ", '<a class="primary-button" ', 1)
    code = _locker_code(rng)
    msg = "Your connection is not private. Your computer has been blocked. Call Google Chrome Security immediately."
    head = (
        "<style>html,body{margin:0;height:100%;background:#fff;font-family:'Segoe UI',Tahoma,sans-serif;color:#202124;overflow:hidden}"
        ".interstitial-wrapper{max-width:600px;margin:14vh auto 0;padding:0 24px}.icon{width:52px;height:52px;background:#d93025;border-radius:50%;margin-bottom:30px}"
        "h1{font-size:1.6em;font-weight:normal}#error-code{color:#5f6368;font-size:.86em;text-transform:uppercase}"
        ".primary-button{background:#1a73e8;color:#fff;border-radius:4px;padding:8px 16px;text-decoration:none;float:right}"
        ".help{margin-top:26px;border-top:1px solid #dadce0;padding-top:16px}.num{font-size:1.5em;font-weight:600;color:#d93025}</style>\n"
    )
    body = (
        '<div class="interstitial-wrapper" id="main-frame-error"><div class="icon" aria-hidden="true"></div>'
        '<div id="main-message"><h1>Your connection is not private</h1>'
        f"<p>Attackers might be trying to steal your information from <strong>{esc(spec.host)}</strong> (for example, passwords, "
        "messages, or credit cards). Your computer has been blocked by Google Chrome Security to protect your data.</p>"
        f'<div id="error-code">NET::ERR_CERT_AUTHORITY_INVALID · Error {code}</div></div>'
        '<div class="help"><p>Do not close this page or restart your computer. To unblock your computer, call Google Chrome '
        "Security support (toll-free, Canada &amp; USA):</p>"
        f'<p class="num">{ol}</p>'
        f"<p>{call} <a href=\"#\" id=\"back\" class=\"secondary\">Back to safety</a></p></div></div>"
        '<audio id="warn" src="/media/chrome-warning-en-ca.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        + _trap(msg, "en-CA", 45, 3000)
        + "  document.getElementById('back').addEventListener('click',function(v){v.preventDefault();fs();document.getElementById('warn').play();});\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Privacy error", body, head), s)}


# --- a fake full-screen Windows Update screen (Dutch) -----------------------------------------


@branded
def b24_nl_locker_windows_update(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 0800 0229147
    sub = g[1]
    shown = _written(s, own, f"{g[0]} - {sub[:3]} {sub[3:5]} {sub[5:]}")  # 0800 - 022 91 47
    code = _locker_code(rng)
    msg = "Windows Update is mislukt en uw computer is geblokkeerd. Bel direct de Microsoft-helpdesk. Zet de computer niet uit."
    head = (
        "<style>html,body{margin:0;height:100%;overflow:hidden;background:#0063b1;color:#fff;font-family:'Segoe UI',sans-serif;cursor:none}"
        ".wu{position:fixed;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center}"
        ".dots{width:60px;height:60px;border:4px solid rgba(255,255,255,.3);border-top-color:#fff;border-radius:50%;animation:r 1.2s linear infinite}"
        "@keyframes r{to{transform:rotate(360deg)}}.big{font-size:28px;font-weight:300;margin:30px 0 10px}"
        ".err{display:none;background:#fff;color:#222;max-width:520px;padding:20px 26px;text-align:left;border-top:6px solid #c50f1f}"
        ".err b.n{font-size:24px;color:#c50f1f}</style>\n"
    )
    body = (
        '<div class="wu"><div class="dots"></div>'
        '<p class="big">Bezig met bijwerken <span id="pr">0</span>%</p>'
        "<p>Zet de computer niet uit. Dit kan even duren.</p><p>Uw computer wordt enkele keren opnieuw opgestart.</p>"
        '<div class="err" id="err" role="alertdialog"><h2>Windows Update is mislukt</h2>'
        f"<p>De update KB{rng.randint(5030000, 5039999)} kon niet worden geïnstalleerd omdat er schadelijke software op deze computer is gevonden. "
        f"Om uw bestanden te beschermen is de computer geblokkeerd. Foutcode: {code}</p>"
        f'<p>Bel de Microsoft-helpdesk (gratis):<br><b class="n">{shown}</b></p>'
        "<p>Houd de foutcode bij de hand. Een medewerker helpt u de update te voltooien.</p></div></div>"
        '<audio id="piep" src="/geluid/windows-fout.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var p=0,el=document.getElementById('pr');\n"
        "  var iv=setInterval(function(){p+=Math.random()<0.7?1:0;el.textContent=p;if(p>=27){clearInterval(iv);document.getElementById('err').style.display='block';}},400);\n"
        + _trap(msg, "nl-NL", 30, 2800)
        + "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Windows Update", body, head), s)}


# --- a fake Safari "Apple Sicherheitswarnung" (Austria), "((0800 ...))" ----------------------


@branded
def b24_at_locker_safari_apple_doubleparen(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 0800 281946
    dp = _written(s, own, f"(({g[0]} {g[1][:3]} {g[1][3:]}))")  # ((0800 281 946))
    code = _locker_code(rng)
    msg = "Apple Sicherheitswarnung. Ihr Mac ist mit Spyware infiziert. Rufen Sie sofort den Apple Support an."
    head = (
        "<style>html,body{margin:0;height:100%;overflow:hidden;background:rgba(0,0,0,.45);font-family:-apple-system,'Helvetica Neue',sans-serif}"
        ".sheet{width:440px;margin:12vh auto;background:#ececec;border-radius:12px;box-shadow:0 20px 60px rgba(0,0,0,.5);padding:22px;text-align:center}"
        ".sheet h1{font-size:15px;margin:8px 0}.sheet p{font-size:13px;color:#333}.nr{font-size:22px;font-weight:700;color:#d70015}"
        ".btns{display:flex;gap:10px;justify-content:flex-end}.btns button{border-radius:6px;padding:4px 16px;border:1px solid #bbb;background:#fff}"
        ".btns .def{background:#0a84ff;color:#fff;border-color:#0a84ff}</style>\n"
    )
    body = (
        '<div class="sheet" role="alertdialog" aria-modal="true"><div style="font-size:44px">⚠️</div>'
        "<h1>Apple Sicherheitswarnung</h1>"
        "<p>Auf Ihrem Mac wurde Spyware entdeckt (Pegasus.iOS / Trojan.MacOS.Agent). Ihre Fotos, Passwörter und Bankdaten "
        "sind gefährdet. Safari wurde aus Sicherheitsgründen gesperrt.</p>"
        f"<p>Fehlercode: {code}</p>"
        "<p>Schliessen Sie dieses Fenster nicht. Kontaktieren Sie den Apple Support, gebührenfrei aus Österreich:</p>"
        f'<p class="nr">{dp}</p>'
        '<div class="btns"><button id="nein">Abbrechen</button><button class="def" id="ok">OK</button></div></div>'
        '<audio id="ton" src="/ton/apple-warnung-de.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        + _trap(msg, "de-AT", 25, 3200)
        + "  ['nein','ok'].forEach(function(i){document.getElementById(i).addEventListener('click',function(){fs();document.getElementById('ton').play();});});\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Apple Sicherheitswarnung – Safari", body, head), s)}


TEMPLATES = {
    "b24_be_elementor_bitdefender_telnational": with_contact("/contact/", b24_be_elementor_bitdefender_telnational),
    "b24_gb_gutenberg_hp_countryhint": with_contact("/contact-us/", b24_gb_gutenberg_hp_countryhint),
    "b24_us_netlify_mcafee_pdfinvoice": with_contact("/support", b24_us_netlify_mcafee_pdfinvoice),
    "b24_caqc_strikingly_apple_dataattr": with_contact("/contact", b24_caqc_strikingly_apple_dataattr),
    "b24_fi_carrd_tietokonelaakari_words": with_contact("/contact", b24_fi_carrd_tietokonelaakari_words),
    "b24_ja_notion_canon_kanji": with_contact("/contact", b24_ja_notion_canon_kanji),
    "b24_nl_odoo_rabobank_securityapp": with_contact("/contactus", b24_nl_odoo_rabobank_securityapp),
    "b24_nz_vercel_amazon_linkpage_urlparam": with_contact("/contact", b24_nz_vercel_amazon_linkpage_urlparam),
    "b24_chde_wordpress_maennerchor_avast": b24_chde_wordpress_maennerchor_avast,
    "b24_caen_locker_chrome_privacy": b24_caen_locker_chrome_privacy,
    "b24_nl_locker_windows_update": b24_nl_locker_windows_update,
    "b24_at_locker_safari_apple_doubleparen": b24_at_locker_safari_apple_doubleparen,
}
