"""Scoring candidate names (from CT logs, NRD lists, zone files) with the domain-name rules.

The rules are scoring's own (scoring/indicators/domain.py, scoring/rules.toml); this
module only decides fast which names can possibly hit them, since a large CT log issues
millions of names a day. The prefilter is sound: it never rejects a name an indicator
would hit (tests/test_discovery_names.py checks it against the indicators themselves);
a name it lets through is scored by the indicators, which alone give the verdict and
the evidence.

Built once from the rules: two regular expressions over every brand word (the
support-words, hosting-platform and homoglyph indicators need a brand word in the label
or its skeleton), the official domains and names for brand-as-subdomain, and the brand
names bucketed by length for the look-alike indicator, whose fuzzy ratios then run in
rapidfuzz's C loop with the threshold as cut-off instead of one Python call a pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from core.domains import registered_domain, to_ascii
from scoring.facts import DomainFacts
from scoring.indicators import domain as indicators
from scoring.rules import Rules
from scoring.score import reasons_for

HOST = re.compile(
    r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+"
)

LABEL_CACHE = 200_000  # labels whose prefilter answer is remembered (then forgotten at once)


@dataclass(frozen=True)
class NameVerdict:
    """What the domain-name rules say about one name."""

    host: str  # the name as it will be fetched (wildcard label removed)
    domain: str  # the unit: registered domain, or the site's label on a hosting platform
    platform: str
    points: float  # domain-family points, capped as the scorer caps them
    reasons: tuple[dict[str, object], ...] = field(default=())


def _word_pattern(
    words: set[str], token_only: set[str] | frozenset[str] = frozenset()
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns, as indicators.brands_named matches: long words anywhere in the
    squeezed label, short ones (hp, ing, eset) and `token_only` ones (short product
    names: gmail, skype) only as a whole token."""
    cut = indicators.MAX_TOKEN_ONLY_LENGTH
    long_words = sorted((w for w in words if len(w) > cut), key=len, reverse=True)
    short = {w for w in words if len(w) <= cut} | set(token_only)
    short_words = sorted(short, key=len, reverse=True)
    edge = r"[-_.\d]"
    return (
        re.compile("|".join(map(re.escape, long_words)) or r"(?!)"),
        re.compile(rf"(?:^|{edge})(?:{'|'.join(map(re.escape, short_words))})(?=$|{edge})"
                   if short_words else r"(?!)"),
    )  # fmt: skip


class NameScorer:
    """Scores host names with the domain family of `rules`; build once, reuse."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.functions = [
            fn for name, fn in indicators.INDICATORS.items() if rules.rule(name).enabled
        ]
        brands = list(rules.brands.values())
        words = {w for b in brands for w in indicators.brand_words(b)}
        token_only = {w for b in brands for w in indicators.token_products(b)}
        self.brand_word = _word_pattern(words, token_only)
        self.confusables: dict[str, str] = rules.setting("domain", "confusables")
        self._skeleton_plan()
        self.official = frozenset(d for b in brands for d in b.official_domains)
        # As brand_as_subdomain compares them: spaces out, hyphens kept.
        self.names = frozenset(n.replace(" ", "") for b in brands for n in b.names)
        self._lookalike_names()
        self._labels: dict[str, bool] = {}

    def _lookalike_names(self) -> None:
        threshold = float(self.rules.setting("domain", "lookalike_min_similarity"))
        min_length = int(self.rules.setting("domain", "lookalike_min_length"))
        fuzzy = sorted({indicators.squeeze(n) for b in self.rules.brands.values() for n in b.names
                        if len(indicators.squeeze(n)) >= min_length})  # fmt: skip
        self.fuzzy_names = fuzzy
        self.threshold = threshold
        gap = indicators.MAX_LENGTH_GAP
        # token length -> the names a token of that length is compared with
        self.by_length: dict[int, tuple[str, ...]] = {
            size: tuple(n for n in fuzzy if abs(len(n) - size) <= gap)
            for size in range(1, max((len(n) for n in fuzzy), default=0) + gap + 1)
        }
        # label length -> the names shorter than it (the whole-label comparisons); a
        # label longer than every name is compared with all of them
        self.shorter_than: dict[int, tuple[str, ...]] = {
            size: tuple(n for n in fuzzy if len(n) < size)
            for size in range(max((len(n) for n in fuzzy), default=0) + 1)
        }
        self.all_fuzzy = tuple(fuzzy)

    def _skeleton_plan(self) -> None:
        """indicators.skeleton replaces look-alikes one after another, longest first;
        when no replacement holds a look-alike itself, the single characters can go in
        one str.translate (same result, a tenth of the time)."""
        conf = self.confusables
        self.multi = sorted((k for k in conf if len(k) > 1), key=len, reverse=True)
        singles = {k: v for k, v in conf.items() if len(k) == 1}
        clash = any(fake in value for value in conf.values() for fake in conf)
        self.table = None if clash else str.maketrans(singles)

    def skeleton(self, label: str) -> str:
        if self.table is None:
            return indicators.skeleton(label, self.confusables)
        out = label.lower()
        for fake in self.multi:
            out = out.replace(fake, self.confusables[fake])
        return out.translate(self.table)

    # ---- prefilter ------------------------------------------------------------------
    def could_hit(self, host: str, domain: str, platform: str) -> bool:
        """False only when no domain indicator can hit this name."""
        return self._label_maybe(indicators.first_label(domain)) or self._subdomain_maybe(
            host, domain
        )

    def _label_maybe(self, label: str) -> bool:
        # A log shows the same registered domain many times (a precertificate and its
        # certificate, www. and mail. names, renewals): decide each label once.
        known = self._labels.get(label)
        if known is None:
            if len(self._labels) >= LABEL_CACHE:
                self._labels.clear()
            known = self._labels[label] = self._label_check(label)
        return known

    def _label_check(self, label: str) -> bool:
        if self._names_brand(label):
            return True
        skeleton = self.skeleton(label)
        if skeleton != label and self._names_brand(skeleton):
            return True
        return self._lookalike_maybe(label)

    def _names_brand(self, label: str) -> bool:
        long_words, short_words = self.brand_word
        return bool(long_words.search(indicators.squeeze(label)) or short_words.search(label))

    def _subdomain_maybe(self, host: str, domain: str) -> bool:
        if not host.endswith("." + domain):
            return False
        labels = host[: -len(domain) - 1].split(".")
        if any(label in self.names for label in labels):
            return True
        return any(
            ".".join(labels[i:j]) in self.official
            for i in range(len(labels))
            for j in range(i + 1, len(labels) + 1)
        )

    def _lookalike_maybe(self, label: str) -> bool:
        # The same scorers as indicators.similarity with the threshold as cut-off, over
        # the same pairs: whole-label windows for names shorter than the label, tokens
        # within MAX_LENGTH_GAP letters of a name's length.
        squeezed = indicators.squeeze(label)
        shorter = self.shorter_than.get(len(squeezed), self.all_fuzzy)
        if shorter and process.extractOne(squeezed, shorter, scorer=fuzz.partial_ratio,
                                          score_cutoff=self.threshold) is not None:  # fmt: skip
            return True
        for token in indicators.tokens(label):
            near = self.by_length.get(len(token))
            if near and process.extractOne(token, near, scorer=fuzz.ratio,
                                           score_cutoff=self.threshold) is not None:  # fmt: skip
                return True
        return False

    # ---- scoring --------------------------------------------------------------------
    def score(self, name: str) -> NameVerdict | None:
        """The verdict for one name as logs and lists write it; None when it names no
        registered domain (an IP address, a bare suffix, junk)."""
        host = name.strip().lower().rstrip(".").removeprefix("*.")
        try:
            host = to_ascii(host)
        except (ValueError, UnicodeError):
            return None
        if not HOST.fullmatch(host):
            return None  # a name no browser would fetch ("a*b.com", "x y.nl", "_dmarc...")
        unit = registered_domain(host)
        if unit is None:
            return None
        if not self.could_hit(host, unit.domain, unit.platform):
            return NameVerdict(host, unit.domain, unit.platform, 0.0)
        facts = DomainFacts(domain=unit.domain, hosts=(host,), hosting_platform=unit.platform)
        hits = [hit for fn in self.functions for hit in fn(facts, self.rules)]
        reasons = reasons_for(hits, self.rules)
        return NameVerdict(
            host, unit.domain, unit.platform, round(sum(r.points for r in reasons), 2),
            tuple({"indicator": r.indicator, "points": r.points, "evidence": r.evidence}
                  for r in reasons),
        )  # fmt: skip

    def score_all(self, names: Iterable[str]) -> list[NameVerdict]:
        return [v for name in names if (v := self.score(name)) is not None]
