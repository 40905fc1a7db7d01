"""The rules file: loads, merges a local override, and turns every mistake into one line
naming the file and the key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.errors import ConfigError
from scoring.rules import DEFAULT_RULES, load_rules

SCORING = DEFAULT_RULES.parent


@pytest.fixture
def rules_dir(tmp_path, monkeypatch) -> Path:
    """A copy of the shipped rules and brands, so tests can break them."""
    monkeypatch.delenv("NEPHELPDESK_RULES_OVERRIDE", raising=False)
    monkeypatch.delenv("NEPHELPDESK_BRANDS", raising=False)
    shutil.copy(SCORING / "rules.toml", tmp_path / "rules.toml")
    shutil.copy(SCORING / "brands.toml", tmp_path / "brands.toml")
    return tmp_path


def load(rules_dir: Path, override: str | None = None):
    path = rules_dir / "rules.toml"
    if override is None:
        return load_rules(path, override=None)
    (rules_dir / "local.toml").write_text(override)
    return load_rules(path, override=rules_dir / "local.toml")


def error_line(rules_dir: Path, override: str) -> str:
    with pytest.raises(ConfigError) as info:
        load(rules_dir, override)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_shipped_rules_load():
    rules = load_rules()
    assert rules.min_families == 2
    assert rules.rule("known_fraud_number").family == "phone"
    assert all(r.reason for r in rules.rules.values())
    assert rules.families["counter"].corroborates is False
    assert rules.brands["microsoft"].official_domains


def test_override_merges_and_changes_version(rules_dir):
    base = load(rules_dir)
    merged = load(rules_dir, "[rules.phone.known_fraud_number]\npoints = 7.5\n")
    assert merged.rule("known_fraud_number").points == 7.5
    assert merged.rule("known_fraud_number").reason == base.rule("known_fraud_number").reason
    assert merged.version != base.version
    assert str(rules_dir / "local.toml") in merged.sources


def test_override_from_environment(rules_dir, monkeypatch):
    (rules_dir / "env.toml").write_text("[bands]\nhigh = 20.0\n")
    monkeypatch.setenv("NEPHELPDESK_RULES_OVERRIDE", str(rules_dir / "env.toml"))
    assert load_rules(rules_dir / "rules.toml").bands["high"] == 20.0


def test_unknown_key(rules_dir):
    line = error_line(rules_dir, "[rules.phone.known_fraud_number]\npionts = 3\n")
    assert "local.toml" in line and "rules.phone.known_fraud_number.pionts: unknown key" in line


def test_unknown_indicator_is_an_unknown_key(rules_dir):
    line = error_line(rules_dir, "[rules.phone.number_from_mars]\npoints = 3\nreason = 'x'\n")
    assert "rules.phone.number_from_mars: unknown key" in line


def test_negative_weight_outside_counter(rules_dir):
    line = error_line(rules_dir, "[rules.tooling.chat_widget]\npoints = -2\n")
    assert "local.toml" in line and "rules.tooling.chat_widget.points: negative weight" in line


def test_counter_may_subtract(rules_dir):
    rules = load(rules_dir, "[rules.counter.established_business]\npoints = -3\n")
    assert rules.rule("established_business").points == -3


def test_bad_regex(rules_dir):
    line = error_line(rules_dir, "[counter]\nwarning_title_patterns = ['(oplichting']\n")
    assert "counter.warning_title_patterns: bad regular expression" in line


def test_bad_country_code(rules_dir):
    line = error_line(rules_dir, "[registration]\ncountries_of_interest = ['India']\n")
    assert "registration.countries_of_interest" in line


def test_brand_without_official_domain(rules_dir):
    from scoring.brands import load_catalogue

    with (rules_dir / "brands.toml").open("a") as f:
        f.write('\n[brands.helpdeskco]\nnames = ["helpdeskco"]\nofficial_domains = []\n')
    with pytest.raises(ConfigError) as info:
        load_catalogue(rules_dir / "brands.toml")
    assert "brands.toml" in str(info.value)
    assert "brands.helpdeskco.official_domains" in str(info.value)


def test_a_new_brand_in_the_local_catalogue_needs_an_official_domain(rules_dir, monkeypatch):
    local = rules_dir / "my-brands.toml"
    local.write_text('[brands.helpdeskco]\nnames = ["helpdeskco"]\n')
    monkeypatch.setenv("NEPHELPDESK_BRANDS", str(local))
    with pytest.raises(ConfigError) as info:
        load(rules_dir)
    assert "my-brands.toml" in str(info.value)
    assert "brands.helpdeskco.official_domains" in str(info.value)


def test_the_local_catalogue_extends_a_brand(rules_dir, monkeypatch):
    local = rules_dir / "my-brands.toml"
    local.write_text('[brands.microsoft]\nofficial_domains = ["microsoft-partner.example"]\n')
    monkeypatch.setenv("NEPHELPDESK_BRANDS", str(local))
    microsoft = load(rules_dir).brands["microsoft"]
    assert "microsoft-partner.example" in microsoft.official_domains
    assert "microsoft.com" in microsoft.official_domains
    assert "outlook" in microsoft.products


def test_missing_rule_in_base_file(rules_dir):
    text = (rules_dir / "rules.toml").read_text()
    start = text.index("[rules.tooling.chat_widget]")
    end = text.index("[rules.template.template_clone]")
    (rules_dir / "rules.toml").write_text(text[:start] + text[end:])
    with pytest.raises(ConfigError) as info:
        load(rules_dir)
    assert "rules.toml: rules.tooling.chat_widget: missing" in str(info.value)


def test_not_toml(rules_dir):
    line = error_line(rules_dir, "[bands\nhigh = ")
    assert "local.toml: not valid TOML" in line


def test_missing_override_file(rules_dir):
    with pytest.raises(ConfigError, match="override file not found"):
        load_rules(rules_dir / "rules.toml", override=rules_dir / "nope.toml")


def test_bands_out_of_order(rules_dir):
    line = error_line(rules_dir, "[bands]\nlow = 50.0\n")
    assert "bands" in line
