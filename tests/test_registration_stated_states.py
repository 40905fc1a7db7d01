"""Registry layouts whose answers were called garbage although they state something
(issue 18, development fixtures: whois-parser's .nz, .cl and .ie answers). Answers
written here in each layout, not copied from the fixtures."""

from __future__ import annotations

import pytest

from registration.record import UnusableAnswer
from registration.whois_text import parse_whois

STATUS_CODE = """% Example Domain Name Registry
%
version: 7.1
query_datetime: 2026-11-30T09:12:44+13:00
domain_name: {domain}
query_status: {status}
%
% Users are advised that the following activities are strictly forbidden.
% Copyright Example Registry
"""


@pytest.mark.parametrize(
    "status, kind",
    [
        ("220 Available", "not_found"),
        ("220  available", "not_found"),
        ("500 Invalid characters in query string", "invalid"),
        ("404 Request Failed", None),  # says nothing we can name: still no record
    ],
)
def test_a_status_code_answer_names_its_state(status, kind):
    with pytest.raises(UnusableAnswer) as info:
        parse_whois(STATUS_CODE.format(domain="pchulp-thuis.co.nz", status=status), "pchulp-thuis.co.nz")
    assert info.value.kind == (kind or info.value.kind)
    if kind is None:
        assert info.value.kind not in ("not_found", "invalid")


HEADED_SERVERS = """pchulp-direct.cl:

ACE: pchulp-direct.cl (RFC-3490, RFC-3491, RFC-3492)

Soporte Remoto SpA

Contacto Administrativo (Administrative Contact):
    Nombre      : Juan Pérez
    Organización: Soporte Remoto SpA

Servidores de nombre (Domain servers):
    ns1.hosting-ejemplo.cl (190.98.1.2)
    ns2.hosting-ejemplo.cl (190.98.1.3)

Última modificación al formulario
    (Database last updated on): 3 de noviembre de 2026 (10:10:08 GMT)
"""


def test_name_servers_under_a_bilingual_heading_make_a_record():
    parsed = parse_whois(HEADED_SERVERS, "pchulp-direct.cl")
    assert parsed.state == "registered"
    assert parsed.nameservers == ("ns1.hosting-ejemplo.cl", "ns2.hosting-ejemplo.cl")


PENDING = """
% Rights restricted by copyright
% Do not remove this notice

domain:      computerhulp-dublin.ie
expiry:      21 March 2027

% Application Pending - There is currently an application being processed for
% the domain name you have requested.
"""


def test_an_answer_with_the_domain_and_its_expiry_is_a_record():
    parsed = parse_whois(PENDING, "computerhulp-dublin.ie")
    assert parsed.registration.expires == "2027-03-21"


KR_BILINGUAL = """query : pcdoctor-seoul.kr


# KOREAN(UTF8)

도메인이름                  : pcdoctor-seoul.kr
등록인                      : 피씨닥터
등록일                      : 2021. 03. 14.
사용 종료일                 : 2027. 03. 14.
등록대행자                  : 가비아(http://www.gabia.co.kr)


# ENGLISH

Domain Name                 : pcdoctor-seoul.kr
Registrant                  : PC Doctor
Registered Date             : 2021. 03. 14.
Expiration Date             : 2027. 03. 14.
Authorized Agency           : Gabia, Inc.(http://www.gabia.co.kr)
"""

JA_ONLY = """[ JPRS database provides information on network administration. ]

Domain Information:
[ドメイン名]                    PC-SOUDAN.JP
[登録者名]                      株式会社パソコン相談
[登録年月日]                    2014/06/02
[有効期限]                      2027/06/30
[状態]                          Active
"""


def test_labels_in_the_registrys_own_language_are_read():
    """Korean and Japanese keys were folded to nothing, so their labels never matched."""
    parsed = parse_whois(KR_BILINGUAL.replace("# ENGLISH", "").split("Domain Name")[0], "pcdoctor-seoul.kr")
    assert parsed.registration.registrar == "가비아"  # the Korean block alone
    assert parsed.registration.expires == "2027-03-14"
    parsed = parse_whois(JA_ONLY, "pc-soudan.jp")
    assert parsed.registration.expires == "2027-06-30"


def test_a_bilingual_answer_names_its_registrar_in_latin_letters():
    parsed = parse_whois(KR_BILINGUAL, "pcdoctor-seoul.kr")
    assert parsed.registration.registrar.startswith("Gabia")


EU_STYLE = """Domain: pchulp-direct.eu
Script: LATIN

Registrant:
        NOT DISCLOSED!
        Visit www.eurid.eu for webbased WHOIS.

Technical:
        Organisation: Hosting Partner GmbH
        Language: de
        Email: support@hosting-partner.example

Registrar:
        Name: Example EU Registrar
        Website: www.example-registrar.eu

Name servers:
        ns1.hosting-partner.example
        ns2.hosting-partner.example
"""


def test_the_technical_contacts_organisation_is_not_the_registrants():
    parsed = parse_whois(EU_STYLE, "pchulp-direct.eu")
    assert parsed.registration.privacy_state == "not_published"
    assert "Hosting Partner" not in (parsed.registration.evidence.get("registrant_org") or "")
