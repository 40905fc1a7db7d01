"""Load and validate scoring/vocabulary.toml, the word lists extraction looks for.

Validated once at load, so a broken list is one clear ConfigError naming the file and
key instead of a crash in the middle of a crawl. A local override
(scoring/vocabulary.local.toml, or the file NEPHELPDESK_VOCABULARY points to) is
merged on top: lists are extended, tables merged key by key.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any

from core.config import read_toml
from core.errors import ConfigError

SCORING_DIR = Path(__file__).resolve().parent.parent.parent / "scoring"
DEFAULT_PATH = SCORING_DIR / "vocabulary.toml"
LOCAL_PATH = SCORING_DIR / "vocabulary.local.toml"

# Top-level tables the extractor needs; a missing one is a broken file, not a default.
REQUIRED = (
    "terms",
    "patterns",
    "phone_rejects",
    "phone_regions",
    "phone_kinds",
    "remote_tools",
    "chat_widgets",
    "brand_terms",
    "host_words",
    "contact_links",
    "stopwords",
    "phone_hints",
    "phone_obfuscation",
    "phone_roles",
    "scare_terms",
    "locker_behaviours",
    "payment",
    "refund_lure",
)
PAYMENT_LISTS = ("vouchers", "gift_cards", "pay_words", "sale_words", "refusals", "own_cards")
LURE_LISTS = ("charged", "asks", "conditions")
ROLE_LISTS = (
    "frame_classes", "cta_classes", "quote_classes", "article_classes", "quote_types",
    "article_types", "directory_cues", "lookup_cues", "url_parameters", "own_words",
    "first_person", "reporting_marks", "faq_classes", "faq_types", "fake_words", "fake_objects",
)  # fmt: skip
ROLE_PATTERNS = ("reply_count_pattern", "byline_pattern", "reporting_pattern")


def _read(path: Path) -> dict[str, Any]:
    return read_toml(path, "vocabulary")


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Lists are extended, tables merged recursively, scalars replaced."""
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [item for item in value if item not in old]
        else:
            merged[key] = value
    return merged


def _check_strings(path: Path, key: str, value: Any) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{path}: {key} must be a list of non-empty strings")


def _validate(path: Path, data: dict[str, Any]) -> None:
    for table in REQUIRED:
        if not isinstance(data.get(table), dict):
            raise ConfigError(f"{path}: missing table [{table}]")
    for name in ("helpdesk", "warning", "business"):
        _check_strings(path, f"terms.{name}", data["terms"].get(name))
    for name, pattern in data["patterns"].items():
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise ConfigError(f"{path}: patterns.{name} is not a valid regex ({exc})") from exc
    for name in ("id_labels", "phone_labels"):
        _check_strings(path, f"phone_rejects.{name}", data["phone_rejects"].get(name))
    for tool, spec in data["remote_tools"].items():
        if not isinstance(spec, dict):
            raise ConfigError(f"{path}: remote_tools.{tool} must be a table")
        _check_strings(path, f"remote_tools.{tool}.links", spec.get("links"))
        _check_strings(path, f"remote_tools.{tool}.words", spec.get("words"))
    for widget, fragments in data["chat_widgets"].items():
        _check_strings(path, f"chat_widgets.{widget}", fragments)
    for lang, words in data["stopwords"].items():
        _check_strings(path, f"stopwords.{lang}", words)
    _check_strings(path, "host_words.words", data["host_words"].get("words"))
    _check_strings(path, "contact_links.words", data["contact_links"].get("words"))
    _validate_phone_tables(path, data)
    _validate_signals(path, data)
    for name in PAYMENT_LISTS:
        _check_strings(path, f"payment.{name}", data["payment"].get(name))
    for name in LURE_LISTS:
        _check_strings(path, f"refund_lure.{name}", data["refund_lure"].get(name))
    _check_regex(path, "refund_lure.amount_pattern", data["refund_lure"].get("amount_pattern"))
    _check_regex(path, "payment.long_plan_years", data["payment"].get("long_plan_years"))
    for name in ("long_plan_life", "long_plan_words"):
        _check_strings(path, f"payment.{name}", data["payment"].get(name))


def _check_regex(path: Path, key: str, pattern: Any) -> None:
    try:
        re.compile(pattern)
    except (re.error, TypeError) as exc:
        raise ConfigError(f"{path}: {key} is not a valid regex ({exc})") from exc


def _check_regions(path: Path, key: str, table: Any) -> None:
    if not isinstance(table, dict) or not all(
        isinstance(v, str) and len(v) == 2 and v.isupper() for v in table.values()
    ):
        raise ConfigError(f"{path}: {key} must map words to two-letter region codes")


def _validate_phone_tables(path: Path, data: dict[str, Any]) -> None:
    _check_regions(path, "phone_hints.words", data["phone_hints"].get("words"))
    for name in ("decorations", "letter_separators"):
        _check_strings(path, f"phone_obfuscation.{name}", data["phone_obfuscation"].get(name))
    roles = data["phone_roles"]
    for cues in ("call_cues", "discussion_cues"):
        if not isinstance(roles.get(cues), dict) or not roles[cues]:
            raise ConfigError(f"{path}: phone_roles.{cues} must be a table of languages")
        for lang, words in roles[cues].items():
            _check_strings(path, f"phone_roles.{cues}.{lang}", words)
    for name in ROLE_LISTS:
        _check_strings(path, f"phone_roles.{name}", roles.get(name))
    for name in ROLE_PATTERNS:
        _check_regex(path, f"phone_roles.{name}", roles.get(name))
    for name in ("directory_numbers", "listing_numbers"):
        value = roles.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 2:
            raise ConfigError(f"{path}: phone_roles.{name} must be a whole number >= 2")


def _validate_signals(path: Path, data: dict[str, Any]) -> None:
    for lang, words in data["scare_terms"].items():
        if lang == "patterns":
            for name, pattern in words.items():
                _check_regex(path, f"scare_terms.patterns.{name}", pattern)
        else:
            _check_strings(path, f"scare_terms.{lang}", words)
    for name, pattern in data["locker_behaviours"].items():
        _check_regex(path, f"locker_behaviours.{name}", pattern)


def load_vocabulary(path: Path | None = None) -> dict[str, Any]:
    """The validated vocabulary; with no path, the default file plus local override."""
    if path is not None:
        data = _read(path)
        _validate(path, data)
        return data
    return _default_vocabulary()


@functools.cache
def _default_vocabulary() -> dict[str, Any]:
    data = _read(DEFAULT_PATH)
    override = os.environ.get("NEPHELPDESK_VOCABULARY")
    local = Path(override) if override else LOCAL_PATH
    blamed = DEFAULT_PATH
    if override or local.exists():
        data = _merge(data, _read(local))
        blamed = local  # an error after merging is most likely in the override
    _validate(blamed, data)
    return data
