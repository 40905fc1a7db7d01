"""Twenty-second batch of held-out honest templates: page shells no earlier batch uses.

b22_nl_arcxp_helpdesk_article (a Noordkop regional news article on an Arc XP shell about the
fake Microsoft helpdesk and the "computer geblokkeerd" pop-up), b22_us_blox_gmail_article (an
Iowa paper's BLOX CMS article on a Gmail recovery line and a UK Norton refund line),
b22_fi_xenforo_locker_thread (a Finnish PC forum thread on XenForo: the Defender locker and a
WhatsApp remote-help service), b22_fr_flarum_assistance_thread (a French help forum on
Flarum: the fake Apple assistance and the Belgian HP desk), b22_nl_livewire_number_lookup (a
Dutch "wie belde mij" reverse lookup on Laravel Livewire), b22_de_alpine_number_lookup (a
German "Wer ruft an" lookup on Alpine.js and Tailwind), b22_ch_kirby_security_blog (a Zurich
IT admin's blog on Kirby about the Mac locker and the McAfee countdown),
b22_be_imio_commune_warning (a Walloon commune's warning on an iMio/Plone site with its own
administration number), b22_ja_hpb_repair_sapporo (a Sapporo PC repair shop's old
HomePage Builder site warning about a fake Canon number), b22_gb_umbraco_msp_partner (a
London IT partner on Umbraco listing Microsoft's and Apple's genuine UK numbers),
b22_nl_flatsome_inkt_chat (an Alkmaar ink shop on WooCommerce/Flatsome with a chat widget)
and b22_de_epson_official (Epson Germany's own support contact page).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

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

# --- a Noordkop news article on Arc XP: the fake Microsoft helpdesk and the locker ---------


@branded
def b22_nl_arcxp_helpdesk_article(spec: Spec, rng: Random) -> Drafts:
    helpdesk, locker = spec.quoted
    s = Sheet()
    slug = f"{_hex(rng, 4).upper()}{rng.randint(10, 99)}{_hex(rng, 4).upper()}"
    path = f"/regio/den-helder/nep-helpdesk-microsoft-plundert-rekening-van-julianadorper/{slug}/"
    head = (
        f'<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="noordkop";'
        f'Fusion.deployment="{rng.randint(400, 999)}";Fusion.outputType="default";</script>\n'
        '<meta property="og:type" content="article">\n'
        '<meta name="article:section" content="Regio">\n'
    )
    body = (
        '<div id="fusion-app" class="layout-section"><header class="b-header-nav-chain"><div class="nav-logo">'
        f'<a href="/">{esc(spec.name)}</a></div><nav class="b-links-bar"><a href="/regio/">Regio</a><a href="/112/">112</a><a href="/sport/">Sport</a>'
        '<a href="/service/contact/">Contact</a></nav></header>'
        '<main class="b-right-rail-advanced"><article class="b-article-body">'
        '<h1 class="b-headline">Nep-helpdesk van ‘Microsoft’ plundert rekening van Julianadorper (82): ‘Hij klonk zo vriendelijk’</h1>'
        '<div class="b-byline">Door Marloes Kuiper · 27 februari 2026, 18:05 · Aangepast 28 februari 2026, 09:12</div>'
        '<div class="b-article-body__content">'
        "<p class=\"c-paragraph\">Een 82-jarige man uit Julianadorp is bijna 9.000 euro kwijtgeraakt aan oplichters die zich "
        "voordeden als de helpdesk van Microsoft. Zijn computer liet opeens een pop-up zien: ‘Uw computer is geblokkeerd’, "
        "met een alarmtoon en een stem die bleef herhalen dat hij moest bellen.</p>"
        f"<p class=\"c-paragraph\">Op het scherm verscheen het gratis nummer <strong>{_q(s, locker)}</strong>. "
        "De man die opnam, stuurde hem door naar een website die er met zijn logo, klantenservice-tijden en "
        "cookiemelding heel echt uitzag: ‘Microsoft Helpdesk Nederland’.</p>"
        f"<p class=\"c-paragraph\">Daar stond een tweede nummer, {_q(s, helpdesk, 'intl_zero_pairs')}. “Hij vroeg me een "
        "programma te installeren zodat hij kon meekijken. Daarna moest ik inloggen bij de bank om te controleren of er "
        "niet al geld weg was”, vertelt de man, die niet met zijn naam in de krant wil.</p>"
        "<h2 class=\"c-heading\">‘Microsoft belt nooit’</h2>"
        "<p class=\"c-paragraph\">De politie Noord-Holland Noord waarschuwt dat zulke pop-ups nep zijn. “Een echte "
        "foutmelding van Windows geeft nooit een telefoonnummer. Sluit de browser af, of zet de computer uit als dat niet "
        "lukt. Bel nooit het nummer op het scherm”, zegt wijkagent Ruud Bakker.</p>"
        "<p class=\"c-paragraph\">Wie toch heeft gebeld en software heeft geïnstalleerd, moet de computer loskoppelen van "
        "internet, de bank bellen via het nummer op de bankpas en aangifte doen. Meer informatie staat op fraudehelpdesk.nl.</p>"
        "</div></article>"
        '<aside class="b-top-table-list"><h3>Meest gelezen</h3>'
        + _ul(("Hoogwater bij Petten: duin weer opgespoten", "Nieuwe veerboot naar Texel vertraagd", "Schagen krijgt extra bushalte bij station"))
        + "</aside></main>"
        f'<footer class="b-footer"><p>© 2026 {esc(spec.name)} · <a href="/service/contact/">Contact</a> · <a href="/service/privacy/">Privacy</a> · '
        '<a href="/service/cookies/">Cookies</a></p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Nep-helpdesk van ‘Microsoft’ plundert rekening", "Nieuws uit Den Helder, Schagen, Hollands Kroon en Texel."),
        path: (document(spec.lang, "Nep-helpdesk van ‘Microsoft’ plundert rekening van Julianadorper | " + spec.name, body, head), s),
    }


# --- an Iowa paper's BLOX CMS article: a Gmail recovery line and a UK Norton refund line ------


@branded
def b22_us_blox_gmail_article(spec: Spec, rng: Random) -> Drafts:
    gmail, norton = spec.quoted
    s = Sheet()
    uuid = f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"
    path = f"/news/local/waterloo-retiree-loses-3-000-to-fake-gmail-recovery-line/article_{uuid}.html"
    head = (
        '<meta name="tncms-access-version" content="">\n'
        f'<link rel="stylesheet" href="https://bloximages.chicago2.vip.townnews.com/{spec.host}/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/resources/styles/bootstrap.min.css">\n'
        '<meta property="og:type" content="article">\n'
    )
    body = (
        '<div id="site-container"><header id="site-header"><div id="main-navigation">'
        f'<a class="navbar-brand" href="/">{esc(spec.name)}</a><ul class="nav navbar-nav"><li><a href="/news/local/">Local News</a></li>'
        '<li><a href="/obituaries/">Obituaries</a></li><li><a href="/site/contact.html">Contact Us</a></li></ul></div></header>'
        f'<div id="main-page-container"><article class="asset" id="article_{uuid}">'
        '<header class="asset-header"><h1 class="headline"><span class="tnt-headline">Waterloo retiree loses $3,000 to fake Gmail “recovery line”</span></h1>'
        '<ul class="list-inline asset-byline"><li>By DEREK HOLM Courier-Herald staff</li><li><time datetime="2026-02-26T17:30:00-06:00">Feb 26, 2026</time></li></ul></header>'
        '<div id="article-body" class="asset-body"><div class="asset-content subscriber-premium" itemprop="articleBody">'
        "<p>A 74-year-old Waterloo woman lost $3,000 in gift cards after searching for help getting back into her email "
        "account and calling a number she found at the top of her search results.</p>"
        f"<p>The site promised “Gmail Account Recovery” and listed the number {_q(s, gmail, 'us_dots')}. The man who "
        "answered said her Google Account had been used to send illegal material and that she needed to pay a "
        "“security deposit” in gift cards to stop it being closed.</p>"
        "<p>“Google does not offer phone support for free Gmail accounts. Anyone who answers a number like that and "
        "asks for gift cards is a scammer,” said Sgt. Amy Lindqvist of the Black Hawk County Sheriff’s Office.</p>"
        "<p>The sheriff’s office said a relative in England had been targeted the same week by a page claiming a Norton "
        f"antivirus renewal of £389.99, with the refund line {_q(s, norton, 'national')}. The pages look different but "
        "the script is the same: remote access, then online banking, then gift cards.</p>"
        "<p>Residents who have been scammed can file a report through the sheriff’s office non-emergency line or online "
        "with the FBI’s Internet Crime Complaint Center.</p>"
        "</div></div></article></div>"
        f'<footer id="site-footer"><p>© 2026 {esc(spec.name)}, 501 Commercial St., Waterloo, IA · <a href="/site/contact.html">Contact Us</a> · '
        '<a href="/site/privacy.html">Privacy Policy</a> · Powered by BLOX Content Management System from TownNews.com.</p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Waterloo retiree loses $3,000 to fake Gmail line", "News from Waterloo, Cedar Falls and the Cedar Valley."),
        path: (document(spec.lang, "Waterloo retiree loses $3,000 to fake Gmail “recovery line” | " + spec.name, body, head), s),
    }


# --- a Finnish PC forum thread on XenForo: the Defender locker and the WhatsApp service --------


@branded
def b22_fi_xenforo_locker_thread(spec: Spec, rng: Random) -> Drafts:
    locker, wa = spec.quoted
    s = Sheet()
    tid = rng.randint(180000, 199999)
    path = f"/threads/windows-defender-lukitusikkuna-ja-soita-numeroon.{tid}/"
    g = numbers.groups(wa)
    lg = numbers.groups(locker)
    bullets = "•".join([lg[0], lg[1][:3], lg[1][3:]])  # as the locker wrote it

    def post(pid: int, user: str, when: str, inner: str) -> str:
        return (
            f'<article class="message message--post js-post" data-author="{esc(user)}" id="js-post-{pid}">'
            f'<div class="message-inner"><div class="message-cell message-cell--user"><h4 class="message-name"><a class="username">{esc(user)}</a></h4></div>'
            f'<div class="message-cell message-cell--main"><header class="message-attribution"><time class="u-dt">{esc(when)}</time></header>'
            f'<div class="message-content js-messageContent"><div class="bbWrapper">{inner}</div></div></div></div></article>'
        )

    body = (
        '<div class="p-pageWrapper" id="top"><header class="p-header"><div class="p-header-content">'
        f'<a href="/" class="p-header-logo">{esc(spec.name)}</a></div><nav class="p-nav"><a href="/forums/">Foorumit</a><a href="/whats-new/">Uutta</a>'
        '<a href="/misc/contact">Ota yhteyttä</a></nav></header>'
        '<div class="p-body"><div class="p-title"><h1 class="p-title-value">Windows Defender -lukitusikkuna ja ”soita numeroon” – mitä nyt?</h1></div>'
        '<div class="block-body js-replyNewMessageContainer">'
        + post(
            rng.randint(2000000, 2999999), "Pirkko_T", "27.2.2026 klo 19.41",
            "<p>Äidin koneelle tuli sininen ruutu ja päälle ikkuna ”Windows Defender – tietoturvavaroitus”. Kone piippasi ja "
            f"joku puhui suomeksi, että pitää soittaa numeroon <b>{_qw(s, locker, bullets)}</b>. Ei saanut ikkunaa kiinni. "
            "Onko tämä oikeasti Microsoftilta?</p>",
        )
        + post(
            rng.randint(2000000, 2999999), "jarmo.k", "27.2.2026 klo 19.58",
            '<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-content">Onko tämä oikeasti Microsoftilta?</div></blockquote>'
            "<p>Ei ole. Se on selaimen koko näytön sivu, ei mikään virus. Paina Ctrl+Shift+Esc, lopeta selain tehtävienhallinnasta "
            "ja avaa selain uudelleen ilman edellisten välilehtien palautusta. Älä missään nimessä soita.</p>",
        )
        + post(
            rng.randint(2000000, 2999999), "Teemu88", "28.2.2026 klo 8.15",
            "<p>Meillä kävi melkein sama. Hain Googlesta ”tietokoneapu etänä” ja löysin sivun, jossa oli vain WhatsApp-nappi. "
            f"Numero oli {_q(s, wa, 'intl')} (siis +358 {g[0][1:]}…). Ensin 59 €, sitten yhtäkkiä ”turvapaketti” 199 € ja pyysivät "
            "avaamaan verkkopankin ”tarkistusta varten”. Katkaisin yhteyden.</p>",
        )
        + post(
            rng.randint(2000000, 2999999), "Moderaattori_Anna", "28.2.2026 klo 9.02",
            "<p>Kiitos varoituksista. Jos olet jo antanut etäyhteyden, irrota kone verkosta, vaihda salasanat toiselta "
            "laitteelta ja ilmoita pankkiin. Rikosilmoituksen voi tehdä poliisin verkkosivuilla.</p>",
        )
        + "</div></div>"
        f'<footer class="p-footer"><p>© 2009–2026 {esc(spec.name)} · <a href="/help/terms/">Käyttöehdot</a> · <a href="/misc/contact">Ota yhteyttä</a></p>'
        '<p class="p-footer-copyright">Community platform by XenForo® © 2010-2025 XenForo Ltd.</p></footer></div>'
    )
    head = f'<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=1&amp;l=2&amp;d={rng.randint(1700000000, 1799999999)}">\n'
    return {
        "/": _home(spec, path, "Windows Defender -lukitusikkuna", "Keskustelua tietokoneista, tietoturvasta ja kodin verkoista."),
        path: (document(spec.lang, "Windows Defender -lukitusikkuna ja ”soita numeroon” | " + spec.name, body, head, ' data-template="thread_view" data-app="public"'), s),
    }


# --- a French help forum on Flarum: the fake Apple assistance and the Belgian HP desk --------


@branded
def b22_fr_flarum_assistance_thread(spec: Spec, rng: Random) -> Drafts:
    apple, hp = spec.quoted
    s = Sheet()
    did = rng.randint(3000, 8999)
    path = f"/d/{did}-assistance-apple-au-telephone-arnaque"

    def post(user: str, when: str, inner: str) -> str:
        return (
            '<div class="PostStream-item"><article class="Post CommentPost"><header class="Post-header"><ul>'
            f'<li class="item-user"><div class="PostUser"><h3 class="PostUser-name"><span class="username">{esc(user)}</span></h3></div></li>'
            f'<li class="item-meta"><span class="PostMeta"><time>{esc(when)}</time></span></li></ul></header>'
            f'<div class="Post-body">{inner}</div></article></div>'
        )

    body = (
        '<div id="app" class="App"><div id="app-navigation" class="App-navigation"></div>'
        f'<header id="header" class="App-header"><div class="container"><h1 class="Header-title"><a href="/">{esc(spec.name)}</a></h1>'
        '<ul class="Header-controls"><li><a href="/tags">Catégories</a></li><li><a href="/p/2-contact">Contact</a></li></ul></div></header>'
        '<main class="App-content"><div class="DiscussionPage"><div class="DiscussionPage-discussion">'
        '<header class="Hero DiscussionHero"><div class="container"><h2 class="DiscussionHero-title">« Assistance Apple » au téléphone : arnaque ?</h2></div></header>'
        '<div class="container"><div class="PostStream">'
        + post(
            "claudine_38", "26 févr. 2026",
            "<p>Bonjour, mon identifiant Apple était bloqué, j’ai cherché « assistance apple » et je suis tombée sur un site "
            f"avec juste un bouton « Appeler un conseiller ». Ça appelait le {_q(s, apple)}. Le monsieur voulait que "
            "j’installe une application pour « prendre la main » sur mon Mac et m’a demandé 189 €. C’est normal ?</p>",
        )
        + post(
            "Bzh_Informatique", "26 févr. 2026",
            "<p>Non, ce n’est pas Apple. Un numéro en 09 qui n’apparaît que dans le bouton, c’est typique. L’assistance "
            "officielle se trouve sur le site d’Apple, rubrique Contact. Si vous avez installé quelque chose, désinstallez-le "
            "et changez vos mots de passe depuis un autre appareil.</p>",
        )
        + post(
            "Vinciane_B", "27 févr. 2026",
            "<p>Même genre d’histoire chez ma mère à Liège mais pour son imprimante HP : un site belge avec des avis 4,9 étoiles, "
            f"des conditions générales, un numéro d’entreprise… et le {_qw(s, hp, numbers.write(hp, 'national').replace(' ', '/', 1).replace(' ', '.'))}. "
            "Ils ont facturé 149 € pour « réinstaller le pilote ».</p>",
        )
        + post(
            "modo_Seb", "27 févr. 2026",
            "<p>Merci pour vos témoignages, je passe le sujet en « Arnaques ». Pensez à signaler le site sur "
            "internet-signalement.gouv.fr (ou au SPF Economie pour la Belgique).</p>",
        )
        + "</div></div></div></div></main>"
        f'<footer class="App-footer"><p>© 2014–2026 {esc(spec.name)} · <a href="/p/2-contact">Contact</a> · Propulsé par Flarum</p></footer></div>'
    )
    head = (
        f'<link rel="stylesheet" href="/assets/forum-{_hex(rng, 8)}.css">\n'
        f'<script id="flarum-json-payload" type="application/json">{{"resources":[],"session":{{"userId":0,"csrfToken":"{_hex(rng, 20)}"}}}}</script>\n'
    )
    return {
        "/": _home(spec, path, "« Assistance Apple » au téléphone : arnaque ?", "Forum d’entraide informatique : matériel, logiciels, sécurité."),
        path: (document(spec.lang, "« Assistance Apple » au téléphone : arnaque ? – " + spec.name, body, head), s),
    }


# --- a Dutch "wie belde mij" reverse lookup on Laravel Livewire -----------------------------


@branded
def b22_nl_livewire_number_lookup(spec: Spec, rng: Random) -> Drafts:
    q, other = spec.quoted
    s = Sheet()
    path = "/nummer/" + numbers.national_digits(q)
    wid = _hex(rng, 20)
    head = (
        f'<meta name="csrf-token" content="{_hex(rng, 40)}">\n'
        f'<link rel="stylesheet" href="/build/assets/app-{_hex(rng, 8)}.css">\n'
    )
    comments = (
        ("Gerrit", "2 dagen geleden", "Oplichting", "Zocht hulp voor mijn trage laptop, kwam op een site met ‘Kiyoh 9,2’. Wilden € 179 voor een abonnement en meekijken via een programma."),
        ("anoniem", "4 dagen geleden", "Oplichting", "Website met KvK-nummer en algemene voorwaarden, maar het KvK-nummer bestaat niet. Niet bellen!"),
        ("Marja", "6 dagen geleden", "Onbekend", "Werd teruggebeld na een formulier. Vroegen direct om toegang tot mijn computer."),
    )
    items = "".join(
        f'<li class="comment" wire:key="c-{i}"><p class="meta"><strong>{esc(who)}</strong> · {esc(when)} · '
        f'<span class="badge badge--{"red" if kind == "Oplichting" else "grey"}">{esc(kind)}</span></p><p>{esc(text)}</p></li>'
        for i, (who, when, kind, text) in enumerate(comments)
    )
    body = (
        f'<div wire:id="{wid}" wire:snapshot="{{&quot;data&quot;:{{&quot;number&quot;:null}},&quot;memo&quot;:{{&quot;name&quot;:&quot;number-page&quot;}}}}" wire:effects="[]">'
        f'<header class="top"><a href="/" class="logo">{esc(spec.name)}</a><form action="/zoek" class="search"><input name="q" placeholder="Zoek een telefoonnummer"></form>'
        '<nav><a href="/recent">Recent</a><a href="/over-ons">Over ons</a></nav></header>'
        f'<main class="number"><h1>Wie belde mij met {_q(s, q, "trunk_dash")}?</h1>'
        f'<p class="summary">Nummer {_q(s, q, "pairs")} · 085-nummer (regio-onafhankelijk) · <strong>beoordeling: gevaarlijk</strong> · '
        f"{rng.randint(120, 480)} keer opgezocht deze week</p>"
        "<p>Dit nummer staat op een website voor ‘computerhulp op afstand’ die geen echt bedrijf blijkt te zijn. Gebruikers melden "
        "dat ze worden gevraagd software voor overname op afstand te installeren en een jaarabonnement af te sluiten.</p>"
        f'<h2>Ervaringen ({len(comments)})</h2><ul class="comments">{items}</ul>'
        '<form wire:submit="addComment" class="add"><label>Jouw ervaring <textarea wire:model="comment"></textarea></label><button type="submit">Plaatsen</button></form>'
        '<aside class="recent"><h2>Ook vaak opgezocht</h2><ul>'
        f"<li>{_q(s, other)} – ‘Microsoft Helpdesk Nederland’ (gevaarlijk)</li>"
        "<li>Incassobureau dat belt over een onbekende factuur – zie onze uitleg</li></ul></aside></main>"
        f'<footer><p>© 2017–2026 {esc(spec.name)} · <a href="/over-ons">Over ons</a> · <a href="/privacy">Privacy</a> · '
        "Reacties zijn van bezoekers en niet door ons gecontroleerd.</p></footer></div>"
        f'<script src="/livewire/livewire.min.js?id={_hex(rng, 8)}" data-csrf="{_hex(rng, 40)}" data-update-uri="/livewire/update" data-navigate-once="true"></script>'
    )
    return {
        "/": _home(spec, "/recent", "Recent opgezochte nummers", "Wie belde mij? Zoek een onbekend telefoonnummer en lees ervaringen van anderen."),
        path: (document(spec.lang, f"{numbers.write(q, 'trunk_dash')} – wie belde mij? | {spec.name}", body, head), s),
    }


# --- a German "Wer ruft an" lookup on Alpine.js and Tailwind --------------------------------


@branded
def b22_de_alpine_number_lookup(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    path = f"/nummer/{numbers.national_digits(q)}"
    head = (
        '<script defer src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"></script>\n'
        f'<link rel="stylesheet" href="/dist/tailwind.{_hex(rng, 8)}.css">\n'
    )
    body = (
        '<div class="min-h-screen bg-gray-50" x-data="{ bewerten: false }">'
        f'<header class="bg-white border-b"><div class="max-w-5xl mx-auto flex justify-between p-4"><a href="/" class="font-bold text-blue-800">{esc(spec.name)}</a>'
        '<nav class="space-x-4 text-sm"><a href="/neueste">Neueste Bewertungen</a><a href="/impressum">Impressum</a><a href="/kontakt">Kontakt</a></nav></div></header>'
        '<main class="max-w-5xl mx-auto p-4">'
        f'<h1 class="text-2xl font-semibold">Wer ruft an von {_q(s, q)}?</h1>'
        '<div class="mt-4 grid grid-cols-3 gap-4 text-center">'
        '<div class="rounded bg-red-100 p-3"><p class="text-xs">Bewertung</p><p class="font-bold text-red-700">gefährlich</p></div>'
        f'<div class="rounded bg-white p-3"><p class="text-xs">Aufrufe</p><p class="font-bold">{rng.randint(900, 4000)}</p></div>'
        '<div class="rounded bg-white p-3"><p class="text-xs">Art</p><p class="font-bold">Servicenummer (0800)</p></div></div>'
        f"<p class=\"mt-4\">Die Rufnummer {_q(s, q, 'split_sub')} ist eine kostenlose Servicenummer. Nutzer berichten, dass sie auf einer "
        "Seite „McAfee-Abonnement abgelaufen“ mit Countdown angezeigt wird. Wer anruft, soll eine Fernwartung erlauben und "
        "eine „Verlängerung“ per Gutscheinkarte bezahlen.</p>"
        '<section class="mt-6"><h2 class="font-semibold">Kommentare</h2><ul class="divide-y">'
        "<li class=\"py-3\"><p class=\"text-sm text-gray-500\">Klaus aus Bielefeld · vor 1 Tag</p><p>Ruf nicht an! Angeblich McAfee, wollte 299 € für drei Jahre.</p></li>"
        "<li class=\"py-3\"><p class=\"text-sm text-gray-500\">Anonym · vor 3 Tagen</p><p>Die Seite erscheint auf einer pages.dev-Adresse. Bei McAfee selbst weiss man nichts davon.</p></li>"
        "<li class=\"py-3\"><p class=\"text-sm text-gray-500\">Sabine · vor 5 Tagen</p><p>Mein Vater hat angerufen und AnyDesk installiert. Bank ist informiert.</p></li></ul>"
        '<button class="mt-4 rounded bg-blue-700 px-4 py-2 text-white" x-on:click="bewerten = !bewerten">Nummer bewerten</button>'
        '<form x-show="bewerten" x-cloak class="mt-2"><textarea name="kommentar" class="w-full border"></textarea><button type="submit">Absenden</button></form></section></main>'
        f'<footer class="border-t p-4 text-sm text-gray-600"><p>© 2014–2026 {esc(spec.name)} · Alle Angaben ohne Gewähr, Bewertungen stammen von Nutzern. · '
        '<a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer></div>'
    )
    return {
        "/": _home(spec, "/neueste", "Neueste Bewertungen", "Wer ruft an? Unbekannte Rufnummern nachschlagen und bewerten."),
        path: (document(spec.lang, f"{numbers.write(q)} – wer ruft an? | {spec.name}", body, head), s),
    }


# --- a Zurich IT admin's blog on Kirby: the Mac locker and the McAfee countdown --------------


@branded
def b22_ch_kirby_security_blog(spec: Spec, rng: Random) -> Drafts:
    mac, mcafee = spec.quoted
    s = Sheet()
    path = "/notizen/2026/mac-gesperrt-popup-und-mcafee-countdown"
    head = (
        f'<link href="/assets/css/index.css?v={rng.randint(100, 999)}" rel="stylesheet">\n'
        '<link rel="alternate" type="application/rss+xml" href="/notizen/feed" title="Notizen">\n'
    )
    body = (
        f'<header class="header"><a class="logo" href="/">{esc(spec.name)}</a><nav class="menu"><a href="/notizen">Notizen</a>'
        '<a href="/ueber-mich">Über mich</a><a href="/kontakt">Kontakt</a></nav></header>'
        '<main class="main"><article class="note"><header class="note-header intro"><h1>„Ihr Mac wurde gesperrt“ und ein McAfee-Countdown – zwei Fälle aus dieser Woche</h1>'
        '<time class="note-date" datetime="2026-02-28">28. Februar 2026</time></header>'
        '<div class="note-text text">'
        "<p>Ich betreue nebenbei die Computer von ein paar Vereinen und älteren Nachbarn. Diese Woche kamen gleich zwei "
        "Anrufe, die ich hier festhalte, weil die Seiten gut gemacht sind.</p>"
        "<h2>1. Das falsche „macOS Sicherheitscenter“</h2>"
        "<p>Eine Seite, die wie ein Safari-Fenster aussieht, mit der Adresszeile „support.apple.com“ – aber nur als Bild. "
        f"Darüber ein Dialog „Ihr Mac wurde gesperrt“, Alarmton, und die Nummer {_q(s, mac, 'intl_zero_gap')}. Der Dialog lässt sich "
        "nicht schliessen, weil die Seite ihn sofort wieder öffnet. Lösung: Safari mit Cmd+Q beenden und beim nächsten Start "
        "die Shift-Taste halten, damit die Fenster nicht wiederhergestellt werden. Apple hat mit dieser Nummer nichts zu tun.</p>"
        "<h2>2. „Ihr McAfee-Abonnement ist abgelaufen“</h2>"
        "<p>Eine Bootstrap-Seite auf einer pages.dev-Adresse mit Fortschrittsbalken, fünf erfundenen „Bedrohungen“ und einem "
        "15-Minuten-Countdown für 70 % Rabatt. Die Nummer steht nicht im Text, ein Skript setzt sie aus einzelnen Ziffern zusammen: "
        f"{_q(s, mcafee)}, eine deutsche 0800-Nummer. Die Nachbarin hatte nie McAfee installiert.</p>"
        "<h2>Was ich allen sage</h2>"
        + _ul((
            "Keine echte Warnmeldung von Apple, Microsoft oder einem Virenschutz nennt eine Telefonnummer.",
            "Niemals Fernwartung für jemanden erlauben, den man selbst wegen eines Pop-ups angerufen hat.",
            "Wer schon bezahlt hat: sofort die Bank anrufen, dann Passwörter ändern.",
        ))
        + "</div></article></main>"
        f'<footer class="footer"><p>© 2025–2026 {esc(spec.name)} · <a href="/ueber-mich">Über mich</a> · Gemacht mit Kirby</p></footer>'
    )
    return {
        "/": _home(spec, path, "„Ihr Mac wurde gesperrt“ und ein McAfee-Countdown", "Notizen eines Zürcher Informatikers über Sicherheit im Alltag."),
        path: (document(spec.lang, "„Ihr Mac wurde gesperrt“ und ein McAfee-Countdown – " + spec.name, body, head), s),
    }


# --- a Walloon commune's warning on an iMio/Plone site, its own administration line ---------


@branded
def b22_be_imio_commune_warning(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    hp, apple = spec.quoted
    s = Sheet()
    path = "/ma-commune/actualites/attention-aux-faux-services-d-assistance-informatique"
    head = (
        '<meta name="generator" content="Plone - https://plone.org/">\n'
        '<link rel="stylesheet" href="/++theme++imio.smartweb.common/css/smartweb.min.css">\n'
    )
    body = (
        '<div id="portal-top"><header id="portal-header"><a id="portal-logo" href="/">'
        f'{esc(spec.name)}</a><nav id="portal-globalnav"><a href="/ma-commune">Ma commune</a><a href="/loisirs">Loisirs</a>'
        '<a href="/ma-commune/services-communaux">Services communaux</a><a href="/contact">Contact</a></nav></header></div>'
        '<div id="portal-columns"><div id="portal-column-content"><nav id="portal-breadcrumbs"><a href="/">Accueil</a> › <a href="/ma-commune">Ma commune</a> › '
        '<a href="/ma-commune/actualites">Actualités</a></nav>'
        '<article id="content"><header><h1 class="documentFirstHeading">Attention aux faux services d’assistance informatique</h1>'
        '<div class="documentDescription">Le Plan de cohésion sociale et la zone de police relaient une mise en garde.</div></header>'
        '<div id="content-core"><div id="parent-fieldname-text">'
        "<p>Plusieurs habitants, souvent âgés, ont été contactés ou ont appelé eux-mêmes de faux services d’assistance "
        "trouvés sur internet. Les sites ressemblent à de vraies entreprises : avis clients, conditions générales, numéro "
        "d’entreprise. Voici ceux qui nous ont été signalés ce mois-ci :</p><ul>"
        f"<li>Un site d’« assistance imprimantes HP en Belgique », numéro {_qw(s, hp, numbers.write(hp).replace(' ', '/', 1).replace(' ', '.'))}. "
        "HP n’a rien à voir avec ce service.</li>"
        f"<li>Un site français d’« assistance Apple » dont le bouton appelle le {_q(s, apple)}.</li></ul>"
        "<p>Ne laissez jamais une personne prendre le contrôle de votre ordinateur à distance et ne communiquez jamais les "
        "codes de votre lecteur de carte. En cas de doute, parlez-en à vos proches ou à l’Espace public numérique.</p>"
        "<p>L’Espace public numérique (EPN) propose une permanence gratuite le mercredi de 14 h à 16 h à la "
        "Maison communale. Renseignements auprès de l’administration communale : "
        f'<a href="tel:{own}">{s.num(own, "national")}</a> (du lundi au vendredi, de 8 h 30 à 12 h).</p>'
        "</div></div></article></div></div>"
        f'<footer id="portal-footer"><p>Administration communale de {esc(spec.name.removeprefix("Commune de "))} · Place communale 1 · '
        '<a href="/contact">Contact</a> · <a href="/accessibilite">Accessibilité</a> · Site réalisé par iMio</p></footer>'
    )
    return {
        "/": _home(spec, path, "Attention aux faux services d’assistance informatique", "Site officiel de la commune : démarches, actualités, agenda."),
        path: (document(spec.lang, "Attention aux faux services d’assistance informatique — " + spec.name, body, head, ' class="template-document_view portaltype-news-item section-ma-commune"'), s),
    }


# --- a Sapporo PC repair shop's old HomePage Builder site, warning about a fake Canon line -----


@branded
def b22_ja_hpb_repair_sapporo(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    fake = spec.quoted[0]
    s = Sheet()
    head = (
        '<meta name="GENERATOR" content="JustSystems Homepage Builder Version 21.0.5.0 for Windows">\n'
        '<meta http-equiv="Content-Style-Type" content="text/css">\n'
        '<link rel="stylesheet" href="hpbparts.css" type="text/css" id="hpbparts">\n'
    )
    body = (
        '<div id="wrapper"><table width="800" border="0" cellspacing="0" cellpadding="0" align="center">'
        f'<tr><td id="header" bgcolor="#1f4e79"><font color="#ffffff" size="5"><b>{esc(spec.name)}</b></font>'
        '<br><font color="#ffffff" size="2">札幌市北区のパソコン修理・データ復旧・出張サポート</font></td></tr>'
        '<tr><td id="navi"><a href="index.html">トップ</a> ｜ <a href="ryokin.html">料金表</a> ｜ <a href="access.html">アクセス</a> ｜ <a href="contact.html">お問い合わせ</a></td></tr>'
        '<tr><td id="main">'
        "<h1>パソコンの「困った」を札幌で解決して 20 年</h1>"
        "<p>Windows パソコン・ノートパソコンの修理、ウイルス駆除、データ復旧、Windows 11 への入れ替え、"
        "プリンターや Wi-Fi の設定まで、店頭・出張の両方で対応しています。</p>"
        f"<p><b>電話：{s.num(own, 'dashed')}</b>（受付 10:00〜19:00、水曜定休）<br>〒001-0024 札幌市北区北24条西5丁目2-8 第3北光ビル1F</p>"
        '<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr bgcolor="#dde8f3"><th>作業</th><th>料金（税込）</th></tr>'
        "<tr><td>診断</td><td>無料</td></tr><tr><td>ウイルス駆除</td><td>6,600円〜</td></tr>"
        "<tr><td>出張サポート（札幌市内）</td><td>5,500円＋作業料</td></tr><tr><td>遠隔サポート（TeamViewer・予約制）</td><td>30分 3,300円</td></tr></table>"
        '<hr><h2><font color="#cc0000">【ご注意】キヤノンのサポートを名乗る偽の窓口</font></h2>'
        "<p>最近、「Canon プリンターが動かない」と検索して出てきたサイトに電話し、遠隔操作で高額なサポート料を請求されたという"
        f"ご相談が続いています。<b>{_q(s, fake, 'dashed')}</b> はキヤノンの窓口ではありません。メーカーの正しい連絡先は、"
        "製品の説明書かメーカーの公式サイトでご確認ください。当店からお客様に突然お電話して遠隔操作をお願いすることはありません。</p>"
        "</td></tr>"
        f'<tr><td id="footer" align="center"><font size="2">Copyright (C) 2006-2026 {esc(spec.name)} All Rights Reserved.</font></td></tr></table></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name}｜札幌のパソコン修理・出張サポート", body, head), s)}


# --- a London IT partner on Umbraco listing Microsoft's and Apple's genuine UK numbers --------


@branded
def b22_gb_umbraco_msp_partner(spec: Spec, rng: Random) -> Drafts:
    own, microsoft, apple = spec.phones
    s = Sheet()
    path = "/support/vendor-contacts/"
    head = (
        f'<link rel="stylesheet" href="/css/site.min.css?v={_hex(rng, 10)}">\n'
        f'<link rel="icon" href="/media/{_hex(rng, 8)}/favicon.png?rmode=max&amp;width=32">\n'
    )
    body = (
        '<div class="umb-block-grid" data-grid-columns="12"><header class="site-header"><div class="container">'
        f'<a class="brand" href="/"><img src="/media/{_hex(rng, 8)}/harbourline-logo.svg" alt="{esc(spec.name)}"></a>'
        '<nav class="main-nav"><a href="/managed-it/">Managed IT</a><a href="/cyber-security/">Cyber security</a><a href="/support/">Support</a><a href="/contact-us/">Contact us</a></nav>'
        f'<a class="header-phone" href="tel:{own}">{s.num(own, "national")}</a></div></header>'
        '<main><div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock"><div class="container rte">'
        "<h1>Vendor support contacts</h1>"
        "<p>Our managed-service clients should always call our service desk first: we hold your licences, warranty records "
        "and admin accounts, and we can open a case with the vendor on your behalf. If you need to contact a vendor "
        "directly, these are the numbers published on the vendors’ own websites.</p>"
        '<table class="table"><thead><tr><th>Vendor</th><th>What for</th><th>Number</th></tr></thead><tbody>'
        f"<tr><td>Harbourline service desk</td><td>Everything first: 24/7 for contract clients</td><td>{s.num(own, 'national')}</td></tr>"
        f"<tr><td>Microsoft UK</td><td>Complaints and account queries (free)</td><td>{s.num(microsoft, 'national')}</td></tr>"
        f"<tr><td>AppleCare UK</td><td>Mac, iPhone and iPad hardware</td><td>{s.num(apple, 'national')}</td></tr></tbody></table>"
        "<h2>A word on search ads</h2><p>Numbers in ads and pop-ups that claim to be Microsoft, Apple or Norton are very "
        "often fraudulent. Neither Microsoft nor Apple will ring you out of the blue or ask to connect to your computer. "
        "If in doubt, forward us a screenshot before you call anyone.</p></div></div></main>"
        f'<footer class="site-footer"><div class="container"><p>{esc(spec.name)} Ltd · Unit 4, 18 Bermondsey Street, London SE1 2EG · '
        f"Registered in England and Wales no. {rng.randint(6000000, 8999999)} · Microsoft Solutions Partner · Cyber Essentials Plus certified</p>"
        '<p><a href="/privacy-policy/">Privacy policy</a> · <a href="/cookie-policy/">Cookie policy</a> · <a href="/contact-us/">Contact us</a></p></div></footer></div>'
        '<div id="cookie-banner" class="cookie-banner"><p>We use essential cookies and, with your consent, analytics cookies.</p>'
        '<button data-consent="accept">Accept</button><button data-consent="reject">Reject</button></div>'
    )
    return {
        "/": _home(spec, path, "Vendor support contacts", "Managed IT, cyber security and support for London businesses since 2009."),
        path: (document(spec.lang, "Vendor support contacts | " + spec.name, body, head), s),
    }


# --- an Alkmaar ink shop on WooCommerce/Flatsome with a Tawk.to chat widget --------------------


@branded
def b22_nl_flatsome_inkt_chat(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    head = (
        '<meta name="generator" content="WordPress 6.6.2">\n<meta name="generator" content="WooCommerce 9.2.3">\n'
        "<link rel='stylesheet' id='flatsome-main-css' href='/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.19.4' type='text/css' media='all'>\n"
    )
    products = (
        ("HP 305XL zwart – origineel", "€ 29,95"),
        ("Canon PG-545XL zwart – huismerk", "€ 17,49"),
        ("Epson 603XL multipack – huismerk", "€ 24,95"),
        ("Brother TN-2420 toner – origineel", "€ 64,95"),
    )
    cards = "".join(
        f'<div class="col product-small"><div class="box-text box-text-products"><p class="name product-title"><a href="/product/{i}/">{esc(name)}</a></p>'
        f'<span class="price"><span class="woocommerce-Price-amount amount">{esc(price)}</span></span></div></div>'
        for i, (name, price) in enumerate(products, start=rng.randint(100, 900))
    )
    tawk = f"{_hex(rng, 24)}/{_hex(rng, 9)}"
    body = (
        '<div id="wrapper"><header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper">'
        f'<div id="top-bar" class="header-top"><div class="flex-row container"><p>Voor 22:00 besteld, morgen in huis · Klantenservice '
        f'<a href="tel:{own}">{s.num(own, "pairs")}</a> (ma–vr 9–17 uur)</p></div></div>'
        f'<div id="masthead" class="header-main"><div class="header-inner flex-row container"><div id="logo" class="flex-col logo"><a href="/">{esc(spec.name)}</a></div>'
        '<ul class="header-nav header-nav-main nav"><li><a href="/product-categorie/hp/">HP</a></li><li><a href="/product-categorie/canon/">Canon</a></li>'
        '<li><a href="/product-categorie/epson/">Epson</a></li><li><a href="/product-categorie/brother/">Brother</a></li><li><a href="/klantenservice/">Klantenservice</a></li></ul></div></div></div></header>'
        '<main id="main"><div class="page-wrapper"><div class="container"><h1>Inktcartridges en toners voor elke printer</h1>'
        "<p>Sinds 2013 leveren wij originele en huismerk inktcartridges voor HP, Canon, Epson en Brother. Vind uw cartridge "
        "via het printermodel, of stel een vraag aan onze klantenservice via de chat.</p>"
        f'<div class="row products row-small large-columns-4">{cards}</div>'
        "<h2>Printerhulp?</h2><p>Wij verkopen cartridges en beantwoorden vragen over welke cartridge in uw printer past. Voor "
        "storingen en garantie verwijzen wij u naar de fabrikant van uw printer; wij nemen nooit op afstand uw computer over.</p></div></div></main>"
        '<footer id="footer" class="footer-wrapper"><div class="footer-widgets footer footer-2"><div class="row">'
        f"<p>{esc(spec.name)} · Boekelermeer 17, 1812 PB Alkmaar · KvK {rng.randint(57000000, 59999999)} · BTW NL{rng.randint(100000000, 999999999)}B01</p>"
        '<p><a href="/algemene-voorwaarden/">Algemene voorwaarden</a> · <a href="/privacy/">Privacy</a> · <a href="/retourneren/">Retourneren</a> · '
        '<a href="/klantenservice/contact/">Contact</a></p>'
        '<div class="kiyoh-shop-snippets"><span>Klanten beoordelen ons met een 9,0 op Kiyoh</span></div></div></div>'
        '<div class="absolute-footer dark"><div class="copyright-footer">© 2026 ' + esc(spec.name) + " · Thema Flatsome</div></div></footer></div>"
        "<script>var Tawk_API=Tawk_API||{},Tawk_LoadStart=new Date();(function(){var s1=document.createElement('script'),s0=document.getElementsByTagName('script')[0];"
        f"s1.async=true;s1.src='https://embed.tawk.to/{tawk}';s1.charset='UTF-8';s1.setAttribute('crossorigin','*');s0.parentNode.insertBefore(s1,s0);}})();</script>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – inktcartridges en toners", body, head, ' class="home wp-singular page-template woocommerce-js lightbox nav-dropdown-has-arrow"'), s)}


# --- Epson Germany's own support contact page ------------------------------------------------


@branded
def b22_de_epson_official(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    path = "/de/de/kontakt/support"
    head = (
        f'<link rel="stylesheet" href="/_ui/responsive/theme-epson/css/style.css?v={rng.randint(1000, 9999)}">\n'
        '<meta name="robots" content="index,follow">\n'
    )
    body = (
        f'<div class="page-wrapper yCmsContentSlot"><header class="main-header"><a href="/de/de" class="logo">{esc(spec.name)}</a>'
        '<nav class="navigation"><a href="/de/de/fuer-zuhause">Für zu Hause</a><a href="/de/de/fuer-die-arbeit">Für die Arbeit</a>'
        '<a href="/de/de/support">Support</a></nav></header>'
        '<main class="yCmsComponent"><div class="breadcrumb"><a href="/de/de">Startseite</a> / <a href="/de/de/support">Support</a> / Kontakt</div>'
        "<h1>Kontakt zum Epson Support</h1>"
        "<p>Für Fragen zu Epson Druckern, Scannern und Projektoren für zu Hause helfen Ihnen zuerst unsere Support-Seiten mit "
        "Treibern, Handbüchern und Anleitungen. Halten Sie für einen Anruf bitte die Seriennummer Ihres Geräts bereit.</p>"
        '<div class="contact-box"><h2>Telefonischer Support</h2>'
        f'<p><a href="tel:{own}">{s.num(own, "national")}</a><br>Montag bis Freitag, 9:00–18:00 Uhr (Festnetztarif)</p></div>'
        "<h2>Vorsicht vor falschen Support-Nummern</h2>"
        "<p>In Suchmaschinen und auf Websites werden Rufnummern beworben, die angeblich zum Epson Support gehören. Diese "
        "Anbieter stehen in keiner Verbindung zu Epson. Epson ruft Sie nie unaufgefordert an, verlangt keine Fernwartung "
        "Ihres Computers und keine Bezahlung mit Gutscheinkarten. Die richtigen Kontaktdaten finden Sie nur auf dieser Seite.</p>"
        "</main>"
        '<footer class="main-footer"><p>© Epson Deutschland GmbH 2026 · Otto-Hahn-Straße 4, 40670 Meerbusch · '
        '<a href="/de/de/impressum">Impressum</a> · <a href="/de/de/datenschutz">Datenschutz</a> · <a href="/de/de/cookies">Cookie-Einstellungen</a></p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Kontakt zum Support", "Epson Deutschland – Drucker, Scanner, Projektoren und Support."),
        path: (document(spec.lang, "Kontakt zum Epson Support | Epson Deutschland", body, head), s),
    }


TEMPLATES = {
    "b22_nl_arcxp_helpdesk_article": with_contact("/service/contact/", b22_nl_arcxp_helpdesk_article),
    "b22_us_blox_gmail_article": with_contact("/site/contact.html", b22_us_blox_gmail_article),
    "b22_fi_xenforo_locker_thread": with_contact("/misc/contact", b22_fi_xenforo_locker_thread),
    "b22_fr_flarum_assistance_thread": with_contact("/p/2-contact", b22_fr_flarum_assistance_thread),
    "b22_nl_livewire_number_lookup": with_contact("/over-ons", b22_nl_livewire_number_lookup),
    "b22_de_alpine_number_lookup": with_contact("/kontakt", b22_de_alpine_number_lookup),
    "b22_ch_kirby_security_blog": with_contact("/kontakt", b22_ch_kirby_security_blog),
    "b22_be_imio_commune_warning": with_contact("/contact", b22_be_imio_commune_warning),
    "b22_ja_hpb_repair_sapporo": with_contact("/contact.html", b22_ja_hpb_repair_sapporo),
    "b22_gb_umbraco_msp_partner": with_contact("/contact-us/", b22_gb_umbraco_msp_partner),
    "b22_nl_flatsome_inkt_chat": with_contact("/klantenservice/contact/", b22_nl_flatsome_inkt_chat),
    "b22_de_epson_official": b22_de_epson_official,
}
