"""The CLI kit every package's commands share: the context (store path, verbosity), JSON
output and the `--json` flag. The `nephelpdesk` command itself is nephelpdesk/cli.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from core.errors import NephelpdeskError


class Context:
    """What every subcommand gets: the store path and how much to say (-q / -v)."""

    def __init__(self, db_path: str, verbosity: int = 0) -> None:
        self.db_path = db_path
        self.verbosity = verbosity  # -1 quiet, 0 normal, 1 verbose

    def store(self, *, readonly: bool = False, create: bool = False) -> Any:
        """The store; only commands that start one (crawl, demo, init) pass create."""
        from core.store import open_store

        return open_store(self.db_path, readonly=readonly, create=create)

    def require_store(self) -> None:
        """Refuse, in one line, to run against a store that does not exist."""
        from core.store import no_store_message, store_problem

        if store_problem(self.db_path):
            raise NephelpdeskError(no_store_message(self.db_path))

    def say(self, line: str) -> None:
        """A progress line on stderr, unless --quiet."""
        if self.verbosity >= 0:
            click.echo(line, err=True)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def json_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """The shared `--json` flag."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)
