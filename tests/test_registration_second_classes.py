"""Layout classes read from the second source's misses (likexian/whois-parser answers,
issue 18), first read on 2026-12-04; that source is development material since.

- HKIRC: an empty sub-field ("Company Chinese name:") inside the registrant's block
  closed it, so its "Country: United States (US)" was nobody's;
- .sk: "Domain registrant: A24C-154952" opens the registrant's block right after it in
  an answer without blank lines, and "Registrar: ACTI-0024" the registrar's;
- .ua: the blocks are headed by comment lines ("% Registrant:"), and localised keys
  ("country-loc", "organization-loc") carry the values;
- .by and JPRS: a flat answer whose top-level "Org:"/"[Organization]" and "Country:"
  are the registrant's;
- .tk: an indented "Organisation:" block whose last free line is the country.
"""

from __future__ import annotations

import pytest

from registration.whois_text import parse_whois
from tests.conftest import REGISTRY_SAMPLES

SOURCE = REGISTRY_SAMPLES / "whois" / "likexian-whois-parser" / "noterror"


def _parsed(name: str):
    text = (SOURCE / name).read_text(encoding="utf-8", errors="replace")
    return parse_whois(text, name.split("_", 1)[1]).registration


@pytest.mark.parametrize(
    "name, country",
    [
        ("hk_google.hk", "US"), ("hk_ibm.hk", "US"), ("hk_git.hk", "CN"),
        ("sk_alza.sk", "CZ"), ("sk_google.sk", "IE"),
        ("ua_google.ua", "US"), ("ua_nic.ua", "UA"),
        ("by_google.by", "US"), ("tk_zcore.tk", "UA"),
    ],
)  # fmt: skip
def test_the_registrants_country(name, country):
    assert _parsed(name).registrant_country == country


@pytest.mark.parametrize(
    "name, state",
    [
        ("hk_google.hk", "disclosed"), ("sk_alza.sk", "disclosed"), ("ua_google.ua", "disclosed"),
        ("jp_google.co.jp", "disclosed"), ("jp_mod.go.jp", "disclosed"), ("by_git.by", "shielded"),
    ],
)  # fmt: skip
def test_the_registrants_privacy(name, state):
    assert _parsed(name).privacy_state == state


@pytest.mark.parametrize(
    "name, registrar",
    [("sk_alza.sk", "ACTIVE 24, s.r.o."), ("sk_google.sk", "MarkMonitor International Limited")],
)
def test_the_registrar_of_a_handle_block(name, registrar):
    assert _parsed(name).registrar == registrar


@pytest.mark.parametrize(
    "name, registrar, created",
    [("ch_google.ch", "MarkMonitor", "1999-05-31"), ("ch_switch.ch", "Gandi SAS", "1996-01-01")],
)
def test_switch_tab_separated_answers_are_records(name, registrar, created):
    """SWITCH's registrar-side layout splits keys and values by tabs ("Registrar\\tGandi
    SAS"); "before 1 January 1996" reads as its bound, as "before Aug-1996" does."""
    text = (SOURCE / name).read_text(encoding="utf-8")
    parsed = parse_whois(text, name.split("_", 1)[1])
    assert parsed.state == "registered"
    assert parsed.registration.registrar == registrar
    assert parsed.registration.created == created


@pytest.mark.parametrize(
    "name, created",
    [("tw_google.com.tw", "2000-08-29"), ("mo_moo.mo", "2018-02-05"), ("gg_google.gg", "2003-04-30")],
)
def test_record_created_on_with_a_time_is_the_creation_date(name, created):
    """"Record created on 2000-08-29 10:22:50 (UTC+8)" was split at the time's colon into
    a key "record created on 2000 08 29 10"; "Registered on 30th April 2003 at ..." too."""
    assert _parsed(name).created == created


# Read on 2026-12-06 from this source's privacy misses: an individual holder under HKIRC's
# "Holder English Name (It should be the same as ... HKID card ...):" key, and the older
# TWNIC layout whose only contact block ("Contact:" over a name and an e-mail) is the
# holder's. Both were "unknown"; beside the real answers, answers of our own in each layout.
HK_PERSON = """Domain Name:  KOWLOON-PCFIX.HK

Registrar Name: Hong Kong Domain Name Registration Company Limited

Registrant Contact Information:

Holder English Name (It should be the same as your legal name on your HKID card or other relevant documents):  CHAN TAI MAN
Holder Chinese Name:
Email:  chan.taiman@example.hk
Domain Name Commencement Date: 03-02-2015
Country: Hong Kong (HK)
Expiry Date:  03-02-2027
"""
TW_CONTACT = """Domain Name: banqiao-diannao.tw

   Contact:
      Lin Mei-Hua
      meihua.lin@example.tw

   Record expires on 2027-05-14 (YYYY-MM-DD)
   Record created on 2011-05-14 (YYYY-MM-DD)

Registration Service Provider: HINET
"""
TW_TWO_CONTACTS = """Domain Name: xinyi-tech.tw

   Contact:
      Chen Wei
      chen.wei@example.tw

   Technical Contact:
      HiNet Hostmaster
      hostmaster@example.net

   Record created on 2012-01-09 (YYYY-MM-DD)

Registration Service Provider: HINET
"""


@pytest.mark.parametrize(
    "text, domain",
    [((SOURCE / "hk_git.hk").read_text(encoding="utf-8"), "git.hk"), (HK_PERSON, "kowloon-pcfix.hk"),
     ((SOURCE / "tw_msn.tw").read_text(encoding="utf-8"), "msn.tw"), (TW_CONTACT, "banqiao-diannao.tw")],
)  # fmt: skip
def test_an_individual_holder_is_a_disclosed_registrant(text, domain):
    assert parse_whois(text, domain).registration.privacy_state == "disclosed"


def test_a_contact_block_beside_other_contacts_is_not_taken_for_the_holder():
    assert parse_whois(TW_TWO_CONTACTS, "xinyi-tech.tw").registration.privacy_state == "unknown"
