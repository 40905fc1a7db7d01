"""Administrative commands: `init` and `backup`."""

from __future__ import annotations

import click

from core.backup import backup as backup_store
from core.cli import Context


@click.command()
@click.pass_obj
def init(ctx: Context) -> None:
    """Create an empty store at --db (or bring an existing one up to date).

    Every command but crawl, demo and init refuses a store that does not exist, so a
    mistyped --db is an error instead of an empty store that looks like "0 cases".

    \b
    Example:
      nephelpdesk --db /var/lib/nephelpdesk/nephelpdesk.db init
    """
    from core.store import connect, migrate, store_problem

    fresh = store_problem(ctx.db_path) is not None
    db = connect(ctx.db_path)
    applied = migrate(db)
    db.close()
    state = "created" if fresh else "up to date"
    click.echo(f"store {state}: {ctx.db_path} ({len(applied)} migrations applied)")


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
