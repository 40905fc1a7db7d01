"""The shape of the rules file, and the checks that turn a mistake into one clear line.

`check_document` runs on the base file and on an override alone (every key known, every
value the right type, weights non-negative outside the counter family, regexes that
compile); `check_rules_complete` runs on the merged result (nothing required missing).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from core.errors import ConfigError
from scoring.indicators import INDICATORS

Check = Callable[[Any], str | None]  # returns a complaint, or None when the value is fine


def _number(minimum: float | None = None) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"expected a number, got {value!r}"
        if minimum is not None and value < minimum:
            return f"must be >= {minimum:g}, got {value!r}"
        return None

    return check


def _integer(minimum: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"expected a whole number, got {value!r}"
        return None if value >= minimum else f"must be >= {minimum}, got {value!r}"

    return check


def _string(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"expected a non-empty string, got {value!r}"
    return None


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"expected true or false, got {value!r}"


def _strings(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        return f"expected a list of non-empty strings, got {value!r}"
    return None


def _countries(value: Any) -> str | None:
    problem = _strings(value)
    if problem:
        return problem
    bad = [v for v in value if not re.fullmatch(r"[A-Z]{2}", v)]
    return f"not ISO 3166 alpha-2 country codes: {bad}" if bad else None


def _regexes(value: Any) -> str | None:
    problem = _strings(value)
    if problem:
        return problem
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            return f"bad regular expression {pattern!r}: {exc}"
    return None


def _string_map(value: Any) -> str | None:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        return f"expected a table of strings, got {value!r}"
    return None


def _country_map(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"expected a table of country codes, got {value!r}"
    bad = [k for k, v in value.items() if not (isinstance(v, str) and re.fullmatch(r"[A-Z]{2}", v))]
    return f"not ISO 3166 alpha-2 country codes: {bad}" if bad else None


def _country_lists(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"expected a table of lists of country codes, got {value!r}"
    for key, countries in value.items():
        problem = _countries(countries)
        if problem:
            return f"{key}: {problem}"
    return None


def _band_name(value: Any) -> str | None:
    return (
        None
        if value in ("low", "medium", "high")
        else f"must be low, medium or high, got {value!r}"
    )


FAMILY = {"max_points": _number(0), "reason": _string, "corroborates": _boolean}
RULE = {
    "points": _number(),
    "reason": _string,
    "reason_nl": _string,
    "veto": _boolean,
    "enabled": _boolean,
    "strong": _boolean,
}

SCHEMA: dict[str, Any] = {
    "bands": {"high": _number(0), "medium": _number(0), "low": _number(0)},
    "flagging": {"min_band": _band_name, "min_families": _integer(1), "reason": _string},
    "families": {family: FAMILY for family in INDICATORS},
    "domain": {
        "support_words": _strings,
        "lookalike_min_similarity": _number(50),
        "lookalike_min_length": _integer(2),
        "scare_words": _strings,
        "confusables": _string_map,
    },
    "impersonation": {
        "min_brand_mentions": _integer(1),
        "min_helpdesk_terms": _integer(1),
        "min_brand_share": _number(0),
        "min_listed_numbers": _integer(1),
        "discussion_signals": _strings,
    },
    "helpdesk": {
        "min_helpdesk_terms": _integer(1),
        "identity_terms": _strings,
        "customer_only_terms": _strings,
    },
    "scareware": {"min_scare_terms": _integer(1)},
    "locker": {"min_behaviours": _integer(1)},
    "phone": {
        "helpdesk_countries": _countries,
        "fit_countries_by_language": _country_lists,
        "identity_countries": _country_map,
        "unfit_kinds": _strings,
        "service_kinds": _strings,
        "fullwidth_digit_languages": _strings,
    },
    "registration": {
        "countries_of_interest": _countries,
        "privacy_services": _strings,
        "newly_registered_days": _integer(1),
    },
    "template": {
        "max_distance": _integer(0),
        "statuses": _strings,
        "min_shared_terms": _integer(1),
    },
    "compromise": {"other_trade_words": _strings, "computer_words": _strings},
    "counter": {
        "min_warning_terms": _integer(1),
        "warning_title_patterns": _regexes,
        "desk_name_patterns": _regexes,
        "min_business_terms": _integer(1),
        "long_history_years": _integer(1),
        "corporate_registrars": _strings,
    },
    "rules": {family: {name: RULE for name in names} for family, names in INDICATORS.items()},
}
OPTIONAL = {"corroborates", "veto", "enabled", "reason_nl", "strong"}


def _walk(doc: dict[str, Any], schema: dict[str, Any], file: str, prefix: str) -> None:
    for key, value in doc.items():
        where = f"{prefix}{key}"
        if key not in schema:
            raise ConfigError(f"{file}: {where}: unknown key (expected one of {', '.join(schema)})")
        spec = schema[key]
        if isinstance(spec, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{file}: {where}: expected a table")
            _walk(value, spec, file, f"{where}.")
        else:
            problem = spec(value)
            if problem:
                raise ConfigError(f"{file}: {where}: {problem}")


def _check_signs(doc: dict[str, Any], file: str) -> None:
    for family, table in doc.get("rules", {}).items():
        for name, rule in table.items():
            where = f"{file}: rules.{family}.{name}"
            points = rule.get("points")
            if points is None:
                continue
            if family != "counter" and points < 0:
                raise ConfigError(
                    f"{where}.points: negative weight {points:g}; only counter rules may subtract"
                )
            if family == "counter" and points > 0:
                raise ConfigError(
                    f"{where}.points: counter-evidence must not add points ({points:g})"
                )
            if rule.get("veto") and family != "counter":
                raise ConfigError(f"{where}.veto: only counter rules can veto")


def check_document(doc: dict[str, Any], file: str) -> None:
    """Every key known, every value well-typed; raises ConfigError naming file and key."""
    _walk(doc, SCHEMA, file, "")
    _check_signs(doc, file)


def _missing(doc: dict[str, Any], schema: dict[str, Any], prefix: str) -> str | None:
    for key, spec in schema.items():
        if key in OPTIONAL:
            continue
        if key not in doc:
            return f"{prefix}{key}"
        if isinstance(spec, dict):
            found = _missing(doc[key], spec, f"{prefix}{key}.")
            if found:
                return found
    return None


def check_rules_complete(doc: dict[str, Any], file: str) -> None:
    """After merging: nothing required is missing and the bands are in order."""
    missing = _missing(doc, SCHEMA, "")
    if missing:
        raise ConfigError(f"{file}: {missing}: missing (required)")
    bands = doc["bands"]
    if not bands["high"] >= bands["medium"] >= bands["low"]:
        raise ConfigError(f"{file}: bands: thresholds must satisfy high >= medium >= low")
