"""Ninth batch of held-out honest templates: page shells no earlier batch uses.

fi_foorumi_ketju (a Finnish security forum thread in a Flarum-like shell where a reader
quotes the number a "Windows Defender" locker showed), nl_wiebelde_lijst (a Dutch
"wie belde mij" number-lookup site: a home page of recent searches and one page per
number with ratings), fi_tietokonepaja (a Helsinki computer repair shop with its own
number, Y-tunnus and a TeamViewer QuickSupport link) and be_banque_fraude (a Belgian
bank's French fraud-warning page quoting a fake "Apple assistance" number beside its
own customer line), au_courier_article (an Australian regional paper's story quoting
the number a browser locker showed), gb_village_repair (a Hexham computer repair shop
with its own number, company number and a TeamViewer QuickSupport link),
fr_gen_contact_norton (the French Norton support contact page on the brand owner's site,
with its genuine number) and us_msp_services (a US managed-IT provider for businesses
with a ScreenConnect remote-support link and its own help desk number).
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


@branded
def fi_foorumi_ketju(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    tid = rng.randint(3000, 9000)
    views = rng.randint(400, 2600)
    posts = [
        (
            "eeva_k",
            "Isäni koneelle tuli eilen illalla koko näytön sininen ikkuna, jossa luki että tietokone on estetty ja "
            f"pitää soittaa Windows-tukeen numeroon {_q(s, q, 'compact')}. Taustalla soi hälytysääni eikä ikkunaa saanut kiinni. "
            "Onneksi hän soitti ensin minulle. Onko tämä sama huijaus josta uutisissa puhuttiin?",
        ),
        (
            "tietoturva_tuomas",
            "Kyllä, tuo on selainhuijaus. Kone ei ole oikeasti lukittu: sulje selain Ctrl+Shift+Esc "
            "-näppäimillä (Tehtävienhallinta) äläkä palauta edellistä istuntoa. Microsoft ei koskaan näytä puhelinnumeroa virheilmoituksessa.",
        ),
        (
            "moderaattori",
            "Lisäsin ketjuun tunnisteen *huijaus*. Jos olet jo soittanut tai antanut etäyhteyden, "
            "ota yhteys pankkiisi ja tee rikosilmoitus poliisille. Ilmoituksen voi tehdä myös Kyberturvallisuuskeskukselle.",
        ),
    ]
    stream = "".join(
        f'<article class="Post" data-id="{tid * 10 + i}"><header class="Post-header"><span class="username">{esc(who)}</span>'
        f'<time datetime="2026-02-{10 + i:02d}T19:0{i}:00+02:00">{10 + i}.2.2026</time></header>'
        f'<div class="Post-body"><p>{text}</p></div>'
        '<footer class="Post-actions"><button class="Button--link">Tykkää</button><button class="Button--link">Vastaa</button></footer></article>'
        for i, (who, text) in enumerate(posts)
    )
    payload = json.dumps(
        {
            "resources": [
                {
                    "type": "discussions",
                    "id": str(tid),
                    "attributes": {"commentCount": 3, "viewCount": views},
                }
            ]
        }
    )
    body = (
        f'<div id="app" class="App"><header class="App-header"><a href="/" class="Header-title">{esc(spec.name)}</a>'
        '<nav><a href="/t/huijaukset">Huijaukset</a><a href="/t/windows">Windows</a><a href="/ohjeet">Ohjeet</a></nav></header>'
        '<main class="App-content"><div class="DiscussionPage">'
        '<div class="DiscussionHero"><ul class="TagsLabel"><li>Huijaukset</li><li>Windows</li></ul>'
        "<h1>Koko näytön varoitus: ”tietokoneesi on estetty” – soittaa numeroon?</h1></div>"
        f'<div class="PostStream">{stream}</div>'
        '<div class="ReplyPlaceholder"><p>Kirjoita vastaus…</p></div></div></main></div>'
        f'<script id="flarum-json-payload" type="application/json">{payload}</script>'
    )
    path = f"/d/{tid}-koko-nayton-varoitus-tietokoneesi-on-estetty"
    home = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>Keskustelua tietoturvasta, huijauksista ja tietokoneiden ongelmista.</p><ul><li><a href="{path}">Koko näytön varoitus: ”tietokoneesi on estetty”</a></li></ul></main>'
    )
    return {
        path: (document(spec.lang, f"Koko näytön varoitus – {spec.name}", body), s),
        "/": (document(spec.lang, spec.name, home), Sheet()),
    }


@branded
def nl_wiebelde_lijst(spec: Spec, rng: Random) -> Drafts:
    drafts: Drafts = {}
    home = Sheet()
    rows = []
    for q in spec.quoted:
        digits = numbers.national_digits(q)
        rows.append(
            f'<tr><td><a href="/nummer/{digits}">{_q(home, q, "national")}</a></td>'
            f'<td>{rng.randint(12, 90)} keer gezocht</td><td class="neg">Onbetrouwbaar</td></tr>'
        )
    notes = {
        0: (
            "Zegt van de storingsdienst van Ziggo te zijn, wil op je computer inloggen.",
            "Stond bovenaan in Google bij ‘ziggo storing’. Geen echte Ziggo, vroegen €89 voor ‘modemreset’.",
        ),
        1: (
            "Beweerde dat mijn Outlook gehackt was en dat Microsoft mijn account ging sluiten.",
            "Moest AnyDesk installeren. Opgehangen. Niet bellen!",
        ),
    }
    for i, q in enumerate(spec.quoted):
        s = Sheet()
        digits = numbers.national_digits(q)
        comments = "".join(
            f'<li class="comment"><span class="meta">{rng.randint(1, 28)} feb 2026 · anoniem</span><p>{esc(t)}</p></li>'
            for t in notes[i % 2]
        )
        body = (
            f'<div class="page"><header class="bar"><a href="/">{esc(spec.name)}</a>'
            '<form action="/zoek"><input name="nummer" placeholder="Telefoonnummer"><button>Wie belde?</button></form></header>'
            f"<h1>Wie belde mij met {_q(s, q, 'national')}?</h1>"
            f'<p class="alt">Ook geschreven als {_q(s, q, "intl")} of {_q(s, q, "compact")}</p>'
            f'<div class="score"><span class="label">Beoordeling</span> <strong>Oplichting</strong> '
            f"({rng.randint(70, 96)}% negatief)</div>"
            '<table class="info"><tr><th>Soort nummer</th><td>085/088 bedrijfsnummer (niet-geografisch)</td></tr>'
            "<tr><th>Laatst gezocht</th><td>vandaag</td></tr></table>"
            f'<h2>Ervaringen van bezoekers</h2><ol class="comments">{comments}</ol>'
            '<form class="melden" action="/melding" method="post"><textarea name="ervaring" placeholder="Deel uw ervaring"></textarea>'
            "<button>Plaats ervaring</button></form></div>"
        )
        drafts[f"/nummer/{digits}"] = (
            document(
                spec.lang, f"{numbers.write(q, 'national')} – wie belde mij? | {spec.name}", body
            ),
            s,
        )
    home_body = (
        f'<div class="page"><header class="bar"><a href="/">{esc(spec.name)}</a></header>'
        "<h1>Wie belde mij? Zoek een onbekend nummer</h1>"
        "<p>Gemist gesprek van een onbekend nummer? Bezoekers delen hier wie er belde: telemarketing, incasso of oplichters.</p>"
        f'<h2>Veel gezocht deze week</h2><table class="recent">{"".join(rows)}</table></div>'
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – wie belde mij?", home_body), home)
    return drafts


@branded
def fi_tietokonepaja(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    ytunnus = f"{rng.randint(2800000, 3299999)}-{rng.randint(0, 9)}"
    body = (
        f'<div class="sivu"><header class="yla"><strong>{esc(spec.name)}</strong>'
        '<nav><a href="/">Etusivu</a><a href="/hinnasto">Hinnasto</a><a href="/etatuki">Etätuki</a><a href="/yhteystiedot-tuki">Yhteystiedot</a></nav></header>'
        "<h1>Tietokonehuoltoa Kalliossa vuodesta 2014</h1>"
        "<p>Korjaamme kannettavat ja pöytäkoneet, vaihdamme näytöt ja akut ja pelastamme tiedostot rikkoutuneilta levyiltä. "
        "Tuo kone liikkeeseen tai pyydä etätukea.</p>"
        '<table class="hinnasto"><caption>Hinnasto (sis. alv 25,5 %)</caption>'
        "<tr><td>Vianetsintä</td><td>39 €</td></tr><tr><td>Virusten poisto ja puhdistus</td><td>79 €</td></tr>"
        "<tr><td>Etätuki, alkava 30 min</td><td>35 €</td></tr></table>"
        '<section id="etatuki"><h2>Etätuki</h2>'
        "<p>Soita ensin meille ja sovitaan aika. Lataa sitten etätukiohjelma ja kerro asentajalle näytölle tuleva tunnus. "
        "Emme koskaan soita sinulle pyytämättä emmekä pyydä maksua lahjakorteilla.</p>"
        '<p><a class="nappi" href="https://get.teamviewer.com/tkpkallio" rel="nofollow">Lataa TeamViewer QuickSupport</a></p></section>'
        '<section class="yhteys"><h2>Yhteystiedot</h2>'
        f"<p>Puhelin {s.tel(own, s.num(own, 'split_sub'))} (ma–pe 10–18, la 11–15)</p>"
        "<p>Helsinginkatu 14, 00500 Helsinki · asiakaspalvelu@tietokonepaja-kallio.fi</p>"
        f"<p>{esc(spec.name)} Oy · Y-tunnus {ytunnus}</p></section></div>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – tietokonehuolto Helsinki", body), s)}


@branded
def be_banque_fraude(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    q = spec.quoted[0]
    s = Sheet()
    cases = rng.randint(120, 340)
    body = (
        f'<header class="bf-header"><a class="bf-logo" href="/fr/particuliers">{esc(spec.name)}</a>'
        '<nav class="bf-nav"><a href="/fr/particuliers">Particuliers</a><a href="/fr/entreprises">Entreprises</a>'
        '<a href="/fr/securite">Sécurité</a><a href="/fr/contact">Contact</a></nav></header>'
        '<main class="bf-main"><nav class="bf-crumbs">Sécurité › Fraude › Faux helpdesk</nav>'
        "<h1>Fraude au faux helpdesk : ne laissez personne prendre la main sur votre ordinateur</h1>"
        f'<p class="bf-intro">Ces dernières semaines, nos équipes ont traité plus de {cases} signalements de clients qui '
        "ont appelé un prétendu service d’assistance après une recherche en ligne ou un message d’alerte.</p>"
        '<section class="bf-case"><h2>Exemple récent</h2>'
        "<p>Un site qui se présente comme « Assistance Apple Belgique » affiche le numéro "
        f"<strong>{_q(s, q, 'national')}</strong>. Au téléphone, un « conseiller » demande d’installer un logiciel de "
        "prise de contrôle à distance, puis de se connecter à Belfius Direct Net « pour vérifier le remboursement ».</p>"
        "<p>Ce numéro n’appartient ni à Apple ni à notre banque.</p></section>"
        '<section class="bf-tips"><h2>Nos conseils</h2><ul>'
        "<li>Belfius ne vous demandera jamais d’installer AnyDesk, TeamViewer ou un autre logiciel.</li>"
        "<li>Ne communiquez jamais vos codes de carte ou de lecteur par téléphone.</li>"
        "<li>Cherchez le numéro d’une entreprise sur son site officiel, pas dans une annonce.</li></ul></section>"
        '<section class="bf-help"><h2>Vous avez été victime ?</h2>'
        f"<p>Appelez immédiatement notre service clientèle au {s.tel(own, s.num(own, 'national'))} "
        "(24h/24 en cas de fraude) et bloquez vos cartes via Card Stop. Portez plainte auprès de la police locale.</p></section></main>"
        '<footer class="bf-footer"><p>Belfius Banque SA · Place Rogier 11, 1210 Bruxelles · RPM Bruxelles TVA BE 0403.201.185</p></footer>'
    )
    return {
        "/fr/securite/fraude-faux-helpdesk": (
            document(spec.lang, f"Fraude au faux helpdesk | {spec.name}", body),
            s,
        ),
        "/": (
            document(
                spec.lang,
                spec.name,
                f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
                '<p>Banque et assurances.</p><a href="/fr/securite/fraude-faux-helpdesk">Fraude au faux helpdesk</a></main>',
            ),
            Sheet(),
        ),
    }


@branded
def au_courier_article(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    age = rng.randint(72, 88)
    slug = "/news/local/pensioner-loses-4000-to-browser-pop-up-scam"
    body = (
        f'<div class="masthead"><a href="/">{esc(spec.name)}</a><span class="date">Tuesday, 24 February 2026</span></div>'
        '<nav class="sections"><a href="/news/local">Local News</a><a href="/sport">Sport</a><a href="/community">Community</a>'
        '<a href="/contact-us">Contact</a></nav>'
        '<article class="story" itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Pensioner loses $4000 after pop-up warning told her to ring "security support"</h1>'
        '<p class="byline">By <span itemprop="author">Jess Whitfield</span> · Updated 4.20pm</p>'
        f"<p>A {age}-year-old Nowra woman has lost $4000 after a pop-up on her laptop claimed her browser had been "
        "locked because of a virus and would not go away.</p>"
        f"<p>The full-screen warning, which played a loud alarm, told her to call {_q(s, q, 'national')}. "
        "The man who answered asked her to install a program and then log in to her online banking so he could "
        "\u201crefund\u201d a security fee.</p>"
        '<blockquote class="pull">"It looked so official. I thought I had done something wrong," she said.</blockquote>'
        "<p>Police urged residents who see such a message to close the browser, never call the number, and to contact "
        "their bank immediately if they had given anyone remote access. Scams can be reported to Scamwatch.</p>"
        '<aside class="factbox"><h2>How to spot it</h2><ul><li>Real security software never asks you to phone a number.</li>'
        "<li>Alarms and countdowns are meant to rush you.</li><li>Hold the power button to shut down if the page will not close.</li></ul></aside>"
        "</article>"
        f'<footer class="paper-foot">© 2026 {esc(spec.name)} · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>'
    )
    home = (
        f'<div class="masthead"><a href="/">{esc(spec.name)}</a></div><main><h1>Latest news</h1>'
        f'<ul><li><a href="{slug}">Pensioner loses $4000 after pop-up warning</a></li>'
        '<li><a href="/news/local/princes-highway-roadworks">Princes Highway roadworks to start in March</a></li></ul></main>'
    )
    return {
        slug: (document(spec.lang, f"Pensioner loses $4000 to pop-up scam | {spec.name}", body), s),
        "/": (document(spec.lang, spec.name, home), Sheet()),
    }


@branded
def gb_village_repair(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    company = rng.randint(10000000, 15999999)
    body = (
        f'<header class="shopfront"><h1>{esc(spec.name)}</h1><p>Friendly computer repairs in Hexham and the Tyne Valley</p></header>'
        '<main class="columns"><section class="left"><h2>Repairs</h2><ul>'
        "<li>Laptop screens, keyboards and charging ports</li><li>Slow computer tune-up from £45</li>"
        "<li>Virus and pop-up removal</li><li>New PC set-up and data transfer</li></ul>"
        "<p>Bring it in to the shop on Priestpopple or we can collect from your home within 10 miles.</p></section>"
        '<section class="right"><h2>Remote help</h2>'
        "<p>For small problems we can help over the internet. Ring us first so we know it's you, then download "
        "TeamViewer QuickSupport and read us the ID and password it shows.</p>"
        '<p><a class="btn" href="https://get.teamviewer.com/tynevalleypc">Download TeamViewer QuickSupport</a></p>'
        '<p class="note">We will never phone you out of the blue, show pop-ups or ask for payment in gift cards. '
        "If someone claims to be us, hang up and ring the shop.</p></section></main>"
        '<footer class="shopinfo">'
        f"<p>Call {s.tel(own, s.num(own, 'national'))} · Tue–Sat 9.30–5</p>"
        "<p>14 Priestpopple, Hexham NE46 1PQ</p>"
        f"<p>{esc(spec.name)} Ltd · Registered in England &amp; Wales no. {company}</p></footer>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – computer repairs Hexham", body), s)}


@branded
def fr_gen_contact_norton(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f'<header class="gd-header"><a class="gd-logo" href="/fr">{esc(spec.name)}</a>'
        '<nav><a href="/fr/marques">Nos marques</a><a href="/fr/confidentialite">Confidentialité</a><a href="/fr/contact">Contact</a></nav></header>'
        '<main class="gd-main"><h1>Contacter l’assistance Norton en France</h1>'
        "<p>Pour une question sur votre abonnement Norton 360, un remboursement ou un problème d’installation, "
        "connectez-vous d’abord à votre compte Norton : la plupart des demandes s’y règlent en ligne.</p>"
        '<div class="gd-card"><h2>Service client Norton</h2>'
        f"<p>Téléphone : {s.tel(own, s.num(own, 'intl_zero_pairs'))}</p>"
        "<p>Du lundi au vendredi, 9h – 18h (hors jours fériés) · appel non surtaxé</p></div>"
        '<section class="gd-warning"><h2>Attention aux faux services d’assistance</h2>'
        "<p>Des sites et des messages frauduleux utilisent le nom Norton et affichent d’autres numéros. "
        "Norton n’affiche jamais de numéro de téléphone dans une alerte de navigateur et ne vous demandera jamais "
        "de payer par carte cadeau ou virement pour annuler un abonnement.</p>"
        "<p>Vérifiez toujours le numéro sur cette page ou dans votre compte Norton.</p></section></main>"
        '<footer class="gd-footer"><p>© 2026 Gen Digital Inc. Tous droits réservés. · '
        '<a href="/fr/conditions">Conditions</a> · <a href="/fr/cookies">Cookies</a></p></footer>'
    )
    home = (
        f'<header><a href="/fr">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        "<p>Norton, Avira et d’autres marques de sécurité grand public.</p>"
        '<a href="/fr/contact/assistance-norton">Assistance Norton</a></main>'
    )
    return {
        "/fr/contact/assistance-norton": (
            document(spec.lang, f"Assistance Norton – nous contacter | {spec.name}", body),
            s,
        ),
        "/": (document(spec.lang, spec.name, home), Sheet()),
    }


@branded
def us_msp_services(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    clients = rng.randint(60, 140)
    tiers = "".join(
        f'<div class="tier"><h3>{esc(name)}</h3><p class="price">{esc(price)}</p><p>{esc(what)}</p></div>'
        for name, price, what in (
            (
                "Essentials",
                "$89 / user / month",
                "Help desk, patching, endpoint protection and backup monitoring.",
            ),
            (
                "Complete",
                "$139 / user / month",
                "Everything in Essentials plus Microsoft 365 administration and on-site visits.",
            ),
            ("Co-managed", "Custom", "Tools and after-hours cover for your in-house IT team."),
        )
    )
    body = (
        f'<header class="msp-nav"><a class="brandmark" href="/">{esc(spec.name)}</a>'
        '<nav><a href="/managed-it">Managed IT</a><a href="/cybersecurity">Cybersecurity</a><a href="/about">About</a>'
        '<a href="/support">Support</a></nav></header>'
        '<section class="msp-hero"><h1>Managed IT for Willamette Valley businesses</h1>'
        f"<p>We look after the servers, laptops and networks of {clients} local companies, from dental practices to "
        "manufacturers, under flat monthly agreements.</p></section>"
        f'<section class="msp-tiers"><h2>Plans</h2>{tiers}</section>'
        '<section class="msp-support" id="support"><h2>Already a client?</h2>'
        "<p>Open a ticket in the client portal or phone the help desk. If a technician needs to see your screen, "
        "they will give you a session code to enter on our support page.</p>"
        '<p><a href="https://support.ridgeline-it.com/">Join a remote support session (ConnectWise ScreenConnect)</a></p>'
        f"<p>Help desk: {s.tel(own, s.num(own, 'us_paren'))} · 7am–6pm Pacific, 24/7 for critical outages</p></section>"
        '<footer class="msp-foot"><p>1120 Commercial St SE, Salem, OR 97302</p>'
        f'<p>© 2026 {esc(spec.name)} LLC · Microsoft Solutions Partner · <a href="/privacy">Privacy</a></p></footer>'
    )
    return {"/": (document(spec.lang, f"{spec.name} | Managed IT services, Salem OR", body), s)}


TEMPLATES = {
    "fi_foorumi_ketju": with_page("/ohjeet/tuki", fi_foorumi_ketju),
    "nl_wiebelde_lijst": with_page("/over-ons", nl_wiebelde_lijst),
    "fi_tietokonepaja": with_page("/yhteystiedot-tuki", fi_tietokonepaja),
    "be_banque_fraude": with_page("/fr/contact", be_banque_fraude),
    "au_courier_article": with_page("/contact-us", au_courier_article),
    "gb_village_repair": with_page("/contact", gb_village_repair),
    "fr_gen_contact_norton": with_page("/fr/contact", fr_gen_contact_norton),
    "us_msp_services": with_page("/support", us_msp_services),
}
