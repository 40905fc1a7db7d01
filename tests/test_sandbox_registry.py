"""The sandbox registries: RDAP (with its bootstrap) and WHOIS on real loopback ports."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from core.domains import to_ascii
from core.errors import ConfigError
from crawler.sandbox.rdap import RdapServer
from crawler.sandbox.registry import RegistrationRecord
from crawler.sandbox.whois import WhoisServer, query_domain


def _record(domain: str, **kw: object) -> RegistrationRecord:
    base: dict[str, object] = dict(
        domain=domain,
        registrar="NameSilo, LLC",
        registrar_iana_id="1479",
        registrant_name=None,
        registrant_org=None,
        registrant_country=None,
        privacy="shielded",
        privacy_service=None,
        created=date(2025, 3, 4),
        updated=date(2025, 3, 5),
        expires=date(2026, 3, 4),
        nameservers=("ns1.dnsowl.com", "ns2.dnsowl.com"),
        abuse_email="abuse@namesilo.com",
        abuse_phone="+1.4805240066",
    )
    base.update(kw)
    return RegistrationRecord(**base)  # type: ignore[arg-type]


RECORDS = {
    r.domain: r
    for r in [
        _record("microsoft-helpdesk-nl.com", privacy_service="Withheld for Privacy ehf"),
        _record("pc-hulp-direct.xyz", registrant_country="IN", registrant_region="Delhi"),
        _record(
            "computerhulp-direct.nl",
            privacy="not_published",
            registrar="Hosting Secure",
            registrar_iana_id=None,
        ),
        _record(
            "techfix-support.in",
            privacy="disclosed",
            registrant_name="Rahul Sharma",
            registrant_org="TechFix Solutions",
            registrant_country="IN",
            registrant_city="Noida",
            registrant_region="Uttar Pradesh",
        ),
        _record(to_ascii("micrósoft.com"), privacy_service="Domains By Proxy, LLC"),
    ]
}


def _get_json(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def _service_url(bootstrap: dict, tld: str) -> str:
    for tlds, urls in bootstrap["services"]:
        if tld in tlds:
            return urls[0]
    raise AssertionError(f"{tld} not in bootstrap")


def _vcard(entity: dict, prop: str) -> list:
    return [p for p in entity["vcardArray"][1] if p[0] == prop]


def _whois(address: tuple[str, int], query: str) -> str:
    with socket.create_connection(address, timeout=5) as sock:
        sock.sendall(query.encode() + b"\r\n")
        chunks = []
        while chunk := sock.recv(4096):
            chunks.append(chunk)
    return b"".join(chunks).decode()


@pytest.fixture(scope="module")
def rdap():
    with RdapServer(RECORDS) as server:
        yield server


@pytest.fixture(scope="module")
def whois():
    with WhoisServer(RECORDS) as server:
        yield server


def test_rdap_answers_a_domain_found_through_its_bootstrap(rdap, tmp_path):
    path = rdap.write_bootstrap(tmp_path / "dns.json")
    bootstrap = json.loads(path.read_text())
    assert bootstrap["version"] == "1.0" and "publication" in bootstrap
    base = _service_url(bootstrap, "xyz")
    assert base.endswith("/")
    status, doc = _get_json(base + "domain/pc-hulp-direct.xyz")
    assert status == 200
    assert doc["objectClassName"] == "domain"
    assert doc["ldhName"].lower() == "pc-hulp-direct.xyz"
    actions = {e["eventAction"]: e["eventDate"] for e in doc["events"]}
    assert actions["registration"].startswith("2025-03-04T")
    assert actions["expiration"].startswith("2026-03-04T")
    assert "last changed" in actions
    registrar = next(e for e in doc["entities"] if "registrar" in e["roles"])
    assert registrar["publicIds"] == [{"type": "IANA Registrar ID", "identifier": "1479"}]
    assert _vcard(registrar, "fn")[0][3] == "NameSilo, LLC"
    abuse = registrar["entities"][0]
    assert _vcard(abuse, "email")[0][3] == "abuse@namesilo.com"
    registrant = next(e for e in doc["entities"] if "registrant" in e["roles"])
    assert _vcard(registrant, "fn")[0][3] == "REDACTED FOR PRIVACY"
    adr = _vcard(registrant, "adr")[0]
    assert adr[1].get("cc") == "IN" or "India" in json.dumps(adr)
    assert {r["name"]["type"] for r in doc["redacted"]} >= {"Registrant Name"}
    assert [ns["ldhName"] for ns in doc["nameservers"]] == ["NS1.DNSOWL.COM", "NS2.DNSOWL.COM"]


def test_thin_registry_links_to_the_registrar_holding_the_registrant(rdap):
    base = _service_url(rdap.bootstrap(), "com")
    status, doc = _get_json(base + "domain/microsoft-helpdesk-nl.com")
    assert status == 200
    assert not any("registrant" in e["roles"] for e in doc["entities"])
    related = [link["href"] for link in doc["links"] if link["rel"] == "related"]
    assert related and related[0].startswith(rdap.url)
    status, full = _get_json(related[0])
    assert status == 200
    registrant = next(e for e in full["entities"] if "registrant" in e["roles"])
    assert _vcard(registrant, "fn")[0][3] == "Withheld for Privacy ehf"
    assert "IS" in json.dumps(_vcard(registrant, "adr")) or "Iceland" in json.dumps(registrant)


def test_rdap_idn_gets_unicode_name(rdap):
    base = _service_url(rdap.bootstrap(), "com")
    status, doc = _get_json(base + "domain/" + to_ascii("micrósoft.com"))
    assert status == 200 and doc["unicodeName"] == "micrósoft.com"
    registrar_url = next(link["href"] for link in doc["links"] if link["rel"] == "related")
    assert _get_json(registrar_url)[0] == 200


def test_rdap_unknown_domain_is_404_with_error_body(rdap):
    base = _service_url(rdap.bootstrap(), "com")
    status, doc = _get_json(base + "domain/never-registered-here.com")
    assert status == 404 and doc["errorCode"] == 404 and doc["title"]


def test_rdap_leaves_out_tlds_not_served(tmp_path):
    with RdapServer(RECORDS, tlds={"com", "xyz"}) as server:
        tlds = {t for tlds, _ in server.bootstrap()["services"] for t in tlds}
        assert tlds == {"com", "xyz"}
        status, _ = _get_json(f"{server.url}rdap/sidn/domain/computerhulp-direct.nl")
        assert status == 404


def test_rdap_rate_limit_answers_429():
    with RdapServer(RECORDS, rate_limit_per_sec=2) as server:
        url = _service_url(server.bootstrap(), "xyz") + "domain/pc-hulp-direct.xyz"
        codes = [_get_json(url)[0] for _ in range(8)]
    assert codes[0] == 200
    assert 429 in codes


def test_whois_gtld_format(whois):
    text = _whois(("127.0.0.1", whois.port), "pc-hulp-direct.xyz")
    assert "Domain Name: PC-HULP-DIRECT.XYZ" in text
    assert "Registrar: NameSilo, LLC" in text
    assert "Creation Date: 2025-03-04T" in text and text.count("Z\r\n") >= 3
    assert "Registrant Name: REDACTED FOR PRIVACY" in text
    assert "Registrant Country: IN" in text
    assert ">>> Last update of whois database:" in text


def test_whois_privacy_service_and_query_prefixes(whois):
    text = _whois(("127.0.0.1", whois.port), "domain microsoft-helpdesk-nl.com")
    assert "Registrant Organization: Withheld for Privacy ehf" in text
    assert "Registrant Country: IS" in text
    assert query_domain("-T dn,ace EXAMPLE.de") == "example.de"
    assert query_domain("=Example.COM") == "example.com"


def test_whois_sidn_style_publishes_no_registrant(whois):
    text = _whois(("127.0.0.1", whois.port), "computerhulp-direct.nl")
    assert text.startswith("Domain name: computerhulp-direct.nl")
    assert "Registrar:\r\n   Hosting Secure" in text
    assert "Creation Date: 2025-03-04\r\n" in text
    assert "DNSSEC:" in text
    assert "Registrant" not in text


def test_whois_in_style_and_not_found(whois):
    text = _whois(("127.0.0.1", whois.port), "techfix-support.in")
    assert "Registrant Organization: TechFix Solutions" in text
    assert "Registrant State/Province: Uttar Pradesh" in text
    assert "Registrant Country: IN" in text
    assert "Admin Email: Please contact the Registrar listed above" in text
    assert 'No match for "FREE-NAME.COM".' in _whois(("127.0.0.1", whois.port), "free-name.com")
    assert "free-name.nl is free" in _whois(("127.0.0.1", whois.port), "free-name.nl")


def test_whois_rate_limit_answers_text_not_a_record():
    with WhoisServer(RECORDS, rate_limit_per_sec=2) as server:
        answers = [_whois(("127.0.0.1", server.port), "pc-hulp-direct.xyz") for _ in range(6)]
    assert "Domain Name:" in answers[0]
    limited = [a for a in answers if "query limit has been exceeded" in a]
    assert limited and all("Domain Name:" not in a for a in limited)


def test_latency_does_not_serialise_clients():
    with (
        WhoisServer(RECORDS, latency=0.2) as whois_server,
        RdapServer(RECORDS, latency=0.2) as rdap_server,
    ):
        url = _service_url(rdap_server.bootstrap(), "xyz") + "domain/pc-hulp-direct.xyz"
        address = ("127.0.0.1", whois_server.port)
        with ThreadPoolExecutor(max_workers=10) as pool:
            started = time.monotonic()
            texts = list(pool.map(lambda _: _whois(address, "techfix-support.in"), range(10)))
            whois_elapsed = time.monotonic() - started
            started = time.monotonic()
            codes = list(pool.map(lambda _: _get_json(url)[0], range(10)))
            rdap_elapsed = time.monotonic() - started
    assert all("TechFix" in t for t in texts) and codes == [200] * 10
    # Serialised, each batch would take 2 s; in parallel about 0.2 s plus start-up.
    assert 0.2 <= whois_elapsed < 1.0
    assert 0.2 <= rdap_elapsed < 1.0


def test_port_in_use_is_one_clear_error():
    with WhoisServer(RECORDS) as first:
        with pytest.raises(ConfigError, match=f"port {first.port} is in use"):
            WhoisServer(RECORDS, port=first.port).start()
        with pytest.raises(ConfigError, match="is in use"):
            RdapServer(RECORDS, port=first.port).start()
