"""URL hygiene for crawling hostile sites: session ids, traps, schemes."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that carry a session and make one page look like endless pages.
SESSION_PARAMS = re.compile(
    r"^(?:phpsessid|jsessionid|sid|sessionid|session_id|session|aspsessionid\w*|"
    r"cfid|cftoken|zenid|osCsid|s)$",
    re.IGNORECASE,
)
PATH_SESSION = re.compile(r";jsessionid=[^/?#]*", re.IGNORECASE)


def strip_session(url: str) -> str:
    """Drop session-id parameters (query and `;jsessionid=` path form) and the fragment."""
    parts = urlsplit(url)
    path = PATH_SESSION.sub("", parts.path)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not SESSION_PARAMS.match(k)
    ]
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))


def is_crawlable_scheme(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")
