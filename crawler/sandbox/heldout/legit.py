"""Hard negatives of the held-out web: honest sites that look like, or talk about, scams.

Official support pages and IT partners quote brands' genuine numbers; news, forums,
number-lookup directories and warning pages quote the scam numbers the held-out scams
offer (so quoting really links them); repair shops and small businesses share the
themes, chat widgets and trust footers the scams copy.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import themes, widgets
from crawler.sandbox.heldout.numbers import national_digits
from crawler.sandbox.heldout.phrases import pick
from crawler.sandbox.heldout.scams import BRAND_NAMES
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec


def _named(spec: Spec, text: str) -> Sheet:
    """A sheet carrying those of the site's brands that `text` names."""
    s = Sheet()
    s.brand(*(b for b in spec.brands if BRAND_NAMES[b].lower() in text.lower()))
    return s


def _sheet(spec: Spec, brands: tuple[str, ...] | None = None) -> Sheet:
    s = Sheet()
    s.brand(*(spec.brands if brands is None else brands))
    return s


# --- official brand support: genuine numbers per country --------------------------------


def official_support(spec: Spec, rng: Random) -> Drafts:
    b = BRAND_NAMES[spec.brands[0]]
    drafts: Drafts = {}
    locales = spec.opt("locales")  # (path, lang, country name, phone index, style)
    s0 = _sheet(spec)
    links = "".join(
        f'<li><a href="{p}" hreflang="{lang}">{esc(country)}</a></li>'
        for p, lang, country, _, _ in locales
    )
    main = f'<h1>{esc(b)} Support</h1><p>Choose your country or region to see the support options available to you.</p><ul class="locale-list">{links}</ul>'
    parts = themes.Parts(
        "en", f"Contact {b} Support", f"{b} Support", main, [], "", f"© 2025 {esc(b)}"
    )
    drafts["/"] = (themes.plain(parts, "body{font-family:system-ui,sans-serif}"), s0)
    for path, lang, country, idx, style in locales:
        s = _sheet(spec)
        h1, call, note = pick("official_support", lang, "h1", "call", "note")
        number = spec.phones[idx]
        main = (
            f'<nav class="breadcrumb"><a href="/">{esc(b)} Support</a> › {esc(country)}</nav><h1>{esc(h1)}</h1>'
            f'<div class="contact-option"><h2>{esc(call)}</h2><p class="number">{s.tel(number, s.num(number, style))}</p></div>'
            f'<p class="scam-note">{esc(note.format(b=b))}</p>'
        )
        parts = themes.Parts(
            lang,
            f"{h1} – {b} ({country})",
            f"{b} Support",
            main,
            [],
            "",
            f"© 2025 {esc(b)} · {esc(country)}",
        )
        drafts[path] = (themes.plain(parts, "body{font-family:system-ui,sans-serif}"), s)
    return drafts


# --- IT partner / reseller: own number, quotes genuine brand numbers -------------------


def it_partner(spec: Spec, rng: Random) -> Drafts:
    title, h1, lead, vendor_h, vendor_p, desk, contact = pick(
        "it_partner", spec.lang, "title", "h1", "lead", "vendor_h", "vendor_p", "desk", "contact"
    )
    own = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", "/contact", "/support"):
        s = _sheet(spec, ("microsoft",))
        desk_line = f'<p class="desk">{esc(desk)}: {s.tel(own, s.num(own, spec.opt("style", "national")), national=True)}</p>'
        main = f"<h1>{esc(h1)}</h1><p>{esc(lead)}</p>{desk_line}"
        if path == "/support":
            s.brand(*(brand for brand, _, _ in spec.opt("vendor_numbers")))
            rows = "".join(
                f"<li>{esc(BRAND_NAMES[brand])}: {s.num(spec.quoted[i], style, offered=False)}</li>"
                for brand, i, style in spec.opt("vendor_numbers")
            )
            main += f'<h2>{esc(vendor_h)}</h2><p>{esc(vendor_p)}</p><ul class="vendors">{rows}</ul>'
            main += f'<p><a href="https://get.teamviewer.com/{spec.host.split(".")[0]}">TeamViewer QuickSupport</a></p>'
        if path == "/contact":
            main += f"<address>{esc(spec.opt('address', ''))}</address>"
        parts = themes.Parts(
            spec.lang,
            title.format(n=spec.name),
            spec.name,
            main,
            [("/", "Home"), ("/support", "Support"), ("/contact", contact)],
            "",
            widgets.trust_footer(spec.lang, spec.name, spec.opt("reg", ""), 2025),
        )
        drafts[path] = (
            themes.astra(parts) if spec.opt("shell") == "astra" else themes.plain(parts),
            s,
        )
    return drafts


# --- repair shops on one shared Elementor theme, with a chat widget ---------------------


def repair_elementor(spec: Spec, rng: Random) -> Drafts:
    title, h1, lead, services, call, hours, navl = pick(
        "repair_elementor", spec.lang, "title", "h1", "lead", "services", "call", "hours", "nav"
    )
    city = spec.opt("city", "")
    own = spec.phones[0]
    mobile = spec.phones[1] if len(spec.phones) > 1 else None
    paths = ["/", "/reparaties/" if spec.lang == "nl" else "/services/", "/contact/"]
    nav = list(zip(paths, navl, strict=True))
    drafts: Drafts = {}
    chat = {
        "tawk": widgets.tawk("62a1f0c7b0d10b6f3e8a1c2d/1g5k3l2m9"),
        "smartsupp": widgets.smartsupp("3f1a9c0e2b7d4a6f8e1c5b9d7a3f2e6c1b8d4a0f"),
        "livechat": widgets.livechat(15234781),
    }[spec.opt("chat", "tawk")]
    for path in paths:
        s = _sheet(spec)
        cards = "".join(
            themes.el_widget(
                "icon-box",
                f'<div class="elementor-icon-box-wrapper"><h3 class="elementor-icon-box-title"><span>{esc(x)}</span></h3></div>',
                f"{3 + i:02x}a{i}c1",
            )
            for i, x in enumerate(services)
        )
        head = themes.el_widget(
            "heading",
            f'<h1 class="elementor-heading-title elementor-size-default">{esc(h1.format(c=city))}</h1>',
            "6f2c1d0",
        )
        text = themes.el_widget("text-editor", f"<p>{esc(lead)}</p><p>{esc(hours)}</p>", "1b9e4a7")
        btn = themes.el_widget(
            "button",
            f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="tel:{national_digits(own)}"><span class="elementor-button-text">{esc(call)} {s.num(own, spec.opt("style", "national"))}</span></a></div>',
            "8d3a2f5",
        )
        main = themes.el_section(head + text + btn, "4e7b9c2")
        if path == paths[1]:
            main += themes.el_section(cards, "2a6d8e1", "elementor-section-full_width")
        if path == "/contact/":
            addr = themes.el_widget(
                "text-editor",
                f"<p>{esc(spec.opt('address', ''))}</p><p>{esc(spec.opt('reg', ''))}</p>",
                "5c8f0b3",
            )
            main += themes.el_section(addr, "7e1c4a9")
        footer = f"<p>{esc(spec.name)} · {esc(spec.opt('address', ''))} · {s.num(own, 'intl')}</p>"
        end = (
            chat
            + (widgets.whatsapp_float(s, mobile, "WhatsApp") if mobile else "")
            + widgets.cookie_banner(spec.lang)
        )
        parts = themes.Parts(
            spec.lang,
            title.format(n=spec.name, c=city),
            spec.name,
            main,
            nav,
            "",
            footer,
            body_end=end,
            page_id=7 if path == "/" else 21,
        )
        drafts[path] = (themes.elementor(parts), s)
    return drafts


# --- news articles about fake helpdesks that quote the scam numbers ----------------------


def news_article(spec: Spec, rng: Random) -> Drafts:
    headline, paras, byline = pick("news_article", spec.lang, "headline", "paras", "byline")
    styles = spec.opt("styles", ["national", "national", "national"])
    s = _sheet(spec)
    quoted = [s.num(n, styles[i], offered=False) for i, n in enumerate(spec.quoted[:3])]
    body = "".join(f"<p>{esc(p).format(*quoted) if '{' in p else esc(p)}</p>" for p in paras)
    art_path = spec.opt("path", "/nieuws/2025/10/nep-helpdesks/")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": "2025-10-14T07:30:00+02:00",
        "author": {"@type": "Organization", "name": spec.name},
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    main = (
        f'<article class="article"><header><h1 class="article__title">{esc(headline)}</h1><p class="byline">{esc(byline)} · <time datetime="2025-10-14">14 oktober 2025</time></p></header>'
        f'<div class="article__body">{body}</div></article>'
    )
    tip = spec.opt("tipline")
    footer = esc(f"© 2025 {spec.name}")
    if tip is not None:
        footer += f" · Tips: {s.num(spec.phones[tip], 'national')}"
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    latest, section = pick("news_article", spec.lang, "latest", "section")
    nav = [("/", "Home"), ("/binnenland/", section)]
    drafts: Drafts = {
        art_path: (
            themes.plain(
                themes.Parts(
                    spec.lang,
                    f"{headline} | {spec.name}",
                    spec.name,
                    main,
                    nav,
                    "",
                    footer,
                    head_extra=head,
                )
            ),
            s,
        )
    }
    for path in ("/", "/contact/"):
        p = _named(spec, headline) if path == "/" else Sheet()
        tail = esc(f"© 2025 {spec.name}") + (
            f" · Tips: {p.num(spec.phones[tip], 'national')}" if tip is not None else ""
        )
        if path == "/":
            body = f'<section class="teasers"><h2>{esc(latest)}</h2><ul><li><a href="{art_path}">{esc(headline)}</a></li><li><a href="/sport/">Sport</a></li></ul></section>'
        else:
            body = f"<h1>Contact</h1><p>redactie@{esc(spec.host.removeprefix('www.'))}</p>"
        drafts[path] = (
            themes.plain(
                themes.Parts(
                    spec.lang,
                    spec.name if path == "/" else f"Contact | {spec.name}",
                    spec.name,
                    body,
                    nav,
                    "",
                    tail,
                )
            ),
            p,
        )
    return drafts


# --- consumer forum threads ----------------------------------------------------------------


def forum_thread(spec: Spec, rng: Random) -> Drafts:
    title, posts = pick("forum_thread", spec.lang, "title", "posts")
    styles = spec.opt("styles", ["national", "national", "national"])
    s = _sheet(spec)
    quoted = [s.num(n, styles[i], offered=False) for i, n in enumerate(spec.quoted[:3])]
    items = "".join(
        f'<article class="message message--post" data-author="{esc(a)}" id="post-{1000 + i}"><div class="message-cell message-cell--user"><h4 class="message-name">{esc(a)}</h4></div>'
        f'<div class="message-cell message-cell--main"><div class="message-content"><div class="bbWrapper">{esc(t).format(*quoted)}</div></div></div></article>'
        for i, (a, t) in enumerate(posts)
    )
    path = spec.opt("path", "/threads/nep-helpdesk.48213/")
    main = f'<div class="p-body"><h1 class="p-title-value">{esc(title)}</h1><div class="block-body js-replyNewMessageContainer">{items}</div></div>'
    nav = [("/", "Forums"), ("/whats-new/", "What's new")]
    s_home = _named(spec, title)
    home = f'<h1>{esc(spec.name)}</h1><ol class="node-list"><li><a href="{path}">{esc(title)}</a></li></ol>'
    return {
        path: (
            themes.plain(themes.Parts(spec.lang, f"{title} | {spec.name}", spec.name, main, nav)),
            s,
        ),
        "/": (themes.plain(themes.Parts(spec.lang, spec.name, spec.name, home, nav)), s_home),
        "/misc/contact": (
            themes.plain(
                themes.Parts(
                    spec.lang,
                    f"Contact | {spec.name}",
                    spec.name,
                    "<h1>Contact</h1><form><textarea></textarea></form>",
                    nav,
                )
            ),
            Sheet(),
        ),
    }


# --- number-lookup directories ("wie belde mij?", tellows-style) -------------------------


def lookup_directory(spec: Spec, rng: Random) -> Drafts:
    title, recent, score_l, comments_l, bad, good, prefix, comments = pick(
        "lookup_directory",
        spec.lang,
        "title",
        "recent",
        "score",
        "comments_label",
        "bad",
        "good",
        "prefix",
        "comments",
    )
    bad_set = set(spec.opt("bad", []))
    drafts: Drafts = {}
    s = _sheet(spec)
    rows = []
    for n in spec.quoted:
        shown = s.num(n, spec.opt("style", "compact"), offered=False)
        verdict = bad if n in bad_set else good
        rows.append(
            f'<tr><td><a href="{prefix}{national_digits(n)}">{shown}</a></td><td class="score s{rng.randint(7, 9) if n in bad_set else rng.randint(1, 3)}">{esc(verdict)}</td><td>{rng.randint(2, 140)}</td></tr>'
        )
    main = (
        f'<h1>{esc(title)}</h1><form action="/zoek"><input name="q" placeholder="0612345678"></form><h2>{esc(recent)}</h2>'
        f'<table class="numbers"><thead><tr><th>#</th><th>{esc(score_l)}</th><th>{esc(comments_l)}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )
    drafts["/"] = (
        themes.plain(
            themes.Parts(
                spec.lang,
                f"{title} – {spec.name}",
                spec.name,
                main,
                [("/", title)],
                "",
                f"© {esc(spec.name)}",
            )
        ),
        s,
    )
    for n in spec.quoted:
        p = Sheet()
        bad_no = n in bad_set
        texts = comments[:2] if bad_no else comments[2:]
        if bad_no:
            p.brand("microsoft")
        items = "".join(
            f'<li class="comment"><span class="date">{rng.randint(1, 28)}.{rng.randint(1, 11)}.2025</span> {esc(c)}</li>'
            for c in texts
        )
        body = (
            f'<h1>{p.num(n, "national", offered=False)}</h1><p class="alt">{p.num(n, "intl", offered=False)} · {p.num(n, "compact", offered=False)}</p>'
            f'<div class="rating">{esc(score_l)}: {esc(bad if bad_no else good)}</div><h2>{esc(comments_l)}</h2><ul>{items}</ul>'
        )
        drafts[prefix + national_digits(n)] = (
            themes.plain(
                themes.Parts(
                    spec.lang, f"{write_title(n)} – {title}", spec.name, body, [("/", title)]
                )
            ),
            p,
        )
    drafts["/contact"] = (
        themes.plain(
            themes.Parts(
                spec.lang,
                f"Contact – {spec.name}",
                spec.name,
                f"<h1>Contact</h1><p>info@{esc(spec.host)}</p>",
                [("/", title)],
            )
        ),
        Sheet(),
    )
    return drafts


def write_title(e164: str) -> str:
    return national_digits(e164)


# --- warning pages: consumer authority, bank fraud page, police --------------------------


def warning_page(spec: Spec, rng: Random) -> Drafts:
    title, paras, contact = pick("warning_page", spec.lang, "title", "paras", "contact")
    s = _sheet(spec)
    styles = spec.opt("styles", ["national"] * len(spec.quoted))
    listed = "".join(
        f"<li>{s.num(n, styles[i % len(styles)], offered=False)}</li>"
        for i, n in enumerate(spec.quoted)
    )
    own = spec.phones[0] if spec.phones else None
    tail = (
        f'<p class="ours">{esc(contact)}: {s.tel(own, s.num(own, spec.opt("own_style", "national")), national=True)}</p>'
        if own
        else ""
    )
    main = f'<h1>{esc(title)}</h1><p>{esc(paras[0])}</p><h2>{esc(paras[1])}</h2><ul class="reported">{listed}</ul><p>{esc(paras[2])}</p>{tail}'
    path = spec.opt("path", "/fraude/nep-helpdesk")
    home_s = Sheet()
    home_tail = (
        f"<p>{esc(contact)}: {home_s.num(own, spec.opt('own_style', 'national'))}</p>"
        if own
        else ""
    )
    home = f'<h1>{esc(spec.name)}</h1><p><a href="{path}">{esc(title)}</a></p>{home_tail}'
    nav = [("/", "Home"), (path, title)]
    foot = widgets.cookie_banner(spec.lang)
    contact_s = Sheet()
    contact_main = f"<h1>{esc(contact)}</h1>" + (
        f"<p>{contact_s.tel(own, contact_s.num(own, 'intl'))}</p>" if own else "<p>Formulier</p>"
    )
    return {
        path: (
            themes.plain(
                themes.Parts(
                    spec.lang, f"{title} | {spec.name}", spec.name, main, nav, body_end=foot
                )
            ),
            s,
        ),
        "/": (
            themes.plain(themes.Parts(spec.lang, spec.name, spec.name, home, nav, body_end=foot)),
            home_s,
        ),
        "/contact": (
            themes.plain(
                themes.Parts(spec.lang, f"{contact} | {spec.name}", spec.name, contact_main, nav)
            ),
            contact_s,
        ),
    }


# --- blogs -----------------------------------------------------------------------------


def blog(spec: Spec, rng: Random) -> Drafts:
    title, paras = pick("blog", spec.lang, "title", "paras")
    s = _sheet(spec)
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if spec.quoted:
        maker = BRAND_NAMES[spec.brands[0]] if spec.brands else ""
        body += f"<p>{'Officiële' if spec.lang == 'nl' else 'Official'} {esc(maker)} support: {s.num(spec.quoted[0], spec.opt('style', 'national'), offered=False)}</p>"
    author = spec.opt("author", "")
    if spec.phones:
        body += f'<p class="author-box">{esc(author)} · {s.num(spec.phones[0], "national")}</p>'
    parts = themes.Parts(
        spec.lang,
        f"{title} – {spec.name}",
        spec.name,
        f"<h2 class='post-title'>{esc(title)}</h2>{body}",
        [("/", "Home"), ("/about/", "About")],
        "",
        f"© {esc(spec.name)}",
    )
    shell = spec.opt("shell", "astra")
    render = {
        "astra": themes.astra,
        "jekyll": themes.jekyll,
        "blogger": lambda p: themes.blogger(p, "4410398271650293847"),
    }[shell]
    about_s = Sheet()
    about_body = f"<h2>About</h2><p>{esc(author or spec.name)}</p>" + (
        f"<p>{about_s.num(spec.phones[0], 'intl')}</p>" if spec.phones else ""
    )
    post_path = spec.opt("path", "/2025/06/tips/")
    home = themes.Parts(
        spec.lang,
        spec.name,
        spec.name,
        f'<ul><li><a href="{post_path}">{esc(title)}</a></li></ul>',
        [("/", "Home")],
    )
    return {
        post_path: (render(parts), s),
        "/": (render(home), Sheet()),
        "/about/": (
            render(themes.Parts(spec.lang, "About", spec.name, about_body, [("/", "Home")])),
            about_s,
        ),
    }


# --- ordinary businesses with short names, trust footers and banners --------------------


def business(spec: Spec, rng: Random) -> Drafts:
    welcome, contact, call, hours = pick(
        "business", spec.lang, "welcome", "contact", "call", "hours"
    )
    about = spec.opt("about", "")
    own = spec.phones[0]
    style = spec.opt("style", "national")
    shell = spec.opt("shell", "plain")
    drafts: Drafts = {}
    contact_path = "/pages/contact" if shell == "shopify" else "/contact"
    for path in ("/", contact_path):
        s = _sheet(spec)
        body = f"<h1>{esc(welcome.format(n=spec.name))}</h1><p>{esc(about)}</p><p>{esc(hours)}</p>"
        if path == contact_path:
            body += f"<h2>{esc(contact)}</h2><p>{esc(call)}: {s.tel(own, s.num(own, style), national=spec.opt('tel_national', False))}</p><p>{esc(spec.opt('address', ''))}</p>"
            for extra in spec.phones[1:]:
                body += f"<p>{s.num(extra, 'intl')}</p>"
        footer = (
            widgets.trust_footer(spec.lang, spec.name, spec.opt("reg", ""), 2025)
            + f"<p>{s.num(own, style)}</p>"
        )
        if spec.opt("trustpilot"):
            footer += widgets.trustpilot_badge(spec.lang, "5d1e2f3a4b5c6d7e8f9a0b1c")
        end = widgets.cookie_banner(spec.lang, spec.opt("cookies", "cookieyes")) + (
            widgets.gtm("GTM-" + spec.name[:3].upper() + "7Q2") if spec.opt("gtm") else ""
        )
        parts = themes.Parts(
            spec.lang,
            f"{spec.name} – {spec.opt('tagline', '')}",
            spec.name,
            body,
            [("/", "Home"), (contact_path, contact)],
            "",
            footer,
            body_end=end,
        )
        html = {
            "plain": themes.plain,
            "elementor": themes.elementor,
            "divi": themes.divi,
            "wix": themes.wix,
            "astra": themes.astra,
            "shopify": lambda p: themes.shopify(p, spec.host),
        }[shell](parts)
        drafts[path] = (html, s)
    return drafts


# --- an honest guide to brands' genuine support numbers (the fake directory's twin) -------


def number_guide(spec: Spec, rng: Random) -> Drafts:
    title, lead, source, warning = pick(
        "number_guide", spec.lang, "title", "lead", "source", "warning"
    )
    drafts: Drafts = {}
    for path in ("/", "/contact"):
        s = _sheet(spec)
        body = f"<h1>{esc(title)}</h1><p>{esc(lead)}</p>"
        if path == "/":
            items = "".join(
                f"<dt>{esc(BRAND_NAMES[brand])}</dt><dd>{s.num(spec.quoted[i], style, offered=False)} "
                f'<small>({esc(source)}: <a href="https://{esc(site)}" rel="nofollow">{esc(site)}</a>)</small></dd>'
                for brand, i, style, site in spec.opt("entries")
            )
            body += f'<dl class="guide">{items}</dl><p class="warning">{esc(warning)}</p>'
        else:
            s.brands.clear()
            body = f"<h1>Contact</h1><p>redactie@{esc(spec.host)}</p>"
        parts = themes.Parts(
            spec.lang,
            f"{title} – {spec.name}",
            spec.name,
            body,
            [("/", "Home"), ("/contact", "Contact")],
            "",
            f"© {esc(spec.name)}",
        )
        drafts[path] = (themes.plain(parts), s)
    return drafts
