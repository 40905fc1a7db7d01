"""Tables owned by discovery: CT log positions, the crawl list, batches, partner numbers.

Migrations only ever add; a released migration is never edited.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("discovery")


@migrations()
def m001_discovery_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE ct_logs (
            url TEXT PRIMARY KEY,                 -- the log's base URL (…/ct/v1/ is added)
            next_index INTEGER NOT NULL,          -- first entry not read yet: resume here
            tree_size INTEGER,                    -- from the last get-sth
            sth_timestamp INTEGER,                -- ms since the epoch, from the last get-sth
            entries_read INTEGER NOT NULL DEFAULT 0,
            bad_entries INTEGER NOT NULL DEFAULT 0,
            names_scored INTEGER NOT NULL DEFAULT 0,
            queued INTEGER NOT NULL DEFAULT 0,
            last_polled TEXT,
            last_error TEXT                       -- NULL when the last poll went through
        );
        CREATE TABLE ct_bad_entries (
            log_url TEXT NOT NULL,
            entry_index INTEGER NOT NULL,
            problem TEXT NOT NULL,                -- why it did not decode
            at TEXT NOT NULL,
            PRIMARY KEY (log_url, entry_index)
        );
        CREATE TABLE crawl_list (
            domain TEXT PRIMARY KEY,              -- the unit: registered domain or platform site
            host TEXT NOT NULL,                   -- the name as seen (wildcard label removed)
            url TEXT NOT NULL,                    -- what the next crawl fetches
            source TEXT NOT NULL,                 -- ct | nrd | zone
            origin TEXT NOT NULL,                 -- log URL and entry index, or file and line
            points REAL NOT NULL,                 -- domain-name rule points
            reasons TEXT NOT NULL,                -- JSON [{indicator, points, evidence}]
            seen_at TEXT NOT NULL,
            run_id INTEGER,                       -- the run that took it; NULL: waiting
            taken_at TEXT
        );
        CREATE INDEX crawl_list_waiting ON crawl_list(run_id, points);
        CREATE TABLE discovery_batches (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,                 -- ct | nrd | zone
            origin TEXT NOT NULL,
            at TEXT NOT NULL,
            counts TEXT NOT NULL                  -- JSON: names, scored, suspicious, queued...
        );
        CREATE TABLE partner_numbers (
            e164 TEXT NOT NULL,
            source TEXT NOT NULL,                 -- police report, ACM blocking decision, ...
            reported_on TEXT,                     -- ISO date the partner reported it
            imported_at TEXT NOT NULL,
            note TEXT,
            pivot_run_id INTEGER,                 -- the run that searched it; NULL: next run
            PRIMARY KEY (e164, source)
        );
        """
    )
