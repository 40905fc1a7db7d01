"""Second batch of held-out honest templates: hard negatives in new shapes.

qa_lookup ("is this number safe?" questions and voted answers), report_feed (one page per
number with a danger gauge, lookup counts and dated user reports), alert_bulletin (warning
notices as cards with <details> accordions: police, consumer authority, bank, scam-alert
sites), ioc_report (a security vendor's research post with an indicator table), live_news
(a timestamped live blog), discourse_thread (a Discourse-style forum topic with quotes),
woo_reseller (a WooCommerce shop or repair business listing the makers' genuine support
numbers) and help_center (a brand's own help centre with a per-country number table).
Wording is each site's opts.text in sites2.toml; numbers go through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout.numbers import national_digits, write
from crawler.sandbox.heldout.scams import BRAND_NAMES, bname
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts2 import document, fill, paras, text
from crawler.sandbox.heldout.widgets import cookie_banner, tawk


def _sheet(spec: Spec) -> Sheet:
    """A page's sheet; its brands are settled by `_named_brands` once the HTML exists."""
    return Sheet()


# Products that name their maker on a page (as the interface contract reads them).
PRODUCT_WORDS = {"microsoft": ("windows", "outlook"), "apple": ("iphone", "icloud", "mac")}


def _named_brands(spec: Spec, drafts: Drafts) -> Drafts:
    """Each page carries exactly those of the site's brands its text names."""
    for html, sheet in drafts.values():
        low = html.lower()
        for brand in spec.brands:
            if any(w in low for w in (BRAND_NAMES[brand].lower(), *PRODUCT_WORDS.get(brand, ()))):
                sheet.brand(brand)
    return drafts


def _nav(items: list[tuple[str, str]]) -> str:
    return "<nav>" + "".join(f'<a href="{h}">{esc(t)}</a>' for h, t in items) + "</nav>"


def _contact(spec: Spec, head: str = "") -> tuple[str, Sheet]:
    """A plain contact page: the site's own numbers if it has any, else a form."""
    s = _sheet(spec)
    own = "".join(f"<p>{s.tel(n, s.num(n, 'intl'))}</p>" for n in spec.phones)
    body = f'<main class="contact"><h1>Contact</h1>{paras(spec, s, "contact", bname(spec))}{own}<form><textarea name="bericht"></textarea><button>OK</button></form></main>'
    return document(spec.lang, f"Contact – {spec.name}", body, head), s


# --- qa_lookup: "is this number safe?" questions with voted answers ------------------------


def qa_lookup(spec: Spec, rng: Random) -> Drafts:
    return _named_brands(spec, _qa_lookup(spec, rng))


def _qa_lookup(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/static/qa.css">\n'
    drafts: Drafts = {}
    listing = []
    for i, q in enumerate(text(spec, "questions")):
        s = Sheet()
        slug = f"/vraag/{1000 + i * 37}"
        answers = "".join(
            f'<div class="answer{" accepted" if j == 0 else ""}"><div class="votes">{rng.randint(0, 60) if j else rng.randint(40, 210)}</div><div class="post">{fill(spec, s, a)}</div>'
            f'<div class="user">{esc(who)} · {rng.randint(1, 28)}-{rng.randint(1, 12)}-2025</div></div>'
            for j, (who, a) in enumerate(q["answers"])
        )
        for brand in q.get("brands", []):
            s.brand(brand)
        body = (
            f'<header class="qa-top"><a href="/">{esc(spec.name)}</a>{_nav([("/", text(spec, "all")), ("/contact", "Contact")])}</header>'
            f'<main><div class="question"><h1>{fill(spec, s, q["title"])}</h1><div class="post">{fill(spec, s, q["body"])}</div>'
            f'<div class="tags">{"".join(f"<span class=tag>{esc(t)}</span>" for t in q["tags"])}</div></div>'
            f"<h2>{len(q['answers'])} {esc(text(spec, 'answers'))}</h2>{answers}</main>"
        )
        drafts[slug] = (
            document(spec.lang, f"{fill(spec, Sheet(), q['title'])} – {spec.name}", body, head),
            s,
        )
        listing.append(
            f'<li><a href="{slug}">{fill(spec, Sheet(), q["title"])}</a> <span class="count">{len(q["answers"])}</span></li>'
        )
    s = Sheet()
    for q in text(spec, "questions"):
        fill(spec, s, q["title"])  # the index lists every question title, numbers included
    home = f'<header class="qa-top"><b>{esc(spec.name)}</b></header><main><h1>{esc(text(spec, "h1"))}</h1><ul class="questions">{"".join(listing)}</ul></main>'
    drafts["/"] = (document(spec.lang, spec.name, home, head), s)
    drafts["/contact"] = _contact(spec, head)
    return drafts


# --- report_feed: per-number page with gauge, lookup counts and dated reports --------------


def report_feed(spec: Spec, rng: Random) -> Drafts:
    return _named_brands(spec, _report_feed(spec, rng))


def _report_feed(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/assets/app.css">\n'
    bad = set(spec.opt("bad", []))
    prefix = spec.opt("prefix", "/nummer/")
    labels = text(spec, "labels")
    drafts: Drafts = {}
    cards = []
    home_s = Sheet()
    for n in spec.quoted:
        danger = n in bad
        score = rng.randint(82, 99) if danger else rng.randint(3, 25)
        href = prefix + national_digits(n)
        cards.append(
            f'<div class="card {"red" if danger else "green"}"><a href="{href}">{home_s.num(n, spec.opt("style", "dashed"), offered=False)}</a>'
            f'<span class="gauge" style="--v:{score}">{score}%</span><span>{esc(labels["bad" if danger else "good"])}</span></div>'
        )
        s = Sheet()
        days = "".join(
            f"<tr><td>{d:02d}.{rng.randint(9, 11):02d}.2025</td><td>{rng.randint(3, 480)}</td></tr>"
            for d in sorted(rng.sample(range(1, 29), 5))
        )
        reports = text(spec, "reports_bad" if danger else "reports_good")
        items = "".join(
            f'<li class="report"><span class="when">{rng.randint(1, 28)}.{rng.randint(9, 11)}.2025 {rng.randint(8, 21)}:{rng.randint(10, 59)}</span><span class="type">{esc(kind)}</span> {esc(r)}</li>'
            for kind, r in reports
        )
        if danger:
            s.brand(*spec.opt("bad_brands", []))
        body = (
            f'<header class="bar"><a href="/">{esc(spec.name)}</a><form action="/search"><input name="q"></form></header><main>'
            f'<h1>{esc(labels["who"])} {s.num(n, "national", offered=False)}?</h1><p class="forms">{s.num(n, "intl", offered=False)} | {s.num(n, "compact", offered=False)} | {s.num(n, "intl_compact", offered=False)}</p>'
            f'<div class="gauge big" style="--v:{score}">{score}%<small>{esc(labels["danger"])}</small></div>'
            f'<h2>{esc(labels["lookups"])}</h2><table class="stats"><tr><th>{esc(labels["date"])}</th><th>#</th></tr>{days}</table>'
            f'<h2>{esc(labels["reports"])}</h2><ul class="reports">{items}</ul></main>'
        )
        drafts[href] = (document(spec.lang, f"{write(n, 'national')} – {spec.name}", body, head), s)
    home = (
        f'<header class="bar"><b>{esc(spec.name)}</b><form action="/search"><input name="q" placeholder="{esc(labels["search"])}"></form></header>'
        f'<main><h1>{esc(labels["latest"])}</h1><div class="cards">{"".join(cards)}</div></main>{cookie_banner(spec.lang)}'
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – {labels['who']}", home, head), home_s)
    drafts["/contact"] = _contact(spec, head)
    return drafts


# --- alert_bulletin: warning notices as cards with accordions --------------------------------


def alert_bulletin(spec: Spec, rng: Random) -> Drafts:
    return _named_brands(spec, _alert_bulletin(spec, rng))


def _alert_bulletin(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/_assets/site.css">\n'
    path = spec.opt("path", "/waarschuwingen/helpdeskfraude")
    nav = [("/", text(spec, "home")), (path, text(spec, "h1")), ("/contact", "Contact")]
    s = _sheet(spec)
    cards = "".join(
        f'<details class="alert-card"{" open" if i == 0 else ""}><summary><span class="badge">{esc(c["badge"])}</span> {fill(spec, s, c["title"], bname(spec))}</summary>'
        f"{''.join(f'<p>{fill(spec, s, p, bname(spec))}</p>' for p in c['body'])}</details>"
        for i, c in enumerate(text(spec, "cards"))
    )
    main = (
        f'<header class="gov">{esc(spec.name)}{_nav(nav)}</header><main><p class="crumb">{esc(text(spec, "home"))} › {esc(text(spec, "h1"))}</p>'
        f'<h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "intro", bname(spec))}<div class="alerts">{cards}</div>{paras(spec, s, "outro", bname(spec))}</main>'
    )
    home_s = _sheet(spec)
    home = (
        f'<header class="gov">{esc(spec.name)}{_nav(nav)}</header><main><h1>{esc(spec.name)}</h1>{paras(spec, home_s, "home_paras", bname(spec))}'
        f'<p><a href="{path}">{esc(text(spec, "h1"))}</a></p></main>'
    )
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'h1')} | {spec.name}", main, head), s),
        "/contact": _contact(spec, head),
    }


# --- ioc_report: a security vendor's research post with an indicator table ------------------


def ioc_report(spec: Spec, rng: Random) -> Drafts:
    return _named_brands(spec, _ioc_report(spec, rng))


def _ioc_report(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/blog/wp-content/themes/research/style.css">\n'
    path = spec.opt("path", "/blog/research/tech-support-scam-wave/")
    s = _sheet(spec)
    rows = []
    for kind, value in text(spec, "iocs"):
        shown = fill(spec, s, value)
        rows.append(f"<tr><td>{esc(kind)}</td><td><code>{shown}</code></td></tr>")
    main = (
        f'<article class="post"><h1 class="entry-title">{esc(text(spec, "h1"))}</h1><div class="meta">{esc(text(spec, "byline"))} · <time datetime="2025-11-04">2025-11-04</time></div>'
        f'{paras(spec, s, "body", bname(spec))}<h2>{esc(text(spec, "ioc_h"))}</h2><table class="ioc"><tr><th>Type</th><th>Indicator</th></tr>{"".join(rows)}</table>'
        f"{paras(spec, s, 'outro', bname(spec))}</article>"
    )
    home_s = _sheet(spec)
    home = f'<header>{esc(spec.name)}</header><main><h1>{esc(spec.name)} Blog</h1><p><a href="{path}">{esc(text(spec, "h1"))}</a></p>{paras(spec, home_s, "home_paras", bname(spec))}</main>'
    return {
        "/": (document(spec.lang, f"{spec.name} Blog", home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'h1')} – {spec.name}", main, head), s),
        "/contact": _contact(spec, head),
    }


# --- live_news: a timestamped live blog ----------------------------------------------------


def live_news(spec: Spec, rng: Random) -> Drafts:
    return _named_brands(spec, _live_news(spec, rng))


def _live_news(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/live/oplichting-helpdesk")
    s = _sheet(spec)
    updates = "".join(
        f'<li class="live-update"><time class="stamp">{esc(when)}</time><div class="upd-body">{fill(spec, s, body, bname(spec))}</div></li>'
        for when, body in text(spec, "updates")
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": text(spec, "h1"),
        "coverageStartTime": "2025-11-18T06:00:00+01:00",
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n<link rel="stylesheet" href="/css/live.css">\n'
    main = (
        f'<header class="masthead"><a href="/">{esc(spec.name)}</a></header><main><span class="live-badge">LIVE</span><h1>{esc(text(spec, "h1"))}</h1>'
        f'{paras(spec, s, "lead", bname(spec))}<ol class="live-feed" reversed>{updates}</ol></main>'
    )
    home_s = _sheet(spec)
    home = f'<header class="masthead">{esc(spec.name)}</header><main><a class="teaser live" href="{path}"><h2>{esc(text(spec, "h1"))}</h2></a>{paras(spec, home_s, "home_paras", bname(spec))}</main>'
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'h1')} | {spec.name}", main, head), s),
        "/contact": _contact(spec),
    }


# --- discourse_thread: a Discourse topic with quote blocks ----------------------------------


def discourse_thread(spec: Spec, rng: Random) -> Drafts:
    return _named_brands(spec, _discourse_thread(spec, rng))


def _discourse_thread(spec: Spec, rng: Random) -> Drafts:
    topic = spec.opt("topic", "/t/gebeld-door-helpdesk/4821")
    head = '<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">\n<link rel="stylesheet" href="/stylesheets/desktop_theme.css">\n'
    s = _sheet(spec)
    posts = []
    for i, (who, cooked, quote) in enumerate(text(spec, "posts")):
        quoted = (
            f'<aside class="quote" data-post="{i}"><div class="title">{esc(text(spec, "posts")[i - 1][0])}:</div><blockquote>{fill(spec, s, quote, bname(spec))}</blockquote></aside>'
            if quote
            else ""
        )
        posts.append(
            f'<div class="topic-post" id="post_{i + 1}"><article class="boxed onscreen-post"><div class="topic-meta-data"><span class="username">{esc(who)}</span>'
            f'<span class="post-date">{rng.randint(1, 28)} nov.</span></div><div class="cooked">{quoted}<p>{fill(spec, s, cooked, bname(spec))}</p></div></article></div>'
        )
    body = (
        f'<header class="d-header"><a href="/">{esc(spec.name)}</a></header><div id="main-outlet"><h1 class="fancy-title">{esc(text(spec, "title"))}</h1>'
        f'<div class="post-stream">{"".join(posts)}</div></div>'
    )
    home_s = Sheet()
    home = (
        f'<header class="d-header">{esc(spec.name)}</header><div id="main-outlet"><table class="topic-list"><tr><td><a href="{topic}">{esc(text(spec, "title"))}</a></td><td>{len(posts)}</td></tr>'
        + "".join(
            f"<tr><td>{esc(t)}</td><td>{rng.randint(1, 40)}</td></tr>"
            for t in text(spec, "other_topics")
        )
        + "</table></div>"
    )
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        topic: (document(spec.lang, f"{text(spec, 'title')} - {spec.name}", body, head), s),
        "/about": (
            document(
                spec.lang,
                f"About - {spec.name}",
                f"<h1>About</h1>{paras(spec, Sheet(), 'about')}",
                head,
            ),
            Sheet(),
        ),
    }


# --- woo_reseller: a WooCommerce shop or repair business with makers' support numbers ------


def woo_reseller(spec: Spec, rng: Random) -> Drafts:
    return _named_brands(spec, _woo_reseller(spec, rng))


def _woo_reseller(spec: Spec, rng: Random) -> Drafts:
    head = (
        '<meta name="generator" content="WooCommerce 9.3.3">\n'
        '<link rel="stylesheet" href="/wp-content/themes/storefront/style.css?ver=4.6.0">\n'
        '<link rel="stylesheet" href="/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=9.3.3">\n'
    )
    own = spec.phones[0]
    nav = list(zip(["/", "/winkel", "/contact"], text(spec, "nav"), strict=True))
    drafts: Drafts = {}

    def shell(s: Sheet, main: str, title: str) -> str:
        top = f'<div class="site-header"><div class="site-branding"><a href="/">{esc(spec.name)}</a></div><span class="header-phone">{s.tel(own, s.num(own, spec.opt("style", "national")), national=True)}</span>{_nav(nav)}</div>'
        return document(
            spec.lang,
            title,
            f'<div id="page" class="hfeed site">{top}<div id="content" class="site-content">{main}</div></div>{tawk(spec.opt("tawk", "66a1b2c3d4e5f60718293a4b"))}',
            head,
            ' class="home page-template woocommerce-js"',
        )

    s = _sheet(spec)
    products = "".join(
        f'<li class="product type-product"><a href="/winkel"><h2 class="woocommerce-loop-product__title">{esc(name)}</h2><span class="price"><bdi>{esc(price)}</bdi></span></a></li>'
        for name, price in text(spec, "products")
    )
    home = f'<h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead")}<ul class="products columns-3">{products}</ul>'
    drafts["/"] = (shell(s, home, f"{spec.name} – {text(spec, 'h1')}"), s)
    s = _sheet(spec)
    drafts["/winkel"] = (
        shell(
            s,
            f'<h1>{esc(nav[1][1])}</h1><ul class="products columns-4">{products}</ul>',
            f"{nav[1][1]} – {spec.name}",
        ),
        s,
    )
    s = _sheet(spec)
    makers = "".join(
        f"<tr><td>{esc(BRAND_NAMES[brand])}</td><td>{esc(land)}</td><td>{s.num(n, 'intl', offered=False)}</td></tr>"
        for (brand, land), n in zip(spec.opt("makers", []), spec.quoted, strict=True)
    )
    contact = (
        f"<h1>{esc(nav[2][1])}</h1>{paras(spec, s, 'contact')}<p>{s.num(own, 'intl')}</p><h2>{esc(text(spec, 'makers_h'))}</h2>"
        f'<table class="shop_table makers"><tr><th>{esc(text(spec, "maker_l"))}</th><th>{esc(text(spec, "land_l"))}</th><th>Tel.</th></tr>{makers}</table>{paras(spec, s, "makers_note")}'
    )
    drafts["/contact"] = (shell(s, contact, f"{nav[2][1]} – {spec.name}"), s)
    return drafts


# --- help_center: a brand's own help centre with a per-country number table ----------------


def help_center(spec: Spec, rng: Random) -> Drafts:
    return _named_brands(spec, _help_center(spec, rng))


def _help_center(spec: Spec, rng: Random) -> Drafts:
    b = bname(spec)
    head = '<link rel="stylesheet" href="/hc/theming_assets/style.css">\n'
    s = _sheet(spec)
    rows = "".join(
        f'<tr data-country="{esc(code)}"><td>{esc(land)}</td><td>{s.tel(n, s.num(n, "intl"))}</td><td>{esc(hours)}</td></tr>'
        for (code, land, hours), n in zip(text(spec, "countries"), spec.phones, strict=True)
    )
    contact = (
        f'<header class="hc-header"><a href="/">{esc(b)} {esc(text(spec, "hc"))}</a></header><main class="hc"><h1>{esc(text(spec, "contact_h"))}</h1>'
        f'{paras(spec, s, "contact", b)}<table class="table countries"><tr><th>{esc(text(spec, "country_l"))}</th><th>{esc(text(spec, "phone_l"))}</th><th>{esc(text(spec, "hours_l"))}</th></tr>{rows}</table>'
        f"{paras(spec, s, 'warning', b)}</main>"
    )
    home_s = _sheet(spec)
    cats = "".join(
        f'<li class="blocks-item"><a href="/hc/articles/{360000 + i}">{esc(c)}</a></li>'
        for i, c in enumerate(text(spec, "categories"))
    )
    home = (
        f'<header class="hc-header">{esc(b)} {esc(text(spec, "hc"))}</header><main class="hc"><section class="hero"><h1>{esc(text(spec, "h1").format(b=b))}</h1>'
        f'<form role="search" action="/hc/search"><input type="search" name="query"></form></section><ul class="blocks-list">{cats}</ul>'
        f'<p><a href="/hc/contact">{esc(text(spec, "contact_h"))}</a></p></main>'
    )
    return {
        "/": (document(spec.lang, f"{b} {text(spec, 'hc')}", home, head), home_s),
        "/hc/contact": (document(spec.lang, f"{text(spec, 'contact_h')} – {b}", contact, head), s),
    }
