"""Evidence bundle: every snapshot, raw registration answer, reason and search hit, with a
manifest whose SHA-256 values match the files."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile

import pytest
from queue_fixture import build_store

from core.evidence import load_body
from takedown_queue.bundle import build_bundle, verify_bundle
from takedown_queue.errors import QueueError
from takedown_queue.triage import triage


@pytest.fixture
def db(tmp_path):
    db = build_store(tmp_path / "store.db")
    triage(db)
    yield db
    db.close()


def test_bundle_contents_match_the_store(db):
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(db, 1)))
    names = archive.namelist()
    bodies = [
        r[0]
        for r in db.execute(
            "SELECT p.body_sha256 FROM pages p JOIN case_domains cd ON cd.domain = p.domain"
            " WHERE cd.case_id = 1"
        )
    ]
    for sha in bodies:
        data = archive.read(f"snapshots/{sha}.source.txt")
        assert (
            hashlib.sha256(data).hexdigest()
            == sha
            == hashlib.sha256(load_body(db, sha)).hexdigest()
        )
    assert sum(n.startswith("registration/") for n in names) == 3
    reasons = json.loads(archive.read("reasons.json"))
    assert reasons["windows-storing-hulp.com"][1]["indicator"] == "phone_reused"
    hits = list(csv.DictReader(io.StringIO(archive.read("search_hits.csv").decode())))
    assert {h["domain"] for h in hits} == set(reasons)
    assert {"query", "engine", "rank", "seen_at"} <= set(hits[0])
    manifest = json.loads(archive.read("manifest.json"))
    assert {f["name"] for f in manifest["files"]} == set(names) - {"manifest.json"}


def test_verify_bundle_catches_a_changed_file(db):
    data = build_bundle(db, 1)
    assert verify_bundle(data) == []
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as tampered:
        for name in source.namelist():
            content = source.read(name)
            tampered.writestr(name, content + b" " if name == "reasons.json" else content)
    assert verify_bundle(out.getvalue()) == ["reasons.json: hash differs"]


def test_unknown_case(db):
    with pytest.raises(QueueError, match="no case 99"):
        build_bundle(db, 99)


def index_entries(archive):
    """(name, sha256) of every row of the Dutch index page."""
    import re

    page = archive.read("index.html").decode()
    return re.findall(
        r'<a href="([^"]+)">[^<]+</a></td><td>.*?<code class=sha>([0-9a-f]{64})', page
    )


def test_every_item_matches_its_hash_in_the_dutch_index(db):
    from takedown_queue import decisions
    from takedown_queue.users import User

    decisions.decide(db, 1, "approve", user=User("pim", "prosecutor"), why="clear")
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(db, 1)))
    entries = dict(index_entries(archive))
    assert set(entries) == set(archive.namelist()) - {"index.html", "manifest.json"}
    for name, sha in entries.items():
        assert hashlib.sha256(archive.read(name)).hexdigest() == sha, name
    assert any(n.startswith("orders/") and n.endswith(".pdf") for n in entries)
    assert sum(n.startswith("orders/") and n.endswith(".html") for n in entries) == 3
    assert "Bewijsbundel nephelpdesk-zaak 1" in archive.read("index.html").decode()


def test_snapshots_inert_registration_with_its_extension_and_the_audit_extract(db):
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(db, 2)))
    names = archive.namelist()
    [view] = [n for n in names if n.startswith("snapshots/") and n.endswith(".html")]
    text = archive.read(view).decode()
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    assert '<iframe sandbox=""' in text and "<script>" not in text  # escaped into srcdoc
    assert "registration/norton-helpdesk.online-whois.txt" in names
    audit_rows = list(csv.DictReader(io.StringIO(archive.read("auditlog.csv").decode())))
    assert audit_rows and {r["case_id"] for r in audit_rows} == {"2"}
    head = json.loads(archive.read("manifest.json"))["audit_head"]
    last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert (head["row"], head["value"]) == last
    assert last[1] in archive.read("index.html").decode()


def test_rdap_answers_are_json_files(db):
    db.execute("UPDATE registrations SET source = 'rdap' WHERE domain = 'norton-helpdesk.online'")
    db.conn.commit()
    names = zipfile.ZipFile(io.BytesIO(build_bundle(db, 2))).namelist()
    assert "registration/norton-helpdesk.online-rdap.json" in names
