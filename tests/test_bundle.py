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

from crawler.evidence import load_body
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
        data = archive.read(f"snapshots/{sha}.bin")
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
