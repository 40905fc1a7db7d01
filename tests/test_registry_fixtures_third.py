"""The third, held-out source of real WHOIS answers (io-developer/php-whois's TLD parsing
test data) is present, attributed and read into well-formed cases. No accuracy is
asserted here: bench/registration_accuracy.py prints it as registration_third_<field>."""

from __future__ import annotations

import re
from datetime import date

from tests.registry_fixtures import Case
from tests.registry_fixtures_third import (
    NO_RECORD,
    NOT_A_NAME,
    NOT_AVAILABILITY,
    NOT_REGISTRAR,
    ROOT,
    SPLIT,
    answers,
    cases,
    skipped,
)


def by_key() -> dict[str, Case]:
    return {c.key: c for c in cases()}


def test_licence_and_source_are_present() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Permission is hereby granted, free of charge" in licence  # MIT
    assert "Sergey Sedyshev" in licence
    source = (ROOT / "SOURCE.md").read_text(encoding="utf-8")
    assert "github.com/io-developer/php-whois" in source
    assert "ea4cf52832fe8ff56fc4937138467819aa2829c1" in source  # the commit copied
    assert "MIT" in source
    assert "held out" in source


def test_reader_finds_the_answers() -> None:
    every = cases()
    assert len(answers()) == 387
    assert len(list(ROOT.glob(".*/*.json"))) == 189
    assert len(every) == 380
    assert all(isinstance(c, Case) and c.split == SPLIT for c in every)
    assert len({c.key for c in every}) == len(every)
    states = [c.state for c in every]
    assert states.count("not_found") == 192 and states.count("registered") == 188
    for case in every:
        assert "." in case.domain and case.domain == case.domain.lower(), case.key
        assert case.text.strip(), case.key
        assert case.registrant_country is None, case.key  # upstream has no such field
        if case.state == "not_found":
            assert not (case.registrar or case.created or case.privacy), case.key


def test_counts_per_field_and_skips() -> None:
    registered = [c for c in cases() if c.state == "registered"]
    assert sum(bool(c.registrar) for c in registered) == 162
    assert sum(bool(c.created) for c in registered) == 165
    labels = [c.privacy for c in registered if c.privacy]
    assert labels.count("disclosed") == 154 and labels.count("shielded") == 4
    assert skipped() == {"state": 7, "registrar": 15, "privacy": 8}
    # Every hand-checked exception names a file that is there, and is left out.
    for key in [*NOT_AVAILABILITY, *NO_RECORD, *NOT_REGISTRAR, *NOT_A_NAME]:
        assert (ROOT / key).is_file(), key
    keys = by_key()
    assert not any(k in keys for k in [*NOT_AVAILABILITY, *NO_RECORD])
    for key in NOT_REGISTRAR:
        assert keys[key.replace(".json", ".txt")].registrar == (), key
    for key in NOT_A_NAME:
        assert keys[key.replace(".json", ".txt")].privacy is None, key


def test_expected_values_are_well_formed() -> None:
    for case in cases():
        if case.created:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", case.created), case.key
            assert date(1980, 1, 1) <= date.fromisoformat(case.created) <= date.today()
        assert case.privacy in (None, "shielded", "disclosed"), case.key
        assert all(name.strip() for name in case.registrar), case.key


def test_values_checked_by_hand_in_the_raw_answers() -> None:
    keys = by_key()
    # "Creation Date: 1997-09-15T04:00:00Z", "Registrar: MarkMonitor Inc."
    com = keys[".com/google.com.txt"]
    assert (com.domain, com.state) == ("google.com", "registered")
    assert com.registrar == ("MarkMonitor Inc.",) and com.created == "1997-09-15"
    assert "Creation Date: 1997-09-15T04:00:00Z" in com.text
    # The registrar's own answer: "Creation Date: 1997-09-15T00:00:00-0700", no shift.
    assert keys[".com/google.com_registrar_whois.txt"].created == "1997-09-15"
    assert keys[".com/google.com_registrar_whois.txt"].domain == "google.com"
    # "registered: 2010-07-04 04:34:46 +03:00", registrar section "name: Zone Media OÜ".
    ee = keys[".ee/google.ee.txt"]
    assert ee.created == "2010-07-04" and ee.registrar == ("Zone Media OÜ",)
    # ".uk": "Registrar:" then "Markmonitor Inc. t/a MarkMonitor Inc. [Tag = MARKMONITOR]".
    uk = keys[".uk/google.co.uk.txt"]
    assert uk.registrar == (
        "Markmonitor Inc. t/a MarkMonitor Inc. [Tag = MARKMONITOR]",
        "Markmonitor Inc. t/a MarkMonitor Inc.",
    )
    # .eu shows "Registrant: NOT DISCLOSED!": shielded.
    assert keys[".eu/google.eu.txt"].privacy == "shielded"
    assert keys[".com/google.com.txt"].privacy is None  # upstream's owner is ""
    assert keys[".es/google.es.txt"].privacy == "disclosed"  # "Registrant Name: Google LLC"
    # Available answers: the name upstream asks.
    assert keys[".ac/free.txt"].domain == "free.ac"
    assert keys[".it.ao/free.txt"].domain == "free.it.ao"
    assert keys[".it.ao/free.txt"].family == "it.ao"
    nz = keys[".nz/free_secuirty-services.co.nz.txt"]
    assert nz.domain == "secuirty-services.co.nz" and "220 Available" in nz.text
    # .de punycode name, as the file is named.
    assert keys[".de/xn--fw-via.de.txt"].domain == "xn--fw-via.de"


def test_bench_scores_every_expected_value() -> None:
    """The bench's third part scores exactly the values the reader expects (no shares
    asserted or printed: the source is held out)."""
    import importlib.util
    import logging
    import sys

    from tests.conftest import REPO

    spec = importlib.util.spec_from_file_location(
        "bench_registration_accuracy_third", REPO / "bench" / "registration_accuracy.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    logging.disable(logging.WARNING)
    assert bench.THIRD == SPLIT
    tally = bench.accuracy(bench.ours, SPLIT)["ALL"]
    totals = {f: tally.total[f] for f in bench.FIELDS}
    assert totals == {"registrar": 162, "created": 165, "country": 0, "privacy": 158, "state": 380}
    assert tally.total["not_found_kept"] == 192 and tally.total["record_kept"] == 188
