"""Numbers reported by partners (police reports, ACM blocking decisions, the
Fraudehelpdesk), with source and date, handed to the next run as pivot searches.

The numbers go into scoring's `fraud_numbers` list through its own importer (so a site
showing one scores as a reported fraud number); `partner_numbers` keeps who reported
which number when, and which run searched it. The hand-off writes the number into the
crawler's `pivots` table, which the nightly run searches in every written form; a
number already pivoted on is searched once only, as any pivot.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import sqlite_utils

from core.clock import now_iso
from core.errors import ConfigError
from crawler.queries import phone_query_forms
from scoring.stage import import_fraud_numbers, normalise_number, read_fraud_csv

DATE_COLUMNS = ("date", "reported_on", "reported", "datum")


@dataclass
class PartnerImport:
    imported: int = 0
    skipped: list[str] = field(default_factory=list)


def _date(text: str, where: str) -> str:
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ConfigError(f"{where}: not an ISO date (YYYY-MM-DD): {text!r}") from None


def import_partner_numbers(
    db: sqlite_utils.Database, path: str, *, source: str, reported_on: str | None
) -> PartnerImport:
    """Load a partner's CSV (e164|number|phone, optional source, date, note)."""
    default_date = _date(reported_on, "--date") if reported_on else None
    rows, result = [], PartnerImport()
    for line_no, record in read_fraud_csv(path):
        raw = (record.get("e164") or record.get("number") or record.get("phone") or "").strip()
        e164 = normalise_number(raw)
        if e164 is None:
            result.skipped.append(f"{path}:{line_no}: not a phone number: {raw!r}")
            continue
        stated = next((record[c] for c in DATE_COLUMNS if record.get(c, "").strip()), "")
        try:
            when = _date(stated, f"{path}:{line_no}") if stated else default_date
        except ConfigError as exc:
            result.skipped.append(str(exc))
            continue
        rows.append({"e164": e164, "source": (record.get("source") or "").strip() or source,
                     "reported_on": when, "imported_at": now_iso(),
                     "note": (record.get("note") or "").strip() or None})  # fmt: skip
    # Scoring's list first, through its importer: the same numbers, the same normalising.
    import_fraud_numbers(db, path, default_source=source)
    with db.conn:
        db.table("partner_numbers").upsert_all(rows, pk=("e164", "source"))
    result.imported = len(rows)
    return result


def hand_off(db: sqlite_utils.Database, run_id: int) -> int:
    """Queue partner numbers no run has searched yet as pivots of `run_id`; returns how
    many. The nightly run's crawl searches the pivots of its run (nephelpdesk.crawl_process)."""
    pending = [row[0] for row in db.execute(
        "SELECT DISTINCT e164 FROM partner_numbers WHERE pivot_run_id IS NULL ORDER BY e164")]  # fmt: skip
    queued = 0
    with db.conn:
        for e164 in pending:
            sources = [r[0] for r in db.execute(
                "SELECT source FROM partner_numbers WHERE e164 = ? ORDER BY source", [e164])]  # fmt: skip
            cur = db.conn.execute(
                "INSERT OR IGNORE INTO pivots (e164, run_id, from_domain, queries, at) "
                "VALUES (?,?,?,?,?)",
                [e164, run_id, "partner: " + "; ".join(sources),
                 json.dumps(phone_query_forms(e164)), now_iso()],
            )  # fmt: skip
            queued += cur.rowcount
            db.conn.execute(
                "UPDATE partner_numbers SET pivot_run_id = ? WHERE e164 = ?", [run_id, e164]
            )
    return queued
