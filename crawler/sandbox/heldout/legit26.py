"""Twenty-sixth batch of held-out honest templates: page shells no earlier batch uses.

b26_nl_bolt_consumer_tv (a Dutch consumer TV programme's page on Bolt CMS with NewsArticle
markup: viewers' stories of the fake Ziggo storingsdienst, the number also as spam wrote it
with O for zero), b26_be_concrete_victim_story (a Flemish regional news site on Concrete
CMS, no article markup, a past-tense victim story: the "erkende" Windows helpdesk and the
HP page on a Spa parish site), b26_ca_vanilla_forum (a Canadian consumer forum on Vanilla:
the Norton refund centre and a cousin's New Zealand Bitdefender invoice),
b26_fi_smf_forum (a Finnish forum on Simple Machines: the Facebook account-recovery
number), b26_at_symfony_lookup_directory (an Austrian reverse-number lookup: the Kaspersky
hotline, the Zurich "Apple" line and the Chrome lock's number), b26_fr_docsy_university_warning
(a French university IT service's Hugo Docsy documentation: the fake Canon desk),
b26_ie_vuepress_library_warning (an Irish county library's VuePress digital-skills guide:
the copied-firm remote help line), b26_ja_experience_cloud_isp_warning (a Japanese ISP's
Salesforce Experience Cloud knowledge article: the Windows lock screen number),
b26_de_opencms_it_partner (a Karlsruhe Systemhaus on OpenCms listing HP's and Apple's genuine
German numbers), b26_nz_pelican_young_repair (a young Christchurch repair business on a
static Pelican site with a RustDesk download page and a blog post on the Bitdefender invoice),
b26_chde_ecwid_freshchat_shop (a Winterthur Apple and Lenovo accessories shop on Ecwid with a
Freshchat widget) and b26_chde_canon_official (Canon's own Swiss-German support page on fake
hotlines, without any phone number).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import home as _home
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.shell import quoted_written as _qw
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document

# --- a Dutch consumer TV programme on Bolt CMS, NewsArticle markup ------------------------


@branded
def b26_nl_bolt_consumer_tv(spec: Spec, rng: Random) -> Drafts:
    (ziggo,) = spec.quoted
    s = Sheet()
    path = "/uitzendingen/2026/nep-storingsdienst-ziggo-kijkers-kwijt-duizenden-euros"
    title = "Kijkers belden ‘Ziggo-storingsdienst’ en raakten duizenden euro’s kwijt"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2026-03-05T20:25:00+01:00", "author": {"@type": "Organization", "name": spec.name}}
    head = (
        '<meta name="generator" content="Bolt">\n<link rel="stylesheet" href="/theme/consumententv-2024/css/app.css?v=' + _hex(rng, 8) + '">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    lettered = _qw(s, ziggo, " ".join(numbers.groups(ziggo)).replace("0", "O"))
    body = (
        '<div class="cookiebar" id="cookiebar"><p>Wij gebruiken cookies voor statistieken en om video’s te tonen. <button>Akkoord</button> <button>Instellen</button></p></div>'
        f'<header class="site-header"><a class="logo" href="/">{esc(spec.name)}</a><nav><a href="/uitzendingen">Uitzendingen</a> <a href="/meldpunt">Meldpunt</a> <a href="/contact">Contact</a></nav></header>'
        '<main><article class="record record--uitzending" data-contenttype="uitzendingen">'
        f'<h1 class="record__title">{esc(title)}</h1><p class="meta">Uitzending 5 maart 2026 · Redactie</p>'
        '<div class="video-embed" data-npo-player="VPWON_' + str(rng.randint(1000000, 9999999)) + '"></div>'
        "<p>Na onze oproep meldden zich ruim zestig kijkers. Ze zochten allemaal op internet naar de storingsdienst van Ziggo "
        "omdat hun internet haperde, en kwamen terecht bij een website die er officieel uitzag. Daar stond een nummer dat "
        f"in advertenties zelfs met letters O in plaats van nullen werd geschreven: {lettered}. Het echte nummer is "
        f"{_q(s, ziggo, 'national')}.</p>"
        "<p>Joke (71) uit Hilversum vertelde dat de ‘monteur’ vriendelijk was en haar vroeg een programma te installeren. "
        "Daarna zag ze hem op haar scherm in haar internetbankieren rondklikken. ‘Hij zei dat hij een terugbetaling klaarzette. "
        "Pas de volgende dag zag ik dat er 4.300 euro weg was.’</p>"
        "<p>Ziggo laat ons weten dat het bedrijf nooit via een ander nummer dan het eigen klantenservicenummer werkt, en nooit "
        "vraagt om software voor overname op afstand te installeren. De Fraudehelpdesk bevestigt dat er sinds januari meer dan "
        "honderd meldingen over dit nummer zijn binnengekomen.</p>"
        "<h2>Wat kunt u doen?</h2>"
        + _ul(("Zoek het nummer van uw provider op via de eigen website of uw factuur.",
               "Laat nooit een onbekende uw computer overnemen.",
               "Bent u slachtoffer? Bel direct uw bank en doe aangifte."))
        + "</article></main>"
        f'<footer><p>© 2026 {esc(spec.name)} · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>'
    )
    return {
        "/": _home(spec, path, title, "Het consumentenprogramma dat opkomt voor de kijker."),
        path: (document(spec.lang, f"{title} | {spec.name}", body, head), s),
    }


# --- a Flemish regional news site on Concrete CMS, no article markup, past tense ----------


@branded
def b26_be_concrete_victim_story(spec: Spec, rng: Random) -> Drafts:
    windows, hp = spec.quoted
    s = Sheet()
    path = "/regio/kempen/gepensioneerde-leraar-uit-mol-verloor-12000-euro-aan-valse-helpdesk"
    head = (
        '<meta name="generator" content="concrete5 - 9.2.6">\n'
        '<link href="/application/files/cache/css/regionieuws/main.css?ts=' + str(rng.randint(1700000000, 1799999999)) + '" rel="stylesheet" type="text/css" media="all">\n'
        "<script>var CCM_DISPATCHER_FILENAME = \"/index.php\";var CCM_CID = " + str(rng.randint(100, 9999)) + ";var CCM_EDIT_MODE = false;</script>\n"
    )
    body = (
        '<div class="ccm-page ccm-page-id-' + str(rng.randint(100, 9999)) + ' page-type-nieuwsbericht page-template-full">'
        f'<header class="header"><div class="container"><a href="/" class="logo">{esc(spec.name)}</a>'
        '<nav class="ccm-responsive-navigation"><ul><li><a href="/regio">Regio</a></li><li><a href="/sport">Sport</a></li><li><a href="/contact">Contact</a></li></ul></nav></div></header>'
        '<main><div class="container"><div class="area-main"><div class="ccm-block-page-title-wrapper"><h1 class="page-title">'
        "Gepensioneerde leraar uit Mol verloor 12.000 euro aan ‘erkende’ Windows-helpdesk</h1></div>"
        '<div class="ccm-block-content"><p><em>Mol – 6 maart 2026</em></p>'
        "<p>Het begon met een computer die niet meer wilde opstarten na een update. Marc V. (68) zocht op internet hulp en vond een "
        "website die zichzelf ‘de erkende Windows-helpdesk voor Vlaanderen’ noemde. De site waarschuwde zelfs voor valse helpdesks. "
        f"‘Dat gaf me net vertrouwen’, vertelde hij. Hij belde naar {_q(s, windows, 'pairs')}.</p>"
        "<p>De man aan de lijn liet hem een programma installeren en nam zijn computer over. Hij zei dat er hackers op zijn rekening "
        "zaten en liet Marc inloggen bij zijn bank ‘om alles te controleren’. Toen Marc twee dagen later zijn rekeninguittreksels "
        "bekeek, bleek er in vier overschrijvingen 12.000 euro verdwenen.</p>"
        "<p>De politiezone Balen-Dessel-Mol bevestigde dat er klacht werd ingediend. Volgens de politie waren er in de regio nog "
        "gelijkaardige gevallen. Een inwoner van Geel werd doorverwezen via een pagina die op de website van een parochie in Spa "
        f"bleek te staan, zonder dat de parochie dat wist. Daar stond een nummer van een zogenaamde HP-bijstand: {_q(s, hp, 'intl')}.</p>"
        "<p>Microsoft benadrukte dat het nooit ongevraagd belt en geen betaalde helpdesknummers op andere websites heeft. "
        "Marc diende een klacht in bij Safeonweb en zijn bank. ‘Ik schaam me, maar ik vertel het zodat anderen het niet overkomt.’</p>"
        "</div></div></div></main>"
        f'<footer class="footer"><div class="container"><p>© {esc(spec.name)} · Redactie: Grote Markt 3, 2400 Mol</p></div></footer>'
        '<div id="ccm-cookie-disclosure"><p>Deze site gebruikt cookies.</p><button>OK</button></div></div>'
    )
    return {
        "/": _home(spec, path, "Gepensioneerde leraar verloor 12.000 euro", "Nieuws uit de Kempen."),
        path: (document(spec.lang, f"Gepensioneerde leraar uit Mol verloor 12.000 euro – {spec.name}", body, head), s),
    }


# --- a Canadian consumer forum on Vanilla ------------------------------------------------


@branded
def b26_ca_vanilla_forum(spec: Spec, rng: Random) -> Drafts:
    norton, bitdef = spec.quoted
    s = Sheet()
    did = rng.randint(40000, 49999)
    path = f"/discussion/{did}/norton-renewal-email-with-a-toll-free-number-is-it-legit"
    posts = (
        ("maplemoney_al", "Got an e-mail saying my Norton 360 renewed for CA$299.99. I never had Norton. It said to call "
         f"{_q(s, norton, 'us_dots')} for a refund. Before I call, is this legit?"),
        ("Ginny_K", "Do NOT call. That is the classic refund scam. They get you to install a remote access program, then they "
         "'accidentally' refund too much and ask you to send the difference back in gift cards."),
        ("Hamish W", "Same trick hit my cousin in Wellington with a fake Bitdefender invoice last month. The number there was "
         f"{_q(s, bitdef, 'national')}. She called and they took over her laptop. Her bank reversed most of it."),
        ("Moderator_Reese", "Thanks all. Reported the Norton number to the Canadian Anti-Fraud Centre. Thread pinned."),
    )
    items = "".join(
        f'<li class="Item ItemComment" id="Comment_{rng.randint(100000, 999999)}"><div class="Comment"><div class="Item-Header CommentHeader">'
        f'<div class="AuthorWrap"><span class="Author"><a class="Username" href="/profile/{esc(u)}">{esc(u)}</a></span></div>'
        f'<div class="Meta CommentMeta"><span class="MItem DateCreated">March {3 + i}, 2026</span></div></div>'
        f'<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{t}</div></div></div></div></li>'
        for i, (u, t) in enumerate(posts)
    )
    head = '<link rel="stylesheet" href="/applications/dashboard/design/style.css?v=2024.005" media="all">\n<script>gdn=window.gdn||{};gdn.meta={"DiscussionID":' + str(did) + "};</script>\n"
    body = (
        f'<div id="Frame"><div class="Head" id="Head"><div class="Row"><strong class="SiteTitle"><a href="/">{esc(spec.name)}</a></strong>'
        '<ul class="SiteMenu"><li><a href="/discussions">Discussions</a></li><li><a href="/categories">Categories</a></li><li><a href="/help">Help</a></li></ul></div></div>'
        '<div id="Body"><div class="Row"><div class="Column ContentColumn" id="Content"><div class="MessageList Discussion">'
        "<h1>Norton renewal e-mail with a toll-free number – is it legit?</h1>"
        f'<ul class="MessageList DataList Comments">{items}</ul></div></div>'
        '<div class="Column PanelColumn" id="Panel"><div class="Box BoxCategories"><h4>Categories</h4><ul><li>Scams &amp; Fraud</li><li>Banking</li></ul></div></div></div></div>'
        '<div id="Foot"><div class="Row"><a href="https://open.vanillaforums.com" class="PoweredByVanilla">Powered by Vanilla</a></div></div></div>'
    )
    return {
        "/": _home(spec, path, "Norton renewal e-mail with a toll-free number", "Canada's money and consumer forum."),
        path: (document(spec.lang, f"Norton renewal e-mail with a toll-free number – is it legit? — {spec.name}", body, head), s),
    }


# --- a Finnish forum on Simple Machines --------------------------------------------------


@branded
def b26_fi_smf_forum(spec: Spec, rng: Random) -> Drafts:
    (fb,) = spec.quoted
    s = Sheet()
    topic = rng.randint(20000, 29999)
    path = f"/index.php/topic,{topic}.0.html"
    posts = (
        ("Pirkko_S", f"Hakkeri vei Facebook-tilini. Googlesta löytyi ”Facebook-tilin palautus” -sivu ja numero {_q(s, fb, 'national')}. "
         "Onko tämä Metan oma palvelu?"),
        ("tietoturva-Jussi", "Ei ole. Metalla ei ole puhelintukea tavallisille käyttäjille. Nuo numerot ovat huijareita, jotka pyytävät "
         "etäyhteyttä ja maksua. Käytä facebook.com/hacked -sivua."),
        ("Pirkko_S", "Kiitos! Onneksi en soittanut. Sain tilin takaisin sitä kautta, ja laitoin kaksivaiheisen tunnistuksen päälle."),
    )
    rows = "".join(
        f'<div class="windowbg"><div class="post_wrapper"><div class="poster"><h4><a href="/index.php?action=profile">{esc(u)}</a></h4></div>'
        f'<div class="postarea"><div class="keyinfo"><div class="postinfo"><span class="smalltext">{6 + i}.3.2026 klo 1{i}:2{i}</span></div></div>'
        f'<div class="post"><div class="inner" id="msg_{rng.randint(300000, 399999)}">{t}</div></div></div></div></div>'
        for i, (u, t) in enumerate(posts)
    )
    body = (
        f'<div id="top_section"><div class="inner_wrap"><h1 class="forumtitle"><a id="top" href="/index.php">{esc(spec.name)}</a></h1></div></div>'
        '<div id="wrapper"><div id="upper_section"><nav><ul class="dropmenu menu_nav"><li><a href="/index.php">Etusivu</a></li>'
        '<li><a href="/index.php?action=help">Ohje</a></li><li><a href="/index.php?action=search">Haku</a></li></ul></nav></div>'
        '<div id="content_section"><div id="main_content_section"><div id="display_head" class="information">'
        "<h2 class=\"display_title\">Facebook-tilin palautus -puhelinnumero, luotettava?</h2></div>"
        f'<div id="forumposts"><form id="quickModForm">{rows}</form></div></div></div>'
        '<div id="footer"><div class="inner_wrap"><ul><li class="copyright"><a href="https://www.simplemachines.org" title="Simple Machines">SMF 2.1.4 © 2023</a>, Simple Machines</li></ul></div></div></div>'
    )
    head = '<link rel="stylesheet" href="/Themes/default/css/index.css?smf214">\n<script>var smf_scripturl = "/index.php";</script>\n'
    return {
        "/": _home(spec, path, "Facebook-tilin palautus -puhelinnumero", "Suomalainen tietotekniikan keskustelupalsta."),
        path: (document(spec.lang, f"Facebook-tilin palautus -puhelinnumero, luotettava? – {spec.name}", body, head), s),
    }


# --- an Austrian reverse-number lookup -----------------------------------------------------


@branded
def b26_at_symfony_lookup_directory(spec: Spec, rng: Random) -> Drafts:
    drafts: Drafts = {}
    notes = {
        spec.quoted[0]: ("Angeblicher Kaspersky-Kundendienst", ("Wollte Fernwartung und 189 € für eine ‚Lizenzverlängerung‘.",
                                                                 "Hat nichts mit Kaspersky zu tun. Finger weg!")),
        spec.quoted[1]: ("Falscher Apple Support aus Zürich", ("Behauptete, meine Apple-ID sei gesperrt. Wollte Bildschirmfreigabe.",
                                                               "Stand auf einer Seite, die vor falschen Apple-Hotlines warnt – dreist.")),
        spec.quoted[2]: ("Nummer aus einer Browser-Sperrseite", ("Erschien in einer angeblichen Chrome-Warnung in fetter Schrift.",
                                                                 "Google hat keine solche Hotline. Browser schließen per Task-Manager.")),
    }
    links = []
    for e164, (label, comments) in notes.items():
        s = Sheet()
        nd = numbers.national_digits(e164)
        path = f"/nummer/00{e164[1:]}" if not e164.startswith("+43") else f"/nummer/{nd}"
        s.hidden(e164, offered=False)  # in the path
        rows = "".join(
            f'<div class="card mb-2"><div class="card-body"><div class="rating text-danger">★☆☆☆☆ gefährlich</div><p class="card-text">{esc(c)}</p>'
            f'<small class="text-muted">{rng.randint(1, 28)}.02.2026</small></div></div>'
            for c in comments
        )
        body = (
            f'<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">{esc(spec.name)}</a><a href="/kontakt">Kontakt</a></nav>'
            f'<main class="container"><h1>Wer ruft an? {_q(s, e164, "intl")}</h1>'
            f'<p class="lead">{esc(label)} · Land: +{numbers.country_code(e164)} · {len(comments)} Bewertungen · Einstufung: <strong>Betrug</strong></p>'
            f"<p>Andere Schreibweisen: {_q(s, e164, 'national')}, {_q(s, e164, 'double_zero')}</p>"
            f'<section class="comments">{rows}</section></main>'
            '<footer class="container"><p>Die Bewertungen stammen von Nutzerinnen und Nutzern. Impressum · Datenschutz</p></footer>'
        )
        head = f'<link rel="stylesheet" href="/build/app.{_hex(rng, 8)}.css">\n<link rel="canonical" href="https://{spec.host}{path}">\n'
        drafts[path] = (document(spec.lang, f"{numbers.write(e164, 'national')} – Wer ruft an? | {spec.name}", body, head), s)
        links.append((path, label))
    home = (
        f'<nav class="navbar"><a class="navbar-brand" href="/">{esc(spec.name)}</a></nav><main class="container"><h1>Rückwärtssuche für Telefonnummern</h1>'
        '<form action="/suche" method="get"><input name="q" placeholder="Nummer eingeben"><button>Suchen</button></form><h2>Zuletzt gemeldet</h2><ul>'
        + "".join(f'<li><a href="{p}">{esc(lab)}</a></li>' for p, lab in links)
        + "</ul></main>"
    )
    hs = Sheet()
    for e164 in notes:
        hs.hidden(e164, offered=False)  # in the links' paths
    drafts["/"] = (document(spec.lang, f"{spec.name} – Wer ruft an?", home), hs)
    return drafts


# --- a French university IT service on Hugo Docsy ----------------------------------------


@branded
def b26_fr_docsy_university_warning(spec: Spec, rng: Random) -> Drafts:
    (canon,) = spec.quoted
    s = Sheet()
    path = "/docs/securite/arnaques/faux-support-imprimante/"
    head = (
        '<meta name="generator" content="Hugo 0.123.7">\n'
        '<link rel="stylesheet" href="/scss/main.min.' + _hex(rng, 64) + '.css" integrity="sha256-x" crossorigin="anonymous">\n'
    )
    body = (
        '<header><nav class="td-navbar navbar-dark js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">'
        f'<a class="navbar-brand" href="/"><span class="navbar-brand__name">{esc(spec.name)}</span></a>'
        '<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/docs/">Documentation</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/assistance/">Assistance</a></li></ul></div></div></nav></header>'
        '<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">'
        '<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><nav class="td-sidebar-nav"><ul class="td-sidebar-nav__section">'
        '<li><a href="/docs/securite/">Sécurité</a></li><li><a href="/docs/securite/arnaques/">Arnaques</a></li><li><a href="/docs/impression/">Impression</a></li></ul></nav></aside>'
        '<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><div class="td-content">'
        "<h1>Faux support imprimante Canon</h1>"
        '<div class="lead">Des étudiants et des personnels ont signalé un faux service d’assistance Canon trouvé via un moteur de recherche.</div>'
        '<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Attention</h4>'
        "Le service informatique ne vous demandera jamais d’appeler un numéro trouvé sur Internet pour une imprimante.</div>"
        "<p>Le site affiche le numéro en remplaçant les zéros par la lettre O : "
        f"<code>{_qw(s, canon, numbers.write(canon, 'dotted').replace('0', 'O'))}</code>, soit le {_q(s, canon, 'pairs')}. "
        "L’interlocuteur demande d’installer un logiciel de prise en main à distance puis réclame un paiement par carte.</p>"
        "<h2 id=\"que-faire\">Que faire ?</h2>"
        + _ul(("Pour les imprimantes du campus : ouvrez un ticket sur le portail de la DSI.",
               "Pour votre imprimante personnelle : utilisez uniquement le site officiel du fabricant.",
               "Si vous avez donné l’accès à votre poste : débranchez le réseau et contactez la DSI."))
        + '<div class="td-page-meta__lastmod">Dernière modification le 4 mars 2026</div></div></main></div></div>'
        f'<footer class="td-footer row d-print-none"><div class="container-fluid"><p>© 2026 {esc(spec.name)} · Direction du numérique</p></div></footer></div>'
    )
    return {
        "/": _home(spec, path, "Faux support imprimante Canon", "Documentation de la Direction du numérique.", '<meta name="generator" content="Hugo 0.123.7">\n'),
        path: (document(spec.lang, f"Faux support imprimante Canon | {spec.name}", body, head, ' class="td-page td-documentation"'), s),
        "/assistance/": (document(spec.lang, f"Assistance | {spec.name}", "<main><h1>Assistance</h1><p>Portail de tickets : https://assistance.univ-cote-opale.fr</p></main>"), Sheet()),
    }


# --- an Irish county library's VuePress digital-skills guide ------------------------------


@branded
def b26_ie_vuepress_library_warning(spec: Spec, rng: Random) -> Drafts:
    (rescue,) = spec.quoted
    s = Sheet()
    path = "/digital-skills/staying-safe/remote-access-scams.html"
    head = (
        '<meta name="generator" content="VuePress 2.0.0-rc.9">\n'
        f'<link rel="preload" href="/assets/style-{_hex(rng, 8)}.css" as="style"><link rel="stylesheet" href="/assets/style-{_hex(rng, 8)}.css">\n'
    )
    body = (
        '<div id="app"><div class="theme-container"><header class="navbar"><span class="toggle-sidebar-button"></span>'
        f'<span class="navbar-brand"><a href="/" class="site-name">{esc(spec.name)}</a></span>'
        '<div class="navbar-items-wrapper"><nav class="navbar-items"><div class="navbar-item"><a href="/digital-skills/">Digital skills</a></div>'
        '<div class="navbar-item"><a href="/contact.html">Contact</a></div></nav></div></header>'
        '<aside class="sidebar"><ul class="sidebar-items"><li><p class="sidebar-item sidebar-heading">Staying safe</p></li></ul></aside>'
        '<main class="page"><div class="theme-default-content"><div>'
        '<h1 id="remote-access-scams" tabindex="-1"><a class="header-anchor" href="#remote-access-scams"><span>Remote access scams</span></a></h1>'
        "<p>Several library members have asked us about a company offering remote computer repair. Its website looks professional, "
        "has glowing reviews and even lists a company registration number, but the details belong to a different business. "
        f"The number on the site is {_q(s, rescue, 'national')} ({_q(s, rescue, 'intl')}).</p>"
        '<div class="custom-container warning"><p class="custom-container-title">WARNING</p>'
        "<p>Never let anyone you have not checked connect to your computer. A real repair shop will never rush you.</p></div>"
        '<h2 id="what-to-do" tabindex="-1"><a class="header-anchor" href="#what-to-do"><span>What to do</span></a></h2>'
        + _ul(("Check the company on the CRO website and compare the address.",
               "Ask at the library desk: our Digital Champions can help you check.",
               "If you paid, call your bank and report it to the Gardaí."))
        + '</div></div><footer class="page-meta"><div class="meta-item last-updated"><span class="meta-item-label">Last Updated: </span><span class="meta-item-info">3/6/2026</span></div></footer></main>'
        "</div></div>"
    )
    return {
        "/": _home(spec, "/digital-skills/", "Digital skills", "Books, events and free digital-skills help at your library."),
        path: (document(spec.lang, f"Remote access scams | {spec.name}", body, head), s),
    }


# --- a Japanese ISP's Salesforce Experience Cloud knowledge article -----------------------


@branded
def b26_ja_experience_cloud_isp_warning(spec: Spec, rng: Random) -> Drafts:
    (lock,) = spec.quoted
    s = Sheet()
    path = f"/support/s/article/{rng.randint(1000, 9999)}"
    head = (
        '<link rel="stylesheet" href="/support/sfsites/c/resource/SLDS/assets/styles/salesforce-lightning-design-system.min.css">\n'
        f'<script src="/support/s/sfsites/auraFW/javascript/{_hex(rng, 22)}/aura_prod.js"></script>\n'
    )
    full = _qw(s, lock, numbers.write(lock, "national", "fullwidth"))
    body = (
        '<div class="siteforceContentArea"><div class="comm-page-article" data-region-name="content">'
        f'<header class="forceCommunityThemeHeader"><a href="/support/s/">{esc(spec.name)} サポート</a>'
        '<nav><a href="/support/s/">ホーム</a> <a href="/support/s/contactsupport">お問い合わせ</a></nav></header>'
        '<div class="forceCommunityArticleView"><div class="slds-page-header"><h1 class="slds-page-header__title">'
        "【ご注意】「Windows セキュリティ警告」偽画面と電話番号について</h1>"
        '<p class="slds-text-body_small">記事番号 000' + str(rng.randint(10000, 99999)) + "・最終更新日 2026/03/05</p></div>"
        '<div class="slds-rich-text-editor__output uiOutputRichText">'
        "<p>インターネット閲覧中に、警告音とともに「コンピューターはブロックされました」と表示され、サポートへの電話を求める偽の画面が確認されています。</p>"
        f"<p>表示された番号の例：{full}（{_q(s, lock, 'national')}）</p>"
        "<p>この番号は Microsoft および当社とは一切関係ありません。電話をかけたり、遠隔操作ソフトをインストールしたりしないでください。</p>"
        "<h2>対処方法</h2><ol><li>Esc キーを長押しして全画面表示を解除します。</li><li>Ctrl + Shift + Esc でタスク マネージャーを開き、ブラウザーを終了します。</li>"
        "<li>電話をかけてしまった場合は、パソコンをネットワークから切り離し、当社サポートへご相談ください。</li></ol></div></div></div></div>"
        f'<footer class="comm-footer"><p>© 2026 {esc(spec.name)}</p></footer>'
    )
    return {
        "/": _home(spec, path, "偽のセキュリティ警告にご注意ください", "光回線・プロバイダーのサポートサイト"),
        path: (document(spec.lang, f"偽の Windows セキュリティ警告について | {spec.name}", body, head), s),
        "/support/s/contactsupport": (document(spec.lang, f"お問い合わせ | {spec.name}", "<main><h1>お問い合わせ</h1><p>会員サポートページからチャットでお問い合わせください。</p></main>"), Sheet()),
    }


# --- a Karlsruhe Systemhaus on OpenCms listing genuine numbers -----------------------------


@branded
def b26_de_opencms_it_partner(spec: Spec, rng: Random) -> Drafts:
    own, hp, apple = spec.phones
    s = Sheet()
    path = "/service/herstellersupport/"
    head = (
        '<meta name="generator" content="OpenCms 16">\n'
        '<link rel="stylesheet" href="/export/system/modules/org.opencms.apollo.theme/resources/css/style-blue.min.css">\n'
    )
    body = (
        '<div id="mercury-page"><header class="area-header fh header-notfixed"><div class="container"><div class="row">'
        f'<div class="col"><a href="/" class="head-logo">{esc(spec.name)}</a></div>'
        '<div class="col"><nav class="nav-main-container"><ul class="nav-main-items"><li><a href="/leistungen/">Leistungen</a></li>'
        '<li><a href="/service/herstellersupport/">Herstellersupport</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></div></div></div></header>'
        '<main class="area-content"><div class="container"><div class="element type-section"><div class="heading"><h1 class="piece-heading">Herstellersupport</h1></div>'
        '<div class="text"><p>Für Geräte mit Herstellergarantie ohne Wartungsvertrag wenden Sie sich bitte direkt an den Hersteller. '
        "Die folgenden Nummern stammen von den Kontaktseiten der Hersteller.</p>"
        '<table class="table"><thead><tr><th>Hersteller</th><th>Rufnummer</th><th>Hinweis</th></tr></thead><tbody>'
        f"<tr><td>HP</td><td>{s.num(hp, 'national')}</td><td>Drucker und Notebooks</td></tr>"
        f"<tr><td>Apple</td><td>{s.num(apple, 'split_sub')}</td><td>iPhone, iPad, Mac</td></tr></tbody></table>"
        "<p><strong>Vorsicht:</strong> In Suchmaschinen erscheinen immer wieder angebliche Hersteller-Hotlines, die Fernwartung und Geld "
        "verlangen. Im Zweifel rufen Sie zuerst uns an.</p>"
        f"<p>Unser Servicedesk für Vertragskunden: {s.tel(own, s.num(own, 'national'))} (Mo–Fr 8–17 Uhr)</p></div></div></div></main>"
        '<footer class="area-foot"><div class="container"><p>Krause &amp; Lehmann IT-Systemhaus GmbH · Durlacher Allee 77 · 76131 Karlsruhe · HRB 712845 · Amtsgericht Mannheim</p></div></footer></div>'
    )
    return {
        "/": _home(spec, path, "Herstellersupport", "IT-Betreuung für Kanzleien, Praxen und Mittelstand in Karlsruhe."),
        path: (document(spec.lang, f"Herstellersupport | {spec.name}", body, head), s),
    }


# --- a young Christchurch repair business on a static Pelican site -----------------------


@branded
def b26_nz_pelican_young_repair(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    (bitdef,) = spec.quoted
    head = '<meta name="generator" content="Pelican">\n<link rel="stylesheet" href="/theme/css/main.css">\n'

    def shell(title: str, inner: str, s: Sheet) -> tuple[str, Sheet]:
        body = (
            f'<header id="banner" class="body"><h1><a href="/">{esc(spec.name)}</a></h1>'
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/pages/remote-support.html">Remote support</a></li>'
            '<li><a href="/category/blog.html">Blog</a></li><li><a href="/pages/contact.html">Contact</a></li></ul></nav></header>'
            f'<section id="content" class="body">{inner}</section>'
            '<footer id="contentinfo" class="body"><address id="about" class="vcard body">'
            f"{esc(spec.name)} Ltd · NZBN 9429051847362 · 14 Colombo Street, Sydenham, Christchurch 8023 · "
            f"{s.num(own, 'national')}</address><p>Proudly powered by <a href=\"https://getpelican.com/\">Pelican</a>.</p></footer>"
        )
        return document(spec.lang, f"{title} - {spec.name}", body, head), s

    home = shell(spec.name, "<h2>Friendly computer help in Christchurch</h2><p>We started in December 2025 after twelve years in school IT. "
                 "Home visits across Christchurch, or remote help by appointment.</p>", Sheet())
    remote = shell("Remote support", "<h2>Remote support</h2><p>When we have booked a session by phone, download RustDesk and read us the ID.</p>"
                   '<p><a href="/downloads/rustdesk-1.2.3-x86_64.exe">RustDesk for Windows</a> · <a href="/downloads/rustdesk-1.2.3.dmg">RustDesk for Mac</a></p>'
                   "<p><strong>We will never call you out of the blue</strong> and never ask for gift cards.</p>", Sheet())
    s = Sheet()
    post = shell("That Bitdefender invoice is fake", "<article><h2>That Bitdefender invoice is fake</h2><p>Posted Thu 05 March 2026</p>"
                 "<p>Three customers this week showed us an ‘invoice’ for Bitdefender Total Security at NZ$489. The page wants you to "
                 f"call {_q(s, bitdef, 'national')}. Don't. It's a refund scam: they connect to your PC and fake a refund.</p>"
                 "<p>If you already called, unplug the internet and give us a ring.</p></article>", s)
    contact_sheet = Sheet()
    contact = shell("Contact", f"<h2>Contact</h2><p>Phone: {contact_sheet.tel(own, contact_sheet.num(own, 'national'))}<br>E-mail: kia.ora@{esc(spec.host.removeprefix('www.'))}</p>", contact_sheet)
    return {
        "/": home,
        "/pages/remote-support.html": remote,
        "/blog/that-bitdefender-invoice-is-fake.html": post,
        "/pages/contact.html": contact,
    }


# --- a Winterthur accessories shop on Ecwid with a Freshchat widget -----------------------


@branded
def b26_chde_ecwid_freshchat_shop(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    s = Sheet()
    store = rng.randint(10000000, 99999999)
    head = f'<script data-cfasync="false" type="text/javascript" src="https://app.ecwid.com/script.js?{store}&data_platform=code" charset="utf-8"></script>\n'
    products = (("USB-C Ladegerät 35 W für MacBook Air", "CHF 39.90"), ("Lenovo ThinkPad Dock Gen 2", "CHF 229.00"),
                ("Apple Magic Keyboard CH-Layout", "CHF 109.00"), ("Lenovo Legion Maus M300", "CHF 34.90"))
    grid = "".join(
        f'<div class="grid-product"><div class="grid-product__title-inner">{esc(n)}</div><div class="grid-product__price-value">{esc(p)}</div>'
        '<button class="form-control__button">In den Warenkorb</button></div>' for n, p in products
    )
    body = (
        f'<header><a href="/">{esc(spec.name)}</a> <a href="/kontakt">Kontakt</a></header>'
        f'<div id="my-store-{store}"><div class="ec-size ec-wrapper"><div class="ec-store"><div class="grid__products">{grid}</div></div></div></div>'
        f"<p>Ladengeschäft: Marktgasse 21, 8400 Winterthur · Telefon {s.num(own, 'national')} · Di–Sa 10–18 Uhr</p>"
        "<p>Wir sind ein unabhängiger Händler und kein offizieller Support von Apple oder Lenovo.</p>"
        f'<script>xProductBrowser("categoriesPerRow=3","views=grid(20,3)","id=my-store-{store}");</script>'
        '<script src="https://wchat.freshchat.com/js/widget.js" async></script>'
        f'<script>window.fcWidgetMessengerConfig={{host:"https://wchat.eu.freshchat.com",token:"{_hex(rng, 32)}",config:{{headerProperty:{{appName:"{esc(spec.name)}",backgroundColor:"#1c6e8c"}}}}}};</script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Zubehör für Mac und ThinkPad", body, head), s)}


# --- Canon's own Swiss-German support page on fake hotlines, no number ----------------------


@branded
def b26_chde_canon_official(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    path = "/de/support/consumer/gefaelschte-support-hotlines/"
    head = '<link rel="stylesheet" href="/etc.clientlibs/canon/clientlibs/clientlib-site.min.css">\n<meta name="author" content="Canon (Schweiz) AG">\n'
    body = (
        '<div class="cmp-container"><header class="cmp-experiencefragment cmp-experiencefragment--header"><nav class="cmp-navigation" aria-label="Hauptnavigation">'
        '<a class="cmp-navigation__item-link" href="/de/">Canon Schweiz</a> <a class="cmp-navigation__item-link" href="/de/support/">Support</a> '
        '<a class="cmp-navigation__item-link" href="/de/support/contact/">Kontakt</a></nav></header>'
        '<main class="cmp-container main"><div class="cmp-title"><h1 class="cmp-title__text">Gefälschte Canon-Support-Hotlines</h1></div>'
        '<div class="cmp-text"><p>Im Internet werben Websites mit angeblichen Canon-Hotlines für Druckerprobleme. Die Anrufenden werden '
        "aufgefordert, eine Fernwartungssoftware zu installieren und für die ‚Reparatur‘ zu bezahlen. Diese Angebote stammen nicht von Canon.</p>"
        "<p>Canon verlangt nie eine Zahlung für die Installation eines Druckertreibers und übernimmt Ihren Computer nicht ungefragt. "
        "Treiber und Handbücher erhalten Sie kostenlos auf unserer Support-Seite; Kontaktmöglichkeiten finden Sie unter Kontakt, "
        "nach Anmeldung mit Ihrem Produkt.</p></div></main>"
        '<footer class="cmp-experiencefragment--footer"><p>© Canon (Schweiz) AG 2026 · Richtistrasse 9, 8304 Wallisellen</p></footer></div>'
    )
    return {"/": _home(spec, path, "Gefälschte Canon-Support-Hotlines", "Canon Schweiz"), path: (document(spec.lang, "Gefälschte Support-Hotlines – Canon Schweiz", body, head), s)}


TEMPLATES = {
    "b26_nl_bolt_consumer_tv": with_contact("/contact", b26_nl_bolt_consumer_tv),
    "b26_be_concrete_victim_story": with_contact("/contact", b26_be_concrete_victim_story),
    "b26_ca_vanilla_forum": with_contact("/help", b26_ca_vanilla_forum),
    "b26_fi_smf_forum": with_contact("/index.php/help.html", b26_fi_smf_forum),
    "b26_at_symfony_lookup_directory": with_contact("/kontakt", b26_at_symfony_lookup_directory),
    "b26_fr_docsy_university_warning": b26_fr_docsy_university_warning,
    "b26_ie_vuepress_library_warning": with_contact("/contact.html", b26_ie_vuepress_library_warning),
    "b26_ja_experience_cloud_isp_warning": b26_ja_experience_cloud_isp_warning,
    "b26_de_opencms_it_partner": with_contact("/kontakt/", b26_de_opencms_it_partner),
    "b26_nz_pelican_young_repair": b26_nz_pelican_young_repair,
    "b26_chde_ecwid_freshchat_shop": with_contact("/kontakt", b26_chde_ecwid_freshchat_shop),
    "b26_chde_canon_official": with_contact("/de/support/contact/", b26_chde_canon_official),
}
