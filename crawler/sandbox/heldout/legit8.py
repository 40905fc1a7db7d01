"""Eighth batch of held-out honest templates: six page shells no earlier batch uses.

nl_krant_waarschuwing (a Dutch regional paper's article warning about fake computer
help, quoting two scam numbers), en_victim_thread (an English forum thread where a
victim quotes the number from a locker screen), de_rufnummer_radar (a German reverse
number lookup page for one number), nl_reparatie_winkel (a local Dutch repair shop with
remote support, its own number, KvK and address), uni_it_servicedesk (a university IT
service desk with a remote-support client download and its own number) and
fr_operateur_assistance (a French telecom provider's help page with its own number).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

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
def nl_krant_waarschuwing(spec: Spec, rng: Random) -> Drafts:
    a, b = spec.quoted[0], spec.quoted[1]
    s = Sheet()
    day = rng.randint(2, 27)
    body = (
        f'<header class="site-header"><a class="logo" href="/">{esc(spec.name)}</a>'
        '<nav><a href="/regio">Regio</a><a href="/112">112</a><a href="/contact">Contact</a></nav></header>'
        '<article class="article"><p class="kicker">Oplichting</p>'
        "<h1>Ommenaar (81) betaalt 450 euro aan nep-computerhulp</h1>"
        f'<p class="meta">Door Ilse Brinkman · {day} februari 2026, 14:12</p>'
        '<p class="lead">Een inwoner van Ommen zocht online hulp voor zijn trage laptop en belde een nummer van een site die er betrouwbaar uitzag. '
        "Een ‘monteur’ nam zijn computer over en liet hem betalen met cadeaukaarten.</p>"
        f"<p>Het nummer dat hij belde, {_q(s, a, 'pairs')}, staat op een site die computerhulp op afstand belooft. "
        "Volgens de Fraudehelpdesk komen er de laatste weken veel meldingen binnen over zulke sites.</p>"
        "<p>Ook in Vlaanderen is een variant actief: daar bellen mensen na een valse melding van hun bank naar "
        f"{_q(s, b, 'national')}, waarna ze een programma moeten installeren.</p>"
        "<h2>Tips van de politie</h2><ul><li>Bel nooit een nummer uit een pop-up of onbekende site.</li>"
        "<li>Geef niemand die u niet kent toegang tot uw computer.</li><li>Twijfelt u? Ga naar een winkel in de buurt.</li></ul>"
        "</article>"
        f'<footer><p>© 2026 {esc(spec.name)} · <a href="/privacy">Privacy</a> · <a href="/contact">Tips? Mail de redactie</a></p></footer>'
    )
    return {
        "/": (
            document(
                spec.lang, f"Ommenaar betaalt 450 euro aan nep-computerhulp | {spec.name}", body
            ),
            s,
        )
    }


@branded
def en_victim_thread(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    views = rng.randint(800, 4000)
    body = (
        f'<div class="forum-shell"><header><a href="/">{esc(spec.name)}</a> › Security &amp; Malware › Scams</header>'
        f'<h1 class="thread-title">Red "computer blocked" screen – I rang the number, what now?</h1>'
        f'<p class="stats">{views} views · 4 replies</p>'
        '<div class="msg" id="m1"><div class="who">margaret_h <small>New member</small></div>'
        '<div class="text">Last night my laptop suddenly went full screen red with a siren saying it was blocked. '
        f"I panicked and called {_q(s, q, 'dashed')}. The man said I had to pay £299 and asked me to download a program. "
        "I hung up when he asked for my bank details. Is my laptop safe?</div></div>"
        '<div class="msg" id="m2"><div class="who">pc_dave <small>Moderator</small></div>'
        '<div class="text">That screen is just a web page, your computer was never blocked. Hold Ctrl+Alt+Del, end the browser, '
        "and don't reopen the last tab. If you installed anything, uninstall it and change your online banking password. "
        "Report it to Action Fraud.</div></div>"
        '<div class="msg" id="m3"><div class="who">kirsty77</div><div class="text">Same thing happened to my dad last month, different number though. Well done for hanging up.</div></div>'
        '<form class="reply" action="/post" method="post"><textarea name="message"></textarea><button>Post reply</button></form></div>'
    )
    return {
        "/": (
            document(spec.lang, f"Computer blocked screen – I rang the number | {spec.name}", body),
            s,
        )
    }


def _lookup(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    body = (
        f'<header><a href="/">{esc(spec.name)}</a><form action="/suche"><input name="nr" placeholder="Rufnummer eingeben"><button>Suchen</button></form></header>'
        f"<main><h1>Wer ruft an von {_q(s, q, 'national')}?</h1>"
        f"<p>Internationale Schreibweise: {_q(s, q, 'intl')}</p>"
        '<div class="verdict danger"><strong>Einschätzung: Betrug</strong> – '
        f"{rng.randint(25, 70)} Nutzer stufen diese Nummer als unseriös ein.</div>"
        '<dl class="facts"><dt>Nummernart</dt><dd>Service-Rufnummer (0800, gebührenfrei)</dd>'
        "<dt>Zuletzt gesucht</dt><dd>heute</dd><dt>Anbieter</dt><dd>unbekannt</dd></dl>"
        '<section class="reviews"><h2>Erfahrungen</h2>'
        "<blockquote>Angeblicher Microsoft Kundendienst, wollte per Fernwartung auf meinen PC.</blockquote>"
        "<blockquote>Nummer stand auf einer Seite, die wie Microsoft aussah. Echte Firma ist das nicht.</blockquote>"
        "</section></main>"
    )
    return {
        f"/nummer/{numbers.national_digits(q)}": (
            document(spec.lang, f"{spec.name} – Rufnummer prüfen", body),
            s,
        )
    }


@branded
def de_rufnummer_radar(spec: Spec, rng: Random) -> Drafts:
    drafts = _lookup(spec, rng)
    s = Sheet()
    path = f"/nummer/{numbers.national_digits(s.hidden(spec.quoted[0], offered=False))}"
    home = (
        f"<h1>{esc(spec.name)}</h1><p>Unbekannte Nummer? Hier sehen Sie, was andere berichten.</p>"
        f'<p>Zuletzt gesucht: <a href="{path}">Service-Rufnummer 0800</a></p>'
    )
    drafts["/"] = (document(spec.lang, spec.name, home), s)
    return drafts


@branded
def nl_reparatie_winkel(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    kvk = rng.randint(90000000, 99999999)
    body = (
        f'<header class="shop"><h1>{esc(spec.name)}</h1><p>Reparatie, onderhoud en hulp op afstand – sinds kort ook aan de Leusderweg</p></header>'
        '<section class="diensten"><h2>Wat we doen</h2><ul><li>Laptopschermen en accu’s vervangen</li>'
        "<li>Trage computer opschonen vanaf € 49</li><li>Data redden van een kapotte schijf</li></ul></section>"
        '<section class="afstand"><h2>Hulp op afstand</h2><p>Bent u al klant? Bel ons eerst; daarna sturen wij u een sessiecode '
        "voor onze supportsoftware. Wij nemen nooit zelf ongevraagd contact met u op en werken nooit met cadeaukaarten.</p></section>"
        '<section class="contact"><h2>Contact</h2>'
        f"<p>Telefoon: {s.tel(own, s.num(own, 'spaced_dash'))}</p>"
        "<p>Leusderweg 118, 3817 KE Amersfoort · di–za 10:00–17:30</p>"
        f"<p>KvK {kvk} · BTW NL{rng.randint(100000000, 999999999)}B01</p></section>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – computerreparatie Amersfoort", body), s)}


@branded
def uni_it_servicedesk(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    ver = f"23.{rng.randint(1, 3)}.{rng.randint(1, 9)}"
    body = (
        f'<header class="uni-bar"><a href="/">{esc(spec.name)}</a><nav><a href="/accounts">Accounts</a><a href="/wifi">Wi-Fi</a><a href="/help">Help</a></nav></header>'
        "<main><h1>Remote support from the IT Service Desk</h1>"
        "<p>Staff and students can get help on their own device without coming to the Library help point. "
        "An analyst will only connect once you have raised a ticket and given them the session key they read out to you.</p>"
        "<ol><li>Log a ticket in the self-service portal or phone the Service Desk.</li>"
        f'<li>Download the <a href="/downloads/remote-support-client-{ver}.exe">remote support client</a> '
        f'(<a href="/downloads/remote-support-client-{ver}.dmg">macOS version</a>).</li>'
        "<li>Enter the 7-digit session key the analyst gives you. You can end the session at any time.</li></ol>"
        '<aside class="warning"><h2>Beware of scam calls</h2><p>We will never cold-call you or ask you to pay. '
        "If someone claiming to be IT asks for card details, hang up and report it.</p></aside>"
        f'<section class="contact"><h2>Contact the Service Desk</h2><p>Phone: {s.tel(own, s.num(own, "intl_zero_gap"))} '
        "(Mon–Fri 8:00–18:00, Sat 10:00–14:00)</p><p>Internal extension: 4800</p></section></main>"
    )
    return {"/help/remote-support": (document(spec.lang, f"Remote support – {spec.name}", body), s),
            "/": (document(spec.lang, spec.name, f'<h1>{esc(spec.name)}</h1><p>Accounts, Wi-Fi, printing and software for staff and students.</p><a href="/help/remote-support">Remote support</a>'), Sheet())}  # fmt: skip


@branded
def fr_operateur_assistance(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f'<header class="op"><a href="/" class="logo">{esc(spec.name)}</a><nav><a href="/box">Box</a><a href="/mobile">Mobile</a>'
        '<a href="/espace-client">Espace client</a></nav></header>'
        "<main><h1>Assistance technique Box et Fibre</h1>"
        "<p>Votre connexion est coupée ou lente ? Redémarrez votre box, puis lancez le diagnostic depuis votre espace client. "
        "Nos techniciens peuvent ensuite vérifier votre ligne à distance.</p>"
        '<section class="faq"><h2>Questions fréquentes</h2><details><summary>Le voyant de ma box clignote en rouge</summary>'
        "<p>Vérifiez le câble fibre puis patientez dix minutes.</p></details>"
        "<details><summary>Un conseiller peut-il prendre la main sur mon ordinateur ?</summary>"
        "<p>Non. Nous intervenons uniquement sur votre box et votre ligne, jamais sur votre ordinateur, et nous ne vous demandons jamais de paiement par coupon.</p></details></section>"
        '<section class="contact"><h2>Nous contacter</h2>'
        f"<p>Assistance technique : {s.tel(own, s.num(own, 'national'))} (prix d’un appel local, 8h–21h, 7j/7)</p>"
        f"<p>{esc(spec.name)} SAS · 42 rue de la Gare, 69003 Lyon · RCS Lyon {rng.randint(400, 899)} {rng.randint(100, 999)} {rng.randint(100, 999)}</p></section></main>"
    )
    return {"/": (document(spec.lang, f"Assistance {spec.name} – box, fibre et mobile", body), s)}


TEMPLATES = {
    "nl_krant_waarschuwing": with_page("/contact", nl_krant_waarschuwing),
    "en_victim_thread": with_page("/help", en_victim_thread),
    "de_rufnummer_radar": with_page("/kontakt", de_rufnummer_radar),
    "nl_reparatie_winkel": with_page("/contact", nl_reparatie_winkel),
    "uni_it_servicedesk": uni_it_servicedesk,
    "fr_operateur_assistance": with_page("/contact", fr_operateur_assistance),
}
