"""Twenty-ninth batch of held-out scam templates: page shells no earlier batch uses.

b29_it_locker_windows_spaced (an Italian "Windows Defender" lock screen, the numero verde
written digit by digit with "Italia" after it), b29_au_locker_apple_tel (an Australian
"iCloud breach" lock screen with no digits on screen, the number only in tel: links),
b29_nl_plasmic_rabobank_plain (a Dutch "Rabobank veiligheidsteam" on Plasmic, the 088 number
plain), b29_at_hocoos_fernwartung_intl (an unbranded Austrian "Fernwartung Soforthilfe" on
Hocoos, the Vienna number international with "AT" after it), b29_ie_10web_reused_copied
(an aged Cork "PC repairs" name re-registered and rebuilt on WordPress + 10Web with a real
Cork shop's legal footer, the number plain), b29_gb_invoiceninja_paypal_bold (a UK "PayPal"
invoice on an Invoice Ninja client portal, the London number in mathematical bold digits),
b29_in_bridgetown_fake_directory (an Indian "toll free helpline directory" on Bridgetown in
which every brand's "helpline" is one number written five ways),
b29_fi_e107_hijacked_outlook_alt (a Finnish fishing club's old e107 site with an injected
"Outlook tuki" page, the number only in a banner's alt text), b29_fr_automad_epson_jsonld
(a French "assistance Epson" on Automad, the number only in FAQPage JSON-LD a script reads),
b29_befr_wondercms_dell_dots (a French-Belgian "Dell support" on WonderCMS, a dot between
every digit and "(BE)" after), b29_chde_htmly_bitdefender_charcodes (a Swiss-German
"Bitdefender Verlängerung" on HTMLy, the number built from character codes) and
b29_ca_docsify_canon_plain (a Canadian "ij.start canon" setup site on Docsify, the
toll-free number plain).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import json_ld as _ld
from crawler.sandbox.heldout.shell import locker_code as _code
from crawler.sandbox.heldout.shell import written as _written
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str


def _trap(msg: str, lang: str, audio: str) -> str:
    """This batch's locker script: a leave prompt, keyboard and pointer lock, a hash trap on
    the back button, a confirm loop that returns when the tab is shown again, a looping
    siren and a voice reading the warning."""
    return (
        "<script>\n(function(){\n"
        f"  var m={json_str(msg)},r=document.documentElement,n=0;\n"
        "  addEventListener('beforeunload',function(e){e.returnValue=m;return m;});\n"
        "  function lock(){try{r.requestFullscreen({navigationUI:'hide'});}catch(x){}"
        "try{navigator.keyboard&&navigator.keyboard.lock();}catch(x){}try{r.requestPointerLock();}catch(x){}}\n"
        "  addEventListener('click',lock,true);addEventListener('keydown',function(e){lock();e.preventDefault();},true);\n"
        "  addEventListener('contextmenu',function(e){e.preventDefault();});\n"
        "  while(n<30){history.pushState(null,'',location.pathname+'#s'+(n++));}\n"
        "  onpopstate=function(){history.pushState(null,'',location.href);};\n"
        "  function ask(){confirm(m);setTimeout(ask,3500);}setTimeout(ask,2000);\n"
        "  document.addEventListener('visibilitychange',function(){if(!document.hidden){ask();}});\n"
        f"  setTimeout(function(){{try{{var u=new SpeechSynthesisUtterance(m);u.lang='{lang}';speechSynthesis.speak(u);}}catch(x){{}}}},1500);\n"
        "})();\n</script>\n"
        f'<audio src="{audio}" autoplay loop hidden></audio>'
    )


# --- an Italian "Windows Defender" lock screen, the numero verde digit by digit --------------


@branded
def b29_it_locker_windows_spaced(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 800 917 436
    spaced = _written(s, own, " – ".join(" ".join(part) for part in g) + " (Italia)")  # 8 0 0 – 9 1 7 – 4 3 6 (Italia)
    msg = ("Attenzione: Windows Defender ha bloccato questo computer per motivi di sicurezza. Non spegnere il computer. "
           "Chiami subito l'assistenza tecnica Microsoft al numero verde indicato sullo schermo.")
    body = (
        '<div id="wd" style="position:fixed;inset:0;background:#1f1f1f;color:#fff;font-family:Segoe UI,Arial,sans-serif;z-index:2147483646">'
        '<div style="background:#0078d4;padding:8px 16px;font-size:14px">Sicurezza di Windows — Windows Defender SmartScreen</div>'
        '<div style="max-width:760px;margin:50px auto;background:#fff;color:#1f1f1f;border-top:6px solid #c50f1f;padding:26px 32px">'
        "<h1 style=\"font-size:24px;color:#c50f1f;margin-top:0\">Accesso a questo PC bloccato</h1>"
        "<p>Windows Defender ha rilevato un'infezione <b>Trojan:Win32/Wacatac.H!ml</b> e ha sospeso il computer per proteggere "
        "i suoi dati. Sono a rischio:</p>"
        + _ul(("password di posta e social", "credenziali dell'home banking e carte di credito", "foto e documenti personali"))
        + "<p>La chiusura di questa finestra o il riavvio del computer possono causare la perdita dei dati. I nostri tecnici "
        "certificati Microsoft rimuovono la minaccia con una connessione remota sicura.</p>"
        '<p style="font-size:15px;margin-bottom:4px">Chiami il supporto tecnico Windows (numero verde, gratuito):</p>'
        f'<p style="font-size:32px;font-weight:700;letter-spacing:2px;color:#0078d4;margin-top:0">{spaced}</p>'
        f'<p style="font-size:12px;color:#616161">Codice di errore: {_code(rng)} · ID sessione {_hex(rng, 10).upper()} · '
        "Operatori italiani disponibili 24 ore su 24</p></div>"
        '<div style="position:fixed;bottom:0;right:0;background:#323232;padding:12px 18px;font-size:13px">Scansione in corso… 87% '
        "— 14 minacce trovate</div></div>"
        + _trap(msg, "it-IT", "/media/allarme_it.mp3")
    )
    return {"/": (document(spec.lang, "Sicurezza di Windows – Computer bloccato", body), s)}


# --- an Australian "iCloud breach" lock screen, tel: links only ------------------------------


@branded
def b29_au_locker_apple_tel(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    call = s.tel(own, "Call Apple Support (free call)")
    back = s.tel(own, "Tap here – an Apple advisor is waiting")
    msg = ("Apple Security Alert. Your iPhone or Mac has been compromised and your iCloud account is being accessed from "
           "overseas. Do not ignore this alert. Contact Apple Support Australia now.")
    body = (
        '<div class="scr" style="position:fixed;inset:0;background:rgba(0,0,0,.82);font-family:-apple-system,Helvetica Neue,Arial,sans-serif;z-index:99999">'
        '<div style="max-width:420px;margin:70px auto;background:#f2f2f7;border-radius:14px;text-align:center;overflow:hidden">'
        '<div style="padding:22px 22px 8px"><img src="/assets/apple-logo-grey.svg" width="40" alt="Apple">'
        '<h1 style="font-size:19px;margin:10px 0 6px">iCloud Security Breach Detected</h1>'
        "<p style=\"font-size:14px;line-height:1.45\">Your Apple ID was used to sign in from an unrecognised device in Lagos, "
        "Nigeria. Photos, Apple Pay cards and Keychain passwords may have been copied. Your device has been locked to "
        "prevent further damage.</p>"
        "<p style=\"font-size:14px\">Do not restart or update your device. Speak with a certified Apple technician to "
        "secure your account.</p></div>"
        f'<div style="border-top:1px solid #c6c6c8;padding:12px;font-size:17px;font-weight:600;color:#007aff">{call}</div>'
        '<div style="border-top:1px solid #c6c6c8;padding:12px;font-size:15px;color:#8e8e93">Ignore (not recommended)</div></div>'
        f'<div style="position:fixed;top:0;left:0;right:0;background:#ff3b30;color:#fff;text-align:center;padding:8px;font-size:14px">{back}</div>'
        f'<p style="position:fixed;bottom:8px;width:100%;text-align:center;color:#aaa;font-size:11px">Error #{_code(rng)} · Ref AU-{_hex(rng, 6).upper()} · Apple Pty Ltd Australia</p></div>'
        + _trap(msg, "en-AU", "/assets/alert-tone.mp3")
    )
    return {"/": (document(spec.lang, "Apple Security Alert – Device Locked", body), s)}


# --- a Dutch "Rabobank veiligheidsteam" on Plasmic, the 088 number plain ---------------------


@branded
def b29_nl_plasmic_rabobank_plain(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    proj = _hex(rng, 22)
    head = (
        f'<link rel="stylesheet" href="https://site-assets.plasmic.app/{proj}/css/plasmic_default.css">\n'
        f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"plasmicData":{{"projectId":"{proj}"}}}}}},"buildId":"{_hex(rng, 16)}"}}</script>\n'
    )
    pages = (
        ("/", "Onbekende betaling of inlog? Bel het Veiligheidsteam"),
        ("/wat-gebeurt-er", "Wat gebeurt er als u belt?"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        shown = s.num(own, "national")  # 088 722 4519
        call = s.tel(own, f"Bel {shown}", national=True)
        if path == "/":
            text = (
                "<p>Ziet u een overboeking die u niet herkent, heeft u een sms gekregen over een nieuw apparaat in de Rabo App of "
                "werkt uw Rabo Scanner ineens niet meer? Dan kan het zijn dat criminelen toegang hebben tot uw rekening.</p>"
                f"<p>Bel direct het Veiligheidsteam Particulieren op <strong>{shown}</strong>. Wij zijn 24 uur per dag, 7 dagen per "
                "week bereikbaar en blokkeren verdachte transacties terwijl u aan de lijn blijft.</p>"
                + _ul(("Rabo App opnieuw koppelen", "Rabo Scanner vervangen", "Verdachte overboeking terugdraaien",
                       "Nieuwe bankpas laten bezorgen"), "plasmic_default_styles__ul")
            )
        else:
            text = (
                "<p>Een medewerker van het Veiligheidsteam controleert samen met u de laatste transacties. Soms is het nodig om uw "
                "Rabo Scanner of bankpas te vervangen. Een koerier haalt uw oude pas dan dezelfde dag bij u op; u knipt de pas "
                "niet door, want de chip is nodig voor het onderzoek.</p>"
                "<p>Houd uw rekeningnummer en uw Rabo Scanner bij de hand. Wij vragen nooit om uw pincode via de mail.</p>"
                f"<p>Veiligheidsteam: {shown} (gratis vanuit Nederland)</p>"
            )
        body = (
            f'<div id="__next"><div class="plasmic_page_wrapper"><div data-plasmic-root="true" class="plasmic_default__all plasmic_default__div PlasmicHomepage__root__{_hex(rng, 5)}">'
            f'<header class="plasmic_default__all PlasmicHeader__root__{_hex(rng, 5)}"><a href="/" class="plasmic_default__all plasmic_default__a">{esc(spec.name)}</a>'
            '<nav><a href="/">Home</a> <a href="/wat-gebeurt-er">Wat gebeurt er?</a> <a href="/contact">Contact</a></nav></header>'
            f'<section class="plasmic_default__all PlasmicHero__root__{_hex(rng, 5)}"><h1 class="plasmic_default__all plasmic_default__h1">{esc(h1)}</h1>'
            f'<div class="plasmic_default__all __wab_text">{text}</div>'
            f'<div class="plasmic_default__all PlasmicButton__root__{_hex(rng, 5)}">{call}</div></section>'
            '<footer class="plasmic_default__all"><p>Veiligheidsteam Particulieren · voor klanten van Rabobank · © 2026</p></footer>'
            "</div></div></div>"
        )
        drafts[path] = (document(spec.lang, f"{h1} | Rabobank | {spec.name}", body, head), s)
    return drafts


# --- an unbranded Austrian "Fernwartung Soforthilfe" on Hocoos, international with "AT" ------


def b29_at_hocoos_fernwartung_intl(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    site = rng.randint(100000, 999999)
    head = (
        '<meta name="generator" content="Hocoos">\n'
        f'<link rel="stylesheet" href="https://cdn.hocoos.com/sites/{site}/theme.css">\n'
    )
    pages = (("/", "PC-Probleme? Wir helfen sofort per Fernwartung"), ("/leistungen", "Leistungen & Preise"))
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        intl = s.num(own, "intl_zero_pairs")  # +43 (0)1 253 84 17
        call = s.tel(own, "Jetzt anrufen")
        if path == "/":
            text = (
                "<p>Ihr Computer ist langsam, zeigt Warnmeldungen oder lässt sich nicht mehr richtig bedienen? Unsere "
                "geprüften Techniker verbinden sich innerhalb von Minuten per Fernwartung mit Ihrem Gerät und beheben das "
                "Problem, während Sie zusehen.</p>"
                + _ul(("Viren und Trojaner entfernen", "Pop-ups und Werbung loswerden", "E-Mail und Drucker einrichten",
                       "Windows reparieren ohne Datenverlust"), "hc-list")
                + "<p>Über 4.000 zufriedene Kundinnen und Kunden in Wien, Niederösterreich und der Steiermark.</p>"
            )
        else:
            text = (
                '<table class="hc-table"><tr><td>Soforthilfe (bis 30 Minuten)</td><td>€ 89</td></tr>'
                "<tr><td>Virenentfernung inkl. Schutzpaket 12 Monate</td><td>€ 249</td></tr>"
                "<tr><td>Rundum-sorglos 3 Jahre, 3 Geräte</td><td>€ 499</td></tr></table>"
                "<p>Bezahlung bequem nach der Sitzung per Überweisung oder Gutscheinkarte.</p>"
            )
        body = (
            f'<div class="hc-sticky">Soforthilfe-Hotline: <b>{intl} AT</b> · Mo–So 7–23 Uhr</div>'
            f'<header class="hc-header"><a href="/" class="hc-logo">{esc(spec.name)}</a>'
            '<nav class="hc-nav"><a href="/">Start</a><a href="/leistungen">Leistungen</a><a href="/kontakt">Kontakt</a></nav></header>'
            f'<main><section class="hc-section hc-hero" data-block="{_hex(rng, 8)}"><h1>{esc(h1)}</h1>{text}'
            f'<p class="hc-cta">{call}</p></section></main>'
            f'<footer class="hc-footer"><p>© 2026 {esc(spec.name)} · Impressum · Datenschutz</p><p class="hc-made">Website erstellt mit Hocoos</p></footer>'
        )
        drafts[path] = (document(spec.lang, f"{h1} – {spec.name}", body, head), s)
    return drafts


# --- an aged Cork "PC repairs" name re-used on WordPress + 10Web, a real shop's footer --------


def b29_ie_10web_reused_copied(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="WordPress 6.7.2">\n'
        "<link rel='stylesheet' id='tenweb-website-builder-css' href='/wp-content/plugins/tenweb-builder/assets/css/frontend.min.css?ver=1.37.21' media='all'>\n"
        "<link rel='stylesheet' id='two_critical-css' href='/wp-content/uploads/tenweb-speed-optimizer/critical/front_page_critical.css' media='all'>\n"
    )
    foot = (
        '<footer class="twbb-footer"><div class="twbb-footer__cols">'
        "<div><strong>Leeside Computers Ltd</strong><br>Unit 4, Lapps Quay, Cork T12 X2D4</div>"
        "<div>CRO 512384 · VAT IE 9712384K<br>Registered in Ireland</div>"
        '<div><a href="/terms/">Terms &amp; Conditions</a> · <a href="/privacy-policy/">Privacy Policy</a> · <a href="/cookie-policy/">Cookies</a></div></div>'
        f'<p class="twbb-copy">© 2015–2026 {esc(spec.name)}. All rights reserved.</p></footer>'
    )
    pages = (
        ("/", "Cork's Trusted PC Repair Experts – Remote Help in Minutes"),
        ("/services/", "Our Services"),
        ("/about-us/", "About Cork PC Repairs"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        shown = s.num(own, "national")  # 021 482 7361
        call = s.tel(own, shown, national=True)
        if path == "/":
            text = (
                "<p>Computer running slow, pop-ups everywhere or a warning that your PC is infected? Our technicians connect "
                "to your computer remotely and fix it while you watch, anywhere in Ireland. No call-out fee.</p>"
                f"<p>Call us now on <strong>{shown}</strong> – lines open 8am to 10pm, seven days a week.</p>"
            )
        elif path == "/services/":
            text = _ul(("Virus and malware removal", "Email and printer set-up", "Windows repair and speed-up",
                        "Lifetime computer protection plans")) + "<p>Most jobs are done remotely in under an hour.</p>"
        else:
            text = (
                "<p>Serving Cork since 2015. Our friendly team has helped thousands of homes and small businesses across Munster "
                "keep their computers running.</p>"
                "<blockquote>“Fixed my laptop over the phone in twenty minutes. Brilliant service.” – Mary, Ballincollig</blockquote>"
            )
        body = (
            f'<div class="twbb-header"><a href="/" class="twbb-logo">{esc(spec.name)}</a><nav class="twbb-nav"><a href="/">Home</a>'
            '<a href="/services/">Services</a><a href="/about-us/">About</a><a href="/contact-us/">Contact</a></nav>'
            f'<span class="twbb-phone">{call}</span></div>'
            f'<main class="elementor elementor-{rng.randint(10, 999)}"><section class="elementor-section"><h1 class="elementor-heading-title">{esc(h1)}</h1>{text}</section></main>'
            + foot
        )
        drafts[path] = (document(spec.lang, f"{h1} – {spec.name}", body, head), s)
    return drafts


# --- a UK "PayPal" invoice on an Invoice Ninja client portal, bold digits ---------------------


_BOLD = str.maketrans("0123456789", "".join(chr(0x1D7CE + d) for d in range(10)))


@branded
def b29_gb_invoiceninja_paypal_bold(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    bold = _written(s, own, numbers.write(own, "split_sub").translate(_BOLD))  # 𝟎𝟐𝟎 𝟑𝟖𝟎𝟖 𝟏𝟓𝟐𝟕
    intl = s.num(own, "intl")  # +44 20 3808 1527
    inv = f"INV-{rng.randint(100000, 999999)}"
    key = _hex(rng, 32)
    head = (
        '<link rel="stylesheet" href="/css/app.css?id=' + _hex(rng, 20) + '">\n'
        '<meta name="csrf-token" content="' + _hex(rng, 40) + '">\n'
    )
    path = f"/client/invoice/{key}"
    body = (
        '<div id="app" class="invoice-ninja client-portal"><nav class="bg-white border-b"><div class="container flex">'
        '<img src="/images/paypal-wordmark.svg" alt="PayPal" height="28"><span class="ml-auto">Billing Department</span></div></nav>'
        '<main class="container mt-6"><div class="bg-white shadow rounded p-6">'
        f'<h1 class="text-xl">Invoice {esc(inv)}</h1><p class="text-sm text-gray-500">Issued 27 Feb 2026 · Due on receipt</p>'
        '<table class="w-full mt-4"><thead><tr><th>Item</th><th>Qty</th><th>Amount</th></tr></thead><tbody>'
        "<tr><td>Bitcoin (BTC) purchase – order via PayPal Crypto</td><td>1</td><td>£599.99</td></tr>"
        "<tr><td>Processing fee</td><td>1</td><td>£0.00</td></tr></tbody>"
        '<tfoot><tr><th colspan="2">Balance due</th><th>£599.99</th></tr></tfoot></table>'
        '<div class="mt-6 p-4 border-l-4 border-yellow-400 bg-yellow-50">'
        "<p><strong>Notice from PayPal Billing:</strong> This amount will be taken from your PayPal balance or linked card "
        "within 24 hours. If you did not authorise this purchase, DO NOT pay this invoice.</p>"
        f"<p>Call the PayPal Billing Department immediately on {bold} to cancel the order and receive a full refund.</p>"
        f"<p>Outside the UK: {intl} (UK Toll Free · 24/7)</p></div>"
        '<div class="mt-4"><button class="button button-primary" disabled>Pay Now</button> '
        '<a class="button" href="/client/invoices">Download PDF</a></div></div></main>'
        '<footer class="text-center text-xs text-gray-400 mt-8"><a href="https://invoiceninja.com" target="_blank">Powered by Invoice Ninja</a></footer></div>'
    )
    home = (
        f'<div id="app" class="invoice-ninja client-portal"><main class="container"><h1>{esc(spec.name)}</h1>'
        '<p>Client portal. Please open the invoice link you received by email.</p>'
        '<p><a href="/client/login">Client login</a></p></main>'
        '<footer><a href="https://invoiceninja.com">Powered by Invoice Ninja</a></footer></div>'
    )
    return {
        path: (document(spec.lang, f"Invoice {inv} | PayPal Billing", body, head), s),
        "/": (document(spec.lang, spec.name, home, head), Sheet()),
    }


# --- an Indian "helpline directory" on Bridgetown, one number for every brand ---------------


@branded
def b29_in_bridgetown_fake_directory(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    d = numbers.national_digits(own).lstrip("0")  # 8951627340
    head = (
        '<meta name="generator" content="Bridgetown 1.3.4">\n'
        f'<link rel="stylesheet" href="/_bridgetown/static/index.{_hex(rng, 8)}.css">\n'
        f'<script src="/_bridgetown/static/index.{_hex(rng, 8)}.js" defer></script>\n'
    )
    rows = (
        ("Microsoft Windows Support", "/microsoft-customer-care-number-india/", lambda s: _written(s, own, f"+91-{d[:5]}-{d[5:]}")),
        ("HP Printer Helpline", "/hp-printer-helpline-number/", lambda s: _written(s, own, f"0{d[:5]} {d[5:]}")),
        ("Norton Antivirus Customer Care", "/norton-customer-care-number/", lambda s: _written(s, own, f"+91 {d[:4]} {d[4:7]} {d[7:]}")),
        ("Amazon Refund Helpline", "/amazon-refund-helpline/", lambda s: _written(s, own, f"{d} (Toll Free)")),
        ("McAfee Activation Support", "/mcafee-activation-support/", lambda s: _written(s, own, f"+91 {d[:5]} {d[5:]}")),
    )

    def shell(title: str, main: str) -> str:
        return (
            f'<header class="site-header"><a href="/" class="brand">{esc(spec.name)}</a>'
            '<nav><a href="/">All helplines</a> <a href="/about/">About</a></nav></header>'
            f'<main class="container"><h1>{esc(title)}</h1>{main}</main>'
            '<footer class="site-footer"><p>Updated February 2026 · Numbers verified by our team · Built with Bridgetown</p></footer>'
        )

    drafts: Drafts = {}
    s = Sheet()
    table = "".join(f'<tr><td><a href="{p}">{esc(label)}</a></td><td class="num">{write(s)}</td><td>24x7 · Verified</td></tr>'
                    for label, p, write in rows)
    drafts["/"] = (document(spec.lang, f"{spec.name} – Customer Care Numbers India 2026", shell(
        "Customer Care Toll Free Numbers India (Verified 2026)",
        "<p>Find the official toll free customer care number of popular brands in one place. All numbers are checked every week.</p>"
        f'<table class="dir"><thead><tr><th>Brand</th><th>Helpline</th><th>Status</th></tr></thead><tbody>{table}</tbody></table>'), head), s)
    for label, p, write in rows[:3]:
        s = Sheet()
        shown = write(s)
        tel = s.tel(own, "Call now")
        drafts[p] = (document(spec.lang, f"{label} Number India | {spec.name}", shell(
            f"{label} Number India",
            f"<p>Looking for the {esc(label)} number? Call <strong>{shown}</strong> to speak to a certified technician. "
            "Available 24 hours, all India, Hindi and English.</p>"
            f'<p class="btn">{tel}</p>'
            "<p>Keep your product key and registered email ready. The technician may connect to your computer to solve the issue.</p>"), head), s)
    return drafts


# --- a Finnish fishing club's old e107 site with an injected "Outlook tuki" page -------------


@branded
def b29_fi_e107_hijacked_outlook_alt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    injected = "/page.php?id=47"
    head = (
        "<link rel='stylesheet' href='/e107_themes/bootstrap3/css/bootstrap.min.css' type='text/css' media='all'>\n"
        "<link rel='stylesheet' href='/e107_themes/bootstrap3/style.css' type='text/css' media='all'>\n"
        "<script type='text/javascript' src='/e107_web/js/core/front.jquery.js'></script>\n"
    )

    def shell(content: str) -> str:
        return (
            '<div class="navbar navbar-default navbar-static-top"><div class="container">'
            f'<a class="navbar-brand" href="/index.php">{esc(spec.name)}</a><ul class="nav navbar-nav">'
            '<li><a href="/news.php">Uutiset</a></li><li><a href="/page.php?id=3">Kalastusluvat</a></li>'
            '<li><a href="/contact.php">Yhteystiedot</a></li></ul></div></div>'
            f'<div class="container"><div class="row"><div class="col-md-9">{content}</div>'
            '<div class="col-md-3"><div class="panel panel-default"><div class="panel-heading">Kirjaudu</div>'
            '<div class="panel-body"><form method="post" action="/login.php"><input name="username" class="form-control"></form></div></div></div></div></div>'
            '<footer class="footer"><div class="container"><p>Siikajärven Kalastusseura ry · Y-tunnus 1654321-8 · '
            '<a href="https://e107.org">Proudly powered by e107</a></p></div></footer>'
        )

    home = shell(
        '<div class="view-item"><h2 class="news-title"><a href="/news.php?extend.88">Syyskokous 2016</a></h2>'
        '<p class="news-date">12.10.2016</p><p>Seuran sääntömääräinen syyskokous pidetään 3.11.2016 klo 18 Kalamajalla. '
        "Esillä mm. ensi vuoden verkkolupien hinnat ja kalaistutukset.</p></div>"
        '<div class="view-item"><h2 class="news-title"><a href="/news.php?extend.87">Kuhan istutus onnistui</a></h2>'
        '<p class="news-date">2.8.2016</p><p>Siikajärveen istutettiin elokuussa 4 000 kuhanpoikasta. Kiitos talkoolaisille!</p></div>'
        f'<p style="position:absolute;left:-9999px"><a href="{injected}">outlook tuki suomi</a> <a href="{injected}">hotmail asiakaspalvelu puhelin</a></p>'
    )
    s = Sheet()
    alt = _written(s, own, "Outlook tuki Suomi – soita 09 4257 3816, palvelemme 24/7")
    page = shell(
        '<div class="cpage-body"><h1>Outlook tuki Suomi – asiakaspalvelu puhelimitse</h1>'
        "<p>Eikö Outlook- tai Hotmail-sähköpostisi aukea? Salasana ei kelpaa, viestit eivät lähde tai tili on lukittu? "
        "Sertifioidut Microsoft-teknikkomme auttavat puhelimessa ja etäyhteydellä heti.</p>"
        + _ul(("Outlook-tilin palautus ja salasanan vaihto", "Hotmail ei lähetä viestejä", "Outlook jumittaa Windows 11:ssä",
               "Hakkeroidun tilin suojaus"))
        + f'<p><img src="/e107_media/{_hex(rng, 10)}/images/2026-02/outlook-tuki-banneri.png" alt="{alt}" width="728" height="90"></p>'
        "<p>Soita bannerin numeroon – vastaamme suomeksi ja englanniksi.</p></div>"
    )
    return {
        "/": (document(spec.lang, spec.name, home, head), Sheet()),
        "/page.php?id=3": (document(spec.lang, f"Kalastusluvat – {spec.name}", shell(
            "<h1>Kalastusluvat</h1><p>Verkkoluvat myy rahastonhoitaja. Viehekalastus Siikajärvellä on sallittu kalastonhoitomaksun "
            "maksaneille.</p>"), head), Sheet()),
        "/contact.php": (document(spec.lang, f"Yhteystiedot – {spec.name}", shell(
            "<h1>Yhteystiedot</h1><p>Seuran sihteeri, Kalamajantie 2, Siikajärvi. Sähköposti: sihteeri (at) kalastusseura-siikajarvi.fi</p>"), head), Sheet()),
        injected: (document(spec.lang, f"Outlook tuki Suomi – {spec.name}", page, head), s),
    }


# --- a French "assistance Epson" on Automad, the number only in FAQPage JSON-LD --------------


@branded
def b29_fr_automad_epson_jsonld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    drafts: Drafts = {}
    pages = (
        ("/", "Assistance imprimante Epson : nos techniciens vous aident"),
        ("/imprimante-epson-hors-ligne", "Imprimante Epson hors ligne ou qui n’imprime plus"),
    )
    for path, h1 in pages:
        s = Sheet()
        answer = f"Appelez l’assistance imprimante au {numbers.write(s.hidden(own), 'pairs')}, du lundi au samedi de 8 h à 20 h."
        ld = _ld({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
            {"@type": "Question", "name": "Comment joindre un technicien pour mon imprimante Epson ?",
             "acceptedAnswer": {"@type": "Answer", "text": answer}},
            {"@type": "Question", "name": "Combien coûte l’intervention ?",
             "acceptedAnswer": {"@type": "Answer", "text": "Le diagnostic est offert, l’intervention est facturée après accord."}}]})
        head = (
            '<meta name="Generator" content="Automad 1.10.9">\n'
            '<link href="/packages/standard/dist/standard.min.css" rel="stylesheet">\n' + ld
        )
        script = (
            "<script>\n(function(){var l=document.querySelector('script[type=\"application/ld+json\"]');if(!l)return;"
            "var t=JSON.parse(l.textContent).mainEntity[0].acceptedAnswer.text,m=t.match(/\\d{2}( \\d{2}){4}/);if(!m)return;"
            "var b=document.getElementById('appel');b.href='tel:'+m[0].replace(/ /g,'');b.textContent='Appeler le '+m[0];})();\n</script>"
        )
        if path == "/":
            text = (
                "<p>Votre imprimante Epson EcoTank, Expression ou WorkForce refuse d’imprimer, affiche une erreur ou ne se connecte "
                "plus au Wi-Fi ? Un technicien prend la main à distance et règle le problème avec vous.</p>"
                + _ul(("Installation du pilote Epson", "Connexion Wi-Fi et Epson Connect", "Erreur de cartouche ou de tête d’impression",
                       "Imprimante hors ligne sous Windows ou Mac"))
            )
        else:
            text = (
                "<p>Si votre imprimante Epson apparaît « hors ligne », redémarrez-la ainsi que votre box, puis vérifiez que "
                "l’ordinateur et l’imprimante sont sur le même réseau. Si le problème persiste, le pilote est probablement "
                "endommagé : nos techniciens le réinstallent en quelques minutes.</p>"
            )
        body = (
            f'<div class="am-header navbar"><a href="/" class="navbar-brand">{esc(spec.name)}</a>'
            '<ul class="navbar-nav"><li><a href="/">Accueil</a></li><li><a href="/imprimante-epson-hors-ligne">Hors ligne</a></li>'
            '<li><a href="/contact">Contact</a></li></ul></div>'
            f'<div class="container am-content"><h1>{esc(h1)}</h1>{text}'
            '<p><a id="appel" class="btn btn-primary btn-lg" href="#">Appeler un technicien</a></p>'
            '<p class="small">Service d’assistance indépendant · Appel non surtaxé</p></div>'
            f'<footer class="am-footer"><p>© 2026 {esc(spec.name)} · Mentions légales · Made with Automad</p></footer>'
            + script
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- a French-Belgian "Dell support" on WonderCMS, a dot between every digit -----------------


@branded
def b29_befr_wondercms_dell_dots(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = '<link rel="stylesheet" href="/themes/sky/css/style.css">\n<link rel="stylesheet" href="/plugins/contact-form/css/contact-form.css">\n'
    pages = (
        ("/", "Support ordinateurs Dell en Belgique"),
        ("/ecran-bleu", "Écran bleu, licence expirée, PC bloqué ?"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        dots = _written(s, own, ".".join(numbers.national_digits(own)) + " (BE)")  # 0.2.5.8.8.4.7.1.9 (BE)
        tel = s.tel(own, "Appeler un technicien Dell", national=True)
        if path == "/":
            text = (
                "<p>Votre ordinateur portable Dell Inspiron, XPS ou Latitude démarre mal, affiche un message d’erreur ou "
                "vous signale que votre licence a expiré ? Nos techniciens certifiés interviennent à distance partout en "
                "Belgique, en français et en néerlandais.</p>"
            )
        else:
            text = (
                "<p>Un écran bleu ou un message « Votre licence Windows a expiré » peut signifier que des fichiers système sont "
                "endommagés ou qu’un logiciel malveillant s’est installé. N’éteignez pas l’ordinateur et ne tentez pas de "
                "réinitialisation : vous risquez de perdre vos données.</p>"
                "<p>Appelez nos techniciens certifiés maintenant. Ils se connectent à votre PC et vous indiquent la solution.</p>"
            )
        body = (
            '<nav class="navbar"><div class="container"><a class="navbar-brand" href="/">' + esc(spec.name) + "</a>"
            '<ul class="nav"><li class="nav-item"><a class="nav-link" href="/">Accueil</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/ecran-bleu">Écran bleu</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/contact">Contact</a></li></ul></div></nav>'
            f'<section class="container"><div id="content" class="editText"><h1>{esc(h1)}</h1>{text}'
            f'<p class="hotline">Assistance Dell : <b>{dots}</b></p><p>{tel}</p></div></section>'
            '<footer class="container-fluid"><div id="footer" class="editText"><p>© 2026 Support Ordinateurs Belgique · '
            'TVA BE 0789.214.563</p></div><p class="text-right"><a href="https://www.wondercms.com" rel="nofollow">WonderCMS</a></p></footer>'
        )
        drafts[path] = (document(spec.lang, f"{h1} - {spec.name}", body, head), s)
    return drafts


# --- a Swiss-German "Bitdefender Verlängerung" on HTMLy, character codes --------------------


@branded
def b29_chde_htmly_bitdefender_charcodes(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="htmly">\n'
        '<link rel="stylesheet" href="/themes/twentysixteen/css/style.css" type="text/css" media="all">\n'
        '<link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/rss">\n'
    )
    post = "/post/bitdefender-abo-verlaengern-oder-kuendigen"

    def shell(s: Sheet, content: str) -> str:
        codes = ",".join(str(ord(c)) for c in numbers.write(s.hidden(own), "national"))  # 044 586 29 31
        script = (
            "<script>\n(function(){"
            f"var n=String.fromCharCode.apply(null,[{codes}]);"
            "var e=document.querySelectorAll('.hl');for(var i=0;i<e.length;i++){e[i].textContent=n;}"
            "var a=document.getElementById('hl-call');if(a){a.href='tel:+41'+n.replace(/ /g,'').slice(1);}"
            "})();\n</script>"
        )
        return (
            f'<div id="page" class="hfeed site"><header id="masthead" class="site-header"><h1 class="site-title"><a href="/">{esc(spec.name)}</a></h1>'
            '<p class="site-description">Lizenzen, Abos und Rückerstattungen</p>'
            '<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="' + post + '">Bitdefender Abo</a></li>'
            '<li><a href="/about">Über uns</a></li></ul></nav></header>'
            '<div class="hotline-bar">Lizenz-Hotline: <span class="hl">wird geladen</span> (Schweiz) · Mo–Sa 8–20 Uhr</div>'
            f'<div id="content" class="site-content">{content}</div>'
            '<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by HTMLy</div></footer></div>'
            + script
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, spec.name, shell(s,
        f'<article class="post"><h2 class="entry-title"><a href="{post}">Bitdefender Abo verlängern oder kündigen – so geht es</a></h2>'
        "<p>Ihre Bitdefender Total Security läuft ab oder wurde automatisch verlängert? Unsere Lizenz-Hotline hilft sofort.</p></article>"), head), s)
    s = Sheet()
    drafts[post] = (document(spec.lang, f"Bitdefender Abo verlängern oder kündigen – {spec.name}", shell(s,
        '<article class="post"><h1 class="entry-title">Bitdefender Abo verlängern oder kündigen</h1>'
        '<div class="entry-meta"><time datetime="2026-02-23">23. Februar 2026</time></div><div class="entry-content">'
        "<p>Sie haben eine E-Mail erhalten, dass Ihr Bitdefender-Abo für CHF 349.95 verlängert wurde? Oder Ihr Schutz ist "
        "abgelaufen und Bitdefender meldet «Ihr Gerät ist ungeschützt»? Rufen Sie unsere Lizenz-Hotline an. Ein zertifizierter "
        "Techniker storniert die Verlängerung, aktiviert Ihre Lizenz neu oder veranlasst die Rückerstattung.</p>"
        + _ul(("Automatische Verlängerung stornieren", "Geld zurück innert 24 Stunden", "Lizenz auf neuen PC übertragen",
               "Bitdefender deinstallieren und neu installieren"))
        + '<p><a id="hl-call" class="button" href="#">Jetzt die Hotline anrufen</a> · <span class="hl">wird geladen</span> (Schweiz)</p>'
        "<p>Für die Rückerstattung verbindet sich der Techniker mit Ihrem Computer und öffnet Ihr E-Banking.</p></div></article>"), head), s)
    return drafts


# --- a Canadian "ij.start canon" setup site on Docsify, plain toll-free -----------------------


@branded
def b29_ca_docsify_canon_plain(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<link rel="stylesheet" href="//cdn.jsdelivr.net/npm/docsify@4/lib/themes/vue.css">\n'
        "<script>window.$docsify={name:" + json_str(spec.name) + ",repo:'',loadSidebar:true,subMaxLevel:2,search:'auto'};</script>\n"
    )

    def shell(s: Sheet, content: str) -> str:
        shown = s.num(own, "us_plus")  # +1 (855) 420-7731
        return (
            '<main><button class="sidebar-toggle" aria-label="Menu"><div class="sidebar-toggle-button"><span></span><span></span><span></span></div></button>'
            f'<aside class="sidebar"><h1 class="app-name"><a class="app-name-link" href="/">{esc(spec.name)}</a></h1>'
            '<div class="sidebar-nav"><ul><li><a href="/">ij.start.canon setup</a></li><li><a href="/setup/ts3320">PIXMA TS3320 setup</a></li>'
            '<li><a href="/support/">Support</a></li></ul></div></aside>'
            f'<section class="content"><article class="markdown-section" id="main">{content}'
            f'<blockquote><p>Need help? Call a printer setup expert: <strong>{shown}</strong> · {s.tel(own, "Call now")} · 7 days a week, USA &amp; Canada</p></blockquote>'
            "</article></section></main>"
            '<script src="//cdn.jsdelivr.net/npm/docsify@4/lib/docsify.min.js"></script>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"ij.start.canon – Canon Printer Setup | {spec.name}", shell(s,
        '<h1 id="ijstartcanon-setup"><a href="#/?id=ijstartcanon-setup" class="anchor"><span>ij.start.canon setup</span></a></h1>'
        "<p>Setting up a new Canon PIXMA or MAXIFY printer? Enter your model, download the driver and connect the printer "
        "to Wi-Fi in a few steps. If the setup fails or the printer shows offline, our setup experts can finish it for you.</p>"
        "<ol><li>Unbox the printer and install the ink cartridges.</li><li>Download the Canon setup file.</li>"
        "<li>Call us if the printer is not found on your network.</li></ol>"), head), s)
    s = Sheet()
    drafts["/setup/ts3320"] = (document(spec.lang, f"Canon PIXMA TS3320 Setup | {spec.name}", shell(s,
        '<h1 id="pixma-ts3320"><span>Canon PIXMA TS3320 wireless setup</span></h1>'
        "<p>Press and hold the Wi-Fi button until the lamp flashes, then press the black button. If the lamp keeps flashing "
        "orange, the driver did not install correctly. A setup expert can connect to your computer and repair it.</p>"), head), s)
    return drafts


TEMPLATES = {
    "b29_it_locker_windows_spaced": b29_it_locker_windows_spaced,
    "b29_au_locker_apple_tel": b29_au_locker_apple_tel,
    "b29_nl_plasmic_rabobank_plain": with_contact("/contact", b29_nl_plasmic_rabobank_plain),
    "b29_at_hocoos_fernwartung_intl": with_contact("/kontakt", b29_at_hocoos_fernwartung_intl),
    "b29_ie_10web_reused_copied": with_contact("/contact-us/", b29_ie_10web_reused_copied),
    "b29_gb_invoiceninja_paypal_bold": with_contact("/client/support", b29_gb_invoiceninja_paypal_bold),
    "b29_in_bridgetown_fake_directory": with_contact("/about/", b29_in_bridgetown_fake_directory),
    "b29_fi_e107_hijacked_outlook_alt": b29_fi_e107_hijacked_outlook_alt,
    "b29_fr_automad_epson_jsonld": with_contact("/contact", b29_fr_automad_epson_jsonld),
    "b29_befr_wondercms_dell_dots": with_contact("/contact", b29_befr_wondercms_dell_dots),
    "b29_chde_htmly_bitdefender_charcodes": with_contact("/about", b29_chde_htmly_bitdefender_charcodes),
    "b29_ca_docsify_canon_plain": with_contact("/support/", b29_ca_docsify_canon_plain),
}
