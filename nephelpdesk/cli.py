"""The `nephelpdesk` command: a thin edge over the library.

Every subcommand lives next to the code it drives (nephelpdesk/cli_*.py for the
application's own, scoring/cli.py, takedown_queue/cli.py, reports/cli.py,
registration/cli.py, crawler/*/cli.py) and is registered here by name; the kit they
share (Context, --json) is core/cli.py. A user's mistake
becomes one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
from collections.abc import Iterable

import click

from core.cli import Context
from core.errors import NephelpdeskError
from core.store import default_db_path

# name -> ("module:attribute", what it does: the line `nephelpdesk --help` shows)
COMMANDS: dict[str, tuple[str, str]] = {
    "sandbox": (
        "nephelpdesk.cli_sandbox:sandbox",
        "Run the local sandbox web (search, sites, RDAP, WHOIS).",
    ),
    "demo": (
        "nephelpdesk.cli_demo:demo",
        "Start the sandbox, run the nightly run against it, print the summary.",
    ),
    "crawl": (
        "nephelpdesk.cli_crawl:crawl",
        "The nightly run: search, fetch, store, enrich, score, triage.",
    ),
    "render": (
        "crawler.render.cli:render",
        "Open suspect pages in headless Chromium: screenshot, DOM, locker behaviour.",
    ),
    "check": ("nephelpdesk.cli_crawl:check", "Assess one site now and print its domain record."),
    "runs": ("nephelpdesk.cli_crawl:runs", "List crawl runs with their counts and per-query yield."),
    "lookup": (
        "registration.cli:lookup",
        "Registration data for one domain (RDAP, WHOIS fallback).",
    ),
    "enrich": (
        "registration.cli:enrich",
        "Fetch registration data for domains that lack it.",
    ),
    "score": ("scoring.cli:score", "Rescore every domain and show whose band changed."),
    "evaluate": ("nephelpdesk.cli_evaluate:evaluate", "Precision, recall and false positives against labels."),
    "queue": ("takedown_queue.cli:queue", "The prosecutors' review queue."),
    "users": ("takedown_queue.cli:users", "Manage review UI users."),
    "serve": ("takedown_queue.cli:serve", "Run the review web UI."),
    "export": ("reports.cli:export", "Export domains, statistics, ACM numbers, MISP events."),
    "report": ("reports.cli:report", "Render the quarterly report with charts."),
    "explore": ("reports.cli:explore", "Open the store read-only in Datasette."),
    "init": ("nephelpdesk.cli_admin:init", "Create an empty store (or migrate an existing one)."),
    "backup": ("nephelpdesk.cli_admin:backup", "Consistent copy of the store while it is in use."),
    "worker": ("nephelpdesk.cli_distributed:worker", "Distributed crawl: fetch from a shared Redis."),
    "writer": ("nephelpdesk.cli_distributed:writer", "Distributed crawl: store the workers' pages."),
    "seed": ("nephelpdesk.cli_distributed:seed", "Distributed crawl: queue start URLs in Redis."),
    # Discovery (issue 17): names from CT logs and NRD lists onto the next crawl's list.
    "watch-ct": (
        "crawler.discovery.cli:watch_ct",
        "Read CT logs; list suspicious names for the next crawl.",
    ),
    "discover": (
        "crawler.discovery.cli:discover",
        "Score newly registered names (NRD lists, zone files) for the next crawl.",
    ),
    "queries": ("crawler.discovery.cli:queries", "Query proposals: suggest and prune."),
    "partner-numbers": (
        "crawler.discovery.cli:partner_numbers",
        "Import partners' reported numbers; the next crawl pivots on them.",
    ),
}


def _load(target: str) -> click.Command:
    module_name, attr = target.split(":")
    command: click.Command = getattr(importlib.import_module(module_name), attr)
    return command


class LazyGroup(click.Group):
    """Loads a subcommand's module only when that subcommand runs (fast start-up)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        return _load(COMMANDS[cmd_name][0])

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """`nephelpdesk --help` lists every command from the table, importing none."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][1]) for name in sorted(COMMANDS)])


@click.group(cls=LazyGroup)
@click.option(
    "--db",
    "db_path",
    default=None,
    metavar="PATH",
    help="SQLite store (default: $NEPHELPDESK_DB or data/nephelpdesk.db).",
)
@click.option("-q", "--quiet", is_flag=True, help="Only results and errors; no progress lines.")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="More detail: per-query tables, Scrapy's log and settings.",
)
@click.version_option(package_name="nephelpdesk")
@click.pass_context
def cli(ctx: click.Context, db_path: str | None, quiet: bool, verbose: bool) -> None:
    """nephelpdesk: find, score and take down fake tech-support helpdesks.

    \b
    Example, the whole thing against the local sandbox:
      nephelpdesk demo
    """
    if quiet and verbose:
        raise click.UsageError("-q/--quiet and -v/--verbose exclude each other")
    ctx.obj = Context(db_path or default_db_path(), verbosity=-1 if quiet else int(verbose))


def main(argv: Iterable[str] | None = None) -> None:
    try:
        cli.main(args=list(argv) if argv is not None else None, standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except NephelpdeskError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except sqlite3.DatabaseError as exc:
        # Disk full, a read-only or damaged store file: SQLite's words, one line. Each
        # write is its own transaction, so what was committed before stays intact.
        click.echo(f"error: store: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except ModuleNotFoundError as exc:
        # An install that lacks a dependency: say which, and how to fix it.
        click.echo(
            f"error: missing dependency {exc.name!r}: install the project with "
            "`pip install -e .` (see README, Quick start)",
            err=True,
        )
        sys.exit(2)
