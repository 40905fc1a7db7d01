"""The domain export contract: fields, JSON, and a CSV that reads back to the same records."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_reports_fixture import DOMAINS, build_store, install_queue

from core.store import open_store
from nephelpdesk.cli import cli
from reports.exports import COLUMNS, domain_records, parse_domains_csv, reasons_of

CONTRACT = [
    "domain",
    "first_seen",
    "last_seen",
    "urls",
    "phones",
    "brands",
    "score",
    "band",
    "flagged",
    "reasons",
    "registrar",
    "registrant_country",
    "privacy",
    "created",
    "queue_status",
]


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "store.db"
    db = open_store(path)
    build_store(db)
    install_queue(db)
    db.close()
    return str(path)


def export(db_path, *args):
    result = CliRunner().invoke(cli, ["--db", db_path, "export", "domains", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_domain_once_with_contract_fields(db_path):
    records = json.loads(export(db_path, "--format", "json"))
    assert [r["domain"] for r in records] == sorted(d[0] for d in DOMAINS)
    assert set(CONTRACT) <= set(records[0]) and "domain_unicode" in records[0]
    assert list(records[0]) == COLUMNS


def test_record_contents(db_path):
    records = {r["domain"]: r for r in json.loads(export(db_path, "--format", "json"))}
    hulp = records["windows-support-nl.com"]
    assert hulp["phones"] == ["+31851111111", "+919812345678"]
    assert hulp["urls"] == [
        "https://www.windows-support-nl.com/",
        "https://www.windows-support-nl.com/contact",
    ]
    assert hulp["brands"] == ["microsoft"] and hulp["flagged"] is True
    assert {k: hulp["reasons"][0][k] for k in ("indicator", "points", "evidence")} == {
        "indicator": "brand_lookalike_domain",
        "points": 30.0,
        "evidence": "windows-support-nl.com",
    }
    assert hulp["queue_status"] == "offline" and hulp["privacy"] is False
    assert records["hulp-pc.com"]["registrant_country"] == "IS"  # raw value, not the category
    assert records["hp-printer-hulp.com"]["phones"] == []  # unparsed text is no E.164 number
    assert records["reparatie-thuis.nl"]["score"] is None
    assert records["reparatie-thuis.nl"]["queue_status"] is None


def test_csv_round_trips_to_the_json_records(db_path):
    from_json = json.loads(export(db_path, "--format", "json"))
    from_csv = parse_domains_csv(export(db_path, "--format", "csv"))
    assert from_csv == from_json


def test_status_filter(db_path):
    records = json.loads(export(db_path, "--format", "json", "--status", "offline"))
    assert {r["domain"] for r in records} == {
        "msft-hulp.com",
        "windows-support-nl.com",
        "apple-helpdesk.net",
        "hulp-pc.com",
    }


def test_empty_store_csv_has_headers(tmp_path):
    path = tmp_path / "empty.db"
    open_store(path).close()
    assert export(str(path), "--format", "csv") == ",".join(COLUMNS) + "\n"
    assert domain_records(open_store(path, readonly=True)) == []


def test_unreadable_reasons_are_kept_as_evidence():
    assert reasons_of("{not json") == [
        {"indicator": "unreadable_reasons", "points": None, "evidence": "{not json"}
    ]
