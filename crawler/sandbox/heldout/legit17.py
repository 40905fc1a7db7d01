"""Seventeenth batch of held-out honest templates: page shells no earlier batch uses.

b17_ch_livingdocs_kaspersky_article (a Zurich-region paper's article on a Livingdocs shell
about a pensioner who lost money to the fake Kaspersky hotline, quoting its number),
b17_be_vbulletin_locker_thread (a Flemish vBulletin 4 thread: a victim of the "Windows
Update" locker tells how she called and paid), b17_ja_bangou_lookup (a Japanese reverse
number lookup page for the unbranded remote-support free dial), b17_fi_liferay_bank_warning
(a Finnish savings bank's Liferay warning listing three reported scam numbers, with the
bank's own fraud line), b17_uk_sitefinity_reseller (a Huddersfield IT reseller on Sitefinity
with its own number and Microsoft's and Apple's genuine UK lines), b17_lu_spip_repair (an
Esch-sur-Alzette repair shop since 1999 on SPIP with a TeamViewer QuickSupport download),
b17_nl_webador_freelancer (a ten-week-old Zwolle computer-help freelancer on Webador) and
b17_nz_sitecore_brother_official (Brother New Zealand's own customer-care contact page).
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


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _home(spec: Spec, link: str, label: str, blurb: str) -> tuple[str, Sheet]:
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>{esc(blurb)}</p><p><a href="{esc(link)}">{esc(label)}</a></p></main>'
    )
    return document(spec.lang, spec.name, body), Sheet()


# --- a Zurich-region paper's article on a Livingdocs shell -------------------------------


@branded
def b17_ch_livingdocs_kaspersky_article(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    doc = rng.randint(1700000, 1799999)
    path = f"/region/dietikon/falsche-kaspersky-hotline-seniorin-verliert-4800-franken-ld.{doc}"
    headline = "Falsche Kaspersky-Hotline: Seniorin aus Dietikon verliert 4800 Franken"
    plain = _q(s, q, "national")  # 0800 614 273
    intl = _q(s, q, "intl")  # +41 800 614 273
    paras = (
        "Die 78-Jährige wollte nur ihr Virenschutzprogramm verlängern. Sie suchte im Internet nach «Kaspersky "
        "Kundendienst Schweiz» und landete auf einer Seite, die genau so hiess. Eine Telefonnummer stand dort nicht "
        "im Text – erst als sie auf den grünen Knopf «Jetzt anrufen» drückte, wählte ihr Telefon automatisch.",
        f"Die Nummer, die ihr Telefon anzeigte, lautete {intl}. Eine Gratisnummer, was sie zusätzlich beruhigte. Der "
        "freundliche Mann am anderen Ende bat sie, ein Fernwartungsprogramm zu installieren, und erklärte, ihr "
        "Computer sei «von Hackern aus dem Ausland übernommen» worden.",
        "Während er angeblich den Schaden behob, sollte sie sich ins E-Banking einloggen, «damit die Rückerstattung "
        "für das alte Abo gutgeschrieben werden kann». Am nächsten Tag fehlten 4800 Franken auf ihrem Konto.",
        f"Die Kantonspolizei Zürich bestätigt, dass ihr mehrere Fälle mit der Nummer {plain} bekannt sind. Kaspersky "
        "selbst betreibt in der Schweiz keine solche Hotline und verlangt nie Zugriff auf das E-Banking.",
        "Die Polizei rät: Telefonnummern für den Kundendienst nur auf der offiziellen Website des Herstellers "
        "suchen, nie Fremden Fernzugriff gewähren und im Zweifel sofort die eigene Bank anrufen.",
    )
    body_html = "".join(f'<p class="ld-paragraph">{p}</p>' for p in paras)
    head = (
        f'<link rel="stylesheet" href="/assets/livingdocs/design-limmattaler@{rng.randint(10, 30)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}/css/main.css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<meta property="og:type" content="article">\n'
        '<meta name="author" content="Sandra Frei">\n'
    )
    body = (
        f'<header class="site-header"><a href="/" class="site-header__logo">{esc(spec.name)}</a>'
        '<nav class="site-header__nav"><a href="/region/">Region</a><a href="/schweiz/">Schweiz</a><a href="/sport/">Sport</a>'
        '<a href="/kontakt/">Kontakt</a></nav></header>'
        f'<main><article class="ld-article" data-li-document-id="{doc}">'
        '<div class="doc-section ld-head"><p class="ld-kicker">Betrug am Telefon</p>'
        f'<h1 class="ld-title">{esc(headline)}</h1>'
        '<p class="ld-lead">Wer im Internet nach dem Kundendienst seines Virenschutzes sucht, landet oft bei Betrügern. '
        "Eine Dietikerin hat das teuer bezahlt.</p>"
        '<p class="ld-byline">Sandra Frei · <time datetime="2026-02-27T05:45:00+01:00">27.02.2026, 05.45 Uhr</time></p></div>'
        f'<div class="doc-section ld-body">{body_html}</div>'
        '<aside class="doc-section ld-infobox"><h2>So schützen Sie sich</h2><ul><li>Keine Fernwartung für Unbekannte</li>'
        "<li>Nie ins E-Banking einloggen, während jemand zuschaut</li><li>Verdächtige Nummern bei der Polizei melden</li></ul></aside>"
        "</article></main>"
        f'<footer class="site-footer"><p>© 2026 {esc(spec.name)} · Zeitung für das Limmattal</p>'
        '<p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/kontakt/">Kontakt</a></p></footer>'
        f'<script src="/assets/livingdocs/embeds-{_hex(rng, 8)}.js" defer></script>'
    )
    return {
        path: (document(spec.lang, f"{headline} | {spec.name}", body, head), s),
        "/": _home(spec, path, headline, "Nachrichten aus dem Limmattal und der Region Zürich."),
    }


# --- a Flemish vBulletin 4 thread about the "Windows Update" locker -----------------------


@branded
def b17_be_vbulletin_locker_thread(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    tid = rng.randint(40000, 49999)
    path = f"/forum/veiligheid-en-virussen/{tid}-scherm-vast-met-windows-update-en-een-nummer-gebeld-en-betaald"
    colon = _q(s, q, "pairs", "colon")  # 085:208:41:77
    pairs = _q(s, q, "pairs")  # 085 208 41 77
    posts = (
        ("rita_geel", "26-02-2026, 20:14",
         "Hallo, gisteren bleef mijn laptop hangen op een blauw scherm ‘Updates worden uitgevoerd’ en er kwam een "
         f"venster van Windows-beveiliging met een nummer: {colon}. Er ging ook een alarm af en een stem zei dat mijn "
         "computer geblokkeerd was. Ik heb gebeld, een man heeft AnyDesk laten installeren en ik heb €199 "
         "overgeschreven voor een ‘beveiligingspakket’. Nu twijfel ik heel erg. Wat moet ik doen?"),
        ("Jef_moderator", "26-02-2026, 20:41",
         "Dag Rita, dat is een nep-melding in de browser, geen echte Windows Update. Microsoft zet nooit een "
         "telefoonnummer in een foutmelding. Haal je laptop van het internet, verwijder AnyDesk en bel meteen je "
         "bank of Card Stop om de overschrijving te laten tegenhouden."),
        ("pcdokter_mol", "26-02-2026, 21:05",
         f"Voor wie hier via Google terechtkomt: het {pairs} is een Nederlands 085-nummer en heeft niets met "
         "Microsoft te maken. Zo’n scherm krijg je weg met Ctrl+Shift+Esc of door de browser geforceerd af te "
         "sluiten. Meld het ook bij Safeonweb."),
        ("rita_geel", "27-02-2026, 09:30",
         "Bedankt allemaal. De bank heeft de overschrijving kunnen terughalen en de laptop is nagekeken. "
         "Ik trap er geen tweede keer in."),
    )  # fmt: skip
    items = "".join(
        f'<li class="postbitlegacy postbitim postcontainer old" id="post_{tid * 10 + i}">'
        f'<div class="posthead"><span class="postdate old"><span class="date">{esc(when)}</span></span></div>'
        f'<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" href="/members/{esc(who)}.html"><strong>{esc(who)}</strong></a></div></div>'
        f'<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{tid * 10 + i}">'
        f'<blockquote class="postcontent restore">{text}</blockquote></div></div></div></div></div></li>'
        for i, (who, when, text) in enumerate(posts)
    )
    head = (
        '<meta name="generator" content="vBulletin 4.2.5">\n'
        f'<link rel="stylesheet" type="text/css" href="/clientscript/vbulletin_css/style00{rng.randint(1, 9)}l/main-rollup.css?d={rng.randint(1600000000, 1699999999)}">\n'
        '<script type="text/javascript" src="/clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>\n'
    )
    body = (
        '<div class="above_body"><div id="header" class="floatcontainer doc_header">'
        f'<div><a name="top" href="/forum/" class="logo-image"><img src="/images/misc/kempen-logo.png" alt="{esc(spec.name)}"></a></div>'
        '<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="/register.php">Registreren</a></li><li><a href="/contact">Contact</a></li></ul></div></div>'
        '<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="/forum/">Forum</a></li></ul></div></div>'
        '<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer">'
        '<li class="navbithome"><a href="/forum/">Forum</a></li><li class="navbit"><a href="/forum/veiligheid-en-virussen/">Veiligheid en virussen</a></li></ul>'
        f'<h1>Scherm vast met ‘Windows Update’ en een nummer – gebeld en betaald</h1></div>'
        f'<div id="postlist" class="postlist restrain"><ol id="posts" class="posts">{items}</ol></div></div>'
        '<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"><li><a href="/contact">Contact</a></li>'
        '<li><a href="/forum/">Computerforum Kempen</a></li></ul></div>'
        '<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com">vBulletin®</a> Version 4.2.5 '
        "Copyright © 2026 vBulletin Solutions, Inc. All rights reserved.</div>"
    )
    return {
        path: (document(spec.lang, f"Scherm vast met ‘Windows Update’ en een nummer – gebeld en betaald - {spec.name}", body, head, ' class="vb_threadbit"'), s),
        "/": _home(spec, path, "Scherm vast met ‘Windows Update’ en een nummer", "Het computerforum voor de Kempen: hulp van vrijwilligers sinds 2011."),
    }


# --- a Japanese reverse number lookup page -----------------------------------------------


@branded
def b17_ja_bangou_lookup(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    compact = numbers.national_digits(q)  # 0120958374
    path = f"/number/{compact}"
    s.hidden(q, offered=False)  # the URL
    dashed = _q(s, q, "dashed")  # 0120-958-374
    intl = _q(s, q, "intl")  # +81 120 958 374
    views = rng.randint(3000, 9000)
    reviews = "".join(
        f'<li class="review review--{kind}"><p class="review__meta">{esc(when)}・{esc(lbl)}</p><p>{esc(t)}</p></li>'
        for when, kind, lbl, t in (
            ("2026年2月27日", "danger", "危険",
             "「パソコン遠隔サポート」と検索して出てきた番号。遠隔ソフトを入れさせられ、年間39,800円の契約を勧められた。"),
            ("2026年2月28日", "danger", "危険",
             "コンビニで電子マネーを買ってくるよう言われた。メーカーとは関係のない業者です。"),
            ("2026年3月1日", "unknown", "不明",
             "かけてみたら「サポートセンターです」としか名乗らなかった。会社名を聞いたら切られた。"),
        )
    )  # fmt: skip
    head = (
        f'<link rel="stylesheet" href="/static/css/app.{_hex(rng, 8)}.css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<meta name="description" content="フリーダイヤル番号の口コミ・評判">\n'
    )
    body = (
        f'<header class="g-header"><a href="/" class="g-logo">{esc(spec.name)}</a>'
        '<form action="/search" class="g-search"><input name="q" placeholder="電話番号を入力" aria-label="電話番号"><button>検索</button></form></header>'
        '<main class="l-main">'
        f"<h1>{dashed} はどこからの電話？</h1>"
        '<table class="info"><tbody>'
        f"<tr><th>電話番号</th><td>{dashed}</td></tr><tr><th>国際表記</th><td>{intl}</td></tr>"
        "<tr><th>種別</th><td>フリーダイヤル（0120）</td></tr><tr><th>事業者名</th><td>不明（「パソコン遠隔あんしんサポート」を名乗る）</td></tr>"
        f"<tr><th>アクセス数</th><td>{views:,}回</td></tr><tr><th>迷惑度</th><td><strong>危険</strong>（口コミ3件）</td></tr></tbody></table>"
        '<p class="lead">この番号はウェブ上の広告ページに「パソコン遠隔サポート」として掲載されており、遠隔操作ソフトの導入と有料契約を求めるという口コミが寄せられています。</p>'
        f'<section class="reviews"><h2>口コミ</h2><ul>{reviews}</ul></section>'
        '<p class="note">口コミは利用者の投稿です。当サイトは番号の契約者を確認していません。困ったときは消費者ホットライン「188」へ。</p>'
        "</main>"
        '<footer class="g-footer"><a href="/about">このサイトについて</a>・<a href="/privacy">プライバシーポリシー</a>・<a href="/contact">お問い合わせ</a>・<a href="/delete">削除依頼</a></footer>'
        f'<script src="/static/js/app.{_hex(rng, 8)}.js" defer></script>'
    )
    home_s = Sheet()
    home = (
        f'<header class="g-header"><a href="/" class="g-logo">{esc(spec.name)}</a></header><main class="l-main"><h1>{esc(spec.name)}</h1>'
        "<p>知らない番号から電話が来たら、まずは検索。みんなの口コミで確かめましょう。</p>"
        f'<h2>最近検索された番号</h2><ul class="trend"><li><a href="{esc(path)}">{_q(home_s, q, "dashed")}</a> – 危険</li></ul></main>'
    )
    return {
        path: (document(spec.lang, f"{dashed}の口コミ・評判｜{spec.name}", body, head), s),
        "/": (document(spec.lang, f"{spec.name} – 電話番号検索・口コミ", home), home_s),
    }


# --- a Finnish savings bank's warning on Liferay ------------------------------------------


@branded
def b17_fi_liferay_bank_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    fb, uk, nl = spec.quoted
    s = Sheet()
    path = "/web/henkiloasiakkaat/turvallisuus/ajankohtaiset-huijaukset/tekninen-tuki-huijaukset"
    fb_no = _q(s, fb, "split_sub")  # 09 4270 4815
    uk_no = _q(s, uk, "intl")  # +44 808 196 4471
    nl_no = _q(s, nl, "intl")  # +31 85 208 4177
    line = s.tel(own, s.num(own, "split_sub"))  # 020 794 5600
    portlet = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_" + _hex(rng, 12)
    rows = "".join(
        f"<tr><td>{n}</td><td>{esc(who)}</td><td>{esc(how)}</td></tr>"
        for n, who, how in (
            (fb_no, "”Facebook-tuki Suomi”", "Mainos tai verkkosivu lupaa palauttaa lukitun Facebook-tilin; soittaja pyytää kirjautumaan verkkopankkiin."),
            (uk_no, "”Amazon” tai ”Microsoft”", "Brittiläinen ilmaisnumero ”asiakaspalvelunumeroiden” hakemistosivulta; pyytää asentamaan etäyhteysohjelman."),
            (nl_no, "”Windows-tuki”", "Selaimeen avautuva lukitusikkuna ja hälytysääni; soittaja pyytää maksamaan ”suojauspaketin”."),
        )
    )
    head = (
        f'<link href="/o/frontend-theme-font-awesome-web/css/main.css?browserId=other&amp;themeId=lsptheme_WAR_lsptheme&amp;t={rng.randint(1700000000000, 1709999999999)}" rel="stylesheet" type="text/css">\n'
        f"<script>var Liferay=Liferay||{{}};Liferay.authToken='{_hex(rng, 8)}';Liferay.currentURL='{path}';</script>\n"
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">'
        '<header id="banner" role="banner"><div class="navbar navbar-classic navbar-top py-3"><div class="container-fluid container-fluid-max-xl">'
        f'<a class="logo" href="/" title="{esc(spec.name)}"><img alt="{esc(spec.name)}" src="/image/layout_set_logo?img_id={rng.randint(30000, 39999)}" height="48"></a>'
        '<nav><a href="/web/henkiloasiakkaat">Henkilöasiakkaat</a> <a href="/web/yritysasiakkaat">Yritysasiakkaat</a> <a href="/web/henkiloasiakkaat/asiakastuki">Asiakastuki</a></nav></div></div></header>'
        '<section class="container-fluid flex-fill" id="content"><div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-1">'
        f'<div class="portlet-boundary portlet-boundary_{portlet}_ portlet-journal-content" id="p_p_id_{portlet}_"><div class="portlet-content">'
        '<div class="journal-content-article">'
        "<h1>Varo teknisen tuen huijauksia – nämä numerot asiakkaamme ovat ilmoittaneet</h1>"
        '<p class="lead">Päivitetty 27.2.2026. Helmikuussa asiakkaamme ovat ilmoittaneet useista puheluista, joissa '
        "soittaja esiintyy tunnetun yrityksen teknisenä tukena ja pyytää pääsyä tietokoneelle tai verkkopankkiin.</p>"
        '<table class="table table-striped"><thead><tr><th>Numero</th><th>Esiintyy nimellä</th><th>Miten huijaus etenee</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        "<h2>Näin toimit</h2><ul><li>Älä koskaan kirjaudu verkkopankkiin toisen pyynnöstä puhelun aikana.</li>"
        "<li>Älä asenna etäyhteysohjelmaa (esim. AnyDesk) tuntemattoman pyynnöstä.</li>"
        "<li>Facebook, Microsoft tai Amazon eivät soita sinulle eivätkä pyydä pankkitunnuksiasi.</li></ul>"
        "<h2>Jos epäilet joutuneesi huijatuksi</h2>"
        f"<p>Sulje verkkopankkitunnuksesi heti ja soita pankin väärinkäytöspalveluun {line} (24/7). Tee myös "
        "rikosilmoitus poliisille. Pankki ei koskaan kysy tunnuksiasi puhelimessa tai sähköpostilla.</p>"
        "</div></div></div></div></div></div></section>"
        f'<footer id="footer" role="contentinfo"><p>{esc(spec.name)} Oy · Yrjönkatu 14, 28100 Pori</p>'
        '<p><a href="/web/henkiloasiakkaat/tietosuoja">Tietosuoja</a> · <a href="/web/henkiloasiakkaat/evasteet">Evästeet</a> · '
        '<a href="/web/henkiloasiakkaat/asiakastuki">Asiakastuki</a></p><p class="powered-by">Powered By <a href="https://www.liferay.com" rel="external">Liferay</a></p></footer></div></div>'
        f'<script src="/o/frontend-js-web/liferay/global.bundle.js?t={rng.randint(1700000000000, 1709999999999)}"></script>'
    )
    return {
        path: (document(spec.lang, f"Tekninen tuki -huijaukset - {spec.name}", body, head, ' class="controls-visible signed-out public-page site"'), s),
        "/": _home(spec, path, "Varo teknisen tuen huijauksia", "Pankkipalvelut Satakunnassa vuodesta 1864."),
    }


# --- a Huddersfield IT reseller on Sitefinity -----------------------------------------------


@branded
def b17_uk_sitefinity_reseller(spec: Spec, rng: Random) -> Drafts:
    own, ms, apple = spec.phones
    s = Sheet()
    mine = s.tel(own, s.num(own, "national"))  # 01484 538271
    ms_no = s.tel(ms, s.num(ms, "national"))  # 0800 032 6417
    apple_no = s.tel(apple, s.num(apple, "national"))  # 0800 107 6285
    head = (
        f'<meta name="Generator" content="Sitefinity 14.4.8100.0 DX">\n'
        f'<link href="/ResourcePackages/Bootstrap5/assets/dist/css/main.min.css?package=Bootstrap5&amp;v={_hex(rng, 10)}" rel="stylesheet" type="text/css">\n'
        f'<script src="/ScriptResource.axd?d={_hex(rng, 32)}&amp;t={_hex(rng, 8)}" type="text/javascript"></script>\n'
    )

    def block(inner: str) -> str:
        return (
            f'<div class="row" data-sf-element="Row"><div class="sf_colsIn col-md-12" data-sf-element="Column 1" data-placeholder-label="Column 1">'
            f'<div class="sfContentBlock sf-Long-text">{inner}</div></div></div>'
        )

    body = (
        '<div class="sf_cols"><header class="container site-header">'
        f'<a href="/" class="navbar-brand"><img src="/images/default-source/logos/pennine-it.svg" alt="{esc(spec.name)}"></a>'
        '<nav class="nav"><a class="nav-link" href="/services">Services</a><a class="nav-link" href="/microsoft-365">Microsoft 365</a>'
        '<a class="nav-link" href="/apple-for-business">Apple for business</a><a class="nav-link" href="/contact">Contact</a></nav></header>'
        '<main class="container">'
        + block(
            "<h1>IT support and licensing for Yorkshire businesses</h1>"
            "<p>Since 2012 we have looked after the networks, laptops and Microsoft 365 tenants of accountants, "
            "dental practices, schools and manufacturers across Kirklees and Calderdale. We are a Microsoft Solutions "
            "Partner and an Apple Authorised Reseller.</p>"
        )
        + block(
            "<h2>Our service desk</h2>"
            f"<p>Customers with a support agreement call our Huddersfield service desk on {mine}, Monday to Friday "
            "8am–6pm. Remote sessions are only ever started by you, with an engineer you know by name.</p>"
        )
        + block(
            "<h2>Vendor support lines</h2>"
            f"<p>For personal accounts and consumer products you can contact the vendors directly: Microsoft UK "
            f"{ms_no} and Apple Support UK {apple_no}. Neither will cold-call you about a virus.</p>"
        )
        + "</main>"
        f'<footer class="container site-footer"><p>{esc(spec.name)} Ltd · 14 Queensgate, Huddersfield HD1 2RD · '
        f"Registered in England and Wales no. {rng.randint(8000000, 8999999):08d}</p>"
        '<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p></footer></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – IT support Huddersfield", body, head), s)}


# --- an Esch-sur-Alzette repair shop on SPIP ----------------------------------------------


@branded
def b17_lu_spip_repair(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 54 72 91 38
    tel = s.tel(own, f"(+352) {plain}")
    intl = s.num(own, "intl")  # +352 54 72 91 38
    head = (
        '<meta name="generator" content="SPIP 4.2">\n'
        '<link rel="stylesheet" href="squelettes/css/weber.css" type="text/css">\n'
        '<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend">\n'
        '<script type="text/javascript" src="prive/javascript/jquery.js"></script>\n'
    )
    prices = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>"
        for a, b in (
            ("Diagnostic en atelier", "35 €"),
            ("Réinstallation de Windows 11 avec sauvegarde des données", "120 €"),
            ("Nettoyage virus et logiciels indésirables", "85 €"),
            ("Assistance à distance sur rendez-vous (par quart d’heure)", "22 €"),
        )
    )
    body = (
        '<div class="page"><div class="header" id="entete">'
        f'<a rel="start home" href="/" title="Accueil" class="accueil"><img class="spip_logo spip_logo_survol" alt="{esc(spec.name)}" src="IMG/siteon0.png" width="180" height="60"></a>'
        f'<strong id="nom_site_spip">{esc(spec.name)}</strong><p id="slogan_site_spip">Dépannage et réparation informatique à Esch-sur-Alzette depuis 1999</p></div>'
        '<div class="nav clearfix" id="nav"><ul><li><a href="/Nos-services">Nos services</a></li><li><a href="/Assistance-a-distance">Assistance à distance</a></li>'
        '<li><a href="/Contact">Contact</a></li></ul></div>'
        '<div class="wrapper"><div class="content" id="content"><div class="page_sommaire">'
        '<div class="chapo"><p>Ordinateurs fixes et portables, PC et Mac, imprimantes et réseaux : depuis plus de 25 ans, '
        "notre atelier de la rue de l’Alzette répare, nettoie et installe pour les particuliers et les petites entreprises "
        "du sud du pays.</p></div>"
        f'<div class="texte"><h2 class="spip">Tarifs</h2><table class="spip">{prices}</table>'
        '<h2 class="spip">Assistance à distance</h2><p>Pour nos clients, beaucoup de problèmes se règlent à distance. '
        "Appelez d’abord l’atelier pour fixer un rendez-vous, puis téléchargez "
        '<a href="IMG/exe/TeamViewerQS_fr.exe" class="spip_in">TeamViewer QuickSupport</a> et communiquez-nous '
        "l’ID affiché. Nous n’appelons jamais de nous-mêmes et nous ne demandons jamais vos codes LuxTrust ou bancaires.</p></div>"
        f'<div class="coordonnees"><h2 class="spip">Nous trouver</h2><p>12, rue de l’Alzette · L-4011 Esch-sur-Alzette<br>Téléphone {tel}<br>'
        "Du mardi au vendredi 9 h – 12 h et 13 h 30 – 18 h, le samedi 9 h – 12 h</p></div>"
        "</div></div></div>"
        f'<div class="footer" id="pied"><p>{esc(spec.name)} S.à r.l. · {intl} · RCS Luxembourg B{rng.randint(60000, 69999)} · TVA LU{rng.randint(15000000, 19999999)}</p>'
        '<p><a href="/Mentions-legales">Mentions légales</a> · <a href="spip.php?page=plan">Plan du site</a> · '
        '<a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP">SPIP</a></p></div></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Dépannage informatique Esch-sur-Alzette", body, head, ' class="page_sommaire"'), s)}


# --- a ten-week-old Zwolle computer-help freelancer on Webador ----------------------------


@branded
def b17_nl_webador_freelancer(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    mobile = s.num(own, "split_sub")  # 06 1287 3045
    tel = s.tel(own, mobile)
    kvk = rng.randint(96000000, 97999999)
    wid = rng.randint(4000000, 4999999)
    head = (
        '<meta name="generator" content="Webador">\n'
        f'<link rel="stylesheet" href="https://primary.webador.com/build/website-{_hex(rng, 8)}.css">\n'
        f'<script>window.JOUWWEB = window.JOUWWEB || {{}}; JOUWWEB.templateConfig = {{"websiteId": {wid}, "locale": "nl_NL"}};</script>\n'
    )

    def el(kind: str, inner: str) -> str:
        return f'<div class="jw-element jw-element-{kind}" id="jw-element-{rng.randint(100000000, 999999999)}">{inner}</div>'

    services = "".join(
        f"<li>{esc(t)}</li>"
        for t in (
            "Nieuwe laptop of computer instellen en gegevens overzetten",
            "Wifi, printer en e-mail werkend krijgen",
            "iPhone en iPad: back-ups, foto’s en WhatsApp overzetten",
            "Windows traag of vol pop-ups: opschonen en beveiligen",
            "Uitleg in gewone taal, ook voor senioren",
        )
    )
    body = (
        f'<div class="jw-website" data-website-id="{wid}"><header class="jw-header"><a href="/" class="jw-logo">{esc(spec.name)}</a>'
        '<nav class="jw-menu"><a href="/">Home</a><a href="/tarieven">Tarieven</a><a href="/contact">Contact</a></nav></header>'
        '<main class="jw-section-content">'
        + el("title", "<h1>Computerhulp aan huis in Zwolle en omgeving</h1>")
        + el(
            "rich-text",
            "<p>Ik ben Sander de Vries. Na twaalf jaar op de IT-afdeling van een zorginstelling ben ik in december 2025 "
            "voor mezelf begonnen. Ik kom bij u thuis of op kantoor en help u rustig en zonder vakjargon.</p>"
            f"<ul>{services}</ul>",
        )
        + el(
            "rich-text",
            "<h2>Tarieven</h2><p>€ 45 per uur aan huis in Zwolle (voorrijden gratis), daarbuiten € 0,25 per km. "
            "Hulp op afstand: € 12,50 per kwartier, alleen na een afspraak. Ik bel nooit zelf ongevraagd en vraag "
            "nooit om uw bankgegevens.</p>",
        )
        + el(
            "rich-text",
            "<h2>Contact</h2>"
            f"<p>Telefoon en WhatsApp: {tel} (ma–za 8.30–18.00)<br>Assendorperstraat 41, 8012 DG Zwolle<br>"
            f"KvK {kvk} · Btw-id NL00{rng.randint(1000000, 9999999)}B0{rng.randint(1, 9)}</p>",
        )
        + "</main>"
        f'<footer class="jw-footer"><p>© 2026 {esc(spec.name)} · <a href="/privacy">Privacyverklaring</a></p>'
        '<p class="jw-footer-branding">Gemaakt met <a href="https://www.webador.nl" rel="nofollow">Webador</a></p></footer></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – computerhulp aan huis in Zwolle", body, head, ' class="jw-is-frontend"'), s)}


# --- Brother New Zealand's own customer-care page (Sitecore) ----------------------------


@branded
def b17_nz_sitecore_brother_official(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    line = s.tel(own, s.num(own, "national"))  # 0800 273 766
    intl = s.num(own, "intl")  # +64 800 273 766
    path = "/support/contact-us"
    ld = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": "Brother International (NZ) Limited",
        "url": f"https://{spec.host}/",
        "address": {"@type": "PostalAddress", "streetAddress": "27 Matarawa Place, Tauriko", "addressLocality": "Tauranga", "addressCountry": "NZ"},
        "contactPoint": {"@type": "ContactPoint", "telephone": numbers.write(own, "intl"), "contactType": "customer service", "areaServed": "NZ"},
    }
    head = (
        f'<link href="/-/media/project/brother/nz/styles/main.css?rev={_hex(rng, 32)}" rel="stylesheet">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )

    def component(name: str, inner: str) -> str:
        return f'<div class="component {name}" data-sc-component="{name}" data-sc-rendering-id="{{{_hex(rng, 8).upper()}-{_hex(rng, 4).upper()}}}">{inner}</div>'

    body = (
        '<div id="wrapper"><header><div id="header" class="main clearfix">'
        '<a class="logo" href="/"><img src="/-/media/project/brother/global/logo/brother-logo.svg" alt="Brother at your side"></a>'
        '<nav class="primary-nav"><a href="/printers">Printers</a><a href="/labellers">Labellers</a><a href="/supplies">Supplies</a>'
        '<a href="/support">Support</a></nav></div></header>'
        '<main><div id="content" class="main clearfix">'
        + component("breadcrumb", '<ol><li><a href="/">Home</a></li><li><a href="/support">Support</a></li><li>Contact us</li></ol>')
        + component(
            "rich-text",
            "<h1>Contact Brother Customer Care</h1>"
            "<p>Our New Zealand-based Customer Care team can help with setting up your Brother printer, connecting it "
            "to Wi-Fi, drivers and software, warranty claims and finding an authorised service centre.</p>"
            f"<p><strong>Customer Care: {line}</strong><br>Monday to Friday, 8:30am – 5:00pm (excluding public holidays)<br>"
            f"From overseas: {intl}</p>"
            "<p>Before you call, have your model number and serial number ready (on the label at the back of the machine).</p>",
        )
        + component(
            "rich-text alert",
            "<h2>Beware of fake Brother support websites</h2>"
            "<p>We are aware of websites and search ads that use the Brother name and offer ‘printer offline’ help "
            "on other phone numbers. These are not operated by Brother. Brother will never charge you to put a "
            "printer back online, and we will only connect remotely to your computer when you have called us on the "
            "number on this page.</p>",
        )
        + component(
            "rich-text",
            "<h2>Head office</h2><p>Brother International (NZ) Limited<br>27 Matarawa Place, Tauriko<br>Tauranga 3171</p>",
        )
        + "</div></main>"
        '<footer><div id="footer" class="main"><p>© 2026 Brother International (NZ) Limited</p>'
        '<p><a href="/legal/privacy-policy">Privacy policy</a> · <a href="/legal/terms-of-use">Terms of use</a> · <a href="/support/contact-us">Contact us</a></p></div></footer></div>'
    )
    home = (
        '<header><a class="logo" href="/"><img src="/-/media/project/brother/global/logo/brother-logo.svg" alt="Brother at your side"></a></header>'
        f'<main><h1>{esc(spec.name)}</h1><p>Printers, scanners, labellers and sewing machines for home and business.</p>'
        f'<p><a href="{path}">Contact Brother Customer Care</a></p></main>'
    )
    return {
        path: (document(spec.lang, f"Contact us | {spec.name}", body, head), s),
        "/": (document(spec.lang, f"{spec.name} | Printers, Scanners & Labellers", home), Sheet()),
    }


TEMPLATES = {
    "b17_ch_livingdocs_kaspersky_article": with_contact("/kontakt/", b17_ch_livingdocs_kaspersky_article),
    "b17_be_vbulletin_locker_thread": with_contact("/contact", b17_be_vbulletin_locker_thread),
    "b17_ja_bangou_lookup": with_contact("/contact", b17_ja_bangou_lookup),
    "b17_fi_liferay_bank_warning": with_contact("/web/henkiloasiakkaat/asiakastuki", b17_fi_liferay_bank_warning),
    "b17_uk_sitefinity_reseller": with_contact("/contact", b17_uk_sitefinity_reseller),
    "b17_lu_spip_repair": with_contact("/Contact", b17_lu_spip_repair),
    "b17_nl_webador_freelancer": with_contact("/contact", b17_nl_webador_freelancer),
    "b17_nz_sitecore_brother_official": b17_nz_sitecore_brother_official,
}
