"""The whole sandbox web on loopback, through real HTTP clients and sockets."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

from core.errors import ConfigError
from crawler.sandbox.scenario import load_scenario
from crawler.sandbox.searxng import phone_query
from crawler.sandbox.server import Sandbox


@pytest.fixture(scope="module")
def box():
    with Sandbox(load_scenario(), max_hang=1.0) as sandbox:
        yield sandbox


def _json(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, {}


def _search(box, query: str, pageno: int = 1) -> dict:
    status, doc = _json(f"{box.search_url}/search?q={quote(query)}&format=json&pageno={pageno}")
    assert status == 200
    return doc


def _via_proxy(box, url: str) -> tuple[int, bytes, dict]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": box.proxy_url}))
    try:
        with opener.open(url, timeout=5) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def test_searxng_json_search(box):
    doc = _search(box, "microsoft helpdesk")
    assert doc["query"] == "microsoft helpdesk"
    assert 0 < len(doc["results"]) <= 10 and doc["number_of_results"] >= len(doc["results"])
    first = doc["results"][0]
    assert set(first) >= {"url", "title", "content", "engine", "engines", "score", "category",
                          "positions", "parsed_url"}  # fmt: skip
    assert first["url"].startswith("http://") and first["title"]
    urls = {r["url"] for r in doc["results"]}
    assert "http://support.microsoft.com/" in urls or doc["number_of_results"] > 10
    for key in ("answers", "corrections", "infoboxes", "suggestions", "unresponsive_engines"):
        assert isinstance(doc[key], list)
    second = _search(box, "microsoft helpdesk", pageno=2)
    assert not {r["url"] for r in second["results"]} & urls


def test_search_pivots_on_a_phone_number_in_any_form(box):
    forms = ["085 123 4567", "085-1234567", "+31 85 123 4567", "0851234567", "+31 (0)85 1234567"]
    answers = [{r["url"] for r in _search(box, form)["results"]} for form in forms]
    assert all(a == answers[0] for a in answers)
    domains = {u.split("/")[2] for u in answers[0]}
    assert "microsoft-helpdesk-nl.com" in domains and "fraudehulp-meldpunt.nl" in domains
    assert phone_query("hulp windows") is None


def test_search_html_format_is_forbidden(box):
    assert _json(f"{box.search_url}/search?q=x&format=html")[0] == 403
    assert _json(f"{box.search_url}/search?q=x")[0] == 403


def test_unresponsive_engines_are_deterministic(box):
    queries = [f"helpdesk {i}" for i in range(20)]
    first = [_search(box, q)["unresponsive_engines"] for q in queries]
    assert first == [_search(box, q)["unresponsive_engines"] for q in queries]
    assert any(first) and not all(first)


def test_proxy_serves_a_site_page(box):
    site = box.scenario.site_for_host("microsoft-helpdesk-nl.com")
    status, body, headers = _via_proxy(box, "http://microsoft-helpdesk-nl.com/contact")
    assert status == 200 and body == site.page("/contact").body_bytes()
    assert headers["Content-Type"].startswith("text/html")
    assert _via_proxy(box, "http://microsoft.com.helpdesk-online.xyz/")[0] == 200
    assert _via_proxy(box, "http://no-such-site.example/")[0] == 502
    assert _via_proxy(box, "http://microsoft-helpdesk-nl.com/nope")[0] == 404


def test_proxy_raw_socket_keep_alive_and_special_pages(box):
    port = box.proxy.port
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        for _ in range(2):  # two requests on one connection
            sock.sendall(b"GET http://pcweetjes.nl/ HTTP/1.1\r\nHost: pcweetjes.nl\r\n\r\n")
            head = b""
            while b"\r\n\r\n" not in head:
                head += sock.recv(4096)
            header, _, rest = head.partition(b"\r\n\r\n")
            length = int(header.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
            while len(rest) < length:
                rest += sock.recv(65536)
            assert header.startswith(b"HTTP/1.1 200")
    status, _, headers = _via_proxy(box, "http://edge-redirect.com/loop/b")
    assert status in (302, 200)  # urllib follows until it detects the loop
    hang_status, _, _ = _via_proxy(box, "http://edge-hang.com/")
    assert hang_status == 200  # max_hang=1.0 bounds the sleep in this test


def test_rdap_through_bootstrap_and_whois(box):
    bootstrap = json.loads(box.rdap_bootstrap_path.read_text())
    served = {t for tlds, _ in bootstrap["services"] for t in tlds}
    assert "nl" in served and "in" not in served  # .in must fall back to WHOIS
    base = next(urls[0] for tlds, urls in bootstrap["services"] if "nl" in tlds)
    status, doc = _json(base + "domain/computerhulp-direct.nl")
    assert status == 200 and doc["ldhName"].lower() == "computerhulp-direct.nl"
    assert box.env()["NEPHELPDESK_WHOIS_SERVER"] == box.whois_address
    host, port = box.whois_address.split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"microsoft-hulp-nl.in\r\n")
        text = b"".join(iter(lambda: sock.recv(4096), b"")).decode()
    assert "Registrant Country: IN" in text and "Registrar: PDR Ltd." in text


def test_port_in_use_is_a_clear_error(box):
    with pytest.raises(ConfigError, match=rf"^port {box.proxy.port} is in use$"):
        Sandbox(box.scenario, search_port=box.proxy.port).start()


def test_cli_help_has_an_example():
    from click.testing import CliRunner

    from nephelpdesk.cli import cli

    result = CliRunner().invoke(cli, ["sandbox", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "--labels" in result.output
