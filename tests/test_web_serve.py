"""`nephelpdesk serve` starts the review UI on the given host and port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from core.store import open_store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_on_its_port(tmp_path):
    path = tmp_path / "store.db"
    open_store(path).close()
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from nephelpdesk.cli import main; main()",
            "--db",
            str(path),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline, body = time.monotonic() + 20, ""
        while time.monotonic() < deadline and not body:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2) as r:
                    body = r.read().decode()
                    csp = r.headers["Content-Security-Policy"]
            except OSError:
                time.sleep(0.2)
        assert "Log in" in body and "script-src 'self'" in csp
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert b"no users yet" in proc.stderr.read()
