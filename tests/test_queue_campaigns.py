"""Campaign cases a prosecutor can decide: each domain decided inside its case (approve,
reject, hold), and a campaign split into linked cases of at most `max_case_domains`."""

from __future__ import annotations

import re

import pytest
from queue_fixture import SHARED_PHONE, SITES, add_site, build_store

from takedown_queue import decisions, orders, states
from takedown_queue.config import load_config
from takedown_queue.errors import CaseChanged, QueueError
from takedown_queue.recheck import recheck
from takedown_queue.triage import triage
from takedown_queue.users import User

PIM = User("pim", "prosecutor")
CASE1 = ("apple-support-bellen.nl", "microsoft-hulp-helpdesk.nl", "windows-storing-hulp.com")


@pytest.fixture
def db(tmp_path):
    db = build_store(tmp_path / "store.db")
    yield db
    db.close()


def small_cases(tmp_path, size):
    path = tmp_path / "queue.local.toml"
    path.write_text(f"max_case_domains = {size}\n")
    return load_config(path)


def add_clones(db, n):
    for i in range(n):
        domain = f"microsoft-hulp-{i:02d}.nl"
        site = {**SITES[0], "domain": domain, "url": f"https://{domain}/", "fp": f"{i:016x}"}
        add_site(db, 1, {**site, "phone": SHARED_PHONE, "body": f"<html>clone {i}</html>"})
    db.conn.commit()


def test_a_growing_campaign_is_split_into_linked_cases(db, tmp_path):
    add_clones(db, 7)
    counts = triage(db, small_cases(tmp_path, 4))
    sizes = db.execute(
        "SELECT c.id, c.domain_count, c.linked_case_id FROM cases c"
        " WHERE c.id IN (SELECT case_id FROM case_domains WHERE domain IN"
        " (SELECT domain FROM page_phones pp JOIN pages p ON p.id = pp.page_id"
        "  WHERE pp.e164 = ?)) ORDER BY c.id",
        [SHARED_PHONE],
    ).fetchall()
    assert [s[1] for s in sizes] == [4, 4, 1]  # 2 fixture domains + 7 clones, by number
    assert [s[2] for s in sizes] == [None, sizes[0][0], sizes[1][0]]  # each part links back
    assert counts["split"] == 2
    reason = db.execute(
        "SELECT link_reason FROM case_domains WHERE case_id = ? ORDER BY added_at LIMIT 1",
        [sizes[1][0]],
    ).fetchone()[0]
    assert f"campaign continues from case {sizes[0][0]} (full at 4 domains)" in reason
    assert triage(db, small_cases(tmp_path, 4))["split"] == 0  # idempotent


def test_max_case_domains_is_validated(tmp_path):
    from core.errors import ConfigError

    with pytest.raises(ConfigError, match="max_case_domains must be 1 or more"):
        small_cases(tmp_path, 0)


@pytest.fixture
def case1(db):
    triage(db)
    assert {r[0] for r in db.execute("SELECT domain FROM case_domains WHERE case_id = 1")} == set(
        CASE1
    )
    return db


def test_rejected_and_held_domains_get_no_order(case1):
    decisions.decide_domain(case1, 1, CASE1[2], "reject", user=PIM, why="repair shop page")
    decisions.decide_domain(case1, 1, CASE1[0], "hold", user=PIM, why="ask the hoster first")
    decisions.decide(case1, 1, "approve", user=PIM, why="the rest is clear")
    named = {d for r in orders.order_recipients(case1, 1) for d in r.domains}
    assert named == {CASE1[1]}
    for r in orders.order_recipients(case1, 1):
        text = orders.order_text(case1, 1, r.key)
        assert CASE1[0] not in text and CASE1[2] not in text
    logged = case1.execute(
        "SELECT actor, why, details FROM audit_log WHERE action = 'decide-domain' ORDER BY id"
    ).fetchall()
    assert [(a, w) for a, w, _ in logged] == [
        ("pim", "repair shop page"),
        ("pim", "ask the hoster first"),
    ]


def test_order_sent_and_recheck_cover_only_ordered_domains(case1):
    decisions.decide_domain(case1, 1, CASE1[2], "reject", user=PIM, why="not this one")
    for action in ("approve", "draft-order", "send-order"):
        decisions.decide(case1, 1, action, user=PIM, why=action)
    ordered = dict(case1.execute("SELECT domain, ordered_at FROM case_domains WHERE case_id = 1"))
    assert ordered[CASE1[2]] is None and ordered[CASE1[0]] and ordered[CASE1[1]]
    counts = recheck(case1, lambda url: None)  # every site gone
    assert counts["checked"] == 2 and counts["cases_offline"] == 1


def test_nothing_left_to_approve(case1):
    for domain in CASE1:
        decisions.decide_domain(case1, 1, domain, "reject", user=PIM, why="all legit")
    with pytest.raises(QueueError, match="nothing left to approve"):
        decisions.decide(case1, 1, "approve", user=PIM, why="oops")


def test_domain_decisions_need_a_prosecutor_a_reason_an_open_case_and_a_fresh_version(case1):
    with pytest.raises(QueueError, match="needs prosecutor"):
        decisions.decide_domain(case1, 1, CASE1[0], "reject", user=User("ana", "analyst"), why="x")
    with pytest.raises(QueueError, match="needs a reason"):
        decisions.decide_domain(case1, 1, CASE1[0], "reject", user=PIM, why=" ")
    with pytest.raises(QueueError, match="one of approve, reject, hold"):
        decisions.decide_domain(case1, 1, CASE1[0], "delete", user=PIM, why="x")
    with pytest.raises(QueueError, match="is not in case 1"):
        decisions.decide_domain(case1, 1, "norton-helpdesk.online", "hold", user=PIM, why="x")
    version = case1.execute("SELECT version FROM cases WHERE id = 1").fetchone()[0]
    decisions.decide_domain(
        case1, 1, CASE1[0], "approve", user=PIM, why="ok", expected_version=version
    )
    with pytest.raises(CaseChanged):
        decisions.decide_domain(
            case1, 1, CASE1[1], "hold", user=PIM, why="x", expected_version=version
        )
    for action in ("approve", "draft-order", "send-order"):
        decisions.decide(case1, 1, action, user=PIM, why=action)
    with pytest.raises(QueueError, match="can no longer be decided"):
        decisions.decide_domain(case1, 1, CASE1[1], "hold", user=PIM, why="too late")
    assert states.OPEN_STATES[0] == "new"


def test_web_form_decides_one_domain(case1, tmp_path):
    from takedown_queue.users import add_user
    from takedown_queue.web.app import create_app

    add_user(case1, "pim", "prosecutor", "correct horse battery")
    app = create_app(tmp_path / "store.db", secret_key="t")
    client = app.test_client()
    token = lambda html: re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)  # noqa: E731
    client.post(
        "/login",
        data={"name": "pim", "password": "correct horse battery",
              "csrf_token": token(client.get("/login").get_data(as_text=True))},
    )  # fmt: skip
    html = client.get("/case/1").get_data(as_text=True)
    assert html.count('class="domain-decision"') == 3
    response = client.post(
        "/case/1/domain-decision",
        data={"csrf_token": token(html), "domain": CASE1[1], "decision": "hold", "why": "wait"},
    )
    assert response.status_code == 302
    assert case1.execute(
        "SELECT decision, decided_by FROM case_domains WHERE domain = ?", [CASE1[1]]
    ).fetchone() == ("hold", "pim")
    assert "on hold" in client.get("/case/1").get_data(as_text=True)


def test_an_oversized_open_case_from_before_is_cut_into_linked_parts(db, tmp_path):
    add_clones(db, 7)
    triage(db)  # default limit 10: one campaign case of 9
    big = db.execute("SELECT id, domain_count FROM cases ORDER BY domain_count DESC").fetchone()
    assert big[1] == 9
    counts = triage(db, small_cases(tmp_path, 4))
    assert counts["split"] == 2
    parts = db.execute(
        "SELECT id, domain_count, linked_case_id FROM cases WHERE id = ? OR campaign_key ="
        " (SELECT campaign_key FROM cases WHERE id = ?) ORDER BY id",
        [big[0], big[0]],
    ).fetchall()
    assert [p[1] for p in parts] == [4, 4, 1]
    assert parts[1][2] == big[0] and parts[2][2] == parts[1][0]
    from takedown_queue import audit

    assert audit.verify(db, use_key_file=False).ok  # moves logged, states consistent
    logged = db.execute("SELECT count(*) FROM audit_log WHERE action = 'split'").fetchone()[0]
    assert logged == 2
