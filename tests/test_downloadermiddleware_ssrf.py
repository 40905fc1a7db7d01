"""The SSRF guard, built through a real Scrapy crawler."""

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from crawler.middlewares.ssrf import BlockedDestination, SsrfMiddleware, destination_problem
from spiders.search import SearchSpider


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/admin",
    "http://192.168.1.1/",
    "http://127.0.0.1:6379/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://localhost:8000/",
    "http://0.0.0.0/",
])
def test_internal_destinations_are_refused(url):
    assert destination_problem(url, resolve=False)


def test_public_literal_and_names_pass_without_resolution():
    assert destination_problem("http://93.184.215.14/", resolve=False) is None
    assert destination_problem("http://helpdesk-online.xyz/", resolve=False) is None


def _middleware(**settings):
    crawler = get_crawler(SearchSpider, settings_dict=settings)
    crawler.stats.open_spider()
    return SsrfMiddleware.from_crawler(crawler), crawler


def test_middleware_blocks_and_counts():
    mw, crawler = _middleware(NEPHELPDESK_PROXY="http://127.0.0.1:3128")
    with pytest.raises(BlockedDestination):
        mw.process_request(Request("http://169.254.169.254/"))
    assert crawler.stats.get_value("nephelpdesk/ssrf_blocked") == 1
    assert mw.process_request(Request("http://fake-helpdesk.nl/")) is None


def test_trusted_backend_requests_pass():
    mw, _ = _middleware()
    req = Request("http://127.0.0.1:8888/search?q=x", meta={"nephelpdesk_trusted": True})
    assert mw.process_request(req) is None


def test_names_resolving_to_loopback_are_refused_without_proxy():
    mw, _ = _middleware()
    with pytest.raises(BlockedDestination):
        mw.process_request(Request("http://localhost/"))
