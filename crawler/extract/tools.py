"""Remote-access tool links and chat widgets, each with the evidence that showed it.

A scam helpdesk links a TeamViewer or AnyDesk download and often runs a live chat.
Tools are found in link URLs (strong: the page hands out the download) and in the
visible text (weaker: a repair shop may name the tool it uses); widgets in script and
iframe sources, inline script text and click-to-chat links. The fragments to look for
live in scoring/vocabulary.toml [remote_tools] and [chat_widgets].
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

from crawler.extract.vocabulary import load_vocabulary

MAX_TEXT = 200_000


@dataclass(frozen=True)
class Sighting:
    """One tool or widget (`term`: its id in the vocabulary), where it was seen (link |
    text | script | iframe | inline script) and the evidence: the URL, or the words as
    the page wrote them. Stored as {"term", "via", "evidence"} in pages.extraction."""

    term: str
    via: str
    evidence: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@functools.cache
def _tool_words() -> dict[str, re.Pattern[str]]:
    patterns = {}
    for tool, spec in load_vocabulary()["remote_tools"].items():
        words = sorted(spec["words"], key=len, reverse=True)
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        patterns[tool] = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
    return patterns


@functools.cache
def _tool_stems() -> dict[str, tuple[str, ...]]:
    """Per tool, the first word of each of its words, lowercased: a cheap substring test
    before the word-boundary pattern."""
    tools = load_vocabulary()["remote_tools"]
    return {tool: tuple({w.lower().split()[0] for w in spec["words"] if w.split()}) for tool, spec in tools.items()}


def _any_of(fragments: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of the fragments (plain substrings, case-insensitive)."""
    return re.compile("|".join(re.escape(f.lower()) for f in fragments))


@functools.cache
def _link_fragments() -> dict[str, re.Pattern[str]]:
    """Per tool, its link fragments as one pattern: one search per link and tool."""
    tools = load_vocabulary()["remote_tools"]
    return {tool: _any_of(spec["links"]) for tool, spec in tools.items()}


@functools.cache
def _widget_fragments() -> dict[str, re.Pattern[str]]:
    widgets = load_vocabulary()["chat_widgets"]
    return {widget: _any_of(fragments) for widget, fragments in widgets.items()}


@functools.cache
def _any_link_fragment() -> re.Pattern[str]:
    """Every tool's link fragments in one pattern: most links match none, and one search
    tells so (the per-tool patterns then run only on a link that matched)."""
    tools = load_vocabulary()["remote_tools"]
    return _any_of(f for spec in tools.values() for f in spec["links"])


@functools.cache
def _any_widget_fragment() -> re.Pattern[str]:
    return _any_of(f for fragments in load_vocabulary()["chat_widgets"].values() for f in fragments)


def _contains_any(lowered_url: str, pattern: re.Pattern[str]) -> bool:
    return pattern.search(lowered_url) is not None


def find_remote_tools(links: Iterable[str], text: str) -> list[Sighting]:
    """One sighting per tool: its first link if any, else its first mention in text."""
    tools = _link_fragments()
    anything = _any_link_fragment()
    found: dict[str, Sighting] = {}
    for url in links:
        lowered = url.lower()
        if anything.search(lowered) is None:
            continue
        for tool, fragments in tools.items():
            if tool not in found and _contains_any(lowered, fragments):
                found[tool] = Sighting(tool, "link", url[:500])
    text = text[:MAX_TEXT]
    lowered = text.lower()
    for tool, pattern in _tool_words().items():
        if tool in found or not any(stem in lowered for stem in _tool_stems()[tool]):
            continue  # no word of the tool's even as a substring: the pattern cannot match
        match = pattern.search(text)
        if match:
            found[tool] = Sighting(tool, "text", match.group())
    return sorted(found.values(), key=lambda s: s.term)


def find_chat_widgets(sources: Mapping[str, Iterable[str]], inline_script: str) -> list[Sighting]:
    """One sighting per widget from `sources` (via -> URLs) and inline script text."""
    widgets = _widget_fragments()
    anything = _any_widget_fragment()
    found: dict[str, Sighting] = {}
    for via, urls in sources.items():
        for url in urls:
            lowered_url = url.lower()
            if anything.search(lowered_url) is None:
                continue
            for widget, fragments in widgets.items():
                if widget not in found and _contains_any(lowered_url, fragments):
                    found[widget] = Sighting(widget, via, url[:500])
    lowered = inline_script[:MAX_TEXT].lower()
    for widget, fragments in load_vocabulary()["chat_widgets"].items():
        if widget in found:
            continue
        for fragment in fragments:
            position = lowered.find(fragment.lower())
            if position >= 0:
                snippet = inline_script[max(0, position - 20) : position + 60]
                found[widget] = Sighting(widget, "inline script", " ".join(snippet.split()))
                break
    return sorted(found.values(), key=lambda s: s.term)
