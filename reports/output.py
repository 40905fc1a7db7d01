"""Output options shared by every export: `--format csv|json` and `--output FILE`, written once.

CSV conventions (documented in reports/README.md): lists are joined with ";", nested
records (reasons, evidence) are JSON strings, booleans are "true"/"false", a missing
value is an empty cell. JSON is a list of objects with the same keys.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import click

FORMATS = ("csv", "json")


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add `--format` and `--output` to a click command."""
    func = click.option(
        "--output",
        "-o",
        "output",
        type=click.Path(dir_okay=False, writable=True),
        default=None,
        help="Write to FILE instead of standard output.",
    )(func)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="csv",
        show_default=True,
        help="Output format.",
    )(func)


def csv_cell(value: Any) -> str:
    """One value as a CSV cell, following the conventions above."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        if any(isinstance(item, dict) for item in value):
            return json.dumps(list(value), ensure_ascii=False)
        return ";".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(name)) for name in columns])
    return buffer.getvalue()


def to_json(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    records = [{name: row.get(name) for name in columns} for row in rows]
    return json.dumps(records, indent=2, ensure_ascii=False) + "\n"


def render(columns: Sequence[str], rows: Iterable[dict[str, Any]], fmt: str) -> str:
    return to_csv(columns, rows) if fmt == "csv" else to_json(columns, rows)


def write_text(text: str, output: str | None) -> None:
    """Write to `output` (a file) or standard output."""
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc


def write_rows(
    columns: Sequence[str], rows: Sequence[dict[str, Any]], fmt: str, output: str | None
) -> None:
    write_text(render(columns, rows, fmt), output)
    if not rows:
        click.echo("no matching data: the result is empty", err=True)
