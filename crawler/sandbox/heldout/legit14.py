"""Fourteenth batch of held-out honest templates: page shells no earlier batch uses.

b14_au_newspack_article (a New South Wales regional paper's article on WordPress Newspack
about the McAfee refund email, quoting the campaign's number), b14_nl_discourse_kpn_topic (a
Dutch internet-users' Discourse forum topic about the fake KPN storingsdienst, quoting its
number), b14_ch_nummer_check (a Swiss "who called me" number lookup page for the fake Canon
printer line), b14_ja_joruri_shohi_keikoku (a Japanese municipal consumer centre's warning
on the Joruri CMS about the fake Windows warning, quoting its number),
b14_de_typo3_systemhaus (a Leipzig IT partner on TYPO3 with its own number and HP's and
Apple's genuine German lines), b14_fr_prestashop_encre (a Rennes ink and toner webshop on
PrestaShop's classic theme with a Smartsupp chat and its phone), b14_fi_joomla_tietokonehuolto
(a Jyväskylä computer repair shop since 1996 on Joomla with AnyDesk and RustDesk downloads)
and b14_uk_localgov_digital_help (a West Yorkshire library service's "digital help" page on
LocalGov Drupal).
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
from crawler.sandbox.heldout.widgets import smartsupp


def _q(s: Sheet, e164: str, style: str = "national") -> str:
    return s.num(e164, style, offered=False)


def _q_written(s: Sheet, e164: str, text: str) -> str:
    s.hidden(e164, offered=False)
    return esc(text)


def _written(s: Sheet, e164: str, text: str) -> str:
    s.hidden(e164)
    return esc(text)


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _home(spec: Spec, link: str, label: str, blurb: str) -> tuple[str, Sheet]:
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>{esc(blurb)}</p><p><a href="{esc(link)}">{esc(label)}</a></p></main>'
    )
    return document(spec.lang, spec.name, body), Sheet()


# --- a NSW regional paper's article on WordPress Newspack -------------------------------


@branded
def b14_au_newspack_article(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    post = rng.randint(40000, 49999)
    path = "/2026/02/27/mcafee-renewal-email-scam-costs-nowra-couple-4800/"
    headline = "McAfee ‘renewal’ email scam costs Nowra couple $4800"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": "2026-02-27T05:00:00+11:00",
        "author": {"@type": "Person", "name": "Kirsty Doyle"},
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        "<link rel='stylesheet' id='newspack-theme-style-css' href='/wp-content/themes/newspack-theme/style.css?ver=2.1.0' media='all'>\n"
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    body = (
        '<div id="page" class="site"><header id="masthead" class="site-header hide-header-search">'
        f'<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(spec.name)}</a></p></div>'
        '<nav class="main-navigation nav1"><ul id="menu-primary" class="main-menu"><li><a href="/category/news/">News</a></li>'
        '<li><a href="/category/sport/">Sport</a></li><li><a href="/category/community/">Community</a></li></ul></nav></div></div></header>'
        f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-{post}" class="post-{post} post type-post status-publish format-standard category-news entry">'
        '<header class="entry-header"><span class="cat-links"><a href="/category/news/">News</a></span>'
        f'<h1 class="entry-title">{esc(headline)}</h1>'
        '<div class="entry-subhead"><div class="entry-meta"><span class="byline">By <a href="/author/kdoyle/">Kirsty Doyle</a></span>'
        '<span class="posted-on"><time class="entry-date published" datetime="2026-02-27T05:00:00+11:00">February 27, 2026</time></span></div></div></header>'
        '<div class="entry-content">'
        "<p>A retired Nowra couple lost $4800 after ringing a number in an email that claimed their McAfee antivirus "
        "plan had renewed for $549.99 and offered a refund.</p>"
        f"<p>The email told them to call {_q(s, q)} to cancel. The man who answered asked them to install a remote "
        "access program so he could “process the refund”, then claimed he had accidentally sent them $5000 instead of "
        "$549.99 and asked them to transfer the difference back.</p>"
        "<p>“It all looked official, there was an invoice number and the logo,” the husband said. “He was very polite "
        "until we hesitated.”</p>"
        "<p>Shoalhaven police said the refund script is one of the most common remote access scams reported in the "
        "region. Legitimate companies will never ask you to log in to your bank while they are connected to your "
        "computer.</p>"
        f"<p>Anyone who has called {_q_written(s, q, numbers.national_digits(q))} or a similar number should contact "
        "their bank straight away and report it to ReportCyber and Scamwatch.</p>"
        "</div></article></main></div></div>"
        '<footer id="colophon" class="site-footer"><div class="wrapper site-info">'
        f'<a href="/about/">About</a> · <a href="/contact/">Contact</a> · <span>© 2026 {esc(spec.name)}</span>'
        '<span class="imprint">Proudly powered by Newspack by Automattic</span></div></footer></div>'
    )
    return {
        path: (document(spec.lang, f"{headline} | {spec.name}", body, head, ' class="post-template-default single single-post single-format-standard h-nsub h-db h-sub single-featured-image-default"'), s),
        "/": _home(spec, path, headline, "News from the Shoalhaven and the South Coast."),
    }


# --- a Dutch internet-users' Discourse forum topic --------------------------------------


@branded
def b14_nl_discourse_kpn_topic(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    topic = rng.randint(18000, 19999)
    slug = "nep-kpn-storingsdienst-085-nummer-belt-terug"
    path = f"/t/{slug}/{topic}"
    posts = []
    for i, (who, when, text) in enumerate(
        (
            ("hans_v", "2026-02-22T18:41:00Z",
             "Bij het zoeken naar ‘KPN storing’ kwam ik op een site met een 085-nummer uit. Die man wilde meteen "
             f"TeamViewer op mijn laptop. Het nummer was {_q(s, q, 'trunk_dash')}. Is dat echt KPN?"),
            ("Marloes_KPNfan", "2026-02-22T19:05:00Z",
             "Nee, dat is niet van KPN. KPN laat je nooit software installeren voor een storing en vraagt ook geen "
             "betaling per telefoon. Storingen meld je in de app of via de gewone klantenservice."),
            ("pietjepuk", "2026-02-23T07:12:00Z",
             f"Hier ook: {_q(s, q, 'pairs')} gebeld door mijn moeder, 149 euro ‘voorrijkosten op afstand’. Gemeld bij de "
             "Fraudehelpdesk en de bank heeft de betaling kunnen tegenhouden."),
        )
    ):  # fmt: skip
        pid = topic * 10 + i
        posts.append(
            f'<div itemprop="comment" itemscope itemtype="http://schema.org/Comment" id="post_{i + 1}" class="topic-body crawler-post">'
            f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<a itemprop="url" href="/u/{esc(who)}"><span itemprop="name">{esc(who)}</span></a></span>'
            f'<span class="crawler-post-infos"><time itemprop="datePublished" datetime="{when}" class="post-time">{when[:10]}</time>'
            f'<meta itemprop="position" content="{i + 1}"></span></div>'
            f'<div class="post" itemprop="text" data-post-id="{pid}"><p>{text}</p></div>'
            f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/>'
            f'<meta itemprop="userInteractionCount" content="{rng.randint(0, 14)}" /></div></div>'
        )
    head = (
        '<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 3.2.0">\n'
        f'<link href="/stylesheets/desktop_{_hex(rng, 40)}.css?__ws=forum" media="all" rel="stylesheet" data-target="desktop">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<header class="d-header"><div class="wrap"><div class="contents"><div class="title">'
        f'<a href="/"><img src="/uploads/default/original/1X/{_hex(rng, 40)}.png" alt="{esc(spec.name)}" id="site-logo"></a></div></div></div></header>'
        '<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>'
        f'<a href="{path}">Nep KPN storingsdienst met 085-nummer?</a></h1>'
        '<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement">'
        '<a href="/c/oplichting-en-phishing/9" class="badge-wrapper bullet" itemprop="item"><span itemprop="name">Oplichting en phishing</span></a></span></div></div>'
        f'<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="Nep KPN storingsdienst met 085-nummer?">{"".join(posts)}</div>'
        "</div>"
        '<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement">'
        '<a href="/">Home</a> <a href="/categories">Categorieën</a> <a href="/guidelines">FAQ/Richtlijnen</a> '
        '<a href="/tos">Gebruiksvoorwaarden</a> <a href="/privacy">Privacybeleid</a></nav></footer>'
        '<p class="powered-by-link">Mogelijk gemaakt door <a href="https://www.discourse.org">Discourse</a>, werkt het best met JavaScript ingeschakeld</p>'
    )
    return {
        path: (document(spec.lang, f"Nep KPN storingsdienst met 085-nummer? - Oplichting en phishing - {spec.name}", body, head, ' class="crawler"'), s),
        "/": _home(spec, path, "Nep KPN storingsdienst met 085-nummer?", "Het forum voor vragen over internet, glasvezel en telefonie."),
    }


# --- a Swiss "who called me" number lookup page -----------------------------------------


@branded
def b14_ch_nummer_check(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    compact = numbers.national_digits(q)
    path = f"/nummer/{compact}"
    plain = _q(s, q)
    intl = _q(s, q, "intl")
    views = rng.randint(900, 2900)
    comments = "".join(
        f'<li class="comment"><div class="c-head"><b>{esc(who)}</b> · {esc(when)} · <span class="rating rating-{r}">{esc(lbl)}</span></div><p>{esc(t)}</p></li>'
        for who, when, r, lbl, t in (
            ("Urs, Winterthur", "24.02.2026", "bad", "Betrug",
             "Steht auf einer Seite ‹Canon Drucker Hilfe›. Der Herr wollte per Fernwartung auf den PC und danach CHF 79 plus ein ‹Jahresabo›."),
            ("anonym", "25.02.2026", "bad", "Betrug",
             "Hat nichts mit Canon zu tun. Canon Schweiz hat eine eigene Supportseite, dort gibt es keine solche Nummer."),
            ("Brigitte", "26.02.2026", "neutral", "Unsicher",
             "Habe angerufen, weil der Drucker offline war. Bin misstrauisch geworden, als ich TeamViewer installieren sollte, und habe aufgelegt."),
        )
    )  # fmt: skip
    body = (
        f'<header class="top"><a href="/" class="logo">{esc(spec.name)}</a>'
        '<form action="/suche" class="search"><input name="q" placeholder="Telefonnummer eingeben"><button>Suchen</button></form></header>'
        '<main class="number-page">'
        f"<h1>Wer ruft an von {plain}?</h1>"
        '<table class="facts"><tbody>'
        f"<tr><th>Nummer</th><td>{plain}</td></tr><tr><th>International</th><td>{intl}</td></tr>"
        "<tr><th>Region</th><td>Zürich (Festnetz)</td></tr>"
        f"<tr><th>Aufrufe</th><td>{views}</td></tr><tr><th>Bewertung</th><td><b>gefährlich</b> (3 Kommentare)</td></tr>"
        "</tbody></table>"
        '<p class="summary">Nutzer melden diese Nummer als angebliche Canon-Druckerhilfe, die Fernwartung und Vorauszahlung verlangt.</p>'
        f'<section class="comments"><h2>Kommentare</h2><ol>{comments}</ol></section>'
        '<p class="hint">Tipp: Supportnummern nur von der offiziellen Website des Herstellers übernehmen, nicht aus Anzeigen.</p>'
        "</main>"
        '<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/kontakt">Kontakt</a></footer>'
    )
    return {
        path: (document(spec.lang, f"{compact} – Wer ruft an? | {spec.name}", body), s),
        "/": _recent(spec, q, path),
    }


def _recent(spec: Spec, q: str, path: str) -> tuple[str, Sheet]:
    """The lookup site's front page: a search box and the most searched number."""
    s = Sheet()
    body = (
        f'<header class="top"><a href="/" class="logo">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        "<p>Unbekannte Nummern aus der Schweiz nachschlagen und bewerten.</p>"
        '<form action="/suche" class="search"><input name="q" placeholder="Telefonnummer eingeben"><button>Suchen</button></form>'
        f'<h2>Häufig gesucht</h2><ul class="recent"><li><a href="{esc(path)}">{_q(s, q)}</a> – gefährlich</li></ul></main>'
    )
    return document(spec.lang, spec.name, body), s


# --- a Japanese municipal consumer centre's warning on Joruri CMS -----------------------


@branded
def b14_ja_joruri_shohi_keikoku(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    doc = rng.randint(4000, 4999)
    path = f"/docs/2026022600{doc}/"
    head = (
        '<meta name="generator" content="Joruri CMS 2020">\n'
        '<link rel="stylesheet" href="/_themes/site/css/common.css" media="all">\n'
    )
    body = (
        '<div id="container"><header id="header"><div id="headerBody"><div id="siteLogo">'
        f'<a href="/"><img src="/_themes/site/images/logo.png" alt="{esc(spec.name)}"></a></div>'
        '<ul id="commonMenu"><li><a href="/sitemap.html">サイトマップ</a></li><li><a href="/contact/">お問い合わせ</a></li><li><a href="/foreign/">Foreign language</a></li></ul></div></header>'
        '<div id="breadCrumbs"><a href="/">トップ</a> &gt; <a href="/shohi/">消費生活</a> &gt; 注意情報</div>'
        '<div id="main"><div id="content"><div class="contentGpArticleDoc">'
        "<h1>パソコンに「ウイルスに感染」と表示され電話をかけさせる手口にご注意ください</h1>"
        '<p class="publishedAt">公開日 2026年02月26日</p>'
        '<div class="body"><div class="text-beginning">'
        "<p>インターネットを閲覧中、突然大きな警告音とともに「Windowsのセキュリティ警告」「PCがブロックされました」と"
        "表示され、画面に書かれた番号に電話をかけさせる相談が市内で相次いでいます。</p>"
        "<h2>相談事例</h2>"
        f"<p>70歳代の男性が、画面に表示された「Windowsサポート窓口 {_q(s, q, 'dashed')}」に電話したところ、"
        "片言の日本語を話す人物から遠隔操作ソフトのインストールを指示され、「修理代」として電子マネー3万円分を"
        "購入させられました。</p>"
        "<h2>アドバイス</h2><ul>"
        "<li>警告画面に表示される電話番号には絶対に電話しないでください。マイクロソフトが警告画面で電話番号を案内することはありません。</li>"
        "<li>画面が閉じられないときは、キーボードの Ctrl + Alt + Delete からブラウザを終了するか、パソコンを再起動してください。</li>"
        "<li>遠隔操作ソフトを入れてしまった場合は、ネットワークから切断し、ソフトを削除してください。</li>"
        "<li>電子マネーを購入させられた場合は、すぐに発行会社と消費生活センターにご相談ください。</li></ul>"
        f"<p>※報告されている番号：{_q_written(s, q, numbers.write(q, 'intl'))}（国外表記）</p>"
        "</div></div>"
        '<div class="inquiry"><h2>お問い合わせ</h2><p>市民生活部 消費生活センター（平日 9時〜16時）</p></div>'
        "</div></div></div>"
        '<footer id="footer"><address>〒000-0000 ' + esc(spec.name) + "</address><p>Copyright © 2026 All rights reserved.</p></footer></div>"
    )
    return {
        path: (document(spec.lang, f"パソコンの偽警告に注意 | {spec.name}", body, head), s),
        "/": _home(spec, path, "パソコンの偽警告に注意", "くらしの安全と消費生活の相談窓口です。"),
    }


# --- a Leipzig IT partner on TYPO3 with the vendors' genuine lines ----------------------


@branded
def b14_de_typo3_systemhaus(spec: Spec, rng: Random) -> Drafts:
    own, hp, apple = spec.phones
    s = Sheet()
    g = numbers.groups(own)
    sub = g[1]
    mine = _written(s, own, f"{g[0]} / {sub[:3]} {sub[3:5]} {sub[5:]}")  # 0341 / 492 93 07
    head = (
        '<meta name="generator" content="TYPO3 CMS">\n'
        f'<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-{_hex(rng, 32)}.css.gz?{rng.randint(1700000000, 1709999999)}" media="all">\n'
    )

    def ce(uid: int, inner: str, ctype: str = "text") -> str:
        return f'<div id="c{uid}" class="frame frame-default frame-type-{ctype} frame-layout-0">{inner}</div>'

    uid = rng.randint(100, 900)
    vendors = (
        '<table class="contenttable"><thead><tr><th>Hersteller</th><th>Support-Hotline</th><th>Hinweis</th></tr></thead><tbody>'
        f'<tr><td>HP (Drucker, Notebooks)</td><td>{s.tel(hp, s.num(hp, "national"))}</td><td>Garantiefälle mit Seriennummer</td></tr>'
        f'<tr><td>Apple (Mac, iPhone, iPad)</td><td>{s.tel(apple, s.num(apple, "split_sub"))}</td><td>kostenfrei aus dem deutschen Netz</td></tr>'
        "</tbody></table>"
    )
    body = (
        '<header class="page-header"><div class="container"><a class="brand" href="/">'
        f'<img src="/fileadmin/templates/img/logo.svg" alt="{esc(spec.name)}"></a>'
        '<nav class="mainnav"><ul><li class="active"><a href="/">Start</a></li><li><a href="/leistungen/">Leistungen</a></li>'
        '<li><a href="/fernwartung/">Fernwartung</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></div></header>'
        '<main class="container"><!--TYPO3SEARCH_begin-->'
        + ce(uid, f"<h1>{esc(spec.name)} – IT-Betreuung für Praxen, Kanzleien und Handwerk in Leipzig</h1>"
             "<p>Seit 2003 betreuen wir rund 140 kleine und mittlere Unternehmen in Leipzig und Umgebung: Netzwerke, "
             "Server, Arbeitsplätze, Datensicherung und Microsoft 365. Als HP Business Partner und Apple-Fachhändler "
             "kümmern wir uns auch um Garantiefälle.</p>")
        + ce(uid + 1, f'<h2>Ihr direkter Draht zu uns</h2><p>Hotline für Vertragskunden: {s.tel(own, mine)} · Mo–Fr 7:30–17:30 Uhr</p>'
             "<p>Fernwartung nur nach telefonischer Absprache mit Ihrem Ansprechpartner.</p>")
        + ce(uid + 2, "<h2>Hersteller-Hotlines</h2><p>Für Garantie- und Reparaturfälle, die Sie selbst melden möchten, "
             "finden Sie hier die offiziellen Rufnummern der Hersteller. Bei Vertragskunden übernehmen wir das gern für Sie.</p>"
             + vendors, "table")
        + ce(uid + 3, '<p class="warning"><strong>Achtung:</strong> Wir rufen Sie nie unaufgefordert an, um „Viren zu entfernen“. '
             "Angebliche Hersteller-Hotlines aus Suchmaschinen-Anzeigen sind häufig Betrug.</p>")
        + "<!--TYPO3SEARCH_end--></main>"
        '<footer class="page-footer"><div class="container">'
        f"<p>{esc(spec.name)} GmbH · Karl-Heine-Straße 88 · 04229 Leipzig · Tel. {mine}</p>"
        '<p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/agb/">AGB</a></p></div></footer>'
        f'<script src="/typo3temp/assets/compressed/merged-{_hex(rng, 32)}.js.gz?{rng.randint(1700000000, 1709999999)}"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – IT-Service Leipzig", body, head), s)}


# --- a Rennes ink and toner webshop on PrestaShop's classic theme -----------------------


@branded
def b14_fr_prestashop_encre(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 02 99 31 64 18
    head = (
        '<meta name="generator" content="PrestaShop">\n'
        f'<link rel="stylesheet" href="/themes/classic/assets/cache/theme-{_hex(rng, 6)}.css" type="text/css" media="all">\n'
        '<script type="text/javascript">var prestashop = {"currency":{"iso_code":"EUR","sign":"\\u20ac"},"language":{"iso_code":"fr","locale":"fr-FR"},"page":{"page_name":"index"}};</script>\n'
    )
    products = "".join(
        f'<div class="js-product product col-xs-12 col-sm-6 col-lg-4 col-xl-3"><article class="product-miniature js-product-miniature" data-id-product="{rng.randint(100, 999)}">'
        f'<div class="thumbnail-container"><a href="/encre/{rng.randint(100, 999)}-{slug}.html" class="thumbnail product-thumbnail">'
        f'<img src="/{rng.randint(1000, 9999)}-home_default/{slug}.jpg" alt="{esc(name)}" loading="lazy"></a>'
        f'<div class="product-description"><h3 class="h3 product-title"><a href="#">{esc(name)}</a></h3>'
        f'<div class="product-price-and-shipping"><span class="price" aria-label="Prix">{price}</span></div></div></div></article></div>'
        for slug, name, price in (
            ("hp-304-xl-noir", "Cartouche HP 304 XL noir", "26,90 €"),
            ("canon-pg-545-xl", "Cartouche Canon PG-545 XL noir", "24,50 €"),
            ("epson-603-multipack", "Pack Epson 603 Étoile de mer 4 couleurs", "34,90 €"),
            ("toner-compatible-tn2420", "Toner compatible TN-2420 (3000 pages)", "19,90 €"),
        )
    )
    body = (
        '<main><header id="header"><nav class="header-nav"><div class="container"><div class="row">'
        f'<div class="col-md-5 col-xs-12"><div id="_desktop_contact_link"><div id="contact-link">Appelez-nous : <span>{plain}</span></div></div></div>'
        '<div class="col-md-7 right-nav"><div id="_desktop_user_info"><a href="/connexion" rel="nofollow">Connexion</a></div>'
        '<div id="_desktop_cart"><div class="blockcart cart-preview inactive"><span class="cart-products-count">(0)</span></div></div></div></div></div></nav>'
        '<div class="header-top"><div class="container"><div class="row"><div class="col-md-2 hidden-sm-down" id="_desktop_logo">'
        f'<h1><a href="/"><img class="logo img-fluid" src="/img/logo-{rng.randint(1600000000, 1699999999)}.jpg" alt="{esc(spec.name)}"></a></h1></div>'
        '<div class="header-top-right col-md-10 col-sm-12 position-static"><div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu">'
        '<ul class="top-menu" id="top-menu"><li class="category"><a href="/3-encre">Cartouches d’encre</a></li><li class="category"><a href="/4-toner">Toners</a></li>'
        '<li class="category"><a href="/5-papier">Papier</a></li></ul></div></div></div></div></div></header>'
        '<section id="wrapper"><div class="container"><div id="content-wrapper"><section id="main"><section id="content" class="page-home">'
        '<div id="custom-text"><h2>Encre et toner à Rennes depuis 2008</h2><p>Cartouches d’origine et compatibles pour imprimantes HP, '
        "Canon, Epson et Brother. Retrait gratuit en boutique rue de Saint-Malo, livraison en 48 h partout en France.</p>"
        "<p>Vous ne trouvez pas la bonne référence ? Envoyez-nous le modèle de votre imprimante par le chat ou appelez la "
        f"boutique au <strong>{plain}</strong> (mardi–samedi, 10h–19h).</p></div>"
        f'<section class="featured-products clearfix"><h2 class="h2 products-section-title text-uppercase">Meilleures ventes</h2><div class="products row">{products}</div></section>'
        "</section></section></div></div></section>"
        '<footer id="footer"><div class="footer-container"><div class="container"><div class="row">'
        '<div class="block-contact col-md-3 links wrapper"><p class="h4 text-uppercase block-contact-title">Informations</p>'
        f"{esc(spec.name)}<br>24 rue de Saint-Malo<br>35000 Rennes<br>Tél. : {s.tel(own, plain, national=True)}<br>Courriel : boutique@encre-toner-rennes.fr</div>"
        '<div class="col-md-6 links"><ul><li><a href="/content/1-livraison">Livraison</a></li><li><a href="/content/2-mentions-legales">Mentions légales</a></li>'
        '<li><a href="/content/3-conditions-generales-de-vente">CGV</a></li><li><a href="/nous-contacter">Contactez-nous</a></li></ul></div></div>'
        '<p class="text-sm-center">© 2026 - Boutique en ligne créée avec PrestaShop™</p></div></div></footer></main>'
        + smartsupp(_hex(rng, 40))
        + '<script type="text/javascript" src="/themes/classic/assets/cache/bottom-' + _hex(rng, 6) + '.js"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – cartouches d’encre et toners à Rennes", body, head, ' id="index" class="lang-fr country-fr currency-eur layout-full-width page-index tax-display-enabled"'), s)}


# --- a Jyväskylä computer repair shop since 1996 on Joomla ------------------------------


@branded
def b14_fi_joomla_tietokonehuolto(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "split_sub")  # 014 337 2150
    head = (
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        '<link href="/templates/protostar/css/template.css?' + _hex(rng, 32) + '" rel="stylesheet">\n'
        '<script src="/media/jui/js/jquery.min.js?' + _hex(rng, 32) + '"></script>\n'
    )
    prices = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>"
        for a, b in (
            ("Vianmääritys liikkeessä", "29 €"),
            ("Windowsin uudelleenasennus ja tietojen siirto", "89 €"),
            ("Etätuki (alkava 15 min)", "19 €"),
            ("Näytön vaihto kannettavaan", "alk. 120 € + osat"),
        )
    )
    body = (
        '<div class="body" id="top"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix">'
        f'<a class="brand pull-left" href="/"><span class="site-title" title="{esc(spec.name)}">{esc(spec.name)}</span></a>'
        f'<div class="header-search pull-right"><div class="custom"><p>Puh. {s.tel(own, plain)}</p></div></div></div></header>'
        '<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101 default current active"><a href="/">Etusivu</a></li>'
        '<li class="item-102"><a href="/index.php/hinnasto">Hinnasto</a></li><li class="item-103"><a href="/index.php/etatuki">Etätuki</a></li>'
        '<li class="item-104"><a href="/index.php/tuki-ja-yhteystiedot">Tuki ja yhteystiedot</a></li></ul></nav>'
        '<div class="row-fluid"><main id="content" role="main" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article">'
        f"<div class=\"page-header\"><h1 itemprop=\"headline\">{esc(spec.name)} – tietokonekorjaamo Jyväskylän keskustassa vuodesta 1996</h1></div>"
        '<div itemprop="articleBody">'
        "<p>Korjaamme pöytäkoneet ja kannettavat merkistä riippumatta. Liike sijaitsee Kauppakadulla, ja samalla "
        "tiskillä on palveltu jyväskyläläisiä jo lähes kolmekymmentä vuotta.</p>"
        f"<table class=\"table table-striped\"><caption>Hinnasto 2026 (sis. alv 25,5 %)</caption>{prices}</table>"
        "<h2>Etätuki</h2><p>Sovi etätukiaika ensin puhelimessa. Lataa sen jälkeen alla oleva ohjelma ja kerro "
        "näkyvä tunnus korjaajalle. Emme koskaan ota yhteyttä pyytämättä.</p><ul>"
        '<li><a href="/images/etatuki/AnyDesk.exe">AnyDesk (Windows)</a></li>'
        '<li><a href="/images/etatuki/rustdesk-1.2.3-x86_64.exe">RustDesk (Windows)</a></li>'
        '<li><a href="https://anydesk.com/fi/downloads/mac-os" rel="noopener">AnyDesk macOS-koneille</a></li></ul>'
        f"<p>Aukioloajat: ma–pe 10–17, la 10–14. Puhelin {plain}.</p>"
        "</div></div></main>"
        '<div id="aside" class="span3"><div class="well"><h3 class="page-header">Löydät meidät</h3>'
        "<p>Kauppakatu 19, 40100 Jyväskylä<br>Y-tunnus 0812345-6</p></div></div></div>"
        '<footer class="footer" role="contentinfo"><hr><p class="pull-right"><a href="#top" id="back-top">Sivun alkuun</a></p>'
        f"<p>© 2026 {esc(spec.name)}</p></footer></div></div>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – tietokonehuolto Jyväskylä", body, head, ' class="site com_content view-article no-layout no-task itemid-101"'), s)}


# --- a West Yorkshire library service's "digital help" page on LocalGov Drupal ----------


@branded
def b14_uk_localgov_digital_help(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 0113 378 5005
    node = rng.randint(1000, 9999)
    path = "/libraries/digital-help"
    head = (
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
        f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{_hex(rng, 43)}.css?delta=0&amp;language=en&amp;theme=localgov_base">\n'
    )
    sessions = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
        for a, b, c in (
            ("Central Library", "Tuesdays", "10am – 12pm"),
            ("Calder Bridge Library", "Thursdays", "2pm – 4pm"),
            ("Moorside Community Library", "First Saturday of the month", "10am – 1pm"),
        )
    )
    body = (
        '<div class="dialog-off-canvas-main-canvas"><header class="lgd-header"><div class="lgd-container">'
        f'<a href="/" class="lgd-header__logo" rel="home"><img src="/themes/custom/calder/logo.svg" alt="{esc(spec.name)} home"></a>'
        '<nav class="lgd-header__nav"><ul><li><a href="/libraries">Libraries</a></li><li><a href="/libraries/events">Events</a></li>'
        '<li><a href="/contact">Contact us</a></li></ul></nav></div></header>'
        '<nav class="lgd-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/libraries">Libraries</a></li><li>Digital help</li></ol></nav>'
        f'<main class="main"><article class="localgov-services-page node--type-localgov-services-page" data-history-node-id="{node}">'
        "<h1>Get help using computers, tablets and phones</h1>"
        '<div class="field--name-body">'
        "<p>Our trained Digital Buddies volunteers help with the basics – sending email, video calling family, using "
        "online banking safely, booking GP appointments and spotting scams. Sessions are free and you do not need to be "
        "a library member.</p>"
        f'<table><caption>Drop-in sessions</caption><thead><tr><th>Library</th><th>Day</th><th>Time</th></tr></thead><tbody>{sessions}</tbody></table>'
        "<h2>Book a one-to-one</h2>"
        f"<p>Call the library enquiry line on {s.tel(own, plain)} (Monday to Friday, 9am to 5pm) or ask at any library "
        "counter. Bring your own device and any passwords you need.</p>"
        "<h2>Staying safe</h2><p>Our volunteers will never ask for your bank PIN or connect to your device remotely. "
        "If a pop-up tells you to ring a number to fix your computer, close the browser and come and see us.</p>"
        "</div>"
        '<div class="lgd-page-last-updated">Last updated: 12 February 2026</div></article></main>'
        f'<footer class="lgd-footer"><div class="lgd-container"><p>{esc(spec.name)}</p>'
        '<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></div></footer></div>'
    )
    return {
        path: (document(spec.lang, f"Digital help | {spec.name}", body, head, f' class="path-node page-node-type-localgov-services-page node-{node}"'), s),
        "/": _home(spec, path, "Get help using computers, tablets and phones", "Libraries, archives and community learning."),
    }


TEMPLATES = {
    "b14_au_newspack_article": with_contact("/contact/", b14_au_newspack_article),
    "b14_nl_discourse_kpn_topic": with_contact("/about", b14_nl_discourse_kpn_topic),
    "b14_ch_nummer_check": with_contact("/kontakt", b14_ch_nummer_check),
    "b14_ja_joruri_shohi_keikoku": with_contact("/contact/", b14_ja_joruri_shohi_keikoku),
    "b14_de_typo3_systemhaus": with_contact("/kontakt/", b14_de_typo3_systemhaus),
    "b14_fr_prestashop_encre": with_contact("/nous-contacter", b14_fr_prestashop_encre),
    "b14_fi_joomla_tietokonehuolto": with_contact("/index.php/tuki-ja-yhteystiedot", b14_fi_joomla_tietokonehuolto),
    "b14_uk_localgov_digital_help": with_contact("/contact", b14_uk_localgov_digital_help),
}
