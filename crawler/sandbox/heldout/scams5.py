"""Fifth batch of held-out scam templates: ten page shells no earlier batch uses.

ghost_helpdesk (a Ghost blog whose callout and button cards carry the number),
joomla_helpdesk (a Joomla 4 Cassiopeia site with the number in a sidebar module),
drupal_store_refund (a Drupal/Olivero "Microsoft Store" order and refund page),
svg_voice_scan (a fake antivirus scan with a spoken number, an SVG <text> and a
<marquee>), activation_expired (a Windows activation settings page with a call
watermark), icloud_storage (an iCloud "storage full" meter that asks for a call),
hugo_printer (a Hugo static printer-driver download guide with an error box),
whatsapp_helpdesk (a Google Sites-like page reachable only through wa.me links),
table_1990s (a 1990s table-and-font page on an aged, bought domain) and oxygen_footer
(a WordPress Oxygen builder helpdesk under a real-looking Dutch company's copied footer).
Wording comes from each site's opts.text in sites5.toml; numbers go through the Sheet.
"""

from __future__ import annotations

from random import Random

from crawler.sandbox.heldout.scams import bname
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str, text
from crawler.sandbox.heldout.texts5 import blocks, fill5, line, lock_js5


def _contact_page(spec: Spec, wrap, b: str) -> tuple[str, Sheet]:  # noqa: ANN001
    s = Sheet()
    main = f"<h1>{esc(text(spec, 'contact_h'))}</h1>{blocks(spec, s, 'contact', b)}"
    return wrap(text(spec, "contact_h"), main, s), s


# --- ghost_helpdesk: a Ghost blog with callout and button cards ------------------------


@branded
def ghost_helpdesk(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    own = spec.phones[0]
    head = (
        '<meta name="generator" content="Ghost 5.82">\n'
        f'<link rel="stylesheet" href="/assets/built/screen.css?v={rng.randint(10000, 99999)}">\n'
        '<link rel="stylesheet" href="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js">\n'
    )

    def wrap(title: str, main: str, s: Sheet) -> str:
        body = (
            f'<div class="gh-site"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
            f'<a class="gh-head-logo" href="/">{esc(spec.name)}</a><nav class="gh-head-menu"><ul class="nav">'
            f'<li class="nav-home"><a href="/">{esc(text(spec, "home_l"))}</a></li><li class="nav-contact"><a href="/contact/">{esc(text(spec, "contact_h"))}</a></li></ul></nav></div></header>'
            f'<main id="gh-main" class="gh-main"><article class="gh-article post"><div class="gh-content gh-canvas">{main}</div></article></main>'
            f'<footer class="gh-foot outer"><div class="gh-foot-inner inner">{esc(spec.name)} © 2026 · Powered by <a href="https://ghost.org/">Ghost</a></div></footer></div>'
        )
        return document(spec.lang, f"{title} – {spec.name}", body, head, ' class="post-template"')

    s = Sheet()
    main = (
        f'<header class="gh-article-header"><h1 class="gh-article-title">{esc(text(spec, "h1"))}</h1>'
        f'<p class="gh-article-excerpt">{esc(text(spec, "tagline"))}</p></header>'
        f"{blocks(spec, s, 'body', b)}"
        f'<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📞</div>'
        f'<div class="kg-callout-text">{line(spec, s, "callout", b)}</div></div>'
        f'<div class="kg-card kg-button-card kg-align-center"><a href="tel:{s.hidden(own)}" class="kg-btn kg-btn-accent">{esc(text(spec, "button"))}</a></div>'
    )
    return {
        "/": (wrap(text(spec, "h1"), main, s), s),
        "/contact/": _contact_page(spec, wrap, b),
    }


# --- joomla_helpdesk: Joomla 4 Cassiopeia with a sidebar module -------------------------


@branded
def joomla_helpdesk(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    contact = spec.opt("contact_path", "/index.php/kontakt")
    head = (
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        '<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet">\n'
        '<script type="application/json" class="joomla-script-options new">{"system.paths":{"root":"","base":""}}</script>\n'
    )

    def wrap(title: str, main: str, s: Sheet) -> str:
        module = (
            f'<div class="sidebar-right card"><h3 class="card-header">{esc(text(spec, "module_h"))}</h3>'
            f'<div id="mod-custom{rng.randint(100, 999)}" class="mod-custom custom card-body">'
            f'<img src="/images/hotline.png" alt="{esc(text(spec, "module_h"))}" width="60">{blocks(spec, s, "module", b)}</div></div>'
        )
        body = (
            f'<header class="header container-header full-width"><div class="navbar-brand"><a class="brand-logo" href="/">{esc(spec.name)}</a></div>'
            f'<nav class="mod-menu mod-list nav"><a href="/">{esc(text(spec, "home_l"))}</a><a href="{contact}">{esc(text(spec, "contact_h"))}</a></nav></header>'
            f'<div class="site-grid"><div class="grid-child container-component"><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
            f"{main}</div></main></div>{module}</div>"
            f'<footer class="container-footer footer full-width"><div class="grid-child">© 2026 {esc(spec.name)}</div></footer>'
        )
        return document(
            spec.lang,
            title,
            body,
            head,
            ' class="site com_content wrapper-static view-article layout-cassiopeia"',
        )

    s = Sheet()
    main = f'<div class="page-header"><h1 itemprop="headline">{esc(text(spec, "h1"))}</h1></div><div itemprop="articleBody" class="com-content-article__body">{blocks(spec, s, "body", b)}</div>'
    return {"/": (wrap(text(spec, "title"), main, s), s), contact: _contact_page(spec, wrap, b)}


# --- drupal_store_refund: a Drupal/Olivero order and refund page -----------------------


@branded
def drupal_store_refund(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    head = (
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero3kq.css">\n'
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"en"}}</script>\n'
    )
    order = f"{spec.opt('order_prefix', 'MS')}-{rng.randint(1000000000, 9999999999)}"

    def wrap(title: str, main: str, s: Sheet) -> str:
        body = (
            f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper">'
            f'<header id="header" class="site-header" data-drupal-selector="site-header"><div class="site-branding__text"><a href="/" rel="home">{esc(spec.name)}</a></div>'
            f'<nav class="primary-nav"><a href="/">{esc(text(spec, "home_l"))}</a> <a href="/support/refund">{esc(text(spec, "refund_h"))}</a></nav></header>'
            f'<main role="main"><div class="region region--content-above"></div><div class="region region--content" id="content">'
            f'<article data-history-node-id="{rng.randint(100, 999)}" class="node node--type-page node--view-mode-full"><div class="node__content text-content clearfix">{main}</div></article></div></main>'
            f'<footer class="site-footer"><div class="region region--footer-bottom">{esc(text(spec, "foot"))}</div></footer></div></div>'
        )
        return document(
            spec.lang,
            f"{title} | {spec.name}",
            body,
            head,
            ' class="path-node page-node-type-page"',
        )

    s = Sheet()
    rows = "".join(
        f"<tr><td>{esc(item)}</td><td>{esc(price)}</td></tr>" for item, price in text(spec, "items")
    )
    main = (
        f'<h1 class="title page-title">{esc(text(spec, "h1"))}</h1>{blocks(spec, s, "lead", b)}'
        f'<table class="order"><caption>{esc(text(spec, "order_l"))}: {order}</caption>{rows}'
        f'<tr class="total"><th>Total</th><th>{esc(text(spec, "total"))}</th></tr></table>'
        f'<div class="messages messages--warning" role="contentinfo">{line(spec, s, "notice", b)}</div>'
    )
    drafts: Drafts = {"/": (wrap(text(spec, "h1"), main, s), s)}
    s = Sheet()
    refund = f'<h1 class="title page-title">{esc(text(spec, "refund_h"))}</h1>{blocks(spec, s, "refund", b)}'
    drafts["/support/refund"] = (wrap(text(spec, "refund_h"), refund, s), s)
    return drafts


# --- svg_voice_scan: a fake scan with a spoken number, SVG text and a marquee ----------


@branded
def svg_voice_scan(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    s = Sheet()
    code = spec.opt("code", "0x80042A17")
    voice = fill5(spec, s, text(spec, "voice"), b, raw=True)
    rows = "".join(
        f'<tr><td class="f">{esc(f)}</td><td class="t">{esc(t)}</td></tr>'
        for f, t in text(spec, "found")
    )
    svg = (
        '<svg class="shield" width="420" height="120" viewBox="0 0 420 120" role="img">'
        '<rect width="420" height="120" rx="10" fill="#c4161c"/>'
        f'<text x="210" y="48" text-anchor="middle" fill="#fff" font-size="22">{line(spec, s, "svg_1", b)}</text>'
        f'<text x="210" y="88" text-anchor="middle" fill="#ff0" font-size="30">{line(spec, s, "svg_2", b)}</text></svg>'
    )
    page = (
        f'<div class="av-window"><div class="av-bar">{esc(text(spec, "app"))}</div>'
        f'<h1>{esc(text(spec, "h1"))}</h1><div class="progress"><div class="fill" style="width:100%"></div></div>'
        f'<table class="found">{rows}</table>{svg}<p class="code">Error code: {code}</p></div>'
        f'<marquee behavior="scroll" direction="left" scrollamount="8" class="ticker">{line(spec, s, "marquee", b)}</marquee>'
        "<script>\n(function(){var say=" + json_str(voice) + ";\n"
        "function speak(){try{var u=new SpeechSynthesisUtterance(say);u.lang="
        + json_str(spec.opt("voice_lang", "en-US"))
        + ";u.rate=0.9;speechSynthesis.cancel();speechSynthesis.speak(u);}catch(e){}}\n"
        "speak();setInterval(speak,16000);document.addEventListener('click',speak);})();\n</script>"
        + lock_js5(fill5(spec, s, text(spec, "confirm"), b, raw=True), code)
    )
    head = "<style>body{margin:0;background:#111;color:#eee;font-family:Tahoma,sans-serif}.av-window{max-width:640px;margin:40px auto;background:#1d1d1d;padding:20px}.ticker{position:fixed;bottom:0;background:#c4161c;color:#fff;font-size:20px}</style>\n"
    return {"/": (document(spec.lang, text(spec, "title"), page, head), s)}


# --- activation_expired: a Windows activation page with a call watermark ----------------


@branded
def activation_expired(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    s = Sheet()
    code = spec.opt("code", "0xC004F074")
    key = "-".join(
        "".join(rng.choice("BCDFGHJKMPQRTVWXY2346789") for _ in range(5)) for _ in range(5)
    )
    rows = "".join(
        f"<dt>{esc(k)}</dt><dd>{esc(v.replace('{key}', key))}</dd>" for k, v in text(spec, "facts")
    )
    page = (
        f'<div class="settings"><aside class="settings-nav"><div class="me">{esc(text(spec, "app"))}</div>'
        + "".join(f"<a>{esc(x)}</a>" for x in text(spec, "nav"))
        + f'</aside><section class="settings-page"><h1>{esc(text(spec, "h1"))}</h1>'
        f'<div class="state bad"><span class="icon">&#10006;</span> {esc(text(spec, "state"))}</div><dl class="facts">{rows}</dl>'
        f'{blocks(spec, s, "body", b)}<p class="err">{esc(text(spec, "code_l"))}: {code} · 0x8007232B</p></section></div>'
        f'<div class="watermark" aria-hidden="false"><div class="wm-1">{esc(text(spec, "wm_h"))}</div><div class="wm-2">{line(spec, s, "watermark", b)}</div></div>'
        + lock_js5(fill5(spec, s, text(spec, "confirm"), b, raw=True), code)
    )
    head = "<style>body{margin:0;font-family:'Segoe UI Variable','Segoe UI';background:#f3f3f3}.settings{display:flex;min-height:100vh}.watermark{position:fixed;right:28px;bottom:40px;color:rgba(0,0,0,.55);font-size:18px}</style>\n"
    return {"/": (document(spec.lang, text(spec, "title"), page, head), s)}


# --- icloud_storage: an iCloud storage-full meter asking for a call ---------------------


@branded
def icloud_storage(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    s = Sheet()
    code = spec.opt("code", "0x8E1C04")
    segs = "".join(
        f'<span class="seg" style="width:{w}%;background:{c}" title="{esc(n)}"></span>'
        for n, w, c in text(spec, "segments")
    )
    legend = "".join(f"<li>{esc(n)}</li>" for n, _, _ in text(spec, "segments"))
    page = (
        f'<div class="ic-top"><span class="apple">&#63743;</span> iCloud</div>'
        f'<main class="ic"><h1>{esc(text(spec, "h1"))}</h1><p class="used">{esc(text(spec, "used"))}</p>'
        f'<div class="meter" role="meter" aria-valuenow="100">{segs}</div><ul class="legend">{legend}</ul>'
        f"{blocks(spec, s, 'body', b)}"
        f'<div class="ic-alert" role="alert"><h2>{esc(text(spec, "alert_h"))}</h2><p>{line(spec, s, "call", b)}</p>'
        f'<button class="ic-btn" data-phone="{s.hidden(spec.phones[0])}">{esc(text(spec, "btn"))}</button><p class="code">{code}</p></div></main>'
        + lock_js5(fill5(spec, s, text(spec, "confirm"), b, raw=True), "0x8" + code[3:])
    )
    head = "<style>body{margin:0;font-family:-apple-system,'SF Pro Text',sans-serif;background:#f5f5f7}.meter{display:flex;height:22px;border-radius:6px;overflow:hidden}.ic-alert{background:#fff;border:2px solid #ff3b30;padding:16px;border-radius:14px}</style>\n"
    return {"/": (document(spec.lang, text(spec, "title"), page, head), s)}


# --- hugo_printer: a Hugo static printer-driver guide with an error box -----------------


@branded
def hugo_printer(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    post = spec.opt("post_path", "/posts/install-printer-driver/")
    head = (
        '<meta name="generator" content="Hugo 0.121.1">\n'
        '<link rel="stylesheet" href="/css/main.min.3c7b2a.css" integrity="sha256-placeholder">\n'
        f'<link rel="canonical" href="https://{spec.host}{post}">\n'
    )

    def wrap(title: str, main: str, s: Sheet) -> str:
        body = (
            f'<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h">{esc(spec.name)}</a></div>'
            f'<ul id="menu"><li><a href="{post}"><span>{esc(text(spec, "guide_l"))}</span></a></li><li><a href="/contact/"><span>{esc(text(spec, "contact_h"))}</span></a></li></ul></nav></header>'
            f'<main class="main">{main}</main>'
            f'<footer class="footer"><span>© 2026 <a href="/">{esc(spec.name)}</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; PaperMod</span></footer>'
        )
        return document(spec.lang, f"{title} | {spec.name}", body, head, ' class="list dark"')

    s = Sheet()
    home = (
        f'<header class="page-header"><h1>{esc(text(spec, "h1"))}</h1></header>{blocks(spec, s, "home", b)}'
        f'<article class="post-entry"><header class="entry-header"><h2>{esc(text(spec, "guide_l"))}</h2></header><a class="entry-link" href="{post}"></a></article>'
    )
    drafts: Drafts = {"/": (wrap(text(spec, "h1"), home, s), s)}
    s = Sheet()
    toc = "".join(
        f'<li><a href="#step-{i}">{esc(t)}</a></li>' for i, t in enumerate(text(spec, "steps"), 1)
    )
    steps = "".join(
        f'<h3 id="step-{i}">{i}. {esc(t)}</h3>' for i, t in enumerate(text(spec, "steps"), 1)
    )
    article = (
        f'<article class="post-single"><header class="post-header"><h1 class="post-title">{esc(text(spec, "guide_l"))}</h1>'
        f'<div class="post-meta"><span title="2026-01-09">January 9, 2026</span>&nbsp;·&nbsp;4 min</div></header>'
        f'<div class="toc"><details open><summary>Table of Contents</summary><ul>{toc}</ul></details></div>'
        f'<div class="post-content">{steps}'
        f'<div class="notice error"><p class="notice-title">{esc(text(spec, "error_h"))}</p><pre><code>{esc(text(spec, "error_code"))}</code></pre>'
        f"<p>{line(spec, s, 'error', b)}</p></div>{blocks(spec, s, 'body', b)}</div></article>"
    )
    drafts[post] = (wrap(text(spec, "guide_l"), article, s), s)
    drafts["/contact/"] = _contact_page(spec, wrap, b)
    return drafts


# --- whatsapp_helpdesk: a Google Sites-like page reachable only through wa.me ----------


@branded
def whatsapp_helpdesk(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    head = (
        '<meta property="og:site_name" content="Google Sites">\n'
        '<link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7p0a4bl0y6tp.L.X.O/d=1/rs=AGEqA5l.css">\n'
    )

    def wrap(title: str, main: str, s: Sheet) -> str:
        body = (
            f'<div class="UtePc RCETm" jsname="bF1uUb"><header class="BbxBP" jsname="WxNDG"><div class="Xpil1b">{esc(spec.name)}</div>'
            f'<nav class="JzO0Vc"><ul><li><a class="aJHbb" href="/">{esc(text(spec, "home_l"))}</a></li><li><a class="aJHbb" href="/contact">{esc(text(spec, "contact_h"))}</a></li></ul></nav></header>'
            f'<div role="main" class="t3iYD"><section class="yaqOZd" id="h.{rng.randint(1000, 9999)}abc"><div class="tyJCtd mGzaTb Depvyb baZpAe">{main}</div></section></div>'
            f'<div class="dZA9kd ynRLnc" data-last-updated="true">{esc(text(spec, "updated"))}</div></div>'
        )
        return document(
            spec.lang,
            title,
            body,
            head,
            ' itemscope itemtype="http://schema.org/WebPage" id="yDmH0d"',
        )

    s = Sheet()
    main = (
        f'<h1 id="h.hero" class="zfr3Q duRjpb">{esc(text(spec, "h1"))}</h1>{blocks(spec, s, "body", b)}'
        f'<div class="U26fgb wa-button"><a class="XqQF9c" href="https://wa.me/{s.hidden(spec.phones[0])[1:]}?text={esc(text(spec, "wa_text"))}" target="_blank">{esc(text(spec, "wa_btn"))}</a></div>'
    )
    return {"/": (wrap(spec.name, main, s), s), "/contact": _contact_page(spec, wrap, b)}


# --- table_1990s: a table-and-font page on an aged, bought domain -----------------------


@branded
def table_1990s(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)

    def wrap(title: str, main: str, s: Sheet) -> str:
        body = (
            '<center><table width="760" border="0" cellpadding="4" cellspacing="0" bgcolor="#FFFFFF">'
            f'<tr><td colspan="2" bgcolor="#000080"><font face="Arial" size="6" color="#FFFF00"><b>{esc(spec.name)}</b></font></td></tr>'
            f'<tr><td width="160" valign="top" bgcolor="#C0C0C0"><font face="Verdana" size="2"><a href="/">{esc(text(spec, "home_l"))}</a><br><a href="/contact.html">{esc(text(spec, "contact_h"))}</a><br>'
            f'<img src="/images/counter.gif?{rng.randint(10000, 99999)}" alt="visitors" width="88" height="31"></font></td>'
            f'<td valign="top"><font face="Times New Roman" size="3">{main}</font></td></tr>'
            f'<tr><td colspan="2" align="center"><font size="1">{esc(text(spec, "foot"))}</font></td></tr></table></center>'
        )
        return document(
            spec.lang,
            title,
            body,
            "",
            ' bgcolor="#008080" text="#000000" link="#0000FF" vlink="#800080"',
        )

    s = Sheet()
    rows = "".join(
        f'<tr><td bgcolor="#FFFFCC"><font face="Arial"><b>{esc(k)}</b></font></td><td bgcolor="#FFFFCC"><font face="Courier New" size="4">{fill5(spec, s, v, b)}</font></td></tr>'
        for k, v in text(spec, "lines")
    )
    main = (
        f'<h1><font color="#FF0000">{esc(text(spec, "h1"))}</font></h1>{blocks(spec, s, "body", b)}'
        f'<table border="1" cellpadding="6" cellspacing="0" width="100%">{rows}</table>'
        f'<p><img src="/images/new.gif" alt="NEW"> <font color="#FF0000"><blink>{line(spec, s, "blink", b)}</blink></font></p>'
    )
    return {
        "/": (wrap(text(spec, "title"), main, s), s),
        "/contact.html": _contact_page(spec, wrap, b),
    }


# --- oxygen_footer: a WordPress Oxygen helpdesk under a copied company footer -----------


@branded
def oxygen_footer(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    post = rng.randint(10, 99)
    head = (
        '<meta name="generator" content="WordPress 6.4.3">\n'
        f'<link rel="stylesheet" id="oxygen-universal-styles-css" href="/wp-content/uploads/oxygen/css/universal.css?cache=17{rng.randint(10000000, 99999999)}&amp;ver=6.4.3" type="text/css" media="all">\n'
        '<link rel="stylesheet" id="oxygen-css" href="/wp-content/plugins/oxygen/component-framework/oxygen.css?ver=4.8.1" type="text/css" media="all">\n'
    )

    def wrap(title: str, main: str, s: Sheet) -> str:
        footer = "".join(
            f'<div id="div_block-{post + i}-7" class="ct-div-block footer-col"><h4 class="ct-headline">{esc(h)}</h4>'
            + "".join(f'<div class="ct-text-block">{esc(x)}</div>' for x in xs)
            + "</div>"
            for i, (h, xs) in enumerate(text(spec, "footer"))
        )
        body = (
            f'<header id="_header-{post}-7" class="oxy-header-wrapper oxy-overlay-header oxy-header"><div class="oxy-header-row"><div class="oxy-header-container">'
            f'<a id="link-{post}-7" class="ct-link-text" href="/">{esc(spec.name)}</a><nav class="oxy-nav-menu"><a href="/">{esc(text(spec, "home_l"))}</a> <a href="/contact/">{esc(text(spec, "contact_h"))}</a></nav></div></div></header>'
            f'<section id="section-{post}-7" class=" ct-section"><div class="ct-section-inner-wrap">{main}</div></section>'
            f'<section id="section-{post + 40}-7" class=" ct-section site-footer"><div class="ct-section-inner-wrap footer-grid">{footer}</div>'
            f'<div class="ct-text-block copyright">{esc(text(spec, "copyright"))}</div></section>'
        )
        return document(
            spec.lang,
            f"{title} – {spec.name}",
            body,
            head,
            ' class="home page-template-default page oxygen-body"',
        )

    s = Sheet()
    main = (
        f'<h1 id="headline-{post}-7" class="ct-headline">{esc(text(spec, "h1"))}</h1>'
        f'<div id="text_block-{post}-7" class="ct-text-block">{blocks(spec, s, "body", b)}</div>'
        f'<a id="link_button-{post}-7" class="ct-link-button" href="tel:{s.hidden(spec.phones[0])}">{line(spec, s, "button", b)}</a>'
    )
    return {"/": (wrap(text(spec, "h1"), main, s), s), "/contact/": _contact_page(spec, wrap, b)}


TEMPLATES = {
    "ghost_helpdesk": ghost_helpdesk,
    "joomla_helpdesk": joomla_helpdesk,
    "drupal_store_refund": drupal_store_refund,
    "svg_voice_scan": svg_voice_scan,
    "activation_expired": activation_expired,
    "icloud_storage": icloud_storage,
    "hugo_printer": hugo_printer,
    "whatsapp_helpdesk": whatsapp_helpdesk,
    "table_1990s": table_1990s,
    "oxygen_footer": oxygen_footer,
}
