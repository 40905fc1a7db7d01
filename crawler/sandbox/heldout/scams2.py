"""Second batch of held-out scam templates: structures the first batch does not use.

printer_wizard (a fake driver-setup wizard whose install "fails" into a call modal),
renewal_invoice (a fake antivirus renewal invoice: cancel by phone), service_portal (a
fake telecom/bank/mail customer-service portal, number in JSON-LD and a label-only tel:
bar), docs_kb (a Docusaurus-style knowledge base on free hosting, number in an admonition
and a banner's alt text), spa_shell (a client-rendered app whose number lives only in its
__NEXT_DATA__ JSON and the URL), bsod_locker (a full-screen fake blue screen) and
chat_agent (an unbranded computer-help page whose chat script assembles the number).
Wording comes from each site's opts.text in sites2.toml; numbers go through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout.lockers import TRAP_JS, _audio, _loop_js
from crawler.sandbox.heldout.numbers import groups, national_digits, write
from crawler.sandbox.heldout.scams import bname
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts2 import document, fill, paras, text
from crawler.sandbox.heldout.widgets import cookie_banner, trust_footer, trustpilot_badge


def _sheet(spec: Spec) -> Sheet:
    sheet = Sheet()
    sheet.brand(*spec.brands)
    return sheet


def _nav(items: list[tuple[str, str]], cls: str) -> str:
    return (
        f'<nav class="{cls}">' + "".join(f'<a href="{h}">{esc(t)}</a>' for h, t in items) + "</nav>"
    )


# --- printer_wizard: "install your printer" wizard that fails into a call modal -----------


def printer_wizard(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    style = spec.opt("style", "national")
    nav = list(zip(["/", "/setup/install", "/contact"], text(spec, "nav"), strict=True))
    css = '<link rel="stylesheet" href="/assets/wizard.min.css">\n'
    drafts: Drafts = {}
    s = _sheet(spec)
    models = "".join(f"<option>{esc(b)} {esc(m)}</option>" for m in text(spec, "models"))
    steps = "".join(
        f'<li class="step{" active" if i == 0 else ""}"><span>{i + 1}</span>{esc(t)}</li>'
        for i, t in enumerate(text(spec, "steps"))
    )
    home = (
        f'<header class="wz-top"><img src="/assets/logo-{esc(spec.brands[0])}.svg" alt="{esc(b)}" width="90">{_nav(nav, "wz-nav")}</header>'
        f'<main class="wz"><h1>{fill(spec, s, text(spec, "h1"), b)}</h1><ol class="wz-steps">{steps}</ol>'
        f'<form class="wz-form" action="/setup/install"><label>{esc(text(spec, "pick"))}</label><select name="model">{models}</select>'
        f'<button type="submit" class="wz-btn">{esc(text(spec, "download"))}</button></form>{paras(spec, s, "lead", b)}</main>'
        f'<footer class="wz-foot"><small>{fill(spec, s, text(spec, "disclaimer"), b)}</small></footer>'
    )
    drafts["/"] = (document(spec.lang, text(spec, "title").format(b=b), home, css), s)
    s = _sheet(spec)
    number = spec.phones[0]
    code = f"0x{rng.choice(['8007045D', '80070BC9', '800F0922', '80004005'])}"
    install = (
        f'<main class="wz"><p class="model">{esc(b)} {esc(text(spec, "models")[0])}</p><h1>{esc(text(spec, "installing"))}</h1><div class="progress"><div class="bar" style="width:{rng.randint(61, 88)}%"></div></div>'
        f'<pre class="log">[{rng.randint(10, 23)}:{rng.randint(10, 59)}:0{rng.randint(1, 9)}] spooler: driver package rejected ({code})\n'
        f"[install] rollback ... done</pre></main>"
        f'<div class="modal is-open" role="alertdialog"><div class="modal-box"><h2>{esc(text(spec, "failed"))} {code}</h2>'
        f'{paras(spec, s, "modal", b)}<a class="call" href="tel:{national_digits(number)}">{s.num(number, style)}</a></div></div>'
    )
    drafts["/setup/install"] = (
        document(spec.lang, f"{b} – {text(spec, 'failed')} {code}", install, css),
        s,
    )
    s = _sheet(spec)
    contact = (
        f'<header class="wz-top">{_nav(nav, "wz-nav")}</header><main class="wz"><h1>{esc(nav[2][1])}</h1>'
        f'{paras(spec, s, "contact", b)}<form class="cb"><input name="naam"><input name="telefoon" placeholder="06..."><button>OK</button></form></main>'
    )
    drafts["/contact"] = (document(spec.lang, f"{nav[2][1]} – {b}", contact, css), s)
    return drafts


# --- renewal_invoice: "your subscription was renewed, call to cancel" -----------------------


def renewal_invoice(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    s = _sheet(spec)
    invoice = f"INV-{rng.randint(20250000, 20259999)}"
    order = f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    rows = "".join(
        f"<tr><td>{esc(item.format(b=b))}</td><td>1</td><td>{esc(price)}</td></tr>"
        for item, price in text(spec, "items")
    )
    head = "<style>.inv{max-width:720px;margin:auto;font-family:Arial}.inv td,.inv th{border-bottom:1px solid #ddd;padding:6px}</style>\n"
    main = (
        f'<div class="inv"><table class="hdr"><tr><td><b>{esc(b)}</b> {esc(text(spec, "dept"))}</td><td class="r">{esc(text(spec, "inv_l"))} {invoice}<br>{esc(text(spec, "order_l"))} {order}<br>{esc(text(spec, "date"))}</td></tr></table>'
        f'<h1>{fill(spec, s, text(spec, "h1"), b)}</h1><table class="items"><tr><th>{esc(text(spec, "item_l"))}</th><th>#</th><th>{esc(text(spec, "price_l"))}</th></tr>{rows}'
        f'<tr class="total"><td colspan="2">{esc(text(spec, "total_l"))}</td><td>{esc(text(spec, "items")[-1][1])}</td></tr></table>'
        f'<div class="notice">{paras(spec, s, "cancel", b)}</div><p class="small">{fill(spec, s, text(spec, "small"), b)}</p>'
        f'<p><a href="/support/refund">{esc(text(spec, "refund_l"))}</a></p></div>'
    )
    drafts: Drafts = {"/": (document(spec.lang, text(spec, "title").format(b=b), main, head), s)}
    s = _sheet(spec)
    refund = (
        f'<div class="inv"><h1>{esc(text(spec, "refund_l"))}</h1>{paras(spec, s, "refund", b)}'
        f'<form><label>{esc(text(spec, "order_l"))}</label><input name="order" value="{order}"><button>{esc(text(spec, "refund_l"))}</button></form></div>'
    )
    drafts["/support/refund"] = (
        document(spec.lang, f"{text(spec, 'refund_l')} – {b}", refund, head),
        s,
    )
    return drafts


# --- service_portal: fake customer-service portal of a telecom, bank or mail provider -------


def _contact_ld(spec: Spec, sheet: Sheet, name: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "url": f"https://{spec.host}/",
        "contactPoint": [
            {
                "@type": "ContactPoint",
                "telephone": write(sheet.hidden(n), "intl"),
                "contactType": "customer service",
                "areaServed": spec.country,
            }
            for n in spec.phones
        ],
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def service_portal(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    color = spec.opt("color", "#00a0e1")
    head = f"<style>:root{{--brand:{color}}}.topbar{{background:var(--brand);color:#fff}}.callbar{{position:fixed;bottom:0;left:0;right:0}}</style>\n"
    nav = list(zip(["/", "/storing", "/contact"], text(spec, "nav"), strict=True))
    number = spec.phones[0]
    drafts: Drafts = {}
    s = _sheet(spec)
    tiles = "".join(
        f'<a class="tile" href="/contact"><span class="icon icon-{i}"></span><h3>{esc(t)}</h3></a>'
        for i, t in enumerate(text(spec, "tiles"))
    )
    bar = (
        f'<div class="callbar">{s.tel(number, esc(text(spec, "call_label")), national=True)}</div>'
    )
    home = (
        f'<div class="topbar"><strong>{esc(b)}</strong> {esc(text(spec, "service"))}{_nav(nav, "topnav")}</div>'
        f'<section class="hero"><h1>{fill(spec, s, text(spec, "h1"), b)}</h1><form action="/zoeken" class="search"><input name="q" placeholder="{esc(text(spec, "search"))}"></form></section>'
        f'<section class="tiles">{tiles}</section>{bar}'
    )
    drafts["/"] = (
        document(
            spec.lang,
            text(spec, "title").format(b=b),
            home,
            head + _contact_ld(spec, s, f"{b} {text(spec, 'service')}"),
        ),
        s,
    )
    s = _sheet(spec)
    events = "".join(
        f"<li><time>{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d} {rng.randint(6, 22):02d}:{rng.choice(['00', '15', '30', '45'])}</time> {esc(e)}</li>"
        for e in text(spec, "outages")
    )
    outage = (
        f'<div class="topbar"><strong>{esc(b)}</strong>{_nav(nav, "topnav")}</div><main><h1>{esc(nav[1][1])}</h1>'
        f'<form class="pc"><input name="postcode" placeholder="1234 AB"><input name="huisnr"><button>OK</button></form><ul class="events">{events}</ul>'
        f"{paras(spec, s, 'outage_help', b)}</main>"
    )
    drafts["/storing"] = (document(spec.lang, f"{nav[1][1]} | {b}", outage, head), s)
    s = _sheet(spec)
    contact = (
        f'<div class="topbar"><strong>{esc(b)}</strong>{_nav(nav, "topnav")}</div><main><h1>{esc(nav[2][1])}</h1>'
        f"{paras(spec, s, 'contact', b)}</main>{trust_footer(spec.lang, spec.name, text(spec, 'reg'), 2025)}"
    )
    drafts["/contact"] = (
        document(spec.lang, f"{nav[2][1]} | {b}", contact, head, ' class="contact"'),
        s,
    )
    return drafts


# --- docs_kb: Docusaurus-style knowledge base on free hosting ----------------------------


def docs_kb(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    number = spec.phones[0]
    head = '<meta name="generator" content="Docusaurus v3.5.2">\n<link rel="stylesheet" href="/assets/css/styles.4f1b2c.css">\n'
    articles = text(spec, "articles")
    side = "".join(
        f'<li class="menu__list-item"><a class="menu__link" href="/docs/{slug}">{esc(title)}</a></li>'
        for slug, title in articles
    )
    drafts: Drafts = {}
    for index, (slug, title) in enumerate(articles):
        s = _sheet(spec)
        banner = f'<a href="/help"><img class="sidebar-ad" src="/img/certified-support.png" alt="{esc(fill(spec, Sheet(), text(spec, "banner_alt"), b))}"></a>'
        s.hidden(number)  # the alt text carries the number (escaped into the attribute)
        steps = "".join(f"<li>{esc(x)}</li>" for x in text(spec, "steps"))
        body = (
            f'<div id="__docusaurus"><nav class="navbar"><a class="navbar__brand" href="/">{esc(spec.name)}</a></nav>'
            f'<div class="main-wrapper docs-wrapper"><aside class="theme-doc-sidebar-container"><ul class="theme-doc-sidebar-menu menu__list">{side}</ul>{banner}</aside>'
            f'<main class="docMainContainer"><article><div class="theme-doc-markdown markdown"><header><h1>{esc(title)}</h1></header>'
            f"{paras(spec, s, 'intro', b)}<ol>{steps}</ol>"
            f'<div class="theme-admonition theme-admonition-tip alert alert--success"><div class="admonitionHeading">tip</div><div class="admonitionContent">{fill(spec, s, text(spec, "tip"), b)}</div></div>'
            f'<p class="last-updated">Last updated on {rng.randint(1, 28)} Oct 2025</p></div></article></main></div></div>'
        )
        drafts[f"/docs/{slug}"] = (document(spec.lang, f"{title} | {spec.name}", body, head), s)
        if index == 0:
            drafts["/"] = (document(spec.lang, f"{spec.name} – {b}", body, head), s)
    s = _sheet(spec)
    help_body = f'<div id="__docusaurus"><main class="container"><h1>{esc(text(spec, "help_h"))}</h1>{paras(spec, s, "help", b)}</main></div>'
    drafts["/help"] = (
        document(spec.lang, f"{b} – {text(spec, 'help_h')} | {spec.name}", help_body, head),
        s,
    )
    return drafts


# --- spa_shell: client-rendered app; the number is data, never static text ------------------


def spa_shell(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    number = spec.phones[0]
    build = f"{rng.getrandbits(40):010x}"
    param = spec.opt("param", "tel")
    drafts: Drafts = {}
    for path, page in (
        ("/", "index"),
        (f"/?{param}={national_digits(number)}", "index"),
        ("/support", "support"),
    ):
        s = _sheet(spec)
        phone = national_digits(s.hidden(number))
        data = {
            "props": {
                "pageProps": {
                    "hero": text(spec, "hero").format(b=b),
                    "cta": text(spec, "cta"),
                    "phone": phone,
                    "phoneDisplay": " ".join(groups(number)),
                    "page": page,
                }
            },
            "page": "/" if page == "index" else f"/{page}",
            "query": {param: phone} if "?" in path else {},
            "buildId": build,
            "isFallback": False,
        }
        head = (
            f'<link rel="preload" href="/_next/static/css/{build[:8]}.css" as="style">\n'
            f'<script src="/_next/static/chunks/webpack-{build[2:10]}.js" defer></script>\n'
        )
        body = (
            f'<div id="__next"><noscript>{esc(text(spec, "noscript"))}</noscript></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
        )
        title = text(spec, "title").format(b=b) + ("" if page == "index" else " – Support")
        drafts[path] = (document(spec.lang, title, body, head), s)
    return drafts


# --- bsod_locker: a full-screen fake blue screen with the number in the "stop" panel -------


def bsod_locker(spec: Spec, rng: Random) -> Drafts:
    s = _sheet(spec)
    number = spec.phones[0]
    code = f"0x{rng.choice(['8002006E', '80072EE7', '8024402F', '800704CF'])}"
    shown = s.num(number, spec.opt("style", "national"), spec.opt("disguise"))
    head = "<style>html,body{margin:0;background:#0078d7;color:#fff;font-family:Segoe UI,sans-serif;cursor:none}.sad{font-size:120px}.qr{width:110px;height:110px;background:#fff}</style>\n"
    body = (
        f'<div class="bsod" onclick="document.documentElement.requestFullscreen()"><div class="sad">:(</div>'
        f'<p class="big">{esc(text(spec, "lead"))}</p><p><span id="pct">{rng.randint(11, 40)}</span>% {esc(text(spec, "complete"))}</p>'
        f'<div class="row"><div class="qr" aria-hidden="true"></div><div class="info">{paras(spec, s, "info")}'
        f'<p class="stop">Stop code: CRITICAL_PROCESS_DIED ({code})</p><p class="callnow">{esc(text(spec, "call"))} <b>{shown}</b></p></div></div></div>'
        f"{_audio('/media/bsod-' + spec.lang + '.mp3')}{TRAP_JS}{_loop_js(text(spec, 'confirm') + ' ' + write(number, spec.opt('style', 'national')))}"
        f"<script>var p=document.getElementById('pct');setInterval(function(){{p.textContent=Math.min(99,+p.textContent+1)}},900);</script>"
    )
    s.hidden(number)
    return {"/": (document(spec.lang, f"{text(spec, 'title')} {code}", body, head), s)}


# --- chat_agent: unbranded computer help whose chat script assembles the number -------------


def _pieces(e164: str) -> str:
    digits = national_digits(e164)
    cut = [digits[:3], digits[3:6], digits[6:]]
    return json.dumps([c for c in cut if c])


def chat_agent(spec: Spec, rng: Random) -> Drafts:
    number = spec.phones[0]
    nav = list(zip(["/", "/tarieven", "/contact"], text(spec, "nav"), strict=True))
    head = '<link rel="stylesheet" href="/css/site.css">\n'
    drafts: Drafts = {}
    s = _sheet(spec)
    s.hidden(number)
    lines = json.dumps(text(spec, "chat"), ensure_ascii=False)
    script = (
        "<script>\n(function(){var p=" + _pieces(number) + ",n=p.join(' ');\n"
        "var msgs=" + lines + ";var box=document.getElementById('chat-log');\n"
        "msgs.forEach(function(m,i){setTimeout(function(){var li=document.createElement('li');"
        "li.textContent=m.replace('{nr}',n);box.appendChild(li);},1200*(i+1));});\n"
        "document.getElementById('callnr').textContent=n;document.getElementById('callnr').href='tel:'+p.join('');})();\n</script>"
    )
    usps = "".join(f"<li>✔ {esc(u)}</li>" for u in text(spec, "usps"))
    home = (
        f'<header class="site">{esc(spec.name)}{_nav(nav, "menu")}</header><section class="intro"><h1>{esc(text(spec, "h1"))}</h1>'
        f'{paras(spec, s, "lead")}<ul class="usp">{usps}</ul><p class="cta">{esc(text(spec, "cta"))} <a id="callnr" href="#"></a></p></section>'
        f'<aside class="chat"><div class="chat-head"><img src="/img/agent.jpg" alt="">{esc(text(spec, "agent"))} <span class="online">●</span></div><ul id="chat-log"></ul>'
        f'<input placeholder="{esc(text(spec, "type"))}"></aside>{cookie_banner(spec.lang)}{script}'
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – {text(spec, 'h1')}", home, head), s)
    s = _sheet(spec)
    prices = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(p)}</td></tr>" for a, p in text(spec, "prices")
    )
    drafts["/tarieven"] = (
        document(
            spec.lang,
            f"{nav[1][1]} – {spec.name}",
            f'<header class="site">{esc(spec.name)}{_nav(nav, "menu")}</header><h1>{esc(nav[1][1])}</h1><table class="prices">{prices}</table>{paras(spec, s, "price_note")}',
            head,
        ),
        s,
    )
    s = _sheet(spec)
    contact = (
        f'<header class="site">{esc(spec.name)}{_nav(nav, "menu")}</header><h1>{esc(nav[2][1])}</h1>{paras(spec, s, "contact")}'
        f'<p class="big-call">{s.tel(number, esc(text(spec, "cta")), national=True)}</p>'
        f"{trustpilot_badge(spec.lang, '5f0e9d8c7b6a5f4e3d2c1b0a')}"
    )
    drafts["/contact"] = (document(spec.lang, f"{nav[2][1]} – {spec.name}", contact, head), s)
    return drafts
