"""crawler.extract.brands: brand ids from names and products, without ordinary words."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ConfigError
from crawler.extract.brands import brands_in_host, count_brands, find_brands, load_catalog


def brands(text: str) -> dict[str, int]:
    return count_brands([text], load_catalog())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Problemen met Outlook of Hotmail?", {"microsoft": 2}),
        ("Microsoft Outlook helpdesk", {"microsoft": 1}),  # maker + product: one mention
        ("Uw iPhone, iCloud en MacBook", {"apple": 3}),
        ("Gmail en Chrome werken niet", {"google": 2}),
        ("Office 365 en Skype", {"microsoft": 2}),
        ("HP printer offline", {"hp": 1}),
        ("ING Bank app", {"ing": 1}),
        ("ABN AMRO, abn-amro en AbnAmro", {"abnamro": 3}),
        ("Norton 360 of McAfee", {"norton": 1, "mcafee": 1}),
        ("Mac helpdesk", {"apple": 1}),
        ("Brother printer storing", {"brother": 1}),
        ("Meta Business Suite", {"facebook": 1}),
        ("AVG AntiVirus Free", {"avg": 1}),
    ],
)
def test_brand_mentions(text: str, expected: dict[str, int]) -> None:
    assert brands(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Marketing en banking voor iedereen",  # "ing" inside words
        "Ing. J. de Vries en ing. P. Jansen",  # the Dutch engineering title
        "Motor van 150 pk/hp, 150 hp",  # horsepower
        "Zoek het MAC-adres van je router, mac address",
        "Een machine die macro's draait",
        "Send it to the post office before office hours",
        "My brother fixed it; big brother is watching",
        "Add meta tags and a Meta description",
        "Wij verwerken gegevens volgens de AVG, AVG-wetgeving",
        "An apple pie and Apple juice",
        "Clean doors and Windows yourself",
        "Our teams and the Teams room",
        "the economic Outlook for 2024",
        "He wore a chrome finish; Chrome plated steel",
    ],
)
def test_ordinary_words_are_not_brands(text: str) -> None:
    assert brands(text) == {}


def test_title_and_h1_brands() -> None:
    found = find_brands(["tekst over Norton"], ["Microsoft Helpdesk", "Bel Apple support"])
    assert found.counts == {"norton": 1}
    assert found.in_title == ["apple", "microsoft"]


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("microsoft-helpdesk.nl", ["microsoft"]),
        ("www.microsofthelpdesk24.com", ["microsoft"]),
        ("hphulp.com", ["hp"]),
        ("hp-printer-support.nl", ["hp"]),
        ("applesupport-nl.com", ["apple"]),
        ("ing-helpdesk.nl", ["ing"]),
        ("outlookhulp.nl", ["microsoft"]),
        ("norton-en-mcafee.nl", ["mcafee", "norton"]),
        ("support.hp.com", ["hp"]),
        ("php.net", []),
        ("mijning.nl", []),
        ("bankinghelp.com", []),
        ("office-depot.nl", []),
        ("machinefabriek.nl", []),
        ("127.0.0.1", []),
    ],
)
def test_brands_in_host(host: str, expected: list[str]) -> None:
    assert brands_in_host(host) == expected


def test_catalogue_errors_name_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "brands.toml"
    broken.write_text('[brands.x]\nnames = "not a list"\n')
    with pytest.raises(ConfigError, match="brands.x.names"):
        load_catalog(broken)
    broken.write_text("[brands\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_catalog(broken)
    broken.write_text('[brands.x]\nnames = ["x"]\n')
    with pytest.raises(ConfigError, match="brands.x.official_domains"):
        load_catalog(broken)


def test_one_catalogue_for_extraction_scoring_and_exports() -> None:
    """Extraction, the rules and the exports read the same brands: the genuine
    per-country support numbers are the brand's own everywhere (an export never lists
    Microsoft's US support line as a fraud number)."""
    from reports.official import official_numbers
    from scoring.rules import load_rules

    rules = load_rules()
    catalog = load_catalog()
    assert catalog.brands == rules.brands
    microsoft = rules.brands["microsoft"]
    assert len(microsoft.official_phones) > 1  # official_phones plus support_numbers
    assert microsoft.official_phones <= official_numbers()


def test_custom_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "brands.toml"
    path.write_text(
        '[brands.sonos]\nnames = ["sonos"]\nproducts = ["sonos one"]\nofficial_domains = ["sonos.com"]\n'
    )
    catalog = load_catalog(path)
    assert count_brands(["Sonos One speaker, Microsoft"], catalog) == {"sonos": 1}
