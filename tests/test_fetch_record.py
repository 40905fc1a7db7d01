"""The full fetch record: redirect hops with status, server IP and how it was obtained.

Through the sandbox proxy the peer is the proxy, so the server IP is resolved through the
sandbox DNS server (documentation-range addresses, recorded only, never connected to).
"""

from __future__ import annotations

import ipaddress
import json
import sqlite3

import pytest

from core.errors import ConfigError
from core.netguard import destination_problem
from core.resolver import AddressResolver, parse_server
from crawler.sandbox.dns import DOCUMENTATION_NETWORKS, site_address
from crawler.sandbox.scenario import RENDER_SCENARIO, load_scenario
from crawler.sandbox.server import Sandbox
from nephelpdesk.run import RunOptions, nightly_run

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 0,
        "DOWNLOAD_TIMEOUT": 5, "LOG_LEVEL": "WARNING"}  # fmt: skip
JS_SITE = "pc-hulpdienst-online.com"


@pytest.fixture(scope="module")
def scenario():
    return load_scenario(RENDER_SCENARIO)


@pytest.fixture(scope="module")
def sandbox(scenario):
    with Sandbox(scenario, max_hang=3.0) as box:
        yield box


@pytest.fixture(scope="module")
def crawled(sandbox, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("fetch") / "store.db")
    with pytest.MonkeyPatch.context() as mp:
        for name, value in sandbox.env().items():
            mp.setenv(name, value)
        options = RunOptions(engine="searxng", engine_url=sandbox.search_url,
                             queries=["microsoft helpdesk bellen"], proxy=sandbox.proxy_url,
                             settings=dict(FAST), stages=("crawl",))  # fmt: skip
        nightly_run(path, options)
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    yield db
    db.close()


def test_dns_server_answers_site_names_from_documentation_ranges(sandbox, scenario):
    resolver = AddressResolver(parse_server(sandbox.env()["NEPHELPDESK_DNS_SERVER"]))
    site = scenario.site_for_host(JS_SITE)
    assert resolver.address(JS_SITE) == site_address(site)
    assert resolver.address(f"www.{JS_SITE}") == site_address(site)
    assert resolver.address("not-in-the-sandbox.example") is None
    network = ".".join(site_address(site).split(".")[:3])
    assert network in DOCUMENTATION_NETWORKS


def test_recorded_addresses_are_refused_by_the_ssrf_guard(scenario):
    for site in scenario.sites:
        address = site_address(site)
        assert ipaddress.ip_address(address).is_private
        assert destination_problem(f"http://{address}/", resolve=False)


def test_dns_server_setting_is_checked_at_the_door():
    with pytest.raises(ConfigError, match="NEPHELPDESK_DNS_SERVER"):
        AddressResolver.from_env({"NEPHELPDESK_DNS_SERVER": "dns.example:53"})


def test_redirect_hops_keep_each_status(crawled):
    row = crawled.execute(
        "SELECT url, final_url, redirect_hops, redirect_chain FROM pages WHERE domain = ?",
        [JS_SITE],
    ).fetchone()
    hops = json.loads(row["redirect_hops"])
    assert [(h["url"].split(JS_SITE)[1], h["status"]) for h in hops] == [
        ("/", 301), ("/go", 302), ("/helpdesk", 200)
    ]  # fmt: skip
    assert row["final_url"].endswith("/helpdesk")


def test_server_ip_through_a_proxy_is_resolved_and_says_so(crawled, scenario):
    rows = crawled.execute("SELECT domain, server_ip, server_ip_source FROM pages").fetchall()
    assert rows
    for row in rows:
        site = scenario.site_for_host(row["domain"])
        assert (row["server_ip"], row["server_ip_source"]) == (site_address(site), "resolved")


def test_plain_http_has_no_certificate(crawled):
    assert {r[0] for r in crawled.execute("SELECT tls FROM pages")} == {None}


@pytest.fixture(scope="module")
def crawled_https(sandbox, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("fetch-https") / "store.db")
    with pytest.MonkeyPatch.context() as mp:
        for name, value in sandbox.env().items():
            mp.setenv(name, value)
        options = RunOptions(engine="check", urls=[f"https://{JS_SITE}/"], queries=[],
                             proxy=sandbox.proxy_url, settings=dict(FAST), stages=("crawl",))  # fmt: skip
        nightly_run(path, options)
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    yield db
    db.close()


def test_https_records_the_certificate_from_a_real_handshake(crawled_https):
    row = crawled_https.execute(
        "SELECT redirect_hops, tls, server_ip_source FROM pages WHERE domain = ?", [JS_SITE]
    ).fetchone()
    assert row is not None, "the https page was fetched through the CONNECT tunnel"
    tls = json.loads(row["tls"])
    assert tls["subject"] == f"CN={JS_SITE},O=Sandbox Hosting"
    assert tls["issuer"] == "CN=nephelpdesk sandbox CA,O=nephelpdesk sandbox"
    assert tls["not_before"] < tls["not_after"] and tls["names"] == JS_SITE
    hops = json.loads(row["redirect_hops"])
    assert [h["status"] for h in hops] == [301, 302, 200]
    assert all(h["url"].startswith("https://") for h in hops)
    assert row["server_ip_source"] == "resolved"
