"""The search backend interface: build the request for one result page, parse its answer.

A backend never does I/O itself: the spider fetches, the backend describes what to fetch
and how to read the answer. That keeps parsers testable on recorded responses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from core.errors import ConfigError


@dataclass(frozen=True)
class SearchHit:
    url: str
    title: str
    snippet: str
    rank: int  # 1-based across pages: (page - 1) * page_size + position
    kind: str = "organic"  # organic | ad (only where the backend tells them apart)
    engine: str = ""  # the upstream engine(s) a metasearch reports, comma-joined


@dataclass(frozen=True)
class SearchRequest:
    url: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class SearchPage:
    hits: list[SearchHit]
    has_more: bool
    unresponsive_engines: list[str] = field(default_factory=list)
    malformed: int = 0  # results skipped because a field was missing or wrong


class SearchBackend(Protocol):
    name: str

    def request(self, query: str, page: int) -> SearchRequest: ...

    def parse(self, body: bytes, page: int) -> SearchPage: ...


class SearchResponseError(ValueError):
    """Raised by a backend's parse() when the answer is not the API's format at all
    (HTML error page, JSON disabled on the instance, an API error object)."""


def backend_for(engine: str, url: str | None, *, api_key: str | None = None) -> SearchBackend:
    """The backend named on the command line (`--engine`)."""
    from crawler.search.brave import BraveBackend
    from crawler.search.searxng import SearxngBackend

    if engine in ("searxng", "sandbox"):
        if not url:
            raise ConfigError(f"--engine {engine} needs --engine-url (the instance's base URL)")
        return SearxngBackend(url, name=engine)
    if engine == "brave":
        if not api_key:
            raise ConfigError("--engine brave needs an API key: set NEPHELPDESK_BRAVE_API_KEY")
        return BraveBackend(api_key, base_url=url)
    raise ConfigError(f"unknown search engine {engine!r}: use searxng, brave or sandbox")
