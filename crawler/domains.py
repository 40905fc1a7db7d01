"""Registered domains: the unit nephelpdesk scores, queues and reports on.

`domain` is the public suffix plus one label, lowercase, an IDN in punycode, with
`domain_unicode` beside it. The public suffix list is the snapshot bundled with
tldextract: nothing here downloads it (tests and air-gapped relays have no internet).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

import tldextract


@dataclass(frozen=True)
class DomainName:
    domain: str
    domain_unicode: str
    subdomain: str
    suffix: str


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() keeps tldextract offline; cache_dir=None avoids a writable cache.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def host_of(url_or_host: str) -> str:
    """The lowercase host of a URL, or the input itself when it is a bare host."""
    text = url_or_host.strip()
    if "://" in text:
        host = urlsplit(text).hostname or ""
    else:
        host = text.split("/", 1)[0].split(":", 1)[0]
    return host.strip(".").lower()


def to_ascii(host: str) -> str:
    """Punycode form of a (possibly Unicode) host; raises ValueError when impossible."""
    labels = []
    for label in unicodedata.normalize("NFC", host).strip(".").lower().split("."):
        if not label:
            raise ValueError(f"empty label in host {host!r}")
        if label.isascii():
            labels.append(label)
        else:
            labels.append("xn--" + label.encode("punycode").decode("ascii"))
    return ".".join(labels)


def to_unicode(host: str) -> str:
    """Unicode form of a punycode host; labels that fail to decode stay as they are."""
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                labels.append(label[4:].encode("ascii").decode("punycode"))
            except UnicodeError:
                labels.append(label)
        else:
            labels.append(label)
    return ".".join(labels)


def registered_domain(url_or_host: str) -> DomainName | None:
    """The registered domain of a URL or host, or None (IP address, bare suffix, junk)."""
    host = host_of(url_or_host)
    if not host:
        return None
    return _registered_host(host)


@functools.lru_cache(maxsize=65536)
def _registered_host(host: str) -> DomainName | None:
    # A crawl asks for the same few thousand hosts many times a page (links, phones'
    # pages, brands in host); the suffix-list lookup is the costly part, so remember it.
    try:
        ascii_host = to_ascii(host)
    except (ValueError, UnicodeError):
        return None
    parts = _extractor()(ascii_host)
    if not parts.domain or not parts.suffix:
        return None
    domain = f"{parts.domain}.{parts.suffix}"
    return DomainName(domain, to_unicode(domain), parts.subdomain, parts.suffix)
