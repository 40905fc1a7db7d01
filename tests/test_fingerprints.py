"""The shared banded fingerprint index (scoring.fingerprints) and its two users: scoring's
template index (scoring.loader) and triage's case index, checked against a brute-force
scan over campaigns that copy one print to many domains."""

from __future__ import annotations

import random

import pytest

from scoring.fingerprints import PrintIndex, parse_fingerprint
from scoring.loader import FingerprintIndex
from takedown_queue.states import OPEN_STATES
from takedown_queue.triage import CaseIndex, _best_match


def _flip(value: int, bits: int, rng: random.Random) -> int:
    for bit in rng.sample(range(64), bits):
        value ^= 1 << bit
    return value


def _campaign_prints(rng: random.Random, campaigns: int = 12, size: int = 30) -> list[int]:
    """Prints as a web of campaigns has them: many domains on one exact print, some a
    few bits off it, and unrelated ones."""
    prints = []
    for _ in range(campaigns):
        base = rng.getrandbits(64)
        prints += [base] * size + [_flip(base, rng.randint(1, 8), rng) for _ in range(size // 3)]
    prints += [rng.getrandbits(64) for _ in range(100)]
    rng.shuffle(prints)
    return prints


@pytest.mark.parametrize("max_distance", [0, 3, 6, 10])
def test_near_finds_exactly_the_prints_within_the_distance(max_distance):
    rng = random.Random(7)
    prints = _campaign_prints(rng)
    index = PrintIndex(max_distance=max_distance)
    for fp in prints:
        index.add(fp, 64)
    queries = prints[:80] + [_flip(prints[0], k, rng) for k in range(12)] + [rng.getrandbits(64)]
    for query in queries:
        want = {fp: d for fp in prints if (d := (fp ^ query).bit_count()) <= max_distance}
        got = index.near(query, 64)
        assert dict(got) == want
        assert [d for _, d in got] == sorted(d for _, d in got)  # nearest first


def test_a_print_is_held_once_however_many_domains_carry_it():
    index = PrintIndex(max_distance=3)
    assert index.add(0xABC, 64) is True
    assert index.add(0xABC, 64) is False
    assert sum(len(v) for v in index.bands.values()) == 4  # one entry in each of 4 bands


def test_prints_of_another_length_never_match():
    index = PrintIndex(max_distance=3)
    index.add(*parse_fingerprint("00000000000000ff"))
    assert index.near(*parse_fingerprint("00000000ff")) == []
    assert parse_fingerprint("not hex") == (0, 0)
    assert index.near(0, 0) == []


def test_scoring_index_gives_every_domain_its_smallest_distance():
    rng = random.Random(11)
    prints = _campaign_prints(rng, campaigns=6, size=20)
    index = FingerprintIndex(max_distance=3)
    for n, fp in enumerate(prints):
        index.add(f"d{n}.example", f"{fp:016x}")
    for query in prints[:40]:
        want = {}
        for n, fp in enumerate(prints):
            if (distance := (fp ^ query).bit_count()) <= 3:
                want[f"d{n}.example"] = min(distance, want.get(f"d{n}.example", 99))
        assert index.near(f"{query:016x}") == want


def _brute_best(entries, phones, prints, max_distance):
    """The match triage picked before the index: every entry scanned in insertion order,
    the first in an open case, else the first."""
    found = []
    for fp in prints:
        for other, case_id, status, domain in entries:
            if (distance := (fp ^ other).bit_count()) <= max_distance:
                found.append((case_id, status in OPEN_STATES, domain, distance))
    open_ones = [m for m in found if m[1]]
    best = open_ones or found
    return best[0][:3] if best else None


def test_triage_index_picks_the_match_a_full_scan_picks():
    rng = random.Random(5)
    prints = _campaign_prints(rng, campaigns=8, size=25)
    index, entries = CaseIndex(max_distance=6), []
    for n, fp in enumerate(prints):
        status = rng.choice(["new", "in_review", "rejected", "ordered"])
        case_id = n // 4
        index.add(case_id, status, f"d{n}.example", [], [fp])
        entries.append((fp, case_id, status, f"d{n}.example"))
    for query in prints[:60] + [_flip(p, 4, rng) for p in prints[:20]]:
        match = _best_match(index, [], [query], 6)
        want = _brute_best(entries, [], [query], 6)
        if want is None:
            assert match is None
            continue
        assert (match.case_id, match.open) == want[:2]
        assert want[2] in match.reason
