"""The text a single-page app draws from its state island into an empty shell.

A Next.js, Nuxt or React page served from a free app host is often an empty
`<div id="__next">` plus the data the bundle renders: `<script id="__NEXT_DATA__"
type="application/json">{"props": {"pageProps": {"hero": "...", "phone": "085 ..."}}}`,
or `window.__NUXT__ = {...}`. Without a browser (or when the bundle itself fails to load,
as a scam's copied shell often does) the page reads as blank, while a visitor whose
browser runs the bundle sees the hero, the call to action and the number.

This module reads the string values of such islands, never runs them: values that are
text (a word and a space) or carry a number (seven digits or more), not addresses,
paths, hashes or markup. The caller reads them as the page's text only when the page's
own visible text is a shell (see crawler.extract.html.SHELL_TEXT): on a page with content
the island is configuration, not what is shown.
"""

from __future__ import annotations

import json
import re

MAX_ISLAND_CHARS = 64 * 1024  # of each island's text; the rest is bundle data
MAX_STRINGS = 200  # strings kept per page
MAX_STRING = 300  # characters of a string value that can be display text

# Script elements that hold app state: their id, or an assignment at their start.
ISLAND_IDS = frozenset({"__next_data__", "__nuxt_data__", "__remix_context__", "__app_state__",
                        "__initial_state__", "__preloaded_state__"})  # fmt: skip
_STATE_ASSIGN_RE = re.compile(
    r"^\s*(?:window\.|self\.|globalThis\.)?__(?:NUXT|INITIAL_STATE|PRELOADED_STATE|APOLLO_STATE|"
    r"APP_STATE|STATE|DATA|REMIX_CONTEXT)__\s*=",
)
# A string value in JSON or a JavaScript object literal: after ':', ',' or '['.
_VALUE_RE = re.compile(r'[:,\[]\s*"((?:[^"\\\n]|\\.){1,' + str(MAX_STRING) + r'})"')
_TEXT_RE = re.compile(r"[^\W\d_]{2,}[,.!?:;]?\s+\S")  # a word, then more after a space
_DIGITS7_RE = re.compile(r"(?:\d[\s().\-/]*){7}")
_NOT_TEXT_RE = re.compile(r"^(?:https?:|//|/|\./|#|data:|mailto:)|[<>{}]|^[\w.\-]+\.(?:js|css|json|png|svg|jpe?g|webp)$")


def is_island(element_id: str, element_type: str, text: str) -> bool:
    """Whether a script element holds app state (not code, not JSON-LD)."""
    if element_id.strip().lower() in ISLAND_IDS:
        return True
    if element_type.strip().lower() == "application/json":
        return True
    return bool(_STATE_ASSIGN_RE.match(text[:200]))


def island_strings(text: str) -> list[str]:
    """The display strings in one island, in order, unique."""
    found: list[str] = []
    seen: set[str] = set()
    for match in _VALUE_RE.finditer(text[:MAX_ISLAND_CHARS]):
        value = _unescape(match.group(1)).strip()
        if not value or value in seen or _NOT_TEXT_RE.search(value):
            continue
        if _TEXT_RE.search(value) or _DIGITS7_RE.search(value):
            seen.add(value)
            found.append(" ".join(value.split()))
            if len(found) >= MAX_STRINGS:
                break
    return found


def _unescape(raw: str) -> str:
    try:
        value = json.loads(f'"{raw}"')
    except (ValueError, RecursionError):
        return raw
    return value if isinstance(value, str) else raw
