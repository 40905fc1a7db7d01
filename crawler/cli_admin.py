"""Administrative commands: `backup`."""

from __future__ import annotations

import click

from crawler.backup import backup as backup_store
from crawler.cli import Context


@click.command()
@click.argument("dest", type=click.Path(dir_okay=False))
@click.pass_obj
def backup(ctx: Context, dest: str) -> None:
    """Consistent copy of the store while crawls and reviewers keep working.

    \b
    Example (nightly, after the crawl):
      nephelpdesk --db /var/lib/nephelpdesk/nephelpdesk.db backup /backup/nephelpdesk-$(date +%F).db

    Restore: stop the crawl timer and the web UI, then copy the backup over the store
    file (and delete any leftover -wal and -shm files beside it).
    """
    size = backup_store(ctx.db_path, dest)
    click.echo(f"backup written: {dest} ({size} bytes, integrity ok)")
