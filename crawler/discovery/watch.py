"""Watching CT logs: read new entries, score their names, list the suspicious ones.

Per log, the store keeps the index of the first entry not read yet (`ct_logs`). Each
batch of entries is decoded, scored and listed in one transaction together with the new
index, so a watcher killed midway resumes exactly where its last batch ended: nothing
is read twice into the list, nothing is skipped. An entry that does not decode is
counted and named (`ct_bad_entries`), and the index moves past it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core.clock import now_iso
from crawler.discovery.crawllist import Tally, add_verdicts, record_batch
from crawler.discovery.ctclient import CtClient, NoAnswer
from crawler.discovery.ctlog import BadEntry, decode_leaf
from crawler.discovery.names import NameScorer, NameVerdict
from crawler.discovery.settings import Settings


@dataclass
class LogPoll:
    """One pass over one log."""

    url: str
    start_index: int
    next_index: int
    tree_size: int | None
    tally: Tally
    problem: str | None = None
    bad: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"url": self.url, "start_index": self.start_index, "next_index": self.next_index,
                "tree_size": self.tree_size, "problem": self.problem, "bad_entry_problems": self.bad,
                **self.tally.as_dict()}  # fmt: skip


def log_position(db: sqlite_utils.Database, url: str) -> int | None:
    row = db.execute("SELECT next_index FROM ct_logs WHERE url = ?", [url]).fetchone()
    return None if row is None else int(row[0])


def _start(db: sqlite_utils.Database, url: str, tree_size: int, settings: Settings,
           start_index: int | None) -> int:  # fmt: skip
    stored = log_position(db, url)
    if start_index is not None:
        return start_index
    if stored is not None:
        return stored
    return max(tree_size - settings.ct.new_log_backlog, 0)


def _save(db: sqlite_utils.Database, poll: LogPoll, head: Any, entries: int, bad: int,
          names: int, queued: int) -> None:  # fmt: skip
    db.conn.execute(
        "INSERT INTO ct_logs (url, next_index, tree_size, sth_timestamp, entries_read, "
        "bad_entries, names_scored, queued, last_polled, last_error) VALUES (?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(url) DO UPDATE SET next_index = excluded.next_index, "
        "tree_size = coalesce(excluded.tree_size, tree_size), "
        "sth_timestamp = coalesce(excluded.sth_timestamp, sth_timestamp), "
        "entries_read = entries_read + excluded.entries_read, "
        "bad_entries = bad_entries + excluded.bad_entries, "
        "names_scored = names_scored + excluded.names_scored, "
        "queued = queued + excluded.queued, last_polled = excluded.last_polled, "
        "last_error = excluded.last_error",
        [poll.url, poll.next_index, getattr(head, "tree_size", None),
         getattr(head, "timestamp", None), entries, bad, names, queued, now_iso(), poll.problem],
    )  # fmt: skip


def _decode(poll: LogPoll, index: int, entry: Any) -> tuple[str, ...] | None:
    try:
        if not isinstance(entry, dict) or not isinstance(entry.get("leaf_input"), str):
            raise BadEntry("entry has no leaf_input")
        return decode_leaf(index, entry["leaf_input"]).names
    except (BadEntry, ValueError, TypeError) as exc:  # hostile bytes: count, never crash
        poll.bad.append(f"{index}: {exc}")
        return None


def _batch(db: sqlite_utils.Database, poll: LogPoll, head: Any, entries: list[Any],
           scorer: NameScorer, settings: Settings, scheme: str) -> None:  # fmt: skip
    verdicts: list[tuple[NameVerdict, str]] = []
    bad_before, names = len(poll.bad), 0
    for offset, entry in enumerate(entries):
        index = poll.next_index + offset
        found = _decode(poll, index, entry)
        if found is None:
            continue
        names += len(found)
        origin = f"{poll.url} entry {index}"
        verdicts += [(v, origin) for v in scorer.score_all(found)]
    poll.tally.counts["names"] += names
    poll.tally.counts["unusable"] += names - len(verdicts)
    with db.conn:
        queued = add_verdicts(db, verdicts, poll.tally, min_points=settings.min_points,
                              scheme=scheme)  # fmt: skip
        for problem in poll.bad[bad_before:]:
            at, _, why = problem.partition(": ")
            db.conn.execute(
                "INSERT OR REPLACE INTO ct_bad_entries (log_url, entry_index, problem, at) "
                "VALUES (?,?,?,?)", [poll.url, int(at), why, now_iso()])  # fmt: skip
        poll.next_index += len(entries)
        _save(db, poll, head, len(entries), len(poll.bad) - bad_before, names, queued)
    poll.tally.counts["entries"] += len(entries)
    poll.tally.counts["bad_entries"] += len(poll.bad) - bad_before


def poll_log(
    db: sqlite_utils.Database,
    client: CtClient,
    scorer: NameScorer,
    settings: Settings,
    *,
    scheme: str | None = None,
    start_index: int | None = None,
    max_entries: int | None = None,
    progress: Callable[[str], None] = lambda line: None,
) -> LogPoll:
    """Read one log from its stored position to its head (or `max_entries` entries)."""
    head = client.get_sth()
    tally = Tally("ct", client.url)
    if isinstance(head, NoAnswer):
        poll = LogPoll(client.url, -1, log_position(db, client.url) or 0, None, tally, head.problem)
        _record_failure(db, poll)
        return poll
    start = _start(db, client.url, head.tree_size, settings, start_index)
    poll = LogPoll(client.url, start, start, head.tree_size, tally)
    end = head.tree_size if max_entries is None else min(head.tree_size, start + max_entries)
    if start > head.tree_size:
        # A log that came back smaller than we read it (restored from an old state):
        # wait for it to grow past our position rather than read entries twice.
        poll.problem = f"tree_size {head.tree_size} is below the stored position {start}"
    while poll.next_index < end and poll.problem is None:
        last = min(poll.next_index + settings.ct.batch_size, end) - 1
        entries = client.get_entries(poll.next_index, last)
        if isinstance(entries, NoAnswer):
            poll.problem = entries.problem
        elif not entries:
            poll.problem = f"get-entries {poll.next_index}-{last} answered no entries"
        else:
            _batch(db, poll, head, entries, scorer, settings, scheme or settings.scheme)
            progress(f"{client.url}: {poll.next_index}/{head.tree_size}")
    with db.conn:
        _save(db, poll, head, 0, 0, 0, 0)
        record_batch(db, tally)
    return poll


def _record_failure(db: sqlite_utils.Database, poll: LogPoll) -> None:
    with db.conn:
        if log_position(db, poll.url) is not None:
            db.conn.execute(
                "UPDATE ct_logs SET last_polled = ?, last_error = ? WHERE url = ?",
                [now_iso(), poll.problem, poll.url],
            )
        record_batch(db, poll.tally)
