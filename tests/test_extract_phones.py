"""crawler.extract.phones: obfuscated numbers found, look-alikes rejected, kinds right."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from crawler.extract.page import extract_page
from crawler.extract.phones import find_phones, mask, normalise, region_hint, scan_phones


def e164s(*lines: str, region: str = "NL", fallback: tuple[str, ...] = ()) -> list[str]:
    scan = scan_phones(list(lines), region_hint=region, fallback_regions=fallback)
    return [phone.e164 for phone in scan.phones]


@pytest.mark.parametrize(
    "written",
    [
        "085 123 4567",
        "085-1234567",
        "085 - 123 45 67",
        "085.123.45.67",
        "(085) 123 45 67",
        "[085] 123 4567",
        "{085} 123-4567",
        "085/1234567",
        "+31 (0)85 123 4567",
        "+31(0)851234567",
        "0031 85 123 4567",
        "+31 85 123 45 67",
        "０８５－１２３　４５　６７",  # fullwidth digits, dash and space
        "٠٨٥ ١٢٣ ٤٥٦٧",  # Arabic-Indic digits
        "085\u200b123\u200b4567",  # zero-width spaces between groups
        "085\u2013123\u201345\u201367",  # en dashes
        "0 8 5 1 2 3 4 5 6 7",
    ],
)
def test_obfuscated_dutch_number(written: str) -> None:
    assert e164s(f"Bel ons op {written} voor hulp") == ["+31851234567"]


def test_raw_is_what_the_page_showed() -> None:
    phone = scan_phones(["Bel ０８５－１２３　４５　６７ nu"]).phones[0]
    assert phone.raw == "０８５－１２３　４５　６７"


@pytest.mark.parametrize(
    "line",
    [
        "Geplaatst op 12-05-2023 om 14:30",
        "Datum: 2023-05-12",
        "Open ma-vr 09.00-17.00 uur, za 10:00 tot 16:00",
        "Open vanaf 08.30 uur",
        "IBAN: NL91 ABNA 0417 1643 00",
        "KvK 12345678",
        "KvK-nummer: 0851 2345",
        "BTW NL123456789B01",
        "Ordernummer: 0612345678",
        "Uw bestelnummer 0201234567 is verzonden",
        "Factuur #0851234567",
        "Klantnummer: 06-12345678",
        "Prijs € 1.299.000,00 of 0851234,56 euro",
        "Windows versie 10.0.19045.3693",
        "Router op 192.168.100.200",
        "Tracking 3SABCD0612345678901",
        "Postcode 1012 AB",
    ],
)
def test_numbers_that_are_not_phones(line: str) -> None:
    assert e164s(line) == []


def test_rejected_candidates_are_counted() -> None:
    scan = scan_phones(
        ["Ordernummer: 0612345678", "Datum 12-05-2023", "IBAN NL91 ABNA 0417 1643 00"]
    )
    assert scan.phones == [] and scan.rejected == 3


def test_phone_label_after_an_id_label_wins() -> None:
    line = "Uw klantnummer is 0612345678, bel ons op 020 1234567"
    assert e164s(line) == ["+31201234567"]
    assert e164s("Zaaknummer 2023-123; bel 085 123 4567") == ["+31851234567"]


def test_phone_shaped_run_that_will_not_parse_is_kept_invalid() -> None:
    phones = find_phones(["Bel 085 123 456 nu"])
    assert [(p.raw, p.valid) for p in phones] == [("085 123 456", False)]
    assert phones[0].kind == "unknown" and phones[0].country is None


def test_numbers_next_to_dates_and_postcodes() -> None:
    lines = ["Postbus 12, 1012 AB Amsterdam, tel. 020-1234567, 12-05-2023"]
    assert e164s(*lines) == ["+31201234567"]
    assert e164s("085 12 34 567 / 020 1234567") == ["+31851234567", "+31201234567"]


@pytest.mark.parametrize(
    ("written", "kind", "country"),
    [
        ("0800-0201301", "toll_free", "NL"),
        ("0900 1234567", "premium", "NL"),
        ("0906 123456", "premium", "NL"),
        ("0909 1234", "premium", "NL"),
        ("06 12345678", "mobile", "NL"),
        ("085 123 4567", "voip", "NL"),
        ("088 123 4567", "voip", "NL"),
        ("091 234 5678", "voip", "NL"),
        ("020 123 4567", "fixed_line", "NL"),
        ("+44 800 123 4567", "toll_free", "GB"),
        ("+1 888 555 0199", "toll_free", "US"),
        ("+91 98765 43210", "mobile", "IN"),
    ],
)
def test_kind_and_country(written: str, kind: str, country: str) -> None:
    phone = scan_phones([f"Bel {written}"]).phones[0]
    assert (phone.kind, phone.country, phone.valid) == (kind, country, True)


def test_us_shape_read_as_us_even_on_a_dutch_page() -> None:
    assert e164s("Bekende nummers: 085 123 4567, (888) 555-0123") == [
        "+31851234567",
        "+18885550123",
    ]
    assert e164s("Call 1-888-555-0199 now", fallback=("US",)) == ["+18885550199"]


def test_region_hint_from_tld_then_language_then_nl() -> None:
    assert region_hint("https://hulp.be/") == ("BE", ["NL"])
    assert region_hint("http://pc-hilfe.de/kontakt") == ("DE", ["NL"])
    assert region_hint("https://support.co.uk/")[0] == "GB"
    assert region_hint("https://techsupport-nl.in/")[0] == "IN"
    assert region_hint("https://helpdesk.com/", "de") == ("DE", ["NL"])
    assert region_hint("https://helpdesk.com/", "en") == ("NL", ["US", "GB"])
    assert region_hint("https://helpdesk.com/") == ("NL", [])


def test_dutch_number_on_indian_domain_still_read_as_dutch() -> None:
    region, fallback = region_hint("https://techsupport-nl.in/")
    assert e164s("tel. 088 220 7744", region=region, fallback=fallback) == ["+31882207744"]


def test_belgian_national_number_on_be_site() -> None:
    assert e164s("Bel 02 511 45 67", region="BE") == ["+3225114567"]


def test_duplicates_collapse_to_one_phone() -> None:
    assert e164s("085 123 4567", "+31851234567", "tel. 085-1234567") == ["+31851234567"]


def test_normalise_keeps_a_map_to_the_original() -> None:
    text, index = normalise("a\u200b１")
    assert text == "a1" and index == [0, 2]


def test_mask_counts_only_number_like_spans() -> None:
    masked, count = mask("op 12-05-2023 om 10.00-12.00 uur, € 5, v1.2")
    assert "2023" not in masked and "10.00" not in masked and count == 2


def test_long_line_is_scanned_in_windows() -> None:
    line = "tekst " * 2000 + "bel 085 123 4567 " + "meer " * 2000
    assert e164s(line) == ["+31851234567"]


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("1⊹844⊹444⊹4609", "+18444444609"),
        ("1^844^444^4609", "+18444444609"),
        ("((1+844_444_4609))", "+18444444609"),
        ("1x844x444x4609", "+18444444609"),
        ("0_85_123_4567", "+31851234567"),
        ("%201-866-555-0199", "+18665550199"),
        ("＋１ （８８８） ５５５－０１９９", "+18885550199"),
    ],
)
def test_spam_decorations(written: str, number: str) -> None:
    assert e164s(f"Call {written} now") == [number]


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("0-800-048-8477 UK", "+448000488477"),
        ("0800 048 8477 (UK)", "+448000488477"),
        ("1-800-764-406 AUS", "+611800764406"),
        ("USA: 1-888-555-0199", "+18885550199"),
        ("0800 123 4567 UK", "+448001234567"),  # valid in NL too: the word decides
        ("09 1234 5678 FI", "+358912345678"),
    ],
)
def test_country_word_sets_the_region(written: str, number: str) -> None:
    assert e164s(f"Helpline {written}") == [number]


def test_every_occurrence_is_kept_with_its_chunk_and_span() -> None:
    scan = scan_phones(["Bel 085 123 4567", "footer", "tel. 085-1234567", "Bel 085 123 4567"])
    places = [(o.e164, o.chunk, o.start, o.end) for o in scan.occurrences]
    assert places == [
        ("+31851234567", 0, 4, 16),
        ("+31851234567", 2, 5, 16),
        ("+31851234567", 3, 4, 16),
    ]
    assert len(scan.phones) == 1


CORPUS = Path(__file__).parent / "data" / "phones_dev.toml"


def corpus_cases() -> list[dict[str, Any]]:
    with CORPUS.open("rb") as handle:
        return list(tomllib.load(handle)["cases"])


def extract_case(case: dict[str, Any]):
    markup = case.get("html") or f"<html><body><p>{case['text']}</p></body></html>"
    url = case.get("url", "https://voorbeeld.nl/")
    return extract_page(markup.encode("utf-8"), url=url, headers={"Content-Type": "text/html"})


def test_dev_corpus_precision_and_recall() -> None:
    """tests/data/phones_dev.toml: every form issue 14 names, negatives too."""
    cases = corpus_cases()
    assert len(cases) >= 120
    true_pos = false_pos = false_neg = 0
    misses = []
    for case in cases:
        page = extract_case(case)
        found = {p.e164 for p in page.valid_phones}
        truth = set(case["expect"])
        true_pos += len(found & truth)
        false_pos += len(found - truth)
        false_neg += len(truth - found)
        if found != truth:
            misses.append(
                f"{case['form']}: extra {sorted(found - truth)} missed {sorted(truth - found)}"
            )
        for raw in case.get("invalid", []):
            if raw not in page.invalid_phones:
                misses.append(f"{case['form']}: {raw!r} not kept as invalid")
        if "role" in case and any(p.role != case["role"] for p in page.valid_phones):
            misses.append(f"{case['form']}: roles {[p.role for p in page.valid_phones]}")
    precision = true_pos / max(1, true_pos + false_pos)
    recall = true_pos / max(1, true_pos + false_neg)
    print(
        f"\nphones_dev: {len(cases)} cases, precision={precision:.3f} recall={recall:.3f} "
        f"(tp={true_pos} fp={false_pos} fn={false_neg})"
    )
    print("\n".join(misses))
    assert precision >= 0.98 and recall >= 0.95, misses
    assert not [m for m in misses if "invalid" in m or "roles" in m], misses


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("1-8OO-555-0199", "+18005550199"),
        ("0️⃣8️⃣5️⃣ 1️⃣2️⃣3️⃣ 4️⃣5️⃣6️⃣7️⃣", "+31851234567"),
        ("⓪⑧⑤ ①②③ ④⑤⑥⑦", "+31851234567"),
        ("1 - 844 - 444 - 4609", "+18444444609"),
    ],
)
def test_letter_o_keycaps_circled_digits_and_spaced_dashes(written: str, number: str) -> None:
    assert e164s(f"Call {written} now") == [number]
