"""Brands' own published support numbers (scoring/brands.toml, official_phones).

Exports to partners leave these out: a scam site copying the real Microsoft number
must never get that number blocked or shared as a fraud indicator.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import scoring
from core.errors import ConfigError

BRANDS_FILE = Path(scoring.__file__).resolve().parent / "brands.toml"
LOCAL_BRANDS_FILE = BRANDS_FILE.with_name("brands.local.toml")


def official_numbers(path: Path = BRANDS_FILE) -> set[str]:
    """Every brand's published support numbers: the catalogue and its local override."""
    numbers = _official_in(path)
    override = os.environ.get("NEPHELPDESK_BRANDS")
    extra = Path(override) if override else LOCAL_BRANDS_FILE
    if extra.is_file():
        numbers |= _official_in(extra)
    return numbers


def _official_in(path: Path) -> set[str]:
    try:
        catalogue = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the brand catalogue: {exc}") from exc
    brands = catalogue.get("brands", {})
    return {number for brand in brands.values() for number in brand.get("official_phones", [])}
