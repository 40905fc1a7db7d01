"""Thirteenth batch of held-out honest templates: page shells no earlier batch uses.

at_bezirk_zeitung (an Austrian regional weekly's article on a fake Windows warning that
cost a reader from Amstetten money, quoting the locker's number), fi_phpbb_norton_ketju (a
Finnish computer-help forum thread on phpBB about the Norton refund lure, quoting its
number), ja_bangou_kensaku (a Japanese "who called" number lookup page for the fake Apple
free dial), vl_politie_waarschuwing (a Flemish police zone's Drupal warning about fake
printer help, quoting the number), nl_umbraco_itbeheer (a Utrecht IT management firm on
Umbraco with its own number and HP's, Apple's and Google's genuine Dutch lines),
ie_wix_bikeshop (a Cork bike shop on Wix with a tawk.to chat and its phone),
us_godaddy_pc_repair (a Dayton computer repair shop since 2004 on GoDaddy Website Builder,
with AnyDesk and TeamViewer downloads) and befr_bibliotheque_epn (a Namur public library's
"espace public numérique" digital help page on a municipal Plone site).
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
from crawler.sandbox.heldout.widgets import tawk


def _q(s: Sheet, e164: str, style: str = "national") -> str:
    return s.num(e164, style, offered=False)


def _q_written(s: Sheet, e164: str, text: str) -> str:
    s.hidden(e164, offered=False)
    return esc(text)


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _home(spec: Spec, link: str, label: str, blurb: str) -> tuple[str, Sheet]:
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>{esc(blurb)}</p><p><a href="{link}">{esc(label)}</a></p></main>'
    )
    return document(spec.lang, spec.name, body), Sheet()


# --- an Austrian regional weekly on a fake Windows warning ------------------------------


@branded
def at_bezirk_zeitung(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    g = numbers.groups(q)
    art = rng.randint(5800000, 5899999)
    path = f"/amstetten/c-lokales/falsche-windows-warnung-pensionistin-verliert-1-200-euro_a{art}"
    headline = "Falsche Windows-Warnung: Pensionistin verliert 1.200 Euro"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": "2026-02-26T06:30:00+01:00",
        "author": {"@type": "Person", "name": "Stefan Haider"},
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    slash = _q_written(s, q, f"{g[0]}/{g[1][:3]} {g[1][3:5]} {g[1][5:]}")
    body = (
        f'<div class="site"><header class="masthead"><a class="masthead__logo" href="/">{esc(spec.name)}</a>'
        '<nav class="masthead__nav"><a href="/amstetten/">Amstetten</a><a href="/melk/">Melk</a><a href="/scheibbs/">Scheibbs</a>'
        '<a href="/waidhofen-ybbs/">Waidhofen/Ybbs</a></nav></header>'
        '<main class="content"><article class="article-detail" itemscope itemtype="https://schema.org/NewsArticle">'
        '<p class="article-detail__section">Lokales · Sicherheit</p>'
        f'<h1 class="article-detail__headline" itemprop="headline">{esc(headline)}</h1>'
        '<p class="article-detail__meta">Stefan Haider · 26. Februar 2026, 06:30 Uhr</p>'
        '<div class="article-detail__body">'
        "<p class=\"lead\"><strong>Ein blauer Bildschirm, ein Warnton und eine Wiener Telefonnummer: Eine 76-Jährige aus dem "
        "Bezirk Amstetten ist auf angebliche Microsoft-Techniker hereingefallen. Die Polizei warnt.</strong></p>"
        "<p>Beim Lesen von Nachrichten im Internet sprang auf dem Laptop der Frau plötzlich ein Fenster auf: Der PC sei "
        f"gesperrt, sie solle sofort den „Microsoft-Support“ unter {slash} anrufen. Das Fenster ließ sich nicht schließen, "
        "ein lauter Warnton lief in Dauerschleife.</p>"
        "<p>Am Telefon meldete sich ein Mann mit gebrochenem Deutsch. Er ließ die Pensionistin ein Fernwartungsprogramm "
        "installieren und verlangte 1.200 Euro in Gutscheinkarten für die „Reinigung“ des Computers. Erst ihr Enkel "
        "erkannte den Betrug.</p>"
        '<aside class="infobox"><h2>So schützen Sie sich</h2><ul>'
        "<li>Microsoft zeigt in Warnmeldungen keine Telefonnummern an und ruft auch nie von sich aus an.</li>"
        f"<li>Rufen Sie die Nummer {_q(s, q, 'intl')} keinesfalls an.</li>"
        "<li>Hängt der Browser, beenden Sie ihn über den Task-Manager (Strg + Umschalt + Esc).</li>"
        "<li>Wer bereits Zugriff gewährt hat: Computer vom Internet trennen, Bank verständigen, Anzeige erstatten. "
        "Infos gibt es auch bei der Watchlist Internet.</li></ul></aside>"
        "</div></article>"
        '<aside class="sidebar"><h3>Meistgelesen</h3><ol><li><a href="/amstetten/">Neue Radwege an der Ybbs</a></li>'
        '<li><a href="/melk/">Marillenblüte in der Wachau erwartet</a></li></ol></aside></main>'
        f'<footer class="footer"><a href="/kontakt/">Kontakt</a> · <a href="/impressum/">Impressum</a> · <span>© {esc(spec.name)} 2026</span></footer></div>'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    return {
        path: (document(spec.lang, f"{headline} - {spec.name}", body), s),
        "/": _home(spec, path, headline, "Nachrichten aus dem Mostviertel – jede Woche neu."),
    }


# --- a Finnish computer-help forum thread on phpBB --------------------------------------


@branded
def fi_phpbb_norton_ketju(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    topic = rng.randint(40000, 49999)
    path = f"/viewtopic.php?t={topic}"
    pid = rng.randint(300000, 399999)
    posts = []
    for i, (who, when, text) in enumerate(
        (
            ("Raili_K", "ti 24.2.2026 19.12",
             "Sain sähköpostin, että Norton 360 -tilaukseni on uusittu 399,90 eurolla. En ole koskaan ostanut Nortonia. "
             f"Viestissä käskettiin soittamaan numeroon {_q(s, q, 'split_sub')} hyvityksen saamiseksi. Onko tämä aito?"),
            ("tietoturva-Tero", "ti 24.2.2026 19.40",
             "Ei ole aito. Tuo on tuttu huijaus: puhelimessa pyydetään asentamaan AnyDesk ja kirjautumaan verkkopankkiin, "
             "ja sillä aikaa tililtä siirretään rahaa. Älä soita, poista viesti."),
            ("Mika73", "ke 25.2.2026 8.05",
             f"Sama numero ({_q(s, q, 'compact')}) oli meidän isällä. Kannattaa ilmoittaa Kyberturvallisuuskeskukselle "
             "ja tehdä rikosilmoitus, jos on jo ehtinyt soittaa."),
        ),
    ):  # fmt: skip
        posts.append(
            f'<div id="p{pid + i * 7}" class="post has-profile bg{2 - i % 2}"><div class="inner">'
            f'<dl class="postprofile" id="profile{pid + i * 7}"><dt class="has-profile-rank"><a href="/memberlist.php?mode=viewprofile&amp;u={rng.randint(100, 9999)}" class="username">{esc(who)}</a></dt>'
            f'<dd class="profile-posts"><strong>Viestit:</strong> {rng.randint(3, 2400)}</dd></dl>'
            f'<div class="postbody"><div id="post_content{pid + i * 7}"><h3><a href="#p{pid + i * 7}">Re: Norton-tilaus uusittu ja hyvitysnumero?</a></h3>'
            f'<p class="author"><span class="responsive-hide">Lähettäjä <strong>{esc(who)}</strong> » </span>{esc(when)}</p>'
            f'<div class="content">{text}</div></div></div></div></div>'
        )
    body = (
        '<div id="wrap" class="wrap"><div id="page-header"><div class="headerbar" role="banner"><div class="inner">'
        f'<div id="site-description" class="site-description"><a id="logo" class="logo" href="/index.php"><span class="site_logo"></span></a><h1>{esc(spec.name)}</h1>'
        "<p>Apua tietokoneiden, puhelinten ja tietoturvan ongelmiin</p></div></div></div>"
        '<div class="navbar" role="navigation"><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"><li class="breadcrumbs">'
        '<span class="crumb"><a href="/index.php">Etusivu</a></span><span class="crumb"><a href="/viewforum.php?f=4">Tietoturva ja huijaukset</a></span></li></ul></div></div>'
        '<div id="page-body" class="page-body" role="main">'
        f'<h2 class="topic-title"><a href="{path}">Norton-tilaus uusittu ja hyvitysnumero?</a></h2>'
        f'{"".join(posts)}</div>'
        '<div id="page-footer" class="page-footer"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited<br>'
        'Suomenkielinen käännös <a href="https://www.phpbbsuomi.com/">phpBB Suomi</a></div>'
        '<p><a href="/ucp.php?mode=privacy">Tietosuojaseloste</a> · <a href="/memberlist.php?mode=contactadmin">Ota yhteyttä</a></p></div></div>'
    )
    return {
        path: (document(spec.lang, f"Norton-tilaus uusittu ja hyvitysnumero? - {spec.name}", body, "", ' id="phpbb" class="nojs notouch section-viewtopic ltr"'), s),
        "/": _home(spec, path, "Norton-tilaus uusittu ja hyvitysnumero?", "Keskustelua tietokoneista ja tietoturvasta vuodesta 2014."),
    }


# --- a Japanese "who called" number lookup page -----------------------------------------


@branded
def ja_bangou_kensaku(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    digits = numbers.national_digits(q)
    path = f"/number/{digits}"
    s = Sheet()
    views = rng.randint(900, 4800)
    g = numbers.groups(q)
    reports = "".join(
        f'<li class="kuchikomi kuchikomi--{cls}"><div class="kuchikomi__head"><span class="kuchikomi__date">{esc(day)}</span> '
        f'<span class="kuchikomi__type">{esc(kind)}</span></div><p>{esc(text)}</p></li>'
        for cls, day, kind, text in (
            ("bad", "2026/02/28", "詐欺", "「Apple IDがロックされた」というサイトに表示されていた番号です。Appleとは無関係でした。"),
            ("bad", "2026/02/27", "迷惑電話", "かけたら遠隔操作アプリを入れるよう言われ、コンビニで電子マネーを買えと指示されました。"),
            ("neutral", "2026/02/25", "不明", "フリーダイヤルですが、事業者名の登録はありません。"),
        )
    )  # fmt: skip
    body = (
        f'<div class="wrap"><header class="gh"><a class="gh__logo" href="/">{esc(spec.name)}</a>'
        '<form class="gh__search" action="/search"><input name="q" placeholder="電話番号を入力（ハイフンなし可）"><button>検索</button></form></header>'
        '<main class="main">'
        f"<h1>{_q(s, q, 'dashed')} はどこの電話番号？</h1>"
        '<table class="numinfo"><tbody>'
        f"<tr><th>電話番号</th><td>{_q(s, q, 'dashed')}</td></tr>"
        f"<tr><th>ハイフンなし</th><td>{_q(s, q, 'compact')}</td></tr>"
        f"<tr><th>国際表記</th><td>{_q_written(s, q, '+81-' + g[0][1:] + '-' + g[1] + '-' + g[2])}</td></tr>"
        "<tr><th>種別</th><td>フリーダイヤル（着信課金）</td></tr>"
        f"<tr><th>アクセス数</th><td>{views}</td></tr>"
        '<tr><th>評価</th><td class="numinfo__bad">危険（口コミ 3 件）</td></tr></tbody></table>'
        '<p class="note">Apple のサポートを名乗る偽サイトに掲載されている番号との報告があります。Apple の正規窓口は公式サイトでご確認ください。</p>'
        f'<h2>{_q(s, q, "dashed")} の口コミ</h2><ul class="kuchikomi-list">{reports}</ul>'
        '<form class="post" action="/post" method="post"><textarea name="body" placeholder="この番号についての情報を書き込む"></textarea><button>投稿する</button></form></main>'
        '<footer class="gf"><a href="/kiyaku">利用規約</a> · <a href="/privacy">プライバシーポリシー</a> · <a href="/contact">お問い合わせ</a></footer></div>'
    )
    home_s = Sheet()
    home = (
        f'<header class="gh"><a class="gh__logo" href="/">{esc(spec.name)}</a></header>'
        "<main><h1>知らない番号から着信？ 電話番号を検索</h1><p>口コミで迷惑電話や詐欺の番号を調べられます。</p>"
        f'<h2>最近検索された番号</h2><ul><li><a href="{path}">{_q(home_s, q, "dashed")}</a> 危険</li></ul></main>'
    )
    return {
        path: (document(spec.lang, f"{numbers.write(q, 'dashed')}はどこの番号？口コミ・評判 | {spec.name}", body), s),
        "/": (document(spec.lang, f"{spec.name} – 電話番号検索", home), home_s),
    }


# --- a Flemish police zone's warning on Drupal ------------------------------------------


@branded
def vl_politie_waarschuwing(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    node = rng.randint(2000, 4999)
    path = "/nieuws/opgelet-valse-printerhulp-aan-de-telefoon"
    body = (
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        '<header role="banner" class="header"><div class="region region-header">'
        f'<a href="/" rel="home" class="site-logo"><img src="/themes/custom/politie/logo.svg" alt="{esc(spec.name)}"></a>'
        '<nav role="navigation" aria-labelledby="block-hoofdnavigatie-menu" class="block block-menu navigation menu--main"><ul class="menu">'
        '<li class="menu-item"><a href="/nieuws">Nieuws</a></li><li class="menu-item"><a href="/aangifte">Aangifte doen</a></li>'
        '<li class="menu-item"><a href="/contact">Contact</a></li></ul></nav></div></header>'
        '<main role="main"><div class="region region-content">'
        f'<article data-history-node-id="{node}" role="article" class="node node--type-news node--view-mode-full">'
        '<h1 class="page-title"><span class="field field--name-title">Opgelet: valse printerhulp aan de telefoon</span></h1>'
        '<div class="node__meta">Gepubliceerd op 27 februari 2026</div>'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
        "<p>De voorbije weken kregen we verschillende meldingen van inwoners uit Aalst, Lede en Erpe-Mere die hulp zochten "
        "bij het installeren van hun HP-printer. Via een zoekmachine kwamen ze op een website die zich voordoet als "
        "officiële installatiedienst. Bij het downloaden van de driver verschijnt een foutmelding met de vraag om te bellen.</p>"
        f"<p>Het nummer {_q(s, q, 'national')} (of {_q(s, q, 'intl')}) brengt u niet bij HP, maar bij oplichters. Ze laten u "
        "een programma voor overname op afstand installeren en vragen daarna tot 300 euro voor een ‘licentie’, of ze "
        "proberen in te loggen op uw bankrekening.</p>"
        "<h2>Wat doet u best?</h2><ul><li>Download drivers alleen via de website van de fabrikant zelf.</li>"
        "<li>Geef nooit iemand toegang tot uw computer die u niet zelf kent.</li>"
        "<li>Hebt u betaald of uw bankgegevens gegeven? Bel meteen Card Stop op 078 170 170 en doe aangifte bij de politie.</li>"
        "<li>Verdachte websites kunt u melden via meldpunt.belgie.be.</li></ul>"
        "</div></article></div></main>"
        f'<footer role="contentinfo" class="footer"><p>{esc(spec.name)} · Aalst · Lede · Erpe-Mere</p>'
        '<p><a href="/privacyverklaring">Privacyverklaring</a> · <a href="/toegankelijkheid">Toegankelijkheid</a></p></footer></div>'
    )
    head = '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
    return {
        path: (document(spec.lang, f"Opgelet: valse printerhulp aan de telefoon | {spec.name}", body, head, ' class="path-node page-node-type-news"'), s),
        "/": _home(spec, path, "Opgelet: valse printerhulp aan de telefoon", "Nieuws en preventietips van uw lokale politie."),
    }


# --- a Utrecht IT management firm on Umbraco --------------------------------------------


@branded
def nl_umbraco_itbeheer(spec: Spec, rng: Random) -> Drafts:
    own, hp, apple, google = spec.phones
    s = Sheet()
    shown = s.num(own, "spaced_dash")  # 030 - 271 88 45

    def item(inner: str, alias: str) -> str:
        key = _hex(rng, 8) + "-" + _hex(rng, 4) + "-" + _hex(rng, 4) + "-" + _hex(rng, 4) + "-" + _hex(rng, 12)
        return (
            f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="{alias}" data-content-element-type-key="{key}" '
            f'data-element-udi="umb://element/{key.replace("-", "")}" data-col-span="12" data-row-span="1" style="--umb-block-grid--item-column-span:12;--umb-block-grid--item-row-span:1;">'
            f"{inner}</div>"
        )

    vendors = "".join(
        f"<tr><td>{esc(a)}</td><td>{s.tel(n, s.num(n, 'national'))}</td><td>{esc(c)}</td></tr>"
        for a, n, c in (
            ("HP Nederland", hp, "garantie en reparatie van HP-laptops en -printers"),
            ("Apple Support Nederland", apple, "AppleCare en Apple ID-problemen van zakelijke iPhones"),
            ("Google Nederland", google, "vragen over Google Workspace-facturatie"),
        )
    )
    head = (
        f'<link rel="stylesheet" href="/css/site.min.css?v={_hex(rng, 10)}">\n'
        f'<link rel="icon" href="/media/{_letters(rng)}/favicon.png?rmode=max&amp;width=32">\n'
    )
    body = (
        '<header class="site-header"><div class="container">'
        f'<a class="site-header__logo" href="/"><img src="/media/{_letters(rng)}/delta-it-logo.svg?rmode=max&amp;width=180" alt="{esc(spec.name)}"></a>'
        '<nav class="site-nav"><a href="/diensten/">Diensten</a><a href="/over-ons/">Over ons</a><a href="/contact/">Contact</a></nav>'
        f'<span class="site-header__tel">{s.tel(own, shown)}</span></div></header>'
        '<main><div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns:12;"><div class="umb-block-grid__layout-container">'
        + item(
            "<h1>IT-beheer voor het mkb in Utrecht en omgeving</h1>"
            "<p>Sinds 2011 beheren wij de werkplekken, netwerken en Microsoft 365-omgevingen van advocatenkantoren, "
            "fysiotherapiepraktijken en installatiebedrijven. Eén vast aanspreekpunt, een vaste prijs per werkplek.</p>"
            f"<p>Servicedesk: {shown} · ma–vr 8.00–17.30 · servicedesk@delta-itbeheer.nl</p>",
            "heroBlock",
        )
        + item(
            "<h2>Leveranciers rechtstreeks bellen</h2><p>Met een beheercontract belt u eerst ons. Moet de leverancier "
            "erbij, dan zijn dit hun officiële nummers. Een nummer uit een pop-up of een onverwachte mail belt u nooit.</p>"
            f'<table class="vendor-table"><thead><tr><th>Leverancier</th><th>Telefoon</th><th>Waarvoor</th></tr></thead><tbody>{vendors}</tbody></table>',
            "richTextBlock",
        )
        + item(
            "<h2>Hulp op afstand</h2><p>Onze medewerkers maken alleen verbinding nadat u een melding hebt gedaan en zelf "
            "de code uit ons supportprogramma voorleest. Wij bellen nooit ongevraagd over virussen of licenties.</p>",
            "richTextBlock",
        )
        + "</div></div></main>"
        '<footer class="site-footer"><div class="container"><p>Delta IT-beheer B.V. · Europalaan 28, 3526 KS Utrecht · '
        f"KvK {rng.randint(30000000, 39999999)}</p>"
        '<p><a href="/privacy/">Privacyverklaring</a> · <a href="/algemene-voorwaarden/">Algemene voorwaarden</a></p></div></footer>'
        '<script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.min.js" defer></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} | IT-beheer voor het mkb in Utrecht", body, head), s)}


def _letters(rng: Random, n: int = 8) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


# --- a Cork bike shop on Wix with tawk.to chat ------------------------------------------


@branded
def ie_wix_bikeshop(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    brackets = f"({g[0]}) {g[1]} {g[2]}"
    s.hidden(own)
    plain = s.num(own, "national")  # 021 427 5530
    meta_site = _hex(rng, 8) + "-" + _hex(rng, 4) + "-" + _hex(rng, 4) + "-" + _hex(rng, 4) + "-" + _hex(rng, 12)

    def comp(inner: str, kind: str = "richTextElement") -> str:
        cid = "comp-" + _letters(rng, 8)
        return (
            f'<div id="{cid}" class="{_letters(rng, 6)} wixui-rich-text" data-testid="{kind}">'
            f"{inner}</div>"
        )

    def text(tag: str, inner: str, font: str = "font_8") -> str:
        return f'<{tag} class="{font} wixui-rich-text__text">{inner}</{tag}>'

    services = "".join(
        text("li", f"{esc(a)} – {esc(b)}")
        for a, b in (
            ("Standard service", "€65, gears and brakes adjusted, safety check"),
            ("E-bike diagnostic", "€40, Bosch and Shimano Steps systems"),
            ("Puncture while you wait", "€15 plus tube"),
        )
    )
    head = (
        '<meta name="generator" content="Wix.com Website Builder">\n'
        f'<meta http-equiv="X-Wix-Meta-Site-Id" content="{meta_site}">\n'
        f'<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.{_hex(rng, 8)}.bundle.min.js" as="script">\n'
    )
    body = (
        '<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">'
        '<div id="masterPage" class="mesh-layout masterPage css-editing-scope">'
        '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">'
        + comp(text("h2", f'<a href="/">{esc(spec.name)}</a>', "font_2"))
        + '<nav id="comp-nav" aria-label="Site" class="wixui-dropdown-menu"><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li>'
        '<li><a href="/workshop">Workshop</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
        + comp(text("p", f'<a href="tel:{own}">{esc(brackets)}</a>'))
        + "</div></div></header>"
        '<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="page-root">'
        + comp(text("h1", "Bikes, e-bikes and repairs in the heart of Cork", "font_0"))
        + comp(
            text(
                "p",
                "Family-run since 2017 on MacCurtain Street. We sell city, gravel and electric bikes, and our workshop "
                "turns most services around in two days. Book online or just drop in.",
            )
        )
        + comp(text("h2", "Workshop prices", "font_4") + f"<ul>{services}</ul>")
        + comp(
            text(
                "p",
                f"Questions about a bike or a repair? Chat with us using the bubble below, or call {plain}, "
                "Tuesday to Saturday 9:30–18:00.",
            )
        )
        + comp(text("p", "14 MacCurtain Street, Cork T23 X2P8 · hello@corkcyclehub.ie"))
        + "</div></div></main>"
        '<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1">'
        + comp(text("p", f"© 2026 {esc(spec.name)}. Proudly created with Wix.com", "font_9"))
        + "</footer></div></div></div></div>"
        + tawk(f"{_hex(rng, 24)}/1h{_letters(rng, 7)}")
    )
    return {"/": (document(spec.lang, f"{spec.name} | Bike Shop & Workshop Cork", body, head), s)}


# --- a Dayton computer repair shop on GoDaddy Website Builder ---------------------------


@branded
def us_godaddy_pc_repair(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    paren = s.num(own, "us_paren")  # (937) 432-8810
    c = 0

    def el(tag: str, ux: str, inner: str, aid: str = "") -> str:
        nonlocal c
        c += 1
        cls = " ".join(f"c1-{_letters(rng, 2)}" for _ in range(4))
        data_aid = f' data-aid="{aid}"' if aid else ""
        return f'<{tag} data-ux="{ux}"{data_aid} class="x-el x-el-{tag} {cls}">{inner}</{tag}>'

    head = (
        '<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">\n'
        f'<link rel="stylesheet" href="//img1.wsimg.com/blobby/go/{_hex(rng, 8)}-{_hex(rng, 4)}/gpub/{_hex(rng, 16)}/styles.css">\n'
    )
    body = (
        '<div id="layout-' + _hex(rng, 8) + '" class="layout layout-layout layout-layout-layout-25 locale-en-US lang-en">'
        + el(
            "header",
            "Header",
            el("div", "Block", el("a", "Link", esc(spec.name), "HEADER_LOGO_TEXT_RENDERED"))
            + el("p", "Phone", s.tel(own, paren), "HEADER_PHONE_RENDERED"),
        )
        + el(
            "section",
            "Section",
            el("h1", "Heading", "Honest computer repair in Dayton since 2004", "HEADER_TAGLINE_RENDERED")
            + el(
                "p",
                "Text",
                "Laptops, desktops and Macs repaired on Brown Street by the same two technicians for over twenty years. "
                "Free diagnosis, flat-rate pricing and no upselling. Windows reinstalls, SSD upgrades, data recovery and "
                "virus cleanup.",
                "ABOUT_DESCRIPTION_RENDERED",
            ),
        )
        + el(
            "section",
            "Section",
            el("h2", "SectionHeading", "Remote help for existing customers", "REMOTE_HEADING")
            + el(
                "p",
                "Text",
                f"Call us first at {paren} so we can open a ticket. Then download the tool your technician asks for and read "
                "us the ID it shows – you can watch everything we do and end the session at any time.",
            )
            + el(
                "p",
                "Text",
                '<a href="https://download.anydesk.com/AnyDesk.exe">Download AnyDesk (Windows)</a> · '
                '<a href="https://download.teamviewer.com/download/TeamViewerQS.exe">Download TeamViewer QuickSupport</a>',
                "REMOTE_LINKS",
            )
            + el(
                "p",
                "Text",
                "We will never call you out of the blue about a virus, and we never ask for payment in gift cards.",
            ),
        )
        + el(
            "section",
            "Section",
            el("h2", "SectionHeading", "Visit us", "CONTACT_HEADING")
            + el("p", "Text", "1420 Brown Street, Dayton, OH 45409 · Mon–Fri 10am–6pm, Sat 10am–2pm", "CONTACT_ADDRESS_RENDERED"),
        )
        + el("footer", "Footer", el("p", "FooterText", f"Copyright © 2004–2026 {esc(spec.name)} LLC – All Rights Reserved.", "FOOTER_COPYRIGHT_RENDERED"))
        + "</div>"
        f'<script src="//img1.wsimg.com/blobby/go/{_hex(rng, 8)}/gpub/{_hex(rng, 16)}/script.js" crossorigin></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Computer Repair Dayton, OH", body, head), s)}


# --- a Namur public library's digital help desk on a municipal Plone site ---------------


@branded
def befr_bibliotheque_epn(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    local = s.num(own, "national")  # 081 24 67 10
    g = numbers.groups(own)
    slash = f"{g[0]}/{g[1]}.{g[2]}.{g[3]}"
    s.hidden(own)
    uid = _hex(rng, 32)
    sessions = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
        for a, b, c in (
            ("Mardi 10 mars, 14h", "Bibliothèque de Jambes", "Mon smartphone au quotidien"),
            ("Jeudi 12 mars, 9h30", "Bibliothèque centrale", "Itsme et les services en ligne"),
            ("Mardi 17 mars, 14h", "Bibliothèque de Jambes", "Reconnaître les arnaques par e-mail et par téléphone"),
        )
    )
    head = (
        '<meta name="generator" content="Plone - http://plone.com">\n'
        '<link rel="stylesheet" href="/++plone++production/++unique++2024-01-18T10:12:44.331215/default.css" data-bundle="production">\n'
        '<link rel="stylesheet" href="/++theme++imio.smartweb.common/css/theme.min.css">\n'
    )
    body = (
        '<div class="outer-wrapper"><header id="content-header"><div class="container"><div id="portal-header">'
        f'<a id="portal-logo" title="{esc(spec.name)}" href="/"><img src="/logo.png" alt="{esc(spec.name)}"></a>'
        '<nav class="plone-navbar" id="portal-globalnav-wrapper"><ul id="portal-globalnav">'
        '<li class="index_html"><a href="/">Accueil</a></li><li class="catalogue"><a href="/catalogue">Catalogue</a></li>'
        '<li class="epn selected"><a href="/epn">Espace public numérique</a></li><li class="contact"><a href="/contact">Contact</a></li></ul></nav></div></div></header>'
        '<div id="portal-columns" class="container"><div id="portal-column-content"><article id="content">'
        '<header><h1 class="documentFirstHeading">Espace public numérique : de l’aide pour vos questions informatiques</h1>'
        '<div class="documentDescription description">Un accompagnement gratuit, sur place, pour les adultes et les aînés.</div></header>'
        f'<div id="parent-fieldname-text" class="" data-uid="{uid}">'
        "<p>Vous avez reçu une tablette, vous voulez apprendre à envoyer des photos ou remplir un formulaire en ligne ? "
        "Les animatrices de l’espace public numérique vous accueillent dans nos bibliothèques, avec votre propre appareil "
        "ou sur nos ordinateurs.</p>"
        f'<h2>Prochaines séances</h2><table class="listing"><thead><tr><th>Quand</th><th>Où</th><th>Thème</th></tr></thead><tbody>{sessions}</tbody></table>'
        "<p>Les séances sont gratuites, sur inscription. Nos animatrices ne se connectent jamais à distance sur votre "
        "ordinateur et ne vous téléphonent jamais sans que vous l’ayez demandé.</p>"
        f"<p>Inscriptions et renseignements : <strong>{local}</strong> (du mardi au vendredi, 9h–12h) ou epn@bibliotheques-namur-epn.be</p>"
        f"<p class=\"discreet\">Secrétariat : {esc(slash)}</p>"
        "</div></article></div></div>"
        '<footer id="portal-footer-wrapper"><div class="container"><p>Réseau des bibliothèques de Namur · Place Léopold 5, 5000 Namur</p>'
        '<p>Site réalisé avec <a href="https://www.imio.be">iMio</a> et <a href="https://plone.org">Plone</a></p></div></footer></div>'
    )
    return {"/": (document(spec.lang, f"Espace public numérique — {spec.name}", body, head, ' class="frontend icons-on portaltype-document section-epn site-bibliotheques template-document_view thumbs-on userrole-anonymous"'), s)}


TEMPLATES = {
    "at_bezirk_zeitung": with_contact("/kontakt/", at_bezirk_zeitung),
    "fi_phpbb_norton_ketju": with_contact("/memberlist.php?mode=contactadmin", fi_phpbb_norton_ketju),
    "ja_bangou_kensaku": with_contact("/contact", ja_bangou_kensaku),
    "vl_politie_waarschuwing": with_contact("/contact", vl_politie_waarschuwing),
    "nl_umbraco_itbeheer": with_contact("/contact/", nl_umbraco_itbeheer),
    "ie_wix_bikeshop": with_contact("/contact", ie_wix_bikeshop),
    "us_godaddy_pc_repair": with_contact("/contact-us", us_godaddy_pc_repair),
    "befr_bibliotheque_epn": with_contact("/contact", befr_bibliotheque_epn),
}
