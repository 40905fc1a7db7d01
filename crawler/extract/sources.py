"""Numbers a visitor sees that static text extraction misses, read without running
anything: JSON-LD `telephone`, strings inline JavaScript assembles, the page's URL.

- JSON-LD: every `telephone` in the blocks (contactPoint included), and the @types,
  authors and dates page signals need. Broken JSON falls back to a plain pattern.
- Inline script: string literals glued with `+` (variables assigned a literal
  resolved), arrays of literals `.join(...)` (number literals too: a digit array
  `[0,8,0,0,...].join('')`, whole or sliced), `String.fromCharCode(48, 56, ...)`, and
  a literal passed to `document.write` or assigned to `textContent`/`innerText`/
  `innerHTML`, and base64 literals decoded by `atob(...)`. Static and bounded: at most MAX_SCRIPT_STRINGS strings a page, each
  expression a few dozen pieces; nothing is evaluated beyond joining literals.
- URL: values of the query or fragment parameters [phone_roles].url_parameters.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from crawler.extract.vocabulary import load_vocabulary

MAX_SCRIPT_STRINGS = 50
MAX_JSON_NODES = 5000  # JSON-LD values walked per page
MAX_VALUE = 80  # characters of one telephone / URL value kept

_LIT = r""""[^"\\\n]{0,80}"|'[^'\\\n]{0,80}'"""
# An array element: a string literal or a whole number literal ([0, 8, 0, 0, ...]).
_ITEM = rf"(?:{_LIT}|\d{{1,6}}(?![\w.]))"
_NAME = r"[A-Za-z_$][\w$]{0,30}"
_PIECE = rf"(?:{_LIT}|{_NAME})"
_CONCAT_RE = re.compile(rf"{_PIECE}(?:\s*\+\s*{_PIECE}){{1,24}}")
_ASSIGN_RE = re.compile(rf"({_NAME})\s*=\s*({_LIT})\s*[;,\n]")
_JOIN_RE = re.compile(
    rf"\[\s*({_ITEM}(?:\s*,\s*{_ITEM}){{1,24}})\s*\]\s*\.join\(\s*({_LIT})?\s*\)"
)
# An array of literals given a name, joined later: var p = ["043", "508"], n = p.join(" ")
_ARRAY_ASSIGN_RE = re.compile(
    rf"({_NAME})\s*=\s*\[\s*({_ITEM}(?:\s*,\s*{_ITEM}){{1,24}})\s*\]"
)
# name.join(glue), or a slice of it joined (d.slice(0, 4).join('')): the whole array,
# joined with that glue.
_NAMED_JOIN_RE = re.compile(
    rf"({_NAME})(?:\.slice\(\s*\d{{0,2}}\s*(?:,\s*\d{{1,2}}\s*)?\))?\.join\(\s*({_LIT})?\s*\)"
)
_WRITE_RE = re.compile(
    rf"(?:document\.write(?:ln)?\s*\(|\.(?:textContent|innerText|innerHTML)\s*=|"
    rf"\.(?:text|html|append)\(\s*)\s*({_LIT})\s*[);\n]"
)
# `Call ${a}-${b}` with a, b assigned literals
_TEMPLATE_RE = re.compile(r"`([^`\\]{0,200})`")
_SUBST_RE = re.compile(r"\$\{\s*(" + _NAME + r")\s*\}")
# String.fromCharCode(48, 56, ...), .apply(null, [48, ...]) and (...[48, ...]); codes in
# decimal or hex (0x30).
_CHARCODE_RE = re.compile(
    r"String\.fromCharCode(?:\.apply\(\s*(?:null|this|undefined|String)\s*,\s*\[|\(\s*(?:\.\.\.\s*\[)?)"
    r"\s*((?:0x[0-9a-fA-F]{2}|\d{2,3})(?:\s*,\s*(?:0x[0-9a-fA-F]{2}|\d{2,3})){6,30})\s*\]?\s*\)"
)
_LIT_RE = re.compile(_LIT)
_ITEM_RE = re.compile(_ITEM)
# atob('MDg4IDIwNSAxOTM2'): a base64 literal the script decodes ("088 205 1936").
_ATOB_RE = re.compile(r"""atob\(\s*(?:"([A-Za-z0-9+/=]{8,120})"|'([A-Za-z0-9+/=]{8,120})')\s*\)""")
_TAG_RE = re.compile(r"<[^<>]{0,200}>")
_GLUE_HINT_RE = re.compile(
    r"""["']\s*\+|\+\s*["']|\.join\(|fromCharCode|atob\(|document\.write|textContent|innerText|innerHTML|\.text\(|\.html\(|`"""
)
_DIGITS7_RE = re.compile(r"\d(?:\D{0,4}\d){6}")
_JSON_PHONE_RE = re.compile(r'"telephone"\s*:\s*"([^"]{4,80})"')
_JSON_TYPE_RE = re.compile(r'"@type"\s*:\s*"([A-Za-z]{2,40})"')


@dataclass
class JsonLd:
    """What a page's JSON-LD says: telephones, @types, whether it names an author/date."""

    phones: list[str] = field(default_factory=list)
    types: set[str] = field(default_factory=set)
    author: bool = False
    dated: bool = False
    answers: list[str] = field(default_factory=list)  # Answer texts (a FAQPage's: the site's voice)

    @property
    def faq_answers(self) -> list[str]:
        """The answers of the site's own FAQ markup (FAQPage), not a Q&A forum's."""
        return self.answers if "FAQPage" in self.types else []


MAX_ANSWERS, MAX_ANSWER_CHARS = 40, 2000  # FAQ answers kept per page, and their length


def read_jsonld(blocks: Iterable[str]) -> JsonLd:
    found = JsonLd()
    budget = [MAX_JSON_NODES]
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            found.phones += [p[:MAX_VALUE] for p in _JSON_PHONE_RE.findall(block)]
            found.types.update(_JSON_TYPE_RE.findall(block))
            continue
        _walk_json(data, found, budget)
    return found


def _walk_json(data: Any, found: JsonLd, budget: list[int]) -> None:
    """Iterative walk over one JSON value, within the page's node budget."""
    stack = [data]
    while stack and budget[0] > 0:
        value = stack.pop()
        budget[0] -= 1
        if isinstance(value, list):
            stack.extend(value[:200])
        elif isinstance(value, dict):
            _note_object(value, found)
            stack.extend(v for v in value.values() if isinstance(v, dict | list))


def _note_object(value: dict[str, Any], found: JsonLd) -> None:
    kind = value.get("@type")
    for name in kind if isinstance(kind, list) else [kind]:
        if isinstance(name, str):
            found.types.add(name.rsplit("/", 1)[-1][:40])
    phones = value.get("telephone")
    for phone in phones if isinstance(phones, list) else [phones]:
        if isinstance(phone, str | int):
            found.phones.append(str(phone)[:MAX_VALUE])
    text = value.get("text")
    if kind == "Answer" and isinstance(text, str) and len(found.answers) < MAX_ANSWERS:
        found.answers.append(text[:MAX_ANSWER_CHARS])
    found.author = found.author or bool(value.get("author"))
    found.dated = found.dated or bool(value.get("datePublished"))


def script_strings(script: str) -> list[str]:
    """Strings inline JavaScript builds from pieces and writes into the page."""
    if not _GLUE_HINT_RE.search(script):
        return []
    names = {m.group(1): _unquote(m.group(2)) for m in _ASSIGN_RE.finditer(script)}
    found: list[str] = []
    for match in _JOIN_RE.finditer(script):
        glue = _unquote(match.group(2)) if match.group(2) else ","
        found.append(glue.join(_unquote(lit) for lit in _ITEM_RE.findall(match.group(1))))
    arrays = {m.group(1): _ITEM_RE.findall(m.group(2)) for m in _ARRAY_ASSIGN_RE.finditer(script)}
    for match in _NAMED_JOIN_RE.finditer(script) if arrays else ():
        if match.group(1) in arrays:
            glue = _unquote(match.group(2)) if match.group(2) else ","
            found.append(glue.join(_unquote(lit) for lit in arrays[match.group(1)]))
    for match in _CONCAT_RE.finditer(script):
        joined = _join_pieces(match.group(), names)
        if joined is not None:
            found.append(joined)
    found += [_unquote(m.group(1)) for m in _WRITE_RE.finditer(script)]
    for match in _TEMPLATE_RE.finditer(script) if "`" in script else ():
        filled = _fill_template(match.group(1), names)
        if filled is not None:
            found.append(filled)
    for match in _CHARCODE_RE.finditer(script):
        codes = [int(c, 16) if c[:2] in ("0x", "0X") else int(c)
                 for c in match.group(1).replace(" ", "").split(",")]  # fmt: skip
        found.append("".join(chr(c) for c in codes if 32 <= c < 127))
    for match in _ATOB_RE.finditer(script) if "atob(" in script else ():
        decoded = _base64_text(match.group(1) or match.group(2))
        if decoded:
            found.append(decoded)
    texts = [_TAG_RE.sub(" ", text) for text in found]
    return [text for text in texts if _DIGITS7_RE.search(text)][:MAX_SCRIPT_STRINGS]


_PIECE_RE = re.compile(rf"\s*({_LIT}|{_NAME})\s*(?:\+|$)")


def _join_pieces(expression: str, names: dict[str, str]) -> str | None:
    """ "085" + b + '4567' with b = "123": the joined string; None when a piece is
    not a literal or a variable assigned one (arithmetic, calls, unknown names). A
    literal may hold a plus sign itself ("+49 " + "30")."""
    out = []
    for match in _PIECE_RE.finditer(expression):
        piece = match.group(1)
        if piece[:1] in {'"', "'"}:
            out.append(_unquote(piece))
        elif piece in names:
            out.append(names[piece])
        else:
            return None
    return "".join(out) if out else None


def _fill_template(body: str, names: dict[str, str]) -> str | None:
    """A template literal with every ${name} a variable assigned a literal."""
    missing = [m.group(1) for m in _SUBST_RE.finditer(body) if m.group(1) not in names]
    if missing:
        return None
    return _SUBST_RE.sub(lambda m: names[m.group(1)], body)


def _base64_text(value: str) -> str | None:
    """Printable ASCII a base64 literal decodes to, or None."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (ValueError, binascii.Error):
        return None
    text = raw.decode("ascii", "replace")
    return text if text.isprintable() else None


def _unquote(literal: str) -> str:
    """A string literal's text; a number literal as written."""
    return literal[1:-1] if literal[:1] in {'"', "'"} else literal


@functools.cache
def _url_parameters() -> frozenset[str]:
    return frozenset(p.lower() for p in load_vocabulary()["phone_roles"]["url_parameters"])


# A page script reading one of its URL's parameters: URLSearchParams(...).get('rn'),
# a regex on location.search ("[?&]rn=").
_READ_PARAMETER_RE = re.compile(r"""\.get\(\s*['"]([A-Za-z_][\w-]{0,19})['"]\s*\)|[?&\[]([A-Za-z_][\w-]{0,19})=""")
_DIALLED_RE = re.compile(r"^\+?[\d\s().-]{8,20}$")
# Parameters pages read that hold ids, pages and times, never a number to call.
_NOT_NUMBERS = frozenset({
    "id", "pid", "uid", "sid", "cid", "aid", "vid", "oid", "page", "p", "q", "s", "ref",
    "cat", "category", "product", "item", "order", "sku", "session", "token", "v", "ver",
    "version", "t", "ts", "time", "date", "lang", "year", "amount", "price", "qty", "zip",
    "postcode", "plz", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
    "gclid", "fbclid", "msclkid", "start", "offset", "limit", "size", "width", "height",
})  # fmt: skip


def url_numbers(url: str, script: str = "") -> list[str]:
    """Values of the page URL's phone parameters (?phone=, ?nr=, #tel=...), and of any
    parameter the page's own script reads whose value is dialled digits: a landing page
    that fills its number in from the ad's link under a name of its own ("?rn=0800...")."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    names = set(_url_parameters())
    if script and (parts.query or parts.fragment):
        read = {a or b for a, b in _READ_PARAMETER_RE.findall(script[:200_000])}
        names |= {n.lower() for n in read if n and n.lower() not in _NOT_NUMBERS}
        strict = names - _url_parameters()
    else:
        strict = set()
    values = []
    for query in (parts.query, parts.fragment):
        for key, value in parse_qsl(query[:2000], keep_blank_values=False):
            name = key.lower()
            if name in strict and not _DIALLED_RE.match(value):
                continue  # a parameter the script reads, but no number in it
            if name in names:
                values.append(value[:MAX_VALUE])
    return values


# A script reading a data-* attribute: getAttribute('data-numero'), el.dataset.numero,
# $(el).data('numero').
_READ_DATA_RE = re.compile(
    r"""getAttribute\(\s*['"]data-([\w-]{1,30})['"]\s*\)|\.dataset\.([A-Za-z_]\w{0,30})|\.data\(\s*['"]([\w-]{1,30})['"]\s*\)"""
)


def _camel_to_dashed(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "-" + m.group(1).lower(), name).lower()


def data_numbers(attributes: list[tuple[str, str, int]], script: str = "") -> list[tuple[str, int]]:
    """(value, zone) of data-* attributes that hold a number to call: the attribute's
    name is a phone word ([phone_roles] url_parameters: data-numero, data-telefon) or
    the page's script reads it (getAttribute('data-x'), dataset.x) and its value is
    dialled digits. Ids, orders and prices under other names are left alone."""
    if not attributes:
        return []
    words = _url_parameters()
    read: set[str] = set()
    if script:
        for a, b, c in _READ_DATA_RE.findall(script[:200_000]):
            read.add((a or c).lower() if (a or c) else _camel_to_dashed(b))
    found = []
    for name, value, zone in attributes:
        lowered = name.lower()
        if "|" in lowered:  # pieces of one number: every piece read by the script
            names = lowered.split("|")
            if _DIALLED_RE.match(value) and all(n in read and n not in _NOT_NUMBERS for n in names):
                found.append((value, zone))
            continue
        named = any(part in words for part in re.split(r"[-_]", lowered))
        if lowered in _NOT_NUMBERS or not _DIALLED_RE.match(value):
            continue
        if named or lowered in read:
            found.append((value, zone))
    return found
