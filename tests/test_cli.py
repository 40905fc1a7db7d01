"""Every command has help with an example and is in the README; mistakes are one line."""

import pytest
from click.testing import CliRunner
from conftest import REPO

from nephelpdesk.cli import COMMANDS, cli

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help_with_example_and_is_documented(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"{name} --help has no example"
    assert "NOT BUILT" not in result.output
    assert f"nephelpdesk {name}" in README or f"`{name}`" in README, f"{name} missing from README"


def test_user_mistakes_are_one_line(tmp_path):
    from nephelpdesk.cli import main

    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "--db",
            str(tmp_path / "s.db"),
            "crawl",
            "--queries",
            str(tmp_path / "missing.txt"),
            "--engine-url",
            "http://x",
        ],
        standalone_mode=False,
        catch_exceptions=True,
    )
    assert result.exception is not None  # raised to main(), which prints one line
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "--db",
                str(tmp_path / "s.db"),
                "crawl",
                "--queries",
                str(tmp_path / "missing.txt"),
                "--engine-url",
                "http://x",
            ]
        )
    assert exit_info.value.code == 2


def test_help_lists_every_command_without_importing_them():
    import subprocess
    import sys

    code = (
        "import sys\nfrom nephelpdesk.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.endswith(('.cli_crawl', '.stage', 'scoring.rules'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    for name in COMMANDS:
        assert f"  {name} " in out.stdout, name
    assert "LOADED []" in out.stdout
