"""A certificate transparency log for the sandbox web, speaking RFC 6962's JSON API.

GET /ct/v1/get-sth, /ct/v1/get-entries?start=&end=, /ct/v1/get-roots on loopback. The
entries are real DER certificates made with `cryptography` at start-up: one per sandbox
site (its name and www.), the discovery-only look-alikes of crawler/sandbox/discovery.toml
that no search result shows (one under a wildcard), and benign names, every third one as a precertificate
(entry_type 1, with its PrecertChainEntry). Keys are Ed25519 from the seed, so the
certificates are the same on every start. The tree head carries the real Merkle root
and an ECDSA signature over it.

Faults for tests, set on the server: `too_many` answers 429 to that many requests (with
Retry-After: 0), `broken` maps entry indexes to "truncated" or "malformed" leaves,
`max_batch` caps entries per answer, `delay` slows every answer. A log can grow while served (`CtLog.add`).
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import json
import socketserver
import threading
import time
import tomllib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import NameOID

from core.errors import ConfigError
from crawler.discovery.ctlog import PRECERT_ENTRY, X509_ENTRY, encode_chain, encode_leaf
from crawler.sandbox.model import Scenario
from crawler.sandbox.scenario import load_scenario
from crawler.sandbox.serving import BackgroundServer, ThreadingHTTP

DISCOVERY_SCENARIO = Path(__file__).with_name("discovery.toml")
CHANNELS = ("ct", "nrd", "zone", "benign_ct", "benign_nrd", "zone_old", "zone_new_benign")


def load_discovery(path: Path = DISCOVERY_SCENARIO) -> tuple[Scenario, dict[str, list[str]]]:
    """The discovery-only sites and where each name shows up ([discovery] table)."""
    scenario = load_scenario(path)
    data = tomllib.loads(path.read_text(encoding="utf-8")).get("discovery", {})
    channels = {name: list(data.get(name, [])) for name in CHANNELS}
    served = {s.domain for s in scenario.sites}
    for name in ("ct", "nrd", "zone"):
        for domain in channels[name]:
            if domain not in served:
                raise ConfigError(f"{path}: discovery.{name}: {domain!r} is no site of the file")
    return scenario, channels


def _key(seed: int, role: str) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(
        hashlib.sha256(f"{seed}|ct|{role}".encode()).digest()
    )


@dataclass
class CtLog:
    """The entries of one log: (leaf bytes, extra_data bytes, names), in order."""

    seed: int
    start: dt.datetime
    entries: list[tuple[bytes, bytes, tuple[str, ...]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ca_key = _key(self.seed, "ca")
        self.leaf_key = _key(self.seed, "leaf")
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sandbox CT Test CA")])
        self.ca = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self.ca_key.public_key()).serial_number(1)
            .not_valid_before(self.start).not_valid_after(self.start + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self.ca_key, None)
        )  # fmt: skip
        self.ca_der = self.ca.public_bytes(serialization.Encoding.DER)
        spki = self.ca_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.issuer_key_hash = hashlib.sha256(spki).digest()
        secret = int.from_bytes(hashlib.sha256(f"{self.seed}|ct|log".encode()).digest(), "big")
        self.log_key = ec.derive_private_key(secret % (2**255) + 1, ec.SECP256R1())
        self.lock = threading.Lock()

    def _builder(self, names: tuple[str, ...], serial: int) -> x509.CertificateBuilder:
        when = self.start + dt.timedelta(minutes=serial)
        return (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
            .issuer_name(self.ca.subject).public_key(self.leaf_key.public_key())
            .serial_number(serial).not_valid_before(when)
            .not_valid_after(when + dt.timedelta(days=90))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]),
                           critical=False)
        )  # fmt: skip

    def add(self, names: tuple[str, ...], precert: bool = False) -> int:
        """Log a certificate (or precertificate) for `names`; returns its index."""
        with self.lock:
            index = len(self.entries)
            serial = 1000 + index
            stamp = int((self.start + dt.timedelta(minutes=serial)).timestamp() * 1000)
            final = self._builder(names, serial).sign(self.ca_key, None)
            if not precert:
                der = final.public_bytes(serialization.Encoding.DER)
                leaf = encode_leaf(stamp, X509_ENTRY, der)
                extra = encode_chain([self.ca_der])
            else:
                pre = self._builder(names, serial).add_extension(
                    x509.PrecertPoison(), critical=True).sign(self.ca_key, None)  # fmt: skip
                leaf = encode_leaf(stamp, PRECERT_ENTRY, final.tbs_certificate_bytes,
                                   self.issuer_key_hash)  # fmt: skip
                pre_der = pre.public_bytes(serialization.Encoding.DER)
                extra = len(pre_der).to_bytes(3, "big") + pre_der + encode_chain([self.ca_der])
            self.entries.append((leaf, extra, names))
            return index

    def size(self) -> int:
        return len(self.entries)

    def root_hash(self, size: int) -> bytes:
        """RFC 6962 Merkle tree hash over the first `size` leaves."""
        hashes_ = [hashlib.sha256(b"\x00" + leaf).digest() for leaf, _, _ in self.entries[:size]]
        return _mth(hashes_)

    def sth(self) -> dict[str, Any]:
        with self.lock:
            size = len(self.entries)
        stamp = int((self.start + dt.timedelta(minutes=1000 + size)).timestamp() * 1000)
        root = self.root_hash(size)
        signed = b"\x00\x01" + stamp.to_bytes(8, "big") + size.to_bytes(8, "big") + root
        signature = self.log_key.sign(signed, ec.ECDSA(hashes.SHA256()))
        digitally_signed = b"\x04\x03" + len(signature).to_bytes(2, "big") + signature
        return {
            "tree_size": size,
            "timestamp": stamp,
            "sha256_root_hash": base64.b64encode(root).decode(),
            "tree_head_signature": base64.b64encode(digitally_signed).decode(),
        }


def _mth(leaves: list[bytes]) -> bytes:
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    split = 1 << ((len(leaves) - 1).bit_length() - 1)
    return hashlib.sha256(b"\x01" + _mth(leaves[:split]) + _mth(leaves[split:])).digest()


# Certificates for at most this many scenario sites: a benchmark's scenario of thousands
# of generated sites would otherwise spend seconds on certificates nobody reads.
MAX_SCENARIO_SITES = 300


def sandbox_log(scenario: Scenario, discovery: Scenario, channels: dict[str, list[str]]) -> CtLog:
    """Certificates for the sites of the scenario (up to MAX_SCENARIO_SITES), the
    CT-only look-alikes (one with a wildcard) and the benign names; deterministic order,
    every third a precertificate."""
    names: list[tuple[str, ...]] = [
        (site.hosts[0],) if site.platform else (site.domain, f"www.{site.domain}")
        for site in scenario.sites[:MAX_SCENARIO_SITES]
    ]
    names += [(d, f"www.{d}") for d in channels["ct"][1:]] + [(f"*.{channels['ct'][0]}",)]
    names += [(n,) for n in channels["benign_ct"]]
    # Interleave so the look-alikes sit among benign names, as in a real log.
    ordered = sorted(names, key=lambda n: hashlib.sha256(f"{scenario.seed}|{n}".encode()).digest())
    cached = _built(scenario.seed, scenario.reference_date, tuple(ordered))
    log = CtLog(cached.seed, cached.start)
    log.entries = list(cached.entries)  # a copy: a test may grow its own log
    return log


@functools.cache
def _built(seed: int, reference_date: str, groups: tuple[tuple[str, ...], ...]) -> CtLog:
    start = dt.datetime.fromisoformat(reference_date).replace(tzinfo=dt.UTC)
    log = CtLog(seed, start - dt.timedelta(days=30))
    for i, group in enumerate(groups):
        log.add(group, precert=i % 3 == 2)
    return log


class CtLogServer(BackgroundServer):
    def __init__(self, log: CtLog, host: str = "127.0.0.1", port: int = 0,
                 max_batch: int = 64) -> None:  # fmt: skip
        super().__init__(host, port)
        self.log = log
        self.max_batch = max_batch
        self.too_many = 0  # answer 429 to this many coming requests
        self.broken: dict[int, str] = {}  # index -> "truncated" | "malformed"
        self.requests = 0
        self.delay = 0.0  # seconds before each answer (a slow log; kill tests)

    def _make_server(self, address: tuple[str, int]) -> socketserver.BaseServer:
        return ThreadingHTTP(address, _CtHandler)

    def start(self) -> CtLogServer:
        super().start()
        self.requested_port = self.port  # a restart comes back on the same port
        return self

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def entry(self, index: int) -> dict[str, str]:
        leaf, extra, _names = self.log.entries[index]
        fault = self.broken.get(index)
        if fault == "truncated":
            leaf = leaf[: len(leaf) // 2]
        elif fault == "malformed":
            leaf = b"\x00\x00" + b"\xff" * 12 + leaf[14:]
        return {"leaf_input": base64.b64encode(leaf).decode(),
                "extra_data": base64.b64encode(extra).decode()}  # fmt: skip


class _CtHandler(BaseHTTPRequestHandler):
    server_version = "sandbox-ct/1.0"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802
        owner: CtLogServer = self.server.owner  # type: ignore[attr-defined]
        owner.requests += 1
        if owner.delay:
            time.sleep(owner.delay)
        if owner.too_many > 0:
            owner.too_many -= 1
            return self._send(429, {"error": "rate limited"}, {"Retry-After": "0"})
        parts = urlsplit(self.path)
        if parts.path == "/ct/v1/get-sth":
            return self._send(200, owner.log.sth())
        if parts.path == "/ct/v1/get-roots":
            return self._send(200, {"certificates": [base64.b64encode(owner.log.ca_der).decode()]})
        if parts.path == "/ct/v1/get-entries":
            return self._entries(owner, parse_qs(parts.query))
        self._send(404, {"error": "not found"})

    def _entries(self, owner: CtLogServer, params: dict[str, list[str]]) -> None:
        try:
            start, end = int(params["start"][0]), int(params["end"][0])
        except (KeyError, ValueError):
            return self._send(400, {"error": "start and end are required integers"})
        size = owner.log.size()
        if start < 0 or end < start or start >= size:
            return self._send(400, {"error": f"bad range {start}-{end} for tree size {size}"})
        last = min(end, size - 1, start + owner.max_batch - 1)
        self._send(200, {"entries": [owner.entry(i) for i in range(start, last + 1)]})

    def _send(
        self, status: int, data: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return


def _zone(names: list[str], serial: int) -> str:
    lines = [f"; sandbox zone file, serial {serial}", "$ORIGIN .", "$TTL 3600"]
    for name in sorted(names):
        lines.append(f"{name}.\t3600\tIN\tNS\tns1.sandbox-dns.example.")
        lines.append(f"{name}.\t3600\tIN\tNS\tns2.sandbox-dns.example.")
    return "\n".join(lines) + "\n"


def write_feeds(directory: Path, channels: dict[str, list[str]]) -> None:
    """The sandbox's newly-registered-domains list and two zone files (old, new) where
    the new one adds the zone-only look-alikes and some benign names."""
    nrd = sorted([*channels["nrd"], *channels["benign_nrd"]])
    (directory / "nrd.txt").write_text("\n".join(nrd) + "\n", encoding="utf-8")
    old = channels["zone_old"]
    new = [*old, *channels["zone"], *channels["zone_new_benign"]]
    (directory / "zone-old.txt").write_text(_zone(old, 1), encoding="utf-8")
    (directory / "zone-new.txt").write_text(_zone(new, 2), encoding="utf-8")
