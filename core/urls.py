"""URL hygiene: session ids, traps and schemes of crawled links, and the one check of
every URL a user types (`check`, `--engine-url`, `--proxy`)."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from core.errors import BadUrl

# One label in its ASCII (punycode) form: letters, digits, hyphens (not at the ends);
# underscores too, which DNS allows and some real sites use in subdomains.
HOST_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
# A bare domain typed as a tip ("microsoft-hulp.nl", "microsoft-hulp.nl/contact").
BARE_DOMAIN = re.compile(r"^[^\s/:?#]+\.[^\s/:?#]+(?:[/?#].*)?$")

# Query parameters that carry a session and make one page look like endless pages.
SESSION_PARAMS = re.compile(
    r"^(?:phpsessid|jsessionid|sid|sessionid|session_id|session|aspsessionid\w*|"
    r"cfid|cftoken|zenid|osCsid|s)$",
    re.IGNORECASE,
)
PATH_SESSION = re.compile(r";jsessionid=[^/?#]*", re.IGNORECASE)


def strip_session(url: str) -> str:
    """Drop session-id parameters (query and `;jsessionid=` path form) and the fragment.
    Every other parameter stays byte for byte as the link wrote it: the URL a search
    result pointed to is evidence (a landing URL may carry the number, `?nr=%201-866...`)."""
    parts = urlsplit(url)
    path = PATH_SESSION.sub("", parts.path)
    kept = [
        field
        for field in parts.query.split("&")
        if field and not SESSION_PARAMS.match(unquote_plus(field.split("=", 1)[0]))
    ]
    return urlunsplit((parts.scheme, parts.netloc, path, "&".join(kept), ""))


def is_crawlable_scheme(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def checked_url(text: str, *, what: str = "URL", bare_domain: bool = False) -> str:
    """`text` as an http(s) URL fit to fetch, or BadUrl saying in one line why not.

    With `bare_domain`, "example.nl" (how tips arrive) becomes "http://example.nl/";
    plain http because a site that serves only https redirects there anyway.
    """
    url = text.strip()
    if bare_domain and "://" not in url and BARE_DOMAIN.match(url):
        url = f"http://{url}" if "/" in url else f"http://{url}/"
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port out of range or not a number
        host = parts.hostname
    except ValueError as exc:
        raise BadUrl(f"{what} {text!r}: {exc}") from exc
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadUrl(f"{what} {text!r}: not an http(s) URL (expected http://host/...)")
    if port == 0:
        raise BadUrl(f"{what} {text!r}: port 0 cannot be fetched")
    problem = host_problem(host or "")
    if problem:
        raise BadUrl(f"{what} {text!r}: {problem}")
    return url


def host_problem(host: str) -> str | None:
    """Why `host` (from urlsplit) is not a fetchable host name or address, or None."""
    if not host:
        return "no host name"
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    if any(ch.isspace() for ch in host):
        return f"host {host!r} contains a space"
    try:
        ascii_host = host.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError:
        return f"host {host!r} is not a valid domain name"
    bad = [label for label in ascii_host.split(".") if not HOST_LABEL.match(label)]
    if bad:
        return f"host {host!r} is not a valid domain name (label {bad[0]!r})"
    return None
