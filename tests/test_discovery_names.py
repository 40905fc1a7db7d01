"""Name scoring for discovery: the fast prefilter never hides a domain-name rule's hit."""

from __future__ import annotations

import random

import pytest

from core.domains import registered_domain
from crawler.discovery.names import NameScorer
from scoring.facts import DomainFacts
from scoring.indicators import domain as indicators
from scoring.rules import load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def scorer(rules):
    return NameScorer(rules)


def corpus(rules, size: int = 3000) -> list[str]:
    """Look-alikes of every brand name (typos, homoglyphs, support words, subdomains,
    hosting platforms) among benign and random names."""
    rng = random.Random(17)
    brands = [n.replace(" ", "") for b in rules.brands.values() for n in (*b.names, *b.products)]
    officials = [d for b in rules.brands.values() for d in b.official_domains]
    words = ["bakker", "fiets", "tand", "shop", "mail", "cloud", "reis", "info", "hond",
             "support", "hulp", "online", "secure", "service", "login", "xyz", "app"]  # fmt: skip
    tlds = ["com", "nl", "net", "online", "site", "netlify.app", "github.io", "co.uk"]
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"

    def typo(word: str) -> str:
        i = rng.randrange(len(word))
        kind = rng.randrange(4)
        if kind == 0:
            return word[:i] + word[i + 1 :]
        if kind == 1:
            return word[:i] + rng.choice(letters) + word[i:]
        if kind == 2:
            return word[:i] + rng.choice(letters) + word[i + 1 :]
        return word.replace("o", "0").replace("l", "1").replace("m", "rn")

    out = []
    for _ in range(size):
        kind = rng.randrange(6)
        brand = rng.choice(brands).lower()
        if kind == 0:
            label = typo(brand) + rng.choice(["", "-" + rng.choice(words)])
        elif kind == 1:
            label = f"{rng.choice(words)}-{brand}-{rng.choice(words)}"
        elif kind == 2:
            label = "".join(rng.choice(letters) for _ in range(rng.randint(3, 20)))
        elif kind == 3:
            label = f"{rng.choice(words)}{rng.choice(words)}{rng.randint(1, 999)}"
        elif kind == 4:
            label = f"{rng.choice(officials)}.{rng.choice(words)}"
        else:
            label = f"{typo(brand)}{rng.choice(words)}"
        prefix = rng.choice(["", "www.", "mail.", f"{brand}.", "*."])
        name = f"{prefix}{label}.{rng.choice(tlds)}"
        # as certificate logs and zone files give them: non-ASCII labels in punycode
        out.append(".".join(p if p.isascii() else p.encode("idna").decode() for p in name.split(".")))
    return out


def direct_hits(name: str, rules) -> list[tuple[str, str]]:
    host = name.lower().removeprefix("*.")
    unit = registered_domain(host)
    facts = DomainFacts(domain=unit.domain, hosts=(host,), hosting_platform=unit.platform)
    return sorted((h.indicator, h.evidence) for fn in indicators.INDICATORS.values()
                  for h in fn(facts, rules))  # fmt: skip


def test_prefilter_hides_no_hit_of_the_indicators(scorer, rules):
    names = [n for n in corpus(rules) if registered_domain(n.removeprefix("*.")) is not None]
    hits_seen = 0
    for name in names:
        verdict = scorer.score(name)
        want = direct_hits(name, rules)
        got = sorted((r["indicator"], r["evidence"]) for r in verdict.reasons)
        assert got == want, name
        hits_seen += bool(want)
    assert hits_seen > len(names) // 4  # the corpus really exercises the rules


def test_prefilter_lets_few_benign_names_through(scorer, rules):
    rng = random.Random(5)
    benign = [f"{''.join(rng.choice('bdfghjklnprstvwz') for _ in range(4))}-"
              f"{rng.choice(['bakker', 'tuin', 'reis', 'hond'])}{i}.nl" for i in range(500)]  # fmt: skip
    through = sum(scorer.could_hit(n, n, "") for n in benign)
    assert through < 50


def test_fast_skeleton_equals_the_indicators_skeleton(scorer, rules):
    confusables = rules.setting("domain", "confusables")
    for name in corpus(rules, 500) + ["rnicrosoft", "аpple", "vvindows", "m1cr0s0ft"]:
        label = name.split(".")[0]
        assert scorer.skeleton(label) == indicators.skeleton(label, confusables)


@pytest.mark.parametrize(
    ("name", "indicator"),
    [
        ("micros0ft-hulpdienst.com", "brand_homoglyph_domain"),
        ("norton-renew-helpdesk.com", "brand_support_words_domain"),
        ("avast-hulp.netlify.app", "brand_on_hosting_platform"),
        ("login.microsoft.com.evil-site.xyz", "brand_as_subdomain"),
        ("*.mcafe-antivirus.online", "brand_lookalike_domain"),
        ("bitdefnder.com", "brand_lookalike_domain"),
    ],
)
def test_suspicious_names_get_points_and_evidence(scorer, name, indicator):
    verdict = scorer.score(name)
    assert verdict is not None and verdict.points > 0
    assert indicator in {r["indicator"] for r in verdict.reasons}
    assert all(r["evidence"] for r in verdict.reasons)


@pytest.mark.parametrize("name", ["bakkerij-van-dijk.nl", "support.microsoft.com", "www.apple.com"])
def test_benign_and_official_names_score_nothing(scorer, name):
    assert scorer.score(name).points == 0


@pytest.mark.parametrize("name", ["192.0.2.1", "com", "", "..", "localhost"])
def test_names_without_a_registered_domain_are_none(scorer, name):
    assert scorer.score(name) is None


@pytest.mark.parametrize(
    "name", ["a*b.com", "x y.nl", "_dmarc.microsoft-hulp.com", "-x.com", "a..b.com"]
)
def test_names_no_browser_would_fetch_are_none(scorer, name):
    assert scorer.score(name) is None


def test_unicode_names_are_scored_in_punycode(scorer):
    verdict = scorer.score("аpple-helpdesk.com")  # Cyrillic а
    assert verdict is not None and verdict.host == "xn--pple-helpdesk-v1k.com"
    assert "brand_homoglyph_domain" in {r["indicator"] for r in verdict.reasons}
