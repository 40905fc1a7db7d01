"""Search queries: the user's file (one a line, `#` comments) or the default set.

The default set lives in crawler/data/queries.toml: plain queries plus templates over
brands and products. Phone-number pivots are written in the forms people use.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import phonenumbers

from core.config import read_toml
from core.errors import ConfigError

DEFAULT_QUERIES = Path(__file__).parent / "data" / "queries.toml"


def read_queries_file(path: str | Path) -> list[str]:
    """One query a line; `#` starts a comment; blank lines and duplicates are dropped."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"queries file not found: {path}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"queries file is not UTF-8 text: {path}") from None
    queries: list[str] = []
    for line in text.splitlines():
        query = line.split("#", 1)[0].strip()
        if query and query not in queries:
            queries.append(query)
    if not queries:
        raise ConfigError(f"queries file has no queries: {path}")
    return queries


LOCALES_ENV = "NEPHELPDESK_QUERY_LOCALES"


def default_queries(path: str | Path = DEFAULT_QUERIES, locales: str | None = None) -> list[str]:
    """Plain queries plus every template expanded over its brands/products: the Dutch and
    English set, then each extra locale named in `locales` or $NEPHELPDESK_QUERY_LOCALES
    (comma-separated: de,fr,fi; `all` for every locale in the file)."""
    data = read_toml(path, "query templates")
    expand = data.get("expand", {})
    queries = _expanded(path, data, expand)
    available = data.get("locales", {})
    wanted = (locales if locales is not None else os.environ.get(LOCALES_ENV, "")).lower()
    names = list(available) if wanted.strip() == "all" else [w.strip() for w in wanted.split(",") if w.strip()]
    for name in names:
        if name not in available:
            raise ConfigError(
                f"{path}: no query locale {name!r} (have: {', '.join(sorted(available))})"
            )
        queries += _expanded(path, available[name], expand)
    return list(dict.fromkeys(queries))


def _expanded(path: str | Path, data: dict[str, Any], expand: dict[str, Any]) -> list[str]:
    queries = list(data.get("plain", []))
    for template in data.get("templates", []):
        if "{brand}" in template:
            queries += [template.format(brand=b) for b in expand.get("brands", [])]
        elif "{product}" in template:
            queries += [template.format(product=p) for p in expand.get("products", [])]
        else:
            raise ConfigError(f"{path}: template {template!r} has no {{brand}} or {{product}}")
    return queries


def phone_query_forms(e164: str) -> list[str]:
    """How people write a number, for pivot searches: national grouped, dashed, plain, E.164.

    "+31851234567" -> ["085 123 4567", "085-1234567", "0851234567", "+31 85 123 4567"]
    """
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return [e164]
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    plain = "".join(ch for ch in national if ch.isdigit())
    area, _, rest = national.partition(" ")
    dashed = f"{area}-{rest.replace(' ', '')}" if rest else plain
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return list(dict.fromkeys([national, dashed, plain, international]))
