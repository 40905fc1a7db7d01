"""Classes found in the held-out web's eleventh batch (moved to development, issue 14):

a brand's own product domain (an app's or service's site, not in the catalogue's list of
official domains) was read as that brand's impersonation. Large brands register their
names through corporate brand-protection registrars (MarkMonitor, CSC, Com Laude...),
which vet their clients; a fake helpdesk's fresh name is bought at a retail registrar.
That registrar is counter-evidence a scammer cannot buy for a throwaway name; it is no
veto, and it never cancels strong evidence on its own.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta

import pytest

from crawler.sandbox.registry import RegistrationRecord
from tests.page_world import score_world, site

PRODUCT_SUPPORT = """<!doctype html><html lang="en"><head><title>Contact support | HP Smart</title></head><body>
<header><nav><a href="/">HP Smart</a> <a href="/support">Support</a></nav></header>
<main><h1>Contact HP support</h1><p>Questions about the HP Smart app, HP+ or Instant Ink? Our HP agents are available 24/7.</p>
<p>Call HP Instant Ink support: <a href="tel:+18885550147">(888) 555-0147</a></p><p>HP printers, HP ink, HP accounts.</p></main>
<footer>© 2026 HP Development Company, L.P.</footer></body></html>"""

# Its fake on a page of its own (a fake that copies the brand's page layout is the open
# "who copied whom" class of tests/test_scoring_batch10_classes.py).
FAKE = """<!doctype html><html lang="en"><head><title>HP Instant Ink Support Number | HP Smart Help</title></head><body>
<div class="wrap"><div class="top"><h2>HP Smart &amp; Instant Ink Helpdesk</h2></div><div class="box"><p>HP printer offline? Instant Ink not working?
Our HP certified technicians fix it 24/7.</p><p class="call">Call HP support: <a href="tel:+18445550193">(844) 555-0193</a></p>
<ul><li>HP Smart app</li><li>HP ink</li><li>HP accounts</li></ul></div></div></body></html>"""


def _registered(domain: str, registrar: str, age_days: int) -> RegistrationRecord:
    created = date.today() - timedelta(days=age_days)
    return RegistrationRecord(domain, registrar, "1", None, "HP Inc.", "US", "disclosed", None,
                              created, created, created + timedelta(days=3650))  # fmt: skip


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    own = site("hpinstantink-app.com", "legit", "official", PRODUCT_SUPPORT, 2900, False)
    fake = site("hp-instantink-helpdesk.com", "scam", "fake_helpdesk", FAKE, 12, True)
    own = dataclasses.replace(own, registration=_registered(own.domain, "MarkMonitor Inc.", 2900))
    return score_world([own, fake], tmp_path_factory.mktemp("batch11"))


def _reasons(row: dict) -> list[str]:
    return [r["indicator"] for r in json.loads(row["reasons"])]


def test_a_brands_product_domain_at_a_corporate_registrar_is_not_its_impersonation(outcomes):
    row = outcomes["hpinstantink-app.com"]
    assert not row["flagged"] and "corporate_registrar" in _reasons(row), row["reasons"]


def test_the_same_page_on_a_fresh_retail_name_still_is(outcomes):
    row = outcomes["hp-instantink-helpdesk.com"]
    assert row["flagged"] and "corporate_registrar" not in _reasons(row), row["reasons"]
