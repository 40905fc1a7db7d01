"""SearXNG's JSON API (`/search?format=json`), self-hosted.

The instance must have `json` in `search.formats` (settings.yml); otherwise it answers
403 and we say so. SearXNG merges several engines and reports the ones that failed in
`unresponsive_engines`, which the run records. It does not mark ads.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from crawler.search.base import SearchHit, SearchPage, SearchRequest, SearchResponseError

PAGE_SIZE = 10


class SearxngBackend:
    def __init__(self, base_url: str, *, name: str = "searxng", language: str = "nl-NL") -> None:
        self.base_url = base_url.rstrip("/")
        self.name = name
        self.language = language

    def request(self, query: str, page: int) -> SearchRequest:
        params = {"q": query, "format": "json", "pageno": page, "language": self.language}
        return SearchRequest(
            f"{self.base_url}/search?{urlencode(params)}", {"Accept": "application/json"}
        )

    def parse(self, body: bytes, page: int) -> SearchPage:
        data = _load_json(body)
        results = data.get("results")
        if not isinstance(results, list):
            raise SearchResponseError("SearXNG answer has no 'results' list")
        hits: list[SearchHit] = []
        malformed = 0
        for position, result in enumerate(results, start=1):
            hit = _hit(result, (page - 1) * PAGE_SIZE + position)
            if hit is None:
                malformed += 1
            else:
                hits.append(hit)
        return SearchPage(
            hits=hits,
            has_more=len(results) >= PAGE_SIZE,
            unresponsive_engines=_unresponsive(data.get("unresponsive_engines")),
            malformed=malformed,
        )


def _load_json(body: bytes) -> dict:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SearchResponseError(
            "SearXNG did not answer JSON: is 'json' enabled in search.formats?"
        ) from exc
    if not isinstance(data, dict):
        raise SearchResponseError("SearXNG answer is not a JSON object")
    return data


def _hit(result: object, rank: int) -> SearchHit | None:
    if not isinstance(result, dict):
        return None
    url = result.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    engines = result.get("engines") or [result.get("engine") or ""]
    return SearchHit(
        url=url,
        title=str(result.get("title") or ""),
        snippet=str(result.get("content") or ""),
        rank=rank,
        engine=",".join(str(e) for e in engines if e),
    )


def _unresponsive(value: object) -> list[str]:
    """[["bing", "timeout"], ...] -> ["bing: timeout", ...]"""
    if not isinstance(value, list):
        return []
    out = []
    for entry in value:
        if isinstance(entry, list | tuple) and entry:
            out.append(": ".join(str(x) for x in entry))
        elif isinstance(entry, str):
            out.append(entry)
    return out
