"""Shared helpers of the second batch of held-out templates (scams2.py, legit2.py).

The second batch keeps each site's wording in sites2.toml (its `opts.text` table) and
writes numbers into that wording through placeholders, so the page bytes and the
labels cannot drift apart:

    "Bel {p0:spaced_dash} of {q1:us_dash/double_paren}"

`p<i>` is the site's i-th own (offered) number, `q<i>` the i-th number it only quotes;
after the colon come a number style and, after a slash, a scam-spam disguise
(numbers.STYLES / numbers.DISGUISES). `{brand}` is the first brand's name.
"""

from __future__ import annotations

import re
from typing import Any

from core.errors import ConfigError
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Spec

SLOT = re.compile(r"\{(brand|[pq]\d)(?::([a-z_]+)(?:/([a-z_]+))?)?\}")


def text(spec: Spec, key: str) -> Any:
    """One entry of the site's own wording; a missing key is a build error naming the site."""
    table = spec.opt("text", {})
    if key not in table:
        raise ConfigError(f"sites2.toml site {spec.host}: opts.text lacks {key!r}")
    return table[key]


def fill(spec: Spec, sheet: Sheet, template: str, brand: str = "") -> str:
    """Escape `template` and put the numbers it names in, recording each on `sheet`."""
    out: list[str] = []
    last = 0
    for match in SLOT.finditer(template):
        out.append(esc(template[last : match.start()]))
        slot, style, disguise = match.groups()
        if slot == "brand":
            out.append(esc(brand))
        else:
            pool = spec.phones if slot[0] == "p" else spec.quoted
            index = int(slot[1:])
            if index >= len(pool):
                raise ConfigError(f"sites2.toml site {spec.host}: {slot} names no number")
            out.append(sheet.num(pool[index], style or "national", disguise, slot[0] == "p"))
        last = match.end()
    out.append(esc(template[last:]))
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
