from core.urls import is_crawlable_scheme, strip_session
from crawler.official import should_crawl


def test_session_ids_are_stripped():
    assert strip_session("http://a.nl/x;jsessionid=ABC?PHPSESSID=1&page=2#top") == "http://a.nl/x?page=2"
    assert strip_session("http://a.nl/?sid=9f8e&q=hulp") == "http://a.nl/?q=hulp"


def test_schemes():
    assert is_crawlable_scheme("https://a.nl/")
    assert not is_crawlable_scheme("javascript:alert(1)")
    assert not is_crawlable_scheme("tel:+31851234567")


def test_official_domains_and_platforms_are_not_crawled():
    assert not should_crawl("https://support.microsoft.com/nl-nl/contact")
    assert not should_crawl("https://www.youtube.com/watch?v=x")
    assert should_crawl("https://microsoft-hulpdienst.nl/")


def test_strip_session_keeps_other_parameters_as_written():
    from core.urls import strip_session

    url = "http://x.online/lp/?nr=%201-866-305-1742&sid=abc&ref=a+b"
    assert strip_session(url) == "http://x.online/lp/?nr=%201-866-305-1742&ref=a+b"
