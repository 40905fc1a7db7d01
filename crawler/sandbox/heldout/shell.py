"""Small page-building helpers the later held-out batches share (scams18..27,
legit18..27): random ids, lists, JSON-LD, numbers written by hand, a site's plain home
page. Each batch file imports them under the short names it uses."""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Spec
from crawler.sandbox.heldout.texts3 import document


def hex_id(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def bullet_list(items: tuple[str, ...], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul>"


def json_ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def quoted(s: Sheet, e164: str, style: str = "national", disguise: str | None = None) -> str:
    """A number an honest page quotes (recorded as quoted)."""
    return s.num(e164, style, disguise, offered=False)


def quoted_written(s: Sheet, e164: str, text: str) -> str:
    """A quoted number in a hand-made form; recorded as quoted, returned escaped."""
    s.hidden(e164, offered=False)
    return esc(text)


def written(s: Sheet, e164: str, text: str) -> str:
    """A number in a hand-made form no style covers; recorded, returned escaped."""
    s.hidden(e164)
    return esc(text)


def locker_code(rng: Random) -> str:
    return f"0x8{rng.choice('0247')}{rng.randint(10, 99)}{hex_id(rng, 3).upper()}"


def home(spec: Spec, link: str, label: str, blurb: str, head: str = "") -> tuple[str, Sheet]:
    """A site's plain home page linking to the page that matters."""
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>{esc(blurb)}</p><p><a href="{esc(link)}">{esc(label)}</a></p></main>'
    )
    return document(spec.lang, spec.name, body, head), Sheet()
