"""The sandbox scenario: deterministic, validated, and honest ground truth."""

from __future__ import annotations

import csv
import hashlib
import re
import time
import tomllib
import unicodedata

import phonenumbers
import pytest
from bs4 import BeautifulSoup

from crawler.errors import ConfigError
from crawler.sandbox.scenario import BRANDS, CATEGORIES, DEFAULT_SCENARIO, load_scenario


@pytest.fixture(scope="module")
def scenario():
    return load_scenario()


def _brand_patterns() -> dict[str, re.Pattern[str]]:
    brands = tomllib.loads(BRANDS.read_text())["brands"]
    patterns = {}
    for bid, spec in brands.items():
        words = sorted({*spec.get("names", []), *spec.get("products", [])}, key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in words)
        patterns[bid] = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
    return patterns


def _visible_text(body: bytes) -> str:
    soup = BeautifulSoup(body, "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    alts = " ".join(img.get("alt", "") for img in soup.find_all("img"))
    return soup.get_text(" ") + " " + alts


def _pages(scenario):
    for site in scenario.sites:
        for page in site.pages.values():
            if page.ordinary:
                yield site, page


def test_base_scenario_has_sixty_sites_over_every_category(scenario):
    assert len(scenario.sites) >= 60
    assert {s.category for s in scenario.sites} <= CATEGORIES
    assert {"fake_helpdesk", "official", "news", "warning", "forum", "edge"} <= {s.category for s in scenario.sites}
    assert {s.label for s in scenario.sites} == {"scam", "legit", "edge"}
    for site in scenario.sites:
        if site.category != "edge":
            assert "/" in site.pages and any("contact" in p for p in site.pages), site.domain


def test_reused_numbers_and_template_clones(scenario):
    by_number: dict[str, set[str]] = {}
    for site in scenario.sites:
        if site.label == "scam":
            for number in site.phones:
                by_number.setdefault(number, set()).add(site.domain)
    assert max(len(d) for d in by_number.values()) >= 4
    clones = [s for s in scenario.sites if s.template == "helpdesk_nl_a" and s.label == "scam"]
    assert len({s.brands for s in clones}) >= 3


def test_deterministic_bytes(scenario):
    again = load_scenario()

    def digest(sc) -> str:
        h = hashlib.sha256()
        for site, page in _pages(sc):
            h.update(site.domain.encode() + page.path.encode() + page.body_bytes())
            h.update(repr(site.registration).encode())
        return h.hexdigest()

    assert digest(scenario) == digest(again)


def test_phone_truth_is_valid_and_shown(scenario):
    for site, page in _pages(scenario):
        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", page.body_bytes().decode()))
        for number in page.phones:
            parsed = phonenumbers.parse(number)
            assert phonenumbers.is_valid_number(parsed), (site.domain, number)
            assert str(parsed.national_number) in digits, (site.domain, page.path, number)


def test_brand_truth_matches_what_the_page_names(scenario):
    patterns = _brand_patterns()
    for site, page in _pages(scenario):
        text = _visible_text(page.body_bytes())
        named = {bid for bid, pattern in patterns.items() if pattern.search(text)}
        assert named == set(page.brands), (site.domain, page.path, named, page.brands)


def test_obfuscated_forms_are_present(scenario):
    bodies = b"".join(p.body_bytes() for _, p in _pages(scenario)).decode()
    assert "０８５" in bodies and 'href="tel:+31' in bodies and "(0)85" in bodies
    assert "085 - 123 45 67" in bodies and '<span class="n1">085</span>' in bodies
    assert 'alt="088 234 5678"' in bodies
    assert "anydesk" in bodies.lower() and "embed.tawk.to" in bodies


def test_registration_mix(scenario):
    regs = [s.registration for s in scenario.sites if s.label == "scam"]
    assert any(r.registrant_country == "IN" and r.privacy == "disclosed" for r in regs)
    assert any(r.privacy_service for r in regs)
    assert any(r.privacy == "not_published" for r in regs)
    idn = [s for s in scenario.sites if s.domain.startswith("xn--")]
    assert idn and idn[0].label == "scam"
    assert (
        scenario.site_for_host("microsoft.com.helpdesk-online.xyz").domain == "helpdesk-online.xyz"
    )


def test_labels_csv(scenario, tmp_path):
    path = scenario.write_labels(tmp_path / "labels.csv")
    rows = list(csv.DictReader(path.open()))
    assert len(rows) == len(scenario.sites)
    row = next(r for r in rows if r["domain"] == "microsoft-helpdesk-nl.com")
    assert row["label"] == "scam" and row["brands"] == "microsoft"
    assert row["phones"] == "+31851234567"


def test_edge_pages(scenario):
    huge = scenario.site_for_host("edge-huge.xyz").page("/")
    size = sum(len(chunk) for chunk in huge.body)
    assert size > 10 * 1024 * 1024
    trap = scenario.site_for_host("edge-trap.com")
    assert b"/cal?month=2031-05" in trap.page("/cal?month=2031-04").body_bytes()
    charset = scenario.site_for_host("edge-charset.nl").page("/").body_bytes()
    with pytest.raises(UnicodeDecodeError):
        charset.decode("utf-8")


def test_broken_file_names_file_and_key(tmp_path):
    text = DEFAULT_SCENARIO.read_text()
    bad = tmp_path / "scenario.toml"
    bad.write_text(text.replace('registrar = "godaddy"', 'registrar = "nosuch"', 1))
    with pytest.raises(
        ConfigError, match=r"scenario.toml: families\[3\]\.sites\[0\]\.registration\.registrar"
    ):
        load_scenario(bad)
    bad.write_text(text.replace('nl_voip_a = "+31851234567"', 'nl_voip_a = "+3185123"'))
    with pytest.raises(ConfigError, match="phones.nl_voip_a"):
        load_scenario(bad)
    bad.write_text("seed = [")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_scenario(bad)


def test_scale_is_fast_and_lazy():
    started = time.monotonic()
    big = load_scenario(scale=2000)
    elapsed = time.monotonic() - started
    pages = sum(len(s.pages) for s in big.sites)
    assert pages >= 20000
    assert elapsed < 10
    site = big.sites[-1]
    assert site.page("/info/3").body_bytes().startswith(b"<!")


def test_registration_dates_follow_today_and_stay_deterministic_for_a_day():
    from datetime import UTC, date, datetime, timedelta

    today = datetime.now(UTC).date()
    sc = load_scenario()
    assert sc.reference_date == today.isoformat()
    records = [s.registration for s in sc.sites if s.registration is not None]
    assert records and all(r.expires > today for r in records)  # none expired already
    young = [r for r in records if (today - r.created) < timedelta(days=365)]
    assert young, "every domain is over a year old: dates are not relative to today"
    pinned = load_scenario(today=date(2025, 6, 1))
    assert pinned.reference_date == "2025-06-01"
    assert [s.registration for s in load_scenario(today=date(2025, 6, 1)).sites] == [
        s.registration for s in pinned.sites
    ]
    shift = today - date(2025, 6, 1)
    for a, b in zip(pinned.sites, sc.sites, strict=True):
        if a.registration is not None:
            assert b.registration.created - a.registration.created == shift
