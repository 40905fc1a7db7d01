"""Rescoring a real store after a rules change reports exactly the domains whose band moved."""

from __future__ import annotations

import json

import pytest

from scoring.rules import load_rules
from scoring.stage import rescore
from tests.test_facts_storefill import add_site, helpdesk_extraction

NUMBER = ("+31851234567", "voip", "NL")
SHIELDED = {
    "registrar": "NameSilo, LLC",
    "privacy": 1,
    "privacy_state": "shielded",
    "created": "2025-05-20",
    "registrant_country": "IN",
}


@pytest.fixture
def populated(store):
    page = {"title": "Microsoft Helpdesk", "extraction": helpdesk_extraction(), "phones": [NUMBER]}
    add_site(store, "microsoft-helpdesk-nl.com", [page], registration=SHIELDED)
    add_site(store, "windows-hulp.online", [page], registration=SHIELDED)
    shop = {
        "title": "Computerhulp aan huis Utrecht",
        "phones": [("+31301234567", "fixed_line", "NL")],
        "extraction": {
            "brands": {"microsoft": 1, "hp": 1},
            "helpdesk_terms": ["computerhulp"],
            "business_terms": ["kvk_number", "openingstijden"],
        },
    }
    add_site(store, "pc-hulp-utrecht.nl", [shop])
    add_site(
        store,
        "only-registration.xyz",
        [{"title": "Welkom", "extraction": {}}],
        registration=SHIELDED,
    )
    return store


def write_override(tmp_path, text):
    path = tmp_path / "local.toml"
    path.write_text(text)
    return load_rules(override=path)


def test_first_run_stores_scores_with_reasons(populated):
    report = rescore(populated, load_rules())
    assert report.scored == 4 and report.new == 4 and report.changes == []
    row = populated["scores"].get("microsoft-helpdesk-nl.com")
    assert row["flagged"] == 1
    reasons = json.loads(row["reasons"])
    assert len({r["family"] for r in reasons if r["points"] > 0}) >= 2
    assert all(r["evidence"] for r in reasons)
    assert populated["scores"].get("pc-hulp-utrecht.nl")["flagged"] == 0


def test_rules_change_reports_exactly_the_moved_domains(populated, tmp_path):
    rescore(populated, load_rules())
    before = {r["domain"]: r["band"] for r in populated["scores"].rows}
    # Privacy shielding now weighs heavily: only domains with it can move.
    heavier = write_override(
        tmp_path,
        "[rules.registration.privacy_shielded]\npoints = 4.0\n"
        "[families.registration]\nmax_points = 8.0\n",
    )
    report = rescore(populated, heavier)
    after = {r["domain"]: r["band"] for r in populated["scores"].rows}
    moved = {d for d in before if before[d] != after[d]}
    assert moved  # the change does move someone...
    assert {c.domain for c in report.changes} == moved  # ...and exactly those are reported
    assert "pc-hulp-utrecht.nl" not in moved
    logged = list(populated.query("SELECT domain, old_band, new_band FROM score_changes"))
    assert {(r["domain"], r["old_band"], r["new_band"]) for r in logged} == {
        (c.domain, c.old_band, c.new_band) for c in report.changes
    }


def test_rescoring_with_same_rules_moves_nothing(populated):
    rescore(populated, load_rules())
    again = rescore(populated, load_rules())
    assert again.changes == [] and again.new == 0 and again.scored == 4
    assert populated["score_changes"].count == 0


def test_rescore_a_subset(populated):
    report = rescore(populated, load_rules(), domains=["pc-hulp-utrecht.nl"])
    assert report.scored == 1 and populated["scores"].count == 1


def test_run_stage_for_a_check_scores_only_that_domain(populated):
    from nephelpdesk.run import RunOptions
    from scoring.stage import run_stage

    options = RunOptions(
        urls=["https://www.windows-hulp.online/contact"], queries=[], engine="check"
    )
    counts = run_stage(populated, run_id=None, options=options)
    assert counts["scored"] == 1
    assert [r["domain"] for r in populated["scores"].rows] == ["windows-hulp.online"]
    nightly = run_stage(populated, run_id=None, options=RunOptions())
    assert nightly["scored"] == 4
