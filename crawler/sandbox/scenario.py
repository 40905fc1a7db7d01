"""Loading the sandbox web's scenario: scenario.toml + templates.toml -> Scenario.

Deterministic: sites, pages and registration data follow from the files and the seed
alone (string-seeded random.Random, no clock, no hash randomisation). Validated at load:
a mistake in the file is a ConfigError naming the file and the key.
"""

from __future__ import annotations

import random
import re
import tomllib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import phonenumbers

from core.clock import today_iso
from core.domains import registered_domain, to_ascii
from core.errors import ConfigError
from crawler.sandbox import special
from crawler.sandbox.model import CATEGORIES as SITE_CATEGORIES
from crawler.sandbox.model import Page, Scenario, Site
from crawler.sandbox.phoneforms import PHONE_FORMS
from crawler.sandbox.registry import PRIVACY_STATES, RegistrationRecord, registry_data
from crawler.sandbox.render import (
    CHAT_TAGS,
    PLACEHOLDER,
    TOOL_LINKS,
    SiteContext,
    compose,
    forms_used,
    render,
    truth,
)

HERE = Path(__file__).parent
DEFAULT_SCENARIO = HERE / "scenario.toml"
RENDER_SCENARIO = HERE / "render_scenario.toml"  # pages that behave only in a browser
TEMPLATES = HERE / "templates.toml"
BRANDS = HERE.parent.parent / "scoring" / "brands.toml"
LABELS = {"scam", "legit", "edge"}
CATEGORIES = set(SITE_CATEGORIES)
HTML = "text/html; charset=utf-8"
SITE_KEYS = {
    "domain", "hosts", "label", "category", "template", "campaign", "brand", "product",
    "phones", "forms", "quoted", "quoted_brands", "tools", "chat", "registration",
    "queries", "special", "city", "street", "postcode", "sites", "landing", "classes",
    "quoted_form",
}  # fmt: skip
FAILURE_CLASSES = range(1, 10)  # issue 14's nine failure classes


@dataclass
class _Loader:
    path: Path
    data: dict[str, Any]
    templates: dict[str, Any]
    brands: dict[str, Any]
    seed: int
    today: date

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {key}: {problem}")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc


def load_templates() -> dict[str, Any]:
    """The page templates (templates.toml), by id."""
    templates: dict[str, Any] = _read_toml(TEMPLATES)["templates"]
    return templates


def load_scenario(
    path: str | Path | None = None, scale: int = 0, today: date | None = None
) -> Scenario:
    """The scenario in `path` (default: the bundled one), plus `scale` generated sites.

    `today` pins the day a `reference_date = "today"` scenario is built for (tests that
    need fixed dates); by default that is the clock's UTC date.
    """
    source = Path(path) if path is not None else DEFAULT_SCENARIO
    data = _read_toml(source)
    loader = _Loader(source, data, _read_toml(TEMPLATES)["templates"], _read_toml(BRANDS)["brands"],
                     seed=0, today=date(2000, 1, 1))  # fmt: skip
    loader.seed = _require(loader, data, "seed", int)
    loader.today = _reference_date(loader, data, today)
    _validate_phones(loader)
    _validate_variants(loader)
    sites: list[Site] = []
    for f_index, family in enumerate(_require(loader, data, "families", list)):
        for s_index, entry in enumerate(family.get("sites", [])):
            merged = {**{k: v for k, v in family.items() if k != "sites"}, **entry}
            key = f"families[{f_index}].sites[{s_index}]"
            sites.append(_build_site(loader, merged, key))
    if scale < 0:
        raise ConfigError(f"{source}: scale: must be 0 or more")
    sites += _generated_sites(loader, scale)
    _check_unique(loader, sites)
    excluded = tuple(data.get("rdap_excluded_tlds", []))
    return Scenario(loader.seed, loader.today.isoformat(), sites, excluded, source)


def _reference_date(loader: _Loader, data: dict[str, Any], today: date | None) -> date:
    # "today" keeps registration dates relative to the day of the run (a domain made
    # 30 days ago is 30 days old whenever the demo runs, expiry dates stay ahead), and
    # the same for every load that day; an ISO date pins the whole sandbox to that day.
    value = _require(loader, data, "reference_date", str)
    if value == "today":
        return today or date.fromisoformat(today_iso())
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise loader.fail("reference_date", 'not "today" or an ISO date (YYYY-MM-DD)') from exc


def _require(loader: _Loader, table: dict[str, Any], key: str, kind: type, where: str = "") -> Any:
    name = f"{where}.{key}" if where else key
    if key not in table:
        raise loader.fail(name, "missing")
    value = table[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise loader.fail(name, f"must be a {kind.__name__}")
    return value


def _phone_pool(loader: _Loader) -> dict[str, str]:
    """Phone id -> E.164: [phones] plus the brands' own published numbers [brand_phones]."""
    pool = dict(loader.data.get("phones", {}))
    for pid, spec in loader.data.get("brand_phones", {}).items():
        pool[pid] = spec.get("number", "") if isinstance(spec, dict) else ""
    return pool


def _validate_phones(loader: _Loader) -> None:
    for pid, spec in loader.data.get("brand_phones", {}).items():
        if not isinstance(spec, dict) or not {"brand", "label", "number"} <= set(spec):
            raise loader.fail(f"brand_phones.{pid}", "needs brand, label and number")
        _brand(loader, spec["brand"], f"brand_phones.{pid}.brand")
        if pid in loader.data.get("phones", {}):
            raise loader.fail(f"brand_phones.{pid}", "id also used in [phones]")
        _valid_e164(loader, spec["number"], f"brand_phones.{pid}.number")
    for pid, number in loader.data.get("phones", {}).items():
        _valid_e164(loader, number, f"phones.{pid}")


def _valid_e164(loader: _Loader, number: str, where: str) -> None:
    try:
        parsed = phonenumbers.parse(number)
    except phonenumbers.NumberParseException as exc:
        raise loader.fail(where, f"{number!r} is not a phone number") from exc
    if (
        not phonenumbers.is_valid_number(parsed)
        or phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) != number
    ):
        raise loader.fail(where, f"{number!r} is not a valid E.164 number")


def _validate_variants(loader: _Loader) -> None:
    for tid, template in loader.templates.items():
        for name, options in template.get("variants", {}).items():
            for text in options:
                if PLACEHOLDER.search(text):
                    raise ConfigError(f"{TEMPLATES}: templates.{tid}.variants.{name}: "
                                      "variants may not hold placeholders")  # fmt: skip


def _phone_ids(loader: _Loader, entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    pool = _phone_pool(loader)
    ids = entry.get(key, [])
    for pid in ids:
        if pid not in pool:
            raise loader.fail(f"{where}.{key}", f"unknown phone id {pid!r} (see [phones])")
    return tuple(pool[pid] for pid in ids)


def _brand(loader: _Loader, brand: str, where: str) -> None:
    if brand and brand not in loader.brands:
        raise loader.fail(where, f"unknown brand {brand!r} (see scoring/brands.toml)")


def _domain(loader: _Loader, entry: dict[str, Any], where: str) -> tuple[str, str]:
    """(domain, platform): platform is the free-hosting suffix when the domain is a
    subdomain of one listed in [platforms] ("windows-hulp.netlify.app", "netlify.app")."""
    if "domain" not in entry and entry.get("category") == "official":
        return loader.brands[entry["brand"]]["official_domains"][0], ""
    raw = _require(loader, entry, "domain", str, where)
    try:
        ascii_name = to_ascii(raw)
    except (ValueError, UnicodeError) as exc:
        raise loader.fail(f"{where}.domain", f"{raw!r} is not a host name") from exc
    found = registered_domain(ascii_name)
    if found is not None and found.platform and found.platform in loader.data.get("platforms", {}):
        # A free-hosting subdomain is its own site: one label on the platform.
        if found.domain != ascii_name:
            raise loader.fail(f"{where}.domain", f"{raw!r}: one label on {found.platform} expected")
        return ascii_name, found.platform
    if found is None or found.domain != ascii_name:
        raise loader.fail(f"{where}.domain", f"{raw!r} is not a registered domain")
    return ascii_name, ""


def _build_site(loader: _Loader, entry: dict[str, Any], where: str) -> Site:
    _check_keys(loader, entry, where)
    label = _require(loader, entry, "label", str, where)
    category = _require(loader, entry, "category", str, where)
    domain, platform = _domain(loader, entry, where)
    template_id = _require(loader, entry, "template", str, where)
    if template_id not in loader.templates:
        raise loader.fail(f"{where}.template", f"unknown template {template_id!r}")
    template = loader.templates[template_id]
    landing = _landing(loader, entry, template, where)
    ctx = _context(loader, entry, domain, template, where)
    ctx.url_param = landing[1] if landing else ""
    # A platform subdomain has no www. host of its own.
    extra = () if platform else (f"www.{domain}",)
    hosts = tuple(dict.fromkeys([*entry.get("hosts", []), domain, *extra]))
    registration, platform_record = _site_registration(loader, entry, domain, platform, where)
    kind = entry.get("special", "")
    pages = _pages(template, ctx, filler=0)
    landing_path = "/"
    if landing:
        landing_path = _move_landing(pages, landing[0], f"{landing[1]}={landing[2]}")
    if kind:
        try:
            pages["/"] = special.special_home(kind, domain)
        except ValueError as exc:
            raise loader.fail(f"{where}.special", str(exc)) from exc
    site = _site(entry, domain, hosts, label, category, template_id, registration, pages, kind)
    site.landing, site.language = landing_path, template.get("lang", "")
    site.classes = tuple(entry.get("classes", []))
    site.platform, site.platform_record = platform, platform_record
    return site


def _context(loader: _Loader, entry: dict[str, Any], domain: str, template: dict[str, Any],
             where: str) -> SiteContext:  # fmt: skip
    """What the templates need to know about one site."""
    brand = entry.get("brand", "")
    phones = _phone_ids(loader, entry, "phones", where)
    if entry["category"] == "official" and "phones" not in entry:
        phones = tuple(loader.brands[brand].get("official_phones", []))
    display = loader.data.get("brand_display", {})
    return SiteContext(
        domain=domain,
        seed=loader.seed,
        brand=brand,
        brand_display=display.get(brand, brand.title()),
        product=entry.get("product", ""),
        phones=phones,
        forms=tuple(entry.get("forms", ["national"])),
        quoted=_phone_ids(loader, entry, "quoted", where),
        quoted_brands=tuple(entry.get("quoted_brands", [])),
        display={b: display.get(b, b.title()) for b in loader.brands},
        tools=tuple(entry.get("tools", [])),
        chat=tuple(entry.get("chat", [])),
        text=_site_text(loader, domain, entry),
        variants=template.get("variants", {}),
        quoted_form=entry.get("quoted_form", "national"),
        labels=_brand_labels(loader),
    )


def _check_keys(loader: _Loader, entry: dict[str, Any], where: str) -> None:
    """Every key and every id a site names must exist: one clear error otherwise."""
    unknown = set(entry) - SITE_KEYS
    if unknown:
        raise loader.fail(where, f"unknown key {sorted(unknown)[0]!r}")
    if entry.get("label") not in LABELS:
        raise loader.fail(f"{where}.label", f"must be one of {sorted(LABELS)}")
    if entry.get("category") not in CATEGORIES:
        raise loader.fail(f"{where}.category", f"must be one of {sorted(CATEGORIES)}")
    _brand(loader, entry.get("brand", ""), f"{where}.brand")
    for b in entry.get("quoted_brands", []):
        _brand(loader, b, f"{where}.quoted_brands")
    for form in [*entry.get("forms", []), entry.get("quoted_form", "national")]:
        if form not in PHONE_FORMS:
            raise loader.fail(f"{where}.forms", f"unknown form {form!r}")
    for tool in entry.get("tools", []):
        if tool not in TOOL_LINKS:
            raise loader.fail(f"{where}.tools", f"unknown tool {tool!r}")
    for chat in entry.get("chat", []):
        if chat not in CHAT_TAGS:
            raise loader.fail(f"{where}.chat", f"unknown chat widget {chat!r}")
    for number in entry.get("classes", []):
        if number not in FAILURE_CLASSES:
            raise loader.fail(f"{where}.classes", f"{number!r} is not a class 1-9 of issue 14")


def _brand_labels(loader: _Loader) -> dict[str, tuple[str, str]]:
    return {spec["number"]: (spec["brand"], spec["label"])
            for spec in loader.data.get("brand_phones", {}).values()}  # fmt: skip


def _landing(loader: _Loader, entry: dict[str, Any], template: dict[str, Any],
             where: str) -> tuple[str, str, str] | None:  # fmt: skip
    """(template page, query parameter, its value) when search results link to a page
    whose number is in the query string ("/lp/?phone=1-844-444-4609")."""
    spec = entry.get("landing")
    if spec is None:
        return None
    page, param, form = spec.get("page", ""), spec.get("param", ""), spec.get("form", "")
    if page not in template["pages"]:
        raise loader.fail(f"{where}.landing.page", f"no page {page!r} in the template")
    if not re.fullmatch(r"[a-z]+", param) or form not in PHONE_FORMS:
        raise loader.fail(f"{where}.landing", "needs param (lowercase word) and a phone form")
    number = _phone_ids(loader, entry, "phones", where)[0]
    return page, param, quote(PHONE_FORMS[form](number), safe="-+%()")


def _move_landing(pages: dict[str, Page], path: str, query: str) -> str:
    """Serve the landing page only under its query-string URL, as the ad links it."""
    target = f"{path}?{query}"
    page = pages.pop(path)
    pages[target] = replace(page, path=target)
    return target


def _site_registration(loader: _Loader, entry: dict[str, Any], domain: str, platform: str,
                       where: str) -> tuple[RegistrationRecord, RegistrationRecord | None]:  # fmt: skip
    """A platform subdomain answers with the platform's own record (old, disclosed)."""
    if not platform:
        return _registration(loader, domain, entry.get("registration", {}),
                             f"{where}.registration"), None  # fmt: skip
    own = _registration(loader, platform, loader.data["platforms"][platform],
                        f"platforms.{platform}")  # fmt: skip
    return replace(own, domain=domain), own


def _site(entry: dict[str, Any], domain: str, hosts: tuple[str, ...], label: str, category: str,
          template: str, registration: RegistrationRecord, pages: dict[str, Page],
          kind: str = "") -> Site:  # fmt: skip
    brands = sorted({b for p in pages.values() for b in p.brands})
    phones = list(dict.fromkeys(n for p in pages.values() for n in p.phones))
    queries = tuple(entry.get("queries", []))
    words = {w for q in queries for w in q.lower().split()}
    words.update(re.split(r"[-.]", domain))
    words.update(brands)
    return Site(
        domain=domain, hosts=hosts, label=label, category=category, brands=tuple(brands),
        phones=tuple(phones), template=template, campaign=entry.get("campaign", ""),
        registration=registration, queries=queries, keywords=tuple(sorted(w for w in words if w)),
        pages=pages, special=kind, dynamic=special.dynamic_for(kind, domain) if kind else None,
    )  # fmt: skip


def _site_text(loader: _Loader, domain: str, entry: dict[str, Any]) -> dict[str, str]:
    """Digit strings that are not phone numbers (KvK, IBAN, order numbers, dates)."""
    rng = random.Random(f"{loader.seed}|text|{domain}")
    bank = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "BUNQ"])
    day = loader.today - timedelta(days=rng.randint(5, 400))
    postcode = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKL')}{rng.choice('MNPRSTVWXZ')}"
    account = f"0{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    return {
        "shop": " ".join(w.capitalize() for w in domain.rsplit(".", 1)[0].split("-")),
        "city": entry.get("city", "Utrecht"),
        "street": entry.get("street", "Stationsplein 1"),
        "postcode": entry.get("postcode", postcode),
        "kvk": f"{rng.randint(10000000, 99999999)}",
        "iban": f"NL{rng.randint(10, 99)} {bank} {account}",
        "order_no": f"{day.year}-{rng.randint(100000, 999999)}",
        "date": day.strftime("%d-%m-%Y"),
    }  # fmt: skip


def _nav(paths: list[str]) -> str:
    names = {"/": "Home"}
    return " | ".join(f'<a href="{p}">{names.get(p, p.strip("/").split("/")[0].capitalize())}</a>'
                      for p in paths)  # fmt: skip


def _pages(template: dict[str, Any], ctx: SiteContext, filler: int) -> dict[str, Page]:
    specs = {path: (page, 0) for path, page in template["pages"].items()}
    if filler and "filler" in template:
        for n in range(1, filler + 1):
            specs[f"/info/{n}"] = (template["filler"], n)
    nav = _nav(list(specs))
    pages = {}
    for index, (path, (spec, n)) in enumerate(specs.items()):
        source = compose(template, spec, ctx, nav)
        phones, offered, brands = truth(source, ctx, spec.get("brands", []))
        pages[path] = Page(
            path=path, content_type=HTML, status=200, headers=(),
            render=lambda s=source, p=path, n=n, i=index: render(s, ctx, p, n, i),  # type: ignore[misc]
            phones=phones, offered=offered, brands=brands, forms=forms_used(source, ctx, index),
        )  # fmt: skip
    return pages


def _registration(
    loader: _Loader, domain: str, reg: dict[str, Any], where: str
) -> RegistrationRecord:
    registrars = loader.data.get("registrars", {})
    rid = reg.get("registrar", "")
    if rid not in registrars:
        raise loader.fail(f"{where}.registrar", f"unknown registrar {rid!r} (see [registrars])")
    privacy = reg.get("privacy", "")
    if privacy not in PRIVACY_STATES:
        raise loader.fail(f"{where}.privacy", f"must be one of {list(PRIVACY_STATES)}")
    service = reg.get("service")
    if service and service not in registry_data()["privacy_services"]:
        raise loader.fail(f"{where}.service", f"unknown privacy service {service!r}")
    age = reg.get("age_days", 365)
    if not isinstance(age, int) or age < 1:
        raise loader.fail(f"{where}.age_days", "must be a positive whole number")
    rng = random.Random(f"{loader.seed}|reg|{domain}")
    created = loader.today - timedelta(days=age - rng.randint(0, max(0, age // 6)))
    years = (loader.today - created).days // 365 + 1
    registrar = registrars[rid]
    return RegistrationRecord(
        domain=domain, registrar=registrar["name"], registrar_iana_id=registrar.get("iana_id"),
        registrant_name=reg.get("name"), registrant_org=reg.get("org"),
        registrant_country=reg.get("country"), privacy=privacy, privacy_service=service,
        created=created, updated=created + timedelta(days=rng.randint(0, 3)),
        expires=_add_years(created, years),
        nameservers=tuple(registrar.get("nameservers", [])),
        abuse_email=registrar.get("abuse_email"), abuse_phone=registrar.get("abuse_phone"),
        registrant_city=reg.get("city"), registrant_region=reg.get("region"),
    )  # fmt: skip


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _check_unique(loader: _Loader, sites: list[Site]) -> None:
    seen: dict[str, str] = {}
    for site in sites:
        for host in site.hosts:
            if host in seen:
                raise loader.fail("families", f"host {host!r} appears twice")
            seen[host] = site.domain


def _generated_sites(loader: _Loader, scale: int) -> list[Site]:
    """`scale` extra sites for benchmarks, cycling through [generated].mix."""
    if scale == 0:
        return []
    gen = loader.data.get("generated", {})
    mix = gen.get("mix", [])
    if not mix:
        raise loader.fail("generated.mix", "needed when scale > 0")
    words, tlds = gen.get("words", ["hulp"]), gen.get("tlds", ["com"])
    sites = []
    for i in range(scale):
        rng = random.Random(f"{loader.seed}|gen|{i}")
        kind = mix[i % len(mix)]
        domain = f"{rng.choice(words)}-{rng.choice(words)}-{i}.{rng.choice(tlds)}"
        brand = rng.choice(kind["brands"]) if kind.get("brands") else ""
        sites.append(_generated_site(loader, i, rng, kind, domain, brand, gen))
    return sites


def _generated_number(rng: random.Random, prefix: str) -> str:
    while True:
        number = f"{prefix}{rng.randint(1000000, 9999999)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number)):
            return number


def _generated_site(loader: _Loader, i: int, rng: random.Random, kind: dict[str, Any],
                    domain: str, brand: str, gen: dict[str, Any]) -> Site:  # fmt: skip
    scam = kind["label"] == "scam"
    phone = _generated_number(rng, rng.choice(["+3185", "+3188"]) if scam else "+3130")
    if kind["template"] == "helpdesk_en_a":
        phone = _generated_number(rng, "+1888")
    template = loader.templates[kind["template"]]
    ctx = SiteContext(
        domain=domain, seed=loader.seed, brand=brand,
        brand_display=loader.data.get("brand_display", {}).get(brand, brand.title()),
        product=gen.get("products", {}).get(brand, ""), phones=(phone,),
        forms=("national", "tel") if scam else ("national",),
        tools=tuple(kind.get("tools", [])), chat=tuple(kind.get("chat", [])),
        text=_site_text(loader, domain, {}), variants=template.get("variants", {}),
    )  # fmt: skip
    pages = _pages(template, ctx, filler=gen.get("filler_pages", 7))
    reg = (
        {"registrar": "namesilo", "privacy": "shielded", "service": "Withheld for Privacy ehf",
         "age_days": rng.randint(5, 120)}
        if scam else {"registrar": "transip", "privacy": "disclosed", "org": ctx.text["shop"],
                      "country": "NL", "age_days": rng.randint(400, 4000)}
    )  # fmt: skip
    if domain.endswith(".nl"):
        reg = {**reg, "registrar": "transip", "privacy": "not_published", "service": None}
    entry = {"campaign": f"gen{i % 25}" if scam else "", "queries": []}
    registration = _registration(loader, domain, reg, f"generated[{i}]")
    return _site(entry, domain, (domain, f"www.{domain}"), kind["label"], kind["category"],
                 kind["template"], registration, pages)  # fmt: skip
