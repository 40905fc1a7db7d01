"""Ninth batch of held-out honest templates: page shells no earlier batch uses.

fi_foorumi_ketju (a Finnish security forum thread in a Flarum-like shell where a reader
quotes the number a "Windows Defender" locker showed), nl_wiebelde_lijst (a Dutch
"wie belde mij" number-lookup site: a home page of recent searches and one page per
number with ratings), fi_tietokonepaja (a Helsinki computer repair shop with its own
number, Y-tunnus and a TeamViewer QuickSupport link) and be_banque_fraude (a Belgian
bank's French fraud-warning page quoting a fake "Apple assistance" number beside its
own customer line).
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


TEMPLATES = {
    "fi_foorumi_ketju": with_page("/ohjeet/tuki", fi_foorumi_ketju),
    "nl_wiebelde_lijst": with_page("/over-ons", nl_wiebelde_lijst),
    "fi_tietokonepaja": with_page("/yhteystiedot-tuki", fi_tietokonepaja),
    "be_banque_fraude": with_page("/fr/contact", be_banque_fraude),
}
