"""Partner exports: the ACM list of Dutch numbers and the MISP event."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner
from test_reports_fixture import build_store

from core.store import open_store
from nephelpdesk.cli import cli
from reports import acm
from reports.misp import misp_event, problems

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@pytest.fixture
def fixture_db(store):
    return build_store(store)


def test_acm_lists_dutch_numbers_on_flagged_domains(fixture_db):
    result = acm.acm_numbers(fixture_db)
    rows = {r["e164"]: r for r in result.rows}
    # +31205001500 is Microsoft's own number (brands.toml): left out, and said so
    assert set(rows) == {"+31851111111", "+31202222222", "+31203333333"}
    assert result.official_skipped == ["+31205001500"]
    shared = rows["+31851111111"]
    assert shared["domains"] == ["hulp-pc.com", "msft-hulp.com", "windows-support-nl.com"]
    assert shared["first_seen"] == "2024-07-01T10:00:00+00:00"
    assert shared["last_seen"] == "2024-07-05T11:00:00+00:00"
    assert shared["evidence_pages"] == 6  # two pages on each of three domains
    urls = shared["evidence_urls"].split(" ")
    assert len(urls) == 6 and urls[0] == "https://www.msft-hulp.com/"
    assert (
        len(shared["evidence_sha256"].split(" "))
        == len(shared["evidence_fetched_at"].split(" "))
        == 6
    )


def test_acm_all_domains_adds_unflagged_numbers(fixture_db):
    rows = {r["e164"] for r in acm.acm_numbers(fixture_db, status="all").rows}
    assert "+31204444444" in rows and all(n.startswith("+31") for n in rows)


def test_acm_names_known_fraud_list(fixture_db):
    fixture_db["fraud_numbers"].insert(
        {"e164": "+31202222222", "source": "police report", "added_at": "2024-08-01"}
    )
    rows = {r["e164"]: r for r in acm.acm_numbers(fixture_db).rows}
    assert rows["+31202222222"]["fraud_list"] == "police report"


def test_acm_cli_csv(tmp_path):
    path = tmp_path / "s.db"
    build_store(open_store(path)).close()
    result = CliRunner().invoke(cli, ["--db", str(path), "export", "acm"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["e164"] for r in rows] == ["+31202222222", "+31203333333", "+31851111111"]
    assert rows[0]["evidence_urls"].split(" ")[0] == "https://www.apple-helpdesk.net/"
    for row in rows:  # plain columns: no JSON inside the CSV
        assert not any(cell.lstrip().startswith(("[", "{")) for cell in row.values())
    assert rows[0]["kind"] == "fixed_line" and rows[0]["country"] == "NL"
    assert "left out 1 brand support number" in result.stderr


def test_acm_number_type_country_and_original_operator(fixture_db):
    page = fixture_db.execute(
        "SELECT p.id FROM pages p WHERE p.domain = 'msft-hulp.com' LIMIT 1"
    ).fetchone()[0]
    fixture_db["page_phones"].insert(
        {"page_id": page, "e164": "+31612345678", "raw": "06-12345678", "kind": "mobile",
         "country": "NL", "valid": 1}
    )  # fmt: skip
    rows = {r["e164"]: r for r in acm.acm_numbers(fixture_db).rows}
    mobile = rows["+31612345678"]
    assert (mobile["kind"], mobile["country"], mobile["original_operator"]) == (
        "mobile",
        "NL",
        "KPN",
    )
    assert (
        rows["+31851111111"]["kind"] == "voip" and rows["+31851111111"]["original_operator"] == ""
    )


def test_acm_fraud_list_from_warning_sites_quoting_the_number(fixture_db):
    evidence = (
        "+31202222222 (on https://www.apple-helpdesk.net/) is quoted as a scam number on"
        " fraudehelpdesk.nl, opgelicht.example; other finding"
    )
    reasons = json.dumps([{"indicator": "number_in_warnings", "points": 2, "evidence": evidence}])
    fixture_db.execute(
        "UPDATE scores SET reasons = ? WHERE domain = 'apple-helpdesk.net'", [reasons]
    )
    fixture_db["fraud_numbers"].insert(
        {"e164": "+31202222222", "source": "police report", "added_at": "2024-08-01"}
    )
    rows = {r["e164"]: r for r in acm.acm_numbers(fixture_db).rows}
    assert rows["+31202222222"]["fraud_list"] == (
        "police report; warned on fraudehelpdesk.nl, opgelicht.example"
    )
    assert rows["+31203333333"]["fraud_list"] == ""


def test_misp_event_structure(fixture_db):
    document = misp_event(fixture_db)
    assert problems(document) == []
    event = document["Event"]
    assert UUID.match(event["uuid"]) and re.match(r"^\d{4}-\d{2}-\d{2}$", event["date"])
    assert event["threat_level_id"] in {"1", "2", "3", "4"} and event["analysis"] == "2"
    assert {"name": "tlp:amber"} in event["Tag"]
    by_type: dict[str, list[dict]] = {}
    for attr in event["Attribute"]:
        by_type.setdefault(attr["type"], []).append(attr)
        assert set(attr) >= {"type", "category", "value", "to_ids", "uuid", "comment", "timestamp"}
        assert UUID.match(attr["uuid"]) and attr["timestamp"].isdigit()
    assert len(by_type["domain"]) == 10 and len(by_type["url"]) == 20
    phones = {a["value"]: a for a in by_type["phone-number"]}
    # valid numbers on flagged domains, each once; the unparsed "0800-HULP" is not one,
    # and Microsoft's own number (copied onto computerhulp-snel.nl) is no fraud indicator
    assert len(phones) == 7 and "0800-HULP" not in phones and "+31205001500" not in phones
    assert phones["+31851111111"]["category"] == "Person"
    assert phones["+31851111111"]["to_ids"] is False
    assert "msft-hulp.com" in phones["+31851111111"]["comment"]
    assert all(a["category"] == "Network activity" and a["to_ids"] for a in by_type["domain"])
    assert len({a["uuid"] for a in event["Attribute"]}) == len(event["Attribute"])


def test_misp_problems_catch_bad_events():
    bad = {
        "Event": {
            "info": "x",
            "date": "2024-01-01",
            "uuid": "u",
            "threat_level_id": 2,
            "analysis": "0",
            "distribution": "1",
            "Attribute": [
                {
                    "type": "phone-number",
                    "category": "Network activity",
                    "value": "+31",
                    "to_ids": "no",
                }
            ],
        }
    }
    found = problems(bad)
    assert any("threat_level_id" in p for p in found)
    assert any("not allowed" in p for p in found) and any("to_ids" in p for p in found)


def test_misp_cli_empty_store(tmp_path):
    path = tmp_path / "empty.db"
    open_store(path).close()
    out = tmp_path / "event.json"
    result = CliRunner().invoke(cli, ["--db", str(path), "export", "misp", "-o", str(out)])
    assert result.exit_code == 0 and "no matching data" in result.stderr
    document = json.loads(out.read_text())
    assert document["Event"]["Attribute"] == [] and problems(document) == []
