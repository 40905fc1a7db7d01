"""Nineteenth batch of held-out honest templates: page shells no earlier batch uses.

b19_nl_polopoly_ziggo_article (a Zaanstreek daily's article on an Atex Polopoly shell about
the fake Ziggo helpdesk whose number stood only in a banner image),
b19_lu_bloomreach_norton_mail (a north-Luxembourg weekly's article on a Bloomreach shell
that repeats the fake Norton refund email's instructions word for word),
b19_at_mybb_hotline_thread (an Austrian MyBB thread: a reader called a "Microsoft
Kundendienst" from a hotline directory, AnyDesk), b19_ja_rails_locker_question (a Japanese
PC Q&A on a Rails app about the "Windows security warning" locker, AnyDesk),
b19_fi_django_number_lookup (a young Finnish number lookup page on Django for the hacked
choir site's number), b19_nz_hexo_scam_numbers (a New Zealand volunteers' scam-number list
on Hexo), b19_ch_magnolia_police_warning (a Swiss regional police warning on Magnolia with
its own line), b19_be_kentico_bank_warning (a Kempen savings bank's warning on Kentico with
its fraud line), b19_fi_mycashflow_apple_reseller (an Oulu shop on MyCashflow with Apple's
genuine Finnish line), b19_ca_dreamweaver_repair_sherbrooke (a Sherbrooke repair shop since
1998 on a Dreamweaver template with a TeamViewer download), b19_au_durable_remote_business
(a Melbourne remote IT help business that started in December, on Durable) and
b19_de_contentful_eset_official (ESET's own German contact page, Next.js with Contentful).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.scams19 import NORTON_MAIL
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import home as _home
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document

# --- a Zaanstreek daily's article on an Atex Polopoly shell -----------------------------


@branded
def b19_nl_polopoly_ziggo_article(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    pid = f"1.{rng.randint(1800000, 1899999)}"
    path = f"/regio/zaandam/nepwebsite-ziggo-helpdesk-bovenaan-in-google-het-nummer-stond-in-een-plaatje~{pid}"
    headline = "Nep-helpdesk van Ziggo bovenaan in Google: ‘Het nummer stond alleen in een plaatje’"
    national = _q(s, q, "national")  # 085 205 1864
    paras = (
        "Toen het internet bij Ans (68) uit Zaandam vorige week uitviel, zocht ze op haar telefoon naar ‘Ziggo "
        "storing’. Bovenaan stond een site met het Ziggo-logo, een lijst met storingen en een grote banner met "
        "een telefoonnummer.",
        f"Ze belde {national}. ‘Een vriendelijke man zei dat mijn modem gehackt was en dat hij moest meekijken "
        "op mijn laptop.’ Hij liet haar een programma installeren en vroeg daarna € 189 voor een "
        "‘beveiligingspakket’. Haar zoon greep op tijd in.",
        "Opvallend: op de site zelf staat het nummer nergens als tekst, alleen in het plaatje. ‘Zo glippen ze langs "
        "de filters van zoekmachines en sociale media’, zegt een woordvoerder van de Fraudehelpdesk.",
        "Ziggo laat weten dat de site niets met het bedrijf te maken heeft en dat medewerkers nooit vragen om "
        "software te installeren. Het echte klantenservicenummer staat op ziggo.nl en in de Mijn Ziggo-app.",
    )
    body_html = "".join(f'<p class="article__paragraph">{p}</p>' for p in paras)
    head = (
        f'<link rel="stylesheet" href="/polopoly_fs/7.{rng.randint(100, 999)}!/css/zd-main.css">\n'
        f'<meta name="polopoly-content-id" content="{pid}">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<meta property="og:type" content="article">\n'
    )
    body = (
        f'<header class="site-header"><a href="/" class="site-header__logo">{esc(spec.name)}</a>'
        '<nav><a href="/regio/zaandam">Zaandam</a><a href="/regio/wormerland">Wormerland</a><a href="/sport">Sport</a>'
        '<a href="/service/contact">Contact</a></nav></header>'
        f'<main class="page"><article class="article" data-polopoly-id="{pid}">'
        '<p class="article__label">Oplichting</p>'
        f'<h1 class="article__title">{esc(headline)}</h1>'
        f'<figure><img src="/polopoly_fs/{pid}!/image/{rng.randint(1000000000, 1999999999)}.jpg_gen/derivatives/landscape_800/ziggo-modem.jpg" alt="Een Ziggo-modem met knipperend lampje"></figure>'
        '<p class="article__meta">Door Sanne de Wit · 27 februari 2026, 16:12</p>'
        f'<div class="article__body">{body_html}</div>'
        '<aside class="article__tip"><h2>Tip</h2><p>Bel nooit een nummer uit een zoekresultaat of advertentie. Zoek het nummer op de officiële '
        "site of op uw factuur, en laat nooit iemand op afstand meekijken die u zelf niet kent.</p></aside></article></main>"
        f'<footer class="site-footer"><p>© 2026 {esc(spec.name)}</p><p><a href="/service/contact">Contact</a> · '
        '<a href="/service/privacy">Privacy</a> · <a href="/service/colofon">Colofon</a></p></footer>'
    )
    return {
        path: (document(spec.lang, f"{headline} | {spec.name}", body, head), s),
        "/": _home(spec, path, headline, "Nieuws uit Zaandam, Wormerland en de Zaanstreek."),
    }


# --- a north-Luxembourg weekly's article on a Bloomreach shell --------------------------


@branded
def b19_lu_bloomreach_norton_mail(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    path = "/fr/actualite/faits-divers/faux-mail-norton-349-euros-ne-rappelez-pas.html"
    headline = "Faux mail Norton à 349,99 € : ne rappelez surtout pas ce numéro"
    x = _q(s, q, "pairs", "x")  # 0x9x7x0x7x3x8x2x1x4, as the mail printed it
    pp = _q(s, q, "intl", "plus_plus")  # ++33 9 70 73 82 14
    mail = "".join(f"<p>{esc(p).replace('{x}', x).replace('{pp}', pp)}</p>" for p in NORTON_MAIL)
    paras = (
        "Depuis le début de la semaine, de nombreux lecteurs d’Ettelbruck, de Diekirch et de Wiltz nous "
        "signalent un courriel en français qui annonce le renouvellement d’un abonnement Norton. Nous en "
        "reproduisons le texte tel qu’il a été reçu :",
    )
    after = (
        "Le numéro y est écrit de façon étrange, avec un « x » entre chaque chiffre, puis précédé de deux signes "
        "« + ». Ces astuces servent à passer les filtres anti-spam. Il s’agit d’un numéro français.",
        "Au téléphone, un prétendu conseiller demande d’installer un logiciel d’accès à distance pour « traiter le "
        "remboursement », puis de se connecter à sa banque en ligne. La Police grand-ducale rappelle qu’il ne "
        "faut jamais rappeler un numéro reçu par courriel et qu’aucune entreprise ne rembourse de cette façon.",
        "En cas de doute, vérifiez votre abonnement directement dans votre compte Norton, et signalez le message "
        "au CERT national ou à la police.",
    )
    body_html = (
        "".join(f"<p>{p}</p>" for p in paras)
        + f'<blockquote class="mail-citation">{mail}</blockquote>'
        + "".join(f"<p>{p}</p>" for p in after)
    )
    head = (
        f'<link rel="stylesheet" href="/site/binaries/content/assets/cdn/css/main.{_hex(rng, 8)}.css">\n'
        f'<meta name="hst-component" content="article-detail">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
        '<meta property="og:type" content="article">\n'
    )
    body = (
        f'<header class="hst-header"><a href="/fr" class="logo">{esc(spec.name)}</a>'
        '<nav><a href="/fr/actualite">Actualité</a><a href="/fr/region">Région</a><a href="/fr/sport">Sport</a>'
        '<a href="/fr/contact">Contact</a></nav></header>'
        f'<main><article class="article-detail" data-hippo-uuid="{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}">'
        '<p class="kicker">Arnaque</p>'
        f"<h1>{esc(headline)}</h1>"
        '<p class="chapo">Un courriel frauduleux circule dans l’Éislek. Il promet un remboursement par téléphone.</p>'
        '<p class="byline">Par Claire Weber · 26 février 2026</p>'
        f'<figure><img src="/site/binaries/content/gallery/courrier/2026/02/ordinateur-{rng.randint(100, 999)}.jpg" alt="Un ordinateur portable"></figure>'
        f'<div class="article-body">{body_html}</div></article></main>'
        f'<footer><p>© 2026 {esc(spec.name)} · Ettelbruck</p><p><a href="/fr/contact">Contact</a> · <a href="/fr/mentions-legales">Mentions légales</a></p></footer>'
    )
    return {
        path: (document(spec.lang, f"{headline} – {spec.name}", body, head), s),
        "/": _home(spec, path, headline, "L’hebdomadaire du nord du Luxembourg."),
    }


# --- an Austrian MyBB thread about a hotline directory's "Microsoft Kundendienst" -------


@branded
def b19_at_mybb_hotline_thread(spec: Spec, rng: Random) -> Drafts:
    ms, hp, amazon = spec.quoted
    s = Sheet()
    tid = rng.randint(30000, 39999)
    path = f"/showthread.php?tid={tid}"
    ms_no = _q(s, ms, "national")  # 0800 312640
    ms_compact = _q(s, ms, "compact")  # 0800312640
    hp_no = _q(s, hp, "dashed")  # 0800-312641
    amazon_no = _q(s, amazon, "intl")  # +43 800 312648
    posts = (
        ("Gerti_W", "27.02.2026, 18:40",
         "Hallo, ich habe auf so einer Seite mit Kundendienst-Telefonnummern die Nummer vom Microsoft "
         f"Kundendienst gefunden: {ms_no}. Dort hat mich ein Herr gebeten, AnyDesk zu installieren, weil "
         "meine Lizenz „gehackt“ sei. Er wollte 249 Euro. Ich habe aufgelegt, AnyDesk läuft aber noch. Was tun?"),
        ("Moderator_Franz", "27.02.2026, 19:02",
         f"Servus Gerti, AnyDesk sofort deinstallieren und Passwörter ändern. Die {ms_compact} ist keine "
         "Nummer von Microsoft. Auf derselben Seite stehen auch „HP Drucker Hotline“ mit "
         f"{hp_no} und „Amazon Kundenservice“ mit {amazon_no} – alles dieselbe Nummerngasse, "
         "vermutlich dasselbe Callcenter."),
        ("kurti_linz", "27.02.2026, 21:15",
         "Bei meinem Vater genau gleich, nur mit HP. Er hat schon gezahlt – Bank angerufen, Anzeige bei der "
         "Polizei gemacht. Die Watchlist Internet hat die Seite inzwischen auch gelistet."),
    )  # fmt: skip
    items = "".join(
        f'<div class="post classic" id="post_{tid * 10 + i}"><div class="post_author"><strong><span class="largetext">'
        f'<a href="member.php?action=profile&amp;uid={rng.randint(1000, 9999)}">{esc(who)}</a></span></strong></div>'
        f'<div class="post_content"><div class="post_head"><span class="post_date">{esc(when)}</span></div>'
        f'<div class="post_body scaleimages" id="pid_{tid * 10 + i}">{text}</div></div></div>'
        for i, (who, when, text) in enumerate(posts)
    )
    head = (
        f'<link type="text/css" rel="stylesheet" href="/cache/themes/theme3/global.css?t={rng.randint(1600000000, 1699999999)}">\n'
        '<script type="text/javascript" src="/jscripts/general.js?ver=1836"></script>\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    title = "„Microsoft Kundendienst“ aus Hotline-Verzeichnis wollte AnyDesk"
    body = (
        "<!-- start: showthread -->"
        f'<div id="container"><div id="header"><div class="logo"><a href="/index.php">{esc(spec.name)}</a></div>'
        '<ul class="menu top_links"><li><a href="/search.php">Suche</a></li><li><a href="/memberlist.php">Mitglieder</a></li>'
        '<li><a href="/contact.php">Kontakt</a></li></ul></div>'
        '<div id="content"><div class="navigation"><a href="/index.php">PC-Stammtisch</a> › <a href="/forumdisplay.php?fid=4">Sicherheit &amp; Viren</a></div>'
        f'<table class="tborder"><tr><td class="thead"><strong>{esc(title)}</strong></td></tr></table>'
        f'<div id="posts">{items}</div></div>'
        '<div id="footer"><p><a href="/contact.php">Kontakt</a> · <a href="/misc.php?action=help">Hilfe</a></p>'
        '<p>Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, © 2002-2026 MyBB Group.</p></div></div>'
        "<!-- end: showthread -->"
    )
    return {
        path: (document(spec.lang, f"{title} – {spec.name}", body, head), s),
        "/": _home(spec, path, title, "Das österreichische Forum für Computerfragen seit 2013."),
    }


# --- a Japanese PC Q&A on a Rails app about the Windows locker --------------------------


@branded
def b19_ja_rails_locker_question(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    qid = rng.randint(100000, 199999)
    path = f"/questions/{qid}"
    wide = _q(s, q, "dashed", "fullwidth")  # ０５０－３１８６－４９２７, as copied from the screen
    dashed = _q(s, q, "dashed")  # 050-3186-4927
    question = (
        "昨夜、ネットを見ていたら突然画面が青くなり「Windows セキュリティ警告」という表示と警告音、"
        f"音声が流れました。画面には {wide} に電話するように書いてあり、慌てて電話してしまいました。"
        "相手は片言の日本語で、AnyDesk というソフトを入れるように言われ、入れてしまいました。"
        "その後「修理代として3万円分のギフトカードを買ってください」と言われ、怖くなって切りました。どうしたらいいでしょうか。"
    )
    answer = (
        f"それはサポート詐欺です。{dashed} はマイクロソフトとは関係ありません。"
        "まず AnyDesk をアンインストールし、パソコンをネットから切断してください。"
        "ネットバンキングやメールのパスワードは別の端末から変更を。ギフトカードは絶対に買わないでください。"
        "不安なら IPA の「情報セキュリティ安心相談窓口」や最寄りの警察署に相談しましょう。"
        "警告画面は Ctrl+Alt+Delete からブラウザを終了すれば消えます。"
    )
    head = (
        '<meta name="csrf-param" content="authenticity_token">\n'
        f'<meta name="csrf-token" content="{_hex(rng, 40)}">\n'
        f'<link rel="stylesheet" href="/assets/application-{_hex(rng, 16)}.css" data-turbo-track="reload">\n'
        f'<script src="/assets/application-{_hex(rng, 16)}.js" data-turbo-track="reload" defer></script>\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        f'<header class="navbar"><a href="/" class="navbar-brand">{esc(spec.name)}</a>'
        '<nav><a href="/questions">質問一覧</a><a href="/tags/security">セキュリティ</a><a href="/contact">お問い合わせ</a></nav></header>'
        f'<main class="container"><turbo-frame id="question_{qid}"><article class="question">'
        "<h1>「Windows セキュリティ警告」の番号に電話して AnyDesk を入れてしまいました</h1>"
        '<p class="meta">質問者：yoshiko_55 ・ 2026/02/28 09:14 ・ カテゴリ：セキュリティ・ウイルス</p>'
        f'<div class="question-body">{question}</div></article>'
        '<section class="answers"><h2>回答 2件</h2>'
        f'<div class="answer best"><p class="badge">ベストアンサー</p><p class="meta">回答者：pc_sensei ・ 2026/02/28 09:40</p><div>{answer}</div></div>'
        '<div class="answer"><p class="meta">回答者：tanaka_it ・ 2026/02/28 10:02</p>'
        "<div>同じ画面を見たことがあります。本物の Windows は電話番号を表示しません。カード会社にも連絡しておくと安心です。</div></div>"
        "</section></turbo-frame></main>"
        f'<footer><p>© 2015–2026 {esc(spec.name)} ・ <a href="/contact">お問い合わせ</a> ・ <a href="/terms">利用規約</a></p></footer>'
    )
    return {
        path: (
            document(
                spec.lang,
                f"「Windows セキュリティ警告」の番号に電話してしまいました｜{spec.name}",
                body,
                head,
            ),
            s,
        ),
        "/": _home(
            spec,
            path,
            "「Windows セキュリティ警告」の番号に電話してしまいました",
            "パソコンとスマホの困りごとを、みんなで解決するQ&Aサイトです。",
        ),
    }


# --- a young Finnish number lookup page on Django --------------------------------------


@branded
def b19_fi_django_number_lookup(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    compact = numbers.national_digits(q)  # 0942871360
    path = f"/numero/{compact}/"
    s.hidden(q, offered=False)  # the URL
    split = _q(s, q, "split_sub")  # 09 4287 1360
    intl = _q(s, q, "intl")  # +358 9 42871360
    reports = "".join(
        f'<li class="report report--{kind}"><p class="report__meta">{esc(when)} · {esc(lbl)}</p><p>{esc(t)}</p></li>'
        for when, kind, lbl, t in (
            ("1.3.2026", "danger", "Huijaus",
             "Numero löytyi googlaamalla ”gmail tuki”, jonkin kuoron sivuilta. Vastaaja puhui englantia ja halusi etäyhteyden koneelleni."),
            ("28.2.2026", "danger", "Huijaus",
             "Väittivät olevansa Googlen Gmail-tuki ja pyysivät maksamaan 129 € ”tilin suojauksesta”. Google ei tarjoa puhelintukea Gmailille."),
            ("27.2.2026", "unknown", "Ei tietoa", "Soitin takaisin, kukaan ei vastannut."),
        )
    )  # fmt: skip
    head = (
        f'<link rel="stylesheet" href="/static/CACHE/css/output.{_hex(rng, 12)}.css" type="text/css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        f'<nav class="navbar"><a class="navbar-brand" href="/">{esc(spec.name)}</a>'
        f'<form class="search" action="/haku/" method="get"><input type="hidden" name="csrfmiddlewaretoken" value="{_hex(rng, 32)}">'
        '<input name="q" placeholder="Puhelinnumero"><button type="submit">Hae</button></form></nav>'
        f'<main class="container"><h1>{split} – kuka soitti?</h1>'
        f'<table class="facts"><tr><th>Numero</th><td>{split}</td></tr><tr><th>Kansainvälinen muoto</th><td>{intl}</td></tr>'
        "<tr><th>Tyyppi</th><td>Lankapuhelin, Helsingin suunta (09)</td></tr>"
        "<tr><th>Arvio</th><td><strong>Vaarallinen</strong> (3 ilmoitusta)</td></tr></table>"
        '<p class="lead">Käyttäjät ilmoittavat numeron olevan valheellinen ”Gmail-tuki”, joka pyytää etäyhteyttä tietokoneeseen.</p>'
        f'<section class="reports"><h2>Ilmoitukset</h2><ul>{reports}</ul></section>'
        '<p class="note">Ilmoitukset ovat käyttäjien kirjoittamia. Emme tiedä, kenelle numero kuuluu. Jos olet menettänyt rahaa, '
        "ota yhteys pankkiisi ja tee rikosilmoitus.</p></main>"
        '<footer><a href="/ohjeet-ja-tuki/">Ohjeet ja tuki</a> · <a href="/tietosuoja/">Tietosuoja</a> · <a href="/ota-yhteytta/">Ota yhteyttä</a></footer>'
    )
    home_s = Sheet()
    home = (
        f'<nav class="navbar"><a class="navbar-brand" href="/">{esc(spec.name)}</a></nav><main class="container"><h1>{esc(spec.name)}</h1>'
        "<p>Tuntematon numero? Hae numerolla ja lue, mitä muut ovat ilmoittaneet.</p>"
        f'<h2>Viimeksi haetut</h2><ul><li><a href="{esc(path)}">{_q(home_s, q, "split_sub")}</a> – vaarallinen</li></ul></main>'
    )
    return {
        path: (document(spec.lang, f"{split} – kuka soitti? | {spec.name}", body, head), s),
        "/": (document(spec.lang, f"{spec.name} – puhelinnumeron haku", home), home_s),
    }


# --- a New Zealand volunteers' scam-number list on Hexo --------------------------------


@branded
def b19_nz_hexo_scam_numbers(spec: Spec, rng: Random) -> Drafts:
    ie, us, gb, be = spec.quoted
    s = Sheet()
    path = "/2026/02/28/february-2026-numbers/"
    rows = (
        (_q(s, ie, "intl"), "Ireland", "“Apple iCloud Support Ireland”, Apple ID locked ads", "12"),
        (
            _q(s, us, "us_dash"),
            "USA",
            "“Dell Support Help Desk”, says it is independent in small print",
            "8",
        ),
        (
            _q(s, gb, "national"),
            "United Kingdom",
            "“PCFix Remote Helpline”, remote-session PC help",
            "5",
        ),
        (_q(s, be, "double_zero"), "Belgium", "McAfee “your computer is infected” pop-up", "3"),
    )
    table = "".join(
        f"<tr><td><code>{n}</code></td><td>{esc(c)}</td><td>{esc(w)}</td><td>{esc(k)}</td></tr>"
        for n, c, w, k in rows
    )
    head = (
        '<meta name="generator" content="Hexo 7.1.1">\n'
        f'<link rel="stylesheet" href="/css/main.css?v={rng.randint(100, 999)}">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<div class="headband"></div><header class="header"><div class="header-inner"><div class="site-brand-container">'
        f'<a href="/" class="brand"><span class="site-title">{esc(spec.name)}</span></a>'
        '<p class="site-subtitle">Numbers Kiwis were told to call</p></div>'
        '<nav class="site-nav"><a href="/">Home</a><a href="/archives/">Archives</a><a href="/about/">About</a></nav></div></header>'
        '<main class="main"><div class="main-inner"><article class="post post-type-normal" itemscope itemtype="http://schema.org/Article">'
        '<header class="post-header"><h1 class="post-title" itemprop="name headline">February 2026: numbers reported to us</h1>'
        '<div class="post-meta"><time datetime="2026-02-28T10:00:00+13:00">2026-02-28</time></div></header>'
        '<div class="post-body" itemprop="articleBody">'
        "<p>New Zealanders searching for help, or seeing a pop-up, are often given overseas freephone numbers. "
        "These are the ones readers sent us this month. <strong>None of them belongs to Apple, Dell or McAfee. "
        "Do not call them.</strong></p>"
        "<table><thead><tr><th>Number</th><th>Country</th><th>What it pretends to be</th><th>Reports</th></tr></thead>"
        f"<tbody>{table}</tbody></table>"
        "<blockquote><p>Already let someone onto your computer? Uninstall the remote app (AnyDesk, TeamViewer), "
        "change your passwords from another device and call your bank. Report it to Netsafe or CERT NZ.</p></blockquote>"
        '<p>We are volunteers, not an official body. <a href="/about/">About us</a>.</p></div></article></div></main>'
        '<footer class="footer"><div class="footer-inner"><div class="powered-by">Powered by <a href="https://hexo.io" rel="noopener">Hexo</a> '
        '&amp; <a href="https://theme-next.js.org" rel="noopener">NexT.Gemini</a></div></div></footer>'
        f'<script src="/js/next-boot.js?v={rng.randint(100, 999)}"></script>'
    )
    return {
        path: (
            document(spec.lang, f"February 2026: numbers reported to us | {spec.name}", body, head),
            s,
        ),
        "/": _home(
            spec,
            path,
            "February 2026: numbers reported to us",
            "Volunteers listing scam numbers reported in New Zealand.",
        ),
    }


# --- a Swiss regional police warning on Magnolia ---------------------------------------


@branded
def b19_ch_magnolia_police_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    eset, de = spec.quoted
    s = Sheet()
    path = "/praevention/aktuelle-warnungen/falsche-antivirus-und-pc-hilfe-hotlines.html"
    eset_no = _q(s, eset, "intl")  # +41 800 634 219
    de_no = _q(s, de, "split_sub")  # 0800 258 4316
    line = s.tel(own, s.num(own, "national"))  # 058 345 22 00
    head = (
        f'<link rel="stylesheet" href="/.resources/repol-theme/css/main.{_hex(rng, 8)}.css">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        f'<header class="header"><a href="/" class="logo"><img src="/.imaging/mte/repol-theme/logo/dam/logo-repol.png" alt="{esc(spec.name)}"></a>'
        '<nav><a href="/praevention.html">Prävention</a><a href="/dienstleistungen.html">Dienstleistungen</a><a href="/kontakt.html">Kontakt</a></nav></header>'
        '<main id="main"><div class="breadcrumb"><a href="/praevention.html">Prävention</a> › Aktuelle Warnungen</div>'
        '<article class="text-image">'
        "<h1>Warnung: Falsche Antivirus- und PC-Hilfe-Hotlines</h1>"
        '<p class="date">Medienmitteilung vom 26. Februar 2026</p>'
        "<p>In den letzten Wochen haben sich mehrere Geschädigte aus der Region gemeldet. Sie hatten im Internet nach "
        "Hilfe für ihr ESET-Antivirenprogramm oder für einen langsamen Computer gesucht und eine Gratisnummer "
        "angerufen. Die angeblichen Techniker liessen sich per Fernwartung auf den Computer und verlangten danach "
        "Zahlungen zwischen 180 und 2400 Franken.</p>"
        "<h2>Gemeldete Nummern</h2><ul>"
        f"<li>{eset_no} – „Assistance ESET Suisse“ (französischsprachig, über Suchanzeigen)</li>"
        f"<li>{de_no} – „Computerhilfe Sofort“, deutsche Gratisnummer aus einer Suchanzeige</li></ul>"
        "<h2>So schützen Sie sich</h2><ul><li>Seriöse Hersteller rufen Sie nicht an und verlangen keine Fernwartung.</li>"
        "<li>Geben Sie Unbekannten keinen Zugriff auf Ihren Computer.</li><li>Haben Sie bezahlt, informieren Sie sofort "
        "Ihre Bank und erstatten Sie Anzeige.</li></ul>"
        f"<p>Fragen? Die Präventionsstelle erreichen Sie unter {line} (Mo–Fr 8–12 und 13.30–17 Uhr). Im Notfall: 117.</p>"
        "</article></main>"
        f'<footer class="footer"><p>{esc(spec.name)} · Bahnhofstrasse 12 · 9470 Buchs SG</p>'
        '<p><a href="/kontakt.html">Kontakt</a> · <a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></p></footer>'
    )
    return {
        path: (
            document(spec.lang, f"Warnung: Falsche Antivirus-Hotlines – {spec.name}", body, head),
            s,
        ),
        "/": _home(
            spec,
            path,
            "Warnung: Falsche Antivirus- und PC-Hilfe-Hotlines",
            "Sicherheit in der Region Werdenberg.",
        ),
    }


# --- a Kempen savings bank's fraud warning on Kentico ----------------------------------


@branded
def b19_be_kentico_bank_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    brother, mcafee = spec.quoted
    s = Sheet()
    path = "/nl/veilig-bankieren/waarschuwingen/valse-helpdesks"
    brother_no = _q(s, brother, "pairs")  # 078 15 64 71
    mcafee_no = _q(s, mcafee, "national")  # 0800 73 418
    line = s.tel(own, s.num(own, "national"))  # 014 56 28 00
    head = (
        f'<link href="/CMSPages/GetResource.ashx?stylesheetname=SpaarbankMain&amp;v={rng.randint(100, 999)}" type="text/css" rel="stylesheet">\n'
        '<meta name="generator" content="Kentico Xperience">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        f'<form method="post" action="{path}" id="form"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEP{_hex(rng, 40)}">'
        f'<header class="header"><a href="/nl" class="logo">{esc(spec.name)}</a>'
        '<nav><a href="/nl/sparen">Sparen</a><a href="/nl/lenen">Lenen</a><a href="/nl/veilig-bankieren">Veilig bankieren</a>'
        '<a href="/nl/contact">Contact</a></nav></header>'
        '<main class="content"><article class="warning">'
        "<h1>Opgelet: valse helpdesks vragen toegang tot uw computer</h1>"
        '<p class="date">Bijgewerkt op 27 februari 2026</p>'
        "<p>Klanten melden ons oproepen en websites van zogenaamde helpdesks. Eerst lijkt het om uw printer of "
        "uw antivirus te gaan, daarna vraagt de ‘technicus’ om een programma te installeren en in te loggen in "
        "uw bankapp ‘om een terugbetaling te doen’.</p>"
        "<h2>Nummers die onze klanten meldden</h2>"
        f"<ul><li>{brother_no} – ‘Brother Printer Hulp België’, via een advertentie in Google</li>"
        f"<li>{mcafee_no} – pop-up ‘McAfee: uw computer is geïnfecteerd’ met sirene</li></ul>"
        "<p>Spaarbank Kempenland vraagt u nooit om software te installeren of uw codes door te geven. Brother "
        "en McAfee hebben niets met deze nummers te maken.</p>"
        "<h2>Denkt u dat u slachtoffer bent?</h2>"
        f"<p>Laat uw kaart blokkeren via Card Stop en bel onze fraudelijn {line}, 24 uur per dag.</p>"
        "</article></main>"
        f'<footer class="footer"><p>{esc(spec.name)} cv · Grote Markt 9 · 2200 Herentals</p>'
        '<p><a href="/nl/contact">Contact</a> · <a href="/nl/privacy">Privacy</a> · <a href="/nl/cookies">Cookies</a></p></footer></form>'
    )
    return {
        path: (document(spec.lang, f"Valse helpdesks – {spec.name}", body, head), s),
        "/": _home(spec, path, "Opgelet: valse helpdesks", "Uw spaarbank in de Kempen sinds 1921."),
    }


# --- an Oulu computer shop and Apple reseller on MyCashflow -----------------------------


@branded
def b19_fi_mycashflow_apple_reseller(spec: Spec, rng: Random) -> Drafts:
    own, apple = spec.phones
    s = Sheet()
    mine = s.tel(own, s.num(own, "split_sub"))  # 08 551 2340
    apple_no = s.tel(apple, s.num(apple, "national"))  # 0800 96372
    products = "".join(
        f'<div class="ProductCard"><a href="/product/{rng.randint(100, 999)}/{slug}" class="ProductCard-name">{esc(t)}</a>'
        f'<span class="ProductCard-price">{esc(p)}</span></div>'
        for slug, t, p in (
            ("macbook-air-13-m3", 'Apple MacBook Air 13" M3 8/256 Gt', "1 249,00 €"),
            ("ipad-10-64", "Apple iPad (10. sukupolvi) 64 Gt", "429,00 €"),
            ("lenovo-thinkpad-e14", "Lenovo ThinkPad E14 Gen 5", "899,00 €"),
        )
    )
    head = (
        '<meta name="generator" content="MyCashflow">\n'
        f'<link rel="stylesheet" href="/theme/mikrokeskus/styles/main.css?v={rng.randint(100, 999)}">\n'
    )
    body = (
        f'<header class="SiteHeader"><a href="/" class="SiteLogo">{esc(spec.name)}</a><nav class="CategoryNav">'
        '<a href="/category/1/kannettavat">Kannettavat</a><a href="/category/2/apple">Apple</a><a href="/info/huolto">Huolto</a>'
        '<a href="/info/asiakastuki">Asiakastuki</a></nav></header>'
        '<main class="SiteMain"><h1>Tietokoneet, Apple-laitteet ja huolto Oulussa</h1>'
        "<p>Olemme palvelleet oululaisia vuodesta 2011 Isokadun liikkeessämme. Myymme ja huollamme kannettavia, "
        "pöytäkoneita ja Apple-laitteita; takuuasiat hoidamme puolestasi.</p>"
        f'<div class="ProductList">{products}</div>'
        "<h2>Huolto ja tuki</h2>"
        f"<p>Kysyttävää ostoksesta tai huollosta? Soita liikkeeseen: {mine} (ma–pe 10–18, la 10–15).</p>"
        f"<p>Apple-laitteiden takuu- ja käyttötuki suoraan Applelta: Apple-tuki Suomi {apple_no}. Emme koskaan "
        "soita pyytämättä viruksista emmekä ota etäyhteyttä koneellesi ilman sovittua huoltoaikaa.</p></main>"
        f'<footer class="SiteFooter"><p>{esc(spec.name)} Oy · Isokatu 27, 90100 Oulu · Y-tunnus {rng.randint(2000000, 2999999)}-{rng.randint(1, 9)}</p>'
        '<p><a href="/info/toimitusehdot">Toimitusehdot</a> · <a href="/info/tietosuojaseloste">Tietosuojaseloste</a> · '
        '<a href="/info/asiakastuki">Asiakastuki</a> · Verkkokauppa: <a href="https://www.mycashflow.fi" rel="nofollow">MyCashflow</a></p></footer>'
    )
    return {
        "/": (
            document(spec.lang, f"{spec.name} – tietokoneet ja Apple-huolto Oulussa", body, head),
            s,
        )
    }


# --- a Sherbrooke repair shop since 1998 on a Dreamweaver template ----------------------


@branded
def b19_ca_dreamweaver_repair_sherbrooke(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "us_paren")  # (819) 563-3271
    tel = s.tel(own, shown)
    neq = rng.randint(1140000000, 1149999999)
    prices = "".join(
        f'<tr><td>{esc(a)}</td><td align="right">{esc(b)}</td></tr>'
        for a, b in (
            ("Diagnostic en atelier", "35 $"),
            ("Réinstallation de Windows avec sauvegarde", "110 $"),
            ("Nettoyage de virus et logiciels espions", "85 $"),
            ("Aide à distance sur rendez-vous (par 15 min)", "20 $"),
        )
    )
    head = (
        '<!-- InstanceBegin template="/Templates/gabarit.dwt" codeOutsideHTMLIsLocked="false" -->\n'
        '<link href="css/styles.css" rel="stylesheet" type="text/css">\n'
        '<script type="text/javascript">function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();'
        ' var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}</script>\n'
    )
    body = (
        '<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" id="page">'
        f'<tr><td id="entete"><img src="images/entete.jpg" width="780" height="120" alt="{esc(spec.name)} – Réparation d’ordinateurs à Sherbrooke"></td></tr>'
        '<tr><td id="menu"><a href="index.html">Accueil</a> | <a href="services.html">Services</a> | <a href="assistance.html">Aide à distance</a> | '
        '<a href="nous-joindre.html">Nous joindre</a> | <a href="a-propos.html">À propos</a></td></tr>'
        '<tr><td id="contenu"><!-- InstanceBeginEditable name="contenu" -->'
        "<h1>Réparation et entretien d’ordinateurs à Sherbrooke depuis 1998</h1>"
        "<p>Depuis plus de 27 ans, notre petite équipe répare les ordinateurs de bureau et portables des "
        "particuliers et des PME de l’Estrie. Passez nous voir à l’atelier, sans rendez-vous pour les petits "
        "travaux.</p>"
        f'<h2>Tarifs</h2><table class="tarifs" width="100%">{prices}</table>'
        "<h2>Aide à distance</h2><p>Pour nos clients, nous offrons aussi de l’aide à distance. Appelez d’abord "
        'l’atelier pour prendre rendez-vous, puis téléchargez <a href="telechargements/TeamViewerQS.exe">TeamViewer QuickSupport</a> '
        "et donnez-nous vous-même le code affiché. Nous n’appelons jamais sans rendez-vous et ne demandons jamais "
        "vos informations bancaires.</p>"
        f"<h2>Nous joindre</h2><p>1245, rue King Ouest<br>Sherbrooke (Québec) J1H 1S3<br>Téléphone : {tel}<br>"
        "Lundi au vendredi 9 h à 17 h 30, samedi 10 h à 14 h</p>"
        "<!-- InstanceEndEditable --></td></tr>"
        f'<tr><td id="pied">© 1998-2026 {esc(spec.name)} inc. · NEQ {neq} · <a href="nous-joindre.html">Nous joindre</a></td></tr></table>'
        "<!-- InstanceEnd -->"
    )
    return {
        "/": (
            document(
                spec.lang,
                f"{spec.name} – Réparation d’ordinateurs à Sherbrooke",
                body,
                head,
                " onload=\"MM_preloadImages('images/menu_on.gif')\"",
            ),
            s,
        )
    }


# --- a Melbourne remote IT help business that started in December, on Durable ------------


@branded
def b19_au_durable_remote_business(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    tel = s.tel(own, s.num(own, "national"))  # 03 9527 1846
    abn = f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    head = (
        f'<link rel="stylesheet" href="https://cdn.durable.co/sites/{_hex(rng, 10)}/styles.css">\n'
        '<meta name="generator" content="Durable">\n'
        '<meta property="og:type" content="website">\n'
    )

    def section(kind: str, inner: str) -> str:
        return f'<section class="durable-section durable-{kind}" data-section-id="{_hex(rng, 10)}"><div class="container">{inner}</div></section>'

    body = (
        f'<header class="durable-header"><a href="/" class="logo">{esc(spec.name)}</a>'
        '<nav><a href="/">Home</a><a href="/services">Services</a><a href="/contact">Contact</a></nav></header>'
        + section(
            "hero",
            "<h1>Friendly IT help for Bayside homes and small businesses</h1>"
            "<p>I’m Priya, and I started Bayside Remote IT in December 2025 after ten years on a corporate IT "
            "service desk. I help with slow Windows PCs and Apple Macs, email and Microsoft 365 set-up, home Wi-Fi, "
            "printers and backups – at your place in Sandringham, Brighton, Hampton and Black Rock, or by a remote "
            "session we book together.</p>",
        )
        + section(
            "services",
            "<h2>How remote help works</h2><ol><li>You book a time by phone or email</li>"
            "<li>At the booked time I call you from the number below</li>"
            "<li>You open the one-time session link I email you and read me the code</li>"
            "<li>You can watch everything and end the session at any time</li></ol>"
            "<p>I will never call you out of the blue, never ask for bank logins and never ask for payment in gift cards.</p>",
        )
        + section(
            "pricing",
            "<h2>Pricing</h2><ul><li>Remote session: $45 per half hour</li><li>Home visit: $95 first hour, then $40 per half hour</li>"
            "<li>Seniors card holders: 15% off</li></ul>",
        )
        + section(
            "contact",
            f"<h2>Contact</h2><p>Phone {tel} (Mon–Fri 9am–5pm)<br>Unit 4, 112 Bay Road, Sandringham VIC 3191<br>"
            f"{esc(spec.name)} Pty Ltd · ABN {abn}</p>",
        )
        + f'<footer class="durable-footer"><p>© 2026 {esc(spec.name)} · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p>'
        '<p class="durable-badge">Made with <a href="https://durable.co" rel="nofollow">Durable</a></p></footer>'
    )
    return {
        "/": (
            document(
                spec.lang, f"{spec.name} – remote & home IT help in Bayside Melbourne", body, head
            ),
            s,
        )
    }


# --- ESET's own German contact page (Next.js with Contentful) ---------------------------


@branded
def b19_de_contentful_eset_official(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    line = s.tel(own, s.num(own, "split_sub"))  # 03641 311 4200
    path = "/de/support/kontakt/"
    next_data = {
        "props": {
            "pageProps": {
                "page": {
                    "sys": {"id": _hex(rng, 22), "contentType": "supportPage"},
                    "slug": "support/kontakt",
                    "locale": "de-DE",
                }
            }
        },
        "page": "/[locale]/[...slug]",
        "buildId": _hex(rng, 21),
    }
    head = (
        f'<link rel="stylesheet" href="/_next/static/css/{_hex(rng, 16)}.css">\n'
        f'<link rel="preload" as="image" href="https://images.ctfassets.net/{_hex(rng, 12)}/{_hex(rng, 22)}/{_hex(rng, 32)}/eset-support-hero.jpg?w=1200&amp;fm=webp">\n'
        f'<link rel="canonical" href="https://{spec.host}{path}">\n'
    )
    body = (
        '<div id="__next"><header class="Header_header__x1"><a href="/de/" class="Header_logo__a2">'
        '<img src="/_next/static/media/eset-logo.svg" alt="ESET"></a>'
        '<nav><a href="/de/home/">Für Privatanwender</a><a href="/de/business/">Für Unternehmen</a><a href="/de/support/">Support</a></nav></header>'
        '<main class="SupportPage_main__k3">'
        '<nav class="Breadcrumb_root"><a href="/de/">ESET</a> › <a href="/de/support/">Support</a> › Kontakt</nav>'
        "<h1>Kontakt zum ESET Support</h1>"
        "<p>Sie haben Fragen zur Installation, Aktivierung oder Verlängerung Ihres ESET-Produkts? Unser deutschsprachiger "
        "Support hilft Ihnen gerne weiter. Halten Sie bitte Ihren Lizenzschlüssel oder Ihre ESET HOME-Anmeldung bereit.</p>"
        f'<div class="ContactCard_root"><h2>Telefonischer Support</h2><p>ESET Deutschland GmbH: {line}</p>'
        "<p>Montag bis Freitag 9–17 Uhr (außer an bundeseinheitlichen Feiertagen), Kosten gemäß Ihrem Festnetztarif.</p>"
        '<p>Oder schreiben Sie uns über das <a href="/de/support/anfrage/">Support-Formular</a>.</p></div>'
        '<div class="Notice_warning"><h2>Vorsicht vor falschen ESET-Hotlines</h2>'
        "<p>Im Internet und in Suchanzeigen tauchen Seiten auf, die sich als „ESET Kundendienst“ oder „Assistance "
        "ESET“ ausgeben und Gratisnummern nennen, die nicht zu ESET gehören. ESET verlangt am Telefon keine "
        "Fernwartung und keine Zahlung per Gutschein. Die einzige offizielle Nummer für Deutschland finden Sie auf "
        "dieser Seite.</p></div></main>"
        '<footer class="Footer_root"><p>© 1992–2026 ESET, spol. s r.o. – Alle Rechte vorbehalten</p>'
        '<p>ESET Deutschland GmbH · Spitzweidenweg 32 · 07743 Jena · <a href="/de/impressum/">Impressum</a> · '
        '<a href="/de/datenschutz/">Datenschutz</a></p></footer></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data)}</script>'
        f'<script src="/_next/static/chunks/main-{_hex(rng, 16)}.js" defer></script>'
    )
    home = (
        '<header><a href="/de/"><img src="/_next/static/media/eset-logo.svg" alt="ESET"></a></header>'
        "<main><h1>ESET – Digital Security Progress. Protected.</h1><p>Virenschutz und Internet Security für Zuhause und Unternehmen.</p>"
        f'<p><a href="{path}">Kontakt zum Support</a></p></main>'
    )
    return {
        path: (document(spec.lang, "Kontakt zum ESET Support | ESET", body, head), s),
        "/": (
            document(spec.lang, "ESET Deutschland – Antivirus und Internet Security", home),
            Sheet(),
        ),
    }


TEMPLATES = {
    "b19_nl_polopoly_ziggo_article": with_contact(
        "/service/contact", b19_nl_polopoly_ziggo_article
    ),
    "b19_lu_bloomreach_norton_mail": with_contact("/fr/contact", b19_lu_bloomreach_norton_mail),
    "b19_at_mybb_hotline_thread": with_contact("/contact.php", b19_at_mybb_hotline_thread),
    "b19_ja_rails_locker_question": with_contact("/contact", b19_ja_rails_locker_question),
    "b19_fi_django_number_lookup": with_contact("/ohjeet-ja-tuki/", b19_fi_django_number_lookup),
    "b19_nz_hexo_scam_numbers": with_contact("/about/", b19_nz_hexo_scam_numbers),
    "b19_ch_magnolia_police_warning": with_contact("/kontakt.html", b19_ch_magnolia_police_warning),
    "b19_be_kentico_bank_warning": with_contact("/nl/contact", b19_be_kentico_bank_warning),
    "b19_fi_mycashflow_apple_reseller": with_contact(
        "/info/asiakastuki", b19_fi_mycashflow_apple_reseller
    ),
    "b19_ca_dreamweaver_repair_sherbrooke": with_contact(
        "/assistance.html", b19_ca_dreamweaver_repair_sherbrooke
    ),
    "b19_au_durable_remote_business": with_contact("/contact", b19_au_durable_remote_business),
    "b19_de_contentful_eset_official": b19_de_contentful_eset_official,
}
