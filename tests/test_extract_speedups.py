"""Speed-ups that must not change a single match: the phrase trie and the window cache."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.extract import phones
from crawler.extract.phones import forget_windows, scan_phones
from crawler.extract.terms import phrase_regex

WORDS = st.text(alphabet="abc ", min_size=1, max_size=6).map(lambda s: " ".join(s.split())).filter(bool)


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return rf"(?<!\w)(?:{body})(?!\w)"


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=8), st.text(alphabet="abc d\n", max_size=60))
def test_the_phrase_trie_matches_what_the_alternation_matches(phrases, text):
    trie = re.compile(phrase_regex(phrases))
    plain = re.compile(_alternation(phrases))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _result(chunks):
    scan = scan_phones(chunks, region_hint="NL")
    return ([(p.e164, p.raw, p.valid) for p in scan.phones + scan.invalid],
            scan.rejected, scan.capped, [(o.e164, o.chunk, o.start, o.end) for o in scan.occurrences])


def test_a_cached_window_reads_as_a_fresh_one():
    chunks = ["Bel ons: 085 208 1933 of 020-123 45", "Factuur 2026-0042, KvK 12345678", "Bel ons: 085 208 1933 of 020-123 45"]
    forget_windows()
    first = _result(chunks)
    again = _result(chunks)  # every window from the cache now
    assert first == again


def test_the_page_budget_for_hand_parsed_runs_still_binds():
    line = " ; ".join(["+99 123 456 789"] * 80)  # phone-shaped, parsed by hand, invalid
    chunks = [f"{line} {i}" for i in range(10)]
    forget_windows()
    fresh = scan_phones(chunks)
    assert fresh.capped and fresh.loose_tried > phones.MAX_LOOSE
    cached = scan_phones(chunks)  # every window's full reading is cached now
    assert cached.capped and cached.loose_tried == fresh.loose_tried
    assert _result(chunks) == _result(chunks)


def test_links_resolve_as_urljoin_resolves_them():
    from urllib.parse import urljoin

    from crawler.extract.html import _absolute, _origin

    for base in ("http://www.Example.nl:8080/a/b/c.html?x=1#f", "https://shop.example.com", "http://u@x.nl/d/"):
        origin = _origin(base)
        for href in ("http://x.nl/y", "HTTP://Y.nl/z", "/contact?x=1#a", "//cdn.x/y", "rel/page",
                     "../up", "/a/./b", "/", "?q=1", "https://x.nl/a/../b"):  # fmt: skip
            assert _absolute(base, origin, href) == urljoin(base, href), (base, href)
