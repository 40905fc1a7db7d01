"""Sixth batch of held-out honest templates: twelve page shells no earlier batch uses.

regio_krant (a Dutch regional news article quoting a scam number in its headline and a
bold photo caption), discourse_tel (a Discourse-like thread where the asker pastes the
number as a tel: link and others warn), quimappele (a French "qui m'a appelé" lookup
page with JSON-LD for the number looked up), notdienst_impressum (an honest German
PC-Notdienst with Impressum and USt-IdNr), brand_contact (a brand's own contact page),
kuluttaja_varoitus (a Finnish consumer-authority warning), readme_partner (an IT
partner's GitHub-README-rendered list of brands' genuine numbers) and medium_research
(a Medium-like post by a security researcher quoting a locker kit), library_helpdesk
(a library's digital help desk for seniors), ink_faq (an ink shop's "printer offline?"
FAQ), senior_itshop (a young IT shop for seniors with QuickSupport and chat) and qa_stack
(a Q&A page quoting a printer-offline scam number).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams6 import with_page
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document


def _q(s: Sheet, e164: str, style: str = "national", disguise: str | None = None) -> str:
    return s.num(e164, style, disguise, offered=False)


# --- regio_krant -----------------------------------------------------------------------


@branded
def regio_krant(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    body = (
        f'<header class="site-header"><a href="/" class="logo">{esc(spec.name)}</a><nav><a href="/regio">Regio</a> <a href="/112">112</a></nav></header>'
        '<main><article class="article" itemscope itemtype="https://schema.org/NewsArticle">'
        '<span class="article__label">Oplichting</span>'
        f'<h1 itemprop="headline">Oudere inwoners gebeld door nep-computerhulp: ‘Bel nooit {_q(s, q, "pairs")}’</h1>'
        '<p class="article__meta">Door Marieke Dijkstra · 1 december 2026, 16:42</p>'
        '<figure><img src="/img/2026/12/telefoon-senior.jpg" alt="Een oudere vrouw met een telefoon">'
        f"<figcaption><strong>Dit nummer, {_q(s, q, 'spaced_dash')}, staat op een nepsite die zich richt op ouderen.</strong> Foto: archief</figcaption></figure>"
        '<div itemprop="articleBody"><p>De politie waarschuwt voor een website die zegt ouderen te helpen met hun computer. '
        "Wie belt, wordt gevraagd een programma te installeren waarmee de ‘monteur’ de computer overneemt. Daarna wordt betaald met cadeaukaarten.</p>"
        "<p>Een 81-jarige vrouw uit de gemeente verloor zo ruim 1.400 euro. ‘Ze waren zo vriendelijk en geduldig’, zegt haar dochter.</p>"
        "<p>De Fraudehelpdesk raadt aan nooit iemand toegang tot uw computer te geven die u niet zelf kent, en bij twijfel op te hangen.</p></div>"
        "</article></main><footer>© 2026 " + esc(spec.name) + "</footer>"
    )
    return {
        "/regio/nep-computerhulp-ouderen": (
            document(spec.lang, "Nep-computerhulp belt ouderen", body),
            s,
        ),
        "/": (document(spec.lang, spec.name, body), s),
    }


# --- discourse_tel ---------------------------------------------------------------------


@branded
def discourse_tel(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    topic = rng.randint(10000, 99999)

    def post(n: int, user: str, html: str) -> str:
        return (
            f'<div class="topic-post" data-post-number="{n}"><article class="boxed onscreen-post" id="post_{n}">'
            f'<div class="topic-meta-data"><span class="username"><a href="/u/{user}">{user}</a></span></div>'
            f'<div class="cooked">{html}</div></article></div>'
        )

    link = s.tel(q, esc(numbers.write(q, "intl")), offered=False)
    posts = (
        post(
            1,
            "grandad_pete",
            "<p>My Amazon account page said it was locked and to ring this number. Is it really Amazon?</p>"
            f"<p>{link}</p><p>They want me to install something called AnyDesk.</p>",
        )
        + post(
            2,
            "techmod_sarah",
            "<p><strong>Do not call it.</strong> That is not Amazon. Amazon never locks accounts with a phone number to ring. "
            "Close the page and sign in through the app instead.</p>",
        )
        + post(
            3,
            "ukfraudwatch",
            "<p>Reported it to Action Fraud. Same scam as last month, new number. If you installed AnyDesk, uninstall it and change your passwords.</p>",
        )
    )
    head = '<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 3.2.0">\n'
    body = (
        f'<section id="main"><div id="topic-title"><h1><a href="/t/{topic}">Is this Amazon account locked number real?</a></h1>'
        '<span class="badge-category">Scams &amp; Security</span></div>'
        f'<div class="post-stream">{posts}</div></section>'
    )
    return {
        f"/t/is-this-amazon-number-real/{topic}": (
            document(
                spec.lang, "Is this Amazon account locked number real? - Community", body, head
            ),
            s,
        ),
        "/": (document(spec.lang, spec.name, body, head), s),
    }


# --- quimappele ------------------------------------------------------------------------


@branded
def quimappele(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    nat = numbers.national_digits(q)
    s.hidden(q, offered=False)
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": f"Qui m'a appelé avec le {nat} ?",
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": f"Le numéro {q} est signalé comme arnaque au faux dépannage informatique par 37 utilisateurs.",
                    },
                }
            ],
        },
        ensure_ascii=False,
    )
    head = f'<script type="application/ld+json">{ld}</script>\n'
    body = (
        f'<header><a href="/">{esc(spec.name)}</a> – annuaire inversé participatif</header>'
        f"<main><h1>Qui m’a appelé avec le {_q(s, q, 'pairs')} ?</h1>"
        '<div class="verdict verdict--danger">Dangereux · 37 signalements</div>'
        '<ul class="comments"><li><b>Nadine</b> : site « dépannage express », ils veulent prendre la main sur le PC et facturer 89 €. Arnaque.</li>'
        "<li><b>JP_75</b> : rappel insistant après avoir laissé mon numéro. Ne donnez jamais l’accès à votre ordinateur.</li></ul>"
        "<p>Signalez les appels frauduleux sur la plateforme officielle de l’État.</p></main>"
    )
    return {
        f"/numero/{nat}": (document(spec.lang, f"{nat} – Qui m'a appelé ?", body, head), s),
        "/": (document(spec.lang, spec.name, body, head), s),
    }


# --- notdienst_impressum ---------------------------------------------------------------


@branded
def notdienst_impressum(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    nav = '<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/impressum">Impressum</a></nav>'

    def wrap(title: str, main: str) -> str:
        return document(
            spec.lang,
            f"{title} – {spec.name}",
            f"<header><b>{esc(spec.name)}</b>{nav}</header><main>{main}</main>"
            f"<footer>{esc(spec.name)} · Kaiserstraße 41 · 76133 Karlsruhe</footer>",
        )

    s = Sheet()
    home = (
        "<h1>PC-Notdienst Karlsruhe – Computerhilfe vor Ort und per Fernwartung</h1>"
        "<p>Wir sind ein kleines IT-Team aus Karlsruhe und helfen Privatleuten und Selbstständigen bei Computerproblemen. "
        "Fernwartung nur auf Ihren Wunsch und nur, nachdem Sie uns angerufen haben – wir rufen niemals unaufgefordert an.</p>"
        f'<p>Kostenlose Rufnummer: <a href="tel:{s.hidden(own)}">{s.num(own, "national")}</a> (Mo–Sa 8–20 Uhr)</p>'
        "<p>Preise: 25 € je angefangene Viertelstunde, Anfahrt im Stadtgebiet 15 €. Bezahlung per Rechnung oder EC-Karte.</p>"
    )
    s2 = Sheet()
    imp = (
        "<h1>Impressum</h1><p>Angaben gemäß § 5 DDG</p>"
        f"<p>{esc(spec.opt('company'))}<br>Kaiserstraße 41<br>76133 Karlsruhe</p>"
        "<p>Vertreten durch: Jonas Weber (Inhaber)</p>"
        f"<p>Telefon: {s2.num(own, 'national')}<br>E-Mail: info@{esc(spec.host)}</p>"
        f"<p>Umsatzsteuer-Identifikationsnummer gemäß § 27 a UStG: {esc(spec.opt('vat'))}</p>"
        "<p>Handwerkskammer Karlsruhe, Betriebsnummer 4471203</p>"
    )
    s3 = Sheet()
    serv = "<h1>Leistungen</h1><ul><li>Virenentfernung</li><li>Datenrettung</li><li>Drucker- und WLAN-Einrichtung</li><li>PC-Aufrüstung</li></ul>"
    return {
        "/": (wrap("PC-Notdienst", home), s),
        "/impressum": (wrap("Impressum", imp), s2),
        "/leistungen": (wrap("Leistungen", serv), s3),
    }


# --- brand_contact ---------------------------------------------------------------------


@branded
def brand_contact(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f'<header id="navbar"><a href="/" class="nav-logo">{esc(spec.name)}</a></header>'
        '<main class="help-content"><h1>Contact us</h1>'
        '<div class="cs-help-v4-sub-section"><h2>Call Customer Service</h2>'
        f"<p>You can call {esc(spec.name)} Customer Service on <strong>{s.num(own, 'national')}</strong> "
        "(free from UK landlines and mobiles). For faster help, sign in and choose an order first so we can call you back.</p></div>"
        '<div class="cs-help-v4-sub-section"><h2>Unexpected calls, emails and pop-ups</h2>'
        f"<p>{esc(spec.name)} will never ask you to install software, pay with gift cards or ring a number shown in a pop-up. "
        "If a page says your account is locked and gives a phone number, close it and go to Your Account yourself.</p></div>"
        f"</main><footer>© 1996-2026, {esc(spec.name)}, Inc. or its affiliates</footer>"
    )
    return {
        "/gp/help/customer/contact-us": (
            document(spec.lang, f"{spec.name} Help: Contact us", body),
            s,
        ),
        "/": (document(spec.lang, spec.name, body), s),
    }


# --- kuluttaja_varoitus ----------------------------------------------------------------


@branded
def kuluttaja_varoitus(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    body = (
        f'<header class="gov-header"><a href="/">{esc(spec.name)}</a></header>'
        '<main><article class="bulletin"><p class="bulletin__type">Varoitus · 2.12.2026</p>'
        "<h1>Varo valeasiakastukea, joka pyytää soittamaan Apple ID -tunnuksen lukituksesta</h1>"
        "<p>Kuluttajille on levinnyt lomakesivuja, joissa väitetään Apple ID -tunnuksen olevan lukittu. "
        f"Sivu kehottaa soittamaan numeroon <strong>{_q(s, q, 'intl')}</strong>. Numero ei kuulu Applelle.</p>"
        "<p>Soittajaa pyydetään asentamaan etäkäyttöohjelma ja maksamaan ”avausmaksu”. Älä soita numeroon, älä asenna ohjelmia äläkä anna pankkitunnuksiasi.</p>"
        "<p>Jos olet jo maksanut, ota heti yhteyttä pankkiisi ja tee rikosilmoitus poliisille.</p></article></main>"
        f"<footer>{esc(spec.name)} · Kuluttajaneuvonta</footer>"
    )
    return {
        "/varoitukset/apple-id-valetuki": (
            document(spec.lang, "Varoitus: Apple ID -valetuki", body),
            s,
        ),
        "/": (document(spec.lang, spec.name, body), s),
    }


# --- readme_partner --------------------------------------------------------------------


@branded
def readme_partner(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    rows = "".join(
        f"<tr><td>{esc(label)}</td><td><code>{s.num(n, 'intl')}</code></td></tr>"
        for label, n in zip(spec.opt("labels"), spec.phones, strict=True)
    )
    body = (
        '<div class="application-main"><div class="repository-content"><div id="readme" class="Box-body readme blob js-code-block-container">'
        '<article class="markdown-body entry-content container-lg" itemprop="text">'
        f'<h1 dir="auto">{esc(spec.name)} – vendor support numbers</h1>'
        '<p dir="auto">Internal list for our service desk. We only list numbers published on the vendors\' own websites; '
        "always check the vendor site before passing a number to a customer. Never use numbers found in search ads.</p>"
        '<h2 dir="auto">Numbers</h2><markdown-accessiblity-table><table><thead><tr><th>Vendor / country</th><th>Number</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></markdown-accessiblity-table>"
        '<h2 dir="auto">Contributing</h2><p dir="auto">Open a pull request with a link to the vendor page as source.</p>'
        "</article></div></div></div>"
    )
    head = '<meta name="octolytics-url" content="/collect">\n<link rel="stylesheet" href="/assets/github-markdown.css">\n'
    return {"/": (document(spec.lang, f"README.md – {spec.name}", body, head), s)}


# --- medium_research -------------------------------------------------------------------


@branded
def medium_research(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    head = '<meta property="og:site_name" content="Medium">\n<meta name="twitter:app:name:iphone" content="Medium">\n'
    body = (
        '<div id="root"><div class="meteredContent"><article><div class="pw-post-body-paragraph">'
        '<h1 class="pw-post-title">Dissecting a srcdoc browser locker: a tech-support scam kit</h1>'
        '<div class="pw-author">Lena Varga · Threat researcher · 7 min read</div>'
        '<p class="pw-post-body-paragraph">This week I found a browser locker that hides its whole lock screen inside an '
        "<code>iframe srcdoc</code>, so crawlers that do not parse attributes never see the phone number. The kit pretends to be "
        "Microsoft Defender and pushes 40 history entries to trap the back button.</p>"
        '<pre><code>&lt;iframe id="scr" srcdoc="...Call Microsoft Support: '
        + _q(s, q, "us_dash", "caret")
        + ' USA..."&gt;</code></pre>'
        f'<p class="pw-post-body-paragraph">Decoded, the number is <strong>{_q(s, q, "us_paren")}</strong>. It is a scam line, not Microsoft. '
        "I reported the hosting and the number; if you meet this page, close the tab with Ctrl+W or end the browser in Task Manager.</p>"
        "</div></article></div></div>"
    )
    return {
        "/@lenavarga/dissecting-a-srcdoc-browser-locker-3f9a1c": (
            document(spec.lang, "Dissecting a srcdoc browser locker | Medium", body, head),
            s,
        ),
        "/": (document(spec.lang, spec.name, body, head), s),
    }


# --- library_helpdesk: a public library's digital help desk for seniors ---------------


@branded
def library_helpdesk(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f'<header class="bieb-header"><a href="/">{esc(spec.name)}</a><nav><a href="/agenda">Agenda</a> <a href="/digitale-hulp">Digitale hulp</a></nav></header>'
        "<main><h1>Digitaal Spreekuur: gratis computerhulp voor senioren</h1>"
        "<p>Heeft u vragen over uw computer, tablet of telefoon? Onze vrijwilligers helpen u gratis, in de bibliotheek. "
        "Wij helpen met e-mail, DigiD, foto’s en veilig internetten. Wij nemen uw computer nooit op afstand over en vragen nooit om betaling.</p>"
        "<p>Elke dinsdag en donderdag van 10.00 tot 12.00 uur in de vestiging Centrum. Aanmelden hoeft niet.</p>"
        f'<p>Vragen? Bel de bibliotheek: <a href="tel:{s.hidden(own)}">{s.num(own, "national")}</a> (ma–vr 9–17 uur).</p>'
        "<p>Twijfelt u over een telefoontje van een ‘helpdesk’? Hang op en kom langs of bel de Fraudehelpdesk.</p></main>"
        f"<footer>{esc(spec.name)} · Stichting Openbare Bibliotheek</footer>"
    )
    return {
        "/digitale-hulp": (document(spec.lang, "Digitaal Spreekuur", body), s),
        "/": (document(spec.lang, spec.name, body), s),
    }


# --- ink_faq: an honest printer-ink shop with a "printer offline?" FAQ ----------------


@branded
def ink_faq(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]

    def wrap(title: str, main: str) -> str:
        return document(
            spec.lang,
            f"{title} | {spec.name}",
            f'<header><a href="/">{esc(spec.name)}</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a></header><main>{main}</main>'
            f"<footer>{esc(spec.name)} GmbH · Venloer Str. 220 · 50823 Köln</footer>",
        )

    s = Sheet()
    home = '<h1>Druckerpatronen und Toner günstig kaufen</h1><div class="product-grid"><div class="product">HP 305 Schwarz – 14,90 €</div><div class="product">Canon PG-545 – 17,50 €</div></div>'
    s2 = Sheet()
    faq = (
        "<h1>FAQ: Drucker offline?</h1><details open><summary>Mein Drucker zeigt „offline“ – was tun?</summary>"
        "<p>Drucker und Router neu starten, in Windows unter Einstellungen → Drucker „Drucker offline verwenden“ abwählen. "
        "Hilft das nicht, wenden Sie sich an den Hersteller über dessen offizielle Website. Vorsicht vor Anzeigen mit „Drucker-Hotlines“: "
        "diese sind oft Betrüger, die Fernzugriff und Geld verlangen.</p></details>"
        f"<details><summary>Frage zu Ihrer Bestellung?</summary><p>Unser Kundenservice: {s2.num(own, 'national')}</p></details>"
    )
    s3 = Sheet()
    kontakt = f'<h1>Kontakt</h1><p>Telefon: <a href="tel:{s3.hidden(own)}">{s3.num(own, "national")}</a><br>Mo–Fr 9–16 Uhr</p>'
    return {
        "/": (wrap("Tinte & Toner", home), s),
        "/faq": (wrap("FAQ", faq), s2),
        "/kontakt": (wrap("Kontakt", kontakt), s3),
    }


# --- senior_itshop: an honest Dutch IT shop for seniors with QuickSupport and chat ----


@branded
def senior_itshop(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f'<header><a href="/">{esc(spec.name)}</a> <a href="/contact">Contact</a></header>'
        "<main><h1>Computerhulp aan huis en op afstand voor senioren in Zwolle</h1>"
        "<p>Wij zijn een nieuwe computerwinkel in Zwolle-Zuid. U belt ons zelf, wij bellen nooit ongevraagd. "
        "Hulp op afstand alleen na afspraak: u downloadt dan TeamViewer QuickSupport en leest ons de code voor.</p>"
        '<p><a class="btn" href="https://get.teamviewer.com/quicksupport" rel="nofollow">Download TeamViewer QuickSupport</a></p>'
        f'<p>Afspraak maken: <a href="tel:{s.hidden(own)}">{s.num(own, "pairs")}</a> · tarief € 45 per uur, betalen per factuur.</p>'
        "<p>Winkel: Assendorperstraat 88, 8012 DH Zwolle · KvK 94518273</p></main>"
        '<div id="tawk-chat" class="chat-widget" data-widget="default"><button>Chat met ons</button></div>'
        '<script src="https://embed.tawk.to/6571a2b3/default" async></script>'
    )
    s2 = Sheet()
    contact = f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>Contact</h1><p>Bel {s2.num(own, "national")} of loop binnen, di–za 10–17 uur.</p></main>'
    return {
        "/": (document(spec.lang, spec.name, body), s),
        "/contact": (document(spec.lang, "Contact", contact), s2),
    }


# --- qa_stack: a Q&A page quoting a printer-offline scam number ----------------------


@branded
def qa_stack(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    qid = rng.randint(100000, 999999)
    body = (
        '<div id="content"><div id="question-header"><h1 itemprop="name">Is the "HP Printer Offline" helpline a scam?</h1></div>'
        '<div class="question" itemscope itemtype="https://schema.org/Question"><div class="s-prose js-post-body">'
        f"<p>My HP printer said offline, I searched and found a page saying call {_q(s, q, 'us_paren')}. They want to connect to my PC for $149. Legit?</p></div></div>"
        '<div class="answer accepted-answer" itemscope itemtype="https://schema.org/Answer"><div class="s-prose js-post-body">'
        "<p><strong>It is a scam.</strong> HP does not charge for offline fixes over the phone. Restart the printer, re-add it, or use HP Smart. "
        'Never let a caller take over your computer.</p></div><div class="js-vote-count">57</div></div></div>'
    )
    return {
        f"/questions/{qid}/is-the-hp-printer-offline-helpline-a-scam": (
            document(spec.lang, "Is the HP Printer Offline helpline a scam?", body),
            s,
        ),
        "/": (document(spec.lang, spec.name, body), s),
    }


TEMPLATES = {
    "regio_krant": with_page("/contact", regio_krant),
    "discourse_tel": with_page("/about", discourse_tel),
    "quimappele": with_page("/contact", quimappele),
    "notdienst_impressum": with_page("/kontakt", notdienst_impressum),
    "brand_contact": brand_contact,
    "kuluttaja_varoitus": with_page("/about", kuluttaja_varoitus),
    "readme_partner": with_page("/support", readme_partner),
    "medium_research": with_page("/about", medium_research),
    "library_helpdesk": with_page("/contact", library_helpdesk),
    "ink_faq": ink_faq,
    "senior_itshop": senior_itshop,
    "qa_stack": with_page("/help", qa_stack),
}
