"""Tables owned by scoring: the current score per domain and the history of changes."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("scoring")


@migrations()
def m001_scoring_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE scores (
            domain TEXT PRIMARY KEY,
            total REAL NOT NULL,
            band TEXT NOT NULL,               -- high | medium | low | none
            flagged INTEGER NOT NULL,         -- 1: enters the review queue
            reasons TEXT NOT NULL,            -- JSON [{indicator, family, points, evidence, explanation}]
            families TEXT NOT NULL DEFAULT '[]',
            rules_version TEXT NOT NULL,      -- SHA-256 of the rules files used
            scored_at TEXT NOT NULL
        );
        CREATE INDEX scores_flagged ON scores(flagged);
        CREATE TABLE score_changes (
            id INTEGER PRIMARY KEY,
            domain TEXT NOT NULL,
            old_band TEXT,
            new_band TEXT NOT NULL,
            old_total REAL,
            new_total REAL NOT NULL,
            rules_version TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE fraud_numbers (
            e164 TEXT PRIMARY KEY,            -- importable list of known fraud numbers
            source TEXT NOT NULL,             -- police report, ACM decision, ...
            added_at TEXT NOT NULL,
            note TEXT
        );
        CREATE TABLE allow_list (
            domain TEXT PRIMARY KEY,          -- never flagged again (rejected as legitimate)
            reason TEXT NOT NULL,
            added_by TEXT,
            added_at TEXT NOT NULL
        );
        """
    )


@migrations()
def m002_score_gaps(db: sqlite_utils.Database) -> None:
    # Missing facts (no registration data, no number) lower confidence; keep them with
    # the score so a reviewer sees what the score could not look at.
    db.execute("ALTER TABLE scores ADD COLUMN gaps TEXT NOT NULL DEFAULT '[]'")
    db.execute("CREATE INDEX IF NOT EXISTS score_changes_domain ON score_changes(domain)")
