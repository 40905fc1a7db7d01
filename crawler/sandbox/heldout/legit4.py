"""Fourth batch of held-out honest templates: hard negatives in shapes no batch used.

tv_transcript (a TV consumer programme's article with an embedded player and a
timestamped transcript quoting scam numbers), newsletter (a municipality's or senior
association's e-mail newsletter in table layout, "beware of fake callers"), paste_thread
(a Reddit/Tweakers-style thread where users paste the pop-up text verbatim), number_page
(a reverse-lookup directory: one page per number with a tel: link and JSON-LD about the
looked-up number), kit_analysis (a security vendor's analysis of a scareware kit quoting
its HTML and alert strings), wiki_article (an encyclopedia article on tech support scams),
msp_webflow (an honest managed-service provider on Webflow with a remote-support download
and chat), repair_chain (a repair chain's branch list and remote-help page), webshop_help
(an honest webshop with a help article: printer offline, licence renewal),
telecom_support (a telecom provider's own support page) and bank_faq (a bank's or
police zone's FAQ quoting scam numbers beside its own line).
Wording is each site's opts.text in sites4.toml; numbers go through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import themes, widgets
from crawler.sandbox.heldout.numbers import national_digits, write
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, fill, nav, paras, text
from crawler.sandbox.heldout.texts4 import webflow


def _contact(spec: Spec, top: str, head: str = "", path_title: str = "") -> tuple[str, Sheet]:
    s = Sheet()
    body = (
        f'{top}<main class="contact"><h1>{esc(text(spec, "contact_h"))}</h1>{paras(spec, s, "contact")}'
        '<form method="post"><input name="naam"><input name="email" type="email"><textarea name="bericht"></textarea><button>OK</button></form></main>'
    )
    return document(
        spec.lang, path_title or f"{text(spec, 'contact_h')} – {spec.name}", body, head
    ), s


def _body(spec: Spec, s: Sheet, key: str) -> str:
    """Paragraphs; "# " starts a heading, "> " a quote block."""
    out = []
    for p in text(spec, key):
        if p.startswith("# "):
            out.append(f"<h2>{fill(spec, s, p[2:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote>{fill(spec, s, p[2:])}</blockquote>")
        else:
            out.append(f"<p>{fill(spec, s, p)}</p>")
    return "".join(out)


# --- tv_transcript: a programme article with a player and a transcript ---------------


@branded
def tv_transcript(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/uitzendingen/nepbellers")
    head = '<link rel="stylesheet" href="/assets/omroep.css">\n'
    top = f'<header class="omroep"><a class="logo" href="/">{esc(spec.name)}</a>{nav([("/", text(spec, "home_l")), (path, text(spec, "episode_l")), ("/contact", text(spec, "contact_h"))])}</header>'
    s = Sheet()
    cues = "".join(
        f'<li class="cue"><span class="ts">{esc(ts)}</span> <b class="spk">{esc(who)}</b> {fill(spec, s, line)}</li>'
        for ts, who, line in text(spec, "transcript")
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": text(spec, "headline"),
        "uploadDate": spec.opt("date", "2026-01-14T20:25:00+01:00"),
        "duration": "PT11M40S",
        "thumbnailUrl": f"https://{spec.host}/media/still-{rng.randint(1000, 9999)}.jpg",
        "description": text(spec, "teaser"),
    }
    article = (
        f'{top}<main><article class="episode"><p class="prog">{esc(text(spec, "programme"))}</p><h1>{esc(text(spec, "headline"))}</h1>'
        f'<p class="teaser">{esc(text(spec, "teaser"))}</p>'
        f'<div class="player" data-video-id="{rng.randint(100000, 999999)}"><video controls preload="none" poster="/media/still.jpg"><source src="/media/episode.mp4" type="video/mp4"><track kind="captions" src="/media/episode.vtt"></video></div>'
        f"{_body(spec, s, 'body')}"
        f'<details class="transcript" open><summary>{esc(text(spec, "transcript_l"))}</summary><ol class="cues">{cues}</ol></details>'
        f'<aside class="tips"><h3>{esc(text(spec, "tips_h"))}</h3><ul>{"".join(f"<li>{fill(spec, s, t)}</li>" for t in text(spec, "tips"))}</ul></aside></article></main>'
    )
    home_s = Sheet()
    home = (
        f'{top}<main class="front"><a class="tile" href="{path}"><h2>{esc(text(spec, "headline"))}</h2><p>{esc(text(spec, "teaser"))}</p></a>'
        + "".join(f'<div class="tile"><h3>{esc(t)}</h3></div>' for t in text(spec, "other"))
        + "</main>"
    )
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (
            document(
                spec.lang,
                f"{text(spec, 'headline')} | {spec.name}",
                article,
                head
                + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n',
            ),
            s,
        ),
        "/contact": _contact(spec, top, head),
    }


# --- newsletter: an e-mail newsletter in table layout -----------------------------------


@branded
def newsletter(spec: Spec, rng: Random) -> Drafts:
    issue = spec.opt("path", "/nieuwsbrief/2026-01")
    s = Sheet()
    blocks = "".join(
        f'<tr><td class="block" style="padding:16px 24px;font-family:Arial,sans-serif;font-size:16px;line-height:1.5"><h2 style="color:#004b87">{fill(spec, s, h)}</h2>'
        + "".join(f"<p>{fill(spec, s, p)}</p>" for p in ps)
        + "</td></tr>"
        for h, ps in text(spec, "blocks")
    )
    mail = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#eeeeee"><tr><td align="center">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" class="mcnTemplateContainer">'
        f'<tr><td style="padding:8px 24px;font-size:12px;color:#777">{esc(text(spec, "preheader"))} · <a href="{issue}">{esc(text(spec, "browser_l"))}</a></td></tr>'
        f'<tr><td class="header" style="padding:24px;background:#004b87;color:#fff"><h1 style="margin:0">{esc(spec.name)}</h1><p>{esc(text(spec, "issue_l"))}</p></td></tr>'
        f'{blocks}<tr><td class="footer" style="padding:16px 24px;font-size:12px;color:#555">{paras(spec, s, "footer")}'
        f'<p><a href="/afmelden">{esc(text(spec, "unsub_l"))}</a></p></td></tr></table></td></tr></table>'
    )
    home_s = Sheet()
    home = (
        f'<header class="vereniging"><a href="/">{esc(spec.name)}</a>{nav([("/", text(spec, "home_l")), (issue, text(spec, "issue_l")), ("/contact", text(spec, "contact_h"))])}</header>'
        f'<main><h1>{esc(spec.name)}</h1>{paras(spec, home_s, "home")}<ul class="archive"><li><a href="{issue}">{esc(text(spec, "issue_l"))}</a></li>'
        + "".join(f"<li>{esc(t)}</li>" for t in text(spec, "older"))
        + "</ul></main>"
    )
    top = f'<header class="vereniging"><a href="/">{esc(spec.name)}</a></header>'
    return {
        "/": (document(spec.lang, spec.name, home), home_s),
        issue: (
            document(
                spec.lang,
                f"{text(spec, 'issue_l')} – {spec.name}",
                mail,
                '<meta name="x-apple-disable-message-reformatting">\n',
            ),
            s,
        ),
        "/contact": _contact(spec, top),
    }


# --- paste_thread: a thread where users paste the pop-up verbatim ----------------------


@branded
def paste_thread(spec: Spec, rng: Random) -> Drafts:
    thread = spec.opt("thread", "/forum/list_messages/2291834")
    head = '<link rel="stylesheet" href="/static/forum.css">\n'
    top = f'<header class="fh"><a href="/">{esc(spec.name)}</a> <span class="sub">{esc(text(spec, "board"))}</span></header>'
    s = Sheet()
    posts = []
    for i, (who, score, parts) in enumerate(text(spec, "posts")):
        body = "".join(
            f'<pre class="paste"><code>{fill(spec, s, p[2:])}</code></pre>'
            if p.startswith("$ ")
            else f"<p>{fill(spec, s, p)}</p>"
            for p in parts
        )
        posts.append(
            f'<div class="message" id="m{rng.randint(10**7, 10**8 - 1)}" style="margin-left:{min(i, 3) * 24}px"><div class="mh"><a class="user">{esc(who)}</a> '
            f'<span class="score">{esc(str(score))} {esc(text(spec, "points_l"))}</span> <span class="age">{rng.randint(1, 23)} {esc(text(spec, "ago_l"))}</span></div><div class="mb">{body}</div></div>'
        )
    title = fill(spec, s, text(spec, "title"))
    page = f'{top}<main class="thread"><h1>{title}</h1>{"".join(posts)}</main>'
    home_s = Sheet()
    home = (
        f'{top}<main><h1>{esc(text(spec, "board"))}</h1><ul class="topics"><li><a href="{thread}">{fill(spec, home_s, text(spec, "title"))}</a></li>'
        + "".join(f"<li>{esc(t)}</li>" for t in text(spec, "other"))
        + "</ul></main>"
    )
    return {
        "/": (document(spec.lang, text(spec, "board"), home, head), home_s),
        thread: (
            document(
                spec.lang,
                f"{fill(spec, Sheet(), text(spec, 'title'), raw=True)} - {spec.name}",
                page,
                head,
            ),
            s,
        ),
        "/help/contact": _contact(spec, top, head),
    }


# --- number_page: a reverse lookup, one page per number, tel: link and JSON-LD ---------


@branded
def number_page(spec: Spec, rng: Random) -> Drafts:
    labels = text(spec, "labels")
    prefix = spec.opt("prefix", "/nummer/")
    head = '<link rel="stylesheet" href="/css/app.css">\n'
    top = f'<header class="rl"><a href="/">{esc(spec.name)}</a><form action="/suche"><input name="q" type="tel" placeholder="{esc(labels["search"])}"></form></header>'
    drafts: Drafts = {}
    home_s = Sheet()
    latest = []
    for entry in text(spec, "entries"):
        n = spec.quoted[entry["q"]]
        href = prefix + national_digits(n)
        latest.append(
            f'<li><a href="{href}">{home_s.num(n, spec.opt("style", "national"), offered=False)}</a> – {esc(entry["rating"])}</li>'
        )
        s = Sheet()
        shown = s.num(n, spec.opt("style", "national"), offered=False)
        bars = "".join(
            f'<div class="bar"><span>{esc(k)}</span><i style="width:{v}%"></i> {v}%</div>'
            for k, v in entry["votes"]
        )
        comments = "".join(
            f'<article class="cmt"><header><b>{esc(w)}</b> · {rng.randint(1, 28):02d}.{rng.randint(1, 2):02d}.2026 · {esc(tag)}</header><p>{fill(spec, s, c)}</p></article>'
            for w, tag, c in entry["comments"]
        )
        s.hidden(n, offered=False)
        ld = {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": f"{labels['who']} {write(n, spec.opt('style', 'national'))}",
            "about": {
                "@type": "Thing",
                "name": write(n, "intl"),
                "identifier": n,
                "description": entry["rating"],
            },
            "aggregateRating": {
                "@type": "AggregateRating",
                "ratingValue": entry["score"],
                "bestRating": "5",
                "ratingCount": str(rng.randint(12, 400)),
            },
        }
        body = (
            f'{top}<main class="num"><h1>{esc(labels["who"])} {shown}</h1>'
            f'<p class="rating">{esc(labels["rating"])}: <b>{esc(entry["rating"])}</b></p>'
            f'<p class="dial">{s.tel(n, esc(labels["dial"]), offered=False)} · {esc(labels["origin"])}: {esc(entry["origin"])}</p>'
            f'<section class="votes">{bars}</section><h2>{esc(labels["comments"])}</h2>{comments}</main>'
        )
        drafts[href] = (
            document(
                spec.lang,
                f"{write(n, spec.opt('style', 'national'))} – {labels['who']} | {spec.name}",
                body,
                head
                + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n',
            ),
            s,
        )
    home = f'{top}<main><h1>{esc(labels["latest"])}</h1><ul class="latest">{"".join(latest)}</ul>{paras(spec, home_s, "intro")}</main>{widgets.cookie_banner(spec.lang, "complianz")}'
    drafts["/"] = (document(spec.lang, f"{spec.name} – {labels['who']}", home, head), home_s)
    drafts[spec.opt("contact_path", "/kontakt")] = _contact(spec, top, head)
    return drafts


# --- kit_analysis: a vendor's analysis of a scareware kit ------------------------------


@branded
def kit_analysis(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/research/scareware-kit")
    head = '<link rel="stylesheet" href="/assets/blog.css"><link rel="stylesheet" href="/assets/prism.css">\n'
    top = f'<header class="vb"><a href="/">{esc(spec.name)}</a>{nav([("/", "Blog"), (path, text(spec, "kicker")), ("/about", text(spec, "about_h"))])}</header>'
    s = Sheet()
    parts = []
    for p in text(spec, "body"):
        if p.startswith("```"):
            lang, code = p[3:].split("\n", 1)
            parts.append(
                f'<pre class="language-{esc(lang)}"><code class="language-{esc(lang)}">{fill(spec, s, code)}</code></pre>'
            )
        elif p.startswith("# "):
            parts.append(f"<h2>{fill(spec, s, p[2:])}</h2>")
        else:
            parts.append(f"<p>{fill(spec, s, p)}</p>")
    iocs = "".join(
        f"<tr><td>{esc(k)}</td><td><code>{fill(spec, s, v)}</code></td></tr>"
        for k, v in text(spec, "iocs")
    )
    article = (
        f'{top}<main><article class="post"><p class="kicker">{esc(text(spec, "kicker"))}</p><h1>{esc(text(spec, "h1"))}</h1><p class="by">{esc(text(spec, "byline"))}</p>'
        f'{"".join(parts)}<h2>{esc(text(spec, "ioc_h"))}</h2><table class="ioc">{iocs}</table></article></main>'
    )
    home_s = Sheet()
    home = (
        f'{top}<main class="list"><article><h2><a href="{path}">{esc(text(spec, "h1"))}</a></h2><p>{esc(text(spec, "summary"))}</p></article>'
        + "".join(f"<article><h2>{esc(t)}</h2></article>" for t in text(spec, "other"))
        + "</main>"
    )
    about_s = Sheet()
    about = (
        f"{top}<main><h1>{esc(text(spec, 'about_h'))}</h1>{paras(spec, about_s, 'about')}</main>"
    )
    return {
        "/": (document(spec.lang, f"{spec.name} Blog", home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'h1')} | {spec.name}", article, head), s),
        "/about": (
            document(spec.lang, f"{text(spec, 'about_h')} | {spec.name}", about, head),
            about_s,
        ),
    }


# --- wiki_article: an encyclopedia article on tech support scams -----------------------


@branded
def wiki_article(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/wiki/Technical_support_scam")
    head = '<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">\n<meta name="generator" content="MediaWiki 1.42.0">\n'
    s = Sheet()
    toc = "".join(
        f'<li class="toclevel-1"><a href="#s{i}">{esc(h)}</a></li>'
        for i, (h, _) in enumerate(text(spec, "sections"))
    )
    sections = "".join(
        f'<h2 id="s{i}"><span class="mw-headline">{esc(h)}</span><span class="mw-editsection">[<a href="{path}?action=edit&amp;section={i + 1}">edit</a>]</span></h2>'
        + "".join(f"<p>{fill(spec, s, p)}</p>" for p in ps)
        for i, (h, ps) in enumerate(text(spec, "sections"))
    )
    refs = "".join(
        f'<li id="cite_note-{i + 1}"><span class="reference-text">{esc(r)}</span></li>'
        for i, r in enumerate(text(spec, "refs"))
    )
    fig = (
        f'<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Fake_alert.png" class="mw-file-description">'
        f'<img src="/upload/thumb/fake_alert.png/330px-fake_alert.png" width="330" height="200" alt="{fill(spec, s, text(spec, "fig_alt"))}" class="mw-file-element"></a>'
        f"<figcaption>{fill(spec, s, text(spec, 'fig_caption'))}</figcaption></figure>"
    )
    body = (
        f'<div class="mw-page-container"><header class="vector-header"><a class="mw-logo" href="/">{esc(spec.name)}</a></header>'
        f'<main id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading mw-first-heading">{esc(text(spec, "h1"))}</h1>'
        f'<div id="bodyContent" class="vector-body"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">{fig}'
        f'<p>{fill(spec, s, text(spec, "lede"))}</p><div id="toc" class="toc"><ul>{toc}</ul></div>{sections}'
        f'<h2>References</h2><ol class="references">{refs}</ol></div></div></div></main>'
        f'<footer id="footer"><a href="/wiki/Help:Contents">{esc(text(spec, "help_h"))}</a></footer></div>'
    )
    home_s = Sheet()
    home = f'<main class="portal"><h1>{esc(spec.name)}</h1>{paras(spec, home_s, "portal")}<p><a href="{path}">{esc(text(spec, "h1"))}</a></p></main>'
    help_s = Sheet()
    help_page = f'<main class="mw-body"><h1>{esc(text(spec, "help_h"))}</h1>{paras(spec, help_s, "help")}</main>'
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'h1')} - {spec.name}", body, head), s),
        "/wiki/Help:Contents": (
            document(spec.lang, f"{text(spec, 'help_h')} - {spec.name}", help_page, head),
            help_s,
        ),
    }


# --- msp_webflow: an honest managed-service provider on Webflow ------------------------


@branded
def msp_webflow(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    paths = [
        "/",
        spec.opt("remote_path", "/support-op-afstand"),
        spec.opt("contact_path", "/contact"),
    ]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    chat = widgets.smartsupp(spec.opt("smartsupp", "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"))
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        if index == 0:
            cards = "".join(
                f'<div class="service-card"><h3>{esc(h)}</h3><p>{esc(p)}</p></div>'
                for h, p in text(spec, "services")
            )
            main = (
                f'<section class="section-hero"><div class="container w-container"><h1 class="heading-xl">{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead")}'
                f'<a href="{paths[2]}" class="button-primary w-button">{esc(text(spec, "cta"))}</a></div></section><section class="section"><div class="w-layout-grid grid-3">{cards}</div></section>'
            )
        elif index == 1:
            steps = "".join(f"<li>{fill(spec, s, x)}</li>" for x in text(spec, "steps"))
            main = (
                f'<section class="section"><div class="container w-container"><h1>{esc(links[1][1])}</h1>{paras(spec, s, "remote")}<ol>{steps}</ol>'
                f'<a class="button-primary w-button" href="https://download.teamviewer.com/download/TeamViewerQS_x64.exe">{esc(text(spec, "download_l"))}</a>'
                f'<p class="small">{esc(text(spec, "remote_note"))}</p></div></section>'
            )
        else:
            main = f'<section class="section"><div class="container w-container"><h1>{esc(links[2][1])}</h1>{paras(spec, s, "contact")}</div></section>'
        footer = f'<p>{esc(spec.name)} · {esc(text(spec, "address"))} · {s.tel(own, s.num(own, spec.opt("style", "national")))}</p><p class="legal">{esc(text(spec, "reg"))}</p>'
        drafts[path] = (
            webflow(
                spec.lang,
                f"{text(spec, 'h1') if index == 0 else links[index][1]} | {spec.name}",
                spec.name,
                links,
                main,
                footer,
                chat + widgets.cookie_banner(spec.lang),
                spec.opt("wf_site", "65a0b1c2d3e4f5061728394a"),
                f"65a0b1c2d3e4f50617283a{index:02d}",
            ),
            s,
        )
    return drafts


# --- repair_chain: a repair chain's branches and remote-help page ----------------------


@branded
def repair_chain(spec: Spec, rng: Random) -> Drafts:
    remote = spec.phones[-1]
    branches = text(spec, "branches")  # [city, street, phone index]
    paths = ["/", "/winkels", spec.opt("remote_path", "/hulp-op-afstand"), "/contact"]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        header = f'<div class="ast-header-html"><span class="hdr-call">{esc(text(spec, "remote_l"))}: {s.tel(remote, s.num(remote, "national"), national=True)}</span></div>'
        if index == 0:
            main = f'<h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead")}<ul class="wp-block-list">{"".join(f"<li>{esc(x)}</li>" for x in text(spec, "services"))}</ul>'
        elif index == 1:
            cards = "".join(
                f'<div class="wp-block-column store"><h3>{esc(spec.name)} {esc(city)}</h3><p>{esc(street)}</p><p>{s.tel(spec.phones[i], s.num(spec.phones[i], "national"), national=True)}</p><p class="hours">{esc(text(spec, "hours"))}</p></div>'
                for city, street, i in branches
            )
            main = f'<h1>{esc(links[1][1])}</h1><div class="wp-block-columns stores">{cards}</div>'
        elif index == 2:
            main = f"<h1>{esc(links[2][1])}</h1>{paras(spec, s, 'remote')}<ol>{''.join(f'<li>{fill(spec, s, x)}</li>' for x in text(spec, 'steps'))}</ol>"
        else:
            main = f"<h1>{esc(links[3][1])}</h1>{paras(spec, s, 'contact')}"
        footer = f"<p>© 2026 {esc(spec.name)} B.V. · {esc(text(spec, 'reg'))}</p>"
        parts = themes.Parts(
            spec.lang,
            f"{links[index][1] if index else text(spec, 'h1')} – {spec.name}",
            spec.name,
            main,
            links,
            header,
            footer,
            body_end=widgets.livechat(spec.opt("livechat", 14873625))
            + widgets.cookie_banner(spec.lang),
            page_id=90 + index,
        )
        drafts[path] = (themes.astra(parts), s)
    return drafts


# --- webshop_help: a webshop with a help article ---------------------------------------


@branded
def webshop_help(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    help_path = spec.opt("help_path", "/help/printer-offline")
    paths = ["/", help_path, "/klantenservice"]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    head = '<link rel="stylesheet" href="/static/frontend/Magento/luma/nl_NL/css/styles-m.css">\n'
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        top = (
            f'<div class="panel header"><span class="usp">{esc(text(spec, "usp"))}</span> <span class="service-phone">{esc(text(spec, "service_l"))} {s.tel(own, s.num(own, spec.opt("style", "national")), national=True)}</span></div>'
            f'<header class="page-header"><a class="logo" href="/">{esc(spec.name)}</a>{nav(links, "navigation")}<form class="minisearch"><input name="q"></form></header>'
        )
        if index == 0:
            items = "".join(
                f'<li class="product-item"><strong class="product-item-name">{esc(n)}</strong><span class="price">{esc(p)}</span><button class="tocart">{esc(text(spec, "cart_l"))}</button></li>'
                for n, p in text(spec, "products")
            )
            main = f'<h1 class="page-title">{esc(text(spec, "h1"))}</h1>{paras(spec, s, "lead")}<ol class="products list items product-items">{items}</ol>'
        elif index == 1:
            main = f'<h1 class="page-title">{esc(links[1][1])}</h1>' + "".join(
                f"<h2>{esc(h)}</h2>" + "".join(f"<p>{fill(spec, s, p)}</p>" for p in ps)
                for h, ps in text(spec, "help")
            )
        else:
            main = f'<h1 class="page-title">{esc(links[2][1])}</h1>{paras(spec, s, "service")}'
        foot = f'<footer class="page-footer"><p>{esc(text(spec, "reg"))}</p><p class="payment">iDEAL · PayPal · Klarna</p></footer>'
        drafts[path] = (
            document(
                spec.lang,
                f"{links[index][1] if index else text(spec, 'h1')} | {spec.name}",
                f'{top}<main id="maincontent" class="page-main">{main}</main>{foot}',
                head,
            ),
            s,
        )
    return drafts


# --- telecom_support: a telecom provider's own support page ---------------------------


@branded
def telecom_support(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    paths = [
        "/",
        spec.opt("service_path", "/klantenservice"),
        spec.opt("safe_path", "/klantenservice/veilig-internet/nepbellers"),
    ]
    links = list(zip(paths, text(spec, "nav"), strict=True))
    head = '<link rel="stylesheet" href="/etc.clientlibs/site/clientlibs/main.min.css">\n'
    drafts: Drafts = {}
    for index, path in enumerate(paths):
        s = Sheet()
        top = f'<header class="site-header"><a class="logo" href="/">{esc(spec.name)}</a>{nav(links, "main-nav")}<a class="login" href="/mijn">{esc(text(spec, "login_l"))}</a></header>'
        if index == 0:
            main = f"<h1>{esc(text(spec, 'h1'))}</h1>{paras(spec, s, 'lead')}"
        elif index == 1:
            cards = "".join(
                f'<div class="card"><h2>{esc(h)}</h2>{"".join(f"<p>{fill(spec, s, p)}</p>" for p in ps)}</div>'
                for h, ps in text(spec, "cards")
            )
            data = {
                "@context": "https://schema.org",
                "@type": "Organization",
                "name": spec.name,
                "url": f"https://{spec.host}/",
                "contactPoint": [
                    {
                        "@type": "ContactPoint",
                        "telephone": write(s.hidden(own), "intl"),
                        "contactType": "customer service",
                        "areaServed": spec.country,
                    }
                ],
            }
            main = f'<h1>{esc(links[1][1])}</h1><div class="cards">{cards}</div><script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
        else:
            main = f"<h1>{esc(links[2][1])}</h1>{paras(spec, s, 'safe')}<ul>{''.join(f'<li>{fill(spec, s, x)}</li>' for x in text(spec, 'safe_list'))}</ul>"
        foot = f'<footer class="site-footer"><p>{esc(text(spec, "foot"))}</p></footer>'
        drafts[path] = (
            document(
                spec.lang,
                f"{links[index][1]} | {spec.name}",
                top + f"<main>{main}</main>" + foot,
                head,
            ),
            s,
        )
    return drafts


# --- bank_faq: a bank's or police zone's FAQ quoting scam numbers ---------------------


@branded
def bank_faq(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/veilig-bankieren/fraude/helpdeskfraude")
    head = '<link rel="stylesheet" href="/assets/css/site.min.css">\n'
    top = f'<header class="org"><a href="/">{esc(spec.name)}</a>{nav([("/", text(spec, "home_l")), (path, text(spec, "h1")), ("/contact", text(spec, "contact_h"))])}</header>'
    s = Sheet()
    faq = "".join(
        f'<div class="accordion-item"><button class="accordion-button" aria-expanded="false">{esc(q)}</button><div class="accordion-body">{"".join(f"<p>{fill(spec, s, a)}</p>" for a in ans)}</div></div>'
        for q, ans in text(spec, "faq")
    )
    main = (
        f'{top}<main><nav class="crumbs">{esc(text(spec, "home_l"))} › {esc(text(spec, "h1"))}</nav><h1>{esc(text(spec, "h1"))}</h1>{paras(spec, s, "intro")}'
        f'<div class="accordion">{faq}</div><div class="callout">{paras(spec, s, "own")}</div></main>'
    )
    home_s = Sheet()
    home = f'{top}<main><h1>{esc(spec.name)}</h1>{paras(spec, home_s, "home")}<p><a href="{path}">{esc(text(spec, "h1"))}</a></p></main>'
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'h1')} | {spec.name}", main, head), s),
        "/contact": _contact(spec, top, head),
    }


TEMPLATES = {
    "tv_transcript": tv_transcript,
    "newsletter": newsletter,
    "paste_thread": paste_thread,
    "number_page": number_page,
    "kit_analysis": kit_analysis,
    "wiki_article": wiki_article,
    "msp_webflow": msp_webflow,
    "repair_chain": repair_chain,
    "webshop_help": webshop_help,
    "telecom_support": telecom_support,
    "bank_faq": bank_faq,
}
