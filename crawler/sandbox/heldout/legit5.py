"""Fifth batch of held-out honest templates: hard negatives in shapes no batch used.

pullquote_news (a news article quoting scam numbers in a bold pull-quote), consumer_forum
(a consumer programme's forum, a user's post with a tel:-autolinked number), whocalled
(an English "who called me" lookup: a page per number, JSON-LD telephone of that number),
bank_alert (a bank's fraud alert beside its own line), shop_anydesk (a young small IT
shop with an AnyDesk download and a free number), remote_chat (a remote-support firm with
TeamViewer and a chat widget), bank_service (a bank's own service page, its published
number), senior_help (a municipality's senior-help page listing genuine helplines),
journalist_post (an IT journalist's analysis quoting a pop-up verbatim), printer_shop
(a printer and cartridge shop), club_bulletin (a computer club's plain-text bulletin)
and qa_site (a Stack Exchange-like question about a scam pop-up).
Wording is each site's opts.text in sites5.toml; numbers go through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, nav, text
from crawler.sandbox.heldout.texts5 import blocks, fill5


def _simple(
    spec: Spec, top: str, key_h: str, key: str, cls: str, head: str = ""
) -> tuple[str, Sheet]:
    s = Sheet()
    body = (
        f'{top}<main class="{cls}"><h1>{esc(text(spec, key_h))}</h1>{blocks(spec, s, key)}</main>'
    )
    return document(spec.lang, f"{text(spec, key_h)} – {spec.name}", body, head), s


def _links(spec: Spec, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(path, text(spec, key)) for path, key in pairs]


# --- pullquote_news: a news article with a bold pull-quote -----------------------------


@branded
def pullquote_news(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/digital/betrug-am-telefon")
    head = '<link rel="stylesheet" href="/static/zeitung.css">\n'
    top = f'<header class="masthead"><a class="wordmark" href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), (path, "section_l"), ("/impressum/kontakt", "contact_h")]), "ressorts")}</header>'
    s = Sheet()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": text(spec, "headline"),
        "datePublished": spec.opt("date", "2026-02-11T06:30:00+01:00"),
        "author": {"@type": "Person", "name": text(spec, "author")},
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    article = (
        f'{top}<main><article class="story"><p class="kicker">{esc(text(spec, "kicker"))}</p><h1>{esc(text(spec, "headline"))}</h1>'
        f'<p class="byline">{esc(text(spec, "author"))} · {esc(text(spec, "dateline"))}</p><p class="teaser"><strong>{esc(text(spec, "teaser"))}</strong></p>'
        f'<div class="story-body">{blocks(spec, s, "body")}</div></article></main>'
    )
    home_s = Sheet()
    home = f'{top}<main class="front"><a class="teaser-card" href="{path}"><h2>{esc(text(spec, "headline"))}</h2><p>{esc(text(spec, "teaser"))}</p></a></main>'
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
        "/impressum/kontakt": _simple(spec, top, "contact_h", "contact", "impressum", head),
    }


# --- consumer_forum: a consumer programme's forum, numbers autolinked ------------------


@branded
def consumer_forum(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/forum/computer/nepbellers-microsoft")
    head = '<link rel="stylesheet" href="/forum/clientscript/forum.css">\n'
    top = f'<header class="fh"><a href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), (path, "thread_l"), ("/contact", "contact_h")]))}</header>'
    s = Sheet()
    posts = "".join(
        f'<li class="postbit" id="post{rng.randint(100000, 999999)}"><div class="userinfo"><b class="username">{esc(user)}</b><span class="rank">{esc(rank)}</span></div>'
        f'<div class="postbody"><div class="postdate">{esc(when)}</div><div class="content"><blockquote class="postcontent restore">{fill5(spec, s, msg)}</blockquote></div></div></li>'
        for user, rank, when, msg in text(spec, "posts")
    )
    thread = (
        f'{top}<main><div class="breadcrumb">{esc(text(spec, "crumbs"))}</div><h1 class="threadtitle">{esc(text(spec, "thread_l"))}</h1>'
        f'<ol id="posts" class="posts">{posts}</ol></main>'
    )
    home_s = Sheet()
    home = f'{top}<main><h1>{esc(spec.name)}</h1><table class="forumlist"><tr><td><a href="{path}">{esc(text(spec, "thread_l"))}</a></td><td>{len(text(spec, "posts"))}</td></tr></table></main>'
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'thread_l')} - {spec.name}", thread, head), s),
        "/contact": _simple(spec, top, "contact_h", "contact", "contact", head),
    }


# --- whocalled: a page per looked-up number with JSON-LD telephone ---------------------


@branded
def whocalled(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/css/wc.css">\n'
    top = f'<header class="wc-top"><a href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), ("/contact", "contact_h")]))}</header>'
    drafts: Drafts = {}
    home_s = Sheet()
    items = []
    for i, entry in enumerate(text(spec, "numbers")):
        e164 = spec.quoted[i]
        slug = f"/number/{e164[1:]}"
        s = Sheet()
        comments = "".join(
            f'<div class="comment"><span class="who">{esc(who)}</span> <span class="rating">{esc(rating)}</span><p>{fill5(spec, s, msg)}</p></div>'
            for who, rating, msg in entry["comments"]
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": entry["caller"],
            "telephone": s.hidden(e164, offered=False),
            "description": entry["summary"],
        }
        body = (
            f'{top}<main class="wc-number"><h1>{s.tel(e164, s.num(e164, entry.get("style", "us_dash"), offered=False), offered=False)}</h1>'
            f'<p class="verdict">{esc(entry["verdict"])}</p><p>{esc(entry["summary"])}</p><section class="comments">{comments}</section></main>'
        )
        drafts[slug] = (
            document(
                spec.lang,
                f"{entry['title']} – {spec.name}",
                body,
                head
                + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n',
            ),
            s,
        )
        shown = home_s.num(e164, entry.get("style", "us_dash"), offered=False)
        items.append(
            f'<li><a href="{slug}">{shown}</a> – {esc(entry["caller"])}: {esc(entry["verdict"])}</li>'
        )
    home = f'{top}<main><h1>{esc(text(spec, "h1"))}</h1>{blocks(spec, home_s, "home")}<ul class="recent">{"".join(items)}</ul></main>'
    drafts["/"] = (document(spec.lang, spec.name, home, head), home_s)
    drafts["/contact"] = _simple(spec, top, "contact_h", "contact", "contact", head)
    return drafts


# --- bank_alert: a bank's fraud alert beside its own line ------------------------------


@branded
def bank_alert(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/turvallisuus/huijausvaroitukset")
    head = '<link rel="stylesheet" href="/static/pankki.css">\n'
    top = f'<header class="bank-top"><a class="logo" href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), (path, "alert_l"), ("/asiakastuki", "contact_h")]))}<a class="login" href="/verkkopankki">{esc(text(spec, "login_l"))}</a></header>'
    s = Sheet()
    alerts = "".join(
        f'<div class="alert-item"><time>{esc(when)}</time><h2>{esc(h)}</h2>{"".join(f"<p>{fill5(spec, s, p)}</p>" for p in ps)}</div>'
        for when, h, ps in text(spec, "alerts")
    )
    page = f'{top}<main class="alerts"><h1>{esc(text(spec, "alert_l"))}</h1>{alerts}<aside class="own">{blocks(spec, s, "own")}</aside></main>'
    home_s = Sheet()
    home = f'{top}<main><h1>{esc(spec.name)}</h1>{blocks(spec, home_s, "home")}<p><a href="{path}">{esc(text(spec, "alert_l"))}</a></p></main>'
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'alert_l')} – {spec.name}", page, head), s),
        "/asiakastuki": _simple(spec, top, "contact_h", "contact", "service", head),
    }


# --- shop_anydesk: a young small IT shop with AnyDesk and a free number ----------------


@branded
def shop_anydesk(spec: Spec, rng: Random) -> Drafts:
    head = (
        '<link rel="stylesheet" href="/assets/shop.css">\n<link rel="icon" href="/favicon.png">\n'
    )
    top = f'<header class="shop"><a href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), ("/hulp-op-afstand", "remote_l"), ("/contact", "contact_h")]))}</header>'
    foot = f'<footer class="shop-foot">{esc(text(spec, "imprint"))}</footer>'
    s = Sheet()
    home = f"{top}<main><h1>{esc(text(spec, 'h1'))}</h1>{blocks(spec, s, 'home')}</main>{foot}"
    rs = Sheet()
    remote = (
        f'{top}<main class="remote"><h1>{esc(text(spec, "remote_l"))}</h1>{blocks(spec, rs, "remote")}'
        f'<p><a class="dl" href="https://download.anydesk.com/AnyDesk.exe" rel="nofollow">AnyDesk</a></p></main>{foot}'
    )
    cs = Sheet()
    contact = f'{top}<main class="contact"><h1>{esc(text(spec, "contact_h"))}</h1>{blocks(spec, cs, "contact")}<address>{esc(text(spec, "address"))}</address></main>{foot}'
    return {
        "/": (document(spec.lang, spec.name, home, head), s),
        "/hulp-op-afstand": (
            document(spec.lang, f"{text(spec, 'remote_l')} – {spec.name}", remote, head),
            rs,
        ),
        "/contact": (
            document(spec.lang, f"{text(spec, 'contact_h')} – {spec.name}", contact, head),
            cs,
        ),
    }


# --- remote_chat: a remote-support firm with TeamViewer and a chat widget --------------


@branded
def remote_chat(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/dist/app.css">\n'
    chat = (
        '<div id="tawk-bubble" class="chat-widget" data-widget-id="'
        + str(rng.randint(10**9, 10**10 - 1))
        + f'"><button class="chat-open" aria-label="{esc(text(spec, "chat_l"))}">{esc(text(spec, "chat_l"))}</button></div>'
        '<script async src="https://embed.tawk.to/65a1b2c3d4e5f6/default" charset="UTF-8" crossorigin="*"></script>'
    )
    top = f'<header class="rc"><a href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), ("/fernwartung", "remote_l"), ("/kontakt", "contact_h")]))}</header>'
    foot = f'<footer class="rc-foot">{esc(text(spec, "imprint"))}</footer>{chat}'
    out: Drafts = {}
    for path, key, title in (
        ("/", "home", "h1"),
        ("/fernwartung", "remote", "remote_l"),
        ("/kontakt", "contact", "contact_h"),
    ):
        s = Sheet()
        extra = (
            '<p><a class="tv" href="https://get.teamviewer.com/'
            + spec.opt("tv_id", "hilfe")
            + '">TeamViewer QuickSupport</a></p>'
            if path == "/fernwartung"
            else ""
        )
        body = f"{top}<main><h1>{esc(text(spec, title))}</h1>{blocks(spec, s, key)}{extra}</main>{foot}"
        out[path] = (document(spec.lang, f"{text(spec, title)} – {spec.name}", body, head), s)
    return out


# --- bank_service: a bank's own service page -------------------------------------------


@branded
def bank_service(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/web/css/service.css">\n'
    path = spec.opt("path", "/klantenservice/bellen")
    top = f'<header class="bank"><a class="logo" href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), ("/klantenservice", "service_l"), (path, "call_l")]))}</header>'
    out: Drafts = {}
    for p, key, title in (
        ("/", "home", "home_l"),
        ("/klantenservice", "service", "service_l"),
        (path, "call", "call_l"),
    ):
        s = Sheet()
        body = f'{top}<main class="svc"><h1>{esc(text(spec, title))}</h1>{blocks(spec, s, key)}</main><footer>{esc(text(spec, "foot"))}</footer>'
        out[p] = (document(spec.lang, f"{text(spec, title)} | {spec.name}", body, head), s)
    return out


# --- senior_help: a municipality's senior-help page ------------------------------------


@branded
def senior_help(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/_assets/gemeente.css">\n'
    path = spec.opt("path", "/zorg-en-welzijn/senioren/veilig-online")
    top = (
        f'<header class="gemeente"><a href="/">{esc(spec.name)}</a><form class="zoek"><input name="q" aria-label="Zoeken"></form>'
        f"{nav(_links(spec, [('/', 'home_l'), (path, 'page_l'), ('/contact', 'contact_h')]))}</header>"
    )
    s = Sheet()
    rows = "".join(
        f'<tr><th scope="row">{esc(who)}</th><td>{fill5(spec, s, num)}</td><td>{esc(when)}</td></tr>'
        for who, num, when in text(spec, "lines")
    )
    page = (
        f'{top}<main><nav class="kruimelpad">{esc(text(spec, "crumbs"))}</nav><h1>{esc(text(spec, "page_l"))}</h1>{blocks(spec, s, "body")}'
        f'<table class="hulplijnen"><caption>{esc(text(spec, "lines_h"))}</caption>{rows}</table></main>'
    )
    home_s = Sheet()
    home = f'{top}<main><h1>{esc(spec.name)}</h1><ul class="taken"><li><a href="{path}">{esc(text(spec, "page_l"))}</a></li></ul></main>'
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'page_l')} | {spec.name}", page, head), s),
        "/contact": _simple(spec, top, "contact_h", "contact", "contact", head),
    }


# --- journalist_post: an IT journalist's analysis quoting a pop-up verbatim ------------


@branded
def journalist_post(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/2026/02/anatomy-of-a-scan-popup/")
    head = '<link rel="stylesheet" href="/theme/notes.css">\n<link rel="alternate" type="application/rss+xml" href="/feed.xml">\n'
    top = f'<header class="blog"><a href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), ("/about", "about_l")]))}</header>'
    s = Sheet()
    post = (
        f'{top}<main><article class="h-entry"><h1 class="p-name">{esc(text(spec, "h1"))}</h1>'
        f'<p class="meta"><time class="dt-published">{esc(text(spec, "date"))}</time> · <span class="p-author">{esc(text(spec, "author"))}</span></p>'
        f'<div class="e-content">{blocks(spec, s, "body")}</div></article></main>'
    )
    home_s = Sheet()
    home = f'{top}<main><ol class="posts"><li><a href="{path}">{esc(text(spec, "h1"))}</a></li>{"".join(f"<li>{esc(t)}</li>" for t in text(spec, "older"))}</ol></main>'
    return {
        "/": (document(spec.lang, spec.name, home, head), home_s),
        path: (document(spec.lang, f"{text(spec, 'h1')} — {spec.name}", post, head), s),
        "/about": _simple(spec, top, "about_l", "about", "about", head),
    }


# --- printer_shop: a printer and cartridge shop ----------------------------------------


@branded
def printer_shop(spec: Spec, rng: Random) -> Drafts:
    head = '<link rel="stylesheet" href="/themes/classic/assets/css/theme.css">\n<meta name="generator" content="PrestaShop">\n'
    top = f'<header id="header"><a href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), ("/imprimantes", "shop_l"), ("/nous-contacter", "contact_h")]))}</header>'
    foot = f'<footer id="footer">{esc(text(spec, "imprint"))}</footer>'
    s = Sheet()
    products = "".join(
        f'<article class="product-miniature"><h3 class="product-title">{esc(n)}</h3><span class="price">{esc(p)}</span></article>'
        for n, p in text(spec, "products")
    )
    shop = f'{top}<main id="content"><h1>{esc(text(spec, "shop_l"))}</h1><div class="products">{products}</div>{blocks(spec, s, "shop")}</main>{foot}'
    hs = Sheet()
    home = f"{top}<main><h1>{esc(text(spec, 'h1'))}</h1>{blocks(spec, hs, 'home')}</main>{foot}"
    cs = Sheet()
    contact = f'{top}<main class="contact"><h1>{esc(text(spec, "contact_h"))}</h1>{blocks(spec, cs, "contact")}</main>{foot}'
    return {
        "/": (document(spec.lang, spec.name, home, head), hs),
        "/imprimantes": (
            document(spec.lang, f"{text(spec, 'shop_l')} – {spec.name}", shop, head),
            s,
        ),
        "/nous-contacter": (
            document(spec.lang, f"{text(spec, 'contact_h')} – {spec.name}", contact, head),
            cs,
        ),
    }


# --- club_bulletin: a computer club's plain-text bulletin ------------------------------


@branded
def club_bulletin(spec: Spec, rng: Random) -> Drafts:
    path = spec.opt("path", "/mitteilungen/2026-02.html")
    top = f'<div class="club"><a href="/">{esc(spec.name)}</a> | <a href="{path}">{esc(text(spec, "issue_l"))}</a> | <a href="/kontakt.html">{esc(text(spec, "contact_h"))}</a></div><hr>'
    s = Sheet()
    bulletin = "\n\n".join(fill5(spec, s, p) for p in text(spec, "bulletin"))
    page = f'{top}<h1>{esc(text(spec, "issue_l"))}</h1><pre class="bulletin">{bulletin}</pre>'
    hs = Sheet()
    home = f"{top}<h1>{esc(spec.name)}</h1>{blocks(spec, hs, 'home')}"
    return {
        "/": (document(spec.lang, spec.name, home), hs),
        path: (document(spec.lang, f"{text(spec, 'issue_l')} – {spec.name}", page), s),
        "/kontakt.html": _simple(spec, top, "contact_h", "contact", "kontakt"),
    }


# --- qa_site: a Stack Exchange-like question about a pop-up ----------------------------


@branded
def qa_site(spec: Spec, rng: Random) -> Drafts:
    qid = rng.randint(100000, 999999)
    path = f"/questions/{qid}/{spec.opt('slug', 'is-this-popup-a-scam')}"
    head = '<link rel="stylesheet" href="/content/stacks.css">\n'
    top = f'<header class="s-topbar"><a class="s-topbar--logo" href="/">{esc(spec.name)}</a>{nav(_links(spec, [("/", "home_l"), ("/help/contact", "contact_h")]), "s-navigation")}</header>'
    s = Sheet()
    answers = "".join(
        f'<div class="answer js-answer" data-answerid="{qid + i}" data-score="{score}"><div class="js-vote-count">{score}</div>'
        f'<div class="s-prose js-post-body">{"".join(f"<p>{fill5(spec, s, p)}</p>" for p in ps)}</div><div class="user-details">{esc(who)}</div></div>'
        for i, (who, score, ps) in enumerate(text(spec, "answers"), 1)
    )
    q = (
        f'{top}<main id="mainbar"><h1 itemprop="name" class="fs-headline1"><a href="{path}" class="question-hyperlink">{esc(text(spec, "question"))}</a></h1>'
        f'<div class="question js-question" data-questionid="{qid}"><div class="s-prose js-post-body">{blocks(spec, s, "body")}</div>'
        f'<div class="post-taglist">{"".join(f"<a class=post-tag>{esc(t)}</a>" for t in text(spec, "tags"))}</div></div>'
        f'<div id="answers"><h2>{len(text(spec, "answers"))} Answers</h2>{answers}</div></main>'
    )
    hs = Sheet()
    home = f'{top}<main><h1>{esc(text(spec, "home_h"))}</h1><div class="s-post-summary"><a href="{path}">{esc(text(spec, "question"))}</a></div></main>'
    return {
        "/": (document(spec.lang, spec.name, home, head), hs),
        path: (document(spec.lang, f"{text(spec, 'question')} - {spec.name}", q, head), s),
        "/help/contact": _simple(spec, top, "contact_h", "contact", "contact", head),
    }


TEMPLATES = {
    "pullquote_news": pullquote_news,
    "consumer_forum": consumer_forum,
    "whocalled": whocalled,
    "bank_alert": bank_alert,
    "shop_anydesk": shop_anydesk,
    "remote_chat": remote_chat,
    "bank_service": bank_service,
    "senior_help": senior_help,
    "journalist_post": journalist_post,
    "printer_shop": printer_shop,
    "club_bulletin": club_bulletin,
    "qa_site": qa_site,
}
