"""Domain-name indicators: the name itself imitates a brand (like dnstwist, one technique each).

Works on the registered domain's first label and on the full hostnames seen. A brand's
own domains never hit here: that is counter-evidence (scoring.indicators.counter).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from scoring.indicators.hit import Hit, join_evidence

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Brand, Rules

FAMILY = "domain"


def decode_label(label: str) -> str:
    """Unicode form of one punycode label; an undecodable label stays as it is."""
    if label.startswith("xn--"):
        try:
            return label[4:].encode("ascii").decode("punycode")
        except UnicodeError:
            return label
    return label


def first_label(domain: str) -> str:
    """The registrable label: 'helpdesk-microsoft' for helpdesk-microsoft.co.uk."""
    return decode_label(domain.split(".", 1)[0].lower())


def skeleton(text: str, confusables: dict[str, str]) -> str:
    """`text` with look-alike characters replaced by what they imitate (longest first)."""
    out = text.lower()
    for fake in sorted(confusables, key=len, reverse=True):
        out = out.replace(fake, confusables[fake])
    return out


def tokens(label: str) -> list[str]:
    return [t for t in re.split(r"[-_.\d]+", label) if t]


# Product words shorter than this are too common inside other words to name a brand in a
# domain ("teams" in "steamsupport"): they count only as a whole token ("gmail-account");
# brand names themselves always count.
MIN_PRODUCT_LENGTH = 6
# Words up to this length must be a whole hyphen-separated token ("eset" is in "reset").
MAX_TOKEN_ONLY_LENGTH = 4


def squeeze(text: str) -> str:
    return text.replace(" ", "").replace("-", "")


def brand_words(brand: Brand) -> tuple[str, ...]:
    """Brand names and longer product names, squeezed as they appear in domain labels."""
    return _brand_words(brand.names, brand.products)


# Memoised on the words, not the Brand: once rules are loaded a second time in a process,
# a Brand key would be equal but not identical, and every lookup would run the
# dataclass __eq__ (about 5 s over a 100,000-domain rescore).
@functools.cache
def _brand_words(names: tuple[str, ...], products: tuple[str, ...]) -> tuple[str, ...]:
    long_products = [p for p in products if len(squeeze(p)) >= MIN_PRODUCT_LENGTH]
    words = {squeeze(w) for w in (*names, *long_products)}
    return tuple(sorted(words, key=len, reverse=True))


def contains_word(label: str, word: str) -> bool:
    """Substring match for long words; short ones (hp, ing, eset) must be a whole token."""
    if len(word) <= MAX_TOKEN_ONLY_LENGTH:
        return word in tokens(label)
    return word in squeeze(label)


def support_words_beside(label: str, word: str, support: list[str]) -> list[str]:
    """Support words in `label` once the brand word is taken out."""
    rest = squeeze(label).replace(word, "-", 1)
    # Words glued to the brand ("avastscan") are tokens once the brand is cut out.
    rest_tokens = [t for t in tokens(label) if t != word] + tokens(rest)
    rest_label = "-".join(rest_tokens)
    return [
        s
        for s in support
        if (s in rest_tokens if len(s) <= MAX_TOKEN_ONLY_LENGTH else s in rest or s in rest_label)
    ]


def brands_named(label: str, rules: Rules) -> list[tuple[Brand, str]]:
    """(brand, word) for each brand word in `label`: names and long products anywhere,
    short products ("gmail", "skype", "teams", "alexa") only as a whole token."""
    whole = set(tokens(label))
    return [
        (brand, word)
        for brand in rules.brands.values()
        for word in (*brand_words(brand), *token_products(brand))
        if (word in whole if word in token_products(brand) else contains_word(label, word))
    ]


def token_products(brand: Brand) -> tuple[str, ...]:
    """The brand's short product names, which count only as a whole token."""
    return _token_products(brand.products)


@functools.cache
def _token_products(products: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(squeeze(p) for p in products if len(squeeze(p)) < MIN_PRODUCT_LENGTH)


def _is_official(facts: DomainFacts, rules: Rules) -> bool:
    return rules.brand_owning(facts.domain) is not None


def brand_support_words_domain(facts: DomainFacts, rules: Rules) -> list[Hit]:
    if _is_official(facts, rules):
        return []
    label = first_label(facts.domain)
    # Support words ("helpdesk") and scare or renewal words ("scan", "renew",
    # "security"): both make a brand name in a domain read as a service desk.
    support = [*rules.setting("domain", "support_words"), *rules.setting("domain", "scare_words")]
    found = []
    for brand, word in brands_named(label, rules):
        extra = support_words_beside(label, word, support)
        if extra:
            found.append(f"'{facts.domain}' joins {brand.id} ('{word}') with '{extra[0]}'")
    return [Hit("brand_support_words_domain", join_evidence(found[:1]))] if found else []


def brand_lookalike_domain(facts: DomainFacts, rules: Rules) -> list[Hit]:
    if _is_official(facts, rules):
        return []
    label = first_label(facts.domain)
    squeezed = squeeze(label)
    threshold = float(rules.setting("domain", "lookalike_min_similarity"))
    min_length = int(rules.setting("domain", "lookalike_min_length"))
    for brand in rules.brands.values():
        for name in brand.names:
            name = squeeze(name)
            if len(name) < min_length or name in squeezed:
                continue  # exact use of the name is the support-words indicator's business
            score = similarity(name, label)
            if score >= threshold and _trades_on(facts, brand.id, rules):
                evidence = (
                    f"'{facts.domain}' resembles {brand.id} ('{name}', similarity {score:.0f}%)"
                )
                return [Hit("brand_lookalike_domain", evidence)]
    return []


def _trades_on(facts: DomainFacts, brand_id: str, rules: Rules) -> bool:
    """A name that merely resembles a brand ("epsom-print" ~ epson, a town) is a
    look-alike only when the site puts that brand forward (in a title, or most named);
    a name with no pages behind it (a certificate log entry) is judged on the name."""
    from scoring.indicators.impersonation import prominent_brands

    if not facts.pages:
        return True
    return any(brand_id in prominent_brands(page, rules) for page in facts.pages)


# A token this many characters shorter or longer than a brand name is no look-alike of
# it ("x" is not "netflix", "sky" is not "kaspersky", however partial matching scores).
MAX_LENGTH_GAP = 2


def similarity(name: str, label: str) -> float:
    """How close `label` comes to spelling `name`: per token of about the name's length,
    or a window of the squeezed label when the label is longer than the name."""
    scores = [
        fuzz.ratio(name, token)
        for token in tokens(label)
        if abs(len(token) - len(name)) <= MAX_LENGTH_GAP
    ]
    squeezed = squeeze(label)
    if len(squeezed) > len(name):
        scores.append(fuzz.partial_ratio(name, squeezed))
    return max(scores, default=0.0)


def brand_on_hosting_platform(facts: DomainFacts, rules: Rules) -> list[Hit]:
    """A brand name in a site's own label on a free hosting or app platform: brands
    never run their support there, and a takedown goes to the platform."""
    if not facts.hosting_platform:
        return []
    label = first_label(facts.domain)
    for brand, word in brands_named(label, rules):
        evidence = (
            f"'{facts.domain}' names {brand.id} ('{word}') on the hosting platform "
            f"{facts.hosting_platform}"
        )
        return [Hit("brand_on_hosting_platform", evidence)]
    return []


def brand_homoglyph_domain(facts: DomainFacts, rules: Rules) -> list[Hit]:
    if _is_official(facts, rules):
        return []
    label = first_label(facts.domain)
    fake = skeleton(label, rules.setting("domain", "confusables"))
    if fake == label:
        return []
    honest = {(b.id, w) for b, w in brands_named(label, rules)}
    for brand, word in brands_named(fake, rules):
        if (brand.id, word) not in honest and len(word) > MAX_TOKEN_ONLY_LENGTH:
            evidence = (
                f"'{facts.domain}' spells {brand.id} with look-alike characters: "
                f"'{label}' reads as '{fake}'"
            )
            return [Hit("brand_homoglyph_domain", evidence)]
    return []


def _brand_in_subdomain(host: str, facts: DomainFacts, rules: Rules) -> str | None:
    host = host.lower().rstrip(".")
    if not host.endswith("." + facts.domain):
        return None
    prefix = host[: -len(facts.domain) - 1]
    labels = prefix.split(".")
    for brand in rules.brands.values():
        for official in brand.official_domains:
            if f".{official}." in f".{prefix}.":
                return f"host '{host}' starts with {brand.id}'s domain '{official}'"
        if any(name.replace(" ", "") in labels for name in brand.names):
            return f"host '{host}' uses the brand name {brand.id} as a subdomain"
    return None


def brand_as_subdomain(facts: DomainFacts, rules: Rules) -> list[Hit]:
    if _is_official(facts, rules):
        return []
    found = [e for h in sorted(set(facts.hosts)) if (e := _brand_in_subdomain(h, facts, rules))]
    return [Hit("brand_as_subdomain", join_evidence(found, 2))] if found else []


INDICATORS = {
    "brand_lookalike_domain": brand_lookalike_domain,
    "brand_homoglyph_domain": brand_homoglyph_domain,
    "brand_support_words_domain": brand_support_words_domain,
    "brand_as_subdomain": brand_as_subdomain,
    "brand_on_hosting_platform": brand_on_hosting_platform,
}
