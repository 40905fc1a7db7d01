"""Thirtieth batch of held-out honest templates: page shells no earlier batch uses.

b30_fr_prismic_consumer_guide (a French consumer association's long guide on Prismic +
Next.js, the fake technician's script quoted line by line, the Brussels and Quebec numbers),
b30_nz_sendinblue_senior_newsletter (a Kāpiti seniors' centre newsletter, the web version of
a Sendinblue campaign, "scam of the month": the McAfee refund desk),
b30_de_episerver_insurer_blog (a German insurer's advice blog on Episerver: the fake Apple
service in Zürich), b30_es_protecmedia_news (the first Spanish news article: a Valencian paper
on Protecmedia's Milenium, the iPhone alert and the Portuguese "account recovery" line),
b30_se_askbot_qa (a Swedish computer Q&A site on Askbot: an answer about the Stockholm
"datorhjälp" with a borrowed org.nr), b30_za_wintercms_lookup (a South African "who called"
lookup on Winter CMS: the scan locker, the Singapore HP "guide" and the Irish Netflix desk),
b30_cafr_impresspages_police (a Laurentian regional police warning on ImpressPages: the
"Brother assistance plan" shop), b30_fi_xoops_forum_victim (a Finnish seniors' forum on
XOOPS: a victim's thread on the HP "guide" and the guest house's Amazon refund page),
b30_nl_mijnwebwinkel_repair_shop (a Zwolle PC repair shop on Mijnwebwinkel with its 085
number, 24/7 business service, AnyDesk and TeamViewer downloads, and a news item on the fake
KPN desk), b30_chde_zeta_it_partner (a Winterthur Apple service partner on Zeta Producer
quoting Apple's genuine Swiss number, with a notice about the site that copies it),
b30_nl_google_about_official (Google's own 'about' pages in Dutch: the Amsterdam office with
its genuine number)
and b30_at_jtl_jivochat_shop (a Tyrolean ink cartridge shop on JTL-Shop with a JivoChat
widget and its own number).
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
from crawler.sandbox.heldout.shell import json_ld as _ld
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.shell import quoted_written as _qw
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document

# --- a French consumer association's long guide on Prismic + Next.js ------------------------


@branded
def b30_fr_prismic_consumer_guide(spec: Spec, rng: Random) -> Drafts:
    be, ca = spec.quoted
    s = Sheet()
    path = "/guides/faux-depannage-informatique"
    repo = "consovigilants"
    head = (
        f'<script async defer src="https://static.cdn.prismic.io/prismic.js?new=true&repo={repo}"></script>\n'
        f'<link rel="preload" as="image" href="https://images.prismic.io/{repo}/{_hex(rng, 24)}_guide-depannage.jpg?auto=format,compress">\n'
        '<meta name="next-head-count" content="6">\n'
    )
    data = json.dumps({"props": {"pageProps": {"doc": {"uid": "faux-depannage-informatique", "type": "guide", "lang": "fr-fr"}}},
                       "page": "/guides/[uid]", "buildId": _hex(rng, 21)})
    article = (
        '<article class="guide"><p class="guide__kicker">Guide pratique · Numérique</p>'
        "<h1>Faux dépannage informatique : reconnaître l’arnaque, et que faire si vous avez appelé</h1>"
        '<p class="guide__meta">Mis à jour le 26 février 2026 · 12 min de lecture · Rédigé par notre service juridique</p>'
        "<p>Chaque semaine, notre permanence reçoit des appels d’adhérents qui ont cherché de l’aide pour un ordinateur lent, "
        "une imprimante capricieuse ou une fenêtre d’alerte, et qui sont tombés sur un faux service d’assistance. Le scénario "
        "change peu. Nous l’avons reconstitué à partir de leurs témoignages.</p>"
        "<h2>1. Comment tout commence</h2>"
        "<p>Soit une fenêtre bloque le navigateur en affirmant que l’ordinateur est infecté, soit la victime trouve elle-même "
        "un site de « dépannage à distance » en tapant sa panne dans un moteur de recherche. Ces sites ont l’air sérieux : "
        "tarifs, avis clients, parfois même le numéro d’immatriculation d’une vraie entreprise recopié en bas de page.</p>"
        "<h2>2. Ce que dit le « technicien »</h2>"
        "<p>Voici, presque mot pour mot, ce qu’ont entendu plusieurs adhérents :</p>"
        '<blockquote class="guide__quote">'
        "<p>« Bonjour Madame, je suis technicien certifié. Je vois que votre ordinateur envoie des alertes à notre serveur. »</p>"
        "<p>« Pour vérifier, je vais vous demander d’installer un petit programme, AnyDesk, et de me lire le code qui "
        "s’affiche. »</p>"
        "<p>« Vous voyez toutes ces lignes rouges ? Ce sont des pirates. Votre protection a expiré. »</p>"
        "<p>« Nous avons un pack sérénité de trois ans, 449 euros. Si la carte ne passe pas, connectez-vous à votre banque, je "
        "vais vous guider. »</p></blockquote>"
        "<p>Aucune de ces phrases ne vient d’un vrai service après-vente. Un fabricant ne voit pas votre ordinateur « envoyer "
        "des alertes », et il ne vous demande jamais d’ouvrir votre espace bancaire pendant l’appel.</p>"
        "<h2>3. Deux numéros signalés ce mois-ci</h2>"
        "<p>Nos adhérents frontaliers nous ont transmis deux numéros. Le premier figurait sur un site de « dépannage "
        f"informatique à distance » hébergé sur une plateforme gratuite : {_q(s, be, 'national')}, un numéro bruxellois. Le "
        "second sur une boutique en ligne québécoise qui vend des « forfaits d’assistance » pour imprimantes d’une grande "
        f"marque : {_q(s, ca, 'intl')}. Ni l’un ni l’autre n’a de lien avec le fabricant.</p>"
        "<h2>4. Vous avez appelé : que faire ?</h2>"
        "<ol><li>Raccrochez, débranchez l’ordinateur d’internet et désinstallez le logiciel de prise en main à distance.</li>"
        "<li>Appelez votre banque pour faire opposition et contester les paiements.</li>"
        "<li>Changez vos mots de passe depuis un autre appareil.</li>"
        "<li>Déposez plainte et signalez le site sur la plateforme officielle de signalement.</li></ol>"
        "<h2>5. Vos droits</h2><p>Un paiement arraché par une manœuvre frauduleuse peut être contesté auprès de la banque. Nos "
        "juristes peuvent vous aider à rédiger votre réclamation : c’est gratuit pour les adhérents.</p></article>"
    )
    body = (
        f'<div id="__next"><header class="site-header"><a href="/" class="site-header__logo">{esc(spec.name)}</a>'
        '<nav class="site-header__nav"><a href="/guides">Guides</a> <a href="/alertes">Alertes</a> <a href="/adherer">Adhérer</a></nav></header>'
        f'<main class="site-main">{article}</main>'
        f'<footer class="site-footer"><p>{esc(spec.name)} · association de consommateurs loi 1901 · Lyon</p></footer></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
    )
    return {
        "/": _home(spec, path, "Faux dépannage informatique : le guide", "Association de défense des consommateurs, Lyon."),
        path: (document(spec.lang, f"Faux dépannage informatique : le guide | {spec.name}", body, head), s),
    }


# --- a Kāpiti seniors' centre newsletter, the web version of a Sendinblue campaign -----------


@branded
def b30_nz_sendinblue_senior_newsletter(spec: Spec, rng: Random) -> Drafts:
    (mc,) = spec.quoted
    s = Sheet()
    path = "/newsletters/march-2026.html"
    track = _hex(rng, 20)

    def row(title: str, text: str) -> str:
        return (
            '<tr><td style="padding:18px 28px;font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#333">'
            f'<h2 style="font-size:18px;color:#2a5d84;margin:0 0 8px">{esc(title)}</h2>{text}</td></tr>'
        )

    body = (
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef2f5"><tr><td align="center">'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" class="sib_class_600">'
        f'<tr><td style="padding:10px;font-size:11px;text-align:center;color:#888">Trouble reading this? <a href="https://r.sendibm1.com/mk/mr/{track}">View it in your browser</a></td></tr>'
        f'<tr><td style="padding:24px 28px;background:#2a5d84;color:#fff;font-family:Arial,sans-serif"><h1 style="margin:0;font-size:24px">{esc(spec.name)}</h1>'
        '<p style="margin:4px 0 0">Newsletter · March 2026</p></td></tr>'
        + row("From the manager", "<p>Kia ora koutou! The new ramp at the front door is finished, and the Tuesday tai chi group "
              "has moved to the big hall. Thank you to the Lions Club for the new chairs.</p>")
        + row("Scam of the month: “Your McAfee has been renewed”",
              "<p>Three members brought in the same email this month. It says your McAfee antivirus has renewed for NZ$489.99 and "
              "sends you to a web page with a banner asking you to ring a “Refund Desk” on a freephone number, "
              f"{_q(s, mc, 'national')}. When Barbara rang, a friendly man asked her to install a program so he could "
              "“process the refund”, then said he had refunded $4,899 by mistake and needed her to send the difference back.</p>"
              "<p>This is a scam. Real companies do not fix refunds by taking over your computer. If you get one of these, "
              "delete it, and if you are worried, bring your laptop to Digital Help Thursday (10am–12pm, room 3). "
              "You can also forward scam emails to the Department of Internal Affairs.</p>")
        + row("Coming up", _ul(("Bus trip to Ōtaki Gorge – Thursday 19 March, $18", "Housie – every Friday 1pm",
                                "Digital Help Thursday – bring your phone or tablet")))
        + '<tr><td style="padding:18px 28px;font-size:11px;color:#888;font-family:Arial,sans-serif">You are receiving this because you '
        f'are a member of {esc(spec.name)}. <a href="https://r.sendibm1.com/mk/un/{track}">Unsubscribe</a><br>'
        '<img src="https://img.mailinblue.com/new_images/rnb/rnb_en.png" alt="Sent with Sendinblue" width="100"></td></tr>'
        "</table></td></tr></table>"
    )
    return {
        "/": _home(spec, path, "Read our March 2026 newsletter", "A friendly place for over-60s on the Kāpiti Coast."),
        path: (document(spec.lang, f"{spec.name} – Newsletter March 2026", body), s),
    }


# --- a German insurer's advice blog on Episerver ---------------------------------------------


@branded
def b30_de_episerver_insurer_blog(spec: Spec, rng: Random) -> Drafts:
    (ch,) = spec.quoted
    s = Sheet()
    path = "/ratgeber/cyber/falscher-apple-techniker"
    head = (
        '<link rel="stylesheet" href="/Static/dist/css/main.min.css?v=' + _hex(rng, 8) + '">\n'
        '<script src="/EPiServer.Forms/DataAnnotations.js"></script>\n'
        '<script src="/Util/Find/epi-util/find.js"></script>\n'
    )
    body = (
        f'<header class="page-header"><a href="/" class="page-header__logo">{esc(spec.name)}</a>'
        '<nav class="main-nav"><a href="/versicherungen/">Versicherungen</a> <a href="/ratgeber/">Ratgeber</a> <a href="/schaden-melden/">Schaden melden</a></nav></header>'
        '<main class="page-content" data-epi-type="ArticlePage"><nav class="breadcrumb"><a href="/">Start</a> › <a href="/ratgeber/">Ratgeber</a> › <a href="/ratgeber/cyber/">Cyber</a></nav>'
        '<article class="article"><h1 class="article__title">Der falsche Apple-Techniker: wenn die Fernwartung teuer wird</h1>'
        '<p class="article__meta">Ratgeber Cyber · 24. Februar 2026 · Lesezeit 5 Minuten</p>'
        "<p>Ein Fall aus unserer Schadenabteilung: Ein Kunde aus Lörrach, dessen iPhone nicht mehr mit dem Mac synchronisierte, "
        "suchte nach einem Apple-Service in der Nähe. Er landete auf der Seite eines angeblichen Servicepartners in Zürich. Die "
        "Seite sah aus wie die eines echten Fachhändlers, nannte sogar die offizielle Nummer von Apple – und daneben eine eigene "
        f"„Technik-Hotline“: {_q(s, ch, 'intl')}.</p>"
        "<p>Am Telefon hieß es, das Gerät sei „kompromittiert“. Der Kunde sollte ein Programm installieren, damit der Techniker "
        "„die Apple-ID absichern“ könne. Danach wurden von seinem Konto 2.300 Euro überwiesen – angeblich eine Kaution für "
        "„Sicherheitszertifikate“.</p>"
        "<h2>Was zahlt die Versicherung?</h2>"
        "<p>Mit unserem Baustein Cyber-Schutz in der Hausratversicherung sind Schäden durch Online-Betrug bis 5.000 Euro "
        "versichert, wenn Sie den Betrug unverzüglich der Bank und der Polizei melden.</p>"
        "<h2>So schützen Sie sich</h2>"
        + _ul(("Suchen Sie Servicepartner über die Website des Herstellers, nicht über Anzeigen.",
               "Lassen Sie niemanden per Fernwartung auf Ihr Gerät, den Sie nicht selbst kennen.",
               "Öffnen Sie nie Ihr Online-Banking, während ein Fremder zusieht."))
        + "</article></main>"
        f'<footer class="page-footer"><p>{esc(spec.name)} Versicherung AG · Hamburg · Impressum · Datenschutz</p></footer>'
    )
    return {
        "/": _home(spec, path, "Ratgeber: Der falsche Apple-Techniker", "Hausrat, Haftpflicht und Cyber-Schutz – direkt und fair."),
        path: (document(spec.lang, f"Der falsche Apple-Techniker | {spec.name}", body, head), s),
    }


# --- a Valencian newspaper on Protecmedia's Milenium: the first Spanish news article ---------


@branded
def b30_es_protecmedia_news(spec: Spec, rng: Random) -> Drafts:
    es, pt = spec.quoted
    s = Sheet()
    path = "/sucesos/2026/02/25/alerta-falso-aviso-virus-iphone-ancianos-alzira.html"
    title = "Alerta por un falso aviso de virus en el iPhone que ya ha engañado a vecinos de Alzira"
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-02-25T07:30:00+01:00",
              "author": {"@type": "Person", "name": "Lucía Ferrer"}, "publisher": {"@type": "NewsMediaOrganization", "name": spec.name}})
    head = (
        '<meta name="generator" content="Milenium Web - Protecmedia">\n'
        '<link rel="stylesheet" href="/estaticos/css/articulo.css?v=' + _hex(rng, 6) + '">\n'
        '<script src="/estaticos/js/protec-ads.js" async></script>\n' + ld
    )
    body = (
        f'<header class="cabecera"><a href="/" class="logo">{esc(spec.name)}</a><nav class="menu"><a href="/comarcas/">Comarcas</a> '
        '<a href="/sucesos/">Sucesos</a> <a href="/deportes/">Deportes</a> <a href="/opinion/">Opinión</a></nav></header>'
        '<main class="contenedor"><article class="articulo"><p class="antetitulo">Sucesos · Ribera Alta</p>'
        f'<h1 class="articulo-titulo">{esc(title)}</h1>'
        '<p class="articulo-subtitulo">La Guardia Civil ha recibido cinco denuncias en una semana; los estafadores piden instalar '
        "una aplicación y acceder a la banca en línea</p>"
        '<p class="articulo-firma">Lucía Ferrer · Alzira · 25.02.2026 | 07:30</p><div class="articulo-cuerpo">'
        "<p>El mensaje aparece de golpe en la pantalla del móvil, a veces mientras se lee una noticia o se consulta el tiempo: "
        "“Tu iPhone está gravemente dañado por 4 virus”. Un contador de tres minutos, el teléfono que vibra y un número de "
        "teléfono escrito con espacios entre cada cifra completan la escena. Según la Guardia Civil, al menos cinco vecinos de "
        f"Alzira y Carcaixent llamaron la semana pasada al número que mostraba la alerta, el {_q(s, es, 'national')}.</p>"
        "<p>“Me dijeron que eran de Apple y que me iban a limpiar el teléfono y el ordenador”, cuenta una vecina de 74 años que "
        "prefiere no dar su nombre. Tras instalar una aplicación de control remoto, le pidieron que entrara en su banca en línea "
        "“para comprobar que no había cargos”. Perdió 1.850 euros.</p>"
        "<p>Los agentes advierten de que la misma red utiliza otros ganchos. Una vecina de Sueca, cuya cuenta de correo de "
        "Microsoft estaba bloqueada, encontró una supuesta página de ayuda en portugués y llamó a un número gratuito de Portugal, "
        f"el {_q(s, pt, 'intl')}.</p>"
        "<h2>Qué hacer</h2><p>Apple no muestra números de teléfono en avisos del navegador. Si aparece una alerta así, basta con "
        "cerrar la pestaña o borrar los datos de navegación. Quien haya llamado debe avisar a su banco y presentar denuncia.</p>"
        "</div></article></main>"
        f'<footer class="pie"><p>© {esc(spec.name)} · Editorial Ribera Comunicació S.L. · Aviso legal · Cookies</p></footer>'
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – Noticias de la Ribera", (
            f'<header class="cabecera"><a href="/" class="logo">{esc(spec.name)}</a></header><main class="portada">'
            f'<article class="noticia"><h2><a href="{path}">{esc(title)}</a></h2></article>'
            '<article class="noticia"><h2><a href="/deportes/2026/02/24/alzira-gana-derbi.html">La UD Alzira gana el derbi comarcal</a></h2></article>'
            "</main>"), head), Sheet()),
        path: (document(spec.lang, f"{title} | {spec.name}", body, head), s),
        "/contacto/": (document(spec.lang, f"Contacto | {spec.name}", (
            f'<header class="cabecera"><a href="/" class="logo">{esc(spec.name)}</a></header><main class="contenedor">'
            "<h1>Contacto</h1><p>Redacción: Plaça Major 4, 46600 Alzira. Envíe sus noticias a redaccion (arroba) diariodelaribera.es.</p></main>"), head), Sheet()),
    }


# --- a Swedish computer Q&A site on Askbot ------------------------------------------------


def b30_se_askbot_qa(spec: Spec, rng: Random) -> Drafts:
    (se,) = spec.quoted
    s = Sheet()
    qid = rng.randint(20000, 29999)
    path = f"/fragor/{qid}/datorhjalp-som-vill-ha-betalt-via-swish-seriost/"
    head = (
        '<link href="/m/default/media/style/style.css?v=' + _hex(rng, 6) + '" rel="stylesheet" type="text/css">\n'
        '<script src="/m/default/media/js/askbot.js"></script>\n'
    )
    nat = _qw(s, se, "08-522 418 93")
    body = (
        '<div class="content-wrapper"><div id="header"><div class="header-wrapper">'
        f'<a id="homeLink" href="/">{esc(spec.name)}</a><div id="metaNav"><a href="/fragor/">Frågor</a> <a href="/taggar/">Taggar</a> '
        '<a href="/anvandare/">Användare</a> <a href="/fraga/">Ställ en fråga</a></div></div></div>'
        '<div id="ContentLeft"><div class="question-page">'
        '<h1><a href="' + path + '">Datorhjälp som vill ha betalt via Swish – seriöst?</a></h1>'
        f'<div class="post js-question" data-post-id="{qid}"><div class="vote-buttons"><div class="vote-number">3</div></div>'
        '<div class="post-body"><p>Min pappa (81) googlade ”datorhjälp Stockholm” när hans dator blev seg och ringde en firma som '
        f"heter Stockholms Datorhjälp, {nat}. Teknikern kopplade upp sig och ville sedan ha 2 495 kr via Swish för ”virussanering "
        "och skydd”. Hemsidan ser proffsig ut och har org.nr längst ner. Är det här legitimt?</p></div>"
        '<div class="post-tags"><a class="tag" href="/taggar/bedrägeri/">bedrägeri</a> <a class="tag" href="/taggar/fjärrsupport/">fjärrsupport</a></div>'
        '<div class="post-update-info">frågade av <a href="/anvandare/4412/annika-l/">annika_l</a> 24 feb</div></div>'
        '<h2 class="answers-header">2 svar</h2>'
        '<div class="post answer accepted-answer"><div class="vote-buttons"><div class="vote-number">11</div><div class="answer-img-accept" title="accepterat svar"></div></div>'
        "<div class=\"post-body\"><p>Jag skulle inte betala. Tre saker sticker ut:</p>"
        "<ol><li>Org.nr i sidfoten tillhör ett helt annat bolag, ett datorföretag på Norrmalm. Slå upp det hos Bolagsverket så "
        "ser du att namnet inte stämmer med sajten.</li>"
        "<li>Domänen registrerades för ungefär ett och ett halvt år sedan och ändrades senast för ett par veckor sedan, trots "
        "att sajten påstår att de funnits sedan 2009.</li>"
        "<li>Betalning via Swish efter en fjärrsession du inte bett om är precis upplägget man varnar för.</li></ol>"
        "<p>Avinstallera fjärrprogrammet, byt lösenord från en annan enhet, och om han redan swishat: ring banken direkt och "
        "gör en polisanmälan. Ring inte tillbaka numret.</p></div>"
        '<div class="post-update-info">svarade av <a href="/anvandare/118/mats-it/">mats_it</a> 24 feb</div></div>'
        '<div class="post answer"><div class="post-body"><p>Samma firma ringde min svärmor i januari. Lägg upp en varning i '
        "Facebookgruppen för er förening också.</p></div></div>"
        "</div></div></div>"
        '<div id="ground"><p>Innehållet licensieras under CC BY-SA · powered by <a href="https://askbot.com">Askbot</a></p></div>'
    )
    return {
        "/": (document(spec.lang, spec.name, (
            f'<div id="header"><a href="/">{esc(spec.name)}</a></div><div id="ContentLeft"><h1>Senaste frågorna</h1>'
            f'<div class="short-summary"><h2><a href="{path}">Datorhjälp som vill ha betalt via Swish – seriöst?</a></h2></div>'
            '<div class="short-summary"><h2><a href="/fragor/20114/skrivaren-hittar-inte-wifi/">Skrivaren hittar inte wifi</a></h2></div></div>'
            '<div id="ground">powered by Askbot</div>'), head), Sheet()),
        "/help/": (document(spec.lang, f"Hjälp - {spec.name}", (
            f'<div id="header"><a href="/">{esc(spec.name)}</a></div><div id="ContentLeft"><h1>Hjälp</h1>'
            "<p>Ställ en fråga, rösta på bra svar och markera det svar som löste ditt problem. Dela aldrig lösenord eller "
            "personnummer i en fråga.</p></div><div id=\"ground\">powered by Askbot</div>"), head), Sheet()),
        path: (document(spec.lang, f"Datorhjälp som vill ha betalt via Swish – seriöst? - {spec.name}", body, head), s),
    }


# --- a South African "who called" lookup on Winter CMS ------------------------------------


@branded
def b30_za_wintercms_lookup(spec: Spec, rng: Random) -> Drafts:
    head = (
        f'<meta name="csrf-token" content="{_hex(rng, 40)}">\n'
        '<link href="/themes/lookup/assets/css/app.css" rel="stylesheet">\n'
        '<script src="/modules/system/assets/js/framework.combined-min.js"></script>\n'
    )
    reports = {
        spec.quoted[0]: ("South Africa · VoIP (087)", "Scam – fake Windows alert", (
            "Browser went full screen with a Windows Defender “quick scan”, then showed this number when the scan finished. "
            "Could not close it. Do NOT call.",
            "Same here in Pretoria. The man said he was from Microsoft and wanted R2,999 for “network security”.",
        )),
        spec.quoted[1]: ("Singapore · VoIP (3xxx)", "Scam – fake HP support", (
            "Found on a “how to contact HP support” blog. They are not HP. Wanted remote access and a card payment.",
        )),
        spec.quoted[2]: ("Ireland · Dublin (01)", "Scam – fake Netflix help", (
            "Number is not on the page itself, it shows up in Google next to a ‘Netflix account help’ site. Asked for my bank card "
            "to ‘reactivate’ my membership.",
        )),
    }
    drafts: Drafts = {}
    rows = []
    for e164, (where, verdict, comments) in reports.items():
        s = Sheet()
        digits = numbers.national_digits(e164) if e164.startswith("+27") else "00" + e164[1:]
        path = f"/number/{digits}"
        shown = _q(s, e164, "intl")
        posts = "".join(f'<li class="comment"><p>{esc(c)}</p><span class="date">{d} Feb 2026</span></li>'
                        for c, d in zip(comments, (26, 24), strict=False))
        page = (
            f'<header class="navbar"><a href="/" class="brand">{esc(spec.name)}</a></header>'
            f'<main class="container"><h1>Who called from {shown}?</h1>'
            f'<dl class="facts"><dt>Location / type</dt><dd>{esc(where)}</dd><dt>Rating</dt><dd class="danger">{esc(verdict)}</dd>'
            f"<dt>Reports</dt><dd>{len(comments)}</dd></dl><ul class=\"comments\">{posts}</ul>"
            '<form data-request="onAddComment" data-request-flash><textarea name="comment" placeholder="What did the caller want?"></textarea>'
            '<button type="submit">Add report</button></form></main>'
            '<footer><p>User reports are not checked. Powered by Winter CMS</p></footer>'
        )
        drafts[path] = (document(spec.lang, f"{verdict}: {e164} – {spec.name}", page, head), s)
        rows.append(f'<li><a href="{path}">{esc(verdict)}</a></li>')
    front = Sheet()
    for e164 in reports:
        front.hidden(e164, offered=False)  # the links to the number pages carry their digits
    drafts["/"] = (document(spec.lang, spec.name, (
        f'<header class="navbar"><a href="/" class="brand">{esc(spec.name)}</a></header><main class="container">'
        "<h1>Who called me? South Africa’s number lookup</h1><form action=\"/search\"><input name=\"q\" placeholder=\"Enter a number\"></form>"
        f'<h2>Recently reported</h2><ul>{"".join(rows)}</ul></main><footer>Powered by Winter CMS</footer>'), head), front)
    drafts["/about"] = (document(spec.lang, f"About – {spec.name}", (
        f'<header class="navbar"><a href="/" class="brand">{esc(spec.name)}</a></header><main class="container"><h1>About</h1>'
        "<p>WhoCalled SA is run by volunteers in Cape Town. Reports come from users and are not verified; we remove personal "
        "information on request.</p></main><footer>Powered by Winter CMS</footer>"), head), Sheet())
    return drafts


# --- a Laurentian regional police warning on ImpressPages ----------------------------------


@branded
def b30_cafr_impresspages_police(spec: Spec, rng: Random) -> Drafts:
    (ca,) = spec.quoted
    s = Sheet()
    path = "/prevention/fraude/faux-forfaits-assistance-imprimante"
    head = (
        '<link href="/Theme/Air/assets/theme.css" rel="stylesheet">\n'
        '<script src="/Ip/Internal/Core/assets/ipCore/jquery.js"></script>\n'
    )
    body = (
        f'<div class="topBlock"><a href="/" class="logo">{esc(spec.name)}</a><nav class="ipsMenu"><a href="/prevention/">Prévention</a> '
        '<a href="/communiques/">Communiqués</a> <a href="/nous-joindre/">Nous joindre</a></nav></div>'
        '<div class="main"><div class="ipBlock ipBlock-main"><div class="ipWidget ipWidget-Heading"><h1>Fraude : de faux « forfaits '
        "d’assistance » pour imprimantes</h1></div>"
        '<div class="ipWidget ipWidget-Text"><p><em>Communiqué · Sainte-Agathe-des-Monts, le 23 février 2026</em></p>'
        "<p>La Régie met en garde la population contre une boutique en ligne qui vend des « forfaits d’assistance » d’un an pour "
        "imprimantes de marque Brother. Le site invite à téléphoner « avant l’achat » pour une vérification gratuite. Lors de "
        "l’appel, un prétendu technicien prend le contrôle de l’ordinateur, affirme qu’il est infecté et réclame un paiement "
        "bien supérieur au prix affiché.</p>"
        f"<p>Deux résidents de Val-David ont signalé le numéro sans frais {_q(s, ca, 'us_dash')}. Ce numéro n’appartient pas au "
        "fabricant.</p>"
        "<p>La Régie rappelle que :</p>"
        + _ul(("les fabricants d’imprimantes n’exigent aucun « forfait » pour installer un pilote;",
               "il ne faut jamais laisser un inconnu accéder à son ordinateur à distance;",
               "toute fraude doit être signalée au Centre antifraude du Canada et à votre institution financière."))
        + "</div></div></div>"
        '<footer class="footer"><p>© 2026 ' + esc(spec.name) + ' · Propulsé par ImpressPages</p></footer>'
    )
    return {
        "/": _home(spec, path, "Fraude : faux forfaits d’assistance pour imprimantes", "Police de proximité dans les Hautes-Laurentides."),
        path: (document(spec.lang, f"Faux forfaits d’assistance | {spec.name}", body, head), s),
    }


# --- a Finnish seniors' forum on XOOPS: a victim's thread ------------------------------------


@branded
def b30_fi_xoops_forum_victim(spec: Spec, rng: Random) -> Drafts:
    sg, gb = spec.quoted
    s = Sheet()
    topic = rng.randint(2000, 2999)
    path = f"/modules/newbb/viewtopic.php?topic_id={topic}&forum=7"
    head = (
        '<meta name="generator" content="XOOPS">\n'
        '<link rel="stylesheet" type="text/css" media="all" href="/themes/xbootstrap/css/style.css">\n'
        '<link rel="stylesheet" type="text/css" media="all" href="/modules/newbb/templates/style.css">\n'
    )

    def post(who: str, when: str, text: str) -> str:
        return (
            f'<table class="outer forum_table"><tr><td class="head"><b>{esc(who)}</b><br><span class="smallfont">{esc(when)}</span></td>'
            f'<td class="even"><div class="comText">{text}</div></td></tr></table>'
        )

    body = (
        f'<div id="xo-wrapper"><div class="navbar"><a class="navbar-brand" href="/">{esc(spec.name)}</a></div>'
        '<div class="container"><div class="forum_header"><a href="/modules/newbb/">Foorumi</a> » <a href="/modules/newbb/viewforum.php?forum=7">Huijaukset ja varoitukset</a></div>'
        "<h1>Soitin ”HP:n tukeen” – menetin 900 euroa</h1>"
        + post("Raili_K", "25.02.2026 18:42",
               "<p>Kirjoitan tämän, ettei kenellekään muulle käy samoin. Tulostin ei enää löytänyt konetta, joten hain netistä "
               "englanniksi ohjeita, miten saa yhteyden HP:n tukeen. Löysin blogin, jossa luki että nopein tapa on soittaa, ja "
               f"numero oli {_q(s, sg, 'intl')}. Vasta jälkeenpäin huomasin, että se on Singaporen numero.</p>"
               "<p>Mies puhui hyvää englantia, otti koneen etäyhteydellä haltuun ja näytti punaisia rivejä. ”Takuu on umpeutunut”, "
               "hän sanoi, ja pyysi maksamaan 899 euroa ”suojauspaketista”. Maksoin kortilla. Pankki on nyt tehnyt "
               "reklamaation.</p>")
        + post("Pentti", "25.02.2026 20:03",
               "<p>Ikävä kuulla. Sama porukka tekee tätä monella nimellä. Pojallani Englannissa oli viime kuussa Amazon Prime "
               "-veloitus, jota hän ei tunnistanut. Hakutulos vei vanhan majatalon sivuille, jonne oli ilmestynyt ”Amazon Prime "
               f"Refund Helpline” -sivu ja numero {_q(s, gb, 'national')}. Hän onneksi lopetti puhelun, kun pyydettiin asentamaan "
               "ohjelma.</p>")
        + post("Moderaattori", "26.02.2026 08:15",
               "<p>Kiitos Raili. Lisäsin ketjun varoitusosioon. Muistakaa: oikeat valmistajat eivät pyydä etäyhteyttä "
               "koneeseen eivätkä maksua puhelimessa. Jos olet jo maksanut, ota heti yhteys pankkiin ja tee rikosilmoitus.</p>")
        + "</div>"
        '<footer class="footer"><p>Seniorisurffaajat ry · Powered by XOOPS</p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Soitin ”HP:n tukeen” – menetin 900 euroa", "Keskustelua tietokoneista ja netistä yli 60-vuotiaille."),
        path: (document(spec.lang, f"Soitin ”HP:n tukeen” – menetin 900 euroa - {spec.name}", body, head), s),
        "/modules/contact/": (document(spec.lang, f"Ota yhteyttä - {spec.name}", (
            f'<div id="xo-wrapper"><div class="navbar"><a class="navbar-brand" href="/">{esc(spec.name)}</a></div>'
            '<div class="container"><h1>Ota yhteyttä</h1><p>Ylläpito vastaa viesteihin arkisin.</p>'
            '<form action="/modules/contact/index.php" method="post"><input name="usersName"><textarea name="comment"></textarea></form></div>'
            '<footer class="footer"><p>Powered by XOOPS</p></footer></div>'), head), Sheet()),
    }


# --- a Zwolle PC repair shop on Mijnwebwinkel, its 085 number ---------------------------


@branded
def b30_nl_mijnwebwinkel_repair_shop(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    (kpn,) = spec.quoted
    shop = rng.randint(1000000, 1999999)
    head = (
        '<meta name="generator" content="Mijnwebwinkel">\n'
        f'<link rel="stylesheet" href="https://cdn.myonlinestore.eu/{shop}/assets/theme.css">\n'
        f'<script src="https://cdn.myonlinestore.eu/{shop}/assets/shop.js" defer></script>\n'
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<div id="mws-page"><header class="mws-header"><a class="mws-logo" href="/">{esc(spec.name)}</a>'
            '<nav class="mws-menu"><a href="/">Home</a> <a href="/c-3412/reparaties/">Reparaties</a> <a href="/ondersteuning-op-afstand/">Hulp op afstand</a> '
            '<a href="/nieuws/">Nieuws</a> <a href="/contact/">Contact</a></nav>'
            f'<span class="mws-phone">{s.tel(own, s.num(own, "national"), national=True)}</span></header>'
            f'<main class="mws-content">{content}</main>'
            f'<footer class="mws-footer"><p>{esc(spec.name)} · Assendorperstraat 58, 8012 EH Zwolle · KvK 05081234</p>'
            "<p>Winkel: ma–za 9.30–17.30 · Storingsdienst zakelijke klanten 24/7</p><p>Webwinkel gemaakt met Mijnwebwinkel</p></footer></div>"
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – computerreparatie in Zwolle", shell(s,
        "<h1>Computer kapot? Wij repareren het.</h1><p>Al sinds 2010 repareren wij laptops, pc’s en printers in onze winkel aan "
        "de Assendorperstraat. Gratis diagnose, duidelijke prijzen en geen reparatie zonder uw akkoord.</p>"
        + _ul(("Laptopscherm of toetsenbord vervangen", "Virus- en malwareverwijdering", "Gegevens redden van een kapotte schijf",
               "Nieuwe pc instellen en gegevens overzetten"))
        + f"<p>Zakelijke klanten met een servicecontract bellen ons 24/7 op {s.num(own, 'national')}.</p>"), head), s)
    s = Sheet()
    drafts["/ondersteuning-op-afstand/"] = (document(spec.lang, f"Hulp op afstand – {spec.name}", shell(s,
        "<h1>Hulp op afstand</h1><p>Alleen voor bestaande klanten. Bel eerst de winkel: wij vragen u nooit om iets te downloaden als "
        "u ons niet zelf hebt gebeld op het nummer hierboven.</p>"
        '<p><a class="mws-button" href="https://download.anydesk.com/AnyDesk.exe">AnyDesk downloaden (Windows)</a> '
        '<a class="mws-button" href="https://download.teamviewer.com/download/TeamViewerQS.exe">TeamViewer QuickSupport</a></p>'
        "<p>Lees ons de code op uw scherm voor. U kunt de sessie zelf op elk moment beëindigen.</p>"
        "<p>Tarief: € 35 per half uur, u ontvangt achteraf een factuur.</p>"), head), s)
    s = Sheet()
    post = "/nieuws/let-op-nep-kpn-storingsdesk/"
    drafts[post] = (document(spec.lang, f"Let op: nep-KPN-storingsdesk – {spec.name}", shell(s,
        '<article><h1>Let op: nep-KPN-storingsdesk</h1><p class="date">23 februari 2026</p>'
        "<p>Deze week kwamen twee klanten langs met een laptop waarop ‘de storingsdienst’ had meegekeken. Ze hadden gezocht op "
        "een internetstoring en kwamen uit op een site die zich voordoet als storingsdesk voor KPN-klanten, met het nummer "
        f"{_q(s, kpn, 'intl')}. Dat is geen KPN. De ‘monteur’ liet een betaallink van € 49 invullen en installeerde "
        "intussen een programma om de computer over te nemen.</p>"
        "<p>Heeft u daar gebeld? Kom langs, dan controleren wij uw computer gratis.</p></article>"), head), s)
    s = Sheet()
    drafts["/c-3412/reparaties/"] = (document(spec.lang, f"Reparaties – {spec.name}", shell(s,
        '<h1>Reparaties</h1><div class="mws-products"><div class="mws-product"><h3>Diagnose</h3><p class="price">Gratis</p></div>'
        '<div class="mws-product"><h3>Virusverwijdering</h3><p class="price">€ 59,00</p></div>'
        '<div class="mws-product"><h3>SSD-upgrade incl. installatie</h3><p class="price">vanaf € 119,00</p></div></div>'), head), s)
    return drafts


# --- a Winterthur Apple service partner on Zeta Producer, Apple's genuine Swiss number ------


@branded
def b30_chde_zeta_it_partner(spec: Spec, rng: Random) -> Drafts:
    own, apple = spec.phones
    (copy,) = spec.quoted
    head = (
        '<meta name="generator" content="Zeta Producer 16.4.0.0, ZP16, www.zeta-producer.com">\n'
        '<link rel="stylesheet" type="text/css" href="assets/bundle.css?v=' + str(rng.randint(60000000, 69999999)) + '">\n'
        '<meta name="description" content="MacWerk Winterthur – Ihr Apple Servicepartner für Mac, iPhone und iPad">\n'
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            '<div id="zpwLayout"><header class="zpHeader"><div class="zpContainer">'
            f'<a class="zpLogo" href="index.html"><img src="assets/logo-macwerk.png" alt="{esc(spec.name)}"></a>'
            '<nav class="zpMenu"><ul><li><a href="index.html">Start</a></li><li><a href="reparaturen.html">Reparaturen</a></li>'
            '<li><a href="aktuell.html">Aktuell</a></li><li><a href="kontakt.html">Kontakt</a></li></ul></nav></div></header>'
            f'<div class="zpContainer zpRow"><div class="zpColumn zpColumnWidth9">{content}</div>'
            '<div class="zpColumn zpColumnWidth3"><div class="zpSO-Box"><h3>Werkstatt</h3>'
            f"<p>Technikumstrasse 12, 8400 Winterthur<br>Di–Sa 9–18 Uhr<br>{s.tel(own, s.num(own, 'national'))}</p></div></div></div>"
            f'<footer class="zpFooter"><p>© 2026 {esc(spec.name)} GmbH · UID CHE-112.394.805 · Impressum · Datenschutz</p></footer></div>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – Apple Service für Mac, iPhone und iPad", shell(s,
        "<article class=\"zpArticle\"><h1>Apple Service für Mac, iPhone und iPad</h1>"
        "<p>Seit 2007 reparieren wir in Winterthur Mac, iPhone und iPad – mit Originalteilen und Garantie. Firmenkunden betreuen "
        "wir auch per Fernwartung, immer nach telefonischer Absprache.</p>"
        + _ul(("Mac-Reparatur und Datenrettung", "iPhone-Display und Akku", "Einrichtung von Apple-Geräten in Firmen",
               "Datensicherung und Time Machine"))
        + "</article>"), head), s)
    s = Sheet()
    drafts["/reparaturen.html"] = (document(spec.lang, f"Reparaturen – {spec.name}", shell(s,
        "<article class=\"zpArticle\"><h1>Reparaturen und Herstellergarantie</h1>"
        "<p>Fällt Ihr Gerät unter die Apple-Garantie oder AppleCare+, können Sie sich auch direkt an Apple wenden:</p>"
        '<table class="zpTable"><tr><th>Stelle</th><th>Telefon</th></tr>'
        f'<tr><td>Apple Support Schweiz</td><td>{s.num(apple, "national")}</td></tr>'
        f'<tr><td>{esc(spec.name)} – Werkstatt</td><td>{s.num(own, "national")}</td></tr></table>'
        "<p>Kostenvoranschläge sind bei uns gratis.</p></article>"), head), s)
    s = Sheet()
    drafts["/aktuell.html"] = (document(spec.lang, f"Aktuell – {spec.name}", shell(s,
        "<article class=\"zpArticle\"><h1>Achtung: Eine fremde Website kopiert unsere Seiten</h1><p>27. Februar 2026</p>"
        "<p>Kunden haben uns auf eine Website aufmerksam gemacht, die unsere Texte, unser Layout und sogar unsere Tabelle mit der "
        "Apple-Nummer übernommen hat – ergänzt um eine eigene „Technik-Hotline“ "
        f"{_q(s, copy, 'intl')}. Diese Nummer gehört nicht zu uns, und die Seite ist kein Apple-Servicepartner.</p>"
        "<p>Wir rufen niemanden unaufgefordert an und verlangen keine Zahlung während einer Fernwartung. Im Zweifel: Rufen Sie "
        "uns unter der Nummer rechts an.</p></article>"), head), s)
    return drafts


# --- Google's own "about" pages in Dutch: the Amsterdam office with its genuine number -------


@branded
def b30_nl_google_about_official(spec: Spec, rng: Random) -> Drafts:
    (office,) = spec.phones
    head = (
        '<link rel="stylesheet" href="https://www.gstatic.com/glue/cookienotificationbar/cookienotificationbar.min.css">\n'
        f'<link rel="stylesheet" href="/static/css/main.min.css?cache={_hex(rng, 7)}">\n'
    )

    def shell(content: str) -> str:
        return (
            '<header class="glue-header glue-header--single"><div class="glue-header__bar"><a class="glue-header__logo-link" href="/intl/nl/" '
            'aria-label="Google"><span class="glue-header__logo">Google</span></a>'
            '<nav class="glue-header__link-bar"><a href="/intl/nl/products/">Producten</a> <a href="/intl/nl/commitments/">Onze toezeggingen</a> '
            '<a href="/intl/nl/locations/">Vestigingen</a></nav></div></header>'
            f'<main id="jump-content" class="glue-page">{content}</main>'
            '<footer class="glue-footer"><p>Google · Privacy · Voorwaarden · Over Google</p></footer>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/intl/nl/locations/amsterdam/"] = (document(spec.lang, "Google Amsterdam – Vestigingen – Over Google", shell(
        '<section class="office"><h1 class="glue-headline">Google Amsterdam</h1>'
        "<address>Claude Debussylaan 34<br>1082 MD Amsterdam<br>Nederland</address>"
        f"<p>Telefoon: {s.tel(office, s.num(office, 'intl'))}</p>"
        "<p>Dit is het nummer van ons kantoor. Voor hulp bij Gmail, je Google-account of andere producten kun je terecht in "
        "het Helpcentrum van het product; daar vind je ook de contactopties.</p>"
        "<h2>Let op oplichting</h2>"
        "<p>Google belt je nooit ongevraagd om je account te ‘herstellen’ of je computer te repareren, en vraagt nooit om "
        "betaling met cadeaukaarten. Advertenties of pop-ups met een ‘Google-helpdesknummer’ zijn niet van ons.</p></section>"), head), s)
    drafts["/intl/nl/locations/"] = (document(spec.lang, "Vestigingen – Over Google", shell(
        '<h1 class="glue-headline">Onze vestigingen</h1><ul class="locations">'
        '<li><a href="/intl/nl/locations/amsterdam/">Amsterdam</a></li><li><a href="/intl/nl/locations/eemshaven/">Eemshaven (datacenter)</a></li></ul>'), head), Sheet())
    drafts["/intl/nl/contact/"] = (document(spec.lang, "Contact – Over Google", shell(
        '<h1 class="glue-headline">Contact</h1><p>Vragen over een product? Ga naar het Helpcentrum van dat product. Pers kan '
        'contact opnemen via de persruimte.</p>'), head), Sheet())
    drafts["/"] = _home(spec, "/intl/nl/locations/", "Vestigingen", "Over Google: onze missie, producten en vestigingen.")
    return drafts


# --- a Tyrolean ink cartridge shop on JTL-Shop with a JivoChat widget ------------------------


@branded
def b30_at_jtl_jivochat_shop(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    widget = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(10))
    head = (
        '<link type="text/css" href="/templates/NOVA/themes/clear/clear.css?v=5.3.1" rel="stylesheet">\n'
        '<script defer src="/templates/NOVA/js/app/app.js?v=5.3.1"></script>\n'
        f'<script src="//code.jivosite.com/widget/{widget}" async></script>\n'
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            '<header class="d-print-none" id="jtl-nav-wrapper"><div class="topbar"><div class="container-fluid">'
            f'<span class="topbar-note">Beratung: {s.tel(own, s.num(own, "national"))} · Versandkostenfrei ab € 39</span></div></div>'
            f'<nav class="navbar"><a class="navbar-brand" href="/">{esc(spec.name)}</a><ul class="navbar-nav">'
            '<li><a href="/Druckerpatronen">Druckerpatronen</a></li><li><a href="/Toner">Toner</a></li><li><a href="/Papier">Papier</a></li></ul></nav></header>'
            f'<main id="main-wrapper" class="container-fluid">{content}</main>'
            '<footer id="footer"><div class="container-fluid"><p>Tinte &amp; Toner Tirol e.U. · Museumstraße 19, 6020 Innsbruck · '
            "FN 412377b · UID ATU68123457</p><p>Fragen? Unser Chat unten rechts ist Mo–Fr 8–17 Uhr besetzt.</p></div></footer>"
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – Druckerpatronen und Toner aus Innsbruck", shell(s,
        "<h1>Druckerpatronen und Toner aus Innsbruck</h1><p>Original- und kompatible Patronen für HP, Canon, Epson und Brother. "
        "Bestellung bis 14 Uhr, Versand am selben Tag.</p>"
        '<div class="product-list"><div class="productbox"><a href="/HP-305-XL-Schwarz">HP 305 XL Schwarz</a> <span class="price">€ 27,90</span></div>'
        '<div class="productbox"><a href="/HP-912-Multipack">HP 912 Multipack</a> <span class="price">€ 44,90</span></div></div>'), head), s)
    s = Sheet()
    drafts["/HP-305-XL-Schwarz"] = (document(spec.lang, f"HP 305 XL Schwarz – {spec.name}", shell(s,
        '<div class="product-detail"><h1 class="product-title">HP 305 XL Schwarz (3YM62AE)</h1><p class="price">€ 27,90 inkl. MwSt.</p>'
        "<p>Originalpatrone, ca. 240 Seiten. Passend für HP DeskJet 2700, 4100 und ENVY 6000.</p>"
        '<button class="btn btn-primary" name="inWarenkorb">In den Warenkorb</button></div>'), head), s)
    s = Sheet()
    drafts["/Kontakt"] = (document(spec.lang, f"Kontakt – {spec.name}", shell(s,
        "<h1>Kontakt</h1><p>Sie erreichen uns per Chat, per E-Mail (shop (at) tinte-toner-tirol.at) oder telefonisch. Unser "
        "Geschäft in der Museumstraße ist Mo–Fr 9–18 Uhr geöffnet.</p>"), head), s)
    return drafts


TEMPLATES = {
    "b30_fr_prismic_consumer_guide": with_contact("/contact", b30_fr_prismic_consumer_guide),
    "b30_nz_sendinblue_senior_newsletter": with_contact("/contact-us", b30_nz_sendinblue_senior_newsletter),
    "b30_de_episerver_insurer_blog": with_contact("/kontakt/", b30_de_episerver_insurer_blog),
    "b30_es_protecmedia_news": b30_es_protecmedia_news,
    "b30_se_askbot_qa": b30_se_askbot_qa,
    "b30_za_wintercms_lookup": b30_za_wintercms_lookup,
    "b30_cafr_impresspages_police": with_contact("/nous-joindre/", b30_cafr_impresspages_police),
    "b30_fi_xoops_forum_victim": b30_fi_xoops_forum_victim,
    "b30_nl_mijnwebwinkel_repair_shop": with_contact("/contact/", b30_nl_mijnwebwinkel_repair_shop),
    "b30_chde_zeta_it_partner": with_contact("/kontakt.html", b30_chde_zeta_it_partner),
    "b30_nl_google_about_official": b30_nl_google_about_official,
    "b30_at_jtl_jivochat_shop": b30_at_jtl_jivochat_shop,
}
