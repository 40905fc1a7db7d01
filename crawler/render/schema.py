"""Tables owned by the render stage. Migrations only ever add.

`renders`: one row per rendered fetch (page_id: the crawled page), with the screenshot
and the DOM after scripts ran (both in `bodies`, by SHA-256), what the page did in the
browser, the numbers found only after rendering, and the state: rendered, capped (a cap
was reached: the reasons say which) or failed. The rendered DOM's extraction is stored
as a page of its own (render_page_id), so scoring sees what a visitor saw.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("render")


@migrations()
def m001_renders(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE renders (
            id INTEGER PRIMARY KEY,
            run_id INTEGER,
            page_id INTEGER NOT NULL REFERENCES pages(id),  -- the crawled fetch rendered
            render_page_id INTEGER REFERENCES pages(id),    -- the rendered DOM as a page
            domain TEXT NOT NULL,
            url TEXT NOT NULL,                              -- the URL opened
            final_url TEXT,
            rendered_at TEXT NOT NULL,
            state TEXT NOT NULL,                            -- rendered | capped | failed
            reasons TEXT NOT NULL DEFAULT '[]',             -- JSON: caps reached, failure
            status INTEGER,
            redirect_hops TEXT NOT NULL DEFAULT '[]',       -- JSON [{url, status}]
            screenshot_sha256 TEXT REFERENCES bodies(sha256),
            dom_sha256 TEXT REFERENCES bodies(sha256),
            behaviours TEXT NOT NULL DEFAULT '[]',          -- JSON: locker_behaviours vocabulary
            events TEXT NOT NULL DEFAULT '{}',              -- JSON: dialogs, popups, requests...
            blocked TEXT NOT NULL DEFAULT '[]',             -- JSON [{url, reason}] refused
            images TEXT NOT NULL DEFAULT '[]',              -- JSON: images that may carry text
            phones_after_render TEXT NOT NULL DEFAULT '[]', -- JSON: E.164 not in the crawled page
            browser TEXT,
            duration_ms INTEGER,
            UNIQUE (page_id)
        );
        CREATE INDEX renders_domain ON renders(domain);
        CREATE INDEX renders_screenshot ON renders(screenshot_sha256);
        """
    )
