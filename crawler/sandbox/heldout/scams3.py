"""Third batch of held-out scam templates: thirteen structures no earlier batch uses.

elementor_booking (an unbranded remote-help business on Elementor with a booking form,
a label-only tel: button and a chat widget), squarespace_trust (a brand helpdesk on a
Squarespace shell behind copied terms, reviews, guarantees and badges), renew_countdown
(an expired-subscription page whose number is built from character codes), defender_dialog
(a fake scan whose <dialog> pops up with the number), canvas_locker (a locker that paints
its number on a canvas and keeps it in an image's alt text), i18n_locker (a locker whose
wording, number included, is a per-language script dictionary), update_url (a fake
browser update that reads the number from the landing URL), community_spam (a fake
community Q&A whose accepted answer carries scam-spam numbers), pdf_textlayer (a pdf.js
viewer whose text runs split the number), callback_ld (unbranded computer help: number
only in a national tel: link and JSON-LD), apple_id_lock (a locked-account page with a
modal), amp_call (an AMP page with the number in amp-state JSON and the call button) and
link_in_bio (a link-in-bio page of call and WhatsApp buttons).
Wording comes from each site's opts.text in sites3.toml; numbers go through the Sheet.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from random import Random

from crawler.sandbox.heldout import themes, widgets
from crawler.sandbox.heldout.numbers import national_digits, write
from crawler.sandbox.heldout.scams import bname
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import (
    document,
    fill,
    json_str,
    nav,
    paras,
    settle_brands,
    squarespace,
    text,
)


def branded(build: Callable[[Spec, Random], Drafts]) -> Callable[[Spec, Random], Drafts]:
    def template(spec: Spec, rng: Random) -> Drafts:
        return settle_brands(spec, build(spec, rng))

    template.__name__ = build.__name__
    template.__doc__ = build.__doc__
    return template


def _lock_js(message: str, pushes: int = 25) -> str:
    """Batch 3's own locker script: fullscreen on any key or click, a leave prompt, back
    button trap, a confirm/alert loop."""
    return (
        "<script>\n(function(){\n"
        "  function full(){var e=document.documentElement;if(e.requestFullscreen){e.requestFullscreen().catch(function(){});}}\n"
        "  document.addEventListener('keydown',full);document.addEventListener('mousedown',full);\n"
        "  window.onbeforeunload=function(){return 'Stop';};\n"
        f"  for(var i=0;i<{pushes};i++){{history.pushState({{n:i}},document.title,location.href);}}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},document.title,location.href);});\n"
        f"  var m={json_str(message)};\n"
        "  (function ask(){if(!window.confirm(m)){window.alert(m);}setTimeout(ask,3000);})();\n"
        "})();\n</script>"
    )


def _voice(src: str) -> str:
    return f'<audio src="{src}" autoplay loop hidden></audio>'


# --- elementor_booking: unbranded remote help on Elementor with a booking form ----------


@branded
def elementor_booking(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    paths = ["/", spec.opt("book_path", "/afspraak"), "/contact"]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    chat = widgets.tawk(spec.opt("tawk", "6650f1a2b3c4d5e6f7a8b9c0/1htq2m3kd"))
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        button = (
            f'<div class="header-call">{s.tel(own, esc(text(spec, "call")), national=True)}</div>'
        )
        if index == 0:
            usps = "".join(
                f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">{esc(u)}</span></li>'
                for u in text(spec, "usps")
            )
            widgets_html = (
                themes.el_widget(
                    "heading",
                    f'<h1 class="elementor-heading-title">{esc(text(spec, "h1"))}</h1>',
                    "3c1f7a2",
                )
                + themes.el_widget("text-editor", paras(spec, s, "lead"), "9a4d2e1")
                + themes.el_widget(
                    "icon-list", f'<ul class="elementor-icon-list-items">{usps}</ul>', "5e8b0c3"
                )
                + themes.el_widget(
                    "button",
                    f'<div class="elementor-button-wrapper"><a class="elementor-button" href="{paths[1]}"><span class="elementor-button-text">{fill(spec, s, text(spec, "hero_call"))}</span></a></div>',
                    "7d2a9f4",
                )
            )
        elif index == 1:
            slots = "".join(
                f'<label class="slot"><input type="radio" name="slot" value="{i}"> {esc(t)}</label>'
                for i, t in enumerate(text(spec, "slots"))
            )
            form = (
                f'<form class="elementor-form" method="post" name="{esc(text(spec, "book_h"))}"><div class="elementor-form-fields-wrapper">'
                f'<input type="text" name="form_fields[name]" placeholder="{esc(text(spec, "name_l"))}"><input type="tel" name="form_fields[tel]">{slots}'
                f'<button type="submit" class="elementor-button">{esc(text(spec, "book_btn"))}</button></div></form>'
            )
            widgets_html = (
                themes.el_widget(
                    "heading",
                    f'<h1 class="elementor-heading-title">{esc(text(spec, "book_h"))}</h1>',
                    "2b6e1d8",
                )
                + themes.el_widget("form", form, "4f0c8a6")
                + themes.el_widget("text-editor", paras(spec, s, "book_note"), "8c3b5d0")
            )
        else:
            widgets_html = themes.el_widget(
                "heading", f'<h1 class="elementor-heading-title">{esc(links[2][1])}</h1>', "1d9f3b7"
            ) + themes.el_widget("text-editor", paras(spec, s, "contact"), "6a2e0f9")
        footer = widgets.trust_footer(spec.lang, spec.name, text(spec, "reg"), 2025)
        parts = themes.Parts(
            spec.lang,
            f"{spec.name} – {text(spec, 'h1') if index == 0 else links[index][1]}",
            spec.name,
            themes.el_section(widgets_html, f"{0x4A1 + index * 7:x}c{index}e"),
            links,
            button,
            footer,
            body_end=chat + widgets.cookie_banner(spec.lang),
            page_id=41 + index,
        )
        drafts[path] = (themes.elementor(parts), s)
    return drafts


# --- squarespace_trust: a brand helpdesk behind copied trust material ------------------


@branded
def squarespace_trust(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    terms_path = spec.opt("terms_path", "/algemene-voorwaarden")
    paths = ["/", "/reviews", terms_path, "/contact"]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    rating = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": spec.name,
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": "4.8",
            "reviewCount": str(rng.randint(1200, 3900)),
        },
    }
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        if index == 0:
            main = (
                f"<h1>{fill(spec, s, text(spec, 'h1'), b)}</h1>{paras(spec, s, 'lead', b)}"
                f'<p class="sqs-block-button-container"><a class="sqs-block-button-element--large sqs-button-element--primary" href="/contact">{esc(text(spec, "cta"))}</a></p>'
                f'<div class="badges"><span class="badge">{esc(text(spec, "guarantee"))}</span> <span class="badge">★★★★★ 4,8/5</span></div>'
            )
        elif index == 1:
            main = f"<h1>{esc(links[1][1])}</h1>" + "".join(
                f'<blockquote class="review"><p>{esc(t)}</p><footer>★★★★★ — {esc(w)}</footer></blockquote>'
                for w, t in text(spec, "reviews")
            )
        elif index == 2:
            main = f"<h1>{esc(links[2][1])}</h1>" + "".join(
                f"<h2>{esc(h)}</h2><p>{fill(spec, s, p, b)}</p>" for h, p in text(spec, "terms")
            )
        else:
            main = f'<h1>{esc(links[3][1])}</h1>{paras(spec, s, "contact", b)}<form class="newsletter-form"><input name="email" type="email"><button>OK</button></form>'
        footer = (
            f'<p class="call-bar">{fill(spec, s, text(spec, "call_bar"), b)}</p>'
            + widgets.trust_footer(spec.lang, spec.name, text(spec, "reg"), 2025)
            + widgets.trustpilot_badge(spec.lang, "65a1c2d3e4f5061728394a5b")
        )
        head = (
            f'<script type="application/ld+json">{json.dumps(rating, ensure_ascii=False)}</script>\n'
            if index == 0
            else ""
        )
        drafts[path] = (
            squarespace(
                spec.lang,
                f"{text(spec, 'title').format(b=b)}"
                if index == 0
                else f"{links[index][1]} — {spec.name}",
                spec.name,
                links,
                main,
                footer,
                head,
                widgets.cookie_banner(spec.lang, "complianz"),
            ),
            s,
        )
    return drafts


# --- renew_countdown: an expired subscription; the number is built from char codes -----


def _char_codes(number: str) -> str:
    return json.dumps([ord(c) for c in number])


@branded
def renew_countdown(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    own = spec.phones[0]
    shown = write(own, spec.opt("style", "us_dash"))
    rows = "".join(
        f'<tr><td>{esc(name.format(b=b))}</td><td class="st">{esc(state)}</td></tr>'
        for name, state in text(spec, "rows")
    )
    head = "<style>.ren{max-width:760px;margin:auto;font-family:Helvetica,Arial}.timer{font:700 42px monospace;color:#d00}.st{color:#d00}</style>\n"
    drafts: Drafts = {}
    for path in ("/", spec.opt("renew_path", "/renew")):
        s = Sheet()
        s.hidden(own)
        script = (
            "<script>\n(function(){var c=String.fromCharCode.apply(null,"
            + _char_codes(shown)
            + ");\n"
            "document.querySelectorAll('.ph').forEach(function(e){e.textContent=c;});\n"
            "document.querySelectorAll('a.call').forEach(function(a){a.href='tel:'+c.replace(/[^0-9+]/g,'');});\n"
            f"var t={rng.randint(3600, 86399)},el=document.getElementById('left');setInterval(function(){{t=Math.max(0,t-1);"
            "el.textContent=[Math.floor(t/3600),Math.floor(t/60)%60,t%60].map(function(x){return (x<10?'0':'')+x;}).join(':');},1000);\n"
            "})();\n</script>"
        )
        if path == "/":
            main = (
                f'<div class="ren"><img src="/img/shield-{esc(spec.brands[0])}.svg" alt="{esc(b)}" width="64"><h1>{esc(text(spec, "h1").format(b=b))}</h1>'
                f'<p class="timer" id="left">23:59:59</p>{paras(spec, s, "lead", b)}<table class="status">{rows}</table>'
                f'<p class="cta">{esc(text(spec, "cta"))} <a class="call" href="#"><span class="ph"></span></a></p>'
                f'<noscript>{esc(text(spec, "noscript"))}</noscript><p><a href="{spec.opt("renew_path", "/renew")}">{esc(text(spec, "renew_h"))}</a></p></div>'
            )
        else:
            main = (
                f'<div class="ren"><h1>{esc(text(spec, "renew_h"))}</h1>{paras(spec, s, "renew", b)}'
                f'<p class="cta"><a class="call" href="#">{esc(text(spec, "cta"))} <b class="ph"></b></a></p></div>'
            )
        title = text(spec, "title").format(b=b)
        drafts[path] = (document(spec.lang, title, main + script, head), s)
    return drafts


# --- defender_dialog: a fake scan whose <dialog> pops up with the number ---------------


@branded
def defender_dialog(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    b = bname(spec)
    files = "".join(
        f'<li><span class="path">{esc(f)}</span> <span class="hit">{esc(text(spec, "found"))}</span></li>'
        for f in text(spec, "files")
    )
    code = spec.opt("code", "0x80070424")
    dialog = (
        f'<dialog id="dw" class="defender"><div class="dw-title">{esc(text(spec, "dialog_h"))}</div>'
        f'{paras(spec, s, "dialog", b)}<p class="codes">{esc(text(spec, "code_l"))}: #{esc(spec.opt("ref", "DW6VB36"))} · {code}</p>'
        f'<p class="call">{fill(spec, s, text(spec, "call"), b)}</p><p class="warn">{esc(text(spec, "warn"))}</p>'
        f'<form method="dialog"><button>{esc(text(spec, "allow"))}</button></form></dialog>'
    )
    scan = (
        f'<div class="scanwin"><div class="bar"><span>{esc(text(spec, "scan_h"))}</span></div><div class="meter"><i style="width:{rng.randint(55, 90)}%"></i></div>'
        f'<ul class="files">{files}</ul></div>{dialog}'
        "<script>setTimeout(function(){var d=document.getElementById('dw');d.showModal();d.addEventListener('cancel',function(e){e.preventDefault();});},1800);</script>"
    )
    head = "<style>body{background:#1b1b1b;color:#eee;font-family:Segoe UI}dialog.defender{border:2px solid #0067b8;max-width:560px}dialog::backdrop{background:rgba(0,0,0,.8)}</style>\n"
    body = (
        scan
        + _voice(f"/assets/voice-{spec.lang}.mp3")
        + _lock_js(fill(spec, s, text(spec, "confirm"), b, raw=True))
    )
    title = fill(spec, Sheet(), text(spec, "title"), b, raw=True)
    return {"/": (document(spec.lang, title, body, head), s)}


# --- canvas_locker: number painted on a canvas and kept in an image's alt text ---------


@branded
def canvas_locker(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    b = bname(spec)
    alt = fill(spec, s, text(spec, "alt"), b, raw=True)
    paint = [fill(spec, s, line, b, raw=True) for line in text(spec, "canvas")]
    code = spec.opt("code", "0x8024A105")
    script = (
        "<script>\n(function(){var c=document.getElementById('scr'),x=c.getContext('2d');x.fillStyle='#fff';\n"
        f"var lines={json.dumps(paint, ensure_ascii=False)};\n"
        "x.font='bold 30px Segoe UI';lines.forEach(function(l,i){x.fillText(l,40,80+i*46);});})();\n</script>"
    )
    body = (
        f'<div class="lock"><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead", b)}<p class="code">{esc(text(spec, "code_l"))}: {code}</p>'
        f'<canvas id="scr" width="900" height="240"></canvas><img class="helpline" src="/img/helpline-{spec.lang}.png" alt="{esc(alt)}" width="900" height="120">'
        f'<p class="warn">{esc(text(spec, "warn"))}</p></div>{script}'
        + _voice(f"/snd/alarm-{spec.lang}.mp3")
        + _lock_js(fill(spec, s, text(spec, "confirm"), b, raw=True), 30)
    )
    head = "<style>html,body{margin:0;height:100%;background:#b00;color:#fff}canvas{display:block;background:#900}</style>\n"
    return {"/": (document(spec.lang, text(spec, "title"), body, head), s)}


# --- i18n_locker: a per-language dictionary of lines, number included ------------------


@branded
def i18n_locker(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    b = bname(spec)
    table = {
        lang: {key: fill(spec, s, line, b, raw=True) for key, line in lines.items()}
        for lang, lines in text(spec, "langs").items()
    }
    default = table[spec.lang]
    code = spec.opt("code", "0x800F081F")
    script = (
        "<script>\nvar T=" + json.dumps(table, ensure_ascii=False).replace("</", "<\\/") + ";\n"
        f"var L=(navigator.language||'{spec.lang}').slice(0,2),t=T[L]||T['{spec.lang}'];\n"
        "['h1','lead','call','btn'].forEach(function(k){var e=document.getElementById('t-'+k);if(e){e.textContent=t[k];}});\n"
        "</script>"
    )
    body = (
        f'<div class="win"><div class="tb">{esc(text(spec, "window"))}</div><h1 id="t-h1">{esc(default["h1"])}</h1><p id="t-lead">{esc(default["lead"])}</p>'
        f'<p class="code">{code}</p><p id="t-call" class="call"></p><button id="t-btn">{esc(default["btn"])}</button></div>{script}'
        + _voice(f"/a/{spec.lang}.mp3")
        + _lock_js(default["confirm"])
    )
    head = "<style>body{background:#0a3d91;color:#fff;font-family:sans-serif}.win{background:#fff;color:#000;max-width:640px;margin:12vh auto;padding:20px}</style>\n"
    return {"/": (document(spec.lang, default["title"], body, head), s)}


# --- update_url: a fake browser update reading the number from the landing URL --------


@branded
def update_url(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    param = spec.opt("param", "phone")
    value = write(own, spec.opt("style", "us_dash"), spec.opt("url_disguise"))
    landing = f"/?{param}={value}"
    code = spec.opt("code", "0x80072EFD")
    script = (
        "<script>\n(function(){var q=new URLSearchParams(location.search).get('" + param + "');\n"
        "var e=document.getElementById('nr');if(q){e.textContent=q.trim();e.parentNode.hidden=false;}})();\n</script>"
    )
    drafts: Drafts = {}
    for path in ("/", landing):
        s = Sheet()
        if path == landing:
            s.hidden(own)
        body = (
            f'<div class="upd"><img src="/i/browser.svg" alt="" width="72"><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead")}'
            f'<div class="progress"><div class="fill" style="width:{rng.randint(62, 94)}%"></div></div><p class="fail">{esc(text(spec, "fail"))} ({code})</p>'
            f'<p class="support" hidden>{esc(text(spec, "call_line"))} <strong id="nr"></strong></p><button>{esc(text(spec, "btn"))}</button></div>{script}'
            + _voice("/media/update.mp3")
            + _lock_js(text(spec, "confirm"))
        )
        head = "<style>body{background:#f1f3f4;font-family:Roboto,Arial}.upd{max-width:560px;margin:14vh auto;background:#fff;padding:32px}</style>\n"
        drafts[path] = (document(spec.lang, text(spec, "title"), body, head), s)
    return drafts


# --- community_spam: a fake community Q&A whose answers carry spam numbers -------------


@branded
def community_spam(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    thread = spec.opt("thread", "/thread/8f3a2c71-5d0e-4b9a")
    forum = text(spec, "forum")
    head = '<link rel="stylesheet" href="/static/community.css">\n'
    drafts: Drafts = {}
    s = Sheet()
    answers = []
    for i, (who, body, accepted) in enumerate(text(spec, "answers")):
        badge = (
            f'<span class="accepted">✔ {esc(text(spec, "accepted_l"))}</span>' if accepted else ""
        )
        answers.append(
            f'<div class="reply" id="r{i}"><div class="reply-head"><b>{esc(who)}</b> <span class="role">{esc(text(spec, "role_l"))}</span> {badge}</div>'
            f'<div class="reply-body">{fill(spec, s, body, b)}</div><div class="votes">{rng.randint(30, 400)} {esc(text(spec, "helpful_l"))}</div></div>'
        )
    question = (
        f'<header class="cm-top"><a href="/">{esc(forum)}</a></header><main class="cm"><h1>{fill(spec, s, text(spec, "q_title"), b)}</h1>'
        f'<div class="q-body">{fill(spec, s, text(spec, "q_body"), b)}</div><div class="tags">{"".join(f"<span>{esc(t)}</span>" for t in text(spec, "tags"))}</div>'
        f"<h2>{len(answers)} {esc(text(spec, 'replies_l'))}</h2>{''.join(answers)}</main>"
    )
    drafts[thread] = (
        document(
            spec.lang,
            f"{fill(spec, Sheet(), text(spec, 'q_title'), b, raw=True)} - {forum}",
            question,
            head,
        ),
        s,
    )
    s = Sheet()
    listing = (
        f'<header class="cm-top"><b>{esc(forum)}</b></header><main class="cm"><h1>{esc(text(spec, "latest_l"))}</h1><ul class="threads">'
        f'<li><a href="{thread}">{fill(spec, s, text(spec, "q_title"), b)}</a></li>'
        + "".join(f"<li>{esc(t)}</li>" for t in text(spec, "other"))
        + "</ul></main>"
    )
    drafts["/"] = (document(spec.lang, forum, listing, head), s)
    s = Sheet()
    drafts["/support"] = (
        document(
            spec.lang,
            f"{text(spec, 'support_h')} - {forum}",
            f'<main class="cm"><h1>{esc(text(spec, "support_h"))}</h1>{paras(spec, s, "support", b)}</main>',
            head,
        ),
        s,
    )
    return drafts


# --- pdf_textlayer: a pdf.js viewer whose text runs split the number --------------------


@branded
def pdf_textlayer(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    s = Sheet()
    spans = []
    top = 72.0
    for line in text(spec, "lines"):
        raw = fill(spec, s, line, b, raw=True)
        # pdf.js emits a run per glyph group: numbers break at their dashes and spaces.
        breaks = {i for i in range(1, len(raw)) if raw[i - 1] in "- " and raw[i].isdigit()}
        cuts = sorted(breaks | set(rng.sample(range(1, len(raw)), min(2, len(raw) - 1))))
        left = 56.0
        for start, end in zip([0, *cuts], [*cuts, len(raw)], strict=True):
            spans.append(
                f'<span style="left: {left:.2f}px; top: {top:.2f}px; font-size: 14.67px; font-family: sans-serif; transform: scaleX(0.98);" role="presentation" dir="ltr">{esc(raw[start:end])}</span>'
            )
            left += (end - start) * 7.4
        top += 22.5
    viewer = (
        f'<div id="outerContainer"><div id="toolbarContainer"><span id="title">{esc(text(spec, "file"))}</span></div>'
        f'<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"><div class="page" data-page-number="1" data-loaded="true" style="width: 816px; height: 1056px;">'
        f'<div class="canvasWrapper"><canvas width="1632" height="2112" style="width: 816px; height: 1056px;"></canvas></div>'
        f'<div class="textLayer" style="width: 816px; height: 1056px; --scale-factor: 1.33;">{"".join(spans)}</div></div></div></div></div>'
    )
    head = '<link rel="resource" type="application/l10n" href="locale/locale.json">\n<link rel="stylesheet" href="viewer.css">\n<script src="../build/pdf.mjs" type="module"></script>\n'
    drafts: Drafts = {
        "/": (document(spec.lang, text(spec, "file"), viewer, head, ' tabindex="1"'), s)
    }
    s = Sheet()
    drafts["/help/"] = (
        document(
            spec.lang,
            text(spec, "help_h"),
            f'<main><h1>{esc(text(spec, "help_h"))}</h1>{paras(spec, s, "help", b)}<p><a href="/">PDF</a></p></main>',
        ),
        s,
    )
    return drafts


# --- callback_ld: unbranded help; number only in a national tel: link and JSON-LD -------


@branded
def callback_ld(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    paths = ["/", spec.opt("services_path", "/diensten"), "/contact"]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    head = '<link rel="stylesheet" href="/css/main.min.css?v=3">\n'
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        ld = ""
        if index == 0:
            data = {
                "@context": "https://schema.org",
                "@type": "LocalBusiness",
                "name": spec.name,
                "telephone": write(s.hidden(own), "intl"),
                "priceRange": "€€",
                "areaServed": spec.country,
                "openingHours": "Mo-Su 08:00-22:00",
            }
            ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
            main = (
                f'<section class="hero"><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead")}'
                f'<ul class="usp">{"".join(f"<li>{esc(u)}</li>" for u in text(spec, "usps"))}</ul></section>'
                f'<section class="callback"><h2>{esc(text(spec, "form_h"))}</h2><form method="post" action="/terugbellen"><input name="naam"><input name="telefoon" type="tel"><button>{esc(text(spec, "form_btn"))}</button></form><p>{esc(text(spec, "form_note"))}</p></section>'
            )
        elif index == 1:
            rows = "".join(
                f"<tr><td>{esc(a)}</td><td>{esc(p)}</td></tr>" for a, p in text(spec, "services")
            )
            main = f'<h1>{esc(links[1][1])}</h1><table class="services">{rows}</table>{paras(spec, s, "services_note")}'
        else:
            main = f'<h1>{esc(links[2][1])}</h1>{paras(spec, s, "contact")}<p class="hours">{esc(text(spec, "hours"))}</p>'
        top = f'<header class="top"><a class="logo" href="/">{esc(spec.name)}</a>{nav(links, "menu")}<a class="btn-call" href="tel:{national_digits(s.hidden(own))}">☎ {esc(text(spec, "call_label"))}</a></header>'
        foot = f"<footer>{esc(spec.name)} · {esc(text(spec, 'reg'))}</footer>{widgets.cookie_banner(spec.lang)}"
        drafts[path] = (
            document(spec.lang, f"{links[index][1]} | {spec.name}", top + main + foot, head + ld),
            s,
        )
    return drafts


# --- apple_id_lock: a locked-account page with a modal ---------------------------------


@branded
def apple_id_lock(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    head = "<style>body{font-family:-apple-system,'SF Pro Text',Helvetica;background:#f5f5f7}.ac-gn{background:#1d1d1f;height:44px}.modal{position:fixed;inset:0;background:rgba(0,0,0,.55)}</style>\n"
    globalnav = (
        '<nav id="ac-globalnav" class="ac-gn" role="navigation" aria-label="Global"><ul class="ac-gn-list">'
        + "".join(
            f'<li class="ac-gn-item"><a class="ac-gn-link" href="/support">{esc(x)}</a></li>'
            for x in text(spec, "gn")
        )
        + "</ul></nav>"
    )
    s = Sheet()
    case = f"{rng.randint(100000000, 999999999)}"
    home = (
        f'{globalnav}<div class="banner-red" role="alert">{fill(spec, s, text(spec, "banner"), b)}</div>'
        f'<main class="signin"><h1>{esc(text(spec, "h1").format(b=b))}</h1>{paras(spec, s, "lead", b)}'
        f'<form class="si"><input type="email" placeholder="{esc(text(spec, "id_l").format(b=b))}"><input type="password"><button disabled>{esc(text(spec, "signin"))}</button></form></main>'
        f'<div class="modal" role="dialog" aria-modal="true"><div class="modal-box"><h2>{esc(text(spec, "modal_h"))}</h2>{paras(spec, s, "modal", b)}'
        f'<p class="case">{esc(text(spec, "case_l"))}: {case}</p></div></div>'
    )
    drafts: Drafts = {"/": (document(spec.lang, text(spec, "title").format(b=b), home, head), s)}
    s = Sheet()
    support = f'{globalnav}<main class="support"><h1>{esc(text(spec, "support_h").format(b=b))}</h1>{paras(spec, s, "support", b)}</main><footer>{esc(text(spec, "foot").format(b=b))}</footer>'
    drafts["/support"] = (
        document(spec.lang, text(spec, "support_h").format(b=b), support, head),
        s,
    )
    return drafts


# --- amp_call: an AMP page, number in amp-state JSON and the call button ---------------


AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
    "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>\n"
    '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
    '<script async custom-element="amp-bind" src="https://cdn.ampproject.org/v0/amp-bind-0.1.js"></script>\n'
)


def _amp(lang: str, title: str, canonical: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" amp>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
        f'<title>{esc(title)}</title>\n<link rel="canonical" href="{esc(canonical)}">\n{AMP_BOILERPLATE}'
        "<style amp-custom>.call{display:block;background:#0096d6;color:#fff;padding:14px;text-align:center}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


@branded
def amp_call(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    own = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", "/contact-us"):
        s = Sheet()
        state = {"phone": write(s.hidden(own), "intl_compact"), "agent": "online"}
        call = f'<a class="call" href="tel:{own}" [href]="\'tel:\' + support.phone">{fill(spec, s, text(spec, "call_l"), b)}</a>'
        if path == "/":
            inner = (
                f"<h1>{esc(text(spec, 'h1').format(b=b))}</h1>{paras(spec, s, 'lead', b)}{call}"
                f'<ol class="steps">{"".join(f"<li>{esc(x.format(b=b))}</li>" for x in text(spec, "steps"))}</ol>'
                f'<p><a href="/contact-us">{esc(text(spec, "contact_h"))}</a></p>'
            )
        else:
            inner = f"<h1>{esc(text(spec, 'contact_h'))}</h1>{paras(spec, s, 'contact', b)}{call}"
        body = (
            f'<amp-state id="support"><script type="application/json">{json.dumps(state)}</script></amp-state>'
            f'<header class="amp-head"><amp-img src="/img/logo.png" width="120" height="32" alt="{esc(spec.name)}"></amp-img></header><main>{inner}</main>'
            f"<footer><small>{esc(text(spec, 'foot').format(b=b))}</small></footer>"
        )
        drafts[path] = (
            _amp(spec.lang, text(spec, "title").format(b=b), f"https://{spec.host}{path}", body),
            s,
        )
    return drafts


# --- link_in_bio: a page of call, WhatsApp and booking buttons --------------------------


@branded
def link_in_bio(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    head = "<style>body{background:linear-gradient(#2b5876,#4e4376);font-family:Inter,sans-serif;color:#fff}.lk{display:block;margin:12px auto;max-width:420px;padding:16px;border-radius:28px;background:#fff;color:#222;text-align:center}</style>\n"
    s = Sheet()
    buttons = []
    for label, kind in text(spec, "links"):
        if kind == "tel":
            buttons.append(
                f'<a class="lk" href="tel:{national_digits(s.hidden(own))}">{esc(label)}</a>'
            )
        elif kind == "wa":
            buttons.append(
                f'<a class="lk" href="https://wa.me/{s.hidden(own).lstrip("+")}?text=Hallo">{esc(label)}</a>'
            )
        else:
            buttons.append(f'<a class="lk" href="/contact">{esc(label)}</a>')
    home = (
        f'<main class="bio"><img class="avatar" src="/img/avatar.webp" alt="{esc(spec.name)}" width="96"><h1>{esc(spec.name)}</h1>'
        f'<p class="bio-text">{esc(text(spec, "bio"))}</p>{"".join(buttons)}<p class="made">{esc(text(spec, "made"))}</p></main>'
    )
    drafts: Drafts = {
        "/": (document(spec.lang, f"{spec.name} | {text(spec, 'bio')}", home, head), s)
    }
    s = Sheet()
    contact = (
        f'<main class="bio"><h1>{esc(text(spec, "contact_h"))}</h1>{paras(spec, s, "contact")}'
        f'<form><input name="naam"><input name="tel" type="tel"><textarea name="probleem"></textarea><button>OK</button></form>'
        f'<a class="lk" href="tel:{national_digits(s.hidden(own))}">{esc(text(spec, "links")[0][0])}</a></main>'
    )
    drafts["/contact"] = (
        document(spec.lang, f"{text(spec, 'contact_h')} | {spec.name}", contact, head),
        s,
    )
    return drafts


TEMPLATES = {
    "elementor_booking": elementor_booking,
    "squarespace_trust": squarespace_trust,
    "renew_countdown": renew_countdown,
    "defender_dialog": defender_dialog,
    "canvas_locker": canvas_locker,
    "i18n_locker": i18n_locker,
    "update_url": update_url,
    "community_spam": community_spam,
    "pdf_textlayer": pdf_textlayer,
    "callback_ld": callback_ld,
    "apple_id_lock": apple_id_lock,
    "amp_call": amp_call,
    "link_in_bio": link_in_bio,
}
