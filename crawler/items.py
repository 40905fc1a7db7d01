"""Items the spiders yield; pipelines extract, store and pivot on them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cryptography.x509 import Certificate, DNSName, ExtensionNotFound, SubjectAlternativeName
from scrapy.http import Response

from core.clock import now_iso

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
    # How server_ip was obtained: "connected" (peer of a direct connection), "resolved"
    # (the name's address at fetch time, through a proxy), None when unknown.
    server_ip_source: str | None = None
    redirect_hops: list[dict[str, object]] = field(default_factory=list)  # {url, status}
    tls: dict[str, str] | None = None  # https: certificate subject, issuer, validity
    query: str = ""  # the query that led here (first one)
    depth: int = 0
    extraction: PageExtraction | None = None  # set by the extract pipeline
    page_id: int | None = None  # set by the store pipeline when it stored a new page

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
            server_ip_source=None if response.meta.get("proxy") or not _ip(response) else "connected",
            redirect_hops=redirect_hops(response),
            tls=certificate_record(response),
            query=response.meta.get("query", ""),
            depth=response.meta.get("depth_site", 0),
        )


def _headers(response: Response) -> dict[str, str]:
    out = {}
    for key, values in response.headers.items():
        name = key.decode("latin-1")
        out[name] = ", ".join(v.decode("latin-1") for v in values)[:2000]
    return out


def redirect_hops(response: Response) -> list[dict[str, object]]:
    """Every URL of the chain with the status it answered, the final one last.

    Scrapy's redirect middleware keeps the earlier URLs and their statuses (an int, or
    "meta refresh") in `redirect_urls` and `redirect_reasons`."""
    urls = list(response.meta.get("redirect_urls", []))
    reasons = list(response.meta.get("redirect_reasons", []))
    hops: list[dict[str, object]] = [
        {"url": url, "status": reasons[i] if i < len(reasons) else None}
        for i, url in enumerate(urls)
    ]
    hops.append({"url": response.url, "status": response.status})
    return hops


def certificate_record(response: Response) -> dict[str, str] | None:
    """Subject, issuer and validity of the certificate the server presented (https)."""
    certificate = getattr(response, "certificate", None)
    if certificate is None:
        return None
    try:
        x509 = certificate.original.to_cryptography()
    except Exception:  # noqa: BLE001 - a certificate we cannot read is recorded as such
        return {"error": "certificate could not be read"}
    return {
        "subject": x509.subject.rfc4514_string(),
        "issuer": x509.issuer.rfc4514_string(),
        "not_before": x509.not_valid_before_utc.isoformat(),
        "not_after": x509.not_valid_after_utc.isoformat(),
        "serial": format(x509.serial_number, "x"),
        "names": ", ".join(_dns_names(x509)),
    }


def _dns_names(x509: Certificate) -> list[str]:
    try:
        names = x509.extensions.get_extension_for_class(SubjectAlternativeName).value
    except ExtensionNotFound:
        return []
    return [str(name) for name in names.get_values_for_type(DNSName)]


def _ip(response: Response) -> str | None:
    address = getattr(response, "ip_address", None)
    return str(address) if address is not None else None
