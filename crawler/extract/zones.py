"""Where on a page a piece of text sits: the zone flags a phone's role is read from.

The HTML walk (crawler.extract.html) gives every element the flags of its ancestors
plus its own, from its tag, its class/id/role words and its microdata itemtype; the
word lists are [phone_roles] in scoring/vocabulary.toml. crawler.extract.roles turns
the flags of a number's line into "offered" or "quoted".
"""

from __future__ import annotations

import functools
import re

from crawler.extract.vocabulary import load_vocabulary

FRAME = 1  # the site's own header, footer, menu
CTA = 2  # a button or call-to-action
HEADING = 4  # a large heading (h1, h2)
ARTICLE = 8  # running text of an article or blog post
QUOTE = 16  # somebody else's words: blockquote, comment, reply, forum post, review
LISTING = 32  # a table or list
TEL = 64  # inside a tel:/callto: link
FAQ = 128  # the site's own FAQ: quote words (question, answer) inside it are its voice

TAGS = {
    "header": FRAME, "footer": FRAME, "nav": FRAME, "button": CTA, "h1": HEADING,
    "h2": HEADING, "article": ARTICLE, "blockquote": QUOTE, "q": QUOTE, "table": LISTING,
    "ul": LISTING, "ol": LISTING, "dl": LISTING,
    # Text reproduced verbatim: a pasted pop-up, a kit's source, an indicator list.
    "pre": QUOTE, "code": QUOTE, "samp": QUOTE, "kbd": QUOTE,
}  # fmt: skip
_SPLIT_RE = re.compile(r"[\s_\-]+")
_CAMEL_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


@functools.cache
def _class_words() -> dict[str, int]:
    roles = load_vocabulary()["phone_roles"]
    words: dict[str, int] = {}
    for name, flag in (
        ("frame_classes", FRAME),
        ("cta_classes", CTA),
        ("article_classes", ARTICLE),
        ("quote_classes", QUOTE),
        ("faq_classes", FAQ),
    ):
        for word in roles[name]:
            words[word.lower()] = words.get(word.lower(), 0) | flag
    return words


@functools.cache
def _types() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    roles = load_vocabulary()["phone_roles"]
    return (frozenset(roles["quote_types"]), frozenset(roles["article_types"]),
            frozenset(roles["faq_types"]))  # fmt: skip


@functools.lru_cache(maxsize=4096)
def class_flags(value: str) -> int:
    """Flags of a class, id or role attribute value ("site-footer call-btn")."""
    words = _class_words()
    flags = 0
    # "js-replyNewMessageContainer": a script's hook says what a script does to the
    # element, not what it is (XenForo, GitHub): no zone word is read from it.
    value = " ".join(c for c in value.split() if c[:3].lower() not in ("js-", "js_"))
    for token in _SPLIT_RE.split(value):
        flags |= words.get(token.lower(), 0)
        # camelCase / PascalCase names ("ClapLv2Answer__text", "commentBody",
        # CSS-module "ReplyItem_x3f"): each capitalised part is a word too.
        if token != token.lower() and token != token.upper():
            for part in _CAMEL_RE.findall(token):
                flags |= words.get(part.lower(), 0)
    return flags | words.get(value.lower().strip(), 0)


@functools.lru_cache(maxsize=1024)
def type_flags(itemtype: str) -> int:
    """Flags of a microdata itemtype or JSON-LD @type ("https://schema.org/Comment")."""
    quote, article, faq = _types()
    flags = 0
    for url in itemtype.split():
        name = url.rstrip("/").rsplit("/", 1)[-1]
        if name in faq:
            flags |= FAQ
        elif name in quote:
            flags |= QUOTE
        elif name in article:
            flags |= ARTICLE
    return flags


def own_faq(flags: int, inherited: int, tag: str) -> int:
    """Flags of an element inside the site's own FAQ: the question and answer words of
    its classes and itemtypes (faq-answer, schema.org Question/Answer) are no quote; a
    blockquote, or a FAQ inside somebody's post, still is."""
    if flags & FAQ and not inherited & QUOTE and not TAGS.get(tag, 0) & QUOTE:
        return flags & ~QUOTE
    return flags
