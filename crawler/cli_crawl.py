"""`nephelpdesk crawl`, `check` and `runs`: the cyber team's commands."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from crawler.cli import Context, emit_json, json_option
from crawler.queries import default_queries, read_queries_file
from crawler.run import RunOptions, RunSummary, nightly_run


def _progress(line: str) -> None:
    # One plain line a step: reads well at a terminal and in cron mail alike.
    click.echo(f"[nephelpdesk] {line}", err=True)


def print_summary(summary: RunSummary) -> None:
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
    for stage in ("enrich", "score", "triage", "recheck"):
        value = summary.counts.get(stage)
        if value is not None:
            text = (
                value if isinstance(value, str) else ", ".join(f"{k} {v}" for k, v in value.items())
            )
            click.echo(f"  {stage}: {text}")
    sources = summary.counts.get("sources")
    if isinstance(sources, dict):
        click.echo("  domains by source (domains / flagged): " + ", ".join(
            f"{name} {c['domains']} / {c['flagged']}" for name, c in sources.items()))  # fmt: skip
    if summary.unresponsive_engines:
        click.echo(f"  unresponsive engines: {', '.join(summary.unresponsive_engines)}")
    for error in summary.errors:
        click.echo(f"  error: {error}")
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
    type=click.Choice(["crawl", "enrich", "score", "triage", "recheck"]),
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
    """The nightly run: search, fetch, store, enrich, score, triage, recheck.

    \b
    Example (cron, against a self-hosted SearXNG through a proxy):
      nephelpdesk --db /var/lib/nephelpdesk/nephelpdesk.db crawl \\
        --engine searxng --engine-url http://127.0.0.1:8888 \\
        --queries /etc/nephelpdesk/queries.txt --proxy http://proxy.local:3128

    A run killed midway is resumed by the next crawl; nothing stored is fetched again.
    """
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
    )
    if "crawl" in options.stages:
        _validate_backend(options)
    summary = nightly_run(ctx.db_path, options, progress=_progress)
    if as_json:
        emit_json(summary.__dict__)
    else:
        print_summary(summary)
    if summary.status != "finished":
        for error in summary.errors:
            click.echo(f"error: {error}", err=True)
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
@click.argument("url")
@click.option("--proxy", metavar="URL", help="HTTP proxy for fetching the site.")
@json_option
@click.pass_obj
def check(ctx: Context, url: str, proxy: str | None, as_json: bool) -> None:
    """Assess one site now (a victim's tip): fetch, extract, enrich, score.

    \b
    Example:
      nephelpdesk check https://microsoft-hulpdienst.nl/ --json
    """
    from crawler.domains import registered_domain
    from reports.exports import domain_records

    domain = registered_domain(url)
    if domain is None or not url.startswith(("http://", "https://")):
        raise click.BadParameter(f"{url!r} is not an http(s) URL with a registered domain")
    options = RunOptions(
        urls=[url], proxy=proxy, stages=("crawl", "enrich", "score"), queries=[], engine="check",
        crawl_list=False,
    )
    summary = nightly_run(ctx.db_path, options, progress=_progress)
    records = domain_records(ctx.store(readonly=True), domain=domain.domain)
    record = records[0] if records else None
    if record is None:
        raise click.ClickException(
            f"could not fetch {url} (run {summary.run_id}: {summary.errors})"
        )
    if as_json:
        emit_json(record)
    else:
        click.echo(json.dumps(record, indent=2, ensure_ascii=False))


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
            row["query_yield"] = [
                dict(r)
                for r in db.query(
                    "SELECT query, origin, hits, new_domains, flagged_domains FROM query_yield "
                    "WHERE run_id = ? ORDER BY hits DESC",
                    [row["id"]],
                )
            ]
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        crawl = row["counts"].get("crawl", {})
        click.echo(
            f"run {row['id']}  {row['started']} -> {row['finished'] or '-'}  {row['status']}  "
            f"pages {crawl.get('pages_stored', 0)}  hits {crawl.get('hits_stored', 0)}"
        )
        for y in row.get("query_yield", []):
            click.echo(
                f"    {y['hits']:4d} {y['new_domains']:4d} {y['flagged_domains']:4d}  {y['query']}"
            )
