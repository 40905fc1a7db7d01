"""`nephelpdesk evaluate`: precision and recall against labels, or on the sandbox's own
development and held-out sets (the roof: it wires scoring to the sandbox)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import click

from core.cli import Context, emit_json, json_option
from crawler.sandbox import evaluation
from scoring.cli import query_domains, read_labels, stored_outcomes
from scoring.evaluate import evaluate as run_evaluation
from scoring.evaluate import format_text

SANDBOX_SETS = ("development", "held-out", "both")


@click.command()
@click.argument("labels", type=click.Path(dir_okay=False), required=False)
@click.option(
    "--sandbox",
    "sandbox_set",
    type=click.Choice(SANDBOX_SETS),
    help="Evaluate on the sandbox's own sets, offline, instead of the store "
    "(the default without LABELS: both).",
)
@click.option(
    "--show-errors",
    is_flag=True,
    help="List the missed and falsely flagged domains of the sandbox sets too.",
)
@json_option
@click.pass_obj
def evaluate(
    ctx: Context, labels: str | None, sandbox_set: str | None, show_errors: bool, as_json: bool
) -> None:
    """Precision, recall and false positives: of the stored scores against LABELS, or of
    the current rules on the sandbox's development and held-out sets.

    LABELS is a CSV with the columns domain,label[,category,...]; label is scam, legit
    or edge (edge rows are ignored). Run `nephelpdesk score` first. Without LABELS (or
    with --sandbox) both sandbox sets are built, extracted, stored and scored in a
    temporary store; the held-out figure is the product's accuracy (its sites were
    written apart from the rules, which are tuned on the development set only).

    \b
    Example:
      nephelpdesk evaluate data/sandbox-labels.csv --json
      nephelpdesk evaluate --sandbox both
    """
    if labels is None or sandbox_set is not None:
        _evaluate_sandbox(sandbox_set or "both", show_errors, as_json)
        return
    truth = read_labels(labels)
    db = ctx.store(readonly=True)
    result = run_evaluation(truth, stored_outcomes(db), query_domains(db))
    if as_json:
        emit_json(result.as_dict())
    else:
        for line in format_text(result):
            click.echo(line)


def _evaluate_sandbox(which: str, show_errors: bool, as_json: bool) -> None:
    names = evaluation.SETS if which == "both" else (which,)
    results = {}
    with tempfile.TemporaryDirectory(prefix="nephelpdesk-eval-") as tmp:
        for name in names:
            result = evaluation.evaluate_sets((name,), Path(tmp))[0]
            results[name] = _set_json(result, show_errors)
            if not as_json:
                for line in evaluation.summary_lines(result, show_errors):
                    click.echo(line)
    if as_json:
        emit_json(results)


def _set_json(result: Any, show_errors: bool) -> dict[str, Any]:
    data = result.evaluation.as_dict()
    data["never_flagged_false_positives"] = result.never_flagged_fp
    if not show_errors:
        for key in ("false_positive_domains", "missed_domains", "unscored"):
            data[key] = len(data[key])
    return data
