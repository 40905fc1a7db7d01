"""Thirtieth batch of held-out scam templates: page shells no earlier batch uses.

b30_se_seedprod_unbranded_copied (an unbranded Stockholm "datorhjälp" on WordPress +
SeedProd, a name registered a year and a half ago, a real firm's org.nr in its footer, the
08 number plain), b30_befr_heroku_mezzanine_unbranded (an unbranded Brussels "dépannage
PC" on a herokuapp.com subdomain, Mezzanine/Django, the number international with
"Belgique" after it), b30_nz_getresponse_mcafee_alt (a New Zealand "McAfee renewal refund"
landing page on GetResponse, the freephone number only in a banner's alt text),
b30_nl_pagekit_kpn_intl (a Dutch "KPN storingsdesk" on Pagekit, the number plain
international), b30_pt_helpscout_microsoft_circled (a Portuguese "recuperação de conta
Microsoft" knowledge base on Help Scout Docs, the number in circled digits),
b30_za_locker_scan_script (a South African "Windows Defender" scan whose number a script
shows only when the fake scan ends), b30_es_mobile_iphone_spaced (a Spanish mobile "tu
iPhone está infectado" page, every digit spaced), b30_sg_halo_hp_guide (a Singapore SEO
"how to contact HP support" guide on Halo whose only number is its own),
b30_gb_webplus_hijacked_amazon_words (a Harrogate guest house's old Serif WebPlus site with an
injected "Amazon Prime refund" page behind hidden links, "zero eight hundred" in words),
b30_chde_zeta_apple_partner_copy (a copy of a Winterthur Apple service partner's Zeta
Producer page that keeps Apple's genuine Swiss number beside its own, zero-width spaces
between the digits), b30_cafr_opencart_brother_plain (a Quebec OpenCart shop selling
"Brother printer assistance plans", the toll-free number plain with "Canada") and
b30_ie_dorik_netflix_jsonld (an Irish "Netflix account help" page on Dorik, the number only
in Organization JSON-LD).
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
from crawler.sandbox.heldout.shell import locker_code as _code
from crawler.sandbox.heldout.shell import written as _written
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str

# --- an unbranded Stockholm "datorhjälp" on WordPress + SeedProd, a copied org.nr ----------


def b30_se_seedprod_unbranded_copied(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="WordPress 6.6.2">\n'
        "<link rel='stylesheet' id='seedprod-style-css' href='/wp-content/plugins/coming-soon/public/css/tailwind.min.css?ver=6.18.12' media='all'>\n"
        "<link rel='stylesheet' id='seedprod-font-awesome-css' href='/wp-content/plugins/coming-soon/public/fontawesome/css/all.min.css?ver=6.18.12' media='all'>\n"
    )
    foot = (
        '<div class="sp-el-section sp-footer" style="background:#1d2733;color:#c7ced6;padding:28px">'
        "<p>Norrmalms Datorservice AB · Org.nr 556734-2918 · Godkänd för F-skatt · Sveavägen 44, 111 34 Stockholm</p>"
        '<p><a href="/villkor/">Allmänna villkor</a> · <a href="/integritetspolicy/">Integritetspolicy</a> · © 2026</p></div>'
    )
    pages = (
        ("/", "Datorhjälp på distans – vi löser det medan du väntar"),
        ("/tjanster/", "Våra tjänster"),
        ("/villkor/", "Allmänna villkor"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        g = numbers.groups(own)
        shown = _written(s, own, g[0] + "-" + " ".join(g[1:]))  # 08-522 418 93
        call = s.tel(own, shown)
        if path == "/":
            text = (
                "<p>Är datorn långsam, dyker det upp konstiga fönster eller har e-posten slutat fungera? Ring oss så kopplar "
                "en av våra tekniker upp sig mot din dator och fixar problemet direkt – du behöver inte lämna hemmet.</p>"
                f"<p>Ring <strong>{shown}</strong>, alla dagar 08–22.</p>"
                + _ul(("Ta bort virus och reklamfönster", "Skrivare och e-post", "Långsam dator", "Säkerhetspaket för hela familjen"),
                      "sp-list")
                + "<p>Betala enkelt med Swish eller kort när jobbet är klart.</p>"
            )
        elif path == "/tjanster/":
            text = (
                '<table class="sp-table"><tr><td>Snabbhjälp (30 min)</td><td>695 kr</td></tr>'
                "<tr><td>Virussanering + skydd 12 mån</td><td>2 495 kr</td></tr>"
                "<tr><td>Trygghetsavtal 3 år, 5 enheter</td><td>5 995 kr</td></tr></table>"
                f"<p>Frågor? Ring {shown}.</p>"
            )
        else:
            text = (
                "<p>Dessa villkor gäller för tjänster som utförs av Norrmalms Datorservice AB (org.nr 556734-2918). Fjärrsupport "
                "debiteras per påbörjad halvtimme. Ångerrätt gäller inte för tjänster som har utförts fullt ut med kundens "
                "samtycke.</p>"
                f"<p>Kundtjänst: {shown}</p>"
            )
        body = (
            f'<div id="sp-page" class="sp-content"><div class="sp-el-section sp-header" data-id="{_hex(rng, 7)}">'
            f'<a href="/" class="sp-logo">{esc(spec.name)}</a><nav class="sp-nav"><a href="/">Hem</a> <a href="/tjanster/">Tjänster</a> '
            f'<a href="/kontakt/">Kontakt</a></nav><span class="sp-phone">{call}</span></div>'
            f'<div class="sp-el-section sp-hero" data-id="{_hex(rng, 7)}"><div class="sp-el-row"><div class="sp-el-col">'
            f'<h1 class="sp-headline">{esc(h1)}</h1>{text}</div></div></div>'
            + foot
            + "</div>"
        )
        drafts[path] = (document(spec.lang, f"{h1} – {spec.name}", body, head), s)
    drafts["/kontakt/"] = (document(spec.lang, f"Kontakt – {spec.name}", (
        '<div id="sp-page" class="sp-content"><div class="sp-el-section"><h1>Kontakt</h1>'
        "<p>Vi är ett litet team av datortekniker i Stockholm som hjälper privatpersoner och småföretag sedan 2009. Skriv till "
        "oss via formuläret så ringer en tekniker upp.</p></div>"
        + foot + "</div>"), head), Sheet())
    return drafts


# --- an unbranded Brussels "dépannage PC" on herokuapp.com, Mezzanine --------------------


def b30_befr_heroku_mezzanine_unbranded(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<link rel="stylesheet" href="/static/css/bootstrap.css">\n'
        '<link rel="stylesheet" href="/static/css/mezzanine.css">\n'
        '<link rel="stylesheet" href="/static/css/bootstrap-theme.css">\n'
        '<script src="/static/mezzanine/js/jquery-1.8.3.min.js"></script>\n'
    )
    pages = (
        ("/", "Dépannage informatique à distance – Bruxelles et Wallonie"),
        ("/services/", "Nos services"),
        ("/tarifs/", "Tarifs"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        intl = s.num(own, "intl_zero_spaced")  # +32 (0)2 318 47 92
        call = s.tel(own, "Appeler maintenant")
        if path == "/":
            text = (
                "<p>Ordinateur lent, fenêtres publicitaires, messages d’alerte ou imprimante qui ne répond plus ? Un technicien "
                "se connecte à votre PC en quelques minutes et règle le problème pendant que vous regardez.</p>"
                "<p>Pas de déplacement, pas d’attente : la plupart des pannes sont résolues en moins d’une heure.</p>"
            )
        elif path == "/services/":
            text = _ul(("Suppression de virus et de logiciels espions", "Réparation de Windows sans perte de données",
                        "Installation d’imprimantes et de messageries", "Protection de tous vos appareils pendant 3 ans"))
        else:
            text = (
                '<table class="table"><tr><td>Intervention rapide</td><td>79 €</td></tr>'
                "<tr><td>Nettoyage complet + protection 1 an</td><td>229 €</td></tr>"
                "<tr><td>Pack sérénité 3 ans</td><td>449 €</td></tr></table>"
                "<p>Paiement après l’intervention, par virement ou carte prépayée.</p>"
            )
        body = (
            '<div class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container"><div class="navbar-header">'
            f'<a class="navbar-brand" href="/">{esc(spec.name)}</a><p class="navbar-text visible-lg">Assistance informatique</p></div>'
            '<div class="navbar-collapse collapse"><form action="/search/" class="navbar-form navbar-right" role="search">'
            f'<input type="hidden" name="csrfmiddlewaretoken" value="{_hex(rng, 32)}"><input class="form-control" placeholder="Rechercher" type="text" name="q"></form>'
            '<ul class="nav navbar-nav"><li id="menu-home"><a href="/">Accueil</a></li><li><a href="/services/">Services</a></li>'
            '<li><a href="/tarifs/">Tarifs</a></li><li><a href="/contact/">Contact</a></li></ul></div></div></div>'
            '<div class="container"><ul class="breadcrumb"><li id="breadcrumb-menu-home"><a href="/">Accueil</a></li></ul></div>'
            f'<div class="container"><div class="row"><div class="col-md-9 middle"><h1>{esc(h1)}</h1>{text}'
            f'<div class="well"><p>Ligne d’assistance : <strong>{intl} – Belgique</strong></p><p>{call}</p></div></div>'
            '<div class="col-md-3 right"><div class="panel panel-default"><div class="panel-body">Techniciens francophones 7j/7, de 8 h à 22 h.</div></div></div></div></div>'
            '<footer><div class="container"><p>© 2026 ' + esc(spec.name) + ' · <a href="/mentions-legales/">Mentions légales</a></p>'
            '<p>Powered by <a href="http://mezzanine.jupo.org">Mezzanine</a> and <a href="http://www.djangoproject.com">Django</a></p></div></footer>'
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    drafts["/contact/"] = (document(spec.lang, f"Contact | {spec.name}", (
        f'<div class="container"><h1>Contact</h1><p>Écrivez-nous via le formulaire ; un technicien vous rappelle.</p>'
        f'<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{_hex(rng, 32)}">'
        '<input name="field_1" placeholder="Nom"><input name="field_2" placeholder="E-mail"><textarea name="field_3"></textarea></form></div>'
        '<footer><p>Powered by Mezzanine and Django</p></footer>'), head), Sheet())
    return drafts


# --- a New Zealand "McAfee renewal refund" landing page on GetResponse, alt only -------------


@branded
def b30_nz_getresponse_mcafee_alt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    alt = _written(s, own, "McAfee Refund Desk NZ – Freephone 0800 417 263 – open 7 days")
    page_id = _hex(rng, 12)
    head = (
        f'<link rel="stylesheet" href="https://us-lps.grweb.site/assets/lps/{page_id}/style.css">\n'
        '<meta name="generator" content="GetResponse Landing Page Creator">\n'
        f'<script src="https://us-lps.grweb.site/js/lps-runtime.{_hex(rng, 8)}.js" defer></script>\n'
    )
    order = f"NZ-{rng.randint(4000000, 4999999)}"
    body = (
        f'<div class="lps-body" data-page-id="{page_id}"><div class="lps-section lps-section--header">'
        '<img src="/assets/img/mcafee-shield-red.png" alt="McAfee" width="42"> <span class="lps-text">Customer Billing Centre</span></div>'
        '<div class="lps-section lps-section--main"><div class="lps-block lps-block--text">'
        "<h1>Your McAfee Total Protection has been renewed</h1>"
        f"<p>Order {esc(order)} · 3 devices · 3 years · <b>NZ$489.99</b> charged to the card on file.</p>"
        "<p>The amount will appear on your statement within 24 hours as “MCAFEE*RENEWAL”. If you did not request this "
        "renewal you are entitled to a full refund under our 30-day guarantee.</p>"
        "<p>To cancel and get your money back, ring the Refund Desk on the freephone number in the banner below. Please "
        "have your order number ready; the agent will guide you through the refund on your computer.</p></div>"
        f'<div class="lps-block lps-block--image"><img src="https://us-lps.grweb.site/files/{page_id}/refund-desk-banner.png" '
        f'alt="{alt}" width="640" height="120"></div>'
        '<div class="lps-block lps-block--form"><form action="/thank-you" method="post"><label>Full name<input name="name"></label>'
        '<label>Email<input name="email" type="email"></label><button type="submit">Request refund</button></form></div></div>'
        '<div class="lps-section lps-section--footer"><p>© 2026 Billing Centre · Terms · Privacy</p></div></div>'
    )
    thanks = (
        '<div class="lps-body"><div class="lps-section"><h1>Thank you</h1>'
        "<p>Your refund request has been received. A McAfee billing agent will contact you. For a faster refund, call the "
        "Refund Desk now.</p></div></div>"
    )
    return {
        "/": (document(spec.lang, "McAfee Renewal – Refund Centre NZ", body, head), s),
        "/thank-you": (document(spec.lang, "Thank you – Refund Centre", thanks, head), Sheet()),
        "/contact": (document(spec.lang, "Contact – Refund Centre", (
            '<div class="lps-body"><div class="lps-section"><h1>Contact the Billing Centre</h1>'
            "<p>Use the refund form on the main page. Refund requests are handled within one working day.</p></div></div>"), head), Sheet()),
    }


# --- a Dutch "KPN storingsdesk" on Pagekit, plain international -----------------------------


@branded
def b30_nl_pagekit_kpn_intl(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Pagekit">\n'
        '<link href="/packages/pagekit/theme-one/css/theme.css?v=' + _hex(rng, 4) + '" rel="stylesheet">\n'
        '<script src="/app/assets/uikit/js/uikit.min.js?v=' + _hex(rng, 4) + '"></script>\n'
    )
    pages = (
        ("/", "Storing bij internet, tv of bellen? Meld het direct"),
        ("/storingen/amsterdam", "Actuele storing regio Amsterdam"),
        ("/monteur-afspraak", "Monteur aan huis"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        intl = s.num(own, "intl")  # +31 20 808 4176
        call = s.tel(own, intl)
        if path == "/":
            text = (
                "<p>Werkt uw KPN internet, tv of vaste lijn niet? Op dit moment zijn er meldingen in Amsterdam, Utrecht, Haarlem "
                "en Almere. Onze storingsdesk controleert uw modem op afstand en herstelt de verbinding vaak binnen enkele "
                "minuten.</p>"
                + _ul(("Geen internet of wifi", "Tv-ontvanger geeft foutcode", "Geen kiestoon op de vaste lijn", "Trage verbinding"),
                      "uk-list uk-list-bullet")
            )
        elif path == "/storingen/amsterdam":
            text = (
                '<div class="uk-alert uk-alert-warning"><p>Status: <b>storing</b> · gemeld om 07:42 · verwacht herstel onbekend</p></div>'
                "<p>Klanten in postcodegebied 1011–1109 kunnen problemen hebben met internet en tv. Bel de storingsdesk, dan "
                "controleren we of uw aansluiting getroffen is en of uw modem vervangen moet worden.</p>"
            )
        else:
            text = (
                "<p>Kan de storing niet op afstand worden opgelost, dan komt een monteur bij u langs. Het voorrijtarief van "
                "€ 49 betaalt u vooraf via een betaallink.</p>"
            )
        body = (
            '<div class="tm-navbar"><div class="uk-container uk-container-center"><nav class="uk-navbar">'
            f'<a class="uk-navbar-brand" href="/">{esc(spec.name)}</a><ul class="uk-navbar-nav">'
            '<li><a href="/">Home</a></li><li><a href="/storingen/amsterdam">Storingen</a></li><li><a href="/monteur-afspraak">Monteur</a></li>'
            '<li><a href="/contact">Contact</a></li></ul></nav></div></div>'
            f'<div class="tm-main uk-container uk-container-center"><article class="uk-article"><h1 class="uk-article-title">{esc(h1)}</h1>{text}'
            f'<p class="uk-text-large">Storingsnummer: <strong>{call}</strong> (24/7)</p></article></div>'
            f'<div class="tm-footer"><p>{esc(spec.name)} · Storingsmeldingen voor KPN-klanten · © 2026</p></div>'
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- a Portuguese "Microsoft account recovery" on Help Scout Docs, circled digits ------------


_CIRCLED = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")


@branded
def b30_pt_helpscout_microsoft_circled(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        f'<link rel="stylesheet" href="//d3eto7onm69fcz.cloudfront.net/assets/stylesheets/launch-{rng.randint(1600000000, 1700000000)}.css">\n'
        '<meta name="description" content="Centro de ajuda para recuperar a sua conta">\n'
    )
    articles = (
        ("/article/14-recuperar-conta-microsoft", "Como recuperar a sua conta Microsoft bloqueada"),
        ("/article/21-outlook-palavra-passe", "Esqueci a palavra-passe do Outlook ou Hotmail"),
    )

    def shell(content: str) -> str:
        return (
            '<div id="docsSiteWrapper"><header id="mainNav" class="navbar"><div class="container-fluid">'
            f'<a class="brand" href="/"><span>{esc(spec.name)}</span></a>'
            '<ul class="nav"><li><a href="/">Início</a></li><li><a href="/category/3-contas">Contas</a></li><li><a href="/contacto">Contacto</a></li></ul></div></header>'
            '<section id="docsSearch"><form action="/search" method="GET" id="searchBar"><input type="text" name="query" '
            'placeholder="Pesquisar ajuda" aria-label="Pesquisar"><button type="submit">Pesquisar</button></form></section>'
            f'<section id="contentArea" class="container-fluid"><div class="row-fluid">{content}</div></section>'
            '<footer><p>© 2026 ' + esc(spec.name) + '. <span>Powered by <a href="https://www.helpscout.com/docs-refer/" target="_blank">Help Scout</a></span></p></footer></div>'
        )

    drafts: Drafts = {}
    for path, h1 in articles:
        s = Sheet()
        circled = _written(s, own, numbers.write(own, "national").translate(_CIRCLED))  # ⑧⓪⓪ ②⓪⑧ ④①⑦
        call = s.tel(own, "Ligar para o apoio")
        if path.startswith("/article/14"):
            text = (
                "<p>Se a sua conta Microsoft foi bloqueada por «atividade invulgar», se não recebe o código de verificação no "
                "telemóvel ou se alguém alterou a palavra-passe, os nossos técnicos ajudam a recuperar o acesso ao Outlook, "
                "OneDrive e Xbox no mesmo dia.</p>"
                "<ol><li>Tenha à mão o endereço de e-mail da conta.</li><li>Ligue para a linha de recuperação.</li>"
                "<li>Um técnico verifica a sua identidade e liga-se ao seu computador para repor a conta.</li></ol>"
            )
        else:
            text = (
                "<p>O Outlook diz que a palavra-passe está errada ou a conta Hotmail foi suspensa? Não crie uma conta nova: "
                "perderia os seus e-mails. A equipa de recuperação repõe o acesso em poucos minutos.</p>"
            )
        content = (
            '<div id="main-content" class="span9"><article id="fullArticle">'
            f'<h1 class="title">{esc(h1)}</h1><div class="articleFoot"><p class="lu">Atualizado há 2 dias</p></div>{text}'
            f'<div class="callout-yellow"><p>Linha de recuperação de contas (chamada gratuita): <strong>{circled}</strong></p>'
            f"<p>{call}</p></div></article></div>"
            '<div id="sidebar" class="span3"><h3>Artigos relacionados</h3><ul class="nav nav-list">'
            + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in articles)
            + "</ul></div>"
        )
        drafts[path] = (document(spec.lang, f"{h1} - {spec.name}", shell(content), head), s)
    drafts["/"] = (document(spec.lang, spec.name, shell(
        '<div class="span12"><h1>Como podemos ajudar?</h1><section class="category-list">'
        + "".join(f'<a class="category" href="{p}"><h3>{esc(t)}</h3></a>' for p, t in articles)
        + "</section></div>"), head), Sheet())
    drafts["/contacto"] = (document(spec.lang, f"Contacto - {spec.name}", shell(
        '<div class="span12"><h1>Contacto</h1><p>Envie-nos uma mensagem pelo formulário. Um técnico responde no próprio dia.</p>'
        '<form class="contactForm"><input name="name" placeholder="Nome"><input name="email" placeholder="E-mail"><textarea name="message"></textarea></form></div>'), head), Sheet())
    return drafts


# --- a South African "Windows Defender" scan, the number shown when the scan ends ----------


@branded
def b30_za_locker_scan_script(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    parts = numbers.groups(s.hidden(own))  # 087 550 3219
    tel = f"tel:+{numbers.country_code(own)}"
    msg = ("Windows Defender: your computer is infected with Trojan Spyware. Your banking details and passwords are at risk. "
           "Do not shut down your computer. Call Microsoft Support South Africa immediately.")
    script = (
        "<script>\n(function(){\n"
        f"  var p={json_str(parts[0])},q=[{json_str(parts[1])},{json_str(parts[2])}],w=0,bar=document.getElementById('bar'),"
        "pct=document.getElementById('pct'),log=document.getElementById('log');\n"
        "  var files=['C:\\\\Windows\\\\System32\\\\drivers\\\\etc\\\\hosts','C:\\\\Users\\\\Public\\\\Documents','C:\\\\Windows\\\\explorer.exe',"
        "'C:\\\\ProgramData\\\\Microsoft\\\\Crypto\\\\RSA'];\n"
        "  var t=setInterval(function(){w+=3;bar.style.width=w+'%';pct.textContent=w+'%';"
        "log.textContent='Scanning '+files[w%files.length];if(w>=99){clearInterval(t);done();}},120);\n"
        "  function done(){var n=p+' '+q.join(' ');document.getElementById('res').style.display='block';"
        "document.getElementById('num').textContent=n;"
        f"document.getElementById('call').href='{tel}'+(p+q.join('')).slice(1);"
        "document.getElementById('scan').style.display='none';lock();}\n"
        "  function lock(){try{document.documentElement.requestFullscreen();}catch(x){}"
        "  onbeforeunload=function(){return 'Scan results not saved';};"
        "  for(var i=0;i<20;i++){history.pushState({},'',location.href);}onpopstate=function(){history.pushState({},'',location.href);};"
        f"  var m={json_str(msg)};(function ask(){{if(!confirm(m)){{alert(m);}}setTimeout(ask,6000);}})();"
        "  var a=document.getElementById('beep');a.play&&a.play().catch(function(){});}\n"
        "})();\n</script>"
    )
    body = (
        '<div style="background:#0067b8;color:#fff;font-family:Segoe UI,Arial,sans-serif;min-height:100vh;padding:0">'
        '<div style="padding:10px 18px;background:#004e8c;font-size:13px">Windows Security · Virus &amp; threat protection</div>'
        '<div id="scan" style="max-width:640px;margin:60px auto;background:#fff;color:#222;padding:24px 28px">'
        "<h1 style=\"font-size:21px;margin-top:0\">Quick scan in progress…</h1>"
        '<div style="height:14px;background:#e5e5e5"><div id="bar" style="height:14px;width:0;background:#0067b8"></div></div>'
        '<p><span id="pct">0%</span> · <span id="log">Preparing…</span></p>'
        "<p style=\"font-size:12px;color:#666\">Microsoft Defender Antivirus is checking your device for threats. Please wait.</p></div>"
        '<div id="res" style="display:none;max-width:640px;margin:60px auto;background:#fff;color:#222;border-top:6px solid #d13438;padding:24px 28px">'
        "<h2 style=\"color:#d13438;margin-top:0\">5 threats found – action required</h2>"
        + _ul(("Trojan:Win32/Emotet.RT!MTB", "Spyware:Win32/Keylogger.AZ", "PUA:Win32/CoinMiner", "Trojan:JS/Redirector.QE",
               "Backdoor:Win32/Remcos.GZ"))
        + "<p>Your computer has been blocked to protect your data. Do not restart. A certified Microsoft technician can remove "
        "the threats for you.</p>"
        '<p style="font-size:14px">Call Windows Support South Africa (toll-free):</p>'
        '<p style="font-size:30px;font-weight:700;margin:0"><a id="call" href="#" style="color:#0067b8;text-decoration:none"><span id="num"></span></a></p>'
        f'<p style="font-size:11px;color:#777">Error code {_code(rng)} · Scan ID {_hex(rng, 12).upper()}</p></div></div>'
        '<audio id="beep" src="/snd/defender-warning-za.mp3" autoplay loop></audio>'
        + script
    )
    return {"/": (document(spec.lang, "Windows Security – Quick Scan", body), s)}


# --- a Spanish mobile "tu iPhone está infectado" page, every digit spaced ------------------


@branded
def b30_es_mobile_iphone_spaced(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    spaced = _written(s, own, " ".join(numbers.national_digits(own)))  # 9 0 0 8 3 1 4 6 2
    call = s.tel(own, "Llamar al Soporte de Apple").replace("<a ", '<a style="color:#fff;text-decoration:none" ')
    msg = "Tu iPhone está infectado con 4 virus. Llama al soporte técnico de Apple para eliminarlos ahora."
    head = (
        '<meta name="apple-mobile-web-app-capable" content="yes">\n'
        '<meta name="theme-color" content="#000000">\n'
    )
    script = (
        "<script>\n(function(){\n"
        "  try{navigator.vibrate([400,200,400,200,800]);}catch(x){}\n"
        "  var s=179,c=document.getElementById('cd');setInterval(function(){if(s>0){s--;}"
        "c.textContent=Math.floor(s/60)+':'+('0'+s%60).slice(-2);},1000);\n"
        "  for(var i=0;i<15;i++){history.pushState({},'',location.href);}\n"
        "  addEventListener('popstate',function(){history.pushState({},'',location.href);alert(" + json_str(msg) + ");});\n"
        "  addEventListener('touchstart',function(){try{document.documentElement.requestFullscreen();}catch(x){}},{once:true});\n"
        "  addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='';});\n"
        "  setTimeout(function(){if(!confirm(" + json_str(msg) + ")){alert(" + json_str(msg) + ");}},1200);\n"
        "})();\n</script>"
    )
    body = (
        '<div style="font-family:-apple-system,BlinkMacSystemFont,Helvetica,sans-serif;background:#f2f2f7;min-height:100vh;padding:14px">'
        '<div style="text-align:center;color:#8e8e93;font-size:12px">Centro de seguridad · iOS</div>'
        '<div style="background:#fff;border-radius:13px;margin-top:12px;padding:18px;text-align:center">'
        '<div style="font-size:44px">⚠️</div>'
        "<h1 style=\"font-size:20px;margin:6px 0\">Tu iPhone está gravemente dañado por 4 virus</h1>"
        "<p style=\"font-size:15px\">Hemos detectado que tu iPhone está infectado por un virus de un sitio web para adultos. "
        "En pocos minutos se dañarán tu tarjeta SIM, tus contactos, tus fotos y tus datos.</p>"
        '<p style="font-size:15px">Tiempo restante: <b id="cd" style="color:#ff3b30">2:59</b></p>'
        "<p style=\"font-size:14px\">No cierres esta página. Llama ahora al soporte técnico de Apple (gratuito):</p>"
        f'<p style="font-size:24px;font-weight:700;letter-spacing:1px">{spaced}</p>'
        f'<div style="background:#007aff;border-radius:10px;padding:12px;font-size:17px">{call}</div>'
        f'<p style="font-size:11px;color:#8e8e93;margin-top:14px">Código de incidencia {_code(rng)} · Apple Distribution International</p></div></div>'
        '<audio src="/a/alerta-ios.mp3" autoplay loop></audio>'
        + script
    )
    return {"/": (document(spec.lang, "Alerta de seguridad – iPhone", body, head), s)}


# --- a Singapore "how to contact HP support" SEO guide on Halo -----------------------------


@branded
def b30_sg_halo_hp_guide(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Halo 2.17.0">\n'
        '<link rel="stylesheet" href="/themes/theme-earth/assets/dist/style.css?v=1.9.2">\n'
        '<script src="/themes/theme-earth/assets/dist/main.iife.js?v=1.9.2" defer></script>\n'
    )
    post = "/archives/how-to-contact-hp-support-singapore"
    s = Sheet()
    intl = s.num(own, "intl")  # +65 3165 8274
    nat = s.num(own, "national")  # 3165 8274
    call = s.tel(own, f"Call {nat}")
    ld = _ld({"@context": "https://schema.org", "@type": "Article", "headline": "How to Contact HP Support in Singapore (2026 Guide)",
              "datePublished": "2026-02-19", "author": {"@type": "Person", "name": "Daniel Tan"}})
    article = (
        '<article class="prose"><h1>How to Contact HP Support in Singapore (2026 Guide)</h1>'
        '<p class="meta">Daniel Tan · 19 Feb 2026 · 6 min read</p>'
        "<p>Your HP laptop will not boot, the HP Smart app cannot find your printer, or your warranty claim is stuck? Here are "
        "the fastest ways to reach an HP technician in Singapore, tested by our editors this month.</p>"
        "<h2>Method 1: Call the HP support hotline (fastest)</h2>"
        f"<p>The quickest way is by phone. Dial <strong>{intl}</strong> (or {nat} from a Singapore line). The hotline is open "
        "24 hours and the agents can connect to your computer to fix driver and printer problems while you are on the call.</p>"
        f'<p class="cta">{call}</p>'
        "<h2>Method 2: Live chat</h2><p>The chat queue is often long in the evening. If you need a fix today, calling is "
        "faster.</p>"
        "<h2>Method 3: Walk-in service centre</h2><p>Walk-in repairs need an appointment and can take 5–7 working days.</p>"
        "<h2>Tips before you call</h2>"
        + _ul(("Keep your serial number and product number ready.", "Stay in front of your computer.",
               "Have your payment card ready if your warranty has expired."))
        + "</article>"
    )

    def shell(content: str) -> str:
        return (
            f'<header class="header"><a href="/" class="logo">{esc(spec.name)}</a><nav><a href="/">Home</a> '
            '<a href="/categories/tech-support">Tech support</a> <a href="/about">About</a></nav></header>'
            f'<main class="container">{content}</main>'
            '<footer class="footer"><p>© 2026 ' + esc(spec.name) + ' · Powered by <a href="https://www.halo.run" target="_blank">Halo</a></p></footer>'
        )

    home = shell(
        '<ul class="post-list"><li><a href="' + post + '">How to Contact HP Support in Singapore (2026 Guide)</a></li>'
        '<li><a href="/archives/best-budget-laptops-singapore">Best budget laptops in Singapore</a></li></ul>'
    )
    return {
        "/": (document(spec.lang, spec.name, home, head), Sheet()),
        post: (document(spec.lang, f"How to Contact HP Support in Singapore (2026 Guide) - {spec.name}", shell(article), head + ld), s),
        "/archives/best-budget-laptops-singapore": (document(spec.lang, f"Best budget laptops in Singapore - {spec.name}", shell(
            "<article><h1>Best budget laptops in Singapore</h1><p>Five laptops under S$900 for students and home offices, "
            "compared on battery life and keyboard comfort.</p></article>"), head), Sheet()),
    }


# --- a Harrogate guest house's old Serif WebPlus site, an injected Amazon refund page ------


@branded
def b30_gb_webplus_hijacked_amazon_words(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    injected = "/prime-refund-helpline-uk.html"
    head = (
        '<meta name="Generator" content="Serif WebPlus X8">\n'
        '<link rel="stylesheet" type="text/css" href="wpscripts/wpstyles.css">\n'
        '<style type="text/css">.Body-P{margin:0;text-align:left}.Normal-C{font-family:"Georgia",serif;font-size:14px}</style>\n'
    )

    def frag(i: int, top: int, content: str) -> str:
        return f'<div id="frag_{i}" style="position:absolute;left:60px;top:{top}px;width:820px"><p class="Body-P"><span class="Normal-C">{content}</span></p></div>'

    home = (
        '<div id="divMain" style="background:#f7f3ea;margin-left:auto;margin-right:auto;position:relative;width:960px;height:1100px">'
        '<img src="wpimages/wp1a2b3c4d_06.png" alt="Nidd View Guest House" style="position:absolute;left:60px;top:20px">'
        + frag(1, 180, "Welcome to Nidd View Guest House, a family-run Victorian guest house a short walk from the Valley Gardens "
               "and the Stray. Six en-suite rooms, full Yorkshire breakfast and private parking.")
        + frag(2, 300, "Tariff 2013: single £55, double £78, family room £95 per night including breakfast. Sorry, no pets.")
        + frag(3, 380, "Ring Margaret or Jim to book. We look forward to welcoming you to Harrogate!")
        + '<div id="nav_1" style="position:absolute;left:60px;top:140px"><a href="index.html">Home</a> | <a href="rooms.html">Rooms</a> | '
        '<a href="tariff.html">Tariff</a> | <a href="find-us.html">Find us</a></div>'
        f'<div style="display:none"><a href="{injected}">amazon prime refund uk</a> <a href="{injected}">amazon customer service number uk</a> '
        f'<a href="{injected}">cancel amazon prime call</a></div>'
        '<div style="position:absolute;left:60px;top:1040px;font-size:11px">© Nidd View Guest House 2013 · Website by Serif WebPlus</div></div>'
    )
    s = Sheet()
    words = _written(s, own, "zero eight hundred – 048 – 1937")
    tel = s.tel(own, "Tap to call the refund team")
    page = (
        '<div class="wrap" style="max-width:760px;margin:0 auto;font-family:Arial,sans-serif">'
        "<h1>Amazon Prime Refund Helpline UK – Cancel Unwanted Prime Charges</h1>"
        "<p>Charged £95 for Amazon Prime you did not sign up for? Prime renewed automatically on an old card? The Amazon "
        "refund helpline can stop the renewal and return the money to your account the same day.</p>"
        f"<p><b>Call free from any UK phone: {words} (UK freephone)</b></p>"
        f"<p>{tel}</p>"
        + _ul(("Cancel Prime and get a refund", "Unknown Amazon order on your bank statement", "Amazon account locked or hacked",
               "Refund for a gift card purchase"))
        + "<p>Our agents may ask you to install a support app so they can process the refund on your computer.</p>"
        "<p>Lines open 24 hours, 7 days a week.</p></div>"
    )
    return {
        "/": (document(spec.lang, "Nidd View Guest House Harrogate", home, head), Sheet()),
        "/rooms.html": (document(spec.lang, "Rooms – Nidd View Guest House", (
            '<div id="divMain" style="position:relative;width:960px">'
            + frag(1, 120, "All rooms are en-suite with tea and coffee tray, TV and free Wi-Fi. Room 6 has a view over the Nidd.")
            + "</div>"), head), Sheet()),
        injected: (document(spec.lang, "Amazon Prime Refund Helpline UK | Call Free 24/7", page,
                            '<meta name="robots" content="index,follow">\n'), s),
    }


# --- a copy of a Winterthur Apple partner's Zeta Producer page, Apple's number kept -------


_ZW = "\u200b"


@branded
def b30_chde_zeta_apple_partner_copy(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    (apple,) = spec.quoted
    head = (
        '<meta name="generator" content="Zeta Producer 16.4.0.0, ZP16, www.zeta-producer.com">\n'
        '<link rel="stylesheet" type="text/css" href="assets/bundle.css?v=' + str(rng.randint(60000000, 69999999)) + '">\n'
        '<meta name="description" content="MacWerk Winterthur – Ihr Apple Servicepartner für Mac, iPhone und iPad">\n'
    )

    def shell(s: Sheet, content: str) -> str:
        zw = _written(s, own, _ZW.join(numbers.write(own, "national")))  # 0​4​3​ ​5​0​8...
        return (
            '<div id="zpwLayout"><header class="zpHeader"><div class="zpContainer">'
            f'<a class="zpLogo" href="index.html"><img src="assets/logo-macwerk.png" alt="{esc(spec.name)}"></a>'
            '<nav class="zpMenu"><ul><li><a href="index.html">Start</a></li><li><a href="reparaturen.html">Reparaturen</a></li>'
            '<li><a href="kontakt.html">Kontakt</a></li></ul></nav></div></header>'
            f'<div class="zpContainer zpRow"><div class="zpColumn zpColumnWidth9">{content}</div>'
            '<div class="zpColumn zpColumnWidth3"><div class="zpSO-Box"><h3>Soforthilfe</h3>'
            f'<p>Unsere Techniker: <b>{zw}</b></p><p>{s.tel(own, "Jetzt anrufen")}</p></div></div></div>'
            f'<footer class="zpFooter"><p>© 2026 {esc(spec.name)} · Impressum · Datenschutz</p></footer></div>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – Apple Service für Mac, iPhone und iPad", shell(s,
        "<article class=\"zpArticle\"><h1>Apple Service für Mac, iPhone und iPad</h1>"
        "<p>Ihr Mac startet nicht mehr, das iPhone meldet einen Virus oder Ihre Apple-ID ist gesperrt? Als autorisierter "
        "Servicepartner helfen wir schnell – in der Werkstatt oder per Fernwartung.</p>"
        + _ul(("Mac-Reparatur und Datenrettung", "iPhone-Display und Akku", "Apple-ID und iCloud wiederherstellen",
               "Virenentfernung per Fernwartung"))
        + "<p>Winterthur, Zürich und Umgebung.</p></article>"), head), s)
    s = Sheet()
    drafts["/reparaturen.html"] = (document(spec.lang, f"Reparaturen – {spec.name}", shell(s,
        "<article class=\"zpArticle\"><h1>Reparaturen und Herstellergarantie</h1>"
        "<p>Fällt Ihr Gerät unter die Apple-Garantie oder AppleCare+, können Sie sich auch direkt an Apple wenden:</p>"
        '<table class="zpTable"><tr><th>Stelle</th><th>Telefon</th></tr>'
        f'<tr><td>Apple Support Schweiz</td><td>{s.num(apple, "national", offered=False)}</td></tr>'
        f'<tr><td>{esc(spec.name)} – Technik</td><td>{s.tel(own, "Rückruf anfordern")}</td></tr></table>'
        "<p>Für Fernwartung installieren wir gemeinsam mit Ihnen ein Hilfsprogramm. Die Abrechnung erfolgt nach Aufwand.</p></article>"), head), s)
    return drafts


# --- a Quebec OpenCart shop selling "Brother printer assistance plans", plain toll-free -----


@branded
def b30_cafr_opencart_brother_plain(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<link href="catalog/view/javascript/bootstrap/css/bootstrap.min.css" rel="stylesheet" media="screen">\n'
        '<link href="catalog/view/theme/default/stylesheet/stylesheet.css" rel="stylesheet">\n'
        '<script src="catalog/view/javascript/jquery/jquery-2.1.1.min.js"></script>\n'
        '<script src="catalog/view/javascript/common.js"></script>\n'
    )
    product = "/index.php?route=product/product&product_id=50"

    def shell(s: Sheet, content: str) -> str:
        dash = s.num(own, "us_dash")  # 1-844-302-6617
        return (
            '<nav id="top"><div class="container"><div id="top-links" class="nav pull-right"><ul class="list-inline">'
            f'<li><i class="fa fa-phone"></i> {s.tel(own, dash)} <span class="hidden-xs">(sans frais, Canada)</span></li>'
            '<li><a href="/index.php?route=account/account">Mon compte</a></li><li><a href="/index.php?route=checkout/cart">Panier</a></li></ul></div></div></nav>'
            f'<header><div class="container"><div id="logo"><a href="/"><h1>{esc(spec.name)}</h1></a></div></div></header>'
            '<div class="container"><nav id="menu" class="navbar"><ul class="nav navbar-nav"><li><a href="/index.php?route=product/category&amp;path=20">Forfaits d’assistance</a></li>'
            '<li><a href="/index.php?route=information/information&amp;information_id=4">À propos</a></li></ul></nav></div>'
            f'<div id="content" class="container">{content}</div>'
            '<footer><div class="container"><p>Propulsé par <a href="http://www.opencart.com">OpenCart</a> ' + esc(spec.name) + " © 2026</p></div></footer>"
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, spec.name, shell(s,
        "<h2>Votre imprimante Brother ne répond plus ?</h2><p>Imprimante hors ligne, pilote introuvable, erreur de toner ou de "
        "tambour : nos techniciens québécois s’occupent de tout à distance.</p>"
        f'<div class="product-layout"><div class="product-thumb"><h4><a href="{esc(product)}">Forfait d’assistance imprimante Brother – 1 an</a></h4>'
        '<p class="price">199,99 $</p></div></div>'), head), s)
    s = Sheet()
    drafts[product] = (document(spec.lang, f"Forfait d’assistance imprimante Brother – 1 an – {spec.name}", shell(s,
        '<div class="row"><div class="col-sm-8"><h1>Forfait d’assistance imprimante Brother – 1 an</h1>'
        "<ul class=\"list-unstyled\"><li>Marque : Brother</li><li>Code du produit : BR-ASSIST-12</li><li>Disponibilité : En stock</li></ul>"
        "<p>Installation du pilote, connexion Wi-Fi, réparation de la file d’impression et protection antivirus de l’ordinateur "
        "inclus. Appelez-nous avant l’achat : un technicien vérifie votre imprimante à distance gratuitement.</p></div>"
        '<div class="col-sm-4"><h2>199,99 $</h2><button id="button-cart" class="btn btn-primary btn-lg btn-block">Ajouter au panier</button></div></div>'), head), s)
    drafts["/index.php?route=information/contact"] = (document(spec.lang, f"Nous joindre – {spec.name}", (
        '<div id="content" class="container"><h1>Nous joindre</h1><p>Remplissez le formulaire ; un technicien vous rappelle.</p>'
        '<form action="/index.php?route=information/contact.send" method="post"><input name="name"><input name="email"><textarea name="enquiry"></textarea></form></div>'
        "<footer><p>Propulsé par OpenCart</p></footer>"), head), Sheet())
    return drafts


# --- an Irish "Netflix account help" page on Dorik, the number only in JSON-LD ---------------


@branded
def b30_ie_dorik_netflix_jsonld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    ld = _ld({"@context": "https://schema.org", "@type": "Organization", "name": spec.name, "url": f"https://{spec.host}/",
              "contactPoint": {"@type": "ContactPoint", "telephone": numbers.write(s.hidden(own), "intl"),
                               "contactType": "customer support", "areaServed": "IE", "availableLanguage": ["English"]}})
    head = (
        '<meta name="generator" content="Dorik">\n'
        f'<link rel="stylesheet" href="https://cdn.dorik.com/{_hex(rng, 24)}/style.css">\n' + ld
    )
    body = (
        f'<div class="dorik-page"><section class="dorik-section dorik-header" id="s-{_hex(rng, 6)}"><div class="dorik-container">'
        f'<a href="/" class="dorik-logo">{esc(spec.name)}</a><nav class="dorik-nav"><a href="/">Home</a><a href="#how">How it works</a>'
        '<a href="#callback">Call back</a></nav></div></section>'
        f'<section class="dorik-section dorik-hero" id="s-{_hex(rng, 6)}"><div class="dorik-container"><div class="dorik-row"><div class="dorik-col">'
        "<h1>Netflix account on hold? We can fix it today.</h1>"
        "<p>“Your membership is on hold”, “Update your payment method”, a sign-in from a device you do not know or a "
        "household verification that keeps failing – our Dublin help team restores your Netflix account while you wait.</p>"
        '<a class="dorik-button" href="#callback">Talk to the help team</a></div></div></div></section>'
        f'<section class="dorik-section" id="how"><div class="dorik-container"><h2>How it works</h2>'
        + _ul(("Call us or request a call back.", "We check your Netflix account and payment details with you.",
               "We secure your devices so it does not happen again."), "dorik-list")
        + "</div></section>"
        '<section class="dorik-section" id="callback"><div class="dorik-container"><h2>Request a call back</h2>'
        '<form class="dorik-form"><input name="name" placeholder="Name"><input name="phone" placeholder="Your phone number">'
        '<button type="submit">Call me</button></form></div></section>'
        '<footer class="dorik-section dorik-footer"><p>© 2026 ' + esc(spec.name) + " · Dublin · Independent account support</p>"
        '<p class="dorik-badge">Made with Dorik</p></footer></div>'
    )
    c = Sheet()
    c.hidden(own)  # the site-wide head carries the same JSON-LD
    contact = (
        '<div class="dorik-page"><section class="dorik-section"><div class="dorik-container"><h1>Contact us</h1>'
        "<p>Leave your name and number in the call back form and a member of the help team will ring you.</p></div></section>"
        '<footer class="dorik-section dorik-footer"><p class="dorik-badge">Made with Dorik</p></footer></div>'
    )
    return {
        "/": (document(spec.lang, f"Netflix Account Help Ireland | {spec.name}", body, head), s),
        "/contact": (document(spec.lang, f"Contact | {spec.name}", contact, head), c),
    }


TEMPLATES = {
    "b30_se_seedprod_unbranded_copied": b30_se_seedprod_unbranded_copied,
    "b30_befr_heroku_mezzanine_unbranded": b30_befr_heroku_mezzanine_unbranded,
    "b30_nz_getresponse_mcafee_alt": b30_nz_getresponse_mcafee_alt,
    "b30_nl_pagekit_kpn_intl": with_contact("/contact", b30_nl_pagekit_kpn_intl),
    "b30_pt_helpscout_microsoft_circled": b30_pt_helpscout_microsoft_circled,
    "b30_za_locker_scan_script": b30_za_locker_scan_script,
    "b30_es_mobile_iphone_spaced": b30_es_mobile_iphone_spaced,
    "b30_sg_halo_hp_guide": with_contact("/about", b30_sg_halo_hp_guide),
    "b30_gb_webplus_hijacked_amazon_words": b30_gb_webplus_hijacked_amazon_words,
    "b30_chde_zeta_apple_partner_copy": with_contact("/kontakt.html", b30_chde_zeta_apple_partner_copy),
    "b30_cafr_opencart_brother_plain": b30_cafr_opencart_brother_plain,
    "b30_ie_dorik_netflix_jsonld": b30_ie_dorik_netflix_jsonld,
}
