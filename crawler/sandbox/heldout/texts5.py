"""Shared helpers of the fifth batch of held-out templates (scams5.py, legit5.py).

The wording contract is batch 3's (`{p0:style/disguise}`, `{h0:style}`, `{q0:style}`,
`{brand}` in each site's `opts.text`); batch 5 adds two link slots,
`{tel:q0:style}` (a number written as a tel: link, as forum software autolinks it) and
`{wa:p0:style}` (a WhatsApp wa.me link around the written number), and a block syntax
for bodies: "# " a heading, "> " a quote, "! " a bold pull-quote, "* " a list item,
"$ " a verbatim paste in <pre>.
"""

from __future__ import annotations

import html as htmllib
import re

from core.errors import ConfigError
from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Spec
from crawler.sandbox.heldout.texts3 import json_str, text

SLOT5 = re.compile(r"\{(?:(tel|wa):)?(brand|[pqh]\d)(?::([a-z_]+)(?:/([a-z_]+))?)?\}")


def _pick(spec: Spec, slot: str) -> str:
    pool = spec.quoted if slot[0] == "q" else spec.phones
    index = int(slot[1:])
    if index >= len(pool):
        raise ConfigError(f"sites5.toml site {spec.host}: {slot} names no number")
    return pool[index]


def fill5(spec: Spec, s: Sheet, template: str, brand: str = "", raw: bool = False) -> str:
    """`template` with numbers and links put in (escaped HTML, or plain text when `raw`)."""
    out: list[str] = []
    last = 0
    quote = (lambda t: t) if raw else esc
    for m in SLOT5.finditer(template):
        out.append(quote(template[last : m.start()]))
        link, slot, style, disguise = m.groups()
        last = m.end()
        if slot == "brand":
            out.append(quote(brand))
            continue
        e164 = _pick(spec, slot)
        offered = slot[0] != "q"
        shown = numbers.write(e164, style or "national", disguise)
        if slot[0] == "h":
            s.hidden(e164)
            out.append(shown if raw else esc(shown))
        elif link == "tel" and not raw:
            out.append(s.tel(e164, esc(shown), offered=offered))
        elif link == "wa" and not raw:
            s.hidden(e164, offered)
            s.num(e164, style or "national", disguise, offered)
            out.append(
                f'<a href="https://wa.me/{e164[1:]}" class="wa-link" rel="nofollow">{esc(shown)}</a>'
            )
        else:
            html = s.num(e164, style or "national", disguise, offered)
            out.append(htmllib.unescape(html) if raw else html)
    out.append(quote(template[last:]))
    return "".join(out)


def blocks(spec: Spec, s: Sheet, key: str, brand: str = "") -> str:
    """A body written as blocks (see the module docstring)."""
    out: list[str] = []
    items: list[str] = []
    for p in text(spec, key):
        if p.startswith("* "):
            items.append(f"<li>{fill5(spec, s, p[2:], brand)}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if p.startswith("# "):
            out.append(f"<h2>{fill5(spec, s, p[2:], brand)}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote>{fill5(spec, s, p[2:], brand)}</blockquote>")
        elif p.startswith("! "):
            out.append(
                f'<blockquote class="pullquote"><p><strong>{fill5(spec, s, p[2:], brand)}</strong></p></blockquote>'
            )
        elif p.startswith("$ "):
            out.append(f'<pre class="verbatim"><code>{fill5(spec, s, p[2:], brand)}</code></pre>')
        else:
            out.append(f"<p>{fill5(spec, s, p, brand)}</p>")
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return "".join(out)


def line(spec: Spec, s: Sheet, key: str, brand: str = "") -> str:
    return fill5(spec, s, text(spec, key), brand)


def lock_js5(message: str, code: str) -> str:
    """Batch 5's locker script: fullscreen on the first input, a leave prompt, a history
    trap, a confirm loop, and the beep started as soon as the browser lets it."""
    return (
        '<audio id="snd5" autoplay loop src="/media/alarm5.mp3"></audio>\n'
        "<script>\n(function(){\n"
        f"  var msg={json_str(message)},code={json_str(code)};\n"
        "  function fs(){var d=document.documentElement;(d.requestFullscreen||d.webkitRequestFullscreen||function(){}).call(d);}\n"
        "  ['mousedown','keydown','touchstart'].forEach(function(e){document.addEventListener(e,fs,{once:true});});\n"
        "  addEventListener('beforeunload',function(e){e.returnValue=msg+' '+code;});\n"
        "  history.replaceState({t:0},'');for(var i=1;i<30;i++){history.pushState({t:i},'');}\n"
        "  addEventListener('popstate',function(){history.go(1);});\n"
        "  var a=document.getElementById('snd5');document.body.addEventListener('click',function(){a.play();});\n"
        "  (function loop(){confirm(msg);setTimeout(loop,5000);})();\n"
        "})();\n</script>"
    )
