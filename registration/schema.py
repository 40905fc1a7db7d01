"""Tables owned by registration lookups: one current record per domain, every raw answer.

Raw answers live in `bodies` (content-addressed, see core.evidence) and are referred to
by SHA-256, so the evidence for a registration record is the exact bytes received.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("registration")


@migrations()
def m001_registration_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE registrations (
            domain TEXT PRIMARY KEY,
            registrar TEXT,
            registrant_country TEXT,          -- ISO 3166 alpha-2 or NULL
            privacy INTEGER,                  -- 1 shielded, 0 not shielded, NULL unknown
            privacy_state TEXT NOT NULL DEFAULT 'unknown',
                                              -- shielded | not_published | disclosed | unknown
            created TEXT,                     -- ISO 8601 date
            expires TEXT,
            source TEXT,                      -- rdap | whois
            abuse_email TEXT,                 -- registrar abuse contact, for orders
            abuse_phone TEXT,
            nameservers TEXT NOT NULL DEFAULT '[]',  -- JSON
            evidence TEXT NOT NULL DEFAULT '{}',     -- JSON field -> raw line or value
            raw_sha256 TEXT,                  -- bodies.sha256 of the answer parsed
            fetched_at TEXT NOT NULL,
            expires_cache_at TEXT NOT NULL    -- refetch after this time
        );
        CREATE TABLE registration_attempts (
            id INTEGER PRIMARY KEY,
            domain TEXT NOT NULL,
            source TEXT NOT NULL,             -- rdap | whois
            server TEXT,
            at TEXT NOT NULL,
            outcome TEXT NOT NULL,            -- ok | no_answer | rate_limited | error
            reason TEXT,
            raw_sha256 TEXT
        );
        CREATE INDEX registration_attempts_domain ON registration_attempts(domain);
        """
    )


@migrations()
def m002_registrar_abuse_contact(db: sqlite_utils.Database) -> None:
    """The registrar's abuse contact under names that say whose it is (orders read these).

    `abuse_email` / `abuse_phone` stay for readers of the first schema; rows stored before
    this migration carry their value over.
    """
    db.executescript(
        """
        ALTER TABLE registrations ADD COLUMN registrar_abuse_email TEXT;
        ALTER TABLE registrations ADD COLUMN registrar_abuse_phone TEXT;
        UPDATE registrations
           SET registrar_abuse_email = abuse_email, registrar_abuse_phone = abuse_phone;
        """
    )
