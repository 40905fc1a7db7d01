"""Hostile pages for crawler robustness tests: each edge site's "/" is one of these.

All are deterministic. The huge body is generated chunk by chunk when served, never
held in memory; the calendar trap and session-id pages are made per request.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

from crawler.sandbox import scripted
from crawler.sandbox.model import Page

HTML = "text/html; charset=utf-8"
HUGE_BYTES = 11 * 1024 * 1024
CHUNK = 64 * 1024
HANG_SECONDS = 30.0
XSS_TITLE = '<script>alert("title")</script> Helpdesk'
XSS_BODY = '"><img src=x onerror=alert(document.domain)>'
PRIVATE_TARGETS = (
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://127.0.0.1:8888/admin",
    "http://localhost/",
    "http://[::1]/",
    "http://192.168.1.1/",
)


def _page(path: str, body: bytes, kind: str, **kw: object) -> Page:
    headers = kw.pop("headers", ())
    return Page(
        path=path,
        content_type=str(kw.pop("content_type", HTML)),
        status=int(kw.pop("status", 200)),  # type: ignore[call-overload]
        headers=tuple(headers),  # type: ignore[arg-type]
        render=lambda: body,
        kind=kind,
        hang_seconds=float(kw.pop("hang_seconds", 0.0)),  # type: ignore[arg-type]
    )


def _html(title: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>\n"
    ).encode()


def huge_chunks(domain: str) -> Iterator[bytes]:
    yield b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Groot</title></head><body>'
    line = f"<p>{domain} vult de pagina met tekst zonder einde. </p>\n".encode()
    block = line * (CHUNK // len(line))
    sent = 0
    while sent < HUGE_BYTES:
        yield block
        sent += len(block)
    yield b"</body></html>\n"


def binary_body(domain: str) -> bytes:
    seed = hashlib.sha256(domain.encode()).digest()
    out = bytearray(b"\x89PNG\r\n\x1a\n\x00\x00")
    while len(out) < 64 * 1024:
        seed = hashlib.sha256(seed).digest()
        out += seed
    return bytes(out)


def charset_body() -> bytes:
    # cp1252 bytes (é = 0xE9, € = 0x80, “ ” = 0x93/0x94) under a utf-8 declaration.
    text = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Café “De Haven”</title></head>'
        "<body><p>Één kop koffie kost €2,50 in het café. Geen telefoonnummer hier.</p>"
        '<p><a href="/contact">Contact</a></p></body></html>\n'
    )
    return text.encode("cp1252")


def special_home(kind: str, domain: str) -> Page:
    if kind == "huge":
        return Page("/", HTML, 200, (), lambda: huge_chunks(domain), kind="huge")
    if kind == "binary":
        return _page("/", binary_body(domain), "binary")
    if kind == "charset":
        return _page("/", charset_body(), "charset")
    if kind == "redirect_loop":
        return _page("/", b"", "redirect", status=302, headers=(("Location", "/loop/a"),))
    if kind == "hang":
        body = _html("Traag", "<p>Eindelijk een antwoord.</p>")
        return _page("/", body, "hang", hang_seconds=HANG_SECONDS)
    if kind == "calendar_trap":
        return calendar_page("/", 2025, 6)
    if kind == "session_ids":
        return session_page("/", domain, 0)
    if kind == "private_links":
        links = "".join(f'<li><a href="{u}">{html.escape(u)}</a></li>' for u in PRIVATE_TARGETS)
        body = _html("Links", f'<ul>{links}</ul><img src="http://169.254.169.254/x.png">')
        return _page("/", body, "ordinary")
    if kind == "xss":
        return _page("/", xss_body(), "ordinary")
    if kind in scripted.kinds():  # pages that behave only in a browser (scripted.toml)
        return scripted.page(kind, "/")  # type: ignore[return-value]
    raise ValueError(f"unknown special page kind {kind!r}")


def xss_body() -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{XSS_TITLE}</title></head>'
        f"<body><h1>Welkom {XSS_BODY}</h1>"
        '<p><a href="javascript:alert(1)">Klik hier</a> '
        '<a href="/zoek?q=%3Cscript%3Ealert(1)%3C/script%3E">Zoeken</a> '
        '<a href="/contact">Contact</a></p>'
        "<div onmouseover=\"alert('x')\">hover</div><svg onload=alert(2)></svg>"
        "</body></html>\n"
    ).encode()


def calendar_page(path: str, year: int, month: int) -> Page:
    nxt = (year + (month // 12), month % 12 + 1)
    body = _html(
        f"Agenda {year}-{month:02d}",
        f"<h1>Agenda {year}-{month:02d}</h1><p>Geen afspraken.</p>"
        f'<a href="/cal?month={nxt[0]}-{nxt[1]:02d}">volgende maand</a> '
        f'<a href="/contact">Contact</a>',
    )
    return _page(path, body, "trap")


def session_page(path: str, domain: str, depth: int) -> Page:
    sid = hashlib.sha256(f"{domain}|{path}".encode()).hexdigest()[:24]
    body = _html(
        "Winkel",
        f"<h1>Winkel</h1><p>Sessie {depth}</p>"
        f'<a href="/shop?PHPSESSID={sid}&amp;d={depth + 1}">verder winkelen</a> '
        f'<a href="/contact?PHPSESSID={sid}">Contact</a>',
    )
    return _page(path, body, "session")


def dynamic_for(kind: str, domain: str) -> Callable[[str], Page | None] | None:
    """The per-request page maker for trap-like sites, or None."""
    if kind == "calendar_trap":
        return lambda target: _calendar(target)
    if kind == "session_ids":
        return lambda target: _session(target, domain)
    if kind == "redirect_loop":
        return lambda target: _loop(target)
    if kind == "xss":
        return lambda target: _xss_echo(target)
    if kind in scripted.kinds():
        return lambda target: scripted.page(kind, target)
    return None


def _calendar(target: str) -> Page | None:
    parts = urlsplit(target)
    if parts.path != "/cal":
        return None
    value = parse_qs(parts.query).get("month", [""])[0]
    try:
        year, month = (int(x) for x in value.split("-"))
    except ValueError:
        return None
    if not (1 <= month <= 12 and 1 <= year <= 99999):
        return None
    return calendar_page(target, year, month)


def _session(target: str, domain: str) -> Page | None:
    parts = urlsplit(target)
    if "PHPSESSID=" not in parts.query:
        return None
    if parts.path == "/contact":
        return _page(target, _html("Contact", "<p>Mail ons.</p>"), "ordinary")
    depth = parse_qs(parts.query).get("d", ["0"])[0]
    return session_page(target, domain, int(depth) if depth.isdigit() else 0)


def _loop(target: str) -> Page | None:
    hops = {"/loop/a": "/loop/b", "/loop/b": "/"}
    if target not in hops:
        return None
    return _page(target, b"", "redirect", status=302, headers=(("Location", hops[target]),))


def _xss_echo(target: str) -> Page | None:
    parts = urlsplit(target)
    if parts.path != "/zoek":
        return None
    # Deliberately unescaped echo: the review UI must escape what the crawler stored.
    query = parse_qs(parts.query).get("q", [""])[0]
    return _page(target, _html("Zoeken", f"<p>Resultaten voor {query}</p>"), "ordinary")
