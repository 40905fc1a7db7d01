"""Load and validate scoring/vocabulary.toml, the word lists extraction looks for.

Validated once at load, so a broken list is one clear ConfigError naming the file and
key instead of a crash in the middle of a crawl. A local override
(scoring/vocabulary.local.toml, or the file NEPHELPDESK_VOCABULARY points to) is
merged on top: lists are extended, tables merged key by key.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from crawler.errors import ConfigError

SCORING_DIR = Path(__file__).resolve().parent.parent.parent / "scoring"
DEFAULT_PATH = SCORING_DIR / "vocabulary.toml"
LOCAL_PATH = SCORING_DIR / "vocabulary.local.toml"

# Top-level tables the extractor needs; a missing one is a broken file, not a default.
REQUIRED = (
    "terms",
    "patterns",
    "phone_rejects",
    "phone_regions",
    "phone_kinds",
    "remote_tools",
    "chat_widgets",
    "brand_terms",
    "host_words",
    "contact_links",
    "stopwords",
)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read vocabulary ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Lists are extended, tables merged recursively, scalars replaced."""
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [item for item in value if item not in old]
        else:
            merged[key] = value
    return merged


def _check_strings(path: Path, key: str, value: Any) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{path}: {key} must be a list of non-empty strings")


def _validate(path: Path, data: dict[str, Any]) -> None:
    for table in REQUIRED:
        if not isinstance(data.get(table), dict):
            raise ConfigError(f"{path}: missing table [{table}]")
    for name in ("helpdesk", "warning", "business"):
        _check_strings(path, f"terms.{name}", data["terms"].get(name))
    for name, pattern in data["patterns"].items():
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise ConfigError(f"{path}: patterns.{name} is not a valid regex ({exc})") from exc
    for name in ("id_labels", "phone_labels"):
        _check_strings(path, f"phone_rejects.{name}", data["phone_rejects"].get(name))
    for tool, spec in data["remote_tools"].items():
        if not isinstance(spec, dict):
            raise ConfigError(f"{path}: remote_tools.{tool} must be a table")
        _check_strings(path, f"remote_tools.{tool}.links", spec.get("links"))
        _check_strings(path, f"remote_tools.{tool}.words", spec.get("words"))
    for widget, fragments in data["chat_widgets"].items():
        _check_strings(path, f"chat_widgets.{widget}", fragments)
    for lang, words in data["stopwords"].items():
        _check_strings(path, f"stopwords.{lang}", words)
    _check_strings(path, "host_words.words", data["host_words"].get("words"))
    _check_strings(path, "contact_links.words", data["contact_links"].get("words"))


def load_vocabulary(path: Path | None = None) -> dict[str, Any]:
    """The validated vocabulary; with no path, the default file plus local override."""
    if path is not None:
        data = _read(path)
        _validate(path, data)
        return data
    return _default_vocabulary()


@functools.cache
def _default_vocabulary() -> dict[str, Any]:
    data = _read(DEFAULT_PATH)
    override = os.environ.get("NEPHELPDESK_VOCABULARY")
    local = Path(override) if override else LOCAL_PATH
    blamed = DEFAULT_PATH
    if override or local.exists():
        data = _merge(data, _read(local))
        blamed = local  # an error after merging is most likely in the override
    _validate(blamed, data)
    return data
