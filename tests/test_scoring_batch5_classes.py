"""Classes found in the held-out web's fifth batch (moved to development, issue 14):

- a CMS that marks every page an Article (Joomla, WordPress) does not make a helpdesk
  page a discussion: an "article" that neither warns nor quotes talks about nobody;
- a helpdesk page whose number the extractor read as quoted (a pull-quote, a status box)
  and that has no warning word at all offers it;
- a lookup directory's home page ("Who called me? Reverse phone lookup") with a short
  "recently reported" list is a directory, not a fake list of brands' numbers;
- third-person warnings in German ("gehört NICHT zu Apple", "Nie anrufen").
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from tests.page_world import score_world, site

JOOMLA = """<!doctype html><html lang="de"><head><title>Microsoft Hilfe Telefon – Windows und Office Support</title></head>
<body><header><a href="/">Microsoft Hilfe Telefon</a></header><main><div itemscope itemtype="https://schema.org/Article">
<h1 itemprop="headline">Technischer Support für Windows und Office</h1><div itemprop="articleBody"><p>Outlook synchronisiert
nicht oder eine Warnmeldung sperrt Ihren Bildschirm? Unsere zertifizierten Techniker helfen per Fernwartung.
Rufen Sie unsere Hotline an.</p></div></div></main><div class="sidebar-right card"><h3>Hotline (kostenlos)</h3>
<p>Microsoft Support: 0800 142 9638</p></div></body></html>"""

REFUND = """<!doctype html><html lang="en"><head><title>Your Microsoft Store order has been placed</title></head><body>
<article><h1>Your Microsoft Store order has been placed</h1><p>Your payment method has been charged $599.98.
If you did not place this order, call us at once to stop the shipment and receive a full refund.</p>
<blockquote class="pullquote"><p>Call ＋１ （８５５） ７２４－０３９１ (toll-free) and have your order number ready.</p></blockquote>
</article></body></html>"""

LOOKUP_HOME = """<!doctype html><html lang="en"><head><title>WhoCalledMe USA</title></head><body>
<h1>Who called me? Reverse phone lookup</h1><p>Recently reported numbers:</p><ul>
<li><a href="/n/18557240391">1-855-724-0391</a> – Fake Microsoft Store refund desk: Dangerous</li>
<li><a href="/n/18889042613">1-888-904-2613</a> – Fake HP printer driver support: Suspicious</li></ul></body></html>"""

BULLETIN = """<!doctype html><html lang="de"><head><title>Clubmitteilungen Februar – Computerclub</title></head><body>
<pre>1. WARNUNG: FALSCHE SUPPORT-SEITEN
Mitglieder sind bei der Suche nach Apple-Hilfe auf "Assistance Apple" gestossen. Die dort genannte
Nummer 0800 563 294 gehört NICHT zu Apple. Ebenso die "Microsoft Hilfe" mit 0800 142 9638.
Nie anrufen, nie Fernzugriff gewähren!</pre></body></html>"""


def test_a_lookup_home_page_is_a_directory():
    found = extract_page(LOOKUP_HOME.encode(), url="https://whocalled-example.com/", headers={})
    assert "number_directory" in found.page_signals


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    sites = [
        site("microsoft-hilfe-example.de", "scam", "fake_helpdesk", JOOMLA, 14, False),
        site("store-order-refund-example.com", "scam", "fake_helpdesk", REFUND, 8, True),
        site("whocalled-example.com", "legit", "directory", LOOKUP_HOME, 4000, True),
        site("computerclub-example.ch", "legit", "blog", BULLETIN, 8000, False),
    ]
    return score_world(sites, tmp_path_factory.mktemp("batch5"))


@pytest.mark.parametrize("domain", ["microsoft-hilfe-example.de", "store-order-refund-example.com"])
def test_helpdesks_in_article_themes_and_pull_quotes_are_flagged(outcomes, domain):
    assert outcomes[domain]["flagged"], outcomes[domain]["reasons"]


@pytest.mark.parametrize("domain", ["whocalled-example.com", "computerclub-example.ch"])
def test_pages_that_list_or_warn_are_not(outcomes, domain):
    row = outcomes[domain]
    assert not row["flagged"] and "brand_numbers_misattributed" not in row["reasons"], row["reasons"]


LOCKER_IFRAME = """<!doctype html><html lang="en"><head><title>Microsoft Security Alert</title></head><body>
<iframe srcdoc="&lt;h2&gt;Microsoft Defender SmartScreen&lt;/h2&gt;&lt;p&gt;Access to this PC has been blocked
for security reasons.&lt;/p&gt;&lt;p&gt;Do not restart your computer. Call Microsoft Support:
1^8^8^8^4^7^2^0^9^1^5 USA (Toll Free)&lt;/p&gt;&lt;script&gt;var x='0201234567';&lt;/script&gt;"></iframe>
</body></html>"""


def test_a_locker_drawn_in_an_iframe_srcdoc_is_read():
    """Batch 6: the whole alert sits in the iframe's srcdoc; its text is read (its
    scripts are not), so the number and the alarm wording are seen."""
    found = extract_page(LOCKER_IFRAME.encode(), url="https://alert.example.com/", headers={})
    assert [p.e164 for p in found.valid_phones] == ["+18884720915"]
    assert {"access to this pc has been blocked", "do not restart your computer"} <= set(found.scare_terms)
