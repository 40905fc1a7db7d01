"""IP RDAP: the sandbox's RIPE- and ARIN-shaped answers, the client over real loopback
HTTP, and the ip_networks rows the takedown orders read."""

from __future__ import annotations

import json

import pytest
from queue_fixture import build_store

from core.errors import ConfigError
from crawler.sandbox.rdap import RdapServer
from registration.client import ClientSettings
from registration.ip_rdap import (
    IpRdapClient,
    enrich_ips,
    load_ip_bootstrap,
    parse_ip_answer,
    parse_ip_bootstrap,
)

FAST = ClientSettings(timeout=5, retries=0, backoff=0.01, rate_per_server=100, burst=10)


@pytest.fixture(scope="module")
def rdap(tmp_path_factory):
    server = RdapServer({}).start()
    path = server.write_ip_bootstrap(tmp_path_factory.mktemp("ip") / "ip.json")
    yield server, path
    server.stop()


@pytest.fixture
def client(rdap, monkeypatch):
    monkeypatch.setenv("NEPHELPDESK_RDAP_IP_BOOTSTRAP", str(rdap[1]))
    return IpRdapClient.from_env(FAST)


def test_ripe_shape_country_and_abuse_role_object(client):
    result = client.lookup("192.0.2.10")
    rec = result.record
    assert rec is not None and result.reason is None
    assert (rec.network, rec.name, rec.org, rec.country) == (
        "192.0.2.0/25",
        "NL-VOORBEELDHOST-20190301",
        "Voorbeeld Hosting B.V.",
        "NL",
    )
    assert rec.abuse_email == "abuse@voorbeeldhosting.example"
    assert json.loads(result.raw)["objectClassName"] == "ip network"


def test_arin_shape_country_from_the_address_label_and_nested_abuse(client):
    rec = client.lookup("198.51.100.77").record
    assert rec is not None
    assert (rec.org, rec.country, rec.abuse_email, rec.abuse_phone) == (
        "Example VPS Hosting LLC",
        "US",
        "abuse@examplevps.example",
        "+1-214-555-0199",
    )
    assert rec.network == "198.51.100.0/24"


def test_most_specific_network_wins_and_a_holder_without_abuse_contact(client):
    assert client.lookup("192.0.2.200").record.org == "Beispiel Cloud GmbH"
    rec = client.lookup("203.0.113.130").record
    assert rec.org == "Schuilplaats Servers" and rec.abuse_email is None


def test_no_answer_is_a_reason_not_an_error(client):
    unassigned = client.lookup("203.0.113.200")
    assert unassigned.record is None and "404" in unassigned.reason
    assert "no RDAP service" in client.lookup("10.1.2.3").reason
    assert "not an IP address" in client.lookup("<script>").reason


def test_error_body_is_not_a_network():
    with pytest.raises(ValueError, match="error 404"):
        parse_ip_answer({"errorCode": 404, "title": "Not Found"})


def test_bad_bootstrap_is_one_config_error(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match="services"):
        parse_ip_bootstrap([{"nope": 1}], "x.json")
    bad = tmp_path / "ip.json"
    bad.write_text('{"services": [[["not-a-cidr"], ["http://127.0.0.1:1/"]]]}')
    monkeypatch.setenv("NEPHELPDESK_RDAP_IP_BOOTSTRAP", str(bad))
    with pytest.raises(ConfigError, match="not-a-cidr"):
        load_ip_bootstrap()


def test_domain_bootstrap_override_alone_never_reaches_out(monkeypatch):
    monkeypatch.delenv("NEPHELPDESK_RDAP_IP_BOOTSTRAP", raising=False)
    monkeypatch.setenv("NEPHELPDESK_RDAP_BOOTSTRAP", "/some/dns.json")
    assert load_ip_bootstrap().services == ()


def test_enrich_ips_stores_networks_and_no_answers(tmp_path, client):
    db = build_store(tmp_path / "store.db")
    db.execute(
        "UPDATE pages SET server_ip = '203.0.113.200' WHERE domain = 'apple-support-bellen.nl'"
    )
    db.conn.commit()
    counts = enrich_ips(db, client)
    assert counts == {"ips_looked_up": 2, "ips_ok": 1, "ips_no_answer": 1}
    rows = {r["ip"]: r for r in db.table("ip_networks").rows}
    assert rows["192.0.2.10"]["org"] == "Voorbeeld Hosting B.V." and rows["192.0.2.10"]["found"]
    assert rows["203.0.113.200"]["found"] == 0 and "404" in rows["203.0.113.200"]["reason"]
    sha = rows["192.0.2.10"]["raw_sha256"]
    assert db.execute("SELECT 1 FROM bodies WHERE sha256 = ?", [sha]).fetchone()
    assert enrich_ips(db, client)["ips_looked_up"] == 0  # cached


def test_enrich_stage_finds_hosting_providers_through_the_sandbox(tmp_path, monkeypatch):
    """The nightly run's enrich stage with the sandbox's environment (as `demo` sets it):
    domain registrations and the network of every server IP."""
    from crawler.sandbox.scenario import load_scenario
    from crawler.sandbox.server import Sandbox
    from registration.stage import run_stage

    db = build_store(tmp_path / "store.db")
    db.execute(
        "UPDATE pages SET server_ip = '198.51.100.9' WHERE domain = 'norton-helpdesk.online'"
    )
    db.conn.commit()
    with Sandbox(load_scenario(), max_hang=1.0) as box:
        for name, value in box.env().items():
            monkeypatch.setenv(name, value)
        assert box.env()["NEPHELPDESK_RDAP_IP_BOOTSTRAP"].endswith("ip.json")
        counts = run_stage(db)
    assert counts["ips_looked_up"] == 2 and counts["ips_ok"] == 2
    orgs = dict(db.execute("SELECT ip, org FROM ip_networks").fetchall())
    assert orgs == {
        "192.0.2.10": "Voorbeeld Hosting B.V.",
        "198.51.100.9": "Example VPS Hosting LLC",
    }


def test_abuse_address_marked_only_by_its_type_parameter():
    answer = {
        "objectClassName": "ip network",
        "startAddress": "192.0.2.0",
        "endAddress": "192.0.2.255",
        "name": "NET-X",
        "entities": [
            {
                "roles": ["registrant"],
                "vcardArray": [
                    "vcard",
                    [
                        ["version", {}, "text", "4.0"],
                        ["fn", {}, "text", "Holder Ltd"],
                        ["email", {"type": "abuse"}, "text", "report@holder.example"],
                    ],
                ],
            }
        ],
    }
    rec = parse_ip_answer(answer)
    assert (rec.network, rec.org, rec.abuse_email) == (
        "192.0.2.0 - 192.0.2.255",
        "Holder Ltd",
        "report@holder.example",
    )
