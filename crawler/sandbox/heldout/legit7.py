"""Seventh batch of held-out honest templates: ten page shells no earlier batch uses.

be_actu (a Belgian French-language news article quoting two scam numbers in a
<blockquote>), viewtopic_vraagbaak (a phpBB-style viewtopic.php thread), wer_ruft_an (a German "who
called?" lookup page with a rating table), bank_fraud_warning (a bank's own fraud-warning
page on its real domain, its own number and a scam number it warns about), msp_remote (a
young managed-service provider with remote support), printer_repair (a printer-repair
shop with Impressum), av_reseller (an antivirus licence reseller), tv_programme (a
consumer TV programme's episode page), qa_answers (a Q&A page) and gemeente_senioren (a
municipality's senior-help page).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

from random import Random

from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams6 import with_page
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document


def _q(s: Sheet, e164: str, style: str = "national") -> str:
    return s.num(e164, style, offered=False)


@branded
def be_actu(spec: Spec, rng: Random) -> Drafts:
    a, b = spec.quoted[0], spec.quoted[1]
    s = Sheet()
    body = (
        f'<header class="masthead">{esc(spec.name)} · Société</header><article>'
        "<h1>Faux dépanneurs informatiques : la police de Liège met en garde</h1>"
        "<p class=\"chapo\">Des retraités ont perdu plusieurs centaines d’euros après avoir appelé un « technicien » trouvé en ligne.</p>"
        "<p>Selon la zone de police, les escrocs affichent de faux messages d’alerte puis demandent de payer par coupon.</p>"
        f"<blockquote>« On m’a dit d’appeler le {_q(s, a, 'intl_pairs')}, puis un deuxième numéro, le {_q(s, b, 'us_dash')}, pour un remboursement », raconte Monique, 74 ans.</blockquote>"
        "<p>La police rappelle qu’aucune entreprise sérieuse ne bloque votre ordinateur pour vous faire appeler. N’appelez pas ces numéros.</p>"
        "</article>"
    )
    return {"/": (document(spec.lang, "Faux dépanneurs informatiques – " + spec.name, body), s)}


@branded
def viewtopic_vraagbaak(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    body = (
        f'<div id="wrap" class="wrap"><div class="headerbar"><h1>{esc(spec.name)}</h1></div>'
        '<h2 class="topic-title">Betrouwbaar? Computerhulp-site met 085-nummer</h2>'
        f'<div class="post bg2"><div class="postbody"><p class="author">door <strong>jandewit</strong></p><div class="content">Mijn moeder vond een site en belde {_q(s, q, "pairs")}. Ze wilden € 69 met een cadeaukaart. Iemand ervaring?</div></div></div>'
        '<div class="post bg1"><div class="postbody"><p class="author">door <strong>moderator_els</strong></p><div class="content">Niet doen: dit is een bekende oplichterstruc. Laat de computer nakijken door een lokale winkel en meld het bij de Fraudehelpdesk.</div></div></div>'
        "</div>"
    )
    return {"/viewtopic.php": (document(spec.lang, spec.name, body), s), "/": (document(spec.lang, spec.name, f'<h1>{esc(spec.name)}</h1><p>Forumoverzicht</p><a href="/viewtopic.php?t=4812">Betrouwbaar? Computerhulp-site</a>'), Sheet())}


@branded
def wer_ruft_an(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    body = (
        f"<h1>{esc(spec.name)}</h1>"
        f"<h2>Rufnummer {_q(s, q, 'national')}</h2>"
        '<table class="rating"><tr><th>Bewertung</th><td>gefährlich</td></tr><tr><th>Meldungen</th>'
        f"<td>{rng.randint(40, 90)}</td></tr><tr><th>Ort</th><td>Frankfurt am Main</td></tr></table>"
        '<ol class="comments"><li>„Angeblicher Teams-Support, wollte Fernzugriff.“</li><li>„Nicht zurückrufen, Betrug.“</li></ol>'
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


@branded
def bank_fraud_warning(spec: Spec, rng: Random) -> Drafts:
    own, q = spec.phones[0], spec.quoted[0]
    s = Sheet()
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main>'
        "<h1>Pas op voor nep-fraudeteams</h1>"
        "<p>Criminelen doen zich voor als medewerker van ons fraudeteam. Wij vragen u nooit om geld over te maken naar een ‘veilige rekening’, een app te installeren of uw pincode te geven.</p>"
        f"<p>Zo’n nepnummer dat nu rondgaat: {_q(s, q, 'dotted')}. Bel dit nummer niet.</p>"
        f"<p>Twijfelt u? Hang op en bel zelf onze klantenservice: {s.num(own, 'national')}.</p></main>"
    )
    return {"/help/fraude": (document(spec.lang, "Nep-fraudeteams | " + spec.name, body), s)}


@branded
def msp_remote(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f"<header><h1>{esc(spec.name)}</h1><p>IT-beheer voor het mkb in Utrecht</p></header>"
        "<section><h2>Ondersteuning op afstand</h2><p>Klanten met een beheercontract starten zelf een sessie via ons klantportaal; wij bellen u nooit ongevraagd en tonen nooit pop-ups.</p></section>"
        f"<section><h2>Contact</h2><p>Servicedesk (werkdagen 8–17): {s.tel(own, s.num(own, 'national'))}</p>"
        f"<p>KvK {rng.randint(90000000, 99999999)} · Kanaalweg 12, Utrecht</p></section>"
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


@branded
def printer_repair(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f"<h1>{esc(spec.name)} – Druckerreparatur in Köln</h1>"
        "<p>Wir reparieren Laser- und Tintenstrahldrucker aller Marken in unserer Werkstatt in Köln-Ehrenfeld. Kostenvoranschlag vor Ort.</p>"
        f"<p>Werkstatt-Telefon: {s.num(own, 'national')}</p>"
        f'<footer><h2>Impressum</h2><p>{esc(spec.name)} GmbH, Venloer Str. 301, 50823 Köln · USt-IdNr. DE{rng.randint(100000000, 999999999)}</p></footer>'
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


@branded
def av_reseller(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f"<h1>{esc(spec.name)}</h1><p>Authorised reseller of antivirus licences for homes and small offices.</p>"
        '<ul class="products"><li>Norton 360 Standard – 1 device – £29.99</li><li>Norton 360 Deluxe – 5 devices – £39.99</li></ul>'
        "<p>Licence keys are emailed within an hour. We never need access to your computer; installation help is on the vendor's site.</p>"
        f"<p>Sales line (Mon–Fri): {s.num(own, 'national')}</p>"
        f"<footer>{esc(spec.name)} Ltd · Company no. {rng.randint(10000000, 14999999)} · Manchester</footer>"
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


@branded
def tv_programme(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    body = (
        f'<nav class="omroep">{esc(spec.name)}</nav><main class="aflevering">'
        "<h1>Aflevering: het nepfraudeteam van de bank</h1>"
        "<p class=\"uitzending\">Zaterdag 19.15 uur</p>"
        "<p>Kijkers werden gebeld of kwamen via een zoekmachine op een nagemaakte bankpagina terecht. Wij belden het nummer zelf.</p>"
        f'<aside class="kader"><h2>Het nummer uit de uitzending</h2><p>{_q(s, q, "national")} – niet bellen.</p></aside>'
        "<p>Tip van de redactie: uw bank vraagt nooit om uw pincode.</p></main>"
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


@branded
def qa_answers(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    body = (
        f'<div class="qa"><h1>Blue "Working on updates" screen says to call {_q(s, q, "us_dash")} – real?</h1>'
        '<div class="question">My browser went full screen with a Windows Update page and a phone number. Is this from Microsoft?</div>'
        f'<div class="answer accepted"><span class="votes">{rng.randint(20, 60)}</span>No. Press Esc or Alt+F4, close the browser, and never call that number. Windows Update never shows a phone number.</div></div>'
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


@branded
def gemeente_senioren(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f"<header>{esc(spec.name)}</header><main><h1>Digitale hulp voor senioren</h1>"
        "<p>Hulp nodig met uw computer, tablet of DigiD? Vrijwilligers van de gemeente helpen u gratis in het wijkcentrum.</p>"
        "<p>Let op: de gemeente belt u nooit om op afstand mee te kijken op uw computer.</p>"
        f"<p>Aanmelden via het Seniorenloket: {s.num(own, 'national')}</p></main>"
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


TEMPLATES = {
    "be_actu": with_page("/contact", be_actu),
    "viewtopic_vraagbaak": with_page("/faq", viewtopic_vraagbaak),
    "wer_ruft_an": with_page("/kontakt", wer_ruft_an),
    "bank_fraud_warning": with_page("/", bank_fraud_warning),
    "msp_remote": with_page("/over-ons", msp_remote),
    "printer_repair": with_page("/kontakt", printer_repair),
    "av_reseller": with_page("/about", av_reseller),
    "tv_programme": with_page("/contact", tv_programme),
    "qa_answers": with_page("/about", qa_answers),
    "gemeente_senioren": with_page("/contact", gemeente_senioren),
}
