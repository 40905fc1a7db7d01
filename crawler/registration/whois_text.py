"""WHOIS (port 43) text answers -> a normalised registration record.

`parse_whois(text, domain)` is pure. It first decides what kind of answer this is
(rate-limit text, "no match", garbage), then reads fields with python-whois's per-TLD
parser and backs it up with a generic, section-aware reader driven by
data/whois_labels.toml, because python-whois misses many ccTLD layouts (sections such as
"Holder", contact blocks referred to by handle, "key.....: value" lines).
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from whois.exceptions import PywhoisError
from whois.parser import WhoisEntry

from crawler.domains import to_unicode
from crawler.errors import ConfigError
from crawler.registration import normalise as norm
from crawler.registration.record import (
    EMPTY,
    GARBAGE,
    NOT_FOUND,
    RATE_LIMITED,
    Parsed,
    UnusableAnswer,
    build_registration,
)

log = logging.getLogger(__name__)

KEY_VALUE = re.compile(r"^(\s*)([A-Za-z][\w /().\-]{0,60}?)\s*(?:\.{2,}\s*:?|:)\s*(.*?)\s*$")
# JPRS style: "a. [Domain Name]    EXAMPLE.JP"
BRACKETED = re.compile(r"^(\s*)(?:[a-z]\.\s*)?\[([^\]]{1,60})\]\s*(.*?)\s*$")
HANDLE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:\-]*\d[A-Za-z0-9_:\-]*$")
MAX_UNDECODABLE = 0.05  # share of replacement/control characters that makes text garbage


@dataclass(frozen=True)
class Line:
    number: int
    indent: int
    key: str | None  # folded key, None for a free line
    value: str
    raw: str
    section: str | None  # folded heading of the section the line sits in


def fold_key(key: str) -> str:
    return re.sub(r"[^a-z0-9/]+", " ", key.lower()).strip()


@functools.cache
def labels() -> dict[str, tuple[str, ...]]:
    path = norm.DATA_DIR / "whois_labels.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    # Tuples keep the file's order: earlier labels win where order matters (registrar).
    return {name: tuple(values) for name, values in data.items()}


@functools.cache
def answer_patterns() -> dict[str, Any]:
    path = norm.DATA_DIR / "answers.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        flags = re.IGNORECASE | re.MULTILINE
        return {
            "rate_limited": [re.compile(p, flags) for p in data["rate_limited"]],
            "not_found": [re.compile(p, flags) for p in data["not_found"]],
            "referral": re.compile(data["referral"], flags),
        }
    except (OSError, tomllib.TOMLDecodeError, KeyError, re.error) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


# --- reading lines and sections ----------------------------------------------------


def split_lines(text: str) -> list[Line]:
    heads = labels()["registrant_headings"] + labels()["registrar_headings"]
    lines: list[Line] = []
    section: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if not stripped or stripped[0] in "%#;>":
            continue
        indent = len(raw) - len(raw.lstrip())
        match = KEY_VALUE.match(raw) or BRACKETED.match(raw)
        if match and not match.group(3).startswith("//"):
            key, value = fold_key(match.group(2)), match.group(3)
            if not value:  # "Registrant:" opens a section
                section = key
                continue
            lines.append(Line(number, indent, key, value, stripped, section))
        elif fold_key(stripped) in heads:  # bare heading: "Holder", "Registrar"
            section = fold_key(stripped)
        else:
            lines.append(Line(number, indent, None, stripped, stripped, section))
    return lines


def _first(
    lines: list[Line], keys: tuple[str, ...], section: tuple[str, ...] | None = None
) -> Line | None:
    """The first line under the highest-priority key (keys are in priority order)."""
    for key in keys:
        for line in lines:
            if line.key == key and (section is None or line.section in section):
                return line
    return None


# --- classifying an answer -----------------------------------------------------------


def undecodable_share(text: str) -> float:
    bad = sum(1 for c in text if c == "\ufffd" or (ord(c) < 32 and c not in "\t\r\n"))
    return bad / max(1, len(text))


def classify(text: str) -> None:
    """Raise UnusableAnswer when the text is no registration record at all."""
    if not text.strip():
        raise UnusableAnswer(EMPTY, "empty answer")
    share = undecodable_share(text)
    if share > MAX_UNDECODABLE:
        raise UnusableAnswer(
            GARBAGE, f"garbage answer: {share:.0%} undecodable or control characters"
        )
    patterns = answer_patterns()
    # Rate-limit text is short and carries no fields; judge on the non-comment lines.
    body = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith(("%", "#")))
    for pattern in patterns["rate_limited"]:
        if pattern.search(body) and not _looks_like_record(text):
            raise UnusableAnswer(RATE_LIMITED, f"rate limited: {pattern.search(body).group(0)!r}")
    for pattern in patterns["not_found"]:
        if pattern.search(body) and not _looks_like_record(text):
            raise UnusableAnswer(
                NOT_FOUND, f"not registered: {pattern.search(body).group(0).strip()!r}"
            )


def _looks_like_record(text: str) -> bool:
    known = labels()["created"] + labels()["expires"] + labels()["registrar"]
    return any(line.key in known for line in split_lines(text))


def referral_server(text: str) -> str | None:
    """The `whois:` (or `refer:`) server named in an IANA whois answer."""
    match = answer_patterns()["referral"].search(text)
    return match.group(1).strip() if match else None


# --- fields --------------------------------------------------------------------------


def _python_whois(domain: str, text: str) -> dict[str, Any]:
    try:
        return dict(WhoisEntry.load(domain, text))
    except PywhoisError as exc:  # its "not found" and date errors
        log.info("python-whois gave up on %s: %s", domain, exc)
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as exc:
        # Parser bugs on odd layouts: fall back to the generic reader, and say so.
        log.warning("python-whois failed on %s (%s): %s", domain, type(exc).__name__, exc)
    return {}


AMBIGUOUS_NUMERIC = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./]\d{2,4}\b")


def _ambiguous(value: str) -> bool:
    match = AMBIGUOUS_NUMERIC.match(value)
    if match is None:
        return False
    return int(match.group(1)) <= 12 and int(match.group(2)) <= 12


def _dates(entry: dict[str, Any], lines: list[Line], key: str, label: str) -> list[Any]:
    """python-whois's dates plus the generic reader's, earliest/latest picked later.

    Where python-whois read a date with its per-TLD day/month order, an ambiguous
    "05/06/2002" from the generic reader is left out rather than read the other way.
    """
    found = entry.get(key)
    values: list[Any] = list(found) if isinstance(found, list) else ([found] if found else [])
    generic = [line.value for line in lines if line.key in labels()[label]]
    values += [v for v in generic if not (values and _ambiguous(v))]
    return values


def _date_field(
    entry: dict[str, Any], lines: list[Line], *, created: bool
) -> tuple[str | None, str | None]:
    key, label = ("creation_date", "created") if created else ("expiration_date", "expires")
    day = norm.pick_date(_dates(entry, lines, key, label), latest=not created)
    if day is None:
        return None, None
    raw = next(
        (ln.raw for ln in lines if ln.key in labels()[label] and norm.as_date(ln.value) == day),
        f"{key}: {day.isoformat()}",
    )
    return day.isoformat(), raw


def _registrar(entry: dict[str, Any], lines: list[Line]) -> tuple[str | None, str | None]:
    name = norm.registrar_name(entry.get("registrar"))
    if name:
        line = next((ln for ln in lines if name in ln.value), None)
        return name, line.raw if line else f"registrar: {name}"
    line = _first(lines, labels()["registrar"])
    if line and norm.registrar_name(line.value):
        return norm.registrar_name(line.value), line.raw
    heads = labels()["registrar_headings"]
    line = _first(lines, labels()["section_registrar_name"], heads)
    if line is None:
        line = next((ln for ln in lines if ln.key is None and ln.section in heads), None)
    return (norm.registrar_name(line.value), line.raw) if line else (None, None)


def _handle_block(lines: list[Line], handle: str) -> list[Line]:
    """The contact block that starts with `contact: <handle>` (RIPE-style answers)."""
    keys = labels()["handle_block_keys"]
    at = next((i for i, ln in enumerate(lines) if ln.key in keys and ln.value == handle), None)
    if at is None:
        return []
    start = end = at
    # The handle line may open or close its paragraph; blank lines bound it.
    while start > 0 and lines[start - 1].number == lines[start].number - 1:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].number == lines[end].number + 1:
        end += 1
    return lines[start : end + 1]


def _registrant_lines(lines: list[Line]) -> list[Line]:
    """Lines describing the registrant: its section, or its handle's contact block."""
    section = [ln for ln in lines if ln.section in labels()["registrant_headings"]]
    if section:
        return section
    handle_line = _first(lines, labels()["registrant_handle"])
    if handle_line and HANDLE.match(handle_line.value):
        return _handle_block(lines, handle_line.value)
    return []


def _pick(lines: list[Line], explicit: str, in_section: str, block: list[Line]) -> Line | None:
    line = _first(lines, labels()[explicit])
    if line and not (explicit == "registrant_name" and HANDLE.match(line.value)):
        return line
    return _first(block, labels()[in_section])


def _registrant(lines: list[Line], entry: dict[str, Any]) -> tuple[norm.Registrant, dict[str, str]]:
    block = _registrant_lines(lines)
    free = [ln for ln in block if ln.key is None]
    name = _pick(lines, "registrant_name", "section_name", block) or (free[0] if free else None)
    name = name or _entry_line(entry, "name")
    org = _pick(lines, "registrant_org", "section_org", block) or _entry_line(entry, "org")
    email = _pick(lines, "registrant_email", "section_email", block)
    street = _pick(lines, "registrant_street", "section_street", block)
    country_line, country = _registrant_country(lines, block, entry)
    evidence = {f"registrant_{k}": ln.raw for k, ln in (("name", name), ("org", org)) if ln}
    if country_line:
        evidence["registrant_country"] = country_line
    registrant = norm.Registrant(
        name=norm.clean_text(name.value) if name else None,
        org=norm.clean_text(org.value) if org else None,
        email=email.value if email else None,
        street=" ".join(ln.value for ln in block if ln.key in labels()["section_street"])
        or (street.value if street else None),
        country=country,
        present=bool(block or name or org or country),
    )
    return registrant, evidence


def _entry_line(entry: dict[str, Any], key: str) -> Line | None:
    """python-whois's per-TLD reading of a registrant field, as a pseudo line."""
    value = norm.clean_text(entry.get(key))
    return Line(0, 0, key, value, f"{key}: {value}", None) if value else None


def _registrant_country(
    lines: list[Line], block: list[Line], entry: dict[str, Any]
) -> tuple[str | None, str | None]:
    candidates = [ln for ln in lines if ln.key in labels()["registrant_country"]]
    candidates += [ln for ln in block if ln.key in labels()["section_country"]]
    from_entry = _entry_line(entry, "country") if not block else None
    if from_entry:
        candidates.append(from_entry)
    for line in candidates:
        code = norm.country_code(line.value)
        if code:
            return line.raw, code
    # Free-text and "address:" blocks end with the country line.
    for line in reversed(
        [ln for ln in block if ln.key is None or ln.key in labels()["section_street"]]
    ):
        code = norm.country_code(line.value)
        if code:
            return line.raw, code
    return None, None


def parse_whois(text: str, domain: str) -> Parsed:
    """A normalised record from a WHOIS answer; raises UnusableAnswer when there is none."""
    classify(text)
    entry = _python_whois(domain, text)
    lines = split_lines(text)
    registrant, evidence = _registrant(lines, entry)
    finding = norm.judge_privacy(registrant, domain.rsplit(".", 1)[-1], text)
    registration = build_registration(
        domain, "whois", _registrar(entry, lines), _date_field(entry, lines, created=True),
        _date_field(entry, lines, created=False), finding, evidence,
    )  # fmt: skip
    parsed = Parsed(
        registration,
        domain_unicode=to_unicode(domain),
        abuse_email=_abuse_email(lines),
        nameservers=tuple(_nameservers(entry)),
    )
    mentions_domain = domain in text.lower() or to_unicode(domain) in text.lower()
    if not parsed.has_data and (finding.state in ("unknown", "disclosed") or not mentions_domain):
        raise UnusableAnswer(GARBAGE, "answer holds no registration fields (garbage or truncated)")
    return parsed


def _abuse_email(lines: list[Line]) -> str | None:
    line = next((ln for ln in lines if ln.key and "abuse" in ln.key and "@" in ln.value), None)
    return line.value if line else None


def _nameservers(entry: dict[str, Any]) -> list[str]:
    found = entry.get("name_servers") or []
    values = found if isinstance(found, list) else [found]
    return sorted({str(v).strip().lower().rstrip(".") for v in values if str(v).strip()})
