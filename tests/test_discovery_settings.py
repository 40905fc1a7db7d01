"""Discovery settings: validated at load, a local override over the bundled file."""

from __future__ import annotations

import pytest

from core.errors import ConfigError
from crawler.discovery.settings import load_settings


def test_bundled_settings_load():
    settings = load_settings()
    assert settings.scheme == "https" and settings.ct.batch_size >= 1


def test_an_override_changes_only_what_it_names(tmp_path):
    over = tmp_path / "local.toml"
    over.write_text("[ct]\nbatch_size = 8\n[crawl_list]\nscheme = 'http'\n", encoding="utf-8")
    settings = load_settings(override=over)
    assert (settings.ct.batch_size, settings.scheme) == (8, "http")
    assert settings.max_per_run == load_settings().max_per_run


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[ct]\nbatch_size = 0\n", "ct.batch_size"),
        ("[ct]\nretries = 'many'\n", "ct.retries"),
        ("[crawl_list]\nscheme = 'ftp'\n", "crawl_list.scheme"),
        ("[crawl_list]\nmax_per_run = 2.5\n", "crawl_list.max_per_run"),
        ("not toml =", "not valid TOML"),
    ],
)
def test_a_bad_setting_is_one_clear_error(tmp_path, text, message):
    over = tmp_path / "local.toml"
    over.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(override=over)
