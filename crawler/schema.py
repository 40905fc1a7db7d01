"""Tables owned by the crawler: runs, search hits, pages, evidence bodies, extractions.

Migrations only ever add; a released migration is never edited.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("crawler")


@migrations()
def m001_crawl_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL DEFAULT 'running',   -- running | finished | failed | killed
            engine TEXT,
            engine_url TEXT,
            queries_file TEXT,
            counts TEXT NOT NULL DEFAULT '{}',        -- JSON: stage -> counters
            errors TEXT NOT NULL DEFAULT '[]',        -- JSON list of strings
            unresponsive_engines TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE query_yield (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            query TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'list',      -- list | pivot
            hits INTEGER NOT NULL DEFAULT 0,
            new_domains INTEGER NOT NULL DEFAULT 0,
            flagged_domains INTEGER NOT NULL DEFAULT 0,
            pages_searched INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, query)
        );
        CREATE TABLE search_hits (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            query TEXT NOT NULL,
            engine TEXT NOT NULL,
            result_page INTEGER NOT NULL,
            rank INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'organic',     -- organic | ad
            url TEXT NOT NULL,
            title TEXT,
            snippet TEXT,
            domain TEXT,
            crawled INTEGER NOT NULL DEFAULT 1,       -- 0: official/platform, recorded only
            seen_at TEXT NOT NULL,
            UNIQUE (run_id, query, engine, url)
        );
        CREATE INDEX search_hits_domain ON search_hits(domain);
        CREATE TABLE bodies (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,                    -- bytes stored
            truncated INTEGER NOT NULL DEFAULT 0,     -- 1 when the size cap cut it
            content BLOB NOT NULL
        );
        CREATE TABLE domains (
            domain TEXT PRIMARY KEY,
            domain_unicode TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            first_run_id INTEGER
        );
        CREATE TABLE pages (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES runs(id),
            url TEXT NOT NULL,
            final_url TEXT NOT NULL,
            domain TEXT NOT NULL REFERENCES domains(domain),
            status INTEGER,
            headers TEXT NOT NULL DEFAULT '{}',       -- JSON
            redirect_chain TEXT NOT NULL DEFAULT '[]',-- JSON list of URLs
            server_ip TEXT,
            body_sha256 TEXT REFERENCES bodies(sha256),
            content_type TEXT,
            fetched_at TEXT NOT NULL,
            title TEXT,
            language TEXT,
            fingerprint TEXT,                         -- template simhash, hex
            extraction TEXT NOT NULL DEFAULT '{}',    -- JSON: phones, brands, terms, tools...
            UNIQUE (url, body_sha256)
        );
        CREATE INDEX pages_domain ON pages(domain);
        CREATE TABLE page_phones (
            page_id INTEGER NOT NULL REFERENCES pages(id),
            e164 TEXT NOT NULL,                       -- raw text when it would not parse
            raw TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            valid INTEGER NOT NULL,
            PRIMARY KEY (page_id, e164)
        );
        CREATE INDEX page_phones_e164 ON page_phones(e164);
        CREATE TABLE page_brands (
            page_id INTEGER NOT NULL REFERENCES pages(id),
            brand TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            in_title INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (page_id, brand)
        );
        CREATE INDEX page_brands_brand ON page_brands(brand);
        """
    )


@migrations()
def m002_search_requests_and_pivots(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE search_requests (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            query TEXT NOT NULL,
            result_page INTEGER NOT NULL,
            origin TEXT NOT NULL,                     -- list | pivot
            engine TEXT NOT NULL,
            hits INTEGER NOT NULL,
            unresponsive_engines TEXT NOT NULL DEFAULT '[]',
            error TEXT,
            at TEXT NOT NULL,
            PRIMARY KEY (run_id, query, result_page)
        );
        CREATE TABLE pivots (
            e164 TEXT PRIMARY KEY,                    -- a number searched for once
            run_id INTEGER NOT NULL,
            from_domain TEXT NOT NULL,
            queries TEXT NOT NULL,                    -- JSON list of the forms searched
            at TEXT NOT NULL
        );
        """
    )


@migrations()
def m003_run_pid(db: sqlite_utils.Database) -> None:
    # The process that owns a running run: a run whose process is gone was killed and
    # is resumed by the next `crawl`.
    db.execute("ALTER TABLE runs ADD COLUMN pid INTEGER")
    db.execute("ALTER TABLE runs ADD COLUMN resumed INTEGER NOT NULL DEFAULT 0")


@migrations()
def m004_phone_role(db: sqlite_utils.Database) -> None:
    # The role a number plays on its page: "offered" (the page's own contact) or
    # "quoted" (named in running text about somebody else); and where it was seen.
    db.execute("ALTER TABLE page_phones ADD COLUMN role TEXT NOT NULL DEFAULT 'offered'")
    db.execute("ALTER TABLE page_phones ADD COLUMN sources TEXT NOT NULL DEFAULT ''")


@migrations()
def m005_fetch_record(db: sqlite_utils.Database) -> None:
    # The full fetch record: each redirect hop with its status, how server_ip was
    # obtained ("connected": the peer of a direct connection; "resolved": the name's
    # address looked up at fetch time while a proxy made the connection), and for
    # https the certificate's subject, issuer and validity.
    db.execute("ALTER TABLE pages ADD COLUMN redirect_hops TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE pages ADD COLUMN server_ip_source TEXT")
    db.execute("ALTER TABLE pages ADD COLUMN tls TEXT")
