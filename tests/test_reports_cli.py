"""The reports commands through the real `nephelpdesk` CLI on a store file."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from test_reports_fixture import build_store

from core.store import open_store
from nephelpdesk.cli import cli


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "store.db"
    db = open_store(path)
    build_store(db)
    db.close()
    return str(path)


def run(db_path, *args):
    result = CliRunner().invoke(cli, ["--db", db_path, *args])
    return result


def test_stats_csv_round_trips_to_json(db_path):
    as_csv = run(db_path, "export", "stats", "--by", "country", "--period", "quarter")
    as_json = run(
        db_path, "export", "stats", "--by", "country", "--period", "quarter", "--format", "json"
    )
    assert as_csv.exit_code == 0 and as_json.exit_code == 0, as_csv.output
    records = json.loads(as_json.stdout)
    parsed = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(parsed) == len(records) == 5
    for row, record in zip(parsed, records, strict=True):
        assert row == {k: str(v) for k, v in record.items()}


def test_stats_to_file(db_path, tmp_path):
    out = tmp_path / "by-registrar.json"
    result = run(
        db_path, "export", "stats", "--by", "registrar", "--format", "json", "-o", str(out)
    )
    assert result.exit_code == 0
    assert {r["registrar"] for r in json.loads(out.read_text())} >= {"Alpha Registrar"}


def test_unknown_by_is_one_clear_line(db_path):
    result = run(db_path, "export", "stats", "--by", "colour")
    assert result.exit_code == 2
    assert "Invalid value for '--by'" in result.output and "Traceback" not in result.output


def test_bad_period_is_one_clear_line(db_path):
    result = run(db_path, "export", "stats", "--by", "tld", "--in", "2024-Q5")
    assert result.exit_code == 2 and "is not a period" in result.output


def test_period_without_data_gives_headers(db_path):
    result = run(db_path, "export", "stats", "--by", "tld", "--in", "2019-Q1")
    assert result.exit_code == 0
    assert result.stdout == "tld,domains,share\n"
    assert "no matching data" in result.stderr


def test_empty_store_gives_headers(tmp_path):
    path = tmp_path / "empty.db"
    open_store(path).close()
    result = run(str(path), "export", "stats", "--by", "phone-country", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_missing_store_is_one_line_through_main(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from nephelpdesk.cli import main; main()",
            "--db",
            str(tmp_path / "missing.db"),
            "export",
            "stats",
            "--by",
            "country",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: no store at")
    assert len(result.stderr.strip().splitlines()) == 1


def test_every_reports_command_has_help_with_an_example(db_path):
    for args in (
        ["export", "stats"],
        ["export", "domains"],
        ["export", "acm"],
        ["export", "misp"],
        ["report"],
        ["explore"],
    ):
        result = run(db_path, *args, "--help")
        assert result.exit_code == 0 and "Example" in result.output, args
