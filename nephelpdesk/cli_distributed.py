"""`nephelpdesk worker`, `nephelpdesk writer` and `nephelpdesk seed`: a crawl on several hosts."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import redis

from core.cli import Context, emit_json
from core.errors import ConfigError
from crawler.distributed.keys import DEFAULT_PREFIX, Keys

redis_option = click.option(
    "--redis",
    "redis_url",
    envvar="NEPHELPDESK_REDIS_URL",
    default="redis://127.0.0.1:6379/0",
    show_default=True,
    help="Shared Redis (or $NEPHELPDESK_REDIS_URL).",
)
prefix_option = click.option(
    "--prefix", default=DEFAULT_PREFIX, show_default=True, help="Redis key prefix of this crawl."
)


def _connect(url: str) -> redis.Redis:
    try:
        server = redis.Redis.from_url(url)
        server.ping()
    except (redis.RedisError, ValueError) as exc:
        raise ConfigError(f"--redis {url}: {exc}") from exc
    return server


@click.command()
@redis_option
@prefix_option
@click.option("--proxy", default=None, help="Fetch sites through this HTTP proxy.")
@click.option(
    "--worker-id", default=None, help="Stable id (default host-pid); reuse it on restart."
)
@click.option(
    "--idle-close", default=30.0, show_default=True, help="Stop after this many idle seconds."
)
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Scrapy setting.")
def worker(
    redis_url: str,
    prefix: str,
    proxy: str | None,
    worker_id: str | None,
    idle_close: float,
    overrides: tuple[str, ...],
) -> None:
    """Fetch pages from the shared Redis frontier and hand them to the writer.

    \b
    Example (on each crawl host):
      nephelpdesk worker --redis redis://crawl-hub:6379/0 \
          --proxy http://proxy:3128 --worker-id "$(hostname)"
    """
    from crawler.distributed.worker import run_worker

    _connect(redis_url).close()
    stats = run_worker(
        redis_url,
        keys=Keys(prefix),
        proxy=proxy,
        worker_id=worker_id,
        idle_close=idle_close,
        overrides=_settings(overrides),
    )
    click.echo(
        f"worker done: {stats.get('response_received_count', 0)} pages fetched, "
        f"{stats.get('nephelpdesk/leases_restored', 0)} leases restored"
    )


def _settings(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"--set {pair}: expected NAME=VALUE")
        out[name.strip()] = value.strip()
    return out


@click.command()
@redis_option
@prefix_option
@click.option("--contact-pages", default=3, show_default=True, help="Contact pages per site.")
@click.option("--idle-exit", type=float, default=None, help="Exit when nothing is left for N s.")
@click.pass_obj
def writer(
    ctx: Context, redis_url: str, prefix: str, contact_pages: int, idle_exit: float | None
) -> None:
    """Store the pages the workers fetched: extract, store, queue contact pages.

    Run exactly one writer per crawl, on the host that has the store.

    \b
    Example:
      nephelpdesk --db /var/lib/nephelpdesk/nephelpdesk.db writer \
          --redis redis://crawl-hub:6379/0 --idle-exit 60
    """
    from crawler.distributed.writer import Writer, stats_json
    from nephelpdesk.run import RunOptions, begin_run, finish_run

    server = _connect(redis_url)
    db = ctx.store(create=True)  # the writer is the distributed mode's crawl: it may start a store
    run_id, _ = begin_run(db, RunOptions(engine="distributed"))
    db.close()
    with Writer(server, Keys(prefix), ctx.db_path, run_id, contact_pages) as w:
        stats = w.run(idle_exit)
    db = ctx.store()
    finish_run(db, run_id, {"distributed": stats_json(stats)}, "finished", [])
    db.close()
    emit_json({"run_id": run_id, "counts": stats_json(stats)})


@click.command()
@redis_option
@prefix_option
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
def seed(redis_url: str, prefix: str, source: str) -> None:
    """Queue start URLs (one a line, `#` comments; `-` reads stdin) for the workers.

    \b
    Example:
      nephelpdesk seed --redis redis://crawl-hub:6379/0 urls.txt
    """
    from crawler.distributed.seeds import add_seeds

    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read: {exc.strerror or exc}") from exc
    urls = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    urls = [u for u in urls if u]
    bad = [u for u in urls if not u.startswith(("http://", "https://"))]
    if bad:
        raise ConfigError(f"{source}: not an http(s) URL: {bad[0]}")
    count = add_seeds(_connect(redis_url), Keys(prefix), urls)
    click.echo(f"{count} URLs queued")
