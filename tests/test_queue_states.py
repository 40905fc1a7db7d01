"""Case states: allowed transitions, roles, reasons, four-eyes, concurrent deciders."""

from __future__ import annotations

import threading

import pytest
from queue_fixture import build_store

from core.store import open_store
from takedown_queue import decisions, states
from takedown_queue.audit import verify
from takedown_queue.errors import CaseChanged, QueueError
from takedown_queue.triage import triage
from takedown_queue.users import User

PIM, PIA = User("pim", "prosecutor"), User("pia", "prosecutor")
ANA = User("ana", "analyst")


@pytest.fixture
def db(tmp_path):
    db = build_store(tmp_path / "store.db")
    triage(db)
    yield db
    db.close()


def status(db, case_id=1):
    return db.execute("SELECT status FROM cases WHERE id = ?", [case_id]).fetchone()[0]


def test_full_path_to_order_sent(db):
    for action, expected in [
        ("start-review", "in_review"),
        ("approve", "approved"),
        ("draft-order", "order_drafted"),
        ("send-order", "order_sent"),
    ]:
        assert decisions.decide(db, 1, action, user=PIM, why="evidence is clear") == expected
        assert status(db) == expected
    assert (
        db.execute(
            "SELECT count(*) FROM case_domains WHERE case_id = 1 AND ordered_at IS NULL"
        ).fetchone()[0]
        == 0
    )
    assert verify(db).ok


def test_forbidden_transitions_and_roles(db):
    with pytest.raises(QueueError, match="cannot draft-order"):
        decisions.decide(db, 1, "draft-order", user=PIM, why="x")
    with pytest.raises(QueueError, match="analyst may not approve"):
        decisions.decide(db, 1, "approve", user=ANA, why="x")
    with pytest.raises(QueueError, match="needs a reason"):
        decisions.decide(db, 1, "reject", user=PIM, why="  ")
    with pytest.raises(QueueError, match="unknown action"):
        decisions.decide(db, 1, "delete", user=PIM, why="x")
    assert status(db) == "new"


def test_analyst_can_triage_and_annotate(db):
    decisions.decide(db, 1, "start-review", user=ANA, why="taking it")
    decisions.annotate(db, 1, user=ANA, text="same call centre as case 7 in 2023")
    assert db.execute("SELECT author FROM case_notes").fetchone()[0] == "ana"


def test_four_eyes_needs_two_different_prosecutors(db):
    assert decisions.decide(db, 1, "approve", user=PIM, why="clear", four_eyes=True) == "new"
    with pytest.raises(QueueError, match="four-eyes"):
        decisions.decide(db, 1, "approve", user=PIM, why="again", four_eyes=True)
    assert decisions.decide(db, 1, "approve", user=PIA, why="agree", four_eyes=True) == "approved"


def test_stale_version_loses(db):
    seen = db.execute("SELECT version FROM cases WHERE id = 1").fetchone()[0]
    decisions.decide(db, 1, "reject", user=PIA, why="legit", expected_version=seen)
    with pytest.raises(CaseChanged, match="changed since you opened it"):
        decisions.decide(db, 1, "approve", user=PIM, why="scam", expected_version=seen)
    assert status(db) == "rejected"


def test_two_deciders_at_once_on_two_connections(tmp_path):
    path = tmp_path / "store.db"
    build_store(path).close()
    setup = open_store(path)
    triage(setup)
    seen = setup.execute("SELECT version FROM cases WHERE id = 1").fetchone()[0]
    setup.close()
    barrier, results = threading.Barrier(2), {}

    def decide(user, action):
        conn = open_store(path)
        barrier.wait()
        try:
            results[user.name] = decisions.decide(
                conn, 1, action, user=user, why="at once", expected_version=seen
            )
        except CaseChanged as exc:
            results[user.name] = exc
        finally:
            conn.close()

    threads = [
        threading.Thread(target=decide, args=(PIM, "approve")),
        threading.Thread(target=decide, args=(PIA, "reject")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    winners = [n for n, r in results.items() if isinstance(r, str)]
    losers = [n for n, r in results.items() if isinstance(r, CaseChanged)]
    assert len(winners) == 1 and len(losers) == 1, results
    check = open_store(path)
    assert (
        check.execute(
            "SELECT count(*) FROM audit_log WHERE case_id = 1 AND action IN ('approve', 'reject')"
        ).fetchone()[0]
        == 1
    )
    assert verify(check).ok


def test_every_transition_names_a_role_and_known_states():
    for t in states.TRANSITIONS:
        assert t.roles and t.target in states.STATES
        assert set(t.sources) <= set(states.STATES)
