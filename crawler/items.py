"""Items the spiders yield; pipelines extract, store and pivot on them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

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
