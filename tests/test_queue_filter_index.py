"""The queue's brand and country filters read case_tags, kept by triggers (issue 16).

Every combination of filters gives what a plain reading of the cases' summary columns
gives, after inserts, status changes, re-summaries and deletes; the brand filter's count
reads an index range, not every case.
"""

from __future__ import annotations

import itertools
import random

import pytest

from core.store import open_store
from takedown_queue.views import Filters, _count, list_cases

BRANDS = ("", ",microsoft,", ",apple,", ",microsoft,norton,", ",hp,")
COUNTRIES = ("", ",IN,", ",privacy,", ",IN,US,")
STATUSES = ("new", "in_review", "approved")


def _insert(db, i, rng):
    db.execute(
        "INSERT INTO cases (id, status, label, opened_at, updated_at, top_score, brands, countries,"
        " newest_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [i, rng.choice(STATUSES), f"case-{i}.nl", f"2026-0{rng.randrange(1, 10)}-01",
         f"2026-0{rng.randrange(1, 10)}-02", float(rng.randrange(0, 100)), rng.choice(BRANDS),
         rng.choice(COUNTRIES), f"2026-{rng.randrange(1, 13):02d}-01"],
    )  # fmt: skip


def _expected(db, f: Filters) -> list[int]:
    rows = db.execute("SELECT id, status, top_score, brands, countries FROM cases").fetchall()
    found = []
    for case_id, status, score, brands, countries in rows:
        if f.status and status != f.status:
            continue
        if f.min_score is not None and score < f.min_score:
            continue
        if f.brand and f",{f.brand.lower()}," not in brands.lower():
            continue
        if f.country and f",{f.country.lower()}," not in countries.lower():
            continue
        found.append(case_id)
    return sorted(found)


@pytest.fixture()
def db(tmp_path):
    store = open_store(tmp_path / "queue.db")
    rng = random.Random(16)
    for i in range(1, 301):
        _insert(store, i, rng)
    for i in range(1, 301, 7):  # triage moves cases on and refreshes their summaries
        store.execute("UPDATE cases SET status = 'approved', top_score = top_score + 1 WHERE id = ?", [i])
    for i in range(3, 301, 11):
        store.execute("UPDATE cases SET brands = ',apple,hp,', countries = ',US,' WHERE id = ?", [i])
    store.execute("DELETE FROM cases WHERE id IN (5, 6, 7)")
    yield store
    store.close()


def test_every_filter_combination_matches_the_summary_columns(db):
    combos = itertools.product(("", "in_review", "approved"), ("", "Microsoft", "hp"),
                               ("", "in", "PRIVACY"), (None, 50.0))  # fmt: skip
    for status, brand, country, score in combos:
        f = Filters(status=status, brand=brand, country=country, min_score=score)
        expected = _expected(db, f)
        assert _count(db, f) == len(expected), f
        shown = list_cases(db, f, page_size=1000)
        assert sorted(c["id"] for c in shown["cases"]) == expected, f
        assert shown["total"] == len(expected), f


def test_ascending_sorts_break_ties_in_their_own_direction(db):
    shown = list_cases(db, Filters(sort="opened", descending=False), page_size=1000)["cases"]
    keys = [(c["opened_at"], c["id"]) for c in shown]
    assert keys == sorted(keys)


def test_the_brand_count_reads_an_index_range_not_every_case(db):
    f = Filters(status="in_review", brand="microsoft", min_score=50.0)
    plan = " ".join(
        str(row[-1]) for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM case_tags t WHERE t.kind = 'brand'"
            " AND t.tag = 'microsoft' AND t.status = 'in_review' AND t.top_score >= 50"
        )
    )  # fmt: skip
    assert "SEARCH t USING" in plan and "SCAN" not in plan, plan
    assert _count(db, f) == len(_expected(db, f))
