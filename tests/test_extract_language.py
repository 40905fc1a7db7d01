"""crawler.extract.language: html lang, else stop words."""

from __future__ import annotations

from crawler.extract.language import detect_language, normalise_lang

DUTCH = "Wij helpen u graag met uw computer. Bel ons voor hulp, het is gratis en snel. " * 3
ENGLISH = "We are here to help you with your computer. Call now for free help, we can fix it. " * 3
GERMAN = "Wir helfen Ihnen mit Ihrem Computer. Rufen Sie uns an, die Hilfe ist kostenlos. " * 3


def test_html_lang_is_used() -> None:
    assert detect_language("nl-NL", DUTCH) == "nl"
    assert detect_language("en", "") == "en"


def test_stop_words_when_no_lang() -> None:
    assert detect_language(None, DUTCH) == "nl"
    assert detect_language(None, ENGLISH) == "en"
    assert detect_language("{{ lang }}", GERMAN) == "de"


def test_clear_text_overrules_a_template_lang() -> None:
    assert detect_language("en-US", DUTCH) == "nl"


def test_too_little_text_says_nothing() -> None:
    assert detect_language(None, "Home | Contact") is None


def test_normalise_lang() -> None:
    assert normalise_lang("NL_be") == "nl"
    assert normalise_lang("x") is None
    assert normalise_lang("") is None
