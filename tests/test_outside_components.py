"""Tests that need an outside program (chromium, redis-server) skip only where it cannot
be installed, and the skip names what is missing, why and how to install it; under
scripts/test.sh (which installs them) a missing one is a failure, not a silent skip."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from conftest import REPO


def run_pytest(tmp_path, require_all: bool) -> subprocess.CompletedProcess[str]:
    test = tmp_path / "test_needs_program.py"
    test.write_text(textwrap.dedent("""
        from conftest import need_program

        def test_it():
            need_program("no-such-program-xyz", "the test drives it for real")
    """))
    env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    env.pop("NEPHELPDESK_TEST_REQUIRE_ALL", None)
    if require_all:
        env["NEPHELPDESK_TEST_REQUIRE_ALL"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         "--rootdir", str(tmp_path), "--confcutdir", str(REPO / "tests"), str(test)],
        capture_output=True, text=True, timeout=120, env=env,
        cwd=REPO / "tests",
    )  # fmt: skip


def test_a_missing_program_skips_with_its_name_reason_and_install(tmp_path):
    result = run_pytest(tmp_path, require_all=False)
    assert "1 skipped" in result.stdout, result.stdout
    assert "no-such-program-xyz not installed: the test drives it for real" in result.stdout
    assert "apt-get install no-such-program-xyz" in result.stdout


def test_under_the_test_script_a_missing_program_fails(tmp_path):
    result = run_pytest(tmp_path, require_all=True)
    assert result.returncode == 1 and "1 failed" in result.stdout, result.stdout


def test_the_test_script_requires_what_it_installed():
    script = (REPO / "scripts" / "test.sh").read_text()
    assert "export NEPHELPDESK_TEST_REQUIRE_ALL=1" in script
