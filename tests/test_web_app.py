"""The review web app through Flask's client: login, roles, CSRF, headers, evidence by hash."""

from __future__ import annotations

import re

import pytest
from queue_fixture import XSS, build_store

from takedown_queue.triage import triage
from takedown_queue.users import add_user
from takedown_queue.web.app import create_app

PASSWORD = "correct horse battery"


@pytest.fixture
def app(tmp_path):
    path = tmp_path / "store.db"
    db = build_store(path)
    triage(db)
    add_user(db, "pim", "prosecutor", PASSWORD)
    add_user(db, "ana", "analyst", PASSWORD)
    db.close()
    app = create_app(path, secret_key="test-secret")
    app.config["DB"] = path
    return app


def token(client, path="/login"):
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def login(client, name="pim"):
    response = client.post(
        "/login", data={"name": name, "password": PASSWORD, "csrf_token": token(client)}
    )
    assert response.status_code == 302
    return client


def test_pages_need_login(app):
    client = app.test_client()
    for path in ("/", "/case/1", "/case/1/bundle.zip", "/evidence/" + "a" * 64):
        response = client.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_wrong_password_refused(app):
    client = app.test_client()
    response = client.post(
        "/login", data={"name": "pim", "password": "wrong password!", "csrf_token": token(client)}
    )
    assert response.status_code == 200 and "wrong password" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_post_without_csrf_token_is_refused(app):
    client = login(app.test_client())
    response = client.post("/case/1/decide", data={"action": "approve", "why": "x"})
    assert response.status_code == 400
    response = client.post("/login", data={"name": "pim", "password": PASSWORD})
    assert response.status_code == 400


def test_security_headers_and_cookie(app):
    client = app.test_client()
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_hostile_text_is_escaped(app):
    client = login(app.test_client())
    html = client.get("/case/2").get_data(as_text=True)
    assert XSS not in html and "&lt;script&gt;window.__xss" in html
    assert "<script>" not in html.replace('<script src="/static/app.js" defer></script>', "")


def test_evidence_only_by_valid_hash_and_sandboxed(app):
    client = login(app.test_client())
    html = client.get("/case/2").get_data(as_text=True)
    sha = re.search(r"/evidence/([0-9a-f]{64})\?view=rendered", html).group(1)
    rendered = client.get(f"/evidence/{sha}?view=rendered")
    assert rendered.headers["Content-Security-Policy"].startswith("sandbox;")
    assert "default-src 'none'" in rendered.headers["Content-Security-Policy"]
    assert client.get(f"/evidence/{sha}").headers["Content-Type"].startswith("text/plain")
    for bad in ("../../etc/passwd", "%2e%2e%2fstore.db", "A" * 64, "a" * 63, "a" * 64):
        assert client.get(f"/evidence/{bad}").status_code == 404


def test_analyst_cannot_approve(app):
    client = login(app.test_client(), "ana")
    html = client.get("/case/1").get_data(as_text=True)
    assert 'value="approve"' not in html and 'value="start-review"' in html
    client.post(
        "/case/1/decide",
        data={
            "action": "approve",
            "why": "x",
            "version": "3",
            "csrf_token": token(client, "/case/1"),
        },
    )
    html = client.get("/case/1").get_data(as_text=True)
    assert "analyst may not approve" in html


def test_stale_form_tells_the_reviewer(app):
    client = login(app.test_client())
    csrf = token(client, "/case/1")
    version = re.search(
        r'name="version" value="(\d+)"', client.get("/case/1").get_data(as_text=True)
    ).group(1)
    data = {"why": "decided", "version": version, "csrf_token": csrf}
    client.post("/case/1/decide", data={**data, "action": "reject"})
    client.post("/case/1/decide", data={**data, "action": "approve"})
    html = client.get("/case/1").get_data(as_text=True)
    assert "changed since you opened it" in html
    assert "badge s-rejected" in html


def test_queue_filters_and_bad_filter(app):
    client = login(app.test_client())
    html = client.get("/?brand=norton").get_data(as_text=True)
    assert "norton-helpdesk.online" in html and "apple-support-bellen.nl" not in html
    assert "1 case" in html
    assert client.get("/?min_score=abc").status_code == 400
    assert client.get("/?status=bogus").status_code == 400


def test_next_redirect_stays_local(app):
    client = app.test_client()
    response = client.post(
        "/login",
        data={
            "name": "pim",
            "password": PASSWORD,
            "next": "//evil.example/",
            "csrf_token": token(client),
        },
    )
    assert response.headers["Location"] == "/"


def test_age_filter_uses_registration_dates(app):
    client = login(app.test_client())
    assert "No cases match" in client.get("/?max_age_days=1").get_data(as_text=True)
    html = client.get("/?max_age_days=100000").get_data(as_text=True)
    assert "2 cases" in html


def test_only_admins_manage_users_and_disabled_users_are_logged_out(app):
    from core.store import open_store

    db = open_store(app.config["DB"])
    add_user(db, "ada", "admin", PASSWORD)
    db.close()
    ana = login(app.test_client(), "ana")
    assert ana.get("/users").status_code == 403
    ada = login(app.test_client(), "ada")
    csrf = token(ada, "/users")
    ada.post(
        "/users",
        data={"name": "pia", "role": "prosecutor", "password": PASSWORD, "csrf_token": csrf},
    )
    ada.post("/users/ana/disable", data={"csrf_token": csrf})
    html = ada.get("/users").get_data(as_text=True)
    assert "pia" in html and "disabled" in html
    assert ana.get("/").status_code == 302, "a disabled user's session ends"


def test_login_is_throttled_after_repeated_failures(app):
    client = app.test_client()
    for _ in range(5):
        response = client.post(
            "/login", data={"name": "pim", "password": "guess", "csrf_token": token(client)}
        )
        assert response.status_code == 200
    # even the right password waits now: the account is locked for a while
    response = client.post(
        "/login", data={"name": "pim", "password": PASSWORD, "csrf_token": token(client)}
    )
    assert response.status_code == 429 and int(response.headers["Retry-After"]) > 0
    assert b"Too many failed logins" in response.data


def test_throttle_window_passes_and_success_resets():
    from takedown_queue.web.throttle import LoginThrottle

    now = [0.0]
    throttle = LoginThrottle(max_failures=3, window=60, clock=lambda: now[0])
    throttle.failed("user:a")
    throttle.failed("user:a")
    assert throttle.retry_after("user:a") == 0
    throttle.failed("user:a")
    assert throttle.retry_after("user:a", "addr:x") == 60
    now[0] = 61
    assert throttle.retry_after("user:a") == 0
    throttle.failed("user:a")
    throttle.succeeded("user:a")
    assert throttle.retry_after("user:a") == 0


def test_idn_is_shown_in_unicode_beside_punycode():
    from takedown_queue.web.app import _unicode_form

    assert _unicode_form("xn--pple-helpdesk-v1k.com") == "\u0430pple-helpdesk.com"  # Cyrillic а
    assert _unicode_form("microsoft-hulp.nl") == ""
