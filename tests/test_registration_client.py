"""The lookup client and the enrich stage against real local servers.

The sandbox RDAP and WHOIS servers (crawler.sandbox) speak the registries' formats; a
few tiny servers below misbehave on purpose (hang, 500, garbage, close early).
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from core.domains import to_ascii
from crawler.sandbox.rdap import RdapServer
from crawler.sandbox.registry import RegistrationRecord
from crawler.sandbox.whois import WhoisServer
from registration.bootstrap import load_bootstrap_file, parse_bootstrap
from registration.client import ClientSettings, RegistrationClient
from registration.enrich import enrich

IDN = to_ascii("computerhülp.nl")
FAST = ClientSettings(timeout=2.0, retries=2, backoff=0.2, rate_per_server=200, burst=10)


def _record(
    domain: str, privacy: str, service: str | None = None, country: str = "IN"
) -> RegistrationRecord:
    return RegistrationRecord(
        domain=domain,
        registrar="Example Registrar, Inc.",
        registrar_iana_id="1234",
        registrant_name="Raj Kumar" if privacy == "disclosed" else None,
        registrant_org=None,
        registrant_country=country,
        privacy=privacy,
        privacy_service=service,
        created=date(2024, 3, 1),
        updated=date(2024, 3, 2),
        expires=date(2025, 3, 1),
        nameservers=("ns1.example.net",),
        abuse_email="abuse@example.net",
        abuse_phone="+1.4805550100",
    )


RECORDS = {
    r.domain: r
    for r in [
        _record("microsoft-hulp.com", "disclosed"),  # thin registry: registrant at registrar
        _record("apple-support-bellen.xyz", "shielded", "Withheld for Privacy ehf"),
        _record("hp-printer-hulp.online", "shielded"),  # redacted, country still shown
        _record("windows-storing.nl", "not_published", country="NL"),
        _record(IDN, "not_published", country="NL"),
        _record("norton-helpdesk.in", "disclosed"),
    ]
}


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[tuple[RdapServer, WhoisServer, Path]]:
    rdap = RdapServer(RECORDS, tlds={"com", "xyz", "online", "nl"}).start()
    whois = WhoisServer(RECORDS).start()
    try:
        yield rdap, whois, rdap.write_bootstrap(tmp_path / "dns.json")
    finally:
        rdap.stop()
        whois.stop()


def _client(
    bootstrap: Path, whois_port: int, settings: ClientSettings = FAST
) -> RegistrationClient:
    return RegistrationClient(
        settings, rdap=load_bootstrap_file(bootstrap), whois_server=("127.0.0.1", whois_port)
    )


# --- tiny misbehaving servers ---------------------------------------------------------


class _Tcp(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def _tcp_server(handle) -> _Tcp:  # type: ignore[no-untyped-def]
    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            handle(self.request)

    server = _Tcp(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _answering(data: bytes) -> _Tcp:
    def handle(sock: socket.socket) -> None:
        sock.recv(1024)
        sock.sendall(data)

    return _tcp_server(handle)


def _hanging(seconds: float = 5.0) -> _Tcp:
    def handle(sock: socket.socket) -> None:
        time.sleep(seconds)

    return _tcp_server(handle)


def _http_500() -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _bootstrap_to(tmp_path: Path, port: int, tlds: list[str]) -> Path:
    path = tmp_path / "other.json"
    path.write_text(
        json.dumps({"version": "1.0", "services": [[tlds, [f"http://127.0.0.1:{port}/"]]]})
    )
    return path


# --- RDAP, privacy states, IDN -----------------------------------------------------------


def test_thin_registry_is_followed_to_the_registrar(sandbox) -> None:  # type: ignore[no-untyped-def]
    rdap, whois, bootstrap = sandbox
    result = _client(bootstrap, whois.port).lookup("https://www.microsoft-hulp.com/contact")
    reg = result.record.registration
    assert (reg.domain, reg.source, reg.registrar) == (
        "microsoft-hulp.com",
        "rdap",
        "Example Registrar, Inc.",
    )
    assert (reg.privacy_state, reg.privacy, reg.registrant_country) == ("disclosed", False, "IN")
    assert (reg.created, reg.expires) == ("2024-03-01", "2025-03-01")
    assert [a.outcome for a in result.attempts] == ["ok", "ok"]  # registry, then registrar


@pytest.mark.parametrize(
    "domain, state, privacy, country",
    [
        ("apple-support-bellen.xyz", "shielded", True, None),  # proxy's IS is not the registrant's
        ("hp-printer-hulp.online", "shielded", True, "IN"),  # redacted; country still published
        ("windows-storing.nl", "not_published", False, None),
        ("microsoft-hulp.com", "disclosed", False, "IN"),
    ],
)
def test_privacy_states(
    sandbox, domain: str, state: str, privacy: bool, country: str | None
) -> None:  # type: ignore[no-untyped-def]
    rdap, whois, bootstrap = sandbox
    reg = _client(bootstrap, whois.port).lookup(domain).record.registration
    assert (reg.privacy_state, reg.privacy, reg.registrant_country) == (state, privacy, country)


def test_unknown_privacy_state(tmp_path: Path) -> None:
    text = (
        b"Domain Name: quiet.com\r\nRegistrar: Quiet Registrar\r\n"
        b"Creation Date: 2023-05-06T00:00:00Z\r\n"
    )
    server = _answering(text)
    try:
        client = RegistrationClient(FAST, whois_server=("127.0.0.1", server.server_address[1]))
        reg = client.lookup("quiet.com").record.registration
    finally:
        server.shutdown()
    assert (reg.privacy_state, reg.privacy, reg.registrant_country) == ("unknown", None, None)


def test_idn_unicode_in_punycode_query_unicode_back(sandbox) -> None:  # type: ignore[no-untyped-def]
    rdap, whois, bootstrap = sandbox
    result = _client(bootstrap, whois.port).lookup("https://www.computerhülp.nl/")
    assert result.domain == IDN and IDN.startswith("xn--")
    assert result.record.domain_unicode == "computerhülp.nl"
    assert result.record.registration.source == "rdap"


# --- fallbacks ----------------------------------------------------------------------------


def test_tld_missing_from_bootstrap_falls_back_to_whois(sandbox) -> None:  # type: ignore[no-untyped-def]
    rdap, whois, bootstrap = sandbox
    result = _client(bootstrap, whois.port).lookup("norton-helpdesk.in")
    reg = result.record.registration
    assert (reg.source, reg.registrant_country, reg.created) == ("whois", "IN", "2024-03-01")
    assert [a.source for a in result.attempts] == ["whois"]


def test_rdap_5xx_falls_back_to_whois(sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rdap, whois, _ = sandbox
    broken = _http_500()
    try:
        client = _client(_bootstrap_to(tmp_path, broken.server_address[1], ["xyz"]), whois.port)
        result = client.lookup("apple-support-bellen.xyz")
    finally:
        broken.shutdown()
    assert result.record.registration.source == "whois"
    assert result.record.registration.privacy_state == "shielded"
    outcomes = [(a.source, a.outcome, a.reason) for a in result.attempts]
    assert outcomes[:3] == [("rdap", "error", "HTTP 503")] * 3 and outcomes[-1][:2] == (
        "whois",
        "ok",
    )


def test_rdap_timeout_falls_back_and_whois_timeout_is_a_reason(tmp_path: Path) -> None:
    hang = _hanging()
    settings = ClientSettings(timeout=0.3, retries=1, backoff=0.05, rate_per_server=100)
    port = hang.server_address[1]
    client = RegistrationClient(
        settings,
        rdap=load_bootstrap_file(_bootstrap_to(tmp_path, port, ["com"])),
        whois_server=("127.0.0.1", port),
    )
    started = time.monotonic()
    try:
        result = client.lookup("slow-helpdesk.com")
    finally:
        hang.shutdown()
    assert result.record is None
    assert "RDAP: timed out" in result.reason and "WHOIS: timed out" in result.reason
    assert time.monotonic() - started < 3.0  # 2 sources x 2 tries x 0.3 s, plus backoff


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "without an answer"),
        (b"\x00\xff\xfe\x01garbage\x02\x03" * 40, "garbage"),
        (b"Domain Name: EXAMPLE.COM\r\nRegistry Do", "no registration fields"),
        (b'No match for "EXAMPLE.COM".\r\n', "not registered"),
    ],
)
def test_bad_whois_answers_give_a_clear_reason(data: bytes, words: str) -> None:
    server = _answering(data)
    try:
        client = RegistrationClient(FAST, whois_server=("127.0.0.1", server.server_address[1]))
        result = client.lookup("example.com")
    finally:
        server.shutdown()
    assert result.record is None and words in result.reason


def test_unknown_tld_and_junk_input() -> None:
    client = RegistrationClient(FAST, whois_server=("127.0.0.1", 9))
    assert "not a registrable domain" in client.lookup("nothing.invalidtld").reason
    assert "not a registrable domain" in client.lookup("http://127.0.0.1/").reason


def test_bad_bootstrap_is_a_config_error(tmp_path: Path) -> None:
    from core.errors import ConfigError

    bad = tmp_path / "dns.json"
    bad.write_text('{"services": [["com"]]}')
    with pytest.raises(ConfigError, match="dns.json"):
        load_bootstrap_file(bad)
    assert parse_bootstrap({"services": [[["co.uk"], ["http://a/"]]]}, "x").base_urls("co.uk") == (
        "http://a/",
    )


# --- rate limits and the store ---------------------------------------------------------------


def test_rate_limit_text_is_retried_later_not_stored(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A server allowing one query now and then; our client (wrongly) set to ask fast.
    whois = WhoisServer(RECORDS, rate_limit_per_sec=0.01).start()
    try:
        client = RegistrationClient(
            ClientSettings(timeout=2, retries=1, backoff=0.05, rate_per_server=100),
            whois_server=("127.0.0.1", whois.port),
        )
        counts = enrich(
            store, ["norton-helpdesk.in", "windows-storing.nl"], client=client, concurrency=1
        )
    finally:
        whois.stop()
    assert counts["ok"] == 1 and counts["no_answer"] == 1 and counts["rate_limited_retried"] == 2
    rows = list(store["registrations"].rows)
    assert len(rows) == 1  # the rate-limited domain has no (empty) record
    limited = [r for r in store["registration_attempts"].rows if r["outcome"] == "rate_limited"]
    assert len(limited) == 2 and all(r["raw_sha256"] for r in limited)


def test_rate_limited_then_answered_after_backoff(tmp_path: Path) -> None:
    whois = WhoisServer(RECORDS, rate_limit_per_sec=5).start()  # bursts of 5
    try:
        client = RegistrationClient(
            ClientSettings(timeout=2, retries=3, backoff=0.3, rate_per_server=1000, burst=10),
            whois_server=("127.0.0.1", whois.port),
        )
        results = [client.lookup(d) for d in ["norton-helpdesk.in"] * 8]
    finally:
        whois.stop()
    assert all(r.ok for r in results)
    assert sum(r.rate_limited for r in results) >= 1


def test_enrich_stores_record_evidence_and_uses_cache(sandbox, store) -> None:  # type: ignore[no-untyped-def]
    rdap, whois, bootstrap = sandbox
    now = "2026-01-01T00:00:00+00:00"
    for domain in RECORDS:
        store["domains"].insert(
            {"domain": domain, "domain_unicode": domain, "first_seen": now, "last_seen": now}
        )
    client = _client(bootstrap, whois.port)
    first = enrich(store, client=client, max_age_days=30, concurrency=4)
    assert first == {
        "looked_up": 6,
        "ok": 6,
        "no_answer": 0,
        "rate_limited_retried": 0,
        "cached": 0,
    }
    row = store["registrations"].get("apple-support-bellen.xyz")
    assert (row["privacy"], row["privacy_state"], row["registrant_country"]) == (
        1,
        "shielded",
        None,
    )
    body = store.execute(
        "SELECT content FROM bodies WHERE sha256 = ?", [row["raw_sha256"]]
    ).fetchone()
    assert b"Withheld for Privacy" in body[0]
    assert json.loads(row["evidence"])["privacy"] == "Withheld for Privacy ehf"
    for domain in ("apple-support-bellen.xyz", "norton-helpdesk.in"):  # RDAP, WHOIS
        row = store["registrations"].get(domain)
        assert (row["registrar_abuse_email"], row["registrar_abuse_phone"]) == (
            "abuse@example.net",
            "+1.4805550100",
        ), domain
    second = enrich(store, client=client, max_age_days=30, concurrency=4)
    assert second["looked_up"] == 0 and second["cached"] == 6


def test_migration_carries_the_abuse_contact_over(tmp_path: Path) -> None:
    import sqlite_utils

    from core.store import open_store
    from registration.schema import migrations

    db = sqlite_utils.Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="m002_registrar_abuse_contact")
    db["registrations"].insert(
        {"domain": "old.com", "abuse_email": "abuse@old.example", "abuse_phone": "+1.555",
         "fetched_at": "2025-01-01", "expires_cache_at": "2025-02-01"}
    )  # fmt: skip
    db.close()
    row = open_store(tmp_path / "old.db")["registrations"].get("old.com")
    assert (row["registrar_abuse_email"], row["registrar_abuse_phone"]) == (
        "abuse@old.example",
        "+1.555",
    )


# --- WHOIS referrals (thin registries) ----------------------------------------------------

THIN_REGISTRY = (
    "Domain Name: MICROSOFT-HULP.COM\r\n"
    "Registrar WHOIS Server: {host}\r\n"
    "Updated Date: 2024-03-02T00:00:00Z\r\n"
    "Creation Date: 2024-03-01T00:00:00Z\r\n"
    "Registry Expiry Date: 2025-03-01T00:00:00Z\r\n"
    "Registrar: Example Registrar, Inc.\r\n"
    "Registrar Abuse Contact Email: abuse@example.net\r\n"
    "Registrar Abuse Contact Phone: +1.4805550100\r\n"
)
REGISTRAR_ANSWER = (
    b"Domain Name: microsoft-hulp.com\r\n"
    b"Registrar: Example Registrar, Inc.\r\n"
    b"Creation Date: 2024-03-01T00:00:00Z\r\n"
    b"Registrant Name: Raj Kumar\r\n"
    b"Registrant State/Province: Rajasthan\r\n"
    b"Registrant Country: IN\r\n"
    b"Admin Country: US\r\n"
)


class _Referrals:
    """Stands in for the IANA whois (not reachable here): .com -> the local registry."""

    def __init__(self, port: int) -> None:
        self.port = port

    def server_for(self, tld: str) -> tuple[str, int]:
        return ("127.0.0.1", self.port)


def test_thin_whois_answer_is_followed_to_the_registrar() -> None:
    registrar = _answering(REGISTRAR_ANSWER)
    registry = _answering(
        THIN_REGISTRY.format(host=f"127.0.0.1:{registrar.server_address[1]}").encode()
    )
    try:
        client = RegistrationClient(FAST, referrals=_Referrals(registry.server_address[1]))
        result = client.lookup("microsoft-hulp.com")
    finally:
        registry.shutdown()
        registrar.shutdown()
    reg = result.record.registration
    assert (reg.registrant_country, reg.privacy_state) == ("IN", "disclosed")
    assert (reg.registrar, reg.created, reg.source) == (
        "Example Registrar, Inc.",
        "2024-03-01",
        "whois",
    )
    assert result.record.abuse_email == "abuse@example.net"  # the registry's, kept
    # each hop is an attempt with its own raw answer (evidence); the record is the last
    assert [a.outcome for a in result.attempts] == ["ok", "ok"]
    assert b"Registrar WHOIS Server" in result.attempts[0].raw and result.raw == REGISTRAR_ANSWER


def test_whois_referral_to_an_internal_address_is_not_followed() -> None:
    registry = _answering(THIN_REGISTRY.format(host="10.0.0.7").encode())
    try:
        client = RegistrationClient(FAST, referrals=_Referrals(registry.server_address[1]))
        result = client.lookup("microsoft-hulp.com")
    finally:
        registry.shutdown()
    assert result.record is not None and result.record.registration.registrant_country is None
    assert "referral not followed: internal address 10.0.0.7" in result.attempts[-1].reason


def test_whois_referrals_stop_after_two_hops() -> None:
    # Every server refers to the next: the chain is cut after MAX_WHOIS_HOPS.
    last = _answering(THIN_REGISTRY.format(host="127.0.0.1:1").encode())
    middle = _answering(THIN_REGISTRY.format(host=f"127.0.0.1:{last.server_address[1]}").encode())
    first = _answering(THIN_REGISTRY.format(host=f"127.0.0.1:{middle.server_address[1]}").encode())
    try:
        client = RegistrationClient(FAST, referrals=_Referrals(first.server_address[1]))
        result = client.lookup("microsoft-hulp.com")
    finally:
        for server in (first, middle, last):
            server.shutdown()
    assert result.record is not None and len(result.attempts) == 3
