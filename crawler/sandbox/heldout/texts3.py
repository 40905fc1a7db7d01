"""Shared helpers of the third batch of held-out templates (scams3.py, legit3.py).

Same contract as the second batch (texts2.py): a site's wording is its `opts.text`
table in sites3.toml, numbers are written into it as placeholders

    "Bel {p0:spaced_dash} of {q1:us_dash/double_paren} {brand}"

and every placeholder goes through the page's Sheet, so labels and bytes agree. Batch 3
adds `{h0:style}` (the same own number as `{p0}`, but recorded as carried outside the
visible text: alt text, attributes, script strings) and decides each page's brands from
what the finished page names, for scams and honest pages alike.
"""

from __future__ import annotations

import html as htmllib
import re
from typing import Any

from core.errors import ConfigError
from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams import BRAND_NAMES
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec

SLOT = re.compile(r"\{(brand|[pqh]\d)(?::([a-z_]+)(?:/([a-z_]+))?)?\}")
WHERE = "sites3.toml site"
# Products that name their maker (the interface contract the tests read too).
PRODUCT_WORDS = {"microsoft": ("windows", "outlook"), "apple": ("iphone", "icloud", "mac")}
ATTRS = re.compile(r'\b(?:alt|title|content|aria-label|placeholder)="([^"]*)"')


def text(spec: Spec, key: str) -> Any:
    table = spec.opt("text", {})
    if key not in table:
        raise ConfigError(f"{WHERE} {spec.host}: opts.text lacks {key!r}")
    return table[key]


def has(spec: Spec, key: str) -> bool:
    return key in spec.opt("text", {})


def _number(spec: Spec, sheet: Sheet, slot: str, style: str, disguise: str | None) -> str:
    pool = spec.quoted if slot[0] == "q" else spec.phones
    index = int(slot[1:])
    if index >= len(pool):
        raise ConfigError(f"{WHERE} {spec.host}: {slot} names no number")
    if slot[0] == "h":
        sheet.hidden(pool[index])
        return numbers.write(pool[index], style, disguise)
    return sheet.num(pool[index], style, disguise, slot[0] == "p")


def fill(spec: Spec, sheet: Sheet, template: str, brand: str = "", raw: bool = False) -> str:
    """`template` with its numbers put in (escaped HTML, or plain text when `raw`)."""
    out: list[str] = []
    last = 0
    quote = (lambda t: t) if raw else esc
    for match in SLOT.finditer(template):
        out.append(quote(template[last : match.start()]))
        slot, style, disguise = match.groups()
        if slot == "brand":
            out.append(quote(brand))
        else:
            shown = _number(spec, sheet, slot, style or "national", disguise)
            out.append(htmllib.unescape(shown) if raw else shown)
        last = match.end()
    out.append(quote(template[last:]))
    return "".join(out)


def paras(spec: Spec, sheet: Sheet, key: str, brand: str = "", tag: str = "p") -> str:
    return "".join(f"<{tag}>{fill(spec, sheet, p, brand)}</{tag}>" for p in text(spec, key))


def document(lang: str, title: str, body: str, head: str = "", body_attrs: str = "") -> str:
    """A whole HTML document; `head` and `body` are already-safe HTML."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}</head>\n<body{body_attrs}>\n{body}\n</body>\n</html>\n"
    )


def named_text(page: str) -> str:
    """What a reader (or a script-run render) sees of a page: text, scripts, alt/title."""
    attrs = " ".join(ATTRS.findall(page))
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", page) + " " + attrs).lower()


def names(brand: str, seen: str) -> bool:
    words = (BRAND_NAMES[brand].lower(), *PRODUCT_WORDS.get(brand, ()))
    return any(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", seen) for w in words)


def settle_brands(spec: Spec, drafts: Drafts) -> Drafts:
    """Each page carries exactly those of the site's brands it names."""
    for page, sheet in drafts.values():
        seen = named_text(page)
        sheet.brand(*(b for b in spec.brands if names(b, seen)))
    return drafts


def nav(items: list[tuple[str, str]], cls: str = "nav") -> str:
    links = "".join(f'<a href="{h}">{esc(t)}</a>' for h, t in items)
    return f'<nav class="{cls}">{links}</nav>'


def squarespace(
    lang: str,
    title: str,
    site_name: str,
    links: list[tuple[str, str]],
    main: str,
    footer: str = "",
    head_extra: str = "",
    body_end: str = "",
    collection: str = "5f2b9c0d1e4a7b3c6d8e9f01",
) -> str:
    """A page in the markup of a Squarespace 7.1 site (blocks, collections, static CDN)."""
    items = "".join(
        f'<div class="header-nav-item header-nav-item--collection"><a href="{h}" data-animation-role="header-element">{esc(t)}</a></div>'
        for h, t in links
    )
    head = (
        "<!-- This is Squarespace. -->\n"
        f'<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/{collection}/34/5c5a519771c10ba3470d8101/{collection}/1520/site.css">\n'
        "<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = "
        f'{{"website":{{"id":"{collection}","siteTitle":{json_str(site_name)}}},"templateId":"5c5a519771c10ba3470d8101"}};</script>\n'
        + head_extra
    )
    body = (
        f'<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">'
        f'<div class="header-inner container--fluid"><div class="header-title-text"><a href="/">{esc(site_name)}</a></div>'
        f'<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{items}</nav></div></div></div></header>'
        f'<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="{collection[:12]}">'
        f'<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">'
        f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="page"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">{main}</div></div>'
        f"</div></div></div></div></div></section></article></main>"
        f'<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-block-content">{footer}</div></section></footer></div>'
        f"{body_end}"
    )
    return document(
        lang,
        title,
        body,
        head,
        ' id="collection-'
        + collection
        + '" class="tweak-global-animations-enabled header-width-full"',
    )


def json_str(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")
