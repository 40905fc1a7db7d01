"""Hard negatives of the held-out web: honest sites that look like, or talk about, scams.

Official support pages and IT partners quote brands' genuine numbers; news, forums,
number-lookup directories and warning pages quote the scam numbers the held-out scams
offer (so quoting really links them); repair shops and small businesses share the
themes, chat widgets and trust footers the scams copy.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import themes, widgets
from crawler.sandbox.heldout.numbers import national_digits
from crawler.sandbox.heldout.scams import BRAND_NAMES
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec


def _named(spec: Spec, text: str) -> Sheet:
    """A sheet carrying those of the site's brands that `text` names."""
    s = Sheet()
    s.brand(*(b for b in spec.brands if BRAND_NAMES[b].lower() in text.lower()))
    return s


def _sheet(spec: Spec, brands: tuple[str, ...] | None = None) -> Sheet:
    s = Sheet()
    s.brand(*(spec.brands if brands is None else brands))
    return s


# --- official brand support: genuine numbers per country --------------------------------

OFFICIAL_LABELS = {
    "nl": (
        "Contact opnemen met ondersteuning",
        "Bel ons",
        "Let op: {b} belt u nooit ongevraagd en vraagt nooit om betaling met cadeaukaarten.",
    ),
    "en": (
        "Contact support",
        "Call us",
        "Note: {b} will never call you unsolicited or ask for payment in gift cards.",
    ),
    "de": (
        "Support kontaktieren",
        "Rufen Sie uns an",
        "Hinweis: {b} ruft Sie niemals unaufgefordert an und verlangt keine Zahlung per Geschenkkarte.",
    ),
    "fr": (
        "Contacter l'assistance",
        "Appelez-nous",
        "Attention : {b} ne vous appelle jamais sans demande et ne réclame jamais de paiement en cartes cadeaux.",
    ),
}


def official_support(spec: Spec, rng: Random) -> Drafts:
    b = BRAND_NAMES[spec.brands[0]]
    drafts: Drafts = {}
    locales = spec.opt("locales")  # (path, lang, country name, phone index, style)
    s0 = _sheet(spec)
    links = "".join(
        f'<li><a href="{p}" hreflang="{lang}">{esc(country)}</a></li>'
        for p, lang, country, _, _ in locales
    )
    main = f'<h1>{esc(b)} Support</h1><p>Choose your country or region to see the support options available to you.</p><ul class="locale-list">{links}</ul>'
    parts = themes.Parts(
        "en", f"Contact {b} Support", f"{b} Support", main, [], "", f"© 2025 {esc(b)}"
    )
    drafts["/"] = (themes.plain(parts, "body{font-family:system-ui,sans-serif}"), s0)
    for path, lang, country, idx, style in locales:
        s = _sheet(spec)
        h1, call, note = OFFICIAL_LABELS[lang]
        number = spec.phones[idx]
        main = (
            f'<nav class="breadcrumb"><a href="/">{esc(b)} Support</a> › {esc(country)}</nav><h1>{esc(h1)}</h1>'
            f'<div class="contact-option"><h2>{esc(call)}</h2><p class="number">{s.tel(number, s.num(number, style))}</p></div>'
            f'<p class="scam-note">{esc(note.format(b=b))}</p>'
        )
        parts = themes.Parts(
            lang,
            f"{h1} – {b} ({country})",
            f"{b} Support",
            main,
            [],
            "",
            f"© 2025 {esc(b)} · {esc(country)}",
        )
        drafts[path] = (themes.plain(parts, "body{font-family:system-ui,sans-serif}"), s)
    return drafts


# --- IT partner / reseller: own number, quotes genuine brand numbers -------------------

PARTNER_TEXT = {
    "nl": (
        "{n} – ICT-partner voor het MKB",
        "Uw ICT-partner in de regio",
        "Wij beheren werkplekken, Microsoft 365 en netwerken voor ruim 140 bedrijven. Microsoft Solutions Partner.",
        "Rechtstreeks contact met de fabrikant",
        "Voor licentievragen kunt u ook rechtstreeks de fabrikant bellen:",
        "Servicedesk",
        "Contact",
    ),
    "en": (
        "{n} – Managed IT services",
        "Your local IT partner",
        "We manage devices, Microsoft 365 and networks for over 140 businesses. Microsoft Solutions Partner.",
        "Contacting the manufacturer directly",
        "For licensing questions you can also call the manufacturer directly:",
        "Service desk",
        "Contact",
    ),
    "de": (
        "{n} – IT-Systemhaus",
        "Ihr IT-Partner vor Ort",
        "Wir betreuen Arbeitsplätze, Microsoft 365 und Netzwerke für über 140 Unternehmen. Microsoft Solutions Partner.",
        "Direkter Kontakt zum Hersteller",
        "Bei Lizenzfragen erreichen Sie den Hersteller auch direkt:",
        "Servicedesk",
        "Kontakt",
    ),
}


def it_partner(spec: Spec, rng: Random) -> Drafts:
    title, h1, lead, vendor_h, vendor_p, desk, contact = PARTNER_TEXT[spec.lang]
    own = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", "/contact", "/support"):
        s = _sheet(spec, ("microsoft",))
        desk_line = f'<p class="desk">{esc(desk)}: {s.tel(own, s.num(own, spec.opt("style", "national")), national=True)}</p>'
        main = f"<h1>{esc(h1)}</h1><p>{esc(lead)}</p>{desk_line}"
        if path == "/support":
            s.brand(*(brand for brand, _, _ in spec.opt("vendor_numbers")))
            rows = "".join(
                f"<li>{esc(BRAND_NAMES[brand])}: {s.num(spec.quoted[i], style, offered=False)}</li>"
                for brand, i, style in spec.opt("vendor_numbers")
            )
            main += f'<h2>{esc(vendor_h)}</h2><p>{esc(vendor_p)}</p><ul class="vendors">{rows}</ul>'
            main += f'<p><a href="https://get.teamviewer.com/{spec.host.split(".")[0]}">TeamViewer QuickSupport</a></p>'
        if path == "/contact":
            main += f"<address>{esc(spec.opt('address', ''))}</address>"
        parts = themes.Parts(
            spec.lang,
            title.format(n=spec.name),
            spec.name,
            main,
            [("/", "Home"), ("/support", "Support"), ("/contact", contact)],
            "",
            widgets.trust_footer(spec.lang, spec.name, spec.opt("reg", ""), 2025),
        )
        drafts[path] = (
            themes.astra(parts) if spec.opt("shell") == "astra" else themes.plain(parts),
            s,
        )
    return drafts


# --- repair shops on one shared Elementor theme, with a chat widget ---------------------

REPAIR_TEXT = {
    "nl": (
        "{n} | Computerreparatie en computerhulp aan huis",
        "Computerhulp aan huis in {c}",
        "Trage laptop, virus, kapot scherm of een nieuwe printer installeren? Wij komen bij u langs of helpen in de winkel.",
        ["Laptop en pc reparatie", "Virus verwijderen", "Data herstellen", "Hulp op afstand"],
        "Bel ons",
        "Openingstijden: ma–vr 9:00–17:30, za 10:00–16:00",
        ["Home", "Reparaties", "Contact"],
    ),
    "fr": (
        "{n} | Réparation d'ordinateurs à {c}",
        "Dépannage informatique à domicile à {c}",
        "PC lent, virus, écran cassé ou nouvelle imprimante ? Nous venons chez vous ou vous accueillons en magasin.",
        [
            "Réparation PC et portables",
            "Suppression de virus",
            "Récupération de données",
            "Assistance à distance",
        ],
        "Appelez-nous",
        "Horaires : lu–ve 9h–18h, sa 10h–16h",
        ["Accueil", "Réparations", "Contact"],
    ),
    "de": (
        "{n} | PC-Reparatur und Computerhilfe in {c}",
        "Computerhilfe vor Ort in {c}",
        "Langsamer Laptop, Virus, defektes Display oder neuer Drucker? Wir kommen zu Ihnen oder helfen im Laden.",
        ["Laptop- und PC-Reparatur", "Virenentfernung", "Datenrettung", "Fernwartung"],
        "Rufen Sie an",
        "Öffnungszeiten: Mo–Fr 9–18 Uhr, Sa 10–14 Uhr",
        ["Start", "Reparaturen", "Kontakt"],
    ),
}


def repair_elementor(spec: Spec, rng: Random) -> Drafts:
    title, h1, lead, services, call, hours, navl = REPAIR_TEXT[spec.lang]
    city = spec.opt("city", "")
    own = spec.phones[0]
    mobile = spec.phones[1] if len(spec.phones) > 1 else None
    paths = ["/", "/reparaties/" if spec.lang == "nl" else "/services/", "/contact/"]
    nav = list(zip(paths, navl, strict=True))
    drafts: Drafts = {}
    chat = {
        "tawk": widgets.tawk("62a1f0c7b0d10b6f3e8a1c2d/1g5k3l2m9"),
        "smartsupp": widgets.smartsupp("3f1a9c0e2b7d4a6f8e1c5b9d7a3f2e6c1b8d4a0f"),
        "livechat": widgets.livechat(15234781),
    }[spec.opt("chat", "tawk")]
    for path in paths:
        s = _sheet(spec)
        cards = "".join(
            themes.el_widget(
                "icon-box",
                f'<div class="elementor-icon-box-wrapper"><h3 class="elementor-icon-box-title"><span>{esc(x)}</span></h3></div>',
                f"{3 + i:02x}a{i}c1",
            )
            for i, x in enumerate(services)
        )
        head = themes.el_widget(
            "heading",
            f'<h1 class="elementor-heading-title elementor-size-default">{esc(h1.format(c=city))}</h1>',
            "6f2c1d0",
        )
        text = themes.el_widget("text-editor", f"<p>{esc(lead)}</p><p>{esc(hours)}</p>", "1b9e4a7")
        btn = themes.el_widget(
            "button",
            f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="tel:{national_digits(own)}"><span class="elementor-button-text">{esc(call)} {s.num(own, spec.opt("style", "national"))}</span></a></div>',
            "8d3a2f5",
        )
        main = themes.el_section(head + text + btn, "4e7b9c2")
        if path == paths[1]:
            main += themes.el_section(cards, "2a6d8e1", "elementor-section-full_width")
        if path == "/contact/":
            addr = themes.el_widget(
                "text-editor",
                f"<p>{esc(spec.opt('address', ''))}</p><p>{esc(spec.opt('reg', ''))}</p>",
                "5c8f0b3",
            )
            main += themes.el_section(addr, "7e1c4a9")
        footer = f"<p>{esc(spec.name)} · {esc(spec.opt('address', ''))} · {s.num(own, 'intl')}</p>"
        end = (
            chat
            + (widgets.whatsapp_float(s, mobile, "WhatsApp") if mobile else "")
            + widgets.cookie_banner(spec.lang)
        )
        parts = themes.Parts(
            spec.lang,
            title.format(n=spec.name, c=city),
            spec.name,
            main,
            nav,
            "",
            footer,
            body_end=end,
            page_id=7 if path == "/" else 21,
        )
        drafts[path] = (themes.elementor(parts), s)
    return drafts


# --- news articles about fake helpdesks that quote the scam numbers ----------------------

NEWS = {
    "nl": (
        "Politie waarschuwt voor nep-helpdesks: 'Bel nooit een nummer uit een zoekresultaat'",
        [
            "Oplichters zetten websites op die zich voordoen als de helpdesk van Microsoft of Apple. Wie het nummer belt, krijgt een 'medewerker' aan de lijn die vraagt AnyDesk te installeren.",
            "Een 71-jarige vrouw uit Apeldoorn raakte zo ruim 9.000 euro kwijt. Zij belde het nummer {0} dat bovenaan haar zoekresultaten stond.",
            "Volgens de Fraudehelpdesk kwamen dit jaar ook meldingen binnen over {1} en {2}. 'Het zijn steeds dezelfde sites met een ander telefoonnummer,' zegt een woordvoerder.",
            "Microsoft benadrukt dat het nooit ongevraagd belt en geen telefoonnummers in advertenties gebruikt.",
        ],
        "Door onze redactie",
    ),
    "fr": (
        "Arnaque au faux support technique : des Belges piégés par de faux numéros Microsoft",
        [
            "De faux sites d'assistance apparaissent en tête des résultats de recherche. Au bout du fil, un prétendu technicien demande d'installer un logiciel de prise de contrôle à distance.",
            "Un habitant de Namur a perdu 4.500 euros après avoir appelé le {0}.",
            "Le SPF Économie a également reçu des signalements pour les numéros {1} et {2}.",
            "Microsoft rappelle qu'il ne contacte jamais ses clients par téléphone de sa propre initiative.",
        ],
        "Par la rédaction",
    ),
    "de": (
        "Falsche Microsoft-Hotline: Verbraucherzentrale warnt vor Betrugsmasche",
        [
            "Betrüger schalten Webseiten, die wie der offizielle Support von Microsoft aussehen. Anrufer sollen eine Fernwartungssoftware installieren.",
            "Ein Rentner aus Bielefeld verlor so 6.200 Euro, nachdem er die Nummer {0} gewählt hatte.",
            "Gemeldet wurden außerdem die Rufnummern {1} und {2}.",
            "Microsoft betont, dass das Unternehmen niemals unaufgefordert anruft.",
        ],
        "Von unserer Redaktion",
    ),
    "fi": (
        "Poliisi varoittaa: huijarit esiintyvät Microsoftin tukena",
        [
            "Huijarit ovat perustaneet sivustoja, jotka näyttävät Microsoftin asiakastuelta. Soittajaa pyydetään asentamaan etäkäyttöohjelma.",
            "Espoolainen mies menetti 3 800 euroa soitettuaan numeroon {0}.",
            "Poliisin tietoon ovat tulleet myös numerot {1} ja {2}.",
            "Microsoft muistuttaa, ettei se koskaan soita asiakkaille pyytämättä.",
        ],
        "Toimitus",
    ),
    "en": (
        "Fake tech support sites top search results, watchdog warns",
        [
            "Scammers are running websites that pose as Microsoft and Norton help desks. Callers are told to install remote access software and then asked to pay for 'repairs'.",
            "One reader from Leeds lost £2,300 after calling {0}, a number listed on a site claiming to be Norton support.",
            "Action Fraud has also received reports about {1} and {2}.",
            "Genuine companies will never ask you to pay in gift cards or to let a stranger take over your computer.",
        ],
        "By our technology reporter",
    ),
}


def news_article(spec: Spec, rng: Random) -> Drafts:
    headline, paras, byline = NEWS[spec.lang]
    styles = spec.opt("styles", ["national", "national", "national"])
    s = _sheet(spec)
    quoted = [s.num(n, styles[i], offered=False) for i, n in enumerate(spec.quoted[:3])]
    body = "".join(f"<p>{esc(p).format(*quoted) if '{' in p else esc(p)}</p>" for p in paras)
    art_path = spec.opt("path", "/nieuws/2025/10/nep-helpdesks/")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": "2025-10-14T07:30:00+02:00",
        "author": {"@type": "Organization", "name": spec.name},
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    main = (
        f'<article class="article"><header><h1 class="article__title">{esc(headline)}</h1><p class="byline">{esc(byline)} · <time datetime="2025-10-14">14 oktober 2025</time></p></header>'
        f'<div class="article__body">{body}</div></article>'
    )
    tip = spec.opt("tipline")
    footer = esc(f"© 2025 {spec.name}")
    if tip is not None:
        footer += f" · Tips: {s.num(spec.phones[tip], 'national')}"
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    nav = [("/", "Home"), ("/binnenland/", "Binnenland" if spec.lang == "nl" else "Inland")]
    drafts: Drafts = {
        art_path: (
            themes.plain(
                themes.Parts(
                    spec.lang,
                    f"{headline} | {spec.name}",
                    spec.name,
                    main,
                    nav,
                    "",
                    footer,
                    head_extra=head,
                )
            ),
            s,
        )
    }
    for path in ("/", "/contact/"):
        p = _named(spec, headline) if path == "/" else Sheet()
        tail = esc(f"© 2025 {spec.name}") + (
            f" · Tips: {p.num(spec.phones[tip], 'national')}" if tip is not None else ""
        )
        if path == "/":
            body = f'<section class="teasers"><h2>{"Laatste nieuws" if spec.lang == "nl" else "Latest"}</h2><ul><li><a href="{art_path}">{esc(headline)}</a></li><li><a href="/sport/">Sport</a></li></ul></section>'
        else:
            body = f"<h1>Contact</h1><p>redactie@{esc(spec.host.removeprefix('www.'))}</p>"
        drafts[path] = (
            themes.plain(
                themes.Parts(
                    spec.lang,
                    spec.name if path == "/" else f"Contact | {spec.name}",
                    spec.name,
                    body,
                    nav,
                    "",
                    tail,
                )
            ),
            p,
        )
    return drafts


# --- consumer forum threads ----------------------------------------------------------------

FORUM = {
    "nl": (
        "Gebeld door 'Microsoft', nu AnyDesk op mijn pc – wat moet ik doen?",
        [
            (
                "oma_truus",
                "Ik zocht hulp met Windows en belde {0}. De man zei dat mijn pc gehackt was en liet me AnyDesk installeren. Daarna wilde hij mijn bankapp zien. Ik heb opgehangen, maar wat nu?",
            ),
            (
                "PCdokter_Henk",
                "Direct internet uit, AnyDesk verwijderen en je bank bellen. {0} staat al bekend als nep-helpdesk. Hetzelfde riedeltje gebeurt met {1}.",
            ),
            (
                "Marloes77",
                "Bij mijn vader was het {2}, ook via een 'Apple support' site. Melden bij de Fraudehelpdesk!",
            ),
        ],
    ),
    "de": (
        "Falsche Microsoft-Hotline angerufen – AnyDesk installiert, was tun?",
        [
            (
                "helga_k",
                "Ich habe Hilfe für Windows gesucht und {0} angerufen. Der Mann wollte, dass ich AnyDesk installiere und mich beim Online-Banking anmelde.",
            ),
            (
                "Admin_Rolf",
                "Sofort Internet trennen, AnyDesk deinstallieren, Bank anrufen und Anzeige erstatten. Die Nummer {0} ist bekannt, ebenso {1}.",
            ),
            ("tobi_83", "Bei uns war es {2}. Gleiche Masche."),
        ],
    ),
    "en": (
        "Called 'Norton support' and they wanted remote access – scam?",
        [
            (
                "daveh",
                "My subscription email said it renewed for $399, so I called {0}. They asked me to install UltraViewer to process a refund.",
            ),
            (
                "CyberSue",
                "100% scam. Uninstall UltraViewer, change your passwords and call your bank. {0} and {1} are both listed on scam trackers.",
            ),
            ("mike_t", "Same thing with {2} last week, they claimed to be McAfee."),
        ],
    ),
    "fr": (
        "Appelé un faux support Microsoft, il a pris la main sur mon PC",
        [
            (
                "josiane",
                "J'ai cherché de l'aide pour Windows et appelé le {0}. Le technicien m'a fait installer AnyDesk puis voulait que j'ouvre ma banque en ligne.",
            ),
            (
                "modo_marc",
                "Coupez internet, désinstallez AnyDesk et prévenez votre banque. Le {0} est connu, tout comme le {1}.",
            ),
            ("lucien_b", "Chez ma mère c'était le {2}."),
        ],
    ),
}


def forum_thread(spec: Spec, rng: Random) -> Drafts:
    title, posts = FORUM[spec.lang]
    styles = spec.opt("styles", ["national", "national", "national"])
    s = _sheet(spec)
    quoted = [s.num(n, styles[i], offered=False) for i, n in enumerate(spec.quoted[:3])]
    items = "".join(
        f'<article class="message message--post" data-author="{esc(a)}" id="post-{1000 + i}"><div class="message-cell message-cell--user"><h4 class="message-name">{esc(a)}</h4></div>'
        f'<div class="message-cell message-cell--main"><div class="message-content"><div class="bbWrapper">{esc(t).format(*quoted)}</div></div></div></article>'
        for i, (a, t) in enumerate(posts)
    )
    path = spec.opt("path", "/threads/nep-helpdesk.48213/")
    main = f'<div class="p-body"><h1 class="p-title-value">{esc(title)}</h1><div class="block-body js-replyNewMessageContainer">{items}</div></div>'
    nav = [("/", "Forums"), ("/whats-new/", "What's new")]
    s_home = _named(spec, title)
    home = f'<h1>{esc(spec.name)}</h1><ol class="node-list"><li><a href="{path}">{esc(title)}</a></li></ol>'
    return {
        path: (
            themes.plain(themes.Parts(spec.lang, f"{title} | {spec.name}", spec.name, main, nav)),
            s,
        ),
        "/": (themes.plain(themes.Parts(spec.lang, spec.name, spec.name, home, nav)), s_home),
        "/misc/contact": (
            themes.plain(
                themes.Parts(
                    spec.lang,
                    f"Contact | {spec.name}",
                    spec.name,
                    "<h1>Contact</h1><form><textarea></textarea></form>",
                    nav,
                )
            ),
            Sheet(),
        ),
    }


# --- number-lookup directories ("wie belde mij?", tellows-style) -------------------------

LOOKUP = {
    "nl": (
        "Wie belde mij?",
        "Recent opgezochte nummers",
        "Beoordeling",
        "Reacties",
        "Onbetrouwbaar",
        "Betrouwbaar",
        "/nummer/",
        [
            "Zei van Microsoft te zijn, wilde AnyDesk laten installeren.",
            "Nep-helpdesk! Niet bellen.",
            "Pakketbezorger, gewoon netjes.",
            "Mijn bank, klopt.",
        ],
    ),
    "de": (
        "Wer ruft an?",
        "Zuletzt gesuchte Nummern",
        "Score",
        "Kommentare",
        "Unseriös",
        "Seriös",
        "/num/",
        [
            "Angeblich Microsoft-Support, wollte Fernzugriff.",
            "Betrug, nicht zurückrufen!",
            "Paketdienst, alles ok.",
            "Meine Krankenkasse.",
        ],
    ),
    "en": (
        "Who called me?",
        "Recently searched numbers",
        "Rating",
        "Comments",
        "Scam",
        "Safe",
        "/number/",
        [
            "Said they were Microsoft, asked for remote access.",
            "Fake tech support, avoid.",
            "Delivery company, legit.",
            "My pharmacy.",
        ],
    ),
}


def lookup_directory(spec: Spec, rng: Random) -> Drafts:
    title, recent, score_l, comments_l, bad, good, prefix, comments = LOOKUP[spec.lang]
    bad_set = set(spec.opt("bad", []))
    drafts: Drafts = {}
    s = _sheet(spec)
    rows = []
    for n in spec.quoted:
        shown = s.num(n, spec.opt("style", "compact"), offered=False)
        verdict = bad if n in bad_set else good
        rows.append(
            f'<tr><td><a href="{prefix}{national_digits(n)}">{shown}</a></td><td class="score s{rng.randint(7, 9) if n in bad_set else rng.randint(1, 3)}">{esc(verdict)}</td><td>{rng.randint(2, 140)}</td></tr>'
        )
    main = (
        f'<h1>{esc(title)}</h1><form action="/zoek"><input name="q" placeholder="0612345678"></form><h2>{esc(recent)}</h2>'
        f'<table class="numbers"><thead><tr><th>#</th><th>{esc(score_l)}</th><th>{esc(comments_l)}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )
    drafts["/"] = (
        themes.plain(
            themes.Parts(
                spec.lang,
                f"{title} – {spec.name}",
                spec.name,
                main,
                [("/", title)],
                "",
                f"© {esc(spec.name)}",
            )
        ),
        s,
    )
    for n in spec.quoted:
        p = Sheet()
        bad_no = n in bad_set
        texts = comments[:2] if bad_no else comments[2:]
        if bad_no:
            p.brand("microsoft")
        items = "".join(
            f'<li class="comment"><span class="date">{rng.randint(1, 28)}.{rng.randint(1, 11)}.2025</span> {esc(c)}</li>'
            for c in texts
        )
        body = (
            f'<h1>{p.num(n, "national", offered=False)}</h1><p class="alt">{p.num(n, "intl", offered=False)} · {p.num(n, "compact", offered=False)}</p>'
            f'<div class="rating">{esc(score_l)}: {esc(bad if bad_no else good)}</div><h2>{esc(comments_l)}</h2><ul>{items}</ul>'
        )
        drafts[prefix + national_digits(n)] = (
            themes.plain(
                themes.Parts(
                    spec.lang, f"{write_title(n)} – {title}", spec.name, body, [("/", title)]
                )
            ),
            p,
        )
    drafts["/contact"] = (
        themes.plain(
            themes.Parts(
                spec.lang,
                f"Contact – {spec.name}",
                spec.name,
                f"<h1>Contact</h1><p>info@{esc(spec.host)}</p>",
                [("/", title)],
            )
        ),
        Sheet(),
    )
    return drafts


def write_title(e164: str) -> str:
    return national_digits(e164)


# --- warning pages: consumer authority, bank fraud page, police --------------------------

WARN = {
    "nl": (
        "Pas op voor nep-helpdesks",
        [
            "Criminelen doen zich voor als medewerker van een bekende helpdesk, zoals Microsoft. Ze vragen u software te installeren waarmee ze uw computer overnemen.",
            "Deze nummers zijn bij ons gemeld:",
            "Bent u gebeld of heeft u gebeld? Verbreek de verbinding, verwijder de software en neem contact met ons op.",
        ],
        "Contact",
    ),
    "fr": (
        "Attention aux faux services d'assistance",
        [
            "Des escrocs se font passer pour le support de Microsoft ou d'Apple et vous demandent d'installer un logiciel de contrôle à distance.",
            "Numéros signalés :",
            "Vous avez été victime ? Coupez la connexion, désinstallez le logiciel et contactez-nous.",
        ],
        "Contact",
    ),
    "en": (
        "Beware of fake tech support",
        [
            "Criminals pose as support staff of well-known companies such as Microsoft and ask you to install software that lets them take over your computer.",
            "Numbers reported to us:",
            "If you called one of them, disconnect, uninstall the software and contact us.",
        ],
        "Contact",
    ),
    "de": (
        "Vorsicht vor falschem Technik-Support",
        [
            "Kriminelle geben sich als Mitarbeiter bekannter Firmen wie Microsoft aus und lassen Sie Fernwartungssoftware installieren.",
            "Uns gemeldete Nummern:",
            "Haben Sie angerufen? Trennen Sie die Verbindung, deinstallieren Sie die Software und melden Sie sich bei uns.",
        ],
        "Kontakt",
    ),
}


def warning_page(spec: Spec, rng: Random) -> Drafts:
    title, paras, contact = WARN[spec.lang]
    s = _sheet(spec)
    styles = spec.opt("styles", ["national"] * len(spec.quoted))
    listed = "".join(
        f"<li>{s.num(n, styles[i % len(styles)], offered=False)}</li>"
        for i, n in enumerate(spec.quoted)
    )
    own = spec.phones[0] if spec.phones else None
    tail = (
        f'<p class="ours">{esc(contact)}: {s.tel(own, s.num(own, spec.opt("own_style", "national")), national=True)}</p>'
        if own
        else ""
    )
    main = f'<h1>{esc(title)}</h1><p>{esc(paras[0])}</p><h2>{esc(paras[1])}</h2><ul class="reported">{listed}</ul><p>{esc(paras[2])}</p>{tail}'
    path = spec.opt("path", "/fraude/nep-helpdesk")
    home_s = Sheet()
    home_tail = (
        f"<p>{esc(contact)}: {home_s.num(own, spec.opt('own_style', 'national'))}</p>"
        if own
        else ""
    )
    home = f'<h1>{esc(spec.name)}</h1><p><a href="{path}">{esc(title)}</a></p>{home_tail}'
    nav = [("/", "Home"), (path, title)]
    foot = widgets.cookie_banner(spec.lang)
    contact_s = Sheet()
    contact_main = f"<h1>{esc(contact)}</h1>" + (
        f"<p>{contact_s.tel(own, contact_s.num(own, 'intl'))}</p>" if own else "<p>Formulier</p>"
    )
    return {
        path: (
            themes.plain(
                themes.Parts(
                    spec.lang, f"{title} | {spec.name}", spec.name, main, nav, body_end=foot
                )
            ),
            s,
        ),
        "/": (
            themes.plain(themes.Parts(spec.lang, spec.name, spec.name, home, nav, body_end=foot)),
            home_s,
        ),
        "/contact": (
            themes.plain(
                themes.Parts(spec.lang, f"{contact} | {spec.name}", spec.name, contact_main, nav)
            ),
            contact_s,
        ),
    }


# --- blogs -----------------------------------------------------------------------------

BLOG = {
    "nl": (
        "Windows 11 sneller maken: 9 tips die echt werken",
        [
            "Opstartprogramma's uitzetten scheelt het meest. Open Taakbeheer en kijk bij Opstarten.",
            "Controleer ook of Windows Update klaar is; een half geïnstalleerde update vertraagt alles.",
            "Twijfelt u aan een melding dat uw pc geïnfecteerd is? Bel nooit een nummer uit zo'n melding. Microsoft belt ook nooit zelf.",
        ],
    ),
    "en": (
        "Fixing a printer that says 'offline' on Windows",
        [
            "First check that the printer and PC are on the same Wi-Fi network.",
            "Then remove the printer in Settings and add it again; Windows will fetch the driver itself.",
            "Never call a 'printer support' number from an ad: the manufacturer's support is on its own website.",
        ],
    ),
    "fi": (
        "Näin tunnistat tukihuijauksen",
        [
            "Huijari soittaa tai näyttää selaimessa varoituksen, jossa pyydetään soittamaan tukeen.",
            "Oikea Microsoft ei koskaan soita sinulle pyytämättä.",
            "Jos epäilet, sulje selain ja käynnistä kone uudelleen.",
        ],
    ),
    "de": (
        "Fritzbox, WLAN und der Drucker: meine Notizen",
        [
            "Der Drucker verliert ständig das WLAN? Feste IP-Adresse vergeben hilft meistens.",
            "Firmware aktualisieren nicht vergessen.",
            "Und: Keine Hotline aus einer Werbeanzeige anrufen.",
        ],
    ),
}


def blog(spec: Spec, rng: Random) -> Drafts:
    title, paras = BLOG[spec.lang]
    s = _sheet(spec)
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if spec.quoted:
        maker = BRAND_NAMES[spec.brands[0]] if spec.brands else ""
        body += f"<p>{'Officiële' if spec.lang == 'nl' else 'Official'} {esc(maker)} support: {s.num(spec.quoted[0], spec.opt('style', 'national'), offered=False)}</p>"
    author = spec.opt("author", "")
    if spec.phones:
        body += f'<p class="author-box">{esc(author)} · {s.num(spec.phones[0], "national")}</p>'
    parts = themes.Parts(
        spec.lang,
        f"{title} – {spec.name}",
        spec.name,
        f"<h2 class='post-title'>{esc(title)}</h2>{body}",
        [("/", "Home"), ("/about/", "About")],
        "",
        f"© {esc(spec.name)}",
    )
    shell = spec.opt("shell", "astra")
    render = {
        "astra": themes.astra,
        "jekyll": themes.jekyll,
        "blogger": lambda p: themes.blogger(p, "4410398271650293847"),
    }[shell]
    about_s = Sheet()
    about_body = f"<h2>About</h2><p>{esc(author or spec.name)}</p>" + (
        f"<p>{about_s.num(spec.phones[0], 'intl')}</p>" if spec.phones else ""
    )
    post_path = spec.opt("path", "/2025/06/tips/")
    home = themes.Parts(
        spec.lang,
        spec.name,
        spec.name,
        f'<ul><li><a href="{post_path}">{esc(title)}</a></li></ul>',
        [("/", "Home")],
    )
    return {
        post_path: (render(parts), s),
        "/": (render(home), Sheet()),
        "/about/": (
            render(themes.Parts(spec.lang, "About", spec.name, about_body, [("/", "Home")])),
            about_s,
        ),
    }


# --- ordinary businesses with short names, trust footers and banners --------------------

BIZ = {
    "nl": (
        "Welkom bij {n}",
        "Contact",
        "Bel ons",
        "Wij zijn bereikbaar op werkdagen van 9 tot 17 uur.",
    ),
    "en": ("Welcome to {n}", "Contact", "Call us", "We are open Monday to Friday, 9am to 5pm."),
    "de": (
        "Willkommen bei {n}",
        "Kontakt",
        "Rufen Sie uns an",
        "Wir sind werktags von 9 bis 17 Uhr erreichbar.",
    ),
    "fr": (
        "Bienvenue chez {n}",
        "Contact",
        "Appelez-nous",
        "Nous sommes joignables du lundi au vendredi de 9h à 17h.",
    ),
    "fi": ("Tervetuloa, {n}", "Yhteystiedot", "Soita meille", "Palvelemme arkisin klo 9–17."),
}


def business(spec: Spec, rng: Random) -> Drafts:
    welcome, contact, call, hours = BIZ[spec.lang]
    about = spec.opt("about", "")
    own = spec.phones[0]
    style = spec.opt("style", "national")
    shell = spec.opt("shell", "plain")
    drafts: Drafts = {}
    contact_path = "/pages/contact" if shell == "shopify" else "/contact"
    for path in ("/", contact_path):
        s = _sheet(spec)
        body = f"<h1>{esc(welcome.format(n=spec.name))}</h1><p>{esc(about)}</p><p>{esc(hours)}</p>"
        if path == contact_path:
            body += f"<h2>{esc(contact)}</h2><p>{esc(call)}: {s.tel(own, s.num(own, style), national=spec.opt('tel_national', False))}</p><p>{esc(spec.opt('address', ''))}</p>"
            for extra in spec.phones[1:]:
                body += f"<p>{s.num(extra, 'intl')}</p>"
        footer = (
            widgets.trust_footer(spec.lang, spec.name, spec.opt("reg", ""), 2025)
            + f"<p>{s.num(own, style)}</p>"
        )
        if spec.opt("trustpilot"):
            footer += widgets.trustpilot_badge(spec.lang, "5d1e2f3a4b5c6d7e8f9a0b1c")
        end = widgets.cookie_banner(spec.lang, spec.opt("cookies", "cookieyes")) + (
            widgets.gtm("GTM-" + spec.name[:3].upper() + "7Q2") if spec.opt("gtm") else ""
        )
        parts = themes.Parts(
            spec.lang,
            f"{spec.name} – {spec.opt('tagline', '')}",
            spec.name,
            body,
            [("/", "Home"), (contact_path, contact)],
            "",
            footer,
            body_end=end,
        )
        html = {
            "plain": themes.plain,
            "elementor": themes.elementor,
            "divi": themes.divi,
            "wix": themes.wix,
            "astra": themes.astra,
            "shopify": lambda p: themes.shopify(p, spec.host),
        }[shell](parts)
        drafts[path] = (html, s)
    return drafts
