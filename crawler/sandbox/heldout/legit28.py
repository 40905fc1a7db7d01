"""Twenty-eighth batch of held-out honest templates: page shells no earlier batch uses.

b28_fi_sanity_news_locker (a Finnish regional paper on Sanity and Next.js with NewsArticle
markup: the Windows lock screen with the starred 0800 number), b28_befr_django_directory (a
Belgian "Qui m'a appelé ?" lookup on Django: the Chrome lock screen, the Swiss Norton
renewal and the French Brother line, each on its own page), b28_nl_wpforo_forum (a Dutch
computer forum on wpForo: the fake Ziggo monteur, the ABN AMRO "fraudeteam" and the
Flemish computerhulp), b28_gb_bbpress_forum (a UK silver-surfers forum on bbPress: the
Prime refund "++44" number and the US Apple ID funnel), b28_de_gsb_police_warning (a
German police prevention office on Government Site Builder: the hijacked chess wiki's
Avast page and the Swiss HP hotline), b28_chfr_jahia_news (a Valais regional paper on
Jahia, no article markup: the Norton renewal and the HP hotline), b28_us_microblog_victim
(a US Micro.blog in the past tense: the author's Apple ID lock call),
b28_in_s3waas_police_warning (an Indian city police cyber cell on S3WaaS: the fake McAfee
activation helpline), b28_nl_classicpress_repair_shop (an Amersfoort "computerhulp aan
huis" on ClassicPress with an AnyDesk download page, its own number and a warning about
the fake Ziggo monteur), b28_fi_drupal11_it_partner (a Tampere IT partner on Drupal 11
listing Apple's genuine Finnish number, with a news item on the lock screen),
b28_fr_brother_official (Brother France's own page on fake support, no number at all) and
b28_ie_bigcommerce_olark_shop (a Dublin computer shop on BigCommerce Cornerstone with an
Olark chat widget).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

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
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document

# --- a Finnish regional paper on Sanity + Next.js, NewsArticle markup ----------------------


@branded
def b28_fi_sanity_news_locker(spec: Spec, rng: Random) -> Drafts:
    (lock,) = spec.quoted
    s = Sheet()
    path = "/uutiset/2026/02/huijarit-lukitsevat-selaimen-ja-pyytavat-soittamaan"
    title = "Huijarit lukitsevat selaimen ja pyytävät soittamaan ”Microsoftin tukeen” – tamperelaisnainen menetti 800 euroa"
    project = _hex(rng, 8)
    head = (
        f'<link rel="preload" as="image" href="https://cdn.sanity.io/images/{project}/production/{_hex(rng, 40)}-1600x900.jpg?w=1200&amp;auto=format">\n'
        + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-02-24T06:30:00+02:00",
               "author": {"@type": "Person", "name": "Elina Mäkelä"}, "publisher": {"@type": "Organization", "name": spec.name}})
        + f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"article":{{"_type":"article","_id":"{_hex(rng, 8)}-{_hex(rng, 4)}"}},"projectId":"{project}","dataset":"production"}}}},"page":"/uutiset/[...slug]","buildId":"{_hex(rng, 21)}"}}</script>\n'
    )
    body = (
        '<div id="__next"><header class="site-header"><a class="logo" href="/">' + esc(spec.name) + "</a>"
        '<nav><a href="/uutiset">Uutiset</a><a href="/urheilu">Urheilu</a><a href="/mielipide">Mielipide</a><a href="/tilaa">Tilaa</a></nav></header>'
        '<main class="article"><p class="kicker">Rikos</p>'
        f"<h1>{esc(title)}</h1>"
        '<p class="byline">Elina Mäkelä · 24.2.2026 klo 6.30</p>'
        f'<figure><img src="https://cdn.sanity.io/images/{project}/production/{_hex(rng, 40)}-1600x900.jpg?w=900" alt="Sininen varoitusruutu kannettavan tietokoneen näytöllä"><figcaption>Huijaussivu täyttää koko näytön ja soittaa hälytysääntä. Kuvituskuva.</figcaption></figure>'
        '<div class="body">'
        "<p>Pirkanmaalla on helmikuun aikana tehty useita rikosilmoituksia huijauksesta, jossa selaimeen aukeaa koko näytön "
        "täyttävä sininen varoitus. Sivu väittää tietokoneen olevan lukittu ja kehottaa soittamaan Microsoftin tukeen.</p>"
        "<p>Ruudulla näkyvä numero on kirjoitettu tähtimerkkien väliin, jotta hakukoneet ja suodattimet eivät tunnistaisi sitä. "
        f"Kyseessä on numero {_q(s, lock, 'national')}. Microsoft ei ole numeron takana.</p>"
        "<p>Tamperelainen eläkeläisnainen kertoo soittaneensa numeroon, koska kone piippasi eikä sivu sulkeutunut. ”Mies puhui "
        "englantia ja pyysi asentamaan ohjelman. Sitten hän halusi pankkitunnukseni, jotta voisi palauttaa rahat.” Tililtä "
        "veloitettiin 800 euroa.</p>"
        "<p>Poliisi neuvoo sulkemaan selaimen tehtävienhallinnan kautta tai käynnistämään koneen uudelleen. Jos olet antanut "
        "etäyhteyden tai pankkitunnukset, ota heti yhteys pankkiin ja tee rikosilmoitus.</p></div></main>"
        f'<footer class="site-footer"><p>© {esc(spec.name)} 2026 · Päätoimittaja Juha Virtanen</p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Huijarit lukitsevat selaimen", "Uutisia Pirkanmaalta."),
        path: (document(spec.lang, f"{title} | {spec.name}", body, head), s),
    }


# --- a Belgian "Qui m'a appelé ?" lookup on Django -----------------------------------------


@branded
def b28_befr_django_directory(spec: Spec, rng: Random) -> Drafts:
    chrome, norton, brother = spec.quoted
    csrf = _hex(rng, 64)
    head = f'<link rel="stylesheet" href="/static/css/main.{_hex(rng, 12)}.css">\n'
    entries = (
        (chrome, "Faux support Google Chrome", 61,
         ("Une page rouge a bloqué mon navigateur avec ce numéro. Ils voulaient 250 euros pour « débloquer » le PC.",
          "Appelé par erreur depuis la page d’alerte : accent étranger, demande d’installer AnyDesk. Raccrochez !")),
        (norton, "Faux service facturation Norton (Suisse)", 18,
         ("Reçu une « confirmation de commande » Norton de 389.90 CHF que je n’ai jamais passée. Ce numéro est indiqué pour annuler.",
          "Ils veulent se connecter à l’ordinateur pour faire le « remboursement ». Arnaque classique.")),
        (brother, "Fausse assistance imprimantes Brother", 9,
         ("Trouvé sur un site de guides pour imprimante hors ligne. Ce n’est pas Brother, ils facturent 89 euros l’intervention.",)),
    )
    drafts: Drafts = {}
    links = []
    for e164, label, reports, comments in entries:
        s = Sheet()
        digits = numbers.national_digits(e164) if e164.startswith("+32") else "00" + e164[1:]
        s.hidden(e164, offered=False)  # in the page's own path
        shown = _q(s, e164, "national" if e164.startswith("+32") else "intl")
        p = f"/numero/{digits}/"
        body = (
            f'<header class="navbar"><a href="/" class="brand">{esc(spec.name)}</a><form action="/recherche/" class="search">'
            f'<input type="hidden" name="csrfmiddlewaretoken" value="{csrf}"><input name="q" placeholder="Numéro de téléphone"><button>Chercher</button></form></header>'
            f'<main class="container"><h1>Qui m’a appelé du {shown} ?</h1>'
            f'<div class="rating rating--danger">Évaluation : dangereux · {reports} signalements · {esc(label)}</div>'
            '<section class="comments"><h2>Commentaires</h2>'
            + "".join(f'<article class="comment"><p>{esc(c)}</p><footer>Visiteur · février 2026</footer></article>' for c in comments)
            + '</section><form method="post" class="add-comment"><input type="hidden" name="csrfmiddlewaretoken" value="'
            + csrf
            + '"><textarea name="texte" placeholder="Qui vous a appelé ?"></textarea><button>Publier</button></form></main>'
            '<footer class="footer"><p>Annuaire inversé participatif pour la Belgique et les pays voisins · <a href="/contact/">Contact</a></p></footer>'
        )
        drafts[p] = (document(spec.lang, f"{numbers.write(e164, 'national' if e164.startswith('+32') else 'intl')} – Qui m’a appelé ? | {spec.name}", body, head), s)
        links.append((p, e164, label))
    hs = Sheet()
    for _p, e164, _label in links:
        hs.hidden(e164, offered=False)  # in the links' paths
    home = (
        f'<header class="navbar"><a href="/" class="brand">{esc(spec.name)}</a></header><main class="container">'
        "<h1>Qui m’a appelé ? Annuaire inversé belge</h1><p>Un numéro inconnu vous a appelé ? Consultez les avis des autres utilisateurs.</p>"
        "<h2>Derniers numéros signalés</h2><ul>"
        + "".join(f'<li><a href="{p}">{esc(label)}</a></li>' for p, _e, label in links)
        + "</ul></main>"
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – Annuaire inversé", home, head), hs)
    return drafts


# --- a Dutch computer forum on wpForo -----------------------------------------------------


@branded
def b28_nl_wpforo_forum(spec: Spec, rng: Random) -> Drafts:
    ziggo, abn, hulp = spec.quoted
    s = Sheet()
    tid = rng.randint(3000, 6999)
    path = f"/community/beveiliging/nep-ziggo-monteur-en-daarna-abn-amro-fraudeteam-{tid}/"
    posts = (
        ("Gerrit_54", "Actief lid", "22 februari 2026 19:14",
         "Mijn schoonmoeder had geen internet en zocht op 'ziggo storing monteur'. Ze kwam op een keurige site met KvK-nummer en "
         f"Kiyoh-logo en belde {_q(s, ziggo, 'national')}. De 'monteur' wilde op haar laptop kijken. Twee dagen later werd ze "
         f"gebeld door het 'fraudeteam van ABN AMRO' vanaf {_q(s, abn, 'national')} dat haar geld naar een kluisrekening moest."),
        ("Moderator_Ilse", "Moderator", "22 februari 2026 19:40",
         "Dat is een bekende combinatie: eerst toegang tot de computer, daarna de bankhelpdesk-fraude. Geen enkel van die nummers is van "
         "Ziggo of van de bank. Bel direct de echte bank via het nummer op de achterkant van de pas en doe aangifte."),
        ("wouter_vd", "Lid", "22 februari 2026 21:02",
         "Bij mijn vader in Gent precies hetzelfde, alleen met een 'computerhulp' die hij via Google vond: "
         f"{_q(s, hulp, 'national')}. Die site gebruikt het BTW-nummer van een echt bedrijf. Hij betaalde 349 euro voor een 'jaarabonnement'."),
        ("Gerrit_54", "Actief lid", "23 februari 2026 08:31",
         "Bedankt. AnyDesk verwijderd, wachtwoorden gewijzigd en de bank heeft de rekening geblokkeerd. Er is gelukkig niets overgemaakt."),
    )
    rows = "".join(
        f'<div id="post-{rng.randint(10000, 99999)}" class="wpforo-post wpfcl-1"><div class="wpf-left"><div class="author-name">{esc(who)}</div>'
        f'<div class="author-title">{esc(rank)}</div></div><div class="wpf-right"><div class="wpforo-post-content-top"><span class="wpf-post-date">{esc(when)}</span></div>'
        f'<div class="wpforo-post-content"><p>{text}</p></div></div></div>'
        for who, rank, when, text in posts
    )
    head = (
        "<link rel='stylesheet' id='wpforo-style-css' href='/wp-content/plugins/wpforo/themes/2022/style.css?ver=2.3.2' media='all'>\n"
        '<meta name="generator" content="WordPress 6.4.5">\n'
    )
    body = (
        f'<header class="site-header"><a href="/" class="site-title">{esc(spec.name)}</a></header>'
        '<div id="wpforo"><div id="wpforo-wrap" class="wpft-topic wpf-dark"><div class="wpforo-main"><div class="wpforo-content">'
        '<div class="wpf-breadcrumb"><a href="/community/">Forum</a> › <a href="/community/beveiliging/">Beveiliging &amp; oplichting</a></div>'
        '<div class="wpf-topic-head"><h1>Nep Ziggo-monteur en daarna ‘ABN AMRO fraudeteam’?</h1></div>'
        f'<div class="wpforo-topic-body">{rows}</div>'
        '</div></div><div id="wpforo-footer"><div class="wpf-footer-stat">Powered by wpForo</div></div></div></div>'
    )
    return {
        "/": _home(spec, path, "Nep Ziggo-monteur en daarna ‘ABN AMRO fraudeteam’?", "Het forum voor hulp bij computers en internet."),
        path: (document(spec.lang, f"Nep Ziggo-monteur en daarna ‘ABN AMRO fraudeteam’? – {spec.name}", body, head), s),
    }


# --- a UK silver-surfers forum on bbPress -------------------------------------------------


@branded
def b28_gb_bbpress_forum(spec: Spec, rng: Random) -> Drafts:
    amazon, apple = spec.quoted
    s = Sheet()
    path = "/forums/topic/amazon-prime-refund-number-from-a-blog-scam/"
    replies = (
        ("Maureen H", "20 February 2026 at 4:12 pm",
         "I found a blog saying to ring the Prime refund helpline and rang "
         f"{_q(s, amazon, 'national')}. The lady was very nice but wanted me to go to a website and type in a code so she could "
         "'see my screen'. I put the phone down. Was that right?"),
        ("Keymaster Dave", "20 February 2026 at 4:40 pm",
         "Absolutely right, Maureen. Amazon does not have a refund line you find on a blog. They were after remote access. "
         "Cancel Prime yourself in Your Account and if you are worried, change your Amazon password."),
        ("Brian from Leeds", "20 February 2026 at 6:05 pm",
         "My brother-in-law in Ohio had the same with an 'Apple ID locked' page. The number on it was "
         f"{_q(s, apple, 'us_dash')}. They took $400 in gift cards before his bank stopped it."),
    )
    rows = "".join(
        f'<li><div id="post-{rng.randint(10000, 99999)}" class="bbp-reply-header"><div class="bbp-meta"><span class="bbp-reply-post-date">{esc(when)}</span></div></div>'
        f'<div class="loop-item-{i} bbp-parent-forum-{rng.randint(100, 999)} bbp-body"><div class="bbp-reply-author"><span class="bbp-author-name">{esc(who)}</span></div>'
        f'<div class="bbp-reply-content"><p>{text}</p></div></div></li>'
        for i, (who, when, text) in enumerate(replies)
    )
    head = (
        "<link rel='stylesheet' id='bbp-default-css' href='/wp-content/plugins/bbpress/templates/default/css/bbpress.min.css?ver=2.6.11' media='all'>\n"
        '<meta name="generator" content="WordPress 6.4.5">\n'
    )
    body = (
        f'<header id="masthead"><a href="/" class="site-title">{esc(spec.name)}</a><p>Friendly help with computers, tablets and phones for the over-60s</p></header>'
        '<div id="bbpress-forums" class="bbpress-wrapper"><div class="bbp-breadcrumb"><p><a href="/forums/" class="bbp-breadcrumb-root">Forums</a> › '
        '<a href="/forums/forum/scams-and-safety/" class="bbp-breadcrumb-forum">Scams and safety</a></p></div>'
        '<h1 class="entry-title">Amazon Prime refund number from a blog – scam?</h1>'
        f'<ul id="topic-{rng.randint(1000, 9999)}-replies" class="forums bbp-replies">{rows}</ul></div>'
        '<footer id="colophon"><p>Proudly powered by WordPress and bbPress</p></footer>'
    )
    return {
        "/": _home(spec, path, "Amazon Prime refund number from a blog – scam?", "A friendly UK forum for the over-60s."),
        path: (document(spec.lang, f"Amazon Prime refund number from a blog – scam? | {spec.name}", body, head), s),
    }


# --- a German police prevention office on Government Site Builder -------------------------


@branded
def b28_de_gsb_police_warning(spec: Spec, rng: Random) -> Drafts:
    avast, hp = spec.quoted
    s = Sheet()
    path = "/SharedDocs/Meldungen/DE/2026/falsche-hotlines-avast-hp.html"
    head = (
        '<meta name="generator" content="Government Site Builder">\n'
        f'<link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/normal.css?__blob=normal&amp;v={rng.randint(10, 30)}">\n'
    )
    body = (
        '<div id="wrapperOuter"><div id="wrapperInner"><a class="skipLink" href="#content">Zum Inhalt springen</a>'
        f'<div id="header"><p class="logo"><a href="/DE/Home/home_node.html">{esc(spec.name)}</a></p>'
        '<div id="navPrimary"><ul><li><a href="/DE/Themen/themen_node.html">Themen</a></li><li><a href="/DE/Beratung/beratung_node.html">Beratung</a></li>'
        '<li><a href="/DE/Presse/presse_node.html">Presse</a></li></ul></div></div>'
        '<div id="wrapperContent"><div id="content" class="artikel"><div class="navBreadcrumbs"><ol><li><a href="/DE/Home/home_node.html">Startseite</a></li>'
        '<li><a href="/DE/Presse/presse_node.html">Presse</a></li><li><strong>Falsche Hotlines</strong></li></ol></div>'
        "<h1 class=\"isFirstInSlot\">Warnung vor falschen Hotlines: „Avast Kundendienst“ und „HP Drucker-Support“</h1>"
        '<p class="date">Datum 03.03.2026</p>'
        "<p>Bei unserer Beratungsstelle gingen in den vergangenen Wochen mehrere Hinweise auf gefälschte Kundendienst-Nummern ein. "
        "Betrüger platzieren die Nummern auf Internetseiten, die in Suchmaschinen weit oben erscheinen.</p>"
        "<h2>„Avast Kundendienst Deutschland“</h2>"
        "<p>Eine Unterseite auf der alten Website eines Schachvereins wurde offenbar von Unbekannten angelegt. Dort wird ein "
        f"angeblicher Avast Kundendienst unter {_q(s, avast, 'split_sub')} beworben. Die Nummer gehört nicht zu Avast.</p>"
        "<h2>„HP Drucker-Support Schweiz“</h2>"
        "<p>Auf einer Anleitungsseite für Drucker, die offline sind, wird eine Schweizer Nummer genannt, "
        f"{_q(s, hp, 'intl')}. Auch aus Deutschland wurden Anrufe gemeldet. Die Nummer gehört nicht zu HP.</p>"
        "<h2>Unsere Tipps</h2>"
        + _ul(("Suchen Sie Kundendienst-Nummern nur auf der offiziellen Seite des Herstellers.",
               "Gewähren Sie Unbekannten keinen Fernzugriff auf Ihren Computer.",
               "Zahlen Sie nie mit Gutscheinkarten.",
               "Haben Sie bereits bezahlt? Informieren Sie Ihre Bank und erstatten Sie Anzeige."))
        + "</div></div>"
        f'<div id="footer"><p>© {esc(spec.name)} 2026 · Impressum · Datenschutz · Barrierefreiheit</p></div></div></div>'
    )
    return {
        "/": _home(spec, path, "Warnung vor falschen Hotlines", "Polizeiliche Beratung zu Einbruchschutz, Betrug und Internetkriminalität."),
        path: (document(spec.lang, f"{spec.name} - Warnung vor falschen Hotlines", body, head), s),
    }


# --- a Valais regional paper on Jahia, no article markup ----------------------------------


@branded
def b28_chfr_jahia_news(spec: Spec, rng: Random) -> Drafts:
    norton, hp = spec.quoted
    s = Sheet()
    path = "/sites/rhonejournal/home/actualite/valais/arnaques-facture-norton-et-faux-support-hp.html"
    uuid = f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"
    head = (
        f'<script type="text/javascript">var contextJsParameters={{contextPath:"",lang:"fr",uilang:"fr",siteUuid:"{uuid}",wcag:true,ckeCfg:""}};</script>\n'
        '<link id="staticAssetCSS0" rel="stylesheet" href="/modules/rhonejournal-template/css/main.css" media="screen" type="text/css">\n'
    )
    body = (
        f'<div class="page"><header class="header"><a class="logo" href="/sites/rhonejournal/home.html">{esc(spec.name)}</a>'
        '<nav><a href="/sites/rhonejournal/home/actualite/valais.html">Valais</a> <a href="/sites/rhonejournal/home/actualite/suisse.html">Suisse</a> '
        '<a href="/sites/rhonejournal/home/sport.html">Sport</a></nav></header>'
        '<main class="content"><span class="rubrique">Valais</span>'
        "<h1>Fausses factures Norton et faux support HP : la police met en garde</h1>"
        '<p class="signature">Par Léa Fournier · 26.02.2026, 17:05</p>'
        "<p class=\"chapeau\">Des Valaisans ont reçu des confirmations de commande pour un abonnement antivirus qu’ils n’ont jamais commandé. "
        "D’autres cherchaient de l’aide pour leur imprimante.</p>"
        "<p>« Votre renouvellement est confirmé : CHF 389.90. » C’est le message qu’a reçu une retraitée de Sierre. Pour annuler, "
        f"la page indiquait d’appeler le service facturation Norton au {_q(s, norton, 'national')}, écrit avec des lettres à la place "
        "de certains chiffres. Au bout du fil, un homme lui a demandé d’installer un programme pour la « rembourser ».</p>"
        "<p>Un autre habitant de Martigny, dont l’imprimante HP était hors ligne, a appelé une « hotline » trouvée dans un guide en "
        f"ligne, le {_q(s, hp, 'national')}. On lui a facturé 180 francs pour réinstaller un pilote gratuit.</p>"
        "<p>La police cantonale rappelle qu’aucun éditeur de logiciel n’annule un abonnement en prenant le contrôle de votre "
        "ordinateur. En cas de doute, il faut contacter sa banque et déposer plainte.</p></main>"
        f'<footer class="footer"><p>© {esc(spec.name)} 2026 · Impressum · Publicité</p></footer></div>'
        '<script type="text/javascript" src="/modules/jquery/javascript/jquery.min.js"></script>'
    )
    return {
        "/": _home(spec, path, "Fausses factures Norton et faux support HP", "L’actualité du Valais et de la Suisse romande."),
        path: (document(spec.lang, f"Fausses factures Norton et faux support HP : la police met en garde – {spec.name}", body, head), s),
    }


# --- a US Micro.blog, past tense --------------------------------------------------------


@branded
def b28_us_microblog_victim(spec: Spec, rng: Random) -> Drafts:
    (apple,) = spec.quoted
    s = Sheet()
    path = "/2026/02/18/the-afternoon-i.html"
    head = (
        '<link rel="micropub" href="https://micro.blog/micropub">\n<link rel="microsub" href="https://micro.blog/microsub">\n'
        '<link rel="authorization_endpoint" href="https://micro.blog/indieauth/auth">\n'
        '<link rel="stylesheet" href="/css/main.css">\n<link rel="alternate" type="application/rss+xml" href="/feed.xml">\n'
    )
    body = (
        f'<div class="wrapper"><header class="site-header"><a class="site-title" href="/">{esc(spec.name)}</a>'
        '<nav class="site-nav"><a class="page-link" href="/about/">About</a> <a class="page-link" href="/archive/">Archive</a></nav></header>'
        '<main class="page-content"><article class="post h-entry">'
        '<header class="post-header"><h1 class="post-title p-name">The afternoon I almost gave away my Apple ID</h1>'
        f'<p class="post-meta"><a class="u-url" href="{path}"><time class="dt-published" datetime="2026-02-18T15:20:00-05:00">Feb 18, 2026</time></a></p></header>'
        '<div class="post-content e-content">'
        "<p>I was looking up a recipe on my iPad when the whole screen turned into a warning: my Apple ID had been locked because "
        "somebody had tried to sign in from another device. There was a big red number to call.</p>"
        f"<p>I called it. The number was {_q(s, apple, 'us_paren')}, though on the page it was written with little x’s between the "
        "groups, which should have been my first clue. A man with a headset voice told me my iCloud had been hacked and that he "
        "would need me to buy two $200 gift cards to ‘secure the account’.</p>"
        "<p>That’s where I stopped. I hung up, turned the iPad off and called my daughter. We changed my password from Settings, "
        "checked the devices on my account, and nothing was missing. I lost nothing but an afternoon and a bit of pride.</p>"
        "<p>Apple doesn’t put phone numbers in pop-up warnings. If you see one, close the tab and don’t call.</p>"
        "</div></article></main>"
        '<footer class="site-footer"><p>Also on <a href="https://micro.blog/ruthann">Micro.blog</a></p></footer></div>'
    )
    return {
        "/": _home(spec, path, "The afternoon I almost gave away my Apple ID", "Short posts about gardening, grandchildren and getting older online."),
        path: (document(spec.lang, f"The afternoon I almost gave away my Apple ID - {spec.name}", body, head), s),
    }


# --- an Indian city police cyber cell on S3WaaS ---------------------------------------------


@branded
def b28_in_s3waas_police_warning(spec: Spec, rng: Random) -> Drafts:
    (mcafee,) = spec.quoted
    s = Sheet()
    path = "/advisory/fake-mcafee-activation-helpline/"
    head = (
        "<link rel='stylesheet' id='base-css' href='https://cdn.s3waas.gov.in/s3" + _hex(rng, 32) + "/themes/district-theme/css/base.css' media='all'>\n"
        '<meta name="generator" content="WordPress 6.4.3">\n'
    )
    body = (
        '<div id="topBar" class="wrapper"><div class="container"><ul class="accessibility"><li><a href="#SkipContent">Skip to main content</a></li>'
        '<li><a href="/screen-reader-access/">Screen Reader Access</a></li></ul></div></div>'
        f'<header class="wrapper header-wrapper"><div class="container"><div class="logo"><a href="/"><strong>{esc(spec.name)}</strong><span>Government of Maharashtra</span></a></div></div></header>'
        '<nav class="wrapper megaMenuWrapper"><ul class="nav-menu"><li><a href="/">Home</a></li><li><a href="/advisory/">Cyber Advisories</a></li>'
        '<li><a href="/complaint/">Report Cyber Crime</a></li></ul></nav>'
        '<div id="SkipContent" class="wrapper bodyWrapper"><div class="container"><div id="row-content"><h1>Advisory: Fake McAfee activation and renewal helpline</h1>'
        '<p class="publish-date">Published on: 05/03/2026</p>'
        "<p>The Cyber Police Station has received several complaints from citizens who searched online for help to activate a "
        "McAfee antivirus product key or to cancel an auto-renewal. They reached a website that claims to be an activation "
        f"helpline and shows the number {_q(s, mcafee, 'intl')}, written with symbols between the digits.</p>"
        "<p>The callers asked citizens to install the AnyDesk app and to log in to net banking to 'receive a refund'. In one "
        "case Rs 1,20,000 was transferred out of the victim's account.</p>"
        "<h2>Citizens are advised</h2>"
        + _ul(("Activate software only through the official website of the company.", "Never install screen-sharing apps on the advice of an unknown caller.",
               "Never share OTP, UPI PIN or net banking passwords.", "Report cyber fraud immediately on 1930 or at cybercrime.gov.in."))
        + "</div></div></div>"
        '<footer class="wrapper footer-wrapper"><div class="container"><p>Content owned by the City Police. Developed and hosted by '
        '<a href="https://www.nic.in/">National Informatics Centre</a>, Ministry of Electronics &amp; Information Technology, Government of India.</p>'
        '<p class="s3waas"><a href="https://s3waas.gov.in/">S3WaaS</a> – Secure, Scalable &amp; Sugamya Website as a Service</p></div></footer>'
    )
    return {
        "/": _home(spec, path, "Advisory: Fake McAfee activation and renewal helpline", "Cyber safety advisories for citizens."),
        path: (document(spec.lang, f"Advisory: Fake McAfee activation and renewal helpline | {spec.name} | India", body, head, ' class="home page-template-default"'), s),
    }


# --- an Amersfoort "computerhulp aan huis" on ClassicPress, AnyDesk download ---------------


@branded
def b28_nl_classicpress_repair_shop(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    (ziggo,) = spec.quoted
    head = (
        '<meta name="generator" content="ClassicPress 2.1.1">\n'
        "<link rel='stylesheet' id='susty-style-css' href='/wp-content/themes/pcdokter/style.css?ver=2.1.1' media='all'>\n"
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{esc(spec.name)}</a></p>'
            '<p class="site-description">Computerhulp aan huis in Amersfoort, Leusden en Soest</p>'
            '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Home</a></li>'
            '<li class="menu-item"><a href="/tarieven/">Tarieven</a></li><li class="menu-item"><a href="/hulp-op-afstand/">Hulp op afstand</a></li>'
            '<li class="menu-item"><a href="/nieuws/">Nieuws</a></li></ul></nav></header>'
            f'<div id="content" class="site-content"><main id="main" class="site-main">{content}</main></div>'
            f'<footer id="colophon" class="site-footer"><p>{esc(spec.name)} · Jan Verbeek · Hooglandseweg 88, 3813 TL Amersfoort · KvK 55918266 · '
            f'{s.tel(own, s.num(own, "national"), national=True)}</p><p>Mogelijk gemaakt door ClassicPress</p></footer></div>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – Computerhulp aan huis in Amersfoort", shell(s,
        "<h1>Computerhulp aan huis</h1><p>Al sinds 2011 help ik particulieren en ZZP’ers in Amersfoort en omgeving met hun computer, "
        "laptop, printer en wifi. Ik kom bij u thuis, of help op afstand als u dat prettig vindt.</p>"
        + _ul(("Nieuwe laptop instellen en gegevens overzetten", "Wifi en printer werkend krijgen", "Virus en pop-ups verwijderen",
               "Uitleg in gewone taal, in uw eigen tempo"))), head), s)
    s = Sheet()
    drafts["/hulp-op-afstand/"] = (document(spec.lang, f"Hulp op afstand – {spec.name}", shell(s,
        "<h1>Hulp op afstand</h1><p>Hebben we telefonisch afgesproken dat ik op afstand meekijk? Download dan het programma hieronder "
        "en geef mij het nummer dat in beeld verschijnt. Ik maak nooit verbinding zonder dat u mij eerst zelf heeft gebeld.</p>"
        '<p><a class="button" href="https://download.anydesk.com/AnyDesk.exe">AnyDesk voor Windows</a> '
        '<a class="button" href="https://download.anydesk.com/anydesk.dmg">AnyDesk voor Mac</a></p>'
        "<p>Tarief op afstand: € 15 per kwartier, achteraf per Tikkie of factuur.</p>"), head), s)
    s = Sheet()
    drafts["/tarieven/"] = (document(spec.lang, f"Tarieven – {spec.name}", shell(s,
        "<h1>Tarieven</h1><table><tr><td>Aan huis (Amersfoort e.o.)</td><td>€ 55 per uur, geen voorrijkosten</td></tr>"
        "<tr><td>Op afstand</td><td>€ 15 per kwartier</td></tr><tr><td>Laptop schoonmaken en versnellen</td><td>€ 79</td></tr></table>"), head), s)
    s = Sheet()
    post = "/nieuws/let-op-nep-ziggo-storingsmonteur/"
    drafts[post] = (document(spec.lang, f"Let op: nep Ziggo-storingsmonteur – {spec.name}", shell(s,
        '<article class="post"><h1 class="entry-title">Let op: nep Ziggo-storingsmonteur</h1><p class="entry-meta">25 februari 2026</p>'
        "<p>Deze week was ik bij twee klanten die via Google een ‘Ziggo storingsmonteur’ hadden gebeld. De website ziet er betrouwbaar "
        f"uit, met KvK-nummer en reviews, maar het nummer {_q(s, ziggo, 'national')} is niet van Ziggo. De ‘monteur’ installeert "
        "een programma om mee te kijken en rekent daarna honderden euro’s.</p>"
        "<p>Storing bij Ziggo? Kijk in de Ziggo-app of op de storingspagina van Ziggo zelf. Heeft u iemand toegang gegeven? "
        "Bel mij gerust, dan kom ik langs om de computer na te lopen.</p></article>"), head), s)
    return drafts


# --- a Tampere IT partner on Drupal 11 listing Apple's genuine Finnish number -------------


@branded
def b28_fi_drupal11_it_partner(spec: Spec, rng: Random) -> Drafts:
    own, apple = spec.phones
    (lock,) = spec.quoted
    head = (
        '<meta name="Generator" content="Drupal 11 (https://www.drupal.org)">\n'
        f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{_hex(rng, 40)}.css?delta=0&amp;language=fi&amp;theme=olivero">\n'
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">'
            f'<header id="header" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">{esc(spec.name)}</a></div>'
            '<nav class="primary-nav"><ul class="primary-nav__menu"><li class="primary-nav__menu-item"><a href="/palvelut">Palvelut</a></li>'
            '<li class="primary-nav__menu-item"><a href="/valmistajien-tuki">Valmistajien tuki</a></li><li class="primary-nav__menu-item"><a href="/ajankohtaista">Ajankohtaista</a></li></ul></nav></header>'
            f'<div id="main-wrapper" class="layout-main-wrapper"><main id="main" class="site-main" role="main"><div class="region region--content">{content}</div></main></div>'
            f'<footer class="site-footer"><p>{esc(spec.name)} Oy · Hatanpään valtatie 24, 33100 Tampere · Y-tunnus 2468135-7 · '
            f"{s.num(own, 'national')}</p></footer></div></div></div>"
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – IT-palvelut yrityksille", shell(s,
        "<h1>IT-kumppani pirkanmaalaisille yrityksille</h1><p>Hoidamme Mac- ja PC-laitteet, verkot, varmuuskopiot ja Microsoft 365 "
        "-ympäristöt pienille ja keskisuurille yrityksille. Palvelupiste on avoinna arkisin 8–17.</p>"), head), s)
    s = Sheet()
    drafts["/valmistajien-tuki"] = (document(spec.lang, f"Valmistajien tuki – {spec.name}", shell(s,
        "<h1>Valmistajien viralliset tukinumerot</h1><p>Takuuasioissa voit olla yhteydessä suoraan valmistajaan. Sopimusasiakkaamme "
        "soittavat aina ensin meille.</p>"
        '<table class="tuki"><tr><th>Valmistaja</th><th>Puhelin</th><th>Lähde</th></tr>'
        f'<tr><td>Apple (Suomi)</td><td>{s.num(apple, "national")}</td><td><a href="https://support.apple.com/fi-fi/contact">support.apple.com</a></td></tr>'
        f'<tr><td>{esc(spec.name)} – palvelupiste</td><td>{s.num(own, "national")}</td><td>–</td></tr></table>'), head), s)
    s = Sheet()
    news = "/ajankohtaista/vaara-windows-lukitusruutu"
    drafts[news] = (document(spec.lang, f"Varoitus: väärä Windows-lukitusruutu – {spec.name}", shell(s,
        "<article><h1>Varoitus: väärä Windows-lukitusruutu ja maksuton ”tukinumero”</h1><p class=\"date\">26.2.2026</p>"
        "<p>Asiakkaidemme koneilla on näkynyt selainsivu, joka näyttää Windowsin siniseltä virheruudulta ja käskee soittamaan "
        f"Microsoftin tukeen numeroon {_q(s, lock, 'national')}. Sivu soittaa hälytysääntä ja yrittää estää sulkemisen.</p>"
        "<p>Numero ei kuulu Microsoftille. Sulje selain tehtävienhallinnasta (Ctrl+Shift+Esc) äläkä soita. Jos olet jo antanut "
        "etäyhteyden, tuo kone meille tarkistettavaksi.</p></article>"), head), s)
    return drafts


# --- Brother France's own page on fake support, no number --------------------------------


@branded
def b28_fr_brother_official(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    path = "/fr-fr/support/attention-aux-faux-services-d-assistance"
    head = (
        f'<link rel="stylesheet" href="/application/themes/brother/css/main.css?v={_hex(rng, 8)}">\n'
        f'<script src="/dA/{_hex(rng, 8)}-{_hex(rng, 4)}/brother-global.js" defer></script>\n'
    )
    body = (
        '<!-- dotCMS -->\n<div class="page"><header class="global-header"><a href="/fr-fr" class="logo" aria-label="Brother France">brother</a>'
        '<nav class="main-nav"><a href="/fr-fr/imprimantes">Imprimantes</a> <a href="/fr-fr/etiqueteuses">Étiqueteuses</a> <a href="/fr-fr/support">Support</a></nav></header>'
        '<main class="content"><nav class="breadcrumb"><a href="/fr-fr">Accueil</a> › <a href="/fr-fr/support">Support</a></nav>'
        "<h1>Attention aux faux services d’assistance</h1>"
        "<p>Des sites internet et des annonces sur les moteurs de recherche se présentent comme une « assistance Brother » ou un "
        "« support imprimantes Brother » et proposent un numéro de téléphone. Ces services ne sont pas liés à Brother.</p>"
        "<p>Ces interlocuteurs demandent souvent de prendre le contrôle de votre ordinateur à distance, puis facturent une "
        "intervention ou un abonnement. Brother ne facture jamais le téléchargement des pilotes et ne vous contactera pas pour "
        "prendre la main sur votre ordinateur.</p>"
        "<h2>Comment obtenir de l’aide officielle</h2>"
        + _ul(("Téléchargez pilotes et logiciels gratuitement sur support.brother.com.",
               "Utilisez le formulaire de contact de la page Support pour joindre nos équipes.",
               "Vérifiez que l’adresse du site se termine bien par brother.fr ou brother.com."))
        + "<p>Si vous avez été victime d’une arnaque, signalez-la sur cybermalveillance.gouv.fr et prévenez votre banque.</p></main>"
        '<footer class="global-footer"><p>© 2026 Brother France SAS · Mentions légales · Cookies</p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Attention aux faux services d’assistance", "Brother France – imprimantes, scanners et étiqueteuses."),
        path: (document(spec.lang, f"Attention aux faux services d’assistance | {spec.name}", body, head), s),
    }


# --- a Dublin computer shop on BigCommerce Cornerstone with an Olark chat -----------------


@branded
def b28_ie_bigcommerce_olark_shop(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    store = _hex(rng, 10)
    head = (
        f'<link href="https://cdn11.bigcommerce.com/s-{store}/stencil/{_hex(rng, 8)}-{_hex(rng, 4)}/css/theme-{_hex(rng, 8)}.css" rel="stylesheet">\n'
        '<script>window.stencilBootstrap=function(){};var BCData={"csrf_token":"' + _hex(rng, 48) + '"};</script>\n'
        "<script type=\"text/javascript\">;(function(o,l,a,r,k,y){if(o.olark)return;r=\"script\";y=l.createElement(r);r=l.getElementsByTagName(r)[0];"
        "y.async=1;y.src=\"//\"+a;r.parentNode.insertBefore(y,r);y=o.olark=function(){k.s.push(arguments);k.t.push(+new Date)};"
        "y.extend=function(i,j){y(\"extend\",i,j)};y.identify=function(i){y(\"identify\",k.i=i)};y.configure=function(i,j){y(\"configure\",i,j);k.c[i]=j};"
        "k=y._={s:[],t:[+new Date],c:{},l:a};})(window,document,\"static.olark.com/jsclient/loader.js\");\n"
        f"olark.identify('{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}');</script>\n"
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<header class="header" role="banner"><div class="header-logo"><a href="/" class="header-logo__link">{esc(spec.name)}</a></div>'
            '<div class="navPages-container" id="menu"><nav class="navPages"><ul class="navPages-list"><li class="navPages-item"><a class="navPages-action" href="/laptops/">Laptops</a></li>'
            '<li class="navPages-item"><a class="navPages-action" href="/printers/">Printers</a></li><li class="navPages-item"><a class="navPages-action" href="/repairs/">Repairs</a></li></ul></nav></div></header>'
            f'<main class="body" id="main-content" role="main"><div class="container">{content}</div></main>'
            f'<footer class="footer" role="contentinfo"><div class="container"><article class="footer-info-col"><h5 class="footer-info-heading">{esc(spec.name)}</h5>'
            f'<address>14 Capel Street, Dublin 1, D01 K2V6</address><strong>Call us at {s.tel(own, s.num(own, "national"))}</strong></article>'
            '<div class="footer-copyright"><p class="powered-by">Powered by <a href="https://www.bigcommerce.com?utm_source=merchant" rel="nofollow">BigCommerce</a> · Cornerstone theme</p></div></div></footer>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – Laptops, printers & repairs in Dublin", shell(s,
        '<section class="heroCarousel"><h1>Refurbished laptops and printer ink, in the heart of Dublin</h1></section>'
        '<ul class="productGrid"><li class="product"><article class="card"><h4 class="card-title"><a href="/hp-envy-6420e/">HP ENVY 6420e All-in-One</a></h4><span class="price">€89.00</span></article></li>'
        '<li class="product"><article class="card"><h4 class="card-title"><a href="/hp-305-ink-combo/">HP 305 Ink Combo Pack</a></h4><span class="price">€34.50</span></article></li></ul>'
        "<p>Questions about an order? Use the chat in the corner – we answer Monday to Saturday, 9:30 to 18:00.</p>"), head), s)
    s = Sheet()
    drafts["/repairs/"] = (document(spec.lang, f"Repairs – {spec.name}", shell(s,
        "<h1>Repairs</h1><p>Bring your laptop or printer to the shop for a free assessment. Most repairs are ready within three working days. "
        "We do not offer remote support to callers we don’t know, and we will never phone you out of the blue about a virus.</p>"), head), s)
    return drafts


TEMPLATES = {
    "b28_fi_sanity_news_locker": with_contact("/asiakastuki", b28_fi_sanity_news_locker),
    "b28_befr_django_directory": with_contact("/contact/", b28_befr_django_directory),
    "b28_nl_wpforo_forum": with_contact("/contact/", b28_nl_wpforo_forum),
    "b28_gb_bbpress_forum": with_contact("/about/", b28_gb_bbpress_forum),
    "b28_de_gsb_police_warning": with_contact("/DE/Service/Kontakt/kontakt_node.html", b28_de_gsb_police_warning),
    "b28_chfr_jahia_news": with_contact("/sites/rhonejournal/home/contact.html", b28_chfr_jahia_news),
    "b28_us_microblog_victim": with_contact("/about/", b28_us_microblog_victim),
    "b28_in_s3waas_police_warning": with_contact("/contact-us/", b28_in_s3waas_police_warning),
    "b28_nl_classicpress_repair_shop": with_contact("/contact/", b28_nl_classicpress_repair_shop),
    "b28_fi_drupal11_it_partner": b28_fi_drupal11_it_partner,
    "b28_fr_brother_official": b28_fr_brother_official,
    "b28_ie_bigcommerce_olark_shop": with_contact("/contact-us/", b28_ie_bigcommerce_olark_shop),
}
