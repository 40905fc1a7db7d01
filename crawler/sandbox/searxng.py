"""A search engine speaking SearXNG's JSON API over the scenario's sites.

GET /search?q=...&format=json&pageno=N. Ranking is deterministic: overlap of the query's
words with each site's keywords, ties by domain. A query that is a phone number in any
written form returns the pages showing that number, which is how the crawler pivots.
`format` other than json gets 403, as a SearXNG instance with JSON disabled answers.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import socketserver
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

import phonenumbers

from crawler.sandbox.model import Page, Scenario, Site
from crawler.sandbox.serving import BackgroundServer, ThreadingHTTP

PER_PAGE = 10
ENGINES = ("google", "duckduckgo", "brave", "startpage")
WORD = re.compile(r"[\w']+", re.UNICODE)
TAG = re.compile(r"<[^>]+>")
TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _hash(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def phone_query(query: str) -> str | None:
    """E.164 when the whole query is one phone number ("085-1234567", "+31 85 ..."), else None."""
    if len(re.sub(r"\D", "", query)) < 8 or re.search(r"[A-Za-z]", query):
        return None
    try:
        number = phonenumbers.parse(query, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class SearchIndex:
    """Keyword and phone-number lookups over a scenario; pure, no I/O."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.by_phone: dict[str, list[tuple[Site, Page]]] = {}
        for site in scenario.sites:
            for page in site.pages.values():
                for number in page.phones:
                    self.by_phone.setdefault(number, []).append((site, page))

    def hits(self, query: str) -> list[tuple[Site, Page]]:
        number = phone_query(query)
        if number is not None:
            return sorted(self.by_phone.get(number, []), key=lambda sp: (sp[0].domain, sp[1].path))
        words = {w.lower() for w in WORD.findall(query)}
        if not words:
            return []
        scored = []
        for site in self.scenario.sites:
            overlap = len(words & set(site.keywords))
            exact = query.strip().lower() in site.queries
            if overlap or exact:
                score = overlap + (3 if exact else 0)
                scored.append((-score, _hash(query + site.domain), site))
        scored.sort(key=lambda item: item[:2])
        return [
            (site, site.pages[site.landing]) for _, _, site in scored if site.landing in site.pages
        ]

    def answer(self, query: str, pageno: int) -> dict[str, Any]:
        hits = self.hits(query)
        start = (pageno - 1) * PER_PAGE
        results = [
            _result(site, page, start + i + 1, query)
            for i, (site, page) in enumerate(hits[start : start + PER_PAGE])
        ]
        unresponsive = (
            [[ENGINES[_hash(query) % len(ENGINES)], "timeout"]] if _hash(query) % 5 == 0 else []
        )
        return {
            "query": query,
            "number_of_results": len(hits),
            "results": results,
            "answers": [],
            "corrections": [],
            "infoboxes": [],
            "suggestions": [],
            "unresponsive_engines": unresponsive,
        }


def _result(site: Site, page: Page, position: int, query: str) -> dict[str, Any]:
    host = site.hosts[0]
    url = f"http://{host}{page.path}"
    body = page.body_bytes(limit=20000).decode("utf-8", errors="replace") if page.ordinary else ""
    found = TITLE.search(body)
    title = html.unescape(TAG.sub("", found.group(1))).strip() if found else site.domain
    text = html.unescape(" ".join(TAG.sub(" ", body.split("</title>", 1)[-1]).split()))
    engine = ENGINES[_hash(site.domain) % len(ENGINES)]
    return {
        "url": url,
        "title": title,
        "content": text[:240],
        "engine": engine,
        "engines": sorted({engine, ENGINES[_hash(query + host) % len(ENGINES)]}),
        "score": round(1.0 / position + 0.5, 4),
        "category": "general",
        "positions": [position],
        "parsed_url": ["http", host, page.path.split("?")[0], "", urlsplit(url).query, ""],
    }


class SearxngServer(BackgroundServer):
    def __init__(self, scenario: Scenario, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host, port)
        self.index = SearchIndex(scenario)

    def _make_server(self, address: tuple[str, int]) -> socketserver.BaseServer:
        return ThreadingHTTP(address, _SearchHandler)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


class _SearchHandler(BaseHTTPRequestHandler):
    server_version = "sandbox-searxng/1.0"
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, keep-alive clients wait
    # for a delayed ACK (~40 ms) on every request.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802
        owner: SearxngServer = self.server.owner  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        params = parse_qs(parts.query)
        if parts.path.rstrip("/") not in ("/search", ""):
            return self._send(404, "text/plain", b"not found\n")
        if params.get("format", ["html"])[0] != "json":
            return self._send(403, "text/html", b"<h1>403 Forbidden</h1>\n")
        query = params.get("q", [""])[0]
        page_text = params.get("pageno", ["1"])[0]
        pageno = int(page_text) if page_text.isdigit() and int(page_text) > 0 else 1
        body = json.dumps(owner.index.answer(query, pageno), ensure_ascii=False).encode()
        self._send(200, "application/json", body)

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return
