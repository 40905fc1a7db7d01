"""Watching a CT log over HTTP (the sandbox log server on loopback): resume, faults."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from crawler.discovery.ctclient import CtClient, NoAnswer
from crawler.discovery.names import NameScorer
from crawler.discovery.settings import load_settings
from crawler.discovery.watch import log_position, poll_log
from crawler.sandbox.ctlog import CtLog, CtLogServer
from scoring.rules import load_rules

SCAMS = ["microsoft-helpdesk-{}.com", "norton-renew-{}.net", "avast-hulp-{}.online"]
BENIGN = ["bakkerij-{}.nl", "fietsen-{}.nl", "tandarts-{}.nl"]


def names(i: int) -> tuple[str, ...]:
    pool = SCAMS if i % 2 else BENIGN
    name = pool[i % 3].format(i)
    return (name, f"www.{name}")


@pytest.fixture(scope="module")
def scorer():
    return NameScorer(load_rules())


@pytest.fixture(scope="module")
def template_log():
    log = CtLog(3, dt.datetime(2025, 5, 1, tzinfo=dt.UTC))
    for i in range(40):
        log.add(names(i), precert=i % 3 == 0)
    return log


@pytest.fixture
def server(template_log):
    log = CtLog(template_log.seed, template_log.start)
    log.entries = list(template_log.entries)
    with CtLogServer(log, max_batch=7) as srv:  # fewer entries an answer than asked
        yield srv


@pytest.fixture
def settings():
    s = load_settings()
    return dataclasses.replace(s, scheme="http", ct=dataclasses.replace(s.ct, batch_size=16))


def client(url: str, slept: list[float] | None = None) -> CtClient:
    return CtClient(url, timeout=2, retries=3, backoff=0.01,
                    sleep=(slept.append if slept is not None else lambda s: None))  # fmt: skip


def listed(store) -> set[str]:
    return {row[0] for row in store.execute("SELECT domain FROM crawl_list")}


def expected(upto: int, skip: frozenset[int] = frozenset()) -> set[str]:
    return {names(i)[0] for i in range(upto) if i % 2 and i not in skip}


def test_reads_every_entry_though_the_log_answers_fewer_than_asked(store, server, scorer, settings):
    poll = poll_log(store, client(server.url), scorer, settings, start_index=0)
    assert poll.problem is None and poll.next_index == 40
    assert poll.tally.counts["entries"] == 40 and poll.tally.counts["names"] == 80
    assert listed(store) == expected(40)
    url = store.execute("SELECT url, source, origin FROM crawl_list LIMIT 1").fetchone()
    assert url[0].startswith("http://") and url[1] == "ct" and " entry " in url[2]


def test_resumes_from_the_stored_index_after_a_restart_and_growth(store, server, scorer, settings):
    first = poll_log(store, client(server.url), scorer, settings, start_index=0, max_entries=17)
    assert first.next_index == 17 and log_position(store, server.url) == 17
    server.stop()  # the log restarts (same port) and has grown meanwhile
    for i in range(40, 46):
        server.log.add(names(i))
    server.start()
    second = poll_log(store, client(server.url), scorer, settings)
    assert (second.start_index, second.next_index) == (17, 46)
    read = store.execute("SELECT entries_read FROM ct_logs").fetchone()[0]
    assert read == 46  # every entry exactly once
    assert listed(store) == expected(46)


def test_a_log_that_is_down_is_no_answer_and_keeps_the_position(store, server, scorer, settings):
    url = server.url
    poll_log(store, client(url), scorer, settings, start_index=0, max_entries=10)
    server.stop()
    poll = poll_log(store, client(url), scorer, settings)
    assert poll.problem and poll.tally.counts["entries"] == 0
    row = store.execute("SELECT next_index, last_error FROM ct_logs").fetchone()
    assert row[0] == 10 and row[1]
    server.start()
    assert poll_log(store, client(server.url), scorer, settings).next_index == 40


def test_429_is_retried_with_backoff_and_nothing_is_skipped(store, server, scorer, settings):
    server.too_many = 3
    slept: list[float] = []
    poll = poll_log(store, client(server.url, slept), scorer, settings, start_index=0)
    assert poll.problem is None and poll.next_index == 40
    assert len(slept) == 3 and listed(store) == expected(40)


def test_too_many_429s_end_the_pass_where_it_stood(store, server, scorer, settings):
    poll_log(store, client(server.url), scorer, settings, start_index=0, max_entries=7)
    server.too_many = 50
    poll = poll_log(store, client(server.url), scorer, settings)
    assert poll.problem and "429" in poll.problem and poll.next_index == 7
    server.too_many = 0
    assert poll_log(store, client(server.url), scorer, settings).next_index == 40
    assert listed(store) == expected(40)


def test_truncated_and_malformed_entries_are_counted_and_passed(store, server, scorer, settings):
    server.broken = {5: "truncated", 9: "malformed"}
    poll = poll_log(store, client(server.url), scorer, settings, start_index=0)
    assert poll.next_index == 40 and poll.tally.counts["bad_entries"] == 2
    bad = dict(store.execute("SELECT entry_index, problem FROM ct_bad_entries").fetchall())
    assert set(bad) == {5, 9} and all(bad.values())
    assert store.execute("SELECT bad_entries FROM ct_logs").fetchone()[0] == 2
    assert listed(store) == expected(40, frozenset({5, 9}))


def test_a_log_that_shrank_is_not_read_twice(store, server, scorer, settings):
    poll_log(store, client(server.url), scorer, settings, start_index=0)
    del server.log.entries[30:]
    poll = poll_log(store, client(server.url), scorer, settings)
    assert poll.problem and "below the stored position" in poll.problem
    assert log_position(store, server.url) == 40


def test_a_new_log_starts_a_backlog_before_its_head(store, server, scorer, settings):
    short = dataclasses.replace(settings, ct=dataclasses.replace(settings.ct, new_log_backlog=4))
    poll = poll_log(store, client(server.url), scorer, short)
    assert (poll.start_index, poll.next_index) == (36, 40)


def test_no_answer_is_falsy_and_says_why():
    answer = CtClient("http://127.0.0.1:9", timeout=0.5, retries=0).get_sth()
    assert isinstance(answer, NoAnswer) and not answer and answer.problem


def test_a_watcher_killed_midway_resumes_with_nothing_skipped_or_twice(tmp_path, server):
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    over = tmp_path / "discovery.toml"
    over.write_text("[ct]\nbatch_size = 4\n", encoding="utf-8")
    env = dict(os.environ, NEPHELPDESK_DISCOVERY_SETTINGS=str(over),
               TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")  # fmt: skip
    db = tmp_path / "store.db"
    cmd = [sys.executable, "-m", "nephelpdesk", "--db", str(db), "watch-ct", "--log", server.url,
           "--once", "--scheme", "http"]  # fmt: skip
    server.delay = 0.15
    proc = subprocess.Popen([*cmd, "--start-index", "0"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    position = 0
    deadline = time.monotonic() + 60
    while position < 8 and time.monotonic() < deadline:
        time.sleep(0.1)
        try:
            row = sqlite3.connect(db).execute("SELECT next_index FROM ct_logs").fetchone()
            position = row[0] if row else 0
        except sqlite3.OperationalError:
            continue  # not migrated yet
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 8 <= position < 40, "the watcher was not killed midway"
    server.delay = 0.0
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
    store = sqlite3.connect(db)
    assert store.execute("SELECT next_index, entries_read FROM ct_logs").fetchone() == (40, 40)
    assert listed(store) == expected(40)
