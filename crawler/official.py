"""Domains the crawl records but does not fetch: brands' own sites and big platforms.

Brands come from the one brand catalogue (crawler.extract.brands: brands.toml plus its
local override), so a brand added locally is skipped too.
"""

from __future__ import annotations

import functools
from pathlib import Path

from core.domains import registered_domain
from crawler.extract.brands import load_catalog

PLATFORMS_FILE = Path(__file__).parent / "data" / "platforms.txt"


@functools.cache
def skip_domains() -> frozenset[str]:
    catalog = load_catalog()
    official = {d for brand in catalog.brands.values() for d in brand.official_domains}
    platforms = {
        line.strip()
        for line in PLATFORMS_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return frozenset(official | platforms)


@functools.cache
def brand_tlds() -> frozenset[str]:
    """The brands' own top-level domains: every name under them is the brand's."""
    return frozenset(b.brand_tld for b in load_catalog().brands.values() if b.brand_tld)


def should_crawl(url: str) -> bool:
    domain = registered_domain(url)
    if domain is None or domain.domain in skip_domains():
        return False
    return domain.domain.rsplit(".", 1)[-1] not in brand_tlds()
