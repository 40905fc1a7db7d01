"""The held-out sandbox web and phone corpus: the material itself, not the detector.

Checks that the set is deterministic, big and varied enough to mean something (sites,
scam templates, categories, languages, failure classes), that its labels are true to
its bytes (every labelled number valid and present on the page, offered numbers among
shown ones, quoted scam numbers really offered by held-out scams), and that the real
sandbox servers serve it.
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
import urllib.request
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import unquote

import phonenumbers
import pytest

from core.domains import registered_domain, to_ascii
from crawler.sandbox.heldout import load_heldout
from crawler.sandbox.heldout.numbers import national_digits, write
from crawler.sandbox.heldout.registration import platform_of
from crawler.sandbox.heldout.scams import BRAND_NAMES
from crawler.sandbox.heldout.sites import all_specs, genuine
from crawler.sandbox.model import LEGIT_CATEGORIES, SCAM_CATEGORIES, Scenario

TODAY = date(2026, 3, 2)
CORPUS = Path(__file__).parent / "data" / "heldout" / "phones.toml"
CONTACTISH = re.compile(
    r"contact|kontakt|assistance|support|tuki|help|about|over-ons|renew|faq", re.I
)
LANG = re.compile(r'<html lang="([a-z]{2})"')
# Products name their maker (the interface contract: windows -> microsoft, icloud -> apple).
PRODUCTS = {"microsoft": ("windows", "outlook"), "apple": ("iphone", "icloud", "mac")}


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_heldout(TODAY)


CHAR_CODES = re.compile(r"String\.fromCharCode\.apply\(null,\[([\d, ]+)\]\)")


def _text(body: bytes) -> str:
    """The page's text as a reader gets it: URL-decoded, NFKC, char-code strings decoded."""
    text = unicodedata.normalize("NFKC", unquote(body.decode("utf-8")))
    if 'class="textLayer"' in text:  # a pdf.js text layer reads as its runs joined
        text += " " + "".join(re.findall(r'dir="ltr">([^<]*)</span>', text))
    return CHAR_CODES.sub(lambda m: "".join(chr(int(c)) for c in m.group(1).split(",")), text)


# --- checks every batch gets alike (batches from the fourth on; the first three have their own) ---

LATER_BATCHES = sorted({spec.batch for spec in all_specs() if spec.batch >= 4})
# From the thirteenth batch on, each batch's templates live in scamsNN.py / legitNN.py.
MODULE_BATCHES = [n for n in LATER_BATCHES if n >= 13]


@pytest.mark.parametrize("number", LATER_BATCHES)
def test_batch_is_marked_and_is_exactly_its_sites_file(scenario: Scenario, number: int) -> None:
    from crawler.sandbox.heldout import sites

    listed = tomllib.loads(getattr(sites, f"SITES{number}").read_text("utf-8"))["site"]
    hosts = {to_ascii(e["host"]) for e in listed}
    assert {s.hosts[0] for s in scenario.sites if s.batch == number} == hosts
    assert all(spec.batch == number for spec in all_specs() if spec.host in hosts)


@pytest.mark.parametrize("number", MODULE_BATCHES)
def test_batch_template_names_shadow_no_earlier_template(number: int) -> None:
    """build.TEMPLATES merges the batches' dicts; a reused name would replace a template."""
    import importlib

    from crawler.sandbox.heldout.build import TEMPLATES

    scams = importlib.import_module(f"crawler.sandbox.heldout.scams{number}")
    legit = importlib.import_module(f"crawler.sandbox.heldout.legit{number}")
    ours = {**scams.TEMPLATES, **legit.TEMPLATES}
    declared = [globals().get(f"BATCH{number}_{kind}_TEMPLATES") for kind in ("SCAM", "LEGIT")]
    if all(declared):
        assert ours.keys() == declared[0] | declared[1]
    if number >= 14:
        assert all(name.startswith(f"b{number}_") for name in ours)
    earlier = {spec.template for spec in all_specs() if spec.batch != number}
    assert not earlier & ours.keys()
    assert all(TEMPLATES[name] is fn for name, fn in ours.items())


@pytest.mark.parametrize("number", LATER_BATCHES)
def test_batch_labels_match_the_bytes(scenario: Scenario, number: int) -> None:
    """Every number a page's bytes hold is labelled on it; brands named = labelled, and
    each of a site's brands is named on one of its pages."""
    from crawler.sandbox.heldout.texts3 import named_text, names

    specs = {spec.host: spec for spec in all_specs() if spec.batch == number}
    known = {n for spec in specs.values() for n in (*spec.phones, *spec.quoted)}
    for site in (s for s in scenario.sites if s.batch == number):
        spec = specs[site.hosts[0]]
        for path, page in site.pages.items():
            digits = re.sub(r"\D", "", _text(page.body_bytes()) + " " + unquote(path))
            present = {n for n in known if national_digits(n) in digits or n[1:] in digits}
            assert present == set(page.phones), (site.domain, path)
            assert set(page.offered) == set(page.phones) & set(spec.phones), (site.domain, path)
            seen = named_text(page.body_bytes().decode())
            assert set(page.brands) == {b for b in spec.brands if names(b, seen)}, (site.domain, path)
        assert any(p.brands for p in site.pages.values()) == bool(site.brands), site.domain
        for brand in site.brands:
            assert any(brand in p.brands for p in site.pages.values()), (site.domain, brand)


@pytest.mark.parametrize("number", [n for n in LATER_BATCHES if n >= 26])
def test_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario, number: int) -> None:
    """From the twenty-sixth batch on: honest pages quote only their batch's scams, every
    scam is quoted somewhere, every number is valid; from the twenty-ninth on, an honest
    site's own numbers are the batch's or a brand's genuine ones."""
    batch = [s for s in scenario.sites if s.batch == number]
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    real = set(genuine().values())
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        if number >= 29:
            assert set(site.phones) - real <= {n for s in batch for n in s.phones}, site.domain
    quoted_scams = {n for s in batch if s.label == "legit" for p in s.pages.values() for n in p.phones} & offered
    assert quoted_scams == offered, "every scam of the batch is quoted somewhere"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_two_loads_give_identical_bytes_and_labels(scenario: Scenario) -> None:
    again = load_heldout(TODAY)
    assert scenario.labels() == again.labels()
    assert scenario.records() == again.records()
    for one, two in zip(scenario.sites, again.sites, strict=True):
        assert one.pages.keys() == two.pages.keys()
        for path, page in one.pages.items():
            assert page.body_bytes() == two.pages[path].body_bytes(), (one.domain, path)


def test_registration_dates_follow_the_evaluation_day() -> None:
    later = load_heldout(TODAY + timedelta(days=100))
    first = load_heldout(TODAY)
    for domain, record in first.records().items():
        moved = later.records()[domain]
        if platform_of(domain) is None:
            assert moved.created - record.created == timedelta(days=100), domain
    assert later.reference_date == (TODAY + timedelta(days=100)).isoformat()


def test_size_templates_categories_and_languages(scenario: Scenario) -> None:
    sites = scenario.sites
    assert len(sites) >= 175
    scams = [s for s in sites if s.label == "scam"]
    legit = [s for s in sites if s.label == "legit"]
    assert 80 <= len(scams) <= 400 and len(legit) >= 85 and len(legit) >= 0.8 * len(scams)
    assert len({s.template for s in scams}) >= 36
    assert {s.category for s in sites} == set(SCAM_CATEGORIES) | set(LEGIT_CATEGORIES)
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in sites
        for p in s.pages.values()
    }
    assert {"nl", "en", "de", "fr", "fi", "ja"} <= langs
    pairs = {(spec.lang, spec.country) for spec in all_specs()}
    assert {
        ("fr", "BE"),
        ("de", "CH"),
        ("fr", "CH"),
        ("fi", "FI"),
        ("de", "DE"),
        ("nl", "NL"),
    } <= pairs
    assert len({s.domain for s in sites}) == len(sites)


def test_every_site_has_a_home_and_a_contactish_page(scenario: Scenario) -> None:
    for site in scenario.sites:
        assert "/" in site.pages, site.domain
        if site.category == "scareware":
            continue  # a browser locker is one hostile page, as in the wild
        assert any(CONTACTISH.search(path) for path in site.pages if path != "/"), site.domain


def test_every_page_renders_utf8_html(scenario: Scenario) -> None:
    for site in scenario.sites:
        for path, page in site.pages.items():
            body = page.body_bytes()
            assert page.status == 200 and page.content_type == "text/html; charset=utf-8"
            assert body.startswith(b"<!DOCTYPE html>") and body.rstrip().endswith(b"</html>"), (
                site.domain,
                path,
            )
            body.decode("utf-8")
            assert page.headers == () and path.startswith("/")


def test_every_labelled_number_is_valid_and_offered_ones_are_shown(scenario: Scenario) -> None:
    for site in scenario.sites:
        shown_offered = set()
        for page in site.pages.values():
            for number in page.phones:
                assert phonenumbers.is_valid_number(phonenumbers.parse(number)), (
                    site.domain,
                    number,
                )
                assert number == phonenumbers.format_number(
                    phonenumbers.parse(number), phonenumbers.PhoneNumberFormat.E164
                )
            assert set(page.offered) <= set(page.phones), (site.domain, page.path)
            shown_offered |= set(page.offered)
        assert set(site.phones) == shown_offered, site.domain
        if site.label == "scam":
            assert site.phones, site.domain


def test_every_labelled_number_is_in_the_page_bytes_or_url(scenario: Scenario) -> None:
    """Digit stream of the (URL-decoded, NFKC) body or path holds the number's digits."""
    for site in scenario.sites:
        for path, page in site.pages.items():
            digits = re.sub(r"\D", "", _text(page.body_bytes()) + " " + unquote(path))
            for number in page.phones:
                forms = (national_digits(number), number[1:], national_digits(number).lstrip("0"))
                assert any(f in digits for f in forms), (site.domain, path, number)


def test_page_brands_are_named_on_the_page(scenario: Scenario) -> None:
    for site in scenario.sites:
        for path, page in site.pages.items():
            text = _text(page.body_bytes()).lower()
            for brand in page.brands:
                names = (BRAND_NAMES[brand].lower(), *PRODUCTS.get(brand, ()))
                assert any(name in text for name in names), (site.domain, path, brand)


def test_quoting_pages_quote_numbers_the_scams_offer(scenario: Scenario) -> None:
    scam_numbers = {n for s in scenario.sites if s.label == "scam" for n in s.phones}
    quoting = [s for s in scenario.sites if s.category in ("news", "forum", "warning", "directory")]
    assert len(quoting) >= 15
    for site in quoting:
        quoted = {n for p in site.pages.values() for n in p.phones} - set(site.phones)
        assert quoted, site.domain
        if site.template in ("number_guide", "hotline_guide"):
            assert quoted <= set(genuine().values()), site.domain  # genuine numbers only
        elif site.category == "directory":
            assert len(quoted & scam_numbers) >= len(quoted) / 2, site.domain
        else:
            assert quoted <= scam_numbers, site.domain


def test_official_and_partner_pages_show_genuine_numbers(scenario: Scenario) -> None:
    real = set(genuine().values())
    countries = {phonenumbers.region_code_for_number(phonenumbers.parse(n)) for n in real}
    assert {"NL", "BE", "DE", "FR", "GB", "US", "IN"} <= countries
    shown = {
        n
        for s in scenario.sites
        if s.category in ("official", "it_partner")
        for p in s.pages.values()
        for n in p.phones
    }
    assert real <= shown
    brands = {s.brands[0] for s in scenario.sites if s.category == "official"}
    assert {"microsoft", "apple", "google", "hp", "norton", "mcafee"} <= brands


def test_reused_numbers_link_scam_campaigns(scenario: Scenario) -> None:
    by_number = Counter(n for s in scenario.sites if s.label == "scam" for n in s.phones)
    assert sum(1 for count in by_number.values() if count >= 2) >= 5


def test_domains_are_registered_domains_or_platform_subdomains(scenario: Scenario) -> None:
    platforms = 0
    for site in scenario.sites:
        host = site.hosts[0]
        if platform_of(host):
            platforms += 1
            assert site.domain == host and site.registration.privacy == "disclosed"
            assert site.registration.created.year <= 2020
        else:
            assert site.domain == registered_domain(host).domain
        assert site.registration.domain == site.domain
    assert platforms >= 10
    # Sites answer on www and on the bare domain; no host belongs to two sites.
    assert sum(len(s.hosts) for s in scenario.sites) == len(
        {h for s in scenario.sites for h in s.hosts}
    )
    assert sum(1 for s in scenario.sites if len(s.hosts) == 2) >= 60
    assert any(s.domain.startswith("xn--") for s in scenario.sites if s.label == "scam")


def test_registration_variety(scenario: Scenario) -> None:
    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    privacy = Counter((s.label, s.registration.privacy) for s in scenario.sites)
    assert privacy[("scam", "shielded")] >= 8 and privacy[("scam", "not_published")] >= 8
    assert privacy[("legit", "shielded")] >= 4 and privacy[("legit", "disclosed")] >= 8
    assert any(s.label == "scam" and age(s) > 5 * 365 for s in scenario.sites), "aged scam domains"
    assert sum(1 for s in scenario.sites if s.label == "legit" and age(s) < 60) >= 3, (
        "new honest sites"
    )
    assert any(s.registration.shown_country == "IN" for s in scenario.sites if s.label == "scam")
    for site in scenario.sites:
        assert site.registration.expires > TODAY
        if site.domain.endswith((".nl", ".be")):
            assert site.registration.privacy == "not_published"


def test_queries_are_what_a_victim_types(scenario: Scenario) -> None:
    from crawler.sandbox.heldout.sites import shared_queries
    from crawler.sandbox.searxng import SearchIndex

    hosts = {s.hosts[0] for s in scenario.sites}
    index = SearchIndex(scenario)
    for query, ranked in shared_queries().items():
        assert set(ranked) <= hosts, query
        found = {site.hosts[0] for site, _ in index.hits(query)}
        labels = {site.label for site, _ in index.hits(query)}
        assert len(found) >= 5 and labels == {"scam", "legit"}, query
    for site in scenario.sites:
        assert site.queries and all(q == q.lower().strip() for q in site.queries), site.domain
        assert site.keywords == ()


def test_scareware_pages_carry_locker_behaviour(scenario: Scenario) -> None:
    lockers = [s for s in scenario.sites if s.category == "scareware"]
    assert (
        len(lockers) >= 6
        and len({LANG.search(s.pages["/"].body_bytes(300).decode()).group(1) for s in lockers}) >= 4
    )
    for site in lockers:
        body = site.pages["/"].body_bytes().decode()
        for marker in (
            "requestFullscreen",
            "beforeunload",
            "history.pushState",
            "confirm(",
            "<audio",
            "autoplay",
        ):
            assert marker in body, (site.domain, marker)
        assert re.search(r"0x8[0-9A-Fa-f]{3}", body), site.domain


def test_number_writer_forms() -> None:
    assert write("+31851234567", "spaced_dash") == "085 - 123 45 67"
    assert write("+31851234567", "intl_zero") == "+31 (0)851234567"
    assert write("+31851234567", "double_zero") == "0031 85 123 4567"
    assert write("+31851234567", "dotted") == "085.123.45.67"
    assert write("+18444444609", "us_dash", "double_paren") == "((1+844_444_4609))"
    assert write("+448000488477", "zero_dash") == "0-800-048-8477"
    assert write("+611800764406", "split_lead") == "1-800-764-406"
    assert write("+18668501234", "us_dash", "url") == "%201-866-850-1234"
    assert write("+33123456789", "intl_zero_pairs") == "+33 (0)1 23 45 67 89"
    assert write("+498007234561", "split_sub") == "0800 723 4561"
    assert write("+358942415067", "split_sub") == "09 4241 5067"
    assert write("+493022405817", "intl_zero_gap") == "+49 (0) 30 22405817"
    with pytest.raises(ValueError):
        write("+3185123", "national")


def test_site_list_is_checked_at_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from core.errors import ConfigError
    from crawler.sandbox.heldout import sites

    good = sites.SITES.read_text(encoding="utf-8")
    cases = [
        ('phones = ["+31852081144"]', 'phones = ["+3185208"]', "not a valid number"),
        ('category = "fake_helpdesk"', 'category = "fakehelpdesk"', "unknown category"),
        ("age_days = 19 }", 'age_days = 19, service = "Nobody Ltd" }', "reg:"),
        ('phones = ["+31852081144"]', 'phones = ["genuine:nobody"]', "no number"),
    ]
    try:
        for old, new, message in cases:
            bad = tmp_path / "sites.toml"
            bad.write_text(good.replace(old, new, 1), encoding="utf-8")
            monkeypatch.setattr(sites, "SITES", bad)
            sites.shared_queries.cache_clear()
            with pytest.raises(ConfigError, match=message):
                sites.all_specs()
    finally:
        sites.shared_queries.cache_clear()


def test_phrase_book_is_checked_at_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from core.errors import ConfigError
    from crawler.sandbox.heldout import phrases

    assert phrases.pick("blog", "fi", "title")[0]
    bad = tmp_path / "phrases.toml"
    bad.write_text('[blog.nl]\ntitle = "a"\n[blog.de]\nheadline = "b"\n', encoding="utf-8")
    monkeypatch.setattr(phrases, "PHRASES", bad)
    phrases.phrase_book.cache_clear()
    try:
        with pytest.raises(ConfigError, match="keys differ"):
            phrases.phrase_book()
        bad.write_text('[blog.xx]\ntitle = "a"\n', encoding="utf-8")
        phrases.phrase_book.cache_clear()
        with pytest.raises(ConfigError, match="is not one of"):
            phrases.phrase_book()
    finally:
        phrases.phrase_book.cache_clear()


def test_phone_corpus_parses_and_is_big_enough() -> None:
    cases = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["case"]
    assert len(cases) >= 160
    negatives = [c for c in cases if c["kind"] == "negative"]
    assert len(negatives) >= 40 and all(c["expected"] == [] for c in negatives)
    for case in cases:
        assert sum(k in case for k in ("text", "html", "url")) == 1, case
        assert case["kind"] in ("positive", "negative") and case["note"] and case["form"]
        assert re.fullmatch(r"[A-Z]{2}", case["region"]), case
        assert (case["kind"] == "positive") == bool(case["expected"]), case
        for number in case["expected"]:
            parsed = phonenumbers.parse(number)
            assert phonenumbers.is_valid_number(parsed) and number.startswith("+"), case
    forms = {c["form"] for c in cases}
    for needed in (
        "tel_national",
        "jsonld",
        "img_alt",
        "js_pieces",
        "js_concat",
        "url_param_nr",
        "url_param_tel",
        "url_param_phone",
        "decor_star",
        "decor_caret",
        "decor_colon",
        "decor_underscore",
        "decor_x",
        "double_paren",
        "plus_plus",
        "fullwidth",
        "url_encoded",
        "country_hint",
        "nl_spaced_dash",
        "intl_zero",
        "double_zero",
        "dotted",
        "be_pairs",
        "ch_intl",
        "de_freephone",
        "fr_pairs",
        "fi_national",
    ):
        assert needed in forms, needed
    kinds = {c["form"] for c in negatives}
    for needed in (
        "date_time",
        "iban",
        "kvk",
        "vat_de",
        "order",
        "invoice",
        "price",
        "postcode",
        "version",
        "ip_address",
        "tracking",
        "isbn",
    ):
        assert needed in kinds, needed


def test_real_sandbox_servers_serve_the_heldout_web(scenario: Scenario) -> None:
    from crawler.sandbox.server import Sandbox

    site = next(s for s in scenario.sites if s.template == "url_param")
    landing = next(p for p in site.pages if "?" in p)
    with Sandbox(scenario) as box:
        proxy = urllib.request.ProxyHandler({"http": box.proxy_url})
        opener = urllib.request.build_opener(proxy)
        with opener.open(f"http://{site.hosts[0]}{landing}", timeout=10) as answer:
            assert answer.read() == site.pages[landing].body_bytes()
        with opener.open(f"http://{site.hosts[1]}/", timeout=10) as answer:
            assert answer.read() == site.pages["/"].body_bytes()
        number = site.phones[0]
        with urllib.request.urlopen(
            f"{box.search_url}/search?format=json&q={national_digits(number)}", timeout=10
        ) as answer:
            hits = json.loads(answer.read())["results"]
        assert any(landing.split("?")[1] in hit["url"] for hit in hits)
        # A victim's search lands on the URL that carries the number, as such ads do.
        query = urllib.parse.quote(site.queries[0])
        with urllib.request.urlopen(
            f"{box.search_url}/search?format=json&q={query}", timeout=10
        ) as answer:
            assert (
                json.loads(answer.read())["results"][0]["url"] == f"http://{site.hosts[0]}{landing}"
            )
        query = urllib.parse.quote(scenario.sites[0].queries[0])
        with urllib.request.urlopen(
            f"{box.search_url}/search?format=json&q={query}", timeout=10
        ) as answer:
            assert any(
                hit["url"].startswith(f"http://{scenario.sites[0].hosts[0]}/")
                for hit in json.loads(answer.read())["results"]
            )


def test_sandbox_command_serves_the_heldout_web(tmp_path: Path) -> None:
    """`nephelpdesk sandbox --heldout --labels F` writes the truth and serves until SIGTERM."""
    import csv
    import signal
    import subprocess
    import sys

    labels = tmp_path / "truth.csv"
    cmd = [sys.executable, "-m", "nephelpdesk", "sandbox", "--heldout", "--labels", str(labels)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = [proc.stdout.readline() for _ in range(2)]  # type: ignore[union-attr]
        assert lines[0].startswith("ground truth:") and "sites" in lines[1], lines
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=90)  # a clean stop; slow only on a loaded host
    with labels.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(all_specs()) and {r["label"] for r in rows} == {"scam", "legit"}
    bad = subprocess.run([*cmd[:5], "--scale", "3"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "--heldout serves its own fixed web" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_registry_servers_answer_for_every_heldout_domain(scenario: Scenario) -> None:
    """RDAP (through the bootstrap file, following thin registries) and WHOIS over TCP."""
    import socket

    from crawler.sandbox.server import Sandbox

    with Sandbox(scenario) as box:
        services = json.loads(box.rdap_bootstrap_path.read_text())["services"]
        base = {tld: urls[0] for tlds, urls in services for tld in tlds}
        for domain, record in scenario.records().items():
            with urllib.request.urlopen(f"{base[record.tld]}domain/{domain}", timeout=10) as answer:
                data = json.loads(answer.read())
            assert data["ldhName"].lower() == domain
            related = [
                link["href"] for link in data.get("links", []) if link.get("rel") == "related"
            ]
            if related:
                with urllib.request.urlopen(related[0], timeout=10) as answer:
                    assert json.loads(answer.read())["ldhName"].lower() == domain
        host, port = box.whois_address.rsplit(":", 1)
        for domain in list(scenario.records())[::9]:
            with socket.create_connection((host, int(port)), timeout=10) as conn:
                conn.sendall(f"{domain}\r\n".encode())
                text = b"".join(iter(lambda: conn.recv(4096), b"")).decode("utf-8", "replace")
            assert domain.split(".")[0] in text.lower() and "no match" not in text.lower(), domain


def test_hidden_numbers_stay_out_of_the_static_text(scenario: Scenario) -> None:
    """Class 7: numbers only in tel:, JSON-LD, alt text, scripts or the URL are not in the text."""
    hidden = {"jsonld_only", "image_alt", "js_pieces", "url_param", "spa_shell"}
    checked = 0
    for site in scenario.sites:
        tel_only = (
            site.template == "unbranded_landing" and "☎" in site.pages["/"].body_bytes().decode()
        ) or (site.template == "chat_agent")
        if site.template not in hidden and not tel_only:
            continue
        for path, page in site.pages.items():
            html = page.body_bytes().decode()
            text = re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", html, flags=re.S)
            for number in page.phones:
                assert national_digits(number) not in re.sub(r"\D", "", text), (site.domain, path)
                checked += 1
    assert checked >= 15


# --- the second batch (sites2.toml: fresh sites from new templates) ----------------------

BATCH2_SCAM_TEMPLATES = {
    "printer_wizard", "renewal_invoice", "service_portal", "docs_kb", "spa_shell",
    "bsod_locker", "chat_agent",
}  # fmt: skip
BATCH2_LEGIT_TEMPLATES = {
    "qa_lookup", "report_feed", "alert_bulletin", "ioc_report", "live_news",
    "discourse_thread", "woo_reseller", "help_center",
}  # fmt: skip


def _batch2(scenario: Scenario) -> list:
    from crawler.sandbox.heldout.sites import SITES2

    hosts = {to_ascii(e["host"]) for e in tomllib.loads(SITES2.read_text("utf-8"))["site"]}
    return [s for s in scenario.sites if s.hosts[0] in hosts]


def test_second_batch_is_big_new_and_varied(scenario: Scenario) -> None:
    batch = _batch2(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) >= 34 and len(scams) >= 20 and len(legit) >= 14
    assert {s.template for s in batch} == BATCH2_SCAM_TEMPLATES | BATCH2_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s not in batch}
    assert not old & {s.template for s in batch}, "batch 2 uses only its own templates"
    langs = {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in batch}
    assert {"nl", "en", "de", "fr", "fi"} <= langs
    assert {"fake_helpdesk", "scareware"} <= {s.category for s in scams}
    assert {"directory", "warning", "forum", "news", "it_partner", "repair_shop", "official"} <= {
        s.category for s in legit
    }
    assert sum(1 for s in scams if platform_of(s.hosts[0])) >= 5
    assert any(not s.brands for s in scams), "unbranded computer help"
    assert {"kpn", "ziggo", "ing", "google", "microsoft", "hp", "norton"} <= {
        b for s in scams for b in s.brands
    }


def test_second_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    """JSON-LD, label-only tel:, alt text, JSON app data, the URL, disguises, country hints."""
    batch = {s.template: s for s in _batch2(scenario)}
    portal = batch["service_portal"].pages["/"].body_bytes().decode()
    ld = json.loads(re.search(r'ld\+json">(.*?)</script>', portal).group(1))
    assert ld["contactPoint"][0]["telephone"].startswith("+")
    assert 'class="callbar"><a href="tel:0' in portal
    docs = next(p for path, p in batch["docs_kb"].pages.items() if path.startswith("/docs/"))
    assert re.search(r'alt="[^"]*\d{3}', docs.body_bytes().decode())
    spa = batch["spa_shell"]
    landing = next(path for path in spa.pages if "?" in path)
    assert national_digits(spa.phones[0]) in landing
    assert "__NEXT_DATA__" in spa.pages[landing].body_bytes().decode()
    bodies = " ".join(p.body_bytes().decode() for s in _batch2(scenario) for p in s.pages.values())
    for form in ("((1+", "０８００", " US<", "(DE)", "(BE)"):
        assert form in bodies, form


def test_second_batch_wording_placeholders_name_real_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.errors import ConfigError
    from crawler.sandbox.heldout import sites

    good = sites.SITES2.read_text(encoding="utf-8")
    bad = tmp_path / "sites2.toml"
    bad.write_text(good.replace("{p0:spaced_dash}", "{p7:spaced_dash}", 1), encoding="utf-8")
    monkeypatch.setattr(sites, "SITES2", bad)
    with pytest.raises(ConfigError, match="p7 names no number"):
        load_heldout(TODAY)
    bad.write_text(
        good.replace('host = "kpn-storingsdienst.nl"', 'host = "tietokoneapu-heti.fi"'),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="listed twice: tietokoneapu-heti.fi"):
        sites.all_specs()


# --- the third batch (sites3.toml: Site.batch == 3) ---------------------------------------

BATCH3_SCAM_TEMPLATES = {
    "elementor_booking", "squarespace_trust", "renew_countdown", "defender_dialog",
    "canvas_locker", "i18n_locker", "update_url", "community_spam", "pdf_textlayer",
    "callback_ld", "apple_id_lock", "amp_call", "link_in_bio",
}  # fmt: skip
BATCH3_LEGIT_TEMPLATES = {
    "news_feature", "phpbb_thread", "caller_lookup", "warning_table", "remote_support_shop",
    "sqs_studio", "partner_numbers", "hotline_guide", "local_business",
}  # fmt: skip
# Templates whose own number never reaches the static visible text (class 7).
BATCH3_HIDDEN = {
    "renew_countdown", "canvas_locker", "i18n_locker", "update_url", "callback_ld", "link_in_bio",
}  # fmt: skip


def _batch3(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 3]


def _visible(html: str) -> str:
    return re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", html, flags=re.S)


def test_third_batch_is_marked_and_is_exactly_sites3(scenario: Scenario) -> None:
    from crawler.sandbox.heldout.sites import SITES, SITES2, SITES3

    def hosts(path: Path) -> set[str]:
        return {to_ascii(e["host"]) for e in tomllib.loads(path.read_text("utf-8"))["site"]}

    for batch, path in ((1, SITES), (2, SITES2), (3, SITES3)):
        assert {s.hosts[0] for s in scenario.sites if s.batch == batch} == hosts(path), batch
    assert {s.batch for s in scenario.sites} == {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


def test_third_batch_is_big_new_and_varied(scenario: Scenario) -> None:
    batch = _batch3(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 44 and len(scams) == 22 and len(legit) == 22
    assert {s.template for s in scams} == BATCH3_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH3_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 3}
    assert len(BATCH3_SCAM_TEMPLATES - old) >= 12 and not old & {s.template for s in batch}
    langs = {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in batch}
    assert {"nl", "en", "de", "fr", "fi", "ja"} <= langs
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 3}
    assert {("de", "CH"), ("fr", "CH"), ("fr", "BE"), ("fi", "FI"), ("de", "DE"), ("fr", "FR"),
            ("nl", "NL"), ("en", "GB"), ("en", "US")} <= pairs  # fmt: skip
    assert Counter(s.category for s in scams)["scareware"] >= 8
    assert {"news", "forum", "directory", "warning", "repair_shop", "it_partner", "business"} <= {
        s.category for s in legit
    }
    platforms = {platform_of(s.hosts[0]) for s in scams} - {None}
    assert {
        "netlify.app",
        "pages.dev",
        "github.io",
        "web.app",
        "vercel.app",
        "run.app",
    } <= platforms
    assert sum(1 for s in scams if not s.brands) >= 4, "unbranded computer help"
    assert any("renew" in s.domain and "norton" in s.domain for s in scams)
    assert any("safesecurity-mcafee" in s.domain for s in scams)
    # Honest names one edit from a brand, and honest sites that are young or shielded.
    assert {"macafe.nl", "epsom-print.co.uk"} <= {s.domain for s in legit}
    assert any((TODAY - s.registration.created).days < 60 for s in legit)
    assert all(
        (TODAY - s.registration.created).days < 60 for s in scams if not platform_of(s.domain)
    )


def test_third_batch_labels_match_the_bytes(scenario: Scenario) -> None:
    """Every batch-3 number a page's text holds is labelled on it; brands named = labelled."""
    from crawler.sandbox.heldout.texts3 import named_text, names

    specs = {spec.host: spec for spec in all_specs() if spec.batch == 3}
    known = {n for spec in specs.values() for n in (*spec.phones, *spec.quoted)}
    for site in _batch3(scenario):
        spec = specs[site.hosts[0]]
        for path, page in site.pages.items():
            digits = re.sub(r"\D", "", _text(page.body_bytes()) + " " + unquote(path))
            present = {n for n in known if national_digits(n) in digits or n[1:] in digits}
            assert present == set(page.phones), (site.domain, path)
            assert set(page.offered) == set(page.phones) & set(spec.phones), (site.domain, path)
            seen = named_text(page.body_bytes().decode())
            assert set(page.brands) == {b for b in spec.brands if names(b, seen)}, (
                site.domain,
                path,
            )
        if site.label == "scam":
            assert any(p.brands for p in site.pages.values()) == bool(site.brands), site.domain


def test_third_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    batch = _batch3(scenario)
    hidden = 0
    for site in batch:
        if site.template not in BATCH3_HIDDEN:
            continue
        for path, page in site.pages.items():
            for number in page.phones:
                visible = re.sub(r"\D", "", _visible(page.body_bytes().decode()))
                assert national_digits(number) not in visible, (site.domain, path)
                hidden += 1
    assert hidden >= 15
    by = {s.template: s for s in batch}
    countdown = by["renew_countdown"].pages["/"].body_bytes().decode()
    assert "String.fromCharCode.apply(null,[" in countdown
    for site in (s for s in batch if s.template == "canvas_locker"):
        page = site.pages["/"].body_bytes().decode()
        alt = re.sub(r"\D", "", re.search(r'class="helpline"[^>]*alt="([^"]*)"', page).group(1))
        assert national_digits(site.phones[0]) in alt and "fillText" in page, site.domain
    callback = by["callback_ld"]
    home = callback.pages["/"].body_bytes().decode()
    assert f'href="tel:{national_digits(callback.phones[0])}"' in home and "ld+json" in home
    update = [s for s in batch if s.template == "update_url"]
    assert all("?" in s.landing and "%20" in s.landing for s in update)
    assert all(not s.pages["/"].phones for s in update)
    pdf = by["pdf_textlayer"].pages["/"].body_bytes().decode()
    spans = re.findall(r'role="presentation" dir="ltr">([^<]*)</span>', pdf)
    number = national_digits(by["pdf_textlayer"].phones[0])
    assert not any(number in re.sub(r"\D", "", s) for s in spans)
    assert number in re.sub(r"\D", "", "".join(spans))
    spam = " ".join(
        p.body_bytes().decode()
        for s in batch
        if s.template == "community_spam"
        for p in s.pages.values()
    )
    for form in ("((1+", "⊹", "^", "１", " UK", " AUS", "++44", "_", "x8"):
        assert form in spam, form
    assert "<dialog" in by["defender_dialog"].pages["/"].body_bytes().decode()
    assert "#DW6VB36" in " ".join(s.pages["/"].body_bytes().decode() for s in batch)
    assert any(
        s.template == "i18n_locker" and s.pages["/"].body_bytes(300).decode().find('lang="ja"') > 0
        for s in batch
    )


def test_third_batch_honest_pages_quote_prominently(scenario: Scenario) -> None:
    batch = _batch3(scenario)
    scam_numbers = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = [s for s in batch if s.category in ("news", "forum", "warning")]
    assert len(quoting) >= 9
    for site in quoting:
        quoted = {n for p in site.pages.values() for n in p.phones} - set(site.phones)
        assert quoted and quoted <= scam_numbers, site.domain
        assert any(p.brands for p in site.pages.values()), site.domain
    for site in (s for s in batch if s.template == "news_feature"):
        article = next(p for path, p in site.pages.items() if path not in ("/", "/contact"))
        html = article.body_bytes().decode()
        h1 = re.search(r'<h1 class="headline">(.*?)</h1>', html).group(1)
        assert re.search(r"\d{2}", h1) and re.search(r'alt="[^"]*\d{2}', html), site.domain
    for site in (s for s in batch if s.template == "warning_table"):
        assert site.phones, site.domain  # the body's own genuine line beside the scams'
    for site in (s for s in batch if s.template == "remote_support_shop"):
        remote = next(p for path, p in site.pages.items() if path not in ("/", "/contact/"))
        assert "TeamViewer" in remote.body_bytes().decode() and remote.offered, site.domain
    real = set(genuine().values())
    for site in (s for s in batch if s.template in ("partner_numbers", "hotline_guide")):
        quoted = {n for p in site.pages.values() for n in p.phones} - set(site.phones)
        assert quoted and quoted <= real, site.domain
    # The same page-builder markup under honest and scam sites.
    for marker in ("elementor-widget", "Squarespace"):
        labels = {
            s.label
            for s in batch
            if any(marker in p.body_bytes().decode() for p in s.pages.values())
        }
        assert labels == {"scam", "legit"}, marker


def test_third_batch_wording_placeholders_name_real_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.errors import ConfigError
    from crawler.sandbox.heldout import sites

    good = sites.SITES3.read_text(encoding="utf-8")
    bad = tmp_path / "sites3.toml"
    bad.write_text(good.replace("{h0:spaced_dash}", "{h4:spaced_dash}", 1), encoding="utf-8")
    monkeypatch.setattr(sites, "SITES3", bad)
    sites.shared_queries.cache_clear()
    try:
        with pytest.raises(ConfigError, match="h4 names no number"):
            load_heldout(TODAY)
    finally:
        sites.shared_queries.cache_clear()


# --- the fourth batch (sites4.toml: Site.batch == 4) ---------------------------------------

BATCH4_SCAM_TEMPLATES = {
    "edge_blocked", "toast_locker", "mac_safari_lock", "invoice_email", "refund_modal",
    "faq_schema", "partner_badge", "next_data", "keyword_stuffed", "ads_landing",
    "repurposed_blog",
}  # fmt: skip
BATCH4_LEGIT_TEMPLATES = {
    "tv_transcript", "newsletter", "paste_thread", "number_page", "kit_analysis",
    "wiki_article", "msp_webflow", "repair_chain", "webshop_help", "telecom_support",
    "bank_faq",
}  # fmt: skip


def _batch4(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 4]


def test_fourth_batch_is_big_new_and_varied(scenario: Scenario) -> None:
    batch = _batch4(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 36 and len(scams) == 18 and len(legit) == 18
    assert {s.template for s in scams} == BATCH4_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH4_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 4}
    assert not old & {s.template for s in batch}, "batch 4 uses only its own templates"
    langs = {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in batch}
    assert {"nl", "en", "de", "fr", "fi", "ja"} <= langs
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 4}
    assert {("nl", "NL"), ("de", "DE"), ("fr", "FR"), ("fr", "BE"), ("fi", "FI"), ("ja", "JP"),
            ("en", "GB"), ("en", "US"), ("en", "AU")} <= pairs  # fmt: skip
    assert Counter(s.category for s in scams)["scareware"] >= 6
    assert set(LEGIT_CATEGORIES) <= {s.category for s in legit}
    platforms = {platform_of(s.hosts[0]) for s in scams} - {None}
    assert {
        "netlify.app", "pages.dev", "github.io", "web.app", "vercel.app", "blogspot.com",
        "wixsite.com", "weebly.com", "azurewebsites.net",
    } <= platforms  # fmt: skip
    assert sum(1 for s in scams if not s.brands) >= 3, "unbranded computer help"
    assert {"mircosoft-kundendienst.de", "assistance-aplle-france.fr"} <= {s.domain for s in scams}

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert any(age(s) > 5 * 365 for s in own), "an aged, bought scam domain"
    assert sum(1 for s in own if age(s) < 60) >= len(own) - 1
    assert any(age(s) < 60 and s.registration.privacy == "shielded" for s in legit)
    assert sum(1 for s in legit if age(s) > 5 * 365) >= 12
    assert {"kpn.com", "rabobank.nl"} <= {s.domain for s in legit}


def test_fourth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    batch = _batch4(scenario)
    by = {s.hosts[0]: s for s in batch}
    # A toast whose number is only in the icon's alt/title and the script.
    fi = by["tietoturva-ilmoitus.fi"].pages["/"].body_bytes().decode()
    number = national_digits("+358800913472")
    assert number not in re.sub(r"\D", "", _visible(fi))
    alt = re.search(r'class="toast".*?alt="([^"]*)"', fi, re.S).group(1)
    assert number in re.sub(r"\D", "", alt)
    # Ads landing: the number is only in the landing URL.
    ads = by["windows-helpdesk-online.pages.dev"]
    assert "?tfn=%20" in ads.landing and "gclid=" in ads.landing
    assert ads.pages[ads.landing].phones and not ads.pages["/"].phones
    assert not any(re.search(r"\d{7,}", p.body_bytes().decode()) for p in ads.pages.values())
    # Next.js data, FAQPage JSON-LD, a ticker string, a fullwidth locker.
    nxt = by["hp-printer-offline-fix.vercel.app"].pages["/"].body_bytes().decode()
    data = json.loads(
        re.search(r'id="__NEXT_DATA__" type="application/json">(.*?)</script>', nxt).group(1)
    )
    assert data["props"]["pageProps"]["support"]["phone"] == "1-877-229-0548"
    for site in (s for s in batch if s.template == "faq_schema"):
        faq = next(p for path, p in site.pages.items() if "faq" in path).body_bytes().decode()
        ld = json.loads(re.search(r'ld\+json">(.*?)</script>', faq).group(1))
        assert ld["@type"] == "FAQPage"
        assert national_digits(site.phones[0]) in re.sub(r"\D", "", json.dumps(ld)), site.domain
    mac = by["icloud-locked-support-au.blogspot.com"].pages["/"].body_bytes().decode()
    assert re.search(r"var line=\"[^\"]*1800 952 417", mac) and " AUS" in mac
    assert (
        "０１２０－９３８－４１７"
        in by["anzen-kakunin-jp.web.app"].pages["/"].body_bytes().decode()
    )
    spam = " ".join(
        p.body_bytes().decode()
        for p in by["norton-mcafee-helpline-numbers.github.io"].pages.values()
    )
    for form in ("((1+844_619_0735))", "⊹", "^", "1:844:619:0735", "0808_169_7254", "x8x4", "++44",
                 "１８００", "%201-844", " UK", " AUS"):  # fmt: skip
        assert form in spam, form
    invoice = by["geeksquad-billing-center.weebly.com"].pages["/"].body_bytes().decode()
    assert "((1+888_413_7962))" in invoice and "$399.99" in invoice
    # Lockers carry their own trap script; the refund page opens a modal by itself.
    for site in (s for s in batch if s.category == "scareware"):
        body = site.pages["/"].body_bytes().decode()
        assert "requestPointerLock" in body and "onpopstate" in body, site.domain
    assert (
        "classList.remove('is-hidden')"
        in by["paypal-resolution-refunds.azurewebsites.net"].pages["/"].body_bytes().decode()
    )
    aged = by["seasidekitchenstories.com"]
    assert aged.registration.privacy == "shielded" and (TODAY - aged.registration.updated).days < 30


def test_fourth_batch_honest_pages_quote_prominently(scenario: Scenario) -> None:
    batch = _batch4(scenario)
    scam_numbers = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = [s for s in batch if s.category in ("news", "forum", "warning", "directory", "blog")]
    assert len(quoting) >= 11
    for site in quoting:
        quoted = {n for p in site.pages.values() for n in p.phones} - set(site.phones)
        assert quoted and quoted <= scam_numbers, site.domain
        assert not {n for p in site.pages.values() for n in p.offered} - set(site.phones)
        assert any(p.brands for p in site.pages.values()), site.domain
    for site in (s for s in batch if s.template == "number_page"):
        for path, page in site.pages.items():
            if path.count("/") != 2 or path.endswith(("kontakt", "contact")):
                continue
            html = page.body_bytes().decode()
            (subject,) = page.phones
            assert f'href="tel:{subject}"' in html and f'"identifier": "{subject}"' in html
            assert not page.offered
    for site in (s for s in batch if s.template == "paste_thread"):
        thread = next(
            p for path, p in site.pages.items() if path.count("/") >= 3 and "help" not in path
        )
        pastes = re.findall(
            r'<pre class="paste"><code>(.*?)</code></pre>', thread.body_bytes().decode(), re.S
        )
        assert any(
            national_digits(n) in re.sub(r"\D", "", unicodedata.normalize("NFKC", p))
            or n[1:] in re.sub(r"\D", "", p)
            for p in pastes
            for n in thread.phones
        ), site.domain
    for site in (s for s in batch if s.template == "tv_transcript"):
        html = (
            next(p for path, p in site.pages.items() if path not in ("/", "/contact"))
            .body_bytes()
            .decode()
        )
        cues = " ".join(re.findall(r'<li class="cue">(.*?)</li>', html))
        assert "VideoObject" in html and re.search(r"\d{3}", re.sub(r"\s", "", cues)), site.domain
    kit = next(s for s in batch if s.template == "kit_analysis")
    assert '<pre class="language-html"' in " ".join(
        p.body_bytes().decode() for p in kit.pages.values()
    )
    for site in (s for s in batch if s.template in ("msp_webflow", "repair_chain")):
        remote = next(
            p for path, p in site.pages.items() if "afstand" in path or "fernwartung" in path
        )
        assert "TeamViewer" in remote.body_bytes().decode() and remote.offered, site.domain
    kpn = next(s for s in batch if s.category == "official")
    assert kpn.brands == ("kpn",) and kpn.phones == ("+318000402",)
    # The same Webflow markup under honest and scam sites.
    labels = {
        s.label
        for s in batch
        if any('content="Webflow"' in p.body_bytes().decode() for p in s.pages.values())
    }
    assert labels == {"scam", "legit"}


def test_fourth_batch_wording_placeholders_name_real_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.errors import ConfigError
    from crawler.sandbox.heldout import sites

    good = sites.SITES4.read_text(encoding="utf-8")
    bad = tmp_path / "sites4.toml"
    bad.write_text(good.replace("{h0:split_sub}", "{h3:split_sub}", 1), encoding="utf-8")
    monkeypatch.setattr(sites, "SITES4", bad)
    sites.shared_queries.cache_clear()
    try:
        with pytest.raises(ConfigError, match="h3 names no number"):
            load_heldout(TODAY)
    finally:
        sites.shared_queries.cache_clear()


# --- the fifth batch (sites5.toml: Site.batch == 5) ----------------------------------------

BATCH5_SCAM_TEMPLATES = {
    "ghost_helpdesk", "joomla_helpdesk", "drupal_store_refund", "svg_voice_scan",
    "activation_expired", "icloud_storage", "hugo_printer", "whatsapp_helpdesk",
    "table_1990s", "oxygen_footer",
}  # fmt: skip
BATCH5_LEGIT_TEMPLATES = {
    "pullquote_news", "consumer_forum", "whocalled", "bank_alert", "shop_anydesk",
    "remote_chat", "bank_service", "senior_help", "journalist_post", "printer_shop",
    "club_bulletin", "qa_site",
}  # fmt: skip


def _batch5(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 5]


def test_fifth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch5(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH5_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH5_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 5}
    assert not old & {s.template for s in batch}, "batch 5 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 5 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 5}
    assert {("nl", "NL"), ("de", "DE"), ("fr", "BE"), ("fr", "CH"), ("fi", "FI"), ("en", "GB"),
            ("en", "US"), ("nl", "BE"), ("de", "CH"), ("en", "AU")} <= pairs  # fmt: skip
    assert Counter(s.category for s in scams)["scareware"] == 3
    assert set(LEGIT_CATEGORIES) <= {s.category for s in legit}
    assert sum(1 for s in scams if not s.brands) >= 2, "unbranded computer help"

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    aged = [s for s in scams if not platform_of(s.domain) and age(s) > 8 * 365]
    assert [s.domain for s in aged] == ["pcrescueline.com"]
    reg = aged[0].registration
    assert reg.privacy == "disclosed" and reg.registrant_country == "KN"
    shop = next(s for s in legit if s.template == "shop_anydesk")
    assert 150 < age(shop) < 200 and shop.registration.privacy == "shielded"
    official = next(s for s in legit if s.category == "official")
    assert official.domain == "abnamro.nl" and official.phones == ("+319000024",)
    earlier_official = {
        s.domain for s in scenario.sites if s.category == "official" and s.batch != 5
    }
    assert official.domain not in earlier_official


def test_fifth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch5(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    # WhatsApp only: a wa.me link, never a tel: link.
    wa = " ".join(p.body_bytes().decode() for p in by["pc-hulp-via-whatsapp.nl"].pages.values())
    assert "https://wa.me/31612748395" in wa and "tel:" not in wa
    # The scan page speaks its number, and shows it in SVG <text> and a <marquee>.
    scan = html("norton-scan-results.netlify.app")
    assert "SpeechSynthesisUtterance" in scan and "833-496-1752" in scan
    assert re.search(r"<text [^>]*>Call 1:833:496:1752</text>", scan)
    assert re.search(r"<marquee[^>]*>[^<]*8x3x3x4x9x6x1x7x5x2 USA", scan)
    # Spam forms: ((1+8xx)), fullwidth, %20-encoded, ^ ⊹ : _, UK/AUS/USA hints.
    store = " ".join(
        p.body_bytes().decode() for p in by["microsoftstore-order-refund.com"].pages.values()
    )
    assert "((1+855_724_0391))" in store and "＋１ （８５５） ７２４－０３９１" in store
    assert "%201-888-904-2613" in html(
        "hp-printer-driver-setup.com", "/posts/install-printer-driver/"
    )
    old = html("www.pcrescueline.com")
    for form in (
        "0^8^0^0^2^4^1^7^3^6^8 UK",
        "⊹",
        "1800:473:926 AUS",
        "<blink>",
        'bgcolor="#008080"',
    ):
        assert form in old, form
    assert "0808_196_4527" in html("mcafee-helpdesk-uk.co.uk")
    # Page shells.
    for host, mark in (
        ("computerhulp24-direct.nl", 'content="Ghost 5.82"'),
        ("microsoft-hilfe-telefon.de", "Joomla! - Open Source Content Management"),
        ("microsoftstore-order-refund.com", 'content="Drupal 10'),
        ("hp-printer-driver-setup.com", 'content="Hugo 0.121.1"'),
        ("pc-hulp-via-whatsapp.nl", 'content="Google Sites"'),
        ("hp-printerhulp-nederland.nl", "oxygen-universal-styles-css"),
    ):
        assert mark in html(host), host
    # The Joomla number sits in a sidebar module; the copied footer's VAT number is valid.
    assert re.search(
        r'class="mod-custom[^"]*"[^>]*>.*0800 142 9638', html("microsoft-hilfe-telefon.de"), re.S
    )
    footer = html("hp-printerhulp-nederland.nl")
    vat = re.search(r"NL(\d{9})B01", footer).group(1)
    assert sum(int(d) * w for d, w in zip(vat[:8], range(9, 1, -1), strict=True)) % 11 == int(
        vat[8]
    )
    assert "KvK 08123456" in footer
    # Lockers: batch 5's trap script and the 0x8... code.
    for site in (s for s in _batch5(scenario) if s.category == "scareware"):
        body = site.pages["/"].body_bytes().decode()
        assert "history.go(1)" in body and 'id="snd5" autoplay' in body, site.domain


def test_fifth_batch_honest_pages_quote_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch5(scenario)
    scam_numbers = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = [s for s in batch if s.category in ("news", "forum", "warning", "directory", "blog")]
    assert len(quoting) == 8
    for site in quoting:
        quoted = {n for p in site.pages.values() for n in p.phones} - set(site.phones)
        assert quoted and quoted <= scam_numbers, site.domain
        assert not {n for p in site.pages.values() for n in p.offered} - set(site.phones)
    by = {s.template: s for s in batch}
    news = next(p for path, p in by["pullquote_news"].pages.items() if path.startswith("/digital"))
    pull = re.search(
        r'<blockquote class="pullquote"><p><strong>(.*?)</strong>', news.body_bytes().decode()
    ).group(1)
    assert "0800 142 9638" in pull and "1-833-496-1752" in pull and len(news.phones) == 2
    forum = next(p for path, p in by["consumer_forum"].pages.items() if "/forum/" in path)
    assert 'href="tel:+31853034719"' in forum.body_bytes().decode() and not forum.offered
    for path, page in by["whocalled"].pages.items():
        if path.startswith("/number/"):
            (subject,) = page.phones
            assert f'"telephone": "{subject}"' in page.body_bytes().decode() and not page.offered
    post = next(p for path, p in by["journalist_post"].pages.items() if path.startswith("/2026"))
    assert "8x3x3x4x9x6x1x7x5x2 USA toll free" in re.search(
        r'<pre class="verbatim"><code>(.*?)</code>', post.body_bytes().decode()
    ).group(1)
    senior = by["senior_help"]
    assert set(senior.phones) == {"+31887867372", "+31235674100"}
    shop = by["shop_anydesk"]
    assert "download.anydesk.com" in shop.pages["/hulp-op-afstand"].body_bytes().decode()
    assert shop.phones == ("+3280039127",)
    remote = by["remote_chat"].pages["/fernwartung"].body_bytes().decode()
    assert (
        "TeamViewer" in remote
        and "chat-widget" in remote
        and by["remote_chat"].pages["/fernwartung"].offered
    )


def test_fifth_batch_link_placeholders_name_real_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.errors import ConfigError
    from crawler.sandbox.heldout import sites

    good = sites.SITES5.read_text(encoding="utf-8")
    bad = tmp_path / "sites5.toml"
    bad.write_text(
        good.replace("{tel:q0:spaced_dash}", "{tel:q4:spaced_dash}", 1), encoding="utf-8"
    )
    monkeypatch.setattr(sites, "SITES5", bad)
    sites.shared_queries.cache_clear()
    try:
        with pytest.raises(ConfigError, match="q4 names no number"):
            load_heldout(TODAY)
    finally:
        sites.shared_queries.cache_clear()


# --- the sixth batch (sites6.toml: Site.batch == 6) ----------------------------------------

BATCH6_SCAM_TEMPLATES = {
    "bootstrap_seniors", "tilda_notdienst", "shopify_depannage", "iframe_locker",
    "noscript_account", "newsletter_invoice", "pdf_receipt", "typeform_appleid",
    "wiki_helpline", "carrd_printer", "framer_tietokoneapu", "squarespace_callback",
}  # fmt: skip
BATCH6_LEGIT_TEMPLATES = {
    "regio_krant", "discourse_tel", "quimappele", "notdienst_impressum", "brand_contact",
    "kuluttaja_varoitus", "readme_partner", "medium_research", "library_helpdesk", "ink_faq",
    "senior_itshop", "qa_stack",
}  # fmt: skip


def _batch6(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 6]


def test_sixth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch6(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH6_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH6_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 6}
    assert not old & {s.template for s in batch}, "batch 6 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 6 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 6}
    assert {("nl", "NL"), ("de", "DE"), ("fr", "FR"), ("fi", "FI"), ("en", "GB"),
            ("en", "US"), ("en", "AU")} <= pairs  # fmt: skip
    assert sum(1 for s in scams if not s.brands) == 5, "unbranded computer help"
    assert sum(1 for s in scams if platform_of(s.domain)) == 1

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    aged = [s for s in scams if not platform_of(s.domain) and age(s) > 8 * 365]
    assert [s.domain for s in aged] == ["norton-invoice-desk.com"]
    official = next(s for s in legit if s.category == "official")
    assert official.domain == "amazon.co.uk" and official.phones == ("+448002797234",)
    earlier_official = {
        s.domain for s in scenario.sites if s.category == "official" and s.batch != 6
    }
    assert official.domain not in earlier_official
    for template in ("notdienst_impressum", "senior_itshop"):
        assert age(next(s for s in legit if s.template == template)) < 90, template
    library = next(s for s in legit if s.template == "library_helpdesk")
    assert age(library) > 10 * 365 and library.registration.privacy == "disclosed"


def test_sixth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch6(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_sixth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch6(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    assert 'data-phone="+31853047261"' in html("computerhulp-senioren-direct.nl")
    assert re.search(r'::after\{content:"Hotline: 030 208479315"', html("pc-notdienst-sofort24.de"))
    assert 'href="callto:+33184806732"' in html(
        "depannage-express-informatique.fr", "/products/depannage-express"
    )
    assert "＋３３" in html("depannage-express-informatique.fr", "/pages/contact")
    locker = by["defender-smartscreen-alert-7f3.pages.dev"]
    assert locker.landing.startswith("/?err=")
    assert re.search(r'<iframe [^>]*srcdoc="[^"]*1\^8\^8\^8', html(locker.hosts[0]))
    assert re.search(
        r"<noscript>.*0808_157_0392 UK.*</noscript>", html("amazon-account-lock-help.co.uk")
    )
    invoice = html("norton-invoice-desk.com")
    assert "%201-844-519-6273" in invoice and "((1+844_519_6273))" in invoice
    receipt = html("paypal-resolution-receipt.net")
    assert 'content="pdf2htmlEX"' in receipt and "⊹" in receipt and " AUS" in receipt
    form = html("appleid-tuki-palvelu.com")
    assert "`Kiitos! Soita nyt tukeen: ${cc} ${area} ${sub}`" in form
    assert re.search(r'alt="Skannaa ja soita Apple-tukeen \+358 9 ', form)
    forum = by["community.homepc-helpers.org"]
    thread = next(p for path, p in forum.pages.items() if path.startswith("/t/"))
    assert 'href="tel:+448081570392"' in thread.body_bytes().decode()
    lookup = by["www.quimappelle-annuaire.fr"].pages["/numero/0184806732"].body_bytes().decode()
    assert '"@type": "FAQPage"' in lookup and "+33184806732" in lookup
    news = by["www.stedendriehoek-nieuws.nl"].pages["/regio/nep-computerhulp-ouderen"]
    assert re.search(r"<h1[^>]*>[^<]*085 304 72 61", news.body_bytes().decode())
    assert "<figcaption><strong>" in news.body_bytes().decode()
    assert "DE274618398" in html("pc-notdienst-weber.de", "/impressum")


# --- the seventh batch (sites7.toml: Site.batch == 7) --------------------------------------

BATCH7_SCAM_TEMPLATES = {
    "winupdate_fullscreen", "chrome_critical", "bank_fraudteam", "teams_suspended",
    "norton_refund_chat", "svg_depannage", "details_tuki", "dl_computerhulp",
    "mcafee_countdown", "ruckruf_pchilfe",
}  # fmt: skip
BATCH7_LEGIT_TEMPLATES = {
    "be_actu", "viewtopic_vraagbaak", "wer_ruft_an", "bank_fraud_warning", "msp_remote",
    "printer_repair", "av_reseller", "tv_programme", "qa_answers", "gemeente_senioren",
}  # fmt: skip


def _batch7(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 7]


def test_seventh_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch7(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 20 and len(scams) == 10 and len(legit) == 10
    assert {s.template for s in scams} == BATCH7_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH7_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 7}
    assert not old & {s.template for s in batch}, "batch 7 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 7 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 7}
    assert {("nl", "NL"), ("de", "DE"), ("fr", "FR"), ("fr", "BE"), ("fi", "FI"),
            ("en", "GB"), ("en", "US")} <= pairs  # fmt: skip
    assert sum(1 for s in scams if s.category == "scareware") == 2
    assert sum(1 for s in scams if not s.brands) == 6, "unbranded help and the bank page"

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    aged = [s for s in scams if age(s) > 5 * 365]
    assert [s.domain for s in aged] == ["computerhulp-direct-online.nl"]
    assert all(age(s) < 30 for s in scams if s not in aged)
    bank = next(s for s in legit if s.template == "bank_fraud_warning")
    assert bank.domain == "snsbank.nl" and "+31306333000" in bank.phones
    assert not {s.domain for s in scenario.sites if s.batch != 7} & {"snsbank.nl"}
    assert age(next(s for s in legit if s.template == "msp_remote")) < 90


def test_seventh_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch7(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
    news = next(s for s in batch if s.template == "be_actu")
    assert len({n for p in news.pages.values() for n in p.phones}) == 2
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_seventh_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch7(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    assert re.search(r'aria-valuetext="Call Microsoft Support [^"]*855', html("windows-update-herstel.com"))
    assert re.search(r"<pre class=\"crashlog\">.*\+44 \(0\)", html("chrome-critical-error-fix.co.uk"), re.S)
    assert re.search(r"<td>Fraudeteam SNS</td><td><a href=\"tel:", html("sns-fraudeteam-beveiliging.nl"))
    assert re.search(r"<dialog open[^>]*>.*069 ", html("teams-konto-entsperren.de"), re.S)
    assert '"callback": "+18889417325"' in html("norton-refund-livechat.com")
    assert re.search(r"<svg [^>]*><text [^>]*>\+33 \(0\)1 85", html("assistance-pc-rapide.fr"))
    assert re.search(r"<details><summary>.*09 ", html("atk-tuki-heti.fi"), re.S)
    assert "<dt>Telefoon</dt><dd>085 - " in html("computerhulp-direct-online.nl")
    assert '<span class="step-phone">(844) 730-2619</span>' in html("mcafee-renewal-centre.com")
    assert re.search(r"<figcaption>Sofort-Hotline 089-", html("pc-hilfe-rueckruf24.de"))


# --- the eighth batch (sites8.toml: Site.batch == 8) ---------------------------------------

BATCH8_SCAM_TEMPLATES = {
    "wp_hulp_op_afstand", "js_number_locker", "ms_de_copied_footer",
    "fr_renouvellement_facture", "netlify_driver_support", "be_bank_helpdesk",
}  # fmt: skip
BATCH8_LEGIT_TEMPLATES = {
    "nl_krant_waarschuwing", "en_victim_thread", "de_rufnummer_radar", "nl_reparatie_winkel",
    "uni_it_servicedesk", "fr_operateur_assistance",
}  # fmt: skip


def _batch8(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 8]


def test_eighth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch8(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 12 and len(scams) == 6 and len(legit) == 6
    assert {s.template for s in scams} == BATCH8_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH8_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 8}
    assert not old & {s.template for s in batch}, "batch 8 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 8 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_numbers = {
        n for s in scenario.sites if s.batch != 8 for p in s.pages.values() for n in p.phones
    }
    assert not old_numbers & {n for s in batch for p in s.pages.values() for n in p.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 8}
    assert {("nl", "NL"), ("nl", "BE"), ("de", "DE"), ("fr", "FR"), ("en", "GB"),
            ("en", "US")} <= pairs  # fmt: skip
    assert sum(1 for s in scams if s.category == "scareware") == 1
    assert [s.brands for s in scams if s.brands] == [("microsoft",)]
    assert sum(1 for s in batch if platform_of(s.hosts[0])) == 1

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert [s.domain for s in own if age(s) > 365] == ["computerhulpopafstand-nu.nl"]
    assert all(age(s) < 30 for s in own if age(s) <= 365)
    assert age(next(s for s in legit if s.template == "nl_reparatie_winkel")) < 90
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}


def test_eighth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch8(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
    news = next(s for s in batch if s.template == "nl_krant_waarschuwing")
    assert len({n for p in news.pages.values() for n in p.phones}) == 2
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_eighth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch8(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    wp = html("computerhulpopafstand-nu.nl")
    assert 'content="WordPress' in wp and "/wp-content/" in wp
    assert "+31 85 263 9147" in wp and 'href="tel:0852639147"' in wp
    locker = html("pc-blocked-warning.com")
    assert "08081964273" not in static(locker) and "448081964273" not in static(locker)
    assert re.search(r"<script>.*\[\"080\".*textContent", locker, re.S)
    ms = html("microsoft-hilfe-kundendienst.de")
    assert "© Microsoft 2026 · Datenschutz · Impressum" in ms and ">0800 7264391</a>" in ms
    fr = html("annulation-abonnement-securinet.fr")
    assert "renouvelé pour 399,99 €, appelez pour annuler" in fr and "<b>09 74 18 52 63</b>" in fr
    spans = html("printer-driver-setup-help.netlify.app")
    assert '<span class="ph-a">1-8</span><span class="ph-b">77-</span>' in spans
    assert "1-877-539-2046" not in spans
    be = html("kbc-helpdesk-beveiliging.be")
    assert "078 15 39 42" in be and "AnyDesk" in be and 'href="tel:+3278153942"' in be
    assert "085 263 91 47" in html("www.dagblad-vechtdal.nl")
    assert "0808-196-4273" in html("community.pcrescue-forums.co.uk")
    assert "/nummer/08007264391" in by["www.rufnummer-radar.de"].pages
    shop = html("www.pc-werkplaats-amersfoort.nl")
    assert "033 - 462 18 70" in shop and "KvK " in shop and "3817 KE Amersfoort" in shop
    uni = html("itservices.brackenridge.ac.uk", "/help/remote-support")
    assert "+44 (0) 116 257 4800" in uni and "/downloads/remote-support-client-" in uni
    assert ">01 76 35 42 00</a>" in html("assistance.telmaris.fr")


# --- the ninth batch (sites9.toml: Site.batch == 9) ----------------------------------------

BATCH9_SCAM_TEMPLATES = {
    "nl_ziggo_storing", "be_apple_banniere", "fi_defender_lukitus", "nl_outlook_kennisbank",
    "ch_fernwartung_spans", "us_hp_setup_wizard", "gb_norton_autorenew", "au_browser_locker_data",
}  # fmt: skip
BATCH9_LEGIT_TEMPLATES = {
    "fi_foorumi_ketju", "nl_wiebelde_lijst", "fi_tietokonepaja", "be_banque_fraude",
    "au_courier_article", "gb_village_repair", "fr_gen_contact_norton", "us_msp_services",
}  # fmt: skip


def _batch9(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 9]


def test_ninth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch9(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 16 and len(scams) == 8 and len(legit) == 8
    assert {s.template for s in scams} == BATCH9_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH9_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 9}
    assert not old & {s.template for s in batch}, "batch 9 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 9 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_numbers = {
        n for s in scenario.sites if s.batch != 9 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 9}
    assert {("nl", "NL"), ("fr", "BE"), ("de", "CH"), ("fi", "FI"), ("en", "US"),
            ("en", "GB"), ("en", "AU"), ("fr", "FR")} <= pairs  # fmt: skip
    assert sum(1 for s in scams if s.category == "scareware") == 2
    assert sorted(b for s in scams for b in s.brands) == [
        "apple", "hp", "microsoft", "microsoft", "norton", "ziggo",
    ]  # fmt: skip
    assert sum(1 for s in scams if not s.brands) == 2, "unbranded remote help and a locker"
    assert [s.hosts[0] for s in batch if platform_of(s.hosts[0])] == [
        "browser-security-alert-au.pages.dev"
    ]

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert [s.domain for s in own if age(s) > 365] == ["fernwartung-pc-soforthilfe.ch"]
    assert all(age(s) < 30 for s in own if age(s) <= 365)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert any(s.registration.privacy_service for s in own)
    assert age(next(s for s in legit if s.template == "gb_village_repair")) < 90
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    official = next(s for s in legit if s.category == "official")
    assert official.domain == "gendigital.com" and official.phones == (genuine()["norton_fr"],)
    assert official.domain not in {
        s.domain for s in scenario.sites if s.category == "official" and s.batch != 9
    }


def test_ninth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch9(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 4
    lookup = next(s for s in batch if s.template == "nl_wiebelde_lijst")
    assert len({n for p in lookup.pages.values() for n in p.phones}) == 2
    bank = next(s for s in batch if s.template == "be_banque_fraude")
    page = bank.pages["/fr/securite/fraude-faux-helpdesk"]
    assert set(page.offered) == {"+3222221202"} and set(page.phones) == {
        "+3222221202",
        "+3278486219",
    }
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_ninth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch9(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    ziggo = html("ziggo-internet-hulpdienst.nl")
    assert '"telephone": "085-2107736"' in ziggo and 'href="tel:0852107736"' in ziggo
    assert "0852107736" not in static(ziggo) and "KvK " in ziggo
    apple = html("assistance-icloud-apple.be")
    assert 'alt="Assistance Apple – appelez le 078 48 62 19, 7j/7"' in apple
    assert "078486219" not in static(apple) and "trustpilot-widget" in apple
    fi = html("windows-tietoturvakeskus-varoitus.com")
    assert "０８００ ４１３７２５" in fi and "0800" not in fi and "speechSynthesis" in fi
    assert "088.217.04.93" in html("outlook-hulplijn-nederland.nl")
    ch = html("fernwartung-pc-soforthilfe.ch")
    assert '<b class="z0">08</b><span class="z1">00 5</span><i class="z2">51 </i>' in ch
    assert "0800 551 274" not in ch
    hp = html("123hp-setup-printer-help.com")
    assert "<title>123 HP Printer Setup | Call 1.888.551.4927</title>" in hp
    assert "+1 (888) 551-4927" in hp
    assert "<strong>0-800-048-9153 UK</strong>" in html("norton-autorenew-cancel.co.uk")
    au = html("browser-security-alert-au.pages.dev")
    assert '<i class="seg" data-seg="1800"></i><i class="seg" data-seg="731"></i>' in au
    assert "1800731592" not in static(au) and "dataset.seg" in au
    assert "0800413725" in html(
        "keskustelu.tietoturvafoorumi.fi", "/d/4009-koko-nayton-varoitus-tietokoneesi-on-estetty"
    )
    lookup = by["www.wiebeldemijdaar.nl"].pages
    assert {"/nummer/0852107736", "/nummer/0882170493"} <= set(lookup)
    assert "<strong>078 48 62 19</strong>" in html(
        "www.belfius.be", "/fr/securite/fraude-faux-helpdesk"
    )
    assert "1800 731 592" in html(
        "www.southcoastcourier.com.au", "/news/local/pensioner-loses-4000-to-browser-pop-up-scam"
    )
    kallio = html("www.tietokonepaja-kallio.fi")
    assert "09 251 7480" in kallio and "get.teamviewer.com/" in kallio and "Y-tunnus" in kallio
    shop = html("www.tynevalley-pcrepair.co.uk")
    assert "01434 607215" in shop and "get.teamviewer.com/" in shop and "NE46 1PQ" in shop
    norton = html("www.gendigital.com", "/fr/contact/assistance-norton")
    assert "+33 (0)1 73 01 84 99" in norton and 'href="tel:+33173018499"' in norton
    msp = html("www.ridgeline-it.com")
    assert "(503) 362-4180" in msp and "ScreenConnect" in msp


# --- the tenth batch (sites10.toml: Site.batch == 10) --------------------------------------

BATCH10_SCAM_TEMPLATES = {
    "us_paypal_charge_notice", "de_ing_sperre_css", "nl_wix_computerhulp", "fr_mcafee_godaddy",
    "de_icloud_jimdo", "ja_keikoku_kanji", "gb_weebly_printer_offline",
}  # fmt: skip
BATCH10_LEGIT_TEMPLATES = {
    "de_ing_warnhinweis", "fr_forum_invision", "ch_msp_anydesk", "be_depanneur_gsm",
    "us_ledger_scam_story", "ja_denwa_navi", "us_vendor_billing_faq", "nl_instantink_contact",
    "be_bib_digitaal",
}  # fmt: skip


def _batch10(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 10]


def test_tenth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch10(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 16 and len(scams) == 7 and len(legit) == 9
    assert {s.template for s in scams} == BATCH10_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH10_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 10}
    assert not old & {s.template for s in batch}, "batch 10 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 10 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_numbers = {
        n for s in scenario.sites if s.batch != 10 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 10}
    assert {("en", "US"), ("de", "DE"), ("nl", "NL"), ("fr", "FR"), ("ja", "JP"), ("en", "GB"),
            ("de", "CH"), ("fr", "BE"), ("nl", "BE")} <= pairs  # fmt: skip
    assert [s.hosts[0] for s in scams if s.category == "scareware"] == [
        "security-keikoku-center.com"
    ]
    assert sorted(b for s in scams for b in s.brands) == [
        "apple", "brother", "ing", "mcafee", "microsoft", "paypal",
    ]  # fmt: skip
    assert [s.hosts[0] for s in scams if not s.brands] == ["pchulp-thuisservice.nl"]
    assert [s.hosts[0] for s in batch if platform_of(s.hosts[0])] == [
        "brother-printer-offline-uk.weebly.com"
    ]

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert [s.domain for s in own if age(s) > 365] == ["pchulp-thuisservice.nl"]
    aged = next(s for s in own if s.domain == "pchulp-thuisservice.nl")
    assert (TODAY - aged.registration.updated).days < 30, "an aged name bought lately"
    assert all(age(s) < 30 for s in own if age(s) <= 365)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "PrivacyGuardian.org llc",
        "Withheld for Privacy ehf",
        "Super Privacy Service LTD c/o Dynadot",
    }
    msp = next(s for s in legit if s.template == "ch_msp_anydesk")
    assert 60 < age(msp) < 180, "the IT partner's own domain is a few months old"
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    official = next(s for s in legit if s.category == "official")
    assert official.domain == "hpconnected.com" and official.phones == (genuine()["hp_nl"],)
    assert official.domain not in {
        s.domain for s in scenario.sites if s.category == "official" and s.batch != 10
    }


def test_tenth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch10(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 4
    lookup = next(s for s in batch if s.template == "ja_denwa_navi")
    assert {n for p in lookup.pages.values() for n in p.phones} == {"+815031876624"}
    bank = next(s for s in batch if s.template == "de_ing_warnhinweis")
    page = bank.pages["/kundenservice/sicherheit/aktuelle-warnungen/"]
    assert set(page.offered) == {"+496950500105"} and set(page.phones) == {
        "+496950500105",
        "+496925783341",
    }
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_tenth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch10(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    paypal = html("paypal-resolution-billing.com")
    assert "<b>+1 (eight55) 604-3318</b>" in paypal and 'href="tel:+18556043318"' in paypal
    assert "8556043318" not in static(paypal)
    ing = html("ing-konto-entsperrung.de")
    assert '.hotline::after{content:"069 / 2578 3341"}' in ing and 'href="tel:06925783341"' in ing
    assert "06925783341" not in static(ing) and "AnyDesk" in ing
    wix = html("pchulp-thuisservice.nl")
    assert "<strong>((085))-303-19-47</strong>" in wix and "Wix.com Website Builder" in wix
    split = '<span style="font-weight:bold;">085</span></span><span class="wixui-rich-text__text"> 303 </span>'
    assert split in wix
    assert "Thuiswinkel Waarborg" in wix and "KvK " in wix
    mcafee = html("mcafee-assistance-france.com")
    assert '"telephone": "+33 9 70 73 12 58"' in mcafee and "Appelez le 09.70.73.12.58" in mcafee
    assert 'data-aid="HEADER_PHONE_RENDERED"' in mcafee
    apple = html("icloud-kundendienst-hilfe.de")
    assert "0800 / 182 44 93 (kostenfrei aus DE)" in apple and "+49 (0) 800 1824493" in apple
    assert "j-module" in apple
    ja = html("security-keikoku-center.com")
    assert "〇五〇‐三一八七‐六六二四" in ja and 'var t=["050", "3187", "6624"]' in ja
    assert "05031876624" not in static(ja) and "fillText" in ja
    gb = html("brother-printer-offline-uk.weebly.com")
    assert "<title>Brother Printer Offline UK ☎ ((0808))-164-2297</title>" in gb
    assert "Call 0808 164 2297 UK toll free" in gb and "wsite-" in gb
    assert "<strong>069 25783341</strong>" in html(
        "www.ing.de", "/kundenservice/sicherheit/aktuelle-warnungen/"
    )
    forum = by["forum.astuces-pc.fr"]
    thread = next(p for p in forum.pages if p.startswith("/topic/"))
    assert "09.70.73.12.58" in html("forum.astuces-pc.fr", thread) and "ipsComment" in html(
        "forum.astuces-pc.fr", thread
    )
    assert "(855) 604-3318" in html(
        "www.miamivalleyledger.com",
        "/news/local/2026/02/28/fake-paypal-invoice-scam-call-to-cancel-kettering-woman",
    )
    assert "/tel/05031876624" in by["www.denwabango-navi.com"].pages
    assert "050-3187-6624 の電話番号情報" in html("www.denwabango-navi.com", "/tel/05031876624")
    msp = html("www.limmatnet-it.ch")
    assert "044 552 71 90" in msp and ".my.anydesk.com/" in msp and "UID CHE-" in msp
    michel = html("www.michel-depanne-pc.be")
    assert "0475 38 61 92" in michel and "RustDesk" in michel and "BCE " in michel
    faq = html("www.cobaltline.com", "/support/billing-faq")
    assert "1-877-240-7716" in faq and "30-day money-back guarantee" in faq
    hp = html("instantink.hpconnected.com", "/nl/nl/contact")
    assert 'HP Support Telefoonnummer: <a href="tel:+31207219239">020-7219239</a>' in hp
    bib = html("www.bibliotheek-nethedal.be", "/digitale-hulp")
    assert "014 51 72 30" in bib and "Hulp op afstand" in bib


# --- the eleventh batch (sites11.toml: Site.batch == 11) -----------------------------------

BATCH11_SCAM_TEMPLATES = {
    "nl_zendesk_copenhagen", "fi_kotisivukone_etatuki", "chfr_apple_webnode",
    "gb_govuk_safe_account", "nl_factuur_moneybird", "de_defender_dataattr",
    "nl_nummergids_doorschakel",
}  # fmt: skip
BATCH11_LEGIT_TEMPLATES = {
    "nl_kadence_boekhouder", "nl_kadence_pcwinkel", "nl_dnn_ict_bedrijf",
    "de_zeitung_polizeibericht", "gb_lemmy_thread", "be_nummerzoeker_fiche",
    "us_hpsmart_contact", "fi_konehuolto_shop",
}  # fmt: skip


def _batch11(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 11]


def test_eleventh_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch11(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 16 and len(scams) == 8 and len(legit) == 8
    assert {s.template for s in scams} == BATCH11_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH11_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 11}
    assert not old & {s.template for s in batch}, "batch 11 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 11 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_numbers = {
        n for s in scenario.sites if s.batch != 11 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 11}
    assert {("nl", "NL"), ("fi", "FI"), ("fr", "CH"), ("en", "GB"), ("de", "DE"), ("nl", "BE"),
            ("en", "US")} <= pairs  # fmt: skip
    assert [s.hosts[0] for s in scams if s.category == "scareware"] == ["systemschutz-alarm.de"]
    campaign = [s for s in scams if s.campaign == "zendesk-helpcentrum-nl"]
    assert sorted(s.brands for s in campaign) == [("microsoft",), ("norton",)]
    assert {s.template for s in campaign} == {"nl_zendesk_copenhagen"}
    assert len({s.phones for s in campaign}) == 1, "one campaign, one number"
    assert sorted(s.hosts[0] for s in scams if not s.brands) == [
        "etatuki-kotiapu.fi", "safeshield-verlengingen.nl", "uk-fraud-prevention-centre.com",
    ]  # fmt: skip
    directory = next(s for s in scams if s.template == "nl_nummergids_doorschakel")
    assert directory.brands == ("apple", "kpn", "microsoft", "ziggo") and len(directory.phones) == 1
    assert not [s for s in batch if platform_of(s.hosts[0])]

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert [s.domain for s in own if age(s) > 365] == ["etatuki-kotiapu.fi"]
    aged = next(s for s in own if s.domain == "etatuki-kotiapu.fi")
    assert (TODAY - aged.registration.updated).days < 30, "an aged name bought lately"
    assert all(age(s) < 30 for s in own if age(s) <= 365)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Withheld for Privacy ehf",
        "Domains By Proxy, LLC",
        "PrivacyGuardian.org llc",
    }
    ict = next(s for s in legit if s.template == "nl_dnn_ict_bedrijf")
    assert age(ict) > 10 * 365, "the established IT company's name is old"
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    official = next(s for s in legit if s.category == "official")
    assert official.domain == "hpsmart.com" and official.phones == (genuine()["hp_us"],)
    assert official.domain not in {
        s.domain for s in scenario.sites if s.category == "official" and s.batch != 11
    }


def test_eleventh_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch11(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 3
    by = {s.template: s for s in batch}
    assert {n for p in by["be_nummerzoeker_fiche"].pages.values() for n in p.phones} == {
        "+31852013318"
    }
    assert {n for p in by["gb_lemmy_thread"].pages.values() for n in p.phones} == {"+442039984417"}
    assert {n for p in by["de_zeitung_polizeibericht"].pages.values() for n in p.phones} == {
        "+498005893127"
    }
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_eleventh_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch11(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    ms = html("windows-helpdesk-nederland.com")
    norton = html("norton-klantenservice-nl.com")
    assert "<strong>085 - 401 27 63</strong>" in ms and 'href="tel:0854012763"' in ms
    assert "<strong>+31 (0)85 401 27 63</strong>" in norton
    assert '"telephone": "+31 85 401 2763"' in norton and "ld+json" not in ms
    for page in (ms, norton):
        assert "blocks-item-link" in page and "static.zdassets.com/ekr/snippet.js" in page
    fi = html("etatuki-kotiapu.fi")
    assert "０９ ４２５０ ７１８６" in fi and 'href="tel:+358942507186"' in fi
    assert "Kotisivukone" in fi
    ch = html("assistance-appleid-romandie.ch")
    assert "022.518.40.73" in ch and "+41 (0)22 518 40 73" in ch and 'href="tel:0225184073"' in ch
    assert "Webnode" in ch
    gb = html("uk-fraud-prevention-centre.com")
    assert '<span class="nfpu-digits">020</span> <span class="nfpu-digits">3998</span>' in gb
    assert "zero two zero, three nine nine eight, four four one seven" in gb
    assert 'href="tel:+442039984417"' in gb and "AnyDesk" in gb and "govuk-" in gb
    assert "020 3998 4417" not in gb and "02039984417" not in gb
    inv = html("safeshield-verlengingen.nl")
    assert "<strong>O85 2O1 3318</strong>" in inv and 'href="tel:0852013318"' in inv
    assert "0852013318" not in static(inv) and "Moneybird" in inv
    de = html("systemschutz-alarm.de")
    assert 'data-hotline="+49 800 5893127"' in de and "getAttribute('data-hotline')" in de
    assert "8005893127" not in static(de)
    gids = html("klantenservice-nummers-gids.nl")
    assert gids.count("<b>085-0605294</b>") == 4 and gids.count('href="tel:0850605294"') == 4
    for name in ("KPN", "Ziggo", "Microsoft", "Apple"):
        assert f"Bel {name} klantenservice" in gids
    shell = re.compile(r'class="[^"]*(?:wp-block-kadence-[a-z]+|site-header-[a-z-]+)')
    books = html("www.administratiekantoor-hesselink.nl")
    shop = html("www.pcpunt-zwolle.nl")
    assert set(shell.findall(books)) == set(shell.findall(shop)) and "code.tidio.co" in books
    assert "code.tidio.co" in shop and "038 421 7730" in books and "038 453 9102" in shop
    ict = html("www.vanderlinden-ict.nl")
    assert "030 - 231 66 45" in ict and "__VIEWSTATE" in ict and "DnnModule" in ict
    for words in ("Hulp op afstand", "7 dagen per week", "monteurs"):
        assert words in ict, words
    news = by["www.weserland-anzeiger.de"]
    article = next(p for p in news.pages if p.startswith("/lokales/"))
    assert "0800 5893127" in html("www.weserland-anzeiger.de", article)
    forum = by["talk.scamsafe.org.uk"]
    thread = next(p for p in forum.pages if p.startswith("/post/"))
    assert "020 3998 4417" in html("talk.scamsafe.org.uk", thread)
    assert "comment-node" in html("talk.scamsafe.org.uk", thread)
    assert "/nummer/0852013318" in by["www.nummerzoeker.be"].pages
    assert "Wie belt er met 085 201 3318?" in html("www.nummerzoeker.be", "/nummer/0852013318")
    hp = html("www.hpsmart.com", "/us/en/support/contact")
    assert '<a href="tel:+18009991148">(800) 999-1148</a>' in hp
    shop_fi = html("www.tampereen-konehuolto.fi")
    assert "03 225 4817" in shop_fi and "Y-tunnus " in shop_fi


# --- the twelfth batch (sites12.toml: Site.batch == 12) -----------------------------------

BATCH12_SCAM_TEMPLATES = {
    "nl_webflow_apple_trust", "nl_nextjs_icloud_js", "au_ghost_pc_experts", "ja_locker_speech",
    "fi_blogger_apple_tuki", "chfr_jimdo_reprise", "befr_odoo_remboursement",
    "de_typo3_ing_sicherheit",
}  # fmt: skip
BATCH12_LEGIT_TEMPLATES = {
    "befr_journal_arnaque", "ja_qa_chiebukuro", "de_rueckwaerts_nummer", "gb_hubspot_msp",
    "nl_shopify_dawn_koffie", "fr_divi_depannage_rennes", "de_ing_hilfe_sicherheit",
    "fi_drupal_seniorinetti",
}  # fmt: skip


def _batch12(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 12]


def test_twelfth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch12(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 16 and len(scams) == 8 and len(legit) == 8
    assert {s.template for s in scams} == BATCH12_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH12_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 12}
    assert not old & {s.template for s in batch}, "batch 12 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 12 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 12}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 12 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 12}
    assert {("nl", "NL"), ("en", "AU"), ("en", "GB"), ("de", "DE"), ("fr", "CH"), ("fr", "BE"),
            ("fr", "FR"), ("fi", "FI"), ("ja", "JP")} <= pairs  # fmt: skip
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in batch
        for p in s.pages.values()
    }
    assert langs == {"nl", "en", "de", "fr", "fi", "ja"}
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["windows-anzen-keikoku.xyz"]
    assert lockers[0].brands == ("microsoft",) and list(lockers[0].pages) == ["/"]
    campaign = [s for s in scams if s.campaign == "apple-herstel-020"]
    assert sorted(s.template for s in campaign) == ["nl_nextjs_icloud_js", "nl_webflow_apple_trust"]
    assert {s.brands for s in campaign} == {("apple",)}
    assert {s.phones for s in campaign} == {("+31208084152",)}, "one campaign, one number"
    assert [s.hosts[0] for s in scams if not s.brands] == ["pchelp-experts-australia.com"]
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "applen-tuki-suomi.blogspot.com"
    ]

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert [s.domain for s in own if age(s) > 365] == ["atelier-informatique-morges.ch"]
    aged = next(s for s in own if s.domain == "atelier-informatique-morges.ch")
    assert age(aged) > 10 * 365 and (TODAY - aged.registration.updated).days < 14
    assert all(age(s) < 30 for s in own if s is not aged)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Withheld for Privacy ehf",
        "Super Privacy Service LTD c/o Dynadot",
    }
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    assert all(age(s) > 5 * 365 for s in legit), "the honest names are old"
    renewed = next(s for s in legit if s.domain == "kuopionseniorinetti.fi")
    assert age(renewed) > 15 * 365 and (TODAY - renewed.registration.updated).days <= 3
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "pc-secours-rennes.fr" and age(repair) > 15 * 365
    official = next(s for s in legit if s.category == "official")
    assert official.domain == "ing-diba.de" and official.phones == ("+4969342224",)
    assert official.domain not in {s.domain for s in scenario.sites if s.batch != 12}
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {
        "+441173250419", genuine()["microsoft_gb"], genuine()["apple_gb"]
    }  # fmt: skip


def test_twelfth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch12(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 3
    by = {s.template: s for s in batch}
    for template, number in (
        ("befr_journal_arnaque", "+3228084173"),
        ("ja_qa_chiebukuro", "+815055328841"),
        ("de_rueckwaerts_nummer", "+496995092714"),
    ):
        assert {n for p in by[template].pages.values() for n in p.phones} == {number}, template
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_twelfth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch12(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    trust = html("applesupport-helpdesk.nl")
    assert '<strong class="phone-big">020 - 808 41 52</strong>' in trust
    assert "+31 (0)20 808 41 52" in trust and 'href="tel:0208084152"' in trust
    for words in ("KvK ", "BTW NL", "Algemene voorwaarden", "Privacybeleid", "sinds 2009",
                  "2.317 beoordelingen", "Thuiswinkel Waarborg", "data-wf-site=", "Webflow"):  # fmt: skip
        assert words in trust, words
    spa = by["icloud-herstel-nl.com"]
    home = html("icloud-herstel-nl.com")
    assert '"d": ["020", "808", "41", "52"]' in home and "__NEXT_DATA__" in home
    assert "0208084152" not in static(home) and "join(d.sep)" in home
    assert "/herstel?tel=0208084152" in spa.pages
    landing = html("icloud-herstel-nl.com", "/herstel?tel=0208084152")
    assert "0208084152" not in re.sub(r"\D", "", landing) and "get('tel')" in landing
    au = html("pchelp-experts-australia.com")
    assert "<strong>1800 958 274 AUS</strong>" in au and "1-800-958-274" in au
    assert 'href="tel:+611800958274"' in au and "gh-head" in au and "kg-callout-card" in au
    ja = html("windows-anzen-keikoku.xyz")
    assert "０５０－５５３２－８８４１" in ja and "<title>Windows セキュリティ警告 (050-5532-8841)" in ja
    assert "SpeechSynthesisUtterance" in ja and "ja-JP" in ja and "Microsoft" in ja
    fi = html("applen-tuki-suomi.blogspot.com")
    assert "09 7532 6418" in fi and "00358 9 75326418" in fi
    assert '<a href="tel:+358975326418">+358 9 7532 6418</a>' in fi and "blog-posts hfeed" in fi
    ch = html("atelier-informatique-morges.ch")
    assert 'alt="Assistance Windows – appelez le 021 588 07 36"' in ch
    assert "0041 21 588 07 36" in ch and 'href="tel:0215880736"' in ch
    assert "© 2011–2019" in ch and "Jimdo" in ch and "j-module" in ch
    be = html("mcafee-remboursement.be")
    assert "<strong>02/808.41.73</strong>" in be and "+32 (0)2 808 41 73" in be
    assert 'href="tel:028084173"' in be and "AnyDesk" in be and "o_header_standard" in be
    de = html("ing-sicherheitsdesk.de")
    assert "<strong>069 / 9509 2714</strong>" in de and "+49 (0) 69 95092714" in de
    assert 'href="tel:06995092714"' in de and "TYPO3 CMS" in de and "ce-bodytext" in de
    news = by["www.gazette-du-brabant.be"]
    article = next(p for p in news.pages if p.startswith("/regions/"))
    page = html("www.gazette-du-brabant.be", article)
    assert "02 808 41 73" in page and "+32 2 808 41 73" in page and "NewsArticle" in page
    qa = by["oshiete-pc-soudan.com"]
    thread = next(p for p in qa.pages if p.startswith("/qa/question_detail/"))
    page = html("oshiete-pc-soudan.com", thread)
    assert "050-5532-8841" in page and "05055328841" in page and "ClapLv2Answer" in page
    assert "/rufnummer/06995092714" in by["www.werhatangerufen-rufnummer.de"].pages
    page = html("www.werhatangerufen-rufnummer.de", "/rufnummer/06995092714")
    assert "Wer hat angerufen von 069 95092714?" in page and "+49 69 95092714" in page
    msp = html("www.severnbridge-it.co.uk")
    assert '<a href="tel:+448000326417">0800 032 6417</a>' in msp
    assert '<a href="tel:+448001076285">0800 107 6285</a>' in msp
    assert '<a href="tel:+441173250419">0117 325 0419</a>' in msp and "hs-script-loader" in msp
    shop = html("www.koffiebranderij-demolen.nl")
    assert '<a href="tel:0306881240">030 - 688 12 40</a>' in shop
    assert '"telephone": "+31 30 688 1240"' in shop and "ShopifyChat" in shop
    assert '"name":"Dawn"' in shop
    rennes = html("www.pc-secours-rennes.fr")
    assert '<a href="tel:+33299385412">02 99 38 54 12</a>' in rennes and "depuis 2008" in rennes
    assert "TeamViewerQS.exe" in rennes and "et_pb_section" in rennes
    ing = html("www.ing-diba.de", "/kundenservice/sicherheit-im-banking/")
    assert '<a href="tel:+4969342224">069 / 34 22 24</a>' in ing
    club = html("www.kuopionseniorinetti.fi")
    assert "<strong>017 261 5840</strong>" in club and "Drupal 7" in club


# --- the thirteenth batch (sites13.toml: Site.batch == 13) --------------------------------

BATCH13_SCAM_TEMPLATES = {
    "ie_squarespace_ms_trust", "ie_aspnet_outlook_js", "at_locker_slash", "vl_zyro_hp_printer",
    "fi_bootstrap_norton_hyvitys", "us_generatepress_techs", "ja_cocoon_apple_support",
    "fr_hacked_creperie_wp",
}  # fmt: skip
BATCH13_LEGIT_TEMPLATES = {
    "at_bezirk_zeitung", "fi_phpbb_norton_ketju", "ja_bangou_kensaku", "vl_politie_waarschuwing",
    "nl_umbraco_itbeheer", "ie_wix_bikeshop", "us_godaddy_pc_repair", "befr_bibliotheque_epn",
}  # fmt: skip


def _batch13(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 13]


def test_thirteenth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch13(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 16 and len(scams) == 8 and len(legit) == 8
    assert {s.template for s in scams} == BATCH13_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH13_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 13}
    assert not old & {s.template for s in batch}, "batch 13 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 13 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 13}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 13 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 13}
    assert {("nl", "NL"), ("nl", "BE"), ("en", "IE"), ("en", "US"), ("de", "AT"), ("fr", "FR"),
            ("fr", "BE"), ("fi", "FI"), ("ja", "JP")} <= pairs  # fmt: skip
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in batch
        for p in s.pages.values()
    }
    assert langs == {"nl", "en", "de", "fr", "fi", "ja"}
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["pc-gesperrt-alarm.at"]
    assert lockers[0].brands == ("microsoft",) and list(lockers[0].pages) == ["/"]
    campaign = [s for s in scams if s.campaign == "ms-ireland-01"]
    assert sorted(s.template for s in campaign) == ["ie_aspnet_outlook_js", "ie_squarespace_ms_trust"]
    assert {s.brands for s in campaign} == {("microsoft",)}
    assert {s.phones for s in campaign} == {("+35314438127",)}, "one campaign, one number"
    assert [s.hosts[0] for s in scams if not s.brands] == ["pcfix-technicians-usa.com"]
    assert sorted(b for s in scams for b in s.brands) == [
        "apple", "hp", "microsoft", "microsoft", "microsoft", "microsoft", "norton",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "outlook-recovery-ie.azurewebsites.net"
    ]
    spa = next(s for s in scams if s.template == "ie_aspnet_outlook_js")
    assert spa.landing.startswith("/?nr=00353") and spa.registration.created.year <= 2020

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert [s.domain for s in own if age(s) > 365] == ["creperie-ty-breizh-quimper.fr"]
    hacked = next(s for s in own if s.domain == "creperie-ty-breizh-quimper.fr")
    assert age(hacked) > 10 * 365 and (TODAY - hacked.registration.updated).days > 100, (
        "a hacked site keeps its owner's registration"
    )
    assert not hacked.pages["/"].phones and hacked.pages["/"].brands == ("microsoft",)
    assert hacked.pages["/assistance-microsoft-france/"].offered == ("+33184881729",)
    assert all(age(s) < 30 for s in own if s is not hacked)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Domains By Proxy, LLC",
        "Withheld for Privacy ehf",
        "PrivacyGuardian.org llc",
    }
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    assert all(age(s) > 5 * 365 for s in legit), "the honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "millercreekpc.com" and age(repair) > 15 * 365
    assert repair.registration.privacy == "disclosed"
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {
        "+31302718845", genuine()["hp_nl"], genuine()["apple_nl"], genuine()["google_nl"]
    }  # fmt: skip
    assert not [s for s in legit if s.category == "official"]


def test_thirteenth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch13(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 4
    by = {s.template: s for s in batch}
    for template, number in (
        ("at_bezirk_zeitung", "+43126504417"),
        ("fi_phpbb_norton_ketju", "+358942517730"),
        ("ja_bangou_kensaku", "+81120957318"),
        ("vl_politie_waarschuwing", "+3225881463"),
    ):
        assert {n for p in by[template].pages.values() for n in p.phones} == {number}, template
        assert not by[template].phones, template
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_thirteenth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch13(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    trust = html("microsoftsupport-ireland.ie")
    assert "<strong>(01) 443 8127</strong>" in trust and "+353 (0)1 443 8127" in trust
    assert 'href="tel:014438127"' in trust and "This is Squarespace." in trust
    for words in ("CRO ", "VAT IE", "Terms &amp; Conditions", "Privacy Policy", "since 2011",
                  "1,904 reviews", "Complaints procedure", "sqs-block-html"):  # fmt: skip
        assert words in trust, words
    azure = by["outlook-recovery-ie.azurewebsites.net"]
    home = html("outlook-recovery-ie.azurewebsites.net")
    assert 'var lnParts = ["01", "443", "8127"];' in home and "__VIEWSTATE" in home
    assert "014438127" not in static(home) and "lnParts.join('')" in home
    landing = html(azure.hosts[0], azure.landing)
    assert "35314438127" not in re.sub(r"\D", "", landing) and "get('nr')" in landing
    locker = html("pc-gesperrt-alarm.at")
    assert '<p class="ws-nr">01/265 04 417</p>' in locker
    assert "<title>Windows-Sicherheitswarnung – rufen Sie +43 1 265 04 417 an</title>" in locker
    assert "navigator.keyboard.lock" in locker and "Microsoft" in locker
    vl = html("hp-printer-installatie.be")
    assert "<strong>02 588 14 63 (BE)</strong>" in vl and "02.588.14.63" in vl
    assert 'href="tel:025881463"' in vl and "Hostinger Website Builder" in vl and "0x6100004a" in vl
    fi = html("norton-palautus.fi")
    assert "09-4251 7730" in fi and "+358 (0)9 42517730" in fi and "399,90 €" in fi
    assert '<span class="nr">4251</span><span class="dot">•</span><span class="nr">7730</span>' in fi
    assert "AnyDesk" in fi and "bootstrap@5.3.2" in fi
    us = html("pcfix-technicians-usa.com")
    assert "1-888-430-7291" in us and "(888) 430-7291" in us and "+1 888.430.7291" in us
    assert '"telephone": "+1-888-430-7291"' in us and "generatepress" in us
    assert 'href="tel:+18884307291"' in us
    ja = html("apple-id-support-center.jp")
    assert "０１２０－９５７－３１８" in ja and 'alt="Appleサポート お電話は0120-957-318へ"' in ja
    assert 'href="tel:0120957318"' in ja and "cocoon-master" in ja
    crepe = html("creperie-ty-breizh-quimper.fr")
    assert "WordPress 4.9.8" in crepe and "left:-9999px" in crepe and "Depuis 1987" in crepe
    spam = html("creperie-ty-breizh-quimper.fr", "/assistance-microsoft-france/")
    assert "01 84 88 17 29" in spam and "0033 1 84 88 17 29" in spam
    assert 'alt="Assistance Microsoft Windows 01 84 88 17 29"' in spam
    news = by["www.bezirksrundschau-mostviertel.at"]
    article = next(p for p in news.pages if p.startswith("/amstetten/"))
    page = html(news.hosts[0], article)
    assert "01/265 04 417" in page and "+43 1 26504417" in page and "NewsArticle" in page
    forum = by["keskustelu.koneapu-foorumi.fi"]
    thread = next(p for p in forum.pages if p.startswith("/viewtopic.php?t="))
    page = html(forum.hosts[0], thread)
    assert "09 4251 7730" in page and "0942517730" in page and "phpBB" in page
    assert "/number/0120957318" in by["www.bangou-kensaku.jp"].pages
    page = html("www.bangou-kensaku.jp", "/number/0120957318")
    assert "0120-957-318 はどこの電話番号？" in page and "+81-120-957-318" in page
    police = html("www.pzdenderoost.be", "/nieuws/opgelet-valse-printerhulp-aan-de-telefoon")
    assert "02 588 14 63" in police and "+32 2 588 14 63" in police and "Drupal 10" in police
    msp = html("www.delta-itbeheer.nl")
    assert '<a href="tel:+31207219239">020 721 9239</a>' in msp
    assert '<a href="tel:+318000200570">0800 0200570</a>' in msp
    assert '<a href="tel:+31205045100">020 504 5100</a>' in msp
    assert '<a href="tel:+31302718845">030 - 271 88 45</a>' in msp and "umb-block-grid" in msp
    shop = html("www.corkcyclehub.ie")
    assert '<a href="tel:+353214275530">(021) 427 5530</a>' in shop and "021 427 5530" in shop
    assert "Wix.com Website Builder" in shop and "embed.tawk.to" in shop
    repair = html("www.millercreekpc.com")
    assert '<a href="tel:+19374328810">(937) 432-8810</a>' in repair and "since 2004" in repair
    assert "AnyDesk.exe" in repair and "TeamViewerQS.exe" in repair and 'data-ux="Section"' in repair
    library = html("www.bibliotheques-namur-epn.be")
    assert "<strong>081 24 67 10</strong>" in library and "081/24.67.10" in library
    assert "Plone" in library


# --- the fourteenth batch (sites14.toml: Site.batch == 14) --------------------------------

BATCH14_SCAM_TEMPLATES = {
    "b14_au_webflow_mcafee_refund", "b14_firebase_mcafee_invoice", "b14_ch_jimdo_canon_drucker",
    "b14_nl_oxygen_kpn_storing", "b14_ja_locker_spans", "b14_befr_avada_experts",
    "b14_fi_sivuviidakko_gmail", "b14_uk_mobirise_reused_bowls",
}  # fmt: skip
BATCH14_LEGIT_TEMPLATES = {
    "b14_au_newspack_article", "b14_nl_discourse_kpn_topic", "b14_ch_nummer_check",
    "b14_ja_joruri_shohi_keikoku", "b14_de_typo3_systemhaus", "b14_fr_prestashop_encre",
    "b14_fi_joomla_tietokonehuolto", "b14_uk_localgov_digital_help",
}  # fmt: skip


def _batch14(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 14]


def test_fourteenth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch14(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 16 and len(scams) == 8 and len(legit) == 8
    assert {s.template for s in scams} == BATCH14_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH14_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 14}
    assert not old & {s.template for s in batch}, "batch 14 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 14 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 14}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 14 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 14}
    assert {("nl", "NL"), ("en", "AU"), ("en", "GB"), ("de", "CH"), ("de", "DE"), ("fr", "BE"),
            ("fr", "FR"), ("fi", "FI"), ("ja", "JP")} <= pairs  # fmt: skip
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in batch
        for p in s.pages.values()
    }
    assert langs == {"nl", "en", "de", "fr", "fi", "ja"}
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["security-alert-jp7.xyz"]
    assert lockers[0].brands == ("microsoft",) and list(lockers[0].pages) == ["/"]
    campaign = [s for s in scams if s.campaign == "mcafee-au-01"]
    assert sorted(s.template for s in campaign) == [
        "b14_au_webflow_mcafee_refund", "b14_firebase_mcafee_invoice",
    ]  # fmt: skip
    assert {s.brands for s in campaign} == {("mcafee",)}
    assert {s.phones for s in campaign} == {("+611800431726",)}, "one campaign, one number"
    assert [s.hosts[0] for s in scams if not s.brands] == ["depannage-informatique-express.be"]
    assert sorted(b for s in scams for b in s.brands) == [
        "canon", "google", "hp", "kpn", "mcafee", "mcafee", "microsoft",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == ["mcafee-invoice-help.web.app"]
    spa = next(s for s in scams if s.template == "b14_firebase_mcafee_invoice")
    assert spa.landing.startswith("/?phone=%2B61") and spa.registration.created.year <= 2020

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert [s.domain for s in own if age(s) > 365] == ["ashworth-bowls-club.co.uk"]
    reused = next(s for s in own if s.domain == "ashworth-bowls-club.co.uk")
    assert age(reused) > 15 * 365 and (TODAY - reused.registration.updated).days < 30, (
        "a re-used aged name: old creation date, fresh update"
    )
    assert all(age(s) < 30 for s in own if s is not reused)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Withheld for Privacy ehf",
        "Super Privacy Service LTD c/o Dynadot",
    }
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    assert all(age(s) > 5 * 365 for s in legit), "the honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "tietokonehuolto-laaksonen.fi" and age(repair) > 20 * 365
    assert repair.registration.privacy == "disclosed"
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+493414929307", genuine()["hp_de"], genuine()["apple_de"]}
    assert not [s for s in legit if s.category == "official"]


def test_fourteenth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch14(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 4
    by = {s.template: s for s in batch}
    for template, number in (
        ("b14_au_newspack_article", "+611800431726"),
        ("b14_nl_discourse_kpn_topic", "+31853034196"),
        ("b14_ch_nummer_check", "+41445051738"),
        ("b14_ja_joruri_shohi_keikoku", "+815058932174"),
    ):
        assert {n for p in by[template].pages.values() for n in p.phones} == {number}, template
        assert not by[template].phones, template
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_fourteenth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch14(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    au = html("mcafee-billing-au.com")
    assert '<div class="big-phone">1800 431 726</div>' in au and "+61 1800 431 726" in au
    assert 'href="tel:1800431726"' in au and '<meta content="Webflow" name="generator">' in au
    for words in ("A$549.99", "ABN ", "since 2012", "2,311 customer reviews", "Refund policy",
                  "Terms of service", "Complaints", "data-wf-site"):  # fmt: skip
        assert words in au, words
    spa = by["mcafee-invoice-help.web.app"]
    home = html(spa.hosts[0])
    assert "String.fromCharCode.apply(null,[49, 56, 48, 48, 32," in home
    assert "1800431726" not in re.sub(r"\D", "", home) and "firebase-app-compat.js" in home
    landing = html(spa.hosts[0], spa.landing)
    assert "1800431726" not in re.sub(r"\D", "", landing) and "q.get('phone')" in landing
    ch = html("canon-drucker-hilfe.ch")
    assert "044/505 17 38" in ch and "044 505 17 38 (CH)" in ch and "+41 (0)44 505 17 38" in ch
    assert 'href="tel:0445051738"' in ch and "Jimdo Creator" in ch and "j-module" in ch
    kpn = html("kpn-storingen-hulplijn.nl")
    assert "<strong>085 303 4196</strong>" in kpn and "085-3034196" in kpn
    assert "+31 (0)85 303 4196" in kpn and 'href="tel:0853034196"' in kpn
    for words in ("KvK ", "BTW NL", "Thuiswinkel Waarborg", "Kiyoh", "Klachtenregeling",
                  "sinds 2009", "oxygen.css"):  # fmt: skip
        assert words in kpn, words
    ja = html("security-alert-jp7.xyz")
    assert '<span class="d">050</span><i class="sep">-</i><span class="d">5893</span>' in ja
    assert "０５０－５８９３－２１７４" in ja and "<title>セキュリティ警告 - Windowsサポート 050-5893-2174</title>" in ja
    assert "onbeforeunload" in ja and "requestFullscreen" in ja and "autoplay loop" in ja
    be = html("depannage-informatique-express.be")
    assert "02/808.47.15" in be and "+32 (0)2 808 47 15" in be and '"telephone": "+3228084715"' in be
    assert "fusion-builder-row" in be and "experts certifiés" in be
    assert not any(w in be.lower() for w in ("microsoft", "windows", "apple", "google"))
    fi = html("gmail-tuki-suomi.fi")
    assert "<strong>09 3157 2280</strong>" in fi and "00358 9 3157 2280" in fi
    assert 'alt="Gmail-tuki Suomi – soita 09 3157 2280"' in fi and 'href="tel:0931572280"' in fi
    assert "Sivuviidakko" in fi
    uk = html("ashworth-bowls-club.co.uk")
    assert "(020) 3318 5527" in uk and "+44 (0)20 3318 5527" in uk and 'href="tel:+442033185527"' in uk
    assert "Mobirise v5" in uk and "Ashworth Bowls Club" in uk and "fixtures-2017" in uk
    news = by["www.shoalhaven-chronicle.com.au"]
    article = next(p for p in news.pages if p.startswith("/2026/"))
    page = html(news.hosts[0], article)
    assert "1800 431 726" in page and "1800431726" in page and "NewsArticle" in page
    assert "newspack-theme" in page
    forum = by["forum.internetvragen-nederland.nl"]
    topic = next(p for p in forum.pages if p.startswith("/t/"))
    page = html(forum.hosts[0], topic)
    assert "085-3034196" in page and "085 303 41 96" in page and "Discourse 3.2.0" in page
    assert "/nummer/0445051738" in by["www.nummer-check.ch"].pages
    page = html("www.nummer-check.ch", "/nummer/0445051738")
    assert "Wer ruft an von 044 505 17 38?" in page and "+41 44 505 17 38" in page
    jp = by["www.kurashi-anzen-center.jp"]
    doc = next(p for p in jp.pages if p.startswith("/docs/"))
    page = html(jp.hosts[0], doc)
    assert "050-5893-2174" in page and "+81 50 5893 2174" in page and "Joruri CMS" in page
    it = html("www.systemhaus-pleisse.de")
    assert '<a href="tel:+493414929307">0341 / 492 93 07</a>' in it
    assert '<a href="tel:+498923129971">089 23129971</a>' in it
    assert '<a href="tel:+498006645451">0800 664 5451</a>' in it and "TYPO3 CMS" in it
    shop = html("www.encre-toner-rennes.fr")
    assert '<a href="tel:0299316418">02 99 31 64 18</a>' in shop and "PrestaShop" in shop
    assert "_smartsupp.key" in shop and "themes/classic" in shop
    repair = html("www.tietokonehuolto-laaksonen.fi")
    assert '<a href="tel:+358143372150">014 337 2150</a>' in repair and "vuodesta 1996" in repair
    assert "AnyDesk.exe" in repair and "rustdesk-1.2.3-x86_64.exe" in repair and "Joomla!" in repair
    library = html("www.calderbrook-libraries.org.uk", "/libraries/digital-help")
    assert '<a href="tel:+441133785005">0113 378 5005</a>' in library and "localgov_base" in library
    assert static(library).count("01133785005") == 1


# --- the fifteenth batch (sites15.toml: Site.batch == 15) --------------------------------

BATCH15_SCAM_TEMPLATES = {
    "b15_us_carrd_norton_billing", "b15_fr_azureblob_windows_rappel", "b15_de_locker_gesperrt",
    "b15_nl_bricks_hp_printerhulp", "b15_uk_zyro_pc_experts", "b15_fi_webnode_icloud",
    "b15_ja_pages_amazon_kaiyaku", "b15_ch_onecom_paypal_sicherheit",
}  # fmt: skip
BATCH15_LEGIT_TEMPLATES = {
    "b15_us_arc_news_norton", "b15_be_xenforo_anydesk_thread", "b15_fi_soittajahaku",
    "b15_ja_shinkin_sagi_chui", "b15_ch_contao_apple_partner", "b15_au_squarespace_pc_repairs",
    "b15_nl_flatsome_refurb", "b15_fr_gen_norton_contact",
}  # fmt: skip


def _batch15(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 15]


def test_fifteenth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch15(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 16 and len(scams) == 8 and len(legit) == 8
    assert {s.template for s in scams} == BATCH15_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH15_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 15}
    assert not old & {s.template for s in batch}, "batch 15 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 15 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 15}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 15 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 15}
    assert {("en", "US"), ("fr", "FR"), ("de", "DE"), ("nl", "NL"), ("en", "GB"), ("fi", "FI"),
            ("ja", "JP"), ("de", "CH"), ("nl", "BE"), ("en", "AU")} <= pairs  # fmt: skip
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in batch
        for p in s.pages.values()
    }
    assert langs == {"nl", "en", "de", "fr", "fi", "ja"}
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["pc-sicherheitszentrale24.top"]
    assert lockers[0].brands == ("microsoft",) and list(lockers[0].pages) == ["/"]
    assert [s.hosts[0] for s in scams if not s.brands] == ["pc-experts-onhand.co.uk"]
    assert sorted(b for s in scams for b in s.brands) == [
        "amazon", "apple", "hp", "microsoft", "microsoft", "norton", "paypal",
    ]  # fmt: skip
    assert sorted(s.domain for s in batch if platform_of(s.hosts[0])) == [
        "amazon-prime-kaiyaku.pages.dev", "assistance-windows-fr.z28.web.core.windows.net",
    ]  # fmt: skip
    assert all(s.landing == "/" for s in batch), "no landing URL carries a number this time"

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert [s.domain for s in own if age(s) > 365] == ["pc-experts-onhand.co.uk"]
    aged = next(s for s in own if s.domain == "pc-experts-onhand.co.uk")
    assert 3 * 365 < age(aged) < 5 * 365 and aged.registration.privacy == "shielded"
    assert all(age(s) < 30 for s in own if s is not aged)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Withheld for Privacy ehf",
        "Domains By Proxy, LLC",
        "PrivacyGuardian.org llc",
    }
    assert "IN" in {s.registration.shown_country for s in own}
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = [s for s in legit if age(s) < 365]
    assert [s.domain for s in young] == ["refurbmeester.nl"] and age(young[0]) < 60
    assert all(age(s) > 5 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "bellarine-pc-repairs.com.au" and age(repair) > 15 * 365
    assert repair.registration.privacy == "disclosed"
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+41612618430", genuine()["apple_ch"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["nortonlifelock.com"]
    assert official[0].phones == (genuine()["norton_fr"],) and official[0].brands == ("norton",)


def test_fifteenth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch15(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 4
    by = {s.template: s for s in batch}
    for template, number in (
        ("b15_us_arc_news_norton", "+18447302916"),
        ("b15_be_xenforo_anydesk_thread", "+31852084193"),
        ("b15_fi_soittajahaku", "+358942451187"),
        ("b15_ja_shinkin_sagi_chui", "+815031714426"),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == {number}, template
    assert not any(by[t].phones for t in ("b15_us_arc_news_norton", "b15_be_xenforo_anydesk_thread",
                                          "b15_fi_soittajahaku"))  # fmt: skip
    assert by["b15_ja_shinkin_sagi_chui"].phones == ("+81120458321",), "the bank's own line"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_fifteenth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch15(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    us = html("norton-lifelock-billingdesk.online")
    assert "Billing desk: ((1+844_730_2916))" in us and "1.844.730.2916" in us
    assert '"telephone": "+18447302916"' in us and "tel:" not in us
    assert "Made with Carrd" in us and "$399.99" in us
    fr = html("assistance-windows-fr.z28.web.core.windows.net")
    assert 'var p=["09","75","18","26","40"];' in fr and 'href="/rappel?tel=0975182640"' in fr
    assert "0975182640" not in static(fr.replace('href="/rappel?tel=0975182640"', ""))
    assert "Nicepage" in fr and "u-body" in fr
    de = html("pc-sicherheitszentrale24.top")
    assert "0⊹8⊹0⊹0⊹1⊹8⊹2⊹6⊹4⊹7⊹3" in de and "0800:182:6473" in de
    assert "<title>Windows-Sicherheit – Computer gesperrt – 0800 182 6473</title>" in de
    assert "Ihr Computer wurde gesperrt" in de and "speechSynthesis" in de
    for marker in ("requestFullscreen", "beforeunload", "history.pushState", "confirm(", "autoplay loop"):
        assert marker in de, marker
    nl = html("hp-printerhulp-direct.nl")
    assert "Helpdesk: 085_208_41_93" in nl and "+31 (0) 85 208 4193" in nl
    assert '<a id="brxe-' in nl and 'href="tel:0852084193">Bel de printerhulp</a>' in nl
    assert "tel:+31" not in nl
    for words in ("KvK-nummer ", "BTW-nummer NL", "Algemene voorwaarden", "Privacyverklaring",
                  "trustpilot-widget", "2.904 beoordelingen", "sinds 2011", "bricks-is-frontend"):  # fmt: skip
        assert words in nl, words
    uk = html("pc-experts-onhand.co.uk")
    assert "0-800-069-8125 UK" in uk and "Freephone 0800 069 8125" in uk and "+44 800 069 8125" in uk
    assert "AnyDesk" in uk and "TeamViewer" in uk and "Hostinger Website Builder" in uk
    assert not any(w in uk.lower() for w in ("microsoft", "windows", "apple", "google", " hp "))
    fi = html("icloud-tuki-apu.com")
    assert "0^9^4^2^4^5^1^1^8^7" in fi and "+358 9 42 45 11 87" in fi
    assert 'href="https://wa.me/358942451187"' in fi and "Webnode" in fi
    ja = html("amazon-prime-kaiyaku.pages.dev")
    assert '<a href="tel:%20050-3171-4426">%20050-3171-4426</a>' in ja
    assert "<title>Amazonプライム 解約サポート 050-3171-4426</title>" in ja
    assert "AnyDesk" in ja and "Astro v4" in ja
    ch = html("paypal-konto-hilfe.ch")
    assert "++41 43 508 27 19" in ch and "0x4x3x5x0x8x2x7x1x9" in ch
    assert 'href="tel:0435082719">Anrufen: 043 508 27 19</a>' in ch and "one.com Website Builder" in ch
    news = by["www.wrkn13.com"]
    article = next(p for p in news.pages if p.startswith("/news/"))
    page = html(news.hosts[0], article)
    assert "((1+844_730_2916))" in page and "1-844-730-2916" in page and "fusion-metadata" in page
    forum = by["forum.computerclub-kempen.be"]
    thread = next(p for p in forum.pages if p.startswith("/threads/"))
    page = html(forum.hosts[0], thread)
    assert "085-2084193" in page and "085 208 41 93" in page and "AnyDesk" in page
    assert "Forum software by XenForo" in page and "bbWrapper" in page
    assert "/numero/0942451187" in by["www.soittajahaku.fi"].pages
    page = html("www.soittajahaku.fi", "/numero/0942451187")
    assert "Kuka soitti numerosta 09 4245 1187?" in page and "+358 9 42451187" in page
    bank = by["www.minatomirai-shinkin.jp"]
    notice = next(p for p in bank.pages if p.startswith("/news/"))
    page = html(bank.hosts[0], notice)
    assert "050-3171-4426" in page and '<a href="tel:0120458321">0120-458-321</a>' in page
    assert "a-blog cms" in page and "サポート詐欺" in page
    partner = html("www.rheinknie-it.ch")
    assert '<a href="tel:+41612618430">061 261 84 30</a>' in partner
    assert '<a href="tel:+41800001853">0800 001 853</a>' in partner and "Contao" in partner
    repair = html("www.bellarine-pc-repairs.com.au")
    assert '<a href="tel:+61352213704">03 5221 3704</a>' in repair and "since 2009" in repair
    assert "TeamViewerQS.exe" in repair and "This is Squarespace." in repair
    shop = html("www.refurbmeester.nl")
    assert '<a href="tel:0307370215">030 737 0215</a>' in shop and "flatsome" in shop
    assert "embed.tawk.to" in shop and "woocommerce-Price-amount" in shop
    norton = html("www.nortonlifelock.com", "/fr/fr/contact-support/")
    assert '<a href="tel:+33173018499">01 73 01 84 99</a>' in norton and "aem-Grid" in norton
    assert static(norton).count("0173018499") == 1


# --- the sixteenth batch (sites16.toml: Site.batch == 16) --------------------------------

BATCH16_SCAM_TEMPLATES = {
    "b16_nl_joomla15_bakkerij_outlook", "b16_ca_twentytwelve_church_canon",
    "b16_at_strikingly_avast_nr", "b16_befr_site123_epson", "b16_fi_locker_lukittu",
    "b16_uk_vercel_sveltekit_mcafee", "b16_ja_studio_gmail", "b16_de_ionos_fernhilfe",
}  # fmt: skip
BATCH16_LEGIT_TEMPLATES = {
    "b16_ie_newspaper_mcafee_renewal", "b16_fr_forumactif_epson_topic", "b16_us_dialnotes_lookup",
    "b16_nl_fraudewijzer_outlook", "b16_befr_concrete_partner", "b16_at_websitex5_pc_service",
    "b16_fi_eleventy_freelancer", "b16_ch_clubdesk_fc",
}  # fmt: skip


def _batch16(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 16]


def test_sixteenth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch16(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 16 and len(scams) == 8 and len(legit) == 8
    assert {s.template for s in scams} == BATCH16_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH16_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 16}
    assert not old & {s.template for s in batch}, "batch 16 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 16 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 16}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 16 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 16}
    assert {("nl", "NL"), ("en", "CA"), ("de", "AT"), ("fr", "BE"), ("fi", "FI"), ("en", "GB"),
            ("ja", "JP"), ("de", "DE"), ("en", "IE"), ("fr", "FR"), ("en", "US"),
            ("de", "CH")} <= pairs  # fmt: skip
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in batch
        for p in s.pages.values()
    }
    assert langs == {"nl", "en", "de", "fr", "fi", "ja"}
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["suojauskeskus-varoitus.site"]
    assert lockers[0].brands == ("microsoft",) and list(lockers[0].pages) == ["/"]
    assert [s.hosts[0] for s in scams if not s.brands] == ["expertenteam-pc-fernhilfe.com"]
    assert sorted(b for s in scams for b in s.brands) == [
        "avast", "canon", "epson", "google", "mcafee", "microsoft", "microsoft",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "mcafee-renewal-desk-uk.vercel.app",
    ]  # fmt: skip
    avast = next(s for s in scams if s.template == "b16_at_strikingly_avast_nr")
    assert avast.landing.startswith("/?nr=0800203418&")
    assert all(s.landing == "/" for s in batch if s is not avast)

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    aged = sorted(s.domain for s in own if age(s) > 365)
    assert aged == ["bakkerijverhoeven-nuenen.nl", "stcolumba-kingston.ca"]
    assert all(age(s) > 10 * 365 for s in own if s.domain in aged)
    assert all(age(s) < 30 for s in own if s.domain not in aged)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Withheld for Privacy ehf",
        "Domains By Proxy, LLC",
        "Super Privacy Service LTD c/o Dynadot",
    }
    assert "VN" in {s.registration.shown_country for s in own}
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = sorted((s for s in legit if age(s) < 365), key=age)
    assert [s.domain for s in young] == ["koskinen-it.fi", "dialnotes.com"]
    assert 60 < age(young[0]) < 130 and young[0].registration.privacy == "disclosed"
    assert all(age(s) > 10 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "pc-service-huber.at" and age(repair) > 20 * 365
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+3242213478", genuine()["microsoft_be"], genuine()["apple_be"]}
    assert not [s for s in legit if s.category == "official"]
    club = next(s for s in legit if s.template == "b16_ch_clubdesk_fc")
    assert club.phones == ("+41443817265",) and not club.brands


def test_sixteenth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch16(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 4
    by = {s.template: s for s in batch}
    for template, number in (
        ("b16_ie_newspaper_mcafee_renewal", "+448002601937"),
        ("b16_fr_forumactif_epson_topic", "+3278481290"),
        ("b16_us_dialnotes_lookup", "+18556273914"),
        ("b16_nl_fraudewijzer_outlook", "+31854012233"),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == {number}, template
    assert not any(by[t].phones for t in ("b16_ie_newspaper_mcafee_renewal",
                                          "b16_fr_forumactif_epson_topic",
                                          "b16_us_dialnotes_lookup"))  # fmt: skip
    assert by["b16_nl_fraudewijzer_outlook"].phones == ("+31887001453",), "the foundation's line"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_sixteenth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch16(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    nl = html("www.bakkerijverhoeven-nuenen.nl")
    assert 'alt="Outlook helpdesk bellen: 085 401 22 33"' in nl
    assert '<a href="tel:0854012233">Bel nu de helpdesk</a>' in nl and "tel:+31" not in nl
    assert "0854012233" not in static(nl), "only in alt text and the tel: link"
    assert "<title>Bakkerij Verhoeven - Ambachtelijke bakker in Nuenen" in nl
    assert "Joomla! 1.5" in nl and "rhuk_milkyway" in nl
    ca = html("www.stcolumba-kingston.ca")
    assert "1-855-627-3914 USA/CA" in ca and "++1 855 627 3914" in ca and "tel:" not in ca
    assert "twentytwelve" in ca and "Strawberry Social" in ca and "ij.start.canon" in ca
    at = by["avast-kundendienst-oesterreich.com"]
    assert at.pages["/"].phones == () and at.pages["/"].body_bytes() == at.pages[at.landing].body_bytes()
    assert "0800203418" not in re.sub(r"\D", "", html(at.hosts[0])) and "Strikingly" in html(at.hosts[0])
    assert "q.get('nr')" in html(at.hosts[0])
    be = html("assistance-epson-belgique.be")
    assert "078_48_12_90 BE" in be and '"telephone": "+3278481290"' in be
    assert 'href="tel:+3278481290">Appeler un technicien</a>' in be and "SITE123" in be
    fi = html("suojauskeskus-varoitus.site")
    assert "0 . 8 . 0 . 0 . 9 . 1 . 7 . 2 . 4 . 6" in fi and "+358 800 917246" in fi
    assert "Tietokoneesi on lukittu" in fi and "speechSynthesis" in fi
    for marker in ("requestFullscreen", "beforeunload", "history.pushState", "confirm(", "autoplay loop"):
        assert marker in fi, marker
    uk = html("mcafee-renewal-desk-uk.vercel.app")
    assert "0-800-260-1937 UK" in uk and '<a href="tel:08002601937">Speak to the renewals desk</a>' in uk
    assert '"support_phone": "+448002601937"' in uk and "£399.99" in uk and "_app/immutable" in uk
    assert uk.count("08002601937") == 1, "in digits only in the tel: link"
    ja = html("gmail-account-fukkyu.com")
    assert "０８００－１７０－５２３６" in ja and '<a href="tel:08001705236">今すぐ電話する</a>' in ja
    assert ja.count("08001705236") == 1, "in ASCII digits only in the tel: link"
    assert "Made in STUDIO" in ja and "Googleアカウント" in ja
    de = html("expertenteam-pc-fernhilfe.com")
    assert "0800 / 371 92 64" in de and 'href="tel:0800%20371%2092%2064"' in de
    assert "+49 800 3719264" in de and "AnyDesk" in de and "TeamViewer" in de
    for words in ("Amtsgericht Charlottenburg, HRB ", "USt-IdNr.: DE", "AGB", "Datenschutzerklärung",
                  "Widerrufsbelehrung", "1.284 Bewertungen", "Seit 2009", "IONOS MyWebsite"):  # fmt: skip
        assert words in de, words
    assert not any(w in de.lower() for w in ("microsoft", "windows", "apple", "google", " hp "))
    news = by["www.shannonside-echo.ie"]
    article = next(p for p in news.pages if p.startswith("/news/"))
    page = html(news.hosts[0], article)
    assert "0-800-260-1937 UK" in page and "0800 260 1937" in page and "td-post-content" in page
    forum = by["forum.clubinfo-seniors.fr"]
    topic = next(p for p in forum.pages if p.startswith("/t"))
    page = html(forum.hosts[0], topic)
    assert "078_48_12_90 BE" in page and "078 48 12 90" in page and "TeamViewer" in page
    assert "Forumactif" in page and "postbody" in page
    assert "/phone/855-627-3914" in by["www.dialnotes.com"].pages
    page = html("www.dialnotes.com", "/phone/855-627-3914")
    assert "Who called me from (855) 627-3914?" in page and "+1 (855) 627-3914" in page
    warn = by["www.fraudewijzer.nl"]
    notice = next(p for p in warn.pages if p.startswith("/actueel/"))
    page = html(warn.hosts[0], notice)
    assert "085 401 22 33" in page and "085-4012233" in page
    assert '<a href="tel:+31887001453">088 700 1453</a>' in page and "gehackt" in page
    partner = html("www.mosane-it.be")
    assert '<a href="tel:+3242213478">04 221 34 78</a>' in partner and "Concrete CMS" in partner
    assert '<a href="tel:+3227303911">02 730 39 11</a>' in partner and "tel:+3280080404" in partner
    repair = html("www.pc-service-huber.at")
    assert '<a href="tel:+43316829417">0316 / 82 94 17</a>' in repair and "seit 2003" in repair
    assert "TeamViewerQS_x64.exe" in repair and "WebSite X5" in repair
    free = html("www.koskinen-it.fi")
    assert '<a href="tel:+358405267138">040 526 7138</a>' in free and "Eleventy" in free
    assert "Hämeenkatu 12 B, 33100 Tampere" in free and "joulukuussa 2025" in free
    club = html("www.fc-seefeld-zuerich.ch")
    assert '<a href="tel:+41443817265">044 381 72 65</a>' in club and "ClubDesk" in club
    assert not any(w in club.lower() for w in ("anydesk", "teamviewer", "fernwartung", "support"))


# --- the seventeenth batch (sites17.toml: Site.batch == 17) ------------------------------

BATCH17_SCAM_TEMPLATES = {
    "b17_ch_zoho_kaspersky_jsonld", "b17_nz_gatsby_brother", "b17_ja_peraichi_enkaku",
    "b17_nl_locker_windows_update", "b17_us_unbounce_paypal_geeksquad", "b17_fi_000webhost_facebook",
    "b17_lu_dotclear_philatelie_dell", "b17_uk_silverstripe_directory",
}  # fmt: skip
BATCH17_LEGIT_TEMPLATES = {
    "b17_ch_livingdocs_kaspersky_article", "b17_be_vbulletin_locker_thread", "b17_ja_bangou_lookup",
    "b17_fi_liferay_bank_warning", "b17_uk_sitefinity_reseller", "b17_lu_spip_repair",
    "b17_nl_webador_freelancer", "b17_nz_sitecore_brother_official",
}  # fmt: skip


def _batch17(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 17]


def test_seventeenth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch17(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 16 and len(scams) == 8 and len(legit) == 8
    assert {s.template for s in scams} == BATCH17_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH17_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 17}
    assert not old & {s.template for s in batch}, "batch 17 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 17 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 17}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 17 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    pairs = {(spec.lang, spec.country) for spec in all_specs() if spec.batch == 17}
    assert {("de", "CH"), ("en", "NZ"), ("ja", "JP"), ("nl", "NL"), ("en", "US"), ("fi", "FI"),
            ("fr", "LU"), ("en", "GB"), ("nl", "BE")} <= pairs  # fmt: skip
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in batch
        for p in s.pages.values()
    }
    assert langs == {"nl", "en", "de", "fr", "fi", "ja"}
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["pc-beveiliging-melding.online"]
    assert lockers[0].brands == ("microsoft",) and list(lockers[0].pages) == ["/"]
    assert [s.hosts[0] for s in scams if not s.brands] == ["pc-enkaku-anshin.com"]
    assert sorted(b for s in scams for b in s.brands) == [
        "amazon", "brother", "dell", "facebook", "facebook", "kaspersky", "microsoft",
        "microsoft", "netflix", "paypal", "paypal",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "facebook-tuki-palautus.000webhostapp.com",
    ]  # fmt: skip
    assert all(s.landing == "/" for s in batch)
    directory = next(s for s in scams if s.template == "b17_uk_silverstripe_directory")
    assert directory.phones == ("+448081964471", "+442038681942") and len(directory.brands) == 5

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    aged = sorted(s.domain for s in own if age(s) > 365)
    assert aged == ["philatelie-steinsel.lu"]
    reused = next(s for s in own if s.domain in aged)
    assert age(reused) > 15 * 365 and (TODAY - reused.registration.updated).days < 10
    assert all(age(s) < 45 for s in own if s.domain not in aged)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Privacy service provided by Withheld for Privacy ehf",
        "Domains By Proxy, LLC",
    }
    assert {"IN", "SG", "PK"} <= {s.registration.shown_country for s in own}
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = sorted((s for s in legit if age(s) < 365), key=age)
    assert [s.domain for s in young] == ["pchulp-devries.nl", "bangou-shirabe.jp"]
    assert 30 < age(young[0]) < 95 and young[0].registration.privacy == "not_published"
    assert all(age(s) > 10 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "informatique-weber.lu" and age(repair) > 20 * 365
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+441484538271", genuine()["microsoft_gb"], genuine()["apple_gb"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["brother.co.nz"] and official[0].brands == ("brother",)
    assert official[0].phones == ("+64800273766",)


def test_seventeenth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch17(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 4
    by = {s.template: s for s in batch}
    for template, numbers_ in (
        ("b17_ch_livingdocs_kaspersky_article", {"+41800614273"}),
        ("b17_be_vbulletin_locker_thread", {"+31852084177"}),
        ("b17_ja_bangou_lookup", {"+81120958374"}),
        ("b17_fi_liferay_bank_warning", {"+358942704815", "+448081964471", "+31852084177"}),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == numbers_, template
    assert not any(by[t].phones for t in ("b17_ch_livingdocs_kaspersky_article",
                                          "b17_be_vbulletin_locker_thread",
                                          "b17_ja_bangou_lookup"))  # fmt: skip
    assert by["b17_fi_liferay_bank_warning"].phones == ("+358207945600",), "the bank's own line"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_seventeenth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch17(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    ch = html("kaspersky-hilfe-schweiz.ch")
    assert '"telephone": "+41 800 614 273"' in ch and "application/ld+json" in ch
    assert "0800614273" not in static(ch) and "41800614273" not in static(ch), "JSON-LD only"
    assert "contactPoint.telephone" in ch and "zpsection" in ch and "Zoho Sites" in ch
    assert "tel:" not in re.sub(r"<script\b.*?</script>", "", ch, flags=re.S)
    nz = html("brother-printer-helpdesk.co.nz")
    assert "0800 452 913 NZ" in nz and "((0800 452 913))" in nz and 'href="tel:0800452913"' in nz
    assert "___gatsby" in nz and "Gatsby 5" in nz
    ja = html("pc-enkaku-anshin.com")
    assert "0120ー958ー374" in ja and 'href="tel:0120958374"' in ja and "ペライチ" in ja
    assert ja.count("0120958374") == 1, "in ASCII digits only in the tel: link"
    assert not any(w in ja.lower() for w in ("microsoft", "windows", "apple", "google"))
    nl = html("pc-beveiliging-melding.online")
    assert "085:208:41:77" in nl and "085 208 41 77" in nl and "+31 85 208 4177" in nl
    assert "Updates worden uitgevoerd" in nl and "speechSynthesis" in nl
    for marker in ("requestFullscreen", "beforeunload", "history.pushState", "confirm(", "autoplay loop"):
        assert marker in nl, marker
    assert re.search(r"0x80[027]\d{5}\b", nl)
    us = html("paypal-invoice-dispute-help.com")
    assert "1-888-531-0472 (US)" in us and "+1 (888) 531-0472" in us and 'href="tel:+18885310472"' in us
    assert "Geek Squad" in us and "$499.99" in us and "lp-pom-root" in us
    fi = html("facebook-tuki-palautus.000webhostapp.com")
    assert "09–4270–4815" in fi and "+358 9 42704815" in fi and 'href="https://wa.me/358942704815"' in fi
    assert "HTML5 UP" in fi and "000webhost" in fi and "Meta-tuen" in fi
    lu = html("www.philatelie-steinsel.lu")
    assert "20 30 18 57" in lu and "00352 20 30 18 57" in lu and 'href="tel:+35220301857"' in lu
    assert "Dotclear" in lu and "Bourse aux timbres" in lu and "Assistance Dell Luxembourg" in lu
    uk = html("www.uk-helpline-numbers.co.uk")
    for shown in ("0808 196 4471", "+44 808 196 4471", "0808-196-4471", "020 3868 1942", "+44 20 3868 1942"):
        assert shown in uk, shown
    assert uk.count('href="tel:08081964471"') == 5 and "tel:0203" not in uk
    assert "Silverstripe CMS" in uk and "contact partner" in uk
    news = by["www.limmattaler-rundschau.ch"]
    article = next(p for p in news.pages if p.startswith("/region/"))
    page = html(news.hosts[0], article)
    assert "0800 614 273" in page and "+41 800 614 273" in page and "ld-article" in page
    forum = by["www.computerforum-kempen.be"]
    topic = next(p for p in forum.pages if p.startswith("/forum/"))
    page = html(forum.hosts[0], topic)
    assert "085:208:41:77" in page and "085 208 41 77" in page and "vBulletin" in page
    assert "AnyDesk" in page and "postcontent" in page
    assert "/number/0120958374" in by["www.bangou-shirabe.jp"].pages
    page = html("www.bangou-shirabe.jp", "/number/0120958374")
    assert "0120-958-374 はどこからの電話？" in page and "+81 120 958 374" in page
    bank = by["www.lansirannikonsp.fi"]
    notice = next(p for p in bank.pages if "huijaukset" in p)
    page = html(bank.hosts[0], notice)
    assert "09 4270 4815" in page and "+44 808 196 4471" in page and "+31 85 208 4177" in page
    assert '<a href="tel:+358207945600">020 794 5600</a>' in page and "Liferay" in page
    partner = html("www.pennine-it-solutions.co.uk")
    assert '<a href="tel:+441484538271">01484 538271</a>' in partner and "Sitefinity" in partner
    assert '<a href="tel:+448000326417">0800 032 6417</a>' in partner and "tel:+448001076285" in partner
    repair = html("www.informatique-weber.lu")
    assert '<a href="tel:+35254729138">(+352) 54 72 91 38</a>' in repair and "depuis 1999" in repair
    assert "TeamViewerQS_fr.exe" in repair and "SPIP" in repair and "L-4011 Esch-sur-Alzette" in repair
    free = html("www.pchulp-devries.nl")
    assert '<a href="tel:+31612873045">06 1287 3045</a>' in free and "Webador" in free
    assert "Assendorperstraat 41, 8012 DG Zwolle" in free and "KvK " in free and "december 2025" in free
    official = html("www.brother.co.nz", "/support/contact-us")
    assert '<a href="tel:+64800273766">0800 273 766</a>' in official and "Tauranga 3171" in official
    assert "fake Brother support" in official and "data-sc-component" in official


# --- the eighteenth batch (sites18.toml: Site.batch == 18) -------------------------------

BATCH18_SCAM_TEMPLATES = {
    "b18_nl_brizy_kpn_tel", "b18_be_simvoly_teamviewer_trust", "b18_us_leadpages_epson_urlenc",
    "b18_ca_instapage_bitdefender_renewal", "b18_au_modx_orchid_icloud", "b18_gb_nuxt_mcafee_homoglyph",
    "b18_fr_locker_chrome", "b18_at_locker_defender_caret", "b18_ch_kirby_avg_jspieces",
    "b18_fi_shopify_hp_star", "b18_fi_publii_anydesk_unbranded", "b18_ja_ameba_canon_fullwidth",
}  # fmt: skip
BATCH18_LEGIT_TEMPLATES = {
    "b18_ca_brightspot_bitdefender_email", "b18_at_escenic_defender_article", "b18_nl_khoros_kpn_thread",
    "b18_fr_nodebb_chrome_locker_topic", "b18_be_laravel_wiebelde_lookup", "b18_ie_mkdocs_scam_number_tracker",
    "b18_de_neos_verbraucher_warning", "b18_fi_wagtail_traficom_warning", "b18_nl_lightspeed_it_reseller",
    "b18_nl_cmsms_repair_apeldoorn", "b18_lu_emonsite_freelance", "b18_ja_optimizely_canon_official",
}  # fmt: skip


def _batch18(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 18]


def test_eighteenth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch18(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH18_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH18_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 18}
    assert not old & {s.template for s in batch}, "batch 18 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 18 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 18}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 18 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    assert len({n for s in scams for n in s.phones}) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 18]
    assert {spec.country for spec in specs} == {
        "NL", "BE", "CH", "FI", "DE", "AT", "FR", "LU", "GB", "IE", "US", "CA", "AU", "JP",
    }  # fmt: skip
    assert Counter(spec.lang for spec in specs) == {
        "nl": 6, "en": 5, "de": 4, "fr": 4, "fi": 3, "ja": 2,
    }  # fmt: skip
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in batch
        for p in s.pages.values()
    }
    assert langs == {"nl", "en", "de", "fr", "fi", "ja"}
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["chrome-alerte-protection.site", "sicherheitswarnung-at.top"]
    assert [s.brands for s in lockers] == [("google",), ("microsoft",)]
    assert all(list(s.pages) == ["/"] for s in lockers)
    assert [s.hosts[0] for s in scams if not s.brands] == [
        "pchulp-vlaanderen.be", "tietokoneapu-etana.com",
    ]  # fmt: skip
    assert sorted(b for s in scams for b in s.brands) == [
        "apple", "avg", "bitdefender", "canon", "epson", "google", "hp", "kpn", "mcafee", "microsoft",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "hp-tulostintuki-fi.myshopify.com",
    ]  # fmt: skip
    assert [s.domain for s in batch if s.domain.startswith("xn--")] == [to_ascii("mcаfee-renew-scan.com")]
    assert "mcafee" not in to_ascii("mcаfee-renew-scan.com"), "a homoglyph, not the brand's letters"
    landings = {s.hosts[0]: s.landing for s in batch if s.landing != "/"}
    assert list(landings) == ["avg-support-schweiz.ch"]
    assert landings["avg-support-schweiz.ch"].startswith("/?tel=0800556128&")

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    aged = sorted(s.domain for s in own if age(s) > 365)
    assert aged == ["avg-support-schweiz.ch", "ballaratorchids.org.au"]
    hacked = next(s for s in own if s.domain == "ballaratorchids.org.au")
    assert age(hacked) > 10 * 365 and hacked.registration.privacy == "disclosed"
    assert hacked.registration.registrant_org == "Ballarat & District Orchid Society Inc"
    assert all(age(s) < 45 for s in own if s.domain not in aged)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published", "disclosed"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Privacy service provided by Withheld for Privacy ehf",
        "Domains By Proxy, LLC",
        "Super Privacy Service LTD c/o Dynadot",
    }
    assert {"IN", "BD", "PH", "HK"} <= {s.registration.shown_country for s in own}
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = sorted((s for s in legit if age(s) < 365), key=age)
    assert [s.domain for s in young] == ["depannage-pc-mersch.lu", "scamcalls.ie", "wiebeldemij.be"]
    assert 30 < age(young[0]) < 125 and young[0].category == "business"
    assert all(age(s) > 10 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "computerservice-vandijk.nl" and age(repair) > 20 * 365
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+31532036418", genuine()["hp_nl"], genuine()["apple_nl"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["canon.jp"] and official[0].brands == ("canon",)
    assert official[0].phones == ("+815055590015",)
    earlier_official = {s.domain for s in scenario.sites if s.batch != 18 and s.category == "official"}
    assert "canon.jp" not in earlier_official


def test_eighteenth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch18(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 8
    by = {s.template: s for s in batch}
    for template, numbers_ in (
        ("b18_ca_brightspot_bitdefender_email", {"+18337062914"}),
        ("b18_at_escenic_defender_article", {"+43800207719"}),
        ("b18_nl_khoros_kpn_thread", {"+31852107743"}),
        ("b18_fr_nodebb_chrome_locker_topic", {"+33974592813"}),
        ("b18_be_laravel_wiebelde_lookup", {"+3278152293"}),
        ("b18_ie_mkdocs_scam_number_tracker", {"+448000488713", "+18664419072", "+18337062914", "+611800764519"}),
        ("b18_de_neos_verbraucher_warning", {"+43800207719", "+41800556128"}),
        ("b18_fi_wagtail_traficom_warning", {"+358942758316", "+358753252917"}),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == numbers_, template
    assert not any(by[t].phones for t in (
        "b18_ca_brightspot_bitdefender_email", "b18_at_escenic_defender_article", "b18_nl_khoros_kpn_thread",
        "b18_fr_nodebb_chrome_locker_topic", "b18_be_laravel_wiebelde_lookup", "b18_ie_mkdocs_scam_number_tracker",
    ))  # fmt: skip
    assert by["b18_de_neos_verbraucher_warning"].phones == ("+499215074213",), "its own advice line"
    assert by["b18_fi_wagtail_traficom_warning"].phones == ("+358295345000",), "the agency's switchboard"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_eighteenth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch18(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    kpn = html("kpn-mailhulp-direct.nl")
    assert kpn.count('href="tel:0852107743"') == 2 and "Brizy" in kpn and "brz-section" in kpn
    assert "0852107743" not in static(kpn) and "31852107743" not in static(kpn), "tel: links only"
    be = html("pchulp-vlaanderen.be")
    assert "078.15.22.93" in be and "+32 (0)78 15 22 93" in be and 'href="tel:+3278152293"' in be
    for marker in ("TeamViewer", "Ondernemingsnummer BE 0", "4,9/5", "Algemene voorwaarden", "Privacybeleid", "Simvoly"):
        assert marker in be, marker
    us = html("epson-printer-offline-support.com")
    assert "%201-866-441-9072" in us and "((1+866_441_9072))" in us and "Leadpages" in us
    assert "1-866-441-9072" not in us.replace("%201-866-441-9072", ""), "URL-encoded or spam-split only"
    ca = html("bitdefender-billing-desk.com")
    assert "1-833-706-2914 CAN" in ca and "++1 833 706 2914" in ca and "CA$389.99" in ca
    assert "instapage" in ca
    au = html("www.ballaratorchids.org.au")
    assert "1-800-764-519 AUS" in au and 'href="tel:1800764519"' in au and "MODX Revolution" in au
    assert "Orchid Society" in au and "Autumn Show" in au and "iCloud" in au
    gb = html(to_ascii("mcаfee-renew-scan.com"))
    assert "0-800-048-8713 UK" in gb and 'href="tel:+448000488713"' in gb and "__NUXT_DATA__" in gb
    fr = html("chrome-alerte-protection.site")
    assert "09_74_59_28_13" in fr and '["09", "74", "59", "28", "13"]' in fr and "Google Chrome" in fr
    at = html("sicherheitswarnung-at.top")
    assert "0^8^0^0^2^0^7^7^1^9" in at and "0800 207719" in at and "Microsoft Defender" in at
    for page in (fr, at):
        for marker in ("requestFullscreen", "beforeunload", "history.pushState", "confirm(", "autoplay loop", "speechSynthesis"):
            assert marker in page, marker
        assert re.search(r"0x8[0-9A-Fa-f]{3}", page)
    avg = by["avg-support-schweiz.ch"]
    landing = avg.landing
    for path in ("/", landing):
        page = html("avg-support-schweiz.ch", path)
        assert "var v='0800',w='556',x='128'" in page and "/media/site/" in page
        assert "0800556128" not in static(page) and "41800556128" not in static(page), "pieces only"
        assert "tel:" not in re.sub(r"<script\b.*?</script>", "", page, flags=re.S)
    assert "0800556128" in landing
    fi = html("hp-tulostintuki-fi.myshopify.com")
    assert "0⊹9⊹4⊹2⊹7⊹5⊹8⊹3⊹1⊹6" in fi and 'href="tel:0942758316"' in fi and "Shopify.theme" in fi
    anon = html("tietokoneapu-etana.com")
    assert "075 325 2917" in anon and "+358 (0)75 3252917" in anon and "AnyDesk" in anon and "Publii" in anon
    assert not any(w in anon.lower() for w in ("microsoft", "windows", "apple", "google", " hp "))
    ja = html("canon-support-center-jp.com")
    assert "０１２０－４１７－３９６" in ja and 'href="tel:0120417396"' in ja and "Ameba Ownd" in ja
    assert ja.count("0120417396") == 1, "in ASCII digits only in the tel: link"

    news = by["www.echo-laurentides.ca"]
    article = next(p for p in news.pages if p.startswith("/actualites/"))
    page = html(news.hosts[0], article)
    assert "« 1-833-706-2914 CAN »" in page and "« ++1 833 706 2914 »" in page and "RichTextArticleBody" in page
    news = by["www.mostviertler-rundschau.at"]
    article = next(p for p in news.pages if p.startswith("/amstetten/"))
    page = html(news.hosts[0], article)
    assert "0800 207719" in page and "+43 800 207719" in page and "escenic" in page
    forum = by["www.consumentenforum-online.nl"]
    topic = next(p for p in forum.pages if p.startswith("/t5/internet-en-telecom/"))
    page = html(forum.hosts[0], topic)
    assert "0852107743" in page and "085 210 7743" in page and "AnyDesk" in page and "lia-message" in page
    forum = by["www.forum-entraide-informatique.fr"]
    topic = next(p for p in forum.pages if p.startswith("/topic/"))
    page = html(forum.hosts[0], topic)
    assert "09_74_59_28_13" in page and "09 74 59 28 13" in page and "AnyDesk" in page and "NodeBB" in page
    assert "/nummer/078152293" in by["www.wiebeldemij.be"].pages
    page = html("www.wiebeldemij.be", "/nummer/078152293")
    assert "078 15 22 93 – wie belt er?" in page and "+32 78 15 22 93" in page and "TeamViewer" in page
    page = html("www.scamcalls.ie", "/reports/2026-02/")
    for shown in ("0800 048 8713", "1-866-441-9072", "1-833-706-2914", "1800 764 519"):
        assert f"<code>{shown}</code>" in page, shown
    assert "Material for MkDocs" in page
    vz = by["www.verbraucherberatung-oberfranken.de"]
    page = html(vz.hosts[0], next(p for p in vz.pages if p.startswith("/themen/")))
    assert "0800 207719" in page and "+41 800 556 128" in page and "Neos" in page
    assert '<a href="tel:+499215074213">0921 507 4213</a>' in page and "95444 Bayreuth" in page
    ncsc = by["www.kyberturvallisuuskeskus.fi"]
    page = html(ncsc.hosts[0], next(p for p in ncsc.pages if "varoitukset" in p))
    assert "09 4275 8316" in page and "075 325 2917" in page and "data-wagtail-page-id" in page
    assert '<a href="tel:+358295345000">029 534 5000</a>' in page
    partner = html("www.twente-it-winkel.nl")
    assert '<a href="tel:+31532036418">053 203 6418</a>' in partner and "Lightspeed" in partner
    assert '<a href="tel:+31207219239">020-7219239</a>' in partner and 'href="tel:+318000200570"' in partner
    repair = html("www.computerservice-vandijk.nl")
    assert '<a href="tel:+31555766204">055-5766204</a>' in repair and "sinds 1996" in repair
    assert "TeamViewerQS.exe" in repair and "7311 AB Apeldoorn" in repair and "CMS Made Simple" in repair
    free = html("www.depannage-pc-mersch.lu")
    assert '<a href="tel:+352691827364">(+352) 691 827 364</a>' in free and "e-monsite" in free
    assert "L-7535 Mersch" in free and "RCS Luxembourg A" in free and "décembre 2025" in free
    official = html("canon.jp", "/support/contact/printer")
    assert '<a href="tel:+815055590015">050-555-90015</a>' in official and "偽のサポートサイト" in official
    assert "data-epi-block-id" in official


# --- the nineteenth batch (sites19.toml: Site.batch == 19) -------------------------------

BATCH19_SCAM_TEMPLATES = {
    "b19_nl_sitejet_ziggo_alt", "b19_gb_blocksy_remote_trust", "b19_de_craft_fernhilfe_phoneparam",
    "b19_fr_mailchimp_norton_refund", "b19_ja_locker_windows_fullwidth", "b19_fi_s9y_choir_gmail",
    "b19_be_locker_mcafee_azure", "b19_at_processwire_hotline_directory", "b19_us_weblium_dell_independent",
    "b19_chfr_statamic_eset_jsonld", "b19_ie_superso_icloud_jspieces", "b19_be_voog_brother_nr_urlenc",
}  # fmt: skip
BATCH19_LEGIT_TEMPLATES = {
    "b19_nl_polopoly_ziggo_article", "b19_lu_bloomreach_norton_mail", "b19_at_mybb_hotline_thread",
    "b19_ja_rails_locker_question", "b19_fi_django_number_lookup", "b19_nz_hexo_scam_numbers",
    "b19_ch_magnolia_police_warning", "b19_be_kentico_bank_warning", "b19_fi_mycashflow_apple_reseller",
    "b19_ca_dreamweaver_repair_sherbrooke", "b19_au_durable_remote_business", "b19_de_contentful_eset_official",
}  # fmt: skip
AZURE_LOCKER = "mcafeealertbe7k2.z28.web.core.windows.net"


def _batch19(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 19]


def test_nineteenth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch19(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH19_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH19_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 19}
    assert not old & {s.template for s in batch}, "batch 19 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 19 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 19}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 19 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 14, "every scam its own numbers"
    directory = next(s for s in scams if s.template == "b19_at_processwire_hotline_directory")
    assert len(directory.phones) == 3 and all(n.startswith("+43800312") for n in directory.phones)
    assert [len(s.phones) for s in scams if s is not directory] == [1] * 11
    specs = [spec for spec in all_specs() if spec.batch == 19]
    assert {spec.country for spec in specs} == {
        "NL", "BE", "CH", "FI", "DE", "AT", "FR", "LU", "GB", "IE", "US", "CA", "AU", "NZ", "JP",
    }  # fmt: skip
    assert Counter(spec.lang for spec in specs) == {
        "nl": 5, "en": 5, "de": 5, "fr": 4, "fi": 3, "ja": 2,
    }  # fmt: skip
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in batch
        for p in s.pages.values()
    }
    assert langs == {"nl", "en", "de", "fr", "fi", "ja"}
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["windows-security-keikoku.click", AZURE_LOCKER]
    assert [s.brands for s in lockers] == [("microsoft",), ("mcafee",)]
    assert all(list(s.pages) == ["/"] for s in lockers)
    assert [s.hosts[0] for s in scams if not s.brands] == [
        "pcfix-remote-helpline.co.uk", "computerhilfe-sofort-telefon.de",
    ]  # fmt: skip
    assert sorted({b for s in scams for b in s.brands}) == [
        "amazon", "apple", "brother", "canon", "dell", "eset", "google", "hp", "mcafee", "microsoft",
        "norton", "paypal", "ziggo",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [AZURE_LOCKER]
    landings = {s.hosts[0]: s.landing for s in batch if s.landing != "/"}
    assert list(landings) == ["computerhilfe-sofort-telefon.de", "brother-printerhulp.be"]
    assert landings["computerhilfe-sofort-telefon.de"].startswith("/?phone=08002584316&")
    assert landings["brother-printerhulp.be"].startswith("/?nr=078156471&")

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    aged = sorted(s.domain for s in own if age(s) > 365)
    assert aged == ["kaikukuoro.fi", "kundendienst-telefonnummern.at"]
    hacked = next(s for s in own if s.domain == "kaikukuoro.fi")
    assert age(hacked) > 10 * 365 and hacked.registration.privacy == "disclosed"
    assert hacked.registration.registrant_org == "Sekakuoro Kaiku ry"
    assert (TODAY - hacked.registration.updated).days > 365, "the choir's record, untouched"
    reused = next(s for s in own if s.domain == "kundendienst-telefonnummern.at")
    assert age(reused) > 5 * 365 and (TODAY - reused.registration.updated).days < 60
    assert all(age(s) < 45 for s in own if s.domain not in aged)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published", "disclosed"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Privacy service provided by Withheld for Privacy ehf",
        "Domains By Proxy, LLC",
    }
    assert {"IN", "MA", "VN", "IS"} <= {s.registration.shown_country for s in own}
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = sorted((s for s in legit if age(s) < 365), key=age)
    assert [s.domain for s in young] == [
        "baysideremoteit.com.au", "puhelinnumerotieto.fi", "scamnumbers.org.nz",
    ]  # fmt: skip
    assert 30 < age(young[0]) < 125 and young[0].category == "business"
    assert all(age(s) > 10 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "informatique-belanger.ca" and age(repair) > 20 * 365
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+35885512340", genuine()["apple_fi"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["eset.com"] and official[0].brands == ("eset",)
    assert official[0].phones == ("+4936413114200",)
    earlier_official = {s.domain for s in scenario.sites if s.batch != 19 and s.category == "official"}
    assert "eset.com" not in earlier_official


def test_nineteenth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch19(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 8
    by = {s.template: s for s in batch}
    for template, numbers_ in (
        ("b19_nl_polopoly_ziggo_article", {"+31852051864"}),
        ("b19_lu_bloomreach_norton_mail", {"+33970738214"}),
        ("b19_at_mybb_hotline_thread", {"+43800312640", "+43800312641", "+43800312648"}),
        ("b19_ja_rails_locker_question", {"+815031864927"}),
        ("b19_fi_django_number_lookup", {"+358942871360"}),
        ("b19_nz_hexo_scam_numbers", {"+3531800948317", "+18884170356", "+448081697042", "+3280073418"}),
        ("b19_ch_magnolia_police_warning", {"+41800634219", "+498002584316"}),
        ("b19_be_kentico_bank_warning", {"+3278156471", "+3280073418"}),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == numbers_, template
    assert not any(by[t].phones for t in (
        "b19_nl_polopoly_ziggo_article", "b19_lu_bloomreach_norton_mail", "b19_at_mybb_hotline_thread",
        "b19_ja_rails_locker_question", "b19_fi_django_number_lookup", "b19_nz_hexo_scam_numbers",
    ))  # fmt: skip
    assert by["b19_ch_magnolia_police_warning"].phones == ("+41583452200",), "the police's own line"
    assert by["b19_be_kentico_bank_warning"].phones == ("+3214562800",), "the bank's fraud line"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_nineteenth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch19(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        """Digits of the text a reader sees without scripts, markup or attributes."""
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    ziggo = html("ziggo-storing-mailhulp.nl")
    assert 'alt="Ziggo Helpdesk – bel 085 205 1864 – 7 dagen per week bereikbaar"' in ziggo
    assert "0852051864" not in static(ziggo) and "tel:" not in ziggo, "alt text only"
    assert "inter-cdn.com" in ziggo and "ed-element" in ziggo
    gb = html("pcfix-remote-helpline.co.uk")
    assert "0808:169:7042" in gb and "+44 (0) 808 169 7042" in gb and 'href="tel:+448081697042"' in gb
    for marker in ("blocksy", "iubenda-cs-banner", "Trustindex", "company no. 1", "ICO registration ZB",
                   "Terms &amp; Conditions", "Privacy Policy", "Cookie Policy", "★★★★★", "remote session"):
        assert marker in gb, marker  # fmt: skip
    de = by["computerhilfe-sofort-telefon.de"]
    home = html(de.hosts[0])
    assert "08002584316" not in re.sub(r"\D", "", home) and "CRAFT_CSRF_TOKEN" in home, "no number on /"
    assert "get('phone')" in home and "AnyDesk" in home and de.pages["/"].phones == ()
    assert "08002584316" not in re.sub(r"\D", "", html(de.hosts[0], de.landing)), "only in the URL"
    for page in (gb, home):
        assert not any(
            w in page.lower() for w in ("microsoft", "windows", "apple", " hp ", "norton", "mcafee")
        ), "unbranded"
    fr = html("norton-remboursement-abonnement.fr")
    assert "0x9x7x0x7x3x8x2x1x4" in fr and "++33 9 70 73 82 14" in fr and "349,99 €" in fr
    assert "Mailchimp" in fr and "mcusercontent.com" in fr
    ja = html("windows-security-keikoku.click")
    assert "０５０－３１８６－４９２７" in ja and "ja-JP" in ja and "keyboard.lock" in ja
    be = html(AZURE_LOCKER)
    assert "((0800 73 418))" in be and "0032 800 73 418" in be and "nl-BE" in be
    for page in (ja, be):
        for marker in ("requestFullscreen", "beforeunload", "history.pushState", "confirm(",
                       "autoplay loop", "speechSynthesis"):
            assert marker in page, marker  # fmt: skip
        assert re.search(r"0x8[0-9A-Fa-f]{3}", page)
    choir = html("www.kaikukuoro.fi")
    assert "+358 9 4287 1360 FIN" in choir and 'href="tel:0942871360"' in choir
    assert "Serendipity" in choir and "Kevätkonsertti" in choir and "Gmail-tuki" in choir
    at = html("kundendienst-telefonnummern.at")
    for shown in ("0800 312640", "0800 31 26 40", "0800-312641", "+43 800 312648"):
        assert shown in at, shown
    assert "Servicepartner" in at and "/site/templates/" in at and "ProcessWire" in at
    dell = html("dell-computer-helpdesk.com")
    assert dell.count('href="tel:8884170356"') == 3 and "8884170356" not in static(dell)
    assert "independent service provider and are not affiliated with" in dell
    assert "font-size:10px" in dell and dell.count("Dell") > 15 and "Weblium" in dell
    eset = html("eset-assistance-suisse.ch")
    assert '"telephone": "+41 800 634 219"' in eset and '"telephone": "+41800634219"' in eset
    assert "0800634219" not in static(eset) and "41800634219" not in static(eset), "JSON-LD only"
    assert "tel:" not in eset and "/!/forms/rappel" in eset
    ie = html("icloud-support-ireland.com")
    assert "a='1800',b='948',c='317'" in ie and "super.so" in ie and "notion-callout" in ie
    assert "1800948317" not in static(ie) and "tel:" not in re.sub(r"<script\b.*?</script>", "", ie, flags=re.S)
    brother = by["brother-printerhulp.be"]
    for path in ("/", brother.landing):
        page = html(brother.hosts[0], path)
        assert "decodeURIComponent('078%2015%2064%2071')" in page and "static.voog.com" in page
        assert "078156471" not in re.sub(r"\D", "", page), "URL-encoded only"

    news = by["www.zaanstreekdagblad.nl"]
    page = html(news.hosts[0], next(p for p in news.pages if p.startswith("/regio/")))
    assert "Ze belde 085 205 1864." in page and "polopoly_fs" in page and "plaatje" in page
    news = by["www.courrier-du-nord.lu"]
    page = html(news.hosts[0], next(p for p in news.pages if p.startswith("/fr/actualite/")))
    lure = html("norton-remboursement-abonnement.fr")
    for sentence in ("vous disposez de 48 heures pour demander le remboursement intégral",
                     "appelez immédiatement notre service remboursement au",
                     "0x9x7x0x7x3x8x2x1x4", "ou depuis l’étranger au ++33 9 70 73 82 14"):
        assert sentence in page and sentence in lure, sentence  # fmt: skip
    assert "binaries/content" in page
    forum = by["www.pc-stammtisch.at"]
    page = html(forum.hosts[0], next(p for p in forum.pages if p.startswith("/showthread.php")))
    assert "0800 312640" in page and "0800-312641" in page and "+43 800 312648" in page
    assert "AnyDesk" in page and "Powered By" in page and "MyBB" in page
    qa = by["www.pc-soudan-hiroba.jp"]
    page = html(qa.hosts[0], next(p for p in qa.pages if p.startswith("/questions/")))
    assert "０５０－３１８６－４９２７" in page and "050-3186-4927" in page and "AnyDesk" in page
    assert "authenticity_token" in page and "data-turbo-track" in page
    assert "/numero/0942871360/" in by["www.puhelinnumerotieto.fi"].pages
    page = html("www.puhelinnumerotieto.fi", "/numero/0942871360/")
    assert "09 4287 1360 – kuka soitti?" in page and "csrfmiddlewaretoken" in page
    page = html("www.scamnumbers.org.nz", "/2026/02/28/february-2026-numbers/")
    for shown in ("+353 1800 948 317", "1-888-417-0356", "0808 169 7042", "0032 800 73 418"):
        assert f"<code>{shown}</code>" in page, shown
    assert "Hexo" in page
    police = by["www.regionalpolizei-werdenberg.ch"]
    page = html(police.hosts[0], next(p for p in police.pages if p.startswith("/praevention/")))
    assert "+41 800 634 219" in page and "0800 258 4316" in page and "/.resources/" in page
    assert '<a href="tel:+41583452200">058 345 22 00</a>' in page
    bank = by["www.spaarbank-kempenland.be"]
    page = html(bank.hosts[0], next(p for p in bank.pages if "waarschuwingen" in p))
    assert "078 15 64 71" in page and "0800 73 418" in page and "Kentico" in page
    assert '<a href="tel:+3214562800">014 56 28 00</a>' in page and "2200 Herentals" in page
    partner = html("www.oulun-mikrokeskus.fi")
    assert '<a href="tel:+35885512340">08 551 2340</a>' in partner and "MyCashflow" in partner
    assert '<a href="tel:+35880096372">0800 96372</a>' in partner
    repair = html("www.informatique-belanger.ca")
    assert '<a href="tel:+18195633271">(819) 563-3271</a>' in repair and "depuis 1998" in repair
    assert "TeamViewerQS.exe" in repair and "J1H 1S3" in repair and "InstanceBegin" in repair
    young = html("www.baysideremoteit.com.au")
    assert '<a href="tel:+61395271846">03 9527 1846</a>' in young and "ABN " in young
    assert "December 2025" in young and "Sandringham VIC 3191" in young and "Durable" in young
    official = html("www.eset.com", "/de/support/kontakt/")
    assert '<a href="tel:+4936413114200">03641 311 4200</a>' in official
    assert "falschen ESET-Hotlines" in official and "ctfassets.net" in official and "__NEXT_DATA__" in official


# --- the twentieth batch (sites20.toml: Site.batch == 20) --------------------------------

BATCH20_SCAM_TEMPLATES = {
    "b20_nl_jouwweb_rabobank_security", "b20_gb_godaddy_remote_trust", "b20_de_strato_nothilfe_rn",
    "b20_cafr_systemeio_mcafee_refund", "b20_ja_locker_iphone_fullwidth", "b20_at_locker_defender_jsdigits",
    "b20_ch_textpattern_hotline_directory", "b20_be_odoo_epson_jsonld", "b20_nl_firebase_outlook_alt",
    "b20_us_softr_lenovo_urlenc", "b20_fi_wpcom_canon_keycaps", "b20_fr_pluxml_petanque_outlook",
}  # fmt: skip
BATCH20_LEGIT_TEMPLATES = {
    "b20_nl_ibexa_rabobank_article", "b20_ie_arcxp_remote_helpdesk_article", "b20_de_woltlab_fernwartung_thread",
    "b20_ja_readcgi_iphone_locker_thread", "b20_lu_angular_number_lookup", "b20_au_gitbook_scam_numbers",
    "b20_fi_pimcore_telecom_warning", "b20_at_sulu_consumer_warning", "b20_be_shopware_reseller",
    "b20_nz_muse_repair_palmerston", "b20_fi_kotisivukone_remote_business", "b20_fr_aem_bitdefender_official",
}  # fmt: skip
FIREBASE_OUTLOOK = "outlook-hulp-nl.web.app"


def _batch20(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 20]


def test_twentieth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch20(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH20_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH20_LEGIT_TEMPLATES
    old = {s.template for s in scenario.sites if s.batch != 20}
    assert not old & {s.template for s in batch}, "batch 20 uses only its own templates"
    old_hosts = {h for s in scenario.sites if s.batch != 20 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 20}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 20 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 14, "every scam its own numbers"
    directory = next(s for s in scams if s.template == "b20_ch_textpattern_hotline_directory")
    assert len(directory.phones) == 3 and all(n.startswith("+4180055") for n in directory.phones)
    assert [len(s.phones) for s in scams if s is not directory] == [1] * 11
    specs = [spec for spec in all_specs() if spec.batch == 20]
    assert {spec.country for spec in specs} == {
        "NL", "BE", "CH", "FI", "DE", "AT", "FR", "LU", "GB", "IE", "US", "CA", "AU", "NZ", "JP",
    }  # fmt: skip
    assert Counter(spec.lang for spec in specs) == {
        "nl": 5, "en": 5, "de": 5, "fr": 4, "fi": 3, "ja": 2,
    }  # fmt: skip
    langs = {
        LANG.search(p.body_bytes(400).decode("utf-8", "ignore")).group(1)
        for s in batch
        for p in s.pages.values()
    }
    assert langs == {"nl", "en", "de", "fr", "fi", "ja"}
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["iphone-anzen-keikoku.top", "windows-defender-warnung.at"]
    assert [s.brands for s in lockers] == [("apple",), ("microsoft",)]
    assert all(list(s.pages) == ["/"] for s in lockers)
    assert [s.hosts[0] for s in scams if not s.brands] == [
        "remotepc-helpdesk.co.uk", "pc-nothilfe-direkt.de",
    ]  # fmt: skip
    assert sorted({b for s in scams for b in s.brands}) == [
        "amazon", "apple", "canon", "epson", "hp", "lenovo", "mcafee", "microsoft", "netflix",
        "rabobank",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [FIREBASE_OUTLOOK]
    landings = {s.hosts[0]: s.landing for s in batch if s.landing != "/"}
    assert list(landings) == ["pc-nothilfe-direkt.de"]
    assert landings["pc-nothilfe-direkt.de"].startswith("/?rn=08003304617&")

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    aged = sorted(s.domain for s in own if age(s) > 365)
    assert aged == ["kundendienst-nummern.ch", "petanque-riedisheim.fr"]
    hacked = next(s for s in own if s.domain == "petanque-riedisheim.fr")
    assert age(hacked) > 10 * 365 and hacked.registration.privacy == "disclosed"
    assert hacked.registration.registrant_org == "Amicale Pétanque Riedisheimoise"
    assert (TODAY - hacked.registration.updated).days > 365, "the club's record, untouched"
    reused = next(s for s in own if s.domain == "kundendienst-nummern.ch")
    assert age(reused) > 5 * 365 and (TODAY - reused.registration.updated).days < 60
    assert all(age(s) < 45 for s in own if s.domain not in aged)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published", "disclosed"}
    assert {s.registration.privacy_service for s in own} - {None} == {
        "Privacy service provided by Withheld for Privacy ehf",
        "Domains By Proxy, LLC",
    }
    assert {"IN", "KH", "VN", "IS"} <= {s.registration.shown_country for s in own}
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = sorted((s for s in legit if age(s) < 365), key=age)
    assert [s.domain for s in young] == [
        "lahdenetatuki.fi", "numero-inconnu.lu", "callwatch.org.au",
    ]  # fmt: skip
    assert 30 < age(young[0]) < 125 and young[0].category == "business"
    assert all(age(s) > 10 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "manawatu-computers.co.nz" and age(repair) > 20 * 365
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+3232817460", genuine()["apple_be"], genuine()["microsoft_be"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["bitdefender.fr"] and official[0].brands == ("bitdefender",)
    assert official[0].phones == ("+33176540980",)
    earlier_official = {s.domain for s in scenario.sites if s.batch != 20 and s.category == "official"}
    assert "bitdefender.fr" not in earlier_official


def test_twentieth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch20(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 8
    by = {s.template: s for s in batch}
    for template, numbers_ in (
        ("b20_nl_ibexa_rabobank_article", {"+31853017482"}),
        ("b20_ie_arcxp_remote_helpdesk_article", {"+448000465173"}),
        ("b20_de_woltlab_fernwartung_thread", {"+498003304617", "+43800746215"}),
        ("b20_ja_readcgi_iphone_locker_thread", {"+81120583917"}),
        ("b20_lu_angular_number_lookup", {"+33974592136"}),
        ("b20_au_gitbook_scam_numbers", {"+18334901726", "+18556124387", "+448000465173", "+43800746215"}),
        ("b20_fi_pimcore_telecom_warning", {"+358972531846", "+448000465173"}),
        ("b20_at_sulu_consumer_warning", {"+43800746215", "+41800551207"}),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == numbers_, template
    assert not any(by[t].phones for t in (
        "b20_nl_ibexa_rabobank_article", "b20_ie_arcxp_remote_helpdesk_article",
        "b20_de_woltlab_fernwartung_thread", "b20_ja_readcgi_iphone_locker_thread",
        "b20_lu_angular_number_lookup", "b20_au_gitbook_scam_numbers",
    ))  # fmt: skip
    assert by["b20_fi_pimcore_telecom_warning"].phones == ("+358800914470",), "the operator's line"
    assert by["b20_at_sulu_consumer_warning"].phones == ("+43552218900",), "the advice line"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_twentieth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch20(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        """Digits of the text a reader sees without scripts, markup or attributes."""
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    rabo = html("rabo-veiligheidsafdeling.nl")
    assert rabo.count('href="tel:0853017482"') == 2 and "0853017482" not in static(rabo)
    assert "+31853017482" not in rabo and "jwwb.nl" in rabo and "JouwWeb" in rabo
    assert "uw rekening te laten deblokkeren" in rabo
    gb = html("remotepc-helpdesk.co.uk")
    assert "0800 046 5173" in gb and "+44 800 046 5173" in gb and 'href="tel:+448000465173"' in gb
    for marker in ("wsimg.com", "company number", "ICO data protection registration", "VAT no.",
                   "Terms &amp; Conditions", "Privacy Policy", "Cookie Policy", "Complaints Procedure",
                   "Feefo", "★★★★★", "remote session", "cookie-banner"):
        assert marker in gb, marker  # fmt: skip
    de = by["pc-nothilfe-direkt.de"]
    home = html(de.hosts[0])
    assert "08003304617" not in re.sub(r"\D", "", home) and "cm4all" in home, "no number on /"
    assert "get('rn')" in home and "AnyDesk" in home and de.pages["/"].phones == ()
    assert "08003304617" not in re.sub(r"\D", "", html(de.hosts[0], de.landing)), "only in the URL"
    for page in (gb, home):
        assert not any(
            w in page.lower() for w in ("microsoft", "windows", "apple", " hp ", "norton", "mcafee")
        ), "unbranded"
    ca = html("mcafee-renouvellement-quebec.ca")
    assert "((1+855_612_4387))" in ca and "((+1)) 855 612 4387" in ca and "399,99 $" in ca
    assert "systeme.io" in ca
    ja = html("iphone-anzen-keikoku.top")
    assert "０１２０－５８３－９１７" in ja and "ja-JP" in ja and "navigator.vibrate" in ja
    at = html("windows-defender-warnung.at")
    assert "var z=[0,8,0,0,7,4,6,2,1,5]" in at and "0800746215" not in static(at) and "de-AT" in at
    for page in (ja, at):
        for marker in ("requestFullscreen", "beforeunload", "history.pushState", "confirm(",
                       "autoplay loop", "speechSynthesis"):
            assert marker in page, marker  # fmt: skip
        assert re.search(r"0x8[0-9A-Fa-f]{3}", page)
    ch = html("kundendienst-nummern.ch")
    for shown in ("0800 551 207", "+41 800 551 207", "0800 551 208", "0800551208", "0800 551 213"):
        assert shown in ch, shown
    assert "Partner-Callcenter" in ch and "Textpattern" in ch
    epson = html("epson-printerhulp.be")
    assert '"telephone": "078 35 12 90"' in epson and '"telephone": "+3278351290"' in epson
    assert "078351290" not in static(epson) and "tel:" not in epson, "JSON-LD only"
    assert "Odoo" in epson and "csrf_token" in epson
    outlook = html(FIREBASE_OUTLOOK)
    assert 'alt="Outlook Hulp Nederland: bel 085-2147093 (lokaal tarief) – ma t/m zo 8-22 uur"' in outlook
    assert "0852147093" not in static(outlook) and "tel:" not in outlook, "alt text only"
    assert "data-v-app" in outlook and "/__/firebase/" in outlook
    lenovo = html("lenovo-laptop-helpcenter.com")
    assert 'href="tel:%2B1%20833%20490%201726"' in lenovo and "decodeURIComponent" in lenovo
    assert "8334901726" not in re.sub(r"\D", "", lenovo), "URL-encoded only"
    assert "softr" in lenovo
    fi = html("canon-tulostintuki.fi")
    assert "0\ufe0f\u20e39\ufe0f\u20e3 7\ufe0f\u20e3" in fi and "🇫🇮 Suomi" in fi and "WordPress.com" in fi
    club = html("www.petanque-riedisheim.fr")
    assert "+33 9 74 59 21 36 (FR)" in club and 'href="tel:+33974592136"' in club
    assert "PluXml" in club and "pétanque" in club.lower() and "doublettes" in club

    news = by["www.drechtstedennieuws.nl"]
    page = html(news.hosts[0], next(p for p in news.pages if p.startswith("/nieuws/")))
    from crawler.sandbox.heldout.scams20 import RABO_NOTICE

    for sentence in RABO_NOTICE:
        assert esc_html(sentence) in page and esc_html(sentence) in rabo, sentence
    assert "085 301 7482" in page and "ezrichtext-field" in page
    news = by["www.kilkenny-chronicle.ie"]
    page = html(news.hosts[0], next(p for p in news.pages if p.startswith("/news/")))
    assert "0800 046 5173" in page and "Fusion.arcSite" in page and "Gardaí" in page
    forum = by["forum.rechnerwerkstatt.de"]
    page = html(forum.hosts[0], next(p for p in forum.pages if p.startswith("/forum/thread/")))
    assert "0800 330 4617" in page and "08003304617" in page and "0800 746215" in page
    assert "AnyDesk" in page and "WoltLab" in page
    bbs = by["bbs.pasokon-komari.jp"]
    page = html(bbs.hosts[0], next(p for p in bbs.pages if p.startswith("/test/read.cgi/")))
    assert "０１２０－５８３－９１７" in page and "0120-583-917" in page and "AnyDesk" in page
    assert "bbs.cgi" in page
    assert "/numero/0974592136" in by["www.numero-inconnu.lu"].pages
    page = html("www.numero-inconnu.lu", "/numero/0974592136")
    assert "09 74 59 21 36 – qui appelle ?" in page and "ng-version" in page
    page = html("www.callwatch.org.au", "/reported-numbers/february-2026")
    for shown in ("1-833-490-1726", "(855) 612-4387", "+44 800 046 5173", "+43 800 746215"):
        assert f"<code>{shown}</code>" in page, shown
    assert "GitBook" in page
    telco = by["www.pohjanpuhelin.fi"]
    page = html(telco.hosts[0], next(p for p in telco.pages if p.startswith("/ajankohtaista/")))
    assert "09 7253 1846" in page and "+44 800 046 5173" in page and "pimcore" in page
    assert '<a href="tel:+358800914470">0800 914470</a>' in page
    advice = by["www.konsumentenberatung-vorarlberg.at"]
    page = html(advice.hosts[0], next(p for p in advice.pages if "warnungen" in p))
    assert "0800 746215" in page and "0800 551 207" in page and "sulu" in page
    assert '<a href="tel:+43552218900">05522 18900</a>' in page and "6800 Feldkirch" in page
    partner = html("www.pc-centrum-lier.be")
    assert '<a href="tel:+3232817460">03 281 74 60</a>' in partner and "Shopware" in partner
    assert 'href="tel:+3280080404"' in partner and 'href="tel:+3227303911"' in partner
    repair = html("www.manawatu-computers.co.nz")
    assert '<a href="tel:+6463561842">06 356 1842</a>' in repair and "since 2003" in repair
    assert "TeamViewerQS.exe" in repair and "Palmerston North 4410" in repair and "muse" in repair
    young = html("www.lahdenetatuki.fi")
    assert '<a href="tel:+358405127893">040 5127893</a>' in young and "Y-tunnus " in young
    assert "tammikuussa 2026" in young and "15140 Lahti" in young and "Kotisivukone" in young
    official = html("www.bitdefender.fr", "/consumer/support/contact/")
    assert '<a href="tel:+33176540980">01 76 54 09 80</a>' in official
    assert "faux numéros" in official and "/etc.clientlibs/bitdefender/" in official


def esc_html(text: str) -> str:
    import html as htmllib

    return htmllib.escape(text, quote=True)


# --- the twenty-first batch (sites21.toml: Site.batch == 21) ------------------------------

BATCH21_SCAM_TEMPLATES = {
    "b21_nl_carrd_abnamro_fraudedesk", "b21_ie_duda_remote_trust", "b21_ch_webnode_fernhilfe_jsparts",
    "b21_befr_locker_windows_dotgaps", "b21_fi_locker_iphone_plusplus", "b21_au_kajabi_norton_renewal",
    "b21_nl_weebly_hp_alt", "b21_at_joomla_gesangverein_outlook", "b21_lu_grav_hotline_directory",
    "b21_ja_studio_microsoft_fullwidth", "b21_us_framer_icloud_query", "b21_de_wix_brother_jsonld",
}  # fmt: skip
BATCH21_LEGIT_TEMPLATES = {
    "b21_nl_brightspot_abnamro_article", "b21_gb_newspack_remote_article", "b21_de_invision_fernwartung_thread",
    "b21_ja_qa_microsoft_thread", "b21_fr_nuxt_number_lookup", "b21_nz_docusaurus_scam_numbers",
    "b21_fi_drupal_consumer_warning", "b21_be_liferay_bank_warning", "b21_ch_magento_reseller",
    "b21_ca_frontpage_repair_stjerome", "b21_nl_zyro_remote_business", "b21_fi_sitecore_canon_official",
}  # fmt: skip


def _batch21(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 21]


def test_twenty_first_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch21(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH21_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH21_LEGIT_TEMPLATES
    old_hosts = {h for s in scenario.sites if s.batch != 21 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 21}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 21 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 13, "every scam its own numbers"
    directory = next(s for s in scams if s.template == "b21_lu_grav_hotline_directory")
    assert sorted(directory.phones) == ["+35280028417", "+35280028419"]
    assert [len(s.phones) for s in scams if s is not directory] == [1] * 11
    specs = [spec for spec in all_specs() if spec.batch == 21]
    assert {spec.country for spec in specs} == {
        "NL", "BE", "CH", "FI", "DE", "AT", "FR", "LU", "GB", "IE", "US", "CA", "AU", "NZ", "JP",
    }  # fmt: skip
    assert Counter(spec.lang for spec in specs) == {
        "nl": 5, "en": 5, "de": 5, "fr": 4, "fi": 3, "ja": 2,
    }  # fmt: skip
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["alerte-securite-windows-be.xyz", "iphone-turvavaroitus.online"]
    assert [s.brands for s in lockers] == [("microsoft",), ("apple",)]
    assert all(list(s.pages) == ["/"] for s in lockers)
    assert [s.hosts[0] for s in scams if not s.brands] == [
        "pcrescue-remote.ie", "pc-soforthilfe-schweiz.ch",
    ]  # fmt: skip
    assert sorted({b for s in scams for b in s.brands}) == [
        "abnamro", "amazon", "apple", "brother", "hp", "microsoft", "norton", "paypal",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == ["hp-printerhulp-nl.weebly.com"]
    landings = {s.hosts[0]: s.landing for s in batch if s.landing != "/"}
    assert list(landings) == ["icloud-account-helpdesk.com"]
    assert landings["icloud-account-helpdesk.com"].startswith("/?ph=18446205938&")

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    aged = sorted(s.domain for s in own if age(s) > 365)
    assert aged == ["mgv-liederkranz-wolfurt.at", "numeros-service-client.lu"]
    hacked = next(s for s in own if s.domain == "mgv-liederkranz-wolfurt.at")
    assert age(hacked) > 10 * 365 and hacked.registration.privacy == "disclosed"
    assert hacked.registration.registrant_org == "Männergesangverein Liederkranz Wolfurt"
    assert (TODAY - hacked.registration.updated).days > 365, "the choir's record, untouched"
    reused = next(s for s in own if s.domain == "numeros-service-client.lu")
    assert age(reused) > 5 * 365 and (TODAY - reused.registration.updated).days < 60
    assert all(age(s) < 45 for s in own if s.domain not in aged)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published", "disclosed"}
    assert {"IN", "KH", "VN", "IS", "CN"} <= {s.registration.shown_country for s in own}
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = sorted((s for s in legit if age(s) < 365), key=age)
    assert [s.domain for s in young] == [
        "zwollecomputerhulp.nl", "quiappelle-ce-numero.fr", "scamline-watch.nz",
    ]  # fmt: skip
    assert 30 < age(young[0]) < 125 and young[0].category == "business"
    assert all(age(s) > 10 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "informatique-stjerome.ca" and age(repair) > 20 * 365
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+41442617380", genuine()["apple_ch"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["canon.fi"] and official[0].brands == ("canon",)
    assert official[0].phones == ("+358201555190",)
    earlier = {s.domain for s in scenario.sites if s.batch != 21}
    assert "canon.fi" not in earlier


def test_twenty_first_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch21(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 8
    by = {s.template: s for s in batch}
    for template, numbers_ in (
        ("b21_nl_brightspot_abnamro_article", {"+31202157394"}),
        ("b21_gb_newspack_remote_article", {"+35315542970"}),
        ("b21_de_invision_fernwartung_thread", {"+41800662418", "+498007284619"}),
        ("b21_ja_qa_microsoft_thread", {"+81120739264"}),
        ("b21_fr_nuxt_number_lookup", {"+35280028417"}),
        ("b21_nz_docusaurus_scam_numbers", {"+18446205938", "+611800412637", "+35315542970", "+43800297531"}),
        ("b21_fi_drupal_consumer_warning", {"+358800418263", "+18446205938"}),
        ("b21_be_liferay_bank_warning", {"+31202157394", "+31858883104", "+3280071946"}),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == numbers_, template
    assert not any(by[t].phones for t in (
        "b21_nl_brightspot_abnamro_article", "b21_gb_newspack_remote_article",
        "b21_de_invision_fernwartung_thread", "b21_ja_qa_microsoft_thread",
        "b21_fr_nuxt_number_lookup", "b21_nz_docusaurus_scam_numbers",
    ))  # fmt: skip
    assert by["b21_fi_drupal_consumer_warning"].phones == ("+35832234561",), "the advice line"
    assert by["b21_be_liferay_bank_warning"].phones == ("+3214582300",), "the bank's own line"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_twenty_first_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch21(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        """Digits of the text a reader sees without scripts, markup or attributes."""
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    abn = html("abnamro-fraudedesk.nl")
    assert abn.count('href="tel:0202157394"') == 2 and "0202157394" not in static(abn)
    assert "+31202157394" not in abn and "Carrd" in abn and "e.dentifier" in abn
    ie = html("pcrescue-remote.ie")
    assert "+353 1 554 2970 (IE)" in ie and 'href="tel:+35315542970"' in ie
    for marker in ("cdn-website.com", "CRO no.", "VAT IE", "GDPR", "Trustpilot", "Cookie Policy",
                   "Complaints", "remote session", "cookie-notice"):
        assert marker in ie, marker  # fmt: skip
    ch = html("pc-soforthilfe-schweiz.ch")
    assert "['0800','662','418']" in ch and "0800662418" not in static(ch) and "Webnode" in ch
    for page in (ie, ch):
        assert not any(
            w in page.lower() for w in ("microsoft", "windows", "apple", " hp ", "norton", "mcafee")
        ), "unbranded"
    be = html("alerte-securite-windows-be.xyz")
    assert "0 . 8 . 0 . 0 . 7 . 1 . 9 . 4 . 6" in be and "fr-BE" in be
    fi = html("iphone-turvavaroitus.online")
    assert "++358 800 418263" in fi and "navigator.vibrate" in fi and "fi-FI" in fi
    au = html("norton-renewals-au.com")
    assert "((1800 412 637))" in au and "AU$ 449.99" in au and "kajabi" in au
    hp = html("hp-printerhulp-nl.weebly.com")
    assert 'alt="HP printerhulp – bel 085 888 3104' in hp and "0858883104" not in static(hp)
    choir = html("www.mgv-liederkranz-wolfurt.at")
    assert 'href="tel:%2B43%20800%20297531"' in choir and "800297531" not in re.sub(r"\D", "", choir)
    assert "Joomla! 1.5" in choir and "Frühjahrskonzert" in choir
    lu = html("numeros-service-client.lu")
    assert "GravCMS" in lu and lu.count("tel:+35280028417") == 2 and lu.count("tel:+35280028419") == 2
    ja = html("microsoft-support-madoguchi.jp")
    assert "０１２０－７３９－２６４" in ja and "STUDIO" in ja
    us = by["icloud-account-helpdesk.com"]
    home = html(us.hosts[0])
    assert "8446205938" not in re.sub(r"\D", "", home) and "get('ph')" in home and us.pages["/"].phones == ()
    assert "8446205938" not in re.sub(r"\D", "", html(us.hosts[0], us.landing)), "only in the URL"
    de = html("brother-drucker-hilfe.de")
    assert '"telephone": "0800 7284619"' in de and "07284619" not in static(de) and "Wix.com" in de
    article = by["www.gooienvechtnieuws.nl"]
    text = next(p for path, p in article.pages.items() if path.startswith("/regio/")).body_bytes().decode()
    from crawler.sandbox.heldout.scams21 import ABN_NOTICE

    assert all(esc_html(line) in text and esc_html(line) in abn for line in ABN_NOTICE)
    repair = html("www.informatique-stjerome.ca")
    assert "TeamViewerQS.exe" in repair and "(450) 436-1872" in repair and "FrontPage" in repair
    official = html("www.canon.fi", "/support/ota-yhteytta/")
    assert '<a href="tel:+358201555190">020 1555190</a>' in official and "valetukinumeroita" in official


# --- the twenty-second batch (sites22.toml: Site.batch == 22) -----------------------------

BATCH22_SCAM_TEMPLATES = {
    "b22_nl_divi_microsoft_intlzero", "b22_gb_nextjs_norton_zerodash", "b22_de_pagesdev_mcafee_digits",
    "b22_fr_angular_apple_microdata", "b22_fi_locker_defender_bullets", "b22_chde_locker_mac_dialog",
    "b22_nl_locker_geblokkeerd_urlparam", "b22_befr_oceanwp_hp_reviews", "b22_fi_webapp_etatuki_whatsapp",
    "b22_us_bubble_gmail_dots", "b22_ja_swell_canon_hyphens", "b22_nl_site123_computerhulp_ld",
}  # fmt: skip
BATCH22_LEGIT_TEMPLATES = {
    "b22_nl_arcxp_helpdesk_article", "b22_us_blox_gmail_article", "b22_fi_xenforo_locker_thread",
    "b22_fr_flarum_assistance_thread", "b22_nl_livewire_number_lookup", "b22_de_alpine_number_lookup",
    "b22_ch_kirby_security_blog", "b22_be_imio_commune_warning", "b22_ja_hpb_repair_sapporo",
    "b22_gb_umbraco_msp_partner", "b22_nl_flatsome_inkt_chat", "b22_de_epson_official",
}  # fmt: skip


def _batch22(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 22]


def test_twenty_second_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch22(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH22_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH22_LEGIT_TEMPLATES
    old_hosts = {h for s in scenario.sites if s.batch != 22 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 22}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 22 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 22]
    assert {spec.country for spec in specs} == {
        "NL", "BE", "CH", "FI", "DE", "FR", "GB", "US", "JP",
    }  # fmt: skip
    assert Counter(spec.lang for spec in specs) == {
        "nl": 6, "en": 4, "de": 5, "fr": 4, "fi": 3, "ja": 2,
    }  # fmt: skip
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    assert ("fr", "BE") in {(s.lang, s.country) for s in specs if s.category == "fake_helpdesk"}
    assert ("de", "CH") in {(s.lang, s.country) for s in specs if s.category == "scareware"}
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == [
        "windows-defender-varoitus.site", "macos-schutz-warnung.top", "beveiliging-pc-melding.online",
    ]  # fmt: skip
    assert [s.brands for s in lockers] == [("microsoft",), ("apple",), ("microsoft",)]
    assert [len(s.pages) for s in lockers] == [1, 1, 2], "the last one: home and ad landing"
    assert [s.hosts[0] for s in scams if not s.brands] == [
        "etatuki-tietokoneapu.web.app", "pchulpdirect-nederland.com",
    ]  # fmt: skip
    assert sorted({b for s in scams for b in s.brands}) == [
        "apple", "canon", "google", "hp", "mcafee", "microsoft", "norton",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "mcafee-abo-abgelaufen.pages.dev", "etatuki-tietokoneapu.web.app",
    ]  # fmt: skip
    landings = {s.hosts[0]: s.landing for s in batch if s.landing != "/"}
    assert list(landings) == ["beveiliging-pc-melding.online"]
    assert landings["beveiliging-pc-melding.online"].startswith("/?tfn=08000226931&")

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    assert all(age(s) < 30 for s in own)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {"IN", "VN", "CN", "MA", "IS", "US"} <= {s.registration.shown_country for s in own}
    proxied = {s.domain: s.registration.privacy_service for s in own if s.registration.privacy_service}
    assert proxied == {
        "beveiliging-pc-melding.online": "Super Privacy Service LTD c/o Dynadot",
        "gmail-account-recovery-help.com": "Privacy service provided by Withheld for Privacy ehf",
        "pchulpdirect-nederland.com": "Withheld for Privacy ehf",
    }  # fmt: skip
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = [s for s in legit if age(s) < 365]
    assert [s.domain for s in young] == ["sicherheitsnotizen.ch"] and young[0].category == "blog"
    assert all(age(s) > 8 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "pc-kobo-sapporo.jp" and age(repair) > 15 * 365
    assert repair.registration.registrant_org == "有限会社ピーシー工房"
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+442072630194", genuine()["microsoft_gb"], genuine()["apple_gb"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["epson.de"] and official[0].brands == ("epson",)
    assert official[0].phones == ("+492159538000",)
    shop = next(s for s in legit if s.category == "business")
    assert shop.domain == "inktpatroonkoning.nl" and shop.brands == ("brother", "canon", "epson", "hp")
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 2, "forum": 2, "directory": 2, "warning": 1, "blog": 1, "official": 1}


def test_twenty_second_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch22(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 9
    by = {s.template: s for s in batch}
    for template, numbers_ in (
        ("b22_nl_arcxp_helpdesk_article", {"+31850607193", "+318000226931"}),
        ("b22_us_blox_gmail_article", {"+18884196203", "+448081964257"}),
        ("b22_fi_xenforo_locker_thread", {"+358800914327", "+358457831226"}),
        ("b22_fr_flarum_assistance_thread", {"+33970730518", "+3278483215"}),
        ("b22_nl_livewire_number_lookup", {"+31854019637", "+31850607193"}),
        ("b22_de_alpine_number_lookup", {"+498001834526"}),
        ("b22_ch_kirby_security_blog", {"+41800554493", "+498001834526"}),
        ("b22_be_imio_commune_warning", {"+3278483215", "+33970730518"}),
        ("b22_ja_hpb_repair_sapporo", {"+81120589174"}),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == numbers_, template
    assert not any(by[t].phones for t in (
        "b22_nl_arcxp_helpdesk_article", "b22_us_blox_gmail_article", "b22_fi_xenforo_locker_thread",
        "b22_fr_flarum_assistance_thread", "b22_nl_livewire_number_lookup", "b22_de_alpine_number_lookup",
        "b22_ch_kirby_security_blog",
    ))  # fmt: skip
    assert by["b22_be_imio_commune_warning"].phones == ("+3284377130",), "the commune's own line"
    assert by["b22_ja_hpb_repair_sapporo"].phones == ("+81117238461",), "the shop's own line"
    quoted_scams = {n for s in batch if s.label == "legit" for p in s.pages.values() for n in p.phones} & offered
    assert quoted_scams == offered, "every scam of the batch is quoted somewhere"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_twenty_second_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch22(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        """Digits of the text a reader sees without scripts, markup or attributes."""
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    def digits(page: str) -> str:
        return re.sub(r"\D", "", page)

    divi = html("microsoft-helpdesk-nederland.nl")
    assert "+31 (0)85 060 71 93" in divi and 'href="tel:0850607193"' in divi
    assert "et_pb_section" in divi and "cmplz-cookiebanner" in divi
    uk = html("norton-refunds-uk.co.uk")
    assert uk.count("0-808-196-4257 UK") == 2 and "__NEXT_DATA__" in uk and "£389.99" in uk
    mc = html("mcafee-abo-abgelaufen.pages.dev")
    assert "[0,8,0,0,1,8,3,4,5,2,6]" in mc and "0800 1834526" not in mc
    assert "08001834526" not in static(mc) and "bootstrap@5.3.3" in mc
    fr = html("assistance-apple-france.fr")
    assert 'itemprop="telephone" content="+33970730518"' in fr and 'href="tel:0970730518"' in fr
    assert "0970730518" not in static(fr) and "ng-version" in fr
    fi = html("windows-defender-varoitus.site")
    assert "0800•914•327 (maksuton)" in fi and "fi-FI" in fi
    ch = html("macos-schutz-warnung.top")
    assert "+41 (0) 800 554 493" in ch and "<dialog" in ch and "showModal" in ch and "de-CH" in ch
    nl = by["beveiliging-pc-melding.online"]
    assert "0226931" not in digits(html(nl.hosts[0])) and "get('tfn')" in html(nl.hosts[0])
    assert nl.pages["/"].phones == () and "0226931" not in digits(html(nl.hosts[0], nl.landing))
    assert nl.pages[nl.landing].offered == ("+318000226931",), "only in the URL"
    be = html("imprimante-hp-assistance.be")
    assert be.count("078/48.32.15") == 1 and 'href="tel:+3278483215"' in be
    for marker in ("Trustindex", "N° d’entreprise BE 0", "Conditions générales", "cky-consent", "oceanwp"):
        assert marker in be, marker
    wa = html("etatuki-tietokoneapu.web.app")
    assert "https://wa.me/358457831226?text=" in wa and "358457831226" not in static(wa)
    assert "tel:" not in wa and "data-v-app" in wa
    site123 = html("pchulpdirect-nederland.com")
    assert "085-4019637" in site123 and '"telephone": "+31-85-401-9637"' in site123
    for marker in ("KvK-nummer", "Kiyoh", "Algemene voorwaarden", "Geschillencommissie", "SITE123"):
        assert marker in site123, marker
    for page in (wa, site123):
        assert not any(
            w in page.lower() for w in ("microsoft", "windows", "apple", " hp ", "norton", "mcafee", "google")
        ), "unbranded"
    us = html("gmail-account-recovery-help.com")
    assert "1.888.419.6203 (Toll Free – USA/CA)" in us and "bubble-element" in us
    ja = html("canon-printer-support.jp")
    assert "0120‐589‐174" in ja and "0120-589-174" not in ja and "themes/swell" in ja
    for host in ("windows-defender-varoitus.site", "macos-schutz-warnung.top"):
        assert list(by[host].pages) == ["/"]
    forum = next(p for path, p in by["keskustelu.tietokonenurkka.fi"].pages.items() if "/threads/" in path)
    assert "0800•914•327" in forum.body_bytes().decode()
    lookup = by["www.welkenummer.nl"]
    assert "/nummer/0854019637" in lookup.pages and "wire:id" in lookup.pages["/nummer/0854019637"].body_bytes().decode()
    repair = html("www.pc-kobo-sapporo.jp")
    assert "011-723-8461" in repair and "0120-589-174" in repair and "TeamViewer" in repair
    partner = html("www.harbourline-it.co.uk", "/support/vendor-contacts/")
    assert "0800 032 6417" in partner and "0800 107 6285" in partner and "020 7263 0194" in partner
    shop = html("www.inktpatroonkoning.nl")
    assert "embed.tawk.to" in shop and "flatsome" in shop and "072 534 18 70" in shop
    official = html("www.epson.de", "/de/de/kontakt/support")
    assert '<a href="tel:+492159538000">02159 538000</a>' in official and "falschen Support-Nummern" in official


# --- the twenty-third batch (sites23.toml: Site.batch == 23) ------------------------------

BATCH23_SCAM_TEMPLATES = {
    "b23_au_wix_microsoft_splitlead", "b23_ie_squarespace_paypal_ldtel", "b23_us_blogspot_dell_doubleparen",
    "b23_gb_shopify_brother_trustfooter", "b23_at_webflow_norton_invoice", "b23_de_locker_gesperrt_scan",
    "b23_chfr_locker_bsod_qr", "b23_ja_locker_iphone_fullwidth", "b23_nl_drupal7_tennisclub_ziggo",
    "b23_fi_tilda_apple_imgalt", "b23_fr_ghost_epson_keycaps", "b23_us_googlesites_remote_words",
}  # fmt: skip
BATCH23_LEGIT_TEMPLATES = {
    "b23_ie_amp_paypal_article", "b23_at_typo3_consumer_tv", "b23_ja_nuxt_qa_iphone",
    "b23_au_vbulletin_tables_thread", "b23_us_sveltekit_number_lookup", "b23_nl_symfony_turbo_lookup",
    "b23_fi_aem_bank_warning", "b23_chfr_drupal10_police_warning", "b23_chde_joomla_repair_fernwartung",
    "b23_be_hugo_it_partner", "b23_de_shopware_userlike_shop", "b23_nl_remix_ziggo_official",
}  # fmt: skip


def _batch23(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 23]


def test_twenty_third_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch23(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH23_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH23_LEGIT_TEMPLATES
    old_hosts = {h for s in scenario.sites if s.batch != 23 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 23}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 23 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 23]
    assert {spec.country for spec in specs} == {
        "AU", "IE", "US", "GB", "AT", "DE", "CH", "JP", "NL", "FI", "FR", "BE",
    }  # fmt: skip
    assert Counter(spec.lang for spec in specs) == {
        "en": 8, "de": 5, "nl": 4, "fr": 3, "fi": 2, "ja": 2,
    }  # fmt: skip
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    assert {("en", "AU"), ("en", "IE"), ("de", "AT"), ("fr", "CH")} <= {
        (s.lang, s.country) for s in specs if s.category in ("fake_helpdesk", "scareware")
    }
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == [
        "windows-schutzalarm.online", "blocage-ordinateur-alerte.site", "iphone-security-alert-jp.top",
    ]  # fmt: skip
    assert [s.brands for s in lockers] == [("microsoft",), ("microsoft",), ("apple",)]
    assert [len(s.pages) for s in lockers] == [1, 1, 1]
    assert [s.hosts[0] for s in scams if not s.brands] == ["remotepchelpnow.com"]
    assert sorted({b for s in scams for b in s.brands}) == [
        "apple", "brother", "dell", "epson", "microsoft", "norton", "paypal", "ziggo",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "msoft-support-australia.wixsite.com", "dell-support-number-usa.blogspot.com",
    ]  # fmt: skip
    assert all(s.landing == "/" for s in batch)

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    hacked = next(s for s in own if s.template == "b23_nl_drupal7_tennisclub_ziggo")
    assert hacked.domain == "ltvdewaterlelie.nl" and age(hacked) > 15 * 365
    assert (TODAY - hacked.registration.updated).days < 10, "the old name was touched lately"
    assert all(age(s) < 30 for s in own if s is not hacked)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {"IN", "CN", "VN", "PK", "MA", "IS", "US"} <= {s.registration.shown_country for s in own}
    proxied = {s.domain: s.registration.privacy_service for s in own if s.registration.privacy_service}
    assert proxied == {
        "paypal-helpline-ireland.com": "Withheld for Privacy ehf",
        "norton-verlaengerung-storno.com": "Domains By Proxy, LLC",
    }  # fmt: skip
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = [s for s in legit if age(s) < 365]
    assert [s.domain for s in young] == ["leiedal-it.be"] and young[0].category == "it_partner"
    assert all(age(s) > 7 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.category == "repair_shop")
    assert repair.domain == "pc-werkstatt-kaelin.ch" and age(repair) > 15 * 365
    assert "/fernwartung" in repair.pages
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+3292347815", genuine()["microsoft_be"], genuine()["apple_be"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["ziggo.nl"] and official[0].brands == ("ziggo",)
    assert official[0].phones == ("+31887171717",)
    shop = next(s for s in legit if s.category == "business")
    assert shop.domain == "schwabenrechner.de" and shop.brands == ("dell", "hp", "lenovo")
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 2, "forum": 2, "directory": 2, "warning": 2, "official": 1}


def test_twenty_third_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch23(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 9
    by = {s.template: s for s in batch}
    for template, numbers_ in (
        ("b23_ie_amp_paypal_article", {"+3531800936412", "+448088712634"}),
        ("b23_at_typo3_consumer_tv", {"+43800291736", "+498005837214"}),
        ("b23_ja_nuxt_qa_iphone", {"+815058712246"}),
        ("b23_au_vbulletin_tables_thread", {"+611800492317"}),
        ("b23_us_sveltekit_number_lookup", {"+18553047219", "+18447260391"}),
        ("b23_nl_symfony_turbo_lookup", {"+31853031847"}),
        ("b23_fi_aem_bank_warning", {"+358942715906"}),
        ("b23_chfr_drupal10_police_warning", {"+41800614259", "+33975182046"}),
        ("b23_chde_joomla_repair_fernwartung", {"+498005837214"}),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == numbers_, template
    assert not any(by[t].phones for t in (
        "b23_ie_amp_paypal_article", "b23_at_typo3_consumer_tv", "b23_ja_nuxt_qa_iphone",
        "b23_au_vbulletin_tables_thread", "b23_us_sveltekit_number_lookup", "b23_nl_symfony_turbo_lookup",
    ))  # fmt: skip
    assert by["b23_fi_aem_bank_warning"].phones == ("+358106390200",), "the bank's own line"
    assert by["b23_chfr_drupal10_police_warning"].phones == ("+41215570130",), "the police's own line"
    assert by["b23_chde_joomla_repair_fernwartung"].phones == ("+41554122736",), "the shop's own line"
    quoted_scams = {n for s in batch if s.label == "legit" for p in s.pages.values() for n in p.phones} & offered
    assert quoted_scams == offered, "every scam of the batch is quoted somewhere"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_twenty_third_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch23(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        """Digits of the text a reader sees without scripts, markup or attributes."""
        return re.sub(
            r"\D", "", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    def digits(page: str) -> str:
        return re.sub(r"\D", "", page)

    wix = html("msoft-support-australia.wixsite.com")
    assert "1-800-492-317 AUS" in wix and 'href="tel:1800492317"' in wix
    assert "Wix.com Website Builder" in wix and "wixui-rich-text" in wix
    sq = html("paypal-helpline-ireland.com")
    assert '"telephone": "+353 1800 936 412"' in sq and 'href="tel:1800936412"' in sq
    assert "1800936412" not in static(sq) and "This is Squarespace." in sq
    blog = by["dell-support-number-usa.blogspot.com"]
    for page in blog.pages.values():
        if page.phones:
            body = page.body_bytes().decode()
            assert body.count("((1+855_304_7219))") >= 3 and "1-855-304-7219" in body
            assert "+1 (855) 304-7219" in body and "_WidgetManager._Init" in body
    shopify = html("brotherprintersupport.co.uk")
    assert "+44 (0) 808 871 2634" in shopify and "0808 871 2634" in shopify
    for marker in ("Shopify.theme", "Registered in England &amp; Wales, company no.", "VAT GB", "Trustpilot", "shopify-pc__banner"):
        assert marker in shopify, marker
    wf = html("norton-verlaengerung-storno.com")
    assert "String.fromCharCode.apply(null,[48,56,48,48,32,50,57,49,55,51,54])" in wf
    assert "0800291736" not in digits(wf) and "data-wf-page" in wf and "€ 399,99" in wf
    de = html("windows-schutzalarm.online")
    assert "0800 / 583 72 14" in de and "Ihr Computer wurde gesperrt" in de and "insertRow" in de
    ch = html("blocage-ordinateur-alerte.site")
    assert "0800.614.259" in ch and "% effectués" in ch and 'class="qr"' in ch and "fr-CH" in ch
    ja = html("iphone-security-alert-jp.top")
    assert "０５０－５８７１－２２４６" in ja and "050-5871-2246" not in ja and "navigator.vibrate" in ja
    club = by["www.ltvdewaterlelie.nl"]
    injected = "/sites/all/libraries/colorbox/ziggo-mail-helpdesk-bellen.html"
    assert club.pages["/"].phones == () and club.pages["/contact"].phones == ()
    assert f'href="{injected}"' in html(club.hosts[0]), "a hidden link from the club's home"
    hacked = html(club.hosts[0], injected)
    assert "O85 - 303 18 47" in hacked and 'href="tel:0853031847"' in hacked and "Drupal 7" in hacked
    tilda = html("apple-tuki-suomi.com")
    assert 'alt="Soita Apple-tukeen 09 4271 5906"' in tilda and 'href="tel:0942715906"' in tilda
    assert "0942715906" not in static(tilda) and "t-records" in tilda
    ghost = html("assistance-imprimante-epson.fr", "/imprimante-epson-hors-ligne-que-faire/")
    assert "0\ufe0f\u20e39\ufe0f\u20e3 7\ufe0f\u20e35\ufe0f\u20e3" in ghost and "09 75 18 20 46" in ghost
    assert "Ghost 5.82" in ghost and "0975" not in digits(html("assistance-imprimante-epson.fr"))
    gs = html("remotepchelpnow.com")
    assert "one eight-four-four, seven-two-six, zero-three-nine-one" in gs and 'href="tel:+18447260391"' in gs
    assert "8447260391" not in static(gs) and "Google Sites" in gs
    assert not any(w in gs.lower() for w in ("microsoft", "windows", "apple", " mac", "dell", "norton"))
    amp = html("www.lakelandsherald.ie", next(p for p in by["www.lakelandsherald.ie"].pages if p.endswith("/amp/")))
    assert '<html lang="en" amp>' in amp and "cdn.ampproject.org" in amp
    assert "1800 936 412" in amp and "0808 871 2634" in amp
    tv = by["www.servicezeit-tv.at"]
    episode = next(p.body_bytes().decode() for p in tv.pages.values() if p.phones)
    assert "powered by TYPO3" in episode and "0800 291736" in episode and "0800 / 583 72 14" in episode
    qa = next(p.body_bytes().decode() for p in by["qa.minnano-pc.jp"].pages.values() if p.phones)
    assert qa.count("050-5871-2246") == 2 and "__NUXT_DATA__" in qa
    vb = next(p.body_bytes().decode() for p in by["forums.bytebarn.com.au"].pages.values() if p.phones)
    assert "vBulletin® Version 3.8.11" in vb and 'class="tborder"' in vb
    assert "1-800-492-317 AUS" in vb and "1800 492 317" in vb
    lookup = html("www.callerbook.com", "/phone/855-304-7219")
    assert "(855) 304-7219" in lookup and "(844) 726-0391" in lookup and "kit.start" in lookup
    nl = html("www.wiebeldedit.nl", "/nummer/0853031847")
    assert "085-3031847" in nl and "<turbo-frame" in nl and "turbo-cache-control" in nl
    bank = next(p.body_bytes().decode() for p in by["www.saaristosaastopankki.fi"].pages.values() if p.phones)
    assert "cmp-text" in bank and "09 4271 5906" in bank and 'href="tel:+358106390200"' in bank
    police = html("www.police-gros-de-vaud.ch", "/prevention/arnaques/faux-support-informatique")
    assert "drupal-settings-json" in police and "0800.614.259" in police and "09 75 18 20 46" in police
    assert '<a href="tel:+41215570130">021 557 01 30</a>' in police
    fern = html("www.pc-werkstatt-kaelin.ch", "/fernwartung")
    assert "TeamViewerQS_x64.exe" in fern and "055 412 27 36" in fern and "0800 / 583 72 14" in fern
    assert "Joomla!" in fern and "0800" not in html("www.pc-werkstatt-kaelin.ch")
    hugo = html("www.leiedal-it.be", "/support/leveranciers/")
    assert "Hugo 0.125.4" in hugo and "+32 2 730 39 11" in hugo and "0800 80 404" in hugo and "09 234 78 15" in hugo
    shop = html("www.schwabenrechner.de")
    assert "userlike-cdn-widgets" in shop and "Realisiert mit Shopware" in shop
    assert "0711 382 9456" in shop and "0711 3829456" in shop
    ziggo = html("www.ziggo.nl", "/klantenservice/veiligheid/nep-helpdesks")
    assert "__remixContext" in ziggo and '<a href="tel:+31887171717">088 717 1717</a>' in ziggo


# --- the twenty-fourth batch (sites24.toml: Site.batch == 24) -----------------------------

BATCH24_SCAM_TEMPLATES = {
    "b24_be_elementor_bitdefender_telnational", "b24_gb_gutenberg_hp_countryhint", "b24_us_netlify_mcafee_pdfinvoice",
    "b24_caqc_strikingly_apple_dataattr", "b24_fi_carrd_tietokonelaakari_words", "b24_ja_notion_canon_kanji",
    "b24_nl_odoo_rabobank_securityapp", "b24_nz_vercel_amazon_linkpage_urlparam", "b24_chde_wordpress_maennerchor_avast",
    "b24_caen_locker_chrome_privacy", "b24_nl_locker_windows_update", "b24_at_locker_safari_apple_doubleparen",
}  # fmt: skip
BATCH24_LEGIT_TEMPLATES = {
    "b24_nl_tables_regional_news", "b24_gb_astro_consumer_tv", "b24_fi_phpbb_thread", "b24_ja_mastodon_canon_posts",
    "b24_be_mediawiki_number_list", "b24_chde_prestashop_tidio_shop", "b24_caqc_liferay_university_warning",
    "b24_nz_mailchimp_bank_newsletter", "b24_de_contao_repair_fernhilfe", "b24_in_hubspot_it_partner",
    "b24_fr_framer_young_startup", "b24_au_amazon_official_help",
}  # fmt: skip


def _batch24(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 24]


def test_twenty_fourth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch24(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH24_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH24_LEGIT_TEMPLATES
    old_hosts = {h for s in scenario.sites if s.batch != 24 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 24}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 24 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 24]
    assert {spec.country for spec in specs} == {
        "BE", "GB", "US", "CA", "FI", "JP", "NL", "NZ", "CH", "AT", "DE", "IN", "FR", "AU",
    }  # fmt: skip
    assert Counter(spec.lang for spec in specs) == {
        "en": 8, "nl": 5, "de": 4, "fr": 3, "fi": 2, "ja": 2,
    }  # fmt: skip
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    assert {("nl", "BE"), ("en", "NZ"), ("en", "CA"), ("fr", "CA"), ("de", "AT"), ("de", "CH")} <= {
        (s.lang, s.country) for s in specs if s.category in ("fake_helpdesk", "scareware")
    }
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == [
        "chrome-secure-connection.live", "windows-update-herstel.site", "apple-sicherheitswarnung.top",
    ]  # fmt: skip
    assert [s.brands for s in lockers] == [("google",), ("microsoft",), ("apple",)]
    assert [len(s.pages) for s in lockers] == [1, 1, 1]
    assert [s.hosts[0] for s in scams if not s.brands] == ["tietokonelaakari-kotiapu.com"]
    assert sorted({b for s in scams for b in s.brands}) == [
        "amazon", "apple", "avast", "bitdefender", "canon", "google", "hp", "mcafee", "microsoft", "rabobank",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "mcafee-billing-invoice-2026.netlify.app", "amazon-refunds-nz.vercel.app",
    ]  # fmt: skip
    linkpage = next(s for s in scams if s.template == "b24_nz_vercel_amazon_linkpage_urlparam")
    assert linkpage.landing.startswith("/?") and "callnow=0800441793" in linkpage.landing
    assert all(s.landing == "/" for s in batch if s is not linkpage)

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    hacked = next(s for s in own if s.template == "b24_chde_wordpress_maennerchor_avast")
    assert hacked.domain == "maennerchor-eggiwil.ch" and age(hacked) > 15 * 365
    assert (TODAY - hacked.registration.updated).days < 10, "the old name was touched lately"
    assert all(age(s) < 30 for s in own if s is not hacked)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {"IN", "VN", "PK", "MA", "CN", "IS", "US"} <= {s.registration.shown_country for s in own}
    proxied = {s.domain: s.registration.privacy_service for s in own if s.registration.privacy_service}
    assert proxied == {
        "soutienapplequebec.ca": "Withheld for Privacy ehf",
        "tietokonelaakari-kotiapu.com": "Super Privacy Service LTD c/o Dynadot",
    }  # fmt: skip
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = [s for s in legit if age(s) < 365]
    assert [s.domain for s in young] == ["depanpc-croixrousse.fr"] and young[0].category == "repair_shop"
    assert young[0].registration.privacy == "disclosed" and "/aide-a-distance" in young[0].pages
    assert all(age(s) > 5 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.template == "b24_de_contao_repair_fernhilfe")
    assert repair.domain == "pcservice-durlach.de" and age(repair) > 15 * 365
    assert "/fernhilfe.html" in repair.pages
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+918046139900", genuine()["microsoft_in"], genuine()["apple_in"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["amazon.com.au"] and official[0].brands == ("amazon",)
    assert official[0].phones == () and not any(p.phones for p in official[0].pages.values())
    shop = next(s for s in legit if s.category == "business")
    assert shop.domain == "pc-laden-winterthur.ch" and shop.brands == ("hp", "lenovo")
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 2, "forum": 2, "directory": 1, "warning": 2, "official": 1}


def test_twenty_fourth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch24(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 8
    by = {s.template: s for s in batch}
    for template, numbers_ in (
        ("b24_nl_tables_regional_news", {"+31882051936", "+318000229147"}),
        ("b24_gb_astro_consumer_tv", {"+448000472916", "+18886142207"}),
        ("b24_fi_phpbb_thread", {"+358401857263"}),
        ("b24_ja_mastodon_canon_posts", {"+81120834571"}),
        ("b24_be_mediawiki_number_list", {"+3278485219", "+31882051936", "+41800551937"}),
        ("b24_caqc_liferay_university_warning", {"+18445927316", "+18334051762"}),
        ("b24_nz_mailchimp_bank_newsletter", {"+64800441793"}),
        ("b24_de_contao_repair_fernhilfe", {"+43800281946"}),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == numbers_, template
    assert not any(by[t].phones for t in (
        "b24_nl_tables_regional_news", "b24_gb_astro_consumer_tv", "b24_fi_phpbb_thread",
        "b24_ja_mastodon_canon_posts", "b24_be_mediawiki_number_list", "b24_au_amazon_official_help",
    ))  # fmt: skip
    assert by["b24_caqc_liferay_university_warning"].phones == ("+14186562847",), "the IT service desk"
    assert by["b24_nz_mailchimp_bank_newsletter"].phones == ("+6495730144",), "the society's own line"
    assert by["b24_de_contao_repair_fernhilfe"].phones == ("+497219138524",), "the shop's own line"
    quoted_scams = {n for s in batch if s.label == "legit" for p in s.pages.values() for n in p.phones} & offered
    assert quoted_scams == offered, "every scam of the batch is quoted somewhere"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_twenty_fourth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch24(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        """Digits of the text a reader sees without scripts, markup or attributes."""
        return re.sub(
            r"\D", "", re.sub(r"<(script|style|noscript)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    def digits(page: str) -> str:
        return re.sub(r"\D", "", page)

    be = html("bitdefender-helpdesk-belgie.be")
    assert be.count('href="tel:078485219"') == 3 and "078485219" not in static(be)
    assert "elementor-widget-button" in be and "Ondernemingsnummer (KBO)" in be and "kiyoh-widget" in be
    gb = html("hpprinterhelpline.co.uk")
    assert "0-800-047-2916 UK" in gb and 'href="tel:08000472916"' in gb and "wp-block-group" in gb
    assert "twentytwentyfour" in gb and "Which? Trusted Trader" in gb
    inv = html("mcafee-billing-invoice-2026.netlify.app")
    assert '["(88", "8) 6", "14-", "22", "07"]' in inv and "8886142207" not in static(inv)
    assert "Page 1 of 1" in inv and "$498.99" in inv
    qc = html("soutienapplequebec.ca")
    assert qc.count('data-numero="18445927316"') == 2 and "8445927316" not in static(qc)
    assert "Strikingly" in qc and "tel:" not in qc.replace("'tel:+'", "")
    fi = html("tietokonelaakari-kotiapu.com")
    assert "nolla neljä nolla, yksi kahdeksan viisi seitsemän, kaksi kuusi kolme" in fi
    assert 'href="tel:0401857263"' in fi and "0401857263" not in static(fi) and "Made with Carrd" in fi
    assert not any(w in fi.lower() for w in ("helpdesk", "support", "tuki", "microsoft", "windows", "apple", " mac"))
    ja = html("canon-printer-soudan.jp")
    assert "〇一二〇－八三四－五七一" in ja and 'href="tel:0120834571"' in ja and "notion-callout" in ja
    assert "0120834571" not in static(ja)
    rabo = html("rabo-veiligheidsdesk.nl")
    assert "atob('MDg4IDIwNSAxOTM2')" in rabo and "<noscript><p>Bel de Veiligheidsdesk: 088-2051936</p></noscript>" in rabo
    assert "0882051936" not in static(rabo) and 'content="Odoo"' in rabo and "Beveiligingsapp" in rabo
    nz = by["amazon-refunds-nz.vercel.app"]
    assert nz.pages["/"].phones == () and nz.pages["/"].body_bytes() == nz.pages[nz.landing].body_bytes()
    assert "0800441793" not in digits(html(nz.hosts[0])) and "URLSearchParams" in html(nz.hosts[0])
    choir = by["www.maennerchor-eggiwil.ch"]
    injected = "/wp-content/uploads/2019/03/avast-kundendienst-schweiz/index.html"
    assert choir.pages["/"].phones == () and choir.pages["/kontakt/"].phones == ()
    assert f'href="{injected}"' in html(choir.hosts[0]), "a hidden link from the choir's home"
    avast = html(choir.hosts[0], injected)
    assert "0\u200b8\u200b0\u200b0 5\u200b5\u200b1 9\u200b3\u200b7" in avast and 'href="tel:0800551937"' in avast
    assert "WordPress 4.9.8" in avast
    chrome = html("chrome-secure-connection.live")
    assert "l-833-4O5-l762" in chrome and 'href="tel:+18334051762"' in chrome
    assert "8334051762" not in static(chrome) and "NET::ERR_CERT_AUTHORITY_INVALID" in chrome
    wu = html("windows-update-herstel.site")
    assert "0800 - 022 91 47" in wu and "Bezig met bijwerken" in wu
    safari = html("apple-sicherheitswarnung.top")
    assert "((0800 281 946))" in safari and "Apple Sicherheitswarnung" in safari
    news = next(p.body_bytes().decode() for p in by["www.streekbladdelangstraat.nl"].pages.values() if p.phones)
    assert "<article" not in news and "NewsArticle" not in news and "<font" in news
    assert "088-2051936" in news and "0800 022 9147" in news
    tv = html("www.fairdealtv.co.uk", "/episodes/series-9/episode-6-printer-rescue-and-the-fake-refund/")
    assert "astro-island" in tv and "0800 047 2916" in tv and "0-800-047-2916 UK" in tv and "(888) 614-2207" in tv
    forum = next(p.body_bytes().decode() for p in by["keskustelu.kotikoneet.fi"].pages.values() if p.phones)
    assert "phpBB" in forum and "040-1857263" in forum and "040 1857263" in forum
    masto = next(p.body_bytes().decode() for p in by["mstdn.pcnakama.jp"].pages.values() if p.phones)
    assert "status__content" in masto and "0120-834-571" in masto and "０１２０－８３４－５７１" in masto
    wiki = html("www.oplichterswiki.be", "/wiki/Lijst_van_nepnummers_2026")
    assert "mw-parser-output" in wiki and "wikitable" in wiki
    assert "078 48 52 19" in wiki and "088 205 1936" in wiki and "0800 551 937" in wiki
    shop = html("www.pc-laden-winterthur.ch")
    assert "code.tidio.co" in shop and "PrestaShop" in shop and "052 391 28 47" in shop and "+41 52 391 28 47" in shop
    uni = html("www.ucotenord.ca", "/web/sti/securite/alertes/faux-soutien-technique")
    assert "portlet-boundary" in uni and "1-844-592-7316" in uni and "l-833-4O5-l762" in uni and "+1 (833) 405-1762" in uni
    assert '<a href="tel:+14186562847">1-418-656-2847</a>' in uni
    mail = next(p.body_bytes().decode() for p in by["news.harbourcitybs.co.nz"].pages.values() if p.phones)
    assert "mcnTextContent" in mail and "View this email in your browser" in mail
    assert "0800 441 793" in mail and '<a href="tel:+6495730144">09 573 0144</a>' in mail
    fern = html("www.pcservice-durlach.de", "/fernhilfe.html")
    assert "AnyDesk.exe" in fern and "nie unaufgefordert an" in fern and "((0800 281 946))" in fern
    assert "Contao Open Source CMS" in fern and "0800" not in html("www.pcservice-durlach.de")
    hub = html("www.lalbaghit.in", "/support/vendor-helplines")
    assert "hs_cos_wrapper" in hub and "+91 80 4613 9900" in hub and "1800-102-1100" in hub and "1800 425 0744" in hub
    start = by["www.depanpc-croixrousse.fr"]
    remote = html(start.hosts[0], "/aide-a-distance")
    assert "TeamViewerQS_x64.exe" in remote and "jamais sans rendez-vous" in remote and "SIRET" in remote
    assert "04 78 62 40 15" in remote and "Made in Framer" in remote
    amazon = next(p.body_bytes().decode() for path, p in by["www.amazon.com.au"].pages.items() if "nodeId" in path)
    assert "Recognise tech support and refund scams" in amazon and "tel:" not in amazon


# --- the twenty-fifth batch (sites25.toml: Site.batch == 25) ------------------------------

BATCH25_SCAM_TEMPLATES = {
    "b25_nl_weebly_kpn_storing", "b25_be_godaddy_ing_copiedfirm", "b25_ie_duda_norton_renewal_imgalt",
    "b25_au_hostinger_microsoft_aus", "b25_de_onecom_paypal_jsparts", "b25_chfr_webnode_depannage_oddgroups",
    "b25_lu_joomla_bakery_avg", "b25_fi_blogger_netflix_dotgaps", "b25_ja_nuxt_amazon_prime_fullwidth",
    "b25_us_aspnet_epson_tilde", "b25_fr_locker_defender_star", "b25_gb_locker_mcafee_colon",
}  # fmt: skip
BATCH25_LEGIT_TEMPLATES = {
    "b25_nl_drupal_olivero_news", "b25_be_generatepress_victim_story", "b25_ie_invision_forum",
    "b25_ja_qa_amazon_prime", "b25_de_lookup_directory", "b25_fr_typo3_consumer_warning",
    "b25_us_coldfusion_library_warning", "b25_chfr_astra_repair", "b25_nl_oceanwp_it_partner",
    "b25_gb_storefront_tawk_shop", "b25_de_angular_paypal_official", "b25_fi_jekyll_young_startup",
}  # fmt: skip


def _batch25(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 25]


def test_twenty_fifth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch25(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH25_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH25_LEGIT_TEMPLATES
    old_hosts = {h for s in scenario.sites if s.batch != 25 for h in s.hosts}
    assert not old_hosts & {h for s in batch for h in s.hosts}
    old_domains = {s.domain for s in scenario.sites if s.batch != 25}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {
        n for s in scenario.sites if s.batch != 25 for p in s.pages.values() for n in p.phones
    }
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 25]
    assert {spec.country for spec in specs if spec.category in ("fake_helpdesk", "scareware")} == {
        "NL", "BE", "IE", "AU", "DE", "CH", "LU", "FI", "JP", "US", "FR", "GB",
    }  # fmt: skip
    assert Counter(spec.lang for spec in specs) == {
        "en": 7, "nl": 5, "fr": 5, "de": 3, "fi": 2, "ja": 2,
    }  # fmt: skip
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in scams} == {
        "nl", "en", "de", "fr", "fi", "ja",
    }  # fmt: skip
    assert {("nl", "BE"), ("en", "IE"), ("en", "AU"), ("fr", "CH"), ("fr", "LU")} <= {
        (s.lang, s.country) for s in specs if s.category in ("fake_helpdesk", "scareware")
    }
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.hosts[0] for s in lockers] == ["alerte-defender-securite.xyz", "mcafee-protection-expired.top"]
    assert [s.brands for s in lockers] == [("microsoft",), ("mcafee",)]
    assert [len(s.pages) for s in lockers] == [1, 1]
    assert [s.hosts[0] for s in scams if not s.brands] == ["pc-depannage-leman.ch"]
    assert sorted({b for s in scams for b in s.brands}) == [
        "amazon", "avg", "epson", "ing", "kpn", "mcafee", "microsoft", "netflix", "norton", "paypal",
    ]  # fmt: skip
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "kpn-storingsdienst-helpdesk.weebly.com", "netflix-asiakaspalvelu-fi.blogspot.com",
    ]  # fmt: skip
    assert all(s.landing == "/" for s in batch)

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    hacked = next(s for s in own if s.template == "b25_lu_joomla_bakery_avg")
    assert hacked.domain == "boulangerie-weis-ettelbruck.lu" and age(hacked) > 15 * 365
    assert (TODAY - hacked.registration.updated).days < 10, "the old name was touched lately"
    assert all(age(s) < 30 for s in own if s is not hacked)
    assert {s.registration.privacy for s in own} == {"shielded", "not_published"}
    assert {"IN", "PK", "CN", "BD", "SG", "IS", "US"} <= {s.registration.shown_country for s in own}
    proxied = {s.domain: s.registration.privacy_service for s in own if s.registration.privacy_service}
    assert proxied == {
        "pc-depannage-leman.ch": "Withheld for Privacy ehf",
        "epson-printer-helpdesk.com": "Domains By Proxy, LLC",
    }  # fmt: skip
    assert {s.registration.privacy for s in legit} == {"not_published", "shielded", "disclosed"}
    young = [s for s in legit if age(s) < 365]
    assert [s.domain for s in young] == ["digiapu-nieminen.fi"] and young[0].category == "repair_shop"
    assert young[0].registration.privacy == "disclosed" and "/etatuki/" in young[0].pages
    assert all(age(s) > 5 * 365 for s in legit if s not in young), "the other honest names are old"
    repair = next(s for s in legit if s.template == "b25_chfr_astra_repair")
    assert repair.domain == "infocarouge.ch" and age(repair) > 15 * 365
    assert "/assistance-a-distance/" in repair.pages and repair.brands == ()
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+31577462810", genuine()["apple_nl"], genuine()["hp_nl"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["paypal.com"] and official[0].brands == ("paypal",)
    assert official[0].phones == () and not any(p.phones for p in official[0].pages.values())
    shop = next(s for s in legit if s.category == "business")
    assert shop.domain == "harrogatelaptops.co.uk" and shop.brands == ("dell", "lenovo")
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 2, "forum": 2, "directory": 1, "warning": 2, "official": 1}


def test_twenty_fifth_batch_honest_pages_quote_only_this_batchs_scams(scenario: Scenario) -> None:
    batch = _batch25(scenario)
    offered = {n for s in batch if s.label == "scam" for n in s.phones}
    quoting = 0
    for site in (s for s in batch if s.label == "legit"):
        quoted = {n for p in site.pages.values() for n in p.phones if n not in p.offered}
        assert quoted <= offered, site.domain
        assert not set(site.phones) & offered, site.domain
        quoting += bool(quoted)
    assert quoting == 8
    by = {s.template: s for s in batch}
    for template, numbers_ in (
        ("b25_nl_drupal_olivero_news", {"+31852107394"}),
        ("b25_be_generatepress_victim_story", {"+3228089417"}),
        ("b25_ie_invision_forum", {"+3531800914726", "+611800593418"}),
        ("b25_ja_qa_amazon_prime", {"+815038214697"}),
        ("b25_de_lookup_directory", {"+498002749315", "+41800412735", "+448081937264"}),
        ("b25_fr_typo3_consumer_warning", {"+33970732816", "+35227860149"}),
        ("b25_us_coldfusion_library_warning", {"+18775302946"}),
        ("b25_fi_jekyll_young_startup", {"+358942450381"}),
    ):
        quoted = {n for p in by[template].pages.values() for n in p.phones if n not in p.offered}
        assert quoted == numbers_, template
    assert not any(by[t].phones for t in (
        "b25_nl_drupal_olivero_news", "b25_be_generatepress_victim_story", "b25_ie_invision_forum",
        "b25_ja_qa_amazon_prime", "b25_de_lookup_directory", "b25_fr_typo3_consumer_warning",
        "b25_de_angular_paypal_official",
    ))  # fmt: skip
    assert by["b25_us_coldfusion_library_warning"].phones == ("+16077562310",), "the reference desk"
    assert by["b25_fi_jekyll_young_startup"].phones == ("+358405218734",), "the start-up's own line"
    assert by["b25_chfr_astra_repair"].phones == ("+41223428915",), "the shop's own line"
    quoted_scams = {n for s in batch if s.label == "legit" for p in s.pages.values() for n in p.phones} & offered
    assert quoted_scams == offered, "every scam of the batch is quoted somewhere"
    for site in batch:
        for n in site.phones:
            assert phonenumbers.is_valid_number(phonenumbers.parse(n)), (site.domain, n)


def test_twenty_fifth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch25(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        """Digits of the text a reader sees without scripts, markup or attributes."""
        return re.sub(
            r"\D", "", re.sub(r"<(script|style|noscript)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
        )

    kpn = html("kpn-storingsdienst-helpdesk.weebly.com")
    ld = json.loads(re.search(r'ld\+json">(.*?)</script>', kpn).group(1))
    assert ld["telephone"] == "+31 85 210 7394" and 'href="tel:0852107394"' in kpn
    assert "0852107394" not in static(kpn) and "editmysite.com" in kpn and "Weebly" in kpn
    ing = html("ing-veiligheidsteam-belgie.be")
    assert "☎ 02/808.94.17" in ing and 'href="tel:028089417"' in ing and "Go Daddy Website Builder" in ing
    assert "Ondernemingsnummer 0476.318.207" in ing and "beschermde rekening" in ing
    norton = html("norton-renewal-ireland.com")
    assert 'alt="Norton Billing Ireland – Call Free 1800 914 726"' in norton and 'href="tel:+3531800914726"' in norton
    assert "1800914726" not in static(norton) and "dmRespRow" in norton and "€389.99" in norton
    aus = html("microsoft-support-australia.online")
    assert "1-800-593-418 AUS" in aus and "Hostinger Website Builder" in aus and 'href="tel:+611800593418"' in aus
    pp = html("paypal-kontoschutz-hilfe.de")
    assert '["08", "00", " ", "274", "93", "15"]' in pp and "08002749315" not in static(pp)
    assert "one.com Website Builder" in pp and "tel:" not in pp.replace("'tel:'", "")
    ch = html("pc-depannage-leman.ch")
    assert "080 04 127 35" in ch and 'href="tel:0800412735"' in ch and "Webnode" in ch and "CHF 189.–" in ch
    assert not any(w in ch.lower() for w in ("microsoft", "windows", "apple", "support", "helpdesk"))
    bakery = by["www.boulangerie-weis-ettelbruck.lu"]
    injected = "/media/system/css/support-avg-luxembourg.html"
    assert bakery.pages["/"].phones == () and bakery.pages["/index.php/contact"].phones == ()
    assert f'href="{injected}"' in html(bakery.hosts[0]) and "left:-9999px" in html(bakery.hosts[0])
    avg = html(bakery.hosts[0], injected)
    assert "+352 27 86 01 49" in avg and 'href="tel:+35227860149"' in avg and "cassiopeia" in avg
    blog = by["netflix-asiakaspalvelu-fi.blogspot.com"]
    post = html(blog.hosts[0], "/2026/02/netflix-tilauksen-uusiminen-asiakaspalvelu.html")
    assert "0 . 9 . 4 . 2 . 4 . 5 . 0 . 3 . 8 . 1" in post and "Contempo" in post and "tel:" not in post
    ja = html("prime-kaiyaku-center.jp")
    assert "０５０－３８２１－４６９７" in ja and "window.__NUXT__" in ja and 'href="tel:05038214697"' in ja
    assert "05038214697" not in static(ja)
    epson = html("epson-printer-helpdesk.com")
    assert "1~877~530~2946" in epson and "1-877-530-2946" in epson and "__VIEWSTATE" in epson
    fr = html("alerte-defender-securite.xyz")
    assert "0⊹9⊹7⊹0⊹7⊹3⊹2⊹8⊹1⊹6" in fr and 'href="tel:0970732816"' in fr and "Accès à cet ordinateur bloqué" in fr
    gb = html("mcafee-protection-expired.top")
    assert "0808:193:7264" in gb and "tel:" not in gb and "Subscription Expired" in gb
    news = next(p.body_bytes().decode() for p in by["www.dewaterlandercourant.nl"].pages.values() if p.phones)
    assert "NewsArticle" in news and "olivero" in news and "085 - 210 73 94" in news
    story = next(p.body_bytes().decode() for p in by["www.weekbladdekempen.be"].pages.values() if p.phones)
    assert "<article" not in story and "NewsArticle" not in story and "generatepress" in story
    assert "02/808.94.17" in story and "boekhoudkantoor" in story
    forum = next(p.body_bytes().decode() for p in by["www.moneychatireland.ie"].pages.values() if p.phones)
    assert "ipsType_richText" in forum and "1800 914 726" in forum and "1-800-593-418 AUS" in forum
    qa = next(p.body_bytes().decode() for p in by["www.pc-oshiete.jp"].pages.values() if p.phones)
    assert "ベストアンサー" in qa and "050-3821-4697" in qa and "０５０－３８２１－４６９７" in qa
    directory = by["www.nummer-pruefen.de"]
    assert {"/nummer/08002749315", "/nummer/0041800412735", "/nummer/00448081937264"} <= directory.pages.keys()
    assert "0800 274 9315" in html(directory.hosts[0], "/nummer/08002749315")
    assert "0041 800 412 735" in html(directory.hosts[0], "/nummer/0041800412735")
    alert = html("www.conso-vigilance-lorraine.fr", "/actualites/alertes/faux-supports-informatiques-fevrier-2026")
    assert "TYPO3 CMS" in alert and "frame-type-text" in alert
    assert "0⊹9⊹7⊹0⊹7⊹3⊹2⊹8⊹1⊹6" in alert and "09 70 73 28 16" in alert and "+352 27 86 01 49" in alert
    lib = html("www.millbrookpubliclibrary.org", "/techhelp/scams.cfm")
    assert "CFID=" in lib and "1-877-530-2946" in lib and "1~877~530~2946" in lib
    assert '<a href="tel:+16077562310">(607) 756-2310</a>' in lib
    carouge = html("www.infocarouge.ch", "/assistance-a-distance/")
    assert "TeamViewerQS_InfoCarouge.exe" in carouge and "jamais sans rendez-vous" in carouge
    assert "+41 22 342 89 15" in carouge and "astra" in carouge
    veluwe = html("www.veluwe-it.nl", "/klantenservice/leveranciers-en-fabrikanten/")
    assert "oceanwp" in veluwe and "0800 0200 570" in veluwe and "020-7219239" in veluwe and "0577 462 810" in veluwe
    shop = html("www.harrogatelaptops.co.uk")
    assert "embed.tawk.to" in shop and "storefront" in shop and "01423 505318" in shop
    paypal = next(p.body_bytes().decode() for path, p in by["www.paypal.com"].pages.items() if "cshelp" in path)
    assert 'ng-version="17.3.4"' in paypal and "Angebliche PayPal-Hotlines" in paypal and "tel:" not in paypal
    start = by["www.digiapu-nieminen.fi"]
    remote = html(start.hosts[0], "/etatuki/")
    assert "AnyDesk.exe" in remote and "emme koskaan soita" in remote and "Jekyll" in remote
    warn = next(p.body_bytes().decode() for p in start.pages.values() if "+358942450381" in p.phones)
    assert "0 . 9 . 4 . 2 . 4 . 5 . 0 . 3 . 8 . 1" in warn and "09 4245 0381" in warn


# --- the twenty-sixth batch (sites26.toml: Site.batch == 26) ------------------------------

BATCH26_SCAM_TEMPLATES = {
    "b26_nl_wixstudio_ziggo_letters", "b26_be_enfold_windows_realone", "b26_ca_webflow_norton_refund",
    "b26_nz_thrive_bitdefender_invoice", "b26_at_yola_kaspersky_slash", "b26_chde_salient_apple_jsonld",
    "b26_fr_betheme_canon_letters", "b26_befr_helix_church_hp", "b26_fi_glide_facebook_meta",
    "b26_ja_locker_windows_mixedwidth", "b26_de_locker_chrome_boldmath", "b26_ie_breakdance_copied_firm",
}  # fmt: skip
BATCH26_LEGIT_TEMPLATES = {
    "b26_nl_bolt_consumer_tv", "b26_be_concrete_victim_story", "b26_ca_vanilla_forum", "b26_fi_smf_forum",
    "b26_at_symfony_lookup_directory", "b26_fr_docsy_university_warning", "b26_ie_vuepress_library_warning",
    "b26_ja_experience_cloud_isp_warning", "b26_de_opencms_it_partner", "b26_nz_pelican_young_repair",
    "b26_chde_ecwid_freshchat_shop", "b26_chde_canon_official",
}  # fmt: skip


def _batch26(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 26]


def test_twenty_sixth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch26(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH26_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH26_LEGIT_TEMPLATES
    old_domains = {s.domain for s in scenario.sites if s.batch != 26}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {n for s in scenario.sites if s.batch != 26 for p in s.pages.values() for n in p.phones}
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 26]
    assert {spec.country for spec in specs if spec.category in ("fake_helpdesk", "scareware")} == {
        "NL", "BE", "CA", "NZ", "AT", "CH", "FR", "FI", "JP", "DE", "IE",
    }  # fmt: skip
    assert {(s.lang, s.country) for s in specs if s.category in ("fake_helpdesk", "scareware")} >= {
        ("nl", "BE"), ("fr", "BE"), ("de", "AT"), ("de", "CH"), ("en", "NZ"), ("en", "CA"),
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.brands for s in lockers] == [("microsoft",), ("google",)]
    assert [len(s.pages) for s in lockers] == [1, 1]
    assert [s.hosts[0] for s in scams if not s.brands] == ["techrescue-ireland.000webhostapp.com"]
    assert [s.domain for s in batch if platform_of(s.hosts[0])] == [
        "ziggostoringhulp.wixsite.com", "techrescue-ireland.000webhostapp.com",
    ]  # fmt: skip

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    own = [s for s in scams if not platform_of(s.domain)]
    hacked = next(s for s in own if s.template == "b26_befr_helix_church_hp")
    assert age(hacked) > 15 * 365 and (TODAY - hacked.registration.updated).days < 10
    assert all(age(s) < 30 for s in own if s is not hacked)
    young = [s for s in legit if age(s) < 365]
    assert [s.domain for s in young] == ["sydenhamtechhelp.co.nz"] and young[0].category == "repair_shop"
    assert young[0].registration.privacy == "disclosed" and "/pages/remote-support.html" in young[0].pages
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+497219145380", genuine()["hp_de"], genuine()["apple_de"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["canon.ch"] and official[0].phones == ()
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 2, "forum": 2, "directory": 1, "warning": 3, "official": 1}


def test_twenty_sixth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch26(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(r"\D", "", re.sub(r"<(script|style|noscript)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S))

    ziggo = html("ziggostoringhulp.wixsite.com")
    assert "O85 4O1 2976" in ziggo and 'href="tel:0854012976"' in ziggo and "Wix Studio" in ziggo
    assert "0854012976" not in static(ziggo)
    enfold = html("windows-helpdesk-vlaanderen.be")
    assert "Opgelet voor valse helpdesks" in enfold and "03 808 25 71" in enfold and "avia-section" in enfold
    assert "1.844.412.7395" in html("norton-refund-centre.ca") and "w-dyn-item" in html("norton-refund-centre.ca")
    bd = html("bitdefender-billing-nz.com")
    assert 'data-phone="0800444173"' in bd and "tel:" not in bd.replace("'tel:'", "") and "0800444173" not in static(bd)
    assert "0800 / 20 26 17" in html("kaspersky-kundendienst.at", "/impressum.php")
    apple = html("apple-id-hilfe.ch")
    ld = json.loads(re.search(r'ld\+json">(.*?)</script>', apple).group(1))
    assert ld["contactPoint"]["telephone"] == "+41 44 505 27 83" and "41445052783" not in static(apple)
    assert "O9.72.15.48.3O" in html("canon-assistance-imprimante.fr")
    church = by["www.paroisse-st-remacle-spa.be"]
    injected = "/images/bulletins/2019/assistance-hp-belgique.html"
    assert church.pages["/"].phones == () and f'href="{injected}"' in html(church.hosts[0])
    assert "+32 2 808 47 19" in html(church.hosts[0], injected) and "shaper_helixultimate" in html(church.hosts[0])
    fi = html("tilinpalautus-tuki.fi")
    assert 'content="Facebook-tilin palautus – soita +358942781563"' in fi and "glideapps" in fi
    assert "０５０-5812-３３７９" in html("windows-keikoku-center.top")
    assert "𝟎𝟖𝟎𝟎 𝟏𝟖𝟑 𝟕𝟒𝟔𝟐" in html("chrome-sicherheit-warnung.online") or "𝟎𝟖𝟎𝟎" in html("chrome-sicherheit-warnung.online")
    rescue = html("techrescue-ireland.000webhostapp.com", "/about/")
    assert "CRO" in rescue and "Breakdance" in rescue and "+353 1 485 3926" in rescue
    dirs = by["www.werruftan-oesterreich.at"]
    assert {"/nummer/0800202617", "/nummer/0041445052783", "/nummer/00498001837462"} <= dirs.pages.keys()
    assert "VuePress" in html("www.kildarelibraries-digital.ie", "/digital-skills/staying-safe/remote-access-scams.html")
    assert "Proudly powered by" in html("www.sydenhamtechhelp.co.nz") and "RustDesk" in html("www.sydenhamtechhelp.co.nz", "/pages/remote-support.html")


# --- the twenty-seventh batch (sites27.toml: Site.batch == 27) ----------------------------

BATCH27_SCAM_TEMPLATES = {
    "b27_nl_typedream_kpn_tel", "b27_be_ucraft_ing_alt", "b27_gb_hestia_microsoft_seo",
    "b27_us_pinegrow_mcafee_invoice", "b27_au_readymag_copied_firm", "b27_in_qwik_amazon_letters",
    "b27_de_websitebaker_hijacked_norton", "b27_chde_pico_paypal_realone", "b27_at_locker_defender_fullwidth",
    "b27_fr_locker_apple_circled", "b27_chfr_starlight_epson_path", "b27_ja_vitepress_canon_letters",
}  # fmt: skip
BATCH27_LEGIT_TEMPLATES = {
    "b27_nl_jannah_news_kpn", "b27_be_drupal10_police_warning", "b27_gb_fluxbb_forum", "b27_us_q2a_qapage",
    "b27_au_phoenix_lookup_directory", "b27_in_quintype_victim_story", "b27_de_strapi_consumer_warning",
    "b27_chde_bludit_it_firm", "b27_fr_substack_victim_blog", "b27_chfr_october_it_partner",
    "b27_in_amazon_official", "b27_ja_base_crisp_shop",
}  # fmt: skip


def _batch27(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 27]


def test_twenty_seventh_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch27(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH27_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH27_LEGIT_TEMPLATES
    old_domains = {s.domain for s in scenario.sites if s.batch != 27}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {n for s in scenario.sites if s.batch != 27 for p in s.pages.values() for n in p.phones}
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 27]
    assert {spec.country for spec in specs if spec.category in ("fake_helpdesk", "scareware")} == {
        "NL", "BE", "GB", "US", "AU", "IN", "DE", "CH", "AT", "FR", "JP",
    }  # fmt: skip
    assert {(s.lang, s.country) for s in specs if s.category in ("fake_helpdesk", "scareware")} >= {
        ("nl", "BE"), ("de", "CH"), ("fr", "CH"), ("de", "AT"), ("en", "IN"), ("en", "AU"),
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.brands for s in lockers] == [("microsoft",), ("apple",)]
    assert [len(s.pages) for s in lockers] == [1, 1]
    assert [s.hosts[0] for s in scams if not s.brands] == ["pcrescue-au.com"]
    assert not [s.domain for s in batch if platform_of(s.hosts[0])]

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    hacked = next(s for s in scams if s.template == "b27_de_websitebaker_hijacked_norton")
    assert age(hacked) > 15 * 365 and (TODAY - hacked.registration.updated).days < 10
    assert all(age(s) < 30 for s in scams if s is not hacked)
    assert all(age(s) > 2 * 365 for s in legit)
    shop = next(s for s in legit if s.category == "repair_shop")
    assert "/fernwartung" in shop.pages and shop.registration.privacy != "disclosed"
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+41213204718", genuine()["apple_ch"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["amazon.in"] and official[0].phones == ()
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 2, "forum": 2, "directory": 1, "warning": 2, "blog": 1, "official": 1}


def test_twenty_seventh_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch27(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(r"\D", "", re.sub(r"<(script|style|noscript)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S))

    kpn = html("kpn-storingsdienst24.nl", "/storingen")
    assert 'href="tel:0883207415"' in kpn and "Typedream" in kpn and "0883207415" not in static(kpn)
    ing = html("ing-veiligheidsdienst.be")
    assert 'alt="ING Veiligheidsdienst bel 02 588 09 47"' in ing and "025880947" not in static(ing) and "Ucraft" in ing
    seo = html("techguidesdaily.co.uk", "/how-to-contact-microsoft-support-uk-2026/")
    assert "0808 169 7342" in seo and "hestia" in seo and "Beware of fake support numbers" in seo
    mc = html("mcafee-billing-renewal.com")
    assert 'content="McAfee Total Protection auto-renewal invoice. To cancel and get a refund call 1-888-743-0591."' in mc
    assert "['1','888','743','0591']" in mc and "8887430591" not in static(mc) and "Pinegrow" in mc
    au = html("pcrescue-au.com", "/about/")
    assert 'data-phone="1800413927"' in au and "ABN 53 614 208 395" in au and "Readymag" in au
    amazon = html("amazon-care-helpline.in")
    assert "+9l 74281 93O56" in amazon and 'href="tel:+917428193056"' in amazon and "q:container" in amazon
    club = by["www.kgv-am-muehlbach.de"]
    injected = "/media/archiv/2017/norton-kundenservice-deutschland.php"
    assert club.pages["/"].phones == () and f'href="{injected}"' in html(club.hosts[0]) and "WebsiteBaker" in html(club.hosts[0])
    assert "dest=tel%3A08007234196" in html(club.hosts[0], injected)
    paypal = html("paypal-sicherheit.ch", "/falsche-hotlines")
    ld = json.loads(re.search(r'ld\+json">(.*?)</script>', paypal).group(1))
    assert ld["contactPoint"]["telephone"] == "+41 43 508 29 61" and "Pico" in paypal and "echte" in paypal
    assert "０８００ ２９１７３４" in html("defender-warnung-at.live")
    assert "⓪⑨ ⑦④ ⑤⑨ ③① ⑧②" in html("assistance-verrouillage.click")
    epson = by["guides-imprimantes-romandie.ch"]
    assert "/guides/imprimante-hors-ligne/rappel-0225180374/" in epson.pages and "Starlight" in html(epson.hosts[0])
    ja = html("canon-support-madoguchi.com")
    assert "O12O-471-936" in ja and 'href="tel:0120471936"' in ja and "VitePress" in ja
    assert "NewsArticle" in html("www.liemersnieuws24.nl", "/2026/02/19/inwoners-gedupeerd-door-nep-storingsdienst-kpn/")
    fora = by["www.brollypcforum.co.uk"]
    assert any("FluxBB" in p.body_bytes().decode() for p in fora.pages.values())
    dirs = by["www.whocalled-aus.com.au"]
    assert {"/number/1800413927", "/number/00917428193056"} <= dirs.pages.keys()
    news = html("www.punedailyexpress.in", "/city/pune/retired-bank-officer-lost-rs-3-8-lakh-to-fake-amazon-customer-care")
    assert "NewsArticle" not in news and "+91 74281 93056" in news and "Quintype" in news
    assert "TeamViewerQS_de.exe" in html("www.huber-itservice.ch", "/fernwartung")
    assert "CHE-107.452.889" in html("www.huber-itservice.ch")
    assert "0800 00 18 53" in html("www.leman-it.ch", "/support") or "0800 001 853" in html("www.leman-it.ch", "/support")
    assert "client.crisp.chat" in html("www.minato-pcshop.jp")


# --- the twenty-eighth batch (sites28.toml: Site.batch == 28) ----------------------------

BATCH28_SCAM_TEMPLATES = {
    "b28_fi_locker_windows_star", "b28_befr_locker_chrome_pieces", "b28_nl_umso_ziggo_query",
    "b28_nl_storyblok_abnamro_pieces", "b28_be_mozello_computerhulp_copied", "b28_chde_zola_hp_jsonld",
    "b28_chfr_sylius_norton_letters", "b28_de_dokuwiki_hijacked_avast", "b28_gb_hashnode_amazon_plusplus",
    "b28_us_clickfunnels_apple_x", "b28_in_gridsome_mcafee_caret", "b28_fr_expressionengine_brother_colon",
}  # fmt: skip
BATCH28_LEGIT_TEMPLATES = {
    "b28_fi_sanity_news_locker", "b28_befr_django_directory", "b28_nl_wpforo_forum", "b28_gb_bbpress_forum",
    "b28_de_gsb_police_warning", "b28_chfr_jahia_news", "b28_us_microblog_victim", "b28_in_s3waas_police_warning",
    "b28_nl_classicpress_repair_shop", "b28_fi_drupal11_it_partner", "b28_fr_brother_official",
    "b28_ie_bigcommerce_olark_shop",
}  # fmt: skip


def _batch28(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 28]


def test_twenty_eighth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch28(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH28_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH28_LEGIT_TEMPLATES
    old_domains = {s.domain for s in scenario.sites if s.batch != 28}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {n for s in scenario.sites if s.batch != 28 for p in s.pages.values() for n in p.phones}
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 28]
    assert {spec.country for spec in specs if spec.category in ("fake_helpdesk", "scareware")} == {
        "FI", "BE", "NL", "CH", "DE", "GB", "US", "IN", "FR",
    }  # fmt: skip
    assert {(s.lang, s.country) for s in specs if s.category in ("fake_helpdesk", "scareware")} >= {
        ("fi", "FI"), ("fr", "BE"), ("nl", "BE"), ("de", "CH"), ("fr", "CH"), ("en", "IN"),
    }  # fmt: skip
    assert {spec.country for spec in specs if spec.category not in ("fake_helpdesk", "scareware")} >= {
        "FI", "BE", "CH", "NL", "DE", "FR", "GB", "US", "IN", "IE",
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.brands for s in lockers] == [("microsoft",), ("google",)]
    assert [len(s.pages) for s in lockers] == [1, 1]
    assert [s.hosts[0] for s in scams if not s.brands] == ["computerhulp-vlaanderen.be"]
    assert not [s.domain for s in batch if platform_of(s.hosts[0])]

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    hacked = next(s for s in scams if s.template == "b28_de_dokuwiki_hijacked_avast")
    assert age(hacked) > 15 * 365 and (TODAY - hacked.registration.updated).days < 10
    assert all(age(s) < 30 for s in scams if s is not hacked)
    assert all(age(s) > 2 * 365 for s in legit)
    shop = next(s for s in legit if s.category == "repair_shop")
    assert "/hulp-op-afstand/" in shop.pages and shop.registration.privacy != "disclosed"
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+35832145678", genuine()["apple_fi"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["brother.fr"] and official[0].phones == ()
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 2, "forum": 2, "directory": 1, "warning": 2, "blog": 1, "official": 1}


def test_twenty_eighth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch28(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(r"\D", "", re.sub(r"<(script|style|noscript)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S))

    fi = html("windows-suojaus-varoitus.online")
    assert "0⊹8⊹0⊹0⊹9⊹1⊹5⊹3⊹7⊹2 FI" in fi and "beforeunload" in fi and "SpeechSynthesisUtterance" in fi and "<audio" in fi
    chrome = html("alerte-securite-navigateur.site")
    assert "var a='02',b='808',c='37',d='16';" in chrome and "028083716" not in static(chrome) and "alert(msg)" in chrome
    ziggo = html("ziggo-storingsmonteur.nl", "/storingen")
    assert 'href="tel:0852087419"' in ziggo and "/terugbellen?tel=0852087419" in ziggo and "0852087419" not in static(ziggo)
    assert "Umso" in ziggo and "KvK 74125836" in ziggo and "Algemene voorwaarden" in ziggo and "Kiyoh" in ziggo
    abn = html("fraudeteam-bankhulp.nl")
    assert 'data-a="020" data-b="238" data-c="4915"' in abn and "0202384915" not in static(abn) and "storyblok" in abn
    hulp = html("computerhulp-vlaanderen.be", "/over-ons")
    assert "((09 398 62 41))" in hulp and "BTW BE 0712.486.359" in hulp and "Mozello" in hulp
    hp = html("drucker-hilfe-schweiz.ch", "/docs/drucker-offline/")
    ld = json.loads(re.search(r'ld\+json">(.*?)</script>', hp).group(1))
    assert ld["publisher"]["contactPoint"]["telephone"] == "+41 61 508 37 42" and 'alt="HP Drucker-Support Hotline 061 508 37 42 CH"' in hp
    assert "0615083742" not in static(hp) and "getzola.org" in hp and "CHE-395.218.674" in hp
    norton = html("abo-renouvellement-suisse.com", "/fr_CH/order/thank-you")
    assert "O27 458 l2 39" in norton and "?phone=%2B41%2027%20458%2012%2039" in norton and "Sylius" in norton
    wiki = by["www.sv-koenigsspringer-hemer.de"]
    injected = "/doku.php?id=wiki:archiv:avast_kundendienst_deutschland"
    assert wiki.pages["/"].phones == () and f'href="{injected}"' in html(wiki.hosts[0]) and "DokuWiki" in html(wiki.hosts[0])
    assert "0800_741_8263" in html(wiki.hosts[0], injected) and 'href="tel:+498007418263"' in html(wiki.hosts[0], injected)
    blog = html("blog.shopsmartuk.co.uk", "/amazon-prime-refund-phone-number-uk")
    assert "++44 330 808 7412" in blog and "Hashnode" in blog
    cf = html("appleid-recovery-center.com")
    assert "1x844x590x7263 (USA)" in cf and 'href="tel:+18445907263"' in cf and "clickfunnels" in cf
    mc = html("mcafeeactivatekey.co.in")
    assert "+9^1^7^0^1^9^8^4^6^2^5^3" in mc and '"telephone": "+91 70198 46253"' in mc and "Gridsome" in mc
    br = html("assistance-imprimantes-fr.com", "/index.php/assistance/imprimante-brother-hors-ligne")
    assert "09:70:73:21:84 FR" in br and 'data-rappel="0970732184"' in br and "ExpressionEngine" in br
    assert "NewsArticle" in html("www.pirkanmaanviikko.fi", "/uutiset/2026/02/huijarit-lukitsevat-selaimen-ja-pyytavat-soittamaan")
    dirs = by["www.quimappelle.be"]
    assert {"/numero/028083716/", "/numero/0041274581239/", "/numero/0033970732184/"} <= dirs.pages.keys()
    assert "wpForo" in html("www.pchulpforum.nl", next(p for p in by["www.pchulpforum.nl"].pages if p.startswith("/community/")))
    assert "bbPress" in html("www.silversurferstalk.co.uk", "/forums/topic/amazon-prime-refund-number-from-a-blog-scam/")
    assert "Government Site Builder" in html("www.polizei-beratung-hochsauerland.de", "/SharedDocs/Meldungen/DE/2026/falsche-hotlines-avast-hp.html")
    news = html("www.rhonejournal.ch", "/sites/rhonejournal/home/actualite/valais/arnaques-facture-norton-et-faux-support-hp.html")
    assert "NewsArticle" not in news and "027 458 12 39" in news and "contextJsParameters" in news
    assert "(844) 590-7263" in html("notes.ruthannpeterson.com", "/2026/02/18/the-afternoon-i.html")
    assert "S3WaaS" in html("www.cyberpolice-amravaticity.gov.in", "/advisory/fake-mcafee-activation-helpline/")
    assert "AnyDesk.exe" in html("www.pcdokter-amersfoort.nl", "/hulp-op-afstand/") and "KvK 55918266" in html("www.pcdokter-amersfoort.nl")
    assert "0800 96372" in html("www.pirkanit.fi", "/valmistajien-tuki")
    assert by["www.brother.fr"].phones == () and "dotCMS" in html("www.brother.fr", "/fr-fr/support/attention-aux-faux-services-d-assistance")
    assert "static.olark.com" in html("www.liffeytech.ie") and "bigcommerce" in html("www.liffeytech.ie")


# --- the twenty-ninth batch (sites29.toml: Site.batch == 29) -----------------------------

BATCH29_SCAM_TEMPLATES = {
    "b29_it_locker_windows_spaced", "b29_au_locker_apple_tel", "b29_nl_plasmic_rabobank_plain",
    "b29_at_hocoos_fernwartung_intl", "b29_ie_10web_reused_copied", "b29_gb_invoiceninja_paypal_bold",
    "b29_in_bridgetown_fake_directory", "b29_fi_e107_hijacked_outlook_alt", "b29_fr_automad_epson_jsonld",
    "b29_befr_wondercms_dell_dots", "b29_chde_htmly_bitdefender_charcodes", "b29_ca_docsify_canon_plain",
}  # fmt: skip
BATCH29_LEGIT_TEMPLATES = {
    "b29_be_forkcms_tv_consumer", "b29_it_bootstrapitalia_library", "b29_nl_crownpeak_bank_bulletin",
    "b29_au_squiz_news", "b29_at_punbb_forum", "b29_fi_cakephp_directory", "b29_chfr_firstspirit_police",
    "b29_ca_writefreely_victim", "b29_ie_getsimple_repair_shop", "b29_de_weblication_it_partner",
    "b29_benl_dell_official", "b29_jp_makeshop_channeltalk_shop",
}  # fmt: skip


def _batch29(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 29]


def test_twenty_ninth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch29(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH29_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH29_LEGIT_TEMPLATES
    old_domains = {s.domain for s in scenario.sites if s.batch != 29}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {n for s in scenario.sites if s.batch != 29 for p in s.pages.values() for n in p.phones}
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 29]
    assert {spec.country for spec in specs if spec.category in ("fake_helpdesk", "scareware")} == {
        "IT", "AU", "NL", "AT", "IE", "GB", "IN", "FI", "FR", "BE", "CH", "CA",
    }  # fmt: skip
    assert {(s.lang, s.country) for s in specs if s.category in ("fake_helpdesk", "scareware")} >= {
        ("it", "IT"), ("de", "AT"), ("fi", "FI"), ("fr", "BE"), ("de", "CH"), ("en", "IN"),
    }  # fmt: skip
    assert {spec.country for spec in specs if spec.category not in ("fake_helpdesk", "scareware")} >= {
        "BE", "IT", "NL", "AU", "AT", "FI", "CH", "CA", "IE", "DE", "JP",
    }  # fmt: skip
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in batch} == {
        "it", "en", "nl", "de", "fi", "fr", "ja",
    }  # fmt: skip
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.brands for s in lockers] == [("microsoft",), ("apple",)]
    assert [len(s.pages) for s in lockers] == [1, 1]
    earlier_locker_langs = {spec.lang for spec in all_specs() if spec.batch != 29 and spec.category == "scareware"}
    assert "it" not in earlier_locker_langs and lockers[0].pages["/"].body_bytes(300).decode().count('lang="it"') == 1
    assert [s.hosts[0] for s in scams if not s.brands] == ["fernwartung-soforthilfe.at", "corkpcrepairs.ie"]
    assert not [s.domain for s in batch if platform_of(s.hosts[0])]

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    aged = {s.template: s for s in scams if age(s) > 30}
    assert aged.keys() == {"b29_ie_10web_reused_copied", "b29_fi_e107_hijacked_outlook_alt"}
    assert all(age(s) > 10 * 365 and (TODAY - s.registration.updated).days < 10 for s in aged.values())
    assert all(age(s) < 30 for s in scams if s.template not in aged)
    assert all(age(s) > 2 * 365 for s in legit)
    shop = next(s for s in legit if s.category == "repair_shop")
    assert "/remote-support/" in shop.pages and shop.registration.privacy != "disclosed"
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+4921147293658", genuine()["hp_de"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["dell.com"] and official[0].phones == ()
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 2, "forum": 1, "directory": 1, "warning": 3, "blog": 1, "official": 1}


def test_twenty_ninth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch29(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(r"\D", "", re.sub(r"<(script|style|noscript)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S))

    it = html("avviso-protezione-windows.online")
    assert "8 0 0 – 9 1 7 – 4 3 6 (Italia)" in it and "beforeunload" in it and "SpeechSynthesisUtterance" in it and "confirm(m)" in it
    au = html("apple-security-alert-au.live")
    assert it.count("tel:") == 0 and au.count('href="tel:+611800594271"') == 2 and "1800594271" not in static(au)
    rabo = html("rabobank-veiligheidsteam.nl", "/wat-gebeurt-er")
    assert "Veiligheidsteam: 088 722 4519" in rabo and 'href="tel:0887224519"' in rabo and "plasmic" in rabo
    at = html("fernwartung-soforthilfe.at")
    assert "+43 (0)1 253 84 17 AT" in at and "Hocoos" in at
    cork = html("corkpcrepairs.ie", "/about-us/")
    assert "021 482 7361" in cork and "CRO 512384" in cork and "tenweb" in cork
    assert "CRO 512384 · VAT IE 9712384K" in html("www.leesidecomputers.ie") and "CRO 512384 · VAT IE 9712384K" in cork
    inv = by["paypal-invoice-resolution.com"]
    page = html(inv.hosts[0], next(p for p in inv.pages if p.startswith("/client/invoice/")))
    assert "𝟎𝟐𝟎 𝟑𝟖𝟎𝟖 𝟏𝟓𝟐𝟕" in page and "+44 20 3808 1527 (UK Toll Free" in page and "Invoice Ninja" in page
    d = html("tollfree-helpline-directory.in")
    for form in ("+91-89516-27340", "089516 27340", "+91 8951 627 340", "8951627340 (Toll Free)", "+91 89516 27340"):
        assert form in d, form
    assert "Bridgetown" in d
    club = by["www.kalastusseura-siikajarvi.fi"]
    assert club.pages["/"].phones == () and 'href="/page.php?id=47"' in html(club.hosts[0]) and "e107" in html(club.hosts[0])
    injected = html(club.hosts[0], "/page.php?id=47")
    assert 'alt="Outlook tuki Suomi – soita 09 4257 3816' in injected and "0942573816" not in static(injected)
    ep = html("assistance-epson-france.fr", "/imprimante-epson-hors-ligne")
    ld = json.loads(re.search(r'ld\+json">(.*?)</script>', ep).group(1))
    assert "09 72 18 45 96" in ld["mainEntity"][0]["acceptedAnswer"]["text"] and "0972184596" not in static(ep) and "Automad" in ep
    dell = html("dell-support-belgique.be", "/ecran-bleu")
    assert "0.2.5.8.8.4.7.1.9 (BE)" in dell and 'href="tel:025884719"' in dell and "WonderCMS" in dell
    bd = html("bitdefender-verlaengerung.ch", "/post/bitdefender-abo-verlaengern-oder-kuendigen")
    assert "String.fromCharCode.apply(null,[48,52,52,32" in bd and "0445862931" not in static(bd) and "(Schweiz)" in bd and "htmly" in bd
    canon = html("canon-ij-setup.net")
    assert "+1 (855) 420-7731" in canon and 'href="tel:+18554207731"' in canon and "docsify" in canon
    tv = html("www.tvscherp.be", "/nl/afleveringen/detail/valse-dell-helpdesk-ria-uit-dendermonde")
    assert "02 588 47 19" in tv and "gecertificeerde technici" in tv and "licentie is verlopen" in tv and "Fork CMS" in tv
    lib = html("www.bibliotecasanvitale.it", "/servizi/sicuri-online")
    assert "800 917 436" in lib and "Accesso a questo PC bloccato" in lib and "bootstrap-italia" in lib
    bank = html("www.zuiderbank.nl", "/veilig-bankieren/fraudemeldingen/nep-veiligheidsteam-belt-vanaf-088")
    assert "088 722 4519" in bank and "088-7224519" in bank and "Crownpeak" in bank
    au_news = html("www.southernhighlandsherald.com.au", "/news/local/2026/02/icloud-lock-screen-scam-targets-highlands-retirees")
    assert "1800 594 271" in au_news and "+91 89516 27340" in au_news and "Squiz Matrix" in au_news and "NewsArticle" in au_news
    forum = by["www.computerrunde-tirol.at"]
    topic = html(forum.hosts[0], next(p for p in forum.pages if p.startswith("/viewtopic.php")))
    assert "01/253 84 17" in topic and "044 586 29 31" in topic and "PunBB" in topic
    fi = by["www.soittajatieto.fi"]
    assert {"/numerot/0942573816", "/numerot/0039800917436", "/numerot/0033972184596"} <= fi.pages.keys()
    assert "_csrfToken" in html(fi.hosts[0], "/numerot/0942573816")
    police = html("www.securite-publique-broye.ch", "/prevention/arnaques/faux-supports-techniques.html")
    assert "044 586 29 31" in police and "+33 9 72 18 45 96" in police and "FirstSpirit" in police
    blog = html("write.lindaboucher.ca", "/the-printer-that-cost-me-two-weekends")
    assert "1-855-420-7731" in blog and "+44 20 3808 1527" in blog and "WriteFreely" in blog
    remote = html("www.leesidecomputers.ie", "/remote-support/")
    assert "AnyDesk.exe" in remote and "TeamViewerQS.exe" in remote and "GetSimple" in remote
    assert "021 482 7361" in html("www.leesidecomputers.ie", "/news/a-website-is-using-our-company-details/")
    assert "089 2312 9971" in html("www.rheinsystemhaus.de", "/service/herstellersupport.php") and "Weblication" in html("www.rheinsystemhaus.de")
    assert by["www.dell.com"].phones == () and "gecertificeerde technici" in html("www.dell.com", "/nl-be/lp/oplichting-technische-ondersteuning")
    assert "cdn.channel.io" in html("www.pcshop-kuramae.jp") and "MakeShop" in html("www.pcshop-kuramae.jp") and "03-5984-7213" in html("www.pcshop-kuramae.jp")


# --- the thirtieth batch (sites30.toml: Site.batch == 30) --------------------------------

BATCH30_SCAM_TEMPLATES = {
    "b30_se_seedprod_unbranded_copied", "b30_befr_heroku_mezzanine_unbranded", "b30_nz_getresponse_mcafee_alt",
    "b30_nl_pagekit_kpn_intl", "b30_pt_helpscout_microsoft_circled", "b30_za_locker_scan_script",
    "b30_es_mobile_iphone_spaced", "b30_sg_halo_hp_guide", "b30_gb_webplus_hijacked_amazon_words",
    "b30_chde_zeta_apple_partner_copy", "b30_cafr_opencart_brother_plain", "b30_ie_dorik_netflix_jsonld",
}  # fmt: skip
BATCH30_LEGIT_TEMPLATES = {
    "b30_fr_prismic_consumer_guide", "b30_nz_sendinblue_senior_newsletter", "b30_de_episerver_insurer_blog",
    "b30_es_protecmedia_news", "b30_se_askbot_qa", "b30_za_wintercms_lookup", "b30_cafr_impresspages_police",
    "b30_fi_xoops_forum_victim", "b30_nl_mijnwebwinkel_repair_shop", "b30_chde_zeta_it_partner",
    "b30_nl_google_about_official", "b30_at_jtl_jivochat_shop",
}  # fmt: skip


def _batch30(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 30]


def test_thirtieth_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch30(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH30_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH30_LEGIT_TEMPLATES
    old_domains = {s.domain for s in scenario.sites if s.batch != 30}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {n for s in scenario.sites if s.batch != 30 for p in s.pages.values() for n in p.phones}
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 30]
    assert {spec.country for spec in specs if spec.category in ("fake_helpdesk", "scareware")} == {
        "SE", "BE", "NZ", "NL", "PT", "ZA", "ES", "SG", "GB", "CH", "CA", "IE",
    }  # fmt: skip
    assert {(s.lang, s.country) for s in specs if s.category in ("fake_helpdesk", "scareware")} >= {
        ("sv", "SE"), ("fr", "BE"), ("pt", "PT"), ("es", "ES"), ("de", "CH"), ("fr", "CA"),
    }  # fmt: skip
    assert {spec.country for spec in specs if spec.category not in ("fake_helpdesk", "scareware")} == {
        "FR", "NZ", "DE", "ES", "SE", "ZA", "CA", "FI", "NL", "CH", "AT",
    }  # fmt: skip
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in batch} == {
        "sv", "fr", "en", "nl", "pt", "es", "de", "fi",
    }  # fmt: skip
    earlier = [spec for spec in all_specs() if spec.batch < 30]
    assert not {"sv", "pt", "es"} & {spec.lang for spec in earlier}
    assert "es" not in {spec.lang for spec in earlier if spec.category == "news"}
    recovery = next(s for s in scams if s.template == "b30_pt_helpscout_microsoft_circled")
    assert recovery.brands == ("microsoft",)
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.brands for s in lockers] == [("microsoft",), ("apple",)]
    assert [len(s.pages) for s in lockers] == [1, 1]
    assert [s.hosts[0] for s in scams if not s.brands] == ["stockholmsdatorhjalp.se", "depannage-pc-bruxelles.herokuapp.com"]
    assert [s.hosts[0] for s in batch if platform_of(s.hosts[0])] == ["depannage-pc-bruxelles.herokuapp.com"]

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    aged = {s.template: s for s in scams if age(s) > 30 and not platform_of(s.hosts[0])}
    assert aged.keys() == {"b30_se_seedprod_unbranded_copied", "b30_gb_webplus_hijacked_amazon_words"}
    assert 365 < age(aged["b30_se_seedprod_unbranded_copied"]) < 2 * 365
    assert age(aged["b30_gb_webplus_hijacked_amazon_words"]) > 10 * 365
    assert all((TODAY - s.registration.updated).days < 10 for s in aged.values())
    assert all(age(s) < 30 for s in scams if s.template not in aged and not platform_of(s.hosts[0]))
    assert all(age(s) > 2 * 365 for s in legit)
    shop = next(s for s in legit if s.category == "repair_shop")
    assert "/ondersteuning-op-afstand/" in shop.pages and shop.phones == ("+31853036417",)
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+41522137480", genuine()["apple_ch"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["about.google"] and official[0].phones == (genuine()["google_nl"],)
    copy = next(s for s in scams if s.template == "b30_chde_zeta_apple_partner_copy")
    assert genuine()["apple_ch"] in {n for p in copy.pages.values() for n in p.phones} and copy.phones == ("+41435087126",)
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 1, "forum": 2, "directory": 1, "warning": 2, "blog": 2, "official": 1}


def test_thirtieth_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch30(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(r"\D", "", re.sub(r"<(script|style|noscript)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S))

    se = html("stockholmsdatorhjalp.se")
    assert "08-522 418 93" in se and 'href="tel:+46852241893"' in se and "seedprod" in se
    qa = html("www.fragadatorn.se", next(p for p in by["www.fragadatorn.se"].pages if p.startswith("/fragor/")))
    assert "Org.nr 556734-2918" in se and "08-522 418 93" in qa and "Bolagsverket" in qa and "Askbot" in qa
    be = html("depannage-pc-bruxelles.herokuapp.com")
    assert "+32 (0)2 318 47 92 – Belgique" in be and "Mezzanine" in be and "csrfmiddlewaretoken" in be
    nz = html("mcafee-refundcentre.co.nz")
    assert 'alt="McAfee Refund Desk NZ – Freephone 0800 417 263' in nz and "0800417263" not in static(nz) and "tel:" not in nz
    assert "grweb.site" in nz
    kpn = html("storingsdesk-kpn.nl", "/storingen/amsterdam")
    assert "+31 20 808 4176" in kpn and "Pagekit" in kpn
    pt = html("recuperar-conta-ajuda.pt", "/article/14-recuperar-conta-microsoft")
    assert "⑧⓪⓪ ②⓪⑧ ④①⑦" in pt and "800208417" not in static(pt) and "Help Scout" in pt and 'lang="pt"' in pt
    za = html("defender-quickscan-za.online")
    assert '"087",q=["550","3219"]' in za and "0875503219" not in static(za) and "requestFullscreen" in za
    es = html("ios-alerta-seguridad.es")
    assert "9 0 0 8 3 1 4 6 2" in es and 'href="tel:+34900831462"' in es and "navigator.vibrate" in es
    sg = html("techhelpguide.sg", "/archives/how-to-contact-hp-support-singapore")
    assert "+65 3165 8274" in sg and "Halo" in sg and "Article" in sg
    gb = by["www.niddviewguesthouse.co.uk"]
    assert gb.pages["/"].phones == () and 'display:none"><a href="/prime-refund-helpline-uk.html"' in html(gb.hosts[0])
    assert "Serif WebPlus" in html(gb.hosts[0])
    injected = html(gb.hosts[0], "/prime-refund-helpline-uk.html")
    assert "zero eight hundred – 048 – 1937" in injected and 'href="tel:+448000481937"' in injected
    copy = html("macservice-zuerich.ch", "/reparaturen.html")
    assert "0\u200b4\u200b3\u200b \u200b5" in copy and "0800 001 853" in copy and "Zeta Producer" in copy and "MacWerk Winterthur" in copy
    ca = html("soutien-imprimantes.ca")
    assert "1-844-302-6617</a> <span class=\"hidden-xs\">(sans frais, Canada)" in ca and "OpenCart" in ca
    ie = html("netflix-accounthelp.ie")
    ld = json.loads(re.search(r'ld\+json">(.*?)</script>', ie).group(1))
    assert ld["contactPoint"]["telephone"] == "+353 1 539 7842" and "015397842" not in static(ie) and "Dorik" in ie
    guide = html("www.consommateurs-vigilants.fr", "/guides/faux-depannage-informatique")
    assert "02 318 47 92" in guide and "+1 844 302 6617" in guide and "prismic" in guide and "AnyDesk" in guide
    assert not by["www.consommateurs-vigilants.fr"].brands
    news = html("www.kapitiseniorscentre.org.nz", "/newsletters/march-2026.html")
    assert "0800 417 263" in news and "sendibm" in news
    blog = html("www.hansedirekt-versicherung.de", "/ratgeber/cyber/falscher-apple-techniker")
    assert "+41 43 508 71 26" in blog and "EPiServer" in blog
    diario = by["www.diariodelaribera.es"]
    art = html(diario.hosts[0], next(p for p in diario.pages if p.startswith("/sucesos/")))
    assert "900 831 462" in art and "+351 800 208 417" in art and "Protecmedia" in art and "NewsArticle" in art
    lookup = by["www.whocalled.co.za"]
    assert {"/number/0875503219", "/number/006531658274", "/number/0035315397842"} <= lookup.pages.keys()
    assert "Winter CMS" in html(lookup.hosts[0]) and "data-request" in html(lookup.hosts[0], "/number/0875503219")
    police = html("www.police-hauteslaurentides.ca", "/prevention/fraude/faux-forfaits-assistance-imprimante")
    assert "1-844-302-6617" in police and "ImpressPages" in police
    forum = by["www.seniorisurffaajat.fi"]
    topic = html(forum.hosts[0], next(p for p in forum.pages if p.startswith("/modules/newbb/")))
    assert "+65 3165 8274" in topic and "0800 048 1937" in topic and "XOOPS" in topic
    remote = html("www.computerwerkplaats-zwolle.nl", "/ondersteuning-op-afstand/")
    assert "AnyDesk.exe" in remote and "TeamViewerQS.exe" in remote and "085 303 6417" in remote and "24/7" in remote
    assert "+31 20 808 4176" in html("www.computerwerkplaats-zwolle.nl", "/nieuws/let-op-nep-kpn-storingsdesk/")
    assert "0800 001 853" in html("www.macwerk-winterthur.ch", "/reparaturen.html") and "+41 43 508 71 26" in html("www.macwerk-winterthur.ch", "/aktuell.html")
    assert "+31 20 504 5100" in html("about.google", "/intl/nl/locations/amsterdam/")
    shop = html("www.tinte-toner-tirol.at")
    assert "code.jivosite.com/widget/" in shop and "templates/NOVA" in shop and "0512 937264" in shop


# --- the thirty-first batch (sites31.toml: Site.batch == 31) -----------------------------

BATCH31_SCAM_TEMPLATES = {
    "b31_au_blocs_unbranded_plan", "b31_pl_webwave_ing_desk", "b31_dk_locker_css_after",
    "b31_it_wolfcms_canon_srcdoc", "b31_jp_movabletype_outlook", "b31_us_runapp_geeksquad_invoice",
    "b31_br_netobjects_hijacked_hp", "b31_ae_rapidweaver_apple_whatsapp", "b31_fi_monstra_eset_plain",
    "b31_nl_orchard_ziggo_svg", "b31_es_typesetter_paypal_input", "b31_in_chyrp_dell_centre",
}  # fmt: skip
BATCH31_LEGIT_TEMPLATES = {
    "b31_dk_directus_test_call", "b31_au_elvanto_parish_news", "b31_pl_opentext_bank_faq",
    "b31_it_methode_news", "b31_jp_heartcore_advisory", "b31_br_kunena_forum", "b31_nl_livewire_lookup",
    "b31_fi_nibbleblog_victim", "b31_se_abicart_repair_shop", "b31_in_mojoportal_apple_partner",
    "b31_it_acquia_canon_official", "b31_es_jumpseller_liveagent_shop",
}  # fmt: skip


def _batch31(scenario: Scenario) -> list:
    return [s for s in scenario.sites if s.batch == 31]


def test_thirty_first_batch_is_new_and_varied(scenario: Scenario) -> None:
    batch = _batch31(scenario)
    scams = [s for s in batch if s.label == "scam"]
    legit = [s for s in batch if s.label == "legit"]
    assert len(batch) == 24 and len(scams) == 12 and len(legit) == 12
    assert {s.template for s in scams} == BATCH31_SCAM_TEMPLATES
    assert {s.template for s in legit} == BATCH31_LEGIT_TEMPLATES
    old_domains = {s.domain for s in scenario.sites if s.batch != 31}
    assert not old_domains & {s.domain for s in batch}
    old_numbers = {n for s in scenario.sites if s.batch != 31 for p in s.pages.values() for n in p.phones}
    new_numbers = {n for s in batch for p in s.pages.values() for n in p.phones}
    assert old_numbers & new_numbers <= set(genuine().values()), "only brands' own numbers recur"
    assert not old_numbers & {n for s in scams for n in s.phones}
    offered = [n for s in scams for n in s.phones]
    assert len(offered) == len(set(offered)) == 12, "every scam its own number"
    specs = [spec for spec in all_specs() if spec.batch == 31]
    assert {spec.country for spec in specs if spec.category in ("fake_helpdesk", "scareware")} == {
        "AU", "PL", "DK", "IT", "JP", "US", "BR", "AE", "FI", "NL", "ES", "IN",
    }  # fmt: skip
    assert {(s.lang, s.country) for s in specs if s.category in ("fake_helpdesk", "scareware")} >= {
        ("pl", "PL"), ("da", "DK"), ("it", "IT"), ("ja", "JP"), ("pt", "BR"), ("fi", "FI"), ("es", "ES"),
    }  # fmt: skip
    assert {spec.country for spec in specs if spec.category not in ("fake_helpdesk", "scareware")} == {
        "DK", "AU", "PL", "IT", "JP", "BR", "NL", "FI", "SE", "IN", "ES",
    }  # fmt: skip
    assert {LANG.search(s.pages["/"].body_bytes(400).decode()).group(1) for s in batch} == {
        "en", "pl", "da", "it", "ja", "pt", "fi", "nl", "es", "sv",
    }  # fmt: skip
    earlier = [spec for spec in all_specs() if spec.batch < 31]
    assert not {"da", "pl"} & {spec.lang for spec in earlier}
    lockers = [s for s in scams if s.category == "scareware"]
    assert [s.brands for s in lockers] == [("microsoft",)] and [len(s.pages) for s in lockers] == [1]
    assert "da" not in {spec.lang for spec in earlier if spec.category == "scareware"}
    assert [s.hosts[0] for s in scams if not s.brands] == ["homepcrescue.com.au"]
    assert [s.hosts[0] for s in batch if platform_of(s.hosts[0])] == ["gs-billing-desk-7fh3k2q-uc.a.run.app"]
    bank = next(s for s in scams if s.template == "b31_pl_webwave_ing_desk")
    assert bank.brands == ("ing",)
    recovery = next(s for s in scams if s.template == "b31_jp_movabletype_outlook")
    assert recovery.brands == ("microsoft",)

    def age(site) -> int:  # noqa: ANN001
        return (TODAY - site.registration.created).days

    aged = {s.template: s for s in scams if age(s) > 30 and not platform_of(s.hosts[0])}
    assert aged.keys() == {"b31_br_netobjects_hijacked_hp"}
    assert age(aged["b31_br_netobjects_hijacked_hp"]) > 10 * 365
    assert all((TODAY - s.registration.updated).days < 10 for s in aged.values())
    assert all(age(s) < 30 for s in scams if s.template not in aged and not platform_of(s.hosts[0]))
    assert all(age(s) > 2 * 365 for s in legit)
    shop = next(s for s in legit if s.category == "repair_shop")
    assert "/fjarrsupport" in shop.pages and shop.phones == ("+4631790415",)
    partner = next(s for s in legit if s.category == "it_partner")
    assert set(partner.phones) == {"+912067295014", genuine()["apple_in"]}
    official = [s for s in legit if s.category == "official"]
    assert [s.domain for s in official] == ["canon.it"] and official[0].phones == ()
    assert all(not p.phones for p in official[0].pages.values())
    never_flag = Counter(s.category for s in legit if s.category in ("news", "forum", "directory", "warning", "blog", "official"))
    assert never_flag == {"news": 2, "forum": 1, "directory": 1, "warning": 2, "blog": 2, "official": 1}


def test_thirty_first_batch_numbers_are_where_the_class_says(scenario: Scenario) -> None:
    by = {s.hosts[0]: s for s in _batch31(scenario)}

    def html(host: str, path: str = "/") -> str:
        return by[host].pages[path].body_bytes().decode()

    def static(page: str) -> str:
        return re.sub(r"\D", "", re.sub(r"<(script|style|noscript)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S))

    au = html("homepcrescue.com.au", "/about")
    assert "1800 951 374" in au and 'href="tel:+611800951374"' in html("homepcrescue.com.au") and "blocsapp.com" in au
    assert "Harbourside IT Solutions Pty Ltd" in au and "Harbourside" not in by["homepcrescue.com.au"].hosts[0]
    assert "Total Care Plan – 5 years" in html("homepcrescue.com.au", "/plans")
    pl = html("ing-centrum-bezpieczenstwa.pl", "/bezpieczne-konto")
    assert "+48 22 307 19 45" in pl and "WebWave" in pl and "konto techniczne" in pl and 'lang="pl"' in pl
    dk = html("windows-sikkerhed-dk.online")
    assert '.gratis::after{content:"80 25 17 39"' in dk and "80251739" not in static(dk) and "tel:" not in dk
    assert 'lang="da"' in dk and "requestFullscreen" in dk
    it = html("installazione-driver-stampante.it", "/download-driver")
    assert 'srcdoc="&lt;div' in it and "800 912 447" in it and "800912447" not in static(it) and "Wolf CMS" in it
    jp = html("outlook-fukkyu-center.jp")
    assert "0120-958-317" in jp and "Movable Type" in jp and "Outlook" in jp
    us = html("gs-billing-desk-7fh3k2q-uc.a.run.app")
    assert "(888) 391-5274" in us and "1-888-391-5274" in us and "Geek Squad" in us and "$449.99" in us
    br = by["www.pousadaventosdeilhabela.com.br"]
    assert br.pages["/"].phones == () and 'left:-5000px' in html(br.hosts[0]) and "NetObjects Fusion" in html(br.hosts[0])
    injected = html(br.hosts[0], "/hp-printer-support-brasil.html")
    assert "0800 591 4382" in injected and 'href="tel:+558005914382"' in injected
    ae = html("apple-experts-uae.com")
    assert 'href="https://wa.me/971505183624?text=' in ae and "971505183624" not in static(ae) and "tel:" not in ae
    assert "RapidWeaver" in ae
    fi = html("tietokoneapu-kotiin.fi", "/palvelut")
    assert "Soita: 0800 917452" in fi and "tel:" not in fi and "Monstra" in fi and "eset" not in by["tietokoneapu-kotiin.fi"].hosts[0]
    nl = html("ziggo-storingsmeldingen.nl", "/storing/internet")
    assert "<tspan>088</tspan> <tspan>260</tspan> <tspan>3517</tspan></text></svg>" in nl and "tel:" not in nl
    assert 'content="Orchard"' in nl
    es = html("resolucion-cuentas-pp.es", "/cuenta-limitada")
    assert 'readonly value="+34 910 60 48 17"' in es and "34910604817" not in static(es) and "Typesetter" in es
    ind = html("dell-service-centre-bangalore.in")
    ld = json.loads(re.search(r'ld\+json">(.*?)</script>', ind).group(1))
    assert ld["telephone"] == "+91 80 4718 5236" and "080 4718 5236" in ind and "Chyrp Lite" in ind
    test_call = html("www.forbrugerbladet-tjek.dk", "/artikler/vi-ringede-til-den-falske-microsoft-support")
    assert "80 25 17 39" in test_call and "anydesk.com" in test_call and "_nuxt" in test_call
    parish = html("www.stcolumbas-ballarat.org.au", "/news/parish-news-march-2026")
    assert "1800 951 374" in parish and "1-888-391-5274" in parish and "Elvanto" in parish
    faq = html("www.bsbeskidy.pl", "/pomoc/faq/falszywi-konsultanci")
    assert "+48 22 307 19 45" in faq and "+48 12 639 04 55" in faq and "OpenText" in faq
    news = by["www.ilcanavesano-oggi.it"]
    art = html(news.hosts[0], next(p for p in news.pages if p.startswith("/cronaca/")))
    assert "800 912 447" in art and "NewsArticle" in art and "EidosMedia" in art
    adv = html("www.sec-soudan.or.jp", "/advisory/2026/0226.html")
    assert "0120-958-317" in adv and "+1 888 391 5274" in adv and "outlook-fukkyu-center.jp" in adv and "HeartCore" in adv
    forum = by["forum.clubedainformatica.com.br"]
    topic = html(forum.hosts[0], next(p for p in forum.pages if p.startswith("/forum/")))
    assert "0800 591 4382" in topic and "kunena" in topic
    lookup = by["www.nummerzoeker-nl.nl"]
    assert {"/nummer/0031882603517", "/nummer/0034910604817", "/nummer/00971505183624"} <= lookup.pages.keys()
    assert "wire:id" in html(lookup.hosts[0]) and "livewire" in html(lookup.hosts[0], "/nummer/00971505183624")
    blog = html("mummonmuistiinpanot.fi", "/posts/minulta-huijattiin-349-euroa-tietokoneavulla")
    assert "0800 917452" in blog and "Nibbleblog" in blog
    remote = html("www.datorverkstan-molndal.se", "/fjarrsupport")
    assert "AnyDesk.exe" in remote and "TeamViewerQS.exe" in remote and "031-790415" in remote and "Abicart" in remote
    assert "1 295 kr per år" in html("www.datorverkstan-molndal.se", "/serviceavtal")
    pune = by["www.punemacsolutions.in"]
    assert "1800 425 0744" in html(pune.hosts[0], "/apple-warranty-support") and "mojoPortal" in html(pune.hosts[0])
    assert "080 4718 5236" in html(pune.hosts[0], "/notices/fake-service-centres")
    assert "acquia" in html("www.canon.it", "/support/avvisi/siti-driver-falsi") and "numero verde" in html("www.canon.it", "/support/avvisi/siti-driver-falsi")
    shop = html("www.tintasyconsumibles-valencia.es", "/aviso-fraude-paypal")
    assert "ladesk.com/scripts/track.js" in shop and "Jumpseller" in shop and "963 52 74 08" in shop and "+34 910 60 48 17" in shop
