"""`nephelpdesk score` and `nephelpdesk evaluate` on a real store file: counts, band
moves, fraud-number import, metrics, and one clear line for a user's mistake."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from core.store import open_store
from nephelpdesk.cli import cli
from tests.test_facts_storefill import add_site, helpdesk_extraction

NUMBER = ("+31851234567", "voip", "NL")
SHIELDED = {
    "registrar": "NameSilo, LLC",
    "privacy": 1,
    "privacy_state": "shielded",
    "created": "2025-05-20",
}


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    monkeypatch.delenv("NEPHELPDESK_RULES_OVERRIDE", raising=False)
    path = tmp_path / "store.db"
    db = open_store(path)
    page = {"title": "Microsoft Helpdesk", "extraction": helpdesk_extraction(), "phones": [NUMBER]}
    add_site(db, "microsoft-helpdesk-nl.com", [page], registration=SHIELDED)
    add_site(
        db,
        "pc-hulp-utrecht.nl",
        [
            {
                "title": "Computerhulp Utrecht",
                "extraction": {"business_terms": ["kvk_number", "openingstijden"]},
            }
        ],
    )
    add_site(db, "lonely-number.com", [{"title": "Welkom", "phones": [NUMBER], "extraction": {}}])
    db.close()
    return str(path)


def run(db_path: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db_path, *args], catch_exceptions=False)


def test_score_prints_counts_then_moves(db_path, tmp_path):
    first = run(db_path, "score")
    assert first.exit_code == 0, first.output
    assert "scored 3 domains (3 new)" in first.output and "flagged 1" in first.output
    assert "band moved for 0 domain(s)" in first.output
    fraud = tmp_path / "fraud.csv"
    fraud.write_text("number,source,note\n085 123 4567,police report 2025-117,\nnot a number,x,\n")
    second = run(db_path, "score", "--import-fraud-numbers", str(fraud))
    assert "fraud numbers: 1 imported, 1 skipped" in second.output
    assert "lonely-number.com  low -> medium" in second.output  # its number is now known fraud
    assert "band moved for 1 domain(s)" in second.output


def test_score_json(db_path):
    data = json.loads(run(db_path, "score", "--json").output)
    assert data["scored"] == 3 and data["changes"] == [] and data["rules_version"]


def test_score_with_bad_rules_is_one_line(db_path, tmp_path):
    bad = tmp_path / "local.toml"
    bad.write_text("[rules.tooling.chat_widget]\npoints = -1\n")
    result = CliRunner().invoke(cli, ["--db", db_path, "score", "--override", str(bad)])
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    assert "rules.tooling.chat_widget.points: negative weight" in str(result.exception)


def test_evaluate_reports_metrics(db_path, tmp_path):
    run(db_path, "score")
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "domain,label,category\nmicrosoft-helpdesk-nl.com,scam,fake_helpdesk\n"
        "pc-hulp-utrecht.nl,legit,repair_shop\nlonely-number.com,scam,fake_helpdesk\n"
        "edge-huge.xyz,edge,edge\n"
    )
    text = run(db_path, "evaluate", str(labels)).output
    assert (
        "precision 1.000  recall 0.500" in text and "missed scam domains: lonely-number.com" in text
    )
    data = json.loads(run(db_path, "evaluate", str(labels), "--json").output)
    assert data["labelled"] == 3 and data["false_positives_by_category"] == {"repair_shop": 0}
    assert data["indicators"]["brand_helpdesk_impersonation"]["on_scam"] == 1


def test_evaluate_bad_label_file(db_path, tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text("domain,label\nx.com,maybe\n")
    result = CliRunner().invoke(cli, ["--db", db_path, "evaluate", str(labels)])
    assert result.exit_code != 0 and "labels.csv:2: label must be scam, legit or edge" in str(
        result.exception
    )
