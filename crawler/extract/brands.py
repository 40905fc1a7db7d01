"""Brand mentions on a page and in a host name, as brand ids from scoring/brands.toml.

Names and product words both count (products map to their maker: "Outlook" is
microsoft). Matching is on word boundaries and case-insensitive, except for brand
words that are also ordinary words; their rules (exact spellings, words that must not
surround them, words that must be near) live in scoring/vocabulary.toml [brand_terms].
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.domains import registered_domain
from crawler.extract.roles import OFFERED, cue_kinds
from crawler.extract.vocabulary import load_vocabulary
from scoring.brands import Brand, default_brands, load_catalogue

NEAR = 60  # characters either side searched for a require_near word
SHORT = 4  # brand words this short count in a host only as a whole token


@dataclass(frozen=True)
class TermRule:
    """How an ambiguous brand word must appear to count (see vocabulary.toml)."""

    spellings: frozenset[str] = frozenset()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    require_near: tuple[str, ...] = ()
    no_number_before: bool = False
    in_host: bool = True


@dataclass
class BrandCatalog:
    """Brands by id, with the compiled matcher built once."""

    brands: dict[str, Brand]
    rules: dict[str, TermRule] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.host_brands: dict[str, tuple[str, ...]] = {}  # host -> brands in its name
        self.term_brand = {
            _key(term): brand.id for brand in self.brands.values() for term in brand.terms
        }
        terms = sorted(self.term_brand, key=len, reverse=True)
        alternation = "|".join(re.escape(term).replace(r"\ ", r"[\s\-]+") for term in terms)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


@dataclass
class BrandMentions:
    counts: dict[str, int]  # brand id -> mentions
    in_title: list[str]  # brand ids in the title or an h1


def _key(term: str) -> str:
    return " ".join(term.lower().replace("-", " ").split())


def _rules(vocab: dict[str, Any]) -> dict[str, TermRule]:
    rules = {}
    for term, spec in vocab["brand_terms"].items():
        rules[_key(term)] = TermRule(
            spellings=frozenset(spec.get("spellings", ())),
            not_before=tuple(w.lower() for w in spec.get("not_before", ())),
            not_after=tuple(w.lower() for w in spec.get("not_after", ())),
            require_near=tuple(w.lower() for w in spec.get("require_near", ())),
            no_number_before=bool(spec.get("no_number_before", False)),
            in_host=bool(spec.get("in_host", True)),
        )
    return rules


def load_catalog(path: Path | None = None) -> BrandCatalog:
    """The brand catalogue (scoring/brands.py); with no path, brands.toml and its
    local override."""
    if path is not None:
        brands = load_catalogue(path, override=False).brands
        return BrandCatalog(brands, _rules(load_vocabulary()))
    return _default_catalog()


@functools.cache
def _default_catalog() -> BrandCatalog:
    return BrandCatalog(default_brands(), _rules(load_vocabulary()))


def _phrase_at_end(text: str, phrase: str) -> bool:
    """`text` (lowercase) ends with `phrase` starting on a word boundary."""
    if not text.endswith(phrase):
        return False
    before = len(text) - len(phrase)
    return before == 0 or not (text[before - 1].isalnum() and phrase[0].isalnum())


def _phrase_at_start(text: str, phrase: str) -> bool:
    if not text.startswith(phrase):
        return False
    after = len(phrase)
    return after == len(text) or not (text[after].isalnum() and phrase[-1].isalnum())


def _accepted(text: str, match: re.Match[str], rule: TermRule | None) -> bool:
    if rule is None:
        return True
    word = " ".join(match.group().split())
    if rule.spellings and word not in rule.spellings:
        return False
    start, end = match.span()
    before = text[max(0, start - 30) : start].lower().rstrip()
    after = text[end : end + 30].lower().lstrip()
    if any(_phrase_at_end(before, phrase) for phrase in rule.not_before):
        return False
    if any(_phrase_at_start(after, phrase) for phrase in rule.not_after):
        return False
    if rule.no_number_before and before[-1:].isdigit():
        return False
    if rule.require_near:
        near = text[max(0, start - NEAR) : end + NEAR].lower()
        return any(word in near for word in rule.require_near)
    return True


def _brand_hits(text: str, catalog: BrandCatalog) -> list[tuple[int, int, str]]:
    hits = []
    for match in catalog.pattern.finditer(text):
        key = _key(match.group())
        if _accepted(text, match, catalog.rules.get(key)):
            hits.append((match.start(), match.end(), catalog.term_brand[key]))
    return hits


def count_brands(texts: Iterable[str], catalog: BrandCatalog) -> dict[str, int]:
    """Mentions per brand id; "Microsoft Outlook" (maker then product) counts once."""
    counts: Counter[str] = Counter()
    for text in texts:
        previous: tuple[int, int, str] | None = None
        for hit in _brand_hits(text, catalog):
            joined = previous and previous[2] == hit[2] and not text[previous[1] : hit[0]].strip()
            if not joined:
                counts[hit[2]] += 1
            previous = hit
    return dict(sorted(counts.items()))


def find_brands(
    texts: Iterable[str], title_texts: Iterable[str], catalog: BrandCatalog | None = None
) -> BrandMentions:
    """Brand mentions in page text, and the brands named in the title or an h1."""
    catalog = catalog or load_catalog()
    return BrandMentions(
        counts=count_brands(texts, catalog),
        in_title=sorted(count_brands(title_texts, catalog)),
    )


@functools.cache
def _fake_before() -> re.Pattern[str]:
    """A fake word, at most one more word, then the brand: anchored at the text's end."""
    words = load_vocabulary()["phone_roles"]["fake_words"]
    spaced = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w.isascii()
                      or not _is_cjk(w))  # fmt: skip
    glued = "|".join(re.escape(w) for w in words if _is_cjk(w))
    return re.compile(
        rf"(?:(?<![\w-])(?:{spaced})[\s\-]+(?:[\w'’]+[\s\-]+)?|(?:{glued})\s*)$", re.IGNORECASE
    )


def _is_cjk(word: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in word)


@functools.cache
def _fake_object() -> re.Pattern[str]:
    """A fake word, at most one more word, then one of the scam's tools ("Fake Refund")."""
    roles = load_vocabulary()["phone_roles"]
    words = "|".join(re.escape(w) for w in sorted(roles["fake_words"], key=len, reverse=True))
    objects = "|".join(
        re.escape(w).replace(r"\ ", r"[\s\-]+")
        for w in sorted(roles["fake_objects"], key=len, reverse=True)
    )
    # Quotation marks may stand between: "nep-‘veiligheidsteam’", "faux « service client »".
    gap = r"[\s\-'‘’\"“”„«»‹›]+"
    return re.compile(
        rf"(?<![\w-])(?:{words}){gap}(?:[\w'’]+{gap})?(?:{objects})(?:s|en|e)?(?!\w)",
        re.IGNORECASE,
    )


# Double marks only: a single one before a brand is French elision ("d'Apple").
_OPENING_QUOTES = "\"„“”«‹「『"


_CLOSING_QUOTES = "\"“”»›」』"


def _in_quotation_marks(text: str, start: int) -> bool:
    """The brand word stands inside a quotation ('Varo ”Netflix-asiakaspalvelua”',
    'Faux guide « imprimante Epson hors ligne »'): an opening mark before it in the
    same title, not closed before it, and a closing mark after it."""
    before = text[max(0, start - 40) : start]
    opened = max(before.rfind(m) for m in _OPENING_QUOTES)
    if opened < 0:
        return False
    between = before[opened + 1 :]
    if any(m in between for m in _CLOSING_QUOTES if m not in _OPENING_QUOTES):
        return False
    return any(mark in text[start:] for mark in _CLOSING_QUOTES)


def names_a_fake(texts: Iterable[str], catalog: BrandCatalog | None = None) -> bool:
    """A title or heading that calls a brand's helpdesk, or a refund, an invoice or a
    helpline, fake, or puts a brand's service in quotation marks (a so-called one)."""
    catalog = catalog or load_catalog()
    fake = _fake_before()
    for text in texts:
        if OFFERED in cue_kinds(text or ""):
            continue  # "Beware of fake Norton support - call the real Norton helpline" sells
        for match in catalog.pattern.finditer(text or ""):
            if fake.search(text[max(0, match.start() - 60) : match.start()]):
                return True
            if _in_quotation_marks(text, match.start()):
                return True  # 'Varo ”Netflix-asiakaspalvelua”': a so-called service
        if _fake_object().search(text or ""):
            return True
    return False


def _token_match(token: str, term: str, host_words: frozenset[str]) -> bool:
    """A short or generic brand word in a host token: alone, or glued to a host word."""
    if token == term:
        return True
    if token.startswith(term) and any(token[len(term) :].startswith(w) for w in host_words):
        return True
    return token.endswith(term) and any(token[: -len(term)].endswith(w) for w in host_words)


def brands_in_host(host: str, catalog: BrandCatalog | None = None) -> list[str]:
    """Brand ids named in a host name's labels ("microsoft-helpdesk.nl", "hphulp.com")."""
    catalog = catalog or load_catalog()
    # Every page of a site asks about the same host: answer it once per catalog.
    cache = catalog.host_brands
    found = cache.get(host)
    if found is None:
        if len(cache) >= HOST_CACHE:
            cache.clear()
        found = cache[host] = tuple(_brands_in_host(host, catalog))
    return list(found)


HOST_CACHE = 16384  # hosts remembered per catalog


def _brands_in_host(host: str, catalog: BrandCatalog) -> list[str]:
    name = registered_domain(host)
    if name is None:
        return []
    labels = [*name.subdomain.split("."), name.domain[: -len(name.suffix) - 1]]
    tokens = [t for label in labels if label for t in label.lower().split("-") if t]
    joined = [label.lower().replace("-", "") for label in labels if label]
    host_words = frozenset(load_vocabulary()["host_words"]["words"])
    found = set()
    for key, brand_id in catalog.term_brand.items():
        rule = catalog.rules.get(key)
        if rule is not None and not rule.in_host:
            continue
        term = key.replace(" ", "")
        if len(term) > SHORT and rule is None:
            hit = any(term in label for label in joined)
        else:
            hit = any(_token_match(token, term, host_words) for token in tokens)
        if hit:
            found.add(brand_id)
    return sorted(found)
