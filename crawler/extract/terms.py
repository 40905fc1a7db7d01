"""Helpdesk, warning and established-business wording in page text.

The lists live in scoring/vocabulary.toml ([terms] and [patterns]) with a reason each;
this module only matches them: phrases case-insensitively on word boundaries (any
whitespace where the phrase has a space), patterns as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from crawler.extract.identifiers import valid_business_id
from crawler.extract.vocabulary import load_vocabulary

MAX_TEXT = 200_000  # characters of visible text searched; the rest is junk or an attack
LISTS = ("helpdesk", "warning", "business")
# Identifier patterns whose matches must pass their check digits to count (a made-up
# VAT number in a copied footer shows no business): crawler/extract/identifiers.py.
CHECKED = frozenset({"btw_id", "vat_id_eu", "fi_business_id"})
# Patterns searched only where a cheap one finds their anchor: the continental street
# address needs a postcode before a capital, which most pages' text never holds.
PREFILTER = {"eu_street_address": re.compile(r"\d{4,5} [A-ZÄÖÜÉÈ]")}


@dataclass
class TermHits:
    """Matched words per list, each sorted and unique, as written in the vocabulary."""

    helpdesk: list[str]
    warning: list[str]
    business: list[str]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a word list, to run on lowercased text (str.lower is much
    faster than re.IGNORECASE, and the lookahead on the phrases' first letters lets
    the engine skip most positions: five times faster on ordinary pages)."""
    ordered = sorted({_key(p) for p in phrases}, key=len, reverse=True)
    first = "".join(sorted({re.escape(p[0]) for p in ordered}))
    return re.compile(rf"(?=[{first}])(?:{phrase_regex(ordered)})")


def phrase_regex(phrases: Iterable[str]) -> str:
    """The alternation of `phrases`, longest first: whole words where words are spaced,
    anywhere in Japanese and Chinese, which write no spaces between words."""
    ordered = sorted({_key(p) for p in phrases}, key=len, reverse=True)
    spaced = [p for p in ordered if not _unspaced(p)]
    unspaced = [p for p in ordered if _unspaced(p)]
    parts = []
    if spaced:
        trie = _trie(spaced, r"\s+")
        parts.append(rf"(?<!\w)(?:{trie})(?!\w)")
    if unspaced:
        parts.append(_trie(unspaced, r"\s*"))
    return "|".join(parts)


def _trie(phrases: list[str], space: str) -> str:
    """The phrases as one regex that shares their prefixes ("bel(?:\\s+(?:ons|nu))?"):
    the same matches as their alternation longest first, but the engine reads each
    common prefix once instead of once per phrase (re does not factor alternations)."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(root, space)


def _node_regex(node: dict[str, dict], space: str) -> str:
    branches = [
        (space if ch == " " else re.escape(ch)) + _node_regex(child, space)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return (body if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")") + "?"


def _unspaced(phrase: str) -> bool:
    """A phrase in a script written without spaces (kana, CJK ideographs, fullwidth)."""
    return any("\u3040" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in phrase)


@functools.cache
def _compiled() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    vocab = load_vocabulary()
    phrases = {name: phrase_pattern(vocab["terms"][name]) for name in LISTS}
    patterns = {name: re.compile(rx) for name, rx in vocab["patterns"].items()}
    return phrases, patterns


def _matches(pattern: re.Pattern[str], text: str) -> set[str]:
    return {_key(m.group()) for m in pattern.finditer(text)}


def find_terms(text: str) -> TermHits:
    """Which helpdesk, warning and business words a page's visible text contains."""
    text = text[:MAX_TEXT]
    phrases, patterns = _compiled()
    lowered = text.lower()
    found = {name: _matches(pattern, lowered) for name, pattern in phrases.items()}
    for name, pattern in patterns.items():
        if name in CHECKED:
            if any(valid_business_id(name, m.group()) for m in pattern.finditer(text)):
                found["business"].add(name)
        elif name in PREFILTER and not PREFILTER[name].search(text):
            continue
        elif pattern.search(text):
            found["business"].add(name)
    return TermHits(**{name: sorted(found[name]) for name in LISTS})
