"""The held-out web's site list, read from sites.toml .. sites31.toml, checked once at load.

Each [[site]] becomes a `Spec` (host, template, label truth, numbers, registration
profile); "genuine:<key>" numbers come from genuine.toml, the brands' published numbers.
A mistake in the file is one clear ConfigError naming the site, never a half-built web.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

import phonenumbers

from core.domains import to_ascii
from core.errors import ConfigError
from crawler.sandbox.heldout.registration import Reg
from crawler.sandbox.heldout.spec import LANGS, Spec
from crawler.sandbox.model import LEGIT_CATEGORIES, SCAM_CATEGORIES

GENUINE = Path(__file__).with_name("genuine.toml")
SITES = Path(__file__).with_name("sites.toml")
# The second batch (new templates, fresh sites replacing ones whose results were read).
SITES2 = Path(__file__).with_name("sites2.toml")
# The third batch (new templates; sites nobody has evaluated), told apart by Site.batch.
SITES3 = Path(__file__).with_name("sites3.toml")
# The fourth batch (new templates; sites nobody has evaluated), Site.batch == 4.
SITES4 = Path(__file__).with_name("sites4.toml")
# The fifth batch (new templates; sites nobody has evaluated), Site.batch == 5.
SITES5 = Path(__file__).with_name("sites5.toml")
# The sixth batch (new templates; sites nobody has evaluated), Site.batch == 6.
SITES6 = Path(__file__).with_name("sites6.toml")
# The seventh batch (new templates; sites nobody has evaluated), Site.batch == 7.
SITES7 = Path(__file__).with_name("sites7.toml")
# The eighth batch (new templates; sites nobody has evaluated), Site.batch == 8.
SITES8 = Path(__file__).with_name("sites8.toml")
# The ninth batch (new templates; sites nobody has evaluated), Site.batch == 9.
SITES9 = Path(__file__).with_name("sites9.toml")
# The tenth batch (new templates; sites nobody has evaluated), Site.batch == 10.
SITES10 = Path(__file__).with_name("sites10.toml")
# The eleventh batch (new templates; sites nobody has evaluated), Site.batch == 11.
SITES11 = Path(__file__).with_name("sites11.toml")
# The twelfth batch (new templates; sites nobody has evaluated), Site.batch == 12.
SITES12 = Path(__file__).with_name("sites12.toml")
# The thirteenth batch (new templates; sites nobody has evaluated), Site.batch == 13.
SITES13 = Path(__file__).with_name("sites13.toml")
# The fourteenth batch (new templates; sites nobody has evaluated), Site.batch == 14.
SITES14 = Path(__file__).with_name("sites14.toml")
# The fifteenth batch (new templates; sites nobody has evaluated), Site.batch == 15.
SITES15 = Path(__file__).with_name("sites15.toml")
# The sixteenth batch (new templates; sites nobody has evaluated), Site.batch == 16.
SITES16 = Path(__file__).with_name("sites16.toml")
# The seventeenth batch (new templates; sites nobody has evaluated), Site.batch == 17.
SITES17 = Path(__file__).with_name("sites17.toml")
# The eighteenth batch (new templates; sites nobody has evaluated), Site.batch == 18.
SITES18 = Path(__file__).with_name("sites18.toml")
# The nineteenth batch (new templates; sites nobody has evaluated), Site.batch == 19.
SITES19 = Path(__file__).with_name("sites19.toml")
# The twentieth batch (new templates; sites nobody has evaluated), Site.batch == 20.
SITES20 = Path(__file__).with_name("sites20.toml")
# The twenty-first batch (new templates; sites nobody has evaluated), Site.batch == 21.
SITES21 = Path(__file__).with_name("sites21.toml")
# The twenty-second batch (new templates; sites nobody has evaluated), Site.batch == 22.
SITES22 = Path(__file__).with_name("sites22.toml")
# The twenty-third batch (new templates; sites nobody has evaluated), Site.batch == 23.
SITES23 = Path(__file__).with_name("sites23.toml")
# The twenty-fourth batch (new templates; sites nobody has evaluated), Site.batch == 24.
SITES24 = Path(__file__).with_name("sites24.toml")
# The twenty-fifth batch (new templates; sites nobody has evaluated), Site.batch == 25.
SITES25 = Path(__file__).with_name("sites25.toml")
# The twenty-sixth batch (new templates; sites nobody has evaluated), Site.batch == 26.
SITES26 = Path(__file__).with_name("sites26.toml")
# The twenty-seventh batch (new templates; sites nobody has evaluated), Site.batch == 27.
SITES27 = Path(__file__).with_name("sites27.toml")
# The twenty-eighth batch (new templates; sites nobody has evaluated), Site.batch == 28.
SITES28 = Path(__file__).with_name("sites28.toml")
# The twenty-ninth batch (new templates; sites nobody has evaluated), Site.batch == 29.
SITES29 = Path(__file__).with_name("sites29.toml")
# The thirtieth batch (new templates; sites nobody has evaluated), Site.batch == 30.
SITES30 = Path(__file__).with_name("sites30.toml")
# The thirty-first batch (new templates; sites nobody has evaluated), Site.batch == 31.
SITES31 = Path(__file__).with_name("sites31.toml")
REQUIRED = ("host", "template", "category", "lang", "country", "name", "queries", "reg")
YEAR = 365


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


@functools.cache
def genuine() -> dict[str, str]:
    """Key -> E.164 of the support numbers brands publish."""
    out = {}
    for entry in _toml(GENUINE).get("number", []):
        if not {"key", "brand", "country", "e164", "source"} <= entry.keys():
            raise ConfigError(f"{GENUINE}: an entry lacks key/brand/country/e164/source")
        out[entry["key"]] = _e164(entry["e164"], f"{GENUINE} {entry['key']}")
    return out


def _e164(text: str, where: str) -> str:
    try:
        number = phonenumbers.parse(text)
    except phonenumbers.NumberParseException as exc:
        raise ConfigError(f"{where}: {text!r} is not a phone number ({exc})") from None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not phonenumbers.is_valid_number(number) or e164 != text:
        raise ConfigError(f"{where}: {text!r} is not a valid number in E.164")
    return e164


def _number(text: str, where: str) -> str:
    if text.startswith("genuine:"):
        key = text.removeprefix("genuine:")
        if key not in genuine():
            raise ConfigError(f"{where}: genuine.toml has no number {key!r}")
        return genuine()[key]
    return _e164(text, where)


def _reg(entry: dict[str, Any], where: str) -> Reg:
    fields = dict(entry)
    if "age_years" in fields:
        fields["age"] = fields.pop("age_years") * YEAR
    if "age_days" in fields:
        fields["age"] = fields.pop("age_days")
    if "updated_days" in fields:
        fields["updated"] = fields.pop("updated_days")
    try:
        return Reg(**fields)
    except (TypeError, ValueError, ConfigError) as exc:
        raise ConfigError(f"{where}: reg: {exc}") from None


def _spec(entry: dict[str, Any], batch: int = 1) -> Spec:
    where = f"{(SITES, SITES2, SITES3, SITES4, SITES5, SITES6, SITES7, SITES8, SITES9, SITES10, SITES11, SITES12, SITES13, SITES14, SITES15, SITES16, SITES17, SITES18, SITES19, SITES20, SITES21, SITES22, SITES23, SITES24, SITES25, SITES26, SITES27, SITES28, SITES29, SITES30, SITES31)[batch - 1].name} site {entry.get('host', '?')}"
    missing = [k for k in REQUIRED if k not in entry]
    if missing:
        raise ConfigError(f"{where}: lacks {', '.join(missing)}")
    if entry["category"] not in (*SCAM_CATEGORIES, *LEGIT_CATEGORIES):
        raise ConfigError(f"{where}: unknown category {entry['category']!r}")
    if entry["lang"] not in LANGS:
        raise ConfigError(f"{where}: lang must be one of {LANGS}")
    return Spec(
        host=to_ascii(entry["host"]),
        template=entry["template"],
        category=entry["category"],
        lang=entry["lang"],
        name=entry["name"],
        reg=_reg(entry["reg"], where),
        queries=tuple(entry["queries"]),
        phones=tuple(_number(n, where) for n in entry.get("phones", [])),
        quoted=tuple(_number(n, where) for n in entry.get("quoted", [])),
        brands=tuple(entry.get("brands", [])),
        campaign=entry.get("campaign", ""),
        country=entry["country"],
        extra_hosts=tuple(entry.get("extra_hosts", [])),
        opts=_opts(entry.get("opts", {}), where),
        batch=batch,
    )


def _opts(opts: dict[str, Any], where: str) -> dict[str, Any]:
    if "bad" in opts:  # a directory's scam-rated numbers
        opts = {**opts, "bad": [_number(n, where) for n in opts["bad"]]}
    return opts


@functools.cache
def shared_queries() -> dict[str, tuple[str, ...]]:
    """Queries several kinds of site answer, as a real result page mixes them."""
    return {
        entry["query"]: tuple(to_ascii(h) for h in entry["hosts"])
        for path in (SITES, SITES3, SITES4, SITES5)
        for entry in _toml(path).get("shared_query", [])
    }


def _with_shared_queries(spec: Spec) -> Spec:
    extra = tuple(
        q for q, hosts in shared_queries().items() if spec.host in hosts and q not in spec.queries
    )
    return replace(spec, queries=spec.queries + extra) if extra else spec


def all_specs() -> list[Spec]:
    specs = [
        _spec(entry, batch)
        for batch, path in enumerate((SITES, SITES2, SITES3, SITES4, SITES5, SITES6, SITES7, SITES8, SITES9, SITES10, SITES11, SITES12, SITES13, SITES14, SITES15, SITES16, SITES17, SITES18, SITES19, SITES20, SITES21, SITES22, SITES23, SITES24, SITES25, SITES26, SITES27, SITES28, SITES29, SITES30, SITES31), start=1)
        for entry in _toml(path).get("site", [])
    ]
    hosts = [s.host for s in specs]
    if len(set(hosts)) != len(hosts):
        twice = sorted({h for h in hosts if hosts.count(h) > 1})
        raise ConfigError(
            f"{SITES} / {SITES2.name} / {SITES3.name} / {SITES4.name} / {SITES5.name} / "
            f"{SITES6.name} / {SITES7.name} / {SITES8.name} / {SITES9.name} / {SITES10.name} / {SITES11.name} / {SITES12.name} / {SITES13.name} / {SITES14.name} / {SITES15.name} / {SITES16.name} / {SITES17.name} / {SITES18.name} / {SITES19.name} / {SITES20.name} / {SITES21.name} / {SITES22.name} / {SITES23.name} / {SITES24.name} / {SITES25.name} / {SITES26.name} / {SITES27.name} / {SITES28.name} / {SITES29.name} / {SITES30.name} / {SITES31.name}: "
            f"hosts listed twice: {', '.join(twice)}"
        )
    unknown = {h for hs in shared_queries().values() for h in hs} - set(hosts)
    if unknown:
        raise ConfigError(f"{SITES}: shared_query names unknown hosts {sorted(unknown)}")
    return [_with_shared_queries(spec) for spec in specs]
