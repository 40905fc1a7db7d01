"""Discovery settings from crawler/discovery/discovery.toml, validated once at load."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.config import read_toml
from core.errors import ConfigError

HERE = Path(__file__).resolve().parent
DEFAULT_SETTINGS = HERE / "discovery.toml"
LOCAL_OVERRIDE = HERE / "discovery.local.toml"
OVERRIDE_ENV = "NEPHELPDESK_DISCOVERY_SETTINGS"
SCHEMES = ("http", "https")


@dataclass(frozen=True)
class CtSettings:
    batch_size: int
    new_log_backlog: int
    timeout_seconds: float
    retries: int
    backoff_seconds: float
    max_backoff_seconds: float
    poll_interval_seconds: float


@dataclass(frozen=True)
class Settings:
    min_points: float
    max_per_run: int
    scheme: str
    ct: CtSettings


def _read(path: Path) -> dict[str, Any]:
    return read_toml(path, "discovery settings")


def _number(path: Path, table: dict[str, Any], section: str, key: str, kind: type,
            minimum: float) -> Any:  # fmt: skip
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ConfigError(f"{path}: {section}.{key}: must be a number >= {minimum:g}")
    if kind is int and not isinstance(value, int):
        raise ConfigError(f"{path}: {section}.{key}: must be a whole number")
    return kind(value)


def _override(path: Path | None) -> Path | None:
    if path is not None:
        return path
    env = os.environ.get(OVERRIDE_ENV)
    if env:
        return Path(env)
    return LOCAL_OVERRIDE if LOCAL_OVERRIDE.is_file() else None


def load_settings(path: Path = DEFAULT_SETTINGS, override: Path | None = None) -> Settings:
    data = _read(path)
    extra = _override(override)
    if extra is not None:
        for section, values in _read(extra).items():
            data.setdefault(section, {}).update(values)
    lst, ct = data.get("crawl_list", {}), data.get("ct", {})
    scheme = lst.get("scheme")
    if scheme not in SCHEMES:
        raise ConfigError(f"{path}: crawl_list.scheme: must be one of {', '.join(SCHEMES)}")
    return Settings(
        min_points=_number(path, lst, "crawl_list", "min_points", float, 0.0),
        max_per_run=_number(path, lst, "crawl_list", "max_per_run", int, 0),
        scheme=scheme,
        ct=CtSettings(
            batch_size=_number(path, ct, "ct", "batch_size", int, 1),
            new_log_backlog=_number(path, ct, "ct", "new_log_backlog", int, 0),
            timeout_seconds=_number(path, ct, "ct", "timeout_seconds", float, 0.1),
            retries=_number(path, ct, "ct", "retries", int, 0),
            backoff_seconds=_number(path, ct, "ct", "backoff_seconds", float, 0.0),
            max_backoff_seconds=_number(path, ct, "ct", "max_backoff_seconds", float, 0.0),
            poll_interval_seconds=_number(path, ct, "ct", "poll_interval_seconds", float, 0.0),
        ),
    )
