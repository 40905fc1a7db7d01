"""The sandbox web's data model: sites, their pages, and the ground truth they carry.

A Page renders its body on demand (bytes, or an iterator of chunks for the huge page),
so a scenario with tens of thousands of pages holds only recipes, not bodies.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote_plus

from crawler.sandbox.registry import RegistrationRecord

Body = bytes | Iterator[bytes]
# Page kinds other than "ordinary" are hostile on purpose; extractor checks skip them.
ORDINARY = "ordinary"
# Site categories, shared by the development and the held-out sets. Scams:
# fake_helpdesk, scareware. Legitimate: the rest. `edge` sites are crawler robustness
# cases, neither scam nor legitimate.
SCAM_CATEGORIES = ("fake_helpdesk", "scareware")
LEGIT_CATEGORIES = (
    "official", "repair_shop", "news", "warning", "forum", "blog", "directory",
    "it_partner", "business",
)  # fmt: skip
CATEGORIES = (*SCAM_CATEGORIES, *LEGIT_CATEGORIES, "edge")
# Legitimate categories on which any flag is a false positive the product must not make.
NEVER_FLAGGED = ("official", "news", "warning", "forum", "directory")


@dataclass(frozen=True)
class Page:
    path: str
    content_type: str
    status: int
    headers: tuple[tuple[str, str], ...]
    render: Callable[[], Body]
    phones: tuple[str, ...] = ()  # E.164, in order of first appearance
    # The subset of `phones` the page offers as its own contact (tel: link, "bel ons",
    # header/footer, JSON-LD); the rest are quoted (news, forums, directories).
    offered: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()  # brand ids, sorted
    # Phone forms the page writes its numbers in (see phoneforms.PHONE_FORMS; "url" when
    # the number comes from the page's query string).
    forms: tuple[str, ...] = ()
    kind: str = ORDINARY
    hang_seconds: float = 0.0

    @property
    def body(self) -> Body:
        return self.render()

    @property
    def ordinary(self) -> bool:
        return self.kind == ORDINARY

    def body_bytes(self, limit: int | None = None) -> bytes:
        """The whole body (or its first `limit` bytes) as one bytes object."""
        body = self.render()
        if isinstance(body, bytes):
            return body if limit is None else body[:limit]
        out = bytearray()
        for chunk in body:
            out += chunk
            if limit is not None and len(out) >= limit:
                return bytes(out[:limit])
        return bytes(out)


@dataclass
class Site:
    domain: str
    hosts: tuple[str, ...]
    label: str  # scam | legit | edge
    category: str  # see CATEGORIES
    brands: tuple[str, ...]
    phones: tuple[str, ...]
    template: str
    campaign: str
    registration: RegistrationRecord
    queries: tuple[str, ...]
    keywords: tuple[str, ...]
    pages: dict[str, Page]
    special: str = ""
    # The page search results link to: "/" or a path with a query ("/lp/?phone=...").
    landing: str = "/"
    language: str = ""  # the template's language (BCP 47 tag, "nl", "de-CH", "ja")
    # Issue 14's failure classes (1-9) the site exercises; empty for the original set.
    classes: tuple[int, ...] = ()
    # Free-hosting suffix ("netlify.app") when `domain` is a platform subdomain.
    platform: str = ""
    platform_record: RegistrationRecord | None = field(default=None, repr=False)
    # The held-out batch a site belongs to (1-3, by site list); 0 in the development set.
    batch: int = 0
    # Paths served on the fly (calendar trap, session ids): path+query -> Page or None
    dynamic: Callable[[str], Page | None] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://{self.hosts[0]}{self.landing}"

    def page(self, path: str) -> Page | None:
        """The page for a request target ("/contact", "/cal?month=2031-04")."""
        found = self.pages.get(path)
        if found is None and "?" in path:
            # A client may re-encode the query ("%20", "+", " "); the page is the same.
            wanted = unquote_plus(path)
            found = next((p for k, p in self.pages.items() if unquote_plus(k) == wanted), None)
        if found is not None:
            return found
        if self.dynamic is not None:
            return self.dynamic(path)
        return None


@dataclass
class Scenario:
    seed: int
    reference_date: str
    sites: list[Site]
    rdap_excluded_tlds: tuple[str, ...]
    source: Path
    _by_host: dict[str, Site] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for site in self.sites:
            for host in site.hosts:
                self._by_host[host] = site

    def site_for_host(self, host: str) -> Site | None:
        return self._by_host.get(host.lower().rstrip(".").split(":", 1)[0])

    def records(self) -> dict[str, RegistrationRecord]:
        """Registration per domain; a free-hosting platform answers for itself too."""
        records = {site.domain: site.registration for site in self.sites}
        for site in self.sites:
            if site.platform_record is not None:
                records.setdefault(site.platform, site.platform_record)
        return records

    def labels(self) -> list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]:
        return [(s.domain, s.label, s.category, s.brands, s.phones) for s in self.sites]

    def write_labels(self, path: str | Path) -> Path:
        """The ground truth CSV: one row a site; `offered` are the numbers its pages offer
        as their own, `classes` issue 14's failure classes it exercises."""
        target = Path(path)
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["domain", "label", "category", "brands", "phones", "offered",
                             "classes"])  # fmt: skip
            for site in self.sites:
                offered = dict.fromkeys(n for p in site.pages.values() for n in p.offered)
                writer.writerow([site.domain, site.label, site.category, ";".join(site.brands),
                                 ";".join(site.phones), ";".join(offered),
                                 ";".join(str(c) for c in site.classes)])  # fmt: skip
        return target
