"""Brands' own published support numbers (scoring/brands.toml: official_phones and the
per-country support_numbers).

Exports to partners leave these out: a scam site copying the real Microsoft number
must never get that number blocked or shared as a fraud indicator.
"""

from __future__ import annotations

from pathlib import Path

from scoring.brands import CATALOGUE, load_catalogue

BRANDS_FILE = CATALOGUE


def official_numbers(path: Path = BRANDS_FILE) -> set[str]:
    """Every brand's published support numbers: the catalogue and its local override."""
    brands = load_catalogue(path).brands.values()
    return {number for brand in brands for number in brand.official_phones}
