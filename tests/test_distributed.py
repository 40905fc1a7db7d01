"""Distributed crawl: two workers, one real redis-server, the sandbox web, one writer.

Fetches are counted by the sandbox proxy itself (server side), pages by the store.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import unquote_plus

import pytest
import redis

from crawler.distributed.keys import Keys
from crawler.distributed.seeds import add_seeds
from crawler.sandbox.proxy import ProxyServer
from crawler.sandbox.scenario import load_scenario
from tests.conftest import REPO, need_program

FAST = [
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=0",
    "RETRY_TIMES=0",
    "LOG_LEVEL=WARNING",
    "DOWNLOAD_TIMEOUT=5",
    "CONCURRENT_REQUESTS_PER_DOMAIN=4",
]


class CountingProxy(ProxyServer):
    """The sandbox proxy, counting each (host, path) it is asked for."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fetched: Counter[tuple[str, str]] = Counter()
        self.lock = threading.Lock()

    def resolve(self, target: str, host_header: str) -> tuple[str, str]:
        host, path = super().resolve(target, host_header)
        with self.lock:
            self.fetched[(host, path)] += 1
        return host, path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    server = need_program("redis-server", "the distributed crawl shares a real Redis")
    port = _free_port()
    proc = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield url
    client.close()
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def scenario():
    return load_scenario()


@pytest.fixture
def proxy(scenario):
    with CountingProxy(scenario, max_hang=1.0) as server:
        yield server


def _ordinary_sites(scenario):
    return [s for s in scenario.sites if s.label != "edge"]


def worker(redis_url, proxy, worker_id, *extra):
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "nephelpdesk",
            "worker",
            "--redis",
            redis_url,
            "--proxy",
            proxy.url,
            "--worker-id",
            worker_id,
            "--idle-close",
            "2",
            *[arg for s in FAST + list(extra) for arg in ("--set", s)],
        ],
        cwd=REPO,
        env=dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def writer(redis_url, db_path, contact_pages):
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "nephelpdesk",
            "--db",
            str(db_path),
            "writer",
            "--redis",
            redis_url,
            "--contact-pages",
            str(contact_pages),
            "--idle-exit",
            "4",
        ],
        cwd=REPO,
        env=dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(*procs, timeout=90):
    outs = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        assert proc.returncode == 0, err[-3000:]
        outs.append(out)
    return outs


def stored_urls(db_path: Path) -> Counter[str]:
    db = sqlite3.connect(db_path)
    rows = Counter(url for (url,) in db.execute("SELECT url FROM pages"))
    db.close()
    return rows


def leases_left(redis_url) -> int:
    client = redis.Redis.from_url(redis_url)
    keys = Keys()
    left = sum(client.hlen(keys.leases(w.decode())) for w in client.smembers(keys.workers))
    client.close()
    return left


@pytest.mark.timeout(150)
def test_two_workers_fetch_each_page_once_and_store_every_page(
    redis_url, proxy, scenario, tmp_path
):
    sites = _ordinary_sites(scenario)
    add_seeds(redis.Redis.from_url(redis_url), Keys(), [s.url for s in sites])
    db_path = tmp_path / "store.db"
    procs = [
        worker(redis_url, proxy, "host-a"),
        worker(redis_url, proxy, "host-b"),
        writer(redis_url, db_path, 3),
    ]
    finish(*procs)
    # every page fetched exactly once across both workers (the writer added contact pages)
    assert proxy.fetched and max(proxy.fetched.values()) == 1, proxy.fetched.most_common(3)
    assert len(proxy.fetched) > len(sites)  # contact pages were followed too
    # every page fetched is in the store, once
    stored = stored_urls(db_path)
    fetched = {f"http://{host}{path}" for host, path in proxy.fetched}
    assert set(stored) == fetched and max(stored.values()) == 1
    assert leases_left(redis_url) == 0


@pytest.mark.timeout(150)
def test_killed_worker_loses_nothing_after_restart(redis_url, proxy, scenario, tmp_path):
    urls = [
        f"http://{s.hosts[0]}{path}"
        for s in _ordinary_sites(scenario)
        for path, page in sorted(s.pages.items())
        if page.ordinary
    ]
    client = redis.Redis.from_url(redis_url)
    add_seeds(client, Keys(), urls)
    db_path = tmp_path / "store.db"
    slow = ("CONCURRENT_REQUESTS=4", "DOWNLOAD_DELAY=0.02")
    a = worker(redis_url, proxy, "host-a", *slow)
    b = worker(redis_url, proxy, "host-b", *slow)
    w = writer(redis_url, db_path, 0)
    deadline = time.monotonic() + 60
    while sum(proxy.fetched.values()) < len(urls) // 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    a.send_signal(signal.SIGKILL)  # midway, with requests in flight and leased
    a.communicate()
    assert 0 < sum(proxy.fetched.values()) < len(urls)
    a = worker(redis_url, proxy, "host-a", *slow)  # restarted under the same id
    restarted, _, _ = finish(a, b, w)
    restored = int(re.search(r"(\d+) leases restored", restarted).group(1))
    assert restored >= 1  # the killed worker's in-flight requests came back
    # A landing URL's query may come back re-encoded ("%20" as "+"): the same page.
    stored = {unquote_plus(u) for u in stored_urls(db_path)}
    seeded = {unquote_plus(u) for u in urls}
    assert stored == seeded, seeded - stored  # nothing lost
    # a page fetched twice can only be one the killed worker had in flight
    refetched = [key for key, n in proxy.fetched.items() if n > 1]
    assert len(refetched) <= 4 + 16, refetched
    assert leases_left(redis_url) == 0
    client.close()
