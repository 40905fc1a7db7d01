"""One fetched body in, everything extraction knows about the page out.

`extract_page` never raises on a body: empty, binary and non-HTML answers come back
with `skipped_reason` set (the pipeline counts them), and every step below is capped
so a 10 MB or hostile page still finishes quickly. No Scrapy here: the spiders and
pipelines call this with the bytes and headers they fetched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

import phonenumbers

from core.domains import registered_domain
from core.phones import parse_number
from crawler.extract import zones
from crawler.extract.brands import (
    BrandCatalog,
    brands_in_host,
    count_brands,
    find_brands,
    load_catalog,
    names_a_fake,
)
from crawler.extract.fingerprint import fingerprint
from crawler.extract.html import (
    ParsedHtml,
    decode_body,
    header,
    is_binary,
    looks_like_html,
    parse_html,
)
from crawler.extract.language import detect_language
from crawler.extract.payment import refund_lure, voucher_payment
from crawler.extract.phones import PhoneScan, region_hint, scan_phones
from crawler.extract.roles import (
    OFFERED,
    QUOTED,
    SOURCES,
    PageKind,
    Place,
    asked_about,
    occurrence_role,
)
from crawler.extract.signals import locker_behaviours, page_signals, scare_terms
from crawler.extract.sources import JsonLd, data_numbers, read_jsonld, script_strings, url_numbers
from crawler.extract.terms import find_terms
from crawler.extract.tools import Sighting, find_chat_widgets, find_remote_tools
from crawler.extract.vocabulary import load_vocabulary
from scoring.facts import Phone

EXCERPT_CHARS = 2000
MAX_CONTACT_LINKS = 10
MAX_BRAND_TEXT = 200_000  # visible text searched for brands; real pages hold far less
MAX_SCARE_SCRIPT = 64 * 1024  # inline script searched for scare wording (alert texts)
# Pages whose running text quotes the numbers it names (roles rule 6): an article, or a
# page whose title calls a brand's helpdesk fake.
ARTICLE_SIGNALS = frozenset({"news_jsonld", "article_markup", "names_a_fake"})
# A page with this many distinct warning words discusses the fraud (a bulletin, a
# library's or a TV programme's page without article markup): its running text quotes.
WARNING_PAGE_TERMS = 3

# Reasons a body was not extracted; the pipeline counts pages per reason.
EMPTY, BINARY, NOT_HTML = "empty", "binary", "not_html"


@dataclass
class PageExtraction:
    """What one page shows. Phones go to page_phones, title/language/fingerprint to
    their own columns, the rest to pages.extraction via to_json_dict()."""

    url: str
    title: str = ""
    language: str | None = None
    encoding: str | None = None
    is_html: bool = False
    skipped_reason: str | None = None
    phones: list[Phone] = field(default_factory=list)  # valid first, then valid=False
    phone_candidates_rejected: int = 0
    invalid_phones: list[str] = field(default_factory=list)
    brands: dict[str, int] = field(default_factory=dict)
    brands_in_title: list[str] = field(default_factory=list)
    brands_in_host: list[str] = field(default_factory=list)
    helpdesk_terms: list[str] = field(default_factory=list)
    warning_terms: list[str] = field(default_factory=list)
    business_terms: list[str] = field(default_factory=list)
    remote_tools: list[Sighting] = field(default_factory=list)
    chat_widgets: list[Sighting] = field(default_factory=list)
    scare_terms: list[str] = field(default_factory=list)  # see crawler.extract.signals
    locker_behaviours: list[str] = field(default_factory=list)
    voucher_payment: list[str] = field(default_factory=list)  # see crawler.extract.payment
    refund_lure: list[str] = field(default_factory=list)  # charges told, same module
    page_signals: list[str] = field(default_factory=list)
    fingerprint: str | None = None
    links: list[tuple[str, str]] = field(default_factory=list)
    contact_links: list[str] = field(default_factory=list)
    text_excerpt: str = ""

    @property
    def valid_phones(self) -> list[Phone]:
        return [phone for phone in self.phones if phone.valid]

    def to_json_dict(self) -> dict[str, Any]:
        """The pages.extraction JSON column."""
        return {
            "brands": dict(self.brands),
            "brands_in_title": list(self.brands_in_title),
            "brands_in_host": list(self.brands_in_host),
            "helpdesk_terms": list(self.helpdesk_terms),
            "warning_terms": list(self.warning_terms),
            "business_terms": list(self.business_terms),
            "remote_tools": [s.to_dict() for s in self.remote_tools],
            "chat_widgets": [s.to_dict() for s in self.chat_widgets],
            "scare_terms": list(self.scare_terms),
            "locker_behaviours": list(self.locker_behaviours),
            "voucher_payment": list(self.voucher_payment),
            "refund_lure": list(self.refund_lure),
            "page_signals": list(self.page_signals),
            "invalid_phones": list(self.invalid_phones),
            "phone_candidates_rejected": self.phone_candidates_rejected,
            "skipped_reason": self.skipped_reason,
            "encoding": self.encoding,
        }


def extract_page(
    body: bytes,
    *,
    url: str,
    headers: Mapping[str, str] | None = None,
    catalog: BrandCatalog | None = None,
) -> PageExtraction:
    """Extract one page; see PageExtraction. Never raises on the body's content."""
    catalog = catalog or load_catalog()
    result = PageExtraction(url=url, brands_in_host=_host_brands(url, catalog))
    reason = _skip_reason(body, header(headers, "content-type"))
    if reason:
        result.skipped_reason = reason
        return result
    decoded = decode_body(body, headers)
    result.encoding = decoded.encoding
    parsed = parse_html(decoded.text, url)
    if parsed is None:
        result.skipped_reason = EMPTY
        return result
    result.is_html = True
    _fill(result, parsed, catalog)
    return result


def _skip_reason(body: bytes, content_type: str) -> str | None:
    if not body or not body.strip():
        return EMPTY
    if is_binary(body):
        return BINARY
    if not looks_like_html(body, content_type):
        return NOT_HTML
    return None


def _host_brands(url: str, catalog: BrandCatalog) -> list[str]:
    host = urlsplit(url).hostname if "://" in url else url
    return brands_in_host(host or "", catalog)


def _fill(result: PageExtraction, page: ParsedHtml, catalog: BrandCatalog) -> None:
    text = page.text
    result.title = page.title
    result.language = detect_language(page.lang, text)
    result.text_excerpt = text[:EXCERPT_CHARS]
    brand_texts = [page.title, *page.lines, *page.extra_text]
    mentions = find_brands(_capped(brand_texts), [page.title, *page.headings], catalog)
    result.brands, result.brands_in_title = mentions.counts, mentions.in_title
    # The main heading: the first h1s, or on a page without one (old table layouts
    # under a logo image) its first h2s.
    heads = page.headings[:2] or page.subheadings[:2]
    if names_a_fake([page.title, *heads], catalog):
        result.page_signals = ["names_a_fake"]
    terms = find_terms(page.title + "\n" + text)
    result.helpdesk_terms, result.warning_terms = terms.helpdesk, terms.warning
    result.business_terms = terms.business
    link_urls = [link for link, _ in page.links]
    result.remote_tools = find_remote_tools(link_urls + page.iframe_srcs, text)
    sources = {"script": page.script_srcs, "iframe": page.iframe_srcs, "link": link_urls}
    result.chat_widgets = find_chat_widgets(sources, page.inline_script)
    scripted = script_strings(page.inline_script)
    _fill_phones(result, page, scripted)
    if len(result.brands) >= 2 and result.phones and brand_number_rows(page, catalog):
        result.page_signals.append("brand_number_rows")
    scare_texts = [page.title, text, *page.extra_text, *scripted]
    result.scare_terms = scare_terms([*scare_texts, page.inline_script[:MAX_SCARE_SCRIPT]])
    result.locker_behaviours = locker_behaviours(page)
    result.voucher_payment = voucher_payment(page)
    result.refund_lure = refund_lure(page)
    result.fingerprint = fingerprint(page.root)
    result.links = page.links
    result.contact_links = contact_links(result.url, page.links)


def _capped(texts: list[str]) -> list[str]:
    kept, size = [], 0
    for text in texts:
        if size >= MAX_BRAND_TEXT:
            break
        kept.append(text[: MAX_BRAND_TEXT - size])
        size += len(kept[-1])
    return kept


MAX_ROWS = 400  # table rows and list items looked at per page
MAX_ROW_CHARS = 300  # a row longer than this is a paragraph, not a listing line


def brand_number_rows(page: ParsedHtml, catalog: BrandCatalog) -> bool:
    """Two or more table rows or list items that each name one brand beside a phone
    number (a tel: link or seven digits), for two or more brands: a page that lists
    numbers as brands' lines ("HP printer helpdesk - 085 ..."), whatever role its
    markup gives the numbers (a fake directory makes each one a call button)."""
    if page.root is None:
        return False
    rows, brands = 0, set()
    for seen, row in enumerate(page.root.iter("tr", "li")):
        if seen >= MAX_ROWS:
            break
        text = row.text_content()
        if len(text) > MAX_ROW_CHARS:
            continue
        dials = any((a.get("href") or "").lower().startswith("tel:") for a in row.iter("a"))
        if not dials and sum(c.isdigit() for c in text) < 7:
            continue
        named = set(count_brands([text], catalog))
        if len(named) == 1:
            rows += 1
            brands |= named
    return rows >= 2 and len(brands) >= 2


def _fill_phones(result: PageExtraction, page: ParsedHtml, scripted: list[str]) -> None:
    """Numbers from every place a visitor sees one, each occurrence with its role."""
    region, fallback = region_hint(result.url, result.language, result.title)
    jsonld = read_jsonld(page.jsonld)
    places = _places(result.url, page, jsonld, scripted, [region, *fallback])
    scan = scan_phones(
        [text for text, _, _ in places], region_hint=region, fallback_regions=fallback
    )
    result.page_signals = sorted({*result.page_signals, *page_signals(page, jsonld, len(scan.phones))})
    kind = PageKind(
        article=bool(ARTICLE_SIGNALS & set(result.page_signals))
        or len(set(result.warning_terms)) >= WARNING_PAGE_TERMS,
        directory="number_directory" in result.page_signals,
        report="number_report" in result.page_signals,
        listing=len(scan.phones) >= load_vocabulary()["phone_roles"]["listing_numbers"],
    )
    result.phones = _with_roles(scan, places, kind)
    if len(_asked_only(scan, places, result.phones)) >= QUESTIONED_NUMBERS:
        result.page_signals.append("number_questions")
    result.invalid_phones = [phone.raw for phone in scan.invalid]
    result.phone_candidates_rejected = scan.rejected


def _places(
    url: str, page: ParsedHtml, jsonld: JsonLd, scripted: list[str], regions: list[str]
) -> list[tuple[str, str, int]]:
    """(text, source, zone) of every chunk scanned for numbers. Visible text first, so
    `raw` is what a visitor reads; then tel: links, alt/title attributes, JSON-LD,
    <meta> telephone, script-built strings and the page's URL add numbers shown only
    there."""
    places = [(page.title, "title", 0)]
    places += [(line, "text", zone) for line, zone in zip(page.lines, page.line_zones, strict=True)]
    # A tel: link is a number by what it is, like a URL's ?tel=: a bare national number
    # there ("tel:8884170356" on an English page) is read in the page's regions.
    places += [
        (_dialable(tel, regions), "tel", zone)
        for tel, zone in zip(page.tel_links, page.tel_zones, strict=True)
    ]
    places += [
        (text, kind, zone)
        for text, kind, zone in zip(
            page.extra_text, page.extra_kinds, page.extra_zones, strict=True
        )
    ]
    places += [(phone, "jsonld", 0) for phone in jsonld.phones]
    places += [(answer, "faq", zones.FAQ) for answer in jsonld.faq_answers]
    places += [(phone, "meta", 0) for phone in page.meta_phones]
    places += [(text, "script", 0) for text in scripted]
    places += [(_dialable(value, regions), "script", zone)
               for value, zone in data_numbers(page.data_numbers, page.inline_script)]  # fmt: skip
    numbers = url_numbers(url, page.inline_script)
    places += [(_dialable(number, regions), "url", 0) for number in numbers]
    return places


def _dialable(value: str, regions: list[str]) -> str:
    """A URL phone parameter is a number by its name (?tel=8663051742), and a tel: link's
    target by what it is: read a bare
    national number in the first of the page's regions where it is valid, and hand the
    scanner its international form (the scanner itself is wary of bare digit runs)."""
    text = value.strip()
    if text.startswith("+") or not 8 <= sum(c.isdigit() for c in text) <= 15:
        return text
    number = parse_number(text, regions)
    if number is None and text.isdigit() and text[0] != "0":
        number = parse_number("+" + text, (None,))  # international digits without the plus
    if number is None:
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _with_roles(scan: PhoneScan, places: list[tuple[str, str, int]], kind: PageKind) -> list[Phone]:
    """Each Phone with its page-level role (offered when any occurrence is) and sources."""
    roles: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}
    for seen in scan.occurrences:
        text, source, zone = places[seen.chunk]
        sources.setdefault(seen.e164, set()).add(source)
        found = roles.setdefault(seen.e164, set())
        if OFFERED not in found:  # one offered occurrence settles the page's role
            found.add(occurrence_role(Place(source, zone, text, seen.start, seen.end), kind))
    phones = []
    for phone in scan.phones + scan.invalid:
        found = roles.get(phone.e164, {OFFERED})
        where = tuple(s for s in SOURCES if s in sources.get(phone.e164, {"text"}))
        role = OFFERED if OFFERED in found else QUOTED
        phones.append(replace(phone, role=role, sources=where))
    return phones


# Distinct numbers a page only asks about ("Is 0852084417 echt van HP?", "Who called me
# from 0808 ...?") before it is a page of questions about numbers (page signal
# number_questions): a Q&A or lookup site's list, not a directory that names them.
QUESTIONED_NUMBERS = 2


def _asked_only(scan: PhoneScan, places: list[tuple[str, str, int]], phones: list[Phone]) -> set[str]:
    """Numbers quoted on the page whose every occurrence sits inside a question."""
    quoted = {p.e164 for p in phones if p.role == QUOTED}
    asked: dict[str, bool] = {}
    for seen in scan.occurrences:
        if seen.e164 not in quoted:
            continue
        text, _, _ = places[seen.chunk]
        asked[seen.e164] = asked.get(seen.e164, True) and asked_about(text, seen.start, seen.end)
    return {e164 for e164, only in asked.items() if only}


def contact_links(url: str, links: list[tuple[str, str]]) -> list[str]:
    """Same-site links that look like contact, support or about pages."""
    own = registered_domain(url)
    if own is None:
        return []
    words = [w.lower() for w in load_vocabulary()["contact_links"]["words"]]
    found: list[str] = []
    for link, anchor in links:
        target = registered_domain(link)
        if target is None or target.domain != own.domain or link.split("#")[0] == url:
            continue
        where = (urlsplit(link).path + " " + anchor).lower()
        if any(word in where for word in words) and link not in found:
            found.append(link)
            if len(found) >= MAX_CONTACT_LINKS:
                break
    return found
