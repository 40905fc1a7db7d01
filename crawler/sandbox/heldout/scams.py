"""Fake helpdesk templates of the held-out web, one function per structure.

Each template builds a whole site (home plus contact-ish pages) the way a family of
real fake helpdesks is built: where the number sits, what the page pretends to be and
which theme it wears differ from template to template, not only the words. Numbers go
through the page's Sheet, so the labels match the bytes.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import themes, widgets
from crawler.sandbox.heldout.numbers import national_digits, write
from crawler.sandbox.heldout.phrases import pick, words
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec

BRAND_NAMES = {
    "microsoft": "Microsoft", "apple": "Apple", "google": "Google", "hp": "HP", "norton": "Norton",
    "mcafee": "McAfee", "avast": "Avast", "avg": "AVG", "kaspersky": "Kaspersky", "canon": "Canon",
    "epson": "Epson", "brother": "Brother", "dell": "Dell", "lenovo": "Lenovo", "bitdefender": "Bitdefender",
    "eset": "ESET", "amazon": "Amazon", "paypal": "PayPal", "netflix": "Netflix", "facebook": "Facebook",
    "ziggo": "Ziggo", "kpn": "KPN", "ing": "ING", "rabobank": "Rabobank", "abnamro": "ABN AMRO",
}  # fmt: skip


def bname(spec: Spec, index: int = 0) -> str:
    return BRAND_NAMES[spec.brands[index]] if spec.brands else ""


def _sheet(spec: Spec) -> Sheet:
    sheet = Sheet()
    sheet.brand(*spec.brands)
    return sheet


# --- 1. WordPress/Astra brand helpdesk with a copied trust footer -----------------------


def astra_helpdesk(spec: Spec, rng: Random) -> Drafts:
    t = words("astra_helpdesk", spec.lang)
    b = bname(spec)
    style = spec.opt("style", "national")
    drafts: Drafts = {}
    paths = [
        "/",
        "/diensten" if spec.lang == "nl" else "/services",
        "/over-ons" if spec.lang == "nl" else "/about",
        "/contact",
        "/reviews",
    ]
    nav = list(zip(paths, t["nav"], strict=True))
    services = (
        '<ul class="wp-block-list services">'
        + "".join(f"<li>{esc(x)}</li>" for x in t["services"])
        + "</ul>"
    )
    for path in paths:
        s = _sheet(spec)
        main_no = spec.phones[0]
        button = f'<div class="ast-header-button-1"><a class="ast-custom-button-link" href="tel:{national_digits(main_no)}"><div class="ast-custom-button">{esc(t["call"])}: {s.num(main_no, style)}</div></a></div>'
        if path == "/":
            steps = "".join(
                f'<li class="wp-block-list-item"><strong>{i + 1}.</strong> {esc(x)}</li>'
                for i, x in enumerate(t["steps"])
            )
            body = (
                f'<div class="wp-block-cover alignfull"><div class="wp-block-cover__inner-container"><h1 class="wp-block-heading has-text-align-center">{esc(t["h1"].format(b=b))}</h1>'
                f'<p class="has-text-align-center">{esc(t["lead"])}</p><div class="wp-block-buttons is-content-justification-center"><div class="wp-block-button">'
                f'<a class="wp-block-button__link wp-element-button" href="tel:{national_digits(main_no)}">{s.num(main_no, style)}</a></div></div></div></div>'
                f'<ol class="wp-block-list steps">{steps}</ol><p class="hours">{esc(t["hours"])}</p>'
            )
        elif path == "/reviews":
            quotes = "".join(
                f'<figure class="wp-block-pullquote testimonial"><blockquote><p>{esc(text)}</p><cite>★★★★★ {esc(who)}</cite></blockquote></figure>'
                for who, text in t["reviews"]
            )
            body = f"<h1>{esc(t['reviews_h'])}</h1>{quotes}"
        elif path == "/contact":
            extra = "".join(f"<li>{s.num(n, 'intl')}</li>" for n in spec.phones[1:])
            body = f'<h1>{esc(t["contact_h"])}</h1><p>{esc(t["contact"])}</p><ul class="contact-list"><li>{s.num(main_no, "intl")}</li>{extra}</ul>'
        else:
            body = (
                f"<h1>{esc(dict(nav)[path])}</h1><p>{esc(t['about'])}</p>"
                + (services if path == paths[1] else "")
                + f"<p>{esc(t['hours'])}</p>"
            )
        footer = (
            widgets.trust_footer(spec.lang, spec.name, t["reg"], 2024)
            + f"<p>{esc(t['call'])}: {s.num(main_no, style)}</p>"
        )
        parts = themes.Parts(
            spec.lang,
            t["title"].format(b=b),
            spec.name,
            body,
            nav,
            button,
            footer,
            body_end=widgets.cookie_banner(spec.lang, "complianz")
            + widgets.trustpilot_badge(spec.lang, "64f1a2b3c4d5e6f7a8b9c0d1"),
            page_id=11 + len(path),
            head_extra=_rating_ld(spec.name, rng) if path == "/" else "",
        )
        drafts[path] = (themes.astra(parts), s)
    return drafts


def _rating_ld(name: str, rng: Random) -> str:
    """The made-up star rating such sites put in JSON-LD for search snippets."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": "4.9",
            "reviewCount": str(rng.randint(800, 2400)),
        },
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


# --- 2. Divi "Apple support" with an FAQ accordion, number in tel: and text ------------


def divi_support(spec: Spec, rng: Random) -> Drafts:
    title, h1, lead, faq, call, navl, contact_h, contact = pick(
        "divi_support",
        spec.lang,
        "title",
        "h1",
        "lead",
        "faq",
        "call",
        "nav",
        "contact_h",
        "contact",
    )
    b = bname(spec)
    paths = ["/", "/faq", "/contact"]
    nav = list(zip(paths, navl, strict=True))
    drafts: Drafts = {}
    number = spec.phones[0]
    for path in paths:
        s = _sheet(spec)
        cta = f'<a class="et_pb_button et_pb_button_0 et_pb_bg_layout_dark" href="tel:{national_digits(number)}">{esc(call)} {s.num(number, spec.opt("style", "pairs"))}</a>'
        if path == "/":
            inner = themes.divi_section(
                0, f"<h1>{esc(h1.format(b=b))}</h1><p>{esc(lead)}</p>{cta}", "et_pb_with_background"
            )
        elif path == "/faq":
            toggles = "".join(
                f'<div class="et_pb_module et_pb_toggle et_pb_toggle_{i} et_pb_toggle_item et_pb_toggle_close"><h5 class="et_pb_toggle_title">{esc(q)}</h5>'
                f'<div class="et_pb_toggle_content clearfix"><p>{esc(a)}</p></div></div>'
                for i, (q, a) in enumerate(faq)
            )
            inner = themes.divi_section(
                0, f"<h1>{esc(navl[1])}</h1>{toggles}"
            ) + themes.divi_section(1, cta)
        else:
            inner = themes.divi_section(
                0,
                f"<h1>{esc(contact_h)}</h1><p>{esc(contact)}</p><p>{s.tel(number, s.num(number, 'intl_zero_pairs'), national=True)}</p>",
            )
        footer = widgets.trust_footer(spec.lang, spec.name, spec.opt("reg", "KvK 90123456"), 2025)
        parts = themes.Parts(
            spec.lang,
            title.format(b=b),
            spec.name,
            inner,
            nav,
            "",
            footer,
            body_end=widgets.cookie_banner(spec.lang),
            page_id=40 + len(path),
        )
        drafts[path] = (themes.divi(parts), s)
    return drafts


# --- 3. Unbranded Bootstrap landing: number only in the sticky call bar -----------------


def unbranded_landing(spec: Spec, rng: Random) -> Drafts:
    title, h1, lead, services, call, bar = pick(
        "unbranded_landing", spec.lang, "title", "h1", "lead", "services", "call", "bar"
    )
    number = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", "/contact"):
        s = Sheet()
        cards = "".join(
            f'<div class="col-lg-3"><div class="card h-100 border-0 shadow-sm"><div class="card-body"><h3 class="h5">{esc(x)}</h3></div></div></div>'
            for x in services
        )
        main = (
            f'<header class="masthead py-5 bg-light"><div class="container px-5"><h1 class="display-5 fw-bolder">{esc(h1)}</h1><p class="lead">{esc(lead)}</p>'
            f'<a class="btn btn-primary btn-lg" href="{("tel:" + national_digits(s.hidden(number)))}">{esc(call)}</a></div></header>'
            f'<section class="py-5"><div class="container px-5"><div class="row gx-5">{cards}</div></div></section>'
        )
        if path == "/contact":
            main += f'<section class="py-5"><div class="container"><form class="row g-3" action="/terugbellen" method="post"><input class="form-control" name="naam"><input class="form-control" name="telefoon" type="tel"><button class="btn btn-dark">{esc(call)}</button></form></div></section>'
        if spec.opt("tel_only"):
            # The number is never written out: only the call button's tel: link holds it.
            callbar = f'<div class="fixed-bottom bg-danger text-center py-2 callbar"><a class="btn btn-light fw-bold" href="tel:{national_digits(number)}">☎ {esc(bar)}</a></div>'
        else:
            callbar = f'<div class="fixed-bottom bg-danger text-white text-center py-2 callbar">{esc(bar)}: <a class="text-white fw-bold" href="tel:{national_digits(number)}">{s.num(number, spec.opt("style", "spaced_dash"))}</a></div>'
        parts = themes.Parts(
            spec.lang,
            title,
            spec.name,
            main,
            [("/", "Home"), ("/contact", "Contact")],
            "",
            f"© {spec.name}",
            body_end=callbar,
        )
        drafts[path] = (themes.bootstrap(parts), s)
    return drafts


# --- 4. Number only in JSON-LD (LocalBusiness), a callback form in view -----------------


def jsonld_only(spec: Spec, rng: Random) -> Drafts:
    number = spec.phones[0]
    h1, lead, label, button, area = pick(
        "jsonld_only", spec.lang, "h1", "lead", "label", "button", "area"
    )
    drafts: Drafts = {}
    for path in ("/", "/contact"):
        s = Sheet()
        data = {
            "@context": "https://schema.org",
            "@type": "LocalBusiness",
            "name": spec.name,
            "telephone": write(s.hidden(number), spec.opt("style", "intl")),
            "priceRange": "€€",
            "openingHours": "Mo-Su 08:00-22:00",
            "areaServed": area,
            "address": {"@type": "PostalAddress", "addressCountry": area},
        }
        form = (
            f'<form class="callback" method="post" action="/callback"><label>{esc(label)}</label>'
            f'<input type="tel" name="phone" placeholder="06 ..." required><button>{esc(button)}</button></form>'
        )
        main = f'<main class="hero"><h1>{esc(h1)}</h1><p>{esc(lead)}</p>{form}</main>'
        head = (
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
        )
        parts = themes.Parts(
            spec.lang,
            h1,
            spec.name,
            main,
            [("/", "Home"), ("/contact", "Contact")],
            "",
            f"{esc(spec.name)} · 2025",
            head_extra=head,
        )
        drafts[path] = (
            themes.plain(
                parts,
                "body{font-family:system-ui;margin:0}.hero{padding:4rem;background:#0b5394;color:#fff}",
            ),
            s,
        )
    return drafts


# --- 5. Number only in an image's alt/title text (a phone banner image) -----------------


def image_alt(spec: Spec, rng: Random) -> Drafts:
    number = spec.phones[0]
    b = bname(spec)
    alt_text, h1, lead, contact, home = pick(
        "image_alt", spec.lang, "alt", "h1", "lead", "contact_path", "home"
    )
    h1 = h1.format(b=b).strip()
    drafts: Drafts = {}
    for path in ("/", contact):
        s = _sheet(spec)
        alt = alt_text.format(n=write(s.hidden(number), spec.opt("style", "national")))
        main = (
            f'<div class="wrap"><h1>{esc(h1)}</h1><p>{esc(lead)}</p>'
            f'<a href="{contact}"><img src="/images/hotline-banner.webp" width="728" height="90" alt="{esc(alt)}" title="{esc(alt)}"></a></div>'
        )
        parts = themes.Parts(spec.lang, h1, spec.name, main, [("/", home)], "", esc(spec.name))
        drafts[path] = (themes.plain(parts, ".wrap{max-width:960px;margin:auto}"), s)
    return drafts


# --- 6. Number assembled by JavaScript from pieces ------------------------------------


def js_pieces(spec: Spec, rng: Random) -> Drafts:
    number = spec.phones[0]
    b = bname(spec)
    text = write(number, spec.opt("style", "us_dash"))
    cut = [text[i : i + 3] for i in range(0, len(text), 3)]
    h1, lead, call, billing = pick("js_pieces", spec.lang, "h1", "lead", "call", "billing")
    h1 = h1.format(b=b)
    drafts: Drafts = {}
    for path in ("/", "/renew", "/contact"):
        s = _sheet(spec)
        s.hidden(number)
        script = f"<script>\n  var _p = {json.dumps(cut)};\n  document.write('<span class=\"ph\">' + _p.join('') + '</span>');\n</script>"
        script2 = f"<script>\n  document.getElementById('hl').textContent = '{cut[0]}' + '{''.join(cut[1:3])}' + '{''.join(cut[3:])}';\n</script>"
        main = (
            f'<section class="renew"><h1>{esc(h1)}</h1><p>{esc(lead)}</p><p class="callout">{esc(call)}: {script}</p>'
            f'<p class="sidebar">{esc(billing)}: <b id="hl"></b></p>{script2}</section>'
        )
        parts = themes.Parts(
            spec.lang,
            h1,
            spec.name,
            main,
            [("/", "Home"), ("/renew", "Renew"), ("/contact", "Contact")],
            "",
            esc(spec.name),
        )
        drafts[path] = (themes.plain(parts), s)
    return drafts


# --- 7. Number only in the landing URL (?nr= / ?tel= / ?phone=) -------------------------


def url_param(spec: Spec, rng: Random) -> Drafts:
    number = spec.phones[0]
    key = spec.opt("param", "nr")
    b = bname(spec)
    h1, line, fallback = pick("url_param", spec.lang, "h1", "line", "fallback")
    h1 = h1.format(b=b)
    script = (
        "<script>\n  var q = new URLSearchParams(location.search);\n"
        f"  var n = q.get('{key}');\n  var el = document.getElementById('callnr');\n"
        "  if (n) { el.textContent = n; el.href = 'tel:' + n.replace(/\\D/g, ''); }\n"
        "  else { document.getElementById('line').style.display = 'none'; }\n</script>"
    )
    body = (
        f'<div class="box"><h1>{esc(h1)}</h1><p id="line">{esc(line)} <a id="callnr" class="big" href="#"></a></p>'
        f'<p class="small">{esc(fallback)}</p><form method="post" action="/lead"><input name="email" type="email"><button>OK</button></form></div>{script}'
    )
    drafts: Drafts = {}
    landing = f"/?{key}={spec.opt('url_form', national_digits(number))}"
    for path in ("/", landing, "/contact"):
        s = _sheet(spec)
        if path == landing:
            s.hidden(number)
        parts = themes.Parts(spec.lang, h1, spec.name, body, [], "", "")
        drafts[path] = (
            themes.plain(
                parts,
                ".box{max-width:640px;margin:10vh auto;text-align:center}.big{font-size:2.2em}",
            ),
            s,
        )
    return drafts


# --- 8. SEO spam post on a free blog: obfuscated numbers, country hints -----------------


def spam_post(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    s = _sheet(spec)
    forms = spec.opt("forms", [])  # (number index, style, disguise, suffix)
    lines = []
    for idx, style, disguise, suffix in forms:
        number = spec.phones[idx]
        lines.append(
            f"{s.num(number, style, disguise or None)}{(' ' + esc(suffix)) if suffix else ''}"
        )
    encoded = spec.opt("href_encoded")
    link = ""
    if encoded is not None:
        number = spec.phones[encoded]
        link = f'<p><a href="tel:{write(s.hidden(number), "us_dash", "url")}">Tap to call support</a></p>'
    paras = [
        f"How do I contact {b} customer service? If you are facing issues with your {b} account, billing or activation, the fastest way is to call the {b} support number.",
        f"Call {lines[0]} to speak with a live person. The {b} helpline is available 24/7 for renewal, refund and installation questions.",
    ]
    for extra in lines[1:]:
        paras.append(f"Alternative {b} help line: {extra}")
    paras.append(
        "Steps: 1) Dial the number 2) Press 0 for a live agent 3) Share your screen with the technician for a quick fix."
    )
    # The first paragraph is plain text; the others already hold escaped number HTML.
    main = f"<p>{esc(paras[0])}</p>" + "".join(f"<p>{p}</p>" for p in paras[1:]) + link
    title = f"{b} Customer Service Number ☎ Talk to a Live Person"
    parts = themes.Parts(
        "en",
        title,
        spec.name,
        f'<h3 class="post-title entry-title">{esc(title)}</h3>{main}',
        [],
        "",
        "",
    )
    html = (
        themes.blogger(parts, "8327461938274650193")
        if spec.opt("shell") == "blogger"
        else themes.jekyll(parts)
    )
    drafts: Drafts = {"/": (html, s)}
    s2 = _sheet(spec)
    contact = (
        f"<h2>Contact</h2><p>Support desk: {s2.num(spec.phones[0], 'us_dash', 'double_paren')}</p>"
    )
    parts2 = themes.Parts("en", f"Contact – {spec.name}", spec.name, contact, [], "", "")
    drafts["/p/contact.html" if spec.opt("shell") == "blogger" else "/contact/"] = (
        themes.blogger(parts2, "8327461938274650193")
        if spec.opt("shell") == "blogger"
        else themes.jekyll(parts2),
        s2,
    )
    return drafts


# --- 9. Shopify storefront selling "activation help" -----------------------------------


def shopify_activation(spec: Spec, rng: Random) -> Drafts:
    t = words("shopify_activation", spec.lang)
    b = bname(spec)
    number = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", "/pages/contact", "/products/activation-support"):
        s = _sheet(spec)
        bar = f"{esc(t['bar'])} {s.num(number, spec.opt('style', 'us_paren'))}"
        main = (
            f'<div class="rich-text__blocks"><h2 class="rich-text__heading h1">{esc(t["h2"].format(b=b))}</h2>'
            f'<div class="rich-text__text rte"><p>{esc(t["lead"])}</p></div></div>'
            f'<div class="product__info-container"><div class="price price--large"><span class="price-item price-item--regular">{esc(t["price"])}</span></div>'
            f'<button type="submit" name="add" class="product-form__submit button button--full-width">{esc(t["cart"])}</button></div>'
        )
        if path == "/pages/contact":
            shown = s.num(number, t["contact_style"])
            main += f'<div class="contact__fields"><p>{esc(t["phone"])}: {s.tel(number, shown)}</p><p>Email: care@{spec.host}</p></div>'
        footer = widgets.trust_footer(spec.lang, spec.name, spec.opt("reg", "Reg. 14872231"), 2025)
        footer += widgets.trustpilot_badge(spec.lang, "65a0b1c2d3e4f5a6b7c8d9e0")
        nav = [
            ("/", "Home"),
            ("/products/activation-support", "Shop"),
            ("/pages/contact", "Contact"),
        ]
        title = f"{b} Activation Support – {spec.name}"
        parts = themes.Parts(
            spec.lang,
            title,
            spec.name,
            main,
            nav,
            bar,
            footer,
            body_end=widgets.cookie_banner(spec.lang),
        )
        drafts[path] = (themes.shopify(parts, spec.opt("shop", spec.host)), s)
    return drafts


# --- 10. Wix printer-setup helpdesk on a wixsite.com subdomain -------------------------


def wix_printer(spec: Spec, rng: Random) -> Drafts:
    title, lead, cta, contact = pick("wix_printer", spec.lang, "title", "lead", "cta", "contact")
    b = bname(spec)
    number = spec.phones[0]
    base = "/" + spec.host.split(".")[0] if False else ""
    drafts: Drafts = {}
    for path in ("/", "/contact"):
        s = _sheet(spec)
        main = (
            themes.wix_text(
                f'<h1 class="font_0 wixui-rich-text__text">{esc(b + " " + title)}</h1>', "lt8qhg01"
            )
            + themes.wix_text(
                f'<p class="font_8 wixui-rich-text__text">{esc(lead.format(b=b))}</p>', "lt8qhg02"
            )
            + themes.wix_text(
                f'<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text" style="font-weight:bold">{esc(cta)}: {s.num(number, spec.opt("style", "us_dash"))}</span></p>',
                "lt8qhg03",
            )
        )
        if path == "/contact":
            main += themes.wix_text(
                f'<p class="font_8 wixui-rich-text__text">{s.tel(number, s.num(number, "intl"))}</p>',
                "lt8qhg04",
            )
        parts = themes.Parts(
            spec.lang,
            f"{b} {title} | {spec.name}",
            spec.name,
            main,
            [("/", "Home"), ("/contact", contact)],
            "",
            f'<p class="font_9">© 2025 {esc(spec.name)}. Proudly created with Wix.com</p>',
        )
        drafts[base + path] = (themes.wix(parts), s)
    return drafts


# --- 14. Help-article scam on an aged domain: "how to reach the helpdesk" ----------------


def kb_article(spec: Spec, rng: Random) -> Drafts:
    title, byline, paras, box, most = pick(
        "kb_article", spec.lang, "title", "byline", "paras", "box", "most"
    )
    b = bname(spec)
    number = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", spec.opt("article", "/microsoft-bellen/"), "/contact/"):
        s = _sheet(spec)
        p = [esc(x.format(b=b)) for x in paras]
        article = (
            f'<article class="post"><h1 class="entry-title">{esc(title.format(b=b))}</h1><p class="byline">{esc(byline)} <time datetime="2025-09-14">14-09-2025</time></p>'
            f'<p>{p[0]}</p><p>{p[1]}</p><blockquote class="callout"><p><strong>{s.num(number, spec.opt("style", "trunk_dash"))}</strong></p></blockquote><p>{p[2]}</p></article>'
        )
        sidebar = (
            f'<aside class="widget-area"><section class="widget widget_text"><h2 class="widget-title">{esc(box)}</h2>'
            f'<div class="textwidget"><p>{s.tel(number, s.num(number, "intl_zero"), national=True)}</p></div></section>'
            f'<section class="widget"><h2 class="widget-title">{esc(most)}</h2><ul><li><a href="/outlook-werkt-niet/">Outlook</a></li><li><a href="/windows-update/">Windows Update</a></li></ul></section></aside>'
        )
        parts = themes.Parts(
            spec.lang,
            title.format(b=b),
            spec.name,
            f'<div class="row">{article}{sidebar}</div>',
            [("/", "Home"), ("/contact/", "Contact")],
            "",
            f"© {esc(spec.name)}",
        )
        drafts[path] = (themes.astra(parts), s)
    return drafts


# --- 15. Scam "directory" of customer-service numbers (all its own) --------------------


def fake_directory(spec: Spec, rng: Random) -> Drafts:
    t = words("fake_directory", spec.lang)
    drafts: Drafts = {}
    for path in ("/", t["contact_path"]):
        s = _sheet(spec)
        rows = "".join(
            f'<tr><td class="brand">{esc(BRAND_NAMES[brand])} {esc(t["service"])}</td><td class="nr">{s.num(spec.phones[i], spec.opt("style", "national"))}</td>'
            f'<td><span class="badge">{esc(t["badge"])}</span></td></tr>'
            for brand, i in spec.opt("rows")  # (brand, phone index)
        )
        head = "".join(f"<th>{esc(x)}</th>" for x in t["columns"])
        main = f'<h1>{esc(t["h1"])}</h1><p>{esc(t["lead"])}</p><table class="dir"><thead><tr>{head}<th></th></tr></thead><tbody>{rows}</tbody></table>'
        footer = widgets.trust_footer(spec.lang, spec.name, t["small_print"], 2025)
        parts = themes.Parts(spec.lang, t["h1"], spec.name, main, [("/", "Start")], "", footer)
        drafts[path] = (themes.astra(parts), s)
    return drafts


# --- 16. Inline fake live-chat window: the agent types the number ------------------------


def chat_bubble(spec: Spec, rng: Random) -> Drafts:
    title, head, hello, user, answer, placeholder = pick(
        "chat_bubble", spec.lang, "title", "head", "hello", "user", "answer", "placeholder"
    )
    b = bname(spec)
    number = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", "/tuki" if spec.lang == "fi" else "/support"):
        s = _sheet(spec)
        agent = esc(answer.format(b=b, n="\x00")).replace(
            "\x00", s.num(number, spec.opt("style", "national"))
        )
        chat = (
            f'<div class="chat-window" role="log"><div class="chat-head"><span class="dot online"></span>{esc(head.format(b=b))}</div>'
            f'<div class="msg agent">{esc(hello.format(b=b))}</div><div class="msg user">{esc(user)}</div>'
            f'<div class="msg agent typing" data-delay="2500">{agent}</div>'
            f'<div class="chat-input"><input placeholder="{esc(placeholder)}"><a class="call" href="tel:{national_digits(number)}">☎</a></div></div>'
        )
        script = "<script>setTimeout(function(){document.querySelector('.typing').classList.remove('typing')},2500);</script>"
        parts = themes.Parts(
            spec.lang,
            title.format(b=b),
            spec.name,
            f'<div class="layout"><div class="logo">{esc(b)}</div>{chat}</div>{script}',
            [],
            "",
            "",
        )
        drafts[path] = (
            themes.plain(
                parts,
                ".chat-window{max-width:420px;margin:5vh auto;border:1px solid #ccc}.msg{padding:.6em;margin:.4em}.agent{background:#eef}.typing{opacity:.2}",
            ),
            s,
        )
    return drafts


# --- 17. Printer driver download that "fails" and shows a support modal ------------------


def driver_error(spec: Spec, rng: Random) -> Drafts:
    title, h2, ph, btn, err, text = pick(
        "driver_error", spec.lang, "title", "h2", "placeholder", "button", "error", "text"
    )
    b = bname(spec)
    number = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", "/drivers/setup", "/support"):
        s = _sheet(spec)
        modal = (
            f'<div id="errModal" class="modal" style="display:none" role="alertdialog"><div class="modal-box"><h3>⚠ {esc(err)}</h3><p>{esc(text)}</p>'
            f'<p class="tollfree">{s.num(number, spec.opt("style", "national"))}</p></div></div>'
        )
        main = (
            f'<div class="search-drivers"><h1>{esc(title.format(b=b))}</h1><h2>{esc(h2)}</h2><input id="model" placeholder="{esc(ph)}">'
            f'<button onclick="start()">{esc(btn)}</button><div class="progress"><div id="bar" style="width:0"></div></div></div>{modal}'
            "<script>function start(){var w=0,t=setInterval(function(){w+=7;document.getElementById('bar').style.width=w+'%';"
            "if(w>=91){clearInterval(t);document.getElementById('errModal').style.display='block';}},300);}</script>"
        )
        parts = themes.Parts(
            spec.lang, title.format(b=b), spec.name, main, [("/", "Home")], "", esc(spec.name)
        )
        drafts[path] = (
            themes.plain(
                parts,
                ".modal{position:fixed;inset:0;background:rgba(0,0,0,.6)}.progress{height:12px;background:#ddd}#bar{height:12px;background:#0096d6}",
            ),
            s,
        )
    return drafts


# --- 18. Account-recovery look-alike on a homoglyph IDN domain ---------------------------


def idn_account(spec: Spec, rng: Random) -> Drafts:
    t = words("idn_account", spec.lang)
    b = bname(spec)
    number = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", t["help_path"]):
        s = _sheet(spec)
        form = (
            f'<form class="signin"><div class="logo">{esc(b)}</div><h1>{esc(t["h1"])}</h1><p>{esc(t["lead"])}</p>'
            f'<input type="email" placeholder="{esc(t["placeholder"])}"><button>{esc(t["next"])}</button></form>'
        )
        foot = (
            f'<p class="assist">{esc(t["assist"])} : {s.num(number, spec.opt("style", "intl_zero_pairs"))}</p>'
            f'<p><a href="#">{esc(t["terms"])}</a> · <a href="#">{esc(t["privacy"])}</a></p>'
        )
        parts = themes.Parts(spec.lang, f"{b} account", spec.name, form, [], "", foot)
        css = (
            ".signin{width:440px;margin:12vh auto;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}"
        )
        drafts[path] = (themes.plain(parts, css), s)
    return drafts


# --- 19. Swiss remote-help one-pager with a sticky phone card and price table ------------


def swiss_remote(spec: Spec, rng: Random) -> Drafts:
    title, h1, services, price, call, hours = pick(
        "swiss_remote", spec.lang, "title", "h1", "services", "price", "call", "hours"
    )
    number = spec.phones[0]
    drafts: Drafts = {}
    for path in ("/", "/kontakt" if spec.lang == "de" else "/contact"):
        s = _sheet(spec)
        rows = "".join(
            f"<tr><td>{esc(x)}</td><td>CHF {89 + 20 * i}.–</td></tr>"
            for i, x in enumerate(services)
        )
        card = (
            f'<aside class="phone-card" style="position:sticky;top:1rem"><h3>{esc(call)}</h3><p class="nr">{s.num(number, spec.opt("style", "intl"))}</p>'
            f'<p>{esc(hours)}</p><a class="btn" href="tel:{number}">{esc(call)}</a></aside>'
        )
        main = f'<div class="grid"><section><h1>{esc(h1)}</h1><table class="prices">{rows}</table><p>{esc(price)}</p></section>{card}</div>'
        parts = themes.Parts(
            spec.lang,
            title,
            spec.name,
            main,
            [("/", "Home")],
            "",
            f"{esc(spec.name)} GmbH · CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
        )
        drafts[path] = (
            themes.plain(parts, ".grid{display:grid;grid-template-columns:2fr 1fr;gap:2rem}"),
            s,
        )
    return drafts
