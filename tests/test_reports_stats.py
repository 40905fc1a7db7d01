"""Statistics against hand-computed expectations on the fixture store (test_reports_fixture)."""

from __future__ import annotations

import pytest
from test_reports_fixture import build_store, fill_real_queue, install_queue

from reports.source import domain_rows, network_of
from reports.stats import compute, statistic


@pytest.fixture
def fixture_db(store):
    return build_store(store)


def _counts(table, column, value="domains"):
    return {row[column]: row[value] for row in table.rows}


def test_registrant_country_keeps_three_non_country_categories(fixture_db):
    table = compute(fixture_db, "country")
    assert table.columns == ["registrant_country", "domains", "share"]
    assert _counts(table, "registrant_country") == {
        "IN": 4,
        "privacy-shielded": 3,
        "not published by registry": 1,
        "unknown": 1,
        "US": 1,
    }
    assert _counts(table, "registrant_country", "share")["IN"] == 40.0
    # the proxies' own countries (IS, PA) never appear
    assert not {"IS", "PA"} & set(_counts(table, "registrant_country"))


def test_country_by_quarter(fixture_db):
    table = compute(fixture_db, "country", period="quarter")
    assert table.columns[0] == "period"
    got = {(r["period"], r["registrant_country"]): r["domains"] for r in table.rows}
    assert got == {
        ("2024-Q3", "IN"): 4,
        ("2024-Q3", "privacy-shielded"): 3,
        ("2024-Q3", "not published by registry"): 1,
        ("2024-Q4", "unknown"): 1,
        ("2024-Q4", "US"): 1,
    }
    q4_shares = [r["share"] for r in table.rows if r["period"] == "2024-Q4"]
    assert q4_shares == [50.0, 50.0]


def test_registrar_tld_created_month(fixture_db):
    assert _counts(compute(fixture_db, "registrar"), "registrar") == {
        "Alpha Registrar": 3,
        "Beta Names": 3,
        "Gamma Domains": 2,
        "Delta B.V.": 1,
        "unknown": 1,
    }
    assert _counts(compute(fixture_db, "tld"), "tld") == {
        "com": 5,
        "net": 1,
        "org": 1,
        "info": 1,
        "nl": 1,
        "us": 1,
    }
    assert _counts(compute(fixture_db, "created-month"), "created_month") == {
        "2024-06": 2,
        "2024-05": 1,
        "2023-01": 1,
        "2024-07": 1,
        "2024-08": 1,
        "2024-09": 2,
        "unknown": 2,
    }


def test_brands_count_each_domain_once(fixture_db):
    # every fixture domain has two pages with the same brands: counted once per domain
    assert _counts(compute(fixture_db, "brand"), "brand") == {
        "microsoft": 4,
        "apple": 2,
        "norton": 1,
        "mcafee": 1,
        "avast": 1,
        "hp": 1,
        "dell": 1,
    }
    every = _counts(compute(fixture_db, "brand", status="all"), "brand")
    assert every["no brand"] == 1 and every["microsoft"] == 5  # reparatie-thuis.nl; the news site


def test_phone_countries(fixture_db):
    table = compute(fixture_db, "phone-country")
    got = {r["phone_country"]: (r["numbers"], r["domains"]) for r in table.rows}
    assert got == {"NL": (4, 5), "IN": (2, 2), "GB": (1, 1), "US": (1, 1), "unknown": (1, 1)}


def test_age_at_detection_buckets_in_order(fixture_db):
    table = compute(fixture_db, "age")
    assert [(r["age_at_detection"], r["domains"]) for r in table.rows] == [
        ("0-7 days", 1),
        ("8-30 days", 4),
        ("31-90 days", 1),
        ("91-365 days", 1),
        ("over 1 year", 1),
        ("unknown", 2),
    ]


def test_status_all_includes_unflagged(fixture_db):
    table = compute(fixture_db, "country", status="all")
    assert _counts(table, "registrant_country")["not published by registry"] == 3


def test_without_queue_view_approved_and_offline_are_empty(fixture_db):
    assert all(r.status is None for r in domain_rows(fixture_db))
    for status in ("approved", "offline"):
        table = compute(fixture_db, "country", status=status)
        assert table.rows == [] and table.columns == ["registrant_country", "domains", "share"]
    assert compute(fixture_db, "takedown-registrar").rows == []


def test_with_queue_view_statuses(fixture_db):
    install_queue(fixture_db)
    rows = {r.domain: r for r in domain_rows(fixture_db)}
    assert rows["norton-hulp.org"].status == "in_review"
    # approved: msft-hulp, windows-support-nl, hulp-pc (.com) and apple-helpdesk (.net)
    assert _counts(compute(fixture_db, "tld", status="approved"), "tld") == {"com": 3, "net": 1}
    assert _counts(compute(fixture_db, "tld", status="offline"), "tld") == {"com": 3, "net": 1}


def test_takedown_speed_by_registrar_and_network(fixture_db):
    install_queue(fixture_db)
    by_registrar = {r["registrar"]: r for r in compute(fixture_db, "takedown-registrar").rows}
    assert set(by_registrar) == {"Alpha Registrar", "Beta Names"}
    alpha = by_registrar["Alpha Registrar"]
    # order -> offline: 4, 10, 1 days; detection -> offline: 13, 20, 3 days
    assert alpha["taken_down"] == 3
    assert alpha["median_days_order_to_offline"] == 4.0
    assert alpha["median_days_detection_to_offline"] == 13.0
    assert by_registrar["Beta Names"]["median_days_order_to_offline"] == 14.0
    by_network = {
        r["network"]: r["taken_down"] for r in compute(fixture_db, "takedown-network").rows
    }
    assert by_network == {"203.0.113.0/24": 3, "198.51.100.0/24": 1}


def test_trend_per_quarter(fixture_db):
    install_queue(fixture_db)
    rows = {r["period"]: r for r in compute(fixture_db, "trend").rows}
    assert rows["2024-Q3"] == {
        "period": "2024-Q3",
        "domains": 8,
        "flagged": 8,
        "numbers": 7,
        "dutch_numbers": 4,
        "approved": 4,
        "offline": 4,
        "median_days_detection_to_offline": 16.0,
    }
    assert rows["2024-Q4"]["numbers"] == 1 and rows["2024-Q4"]["offline"] == 0
    assert rows["2024-Q4"]["median_days_detection_to_offline"] is None


def test_flag_time_periods_need_the_queue(fixture_db):
    assert compute(fixture_db, "country", period="quarter", when="flagged").rows == []
    install_queue(fixture_db)
    table = compute(fixture_db, "tld", period="quarter", when="flagged")
    assert {(r["period"], r["tld"]): r["domains"] for r in table.rows} == {
        ("2024-Q3", "com"): 3,
        ("2024-Q3", "net"): 1,
        ("2024-Q3", "org"): 1,
        ("2024-Q4", "us"): 1,
    }


def test_one_period_only(fixture_db):
    assert _counts(compute(fixture_db, "country", only="2024-Q4"), "registrant_country") == {
        "unknown": 1,
        "US": 1,
    }
    assert compute(fixture_db, "country", only="2023-Q1").rows == []
    assert _counts(compute(fixture_db, "tld", only="2024-07"), "tld") == {"com": 3}


def test_empty_store_gives_headers_only(store):
    for by in ("country", "brand", "phone-country", "trend", "takedown-network"):
        table = compute(store, by, period="quarter")
        assert table.rows == [] and table.columns


def test_unknown_by_is_a_clear_error(store):
    with pytest.raises(ValueError, match="unknown --by 'colour'"):
        statistic([], "colour")


def test_network_of():
    assert network_of("203.0.113.77") == "203.0.113.0/24"
    assert network_of("2001:db8:1:2::5") == "2001:db8:1::/48"
    assert network_of(None) == "unknown" and network_of("not-an-ip") == "unknown"


def test_with_the_queues_real_view(store):
    """The takedown queue's own domain_status view gives the same numbers as the stand-in."""
    pytest.importorskip("takedown_queue.schema")
    build_store(store, keep_view=True)
    fill_real_queue(store)
    assert store.execute(
        "SELECT type FROM sqlite_master WHERE name = 'domain_status'"
    ).fetchone() == ("view",)
    rows = {r.domain: r for r in domain_rows(store)}
    assert rows["norton-hulp.org"].status == "in_review"
    alpha = next(
        r for r in compute(store, "takedown-registrar").rows if r["registrar"] == "Alpha Registrar"
    )
    assert (alpha["taken_down"], alpha["median_days_order_to_offline"]) == (3, 4.0)
    assert _counts(compute(store, "tld", status="approved"), "tld") == {"com": 3, "net": 1}
