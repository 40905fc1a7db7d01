"""Reading the project's TOML files: one clear line when a file is missing, unreadable or
malformed (the user's mistake named with its file), never a traceback."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from core.errors import ConfigError


def read_toml_bytes(path: str | Path, what: str = "file") -> tuple[dict[str, Any], bytes]:
    """The file's table and its bytes (for a version hash)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read {what} ({exc.strerror or exc})") from exc
    try:
        return tomllib.loads(raw.decode("utf-8")), raw
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc


def read_toml(path: str | Path, what: str = "file") -> dict[str, Any]:
    """The file's table; `what` names the file in the error ("rules file", "vocabulary")."""
    return read_toml_bytes(path, what)[0]
