"""Sixteenth batch of held-out honest templates: page shells no earlier batch uses.

b16_ie_newspaper_mcafee_renewal (an Irish regional paper's article on WordPress with the
tagDiv Newspaper theme about McAfee renewal emails, quoting their UK number as the email
printed it), b16_fr_forumactif_epson_topic (a French seniors' computer club thread on
Forumactif, quoting the fake Epson line in its underscored form), b16_us_dialnotes_lookup
(a young US "who called me" lookup page for the fake Canon printer line),
b16_nl_fraudewijzer_outlook (a Dutch fraud-help foundation's warning about a hacked bakery
site's fake Outlook helpdesk, with the foundation's own advice line),
b16_befr_concrete_partner (a Liège IT partner on Concrete CMS with its own number and
Microsoft's and Apple's genuine Belgian lines), b16_at_websitex5_pc_service (a Graz repair
shop since 2003 on WebSite X5 with a TeamViewer QuickSupport download),
b16_fi_eleventy_freelancer (a three-month-old Tampere IT freelancer's Eleventy site with
remote support by appointment) and b16_ch_clubdesk_fc (a Zürich football club on ClubDesk
with its secretariat's number).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document


def _q(s: Sheet, e164: str, style: str = "national", disguise: str | None = None) -> str:
    return s.num(e164, style, disguise, offered=False)


def _q_written(s: Sheet, e164: str, text: str) -> str:
    s.hidden(e164, offered=False)
    return esc(text)


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _home(spec: Spec, link: str, label: str, blurb: str) -> tuple[str, Sheet]:
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>{esc(blurb)}</p><p><a href="{esc(link)}">{esc(label)}</a></p></main>'
    )
    return document(spec.lang, spec.name, body), Sheet()


# --- an Irish regional paper's article on the tagDiv Newspaper theme ---------------------


@branded
def b16_ie_newspaper_mcafee_renewal(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    path = "/news/consumer/warning-over-fake-mcafee-renewal-emails-with-uk-freephone-number/"
    headline = "Warning over fake McAfee ‘renewal’ emails asking Irish readers to ring a UK freephone number"
    hint = _q(s, q, "zero_dash") + " UK"  # as the email printed it
    plain = _q(s, q, "national")  # 0800 260 1937
    pid = rng.randint(180000, 189999)
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        "<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver=12.6.3' type='text/css' media='all'>\n"
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<meta property="og:type" content="article">\n'
    )
    paras = (
        "Readers across Clare and Limerick have contacted the Echo this week about an email that looks like a McAfee "
        "receipt: a red shield, an invoice number and a charge of £399.99 for a two-year ‘Total Protection’ renewal.",
        f"The email tells recipients to call {hint} to cancel – the hyphens and the ‘UK’ after the number are printed "
        "exactly like that. Because it is a freephone number, several readers assumed it was genuine.",
        f"When the Echo rang {plain}, the man who answered asked us to download a remote-access app so he could "
        "‘process the refund’, then asked us to log in to online banking while he watched.",
        "McAfee says it does not ask customers to phone a number to stop a renewal and that subscriptions can be "
        "managed from the customer’s own account page.",
        "If you have given anyone access to your computer, disconnect it from the internet, contact your bank on the "
        "number on the back of your card and report the matter to your local Garda station.",
    )
    body_html = "".join(f"<p>{p}</p>" for p in paras)
    body = (
        '<div class="td-theme-wrap"><div class="td-header-template-wrap"><div class="td-header-desktop-wrap">'
        f'<div class="td-logo"><a href="/"><img src="/wp-content/uploads/2021/03/shannonside-echo-logo.png" alt="{esc(spec.name)}"></a></div>'
        '<ul class="sf-menu"><li class="menu-item"><a href="/news/">News</a></li><li class="menu-item"><a href="/sport/">Sport</a></li>'
        '<li class="menu-item"><a href="/news/consumer/">Consumer</a></li></ul></div></div>'
        f'<div class="td-main-content-wrap td-container-wrap"><article id="post-{pid}" class="post-{pid} post type-post status-publish td-post-template-default">'
        '<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/news/consumer/">Consumer</a></li></ul>'
        f'<header class="td-post-title"><h1 class="entry-title">{esc(headline)}</h1>'
        '<div class="td-module-meta-info"><div class="td-post-author-name">By <a href="/author/aoife-brennan/">Aoife Brennan</a></div>'
        '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-02-26T07:30:00+00:00">26 February 2026</time></span></div></header></div>'
        f'<div class="td-post-content tagdiv-type">{body_html}</div>'
        '<div class="td-post-source-tags"><ul class="td-tags"><li><a href="/tag/scams/">Scams</a></li><li><a href="/tag/mcafee/">McAfee</a></li></ul></div>'
        "</article></div>"
        f'<div class="td-footer-wrap"><p>© 2026 {esc(spec.name)} · Ennis, Co. Clare</p>'
        '<p><a href="/contact-us/">Contact us</a> · <a href="/advertise/">Advertise</a> · <a href="/privacy-policy/">Privacy policy</a></p></div></div>'
        "<script type='text/javascript' src='/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3'></script>"
    )
    return {
        path: (document(spec.lang, f"{headline} - {spec.name}", body, head, ' class="post-template-default single single-post td-standard-pack global-block-template-1"'), s),
        "/": _home(spec, path, headline, "News, sport and community from Clare and Limerick."),
    }


# --- a French seniors' computer club thread on Forumactif --------------------------------


@branded
def b16_fr_forumactif_epson_topic(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    tid = rng.randint(800, 999)
    path = f"/t{tid}-imprimante-epson-hors-ligne-j-ai-appele-un-numero-belge"
    under = _q(s, q, "pairs", "underscore") + " BE"  # 078_48_12_90 BE
    plain = _q(s, q, "pairs")  # 078 48 12 90
    intl = _q(s, q, "intl")  # +32 78 48 12 90
    posts = (
        ("Monique69", "Mar 24 Fév 2026 - 16:02",
         "Bonjour à tous, mon imprimante Epson affichait « hors ligne ». J’ai cherché sur internet et j’ai appelé "
         f"l’« assistance imprimante Epson » au {under} (c’était écrit comme ça). Le monsieur m’a fait installer "
         "TeamViewer et il a pris la main sur l’ordinateur. À la fin il voulait 249 € pour un « contrat de "
         "maintenance ». J’ai raccroché. Ai-je fait une bêtise ?"),
        ("Gérard_anim", "Mar 24 Fév 2026 - 17:40",
         "Bonsoir Monique. Ce n’est pas Epson, c’est une fausse assistance. Désinstallez TeamViewer tout de suite, "
         "changez vos mots de passe depuis un autre appareil et surveillez vos comptes. Venez jeudi à la permanence, "
         "on vérifiera le PC ensemble."),
        ("Admin_Club", "Mer 25 Fév 2026 - 09:15",
         f"Pour ceux qui arrivent ici par une recherche : le {plain} ({intl}) est un numéro belge qui n’a rien à voir "
         "avec Epson. Signalez-le sur la plateforme Pharos et sur le site de l’Inspection économique belge. Epson ne "
         "fait jamais payer une mise en ligne d’imprimante par téléphone."),
    )  # fmt: skip
    rows = "".join(
        f'<div class="post row{i % 2 + 1}" id="p{tid * 10 + i}"><table class="postdetails"><tr>'
        f'<td class="postprofile"><div class="postprofile-name"><a href="/u{rng.randint(2, 900)}"><strong>{esc(who)}</strong></a></div></td>'
        f'<td class="postbody"><div class="postdetails">{esc(when)}</div><div class="content clearfix"><div>{text}</div></div></td>'
        "</tr></table></div>"
        for i, (who, when, text) in enumerate(posts)
    )
    head = (
        f'<link rel="stylesheet" href="https://illiweb.com/rs3/{rng.randint(10, 99)}/frm/prosilver/fa-theme.css" type="text/css">\n'
        f'<link rel="stylesheet" href="/{rng.randint(10, 99)}-ltr.css" type="text/css">\n'
        '<meta name="generator" content="Forumactif">\n'
    )
    body = (
        '<div id="wrap"><div id="page-header"><div class="headerbar"><div class="inner">'
        f'<a href="/" id="logo"><img src="https://i.servimg.com/u/f{rng.randint(10, 99)}/20/11/54/clubinfo-logo.png" alt="{esc(spec.name)}"></a>'
        f'<h1>{esc(spec.name)}</h1><p>Entraide informatique entre seniors – Villeurbanne</p></div></div>'
        '<div class="navbar"><ul class="linklist navlinks"><li><a href="/forum">Index</a></li><li><a href="/search">Rechercher</a></li>'
        '<li><a href="/contact">Contact</a></li></ul></div></div>'
        '<div id="page-body"><h2 class="topic-title"><a href="' + path + '">Imprimante Epson hors ligne : j’ai appelé un numéro belge</a></h2>'
        '<p class="nav"><a href="/forum">Accueil</a> » <a href="/f4-securite-et-arnaques">Sécurité et arnaques</a></p>'
        f'<div class="topic">{rows}</div></div>'
        '<div id="page-footer"><div class="navbar"><p>Forum gratuit : <a href="https://www.forumactif.com">Forumactif</a> © 2026 · '
        '<a href="/abuse">Signaler un abus</a> · <a href="/contact">Contact</a></p></div></div></div>'
    )
    return {
        path: (document(spec.lang, f"Imprimante Epson hors ligne : j’ai appelé un numéro belge - {spec.name}", body, head, ' id="phpbb" class="section-viewtopic ltr"'), s),
        "/": _home(spec, path, "Imprimante Epson hors ligne : j’ai appelé un numéro belge", "Le forum d’entraide du club informatique des seniors de Villeurbanne."),
    }


# --- a young US "who called me" lookup page ----------------------------------------------


@branded
def b16_us_dialnotes_lookup(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    dashed = "-".join(numbers.groups(q))  # 855-627-3914
    path = f"/phone/{dashed}"
    s.hidden(q, offered=False)  # the URL
    paren = _q(s, q, "us_paren")  # (855) 627-3914
    intl = _q(s, q, "us_plus")  # +1 (855) 627-3914
    compact = _q(s, q, "compact")  # 8556273914
    lookups = rng.randint(600, 2400)
    notes = "".join(
        f'<li class="note note--{kind}"><div class="note__meta"><span class="note__who">{esc(who)}</span> · '
        f'<time>{esc(when)}</time> · <span class="badge badge--{kind}">{esc(lbl)}</span></div><p>{esc(t)}</p></li>'
        for who, when, kind, lbl, t in (
            ("Deb in Ohio", "Feb 27, 2026", "scam", "Scam",
             "Found this number on a church website of all places, under ‘Canon printer setup’. They wanted remote access and $299."),
            ("anonymous", "Feb 28, 2026", "scam", "Scam",
             "Not Canon. Canon’s real support is on canon.com and they never charge to put a printer online."),
            ("Wes R.", "Mar 1, 2026", "unsure", "Unsure",
             "Called about my PIXMA, hung up when they asked me to install AnyDesk."),
        )
    )  # fmt: skip
    head = (
        f'<link rel="stylesheet" href="/build/assets/app-{_hex(rng, 8)}.css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        f'<meta name="csrf-token" content="{_hex(rng, 40)}">\n'
    )
    body = (
        f'<header class="topbar"><a href="/" class="brand">{esc(spec.name)}</a>'
        '<form action="/search" class="lookup"><input name="q" placeholder="Enter a phone number" aria-label="Phone number"><button>Look up</button></form></header>'
        '<main class="container">'
        f"<h1>Who called me from {paren}?</h1>"
        '<div class="card summary"><dl>'
        f"<dt>Number</dt><dd>{paren}</dd><dt>International</dt><dd>{intl}</dd><dt>Digits</dt><dd>{compact}</dd>"
        "<dt>Type</dt><dd>Toll-free (855)</dd>"
        f"<dt>Lookups</dt><dd>{lookups:,}</dd><dt>Rating</dt><dd><strong>Dangerous</strong> – 3 notes</dd></dl></div>"
        '<p class="lead">People say this number appears on web pages offering “Canon printer setup” help and asks for remote access and payment.</p>'
        f'<section class="notes"><h2>Notes</h2><ul>{notes}</ul></section>'
        '<p class="disclaimer">Notes are written by visitors. DialNotes does not verify who owns a number.</p>'
        "</main>"
        '<footer class="foot"><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a> · <a href="/removal">Removal requests</a></footer>'
        f'<script type="module" src="/build/assets/app-{_hex(rng, 8)}.js"></script>'
    )
    home_s = Sheet()
    home = (
        f'<header class="topbar"><a href="/" class="brand">{esc(spec.name)}</a></header><main class="container"><h1>{esc(spec.name)}</h1>'
        "<p>Unknown caller? See what other people noted about a number, and leave your own note.</p>"
        '<form action="/search" class="lookup"><input name="q" placeholder="Enter a phone number" aria-label="Phone number"><button>Look up</button></form>'
        f'<h2>Trending lookups</h2><ul class="trending"><li><a href="{esc(path)}">{_q(home_s, q, "us_paren")}</a> – dangerous</li></ul></main>'
    )
    return {
        path: (document(spec.lang, f"{dashed} – who called? | {spec.name}", body, head), s),
        "/": (document(spec.lang, f"{spec.name} – reverse phone lookup", home), home_s),
    }


# --- a Dutch fraud-help foundation's warning ---------------------------------------------


@branded
def b16_nl_fraudewijzer_outlook(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    own = spec.phones[0]
    s = Sheet()
    path = "/actueel/waarschuwingen/nep-outlook-helpdesk-op-gehackte-bakkerswebsite"
    pairs = _q(s, q, "pairs")  # 085 401 22 33
    trunk = _q(s, q, "trunk_dash")  # 085-4012233
    line = s.tel(own, s.num(own, "national"))  # 088 700 1453
    head = (
        f'<link rel="stylesheet" href="/static/css/fraudewijzer.{_hex(rng, 8)}.css">\n'
        '<meta name="description" content="Waarschuwing: nep-helpdesk voor Outlook op een gehackte website.">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<a class="skiplink" href="#main">Direct naar de inhoud</a>'
        '<header class="header"><div class="header__inner">'
        f'<a href="/" class="header__logo"><img src="/static/img/logo-fraudewijzer.svg" alt="{esc(spec.name)}"></a>'
        '<nav class="header__nav" aria-label="Hoofdmenu"><ul><li><a href="/actueel/">Actueel</a></li><li><a href="/fraudevormen/">Fraudevormen</a></li>'
        '<li><a href="/hulp-na-fraude/">Hulp na fraude</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div></header>'
        '<main id="main" class="page page--warning"><nav class="breadcrumb" aria-label="Kruimelpad"><a href="/">Home</a> › <a href="/actueel/">Actueel</a> › Waarschuwingen</nav>'
        '<article class="rich-text">'
        '<p class="meta"><span class="label label--warning">Waarschuwing</span> 27 februari 2026</p>'
        "<h1>Nep-helpdesk voor Outlook op gehackte website van een bakkerij</h1>"
        "<p>Bij ons komen meldingen binnen over een ‘Outlook helpdesk Nederland’. Wie zoekt op ‘Outlook werkt niet’, "
        "komt terecht op de website van een bakkerij in Brabant. Die website is gehackt: tussen het nieuws over brood en "
        "taarten staat nu een bericht dat Microsoft-specialisten u telefonisch helpen.</p>"
        f"<p>Het nummer {pairs} staat in een afbeelding op de pagina. Melders die {trunk} belden, moesten een "
        "programma voor overname op afstand installeren en daarna betalen voor ‘herstel van het account’.</p>"
        "<h2>Wat kunt u doen?</h2><ul>"
        "<li>Bel geen helpdesknummers uit zoekresultaten of advertenties. Microsoft heeft geen betaalde telefonische Outlook-helpdesk.</li>"
        "<li>Heeft u iemand toegang gegeven tot uw computer? Haal de computer van internet en bel uw bank.</li>"
        "<li>Wijzig vanaf een ander apparaat het wachtwoord van uw e-mail.</li></ul>"
        "<h2>Advies nodig?</h2>"
        f"<p>Onze adviseurs zijn op werkdagen bereikbaar via {line} (9.00–17.00 uur). Wij bellen u nooit zelf "
        "ongevraagd op en vragen nooit om inloggegevens.</p>"
        "</article></main>"
        '<footer class="footer"><p>Stichting Fraudewijzer · Postbus 1207 · 3800 BE Amersfoort</p>'
        '<p><a href="/privacy/">Privacyverklaring</a> · <a href="/toegankelijkheid/">Toegankelijkheid</a> · <a href="/contact/">Contact</a></p></footer>'
        f'<script src="/static/js/main.{_hex(rng, 8)}.js" defer></script>'
    )
    return {
        path: (document(spec.lang, f"Nep-helpdesk voor Outlook op gehackte bakkerswebsite | {spec.name}", body, head), s),
        "/": _home(spec, path, "Nep-helpdesk voor Outlook op gehackte bakkerswebsite", "Informatie en advies over fraude, voor iedereen."),
    }


# --- a Liège IT partner on Concrete CMS ----------------------------------------------------


@branded
def b16_befr_concrete_partner(spec: Spec, rng: Random) -> Drafts:
    own, ms, apple = spec.phones
    s = Sheet()
    mine = s.tel(own, s.num(own, "pairs"))  # 04 221 34 78
    ms_no = s.tel(ms, s.num(ms, "pairs"))  # 02 730 39 11
    apple_no = s.tel(apple, s.num(apple, "national"))  # 0800 80 404
    head = (
        '<meta name="generator" content="Concrete CMS">\n'
        f'<link href="/application/files/cache/css/mosane/main.css?ts={rng.randint(1700000000, 1709999999)}" rel="stylesheet" type="text/css" media="all">\n'
        "<script>var CCM_DISPATCHER_FILENAME = \"/index.php\";var CCM_CID = 1;var CCM_EDIT_MODE = false;var CCM_ARRANGE_MODE = false;</script>\n"
    )

    def area(name: str, inner: str) -> str:
        return (
            f'<div class="ccm-custom-style-container ccm-custom-style-{name.lower().replace(" ", "")}-{rng.randint(100, 999)}">'
            f'<div class="block-content"><div class="ccm-block-content">{inner}</div></div></div>'
        )

    body = (
        '<div class="ccm-page ccm-page-id-1 page-type-page page-template-full">'
        '<header class="site-header"><div class="container">'
        f'<a href="/" class="site-logo"><img src="/application/files/3216/7715/logo-mosane.svg" alt="{esc(spec.name)}"></a>'
        '<nav class="ccm-responsive-navigation"><ul><li class="nav-selected"><a href="/">Accueil</a></li><li><a href="/services">Services</a></li>'
        '<li><a href="/references">Références</a></li><li><a href="/contact">Contact</a></li></ul></nav></div></header>'
        '<main><div class="container">'
        + area(
            "Main",
            f"<h1>{esc(spec.name)} – votre partenaire informatique à Liège</h1>"
            "<p>Depuis 2011, nous accompagnons les PME, cabinets et asbl de la région liégeoise : postes de travail, "
            "Microsoft 365, réseau, sauvegardes et parc Apple. Partenaire Microsoft et revendeur agréé Apple pour les "
            "entreprises.</p>",
        )
        + area(
            "Support",
            "<h2>Assistance</h2>"
            f"<p>Clients sous contrat : notre helpdesk au {mine}, du lundi au vendredi de 8 h à 18 h. La prise en main "
            "à distance se fait uniquement sur demande de votre part, avec un technicien que vous connaissez.</p>",
        )
        + area(
            "Editeurs",
            "<h2>Support direct des éditeurs</h2>"
            f"<p>Licences, facturation et comptes : Microsoft Belgique {ms_no} · Apple Support Belgique {apple_no} "
            "(gratuit). Nous ne facturons jamais une intervention à la suite d’un appel non sollicité.</p>",
        )
        + "</div></main>"
        '<footer class="site-footer"><div class="container">'
        f"<p>{esc(spec.name)} SRL · Quai de Rome 25 · 4000 Liège · TVA BE 0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}</p>"
        '<p><a href="/mentions-legales">Mentions légales</a> · <a href="/vie-privee">Vie privée</a></p>'
        '<p class="powered">Built with <a href="https://www.concretecms.org" rel="nofollow">Concrete CMS</a></p></div></footer></div>'
        '<script type="text/javascript" src="/concrete/js/jquery.js?ccm_nocache=9.2.6"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – partenaire informatique à Liège", body, head), s)}


# --- a Graz repair shop on WebSite X5 ------------------------------------------------------


@branded
def b16_at_websitex5_pc_service(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # ['0316', '829417']
    shown = f"{g[0]} / {g[1][:2]} {g[1][2:4]} {g[1][4:]}"  # 0316 / 82 94 17
    s.hidden(own)
    plain = esc(shown)
    call = s.tel(own, plain)
    intl = s.num(own, "intl")  # +43 316 829417
    head = (
        '<meta name="generator" content="Incomedia WebSite X5 Pro 2023.3.10 - www.websitex5.com">\n'
        '<link rel="stylesheet" href="style/reset.css?2023-3-10-0" media="screen,print">\n'
        '<link rel="stylesheet" href="style/template.css?2023-3-10-0" media="screen">\n'
        '<script src="res/jquery.js?2023-3-10-0"></script><script src="res/x5engine.js?2023-3-10-0" data-files-version="2023-3-10-0"></script>\n'
    )

    def cell(n: int, inner: str) -> str:
        return f'<div id="imCell_{n}" class="imGrid[0, 0]"><div id="imCellStyleGraphics_{n}"></div><div id="imCellStyle_{n}">{inner}</div></div>'

    prices = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>"
        for a, b in (
            ("Fehlerdiagnose in der Werkstatt", "€ 39,–"),
            ("Windows 11 Neuinstallation inkl. Datensicherung", "€ 129,–"),
            ("Virenentfernung und Reinigung", "€ 89,–"),
            ("Fernwartung nach Termin, je angefangene 15 Minuten", "€ 24,–"),
        )
    )
    body = (
        '<div id="imPageExtContainer"><div id="imPageIntContainer"><div id="imHeaderBg"></div>'
        f'<div id="imHeader"><h1 class="imHidden">{esc(spec.name)} – Computerreparatur in Graz</h1>'
        f'<div id="imHeaderObjects"><div id="imHeader_imObjectTitle_01_wrapper"><div id="imHeader_imObjectTitle_01"><span id="imHeader_imObjectTitle_01_text">{esc(spec.name)}</span></div></div>'
        f'<div id="imHeader_imTextObject_02_wrapper"><div class="text-tab-content"><p>{call}</p></div></div></div></div>'
        '<div id="imMnMnContainer"><div id="imMnMn" class="auto"><ul><li class="imMnMnFirst imPage current"><a href="index.html">Start</a></li>'
        '<li class="imPage"><a href="leistungen.html">Leistungen</a></li><li class="imPage"><a href="fernwartung.html">Fernwartung</a></li>'
        '<li class="imMnMnLast imPage"><a href="kontakt.html">Kontakt</a></li></ul></div></div>'
        '<div id="imContentGraphics"></div><div id="imContent"><div id="imPageRow_1" class="imPageRow">'
        + cell(1, "<h2>Computerreparatur in Graz seit 2003</h2>"
                  "<p>PCs, Notebooks und Macs reparieren wir in unserer Werkstatt in der Annenstraße – schnell, "
                  "ehrlich und zu fixen Preisen. Windows-Neuinstallation, Datenrettung, SSD-Aufrüstung und "
                  "Druckereinrichtung für Privatkunden und kleine Betriebe.</p>")
        + cell(2, f"<h3>Preisliste (Auszug)</h3><table class=\"preise\">{prices}</table>")
        + cell(3, "<h3>Fernwartung für Stammkunden</h3>"
                  "<p>Viele Probleme lösen wir per Fernwartung. Bitte rufen Sie zuerst in der Werkstatt an und "
                  "vereinbaren Sie einen Termin. Dann laden Sie "
                  '<a href="files/TeamViewerQS_x64.exe">TeamViewer QuickSupport</a> herunter und nennen uns die angezeigte '
                  "ID. Wir rufen nie unaufgefordert an und verlangen nie Zugang zu Ihrem Online-Banking.</p>")
        + cell(4, f"<p>PC-Service Huber · Annenstraße 38 · 8020 Graz · {intl}<br>Mo–Fr 9:00–18:00, Sa 9:00–12:00</p>")
        + "</div></div>"
        '<div id="imFooterBg"></div><div id="imFooter"><div id="imFooterObjects">'
        f'<p>© 2026 {esc(spec.name)} e.U. · UID ATU{rng.randint(10000000, 99999999)} · <a href="impressum.html">Impressum</a> · <a href="datenschutz.html">Datenschutz</a></p>'
        "</div></div></div></div>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – Computerreparatur Graz", body, head, ' class="imPage"'), s)}


# --- a three-month-old Tampere IT freelancer on Eleventy --------------------------------


@branded
def b16_fi_eleventy_freelancer(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "split_sub")  # 040 526 7138
    tel = s.tel(own, plain)
    intl = s.num(own, "intl")  # +358 40 5267138
    ytunnus = f"{rng.randint(3400000, 3499999)}-{rng.randint(0, 9)}"
    ld = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": spec.name,
        "address": {"@type": "PostalAddress", "streetAddress": "Hämeenkatu 12 B", "postalCode": "33100", "addressLocality": "Tampere", "addressCountry": "FI"},
        "telephone": own,
        "foundingDate": "2025-12",
    }
    head = (
        '<meta name="generator" content="Eleventy v2.0.1">\n'
        f'<link rel="stylesheet" href="/css/main.{_hex(rng, 8)}.css">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    services = "".join(
        f"<li><strong>{esc(a)}</strong> – {esc(b)}</li>"
        for a, b in (
            ("Kotikäynnit", "tietokoneen, tulostimen ja wifin asennus Tampereella ja Pirkkalassa, 55 €/h"),
            ("Pienyritykset", "Microsoft 365 -käyttöönotot, varmuuskopiot ja laitehankinnat"),
            ("Mac ja iPhone", "siirrot uuteen laitteeseen ja Applen asetusten läpikäynti"),
            ("Etätuki", "sovitusti AnyDesk-yhteydellä, laskutus 15 minuutin jaksoissa"),
        )
    )
    body = (
        f'<header class="site-header"><a href="/" class="logo">{esc(spec.name)}</a>'
        '<nav><a href="/">Etusivu</a><a href="/palvelut/">Palvelut</a><a href="/etatuki/">Etätuki</a></nav></header>'
        '<main class="wrap">'
        "<h1>IT-apua Tampereella – kotiin, toimistolle ja etänä</h1>"
        "<p>Hei! Olen Janne Koskinen. Aloitin IT-tuen yrittäjänä joulukuussa 2025 kymmenen vuoden "
        "yrityspuolen tukityön jälkeen. Autan kotitalouksia ja pieniä yrityksiä selkeästi ja kohtuuhintaan.</p>"
        f"<ul class=\"palvelut\">{services}</ul>"
        "<h2>Etätuki</h2><p>Etäyhteys avataan vain, kun olemme sopineet siitä puhelimessa. En soita koskaan "
        "pyytämättä enkä pyydä pankkitunnuksia.</p>"
        "<h2>Yhteystiedot</h2>"
        f"<p>Puhelin {tel} (ma–pe 8–17)<br>Hämeenkatu 12 B, 33100 Tampere<br>Y-tunnus {ytunnus}</p>"
        "</main>"
        f'<footer class="site-footer"><p>© 2026 {esc(spec.name)} · {intl} · janne@koskinen-it.fi</p>'
        '<p><a href="/tietosuoja/">Tietosuojaseloste</a></p></footer>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – IT-tuki Tampere", body, head), s)}


# --- a Zürich football club on ClubDesk --------------------------------------------------


@branded
def b16_ch_clubdesk_fc(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 044 381 72 65
    tel = s.tel(own, plain)
    cid = rng.randint(400000, 499999)
    head = (
        f'<link rel="stylesheet" href="/clubdesk/www?p={cid}&amp;css=1&amp;v={rng.randint(100, 999)}">\n'
        '<meta name="generator" content="ClubDesk">\n'
    )
    trainings = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
        for a, b, c in (
            ("Junioren E", "Di + Do 17:30–19:00", "Sportanlage Lengg"),
            ("Junioren C", "Mo + Mi 18:00–19:45", "Sportanlage Lengg"),
            ("1. Mannschaft", "Di + Fr 19:30–21:15", "Sportanlage Lengg"),
            ("Senioren 40+", "Do 19:30–21:00", "Sportanlage Buchlern"),
        )
    )
    body = (
        f'<div class="cd-page" data-cd-site="{cid}"><div class="cd-header"><a href="/" class="cd-logo">'
        f'<img src="/clubdesk/fileservlet?type=image&amp;id={rng.randint(1000, 9999)}" alt="{esc(spec.name)} Wappen"></a>'
        f'<div class="cd-title">{esc(spec.name)}</div></div>'
        '<nav class="cd-navigation"><ul><li class="cd-active"><a href="/">Home</a></li><li><a href="/teams">Teams</a></li>'
        '<li><a href="/agenda">Agenda</a></li><li><a href="/clubhaus">Clubhaus</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>'
        '<div class="cd-content"><div class="cd-block cd-block-text">'
        "<h1>Willkommen beim FC Seefeld Zürich</h1>"
        "<p>Seit 1921 spielt der FC Seefeld im Kreis 8 Fussball – heute mit über 350 Mitgliedern, zwölf "
        "Juniorenteams, zwei Aktivmannschaften und den Senioren. Neue Juniorinnen und Junioren sind jederzeit zu "
        "einem Schnuppertraining willkommen.</p></div>"
        f'<div class="cd-block cd-block-table"><h2>Trainingszeiten</h2><table class="cd-table">{trainings}</table></div>'
        '<div class="cd-block cd-block-text"><h2>Clubhaus-Beizli</h2><p>Während der Heimspiele ist unser Beizli '
        "geöffnet: Bratwurst, Kuchen vom Elternteam und kühle Getränke. Der Erlös geht an die Juniorenabteilung.</p></div>"
        '<div class="cd-block cd-block-text"><h2>Sekretariat</h2>'
        f"<p>FC Seefeld Zürich · Postfach · 8034 Zürich<br>Telefon {tel} (Di und Do 18–20 Uhr)<br>sekretariat@fc-seefeld-zuerich.ch</p></div></div>"
        '<div class="cd-footer"><p>© 2026 FC Seefeld Zürich · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p>'
        '<p class="cd-powered">Erstellt mit <a href="https://www.clubdesk.com" rel="nofollow">ClubDesk Vereinssoftware</a></p></div></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Fussball im Seefeld seit 1921", body, head), s)}


TEMPLATES = {
    "b16_ie_newspaper_mcafee_renewal": with_contact("/contact-us/", b16_ie_newspaper_mcafee_renewal),
    "b16_fr_forumactif_epson_topic": with_contact("/contact", b16_fr_forumactif_epson_topic),
    "b16_us_dialnotes_lookup": with_contact("/contact", b16_us_dialnotes_lookup),
    "b16_nl_fraudewijzer_outlook": with_contact("/contact/", b16_nl_fraudewijzer_outlook),
    "b16_befr_concrete_partner": with_contact("/contact", b16_befr_concrete_partner),
    "b16_at_websitex5_pc_service": with_contact("/kontakt.html", b16_at_websitex5_pc_service),
    "b16_fi_eleventy_freelancer": with_contact("/etatuki/", b16_fi_eleventy_freelancer),
    "b16_ch_clubdesk_fc": with_contact("/kontakt", b16_ch_clubdesk_fc),
}
