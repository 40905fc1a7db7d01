"""Twenty-first batch of held-out honest templates: page shells no earlier batch uses.

b21_nl_brightspot_abnamro_article (a Gooi en Vecht news article on a Brightspot shell that
repeats the fake ABN AMRO fraud desk's message word for word), b21_gb_newspack_remote_article
(a Ludlow weekly's Newspack article on an Irish "remote session" helpdesk),
b21_de_invision_fernwartung_thread (a German Invision Community thread: victims of the Swiss
remote helpdesk and the Brother callback desk, AnyDesk), b21_ja_qa_microsoft_thread (a
Japanese PC Q&A site's question about the fake Microsoft 0120 desk, AnyDesk),
b21_fr_nuxt_number_lookup (a young French reverse lookup on Nuxt for a Luxembourg number),
b21_nz_docusaurus_scam_numbers (a young New Zealand volunteers' scam-number list on
Docusaurus), b21_fi_drupal_consumer_warning (a Finnish consumer association's warning on
Drupal with its own advice line), b21_be_liferay_bank_warning (a Kempen savings bank's
warning on Liferay with its own card-blocking line), b21_ch_magento_reseller (a Zurich
computer shop on Magento with Apple's genuine Swiss line), b21_ca_frontpage_repair_stjerome
(a Saint-Jérôme repair shop's old FrontPage site with a TeamViewer download),
b21_nl_zyro_remote_business (a Zwolle remote computer help business that started in
December, on the Hostinger Website Builder) and b21_fi_sitecore_canon_official (Canon's own
Finnish support contact page on Sitecore).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

from random import Random

from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.scams21 import ABN_NOTICE
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import home as _home
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document


def _ul(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul>"


# --- a Gooi en Vecht news article on Brightspot, repeating the fake desk's message --------


@branded
def b21_nl_brightspot_abnamro_article(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    path = f"/regio/hilversum/nep-fraudedesk-abn-amro-belt-hilversummer-leeg-{rng.randint(700000, 799999)}"
    quoted = "".join(f"<p><em>“{esc(t)}”</em></p>" for t in ABN_NOTICE)
    head = (
        f'<link rel="stylesheet" href="/resource/0000018d-{_hex(rng, 4)}/styleguide/All.min.{_hex(rng, 8)}.gz.css">\n'
        '<meta name="brightspot.contentId" content="' + f"0000018e-{_hex(rng, 4)}-{_hex(rng, 4)}" + '">\n'
        '<meta property="og:type" content="article">\n'
    )
    body = (
        '<div class="Page-header"><a class="Page-header-logo" href="/">'
        f"{esc(spec.name)}</a><nav class=\"Navigation\"><a href=\"/regio\">Regio</a><a href=\"/112\">112</a><a href=\"/over-ons\">Over ons</a></nav></div>"
        '<main class="Page-main"><article class="ArticlePage-mainContent">'
        '<h1 class="ArticlePage-headline">Nep-fraudedesk van ABN AMRO belt Hilversummer (79): ‘Ze wisten precies wat ik op mijn rekening had’</h1>'
        '<div class="ArticlePage-byline">Door de redactie · 26 februari 2026, 16:41</div>'
        '<div class="RichTextArticleBody RichTextBody">'
        "<p>Een 79-jarige Hilversummer is ruim 14.000 euro kwijt nadat hij een nepwebsite van de ‘ABN AMRO "
        "Fraudedesk’ had gebeld. De site verscheen bovenaan toen hij zocht op ‘ABN AMRO fraude melden’.</p>"
        "<p>Op de pagina stond deze tekst, die wij hier letterlijk overnemen zodat u hem herkent:</p>"
        f"{quoted}"
        f"<p>Wie op de knop tikte, belde <strong>{_q(s, q)}</strong>. Dat nummer is niet van ABN AMRO. De bank "
        "benadrukt dat zij nooit vraagt om een app te installeren of geld over te maken naar een ‘veilige’ rekening.</p>"
        "<p>De politie Midden-Nederland onderzoekt de zaak. Slachtoffers kunnen aangifte doen via 0900-8844.</p>"
        "</div></article></main>"
        f'<footer class="Page-footer"><p>© 2026 {esc(spec.name)} · <a href="/over-ons/contact">Contact</a></p></footer>'
    )
    return {
        "/": _home(spec, path, "Nep-fraudedesk ABN AMRO belt Hilversummer", "Nieuws uit Hilversum, Bussum, Huizen en Weesp."),
        path: (document(spec.lang, "Nep-fraudedesk ABN AMRO belt Hilversummer | " + spec.name, body, head), s),
    }


# --- a Ludlow weekly's Newspack article on an Irish remote-session helpdesk -------------------


@branded
def b21_gb_newspack_remote_article(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    path = f"/{2026}/02/24/ludlow-couple-lose-2400-to-remote-computer-helpline/"
    head = (
        "<link rel='stylesheet' id='newspack-style-css' href='/wp-content/themes/newspack-theme/style.css?ver=2.3.1' media='all'>\n"
        '<meta name="generator" content="WordPress 6.7.2">\n'
    )
    body = (
        '<div id="page" class="site"><header id="masthead" class="site-header">'
        f'<p class="site-title"><a href="/">{esc(spec.name)}</a></p><nav class="main-navigation"><a href="/news/">News</a><a href="/about/">About</a></nav></header>'
        '<main id="main" class="site-main"><article class="post type-post">'
        '<h1 class="entry-title">Ludlow couple lose £2,400 after calling “remote computer helpline” found online</h1>'
        '<div class="entry-meta"><span class="author vcard">By Helen Marsh</span> <time>24 February 2026</time></div>'
        '<div class="entry-content">'
        "<p>A retired couple from Ludlow lost £2,400 after ringing a computer help firm that claimed to be "
        "based in Dublin. The website, which carried a company number, reviews stars and a cookie banner like any "
        "genuine business, invited them to start a remote session.</p>"
        f"<p>The number on the site, <strong>{_q(s, q, 'intl')}</strong>, was answered by a man who asked them to "
        "install remote access software and then to log in to their online banking “to check for intruders”.</p>"
        "<p>West Mercia Police said no real support company will ask you to open your bank account during a call. "
        "Report scams to Action Fraud.</p></div></article></main>"
        f'<footer class="site-footer"><p>© 2026 {esc(spec.name)} · <a href="/about/">About us</a></p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Ludlow couple lose £2,400", "News from Ludlow and south Shropshire."),
        path: (document(spec.lang, "Ludlow couple lose £2,400 to computer helpline – " + spec.name, body, head), s),
    }


# --- a German Invision Community thread, AnyDesk ------------------------------------------------


@branded
def b21_de_invision_fernwartung_thread(spec: Spec, rng: Random) -> Drafts:
    ch, de = spec.quoted
    s = Sheet()
    tid = rng.randint(40000, 49999)
    path = f"/topic/{tid}-anydesk-fernwartung-nach-anruf-bei-hotline-bank-informieren/"

    def post(user: str, when: str, inner: str) -> str:
        return (
            f'<article class="cPost ipsBox ipsComment"><aside class="cAuthorPane"><h3 class="cAuthorPane_author">{esc(user)}</h3></aside>'
            f'<div class="ipsComment_content"><p class="ipsType_reset"><time>{esc(when)}</time></p>'
            f'<div class="cPost_contentWrap" data-role="commentContent">{inner}</div></div></article>'
        )

    body = (
        f'<div id="ipsLayout_header"><a href="/" class="ipsLogo">{esc(spec.name)}</a><nav><a href="/forum/">Foren</a><a href="/contact/">Kontakt</a></nav></div>'
        '<main id="ipsLayout_mainArea"><h1 class="ipsType_pageTitle">AnyDesk-Fernwartung nach Anruf bei „Hotline“ – Bank informieren?</h1>'
        + post(
            "Gerda_K", "27.02.2026 10:14",
            "<p>Mein Drucker (Brother) war offline, ich habe „Brother Hilfe“ gegoogelt und bei Google auf „Anrufen“ getippt. "
            f"Das war die <strong>{_q(s, de)}</strong>. Der Mann wollte, dass ich AnyDesk installiere, und hat 149 € verlangt.</p>",
        )
        + post(
            "Rechnerdoktor", "27.02.2026 10:52",
            "<p>Brother hat keine solche Rückruf-Hotline. Sofort AnyDesk deinstallieren, Passwörter von einem anderen Gerät "
            "ändern und bei der Bank die Karte sperren lassen.</p>",
        )
        + post(
            "hans.z", "27.02.2026 13:30",
            f"<p>Bei meinem Schwager in Basel war es fast gleich, nur hiess die Firma „Computer-Soforthilfe“, Nummer "
            f"{_q(s, ch)}. Auch AnyDesk, auch „Jahresabo Sorglos“. Die Nummer steht auf der Seite erst, wenn man JavaScript an hat.</p>",
        )
        + "</main>"
        f'<footer id="ipsLayout_footer"><p>© 2008–2026 {esc(spec.name)} · Powered by Invision Community</p></footer>'
    )
    return {
        "/": _home(spec, path, "AnyDesk-Fernwartung nach Anruf", "Das Forum für PC-Sorgen, Hardware und Sicherheit."),
        path: (document(spec.lang, "AnyDesk-Fernwartung nach Anruf bei Hotline – " + spec.name, body, '<meta name="generator" content="Invision Community">\n'), s),
    }


# --- a Japanese PC Q&A site question, AnyDesk ----------------------------------------------------


@branded
def b21_ja_qa_microsoft_thread(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    qid = rng.randint(13000000, 13999999)
    path = f"/qa/{qid}.html"
    body = (
        f'<div id="hd"><a href="/">{esc(spec.name)}</a> <a href="/help/">ヘルプ</a></div>'
        '<div id="qa"><section class="question"><h1>「Microsoft サポート窓口」に電話して AnyDesk を入れてしまいました</h1>'
        "<p>Outlook にログインできず、検索して出てきたサイトの番号に電話しました。"
        f"番号は <strong>{_q(s, q, 'dashed')}</strong> です（サイトでは全角で書いてありました）。"
        "AnyDesk を入れるように言われ、遠隔操作され、最後にコンビニで電子マネーを買うように言われました。</p>"
        '<p class="meta">質問者：ぽんた77 ・ 2026/02/26 21:08</p></section>'
        '<section class="answer best"><h2>ベストアンサー</h2>'
        "<p>それは Microsoft の窓口ではありません。すぐにネットを切って AnyDesk をアンインストールし、"
        "別の端末からパスワードを変更してください。電子マネーは絶対に買わないでください。</p>"
        '<p class="meta">回答者：pc_sensei ・ 2026/02/26 21:30</p></section></div>'
        f'<div id="ft">© 2007-2026 {esc(spec.name)}</div>'
    )
    return {
        "/": _home(spec, path, "Microsoft サポート窓口に電話してしまった", "パソコンの困りごとを質問・回答できるサイトです。"),
        path: (document(spec.lang, "Microsoft サポート窓口に電話して AnyDesk – " + spec.name, body), s),
    }


# --- a young French reverse lookup on Nuxt, one Luxembourg number ----------------------------


@branded
def b21_fr_nuxt_number_lookup(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    path = "/numero/" + q[1:]
    head = f'<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.{_hex(rng, 8)}.js">\n'
    body = (
        f'<div id="__nuxt"><div id="__layout"><header class="app-header"><a href="/">{esc(spec.name)}</a><a href="/a-propos">À propos</a></header>'
        f'<main class="numero"><h1>Qui appelle depuis le {_q(s, q, "intl")} ?</h1>'
        '<p class="verdict verdict--danger">Avis des internautes : <strong>arnaque (14 signalements)</strong></p>'
        "<p>Numéro gratuit luxembourgeois (800). Il figure sur un site de « numéros de service client » qui le "
        "présente comme l’assistance de Microsoft et d’Apple.</p>"
        '<ul class="avis"><li>« On m’a demandé d’installer un logiciel de contrôle à distance, puis de payer 250 €. » – Sylvie, Thionville</li>'
        "<li>« Se fait passer pour Microsoft, ce n’est pas Microsoft. » – Marc, Esch-sur-Alzette</li></ul></main>"
        f'<footer><p>© 2025–2026 {esc(spec.name)} · <a href="/a-propos">À propos</a></p></footer></div></div>'
        '<script>window.__NUXT__={state:{},serverRendered:true}</script>'
    )
    return {
        "/": _home(spec, "/numeros-recents", "Derniers numéros signalés", "Annuaire inversé participatif : qui vous a appelé ?"),
        path: (document(spec.lang, f"Numéro {q} – qui appelle ? | {spec.name}", body, head), s),
    }


# --- a young New Zealand volunteers' scam-number list on Docusaurus -------------------------------


@branded
def b21_nz_docusaurus_scam_numbers(spec: Spec, rng: Random) -> Drafts:
    us, au, ie, at = spec.quoted
    s = Sheet()
    rows = (
        (us, "us_dash", "“iCloud help desk” (Apple ID recovery)", "Bing ad landing page"),
        (au, "national", "Norton 360 “renewal” refund line", "email invoice AU$ 449.99"),
        (ie, "intl", "Irish “remote session” computer help", "search result"),
        (at, "intl", "Hacked choir site: “Microsoft Konto Hotline”", "forwarded by a reader in Austria"),
    )
    table = "".join(f"<tr><td>{_q(s, n, st)}</td><td>{esc(what)}</td><td>{esc(where)}</td></tr>" for n, st, what, where in rows)
    path = "/docs/numbers/2026-02"
    body = (
        f'<div id="__docusaurus"><nav class="navbar"><a class="navbar__brand" href="/">{esc(spec.name)}</a><a href="/about">About</a></nav>'
        '<main class="docMainContainer"><article><div class="theme-doc-markdown markdown"><h1>Scam numbers reported in February 2026</h1>'
        "<p>These numbers were given to New Zealanders by fake support pages and pop-ups. Do not call them. "
        "If you have already let someone onto your computer, disconnect it from the internet and call your bank.</p>"
        f'<table><thead><tr><th>Number</th><th>Pretends to be</th><th>Seen in</th></tr></thead><tbody>{table}</tbody></table>'
        "<p>Report scams to Netsafe and CERT NZ.</p></div></article></main>"
        '<footer class="footer"><p>Volunteer-run. Built with Docusaurus.</p></footer></div>'
    )
    return {
        "/": _home(spec, path, "February 2026 list", "Volunteers tracking tech-support scam numbers."),
        path: (document(spec.lang, "Scam numbers February 2026 | " + spec.name, body, '<meta name="generator" content="Docusaurus v3.7.0">\n'), s),
    }


# --- a Finnish consumer association's warning on Drupal, own advice line ------------------------


@branded
def b21_fi_drupal_consumer_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    fi, us = spec.quoted
    s = Sheet()
    path = "/ajankohtaista/varoitus-valeapple-tuki-iphone-lukittu"
    body = (
        f'<div class="dialog-off-canvas-main-canvas"><header role="banner"><a href="/" rel="home">{esc(spec.name)}</a>'
        '<nav><a href="/ajankohtaista">Ajankohtaista</a><a href="/yhteystiedot/neuvonta">Neuvonta</a></nav></header>'
        '<main role="main"><article class="node node--type-article"><h1><span class="field--name-title">Varoitus: valeilmoitus '
        "”iPhonesi on hakkeroitu” ja vale-Apple-tuki</span></h1>"
        '<div class="field--name-body"><p>Jäsenemme ovat saaneet puhelimeen sivun, joka väittää iPhonen saastuneen ja '
        f"kehottaa soittamaan numeroon <strong>{_q(s, fi, 'intl', 'plus_plus')}</strong>. Sivu ei ole Applen, eikä "
        "iPhone ole saastunut: sulje välilehti ja tyhjennä Safarin historia.</p>"
        f"<p>Samassa viestiketjussa on levinnyt yhdysvaltalainen ”iCloud-tuen” numero {_q(s, us, 'us_dash')}. Älä soita siihenkään.</p>"
        f"<p>Jos olet jo soittanut tai maksanut, ota yhteys pankkiisi ja soita neuvontaamme: "
        f"<a href=\"tel:{own}\">{s.num(own, 'national')}</a> (ma–to klo 9–15).</p></div></article></main>"
        f'<footer role="contentinfo"><p>{esc(spec.name)} · Hämeenkatu 11 B, 33100 Tampere · <a href="/yhteystiedot/neuvonta">Yhteystiedot</a></p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Varoitus: vale-Apple-tuki", "Kuluttajien neuvontaa Pirkanmaalla vuodesta 1986."),
        path: (document(spec.lang, "Varoitus: vale-Apple-tuki | " + spec.name, body, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'), s),
    }


# --- a Kempen savings bank's warning on Liferay, own blocking line ------------------------------


@branded
def b21_be_liferay_bank_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    abn, hp, locker = spec.quoted
    s = Sheet()
    path = "/web/guest/veilig-bankieren/actuele-fraude"
    body = (
        f'<div id="wrapper" class="portal-popup-off"><header id="banner"><a class="logo" href="/">{esc(spec.name)}</a>'
        '<nav id="navigation"><a href="/web/guest/veilig-bankieren">Veilig bankieren</a><a href="/web/guest/contact">Contact</a></nav></header>'
        '<section id="content"><div class="portlet-journal-content"><h1>Actuele fraude: valse helpdesks en pop-ups</h1>'
        "<p>Fraudeurs bouwen websites en pop-ups na die eruitzien als een bank of een bekend merk. Wij zagen deze week:</p><ul>"
        f"<li>Een valse ‘ABN AMRO Fraudedesk’ met het nummer {_q(s, abn)}. Ook klanten van andere banken worden zo gebeld.</li>"
        f"<li>Een ‘HP printerhulp’ op een gratis websitebouwer, nummer {_q(s, hp)}.</li>"
        f"<li>Een Franstalige pop-up ‘Sécurité Windows – ordinateur bloqué’ met {_q(s, locker, 'compact', 'dot_gaps')}.</li></ul>"
        "<p>Installeer nooit software op vraag van een beller en geef nooit codes van uw kaartlezer door.</p>"
        f"<p>Vertrouwt u het niet? Blokkeer meteen uw kaart via onze eigen lijn <a href=\"tel:{own}\">{s.num(own, 'national')}</a> "
        "(24 op 7) of via Card Stop.</p></div></section>"
        f'<footer id="footer"><p>© 2026 {esc(spec.name)} cv · Grote Markt 12, 2200 Herentals · Powered by Liferay</p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Actuele fraude", "Uw coöperatieve spaarbank in de Kempen sinds 1923."),
        path: (document(spec.lang, "Actuele fraude | " + spec.name, body, '<meta name="generator" content="Liferay DXP">\n'), s),
    }


# --- a Zurich computer shop on Magento, Apple's genuine Swiss line -------------------------------


@branded
def b21_ch_magento_reseller(spec: Spec, rng: Random) -> Drafts:
    own, apple = spec.phones
    s = Sheet()
    body = (
        f'<div class="page-wrapper"><header class="page-header"><a class="logo" href="/">{esc(spec.name)}</a>'
        '<nav class="navigation"><a href="/notebooks.html">Notebooks</a><a href="/service.html">Service</a><a href="/kontakt">Kontakt</a></nav></header>'
        '<main id="maincontent" class="page-main"><h1 class="page-title">Service &amp; Garantie</h1>'
        "<p>Wir reparieren Notebooks, Macs und PCs in unserer Werkstatt an der Badenerstrasse und richten neue Geräte ein. "
        f"Werkstatt und Verkauf: <a href=\"tel:{own}\">{s.num(own, 'national')}</a>, Mo–Fr 9–18.30, Sa 9–16 Uhr.</p>"
        "<h2>Herstellergarantie</h2>"
        "<p>Für Garantiefälle an Mac, iPhone und iPad können Sie sich auch direkt an den Apple Support Schweiz wenden: "
        f"{s.num(apple, 'national')}. Wir sind autorisierter Apple Händler und erledigen Garantiefälle auch für Sie.</p>"
        "<p>Achtung: Wir rufen Sie nie unaufgefordert an und verlangen nie eine Fernwartung ohne Termin.</p></main>"
        f'<footer class="page-footer"><p>{esc(spec.name)} · Badenerstrasse 141, 8004 Zürich · CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} MWST</p></footer></div>'
        '<script type="text/x-magento-init">{"*":{"Magento_Ui/js/core/app":{}}}</script>'
    )
    return {"/": (document(spec.lang, f"Service & Garantie | {spec.name}", body, '<meta name="generator" content="Magento 2">\n'), s)}


# --- a Saint-Jérôme repair shop's old FrontPage site, TeamViewer download -----------------------


@branded
def b21_ca_frontpage_repair_stjerome(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        '<table width="760" border="0" cellpadding="4" align="center"><tr><td bgcolor="#003366">'
        f'<font face="Verdana" color="#FFFFFF" size="5"><b>{esc(spec.name)}</b></font></td></tr>'
        '<tr><td><font face="Verdana" size="2"><a href="/">Accueil</a> | <a href="/services.htm">Services</a> | <a href="/contact.htm">Contact</a></font></td></tr>'
        '<tr><td><font face="Verdana" size="2"><h1>Réparation d’ordinateurs à Saint-Jérôme depuis 2001</h1>'
        "<p>Réparation de portables et d’ordinateurs de bureau, nettoyage de virus, récupération de données et "
        "installation de Windows. Atelier ouvert du mardi au samedi.</p>"
        f"<p><b>Téléphone : {s.num(own, 'us_paren')}</b><br>412, rue Saint-Georges, Saint-Jérôme (Québec) J7Z 5A7</p>"
        "<p><b>Assistance à distance sur rendez-vous :</b> si un technicien vous l’a demandé au téléphone, téléchargez "
        '<a href="https://download.teamviewer.com/download/TeamViewerQS.exe">TeamViewer QuickSupport</a> et donnez-lui '
        "votre identifiant. Nous ne vous appellerons jamais sans rendez-vous.</p>"
        f"<p>NEQ {rng.randint(1140000000, 1149999999)}</p></font></td></tr></table>"
    )
    head = '<meta name="GENERATOR" content="Microsoft FrontPage 6.0">\n<meta name="ProgId" content="FrontPage.Editor.Document">\n'
    return {"/": (document(spec.lang, spec.name + " – Réparation d’ordinateurs", body, head), s)}


# --- a Zwolle remote computer help business that started in December (Hostinger builder) --------


@branded
def b21_nl_zyro_remote_business(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f'<div id="app"><header class="block-header"><a href="/">{esc(spec.name)}</a>'
        '<nav><a href="/">Home</a><a href="/tarieven">Tarieven</a><a href="/over-ons">Over ons</a></nav></header>'
        '<main class="page"><section class="block block--grid"><h1>Computerhulp op afstand of aan huis in Zwolle</h1>'
        "<p>Hoi, ik ben Sanne. Na acht jaar op de servicedesk van een zorginstelling ben ik in december 2025 voor mezelf "
        "begonnen. Ik help particulieren en kleine ondernemers met Windows, Apple-apparaten, e-mail en printers – op "
        "afstand via een afgesproken sessie of bij u thuis.</p>"
        f"<p>Bel of app: <a href=\"tel:{own}\">{s.num(own, 'national')}</a></p>"
        "<p>Op afstand werk ik alleen na een afspraak, met een sessiecode die u zelf aan mij doorgeeft. Ik bel nooit "
        "onverwacht.</p>"
        + _ul(("Hulp op afstand: € 35 per half uur", "Aan huis in Zwolle: € 45 per uur, geen voorrijkosten", "Geen abonnementen"))
        + f"<p>{esc(spec.name)} · Thorbeckegracht 31, 8011 VM Zwolle · KvK {rng.randint(95000000, 96999999)}</p></section></main>"
        '<footer><p>Gemaakt met Hostinger Website Builder</p></footer></div>'
    )
    head = '<meta name="generator" content="Hostinger Website Builder">\n<link rel="preconnect" href="https://assets.zyrosite.com">\n'
    return {"/": (document(spec.lang, f"{spec.name} – computerhulp Zwolle", body, head), s)}


# --- Canon's own Finnish support contact page on Sitecore -------------------------------------------


@branded
def b21_fi_sitecore_canon_official(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    path = "/support/ota-yhteytta/"
    body = (
        f'<div id="main-container" class="sc-page"><header class="site-header"><a href="/" class="logo">{esc(spec.name)}</a>'
        '<nav><a href="/support/">Tuki</a><a href="/support/ota-yhteytta/">Ota yhteyttä</a></nav></header>'
        '<main><div class="component rich-text"><h1>Ota yhteyttä Canonin asiakastukeen</h1>'
        "<p>Canonin tuotetuki auttaa kuluttajatuotteiden, kuten PIXMA-, MAXIFY- ja i-SENSYS-tulostimien sekä EOS-"
        f"kameroiden, kysymyksissä. Soita: <a href=\"tel:{own}\">{s.num(own, 'national')}</a> (ma–pe klo 9–17, "
        "paikallisverkkomaksu tai matkapuhelinmaksu).</p>"
        "<h2>Varo valetukinumeroita</h2><p>Hakukoneissa ja sosiaalisessa mediassa mainostetaan ”Canon-tuki”-numeroita, "
        "jotka eivät ole Canonin. Canon ei koskaan pyydä etäyhteyttä tietokoneeseesi tai maksua tuesta puhelimessa. "
        "Löydät oikeat yhteystiedot aina tältä sivulta.</p></div></main>"
        f'<footer><p>© Canon Oy 2026 · Huopalahdentie 24, 00350 Helsinki</p></footer></div>'
    )
    head = f'<meta name="sc_site" content="canon-fi">\n<link rel="stylesheet" href="/-/media/assets/css/main.{_hex(rng, 8)}.css">\n'
    return {
        "/": _home(spec, path, "Ota yhteyttä tukeen", "Canon Suomi – kamerat, tulostimet ja tuki."),
        path: (document(spec.lang, "Ota yhteyttä | Canon Suomi", body, head), s),
    }


TEMPLATES = {
    "b21_nl_brightspot_abnamro_article": with_contact("/over-ons/contact", b21_nl_brightspot_abnamro_article),
    "b21_gb_newspack_remote_article": with_contact("/about/", b21_gb_newspack_remote_article),
    "b21_de_invision_fernwartung_thread": with_contact("/contact/", b21_de_invision_fernwartung_thread),
    "b21_ja_qa_microsoft_thread": with_contact("/help/", b21_ja_qa_microsoft_thread),
    "b21_fr_nuxt_number_lookup": with_contact("/a-propos/contact", b21_fr_nuxt_number_lookup),
    "b21_nz_docusaurus_scam_numbers": with_contact("/about", b21_nz_docusaurus_scam_numbers),
    "b21_fi_drupal_consumer_warning": with_contact("/yhteystiedot/neuvonta/tuki", b21_fi_drupal_consumer_warning),
    "b21_be_liferay_bank_warning": with_contact("/web/guest/contact", b21_be_liferay_bank_warning),
    "b21_ch_magento_reseller": with_contact("/kontakt", b21_ch_magento_reseller),
    "b21_ca_frontpage_repair_stjerome": with_contact("/contact.htm", b21_ca_frontpage_repair_stjerome),
    "b21_nl_zyro_remote_business": with_contact("/over-ons", b21_nl_zyro_remote_business),
    "b21_fi_sitecore_canon_official": b21_fi_sitecore_canon_official,
}
