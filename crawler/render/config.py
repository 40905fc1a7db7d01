"""The render stage's settings (render.toml), validated once at load."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from core.config import read_toml
from core.errors import ConfigError

DEFAULT = Path(__file__).with_name("render.toml")
LOCAL = Path(__file__).with_name("render.local.toml")
OVERRIDE_ENV = "NEPHELPDESK_RENDER_CONFIG"


@dataclass(frozen=True)
class RenderConfig:
    min_score: float = 3.0
    workers: int = 2
    max_pages: int = 300
    max_pages_per_domain: int = 4
    timeout_seconds: float = 15.0
    settle_ms: int = 1000
    max_requests: int = 150
    max_dialogs: int = 5
    max_popups: int = 3
    max_screenshot_height: int = 8000
    max_dom_bytes: int = 2_000_000
    viewport_width: int = 1280
    viewport_height: int = 900
    alert_loop_dialogs: int = 3
    history_loop_pushes: int = 10

    @property
    def timeout_ms(self) -> float:
        return self.timeout_seconds * 1000


def _read(path: Path) -> dict[str, Any]:
    return read_toml(path, "render settings")


def _check(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    kinds = {f.name: f.type for f in fields(RenderConfig)}
    for key, value in data.items():
        if key not in kinds:
            raise ConfigError(f"{path}: {key}: unknown setting")
        want = float if kinds[key] in (float, "float") else int
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{path}: {key}: must be a number")
        if want is int and not isinstance(value, int):
            raise ConfigError(f"{path}: {key}: must be a whole number")
        if key != "min_score" and value <= 0:  # min_score: any total, negative ones too
            raise ConfigError(f"{path}: {key}: must be more than 0")
    return {k: (float(v) if kinds[k] in (float, "float") else v) for k, v in data.items()}


def load_config(path: str | Path | None = None) -> RenderConfig:
    """render.toml with the local override merged over it."""
    values = _check(DEFAULT, _read(DEFAULT))
    override = Path(path) if path else Path(os.environ.get(OVERRIDE_ENV) or LOCAL)
    if path or os.environ.get(OVERRIDE_ENV) or override.exists():
        values.update(_check(override, _read(override)))
    return RenderConfig(**values)
