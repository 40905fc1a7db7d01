"""Twenty-second batch of held-out scam templates: page shells no earlier batch uses.

b22_nl_divi_microsoft_intlzero (a Dutch "Microsoft Helpdesk" on WordPress with the Divi
theme and a Complianz cookie banner, "+31 (0)85 ..."), b22_gb_nextjs_norton_zerodash (a UK
Norton refund page on Next.js, "0-808-... UK" in the text and in __NEXT_DATA__),
b22_de_pagesdev_mcafee_digits (a German McAfee "Abo abgelaufen" countdown on Bootstrap on a
pages.dev subdomain, the number only as a script's digit array),
b22_fr_angular_apple_microdata (a French Apple assistance page on Angular, the number only
in microdata and a national tel: link), b22_fi_locker_defender_bullets (a Finnish Windows
Defender browser locker, the digits joined by bullets), b22_chde_locker_mac_dialog (a Swiss
German Mac locker built as a fake Safari window with a <dialog>, "+41 (0) 800 ..."),
b22_nl_locker_geblokkeerd_urlparam (a Dutch "Uw computer is geblokkeerd" locker whose
number comes only from the ad landing URL), b22_befr_oceanwp_hp_reviews (a Belgian French
HP printer desk on WordPress/OceanWP with copied reviews and terms, "078/48.32.15"),
b22_fi_webapp_etatuki_whatsapp (an unbranded Finnish remote help service on a web.app
subdomain, the number only in a WhatsApp link), b22_us_bubble_gmail_dots (a US Gmail
recovery line on Bubble, "1.888..." with a country hint), b22_ja_swell_canon_hyphens (a
Japanese Canon printer desk on the SWELL WordPress theme, the 0120 number joined by
Unicode hyphens) and b22_nl_site123_computerhulp_ld (an unbranded Dutch computerhulp on
SITE123 with a copied KvK/Kiyoh footer and the number also in JSON-LD).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import locker_code as _locker_code
from crawler.sandbox.heldout.shell import written as _written
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str

# --- a Dutch "Microsoft Helpdesk" on WordPress/Divi, Complianz banner, "+31 (0)85" -------


@branded
def b22_nl_divi_microsoft_intlzero(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "intl_zero_pairs")  # +31 (0)85 060 71 93
    call = s.tel(own, "Bel een Microsoft-specialist", national=True).replace("<a ", '<a class="et_pb_button" ', 1)
    pid = rng.randint(100, 999)
    head = (
        '<meta name="generator" content="WordPress 6.6.2">\n'
        "<link rel='stylesheet' id='divi-style-parent-css' href='/wp-content/themes/Divi/style-static.min.css?ver=4.27.1' media='all'>\n"
        "<link rel='stylesheet' id='cmplz-general-css' href='/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1726482401' media='all'>\n"
    )

    def section(n: int, inner: str, cls: str = "") -> str:
        return (
            f'<div class="et_pb_section et_pb_section_{n} et_section_regular {cls}"><div class="et_pb_row et_pb_row_{n}">'
            f'<div class="et_pb_column et_pb_column_4_4 et_pb_column_{n}"><div class="et_pb_module et_pb_text et_pb_text_{n}">'
            f'<div class="et_pb_text_inner">{inner}</div></div></div></div></div>'
        )

    body = (
        '<div id="page-container"><div id="et-boc" class="et-boc"><header id="main-header" data-height-onload="66">'
        f'<div class="container clearfix et_menu_container"><div class="logo_container"><a href="/">{esc(spec.name)}</a></div>'
        '<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">'
        '<li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/windows-problemen/">Windows-problemen</a></li>'
        '<li class="menu-item"><a href="/outlook/">Outlook &amp; e-mail</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav></div></div></header>'
        f'<div id="et-main-area"><div id="main-content"><article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
        '<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">'
        + section(
            0,
            "<h1>Microsoft Helpdesk Nederland – hulp bij Windows, Outlook en Microsoft 365</h1>"
            "<p>Start Windows niet meer op, krijgt u een melding dat uw Microsoft-account is geblokkeerd of werkt Outlook "
            "niet na een update? Onze gecertificeerde Microsoft-specialisten helpen u telefonisch en via een beveiligde "
            "verbinding op afstand. Geen wachtrij, gewoon een Nederlandstalige medewerker.</p>"
            f'<p class="tel-groot"><strong>Bel direct: {shown}</strong></p>'
            f'<div class="et_pb_button_module_wrapper">{call}</div>',
            "et_pb_with_background",
        )
        + section(
            1,
            "<h2>Waarmee wij u helpen</h2>"
            + _ul((
                "Windows 10 en Windows 11 herstellen na een mislukte update",
                "Outlook opent niet of vraagt steeds om uw wachtwoord",
                "Microsoft-account geblokkeerd of gehackt",
                "Virusmeldingen en pop-ups verwijderen",
                "Microsoft 365 activeren op een nieuwe laptop",
            ))
            + "<p>Gemiddelde wachttijd vandaag: minder dan 2 minuten. Bereikbaar van maandag tot en met zondag van 08:00 tot 22:00 uur.</p>",
        )
        + section(
            2,
            "<h2>Zo werkt het</h2><ol><li>U belt onze helpdesk en beschrijft het probleem.</li>"
            "<li>De specialist maakt met uw toestemming een beveiligde verbinding met uw computer.</li>"
            "<li>Het probleem wordt direct opgelost terwijl u meekijkt.</li></ol>",
        )
        + "</div></div></div></article></div>"
        '<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix">'
        f'<p id="footer-info">© 2026 {esc(spec.name)} · <a href="/privacybeleid/">Privacybeleid</a> · <a href="/cookiebeleid-eu/">Cookiebeleid (EU)</a> · '
        '<a href="/contact/">Contact</a></p></div></div></footer></div></div></div>'
        '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-live="polite">'
        '<div class="cmplz-header"><div class="cmplz-title">Beheer cookietoestemming</div></div>'
        '<div class="cmplz-message"><p>Om de beste ervaringen te bieden, gebruiken wij technieken zoals cookies om informatie over je apparaat op te slaan en/of te raadplegen.</p></div>'
        '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepteren</button><button class="cmplz-btn cmplz-deny">Weigeren</button>'
        '<button class="cmplz-btn cmplz-view-preferences">Voorkeuren bekijken</button></div></div></div>'
        "<script src='/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.1' id='divi-custom-script-js'></script>"
    )
    return {
        "/": (
            document(spec.lang, f"{spec.name} | Windows & Outlook hulp", body, head, ' class="home page-template-default et_pb_button_helper_class et_fullwidth_nav"'),
            s,
        )
    }


# --- a UK Norton refund page on Next.js, "0-808-... UK" ------------------------------------


@branded
def b22_gb_nextjs_norton_zerodash(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    text = numbers.write(own, "zero_dash") + " UK"  # 0-808-196-4257 UK
    shown = _written(s, own, text)
    order = f"NRT{rng.randint(1000000, 9999999)}GB"
    build = _hex(rng, 21)
    data = {
        "props": {
            "pageProps": {
                "helpline": text,
                "order": order,
                "amount": "£389.99",
                "product": "Norton 360 Premium (10 devices, 2 years)",
            },
            "__N_SSG": True,
        },
        "page": "/",
        "query": {},
        "buildId": build,
        "isFallback": False,
        "gsp": True,
        "scriptLoader": [],
    }
    head = (
        f'<link rel="preload" href="/_next/static/css/{_hex(rng, 16)}.css" as="style">\n'
        f'<link rel="stylesheet" href="/_next/static/css/{_hex(rng, 16)}.css" data-n-g="">\n'
        '<meta name="next-head-count" content="4">\n'
    )
    body = (
        '<div id="__next"><div class="min-h-screen bg-slate-50">'
        '<header class="flex items-center justify-between px-6 py-4 bg-white shadow-sm">'
        f'<span class="text-lg font-semibold text-yellow-600">{esc(spec.name)}</span>'
        '<nav class="space-x-6 text-sm"><a href="/">Home</a><a href="/refund-policy">Refund policy</a><a href="/help">Help</a></nav></header>'
        '<main class="max-w-3xl mx-auto px-6 py-10">'
        '<h1 class="text-3xl font-bold">Your Norton 360 subscription has been auto-renewed</h1>'
        '<div class="mt-6 rounded-lg border bg-white p-6">'
        f'<dl class="grid grid-cols-2 gap-2 text-sm"><dt>Order ID</dt><dd>{order}</dd><dt>Product</dt><dd>Norton 360 Premium (10 devices, 2 years)</dd>'
        "<dt>Amount</dt><dd><strong>£389.99</strong></dd><dt>Payment</dt><dd>Card on file</dd></dl></div>"
        '<p class="mt-6">If you did not request this renewal, you can cancel it and get your money back within 24 hours. '
        "Our Norton billing team in the United Kingdom will process the refund to your bank account while you are on the call.</p>"
        f'<p class="mt-4 text-2xl font-bold text-red-700">Refund line: {shown}</p>'
        '<p class="text-sm text-slate-500">Lines open 8am–10pm, 7 days. Calls are free from UK landlines and mobiles.</p>'
        '<section class="mt-10"><h2 class="text-xl font-semibold">Frequently asked questions</h2>'
        "<h3>Why was I charged?</h3><p>Your plan renews automatically unless auto-renewal was switched off in your account.</p>"
        "<h3>How long does a refund take?</h3><p>Refunds are issued during the call once our agent has verified your payment.</p></section></main>"
        f'<footer class="px-6 py-6 text-xs text-slate-500">© 2026 {esc(spec.name)} · <a href="/refund-policy">Refund policy</a> · <a href="/help">Help</a></footer>'
        "</div></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, separators=(",", ":"))}</script>'
        f'<script src="/_next/static/chunks/main-{_hex(rng, 16)}.js" defer=""></script>'
        f'<script src="/_next/static/{build}/_buildManifest.js" defer=""></script>'
    )
    return {"/": (document(spec.lang, "Norton 360 renewal – cancel and refund", body, head), s)}


# --- a German McAfee "Abo abgelaufen" countdown on pages.dev, a script's digit array --------


@branded
def b22_de_pagesdev_mcafee_digits(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # only as the digits of a script array
    digits = ",".join(numbers.national_digits(own))
    head = (
        '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet" '
        'integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">\n'
        "<style>.count{font-size:2.4rem;font-variant-numeric:tabular-nums}.scan .progress{height:1.4rem}</style>\n"
    )
    script = (
        "<script>\n(function(){\n"
        f"  var d=[{digits}];\n"
        "  var n=d.slice(0,4).join('')+' '+d.slice(4).join('');\n"
        "  document.querySelectorAll('.js-hotline').forEach(function(a){a.textContent=n;a.href='tel:'+d.join('');});\n"
        "  var t=14*60+59,c=document.getElementById('count');\n"
        "  setInterval(function(){if(t>0){t--;}c.textContent=('0'+Math.floor(t/60)).slice(-2)+':'+('0'+t%60).slice(-2);},1000);\n"
        "  var p=0,b=document.getElementById('bar');\n"
        "  var iv=setInterval(function(){p+=3;b.style.width=Math.min(p,100)+'%';if(p>=100){clearInterval(iv);document.getElementById('funde').hidden=false;}},120);\n"
        "})();\n</script>"
    )
    body = (
        '<nav class="navbar navbar-dark bg-danger"><div class="container"><span class="navbar-brand mb-0 h1">McAfee Total Protection</span></div></nav>'
        '<div class="container py-5"><div class="row justify-content-center"><div class="col-lg-8">'
        '<div class="card shadow border-danger"><div class="card-body">'
        '<h1 class="h3 card-title text-danger">Ihr McAfee-Abonnement ist abgelaufen</h1>'
        "<p>Ihr PC ist seit heute nicht mehr vor Viren, Ransomware und Identitätsdiebstahl geschützt. Bei einem "
        "Schnellscan wurden Bedrohungen gefunden.</p>"
        '<div class="scan mb-3"><div class="progress"><div id="bar" class="progress-bar progress-bar-striped progress-bar-animated bg-danger" style="width:0%"></div></div></div>'
        '<div id="funde" class="alert alert-warning" hidden><strong>5 Bedrohungen gefunden:</strong> Trojan.GenericKD, '
        "Adware.Agent, PUP.Optional.Kryptominer, Spyware.Banker, Exploit.CVE-2025</div>"
        '<p class="mb-1">Rabatt von 70&nbsp;% für die Verlängerung läuft ab in:</p><p id="count" class="count text-danger fw-bold">14:59</p>'
        '<p>Kostenlose McAfee Kundendienst-Hotline (Mo–So 7–23 Uhr):<br><a class="js-hotline btn btn-danger btn-lg mt-2" href="#">Hotline anzeigen</a></p>'
        '<p class="small text-muted">Ein Techniker aktiviert Ihren Schutz per Fernwartung in wenigen Minuten.</p>'
        "</div></div>"
        '<p class="small text-muted mt-4">McAfee und das McAfee-Logo sind Marken von McAfee, LLC. Partnerangebot.</p>'
        '<p class="small"><a href="/kontakt">Kontakt</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/impressum">Impressum</a></p>'
        "</div></div></div>"
        '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" crossorigin="anonymous"></script>'
        + script
    )
    return {"/": (document(spec.lang, "McAfee – Abonnement abgelaufen – jetzt verlängern", body, head), s)}


# --- a French Apple assistance page on Angular, microdata and a national tel: link ---------


@branded
def b22_fr_angular_apple_microdata(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # microdata content attribute
    call = s.tel(own, "Appeler un conseiller", national=True)
    ng = f"_ngcontent-ng-c{rng.randint(1000000000, 3999999999)}"
    head = (
        '<base href="/">\n'
        f'<link rel="stylesheet" href="styles-{_hex(rng, 8).upper()}.css" media="print" onload="this.media=\'all\'">\n'
    )
    body = (
        f'<app-root ng-version="17.3.4" _nghost-ng-c{rng.randint(1000000000, 3999999999)}="" ng-server-context="ssr">'
        f'<app-header {ng}=""><header {ng}="" class="hdr"><a {ng}="" routerlink="/" href="/" class="hdr__brand">{esc(spec.name)}</a>'
        f'<nav {ng}=""><a {ng}="" href="/iphone">iPhone</a><a {ng}="" href="/mac">Mac</a><a {ng}="" href="/icloud">iCloud</a><a {ng}="" href="/contact">Contact</a></nav></header></app-header>'
        f'<router-outlet {ng}=""></router-outlet><app-home><main class="home" itemscope itemtype="https://schema.org/LocalBusiness">'
        f'<meta itemprop="name" content="{esc(spec.name)}"><meta itemprop="telephone" content="{own}">'
        '<meta itemprop="areaServed" content="FR">'
        '<section class="hero"><h1>Assistance Apple : un conseiller vous répond 7j/7</h1>'
        "<p>Votre identifiant Apple est verrouillé, votre iPhone reste bloqué sur la pomme, iCloud est plein ou votre "
        "Mac ne démarre plus ? Nos conseillers certifiés vous guident pas à pas au téléphone, et prennent la main à "
        "distance si nécessaire.</p>"
        f'<p class="hero__cta">{call}</p><p class="hero__note">Appel non surtaxé · du lundi au dimanche, 8 h – 22 h</p></section>'
        '<section class="cards"><div class="card"><h2>Identifiant Apple</h2><p>Mot de passe oublié, compte désactivé, code de validation non reçu.</p></div>'
        '<div class="card"><h2>iPhone et iPad</h2><p>Écran bloqué, sauvegarde iCloud, mise à jour iOS impossible.</p></div>'
        '<div class="card"><h2>Mac</h2><p>Lenteurs, fenêtres publicitaires, messages de sécurité dans Safari.</p></div></section>'
        "</main></app-home>"
        '<app-footer><footer class="ftr"><p>Service d’assistance indépendant. Apple, iPhone, Mac et iCloud sont des marques '
        f"d’Apple Inc.</p><p>© 2026 {esc(spec.name)} · <a href=\"/mentions-legales\">Mentions légales</a> · <a href=\"/contact\">Contact</a></p></footer></app-footer>"
        "</app-root>"
        f'<script src="polyfills-{_hex(rng, 8).upper()}.js" type="module"></script><script src="main-{_hex(rng, 8).upper()}.js" type="module"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – iPhone, Mac, identifiant Apple", body, head), s)}


# --- a Finnish Windows Defender browser locker, digits joined by bullets --------------------


@branded
def b22_fi_locker_defender_bullets(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 0800 914327
    shown = _written(s, own, "•".join([g[0], g[1][:3], g[1][3:]]) + " (maksuton)")
    code = _locker_code(rng)
    msg = "Windows Defender: tietokoneesi on lukittu turvallisuussyistä. Soita Microsoftin tukeen välittömästi."
    head = (
        "<style>html,body{margin:0;height:100%;overflow:hidden;background:#0067b8;color:#fff;font-family:'Segoe UI',Tahoma,sans-serif}"
        ".bsod{position:fixed;inset:0;padding:6% 8%}.win{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);"
        "width:560px;background:#fff;color:#222;box-shadow:0 0 40px #000}.win .t{background:#c50f1f;color:#fff;padding:8px 12px}"
        ".win .c{padding:16px}.nr{font-size:26px;font-weight:700;color:#c50f1f}</style>\n"
    )
    body = (
        '<div class="bsod"><p style="font-size:90px;margin:0">:(</p>'
        "<p>Tietokoneesi kohtasi ongelman, ja se on lukittu tietojesi suojaamiseksi.</p>"
        f"<p>Pysäytyskoodi: {code} · CRITICAL_PROCESS_DIED</p></div>"
        '<div class="win" role="alertdialog" aria-modal="true"><div class="t">Windows Defender – tietoturvavaroitus</div><div class="c">'
        "<h1 style=\"font-size:20px\">Pääsy tähän tietokoneeseen on estetty</h1>"
        "<p>Havaittu: Trojan:Win32/Emotet.RZ!MTB. Salasanasi, pankkitunnuksesi ja valokuvasi ovat vaarassa. "
        "Älä sammuta tietokonetta – lukitus estää lisävahingot.</p>"
        "<p>Soita Windows-tukeen heti:</p>"
        f'<p class="nr">{shown}</p>'
        '<p><button id="ok">Soita tukeen</button> <button id="peru">Peruuta</button></p></div></div>'
        '<audio id="a" src="varoitus-fi.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement;\n"
        "  function koko(){var f=e.requestFullscreen||e.webkitRequestFullscreen;if(f){try{f.call(e);}catch(z){}}}\n"
        "  ['click','mousedown','keydown'].forEach(function(k){d.addEventListener(k,function(v){koko();d.getElementById('a').play();if(k==='keydown'){v.preventDefault();}});});\n"
        "  d.addEventListener('contextmenu',function(v){v.preventDefault();});\n"
        "  window.addEventListener('beforeunload',function(v){v.preventDefault();v.returnValue='Tietokoneesi on lukittu';return v.returnValue;});\n"
        "  for(var i=0;i<50;i++){history.pushState({s:i},'',location.pathname+'#lukittu'+i);}\n"
        "  window.onpopstate=function(){history.pushState({},'',location.href);};\n"
        f"  var m={json_str(msg)};\n"
        "  if('speechSynthesis' in window){var u=new SpeechSynthesisUtterance(m);u.lang='fi-FI';u.rate=.95;speechSynthesis.speak(u);}\n"
        "  setInterval(function(){if(!window.confirm(m)){window.alert(m);}},3000);\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Windows Defender – tietoturvavaroitus {code}", body, head), s)}


# --- a Swiss German Mac locker as a fake Safari window with a <dialog> -----------------------


@branded
def b22_chde_locker_mac_dialog(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    shown = s.num(own, "intl_zero_gap")  # +41 (0) 800 554 493
    code = _locker_code(rng)
    msg = "Ihr Mac ist gesperrt. Rufen Sie sofort den Apple Support Schweiz an. Schliessen Sie dieses Fenster nicht."
    head = (
        "<style>html,body{margin:0;height:100%;overflow:hidden;background:#e5e5ea;font-family:-apple-system,'Helvetica Neue',sans-serif}"
        ".safari{margin:30px auto;width:90%;max-width:980px;background:#fff;border-radius:10px;box-shadow:0 10px 40px rgba(0,0,0,.3)}"
        ".bar{height:38px;background:#f2f2f7;border-radius:10px 10px 0 0;display:flex;align-items:center;padding:0 12px;gap:6px}"
        ".bar i{width:12px;height:12px;border-radius:50%;display:inline-block}.url{margin-left:20px;flex:1;background:#fff;border-radius:6px;padding:3px 10px;font-size:13px;color:#555}"
        "dialog{border:none;border-radius:14px;width:420px;text-align:center;box-shadow:0 20px 60px rgba(0,0,0,.5)}"
        "dialog::backdrop{background:rgba(0,0,0,.55)}.nr{font-size:24px;font-weight:700;color:#d70015}</style>\n"
    )
    body = (
        '<div class="safari"><div class="bar"><i style="background:#ff5f57"></i><i style="background:#febc2e"></i><i style="background:#28c840"></i>'
        '<span class="url">https://support.apple.com/de-ch/mac-sicherheit</span></div>'
        '<div style="padding:30px"><h2>macOS Sicherheitscenter</h2><p>Systemprüfung wird ausgeführt … 100 %</p>'
        "<p>Gefunden: Pegasus-Spyware, AdLoad.Mac, 2 Schlüsselbund-Zugriffe durch unbekannte Apps.</p></div></div>"
        '<dialog id="warn" open><h1 style="font-size:19px">Ihr Mac wurde gesperrt</h1>'
        f"<p>Aus Sicherheitsgründen wurde der Zugriff auf diesen Mac blockiert (Fehlercode {code}). Ihre Apple-ID, Ihre "
        "Fotos und Ihre E-Banking-Daten könnten kopiert werden.</p>"
        "<p>Bitte rufen Sie den Apple Support Schweiz an (gratis):</p>"
        f'<p class="nr">{shown}</p>'
        '<p><button id="anruf">Support anrufen</button> <button id="zu">Schliessen</button></p></dialog>'
        '<audio id="ton" src="mac-alarm.mp3" autoplay loop playsinline></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement,w=d.getElementById('warn');\n"
        "  d.addEventListener('cancel',function(v){v.preventDefault();},true);\n"
        "  d.getElementById('zu').onclick=function(){if(w.open){w.close();}w.showModal();};\n"
        "  d.addEventListener('pointerdown',function(){try{e.requestFullscreen();}catch(z){}d.getElementById('ton').play();});\n"
        "  window.onbeforeunload=function(v){(v||window.event).returnValue='Mac gesperrt';return 'Mac gesperrt';};\n"
        "  for(var i=0;i<30;i++){history.pushState({x:i},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);w.showModal();});\n"
        f"  var m={json_str(msg)};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='de-CH';speechSynthesis.speak(u);}\n"
        "  setTimeout(function r(){if(!confirm(m)){alert(m);}setTimeout(r,2800);},1500);\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"macOS Sicherheitscenter – Mac gesperrt ({code})", body, head), s)}


# --- a Dutch "Uw computer is geblokkeerd" locker, the number only in the landing URL --------


@branded
def b22_nl_locker_geblokkeerd_urlparam(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    code = _locker_code(rng)
    msg = "Uw computer is geblokkeerd. Bel onmiddellijk Microsoft Ondersteuning. Sluit deze pagina niet af."

    def page(with_number: bool) -> tuple[str, Sheet]:
        s = Sheet()
        if with_number:
            s.hidden(own)  # the landing URL's ?tfn=
        head = (
            "<style>html,body{margin:0;height:100%;overflow:hidden;background:#000;color:#fff;font-family:Arial,sans-serif}"
            ".scr{position:fixed;inset:0;background:#0a246a;padding:40px}.box{max-width:720px;margin:40px auto;background:#fff;color:#111;border:3px solid #c00}"
            ".box h1{background:#c00;color:#fff;margin:0;padding:10px 14px;font-size:20px}.box .in{padding:16px}"
            "#tfn{font-size:30px;font-weight:700;color:#c00}</style>\n"
        )
        body = (
            '<div class="scr"><div class="box" role="alertdialog"><h1>Uw computer is geblokkeerd</h1><div class="in">'
            "<p><strong>Windows-beveiliging heeft verdachte activiteit gedetecteerd.</strong> Uw IP-adres is gebruikt voor "
            "het verspreiden van schadelijke software. Om uw gegevens te beschermen is deze computer geblokkeerd.</p>"
            f"<p>Foutcode: {code} · DNS_PROBE_FINISHED_BAD_CONFIG</p>"
            "<p>Uw bankgegevens, e-mailwachtwoorden en foto’s lopen gevaar. Herstart de computer niet: dit kan leiden tot "
            "volledig gegevensverlies.</p>"
            "<p>Neem direct contact op met Microsoft Ondersteuning (gratis):</p>"
            '<p id="tfn">&nbsp;</p>'
            '<p><button id="b1">Bel ondersteuning</button></p></div></div></div>'
            '<audio id="snd" src="/media/waarschuwing-nl.mp3" autoplay loop></audio>'
            "<script>\n(function(){\n"
            "  var q=new URLSearchParams(location.search),t=(q.get('tfn')||'').replace(/\\D/g,'');\n"
            "  if(t.length>=10){var f=t.slice(0,4)+' '+t.slice(4,7)+' '+t.slice(7);document.getElementById('tfn').textContent=f;document.title='Bel '+f+' – computer geblokkeerd';}\n"
            "  var d=document,e=d.documentElement;\n"
            "  d.onclick=d.onkeydown=function(v){if(e.requestFullscreen){e.requestFullscreen().catch(function(){});}d.getElementById('snd').play();return false;};\n"
            "  window.addEventListener('beforeunload',function(v){v.returnValue='Uw computer is geblokkeerd';});\n"
            "  for(var i=0;i<45;i++){history.pushState({n:i},'',location.href);}\n"
            "  window.addEventListener('popstate',function(){history.go(1);});\n"
            f"  var m={json_str(msg)};\n"
            "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='nl-NL';speechSynthesis.speak(u);}\n"
            "  (function k(){if(!confirm(m)){alert(m);}setTimeout(k,2000);})();\n"
            "})();\n</script>"
        )
        return document(spec.lang, f"Windows-beveiliging – computer geblokkeerd {code}", body, head), s

    landing = f"/?tfn={numbers.national_digits(own)}&lp=nl3&cid={rng.randint(10000, 99999)}&gclid={_hex(rng, 24)}"
    return {"/": page(False), landing: page(True)}


# --- a Belgian French HP printer desk on WordPress/OceanWP, copied reviews and terms --------


@branded
def b22_befr_oceanwp_hp_reviews(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    g = numbers.groups(own)  # 078 48 32 15
    s = Sheet()
    slash = _written(s, own, f"{g[0]}/{g[1]}.{g[2]}.{g[3]}")  # 078/48.32.15
    call = s.tel(own, "Appelez-nous")
    bce = f"BE 0{rng.randint(700, 799)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    reviews = (
        ("Martine D. – Namur", "Mon imprimante HP était hors ligne depuis une semaine, réglé en 10 minutes. Merci !"),
        ("Jean-Pierre V. – Liège", "Technicien patient, a réinstallé le pilote à distance. Je recommande."),
        ("Sophie L. – Mons", "Service rapide, HP Smart fonctionne de nouveau sur mon GSM."),
    )
    head = (
        '<meta name="generator" content="WordPress 6.5.5">\n'
        "<link rel='stylesheet' id='oceanwp-style-css' href='/wp-content/themes/oceanwp/assets/css/style.min.css?ver=3.5.7' media='all'>\n"
        "<link rel='stylesheet' id='ti-widget-css-google' href='/wp-content/uploads/trustindex-google-widget.css?ver=1716300000' media='all'>\n"
    )
    widget = (
        '<div class="ti-widget ti-goog" data-layout-id="4" data-set-id="light-background"><div class="ti-widget-container">'
        '<div class="ti-header"><span class="ti-large-logo">Avis clients</span><span class="ti-rating">4,9</span>'
        f'<span class="ti-stars">★★★★★</span><span class="ti-rating-text">Basé sur {rng.randint(280, 460)} avis</span></div>'
        + "".join(
            f'<div class="ti-review-item"><div class="ti-name">{esc(who)}</div><div class="ti-stars">★★★★★</div><div class="ti-review-content">{esc(what)}</div></div>'
            for who, what in reviews
        )
        + '<div class="ti-footer">Vérifié par Trustindex</div></div></div>'
    )
    body = (
        '<div id="outer-wrap" class="site clr"><div id="wrap" class="clr">'
        '<div id="top-bar-wrap" class="clr"><div id="top-bar" class="container clr"><div id="top-bar-content" class="top-bar-left">'
        f'<span class="topbar-content">Assistance imprimantes HP en Belgique · Appelez le {slash} · lun.–sam. 8 h–20 h</span></div></div></div>'
        '<header id="site-header" class="minimal-header clr" itemscope itemtype="https://schema.org/WPHeader"><div id="site-header-inner" class="clr container">'
        f'<div id="site-logo" class="clr"><a href="/" class="site-title site-logo-text">{esc(spec.name)}</a></div>'
        '<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr"><ul id="menu-principal" class="main-menu dropdown-menu sf-menu">'
        '<li class="menu-item"><a href="/">Accueil</a></li><li class="menu-item"><a href="/imprimante-hors-ligne/">Imprimante hors ligne</a></li>'
        '<li class="menu-item"><a href="/tarifs/">Tarifs</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav></div></div></header>'
        '<main id="main" class="site-main clr"><div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">'
        '<article class="single-page-article clr"><div class="entry clr" itemprop="text">'
        "<h1>Votre imprimante HP ne répond plus ? Un technicien vous aide tout de suite</h1>"
        "<p>Imprimante HP hors ligne, DeskJet qui n’imprime plus après une mise à jour de Windows, HP Smart qui ne "
        "trouve pas l’appareil, cartouche non reconnue : nos techniciens basés en Wallonie et à Bruxelles résolvent "
        "la panne par téléphone et par prise en main à distance.</p>"
        f'<p class="elementor-button-wrapper">{call}</p>'
        "<h2>Pourquoi nous choisir</h2>"
        + _ul(("Diagnostic gratuit au téléphone", "Intervention à distance en moins de 30 minutes", "Pas de résultat, pas de frais", "Paiement sécurisé Bancontact"))
        + widget
        + "</div></article></div></div></div></main>"
        '<footer id="footer" class="site-footer"><div id="footer-bottom" class="clr"><div id="footer-bottom-inner" class="container clr">'
        f'<div id="copyright" class="clr" role="contentinfo"><p>© 2026 {esc(spec.name)} – N° d’entreprise {bce} – Rue de Fer 26, 5000 Namur</p>'
        '<p><a href="/conditions-generales/">Conditions générales</a> · <a href="/politique-de-confidentialite/">Politique de confidentialité</a> · '
        '<a href="/politique-cookies/">Politique cookies</a> · <a href="/contact/">Contact</a></p>'
        "<p>Service d’assistance indépendant. HP est une marque de HP Inc. ; nous ne sommes pas affiliés à HP.</p></div></div></div></footer></div></div>"
        '<div id="cookie-law-info-bar" data-nosnippet="true" class="cky-consent-container cky-box-bottom-left"><div class="cky-notice">'
        '<p class="cky-title">Nous respectons votre vie privée</p><p class="cky-notice-des">Nous utilisons des cookies pour améliorer votre expérience de navigation.</p>'
        '<button class="cky-btn cky-btn-reject">Tout refuser</button><button class="cky-btn cky-btn-accept">Tout accepter</button></div></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – imprimante HP hors ligne", body, head, ' class="home page-template-default oceanwp-theme dropdown-mobile default-breakpoint"'), s)}


# --- an unbranded Finnish remote help service on web.app, a WhatsApp link only ---------------


@branded
def b22_fi_webapp_etatuki_whatsapp(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # only in the WhatsApp URL
    wa = f"https://wa.me/{own[1:]}?text=" + "Hei%2C%20tarvitsen%20apua%20tietokoneen%20kanssa"
    head = (
        f'<script type="module" crossorigin src="/assets/index-{_hex(rng, 8)}.js"></script>\n'
        f'<link rel="stylesheet" crossorigin href="/assets/index-{_hex(rng, 8)}.css">\n'
        '<link rel="manifest" href="/manifest.webmanifest">\n'
    )
    v = f"data-v-{_hex(rng, 8)}"
    body = (
        f'<div id="app" data-v-app=""><div class="layout" {v}=""><header class="topbar" {v}="">'
        f'<a href="/" class="logo" {v}="">{esc(spec.name)}</a><nav {v}=""><a href="/#palvelut">Palvelut</a><a href="/#hinnat">Hinnat</a><a href="/tuki">Tuki</a></nav></header>'
        f'<section class="hero" {v}=""><h1 {v}="">Tietokone jumissa? Autamme etänä jo tänään</h1>'
        f"<p {v}=\"\">Hidas kone, ponnahdusikkunat, sähköposti ei toimi tai tulostin katosi verkosta? Lähetä meille "
        "viesti WhatsAppissa, niin asiantuntijamme ottaa koneeseesi turvallisen etäyhteyden ja korjaa vian sillä aikaa "
        "kun katsot vierestä. Palvelemme koko Suomessa, myös iltaisin ja viikonloppuisin.</p>"
        f'<a class="btn-wa" href="{esc(wa)}" target="_blank" rel="noopener" {v}=""><span class="ico" aria-hidden="true">💬</span> Kirjoita meille WhatsAppissa</a></section>'
        f'<section id="palvelut" class="grid" {v}=""><h2>Palvelut</h2>'
        + _ul(("Virusten ja mainosohjelmien poisto", "Sähköpostin ja pankkitunnusten asetukset", "Tulostimen ja wlanin yhdistäminen", "Vanhan koneen nopeutus"))
        + f'</section><section id="hinnat" class="prices" {v}=""><h2>Hinnat</h2>'
        + _ul(("Pikakorjaus etänä: 59 €", "Turvapaketti 12 kk: 199 € (kolme laitetta)", "Ei korjausta – ei maksua"))
        + "</section>"
        f'<footer class="foot" {v}=""><p>© 2026 {esc(spec.name)} · <a href="/tuki">Tuki ja yhteystiedot</a> · <a href="/tietosuoja">Tietosuoja</a></p></footer></div></div>'
        '<noscript>Ota JavaScript käyttöön nähdäksesi sivun.</noscript>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – tietokoneapu etänä", body, head), s)}


# --- a US Gmail recovery line on Bubble, "1.888..." with a country hint ------------------------


@branded
def b22_us_bubble_gmail_dots(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dots = _written(s, own, numbers.write(own, "us_dots") + " (Toll Free – USA/CA)")
    call = s.tel(own, "Tap to call an agent")
    app = f"gmail-help-{_hex(rng, 4)}"
    head = (
        f'<script>window.bubble_session_uid="{rng.randint(10**15, 10**16 - 1)}x{rng.randint(100, 999)}";'
        f'window.bubble_page_name="index";window.app_name="{app}";window.bubble_version="30";</script>\n'
        f'<link rel="stylesheet" href="https://{app}.bubbleapps.io/package/run_css/{_hex(rng, 40)}/{app}/live/index/xnull/xfalse/xfalse/en_us/xfalse/xfalse/xfalse/run.css">\n'
    )

    def el(kind: str, inner: str, extra: str = "") -> str:
        return f'<div class="bubble-element {kind}" {extra}>{inner}</div>'

    body = el(
        "Page",
        el("Group", el("Text", f"<span>{esc(spec.name)}</span>") + el("Text", '<a href="/faq">FAQ</a> · <a href="/contact">Contact</a>'), 'style="display:flex;justify-content:space-between"')
        + el(
            "Group",
            el("Text", "<h1>Can’t sign in to Gmail? Recover your Google Account by phone</h1>")
            + el(
                "Text",
                "<p>Forgot your Gmail password, lost access to your recovery phone, or see “Couldn’t sign you in” after "
                "a suspicious-activity alert? Our account recovery specialists help you regain access to your Gmail and "
                "Google Account in minutes, any day of the week.</p>",
            )
            + el("Text", f'<p class="big">Gmail Account Recovery: <strong>{dots}</strong></p>')
            + el("Button", call, 'role="button"'),
        )
        + el(
            "Group",
            el("Text", "<h2>Common issues we fix</h2>")
            + el("Text", _ul(("Gmail hacked or password changed", "Two-step verification codes not arriving", "Google Account disabled", "Emails disappearing or not syncing"))),
        )
        + el("Group", el("Text", f"<p>© 2026 {esc(spec.name)} – independent support service. Gmail is a trademark of Google LLC.</p>")),
        'id="page-index"',
    ) + f'<script src="https://{app}.bubbleapps.io/package/run_js/{_hex(rng, 40)}/{app}/live/index/xfalse/x14/run.js"></script>'
    return {"/": (document(spec.lang, f"{spec.name} – recover Gmail by phone", body, head, ' class="bubble-body"'), s)}


# --- a Japanese Canon printer desk on the SWELL WordPress theme, Unicode hyphens -------------


@branded
def b22_ja_swell_canon_hyphens(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    hy = _written(s, own, "‐".join(numbers.groups(own)))  # 0120‐589‐174 (U+2010)
    call = s.tel(own, "今すぐ電話で相談する（通話無料）")
    head = (
        '<meta name="generator" content="WordPress 6.6.1">\n'
        "<link rel='stylesheet' id='swell-main-css' href='/wp-content/themes/swell/build/css/main.css?ver=2.12.0' type='text/css' media='all'>\n"
    )
    body = (
        '<div id="all_wrapp" class="l-allWrapper"><header id="header" class="l-header -series -series-right">'
        f'<div class="l-header__inner l-container"><div class="l-header__logo"><a href="/" class="c-headLogo__link">{esc(spec.name)}</a></div>'
        '<nav id="gnav" class="l-header__gnav c-gnavWrap"><ul class="c-gnav"><li class="menu-item"><a href="/">ホーム</a></li>'
        '<li class="menu-item"><a href="/trouble/">よくあるトラブル</a></li><li class="menu-item"><a href="/contact/">お問い合わせ</a></li></ul></nav></div></header>'
        '<div id="content" class="l-content l-container"><main id="main_content" class="l-mainContent l-article"><div class="post_content">'
        '<h1 class="c-pageTitle">キヤノン（Canon）プリンターが動かない時のサポート窓口</h1>'
        "<p>PIXMA・imageCLASS が「オフライン」のまま印刷できない、Wi-Fi 接続が切れた、インク残量エラーが消えない、"
        "パソコンを買い替えたらドライバーが入らない――Canon プリンターの専門スタッフがお電話と遠隔操作ですぐに解決します。</p>"
        f'<div class="swell-block-capbox cap_box is-style-onborder_ttl"><div class="cap_box_ttl">受付時間 9:00〜22:00（土日祝も対応）</div>'
        f'<div class="cap_box_content"><p class="has-large-font-size"><strong>☎ {hy}</strong></p></div></div>'
        f'<div class="swell-block-button red_ is-style-btn_solid"><span class="swell-block-button__link">{call}</span></div>'
        '<h2 class="wp-block-heading">対応しているトラブル</h2>'
        + _ul(("プリンターがオフラインになる", "スマホから印刷できない", "インクを交換してもエラーが出る", "スキャンした画像が保存されない"), "is-style-check_list")
        + '<p class="has-small-font-size">※当窓口は独立したサポートサービスです。Canon はキヤノン株式会社の商標です。</p>'
        "</div></main></div>"
        f'<footer id="footer" class="l-footer"><div class="l-footer__foot"><p class="copyright">© 2026 {esc(spec.name)}.</p>'
        '<ul class="l-footer__nav"><li><a href="/privacy-policy/">プライバシーポリシー</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></div></footer></div>'
        "<script src='/wp-content/themes/swell/build/js/main.min.js?ver=2.12.0' id='swell_script-js'></script>"
    )
    return {"/": (document(spec.lang, f"キヤノン プリンター サポート窓口｜{spec.name}", body, head, ' class="home page-template-default" data-loaded="false" data-scrolled="false" data-spmenu="closed"'), s)}


# --- an unbranded Dutch computerhulp on SITE123, copied KvK/Kiyoh footer, JSON-LD -----------


@branded
def b22_nl_site123_computerhulp_ld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    bar = s.num(own, "trunk_dash")  # 085-4019637
    g = numbers.groups(own)
    ld_phone = _written(s, own, f"+31-{g[0][1:]}-{g[1]}-{g[2]}")  # +31-85-401-9637
    kvk = rng.randint(80000000, 94999999)
    count = str(rng.randint(300, 900))
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": spec.name,
        "telephone": "__TEL__",
        "priceRange": "€€",
        "address": {"@type": "PostalAddress", "streetAddress": "Stationsplein 45", "postalCode": "3511 ED", "addressLocality": "Utrecht", "addressCountry": "NL"},
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": "9.2", "reviewCount": count},
    }
    ld_text = json.dumps(ld, ensure_ascii=False).replace("__TEL__", ld_phone)
    head = (
        f'<script type="application/ld+json">{ld_text}</script>\n'
        f'<link rel="stylesheet" href="https://cdn-cms-s-8-4.f-static.net/versions/2/css/websiteCSS.css?v={rng.randint(100, 999)}">\n'
        f'<script>var websiteID="{rng.randint(5000000, 9999999)}";var s123="site123";</script>\n'
    )

    def module(mid: str, title: str, inner: str) -> str:
        return (
            f'<section id="section-{mid}" class="s123-module s123-page-data" data-module-type-num="{rng.randint(1, 140)}">'
            f'<div class="container-fluid page_header_style"><h2 class="s123-page-header">{esc(title)}</h2></div>'
            f'<div class="container">{inner}</div></section>'
        )

    body = (
        '<nav id="mainNav" class="navbar navbar-fixed-top s123-navbar"><div class="container">'
        f'<a class="navbar-brand" href="/">{esc(spec.name)}</a><ul class="nav navbar-nav navPages">'
        '<li><a href="/#diensten">Diensten</a></li><li><a href="/#tarieven">Tarieven</a></li><li><a href="/#reviews">Reviews</a></li><li><a href="/contact">Contact</a></li></ul></div></nav>'
        '<div id="s123ModulesContainer" class="s123-modules-container">'
        '<section id="top-section" class="s123-module s123-home"><div class="container"><h1>Computerhulp op afstand – vandaag nog geholpen</h1>'
        "<p>Computer traag, vreemde meldingen, e-mail die niet meer werkt of een printer die niet wil? Onze ervaren "
        "technici kijken via een veilige verbinding met u mee en lossen het direct op. Voor particulieren en ZZP’ers in heel Nederland.</p></div></section>"
        + module(
            "diensten",
            "Onze diensten",
            _ul(("Computer opschonen en versnellen", "Virussen en pop-ups verwijderen", "E-mail en printer instellen", "Back-up en wachtwoordbeveiliging")),
        )
        + module(
            "tarieven",
            "Tarieven",
            _ul(("Eenmalige hulp (max. 45 min): € 59", "Jaarabonnement Zorgeloos: € 179 voor 3 apparaten", "Niet opgelost = niet betalen")),
        )
        + module(
            "reviews",
            "Wat klanten zeggen",
            '<div class="kiyoh-widget"><span class="kiyoh-score">9,2</span> <span class="kiyoh-stars">★★★★★</span> '
            f"<span>op basis van {count} beoordelingen op Kiyoh</span></div>"
            "<blockquote>“Binnen 20 minuten was mijn laptop weer snel. Heel vriendelijke meneer.” – Ria, Amersfoort</blockquote>"
            "<blockquote>“Eindelijk werkt mijn mail weer op de computer én de telefoon.” – Henk, Zwolle</blockquote>",
        )
        + "</div>"
        '<footer class="global_footer footer_1"><div class="container">'
        f"<p>{esc(spec.name)} · Stationsplein 45, 3511 ED Utrecht · KvK-nummer: {kvk} · BTW: NL{rng.randint(100000000, 999999999)}B01</p>"
        '<p><a href="/algemene-voorwaarden">Algemene voorwaarden</a> · <a href="/privacy">Privacyverklaring</a> · <a href="/klachtenregeling">Klachtenregeling</a> · '
        '<a href="/contact">Contact</a></p><p>Aangesloten bij de Geschillencommissie. Betalen via iDEAL.</p>'
        '<p class="s123-footer-credit">Gemaakt met <a href="https://nl.site123.com/" rel="nofollow">SITE123</a></p></div></footer>'
        f'<div class="s123-sticky-call d-md-none"><span>Bel direct: {bar}</span></div>'
        '<div id="cookieAgreement" class="cookie-agreement"><p>Deze website maakt gebruik van cookies.</p><button class="btn btn-primary">Oké</button></div>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – computerhulp op afstand", body, head, ' class="s123-website"'), s)}


TEMPLATES = {
    "b22_nl_divi_microsoft_intlzero": with_contact("/contact/", b22_nl_divi_microsoft_intlzero),
    "b22_gb_nextjs_norton_zerodash": with_contact("/help", b22_gb_nextjs_norton_zerodash),
    "b22_de_pagesdev_mcafee_digits": with_contact("/kontakt", b22_de_pagesdev_mcafee_digits),
    "b22_fr_angular_apple_microdata": with_contact("/contact", b22_fr_angular_apple_microdata),
    "b22_fi_locker_defender_bullets": b22_fi_locker_defender_bullets,
    "b22_chde_locker_mac_dialog": b22_chde_locker_mac_dialog,
    "b22_nl_locker_geblokkeerd_urlparam": b22_nl_locker_geblokkeerd_urlparam,
    "b22_befr_oceanwp_hp_reviews": with_contact("/contact/", b22_befr_oceanwp_hp_reviews),
    "b22_fi_webapp_etatuki_whatsapp": with_contact("/tuki", b22_fi_webapp_etatuki_whatsapp),
    "b22_us_bubble_gmail_dots": with_contact("/contact", b22_us_bubble_gmail_dots),
    "b22_ja_swell_canon_hyphens": with_contact("/contact/", b22_ja_swell_canon_hyphens),
    "b22_nl_site123_computerhulp_ld": with_contact("/contact", b22_nl_site123_computerhulp_ld),
}
