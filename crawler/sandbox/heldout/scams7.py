"""Seventh batch of held-out scam templates: ten page shells no earlier batch uses.

winupdate_fullscreen (a full-screen fake Windows Update page whose number is in a
progress-bar aria-valuetext), chrome_critical (a fake "Chrome critical error" page whose
number sits in a <pre> crash log), bank_fraudteam (a fake Dutch bank "call our fraud
team" page with the number in a <table> cell), teams_suspended (a German "Microsoft
Teams account suspended" page whose number is in a <dialog>), norton_refund_chat (a
Norton "subscription refund" chat whose number is in a chat bubble and a JSON blob),
svg_depannage (a French helpdesk whose number is an <svg><text>), details_tuki (a
Finnish helpdesk whose number is inside <details>), dl_computerhulp (a Dutch
helpdesk on an aged domain with the number in a <dl> and a spam contact form),
mcafee_countdown (a McAfee licence-expiry countdown, number in an <ol> step) and
ruckruf_pchilfe (a German call-back page, number in a <figcaption>).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams6 import with_page
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document


@branded
def winupdate_fullscreen(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    pct = rng.randint(31, 47)
    head = "<style>html,body{margin:0;height:100%;background:#0078d7;color:#fff;cursor:none}</style>\n"
    body = (
        '<div id="wu" style="position:fixed;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center">'
        f"<h1>Working on updates {pct}% complete.</h1>"
        "<p>Don't turn off your computer. Windows Update has stopped: a damaged security component was found.</p>"
        f'<div role="progressbar" aria-valuenow="{pct}" aria-valuetext="Call Microsoft Support {s.num(own, "us_dash")} to finish the update"></div>'
        f"<p>Microsoft Windows Support (toll-free): <b>{s.num(own, 'us_dash')}</b></p>"
        "<p>Error 0x800F0922 – do not restart, your files may be lost.</p></div>"
        '<audio src="/sounds/update-alert.mp3" autoplay loop></audio>'
        '<script>document.addEventListener("click",()=>document.documentElement.requestFullscreen());'
        'window.addEventListener("beforeunload",e=>{e.preventDefault();e.returnValue="Update in progress";});'
        'for(let i=0;i<40;i++)history.pushState({u:i},"","/?update="+i);'
        'setTimeout(()=>confirm("Windows Update failed. Call support now?"),2500);</script>'
    )
    return {"/": (document(spec.lang, "Windows Update", body, head), s)}


@branded
def chrome_critical(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        '<div class="sad-tab"><h1>Aw, Snap! Chrome critical error</h1>'
        "<p>Chrome has detected a critical error (STATUS_ACCESS_VIOLATION) caused by malicious software. "
        "Your browsing data and saved passwords are at risk.</p>"
        "<pre class=\"crashlog\">"
        f"[{rng.randint(1000, 9999)}:0302/101500.123:FATAL:memory.cc(31)] Out of memory. Trojan.Spyware.X\n"
        f"[support] Call the browser help desk: {s.num(own, 'intl_zero')}\n"
        "[status] Do not close this tab.</pre>"
        f"<p class=\"call\">Helpline: <strong>{s.num(own, 'national')}</strong></p>"
        "<p class=\"code\">Error code: 0x8007045D</p></div>"
        '<audio id="beep" src="/media/critical.ogg" autoplay loop></audio>'
        '<script>onclick=()=>document.body.requestFullscreen();'
        'onbeforeunload=()=>"Chrome is repairing your data";'
        'history.pushState(null,"",location.href);onpopstate=()=>history.pushState(null,"",location.href);'
        'setInterval(()=>confirm("Critical error: your passwords are exposed. Call the helpline."),9000);</script>'
    )
    return {"/": (document(spec.lang, "Critical error", body), s)}


@branded
def bank_fraudteam(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f'<header class="bank"><span class="logo">{esc(spec.name)}</span></header>'
        "<main><h1>Verdachte transactie op uw rekening</h1>"
        "<p>Wij hebben een ongebruikelijke overboeking van € 2.450,00 tegengehouden. Bel direct ons fraudeteam om uw geld veilig te stellen. "
        "Installeer daarna de beveiligingsapp zodat onze medewerker kan meekijken.</p>"
        '<table class="contact"><tr><th>Afdeling</th><th>Telefoon</th><th>Bereikbaar</th></tr>'
        f"<tr><td>Fraudeteam SNS</td><td>{s.tel(own, s.num(own, 'dotted'))}</td><td>24/7</td></tr></table>"
        '<form class="verify" action="/verify" method="post"><label>Rekeningnummer (IBAN)<input name="iban"></label>'
        '<label>Pincode<input name="pin" type="password"></label><button>Bevestigen</button></form></main>'
    )
    return {"/": (document(spec.lang, "Fraudemelding – veilig bankieren", body), s)}


@branded
def teams_suspended(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        '<div class="teams-shell"><h1>Microsoft Teams</h1>'
        "<p>Ihr Microsoft Teams-Konto wurde vorübergehend gesperrt, weil verdächtige Anmeldungen festgestellt wurden.</p>"
        '<dialog open class="suspended"><h2>Konto gesperrt</h2>'
        f"<p>Zur Entsperrung rufen Sie den Teams-Support an: <b>{s.num(own, 'split_sub')}</b></p>"
        f"<p>{s.tel(own, 'Jetzt anrufen')}</p></dialog>"
        '<form action="/unlock" method="post"><input name="email" placeholder="Geschäftliche E-Mail">'
        '<input name="pw" type="password" placeholder="Kennwort"><button>Entsperren</button></form></div>'
    )
    return {"/": (document(spec.lang, "Teams – Konto gesperrt", body), s)}


@branded
def norton_refund_chat(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    blob = json.dumps({"agent": "Kevin", "queue": "refunds", "callback": s.hidden(own)})
    body = (
        '<div class="chat-window"><div class="chat-head">Norton Refund Desk – live chat</div>'
        '<div class="bubble agent">Hello, I am Kevin from Norton billing. Your Norton 360 subscription was renewed for $349.99.</div>'
        '<div class="bubble agent">To cancel and get a refund, please call our refund line '
        f"{s.num(own, 'us_dash')} and keep this chat open.</div>"
        '<div class="bubble user">How do I get my money back?</div>'
        '<div class="bubble agent">Our technician will connect to your computer and process the refund to your bank.</div>'
        '<form class="chat-input" action="/chat" method="post"><input name="msg" placeholder="Type a message"><button>Send</button></form></div>'
        f'<script type="application/json" id="chat-config">{blob}</script>'
    )
    return {"/": (document(spec.lang, "Norton Refund – Chat", body), s)}


@branded
def svg_depannage(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f"<header><h1>{esc(spec.name)}</h1></header>"
        "<main><p>Votre ordinateur est lent, bloqué ou infecté ? Nos techniciens certifiés interviennent à distance en quelques minutes, 7j/7.</p>"
        '<svg width="420" height="60" role="img" aria-label="Numéro">'
        f'<text x="10" y="40" font-size="32">{s.num(own, "intl_zero_pairs")}</text></svg>'
        "<ul><li>Suppression de virus</li><li>Déblocage d’écran</li><li>Forfait 99 € payable par coupon PCS</li></ul>"
        '<form action="/rappel" method="post"><input name="nom" placeholder="Nom"><input name="tel" placeholder="Téléphone"><button>Être rappelé</button></form></main>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – assistance informatique", body), s)}


@branded
def details_tuki(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f"<h1>{esc(spec.name)}</h1>"
        "<p>Tietokone hidas, virusvaroitus tai näyttö lukittu? Asiantuntijamme auttaa etäyhteydellä heti.</p>"
        "<details><summary>Näytä puhelinnumero</summary>"
        f"<p>Soita: {s.num(own, 'national')} (ma–su 8–22)</p></details>"
        "<p>Kiinteä hinta 89 €. Maksu lahjakortilla tai pankkisiirrolla.</p>"
        '<form action="/laheta" method="post"><input name="nimi"><input name="puhelin"><textarea name="viesti"></textarea><button>Lähetä</button></form>'
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


@branded
def dl_computerhulp(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f"<h1>{esc(spec.name)} – direct computerhulp op afstand</h1>"
        "<p>Virus, pop-up of geblokkeerd scherm? Wij lossen het vandaag nog op via een veilige verbinding.</p>"
        '<dl class="contact">'
        f"<dt>Telefoon</dt><dd>{s.num(own, 'spaced_dash')}</dd>"
        "<dt>Openingstijden</dt><dd>Dag en nacht</dd><dt>Tarief</dt><dd>€ 69 per sessie, ook via cadeaukaart</dd></dl>"
        '<form action="/aanvraag" method="post"><input name="naam"><input name="telefoon"><input name="email">'
        '<input name="website" style="display:none"><button>Verstuur aanvraag</button></form>'
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


@branded
def mcafee_countdown(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    mins = rng.randint(9, 14)
    body = (
        '<div class="expiry-banner"><h1>McAfee Total Protection – licence expires today</h1>'
        f'<p>Your protection ends in <span id="countdown" data-minutes="{mins}">{mins}:00</span>. '
        "Renew by phone to keep your files safe, or request a refund of the auto-renewal.</p>"
        '<ol class="steps"><li>Keep this page open</li>'
        f"<li>Call McAfee Renewals: <span class=\"step-phone\">{s.num(own, 'us_paren')}</span></li>"
        "<li>Our agent will confirm your licence remotely</li></ol>"
        '<form action="/renew" method="post"><input name="name" placeholder="Full name"><input name="card" placeholder="Card number">'
        '<button>Renew now</button></form></div>'
    )
    return {"/": (document(spec.lang, "McAfee licence renewal", body), s)}


@branded
def ruckruf_pchilfe(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    body = (
        f"<h1>{esc(spec.name)}</h1>"
        "<p>Ihr Rechner zeigt Warnmeldungen, ist gesperrt oder langsam? Unsere Techniker helfen sofort per Fernwartung.</p>"
        '<figure class="hotline"><img src="/img/techniker.webp" alt="Techniker am Telefon">'
        f"<figcaption>Sofort-Hotline {s.num(own, 'trunk_dash')}</figcaption></figure>"
        '<form action="/rueckruf" method="post"><input name="name"><input name="telefon"><input name="url" style="display:none">'
        '<button>Rückruf anfordern</button></form><p>Pauschal 79 € – Zahlung auch per Gutscheinkarte.</p>'
    )
    return {"/": (document(spec.lang, spec.name, body), s)}


TEMPLATES = {
    "winupdate_fullscreen": with_page("/help", winupdate_fullscreen),
    "chrome_critical": with_page("/about", chrome_critical),
    "bank_fraudteam": with_page("/contact", bank_fraudteam),
    "teams_suspended": with_page("/kontakt", teams_suspended),
    "norton_refund_chat": with_page("/about-us", norton_refund_chat),
    "svg_depannage": with_page("/contact", svg_depannage),
    "details_tuki": with_page("/tuki", details_tuki),
    "dl_computerhulp": with_page("/over-ons", dl_computerhulp),
    "mcafee_countdown": with_page("/support", mcafee_countdown),
    "ruckruf_pchilfe": with_page("/kontakt", ruckruf_pchilfe),
}
