"""The queue's settings, read from data/queue.toml plus an optional local override."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.config import read_toml
from core.errors import ConfigError

DEFAULT_FILE = Path(__file__).parent / "data" / "queue.toml"
OVERRIDE_ENV = "NEPHELPDESK_QUEUE_CONFIG"


@dataclass(frozen=True)
class QueueConfig:
    template_max_distance: int
    max_case_domains: int
    four_eyes: bool
    page_size: int
    online_statuses: tuple[int, ...]
    fetch_timeout: float


def _read(path: Path) -> dict[str, Any]:
    return read_toml(path, "queue settings")


def _typed(path: Path, key: str, value: Any, kind: type) -> Any:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"{path}: key {key} must be {kind.__name__}, not {value!r}")
    return value


def _positive(path: Path, key: str, value: int) -> int:
    if value < 1:
        raise ConfigError(f"{path}: key {key} must be 1 or more, not {value}")
    return value


def load_config(override: str | Path | None = None) -> QueueConfig:
    data = _read(DEFAULT_FILE)
    override = override or os.environ.get(OVERRIDE_ENV)
    source = DEFAULT_FILE
    if override:
        source = Path(override)
        extra = _read(source)
        unknown = sorted(set(extra) - set(data))
        if unknown:
            raise ConfigError(f"{source}: unknown key {unknown[0]}")
        data.update(extra)
    statuses = _typed(source, "online_statuses", data["online_statuses"], list)
    return QueueConfig(
        template_max_distance=_typed(
            source, "template_max_distance", data["template_max_distance"], int
        ),
        max_case_domains=_positive(
            source,
            "max_case_domains",
            _typed(source, "max_case_domains", data["max_case_domains"], int),
        ),
        four_eyes=_typed(source, "four_eyes", data["four_eyes"], bool),
        page_size=_typed(source, "page_size", data["page_size"], int),
        online_statuses=tuple(_typed(source, "online_statuses", s, int) for s in statuses),
        fetch_timeout=_typed(source, "fetch_timeout", data["fetch_timeout"], float),
    )
