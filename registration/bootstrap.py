"""Where to ask: the RDAP bootstrap (RFC 9224) and WHOIS servers by IANA referral.

RDAP: `NEPHELPDESK_RDAP_BOOTSTRAP` names a file in IANA's dns.json format (tests and
air-gapped relays). Without it, IANA's file is fetched from its well-known URL and
cached on disk, refreshed when older than `max_age`; a stale copy beats none.
WHOIS: `NEPHELPDESK_WHOIS_SERVER=host:port` sends every port-43 query there. Without it,
the IANA whois names each TLD's server (its `whois:` line); answers are cached on disk.
No registry host names are written in this code.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.config import read_toml
from core.errors import ConfigError
from registration.transport import TransportError, decode_text, http_get, whois_query

log = logging.getLogger(__name__)

ENDPOINTS_FILE = Path(__file__).parent / "data" / "endpoints.toml"


def _endpoints() -> dict[str, Any]:
    """The root registry's bootstrap and referral endpoints (data/endpoints.toml)."""
    return read_toml(ENDPOINTS_FILE, "registration endpoints")


_ENDPOINTS = _endpoints()
IANA_BOOTSTRAP_URL: str = _ENDPOINTS["rdap"]["dns_bootstrap"]
IANA_IP_BOOTSTRAPS: tuple[str, ...] = tuple(_ENDPOINTS["rdap"]["ip_bootstraps"])
IANA_WHOIS: tuple[str, int] = (
    _ENDPOINTS["whois"]["referral_host"],
    int(_ENDPOINTS["whois"]["referral_port"]),
)
BOOTSTRAP_MAX_AGE = 7 * 86400
REFERRAL_MAX_AGE = 30 * 86400


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "nephelpdesk"


@dataclass(frozen=True)
class Bootstrap:
    """TLD -> RDAP base URLs, from a dns.json document."""

    services: dict[str, tuple[str, ...]]
    origin: str

    def base_urls(self, suffix: str) -> tuple[str, ...]:
        """Base URLs for the longest matching suffix ("co.uk" before "uk")."""
        labels = suffix.lower().split(".")
        for i in range(len(labels)):
            found = self.services.get(".".join(labels[i:]))
            if found:
                return found
        return ()


def parse_bootstrap(document: Any, origin: str) -> Bootstrap:
    """A Bootstrap from dns.json content; ConfigError naming `origin` when malformed."""
    if not isinstance(document, dict) or not isinstance(document.get("services"), list):
        raise ConfigError(f"{origin}: not an RDAP bootstrap file (no 'services' list)")
    services: dict[str, tuple[str, ...]] = {}
    for i, entry in enumerate(document["services"]):
        if not (
            isinstance(entry, list) and len(entry) == 2 and all(isinstance(x, list) for x in entry)
        ):
            raise ConfigError(f"{origin}: services[{i}] is not [[tlds], [urls]]")
        urls = tuple(u if u.endswith("/") else u + "/" for u in entry[1] if isinstance(u, str))
        # Prefer https where a registry offers both, as RFC 9224 advises.
        urls = tuple(sorted(urls, key=lambda u: not u.startswith("https:")))
        for tld in entry[0]:
            services[str(tld).lower().strip(".")] = urls
    return Bootstrap(services, origin)


def load_bootstrap_file(path: str | Path) -> Bootstrap:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(
            f"NEPHELPDESK_RDAP_BOOTSTRAP: cannot read {path}: {exc.strerror}"
        ) from exc
    except ValueError as exc:
        raise ConfigError(f"{path}: not JSON: {exc}") from exc
    return parse_bootstrap(document, str(path))


def load_bootstrap(timeout: float = 20.0, max_age: float = BOOTSTRAP_MAX_AGE) -> Bootstrap:
    """The override file, else IANA's file through the on-disk cache."""
    override = os.environ.get("NEPHELPDESK_RDAP_BOOTSTRAP")
    if override:
        return load_bootstrap_file(override)
    cached = cache_dir() / "rdap-dns.json"
    fresh = cached.exists() and time.time() - cached.stat().st_mtime < max_age
    if not fresh:
        try:
            answer = http_get(IANA_BOOTSTRAP_URL, timeout)
            if answer.status == 200:
                parse_bootstrap(json.loads(answer.body), IANA_BOOTSTRAP_URL)  # validate first
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_bytes(answer.body)
            else:
                log.warning("RDAP bootstrap: HTTP %s from %s", answer.status, IANA_BOOTSTRAP_URL)
        except (TransportError, ValueError, ConfigError, OSError) as exc:
            log.warning("RDAP bootstrap refresh failed (%s); using the cached copy if any", exc)
    if cached.exists():
        return load_bootstrap_file(cached)
    log.warning("no RDAP bootstrap available: every lookup goes to WHOIS")
    return Bootstrap({}, "none")


def whois_override() -> tuple[str, int] | None:
    value = os.environ.get("NEPHELPDESK_WHOIS_SERVER")
    if not value:
        return None
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigError(f"NEPHELPDESK_WHOIS_SERVER: expected host:port, got {value!r}")
    return host.strip("[]"), int(port)


class WhoisReferrals:
    """TLD -> WHOIS server, asked of the IANA whois once and cached on disk."""

    def __init__(self, timeout: float = 10.0, path: Path | None = None) -> None:
        self.timeout = timeout
        self.path = path or cache_dir() / "whois-servers.json"
        self._lock = threading.Lock()
        self._table: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._table is None:
            try:
                self._table = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._table = {}
        return self._table

    def server_for(self, tld: str) -> tuple[str, int] | None:
        from registration.whois_text import referral_server

        with self._lock:
            entry = self._load().get(tld)
            if entry and time.time() - entry["at"] < REFERRAL_MAX_AGE:
                return (entry["server"], 43) if entry["server"] else None
        text = decode_text(whois_query(*IANA_WHOIS, tld, self.timeout))
        server = referral_server(text)
        with self._lock:
            self._load()[tld] = {"server": server, "at": time.time()}
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.path.write_text(json.dumps(self._table, indent=1), encoding="utf-8")
            except OSError as exc:
                log.warning("cannot cache WHOIS referrals in %s: %s", self.path, exc)
        return (server, 43) if server else None
