from core.domains import registered_domain


def test_plain_and_subdomains():
    assert registered_domain("https://www.Microsoft-Hulp.NL/contact").domain == "microsoft-hulp.nl"
    d = registered_domain("http://microsoft.com.helpdesk-online.xyz/")
    assert d.domain == "helpdesk-online.xyz" and d.subdomain == "microsoft.com"


def test_multi_label_suffix():
    assert registered_domain("shop.example.co.uk").domain == "example.co.uk"


def test_idn_both_ways():
    d = registered_domain("https://www.mícrosoft-support.com/")
    assert d.domain == "xn--mcrosoft-support-8rb.com"
    assert d.domain_unicode == "mícrosoft-support.com"
    assert (
        registered_domain("xn--mcrosoft-support-8rb.com").domain_unicode == "mícrosoft-support.com"
    )


def test_no_registered_domain():
    assert registered_domain("http://127.0.0.1:8080/") is None
    assert registered_domain("") is None
    assert registered_domain("com") is None
