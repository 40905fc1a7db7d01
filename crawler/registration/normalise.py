"""Normalising registration values: countries, dates, registrar names, privacy.

Pure functions over the strings registries send. Lists of names and patterns live in
crawler/registration/data/ (countries.json, privacy.toml), loaded once.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crawler.errors import ConfigError

DATA_DIR = Path(__file__).with_name("data")
PRIVACY_STATES = ("shielded", "not_published", "disclosed", "unknown")


def _load_toml(name: str) -> dict[str, Any]:
    path = DATA_DIR / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _compile(path_key: str, patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in patterns)
    except re.error as exc:
        raise ConfigError(f"{DATA_DIR}/{path_key}: bad pattern: {exc}") from exc


# --- countries -------------------------------------------------------------------


def _fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Pays-Bas' and 'PAYS BAS' meet."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", stripped.lower()).strip()


@functools.cache
def _countries() -> tuple[frozenset[str], dict[str, str]]:
    path = DATA_DIR / "countries.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))["countries"]
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    by_name: dict[str, str] = {}
    for code, names in table.items():
        for name in names:
            by_name.setdefault(_fold(name), code)
    return frozenset(table), by_name


def country_code(value: str | None) -> str | None:
    """ISO 3166 alpha-2 for a code, a name in any case/language we know, or None."""
    if not value:
        return None
    text = value.strip().strip(".").strip()
    codes, by_name = _countries()
    if len(text) == 2 and text.isalpha():
        code = text.upper()
        if code == "UK":  # the ccTLD, not an ISO code, is what many registrars write
            return "GB"
        return code if code in codes else None
    return by_name.get(_fold(text))


def country_from_label(label: str) -> str | None:
    """The country of a multi-line address label: its last line that names one."""
    for line in reversed([part for part in re.split(r"[\n\r]+", label) if part.strip()]):
        code = country_code(line)
        if code:
            return code
    return None


# --- dates -----------------------------------------------------------------------

_BEFORE = re.compile(r"^\s*before\s+", re.IGNORECASE)
_TRAILING_ZONE = re.compile(
    r"\s*\((?:GMT|UTC)?\s*[+-]?\d{0,2}:?\d{0,2}\)\s*$|\s*\([A-Z]{2,5}\)\s*$"
)
_DOTTED = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}")


def parse_date_text(value: str) -> date | None:
    """A date from the many ways registries write one; None when it will not parse.

    "before 2001" (records older than a registry's database) has no exact day; we keep
    the stated bound, 2001-01-01, and the raw line stays in the evidence.
    """
    from whois.exceptions import WhoisUnknownDateFormatError
    from whois.parser import cast_date

    text = value.strip()
    if not text or text.isdigit() and len(text) != 8:
        return None
    if _BEFORE.match(text):
        return _before(text)
    text = _TRAILING_ZONE.sub("", text)  # "2009-07-01 12:44:02 (GMT+0:00)", "(JST)"
    dayfirst = bool(_DOTTED.match(text))  # 05.06.2002 is European: 5 June
    try:
        parsed = cast_date(text, dayfirst=dayfirst)
    except (WhoisUnknownDateFormatError, ValueError, OverflowError):
        return None
    return parsed.date() if isinstance(parsed, datetime) else None


def _before(text: str) -> date | None:
    from whois.exceptions import WhoisUnknownDateFormatError
    from whois.parser import datetime_parse

    try:
        parsed = datetime_parse(text.lower())
    except (WhoisUnknownDateFormatError, ValueError):
        year = re.search(r"(1[89]\d\d|20\d\d)", text)
        return date(int(year.group(1)), 1, 1) if year else None
    return parsed.date() if isinstance(parsed, datetime) else None


def as_date(value: Any) -> date | None:
    """One date from a python-whois value: datetime, date, string."""
    if isinstance(value, datetime):
        return value.date()  # the date as the registry wrote it, in its own time zone
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date_text(value)
    return None


def pick_date(values: Iterable[Any], *, latest: bool = False) -> date | None:
    """The earliest (created) or latest (expires) plausible date among candidates.

    Answers list contact and host objects' dates beside the domain's; the domain is
    the oldest object for `created`. Years before 1985 are junk (no DNS then).
    """
    dates = [d for d in (as_date(v) for v in values) if d and d.year >= 1985]
    if not dates:
        return None
    return max(dates) if latest else min(dates)


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# --- registrar -------------------------------------------------------------------

_EMPTY_VALUES = {"", "-", "n/a", "na", "none", "null", "not available", "redacted"}


def clean_text(value: Any) -> str | None:
    """A single trimmed string with inner whitespace collapsed, or None for empties."""
    if isinstance(value, list | tuple):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    text = re.sub(r"\s+", " ", value).strip()
    return None if text.lower() in _EMPTY_VALUES else text


def registrar_name(value: Any) -> str | None:
    return clean_text(value)


# --- privacy ---------------------------------------------------------------------


@dataclass(frozen=True)
class PrivacyRules:
    services: tuple[re.Pattern[str], ...]
    redaction: tuple[re.Pattern[str], ...]
    not_published_tlds: frozenset[str]
    not_published_phrases: tuple[re.Pattern[str], ...]


@functools.cache
def privacy_rules() -> PrivacyRules:
    data = _load_toml("privacy.toml")
    try:
        return PrivacyRules(
            services=_compile("privacy.toml services", data["services"]["patterns"]),
            redaction=_compile("privacy.toml redaction", data["redaction"]["patterns"]),
            not_published_tlds=frozenset(data["not_published"]["tlds"]),
            not_published_phrases=_compile(
                "privacy.toml not_published", data["not_published"]["phrases"]
            ),
        )
    except KeyError as exc:
        raise ConfigError(f"{DATA_DIR / 'privacy.toml'}: missing key {exc}") from exc


def _matches(patterns: Iterable[re.Pattern[str]], text: str | None) -> bool:
    return bool(text) and any(p.search(text or "") for p in patterns)


def is_privacy_service(text: str | None) -> bool:
    return _matches(privacy_rules().services, text)


def is_redacted(text: str | None) -> bool:
    return _matches(privacy_rules().redaction, text)


@dataclass(frozen=True)
class Registrant:
    """What an answer shows of the registrant, before judging privacy."""

    name: str | None = None
    org: str | None = None
    email: str | None = None
    street: str | None = None
    country: str | None = None  # ISO alpha-2 as shown (maybe the proxy's)
    redacted_fields: bool = False  # RDAP `redacted` members about the registrant
    present: bool = False  # the answer has a registrant section at all


@dataclass(frozen=True)
class PrivacyFinding:
    state: str  # one of PRIVACY_STATES
    privacy: bool | None
    country: str | None  # the registrant's own country, never a proxy's
    evidence: str | None  # the value that decided it


def judge_privacy(registrant: Registrant, tld: str, full_text: str = "") -> PrivacyFinding:
    """Shielded, not published, disclosed or unknown; and the country that may be trusted.

    Order matters: a proxy service standing in beats everything (its country is not
    the registrant's); then redaction; then the registry's own "we publish nothing".
    """
    rules = privacy_rules()
    fields = [registrant.name, registrant.org, registrant.email, registrant.street]
    service = next((f for f in fields if is_privacy_service(f)), None)
    if service:
        return PrivacyFinding("shielded", True, None, service)
    identity = [v for v in (registrant.name, registrant.org) if v]
    # The registry saying it publishes no holder data outranks any name nearby (often a
    # technical contact's).
    phrase = next((v for v in identity if _matches(rules.not_published_phrases, v)), None)
    found = (p.search(full_text) for p in rules.not_published_phrases)
    phrase = phrase or next((m.group(0) for m in found if m), None)
    if phrase:
        # Not shielded by anyone: the registry's policy, so privacy is False, not unknown.
        return PrivacyFinding("not_published", False, None, phrase)
    disclosed = [v for v in identity if not is_redacted(v)]
    redacted = [v for v in identity if is_redacted(v)]
    # A name or organisation still shown means the registrant is not hidden.
    if (redacted or registrant.redacted_fields) and not disclosed:
        why = redacted[0] if redacted else "RDAP redacted members"
        if tld in rules.not_published_tlds:  # "NOT DISCLOSED" is that registry's policy
            return PrivacyFinding("not_published", False, None, why)
        return PrivacyFinding("shielded", True, registrant.country, why)
    if disclosed:
        return PrivacyFinding("disclosed", False, registrant.country, disclosed[0])
    if not registrant.present and tld in rules.not_published_tlds:
        return PrivacyFinding("not_published", False, None, f".{tld} publishes no registrant data")
    return PrivacyFinding("unknown", None, registrant.country, None)
