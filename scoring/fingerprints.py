"""Near-duplicate page templates: one banded index over simhash fingerprints.

Scoring (a flagged site's template seen again, scoring/loader.py) and triage (a domain
joins the case whose template it shares, takedown_queue/triage.py) both ask "which
fingerprints lie within d bits of this one?". Pigeonhole: cut a print into d+1 bands
and two prints within d bits agree on one whole band, so only prints sharing a band
are compared. With d+1 bands a band of a 64-bit print is 9 bits wide at d = 6 and
holds 1/512 of the index, so a large store compared thousands of prints a lookup; with
four bands and each band probed within d // 4 bits (multi-index hashing) a band is 16
bits wide.

The index holds each distinct print once. Campaigns copy one template to hundreds of
domains, so a print stored per domain made every lookup scan the whole campaign
(quadratic in its size); callers keep what belongs to a print (domains, cases) beside
it and the index compares each distinct print once. Imports nothing of ours.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations

BANDS = 4  # bands a print is cut into (fewer when max_distance is smaller)
Print = tuple[int, int]  # (value, bit length): prints of other lengths never match


def parse_fingerprint(text: str | None) -> Print:
    """(value, bit length) of a hex fingerprint; (0, 0) when absent or not hex."""
    if not text:
        return 0, 0
    try:
        return int(text, 16), len(text) * 4
    except ValueError:
        return 0, 0


@dataclass
class PrintIndex:
    """Distinct fingerprints, found by the bands they share with a query."""

    max_distance: int
    bands: dict[tuple[int, int, int], list[int]] = field(default_factory=dict)
    seen: set[Print] = field(default_factory=set)

    def _bands(self, bits: int) -> list[tuple[int, int]]:
        """(shift, width) of each band: at most four, so a band is 16 bits of a 64-bit
        print and holds about 1/65,536 of the index, not the 1/512 of d+1 = 7 bands."""
        count = max(min(self.max_distance + 1, BANDS, bits), 1)
        width = bits // count
        return [(b * width, width if b < count - 1 else bits - b * width) for b in range(count)]

    def _keys(self, value: int, bits: int) -> Iterator[tuple[int, int, int]]:
        for band, (shift, span) in enumerate(self._bands(bits)):
            yield (bits, band, (value >> shift) & ((1 << span) - 1))

    def _probes(self, value: int, bits: int) -> Iterator[tuple[int, int, int]]:
        """The band keys a print within max_distance may have: with k bands, one band
        differs in at most max_distance // k bits (pigeonhole), so each band's value is
        probed with every flip of up to that many of its bits."""
        bands = self._bands(bits)
        radius = self.max_distance // len(bands)
        for band, (shift, span) in enumerate(bands):
            own = (value >> shift) & ((1 << span) - 1)
            for mask in _flip_masks(span, radius):
                yield (bits, band, own ^ mask)

    def add(self, value: int, bits: int) -> bool:
        """Index a print; False when it was already there (or has no bits)."""
        if bits <= 0 or (value, bits) in self.seen:
            return False
        self.seen.add((value, bits))
        for key in self._keys(value, bits):
            self.bands.setdefault(key, []).append(value)
        return True

    def near(self, value: int, bits: int) -> list[tuple[int, int]]:
        """(print, Hamming distance) of each distinct indexed print of the same length
        within max_distance, nearest first (ties in the order they were added)."""
        if bits <= 0:
            return []
        found: dict[int, int] = {}
        for key in self._probes(value, bits):
            for other in self.bands.get(key, ()):
                if other not in found:
                    distance = (value ^ other).bit_count()
                    if distance <= self.max_distance:
                        found[other] = distance
        return sorted(found.items(), key=lambda pair: pair[1])


@cache
def _flip_masks(span: int, radius: int) -> tuple[int, ...]:
    """Every mask of up to `radius` set bits in `span` bits, 0 first."""
    return tuple(
        sum(1 << bit for bit in positions)
        for flips in range(min(radius, span) + 1)
        for positions in combinations(range(span), flips)
    )
