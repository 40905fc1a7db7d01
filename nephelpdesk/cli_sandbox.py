"""`nephelpdesk sandbox`: run the local sandbox web until Ctrl-C.

A thin edge over crawler.sandbox: load the scenario, start the servers, print how to
point a crawl at them.
"""

from __future__ import annotations

import shlex
import signal
import threading
from pathlib import Path

import click

from crawler.sandbox.heldout import load_heldout
from crawler.sandbox.model import Scenario
from crawler.sandbox.scenario import load_scenario
from crawler.sandbox.server import Sandbox


@click.command(
    name="sandbox",
    epilog="""\b
Example:
  nephelpdesk sandbox --search-port 8888 --proxy-port 8889 --labels truth.csv
  nephelpdesk sandbox --heldout --labels heldout-truth.csv
""",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--search-port",
    default=0,
    type=click.IntRange(0, 65535),
    help="SearXNG API port (0: any free).",
)
@click.option(
    "--proxy-port", default=0, type=click.IntRange(0, 65535), help="HTTP proxy port for the sites."
)
@click.option("--rdap-port", default=0, type=click.IntRange(0, 65535), help="RDAP port.")
@click.option("--whois-port", default=0, type=click.IntRange(0, 65535), help="WHOIS port.")
@click.option(
    "--scenario",
    "scenario_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Scenario file (default: the bundled crawler/sandbox/scenario.toml).",
)
@click.option(
    "--scale", default=0, type=click.IntRange(0, 1_000_000), help="Add N generated sites."
)
@click.option(
    "--heldout",
    is_flag=True,
    help="Serve the held-out evaluation web (crawler/sandbox/heldout) instead of the scenario.",
)
@click.option(
    "--labels",
    "labels_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the ground truth CSV (domain,label,category,brands,phones,offered,classes) here.",
)
def sandbox(
    host: str,
    search_port: int,
    proxy_port: int,
    rdap_port: int,
    whois_port: int,
    scenario_path: Path | None,
    scale: int,
    heldout: bool,
    labels_path: Path | None,
) -> None:
    """Run the local sandbox web: search engine, sites, RDAP and WHOIS."""
    scenario = _scenario(scenario_path, scale, heldout)
    if labels_path is not None:
        scenario.write_labels(labels_path)
        click.echo(f"ground truth: {labels_path} ({len(scenario.sites)} sites)")
    box = Sandbox(scenario, host, search_port, proxy_port, rdap_port, whois_port)
    with box:
        _print_usage(box)
        stop = threading.Event()
        # SIGTERM (systemd, timeout) stops as cleanly as Ctrl-C: the temp bootstrap goes too.
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            stop.wait()
        except KeyboardInterrupt:
            click.echo("stopping sandbox")


def _scenario(scenario_path: Path | None, scale: int, heldout: bool) -> Scenario:
    if not heldout:
        return load_scenario(scenario_path, scale=scale)
    if scenario_path is not None or scale:
        raise click.UsageError("--heldout serves its own fixed web: drop --scenario and --scale")
    return load_heldout()


def _print_usage(box: Sandbox) -> None:
    pages = sum(len(s.pages) for s in box.scenario.sites)
    env = box.env()
    click.echo(f"sandbox web: {len(box.scenario.sites)} sites, {pages} pages")
    click.echo(f"  search (SearXNG JSON): {box.search_url}/search?q=...&format=json")
    click.echo(f"  sites (HTTP proxy):    {box.proxy_url}")
    click.echo(f"  RDAP bootstrap:        {box.rdap_bootstrap_path}")
    click.echo(f"  WHOIS:                 {box.whois_address}")
    click.echo(f"  CT log (RFC 6962):     {box.ct_url}")
    click.echo(f"  NRD list, zone files:  {box.feed_path('nrd.txt')}, "
               f"{box.feed_path('zone-old.txt')} {box.feed_path('zone-new.txt')}")  # fmt: skip
    click.echo("Crawl against it (another terminal):")
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    click.echo(
        f"  {exports} nephelpdesk crawl --engine searxng --engine-url {box.search_url} "
        f"--queries QUERIES.txt --proxy {box.proxy_url}"
    )
    click.echo("Ctrl-C stops it.")
