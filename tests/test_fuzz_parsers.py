"""Hostile input: every parser of attacker-controlled text, fuzzed (a short run; the
full one is `python bench/reliability.py`), and the inputs the fuzzer found, kept as
plain regression tests."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parent.parent / "bench"))  # after the real packages: bench/ has module names like theirs

from reliability_fuzz import fuzz, targets  # noqa: E402

from crawler.search.base import SearchResponseError  # noqa: E402
from crawler.search.brave import BraveBackend  # noqa: E402
from crawler.search.searxng import SearxngBackend  # noqa: E402
from registration.bootstrap import load_bootstrap_file  # noqa: E402
from registration.client import ClientSettings, RegistrationClient  # noqa: E402
from registration.rdap_answer import parse_rdap  # noqa: E402

DEEP = [b"[" * 100_000, b'{"a":' * 50_000]


@pytest.mark.parametrize("target", targets(), ids=lambda t: t.name)
def test_fuzzed_parser_neither_crashes_nor_runs_away(target):
    result = fuzz(target, examples=30, run_seed=20241)
    assert result.tried == 30
    assert result.failures == []


@pytest.mark.parametrize("body", DEEP)
def test_deeply_nested_search_answers_are_search_errors(body):
    for backend in (SearxngBackend("http://127.0.0.1:1"), BraveBackend("key")):
        with pytest.raises(SearchResponseError, match="JSON"):
            backend.parse(body, 1)


@pytest.mark.parametrize(
    "answer",
    [
        {"type": "ErrorResponse", "error": [["x"], {}]},
        {"type": "ErrorResponse", "error": "quota"},
        {"web": {"results": 7}, "query": [1, 2]},
    ],
)
def test_brave_answers_of_the_wrong_shape_do_not_crash(answer):
    body = json.dumps(answer).encode()
    try:
        page = BraveBackend("key").parse(body, 1)
    except SearchResponseError:
        return
    assert page.hits == [] and page.has_more is False


def test_rdap_members_of_the_wrong_type_count_as_absent():
    answer = {"objectClassName": "domain", "ldhName": "fuzz.nl", "entities": -3.4e16,
              "events": 1.5, "links": 7, "nameservers": 2.0, "redacted": True}  # fmt: skip
    parsed = parse_rdap(answer, "fuzz.nl")
    assert parsed.registration.registrar is None and parsed.nameservers == ()


def test_a_deeply_nested_rdap_body_is_a_lookup_failure_not_a_crash(tmp_path):
    class Nested(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = b"[" * 100_000
            self.send_response(200)
            self.send_header("Content-Type", "application/rdap+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Nested)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    boot = tmp_path / "dns.json"
    boot.write_text(json.dumps({"version": "1.0", "services": [
        [["xyz"], [f"http://127.0.0.1:{server.server_address[1]}/"]]]}))  # fmt: skip
    try:
        client = RegistrationClient(
            ClientSettings(timeout=3, retries=0, backoff=0.01, rate_per_server=100),
            rdap=load_bootstrap_file(boot),
            whois_server=("127.0.0.1", 1),  # closed: the WHOIS fallback fails fast
        )
        result = client.lookup("helpdesk-nested.xyz")
    finally:
        server.shutdown()
    assert result.record is None
    assert [(a.source, a.outcome) for a in result.attempts][0] == ("rdap", "no_answer")
