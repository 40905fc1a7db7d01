"""crawler.extract.terms: helpdesk, warning and business wording."""

from __future__ import annotations

from crawler.extract.terms import find_terms


def test_dutch_helpdesk_wording() -> None:
    hits = find_terms("Storing? Bel ons 24/7 gratis bellen voor technische  ondersteuning.")
    assert {"storing", "bel ons", "24/7", "gratis bellen", "technische ondersteuning"} <= set(
        hits.helpdesk
    )
    assert hits.warning == []


def test_english_helpdesk_wording() -> None:
    hits = find_terms("Tech Support - CALL NOW, toll-free, virus removal by certified technicians")
    assert {"tech support", "call now", "toll-free", "virus removal"} <= set(hits.helpdesk)


def test_warning_wording() -> None:
    hits = find_terms(
        "Politie waarschuwt voor oplichting door nep-helpdesks. Pas op! Fraudehelpdesk"
    )
    assert {"politie waarschuwt", "oplichting", "pas op", "fraudehelpdesk"} <= set(hits.warning)


def test_business_wording_and_patterns() -> None:
    text = (
        "Reparatie aan huis sinds 1998. KvK 12345678, BTW NL123456782B01. "
        "Kerkstraat 1, 1012 AB Amsterdam"
    )
    hits = find_terms(text)
    assert {
        "reparatie aan huis",
        "kvk_number",
        "btw_id",
        "dutch_postcode_address",
        "since_year",
    } <= set(hits.business)


def test_words_inside_other_words_do_not_count() -> None:
    hits = find_terms("Nepal en de storingsdienst en scampi")
    assert "nep" not in hits.warning and "scam" not in hits.warning
    assert "storing" not in hits.helpdesk


def test_no_business_pattern_in_plain_text() -> None:
    assert find_terms("Wij helpen u graag, 1234 klanten").business == []
