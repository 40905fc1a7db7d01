"""Takedown order drafts: Dutch, art. 125p Sv, abuse contacts, domains, evidence, links."""

from __future__ import annotations

import pytest
from queue_fixture import XSS, build_store

from takedown_queue import decisions, orders
from takedown_queue.errors import QueueError
from takedown_queue.triage import triage
from takedown_queue.users import User

PIM = User("pim", "prosecutor")


@pytest.fixture
def db(tmp_path):
    db = build_store(tmp_path / "store.db")
    triage(db)
    yield db
    db.close()


def test_order_needs_an_approved_case(db):
    with pytest.raises(QueueError, match="needs an approved case"):
        orders.order_html(db, 1)


def test_order_html_content(db):
    decisions.decide(db, 1, "approve", user=PIM, why="clear")
    html = orders.order_html(db, 1)
    assert "Bevel ontoegankelijkmaking" in html and "artikel 125p" in html.lower()
    for domain in (
        "apple-support-bellen.nl",
        "microsoft-hulp-helpdesk.nl",
        "windows-storing-hulp.com",
    ):
        assert domain in html
    assert "abuse@apple-su-registrar.example" in html and "192.0.2.10" in html
    body_sha = db.execute(
        "SELECT body_sha256 FROM pages WHERE domain = 'apple-support-bellen.nl'"
    ).fetchone()[0]
    assert body_sha in html


def test_hostile_whois_field_is_escaped_in_html_and_pdf(db):
    decisions.decide(db, 2, "approve", user=PIM, why="clear")
    html = orders.order_html(db, 2)
    assert XSS not in html and "&lt;script&gt;" in html
    pdf = orders.order_pdf(db, 2)
    assert pdf.startswith(b"%PDF") and len(pdf) > 1500


def test_linked_domains_listed(db):
    decisions.decide(db, 2, "reject", user=PIM, why="looked legit")
    from queue_fixture import SITES, add_site

    add_site(
        db,
        1,
        {
            **SITES[3],
            "domain": "norton-hulp-nu.nl",
            "url": "https://norton-hulp-nu.nl/",
            "body": "<html>clone</html>",
        },
    )
    triage(db)
    new_case = db.execute(
        "SELECT case_id FROM case_domains WHERE domain='norton-hulp-nu.nl'"
    ).fetchone()[0]
    decisions.decide(db, new_case, "approve", user=PIM, why="clone of a known site")
    text = orders.order_text(db, new_case)
    linked = text.split("## Gekoppelde domeinnamen")[1]
    assert "norton-helpdesk.online" in linked and "zaak 2" in linked
