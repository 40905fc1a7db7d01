"""Domains the crawl records but does not fetch: brands' own sites and big platforms."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from crawler.domains import registered_domain

BRANDS_FILE = Path(__file__).resolve().parent.parent / "scoring" / "brands.toml"
PLATFORMS_FILE = Path(__file__).parent / "data" / "platforms.txt"


@functools.cache
def skip_domains() -> frozenset[str]:
    brands = tomllib.loads(BRANDS_FILE.read_text(encoding="utf-8")).get("brands", {})
    official = {d for brand in brands.values() for d in brand.get("official_domains", [])}
    platforms = {
        line.strip()
        for line in PLATFORMS_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return frozenset(official | platforms)


def should_crawl(url: str) -> bool:
    domain = registered_domain(url)
    return domain is not None and domain.domain not in skip_domains()
