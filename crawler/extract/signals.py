"""Page signals for the scorer: scare wording, locker behaviours, what the page is.

Nothing is scored here; these are facts (PageFacts.scare_terms, .locker_behaviours,
.page_signals) the rules weigh. The one place the signals are defined:

scare_terms        scareware / browser-locker wording found in the title, text,
                   alt/title attributes or script strings ([scare_terms] per language,
                   and the named patterns error_code, fake_error_id)
locker_behaviours  tricks found as text in inline scripts and page attributes (never
                   run): fullscreen, beforeunload, alert_loop, history_loop,
                   autoplay_audio, keyboard_lock, pointer_lock, print_loop,
                   context_menu_block, window_open_loop, notification_prompt
                   ([locker_behaviours]; autoplay_audio also from <audio autoplay>)
page_signals       article_markup   an <article> with a date (<time>, JSON-LD
                                    datePublished, a date in its text) or a byline
                   news_jsonld      JSON-LD @type NewsArticle, Article, BlogPosting...
                   forum_markup     JSON-LD/microdata DiscussionForumPosting, QAPage,
                                    Question/Answer; or two or more quoted posts with
                                    reply counts
                   comment_thread   two or more comments/replies (class or microdata)
                   number_directory five or more distinct numbers (directory_numbers)
                                    and directory words
                                    ("wie belde", "who called", ratings), or
                                    numbers under a title or main heading with
                                    lookup words ("Who called me? Reverse
                                    phone lookup": its recently searched list)
                   number_report    one number's page in a directory: the title is
                                    the number, with directory words
                                    ("0800 3300214 – Rufnummer-Bewertung"), or a
                                    number in the title or main heading with
                                    lookup words ("wie belde mij", "who called")
                   byline           rel/itemprop author, an author class, JSON-LD
                                    author, or a "Door X" / "By X" line
                   blockquote       the page quotes somebody (a <blockquote>)
                   review_markup    JSON-LD/microdata Review or AggregateRating
                   hidden_links     a block pushed off the screen or shrunk to nothing
                                    by its inline style (left:-9999px, font-size:0,
                                    height:0 + overflow:hidden) holding three or more
                                    links: the SEO spam a hacked site carries to point
                                    search engines at a page injected into it
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from crawler.extract import zones
from crawler.extract.html import ParsedHtml
from crawler.extract.roles import OFFERED, QUOTED, cue_kinds
from crawler.extract.sources import JsonLd
from crawler.extract.terms import phrase_pattern
from crawler.extract.vocabulary import load_vocabulary

MAX_TEXT = 200_000
MAX_SCRIPT = 64 * 1024  # inline script searched for locker tricks; they are short
NEWS_TYPES = frozenset(
    "Article NewsArticle BlogPosting ReportageNewsArticle AnalysisNewsArticle "
    "OpinionNewsArticle BackgroundNewsArticle LiveBlogPosting".split()
)
FORUM_TYPES = frozenset("DiscussionForumPosting QAPage Question Answer".split())
FAQ_ENTRIES = frozenset({"Question", "Answer"})
REVIEW_TYPES = frozenset({"Review", "AggregateRating"})
COMMENT_TYPES = frozenset({"Comment", "UserComments"})
_DATE_RE = re.compile(
    r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|"
    r"(?i:\b\d{1,2}\.? (?:jan|feb|m[aä]r|apr|mei|may|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zé]{0,7} (?:19|20)\d{2}\b)"
)


@functools.cache
def _scare() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    table = load_vocabulary()["scare_terms"]
    phrases = [w for lang, words in table.items() if lang != "patterns" for w in words]
    patterns = {name: re.compile(rx) for name, rx in table.get("patterns", {}).items()}
    return phrase_pattern(phrases), patterns


@functools.cache
def _lockers() -> dict[str, re.Pattern[str]]:
    return {n: re.compile(rx) for n, rx in load_vocabulary()["locker_behaviours"].items()}


@functools.cache
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    roles = load_vocabulary()["phone_roles"]
    return (
        phrase_pattern(roles["directory_cues"]),
        phrase_pattern(roles["lookup_cues"]),
        re.compile(roles["reply_count_pattern"]),
        re.compile(roles["byline_pattern"], re.MULTILINE),
    )


def scare_terms(texts: Iterable[str]) -> list[str]:
    """Scare wording, as written in the vocabulary (patterns by name), sorted."""
    text = "\n".join(texts)[:MAX_TEXT]
    phrases, patterns = _scare()
    found = {" ".join(m.group().split()) for m in phrases.finditer(text.lower())}
    found |= {name for name, pattern in patterns.items() if pattern.search(text)}
    return sorted(found)


def locker_behaviours(page: ParsedHtml) -> list[str]:
    """Locker tricks named in inline scripts and page attributes, sorted."""
    code = page.inline_script[:MAX_SCRIPT] + "\n" + page.handlers
    found = {name for name, pattern in _lockers().items() if pattern.search(code)}
    if page.markup.get("audio_autoplay"):
        found.add("autoplay_audio")
    return sorted(found)


_TITLE_NUMBER_RE = re.compile(r"^\W{0,3}\+?[\d(][\d ()./-]{6,20}\d")


def _title_is_a_number(title: str) -> bool:
    """The page is named after a phone number ("085 208 1144 - wie belde?")."""
    return bool(_TITLE_NUMBER_RE.match(title.strip()))


_NUMBER_IN_RE = re.compile(r"(?<![\w.])\+?\(?\d[\d ()./-]{6,20}\d(?![\w.])")


def _reports_a_number(page: ParsedHtml, lowered: str, directory_re: re.Pattern[str],
                      lookup_re: re.Pattern[str]) -> bool:  # fmt: skip
    """One number's page in a reverse-lookup directory: the title is the number with
    directory words, or the title or main heading holds a number and the page uses
    words only a lookup page uses ("wie belde mij", "who called", "spam score")."""
    title = page.title.strip()
    if _title_is_a_number(title) and directory_re.search((title + " " + lowered).lower()):
        return True
    heading = " ".join(page.headings[:2]) if page.headings else ""
    named = _NUMBER_IN_RE.search(title) or _NUMBER_IN_RE.search(heading)
    return bool(named and lookup_re.search((title + " " + heading + " " + lowered).lower()))


HEADING_WORDS = 3  # words beside the number in a heading that names it ("Rufnummer 069 ...")


@functools.cache
def _own_words() -> re.Pattern[str]:
    return phrase_pattern(load_vocabulary()["phone_roles"]["own_words"])


def _heading_names_a_number(page: ParsedHtml) -> bool:
    """A heading (h1, h2) whose subject is a number: the number with at most a label
    beside it ("Nummer 030 799 41 20", "Rufnummer 069 ..."), no call to action ("Bel",
    "Call now") and no "our" ("Ons nummer")."""
    headings = [line for line, zone in zip(page.lines, page.line_zones, strict=False)
                if zone & zones.HEADING][:4]  # fmt: skip
    for line in headings:
        match = _NUMBER_IN_RE.search(line)
        if not match:
            continue
        rest = (line[: match.start()] + " " + line[match.end() :]).lower()
        if len(rest.split()) > HEADING_WORDS or OFFERED in cue_kinds(rest):
            continue
        if not _own_words().search(rest):
            return True
    return False


def _names_a_reported_number(page: ParsedHtml, lowered: str, directory_re: re.Pattern[str]) -> bool:
    """One number's page without a lookup phrase: a heading names the number, and the
    page rates or counts reports on it ("Meldungen: 70", "Bewertung") in words that
    discuss a caller ("Betrug", "nicht zurückrufen", "oplichting")."""
    return bool(
        directory_re.search(lowered)
        and QUOTED in cue_kinds(lowered)
        and _heading_names_a_number(page)
    )


# Inline styles that hide a block from the eye but not from a search engine. Not
# display:none / visibility:hidden: menus and dropdowns hide their links that way.
_HIDDEN_BLOCK_RE = re.compile(
    r"(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}(?:\.\d+)?(?:px|em|rem)"
    r"|font-size\s*:\s*0(?:\.0+)?(?:px|em|rem|pt|%)?\s*(?:;|!|$)"
    r"|(?:height|width|max-height)\s*:\s*[01](?:px)?\s*;.{0,80}?overflow\s*:\s*hidden",
    re.IGNORECASE,
)
HIDDEN_LINKS = 3
_NOT_DISPLAYED_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@functools.cache
def _long_plan_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    payment = load_vocabulary()["payment"]
    life, words = ("|".join(map(re.escape, payment[k])) for k in ("long_plan_life", "long_plan_words"))
    return re.compile(payment["long_plan_years"]), re.compile(life), re.compile(words)


PLAN_WINDOW = 30  # characters between a plan word and its period


def long_plan(lowered: str) -> bool:
    """A protection or support plan for years ahead ("Schutz-Abo 3 Jahre") or for life
    ("Lifetime Protection Plan"), in lowercased text: the period or "lifetime" found
    first (rare), then a plan word beside it."""
    years, life, words = _long_plan_res()
    for match in years.finditer(lowered[:MAX_TEXT]):
        if words.search(lowered, max(0, match.start() - PLAN_WINDOW), match.start()):
            return True
    for match in life.finditer(lowered[:MAX_TEXT]):
        if words.search(lowered, max(0, match.start() - PLAN_WINDOW), match.end() + PLAN_WINDOW):
            return True
    return False


def hidden_links(page: ParsedHtml) -> bool:
    """A block styled out of sight holding HIDDEN_LINKS or more links to pages (not
    in-page "#" anchors: skip links to the content are no spam). A block merely not
    displayed (display:none, visibility:hidden) is a collapsed menu as often as spam:
    it counts when its links repeat their targets (keyword after keyword to one
    injected page), which no menu does."""
    if page.root is None:
        return False
    for element in page.root.iterfind(".//*[@style]"):
        style = element.get("style", "")
        off_screen = _HIDDEN_BLOCK_RE.search(style)
        if not off_screen and not _NOT_DISPLAYED_RE.search(style):
            continue
        links = [a.get("href") for a in element.iter("a") if (a.get("href") or "#")[:1] != "#"]
        if len(links) < HIDDEN_LINKS:
            continue
        if off_screen or len(set(links)) * 2 <= len(links):
            return True
    return False


def page_signals(page: ParsedHtml, jsonld: JsonLd, distinct_numbers: int) -> list[str]:
    """What the page is, as its markup and wording show it (see the module docstring)."""
    markup, text = page.markup, page.text[:MAX_TEXT]
    directory_re, lookup_re, replies_re, byline_re = _role_patterns()
    types = jsonld.types | {k.split(":", 1)[1] for k in markup if k.startswith("itemtype:")}
    found: set[str] = set()
    byline = bool(markup.get("byline") or jsonld.author or byline_re.search(text))
    if byline:
        found.add("byline")
    if types & NEWS_TYPES:
        found.add("news_jsonld")
    if markup.get("article") and (
        markup.get("time") or jsonld.dated or byline or _DATE_RE.search(text)
    ):
        found.add("article_markup")
    quotes = markup.get("quote", 0)
    if "FAQPage" in types:
        types -= FAQ_ENTRIES  # a FAQ's questions and answers are the site's, no forum's
    if types & FORUM_TYPES or (quotes >= 2 and replies_re.search(text)):
        found.add("forum_markup")
    if quotes >= 2 or sum(markup.get(f"itemtype:{t}", 0) for t in COMMENT_TYPES) >= 2:
        found.add("comment_thread")
    if hidden_links(page):
        found.add("hidden_links")
    lowered = text.lower()
    if long_plan(lowered):
        found.add("long_protection_plan")
    enough = load_vocabulary()["phone_roles"]["directory_numbers"]
    if distinct_numbers >= enough and directory_re.search(lowered):
        found.add("number_directory")
    elif distinct_numbers and (
        _reports_a_number(page, lowered, directory_re, lookup_re)
        or _names_a_reported_number(page, lowered, directory_re)
    ):
        found.add("number_report")
    elif distinct_numbers and lookup_re.search(
        (page.title + " " + " ".join(page.headings[:2])).lower()
    ):
        found.add("number_directory")
    if markup.get("blockquote"):
        found.add("blockquote")
    if types & REVIEW_TYPES:
        found.add("review_markup")
    return sorted(found)
