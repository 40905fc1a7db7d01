"""Registered domains: the unit nephelpdesk scores, queues and reports on.

`domain` is the public suffix plus one label, lowercase, an IDN in punycode, with
`domain_unicode` beside it. The public suffix list is the snapshot bundled with
tldextract: nothing here downloads it (tests and air-gapped relays have no internet).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import tldextract

PLATFORMS_FILE = Path(__file__).parent / "data" / "hosting_platforms.txt"


@dataclass(frozen=True)
class DomainName:
    domain: str
    domain_unicode: str
    subdomain: str
    suffix: str
    # The free hosting/app platform the site lives on ("netlify.app"), "" for none: then
    # `domain` is one label below the platform and registration data is the platform's.
    platform: str = ""
    registrable: str = ""  # the domain a registry knows (the platform's, or `domain`)

    @property
    def registration_domain(self) -> str:
        return self.registrable or self.domain


@functools.cache
def hosting_platforms() -> frozenset[str]:
    """Suffixes of free hosting and app platforms (core/data/hosting_platforms.txt);
    `*.suffix` stands for any one label before `suffix` (a region or zone label)."""
    lines = PLATFORMS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(s for line in lines if (s := line.split("#", 1)[0].strip().lower()))


def _platform_unit(ascii_host: str, domain: str) -> tuple[str, str] | None:
    """(unit, platform) when `ascii_host` lies under a hosting platform, else None."""
    labels = ascii_host.split(".")
    platforms = hosting_platforms()
    for i in range(1, len(labels)):
        suffix = ".".join(labels[i:])
        wild = "*." + ".".join(labels[i + 1 :])
        if suffix in platforms or wild in platforms:
            return ".".join(labels[i - 1 :]), suffix
        if suffix == domain:
            return None
    return None


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
    unit = _platform_unit(ascii_host, domain)
    if unit is not None:
        name, platform = unit
        sub = ascii_host[: -len(name)].rstrip(".")
        return DomainName(name, to_unicode(name), sub, platform, platform, domain)
    return DomainName(domain, to_unicode(domain), parts.subdomain, parts.suffix)
