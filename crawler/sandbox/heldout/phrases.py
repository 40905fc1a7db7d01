"""The held-out web's wording, read once from phrases.toml and checked at load.

`pick("divi_support", "fr", "title", "h1")` gives those phrases as a tuple; a template
asking for a language or key the file lacks is a build error, not a blank page.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from core.errors import ConfigError
from crawler.sandbox.heldout.spec import LANGS

PHRASES = Path(__file__).with_name("phrases.toml")


def _valid_value(value: Any) -> bool:
    if isinstance(value, str):
        return True
    return isinstance(value, list) and all(_valid_value(item) for item in value)


@functools.cache
def phrase_book() -> dict[str, dict[str, dict[str, Any]]]:
    try:
        data = tomllib.loads(PHRASES.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{PHRASES}: {exc}") from exc
    for section, by_lang in data.items():
        keys = None
        for lang, entry in by_lang.items():
            if lang not in LANGS:
                raise ConfigError(f"{PHRASES}: [{section}.{lang}] is not one of {LANGS}")
            if keys is not None and set(entry) != keys:
                raise ConfigError(
                    f"{PHRASES}: [{section}.{lang}] keys differ from its other languages"
                )
            keys = set(entry)
            bad = [k for k, v in entry.items() if not _valid_value(v)]
            if bad:
                raise ConfigError(
                    f"{PHRASES}: [{section}.{lang}] {bad[0]} must be text or a list of text"
                )
    return data


def words(section: str, lang: str) -> dict[str, Any]:
    """All phrases of one template in one language."""
    try:
        return phrase_book()[section][lang]
    except KeyError:
        raise ConfigError(f"{PHRASES}: no [{section}.{lang}]") from None


def pick(section: str, lang: str, *keys: str) -> tuple[Any, ...]:
    entry = words(section, lang)
    missing = [k for k in keys if k not in entry]
    if missing:
        raise ConfigError(f"{PHRASES}: [{section}.{lang}] lacks {', '.join(missing)}")
    return tuple(entry[k] for k in keys)
