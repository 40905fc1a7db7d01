"""The ground floor's shared helpers: one TOML reader, one E.164 normaliser."""

from __future__ import annotations

import pytest

from core.config import read_toml, read_toml_bytes
from core.errors import ConfigError
from core.phones import to_e164


def test_read_toml_names_the_file_in_one_line(tmp_path):
    bad = tmp_path / "queue.toml"
    bad.write_text("[queue\n")
    with pytest.raises(ConfigError) as info:
        read_toml(bad, "queue settings")
    assert str(bad) in str(info.value) and "not valid TOML" in str(info.value)
    assert "\n" not in str(info.value)
    with pytest.raises(ConfigError, match="cannot read queue settings"):
        read_toml(tmp_path / "missing.toml", "queue settings")
    bad.write_bytes(b"a = '\xff'\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        read_toml(bad)


def test_read_toml_bytes_gives_the_bytes_it_parsed(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('a = 1\n[b]\nc = "d"\n')
    data, raw = read_toml_bytes(path)
    assert data == {"a": 1, "b": {"c": "d"}} and raw == path.read_bytes()


@pytest.mark.parametrize(
    "text, regions, possible, expected",
    [
        ("085 123 4567", ("NL",), False, "+31851234567"),
        ("+32 2 555 12 12", ("NL",), False, "+3225551212"),
        ("8884170356", ("NL", "US"), False, "+18884170356"),  # valid only in the second
        ("0800 1234", ("NL",), False, "+318001234"),
        ("12", ("NL",), False, None),
        ("not a number", ("NL",), True, None),
    ],
)
def test_to_e164(text, regions, possible, expected):
    assert to_e164(text, regions, possible=possible) == expected
