"""CLI for the review queue: `nephelpdesk queue ...`, `nephelpdesk users ...`, `nephelpdesk serve`.

Thin wrappers over the library; QueueError and friends become one line at nephelpdesk.cli.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from core.cli import Context, emit_json, json_option
from takedown_queue import (
    audit,
    audit_key,
    bundle,
    decisions,
    order_details,
    orders,
    states,
    views,
)
from takedown_queue.config import load_config
from takedown_queue.users import add_user, disable_user, get_user, list_users


@click.group()
def queue() -> None:
    """The prosecutors' review queue.

    \b
    Example:
      nephelpdesk queue list --status new
      nephelpdesk queue decide 12 --action approve --as pim --why "same number as case 7"
    """


@queue.command("list")
@click.option("--status", type=click.Choice(states.STATES), help="Only cases in this state.")
@click.option("--brand", default="", help="Only cases showing this brand id.")
@click.option("--min-score", type=float, default=None)
@click.option("--page", type=click.IntRange(min=1), default=1)
@json_option
@click.pass_obj
def list_cmd(
    ctx: Context, status: str | None, brand: str, min_score: float | None, page: int, as_json: bool
) -> None:
    """List cases, highest score first.  Example: nephelpdesk queue list --status new"""
    f = views.Filters(status=status or "", brand=brand, min_score=min_score, page=page)
    result = views.list_cases(ctx.store(readonly=True), f, page_size=load_config().page_size)
    if as_json:
        emit_json(result)
        return
    for c in result["cases"]:
        more = f" +{c['domain_count'] - 1}" if c["domain_count"] > 1 else ""
        click.echo(
            f"{c['id']:>6}  {c['status']:<13} {c['top_score']:>5.0f}  {c['label']}{more}"
            f"  [{','.join(c['brands'])}]"
        )
    click.echo(f"{result['total']} cases, page {result['page']} of {result['pages']}")


@queue.command("show")
@click.argument("case_id", type=int)
@json_option
@click.pass_obj
def show(ctx: Context, case_id: int, as_json: bool) -> None:
    """One case with reasons, evidence and history.  Example: nephelpdesk queue show 12"""
    case = views.case_detail(ctx.store(readonly=True), case_id)
    if as_json:
        emit_json(case)
        return
    click.echo(
        f"case {case['id']}  {case['status']}  score {case['top_score']:.0f}"
        f"  version {case['version']}"
    )
    for d in case["domains"]:
        click.echo(f"  {d['domain']}  ({d['link_reason']})")
        for r in (d["score"] or {}).get("reasons", []):
            click.echo(f"    {r.get('points'):>4}  {r.get('indicator')}: {r.get('evidence')}")
    for r in case["recipients"]:
        click.echo(
            f"  order to {r['kind']} {r['name']} ({r['contact']}): {', '.join(r['domains'])}"
        )
    for h in case["history"]:
        click.echo(f"  {h['at']}  {h['actor']:<10} {h['action']:<13} {h['why']}")


@queue.command("decide")
@click.argument("case_id", type=int)
@click.option("--action", required=True, type=click.Choice([t.action for t in states.TRANSITIONS]))
@click.option("--as", "user_name", required=True, help="Reviewer name (see `users list`).")
@click.option("--why", required=True, help="Reason, kept in the audit log.")
@click.option("--version", type=int, default=None, help="Refuse if the case changed since.")
@click.option("--allow-list", is_flag=True, help="With reject: never queue these domains again.")
@click.pass_obj
def decide(
    ctx: Context,
    case_id: int,
    action: str,
    user_name: str,
    why: str,
    version: int | None,
    allow_list: bool,
) -> None:
    """Decide on a case.  Example: nephelpdesk queue decide 12 --action reject --as pim
    --why "repair shop" --allow-list"""
    db = ctx.store()
    status = decisions.decide(
        db,
        case_id,
        action,
        user=get_user(db, user_name),
        why=why,
        expected_version=version,
        four_eyes=load_config().four_eyes,
        allow_list=allow_list,
    )
    click.echo(f"case {case_id}: {status}")


@queue.command("decide-domain")
@click.argument("case_id", type=int)
@click.argument("domain")
@click.option("--decision", required=True, type=click.Choice(decisions.DOMAIN_DECISIONS))
@click.option("--as", "user_name", required=True, help="Reviewer name (see `users list`).")
@click.option("--why", required=True, help="Reason, kept in the audit log.")
@click.option("--version", type=int, default=None, help="Refuse if the case changed since.")
@click.pass_obj
def decide_domain_cmd(
    ctx: Context, case_id: int, domain: str, decision: str, user_name: str, why: str,
    version: int | None,
) -> None:  # fmt: skip
    """Decide one domain of a campaign case; rejected and held domains get no order.
    Example: nephelpdesk queue decide-domain 12 pc-hulp.nl --decision hold --as pim
    --why "hoster already contacted"
    """
    db = ctx.store()
    decisions.decide_domain(
        db, case_id, domain, decision, user=get_user(db, user_name), why=why,
        expected_version=version,
    )  # fmt: skip
    click.echo(f"case {case_id}: {domain} {decision}")


@queue.command("verify-log")
@click.option("--head", default=None, help="A head hash or MAC noted earlier (detects truncation).")
@json_option
@click.pass_obj
def verify_log(ctx: Context, head: str | None, as_json: bool) -> None:
    """Recompute the audit log's chain, keyed with the audit key file when it is there
    ($NEPHELPDESK_AUDIT_KEY, default /etc/nephelpdesk/audit.key).
    Example: nephelpdesk queue verify-log --head 3f2a..."""
    result = audit.verify(ctx.store(readonly=True), expected_head=head)
    if as_json:
        emit_json(
            {
                "ok": result.ok,
                "rows": result.rows,
                "head": result.head,
                "head_at": result.head_at,
                "keyed": result.keyed,
                "problems": list(result.problems),
                "notes": list(result.notes),
            }
        )
    else:
        for note in result.notes:
            click.echo(f"note: {note}")
        for problem in result.problems:
            click.echo(f"TAMPERED: {problem}")
        chain = "keyed chain" if result.keyed else "unkeyed chain"
        click.echo(
            f"{result.rows} rows, {chain}, head {result.head} at {result.head_at or '-'}:"
            f" {'intact' if result.ok else 'NOT intact'}"
        )
    if not result.ok:
        sys.exit(1)


@queue.group("audit-key")
def audit_key_group() -> None:
    """The audit log's key, kept outside the store.  Example: nephelpdesk queue audit-key create"""


@audit_key_group.command("create")
@click.option("--as", "user_name", required=True, help="The admin creating the key.")
@click.option(
    "--path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write it (default $NEPHELPDESK_AUDIT_KEY or /etc/nephelpdesk/audit.key).",
)
@click.pass_obj
def audit_key_create(ctx: Context, user_name: str, path: Path | None) -> None:
    """Create the key file once; every later audit row is keyed with it.
    Example: sudo -u nephelpdesk nephelpdesk queue audit-key create --as admin"""
    db = ctx.store()
    user = get_user(db, user_name)
    if user.role != "admin":
        raise click.ClickException(f"{user_name} is a {user.role}: only an admin creates the key")
    key = audit.create_key(db, user.name, path)
    click.echo(f"wrote {key.path} (mode 600); audit rows are keyed from row {key.keyed_from}")
    if path is not None and path != audit_key.key_path():
        click.echo(f"set NEPHELPDESK_AUDIT_KEY={key.path} for every nephelpdesk process", err=True)


@queue.command("triage")
@json_option
@click.pass_obj
def triage_cmd(ctx: Context, as_json: bool) -> None:
    """Queue new flagged domains (the nightly run does this).  Example: nephelpdesk queue triage"""
    from takedown_queue.triage import triage

    _counts(triage(ctx.store()), as_json)


@queue.command("recheck")
@click.option("--proxy", default=None, help="HTTP proxy URL for the checks.")
@json_option
@click.pass_obj
def recheck_cmd(ctx: Context, proxy: str | None, as_json: bool) -> None:
    """Revisit ordered domains; record takedowns, reopen returns.
    Example: nephelpdesk queue recheck --proxy http://127.0.0.1:3128"""
    from takedown_queue.stage import recheck_now

    _counts(recheck_now(ctx.store(), proxy), as_json)


def _counts(counts: dict[str, int], as_json: bool) -> None:
    if as_json:
        emit_json(counts)
    else:
        click.echo(", ".join(f"{k} {v}" for k, v in counts.items()))


@queue.command("bundle")
@click.argument("case_id", type=int)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def bundle_cmd(ctx: Context, case_id: int, out: Path) -> None:
    """Write the evidence bundle (zip).  Example: nephelpdesk queue bundle 12 --out case12.zip"""
    _write(out, bundle.build_bundle(ctx.store(), case_id))


@queue.command("order")
@click.argument("case_id", type=int)
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for the drafts: one file per recipient.",
)
@click.option("--pdf", is_flag=True, help="PDF instead of HTML.")
@click.option("--recipient", default=None, help="Only this recipient's draft (its key).")
@click.pass_obj
def order_cmd(ctx: Context, case_id: int, out: Path, pdf: bool, recipient: str | None) -> None:
    """Write the takedown order drafts, one per registrar and hosting provider.
    Example: nephelpdesk queue order 12 --out orders/ --pdf"""
    db = ctx.store()
    keys = [r.key for r in orders.order_recipients(db, case_id)]
    if recipient is not None:
        if recipient not in keys:
            raise click.ClickException(
                f"case {case_id}: no recipient {recipient!r} ({', '.join(keys)})"
            )
        keys = [recipient]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"cannot create {out}: {exc.strerror or exc}") from exc
    for key in keys:
        name = out / f"bevel-125p-zaak-{case_id}-{key}.{'pdf' if pdf else 'html'}"
        data = (
            orders.order_pdf(db, case_id, key)
            if pdf
            else orders.order_html(db, case_id, key).encode()
        )
        _write(name, data)


@queue.command("order-details")
@click.argument("case_id", type=int)
@click.option("--as", "user_name", required=True, help="The prosecutor filling them in.")
@click.option("--parketnummer", default="", help="e.g. 13/654321-25")
@click.option("--rc-date", default="", help="Date of the RC-machtiging (YYYY-MM-DD).")
@click.option("--rc-reference", default="", help="Reference of the RC-machtiging.")
@click.option("--officer", "officer_name", default="", help="Name of the officier van justitie.")
@click.option("--parket", "officer_parket", default="", help="The officer's parket.")
@click.option("--deadline", default="", help="Date the recipients must act by (YYYY-MM-DD).")
@click.pass_obj
def order_details_cmd(ctx: Context, case_id: int, user_name: str, **fields: str) -> None:
    """Fill in what an order needs before signing (replaces what was there).
    Example: nephelpdesk queue order-details 12 --as pim --parketnummer 13/654321-25
    --rc-date 2025-03-01 --rc-reference RC-25/0412 --officer "mr. A. de Vries"
    --parket "Parket Amsterdam" --deadline 2025-03-08"""
    db = ctx.store()
    saved = order_details.save(db, case_id, fields, user=get_user(db, user_name))
    missing = [k for k, v in saved.__dict__.items() if not v]
    click.echo(
        f"case {case_id}: order details saved"
        + (f"; still empty: {', '.join(missing)}" if missing else "")
    )


def _write(out: Path, data: bytes) -> None:
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from exc
    click.echo(f"wrote {out} ({len(data)} bytes)")


@click.group()
def users() -> None:
    """Review UI users.  Example: nephelpdesk users add pim --role prosecutor"""


@users.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(states.ROLES))
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@click.pass_obj
def users_add(ctx: Context, name: str, role: str, password_stdin: bool) -> None:
    """Add a user.  Example: echo "$PW" | nephelpdesk users add pim --role prosecutor
    --password-stdin"""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    add_user(ctx.store(), name, role, password)
    click.echo(f"added {role} {name}")


@users.command("list")
@json_option
@click.pass_obj
def users_list(ctx: Context, as_json: bool) -> None:
    """List users.  Example: nephelpdesk users list"""
    rows = list_users(ctx.store(readonly=True))
    if as_json:
        emit_json(rows)
        return
    for u in rows:
        click.echo(f"{u['name']:<20} {u['role']:<11} {'disabled' if u['disabled'] else ''}")


@users.command("disable")
@click.argument("name")
@click.pass_obj
def users_disable(ctx: Context, name: str) -> None:
    """Disable a user (kept for the audit log).  Example: nephelpdesk users disable pim"""
    disable_user(ctx.store(), name)
    click.echo(f"disabled {name}")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.pass_obj
def serve(ctx: Context, host: str, port: int) -> None:
    """Run the review web UI.  Example: nephelpdesk serve --port 8000

    Set NEPHELPDESK_SECRET_KEY to keep sessions across restarts.
    """
    from werkzeug.serving import run_simple

    from takedown_queue.web.app import create_app

    ctx.require_store()  # create_app would otherwise make an empty one
    audit_key.load_key()  # a broken key file stops here, in one line, not at the first action
    app = create_app(ctx.db_path)
    if not list_users(ctx.store(readonly=True)):
        click.echo(
            "no users yet: add one with `nephelpdesk users add NAME --role prosecutor`", err=True
        )
    click.echo(f"review UI on http://{host}:{port}/", err=True)
    run_simple(host, port, app, threaded=True)
