"""Tables owned by the review queue: cases, their domains, users and the audit log.

The audit log is append-only at the database level: triggers refuse UPDATE and DELETE,
and an INSERT must continue the id sequence and the hash chain (the hash itself is
checked by `takedown_queue.audit.verify`, since SQLite has no SHA-256).
Migrations only ever add; a released migration is never edited.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("takedown_queue")

# The SQL of each audit-log trigger; verify-log checks they are still in place, unchanged.
AUDIT_TRIGGERS: dict[str, str] = {
    "audit_log_no_update": """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END""",
    "audit_log_no_delete": """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END""",
    "audit_log_chain": """CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log)
  OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                                   '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN SELECT RAISE(ABORT, 'audit_log insert must continue the id sequence and hash chain'); END""",
}


@migrations()
def m001_queue_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            status TEXT NOT NULL DEFAULT 'new',   -- see takedown_queue.states
            version INTEGER NOT NULL DEFAULT 1,   -- optimistic concurrency: bumped on change
            campaign_key TEXT,                    -- what linked its domains (phone/template)
            linked_case_id INTEGER REFERENCES cases(id),  -- earlier closed case it resembles
            label TEXT NOT NULL,                  -- first domain, for lists
            opened_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            approved_at TEXT,
            reopened_at TEXT,
            first_approver TEXT,                  -- four-eyes: the first of two approvals
            reject_reason TEXT,
            -- summary of its domains, refreshed by triage, for fast filtering
            top_score REAL NOT NULL DEFAULT 0,
            brands TEXT NOT NULL DEFAULT '',      -- ",microsoft,apple,"
            countries TEXT NOT NULL DEFAULT '',   -- ",IN,PRIVACY,"
            newest_created TEXT,                  -- youngest domain's creation date
            domain_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX cases_status ON cases(status, top_score);
        CREATE INDEX cases_score ON cases(top_score);
        CREATE INDEX cases_opened ON cases(opened_at);
        CREATE INDEX cases_updated ON cases(updated_at);
        CREATE INDEX cases_created ON cases(newest_created);
        CREATE TABLE case_domains (
            domain TEXT PRIMARY KEY,              -- a domain belongs to one case at most
            case_id INTEGER NOT NULL REFERENCES cases(id),
            link_reason TEXT NOT NULL,            -- why it opened or joined this case
            added_at TEXT NOT NULL,
            flagged_at TEXT NOT NULL,
            evidence_key TEXT,                    -- digest of phones/templates/brands when reviewed
            ordered_at TEXT,
            offline_at TEXT,
            back_online_at TEXT,
            last_checked_at TEXT,
            last_check_status INTEGER
        );
        CREATE INDEX case_domains_case ON case_domains(case_id);
        CREATE TABLE users (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL,                   -- analyst | prosecutor | admin
            password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE case_notes (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            author TEXT NOT NULL,
            at TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX case_notes_case ON case_notes(case_id);
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            case_id INTEGER,
            details TEXT NOT NULL,                -- canonical JSON
            why TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_log_case ON audit_log(case_id);
        CREATE VIEW domain_status AS
        SELECT cd.domain, cd.case_id, c.status, cd.flagged_at, c.approved_at,
               cd.ordered_at, cd.offline_at, c.reopened_at
        FROM case_domains cd JOIN cases c ON c.id = cd.case_id;
        """
    )
    for sql in AUDIT_TRIGGERS.values():
        db.execute(sql)


@migrations()
def m002_audit_mac(db: sqlite_utils.Database) -> None:
    # The keyed chain (takedown_queue.audit_key): NULL on rows written without a key.
    db.execute("ALTER TABLE audit_log ADD COLUMN mac TEXT")


@migrations()
def m003_order_details(db: sqlite_utils.Database) -> None:
    # What a prosecutor fills in before signing: kept with the case, changes audit-logged.
    db.executescript(
        """
        CREATE TABLE case_orders (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id),
            parketnummer TEXT,
            rc_date TEXT,                         -- RC-machtiging: date (ISO 8601)
            rc_reference TEXT,                    -- RC-machtiging: reference
            officer_name TEXT,                    -- officier van justitie
            officer_parket TEXT,                  -- parket (arrondissement)
            deadline TEXT,                        -- ISO 8601 date the recipient must act by
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """
    )


@migrations()
def m004_domain_decisions(db: sqlite_utils.Database) -> None:
    # Each domain of a campaign case decided on its own (approve, reject, hold).
    db.executescript(
        """
        ALTER TABLE case_domains ADD COLUMN decision TEXT;   -- NULL: follows the case
        ALTER TABLE case_domains ADD COLUMN decided_by TEXT;
        ALTER TABLE case_domains ADD COLUMN decided_at TEXT;
        ALTER TABLE case_domains ADD COLUMN decision_why TEXT;
        """
    )


# Each brand and country of a case as its own row, with the columns the queue filters on
# beside it, so a brand or country filter counts an index range instead of scanning every
# case's summary text. Kept by triggers: whatever writes `cases` keeps them in step.
_TAG_ROWS = """
INSERT INTO case_tags (kind, tag, case_id, status, top_score, newest_created)
SELECT '{kind}', lower(j.value), NEW.id, NEW.status, NEW.top_score, NEW.newest_created
FROM json_each(CASE WHEN json_valid({listed}) THEN {listed} ELSE '[]' END) j
WHERE trim(NEW.{column}, ',') != '' AND j.value != '';"""
# ",microsoft,apple," as a JSON array; a value JSON cannot hold gives no tags, not an error.
_LISTED = """('["' || replace(trim(NEW.{column}, ','), ',', '","') || '"]')"""


def _tag_rows(kind: str, column: str) -> str:
    return _TAG_ROWS.format(kind=kind, column=column, listed=_LISTED.format(column=column))
CASE_TAG_TRIGGERS: dict[str, str] = {
    "cases_tags_insert": "CREATE TRIGGER cases_tags_insert AFTER INSERT ON cases BEGIN"
    + _tag_rows("brand", "brands")
    + _tag_rows("country", "countries")
    + " END",
    "cases_tags_update": "CREATE TRIGGER cases_tags_update AFTER UPDATE OF brands, countries,"
    " status, top_score, newest_created ON cases BEGIN"
    " DELETE FROM case_tags WHERE case_id = OLD.id;"
    + _tag_rows("brand", "brands")
    + _tag_rows("country", "countries")
    + " END",
    "cases_tags_delete": "CREATE TRIGGER cases_tags_delete AFTER DELETE ON cases BEGIN"
    " DELETE FROM case_tags WHERE case_id = OLD.id; END",
}


@migrations()
def m005_case_tags(db: sqlite_utils.Database) -> None:
    # The queue's brand and country filters, and sorts within one status, by index
    # (issue 16: the brand-filtered page grew 9x from 1k to 100k cases).
    db.executescript(
        """
        CREATE TABLE case_tags (
            kind TEXT NOT NULL,                   -- brand | country
            tag TEXT NOT NULL,                    -- lowercase: microsoft, in, privacy
            case_id INTEGER NOT NULL,
            status TEXT NOT NULL,                 -- copies of the case's filter columns
            top_score REAL NOT NULL,
            newest_created TEXT,
            PRIMARY KEY (kind, tag, status, top_score, case_id)
        ) WITHOUT ROWID;
        CREATE INDEX case_tags_case ON case_tags(case_id);
        CREATE INDEX cases_status_opened ON cases(status, opened_at);
        CREATE INDEX cases_status_updated ON cases(status, updated_at);
        CREATE INDEX cases_status_domains ON cases(status, domain_count);
        CREATE INDEX cases_domains ON cases(domain_count);
        """
    )
    for sql in CASE_TAG_TRIGGERS.values():
        db.execute(sql)
    # Existing cases: fire the update trigger once for each.
    db.execute("UPDATE cases SET brands = brands || ''")
