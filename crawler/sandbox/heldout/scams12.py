"""Twelfth batch of held-out scam templates: page shells no earlier batch uses.

nl_webflow_apple_trust (a Dutch "Apple Support Nederland" on a Webflow shell with a copied
trust footer: KvK, BTW, terms, privacy, Trustpilot score, "sinds 2009"), nl_nextjs_icloud_js
(the same campaign's number on a Next.js shell: on the home page only as pieces in
__NEXT_DATA__ a script joins, on a landing page only in the URL's ?tel=),
au_ghost_pc_experts (an unbranded Australian "call our computer experts" page on a Ghost
theme, "1800 958 274 AUS" with the country after the number), ja_locker_speech (a Japanese
Windows Defender browser locker: fullwidth number, fake error code, alert/beforeunload
loops, audio and speech), fi_blogger_apple_tuki (a Finnish Apple ID "tuki" post on a
Blogger subdomain, "+358 9 ..." and "00358 ..."), chfr_jimdo_reprise (a Swiss-French
computer shop's aged domain bought and re-used for "assistance Windows", remnants of the
old shop left in place, the number in an img alt too), befr_odoo_remboursement (a Belgian
French McAfee "renouvellement / remboursement" lure on an Odoo website shell, the number
as "02/808.41.73") and de_typo3_ing_sicherheit (a German "ING Sicherheitsdesk" on a TYPO3
shell, "069 / 9509 2714" and "+49 (0) 69 ...").
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str, settle_brands

# The plain about/contact page every non-locker site has, in this batch's own words.
ABOUT = {
    "nl": "Wie wij zijn: een vast team dat klanten telefonisch en per e-mail te woord staat.",
    "en": "Who we are: a small team answering customers by phone and e-mail.",
    "de": "Wer wir sind: ein festes Team, das Kundinnen und Kunden telefonisch und per E-Mail betreut.",
    "fr": "Qui sommes-nous : une équipe qui répond à ses clients par téléphone et par e-mail.",
    "fi": "Keitä olemme: pieni tiimi, joka vastaa asiakkaille puhelimessa ja sähköpostilla.",
    "ja": "私たちについて：お客様からのお電話とメールにお応えしている小さなチームです。",
}


def with_contact(path: str, build):  # noqa: ANN001, ANN201
    """`build`, plus a plain page at `path` (contact/about) that carries no number."""

    def template(spec: Spec, rng: Random) -> Drafts:
        drafts = build(spec, rng)
        body = (
            f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
            f"<p>{esc(ABOUT[spec.lang])}</p></main>"
        )
        drafts[path] = (document(spec.lang, spec.name, body), Sheet())
        return settle_brands(spec, drafts)

    template.__name__ = build.__name__
    return template


def _written(s: Sheet, e164: str, text: str) -> str:
    """A number in a hand-made form no style covers; recorded, returned escaped."""
    s.hidden(e164)
    return esc(text)


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


# --- Dutch "Apple Support Nederland" on Webflow with a copied trust footer ---------------


@branded
def nl_webflow_apple_trust(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dash = s.num(own, "spaced_dash")  # 020 - 808 41 52
    intl = s.num(own, "intl_zero_pairs")  # +31 (0)20 808 41 52
    site, page = _hex(rng, 24), _hex(rng, 24)
    kvk = rng.randint(50000000, 59999999)
    btw = f"NL{rng.randint(800000000, 899999999)}B01"
    head = (
        '<meta content="Webflow" name="generator">\n'
        f'<link href="https://assets-global.website-files.com/{site}/css/apple-support-nl.webflow.{_hex(rng, 9)}.min.css" rel="stylesheet" type="text/css">\n'
        '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";'
        'n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>\n'
    )
    cards = "".join(
        f'<div class="service-card"><img src="https://assets-global.website-files.com/{site}/{_hex(rng, 24)}_{icon}.svg" '
        f'loading="lazy" alt="" class="service-icon"><h3 class="heading-3">{esc(a)}</h3><p class="paragraph-small">{esc(b)}</p></div>'
        for icon, a, b in (
            ("id", "Apple ID geblokkeerd", "Weer toegang tot uw account, ook zonder uw oude telefoonnummer."),
            ("icloud", "iCloud vol of foto's kwijt", "Wij zetten uw foto's veilig terug en ruimen de opslag op."),
            ("mac", "Mac traag of gehackt", "Een specialist kijkt op afstand mee en verwijdert malware."),
            ("iphone", "iPhone vergrendeld", "Activeringsslot, toegangscode vergeten of een uitgeschakelde iPhone."),
        )
    )  # fmt: skip
    call = s.tel(own, "Bel direct een specialist", national=True).replace(
        "<a ", '<a class="button-primary w-button" ', 1
    )
    body = (
        '<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">'
        '<div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current">'
        f'<img src="https://assets-global.website-files.com/{site}/{_hex(rng, 24)}_logo.svg" alt="{esc(spec.name)}" class="logo"></a>'
        '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/" class="nav-link w-nav-link w--current">Home</a>'
        '<a href="/diensten" class="nav-link w-nav-link">Diensten</a><a href="/contact" class="nav-link w-nav-link">Contact</a></nav>'
        '<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
        '<section class="hero-section"><div class="w-layout-blockcontainer container w-container">'
        '<h1 class="hero-heading">Apple Support Nederland – hulp bij iPhone, Mac en Apple ID</h1>'
        '<p class="hero-paragraph">Problemen met uw Apple ID, iCloud of een vergrendelde iPhone? Onze gecertificeerde '
        "specialisten helpen u direct telefonisch en kijken indien nodig op afstand mee. Geen wachtrij, geen "
        "afspraak nodig.</p>"
        f'<div class="hero-call">Bel ons gratis advies: <strong class="phone-big">{dash}</strong></div>'
        f'<div class="button-wrap">{call}</div></div></section>'
        f'<section class="section-services"><div class="container w-container"><div class="w-layout-grid grid-services">{cards}</div></div></section>'
        '<section class="section-reviews"><div class="container w-container"><div class="review-badge">'
        f'<img src="https://assets-global.website-files.com/{site}/{_hex(rng, 24)}_trustpilot-stars.svg" alt="Trustpilot 5 sterren">'
        "<p><strong>Uitstekend</strong> · 4,8 / 5 op basis van 2.317 beoordelingen</p></div>"
        '<div class="review-quote">“Binnen een kwartier had ik mijn Apple ID terug. Heel vriendelijk geholpen!” – Ans, Amersfoort</div>'
        "</div></section>"
        '<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid">'
        f'<div class="footer-col"><p class="footer-about">{esc(spec.name)} helpt sinds 2009 particulieren en bedrijven met '
        "hun Apple-apparaten. Al meer dan 40.000 klanten gingen u voor.</p>"
        '<img src="/images/thuiswinkel-waarborg.svg" alt="Thuiswinkel Waarborg" class="badge"> '
        '<img src="/images/veilig-betalen-ideal.svg" alt="Veilig betalen met iDEAL" class="badge"></div>'
        '<div class="footer-col"><a href="/algemene-voorwaarden" class="footer-link">Algemene voorwaarden</a>'
        '<a href="/privacybeleid" class="footer-link">Privacybeleid</a><a href="/cookiebeleid" class="footer-link">Cookiebeleid</a>'
        '<a href="/klachtenregeling" class="footer-link">Klachtenregeling</a><a href="/reviews" class="footer-link">Reviews</a></div>'
        f'<div class="footer-col"><p>Herengracht 420<br>1017 BZ Amsterdam<br>{intl}<br>KvK {kvk} · BTW {btw}</p></div></div>'
        f'<div class="footer-legal">© 2009–2026 {esc(spec.name)}. Wij zijn een onafhankelijke dienstverlener.</div></div></footer>'
        f'<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={site}" type="text/javascript"></script>'
        f'<script src="https://assets-global.website-files.com/{site}/js/webflow.{_hex(rng, 9)}.js" type="text/javascript"></script>'
    )
    html = document(spec.lang, f"{spec.name} | Bel {numbers.write(own, 'spaced_dash')}", body, head)
    html = html.replace(
        f'<html lang="{spec.lang}">',
        f'<html lang="{spec.lang}" data-wf-page="{page}" data-wf-site="{site}">',
        1,
    )
    return {"/": (html, s)}


# --- the same campaign on a Next.js shell: number only after JavaScript, or in ?tel= ----


@branded
def nl_nextjs_icloud_js(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    build = _hex(rng, 21)
    chunks = "".join(
        f'<script src="/_next/static/chunks/{name}-{_hex(rng, 16)}.js" defer></script>'
        for name in ("webpack", "framework", "main", "pages/_app")
    )
    head = (
        f'<link rel="preload" href="/_next/static/css/{_hex(rng, 16)}.css" as="style">\n'
        f'<link rel="stylesheet" href="/_next/static/css/{_hex(rng, 16)}.css" data-n-g="">\n'
        '<meta name="next-head-count" content="4">\n'
    )

    def shell(inner: str, script: str, data: dict) -> str:
        return (
            f'<div id="__next"><div class="Layout_wrap__k2Qx9">'
            f'<header class="Header_bar__Y7cPa"><a href="/" class="Header_logo__1hTr2">{esc(spec.name)}</a>'
            '<nav><a href="/hulp/contact">Contact</a></nav></header>'
            f'<main class="Home_main__nLjiQ">{inner}</main>'
            '<footer class="Footer_f__3mPq1">Onafhankelijke hulpdienst voor Apple-gebruikers · <a href="/hulp/contact">Contact</a></footer>'
            "</div></div>"
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
            f"{chunks}{script}"
        )

    # Home: the number's digit groups sit in __NEXT_DATA__; a script joins them.
    home_s = Sheet()
    home_s.hidden(own)
    pieces = numbers.groups(own)[:1] + numbers.pairs("".join(numbers.groups(own)[1:])).split()
    data = {
        "props": {"pageProps": {"hero": "icloud", "lijn": {"d": pieces, "sep": " "}}},
        "page": "/",
        "query": {},
        "buildId": build,
        "nextExport": True,
        "isFallback": False,
        "gsp": True,
    }
    inner = (
        '<h1 class="Home_title__p9Vb2">iCloud-account vergrendeld? Herstel het vandaag nog</h1>'
        '<p class="Home_lead__zH3Ka">U krijgt de melding dat uw Apple ID om veiligheidsredenen is uitgeschakeld, '
        "of u kunt niet meer bij uw foto's in iCloud. Onze herstelspecialisten begeleiden u stap voor stap.</p>"
        '<p class="Home_call__6R1sF">Bel de herstellijn: <a id="herstellijn" class="Home_phone__0Ex1T" href="#">even geduld…</a></p>'
        '<noscript><p>Schakel JavaScript in om ons nummer te zien.</p></noscript>'
    )
    script = (
        "<script>\n(function(){\n"
        "  var d=JSON.parse(document.getElementById('__NEXT_DATA__').textContent).props.pageProps.lijn;\n"
        "  var n=d.d.join(d.sep),a=document.getElementById('herstellijn');\n"
        "  a.textContent=n;a.href='tel:'+d.d.join('');\n"
        "})();\n</script>"
    )
    # Landing: the number only in the link the spam mail carries (?tel=...).
    land_s = Sheet()
    land_s.hidden(own)
    landing = f"/herstel?tel={numbers.national_digits(own)}"
    land_inner = (
        '<h1 class="Home_title__p9Vb2">Uw herstelverzoek is aangemaakt</h1>'
        '<p class="Home_lead__zH3Ka">Om uw iCloud-account te ontgrendelen moet een medewerker uw identiteit telefonisch '
        "bevestigen. Bel binnen 30 minuten, anders vervalt uw verzoek.</p>"
        '<p class="Home_call__6R1sF">Uw persoonlijke herstellijn: <a id="herstellijn" class="Home_phone__0Ex1T" href="#"></a></p>'
    )
    land_script = (
        "<script>\n(function(){\n"
        "  var t=new URLSearchParams(window.location.search).get('tel')||'';\n"
        "  var a=document.getElementById('herstellijn');\n"
        "  a.textContent=t.replace(/^(\\d{3})(\\d{3})(\\d{2})(\\d{2})$/,'$1 $2 $3 $4');a.href='tel:'+t;\n"
        "})();\n</script>"
    )
    land_data = {**data, "page": "/herstel", "props": {"pageProps": {"hero": "herstel"}}}
    title = "iCloud herstellen – Apple ID ontgrendelen"
    return {
        "/": (document(spec.lang, title, shell(inner, script, data), head), home_s),
        landing: (
            document(spec.lang, "Herstelverzoek aangemaakt", shell(land_inner, land_script, land_data), head),
            land_s,
        ),
    }


# --- unbranded Australian "call our experts" page on a Ghost theme ----------------------


@branded
def au_ghost_pc_experts(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    plain = s.num(own, "national")  # 1800 958 274
    dashed = s.num(own, "split_lead")  # 1-800-958-274
    head = (
        '<meta name="generator" content="Ghost 5.82">\n'
        f'<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v={_hex(rng, 10)}">\n'
        '<link rel="alternate" type="application/rss+xml" title="PC Experts Helpline" href="/rss/">\n'
        f'<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://{spec.host}/" data-key="{_hex(rng, 26)}" data-api="https://{spec.host}/ghost/api/content/" crossorigin="anonymous"></script>\n'
    )
    faq = "".join(
        '<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading">'
        f'<h4 class="kg-toggle-heading-text">{esc(q)}</h4><button class="kg-toggle-card-icon"></button></div>'
        f'<div class="kg-toggle-content"><p>{esc(a)}</p></div></div>'
        for q, a in (
            ("Do you fix pop-ups and viruses?", "Yes. Our experts remove malware, fake warnings and unwanted toolbars while you watch."),
            ("How do you connect to my computer?", "On the call we send you a short link to our secure remote tool. It takes two minutes."),
            ("What does it cost?", "A one-off fix starts at $149. Our 12-month Total Care plan covers every device in the house."),
        )
    )  # fmt: skip
    body = (
        '<div class="viewport"><header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner">'
        f'<div class="gh-head-brand"><a class="gh-head-logo no-image" href="/">{esc(spec.name)}</a></div>'
        '<nav class="gh-head-menu"><ul class="nav"><li class="nav-home nav-current"><a href="/">Home</a></li>'
        '<li class="nav-services"><a href="/services/">Services</a></li><li class="nav-contact"><a href="/help/contact/">Contact</a></li></ul></nav>'
        "</div></header>"
        '<div class="site-content"><main id="site-main" class="site-main"><article class="article page no-image">'
        '<header class="article-header gh-canvas"><h1 class="article-title">Computer trouble? Call our experts now</h1>'
        '<p class="article-excerpt">Slow PC, strange pop-ups, e-mail not working or a printer that won’t print – '
        "our certified technicians fix it remotely, anywhere in Australia, 7 days a week.</p></header>"
        '<section class="gh-content gh-canvas">'
        '<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📞</div>'
        f'<div class="kg-callout-text">Talk to a computer expert: <strong>{plain} AUS</strong> (toll free, 8am–10pm AEST)</div></div>'
        "<p>Most problems are fixed in under 30 minutes. No need to take your computer anywhere – one of our experts "
        "connects to it while you stay on the line and explains every step.</p>"
        '<div class="kg-card kg-button-card kg-align-center">'
        + s.tel(own, f"Call {plain}").replace("<a ", '<a class="kg-btn kg-btn-accent" ', 1)
        + "</div>"
        "<h2>Why thousands of Aussies call us</h2><ul><li>Certified Windows and Mac technicians</li>"
        "<li>No fix, no fee</li><li>Seniors’ discount on all plans</li></ul>"
        f"{faq}"
        f"<p>Toll free from anywhere in Australia: {dashed}</p>"
        "</section></article></main></div>"
        '<footer class="site-footer outer"><div class="inner"><section class="copyright">'
        f'<a href="/">{esc(spec.name)}</a> © 2026</section>'
        '<nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul></nav>'
        '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>'
        f'<script src="/assets/built/casper.js?v={_hex(rng, 10)}"></script>'
    )
    return {
        "/": (
            document(spec.lang, f"{spec.name} – call our computer experts", body, head, ' class="home-template has-sans-body"'),
            s,
        )
    }


# --- Japanese Windows Defender browser locker -------------------------------------------


@branded
def ja_locker_speech(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "dashed", "fullwidth")  # ０５０－５５３２－８８４１
    title_no = numbers.write(own, "dashed")  # 050-5532-8841 (the title; recorded by `wide`)
    read = "、".join(numbers.national_digits(own))
    code = f"0x80{rng.choice('7C')}{rng.randint(10, 99)}{rng.choice('ABCDEF')}{rng.randint(10, 99)}"
    head = (
        "<style>body{margin:0;background:#0078d7;font-family:'Meiryo','Yu Gothic',sans-serif;color:#fff}"
        ".wd-top{background:#fff;color:#000;padding:6px 14px;font-size:13px}.wd-box{max-width:680px;margin:6vh auto;background:#fff;color:#222;"
        "border:1px solid #999;box-shadow:0 6px 30px #0009}.wd-head{background:#c42b1c;color:#fff;padding:10px 16px;font-weight:bold}"
        ".wd-body{padding:18px 22px}.wd-tel{font-size:30px;color:#c42b1c;font-weight:bold;letter-spacing:1px}</style>\n"
    )
    body = (
        '<div class="wd-top">Windows Defender セキュリティ センター</div>'
        '<div class="wd-box" role="alertdialog"><div class="wd-head">⚠ Windows セキュリティ警告 – このPCはブロックされました</div>'
        '<div class="wd-body"><p>お使いのコンピューターでトロイの木馬型スパイウェアが検出されました。'
        "以下の情報が盗まれる危険があります：</p>"
        "<ul><li>インターネットバンキングのログイン情報</li><li>クレジットカード情報</li><li>メールアカウントのパスワード</li><li>写真とファイル</li></ul>"
        f"<p>エラーコード：<b>{code}</b></p>"
        "<p>コンピューターの電源を切らないでください。このウィンドウを閉じると、データが削除される恐れがあります。"
        "今すぐ Microsoft 認定サポートにお電話ください（通話無料・24時間対応）：</p>"
        f'<p class="wd-tel">{wide}</p>'
        '<p><button id="wd-ok">サポートに連絡する</button> <button id="wd-cancel">キャンセル</button></p></div></div>'
        '<audio id="wd-beep" src="/sounds/keikoku-ja.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  function full(){var e=document.documentElement;(e.requestFullscreen||e.webkitRequestFullscreen||function(){}).call(e);}\n"
        "  document.addEventListener('click',full);document.addEventListener('keyup',full);\n"
        "  window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='';return '';});\n"
        "  for(var i=0;i<30;i++){history.pushState({k:i},'',location.href);}\n"
        "  window.onpopstate=function(){history.pushState({},'',location.href);};\n"
        f"  var say={json_str('Windows セキュリティ警告です。お使いのパソコンはブロックされました。今すぐサポートにお電話ください。電話番号は ' + read + ' です。')};\n"
        "  function speak(){if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(say);u.lang='ja-JP';speechSynthesis.speak(u);}}\n"
        "  document.addEventListener('click',speak,{once:true});\n"
        f"  var m={json_str('警告：このPCはブロックされています。Microsoft サポートに電話してください。')};\n"
        "  (function loop(){if(!confirm(m)){alert(m);}setTimeout(loop,3000);})();\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Windows セキュリティ警告 ({title_no})", body, head), s)}


# --- Finnish Apple ID "tuki" on a Blogger subdomain --------------------------------------


@branded
def fi_blogger_apple_tuki(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    local = s.num(own, "split_sub")  # 09 7532 6418
    g = numbers.groups(own)
    intl = _written(s, own, f"+358 {g[0][1:]} {g[1][:4]} {g[1][4:]}")  # +358 9 7532 6418
    abroad = s.num(own, "double_zero")  # 00358 9 75326418
    blog_id = rng.randint(10**18, 10**19 - 1)
    post_id = rng.randint(10**18, 10**19 - 1)
    head = (
        "<meta content='blogger' name='generator'>\n"
        f"<link rel='alternate' type='application/atom+xml' title='{esc(spec.name)} - Atom' href='https://{spec.host}/feeds/posts/default'>\n"
        f"<link rel='service.post' type='application/atom+xml' href='https://www.blogger.com/feeds/{blog_id}/posts/default'>\n"
        "<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css'>\n"
    )
    body = (
        "<div class='content'><div class='content-outer'><header><div class='header-outer'><div class='header-inner'>"
        "<div class='section' id='header'><div class='widget Header' data-version='1' id='Header1'>"
        f"<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='/'>{esc(spec.name)}</a></h1></div>"
        "<div class='descriptionwrapper'><p class='description'><span>Apple ID, iCloud ja iPhone – apua suomeksi</span></p></div></div></div></div>"
        "</div></div></header>"
        "<div class='main-outer'><div class='main-inner'><div class='column-center-inner'><div class='main section' id='main'>"
        "<div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>"
        "<div class='date-outer'><h2 class='date-header'><span>perjantai 27. helmikuuta 2026</span></h2>"
        "<div class='date-posts'><div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope'>"
        "<h3 class='post-title entry-title' itemprop='name'>Apple ID lukittu? Applen tuki Suomessa soittamalla</h3>"
        f"<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>"
        "<p>Jos iPhone tai Mac ilmoittaa, että Apple ID on poistettu käytöstä turvallisuussyistä, tai iCloud ei "
        "hyväksy salasanaasi, älä yritä korjata tilannetta itse. Tukihenkilömme avaavat tilisi lukituksen puhelimessa "
        "ja tarvittaessa etäyhteydellä.</p>"
        f"<p><b>Applen tuki (Suomi): {local}</b></p>"
        f"<p>Soita: {s.tel(own, intl)}</p>"
        "<p>Palvelemme joka päivä klo 8–21. Pidä laitteesi lähellä ja varaa maksukortti valmiiksi palvelumaksua varten.</p>"
        f"<p>Ulkomailta soittaessasi käytä muotoa {abroad}.</p>"
        "</div><div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
        "<span class='post-author vcard'>Lähettänyt <span class='fn'>Tukitiimi</span></span> "
        "<span class='post-comment-link'>0 kommenttia</span></div></div></div></div></div></div>"
        "</div></div></div></div></div></div>"
        "<div class='sidebar section' id='sidebar-right-1'><div class='widget BlogArchive' id='BlogArchive1'>"
        "<h2>Blogiarkisto</h2><ul><li><a href='/2026/02/'>helmikuu 2026</a> (1)</li></ul></div>"
        "<div class='widget Profile' id='Profile1'><h2>Tietoja minusta</h2><dl class='profile-datablock'><dt class='profile-data'>Tukitiimi</dt></dl></div></div>"
        "<footer><div class='footer-outer'><div class='widget Attribution' id='Attribution1'>"
        "Teema: Yksinkertainen. Palvelun tarjoaa <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></footer>"
        "</div></div>"
    )
    return {"/": (document(spec.lang, f"{spec.name}: Apple ID lukittu? Applen tuki Suomessa", body, head), s)}


# --- a Swiss-French shop's aged domain, bought and re-used ------------------------------


@branded
def chfr_jimdo_reprise(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    local = s.num(own, "national")  # 021 588 07 36
    abroad = s.num(own, "double_zero")  # 0041 21 588 07 36
    s.hidden(own)  # the banner's alt text
    mid = rng.randint(10000000, 19999999)

    def module(kind: str, inner: str) -> str:
        nonlocal mid
        mid += rng.randint(3, 40)
        return f'<div id="cc-m-{mid}" class="j-module n j-{kind}">{inner}</div>'

    call = s.tel(own, "Appeler un technicien", national=True).replace(
        "<a ", '<a class="j-calltoaction-link j-calltoaction-link-style-1" ', 1
    )
    head = (
        '<meta name="generator" content="Jimdo Creator">\n'
        f'<link href="https://assets.jimstatic.com/web.css.{_hex(rng, 32)}.css" rel="stylesheet">\n'
        f'<link href="https://u.jimcdn.com/cms/o/{_hex(rng, 16)}/layout/dm_{_hex(rng, 32)}/css/layout.css" rel="stylesheet">\n'
    )
    body = (
        '<div class="jtpl-main"><div class="jtpl-header"><div class="jtpl-logo">'
        '<a href="/">Atelier Informatique Morges</a></div>'
        '<div class="jtpl-navigation"><nav class="j-nav-level-0"><ul><li><a href="/" class="cc-nav-current">Accueil</a></li>'
        '<li><a href="/assistance/">Assistance</a></li><li><a href="/atelier/">L’atelier</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div></div>'
        '<div class="jtpl-content"><div id="content_area"><div id="cc-inner" class="cc-content-parent">'
        + module(
            "imageSubtitle",
            f'<figure class="cc-imagewrapper"><img src="https://image.jimcdn.com/app/cms/image/transf/none/path/{_hex(rng, 16)}/image/banniere.jpg" '
            f'alt="Assistance Windows – appelez le {esc(local)}"></figure>',
        )
        + module(
            "header",
            "<h1>Assistance Windows et Microsoft 365 – techniciens agréés 7j/7</h1>",
        )
        + module(
            "text",
            "<p>Message d’erreur, PC bloqué, compte Microsoft piraté ou licence Windows « expirée » ? Nos techniciens "
            "agréés Microsoft prennent la main sur votre ordinateur à distance et règlent le problème pendant l’appel. "
            f"Ligne d’assistance : <strong>{local}</strong> – depuis l’étranger : {abroad}.</p>",
        )
        + module("calltoaction", f'<div class="j-calltoaction-wrapper">{call}</div>')
        + module(
            "text",
            "<h2>L’atelier</h2><p>Réparations, vente de PC et de Mac, installation de réseaux pour les particuliers et "
            "les PME de la région morgienne depuis 2011. Passez nous voir à la Grand-Rue, du mardi au samedi.</p>"
            "<p><em>Horaires d’été : fermeture du 21 juillet au 9 août 2019.</em></p>",
        )
        + "</div></div></div>"
        '<div class="jtpl-footer"><div id="contentfooter"><div class="leftrow">'
        "<p>Atelier Informatique Morges · Grand-Rue 54 · 1110 Morges · © 2011–2019</p></div>"
        '<div class="rightrow"><a href="/about/">À propos</a> | <a href="/sitemap/">Plan du site</a> | '
        '<a href="https://www.jimdo.com" rel="nofollow">Créé avec Jimdo</a></div></div></div></div>'
        f'<script src="https://assets.jimstatic.com/web.js.{_hex(rng, 32)}.js"></script>'
    )
    return {"/": (document(spec.lang, "Atelier Informatique Morges – Assistance Windows 7j/7", body, head), s)}


# --- Belgian-French McAfee "renouvellement / remboursement" on an Odoo website ----------


@branded
def befr_odoo_remboursement(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    slash = _written(s, own, f"{g[0]}/{g[1]}.{g[2]}.{g[3]}")  # 02/808.41.73
    intl = s.num(own, "intl_zero_pairs")  # +32 (0)2 808 41 73
    ref = f"MCF-BE-{rng.randint(100000, 999999)}"
    call = s.tel(own, "Appeler le service remboursements", national=True).replace(
        "<a ", '<a class="btn btn-primary btn-lg o_default_snippet_text" ', 1
    )

    def block(name: str, inner: str, extra: str = "") -> str:
        return (
            f'<section class="{name} pt48 pb48 o_colored_level {extra}" data-snippet="{name}" data-name="Texte">'
            f'<div class="container s_allow_columns">{inner}</div></section>'
        )

    head = (
        '<meta name="generator" content="Odoo">\n'
        f'<link type="text/css" rel="stylesheet" href="/web/assets/{rng.randint(1000, 9999)}-{_hex(rng, 7)}/1/web.assets_frontend.min.css">\n'
    )
    body = (
        '<div id="wrapwrap" class="homepage">'
        '<header id="top" data-anchor="true" data-name="Header" class="o_header_standard o_hoverable_dropdown">'
        '<nav data-name="Navbar" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">'
        f'<div id="top_menu_container" class="container"><a href="/" class="navbar-brand logo"><span>{esc(spec.name)}</span></a>'
        '<ul id="top_menu" class="nav navbar-nav o_menu_loading flex-grow-1"><li class="nav-item"><a role="menuitem" href="/" class="nav-link active">Accueil</a></li>'
        '<li class="nav-item"><a role="menuitem" href="/contactus" class="nav-link">Nous contacter</a></li></ul></div></nav></header>'
        '<main><div id="wrap" class="oe_structure oe_empty">'
        + block(
            "s_title",
            '<h1 class="display-4">Votre abonnement McAfee Total Protection a été renouvelé</h1>',
            "o_cc o_cc2",
        )
        + block(
            "s_text_block",
            f"<p>Référence de commande : <b>{ref}</b> · Montant débité : <b>349,99 €</b> · Durée : 3 ans, 10 appareils</p>"
            "<p>Ce renouvellement a été effectué automatiquement. Si vous n’êtes pas à l’origine de cette commande, vous "
            "avez droit à un remboursement intégral dans les 48 heures.</p>"
            f"<p>Appelez notre service remboursements au <strong>{slash}</strong> (du lundi au samedi, 8h–20h) ou depuis "
            f"l’étranger au {intl}.</p><p>{call}</p>",
        )
        + block(
            "s_numbers",
            "<h2>Comment se passe le remboursement ?</h2><ol><li>Un conseiller vérifie votre commande avec la référence ci-dessus.</li>"
            "<li>Il vous aide à installer l’application sécurisée de remboursement (AnyDesk) sur votre ordinateur.</li>"
            "<li>Vous vous connectez à votre banque en ligne pour recevoir le virement de remboursement.</li></ol>",
        )
        + block(
            "s_website_form",
            '<form action="/website/form/" method="post" enctype="multipart/form-data" class="o_mark_required" data-model_name="crm.lead" data-success-mode="redirect">'
            '<div class="s_website_form_rows row s_col_no_bgcolor"><div class="mb-3 col-12 s_website_form_field">'
            '<label class="s_website_form_label" for="ref">Référence de commande</label>'
            '<input type="text" class="form-control s_website_form_input" name="ref" id="ref"></div>'
            '<div class="mb-3 col-12 s_website_form_submit"><a href="#" role="button" class="btn btn-primary s_website_form_send">Demander le remboursement</a></div></div></form>',
        )
        + "</div></main>"
        '<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc">'
        f'<div id="footer" class="oe_structure oe_structure_solo"><section class="s_text_block pt16 pb16"><div class="container"><p>{esc(spec.name)} · Service clients Belgique</p></div></section></div>'
        '<div class="o_footer_copyright o_colored_level o_cc"><div class="container py-3"><div class="o_footer_copyright_name">Copyright © 2026</div>'
        '<div class="o_brand_promotion">Généré par <a target="_blank" class="badge text-bg-light" href="https://www.odoo.com/fr_FR?utm_source=db&amp;utm_medium=website">Odoo</a></div></div></div></footer></div>'
        f'<script type="text/javascript" src="/web/assets/{rng.randint(1000, 9999)}-{_hex(rng, 7)}/1/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>'
    )
    return {"/": (document(spec.lang, f"Renouvellement McAfee – remboursement | {spec.name}", body, head), s)}


# --- German "ING Sicherheitsdesk" on a TYPO3 shell ---------------------------------------


@branded
def de_typo3_ing_sicherheit(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)
    slash = _written(s, own, f"{g[0]} / {g[1][:4]} {g[1][4:]}")  # 069 / 9509 2714
    intl = s.num(own, "intl_zero_gap")  # +49 (0) 69 95092714
    vorgang = f"SD-{rng.randint(2026000, 2026999)}-{rng.randint(10, 99)}"
    uid = rng.randint(100, 400)

    def ce(header: str, inner: str, ctype: str = "text") -> str:
        nonlocal uid
        uid += rng.randint(1, 9)
        return (
            f'<div id="c{uid}" class="frame frame-default frame-type-{ctype} frame-layout-0">'
            f'<a id="c{uid + 1000}"></a><header><h2 class="">{esc(header)}</h2></header>'
            f'<div class="ce-bodytext">{inner}</div></div>'
        )

    call = s.tel(own, "Sicherheitsdesk jetzt anrufen", national=True).replace(
        "<a ", '<a class="btn btn-danger btn-lg" ', 1
    )
    head = (
        '<meta name="generator" content="TYPO3 CMS">\n'
        f'<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-{_hex(rng, 32)}.css?{rng.randint(1700000000, 1709999999)}" media="all">\n'
    )
    body = (
        '<div class="page" id="p1"><header class="page-header"><div class="container">'
        '<a class="brand" href="/"><img src="/fileadmin/templates/img/logo-orange.svg" alt="ING Sicherheitsdesk" width="120"></a>'
        '<nav class="main-nav"><ul><li class="active"><a href="/">Start</a></li><li><a href="/hilfe/kontakt/">Kontakt</a></li></ul></nav>'
        "</div></header>"
        '<main class="page-main"><div class="container"><!--TYPO3SEARCH_begin-->'
        + ce(
            "Ungewöhnliche Aktivität auf Ihrem Girokonto",
            "<p>Unser Sicherheitssystem hat eine Anmeldung von einem unbekannten Gerät und eine Überweisung ins Ausland "
            "festgestellt. Ihr Online-Banking wurde deshalb vorsorglich eingeschränkt.</p>"
            f"<p>Vorgangsnummer: <strong>{vorgang}</strong></p>",
        )
        + ce(
            "So heben Sie die Sperre auf",
            f"<p>Rufen Sie umgehend den ING Sicherheitsdesk an: <strong>{slash}</strong> (Mo–So, 7–23 Uhr).</p>"
            f"<p>Aus dem Ausland: {intl}</p><p>{call}</p>"
            "<p>Halten Sie Ihre Zugangsnummer, Ihre Girocard und Ihr Smartphone mit der Banking-App bereit. Unser "
            "Mitarbeiter bestätigt die Freigabe gemeinsam mit Ihnen per App.</p>",
        )
        + ce(
            "Wichtig",
            "<ul><li>Ohne Rückruf innerhalb von 24 Stunden wird Ihr Konto dauerhaft gesperrt.</li>"
            "<li>Geben Sie Ihre Daten nicht an Dritte weiter – nur an den Sicherheitsdesk.</li></ul>",
            "bullets",
        )
        + "<!--TYPO3SEARCH_end--></div></main>"
        '<footer class="page-footer"><div class="container"><p>ING Sicherheitsdesk · Abteilung Kontoschutz</p>'
        '<p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></div></footer></div>'
        f'<script src="/typo3temp/assets/compressed/merged-{_hex(rng, 32)}.js?{rng.randint(1700000000, 1709999999)}"></script>'
    )
    return {"/": (document(spec.lang, "ING Sicherheitsdesk – Konto eingeschränkt", body, head), s)}


TEMPLATES = {
    "nl_webflow_apple_trust": with_contact("/contact", nl_webflow_apple_trust),
    "nl_nextjs_icloud_js": with_contact("/hulp/contact", nl_nextjs_icloud_js),
    "au_ghost_pc_experts": with_contact("/help/contact/", au_ghost_pc_experts),
    "ja_locker_speech": ja_locker_speech,
    "fi_blogger_apple_tuki": with_contact("/p/yhteystiedot-tuki.html", fi_blogger_apple_tuki),
    "chfr_jimdo_reprise": with_contact("/contact/", chfr_jimdo_reprise),
    "befr_odoo_remboursement": with_contact("/contactus", befr_odoo_remboursement),
    "de_typo3_ing_sicherheit": with_contact("/hilfe/kontakt/", de_typo3_ing_sicherheit),
}
