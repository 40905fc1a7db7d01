"""scoring.loader: DomainFacts from a real SQLite store, with the cross-site facts
(shared numbers, warning sites, template clones, fraud list, allow list)."""

from __future__ import annotations

import pytest

from scoring.loader import FingerprintIndex, load_facts
from scoring.rules import load_rules
from tests.test_facts_storefill import add_site, helpdesk_extraction, warning_extraction

NUMBER = ("+31851234567", "voip", "NL")
FP = "f0e1d2c3b4a59687"
FP_NEAR = "f0e1d2c3b4a59685"  # 1 bit away


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def facts_by_domain(store, rules):
    return {f.domain: f for f in load_facts(store, rules)}


def test_pages_phones_registration_hosts(store, rules):
    add_site(
        store,
        "helpdesk-online.xyz",
        [
            {
                "path": "/",
                "title": "Microsoft Helpdesk",
                "extraction": helpdesk_extraction(),
                "phones": [NUMBER],
            }
        ],
        registration={
            "registrar": "NameSilo, LLC",
            "registrant_country": "IN",
            "privacy": 1,
            "privacy_state": "shielded",
            "created": "2025-05-01",
            "evidence": '{"registrant_country": "Registrant Country: IN"}',
        },
        hosts=("microsoft.com.helpdesk-online.xyz",),
    )
    facts = facts_by_domain(store, rules)["helpdesk-online.xyz"]
    assert facts.hosts == ("microsoft.com.helpdesk-online.xyz",)
    assert facts.detected_at == "2025-06-01"
    page = facts.pages[0]
    assert page.brands == {"microsoft": 6} and page.remote_tools == ("anydesk",)
    assert page.phones[0].e164 == "+31851234567" and page.phones[0].kind == "voip"
    assert facts.registration.privacy is True
    assert facts.registration.evidence["registrant_country"] == "Registrant Country: IN"


def test_number_shared_only_with_suspicious_sites(store, rules):
    page = {"title": "Microsoft Helpdesk", "extraction": helpdesk_extraction(), "phones": [NUMBER]}
    add_site(store, "scam-one.com", [page])
    add_site(store, "scam-two.com", [page])
    add_site(
        store,
        "nieuws-site.nl",
        [
            {
                "title": "Politie waarschuwt: oplichting",
                "phones": [NUMBER],
                "extraction": warning_extraction(),
            }
        ],
    )
    add_site(store, "forum-post.nl", [{"title": "Vraag", "phones": [NUMBER], "extraction": {}}])
    facts = facts_by_domain(store, rules)
    assert facts["scam-one.com"].phone_shared_with == {"+31851234567": ("scam-two.com",)}
    assert facts["scam-one.com"].phone_warned_by == {"+31851234567": ("nieuws-site.nl",)}
    # the warning site shares the number with scams, but it is not one of them
    assert facts["nieuws-site.nl"].phone_shared_with == {
        "+31851234567": ("scam-one.com", "scam-two.com")
    }
    assert "forum-post.nl" not in facts["scam-one.com"].phone_shared_with["+31851234567"]


def test_fraud_list_allow_list_and_template_status(store, rules):
    store["fraud_numbers"].insert(
        {"e164": NUMBER[0], "source": "ACM blocking decision", "added_at": "2025-01-01"}
    )
    store["allow_list"].insert(
        {"domain": "pc-shop.nl", "reason": "reviewed: repair shop", "added_at": "2025-01-01"}
    )
    add_site(store, "old-case.com", [{"title": "x", "fingerprint": FP, "extraction": {}}])
    store["scores"].insert(
        {
            "domain": "old-case.com",
            "total": 15,
            "band": "high",
            "flagged": 1,
            "reasons": "[]",
            "rules_version": "x",
            "scored_at": "2025-05-01",
        }
    )
    add_site(
        store,
        "new-clone.net",
        [{"title": "y", "fingerprint": FP_NEAR, "phones": [NUMBER], "extraction": {}}],
    )
    add_site(
        store, "pc-shop.nl", [{"title": "z", "fingerprint": "0000000000000000", "extraction": {}}]
    )
    facts = facts_by_domain(store, rules)
    clone = facts["new-clone.net"]
    assert [(m.domain, m.distance, m.status) for m in clone.template_matches] == [
        ("old-case.com", 1, "flagged")
    ]
    assert clone.known_fraud_numbers == {"+31851234567": "ACM blocking decision"}
    assert facts["pc-shop.nl"].allow_listed and facts["pc-shop.nl"].template_matches == ()


def test_missing_data_is_a_gap_not_a_crash(store, rules):
    store["domains"].insert(
        {
            "domain": "bare.nl",
            "domain_unicode": "bare.nl",
            "first_seen": "2025-06-01",
            "last_seen": "2025-06-01",
        }
    )
    add_site(store, "broken.nl", [{"title": "t"}])
    store.execute("UPDATE pages SET extraction = '{not json' WHERE domain = 'broken.nl'")
    facts = facts_by_domain(store, rules)
    assert facts["bare.nl"].pages == () and facts["bare.nl"].registration is None
    assert facts["broken.nl"].pages[0].brands == {}


def test_lsh_finds_every_match_within_distance():
    import random

    rng = random.Random(7)
    index = FingerprintIndex(max_distance=3)
    base = rng.getrandbits(64)
    index.add("twin.com", f"{base:016x}")
    for _ in range(200):
        flipped = base
        for bit in rng.sample(range(64), rng.randint(0, 3)):
            flipped ^= 1 << bit
        assert "twin.com" in index.near(f"{flipped:016x}")
    far = base ^ 0b11111
    assert index.near(f"{far:016x}") == {}
