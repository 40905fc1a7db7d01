"""Third batch of held-out honest templates: hard negatives in shapes no batch used.

news_feature (a news feature quoting scam numbers in its headline, a screenshot's alt
text and a fact box), phpbb_thread (a phpBB consumer forum thread with quote boxes),
caller_lookup ("who called me" pages: one per number, with formats and comments),
warning_table (a bank, police or consumer body's table of known scam numbers, beside its
own genuine line), remote_support_shop (an honest computer shop on Elementor with a
chat widget and a TeamViewer QuickSupport page listing its own number), sqs_studio (an
honest IT studio on the Squarespace shell with terms, reviews and cookie banner),
partner_numbers (an IT partner's table of the makers' genuine support numbers),
hotline_guide (a guide to brands' genuine numbers per country) and local_business (a
small business on a short, brand-like name with its number in JSON-LD and tel: links).
Wording is each site's opts.text in sites3.toml; numbers go through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import themes, widgets
from crawler.sandbox.heldout.numbers import national_digits, write
from crawler.sandbox.heldout.scams import BRAND_NAMES
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, fill, nav, paras, squarespace, text


def _contact(spec: Spec, head: str = "", shell: str = "") -> tuple[str, Sheet]:
    """A plain contact page: the site's wording (own numbers through placeholders)."""
    s = Sheet()
    body = (
        f'{shell}<main class="contact"><h1>{esc(text(spec, "contact_h"))}</h1>{paras(spec, s, "contact")}'
        '<form method="post"><input name="email" type="email"><textarea name="message"></textarea><button>OK</button></form></main>'
    )
    return document(spec.lang, f"{text(spec, 'contact_h')} – {spec.name}", body, head), s


# --- news_feature: headline, screenshot alt text and fact box quote the numbers --------


@branded
def news_feature(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/regio/oplichters-bellen-als-microsoft")
    head = '<link rel="stylesheet" href="/static/css/article.css">\n'
    masthead = f'<header class="masthead"><a href="/" class="logo">{esc(spec.name)}</a>{nav([("/", text(spec, "home_l")), ("/contact", text(spec, "contact_h"))], "sections")}</header>'
    s = Sheet()
    box = "".join(
        f"<tr><th>{esc(k)}</th><td><strong>{fill(spec, s, v)}</strong></td></tr>"
        for k, v in text(spec, "box")
    )
    alt = fill(spec, s, text(spec, "fig_alt"))  # escaped text, recorded as quoted
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": fill(spec, Sheet(), text(spec, "headline"), raw=True),
        "datePublished": spec.opt("date", "2025-11-20T07:30:00+01:00"),
        "author": {"@type": "Person", "name": text(spec, "byline")},
        "publisher": {"@type": "NewsMediaOrganization", "name": spec.name},
    }
    fill(spec, s, text(spec, "headline"))  # the JSON-LD headline carries the same numbers
    article = (
        f'{masthead}<main><article class="article"><p class="kicker">{esc(text(spec, "kicker"))}</p>'
        f'<h1 class="headline">{fill(spec, s, text(spec, "headline"))}</h1><p class="byline">{esc(text(spec, "byline"))} · <time>{esc(text(spec, "when"))}</time></p>'
        f'<p class="intro"><strong>{fill(spec, s, text(spec, "intro"))}</strong></p>'
        f'<figure><img src="/media/2025/11/screenshot-popup.jpg" alt="{alt}" width="800" height="450"><figcaption>{esc(text(spec, "fig_caption"))}</figcaption></figure>'
        + "".join(
            f"<h2>{fill(spec, s, p[2:])}</h2>"
            if p.startswith("# ")
            else f"<p>{fill(spec, s, p)}</p>"
            for p in text(spec, "body")
        )
        + f'<aside class="factbox"><h3>{esc(text(spec, "box_h"))}</h3><table>{box}</table></aside></article></main>'
    )
    home_s = Sheet()
    home = (
        f'{masthead}<main class="front"><a class="teaser lead" href="{path}"><h2>{fill(spec, home_s, text(spec, "headline"))}</h2></a>'
        + "".join(f'<div class="teaser"><h3>{esc(t)}</h3></div>' for t in text(spec, "other"))
        + "</main>"
    )
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (
            document(
                spec.lang,
                f"{fill(spec, Sheet(), text(spec, 'headline'), raw=True)} | {spec.name}",
                article,
                head
                + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n',
            ),
            s,
        ),
        "/contact": _contact(spec, head, masthead),
    }


# --- phpbb_thread: a consumer forum thread with quote boxes ------------------------------


@branded
def phpbb_thread(spec: Spec, rng: Random) -> Drafts:
    topic = spec.opt("topic", "/viewtopic.php?t=18734")
    head = '<meta name="generator" content="phpBB">\n<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">\n'
    board = text(spec, "board")
    wrote = text(spec, "wrote")
    crumbs = f'<div class="navbar"><ul class="nav-breadcrumbs"><li class="breadcrumbs"><span class="crumb"><a href="/">{esc(board)}</a></span> <span class="crumb">{esc(text(spec, "forum_l"))}</span></li></ul></div>'
    s = Sheet()
    posts = []
    raw_posts = text(spec, "posts")
    title = fill(spec, s, text(spec, "title"))
    for i, (who, joined, body, quote, sig) in enumerate(raw_posts):
        quoted = (
            f"<blockquote><div><cite>{esc(raw_posts[quote][0])} {esc(wrote)}:</cite>{fill(spec, s, raw_posts[quote][2])}</div></blockquote>"
            if quote >= 0
            else ""
        )
        signature = f'<div class="signature">{esc(sig)}</div>' if sig else ""
        posts.append(
            f'<div id="p{52000 + i * 13}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username">{esc(who)}</a></dt>'
            f'<dd><strong>{esc(text(spec, "joined_l"))}:</strong> {esc(joined)}</dd></dl><div class="postbody"><h3>{"Re: " if i else ""}{title}</h3>'
            f'<p class="author">{rng.randint(1, 28)} nov 2025, {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}</p><div class="content">{quoted}{fill(spec, s, body)}</div>{signature}</div></div></div>'
        )
    body = f'<div id="wrap" class="wrap">{crumbs}<h2 class="topic-title"><a href="{topic}">{title}</a></h2>{"".join(posts)}</div>'
    thread = (
        document(
            spec.lang, f"{fill(spec, Sheet(), text(spec, 'title'), raw=True)} - {board}", body, head
        ),
        s,
    )
    home_s = Sheet()
    rows = (
        f'<li class="row"><a class="topictitle" href="{topic}">{fill(spec, home_s, text(spec, "title"))}</a> <span class="posts">{len(posts)}</span></li>'
        + "".join(
            f'<li class="row"><span class="topictitle">{esc(t)}</span> <span class="posts">{rng.randint(1, 60)}</span></li>'
            for t in text(spec, "other")
        )
    )
    home = f'<div id="wrap" class="wrap">{crumbs}<h2>{esc(text(spec, "forum_l"))}</h2><ul class="topiclist topics">{rows}</ul></div>'
    return {
        "/": (document(spec.lang, board, home, head), home_s),
        topic: thread,
        "/memberlist.php?mode=contactadmin": _contact(spec, head, crumbs),
    }


# --- caller_lookup: "who called me" pages ------------------------------------------------


@branded
def caller_lookup(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/css/lookup.css">\n'
    labels = text(spec, "labels")
    prefix = spec.opt("prefix", "/nummer/")
    top = f'<header class="lk"><a href="/">{esc(spec.name)}</a><form action="/zoek"><input name="q" placeholder="{esc(labels["search"])}"></form></header>'
    drafts: Drafts = {}
    home_s = Sheet()
    rows = []
    for entry in text(spec, "entries"):
        n = spec.quoted[entry["q"]]
        href = prefix + national_digits(n)
        rows.append(
            f'<tr><td><a href="{href}"><b>{home_s.num(n, spec.opt("style", "national"), offered=False)}</b></a></td>'
            f"<td>{esc(entry['verdict'])}</td><td>{esc(entry['kind'])}</td><td>{rng.randint(4, 900)}</td></tr>"
        )
        s = Sheet()
        comments = "".join(
            f'<li class="comment"><span class="who">{esc(w)}</span> <span class="when">{rng.randint(1, 28)}-{rng.randint(9, 11)}-2025</span><p>{fill(spec, s, c)}</p></li>'
            for w, c in entry["comments"]
        )
        formats = "".join(
            f"<li><b>{s.num(n, st, offered=False)}</b></li>"
            for st in ("national", "intl", "compact", "intl_compact")
        )
        body = (
            f"{top}<main><h1>{esc(labels['who'])} <strong>{s.num(n, spec.opt('style', 'national'), offered=False)}</strong>?</h1>"
            f'<table class="facts"><tr><th>{esc(labels["verdict"])}</th><td class="verdict">{esc(entry["verdict"])}</td></tr><tr><th>{esc(labels["kind"])}</th><td>{esc(entry["kind"])}</td></tr>'
            f'<tr><th>{esc(labels["lookups"])}</th><td>{rng.randint(40, 9000)}</td></tr></table><h2>{esc(labels["formats"])}</h2><ul class="formats">{formats}</ul>'
            f'<h2>{esc(labels["comments"])}</h2><ol class="comments">{comments}</ol></main>'
        )
        drafts[href] = (
            document(
                spec.lang, f"{write(n, 'national')} – {labels['who']} – {spec.name}", body, head
            ),
            s,
        )
    home = (
        f'{top}<main><h1>{esc(labels["latest"])}</h1><table class="latest"><tr><th>#</th><th>{esc(labels["verdict"])}</th><th>{esc(labels["kind"])}</th><th>{esc(labels["lookups"])}</th></tr>{"".join(rows)}</table>'
        f"{paras(spec, home_s, 'intro')}</main>{widgets.cookie_banner(spec.lang)}"
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – {labels['who']}", home, head), home_s)
    drafts["/contact"] = _contact(spec, head, top)
    return drafts


# --- warning_table: a table of known scam numbers beside the body's own line ----------


@branded
def warning_table(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/veiligheid/valse-helpdesks")
    head = '<link rel="stylesheet" href="/assets/gov.css">\n'
    top = f'<header class="org"><a href="/">{esc(spec.name)}</a>{nav([("/", text(spec, "home_l")), (path, text(spec, "h1")), ("/contact", text(spec, "contact_h"))])}</header>'
    s = Sheet()
    cols = "".join(f"<th>{esc(c)}</th>" for c in text(spec, "cols"))
    rows = "".join(
        f"<tr><td><strong>{fill(spec, s, n)}</strong></td><td>{esc(brand)}</td><td>{esc(channel)}</td><td>{esc(when)}</td></tr>"
        for n, brand, channel, when in text(spec, "rows")
    )
    main = (
        f'{top}<main><p class="crumb">{esc(text(spec, "home_l"))} / {esc(text(spec, "h1"))}</p><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "intro")}'
        f'<h2 class="alert">{fill(spec, s, text(spec, "alert_h"))}</h2>{paras(spec, s, "alert")}'
        f'<h2>{esc(text(spec, "table_h"))}</h2><table class="scam-numbers"><thead><tr>{cols}</tr></thead><tbody>{rows}</tbody></table>'
        f"<h2>{esc(text(spec, 'advice_h'))}</h2><ul>{''.join(f'<li>{fill(spec, s, a)}</li>' for a in text(spec, 'advice'))}</ul>"
        f'<div class="own-line">{paras(spec, s, "own")}</div></main>'
    )
    home_s = Sheet()
    home = f'{top}<main><h1>{esc(spec.name)}</h1>{paras(spec, home_s, "home_paras")}<p><a href="{path}">{esc(text(spec, "h1"))}</a></p></main>'
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'h1')} | {spec.name}", main, head), s),
        "/contact": _contact(spec, head, top),
    }


# --- remote_support_shop: an honest shop on Elementor with a QuickSupport page ---------


@branded
def remote_support_shop(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    mobile = spec.phones[1] if len(spec.phones) > 1 else None
    paths = ["/", spec.opt("remote_path", "/hulp-op-afstand/"), "/contact/"]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    chat = widgets.tawk(spec.opt("tawk", "5e9f8a7b6c5d4e3f2a1b0c9d/default"))
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        button = f'<div class="header-phone">{s.tel(own, s.num(own, spec.opt("style", "national")), national=True)}</div>'
        if index == 0:
            cards = "".join(
                themes.el_widget(
                    "icon-box",
                    f'<div class="elementor-icon-box-wrapper"><h3 class="elementor-icon-box-title">{esc(x)}</h3></div>',
                    f"{5 + i:02x}b{i}d2",
                )
                for i, x in enumerate(text(spec, "services"))
            )
            main = themes.el_section(
                themes.el_widget(
                    "heading",
                    f'<h1 class="elementor-heading-title">{esc(text(spec, "h1"))}</h1>',
                    "0f3a6c1",
                )
                + themes.el_widget("text-editor", paras(spec, s, "lead"), "2c7e9b4"),
                "61d0a2e",
            ) + themes.el_section(cards, "83b2f1c", "elementor-section-full_width")
        elif index == 1:
            steps = "".join(f"<li>{fill(spec, s, x)}</li>" for x in text(spec, "remote_steps"))
            main = themes.el_section(
                themes.el_widget(
                    "heading",
                    f'<h1 class="elementor-heading-title">{esc(links[1][1])}</h1>',
                    "4a9d0e3",
                )
                + themes.el_widget(
                    "text-editor", paras(spec, s, "remote") + f"<ol>{steps}</ol>", "9b1c7f2"
                )
                + themes.el_widget(
                    "button",
                    f'<div class="elementor-button-wrapper"><a class="elementor-button" href="https://download.teamviewer.com/download/TeamViewerQS.exe"><span class="elementor-button-text">{esc(text(spec, "download_l"))}</span></a></div>',
                    "d3e5a81",
                ),
                "c4f2b90",
            )
        else:
            main = themes.el_section(
                themes.el_widget(
                    "heading",
                    f'<h1 class="elementor-heading-title">{esc(links[2][1])}</h1>',
                    "7e2d4b6",
                )
                + themes.el_widget("text-editor", paras(spec, s, "contact"), "1f8c3a5"),
                "5b7a9e0",
            )
        footer = f"<p>{esc(spec.name)} · {esc(text(spec, 'address'))} · {s.num(own, 'intl')}</p><p>{esc(text(spec, 'reg'))}</p>"
        end = (
            chat
            + (widgets.whatsapp_float(s, mobile, "WhatsApp") if mobile else "")
            + widgets.cookie_banner(spec.lang)
        )
        parts = themes.Parts(
            spec.lang,
            f"{links[index][1] if index else text(spec, 'h1')} – {spec.name}",
            spec.name,
            main,
            links,
            button,
            footer,
            body_end=end,
            page_id=12 + index * 5,
        )
        drafts[path] = (themes.elementor(parts), s)
    return drafts


# --- sqs_studio: an honest IT studio on the Squarespace shell ---------------------------


@branded
def sqs_studio(spec: Spec, rng: Random) -> Drafts:
    terms_path = spec.opt("terms_path", "/algemene-voorwaarden")
    paths = ["/", spec.opt("about_path", "/over-ons"), terms_path, "/contact"]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        if index == 0:
            reviews = "".join(
                f'<blockquote class="review"><p>{esc(t)}</p><footer>{esc(w)}</footer></blockquote>'
                for w, t in text(spec, "reviews")
            )
            main = f"<h1>{esc(text(spec, 'h1'))}</h1>{paras(spec, s, 'lead')}<h2>{esc(text(spec, 'reviews_h'))}</h2>{reviews}"
        elif index == 1:
            main = f"<h1>{esc(links[1][1])}</h1>{paras(spec, s, 'about')}"
        elif index == 2:
            main = f"<h1>{esc(links[2][1])}</h1>" + "".join(
                f"<h2>{esc(h)}</h2><p>{fill(spec, s, p)}</p>" for h, p in text(spec, "terms")
            )
        else:
            main = f"<h1>{esc(links[3][1])}</h1>{paras(spec, s, 'contact')}"
        footer = f"<p>{fill(spec, s, text(spec, 'footer_line'))}</p>" + widgets.trust_footer(
            spec.lang, spec.name, text(spec, "reg"), 2025
        )
        drafts[path] = (
            squarespace(
                spec.lang,
                f"{spec.name} — {text(spec, 'h1') if index == 0 else links[index][1]}",
                spec.name,
                links,
                main,
                footer,
                "",
                widgets.cookie_banner(spec.lang),
                collection=spec.opt("collection", "60c1d2e3f4a5b6c7d8e9f0a1"),
            ),
            s,
        )
    return drafts


# --- partner_numbers: an IT partner's table of makers' genuine support numbers ----------


@branded
def partner_numbers(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/support-contacts")
    links = list(zip(["/", path, "/contact"], text(spec, "nav"), strict=True))
    head = '<link rel="stylesheet" href="/assets/site.css">\n'
    top = f'<header class="corp"><a href="/">{esc(spec.name)}</a>{nav(links)}</header>'
    s = Sheet()
    rows = "".join(
        f'<tr><td><img src="/logos/{esc(brand)}.svg" alt="{esc(BRAND_NAMES[brand])}" width="20"> {esc(BRAND_NAMES[brand])}</td><td>{esc(land)}</td><td>{fill(spec, s, number)}</td><td><a href="https://{esc(src)}" rel="nofollow">{esc(src)}</a></td></tr>'
        for brand, land, number, src in text(spec, "makers")
    )
    cols = "".join(f"<th>{esc(c)}</th>" for c in text(spec, "cols"))
    table = (
        f'{top}<main><h1>{esc(links[1][1])}</h1>{paras(spec, s, "table_intro")}<table class="vendor-contacts"><tr>{cols}</tr>{rows}</table>'
        f"{paras(spec, s, 'note')}</main>"
    )
    home_s = Sheet()
    home = f'{top}<main><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, home_s, "lead")}<ul class="services">{"".join(f"<li>{esc(x)}</li>" for x in text(spec, "services"))}</ul></main>'
    return {
        "/": (document(spec.lang, f"{spec.name} – {text(spec, 'h1')}", home, head), home_s),
        path: (document(spec.lang, f"{links[1][1]} – {spec.name}", table, head), s),
        "/contact": _contact(spec, head, top),
    }


# --- hotline_guide: brands' genuine numbers per country, one accordion per brand -------


@branded
def hotline_guide(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/static/guide.css">\n'
    prefix = spec.opt("prefix", "/numeros/")
    top = f'<header class="guide"><a href="/">{esc(spec.name)}</a></header>'
    drafts: Drafts = {}
    cards = []
    for entry in text(spec, "brands"):
        brand = entry["brand"]
        s = Sheet()
        rows = "".join(
            f"<tr><td>{esc(land)}</td><td><b>{fill(spec, s, number)}</b></td><td>{esc(hours)}</td></tr>"
            for land, number, hours in entry["rows"]
        )
        body = (
            f"{top}<main><h1>{esc(text(spec, 'brand_h').format(b=BRAND_NAMES[brand]))}</h1><details open><summary>{esc(BRAND_NAMES[brand])}</summary>"
            f'<table class="numbers"><tr><th>{esc(text(spec, "land_l"))}</th><th>{esc(text(spec, "phone_l"))}</th><th>{esc(text(spec, "hours_l"))}</th></tr>{rows}</table>'
            f'<p class="src">{esc(text(spec, "source_l"))}: <a href="https://{esc(entry["source"])}" rel="nofollow">{esc(entry["source"])}</a></p></details>'
            f'<div class="warn">{paras(spec, s, "warn")}</div></main>'
        )
        drafts[prefix + brand] = (
            document(
                spec.lang,
                f"{text(spec, 'brand_h').format(b=BRAND_NAMES[brand])} – {spec.name}",
                body,
                head,
            ),
            s,
        )
        cards.append(f'<li><a href="{prefix + brand}">{esc(BRAND_NAMES[brand])}</a></li>')
    home_s = Sheet()
    home = f'{top}<main><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, home_s, "intro")}<ul class="brands">{"".join(cards)}</ul></main>'
    drafts["/"] = (document(spec.lang, spec.name, home, head), home_s)
    drafts["/contact"] = _contact(spec, head, top)
    return drafts


# --- local_business: a small business on a short brand-like name -----------------------


@branded
def local_business(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    paths = ["/", spec.opt("list_path", "/menu"), "/contact"]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    head = '<link rel="stylesheet" href="/css/style.css">\n'
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        data = {
            "@context": "https://schema.org",
            "@type": spec.opt("ld_type", "LocalBusiness"),
            "name": spec.name,
            "telephone": write(s.hidden(own), "intl"),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": text(spec, "street"),
                "addressLocality": text(spec, "city"),
                "addressCountry": spec.country,
            },
        }
        ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
        top = f'<header class="site"><a class="logo" href="/">{esc(spec.name)}</a> <span class="tagline">{esc(text(spec, "tagline"))}</span>{nav(links)}</header>'
        if index == 0:
            hours = "".join(
                f"<tr><td>{esc(d)}</td><td>{esc(t)}</td></tr>" for d, t in text(spec, "hours")
            )
            main = f'<main><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead")}<table class="hours">{hours}</table></main>'
        elif index == 1:
            items = "".join(
                f"<tr><td>{esc(a)}</td><td>{esc(p)}</td></tr>" for a, p in text(spec, "items")
            )
            main = f'<main><h1>{esc(links[1][1])}</h1><table class="list">{items}</table>{paras(spec, s, "list_note")}</main>'
        else:
            main = f"<main><h1>{esc(links[2][1])}</h1>{paras(spec, s, 'contact')}<p>{esc(text(spec, 'street'))}, {esc(text(spec, 'city'))}</p></main>"
        foot = f"<footer>{s.tel(own, s.num(own, spec.opt('style', 'national')), national=True)} · {esc(text(spec, 'reg'))}</footer>"
        drafts[path] = (
            document(
                spec.lang,
                f"{spec.name} – {links[index][1] if index else text(spec, 'tagline')}",
                top + main + foot,
                head + ld,
            ),
            s,
        )
    return drafts


TEMPLATES = {
    "news_feature": news_feature,
    "phpbb_thread": phpbb_thread,
    "caller_lookup": caller_lookup,
    "warning_table": warning_table,
    "remote_support_shop": remote_support_shop,
    "sqs_studio": sqs_studio,
    "partner_numbers": partner_numbers,
    "hotline_guide": hotline_guide,
    "local_business": local_business,
}
