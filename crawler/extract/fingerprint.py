"""Template fingerprint: a 64-bit SimHash of a page's DOM skeleton, never its words.

Taken-down fake helpdesks come back "with the same template, only the company name
or the phone number differs". Hashing the skeleton (tag paths and tag+class shingles)
makes such clones land a few bits apart, whatever brand and number they show, while
unrelated templates differ in about half of the 64 bits. Compare with `hamming`.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterator

from lxml import etree

BITS = 64
MAX_ELEMENTS = 20_000  # the skeleton of a real template is far smaller
MAX_FEATURES = 4_000  # most frequent distinct features kept; bounds the hashing work
SHINGLE = 4  # consecutive elements per shingle
PATH_DEPTH = 3  # ancestors in a path feature
# A skeleton of fewer structural elements than this is no template: every small "about"
# or contact page (html, head, title, body, header, h1, p) looks the same on every site,
# so its fingerprint would tie unrelated sites together.
MIN_ELEMENTS = 10
_NOISE_RE = re.compile(r"\d+")  # generated class names differ only in their digits
# Left out of the skeleton (their children still count): inline markup is where clones
# differ on purpose (a number split into spans, a bold brand name), and scripts, links
# and metadata are what a clone adds for its own chat widget or tracker.
IGNORED = frozenset(
    "a abbr b bdi bdo big br cite code data dfn em font i img kbd mark q s samp small "
    "span strong sub sup time tt u var wbr script noscript style link meta base "
    "iframe svg path".split()
)


def _token(element: etree._Element) -> str:
    """tag.class1.class2 with digits dropped (css-1a2b3 and css-9z8y7 are one class)."""
    classes = sorted({_NOISE_RE.sub("", c) for c in (element.get("class") or "").split()})
    return ".".join([str(element.tag), *[c for c in classes[:3] if c]])


def _elements(root: etree._Element) -> Iterator[tuple[etree._Element, int]]:
    """Elements in document order with their depth, without comments or PIs."""
    stack = [(root, 0)]
    count = 0
    while stack and count < MAX_ELEMENTS:
        element, depth = stack.pop()
        if not isinstance(element.tag, str):
            continue
        count += 1
        if element.tag in IGNORED:
            stack.extend((child, depth) for child in reversed(element))
            continue
        yield element, depth
        stack.extend((child, depth + 1) for child in reversed(element))


def skeleton_features(root: etree._Element) -> Counter[str]:
    """Path features (last ancestors plus the element) and shingles of tokens."""
    features: Counter[str] = Counter()
    path: list[str] = []
    order: list[str] = []
    for element, depth in _elements(root):
        token = _token(element)
        del path[depth:]
        path.append(token)
        features["p:" + ">".join(path[-PATH_DEPTH - 1 :])] += 1
        order.append(token)
    for start in range(max(0, len(order) - SHINGLE + 1)):
        features["s:" + " ".join(order[start : start + SHINGLE])] += 1
    return features


def _hash(feature: str) -> int:
    return int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest(), "big")


@functools.lru_cache(maxsize=65536)
def _signs(feature: str) -> tuple[int, ...]:
    # +1/-1 per bit of the feature's hash. Pages of one template share most features,
    # so a crawl computes each vector once instead of once a page.
    value = _hash(feature)
    return tuple(1 if value >> bit & 1 else -1 for bit in range(BITS))


def simhash(features: Counter[str]) -> int:
    totals = [0] * BITS
    for feature, weight in features.most_common(MAX_FEATURES):
        totals = [t + weight * s for t, s in zip(totals, _signs(feature), strict=True)]
    return sum(1 << bit for bit in range(BITS) if totals[bit] > 0)


def fingerprint(root: etree._Element | None) -> str | None:
    """16 hex digits, or None for a page with too little markup to be a template."""
    if root is None:
        return None
    features = skeleton_features(root)
    elements = sum(n for feature, n in features.items() if feature.startswith("p:"))
    if elements < MIN_ELEMENTS or len(features) < 2:
        return None
    return f"{simhash(features):016x}"


def hamming(a: str, b: str) -> int:
    """Bits in which two fingerprints differ; ValueError for one that is not hex."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
