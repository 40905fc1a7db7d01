"""`nephelpdesk watch-ct`, `discover`, `queries` and `partner-numbers`: discovery's edge.

Thin wrappers: the work is in crawler.discovery's library modules. Every mistake is one
line (ConfigError / click's usage errors), never a traceback.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from core.cli import Context, emit_json, json_option
from core.errors import ConfigError

SCHEME_HELP = "Scheme of the URL the crawl fetches (default from discovery.toml: https)."


def _scorer() -> Any:
    from crawler.discovery.names import NameScorer
    from scoring.rules import load_rules

    return NameScorer(load_rules())


def _scheme(settings: Any, scheme: str | None) -> str:
    return scheme or settings.scheme


def _tally_line(data: dict[str, Any]) -> str:
    keys = ("names", "entries", "bad_entries", "unusable", "scored", "suspicious", "queued",
            "already_known")  # fmt: skip
    return ", ".join(f"{k.replace('_', ' ')} {data[k]}" for k in keys if k in data)


@click.command(name="watch-ct")
@click.option("--log", "logs", multiple=True, required=True, metavar="URL",
              help="RFC 6962 log base URL (repeatable), e.g. https://ct.example/2026h1/")  # fmt: skip
@click.option("--once", is_flag=True, help="One pass to each log's head, then exit (cron).")
@click.option("--max-entries", type=click.IntRange(1), help="At most N entries per log a pass.")
@click.option("--start-index", type=click.IntRange(0),
              help="Read from this entry (default: where the last pass stopped; a new log "
                   "starts new_log_backlog entries before its head).")  # fmt: skip
@click.option("--scheme", type=click.Choice(["http", "https"]), help=SCHEME_HELP)
@click.option("--proxy", metavar="URL", help="HTTP proxy for reaching the logs.")
@json_option
@click.pass_obj
def watch_ct(ctx: Context, logs: tuple[str, ...], once: bool, max_entries: int | None,
             start_index: int | None, scheme: str | None, proxy: str | None,
             as_json: bool) -> None:  # fmt: skip
    """Read certificate transparency logs; list suspicious names for the next crawl.

    Every DNS name of every new certificate and precertificate is scored with the
    domain-name rules (brand look-alikes, brand + support or scare words, brands on
    free hosting); the suspicious ones go on the crawl list with the log and entry
    they came from. A log's position is stored: the next pass resumes there.

    \b
    Examples:
      nephelpdesk watch-ct --log https://ct.example/2026h1/ --once
      nephelpdesk watch-ct --log http://127.0.0.1:8890 --start-index 0 --scheme http --once
    """
    from crawler.discovery.ctclient import CtClient
    from crawler.discovery.settings import load_settings
    from crawler.discovery.watch import poll_log

    for url in logs:
        if not url.startswith(("http://", "https://")):
            raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="--log")
    # Like crawl, watching CT logs can be the first thing a new store sees.
    settings, scorer, db = load_settings(), _scorer(), ctx.store(create=True)
    ct = settings.ct
    clients = [CtClient(url, timeout=ct.timeout_seconds, retries=ct.retries,
                        backoff=ct.backoff_seconds, max_backoff=ct.max_backoff_seconds,
                        proxy=proxy) for url in logs]  # fmt: skip
    first = True
    while True:
        results = []
        for client in clients:
            poll = poll_log(db, client, scorer, settings, scheme=_scheme(settings, scheme),
                            start_index=start_index if first else None,
                            max_entries=max_entries)  # fmt: skip
            results.append(poll.as_dict())
        first = False
        _print_polls(results, as_json)
        if once:
            break
        time.sleep(ct.poll_interval_seconds)


def _print_polls(results: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        emit_json(results)
        return
    for r in results:
        size = r["tree_size"] if r["tree_size"] is not None else "?"
        click.echo(f"{r['url']}: entries {r['start_index']}..{r['next_index']} of {size}; "
                   f"{_tally_line(r)}")  # fmt: skip
        if r["problem"]:
            click.echo(f"  no answer / stopped: {r['problem']}", err=True)
        for bad in r["bad_entry_problems"][:10]:
            click.echo(f"  bad entry {bad}", err=True)


@click.command()
@click.option("--nrd", "nrd_files", multiple=True, type=click.Path(dir_okay=False),
              metavar="FILE", help="Newly registered domains, one a line (repeatable).")  # fmt: skip
@click.option("--zone", "zones", multiple=True, nargs=2, type=click.Path(dir_okay=False),
              metavar="OLD NEW", help="Two zone files: the names in NEW and not in OLD.")  # fmt: skip
@click.option("--scheme", type=click.Choice(["http", "https"]), help=SCHEME_HELP)
@json_option
@click.pass_obj
def discover(ctx: Context, nrd_files: tuple[str, ...], zones: tuple[tuple[str, str], ...],
             scheme: str | None, as_json: bool) -> None:  # fmt: skip
    """Score newly registered names; list the suspicious ones for the next crawl.

    Without --nrd or --zone: show the crawl list, per source.

    \b
    Examples:
      nephelpdesk discover --nrd nrd-2026-03-01.txt
      nephelpdesk discover --zone com-2026-02-28.zone com-2026-03-01.zone
      nephelpdesk discover
    """
    from crawler.discovery.crawllist import Tally, list_names, waiting_summary
    from crawler.discovery.feeds import new_in_zone, read_nrd
    from crawler.discovery.settings import load_settings

    if not nrd_files and not zones:
        return _print_list(waiting_summary(ctx.store(readonly=True)), as_json)
    settings = load_settings()
    reads = [("nrd", read_nrd(path)) for path in nrd_files]
    reads += [("zone", new_in_zone(old, new)) for old, new in zones]
    scorer, db = _scorer(), ctx.store(create=True)  # like crawl: may start a store
    results = []
    for source, found in reads:
        tally = Tally(source, found.path)
        tally.counts.update({f"skipped ({k})": v for k, v in found.skipped.items()})
        list_names(db, found.names, tally, scorer, min_points=settings.min_points,
                   scheme=_scheme(settings, scheme))  # fmt: skip
        results.append(tally.as_dict())
    if as_json:
        emit_json(results)
        return
    for r in results:
        extra = ", ".join(f"{k} {v}" for k, v in r.items() if k.startswith("skipped"))
        click.echo(
            f"{r['source']} {r['origin']}: {_tally_line(r)}" + (f", {extra}" if extra else "")
        )


def _print_list(rows: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("crawl list: empty (run watch-ct or discover --nrd/--zone)")
    for r in rows:
        click.echo(f"{r['source']}: {r['listed']} listed, {r['waiting']} waiting for the next "
                   f"crawl, {r['taken']} taken by a run")  # fmt: skip


@click.group()
def queries() -> None:
    """Proposals for the query file, from what the queries found.

    \b
    Examples:
      nephelpdesk queries suggest --out proposed.txt
      nephelpdesk queries prune --runs 5
    """


@queries.command()
@click.option("--queries", "queries_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="The query file in use (its queries are not proposed again).")  # fmt: skip
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
@click.option("--min-flagged", default=2, show_default=True, type=click.IntRange(1),
              help="A phrase must be on at least this many flagged domains.")  # fmt: skip
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the proposals here, one a line with its reason after '#'.")  # fmt: skip
@json_option
@click.pass_obj
def suggest(ctx: Context, queries_file: str | None, limit: int, min_flagged: int,
            out: Path | None, as_json: bool) -> None:  # fmt: skip
    """New queries mined from flagged pages, ranked by estimated scam yield.

    Proposals only: copy the lines you accept into your query file.

    \b
    Example:
      nephelpdesk queries suggest --queries /etc/nephelpdesk/queries.txt
    """
    from crawler.discovery.queries import as_dicts
    from crawler.discovery.queries import suggest as run_suggest

    db = ctx.store(readonly=True)
    proposals = run_suggest(db, _existing(db, queries_file), limit=limit, min_flagged=min_flagged)
    _emit(proposals, as_dicts(proposals), out, as_json, "no phrase on enough flagged pages yet")


@queries.command()
@click.option("--runs", default=5, show_default=True, type=click.IntRange(1),
              help="Propose queries with no flagged result in each of their last N runs.")  # fmt: skip
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the proposals here, one a line with its reason after '#'.")  # fmt: skip
@json_option
@click.pass_obj
def prune(ctx: Context, runs: int, out: Path | None, as_json: bool) -> None:
    """Queries that found nothing flagged for N runs: proposals to remove.

    \b
    Example:
      nephelpdesk queries prune --runs 10
    """
    from crawler.discovery.queries import as_dicts
    from crawler.discovery.queries import prune as run_prune

    proposals = run_prune(ctx.store(readonly=True), runs)
    _emit(proposals, as_dicts(proposals), out, as_json, f"no query without results for {runs} runs")


def _existing(db: Any, queries_file: str | None) -> set[str]:
    from crawler.queries import default_queries, read_queries_file

    known = set(read_queries_file(queries_file) if queries_file else default_queries())
    known |= {r[0] for r in db.execute("SELECT DISTINCT query FROM query_yield")}
    return known


def _emit(proposals: list[Any], data: list[dict[str, Any]], out: Path | None, as_json: bool,
          empty: str) -> None:  # fmt: skip
    lines = [p.line() for p in proposals]
    if out is not None:
        try:
            out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot write {out}: {exc.strerror or exc}") from exc
    if as_json:
        emit_json(data)
    elif not lines:
        click.echo(empty)
    else:
        click.echo("\n".join(lines))


@click.command(name="partner-numbers")
@click.argument("csv_file", type=click.Path(dir_okay=False))
@click.option("--source", required=True, help='Who reported them, e.g. "ACM blocking decision".')
@click.option("--date", "reported_on", metavar="YYYY-MM-DD",
              help="Date reported, for lines without a date column.")  # fmt: skip
@json_option
@click.pass_obj
def partner_numbers(ctx: Context, csv_file: str, source: str, reported_on: str | None,
                    as_json: bool) -> None:  # fmt: skip
    """Import numbers reported by partners; the next crawl searches them as pivots.

    CSV with a header: e164 (or number, phone), optional source, date, note. The numbers
    also join the known fraud numbers scoring uses.

    \b
    Example:
      nephelpdesk partner-numbers acm-2026-03.csv --source "ACM blocking decision" --date 2026-03-01
    """
    from crawler.discovery.partners import import_partner_numbers

    result = import_partner_numbers(ctx.store(create=True), csv_file, source=source, reported_on=reported_on)
    if as_json:
        emit_json({"imported": result.imported, "skipped": result.skipped})
        return
    click.echo(f"partner numbers: {result.imported} imported (searched as pivots by the next "
               f"crawl), {len(result.skipped)} skipped")  # fmt: skip
    for line in result.skipped:
        click.echo(f"  skipped {line}", err=True)
