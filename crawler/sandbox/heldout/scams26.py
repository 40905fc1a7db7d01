"""Twenty-sixth batch of held-out scam templates: page shells no earlier batch uses.

b26_nl_wixstudio_ziggo_letters (a Dutch "Ziggo storingsdienst" on a Wix Studio site on
wixsite.com, the number written with the letter O for zeros beside a national tel: link),
b26_be_enfold_windows_realone (a Flemish "erkende Windows-helpdesk" on WordPress Enfold that
warns of fake helpdesks and says it is the real one), b26_ca_webflow_norton_refund (a
Canadian Norton refund desk as a Webflow CMS collection page, "1.844.412.7395"),
b26_nz_thrive_bitdefender_invoice (a New Zealand Bitdefender renewal invoice on WordPress
Thrive Architect, the number only in a data- attribute and a script that writes it),
b26_at_yola_kaspersky_slash (an Austrian Kaspersky Kundendienst on Yola, "0800 / 20 26 17"),
b26_chde_salient_apple_jsonld (a Swiss-German "Apple Support Schweiz" on WordPress Salient,
the number only in ContactPoint JSON-LD and an international tel: button),
b26_fr_betheme_canon_letters (a French Canon printer desk on BeTheme, "O9.72.15.48.3O"),
b26_befr_helix_church_hp (an old Walloon parish site on Joomla Helix Ultimate with an
injected "Assistance HP Belgique" page), b26_fi_glide_facebook_meta (a Finnish Facebook
account-recovery desk built as a Glide app, the number in meta tags and a tel: link),
b26_ja_locker_windows_mixedwidth (a Japanese Windows lock screen, the number in mixed
fullwidth and halfwidth digits), b26_de_locker_chrome_boldmath (a German Chrome security
lock, the number in mathematical bold digits) and b26_ie_breakdance_copied_firm (unbranded
remote PC help in Ireland on a 000webhostapp.com WordPress Breakdance site that copies a
real-looking firm's CRO number, address and reviews, the number also in og meta).
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


def _lettered(digits: str) -> str:
    """Zeros written as the capital letter O, as spam does to dodge number filters."""
    return digits.replace("0", "O")


def _lock(msg: str, lang: str) -> str:
    """This batch's locker script: fullscreen, pointer lock, leave prompt, back trap, beeps."""
    return (
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement,t=0;\n"
        "  function grab(){try{(e.requestFullscreen||e.webkitRequestFullscreen).call(e);}catch(x){}try{e.requestPointerLock&&e.requestPointerLock();}catch(x){}}\n"
        "  d.addEventListener('pointerdown',grab,true);d.addEventListener('keyup',function(k){grab();k.preventDefault();},true);\n"
        f"  var m={json_str(msg)};\n"
        "  window.addEventListener('beforeunload',function(ev){ev.returnValue=m;return m;});\n"
        "  for(t=0;t<40;t++){history.pushState({t:t},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.go(1);grab();});\n"
        "  try{var a=new (window.AudioContext||window.webkitAudioContext)();setInterval(function(){var o=a.createOscillator();o.frequency.value=880;o.connect(a.destination);o.start();o.stop(a.currentTime+0.4);},900);}catch(x){}\n"
        f"  setTimeout(function(){{if(window.speechSynthesis){{var u=new SpeechSynthesisUtterance(m);u.lang='{lang}';speechSynthesis.speak(u);}}}},2000);\n"
        "  setInterval(function(){if(!confirm(m)){alert(m);}},6000);\n"
        "})();\n</script>\n"
        '<audio id="warn" src="/media/alarm.mp3" autoplay loop></audio>'
    )


# --- a Dutch "Ziggo storingsdienst" on Wix Studio (wixsite.com), O for zero -------------------


@branded
def b26_nl_wixstudio_ziggo_letters(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 085 401 2976
    shown = _written(s, own, _lettered(" ".join(g)))
    btn = s.tel(own, '<span class="wixui-button__label">Bel direct een monteur</span>', national=True)
    comp = lambda: f"comp-{_hex(rng, 8)}"  # noqa: E731

    def rich(inner: str) -> str:
        return f'<div id="{comp()}" class="wixui-rich-text" data-testid="richTextElement">{inner}</div>'

    head = (
        '<meta name="generator" content="Wix.com Website Builder">\n'
        '<meta http-equiv="X-Wix-Meta-Site-Id" content="' + f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}" + '">\n'
        '<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.' + _hex(rng, 8) + '.bundle.min.js" as="script">\n'
        '<script>window.viewerModel={"site":{"isResponsive":true,"studio":true,"editorName":"Studio"},"language":{"siteLanguage":"nl"}};</script>\n'
    )
    body = (
        '<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root"><div id="masterPage" class="mesh-layout responsive">'
        f'<header id="SITE_HEADER" class="wixui-header"><div class="{comp()}">{rich(f"<p class=font_8><a href=/>{esc(spec.name)}</a></p>")}'
        '<nav aria-label="Site" class="wixui-horizontal-menu"><ul><li><a href="/">Home</a></li><li><a href="/storingen">Storingen</a></li>'
        '<li><a href="/over-ons">Over ons</a></li></ul></nav></div></header>'
        '<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="wixui-section" data-block-level-container="Section">'
        + rich("<h1 class=font_0>Ziggo storing? Binnen 15 minuten geholpen</h1>")
        + rich("<p class=font_7>Valt uw internet steeds weg, doet de Mediabox het niet meer of blijft de wifi traag? "
               "Onze monteurs helpen Ziggo-klanten 7 dagen per week. Vaak lossen we het meteen op afstand op, "
               "via een beveiligde verbinding met uw computer.</p>")
        + rich(f'<p class="font_2" style="font-size:42px"><span style="color:#F26522">{shown}</span></p>'
               "<p class=font_8>gratis terugbelservice · ook in het weekend</p>")
        + f'<div id="{comp()}" class="StylableButton2545352419__root wixui-button" aria-disabled="false">{btn}</div>'
        "</section><section class=\"wixui-section\">"
        + rich("<h2 class=font_2>Waarmee wij helpen</h2>")
        + _ul(("Geen of traag internet", "Mediabox XL geeft foutcode", "Wifi-versterker koppelen",
               "E-mail van Ziggo Mail werkt niet", "Computer traag na storing"), "wixui-list")
        + rich("<p class=font_8>Servicekosten worden vooraf met u besproken. Wij zijn een zelfstandige servicedienst.</p>")
        + "</section></div></main>"
        f'<footer id="SITE_FOOTER" class="wixui-footer">{rich(f"<p class=font_9>© 2026 {esc(spec.name)} · Trots gemaakt met Wix Studio</p>")}</footer>'
        "</div></div></div></div>"
        '<div id="WIX_ADS" class="ytGGBW"><a href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live">Deze website is gemaakt met Wix. Maak vandaag je eigen website.</a></div>'
    )
    return {"/": (document(spec.lang, f"Ziggo storing melden | {spec.name}", body, head), s)}


# --- a Flemish "recognised" Windows helpdesk on WordPress Enfold, "we are the real one" -------


@branded
def b26_be_enfold_windows_realone(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    head = (
        "<link rel='stylesheet' id='avia-merged-styles-css' href='/wp-content/uploads/dynamic_avia/avia-merged-styles-"
        + _hex(rng, 32) + "---" + _hex(rng, 12) + ".css' media='all'>\n"
        '<meta name="generator" content="WordPress 6.4.3">\n'
    )
    for path, title in (("/", "Home"), ("/tarieven/", "Tarieven"), ("/contact/", "Contact")):
        s = Sheet()
        tel = s.tel(own, s.num(own, "pairs"), national=True)
        top = (
            '<div id="wrap_all"><header id="header" class="all_colors header_color light_bg_color av_header_top av_logo_left av_main_nav_header av_menu_right av_large av_header_sticky">'
            f'<div id="header_meta" class="container_wrap container_wrap_meta av_phone_active_right"><div class="container"><div class="phone-info"><span>Gratis helplijn: {tel}</span></div></div></div>'
            f'<div id="header_main" class="container_wrap container_wrap_logo"><div class="container av-logo-container"><div class="inner-container"><span class="logo"><a href="/">{esc(spec.name)}</a></span>'
            '<nav class="main_menu" data-selectname="Selecteer een pagina"><div class="avia-menu av-main-nav-wrap"><ul id="avia-menu" class="menu av-main-nav">'
            '<li class="menu-item"><a href="/"><span class="avia-menu-text">Home</span></a></li>'
            '<li class="menu-item"><a href="/tarieven/"><span class="avia-menu-text">Tarieven</span></a></li>'
            '<li class="menu-item"><a href="/contact/"><span class="avia-menu-text">Contact</span></a></li></ul></div></nav></div></div></div></header>'
            '<div id="main" class="all_colors" data-scroll-offset="116">'
        )
        if path == "/":
            content = (
                '<div id="av_section_1" class="avia-section main_color avia-section-large avia-no-border-styling avia-full-stretch av-parallax-section">'
                '<div class="container"><main class="template-page content av-content-full alpha units"><div class="post-entry post-entry-type-page"><div class="entry-content-wrapper clearfix">'
                '<div class="flex_column av_two_third first flex_column_div"><section class="av_textblock_section"><div class="avia_textblock">'
                "<h1>Windows-problemen? De erkende helpdesk voor Vlaanderen</h1>"
                "<p>Uw pc toont een blauw scherm, Windows Update blijft hangen of u krijgt een melding dat uw licentie verlopen is? "
                "Onze gecertificeerde technici nemen uw computer veilig over op afstand en lossen het probleem op terwijl u meekijkt.</p>"
                "</div></section></div>"
                '<div class="flex_column av_one_third flex_column_div"><div class="avia-icon-list-container"><ul class="avia-icon-list avia_animate_when_almost_visible">'
                "<li><div class='iconlist_content'><h4 class='av_iconlist_title iconlist_title'>Microsoft-software</h4><p>Windows 10 en 11, Office, Outlook</p></div></li>"
                "<li><div class='iconlist_content'><h4 class='av_iconlist_title iconlist_title'>Veilig</h4><p>Verbinding met eenmalige code</p></div></li>"
                "</ul></div></div></div></div></main></div></div>"
                '<div id="av_section_2" class="avia-section alternate_color avia-section-default"><div class="container"><div class="avia_textblock">'
                "<h2>Opgelet voor valse helpdesks</h2>"
                "<p>Er circuleren steeds meer nep-helpdesks die zich voordoen als Microsoft en u onverwacht opbellen. "
                "Wij bellen u nooit zelf op. U belt ons: zo weet u zeker dat u bij de echte, erkende Windows-helpdesk terechtkomt.</p>"
                f"<p class=\"avia-button-wrap\"><span class=\"avia-button avia-color-theme-color avia-size-x-large\">Bel ons: {tel}</span></p>"
                "</div></div></div>"
            )
        elif path == "/tarieven/":
            content = (
                '<div class="container_wrap container_wrap_first main_color fullsize"><div class="container"><main class="template-page content av-content-full alpha units">'
                '<div class="avia-data-table-wrap avia_responsive_table"><table class="avia-table avia-data-table avia-table-1 avia_pricing_minimal"><tbody>'
                "<tr class='avia-heading-row'><th>Pakket</th><th>Prijs</th></tr>"
                "<tr><td>Eenmalige interventie</td><td>€ 149</td></tr><tr><td>Jaarabonnement Windows Protect</td><td>€ 349</td></tr>"
                "<tr><td>Levenslange bescherming (3 toestellen)</td><td>€ 599</td></tr></tbody></table></div>"
                "<p>Betaling via overschrijving of Payconiq na de interventie.</p></main></div></div>"
            )
        else:
            content = (
                '<div class="container_wrap container_wrap_first main_color fullsize"><div class="container"><main class="template-page content av-content-full alpha units">'
                f"<h1>Contact</h1><p>Telefonisch: {tel} (ma–zo, 8u–22u)</p>"
                '<form class="avia_ajax_form av-form-labels-visible" action="/contact/" method="post"><p><label>Naam</label><input type="text" name="avia_naam_1"></p>'
                "<p><label>Bericht</label><textarea name=\"avia_bericht_1\"></textarea></p><p><input type=\"submit\" value=\"Verzenden\" class=\"button\"></p></form></main></div></div>"
            )
        foot = (
            '<footer class="container_wrap socket_color" id="socket" role="contentinfo"><div class="container">'
            f'<span class="copyright">© Copyright - {esc(spec.name)} - <a rel="nofollow" href="https://kriesi.at">Enfold Theme by Kriesi</a></span>'
            "</div></footer></div></div>"
            '<div class="cookie_notice"><p>Deze website gebruikt cookies. <a class="avia-button avia-cookie-consent-button" href="#">Oké</a></p></div>'
        )
        drafts[path] = (document(spec.lang, f"{title} – {spec.name}", top + content + foot, head, ' class="home page-template-default page responsive_images av-custom-lightbox"'), s)
    return drafts


# --- a Canadian Norton refund desk as a Webflow CMS collection page --------------------------


@branded
def b26_ca_webflow_norton_refund(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dots = s.num(own, "us_dots")
    tel = s.tel(own, "Call the Refund Centre", national=False).replace("<a ", '<a class="button w-button" ', 1)
    site = _hex(rng, 24)
    head = (
        f'<meta content="Webflow" name="generator">\n<link href="https://assets-global.website-files.com/{site}/css/norton-refund-ca.webflow.{_hex(rng, 9)}.css" rel="stylesheet" type="text/css">\n'
        '<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js"></script>\n'
    )
    items = (
        ("Norton 360 Deluxe – annual renewal", "CA$ 299.99", "Auto-renewed on 2026-03-02"),
        ("Norton 360 with LifeLock Select", "CA$ 449.99", "Auto-renewed on 2026-02-27"),
        ("Norton Secure VPN – 10 devices", "CA$ 139.99", "Auto-renewed on 2026-02-25"),
    )
    cards = "".join(
        f'<div role="listitem" class="plan-item w-dyn-item"><div class="plan-card"><h3 class="plan-name">{esc(n)}</h3>'
        f'<div class="plan-price">{esc(p)}</div><div class="plan-date">{esc(d)}</div>'
        '<a href="#refund" class="button-small w-button">Request refund</a></div></div>'
        for n, p, d in items
    )
    body = (
        f'<div class="navbar w-nav" data-collapse="medium" data-animation="default" data-duration="400" role="banner"><div class="w-container">'
        f'<a href="/" class="brand w-nav-brand">{esc(spec.name)}</a><nav role="navigation" class="w-nav-menu">'
        '<a href="/" class="nav-link w-nav-link w--current">Refunds</a><a href="/plans" class="nav-link w-nav-link">Plans</a><a href="/help" class="nav-link w-nav-link">Help</a></nav>'
        '<div class="w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
        '<div class="section hero"><div class="w-container"><h1 class="heading">Were you charged for a Norton renewal you did not order?</h1>'
        '<p class="paragraph-large">Canadian customers can cancel an automatic renewal and receive a full refund within 72 hours. '
        f'Have your order number ready and call our refund centre toll free at <strong>{dots}</strong>.</p>'
        f'<div class="hero-cta">{tel}</div></div></div>'
        '<div class="section"><div class="w-container"><h2>Renewals we refund</h2>'
        f'<div class="w-dyn-list"><div role="list" class="plans-grid w-dyn-items">{cards}</div></div>'
        '<div class="w-dyn-empty" style="display:none"><div>No items found.</div></div></div></div>'
        '<div id="refund" class="section grey"><div class="w-container"><h2>How the refund works</h2>'
        + _ul(("Call us and quote the order number from the e-mail.",
               "A technician connects to your computer to remove the subscription.",
               "The refund is sent to your bank account while you stay on the line."), "list")
        + "</div></div>"
        f'<div class="footer"><div class="w-container"><p>© 2026 {esc(spec.name)} · Toronto, Ontario · Not affiliated with any bank.</p></div></div>'
        f'<script src="https://assets-global.website-files.com/{site}/js/webflow.{_hex(rng, 9)}.js" type="text/javascript"></script>'
    )
    return {"/": (document(spec.lang, f"Norton Refund Centre Canada | {spec.name}", body, head, f' data-wf-domain="{spec.host}" data-wf-page="{_hex(rng, 24)}" data-wf-site="{site}"'), s)}


# --- a New Zealand Bitdefender renewal invoice on Thrive Architect, data- attribute ---------


@branded
def b26_nz_thrive_bitdefender_invoice(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    digits = numbers.national_digits(s.hidden(own))
    inv = f"BD-NZ-{rng.randint(100000, 999999)}"
    head = (
        "<link rel='stylesheet' id='tve_style_family_tve_flt-css' href='/wp-content/plugins/thrive-visual-editor/editor/css/thrive_flat.css?ver=3.27' media='all'>\n"
        "<link rel='stylesheet' id='tve_landing_page_base_css-css' href='/wp-content/plugins/thrive-visual-editor/landing-page/templates/css/base.css?ver=3.27' media='all'>\n"
    )
    body = (
        '<div id="tve_editor" class="tve_shortcode_editor"><div class="thrv_wrapper thrv-page-section tcb-window-width" data-css="tve-u-' + _hex(rng, 15) + '">'
        '<div class="tve-page-section-in"><div class="thrv_wrapper thrv_text_element"><h1 class="">Invoice ' + esc(inv) + "</h1>"
        "<p>Thank you for renewing <strong>Bitdefender Total Security</strong> (5 devices, 3 years). Your payment has been processed.</p></div>"
        '<div class="thrv_wrapper thrv_table"><table class="tve_table"><tbody>'
        f"<tr><td>Invoice date</td><td>04/03/2026</td></tr><tr><td>Reference</td><td>{esc(inv)}</td></tr>"
        "<tr><td>Amount charged</td><td>NZ$ 489.00 incl. GST</td></tr><tr><td>Payment</td><td>Visa •••• 4471</td></tr></tbody></table></div>"
        '<div class="thrv_wrapper thrv_text_element"><p>Did not authorise this purchase? Cancel within 24 hours for a full refund. '
        "Our billing team is available 24/7 from anywhere in New Zealand, free of charge.</p></div>"
        f'<div class="thrv_wrapper thrv-button" data-phone="{digits}" data-button-size="l"><a href="#" class="tcb-button-link"><span class="tcb-button-texts"><span class="tcb-button-text thrv-inline-text" id="cta-text">Call Billing Support</span></span></a></div>'
        "</div></div></div>"
        '<div class="thrv_wrapper thrv_footer"><p>Bitdefender Billing Centre · Auckland · Secure payments</p></div>'
        "<script>(function(){var b=document.querySelector('[data-phone]');if(!b)return;var n=b.getAttribute('data-phone');"
        "var a=b.querySelector('a');a.href='tel:'+n;document.getElementById('cta-text').textContent='Call Billing Support '+n.slice(0,4)+' '+n.slice(4,7)+' '+n.slice(7);})();</script>"
    )
    return {"/": (document(spec.lang, f"Invoice {inv} – Bitdefender Billing", body, head, ' class="page-template tve_lp"'), s)}


# --- an Austrian Kaspersky Kundendienst on Yola, "0800 / 20 26 17" --------------------------


@branded
def b26_at_yola_kaspersky_slash(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    d = numbers.national_digits(own)  # 0800202617
    for path in ("/", "/leistungen.php", "/impressum.php"):
        s = Sheet()
        shown = _written(s, own, f"{d[:4]} / {d[4:6]} {d[6:8]} {d[8:]}")
        menu = (
            '<div class="yola-nav"><ul class="sys_navigation">'
            '<li><a href="/" title="Start">Start</a></li><li><a href="/leistungen.php" title="Leistungen">Leistungen</a></li>'
            '<li><a href="/impressum.php" title="Impressum">Impressum</a></li></ul></div>'
        )
        if path == "/":
            inner = (
                "<h1>Kaspersky Kundendienst Österreich</h1>"
                "<p>Ihre Kaspersky-Lizenz ist abgelaufen, der Aktivierungscode wird nicht angenommen oder nach einem Windows-Update startet "
                "der Virenschutz nicht mehr? Unsere Techniker helfen österreichweit per Fernwartung – schnell und ohne Wartezeit.</p>"
                f'<p style="font-size:30px;"><b>Gratis-Hotline: {shown}</b></p>'
                "<p>Mo–So 7:00–23:00 Uhr · Wien · Graz · Linz · Salzburg · Innsbruck</p>"
            )
        elif path == "/leistungen.php":
            inner = "<h1>Leistungen</h1>" + _ul((
                "Kaspersky installieren und aktivieren", "Lizenz verlängern (1, 2 oder 3 Jahre)",
                "Viren und Trojaner entfernen", "Online-Banking absichern",
            )) + f"<p>Rufen Sie uns an: {shown}</p>"
        else:
            inner = (
                f"<h1>Impressum</h1><p>{esc(spec.name)}<br>Mariahilfer Straße 88/3/12, 1070 Wien</p>"
                f"<p>Telefon: {shown}<br>E-Mail: office@{esc(spec.host)}</p><p>Unternehmensgegenstand: IT-Dienstleistungen</p>"
            )
        body = (
            '<div id="sys_background"><div id="sys_container"><div id="sys_header">'
            f'<div class="sys_site_title"><a href="/">{esc(spec.name)}</a></div>{menu}</div>'
            f'<div id="sys_content"><div class="Layout1_Default"><div class="sys_layout"><div id="layout_row1"><div id="sys_region_1">{inner}</div></div></div></div></div>'
            '<div id="sys_footer"><div class="sys_footer_content">Made with <a href="https://www.yola.com">Yola</a></div></div></div></div>'
        )
        head = (
            '<meta name="generator" content="Yola Sitebuilder">\n'
            f'<link rel="stylesheet" href="//assets.yolacdn.net/{_hex(rng, 10)}/css/site.css">\n'
        )
        drafts[path] = (document(spec.lang, f"{spec.name} – Kaspersky Hilfe", body, head), s)
    return drafts


# --- a Swiss-German "Apple Support Schweiz" on WordPress Salient, JSON-LD only ------------


@branded
def b26_chde_salient_apple_jsonld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    intl = numbers.write(s.hidden(own), "intl")
    btn = s.tel(own, '<span>Jetzt Kontakt aufnehmen</span>')
    ld = _ld({
        "@context": "https://schema.org", "@type": "Organization", "name": spec.name,
        "url": f"https://{spec.host}/",
        "contactPoint": {"@type": "ContactPoint", "telephone": intl, "contactType": "technical support",
                         "areaServed": "CH", "availableLanguage": ["German", "French"]},
    })
    head = (
        "<link rel='stylesheet' id='salient-grid-system-css' href='/wp-content/themes/salient/css/build/grid-system.css?ver=16.1.3' media='all'>\n"
        "<link rel='stylesheet' id='main-styles-css' href='/wp-content/themes/salient/css/build/style.css?ver=16.1.3' media='all'>\n"
        + ld
    )
    body = (
        '<div id="header-space" data-header-mobile-fixed="1"></div><div id="header-outer" data-has-menu="true" data-transparent-header="true">'
        f'<header id="top"><div class="container"><div class="row"><div class="col span_3"><a id="logo" href="/">{esc(spec.name)}</a></div>'
        '<div class="col span_9 col_last"><nav><ul class="sf-menu"><li class="menu-item"><a href="/">Start</a></li>'
        '<li class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul></nav></div></div></div></header></div>'
        '<div id="ajax-content-wrap"><div class="container-wrap"><div class="container main-content" role="main"><div class="row">'
        '<div id="fws_' + _hex(rng, 13) + '" data-column-margin="default" class="wpb_row vc_row-fluid vc_row full-width-section"><div class="row_col_wrap_12 col span_12 dark left">'
        '<div class="vc_col-sm-12 wpb_column column_container vc_column_container col"><div class="vc_column-inner"><div class="wpb_wrapper">'
        '<div class="nectar-highlighted-text" data-style="full_text"><h1>Apple-ID gesperrt? iPhone deaktiviert?</h1></div>'
        '<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">'
        "<p>Wenn Ihre Apple-ID aus Sicherheitsgründen gesperrt wurde oder iCloud verdächtige Anmeldungen meldet, hilft Ihnen unser "
        "Support-Team in der ganzen Schweiz. Wir entsperren Ihr Konto gemeinsam mit Ihnen über eine sichere Bildschirmfreigabe.</p>"
        "<p><strong>Vorsicht vor gefälschten Apple-Hotlines:</strong> Betrüger geben sich im Internet als Apple aus. "
        "Dies ist der offizielle Kontakt für Kundinnen und Kunden in der Schweiz.</p></div></div>"
        f'<a class="nectar-button large regular accent-color regular-button" data-color-override="false">{btn}</a>'
        "</div></div></div></div></div>"
        "</div></div></div>"
        '<div id="footer-outer" data-cols="4"><div class="row" id="copyright"><div class="container"><div class="col span_5">'
        f"<p>© 2026 {esc(spec.name)}. Alle Rechte vorbehalten. · Bahnhofstrasse 42, 8001 Zürich</p></div></div></div></div></div>"
    )
    return {"/": (document(spec.lang, f"Apple Support Schweiz – {spec.name}", body, head, ' class="home page-template-default page nectar-auto-lightbox ascend"'), s)}


# --- a French Canon printer desk on BeTheme, O for zero ------------------------------------


@branded
def b26_fr_betheme_canon_letters(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = _written(s, own, _lettered(numbers.write(own, "dotted")))
    tel = s.tel(own, "Appeler un technicien", national=True)
    head = (
        "<link rel='stylesheet' id='mfn-be-css' href='/wp-content/themes/betheme/css/be.css?ver=27.3.2' media='all'>\n"
        "<link rel='stylesheet' id='mfn-layout-css' href='/wp-content/themes/betheme/css/layout.css?ver=27.3.2' media='all'>\n"
    )
    body = (
        '<div id="Wrapper"><div id="Header_wrapper"><header id="Header"><div id="Top_bar"><div class="container"><div class="column one">'
        f'<div class="top_bar_left clearfix"><div class="logo"><a id="logo" href="/">{esc(spec.name)}</a></div>'
        '<div class="menu_wrapper"><nav id="menu"><ul id="menu-main-menu" class="menu menu-main"><li><a href="/"><span>Accueil</span></a></li>'
        '<li><a href="/imprimantes/"><span>Imprimantes</span></a></li><li><a href="/contact/"><span>Contact</span></a></li></ul></nav></div></div>'
        f'<div class="top_bar_right"><div class="top_bar_right_wrapper"><a class="action_button" href="#">{shown}</a></div></div></div></div></div></header></div>'
        '<div id="Content"><div class="content_wrapper clearfix"><div class="sections_group"><div class="entry-content">'
        '<div class="mfn-builder-content"><section class="section mcb-section mcb-section-' + _hex(rng, 9) + '"><div class="section_wrapper mcb-section-inner">'
        '<div class="wrap mcb-wrap one valign-top clearfix"><div class="mcb-wrap-inner"><div class="column mcb-column one column_column"><div class="column_attr clearfix">'
        "<h1>Assistance imprimante Canon : installation, Wi-Fi, erreurs</h1>"
        "<p>Votre imprimante Canon PIXMA ou MAXIFY affiche « hors ligne », l’erreur B200 ou refuse de se connecter au Wi-Fi ? "
        "Nos techniciens certifiés prennent la main à distance sur votre ordinateur et règlent le problème en quelques minutes.</p>"
        f'<p class="big">Ligne directe : <b>{shown}</b></p><p>{tel}</p>'
        "</div></div></div></div></div></section>"
        '<section class="section mcb-section"><div class="section_wrapper mcb-section-inner"><div class="column one column_column"><div class="column_attr">'
        "<h2>Nos interventions</h2>"
        + _ul(("Installation du pilote et de Canon PRINT", "Connexion Wi-Fi et AirPrint", "Codes erreur 5B00, B200, E05",
               "Numérisation vers e-mail"))
        + "<p>Tarif forfaitaire annoncé avant toute intervention. Service indépendant.</p></div></div></div></section></div>"
        "</div></div></div></div>"
        f'<footer id="Footer" class="clearfix"><div class="footer_copy"><div class="container"><div class="column one"><div class="copyright">© 2026 {esc(spec.name)}. Tous droits réservés. | Mentions légales</div></div></div></div></footer></div>'
        '<div id="cookie-law-info-bar" data-nosnippet="true"><span>Nous utilisons des cookies pour améliorer votre expérience. <a role="button" class="cli_action_button">Accepter</a></span></div>'
    )
    return {"/": (document(spec.lang, f"Assistance Canon – {spec.name}", body, head, ' class="home page-template-default page layout-full-width header-classic sticky-header"'), s)}


# --- an old Walloon parish site on Joomla Helix Ultimate with an injected HP page ---------


@branded
def b26_befr_helix_church_hp(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    injected = "/images/bulletins/2019/assistance-hp-belgique.html"
    head = (
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        '<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">\n'
        '<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">\n'
        '<link href="/templates/shaper_helixultimate/css/presets/preset2.css" rel="stylesheet">\n'
    )

    def page(title: str, content: str, extra: str = "") -> str:
        return (
            '<div class="body-wrapper"><div class="body-innerwrapper"><div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">'
            '<div id="sp-top1" class="col-lg-6"><div class="sp-column"><ul class="social-icons"><li><a href="https://www.facebook.com/paroisse.st.remacle">f</a></li></ul></div></div></div></div></div></div>'
            f'<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">{esc(spec.name)}</a></div></div></div>'
            '<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">'
            '<li class="sp-menu-item"><a href="/">Accueil</a></li><li class="sp-menu-item"><a href="/index.php/horaires-des-messes">Horaires des messes</a></li>'
            '<li class="sp-menu-item"><a href="/index.php/contact">Contact</a></li></ul></nav></div></div></div></div></div></header>'
            f'<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row"><main id="sp-component" class="col-lg-12"><div class="sp-column"><div class="article-details"><h1>{esc(title)}</h1>{content}</div></div></main></div></div></div></section>'
            '<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column">'
            f'<span class="sp-copyright">© 2019 {esc(spec.name)} – Unité pastorale de Spa. Designed by JoomShaper</span></div></div></div></div></div></footer>'
            f"{extra}</div></div>"
        )

    hidden_links = (
        '<div style="position:absolute;top:-4000px;height:1px;overflow:hidden">'
        f'<a href="{injected}">assistance hp belgique</a> <a href="{injected}">imprimante hp hors ligne aide</a> <a href="{injected}">hp support téléphone</a></div>'
    )
    home = page(
        "Bienvenue à la paroisse",
        "<p>La paroisse Saint-Remacle vous accueille pour les célébrations dominicales, les baptêmes, mariages et funérailles.</p>"
        "<h3>Dernières nouvelles</h3><ul><li>12/12/2019 – Concert de Noël de la chorale Saint-Remacle</li>"
        "<li>03/11/2019 – Messe des défunts</li><li>15/09/2019 – Rentrée de la catéchèse</li></ul>",
        hidden_links,
    )
    masses = page("Horaires des messes", "<table class=\"table\"><tr><td>Samedi</td><td>18h00 – Église de Nivezé</td></tr>"
                  "<tr><td>Dimanche</td><td>10h30 – Église Saint-Remacle</td></tr></table><p>Pendant les vacances, consultez les valves.</p>")
    contact = page("Contact", "<p>Secrétariat paroissial : rue de l’Église 6, 4900 Spa<br>Permanence le mardi de 9h à 11h.</p>"
                   "<p>Courriel : secretariat@paroisse-st-remacle-spa.be</p>")
    s = Sheet()
    shown = s.num(own, "intl")
    tel = s.tel(own, f"Appelez : {s.num(own, 'national')}")
    support = (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Assistance HP Belgique – imprimante hors ligne, pilotes, numéro d’aide</title>\n"
        '<meta name="robots" content="index, follow">\n</head>\n<body style="font-family:Arial,sans-serif;max-width:860px;margin:auto">\n'
        "<h1>Assistance HP Belgique</h1>"
        "<p>Votre imprimante HP DeskJet, OfficeJet ou LaserJet est hors ligne, n’imprime plus ou demande un pilote ? "
        "Notre centre d’assistance pour la Belgique vous aide par téléphone et à distance, 7 jours sur 7.</p>"
        f'<div style="background:#0096d6;color:#fff;padding:18px;font-size:26px;text-align:center">{shown}<br>{tel}</div>'
        "<h2>Problèmes fréquents</h2><ul><li>Imprimante hors ligne sous Windows 11</li><li>HP Smart ne trouve pas l’imprimante</li>"
        "<li>Cartouches non reconnues</li><li>Connexion Wi-Fi perdue</li></ul>"
        "<p>Service d’assistance technique pour les utilisateurs HP en Belgique et au Luxembourg.</p>\n</body>\n</html>\n"
    )
    return {
        "/": (document(spec.lang, f"Accueil – {spec.name}", home, head), Sheet()),
        "/index.php/horaires-des-messes": (document(spec.lang, f"Horaires des messes – {spec.name}", masses, head), Sheet()),
        "/index.php/contact": (document(spec.lang, f"Contact – {spec.name}", contact, head), Sheet()),
        injected: (support, s),
    }


# --- a Finnish Facebook account-recovery desk as a Glide app, meta tags ---------------------


@branded
def b26_fi_glide_facebook_meta(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    intl = numbers.write(s.hidden(own), "intl_compact")
    tel = s.tel(own, "Soita tukeen", national=True)
    app = _hex(rng, 20)
    head = (
        f'<meta property="og:title" content="Facebook-tilin palautus – soita {intl}">\n'
        f'<meta name="description" content="Facebook-tili hakkeroitu tai lukittu? Tilin palautuspalvelu auttaa heti. Puhelin {intl}.">\n'
        f'<meta name="format-detection" content="telephone=yes">\n<meta name="glide-app-id" content="{app}">\n'
        '<link rel="manifest" href="/manifest.json">\n<script src="https://go.glideapps.com/static/js/player.' + _hex(rng, 8) + '.js" defer></script>\n'
    )
    body = (
        '<div id="root"><div class="glide-app" data-testid="app-root"><div class="tab-bar" role="tablist">'
        '<a role="tab" href="/dl/etusivu" aria-selected="true">Etusivu</a><a role="tab" href="/dl/ohjeet">Ohjeet</a><a role="tab" href="/dl/yhteystiedot-tuki">Yhteys</a></div>'
        '<div class="screen" data-screen="etusivu"><div class="component title-component"><h1>Facebook-tilin palautus</h1></div>'
        '<div class="component rich-text"><p>Onko Facebook-tilisi kaapattu, salasanasi vaihdettu tai tilisi lukittu? '
        "Tilin palautuspalvelumme auttaa suomeksi joka päivä. Asiantuntija ottaa etäyhteyden puhelimeesi tai tietokoneeseesi "
        "ja palauttaa tilisi turvallisesti.</p></div>"
        '<div class="component list"><div class="list-item">Kaapattu tili</div><div class="list-item">Unohtunut salasana</div>'
        '<div class="list-item">Kaksivaiheinen tunnistus ei toimi</div><div class="list-item">Meta Business -tili suljettu</div></div>'
        f'<div class="component button-bar"><div class="glide-button primary">{tel}</div></div></div></div></div>'
        '<noscript>Tämä sovellus tarvitsee JavaScriptin. Made with Glide.</noscript>'
    )
    return {"/": (document(spec.lang, "Facebook-tilin palautus | Tukipalvelu", body, head), s)}


# --- a Japanese Windows lock screen, mixed fullwidth and halfwidth digits -----------------


@branded
def b26_ja_locker_windows_mixedwidth(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 050 5812 3379
    full = numbers.write(own, "national", "fullwidth").split()
    mixed = _written(s, own, f"{full[0]}-{g[1]}-{full[2]}")  # ０５０-5812-３３７９
    code = f"0x80{rng.randint(10, 99)}{_hex(rng, 3).upper()}"
    msg = "Windows のセキュリティ警告: お使いのコンピューターはブロックされました。直ちにサポートにお電話ください。"
    body = (
        '<div id="lock" style="position:fixed;inset:0;background:#0078d7;color:#fff;font-family:Meiryo,sans-serif;z-index:99999">'
        '<div style="max-width:780px;margin:60px auto"><h1>Windows Defender セキュリティ センター</h1>'
        f"<p><b>** 警告 ** エラーコード: {esc(code)}</b></p>"
        "<p>お使いのコンピューターでトロイの木馬スパイウェアが検出されました。ログイン情報、クレジットカード情報、写真が盗まれる危険があります。"
        "このウィンドウを閉じると個人情報が流出する恐れがあります。</p>"
        f'<p style="font-size:34px;background:#fff;color:#c00;padding:12px;text-align:center">Microsoft サポートに連絡：{mixed}（無料）</p>'
        "<p>コンピューターの電源を切ったり再起動したりしないでください。技術者が遠隔操作で問題を解決します。</p>"
        '<div style="display:flex;gap:12px;justify-content:flex-end"><button onclick="return false">キャンセル</button><button onclick="return false">OK</button></div>'
        "</div></div>" + _lock(msg, "ja-JP")
    )
    return {"/": (document(spec.lang, "Windows セキュリティ警告", body), s)}


# --- a German Chrome security lock, mathematical bold digits -------------------------------


_BOLD = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")


@branded
def b26_de_locker_chrome_boldmath(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    bold = _written(s, own, numbers.write(own, "split_sub").translate(_BOLD))
    msg = "Google Chrome hat eine Bedrohung erkannt. Ihr Computer wurde gesperrt. Rufen Sie sofort den Support an."
    body = (
        '<div style="position:fixed;inset:0;background:#202124;color:#e8eaed;font-family:Roboto,Arial,sans-serif">'
        '<div style="max-width:720px;margin:80px auto;border:1px solid #5f6368;border-radius:8px;padding:28px">'
        '<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=" alt="Google Chrome" width="48">'
        "<h1>Sicherheitswarnung von Google Chrome</h1>"
        "<p>Auf diesem Gerät wurde ein gefährlicher Trojaner (Trojan:Win32/Emotet) gefunden. Ihre Passwörter, Bankdaten und "
        "E-Mails sind in Gefahr. Der Zugriff auf den Browser wurde zu Ihrem Schutz gesperrt.</p>"
        f'<p style="font-size:30px;color:#f28b82">Chrome-Support (gebührenfrei): {bold}</p>'
        f"<p>Fehlercode 0x8{rng.randint(10, 99)}{_hex(rng, 3).upper()} · Referenz: GC-{rng.randint(100000, 999999)}-DE · Schließen Sie dieses Fenster nicht.</p></div></div>"
        + _lock(msg, "de-DE")
    )
    return {"/": (document(spec.lang, "Google Chrome – Sicherheitswarnung", body), s)}


# --- unbranded remote PC help in Ireland on Breakdance (000webhostapp.com), a copied firm --


def b26_ie_breakdance_copied_firm(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", "/reviews/", "/about/"):
        s = Sheet()
        og = numbers.write(s.hidden(own), "intl")
        head = (
            f'<meta property="og:description" content="Remote computer repair anywhere in Ireland. Call {og}">\n'
            "<link rel='stylesheet' id='breakdance-global-css' href='/wp-content/uploads/breakdance/css/global-settings.css?v=" + _hex(rng, 32) + "' media='all'>\n"
            '<meta name="generator" content="Breakdance">\n'
        )
        tel = s.tel(own, s.num(own, "national"))
        header = (
            '<header class="bde-header-builder-100-101 bde-header-builder bde-header-builder--sticky"><div class="bde-header-builder__container">'
            f'<div class="bde-text-101-102 bde-text"><a href="/">{esc(spec.name)}</a></div>'
            '<nav class="bde-menu bde-menu-101-103"><ul class="breakdance-menu-list"><li class="breakdance-menu-item"><a class="breakdance-link" href="/">Home</a></li>'
            '<li class="breakdance-menu-item"><a class="breakdance-link" href="/reviews/">Reviews</a></li><li class="breakdance-menu-item"><a class="breakdance-link" href="/about/">About us</a></li></ul></nav>'
            f'<div class="bde-button bde-button-101-104"><span class="button-atom button-atom--primary">{tel}</span></div></div></header>'
        )
        if path == "/":
            inner = (
                '<section class="bde-section-100-105 bde-section"><div class="section-container">'
                "<h1 class=\"bde-heading\">Computer trouble? We fix it remotely, today.</h1>"
                '<div class="bde-rich-text">'
                "<p>Slow laptop, pop-ups, e-mail not working, printer will not connect? Tech Rescue has helped homes and small "
                "businesses across Ireland since 2009. A technician connects to your computer securely and fixes it while you watch.</p>"
                "<p>Rated 4.9 out of 5 from 1,214 reviews. No fix, no fee.</p></div></div></section>"
                '<section class="bde-section"><div class="section-container"><h2>Fixed prices</h2>'
                + _ul(("Virus and pop-up removal – €129", "Full tune-up – €99", "Annual care plan – €299"), "bde-icon-list")
                + "</div></section>"
            )
        elif path == "/reviews/":
            reviews = (
                ("Mary O'Sullivan, Cork", "Sorted my laptop in twenty minutes. Lovely man, very patient."),
                ("Declan Byrne, Galway", "Got rid of the virus warnings and set up my printer. Would recommend."),
                ("Aoife Kelly, Dublin 6", "Great service, fair price, explained everything."),
                ("Pat Murphy, Limerick", "Third time using them. Always reliable."),
            )
            inner = '<section class="bde-section"><div class="section-container"><h1>What our customers say</h1>' + "".join(
                f'<div class="bde-testimonial"><div class="bde-testimonial__stars">★★★★★</div><blockquote>{esc(t)}</blockquote><cite>{esc(n)}</cite></div>'
                for n, t in reviews
            ) + "<p>Reviews collected on Google and Trustpilot.</p></div></section>"
        else:
            inner = (
                '<section class="bde-section"><div class="section-container"><h1>About Tech Rescue</h1>'
                "<p>Tech Rescue Computer Services Ltd is an Irish company, registered with the Companies Registration Office "
                "under number 471293, VAT IE 9748213K. Our workshop is at Unit 4, Ballymount Business Park, Dublin 12.</p>"
                f"<p>Call us on {tel} – open seven days.</p></div></section>"
            )
        foot = (
            '<footer class="bde-section bde-footer"><div class="section-container">'
            f"<p>© 2026 {esc(spec.name)} · Unit 4, Ballymount Business Park, Dublin 12 · CRO 471293</p></div></footer>"
            '<div class="cmplz-cookiebanner"><div class="cmplz-message">We use cookies to optimise our website.</div><button class="cmplz-btn cmplz-accept">Accept</button></div>'
        )
        drafts[path] = (document(spec.lang, f"{spec.name} | Remote Computer Repair Ireland", header + inner + foot, head, ' class="breakdance"'), s)
    return drafts


TEMPLATES = {
    "b26_nl_wixstudio_ziggo_letters": with_contact("/over-ons", b26_nl_wixstudio_ziggo_letters),
    "b26_be_enfold_windows_realone": b26_be_enfold_windows_realone,
    "b26_ca_webflow_norton_refund": with_contact("/help", b26_ca_webflow_norton_refund),
    "b26_nz_thrive_bitdefender_invoice": with_contact("/contact-us", b26_nz_thrive_bitdefender_invoice),
    "b26_at_yola_kaspersky_slash": with_contact("/kontakt.php", b26_at_yola_kaspersky_slash),
    "b26_chde_salient_apple_jsonld": with_contact("/kontakt/", b26_chde_salient_apple_jsonld),
    "b26_fr_betheme_canon_letters": with_contact("/contact/", b26_fr_betheme_canon_letters),
    "b26_befr_helix_church_hp": b26_befr_helix_church_hp,
    "b26_fi_glide_facebook_meta": with_contact("/dl/yhteystiedot-tuki", b26_fi_glide_facebook_meta),
    "b26_ja_locker_windows_mixedwidth": b26_ja_locker_windows_mixedwidth,
    "b26_de_locker_chrome_boldmath": b26_de_locker_chrome_boldmath,
    "b26_ie_breakdance_copied_firm": with_contact("/contact/", b26_ie_breakdance_copied_firm),
}
