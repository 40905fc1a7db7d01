"""`nephelpdesk score` and `nephelpdesk evaluate`: thin edges over scoring and the store."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from typing import Any

import click

from core.cli import Context, emit_json, json_option
from core.domains import registered_domain
from core.errors import ConfigError
from scoring.evaluate import Label, Outcome

RULES_HELP = "Rules file (default: scoring/rules.toml, with scoring/rules.local.toml over it)."


@click.command()
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), help=RULES_HELP)
@click.option(
    "--override",
    type=click.Path(dir_okay=False),
    help="Local override file (default: $NEPHELPDESK_RULES_OVERRIDE or scoring/rules.local.toml).",
)
@click.option(
    "--import-fraud-numbers",
    "fraud_file",
    type=click.Path(dir_okay=False),
    help="CSV of known fraud numbers (columns e164|number, source, note) to load first.",
)
@click.option(
    "--source",
    default="imported list",
    show_default=True,
    help="Source recorded for fraud numbers whose line names none.",
)
@json_option
@click.pass_obj
def score(
    ctx: Context,
    rules_path: str | None,
    override: str | None,
    fraud_file: str | None,
    source: str,
    as_json: bool,
) -> None:
    """Rescore every domain and show whose band changed.

    \b
    Examples:
      nephelpdesk score
      nephelpdesk score --rules my-rules.toml --json
      nephelpdesk score --import-fraud-numbers acm-2025-q2.csv --source "ACM decision"
    """
    from scoring.rules import load_rules
    from scoring.stage import import_fraud_numbers, rescore

    rules = load_rules(rules_path, override)  # first: a bad rules file stops before any write
    db = ctx.store()
    imported = import_fraud_numbers(db, fraud_file, default_source=source) if fraud_file else None
    report = rescore(db, rules)
    if as_json:
        data = report.as_dict()
        if imported:
            data["fraud_numbers"] = {"imported": imported.imported, "skipped": imported.skipped}
        emit_json(data)
        return
    if imported:
        click.echo(f"fraud numbers: {imported.imported} imported, {len(imported.skipped)} skipped")
        for line in imported.skipped:
            click.echo(f"  skipped {line}", err=True)
    bands = ", ".join(f"{b} {n}" for b, n in report.bands.items()) or "none"
    click.echo(
        f"scored {report.scored} domains ({report.new} new) with rules {rules.version[:12]}: "
        f"{bands}; flagged {report.flagged}"
    )
    click.echo(f"band moved for {len(report.changes)} domain(s)" + (":" if report.changes else ""))
    for change in report.changes:
        click.echo(
            f"  {change.domain}  {change.old_band} -> {change.new_band}  "
            f"({change.old_total:g} -> {change.new_total:g})"
        )


def read_labels(path: str) -> list[Label]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if not {"domain", "label"} <= set(reader.fieldnames or []):
                raise ConfigError(f"{path}: header needs the columns domain and label")
            return [_label(path, reader.line_num, row) for row in reader]
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read labels: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"{path}: not a UTF-8 CSV file: {exc}") from exc


def _label(path: str, line: int, row: dict[str, str]) -> Label:
    value = (row.get("label") or "").strip().lower()
    if value not in ("scam", "legit", "edge"):
        raise ConfigError(f"{path}:{line}: label must be scam, legit or edge, got {value!r}")
    name = registered_domain((row.get("domain") or "").strip())
    if name is None:
        raise ConfigError(f"{path}:{line}: not a domain: {row.get('domain')!r}")
    return Label(name.domain, value, (row.get("category") or "").strip())


def stored_outcomes(db: Any) -> dict[str, Outcome]:
    outcomes = {}
    for domain, flagged, band, reasons in db.execute(
        "SELECT domain, flagged, band, reasons FROM scores"
    ):
        fired = frozenset(r["indicator"] for r in json.loads(reasons) if r.get("points"))
        outcomes[domain] = Outcome(bool(flagged), band, fired)
    return outcomes


def query_domains(db: Any) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for query, domain in db.execute(
        "SELECT DISTINCT query, domain FROM search_hits WHERE domain IS NOT NULL"
    ):
        found[query].add(domain)
    return found
