"""Eleventh batch of held-out honest templates: page shells no earlier batch uses.

nl_kadence_boekhouder and nl_kadence_pcwinkel (a Zwolle bookkeeping office and a Zwolle
computer shop on the same WordPress Kadence theme markup with the same Tidio chat
widget, each with its own number), nl_dnn_ict_bedrijf (a Utrecht IT company since 2006
on an old DNN site, with "hulp op afstand", "7 dagen per week" and "monteurs"),
de_zeitung_polizeibericht (a German regional paper's police report on a fake "Windows
Defender" warning, quoting the number it showed), gb_lemmy_thread (a British scam-talk
Lemmy thread quoting a "safe account" fraud line), be_nummerzoeker_fiche (a Belgian
number-lookup page for a Dutch number from a fake renewal invoice), us_hpsmart_contact
(HP Smart's own support contact page with HP's genuine US number) and fi_konehuolto_shop
(a Tampere computer repair shop with its Y-tunnus, own number and remote help).
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


def _q(s: Sheet, e164: str, style: str = "national") -> str:
    return s.num(e164, style, offered=False)


def _home(spec: Spec, link: str, label: str, blurb: str) -> tuple[str, Sheet]:
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>{esc(blurb)}</p><p><a href="{link}">{esc(label)}</a></p></main>'
    )
    return document(spec.lang, spec.name, body), Sheet()


# --- two honest businesses on one WordPress Kadence theme with a Tidio chat ------------


def _kadence(
    spec: Spec, rng: Random, s: Sheet, tagline: str, intro: str, cards: tuple, extra: str
) -> str:
    own = spec.phones[0]
    ver = "1.2.9"
    slug = spec.host.removeprefix("www.").split(".")[0]
    tiles = "".join(
        '<div class="wp-block-kadence-column kadence-column_' + f'{i}{rng.randint(100, 999)}">'
        '<div class="kt-inside-inner-col"><div class="wp-block-kadence-infobox kt-info-box">'
        f'<div class="kt-blocks-info-box-text-wrap"><h3 class="kt-blocks-info-box-title">{esc(a)}</h3>'
        f'<p class="kt-blocks-info-box-text">{esc(b)}</p></div></div></div></div>'
        for i, (a, b) in enumerate(cards)
    )
    return (
        f'<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Naar de inhoud springen</a>'
        '<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>'
        '<div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap">'
        '<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard">'
        '<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row">'
        f'<div class="site-header-main-section-left site-header-section"><div class="site-branding branding-layout-standard">'
        f'<a class="brand" href="/" rel="home"><p class="site-title">{esc(spec.name)}</p></a></div></div>'
        '<div class="site-header-main-section-right site-header-section"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" aria-label="Primaire navigatie">'
        '<div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">'
        '<li class="menu-item current-menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/diensten/">Diensten</a></li>'
        '<li class="menu-item"><a href="/over-ons/">Over ons</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></div></nav>'
        "</div></div></div></div></div></div></div></div></header>"
        '<div id="inner-wrap" class="wrap hfeed kt-clear"><main id="main" class="site-main" role="main">'
        '<div class="content-wrap"><article class="entry content-bg single-entry post-footer-area-boxed page type-page status-publish">'
        '<div class="entry-content-wrap"><div class="entry-content single-content">'
        f'<div class="wp-block-kadence-rowlayout alignfull"><div class="kt-row-layout-inner kt-layout-id_{rng.randint(100000, 999999)}">'
        f'<div class="kt-row-column-wrap kt-has-1-columns"><div class="wp-block-kadence-column"><div class="kt-inside-inner-col">'
        f'<h1 class="kt-adv-heading wp-block-kadence-advancedheading">{esc(tagline)}</h1><p>{esc(intro)}</p>'
        f'<div class="wp-block-kadence-advancedbtn kb-buttons-wrap"><a class="kb-button kt-button button kb-btn-global-fill" href="{numbers.tel_href(own)}">'
        f'<span class="kt-btn-inner-text">Bel {s.num(own, "national")}</span></a></div></div></div></div></div></div>'
        f'<div class="wp-block-kadence-rowlayout"><div class="kt-row-column-wrap kt-has-3-columns">{tiles}</div></div>'
        f"{extra}</div></div></article></div></main>"
        '<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container">'
        f'<div class="site-container"><div class="site-footer-row"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner">'
        f'<p>&copy; 2026 {esc(spec.name)} · {s.num(own, "national")} · <a href="/privacyverklaring/">Privacyverklaring</a></p>'
        "<p>Gemaakt met Kadence WP</p></div></div></div></div></div></div></footer></div>"
        f'<script id="kadence-navigation-js" src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver={ver}"></script>'
        f'<script src="//code.tidio.co/{slug}{rng.randint(1000, 9999)}tidio.js" async></script>'
    )


def _kadence_head(spec: Spec) -> str:
    return (
        '<meta name="generator" content="WordPress 6.5.3">\n'
        "<link rel='stylesheet' id='kadence-global-css' href='/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all'>\n"
        "<link rel='stylesheet' id='kadence-blocks-rowlayout-css' href='/wp-content/plugins/kadence-blocks/dist/style-blocks-rowlayout.css?ver=3.2.38' media='all'>\n"
    )


@branded
def nl_kadence_boekhouder(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    kvk = rng.randint(5000000, 9999999)
    extra = (
        '<div class="wp-block-kadence-rowlayout"><div class="kt-inside-inner-col">'
        "<h2>Stel uw vraag via de chat</h2><p>Heeft u een korte vraag over uw aangifte, btw of loonadministratie? "
        "Rechtsonder vindt u onze chat; tijdens kantooruren antwoordt een van onze medewerkers meestal binnen een paar "
        "minuten. Buiten kantooruren laat u een bericht achter en bellen wij u de volgende werkdag terug.</p>"
        f"<p>Melkmarkt 24, 8011 MC Zwolle · KvK 0{kvk} · lid van NOAB</p></div></div>"
    )
    body = _kadence(
        spec,
        rng,
        s,
        "Uw boekhouding in vertrouwde handen",
        "Al ruim 15 jaar verzorgen wij de administratie en belastingaangiftes van zzp'ers, mkb en particulieren "
        "in Zwolle en omgeving. Persoonlijk, met een vaste contactpersoon.",
        (
            (
                "Boekhouding",
                "Volledige administratie of alleen de controle, ook in Moneybird of e-Boekhouden.",
            ),
            (
                "Belastingaangifte",
                "Inkomstenbelasting, btw-aangifte en toeslagen, op tijd en zonder zorgen.",
            ),
            ("Loonadministratie", "Salarisstroken, loonaangifte en jaaropgaven voor uw personeel."),
        ),
        extra,
    )
    return {
        "/": (
            document(
                spec.lang,
                f"{spec.name} – boekhouding en belastingaangifte in Zwolle",
                body,
                _kadence_head(spec),
            ),
            s,
        )
    }


@branded
def nl_kadence_pcwinkel(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    kvk = rng.randint(5000000, 9999999)
    extra = (
        '<div class="wp-block-kadence-rowlayout"><div class="kt-inside-inner-col">'
        "<h2>Hulp op afstand</h2><p>Klant bij ons? Bel eerst even of stuur een bericht via de chat. Daarna vragen "
        "wij u TeamViewer QuickSupport te starten en ons de ID te geven; u ziet alles wat wij doen. Wij bellen nooit "
        "zelf onaangekondigd over een virus of een Windows-licentie – krijgt u zo'n telefoontje, hang dan op.</p>"
        "<h2>Winkel</h2><p>Nieuwe en refurbished laptops, Microsoft 365 installeren, data overzetten en reparaties "
        "in onze werkplaats. Openingstijden: di–vr 9:30–17:30, za 10:00–16:00.</p>"
        f"<p>Assendorperstraat 88, 8012 DG Zwolle · KvK 0{kvk}</p></div></div>"
    )
    body = _kadence(
        spec,
        rng,
        s,
        "Computerwinkel en reparatie in Zwolle",
        "Laptop kapot, pc traag of een nieuwe computer nodig? Kom langs in de winkel, laat uw apparaat ophalen, "
        "of laat ons op afstand meekijken. Sinds 2019 in de Assendorperstraat.",
        (
            ("Reparatie", "Schermen, accu's, SSD-upgrades en Windows opnieuw installeren."),
            ("Virus verwijderen", "Vaste prijs van € 59, ook als het langer duurt."),
            (
                "Hulp aan huis",
                "Wifi, printer of een nieuwe laptop instellen in Zwolle en omstreken.",
            ),
        ),
        extra,
    )
    return {
        "/": (
            document(
                spec.lang, f"{spec.name} – computerwinkel en reparatie", body, _kadence_head(spec)
            ),
            s,
        )
    }


# --- an old Utrecht IT company on DNN (DotNetNuke) --------------------------------------


@branded
def nl_dnn_ict_bedrijf(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "spaced_dash")  # 030 - 231 66 45
    kvk = rng.randint(30000000, 32999999)
    viewstate = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        for _ in range(120)
    )
    mid = rng.randint(400, 900)

    def module(title: str, inner: str) -> str:
        nonlocal mid
        mid += 1
        return (
            f'<div class="DnnModule DnnModule-DNN_HTML DnnModule-{mid}"><a name="{mid}"></a>'
            f'<div class="c_container"><h2 class="c_title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2>'
            f'<div id="dnn_ctr{mid}_ContentPane" class="c_content"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModDNNHTMLC">'
            f'<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">{inner}</div></div></div></div></div>'
        )

    body = (
        '<form method="post" action="/" id="Form" enctype="multipart/form-data">'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}">'
        '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334">'
        '<div id="dnn_wrapper"><div id="dnn_header"><div id="dnn_dnnLOGO_hypLogo">'
        f'<a href="/" title="{esc(spec.name)}"><img src="/Portals/0/vdl-logo.png" alt="{esc(spec.name)}"></a></div>'
        '<ul class="topLevel"><li class="item selected"><a href="/">Home</a></li><li class="item"><a href="/Diensten">Diensten</a></li>'
        '<li class="item"><a href="/Klanten">Klanten</a></li><li class="item"><a href="/Vacatures">Vacatures</a></li>'
        '<li class="item"><a href="/Over-ons">Over ons</a></li></ul></div>'
        '<div id="dnn_ContentPane" class="contentPane">'
        + module(
            "ICT-beheer voor het mkb sinds 2006",
            "<p>Van der Linden ICT verzorgt al bijna twintig jaar de complete automatisering van kantoren, praktijken "
            "en winkels in de regio Utrecht. Met twaalf vaste medewerkers, waarvan acht monteurs, kennen wij onze "
            "klanten persoonlijk.</p>",
        )
        + module(
            "Hulp op afstand en op locatie",
            "<p>Storing? Onze servicedesk is 7 dagen per week bereikbaar voor klanten met een beheercontract. Vaak lossen "
            "we het direct op met hulp op afstand; lukt dat niet, dan staat er binnen vier uur een monteur bij u op de stoep.</p>"
            "<p>Hulp op afstand start u zelf via de snelkoppeling op uw bureaublad; onze monteur stelt zich altijd eerst "
            "voor met naam en ticketnummer.</p>",
        )
        + module(
            "Microsoft 365, netwerk en werkplekken",
            "<ul><li>Microsoft 365 en Exchange Online beheren</li><li>Netwerken, wifi en firewalls</li>"
            "<li>Back-up in een Nederlands datacenter</li><li>Werkplekken leveren en installeren</li></ul>",
        )
        + "</div>"
        '<div id="dnn_FooterPane" class="footerPane">'
        + module(
            "Contact",
            f'<p>Servicedesk: <a href="{numbers.tel_href(own, national=True)}">{shown}</a> · servicedesk@vanderlinden-ict.nl</p>'
            f"<p>Van der Linden ICT B.V. · Nijverheidsweg 16, 3534 AM Utrecht · KvK {kvk}</p>",
        )
        + '</div><div id="dnn_copyright"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2006-2026 door Van der Linden ICT</span></div>'
        "</div></form>"
        '<script src="/Resources/Shared/Scripts/jquery/jquery.min.js?cdv=142"></script>'
        '<script src="/js/dnn.modalpopup.js?cdv=142"></script>'
    )
    s.hidden(own)
    head = '<meta name="GENERATOR" content="DotNetNuke ">\n<link href="/Portals/_default/Skins/Xcillion/skin.css?cdv=142" rel="stylesheet">\n'
    return {"/": (document(spec.lang, f"{spec.name} > Home", body, head), s)}


# --- a German regional paper's police report on a fake "Windows Defender" warning -------


@branded
def de_zeitung_polizeibericht(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    slug = (
        "/lokales/polizei/falsche-windows-warnung-seniorin-verliert-1800-euro-id"
        + str(rng.randint(67000000, 67999999))
        + ".html"
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Falsche Windows-Warnung: Seniorin verliert 1800 Euro",
        "datePublished": "2026-02-26T16:12:00+01:00",
        "author": {"@type": "Person", "name": "Jens Oltmann"},
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    body = (
        f'<div class="page"><header class="page-header"><a class="page-header__logo" href="/">{esc(spec.name)}</a>'
        '<nav class="page-nav"><a href="/lokales/">Lokales</a><a href="/region/">Region</a><a href="/sport/">Sport</a>'
        '<a href="/abo/">Abo</a></nav></header>'
        '<main class="page-main"><article class="park-article" data-article-type="news">'
        '<p class="park-article__kicker">Polizeibericht</p>'
        '<h1 class="park-article__headline">Falsche Windows-Warnung: Seniorin verliert 1800 Euro</h1>'
        '<p class="park-article__meta">Von Jens Oltmann · 26.02.2026, 16:12 Uhr</p>'
        '<div class="park-article__body">'
        '<p class="park-article__intro"><strong>Nienburg.</strong> Ein Warnfenster, ein schrilles Piepen und eine '
        "angebliche Hotline: Die Polizei warnt vor einer Betrugsmasche, bei der Internetnutzer mit einer gefälschten "
        "Windows-Defender-Meldung zum Anruf gebracht werden.</p>"
        "<p>Eine 74-jährige Frau aus Nienburg war beim Lesen von Nachrichten auf eine Seite geraten, die den ganzen "
        "Bildschirm einnahm und sich nicht mehr schließen ließ. Darauf stand, ihr Computer sei gesperrt, sie solle "
        f"sofort den „Windows-Support“ unter {_q(s, q, 'national')} anrufen.</p>"
        "<p>Der Mann am Telefon ließ sie ein Fernwartungsprogramm installieren und forderte 1800 Euro für eine "
        "„Reinigung“, die sie per Online-Überweisung bezahlte. Erst ihr Sohn erkannte den Betrug.</p>"
        '<aside class="park-infobox"><h2>So schützen Sie sich</h2><ul>'
        "<li>Microsoft blendet keine Warnungen mit Telefonnummern ein.</li>"
        "<li>Rufen Sie keine Nummer aus einem Warnfenster an – auch nicht die angeblich kostenlose "
        f"{_q(s, q, 'split_sub')}.</li>"
        "<li>Schließen Sie den Browser über den Task-Manager oder starten Sie den Rechner neu.</li>"
        "<li>Wer bezahlt hat: sofort die Bank anrufen und Anzeige erstatten.</li></ul></aside>"
        "</div></article>"
        '<aside class="page-rail"><h3>Meistgelesen</h3><ol><li><a href="/lokales/">Sperrung der B6 ab Montag</a></li>'
        '<li><a href="/sport/">Handball: Derby ausverkauft</a></li></ol></aside></main>'
        '<footer class="page-footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · '
        f"<span>© {esc(spec.name)} 2026</span></footer></div>"
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    return {
        slug: (
            document(
                spec.lang,
                f"Falsche Windows-Warnung: Seniorin verliert 1800 Euro | {spec.name}",
                body,
            ),
            s,
        ),
        "/": _home(
            spec,
            slug,
            "Falsche Windows-Warnung: Seniorin verliert 1800 Euro",
            "Nachrichten aus Nienburg und dem Weserland.",
        ),
    }


# --- a British scam-talk Lemmy thread ---------------------------------------------------


@branded
def gb_lemmy_thread(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    post = rng.randint(800000, 899999)
    comments = (
        ("tea_and_toast", 41, 0,
         f"That is textbook safe-account fraud. No bank, police force or \u201cfraud unit\u201d will ever ask you to move money. "
         f"{_q(s, q, 'national')} isn\u2019t on any bank\u2019s website \u2013 report it to Action Fraud and text it to 7726."),
        ("marjorie_w", 18, 1,
         "Thank you. Hung up and rang the number on the back of my card. My bank confirmed nothing was wrong."),
        ("northern_grump", 12, 0,
         f"Same here last week, they had the case-reference thing too and wanted AnyDesk installed. Number was {_q(s, q, 'compact')}. "
         "Reported it to the bank as well so they can flag payees."),
    )  # fmt: skip
    cid = rng.randint(5000000, 5999999)
    thread = "".join(
        f'<li class="comment list-unstyled"><article class="comment-node{" ms-3" if depth else ""}" id="comment-{cid + i}">'
        '<div class="d-flex flex-wrap align-items-center text-muted small">'
        f'<a class="person-listing d-inline-flex align-items-baseline" href="/u/{who}"><span>{who}</span></a>'
        f'<span class="ms-2 unselectable"><span class="vote-score">{votes}</span> points</span>'
        f'<span class="ms-2"><span data-tippy-content="26/02/2026">{i + 2}h</span></span></div>'
        f'<div class="md-div"><p>{text}</p></div>'
        '<div class="d-flex justify-content-between"><button class="btn btn-link btn-animate text-muted">reply</button></div></article></li>'
        for i, (who, votes, depth, text) in enumerate(comments)
    )
    path = f"/post/{post}"
    body = (
        '<div id="root"><div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg" id="navbar">'
        f'<a class="d-flex align-items-center navbar-brand me-md-3" href="/">{esc(spec.name)}</a>'
        '<ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/communities">Communities</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/create_post">Create Post</a></li></ul></nav></div>'
        '<div class="mt-4 p-0 fl-1"><div class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">'
        '<div class="post-listing mt-2"><div class="d-flex align-items-start">'
        '<div class="vote-bar col-1 pe-0 small text-center"><span class="unselectable pointer">▲</span><div class="unselectable">87</div></div>'
        '<div class="col-12 col-sm-9"><h1 class="h5 d-inline text-break">"Fraud prevention unit" says move my savings to a safe account?</h1>'
        '<div class="small mb-1 mb-md-0">by <a class="person-listing" href="/u/marjorie_w">marjorie_w</a> to '
        '<a class="community-link" href="/c/scams">scams</a></div></div></div>'
        '<div class="md-div"><p>My husband got a call saying our bank accounts are compromised, then a text sent him to a page '
        "that looks like a government site. It says to ring their fraud response line, install some \u201cSecureConnect\u201d "
        f"app and transfer everything to a safe account while they sort it out. The number is {_q(s, q, 'national')}. "
        "Is this real? It has a case reference and everything.</p></div></div>"
        f'<div class="comments"><ul class="comments-list">{thread}</ul></div></main>'
        '<aside class="sidebar col-12 col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body">'
        '<h2 class="h5">c/scams</h2><p>Ask if something is a scam. Never post your own account details. Report UK fraud to Action Fraud.</p>'
        "</div></div></aside></div></div></div>"
        '<footer class="app-footer container-lg p-3"><a href="/modlog">Modlog</a> · <a href="/instances">Instances</a> · '
        '<a href="https://join-lemmy.org">Lemmy</a> · <a href="/legal">Legal</a></footer></div>'
    )
    return {
        path: (
            document(
                spec.lang,
                f'"Fraud prevention unit" says move my savings to a safe account? - {spec.name}',
                body,
            ),
            s,
        ),
        "/": _home(
            spec,
            path,
            '"Fraud prevention unit" says move my savings to a safe account?',
            "A UK community for spotting scams.",
        ),
    }


# --- a Belgian number-lookup page ---------------------------------------------------------


@branded
def be_nummerzoeker_fiche(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    digits = numbers.national_digits(q)
    path = f"/nummer/{digits}"
    s = Sheet()
    views = rng.randint(900, 4800)
    reviews = "".join(
        f'<div class="reactie reactie--{cls}"><div class="reactie-kop"><b>{esc(who)}</b> · {esc(day)} · '
        f'<span class="label">{esc(label)}</span></div><p>{esc(text)}</p></div>'
        for cls, who, day, label, text in (
            ("oplichting", "Anoniem", "27 feb 2026", "Oplichting",
             "Factuur gekregen van ‘SafeShield 360’ voor 470 euro, die heb ik nooit besteld. Dit nummer staat erop om te annuleren."),
            ("oplichting", "Rita uit Lier", "25 feb 2026", "Oplichting",
             "Gebeld: ze wilden dat ik AnyDesk installeerde om het geld ‘terug te storten’. Niet doen!"),
            ("onbekend", "Jeroen", "21 feb 2026", "Onbekend",
             "Nederlands 085-nummer, geen bedrijf te vinden onder die naam in de KBO of het KvK-register."),
        )
    )  # fmt: skip
    body = (
        f'<div class="nz"><header class="nz-kop"><a class="nz-logo" href="/">{esc(spec.name)}</a>'
        '<form class="nz-zoek" action="/zoek"><input name="nr" placeholder="Telefoonnummer, bv. 03 123 45 67"><button>Opzoeken</button></form></header>'
        '<main class="nz-fiche">'
        f"<h1>Wie belt er met {_q(s, q, 'split_sub')}?</h1>"
        '<dl class="nz-gegevens">'
        f"<dt>Nummer</dt><dd>{_q(s, q, 'split_sub')} · internationaal {_q(s, q, 'intl')}</dd>"
        "<dt>Land</dt><dd>Nederland (085, plaatsonafhankelijk)</dd>"
        f"<dt>Opgezocht</dt><dd>{views} keer</dd>"
        '<dt>Beoordeling</dt><dd class="nz-rood">Oplichting (3 van 3 reacties negatief)</dd></dl>'
        '<p class="nz-waarschuwing">Dit nummer wordt volgens bezoekers gebruikt op valse facturen voor een '
        "antivirusabonnement. Betaal niet en bel niet terug.</p>"
        f'<h2>Reacties</h2><div class="reacties">{reviews}</div>'
        '<form class="nz-reageer" action="/reageer" method="post"><textarea name="tekst" placeholder="Uw ervaring met dit nummer"></textarea>'
        "<button>Reactie plaatsen</button></form></main>"
        '<footer class="nz-voet"><a href="/over">Over Nummerzoeker</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></footer></div>'
    )
    home_s = Sheet()
    home = (
        f'<header class="nz-kop"><a class="nz-logo" href="/">{esc(spec.name)}</a></header>'
        "<main><h1>Onbekend nummer opzoeken</h1><p>Gebeld door een nummer dat u niet kent? Zoek het op en lees de ervaringen van anderen.</p>"
        '<h2>Recent opgezocht</h2><ul class="nz-recent">'
        f'<li><a href="{path}">{_q(home_s, q, "split_sub")}</a> – oplichting</li></ul></main>'
    )
    return {
        path: (
            document(
                spec.lang, f"{numbers.write(q, 'split_sub')} – wie belt er? | {spec.name}", body
            ),
            s,
        ),
        "/": (document(spec.lang, f"{spec.name} – wie belde mij?", home), home_s),
    }


# --- HP Smart's own support contact page ------------------------------------------------


@branded
def us_hpsmart_contact(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    path = "/us/en/support/contact"
    body = (
        '<div id="root" class="hp-smart-web"><header class="veneer-header"><a class="veneer-logo" href="/us/en">'
        '<img src="/assets/img/hp-logo.svg" alt="HP" width="36" height="36"><span>HP Smart</span></a>'
        '<nav class="veneer-nav"><a href="/us/en/printers">Printers</a><a href="/us/en/instant-ink">Instant Ink</a>'
        '<a href="/us/en/support">Support</a><a class="veneer-btn" href="/us/en/signin">Sign in</a></nav></header>'
        '<main class="veneer-main"><nav class="crumbs" aria-label="Breadcrumb"><a href="/us/en/support">Support</a> › Contact us</nav>'
        "<h1>Contact HP support</h1>"
        "<p>Most printer issues can be fixed in the HP Smart app: open <b>Printer Settings › Diagnose &amp; Fix</b>, or "
        "run HP Print and Scan Doctor on Windows. If that does not help, our agents can help by chat or phone.</p>"
        '<div class="veneer-cards"><section class="veneer-card"><h2>Chat with a virtual agent</h2>'
        '<p>Available 24/7 in the HP Smart app and at <a href="https://support.hp.com">support.hp.com</a>.</p></section>'
        '<section class="veneer-card"><h2>Call HP</h2>'
        f"<p>US and Canada: {s.tel(own, s.num(own, 'us_paren'))}</p>"
        "<p>Monday–Friday 7am–11pm ET, Saturday–Sunday 8am–8pm ET. Have your printer’s serial number ready.</p></section></div>"
        '<section class="veneer-note"><h2>Avoid support scams</h2>'
        "<p>HP will never show a pop-up asking you to call a number, never charge a fee to bring a printer back online and "
        "never ask for gift cards. Only use the numbers on HP’s own sites or in the HP Smart app.</p></section></main>"
        '<footer class="veneer-footer"><p>© Copyright 2026 HP Development Company, L.P.</p>'
        '<a href="https://www.hp.com/us-en/privacy/privacy.html">Privacy</a> · <a href="/us/en/terms">Terms of use</a></footer></div>'
    )
    return {
        path: (document(spec.lang, "Contact support | HP Smart", body), s),
        "/": _home(
            spec, path, "Contact support", "Print, scan and share from your phone or computer."
        ),
    }


# --- a Tampere computer repair shop -----------------------------------------------------


@branded
def fi_konehuolto_shop(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    ytunnus = f"{rng.randint(1500000, 2999999)}-{rng.randint(0, 9)}"
    prices = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>"
        for a, b in (
            ("Vianmääritys", "29 €"),
            ("Windowsin uudelleenasennus", "79 €"),
            ("Virusten poisto", "59 €"),
            ("Etätuki (alkava 30 min)", "35 €"),
        )
    )
    body = (
        '<div class="sivu"><div class="yla"><a class="logo" href="/">Tampereen Konehuolto</a>'
        '<span class="yla-puh">Puh. ' + s.tel(own, s.num(own, "split_sub")) + "</span></div>"
        '<ul class="valikko"><li><a href="/">Etusivu</a></li><li><a href="/palvelut">Palvelut</a></li>'
        '<li><a href="/hinnasto">Hinnasto</a></li><li><a href="/yhteystiedot">Yhteystiedot</a></li></ul>'
        '<div class="sisalto"><h1>Tietokonehuolto Tampereen keskustassa vuodesta 2013</h1>'
        "<p>Korjaamme kannettavat ja pöytäkoneet omassa liikkeessämme Hämeenkadulla. Useimmat korjaukset valmistuvat "
        "2–3 arkipäivässä, ja kerromme hinnan aina ennen työn aloittamista.</p>"
        "<h2>Etätuki asiakkaillemme</h2><p>Pienet ongelmat hoidamme myös etänä. Soita ensin meille, niin lähetämme "
        "tekstiviestillä linkin etäyhteysohjelmaan. Emme koskaan soita itse pyytämättä emmekä pyydä pankkitunnuksia.</p>"
        f'<h2>Hinnasto</h2><table class="hinnat">{prices}</table>'
        "<p>Aukioloajat: ma–pe 10–18, la 10–14</p></div>"
        f'<div class="ala"><p>Tampereen Konehuolto Oy · Hämeenkatu 21, 33200 Tampere · Y-tunnus {ytunnus}</p>'
        "<p>huolto@tampereen-konehuolto.fi</p></div></div>"
    )
    return {
        "/": (
            document(spec.lang, "Tampereen Konehuolto – tietokonehuolto ja etätuki Tampere", body),
            s,
        )
    }


TEMPLATES = {
    "nl_kadence_boekhouder": with_page("/contact/", nl_kadence_boekhouder),
    "nl_kadence_pcwinkel": with_page("/contact/", nl_kadence_pcwinkel),
    "nl_dnn_ict_bedrijf": with_page("/Contact", nl_dnn_ict_bedrijf),
    "de_zeitung_polizeibericht": with_page("/kontakt/", de_zeitung_polizeibericht),
    "gb_lemmy_thread": with_page("/legal/contact", gb_lemmy_thread),
    "be_nummerzoeker_fiche": with_page("/contact", be_nummerzoeker_fiche),
    "us_hpsmart_contact": with_page("/us/en/support", us_hpsmart_contact),
    "fi_konehuolto_shop": with_page("/etatuki", fi_konehuolto_shop),
}
