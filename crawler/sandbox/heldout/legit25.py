"""Twenty-fifth batch of held-out honest templates: page shells no earlier batch uses.

b25_nl_drupal_olivero_news (a Dutch regional paper on Drupal's Olivero theme with
NewsArticle markup: the fake KPN storingsdienst), b25_be_generatepress_victim_story (a
Flemish weekly on WordPress GeneratePress, no article markup, a victim's story told in
the past tense: the fake ING security team), b25_ie_invision_forum (an Irish consumer
forum on Invision Community: the Norton renewal notice and the Australian "Microsoft"
desk), b25_ja_qa_amazon_prime (a Japanese PC Q&A site: the Amazon Prime cancellation
desk), b25_de_lookup_directory (a German reverse-number lookup with ratings: the PayPal
hotline, the Swiss remote-help line and the McAfee locker), b25_fr_typo3_consumer_warning
(a Lorraine consumer association's alert on TYPO3 bootstrap_package: the Defender lock
and the bakery's AVG page), b25_us_coldfusion_library_warning (a small-town public
library's ColdFusion-era "tech scam" page with its own reference desk: the Epson desk),
b25_chfr_astra_repair (a Carouge computer repair shop since 2006 on WordPress Astra,
with its own remote-help download page), b25_nl_oceanwp_it_partner (a Veluwe IT partner
on WordPress OceanWP listing Apple's and HP's genuine Dutch numbers),
b25_gb_storefront_tawk_shop (a Harrogate laptop shop on WooCommerce Storefront with a
tawk.to chat widget), b25_de_angular_paypal_official (PayPal's own German help page on
phishing and fake hotlines, rendered by Angular Universal, without any phone number) and
b25_fi_jekyll_young_startup (a young Jyväskylä home computer-help company on a static
Jekyll site, whose blog warns of a fake Netflix number).
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

# --- a Dutch regional paper on Drupal Olivero, NewsArticle markup -------------------------


@branded
def b25_nl_drupal_olivero_news(spec: Spec, rng: Random) -> Drafts:
    (kpn,) = spec.quoted
    s = Sheet()
    path = "/nieuws/regio/nep-storingsdienst-kpn-belt-purmerendse-ouderen-op-afstand-leeg"
    title = "Nep-storingsdienst van ‘KPN’ neemt computers van ouderen over"
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": "2026-02-26T07:15:00+01:00", "author": {"@type": "Person", "name": "Sanne Kool"},
        "publisher": {"@type": "NewsMediaOrganization", "name": spec.name},
    }
    head = (
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
        '<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?s9k2xq">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    body = (
        '<a href="#main-content" class="visually-hidden focusable skip-link">Direct naar de inhoud</a>'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">'
        '<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial"></div>'
        f'<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div class="site-branding"><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">{esc(spec.name)}</a></div></div></div>'
        '<div class="header-nav-overlay"></div><div id="header-nav" class="header-nav"><nav class="primary-nav"><ul class="menu primary-nav__menu primary-nav__menu--level-1">'
        '<li class="primary-nav__menu-item"><a href="/nieuws" class="primary-nav__menu-link">Nieuws</a></li><li class="primary-nav__menu-item"><a href="/sport" class="primary-nav__menu-link">Sport</a></li>'
        '<li class="primary-nav__menu-item"><a href="/contact" class="primary-nav__menu-link">Contact</a></li></ul></nav></div></div></div></div></header>'
        '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>'
        '<div class="main-content__container container"><div class="region region--content grid-full layout--pass--content-medium" id="content">'
        '<article data-history-node-id="' + str(rng.randint(40000, 49999)) + '" class="node node--type-article node--promoted node--view-mode-full">'
        f'<header class="layout--content-medium"><h1 class="title page-title"><span class="field field--name-title">{esc(title)}</span></h1>'
        '<div class="node__meta"><span class="node__author">Door Sanne Kool</span> · <span>26 februari 2026</span></div></header>'
        '<div class="node__content layout--content-medium"><div class="text-content clearfix field field--name-body field--type-text-with-summary">'
        "<p><strong>PURMEREND – Oplichters die zich voordoen als storingsdienst van KPN hebben in Purmerend en Edam-Volendam "
        "de afgelopen weken zeker vijf ouderen benadeeld. Zij zochten online naar hulp bij een internetstoring en belden een "
        "nummer dat bovenaan in hun zoekresultaten stond.</strong></p>"
        "<p>Het nummer staat op een eenvoudige website die eruitziet als een officiële storingspagina. Wie "
        f"{_q(s, kpn, 'spaced_dash')} belt, krijgt een vriendelijke ‘monteur’ aan de lijn die vraagt een programma te "
        "installeren om ‘de modem uit te lezen’. Daarmee nemen de oplichters de computer over.</p>"
        "<p>Een 78-jarige vrouw uit de Weidevenne raakte zo 2.400 euro kwijt. ‘Ze zeiden dat er een servicebijdrage van 49 "
        "euro was, en dat ik die via internetbankieren moest betalen. Toen ik keek, stond er een veel hoger bedrag.’</p>"
        "<h2>KPN: wij vragen nooit om software</h2>"
        "<p>Een woordvoerder van KPN laat weten dat het bedrijf niet achter de website zit. ‘Onze eigen monteurs vragen nooit "
        "om op afstand mee te kijken op uw computer en laten u nooit via een link betalen.’ KPN heeft de site gemeld bij de "
        "hostingpartij. De politie Noord-Holland onderzoekt de zaken.</p>"
        "<p>Wie is benaderd, kan contact opnemen met de Fraudehelpdesk of aangifte doen bij de politie.</p>"
        "</div></div></article></div></div></div></div></div>"
        '<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top">'
        f'<p>© {esc(spec.name)} · <a href="/contact">Contact</a> · <a href="/privacyverklaring">Privacy</a> · <a href="/cookies">Cookies</a></p>'
        '<p>Powered by <a href="https://www.drupal.org">Drupal</a></p></div></div></footer></div></div></div>'
        '<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><p>Wij gebruiken cookies om de site te verbeteren.</p></div>'
        '<button type="button" class="agree-button eu-cookie-compliance-default-button">Akkoord</button></div>'
    )
    return {
        "/": _home(spec, path, title, "Nieuws uit Purmerend, Waterland en Zaanstreek."),
        path: (document(spec.lang, f"{title} | {spec.name}", body, head, ' class="path-node page-node-type-article"'), s),
    }


# --- a Flemish weekly on WordPress GeneratePress, a victim's story in the past tense -------


@branded
def b25_be_generatepress_victim_story(spec: Spec, rng: Random) -> Drafts:
    (ing,) = spec.quoted
    s = Sheet()
    path = "/2026/02/27/hoe-marcel-uit-geel-zijn-spaarboekje-kwijtraakte/"
    g = numbers.groups(ing)
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        "<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'>\n"
    )
    body = (
        '<a class="screen-reader-text skip-link" href="#content" title="Naar de inhoud springen">Naar de inhoud springen</a>'
        '<header class="site-header grid-container" id="masthead" aria-label="Site"><div class="inside-header grid-container">'
        f'<div class="site-branding"><p class="main-title"><a href="/" rel="home">{esc(spec.name)}</a></p><p class="site-description">Het nieuws uit Geel, Mol en Herentals</p></div>'
        '<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primair"><div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul class="menu sf-menu">'
        '<li class="menu-item"><a href="/regio/">Regio</a></li><li class="menu-item"><a href="/sport/">Sport</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></div></div></nav></div></header>'
        '<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">'
        '<div class="inside-article"><div class="entry-header"><h1 class="entry-title">Hoe Marcel uit Geel zijn spaarboekje kwijtraakte</h1>'
        '<div class="entry-meta"><span class="posted-on">27 februari 2026</span> <span class="byline">door Hilde Vermeulen</span></div></div>'
        '<div class="entry-content">'
        "<p>Het begon op een dinsdagavond met een sms. Marcel (74) kreeg een bericht dat er een nieuw toestel aan zijn "
        "bankapp was gekoppeld. Hij herkende dat niet en zocht op zijn tablet naar ‘ING fraude bellen’. Bovenaan stond een "
        "site die er volgens hem ‘heel officieel’ uitzag, met een groot telefoonnummer: "
        f"{_qw(s, ing, f'{g[0]}/{g[1]}.{g[2]}.{g[3]}')}.</p>"
        "<p>De vrouw die opnam, sprak vlot Nederlands en kende zijn naam. Ze zei dat criminelen probeerden geld van zijn "
        "rekening te halen en dat zijn spaargeld ‘in veiligheid’ moest worden gebracht. Marcel moest zijn kaartlezer nemen en "
        "een reeks codes doorgeven. Drie kwartier later was er 18.500 euro van zijn spaarrekening verdwenen.</p>"
        "<p>‘Ik was er echt van overtuigd dat ik met de bank sprak,’ vertelde hij ons. ‘Ze hadden zelfs een adres in Mechelen "
        "en een ondernemingsnummer op hun site staan.’ Dat adres bleek toe te behoren aan een boekhoudkantoor dat er niets "
        "mee te maken had en zelf aangifte deed.</p>"
        "<p>Zijn dochter belde de volgende ochtend de echte bank via het nummer op de achterkant van zijn kaart. ING "
        "blokkeerde de rekening, maar het geld was al doorgesluisd. De politiezone Neteland heeft een onderzoek geopend.</p>"
        "<p>ING benadrukt dat de bank nooit vraagt om codes van de kaartlezer door te geven en nooit geld naar een ‘veilige "
        "rekening’ overschrijft. Wie twijfelt, belt best Card Stop of de bank zelf, nooit een nummer uit een zoekresultaat.</p>"
        "</div></div></main></div></div></div>"
        '<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">'
        f'© 2026 {esc(spec.name)} · V.U. Regiopers Kempen vzw · <a href="/contact/">Contact</a> · <a href="/privacy/">Privacy</a> · Gebouwd met <a href="https://generatepress.com">GeneratePress</a>'
        "</div></div></footer></div>"
        '<div id="cookie-law-info-bar" data-nosnippet="true"><span>Deze website gebruikt cookies.<a role="button" class="cli_action_button" id="cookie_action_close_header">Aanvaarden</a></span></div>'
    )
    return {
        "/": _home(spec, path, "Hoe Marcel uit Geel zijn spaarboekje kwijtraakte", "Het nieuws uit de Kempen, elke week."),
        path: (document(spec.lang, f"Hoe Marcel uit Geel zijn spaarboekje kwijtraakte – {spec.name}", body, head, ' class="post-template-default single single-post right-sidebar nav-float-right"'), s),
    }


# --- an Irish consumer forum on Invision Community -----------------------------------------


@branded
def b25_ie_invision_forum(spec: Spec, rng: Random) -> Drafts:
    norton, aus = spec.quoted
    s = Sheet()
    tid = rng.randint(30000, 39999)
    path = f"/topic/{tid}-norton-renewal-email-with-a-1800-number-legit/"
    head = (
        f'<link rel="stylesheet" href="/uploads/css_built_1/{_hex(rng, 32)}_framework.css?v={_hex(rng, 10)}" media="all">\n'
        '<meta name="generator" content="Invision Community">\n'
    )

    def post(author: str, when: str, group: str, inner: str) -> str:
        cid = rng.randint(200000, 299999)
        return (
            f'<article id="elComment_{cid}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix">'
            f'<aside class="ipsComment_author cAuthorPane"><h3 class="ipsType_sectionHead cAuthorPane_author">{esc(author)}</h3>'
            f'<ul class="cAuthorPane_info ipsList_reset"><li class="ipsType_break">{esc(group)}</li></ul></aside>'
            f'<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-{cid}_wrap" class="ipsComment_content ipsType_medium">'
            f'<div class="ipsComment_meta ipsType_light"><time datetime="2026-02-2{rng.randint(0, 8)}T19:0{rng.randint(0, 9)}:00Z">{esc(when)}</time></div>'
            f'<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained">{inner}</div></div></div></div></article>'
        )

    body = (
        '<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container">'
        f'<a href="/" id="elLogo" accesskey="1"><span>{esc(spec.name)}</span></a></div></header>'
        '<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars"><ul data-role="primaryNavBar"><li><a href="/forums/">Browse</a></li>'
        '<li><a href="/forums/12-scams-fraud/">Scams &amp; Fraud</a></li><li><a href="/contact/">Contact Us</a></li></ul></nav></div>'
        '<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper"><div id="ipsLayout_mainArea">'
        '<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">'
        "Norton renewal email with a 1800 number – legit?</span></h1></div>"
        '<div class="cTopic ipsClear ipsSpacer_top">'
        + post("Deirdre_K", "Posted 24 February", "Member",
               "<p>Got an email this morning saying my Norton 360 was auto-renewed for €389.99. I never had Norton, I have the "
               "free Windows one. The link went to a page with a big picture of a phone number on it, "
               f"{_q(s, norton)}. Before I ring it, is this real? Mam says just ring them and ask for the refund.</p>")
        + post("Ronan_Clontarf", "Posted 24 February", "Regular Contributor",
               "<p>Don't ring it. It's the refund scam. They get you to install AnyDesk “to process the refund”, then they show you "
               "a fake over-refund and ask you to send back the difference. My neighbour lost €1,100 that way last year.</p>"
               "<p>Check your card statement instead. If there's no charge, there's nothing to refund. Delete the email.</p>")
        + post("Deirdre_K", "Posted 24 February", "Member",
               "<p>No charge on the card at all. Deleted. Thanks Ronan!</p>")
        + post("kiwi_in_kildare", "Posted 25 February", "Member",
               "<p>Same gang in Australia, different logo. My sister in Perth searched for Microsoft help after a pop-up and "
               f"found a site listing {_qw(s, aus, numbers.write(aus, 'split_lead') + ' AUS')}. She rang it and they wanted "
               "A$299 for a ‘security licence’. Microsoft don't put phone numbers in pop-ups, folks.</p>")
        + post("Moderator_Aoife", "Posted 25 February", "Moderator",
               "<p>Thread pinned. Report scam emails to the Gardaí and forward phishing to your bank. See our "
               '<a href="/topic/1022-common-scams-faq/">scams FAQ</a>.</p>')
        + "</div></div></div></div></div></main>"
        '<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container">'
        f'<ul class="ipsList_inline ipsType_center"><li><a href="/contact/">Contact Us</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/guidelines/">Community guidelines</a></li></ul>'
        f'<p id="elCopyright"><span id="elCopyright_userLine">© {esc(spec.name)} CLG</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>'
        '<div id="elGuestTerms" class="ipsPad_half"><p>We have placed cookies on your device to help make this website better.</p><a class="ipsButton ipsButton_veryLight">Accept cookies</a></div>'
    )
    return {
        "/": _home(spec, path, "Norton renewal email with a 1800 number – legit?", "Ireland's money and consumer discussion board."),
        path: (document(spec.lang, f"Norton renewal email with a 1800 number – legit? - Scams & Fraud - {spec.name}", body, head, ' class="ipsApp ipsApp_front ipsJS_none ipsClearfix"'), s),
    }


# --- a Japanese PC Q&A site: the Amazon Prime cancellation desk -----------------------------


@branded
def b25_ja_qa_amazon_prime(spec: Spec, rng: Random) -> Drafts:
    (prime,) = spec.quoted
    s = Sheet()
    qid = rng.randint(10000000, 19999999)
    path = f"/qa/{qid}.html"
    body = (
        f'<div id="wrapper"><header class="hd"><a href="/" class="logo">{esc(spec.name)}</a><form class="search" action="/search"><input type="text" name="q" placeholder="質問を検索"></form>'
        '<ul class="gnav"><li><a href="/category/security/">セキュリティ</a></li><li><a href="/category/shopping/">ネットショッピング</a></li><li><a href="/help/">ヘルプ</a></li></ul></header>'
        '<div class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/category/security/">セキュリティ</a> &gt; 詐欺・迷惑メール</div>'
        '<div class="qa-main"><div class="question" id="q">'
        "<h1>Amazonプライムの自動更新を解約したいのですが、この電話番号は本物ですか？</h1>"
        '<div class="q-meta">質問者：<span>hanako_1952</span> ｜ 2026/02/25 10:12 ｜ 閲覧数 3,418</div>'
        "<div class=\"q-body\"><p>「プライム会費4,900円が請求されました」というメールが来ました。解約方法を検索したら、"
        f"「解約専用ダイヤル {_q(s, prime, 'dashed', 'fullwidth')}」と書かれたサイトが出てきました。電話すると画面共有を"
        "してくださいと言われたのですが、大丈夫でしょうか。</p></div></div>"
        '<div class="answers"><h2>回答（3件）</h2>'
        '<div class="answer best"><div class="badge">ベストアンサー</div><div class="a-meta">回答者：pc_sensei ｜ 2026/02/25 10:40</div>'
        f"<p>絶対にかけないでください。{_q(s, prime, 'dashed')} はAmazonの番号ではありません。050から始まるIP電話番号で、"
        "サポート詐欺の典型的な手口です。画面共有（遠隔操作）をさせて、ギフトカードの番号を聞き出したりネットバンキングを"
        "操作したりします。</p><p>Amazonの会員情報は、Amazonのアプリかサイトにログインして「アカウントサービス」から確認してください。"
        "メールのリンクや検索結果の電話番号は使わないこと。</p></div>"
        '<div class="answer"><div class="a-meta">回答者：tanaka_it ｜ 2026/02/25 11:02</div>'
        "<p>もし遠隔操作ソフトを入れてしまったなら、すぐにアンインストールしてパスワードを変更し、カード会社に連絡を。"
        "消費者ホットライン「188」でも相談できます。</p></div>"
        '<div class="answer"><div class="a-meta">回答者：hanako_1952（質問者） ｜ 2026/02/25 12:30</div>'
        "<p>電話はまだしていません。Amazonにログインしたら請求はありませんでした。ありがとうございました。</p></div></div></div>"
        '<aside class="side"><h3>関連する質問</h3><ul><li><a href="/qa/' + str(qid - 211) + '.html">「ウイルスに感染しました」と警告音が鳴って消えない</a></li>'
        '<li><a href="/qa/' + str(qid - 587) + '.html">Appleサポートを名乗る電話がかかってきた</a></li></ul></aside>'
        f'<footer class="ft"><p><a href="/help/">ヘルプ</a> ｜ <a href="/terms/">利用規約</a> ｜ <a href="/privacy/">プライバシー</a> ｜ <a href="/help/contact/">お問い合わせ</a></p><p>© 2014-2026 {esc(spec.name)}</p></footer></div>'
        '<div id="cookie-consent" class="cc">当サイトはCookieを使用しています。<button>同意する</button></div>'
    )
    return {
        "/": _home(spec, path, "Amazonプライムの自動更新を解約したいのですが、この電話番号は本物ですか？", "パソコンとネットの困りごとQ&A"),
        path: (document(spec.lang, f"Amazonプライムの自動更新を解約したいのですが、この電話番号は本物ですか？ ｜ {spec.name}", body), s),
    }


# --- a German reverse-number lookup with ratings -------------------------------------------


@branded
def b25_de_lookup_directory(spec: Spec, rng: Random) -> Drafts:
    paypal, swiss, mcafee = spec.quoted
    drafts: Drafts = {}
    entries = (
        (paypal, "gefährlich", 64, "Angebliche PayPal-Kontoschutz-Hotline. Wollte Fernwartung und meine Kartendaten. Betrug!"),
        (swiss, "unseriös", 17, "Schweizer Nummer, „Dépannage informatique“. Verlangt CHF 189 für Virenentfernung per Fernzugriff, Virus gab es keinen."),
        (mcafee, "gefährlich", 23, "Stand in einem Pop-up „McAfee subscription expired“, Browser liess sich nicht schliessen. Britische Nummer."),
    )
    rows = []
    for e164, verdict, count, comment in entries:
        s = Sheet()
        d = numbers.national_digits(e164) if e164.startswith("+49") else "00" + e164[1:]
        p = f"/nummer/{d}"
        shown = _q(s, e164, "split_sub") if e164.startswith("+49") else _q(s, e164, "double_zero")
        body = (
            '<nav class="navbar navbar-expand-lg bg-body-tertiary"><div class="container">'
            f'<a class="navbar-brand" href="/">{esc(spec.name)}</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/neueste">Neueste Einträge</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/kontakt">Kontakt</a></li></ul></div></nav>'
            '<main class="container my-4"><div class="row"><div class="col-lg-8">'
            f'<h1 class="h3">Wer ruft an? <span class="text-nowrap">{shown}</span></h1>'
            f'<div class="card mb-3"><div class="card-body"><p class="mb-1">Bewertung: <span class="badge text-bg-danger">{esc(verdict)}</span></p>'
            f"<p class=\"mb-0\">{count} Bewertungen · zuletzt gesucht: heute</p></div></div>"
            f'<div class="card"><div class="card-header">Neuester Kommentar</div><div class="card-body"><p>{esc(comment)}</p>'
            '<p class="text-muted small">Kommentar eines Nutzers · Nicht überprüft</p></div></div>'
            '<form class="mt-3"><label class="form-label" for="k">Ihre Erfahrung mit dieser Nummer</label><textarea id="k" class="form-control" placeholder="Wer hat angerufen, was wollte er?"></textarea>'
            '<button class="btn btn-primary mt-2" type="button">Kommentar speichern</button></form></div>'
            '<div class="col-lg-4"><div class="alert alert-warning small">Tipp: Seriöse Firmen verlangen am Telefon nie Fernzugriff auf Ihren Computer.</div></div></div></main>'
            f'<footer class="container border-top py-3 small"><a href="/kontakt">Kontakt</a> · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · © 2013–2026 {esc(spec.name)}</footer>'
            '<div class="cookie-banner fixed-bottom bg-dark text-white p-2 small">Diese Website verwendet Cookies. <button class="btn btn-sm btn-light">OK</button></div>'
        )
        head = '<link href="/css/bootstrap.min.css?v=5.3.2" rel="stylesheet">\n'
        drafts[p] = (document(spec.lang, f"{numbers.write(e164, 'split_sub') if e164.startswith('+49') else numbers.write(e164, 'double_zero')} – Wer ruft an? – {spec.name}", body, head), s)
        rows.append(f'<li class="list-group-item"><a href="{p}">{shown}</a> <span class="badge text-bg-danger">{esc(verdict)}</span> {count} Bewertungen</li>')
    hs = Sheet()
    for e164, *_ in entries:
        hs.hidden(e164, offered=False)
    home = (
        f'<header class="container py-3"><a href="/" class="h4">{esc(spec.name)}</a></header><main class="container">'
        '<h1 class="h3">Rückwärtssuche: Wer ruft an?</h1><form action="/suche"><input class="form-control" name="nr" placeholder="Telefonnummer eingeben"></form>'
        '<h2 class="h5 mt-4">Neueste Warnungen</h2><ul class="list-group">' + "".join(rows) + "</ul></main>"
        '<footer class="container small"><a href="/kontakt">Kontakt</a> · <a href="/impressum">Impressum</a></footer>'
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – Rückwärtssuche für Telefonnummern", home, '<link href="/css/bootstrap.min.css?v=5.3.2" rel="stylesheet">\n'), hs)
    return drafts


# --- a Lorraine consumer association's alert on TYPO3 bootstrap_package -------------------


@branded
def b25_fr_typo3_consumer_warning(spec: Spec, rng: Random) -> Drafts:
    locker, avg = spec.quoted
    s = Sheet()
    path = "/actualites/alertes/faux-supports-informatiques-fevrier-2026"
    head = (
        '<meta name="generator" content="TYPO3 CMS">\n'
        '<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-' + _hex(rng, 32) + '.css?1708000000" media="all">\n'
    )

    def frame(uid: int, inner: str, ctype: str = "text") -> str:
        return (
            f'<div id="c{uid}" class="frame frame-default frame-type-{ctype} frame-layout-default frame-size-default frame-height-default '
            f'frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-container frame-container-default">'
            f'<div class="frame-inner">{inner}</div></div></div>'
        )

    uid = rng.randint(300, 900)
    body = (
        '<div id="top"></div><div class="body-bg"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Aller au contenu</span></a>'
        '<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">'
        f'<div class="container container-mainnavigation"><a class="navbar-brand navbar-brand-image" title="{esc(spec.name)}" href="/"><span>{esc(spec.name)}</span></a>'
        '<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">'
        '<li class="nav-item"><a href="/actualites" class="nav-link">Actualités</a></li><li class="nav-item"><a href="/permanences" class="nav-link">Permanences</a></li>'
        '<li class="nav-item"><a href="/nous-contacter" class="nav-link">Nous contacter</a></li></ul></nav></div></header>'
        '<nav class="breadcrumb-section" aria-label="Fil d\'Ariane"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Accueil</a></li>'
        '<li class="breadcrumb-item"><a href="/actualites">Actualités</a></li><li class="breadcrumb-item active">Alertes</li></ol></div></nav>'
        '<div id="page-content" class="bp-page-content main-section"><main>'
        + frame(uid, '<header class="frame-header"><h1 class="element-header"><span>Alerte : faux supports informatiques, deux numéros à ne pas appeler</span></h1>'
                '<p class="element-subheader"><span>Publié le 27 février 2026</span></p></header>'
                "<p>Nos permanences de Metz et de Thionville ont reçu ce mois-ci une dizaine de personnes victimes de faux supports "
                "techniques. Voici les deux situations les plus fréquentes.</p>", "header")
        + frame(uid + 1, "<h2>1. L'écran « Accès à cet ordinateur bloqué »</h2>"
                "<p>Pendant la navigation, une page s'affiche en plein écran, imite la Sécurité Windows de Microsoft, émet une "
                "alarme sonore et affiche un numéro écrit avec des symboles entre les chiffres : "
                f"<strong>{_q(s, locker, 'national', 'star')}</strong>, parfois écrit {_q(s, locker, 'pairs')}. "
                "L'ordinateur n'est pas bloqué : fermez le navigateur avec le gestionnaire des tâches (Ctrl+Maj+Échap).</p>")
        + frame(uid + 2, "<h2>2. Le faux « support AVG Luxembourg »</h2>"
                "<p>Des internautes cherchant à résilier leur abonnement AVG arrivent sur une page cachée dans le site d'une "
                "boulangerie luxembourgeoise, piraté à son insu. La page propose une « assistance » au "
                f"{_q(s, avg, 'intl')}. Au bout du fil, on vous demande d'installer un logiciel de prise en main à distance puis "
                "de payer une « résiliation » par carte.</p>")
        + frame(uid + 3, "<h2>Nos conseils</h2>"
                + _ul((
                    "Ne rappelez jamais un numéro affiché dans une alerte ou trouvé dans une annonce.",
                    "N'installez jamais de logiciel de contrôle à distance à la demande d'un inconnu.",
                    "Si vous avez payé, faites opposition auprès de votre banque et déposez plainte.",
                    "Signalez la page sur internet-signalement.gouv.fr et le numéro au 33700.",
                ))
                + "<p>Nos bénévoles vous reçoivent sans rendez-vous le mercredi de 14 h à 17 h.</p>", "bullets")
        + "</main></div>"
        '<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left">'
        f"<p>{esc(spec.name)} · Association loi 1908 (droit local) · 7, rue des Clercs · 57000 Metz</p>"
        '<p><a href="/nous-contacter">Nous contacter</a> · <a href="/mentions-legales">Mentions légales</a> · <a href="/protection-des-donnees">Protection des données</a></p>'
        "</div></div></div></section></footer></div>"
        '<div class="cookieconsent"><span>Ce site utilise uniquement des cookies de mesure d\'audience anonymes.</span><a class="cc-btn">OK</a></div>'
    )
    return {
        "/": _home(spec, path, "Alerte : faux supports informatiques, deux numéros à ne pas appeler", "Défense des consommateurs en Moselle et Meurthe-et-Moselle."),
        path: (document(spec.lang, f"Alerte : faux supports informatiques – {spec.name}", body, head, f' id="p{rng.randint(30, 90)}" class="page-{rng.randint(30, 90)} pagelevel-2 language-0 backendlayout-default layout-default"'), s),
    }


# --- a small-town library's ColdFusion-era "tech scam" page --------------------------------


@branded
def b25_us_coldfusion_library_warning(spec: Spec, rng: Random) -> Drafts:
    (epson,) = spec.quoted
    (own,) = spec.phones
    s = Sheet()
    path = "/techhelp/scams.cfm"
    cfid = rng.randint(1000000, 9999999)
    body = (
        '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#2c4a6b" height="80">'
        f'<a href="/index.cfm?CFID={cfid}&amp;CFTOKEN={_hex(rng, 8)}"><img src="/images/header_logo.gif" alt="{esc(spec.name)}" border="0" width="420" height="80"></a></td></tr>'
        '<tr><td bgcolor="#dfe6ee"><font face="Verdana" size="2">&nbsp;<a href="/index.cfm">Home</a> | <a href="/catalog/">Catalog</a> | <a href="/events/calendar.cfm">Events</a> | '
        '<a href="/techhelp/">Tech Help</a> | <a href="/about/contact.cfm">Contact Us</a></font></td></tr></table>'
        '<table width="900" align="center" cellpadding="10"><tr><td valign="top" width="620"><font face="Verdana" size="2">'
        "<h2>Tech Help: Phone Scams and Fake Support Numbers</h2>"
        "<p><i>Updated February 26, 2026 by the Reference Desk</i></p>"
        "<p>Several patrons have come to the desk this winter after calling a “printer support” number they found online. "
        "In each case the printer was simply offline, and the person on the phone asked to connect to the computer and then "
        "asked for a payment of $199 to $399 for a “network security plan.”</p>"
        "<p>The number we have seen most recently is "
        f"<b>{_q(s, epson, 'us_dash')}</b>, which appears on a website calling itself Epson printer support. It is not Epson. "
        f"Some of these sites write the number oddly, for example {_qw(s, epson, '1~' + '~'.join(numbers.groups(epson)))}, to slip past filters.</p>"
        "<p><b>What to do instead</b></p><ul>"
        "<li>Bring your laptop to our free Tech Tuesday drop-in, 2 to 4 pm in the Community Room.</li>"
        "<li>Find support numbers in the printer's manual or on the box, not from a search ad.</li>"
        "<li>Never let a caller or a website connect to your computer remotely.</li>"
        "<li>If you paid, call your bank and report it at reportfraud.ftc.gov.</li></ul>"
        f"<p>Questions? Call the Reference Desk at {s.tel(own, numbers.write(own, 'us_paren'))}.</p>"
        "</font></td>"
        '<td valign="top" bgcolor="#f3f3f3" width="240"><font face="Verdana" size="1"><b>Library Hours</b><br>Mon-Thu 9-8<br>Fri-Sat 9-5<br>Sun 1-5<br><br>'
        "<b>Tech Tuesday</b><br>Free one-on-one help with phones, tablets and laptops.</font></td></tr></table>"
        f'<center><font face="Verdana" size="1">&copy; 2026 {esc(spec.name)} &middot; 42 Main Street &middot; <a href="/about/contact.cfm">Contact Us</a> &middot; '
        '<a href="/about/privacy.cfm">Privacy</a><br>Page generated by ColdFusion Server</font></center>'
    )
    return {
        "/": _home(spec, path, "Tech Help: Phone Scams and Fake Support Numbers", "Books, programs and free tech help for our community."),
        path: (document(spec.lang, f"Tech Help: Phone Scams – {spec.name}", body, "", ' bgcolor="#ffffff" topmargin="0" leftmargin="0"'), s),
    }


# --- a Carouge computer repair shop on WordPress Astra, own remote-help page --------------


def b25_chfr_astra_repair(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        "<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>\n"
    )
    biz = {
        "@context": "https://schema.org", "@type": "ComputerStore", "name": spec.name,
        "address": {"@type": "PostalAddress", "streetAddress": "Rue Saint-Joseph 29", "postalCode": "1227", "addressLocality": "Carouge"},
        "telephone": numbers.write(own, "intl"), "foundingDate": "2006",
    }

    def shell(s: Sheet, title: str, content: str, ld: bool = False) -> str:
        return (
            '<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead">'
            '<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">'
            f'<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row"><div class="site-branding ast-site-identity"><span class="site-title"><a href="/" rel="home">{esc(spec.name)}</a></span></div>'
            '<div class="ast-builder-menu-1 ast-builder-menu"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">'
            '<li class="menu-item"><a href="/" class="menu-link">Accueil</a></li><li class="menu-item"><a href="/reparations/" class="menu-link">Réparations</a></li>'
            '<li class="menu-item"><a href="/assistance-a-distance/" class="menu-link">Assistance à distance</a></li><li class="menu-item"><a href="/contact/" class="menu-link">Contact</a></li></ul></nav></div>'
            f'<div class="ast-header-html-1"><div class="ast-builder-html-element"><p>{s.tel(own, s.num(own, "national"))}</p></div></div></div></div></div></div></div></header>'
            f'<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main"><article class="page type-page status-publish ast-article-single">'
            f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1></header><div class="entry-content clear" itemprop="text">{content}</div></article></main></div></div></div>'
            '<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack">'
            f'<div class="ast-builder-grid-row-container-inner"><div class="ast-footer-copyright"><p>Copyright © 2006–2026 {esc(spec.name)} Sàrl · Rue Saint-Joseph 29 · 1227 Carouge · IDE CHE-112.487.309 TVA · '
            '<a href="/contact/">Contact</a> · <a href="/mentions-legales/">Mentions légales</a> | Propulsé par <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></div></div></footer></div>'
            + (f'<script type="application/ld+json">{json.dumps(biz, ensure_ascii=False)}</script>' if ld else "")
            + '<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">'
            "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.</span><a href=\"#\" id=\"cn-accept-cookie\" class=\"cn-set-cookie cn-button\">Ok</a></div></div>"
        )

    home_s = Sheet()
    home_s.hidden(own)
    home = shell(
        home_s,
        "Réparation d'ordinateurs à Carouge depuis 2006",
        "<p>Notre atelier répare PC portables et de bureau, Mac, imprimantes et petits réseaux pour les particuliers et les "
        "indépendants de Carouge, Lancy et Plan-les-Ouates. Devis gratuit au magasin, réparation le plus souvent en 48 heures.</p>"
        + _ul(("Remplacement d'écrans et de claviers", "Récupération de données", "Nettoyage et suppression de logiciels malveillants",
               "Installation de Wi-Fi et d'imprimantes", "Dépannage à domicile dans le canton de Genève"))
        + "<p>Horaires : du mardi au vendredi 9h–12h30 / 14h–18h30, le samedi 9h–16h.</p>",
        ld=True,
    )
    remote_s = Sheet()
    remote = shell(
        remote_s,
        "Assistance à distance",
        "<p>Pour nos clients, nous pouvons intervenir à distance sur votre ordinateur. La séance se fait toujours sur "
        "rendez-vous, fixé au préalable par téléphone ou au magasin avec l'un de nos trois techniciens.</p>"
        '<ol><li>Téléchargez notre module : <a href="/wp-content/uploads/teamviewer/TeamViewerQS_InfoCarouge.exe">TeamViewerQS_InfoCarouge.exe</a> (Windows) ou '
        '<a href="/wp-content/uploads/teamviewer/TeamViewerQS.dmg">TeamViewerQS.dmg</a> (Mac).</li>'
        "<li>Lancez-le et communiquez-nous l'ID et le mot de passe affichés, uniquement lorsque nous vous appelons au rendez-vous convenu.</li>"
        "<li>Vous voyez tout ce que nous faisons et pouvez interrompre la séance à tout moment.</li></ol>"
        "<p><strong>Important :</strong> nous ne vous appellerons jamais sans rendez-vous et aucun message d'alerte sur votre "
        "écran ne vient de nous. Tarif : CHF 95.– l'heure, facturé par tranche de 15 minutes, paiement sur facture.</p>"
        f"<p>Prendre rendez-vous : {remote_s.num(own, 'intl')}</p>",
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – réparation d'ordinateurs à Carouge", home, head, ' class="home page-template-default page ast-page-builder-template ast-no-sidebar astra-4.6.4"'), home_s),
        "/assistance-a-distance/": (document(spec.lang, f"Assistance à distance – {spec.name}", remote, head, ' class="page-template-default page ast-no-sidebar astra-4.6.4"'), remote_s),
    }


# --- a Veluwe IT partner on WordPress OceanWP, brands' genuine Dutch numbers --------------


@branded
def b25_nl_oceanwp_it_partner(spec: Spec, rng: Random) -> Drafts:
    own, apple, hp = spec.phones
    s = Sheet()
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        "<link rel='stylesheet' id='oceanwp-style-css' href='/wp-content/themes/oceanwp/assets/css/style.min.css?ver=3.5.4' media='all'>\n"
    )
    path = "/klantenservice/leveranciers-en-fabrikanten/"
    s.hidden(apple)  # grouped as Apple itself writes it
    apple_text = esc("0800 0200 570")
    body = (
        '<div id="outer-wrap" class="site clr"><a class="skip-link screen-reader-text" href="#main">Ga naar de inhoud</a><div id="wrap" class="clr">'
        '<div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container"><div id="top-bar-inner" class="clr"><div id="top-bar-content" class="clr has-content top-bar-left">'
        f'<span class="topbar-content">Servicedesk: {s.tel(own, s.num(own, "national"))} · ma–vr 8.00–17.30</span></div></div></div></div>'
        '<header id="site-header" class="minimal-header clr" itemscope itemtype="https://schema.org/WPHeader"><div id="site-header-inner" class="clr container">'
        f'<div id="site-logo" class="clr"><div id="site-logo-inner" class="clr"><a href="/" rel="home" class="site-title site-logo-text">{esc(spec.name)}</a></div></div>'
        '<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr"><ul id="menu-hoofdmenu" class="main-menu dropdown-menu sf-menu">'
        '<li class="menu-item"><a href="/diensten/" class="menu-link"><span class="text-wrap">Diensten</span></a></li>'
        '<li class="menu-item"><a href="/klantenservice/" class="menu-link"><span class="text-wrap">Klantenservice</span></a></li>'
        '<li class="menu-item"><a href="/contact/" class="menu-link"><span class="text-wrap">Contact</span></a></li></ul></nav></div></div></header>'
        '<main id="main" class="site-main clr" role="main"><header class="page-header"><div class="container clr page-header-inner"><h1 class="page-header-title clr">Leveranciers en fabrikanten</h1>'
        '<nav class="site-breadcrumbs clr"><ol class="trail-items"><li class="trail-item"><a href="/">Home</a></li><li class="trail-item"><a href="/klantenservice/">Klantenservice</a></li></ol></nav></div></header>'
        '<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr"><article class="single-page-article clr"><div class="entry clr" itemprop="text">'
        "<p>Wij beheren de ICT van ruim negentig mkb-bedrijven op de Veluwe. Voor garantie op hardware verwijzen wij u soms "
        "rechtstreeks naar de fabrikant. Hieronder vindt u de officiële supportnummers zoals die op de sites van de "
        "fabrikanten staan. Heeft u een servicecontract met ons? Bel dan altijd eerst onze eigen servicedesk.</p>"
        '<table class="wp-block-table"><thead><tr><th>Fabrikant</th><th>Officieel supportnummer</th><th>Waarvoor</th></tr></thead><tbody>'
        f"<tr><td>Apple</td><td>{apple_text}</td><td>iPhone, iPad, Mac, AppleCare</td></tr>"
        f"<tr><td>HP</td><td>{s.num(hp, 'trunk_dash')}</td><td>Laptops, printers, HP Care Pack</td></tr>"
        "</tbody></table>"
        "<p><strong>Let op:</strong> zoekmachines tonen regelmatig advertenties van ‘helpdesks’ die zich als Apple of HP "
        "voordoen. Controleer het nummer altijd op de officiële site van de fabrikant of vraag het ons.</p>"
        "<h2>Onze certificeringen</h2><p>Apple Consultants Network · HP Amplify Partner (Silver) · ISO 27001</p>"
        "</div></article></div></div></div></main>"
        '<footer id="footer" class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div id="footer-inner" class="clr"><div id="footer-bottom" class="clr"><div id="footer-bottom-inner" class="container clr">'
        f'<div id="copyright" class="clr" role="contentinfo">© 2026 {esc(spec.name)} B.V. · Stationsstraat 18, 8071 CJ Nunspeet · KvK 08173264 · '
        '<a href="/contact/">Contact</a> · <a href="/privacyverklaring/">Privacyverklaring</a></div></div></div></div></footer></div></div>'
        '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message">Wij gebruiken functionele en analytische cookies.</div><button class="cmplz-accept">Accepteren</button></div></div>'
    )
    hs = Sheet()
    home = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>ICT-beheer voor het mkb op de Veluwe</h1>'
        "<p>Werkplekbeheer, Microsoft 365, back-up en netwerken voor bedrijven in Nunspeet, Harderwijk, Elburg en Ermelo.</p>"
        f'<p>Servicedesk: {hs.tel(own, hs.num(own, "national"))}</p><p><a href="{path}">Leveranciers en fabrikanten</a></p></main>'
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – ICT-beheer Veluwe", home, head), hs),
        path: (document(spec.lang, f"Leveranciers en fabrikanten – {spec.name}", body, head, ' class="page-template-default page wp-custom-logo oceanwp-theme dropdown-mobile default-breakpoint content-full-width has-topbar page-header-disabled"'), s),
    }


# --- a Harrogate laptop shop on WooCommerce Storefront with a tawk.to chat ----------------


@branded
def b25_gb_storefront_tawk_shop(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    s = Sheet()
    head = (
        '<meta name="generator" content="WooCommerce 8.6.1">\n'
        "<link rel='stylesheet' id='storefront-style-css' href='/wp-content/themes/storefront/style.css?ver=4.5.4' media='all'>\n"
        "<link rel='stylesheet' id='storefront-woocommerce-style-css' href='/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.5.4' media='all'>\n"
    )

    def product(name: str, price: str, was: str = "") -> str:
        pid = rng.randint(1000, 9999)
        sale = f'<del><span class="woocommerce-Price-amount amount"><bdi>£{was}</bdi></span></del> ' if was else ""
        return (
            f'<li class="product type-product post-{pid} status-publish instock product_cat-refurbished-laptops has-post-thumbnail shipping-taxable purchasable product-type-simple">'
            f'<a href="/product/{pid}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><img src="/wp-content/uploads/2026/01/{pid}-300x300.jpg" alt="{esc(name)}" width="324" height="324">'
            f'<h2 class="woocommerce-loop-product__title">{esc(name)}</h2><span class="price">{sale}<ins><span class="woocommerce-Price-amount amount"><bdi>£{price}</bdi></span></ins></span></a>'
            f'<a href="?add-to-cart={pid}" data-quantity="1" class="button wp-element-button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="{pid}" rel="nofollow">Add to basket</a></li>'
        )

    tawk = _hex(rng, 24)
    body = (
        '<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><div class="col-full">'
        f'<div class="site-branding"><div class="beta site-title"><a href="/" rel="home">{esc(spec.name)}</a></div><p class="site-description">Refurbished &amp; new laptops, repairs while you wait</p></div>'
        '<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">'
        '<input type="search" class="search-field" placeholder="Search products&hellip;" name="s"><button type="submit" value="Search">Search</button></form></div></div></div>'
        '<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" aria-label="Primary Navigation"><div class="primary-navigation"><ul id="menu-main" class="menu">'
        '<li class="menu-item"><a href="/shop/">Shop</a></li><li class="menu-item"><a href="/repairs/">Repairs</a></li><li class="menu-item"><a href="/contact-us/">Contact us</a></li></ul></div></nav>'
        '<ul id="site-header-cart" class="site-header-cart menu"><li><a class="cart-contents" href="/basket/" title="View your shopping basket"><span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>'
        '<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb"><a href="/">Home</a>&nbsp;/&nbsp;Refurbished laptops</nav></div></div>'
        '<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area"><main id="main" class="site-main" role="main">'
        '<header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">Refurbished laptops</h1></header>'
        '<div class="storefront-sorting"><p class="woocommerce-result-count">Showing all 4 results</p></div>'
        '<ul class="products columns-3">'
        + product("Dell Latitude 5420 14\" i5 16GB 256GB SSD – Grade A", "329.00", "379.00")
        + product("Lenovo ThinkPad T14 Gen 2 i5 16GB 512GB – Grade A", "399.00")
        + product("Dell XPS 13 9310 i7 16GB 512GB – Grade B", "549.00")
        + product("Lenovo IdeaPad 5 14\" Ryzen 5 8GB 256GB – New", "479.00")
        + "</ul><p>Every refurbished laptop comes with a 12-month warranty, a fresh Windows 11 installation and a free health "
        "check after six months. Trade in your old laptop in store on Cheltenham Parade.</p></main></div></div></div>"
        '<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-3 fix">'
        '<div class="block footer-widget-1"><div class="widget widget_text"><span class="gamma widget-title">Visit us</span><div class="textwidget">'
        f"<p>{esc(spec.name)} Ltd<br>14 Cheltenham Parade<br>Harrogate HG1 1DB<br>{s.tel(own, s.num(own, 'national'))}</p></div></div></div>"
        '<div class="block footer-widget-2"><div class="widget widget_text"><span class="gamma widget-title">Opening hours</span><div class="textwidget"><p>Mon–Sat 9.30am–5.30pm<br>Closed Sundays and bank holidays</p></div></div></div>'
        '<div class="block footer-widget-3"><div class="widget widget_text"><span class="gamma widget-title">Info</span><div class="textwidget"><p><a href="/contact-us/">Contact us</a><br><a href="/delivery-returns/">Delivery &amp; returns</a><br><a href="/privacy-policy/">Privacy policy</a></p></div></div></div></div>'
        f'<div class="site-info">© {esc(spec.name)} Ltd 2026 · Company no. 07418263 · VAT GB 104 8126 37<br><a href="https://woocommerce.com" rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer></div>'
        '<div class="cky-consent-container cky-banner-bottom"><div class="cky-consent-bar"><p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div>'
        '<button class="cky-btn cky-btn-accept">Accept All</button><button class="cky-btn cky-btn-reject">Reject All</button></div></div>'
        "<!--Start of Tawk.to Script-->\n<script type=\"text/javascript\">\nvar Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();\n(function(){\n"
        "var s1=document.createElement(\"script\"),s0=document.getElementsByTagName(\"script\")[0];\ns1.async=true;\n"
        f"s1.src='https://embed.tawk.to/{tawk}/1h{_hex(rng, 7)}';\ns1.charset='UTF-8';\ns1.setAttribute('crossorigin','*');\ns0.parentNode.insertBefore(s1,s0);\n}})();\n</script>\n<!--End of Tawk.to Script-->"
    )
    return {"/": (document(spec.lang, f"Refurbished laptops – {spec.name}", body, head, ' class="archive post-type-archive post-type-archive-product theme-storefront woocommerce-shop woocommerce storefront-align-wide right-sidebar woocommerce-active"'), s)}


# --- PayPal's own German help page, rendered by Angular Universal, no number ---------------


@branded
def b25_de_angular_paypal_official(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    path = "/de/cshelp/article/wie-erkenne-ich-gefaelschte-e-mails-und-anrufe-help-" + str(rng.randint(100, 999))
    ng = f"ng-c{rng.randint(1000000000, 1999999999)}"
    state = {"article": {"locale": "de_DE", "category": "Sicherheit", "updated": "2026-01-19"}}
    head = (
        '<base href="/">\n<link rel="stylesheet" href="styles.' + _hex(rng, 16) + '.css" media="all">\n'
        '<meta name="description" content="So erkennen Sie gefälschte E-Mails, Websites und Anrufe, die angeblich von PayPal stammen.">\n'
    )
    body = (
        f'<app-root _nghost-{ng}="" ng-version="17.3.4" ng-server-context="ssg"><pp-header _ngcontent-{ng}=""><header class="pp-header">'
        '<a href="/de/home" class="pp-logo" aria-label="PayPal">PayPal</a><nav><a href="/de/cshelp/personal">Hilfe-Center</a><a href="/de/security">Sicherheit</a>'
        '<a href="/de/smarthelp/contact-us">Kontakt</a></nav></header></pp-header>'
        f'<main _ngcontent-{ng}="" class="help-article"><pp-breadcrumbs><ol><li><a href="/de/cshelp/personal">Hilfe für Privatkunden</a></li><li>Sicherheit und Betrug</li></ol></pp-breadcrumbs>'
        "<h1>Wie erkenne ich gefälschte E-Mails, Websites und Anrufe?</h1>"
        '<div class="article-body">'
        "<p>Betrüger versuchen, an Ihre Zugangsdaten oder Ihr Geld zu kommen, indem sie sich als PayPal ausgeben. Achten Sie "
        "auf folgende Merkmale:</p>"
        + _ul((
            "Wir sprechen Sie in E-Mails immer mit Ihrem Vor- und Nachnamen oder Firmennamen an, nie mit „Sehr geehrter Kunde“.",
            "Wir fordern Sie nie auf, eine Telefonnummer aus einer E-Mail oder aus einer Suchanzeige anzurufen, um Ihr Konto zu entsperren.",
            "Wir bitten Sie nie, Fernwartungssoftware wie AnyDesk oder TeamViewer zu installieren.",
            "Wir fragen am Telefon nie nach Ihrem Passwort, Sicherheitscodes oder vollständigen Kartendaten.",
        ))
        + "<h2>Angebliche PayPal-Hotlines</h2>"
        "<p>Im Internet finden sich Websites, die sich als „PayPal Kontoschutz“ oder „PayPal Kundendienst“ ausgeben und "
        "eine Telefonnummer nennen. Diese Angebote stammen nicht von PayPal. Wenn Sie uns erreichen möchten, loggen Sie sich "
        "in Ihr Konto ein und wählen Sie unten auf der Seite „Kontakt“. Dort erhalten Sie eine persönliche Servicenummer "
        "und einen Einmal-Code.</p>"
        "<h2>Was tun, wenn Sie betroffen sind?</h2>"
        "<p>Ändern Sie sofort Ihr Passwort, prüfen Sie Ihre letzten Aktivitäten und melden Sie unbekannte Zahlungen im "
        "Konfliktlösungszentrum. Verdächtige E-Mails leiten Sie bitte an phishing@paypal.com weiter.</p>"
        '<p class="updated">Zuletzt aktualisiert: 19. Januar 2026</p></div>'
        '<pp-feedback><p>War dieser Artikel hilfreich?</p><button>Ja</button><button>Nein</button></pp-feedback></main>'
        '<pp-footer><footer class="pp-footer"><a href="/de/smarthelp/contact-us">Kontakt</a> · <a href="/de/webapps/mpp/ua/privacy-full">Datenschutz</a> · '
        '<a href="/de/webapps/mpp/ua/legalhub-full">AGB</a> · <a href="/de/webapps/mpp/imprint">Impressum</a><p>© 1999–2026 PayPal. Alle Rechte vorbehalten.</p>'
        "<p>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22–24 Boulevard Royal, L-2449 Luxembourg</p></footer></pp-footer>"
        '<pp-consent class="gdpr-banner"><p>Wir verwenden Cookies, um Ihnen das bestmögliche Erlebnis zu bieten.</p><button id="acceptAllButton">Alle Cookies akzeptieren</button><button>Cookies verwalten</button></pp-consent></app-root>'
        f'<script id="ng-state" type="application/json">{json.dumps(state)}</script>'
        f'<script src="runtime.{_hex(rng, 16)}.js" type="module"></script><script src="main.{_hex(rng, 16)}.js" type="module"></script>'
    )
    return {
        "/": _home(spec, path, "Wie erkenne ich gefälschte E-Mails, Websites und Anrufe?", "PayPal Hilfe-Center"),
        path: (document(spec.lang, "Wie erkenne ich gefälschte E-Mails, Websites und Anrufe? | PayPal DE", body, head), s),
    }


# --- a young Jyväskylä computer-help company on a static Jekyll site ----------------------


@branded
def b25_fi_jekyll_young_startup(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    (netflix,) = spec.quoted
    head = (
        '<meta name="generator" content="Jekyll v4.3.3">\n<link rel="stylesheet" href="/assets/main.css">\n'
        f'<link type="application/atom+xml" rel="alternate" href="https://{esc(spec.host)}/feed.xml" title="{esc(spec.name)}">\n'
    )

    def shell(s: Sheet, title: str, content: str) -> str:
        return (
            f'<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{esc(spec.name)}</a>'
            '<nav class="site-nav"><div class="trigger"><a class="page-link" href="/palvelut/">Palvelut</a><a class="page-link" href="/etatuki/">Etätuki</a>'
            '<a class="page-link" href="/blogi/">Blogi</a><a class="page-link" href="/yhteystiedot/">Yhteystiedot</a></div></nav></div></header>'
            f'<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post"><header class="post-header"><h1 class="post-title">{esc(title)}</h1></header>'
            f'<div class="post-content">{content}</div></article></div></main>'
            '<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><div class="footer-col-wrapper">'
            f'<div class="footer-col"><ul class="contact-list"><li class="p-name">{esc(spec.name)} Oy</li><li>Kauppakatu 31, 40100 Jyväskylä</li>'
            f"<li>Y-tunnus 3456712-8</li><li>{s.tel(own, s.num(own, 'national'))}</li></ul></div>"
            '<div class="footer-col"><p>Tietokoneapua kotiin ja etänä Keski-Suomessa. Perustettu 2026.</p></div></div></div></footer>'
        )

    hs, bs, es = Sheet(), Sheet(), Sheet()
    blog = "/blogi/2026/02/20/varo-netflix-asiakaspalvelua-puhelimessa/"
    home = shell(hs, "Tietokoneapua kotiin ja etänä",
                 "<p>Olemme kaksi jyväskyläläistä IT-tukihenkilöä, jotka perustivat oman yrityksen tammikuussa 2026. Tulemme kotiin "
                 "asentamaan tulostimen, siirtämään kuvat uuteen koneeseen tai opastamaan pankkitunnusten kanssa.</p>"
                 "<p>Hinnat: kotikäynti 59 € (sis. 1 h), etätuki 15 min / 15 €. Kotitalousvähennys käy.</p>"
                 f'<p><a href="{blog}">Blogi: Varo Netflix-asiakaspalvelua puhelimessa</a></p>')
    remote = shell(es, "Etätuki",
                   "<p>Etätuki toimii aina niin, että sovimme ajan ensin puhelimessa tai sähköpostilla. Me emme koskaan soita "
                   "sinulle pyytämättä emmekä pyydä maksua lahjakorteilla.</p>"
                   '<ol><li>Lataa <a href="/lataukset/AnyDesk.exe">AnyDesk.exe</a> (Windows) tai <a href="/lataukset/AnyDesk.dmg">AnyDesk.dmg</a> (Mac).</li>'
                   "<li>Kerro meille näkyvä yhdeksännumeroinen tunnus, kun soitamme sovittuna aikana.</li>"
                   "<li>Näet koko ajan, mitä teemme, ja voit katkaista yhteyden milloin tahansa.</li></ol>")
    post = shell(bs, "Varo ”Netflix-asiakaspalvelua” puhelimessa",
                 "<p><time datetime=\"2026-02-20\">20.2.2026</time></p>"
                 "<p>Eräs asiakkaamme etsi netistä apua, kun Netflix-tilauksen maksu ei mennyt läpi. Hakutuloksissa oli blogi, "
                 "jossa luki isolla ”Soita” ja numero kirjoitettuna pisteillä erotettuna: "
                 f"{_q(bs, netflix, 'compact', 'dot_gaps')}. Puhelimessa pyydettiin asentamaan etäohjelma ja ostamaan "
                 "lahjakortti ”tilauksen uusimista” varten.</p>"
                 f"<p>Numero {_q(bs, netflix, 'split_sub')} ei kuulu Netflixille. Netflixillä ei ole tällaista suomalaista "
                 "puhelinpalvelua, ja tilausasiat hoidetaan kirjautumalla omaan tiliin.</p>"
                 "<p>Jos olet jo antanut jollekulle etäyhteyden koneellesi, ota yhteyttä pankkiisi ja tuo kone meille tarkistettavaksi.</p>")
    cs = Sheet()
    contact = shell(cs, "Yhteystiedot", f"<p>Sähköposti: moi@{esc(spec.host.removeprefix('www.'))}</p><p>Vastaamme arkisin klo 9–17.</p>")
    return {
        "/": (document(spec.lang, spec.name, home, head), hs),
        "/etatuki/": (document(spec.lang, f"Etätuki | {spec.name}", remote, head), es),
        blog: (document(spec.lang, f"Varo Netflix-asiakaspalvelua puhelimessa | {spec.name}", post, head), bs),
        "/yhteystiedot/": (document(spec.lang, f"Yhteystiedot | {spec.name}", contact, head), cs),
    }


TEMPLATES = {
    "b25_nl_drupal_olivero_news": with_contact("/contact", b25_nl_drupal_olivero_news),
    "b25_be_generatepress_victim_story": with_contact("/contact/", b25_be_generatepress_victim_story),
    "b25_ie_invision_forum": with_contact("/contact/", b25_ie_invision_forum),
    "b25_ja_qa_amazon_prime": with_contact("/help/contact/", b25_ja_qa_amazon_prime),
    "b25_de_lookup_directory": with_contact("/kontakt", b25_de_lookup_directory),
    "b25_fr_typo3_consumer_warning": with_contact("/nous-contacter", b25_fr_typo3_consumer_warning),
    "b25_us_coldfusion_library_warning": with_contact("/about/contact.cfm", b25_us_coldfusion_library_warning),
    "b25_chfr_astra_repair": with_contact("/contact/", b25_chfr_astra_repair),
    "b25_nl_oceanwp_it_partner": with_contact("/contact/", b25_nl_oceanwp_it_partner),
    "b25_gb_storefront_tawk_shop": with_contact("/contact-us/", b25_gb_storefront_tawk_shop),
    "b25_de_angular_paypal_official": with_contact("/de/smarthelp/contact-us", b25_de_angular_paypal_official),
    "b25_fi_jekyll_young_startup": b25_fi_jekyll_young_startup,
}
