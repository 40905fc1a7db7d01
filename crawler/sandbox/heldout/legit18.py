"""Eighteenth batch of held-out honest templates: page shells no earlier batch uses.

b18_ca_brightspot_bitdefender_email (a Laurentides weekly's article on a Brightspot shell
about the fake Bitdefender renewal email, quoting its number as the email printed it),
b18_at_escenic_defender_article (a Mostviertel paper's article on an Escenic shell about the
"Defender gesperrt" locker), b18_nl_khoros_kpn_thread (a Dutch consumer community thread on
Khoros: a reader called the fake KPN mail help, AnyDesk), b18_fr_nodebb_chrome_locker_topic
(a French NodeBB topic on the fake Chrome alert), b18_be_laravel_wiebelde_lookup (a young
Belgian reverse lookup page for the unbranded helpdesk's number),
b18_ie_mkdocs_scam_number_tracker (an Irish volunteers' scam-call list on MkDocs Material),
b18_de_neos_verbraucher_warning (a Bavarian consumer advice association's warning on Neos,
with its own advice line), b18_fi_wagtail_traficom_warning (the Finnish cyber security
centre's warning on Wagtail, with the agency's switchboard), b18_nl_lightspeed_it_reseller
(an Enschede shop on Lightspeed eCom with HP's and Apple's genuine Dutch lines),
b18_nl_cmsms_repair_apeldoorn (an Apeldoorn repair shop since 1996 on CMS Made Simple with a
TeamViewer download), b18_lu_emonsite_freelance (a Mersch PC freelancer on e-monsite who
started in December) and b18_ja_optimizely_canon_official (Canon Japan's own contact page).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import home as _home
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document

# --- a Laurentides weekly's article on a Brightspot shell ------------------------------


@branded
def b18_ca_brightspot_bitdefender_email(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    path = "/actualites/faits-divers/faux-courriel-de-renouvellement-bitdefender-389-99-dollars"
    headline = "Faux courriel de renouvellement Bitdefender : « Ne rappelez pas ce numéro »"
    hint = _q(s, q, "us_dash") + " CAN"  # 1-833-706-2914 CAN, as the email printed it
    plus = _q(s, q, "intl", "plus_plus")  # ++1 833 706 2914
    paras = (
        "Plusieurs lecteurs de Saint-Jérôme et de Mirabel nous ont transféré la semaine dernière un courriel en "
        "anglais intitulé « Your Bitdefender Total Security subscription has been renewed ». Le message annonce "
        "un prélèvement de 389,99 $ et invite à appeler dans les 24 heures pour obtenir un remboursement.",
        f"Le numéro y est écrit de deux façons inhabituelles : « {hint} » dans le corps du message et "
        f"« {plus} » en bas de page. Ces graphies, avec le pays collé au numéro ou un double signe plus, servent "
        "à déjouer les filtres anti-pourriel.",
        "Au bout du fil, un faux agent demande d’installer un logiciel de contrôle à distance « pour traiter le "
        "remboursement », puis de se connecter à son compte bancaire. Une résidente de Prévost dit avoir perdu "
        "1 200 $ de cette façon.",
        "Bitdefender confirme ne jamais facturer ni rembourser par téléphone de cette manière. Le Centre antifraude "
        "du Canada recommande de supprimer le message et, en cas de doute, de vérifier son abonnement directement "
        "dans son compte Bitdefender Central.",
    )
    body_html = "".join(f'<p class="RichTextArticleBody-paragraph">{p}</p>' for p in paras)
    head = (
        f'<link rel="stylesheet" href="/resource/00000180-{_hex(rng, 4)}-{_hex(rng, 4)}-a5f5-fffd{_hex(rng, 8)}/styleguide/All.min.{_hex(rng, 10)}.gz.css">\n'
        '<meta name="brightspot.contentId" content="00000189-'
        + _hex(rng, 4)
        + "-d1b2-a5ef-fdfb"
        + _hex(rng, 8)
        + '">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<meta property="og:type" content="article">\n'
    )
    body = (
        f'<div class="Page-header"><a class="Page-header-logo" href="/">{esc(spec.name)}</a>'
        '<nav class="Navigation"><a href="/actualites">Actualités</a><a href="/sports">Sports</a><a href="/culture">Culture</a>'
        '<a href="/contactez-nous">Nous joindre</a></nav></div>'
        '<main class="Page-main"><article class="ArticlePage-mainContent">'
        '<div class="ArticlePage-breadcrumbs"><a href="/actualites/faits-divers">Faits divers</a></div>'
        f'<h1 class="ArticlePage-headline">{esc(headline)}</h1>'
        '<div class="ArticlePage-subHeadline">Un courriel frauduleux vise les abonnés de l’antivirus dans les Laurentides.</div>'
        '<div class="ArticlePage-authorBy">Par Julie Ouellet · <time datetime="2026-02-26">26 février 2026</time></div>'
        f'<div class="RichTextArticleBody RichTextBody">{body_html}</div>'
        '<aside class="ArticlePage-aside"><h2>À retenir</h2><ul><li>Ne rappelez jamais un numéro reçu par courriel</li>'
        "<li>Ne donnez pas l’accès à distance à votre ordinateur</li><li>Signalez la fraude au Centre antifraude du Canada</li></ul></aside>"
        "</article></main>"
        f'<footer class="Page-footer"><p>© 2026 {esc(spec.name)} · Hebdo régional des Laurentides</p>'
        '<p><a href="/contactez-nous">Nous joindre</a> · <a href="/confidentialite">Confidentialité</a></p></footer>'
    )
    return {
        path: (document(spec.lang, f"{headline} | {spec.name}", body, head), s),
        "/": _home(
            spec, path, headline, "L’actualité de Saint-Jérôme, Mirabel et des Laurentides."
        ),
    }


# --- a Mostviertel paper's article on an Escenic shell ----------------------------------


@branded
def b18_at_escenic_defender_article(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    aid = rng.randint(1800000, 1899999)
    path = f"/amstetten/chronik/falsche-microsoft-warnung-pensionist-zahlt-900-euro-fuer-fernwartung/{aid}"
    headline = "Falsche Microsoft-Warnung: Pensionist zahlt 900 Euro für „Fernwartung“"
    plain = _q(s, q, "national")  # 0800 207719
    intl = _q(s, q, "intl")  # +43 800 207719
    paras = (
        "Mitten beim Lesen der Nachrichten färbte sich der Bildschirm eines 71-Jährigen aus Amstetten blau. "
        "„Zugriff auf diesen PC wurde gesperrt“, stand da, dazu ein lauter Warnton und eine Computerstimme.",
        f"Angezeigt wurde eine angebliche Microsoft-Hotline mit der Nummer {plain}. Der Mann rief an. Ein "
        "Mitarbeiter ließ ihn ein Fernwartungsprogramm installieren und verlangte 900 Euro in Gutscheinkarten "
        "für die „Reinigung“ des Computers.",
        f"Die Polizei Amstetten warnt: Die Nummer {intl} ist eine österreichische Gratisnummer, die "
        "von Betrügern betrieben wird. Microsoft zeigt niemals Telefonnummern in Warnmeldungen an.",
        "Wer so eine Meldung sieht, soll den Browser mit Strg+Alt+Entf beenden, keinesfalls anrufen und im Zweifel "
        "die Watchlist Internet oder die Polizei kontaktieren.",
    )
    body_html = "".join(f"<p>{p}</p>" for p in paras)
    head = (
        f'<link rel="stylesheet" href="/skins/rundschau/css/main.css?v={rng.randint(100, 999)}">\n'
        f'<meta name="escenic-article-id" content="{aid}">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        f'<header id="masthead"><a href="/" class="logo">{esc(spec.name)}</a><nav><a href="/amstetten">Amstetten</a>'
        '<a href="/melk">Melk</a><a href="/scheibbs">Scheibbs</a><a href="/kontakt">Kontakt</a></nav></header>'
        f'<main><article class="article" data-ece-id="{aid}"><p class="overline">Betrug</p>'
        f"<h1>{esc(headline)}</h1>"
        '<p class="lead">Ein Amstettner fiel auf eine gefälschte Sperrmeldung im Browser herein. Die Polizei warnt vor der Masche.</p>'
        '<p class="byline">Von Thomas Hofer · 28. Februar 2026</p>'
        f'<div class="body">{body_html}</div></article></main>'
        f'<footer><p>© 2026 {esc(spec.name)} · Mostviertler Medien GmbH</p><p><a href="/impressum">Impressum</a> · <a href="/kontakt">Kontakt</a></p></footer>'
    )
    return {
        path: (document(spec.lang, f"{headline} – {spec.name}", body, head), s),
        "/": _home(spec, path, headline, "Nachrichten aus dem Mostviertel."),
    }


# --- a Dutch consumer community thread on Khoros ---------------------------------------


@branded
def b18_nl_khoros_kpn_thread(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    tid = rng.randint(500000, 599999)
    path = f"/t5/internet-en-telecom/kpn-mail-hulp-gebeld-via-google-zij-wilden-anydesk/td-p/{tid}"
    compact = _q(s, q, "compact")  # 0852107743
    national = _q(s, q, "national")  # 085 210 7743
    posts = (
        ("marja_d", "27-02-2026 19:42",
         "Mijn KPN-mail deed het niet meer, dus ik zocht op Google naar ‘KPN mail hulp’. Eerste resultaat was "
         "een site met een grote knop ‘Bel direct een KPN-specialist’. Er stond nergens een nummer, maar mijn "
         f"telefoon belde {compact}. De man wilde dat ik AnyDesk installeerde en vroeg € 149 voor een "
         "‘beveiligingsabonnement’. Ik heb opgehangen. Is dit echt KPN?"),
        ("Moderator_Kees", "27-02-2026 20:05",
         f"Hoi Marja, goed dat je hebt opgehangen. {national} is geen nummer van KPN. KPN zelf vraagt nooit om "
         "AnyDesk of TeamViewer te installeren voor een e-mailprobleem. Het echte contact vind je alleen via "
         "kpn.com of in de MijnKPN-app."),
        ("pieter_v", "27-02-2026 21:17",
         "Bij mijn moeder precies hetzelfde, zij had AnyDesk al geïnstalleerd. Meteen verwijderd, wachtwoorden "
         "veranderd en de bank gebeld. Meld het ook bij de Fraudehelpdesk."),
    )  # fmt: skip
    items = "".join(
        f'<div class="lia-message-view-wrapper lia-js-data-messageUid-{tid + i}" id="lineardisplaymessageviewwrapper_{i}">'
        f'<div class="lia-message-author-username"><a class="lia-link-navigation lia-user-name-link" href="/t5/user/viewprofilepage/user-id/{rng.randint(10000, 99999)}">{esc(who)}</a></div>'
        f'<span class="DateTime lia-message-posted-on">{esc(when)}</span>'
        f'<div class="lia-message-body-content">{text}</div></div>'
        for i, (who, when, text) in enumerate(posts)
    )
    head = (
        f'<link rel="stylesheet" href="/skins/{_hex(rng, 12)}/responsive_peak.css">\n'
        '<script>LITHIUM.CommunityJsonObject={"Activity":{},"CoreNode":{"id":"internet-en-telecom"}};</script>\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<div class="lia-page"><header class="lia-quilt-row-header">'
        f'<a class="lia-link-navigation" href="/">{esc(spec.name)}</a>'
        '<nav class="lia-breadcrumb"><a href="/t5/internet-en-telecom/bd-p/internet-en-telecom">Internet en telecom</a></nav></header>'
        '<div class="lia-quilt-row-main"><h1 class="lia-message-subject">KPN Mail Hulp gebeld via Google – zij wilden AnyDesk</h1>'
        f'<div class="lia-component-message-list">{items}</div></div>'
        f'<footer class="lia-quilt-row-footer"><p>{esc(spec.name)} · <a href="/t5/contact/ct-p/contact">Contact</a> · '
        '<a href="/t5/huisregels/bd-p/huisregels">Huisregels</a></p><p class="lia-powered">Powered by Khoros</p></footer></div>'
    )
    return {
        path: (
            document(
                spec.lang,
                f"KPN Mail Hulp gebeld via Google – zij wilden AnyDesk - {spec.name}",
                body,
                head,
                ' class="lia-body"',
            ),
            s,
        ),
        "/": _home(
            spec,
            path,
            "KPN Mail Hulp gebeld via Google – zij wilden AnyDesk",
            "Consumenten helpen elkaar: ervaringen, klachten en tips.",
        ),
    }


# --- a French NodeBB topic on the fake Chrome alert ------------------------------------


@branded
def b18_fr_nodebb_chrome_locker_topic(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    tid = rng.randint(20000, 29999)
    path = f"/topic/{tid}/alerte-google-chrome-ecran-bloque-et-numero-a-appeler"
    under = _q(s, q, "pairs", "underscore")  # 09_74_59_28_13
    pairs = _q(s, q, "pairs")  # 09 74 59 28 13
    posts = (
        ("Nicole_63", "il y a 4 jours",
         "Bonjour, hier soir une fenêtre rouge « Google Chrome – Alerte de sécurité critique » a bloqué mon "
         f"écran avec une sirène et une voix. Il y avait un numéro écrit bizarrement : {under}. J’ai appelé, "
         "un monsieur m’a fait installer AnyDesk et voulait 299 € pour « nettoyer ». J’ai refusé. Que faire ?"),
        ("Bruno_modo", "il y a 4 jours",
         f"Bonsoir Nicole, c’est une arnaque classique : le {pairs} n’a rien à voir avec Google. Désinstallez "
         "AnyDesk tout de suite, changez vos mots de passe et signalez le numéro sur la plateforme 33700. "
         "Pour fermer ce genre de page : Ctrl+Maj+Échap puis fin de tâche sur Chrome."),
        ("Nicole_63", "il y a 3 jours", "Merci Bruno, c’est fait. Mon fils a vérifié l’ordinateur."),
    )  # fmt: skip
    items = "".join(
        f'<li component="post" class="topic-item" data-pid="{tid * 10 + i}" data-index="{i}">'
        f'<div class="post-header"><a href="/user/{esc(who.lower())}" class="username">{esc(who)}</a> '
        f'<span class="timeago">{esc(when)}</span></div><div class="content" component="post/content">{text}</div></li>'
        for i, (who, when, text) in enumerate(posts)
    )
    head = (
        f'<link rel="stylesheet" type="text/css" href="/assets/client.css?v={_hex(rng, 11)}">\n'
        f'<script>var config={{"relative_path":"","version":"3.{rng.randint(5, 9)}.{rng.randint(0, 9)}","cache-buster":"v={_hex(rng, 11)}"}};</script>\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        f'<nav component="navbar" class="sidebar"><a href="/" class="forum-logo">{esc(spec.name)}</a>'
        '<a href="/categories">Catégories</a><a href="/recent">Récents</a><a href="/contact">Contact</a></nav>'
        '<main id="panel" class="container"><div component="topic" class="topic">'
        '<h1 component="post/header" class="topic-title">Alerte « Google Chrome », écran bloqué et numéro à appeler</h1>'
        f'<ul component="topic" class="posts timeline">{items}</ul></div></main>'
        '<footer><p>Propulsé par <a href="https://nodebb.org">NodeBB</a> · '
        f'{esc(spec.name)} · <a href="/contact">Contact</a></p></footer>'
        f'<script defer src="/assets/nodebb.min.js?v={_hex(rng, 11)}"></script>'
    )
    return {
        path: (
            document(
                spec.lang,
                f"Alerte Google Chrome, écran bloqué et numéro à appeler | {spec.name}",
                body,
                head,
                ' class="page-topic"',
            ),
            s,
        ),
        "/": _home(
            spec,
            path,
            "Alerte « Google Chrome », écran bloqué et numéro à appeler",
            "Entraide informatique entre bénévoles depuis 2014.",
        ),
    }


# --- a young Belgian reverse lookup page on a Laravel app -------------------------------


@branded
def b18_be_laravel_wiebelde_lookup(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    compact = numbers.national_digits(q)  # 078152293
    path = f"/nummer/{compact}"
    s.hidden(q, offered=False)  # the URL
    pairs = _q(s, q, "pairs")  # 078 15 22 93
    intl = _q(s, q, "intl")  # +32 78 15 22 93
    reviews = "".join(
        f'<div class="comment comment-{kind}"><p class="comment-meta">{esc(when)} · {esc(lbl)}</p><p>{esc(t)}</p></div>'
        for when, kind, lbl, t in (
            ("28 februari 2026", "danger", "Oplichting",
             "Vond dit nummer op een site ‘PC Hulp Vlaanderen’. Ze wilden dat ik TeamViewer installeerde en een jaarabonnement van € 249 nam."),
            ("1 maart 2026", "danger", "Oplichting",
             "Ondernemingsnummer op hun site bestaat niet in de KBO. Niet bellen!"),
            ("1 maart 2026", "unknown", "Onbekend", "Teruggebeld, kreeg een bandje in het Engels."),
        )
    )  # fmt: skip
    head = (
        f'<link rel="stylesheet" href="/build/assets/app-{_hex(rng, 8)}.css">\n'
        f'<meta name="csrf-token" content="{_hex(rng, 40)}">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        f'<div id="app" wire:id="{_hex(rng, 20)}"><header class="navbar"><a href="/" class="brand">{esc(spec.name)}</a>'
        '<form action="/zoek" class="search"><input name="q" placeholder="Telefoonnummer"><button>Zoek</button></form></header>'
        f'<main class="container"><h1>{pairs} – wie belt er?</h1>'
        f'<dl class="facts"><dt>Nummer</dt><dd>{pairs}</dd><dt>Internationaal</dt><dd>{intl}</dd>'
        "<dt>Type</dt><dd>078 – nationaal tarief (zonale zone)</dd><dt>Beoordeling</dt><dd><strong>Gevaarlijk</strong> (3 meldingen)</dd></dl>"
        '<p class="lead">Bezoekers melden dit nummer als ‘computerhulp op afstand’ die om toegang tot uw pc vraagt.</p>'
        f'<section class="comments"><h2>Meldingen</h2>{reviews}</section>'
        '<p class="note">Meldingen zijn van bezoekers. Wij controleren niet wie het nummer gebruikt. Opgelicht? Meld het bij Safeonweb of de politie.</p></main>'
        '<footer><a href="/over">Over ons</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer></div>'
        f'<script src="/build/assets/app-{_hex(rng, 8)}.js" type="module"></script>'
    )
    home_s = Sheet()
    home = (
        f'<header class="navbar"><a href="/" class="brand">{esc(spec.name)}</a></header><main class="container"><h1>{esc(spec.name)}</h1>'
        "<p>Onbekend nummer gezien? Zoek het op en lees wat anderen meldden.</p>"
        f'<h2>Recent gezocht</h2><ul><li><a href="{esc(path)}">{_q(home_s, q, "pairs")}</a> – gevaarlijk</li></ul></main>'
    )
    return {
        path: (document(spec.lang, f"{pairs} – wie belt er? | {spec.name}", body, head), s),
        "/": (document(spec.lang, f"{spec.name} – telefoonnummers opzoeken", home), home_s),
    }


# --- an Irish volunteers' scam-call list on MkDocs Material ----------------------------


@branded
def b18_ie_mkdocs_scam_number_tracker(spec: Spec, rng: Random) -> Drafts:
    gb, us, ca, au = spec.quoted
    s = Sheet()
    path = "/reports/2026-02/"
    rows = (
        (
            _q(s, gb, "national"),
            "United Kingdom",
            "“McAfee Renewal Centre”, expired-subscription pop-up on a look-alike domain",
            "14",
        ),
        (_q(s, us, "us_dash"), "USA", "“Epson Printer Support Center”, printer offline ads", "9"),
        (
            _q(s, ca, "us_dash"),
            "Canada",
            "Bitdefender renewal email, CA$389.99, “call within 24 hours”",
            "11",
        ),
        (
            _q(s, au, "national"),
            "Australia",
            "“Apple iCloud Support” on a hacked club website",
            "6",
        ),
    )
    table = "".join(
        f"<tr><td><code>{n}</code></td><td>{esc(c)}</td><td>{esc(w)}</td><td>{esc(k)}</td></tr>"
        for n, c, w, k in rows
    )
    head = (
        '<meta name="generator" content="mkdocs-1.6.0, mkdocs-material-9.5.18">\n'
        f'<link rel="stylesheet" href="../../assets/stylesheets/main.{_hex(rng, 8)}.min.css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<div class="md-container" data-md-component="container"><header class="md-header" data-md-component="header">'
        f'<nav class="md-header__inner md-grid"><a href="/" class="md-header__button md-logo">{esc(spec.name)}</a></nav></header>'
        '<main class="md-main"><div class="md-main__inner md-grid"><div class="md-content" data-md-component="content">'
        '<article class="md-content__inner md-typeset">'
        "<h1>February 2026: numbers reported to us</h1>"
        "<p>Every month we list the numbers readers in Ireland reported after a pop-up, an email or a search ad "
        "told them to call “support”. Irish callers are often routed to UK, US and even Australian freephone "
        "numbers. <strong>Do not call any of these numbers.</strong></p>"
        "<table><thead><tr><th>Number</th><th>Country</th><th>What it pretends to be</th><th>Reports</th></tr></thead>"
        f"<tbody>{table}</tbody></table>"
        '<div class="admonition warning"><p class="admonition-title">If you already called</p><p>Uninstall any remote access app '
        "(AnyDesk, TeamViewer), change your passwords and ring your bank. Report fraud to An Garda Síochána.</p></div>"
        '<p>This list is kept by volunteers and is not an official register. <a href="/about/">About us</a>.</p>'
        "</article></div></div></main>"
        '<footer class="md-footer"><div class="md-footer-meta md-typeset"><div class="md-copyright">Made with '
        '<a href="https://squidfunk.github.io/mkdocs-material/" rel="noopener">Material for MkDocs</a></div></div></footer></div>'
        f'<script src="../../assets/javascripts/bundle.{_hex(rng, 8)}.min.js"></script>'
    )
    return {
        path: (
            document(
                spec.lang,
                f"February 2026 reports - {spec.name}",
                body,
                head,
                ' dir="ltr" data-md-color-scheme="default"',
            ),
            s,
        ),
        "/": _home(
            spec,
            path,
            "February 2026: numbers reported to us",
            "Volunteers tracking scam calls and pop-ups reported in Ireland.",
        ),
    }


# --- a Bavarian consumer advice association's warning on Neos ---------------------------


@branded
def b18_de_neos_verbraucher_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    at, ch = spec.quoted
    s = Sheet()
    path = "/themen/digitales/warnung-falsche-sicherheitswarnungen-und-antivirus-hotlines"
    at_no = _q(s, at, "national")  # 0800 207719
    ch_no = _q(s, ch, "intl")  # +41 800 556 128
    line = s.tel(own, s.num(own, "split_sub"))  # 0921 507 4213
    head = (
        f'<link rel="stylesheet" href="/_Resources/Static/Packages/Vbo.Site/Styles/Main.css?bust={_hex(rng, 8)}">\n'
        '<meta name="generator" content="Neos">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        f'<header class="site-header"><a href="/" class="logo">{esc(spec.name)} e.V.</a>'
        '<nav><a href="/themen">Themen</a><a href="/beratung">Beratung</a><a href="/kontakt">Kontakt</a></nav></header>'
        '<main class="neos-contentcollection"><article class="warning">'
        "<h1>Warnung: Falsche Sicherheitswarnungen und Antivirus-Hotlines</h1>"
        '<p class="date">Stand: 27. Februar 2026</p>'
        "<p>Bei unserer Beratung melden sich derzeit viele Verbraucherinnen und Verbraucher, deren Browser "
        "plötzlich eine bildschirmfüllende „Microsoft Defender“-Sperrmeldung zeigte oder die über eine Suchanzeige bei "
        "einem angeblichen „AVG Kundendienst“ landeten. In beiden Fällen sollen Sie eine Gratisnummer anrufen.</p>"
        '<table class="numbers"><thead><tr><th>Nummer</th><th>Masche</th></tr></thead><tbody>'
        f"<tr><td>{at_no}</td><td>Angebliche Microsoft-Sperrmeldung im Browser mit Warnton (österreichische Gratisnummer)</td></tr>"
        f"<tr><td>{ch_no}</td><td>Angeblicher AVG-Kundendienst Schweiz, „Abo kündigen und Rückerstattung“</td></tr></tbody></table>"
        "<h2>Was Sie tun sollten</h2><ul><li>Rufen Sie die Nummern nicht an.</li><li>Installieren Sie keine "
        "Fernwartungssoftware auf Zuruf.</li><li>Haben Sie schon bezahlt, sperren Sie Karte oder Konto über den "
        "Sperr-Notruf 116 116 und erstatten Sie Anzeige.</li></ul>"
        f"<p>Persönliche Beratung: Telefon {line} (Mo–Do 9–16 Uhr) oder in unserer Beratungsstelle in Bayreuth.</p>"
        "</article></main>"
        f"<footer><p>{esc(spec.name)} e.V. · Maximilianstraße 48 · 95444 Bayreuth</p>"
        '<p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/kontakt">Kontakt</a></p></footer>'
    )
    return {
        path: (
            document(spec.lang, f"Warnung: Falsche Sicherheitswarnungen – {spec.name}", body, head),
            s,
        ),
        "/": _home(
            spec,
            path,
            "Warnung: Falsche Sicherheitswarnungen und Antivirus-Hotlines",
            "Unabhängige Verbraucherberatung für Oberfranken.",
        ),
    }


# --- the Finnish cyber security centre's warning on Wagtail ----------------------------


@branded
def b18_fi_wagtail_traficom_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    hp, anon = spec.quoted
    s = Sheet()
    path = "/fi/varoitukset/teknisen-tuen-huijaukset-jatkuvat"
    hp_no = _q(s, hp, "split_sub")  # 09 4275 8316
    anon_no = _q(s, anon, "split_sub")  # 075 325 2917
    line = s.tel(own, s.num(own, "split_sub"))  # 029 534 5000
    head = (
        f'<link rel="stylesheet" href="/static/css/main.{_hex(rng, 12)}.css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        f'<header class="header"><a href="/fi" class="logo">{esc(spec.name)}</a>'
        '<nav><a href="/fi/varoitukset">Varoitukset</a><a href="/fi/ohjeet">Ohjeet</a><a href="/fi/yhteystiedot-ja-tuki">Yhteystiedot</a></nav></header>'
        f'<main id="main" class="page page--warning" data-wagtail-page-id="{rng.randint(2000, 9999)}"><article class="rich-text">'
        "<h1>Teknisen tuen huijaukset jatkuvat – ilmoitettuja numeroita</h1>"
        '<p class="meta">Varoitus · julkaistu 27.2.2026</p>'
        "<p>Kyberturvallisuuskeskukseen on helmikuussa tehty kymmeniä ilmoituksia huijauksista, joissa soittaja "
        "esiintyy teknisenä tukena. Ilmoituksissa toistuvat nämä numerot:</p>"
        f"<ul><li>{hp_no} – ”HP-tulostintuki Suomi”, verkkokauppa, joka myy tulostimen asennusta ja etätukea</li>"
        f"<li>{anon_no} – ”Tietokoneapu Etänä”, pyytää asentamaan AnyDesk-etäyhteysohjelman</li></ul>"
        "<p>Huijari pyytää pääsyä tietokoneelle ja usein myös kirjautumaan verkkopankkiin. HP tai muut valmistajat "
        "eivät tarjoa tukea näissä numeroissa.</p>"
        "<h2>Jos olet joutunut huijatuksi</h2><ul><li>Katkaise kone verkosta ja poista etäyhteysohjelma</li>"
        "<li>Ota yhteyttä pankkiisi ja tee rikosilmoitus poliisille</li><li>Ilmoita tapauksesta meille verkkolomakkeella</li></ul>"
        f"<p>Traficomin vaihde: {line} (arkisin 8–16.15).</p>"
        "</article></main>"
        f'<footer class="footer"><p>{esc(spec.name)} · Liikenne- ja viestintävirasto Traficom · Kumpulantie 9, 00520 Helsinki</p>'
        '<p><a href="/fi/saavutettavuus">Saavutettavuusseloste</a> · <a href="/fi/tietosuoja">Tietosuoja</a></p></footer>'
    )
    return {
        path: (
            document(spec.lang, f"Teknisen tuen huijaukset jatkuvat | {spec.name}", body, head),
            s,
        ),
        "/": _home(
            spec,
            path,
            "Teknisen tuen huijaukset jatkuvat",
            "Tietoturvavaroitukset ja ohjeet kansalaisille ja organisaatioille.",
        ),
    }


# --- an Enschede computer shop and reseller on Lightspeed eCom --------------------------


@branded
def b18_nl_lightspeed_it_reseller(spec: Spec, rng: Random) -> Drafts:
    own, hp, apple = spec.phones
    s = Sheet()
    mine = s.tel(own, s.num(own, "national"))  # 053 203 6418
    hp_no = s.tel(hp, s.num(hp, "trunk_dash"))  # 020-7219239
    apple_no = s.tel(apple, s.num(apple, "national"))  # 0800 0200 570
    shop = rng.randint(300000, 399999)
    head = (
        f'<link rel="stylesheet" href="https://cdn.webshopapp.com/shops/{shop}/themes/{rng.randint(100000, 199999)}/assets/style.css?{rng.randint(20240000000000, 20249999999999)}">\n'
        f"<script>var shopId = {shop};</script>\n"
        '<meta name="generator" content="Lightspeed eCom">\n'
    )
    products = "".join(
        f'<div class="product-block"><a href="/{slug}.html" title="{esc(t)}">{esc(t)}</a><span class="price">{esc(p)}</span></div>'
        for slug, t, p in (
            ("hp-probook-450-g10", "HP ProBook 450 G10 – i5, 16 GB, 512 GB SSD", "€ 949,00"),
            ("hp-officejet-pro-9120e", "HP OfficeJet Pro 9120e", "€ 279,00"),
            ("apple-macbook-air-13-m3", 'Apple MacBook Air 13" M3', "€ 1.299,00"),
        )
    )
    body = (
        f'<header id="header"><a href="/" class="logo">{esc(spec.name)}</a><nav><a href="/laptops/">Laptops</a>'
        '<a href="/printers/">Printers</a><a href="/apple/">Apple</a><a href="/service/">Service</a><a href="/service/contact/">Contact</a></nav></header>'
        '<main class="wrapper"><h1>Computers, printers en service in Twente</h1>'
        "<p>Sinds 2010 verkopen en repareren wij laptops, pc’s en printers in onze winkel aan de Haaksbergerstraat. "
        "Wij zijn HP Amplify Partner en Apple-reseller; garantie en reparaties regelen we voor u.</p>"
        f'<div class="products">{products}</div>'
        "<h2>Service en garantie</h2>"
        f"<p>Vragen over uw aankoop of een reparatie? Bel de winkel: {mine} (di–za 9.30–17.30).</p>"
        f"<p>Liever rechtstreeks naar de fabrikant? HP Support Nederland: {hp_no} · Apple Support: {apple_no}. "
        "Wij bellen nooit ongevraagd over virussen en vragen nooit om op afstand mee te kijken zonder afspraak.</p></main>"
        f'<footer id="footer"><p>{esc(spec.name)} · Haaksbergerstraat 211, 7513 EM Enschede · KvK {rng.randint(8000000, 8999999):08d}</p>'
        '<p><a href="/service/general-terms-conditions/">Algemene voorwaarden</a> · <a href="/service/privacy-policy/">Privacy</a> · '
        'Powered by <a href="https://www.lightspeedhq.nl/" rel="nofollow">Lightspeed</a></p></footer>'
    )
    return {
        "/": (
            document(spec.lang, f"{spec.name} – computers en printers in Enschede", body, head),
            s,
        )
    }


# --- an Apeldoorn repair shop since 1996 on CMS Made Simple -----------------------------


@branded
def b18_nl_cmsms_repair_apeldoorn(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dash = s.num(own, "trunk_dash")  # 055-5766204
    tel = s.tel(own, dash)
    head = (
        '<meta name="Generator" content="CMS Made Simple - Copyright (C) 2004-2024. All rights reserved.">\n'
        '<link rel="stylesheet" type="text/css" href="tmp/cache/stylesheet_combined_'
        + _hex(rng, 32)
        + '.css">\n'
        f'<base href="https://{spec.host}/">\n'
    )
    prices = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>"
        for a, b in (
            ("Onderzoek in de werkplaats", "€ 29,50"),
            ("Windows 11 opnieuw installeren incl. gegevens", "€ 95,00"),
            ("Virus- en adwareverwijdering", "€ 69,00"),
            ("Hulp op afstand (na afspraak), per kwartier", "€ 17,50"),
        )
    )
    body = (
        '<div id="pagewrapper"><div id="header">'
        f'<h1 id="logo"><a href="/">{esc(spec.name)}</a></h1><p class="slogan">Reparatie en onderhoud van computers in Apeldoorn sinds 1996</p></div>'
        '<div id="menu"><ul><li class="currentpage"><a href="/">Home</a></li><li><a href="index.php?page=tarieven">Tarieven</a></li>'
        '<li><a href="index.php?page=hulp-op-afstand">Hulp op afstand</a></li><li><a href="contact">Contact</a></li></ul></div>'
        '<div id="content"><div id="main">'
        "<p>Al ruim 29 jaar repareren wij desktops en laptops van particulieren en kleine bedrijven uit Apeldoorn en "
        "omgeving. Binnenlopen mag; voor grotere klussen maken we graag een afspraak.</p>"
        f'<h2>Tarieven</h2><table class="tarieven">{prices}</table>'
        "<h2>Hulp op afstand</h2><p>Bestaande klanten helpen we ook op afstand. Bel eerst de winkel voor een "
        'afspraak en start daarna <a href="uploads/TeamViewerQS.exe">TeamViewer QuickSupport</a>. U geeft ons zelf '
        "de ID door. Wij bellen u nooit ongevraagd en vragen nooit naar bankgegevens.</p>"
        f"<h2>Adres</h2><p>Deventerstraat 58<br>7311 AB Apeldoorn<br>Telefoon {tel}<br>di t/m vr 9.00–17.30, za 10.00–16.00</p>"
        "</div></div>"
        f'<div id="footer"><p>© 1996–2026 {esc(spec.name)} · KvK {rng.randint(8000000, 8999999):08d} · '
        '<a href="contact">Contact</a></p><p>Powered by CMS Made Simple</p></div></div>'
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – computer reparatie Apeldoorn", body, head), s)
    }


# --- a Mersch PC freelancer on e-monsite, started in December --------------------------


@branded
def b18_lu_emonsite_freelance(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    mobile = s.num(own, "national")  # 691 827 364
    tel = s.tel(own, f"(+352) {mobile}")
    head = (
        f'<link rel="stylesheet" href="https://static.e-monsite.com/themes/{_hex(rng, 10)}/style.css">\n'
        '<meta name="generator" content="e-monsite (e-monsite.com)">\n'
    )
    body = (
        f'<div id="container" class="emsite"><header id="header"><a class="brand" href="/">{esc(spec.name)}</a>'
        '<nav class="menu"><a href="/">Accueil</a><a href="/pages/tarifs.html">Tarifs</a><a href="/contact">Contact</a></nav></header>'
        '<main id="main"><div class="widget widget-text">'
        "<h1>Dépannage informatique à domicile à Mersch et environs</h1>"
        "<p>Je m’appelle Luc Schmit. Après quinze ans comme technicien dans une banque du Kirchberg, j’ai lancé mon "
        "activité d’indépendant en décembre 2025. Je me déplace chez vous, dans le canton de Mersch et dans la "
        "vallée de l’Alzette, pour réparer, installer et expliquer sans jargon.</p>"
        "<ul><li>PC lent, virus, mise à jour de Windows bloquée</li><li>Installation d’imprimante, Wi-Fi, messagerie</li>"
        "<li>Transfert de données vers un nouvel ordinateur</li><li>Aide à distance uniquement pour mes clients, sur rendez-vous</li></ul>"
        "<h2>Tarifs</h2><p>50 € de l’heure à domicile, déplacement offert dans le canton. Je n’appelle jamais "
        "sans rendez-vous et je ne demande jamais vos codes LuxTrust.</p>"
        f"<h2>Contact</h2><p>Téléphone : {tel}<br>15, rue de la Gare · L-7535 Mersch<br>"
        f"RCS Luxembourg A{rng.randint(43000, 45999)} · autorisation d’établissement n° 10{rng.randint(100000, 199999)}</p>"
        "</div></main>"
        f'<footer id="footer"><p>© 2026 {esc(spec.name)} · <a href="/pages/mentions-legales.html">Mentions légales</a></p>'
        '<p class="emsite-powered">Site créé avec <a href="https://www.e-monsite.com" rel="nofollow">e-monsite</a></p></footer></div>'
    )
    return {
        "/": (
            document(spec.lang, f"{spec.name} – dépannage informatique à domicile", body, head),
            s,
        )
    }


# --- Canon Japan's own contact page (Optimizely) ---------------------------------------


@branded
def b18_ja_optimizely_canon_official(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.national_digits(own)  # 05055590015
    written = f"{g[:3]}-{g[3:6]}-{g[6:]}"  # 050-555-90015, as Canon writes it
    line = s.tel(own, esc(written))
    path = "/support/contact/printer"
    ld = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": "キヤノンマーケティングジャパン株式会社",
        "url": f"https://{spec.host}/",
        "contactPoint": {
            "@type": "ContactPoint",
            "telephone": numbers.write(own, "intl"),
            "contactType": "customer support",
            "areaServed": "JP",
        },
    }
    head = (
        f'<link rel="stylesheet" href="/-/static/css/canon-jp.{_hex(rng, 10)}.css">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f'<script>window.epi=window.epi||{{}};epi.contentLink="{rng.randint(10000, 99999)}";</script>\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )

    def block(name: str, inner: str) -> str:
        return (
            f'<div class="block {name}" data-epi-block-id="{rng.randint(1000, 9999)}">{inner}</div>'
        )

    body = (
        '<header class="l-header"><a href="/" class="logo"><img src="/-/media/logo/canon-logo.svg" alt="Canon"></a>'
        '<nav><a href="/personal">個人のお客さま</a><a href="/biz">法人のお客さま</a><a href="/support">サポート</a></nav></header>'
        '<main class="l-main">'
        + block(
            "breadcrumb",
            '<ol><li><a href="/">ホーム</a></li><li><a href="/support">サポート</a></li><li>お問い合わせ（プリンター）</li></ol>',
        )
        + block(
            "text",
            "<h1>お問い合わせ：インクジェットプリンター</h1>"
            "<p>PIXUS・MAXIFY・imagePROGRAF（個人向け）の使い方、設定、エラー表示についてのご相談を承ります。</p>"
            f'<p class="tel">キヤノンお客様相談センター：<strong>{line}</strong></p>'
            "<p>受付時間：平日 9:00〜18:00／土曜 10:00〜17:00（日祝日・年末年始は休ませていただきます）</p>"
            f"<p>海外からのお電話：{esc(numbers.write(own, 'intl'))}</p>",
        )
        + block(
            "notice",
            "<h2>キヤノンを名乗る偽のサポートサイトにご注意ください</h2>"
            "<p>「キヤノン プリンター サポートセンター」などを名乗り、キヤノンとは関係のない電話番号を掲載した"
            "ウェブサイトや検索広告が確認されています。キヤノンがお客様のパソコンに遠隔接続して有料で修理を"
            "勧めることはありません。お問い合わせは必ずこのページに記載の番号をご利用ください。</p>",
        )
        + "</main>"
        '<footer class="l-footer"><p>© Canon Marketing Japan Inc.</p><p><a href="/privacy">個人情報保護方針</a> · '
        '<a href="/terms">ご利用条件</a> · <a href="/support/contact/printer">お問い合わせ</a></p></footer>'
    )
    home = (
        '<header class="l-header"><a href="/" class="logo"><img src="/-/media/logo/canon-logo.svg" alt="Canon"></a></header>'
        f"<main><h1>{esc(spec.name)}</h1><p>カメラ、プリンター、ビジネス機器の製品情報とサポート。</p>"
        f'<p><a href="{path}">お問い合わせ（プリンター）</a></p></main>'
    )
    return {
        path: (
            document(spec.lang, f"お問い合わせ：インクジェットプリンター｜{spec.name}", body, head),
            s,
        ),
        "/": (document(spec.lang, f"{spec.name}：製品情報・サポート", home), Sheet()),
    }


TEMPLATES = {
    "b18_ca_brightspot_bitdefender_email": with_contact(
        "/contactez-nous", b18_ca_brightspot_bitdefender_email
    ),
    "b18_at_escenic_defender_article": with_contact("/kontakt", b18_at_escenic_defender_article),
    "b18_nl_khoros_kpn_thread": with_contact("/t5/contact/ct-p/contact", b18_nl_khoros_kpn_thread),
    "b18_fr_nodebb_chrome_locker_topic": with_contact(
        "/contact", b18_fr_nodebb_chrome_locker_topic
    ),
    "b18_be_laravel_wiebelde_lookup": with_contact("/contact", b18_be_laravel_wiebelde_lookup),
    "b18_ie_mkdocs_scam_number_tracker": with_contact("/about/", b18_ie_mkdocs_scam_number_tracker),
    "b18_de_neos_verbraucher_warning": with_contact("/kontakt", b18_de_neos_verbraucher_warning),
    "b18_fi_wagtail_traficom_warning": with_contact(
        "/fi/yhteystiedot-ja-tuki", b18_fi_wagtail_traficom_warning
    ),
    "b18_nl_lightspeed_it_reseller": with_contact(
        "/service/contact/", b18_nl_lightspeed_it_reseller
    ),
    "b18_nl_cmsms_repair_apeldoorn": with_contact("/contact", b18_nl_cmsms_repair_apeldoorn),
    "b18_lu_emonsite_freelance": with_contact("/contact", b18_lu_emonsite_freelance),
    "b18_ja_optimizely_canon_official": b18_ja_optimizely_canon_official,
}
