"""The discovery commands: watch-ct, discover, queries suggest/prune, partner-numbers."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from core.store import open_store
from crawler.sandbox.ctlog import CtLog, CtLogServer
from nephelpdesk.cli import cli


def invoke(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


@pytest.fixture
def log_server():
    import datetime as dt

    log = CtLog(11, dt.datetime(2025, 5, 1, tzinfo=dt.UTC))
    log.add(("norton-renew-helpdesk.com", "www.norton-renew-helpdesk.com"))
    log.add(("bakkerij-van-dijk.nl",), precert=True)
    log.add(("micros0ft-hulp.online",))
    with CtLogServer(log) as server:
        yield server


def test_watch_ct_once_lists_suspicious_names_and_resumes(tmp_path, log_server):
    db = tmp_path / "s.db"
    first = invoke(db, "watch-ct", "--log", log_server.url, "--once", "--json")
    assert first.exit_code == 0, first.output
    data = json.loads(first.output)[0]
    assert (data["next_index"], data["names"], data["queued"]) == (3, 4, 2)
    again = invoke(db, "watch-ct", "--log", log_server.url, "--once")
    assert again.exit_code == 0 and "entries 3..3 of 3" in again.output
    listed = invoke(db, "discover")
    assert "ct: 2 listed, 2 waiting" in listed.output
    urls = {r[0] for r in open_store(db).execute("SELECT url FROM crawl_list")}
    assert urls == {"https://norton-renew-helpdesk.com/", "https://micros0ft-hulp.online/"}


def test_watch_ct_refuses_a_log_that_is_no_url(tmp_path):
    result = invoke(tmp_path / "s.db", "watch-ct", "--log", "ct.example/log", "--once")
    assert result.exit_code != 0 and "not an http(s) URL" in result.output


def test_discover_counts_per_source(tmp_path):
    nrd = tmp_path / "nrd.txt"
    nrd.write_text("helpdesk-bitdefender.site\nkapsalon.nl\nnot a name\n", encoding="utf-8")
    result = invoke(tmp_path / "s.db", "discover", "--nrd", str(nrd), "--json")
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)[0]
    assert counts["source"] == "nrd" and counts["names"] == 2 and counts["queued"] == 1
    assert counts["skipped (not a domain name)"] == 1


def test_discover_names_a_missing_file_in_one_line(tmp_path):
    from nephelpdesk.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "s.db"), "discover", "--nrd", str(tmp_path / "none.txt")])
    assert exc.value.code == 2


def _store_with_runs(path):
    db = open_store(path)
    with db.conn:
        for run in (1, 2, 3):
            db.conn.execute("INSERT INTO runs (id, started, status) VALUES (?, 'x', 'finished')",
                            [run])  # fmt: skip
            db.conn.executemany(
                "INSERT INTO query_yield (run_id, query, origin, hits, new_domains, flagged_domains,"
                " pages_searched) VALUES (?,?,?,?,?,?,1)",
                [(run, "hulp windows", "list", 10, 1, 1 if run == 3 else 0),
                 (run, "printer offline help", "list", 8, 0, 0),
                 (run, "085 123 4567", "pivot", 3, 0, 0)],
            )  # fmt: skip
    return db


def test_queries_prune_proposes_queries_without_flagged_results(tmp_path):
    _store_with_runs(tmp_path / "s.db").close()
    result = invoke(tmp_path / "s.db", "queries", "prune", "--runs", "3")
    assert result.exit_code == 0, result.output
    assert (
        result.output.strip()
        == "printer offline help  # no flagged domain in its last 3 runs (24 hits)"
    )
    assert "no query" in invoke(tmp_path / "s.db", "queries", "prune", "--runs", "4").output


def _page(db, page_id, domain, title, heading):
    body = f"<html><head><title>{title}</title></head><body><h1>{heading}</h1></body></html>"
    sha = f"{page_id:064x}"
    db.conn.execute("INSERT OR IGNORE INTO domains VALUES (?, ?, 'x', 'x', 1)", [domain, domain])
    db.conn.execute("INSERT INTO bodies VALUES (?, ?, 0, ?)", [sha, len(body), body.encode()])
    db.conn.execute(
        "INSERT INTO pages (id, run_id, url, final_url, domain, status, body_sha256, fetched_at) "
        "VALUES (?, 1, ?, ?, ?, 200, ?, 'x')", [page_id, f"http://{domain}/", f"http://{domain}/",
                                                 domain, sha])  # fmt: skip


def test_queries_suggest_ranks_phrases_by_estimated_yield(tmp_path):
    db = _store_with_runs(tmp_path / "s.db")
    pages = [
        ("scam-a.com", "Windows storing oplossen", "Bel de Windows storing helpdesk", 1),
        ("scam-b.com", "Windows storing oplossen", "Windows storing helpdesk nu", 1),
        ("scam-c.com", "Snelle Windows storing hulp", "Windows storing oplossen", 1),
        ("news.nl", "Nieuws: Windows storing", "Oplichters en Windows storing", 0),
    ]
    with db.conn:
        for i, (domain, title, heading, flagged) in enumerate(pages, 1):
            _page(db, i, domain, title, heading)
            db.conn.execute(
                "INSERT INTO scores (domain, total, band, flagged, reasons, rules_version, "
                "scored_at) VALUES (?, 0, 'none', ?, '[]', 'v', 'x')", [domain, flagged])  # fmt: skip
    db.close()
    result = invoke(
        tmp_path / "s.db", "queries", "suggest", "--json", "--out", str(tmp_path / "p.txt")
    )
    assert result.exit_code == 0, result.output
    proposals = json.loads(result.output)
    first = proposals[0]
    assert first["query"] == "windows storing oplossen" and first["flagged"] == 3
    assert first["estimate"] == pytest.approx(0.8)
    storing = next(p for p in proposals if p["query"] == "windows storing")
    assert storing["domains"] == 4 and storing["estimate"] < first["estimate"]
    assert "hulp windows" not in {p["query"] for p in proposals}  # already a query
    assert (
        (tmp_path / "p.txt").read_text(encoding="utf-8").startswith("windows storing oplossen  # ")
    )


def test_partner_numbers_keep_source_and_date_and_skip_bad_lines(tmp_path):
    csv = tmp_path / "police.csv"
    csv.write_text("phone,date,note\n085 123 4567,2025-05-01,aangifte\nnonsense,,\n"
                   "+31 88 234 5678,01-05-2025,\n+31 85 303 1122,,\n", encoding="utf-8")  # fmt: skip
    result = invoke(tmp_path / "s.db", "partner-numbers", str(csv), "--source", "politie",
                    "--date", "2025-04-30")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "2 imported" in result.output and "2 skipped" in result.output
    rows = open_store(tmp_path / "s.db").execute(
        "SELECT e164, source, reported_on, pivot_run_id FROM partner_numbers ORDER BY e164").fetchall()  # fmt: skip
    assert rows == [("+31851234567", "politie", "2025-05-01", None),
                    ("+31853031122", "politie", "2025-04-30", None)]  # fmt: skip


def test_partner_numbers_hand_off_once(tmp_path):
    from crawler.discovery.crawllist import hand_off

    csv = tmp_path / "acm.csv"
    csv.write_text("e164\n+31851234567\n", encoding="utf-8")
    assert invoke(tmp_path / "s.db", "partner-numbers", str(csv), "--source", "ACM").exit_code == 0
    db = open_store(tmp_path / "s.db")
    with db.conn:
        db.conn.execute("INSERT INTO runs (id, started, status) VALUES (7, 'x', 'running')")
    hand_off(str(tmp_path / "s.db"), 7)
    hand_off(str(tmp_path / "s.db"), 8)
    rows = db.execute("SELECT e164, run_id, from_domain, queries FROM pivots").fetchall()
    assert len(rows) == 1 and rows[0][:3] == ("+31851234567", 7, "partner: ACM")
    assert "085 123 4567" in json.loads(rows[0][3])
