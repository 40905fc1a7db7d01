"""The reports commands: `export` (domains, stats, acm, misp), `report` and `explore`.

Thin wrappers over the library in this package; a user's mistake becomes one clear line.
"""

from __future__ import annotations

import json
import signal
import tempfile
from pathlib import Path
from typing import Any

import click

from reports import acm, exports, misp, quarterly, stats
from reports import explore as explore_lib
from reports.output import output_options, write_rows, write_text
from reports.periods import PERIOD_KINDS, normalise_period
from reports.source import STATUSES


def _period_value(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return normalise_period(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from exc


status_option = click.option(
    "--status",
    type=click.Choice(STATUSES),
    default="flagged",
    show_default=True,
    help="Which domains: flagged now, approved for takedown, taken offline, or all seen.",
)
status_option_all = click.option(
    "--status",
    type=click.Choice(STATUSES),
    default="all",
    show_default=True,
    help="Which domains: every domain seen (default), flagged, approved or taken offline.",
)
only_option = click.option(
    "--in",
    "only",
    metavar="PERIOD",
    callback=_period_value,
    default=None,
    help="Keep one period only: a quarter (2024-Q3), a month (2024-07) or a year.",
)


@click.group()
def export() -> None:
    """Export domains, statistics, ACM numbers and MISP events.

    \b
    Examples:
      nephelpdesk export domains --format csv -o domains.csv
      nephelpdesk export stats --by country --period quarter
      nephelpdesk export acm -o acm.csv
      nephelpdesk export misp -o event.json
    """


@export.command("stats")
@click.option(
    "--by",
    "by",
    type=click.Choice(stats.BY_CHOICES),
    required=True,
    help="What to count domains by (see reports/README.md).",
)
@click.option(
    "--period",
    type=click.Choice(PERIOD_KINDS),
    default=None,
    help="Group by quarter or month (of detection, or of flagging with --when flagged).",
)
@click.option(
    "--when",
    type=click.Choice(("detected", "flagged")),
    default="detected",
    show_default=True,
    help="Which time places a domain in a period.",
)
@status_option
@only_option
@output_options
@click.pass_obj
def stats_command(
    obj: Any,
    by: str,
    period: str | None,
    when: str,
    status: str,
    only: str | None,
    fmt: str,
    output: str | None,
) -> None:
    """Registration statistics: domains by registrant country, registrar, TLD, ...

    Registrant country keeps "privacy-shielded", "not published by registry" and
    "unknown" as categories of their own.

    \b
    Example: where were this quarter's fake helpdesks registered?
      nephelpdesk export stats --by country --in 2024-Q3 --format csv
    """
    db = obj.store(readonly=True)
    table = stats.compute(db, by, period=period, status=status, when=when, only=only)
    write_rows(table.columns, table.rows, fmt, output)


@export.command("domains")
@status_option_all
@output_options
@click.pass_obj
def domains_command(obj: Any, status: str, fmt: str, output: str | None) -> None:
    """Every domain seen, one record each (the interface contract in DESIGN.md).

    In CSV, urls, phones and brands are joined with ";" and reasons is a JSON string.

    \b
    Example:
      nephelpdesk export domains --format json -o domains.json
    """
    records = exports.domain_records(obj.store(readonly=True), status)
    write_rows(exports.COLUMNS, records, fmt, output)


@export.command("acm")
@status_option
@output_options
@click.pass_obj
def acm_command(obj: Any, status: str, fmt: str, output: str | None) -> None:
    """Dutch numbers (E.164) for ACM blocking requests, with sightings and evidence.

    Brands' own published support numbers are left out and counted on stderr.

    \b
    Example:
      nephelpdesk export acm --format csv -o acm-2024-Q3.csv
    """
    result = acm.acm_numbers(obj.store(readonly=True), status)
    write_rows(acm.COLUMNS, result.rows, fmt, output)
    if result.official_skipped:
        click.echo(
            f"left out {len(result.official_skipped)} brand support number(s): "
            + ", ".join(result.official_skipped),
            err=True,
        )


@export.command("misp")
@status_option
@click.option("--info", default=None, help="The event's title (MISP 'info').")
@click.option("--tlp", type=click.Choice(misp.TLP_LEVELS), default="amber", show_default=True)
@click.option(
    "--distribution",
    type=click.Choice(tuple(misp.DISTRIBUTIONS)),
    default="community",
    show_default=True,
    help="Who may see the event in MISP.",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write to FILE instead of standard output.",
)
@click.pass_obj
def misp_command(
    obj: Any, status: str, info: str | None, tlp: str, distribution: str, output: str | None
) -> None:
    """A MISP event (JSON) with domains, URLs and phone numbers as attributes.

    \b
    Example:
      nephelpdesk export misp --tlp amber -o event.json
    """
    event = misp.misp_event(
        obj.store(readonly=True), status=status, info=info, tlp=tlp, distribution=distribution
    )
    write_text(json.dumps(event, indent=2, ensure_ascii=False) + "\n", output)
    count = len(event["Event"]["Attribute"])
    click.echo(
        f"{count} attribute(s)" if count else "no matching data: event without attributes", err=True
    )


def _quarter_value(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    period = _period_value(ctx, param, value)
    if period is not None and "Q" not in period:
        raise click.BadParameter(
            f"{value!r} is not a quarter: use e.g. 2024-Q3", ctx=ctx, param=param
        )
    return period


@click.command("report")
@click.option(
    "--quarter",
    metavar="QUARTER",
    callback=_quarter_value,
    default=None,
    help="The quarter, e.g. 2024-Q3 (default: the latest with detections).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    default="reports-out",
    show_default=True,
    help="Directory for the HTML, PDF and charts.",
)
@click.option(
    "--quarters",
    type=click.IntRange(2, 20),
    default=4,
    show_default=True,
    help="How many quarters the trend chart covers.",
)
@click.option("--pdf/--no-pdf", default=True, show_default=True, help="Also write a PDF.")
@status_option
@click.pass_obj
def report(
    obj: Any, quarter: str | None, out_dir: str, quarters: int, pdf: bool, status: str
) -> None:
    """Render the quarterly report (HTML with PNG charts, and a PDF).

    \b
    Example:
      nephelpdesk report --quarter 2024-Q3 --out reports-2024-Q3
    """
    try:
        result = quarterly.render(
            obj.store(readonly=True),
            Path(out_dir),
            quarter,
            status=status,
            quarters=quarters,
            pdf=pdf,
        )
    except OSError as exc:
        raise click.ClickException(f"cannot write the report to {out_dir}: {exc}") from exc
    if not result.summary["domains"]:
        click.echo(f"no domains detected in {result.quarter}: the report is empty", err=True)
    click.echo(
        f"report {result.quarter}: {result.html}" + (f", {result.pdf}" if result.pdf else "")
    )


@click.command("explore")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True)
@click.option(
    "--immutable",
    is_flag=True,
    help="Open with datasette -i: only for a store nobody writes to (a backup copy).",
)
@click.option(
    "--print-metadata",
    is_flag=True,
    help="Print the Datasette metadata (with the stored queries) and exit.",
)
@click.pass_obj
def explore(obj: Any, host: str, port: int, immutable: bool, print_metadata: bool) -> None:
    """Open the store read-only in Datasette, with stored queries for common statistics.

    Only the analysis tables (reports/explore.toml) can be read: never accounts,
    password hashes, notes or the audit log. Datasette has no login of its own: it
    listens on 127.0.0.1; to share it, put it behind a login (README, Analysts).

    \b
    Example:
      nephelpdesk explore --port 8001
    """
    data = explore_lib.metadata(obj.store(readonly=True), obj.db_path)
    if not explore_lib.is_loopback(host):
        click.echo(
            f"warning: explore on {host}: anyone who reaches port {port} can query the "
            "analysis tables; put it behind a login (README, Analysts)",
            err=True,
        )
    if print_metadata:
        click.echo(json.dumps(data, indent=2))
        return
    with tempfile.TemporaryDirectory(prefix="nephelpdesk-explore-") as tmp:
        meta = explore_lib.write_metadata(data, Path(tmp) / "metadata.json")
        command = explore_lib.datasette_command(obj.db_path, meta, host, port, immutable)
        click.echo(f"Datasette on {explore_lib.url(host, port, obj.db_path)} (Ctrl-C to stop)")
        click.echo(
            "analysis tables only; Datasette logs 'not authorized' when it tries to count "
            "the hidden ones: that is the guard at work",
            err=True,
        )
        status = explore_lib.serve(command)
    if status not in (0, 130, -signal.SIGTERM):
        raise click.ClickException(f"datasette stopped with status {status}")
