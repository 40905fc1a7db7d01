"""crawler.extract.vocabulary: the shipped file loads; a broken one is one clear error."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from core.errors import ConfigError
from crawler.extract.vocabulary import DEFAULT_PATH, _merge, load_vocabulary


def test_shipped_vocabulary_loads() -> None:
    vocab = load_vocabulary(DEFAULT_PATH)
    assert "helpdesk" in vocab["terms"]["helpdesk"]
    assert vocab["phone_regions"]["default"] == "NL"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vocabulary.toml"
    path.write_text(text, encoding="utf-8")
    return path


def shipped_without(table: str) -> str:
    lines, skipping = [], False
    for line in DEFAULT_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            skipping = line.strip() == f"[{table}]"
        if not skipping:
            lines.append(line)
    return "\n".join(lines)


def test_missing_table_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing table \[stopwords\]"):
        load_vocabulary(write(tmp_path, shipped_without("stopwords")))


def test_bad_regex_is_named(tmp_path: Path) -> None:
    text = DEFAULT_PATH.read_text(encoding="utf-8").replace(
        "[patterns]\n", "[patterns]\nbroken = '(unclosed'\n", 1
    )
    with pytest.raises(ConfigError, match="patterns.broken is not a valid regex"):
        load_vocabulary(write(tmp_path, text))


def test_wrong_type_is_named(tmp_path: Path) -> None:
    text = DEFAULT_PATH.read_text(encoding="utf-8").replace(
        "[chat_widgets]\n", '[chat_widgets]\nbogus = "not a list"\n', 1
    )
    with pytest.raises(ConfigError, match="chat_widgets.bogus must be a list"):
        load_vocabulary(write(tmp_path, text))


def test_unreadable_and_invalid_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read vocabulary"):
        load_vocabulary(tmp_path / "absent.toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_vocabulary(write(tmp_path, "[terms\n"))


def test_override_extends_lists_and_merges_tables() -> None:
    base = tomllib.loads('[terms]\nhelpdesk = ["a"]\n[phone_regions]\ndefault = "NL"\n')
    extra = tomllib.loads('[terms]\nhelpdesk = ["b", "a"]\n[phone_regions]\ndefault = "BE"\n')
    merged = _merge(base, extra)
    assert merged["terms"]["helpdesk"] == ["a", "b"]
    assert merged["phone_regions"]["default"] == "BE"


def test_bad_locker_pattern_and_region_are_named(tmp_path: Path) -> None:
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    broken = text.replace("[locker_behaviours]\n", "[locker_behaviours]\nbroken = '(x'\n", 1)
    with pytest.raises(ConfigError, match="locker_behaviours.broken is not a valid regex"):
        load_vocabulary(write(tmp_path, broken))
    wrong = text.replace('UK = "GB",', 'UK = "Britain",', 1)
    with pytest.raises(ConfigError, match="phone_hints.words must map words to two-letter"):
        load_vocabulary(write(tmp_path, wrong))


def test_role_cues_cover_the_supported_languages() -> None:
    roles = load_vocabulary(DEFAULT_PATH)["phone_roles"]
    for cues in ("call_cues", "discussion_cues"):
        assert {"nl", "en", "de", "fr", "fi"} <= set(roles[cues])
    assert "bel ons" in roles["call_cues"]["nl"] and "gebeld door" in roles["discussion_cues"]["nl"]
