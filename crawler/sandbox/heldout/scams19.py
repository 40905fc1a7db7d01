"""Nineteenth batch of held-out scam templates: page shells no earlier batch uses.

b19_nl_sitejet_ziggo_alt (a Dutch "Ziggo storing & mail helpdesk" on Sitejet, the number
only in a banner image's alt text), b19_gb_blocksy_remote_trust (an unbranded British
"PC help by phone" on WordPress/Blocksy with a copied trust footer, colon-split digits),
b19_de_craft_fernhilfe_phoneparam (an unbranded German "Computerhilfe sofort" on Craft CMS,
the number only in the ad landing's ?phone=), b19_fr_mailchimp_norton_refund (a French
Norton refund lure on a Mailchimp landing page, "0x9x7x0x..." and "++33"),
b19_ja_locker_windows_fullwidth (a Japanese Windows security browser locker, fullwidth
digits), b19_fi_s9y_choir_gmail (a Jyväskylä choir's old Serendipity blog, hacked, now
leading with "Gmail-tuki", "+358 ... FIN"), b19_be_locker_mcafee_azure (a Flemish McAfee
browser locker on an Azure Storage static website, "((0800 ...))"),
b19_at_processwire_hotline_directory (an Austrian "Kundendienst-Telefonnummern" directory
on ProcessWire whose brand hotlines are three numbers of one call centre),
b19_us_weblium_dell_independent (a US "Dell Support Help Desk" on Weblium with "independent
service provider, not affiliated with Dell" in small print, national tel: links only),
b19_chfr_statamic_eset_jsonld (a Swiss-French "Assistance ESET" on Statamic, the number
only in JSON-LD), b19_ie_superso_icloud_jspieces (an Irish iCloud support page on a
Notion/Super site, the number as script pieces) and b19_be_voog_brother_nr_urlenc (a
Flemish Brother printer helpdesk on Voog, the number in the landing's ?nr= and
URL-encoded in a script fallback).
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
from crawler.sandbox.heldout.shell import written as _written
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str


def _letters(rng: Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


# The Norton refund mail's instructions, as the lure page prints them; the Luxembourg
# article (legit19) quotes the same sentences word for word. {x} and {pp} are the number.
NORTON_MAIL = (
    "Cher client, votre abonnement Norton 360 Deluxe a été renouvelé automatiquement pour un "
    "montant de 349,99 € TTC.",
    "Si vous n’êtes pas à l’origine de ce renouvellement, vous disposez de 48 heures pour "
    "demander le remboursement intégral.",
    "Pour annuler, appelez immédiatement notre service remboursement au {x} ou depuis "
    "l’étranger au {pp}.",
    "Passé ce délai, le montant ne pourra plus être remboursé.",
)


# --- a Dutch "Ziggo storing & mail helpdesk" on Sitejet, the number in alt text only -----


@branded
def b19_nl_sitejet_ziggo_alt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # the banner image's alt text
    alt = f"Ziggo Helpdesk – bel {numbers.write(own, 'national')} – 7 dagen per week bereikbaar"
    site = rng.randint(1400000, 1499999)
    head = (
        f'<link rel="stylesheet" href="https://inter-cdn.com/c/{site}/css/web.css?v={rng.randint(1700000000, 1709999999)}">\n'
        f'<script>window.sitejet={{websiteId:{site},lang:"nl",page:"home"}};</script>\n'
        f'<meta property="og:site_name" content="{esc(spec.name)}">\n'
    )

    def el(kind: str, inner: str) -> str:
        return f'<div class="ed-element ed-{kind}" id="ed-{rng.randint(100000000, 999999999)}">{inner}</div>'

    body = (
        '<div class="wv-page"><div class="ed-element ed-container wv-header">'
        + el("image", '<img src="/images/ziggo-logo-wit.svg" alt="Ziggo">')
        + el(
            "menu",
            '<ul class="menu-level-0"><li><a href="/">Home</a></li><li><a href="/storingen">Storingen</a></li>'
            '<li><a href="/contact">Contact</a></li></ul>',
        )
        + "</div>"
        '<div class="ed-element ed-container wv-hero">'
        + el(
            "headline",
            "<h1>Ziggo storing? Internet, tv of e-mail doet het niet?</h1>",
        )
        + el(
            "text",
            "<p>Geen internet, een knipperend lampje op het Ziggo-modem, geen tv-signaal of komt uw "
            "@ziggo.nl- of @upcmail.nl-mail niet meer binnen? Onze Ziggo-specialisten helpen u direct "
            "telefonisch en zetten uw verbinding op afstand opnieuw op.</p>",
        )
        + el(
            "image",
            f'<img class="cms-banner" src="/images/ziggo-helpdesk-bel-banner-{_hex(rng, 6)}.webp" '
            f'width="960" height="220" alt="{esc(alt)}">',
        )
        + el(
            "button",
            '<a class="button button-primary" href="/contact">Neem direct contact op</a>',
        )
        + "</div>"
        '<div class="ed-element ed-container wv-services">'
        + el("headline", "<h2>Veelvoorkomende storingen</h2>")
        + el(
            "text",
            _ul(
                (
                    "Ziggo-modem (Connectbox, Smart Wifi-modem) geeft geen internet",
                    "Wifi valt steeds weg of is erg traag",
                    "Ziggo Mail: wachtwoord vergeten of mailbox geblokkeerd",
                    "Mediabox Next start niet op",
                )
            ),
        )
        + "</div>"
        f'<footer class="ed-element ed-container wv-footer"><p>© 2026 {esc(spec.name)} · '
        '<a href="/contact">Contact</a> · <a href="/privacy">Privacyverklaring</a></p>'
        '<p class="sitejet-badge">Gemaakt met Sitejet</p></footer></div>'
        f'<script src="https://inter-cdn.com/c/{site}/js/web.js" defer></script>'
    )
    return {
        "/": (
            document(
                spec.lang,
                "Ziggo storing? Bel de Ziggo Helpdesk – 7 dagen per week",
                body,
                head,
                ' class="wv-body sitejet"',
            ),
            s,
        )
    }


# --- an unbranded British "PC help by phone" on WordPress/Blocksy with a trust footer ----


@branded
def b19_gb_blocksy_remote_trust(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    colon = s.num(own, "national", "colon")  # 0808:169:7042
    intl = s.num(own, "intl_zero_gap")  # +44 (0) 808 169 7042
    call = s.tel(own, "Call an engineer now")
    company = rng.randint(14000000, 15999999)
    ico = f"ZB{rng.randint(100000, 999999)}"
    vat = f"GB {rng.randint(300, 499)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    reviews = f"{rng.randint(1100, 1900):,}"
    head = (
        "<link rel='stylesheet' id='ct-main-styles-css' href='/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.42' media='all'>\n"
        "<link rel='stylesheet' id='ti-widget-css-google' href='/wp-content/uploads/trustindex-google-widget.css?"
        f"{rng.randint(1700000000, 1709999999)}' media='all'>\n"
        '<meta name="generator" content="WordPress 6.4.3">\n'
        '<script>var _iub = _iub || [];_iub.csConfiguration = {"siteId":'
        f'{rng.randint(3000000, 3999999)},"cookiePolicyId":{rng.randint(10000000, 99999999)},"lang":"en-GB","banner":{{"position":"float-bottom-center"}}}};</script>\n'
        '<script src="https://cs.iubenda.com/autoblocking/3.js"></script>\n'
    )
    body = (
        '<a class="skip-link show-on-focus" href="#main">Skip to content</a>'
        '<div id="main-container"><header id="header" class="ct-header" data-id="type-1">'
        '<div data-device="desktop"><div data-row="middle"><div class="ct-container">'
        f'<div data-id="logo" class="site-branding"><a href="/" class="site-title">{esc(spec.name)}</a></div>'
        '<nav id="header-menu-1" class="header-menu-1"><ul class="menu"><li><a href="/">Home</a></li>'
        '<li><a href="/how-it-works/">How it works</a></li><li><a href="/pricing/">Pricing</a></li>'
        '<li><a href="/contact/">Contact</a></li></ul></nav></div></div></div></header>'
        '<main id="main" class="site-main"><div class="ct-container-full" data-content="normal">'
        '<article class="entry-content is-layout-constrained">'
        '<div class="wp-block-cover alignfull"><div class="wp-block-cover__inner-container">'
        '<h1 class="wp-block-heading">Computer trouble? A UK engineer can fix it by phone – today</h1>'
        "<p>Slow computer, pop-ups, e-mail that stopped working, a printer that won’t connect? Call us and one "
        "of our certified engineers will connect to your computer through a secure remote session and fix it "
        "while you watch. No call-out fee, no waiting for a visit.</p>"
        f'<p class="has-large-font-size"><strong>Freephone {colon}</strong></p>'
        f'<div class="wp-block-buttons"><div class="wp-block-button">{call}</div></div></div></div>'
        '<h2 class="wp-block-heading" id="how">How it works</h2><ol class="wp-block-list">'
        "<li>Ring our freephone and tell us what’s wrong</li>"
        "<li>We send you a link to our remote support tool and read you a session code</li>"
        "<li>Your engineer takes control of the screen and repairs the problem</li>"
        "<li>Pay only when it’s fixed – or take our 12-month Peace of Mind plan</li></ol>"
        '<h2 class="wp-block-heading">Pricing</h2>'
        + _ul(
            (
                "One-off fix: £69",
                "Peace of Mind plan: £199 a year, unlimited help for up to 3 devices",
                "No fix, no fee",
            ),
            "wp-block-list",
        )
        + '<div class="ti-widget ti-goog" data-layout-id="4" data-set-id="light-background">'
        '<div class="ti-header"><span class="ti-large-logo"><img src="/wp-content/plugins/wp-reviews-plugin-for-google/static/img/platform/logo.svg" alt="Google"></span>'
        f'<span class="ti-rating-text"><strong>EXCELLENT</strong></span><span class="ti-stars">★★★★★</span>'
        f'<span class="ti-rating-count">Based on <strong>{reviews} reviews</strong></span></div>'
        '<div class="ti-review-item"><p>“Sorted my laptop in 20 minutes. Lovely, patient engineer.” – Margaret, Bournemouth</p></div>'
        '<div class="ti-review-item"><p>“Great service, fixed my e-mail and printer.” – Derek, Leeds</p></div>'
        '<p class="ti-verified-by">Verified by Trustindex</p></div>'
        "</article></div></main>"
        '<footer id="footer" class="ct-footer" data-id="type-1"><div data-row="bottom"><div class="ct-container">'
        '<ul class="footer-menu"><li><a href="/terms-and-conditions/">Terms &amp; Conditions</a></li>'
        '<li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/cookie-policy/">Cookie Policy</a></li>'
        '<li><a href="/refund-policy/">Refund Policy</a></li><li><a href="/contact/">Contact</a></li></ul>'
        f'<p class="ct-footer-copyright">© 2026 {esc(spec.name)} Ltd · Registered in England &amp; Wales, company no. {company} · '
        f"ICO registration {ico} · VAT {vat}</p>"
        f"<p>Registered office: 71-75 Shelton Street, Covent Garden, London WC2H 9JQ · {intl} · Lines open 8am–10pm, 7 days</p>"
        '<p class="payment-icons"><img src="/wp-content/uploads/visa.svg" alt="Visa"> <img src="/wp-content/uploads/mastercard.svg" alt="Mastercard">'
        ' <img src="/wp-content/uploads/secure-ssl.svg" alt="Secure SSL checkout"></p></div></div></footer></div>'
        '<div id="iubenda-cs-banner" class="iubenda-cs-default-floating" role="alertdialog" aria-label="Cookie notice">'
        '<div class="iubenda-cs-content"><p>We and selected third parties use cookies or similar technologies for '
        'technical purposes and, with your consent, for other purposes as specified in the <a href="/cookie-policy/">cookie policy</a>.</p>'
        '<button class="iubenda-cs-accept-btn">Accept</button> <button class="iubenda-cs-reject-btn">Reject</button></div></div>'
        "<script src='/wp-content/themes/blocksy/static/bundle/main.js?ver=2.0.42' id='ct-scripts-js'></script>"
    )
    return {
        "/": (
            document(
                spec.lang,
                f"{spec.name} – UK computer help by phone and remote session",
                body,
                head,
                ' class="home page-template-default wp-embed-responsive ct-loading" data-link="type-2" data-prefers-scheme="light"',
            ),
            s,
        )
    }


# --- an unbranded German "Computerhilfe sofort" on Craft CMS, the number only in ?phone= -


@branded
def b19_de_craft_fernhilfe_phoneparam(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    digits = numbers.national_digits(own)
    csrf = _hex(rng, 40)

    def page(with_number: bool) -> tuple[str, Sheet]:
        s = Sheet()
        if with_number:
            s.hidden(own)  # the landing URL's ?phone=
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": spec.name, "url": f"https://{spec.host}/"},
                {"@type": "Service", "name": "Computerhilfe per Fernwartung", "areaServed": "DE"},
            ],
        }
        head = (
            '<meta name="generator" content="SEOmatic">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            f'<link rel="stylesheet" href="/dist/css/site.{_hex(rng, 8)}.css">\n'
            f'<link rel="canonical" href="https://{spec.host}/">\n'
        )
        script = (
            "<script>\n(function(){\n"
            "  var q=new URLSearchParams(location.search),p=(q.get('phone')||'').replace(/[^0-9+]/g,'');\n"
            "  var box=document.getElementById('hotline'),form=document.getElementById('rueckruf');\n"
            "  if(p.length>8){var shown=p.slice(0,4)+' '+p.slice(4,7)+' '+p.slice(7);\n"
            "    box.innerHTML='<a class=\"btn btn--call\" href=\"tel:'+p+'\">Jetzt anrufen: '+shown+'</a>';\n"
            "    box.hidden=false;form.classList.add('is-secondary');\n"
            "    try{sessionStorage.setItem('ch_phone',p);}catch(e){}}\n"
            "})();\n</script>"
        )
        body = (
            '<header class="site-header"><div class="container">'
            f'<a class="site-header__logo" href="/"><img src="/uploads/logo/_200x60_fit_center-center_82_none/computerhilfe-sofort-logo.png" alt="{esc(spec.name)}"></a>'
            '<nav class="site-nav"><a href="/">Start</a><a href="/so-funktionierts">So funktioniert’s</a>'
            '<a href="/preise">Preise</a><a href="/kontakt">Kontakt</a></nav></div></header>'
            '<main id="main"><section class="hero"><div class="container">'
            "<h1>Computerprobleme? Wir helfen sofort – per Telefon und Fernwartung</h1>"
            "<p>Langsamer Rechner, Werbefenster, Drucker streikt oder E-Mails kommen nicht an? Einer unserer "
            "zertifizierten Techniker verbindet sich per Fernwartung (AnyDesk) mit Ihrem Computer und behebt das "
            "Problem, während Sie zusehen. Ohne Anfahrt, ohne Wartezeit.</p>"
            '<div id="hotline" class="hero__hotline" hidden></div>'
            f'<form id="rueckruf" class="callback" method="post" action="/"><input type="hidden" name="CRAFT_CSRF_TOKEN" value="{csrf}">'
            '<input type="hidden" name="action" value="contact-form/send"><label>Ihr Name <input name="fromName"></label>'
            '<label>Ihre Telefonnummer <input name="message[Telefon]" type="tel"></label>'
            '<button type="submit">Kostenlosen Rückruf anfordern</button></form></div></section>'
            '<section class="steps"><div class="container"><h2>So funktioniert’s</h2><ol>'
            "<li>Sie rufen an oder fordern einen Rückruf an</li><li>Sie laden AnyDesk herunter und nennen uns die "
            "Adresse</li><li>Unser Techniker behebt das Problem</li><li>Sie zahlen erst, wenn alles läuft</li></ol></div></section>"
            '<section class="prices"><div class="container"><h2>Preise</h2>'
            + _ul(
                (
                    "Soforthilfe: 79 € pro Problem",
                    "Sorglos-Paket 12 Monate: 229 € für bis zu 3 Geräte",
                    "Geld-zurück-Garantie",
                )
            )
            + "</div></section></main>"
            f'<footer class="site-footer"><div class="container"><p>© 2026 {esc(spec.name)} · '
            '<a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/kontakt">Kontakt</a></p></div></footer>'
            f'<script src="/dist/js/site.{_hex(rng, 8)}.js" defer></script>' + script
        )
        return (
            document(
                spec.lang, f"{spec.name} – Computerhilfe per Telefon und Fernwartung", body, head
            ),
            s,
        )

    landing = (
        f"/?phone={digits}&utm_source=google&utm_medium=cpc&utm_campaign=pc-hilfe-de-{rng.randint(100, 999)}"
        f"&gclid={_letters(rng, 4)}{_hex(rng, 20)}"
    )
    return {"/": page(False), landing: page(True)}


# --- a French Norton refund lure on a Mailchimp landing page -----------------------------


@branded
def b19_fr_mailchimp_norton_refund(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    x = s.num(own, "pairs", "x")  # 0x9x7x0x7x3x8x2x1x4
    pp = s.num(own, "intl", "plus_plus")  # ++33 9 70 73 82 14
    call = s.tel(own, "Demander mon remboursement")
    order = f"NRT-{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    page_id = _hex(rng, 10)
    mail = "".join(
        f'<p class="mceText">{esc(p).replace("{x}", f"<strong>{x}</strong>").replace("{pp}", pp)}</p>'
        for p in NORTON_MAIL
    )
    head = (
        f'<link rel="stylesheet" href="https://mcusercontent.com/{_hex(rng, 24)}/landing-pages/{page_id}.css">\n'
        '<meta property="og:type" content="website">\n'
        f'<script>window.MC_LANDING={{"id":"{page_id}","published":true,"template":"refund-notice"}};</script>\n'
    )

    def block(kind: str, inner: str) -> str:
        return f'<div class="mceBlock mce{kind}Block" data-block-id="{rng.randint(1, 60)}">{inner}</div>'

    body = (
        '<div class="mcLandingPage"><div class="mceSectionBody">'
        + block(
            "Image",
            '<img class="mceLogo" src="https://mcusercontent.com/assets/norton-logo-jaune.png" alt="Norton" width="140">',
        )
        + block(
            "Text",
            "<h1>Confirmation de renouvellement – Norton 360 Deluxe</h1>"
            f'<table class="facture"><tr><td>Commande</td><td>{order}</td></tr><tr><td>Produit</td><td>Norton 360 Deluxe – 5 appareils – 3 ans</td></tr>'
            "<tr><td>Montant prélevé</td><td><strong>349,99 € TTC</strong></td></tr><tr><td>Date</td><td>28/02/2026</td></tr></table>"
            + mail,
        )
        + block("Button", f'<p class="mceButton">{call}</p>')
        + block(
            "Text",
            '<p class="mceFooter">Service Remboursement Norton · Ceci est un message automatique. '
            '<a href="/assistance">Assistance</a> · <a href="/confidentialite">Confidentialité</a></p>',
        )
        + "</div>"
        '<div class="mcLandingFooter"><a href="https://mailchimp.com/fr/?utm_source=landing_page" rel="nofollow">Powered by Intuit Mailchimp</a></div></div>'
        '<script src="https://chimpstatic.com/mcjs-connected/js/users/landing.js" async></script>'
    )
    return {
        "/": (
            document(
                spec.lang,
                "Norton – Confirmation de renouvellement – 349,99 €",
                body,
                head,
                ' class="mcLandingBody"',
            ),
            s,
        )
    }


# --- a Japanese Windows security browser locker, fullwidth digits ------------------------


@branded
def b19_ja_locker_windows_fullwidth(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "dashed", "fullwidth")  # ０５０－３１８６－４９２７
    code = f"0x80{rng.choice('07')}{rng.randint(10, 99)}{rng.choice('ABCDEF')}{rng.randint(10, 99)}"
    threat = f"Trojan:Win32/Emotet.{_letters(rng, 2).upper()}!MTB"
    head = (
        "<style>html,body{margin:0;height:100%;background:#0078d7;color:#fff;font-family:'Yu Gothic UI','Meiryo',sans-serif;overflow:hidden}"
        ".dlg{position:fixed;top:8%;left:50%;transform:translateX(-50%);width:640px;background:#fff;color:#111;box-shadow:0 8px 30px rgba(0,0,0,.6)}"
        ".dlg .t{background:#c50f1f;color:#fff;padding:10px 16px;font-size:15px}.dlg .b{padding:18px 24px}"
        ".tel{font-size:32px;font-weight:700;text-align:center;color:#c50f1f}</style>\n"
    )
    said = numbers.write(own, "dashed")
    message = (
        f"Windows セキュリティ警告。お使いのパソコンはウイルスに感染しています（エラーコード {code}）。"
        f"今すぐマイクロソフト サポートにお電話ください。{said}"
    )
    body = (
        '<div class="dlg" role="alertdialog" aria-modal="true"><div class="t">Windows セキュリティ – Microsoft Defender</div><div class="b">'
        "<h1>このパソコンへのアクセスはブロックされました</h1>"
        f"<p>脅威が検出されました：<b>{esc(threat)}</b>。個人情報（パスワード、クレジットカード情報、写真）が盗まれる危険があります。</p>"
        f"<p>エラーコード：{code}</p>"
        "<p>パソコンの電源を切ったり、このページを閉じたりしないでください。データが失われる可能性があります。"
        "マイクロソフト サポートにお電話ください（通話無料・24時間対応）：</p>"
        f'<p class="tel">{wide}</p>'
        '<p><button id="ok">OK</button> <button id="cancel">キャンセル</button></p></div></div>'
        '<audio id="keikoku" src="/sound/keikoku-ja.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement;function full(){try{e.requestFullscreen({navigationUI:'hide'});}catch(x){}"
        "try{navigator.keyboard&&navigator.keyboard.lock(['Escape','F11','Tab']);}catch(x){}}\n"
        "  d.addEventListener('click',function(){full();d.getElementById('keikoku').play();});\n"
        "  d.addEventListener('keydown',function(v){v.preventDefault();full();});d.body.style.cursor='none';\n"
        "  window.addEventListener('beforeunload',function(v){v.preventDefault();v.returnValue='';});\n"
        "  for(var i=0;i<40;i++){history.pushState({k:i},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);full();});\n"
        f"  var m={json_str(message)};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='ja-JP';u.rate=0.9;speechSynthesis.speak(u);}\n"
        "  (function loop(){if(!confirm(m)){alert(m);}setTimeout(loop,2500);})();\n"
        "  d.getElementById('cancel').onclick=function(){alert(m);full();};d.getElementById('ok').onclick=full;\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Windows セキュリティ警告 – {code}", body, head), s)}


# --- a Jyväskylä choir's old Serendipity blog, hacked, now "Gmail-tuki" -----------------


@branded
def b19_fi_s9y_choir_gmail(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    split = numbers.write(own, "split_sub")  # 09 4287 1360
    hint = _written(s, own, "+358 " + split[1:] + " FIN")  # +358 9 4287 1360 FIN
    call = s.tel(own, "Soita Gmail-tukeen", national=True)  # tel:0942871360
    head = (
        '<meta name="generator" content="Serendipity v2.4.0">\n'
        f'<link rel="stylesheet" href="/serendipity.css.php?v={rng.randint(1500000000, 1599999999)}">\n'
        '<link rel="alternate" type="application/rss+xml" title="Sekakuoro Kaiku RSS" href="/feeds/index.rss2">\n'
    )

    def entry(eid: int, date: str, title: str, inner: str) -> str:
        return (
            f'<h3 class="serendipity_date">{esc(date)}</h3><div class="serendipity_Entry_Date">'
            f'<h4 class="serendipity_title"><a href="/archives/{eid}-{esc(title.lower().replace(" ", "-"))}.html">{esc(title)}</a></h4>'
            f'<div class="serendipity_entry serendipity_entry_author_kaiku"><div class="serendipity_entry_body">{inner}</div></div>'
            f'<div class="serendipity_entryFooter">Kirjoittanut kaiku · <a href="/archives/{eid}.html#comments">Kommentit (0)</a></div></div>'
        )

    body = (
        '<div id="serendipity_banner"><h1><a class="homelink1" href="/">Sekakuoro Kaiku</a></h1>'
        '<h2><a class="homelink2" href="/">Laulua Jyväskylästä vuodesta 1978</a></h2></div>'
        '<table id="mainpane"><tr><td id="content" valign="top">'
        + entry(
            412,
            "Sunnuntai, 1. maaliskuu 2026",
            "Gmail-tuki Suomi – Gmail-tili lukittu",
            "<p><b>Gmail-tili lukittu, salasana unohtunut tai sähköpostit eivät tule perille?</b> Googlen "
            "sertifioidut Gmail-asiantuntijat auttavat puhelimitse heti – myös kaksivaiheisen vahvistuksen ja "
            "hakkeroidun Google-tilin palautuksessa.</p>"
            f"<p>Gmail-tuki Suomi: <b>{hint}</b> · {call} · ma–su 8–22</p>",
        )
        + entry(
            398,
            "Torstai, 12. helmikuu 2026",
            "Kevätkonsertti Taulumäen kirkossa",
            "<p>Kaikun kevätkonsertti lauantaina 18.4. klo 18 Taulumäen kirkossa. Ohjelmassa Mäntysaloa, "
            "Rautavaaraa ja Beatles-sovituksia. Liput 15 € ovelta, alle 18-vuotiaat ilmaiseksi.</p>",
        )
        + entry(
            391,
            "Maanantai, 19. tammikuu 2026",
            "Uusia laulajia etsitään",
            "<p>Etsimme erityisesti tenoreita ja bassoja. Harjoitukset tiistaisin klo 18.30–21 Kortepohjan "
            "koululla. Tule kokeilemaan!</p>",
        )
        + '</td><td id="serendipityRightSideBar" valign="top">'
        '<div class="serendipitySideBarItem container_serendipity_calendar_plugin"><h3 class="serendipitySideBarTitle">Kalenteri</h3>'
        '<div class="serendipitySideBarContent">Maaliskuu 2026</div></div>'
        '<div class="serendipitySideBarItem"><h3 class="serendipitySideBarTitle">Kuoro</h3><div class="serendipitySideBarContent">'
        '<a href="/pages/kuoro.html">Tietoa kuorosta</a><br><a href="/pages/yhteystiedot.html">Yhteystiedot</a></div></div></td></tr></table>'
        f'<div id="serendipity_footer"><p>© 2009–2025 {esc(spec.name)} ry · Jyväskylä</p>'
        '<p>Powered by <a href="https://s9y.org">Serendipity</a></p></div>'
    )
    return {
        "/": (
            document(
                spec.lang, f"{spec.name} – Gmail-tuki Suomi", body, head, ' id="serendipity_body"'
            ),
            s,
        )
    }


# --- a Flemish McAfee browser locker on an Azure Storage static website ------------------


@branded
def b19_be_locker_mcafee_azure(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    paren = s.num(own, "national", "double_paren")  # ((0800 73 418))
    zeros = s.num(own, "double_zero")  # 0032 800 73 418
    code = f"0x8{rng.choice('0123')}{rng.randint(10, 99)}{_hex(rng, 3)}"
    ref = f"MCA-BE-{rng.randint(100000, 999999)}"
    files = "".join(
        f'<tr><td>{esc(f)}</td><td>{esc(t)}</td><td class="red">Geïnfecteerd</td></tr>'
        for f, t in (
            ("C:\\Users\\Documenten\\bankafschriften.pdf", "Trojan.Banker.BE"),
            ("C:\\Windows\\System32\\drivers\\netio.sys", "Rootkit.ZeroAccess"),
            ("C:\\Users\\AppData\\Roaming\\chrome_login.db", "Spyware.PasswordStealer"),
        )
    )
    head = (
        "<style>html,body{margin:0;height:100%;background:#111;color:#fff;font-family:Arial,sans-serif;overflow:hidden}"
        ".top{background:#c01818;padding:10px 18px;font-weight:700}.panel{width:720px;margin:40px auto;background:#fff;color:#222;border-radius:6px}"
        ".panel .c{padding:18px 24px}.red{color:#c01818;font-weight:700}.big{font-size:30px;text-align:center;font-weight:700;color:#c01818}"
        ".bar{height:14px;background:#eee}.bar i{display:block;height:14px;width:100%;background:#c01818}</style>\n"
    )
    said = numbers.write(own, "national")
    message = f"McAfee waarschuwing: uw computer is geïnfecteerd ({code}). Bel onmiddellijk de McAfee helpdesk: {said}"
    body = (
        '<div class="top">McAfee | Total Protection – Beveiligingscentrum</div>'
        '<div class="panel" role="alertdialog" aria-modal="true"><div class="c">'
        "<h1>Uw computer is geïnfecteerd met 5 virussen!</h1>"
        '<div class="bar"><i></i></div><p>Snelle scan voltooid · 5 bedreigingen gevonden</p>'
        f'<table class="scan">{files}</table>'
        "<p>Uw McAfee-abonnement is verlopen. Uw bankgegevens en wachtwoorden zijn in gevaar. Sluit deze pagina "
        "niet en zet de computer niet uit.</p>"
        f"<p>Foutcode: {code} · Referentie: {ref}</p>"
        f'<p>Bel de McAfee helpdesk (gratis):</p><p class="big">{paren}</p><p style="text-align:center">Vanuit het buitenland: {zeros}</p>'
        '<p><button id="scan">Nu scannen</button> <button id="sluit">Sluiten</button></p></div></div>'
        '<audio id="alarm" src="alarm-nl.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var d=document,e=d.documentElement;function vol(){try{(e.requestFullscreen||e.webkitRequestFullscreen).call(e);}catch(x){}}\n"
        "  ['click','mousedown','keydown'].forEach(function(t){d.addEventListener(t,function(v){if(t==='keydown'){v.preventDefault();}vol();d.getElementById('alarm').play();});});\n"
        "  window.onbeforeunload=function(){return 'Uw computer is geïnfecteerd';};\n"
        "  for(var i=0;i<35;i++){history.pushState({s:i},'',location.pathname+'?scan='+i);}\n"
        "  window.onpopstate=function(){history.pushState({},'',location.href);vol();};\n"
        f"  var m={json_str(message)};\n"
        "  if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='nl-BE';speechSynthesis.speak(u);}\n"
        "  (function lus(){if(!confirm(m)){alert(m);}setTimeout(lus,2800);})();\n"
        "  d.getElementById('sluit').onclick=function(){alert(m);vol();};d.getElementById('scan').onclick=vol;\n"
        "})();\n</script>"
    )
    return {
        "/": (document(spec.lang, f"McAfee – Uw computer is geïnfecteerd ({code})", body, head), s)
    }


# --- an Austrian hotline directory on ProcessWire, three numbers of one call centre ------


@branded
def b19_at_processwire_hotline_directory(spec: Spec, rng: Random) -> Drafts:
    n0, n1, n2 = spec.phones
    s = Sheet()
    rows = (
        ("Microsoft Kundendienst Österreich", n0, "national", "Konto, Lizenz, Office 365"),
        ("Windows Support Hotline", n0, "split_sub", "Windows 11 Update, Aktivierung, Virus"),
        ("HP Drucker Hotline", n1, "dashed", "Drucker offline, Treiber, HP Smart"),
        ("Canon Drucker Kundendienst", n1, "national", "PIXMA, Fehlercode, WLAN"),
        ("Amazon Kundenservice", n2, "intl", "Bestellung, Prime kündigen, Konto gesperrt"),
        (
            "PayPal Hotline Österreich",
            n2,
            "national",
            "Konto eingeschränkt, Zahlung, Rückerstattung",
        ),
    )
    table = "".join(
        f'<tr><td class="firma">{esc(name)}</td><td class="nr">{s.tel(n, s.num(n, style))}</td>'
        f'<td>{esc(topics)}</td><td><span class="badge">gebührenfrei</span></td></tr>'
        for name, n, style, topics in rows
    )
    page_id = rng.randint(1020, 1099)
    head = (
        f'<link rel="stylesheet" href="/site/templates/styles/main.css?v={rng.randint(100, 999)}">\n'
        f'<link rel="icon" href="/site/assets/files/1/favicon.png">\n'
        f'<link rel="canonical" href="https://{spec.host}/">\n'
    )
    body = (
        f'<div id="masthead" class="masthead"><a href="/" class="masthead-logo">{esc(spec.name)}</a>'
        '<ul class="topnav"><li class="on"><a href="/">Startseite</a></li><li><a href="/technik/">Technik</a></li>'
        '<li><a href="/banken/">Banken</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></div>'
        f'<div id="main" class="page-{page_id}"><div id="content" class="content">'
        "<h1>Kundendienst-Telefonnummern für Österreich</h1>"
        "<p>Sie suchen die Hotline eines großen Unternehmens? Hier finden Sie die Servicenummern für Technik, "
        "Software und Onlinedienste – gebührenfrei aus ganz Österreich, Mo–So 8–22 Uhr. Geprüft und "
        "aktualisiert: Februar 2026.</p>"
        '<table class="hotlines"><thead><tr><th>Unternehmen</th><th>Telefonnummer</th><th>Themen</th><th></th></tr></thead>'
        f"<tbody>{table}</tbody></table>"
        f'<p class="hint"><img src="/site/assets/files/{page_id}/geprueft-siegel.png" alt="Nummern geprüft 02/2026"> '
        "Alle Angaben ohne Gewähr.</p>"
        '<p class="small">Die genannten Marken gehören ihren jeweiligen Inhabern. Wir vermitteln Ihren Anruf an '
        "einen Servicepartner, der Ihnen weiterhilft.</p></div></div>"
        f'<div id="footer" class="footer"><p>© 2017–2026 {esc(spec.name)} · <a href="/impressum/">Impressum</a> · '
        '<a href="/datenschutz/">Datenschutz</a> · <a href="/kontakt/">Kontakt</a></p>'
        '<p class="powered">Powered by <a href="https://processwire.com">ProcessWire CMS</a></p></div>'
        f'<script src="/site/templates/scripts/main.js?v={rng.randint(100, 999)}"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Hotlines gebührenfrei", body, head), s)}


# --- a US "Dell Support Help Desk" on Weblium with an independence disclaimer ------------


@branded
def b19_us_weblium_dell_independent(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    top = s.tel(own, '<span class="wl-btn__text">Call a Dell Expert</span>', national=True)
    mid = s.tel(
        own, '<span class="wl-btn__text">Talk to a Dell technician now</span>', national=True
    )
    sticky = s.tel(
        own, '<span class="wl-icon wl-icon--phone" aria-hidden="true"></span> Call', national=True
    )
    site = _hex(rng, 24)
    head = (
        '<meta name="generator" content="Weblium">\n'
        f'<link rel="stylesheet" href="https://res2.weblium.site/res/{site}/styles.css">\n'
        f'<script>window.__WEBLIUM__={{"siteId":"{site}","pageId":"{_hex(rng, 24)}","locale":"en"}};</script>\n'
    )

    def section(kind: str, inner: str) -> str:
        return f'<section class="wl-section wl-section--{kind}" data-block-id="{_hex(rng, 12)}"><div class="wl-container">{inner}</div></section>'

    body = (
        '<div id="weblium-root" class="wl-page">'
        + section(
            "header",
            '<a class="wl-logo" href="/"><img src="https://res2.weblium.site/res/dell-logo-blue.png" alt="Dell"> Dell Support Help Desk</a>'
            '<nav class="wl-menu"><a href="/">Home</a><a href="/services">Services</a><a href="/contact">Contact</a></nav>'
            f'<div class="wl-btn wl-btn--primary">{top}</div>',
        )
        + section(
            "hero",
            "<h1>Dell Support Help Desk – Fast Help for Your Dell Laptop &amp; Desktop</h1>"
            "<p>Dell laptop won’t turn on? Blue screen, no sound, keyboard not working or Dell SupportAssist "
            "errors? Our Dell technicians diagnose and fix your Dell Inspiron, XPS, Latitude or Alienware by "
            "secure remote session – usually in under 30 minutes.</p>"
            f'<div class="wl-btn wl-btn--accent">{mid}</div><p class="wl-note">Available 24/7 · All 50 states</p>',
        )
        + section(
            "features",
            "<h2>Dell problems we fix every day</h2>"
            + _ul(
                (
                    "Dell laptop not charging or won’t boot",
                    "Dell SupportAssist and driver update failures",
                    "Wi-Fi and Bluetooth not working",
                    "Dell printer and monitor setup",
                    "Virus removal and tune-up",
                ),
                "wl-list",
            ),
        )
        + section(
            "footer",
            f'<p>© 2026 {esc(spec.name)} · <a href="/contact">Contact</a> · <a href="/privacy">Privacy Policy</a> · '
            '<a href="/terms">Terms of Service</a></p>'
            '<p class="wl-disclaimer" style="font-size:10px;color:#9aa3ad">Disclaimer: We are an independent service '
            "provider and are not affiliated with, endorsed or sponsored by Dell Inc. or Dell Technologies. Dell, "
            "Inspiron, XPS, Latitude and Alienware are trademarks of their respective owner and are used here only "
            "to describe the products we support. Services are also available from the manufacturer.</p>"
            '<p class="wl-made">Made with Weblium</p>',
        )
        + f'<div class="wl-sticky-call">{sticky}</div></div>'
        f'<script src="https://res2.weblium.site/res/{site}/runtime.js" defer></script>'
    )
    return {
        "/": (
            document(
                spec.lang,
                "Dell Support Help Desk | Dell Laptop & Desktop Help 24/7",
                body,
                head,
                ' class="wl-body"',
            ),
            s,
        )
    }


# --- a Swiss-French "Assistance ESET" on Statamic, the number only in JSON-LD ------------


@branded
def b19_chfr_statamic_eset_jsonld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # JSON-LD only
    ld = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": spec.name,
        "url": f"https://{spec.host}/",
        "telephone": numbers.write(own, "intl"),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Lausanne",
            "addressCountry": "CH",
        },
        "openingHours": "Mo-Su 08:00-21:00",
        "contactPoint": {
            "@type": "ContactPoint",
            "telephone": own,
            "contactType": "technical support",
            "areaServed": "CH",
            "availableLanguage": ["French", "German", "Italian"],
        },
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.8", "reviewCount": "412"},
    }
    token = _hex(rng, 40)
    head = (
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f'<link rel="stylesheet" href="/build/assets/site-{_hex(rng, 8)}.css">\n'
        f'<meta name="csrf-token" content="{token}">\n'
        f'<link rel="canonical" href="https://{spec.host}/">\n'
    )
    body = (
        '<header class="header"><div class="fluid-container"><a class="header__logo" href="/">'
        f'<img src="/assets/logos/eset-vert.svg" alt="ESET"> {esc(spec.name)}</a>'
        '<nav class="header__nav"><a href="/">Accueil</a><a href="/licences">Licences</a><a href="/assistance">Assistance</a></nav></div></header>'
        '<main id="content" class="outer-grid"><section class="fluid-grid span-content hero">'
        "<h1>Assistance ESET Suisse – un technicien vous rappelle</h1>"
        "<p>Licence ESET expirée, NOD32 ou ESET Smart Security Premium qui ne se met plus à jour, menace "
        "impossible à supprimer ? Nos techniciens ESET vous aident en français, en allemand et en italien, "
        "par téléphone et par prise en main à distance.</p>"
        '<p class="hero__call">Appel gratuit depuis toute la Suisse – touchez « Appeler » dans les résultats de recherche, '
        "ou laissez-nous votre numéro :</p>"
        f'<form method="POST" action="/!/forms/rappel" class="form"><input type="hidden" name="_token" value="{token}">'
        '<label>Nom <input type="text" name="nom"></label><label>Téléphone <input type="tel" name="telephone"></label>'
        '<label>Produit ESET <select name="produit"><option>ESET NOD32</option><option>ESET Internet Security</option>'
        "<option>ESET Smart Security Premium</option></select></label>"
        '<button type="submit">Être rappelé dans les 10 minutes</button></form></section>'
        '<section class="fluid-grid span-content"><h2>Nos prestations</h2>'
        + _ul(
            (
                "Activation et renouvellement de licence ESET",
                "Transfert de licence vers un nouvel ordinateur",
                "Suppression de virus et de logiciels publicitaires",
                "Remboursement d’un abonnement renouvelé par erreur",
            )
        )
        + "</section></main>"
        f'<footer class="footer"><p>© 2026 {esc(spec.name)} · Lausanne · <a href="/assistance">Assistance</a> · '
        '<a href="/mentions-legales">Mentions légales</a> · <a href="/confidentialite">Confidentialité</a></p></footer>'
        f'<script src="/build/assets/site-{_hex(rng, 8)}.js" type="module"></script>'
    )
    return {
        "/": (document(spec.lang, f"{spec.name} – licences, virus, rappel gratuit", body, head), s)
    }


# --- an Irish iCloud support page on a Notion/Super site, script pieces ------------------


@branded
def b19_ie_superso_icloud_jspieces(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    g = numbers.groups(own)  # ['1800', '948', '317']
    s = Sheet()
    s.hidden(own)  # script pieces
    script = (
        "<script>\n(function(){\n"
        f"  var cc='+353',a='{g[0]}',b='{g[1]}',c='{g[2]}';\n"
        "  var shown=[a,b,c].join(' '),dial=cc+a+b+c;\n"
        "  document.querySelectorAll('[data-call]').forEach(function(el){\n"
        "    var l=document.createElement('a');l.href='tel:'+dial;l.textContent=el.getAttribute('data-call')+' '+shown;\n"
        "    l.className='notion-link';el.appendChild(l);});\n"
        "})();\n</script>"
    )
    head = (
        f'<link rel="stylesheet" href="https://assets.super.so/{_hex(rng, 8)}-{_hex(rng, 4)}/global.css">\n'
        f'<link rel="stylesheet" href="https://assets.super.so/{_hex(rng, 8)}-{_hex(rng, 4)}/notion.css">\n'
        '<meta name="generator" content="Super">\n'
        f'<meta property="og:site_name" content="{esc(spec.name)}">\n'
    )

    def block(kind: str, inner: str) -> str:
        return f'<div class="notion-{kind}" data-block-id="{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}">{inner}</div>'

    body = (
        '<div id="__next"><div class="super-root"><div class="notion-root max-width has-footer">'
        '<nav class="super-navbar"><a class="super-navbar__logo" href="/">'
        f'<img src="/images/apple-grey.png" alt="Apple"> {esc(spec.name)}</a>'
        '<div class="super-navbar__menu"><a href="/">Home</a><a href="/help">Help topics</a><a href="/contact">Contact</a></div></nav>'
        + block("header", '<h1 class="notion-header__title">Apple iCloud Support Ireland</h1>')
        + block(
            "text",
            "<p>Apple ID locked? “This Apple ID has been disabled for security reasons”? iCloud storage full, "
            "iCloud Photos not syncing, or locked out of Find My on your iPhone? Our Apple certified advisors "
            "help you recover access today – Dublin, Cork, Galway, Limerick and nationwide.</p>",
        )
        + block(
            "callout",
            '<span class="notion-callout__icon">📞</span><div class="notion-callout__content">'
            '<p>Freephone Apple iCloud Support:</p><p class="call" data-call="Call"></p>'
            "<p>Open 7 days, 8am–10pm</p></div>",
        )
        + block(
            "toggle",
            "<details><summary>What we help with</summary>"
            + _ul(
                (
                    "Apple ID disabled or locked",
                    "iCloud Keychain and two-factor authentication",
                    "iCloud backup failed / storage full",
                    "Activation Lock on iPhone or iPad",
                )
            )
            + "</details>",
        )
        + f'<footer class="super-footer"><p>© 2026 {esc(spec.name)} · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p>'
        '<a class="super-badge" href="https://super.so" rel="nofollow">Built with Super</a></footer>'
        "</div></div></div>" + script
    )
    return {
        "/": (
            document(
                spec.lang,
                f"Apple iCloud Support Ireland – Apple ID locked? | {spec.name}",
                body,
                head,
                ' class="notion-body"',
            ),
            s,
        )
    }


# --- a Flemish Brother printer helpdesk on Voog, ?nr= and a URL-encoded fallback ---------


@branded
def b19_be_voog_brother_nr_urlenc(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    pairs = numbers.write(own, "pairs")  # 078 15 64 71
    fallback = pairs.replace(" ", "%20")  # 078%2015%2064%2071

    def page() -> tuple[str, Sheet]:
        s = Sheet()
        s.hidden(own)  # URL-encoded in the script (and, on the landing, ?nr=)
        script = (
            "<script>\n(function(){\n"
            f"  var dflt=decodeURIComponent('{fallback}');\n"
            "  var nr=new URLSearchParams(location.search).get('nr')||dflt;nr=nr.replace(/[^0-9 ]/g,'').trim();\n"
            "  var d=nr.replace(/ /g,'');\n"
            "  document.querySelectorAll('.js-nummer').forEach(function(el){el.textContent=nr;});\n"
            "  document.querySelectorAll('.js-bel').forEach(function(a){a.setAttribute('href','tel:'+d);});\n"
            "})();\n</script>"
        )
        head = (
            '<meta name="generator" content="Voog">\n'
            f'<link rel="stylesheet" href="/stylesheets/main.min.css?v={rng.randint(100, 999)}">\n'
            '<script src="//static.voog.com/libs/edicy-search/latest/edicy-search.js" defer></script>\n'
        )
        body = (
            '<div class="container"><header class="header"><div class="header-title">'
            f'<a href="/nl"><img src="/photos/brother-logo.png" alt="Brother"> {esc(spec.name)}</a></div>'
            '<nav class="menu-main"><ul class="menu"><li class="menu-item"><a class="active" href="/nl">Home</a></li>'
            '<li class="menu-item"><a href="/nl/printers">Printers</a></li><li class="menu-item"><a href="/nl/contact">Contact</a></li></ul></nav></header>'
            '<main class="content" role="main"><div class="content-area" data-search-indexing-allowed="true">'
            "<h1>Brother printer offline of drukt niet af? Wij helpen meteen</h1>"
            "<p>Uw Brother-printer staat offline, vindt het wifi-netwerk niet meer, geeft een papierstoring of "
            "toont een foutcode? Onze Brother-printerspecialisten helpen u telefonisch en met hulp op afstand – in "
            "heel Vlaanderen en Brussel.</p>"
            '<p class="bel">Bel de Brother Printer Hulp: <a class="js-bel" href="/nl/contact"><strong class="js-nummer">…</strong></a></p>'
            "<h2>Wij lossen op</h2>"
            + _ul(
                (
                    "Brother DCP, MFC en HL printers offline",
                    "Brother iPrint&Scan installeren",
                    "Printerdriver na een update",
                    "Toner niet herkend",
                )
            )
            + "</div></main>"
            f'<footer class="footer"><p>© 2026 {esc(spec.name)} · <a href="/nl/contact">Contact</a> · '
            '<a href="/nl/privacy">Privacy</a></p><p class="voog-reference">Made with <a href="https://www.voog.com" rel="nofollow">Voog</a></p></footer></div>'
            + script
        )
        return document(spec.lang, f"{spec.name} – printer offline? Bel ons", body, head), s

    landing = (
        f"/?nr={numbers.national_digits(own)}&utm_source=google&utm_medium=cpc"
        f"&utm_campaign=brother-be-{rng.randint(100, 999)}&gclid={_letters(rng, 3)}{_hex(rng, 18)}"
    )
    return {"/": page(), landing: page()}


TEMPLATES = {
    "b19_nl_sitejet_ziggo_alt": with_contact("/contact", b19_nl_sitejet_ziggo_alt),
    "b19_gb_blocksy_remote_trust": with_contact("/contact/", b19_gb_blocksy_remote_trust),
    "b19_de_craft_fernhilfe_phoneparam": with_contact(
        "/kontakt", b19_de_craft_fernhilfe_phoneparam
    ),
    "b19_fr_mailchimp_norton_refund": with_contact("/assistance", b19_fr_mailchimp_norton_refund),
    "b19_ja_locker_windows_fullwidth": b19_ja_locker_windows_fullwidth,
    "b19_fi_s9y_choir_gmail": with_contact("/gmail-tuki.html", b19_fi_s9y_choir_gmail),
    "b19_be_locker_mcafee_azure": b19_be_locker_mcafee_azure,
    "b19_at_processwire_hotline_directory": with_contact(
        "/kontakt/", b19_at_processwire_hotline_directory
    ),
    "b19_us_weblium_dell_independent": with_contact("/contact", b19_us_weblium_dell_independent),
    "b19_chfr_statamic_eset_jsonld": with_contact("/assistance", b19_chfr_statamic_eset_jsonld),
    "b19_ie_superso_icloud_jspieces": with_contact("/contact", b19_ie_superso_icloud_jspieces),
    "b19_be_voog_brother_nr_urlenc": with_contact("/nl/contact", b19_be_voog_brother_nr_urlenc),
}
