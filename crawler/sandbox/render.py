"""Turning a template page into HTML for one site, and reading its ground truth.

Two steps keep the truth exact: `compose` expands the layout and the site-dependent
blocks into a source holding only atomic placeholders, then `truth` reads phones and
brands from those placeholders while `render` fills them. What the page shows is what
the truth says, by construction.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from typing import Any

from crawler.sandbox.phoneforms import (
    NATIONAL_DIGITS,
    PHONE_FORMS,
    is_nl,
    national,
    reads_as_dutch,
)

PLACEHOLDER = re.compile(r"\{\{([a-z_0-9]+)(?::([a-z_0-9]+))?\}\}")
OFFERED_KEYS = {"phone", "phone_as", "url_phone", "phone_table"}  # the page's own number
QUOTED_KEYS = {"q", "q_table", "q_cards"}  # numbers the page quotes (news, forums, lists)
BRAND_KEYS = {"brand", "product"}
TOOL_LINKS = {
    "teamviewer": (
        "TeamViewer QuickSupport",
        "https://download.teamviewer.com/download/TeamViewerQS.exe",
    ),
    "anydesk": ("AnyDesk", "https://download.anydesk.com/AnyDesk.exe"),
    "ultraviewer": ("UltraViewer", "https://www.ultraviewer.net/en/UltraViewer_setup_6.6_en.exe"),
}
CHAT_TAGS = {
    "tawk": '<script src="https://embed.tawk.to/5f1a2b3c4d5e6f7a8b9c0d1e/default" async></script>',
    "livechat": (
        "<script>window.__lc = window.__lc || {}; window.__lc.license = 12345678;</script>"
        '<script src="https://cdn.livechatinc.com/tracking.js" async></script>'
    ),
}


@dataclass
class SiteContext:
    """Everything a template needs to know about one site."""

    domain: str
    seed: int
    brand: str = ""
    brand_display: str = ""
    product: str = ""
    phones: tuple[str, ...] = ()
    forms: tuple[str, ...] = ("national",)
    quoted: tuple[str, ...] = ()
    quoted_brands: tuple[str, ...] = ()
    display: dict[str, str] = field(default_factory=dict)  # brand id -> display name
    tools: tuple[str, ...] = ()
    chat: tuple[str, ...] = ()
    text: dict[str, str] = field(default_factory=dict)  # shop, city, kvk, iban ...
    variants: dict[str, list[str]] = field(default_factory=dict)
    quoted_form: str = "national"
    # Quoted number -> (brand id, label) for {{q_table}}: a brand's own published numbers.
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)
    url_param: str = ""  # query parameter a landing page reads its number from


def compose(template: dict[str, Any], page: dict[str, Any], ctx: SiteContext, nav: str) -> str:
    """Layout + page with site-dependent blocks expanded; only atomic placeholders remain."""
    source = template["layout"].replace("{{nav}}", nav)
    source = source.replace("{{title}}", page["title"]).replace("{{content}}", page["content"])
    extra = "".join(f" Of: {{{{phone:{i}}}}}" for i in range(1, len(ctx.phones)))
    source = source.replace("{{phones_extra}}", extra)
    quoted = ", ".join(f"{{{{q:{i}}}}}" for i in range(len(ctx.quoted)))
    source = source.replace("{{quoted}}", quoted or "die nog worden onderzocht")
    block = (
        "<p>Telefonisch: {{phone}}</p>" if ctx.phones else "<p>Gebruik het contactformulier.</p>"
    )
    # {{phone_block}}: the template's own wording, for sites with and without a number.
    own = template.get("phone_block", "") if ctx.phones else template.get("no_phone_block", "")
    return source.replace("{{official_phone_block}}", block).replace("{{phone_block}}", own)


def truth(
    source: str, ctx: SiteContext, declared: list[str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(phones in order of first appearance, the subset the page offers as its own,
    sorted brand ids) that the page shows."""
    phones: list[str] = []
    offered: list[str] = []
    brands = set(declared)
    for match in PLACEHOLDER.finditer(source):
        key, arg = match.group(1), match.group(2)
        numbers = _numbers(key, arg, ctx)
        phones += [n for n in numbers if n not in phones]
        if key in OFFERED_KEYS:
            offered += [n for n in numbers if n not in offered]
        if key in BRAND_KEYS and ctx.brand:
            brands.add(ctx.brand)
        if key == "quoted_brands":
            brands.update(ctx.quoted_brands)
        if key in ("q_table", "phone_table"):
            brands.update(ctx.labels[n][0] for n in numbers if n in ctx.labels)
    return tuple(phones), tuple(n for n in phones if n in offered), tuple(sorted(brands))


def _numbers(key: str, arg: str | None, ctx: SiteContext) -> list[str]:
    """The numbers one placeholder shows."""
    if key == "phone" and ctx.phones:
        return [ctx.phones[int(arg or 0)]]
    if key in ("phone_as", "url_phone") and ctx.phones:
        return [ctx.phones[0]]
    if key == "q":
        return [ctx.quoted[int(arg or 0)]]
    if key in ("q_table", "q_cards"):
        return list(ctx.quoted)
    if key == "phone_table":
        return list(ctx.phones)
    return []


def forms_used(source: str, ctx: SiteContext, start: int = 0) -> tuple[str, ...]:
    """The phone forms `render` will use for this source (title numbers are national)."""
    body = source[source.find("</title>") :]
    used: list[str] = []
    counter = start
    for match in PLACEHOLDER.finditer(body):
        key, arg = match.group(1), match.group(2)
        form = ""
        if key == "phone" and ctx.phones:
            form, counter = ctx.forms[counter % len(ctx.forms)], counter + 1
        elif key == "phone_as":
            form = arg or "national"
        elif key == "url_phone":
            form = "url"
        elif key in QUOTED_KEYS and ctx.quoted:
            form = ctx.quoted_form
        elif key == "phone_table" and ctx.phones:
            form = ctx.forms[0]
        numbers = _numbers(key, arg, ctx)
        extra = []
        if form in NATIONAL_DIGITS and numbers and reads_as_dutch(numbers[0]):
            extra = ["national_foreign"]  # "0800 912345" (FI) is a valid Dutch number too
        used += [f for f in (form, *extra) if f and f not in used]
    return tuple(used)


def render(source: str, ctx: SiteContext, path: str, n: int = 0, start: int = 0) -> bytes:
    """HTML for a composed page; phone forms cycle from `start` so each page of a site
    shows the number in other forms."""
    rng = random.Random(f"{ctx.seed}|{ctx.domain}|{path}")
    counter = [start]

    def fill(match: re.Match[str]) -> str:
        key, arg = match.group(1), match.group(2)
        if key == "phone":
            form = ctx.forms[counter[0] % len(ctx.forms)]
            counter[0] += 1
            return PHONE_FORMS[form](ctx.phones[int(arg or 0)])
        if key == "phone_as":
            return PHONE_FORMS[arg or "national"](ctx.phones[0])
        if key == "q":
            return PHONE_FORMS[ctx.quoted_form](ctx.quoted[int(arg or 0)])
        if key in ("q_table", "q_cards", "url_phone", "phone_table"):
            return _number_block(key, ctx, rng)
        return _fill_text(key, arg, ctx, rng, n)

    title_end = source.find("</title>")
    head, rest = source[:title_end], source[title_end:]
    # Inside <title> markup is not parsed: numbers there are always plain text.
    head = PLACEHOLDER.sub(
        lambda m: national(ctx.phones[int(m.group(2) or 0)]) if m.group(1) == "phone" else fill(m),
        head,
    )
    return (head + PLACEHOLDER.sub(fill, rest)).encode("utf-8")


def _number_block(key: str, ctx: SiteContext, rng: random.Random) -> str:
    if key == "url_phone":
        # The landing page shows whatever number its ad put in the URL (?phone=...).
        return ('<strong class="nr-url"></strong><script>document.currentScript'
                ".previousElementSibling.textContent = new URLSearchParams(location.search)"
                f'.get("{ctx.url_param}");</script>')  # fmt: skip
    if key in ("q_table", "phone_table"):
        # Dutch numbers in the site's form, foreign ones internationally, as NL pages do.
        form = ctx.quoted_form if key == "q_table" else ctx.forms[0]
        numbers = ctx.quoted if key == "q_table" else ctx.phones
        rows = "".join(
            f"<tr><td>{html.escape(ctx.labels.get(n, ('', n))[1])}</td>"
            f"<td>{PHONE_FORMS[form if is_nl(n) else 'international'](n)}</td></tr>"
            for n in numbers
        )
        return f'<table class="numbers">{rows}</table>'
    cards = []
    for number in ctx.quoted:
        comment = html.escape(rng.choice(ctx.variants.get("comment", ["Onbekend."])))
        score = rng.choice(ctx.variants.get("rating", ["Onveilig"]))
        cards.append(f'<div class="entry"><h3>{PHONE_FORMS[ctx.quoted_form](number)}</h3>'
                     f'<span class="rating">{html.escape(score)}</span><p>{comment}</p></div>')  # fmt: skip
    return f'<div class="entries">{"".join(cards)}</div>'


def _fill_text(key: str, arg: str | None, ctx: SiteContext, rng: random.Random, n: int) -> str:
    if key == "v" and arg:
        return html.escape(rng.choice(ctx.variants[arg]))
    if key == "brand":
        return html.escape(ctx.brand_display)
    if key == "product":
        return html.escape(ctx.product)
    if key == "quoted_brands":
        return " en ".join(ctx.display[b] for b in ctx.quoted_brands) or "bekende merken"
    if key == "tools":
        items = [
            f'<li><a href="{TOOL_LINKS[t][1]}">{TOOL_LINKS[t][0]} downloaden</a></li>'
            for t in ctx.tools
        ]
        return f'<ul class="tools">{"".join(items)}</ul>' if items else ""
    if key == "chat":
        return "".join(CHAT_TAGS[c] for c in ctx.chat)
    if key == "n":
        return str(n)
    if key == "site":
        return ctx.domain
    return html.escape(ctx.text.get(key, ""))
