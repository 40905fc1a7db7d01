"""`nephelpdesk lookup --json` and `nephelpdesk enrich` through the real CLI edge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.store import open_store
from crawler.sandbox.rdap import RdapServer
from crawler.sandbox.whois import WhoisServer
from nephelpdesk.cli import main
from tests.test_registration_client import IDN, RECORDS


@pytest.fixture
def endpoints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    rdap = RdapServer(RECORDS, tlds={"com", "xyz", "online", "nl"}).start()
    whois = WhoisServer(RECORDS).start()
    monkeypatch.setenv(
        "NEPHELPDESK_RDAP_BOOTSTRAP", str(rdap.write_bootstrap(tmp_path / "dns.json"))
    )
    monkeypatch.setenv("NEPHELPDESK_WHOIS_SERVER", f"127.0.0.1:{whois.port}")
    monkeypatch.setenv("NEPHELPDESK_DB", str(tmp_path / "store.db"))
    open_store(tmp_path / "store.db").close()  # lookup and enrich need a store (`init`)
    yield
    rdap.stop()
    whois.stop()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = 0
    try:
        main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_lookup_json_contract(endpoints, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "lookup", "computerhülp.nl", "--json")
    data = json.loads(out)
    assert code == 0
    assert {
        "domain",
        "registrar",
        "registrant_country",
        "privacy",
        "created",
        "expires",
        "source",
    } <= set(data)
    assert data["domain"] == IDN and data["domain_unicode"] == "computerhülp.nl"
    assert (data["source"], data["privacy"], data["privacy_state"]) == (
        "rdap",
        False,
        "not_published",
    )
    assert data["created"] == "2024-03-01" and len(data["raw_sha256"]) == 64


def test_lookup_whois_fallback_and_no_answer(endpoints, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "lookup", "norton-helpdesk.in", "--json")
    assert code == 0 and json.loads(out)["source"] == "whois"
    code, out, err = _run(capsys, "lookup", "not-registered.com", "--json")
    assert (
        code == 2
        and "no registration data for not-registered.com" in err
        and "Traceback" not in err
    )


def test_bad_whois_override_is_one_line(endpoints, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEPHELPDESK_WHOIS_SERVER", "no-port-here")
    code, _, err = _run(capsys, "lookup", "norton-helpdesk.in")
    assert code == 2 and "NEPHELPDESK_WHOIS_SERVER" in err and len(err.strip().splitlines()) == 1


def test_enrich_command(endpoints, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(
        capsys,
        "enrich",
        "--domain",
        "apple-support-bellen.xyz",
        "--domain",
        "windows-storing.nl",
        "--json",
    )
    assert code == 0 and json.loads(out)["ok"] == 2
