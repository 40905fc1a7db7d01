"""Items the spiders yield; pipelines extract, store and pivot on them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from scrapy.http import Response

from crawler.clock import now_iso

if TYPE_CHECKING:
    from crawler.extract.page import PageExtraction


@dataclass
class SearchPageItem:
    """One result page of one query: recorded so a resumed run does not search it again."""

    query: str
    origin: str  # list | pivot
    engine: str
    result_page: int
    hits: int
    unresponsive_engines: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class SearchHitItem:
    query: str
    origin: str
    engine: str
    result_page: int
    rank: int
    kind: str
    url: str
    title: str
    snippet: str
    crawled: bool  # False for official brand domains and big platforms: recorded only


@dataclass
class PageItem:
    """A fetched page with its evidence; extraction is added by the pipeline."""

    url: str  # the URL requested
    final_url: str
    status: int
    headers: dict[str, str]
    redirect_chain: list[str]
    body: bytes
    content_type: str
    fetched_at: str
    server_ip: str | None = None
    query: str = ""  # the query that led here (first one)
    depth: int = 0
    extraction: PageExtraction | None = None  # set by the extract pipeline

    @classmethod
    def from_response(cls, response: Response) -> PageItem:
        """The evidence of one fetch: what was asked, where it ended, what came back."""
        return cls(
            url=response.request.url if response.request else response.url,
            final_url=response.url,
            status=response.status,
            headers=_headers(response),
            redirect_chain=list(response.meta.get("redirect_urls", [])) + [response.url],
            body=response.body,
            content_type=(response.headers.get("Content-Type") or b"").decode("latin-1"),
            fetched_at=now_iso(),
            # Through a proxy, the peer address is the proxy's: not evidence of the site.
            server_ip=None if response.meta.get("proxy") else _ip(response),
            query=response.meta.get("query", ""),
            depth=response.meta.get("depth_site", 0),
        )


def _headers(response: Response) -> dict[str, str]:
    out = {}
    for key, values in response.headers.items():
        name = key.decode("latin-1")
        out[name] = ", ".join(v.decode("latin-1") for v in values)[:2000]
    return out


def _ip(response: Response) -> str | None:
    address = getattr(response, "ip_address", None)
    return str(address) if address is not None else None
