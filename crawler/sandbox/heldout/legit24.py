"""Twenty-fourth batch of held-out honest templates: page shells no earlier batch uses.

b24_nl_tables_regional_news (a Dutch regional weekly's site in old table markup with no
article markup at all: a fake Rabobank security desk and a Windows Update screen),
b24_gb_astro_consumer_tv (a UK consumer TV programme's episode page on Astro: an HP
printer desk and a McAfee invoice), b24_fi_phpbb_thread (a Finnish home-computer forum on
phpBB: the unbranded "tietokonelääkäri"), b24_ja_mastodon_canon_posts (a Japanese
Mastodon instance's thread about a Canon printer number), b24_be_mediawiki_number_list (a
Belgian wiki of scam numbers on MediaWiki), b24_chde_prestashop_tidio_shop (a Winterthur
computer shop on PrestaShop with a Tidio chat widget), b24_caqc_liferay_university_warning
(a Québec university IT service's warning on Liferay, with its own service desk),
b24_nz_mailchimp_bank_newsletter (a New Zealand building society's e-mail newsletter in
its browser view, with its own number), b24_de_contao_repair_fernhilfe (a Karlsruhe
computer repair shop on Contao with its own remote-help page and AnyDesk download),
b24_in_hubspot_it_partner (a Bengaluru IT partner on HubSpot CMS listing Microsoft's and
Apple's genuine Indian numbers), b24_fr_framer_young_startup (a young Lyon computer-help
start-up on Framer with its SIRET and own number) and b24_au_amazon_official_help
(Amazon's own help page on tech-support and refund scams, without any phone number).
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

# --- a Dutch regional weekly in old table markup, no article markup at all -----------------


@branded
def b24_nl_tables_regional_news(spec: Spec, rng: Random) -> Drafts:
    rabo, update = spec.quoted
    s = Sheet()
    nid = rng.randint(18000, 19999)
    path = f"/nieuws.php?id={nid}"
    body = (
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF"><tr>'
        f'<td colspan="2" bgcolor="#00466e" height="90"><a href="/"><img src="/img/kop.gif" width="980" height="90" border="0" alt="{esc(spec.name)}"></a></td></tr>'
        '<tr><td colspan="2" bgcolor="#e6eef3" class="menu">&nbsp;<a href="/">Voorpagina</a> | <a href="/nieuws.php">Nieuws</a> | <a href="/sport.php">Sport</a> | '
        '<a href="/agenda.php">Agenda</a> | <a href="/familieberichten.php">Familieberichten</a> | <a href="/contact.php">Contact</a></td></tr>'
        '<tr><td width="700" valign="top" class="inhoud"><br>'
        '<font face="Arial" size="5" color="#00466e"><b>Waalwijkse (81) verliest spaargeld na telefoontje met nep-bank</b></font><br>'
        '<font face="Arial" size="1" color="#888888">Dinsdag 24 februari 2026, 16:40 uur &middot; door Marja van Gils</font><br><br>'
        '<font face="Arial" size="2">'
        "WAALWIJK - Een 81-jarige inwoner van Waalwijk is vorige week ruim 11.000 euro kwijtgeraakt aan oplichters die zich "
        "voordeden als medewerkers van de Rabobank. Dat meldt de politie Midden- en West-Brabant.<br><br>"
        "De man kreeg een sms over een ‘nieuw gekoppeld apparaat’. Toen hij daarna op internet zocht naar de bank, kwam hij "
        "op een website van een zogenaamde ‘Rabobank Veiligheidsdesk’. Daar stond een knop om te bellen. Het nummer, "
        f"{_qw(s, rabo, numbers.write(rabo, 'trunk_dash'))}, bleek niet van de bank te zijn.<br><br>"
        "Aan de telefoon moest hij een ‘beveiligingsapp’ installeren. In werkelijkheid was dat een programma waarmee de "
        "oplichters zijn computer konden overnemen. ‘Ze zeiden dat mijn geld naar een kluisrekening moest,’ vertelt hij. "
        "‘Het klonk allemaal heel professioneel.’<br><br>"
        "<b>Ook nep-update</b><br>"
        "De politie ziet in de regio nog een tweede truc. Tijdens het internetten verschijnt een blauw scherm dat lijkt op "
        "Windows Update, met een percentage dat langzaam oploopt. Daarna volgt de melding dat de update is mislukt en dat "
        f"de computer is ‘geblokkeerd’. Wie het getoonde gratis nummer {_q(s, update, 'split_sub')} belt, krijgt geen Microsoft aan de lijn.<br><br>"
        "Wijkagent Erik Verhoeven: ‘Een bank vraagt nooit om software te installeren en zet nooit geld op een andere "
        "rekening. En Windows geeft nooit een telefoonnummer. Twijfelt u? Hang op en bel zelf het nummer op uw bankpas.’<br><br>"
        "Slachtoffers kunnen aangifte doen via 0900-8844 of op het politiebureau aan de Grotestraat."
        "</font><br><br>"
        '<font face="Arial" size="1"><a href="/nieuws.php">&laquo; terug naar het nieuwsoverzicht</a> &middot; <a href="javascript:window.print()">afdrukken</a> &middot; '
        '<a href="/tip.php">tip de redactie</a></font><br><br></td>'
        '<td width="280" valign="top" bgcolor="#f4f4f4"><br><font face="Arial" size="2"><b>Meest gelezen</b><br>'
        '&raquo; <a href="/nieuws.php?id=' + str(nid - 3) + '">Kermis gaat toch door op het Raadhuisplein</a><br>'
        '&raquo; <a href="/nieuws.php?id=' + str(nid - 7) + '">RKC-jeugd pakt titel in de zaal</a><br>'
        '&raquo; <a href="/nieuws.php?id=' + str(nid - 9) + '">Werkzaamheden Sprangseweg duren langer</a><br><br>'
        "<b>Adverteren?</b><br>Bel onze advertentieafdeling of mail naar advertenties@" + esc(spec.host.removeprefix("www.")) + "</font></td></tr>"
        '<tr><td colspan="2" bgcolor="#00466e" align="center"><font face="Arial" size="1" color="#FFFFFF">'
        f"&copy; 2004-2026 {esc(spec.name)} &middot; Uitgeverij Langstraat Media &middot; <a href=\"/contact.php\"><font color=\"#FFFFFF\">Contact</font></a> &middot; "
        '<a href="/privacy.php"><font color="#FFFFFF">Privacy &amp; cookies</font></a></font></td></tr></table>'
        '<div id="cookiemelding" style="position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:8px;font:12px Arial">'
        'Deze site gebruikt cookies voor statistieken. <a href="#" onclick="document.getElementById(\'cookiemelding\').style.display=\'none\';return false" style="color:#ff0">OK</a></div>'
    )
    return {
        "/": _home(spec, path, "Waalwijkse (81) verliest spaargeld na telefoontje met nep-bank", "Het nieuws uit Waalwijk, Kaatsheuvel en Loon op Zand."),
        path: (document(spec.lang, f"Waalwijkse (81) verliest spaargeld na telefoontje met nep-bank - {spec.name}", body, "", ' bgcolor="#cfd8dc" leftmargin="0" topmargin="0"'), s),
    }


# --- a UK consumer TV programme's episode page on Astro --------------------------------------


@branded
def b24_gb_astro_consumer_tv(spec: Spec, rng: Random) -> Drafts:
    hp, mcafee = spec.quoted
    s = Sheet()
    path = "/episodes/series-9/episode-6-printer-rescue-and-the-fake-refund/"
    cid = _hex(rng, 8)
    head = (
        '<meta name="generator" content="Astro v4.4.0">\n'
        f'<link rel="stylesheet" href="/_astro/index.{_hex(rng, 8)}.css">\n'
        f'<script type="module" src="/_astro/hoisted.{_hex(rng, 8)}.js"></script>\n'
    )
    body = (
        f'<header class="site-header" data-astro-cid-{cid}><a href="/" class="logo" data-astro-cid-{cid}>{esc(spec.name)}</a>'
        f'<nav data-astro-cid-{cid}><a href="/episodes/">Episodes</a><a href="/contact-us/">Get in touch</a><a href="/about/">About the show</a></nav></header>'
        f'<main data-astro-cid-{cid}><section class="episode-hero" data-astro-cid-{cid}>'
        "<p class=\"kicker\">Series 9 · Episode 6 · First shown Thursday 26 February 2026, 7.30pm</p>"
        "<h1>Printer Rescue and the Fake Refund</h1>"
        f'<astro-island uid="{_hex(rng, 6)}" component-url="/_astro/VideoPlayer.{_hex(rng, 8)}.js" component-export="default" renderer-url="/_astro/client.{_hex(rng, 8)}.js" '
        f'props="{{&quot;episode&quot;:[0,&quot;s9e6&quot;]}}" client="visible" opts="{{&quot;name&quot;:&quot;VideoPlayer&quot;,&quot;value&quot;:true}}" await-children>'
        '<div class="player-placeholder">Watch the episode (available until 26 March)</div></astro-island></section>'
        f'<section class="episode-body" data-astro-cid-{cid}>'
        "<h2>When “printer help” isn’t</h2>"
        "<p>Graham from Stockport couldn’t get his HP printer back online, so he searched for help and rang the first number "
        f"he found: {_q(s, hp)}, which the website wrote as “{_qw(s, hp, numbers.write(hp, 'zero_dash') + ' UK')}”. The site looked official, with a "
        "Which? badge and thousands of reviews. Forty minutes later a “technician” had remote control of his laptop and "
        "had sold him a £299 “network security package”.</p>"
        "<p>HP told us the website had nothing to do with the company. Which? told us the badge was copied.</p>"
        "<h2>The invoice that wasn’t</h2>"
        "<p>Viewers sent us dozens of e-mails dressed up as McAfee renewal invoices for about $499, with a US “billing "
        f"department” number, {_q(s, mcafee, 'us_paren')}. The number isn’t written in the page – a script assembles it "
        "from fragments, presumably so spam filters miss it. Callers are told to install remote access software “to process "
        "the refund”, then asked to log into online banking.</p>"
        "<h2>What to do</h2>"
        + _ul((
            "Find support numbers on the manufacturer’s own website, never from an advert or a pop-up.",
            "Never let a cold caller or a number from a search result take control of your computer.",
            "If you paid, call your bank straight away and report it to Action Fraud.",
        ))
        + "</section></main>"
        f'<footer data-astro-cid-{cid}><p>© 2026 {esc(spec.name)} · A Northlight Television production · '
        '<a href="/contact-us/">Get in touch</a> · <a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a></p></footer>'
        '<div id="consent" class="cmp-banner"><p>We and our partners use cookies to measure viewing and improve the site.</p>'
        "<button>Accept all</button><button>Manage preferences</button></div>"
    )
    return {
        "/": _home(spec, path, "Printer Rescue and the Fake Refund", "The consumer show that fights your corner."),
        path: (document(spec.lang, f"Printer Rescue and the Fake Refund | {spec.name}", body, head), s),
    }


# --- a Finnish home-computer forum on phpBB: the unbranded "tietokonelääkäri" ----------------


@branded
def b24_fi_phpbb_thread(spec: Spec, rng: Random) -> Drafts:
    doc = spec.quoted[0]
    s = Sheet()
    t = rng.randint(14000, 14999)
    path = f"/viewtopic.php?t={t}"

    def post(pid: int, who: str, when: str, rank: str, text: str) -> str:
        return (
            f'<div id="p{pid}" class="post has-profile bg{1 + pid % 2}"><div class="inner"><dl class="postprofile" id="profile{pid}">'
            f'<dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u={rng.randint(100, 9999)}" class="username">{esc(who)}</a></dt>'
            f'<dd class="profile-rank">{esc(rank)}</dd></dl><div class="postbody"><div id="post_content{pid}">'
            f'<h3><a href="#p{pid}">Re: Tietokonelääkäri puhelimessa – kokemuksia?</a></h3>'
            f'<p class="author"><span class="responsive-hide">Kirjoittaja <strong>{esc(who)}</strong> » </span>{esc(when)}</p>'
            f'<div class="content">{text}</div></div></div></div></div><hr class="divider">'
        )

    p = rng.randint(180000, 189999)
    head = (
        f'<link href="./styles/prosilver/theme/stylesheet.css?assets_version={rng.randint(40, 90)}" rel="stylesheet">\n'
        '<link href="./assets/css/font-awesome.min.css?assets_version=66" rel="stylesheet">\n'
    )
    body = (
        '<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a><div id="page-header"><div class="headerbar" role="banner"><div class="inner">'
        f'<div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Hakemisto"><span class="site_logo"></span></a><h1>{esc(spec.name)}</h1>'
        "<p>Apua kotikoneisiin, tulostimiin ja nettiyhteyksiin</p></div></div></div>"
        '<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist" role="menubar"><li><a href="/app.php/help/faq" rel="help">UKK</a></li>'
        '<li><a href="./memberlist.php?mode=contactadmin">Ota yhteyttä</a></li><li><a href="./ucp.php?mode=login">Kirjaudu</a></li></ul>'
        '<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Hakemisto</a></span>'
        '<span class="crumb"><a href="./viewforum.php?f=7">Tietoturva ja huijaukset</a></span></li></ul></div></div>'
        '<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="' + path + '">Tietokonelääkäri puhelimessa – kokemuksia?</a></h2>'
        + post(p, "Raili_K", "Ti 24.2.2026 19.02", "Aktiivinen jäsen",
               "Isäni löysi netistä sivun, jossa luvataan korjata tietokone puhelimessa. Numeroa ei ollut kirjoitettu numeroina "
               "vaan sanoina, \"nolla neljä nolla...\". Hän soitti ja siellä pyydettiin asentamaan ohjelma ja maksamaan 89 € "
               f"heti kortilla. Numero oli {_qw(s, doc, numbers.write(doc, 'trunk_dash'))}. Onko tämä jokin tunnettu firma?")
        + post(p + 4, "moderaattori_jussi", "Ti 24.2.2026 19.40", "Valvoja",
               "<blockquote><div><cite>Raili_K kirjoitti:</cite>Onko tämä jokin tunnettu firma?</div></blockquote>"
               "Ei ole. Sivulla ei ole y-tunnusta, osoitetta eikä nimeä, ja domain on rekisteröity pari viikkoa sitten "
               "yksityisyyspalvelun takaa. Numerot sanoina ovat tyypillinen keino päästä hakukoneiden ja suodattimien ohi. "
               "Jos isäsi antoi etäyhteyden, irrota kone verkosta, vaihda pankkitunnukset toiselta laitteelta ja soita pankkiin. "
               "Ilmoitus myös poliisille ja Kyberturvallisuuskeskukselle.")
        + post(p + 11, "pekka_pc", "Ke 25.2.2026 08.15", "Jäsen",
               f"Sama numero {_q(s, doc)} mainostaa nyt myös Facebookissa \"eläkeläisalennuksella\". Ei kannata.")
        + '</div><div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">'
        '<p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p>'
        '<p class="footer-row"><span class="footer-copyright">Suomenkielinen käännös – <a href="https://www.phpbbsuomi.com/">phpBB Suomi</a></span></p>'
        f'<p class="footer-row">© {esc(spec.name)} · <a href="./memberlist.php?mode=contactadmin">Ota yhteyttä</a> · <a href="/ucp.php?mode=privacy">Tietosuoja</a></p></div></div></div>'
    )
    return {
        "/": _home(spec, path, "Tietokonelääkäri puhelimessa – kokemuksia?", "Keskustelua kotikoneista vuodesta 2009."),
        path: (document(spec.lang, f"Tietokonelääkäri puhelimessa – kokemuksia? - {spec.name}", body, head, ' id="phpbb" class="nojs notouch section-viewtopic ltr"'), s),
    }


# --- a Japanese Mastodon instance's thread about a Canon printer number -----------------------


@branded
def b24_ja_mastodon_canon_posts(spec: Spec, rng: Random) -> Drafts:
    canon = spec.quoted[0]
    s = Sheet()
    sid = rng.randint(112000000000000000, 112999999999999999)
    path = f"/@nekopc/{sid}"

    def status(user: str, handle: str, when: str, html: str, detailed: bool = False) -> str:
        cls = "detailed-status" if detailed else "status"
        return (
            f'<div class="{cls}__wrapper"><div class="{cls}" data-id="{rng.randint(112000000000000000, 112999999999999999)}">'
            f'<a class="{cls}__display-name" href="/@{esc(handle)}"><bdi><strong class="display-name__html">{esc(user)}</strong></bdi> '
            f'<span class="display-name__account">@{esc(handle)}</span></a>'
            f'<div class="status__content"><div class="status__content__text translate" lang="ja">{html}</div></div>'
            f'<div class="{cls}__meta"><time datetime="2026-02-26T12:00:00Z">{esc(when)}</time></div></div></div>'
        )

    initial = {"meta": {"domain": spec.host, "locale": "ja", "version": "4.2.7"}, "accounts": {}}
    head = (
        f'<link rel="stylesheet" media="all" crossorigin="anonymous" href="/packs/css/common-{_hex(rng, 20)}.css">\n'
        f'<script type="application/json" id="initial-state">{json.dumps(initial)}</script>\n'
        '<meta name="robots" content="noindex">\n'
    )
    body = (
        '<div class="app-holder" id="mastodon" data-props="{&quot;locale&quot;:&quot;ja&quot;}"><div class="columns-area__panels"><div class="columns-area__panels__main">'
        f'<div class="column-header"><h1>{esc(spec.name)}</h1></div>'
        + status("ねこPC", "nekopc", "2026年2月26日 21:03",
                 "<p>【注意】「キヤノン（Canon）プリンター サポート」を名乗るページの番号、"
                 f"{_q(s, canon, 'dashed')} はキヤノンと関係ありません。"
                 "母が電話したら遠隔操作ソフトを入れさせられて、「サポート料」としてギフトカードを要求されました。"
                 "ページは Notion で作られていて、番号は漢数字で書いてありました。</p>"
                 '<p><a href="/tags/サポート詐欺" class="mention hashtag" rel="tag">#<span>サポート詐欺</span></a> '
                 '<a href="/tags/キヤノン" class="mention hashtag" rel="tag">#<span>キヤノン</span></a></p>', True)
        + status("プリンタ修理のたなか", "tanaka_repair", "2026年2月26日 21:30",
                 "<p>拡散希望。キヤノンの正規の窓口はキヤノンの公式サイトにしか載っていません。"
                 "検索広告やNotionのページに出てくる「フリーダイヤル」に電話しないでください。</p>")
        + status("匿名希望", "mikan", "2026年2月27日 08:12",
                 f"<p>うちにも同じ番号（{_qw(s, canon, numbers.write(canon, 'dashed', 'fullwidth'))}）の話が来ました。消費生活センターに相談済みです。</p>")
        + "</div></div></div>"
        f'<div class="footer"><p>{esc(spec.name)} · <a href="/about">サーバーについて</a> · <a href="/privacy-policy">プライバシーポリシー</a> · '
        '<a href="/about/contact">お問い合わせ</a> · Mastodon v4.2.7</p></div>'
        f'<script src="/packs/js/public-{_hex(rng, 20)}.js" crossorigin="anonymous"></script>'
    )
    return {
        "/": _home(spec, path, "キヤノンを名乗るサポート番号に注意", "PCとガジェット好きのためのMastodonサーバーです。"),
        path: (document(spec.lang, f"ねこPC: 「【注意】キヤノン プリンター サポートを名乗る番号」 - {spec.name}", body, head, ' class="theme-default no-reduce-motion"'), s),
    }


# --- a Belgian wiki of scam numbers on MediaWiki ---------------------------------------------


@branded
def b24_be_mediawiki_number_list(spec: Spec, rng: Random) -> Drafts:
    bitdef, rabo, avast = spec.quoted
    s = Sheet()
    path = "/wiki/Lijst_van_nepnummers_2026"
    rows = (
        ("Bitdefender", "BE", _q(s, bitdef, "pairs"), "Elementor-site ‘Bitdefender helpdesk’, nummer alleen achter de belknop", "februari 2026"),
        ("Rabobank", "NL", _q(s, rabo), "‘Veiligheidsdesk’, laat ‘beveiligingsapp’ installeren", "februari 2026"),
        ("Avast", "CH", _q(s, avast), "Verborgen pagina op de gehackte site van een Zwitsers mannenkoor", "februari 2026"),
    )
    table = (
        '<table class="wikitable sortable"><tbody><tr><th>Merk (misbruikt)</th><th>Land</th><th>Nummer</th><th>Werkwijze</th><th>Gemeld</th></tr>'
        + "".join(f"<tr><td>{esc(b)}</td><td>{esc(c)}</td><td>{n}</td><td>{esc(w)}</td><td>{esc(d)}</td></tr>" for b, c, n, w, d in rows)
        + "</tbody></table>"
    )
    rlconf = {"wgCanonicalNamespace": "", "wgPageName": "Lijst_van_nepnummers_2026", "wgTitle": "Lijst van nepnummers 2026", "wgCurRevisionId": rng.randint(20000, 40000), "wgUserLanguage": "nl", "wgContentLanguage": "nl"}
    head = (
        '<meta name="generator" content="MediaWiki 1.41.0">\n'
        f'<script>document.documentElement.className="client-js";RLCONF={json.dumps(rlconf)};RLSTATE={{"site.styles":"ready","skins.vector.styles":"ready"}};</script>\n'
        '<link rel="stylesheet" href="/load.php?lang=nl&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">\n'
    )
    body = (
        '<div class="mw-page-container"><div class="mw-page-container-inner"><header class="vector-header mw-header">'
        f'<a href="/wiki/Hoofdpagina" class="mw-logo"><span class="mw-logo-wordmark">{esc(spec.name)}</span></a>'
        '<div id="p-search" class="vector-search-box"><form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Zoeken in ' + esc(spec.name) + '"></form></div></header>'
        '<div class="vector-main-menu-container"><nav id="mw-panel"><ul><li id="n-mainpage-description"><a href="/wiki/Hoofdpagina">Hoofdpagina</a></li>'
        '<li><a href="/wiki/Speciaal:RecenteWijzigingen">Recente wijzigingen</a></li><li><a href="/wiki/Project:Contact">Contact</a></li></ul></nav></div>'
        '<div class="mw-content-container"><main id="content" class="mw-body" role="main">'
        '<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Lijst van nepnummers 2026</span></h1></header>'
        '<div id="bodyContent" class="vector-body"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="nl" dir="ltr"><div class="mw-parser-output">'
        "<p>Deze lijst verzamelt telefoonnummers die in 2026 door <b>nep-helpdesks</b> zijn gebruikt en die door lezers "
        "zijn gemeld en door twee redacteurs zijn gecontroleerd. De merken in de eerste kolom hebben <i>niets</i> met deze "
        "nummers te maken; ze worden misbruikt.</p>"
        '<div id="toc" class="toc"><div class="toctitle"><h2>Inhoud</h2></div><ul><li class="toclevel-1"><a href="#Februari">1 Februari</a></li><li class="toclevel-1"><a href="#Wat_te_doen">2 Wat te doen</a></li></ul></div>'
        '<h2><span class="mw-headline" id="Februari">Februari</span></h2>'
        + table
        + '<h2><span class="mw-headline" id="Wat_te_doen">Wat te doen</span></h2>'
        "<p>Gebeld of geld overgemaakt? Bel meteen je bank en Card Stop, en meld het bij de politie en op het meldpunt van de FOD Economie.</p>"
        '<div class="printfooter">Overgenomen van "<a dir="ltr" href="/index.php?title=Lijst_van_nepnummers_2026">Lijst van nepnummers 2026</a>"</div>'
        '</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Speciaal:Categorie%C3%ABn">Categorie</a>: '
        '<ul><li><a href="/wiki/Categorie:Nep-helpdesks">Nep-helpdesks</a></li></ul></div></div></div></main></div>'
        '<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> Deze pagina is het laatst bewerkt op 27 feb 2026 om 10:14.</li>'
        '<li id="footer-info-copyright">Tekst is beschikbaar onder CC BY-SA 4.0.</li></ul>'
        '<ul id="footer-places"><li><a href="/wiki/Project:Privacybeleid">Privacybeleid</a></li><li><a href="/wiki/Project:Contact">Contact</a></li></ul>'
        '<ul id="footer-icons"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div>'
        '<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":' + str(rng.randint(90, 400)) + "});});</script>"
    )
    return {
        "/": _home(spec, path, "Lijst van nepnummers 2026", "Een vrijwilligerswiki over oplichting via de telefoon in België en Nederland."),
        path: (document(spec.lang, f"Lijst van nepnummers 2026 — {spec.name}", body, head, ' class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Lijst_van_nepnummers_2026 rootpage-Lijst_van_nepnummers_2026 skin-vector-2022 action-view"'), s),
    }


# --- a Winterthur computer shop on PrestaShop with a Tidio chat widget -----------------------


@branded
def b24_chde_prestashop_tidio_shop(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    head = (
        f'<link rel="stylesheet" href="/themes/classic/assets/cache/theme-{_hex(rng, 6)}.css" type="text/css" media="all">\n'
        '<script type="text/javascript">var prestashop = {"currency":{"iso_code":"CHF","sign":"CHF"},"language":{"iso_code":"de","locale":"de-CH"},"page":{"page_name":"index"},"shop":{"name":'
        + json.dumps(spec.name)
        + '}};</script>\n'
    )
    products = (
        ("Lenovo IdeaPad Slim 5, 16 GB, 1 TB SSD", "CHF 849.00"),
        ("HP OfficeJet Pro 9120e Multifunktionsdrucker", "CHF 229.00"),
        ("Lenovo ThinkCentre neo 50s, Occasion", "CHF 390.00"),
        ("Einrichtung beim Kunden zu Hause (pro Stunde)", "CHF 110.00"),
    )
    items = "".join(
        f'<div class="js-product product col-xs-12 col-sm-6 col-xl-3"><article class="product-miniature js-product-miniature" data-id-product="{rng.randint(10, 999)}">'
        f'<div class="product-description"><h3 class="h3 product-title"><a href="/index.php?id_product={rng.randint(10, 999)}&amp;controller=product">{esc(name)}</a></h3>'
        f'<div class="product-price-and-shipping"><span class="price" aria-label="Preis">{esc(price)}</span></div></div></article></div>'
        for name, price in products
    )
    body = (
        '<main><header id="header"><nav class="header-nav"><div class="container"><div class="row"><div class="hidden-sm-down"><div class="col-md-5 col-xs-12">'
        f'<div id="_desktop_contact_link"><div id="contact-link">Rufen Sie uns an: <a href="tel:{own}"><span>{s.num(own)}</span></a></div></div></div></div></div></div></nav>'
        f'<div class="header-top"><div class="container"><div class="row"><div class="col-md-2 hidden-sm-down" id="_desktop_logo"><h1><a href="/">{esc(spec.name)}</a></h1></div>'
        '<div class="header-top-right col-md-10 col-sm-12 position-static"><div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu"><ul class="top-menu" id="top-menu" data-depth="0">'
        '<li class="category"><a class="dropdown-item" href="/3-notebooks">Notebooks</a></li><li class="category"><a class="dropdown-item" href="/4-drucker">Drucker</a></li>'
        '<li class="cms-page"><a class="dropdown-item" href="/content/6-werkstatt">Werkstatt</a></li><li class="link"><a class="dropdown-item" href="/kontakt">Kontakt</a></li></ul></div></div></div></div></div></header>'
        '<section id="wrapper"><div class="container"><div id="content-wrapper" class="js-content-wrapper"><section id="main"><section id="content" class="page-home">'
        "<h2 class=\"h2\">Ihr Computerfachgeschäft in Winterthur seit 2009</h2>"
        "<p>Beratung, Verkauf und Reparatur an der Technikumstrasse: Notebooks, PCs und Drucker von Lenovo und HP, Occasionen "
        "mit Garantie, Datenrettung und Einrichtung bei Ihnen zu Hause. Fragen beantworten wir gerne im Laden, am Telefon oder "
        "im Chat unten rechts.</p>"
        f'<section class="featured-products clearfix"><h2 class="h2 products-section-title text-uppercase">Beliebte Produkte</h2><div class="products row">{items}</div></section>'
        "</section></section></div></div></section>"
        '<footer id="footer" class="js-footer"><div class="footer-container"><div class="container"><div class="row">'
        '<div class="col-md-6 links"><p class="h3">Informationen</p><ul><li><a href="/content/2-impressum">Impressum</a></li><li><a href="/content/3-agb">AGB</a></li>'
        '<li><a href="/content/4-datenschutz">Datenschutz</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>'
        f'<div class="block-contact col-md-3 links wrapper"><p class="h4 text-uppercase block-contact-title">Kontakt</p>{esc(spec.name)} GmbH<br>Technikumstrasse 31<br>8400 Winterthur<br>'
        f'Tel. {s.num(own, "intl")}<br>UID CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} MWST</div></div>'
        '<div class="row"><div class="col-md-12"><p class="text-sm-center"><a href="https://www.prestashop-project.org/" target="_blank" rel="noopener noreferrer nofollow">© 2026 - E-Commerce-Software von PrestaShop™</a></p></div></div></div></div></footer></main>'
        '<div id="lgcookieslaw_banner" class="lgcookieslaw-banner"><div class="lgcookieslaw-message"><p>Diese Website verwendet Cookies, um Ihnen den bestmöglichen Service zu bieten.</p></div>'
        '<button class="lgcookieslaw-accept-button">Akzeptieren</button></div>'
        f'<script src="//code.tidio.co/{_hex(rng, 32)}.js" async></script>'
        f'<script type="text/javascript" src="/themes/classic/assets/cache/bottom-{_hex(rng, 6)}.js"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Computer, Notebooks & Werkstatt in Winterthur", body, head, ' id="index" class="lang-de country-ch currency-chf layout-full-width page-index tax-display-enabled"'), s)}


# --- a Québec university IT service's warning on Liferay, with its own service desk ----------


@branded
def b24_caqc_liferay_university_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    apple, chrome = spec.quoted
    s = Sheet()
    path = "/web/sti/securite/alertes/faux-soutien-technique"
    pid = _hex(rng, 12)
    head = (
        f'<link data-senna-track="temporary" href="/o/classic-theme/images/favicon.ico" rel="icon">\n'
        f'<link href="/o/frontend-css-web/main.css?browserId=other&amp;themeId=classic_WAR_classictheme&amp;t={rng.randint(1700000000000, 1799999999999)}" rel="stylesheet" type="text/css">\n'
        '<script data-senna-track="temporary">var Liferay = Liferay || {}; Liferay.ThemeDisplay = {getLanguageId: function(){return "fr_CA";}, getScopeGroupId: function(){return "'
        + str(rng.randint(20000, 40000))
        + '";}, isSignedIn: function(){return false;}};</script>\n'
    )
    body = (
        '<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">'
        f'<header id="banner" role="banner"><div id="heading"><div class="site-title"><a class="logo" href="/web/sti"><span class="site-name">{esc(spec.name)}</span></a></div></div>'
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul role="menubar"><li><a href="/web/sti">Accueil</a></li><li><a href="/web/sti/securite">Sécurité informatique</a></li>'
        '<li><a href="/web/sti/nous-joindre-support">Centre de services</a></li></ul></nav></header>'
        f'<section class="container-fluid flex-fill" id="content"><div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-1">'
        f'<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{pid}_">'
        '<section class="portlet"><div class="portlet-content"><div class="journal-content-article">'
        "<h1>Alerte : faux soutien technique Apple et fausse page d’erreur Chrome</h1>"
        "<p><em>Service des technologies de l’information – mis à jour le 27 février 2026</em></p>"
        "<p>Plusieurs membres de la communauté universitaire nous ont signalé deux arnaques actives cette semaine.</p>"
        "<h2>1. Un « Soutien technique Apple au Québec »</h2>"
        "<p>Un site se présentant comme le soutien d’Apple pour le Québec affiche un bouton « Appelez un technicien ». Le "
        f"numéro, {_q(s, apple, 'us_dash')}, n’est pas celui d’Apple. Les personnes qui appellent se font demander d’installer un "
        "logiciel de prise de contrôle à distance et de payer des « frais de service ».</p>"
        "<h2>2. Une fausse page « Votre connexion n’est pas privée »</h2>"
        "<p>En navigant, une page imitant l’avertissement de Google Chrome passe en plein écran, joue un message audio et "
        f"affiche un numéro sans frais écrit avec des lettres à la place des chiffres ({_qw(s, chrome, 'l-833-4O5-l762')}), soit le "
        f"{_q(s, chrome, 'us_plus')}. Chrome n’affiche jamais de numéro de téléphone. Fermez l’onglet ou le navigateur "
        "(Ctrl+Maj+Échap sous Windows, Cmd+Option+Échap sur Mac).</p>"
        "<h2>Que faire si vous avez appelé?</h2>"
        + _ul((
            "Déconnectez l’ordinateur du réseau (Wi-Fi ou câble).",
            "Changez votre mot de passe institutionnel à partir d’un autre appareil.",
            "Communiquez avec votre institution financière si vous avez payé.",
            "Signalez l’incident au Centre de services des TI.",
        ))
        + f'<p><strong>Centre de services des TI</strong> : <a href="tel:{own}">{s.num(own, "us_dash")}</a>, poste 0, du lundi au vendredi de 8 h à 17 h. '
        "Le Service des TI ne vous appellera jamais pour vous demander votre mot de passe ni l’accès à votre ordinateur.</p>"
        "</div></div></section></div></div></div></div></section>"
        f'<footer id="footer" role="contentinfo"><p class="powered-by">{esc(spec.name)} · 155, place de l’Université, Baie-Comeau (Québec) · '
        '<a href="/web/sti/nous-joindre-support">Nous joindre</a> · <a href="/web/guest/confidentialite">Confidentialité</a> · Propulsé par Liferay</p></footer></div></div>'
        '<div class="cookie-banner" role="dialog"><p>Ce site utilise des témoins (cookies) pour améliorer votre expérience.</p><button>Accepter</button><button>Personnaliser</button></div>'
        f'<script src="/combo?browserId=other&amp;minifierType=js&amp;languageId=fr_CA&amp;t={rng.randint(1700000000000, 1799999999999)}&amp;/o/frontend-js-web/liferay/global.bundle.js" type="text/javascript"></script>'
    )
    return {
        "/": _home(spec, path, "Alerte : faux soutien technique", "Service des technologies de l’information : aide, sécurité et services numériques."),
        path: (document(spec.lang, f"Alerte : faux soutien technique – {spec.name}", body, head, ' class="controls-visible signed-out public-page site"'), s),
    }


# --- a New Zealand building society's e-mail newsletter in its browser view ------------------


@branded
def b24_nz_mailchimp_bank_newsletter(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    amazon = spec.quoted[0]
    s = Sheet()
    cid = _hex(rng, 10)
    path = f"/campaign/view/{cid}"

    def block(inner: str) -> str:
        return (
            '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr>'
            '<td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">'
            f'<tbody><tr><td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px; font-family: Helvetica; font-size: 15px; line-height: 150%;">{inner}</td></tr></tbody></table></td></tr></tbody></table>'
        )

    head = (
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2{display:block;margin:0;padding:0;}'
        "#bodyTable{height:100%;margin:0;padding:0;width:100%;background-color:#eef2f4;}.templateContainer{max-width:600px !important;}</style>\n"
    )
    body = (
        '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">'
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">'
        + block('<p style="font-size:11px;color:#656565">Scam alert: fake Amazon refund lines, and how we protect you · '
                f'<a href="https://{esc(spec.host)}{path}" target="_blank">View this email in your browser</a></p>')
        + '</td></tr><tr><td valign="top" id="templateHeader">'
        + block(f'<h1 style="color:#0b4f6c">{esc(spec.name)}</h1><p>Member News · March 2026</p>')
        + '</td></tr><tr><td valign="top" id="templateBody">'
        + block("<h2>Kia ora,</h2><p>This month we want to warn members about a scam that cost three of our members more than "
                "$20,000 between them in February.</p>"
                "<h2>“Amazon refunds” on a link page</h2>"
                "<p>The scam starts with a search advert for an “Amazon refund” or a “Prime renewal cancellation”. It leads to a "
                f"link page with a big Call button. The number, {_q(s, amazon)}, isn’t Amazon’s, and it only appears when you arrive "
                "from the advert – the page itself doesn’t show it. The caller says you were charged twice and offers a refund, "
                "then asks you to install an app so they can “process it”, and to log in to internet banking.</p>"
                "<p>Amazon does not run a New Zealand refund phone line you find through an advert, and we will never ask you to "
                "install anything or read out a code we’ve sent you.</p>"
                "<h2>If you’ve called</h2>"
                + _ul((
                    "Turn the device off and don’t log in to internet banking on it.",
                    "Call us straight away – we can stop payments and lock your cards.",
                    "Report it to Netsafe and the police at 105.",
                ))
                + f'<p><strong>Our Member Centre: <a href="tel:{own}">{s.num(own)}</a></strong> (Mon–Fri 8am–6pm, Sat 9am–1pm)</p>')
        + '</td></tr><tr><td valign="top" id="templateFooter">'
        + block(f'<p style="font-size:12px;color:#656565"><em>Copyright © 2026 {esc(spec.name)}, All rights reserved.</em><br>You are receiving this email because you are a member.<br><br>'
                "<strong>Our mailing address is:</strong><br>Level 3, 120 Albert Street, Auckland 1010, New Zealand<br><br>"
                f'<a href="https://{esc(spec.host)}/unsubscribe?u={_hex(rng, 25)}&amp;id={cid}">unsubscribe from this list</a> · '
                f'<a href="https://{esc(spec.host)}/profile?u={_hex(rng, 25)}">update subscription preferences</a> · <a href="/contact">Contact us</a></p>'
                '<p><a href="http://www.mailchimp.com/email-referral/?utm_source=freemium_newsletter" title="Mailchimp Email Marketing"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp" width="130"></a></p>')
        + "</td></tr></table></td></tr></table></center>"
    )
    return {
        "/": _home(spec, path, "Member News – March 2026", "A member-owned building society serving Auckland since 1961."),
        path: (document(spec.lang, f"Scam alert: fake Amazon refund lines | {spec.name}", body, head), s),
    }


# --- a Karlsruhe computer repair shop on Contao with a remote-help page and AnyDesk ----------


@branded
def b24_de_contao_repair_fernhilfe(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    safari = spec.quoted[0]
    head = (
        "<!--\n\n\tThis website is powered by Contao Open Source CMS :: Licensed under GNU LGPL\n\tVisit the project website for more information: https://contao.org\n\n-->\n"
        '<meta name="generator" content="Contao Open Source CMS">\n'
        f'<link rel="stylesheet" href="/assets/css/layout.min.css,responsive.min.css,main.scss-{_hex(rng, 8)}.css">\n'
    )

    def layout(s: Sheet, title: str, articles: str) -> str:
        return (
            '<div id="wrapper"><header id="header"><div class="inside">'
            f'<div class="logo"><a href="/">{esc(spec.name)}</a></div>'
            '<nav class="mod_navigation block" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="level_1">'
            '<li class="first"><a href="/" class="first">Start</a></li><li><a href="/reparatur.html">Reparatur</a></li>'
            '<li><a href="/fernhilfe.html">Fernhilfe</a></li><li class="last"><a href="/kontakt.html" class="last">Kontakt</a></li></ul></nav>'
            f'<div class="ce_text hotline block"><p>Werkstatt: <a href="tel:{own}">{s.num(own, "split_sub")}</a></p></div></div></header>'
            f'<div id="container"><main id="main"><div class="inside"><div class="mod_article first last block" id="article-{rng.randint(10, 99)}">'
            f"<h1 class=\"ce_headline first\">{esc(title)}</h1>{articles}</div></div></main></div>"
            f'<footer id="footer"><div class="inside"><p>{esc(spec.name)} · Inhaber Thomas Reinhardt · Pfinztalstraße 52 · 76227 Karlsruhe-Durlach · '
            f'USt-IdNr. DE{rng.randint(100000000, 999999999)}</p><p><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a> · <a href="/kontakt.html">Kontakt</a></p></div></footer></div>'
            '<div class="cookiebar cookiebar--position-bottom" role="complementary"><div class="cookiebar__text">Diese Website verwendet nur technisch notwendige Cookies.</div><button class="cookiebar__button">OK</button></div>'
        )

    home_s = Sheet()
    home = layout(
        home_s,
        "Computer-Reparatur in Durlach seit 2003",
        '<div class="ce_text block"><p>Wir reparieren Notebooks und PCs aller Marken in unserer Werkstatt in Durlach: Displaytausch, '
        "Datenrettung, Aufrüstung, Virenentfernung. Kostenvoranschlag kostenlos, meist fertig in zwei bis drei Werktagen.</p>"
        "<p>Öffnungszeiten: Mo–Fr 9.30–13 und 14.30–18.30 Uhr, Sa 10–13 Uhr. Parkplätze im Hof.</p></div>",
    )
    fw = Sheet()
    fern = layout(
        fw,
        "Fernhilfe per AnyDesk",
        '<div class="ce_text block"><p>Für kleinere Probleme helfen wir auch per Fernwartung. So läuft es ab: Sie rufen uns an oder '
        "schreiben uns eine E-Mail, wir vereinbaren einen Termin, und erst zu diesem Termin starten Sie AnyDesk und nennen "
        "uns Ihre Adresse (die neunstellige Nummer im Programm). Sie sehen jederzeit, was wir tun, und können die Sitzung "
        "mit einem Klick beenden.</p>"
        '<p><a class="btn" href="https://download.anydesk.com/AnyDesk.exe">AnyDesk für Windows herunterladen</a> · '
        '<a class="btn" href="https://download.anydesk.com/anydesk.dmg">AnyDesk für macOS</a></p>'
        "<p>Abrechnung im Viertelstundentakt (22 € pro angefangene 15 Minuten), Sie erhalten eine Rechnung per E-Mail. "
        "Wir verlangen nie Zahlungen per Gutschein-Karte.</p></div>"
        '<div class="ce_text warnung block"><h2>Wichtig: Wir rufen Sie nie unaufgefordert an</h2>'
        "<p>Weder wir noch Microsoft oder Apple rufen Sie an, weil Ihr Computer angeblich einen Virus hat. Auch Warnungen im "
        "Browser mit Telefonnummer sind Betrug. Kürzlich brachte uns eine Kundin ihr MacBook, nachdem Safari eine "
        f"„Apple Sicherheitswarnung“ mit der Nummer {_qw(fw, safari, f'(({numbers.groups(safari)[0]} {numbers.groups(safari)[1][:3]} {numbers.groups(safari)[1][3:]}))')} "
        "angezeigt hatte – einer österreichischen Gratisnummer, hinter der Betrüger sitzen. Im Zweifel rufen Sie uns unter "
        "der Nummer oben auf dieser Seite an.</p></div>",
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – Computer-Reparatur Karlsruhe-Durlach", home, head, ' id="top"'), home_s),
        "/fernhilfe.html": (document(spec.lang, f"Fernhilfe – {spec.name}", fern, head, ' id="top"'), fw),
    }


# --- a Bengaluru IT partner on HubSpot CMS, Microsoft's and Apple's genuine Indian numbers ---


@branded
def b24_in_hubspot_it_partner(spec: Spec, rng: Random) -> Drafts:
    own, microsoft, apple = spec.phones
    s = Sheet()
    path = "/support/vendor-helplines"
    portal = rng.randint(20000000, 29999999)
    head = (
        '<meta name="generator" content="HubSpot">\n'
        f'<link rel="stylesheet" href="https://{portal}.fs1.hubspotusercontent-na1.net/hubfs/{portal}/hub_generated/template_assets/{rng.randint(10**10, 10**11 - 1)}/main.min.css">\n'
        f'<script>var hsVars = {{render_id: "{_hex(rng, 8)}-{_hex(rng, 4)}", ticks: {rng.randint(10**12, 10**13 - 1)}, page_id: {rng.randint(10**10, 10**11 - 1)}, content_group_id: 0, portal_id: {portal}, app_hs_base_url: "https://app.hubspot.com", language: "en-in"}}</script>\n'
    )

    def module(inner: str) -> str:
        return f'<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module" id="hs_cos_wrapper_widget_{rng.randint(10**12, 10**13 - 1)}">{inner}</div>'

    body = (
        '<div class="body-wrapper hs-content-id-' + str(rng.randint(10**10, 10**11 - 1)) + ' hs-site-page page">'
        '<header class="header"><div class="header__container content-wrapper">'
        f'<div class="header__logo"><a href="/">{esc(spec.name)}</a></div>'
        '<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list"><li class="menu__item"><a class="menu__link" href="/services">Managed IT</a></li>'
        '<li class="menu__item"><a class="menu__link" href="/support">Support</a></li><li class="menu__item"><a class="menu__link" href="/contact-us">Contact us</a></li></ul></nav></div></header>'
        '<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--page"><div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid">'
        + module("<h1>Vendor helplines</h1>"
                 "<p>Customers on a managed-services contract should always raise a ticket with our service desk first: we hold "
                 "your licences, warranties and admin accounts and will escalate to the vendor ourselves. For direct contact, "
                 "these are the numbers the vendors publish on their own websites for India.</p>")
        + module('<table class="vendor-table"><thead><tr><th>Who</th><th>For</th><th>Number</th></tr></thead><tbody>'
                 f"<tr><td>{esc(spec.name)} service desk</td><td>Everything, first (Mon–Sat 9am–7pm IST; 24×7 for contract customers)</td><td>{s.num(own, 'intl')}</td></tr>"
                 f"<tr><td>Microsoft India</td><td>Microsoft 365, Windows, Azure licensing</td><td>{s.num(microsoft, 'dashed')}</td></tr>"
                 f"<tr><td>Apple India</td><td>Mac, iPhone, iPad warranty and repairs</td><td>{s.num(apple, 'national')}</td></tr></tbody></table>")
        + module("<h2>Numbers in pop-ups and adverts</h2><p>Numbers that appear in browser pop-ups, search adverts or “your computer "
                 "is blocked” screens are almost always scams, even with a Microsoft or Apple logo. Send us a screenshot before "
                 "you call anyone. We never call customers unannounced to ask for remote access.</p>"
                 "<p>We are a Microsoft Solutions Partner (Modern Work) and an Apple Authorised Reseller for business in Karnataka.</p>")
        + "</div></div></div></main>"
        f'<footer class="footer"><div class="footer__container content-wrapper"><p>{esc(spec.name)} Pvt. Ltd. · 3rd Floor, 14 Lalbagh Road, Bengaluru 560027 · '
        f"CIN U72200KA20{rng.randint(10, 17)}PTC{rng.randint(100000, 199999)} · GSTIN 29AA{rng.choice('BCDEFGH')}C{rng.randint(1000, 9999)}L1Z{rng.randint(1, 9)}</p>"
        '<p><a href="/privacy-policy">Privacy policy</a> · <a href="/contact-us">Contact us</a></p></div></footer></div>'
        f'<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>'
        f'<script type="text/javascript" id="hs-script-loader" async defer src="//js-na1.hs-scripts.com/{portal}.js"></script>'
    )
    return {
        "/": _home(spec, path, "Vendor helplines", "Managed IT, cloud and security for small and medium businesses in Bengaluru."),
        path: (document(spec.lang, f"Vendor helplines | {spec.name}", body, head), s),
    }


# --- a young Lyon computer-help start-up on Framer, SIRET, own number, remote help ---------


@branded
def b24_fr_framer_young_startup(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    siren = f"{rng.randint(930, 989)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    head = (
        '<meta name="generator" content="Framer 6f8d3a1">\n'
        f'<link href="https://framerusercontent.com/sites/{_alnum_lower(rng, 22)}/framer.{_hex(rng, 8)}.css" rel="stylesheet">\n'
        '<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.com/sites/' + _alnum_lower(rng, 22) + '/script_main.' + _hex(rng, 8) + '.mjs"></script>\n'
    )

    def frame(s: Sheet, title: str, sections: str) -> str:
        fid = lambda: f"framer-{_alnum_lower(rng, 5)}"  # noqa: E731
        return (
            '<div id="main" data-framer-hydrate-v2=\'{"routeId":"' + _alnum_lower(rng, 9) + '","localeId":"default","breakpoints":[{"hash":"72rtr7","mediaQuery":"(min-width: 1200px)"}]}\' data-framer-ssr-released-at="2026-02-10T09:12:44.512Z" data-framer-page-optimized-at="2026-02-10T10:03:10.118Z">'
            f'<div class="framer-{_alnum_lower(rng, 5)} framer-72rtr7" style="min-height:100vh;width:auto">'
            f'<nav class="{fid()}" data-framer-name="Nav"><a class="{fid()} framer-text" href="./">{esc(spec.name)}</a>'
            f'<a class="{fid()}" href="./aide-a-distance">Aide à distance</a><a class="{fid()}" href="./contact">Contact</a>'
            f'<a class="{fid()}" href="tel:{own}">{s.num(own, "pairs")}</a></nav>'
            f'<section class="{fid()}" data-framer-name="Hero"><h1 class="framer-text">{esc(title)}</h1></section>'
            f"{sections}"
            f'<footer class="{fid()}" data-framer-name="Footer"><p class="framer-text">{esc(spec.name)} SAS · 8 rue d’Austerlitz, 69004 Lyon · SIRET {siren} 00018 · '
            f'RCS Lyon · Capital 3 000 €</p><p class="framer-text"><a href="./mentions-legales">Mentions légales</a> · <a href="./contact">Contact</a></p></footer></div></div>'
            '<div id="__framer-badge-container"><a href="https://www.framer.com/" class="__framer-badge">Made in Framer</a></div>'
        )

    home_s = Sheet()
    home = frame(
        home_s,
        "Le dépannage informatique de quartier, à la Croix-Rousse",
        '<section data-framer-name="Intro"><p class="framer-text">Nous sommes Camille et Yanis, deux techniciens lyonnais. Depuis '
        "décembre, nous dépannons les ordinateurs, imprimantes et box des particuliers et des petits commerces du 4e "
        "arrondissement : à domicile, dans notre atelier de la rue d’Austerlitz ou à distance.</p>"
        '<p class="framer-text">Tarifs affichés : 45 € le déplacement, 60 € l’heure, diagnostic offert à l’atelier. Éligible au '
        "crédit d’impôt de 50 % pour l’assistance informatique à domicile.</p></section>",
    )
    rs = Sheet()
    remote = frame(
        rs,
        "Aide à distance",
        '<section data-framer-name="Remote"><p class="framer-text">Pour un petit souci, nous pouvons intervenir à distance. Prenez '
        "rendez-vous par téléphone ou par e-mail ; au moment convenu, vous lancez TeamViewer QuickSupport et vous nous donnez "
        "l’identifiant affiché. Vous voyez tout ce que nous faisons et vous pouvez couper la connexion à tout moment.</p>"
        '<p class="framer-text"><a href="https://download.teamviewer.com/download/TeamViewerQS_x64.exe">Télécharger TeamViewer QuickSupport</a></p>'
        '<p class="framer-text"><strong>Nous ne vous appellerons jamais sans rendez-vous</strong> et nous ne demandons jamais de '
        "paiement par carte cadeau. Si quelqu’un vous appelle en se présentant comme « le support », raccrochez.</p></section>",
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – dépannage informatique Lyon 4e", home, head), home_s),
        "/aide-a-distance": (document(spec.lang, f"Aide à distance – {spec.name}", remote, head), rs),
    }


def _alnum_lower(rng: Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# --- Amazon's own help page on tech-support and refund scams, without any phone number ------


@branded
def b24_au_amazon_official_help(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    node = rng.randint(201000000, 201999999)
    path = f"/gp/help/customer/display.html?nodeId={node}"
    head = (
        f'<link rel="stylesheet" href="https://m.media-amazon.com/images/I/{_alnum_lower(rng, 11)}.css?AUIClients/AmazonUI">\n'
        "<script>var ue_t0=ue_t0||+new Date();window.ue_ihb = (window.ue_ihb || window.ueinit || 0) + 1;</script>\n"
    )
    body = (
        '<div id="a-page"><header id="navbar-main" class="nav-opt-sprite nav-locale-en_AU"><div id="nav-belt">'
        '<div class="nav-left"><a href="/ref=nav_logo" id="nav-logo-sprites" class="nav-logo-link" aria-label="Amazon.com.au"><span class="nav-sprite nav-logo-base"></span></a></div>'
        '<div class="nav-fill"><form id="nav-search-bar-form" action="/s/ref=nb_sb_noss" method="GET"><input type="text" id="twotabsearchtextbox" name="field-keywords" placeholder="Search Amazon.com.au" aria-label="Search Amazon.com.au"></form></div></div></header>'
        '<div class="a-container help-content"><div class="a-row"><div class="a-column a-span3"><div class="help-topics"><h3>Help topics</h3><ul class="a-unordered-list a-nostyle">'
        '<li><a href="/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV">Security &amp; Privacy</a></li><li><a href="/gp/help/customer/contact-us">Contact Us</a></li></ul></div></div>'
        '<div class="a-column a-span9 a-span-last"><div class="help-service-content">'
        "<h1>Recognise tech support and refund scams</h1>"
        "<p>Scammers may pretend to be from Amazon and offer a refund, warn about a problem with your account or a Prime "
        "renewal, or claim to be “technical support”. They often place advertisements in search results, or set up "
        "pages that look like ours, with a phone number to call.</p>"
        '<div class="a-box a-alert a-alert-warning"><div class="a-box-inner a-alert-container"><h4 class="a-alert-heading">Important</h4><div class="a-alert-content">'
        "Amazon will never ask you to install software to receive a refund, to give remote access to your device, or to "
        "make a payment outside our website or app, including with gift cards or bank transfers.</div></div></div>"
        "<h2>How to contact us safely</h2>"
        + _ul((
            "Go to Your Orders or Your Account in the Amazon app or on amazon.com.au.",
            "Use Contact Us and choose a chat, or request a call from us: we call you, and the request shows in your account.",
            "Don’t call phone numbers from adverts, link pages, pop-ups or unsolicited messages.",
        ))
        + "<h2>If you’ve already called</h2>"
        "<p>Change your Amazon password, remove any software the caller asked you to install, contact your bank, and report "
        "the scam to Scamwatch (Australia) or Netsafe (New Zealand). You can also report it to us through Contact Us.</p>"
        '<div class="help-feedback"><p>Was this information helpful?</p><span class="a-button"><button>Yes</button></span> <span class="a-button"><button>No</button></span></div>'
        "</div></div></div></div>"
        '<footer class="navLeftFooter nav-sprite-v1" id="navFooter"><div class="navFooterLine navFooterLinkLine navFooterPadItemLine">'
        '<ul><li class="nav_first"><a href="/gp/help/customer/display.html?nodeId=201909010" class="nav_a">Conditions of Use &amp; Sale</a></li>'
        '<li><a href="/gp/help/customer/display.html?nodeId=201909010" class="nav_a">Privacy Notice</a></li><li><a href="/gp/help/customer/contact-us" class="nav_a">Contact Us</a></li></ul>'
        '<span>© 1996-2026, Amazon.com, Inc. or its affiliates</span></div></footer></div>'
        '<div id="sp-cc" class="sp-cc-banner"><p>We use cookies and similar tools that are necessary to enable you to make purchases.</p>'
        '<span class="a-button a-button-primary"><input type="submit" id="sp-cc-accept" value="Accept Cookies"></span></div>'
    )
    return {
        "/": _home(spec, path, "Recognise tech support and refund scams", "Amazon.com.au: shop books, electronics, home and more."),
        path: (document(spec.lang, "Amazon.com.au Help: Recognise tech support and refund scams", body, head, ' class="a-m-au a-aui_72554-c a-ember"'), s),
    }


TEMPLATES = {
    "b24_nl_tables_regional_news": with_contact("/contact.php", b24_nl_tables_regional_news),
    "b24_gb_astro_consumer_tv": with_contact("/contact-us/", b24_gb_astro_consumer_tv),
    "b24_fi_phpbb_thread": with_contact("/memberlist.php?mode=contactadmin", b24_fi_phpbb_thread),
    "b24_ja_mastodon_canon_posts": with_contact("/about/contact", b24_ja_mastodon_canon_posts),
    "b24_be_mediawiki_number_list": with_contact("/wiki/Project:Contact", b24_be_mediawiki_number_list),
    "b24_chde_prestashop_tidio_shop": with_contact("/kontakt", b24_chde_prestashop_tidio_shop),
    "b24_caqc_liferay_university_warning": with_contact("/web/sti/nous-joindre-support", b24_caqc_liferay_university_warning),
    "b24_nz_mailchimp_bank_newsletter": with_contact("/contact", b24_nz_mailchimp_bank_newsletter),
    "b24_de_contao_repair_fernhilfe": with_contact("/kontakt.html", b24_de_contao_repair_fernhilfe),
    "b24_in_hubspot_it_partner": with_contact("/contact-us", b24_in_hubspot_it_partner),
    "b24_fr_framer_young_startup": with_contact("/contact", b24_fr_framer_young_startup),
    "b24_au_amazon_official_help": with_contact("/gp/help/customer/contact-us", b24_au_amazon_official_help),
}
