"""Fourth batch of held-out scam templates: eleven structures no earlier batch uses.

edge_blocked (a fake browser window, tabs and address bar drawn in HTML, with a blocking
alert dialog), toast_locker (a Windows security centre page with a notification toast
whose number may live only in the toast icon's alt and title), mac_safari_lock (a macOS
menu bar and Safari sheet with a script-scrolled ticker), invoice_email (a webmail view of
a renewal invoice, "call to cancel"), refund_modal (a payment-dispute centre whose modal
asks for a call), faq_schema (unbranded helpdesk whose FAQ accordion and FAQPage JSON-LD
carry the number), partner_badge (a Webflow brand helpdesk behind partner badges and an
unrelated company's copied imprint), next_data (a Next.js page with the number in
__NEXT_DATA__ and a sticky call bar), keyword_stuffed (a search-spam page of number lines
in every disguise), ads_landing (an ads landing page that fills every call slot from the
?tfn= parameter) and repurposed_blog (an aged, bought food blog turned helpline).
Wording comes from each site's opts.text in sites4.toml; numbers go through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import themes, widgets
from crawler.sandbox.heldout.numbers import write
from crawler.sandbox.heldout.scams import bname
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, fill, json_str, nav, paras, text
from crawler.sandbox.heldout.texts4 import trap_js, webflow


def _beep(src: str) -> str:
    return f'<audio id="beep" src="{src}" autoplay loop preload="auto"></audio>'


# --- edge_blocked: a browser window drawn in HTML, with a blocking dialog --------------


@branded
def edge_blocked(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    b = bname(spec)
    code = spec.opt("code", "0x80073CF9")
    chrome = (
        f'<div class="fake-browser"><div class="tabs"><span class="tab active">{esc(text(spec, "tab"))}</span><span class="tab new">+</span></div>'
        f'<div class="omnibox"><span class="lock">&#9888;</span> <span class="url">{esc(text(spec, "url"))}</span></div></div>'
    )
    dialog = (
        f'<div class="overlay"></div><div class="alertbox" role="alertdialog" aria-modal="true"><div class="ab-title">{esc(text(spec, "modal_h"))}</div>'
        f'{paras(spec, s, "modal", b)}<p class="ab-code">{esc(text(spec, "code_l"))}: {code}</p>'
        f'<p class="ab-call">{fill(spec, s, text(spec, "call"), b)}</p><div class="ab-btns"><button>OK</button><button>{esc(text(spec, "cancel"))}</button></div></div>'
    )
    page = (
        f'{chrome}<div class="viewport"><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead", b)}</div>{dialog}'
        + _beep(f"/media/warn-{spec.lang}.mp3")
        + trap_js(fill(spec, s, text(spec, "confirm"), b, raw=True), "beep")
    )
    head = "<style>body{margin:0;background:#f3f3f3;font-family:'Segoe UI',Meiryo,sans-serif}.overlay{position:fixed;inset:0;background:rgba(0,0,0,.55)}.alertbox{position:fixed;top:18%;left:50%;transform:translateX(-50%);background:#fff;max-width:520px;padding:18px;box-shadow:0 8px 30px #000}</style>\n"
    return {
        "/": (
            document(spec.lang, fill(spec, Sheet(), text(spec, "title"), b, raw=True), page, head),
            s,
        )
    }


# --- toast_locker: a security centre page with a notification toast -------------------


@branded
def toast_locker(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    b = bname(spec)
    code = spec.opt("code", "0x800704EC")
    side = "".join(
        f'<li class="{"on" if i == 1 else ""}">{esc(x)}</li>'
        for i, x in enumerate(text(spec, "nav"))
    )
    threats = "".join(
        f'<tr><td class="sev">{esc(sev)}</td><td>{esc(name)}</td><td class="path">{esc(path)}</td></tr>'
        for sev, name, path in text(spec, "threats")
    )
    alt = fill(spec, s, text(spec, "alt"), b)  # the number rides in attributes here
    toast = (
        f'<div class="toast" role="status" aria-live="assertive"><img src="/img/shield-red.png" width="40" alt="{alt}" title="{alt}">'
        f'<div class="toast-body"><b>{esc(text(spec, "toast_h"))}</b>{paras(spec, s, "toast", b)}</div></div>'
    )
    page = (
        f'<div class="sc"><aside class="sc-nav"><div class="sc-app">{esc(text(spec, "window"))}</div><ul>{side}</ul></aside>'
        f'<section class="sc-main"><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead", b)}<p class="code">{code}</p>'
        f'<table class="threats">{threats}</table><button class="scan">{esc(text(spec, "btn"))}</button></section></div>{toast}'
        + _beep("/snd/alert.mp3")
        + trap_js(fill(spec, s, text(spec, "confirm"), b, raw=True), "beep", 35)
    )
    head = "<style>body{margin:0;font-family:'Segoe UI',sans-serif;background:#f9f9f9}.sc{display:flex;height:100vh}.sc-nav{width:260px;background:#eee}.toast{position:fixed;right:16px;bottom:16px;width:360px;background:#1f1f1f;color:#fff;padding:12px;display:flex;gap:10px}</style>\n"
    return {"/": (document(spec.lang, text(spec, "title"), page, head), s)}


# --- mac_safari_lock: macOS menu bar, Safari sheet, a script-scrolled ticker ----------


@branded
def mac_safari_lock(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    b = bname(spec)
    code = spec.opt("code", "0x8A3F2E1")
    menus = "".join(f"<span>{esc(m)}</span>" for m in text(spec, "menubar"))
    ticker = fill(spec, s, text(spec, "ticker"), b, raw=True)
    script = (
        "<script>\n(function(){var line="
        + json_str(ticker)
        + ",el=document.getElementById('tk'),i=0;\n"
        "setInterval(function(){i=(i+1)%line.length;el.textContent=line.slice(i)+'   '+line.slice(0,i);},120);})();\n</script>"
    )
    page = (
        f'<div class="menubar"><span class="apple">&#63743;</span>{menus}</div>'
        f'<div class="safari"><div class="traffic"><i></i><i></i><i></i></div><div class="addr">{esc(text(spec, "addr"))}</div>'
        f'<div class="sheet"><img src="/img/icloud-lock.png" alt="" width="64"><h1>{esc(text(spec, "h1").format(b=b))}</h1>{paras(spec, s, "lead", b)}'
        f'<div class="sheet-box"><h2>{esc(text(spec, "sheet_h"))}</h2>{paras(spec, s, "sheet", b)}<p class="code">Error {code}</p></div></div></div>'
        f'<div class="ticker" id="tk"></div>{script}'
        + _beep("/media/siren.m4a")
        + trap_js(fill(spec, s, text(spec, "confirm"), b, raw=True), "beep")
    )
    head = "<style>body{margin:0;background:#2b2b2b;font-family:-apple-system,'Helvetica Neue'}.menubar{background:#e8e8e8;height:24px}.ticker{position:fixed;bottom:0;background:#c00;color:#fff;white-space:pre;width:100%}</style>\n"
    return {"/": (document(spec.lang, text(spec, "title").format(b=b), page, head), s)}


# --- invoice_email: a webmail view of a renewal invoice --------------------------------


@branded
def invoice_email(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    order = f"{spec.opt('order_prefix', 'INV')}-{rng.randint(10000000, 99999999)}"
    cancel_path = spec.opt("cancel_path", "/support/cancel")
    s = Sheet()
    lines = "".join(
        f'<tr><td>{esc(item.format(b=b))}</td><td class="r">{esc(amount)}</td></tr>'
        for item, amount in text(spec, "lines")
    )
    mail = (
        f'<div class="wm"><aside class="folders">{"".join(f"<div>{esc(f)}</div>" for f in text(spec, "folders"))}</aside>'
        f'<section class="msg"><div class="hdr"><b>{esc(text(spec, "from"))}</b><div class="subj">{esc(text(spec, "subject").format(b=b))}</div>'
        f'<div class="meta">{esc(text(spec, "order_l"))}: {order}</div></div>'
        f'<div class="mail-body"><p>{esc(text(spec, "greet"))}</p>{paras(spec, s, "body", b)}'
        f'<table class="invoice"><tr><th>{esc(text(spec, "item_l"))}</th><th>{esc(text(spec, "amount_l"))}</th></tr>{lines}'
        f'<tr class="total"><td>{esc(text(spec, "total_l"))}</td><td class="r">{esc(text(spec, "total"))}</td></tr></table>'
        f'<p class="refund">{fill(spec, s, text(spec, "refund"), b)}</p><p><a href="{cancel_path}">{esc(text(spec, "cancel_h"))}</a></p>'
        f'<p class="foot">{esc(text(spec, "foot").format(b=b))}</p></div></section></div>'
    )
    head = "<style>.wm{display:flex;font-family:Arial}.folders{width:180px;background:#f2f2f2}.invoice td,.invoice th{border:1px solid #ccc;padding:6px}.r{text-align:right}</style>\n"
    drafts: Drafts = {"/": (document(spec.lang, text(spec, "subject").format(b=b), mail, head), s)}
    s = Sheet()
    form = (
        f'<main class="cancel"><h1>{esc(text(spec, "cancel_h"))}</h1>{paras(spec, s, "cancel", b)}'
        f'<form><label>{esc(text(spec, "order_l"))} <input name="order" value="{order}"></label><label>E-mail <input name="email" type="email"></label>'
        f'<button type="button">{esc(text(spec, "cancel_btn"))}</button></form></main>'
    )
    drafts[cancel_path] = (document(spec.lang, text(spec, "cancel_h"), form, head), s)
    return drafts


# --- refund_modal: a payment-dispute centre whose modal asks for a call ----------------


@branded
def refund_modal(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    s = Sheet()
    rows = "".join(
        f'<li class="tx"><span class="d">{esc(d)}</span><span class="w">{esc(w)}</span><span class="a">{esc(a)}</span><span class="st">{esc(st)}</span></li>'
        for d, w, a, st in text(spec, "tx")
    )
    case = f"PP-D-{rng.randint(100000, 999999)}"
    modal = (
        f'<div id="rm" class="modal is-hidden" role="dialog" aria-labelledby="rm-h"><div class="modal-card"><h2 id="rm-h">{esc(text(spec, "modal_h"))}</h2>'
        f'{paras(spec, s, "modal", b)}<p class="case">{esc(text(spec, "case_l"))}: {case}</p>'
        f'<a class="btn-call" href="tel:{s.hidden(spec.phones[0])}">{fill(spec, s, text(spec, "call"), b)}</a></div></div>'
        "<script>setTimeout(function(){document.getElementById('rm').classList.remove('is-hidden');document.body.style.overflow='hidden';},1200);</script>"
    )
    home = (
        f'<header class="rc-top"><span class="logo">{esc(b)}</span> {esc(text(spec, "center"))}</header>'
        f'<main class="rc"><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead", b)}<ul class="activity">{rows}</ul>'
        f'<p><a href="/help">{esc(text(spec, "help_h"))}</a></p></main>{modal}'
    )
    head = "<style>.is-hidden{display:none}.modal{position:fixed;inset:0;background:rgba(0,0,0,.6)}.modal-card{background:#fff;max-width:480px;margin:15vh auto;padding:24px;border-radius:12px}</style>\n"
    drafts: Drafts = {"/": (document(spec.lang, text(spec, "title").format(b=b), home, head), s)}
    s = Sheet()
    help_page = f'<header class="rc-top"><span class="logo">{esc(b)}</span> {esc(text(spec, "center"))}</header><main class="rc"><h1>{esc(text(spec, "help_h"))}</h1>{paras(spec, s, "help", b)}</main>'
    drafts["/help"] = (document(spec.lang, text(spec, "help_h"), help_page, head), s)
    return drafts


# --- faq_schema: unbranded helpdesk, number in an FAQ accordion and FAQPage JSON-LD ----


@branded
def faq_schema(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    paths = ["/", spec.opt("faq_path", "/faq"), spec.opt("contact_path", "/contact")]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    head = '<link rel="stylesheet" href="/css/helpdesk.min.css">\n'
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        call = f'<a class="btn-call" href="tel:{write(s.hidden(own), "intl_compact")}">{fill(spec, s, text(spec, "call"))}</a>'
        top = f'<header class="hd"><a class="logo" href="/">{esc(spec.name)}</a>{nav(links)}{call}</header>'
        extra = ""
        if index == 0:
            main = f'<section class="hero"><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead")}</section><ul class="usp">{"".join(f"<li>{esc(u)}</li>" for u in text(spec, "usps"))}</ul>'
        elif index == 1:
            qa = [(q, fill(spec, s, a)) for q, a in text(spec, "faq")]
            ld = {
                "@context": "https://schema.org",
                "@type": "FAQPage",
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": q,
                        "acceptedAnswer": {
                            "@type": "Answer",
                            "text": fill(spec, Sheet(), a, raw=True),
                        },
                    }
                    for q, a in text(spec, "faq")
                ],
            }
            extra = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            main = f"<h1>{esc(links[1][1])}</h1>" + "".join(
                f"<details><summary>{esc(q)}</summary><p>{a}</p></details>" for q, a in qa
            )
        else:
            main = f"<h1>{esc(links[2][1])}</h1>{paras(spec, s, 'contact')}"
        foot = f'<footer class="ft"><p>{esc(spec.name)} · {esc(text(spec, "reg"))}</p></footer>'
        drafts[path] = (
            document(
                spec.lang,
                f"{links[index][1] if index else text(spec, 'h1')} | {spec.name}",
                top + f"<main>{main}</main>" + foot,
                head + extra,
            ),
            s,
        )
    return drafts


# --- partner_badge: a Webflow brand helpdesk behind badges and a copied imprint -------


@branded
def partner_badge(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    paths = ["/", spec.opt("about_path", "/ueber-uns"), spec.opt("contact_path", "/kontakt")]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        badges = "".join(
            f'<img src="/images/{i}-badge.svg" loading="lazy" width="120" alt="{esc(x.format(b=b))}" class="badge-img">'
            for i, x in enumerate(text(spec, "badges"))
        )
        if index == 0:
            main = (
                f'<section class="section-hero"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">{fill(spec, s, text(spec, "h1"), b)}</h1>'
                f'{paras(spec, s, "lead", b)}<a href="{paths[2]}" class="button-primary w-button">{esc(text(spec, "cta"))}</a></div></section>'
                f'<section class="section-badges"><div class="badge-row">{badges}</div></section>'
            )
        elif index == 1:
            main = f'<section class="section"><div class="container w-container"><h1>{esc(links[1][1])}</h1>{paras(spec, s, "about", b)}<div class="badge-row">{badges}</div></div></section>'
        else:
            main = (
                f'<section class="section"><div class="container w-container"><h1>{esc(links[2][1])}</h1>{paras(spec, s, "contact", b)}'
                f'<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="w-input" name="name"><input class="w-input" name="email" type="email"><input type="submit" value="OK" class="w-button"></form></div></div></section>'
            )
        footer = (
            f'<p class="call-strip">{fill(spec, s, text(spec, "strip"), b)}</p>'
            f'<p class="imprint">{esc(text(spec, "imprint"))}</p>'
            + widgets.trustpilot_badge(spec.lang, spec.opt("tp", "5d2e8f1a9b3c4d0012ab34cd"))
        )
        drafts[path] = (
            webflow(
                spec.lang,
                f"{fill(spec, Sheet(), text(spec, 'title'), b, raw=True)}"
                if index == 0
                else f"{links[index][1]} | {spec.name}",
                spec.name,
                links,
                main,
                footer,
                widgets.cookie_banner(spec.lang),
                spec.opt("wf_site", "64f1a2b3c4d5e6f708192a3b"),
                f"64f1a2b3c4d5e6f7081930{index:02d}",
            ),
            s,
        )
    return drafts


# --- next_data: a Next.js page, number in __NEXT_DATA__ and a sticky call bar ----------


@branded
def next_data(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    own = spec.phones[0]
    paths = ["/", spec.opt("fix_path", "/printer-offline"), "/contact"]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    build = spec.opt("build", "Xk2p9QzL7aR4tV1mN8bC3")
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        data = {
            "props": {
                "pageProps": {
                    "support": {
                        "phone": write(s.hidden(own), spec.opt("style", "us_dash")),
                        "hours": "24/7",
                    },
                    "slug": path.strip("/") or "index",
                }
            },
            "page": "/[[...slug]]",
            "query": {},
            "buildId": build,
            "isFallback": False,
            "gssp": True,
        }
        if index == 0:
            inner = f'<h1 class="hero_title__a1B2c">{fill(spec, s, text(spec, "h1"), b)}</h1>{paras(spec, s, "lead", b)}<ol class="steps_list__x9Y8">{"".join(f"<li>{fill(spec, s, x, b)}</li>" for x in text(spec, "steps"))}</ol>'
        elif index == 1:
            inner = f'<h1 class="hero_title__a1B2c">{esc(links[1][1])}</h1>{paras(spec, s, "fix", b)}<div class="diag_box__Q7w"><span class="diag_spin__k3"></span> {esc(text(spec, "diag"))}</div>'
        else:
            inner = f'<h1 class="hero_title__a1B2c">{esc(links[2][1])}</h1>{paras(spec, s, "contact", b)}'
        bar = f'<div class="callbar_bar__Zz1"><a href="tel:{own}">{fill(spec, s, text(spec, "bar"), b)}</a></div>'
        body = (
            f'<div id="__next"><header class="nav_nav__P0q">{nav(links, "nav_links__r2")}</header><main class="layout_main__T5u">{inner}</main>{bar}</div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
        )
        head = '<meta name="next-head-count" content="4"><link rel="preload" href="/_next/static/css/8a1f3c2e9b7d4e60.css" as="style"><script src="/_next/static/chunks/webpack-3d1f0a9c8b7e6d5f.js" defer></script>\n'
        drafts[path] = (
            document(
                spec.lang,
                f"{fill(spec, Sheet(), text(spec, 'title'), b, raw=True)}"
                if index == 0
                else f"{links[index][1]} | {spec.name}",
                body,
                head,
            ),
            s,
        )
    return drafts


# --- keyword_stuffed: a search-spam page of number lines in every disguise ------------


@branded
def keyword_stuffed(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    drafts: Drafts = {}
    s = Sheet()
    lines = "".join(
        f"<h{2 + i % 2}>{fill(spec, s, line, b)}</h{2 + i % 2}><p>{fill(spec, s, text(spec, 'filler')[i % len(text(spec, 'filler'))], b)}</p>"
        for i, line in enumerate(text(spec, "lines"))
    )
    main = f'<h1>{fill(spec, s, text(spec, "h1"), b)}</h1>{lines}<p class="tags">{esc(", ".join(text(spec, "tags")))}</p>'
    parts = themes.Parts(
        spec.lang,
        fill(spec, Sheet(), text(spec, "title"), b, raw=True),
        spec.name,
        main,
        [("/", "Home"), ("/support", "Support")],
        footer=f"<p>{esc(spec.name)}</p>",
    )
    drafts["/"] = (themes.jekyll(parts), s)
    s = Sheet()
    parts = themes.Parts(
        spec.lang,
        f"Support | {spec.name}",
        spec.name,
        f"<h1>Support</h1>{paras(spec, s, 'support', b)}",
        [("/", "Home"), ("/support", "Support")],
        footer=f"<p>{esc(spec.name)}</p>",
    )
    drafts["/support"] = (themes.jekyll(parts), s)
    return drafts


# --- ads_landing: every call slot filled from the ?tfn= parameter ----------------------


@branded
def ads_landing(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    own = spec.phones[0]
    value = write(own, spec.opt("style", "us_dash"), spec.opt("url_disguise"))
    landing = f"/?tfn={value}&gclid={spec.opt('gclid', 'Cj0KCQiA4L67BhDUARIsADWrl7G')}&utm_source=google&utm_medium=cpc"
    script = (
        "<script>\n(function(){var p=new URLSearchParams(location.search),t=(p.get('tfn')||'').trim();if(!t){return;}\n"
        "document.querySelectorAll('.tfn').forEach(function(e){e.textContent=t;});\n"
        "document.querySelectorAll('a.tfn-link').forEach(function(a){a.href='tel:'+t.replace(/[^0-9+]/g,'');a.hidden=false;});\n"
        "try{sessionStorage.setItem('tfn',t);}catch(e){}})();\n</script>"
    )
    drafts: Drafts = {}
    for path in ("/", landing):
        s = Sheet()
        if path == landing:
            s.hidden(own)
        points = "".join(f"<li>{esc(x.format(b=b))}</li>" for x in text(spec, "points"))
        body = (
            f'<header class="lp-top"><span class="lp-logo">{esc(spec.name)}</span><a class="tfn-link" hidden href="#">{esc(text(spec, "cta"))} <span class="tfn"></span></a></header>'
            f'<main class="lp"><h1>{esc(text(spec, "h1").format(b=b))}</h1>{paras(spec, s, "lead", b)}<ul class="points">{points}</ul>'
            f'<div class="cta-box"><p>{esc(text(spec, "cta"))}</p><p class="big tfn"></p><a class="tfn-link btn" hidden href="#">{esc(text(spec, "cta"))}</a></div>'
            f'<p class="disc">{esc(text(spec, "disc"))}</p><p><a href="/support">{esc(text(spec, "support_h"))}</a></p></main>{script}'
        )
        drafts[path] = (document(spec.lang, text(spec, "title").format(b=b), body), s)
    s = Sheet()
    drafts["/support"] = (
        document(
            spec.lang,
            text(spec, "support_h"),
            f'<main class="lp"><h1>{esc(text(spec, "support_h"))}</h1>{paras(spec, s, "support", b)}<p class="big tfn"></p></main>{script}',
        ),
        s,
    )
    return drafts


# --- repurposed_blog: an aged food blog turned into a helpline ------------------------


@branded
def repurposed_blog(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    support_path = spec.opt("support_path", "/support/")
    head = '<link rel="stylesheet" href="/wp-content/themes/twentyseventeen/style.css?ver=2.2" media="all">\n<meta name="generator" content="WordPress 5.2.4">\n'
    archive = "".join(
        f'<li><a href="/{y}/{m:02d}/">{esc(t)}</a></li>' for (t, y, m) in text(spec, "old")
    )
    side = f'<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">{esc(text(spec, "sidebar_h"))}</h2><ul>{archive}</ul></section></aside>'
    top = f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{esc(spec.name)}</a></p><p class="site-description">{esc(text(spec, "tagline"))}</p></div></header>'
    drafts: Drafts = {}
    s = Sheet()
    post = (
        f'{top}<div class="site-content"><div id="primary" class="content-area"><article class="post sticky"><header class="entry-header"><h2 class="entry-title"><a href="{support_path}">{fill(spec, s, text(spec, "h1"), b)}</a></h2></header>'
        f'<div class="entry-content">{paras(spec, s, "post", b)}</div></article></div>{side}</div>'
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – {text(spec, 'tagline')}", post, head), s)
    s = Sheet()
    page = f'{top}<div class="site-content"><div id="primary" class="content-area"><article class="page"><h1 class="entry-title">{esc(text(spec, "support_h").format(b=b))}</h1><div class="entry-content">{paras(spec, s, "support", b)}</div></article></div>{side}</div>'
    drafts[support_path] = (
        document(spec.lang, f"{text(spec, 'support_h').format(b=b)} – {spec.name}", page, head),
        s,
    )
    return drafts


TEMPLATES = {
    "edge_blocked": edge_blocked,
    "toast_locker": toast_locker,
    "mac_safari_lock": mac_safari_lock,
    "invoice_email": invoice_email,
    "refund_modal": refund_modal,
    "faq_schema": faq_schema,
    "partner_badge": partner_badge,
    "next_data": next_data,
    "keyword_stuffed": keyword_stuffed,
    "ads_landing": ads_landing,
    "repurposed_blog": repurposed_blog,
}
