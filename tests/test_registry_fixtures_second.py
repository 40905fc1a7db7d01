"""The second, held-out source of real WHOIS answers (likexian/whois-parser's test data)
is present, attributed and read into well-formed cases. No accuracy is asserted here:
bench/registration_accuracy.py prints it as registration_second_<field>."""

from __future__ import annotations

import re
from datetime import date

from tests.registry_fixtures import Case
from tests.registry_fixtures_second import ROOT, SPLIT, answers, cases


def test_licence_and_source_are_present() -> None:
    assert "Apache License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    source = (ROOT / "SOURCE.md").read_text(encoding="utf-8")
    assert "github.com/likexian/whois-parser" in source
    assert re.search(r"\b[0-9a-f]{40}\b", source)  # the commit copied
    assert "Apache-2.0" in source


def test_reader_finds_the_answers() -> None:
    every = cases()
    assert len(every) > 100
    assert len(answers()) >= len(every)
    assert all(isinstance(c, Case) and c.split == SPLIT for c in every)
    assert len({c.key for c in every}) == len(every)
    states = {c.state for c in every}
    assert states == {"registered", "not_found"}
    for case in every:
        assert "." in case.domain and case.domain == case.domain.lower(), case.key
        if case.state == "not_found":
            assert not (case.registrar or case.created or case.registrant_country), case.key


def test_every_case_has_text() -> None:
    for case in cases():
        assert case.text.strip(), case.key


def test_expected_values_are_well_formed() -> None:
    every = cases()
    for case in every:
        if case.created:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", case.created), case.key
            assert date(1980, 1, 1) <= date.fromisoformat(case.created) <= date.today()
        if case.registrant_country:
            assert re.fullmatch(r"[A-Z]{2}", case.registrant_country), case.key
        assert case.privacy in (None, "shielded", "disclosed"), case.key
        assert all(name.strip() for name in case.registrar), case.key
    # Enough of each field to be a measure at all.
    assert sum(bool(c.registrar) for c in every) > 100
    assert sum(bool(c.created) for c in every) > 100
    assert sum(bool(c.registrant_country) for c in every) > 50
    assert sum(c.privacy is not None for c in every) > 100
