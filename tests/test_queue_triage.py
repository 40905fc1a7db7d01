"""Triage: flagged domains open cases or join the campaign they share a phone/template with."""

from __future__ import annotations

import pytest
from queue_fixture import FLAGGED, SHARED_PHONE, SITES, add_site, build_store

from takedown_queue import decisions
from takedown_queue.triage import triage
from takedown_queue.users import User

PROSECUTOR = User("pim", "prosecutor")


@pytest.fixture
def db(tmp_path):
    db = build_store(tmp_path / "store.db")
    yield db
    db.close()


def case_of(db, domain):
    return db.execute("SELECT case_id FROM case_domains WHERE domain = ?", [domain]).fetchone()[0]


def test_campaign_grouped_by_phone_and_template(db):
    counts = triage(db)
    assert counts["opened"] + counts["joined"] == len(FLAGGED)
    ms, win, apple, norton = (case_of(db, d) for d in FLAGGED)
    assert ms == win, "shared phone number joins one case"
    assert ms == apple, "cloned template joins the same case"
    assert norton != ms
    reasons = dict(db.execute("SELECT domain, link_reason FROM case_domains").fetchall())
    assert (
        SHARED_PHONE in reasons["windows-storing-hulp.com"]
        or "template" in reasons["windows-storing-hulp.com"]
    )


def test_unflagged_and_allow_listed_stay_out(db):
    counts = triage(db)
    queued = {r[0] for r in db.execute("SELECT domain FROM case_domains")}
    assert queued == set(FLAGGED)
    assert counts["allow_listed_skipped"] == 1


def test_triage_twice_changes_nothing(db):
    triage(db)
    before = db.execute("SELECT count(*), sum(version) FROM cases").fetchone()
    assert triage(db) == {
        "opened": 0,
        "joined": 0,
        "opened_linked": 0,
        "split": 0,
        "reopened": 0,
        "allow_listed_skipped": 1,
        "bad_fingerprints": 0,
    }
    assert db.execute("SELECT count(*), sum(version) FROM cases").fetchone() == before


def test_summary_columns_follow_domains(db):
    triage(db)
    row = db.execute(
        "SELECT top_score, brands, countries, domain_count FROM cases WHERE id = ?",
        [case_of(db, "apple-support-bellen.nl")],
    ).fetchone()
    assert row == (85.0, ",apple,microsoft,", ",IN,privacy,", 3)


def test_new_site_like_a_closed_case_opens_a_linked_case(db):
    triage(db)
    norton = case_of(db, "norton-helpdesk.online")
    decisions.decide(db, norton, "reject", user=PROSECUTOR, why="repair shop after all")
    clone = {
        **SITES[3],
        "domain": "norton-hulp-nu.nl",
        "url": "https://norton-hulp-nu.nl/",
        "body": "<html>other body</html>",
    }
    add_site(db, 1, clone)
    counts = triage(db)
    assert counts["opened_linked"] == 1
    linked = db.execute(
        "SELECT linked_case_id FROM cases WHERE id = ?", [case_of(db, "norton-hulp-nu.nl")]
    ).fetchone()[0]
    assert linked == norton


def test_rejected_domain_that_changes_materially_is_reopened(db):
    triage(db)
    norton = case_of(db, "norton-helpdesk.online")
    decisions.decide(db, norton, "reject", user=PROSECUTOR, why="not a scam")
    assert triage(db)["reopened"] == 0, "unchanged: stays rejected"
    page = db.execute("SELECT id FROM pages WHERE domain = 'norton-helpdesk.online'").fetchone()[0]
    db.execute(
        "INSERT INTO page_phones (page_id, e164, raw, kind, country, valid) VALUES (?, '+31850000000', '085', 'fixed_line', 'NL', 1)", [page]
    )
    db.conn.commit()
    assert triage(db)["reopened"] == 1
    assert db.execute("SELECT status FROM cases WHERE id = ?", [norton]).fetchone()[0] == "reopened"


def test_reject_with_allow_list_keeps_domain_out(db):
    triage(db)
    norton = case_of(db, "norton-helpdesk.online")
    decisions.decide(db, norton, "reject", user=PROSECUTOR, why="legit", allow_list=True)
    page = db.execute("SELECT id FROM pages WHERE domain = 'norton-helpdesk.online'").fetchone()[0]
    db.execute(
        "INSERT INTO page_phones (page_id, e164, raw, kind, country, valid) VALUES (?, '+31850000000', '085', 'fixed_line', 'NL', 1)", [page]
    )
    db.conn.commit()
    assert triage(db)["reopened"] == 0
    assert (
        db.execute(
            "SELECT added_by FROM allow_list WHERE domain='norton-helpdesk.online'"
        ).fetchone()[0]
        == "pim"
    )
