"""Read side of the queue: the filtered, sorted, paged list and one case with everything
a prosecutor needs (reasons, evidence, registration, linked cases, history)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

import sqlite_utils

from takedown_queue import audit, render_view
from takedown_queue.errors import QueueError
from takedown_queue.recipients import ip_network, recipients
from takedown_queue.states import STATES

SORTS = {
    "score": "top_score",
    "opened": "opened_at",
    "updated": "updated_at",
    "domains": "domain_count",
    "id": "id",
}


@dataclass(frozen=True)
class Filters:
    status: str = ""
    brand: str = ""
    min_score: float | None = None
    country: str = ""
    max_age_days: int | None = None  # youngest domain registered at most this long ago
    sort: str = "score"
    descending: bool = True
    page: int = 1

    def validate(self) -> Filters:
        if self.status and self.status not in STATES:
            raise QueueError(f"status {self.status!r}: one of {', '.join(STATES)}")
        if self.sort not in SORTS:
            raise QueueError(f"sort {self.sort!r}: one of {', '.join(SORTS)}")
        if self.page < 1:
            raise QueueError("page starts at 1")
        return self


def _tags(f: Filters) -> list[tuple[str, str]]:
    """(kind, tag) of the brand and country filters, as case_tags holds them."""
    found = [("brand", f.brand), ("country", f.country)]
    return [(kind, value.strip().lower()) for kind, value in found if value.strip()]


def _where(f: Filters, table: str = "") -> tuple[list[str], dict[str, Any]]:
    """The status, score and age conditions, on `cases` or (prefix `t.`) on case_tags."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if f.status:
        clauses.append(f"{table}status = :status")
        params["status"] = f.status
    if f.min_score is not None:
        clauses.append(f"{table}top_score >= :min_score")
        params["min_score"] = f.min_score
    if f.max_age_days is not None:
        clauses.append(f"{table}newest_created >= date('now', :age)")
        params["age"] = f"-{int(f.max_age_days)} days"
    return clauses, params


def _tag_params(tags: list[tuple[str, str]]) -> dict[str, str]:
    params = {}
    for i, (kind, tag) in enumerate(tags):
        params[f"kind{i}"], params[f"tag{i}"] = kind, tag
    return params


def _has_tag(index: int, case_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM case_tags WHERE kind = :kind{index} AND tag = :tag{index}"
            f" AND case_id = {case_id})")  # fmt: skip


def _count(db: sqlite_utils.Database, f: Filters) -> int:
    """Matches for the pager. A brand or country filter counts its range of case_tags,
    which carries the status, score and age beside each tag: no case is read."""
    tags = _tags(f)
    if not tags:
        clauses, params = _where(f)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return int(db.execute(f"SELECT count(*) FROM cases{where}", params).fetchone()[0])
    clauses, params = _where(f, "t.")
    clauses[:0] = ["t.kind = :kind0", "t.tag = :tag0"]
    clauses += [_has_tag(i, "t.case_id") for i in range(1, len(tags))]
    params.update(_tag_params(tags))
    sql = "SELECT count(*) FROM case_tags t WHERE " + " AND ".join(clauses)
    return int(db.execute(sql, params).fetchone()[0])


def list_cases(db: sqlite_utils.Database, f: Filters, page_size: int = 50) -> dict[str, Any]:
    """One page of cases; `total` counts all matches for the pager."""
    f.validate()
    clauses, params = _where(f)
    tags = _tags(f)
    clauses += [_has_tag(i, "cases.id") for i in range(len(tags))]
    params.update(_tag_params(tags))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    # Ties broken in the sort's own direction, so the sort's index is walked, not sorted.
    direction = "DESC" if f.descending else "ASC"
    order = f"{SORTS[f.sort]} {direction}, id {direction}"
    total = _count(db, f)
    cursor = db.execute(
        "SELECT id, status, label, domain_count, top_score, brands, countries, newest_created,"
        f" opened_at, updated_at, version FROM cases{where} ORDER BY {order}"
        " LIMIT :limit OFFSET :offset",
        {**params, "limit": page_size, "offset": (f.page - 1) * page_size},
    )
    keys = [d[0] for d in cursor.description]
    rows = [dict(zip(keys, r, strict=True)) for r in cursor]
    for row in rows:
        row["brands"] = [b for b in row["brands"].split(",") if b]
        row["countries"] = [c for c in row["countries"].split(",") if c]
    pages = max(1, -(-total // page_size))
    return {"total": total, "page": f.page, "pages": pages, "cases": rows}


def _rows(
    db: sqlite_utils.Database, sql: str, params: list[Any] | dict[str, Any]
) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, r, strict=True)) for r in cursor]


def _domain_detail(db: sqlite_utils.Database, row: dict[str, Any]) -> dict[str, Any]:
    domain = row["domain"]
    score = _rows(
        db, "SELECT total, band, reasons, scored_at FROM scores WHERE domain = ?", [domain]
    )
    reg = _rows(
        db,
        "SELECT registrar, registrant_country, privacy_state, created, expires,"
        " source, abuse_email, abuse_phone, raw_sha256, fetched_at FROM registrations"
        " WHERE domain = ?",
        [domain],
    )
    pages = _rows(
        db,
        "SELECT id, url, final_url, status, title, fetched_at, body_sha256,"
        " content_type, server_ip, fingerprint FROM pages WHERE domain = ?"
        " ORDER BY fetched_at DESC, id",
        [domain],
    )
    for page in pages:
        page["network"] = ip_network(db, page["server_ip"]) if page["server_ip"] else None
        page["fetch"] = render_view.fetch_record(db, page)
        page["phones"] = [
            r[0]
            for r in db.execute(
                "SELECT e164 FROM page_phones WHERE page_id = ? ORDER BY 1", [page["id"]]
            )
        ]
    hits = _rows(
        db,
        "SELECT query, engine, rank, result_page, kind, url, seen_at"
        " FROM search_hits WHERE domain = ? ORDER BY seen_at, rank",
        [domain],
    )
    return {
        **row,
        "score": {**score[0], "reasons": json.loads(score[0]["reasons"])} if score else None,
        "registration": reg[0] if reg else None,
        "pages": pages,
        "renders": render_view.renders_for(db, domain),
        "search_hits": hits,
    }


def _linked_cases(db: sqlite_utils.Database, case_id: int, linked: int | None) -> list[dict]:
    """Other cases sharing a phone number or an exact template with this one."""
    rows = _rows(
        db,
        """
        SELECT DISTINCT c.id, c.status, c.label, 'shares phone ' || pp2.e164 AS why
        FROM case_domains cd JOIN pages p ON p.domain = cd.domain
        JOIN page_phones pp ON pp.page_id = p.id AND pp.valid = 1
        JOIN page_phones pp2 ON pp2.e164 = pp.e164 JOIN pages p2 ON p2.id = pp2.page_id
        JOIN case_domains cd2 ON cd2.domain = p2.domain JOIN cases c ON c.id = cd2.case_id
        WHERE cd.case_id = :id AND cd2.case_id != :id
        UNION
        SELECT c.id, c.status, c.label, 'earlier case this one resembles'
        FROM cases c WHERE c.id = :linked
        UNION
        SELECT c.id, c.status, c.label, 'later case resembling this one'
        FROM cases c WHERE c.linked_case_id = :id
        ORDER BY 1""",
        {"id": case_id, "linked": linked},
    )
    return rows


def case_detail(db: sqlite_utils.Database, case_id: int) -> dict[str, Any]:
    found = _rows(db, "SELECT * FROM cases WHERE id = ?", [case_id])
    if not found:
        raise QueueError(f"no case {case_id}")
    case = found[0]
    domains = _rows(
        db, "SELECT * FROM case_domains WHERE case_id = ? ORDER BY added_at, domain", [case_id]
    )
    case["domains"] = [_domain_detail(db, d) for d in domains]
    case["linked_cases"] = _linked_cases(db, case_id, case["linked_case_id"])
    case["notes"] = _rows(
        db, "SELECT author, at, text FROM case_notes WHERE case_id = ? ORDER BY id", [case_id]
    )
    case["history"] = audit.history(db, case_id)
    case["recipients"] = [asdict(r) for r in recipients(db, case)]  # who must act
    return case
