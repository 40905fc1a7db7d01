"""Twelfth batch of held-out honest templates: page shells no earlier batch uses.

befr_journal_arnaque (a Walloon regional paper's article on a fake McAfee refund that
cost a reader 2,400 euros, quoting the number), ja_qa_chiebukuro (a Japanese Q&A site
thread on a Windows "security warning" locker, quoting its number), de_rueckwaerts_nummer
(a German "wer hat angerufen" number page for a fake ING security desk's number),
gb_hubspot_msp (a Bristol managed IT provider on HubSpot CMS with its own number and the
vendors' genuine UK support lines), nl_shopify_dawn_koffie (a Dutch coffee roaster's shop
on the Shopify Dawn theme with Shopify Inbox chat and a phone number),
fr_divi_depannage_rennes (a Rennes computer repair shop since 2008 on WordPress Divi, with
a TeamViewer QuickSupport download for remote help), de_ing_hilfe_sicherheit (ING
Germany's own "Sicherheit im Banking" help page with its published card and access
blocking number, "069 / 34 22 24") and fi_drupal_seniorinetti
(an old Kuopio seniors' computer club on Drupal 7, its domain renewed days ago).
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


def _written(s: Sheet, e164: str, text: str) -> str:
    s.hidden(e164)
    return esc(text)


def _q(s: Sheet, e164: str, style: str = "national") -> str:
    return s.num(e164, style, offered=False)


def _home(spec: Spec, link: str, label: str, blurb: str) -> tuple[str, Sheet]:
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>{esc(blurb)}</p><p><a href="{link}">{esc(label)}</a></p></main>'
    )
    return document(spec.lang, spec.name, body), Sheet()


# --- a Walloon regional paper on a fake McAfee refund -----------------------------------


@branded
def befr_journal_arnaque(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    art = rng.randint(20260000, 20269999)
    slug = f"/regions/brabant-wallon/arnaque-au-faux-remboursement-mcafee-une-nivelloise-perd-2400-euros-{art}.html"
    headline = "Arnaque au faux remboursement McAfee : une Nivelloise perd 2.400 euros"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": "2026-02-27T11:40:00+01:00",
        "author": {"@type": "Person", "name": "Claire Dumont"},
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    body = (
        f'<div class="gz-page"><header class="gz-header"><a class="gz-logo" href="/">{esc(spec.name)}</a>'
        '<nav class="gz-nav"><a href="/regions/">Régions</a><a href="/belgique/">Belgique</a><a href="/sports/">Sports</a>'
        '<a href="/abonnement/">S’abonner</a></nav></header>'
        '<main class="gz-main"><article class="gz-article" itemscope itemtype="https://schema.org/NewsArticle">'
        '<p class="gz-kicker">Brabant wallon · Faits divers</p>'
        f'<h1 class="gz-title" itemprop="headline">{esc(headline)}</h1>'
        '<p class="gz-byline">Claire Dumont · Publié le 27/02/2026 à 11h40</p>'
        '<div class="gz-body">'
        "<p class=\"gz-chapo\"><strong>Un faux e-mail de renouvellement, un site au nom de McAfee et un « conseiller » très "
        "patient : la police de la zone Nivelles-Genappe met en garde contre une escroquerie qui vise surtout les aînés.</strong></p>"
        "<p>La victime, une retraitée de 71 ans, a reçu un message annonçant que son abonnement antivirus avait été "
        "renouvelé pour 349,99 euros. Le lien menait vers une page qui l’invitait à appeler le "
        f"{_q(s, q, 'pairs')} pour obtenir un remboursement.</p>"
        "<p>Au téléphone, l’homme lui a fait installer un logiciel de prise en main à distance, puis lui a demandé de "
        "se connecter à sa banque « pour recevoir le virement ». Pendant qu’elle regardait l’écran, deux virements ont "
        "été effectués depuis son compte.</p>"
        '<aside class="gz-encadre"><h2>Les conseils de la police</h2><ul>'
        "<li>Un éditeur d’antivirus ne vous demandera jamais d’ouvrir votre banque en ligne pour un remboursement.</li>"
        f"<li>Ne rappelez pas le {_q(s, q, 'intl')} ni aucun numéro repris dans un e-mail inattendu.</li>"
        "<li>Si vous avez donné accès à votre ordinateur : appelez Card Stop et votre banque, puis portez plainte.</li>"
        "<li>Signalez les messages suspects à suspect@safeonweb.be.</li></ul></aside>"
        "</div></article>"
        '<aside class="gz-rail"><h3>Les plus lus</h3><ol><li><a href="/regions/">Travaux sur la N25 : déviation jusqu’en mai</a></li>'
        '<li><a href="/sports/">Basket : l’Union reste en tête</a></li></ol></aside></main>'
        '<footer class="gz-footer"><a href="/contact/">Contact</a> · <a href="/mentions-legales/">Mentions légales</a> · '
        f"<span>© {esc(spec.name)} 2026</span></footer></div>"
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    return {
        slug: (document(spec.lang, f"{headline} | {spec.name}", body), s),
        "/": _home(spec, slug, headline, "L’actualité du Brabant wallon, chaque jour."),
    }


# --- a Japanese Q&A thread on a Windows "security warning" locker -----------------------


@branded
def ja_qa_chiebukuro(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    qid = rng.randint(10**11, 10**12 - 1)
    path = f"/qa/question_detail/q{qid}"
    answers = "".join(
        f'<div class="ClapLv2Answer"><div class="ClapLv2Answer__user"><span class="ClapLv2Answer__name">{esc(who)}</span>'
        f'<span class="ClapLv2Answer__date">2026/2/{day} {hour}:{rng.randint(10, 59)}</span></div>'
        f'<div class="ClapLv2Answer__text">{text}</div>'
        f'<div class="ClapLv2Answer__react"><span>ナイス！ {likes}</span></div></div>'
        for who, day, hour, likes, text in (
            ("pc_sodan_man", 26, 21, 48,
             "それは典型的なサポート詐欺です。Microsoft が警告画面に電話番号を表示することはありません。"
             f"{_q(s, q, 'dashed')} には絶対に電話しないでください。Ctrl+Alt+Delete でタスクマネージャーを開き、"
             "ブラウザを終了すれば消えます。音が鳴っていても PC は壊れていません。"),
            ("hikari_0915", 26, 22, 17,
             f"うちの母も同じ画面が出ました。番号も同じ {_q(s, q, 'compact')} でした。"
             "電話してしまった場合は遠隔操作ソフトを削除し、IPA の安心相談窓口に相談してください。"),
        )
    )  # fmt: skip
    body = (
        '<div id="wrapper"><header class="ClapLv1Header"><a class="ClapLv1Header__logo" href="/">'
        f"{esc(spec.name)}</a><form class=\"ClapLv1Search\" action=\"/search\"><input name=\"p\" placeholder=\"キーワードで質問を探す\"></form></header>"
        '<main class="ClapLv1Main"><nav class="ClapLv1Breadcrumb"><a href="/category/pc">パソコン</a> › <a href="/category/pc/security">セキュリティ</a></nav>'
        '<div class="ClapLv2QuestionItem"><div class="ClapLv2QuestionItem__user"><span>ID非公開さん</span>'
        '<span class="ClapLv2QuestionItem__date">2026/2/26 20:47</span></div>'
        '<h1 class="ClapLv2QuestionItem__title">「Windows セキュリティ警告」が出て電話するように言われました</h1>'
        '<div class="ClapLv2QuestionItem__body"><p>ニュースサイトを見ていたら急に画面が青くなり、警告音が鳴りだしました。'
        f"「このPCはブロックされました」「Microsoft サポート {_q(s, q, 'dashed')} に電話してください」と表示され、"
        "閉じることができません。電話したほうがいいのでしょうか？ とても怖いです。</p></div>"
        '<div class="ClapLv2QuestionItem__meta"><span>閲覧数：2,481</span> <span>回答数：2</span></div></div>'
        '<section class="ClapLv2AnswerList"><h2 class="ClapLv2AnswerList__title">回答</h2>'
        f"{answers}</section></main>"
        '<footer class="ClapLv1Footer"><a href="/help">ヘルプ・お問い合わせ</a> · <a href="/guideline">ガイドライン</a> · '
        f"<span>© 2026 {esc(spec.name)}</span></footer></div>"
    )
    title = "「Windows セキュリティ警告」が出て電話するように言われました"
    return {
        path: (document(spec.lang, f"{title} - {spec.name}", body), s),
        "/": _home(spec, path, title, "パソコンやスマホの困りごとを質問・回答できるコミュニティです。"),
    }


# --- a German "wer hat angerufen" number page -------------------------------------------


@branded
def de_rueckwaerts_nummer(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    digits = numbers.national_digits(q)
    path = f"/rufnummer/{digits}"
    s = Sheet()
    views = rng.randint(1200, 6400)
    comments = "".join(
        f'<li class="bewertung bewertung--{cls}"><div class="bewertung__kopf"><b>{esc(who)}</b> · {esc(day)} · '
        f'<span class="bewertung__typ">{esc(kind)}</span></div><p>{esc(text)}</p></li>'
        for cls, who, day, kind, text in (
            ("gefaehrlich", "Gast", "28.02.2026", "Betrug",
             "Angeblicher ING Sicherheitsdesk. Auf einer Webseite stand, mein Konto sei eingeschränkt, ich solle hier anrufen. Die ING hat bestätigt: nicht von ihnen."),
            ("gefaehrlich", "Monika K.", "27.02.2026", "Betrug",
             "Der Mann wollte, dass ich in der Banking-App eine „Freigabe“ bestätige. Habe aufgelegt und die Bank angerufen."),
            ("neutral", "Frankfurter", "25.02.2026", "Unbekannt",
             "Frankfurter Vorwahl, aber kein Eintrag im Telefonbuch. Finger weg."),
        )
    )  # fmt: skip
    body = (
        f'<div class="wha"><header class="wha-kopf"><a class="wha-logo" href="/">{esc(spec.name)}</a>'
        '<form class="wha-suche" action="/suche"><input name="nummer" placeholder="Rufnummer eingeben, z. B. 030 …"><button>Suchen</button></form></header>'
        '<main class="wha-inhalt">'
        f"<h1>Wer hat angerufen von {_q(s, q, 'national')}?</h1>"
        '<table class="wha-daten"><tbody>'
        f"<tr><th>Rufnummer</th><td>{_q(s, q, 'national')}</td></tr>"
        f"<tr><th>International</th><td>{_q(s, q, 'intl')}</td></tr>"
        "<tr><th>Ort</th><td>Frankfurt am Main (Vorwahl 069)</td></tr>"
        f"<tr><th>Aufrufe</th><td>{views}</td></tr>"
        '<tr><th>Einschätzung</th><td class="wha-rot">gefährlich (3 Bewertungen)</td></tr></tbody></table>'
        '<p class="wha-hinweis">Nutzer melden diese Nummer im Zusammenhang mit gefälschten Sicherheitswarnungen einer Bank. '
        "Banken fordern Sie nie auf, über eine Nummer von einer Webseite eine Freigabe zu bestätigen.</p>"
        f'<h2>Bewertungen zu {_q(s, q, "compact")}</h2><ul class="wha-bewertungen">{comments}</ul>'
        '<form class="wha-bewerten" action="/bewerten" method="post"><textarea name="text" placeholder="Ihre Erfahrung mit dieser Nummer"></textarea>'
        "<button>Bewertung abgeben</button></form></main>"
        '<footer class="wha-fuss"><a href="/impressum">Impressum</a> · <a href="/kontakt">Kontakt</a> · <a href="/datenschutz">Datenschutz</a></footer></div>'
    )
    home_s = Sheet()
    home = (
        f'<header class="wha-kopf"><a class="wha-logo" href="/">{esc(spec.name)}</a></header>'
        "<main><h1>Unbekannte Rufnummer? Hier nachschlagen</h1><p>Lesen Sie, was andere über eine Nummer berichten, bevor Sie zurückrufen.</p>"
        '<h2>Zuletzt gesucht</h2><ul class="wha-zuletzt">'
        f'<li><a href="{path}">{_q(home_s, q, "national")}</a> – gefährlich</li></ul></main>'
    )
    return {
        path: (document(spec.lang, f"{numbers.write(q, 'national')} – wer hat angerufen? | {spec.name}", body), s),
        "/": (document(spec.lang, f"{spec.name} – Rückwärtssuche für Rufnummern", home), home_s),
    }


# --- a Bristol managed IT provider on HubSpot CMS ----------------------------------------


@branded
def gb_hubspot_msp(spec: Spec, rng: Random) -> Drafts:
    own, ms, apple = spec.phones
    s = Sheet()
    portal = rng.randint(20000000, 29999999)
    cid = rng.randint(100000000000, 199999999999)

    def row(n: int, inner: str) -> str:
        return (
            f'<div class="row-fluid-wrapper row-depth-1 row-number-{n} dnd-section">'
            f'<div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell">'
            f'<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" id="hs_cos_wrapper_widget_{cid + n}" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
            f"{inner}</div></div></div></div>"
        )

    vendors = "".join(
        f"<tr><td>{esc(a)}</td><td>{s.tel(n, s.num(n, 'national'))}</td><td>{esc(c)}</td></tr>"
        for a, n, c in (
            ("Microsoft (UK)", ms, "Licensing and account issues we cannot resolve for you"),
            ("Apple Support (UK)", apple, "AppleCare claims for company iPhones and Macs"),
        )
    )
    head = (
        '<meta name="generator" content="HubSpot">\n'
        f'<link rel="stylesheet" href="//{portal}.fs1.hubspotusercontent-eu1.net/hubfs/{portal}/hub_generated/template_assets/1/{cid}/1709212345678/template_main.min.css">\n'
    )
    body = (
        f'<div class="body-wrapper hs-content-id-{cid} hs-site-page page">'
        '<div data-global-resource-path="severnbridge/templates/partials/header.html"><header class="header">'
        f'<a class="header__logo" href="/">{esc(spec.name)}</a><nav class="header__menu"><ul>'
        '<li><a href="/managed-it">Managed IT</a></li><li><a href="/cyber-security">Cyber security</a></li>'
        '<li><a href="/about">About</a></li><li><a href="/support">Support</a></li></ul></nav></header></div>'
        '<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home">'
        + row(
            1,
            "<h1>Managed IT support for Bristol businesses</h1>"
            "<p>Since 2014 we have looked after the laptops, servers, Microsoft 365 tenants and networks of accountants, "
            "dental practices and design studios across Bristol and Bath. One fixed monthly fee, a named engineer and "
            "a UK-based service desk.</p>"
            f"<p>Service desk: {s.tel(own, s.num(own, 'national'))} · Mon–Fri 8:00–18:00</p>",
        )
        + row(
            2,
            "<h2>Vendor support lines</h2><p>Under a managed contract you call us first. When a vendor has to be involved, "
            "these are their published UK numbers – we will never ask you to ring a number from a pop-up or an e-mail.</p>"
            f'<table class="vendor-table"><thead><tr><th>Vendor</th><th>Number</th><th>When</th></tr></thead><tbody>{vendors}</tbody></table>',
        )
        + row(
            3,
            "<h2>Remote support</h2><p>Our engineers only connect after you have opened a ticket and read them the code "
            "from the Severnbridge support app in your system tray. We never cold-call about viruses or licences.</p>",
        )
        + "</div></main>"
        '<footer class="footer"><p>Severnbridge IT Ltd · Registered in England and Wales · Temple Quay, Bristol BS1</p>'
        '<p><a href="/privacy-policy">Privacy policy</a> · <a href="/support">Support</a></p></footer></div>'
        f'<script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/{portal}.js"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} | Managed IT support Bristol", body, head), s)}


# --- a Dutch coffee roaster on Shopify Dawn with Shopify Inbox chat ----------------------


@branded
def nl_shopify_dawn_koffie(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "spaced_dash")  # 030 - 688 12 40
    shop_id = rng.randint(50000000000, 59999999999)
    theme_id = rng.randint(130000000000, 139999999999)
    slug = spec.host.removeprefix("www.").split(".")[0]
    products = "".join(
        '<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">'
        '<div class="card card--standard card--media"><div class="card__inner ratio">'
        f'<div class="card__media"><img src="//{spec.host}/cdn/shop/files/{img}.jpg?v={rng.randint(1690000000, 1709999999)}&amp;width=533" alt="{esc(name)}" loading="lazy" width="533" height="533"></div></div>'
        f'<div class="card__content"><h3 class="card__heading h5"><a href="/products/{img}" class="full-unstyled-link">{esc(name)}</a></h3>'
        f'<div class="price"><span class="price-item price-item--regular">{esc(price)}</span></div></div></div></div></li>'
        for img, name, price in (
            ("molenmelange-250g", "Molenmelange – bonen 250 g", "€ 8,95"),
            ("ethiopie-guji-250g", "Ethiopië Guji – filter 250 g", "€ 11,50"),
            ("espresso-ijsselstein-1kg", "Espresso IJsselstein – 1 kg", "€ 27,95"),
            ("proefpakket-3x250g", "Proefpakket 3 × 250 g", "€ 24,00"),
        )
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": spec.name,
        "url": f"https://{spec.host}",
        "telephone": numbers.write(s.hidden(own), "intl"),
        "sameAs": ["https://www.instagram.com/koffiebranderijdemolen"],
    }
    head = (
        f'<link href="//{spec.host}/cdn/shop/t/7/assets/base.css?v={rng.randint(10**17, 10**18 - 1)}" rel="stylesheet" type="text/css" media="all">\n'
        "<script>window.Shopify = window.Shopify || {};\n"
        f'Shopify.shop = "{slug}.myshopify.com";\nShopify.locale = "nl";\nShopify.currency = {{"active":"EUR","rate":"1.0"}};\n'
        f'Shopify.theme = {{"name":"Dawn","id":{theme_id},"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"}};</script>\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    body = (
        '<a class="skip-to-content-link button visually-hidden" href="#MainContent">Meteen naar de content</a>'
        '<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">'
        '<div class="announcement-bar color-scheme-4 gradient"><p class="announcement-bar__message h5">Gratis verzending vanaf € 35 · vandaag gebrand, morgen in huis</p></div></div>'
        '<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">'
        '<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">'
        f'<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">{esc(spec.name)}</span></a>'
        '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/all" class="header__menu-item list-menu__item link link--text focus-inset">Koffie</a></li>'
        '<li><a href="/pages/over-ons" class="header__menu-item list-menu__item link link--text focus-inset">Over ons</a></li>'
        '<li><a href="/pages/contact" class="header__menu-item list-menu__item link link--text focus-inset">Contact</a></li></ul></nav></header></sticky-header></div>'
        '<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">'
        '<div id="shopify-section-template--home__image_banner" class="shopify-section section"><div class="banner banner--content-align-center banner--medium">'
        '<div class="banner__content page-width"><div class="banner__box content-container color-scheme-3 gradient">'
        '<h2 class="banner__heading inline-richtext h1">Ambachtelijk gebrand in IJsselstein</h2>'
        '<div class="banner__text rte"><p>Sinds 1996 branden wij onze bonen in kleine partijen op een Probat uit 1958.</p></div>'
        '<div class="banner__buttons"><a href="/collections/all" class="button button--primary">Bekijk alle koffie</a></div></div></div></div></div>'
        '<div id="shopify-section-template--home__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient"><div class="collection section-template-padding page-width">'
        '<div class="collection__title title-wrapper title-wrapper--no-top-margin"><h2 class="title inline-richtext h2">Populair</h2></div>'
        f'<ul id="Slider-template--home__featured_collection" class="grid product-grid contains-card contains-card--product grid--4-col-desktop grid--2-col-tablet-down" role="list">{products}</ul></div></div></div>'
        "</main>"
        '<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">'
        '<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Klantenservice</h2>'
        "<div class=\"footer-block__details-content rte\"><p>Vragen over je bestelling of abonnement? Chat met ons via de knop "
        f"rechtsonder of bel {s.tel(own, shown, national=True)} (ma–vr 9:00–17:00).</p>"
        "<p>Benschopperstraat 11, 3401 DA IJsselstein · branderij@koffiebranderij-demolen.nl</p></div></div></div>"
        '<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, '
        f'<a href="/" title="">{esc(spec.name)}</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Mogelijk gemaakt door Shopify</a></small></div></div></footer>'
        f'<div id="ShopifyChat" data-shop-id="{shop_id}" data-button-text="Chat met ons" data-position="right"></div>'
        f'<script src="https://cdn.shopify.com/extensions/{_uuid(rng)}/inbox-1235/assets/shopifyChatV1Widget.js" defer="defer"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – versgebrande koffie uit IJsselstein", body, head), s)}


def _uuid(rng: Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --- a Rennes computer repair shop on WordPress Divi ------------------------------------


@branded
def fr_divi_depannage_rennes(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    local = s.num(own, "national")  # 02 99 38 54 12
    siret = f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10000, 99999)}"
    n = 0

    def text(inner: str) -> str:
        nonlocal n
        n += 1
        return (
            f'<div class="et_pb_module et_pb_text et_pb_text_{n} et_pb_text_align_left et_pb_bg_layout_light">'
            f'<div class="et_pb_text_inner">{inner}</div></div>'
        )

    def section(i: int, inner: str) -> str:
        return (
            f'<div class="et_pb_section et_pb_section_{i} et_section_regular"><div class="et_pb_row et_pb_row_{i}">'
            f'<div class="et_pb_column et_pb_column_4_4 et_pb_column_{i} et-last-child">{inner}</div></div></div>'
        )

    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        '<meta content="Divi v.4.25.1" name="generator">\n'
        "<link rel='stylesheet' id='divi-style-parent-css' href='/wp-content/themes/Divi/style-static.min.css?ver=4.25.1' type='text/css' media='all'>\n"
    )
    body = (
        '<div id="page-container"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">'
        f'<div class="logo_container"><a href="/"><img src="/wp-content/uploads/2019/03/logo-pc-secours.png" alt="{esc(spec.name)}" id="logo"></a></div>'
        '<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item current-menu-item"><a href="/">Accueil</a></li>'
        '<li class="menu-item"><a href="/tarifs/">Tarifs</a></li><li class="menu-item"><a href="/assistance-a-distance/">Assistance à distance</a></li>'
        '<li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav></div></div></header>'
        '<div id="et-main-area"><div id="main-content"><article class="page type-page status-publish"><div class="entry-content">'
        '<div id="et-boc" class="et-boc"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">'
        + section(
            0,
            text(
                "<h1>Dépannage informatique à Rennes depuis 2008</h1>"
                "<p>Ordinateur lent, écran cassé, virus, données perdues ? Notre atelier du quartier Sainte-Anne répare PC "
                "et Mac de toutes marques, pour les particuliers comme pour les TPE. Devis gratuit, toujours avant intervention.</p>"
                f"<p>Téléphone : {s.tel(own, local)} · du mardi au samedi, 9h30–12h30 et 14h–19h</p>"
            ),
        )
        + section(
            1,
            text(
                "<h2>Assistance à distance pour nos clients</h2>"
                "<p>Pour un petit souci (imprimante, messagerie, mise à jour Windows), nous pouvons intervenir à distance :</p>"
                "<ol><li>Appelez-nous d’abord pour ouvrir un dossier.</li>"
                '<li>Téléchargez <a href="https://download.teamviewer.com/download/TeamViewerQS.exe">TeamViewer QuickSupport</a> '
                'ou, sur Mac, <a href="https://anydesk.com/fr/downloads/mac-os">AnyDesk</a>.</li>'
                "<li>Donnez au technicien l’ID affiché ; vous voyez tout ce qu’il fait et pouvez couper à tout moment.</li></ol>"
                "<p>Facturation au quart d’heure (15 €). Nous ne vous appellerons jamais sans que vous l’ayez demandé.</p>"
            ),
        )
        + section(
            2,
            text(
                "<h2>Nous trouver</h2><p>14 rue de Saint-Malo, 35000 Rennes · bus C1, arrêt Sainte-Anne</p>"
                f"<p>Clients hors de France : {s.num(own, 'intl_zero_pairs')}</p>"
            ),
        )
        + "</div></div></div></div></article></div>"
        '<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix">'
        f'<div id="footer-info">© 2008–2026 {esc(spec.name)} · SARL au capital de 8 000 € · SIRET {siret} · '
        '<a href="/mentions-legales/">Mentions légales</a></div></div></div></footer></div></div>'
        "<script type='text/javascript' src='/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.1' id='divi-custom-script-js'></script>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – dépannage informatique à Rennes", body, head, ' class="home page-template-default et_pb_button_helper_class et_divi_theme"'), s)}


# --- ING Germany's own help page on security in banking --------------------------------


@branded
def de_ing_hilfe_sicherheit(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # ["069", "342224"]
    ing_way = _written(s, own, f"{g[0]} / {g[1][:2]} {g[1][2:4]} {g[1][4:]}")  # 069 / 34 22 24
    path = "/kundenservice/sicherheit-im-banking/"
    faq = "".join(
        f'<details class="ing-accordion__item"><summary class="ing-accordion__head">{esc(q)}</summary>'
        f'<div class="ing-accordion__body">{a}</div></details>'
        for q, a in (
            ("Wie sperre ich meinen Zugang zum Internetbanking?",
             "<p>Am schnellsten in der ING App oder im Internetbanking unter Einstellungen › Sperren. Nach dreimaliger "
             "falscher Eingabe sperren wir Ihren Zugang automatisch.</p>"),
            ("Jemand hat angerufen und sich als ING ausgegeben – was nun?",
             "<p>Legen Sie auf. Wir fragen am Telefon nie nach Ihrer Internetbanking PIN, Ihrem DiBa Key oder nach "
             "einer Freigabe in der App, die Sie nicht selbst angestoßen haben. Rufen Sie uns über die App oder die "
             "Nummer auf dieser Seite zurück.</p>"),
            ("Eine Webseite meldet, mein Konto sei eingeschränkt.",
             "<p>Solche Meldungen kommen nicht von uns. Schließen Sie die Seite und rufen Sie keine dort genannte Nummer an. "
             "Den Stand Ihres Kontos sehen Sie jederzeit in der App.</p>"),
        )
    )  # fmt: skip
    head = (
        f'<link rel="stylesheet" href="/etc.clientlibs/ing/clientlibs/clientlib-site.lc-{_uuid(rng)[:8]}-lc.min.css" type="text/css">\n'
        '<meta name="description" content="Schnelle Hilfe im Notfall: Karte oder Zugang sperren, Betrug melden.">\n'
    )
    body = (
        '<div class="root responsivegrid"><header class="ing-header"><a class="ing-header__logo" href="/">'
        '<img src="/content/dam/ing/logo/ing-logo.svg" alt="ING" width="90" height="24"></a>'
        '<nav class="ing-header__nav"><a href="/girokonto/">Girokonto</a><a href="/sparen/">Sparen</a><a href="/wertpapiere/">Wertpapiere</a>'
        '<a href="/hilfe/">Hilfe</a><a class="ing-button ing-button--secondary" href="https://banking.ing.de/app/login">Log-in</a></nav></header>'
        '<main class="ing-main"><div class="ing-stage"><h1 class="ing-stage__title">Sicherheit im Banking: schnelle Hilfe im Notfall</h1>'
        '<p class="ing-stage__text">Karte verloren, Zugangsdaten verraten oder einen Betrugsversuch bemerkt? So sperren '
        "Sie Karte und Zugang sofort.</p></div>"
        '<div class="ing-teaser ing-teaser--highlight"><h2>Rund um die Uhr: Karten und Zugang sperren</h2>'
        f'<p class="ing-teaser__phone">{s.tel(own, ing_way)}</p>'
        "<p>Halten Sie Ihre Zugangsnummer bereit – das sind die letzten 10 Stellen Ihrer IBAN. Noch schneller geht es "
        "mit dem Anruf aus der ING App, dann erkennen wir Sie automatisch.</p></div>"
        '<section class="ing-accordion"><h2>Häufige Fragen im Notfall</h2>'
        f"{faq}</section></main>"
        '<footer class="ing-footer"><p>ING-DiBa AG · Theodor-Heuss-Allee 2 · 60486 Frankfurt am Main</p>'
        '<p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/hilfe/kontakt/">Kontakt</a></p></footer></div>'
    )
    return {
        path: (document(spec.lang, "Sicherheit im Banking – Hilfe im Notfall | ING", body, head), s),
        "/": _home(spec, path, "Sicherheit im Banking", "Girokonto, Sparen und Wertpapiere bei Deutschlands drittgrößter Bank."),
    }


# --- an old Kuopio seniors' computer club on Drupal 7 -----------------------------------


@branded
def fi_drupal_seniorinetti(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "split_sub")  # 017 261 5840
    node = rng.randint(100, 900)
    events = "".join(
        f'<tr class="{cls}"><td>{esc(d)}</td><td>{esc(t)}</td></tr>'
        for cls, d, t in (
            ("odd", "ti 3.3.2026 klo 13–15", "Digituki-ilta: älypuhelimen perusteet, pääkirjasto"),
            ("even", "ti 10.3.2026 klo 13–15", "Verkkopankki ja huijausviestit – kysy rohkeasti"),
            ("odd", "ti 17.3.2026 klo 13–15", "Kanta-palvelut ja Omakanta"),
        )
    )
    head = (
        '<meta name="Generator" content="Drupal 7 (http://drupal.org)">\n'
        '<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all">\n'
    )
    body = (
        '<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">'
        f'<a href="/" title="Etusivu" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Etusivu"></a>'
        f'<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Etusivu" rel="home"><span>{esc(spec.name)}</span></a></strong></div>'
        '<div id="site-slogan">Tietotekniikkaa ikäihmisille vuodesta 2009</div></div></div></div>'
        '<div id="navigation"><div class="section"><ul id="main-menu" class="links inline clearfix"><li class="menu-218 first active"><a href="/" class="active">Etusivu</a></li>'
        '<li class="menu-433"><a href="/tapahtumat">Tapahtumat</a></li><li class="menu-434"><a href="/yhdistys">Yhdistys</a></li><li class="menu-435 last"><a href="/yhdistys/tuki-ja-yhteystiedot">Yhteystiedot</a></li></ul></div></div>'
        '<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">'
        '<h1 class="title" id="page-title">Digitukea senioreille Kuopiossa</h1>'
        '<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">'
        f'<div id="node-{node}" class="node node-page clearfix" about="/etusivu" typeof="foaf:Document"><div class="content">'
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">'
        "<p>Kuopion Seniorinetti ry on vapaaehtoisten ylläpitämä yhdistys, joka on neuvonut ikäihmisiä tietokoneiden, "
        "tablettien ja älypuhelinten kanssa jo vuodesta 2009. Opastus on jäsenille maksutonta.</p>"
        "<p>Tukivuoroissa istumme kanssasi saman koneen ääressä. Emme ota etäyhteyttä kenenkään koneelle emmekä koskaan "
        "soita pyytämättä. Jos joku soittaa ja väittää olevansa ”Microsoftin tuesta” tai pankista, lopeta puhelu.</p>"
        f'<h2>Tulevat tukivuorot</h2><table class="sticky-enabled"><tbody>{events}</tbody></table>'
        f"<p>Kysyttävää? Soita tiistaisin klo 10–12: <strong>{shown}</strong> tai kirjoita osoitteeseen neuvonta@kuopionseniorinetti.fi</p>"
        "</div></div></div></div></div></div></div></div></div></div></div></div>"
        '<div id="footer"><div class="section"><div class="region region-footer"><div id="block-block-1" class="block block-block">'
        f"<p>{esc(spec.name)} ry · Kuopion pääkirjasto, Maaherrankatu 12, 70100 Kuopio · Sivusto päivitetty 26.2.2026</p>"
        "</div></div></div></div></div></div>"
    )
    return {"/": (document(spec.lang, f"Digitukea senioreille | {spec.name}", body, head, ' class="html front not-logged-in one-sidebar"'), s)}


TEMPLATES = {
    "befr_journal_arnaque": with_contact("/contact/", befr_journal_arnaque),
    "ja_qa_chiebukuro": with_contact("/help", ja_qa_chiebukuro),
    "de_rueckwaerts_nummer": with_contact("/kontakt", de_rueckwaerts_nummer),
    "gb_hubspot_msp": with_contact("/support", gb_hubspot_msp),
    "nl_shopify_dawn_koffie": with_contact("/pages/contact", nl_shopify_dawn_koffie),
    "fr_divi_depannage_rennes": with_contact("/contact/", fr_divi_depannage_rennes),
    "de_ing_hilfe_sicherheit": with_contact("/hilfe/kontakt/", de_ing_hilfe_sicherheit),
    "fi_drupal_seniorinetti": with_contact("/yhdistys/tuki-ja-yhteystiedot", fi_drupal_seniorinetti),
}
