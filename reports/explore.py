"""Ad-hoc exploration: the store in Datasette, read-only, with stored ("canned") queries.

The queries live as SQL files in reports/queries/: the first lines `-- title:` and
`-- description:` name them; a file ending in `.queue.sql` needs the review queue's
domain_status view and is offered only when the store has it.

By default Datasette opens the store read-only (SQLite `mode=ro`): it sees what a
running crawl commits, and no query can write. `immutable=True` (datasette -i) is for
a store nobody writes to any more, such as a backup copy: Datasette then skips locking
and ignores the write-ahead log, which is faster but wrong for a live store. A store on
read-only media is always opened that way (mode=ro cannot open it there).

Analysts see only the analysis tables of reports/explore.toml: the plugin in
reports/datasette_plugins/ makes SQLite refuse every other table (accounts and their
password hashes above all) for every query, hidden tables are left off the lists, and
the database file itself is never offered for download.
"""

from __future__ import annotations

import ipaddress
import json
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlite_utils

from core.config import read_toml
from core.errors import ConfigError
from core.store import read_only_media
from reports.source import has_queue_view, require_tables

QUERIES = Path(__file__).resolve().parent / "queries"
QUEUE_SUFFIX = ".queue.sql"
TABLES_FILE = Path(__file__).resolve().parent / "explore.toml"
PLUGINS = Path(__file__).resolve().parent / "datasette_plugins"
GUARD = "nephelpdesk_guard"


def _names(path: Path, data: dict[str, Any], section: str, key: str) -> list[str]:
    value = data.get(section, {}).get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{path}: [{section}] {key} must be a list of names")
    return value


def analysis_names(path: Path = TABLES_FILE) -> frozenset[str]:
    """The tables and views analysts may read, validated against the never-list."""
    data = read_toml(path, "analysts' tables")
    allowed = _names(path, data, "analysis", "tables") + _names(path, data, "analysis", "views")
    never = set(_names(path, data, "never", "tables"))
    words = _names(path, data, "never", "words")
    for name in allowed:
        if name in never or any(re.search(rf"(^|_){w}(s)?($|_)", name) for w in words):
            raise ConfigError(f"{path}: {name} may never be shown to analysts ([never])")
    return frozenset(allowed)


def database_name(path: str | Path) -> str:
    """The name Datasette gives a database file: its file name without the suffix."""
    return Path(path).stem


def _header(text: str, key: str) -> str:
    for line in text.splitlines():
        if line.startswith(f"-- {key}:"):
            return line.split(":", 1)[1].strip()
    return ""


def canned_queries(with_queue: bool) -> dict[str, dict[str, str]]:
    """Query name -> {sql, title, description}, from reports/queries/*.sql."""
    queries = {}
    for path in sorted(QUERIES.glob("*.sql")):
        is_queue = path.name.endswith(QUEUE_SUFFIX)
        if is_queue and not with_queue:
            continue
        text = path.read_text(encoding="utf-8")
        name = path.name.removesuffix(QUEUE_SUFFIX if is_queue else ".sql")
        queries[name] = {
            "sql": text,
            "title": _header(text, "title") or name,
            "description": _header(text, "description"),
        }
    return queries


def metadata(db: sqlite_utils.Database, path: str | Path) -> dict[str, Any]:
    """Datasette metadata for the store at `path` (`db` opened on it, to see what it has)."""
    require_tables(db)
    readable = analysis_names()
    hidden = sorted(set(db.table_names()) - readable)
    name = database_name(path)
    return {
        "title": "nephelpdesk store",
        "description": "Fake helpdesk domains, registrations, scores and phone numbers. "
        "Read-only; analysis tables only. Stored queries: see the database page.",
        "databases": {
            name: {
                "queries": canned_queries(has_queue_view(db)),
                "tables": {table: {"hidden": True} for table in hidden},
            }
        },
        "plugins": {GUARD: {"database": name, "readable": sorted(readable)}},
    }


def datasette_command(
    path: str | Path, metadata_file: Path, host: str, port: int, immutable: bool = False
) -> list[str]:
    """The `datasette serve` command line for the store."""
    executable = shutil.which("datasette", path=str(Path(sys.executable).parent))
    base = [executable] if executable else [sys.executable, "-m", "datasette"]
    immutable = immutable or read_only_media(path)
    files = ["-i", str(path)] if immutable else [str(path)]
    return [
        *base,
        "serve",
        *files,
        "--metadata",
        str(metadata_file),
        "--host",
        host,
        "--port",
        str(port),
        "--plugins-dir",
        str(PLUGINS),
        "--setting",
        "sql_time_limit_ms",
        "5000",
        # Immutable databases are offered as a file download by default: the whole
        # store, users and all. Never.
        "--setting",
        "allow_download",
        "off",
    ]


def is_loopback(host: str) -> bool:
    """True for the addresses only this machine reaches (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url(host: str, port: int, path: str | Path) -> str:
    return f"http://{host}:{port}/{database_name(path)}"


def serve(command: list[str]) -> int:
    """Run Datasette in the foreground until it stops (Ctrl-C, SIGTERM); its exit status.

    A SIGTERM to this process (systemd, a test) is passed on, so Datasette never outlives it.
    """
    process = subprocess.Popen(command)
    previous = signal.signal(signal.SIGTERM, lambda *_: process.terminate())
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        process.wait(timeout=10)
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous)


def write_metadata(data: dict[str, Any], target: Path) -> Path:
    target.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return target
