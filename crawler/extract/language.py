"""The language a page is written in: its html lang, else a stop-word count.

No network and no model: a count of frequent function words per language
(scoring/vocabulary.toml [stopwords]) is enough to tell Dutch from English, German
and French on a helpdesk page. The html lang attribute is trusted unless the text
clearly says otherwise, because cloned templates often keep lang="en" over Dutch text.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from crawler.extract.vocabulary import load_vocabulary

SAMPLE_CHARS = 20_000  # the start of the text decides; enough words, bounded time
MIN_HITS = 5  # fewer stop words than this is too little text to judge
OVERRULE = 3  # text overrules html lang only when it is this many times as strong
_WORD_RE = re.compile(r"[^\W\d_]{1,20}")
_LANG_RE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*$")


@functools.cache
def _word_langs() -> dict[str, tuple[str, ...]]:
    langs: dict[str, list[str]] = {}
    for lang, words in load_vocabulary()["stopwords"].items():
        for word in words:
            langs.setdefault(word.lower(), []).append(lang)
    return {word: tuple(found) for word, found in langs.items()}


def normalise_lang(value: str | None) -> str | None:
    """ "nl-NL" -> "nl"; None for junk ("{{lang}}", "x")."""
    if not value or not _LANG_RE.match(value.strip()):
        return None
    return re.split(r"[-_]", value.strip())[0].lower()


def stopword_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    table = _word_langs()
    for word in _WORD_RE.findall(text[:SAMPLE_CHARS].lower()):
        for lang in table.get(word, ()):
            counts[lang] += 1
    return counts


def detect_language(html_lang: str | None, text: str) -> str | None:
    """Two-letter language code, or None when neither the markup nor the text says."""
    declared = normalise_lang(html_lang)
    counts = stopword_counts(text)
    best = counts.most_common(2)
    guessed = None
    if best and best[0][1] >= MIN_HITS:
        runner_up = best[1][1] if len(best) > 1 else 0
        if best[0][1] >= 2 * runner_up:
            guessed = best[0][0]
    if declared is None:
        return guessed
    if guessed and guessed != declared and counts[guessed] >= OVERRULE * max(counts[declared], 1):
        return guessed
    return declared
