"""Web security in one place: response headers, CSRF tokens, login requirement.

Everything the UI shows may come from a criminal's page, so the pages forbid inline
script (CSP), refuse framing, and evidence is only ever served inside a sandbox.
"""

from __future__ import annotations

import hmac
import secrets

from flask import Response, abort, request, session

PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
# Evidence: no script, no network, its own opaque origin, even if opened outside the frame.
EVIDENCE_CSP = "sandbox; default-src 'none'; frame-ancestors 'self'"


def add_headers(response: Response) -> Response:
    evidence = request.path.startswith("/evidence/")
    response.headers["Content-Security-Policy"] = EVIDENCE_CSP if evidence else PAGE_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN" if evidence else "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return str(session["csrf"])


def check_csrf() -> None:
    """Every POST must carry the session's token (a form field or X-CSRF-Token header)."""
    if request.method != "POST":
        return
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
    expected = session.get("csrf")
    if not expected or not hmac.compare_digest(str(sent), str(expected)):
        abort(400, description="missing or wrong CSRF token: reload the page and try again")
