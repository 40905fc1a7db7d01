"""The CLI edge and the store: only crawl, demo and init create one; a typo'd --db, bad
URLs and read-only media each give one line, never a traceback or an empty store."""

from __future__ import annotations

import pytest

from nephelpdesk.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = 0
    try:
        main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "command",
    [
        ["queue", "list"],
        ["score"],
        ["enrich"],
        ["users", "list"],
        ["runs"],
        ["export", "domains"],
        ["lookup", "example.nl", "--json"],
        ["check", "example.nl"],
        ["serve"],
    ],
)
def test_a_mistyped_db_is_an_error_not_an_empty_store(tmp_path, capsys, command):
    typo = tmp_path / "nephelpdesk.dbb"
    code, out, err = run(capsys, "--db", str(typo), *command)
    assert code == 2
    assert err.strip().splitlines() == [err.strip()] and err.startswith(f"error: no store at {typo}")
    assert not typo.exists()


def test_a_zero_byte_file_is_not_a_store(tmp_path, capsys):
    empty = tmp_path / "empty.db"
    empty.touch()
    code, _, err = run(capsys, "--db", str(empty), "queue", "list")
    assert code == 2 and "no store at" in err and "empty file" in err
    assert empty.stat().st_size == 0


def test_init_creates_the_store_and_then_commands_work(tmp_path, capsys):
    path = tmp_path / "new.db"
    code, out, _ = run(capsys, "--db", str(path), "init")
    assert code == 0 and out.startswith(f"store created: {path}")
    code, out, _ = run(capsys, "--db", str(path), "init")
    assert code == 0 and "up to date" in out and "(0 migrations applied)" in out
    code, out, err = run(capsys, "--db", str(path), "queue", "list")
    assert code == 0, err
    assert "0 cases" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["check", "http://[::1"], "Invalid IPv6 URL"),
        (["check", "http://example.com:99999/"], "Port out of range"),
        (["check", "http://exa mple.com/"], "contains a space"),
        (["check", "ftp://example.com/"], "not an http(s) URL"),
        (["check", "http://10.0.0.1/"], "no registered domain"),
        (["crawl", "--engine-url", "notaurl", "--stage", "crawl"], "--engine-url 'notaurl'"),
        (
            ["crawl", "--engine-url", "http://127.0.0.1:8888", "--proxy", "proxy:3128"],
            "--proxy 'proxy:3128'",
        ),
    ],
)
def test_bad_urls_are_one_line(tmp_path, capsys, args, words):
    code, out, err = run(capsys, "--db", str(tmp_path / "s.db"), *args)
    assert code == 2 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and words in err, err
    assert not (tmp_path / "s.db").exists()  # refused before anything was started


def test_read_only_media_store_is_readable(readonly_dir, capsys):
    from conftest import make_readonly

    src, view = readonly_dir
    assert run(capsys, "--db", str(src / "s.db"), "init")[0] == 0
    make_readonly(src)
    for command in (["runs"], ["queue", "list"], ["users", "list"], ["queue", "verify-log"]):
        code, out, err = run(capsys, "--db", str(view / "s.db"), *command)
        assert code == 0, (command, err)
        assert "unable to open" not in err
    code, out, err = run(capsys, "--db", str(view / "s.db"), "export", "domains", "--format", "json")
    assert code == 0 and out.strip() == "[]", err
