"""The queue stays fast with 100,000 cases: filtered, sorted pages in milliseconds."""

from __future__ import annotations

import time

from core.store import open_store
from takedown_queue import views

CASES = 100_000


def test_queue_pages_fast_at_100k_cases(tmp_path):
    db = open_store(tmp_path / "big.db")
    statuses = ("new", "in_review", "approved", "rejected", "offline")
    rows = (
        (
            i,
            statuses[i % 5],
            f"site{i}.nl",
            "2024-07-01T00:00:00+00:00",
            f"2024-07-{1 + i % 28:02d}T00:00:00+00:00",
            i % 100,
            ",microsoft," if i % 3 else ",apple,",
            ",IN," if i % 2 else ",privacy,",
            f"2024-{1 + i % 12:02d}-01",
        )
        for i in range(1, CASES + 1)
    )
    db.conn.executemany(
        "INSERT INTO cases (id, status, label, opened_at, updated_at, top_score, brands,"
        " countries, newest_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.conn.commit()
    timings = {}
    for name, f in {
        "first page": views.Filters(),
        "status": views.Filters(status="new"),
        "status+brand+score+country": views.Filters(
            status="in_review", brand="apple", min_score=50, country="IN"
        ),
        "deep page": views.Filters(sort="updated", page=1500),
    }.items():
        start = time.perf_counter()
        result = views.list_cases(db, f, page_size=50)
        timings[name] = time.perf_counter() - start
        assert result["cases"], name
    print({k: f"{v * 1000:.0f} ms" for k, v in timings.items()})
    assert max(timings.values()) < 1.0, timings
