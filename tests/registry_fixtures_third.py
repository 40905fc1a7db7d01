"""Reader for the third, held-out source of real WHOIS answers: io-developer/php-whois's
TLD parsing test data (tests/data/registry_samples/whois/io-developer-php-whois, see its
SOURCE.md).

`.<tld>/<domain>.txt` is a registered domain's answer and `.<tld>/<domain>.json` what the
upstream (PHP) parser must return for it (upstream's TldParsingTest asserts every field);
`.<tld>/free.txt` (and `free_<domain>.txt`) an answer upstream asserts to mean "this name
is available". Only the answers upstream's test asserts were copied. Cases use
tests/registry_fixtures.py's `Case`, all with split "third": the whole source is held
out (nobody tunes the parser on it).

Fields, each set only where the JSON gives a value and it is unambiguous:
- state: "not_found" for an answer upstream asserts available, "registered" for one with
  a JSON (upstream asserts "not available" and a parsed record).
- registrar: the JSON's `registrar`, plus the name without a trailing "[Tag = ...]".
- created: the leading YYYY-MM-DD of `creationDate`: upstream writes the answer's own
  date and time, with the answer's offset where it has one, so that is the date as the
  answer writes it (no time-zone shift).
- registrant_country: never; upstream has no such field.
- privacy: derived from the JSON's `owner` (the registrant's name or organisation) as
  tests/registry_fixtures_second.py does; None when `owner` is empty.

Where upstream's expectation does not say what it seems to, the field (or, for the
state, the whole answer) is left out; every such case was checked by hand in the raw
answer and is listed below with its reason. `skipped()` counts them per field.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

from registration import normalise as norm
from tests.conftest import REGISTRY_SAMPLES
from tests.registry_fixtures import Case

ROOT = REGISTRY_SAMPLES / "whois" / "io-developer-php-whois"
SPLIT = "third"
ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
TAG_TAIL = re.compile(r"\s*\[Tag = [^\]]*\]\s*$")
REGISTRAR_WHOIS = "_registrar_whois"  # a registrar's answer for the same name

# Answers upstream asserts "available" whose text says something else: no state to expect.
NOT_AVAILABILITY = {
    ".ga/free.txt": "the lookup 'can temporarily not be answered. Please try again.'",
    ".ml/free.txt": "the lookup 'can temporarily not be answered. Please try again.'",
    ".nz/free.txt": "'query_status: 440 Request Denied'",
    ".nz/free_progressbuilders.co.nz.nz.txt": "'510 Domain is not managed by this register'",
    ".qa/free.txt": "'Reserved by QDR'",
    ".tr/free.txt": "'Invalid input'",
}
# Answers upstream asserts "not available" that hold no registration: no state to expect.
NO_RECORD = {
    ".am/google.com.am.txt": "'Reserved name: Reserved brand name', no registration",
}
# Upstream's `registrar` is not what the answer names as registrar: a contact's name or
# organisation (the answer names no registrar, or names another one, e.g. by handle).
NOT_REGISTRAR = {
    ".ai/google.com.ai.json": "technical/billing contact's organisation; no registrar",
    ".bo/google.com.bo.json": "billing contact's organisation; no registrar",
    ".br/google.com.br.json": "billing contact (billing-c) person; no registrar",
    ".cf/google.cf.json": "the contacts' organisation; no registrar",
    ".cz/google.cz.json": "technical contact's org; the registrar line is a handle",
    ".de/google.de.json": "zone contact's organisation; no registrar",
    ".hr/google.hr.json": "technical contact's organisation; no registrar",
    ".ie/google.ie.json": "technical contact person; no registrar",
    ".il/google.co.il.json": "a contact's address line; no registrar",
    ".ir/mhf.ir.json": "admin/technical contact's organisation; no registrar",
    ".is/google.is.json": "a contact role's name ('Markmonitor Tech Contact'); no registrar",
    ".it.ao/google.it.ao.json": "technical contact's org; the registrar line is a handle",
    ".mk/google.mk.json": "admin contact's name; the registrar line is a handle",
    ".pr/google.com.pr.json": "billing contact's organisation; no registrar",
    ".tz/google.co.tz.json": "a contact's organisation; the registrar line is a handle",
}
# Upstream's `owner` is no registrant name, so no privacy label can be derived from it.
NOT_A_NAME = {
    ".be/google.be.json": "a withholding notice ('Not shown, please visit ...')",
    ".be/youtu.be.json": "a withholding notice ('Not shown, please visit ...')",
    ".se/xn--ppettider-z7a.se.json": "a withholding notice ('(not shown)')",
    ".nu/google.nu.json": "the holder's contact handle, no name shown",
    ".se/google.se.json": "the holder's contact handle, no name shown",
    ".si/google.si.json": "the registrant's contact handle",
    ".sk/google.sk.json": "the registrant's contact handle",
    ".ir/mhf.ir.json": "the holder's postal address",
}


def _created(expected: dict[str, object]) -> str | None:
    written = expected.get("creationDate")
    if isinstance(written, str) and (match := ISO_DATE.match(written)):
        return match.group(1)
    return None


def _registrar(expected: dict[str, object]) -> tuple[str, ...]:
    value = expected.get("registrar")
    if not isinstance(value, str) or not value.strip():
        return ()
    names = [value.strip()]
    untagged = TAG_TAIL.sub("", value).strip()
    if untagged and untagged not in names:
        names.append(untagged)
    return tuple(names)


def _privacy(expected: dict[str, object]) -> str | None:
    """The registrant's privacy label, as tests/registry_fixtures_second.py derives it."""
    owner = expected.get("owner")
    if not isinstance(owner, str) or not owner.strip():
        return None
    if norm.is_privacy_service(owner) or norm.is_redacted(owner):
        return "shielded"
    return "disclosed"


def _domain(path: Path) -> str:
    """The name that was asked, from upstream's file name (as its test asks it)."""
    stem = path.stem
    if stem == "free":
        return f"free.{path.parent.name.lstrip('.')}"
    return stem.removeprefix("free_").removesuffix(REGISTRAR_WHOIS).lower()


def answers() -> list[Path]:
    """Every raw answer file (registered and available), in path order."""
    return sorted(ROOT.glob(".*/*.txt"))


def _key(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@cache
def _read() -> tuple[tuple[Case, ...], Counter[str]]:
    found: list[Case] = []
    skipped: Counter[str] = Counter()
    for path in answers():
        key = _key(path)
        family = path.parent.name.lstrip(".")
        text = path.read_bytes().decode("utf-8", errors="replace")
        expectation = path.with_suffix(".json")
        if key in NOT_AVAILABILITY or key in NO_RECORD:
            skipped["state"] += 1
            continue
        if not expectation.exists():
            found.append(
                Case(key, family, SPLIT, _domain(path), text, "not_found", (), None, None, None)
            )
            continue
        expected = json.loads(expectation.read_text(encoding="utf-8"))
        json_key = _key(expectation)
        registrar = _registrar(expected)
        if registrar and json_key in NOT_REGISTRAR:
            registrar, skipped["registrar"] = (), skipped["registrar"] + 1
        privacy = _privacy(expected)
        if privacy and json_key in NOT_A_NAME:
            privacy, skipped["privacy"] = None, skipped["privacy"] + 1
        found.append(
            Case(
                key=key,
                family=family,
                split=SPLIT,
                domain=_domain(path),
                text=text,
                state="registered",
                registrar=registrar,
                created=_created(expected),
                registrant_country=None,
                privacy=privacy,
            )
        )
    return tuple(found), skipped


def cases() -> list[Case]:
    """Every usable answer of the third source, in path order."""
    return list(_read()[0])


def skipped() -> Counter[str]:
    """How many upstream expectations were left out as ambiguous, per field."""
    return Counter(_read()[1])
