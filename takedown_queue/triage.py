"""Triage: flagged domains enter the queue, grouped into campaigns.

A flagged domain (not allow-listed, not yet in a case) joins an open case that shows the
same phone number or a page template within `template_max_distance` bits; otherwise it
opens a new case, linked to an earlier closed case it resembles. A campaign case that is
full (`max_case_domains`) is continued in a new case linked to it, so no case grows past
what a prosecutor can decide domain by domain. A rejected domain that changed materially
(new numbers, template or brands) has its case reopened.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

import sqlite_utils

from scoring.fingerprints import PrintIndex
from takedown_queue import cases, states
from takedown_queue.config import QueueConfig, load_config
from takedown_queue.txn import write_txn


@dataclass
class Match:
    case_id: int
    open: bool  # True: the domain may join it
    reason: str
    key: str


FINGERPRINT_BITS = 64  # the extractor's template simhash


@dataclass
class CaseIndex:
    """Phone numbers and template fingerprints of every domain already in a case.

    Fingerprints are found through the shared banded index (scoring.fingerprints), which
    compares each distinct print once; beside each print it keeps only the first domain
    placed with it and the first placed in an open case, the two a new domain can join
    or link to. Placing a domain so costs the prints near its own, not the queue or the
    campaign; matches come back in the order they were added.
    """

    max_distance: int = 6
    phones: dict[str, tuple[int, str]] = field(default_factory=dict)  # e164 -> (case, status)
    index: PrintIndex = field(init=False)
    # fp -> [first (position, case, status, domain), first open one or None]
    firsts: dict[int, list[tuple[int, int, str, str] | None]] = field(default_factory=dict)
    added: int = 0

    def __post_init__(self) -> None:
        self.index = PrintIndex(self.max_distance)

    def add(
        self, case_id: int, status: str, domain: str, phones: list[str], prints: list[int]
    ) -> None:
        for phone in phones:
            # An open case wins over a closed one: new domains should join live campaigns.
            if phone not in self.phones or status in states.OPEN_STATES:
                self.phones[phone] = (case_id, status)
        for fp in prints:
            entry = (self.added, case_id, status, domain)
            self.added += 1
            if self.index.add(fp, FINGERPRINT_BITS):
                self.firsts[fp] = [entry, None]
            if status in states.OPEN_STATES and self.firsts[fp][1] is None:
                self.firsts[fp][1] = entry

    def near(self, fp: int) -> list[tuple[int, int, str, str, int]]:
        """(fp, case, status, domain, distance) within max_distance, in insertion order:
        per near print its first domain, and its first in an open case when that came
        later."""
        found = []
        for other, distance in self.index.near(fp, FINGERPRINT_BITS):
            for entry in dict.fromkeys(e for e in self.firsts[other] if e is not None):
                position, case_id, status, domain = entry
                found.append((position, (other, case_id, status, domain, distance)))
        return [match for _, match in sorted(found, key=lambda pair: pair[0])]


def _domain_phones(db: sqlite_utils.Database, domain: str) -> list[str]:
    """The numbers a domain offers as its own: a campaign links by what it offers, not by
    the numbers a page quotes."""
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT pp.e164 FROM page_phones pp JOIN pages p ON p.id = pp.page_id"
            " WHERE p.domain = ? AND pp.valid = 1 AND pp.role = 'offered' ORDER BY 1",
            [domain],
        )
    ]


def _domain_prints(db: sqlite_utils.Database, domain: str, bad: Counter[str]) -> list[int]:
    values = []
    for (text,) in db.execute(
        "SELECT DISTINCT fingerprint FROM pages WHERE domain = ? AND fingerprint IS NOT NULL",
        [domain],
    ):
        try:
            values.append(int(text, 16))
        except ValueError:
            bad["bad_fingerprints"] += 1  # counted, the domain is still triaged by phone
    return values


def _build_index(db: sqlite_utils.Database, bad: Counter[str], max_distance: int) -> CaseIndex:
    index = CaseIndex(max_distance)
    for domain, case_id, status in db.execute(
        "SELECT cd.domain, cd.case_id, c.status FROM case_domains cd JOIN cases c"
        " ON c.id = cd.case_id"
    ).fetchall():
        index.add(
            case_id, status, domain, _domain_phones(db, domain), _domain_prints(db, domain, bad)
        )
    return index


def _best_match(
    index: CaseIndex, phones: list[str], prints: list[int], max_distance: int
) -> Match | None:
    found: list[Match] = []
    for phone in phones:
        if phone in index.phones:
            case_id, status = index.phones[phone]
            found.append(
                Match(
                    case_id,
                    status in states.OPEN_STATES,
                    f"shares phone number {phone}",
                    f"phone:{phone}",
                )
            )
    for fp in prints:
        for other, case_id, status, domain, distance in index.near(fp):
            if distance <= max_distance:
                found.append(
                    Match(
                        case_id,
                        status in states.OPEN_STATES,
                        f"same page template as {domain} (distance {distance})",
                        f"template:{other:x}",
                    )
                )
    open_matches = [m for m in found if m.open]
    best = open_matches or found
    return best[0] if best else None


def _part_with_room(db: sqlite_utils.Database, case_id: int, limit: int) -> tuple[int | None, int]:
    """(the campaign part a domain may join, or None; the last full part). Parts are
    chained by linked_case_id from the full case to the one that continues it."""
    seen: set[int] = set()
    while case_id not in seen:
        seen.add(case_id)
        count = db.execute("SELECT domain_count FROM cases WHERE id = ?", [case_id]).fetchone()
        if count and count[0] < limit:
            return case_id, case_id
        marks = ",".join("?" * len(states.OPEN_STATES))
        newer = db.execute(
            f"SELECT id FROM cases WHERE linked_case_id = ? AND status IN ({marks})"
            " ORDER BY id DESC LIMIT 1",
            [case_id, *states.OPEN_STATES],
        ).fetchone()
        if newer is None:
            return None, case_id
        case_id = newer[0]
    return None, case_id


def _split_oversized(db: sqlite_utils.Database, limit: int, counts: Counter[str]) -> None:
    """Open cases that grew past the limit before it existed (or before it was lowered)
    are cut into linked parts of at most `limit` domains, oldest domains staying put."""
    marks = ",".join("?" * len(states.OPEN_STATES))
    oversized = db.execute(
        f"SELECT id FROM cases WHERE domain_count > ? AND status IN ({marks}) ORDER BY id",
        [limit, *states.OPEN_STATES],
    ).fetchall()
    for (case_id,) in oversized:
        domains = [
            r[0]
            for r in db.execute(
                "SELECT domain FROM case_domains WHERE case_id = ? ORDER BY added_at, domain",
                [case_id],
            )
        ]
        part = case_id
        for start in range(limit, len(domains), limit):
            chunk = domains[start : start + limit]
            part = cases.split_off(db, case_id, chunk, linked_to=part, limit=limit)
            counts["split"] += 1


def _candidates(db: sqlite_utils.Database) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT s.domain FROM scores s WHERE s.flagged = 1"
            " AND s.domain NOT IN (SELECT domain FROM allow_list)"
            " AND s.domain NOT IN (SELECT domain FROM case_domains)"
            " ORDER BY s.scored_at, s.domain"
        )
    ]


def _place(
    db: sqlite_utils.Database,
    index: CaseIndex,
    domain: str,
    config: QueueConfig,
    counts: Counter[str],
) -> None:
    phones, prints = _domain_phones(db, domain), _domain_prints(db, domain, counts)
    match = _best_match(index, phones, prints, config.template_max_distance)
    room, full = (
        _part_with_room(db, match.case_id, config.max_case_domains)
        if match and match.open
        else (None, None)
    )
    if match and room is not None:
        cases.join_case(db, room, domain, reason=match.reason, key=match.key)
        case_id, status = room, states.OPEN_STATES[0]
        counts["joined"] += 1
    elif match and full is not None:
        case_id = cases.open_case(
            db,
            domain,
            campaign_key=match.key,
            linked_case_id=full,
            reason=f"{match.reason}; campaign continues from case {full}"
            f" (full at {config.max_case_domains} domains)",
        )
        status = "new"
        counts["split"] += 1
    elif match:
        case_id = cases.open_case(
            db,
            domain,
            campaign_key=match.key,
            linked_case_id=match.case_id,
            reason=f"flagged; {match.reason} (earlier case {match.case_id})",
        )
        status = "new"
        counts["opened_linked"] += 1
    else:
        case_id = cases.open_case(db, domain, reason="flagged by score", campaign_key=None)
        status = "new"
        counts["opened"] += 1
    index.add(case_id, status, domain, phones, prints)


def _reopen_changed_rejections(db: sqlite_utils.Database, counts: Counter[str]) -> None:
    rows = db.execute(
        "SELECT cd.case_id, cd.domain, cd.evidence_key FROM case_domains cd"
        " JOIN cases c ON c.id = cd.case_id JOIN scores s ON s.domain = cd.domain"
        " WHERE c.status = 'rejected' AND s.flagged = 1"
        " AND cd.domain NOT IN (SELECT domain FROM allow_list)"
    ).fetchall()
    for case_id, domain, key in rows:
        current = cases.evidence_key(db, domain)
        if current == key or _status(db, case_id) != "rejected":
            continue
        with write_txn(db):
            states.apply(
                db,
                case_id,
                "reopen",
                actor=states.SYSTEM,
                role=states.SYSTEM,
                why=f"{domain} changed materially since it was rejected",
                details={"domain": domain, "old_key": key, "new_key": current},
            )
            db.execute(
                "UPDATE case_domains SET evidence_key = ? WHERE domain = ?", [current, domain]
            )
        counts["reopened"] += 1


def _status(db: sqlite_utils.Database, case_id: int) -> str:
    return db.execute("SELECT status FROM cases WHERE id = ?", [case_id]).fetchone()[0]


def triage(
    db: sqlite_utils.Database,
    config: QueueConfig | None = None,
    only: Collection[str] | None = None,
) -> dict[str, int]:
    """Queue every new flagged domain (or just those in `only`, as `check --queue`
    does for one tip); returns counts (opened, joined, reopened...)."""
    config = config or load_config()
    counts: Counter[str] = Counter()
    _split_oversized(db, config.max_case_domains, counts)
    index = _build_index(db, counts, config.template_max_distance)
    for domain in _candidates(db):
        if only is None or domain in only:
            _place(db, index, domain, config, counts)
    if only is None:  # reopening rejected cases is the nightly run's business
        _reopen_changed_rejections(db, counts)
    counts["allow_listed_skipped"] = db.execute(
        "SELECT count(*) FROM scores WHERE flagged = 1"
        " AND domain IN (SELECT domain FROM allow_list)"
    ).fetchone()[0]
    return {
        k: counts[k]
        for k in (
            "opened",
            "joined",
            "opened_linked",
            "split",
            "reopened",
            "allow_listed_skipped",
            "bad_fingerprints",
        )
    }
