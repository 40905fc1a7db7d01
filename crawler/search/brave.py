"""Brave Search API (web search): `GET /res/v1/web/search` with `X-Subscription-Token`.

Results are in `web.results[]`; `query.more_results_available` says whether another page
exists. `offset` counts pages (0-9), `count` is at most 20. The web endpoint returns no
ads, so every hit is organic.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from crawler.search.base import SearchHit, SearchPage, SearchRequest, SearchResponseError

PAGE_SIZE = 20
DEFAULT_BASE = "https://api.search.brave.com"
MAX_OFFSET = 9


class BraveBackend:
    name = "brave"

    def __init__(self, api_key: str, *, base_url: str | None = None, country: str = "NL") -> None:
        self.api_key = api_key
        self.base_url = (base_url or DEFAULT_BASE).rstrip("/")
        self.country = country

    def request(self, query: str, page: int) -> SearchRequest:
        params = {
            "q": query,
            "count": PAGE_SIZE,
            "offset": min(page - 1, MAX_OFFSET),
            "country": self.country,
            "search_lang": "nl",
        }
        headers = {"Accept": "application/json", "X-Subscription-Token": self.api_key}
        return SearchRequest(f"{self.base_url}/res/v1/web/search?{urlencode(params)}", headers)

    def parse(self, body: bytes, page: int) -> SearchPage:
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise SearchResponseError("Brave did not answer JSON") from exc
        if not isinstance(data, dict):
            raise SearchResponseError("Brave answer is not a JSON object")
        if data.get("type") == "ErrorResponse":
            error = data.get("error")
            detail = error.get("detail", "unknown error") if isinstance(error, dict) else error
            raise SearchResponseError(f"Brave API error: {detail}")
        web = data.get("web") or {}
        results = web.get("results") if isinstance(web, dict) else None
        hits: list[SearchHit] = []
        malformed = 0
        for position, result in enumerate(results if isinstance(results, list) else [], start=1):
            hit = _hit(result, (page - 1) * PAGE_SIZE + position)
            if hit is None:
                malformed += 1
            else:
                hits.append(hit)
        query = data.get("query")
        more = isinstance(query, dict) and bool(query.get("more_results_available"))
        more = more and page - 1 < MAX_OFFSET
        return SearchPage(hits=hits, has_more=more, malformed=malformed)


def _hit(result: object, rank: int) -> SearchHit | None:
    if not isinstance(result, dict):
        return None
    url = result.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    return SearchHit(
        url=url,
        title=str(result.get("title") or ""),
        snippet=str(result.get("description") or ""),
        rank=rank,
        engine="brave",
    )
