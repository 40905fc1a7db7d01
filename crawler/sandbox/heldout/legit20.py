"""Twentieth batch of held-out honest templates: page shells no earlier batch uses.

b20_nl_ibexa_rabobank_article (a Drechtsteden news site's article on an Ibexa DXP shell that
repeats the fake Rabobank security desk's message word for word), b20_ie_arcxp_remote_helpdesk_article
(a Kilkenny weekly's Arc XP article about a pensioner who rang a UK "remote PC helpdesk"),
b20_de_woltlab_fernwartung_thread (a German WoltLab forum thread: victims of the ad-landing
helpdesk and the Austrian locker, AnyDesk), b20_ja_readcgi_iphone_locker_thread (a Japanese
read.cgi bulletin board thread about the iPhone locker, AnyDesk), b20_lu_angular_number_lookup
(a young Luxembourg number lookup on Angular for the hacked pétanque club's number),
b20_au_gitbook_scam_numbers (a young Australian volunteers' scam-number list on GitBook),
b20_fi_pimcore_telecom_warning (a Finnish regional operator's warning on Pimcore with its
own customer line), b20_at_sulu_consumer_warning (a Vorarlberg consumer advice centre's
warning on Sulu with its advice line), b20_be_shopware_reseller (a Lier computer shop on
Shopware with Apple's and Microsoft's genuine Belgian lines), b20_nz_muse_repair_palmerston
(a Palmerston North repair shop since 2003 on Adobe Muse with a TeamViewer download),
b20_fi_kotisivukone_remote_business (a Lahti remote-help sole trader who started in January,
on Kotisivukone) and b20_fr_aem_bitdefender_official (Bitdefender's own French support
contact page on Adobe Experience Manager).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.scams20 import RABO_NOTICE
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import home as _home
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document

# --- a Drechtsteden news site's article on an Ibexa DXP shell ---------------------------


@branded
def b20_nl_ibexa_rabobank_article(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    cid = rng.randint(180000, 199999)
    path = f"/nieuws/dordrecht/nep-afdeling-veiligheid-rabobank-belt-terug-spaargeld-weg-{cid}"
    headline = "‘Afdeling Veiligheid’ van de Rabobank blijkt nep: Dordtenaar (71) raakt spaargeld kwijt"
    national = _q(s, q, "national")  # 085 301 7482
    notice = "".join(f"<p>{esc(t)}</p>" for t in RABO_NOTICE)
    before = (
        "Een 71-jarige man uit Dordrecht is vorige week ruim 14.000 euro kwijtgeraakt aan oplichters die zich "
        "voordeden als de ‘Afdeling Veiligheid’ van de Rabobank. Hij kreeg een sms met een link naar een "
        "website in Rabobank-huisstijl. Daarop stond, letterlijk:",
    )
    after = (
        f"Op de site stond alleen een knop ‘Bel de Afdeling Veiligheid’. Die belde het nummer {national}. "
        "‘Een keurige man nam op, noemde mijn naam en wist welke spaarrekening ik had’, vertelt de Dordtenaar. Op "
        "aanwijzing van de ‘medewerker’ gaf hij codes uit zijn Rabo Scanner door en maakte hij geld over naar een "
        "‘kluisrekening’.",
        "De Rabobank laat weten dat de bank geen ‘Afdeling Veiligheid’ heeft die klanten laat bellen, nooit om "
        "codes vraagt en nooit geld laat overboeken naar een andere rekening. ‘Krijgt u zo’n bericht: hang op, "
        "klik niet en bel zelf het nummer op de achterkant van uw bankpas.’ De politie Zuid-Holland-Zuid doet "
        "onderzoek.",
    )
    body_html = (
        "".join(f'<p class="ezparagraph">{p}</p>' for p in before)
        + f'<blockquote class="ezblockquote">{notice}</blockquote>'
        + "".join(f'<p class="ezparagraph">{p}</p>' for p in after)
    )
    head = (
        f'<link rel="stylesheet" href="/assets/build/app.{_hex(rng, 8)}.css">\n'
        f'<meta name="x-ibexa-content-id" content="{cid}">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<meta property="og:type" content="article">\n'
    )
    body = (
        f'<header class="site-header"><a href="/" class="logo">{esc(spec.name)}</a>'
        '<nav><a href="/nieuws/dordrecht">Dordrecht</a><a href="/nieuws/zwijndrecht">Zwijndrecht</a><a href="/nieuws/papendrecht">Papendrecht</a>'
        '<a href="/service/contact">Contact</a></nav></header>'
        f'<main><article class="ibexa-article" data-content-id="{cid}" data-location-id="{cid + 211}">'
        '<span class="article-label">112 &amp; Justitie</span>'
        f"<h1>{esc(headline)}</h1>"
        '<p class="article-intro">Oplichters sturen een sms over een ‘geblokkeerde rekening’ en laten slachtoffers een nep-veiligheidsafdeling bellen.</p>'
        '<p class="article-meta">Door Mark van der Linden · 28 februari 2026, 09:45</p>'
        f'<figure><img src="/var/site/storage/images/nieuws/{cid}/telefoon-bank/{rng.randint(1000000, 9999999)}-1-dut-NL/telefoon-bank_large.jpg" alt="Een telefoon met een bank-sms"></figure>'
        f'<div class="ezrichtext-field">{body_html}</div></article></main>'
        f'<footer><p>© 2026 {esc(spec.name)}</p><p><a href="/service/contact">Contact</a> · <a href="/service/privacy">Privacy</a></p>'
        '<p class="powered">Ibexa DXP</p></footer>'
    )
    return {
        path: (document(spec.lang, f"{headline} | {spec.name}", body, head), s),
        "/": _home(spec, path, headline, "Nieuws uit Dordrecht en de Drechtsteden."),
    }


# --- a Kilkenny weekly's Arc XP article about a UK remote helpdesk ----------------------


@branded
def b20_ie_arcxp_remote_helpdesk_article(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    aid = _hex(rng, 26).upper()
    path = "/news/2026/02/26/pensioner-loses-1200-after-ringing-computer-helpline-from-online-ad/"
    headline = "Pensioner loses €1,200 after ringing ‘computer helpline’ from online ad"
    shown = _q(s, q, "national")  # 0800 046 5173
    paras = (
        "A Callan pensioner has warned others after she lost €1,200 to a company she found when searching online "
        "for help with her slow laptop.",
        f"The woman, who is in her seventies, rang a freephone number, {shown}, that appeared at the top of her "
        "search results under the name of a UK ‘remote PC helpdesk’. The website looked professional, she said, "
        "with reviews, a company number and a cookie notice.",
        "‘The man was very patient. He asked me to download a program so he could see my screen, and then he said "
        "my bank details had been exposed and I needed a protection plan.’ Over two hours she was talked into "
        "logging into her online banking while he was connected.",
        "Gardaí in Kilkenny said remote-access scams were being reported every week. ‘Never give anyone access to "
        "your computer because of a search result or a pop-up. If money has left your account, contact your bank "
        "immediately and report it at your local Garda station.’",
        "Number 0800 freephone lines in the UK can be reached from Ireland, and scammers increasingly use them to "
        "appear British and trustworthy, a consumer spokesperson said.",
    )
    body_html = "".join(f'<p class="c-paragraph">{p}</p>' for p in paras)
    fusion = {"arcSite": "kilkenny-chronicle", "contentId": aid, "deployment": rng.randint(100, 999)}
    head = (
        f'<link rel="stylesheet" href="/pf/dist/css/kilkenny-chronicle.css?d={fusion["deployment"]}">\n'
        f"<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite=\"kilkenny-chronicle\";Fusion.deployment=\"{fusion['deployment']}\";Fusion.globalContent={json.dumps({'_id': aid, 'type': 'story'})};</script>\n"
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<meta property="og:type" content="article">\n'
    )
    body = (
        f'<div id="fusion-app" class="layout-section"><header class="c-header"><a href="/" class="c-logo">{esc(spec.name)}</a>'
        '<nav><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/community/">Community</a><a href="/contact-us/">Contact us</a></nav></header>'
        f'<main><article class="b-article-body" data-arc-id="{aid}">'
        '<p class="c-overline">Crime</p>'
        f'<h1 class="c-heading">{esc(headline)}</h1>'
        '<p class="c-byline">By Siobhán Doyle · February 26 2026, 06:00</p>'
        f'<figure><img src="https://{spec.host}/resizer/{_hex(rng, 20)}=/800x450/filters:focal(400x225:401x226)/cloudfront-eu-central-1.images.arcpublishing.com/kilkenny/{aid[:10]}.jpg" alt="An older woman using a laptop"></figure>'
        f"{body_html}</article></main>"
        f'<footer class="c-footer"><p>© 2026 {esc(spec.name)}</p><p><a href="/contact-us/">Contact us</a> · <a href="/privacy/">Privacy</a></p></footer></div>'
    )
    return {
        path: (document(spec.lang, f"{headline} | {spec.name}", body, head), s),
        "/": _home(spec, path, headline, "News from Kilkenny city and county."),
    }


# --- a German WoltLab forum thread: ad-landing helpdesk and the Austrian locker ----------


@branded
def b20_de_woltlab_fernwartung_thread(spec: Spec, rng: Random) -> Drafts:
    de, at = spec.quoted
    s = Sheet()
    tid = rng.randint(40000, 49999)
    path = f"/forum/thread/{tid}-pc-nothilfe-per-anydesk-250-euro-abgebucht/"
    de_no = _q(s, de, "split_sub")  # 0800 330 4617
    de_compact = _q(s, de, "compact")  # 08003304617
    at_no = _q(s, at, "national")  # 0800 746215
    posts = (
        ("Hannelore61", "27. Februar 2026 um 17:52",
         "Hallo zusammen, ich habe über eine Google-Anzeige „PC-Nothilfe“ gefunden. Auf der Seite stand oben "
         f"die Nummer {de_no}, komischerweise sieht man die nicht, wenn man die Seite direkt aufruft. Der "
         "Techniker hat sich per AnyDesk verbunden und mir danach 249 € für ein „Sorglos-Paket“ abgebucht. Kann "
         "ich das zurückholen?"),
        ("Mod_Rainer", "27. Februar 2026 um 18:20",
         f"Hallo Hannelore, die {de_compact} steht nur in der Anzeigen-URL, die Seite setzt sie per Skript ein. "
         "Das ist eine bekannte Masche. Lastschrift bei der Bank zurückgeben, AnyDesk deinstallieren, Passwörter "
         "von einem anderen Gerät ändern und Anzeige bei der Polizei erstatten."),
        ("Flo_aus_Passau", "27. Februar 2026 um 21:03",
         "Bei meiner Tante kam gestern eine Vollbild-Warnung „Windows-Sicherheit – PC gesperrt“ mit Sirene, "
         f"da stand eine österreichische {at_no}. Sie hat zum Glück zuerst mich angerufen. Einfach Strg+Alt+Entf "
         "und den Browser beenden."),
    )  # fmt: skip
    items = "".join(
        f'<article class="wbbPost message messageSidebarOrientationLeft" data-post-id="{tid * 10 + i}">'
        f'<div class="messageSidebar"><div class="messageAuthor"><a href="/user/{rng.randint(1000, 9999)}-{esc(who.lower())}/" class="username">{esc(who)}</a></div></div>'
        f'<div class="messageContent"><header class="messageHeader"><time class="datetime">{esc(when)}</time></header>'
        f'<div class="messageBody"><div class="messageText">{text}</div></div></div></article>'
        for i, (who, when, text) in enumerate(posts)
    )
    head = (
        f'<link rel="stylesheet" href="/style/style-{rng.randint(1, 9)}.css?m={rng.randint(1600000000, 1699999999)}">\n'
        '<script>var SECURITY_TOKEN = "' + _hex(rng, 40) + '";var WCF_PATH = "/";</script>\n'
        '<meta name="generator" content="WoltLab Suite Forum 6.0">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    title = "PC-Nothilfe per AnyDesk – 250 Euro abgebucht"
    body = (
        f'<div id="pageContainer" class="pageContainer"><header id="pageHeaderContainer" class="pageHeaderContainer"><div class="pageHeaderLogo"><a href="/">{esc(spec.name)}</a></div>'
        '<nav id="mainMenu" class="mainMenu"><ol class="boxMenu"><li><a href="/forum/">Forum</a></li><li><a href="/members-list/">Mitglieder</a></li>'
        '<li><a href="/contact/">Kontakt</a></li></ol></nav></header>'
        '<section id="main" class="main"><div class="content"><nav class="breadcrumbs"><a href="/forum/">Forum</a> › <a href="/forum/board/7-sicherheit/">Sicherheit &amp; Betrug</a></nav>'
        f'<header class="contentHeader"><h1 class="contentTitle">{esc(title)}</h1></header>'
        f'<div class="section"><ul class="wbbThreadPostList messageList">{items}</ul></div></div></section>'
        '<footer id="pageFooter" class="pageFooter"><p><a href="/contact/">Kontakt</a> · <a href="/legal-notice/">Impressum</a></p>'
        '<p class="copyright"><a href="https://www.woltlab.com/de/" rel="nofollow">Forum-Software: WoltLab Suite™</a></p></footer></div>'
    )
    return {
        path: (document(spec.lang, f"{title} – {spec.name}", body, head), s),
        "/": _home(spec, path, title, "Das Forum rund um PC, Notebook und Netzwerk – seit 2011."),
    }


# --- a Japanese read.cgi bulletin board thread about the iPhone locker ------------------


@branded
def b20_ja_readcgi_iphone_locker_thread(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    key = rng.randint(1700000000, 1709999999)
    path = f"/test/read.cgi/security/{key}/"
    wide = _q(s, q, "dashed", "fullwidth")  # ０１２０－５８３－９１７
    dashed = _q(s, q, "dashed")  # 0120-583-917
    posts = (
        ("名無しさん", "2026/02/27(金) 22:14:05.31",
         f"iPhoneでサイト見てたら急にサイレン鳴って「ウイルス4件」って出た。画面に {wide} って書いてあって、"
         "Appleサポートって言うから電話したら、AnyDesk入れてくださいって言われた。これヤバい？"),
        ("名無しさん", "2026/02/27(金) 22:20:41.08",
         f">>1 詐欺確定。{dashed} はAppleじゃない。AnyDesk消して、Apple IDのパスワード変えとけ。"
         "iPhoneにウイルス警告なんて出ないから。Safariの履歴とWebサイトデータを消去すれば消える"),
        ("名無しさん", "2026/02/27(金) 22:31:17.66",
         "うちの親も同じ画面で電話しかけてた。0120だから安心って思うらしい。iTunesカード買えって言われたら100%詐欺"),
    )  # fmt: skip
    dl = "".join(
        f'<dt>{i + 1} ：<font color="green"><b>{esc(who)}</b></font>：{esc(when)} ID:{_hex(rng, 8)}</dt><dd> {text} <br><br></dd>'
        for i, (who, when, text) in enumerate(posts)
    )
    head = (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<link rel="stylesheet" href="/css/read.css" type="text/css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    title = "【詐欺】iPhoneのウイルス警告で電話してしまった人のスレ Part3"
    body = (
        f'<div class="menu"><a href="/security/">■掲示板に戻る■</a> <a href="{path}">全部</a> <a href="{path}1-100">1-</a> <a href="{path}l50">最新50</a></div>'
        f'<h1 style="color:red;font-size:larger;font-weight:normal;margin:-.5em 0 0;">{esc(title)}</h1>'
        f'<dl class="thread">{dl}</dl><hr>'
        f'<form method="POST" action="/test/bbs.cgi?guid=ON"><input type="hidden" name="bbs" value="security"><input type="hidden" name="key" value="{key}">'
        '<input type="submit" value="書き込む" name="submit"> 名前：<input name="FROM" size="19"> E-mail：<input name="mail" size="19"><br>'
        '<textarea rows="5" cols="70" name="MESSAGE"></textarea></form>'
        f'<div class="footer"><a href="/contact">お問い合わせ</a> ・ read.cgi ver 07.7.3 ・ {esc(spec.name)}</div>'
    )
    return {
        path: (document(spec.lang, title, body, head, ' bgcolor="#EFEFEF" text="black"'), s),
        "/": _home(spec, path, title, "パソコン・スマホの困りごとを書き込む掲示板です（2007年開設）。"),
    }


# --- a young Luxembourg number lookup on Angular ---------------------------------------


@branded
def b20_lu_angular_number_lookup(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    compact = numbers.national_digits(q)  # 0974592136
    path = f"/numero/{compact}"
    s.hidden(q, offered=False)  # the URL
    pairs = _q(s, q, "pairs")  # 09 74 59 21 36
    intl = _q(s, q, "intl")  # +33 9 74 59 21 36
    ng = f"_ngcontent-ng-c{rng.randint(1000000000, 3999999999)}"
    reports = "".join(
        f'<li {ng}="" class="avis avis--{kind}"><p class="avis__meta">{esc(when)} · {esc(lbl)}</p><p>{esc(t)}</p></li>'
        for when, kind, lbl, t in (
            ("01/03/2026", "danger", "Arnaque",
             "Trouvé en cherchant « assistance Hotmail », sur le site d’un club de pétanque en Alsace ! Le monsieur voulait prendre la main sur mon PC."),
            ("28/02/2026", "danger", "Arnaque",
             "Se présentent comme le support Microsoft Outlook, demandent 89 € pour « débloquer » le compte. Microsoft ne fait pas ça."),
            ("27/02/2026", "neutre", "Inconnu", "Rappelé, personne n’a répondu."),
        )
    )  # fmt: skip
    head = (
        f'<link rel="stylesheet" href="/styles-{_hex(rng, 16).upper()}.css" media="all">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<base href="/">\n'
    )
    body = (
        f'<app-root ng-version="17.3.2" ng-server-context="ssr"><app-header {ng}=""><a href="/" class="brand">{esc(spec.name)}</a>'
        '<form action="/recherche" method="get"><input name="q" placeholder="Entrez un numéro"><button type="submit">Chercher</button></form></app-header>'
        f'<main {ng}="" class="container"><h1>{pairs} – qui appelle ?</h1>'
        f'<table {ng}="" class="infos"><tr><th>Numéro</th><td>{pairs}</td></tr><tr><th>Format international</th><td>{intl}</td></tr>'
        "<tr><th>Pays</th><td>France (numéro non géographique 09)</td></tr>"
        "<tr><th>Évaluation</th><td><strong>Dangereux</strong> (3 avis)</td></tr></table>"
        '<p class="resume">Les visiteurs signalent un faux « support Outlook / Microsoft » qui demande un accès à distance.</p>'
        f'<section class="avis-liste"><h2>Avis des visiteurs</h2><ul>{reports}</ul></section>'
        '<p class="note">Les avis sont rédigés par les visiteurs. Nous ne savons pas à qui appartient ce numéro. En cas '
        "de fraude, contactez votre banque et la Police grand-ducale.</p></main>"
        '<app-footer><a href="/aide">Aide</a> · <a href="/confidentialite">Confidentialité</a> · <a href="/contact">Contact</a></app-footer></app-root>'
        f'<script src="/main-{_hex(rng, 16).upper()}.js" type="module"></script>'
    )
    home_s = Sheet()
    home = (
        f'<app-root ng-version="17.3.2"><main><h1>{esc(spec.name)}</h1>'
        "<p>Un numéro inconnu vous a appelé ? Cherchez-le et lisez les avis des autres visiteurs.</p>"
        f'<h2>Recherches récentes</h2><ul><li><a href="{esc(path)}">{_q(home_s, q, "pairs")}</a> – dangereux</li></ul></main></app-root>'
    )
    return {
        path: (document(spec.lang, f"{pairs} – qui appelle ? | {spec.name}", body, head), s),
        "/": (document(spec.lang, f"{spec.name} – recherche de numéro", home), home_s),
    }


# --- a young Australian volunteers' scam-number list on GitBook -------------------------


@branded
def b20_au_gitbook_scam_numbers(spec: Spec, rng: Random) -> Drafts:
    us, ca, gb, at = spec.quoted
    s = Sheet()
    path = "/reported-numbers/february-2026"
    rows = (
        (_q(s, us, "us_dash"), "USA", "“Lenovo Laptop Help Center” search ads", "9"),
        (_q(s, ca, "us_paren"), "Canada", "McAfee “auto-renewal” refund page (French)", "4"),
        (_q(s, gb, "intl"), "United Kingdom", "“Remote PC helpdesk” with a company number and reviews", "6"),
        (_q(s, at, "intl"), "Austria", "Microsoft Defender “PC locked” full-screen pop-up", "2"),
    )
    table = "".join(
        f"<tr><td><code>{n}</code></td><td>{esc(c)}</td><td>{esc(w)}</td><td>{esc(k)}</td></tr>"
        for n, c, w, k in rows
    )
    head = (
        f'<link rel="stylesheet" href="https://static.gitbook.com/_next/static/css/{_hex(rng, 16)}.css">\n'
        '<meta name="generator" content="GitBook (8.)">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<div class="scroll-nojump"><header class="gitbook-header">'
        f'<a href="/" class="gitbook-space-title">{esc(spec.name)}</a></header>'
        '<div class="gitbook-body"><aside class="gitbook-toc"><ul><li><a href="/">Welcome</a></li>'
        '<li><a href="/reported-numbers/february-2026" aria-current="page">February 2026</a></li><li><a href="/what-to-do">Already called?</a></li>'
        '<li><a href="/about">About &amp; contact</a></li></ul></aside>'
        '<main class="gitbook-page"><h1 class="gitbook-title">Reported numbers – February 2026</h1>'
        '<p class="gitbook-description">Overseas tech-support numbers Australians were told to call this month.</p>'
        "<p>These numbers reached us through reports from readers around Australia. <strong>None of them belongs to "
        "Lenovo, McAfee or Microsoft.</strong> Genuine companies do not put phone numbers in pop-ups.</p>"
        '<div class="gitbook-table"><table><thead><tr><th>Number</th><th>Country</th><th>What it pretends to be</th><th>Reports</th></tr></thead>'
        f"<tbody>{table}</tbody></table></div>"
        '<div class="gitbook-hint hint-warning"><p>Already let someone onto your computer? Remove the remote app '
        "(AnyDesk, TeamViewer, UltraViewer), change passwords from another device, call your bank and report it "
        "to Scamwatch and ReportCyber.</p></div>"
        '<p>We are volunteers, not a government body. <a href="/about">About &amp; contact</a>.</p></main></div>'
        '<footer class="gitbook-footer"><a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark" rel="nofollow">Powered by GitBook</a></footer></div>'
    )
    return {
        path: (document(spec.lang, f"Reported numbers – February 2026 | {spec.name}", body, head), s),
        "/": _home(spec, path, "Reported numbers – February 2026", "A volunteer list of tech-support scam numbers reported in Australia."),
    }


# --- a Finnish regional operator's scam warning on Pimcore ------------------------------


@branded
def b20_fi_pimcore_telecom_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    canon, gb = spec.quoted
    s = Sheet()
    path = "/ajankohtaista/varoitus-vaaret-tukinumerot"
    canon_no = _q(s, canon, "split_sub")  # 09 7253 1846
    gb_no = _q(s, gb, "intl")  # +44 800 046 5173
    line = s.tel(own, s.num(own, "national"))  # 0800 914470
    head = (
        f'<link rel="stylesheet" href="/static/css/main.{_hex(rng, 8)}.css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        f'<meta name="pimcore-document-id" content="{rng.randint(100, 999)}">\n'
    )
    body = (
        f'<header class="site-header"><a href="/" class="logo"><img src="/var/assets/logo/pohjan-puhelin.svg" alt="{esc(spec.name)}"></a>'
        '<nav><a href="/kotiin">Kotiin</a><a href="/yrityksille">Yrityksille</a><a href="/asiakaspalvelu">Asiakaspalvelu</a></nav></header>'
        '<main class="main"><nav class="breadcrumb"><a href="/ajankohtaista">Ajankohtaista</a> › Varoitus</nav>'
        '<article class="pimcore_area_wysiwyg">'
        "<h1>Varoitus: väärät tukinumerot hakutuloksissa ja ponnahdusikkunoissa</h1>"
        '<p class="date">Julkaistu 27.2.2026</p>'
        "<p>Asiakkaamme ovat viime viikkoina soittaneet tukinumeroihin, jotka löytyivät hakukoneesta tai selaimeen "
        "auenneesta varoituksesta. Puhelimessa ”teknikko” pyytää asentamaan etäyhteysohjelman ja veloittaa sen jälkeen "
        "satoja euroja.</p>"
        "<h2>Ilmoitetut numerot</h2><ul>"
        f"<li>{canon_no} – ”Canon Tulostintuki Suomi”, ei liity Canoniin</li>"
        f"<li>{gb_no} – englanninkielinen ”remote PC helpdesk”, ulkomainen maksuton numero</li></ul>"
        "<h2>Näin suojaudut</h2><ul><li>Älä soita numeroon, joka on ponnahdusikkunassa tai mainoksessa.</li>"
        "<li>Älä anna tuntemattomalle etäyhteyttä koneellesi.</li><li>Jos maksoit, ota heti yhteys pankkiisi ja tee rikosilmoitus.</li></ul>"
        f"<p>Epäiletkö huijausta liittymässäsi? Asiakaspalvelumme auttaa numerossa {line} (ma–pe 8–18).</p>"
        "</article></main>"
        f'<footer class="footer"><p>{esc(spec.name)} Oy · Kauppatori 4 · 65100 Vaasa</p>'
        '<p><a href="/asiakaspalvelu">Asiakaspalvelu</a> · <a href="/tietosuoja">Tietosuoja</a> · <a href="/evasteet">Evästeet</a></p></footer>'
    )
    return {
        path: (document(spec.lang, f"Varoitus: väärät tukinumerot – {spec.name}", body, head), s),
        "/": _home(spec, path, "Varoitus: väärät tukinumerot", "Paikallinen operaattori Pohjanmaalla vuodesta 1904."),
    }


# --- a Vorarlberg consumer advice centre's warning on Sulu ------------------------------


@branded
def b20_at_sulu_consumer_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    at, ch = spec.quoted
    s = Sheet()
    path = "/de/aktuelles/warnungen/falsche-microsoft-hotlines"
    at_no = _q(s, at, "national")  # 0800 746215
    ch_no = _q(s, ch, "national")  # 0800 551 207
    line = s.tel(own, s.num(own, "national"))  # 05522 18900
    head = (
        f'<link rel="stylesheet" href="/build/website/app.{_hex(rng, 8)}.css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        f'<meta name="sulu-webspace" content="konsumentenberatung">\n'
    )
    body = (
        f'<header class="header"><a href="/de" class="header__logo">{esc(spec.name)}</a>'
        '<nav class="header__nav"><a href="/de/themen">Themen</a><a href="/de/beratung">Beratung</a><a href="/de/kontakt">Kontakt</a></nav></header>'
        '<main class="main" id="content"><article class="content-block content-block--text">'
        "<h1>Warnung: Falsche Microsoft-Hotlines</h1>"
        '<p class="lead">Aktuell melden sich viele Konsumentinnen und Konsumenten bei uns, die einer falschen Microsoft-Hotline aufgesessen sind.</p>'
        "<p>Zwei Wege sind derzeit besonders häufig: eine Vollbild-Warnung „Windows-Sicherheit – PC gesperrt“ mit "
        "Sirene, und ein Schweizer Online-Verzeichnis mit angeblichen Kundendienstnummern großer Firmen. Am Telefon "
        "wird eine Fernwartung verlangt, danach werden Zahlungen von 150 bis 900 Euro gefordert.</p>"
        "<h2>Diese Nummern wurden uns gemeldet</h2><ul>"
        f"<li>{at_no} – Vollbild-Warnung „Windows-Sicherheit“</li>"
        f"<li>{ch_no} – „Microsoft Kundendienst Schweiz“ aus einem Hotline-Verzeichnis</li></ul>"
        "<p>Microsoft zeigt keine Telefonnummern in Warnmeldungen an und ruft nicht unaufgefordert an.</p>"
        f"<h2>Beratung</h2><p>Sie haben bezahlt oder Fernzugriff erlaubt? Unsere Beratung erreichen Sie unter {line} "
        "(Mo–Do 8–12 und 13–16 Uhr, Fr 8–12 Uhr).</p></article></main>"
        f'<footer class="footer"><p>{esc(spec.name)} · Widnau 2–4 · 6800 Feldkirch</p>'
        '<p><a href="/de/kontakt">Kontakt</a> · <a href="/de/impressum">Impressum</a> · <a href="/de/datenschutz">Datenschutz</a></p></footer>'
    )
    return {
        path: (document(spec.lang, f"Warnung: Falsche Microsoft-Hotlines – {spec.name}", body, head), s),
        "/": _home(spec, path, "Warnung: Falsche Microsoft-Hotlines", "Unabhängige Konsumentenberatung für Vorarlberg."),
    }


# --- a Lier computer shop on Shopware with genuine brand lines ----------------------------


@branded
def b20_be_shopware_reseller(spec: Spec, rng: Random) -> Drafts:
    own, apple, ms = spec.phones
    s = Sheet()
    mine = s.tel(own, s.num(own, "national"))  # 03 281 74 60
    apple_no = s.tel(apple, s.num(apple, "national"))  # 0800 80 404
    ms_no = s.tel(ms, s.num(ms, "national"))  # 02 730 39 11
    products = "".join(
        f'<div class="card product-box box-standard"><div class="card-body"><a href="/{slug}/{rng.randint(10000, 99999)}" class="product-name">{esc(t)}</a>'
        f'<span class="product-price">{esc(p)}</span></div></div>'
        for slug, t, p in (
            ("apple-macbook-air-13-m3", 'Apple MacBook Air 13" M3 – 256 GB', "€ 1.199,00*"),
            ("hp-envy-x360-14", "HP ENVY x360 14 OLED", "€ 999,00*"),
            ("microsoft-365-family", "Microsoft 365 Family – 1 jaar", "€ 99,00*"),
        )
    )
    head = (
        f'<link rel="stylesheet" href="/theme/{_hex(rng, 32)}/css/all.css?{rng.randint(1700000000, 1709999999)}">\n'
        '<meta name="author" content="">\n'
        f'<script>window.router={{"frontend.cart.offcanvas":"/checkout/offcanvas"}};window.salesChannelId="{_hex(rng, 32)}";</script>\n'
    )
    body = (
        '<header class="header-main"><div class="container"><div class="header-row row">'
        f'<a class="header-logo-main-link" href="/" title="Naar de homepage">{esc(spec.name)}</a>'
        '<form class="header-search-form" action="/search" method="get"><input type="search" name="search" placeholder="Zoeken..."></form></div></div>'
        '<nav class="main-navigation-menu"><a href="/laptops/">Laptops</a><a href="/apple/">Apple</a><a href="/herstellingen/">Herstellingen</a><a href="/klantenservice/">Klantenservice</a></nav></header>'
        '<main class="content-main"><div class="cms-page"><div class="cms-section">'
        "<h1>Computers, Apple en herstellingen in Lier</h1>"
        "<p>Sinds 2008 in de Antwerpsestraat: advies, verkoop en herstelling van laptops, desktops en Apple-toestellen. "
        "Bestel online en haal af in de winkel, of laat ons uw toestel nakijken.</p>"
        f'<div class="cms-element-product-slider">{products}</div>'
        "<h2>Klantenservice</h2>"
        f"<p>Vragen over een bestelling of herstelling? Bel de winkel: {mine} (di–za 9.30–18 uur).</p>"
        f"<p>Voor garantie en ondersteuning rechtstreeks bij de fabrikant: Apple Support België {apple_no}, "
        f"Microsoft België {ms_no}. Wij bellen u nooit ongevraagd over virussen en vragen nooit om op afstand in te loggen.</p>"
        "</div></div></main>"
        f'<footer class="footer-main"><p>{esc(spec.name)} bv · Antwerpsestraat 112 · 2500 Lier · BTW BE 0{rng.randint(800, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}</p>'
        '<p><a href="/klantenservice/">Klantenservice</a> · <a href="/algemene-voorwaarden/">Algemene voorwaarden</a> · '
        '<a href="/privacy/">Privacy</a></p><p class="footer-vat">* Alle prijzen incl. btw · Realised with Shopware</p></footer>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – computers en herstellingen in Lier", body, head, ' class="is-ctl-navigation is-act-index"'), s)}


# --- a Palmerston North repair shop since 2003 on Adobe Muse ------------------------------


@branded
def b20_nz_muse_repair_palmerston(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    tel = s.tel(own, s.num(own, "national"))  # 06 356 1842
    nzbn = f"94290{rng.randint(10000000, 99999999)}"
    head = (
        '<meta name="generator" content="2018.1.0.386">\n'
        '<link rel="stylesheet" type="text/css" href="css/site_global.css?crc=4' + str(rng.randint(100000000, 999999999)) + '">\n'
        '<link rel="stylesheet" type="text/css" href="css/index.css?crc=3' + str(rng.randint(100000000, 999999999)) + '" id="pagesheet">\n'
        '<script type="text/javascript">var __adobewebfontsappname__ = "muse";</script>\n'
        '<script src="scripts/museutils.js?crc=3' + str(rng.randint(100000000, 999999999)) + '" type="text/javascript"></script>\n'
    )
    body = (
        '<div class="clearfix" id="page"><div class="clearfix grpelem" id="u74"><!-- group -->'
        f'<div class="clearfix grpelem" id="u80-4"><p>{esc(spec.name)}</p></div>'
        '<nav class="MenuBar clearfix grpelem" id="menuu98"><a class="nonblock nontext MenuItem" href="index.html">Home</a>'
        '<a class="nonblock nontext MenuItem" href="services.html">Services</a><a class="nonblock nontext MenuItem" href="remote-support.html">Remote support</a>'
        '<a class="nonblock nontext MenuItem" href="contact.html">Contact</a></nav></div>'
        '<div class="clearfix grpelem" id="u120-12"><!-- content -->'
        "<h1>Computer repairs in Palmerston North since 2003</h1>"
        "<p>Manawatu Computers is a small, family-run workshop on Rangitikei Street. We repair Windows PCs and Apple "
        "Macs, remove viruses, recover data and set up new computers for homes and small businesses across the "
        "Manawatu.</p>"
        "<h2>Remote support for existing customers</h2>"
        "<p>Ring the workshop first to book a time. At your appointment, download "
        '<a href="downloads/TeamViewerQS.exe">TeamViewer QuickSupport</a> and read us the ID and password it shows. '
        "We never call out of the blue and never ask for your bank details.</p>"
        "<h2>Find us</h2>"
        f"<p>412 Rangitikei Street, Palmerston North 4410<br>Phone {tel}<br>Mon–Fri 8:30am–5:30pm, Sat 9am–12pm</p>"
        "</div>"
        f'<div class="clearfix grpelem" id="u140-4"><p>© 2003–2026 {esc(spec.name)} Ltd · NZBN {nzbn}</p></div></div>'
        '<script type="text/javascript">Muse.Utils.addSelectorFn("body", Muse.Utils.transformMarkupToFixBrowserProblemsPreInit);</script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Computer Repairs Palmerston North", body, head, ' class="nested"'), s)}


# --- a Lahti remote-help sole trader who started in January, on Kotisivukone -------------


@branded
def b20_fi_kotisivukone_remote_business(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    tel = s.tel(own, s.num(own, "national"))  # 040 5127893
    ytunnus = f"3{rng.randint(400000, 499999)}-{rng.randint(1, 9)}"
    head = (
        '<meta name="generator" content="Kotisivukone">\n'
        f'<link rel="stylesheet" href="https://static.kotisivukone.com/themes/{rng.randint(100, 999)}/style.css?v={rng.randint(100, 999)}">\n'
        f'<script>window.KSK={{"siteId":{rng.randint(1000000, 1999999)},"lang":"fi"}};</script>\n'
    )
    body = (
        '<div id="ksk-page" class="ksk-layout"><header class="ksk-header">'
        f'<a href="/" class="ksk-logo">{esc(spec.name)}</a>'
        '<nav class="ksk-menu"><a href="/">Etusivu</a><a href="/palvelut">Palvelut</a><a href="/tuki/yhteystiedot">Yhteystiedot</a></nav></header>'
        '<main class="ksk-content"><section class="ksk-block">'
        "<h1>Tietokoneapua Lahdessa – etänä tai kotikäyntinä</h1>"
        "<p>Hei, olen Janne. Aloitin oman toiminimen tammikuussa 2026 kymmenen vuoden kunnan IT-tukityön jälkeen. "
        "Autan Windows-koneiden ja Apple-laitteiden, sähköpostin, tulostimien, kotiverkon ja varmuuskopioiden kanssa – "
        "Lahdessa, Hollolassa ja Nastolassa kotikäyntinä tai etäyhteydellä, jonka sovimme yhdessä.</p></section>"
        '<section class="ksk-block"><h2>Näin etätuki toimii</h2><ol><li>Varaat ajan puhelimella tai sähköpostilla</li>'
        "<li>Soitan sinulle sovittuna aikana alla olevasta numerosta</li><li>Avaat lähettämäni kertakäyttöisen linkin ja kerrot koodin</li>"
        "<li>Näet koko ajan, mitä teen, ja voit katkaista yhteyden milloin vain</li></ol>"
        "<p>En soita koskaan pyytämättä, en kysy verkkopankkitunnuksia enkä pyydä maksua lahjakorteilla.</p></section>"
        '<section class="ksk-block"><h2>Hinnat</h2><ul><li>Etätuki: 35 € / alkava 30 min</li><li>Kotikäynti: 59 € ensimmäinen tunti</li>'
        "<li>Kotitalousvähennyskelpoinen</li></ul></section>"
        f'<section class="ksk-block"><h2>Yhteystiedot</h2><p>Puhelin {tel} (ma–pe 9–17)<br>Vesijärvenkatu 18 B, 15140 Lahti<br>'
        f"{esc(spec.name)} / Janne Kivelä · Y-tunnus {ytunnus}</p></section></main>"
        f'<footer class="ksk-footer"><p>© 2026 {esc(spec.name)}</p><p class="ksk-powered">Tehty <a href="https://www.kotisivukone.fi" rel="nofollow">Kotisivukoneella</a></p></footer></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – tietokoneapu Lahdessa", body, head), s)}


# --- Bitdefender's own French support contact page on Adobe Experience Manager ------------


@branded
def b20_fr_aem_bitdefender_official(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    line = s.tel(own, s.num(own, "pairs"))  # 01 76 54 09 80
    path = "/consumer/support/contact/"
    head = (
        f'<link rel="stylesheet" href="/etc.clientlibs/bitdefender/clientlibs/clientlib-site.min.{_hex(rng, 32)}.css" type="text/css">\n'
        '<meta name="template" content="support-page">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<div class="root container responsivegrid"><div id="container-' + _hex(rng, 10) + '" class="cmp-container">'
        '<header class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--header">'
        '<a href="/" class="cmp-image__link"><img src="/content/dam/bitdefender/logos/bitdefender-logo.svg" alt="Bitdefender"></a>'
        '<nav class="cmp-navigation"><a href="/consumer/">Particuliers</a><a href="/business/">Entreprises</a><a href="/consumer/support/">Support</a></nav></div></header>'
        '<main class="cmp-container"><div class="breadcrumb cmp-breadcrumb"><a href="/consumer/support/">Support</a> › Contact</div>'
        '<div class="title cmp-title"><h1 class="cmp-title__text">Contacter le support Bitdefender</h1></div>'
        '<div class="text cmp-text"><p>Besoin d’aide pour installer, activer ou renouveler votre produit Bitdefender ? '
        "Connectez-vous d’abord à Bitdefender Central : la plupart des questions y trouvent une réponse, et vous pouvez y "
        "ouvrir une demande.</p>"
        f"<h2>Par téléphone</h2><p>Support Bitdefender France : {line}</p>"
        "<p>Du lundi au vendredi de 9 h à 18 h, hors jours fériés. Prix d’un appel local.</p>"
        '<h2>Attention aux faux numéros « Bitdefender »</h2><p>Des sites et des publicités affichent de faux numéros '
        "d’assistance Bitdefender ou de remboursement d’abonnement. Bitdefender n’affiche jamais de numéro dans une "
        "fenêtre d’alerte, ne demande jamais de paiement par carte cadeau et ne prend pas la main sur votre ordinateur "
        "sans demande de votre part depuis Bitdefender Central. Le seul numéro officiel pour la France figure sur cette page.</p></div></main>"
        '<footer class="experiencefragment"><p>© 1997–2026 Bitdefender. Tous droits réservés.</p>'
        '<p><a href="/site/view/legal-terms.html">Mentions légales</a> · <a href="/site/view/legal-privacy.html">Confidentialité</a></p></footer></div></div>'
        f'<script src="/etc.clientlibs/bitdefender/clientlibs/clientlib-site.min.{_hex(rng, 32)}.js"></script>'
    )
    home = (
        '<header><a href="/"><img src="/content/dam/bitdefender/logos/bitdefender-logo.svg" alt="Bitdefender"></a></header>'
        "<main><h1>Bitdefender – Cybersécurité pour particuliers et entreprises</h1><p>Antivirus, VPN et protection de l’identité.</p>"
        f'<p><a href="{path}">Contacter le support</a></p></main>'
    )
    return {
        path: (document(spec.lang, "Contacter le support Bitdefender | Bitdefender France", body, head), s),
        "/": (document(spec.lang, "Bitdefender France – Antivirus et cybersécurité", home), Sheet()),
    }


TEMPLATES = {
    "b20_nl_ibexa_rabobank_article": with_contact("/service/contact", b20_nl_ibexa_rabobank_article),
    "b20_ie_arcxp_remote_helpdesk_article": with_contact("/contact-us/", b20_ie_arcxp_remote_helpdesk_article),
    "b20_de_woltlab_fernwartung_thread": with_contact("/contact/", b20_de_woltlab_fernwartung_thread),
    "b20_ja_readcgi_iphone_locker_thread": with_contact("/contact", b20_ja_readcgi_iphone_locker_thread),
    "b20_lu_angular_number_lookup": with_contact("/contact", b20_lu_angular_number_lookup),
    "b20_au_gitbook_scam_numbers": with_contact("/about", b20_au_gitbook_scam_numbers),
    "b20_fi_pimcore_telecom_warning": with_contact("/asiakaspalvelu/tuki", b20_fi_pimcore_telecom_warning),
    "b20_at_sulu_consumer_warning": with_contact("/de/kontakt", b20_at_sulu_consumer_warning),
    "b20_be_shopware_reseller": with_contact("/klantenservice/contact/", b20_be_shopware_reseller),
    "b20_nz_muse_repair_palmerston": with_contact("/contact.html", b20_nz_muse_repair_palmerston),
    "b20_fi_kotisivukone_remote_business": with_contact("/tuki/yhteystiedot", b20_fi_kotisivukone_remote_business),
    "b20_fr_aem_bitdefender_official": b20_fr_aem_bitdefender_official,
}
