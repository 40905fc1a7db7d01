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
