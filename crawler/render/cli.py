"""`nephelpdesk render`: the render stage alone, on what the store holds."""

from __future__ import annotations

from typing import Any

import click

from core.cli import emit_json, json_option
from crawler.render.config import load_config


@click.command()
@click.option("--proxy", metavar="URL", help="HTTP proxy for the browser (as for the crawl).")
@click.option(
    "--domain", "domains", multiple=True, metavar="DOMAIN",
    help="Only this registered domain (repeatable); still only suspect or cased ones.",
)  # fmt: skip
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, exists=True), metavar="FILE",
    help="render.toml override (default: crawler/render/render.local.toml when present).",
)  # fmt: skip
@json_option
@click.pass_obj
def render(
    ctx: Any, proxy: str | None, domains: tuple[str, ...], config_path: str | None, as_json: bool
) -> None:
    """Open suspect pages in headless Chromium: screenshot, DOM after scripts, locker behaviour.

    Uses Debian's chromium, or the browser NEPHELPDESK_BROWSER names; never downloads one.
    Run `nephelpdesk score` afterwards (the nightly run does both).

    \b
    Example:
      nephelpdesk render --proxy http://proxy.local:3128
    """
    from crawler.render.stage import render_pages

    config = load_config(config_path)
    result = render_pages(ctx.store(), config, run_id=None, proxy=proxy, only=domains or None)
    if as_json:
        emit_json(result if isinstance(result, dict) else {"skipped": result})
    elif isinstance(result, str):
        click.echo(result)
    else:
        click.echo(" ".join(f"{k}={v}" for k, v in result.items()))
