"""`nephelpdesk lookup` and `nephelpdesk enrich`: thin wrappers over the library."""

from __future__ import annotations

from typing import Any

import click

from core.cli import emit_json, json_option
from core.errors import LookupFailed
from registration.client import ClientSettings, RegistrationClient
from registration.enrich import enrich as enrich_store
from registration.enrich import store_result
from registration.record import as_json as record_json


@click.command()
@click.argument("domain")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1))
@click.option("--no-store", is_flag=True, help="Do not record the answer in the store.")
@json_option
@click.pass_obj
def lookup(ctx: Any, domain: str, timeout: float, no_store: bool, as_json: bool) -> None:
    """Registration data for one domain: RDAP first, WHOIS as fallback.

    \b
    Example:
      nephelpdesk lookup microsoft-helpdesk-bellen.nl --json
    """
    if not no_store:
        ctx.require_store()  # before the lookup: a mistyped --db is one line, at once
    client = RegistrationClient.from_env(ClientSettings(timeout=timeout))
    result = client.lookup(domain)
    raw_sha256 = None
    if not no_store and result.domain:
        db = ctx.store()
        with db.conn:
            raw_sha256 = store_result(db, result, max_age_days=30)
    if result.record is None:
        raise LookupFailed(result.domain or domain, result.reason or "no answer")
    data = record_json(result.record, raw_sha256)
    if as_json:
        emit_json(data)
        return
    for key in (
        "domain",
        "registrar",
        "registrant_country",
        "privacy_state",
        "created",
        "expires",
        "source",
    ):
        click.echo(f"{key:20} {data[key] if data[key] is not None else '-'}")


@click.command()
@click.option("--domain", "domains", multiple=True, metavar="D", help="Only these (repeatable).")
@click.option("--concurrency", default=8, show_default=True, type=click.IntRange(1, 256))
@click.option("--max-age-days", default=30.0, show_default=True, type=click.FloatRange(0))
@click.option(
    "--rate",
    default=2.0,
    show_default=True,
    type=click.FloatRange(0.01),
    help="Requests a second to any one server.",
)
@json_option
@click.pass_obj
def enrich(
    ctx: Any,
    domains: tuple[str, ...],
    concurrency: int,
    max_age_days: float,
    rate: float,
    as_json: bool,
) -> None:
    """Fetch registration data for domains that lack a fresh record.

    \b
    Example:
      nephelpdesk enrich --concurrency 16
    """
    db = ctx.store()  # first: a mistyped --db fails before any lookup
    settings = ClientSettings(rate_per_server=rate, concurrency=concurrency)
    client = RegistrationClient.from_env(settings)
    counts = enrich_store(
        db, list(domains) or None, client=client, max_age_days=max_age_days, concurrency=concurrency
    )
    if as_json:
        emit_json(counts)
        return
    click.echo(" ".join(f"{k}={v}" for k, v in counts.items()))
