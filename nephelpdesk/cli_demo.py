"""`nephelpdesk demo`: the sandbox web, a full nightly run against it, and its summary."""

from __future__ import annotations

import os
import shlex
from typing import Any

import click

from core.cli import Context
from crawler.queries import default_queries
from nephelpdesk.cli_crawl import exit_on_failure, print_summary
from nephelpdesk.run import RunOptions, nightly_run


@click.command()
@click.option(
    "--serve",
    is_flag=True,
    help="Keep the sandbox running and serve the review UI afterwards.",
)
@click.option("--port", default=8000, show_default=True, help="Review UI port with --serve.")
@click.option("--scale", default=0, show_default=True, help="Extra generated sites in the sandbox.")
@click.pass_obj
def demo(ctx: Context, serve: bool, port: int, scale: int) -> None:
    """Start the sandbox, run the nightly run against it, print the summary.

    Nothing leaves the machine: search engine, sites, RDAP and WHOIS are all local.

    \b
    Example:
      nephelpdesk --db data/demo.db demo --serve
    """
    from crawler.sandbox.scenario import load_scenario
    from crawler.sandbox.server import Sandbox

    scenario = load_scenario(scale=scale)
    with Sandbox(scenario) as sandbox:
        ctx.say(
            f"[demo] sandbox: search {sandbox.search_url}  proxy {sandbox.proxy_url}  "
            f"whois {sandbox.whois_address}"
        )
        os.environ.update(sandbox.env())
        _discover(ctx, sandbox)
        options = RunOptions(
            engine="searxng",
            engine_url=sandbox.search_url,
            queries=default_queries(),
            proxy=sandbox.proxy_url,
            # Loopback sandbox: no need to be gentle with ourselves.
            settings={
                "DOWNLOAD_DELAY": 0,
                "AUTOTHROTTLE_ENABLED": False,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
                "DOWNLOAD_TIMEOUT": 5,
            },
            verbosity=ctx.verbosity,
        )
        summary = nightly_run(ctx.db_path, options, progress=lambda line: ctx.say(f"[demo] {line}"))
        if ctx.verbosity >= 0:
            print_summary(summary, verbosity=ctx.verbosity, sandbox=True)
        if serve:
            _serve(ctx, port)
        else:
            print_next_steps(ctx.db_path, port)
        exit_on_failure(summary)


def print_next_steps(db_path: str, port: int) -> None:
    """Where to look next: the review UI, the report, the export (one command each)."""
    db = shlex.quote(db_path)
    click.echo("Next:")
    click.echo(f"  review UI: nephelpdesk --db {db} users add YOU --role prosecutor")
    click.echo(
        f"             nephelpdesk --db {db} serve --port {port}   -> http://127.0.0.1:{port}/"
    )
    click.echo("             (or run the demo with --serve: it makes a demo login for you)")
    click.echo(f"  report:    nephelpdesk --db {db} report --out demo-report/")
    click.echo(f"  export:    nephelpdesk --db {db} export domains --format csv > domains.csv")
    click.echo(f"  explore:   nephelpdesk --db {db} explore   -> http://127.0.0.1:8001/")


def _discover(ctx: Context, sandbox: Any) -> None:
    """Discovery before the run: the sandbox's CT log, NRD list and zone files name
    look-alike scams no search result shows; the run then fetches them."""
    from crawler.discovery.crawllist import Tally, list_names
    from crawler.discovery.ctclient import CtClient
    from crawler.discovery.feeds import new_in_zone, read_nrd
    from crawler.discovery.names import NameScorer
    from crawler.discovery.settings import load_settings
    from crawler.discovery.watch import poll_log
    from scoring.rules import load_rules

    settings, scorer, db = load_settings(), NameScorer(load_rules()), ctx.store(create=True)  # the demo starts its store
    poll = poll_log(db, CtClient(sandbox.ct_url), scorer, settings, scheme="http", start_index=0)
    lines = [f"ct {poll.tally.counts['queued']}"]
    feeds = [("nrd", read_nrd(sandbox.feed_path("nrd.txt"))),
             ("zone", new_in_zone(sandbox.feed_path("zone-old.txt"),
                                  sandbox.feed_path("zone-new.txt")))]  # fmt: skip
    for source, found in feeds:
        tally = list_names(db, found.names, Tally(source, found.path), scorer,
                           min_points=settings.min_points, scheme="http")  # fmt: skip
        lines.append(f"{source} {tally.counts['queued']}")
    db.close()
    ctx.say(f"[demo] discovery: listed for the crawl: {', '.join(lines)}")


def _serve(ctx: Context, port: int) -> None:
    import secrets

    from werkzeug.serving import run_simple

    from takedown_queue.users import add_user, list_users
    from takedown_queue.web.app import create_app

    db = ctx.store(create=True)
    password = None
    if not any(u["name"] == "demo" for u in list_users(db)):
        password = secrets.token_urlsafe(9)
        add_user(db, "demo", "prosecutor", password)
    click.echo(f"review UI: http://127.0.0.1:{port}/  (Ctrl-C to stop)")
    if password:
        click.echo(f"log in as demo / {password}  (a prosecutor account made for this demo store)")
    run_simple("127.0.0.1", port, create_app(ctx.db_path), threaded=True)
