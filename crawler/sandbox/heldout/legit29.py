"""Twenty-ninth batch of held-out honest templates: page shells no earlier batch uses.

b29_be_forkcms_tv_consumer (a Flemish TV consumer programme on Fork CMS retelling a
viewer's call to the fake Dell support, the caller's script in quotes),
b29_it_bootstrapitalia_library (an Italian civic library's "sicuri online" page on
Bootstrap Italia with the lock screen's text as an example), b29_nl_crownpeak_bank_bulletin
(a Dutch regional bank's fraud bulletin on Crownpeak quoting the fake "Rabobank
veiligheidsteam" number), b29_au_squiz_news (a New South Wales paper on Squiz Matrix: the
iCloud lock screen and the one-number "helpline directory"), b29_at_punbb_forum (a Tyrolean
computer forum on punBB: the unbranded Fernwartung and the Swiss Bitdefender renewal),
b29_fi_cakephp_directory (a Finnish "who called" lookup on CakePHP: the fishing club's
Outlook page, the Italian lock screen and the French Epson line), b29_chfr_firstspirit_police
(a Swiss-French intercommunal police on FirstSpirit: Bitdefender renewal and Epson
"assistance"), b29_ca_writefreely_victim (a Canadian retiree's WriteFreely blog: the Canon
setup call and the PayPal invoice, in the past tense), b29_ie_getsimple_repair_shop (a
Cork shop on GetSimple with AnyDesk / TeamViewer downloads and a notice about the re-used
name that copies its footer), b29_de_weblication_it_partner (a Düsseldorf Systemhaus on
Weblication listing HP's genuine German line), b29_benl_dell_official (Dell's own Belgian
page on tech support scams, no number) and b29_jp_makeshop_channeltalk_shop (a Tokyo PC
shop on MakeShop with a Channel Talk chat widget).
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
from crawler.sandbox.heldout.shell import json_ld as _ld
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.shell import quoted_written as _qw
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document

# --- a Flemish TV consumer programme on Fork CMS ------------------------------------------


@branded
def b29_be_forkcms_tv_consumer(spec: Spec, rng: Random) -> Drafts:
    (dell,) = spec.quoted
    s = Sheet()
    path = "/nl/afleveringen/detail/valse-dell-helpdesk-ria-uit-dendermonde"
    title = "“Uw licentie is verlopen, meneer”: hoe een valse Dell-helpdesk Ria 1.400 euro kostte"
    head = (
        '<meta name="generator" content="Fork CMS">\n'
        '<link rel="stylesheet" href="/src/Frontend/Themes/Scherp/Core/Layout/Css/screen.css?m=' + str(rng.randint(1600000000, 1700000000)) + '">\n'
        '<meta property="og:type" content="video.episode">\n'
    )
    body = (
        f'<div id="container"><header id="header"><a href="/nl" class="logo">{esc(spec.name)}</a>'
        '<nav id="navigation"><ul><li><a href="/nl/afleveringen">Afleveringen</a></li><li><a href="/nl/tips">Tips</a></li>'
        '<li><a href="/nl/meld-je-verhaal">Meld je verhaal</a></li><li><a href="/nl/contact">Contact</a></li></ul></nav></header>'
        '<main id="main"><article class="module blog detail">'
        f"<h1>{esc(title)}</h1>"
        '<p class="meta">Aflevering 7 · dinsdag 24 februari 2026 · 20.40 uur</p>'
        f'<div class="video"><iframe src="https://player.vimeo.com/video/{rng.randint(800000000, 999999999)}" title="Scherp aflevering 7" allowfullscreen></iframe></div>'
        "<p>Ria (71) uit Dendermonde wilde alleen weten waarom haar Dell-laptop zo traag was. Ze typte „Dell support België” in "
        "Google en klikte op het eerste resultaat. Een Franstalige site, met het Dell-logo en een nummer dat met een punt "
        f"tussen elk cijfer geschreven stond. Ze belde {_q(s, dell, 'national')}.</p>"
        "<p>Scherp beluisterde de opname die haar kleinzoon achteraf terugvond op haar gsm. De man aan de lijn sprak vlot "
        "Nederlands met een licht accent. Zijn eerste zinnen klinken als een script:</p>"
        "<blockquote><p>„Mevrouw, ik zie hier dat uw licentie is verlopen. Daardoor is uw Windows niet meer beschermd en "
        "komen er hackers binnen. U moet nu onze gecertificeerde technici laten inloggen, anders verliest u al uw foto’s.”</p></blockquote>"
        "<p>Daarna moest Ria AnyDesk installeren en de negen cijfers voorlezen die op haar scherm verschenen. De „technicus” "
        "toonde haar een zwart venster vol rode regels, „allemaal virussen”, en bood een beschermingspakket aan voor drie jaar: "
        "599 euro. Toen de betaling via Bancontact niet lukte, vroeg hij haar om in te loggen bij haar bank „zodat hij kon "
        "kijken wat er misliep”. Er verdween 1.400 euro.</p>"
        "<h2>Wat zegt Dell?</h2><p>Dell laat ons weten dat het nooit ongevraagd belt en geen „licenties” verkoopt via "
        "zoekadvertenties. Het nummer heeft niets met het bedrijf te maken.</p>"
        "<h2>Tips van Scherp</h2>"
        + _ul(("Zoek het nummer van een fabrikant op zijn eigen website, niet via een advertentie.",
               "Laat nooit iemand op uw computer die u zelf niet kent.",
               "Is het al gebeurd? Laat uw kaarten blokkeren, verwittig uw bank en doe aangifte bij de politie."))
        + "</article></main>"
        f'<footer id="footer"><p>© 2026 {esc(spec.name)} – een consumentenprogramma · Privacy · Cookies</p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Valse Dell-helpdesk: het verhaal van Ria", "Scherp komt op voor de consument. Elke dinsdag om 20.40 uur."),
        path: (document(spec.lang, f"{title} | {spec.name}", body, head), s),
    }


# --- an Italian civic library's "sicuri online" page on Bootstrap Italia ------------------


def b29_it_bootstrapitalia_library(spec: Spec, rng: Random) -> Drafts:
    (lock,) = spec.quoted
    head = (
        '<link rel="stylesheet" href="/themes/bootstrap-italia/dist/css/bootstrap-italia.min.css">\n'
        '<script src="/themes/bootstrap-italia/dist/js/bootstrap-italia.bundle.min.js" defer></script>\n'
    )

    def shell(content: str) -> str:
        return (
            '<header class="it-header-wrapper"><div class="it-header-slim-wrapper"><div class="container"><div class="it-header-slim-wrapper-content">'
            '<a class="d-none d-lg-block navbar-brand" href="https://www.comune.sanvitale.it">Comune di San Vitale</a></div></div></div>'
            '<div class="it-header-center-wrapper"><div class="container"><div class="it-brand-wrapper"><a href="/">'
            f'<div class="it-brand-text"><div class="it-brand-title">{esc(spec.name)}</div><div class="it-brand-tagline d-none d-md-block">Servizi bibliotecari e culturali</div></div></a></div></div></div>'
            '<div class="it-header-navbar-wrapper"><nav class="navbar navbar-expand-lg"><ul class="navbar-nav">'
            '<li class="nav-item"><a class="nav-link" href="/servizi/">Servizi</a></li><li class="nav-item"><a class="nav-link" href="/servizi/sicuri-online">Sicuri online</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/supporto">Orari e contatti</a></li></ul></nav></div></header>'
            f'<main class="container my-4">{content}</main>'
            '<footer class="it-footer"><div class="it-footer-main"><div class="container"><p>Biblioteca Civica San Vitale · Piazza della Libertà 3 · '
            'Servizio del Comune di San Vitale</p><p>Tema <a href="https://designers.italia.it">Designers Italia</a> · Bootstrap Italia</p></div></div></footer>'
        )

    s = Sheet()
    page = shell(
        '<nav aria-label="breadcrumb" class="breadcrumb-container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>'
        '<li class="breadcrumb-item active">Sicuri online</li></ol></nav>'
        "<h1>Sicuri online: il finto avviso «computer bloccato»</h1>"
        '<p class="lead">Dal nostro sportello «Digitale senza paura» per over 65, ogni giovedì dalle 10 alle 12.</p>'
        "<p>Negli ultimi mesi diversi utenti dello sportello ci hanno mostrato la stessa schermata. Compare all’improvviso "
        "mentre si legge un giornale online o si cerca una ricetta: una finestra a tutto schermo, spesso con un allarme sonoro "
        "e una voce che legge il messaggio. Ecco il testo, così come lo abbiamo copiato da un portatile della sala "
        "computer:</p>"
        '<div class="callout warning"><div class="callout-title">Esempio di finto avviso (non chiamate!)</div>'
        "<p>«Accesso a questo PC bloccato. Windows Defender ha rilevato un’infezione Trojan e ha sospeso il computer per "
        "proteggere i suoi dati. La chiusura di questa finestra può causare la perdita dei dati. Chiami il supporto tecnico "
        f"Windows (numero verde, gratuito): {_q(s, lock, 'national')}»</p></div>"
        "<h2>Come riconoscerlo</h2>"
        + _ul(("Microsoft non mostra mai numeri di telefono negli avvisi di sicurezza.",
               "Il browser non può «bloccare» il computer: è solo una pagina web a schermo intero.",
               "Chi risponde chiede di installare un programma di controllo remoto e poi un pagamento."))
        + "<h2>Cosa fare</h2><p>Premete il tasto Esc a lungo, oppure chiudete il browser con Ctrl+Alt+Canc e «Gestione "
        "attività». Se avete già telefonato e concesso l’accesso, spegnete il computer, chiamate la vostra banca e portate il "
        "portatile allo sportello: vi aiutiamo noi a controllarlo, gratuitamente.</p>"
    )
    return {
        "/": (document(spec.lang, spec.name, shell(
            "<h1>Benvenuti in biblioteca</h1><p>Prestito, sala studio, sala computer e lo sportello «Digitale senza paura».</p>"
            '<p><a href="/servizi/sicuri-online">Sicuri online: il finto avviso «computer bloccato»</a></p>'), head), Sheet()),
        "/servizi/sicuri-online": (document(spec.lang, f"Sicuri online – {spec.name}", page, head), s),
        "/supporto": (document(spec.lang, f"Orari e contatti – {spec.name}", shell(
            "<h1>Orari e contatti</h1><p>Lunedì–venerdì 9–19, sabato 9–13. Scriveteci a biblioteca (at) comune.sanvitale.it o "
            "passate al banco prestiti.</p>"), head), Sheet()),
    }


# --- a Dutch regional bank's fraud bulletin on Crownpeak ----------------------------------


@branded
def b29_nl_crownpeak_bank_bulletin(spec: Spec, rng: Random) -> Drafts:
    (desk,) = spec.quoted
    s = Sheet()
    path = "/veilig-bankieren/fraudemeldingen/nep-veiligheidsteam-belt-vanaf-088"
    head = (
        "<!-- Crownpeak DXM -->\n"
        f'<link rel="stylesheet" href="/cpt_internal/{rng.randint(1000, 9999)}/css/zb-main.css">\n'
        f'<meta name="cp-asset-id" content="{rng.randint(100000, 999999)}">\n'
    )
    body = (
        f'<div class="zb-page"><header class="zb-header"><a href="/" class="zb-logo">{esc(spec.name)}</a>'
        '<nav><a href="/particulier">Particulier</a> <a href="/zakelijk">Zakelijk</a> <a href="/veilig-bankieren">Veilig bankieren</a> '
        '<a href="/klantenservice/contact">Klantenservice</a></nav></header>'
        f'<main class="zb-content" data-cp-asset="{rng.randint(100000, 999999)}"><p class="zb-label">Fraudemelding · 26 februari 2026</p>'
        "<h1>Let op: nep-‘veiligheidsteam’ belt vanaf een 088-nummer</h1>"
        "<p>Klanten van Zuiderbank en van andere banken worden gebeld door iemand die zegt van een ‘veiligheidsteam’ te zijn. Soms "
        "noemen de bellers zich ‘Veiligheidsteam Particulieren’ en zeggen ze samen te werken met Rabobank of met ons. Er bestaat ook "
        "een website met die naam, die bovenaan in zoekresultaten kan staan.</p>"
        f"<p>Op het scherm van uw telefoon staat dan vaak {_q(s, desk, 'national')} of {_q(s, desk, 'trunk_dash')}. Dat nummer is niet "
        "van Zuiderbank en niet van Rabobank.</p>"
        "<h2>Zo gaat het gesprek</h2>"
        "<p>De beller vertelt dat er een verdachte overboeking klaarstaat of dat ‘een nieuw apparaat’ aan uw app is gekoppeld. "
        "Hij klinkt vriendelijk en weet soms al uw naam en adres. Daarna volgt een van deze verzoeken:</p>"
        + _ul(("uw bankpas en pincode af te geven aan een ‘koerier’ die langskomt;",
               "een app te installeren waarmee ‘de beveiliging meekijkt’;",
               "uw geld over te maken naar een ‘veilige rekening’."))
        + "<p>Zuiderbank vraagt u dit nooit. Wij halen nooit passen op en vragen nooit om geld over te maken.</p>"
        "<h2>Vertrouwt u het niet?</h2><p>Hang op. Bel ons zelf terug via het nummer op de achterkant van uw pas of op deze "
        "website. Heeft u al iets gedaan, blokkeer dan direct uw pas in de app en doe aangifte bij de politie.</p></main>"
        f'<footer class="zb-footer"><p>{esc(spec.name)} N.V. · onder toezicht van De Nederlandsche Bank en de AFM · Privacy · Cookies</p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Let op: nep-‘veiligheidsteam’ belt vanaf een 088-nummer", "Bankieren in Zeeland en West-Brabant."),
        path: (document(spec.lang, f"Nep-veiligheidsteam belt vanaf 088-nummer | {spec.name}", body, head), s),
    }


# --- a New South Wales regional paper on Squiz Matrix --------------------------------------


@branded
def b29_au_squiz_news(spec: Spec, rng: Random) -> Drafts:
    apple, directory = spec.quoted
    s = Sheet()
    path = "/news/local/2026/02/icloud-lock-screen-scam-targets-highlands-retirees"
    title = "‘Your iPhone has been compromised’: lock-screen scam targets Highlands retirees"
    head = (
        "<!--\n  Running Squiz Matrix\n  Developed by Squiz - http://www.squiz.net\n  Squiz, Squiz Matrix, MySource, MySource Matrix and Squiz.net are registered Trademarks of Squiz Pty Ltd\n-->\n"
        f'<link rel="stylesheet" href="/__data/assets/file/00{rng.randint(10, 99)}/{rng.randint(100000, 999999)}/site.css">\n'
        + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-02-25T05:00:00+11:00",
               "author": {"@type": "Person", "name": "Kate Doherty"}, "publisher": {"@type": "Organization", "name": spec.name}})
    )
    body = (
        f'<div class="page-wrap"><header class="masthead"><a href="/" class="masthead__logo">{esc(spec.name)}</a>'
        '<nav class="masthead__nav"><a href="/news/local">Local</a> <a href="/sport">Sport</a> <a href="/community">Community</a> <a href="/contact-us">Contact</a></nav></header>'
        f'<main class="article" id="asset-{rng.randint(100000, 999999)}"><h1 class="article__headline">{esc(title)}</h1>'
        '<p class="article__byline">By Kate Doherty · 25 February 2026</p>'
        '<div class="article__body">'
        "<p>Bowral police say at least four residents over 70 have rung a bogus ‘Apple Support’ line this month after a "
        "full-screen warning took over their iPad or laptop.</p>"
        "<p>The page claims an ‘iCloud security breach’ from a device in Lagos, Nigeria, and a red banner across the top "
        "invites the reader to ‘tap here – an Apple advisor is waiting’. There is no number printed anywhere on the screen: "
        f"tapping the button simply dials {_q(s, apple, 'national')}.</p>"
        "<p>“They sounded exactly like Apple,” said one Mittagong woman, who asked not to be named. “He said my photos were "
        "being copied overseas and I had to buy a security certificate. He wanted $600 in Apple gift cards.”</p>"
        "<p>A second resident, who searched online for a Norton number to cancel a subscription, landed on a ‘toll free "
        "helpline directory’ where Microsoft, HP, Norton, Amazon and McAfee all shared one Indian mobile number, "
        f"{_q(s, directory, 'intl')}. The man who answered asked to connect to her computer to ‘process the refund’.</p>"
        "<p>Apple says it never puts phone numbers in security alerts. Scamwatch advises closing the browser tab and, if "
        "money has changed hands, calling the bank straight away.</p></div></main>"
        f'<footer class="site-footer"><p>© 2026 {esc(spec.name)} · Moss Vale NSW</p></footer></div>'
    )
    return {
        "/": _home(spec, path, title, "News from Bowral, Mittagong, Moss Vale and the Southern Highlands."),
        path: (document(spec.lang, f"{title} | {spec.name}", body, head), s),
    }


# --- a Tyrolean computer forum on punBB --------------------------------------------------


@branded
def b29_at_punbb_forum(spec: Spec, rng: Random) -> Drafts:
    at, ch = spec.quoted
    s = Sheet()
    tid = rng.randint(3000, 8999)
    path = f"/viewtopic.php?id={tid}"
    g = numbers.groups(at)  # 01 2538417
    slash = _qw(s, at, f"{g[0]}/{g[1][:3]} {g[1][3:5]} {g[1][5:]}")  # 01/253 84 17
    posts = (
        ("Sepp_I", "Mitglied", "2026-02-19 18:22",
         "Meine Mutter (Kufstein) hat nach „PC Hilfe sofort“ gegoogelt und bei einer „Fernwartung Soforthilfe“ angerufen. "
         f"Nummer war {slash}, also Wien. Der Mann war sehr nett, hat sich per AnyDesk verbunden und dann 249 € für ein "
         "„Schutzpaket“ verlangt, zahlbar mit Paysafecard. Seriös oder nicht?"),
        ("Ingrid_K", "Moderatorin", "2026-02-19 18:51",
         "Nicht seriös. Kein Impressum mit Firmenbuchnummer, keine Adresse, Zahlung mit Gutscheinkarten. AnyDesk sofort "
         "deinstallieren, Passwörter ändern und die Bank anrufen. Auf der Seite steht die Nummer übrigens mit +43 (0) und AT "
         "dahinter – das schreibt keine Wiener Firma so."),
        ("chkoller", "Mitglied", "2026-02-20 07:40",
         "Ähnlich bei meinem Schwager in St. Gallen: eine Seite „Lizenz-Service Schweiz“ zur Bitdefender-Verlängerung, "
         f"Hotline {_q(s, ch, 'national')}. Die Nummer steht nicht im Quelltext, sie wird per Skript eingesetzt. Der „Techniker“ "
         "wollte für die Rückerstattung ins E-Banking."),
        ("Sepp_I", "Mitglied", "2026-02-20 09:12",
         "Danke euch. Bank war informiert, Karte gesperrt, bezahlt wurde zum Glück nichts."),
    )
    rows = "".join(
        f'<div id="p{rng.randint(10000, 99999)}" class="blockpost rowodd"><h2><span><span class="conr">#{i + 1}</span> {esc(when)}</span></h2>'
        f'<div class="box"><div class="inbox"><div class="postbody"><div class="postleft"><dl><dt><strong>{esc(who)}</strong></dt><dd class="usertitle">{esc(rank)}</dd></dl></div>'
        f'<div class="postright"><div class="postmsg"><p>{text}</p></div></div></div></div></div></div>'
        for i, (who, rank, when, text) in enumerate(posts)
    )
    head = '<link rel="stylesheet" type="text/css" href="/style/Oxygen.css">\n'
    shell = (
        f'<div id="punviewtopic" class="pun"><div class="top-box"></div><div class="punwrap"><div id="brdheader" class="block"><div class="box">'
        f'<div id="brdtitle" class="inbox"><h1><a href="/index.php">{esc(spec.name)}</a></h1><div id="brddesc">Hilfe rund um PC, Handy und Internet – seit 2011</div></div>'
        '<div id="brdmenu" class="inbox"><ul><li id="navindex"><a href="/index.php">Übersicht</a></li><li id="navuserlist"><a href="/userlist.php">Benutzerliste</a></li>'
        '<li id="navsearch"><a href="/search.php">Suche</a></li><li id="navhelp"><a href="/help.php">Hilfe</a></li></ul></div></div></div>'
        '<div id="brdmain">{main}</div>'
        '<div id="brdfooter" class="block"><div class="box"><div class="inbox"><p id="poweredby">Powered by <a href="https://punbb.informer.com/">PunBB</a></p></div></div></div></div></div>'
    )
    topic = (
        '<div class="linkst"><div class="inbox crumbsplus"><ul class="crumbs"><li><a href="/index.php">Übersicht</a></li>'
        '<li><span>»&#160;</span><a href="/viewforum.php?id=4">Sicherheit &amp; Betrug</a></li>'
        '<li><span>»&#160;</span><strong>„Fernwartung Soforthilfe“ – seriös?</strong></li></ul></div></div>' + rows
    )
    return {
        "/": _home(spec, path, "„Fernwartung Soforthilfe“ – seriös?", "Das Tiroler Forum für Computerfragen."),
        path: (document(spec.lang, f"„Fernwartung Soforthilfe“ – seriös? / {spec.name}", shell.replace("{main}", topic), head), s),
        "/help.php": (document(spec.lang, f"Hilfe / {spec.name}", shell.replace("{main}",
            '<div class="block"><h2>Hilfe</h2><div class="box"><p>BBCode, Smileys und wie man ein Bild anhängt. Fragen zum Forum bitte an die Moderation.</p></div></div>'), head), Sheet()),
    }


# --- a Finnish "who called" lookup on CakePHP ---------------------------------------------


@branded
def b29_fi_cakephp_directory(spec: Spec, rng: Random) -> Drafts:
    outlook, italy, epson = spec.quoted
    token = _hex(rng, 64)
    head = '<link rel="stylesheet" href="/css/soittaja.css">\n<meta name="csrfToken" content="' + token + '">\n'
    entries = (
        (outlook, "Väärä ”Outlook-tuki”", "Huijaus", 34,
         ("Numero löytyi jonkin kalastusseuran sivulta, Outlook-tuen mainoksesta. Pyysivät asentamaan AnyDeskin.",
          "Soitin, koska Hotmail ei auennut. Halusivat 199 € ”tilin palautuksesta”. Ei ole Microsoft.")),
        (italy, "Italialainen ”Windows Defender” -lukitusruutu", "Huijaus", 7,
         ("Italian lomalla läppärin selaimeen tuli sininen ruutu ja tämä numero. Ruutu puhui italiaa!",)),
        (epson, "Ranskalainen ”Epson-tulostintuki”", "Epäilyttävä", 5,
         ("Ranskalainen sivusto, jossa oli Epsonin nimi. Numero on vain sivun koodissa, ei tekstissä. Veloittavat etäkorjauksesta.",)),
    )
    drafts: Drafts = {}
    links = []
    for e164, label, verdict, reports, comments in entries:
        s = Sheet()
        fi = e164.startswith("+358")
        digits = numbers.national_digits(e164) if fi else "00" + e164[1:]
        s.hidden(e164, offered=False)  # in the page's own path
        shown = _q(s, e164, "national" if fi else "intl")
        p = f"/numerot/{digits}"
        body = (
            f'<header class="top-bar"><a href="/" class="name">{esc(spec.name)}</a>'
            f'<form method="get" action="/haku"><input type="hidden" name="_csrfToken" value="{token}"><input name="q" placeholder="Puhelinnumero"><button>Hae</button></form></header>'
            f'<main class="container"><div class="numbers view content"><h1>{shown}</h1>'
            f'<table class="vertical-table"><tr><th>Arvio</th><td class="danger">{esc(verdict)}</td></tr><tr><th>Kuvaus</th><td>{esc(label)}</td></tr>'
            f"<tr><th>Ilmoituksia</th><td>{reports}</td></tr></table>"
            '<div class="related"><h2>Kommentit</h2>'
            + "".join(f'<div class="comment"><p>{esc(c)}</p><small>nimetön · helmikuu 2026</small></div>' for c in comments)
            + "</div></div></main>"
            '<footer><p>Käyttäjien ilmoittamat numerot · <a href="/tuki">Tuki ja palaute</a></p></footer>'
        )
        drafts[p] = (document(spec.lang, f"{numbers.write(e164, 'national' if fi else 'intl')} – kuka soitti? | {spec.name}", body, head), s)
        links.append((p, label))
    hs = Sheet()
    for e164, *_rest in entries:
        hs.hidden(e164, offered=False)  # in the links' paths
    home = (
        f'<header class="top-bar"><a href="/" class="name">{esc(spec.name)}</a></header><main class="container">'
        "<h1>Kuka soitti? Hae numerolla</h1><p>Tuntematon numero soitti tai näkyi ruudulla? Katso, mitä muut ovat kertoneet.</p>"
        "<h2>Viimeksi ilmoitetut</h2><ul>" + "".join(f'<li><a href="{p}">{esc(label)}</a></li>' for p, label in links) + "</ul></main>"
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – kuka soitti?", home, head), hs)
    drafts["/tuki"] = (document(spec.lang, f"Tuki ja palaute – {spec.name}", (
        f'<header class="top-bar"><a href="/" class="name">{esc(spec.name)}</a></header><main class="container">'
        "<h1>Tuki ja palaute</h1><p>Voit pyytää kommentin poistoa tai korjausta lomakkeella. Ylläpito: Soittajatieto, Oulu.</p></main>"
    ), head), Sheet())
    return drafts


# --- a Swiss-French intercommunal police on FirstSpirit ------------------------------------


@branded
def b29_chfr_firstspirit_police(spec: Spec, rng: Random) -> Drafts:
    ch, fr = spec.quoted
    s = Sheet()
    path = "/prevention/arnaques/faux-supports-techniques.html"
    head = (
        "<!-- FirstSpirit -->\n"
        f'<link rel="stylesheet" href="/media/fs/{rng.randint(100, 999)}/css/police-broye.css">\n'
    )
    body = (
        f'<div class="fs-page" data-fs-id="{rng.randint(10000, 99999)}"><header class="header"><a href="/" class="logo">{esc(spec.name)}</a>'
        '<nav><a href="/prevention/">Prévention</a> <a href="/actualites/">Actualités</a> <a href="/contact">Contact</a></nav></header>'
        '<main class="content"><p class="date">Communiqué · 27 février 2026</p>'
        "<h1>Faux supports techniques : deux numéros à connaître</h1>"
        "<p>Plusieurs habitants de la Broye nous ont signalé des appels à de faux services d’assistance, trouvés en cherchant de "
        "l’aide sur internet. Le scénario est toujours le même : un «technicien certifié» demande d’installer un logiciel de "
        "prise en main à distance, puis réclame un paiement ou l’accès à l’e-banking.</p>"
        "<h2>«Renouvellement Bitdefender»</h2>"
        "<p>Un site «Lizenz-Service Schweiz» annonce qu’un abonnement Bitdefender a été prolongé pour CHF 349.95 et propose "
        f"d’appeler le {_q(s, ch, 'national')} pour être remboursé. Le remboursement passe, dit-on, par votre e-banking.</p>"
        "<h2>«Assistance imprimante Epson»</h2>"
        "<p>Un site français se présente comme une assistance pour les imprimantes Epson. Le numéro "
        f"{_q(s, fr, 'intl')} n’apparaît que sur le bouton d’appel. Epson n’a rien à voir avec ce service.</p>"
        "<h2>Nos conseils</h2>"
        + _ul(("Cherchez le support d’un fabricant sur son site officiel.",
               "Ne laissez jamais un inconnu prendre le contrôle de votre ordinateur.",
               "Si vous avez payé ou donné vos codes, contactez immédiatement votre banque puis déposez plainte."))
        + "</main>"
        f'<footer class="footer"><p>{esc(spec.name)} · Rue de la Gare 4, 1530 Payerne</p></footer></div>'
    )
    return {
        "/": _home(spec, path, "Faux supports techniques : deux numéros à connaître", "Police de proximité pour les communes de la Broye."),
        path: (document(spec.lang, f"Faux supports techniques | {spec.name}", body, head), s),
    }


# --- a Canadian retiree's WriteFreely blog --------------------------------------------------


@branded
def b29_ca_writefreely_victim(spec: Spec, rng: Random) -> Drafts:
    canon, paypal = spec.quoted
    s = Sheet()
    path = "/the-printer-that-cost-me-two-weekends"
    head = (
        '<meta name="generator" content="WriteFreely">\n'
        '<link rel="stylesheet" type="text/css" href="/css/write.css">\n'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(spec.name)}" href="/feed/">\n'
    )
    body = (
        f'<div id="wrapper"><header><h1 dir="auto" id="blog-title"><a href="/">{esc(spec.name)}</a></h1></header>'
        '<article id="post-body" class="norm h-entry"><h2 id="title" class="p-name">The printer that cost me two weekends</h2>'
        '<time class="dt-published" datetime="2026-02-22T14:10:00Z">February 22, 2026</time><div class="e-content">'
        "<p>I bought a Canon PIXMA at Costco in January. The box said to go to ij.start.canon, so I typed that into Google "
        "and clicked the first thing I saw. It looked like a help page, with a sidebar and steps, and at the bottom it said to "
        f"call a printer setup expert at {_q(s, canon, 'us_dash')}.</p>"
        "<p>The young man was so patient. He had me install a program so he could ‘see the printer driver’. Then he showed me a "
        "screen full of red writing and said my computer had been hacked through the printer. He said his certified technicians "
        "could clean it for $299, and when I hesitated he said my licence had expired and I wasn’t protected at all.</p>"
        "<p>I said I would think about it and hung up. My son came over that weekend and took the program off.</p>"
        "<p>Then, a month later, an email with a PayPal invoice for £599.99 for Bitcoin. I have never bought Bitcoin in my life. "
        f"It said to call the billing department at {_q(s, paypal, 'intl')}. A London number, for a Canadian PayPal account. "
        "That was what finally made me stop. I logged into PayPal myself – nothing there. I deleted the email.</p>"
        "<p>I’m writing this down because both times the people were polite and calm. That is how they get you.</p></div></article>"
        '<footer dir="ltr"><nav><a href="/">Home</a> · <a href="/about">About</a> · powered by <a href="https://writefreely.org">write freely</a></nav></footer></div>'
    )
    return {
        "/": _home(spec, path, "The printer that cost me two weekends", "Notes from a retired teacher in Moncton."),
        path: (document(spec.lang, f"The printer that cost me two weekends — {spec.name}", body, head), s),
    }


# --- a Cork computer shop on GetSimple CMS, AnyDesk / TeamViewer downloads ----------------


@branded
def b29_ie_getsimple_repair_shop(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    (copy,) = spec.quoted
    head = (
        '<meta name="generator" content="GetSimple">\n'
        '<link rel="stylesheet" href="/theme/Innovation/style.css?v=3.4" media="all">\n'
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<div class="wrapper"><header id="header"><a class="logo" href="/">{esc(spec.name)}</a>'
            '<nav id="nav"><ul><li><a href="/">Home</a></li><li><a href="/repairs/">Repairs</a></li><li><a href="/remote-support/">Remote support</a></li>'
            '<li><a href="/news/">News</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>'
            f'<div id="content"><div class="page-text">{content}</div></div>'
            f'<footer id="footer"><p><strong>Leeside Computers Ltd</strong> · Unit 4, Lapps Quay, Cork T12 X2D4 · '
            f'{s.tel(own, s.num(own, "national"))}</p><p>CRO 512384 · VAT IE 9712384K · Registered in Ireland</p>'
            '<p>Powered by GetSimple</p></footer></div>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – Computer repairs in Cork city since 2011", shell(s,
        "<h1>Computer repairs in Cork city</h1><p>Laptops, desktops, Macs and printers repaired in our shop on Lapps Quay. "
        "Walk in Monday to Saturday, 9.30 to 5.30. Free diagnosis, honest prices, no fix no fee.</p>"
        + _ul(("Screen and keyboard replacement", "Virus removal and clean-up", "Data recovery from failed drives",
               "New PC set-up and data transfer"))), head), s)
    s = Sheet()
    drafts["/remote-support/"] = (document(spec.lang, f"Remote support – {spec.name}", shell(s,
        "<h1>Remote support</h1><p>For existing customers only. Ring the shop first – we will never ask you to download anything "
        "unless you have called us on the number below.</p>"
        '<p><a class="btn" href="https://download.anydesk.com/AnyDesk.exe">Download AnyDesk (Windows)</a> '
        '<a class="btn" href="https://download.teamviewer.com/download/TeamViewerQS.exe">TeamViewer QuickSupport</a> '
        '<a class="btn" href="https://download.teamviewer.com/download/TeamViewerQS.dmg">QuickSupport for Mac</a></p>'
        "<p>Read us the ID shown on your screen. You can close the program at any time and the session ends.</p>"
        "<p>Remote help is €30 per half hour, invoiced afterwards.</p>"), head), s)
    s = Sheet()
    drafts["/repairs/"] = (document(spec.lang, f"Repairs – {spec.name}", shell(s,
        "<h1>Repairs and prices</h1><table><tr><td>Diagnosis</td><td>Free</td></tr><tr><td>Virus removal</td><td>€60</td></tr>"
        "<tr><td>Laptop screen (most models)</td><td>from €95</td></tr></table>"), head), s)
    s = Sheet()
    post = "/news/a-website-is-using-our-company-details/"
    drafts[post] = (document(spec.lang, f"A website is using our company details – {spec.name}", shell(s,
        '<article><h1>A website is using our company details</h1><p class="date">24 February 2026</p>'
        "<p>Two customers have told us about a site called ‘Cork PC Repairs’ that shows our company name, CRO and VAT numbers "
        "and our address on Lapps Quay in its footer. It is not us. The domain used to belong to a small repair business that "
        "closed years ago; someone has re-registered it and put up a ‘remote help’ site.</p>"
        f"<p>The number on that site, {_q(s, copy, 'national')}, is not ours. Our only number is the one at the bottom of this "
        "page. We do not cold-call and we do not sell ‘lifetime protection plans’.</p>"
        "<p>If you rang them and let them onto your computer, bring it in and we will check it free of charge.</p></article>"), head), s)
    return drafts


# --- a Düsseldorf Systemhaus on Weblication, HP's genuine German line ----------------------


@branded
def b29_de_weblication_it_partner(spec: Spec, rng: Random) -> Drafts:
    own, hp = spec.phones
    (ch,) = spec.quoted
    head = (
        '<meta name="generator" content="Weblication® CMS">\n'
        '<link rel="stylesheet" href="/wGlobal/layout/styles/design.css">\n'
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<div id="blockPage"><div id="blockHeader"><a href="/index.php" id="logo">{esc(spec.name)}</a>'
            '<div id="navigationMain"><ul><li><a href="/leistungen/index.php">Leistungen</a></li><li><a href="/service/herstellersupport.php">Herstellersupport</a></li>'
            '<li><a href="/aktuelles/index.php">Aktuelles</a></li><li><a href="/kontakt.php">Kontakt</a></li></ul></div></div>'
            f'<div id="blockContent"><div id="areaContent"><div class="elementStandard">{content}</div></div></div>'
            f'<div id="blockFooter"><p>{esc(spec.name)} GmbH · Kaiserswerther Straße 115, 40474 Düsseldorf · HRB 71234 Amtsgericht Düsseldorf · '
            f'Tel. {s.num(own, "split_sub")}</p></div></div>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – IT für den Mittelstand", shell(s,
        "<h1>Ihr IT-Systemhaus in Düsseldorf</h1><p>Seit 2008 betreuen wir Kanzleien, Praxen und Handwerksbetriebe: Netzwerk, "
        "Arbeitsplätze, Druckerflotten und IT-Sicherheit. HP Partner und Bitdefender GravityZone Partner.</p>"), head), s)
    s = Sheet()
    drafts["/service/herstellersupport.php"] = (document(spec.lang, f"Herstellersupport – {spec.name}", shell(s,
        "<h1>Herstellersupport</h1><p>Für Garantiefälle können Sie sich direkt an den Hersteller wenden. Vertragskunden rufen "
        "bitte zuerst unsere Hotline an.</p>"
        '<table class="tableStandard"><tr><th>Hersteller</th><th>Telefon</th><th>Quelle</th></tr>'
        f'<tr><td>HP Deutschland</td><td>{s.num(hp, "split_sub")}</td><td><a href="https://www.hp.com/de-de/contact-hp/contact.html">hp.com</a></td></tr>'
        '<tr><td>Bitdefender (GravityZone)</td><td>nur über das Partnerportal</td><td><a href="https://www.bitdefender.de/business/support/">bitdefender.de</a></td></tr>'
        f'<tr><td>{esc(spec.name)} – Hotline</td><td>{s.num(own, "split_sub")}</td><td>–</td></tr></table>'), head), s)
    s = Sheet()
    news = "/aktuelles/falsche-bitdefender-verlaengerung.php"
    drafts[news] = (document(spec.lang, f"Vorsicht: falsche Bitdefender-Verlängerung – {spec.name}", shell(s,
        "<h1>Vorsicht: falsche „Bitdefender-Verlängerung“</h1><p class=\"date\">25.02.2026</p>"
        "<p>Zwei Kunden haben E-Mails erhalten, ihr Bitdefender-Abo sei für CHF 349.95 verlängert worden. Zum „Stornieren“ wird auf eine "
        f"Schweizer Website mit der Hotline {_q(s, ch, 'intl')} verwiesen. Das ist weder Bitdefender noch wir.</p>"
        "<p>Unsere Kunden erhalten Verlängerungen ausschließlich über uns, mit Rechnung auf Papier oder im Kundenportal. "
        "Bitte rufen Sie im Zweifel unsere Hotline an.</p>"), head), s)
    s = Sheet()
    drafts["/kontakt.php"] = (document(spec.lang, f"Kontakt – {spec.name}", shell(s,
        "<h1>Kontakt</h1><p>Hotline Mo–Fr 8–18 Uhr. Fernwartung nur nach Rückruf über die bekannte Nummer.</p>"), head), s)
    return drafts


# --- Dell's own Belgian page on tech support scams, no number ------------------------------


@branded
def b29_benl_dell_official(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    path = "/nl-be/lp/oplichting-technische-ondersteuning"
    head = (
        f'<link rel="stylesheet" href="https://www.delltechnologies.com/cdn/dds/{_hex(rng, 8)}/dds2.css">\n'
        '<meta name="COUNTRY" content="be"><meta name="LANGUAGE" content="nl"><meta name="SEGMENT" content="bsd">\n'
    )
    body = (
        '<div id="unified-masthead" class="mh-masthead"><a href="/nl-be" class="mh-logo" aria-label="Dell Technologies">DELL Technologies</a>'
        '<nav class="mh-nav"><a href="/nl-be/shop">Winkel</a> <a href="/support/home/nl-be">Ondersteuning</a></nav></div>'
        '<main id="dell-main" class="dds__container"><nav class="dds__breadcrumb"><a href="/nl-be">Home</a> › <a href="/support/home/nl-be">Ondersteuning</a></nav>'
        "<h1>Bescherm uzelf tegen oplichting via technische ondersteuning</h1>"
        "<p>Oplichters doen zich voor als Dell of als een „erkende Dell-partner”. Ze plaatsen advertenties in zoekmachines, maken "
        "websites met ons logo of tonen een pop-up die zegt dat uw computer besmet is. Soms bellen ze zelf op.</p>"
        "<h2>Wat ze zeggen</h2>"
        + _ul(("„Uw licentie of garantie is verlopen, u moet nu verlengen.”",
               "„Er zijn virussen gevonden. Bel onze gecertificeerde technici nu.”",
               "„Installeer dit programma zodat we kunnen meekijken.”"))
        + "<p>Dell belt klanten nooit ongevraagd over virussen of licenties en vraagt nooit om betaling met cadeaubonnen, "
        "cryptomunten of via uw bankapp tijdens een gesprek.</p>"
        "<h2>Hoe u Dell echt bereikt</h2>"
        + _ul(("Ga naar de ondersteuningspagina op dell.com en vul uw servicetag in.",
               "Gebruik SupportAssist op uw computer om contact met ons op te nemen.",
               "Controleer dat het adres van de website op dell.com eindigt."))
        + "<p>Denkt u dat u slachtoffer bent? Verwijder onbekende programma’s voor bediening op afstand, wijzig uw wachtwoorden, "
        "verwittig uw bank en meld het bij de politie of via het meldpunt van de FOD Economie.</p></main>"
        '<footer class="mh-footer"><p>© 2026 Dell Inc. · Privacy · Voorwaarden · Contact</p></footer>'
    )
    return {
        "/": _home(spec, path, "Bescherm uzelf tegen oplichting via technische ondersteuning", "Laptops, desktops en ondersteuning van Dell in België."),
        path: (document(spec.lang, f"Oplichting via technische ondersteuning | {spec.name}", body, head), s),
    }


# --- a Tokyo PC shop on MakeShop with a Channel Talk chat widget ---------------------------


@branded
def b29_jp_makeshop_channeltalk_shop(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    plugin = f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"
    head = (
        f'<link rel="stylesheet" href="https://gigaplus.makeshop.jp/{_hex(rng, 6)}/css/shop.css">\n'
        "<script>(function(){var w=window;if(w.ChannelIO){return;}var ch=function(){ch.c(arguments);};ch.q=[];ch.c=function(args){ch.q.push(args);};"
        "w.ChannelIO=ch;function l(){if(w.ChannelIOInitialized){return;}w.ChannelIOInitialized=true;var s=document.createElement('script');"
        "s.type='text/javascript';s.async=true;s.src='https://cdn.channel.io/plugin/ch-plugin-web.js';var x=document.getElementsByTagName('script')[0];"
        "if(x.parentNode){x.parentNode.insertBefore(s,x);}}if(document.readyState==='complete'){l();}else{w.addEventListener('load',l,false);}})();\n"
        f"ChannelIO('boot',{{\"pluginKey\":\"{plugin}\",\"language\":\"ja\"}});</script>\n"
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<div id="wrapper"><header id="header"><h1 class="logo"><a href="/">{esc(spec.name)}</a></h1>'
            '<ul class="gnav"><li><a href="/shopbrand/ct1/">中古ノートPC</a></li><li><a href="/shopbrand/ct2/">デスクトップ</a></li>'
            '<li><a href="/html/page3.html">修理・サポート</a></li><li><a href="/html/contact.html">お問い合わせ</a></li></ul></header>'
            f'<div id="contents">{content}</div>'
            f'<footer id="footer"><p>株式会社蔵前デジタル　東京都台東区蔵前3-12-8　古物商許可 第301012345678号</p>'
            f'<p>TEL {s.tel(own, s.num(own, "dashed"))}（平日10:00〜18:00）</p><p class="copy">Powered by MakeShop</p></footer></div>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name}｜中古パソコン専門店", shell(s,
        "<h2>蔵前の中古パソコン専門店</h2><p>法人リース上がりのノートパソコンを、自社でクリーニング・検品して販売しています。"
        "全品 Windows 11 Pro 導入済み、6か月保証付き。</p>"
        '<ul class="items"><li><a href="/shopdetail/000000000412/">Let’s note CF-SV1 / Core i5 / 16GB</a> 54,800円</li>'
        '<li><a href="/shopdetail/000000000418/">ThinkPad X1 Carbon Gen9</a> 69,800円</li></ul>'
        "<p>ご質問は画面右下のチャットからどうぞ。スタッフがお答えします。</p>"), head), s)
    s = Sheet()
    drafts["/html/page3.html"] = (document(spec.lang, f"修理・サポート｜{spec.name}", shell(s,
        "<h2>修理・サポート</h2><p>当店でご購入のパソコンは、店頭またはお電話でサポートします。"
        "当店からお客様にウイルス感染のご連絡をすることはありません。画面に表示された電話番号にはお電話なさらないでください。</p>"), head), s)
    s = Sheet()
    drafts["/html/contact.html"] = (document(spec.lang, f"お問い合わせ｜{spec.name}", shell(s,
        "<h2>お問い合わせ</h2><p>チャット、メール（info (at) pcshop-kuramae.jp）またはお電話で承ります。</p>"), head), s)
    return drafts


TEMPLATES = {
    "b29_be_forkcms_tv_consumer": with_contact("/nl/contact", b29_be_forkcms_tv_consumer),
    "b29_it_bootstrapitalia_library": branded(b29_it_bootstrapitalia_library),
    "b29_nl_crownpeak_bank_bulletin": with_contact("/klantenservice/contact", b29_nl_crownpeak_bank_bulletin),
    "b29_au_squiz_news": with_contact("/contact-us", b29_au_squiz_news),
    "b29_at_punbb_forum": b29_at_punbb_forum,
    "b29_fi_cakephp_directory": b29_fi_cakephp_directory,
    "b29_chfr_firstspirit_police": with_contact("/contact", b29_chfr_firstspirit_police),
    "b29_ca_writefreely_victim": with_contact("/about", b29_ca_writefreely_victim),
    "b29_ie_getsimple_repair_shop": with_contact("/contact/", b29_ie_getsimple_repair_shop),
    "b29_de_weblication_it_partner": b29_de_weblication_it_partner,
    "b29_benl_dell_official": with_contact("/nl-be/contactus", b29_benl_dell_official),
    "b29_jp_makeshop_channeltalk_shop": b29_jp_makeshop_channeltalk_shop,
}
