"""Tables owned by IP RDAP lookups: the network (hosting provider) holding each server IP.

A separate migration set from the domain tables (registration.schema), so the two
lookups evolve without editing each other's migrations. Migrations only ever add.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("registration_ip")


@migrations()
def m001_ip_networks(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE ip_networks (
            ip TEXT PRIMARY KEY,              -- a pages.server_ip value
            found INTEGER NOT NULL,           -- 1: a network answered; 0: no answer (reason)
            reason TEXT,                      -- why there is no network
            network TEXT,                     -- CIDR or "start - end"
            handle TEXT,
            name TEXT,                        -- the network's name (netname)
            org TEXT,                         -- the holder: the hosting provider
            country TEXT,                     -- ISO 3166 alpha-2 or NULL
            abuse_email TEXT,
            abuse_phone TEXT,
            rdap_url TEXT,                    -- where the answer came from
            raw_sha256 TEXT,                  -- bodies.sha256 of the answer
            fetched_at TEXT NOT NULL,
            expires_cache_at TEXT NOT NULL    -- ask again after this time
        );
        """
    )
