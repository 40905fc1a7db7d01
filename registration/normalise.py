"""Normalising registration values: countries, dates, registrar names, privacy.

Pure functions over the strings registries send. Lists of names and patterns live in
registration/data/ (countries.json, privacy.toml), loaded once.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from core.config import read_toml
from core.errors import ConfigError

DATA_DIR = Path(__file__).with_name("data")
PRIVACY_STATES = ("shielded", "not_published", "disclosed", "unknown")


def _load_toml(name: str) -> dict[str, Any]:
    return read_toml(DATA_DIR / name, "registry data")


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


_CODE_IN_PARENS = re.compile(r"\(([A-Za-z]{2})\)\s*$")


def country_code(value: str | None) -> str | None:
    """ISO 3166 alpha-2 for a code, a name in any case/language we know, or None."""
    if not value:
        return None
    text = value.strip().strip(".").strip()
    codes, by_name = _countries()
    inner = _CODE_IN_PARENS.search(text)  # "Hong Kong (HK)", "Turkey (TR)"
    if inner and inner.group(1).upper() in codes:
        return inner.group(1).upper()
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
_YMD = re.compile(r"(?<!\d)(\d{4})(?:[-./]\s?|\s)(\d{1,2})(?:[-./]\s?|\s)(\d{1,2})(?!\d)")
_XXY = re.compile(r"(?<!\d)(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})(?!\d)")
_CJK = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})")
# yyyymmdd[hhmmss] alone or after a tag ("0-UANIC 20020903000000")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{2})(\d{2})(?:\d{6})?(?!\d)")
_UNIX = re.compile(r"^\d{9,10}$")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")
MAX_DATE_CHARS = 80  # a date longer than this is no date; bounds the work per value


@functools.cache
def _months() -> dict[str, int]:
    table = _load_toml("dates.toml")
    try:
        return {_fold(name): int(month) for month, names in table.items() for name in names}
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{DATA_DIR / 'dates.toml'}: {exc}") from exc


def parse_date_text(value: str, order: str | None = None) -> date | None:
    """A date from the many ways registries write one; None when it will not parse.

    ISO and year-first forms (2003-06-04, 2003.06.04, 2003/06/04), day-first numeric
    forms (04.06.2003, 04/06/2003, 04-06-2003: day first unless the day cannot be one,
    or `order` is "mdy"), month names in several languages (04-Jun-2003, June 4 2003,
    4 juin 2003), yyyymmdd, Unix times, CJK dates. "before Aug-1996" / "before 2001"
    (records older than a registry's database) keep the stated bound, its first day.
    """
    text = value.strip()[:MAX_DATE_CHARS]
    if not text:
        return None
    before = bool(_BEFORE.match(text))
    for reader in (_numeric, _named):
        day = reader(text, order, before)
        if day:
            return day
    year = re.search(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", text) if before else None
    return _day(int(year.group(1)), 1, 1) if year else None


def _numeric(text: str, order: str | None, before: bool) -> date | None:
    if _UNIX.match(text):
        return datetime.fromtimestamp(int(text), UTC).date()
    found = _YMD.search(text) or _CJK.search(text) or _COMPACT.search(text)
    if found:
        return _day(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    found = _XXY.search(text)
    if found:
        first, second, year = (int(g) for g in found.groups())
        month_first = order == "mdy" or (first <= 12 < second)
        if month_first:
            return _day(year, first, second)
        return _day(year, second, first)
    return None


def _named(text: str, order: str | None, before: bool) -> date | None:
    """A date with a month name: the numbers around it are the day and the year."""
    months = _months()
    month = next((months[w] for w in (_fold(x) for x in _WORD.findall(text)) if w in months), None)
    if month is None:
        return None
    numbers = [int(n) for n in _NUMBER.findall(text)]
    years = [n for n in numbers if n >= 1900]
    if not years:
        two_digit = [n for n in numbers if n <= 99]
        if len(two_digit) >= 2:  # "04-Jun-03"
            return _day(
                2000 + two_digit[-1] if two_digit[-1] < 70 else 1900 + two_digit[-1],
                month,
                two_digit[0],
            )
        return None
    days = [n for n in numbers if 1 <= n <= 31]
    if before and not days:
        return _day(years[0], month, 1)
    return _day(years[0], month, days[0]) if days else _day(years[0], month, 1)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def as_date(value: Any) -> date | None:
    """One date from a datetime, date or string value."""
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


# Registry-added tails after a registrar's name: "(R22-LRCC)", "(292)", "[Tag = X]",
# and Nominet's "t/a <trading name>".
_REGISTRAR_TAIL = re.compile(
    r"\s*(?:\((?:R\d+-[A-Z]+|\d+|https?://[^)]*)\)|\bR\d+-[A-Z]{2,6}|\[Tag\s*=\s*[^\]]*\]|\bt/a\s.*)\s*$",
    re.IGNORECASE,
)


def registrar_name(value: Any) -> str | None:
    """The registrar's name as written, without the registry's id or tag tails."""
    text = clean_text(value)
    if text is None:
        return None
    for _ in range(3):  # "X t/a Y [Tag = Z]": tails stack
        text = _REGISTRAR_TAIL.sub("", text)
    return text or None


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
