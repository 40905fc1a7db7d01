"""The review web UI: login, the queue, the case page, decisions, downloads.

    create_app(db_path) -> Flask app; `nephelpdesk serve` runs it.

Server-rendered with Jinja (autoescape on); the only script is static/app.js.
"""

from __future__ import annotations

import os
import re
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlite_utils
from flask import (
    Flask,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response as BaseResponse

from core.domains import to_unicode
from core.store import connect, open_store
from takedown_queue import bundle, decisions, order_details, orders, render_view, states, views
from takedown_queue.config import QueueConfig, load_config
from takedown_queue.errors import QueueError
from takedown_queue.users import (
    User,
    add_user,
    authenticate,
    disable_user,
    get_user,
    list_users,
)
from takedown_queue.web import security
from takedown_queue.web.throttle import LoginThrottle

PACKAGE = Path(__file__).resolve().parent.parent
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
OPEN_PATHS = ("login", "static")


def create_app(
    db_path: str | Path, secret_key: str | None = None, config: QueueConfig | None = None
) -> Flask:
    open_store(db_path).close()  # create or migrate once, not per request
    app = Flask(
        __name__, template_folder=str(PACKAGE / "templates"), static_folder=str(PACKAGE / "static")
    )
    app.config.update(
        DB_PATH=str(db_path),
        QUEUE=config or load_config(),
        SECRET_KEY=secret_key or os.environ.get("NEPHELPDESK_SECRET_KEY") or secrets.token_hex(32),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.extensions["login_throttle"] = LoginThrottle()
    app.jinja_env.autoescape = True
    # An IDN look-alike reads as punycode; show the prosecutor what the victim saw.
    app.jinja_env.filters["unicode_form"] = _unicode_form
    app.jinja_env.globals.update(csrf_token=security.csrf_token, STATES=states.STATES)
    app.before_request(_before)
    app.after_request(security.add_headers)
    app.teardown_appcontext(_close_db)
    _routes(app)
    return app


def _unicode_form(domain: str) -> str:
    """The Unicode form of an IDN, or "" when the name has no punycode label."""
    unicode = to_unicode(domain)
    return unicode if unicode != domain else ""


def db() -> sqlite_utils.Database:
    if "db" not in g:
        g.db = connect(g.db_path)
    return g.db


def _close_db(_exc: BaseException | None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def _before() -> BaseResponse | None:
    from flask import current_app

    g.db_path = current_app.config["DB_PATH"]
    security.check_csrf()
    g.user = None
    name = session.get("user")
    if name:
        try:
            g.user = get_user(db(), name)
        except QueueError:  # removed or disabled since login: the session ends
            session.clear()
    if g.user is None and request.endpoint not in OPEN_PATHS:
        return redirect(
            url_for("login", next=request.full_path if request.query_string else request.path)
        )
    return None


def _user() -> User:
    return g.user  # type: ignore[no-any-return]


def _int_arg(name: str) -> int | None:
    value = request.args.get(name, "").strip()
    if not value:
        return None
    if not value.isdigit():
        abort(400, description=f"{name} must be a whole number")
    return int(value)


def _filters() -> views.Filters:
    min_score = request.args.get("min_score", "").strip()
    try:
        score = float(min_score) if min_score else None
    except ValueError:
        abort(400, description="min_score must be a number")
    f = views.Filters(
        status=request.args.get("status", ""),
        brand=request.args.get("brand", ""),
        min_score=score,
        country=request.args.get("country", ""),
        max_age_days=_int_arg("max_age_days"),
        sort=request.args.get("sort", "score"),
        descending=request.args.get("dir", "desc") != "asc",
        page=_int_arg("page") or 1,
    )
    try:
        return f.validate()
    except QueueError as exc:
        abort(400, description=str(exc))


def _safe_next(target: str | None) -> str:
    # Only local paths: never redirect to another site after login.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("queue")


def _routes(app: Flask) -> None:
    @app.route("/login", methods=["GET", "POST"], endpoint="login")
    def login() -> Any:
        if request.method == "POST":
            name = request.form.get("name", "")
            throttle: LoginThrottle = current_app.extensions["login_throttle"]
            keys = (f"user:{name.strip().lower()}", f"addr:{request.remote_addr}")
            wait = throttle.retry_after(*keys)
            if wait:
                flash(f"Too many failed logins: try again in {int(wait // 60) + 1} min.", "error")
                page = render_template("login.html", next=request.form.get("next", ""))
                return page, 429, {"Retry-After": str(int(wait) + 1)}
            user = authenticate(db(), name, request.form.get("password", ""))
            if user is None:
                throttle.failed(*keys)
            else:
                throttle.succeeded(*keys)
            if user:
                session.clear()  # a fresh session (and CSRF token) on login
                session.permanent = True
                session["user"] = user.name
                return redirect(_safe_next(request.form.get("next")))
            flash("Unknown user or wrong password.", "error")
        return render_template("login.html", next=request.args.get("next", ""))

    @app.post("/logout", endpoint="logout")
    def logout() -> Any:
        session.clear()
        return redirect(url_for("login"))

    @app.get("/", endpoint="queue")
    def queue() -> Any:
        f = _filters()
        page_size = app.config["QUEUE"].page_size
        result = views.list_cases(db(), f, page_size=page_size)
        args = {k: v for k, v in request.args.items() if k != "page" and v}
        return render_template("queue.html", result=result, f=f, args=args, sorts=views.SORTS)

    @app.get("/case/<int:case_id>", endpoint="case")
    def case(case_id: int) -> Any:
        try:
            detail = views.case_detail(db(), case_id)
        except QueueError:
            abort(404)
        actions = states.allowed_actions(detail["status"], _user().role)
        return render_template(
            "case.html",
            case=detail,
            actions=actions,
            orderable=detail["status"] in orders.ORDERABLE,
            can_note=_user().role in ("analyst", "prosecutor"),
            details=order_details.load(db(), case_id),
            can_decide_domains=_user().role == "prosecutor"
            and detail["status"] in decisions.DOMAIN_DECIDABLE,
            can_fill=_user().role == "prosecutor",
        )

    @app.post("/case/<int:case_id>/decide", endpoint="decide")
    def decide(case_id: int) -> Any:
        version = request.form.get("version", "")
        try:
            status = decisions.decide(
                db(),
                case_id,
                request.form.get("action", ""),
                user=_user(),
                why=request.form.get("why", ""),
                expected_version=int(version) if version.isdigit() else None,
                four_eyes=app.config["QUEUE"].four_eyes,
                allow_list=request.form.get("allow_list") == "1",
            )
            flash(f"Case {case_id} is now {status.replace('_', ' ')}.", "ok")
        except QueueError as exc:
            flash(str(exc), "error")
        return redirect(url_for("case", case_id=case_id))

    @app.post("/case/<int:case_id>/domain-decision", endpoint="decide_domain")
    def decide_domain(case_id: int) -> Any:
        version = request.form.get("version", "")
        domain = request.form.get("domain", "")
        try:
            decisions.decide_domain(
                db(),
                case_id,
                domain,
                request.form.get("decision", ""),
                user=_user(),
                why=request.form.get("why", ""),
                expected_version=int(version) if version.isdigit() else None,
            )
            flash(f"{domain}: {request.form.get('decision')} recorded.", "ok")
        except QueueError as exc:
            flash(str(exc), "error")
        return redirect(url_for("case", case_id=case_id))

    @app.post("/case/<int:case_id>/note", endpoint="note")
    def note(case_id: int) -> Any:
        try:
            decisions.annotate(db(), case_id, user=_user(), text=request.form.get("text", ""))
        except QueueError as exc:
            flash(str(exc), "error")
        return redirect(url_for("case", case_id=case_id) + "#notes")

    _download_routes(app)
    _user_routes(app)


def _require_admin() -> None:
    if _user().role != "admin":
        abort(403)


def _user_routes(app: Flask) -> None:
    @app.get("/users", endpoint="users")
    def users_page() -> Any:
        _require_admin()
        return render_template("users.html", users=list_users(db()), roles=states.ROLES)

    @app.post("/users", endpoint="users_add")
    def users_add() -> Any:
        _require_admin()
        try:
            add_user(
                db(),
                request.form.get("name", "").strip(),
                request.form.get("role", ""),
                request.form.get("password", ""),
                by=_user().name,
            )
            flash("User added.", "ok")
        except QueueError as exc:
            flash(str(exc), "error")
        return redirect(url_for("users"))

    @app.post("/users/<name>/disable", endpoint="users_disable")
    def users_disable(name: str) -> Any:
        _require_admin()
        try:
            disable_user(db(), name, by=_user().name)
            flash(f"{name} disabled.", "ok")
        except QueueError as exc:
            flash(str(exc), "error")
        return redirect(url_for("users"))


def _download_routes(app: Flask) -> None:
    @app.get("/case/<int:case_id>/order/<key>.<fmt>", endpoint="order")
    def order(case_id: int, key: str, fmt: str) -> Any:
        if fmt not in ("html", "pdf"):
            abort(404)
        try:
            if fmt == "pdf":
                data, mime = orders.order_pdf(db(), case_id, key), "application/pdf"
            else:
                html = orders.order_html(db(), case_id, key)
                data, mime = html.encode(), "text/html; charset=utf-8"
        except QueueError as exc:
            flash(str(exc), "error")
            return redirect(url_for("case", case_id=case_id))
        return _attachment(data, mime, f"bevel-125p-zaak-{case_id}-{key}.{fmt}")

    @app.post("/case/<int:case_id>/order-details", endpoint="order_details")
    def order_details_form(case_id: int) -> Any:
        try:
            order_details.save(db(), case_id, request.form.to_dict(), user=_user())
            flash("Order details saved.", "ok")
        except QueueError as exc:
            flash(str(exc), "error")
        return redirect(url_for("case", case_id=case_id) + "#orders")

    @app.get("/case/<int:case_id>/bundle.zip", endpoint="bundle")
    def bundle_zip(case_id: int) -> Any:
        try:
            data = bundle.build_bundle(db(), case_id)
        except QueueError:
            abort(404)
        return _attachment(data, "application/zip", f"evidence-case-{case_id}.zip")

    @app.get("/evidence/<sha256>", endpoint="evidence")
    def evidence(sha256: str) -> Any:
        # Served only by hash, validated here; the hash is never used as a path.
        if not SHA256_RE.match(sha256):
            abort(404)
        row = db().execute("SELECT content FROM bodies WHERE sha256 = ?", [sha256]).fetchone()
        if row is None:
            abort(404)
        mime = "text/plain; charset=utf-8"
        if request.args.get("view") == "image" and render_view.is_screenshot(db(), sha256):
            mime = "image/png"  # a screenshot the render stage took, shown as a picture
        elif request.args.get("view") == "rendered" and _is_html(sha256):
            mime = "text/html"  # inert: CSP sandbox header + sandboxed frame, no scripts
        return Response(
            bytes(row[0]),
            mimetype=mime.split(";")[0],
            headers={"Content-Type": mime, "Content-Disposition": "inline"},
        )


def _is_html(sha256: str) -> bool:
    row = (
        db()
        .execute("SELECT content_type FROM pages WHERE body_sha256 = ? LIMIT 1", [sha256])
        .fetchone()
    )
    return bool(row and row[0] and "html" in row[0].lower())


def _attachment(data: bytes, mime: str, name: str) -> Response:
    return Response(
        data,
        headers={"Content-Type": mime, "Content-Disposition": f'attachment; filename="{name}"'},
    )
