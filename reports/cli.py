"""The reports commands: `export` (domains, stats, acm, misp), `report` and `explore`.

Thin wrappers over the library in this package; a user's mistake becomes one clear line.
"""

from __future__ import annotations

from typing import Any

import click

from reports import stats
from reports.output import output_options, write_rows
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
