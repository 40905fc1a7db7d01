"""Reader for whois-parser's spec expectations (`<name>.expected`) beside each answer.

The upstream files are RSpec-generating text: `#field` opens a block, `%s ... == value`
lines assert a value (Ruby literals: "text", nil, true, :symbol, [...]), `%TIME{...}` a
date, `%ERROR{...}` that the upstream parser does not support the field. We read only
what nephelpdesk normalises: the answer's state, registrar, creation date, the
registrant's country and the registrant's name/organisation (for the privacy label).

Privacy has no upstream expectation. Its label is derived from the expected registrant
name/organisation: "shielded" when a privacy service or redaction stands there (the
patterns of registration/data/privacy.toml), else "disclosed". Only answers whose
expectations name a registrant get a privacy label.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from registration import normalise as norm
from tests.conftest import REGISTRY_SAMPLES

ROOT = REGISTRY_SAMPLES / "whois-parser"
ASSERTION = re.compile(r"^\s*%s(\S*)\s*(?:==\s*(.*?)|%TIME\{([^}]*)\}|%SIZE\{(\d+)\})\s*$")
# Upstream statuses -> the answer states nephelpdesk tells apart.
STATES = {
    "available": "not_found",
    "reserved": "reserved",
    "redemption": "redemption",
    "suspended": "suspended",
    "inactive": "registered",  # registered, not delegated: the record holds data
    "expired": "registered",
    "registered": "registered",
    "invalid": "invalid",
    "unavailable": "unavailable",
    "incomplete": "registered",
}


@dataclass(frozen=True)
class Case:
    key: str  # path below ROOT, e.g. "it/status_registered.txt"
    family: str  # folder: "it", "com/1", "registrar/4"
    split: str  # dev | held-out
    domain: str
    text: str
    state: str  # registered | not_found | reserved | redemption | ... | rate_limited
    registrar: tuple[str, ...]  # accepted spellings (upstream name, organisation)
    created: str | None
    registrant_country: str | None
    privacy: str | None  # shielded | disclosed | None (no label)


def _literal(raw: str | None) -> object:
    """A Ruby literal from the expectations, as Python (strings, nil, booleans, symbols)."""
    if raw is None:
        return None
    raw = raw.strip()
    if raw == "nil":
        return None
    if raw in ("true", "false"):
        return raw == "true"
    if raw.startswith(":"):
        return raw[1:]
    if raw.startswith('"') and raw.endswith('"'):
        return json.loads(raw) if "\\" in raw else raw[1:-1]
    return raw


def read_expected(path: Path) -> dict[str, dict[str, object]]:
    """{"#field": {"<accessor>": value}}; `%TIME{..}` values as "YYYY-MM-DD"."""
    blocks: dict[str, dict[str, object]] = {}
    current: dict[str, object] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            current = blocks.setdefault(line.strip(), {})
            continue
        match = ASSERTION.match(line)
        if current is None or match is None:
            continue
        accessor, value, when, size = match.groups()
        if when is not None:
            if re.match(r"\d{4}-\d{2}-\d{2}", when):  # a few upstream values are no date
                current[accessor + "@time"] = when[:10]
        elif size is not None:
            current[accessor + "@size"] = int(size)
        else:
            current[accessor] = _literal(value)
    return blocks


def _state(blocks: dict[str, dict[str, object]]) -> str:
    if blocks.get("#response_throttled?", {}).get("") is True:
        return "rate_limited"
    if blocks.get("#response_unavailable?", {}).get("") is True:
        return "unavailable"
    status = blocks.get("#status", {}).get("")
    if isinstance(status, str) and status in STATES:
        return STATES[status]
    if blocks.get("#reserved?", {}).get("") is True:
        return "reserved"
    if blocks.get("#available?", {}).get("") is True:
        return "not_found"
    return "registered"


def _registrant(blocks: dict[str, dict[str, object]]) -> tuple[str | None, str | None]:
    """(country code, privacy label) of the first registrant contact."""
    contact = blocks.get("#registrant_contacts", {})
    code = contact.get("[0].country_code") or contact.get("[0].country")
    country = norm.country_code(code) if isinstance(code, str) else None
    if isinstance(code, str) and country is None and len(code) > 2:
        country = norm.country_code(code.split(",")[-1])
    values = [contact.get(k) for k in ("[0].name", "[0].organization", "[0].email")]
    names = [n for n in values if isinstance(n, str) and n.strip()]
    if not names:
        return country, None
    if any(norm.is_privacy_service(n) for n in names):
        return None, "shielded"  # the proxy's country is no registrant's country
    if all(norm.is_redacted(n) for n in names[:2]):
        return country, "shielded"
    return country, "disclosed"


# The name a client asked for, when the expectations do not say: the answer's own
# "Domain:" line (a real client always knows what it asked).
ASKED = re.compile(r"^\s*domain(?:\s+name)?\s*:\s*([a-z0-9.\-]+\.[a-z0-9\-]+)\s*$", re.I | re.M)


def _domain(blocks: dict[str, dict[str, object]], family: str, text: str) -> str:
    domain = blocks.get("#domain", {}).get("")
    if isinstance(domain, str) and "." in domain:
        return domain.lower()
    asked = ASKED.search(text)
    if asked:
        return asked.group(1).lower().rstrip(".")
    tld = family.split("/")[0]
    return f"example.{tld if tld != 'registrar' else 'com'}"


@cache
def manifest() -> dict[str, dict[str, str]]:
    return json.loads((ROOT / "manifest.json").read_text())["files"]


def cases(split: str | None = None) -> list[Case]:
    """Every answer with expectations, in path order; `split` picks dev or held-out."""
    found = []
    for key, entry in sorted(manifest().items()):
        expected = ROOT / key.removesuffix(".txt")
        expected = expected.with_name(expected.name + ".expected")
        if "split" not in entry or not expected.exists():
            continue
        if split and entry["split"] != split:
            continue
        found.append(_case(key, entry["split"], expected))
    return found


def _case(key: str, split: str, expected: Path) -> Case:
    blocks = read_expected(expected)
    family = key.rsplit("/", 1)[0]
    registrar = blocks.get("#registrar", {})
    names = tuple(
        v for k in (".name", ".organization") if isinstance(v := registrar.get(k), str) and v
    )
    country, privacy = _registrant(blocks)
    created = blocks.get("#created_on", {}).get("@time")
    text = (ROOT / key).read_bytes().decode("utf-8", errors="replace")
    return Case(
        key=key,
        family=family,
        split=split,
        domain=_domain(blocks, family, text),
        text=text,
        state=_state(blocks),
        registrar=names,
        created=created if isinstance(created, str) else None,
        registrant_country=country,
        privacy=privacy,
    )


def same_registrar(got: str | None, accepted: tuple[str, ...]) -> bool:
    """Equal after folding case, spaces and trailing punctuation ("Inc." vs "Inc")."""

    def fold(value: str) -> str:
        return re.sub(r"[\s.,]+", " ", value.lower()).strip()

    # Upstream writes the registry's id tail too ("MarkMonitor Inc. (R37-LROR)"): the
    # name is compared as the parser normalises names.
    names = [n for name in accepted for n in (name, norm.registrar_name(name)) if n]
    return bool(got) and any(fold(got or "") == fold(name) for name in names)
