"""Thirty-first batch of held-out scam templates: page shells no earlier batch uses.

b31_au_blocs_unbranded_plan (an unbranded Australian "home PC rescue" on Blocs selling a
five-year protection plan, the legal footer copied from a Sydney firm whose name is not the
site's), b31_pl_webwave_ing_desk (a Polish fake ING "security department" on WebWave that
talks customers into a "safe technical account"), b31_dk_locker_css_after (a Danish
"Windows Defender" browser locker whose number is only CSS ::after content),
b31_it_wolfcms_canon_srcdoc (an Italian Canon printer-driver setup page on Wolf CMS, the
number only inside an iframe srcdoc "installer error"), b31_jp_movabletype_outlook (a
Japanese Outlook/Hotmail account recovery desk on Movable Type, 0120 plain),
b31_us_runapp_geeksquad_invoice (a Cloud Run run.app "Geek Squad / Norton" renewal invoice
with a refund line), b31_br_netobjects_hijacked_hp (a Brazilian pousada's old NetObjects
Fusion site with an injected HP printer support page behind off-screen links),
b31_ae_rapidweaver_apple_whatsapp (a Dubai "Apple experts" page on RapidWeaver whose only
number is a WhatsApp click-to-chat link), b31_fi_monstra_eset_plain (a Finnish home
computer help on Monstra selling ESET renewals, no brand in the domain, the number plain),
b31_nl_orchard_ziggo_svg (a Dutch "Ziggo storingsmeldingen" site on Orchard Core, the
number only in an SVG <text>), b31_es_typesetter_paypal_input (a Spanish "PayPal cuenta
limitada" desk on Typesetter, the number in a read-only copy field) and
b31_in_chyrp_dell_centre (a Bengaluru "Dell service centre" SEO page on Chyrp Lite, plain
number and LocalBusiness JSON-LD).
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

# --- an unbranded Australian "home PC rescue" on Blocs, a copied legal footer ------------


def b31_au_blocs_unbranded_plan(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<link rel="stylesheet" type="text/css" href="./css/bootstrap.min.css?' + str(rng.randint(1000, 9999)) + '">\n'
        '<link rel="stylesheet" type="text/css" href="./style.css?' + str(rng.randint(1000, 9999)) + '">\n'
        "<!-- Made with Blocs - https://blocsapp.com -->\n"
    )
    foot = (
        '<div class="bloc bgc-outer-space d-bloc" id="bloc-footer"><div class="container bloc-sm"><div class="row"><div class="col">'
        "<p class=\"mg-sm\">© 2026 Harbourside IT Solutions Pty Ltd · ABN 53 614 207 881 · Level 4, 60 Pitt Street, Sydney NSW 2000</p>"
        '<p class="mg-sm"><a href="/terms">Terms of Service</a> · <a href="/privacy">Privacy Policy</a> · Registered with the '
        "Australian Securities &amp; Investments Commission</p></div></div></div></div>"
    )
    pages = (
        ("/", "Computer trouble? A real technician, on the line in minutes"),
        ("/plans", "Protection plans for the whole household"),
        ("/about", "About us"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        shown = s.num(own, "national")  # 1800 951 374
        call = s.tel(own, shown)
        if path == "/":
            text = (
                "<p>Pop-ups that will not close, a slow laptop, emails that stopped arriving, a printer that has gone offline? "
                "Our Australian-based team connects to your computer securely and sorts it out while you watch. No call-out "
                "fee, no jargon.</p>"
                + _ul(("Virus and pop-up removal", "Email and printer setup", "Speed-up and clean-up",
                       "Identity theft and online banking protection"), "list-unstyled")
                + f"<p class=\"lead\">Free call: <strong>{call}</strong> · 7 days, 7am–11pm AEST</p>"
            )
        elif path == "/plans":
            text = (
                '<table class="table"><thead><tr><th>Plan</th><th>Devices</th><th>Price</th></tr></thead><tbody>'
                "<tr><td>One-off fix</td><td>1</td><td>AU$149</td></tr>"
                "<tr><td>Care Plan – 1 year</td><td>3</td><td>AU$399</td></tr>"
                "<tr><td>Total Care Plan – 5 years</td><td>unlimited</td><td>AU$899</td></tr></tbody></table>"
                "<p>Every plan includes unlimited remote sessions, a firewall health check and our lifetime malware "
                "guarantee. Most of our customers choose the five-year plan so they never have to worry again.</p>"
                f"<p>To activate your plan, call {call}.</p>"
            )
        else:
            text = (
                "<p>We started in 2011 helping neighbours with their computers and today look after more than 40,000 "
                "households across Australia. Our technicians are fully certified and police-checked.</p>"
                f"<p>Head office line: {shown}</p>"
            )
        body = (
            f'<div class="page-container"><div class="bloc l-bloc" id="bloc-nav"><div class="container bloc-no-padding">'
            f'<nav class="navbar navbar-light row navbar-expand-md"><a class="navbar-brand" href="/">{esc(spec.name)}</a>'
            '<ul class="site-navigation nav navbar-nav"><li class="nav-item"><a href="/" class="nav-link">Home</a></li>'
            '<li class="nav-item"><a href="/plans" class="nav-link">Plans</a></li><li class="nav-item"><a href="/about" class="nav-link">About</a></li></ul>'
            f'</nav></div></div><div class="bloc l-bloc" id="bloc-{_hex(rng, 4)}"><div class="container bloc-lg"><div class="row"><div class="col">'
            f'<h1 class="mg-md">{esc(h1)}</h1>{text}</div></div></div></div>'
            + foot
            + "</div>"
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- a Polish fake ING "security department" on WebWave ---------------------------------


@branded
def b31_pl_webwave_ing_desk(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    site_id = rng.randint(100000, 999999)
    head = (
        '<meta name="generator" content="WebWave">\n'
        f'<link rel="stylesheet" href="https://webwavecms.com/static/css/{site_id}/style.css">\n'
        f'<script src="https://webwavecms.com/static/js/ww-runtime.{_hex(rng, 8)}.js" defer></script>\n'
    )

    def shell(s: Sheet, content: str) -> str:
        intl = s.num(own, "intl")  # +48 22 307 19 45
        return (
            f'<div id="ww-page" data-site="{site_id}"><div class="ww-element ww-header"><span class="ww-text">{esc(spec.name)}</span>'
            '<nav class="ww-menu"><a href="/">Strona główna</a> <a href="/bezpieczne-konto">Bezpieczne konto</a> <a href="/kontakt">Kontakt</a></nav></div>'
            f'<div class="ww-element ww-content">{content}</div>'
            f'<div class="ww-element ww-bar"><p>Dział Bezpieczeństwa – infolinia całodobowa: <b>{s.tel(own, intl)}</b></p></div>'
            '<div class="ww-element ww-footer"><p>© 2026 Centrum Bezpieczeństwa Klienta · Współpracujemy z ING Bank Śląski S.A.</p></div></div>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – ING", shell(s,
        "<h1>Wykryliśmy podejrzaną próbę logowania do Twojej bankowości ING</h1>"
        "<p>Nasz system zablokował przelew na kwotę 4 870,00 zł zlecony z nowego urządzenia. Jeśli to nie Ty, skontaktuj się "
        "natychmiast z Działem Bezpieczeństwa. Konsultant zweryfikuje Twoją tożsamość i zabezpieczy środki.</p>"
        "<ol><li>Nie loguj się do aplikacji do czasu rozmowy z konsultantem.</li>"
        "<li>Przygotuj kartę płatniczą i telefon z aplikacją.</li>"
        "<li>Konsultant pomoże zainstalować program ochronny na Twoim komputerze.</li></ol>"), head), s)
    s = Sheet()
    drafts["/bezpieczne-konto"] = (document(spec.lang, f"Bezpieczne konto techniczne – {spec.name}", shell(s,
        "<h1>Czym jest bezpieczne konto techniczne?</h1>"
        "<p>W przypadku ataku hakerskiego przenosimy Twoje oszczędności na tymczasowe konto techniczne, do którego przestępcy "
        "nie mają dostępu. Po zakończeniu postępowania środki wracają na Twój rachunek w ciągu 48 godzin.</p>"
        "<p>Przelew zlecasz sam, zgodnie z instrukcją konsultanta. Nie informuj pracowników oddziału – mogą być "
        "zamieszani w próbę oszustwa.</p>"), head), s)
    drafts["/kontakt"] = (document(spec.lang, f"Kontakt – {spec.name}", (
        f'<div id="ww-page" data-site="{site_id}"><div class="ww-element ww-content"><h1>Kontakt</h1>'
        "<p>Formularz zgłoszenia incydentu: konsultant oddzwoni w ciągu 15 minut.</p>"
        '<form class="ww-form"><input name="imie" placeholder="Imię i nazwisko"><input name="telefon" placeholder="Telefon">'
        "<button>Wyślij zgłoszenie</button></form></div></div>"), head), Sheet())
    return drafts


# --- a Danish "Windows Defender" locker, the number only in CSS ::after --------------------


@branded
def b31_dk_locker_css_after(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)
    css = numbers.write(own, "national")  # 80 25 17 39
    msg = ("Windows-sikkerhed: Din computer er blokeret på grund af mistænkelig aktivitet. Luk ikke denne side. "
           "Ring til Microsoft Support Danmark med det samme.")
    style = (
        "<style>\nbody{margin:0;background:#0078d4;font-family:'Segoe UI',Arial,sans-serif}\n"
        ".box{max-width:680px;margin:70px auto;background:#fff;padding:26px 30px;border-top:8px solid #c50f1f}\n"
        ".gratis{font-size:28px;font-weight:700;color:#c50f1f}\n"
        f'.gratis::after{{content:"{css}";margin-left:8px;letter-spacing:1px}}\n'
        "</style>\n"
    )
    script = (
        "<script>\n(function(){\n"
        "  document.addEventListener('click',function(){try{document.documentElement.requestFullscreen();}catch(e){}});\n"
        "  window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='';});\n"
        "  for(var i=0;i<30;i++){history.pushState({i:i},'',location.href);}\n"
        "  window.onpopstate=function(){history.pushState({},'',location.href);};\n"
        f"  var m={json_str(msg)};setInterval(function(){{if(!confirm(m)){{alert(m);}}}},5000);\n"
        "})();\n</script>"
    )
    body = (
        '<div class="box"><h1 style="margin-top:0;font-size:22px">Windows-sikkerhedscenter</h1>'
        "<p><b>Adgang til denne pc er blokeret.</b> Windows Defender har fundet trojaneren <i>Trojan:Win32/Wacatac.H!ml</i>. "
        "Dine adgangskoder, billeder og oplysninger om netbank kan blive stjålet.</p>"
        + _ul(("Genstart ikke computeren – det kan slette dine data.", "Luk ikke browseren.",
               "En certificeret Microsoft-tekniker fjerner truslen over telefonen."))
        + '<p>Ring gratis til Windows Support Danmark:</p><p class="gratis">☎</p>'
        f'<p style="font-size:12px;color:#666">Fejlkode {_code(rng)} · Sags-id DK-{_hex(rng, 8).upper()}</p></div>'
        '<audio src="/lyd/advarsel-dk.mp3" autoplay loop></audio>'
        + script
    )
    return {"/": (document(spec.lang, "Windows-sikkerhed – computeren er blokeret", body, style), s)}


# --- an Italian Canon driver-setup page on Wolf CMS, the number in an iframe srcdoc -----


@branded
def b31_it_wolfcms_canon_srcdoc(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Wolf CMS">\n'
        '<link rel="stylesheet" href="/public/themes/simple/screen.css" media="screen">\n'
    )

    def shell(content: str) -> str:
        return (
            f'<div id="page"><div id="header"><h1 id="logo"><a href="/">{esc(spec.name)}</a></h1>'
            '<div id="nav"><ul><li><a href="/">Home</a></li><li><a href="/download-driver">Download driver</a></li>'
            '<li><a href="/supporto">Assistenza</a></li></ul></div></div>'
            f'<div id="content">{content}</div>'
            '<div id="footer"><p>© 2026 ' + esc(spec.name) + ' · Powered by <a href="http://www.wolfcms.org/">Wolf CMS</a></p></div></div>'
        )

    s = Sheet()
    nat = _written(s, own, numbers.write(own, "national"))  # 800 912 447
    inner = (
        '<div style="font-family:Segoe UI,Arial;font-size:13px;padding:12px;border:1px solid #c00;background:#fff5f5">'
        "<b>Errore 0x" + _hex(rng, 4).upper() + ": installazione del driver non riuscita</b><br>"
        "Il driver Canon non è compatibile con la versione di Windows in uso. Per completare l’installazione "
        f"contatta il supporto tecnico Canon al numero verde <b>{nat}</b> (gratuito, lun–dom 8–22).</div>"
    )
    setup = (
        "<h2>Installazione guidata della stampante Canon PIXMA</h2>"
        "<p>Scarica e installa il driver più recente per la tua stampante Canon PIXMA, MAXIFY o i-SENSYS. Il programma "
        "rileva automaticamente il modello e configura la connessione Wi-Fi.</p>"
        '<div class="progress"><div class="bar" style="width:87%">87%</div></div>'
        '<p>Stato: <span class="err">installazione interrotta</span></p>'
        f'<iframe title="Installazione driver" width="560" height="140" style="border:0" sandbox="" srcdoc="{esc(inner)}"></iframe>'
    )
    return {
        "/": (document(spec.lang, f"Installazione stampante Canon – {spec.name}", shell(
            "<h2>Configura la tua stampante in 3 passaggi</h2>"
            + "<ol><li>Inserisci il modello della stampante.</li><li>Scarica il driver.</li><li>Avvia l’installazione guidata.</li></ol>"
            '<form action="/download-driver"><input name="modello" placeholder="es. Canon PIXMA TS5350"><button>Cerca driver</button></form>'),
            head), Sheet()),
        "/download-driver": (document(spec.lang, f"Download driver Canon – {spec.name}", shell(setup), head), s),
        "/supporto": (document(spec.lang, f"Assistenza – {spec.name}", shell(
            "<h2>Assistenza</h2><p>Se l’installazione non va a buon fine, segui le istruzioni nella finestra dell’installazione "
            "guidata: un tecnico completerà la configurazione da remoto.</p>"), head), Sheet()),
    }


# --- a Japanese Outlook/Hotmail account recovery desk on Movable Type -------------------


@branded
def b31_jp_movabletype_outlook(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Movable Type Pro 7.9.8">\n'
        '<link rel="stylesheet" href="/mt-static/support/theme_static/rainier/css/screen.css">\n'
        '<link rel="alternate" type="application/atom+xml" title="Recent Entries" href="/atom.xml">\n'
    )
    pages = (
        ("/", "Outlook・Hotmail アカウント復旧サポート"),
        ("/hotmail/", "Hotmailにサインインできない場合"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        dashed = s.num(own, "dashed")  # 0120-958-317
        call = s.tel(own, dashed)
        if path == "/":
            text = (
                "<p>「アカウントがロックされました」「異常なサインインが検出されました」と表示されてOutlookのメールが"
                "見られない、パスワードを変更されてしまった——そんなときは専門スタッフが電話でアカウントの復旧を"
                "お手伝いします。</p>"
                + _ul(("Outlook.com / Hotmail / Live のアカウントロック解除", "二段階認証のコードが届かない",
                       "乗っ取られたアカウントの取り戻し", "パソコンのセキュリティ診断（遠隔操作）"))
            )
        else:
            text = (
                "<p>新しいアカウントを作り直すと、これまでのメールや連絡先は戻りません。まずはお電話ください。"
                "本人確認のあと、担当者がパソコンに遠隔で接続して設定を修復します。</p>"
            )
        body = (
            f'<div id="container"><div id="header"><div id="header-inner"><h1 id="header-name"><a href="/">{esc(spec.name)}</a></h1>'
            '<p id="header-description">メールアカウントのトラブル解決窓口</p></div></div>'
            f'<div id="content"><div class="entry-asset asset hentry"><h2 class="asset-name entry-title">{esc(h1)}</h2>'
            f'<div class="asset-body entry-content">{text}'
            f'<p class="tel">フリーダイヤル <strong>{call}</strong>（受付 9:00〜23:00・年中無休）</p></div></div></div>'
            '<div id="footer"><p>Powered by <a href="https://www.movabletype.jp/">Movable Type Pro</a></p>'
            f'<p>© 2026 {esc(spec.name)}</p><p><a href="/contact/">お問い合わせ</a></p></div></div>'
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- a Cloud Run "Geek Squad / Norton" renewal invoice with a refund line ---------------


@branded
def b31_us_runapp_geeksquad_invoice(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    invoice = f"GS-{rng.randint(70000000, 79999999)}"
    head = (
        '<script src="https://cdn.tailwindcss.com"></script>\n'
        '<script defer src="https://unpkg.com/alpinejs@3.13.5/dist/cdn.min.js"></script>\n'
    )

    def shell(s: Sheet, content: str) -> str:
        paren = s.num(own, "us_paren")  # (888) 391-5274
        return (
            '<div class="min-h-screen bg-slate-100"><header class="bg-white border-b"><div class="max-w-3xl mx-auto px-4 py-3 flex justify-between">'
            '<span class="font-semibold">Billing &amp; Refunds</span>'
            f'<span class="text-sm">Refund line: {s.tel(own, paren)} (toll free)</span></div></header>'
            f'<main class="max-w-3xl mx-auto px-4 py-8">{content}</main>'
            '<footer class="text-xs text-slate-500 text-center py-6">© 2026 Customer Billing Services · All rights reserved</footer></div>'
        )

    s = Sheet()
    main = (
        '<div class="bg-white rounded shadow p-6" x-data="{open:false}">'
        f'<h1 class="text-xl font-bold">Invoice {esc(invoice)}</h1><p class="text-sm text-slate-500">Issued 27 Feb 2026 · Paid</p>'
        '<table class="w-full mt-4 text-sm"><tr><th class="text-left">Item</th><th class="text-left">Term</th><th class="text-right">Amount</th></tr>'
        "<tr><td>Geek Squad Total Tech Protection – Auto renewal</td><td>3 years</td><td class=\"text-right\">$449.99</td></tr>"
        "<tr><td>Norton 360 Deluxe, 5 devices (bundled)</td><td>3 years</td><td class=\"text-right\">included</td></tr>"
        "<tr><td colspan=\"2\">Total charged to card ending 4417</td><td class=\"text-right font-bold\">$449.99</td></tr></table>"
        "<p class=\"mt-4\">Thank you for renewing. The charge will show as “GSQ*RENEW” on your statement. If you did not "
        "authorize this renewal, you may cancel within 24 hours for a full refund. Refunds are processed only by phone; "
        "our agent will help you complete the refund securely on your computer.</p>"
        f'<p class="mt-4 text-lg">To cancel, call <b>{s.num(own, "us_dash")}</b></p>'
        '<button class="mt-2 underline" @click="open=!open">Why was I charged?</button>'
        '<p x-show="open" class="text-sm">Your plan was set to renew automatically when you first purchased it.</p></div>'
    )
    support = Sheet()
    return {
        "/": (document(spec.lang, f"Invoice {invoice} – Billing & Refunds", shell(s, main), head), s),
        "/support": (document(spec.lang, "Support – Billing & Refunds", shell(support,
            '<div class="bg-white rounded shadow p-6"><h1 class="text-xl font-bold">Refund support</h1>'
            "<p>Have your invoice number ready. Refund agents are available 24/7.</p></div>"), head), support),
    }


# --- a Brazilian pousada's old NetObjects Fusion site, an injected HP support page ------


@branded
def b31_br_netobjects_hijacked_hp(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    injected = "/hp-printer-support-brasil.html"
    head = (
        '<meta name="GENERATOR" content="NetObjects Fusion 11.0 for Windows">\n'
        '<link rel="stylesheet" type="text/css" href="./html/fusion.css">\n'
        '<link rel="stylesheet" type="text/css" href="./html/style.css">\n'
    )
    links = "".join(
        f'<a href="{injected}">{esc(t)}</a> '
        for t in ("suporte hp impressora", "telefone hp brasil", "impressora hp offline", "instalar driver hp")
    )
    home = (
        '<table border="0" cellspacing="0" cellpadding="0" width="780"><tr><td>'
        '<img src="./html/nav_logo.jpg" alt="Pousada Ventos de Ilhabela" width="780" height="140"></td></tr>'
        '<tr><td class="nof-navbar"><a href="./index.html">Início</a> | <a href="./html/suites.html">Suítes</a> | '
        '<a href="./html/tarifas.html">Tarifas</a> | <a href="./html/contato.html">Contato</a></td></tr>'
        '<tr><td><p class="TextObject">Bem-vindo à Pousada Ventos de Ilhabela! A 200 metros da praia do Perequê, com '
        "piscina, café da manhã caseiro e suítes com ar-condicionado. Ideal para casais e famílias.</p>"
        "<p class=\"TextObject\">Tarifas de temporada 2012/2013: suíte casal R$ 220, suíte família R$ 310. Pacotes de "
        "Réveillon e Carnaval sob consulta.</p></td></tr></table>"
        f'<div style="position:absolute;left:-5000px;top:-5000px;width:1px;overflow:hidden">{links}</div>'
        '<p class="nof-footer">Pousada Ventos de Ilhabela · Ilhabela/SP · Site criado com NetObjects Fusion</p>'
    )
    s = Sheet()
    nat = s.num(own, "national")  # 0800 591 4382
    page = (
        '<div style="max-width:760px;margin:0 auto;font-family:Arial,sans-serif">'
        "<h1>Suporte Impressora HP Brasil – Telefone 0800 Atendimento 24h</h1>"
        "<p>Sua impressora HP está offline, não imprime, mostra erro de cartucho ou não conecta ao Wi-Fi? Fale agora com um "
        "técnico HP certificado. O atendimento é gratuito e o técnico acessa seu computador para instalar o driver "
        "correto.</p>"
        f"<p style=\"font-size:22px\"><b>Ligue grátis: {nat}</b></p><p>{s.tel(own, 'Toque para ligar')}</p>"
        + _ul(("HP DeskJet, OfficeJet, LaserJet e Smart Tank", "Instalação do HP Smart", "Impressora offline ou em erro",
               "Reativação da garantia HP"))
        + "</div>"
    )
    return {
        "/": (document(spec.lang, "Pousada Ventos de Ilhabela", home, head), Sheet()),
        "/html/contato.html": (document(spec.lang, "Contato – Pousada Ventos de Ilhabela", (
            '<table width="780"><tr><td><p class="TextObject">Reservas pelo e-mail reservas@pousadaventosdeilhabela.com.br. '
            "Respondemos em até 24 horas.</p></td></tr></table>"), head), Sheet()),
        injected: (document(spec.lang, "Suporte Impressora HP Brasil | Telefone 0800 24h", page,
                            '<meta name="robots" content="index,follow">\n'), s),
    }


# --- a Dubai "Apple experts" page on RapidWeaver, WhatsApp link only ---------------------


@branded
def b31_ae_rapidweaver_apple_whatsapp(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="RapidWeaver">\n'
        '<link rel="stylesheet" type="text/css" media="screen" href="rw_common/themes/foundation/styles.css">\n'
        '<script src="rw_common/themes/foundation/javascript.js"></script>\n'
    )
    s = Sheet()
    wa = f"https://wa.me/{s.hidden(own)[1:]}?text=" + "Hi%2C%20I%20need%20help%20with%20my%20Apple%20device"
    body = (
        f'<div id="container"><header class="rw-header"><h1 class="site-title">{esc(spec.name)}</h1>'
        '<p class="site-slogan">Mac · iPhone · iPad · iCloud – Dubai, Abu Dhabi, Sharjah</p></header>'
        '<nav class="rw-nav"><ul><li><a href="/">Home</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
        '<section class="rw-content"><h2>Apple ID locked? iCloud hacked? Mac running slow?</h2>'
        "<p>Talk to a certified Apple technician right now on WhatsApp. We unlock Apple IDs, remove iCloud activation "
        "problems, clean viruses from your Mac and recover lost photos – remotely, in English, Arabic, Hindi and Urdu.</p>"
        + _ul(("Apple ID and iCloud recovery", "Mac virus and pop-up removal", "iPhone disabled / passcode issues",
               "AppleCare renewals"))
        + f'<p><a class="button wa" href="{wa}" target="_blank" rel="noopener">💬 Chat with an Apple expert on WhatsApp</a></p>'
        "<p>Average reply time: 2 minutes · 7 days a week</p></section>"
        '<footer class="rw-footer"><p>© 2026 ' + esc(spec.name) + " · Made with RapidWeaver</p></footer></div>"
    )
    c = Sheet()
    contact = (
        '<div id="container"><section class="rw-content"><h2>Contact</h2>'
        f'<p>The fastest way to reach us is WhatsApp: <a href="https://wa.me/{c.hidden(own)[1:]}">open chat</a>. '
        "Walk-in visits by appointment only.</p></section></div>"
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – Apple Support Dubai", body, head), s),
        "/contact": (document(spec.lang, f"Contact – {spec.name}", contact, head), c),
    }


# --- a Finnish home computer help on Monstra selling ESET renewals, the number plain ----


@branded
def b31_fi_monstra_eset_plain(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Monstra">\n'
        '<link rel="stylesheet" href="/public/themes/default/css/default.css">\n'
    )
    pages = (
        ("/", "Tietokoneapua kotiin – puhelimessa heti"),
        ("/palvelut", "Palvelut ja hinnat"),
        ("/tuki", "Tuki"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        nat = s.num(own, "national")  # 0800 917452
        if path == "/":
            text = (
                "<p>Onko tietokoneesi hidas, tuleeko ruudulle outoja ilmoituksia tai onko ESET-virustorjunnan lisenssi "
                "vanhentunut? Asiantuntijamme ottaa etäyhteyden koneeseesi ja korjaa vian saman puhelun aikana.</p>"
                + _ul(("ESET-lisenssin uusinta ja asennus", "Virusten ja mainosikkunoiden poisto",
                       "Sähköpostin ja tulostimen asetukset", "Koko perheen tietoturvapaketti"))
            )
        elif path == "/palvelut":
            text = (
                "<table><tr><td>Pikatuki 30 min</td><td>79 €</td></tr><tr><td>ESET Internet Security + asennus, 3 v</td>"
                "<td>349 €</td></tr><tr><td>Turvapaketti 5 laitetta, 5 v</td><td>599 €</td></tr></table>"
                "<p>Maksu puhelun jälkeen verkkopankissa tai lahjakortilla.</p>"
            )
        else:
            text = "<p>Soita meille, niin neuvomme. Palvelemme ma–su 8–22.</p>"
        body = (
            f'<div class="container"><div class="masthead"><h3 class="muted">{esc(spec.name)}</h3>'
            '<ul class="nav"><li><a href="/">Etusivu</a></li><li><a href="/palvelut">Palvelut</a></li><li><a href="/tuki">Tuki</a></li></ul></div>'
            f'<div class="content"><h1>{esc(h1)}</h1>{text}<p class="phone">Soita: {nat}</p></div>'
            '<div class="footer"><p>Powered by Monstra · © 2026 ' + esc(spec.name) + "</p></div></div>"
        )
        drafts[path] = (document(spec.lang, f"{h1} – {spec.name}", body, head), s)
    return drafts


# --- a Dutch "Ziggo storingsmeldingen" site on Orchard Core, the number in an SVG --------


@branded
def b31_nl_orchard_ziggo_svg(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Orchard">\n'
        '<link type="text/css" rel="stylesheet" href="/TheTheme/css/theme.min.css?v=' + _hex(rng, 10) + '">\n'
    )

    def badge(s: Sheet) -> str:
        g = numbers.groups(s.hidden(own))  # 088 260 3517
        spans = "".join(f"<tspan>{esc(x)}</tspan> " for x in g).rstrip()
        return (
            '<svg class="storingsnummer" role="img" aria-label="Storingsnummer" width="230" height="34" viewBox="0 0 230 34">'
            '<rect width="230" height="34" rx="6" fill="#f48c00"/>'
            f'<text x="14" y="23" font-family="Arial" font-size="18" font-weight="700" fill="#fff">{spans}</text></svg>'
        )

    pages = (
        ("/", "Storing bij Ziggo? Check hier de actuele meldingen"),
        ("/storing/internet", "Ziggo internet storing"),
        ("/contact", "Contact"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        if path == "/":
            text = (
                "<p>Valt je wifi steeds weg, doet de Mediabox het niet of heb je geen kiestoon? In heel Nederland zijn "
                "vandaag storingen gemeld. Onze storingslijn meet je aansluiting door en reset je modem op afstand.</p>"
            )
        elif path == "/storing/internet":
            text = (
                '<div class="alert alert-danger">Landelijke storing · 1.284 meldingen in het afgelopen uur</div>'
                "<p>Herstart je modem niet zelf: dan gaan je instellingen verloren. Bel de storingslijn, een monteur kijkt "
                "direct mee via je computer.</p>"
            )
        else:
            text = "<p>Bel de storingslijn voor de snelste hulp. Berichten via het formulier beantwoorden we binnen twee werkdagen.</p>"
        body = (
            f'<header class="masthead"><nav class="navbar"><a class="navbar-brand" href="/">{esc(spec.name)}</a>'
            '<ul class="navbar-nav"><li><a href="/">Home</a></li><li><a href="/storing/internet">Internet</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>'
            f'<div class="container"><article class="content-item"><h1>{esc(h1)}</h1>{text}'
            f"<p>Storingslijn (24/7):</p>{badge(s)}</article></div>"
            f'<footer class="footer"><p>{esc(spec.name)} · onafhankelijk storingsoverzicht · © 2026</p></footer>'
        )
        drafts[path] = (document(spec.lang, f"{h1} | {spec.name}", body, head), s)
    return drafts


# --- a Spanish "PayPal cuenta limitada" desk on Typesetter, a read-only copy field ------


@branded
def b31_es_typesetter_paypal_input(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Typesetter CMS">\n'
        '<link rel="stylesheet" type="text/css" href="/include/thirdparty/Bootstrap3/css/bootstrap.min.css">\n'
        '<link rel="stylesheet" type="text/css" href="/themes/Bootswatch_Flatly/3_Column_Header/style.css">\n'
    )

    def field(s: Sheet) -> str:
        value = numbers.write(s.hidden(own), "intl")  # +34 910 60 48 17
        return (
            '<div class="input-group"><input type="text" class="form-control" id="tel-copia" readonly '
            f'value="{esc(value)}"><span class="input-group-btn"><button class="btn btn-primary" type="button" '
            "onclick=\"var i=document.getElementById('tel-copia');i.select();document.execCommand('copy');\">Copiar número</button></span></div>"
        )

    pages = (
        ("/", "Resolución de cuentas PayPal limitadas"),
        ("/cuenta-limitada", "Mi cuenta PayPal está limitada: ¿qué hago?"),
        ("/contacto", "Contacto"),
    )
    drafts: Drafts = {}
    for path, h1 in pages:
        s = Sheet()
        if path == "/":
            text = (
                "<p>¿Has recibido un correo diciendo que tu cuenta PayPal ha sido limitada o que hay un pago pendiente que "
                "no reconoces? Nuestro equipo de resolución revisa tu caso por teléfono y levanta la limitación el mismo día.</p>"
            )
        elif path == "/cuenta-limitada":
            text = (
                "<ol><li>No abras una disputa todavía: puede retrasar la resolución.</li>"
                "<li>Copia el número de abajo y llama desde tu móvil.</li>"
                "<li>Un agente verificará tu identidad y te ayudará a proteger tu cuenta en el ordenador.</li></ol>"
            )
        else:
            text = "<p>Atención en español de lunes a domingo, de 8:00 a 23:00.</p>"
        body = (
            f'<div id="gpx_content"><div class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">{esc(spec.name)}</a>'
            '<ul class="nav navbar-nav"><li><a href="/">Inicio</a></li><li><a href="/cuenta-limitada">Cuenta limitada</a></li>'
            '<li><a href="/contacto">Contacto</a></li></ul></div></div>'
            f'<div class="container"><div class="GPAREA filetype-text"><h1>{esc(h1)}</h1>{text}'
            f"<p>Línea de resolución:</p>{field(s)}</div></div>"
            '<footer class="container"><p>© 2026 ' + esc(spec.name) + ' · Powered by <a href="https://www.typesettercms.com">Typesetter CMS</a></p></footer></div>'
        )
        drafts[path] = (document(spec.lang, f"{h1} – {spec.name}", body, head), s)
    return drafts


# --- a Bengaluru "Dell service centre" SEO page on Chyrp Lite --------------------------


@branded
def b31_in_chyrp_dell_centre(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    post = "/dell-laptop-repair-koramangala"
    head = (
        '<meta name="generator" content="Chyrp Lite">\n'
        '<link rel="stylesheet" href="/themes/blossom/stylesheets/all.css" type="text/css" media="all">\n'
    )

    def shell(content: str) -> str:
        return (
            f'<div id="site"><header><h1><a href="/">{esc(spec.name)}</a></h1><nav><a href="/">Home</a> '
            f'<a href="{post}">Laptop repair</a> <a href="/contact-us">Contact us</a></nav></header>'
            f'<div id="content">{content}</div><footer><p>Powered by Chyrp Lite · © 2026 {esc(spec.name)}</p></footer></div>'
        )

    drafts: Drafts = {}
    for path in ("/", post):
        s = Sheet()
        intl = s.num(own, "intl")  # +91 80 4718 5236
        nat = s.num(own, "national")  # 080 4718 5236
        ld = _ld({"@context": "https://schema.org", "@type": "LocalBusiness", "name": "Dell Service Centre Bangalore",
                  "telephone": intl, "address": {"@type": "PostalAddress", "streetAddress": "80 Feet Road, Koramangala 4th Block",
                                                 "addressLocality": "Bengaluru", "postalCode": "560034", "addressCountry": "IN"}})
        text = (
            "<h2>Dell Service Centre in Bangalore – Koramangala</h2>"
            "<p>Dell laptop not switching on, blue screen, broken hinge or battery swelling? Our Dell-trained engineers "
            "repair Inspiron, Vostro, Latitude and XPS laptops the same day. Doorstep pickup across Bangalore and "
            "instant online support for software issues.</p>"
            f"<p>Call Dell support: <b>{intl}</b> · {nat}</p>"
            + _ul(("Dell warranty extension", "Windows reinstallation and virus removal", "Screen and keyboard replacement",
                   "Online remote support in 15 minutes"))
        )
        drafts[path] = (document(spec.lang, f"Dell Service Centre Bangalore | {spec.name}", shell(
            f'<article class="post text">{text}</article>'), head + ld), s)
    return drafts


TEMPLATES = {
    "b31_au_blocs_unbranded_plan": b31_au_blocs_unbranded_plan,
    "b31_pl_webwave_ing_desk": b31_pl_webwave_ing_desk,
    "b31_dk_locker_css_after": b31_dk_locker_css_after,
    "b31_it_wolfcms_canon_srcdoc": b31_it_wolfcms_canon_srcdoc,
    "b31_jp_movabletype_outlook": with_contact("/contact/", b31_jp_movabletype_outlook),
    "b31_us_runapp_geeksquad_invoice": b31_us_runapp_geeksquad_invoice,
    "b31_br_netobjects_hijacked_hp": b31_br_netobjects_hijacked_hp,
    "b31_ae_rapidweaver_apple_whatsapp": b31_ae_rapidweaver_apple_whatsapp,
    "b31_fi_monstra_eset_plain": b31_fi_monstra_eset_plain,
    "b31_nl_orchard_ziggo_svg": b31_nl_orchard_ziggo_svg,
    "b31_es_typesetter_paypal_input": b31_es_typesetter_paypal_input,
    "b31_in_chyrp_dell_centre": with_contact("/contact-us", b31_in_chyrp_dell_centre),
}
