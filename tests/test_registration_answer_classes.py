"""WHOIS answer classes read from the whois-parser held-out part's misses (moved to
development, issue 18), each in answers written here in that layout, not the fixtures:

- dot-leader labels ("Registrar#. . . . . . cerist"): the record was called garbage;
- not-found answers in other words: underscores for spaces, "No Results Were Found",
  "No domain records were found", "No matching domain name found", a misspelt
  "not registred";
- "not available for registration" is no "available for registration";
- throttling told as a quota "has been exceeded", a service told "database is down";
- invalid names ("conflicts with ... other registered", "contravenes ... naming
  rules", "Status: invalid") and registry-reserved names ("is prohibited",
  "RESTRICTED", "Domain not available");
- a registrar name's registry id tail without brackets ("Example Registrar Inc R12-XY").
"""

from __future__ import annotations

import pytest

from registration.normalise import registrar_name
from registration.record import UnusableAnswer
from registration.whois_text import parse_whois

DOT_LEADER = """This is JWhoisServer serving ccTLD xx
#########################################################################
# All data copyright of the organization unit running this server!
#########################################################################

Nom de domaine#. . . . . . . . . . . . . . . . . .exemple-atelier.xx
Organisme administratif#. . . . . . . . . . . . . Atelier Exemple SARL
Registrar#. . . . . . . . . . . . . . . . . . . . registre-exemple
Date de creation#. . . . . . . . . . . . . . . . .23/04/2013
"""


def test_dot_leader_labels_are_a_record():
    parsed = parse_whois(DOT_LEADER, "exemple-atelier.xx")
    assert parsed.registration.registrar == "registre-exemple"
    assert parsed.registration.created == "2013-04-23"


def _kind(text: str) -> str:
    with pytest.raises(UnusableAnswer) as refused:
        parse_whois(text, "u7xkq2.xx")
    return refused.value.kind


@pytest.mark.parametrize(
    "text",
    [
        "\nNo_Encontrado/Object_Not_Found\n\n&HELP: query a name\n",
        "*******\n*  Welcome to the Example Whois Server   *\n*******\n\n% Unfortunately, No Results Were Found\n",
        'Example registry WHOIS server\n\nNo domain records were found to match "u7xkq2.xx"\n\n-----\nTerms of use apply.\n',
        "No matching domain name found.\n",
        "Domain u7xkq2.xx not registred.\nTo register it, visit the registry.\n",
    ],
)
def test_not_found_in_other_words(text):
    assert _kind(text) == "not_found"


def test_not_available_for_registration_is_not_free():
    text = (
        "Domain name: u7xkq2.xx\nError message: The name conflicts with at least one other registered"
        " name and as a result is not available for registration.\n"
    )
    assert _kind(text) == "invalid"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('    Error for "u7xkq2.xx".\n\n    The WHOIS query quota for 192.0.2.7 has been exceeded\n    and will be replenished in 40 seconds.\n', "rate_limited"),
        ("\nWhois Server Version 2.0\n*\n* Sorry, the Whois database is currently down.\n*\n* Please wait a while and try again.\n", "unavailable"),
        ("Domain: u7xkq2.xx\nStatus: invalid\n", "invalid"),
        ('    Error for "u7xkq2.xx".\n\n    This domain cannot be registered because it contravenes the registry\n    naming rules.\n', "invalid"),
        ("The domain you requested is prohibited.\n", "reserved"),
        ("RESTRICTED - Restricted domain name\n", "reserved"),
        ("\nDomain not available\n\nMore information at the registry.\n", "reserved"),
    ],
)  # fmt: skip
def test_refusals_are_their_own_states(text, kind):
    assert _kind(text) == kind


def test_a_registrar_id_tail_without_brackets_is_dropped():
    assert registrar_name("Example Registrar Inc R12-XY") == "Example Registrar Inc"
    assert registrar_name("Example Registrar Inc. (R37-LROR)") == "Example Registrar Inc."
    assert registrar_name("R2 Domains Ltd") == "R2 Domains Ltd"  # a name, not a tail
