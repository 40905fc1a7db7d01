"""Search backends parse recorded answers in each API's real format."""

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from core.errors import ConfigError
from crawler.search import backend_for
from crawler.search.base import SearchResponseError
from crawler.search.brave import BraveBackend
from crawler.search.searxng import SearxngBackend

DATA = Path(__file__).parent / "data" / "search"


def test_searxng_request_asks_for_json_and_page():
    req = SearxngBackend("http://127.0.0.1:8888/").request("hulp windows", 2)
    parts = urlsplit(req.url)
    assert parts.path == "/search"
    assert parse_qs(parts.query) == {
        "q": ["hulp windows"], "format": ["json"], "pageno": ["2"], "language": ["nl-NL"]
    }


def test_searxng_parses_hits_ranks_and_unresponsive_engines():
    page = SearxngBackend("http://x").parse((DATA / "searxng_hulp_windows.json").read_bytes(), 2)
    assert [h.url for h in page.hits] == [
        "https://support.microsoft.com/nl-nl/contact/",
        "http://www.windows-helpdesk-nederland.com/",
        "https://www.fraudehelpdesk.nl/nieuws/nepmedewerkers-microsoft",
    ]
    assert [h.rank for h in page.hits] == [11, 12, 14]  # page 2, positions kept
    assert page.hits[0].engine == "duckduckgo,brave,startpage"
    assert page.malformed == 1
    assert page.unresponsive_engines == ["google: Suspended: CAPTCHA", "bing: timeout"]
    assert page.has_more is False


def test_searxng_html_answer_is_a_clear_error():
    with pytest.raises(SearchResponseError, match="json"):
        SearxngBackend("http://x").parse(b"<html>403 Forbidden</html>", 1)


def test_brave_request_carries_token_and_offset():
    req = BraveBackend("secret-token").request("microsoft helpdesk", 3)
    assert req.headers["X-Subscription-Token"] == "secret-token"
    assert parse_qs(urlsplit(req.url).query)["offset"] == ["2"]


def test_brave_parses_web_results():
    page = BraveBackend("t").parse((DATA / "brave_microsoft_helpdesk.json").read_bytes(), 1)
    assert [h.url for h in page.hits] == [
        "https://microsoft-hulpdienst.nl/contact",
        "https://support.microsoft.com/nl-nl/contact/",
    ]
    assert page.hits[0].snippet.startswith("Bel de <strong>Microsoft</strong>")
    assert page.has_more is True and page.malformed == 1


def test_brave_error_object_is_reported():
    with pytest.raises(SearchResponseError, match="token is invalid"):
        BraveBackend("t").parse((DATA / "brave_error.json").read_bytes(), 1)


def test_backend_choice_errors_are_one_line():
    with pytest.raises(ConfigError, match="--engine-url"):
        backend_for("searxng", None)
    with pytest.raises(ConfigError, match="unknown search engine"):
        backend_for("google", "http://x")
    with pytest.raises(ConfigError, match="API key"):
        backend_for("brave", None)
