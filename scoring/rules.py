"""Loading the rules file: the one place scoring does I/O, once, at the edge.

`load_rules()` reads scoring/rules.toml, merges a local override over it
(scoring/rules.local.toml, $NEPHELPDESK_RULES_OVERRIDE or an explicit path), reads the
brand catalogue it names, checks everything against the schema in scoring.rules_schema
and returns one frozen `Rules` object. Every mistake is a ConfigError whose one line
names the file and the key.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.config import read_toml_bytes
from core.errors import ConfigError
from scoring.brands import Brand, load_catalogue
from scoring.rules_schema import check_document, check_rules_complete

HERE = Path(__file__).resolve().parent
DEFAULT_RULES = HERE / "rules.toml"
LOCAL_OVERRIDE = HERE / "rules.local.toml"
OVERRIDE_ENV = "NEPHELPDESK_RULES_OVERRIDE"
BAND_ORDER = ("none", "low", "medium", "high")


@dataclass(frozen=True)
class Rule:
    indicator: str
    family: str
    points: float
    reason: str
    veto: bool = False
    enabled: bool = True
    # Strong evidence (a known or reported scam number, a clone of a flagged site, a
    # locker kit): counter-evidence other than a veto never takes such a domain out of
    # the queue on its own.
    strong: bool = False
    reason_nl: str = ""  # the reason in Dutch, for order drafts; "" when not written yet


@dataclass(frozen=True)
class Family:
    name: str
    max_points: float
    reason: str
    corroborates: bool = True


@dataclass(frozen=True)
class Rules:
    """Everything the scorer needs, validated; plain data, safe to share."""

    brands: dict[str, Brand]
    families: dict[str, Family]
    rules: dict[str, Rule]  # indicator -> rule
    bands: dict[str, float]  # high/medium/low -> minimum total
    flag_min_band: str
    min_families: int
    flag_reason: str
    settings: dict[str, dict[str, Any]]  # section -> settings (domain, phone, ...)
    patterns: dict[str, tuple[re.Pattern[str], ...]]  # "section.key" -> compiled regexes
    version: str  # SHA-256 over the files read
    sources: tuple[str, ...]

    def rule(self, indicator: str) -> Rule:
        return self.rules[indicator]

    def setting(self, section: str, key: str) -> Any:
        return self.settings[section][key]

    def band_for(self, total: float) -> str:
        for band in ("high", "medium", "low"):
            if total >= self.bands[band]:
                return band
        return "none"

    def genuine_number(self, e164: str) -> Brand | None:
        """The brand that publishes `e164` as its own support number, if any."""
        for brand in self.brands.values():
            if e164 in brand.official_phones:
                return brand
        return None

    def brand_owning(self, domain: str) -> Brand | None:
        for brand in self.brands.values():
            if brand.owns(domain):
                return brand
        return None


def merge(
    base: dict[str, Any], over: dict[str, Any], *, extend_lists: bool = False
) -> dict[str, Any]:
    """Tables merge key by key; other values from `over` replace (or extend) those in `base`."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value, extend_lists=extend_lists)
        elif extend_lists and isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = value
    return out


def _override_path(override: str | Path | None) -> Path | None:
    if override is not None:
        path = Path(override)
        if not path.is_file():
            raise ConfigError(f"{path}: rules override file not found")
        return path
    env = os.environ.get(OVERRIDE_ENV)
    if env:
        return _override_path(env)
    return LOCAL_OVERRIDE if LOCAL_OVERRIDE.is_file() else None


def load_rules(path: str | Path | None = None, override: str | Path | None = None) -> Rules:
    """Read, merge and validate the rules; raise ConfigError naming file and key."""
    base_path = Path(path) if path is not None else DEFAULT_RULES
    doc, raw = read_toml_bytes(base_path, "rules file")
    check_document(doc, str(base_path))
    digests = [raw]
    sources = [str(base_path)]
    over_path = _override_path(override)
    if over_path is not None:
        over, over_raw = read_toml_bytes(over_path, "rules file")
        check_document(over, str(over_path))
        doc = merge(doc, over)
        digests.append(over_raw)
        sources.append(str(over_path))
    check_rules_complete(doc, str(base_path))
    brands, brand_sources = _load_brands(digests)
    sources.extend(brand_sources)
    version = hashlib.sha256(b"\0".join(digests)).hexdigest()
    return _build(doc, brands, version, tuple(sources), str(base_path))


def _load_brands(digests: list[bytes]) -> tuple[dict[str, Brand], list[str]]:
    """The brand catalogue extraction and exports read too, with its override."""
    catalogue = load_catalogue()
    digests.extend(catalogue.raw)
    return catalogue.brands, list(catalogue.sources)


def _build(
    doc: dict[str, Any], brands: dict[str, Brand], version: str, sources: tuple[str, ...], file: str
) -> Rules:
    families = {
        name: Family(name, float(f["max_points"]), f["reason"], bool(f.get("corroborates", True)))
        for name, f in doc["families"].items()
    }
    rules = {
        indicator: Rule(
            indicator,
            family,
            float(r["points"]),
            r["reason"],
            bool(r.get("veto", False)),
            bool(r.get("enabled", True)),
            bool(r.get("strong", False)),
            r.get("reason_nl", ""),
        )
        for family, table in doc["rules"].items()
        for indicator, r in table.items()
    }
    settings = {
        s: dict(doc[s])
        for s in ("domain", "impersonation", "helpdesk", "scareware", "locker", "phone",
                  "registration", "template", "compromise", "counter")
    }
    patterns = {
        f"counter.{key}": tuple(re.compile(p, re.IGNORECASE) for p in doc["counter"][key])
        for key in ("warning_title_patterns", "desk_name_patterns")
    }
    flagging = doc["flagging"]
    return Rules(
        brands=brands,
        families=families,
        rules=rules,
        bands={k: float(v) for k, v in doc["bands"].items()},
        flag_min_band=flagging["min_band"],
        min_families=int(flagging["min_families"]),
        flag_reason=flagging["reason"],
        settings=settings,
        patterns=patterns,
        version=version,
        sources=sources,
    )
