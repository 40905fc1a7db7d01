"""Figure 4: time to render the review queue page with 100,000 cases over 1,000.

Cases are inserted the way triage leaves them (status, label, summary columns for the
filters), with one case domain each; the page is rendered by the real Flask app for a
logged-in prosecutor, as the browser would ask for it: the first page, a status filter,
each filter a prosecutor uses (status, brand, country, registration age, a
status+brand+score combination), a deep page sorted by update time and a status sorted
by opening date. Each view's growth is its median render time at the large size over the
small one; the figure is the worst view's growth (issue 16), every view printed beside it.
"""

from __future__ import annotations

import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from flask.testing import FlaskClient

from core.store import open_store
from takedown_queue.users import add_user
from takedown_queue.web.app import create_app

STATUSES = ("new", "in_review", "approved", "rejected", "offline")
BRANDS = (",microsoft,", ",apple,", ",norton,microsoft,", ",hp,")
COUNTRIES = (",IN,", ",PRIVACY,", ",NOT_PUBLISHED,", ",US,")
# The queue page as a prosecutor opens it, and the views the filters make; the figure
# is the worst of their growths (see README, Performance).
FIGURE_VIEW = "/"
DETAIL_VIEWS = (
    "/?status=new",
    "/?brand=microsoft",
    "/?country=IN",
    "/?max_age_days=900",
    "/?status=in_review&brand=apple&min_score=50",
    "/?sort=updated&page=10",
    "/?status=approved&sort=opened&dir=asc",
)
PASSWORD = "bench-password-1234"


def _case(i: int, rng: random.Random) -> tuple[object, ...]:
    # Attributes drawn independently, as in a real queue: a status, brand or score
    # that always came together would make some filters look faster or slower.
    month = rng.randrange(1, 13)
    return (
        i,
        rng.choice(STATUSES),
        f"helpdesk-{i:06d}.nl",
        f"2024-{month:02d}-01T00:00:00+00:00",
        f"2024-{month:02d}-{rng.randrange(1, 29):02d}T00:00:00+00:00",
        float(rng.randrange(30, 100)),
        rng.choice(BRANDS),
        rng.choice(COUNTRIES),
        f"2024-{rng.randrange(1, 13):02d}-01",
        1,
    )


def generate(path: Path, cases: int, seed: int = 4) -> None:
    db = open_store(path)
    rng = random.Random(seed)
    rows = [_case(i, rng) for i in range(1, cases + 1)]
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


def _client(path: Path) -> FlaskClient:
    """A test client logged in as a prosecutor, through the real login form."""
    client = create_app(path, secret_key="bench").test_client()
    page = client.get("/login").get_data(as_text=True)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    token = found.group(1) if found else ""
    login = client.post("/login", data={"name": "bench", "password": PASSWORD, "csrf_token": token})
    if login.status_code != 302:
        raise RuntimeError(f"bench login failed: {login.status_code}")
    return client


def render_times(path: Path, repeats: int) -> dict[str, float]:
    """Per view, the median render time over `repeats` renders (after one warm-up)."""
    client = _client(path)
    out = {}
    for view in (FIGURE_VIEW, *DETAIL_VIEWS):
        times = []
        for _ in range(repeats + 1):
            started = time.perf_counter()
            response = client.get(view)
            times.append(time.perf_counter() - started)
            if response.status_code != 200 or b"helpdesk-" not in response.data:
                raise RuntimeError(f"queue page {view} failed: {response.status_code}")
        out[view] = statistics.median(times[1:])  # the first render warms templates up
    return out


def measure(large: int, small: int, repeats: int = 21) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="nephelpdesk-bench-") as tmp:
        times = {}
        for size in (small, large):
            path = Path(tmp) / f"queue-{size}.db"
            generate(path, size)
            times[size] = render_times(path, repeats)
    views = (FIGURE_VIEW, *DETAIL_VIEWS)
    growth = {view: times[large][view] / times[small][view] for view in views}
    worst = max(views, key=growth.__getitem__)
    result = {"queue_growth": growth[worst], "opened_page_growth": growth[FIGURE_VIEW]}
    for view in views:
        result[f"{view} ms {small}"] = times[small][view] * 1000
        result[f"{view} ms {large}"] = times[large][view] * 1000
        result[f"{view} growth"] = growth[view]
    print(f"# queue worst view: {worst}", flush=True)
    return result
