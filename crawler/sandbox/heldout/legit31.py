"""Thirty-first batch of held-out honest templates: page shells no earlier batch uses.

b31_dk_directus_test_call (a Danish consumer magazine on Directus + Nuxt: the transcript of
its test call to the Danish browser locker's number), b31_au_elvanto_parish_news (a Ballarat
parish newsletter on Elvanto: the "protection plan" cold calls and the Geek Squad invoice),
b31_pl_opentext_bank_faq (a Polish cooperative bank's FAQ on OpenText about fake bank
security desks, with its own hotline), b31_it_methode_news (an Italian regional paper on
EidosMedia Méthode: the Canon driver page), b31_jp_heartcore_advisory (a Japanese security
advisory on HeartCore with an indicator table), b31_br_kunena_forum (a Brazilian computing
forum on Kunena: the HP page injected into a pousada's site), b31_nl_livewire_lookup (a Dutch
number lookup on Laravel Livewire: the Ziggo SVG line, the Spanish PayPal desk and the Dubai
WhatsApp number), b31_fi_nibbleblog_victim (a Finnish pensioner's blog on Nibbleblog: the
"tietokoneapu" that sold her ESET), b31_se_abicart_repair_shop (a Mölndal computer workshop on
Abicart with its own number, AnyDesk/TeamViewer remote support and a yearly service plan),
b31_in_mojoportal_apple_partner (a Pune Apple service provider on mojoPortal quoting Apple
India's genuine number, and a notice on fake Dell service centres),
b31_it_acquia_canon_official (Canon's own Italian pages on Drupal/Acquia: a notice on fake
driver sites, no number) and b31_es_jumpseller_liveagent_shop (a Valencia ink shop on Jumpseller with a
LiveAgent chat widget, its own number, and a notice on the fake PayPal desk).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

from random import Random

from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import json_ld as _ld
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document


def _page(spec: Spec, title: str, body: str, head: str = "", sheet: Sheet | None = None) -> tuple[str, Sheet]:
    return document(spec.lang, title, body, head), sheet if sheet is not None else Sheet()


# --- a Danish consumer magazine's test call, on Directus + Nuxt ------------------------


@branded
def b31_dk_directus_test_call(spec: Spec, rng: Random) -> Drafts:
    (dk,) = spec.quoted
    path = "/artikler/vi-ringede-til-den-falske-microsoft-support"
    asset = f"https://cms.{spec.host.removeprefix('www.')}/assets/{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"
    head = (
        f'<link rel="preload" as="image" href="{asset}?width=1200&amp;format=webp">\n'
        f'<link rel="modulepreload" href="/_nuxt/entry.{_hex(rng, 8)}.js">\n'
    )
    s = Sheet()
    nr = _q(s, dk, "national")
    lines = (
        ("Tekniker", "Windows Support, du taler med Michael. Jeg kan se, at din computer har sendt os en advarsel."),
        ("Os", "Der står, at min pc er blokeret. Er det farligt?"),
        ("Tekniker", "Ja, det er en trojaner. Den kan se din netbank. Jeg skal have adgang til din skærm – skriv anydesk.com i browseren."),
        ("Os", "Hvad koster det?"),
        ("Tekniker", "Fjernelsen er gratis, men du skal bruge vores sikkerhedslicens: 2.499 kr. for tre år. Du kan betale med MobilePay eller med kort."),
        ("Os", "Er du fra Microsoft?"),
        ("Tekniker", "Vi er en certificeret partner. Microsoft sender os sagerne."),
    )
    transcript = "".join(f'<p class="line"><b>{esc(who)}:</b> {esc(what)}</p>' for who, what in lines)
    article = (
        '<div id="__nuxt"><div class="layout"><header class="site-header"><a href="/" class="logo">' + esc(spec.name) + "</a>"
        '<nav><a href="/test">Test</a> <a href="/artikler">Artikler</a> <a href="/kontakt">Kontakt</a></nav></header>'
        '<main class="article"><p class="kicker">Digital sikkerhed · Test</p>'
        "<h1>Vi ringede til den falske Microsoft-support – her er samtalen</h1>"
        '<p class="byline">Af Mette Lund · 24. februar 2026</p>'
        f'<img src="{asset}?width=800&amp;format=webp" alt="Skærmbillede af den falske advarsel">'
        "<p>Flere læsere har sendt os det samme skærmbillede: en blå side, der fylder hele skærmen, piber og påstår, at "
        f"computeren er blokeret af Windows Defender. Nederst står et gratisnummer, {nr}. Nummeret står ikke i teksten på "
        "siden, men lægges ind af sidens stylesheet, så det ikke kan kopieres. Vi ringede op fra en testcomputer.</p>"
        f'<section class="transcript">{transcript}</section>'
        "<h2>Sådan kender du fupnummeret</h2>"
        + _ul(("Microsoft viser aldrig telefonnumre i advarsler i browseren.", "En rigtig advarsel låser ikke hele skærmen med lyd.",
               "Luk browseren med Ctrl+Alt+Delete eller genstart computeren – der sker ikke noget med dine data."))
        + "<p>Har du allerede givet adgang til din computer, så kontakt din bank og få computeren renset af en lokal "
        "forhandler.</p></main></div></div>"
    )
    return {
        "/": _page(spec, spec.name, (
            f'<div id="__nuxt"><header class="site-header"><a href="/" class="logo">{esc(spec.name)}</a></header>'
            f'<main><h1>Test og råd til forbrugere</h1><ul><li><a href="{path}">Vi ringede til den falske Microsoft-support</a></li>'
            '<li><a href="/test/stoevsugere-2026">Test: 14 ledningsfri støvsugere</a></li></ul></main></div>'), head),
        path: _page(spec, "Vi ringede til den falske Microsoft-support – " + spec.name, article, head, s),
        "/kontakt": _page(spec, "Kontakt – " + spec.name, (
            '<div id="__nuxt"><main><h1>Kontakt redaktionen</h1><p>Skriv til redaktionen via formularen. Vi læser alle '
            "henvendelser, men kan ikke svare på alle.</p></main></div>"), head),
    }


# --- a Ballarat parish newsletter on Elvanto ------------------------------------------


@branded
def b31_au_elvanto_parish_news(spec: Spec, rng: Random) -> Drafts:
    au, us = spec.quoted
    path = "/news/parish-news-march-2026"
    head = (
        f'<link rel="stylesheet" href="https://{spec.host.split(".")[1]}.elvanto.com.au/css/public.css?v={rng.randint(100, 999)}">\n'
        '<meta name="generator" content="Elvanto">\n'
    )
    s = Sheet()
    body = (
        '<div class="elvanto-page"><header><h1 class="site-title">' + esc(spec.name) + "</h1></header>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav>'
        '<article class="news-item"><h2>Parish News – March 2026</h2><p class="date">Sunday 1 March 2026</p>'
        "<h3>From the office: two phone scams doing the rounds</h3>"
        "<p>Several parishioners have told us about calls from a very friendly man offering to “look after your "
        "computer for the next five years”. He says he is from a company in Sydney, asks you to switch on your computer "
        f"and then sells a “Total Care Plan” for almost $900. The number he gives is {_q(s, au, 'national')}. Joan from "
        "the choir was nearly caught – she hung up when he asked for her bank card.</p>"
        "<p>Others received an email “invoice” for a Geek Squad and Norton renewal of $449.99 and were told to call "
        f"{_q(s, us, 'us_dash')} to cancel. Please don’t. These people want to get into your computer and your bank "
        "account. If you are unsure, ask one of the grandchildren or drop into the office after Mass on Sunday.</p>"
        "<h3>Lenten soup lunches</h3><p>Fridays at 12.30 in the parish hall. All welcome, gold coin donation.</p>"
        "<h3>Roster</h3><p>Readers, Eucharistic ministers and counters: see the noticeboard.</p></article>"
        '<footer><p>Powered by Elvanto</p></footer></div>'
    )
    return {
        "/": _page(spec, spec.name, f'<div class="elvanto-page"><h1>{esc(spec.name)}</h1><p>Mass times: Saturday 6pm, Sunday 9am and 11am.</p><p><a href="{path}">Parish News – March 2026</a></p></div>', head),
        path: _page(spec, "Parish News – March 2026 – " + spec.name, body, head, s),
    }


# --- a Polish cooperative bank's FAQ about fake security desks, OpenText -----------------


@branded
def b31_pl_opentext_bank_faq(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    (fake,) = spec.quoted
    head = (
        '<meta name="generator" content="OpenText Web Experience Management">\n'
        f'<link rel="stylesheet" href="/vgn-ext-templating/css/bank.css?v={_hex(rng, 6)}">\n'
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<div class="wem-page"><header class="top"><a href="/" class="logo">{esc(spec.name)}</a>'
            '<nav><a href="/klienci-indywidualni">Klienci indywidualni</a> <a href="/pomoc/faq">Pomoc</a> <a href="/kontakt">Kontakt</a></nav></header>'
            f'<main class="wem-content">{content}</main>'
            f'<footer><p>Infolinia banku: {s.num(own, "intl")} (pn–pt 8:00–18:00)</p>'
            f"<p>© 2026 {esc(spec.name)} · Bank Spółdzielczy zrzeszony w SGB</p></footer></div>"
        )

    s = Sheet()
    faq = (
        "<h1>Fałszywi konsultanci banku – najczęstsze pytania</h1>"
        '<div class="faq"><h2>Dzwoni do mnie „dział bezpieczeństwa” i mówi o podejrzanym przelewie. Co robić?</h2>'
        "<p>Rozłącz się. Nasz bank nigdy nie prosi o przeniesienie pieniędzy na „bezpieczne konto”, o instalację programów "
        "AnyDesk, TeamViewer czy QuickSupport ani o podanie kodów BLIK. Oszuści podszywają się także pod inne banki. W lutym "
        "klienci zgłaszali stronę udającą centrum bezpieczeństwa ING, która podaje numer "
        f"{_q(s, fake, 'intl')} i opisuje „konto techniczne”, na które trzeba przelać oszczędności.</p>"
        "<h2>Na wyświetlaczu widzę numer banku. Czy to na pewno bank?</h2>"
        "<p>Nie. Numer na wyświetlaczu można podrobić. Zakończ rozmowę i zadzwoń sam na numer z odwrotu karty.</p>"
        "<h2>Zainstalowałem program do zdalnego pulpitu. Co teraz?</h2>"
        + _ul(("Odłącz komputer od internetu.", "Zadzwoń na naszą infolinię i zastrzeż dostęp do bankowości.",
               "Zgłoś sprawę na policję i na stronie CERT Polska."))
        + "</div>"
    )
    return {
        "/": _page(spec, spec.name, shell(h := Sheet(), '<h1>Bank blisko Ciebie</h1><p><a href="/pomoc/faq/falszywi-konsultanci">Uwaga na fałszywych konsultantów</a></p>'), head, h),
        "/pomoc/faq/falszywi-konsultanci": _page(spec, "Fałszywi konsultanci – " + spec.name, shell(s, faq), head, s),
        "/kontakt": _page(spec, "Kontakt – " + spec.name, shell(k := Sheet(), "<h1>Kontakt</h1><p>Centrala: ul. Mickiewicza 12, 34-600 Limanowa.</p>"), head, k),
    }


# --- an Italian regional paper on EidosMedia Méthode: the Canon driver page -------------


@branded
def b31_it_methode_news(spec: Spec, rng: Random) -> Drafts:
    (it,) = spec.quoted
    path = f"/cronaca/2026/02/26/news/falso-driver-canon-numero-verde-{rng.randint(100000000, 199999999)}/"
    head = (
        '<meta name="generator" content="EidosMedia Méthode">\n'
        f'<meta name="eidosmedia:id" content="{_hex(rng, 24)}">\n'
    )
    s = Sheet()
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": "Il falso sito dei driver Canon: «Chiami il numero verde» e il tecnico entra nel pc",
              "datePublished": "2026-02-26T07:30:00+01:00", "author": {"@type": "Person", "name": "Laura Bertolino"}})
    article = (
        f'<div class="main-wrapper"><header class="masthead"><a href="/">{esc(spec.name)}</a></header>'
        '<article class="story"><p class="story__section">Cronaca · Ivrea</p>'
        "<h1 class=\"story__title\">Il falso sito dei driver Canon: «Chiami il numero verde» e il tecnico entra nel pc</h1>"
        '<p class="story__summary">Una pensionata di Ivrea ha pagato 380 euro per “attivare” la stampante. La Polizia Postale: '
        "non chiamate numeri che compaiono durante un’installazione.</p>"
        '<div class="story__text"><p>Cercava soltanto il programma per far funzionare la nuova stampante, comprata per '
        "stampare le ricette del medico. Il primo risultato della ricerca l’ha portata su un sito che sembrava quello "
        "ufficiale: barra di avanzamento, scritta “87%” e poi un riquadro rosso, «installazione interrotta, contatta il "
        f"supporto tecnico Canon al numero verde {_q(s, it, 'national')}».</p>"
        "<p>Al telefono un operatore gentilissimo le ha chiesto di scaricare un programma per il controllo remoto, le ha "
        "mostrato una schermata nera piena di scritte e le ha detto che il computer era «infetto». Per sistemare tutto "
        "servivano 380 euro da pagare con una ricarica. Solo il giorno dopo il figlio ha capito.</p>"
        "<p>«I produttori di stampanti non fanno pagare l’installazione dei driver e non mettono numeri di telefono dentro "
        "le finestre di errore», spiegano dalla Polizia Postale. Il consiglio: scaricare i driver solo dal sito del "
        "produttore e, in caso di dubbio, rivolgersi a un negozio di fiducia.</p></div></article>"
        '<footer><p>© 2026 ' + esc(spec.name) + " · P.IVA 01234560011 · <a href=\"/info/contact-redazione\">Redazione</a></p></footer></div>"
    )
    return {
        "/": _page(spec, spec.name, f'<div class="main-wrapper"><h1>{esc(spec.name)}</h1><p><a href="{path}">Il falso sito dei driver Canon</a></p></div>', head),
        path: _page(spec, "Il falso sito dei driver Canon – " + spec.name, article, head + ld, s),
        "/info/contact-redazione": _page(spec, "Redazione – " + spec.name, "<h1>Redazione</h1><p>Scrivete alla redazione per segnalazioni e lettere.</p>", head),
    }


# --- a Japanese security advisory on HeartCore with an indicator table -------------------


@branded
def b31_jp_heartcore_advisory(spec: Spec, rng: Random) -> Drafts:
    jp, us = spec.quoted
    path = "/advisory/2026/0226.html"
    head = (
        '<meta name="generator" content="HeartCore CMS">\n'
        '<link rel="stylesheet" href="/hc_common/css/common.css">\n'
    )
    s = Sheet()
    rows = (
        ("電話番号", _q(s, jp, "dashed"), "Outlook/Hotmailの「アカウント復旧サポート」を名乗るサイト"),
        ("電話番号", _q(s, us, "intl"), "「Geek Squad」「Norton」の更新請求書を装うページ（run.app 上）"),
        ("ドメイン", "outlook-fukkyu-center.jp", "上記電話番号を掲載"),
        ("URL パターン", "gs-billing-desk-*.a.run.app", "偽の請求書（英語）"),
    )
    table = "".join(f"<tr><td>{esc(a)}</td><td>{b}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    body = (
        f'<div id="wrapper"><header id="header"><p class="logo"><a href="/">{esc(spec.name)}</a></p></header>'
        '<div id="contents"><h1>【注意喚起】メールアカウント復旧や製品更新をかたるサポート詐欺の電話番号について</h1>'
        '<p class="date">公開日：2026年2月26日</p>'
        "<h2>概要</h2><p>「Outlookのアカウントがロックされた」と検索した利用者が、復旧サポートを名乗るサイトに"
        "誘導され、電話で遠隔操作ソフトを導入させられた上で、電子マネーによる支払いを求められる相談が寄せられて"
        "います。また、海外の製品更新を装う英文の請求書から電話をかけさせる手口も確認しています。</p>"
        "<h2>確認された指標（IoC）</h2>"
        f'<table class="ioc"><thead><tr><th>種別</th><th>値</th><th>備考</th></tr></thead><tbody>{table}</tbody></table>'
        "<h2>対策</h2>"
        + _ul(("検索結果や広告に表示された電話番号に電話しない。", "遠隔操作ソフトをインストールしない。",
               "支払ってしまった場合は、警察相談専用電話（#9110）と消費生活センターに相談する。"))
        + "</div><footer><p>お問い合わせは <a href=\"/contact/\">こちら</a></p></footer></div>"
    )
    return {
        "/": _page(spec, spec.name, f'<div id="wrapper"><h1>{esc(spec.name)}</h1><ul><li><a href="{path}">【注意喚起】サポート詐欺の電話番号について</a></li></ul></div>', head),
        path: _page(spec, "【注意喚起】サポート詐欺の電話番号について | " + spec.name, body, head, s),
    }


# --- a Brazilian computing forum on Kunena ------------------------------------------------


@branded
def b31_br_kunena_forum(spec: Spec, rng: Random) -> Drafts:
    (br,) = spec.quoted
    topic = f"/forum/impressoras/{rng.randint(40000, 49999)}-pagina-de-suporte-hp-dentro-do-site-de-uma-pousada"
    head = (
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        '<link href="/media/kunena/cache/aurelia/css/kunena.css" rel="stylesheet">\n'
    )
    s = Sheet()
    posts = (
        ("marcia_rj", "Procurei “telefone hp impressora” e caí numa página dentro do site de uma pousada de Ilhabela (!). "
         f"Liguei para o {_q(s, br, 'national')}, o rapaz pediu para instalar um programa e disse que o driver custava R$ 289. "
         "Desconfiei e desliguei. Alguém sabe se é golpe?"),
        ("tecnico.paulo", "É golpe. O site da pousada é antigo e foi invadido: colocaram uma página de “suporte HP” e um monte "
         "de links escondidos fora da tela para o Google achar. A HP não cobra para instalar driver. Desinstale o programa "
         "de acesso remoto e troque as senhas."),
        ("marcia_rj", "Obrigada! Já avisei a pousada pelo e-mail deles."),
    )
    thread = "".join(
        f'<div class="kmsg"><div class="kprofile">{esc(who)}</div><div class="kmsgbody"><p>{text if i == 0 else esc(text)}</p></div></div>'
        for i, (who, text) in enumerate(posts)
    )
    page = (
        '<div id="kunena" class="layout"><div class="kblock"><h1 class="ktitle">Página de suporte HP dentro do site de uma pousada?</h1>'
        f"{thread}</div></div>"
    )
    return {
        "/": _page(spec, spec.name, f'<div id="kunena"><h1>{esc(spec.name)}</h1><ul><li><a href="{topic}">Página de suporte HP dentro do site de uma pousada?</a></li></ul><p><a href="/faq">FAQ</a></p></div>', head),
        topic: _page(spec, "Página de suporte HP dentro do site de uma pousada? - " + spec.name, page, head, s),
        "/faq": _page(spec, "FAQ - " + spec.name, "<h1>Perguntas frequentes</h1><p>Regras do fórum: seja educado e não publique dados pessoais.</p>", head),
    }


# --- a Dutch number lookup on Laravel Livewire ------------------------------------------


@branded
def b31_nl_livewire_lookup(spec: Spec, rng: Random) -> Drafts:
    head = (
        f'<meta name="csrf-token" content="{_hex(rng, 40)}">\n'
        '<script src="/livewire/livewire.min.js?id=' + _hex(rng, 8) + '" data-csrf="" data-update-uri="/livewire/update" defer></script>\n'
    )
    notes = {
        "+31882603517": ("Nep-storingslijn", "Site die zich voordoet als Ziggo-storingsdienst; het nummer staat in een plaatje (SVG). Wil meekijken op je computer."),
        "+34910604817": ("Oplichting", "Spaans nummer van een ‘PayPal-resolutie’-site. Belt ook Nederlandse PayPal-gebruikers terug."),
        "+971505183624": ("WhatsApp-fraude", "Alleen via WhatsApp: ‘Apple expert’ uit Dubai die je Apple ID wil ontgrendelen tegen betaling."),
    }
    drafts: Drafts = {}
    listing = ""
    for e164, (tag, note) in notes.items():
        s = Sheet()
        slug = "/nummer/00" + e164[1:]
        shown = _q(s, e164, "intl")
        listing += f'<li><a href="{slug}">{esc(e164)}</a> – {esc(tag)}</li>'
        drafts[slug] = _page(spec, f"{e164} – wie belde? – {spec.name}", (
            f'<div wire:id="{_hex(rng, 20)}" class="lookup"><h1>Wie belde met {shown}?</h1>'
            f'<p class="rating">Beoordeling: <b>{esc(tag)}</b> · 37 meldingen</p>'
            f'<div class="comments"><div class="comment"><p>{esc(note)}</p><p class="meta">gemeld op 27-02-2026</p></div>'
            "<div class=\"comment\"><p>Niet op ingaan, geen software installeren.</p></div></div>"
            '<button wire:click="report">Meld dit nummer</button></div>'), head, s)
    s = Sheet()
    for e164 in notes:
        s.hidden(e164, offered=False)
    drafts["/"] = _page(spec, f"{spec.name} – wie belde mij?", (
        f'<div wire:id="{_hex(rng, 20)}"><h1>{esc(spec.name)}</h1><p>Zoek een telefoonnummer en lees wat anderen melden.</p>'
        f'<input wire:model.live="q" placeholder="Telefoonnummer"><h2>Recent gemeld</h2><ul>{listing}</ul>'
        '<p><a href="/over-ons">Over ons</a></p></div>'), head, s)
    drafts["/over-ons"] = _page(spec, f"Over ons – {spec.name}", "<h1>Over ons</h1><p>Een vrijwilligersproject sinds 2014. Meldingen worden gemodereerd.</p>", head)
    return drafts


# --- a Finnish pensioner's blog on Nibbleblog -------------------------------------------


@branded
def b31_fi_nibbleblog_victim(spec: Spec, rng: Random) -> Drafts:
    (fi,) = spec.quoted
    path = "/posts/minulta-huijattiin-349-euroa-tietokoneavulla"
    head = (
        '<meta name="generator" content="Nibbleblog">\n'
        '<link rel="stylesheet" type="text/css" href="/themes/simpler/css/main.css">\n'
    )
    s = Sheet()
    post = (
        f'<div id="container"><header><h1><a href="/">{esc(spec.name)}</a></h1></header>'
        '<section id="main"><article class="post"><h2>Minulta huijattiin 349 euroa ”tietokoneavulla”</h2>'
        '<p class="date">22.2.2026</p>'
        "<p>Kirjoitan tämän, ettei kenellekään muulle kävisi samoin. Koneeni ilmoitti, että ESET-virustorjunnan lisenssi on "
        "vanhentunut. Hain netistä apua ja löysin sivun, jolla luvattiin tietokoneapua kotiin puhelimessa heti. Sivulla oli "
        f"ihan tavallinen numero, {_q(s, fi, 'national')}, ei mitään outoa.</p>"
        "<p>Mukava nuori mies otti etäyhteyden, näytti punaisia rivejä ja sanoi, että koneessa on viruksia. Hän myi minulle "
        "kolmen vuoden ”turvapaketin” 349 eurolla, ja maksoin verkkopankissa hänen neuvojensa mukaan. Myöhemmin pojanpoika "
        "kertoi, että ESET-lisenssin olisi saanut uusittua itse kaupasta 40 eurolla.</p>"
        "<p>Pankki ei palauttanut rahoja, koska hyväksyin maksun itse. Tein rikosilmoituksen.</p></article></section>"
        '<footer><p>Powered by Nibbleblog · <a href="/about">Tietoa blogista</a></p></footer></div>'
    )
    return {
        "/": _page(spec, spec.name, f'<div id="container"><h1>{esc(spec.name)}</h1><p><a href="{path}">Minulta huijattiin 349 euroa</a></p></div>', head),
        path: _page(spec, "Minulta huijattiin 349 euroa – " + spec.name, post, head, s),
        "/about": _page(spec, "Tietoa – " + spec.name, "<h1>Tietoa blogista</h1><p>Eläkeläisen muistiinpanoja puutarhasta, lapsenlapsista ja tietokoneista.</p>", head),
    }


# --- a Mölndal computer workshop on Abicart: remote support and a yearly plan ----------


@branded
def b31_se_abicart_repair_shop(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Abicart">\n'
        f'<link rel="stylesheet" href="https://cdn.abicart.com/shop/{rng.randint(10000, 99999)}/css/shop.css">\n'
    )

    def shell(s: Sheet, content: str) -> str:
        dash = s.num(own, "trunk_dash")  # 031-790415
        return (
            f'<div id="abi-page"><header><a href="/" class="logo">{esc(spec.name)}</a>'
            '<nav><a href="/">Start</a> <a href="/fjarrsupport">Fjärrsupport</a> <a href="/serviceavtal">Serviceavtal</a> <a href="/kontakt">Kontakt</a></nav>'
            f'<span class="phone">Ring oss: {s.tel(own, dash)}</span></header>'
            f'<main>{content}</main>'
            f'<footer><p>{esc(spec.name)} AB · Göteborgsvägen 18, 431 30 Mölndal · Öppet mån–fre 9–18, lör 10–14</p></footer></div>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = _page(spec, spec.name, shell(s,
        "<h1>Datorverkstad i Mölndal sedan 2009</h1><p>Vi lagar bärbara och stationära datorer, byter skärmar och batterier "
        "och hjälper dig flytta över allt till din nya dator. Lämna in i butiken eller få hjälp på distans.</p>"), head, s)
    s = Sheet()
    drafts["/fjarrsupport"] = _page(spec, "Fjärrsupport – " + spec.name, shell(s,
        "<h1>Fjärrsupport</h1><p>Ring oss först, så bestämmer vi en tid. Först när du pratar med en av oss laddar du ner "
        "programmet och läser upp ditt ID. Vi tar aldrig kontakt med dig oombedd.</p>"
        '<ul><li><a href="/files/AnyDesk.exe">AnyDesk för Windows</a></li><li><a href="/files/TeamViewerQS.exe">TeamViewer QuickSupport</a></li></ul>'
        "<p>Pris: 395 kr per påbörjad halvtimme, betalas mot faktura.</p>"), head, s)
    s = Sheet()
    drafts["/serviceavtal"] = _page(spec, "Serviceavtal – " + spec.name, shell(s,
        "<h1>Serviceavtal för hem och småföretag</h1><p>1 295 kr per år och dator: årlig genomgång i verkstaden, "
        "uppdateringar, säkerhetskopia och 20 % rabatt på reparationer. Avtalet löper ett år i taget och sägs upp när "
        "du vill.</p>"), head, s)
    s = Sheet()
    drafts["/kontakt"] = _page(spec, "Kontakt – " + spec.name, shell(s,
        "<h1>Kontakt</h1><p>Välkommen in i butiken eller ring under öppettiderna.</p>"), head, s)
    return drafts


# --- a Pune Apple service provider on mojoPortal ----------------------------------------


@branded
def b31_in_mojoportal_apple_partner(spec: Spec, rng: Random) -> Drafts:
    own, apple = spec.phones
    (dell,) = spec.quoted
    head = (
        '<meta name="generator" content="mojoPortal">\n'
        f'<link rel="stylesheet" href="/Data/Sites/1/skins/framework/style.css?v={rng.randint(100, 999)}">\n'
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            '<form method="post" action="./" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
            f'value="/wEP{_hex(rng, 28)}"><div id="wrapwebsite"><div class="topnav"><a href="/">{esc(spec.name)}</a> '
            '<a href="/apple-warranty-support">Apple warranty</a> <a href="/notices/fake-service-centres">Notices</a> <a href="/contact">Contact</a></div>'
            f'<div id="content">{content}</div>'
            f'<div id="footer"><p>{esc(spec.name)} · Apple Authorised Service Provider · Baner Road, Pune 411045 · {s.num(own, "national")}</p></div></div></form>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = _page(spec, spec.name, shell(s,
        "<h1>Mac, iPhone and iPad repairs in Pune</h1><p>Genuine Apple parts, certified technicians, repairs under warranty "
        "and AppleCare+.</p>"), head, s)
    s = Sheet()
    drafts["/apple-warranty-support"] = _page(spec, "Apple warranty support – " + spec.name, shell(s,
        "<h1>Apple warranty and AppleCare+</h1><p>Before you visit, you can check your coverage or book a repair with Apple "
        f"directly on {s.num(apple, 'national')} (toll free, Apple India). We carry out the repair in our workshop.</p>"), head, s)
    s = Sheet()
    drafts["/notices/fake-service-centres"] = _page(spec, "Notice: fake service centres – " + spec.name, shell(s,
        "<h1>Notice: fake “service centre” pages</h1><p>Customers have shown us pages that call themselves the “Dell "
        f"Service Centre Bangalore” and list {_q(s, dell, 'national')}. They are not Dell and not us: the caller asks for "
        "remote access and an advance payment for a “warranty extension”. Dell and Apple repairs are booked through the "
        "brands’ own websites or an authorised provider.</p>"), head, s)
    s = Sheet()
    drafts["/contact"] = _page(spec, "Contact – " + spec.name, shell(s, "<h1>Contact</h1><p>Mon–Sat 10am–8pm.</p>"), head, s)
    return drafts


# --- Canon's own Italian pages on Drupal / Acquia: fake driver sites, no number ---------


@branded
def b31_it_acquia_canon_official(spec: Spec, rng: Random) -> Drafts:
    head = (
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
        f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{_hex(rng, 32)}.css">\n'
        '<script src="https://cdn.acquia.com/acquia-lift/lift.js" async></script>\n'
    )

    def shell(content: str) -> str:
        return (
            '<div class="dialog-off-canvas-main-canvas"><header role="banner"><a href="/" class="site-logo">Canon Italia</a>'
            '<nav><a href="/support">Assistenza</a> <a href="/support/contatti">Contatti</a> <a href="/support/avvisi/siti-driver-falsi">Avvisi</a></nav></header>'
            f'<main role="main"><div class="region region-content">{content}</div></main>'
            "<footer><p>© Canon Italia S.p.A. · Strada Padana Superiore 2/A, 20063 Cernusco sul Naviglio (MI)</p></footer></div>"
        )

    return {
        "/": _page(spec, "Canon Italia", shell("<h1>Canon Italia</h1><p>Fotocamere, stampanti e soluzioni per l’ufficio.</p>"), head),
        "/support": _page(spec, "Assistenza Canon", shell(
            "<h1>Assistenza Canon</h1><p>Driver, software e manuali per il tuo prodotto Canon: cerca il modello e scarica i "
            "file gratuitamente. Per parlare con noi usa il modulo di contatto o la chat dell’assistenza.</p>"), head),
        "/support/avvisi/siti-driver-falsi": _page(spec, "Attenzione ai siti di driver falsi – Canon", shell(
            "<h1>Attenzione ai siti che imitano il download dei driver Canon</h1>"
            "<p>Alcuni siti copiano l’aspetto delle nostre pagine, mostrano un’installazione che si interrompe e invitano a "
            "chiamare un «numero verde del supporto Canon». Canon non mostra numeri di telefono nelle finestre di errore, non "
            "chiede di installare programmi di controllo remoto e non fa pagare driver o installazioni.</p>"
            + _ul(("Scarica driver e software solo da canon.it.", "Non chiamare numeri che compaiono durante un’installazione.",
                   "Se hai già concesso l’accesso remoto, disinstalla il programma e cambia le password."))), head),
    }


# --- a Valencia ink shop on Jumpseller with a LiveAgent chat widget --------------------


@branded
def b31_es_jumpseller_liveagent_shop(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    (fake,) = spec.quoted
    widget = _hex(rng, 8)
    head = (
        '<meta name="generator" content="Jumpseller">\n'
        f'<link rel="stylesheet" href="https://assets.jumpseller.com/store/{spec.host.split(".")[1]}/themes/{rng.randint(300000, 399999)}/app.css">\n'
    )
    chat = (
        "<script type=\"text/javascript\">(function(d,src,c){var t=d.scripts[d.scripts.length-1],s=d.createElement('script');"
        "s.id='la_x2s6df8d';s.defer=true;s.src=src;s.onload=s.onreadystatechange=function(){var rs=this.readyState;"
        "if(rs&&(rs!='complete')&&(rs!='loaded')){return;}c(this);};t.parentElement.insertBefore(s,t.nextSibling);})"
        f"(document,'https://tintasvalencia.ladesk.com/scripts/track.js',function(e){{LiveAgent.createButton('{widget}',e);}});</script>"
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<div class="jumpseller-store"><header class="header"><a href="/" class="brand">{esc(spec.name)}</a>'
            '<nav><a href="/cartuchos-hp">Cartuchos HP</a> <a href="/toner">Tóner</a> <a href="/contacto">Contacto</a></nav>'
            f'<span class="tel">Tienda: {s.num(own, "national")}</span></header>'
            f'<main class="container">{content}</main>'
            "<footer><p>Calle de Cuba 41, 46006 València · Envío gratis desde 39 €</p></footer></div>" + chat
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = _page(spec, spec.name, shell(s,
        '<h1>Cartuchos y tóner en València</h1><div class="product-block"><h3>HP 305XL negro</h3><span class="price">24,90 €</span></div>'
        '<p><a href="/aviso-fraude-paypal">Aviso: llamadas falsas de “PayPal”</a></p>'), head, s)
    s = Sheet()
    drafts["/aviso-fraude-paypal"] = _page(spec, "Aviso de fraude – " + spec.name, shell(s,
        "<h1>Aviso: llamadas falsas en nombre de PayPal</h1><p>Algunos clientes que pagaron con PayPal nos cuentan que "
        f"les han llamado desde el {_q(s, fake, 'intl')} diciendo que su cuenta está limitada por una compra en nuestra "
        "tienda. No somos nosotros ni es PayPal: nunca te pediremos que instales nada ni que des códigos. Si tienes dudas "
        "sobre un pedido, escríbenos por el chat.</p>"), head, s)
    s = Sheet()
    drafts["/contacto"] = _page(spec, "Contacto – " + spec.name, shell(s, "<h1>Contacto</h1><p>Lunes a viernes 9:30–14:00 y 17:00–20:00.</p>"), head, s)
    return drafts


TEMPLATES = {
    "b31_dk_directus_test_call": b31_dk_directus_test_call,
    "b31_au_elvanto_parish_news": with_contact("/contact", b31_au_elvanto_parish_news),
    "b31_pl_opentext_bank_faq": b31_pl_opentext_bank_faq,
    "b31_it_methode_news": b31_it_methode_news,
    "b31_jp_heartcore_advisory": with_contact("/contact/", b31_jp_heartcore_advisory),
    "b31_br_kunena_forum": b31_br_kunena_forum,
    "b31_nl_livewire_lookup": b31_nl_livewire_lookup,
    "b31_fi_nibbleblog_victim": b31_fi_nibbleblog_victim,
    "b31_se_abicart_repair_shop": b31_se_abicart_repair_shop,
    "b31_in_mojoportal_apple_partner": b31_in_mojoportal_apple_partner,
    "b31_it_acquia_canon_official": b31_it_acquia_canon_official,
    "b31_es_jumpseller_liveagent_shop": b31_es_jumpseller_liveagent_shop,
}
