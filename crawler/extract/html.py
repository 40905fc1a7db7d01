"""Bytes to a parsed page: robust decoding, binary refusal, visible text, links.

Fetched bodies lie: a header says utf-8 over cp1252 bytes, a PDF is served as
text/html, a page is 10 MB of minified junk. This module turns any body into either a
ParsedHtml or a plain reason it was skipped, in bounded time: only the first
MAX_PARSE_BYTES are parsed, and every walk over the tree is iterative and capped.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

import charset_normalizer
from lxml import etree
from lxml import html as lxml_html

from crawler.extract import zones
from crawler.extract.islands import MAX_STRINGS, is_island, island_strings

MAX_PARSE_BYTES = 2 * 1024 * 1024  # beyond this a page is junk or an attack, not a helpdesk
MAX_LINKS = 2000
MAX_SCRIPT_TEXT = 256 * 1024  # inline script kept for chat-widget detection
MAX_ELEMENTS = 60_000  # elements walked for text; deeper junk is ignored
MAX_HIDDEN_TEXT = 20_000  # text of hidden elements read per page (for numbers and brands)
MAX_JSONLD = 20  # JSON-LD blocks kept per page, each up to MAX_JSONLD_CHARS
MAX_JSONLD_CHARS = 64 * 1024
MAX_HANDLERS = 64 * 1024  # characters of on* attributes kept (body, html, audio...)
# Elements whose on* attributes a locker uses (onbeforeunload, onload, oncontextmenu).
HANDLER_TAGS = frozenset({"html", "body", "audio", "video", "frameset", "iframe"})
COUNTED_TAGS = frozenset({"article", "blockquote", "time"})
MAX_META = 500  # <meta> elements examined per page
META_PHONE_NAMES = frozenset(
    {"telephone", "og:phone_number", "business:contact_data:phone_number", "phone", "tel"}
)
ZONE_ATTRIBUTES = frozenset({"class", "id", "role"})
_DIGIT_RE = re.compile(r"\d")
_BREAK = ("\n", 0)  # a block boundary in the text walk

# Elements whose content a visitor never reads.
# Inline SVG is read: its <text> is drawn on the page like any text (a number set as a
# graphic still shows); its shapes hold no text. <defs>/<symbol> are never drawn.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "canvas", "defs",
                       "symbol", "clippath", "mask", "lineargradient", "radialgradient",
                       "pattern", "filter", "metadata"})  # fmt: skip
# Elements that start a new line of text; everything else is inline and glued to its
# neighbours, so "<span>085</span><span>1234567</span>" reads as one number.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul option button label html "
    "iframe select textarea svg text".split()
)

# File signatures of bodies that are never HTML (PDF, images, archives, executables).
MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"MZ",
    b"\x00asm",
    b"OggS",
    b"ID3",
    b"fLaC",
    b"\xca\xfe\xba\xbe",
    b"wOFF",
    b"wOF2",
    b"\x00\x00\x01\x00",
    b"RIFF",
)
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Content types a browser never renders as a page (it shows text/plain as plain text
# even when the body is markup, so we do not sniff it either).
NOT_HTML_TYPES = (
    "image/",
    "audio/",
    "video/",
    "font/",
    "text/plain",
    "text/css",
    "text/javascript",
    "text/csv",
    "application/pdf",
    "application/zip",
    "application/json",
    "application/javascript",
)
HTML_TYPES = ("text/html", "application/xhtml")

_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I
)
_HEADER_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
_HTML_SNIFF_RE = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|title|div|p|a\s|meta|script)", re.I
)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_SPACE_RE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@dataclass
class Decoded:
    text: str
    encoding: str
    truncated: bool


@dataclass
class ParsedHtml:
    """What the other extract modules need from one HTML page."""

    title: str = ""
    lang: str | None = None
    lines: list[str] = field(default_factory=list)  # visible text, one block per line
    line_zones: list[int] = field(default_factory=list)  # zones.* flags, one per line
    extra_text: list[str] = field(default_factory=list)  # alt/title attributes
    extra_kinds: list[str] = field(default_factory=list)  # "alt" or "title", per extra_text
    extra_zones: list[int] = field(default_factory=list)
    tel_links: list[str] = field(default_factory=list)  # numbers from tel:/callto: hrefs
    tel_zones: list[int] = field(default_factory=list)
    jsonld: list[str] = field(default_factory=list)  # <script type="application/ld+json">
    meta_phones: list[str] = field(default_factory=list)  # <meta> telephone content
    handlers: str = ""  # on* attributes of body/html/media elements, for locker signs
    # Structure counts for page signals: article, blockquote, time, byline, quote,
    # itemtype:<Type>, audio_autoplay ...
    markup: dict[str, int] = field(default_factory=dict)
    links: list[tuple[str, str]] = field(default_factory=list)  # (absolute url, anchor text)
    headings: list[str] = field(default_factory=list)  # h1 texts
    subheadings: list[str] = field(default_factory=list)  # the first h2 texts (capped)
    script_srcs: list[str] = field(default_factory=list)
    iframe_srcs: list[str] = field(default_factory=list)
    inline_script: str = ""
    app_strings: list[str] = field(default_factory=list)  # an app-state island's text
    hidden_chars: int = 0  # text of hidden elements kept so far (capped)
    # (name after "data-", value, zone) of data-* attributes holding 8-16 digits: a number
    # a script writes into the page counts when the name says phone or the script reads it
    data_numbers: list[tuple[str, str, int]] = field(default_factory=list)
    root: etree._Element | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def header(headers: Mapping[str, str] | None, name: str) -> str:
    """A header value, looked up case-insensitively; "" when absent."""
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return value
    return ""


def is_binary(body: bytes) -> bool:
    """True for bodies that are files, not text: a known signature or NUL bytes."""
    head = body[:8192]
    if any(head.startswith(magic) for magic in MAGIC):
        return True
    if any(head.startswith(bom) for bom, _ in BOMS):
        return False  # UTF-16/32 text legitimately contains NUL bytes
    return b"\x00" in head


def looks_like_html(body: bytes, content_type: str) -> bool:
    """Trust an HTML content type; otherwise sniff the start of the body."""
    ctype = content_type.lower()
    if ctype.startswith(NOT_HTML_TYPES):
        return False
    if ctype.startswith(HTML_TYPES):
        return True
    return _HTML_SNIFF_RE.search(body[:2048]) is not None


def _codec(name: str) -> str | None:
    """Python's codec name for a declared charset, or None when unknown."""
    label = name.strip().lower()
    if label in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
        label = "cp1252"  # browsers read these labels as windows-1252, and so do we
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _utf8_ok(data: bytes) -> bool:
    """Valid UTF-8, allowing a character cut in half at the truncation point."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _declared(body: bytes, headers: Mapping[str, str] | None) -> list[str]:
    names = []
    found = _HEADER_CHARSET_RE.search(header(headers, "content-type"))
    if found:
        names.append(found.group(1))
    meta = _CHARSET_RE.search(body[:4096])
    if meta:
        names.append(meta.group(1).decode("ascii", "replace"))
    return [codec for codec in map(_codec, names) if codec]


def decode_body(body: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode a body: BOM, valid UTF-8, the declared charset, windows-1252, a guess.

    Valid UTF-8 wins over a declared single-byte charset because non-ASCII bytes are
    almost never valid UTF-8 by accident. A page that claims utf-8 but is not falls
    through to windows-1252, the commonest liar on Dutch and English sites; only
    bytes that are not windows-1252 either go to charset-normalizer's guess.
    """
    truncated = len(body) > MAX_PARSE_BYTES
    data = body[:MAX_PARSE_BYTES]
    for bom, codec in BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, "replace"), codec, truncated)
    declared = _declared(data, headers)
    wide = [c for c in declared if c.startswith(("utf-16", "utf-32"))]
    if wide:
        return Decoded(data.decode(wide[0], "replace"), wide[0], truncated)
    if _utf8_ok(data):
        return Decoded(data.decode("utf-8", "replace"), "utf-8", truncated)
    for codec in [*declared, "cp1252"]:
        if codec != "utf-8" and _strict_ok(data, codec):
            return Decoded(data.decode(codec, "replace"), codec, truncated)
    guess = charset_normalizer.from_bytes(data[:65536]).best()
    codec = (_codec(guess.encoding) if guess is not None else None) or "cp1252"
    return Decoded(data.decode(codec, "replace"), codec, truncated)


def _strict_ok(data: bytes, codec: str) -> bool:
    try:
        codecs.getincrementaldecoder(codec)().decode(data, final=False)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def parse_html(text: str, base_url: str) -> ParsedHtml | None:
    """Parse decoded text with lxml; None when there is no document at all."""
    text = _XML_DECL_RE.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        return None
    parser = lxml_html.HTMLParser(recover=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    if root is None:
        return None
    page = ParsedHtml(root=root, lang=_lang_of(root))
    page.title = _title_of(root)
    base = _base_url(root, base_url)
    _walk_text(root, page)
    _collect_links(root, page, base)
    _collect_scripts(root, page, base)
    _collect_meta_phones(root, page)
    _read_app_shell(page)
    return page


# Visible characters below which a page is an app shell ("Schakel JavaScript in"): the
# text its app-state island holds is what the visitor's browser draws (see islands).
SHELL_TEXT = 200


def _read_app_shell(page: ParsedHtml) -> None:
    if page.app_strings and sum(map(len, page.lines)) < SHELL_TEXT:
        page.lines.extend(page.app_strings)
        page.line_zones.extend([0] * len(page.app_strings))


def _title_of(root: etree._Element) -> str:
    for element in root.iter("title"):
        return clean_space(element.text_content())[:500]
    return ""


def _lang_of(root: etree._Element) -> str | None:
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for meta in root.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language":
                lang = meta.get("content")
                break
    return lang.strip()[:35] if lang and lang.strip() else None


def _base_url(root: etree._Element, url: str) -> str:
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return urljoin(url, href)
    return url


def clean_space(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def _hidden(tag: str, attrs: list[tuple[str, str]]) -> bool:
    """Hidden by markup a visitor cannot see past (attribute or inline style)."""
    # aria-hidden is left alone: it hides from screen readers, not from the eye. The
    # root and body are never hidden: pages hide them until a script shows them.
    if tag in {"html", "body"}:
        return False
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "style":
            style = value.replace(" ", "").lower()
            if "display:none" in style or "visibility:hidden" in style:
                return True
    return False


def _iter_text(root: etree._Element, page: ParsedHtml) -> Iterator[tuple[str, int]]:
    """(text, zone flags) in reading order; "\\n" marks a block boundary. Iterative."""
    stack: list[tuple[etree._Element, bool, int]] = [(root, False, 0)]
    seen = 0
    while stack:
        element, closing, inherited = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if closing:
            if tag in BLOCK_TAGS:
                yield _BREAK
            if element.tail:
                yield element.tail, inherited
            continue
        seen += 1
        if seen > MAX_ELEMENTS:
            return
        attrs = element.items() if tag else []
        if tag and tag not in SKIP_TAGS and attrs and _hidden(tag, attrs):
            _note_hidden(element, page, inherited)
            if element.tail:
                yield element.tail, inherited
            continue
        if not tag or tag in SKIP_TAGS:
            if tag == "noscript":
                _note_hidden(element, page, inherited)  # what visitors without scripts read
            if element.tail:
                yield element.tail, inherited
            continue
        flags = _visit(element, tag, attrs, page, inherited)
        if tag in BLOCK_TAGS:
            yield _BREAK
        if element.text:
            yield element.text, flags
        stack.append((element, True, inherited))
        stack.extend((child, False, flags) for child in reversed(element))


def _visit(
    element: etree._Element, tag: str, attrs: list[tuple[str, str]], page: ParsedHtml, flags: int
) -> int:
    """Note what one element shows or says; returns the zone flags of its content."""
    inherited = flags
    flags |= zones.TAGS.get(tag, 0)
    if tag in COUNTED_TAGS:
        _count(page, tag)
    if tag == "h1":
        page.headings.append(clean_space(element.text_content())[:500])
    elif tag == "h2" and len(page.subheadings) < MAX_SUBHEADINGS:
        page.subheadings.append(clean_space(element.text_content())[:500])
    if attrs:
        flags = zones.own_faq(_read_attributes(tag, attrs, page, flags), inherited, tag)
        if flags & zones.QUOTE and not inherited & zones.QUOTE and _form_step(element, tag):
            flags &= ~zones.QUOTE  # a "question" holding radio buttons: the page's own form
    if flags & zones.QUOTE and not inherited & zones.QUOTE:
        _count(page, "quote")  # one more post, comment or quote starts here
    return flags


# Controls a step of a quiz or lead form holds (a reply box is a textarea: not these).
_FORM_STEP_INPUTS = frozenset({"radio", "checkbox", "tel", "email", "number", "range"})


def _form_step(element: etree._Element, tag: str) -> bool:
    """A quoted-looking element ("question", "vraag") that holds a form's own controls:
    radio buttons, a phone field, a select. Survey and lead-form builders name their
    steps so; nobody's post holds them."""
    if zones.TAGS.get(tag, 0) & zones.QUOTE:
        return False  # a blockquote is a quote whatever it holds
    for control in element.iter("input", "select"):
        if control.tag == "select" or (control.get("type") or "").lower() in _FORM_STEP_INPUTS:
            return True
    return False


def _copy_field(attrs: list[tuple[str, str]]) -> bool:
    """A read-only text field holding a number ("Copiar número" beside it): the page
    shows the number for the visitor to copy. Editable, hidden and search fields are not."""
    named = dict(attrs)
    kind = (named.get("type") or "text").lower()
    value = named.get("value") or ""
    return "readonly" in named and kind in ("text", "tel") and sum(c.isdigit() for c in value) >= 7


def _read_attributes(tag: str, attrs: list[tuple[str, str]], page: ParsedHtml, flags: int) -> int:
    """Zone words, alt/title text, tel: links, bylines, autoplay and event handlers.
    One pass over the attributes: this runs for every element of every page."""
    texts: list[tuple[str, str]] = []
    media: set[str] = set()
    pieces: list[tuple[str, str]] = []  # short digit groups in data-* ("020", "238", "4915")
    for name, value in attrs:
        if name in ZONE_ATTRIBUTES:
            flags |= zones.class_flags(value)
            if name == "class" and ("author" in value or "byline" in value):
                _count(page, "byline")
        elif name in ("alt", "title"):
            if value.strip():
                texts.append((name, value))
        elif name in NUMBER_ATTRIBUTES:
            if value.strip() and any(c.isdigit() for c in value):
                texts.append(("title", value))  # an icon's label, a copy button's text
        elif name.startswith("data-") and len(page.data_numbers) < MAX_DATA_NUMBERS:
            digits = sum(c.isdigit() for c in value)
            if 8 <= digits <= 16 and len(value) <= 24:
                page.data_numbers.append((name[5:], value.strip(), flags))
            elif digits and len(value) <= 6 and value.strip().lstrip("+").isdigit():
                pieces.append((name[5:], value.strip()))
        elif name == "href" and tag == "a":
            flags |= _note_tel(value, page, flags)
        elif name == "itemtype":
            flags |= zones.type_flags(value)
            _count(page, "itemtype:" + value.rstrip("/").rsplit("/", 1)[-1][:40])
        elif name in ("rel", "itemprop"):
            if value == "author":
                _count(page, "byline")
        elif name in ("autoplay", "muted"):
            media.add(name)
        elif name.startswith("on") and tag in HANDLER_TAGS and len(page.handlers) < MAX_HANDLERS:
            page.handlers += f"{name}={value[:2000]}\n"
    if "autoplay" in media and (tag == "audio" or (tag == "video" and "muted" not in media)):
        _count(page, "audio_autoplay")
    if tag == "input" and _copy_field(attrs):
        texts.append(("title", dict(attrs).get("value", "")))  # a read-only field to copy
    for name, value in texts:
        page.extra_text.append(clean_space(value)[:500])
        page.extra_kinds.append(name)
        page.extra_zones.append(flags)
    if len(pieces) >= 2 and len(page.data_numbers) < MAX_DATA_NUMBERS and 8 <= sum(len(v.lstrip("+")) for _, v in pieces) <= 16:
        # One number in pieces a script joins (data-a="020" data-b="238" data-c="4915"):
        # kept as one value under the names joined by "|"; it counts only when the
        # page's script reads every piece (sources.data_numbers).
        page.data_numbers.append(("|".join(n for n, _ in pieces), " ".join(v for _, v in pieces), flags))
    return flags


def _note_hidden(element: etree._Element, page: ParsedHtml, flags: int) -> None:
    """Text a visitor sees only once a script shows it (the "installation failed, call
    support" modal of a fake driver page): kept apart as `hidden`, for numbers and brands,
    not read as the page's visible text. Bounded per page."""
    if page.hidden_chars >= MAX_HIDDEN_TEXT:
        return
    parts: list[str] = []
    for node in element.iter():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in SKIP_TAGS and node is not element:
            continue
        parts.extend(t for t in (node.text, node.tail if node is not element else None) if t)
        if sum(map(len, parts)) > 2000:
            break
    text = clean_space(" ".join(parts))[: MAX_HIDDEN_TEXT - page.hidden_chars]
    if text:
        page.hidden_chars += len(text)
        page.extra_text.append(text)
        page.extra_kinds.append("hidden")
        page.extra_zones.append(flags)


MAX_SUBHEADINGS = 3  # h2 texts kept: an old page's main heading is often its first h2
MAX_DATA_NUMBERS = 40  # digit-holding data-* attributes kept a page
# Attributes that label a control with a number: an icon-only call button's aria-label,
# a "copy number" button, a theme's data-phone.
NUMBER_ATTRIBUTES = frozenset({
    "aria-label", "data-phone", "data-tel", "data-number", "data-clipboard-text",
    "data-copy", "data-telephone", "data-phone-number",
})  # fmt: skip
# Messaging links that dial or chat with a number: sms:, WhatsApp's wa.me/<number> and
# its send?phone=<number> (international digits without the plus).
_WHATSAPP_RE = re.compile(
    r"^(?:https?://)?(?:wa\.me/|(?:api\.|web\.)?whatsapp\.com/send/?\?(?:[^#]*&)?phone=|"
    r"whatsapp://send/?\?(?:[^#]*&)?phone=)\+?(\d{8,15})",
    re.IGNORECASE,
)


def _note_tel(href: str, page: ParsedHtml, flags: int) -> int:
    """A tel:/callto:/sms: or WhatsApp link's number, with its zone; returns the TEL flag
    if it is one."""
    text = href.strip()
    scheme, _, target = text.partition(":")
    if scheme.lower() in {"tel", "callto", "sms"} and target:
        number = unquote(target.lstrip("/")).split(";", 1)[0].split("?", 1)[0][:60]
    elif (match := _WHATSAPP_RE.match(text)) is not None:
        number = "+" + match.group(1)
    else:
        return 0
    page.tel_links.append(number)
    page.tel_zones.append(flags | zones.TEL)
    return zones.TEL


def _count(page: ParsedHtml, key: str) -> None:
    page.markup[key] = page.markup.get(key, 0) + 1


def _walk_text(root: etree._Element, page: ParsedHtml) -> None:
    """Lines of visible text, each with the zone flags of its digit-bearing pieces
    (a number's place is what matters; a digitless "Lees meer" button does not
    make its paragraph a call-to-action)."""
    pieces: list[str] = []
    marks: dict[int, int] = {}  # raw line number -> flags
    line = 0
    for piece, flags in _iter_text(root, page):
        pieces.append(piece)
        if piece == "\n":
            line += 1
            continue
        breaks = piece.count("\n")
        if flags and _DIGIT_RE.search(piece):
            segments = piece.split("\n") if breaks else [piece]
            for offset, segment in enumerate(segments):
                if offset == 0 or _DIGIT_RE.search(segment):
                    marks[line + offset] = marks.get(line + offset, 0) | flags
        line += breaks
    for number, part in enumerate("".join(pieces).split("\n")):
        text = clean_space(part)
        if text:
            page.lines.append(text)
            page.line_zones.append(marks.get(number, 0))


def _collect_links(root: etree._Element, page: ParsedHtml, base: str) -> None:
    origin = _origin(base)
    for examined, anchor in enumerate(root.iter("a", "area")):
        if examined >= 2 * MAX_LINKS:  # a page of junk anchors must not cost us
            return
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "tel:", "mailto:", "data:")):
            continue
        try:
            absolute = _absolute(base, origin, href)
            urlsplit(absolute).port  # noqa: B018 - raises ValueError on a junk port
        except ValueError:
            continue
        page.links.append((absolute, clean_space(anchor.text_content())[:200]))
        if len(page.links) >= MAX_LINKS:
            return


def _origin(base: str) -> str | None:
    """"scheme://host[:port]" of the page's URL, or None when it has none."""
    scheme, _, rest = base.partition("://")
    if not rest or scheme.lower() not in ("http", "https"):
        return None
    return f"{scheme}://{rest.split('/', 1)[0].split('?', 1)[0].split('#', 1)[0]}"


def _absolute(base: str, origin: str | None, href: str) -> str:
    """urljoin(base, href), without its cost for the common shapes: an absolute http(s)
    URL or a root-relative path with no dot segments to resolve."""
    if "/." not in href and "\\" not in href:
        if href.startswith(("http://", "https://")):
            return href
        if origin and href[0] == "/" and href[1:2] != "/":
            return origin + href
    return urljoin(base, href)


def _collect_scripts(root: etree._Element, page: ParsedHtml, base: str) -> None:
    inline: list[str] = []
    size = 0
    for element in root.iter("script", "iframe"):
        src = (element.get("src") or element.get("data-src") or "").strip()
        if src:
            target = page.script_srcs if element.tag == "script" else page.iframe_srcs
            target.append(_join(base, src))
        elif element.tag == "iframe" and (srcdoc := element.get("srcdoc")):
            _note_srcdoc(srcdoc, page)
        elif element.tag == "script" and element.text and size < MAX_SCRIPT_TEXT:
            inline.append(element.text[: MAX_SCRIPT_TEXT - size])
            size += len(inline[-1])
            kind = (element.get("type") or "").strip().lower()
            if len(page.app_strings) < MAX_STRINGS and is_island(element.get("id") or "", kind, element.text):
                page.app_strings.extend(island_strings(element.text)[: MAX_STRINGS - len(page.app_strings)])
            if kind == "application/ld+json" and len(page.jsonld) < MAX_JSONLD:
                page.jsonld.append(element.text[:MAX_JSONLD_CHARS])
    page.inline_script = "\n".join(inline)


MAX_SRCDOC = 64 * 1024


def _note_srcdoc(srcdoc: str, page: ParsedHtml) -> None:
    """An iframe's inline document (srcdoc) is shown in the page: a locker draws its
    whole "security alert" there. Its text is read like text a script shows (`hidden`),
    bounded; nothing in it runs."""
    try:
        inner = lxml_html.fragment_fromstring(srcdoc[:MAX_SRCDOC], create_parent="div")
    except (etree.ParserError, ValueError):
        return
    for bad in inner.iter("script", "style"):
        bad.text = ""
    text = clean_space(" ".join(inner.itertext()))[:MAX_HIDDEN_TEXT]
    if text:
        page.extra_text.append(text)
        page.extra_kinds.append("hidden")
        page.extra_zones.append(0)


def _collect_meta_phones(root: etree._Element, page: ParsedHtml) -> None:
    """Numbers a page declares in <meta> (microdata itemprop=telephone, Open Graph and
    business-card properties): invisible, but the page's own statement of its number."""
    for examined, meta in enumerate(root.iter("meta")):
        if examined >= MAX_META or len(page.meta_phones) >= MAX_JSONLD:
            return
        name = (meta.get("itemprop") or meta.get("property") or meta.get("name") or "").lower()
        content = (meta.get("content") or "").strip()
        if content and name in META_PHONE_NAMES:
            page.meta_phones.append(content[:80])


def _join(base: str, href: str) -> str:
    try:
        return urljoin(base, href)
    except ValueError:
        return href
