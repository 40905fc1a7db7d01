"""The score stage: score every domain (or some), store the scores, report band moves.

`rescore` is what `nephelpdesk score` and the nightly run call after a crawl or a
rules change. It writes the current score of each domain to `scores`, appends one
`score_changes` row for each domain whose band moved, and returns exactly those moves.
A domain scored for the first time is counted as new, not as a move.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlite_utils

from core.clock import now_iso
from core.domains import registered_domain
from core.errors import ConfigError
from core.phones import to_e164
from scoring.facts import ScoreResult
from scoring.loader import load_facts
from scoring.rules import Rules
from scoring.score import score

WRITE_BATCH = 1000  # scores written per transaction: bounded memory on 100,000 domains


@dataclass(frozen=True)
class BandChange:
    domain: str
    old_band: str
    new_band: str
    old_total: float
    new_total: float


@dataclass
class RescoreReport:
    rules_version: str
    scored: int = 0
    new: int = 0
    flagged: int = 0
    bands: dict[str, int] = field(default_factory=dict)
    changes: list[BandChange] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class FraudImport:
    imported: int = 0
    skipped: list[str] = field(default_factory=list)


def normalise_number(text: str, region: str = "NL") -> str | None:
    """A listed number in E.164 (national numbers read as `region`'s)."""
    return to_e164(text, (region,), possible=True)


def read_fraud_csv(path: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, record) per data line; the header names the columns."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            fields = {f.strip().lower() for f in reader.fieldnames or []}
            if not fields & {"e164", "number", "phone"}:
                raise ConfigError(f"{path}: header needs a column e164, number or phone")
            for record in reader:
                yield reader.line_num, {k.strip().lower(): v or "" for k, v in record.items() if k}
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read fraud number list: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"{path}: not a UTF-8 CSV file: {exc}") from exc


def score_row(result: ScoreResult, rules: Rules, at: str) -> dict:
    return {
        "domain": result.domain,
        "total": result.total,
        "band": result.band,
        "flagged": int(result.flagged),
        "reasons": json.dumps(
            [
                {
                    "indicator": r.indicator,
                    "family": r.family,
                    "points": r.points,
                    "evidence": r.evidence,
                    "explanation": r.explanation,
                }
                for r in result.reasons
            ],
            ensure_ascii=False,
        ),
        "families": json.dumps(sorted(result.families)),
        "gaps": json.dumps(list(result.gaps)),
        "rules_version": rules.version,
        "scored_at": at,
    }


def _write(db: sqlite_utils.Database, rows: list[dict], change_rows: list[dict]) -> int:
    with db.conn:
        if rows:
            db.table("scores").upsert_all(rows, pk="domain")
        if change_rows:
            db.table("score_changes").insert_all(change_rows)
    return len(rows)


def previous_scores(db: sqlite_utils.Database) -> dict[str, tuple[str, float]]:
    return {d: (b, t) for d, b, t in db.execute("SELECT domain, band, total FROM scores")}


def rescore(
    db: sqlite_utils.Database, rules: Rules, domains: Iterable[str] | None = None
) -> RescoreReport:
    """Score `domains` (default: all), store the scores, return the band moves."""
    before = previous_scores(db)
    at = now_iso()
    report = RescoreReport(rules.version)
    bands: Counter[str] = Counter()
    rows: list[dict] = []
    for facts in load_facts(db, rules, domains):
        result = score(facts, rules)
        rows.append(score_row(result, rules, at))
        bands[result.band] += 1
        report.flagged += int(result.flagged)
        old = before.get(result.domain)
        if old is None:
            report.new += 1
        elif old[0] != result.band:
            report.changes.append(
                BandChange(result.domain, old[0], result.band, old[1], result.total)
            )
        if len(rows) >= WRITE_BATCH:
            report.scored += _write(db, rows, [])
            rows = []
    change_rows = [{**asdict(c), "rules_version": rules.version, "at": at} for c in report.changes]
    report.scored += _write(db, rows, change_rows)
    report.bands = dict(sorted(bands.items()))
    return report


def _checked_domains(options: Any) -> list[str] | None:
    """For `nephelpdesk check URL` (URLs, no queries): just those domains, not all."""
    urls = getattr(options, "urls", None) or []
    if not urls or getattr(options, "queries", None):
        return None
    names = [registered_domain(url) for url in urls]
    return sorted({name.domain for name in names if name is not None}) or None


def run_stage(db: sqlite_utils.Database, *, run_id: int | None = None, options: Any = None) -> dict:
    """The nightly run's score stage: rescore every domain (a new site can change the
    company an old site's number keeps). Returns counts for the run summary."""
    from scoring.rules import load_rules

    rules = load_rules(getattr(options, "rules", None))
    report = rescore(db, rules, _checked_domains(options))
    return {
        "scored": report.scored,
        "new": report.new,
        "flagged": report.flagged,
        "band_moves": len(report.changes),
        "bands": report.bands,
    }


def import_fraud_numbers(
    db: sqlite_utils.Database, path: str, *, default_source: str
) -> FraudImport:
    """Load known fraud numbers from a CSV (e164 or number, source, note).

    Numbers are normalised to E.164 (Dutch numbering by default); a line whose number
    will not parse is counted and named, never silently dropped or stored half-read.
    """
    result = FraudImport()
    rows = []
    for line_no, record in read_fraud_csv(path):
        number = (record.get("e164") or record.get("number") or record.get("phone") or "").strip()
        e164 = normalise_number(number)
        if e164 is None:
            result.skipped.append(f"{path}:{line_no}: not a phone number: {number!r}")
            continue
        source = (record.get("source") or "").strip() or default_source
        rows.append(
            {
                "e164": e164,
                "source": source,
                "added_at": now_iso(),
                "note": (record.get("note") or "").strip() or None,
            }
        )
    with db.conn:
        db.table("fraud_numbers").upsert_all(rows, pk="e164")
    result.imported = len(rows)
    return result
