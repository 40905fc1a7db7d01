"""The scorer: family caps, counter-evidence, vetoes, gaps, and the corroboration rule
(no flag on a single indicator family, however strong)."""

from __future__ import annotations

import pytest

from scoring.facts import DomainFacts, PageFacts, Phone, Registration
from scoring.rules import load_rules
from scoring.score import score

NUMBER = Phone("+31851234567", "085 - 123 45 67", "voip", "NL")


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def page(**kw) -> PageFacts:
    base = dict(
        url="https://pc-storing-direct.com/",
        title="Microsoft Helpdesk Nederland",
        phones=(NUMBER,),
        brands={"microsoft": 6},
        brands_in_title=("microsoft",),
        helpdesk_terms=("helpdesk", "storing", "klantenservice"),
    )
    base.update(kw)
    return PageFacts(**base)


def test_one_family_alone_never_flags(rules):
    # A known fraud number is the strongest single signal, yet alone it only reaches a band.
    facts = DomainFacts(
        "pc-storing-direct.com",
        pages=(page(brands={}, brands_in_title=(), helpdesk_terms=()),),
        known_fraud_numbers={NUMBER.e164: "police report 2024-117"},
        phone_shared_with={NUMBER.e164: ("a.com", "b.com")},
    )
    result = score(facts, rules)
    assert result.total >= rules.bands["medium"]
    assert {r.family for r in result.reasons if r.points > 0} == {"phone"}
    assert not result.flagged


def test_two_families_flag_with_reasons_and_evidence(rules):
    facts = DomainFacts(
        "pc-storing-direct.com",
        pages=(page(),),
        known_fraud_numbers={NUMBER.e164: "ACM blocking decision"},
    )
    result = score(facts, rules)
    assert result.flagged and result.band in ("medium", "high")
    assert {"phone", "impersonation"} <= result.families
    assert all(r.evidence and r.explanation for r in result.reasons)
    assert sum(r.points for r in result.reasons) == pytest.approx(result.total)


def test_family_cap_keeps_one_kind_of_evidence_in_check(rules):
    reg = Registration(
        "micr0soft-helpdesk.com",
        registrant_country="IN",
        privacy=True,
        privacy_state="shielded",
        created="2024-05-01",
    )
    facts = DomainFacts(
        "micr0soft-helpdesk.com",
        hosts=("microsoft.com.micr0soft-helpdesk.com",),
        registration=reg,
        detected_at="2024-05-03",
    )
    result = score(facts, rules)
    by_family: dict[str, float] = {}
    for r in result.reasons:
        by_family[r.family] = by_family.get(r.family, 0) + r.points
    assert by_family["domain"] == rules.families["domain"].max_points
    assert by_family["registration"] == rules.families["registration"].max_points
    assert any("capped" in r.explanation for r in result.reasons)


def test_official_domain_is_vetoed(rules):
    facts = DomainFacts(
        "microsoft.com",
        pages=(page(url="https://support.microsoft.com/", phones=(NUMBER,)),),
        known_fraud_numbers={NUMBER.e164: "a wrong entry in the fraud list"},
        phone_shared_with={NUMBER.e164: ("x.com",)},
    )
    result = score(facts, rules)
    assert not result.flagged
    assert any(r.indicator == "official_brand_domain" for r in result.reasons)


QUOTED = Phone("+31851234567", "085 - 123 45 67", "voip", "NL", role="quoted")


def test_warning_page_quoting_scam_numbers_is_not_flagged(rules):
    news = page(
        url="https://fraudehelpdesk.nl/nep-helpdesk",
        title="Waarschuwing: nep-helpdesk van Microsoft belt",
        phones=(QUOTED,),
        warning_terms=("oplichting", "nep-helpdesk", "waarschuwing"),
    )
    facts = DomainFacts(
        "fraudehelpdesk.nl",
        pages=(news,),
        known_fraud_numbers={NUMBER.e164: "police report"},
        phone_shared_with={NUMBER.e164: ("pc-storing-direct.com",)},
    )
    result = score(facts, rules)
    assert not result.flagged and result.band == "none"
    assert any(r.family == "counter" for r in result.reasons)


def test_copied_warning_text_does_not_cancel_a_known_fraud_number(rules):
    """A scam that pastes a "beware of fraudsters" paragraph over its own offered number."""
    scam = page(
        title="Microsoft Helpdesk | Pas op voor oplichters",
        phones=(Phone(NUMBER.e164, NUMBER.raw, "voip", "NL", sources=("tel",)),),
        warning_terms=("oplichting", "waarschuwing"),
    )
    facts = DomainFacts(
        "pc-storing-direct.com",
        pages=(scam,),
        known_fraud_numbers={NUMBER.e164: "police report"},
    )
    result = score(facts, rules)
    assert result.flagged
    # A page that offers its number, quotes none and sells more than it warns does not
    # warn at all; where warning wording does count, it is limited.
    limited = [r for r in result.reasons if r.indicator == "warning_context"]
    assert all("limited" in r.explanation for r in limited)


def test_counter_family_never_corroborates(rules):
    facts = DomainFacts("apple.com", allow_listed=True)
    result = score(facts, rules)
    assert result.families == frozenset()


def test_gaps_lower_confidence_not_crash(rules):
    result = score(DomainFacts("unknown.example"), rules)
    assert result.band == "none" and not result.flagged
    assert "no registration data" in result.gaps and "no page fetched" in result.gaps
    bare = score(DomainFacts("x.com", pages=(page(phones=()),)), rules)
    assert "no phone number found" in bare.gaps


def test_disabled_rule_scores_nothing(rules_dir_override):
    rules = rules_dir_override("[rules.phone.known_fraud_number]\nenabled = false\n")
    facts = DomainFacts("x.com", pages=(page(),), known_fraud_numbers={NUMBER.e164: "list"})
    assert all(r.indicator != "known_fraud_number" for r in score(facts, rules).reasons)


@pytest.fixture
def rules_dir_override(tmp_path, monkeypatch):
    monkeypatch.delenv("NEPHELPDESK_RULES_OVERRIDE", raising=False)

    def make(text: str):
        (tmp_path / "local.toml").write_text(text)
        return load_rules(override=tmp_path / "local.toml")

    return make
