"""Payment asked in gift cards and prepaid vouchers, as the page's own terms.

Refund-and-voucher helpdesks ask victims to pay with Paysafecard, coupons PCS, Google
Play or iTunes cards, "cadeaukaarten": vouchers cannot be reversed or traced, and no
honest helpdesk asks for them. The words live in scoring/vocabulary.toml [payment].

What counts is an ask, not a mention: the voucher and a paying word in one
sentence of the page's own text, outside quoted comments and replies, with neither that
sentence nor the next refusing or warning ("betaal nooit met cadeaukaarten", "scammers
ask for gift cards") and the sentence not selling the cards ("Steam cards for sale"). A generic gift card in a sentence about the shop's own cards ("een
cadeaubon van onze winkel") is the shop's, not a payment trick. Whether the page as a
whole warns (a news article, a warning blog) is the scorer's call.
"""

from __future__ import annotations

import functools
import re

from crawler.extract import zones
from crawler.extract.html import ParsedHtml
from crawler.extract.terms import phrase_pattern
from crawler.extract.vocabulary import load_vocabulary

MAX_LINES = 2_000  # blocks examined per page; the rest is junk or an attack
MAX_LINE = 2_000  # characters per block
_SENTENCE_RE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    table = load_vocabulary()["payment"]
    found = {name: phrase_pattern(table[name]) for name in
             ("vouchers", "gift_cards", "pay_words", "sale_words", "refusals", "own_cards")}  # fmt: skip
    return found


def _key(text: str) -> str:
    return " ".join(text.split())


def voucher_payment(page: ParsedHtml) -> list[str]:
    """The vouchers the page asks to be paid in, as written in the vocabulary, sorted."""
    p = _patterns()
    found: set[str] = set()
    for line, zone in list(zip(page.lines, page.line_zones, strict=False))[:MAX_LINES]:
        if zone & zones.QUOTE:
            continue
        lowered = line[:MAX_LINE].lower()
        if not (p["vouchers"].search(lowered) or p["gift_cards"].search(lowered)):
            continue
        sentences = [s for s in _SENTENCE_RE.split(lowered) if s.strip()]
        for index, sentence in enumerate(sentences):
            if not p["pay_words"].search(sentence):
                continue
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            if p["refusals"].search(sentence) or p["refusals"].search(following):
                continue
            if p["sale_words"].search(sentence):
                continue  # the shop sells the cards; it does not ask to be paid in them
            found |= {_key(m.group()) for m in p["vouchers"].finditer(sentence)}
            if not p["own_cards"].search(sentence):
                found |= {_key(m.group()) for m in p["gift_cards"].finditer(sentence)}
    return sorted(found)


# ---------------------------------------------------------------------------------------
# The renewal-invoice lure ("your plan was renewed, $499.99 charged: call to cancel").


@functools.cache
def _lure_patterns() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    table = load_vocabulary()["refund_lure"]
    words = {name: phrase_pattern(table[name]) for name in ("charged", "asks", "conditions")}
    return words, re.compile(table["amount_pattern"])


def _is_general(sentence: str, conditions: re.Pattern[str]) -> bool:
    """A question, a condition or a recurring price: a FAQ's sentence, not a charge told."""
    return sentence.rstrip().endswith("?") or bool(conditions.search(sentence))


def refund_lure(page: ParsedHtml) -> list[str]:
    """The charges the page tells its visitor of ("289,00 EUR prélevé"), when it also
    asks them to cancel or be refunded; empty otherwise. Each as "<amount> (<word>)"."""
    words, amount = _lure_patterns()
    charges: list[str] = []
    asks = False
    for line, zone in list(zip(page.lines, page.line_zones, strict=False))[:MAX_LINES]:
        if zone & zones.QUOTE:
            continue
        lowered = line[:MAX_LINE].lower()
        asks = asks or bool(words["asks"].search(lowered))
        if not words["charged"].search(lowered):
            continue
        sentences = [s for s in _SENTENCE_RE.split(lowered) if s.strip()]
        for index, sentence in enumerate(sentences):
            said = words["charged"].search(sentence)
            if not said or _is_general(sentence, words["conditions"]):
                continue
            beside = sentences[max(0, index - 1) : index + 2]
            for near in (sentence, *beside):
                money = amount.search(near)
                if money and not _is_general(near, words["conditions"]):
                    charges.append(f"{_key(money.group())} ({said.group()})")
                    break
    return sorted(set(charges))[:5] if asks else []
