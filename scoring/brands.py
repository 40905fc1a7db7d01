"""The brand catalogue (scoring/brands.toml), read in one place for everyone.

Extraction finds brand words with it (crawler/extract/brands.py), scoring vetoes the
brands' own domains and numbers with it (scoring/rules.py), the crawl leaves official
domains alone (crawler/official.py), and exports leave the brands' genuine numbers out
(reports/official.py). A local override (`brands.local.toml` beside the catalogue, or
the file $NEPHELPDESK_BRANDS names) extends the catalogue: its lists are added to a
brand's, and a brand it names that the catalogue lacks is added.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.config import read_toml_bytes
from core.errors import ConfigError

CATALOGUE = Path(__file__).resolve().parent / "brands.toml"
OVERRIDE_ENV = "NEPHELPDESK_BRANDS"


@dataclass(frozen=True)
class Brand:
    id: str
    names: tuple[str, ...]  # lowercase, as matched
    products: tuple[str, ...] = ()
    official_domains: frozenset[str] = frozenset()
    # Every number the brand itself publishes: official_phones and the per-country
    # support_numbers together. Quoting one is no impersonation; exports leave them out.
    official_phones: frozenset[str] = frozenset()
    partner_domains: frozenset[str] = frozenset()  # listed in the brand's own partner directory
    # The brand's own top-level domain (".google"): only the brand registers names there.
    brand_tld: str = ""

    @property
    def terms(self) -> tuple[str, ...]:
        return self.names + self.products

    def owns(self, domain: str) -> bool:
        """`domain` (a registered domain) is one the brand itself runs."""
        return domain in self.official_domains or bool(
            self.brand_tld and domain.endswith("." + self.brand_tld)
        )


@dataclass(frozen=True)
class Catalogue:
    brands: dict[str, Brand]
    sources: tuple[str, ...]  # the files read, the override last
    raw: tuple[bytes, ...]  # their bytes, for the rules version


def override_path(catalogue: Path) -> Path | None:
    """The local override that applies to `catalogue`, when there is one."""
    named = os.environ.get(OVERRIDE_ENV)
    if named:
        if not Path(named).is_file():
            raise ConfigError(f"{OVERRIDE_ENV}={named}: no brand catalogue there")
        return Path(named)
    local = catalogue.with_suffix(".local.toml")
    return local if local.is_file() else None


def load_catalogue(path: Path | None = None, *, override: bool = True) -> Catalogue:
    """The catalogue at `path` (default scoring/brands.toml), extended by its override."""
    path = Path(path) if path is not None else CATALOGUE
    if not path.is_file():
        raise ConfigError(f"{path}: no brand catalogue there")
    data, raw = read_toml_bytes(path, "brand catalogue")
    brands = brands_from(data, str(path))
    sources, raws = [str(path)], [raw]
    extra = override_path(path) if override else None
    if extra is not None:
        extra_data, extra_raw = read_toml_bytes(extra, "brand catalogue")
        for brand_id, brand in brands_from(extra_data, str(extra), partial=True).items():
            if brand_id in brands:
                brands[brand_id] = _extend(brands[brand_id], brand)
            elif not brand.official_domains:
                raise ConfigError(
                    f"{extra}: brands.{brand_id}.official_domains: a brand needs at least one "
                    "official domain"
                )
            else:
                brands[brand_id] = brand
        sources.append(str(extra))
        raws.append(extra_raw)
    return Catalogue(brands, tuple(sources), tuple(raws))


@functools.cache
def default_brands() -> dict[str, Brand]:
    """scoring/brands.toml with its override, read once a process."""
    return load_catalogue().brands


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}: expected a list of non-empty strings")
    return tuple(value)


def brands_from(data: dict[str, Any], file: str, *, partial: bool = False) -> dict[str, Brand]:
    """The [brands.<id>] tables of one file. In an override (`partial`) a brand the
    catalogue already has may give only the lists it adds."""
    table = data.get("brands")
    if not isinstance(table, dict) or not table:
        raise ConfigError(f"{file}: brands: no [brands.<id>] tables")
    brands: dict[str, Brand] = {}
    for brand_id, entry in table.items():
        key = f"{file}: brands.{brand_id}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{key}: expected a table")
        names = _strings(entry.get("names", [brand_id]), f"{key}.names")
        domains = _strings(entry.get("official_domains", []), f"{key}.official_domains")
        if not domains and not partial:
            raise ConfigError(f"{key}.official_domains: a brand needs at least one official domain")
        brands[brand_id] = Brand(
            id=brand_id,
            names=tuple(n.lower() for n in names),
            products=tuple(p.lower() for p in _strings(entry.get("products", []), f"{key}.products")),
            official_domains=frozenset(d.lower() for d in domains),
            official_phones=frozenset(
                _strings(entry.get("official_phones", []), f"{key}.official_phones")
            )
            | _support_numbers(entry.get("support_numbers", {}), f"{key}.support_numbers"),
            partner_domains=frozenset(
                d.lower()
                for d in _strings(entry.get("partner_domains", []), f"{key}.partner_domains")
            ),
            brand_tld=_label(entry.get("brand_tld", ""), f"{key}.brand_tld"),
        )
    return brands


def _label(value: Any, where: str) -> str:
    if not isinstance(value, str) or (value and not value.isalnum()):
        raise ConfigError(f"{where}: expected one top-level domain label, e.g. \"google\"")
    return value.lower()


def _support_numbers(table: Any, where: str) -> frozenset[str]:
    """The brand's genuine support numbers, per country ({"NL": ["+31..."], ...})."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table of country = [numbers]")
    numbers: set[str] = set()
    for country, values in table.items():
        numbers.update(_strings(values, f"{where}.{country}"))
    return frozenset(numbers)


def _extend(old: Brand, new: Brand) -> Brand:
    """An override adds to a brand's lists; it never removes what the catalogue says."""

    def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        return a + tuple(x for x in b if x not in a)

    names = new.names if new.names != (new.id,) else ()
    return Brand(
        id=old.id,
        names=union(old.names, names),
        products=union(old.products, new.products),
        official_domains=old.official_domains | new.official_domains,
        official_phones=old.official_phones | new.official_phones,
        partner_domains=old.partner_domains | new.partner_domains,
        brand_tld=new.brand_tld or old.brand_tld,
    )
