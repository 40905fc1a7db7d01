"""`nephelpdesk crawl`, `check` and `runs`: the cyber team's commands."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from core.cli import Context, emit_json, json_option
from core.errors import BadUrl
from core.urls import checked_url
from crawler.queries import default_queries, read_queries_file
from nephelpdesk.run import RunOptions, RunSummary, nightly_run


def _progress(ctx: Context, line: str) -> None:
    # One plain line a step: reads well at a terminal and in cron mail alike.
    ctx.say(f"[nephelpdesk] {line}")


def print_summary(summary: RunSummary, *, verbosity: int = 0, sandbox: bool = False) -> None:
    """The run's summary on stdout; the per-query table only with -v (or `runs --yield`)."""
    crawl = summary.counts.get("crawl", {}) if isinstance(summary.counts.get("crawl"), dict) else {}
    click.echo(
        f"Run {summary.run_id}: {summary.status}{' (resumed after a crash)' if summary.resumed else ''}"
    )
    click.echo(
        f"  search pages {sum(y['pages_searched'] for y in summary.query_yield)}, "
        f"hits {crawl.get('hits_stored', 0)}, pages stored {crawl.get('pages_stored', 0)} "
        f"(unchanged {crawl.get('pages_unchanged', 0)}), pivots {crawl.get('pivots_queued', 0)}, "
        f"SSRF refused {crawl.get('ssrf_blocked', 0)}"
    )
    for stage in ("enrich", "render", "score", "triage", "recheck"):
        value = summary.counts.get(stage)
        if value is not None:
            text = (
                value if isinstance(value, str) else ", ".join(f"{k} {v}" for k, v in value.items())
            )
            click.echo(f"  {stage}: {text}")
    search = summary.counts.get("search")
    if isinstance(search, dict) and search.get("failed") and search.get("answered"):
        click.echo(
            f"  search: {search['failed']} of {search['queries']} queries got no answer "
            f"(first error: {search['first_error']}); `nephelpdesk runs --yield` marks them"
        )
    sources = summary.counts.get("sources")
    if isinstance(sources, dict):
        click.echo("  domains by source (domains / flagged): " + ", ".join(
            f"{name} {c['domains']} / {c['flagged']}" for name, c in sources.items()))  # fmt: skip
    if summary.unresponsive_engines:
        # SearXNG's own report about the engines behind it; SearXNG itself answered.
        simulated = " (simulated by the sandbox)" if sandbox else ""
        click.echo(
            f"  note: SearXNG reported some of its upstream engines unresponsive{simulated}; "
            f"results from the others were kept: {', '.join(summary.unresponsive_engines)}"
        )
    for error in summary.errors:
        click.echo(f"  error: {error}")
    if verbosity < 1:
        if summary.query_yield:
            click.echo(
                f"  {len(summary.query_yield)} queries searched; per-query yield: "
                f"nephelpdesk runs --yield (or -v)"
            )
        return
    click.echo("  per-query yield (hits / new domains / flagged):")
    for y in summary.query_yield:
        origin = " [pivot]" if y["origin"] == "pivot" else ""
        click.echo(
            f"    {y['hits']:4d} {y['new_domains']:4d} {y['flagged_domains']:4d}  {y['query']}{origin}"
        )


@click.command()
@click.option(
    "--engine",
    type=click.Choice(["searxng", "brave", "sandbox"]),
    default="searxng",
    show_default=True,
    help="Search backend.",
)
@click.option("--engine-url", metavar="URL", help="Base URL of the SearXNG instance (or sandbox).")
@click.option(
    "--queries",
    "queries_file",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="One query a line, # comments. Default: the built-in Dutch/English set.",
)
@click.option(
    "--proxy", metavar="URL", help="HTTP proxy for fetching sites (not the search backend)."
)
@click.option(
    "--result-pages",
    default=2,
    show_default=True,
    type=click.IntRange(1, 10),
    help="Result pages per query.",
)
@click.option(
    "--contact-pages",
    default=3,
    show_default=True,
    type=click.IntRange(0, 20),
    help="Same-site contact/support pages fetched per site.",
)
@click.option(
    "--stage",
    "stages",
    multiple=True,
    type=click.Choice(["crawl", "render", "enrich", "score", "triage", "recheck"]),
    help="Run only these stages (repeatable). Default: all.",
)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="Scrapy setting override, e.g. -s DOWNLOAD_DELAY=1.",
)
@json_option
@click.pass_obj
def crawl(
    ctx: Context,
    engine: str,
    engine_url: str | None,
    queries_file: str | None,
    proxy: str | None,
    result_pages: int,
    contact_pages: int,
    stages: tuple[str, ...],
    overrides: tuple[str, ...],
    as_json: bool,
) -> None:
    """The nightly run: search, fetch, store, render, enrich, score, triage, recheck.

    \b
    Example (cron, against a self-hosted SearXNG through a proxy):
      nephelpdesk --db /var/lib/nephelpdesk/nephelpdesk.db crawl \\
        --engine searxng --engine-url http://127.0.0.1:8888 \\
        --queries /etc/nephelpdesk/queries.txt --proxy http://proxy.local:3128

    A run killed midway is resumed by the next crawl; nothing stored is fetched again.
    """
    if "crawl" in (stages or ("crawl",)):
        if engine_url:
            checked_url(engine_url, what="--engine-url")
        if proxy:
            checked_url(proxy, what="--proxy")
    queries = read_queries_file(queries_file) if queries_file else default_queries()
    options = RunOptions(
        engine=engine,
        engine_url=engine_url,
        api_key=os.environ.get("NEPHELPDESK_BRAVE_API_KEY"),
        queries=queries,
        queries_file=queries_file,
        proxy=proxy,
        result_pages=result_pages,
        contact_pages=contact_pages,
        settings=_parse_overrides(overrides),
        stages=stages or RunOptions().stages,
        verbosity=ctx.verbosity,
    )
    if "crawl" in options.stages:
        _validate_backend(options)
    summary = nightly_run(ctx.db_path, options, progress=lambda line: _progress(ctx, line))
    if as_json:
        emit_json(summary.__dict__)
    elif ctx.verbosity >= 0:
        print_summary(summary, verbosity=ctx.verbosity)
    exit_on_failure(summary)


def exit_on_failure(summary: RunSummary) -> None:
    """A failed run ends with its errors on stderr and exit 1, for cron mail and systemd."""
    if summary.status != "finished":
        for error in summary.errors:
            click.echo(f"error: run {summary.run_id}: {error}", err=True)
        sys.exit(1)


def _validate_backend(options: RunOptions) -> None:
    from crawler.search import backend_for

    backend_for(options.engine, options.engine_url, api_key=options.api_key)


def _parse_overrides(pairs: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.isupper():
            raise click.BadParameter(f"{pair!r}: expected NAME=VALUE", param_hint="--set")
        out[name] = value
    return out


@click.command()
@click.argument("target", metavar="URL_OR_DOMAIN")
@click.option("--proxy", metavar="URL", help="HTTP proxy for fetching the site.")
@click.option(
    "--queue",
    "to_queue",
    is_flag=True,
    help="Put the domain in the review queue when it is flagged (as the nightly run would).",
)
@json_option
@click.pass_obj
def check(ctx: Context, target: str, proxy: str | None, to_queue: bool, as_json: bool) -> None:
    """Assess one site now (a victim's tip): fetch, extract, enrich, score.

    Takes a URL or a bare domain (fetched as http://DOMAIN/). Prints a summary with the
    score's reasons; --json prints the domain record of the export contract instead.

    \b
    Example:
      nephelpdesk check microsoft-hulpdienst.nl --queue
      nephelpdesk check https://microsoft-hulpdienst.nl/contact --json
    """
    from core.domains import registered_domain
    from reports.exports import domain_records

    url = checked_url(target, what="check", bare_domain=True)
    domain = registered_domain(url)
    if domain is None:
        raise BadUrl(f"check {target!r}: no registered domain (a name under a public suffix)")
    if proxy:
        checked_url(proxy, what="--proxy")
    ctx.require_store()
    options = RunOptions(
        urls=[url],
        proxy=proxy,
        stages=("crawl", "render", "enrich", "score"),
        queries=[],
        engine="check",
        verbosity=ctx.verbosity,
        crawl_list=False,
    )
    summary = nightly_run(ctx.db_path, options, progress=lambda line: _progress(ctx, line))
    queued = _queue_one(ctx, domain.domain) if to_queue else None
    records = domain_records(ctx.store(readonly=True), domain=domain.domain)
    if not records:
        raise click.ClickException(
            f"could not fetch {url} (run {summary.run_id}: {summary.errors})"
        )
    if as_json:
        emit_json(records[0])
    else:
        print_check(records[0], queued)


def _queue_one(ctx: Context, domain: str) -> dict[str, int]:
    from takedown_queue.triage import triage

    db = ctx.store()
    try:
        return triage(db, only={domain})
    finally:
        db.close()


def print_check(record: dict[str, Any], queued: dict[str, int] | None) -> None:
    """The human summary of one checked domain: verdict, facts, reasons, queue."""
    verdict = "FLAGGED" if record.get("flagged") else "not flagged"
    score = record.get("score")
    click.echo(
        f"{record['domain']}: {verdict}, score {score if score is not None else '-'}"
        f" ({record.get('band') or 'no band'})"
    )
    click.echo(f"  pages:  {', '.join(record.get('urls') or []) or '-'}")
    click.echo(f"  phones: {', '.join(record.get('phones') or []) or '-'}")
    click.echo(f"  brands: {', '.join(record.get('brands') or []) or '-'}")
    click.echo(
        f"  registration: registrar {record.get('registrar') or '-'}, "
        f"registrant country {record.get('registrant_country') or '-'}"
        f"{' (privacy-shielded)' if record.get('privacy') else ''}, "
        f"created {record.get('created') or '-'}"
    )
    reasons = record.get("reasons") or []
    click.echo("  reasons:" if reasons else "  reasons: none")
    for reason in reasons:
        click.echo(f"    {reason['points']:+g}  {reason['indicator']}: {reason['evidence']}")
    click.echo(f"  queue: {_queue_line(record, queued)}")


def _queue_line(record: dict[str, Any], queued: dict[str, int] | None) -> str:
    status = record.get("queue_status")
    if status:
        return f"{status} (nephelpdesk queue list)"
    if queued is not None:
        return "not queued: not flagged"
    if record.get("flagged"):
        return "not queued yet: run again with --queue, or wait for the nightly triage"
    return "not queued"


@click.command()
@click.option("--limit", default=10, show_default=True, help="How many recent runs.")
@click.option("--yield", "show_yield", is_flag=True, help="Show per-query yield of each run.")
@json_option
@click.pass_obj
def runs(ctx: Context, limit: int, show_yield: bool, as_json: bool) -> None:
    """List recent crawl runs with counts (and per-query yield).

    \b
    Example:
      nephelpdesk runs --yield
    """
    db = ctx.store(readonly=True)
    rows = [dict(r) for r in db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [limit])]
    for row in rows:
        for key in ("counts", "errors", "unresponsive_engines"):
            row[key] = json.loads(row[key])
        if show_yield:
            row["query_yield"] = _yield_rows(db, row["id"])
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        crawl = row["counts"].get("crawl", {})
        search = row["counts"].get("search") or {}
        failed = (
            f"  search failed {search['failed']}/{search['queries']}"
            if search.get("failed")
            else ""
        )
        click.echo(
            f"run {row['id']}  {row['started']} -> {row['finished'] or '-'}  {row['status']}  "
            f"pages {crawl.get('pages_stored', 0)}  hits {crawl.get('hits_stored', 0)}{failed}"
        )
        for error in row["errors"]:
            click.echo(f"    error: {error}")
        for y in row.get("query_yield", []):
            failed_mark = "  [no answer from the engine]" if not y["answered"] else ""
            click.echo(
                f"    {y['hits']:4d} {y['new_domains']:4d} {y['flagged_domains']:4d}  "
                f"{y['query']}{failed_mark}"
            )


def _yield_rows(db: Any, run_id: int) -> list[dict[str, Any]]:
    """Per query of a run: hits, new and flagged domains, and whether the engine answered
    any of its result pages (`answered` false: every search of it failed)."""
    return [
        dict(r)
        for r in db.query(
            "SELECT y.query, y.origin, y.hits, y.new_domains, y.flagged_domains,"
            " coalesce((SELECT max(r.error IS NULL) FROM search_requests r"
            "   WHERE r.run_id = y.run_id AND r.query = y.query), 1) AS answered"
            " FROM query_yield y WHERE y.run_id = ? ORDER BY y.hits DESC, y.query",
            [run_id],
        )
    ]
