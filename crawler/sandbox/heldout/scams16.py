"""Sixteenth batch of held-out scam templates: page shells no earlier batch uses.

b16_nl_joomla15_bakkerij_outlook (a Nuenen bakery's hacked Joomla 1.5 site whose front-page
article is now an "Outlook helpdesk", the bakery's name kept in the title; the number only
in an image's alt text and a national-digits tel: link), b16_ca_twentytwelve_church_canon (a
Kingston church's old WordPress Twenty Twelve blog with a sticky "Canon printer setup" post,
"1-855-627-3914 USA/CA" and "++1"), b16_at_strikingly_avast_nr (an Austrian "Avast
Kundendienst" on Strikingly, the number only in the ad link's ?nr=), b16_befr_site123_epson
(a Belgian-French Epson printer "assistance" on SITE123, "078_48_12_90 BE" and JSON-LD),
b16_fi_locker_lukittu (a Finnish Windows Defender browser locker, dot-gapped digits),
b16_uk_vercel_sveltekit_mcafee (a British McAfee "renewed for £399.99" SvelteKit page on
Vercel, "0-800-260-1937 UK"), b16_ja_studio_gmail (a Japanese Google account "recovery
support" on STUDIO, fullwidth digits) and b16_de_ionos_fernhilfe (an unbranded German
"our experts connect with AnyDesk" site on IONOS MyWebsite with a copied trust footer).
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


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _letters(rng: Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def _written(s: Sheet, e164: str, text: str) -> str:
    """A number in a hand-made form no style covers; recorded, returned escaped."""
    s.hidden(e164)
    return esc(text)


# --- a hacked Joomla 1.5 bakery site carrying an Outlook helpdesk -----------------------


@branded
def b16_nl_joomla15_bakkerij_outlook(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    alt = esc("Outlook helpdesk bellen: " + numbers.write(own, "pairs"))  # 085 401 22 33
    s.hidden(own)  # image alt text
    call = s.tel(own, "Bel nu de helpdesk", national=True)  # tel:0854012233
    head = (
        '<meta name="generator" content="Joomla! 1.5 - Open Source Content Management">\n'
        '<meta name="keywords" content="bakker, Nuenen, brood, banket, taarten, outlook helpdesk, outlook hulp">\n'
        '<link href="/index.php?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">\n'
        '<script type="text/javascript" src="/media/system/js/mootools.js"></script>\n'
        '<script type="text/javascript" src="/media/system/js/caption.js"></script>\n'
        '<link rel="stylesheet" href="/templates/system/css/system.css" type="text/css">\n'
        '<link rel="stylesheet" href="/templates/rhuk_milkyway/css/template.css" type="text/css">\n'
        '<link rel="stylesheet" href="/templates/rhuk_milkyway/css/orange.css" type="text/css">\n'
    )
    menu = "".join(
        f'<li class="item{i}"><a href="/index.php?option=com_content&amp;view=article&amp;id={i}&amp;Itemid={i + 50}"><span>{esc(t)}</span></a></li>'
        for i, t in enumerate(("Home", "Ons brood", "Banket en taarten", "Openingstijden", "Bestellen"), start=1)
    )
    body = (
        '<div id="page_bg"><div class="pill_m"><div id="pillmenu"><ul class="menu">'
        f"{menu}</ul></div></div>"
        '<div id="header"><div id="logo"><a href="/"><img src="/templates/rhuk_milkyway/images/mw_joomla_logo.png" alt="Bakkerij Verhoeven"></a></div></div>'
        '<div id="whitebox"><div id="area"><div id="leftcolumn">'
        '<div class="module_menu"><div><div><div><h3>Bakkerij Verhoeven</h3>'
        "<p>Ambachtelijke warme bakker in Nuenen sinds 1962. Parkstraat 12, Nuenen.</p>"
        "<p>Di t/m vr 7.30 – 18.00 uur<br>Za 7.30 – 16.00 uur</p></div></div></div></div>"
        '<div class="moduletable"><h3>Laatste nieuws</h3><ul class="latestnews">'
        '<li class="latestnews"><a href="/index.php?option=com_content&amp;view=article&amp;id=38" class="latestnews">Outlook helpdesk Nederland</a></li>'
        '<li class="latestnews"><a href="/index.php?option=com_content&amp;view=article&amp;id=21" class="latestnews">Kerststollen bestellen 2012</a></li>'
        '<li class="latestnews"><a href="/index.php?option=com_content&amp;view=article&amp;id=17" class="latestnews">Nieuw: speltbrood</a></li></ul></div>'
        "</div>"
        '<div id="maincolumn"><table class="blog" cellpadding="0" cellspacing="0"><tr><td valign="top"><div>'
        '<table class="contentpaneopen"><tr><td class="contentheading" width="100%">'
        '<a href="/index.php?option=com_content&amp;view=article&amp;id=38" class="contentpagetitle">Outlook helpdesk Nederland – Outlook werkt niet?</a>'
        "</td></tr></table>"
        '<table class="contentpaneopen"><tr><td valign="top" class="createdate">zondag, 22 februari 2026 03:14</td></tr>'
        '<tr><td valign="top">'
        "<p>Kunt u niet meer inloggen in Outlook, komen er geen e-mails binnen of is uw Outlook-account geblokkeerd? "
        "Onze gecertificeerde Microsoft Outlook specialisten helpen u direct telefonisch en nemen indien nodig uw "
        "computer over om het probleem op te lossen.</p>"
        '<p><img src="/images/stories/outlook-helpdesk-bellen.png" width="420" height="90" border="0" '
        f'alt="{alt}" title="Outlook helpdesk"></p>'
        "<ul><li>Outlook.com of Hotmail wachtwoord vergeten</li><li>Outlook synchroniseert niet met uw telefoon</li>"
        "<li>Verzonden e-mails komen niet aan</li><li>Account gehackt of geblokkeerd</li></ul>"
        f'<p style="font-size:18px"><strong>{call}</strong> – 7 dagen per week bereikbaar.</p>'
        "</td></tr></table>"
        '<span class="article_separator">&nbsp;</span>'
        "</div></td></tr></table></div>"
        '<div class="clr"></div></div></div>'
        '<div id="footer"><div id="footer_l"><div id="footer_r">'
        "<p>© 2009 Bakkerij Verhoeven Nuenen · Alle rechten voorbehouden</p>"
        '<p><a href="http://www.joomla.org">Joomla!</a> is vrije software vrijgegeven onder de GNU/GPL licentie.</p>'
        "</div></div></div></div>"
    )
    title = "Bakkerij Verhoeven - Ambachtelijke bakker in Nuenen - Outlook helpdesk Nederland"
    return {"/": (document(spec.lang, title, body, head), s)}


# --- an old church WordPress (Twenty Twelve) with a sticky Canon printer post -----------


@branded
def b16_ca_twentytwelve_church_canon(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = s.num(own, "us_dash") + " USA/CA"  # 1-855-627-3914 USA/CA
    plus = s.num(own, "intl", "plus_plus")  # ++1 855 627 3914
    pid = rng.randint(1200, 1999)
    head = (
        '<meta name="generator" content="WordPress 4.9.8">\n'
        "<link rel='stylesheet' id='twentytwelve-fonts-css' href='https://fonts.googleapis.com/css?family=Open+Sans:400italic,700italic,400,700&#038;subset=latin,latin-ext' type='text/css' media='all'>\n"
        "<link rel='stylesheet' id='twentytwelve-style-css' href='/wp-content/themes/twentytwelve/style.css?ver=4.9.8' type='text/css' media='all'>\n"
        "<!--[if lt IE 9]><link rel='stylesheet' id='twentytwelve-ie-css' href='/wp-content/themes/twentytwelve/css/ie.css?ver=20121010' type='text/css' media='all'><![endif]-->\n"
    )
    old_posts = "".join(
        f'<li><a href="/{y}/{m:02d}/{slug}/">{esc(t)}</a></li>'
        for y, m, slug, t in (
            (2016, 6, "strawberry-social", "Strawberry Social – June 19"),
            (2016, 4, "spring-rummage-sale", "Spring Rummage Sale"),
            (2015, 12, "christmas-eve-services", "Christmas Eve Services"),
            (2015, 9, "welcome-rev-macleod", "Welcome, Rev. MacLeod"),
        )
    )
    body = (
        '<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><hgroup>'
        f'<h1 class="site-title"><a href="/" title="{esc(spec.name)}" rel="home">{esc(spec.name)}</a></h1>'
        '<h2 class="site-description">A worshipping community in Kingston since 1887</h2></hgroup>'
        '<nav id="site-navigation" class="main-navigation" role="navigation"><div class="menu-main-container"><ul id="menu-main" class="nav-menu">'
        '<li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/worship/">Worship</a></li>'
        '<li class="menu-item"><a href="/about-us/">About Us</a></li><li class="menu-item"><a href="/contact-us/">Contact Us</a></li></ul></div></nav>'
        '<img src="/wp-content/uploads/2013/05/cropped-church-header.jpg" class="header-image" width="960" height="250" alt="St. Columba Presbyterian Church"></header>'
        '<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">'
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard sticky hentry category-uncategorized">'
        '<header class="entry-header"><div class="featured-post">Featured post</div>'
        f'<h1 class="entry-title"><a href="/canon-printer-setup-support/" rel="bookmark">Canon Printer Setup Support | ij.start.canon Help {hint}</a></h1></header>'
        '<div class="entry-content">'
        '<p><img class="aligncenter size-full" src="/wp-content/uploads/2026/02/canon-printer-setup.png" alt="Canon printer setup support" width="600" height="300"></p>'
        "<p>Setting up a new Canon PIXMA or MAXIFY printer? Printer showing offline, not printing or asking for a "
        "driver? Our Canon printer experts walk you through ij.start.canon setup, wireless connection and driver "
        "download over the phone and can connect to your computer to finish the installation for you.</p>"
        f"<p><strong>Canon Printer Support Number: {hint}</strong></p>"
        "<h3>Common Canon printer problems we fix</h3><ul><li>Canon printer offline on Windows 10 / Mac</li>"
        "<li>Error B200, 5B00 and 1700 on PIXMA printers</li><li>Wi-Fi setup after a new router</li>"
        "<li>Printer driver missing or unavailable</li></ul>"
        f"<p>Call our toll free helpline {plus} – available 24/7 across the USA and Canada.</p>"
        "</div>"
        '<footer class="entry-meta">This entry was posted in <a href="/category/uncategorized/" rel="category tag">Uncategorized</a> '
        f'on <a href="/canon-printer-setup-support/"><time class="entry-date" datetime="2026-02-20T04:41:09+00:00">February 20, 2026</time></a> by admin2.</footer>'
        "</article>"
        '<article class="post type-post status-publish hentry category-news"><header class="entry-header">'
        '<h1 class="entry-title"><a href="/2016/06/strawberry-social/" rel="bookmark">Strawberry Social – June 19</a></h1></header>'
        '<div class="entry-content"><p>Join us after the 10:30 service for strawberry shortcake in the church hall. '
        "Proceeds go to the Kingston food bank.</p></div></article>"
        "</div></div>"
        '<div id="secondary" class="widget-area" role="complementary">'
        '<aside class="widget widget_text"><h3 class="widget-title">Sunday Worship</h3><div class="textwidget">'
        "<p>10:30 am, with Sunday School for children.<br>All are welcome.</p></div></aside>"
        f'<aside class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul>{old_posts}</ul></aside>'
        "</div></div>"
        '<footer id="colophon" role="contentinfo"><div class="site-info">'
        '<a href="https://wordpress.org/" title="Semantic Personal Publishing Platform">Proudly powered by WordPress</a></div></footer></div>'
        "<script type='text/javascript' src='/wp-content/themes/twentytwelve/js/navigation.js?ver=20140711'></script>"
    )
    title = f"Canon Printer Setup Support {hint} | {spec.name}"
    return {"/": (document(spec.lang, title, body, head, ' class="home blog custom-background single-author"'), s)}


# --- an Austrian "Avast Kundendienst" on Strikingly, the number only in ?nr= -------------


@branded
def b16_at_strikingly_avast_nr(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    page_id = rng.randint(10000000, 19999999)
    case = f"AV-{rng.randint(40000, 49999)}"
    head = (
        '<meta name="generator" content="Strikingly">\n'
        f'<link rel="stylesheet" href="https://static-assets.strikinglycdn.com/webpack/site-{_hex(rng, 20)}.css">\n'
        f'<script>window.$S={{"page_id":{page_id},"site_id":{rng.randint(20000000, 29999999)},"locale":"de"}};</script>\n'
    )

    def section(inner: str, kind: str) -> str:
        return (
            f'<div class="s-section s-{kind}-section s-layout-center" id="section-{_hex(rng, 6)}"><div class="s-container">'
            f'<div class="s-block s-repeatable-item"><div class="s-component s-text">{inner}</div></div></div></div>'
        )

    script = (
        "<script>\n(function(){\n"
        "  var q=new URLSearchParams(window.location.search),n=(q.get('nr')||'').replace(/[^0-9+]/g,'');\n"
        "  var box=document.getElementById('s-hotline'),btn=document.getElementById('s-call');\n"
        "  if(!n){box.textContent='Rückruf anfordern';btn.href='/kontakt/';return;}\n"
        "  var f=n.length>6?n.slice(0,4)+' '+n.slice(4,7)+' '+n.slice(7):n;\n"
        "  box.textContent=f;btn.href='tel:'+n;btn.querySelector('span').textContent='Jetzt anrufen: '+f;\n"
        "  var c=q.get('kd');if(c){document.getElementById('s-case').textContent='Ihre Fallnummer: '+c;}\n"
        "})();\n</script>"
    )
    body = (
        '<div id="s-content" class="s-page s-page-site"><nav class="s-navbar"><div class="s-navbar-logo">'
        f'<img src="https://custom-images.strikinglycdn.com/res/hrscywv4p/image/upload/c_limit,fl_lossy,h_300,w_300,f_auto,q_auto/{rng.randint(1000000, 9999999)}/avast-logo.png" alt="Avast">'
        f'<span class="s-site-title">{esc(spec.name)}</span></div>'
        '<ul class="s-nav-items"><li><a href="#leistungen">Leistungen</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>'
        + section(
            "<h1>Avast Kundendienst Österreich</h1>"
            "<p>Avast Premium Security verlängert ohne Ihr Wissen? Lizenz lässt sich nicht aktivieren oder Avast "
            "meldet eine Bedrohung, die nicht entfernt werden kann? Unsere zertifizierten Avast-Techniker helfen "
            "sofort am Telefon – auch bei Kündigung und Rückerstattung Ihres Abos.</p>"
            '<p class="s-hotline-big">Hotline: <strong id="s-hotline">…</strong></p>'
            '<p id="s-case"></p>'
            '<a id="s-call" class="s-common-button s-font-body s-action-button" href="#"><span>Jetzt anrufen</span></a>',
            "hero",
        )
        + section(
            '<h2 id="leistungen">Wobei wir helfen</h2><ul><li>Avast Abo kündigen und Geld zurück</li>'
            "<li>Avast Premium Security installieren und aktivieren</li><li>Virenentfernung per Fernwartung</li>"
            "<li>Avast VPN und Avast Passwords einrichten</li></ul>",
            "features",
        )
        + section(
            "<p>Rückerstattungen sind nur innerhalb von 48 Stunden nach der Verlängerung möglich. Halten Sie Ihre "
            "Bestellnummer bereit.</p>",
            "notice",
        )
        + '<div class="s-footer"><p>© 2026 Avast Kundendienst Österreich · Wien</p>'
        '<p class="s-powered">Powered by <a href="https://www.strikingly.com/" rel="nofollow">Strikingly</a></p></div></div>'
        + script
    )
    html = document(spec.lang, "Avast Kundendienst Österreich – Hotline, Kündigung, Rückerstattung", body, head, ' class="s-body"')
    landing = f"/?nr={numbers.national_digits(own)}&kd={case}&gclid=EAIaIQobChMI{_letters(rng, 6)}"
    land = Sheet()
    land.hidden(own)  # only in the URL the ad links to
    return {"/": (html, Sheet()), landing: (html, land)}


# --- a Belgian-French Epson printer "assistance" on SITE123 ------------------------------


@branded
def b16_befr_site123_epson(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    under = s.num(own, "pairs", "underscore") + " BE"  # 078_48_12_90 BE
    s.hidden(own)  # JSON-LD telephone
    call = s.tel(own, "Appeler un technicien").replace("<a ", '<a class="btn btn-primary btn-lg s123-fast-page-load" ', 1)
    site_id = rng.randint(5000000, 5999999)
    ld = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": spec.name,
        "telephone": own,
        "address": {"@type": "PostalAddress", "addressLocality": "Bruxelles", "addressCountry": "BE"},
        "openingHours": "Mo-Su 08:00-22:00",
    }
    head = (
        f'<link rel="stylesheet" href="https://cdn-cms-s-8-4.f-static.net/versions/2/css/websiteCSS.css?w=&amp;orderScreen=&amp;websiteID={site_id}&amp;onlyContent=&amp;tranW=">\n'
        f'<meta property="og:site_name" content="{esc(spec.name)}">\n'
        + _ld(ld)
    )

    def module(kind: str, inner: str) -> str:
        return (
            f'<section id="section-{_hex(rng, 6)}" class="s123-module s123-modules-{kind} bg-primary-lighter" data-module-id="{rng.randint(10, 99)}">'
            f'<div class="container-fluid page_header_style noBackground"><div class="row"><div class="col-xs-12">{inner}</div></div></div></section>'
        )

    steps = "".join(
        f'<div class="col-xs-12 col-sm-4 text-center"><div class="s123-icon-box"><h3 class="box-primary">{esc(a)}</h3><p>{esc(b)}</p></div></div>'
        for a, b in (
            ("Imprimante hors ligne", "Votre Epson EcoTank ou Expression ne répond plus ? Nous la reconnectons au Wi-Fi."),
            ("Pilote introuvable", "Installation du bon pilote Epson pour Windows 11 et macOS, à distance."),
            ("Cartouches non reconnues", "Message d’erreur après une mise à jour ? Nous réglons le problème."),
        )
    )
    body = (
        '<nav class="navbar navbar-inverse navPosition menuStyle5"><div class="container-fluid">'
        f'<a class="navbar-brand" href="/"><span class="website-name-preview-helper">{esc(spec.name)}</span></a>'
        '<ul class="nav navbar-nav navbar-right"><li><a href="/">Accueil</a></li><li><a href="/contact/">Contact</a></li></ul></div></nav>'
        '<div id="sectionsContainer">'
        + module(
            "home",
            "<h1>Assistance imprimante Epson en Belgique</h1>"
            "<p>Techniciens spécialisés Epson à votre écoute 7 jours sur 7, de 8 h à 22 h. Diagnostic gratuit, prise "
            "en main à distance, solution immédiate.</p>"
            f'<h2 class="s123-phone">Ligne d’assistance : {under}</h2>'
            f"<p>{call}</p>",
        )
        + module("icons", f'<div class="row">{steps}</div>')
        + module(
            "text",
            "<p>Assistance Imprimante Epson Belgique est un service d’assistance technique. Nous intervenons sur toutes "
            "les imprimantes Epson, qu’elles soient sous garantie ou non.</p>",
        )
        + "</div>"
        '<footer class="global_footer footer_1"><div class="container"><p>© 2026 Tous droits réservés · '
        f'{esc(spec.name)}</p><p class="s123-brand">Ce site a été créé avec <a href="https://fr.site123.com" rel="nofollow">SITE123</a></p></div></footer>'
        f'<script src="https://cdn-cms-s-8-4.f-static.net/versions/2/js/websiteJS.js?w={site_id}"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Imprimante hors ligne ? Appelez-nous", body, head, f' class="s123-website" data-website-id="{site_id}"'), s)}


# --- a Finnish Windows Defender browser locker -------------------------------------------


@branded
def b16_fi_locker_lukittu(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    pairs = s.num(own, "split_sub")  # 0800 91 72 46
    gaps = s.num(own, "national", "dot_gaps")  # 0 . 8 . 0 . 0 . 9 . 1 . 7 . 2 . 4 . 6
    intl = numbers.write(own, "intl")  # +358 800 917246, in the script
    s.hidden(own)
    code = f"0x80{rng.choice('0478')}{rng.randint(100, 999)}{rng.choice('ABCDEF')}{rng.choice('0123456789')}"
    ref = f"FI-{rng.randint(100000, 999999)}-{_hex(rng, 4).upper()}"
    rows = "".join(
        f"<li><b>{esc(a)}</b> – {esc(b)}</li>"
        for a, b in (
            ("Trojan:Win32/Wacatac.B!ml", "selaimen tallennetut salasanat"),
            ("Backdoor:Win32/Remcos.GA", "verkkopankin istuntotiedot"),
            ("Ransom:Win32/Phobos.PA", "valokuvat ja asiakirjat"),
        )
    )
    head = (
        "<style>body{margin:0;background:#0b57d0 url('/img/defender-bg.jpg') center/cover;font-family:'Segoe UI',Arial,sans-serif;cursor:none}"
        ".ikkuna{position:fixed;top:8%;left:50%;transform:translateX(-50%);width:640px;background:#fff;border:1px solid #777;box-shadow:0 10px 40px #000}"
        ".otsake{background:#1e1e1e;color:#fff;padding:7px 12px;font-size:13px}.sisalto{padding:18px 26px}"
        ".punainen{color:#c50f1f}.numero{font-size:28px;font-weight:700;text-align:center;margin:14px 0}</style>\n"
    )
    body = (
        '<div class="ikkuna" role="alertdialog">'
        '<div class="otsake">Windows Defender – Suojauskeskus</div><div class="sisalto">'
        '<h1 class="punainen">Tietokoneesi on lukittu</h1>'
        "<p>Windows Defender on havainnut tietokoneellasi vakavan tietoturvauhan. Käyttö on estetty, jotta "
        "tietojasi ei lähetetä eteenpäin. Seuraavat tiedot ovat vaarassa:</p>"
        f"<ul>{rows}</ul>"
        f"<p>Virhekoodi: <b>{code}</b> · Tapausnumero {ref}</p>"
        "<p>Älä sammuta tietokonetta äläkä sulje tätä ikkunaa – muuten kiintolevyn tiedot poistetaan. Soita heti "
        "Windows-tukeen (maksuton):</p>"
        f'<p class="numero">{gaps}</p>'
        f"<p>Microsoft-tuki Suomi: {pairs}</p>"
        '<p><button id="skannaa">Skannaa nyt</button> <button id="peruuta">Peruuta</button></p>'
        "</div></div>"
        '<audio id="halytys" src="/media/halytys-fi.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement;function koko(){try{(e.requestFullscreen||e.webkitRequestFullscreen).call(e);}catch(x){}}\n"
        "  ['click','keydown','mousedown'].forEach(function(t){d.addEventListener(t,function(v){if(t==='keydown'){v.preventDefault();}koko();d.getElementById('halytys').play();});});\n"
        "  window.onbeforeunload=function(){return 'Tietokoneesi on lukittu';};\n"
        "  window.addEventListener('beforeunload',function(v){v.preventDefault();v.returnValue='';});\n"
        "  for(var i=0;i<30;i++){history.pushState({k:i},'',location.pathname+'?lukittu='+i);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);});\n"
        f"  var m={json_str('VAROITUS! Tietokoneesi on lukittu. Virhe ' + code + '. Soita Windows-tukeen: ' + intl)};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='fi-FI';speechSynthesis.speak(u);}\n"
        "  (function kysy(){if(!confirm(m)){alert(m);}setTimeout(kysy,2000);})();\n"
        "  d.getElementById('peruuta').onclick=function(){alert(m);koko();};\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Windows Defender – tietokone lukittu – soita {pairs}", body, head), s)}


# --- a British McAfee "renewed for £399.99" SvelteKit page on Vercel ---------------------


@branded
def b16_uk_vercel_sveltekit_mcafee(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hint = s.num(own, "zero_dash") + " UK"  # 0-800-260-1937 UK
    call = s.tel(own, "Speak to the renewals desk", national=True)  # tel:08002601937
    s.hidden(own)  # hydration data
    invoice = f"MCA-UK-{rng.randint(1000000, 9999999)}"
    v = _hex(rng, 8)
    hydrate = {"type": "data", "nodes": [None, {"type": "data", "data": {"invoice": invoice, "amount": "£399.99", "support_phone": own, "product": "McAfee Total Protection"}}]}
    head = (
        f'<link href="/_app/immutable/assets/0.{v}.css" rel="stylesheet">\n'
        f'<link rel="modulepreload" href="/_app/immutable/entry/start.{_hex(rng, 8)}.js">\n'
        f'<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.{_hex(rng, 8)}.js">\n'
        '<meta name="robots" content="noindex">\n'
    )
    sv = f"svelte-{_letters(rng, 6)}"
    body = (
        '<div style="display: contents">'
        f'<header class="bar {sv}"><img src="/mcafee-shield.svg" alt="McAfee" width="36" class="{sv}"><span class="{sv}">McAfee Renewals Desk</span></header>'
        f'<main class="card {sv}">'
        f'<h1 class="{sv}">Your McAfee subscription has been renewed</h1>'
        f'<p class="{sv}">Thank you for choosing McAfee Total Protection (10 devices, 2 years). Your card on file will be '
        f"charged <strong>£399.99</strong> today.</p>"
        f'<table class="inv {sv}"><tr><td>Invoice</td><td>{invoice}</td></tr><tr><td>Product</td><td>McAfee Total Protection – Family</td></tr>'
        "<tr><td>Amount</td><td>£399.99 (incl. VAT)</td></tr><tr><td>Payment</td><td>Auto-renewal</td></tr></table>"
        f'<p class="{sv}">Did not authorise this renewal? Cancel within 24 hours for a full refund. Call the renewals '
        f"desk free on <strong>{hint}</strong>.</p>"
        f'<p class="cta {sv}">{call}</p>'
        f'<p class="small {sv}">Lines open 7 days, 8am–10pm. Have your invoice number ready. '
        '<a href="/help/contact">Other ways to contact us</a></p>'
        "</main>"
        f'<footer class="{sv}">© 2026 McAfee Renewals Desk · Billing support for UK customers</footer>'
        "</div>"
        "<script>\n{\n"
        f"  __sveltekit_{_letters(rng, 5)} = {{ base: new URL('.', location).pathname.slice(0, -1), env: {{}} }};\n"
        "  const element = document.currentScript.parentElement;\n"
        f"  const data = {json.dumps(hydrate, ensure_ascii=False)}.nodes;\n"
        "  Promise.all([import('/_app/immutable/entry/start." + _hex(rng, 8) + ".js'), import('/_app/immutable/entry/app." + _hex(rng, 8) + ".js')])"
        ".then(([kit, app]) => { kit.start(app, element, { node_ids: [0, 2], data, form: null, error: null }); });\n"
        "}\n</script>"
    )
    return {"/": (document(spec.lang, "McAfee | Subscription renewed – cancel or refund", body, head, ' data-sveltekit-preload-data="hover"'), s)}


# --- a Japanese Google account "recovery support" on STUDIO -------------------------------


@branded
def b16_ja_studio_gmail(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    full = s.num(own, "dashed", "fullwidth")  # ０８００－１７０－５２３６
    call = s.tel(own, "今すぐ電話する", national=True)
    pid = _hex(rng, 8)
    head = (
        '<meta name="generator" content="STUDIO">\n'
        f'<link rel="stylesheet" href="https://storage.googleapis.com/studio-front/assets/{_hex(rng, 10)}.css">\n'
        f'<meta property="og:image" content="https://storage.googleapis.com/studio-cms-assets/projects/{pid}/s-1200x630_v-fms_webp_{_hex(rng, 8)}.webp">\n'
    )

    def box(inner: str) -> str:
        return f'<div class="sd appear" data-s-{_hex(rng, 8)}="">{inner}</div>'

    reasons = "".join(
        box(f'<p class="sd">{esc(t)}</p>')
        for t in (
            "Gmailにログインできない・パスワードを忘れた",
            "「不審なアクティビティ」と表示されアカウントがロックされた",
            "2段階認証のコードが届かない",
            "乗っ取られたアカウントを取り戻したい",
        )
    )
    body = (
        f'<div id="__studio" data-project="{pid}"><div class="StudioCanvas">'
        + box(f'<img class="sd" src="/images/google-account-support.png" alt="Googleアカウント"><p class="sd">{esc(spec.name)}</p>')
        + box(
            "<h1 class=\"sd\">Googleアカウント・Gmail 復旧サポート</h1>"
            "<p class=\"sd\">Gmailにログインできない、アカウントが停止された――そんなときは専門スタッフが電話で"
            "すぐにお手伝いします。遠隔サポートでお客様のパソコン・スマートフォンの設定を確認し、その場で復旧します。</p>"
        )
        + box(f'<p class="sd tel">通話料無料　{full}</p><p class="sd">{call}</p>')
        + box(f'<h2 class="sd">こんなお困りごとに</h2>{reasons}')
        + box("<p class=\"sd\">受付時間　9:00〜22:00（土日祝も対応）</p>")
        + box(f'<p class="sd small">© 2026 {esc(spec.name)}</p>')
        + '</div><a class="studio-badge" href="https://studio.design/ja" rel="nofollow">Made in STUDIO</a></div>'
    )
    return {"/": (document(spec.lang, "Gmail ログインできない | Googleアカウント復旧サポート", body, head), s)}


# --- an unbranded German remote-help site on IONOS MyWebsite with a trust footer ----------


@branded
def b16_de_ionos_fernhilfe(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # ['0800', '3719264']
    sub = g[1]
    slash = _written(s, own, f"{g[0]} / {sub[:3]} {sub[3:5]} {sub[5:]}")  # 0800 / 371 92 64
    href = "tel:" + "%20".join((g[0], sub[:3], sub[3:5], sub[5:]))  # tel:0800%20371%2092%2064
    intl = s.num(own, "intl")  # +49 800 3719264
    hrb = f"HRB {rng.randint(200000, 249999)} B"
    ust = f"DE{rng.randint(300000000, 349999999)}"
    site = _hex(rng, 8)

    def row(inner: str) -> str:
        return (
            f'<div class="dmRespRow" id="{_letters(rng, 6)}"><div class="dmRespColsWrapper"><div class="dmRespCol large-12">'
            f'<div class="dmNewParagraph" data-element-type="paragraph" id="{_letters(rng, 8)}">{inner}</div></div></div></div>'
        )

    head = (
        '<meta name="generator" content="IONOS MyWebsite">\n'
        f'<link rel="stylesheet" href="https://irp.cdn-website.com/{site}/files/{site}_withFlex.min.css?v={rng.randint(100, 999)}">\n'
        f'<script>window.Parameters = window.Parameters || {{ SiteAlias: "{site}", SiteType: atob("RFVEQU9ORQ=="), IsSiteMultilingual: false }};</script>\n'
    )
    fixes = "".join(
        f"<li>{esc(t)}</li>"
        for t in (
            "Computer langsam, hängt oder startet nicht",
            "Drucker, WLAN und E-Mail einrichten",
            "Viren, Werbefenster und verdächtige Meldungen",
            "Online-Banking und Passwörter absichern",
            "Datenrettung und Sicherung",
        )
    )
    body = (
        '<div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3 standard"><div id="dmStyle_outerContainer">'
        f'<div id="dmFirstContainer" class="dmBody"><header class="dmHeader" id="hcontainer"><a href="/" class="dmLogo">{esc(spec.name)}</a>'
        f'<nav class="dmNav"><a href="/">Start</a><a href="/so-funktionierts">So funktioniert’s</a><a href="/kontakt">Kontakt</a></nav>'
        f'<a class="dmCall" href="{href}">Kostenlos anrufen</a></header>'
        '<div class="dmContent" id="dmContent">'
        + row(
            "<h1>PC-Probleme? Unsere Experten helfen sofort – per Fernwartung</h1>"
            "<p>Sie rufen an, einer unserer zertifizierten IT-Experten verbindet sich mit AnyDesk oder TeamViewer mit "
            "Ihrem Computer und löst das Problem, während Sie zusehen. Kein Techniker-Besuch, keine Wartezeit.</p>"
            f"<p><strong>Kostenlose Hotline: {slash}</strong> · Mo–So 8–22 Uhr</p>"
        )
        + row(f"<h2>Wobei wir helfen</h2><ul>{fixes}</ul>")
        + row(
            "<h2>So funktioniert’s</h2><ol><li>Hotline anrufen und Problem schildern.</li>"
            "<li>AnyDesk herunterladen und dem Experten die 9-stellige Adresse nennen.</li>"
            "<li>Der Experte behebt das Problem und stellt Ihnen unsere Schutzpakete vor (ab 129 € im Jahr).</li></ol>"
        )
        + row(
            '<div class="pe-widget"><a href="https://www.provenexpert.com/" rel="nofollow"><img src="/img/provenexpert-siegel.png" alt="ProvenExpert Siegel"></a>'
            "<p><strong>SEHR GUT</strong> · 4,9 / 5 aus 1.284 Bewertungen</p></div>"
            "<p>„Sehr geduldig und freundlich, mein Laptop läuft wieder.“ – Renate K., Bielefeld</p>"
            "<p>Seit 2009 Ihr Partner für schnelle PC-Hilfe in ganz Deutschland.</p>"
        )
        + "</div>"
        '<footer class="dmFooter" id="fcontainer">'
        + row(
            f"<p>{esc(spec.name)} GmbH · Kurfürstendamm 195 · 10707 Berlin · {intl}</p>"
            f"<p>Registergericht: Amtsgericht Charlottenburg, {hrb} · USt-IdNr.: {ust}</p>"
            '<p><a href="/impressum">Impressum</a> · <a href="/agb">AGB</a> · <a href="/datenschutz">Datenschutzerklärung</a> · '
            '<a href="/widerrufsbelehrung">Widerrufsbelehrung</a></p>'
            "<p>Wir sind ein unabhängiger IT-Dienstleister.</p>"
        )
        + "</footer></div></div></div></div>"
        f'<script src="https://irp.cdn-website.com/{site}/files/{site}_runtime.min.js"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – PC-Hilfe per Fernwartung", body, head, ' id="dmRoot" class="dmBodyNoIscroll dmRoot"'), s)}


TEMPLATES = {
    "b16_nl_joomla15_bakkerij_outlook": with_contact("/contact.html", b16_nl_joomla15_bakkerij_outlook),
    "b16_ca_twentytwelve_church_canon": with_contact("/contact-us/", b16_ca_twentytwelve_church_canon),
    "b16_at_strikingly_avast_nr": with_contact("/kontakt/", b16_at_strikingly_avast_nr),
    "b16_befr_site123_epson": with_contact("/contact/", b16_befr_site123_epson),
    "b16_fi_locker_lukittu": b16_fi_locker_lukittu,
    "b16_uk_vercel_sveltekit_mcafee": with_contact("/help/contact", b16_uk_vercel_sveltekit_mcafee),
    "b16_ja_studio_gmail": with_contact("/contact/", b16_ja_studio_gmail),
    "b16_de_ionos_fernhilfe": with_contact("/kontakt", b16_de_ionos_fernhilfe),
}
