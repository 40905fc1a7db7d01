"""`nephelpdesk explore`: the stored queries run in Datasette and agree with the library."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner
from datasette.app import Datasette
from test_reports_fixture import build_store, install_queue, remove_queue

from core.store import open_store
from nephelpdesk.cli import cli
from reports import explore
from reports.stats import compute


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "nephelpdesk.db"
    db = open_store(path)
    build_store(db)
    db.close()
    return path


def print_metadata(path):
    result = CliRunner().invoke(cli, ["--db", str(path), "explore", "--print-metadata"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def run_queries(path, meta, params=""):
    """Every stored query through Datasette's own API (no port opened)."""

    async def go():
        ds = Datasette([str(path)], metadata=meta)
        await ds.invoke_startup()
        out = {}
        for name in meta["databases"]["nephelpdesk"]["queries"]:
            response = await ds.client.get(f"/nephelpdesk/{name}.json?_shape=array{params}")
            assert response.status_code == 200, (name, response.text)
            out[name] = response.json()
        return out

    return asyncio.run(go())


def test_every_stored_query_runs_and_matches_the_statistics(store_path):
    meta = print_metadata(store_path)
    queries = meta["databases"]["nephelpdesk"]["queries"]
    assert "takedown_time_by_registrar" not in queries  # no queue view in this store
    results = run_queries(store_path, meta, "&quarter=")
    assert len(results) == len(queries) >= 6
    db = open_store(store_path, readonly=True)
    expected = {r["registrant_country"]: r["domains"] for r in compute(db, "country").rows}
    got = {r["registrant_country"]: r["domains"] for r in results["flagged_by_registrant_country"]}
    assert got == expected
    assert {r["tld"]: r["domains"] for r in results["flagged_by_tld"]} == {
        r["tld"]: r["domains"] for r in compute(db, "tld").rows
    }
    per_quarter = {
        r["quarter"]: (r["domains"], r["numbers"]) for r in results["flagged_per_quarter"]
    }
    trend = {r["period"]: (r["domains"], r["numbers"]) for r in compute(db, "trend").rows}
    assert per_quarter == trend == {"2024-Q3": (8, 7), "2024-Q4": (2, 1)}
    shared = {r["e164"]: r["domains"] for r in results["shared_phone_numbers"]}
    assert shared == {"+31851111111": 3, "+31205001500": 2}


def test_quarter_parameter(store_path):
    meta = print_metadata(store_path)
    results = run_queries(store_path, meta, "&quarter=2024-Q4")
    got = {r["registrant_country"]: r["domains"] for r in results["flagged_by_registrant_country"]}
    assert got == {"US": 1, "unknown": 1}


def test_queue_query_offered_when_the_view_exists(store_path):
    db = open_store(store_path)
    install_queue(db)
    db.close()
    meta = print_metadata(store_path)
    assert "takedown_time_by_registrar" in meta["databases"]["nephelpdesk"]["queries"]
    rows = run_queries(store_path, meta, "&quarter=")["takedown_time_by_registrar"]
    alpha = next(r for r in rows if r["registrar"] == "Alpha Registrar")
    assert alpha["taken_down"] == 3 and alpha["avg_days_order_to_offline"] == 5.0  # (4+10+1)/3
    db = open_store(store_path)
    remove_queue(db)
    db.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_explore_serves_read_only_on_a_port(store_path):
    port = _free_port()
    command = [
        sys.executable,
        "-c",
        "from nephelpdesk.cli import main; main()",
        "--db",
        str(store_path),
        "explore",
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/nephelpdesk/flagged_by_tld.json?_shape=array"
        body = None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    body = json.load(response)
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        assert body is not None, "datasette did not answer"
        assert {r["tld"]: r["domains"] for r in body}["com"] == 5
        sql = "/nephelpdesk.json?sql=DELETE+FROM+domains"
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}{sql}", timeout=5)
    finally:
        process.terminate()  # explore passes SIGTERM on to datasette
        try:
            out, _ = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            out, _ = process.communicate()
    assert f"http://127.0.0.1:{port}/nephelpdesk" in out
    assert open_store(store_path, readonly=True)["domains"].count == 12


def test_not_a_store_is_a_clear_error(tmp_path):
    path = tmp_path / "other.db"
    import sqlite3

    sqlite3.connect(path).execute("CREATE TABLE x (a)").connection.close()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from nephelpdesk.cli import main; main()",
            "--db",
            str(path),
            "explore",
            "--print-metadata",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "not a nephelpdesk store" in result.stderr and "Traceback" not in result.stderr


def test_metadata_names_the_database_after_the_file(tmp_path):
    assert explore.database_name(tmp_path / "data" / "nephelpdesk.db") == "nephelpdesk"


def _get(port, path):
    """(status, body text) of one GET against the running explore."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def _serve_explore(path, *args):
    port = _free_port()
    command = [sys.executable, "-c", "from nephelpdesk.cli import main; main()",
               "--db", str(path), "explore", "--port", str(port), *args]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if _get(port, "/-/versions.json")[0] == 200:
                return process, port
        except OSError:  # refused, or accepted but not answering yet
            time.sleep(0.2)
    process.kill()
    raise AssertionError(f"datasette did not answer: {process.communicate()}")


@pytest.mark.parametrize("immutable", [False, True])
def test_explore_never_serves_accounts_or_password_hashes(store_path, immutable):
    from takedown_queue.users import add_user

    db = open_store(store_path)
    install_queue(db)
    add_user(db, "pim", "prosecutor", "correct horse battery")
    password_hash = db.execute("SELECT password_hash FROM users").fetchone()[0]
    db.close()
    process, port = _serve_explore(store_path, *(["--immutable"] if immutable else []))
    try:
        attempts = [
            "/nephelpdesk/users.json",
            "/nephelpdesk/users",
            "/nephelpdesk.json?sql=select+*+from+users",
            "/nephelpdesk.json?sql=select+name,password_hash+from+users",
            "/nephelpdesk.json?sql=select+count(*)+from+users",
            "/nephelpdesk.json?sql=select+*+from+audit_log",
            "/nephelpdesk.json?sql=select+*+from+case_notes",
            "/nephelpdesk.csv?sql=select+password_hash+from+users",
            "/nephelpdesk.db",
        ]
        for path in attempts:
            status, body = _get(port, path)
            # Datasette answers a failed CSV export with 200 and no rows.
            assert status >= 400 or body.strip() == "", (path, status, body[:300])
            assert password_hash not in body and "correct horse" not in body
        status, listing = _get(port, "/nephelpdesk.json")
        assert status == 200
        tables = {t["name"] for t in json.loads(listing)["tables"] if not t["hidden"]}
        assert "domains" in tables and not tables & {"users", "audit_log", "case_notes", "bodies"}
        # The analysis tables, views and every stored query still answer.
        assert _get(port, "/nephelpdesk.json?sql=select+count(*)+from+domains")[0] == 200
        assert _get(port, "/nephelpdesk/domain_status.json")[0] == 200
        for name in json.loads(_get(port, "/-/metadata.json")[1])["databases"]["nephelpdesk"][
            "queries"
        ]:
            status, body = _get(port, f"/nephelpdesk/{name}.json?quarter=")
            assert status == 200, (name, body[:300])
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_explore_warns_when_it_listens_beyond_this_machine(store_path):
    process, port = _serve_explore(store_path, "--host", "0.0.0.0")
    process.terminate()
    _, err = process.communicate(timeout=10)
    assert "warning: explore on 0.0.0.0" in err and "login" in err


def test_explore_opens_a_store_on_read_only_media_immutable(readonly_dir):
    from conftest import make_readonly

    src, view = readonly_dir
    db = open_store(src / "nephelpdesk.db")
    build_store(db)
    db.close()
    make_readonly(src)
    meta = print_metadata(view / "nephelpdesk.db")  # read through the CLI, immutable
    command = explore.datasette_command(view / "nephelpdesk.db", view / "m.json", "127.0.0.1", 1)
    assert command[command.index("serve") + 1] == "-i"
    assert "allow_download" in command and command[command.index("allow_download") + 1] == "off"
    writable = explore.datasette_command(src / "nephelpdesk.db", src / "m.json", "127.0.0.1", 1)
    assert "-i" not in writable
    assert "flagged_by_tld" in meta["databases"]["nephelpdesk"]["queries"]
