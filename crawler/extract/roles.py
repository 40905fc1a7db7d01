"""The role a phone number plays where it is seen: offered or quoted (issue 14).

"Offered" is the page's own contact: a tel: link, "bel ons", a call-to-action, the
header or footer, JSON-LD telephone. "Quoted" is a number named in running text
about somebody else: a news article, a forum post, a number directory. Only offered
numbers count against the domain; quoted ones are evidence about the number.

Each occurrence is decided by the first rule that applies, in this order:

0. on one number's page in a lookup directory ("wie belde mij met 085 ...?"), anything
   outside the frame -> quoted: the looked-up number is the page's subject, even where
   it is a tel: link, JSON-LD or the URL's parameter;
1. markup only a page's own contact uses: JSON-LD `telephone`, a <meta> telephone
   (microdata, Open Graph), the page's own URL
   parameter, a number assembled by inline script -> offered; a tel:/callto: link ->
   offered, unless it sits in somebody else's words (rule 2: forums linkify numbers);
2. inside somebody else's words (blockquote, comment, reply, forum post, review,
   microdata Comment/Answer/...) -> quoted;
3. inside a question ("moet ik 0808 ... bellen?"), outside the frame and buttons, or
   inside quotation marks in running text (not the frame, a button or a heading) ->
   quoted: the page asks about the number, or repeats somebody's words (the pop-up a
   news story cites);
3b. a cue word near the number ([phone_roles] call_cues / discussion_cues, every
   language): the nearest wins, on a tie the longer phrase; call cue -> offered,
   discussion cue -> quoted; but in an article's running text (rule 6's place) a call
   cue after an infinitive or a verb of saying ([phone_roles] reporting_marks: "tells
   readers to call ...", "in de mail staat: bel ...") is the article repeating
   somebody's words -> quoted, unless it speaks in the page's own voice
   ([phone_roles] first_person: "remember to call us");
4. the page's frame or a call to action (header, footer, nav, button/CTA, large
   heading, the page title, an alt/title attribute outside an article) -> offered;
5. on a number directory page, anything outside the frame -> quoted; so is a number
   in a table or list on a page showing many numbers ([phone_roles] listing_numbers);
6. running text of an article (<article>, an article class, or a page whose JSON-LD
   or markup says it is an article) -> quoted;
7. anything else -> offered (a bare number on a page is taken as its contact).

A page-level Phone is "offered" when any of its occurrences is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from crawler.extract import zones
from crawler.extract.terms import phrase_regex
from crawler.extract.vocabulary import load_vocabulary

OFFERED, QUOTED = "offered", "quoted"
# Where a number was seen; the order of Phone.sources.
SOURCES = ("text", "tel", "jsonld", "alt", "title", "url", "script", "meta", "hidden", "faq")
# "title" is the page title or a title attribute, "alt" an alt attribute, "meta" a
# <meta> telephone (microdata, Open Graph), "hidden" text a script shows later (a modal),
# "faq" an answer in the page's own FAQPage structured data (read by its cue words).
STRONG = frozenset({"jsonld", "meta", "url", "script"})
BEFORE, AFTER = 100, 60  # characters searched for a cue before and after a number
PLACED = zones.FRAME | zones.CTA | zones.HEADING


@dataclass(frozen=True)
class Place:
    """One occurrence of a number and what surrounds it."""

    source: str  # one of SOURCES
    zone: int  # zones.* flags
    text: str  # the chunk it was found in
    start: int
    end: int


@dataclass(frozen=True)
class PageKind:
    """What the page as a whole is, as far as roles care."""

    article: bool = False  # news/article JSON-LD or article markup
    directory: bool = False  # a number directory ("wie belde mij?")
    report: bool = False  # one number's page in a directory: that number is its subject
    listing: bool = False  # so many distinct numbers that a table of them is a list


@functools.cache
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    roles = load_vocabulary()["phone_roles"]
    kinds: dict[str, str] = {}
    for words in roles["call_cues"].values():
        kinds.update({" ".join(w.lower().split()): OFFERED for w in words})
    for words in roles["discussion_cues"].values():
        kinds.update({" ".join(w.lower().split()): QUOTED for w in words})
    # Japanese cues match inside running text: the script has no spaces between words.
    return re.compile(phrase_regex(kinds), re.IGNORECASE), kinds


def cue_kinds(text: str) -> set[str]:
    """The roles (offered, quoted) of the cue words anywhere in `text`."""
    pattern, kinds = _cues()
    return {kinds.get(" ".join(m.group().lower().split()), "") for m in pattern.finditer(text)}


def cue_role(text: str, start: int, end: int) -> str | None:
    """The role the nearest cue word gives the number at [start, end), if any."""
    found = nearest_cue(text, start, end)
    return found.role if found else None


@functools.cache
def _voice() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(first person, a verb of saying with its colon, somebody told to call), the last
    two anchored at the end of the text before a cue."""
    roles = load_vocabulary()["phone_roles"]
    first = re.compile(phrase_regex(roles["first_person"]), re.IGNORECASE)
    saying = re.compile(rf"(?:{phrase_regex(roles['reporting_marks'])})\s*$", re.IGNORECASE)
    return first, saying, re.compile(roles["reporting_pattern"])


def reports_a_call(text: str, start: int, cue: Cue) -> bool:
    """An article's sentence repeats somebody's call instruction: the cue before the
    number follows a verb of saying or somebody told to call ("the email says: call
    ...", "tells readers to call ..."), and neither the cue nor what follows it speaks
    in the page's own voice ("call us", "our helpline")."""
    if cue.start >= start:
        return False
    clause = text[max(0, cue.start - 80) : cue.start]
    for mark in _CLAUSE_END:
        clause = clause.rsplit(mark, 1)[-1]
    first, saying, told = _voice()
    if first.search(text[cue.start : start]):
        return False
    return bool(saying.search(clause) or told.search(clause))


@functools.cache
def _fake_words_re() -> re.Pattern[str]:
    words = load_vocabulary()["phone_roles"]["fake_words"]
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # The fake word, then at most two words (a brand: "zogenaamde Microsoft-"), up to
    # the call word: anchored at the end of the text before the cue.
    return re.compile(rf"(?<![\w-])(?:{alternation})[\s\-]+(?:[\w'’]+[\s\-]+){{0,2}}$", re.IGNORECASE)


def called_fake(text: str, cue: Cue) -> bool:
    """The call word is named fake or so-called ("een zogenaamde HP-bijstand:", "the
    fake Microsoft hotline"): the text speaks of somebody's line, it offers none."""
    return bool(_fake_words_re().search(text[max(0, cue.start - 60) : cue.start]))


_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|[。！？]")


def another_sentence(text: str, start: int, end: int, cue: Cue) -> bool:
    """The call word stands in another sentence than the number ("A cancellation hotline
    is shown. Displayed is 0800 ..."): in an article's running text, a sentence that
    names a hotline does not make the next one's number an offer."""
    cue_end = cue.start + len(cue.phrase)
    between = text[cue_end:start] if cue.start < start else text[end : cue.start]
    return bool(_SENTENCE_END_RE.search(between))


@dataclass(frozen=True)
class Cue:
    role: str
    phrase: str
    start: int  # where the cue word begins in the text


def nearest_cue(text: str, start: int, end: int) -> Cue | None:
    """The cue word nearest the number at [start, end), if any."""
    pattern, kinds = _cues()
    best: tuple[int, int, str, int] | None = None  # (distance, -length, phrase, start)
    low = max(0, start - BEFORE)
    for match in pattern.finditer(text, low, start):
        if _names_a_button(text, match.end()):
            continue
        candidate = (start - match.end(), -len(match.group()), match.group(), match.start())
        best = candidate if best is None or candidate < best else best
    for match in pattern.finditer(text, end, min(len(text), end + AFTER)):
        if _names_a_button(text, match.end()):
            continue
        candidate = (match.start() - end, -len(match.group()), match.group(), match.start())
        best = candidate if best is None or candidate < best else best
        break  # the first cue after the number is the nearest one after it
    if best is None:
        return None
    role = kinds.get(" ".join(best[2].lower().split()))
    return Cue(role, best[2], best[3]) if role else None


# A call word glued to a button's name ("soita-painikkeessa", "Bel-knop", "call-button"):
# the text describes a button somewhere, it asks nobody to call.
_BUTTON_RE = re.compile(
    r"-(?:painik|knop|button|taste|schaltfl|bouton|nappi|ボタン)", re.IGNORECASE
)


def _names_a_button(text: str, cue_end: int) -> bool:
    return _BUTTON_RE.match(text, cue_end) is not None


OPENING, CLOSING = "„«「『", "»」』”"
QUOTE_SPAN = 300  # characters searched for the quotation marks around a number


def in_quotation(text: str, start: int, end: int) -> bool:
    """The number sits inside quotation marks in running text: somebody's words repeated
    ("Uw computer is geblokkeerd. Bel Microsoft: 085 ..."), not the page's own offer.
    Straight double quotes pair up; „…“ (German), “…” (English), «…» (French) and 「…」
    (Japanese) open and close. Both marks must lie in the same paragraph as the number."""
    before = text[max(0, start - QUOTE_SPAN) : start].rsplit("\n", 1)[-1]
    after = text[end : end + QUOTE_SPAN].split("\n", 1)[0]
    depth, low_opened = 0, False
    for ch in before:
        if ch == '"':
            depth = 1 - depth
        elif ch in OPENING:
            depth, low_opened = 1, ch == "„"
        elif ch == "“":  # closes „…“, opens “…”
            depth, low_opened = (0, False) if depth and low_opened else (1, False)
        elif ch in CLOSING:
            depth = 0
    if not depth:
        return False
    return any(ch in after for ch in ('"', "“", *CLOSING))


_CLAUSE_END = frozenset(".!?\n|。！？")


def asked_about(text: str, start: int, end: int) -> bool:
    """The number sits inside a question ("moet ik 0808 169 7254 bellen?", "Who is
    +44 20 ...?"): the page asks about it. "Vragen? Bel 030 ..." is an offer: its
    question ends before the number."""
    for ch in text[end : end + 60]:
        if ch in _CLAUSE_END:
            return ch in "?？"
    return False


def occurrence_role(place: Place, page: PageKind) -> str:
    """offered or quoted, by the rules in this module's docstring."""
    quoted_zone = bool(place.zone & zones.QUOTE)
    framed = bool(place.zone & zones.FRAME)
    if page.report and not framed:
        return QUOTED
    if place.source in STRONG or (place.source == "tel" and not quoted_zone):
        return OFFERED
    if quoted_zone:
        return QUOTED
    if not place.zone & (zones.FRAME | zones.CTA) and (
        asked_about(place.text, place.start, place.end)
        or (not place.zone & PLACED and in_quotation(place.text, place.start, place.end))
    ):
        return QUOTED
    in_article = bool(place.zone & zones.ARTICLE)
    article_text = not place.zone & PLACED and (in_article or (page.article and not framed))
    cue = nearest_cue(place.text, place.start, place.end)
    if cue is not None:
        if cue.role == OFFERED and article_text and (
            reports_a_call(place.text, place.start, cue)
            or another_sentence(place.text, place.start, place.end, cue)
        ):
            return QUOTED  # an article repeating somebody's "call ...", or telling of one
        if cue.role == OFFERED and called_fake(place.text, cue):
            return QUOTED  # "een zogenaamde Microsoft-helpdesk: 085 ...", "fake hotline"
        return cue.role
    if place.zone & PLACED or (place.source in {"title", "alt"} and not in_article):
        return OFFERED
    if not framed and (page.directory or (page.listing and place.zone & zones.LISTING)):
        return QUOTED
    if in_article or (page.article and not place.zone & zones.FRAME):
        return QUOTED
    return OFFERED
