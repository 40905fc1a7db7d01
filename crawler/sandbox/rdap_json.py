"""RFC 9083 answers shaped like real registries': domains from a RegistrationRecord, and
IP networks (the hosting provider of a server IP) in RIPE's and ARIN's shapes.

Pure functions: record in, JSON-able dict out. Variation between registries (how the
registrant's country is written in the jCard, redaction per RFC 9537, thin registries
that point to the registrar's RDAP) is picked deterministically from the domain name so
the same record always gives the same bytes.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from core.domains import to_unicode
from crawler.sandbox.ip_networks import IpNetwork
from crawler.sandbox.registry import (
    RegistrationRecord,
    country_name,
    iso_z,
    privacy_service,
    stamp,
)

CONFORMANCE = [
    "rdap_level_0",
    "redacted",
    "icann_rdap_response_profile_1",
    "icann_rdap_technical_implementation_guide_1",
]
REDACTED = "REDACTED FOR PRIVACY"
NOTICES = [
    {
        "title": "Terms of Use",
        "description": ["Sandbox registry: generated data for tests and demonstrations."],
    },
    {
        "title": "Status Codes",
        "description": [
            "For more information on domain status codes, please visit https://icann.org/epp"
        ],
        "links": [{"href": "https://icann.org/epp", "rel": "glossary", "type": "text/html"}],
    },
]


def _pick(domain: str, options: int) -> int:
    return int(hashlib.sha256(domain.encode()).hexdigest()[:6], 16) % options


def handle_of(record: RegistrationRecord) -> str:
    digest = int(hashlib.sha256(record.domain.encode()).hexdigest()[:10], 16)
    return f"{digest % 10**10}_DOMAIN_{record.tld.upper()}-SBX"


def vcard(*properties: list[Any]) -> list[Any]:
    return ["vcard", [["version", {}, "text", "4.0"], *properties]]


def registrar_entity(record: RegistrationRecord) -> dict[str, Any]:
    abuse_props: list[list[Any]] = [["fn", {}, "text", "Abuse contact"]]
    if record.abuse_phone:
        abuse_props.append(["tel", {"type": "voice"}, "uri", f"tel:{record.abuse_phone}"])
    if record.abuse_email:
        abuse_props.append(["email", {}, "text", record.abuse_email])
    entity: dict[str, Any] = {
        "objectClassName": "entity",
        "handle": record.registrar_iana_id or "not applicable",
        "roles": ["registrar"],
        "vcardArray": vcard(["fn", {}, "text", record.registrar]),
        "entities": [
            {"objectClassName": "entity", "roles": ["abuse"], "vcardArray": vcard(*abuse_props)}
        ],
    }
    if record.registrar_iana_id:
        entity["publicIds"] = [
            {"type": "IANA Registrar ID", "identifier": record.registrar_iana_id}
        ]
    return entity


def _adr(domain: str, country: str | None, city: str, region: str, street: str = "") -> list[Any]:
    """The jCard address in one of the three forms registries really send."""
    name = country_name(country)
    style = _pick(domain + "adr", 3)
    if style == 0 and country:  # structured, with the RFC 8605 "cc" parameter
        return ["adr", {"cc": country}, "text", ["", "", street, city, region, "", name]]
    if style == 1:  # the whole address as a label parameter, structured part empty
        label = "\n".join(part for part in (street, city, region, name) if part)
        return ["adr", {"label": label}, "text", ["", "", "", "", "", "", ""]]
    return ["adr", {}, "text", ["", "", street, city, region, "", name]]


def _redactions(paths: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [
        {
            "name": {"type": kind},
            "prePath": path,
            "method": "replacementValue",
            "reason": {"description": "Server policy"},
        }
        for kind, path in paths
    ]


def registrant_entity(record: RegistrationRecord) -> tuple[dict[str, Any] | None, list[Any]]:
    """(registrant entity or None, RFC 9537 redacted members)."""
    if record.privacy == "not_published":
        return None, []
    base = "$.entities[?(@.roles[0]=='registrant')].vcardArray[1]"
    if record.privacy_service:
        svc = privacy_service(record.privacy_service)
        props = [
            ["fn", {}, "text", record.privacy_service],
            ["org", {}, "text", record.privacy_service],
            _adr(record.domain, svc["country"], svc["city"], svc["region"], svc["street"]),
            ["email", {}, "text", f"{record.domain.split('.')[0]}@{svc['email_domain']}"],
        ]
        redacted: list[Any] = []
    elif record.privacy == "shielded":
        props = [
            ["fn", {}, "text", REDACTED],
            ["org", {}, "text", REDACTED],
            _adr(record.domain, record.registrant_country, "", record.registrant_region or ""),
        ]
        redacted = _redactions(
            [
                ("Registrant Name", f"{base}[?(@[0]=='fn')][3]"),
                ("Registrant Organization", f"{base}[?(@[0]=='org')][3]"),
                ("Registrant Street", f"{base}[?(@[0]=='adr')][3][:3]"),
                ("Registrant City", f"{base}[?(@[0]=='adr')][3][3]"),
                ("Registrant Email", f"{base}[?(@[0]=='email')]"),
            ]
        )
    else:
        props = [["fn", {}, "text", record.registrant_name or record.registrant_org or ""]]
        if record.registrant_org:
            props.append(["org", {}, "text", record.registrant_org])
        props.append(
            _adr(
                record.domain,
                record.registrant_country,
                record.registrant_city or "",
                record.registrant_region or "",
            )
        )
        redacted = []
    entity = {
        "objectClassName": "entity",
        "roles": ["registrant"],
        "vcardArray": vcard(*props),
    }
    return entity, redacted


def events(record: RegistrationRecord, now: datetime) -> list[dict[str, str]]:
    return [
        {"eventAction": "registration", "eventDate": iso_z(stamp(record.created, record.domain))},
        {"eventAction": "expiration", "eventDate": iso_z(stamp(record.expires, record.domain))},
        {
            "eventAction": "last changed",
            "eventDate": iso_z(stamp(record.updated, record.domain, "u")),
        },
        {"eventAction": "last update of RDAP database", "eventDate": iso_z(now)},
    ]


def domain_answer(
    record: RegistrationRecord,
    self_url: str,
    now: datetime,
    registrar_url: str | None = None,
    include_registrant: bool = True,
) -> dict[str, Any]:
    """The registry's (or, with include_registrant, the registrar's) answer for a domain.

    A thin registry passes `include_registrant=False` and the registrar's URL, which
    becomes a links entry with rel "related", as the .com/.net registry does.
    """
    entities = [registrar_entity(record)]
    redacted: list[Any] = []
    if include_registrant:
        registrant, redacted = registrant_entity(record)
        if registrant is not None:
            entities.insert(0, registrant)
    answer: dict[str, Any] = {
        "rdapConformance": CONFORMANCE,
        "objectClassName": "domain",
        "handle": handle_of(record),
        "ldhName": record.domain.upper() if _pick(record.domain, 2) else record.domain,
    }
    unicode_name = to_unicode(record.domain)
    if unicode_name != record.domain:
        answer["unicodeName"] = unicode_name
    links = [{"value": self_url, "rel": "self", "href": self_url, "type": "application/rdap+json"}]
    if registrar_url:
        links.append(
            {
                "value": self_url,
                "rel": "related",
                "href": registrar_url,
                "type": "application/rdap+json",
            }
        )
    answer.update(
        {
            "links": links,
            "status": list(record.statuses),
            "entities": entities,
            "events": events(record, now),
            "secureDNS": {"delegationSigned": False},
            "nameservers": [
                {"objectClassName": "nameserver", "ldhName": ns.upper()}
                for ns in record.nameservers
            ],
            "notices": NOTICES,
        }
    )
    if redacted:
        answer["redacted"] = redacted
    return answer


def error_answer(code: int, title: str, description: str) -> dict[str, Any]:
    return {
        "rdapConformance": ["rdap_level_0"],
        "errorCode": code,
        "title": title,
        "description": [description],
    }


# --- IP networks (the hosting provider behind a server IP) ------------------------------

RDAP_JSON = "application/rdap+json"


def _ip_common(net: IpNetwork, self_url: str) -> dict[str, Any]:
    version = "v4" if net.cidr.version == 4 else "v6"
    prefix_key = "v4prefix" if version == "v4" else "v6prefix"
    return {
        "objectClassName": "ip network",
        "startAddress": str(net.cidr.network_address),
        "endAddress": str(net.cidr.broadcast_address),
        "ipVersion": version,
        "name": net.name,
        "status": ["active"],
        "cidr0_cidrs": [{prefix_key: str(net.cidr.network_address), "length": net.cidr.prefixlen}],
        "links": [{"value": self_url, "rel": "self", "href": self_url, "type": RDAP_JSON}],
    }


def _abuse_card(net: IpNetwork, fn: str) -> list[Any]:
    props: list[list[Any]] = [["fn", {}, "text", fn], ["kind", {}, "text", "group"]]
    if net.abuse_email:
        props.append(["email", {"type": "abuse"} if fn.startswith("Abuse c") else {}, "text",
                      net.abuse_email])  # fmt: skip
    if net.abuse_phone:
        props.append(["tel", {"type": ["work", "voice"]}, "text", net.abuse_phone])
    return vcard(*props)


def ripe_ip_answer(net: IpNetwork, self_url: str) -> dict[str, Any]:
    """RIPE's shape: country on the network; the organisation and an abuse role object
    as sibling entities."""
    entities: list[dict[str, Any]] = [
        {
            "objectClassName": "entity",
            "handle": net.org_handle,
            "roles": ["registrant"],
            "vcardArray": vcard(["fn", {}, "text", net.org], ["kind", {}, "text", "org"]),
        }
    ]
    if net.abuse_email or net.abuse_phone:
        entities.append(
            {
                "objectClassName": "entity",
                "handle": f"AR{net.org_handle.split('-')[1]}-SBX",
                "roles": ["abuse"],
                "vcardArray": _abuse_card(net, "Abuse contact role object"),
            }
        )
    return {
        "rdapConformance": ["cidr0", "rdap_level_0", "nro_rdap_profile_0", "redacted"],
        "handle": f"{net.cidr.network_address} - {net.cidr.broadcast_address}",
        **_ip_common(net, self_url),
        "type": "ASSIGNED PA",
        "country": net.country,
        "entities": entities,
        "notices": [{"title": "Terms and Conditions",
                     "description": ["Sandbox IP registry: generated data."]}],
    }  # fmt: skip


def arin_ip_answer(net: IpNetwork, self_url: str) -> dict[str, Any]:
    """ARIN's shape: no country member; the organisation carries the address (country
    only as the label's last line) and nests its abuse point of contact."""
    label = "\n".join(net.address) if net.address else net.country
    org: dict[str, Any] = {
        "objectClassName": "entity",
        "handle": net.org_handle,
        "roles": ["registrant"],
        "vcardArray": vcard(
            ["fn", {}, "text", net.org],
            ["adr", {"label": label}, "text", ["", "", "", "", "", "", ""]],
            ["kind", {}, "text", "org"],
        ),
    }
    if net.abuse_email or net.abuse_phone:
        org["entities"] = [
            {
                "objectClassName": "entity",
                "handle": f"ABUSE{net.org_handle.split('-')[-1]}-SBX",
                "roles": ["abuse"],
                "vcardArray": _abuse_card(net, "Abuse"),
            }
        ]
    start = str(net.cidr.network_address).replace(".", "-").replace(":", "-")
    return {
        "rdapConformance": ["nro_rdap_profile_0", "rdap_level_0", "cidr0", "arin_originas0"],
        "notices": [{"title": "Terms of Service", "description": ["Sandbox data only."]}],
        "handle": f"NET-{start}-1",
        **_ip_common(net, self_url),
        "type": "DIRECT ALLOCATION",
        "entities": [org],
        "arin_originas0_originautnums": [],
    }


IP_SHAPES = {"ripe": ripe_ip_answer, "arin": arin_ip_answer}
