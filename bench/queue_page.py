"""Figure 4: time to render the review queue page with 100,000 cases over 1,000.

Cases are inserted the way triage leaves them (status, label, summary columns for the
filters), with one case domain each; the page is rendered by the real Flask app for a
logged-in prosecutor, as the browser would ask for it: the first page, a status filter,
a brand+score filter, and a deep page sorted by update time. The figure compares the
median of several renders of each view.
"""

from __future__ import annotations

import re
import statistics
import tempfile
import time
from pathlib import Path

from crawler.store import open_store
from takedown_queue.users import add_user
from takedown_queue.web.app import create_app

STATUSES = ("new", "in_review", "approved", "rejected", "offline")
BRANDS = (",microsoft,", ",apple,", ",norton,microsoft,", ",hp,")
COUNTRIES = (",IN,", ",PRIVACY,", ",NOT_PUBLISHED,", ",US,")
VIEWS = (
    "/",
    "/?status=new",
    "/?status=in_review&brand=apple&min_score=50",
    "/?sort=updated&page=10",
)
PASSWORD = "bench-password-1234"


def generate(path: Path, cases: int) -> None:
    db = open_store(path)
    rows = (
        (
            i,
            STATUSES[i % 5],
            f"helpdesk-{i:06d}.nl",
            f"2024-{1 + i % 12:02d}-01T00:00:00+00:00",
            f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T00:00:00+00:00",
            float(i % 100),
            BRANDS[i % len(BRANDS)],
            COUNTRIES[i % len(COUNTRIES)],
            f"2024-{1 + i % 12:02d}-01",
            1,
        )
        for i in range(1, cases + 1)
    )
    with db.conn:
        db.conn.executemany(
            "INSERT INTO cases (id, status, label, opened_at, updated_at, top_score, brands, "
            "countries, newest_created, domain_count) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        db.conn.executemany(
            "INSERT INTO case_domains (domain, case_id, link_reason, added_at, flagged_at) "
            "VALUES (?,?,?,?,?)",
            (
                (
                    f"helpdesk-{i:06d}.nl",
                    i,
                    "score",
                    "2024-07-01T00:00:00+00:00",
                    "2024-07-01T00:00:00+00:00",
                )
                for i in range(1, cases + 1)
            ),
        )
    add_user(db, "bench", "prosecutor", PASSWORD)
    db.close()


def render_time(path: Path, repeats: int) -> float:
    """Median over `repeats` rounds of the summed render time of every view."""
    app = create_app(path, secret_key="bench")
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    token = found.group(1) if found else ""
    login = client.post("/login", data={"name": "bench", "password": PASSWORD, "csrf_token": token})
    if login.status_code != 302:
        raise RuntimeError(f"bench login failed: {login.status_code}")
    rounds = []
    for _ in range(repeats + 1):
        started = time.perf_counter()
        for view in VIEWS:
            response = client.get(view)
            if response.status_code != 200 or b"helpdesk-" not in response.data:
                raise RuntimeError(f"queue page {view} failed: {response.status_code}")
        rounds.append(time.perf_counter() - started)
    return statistics.median(rounds[1:])  # the first round warms templates up


def measure(large: int, small: int, repeats: int = 15) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="nephelpdesk-bench-") as tmp:
        times = {}
        for size in (small, large):
            path = Path(tmp) / f"queue-{size}.db"
            generate(path, size)
            times[size] = render_time(path, repeats)
    return {
        "queue_growth": times[large] / times[small],
        "queue_small_ms": times[small] * 1000 / len(VIEWS),
        "queue_large_ms": times[large] * 1000 / len(VIEWS),
    }
