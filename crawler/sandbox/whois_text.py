"""Port-43 answers in the text formats real registries use, one function per style.

Modelled on the real answers in /work/shared/data/whois: the ICANN gTLD key/value format
(registry and registrar alike), SIDN's .nl blocks (no registrant data at all), the .in
registry's full key list with empty values, DNS Belgium, DENIC and Nominet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime

from core.domains import to_unicode
from crawler.sandbox.registry import (
    RegistrationRecord,
    country_name,
    iso_z,
    privacy_service,
    registry_data,
    stamp,
    whois_style,
)

REDACTED = "REDACTED FOR PRIVACY"
ICANN_FOOTER = (
    "URL of the ICANN Whois Inaccuracy Complaint Form: https://www.icann.org/wicf/\n"
    ">>> Last update of whois database: {now} <<<\n\n"
    "For more information on Whois status codes, please visit https://icann.org/epp\n"
)
EPP = {
    "client transfer prohibited": "clientTransferProhibited",
    "client delete prohibited": "clientDeleteProhibited",
    "client update prohibited": "clientUpdateProhibited",
    "active": "ok",
}


def _registrant(record: RegistrationRecord) -> dict[str, str]:
    """Registrant fields as a gTLD WHOIS prints them."""
    if record.privacy_service:
        svc = privacy_service(record.privacy_service)
        return {
            "Name": record.privacy_service,
            "Organization": record.privacy_service,
            "Street": svc["street"],
            "City": svc["city"],
            "State/Province": svc["region"],
            "Postal Code": svc["postcode"],
            "Country": svc["country"],
            "Email": f"{record.domain.split('.')[0]}@{svc['email_domain']}",
        }
    if record.privacy == "shielded":
        return {
            "Name": REDACTED,
            "Organization": REDACTED,
            "Street": REDACTED,
            "City": REDACTED,
            "State/Province": record.registrant_region or "",
            "Postal Code": REDACTED,
            "Country": record.registrant_country or "",
            "Email": "Please query the RDDS service of the Registrar of Record identified "
            "in this output for information on how to contact the Registrant, Admin, or "
            "Tech contact of the queried domain name.",
        }
    return {
        "Name": record.registrant_name or "",
        "Organization": record.registrant_org or "",
        "Street": "",
        "City": record.registrant_city or "",
        "State/Province": record.registrant_region or "",
        "Postal Code": "",
        "Country": record.registrant_country or "",
        "Email": "Please contact the Registrar listed above",
    }


def _dates(record: RegistrationRecord) -> tuple[str, str, str]:
    return (
        iso_z(stamp(record.created, record.domain)),
        iso_z(stamp(record.updated, record.domain, "u")),
        iso_z(stamp(record.expires, record.domain)),
    )


def gtld(record: RegistrationRecord, now: datetime) -> str:
    created, updated, expires = _dates(record)
    lines = [
        f"Domain Name: {record.domain.upper()}",
        f"Registry Domain ID: {hash_int(record.domain) % 10**10}_DOMAIN_{record.tld.upper()}-SBX",
        "Registrar WHOIS Server: ",
        "Registrar URL: ",
        f"Updated Date: {updated}",
        f"Creation Date: {created}",
        f"Registry Expiry Date: {expires}",
        f"Registrar: {record.registrar}",
        f"Registrar IANA ID: {record.registrar_iana_id or ''}",
        f"Registrar Abuse Contact Email: {record.abuse_email or ''}",
        f"Registrar Abuse Contact Phone: {record.abuse_phone or ''}",
    ]
    for status in record.statuses:
        code = EPP.get(status, status.replace(" ", ""))
        lines.append(f"Domain Status: {code} https://icann.org/epp#{code}")
    if record.privacy != "not_published":
        lines.append(
            "Registry Registrant ID: " + (REDACTED if record.privacy == "shielded" else "")
        )
        lines += [f"Registrant {key}: {value}" for key, value in _registrant(record).items()]
    lines += [f"Name Server: {ns.upper()}" for ns in record.nameservers]
    lines.append("DNSSEC: unsigned")
    return "\n".join(lines) + "\n" + ICANN_FOOTER.format(now=iso_z(now))


def india(record: RegistrationRecord, now: datetime) -> str:
    """The .in registry: every key printed, empty when unknown (see tld_in.txt)."""
    created, updated, expires = _dates(record)
    reg = _registrant(record) if record.privacy != "not_published" else {}
    lines = [
        f"Domain Name: {record.domain}",
        f"Registry Domain ID: D{hash_int(record.domain) % 10**8}-IN",
        "Registrar WHOIS Server:",
        "Registrar URL:",
        f"Updated Date: {updated}",
        f"Creation Date: {created}",
        f"Registry Expiry Date: {expires}",
        f"Registrar: {record.registrar}",
        f"Registrar IANA ID: {record.registrar_iana_id or ''}",
        f"Registrar Abuse Contact Email: {record.abuse_email or ''}",
        f"Registrar Abuse Contact Phone: {record.abuse_phone or ''}",
        "Domain Status: ok http://www.icann.org/epp#OK",
        "Registry Registrant ID:",
    ]
    for key in (
        "Name",
        "Organization",
        "Street",
        "City",
        "State/Province",
        "Postal Code",
        "Country",
        "Phone",
        "Email",
    ):
        lines.append(f"Registrant {key}: {reg.get(key, '')}".rstrip())
    for role in ("Admin", "Tech"):
        lines.append(f"Registry {role} ID:")
        lines += [f"{role} {key}:" for key in ("Name", "Organization", "Country", "Phone")]
        lines.append(f"{role} Email: Please contact the Registrar listed above")
    lines += [f"Name Server: {ns}" for ns in record.nameservers]
    lines.append("DNSSEC: unsigned")
    return "\n".join(lines) + "\n" + ICANN_FOOTER.format(now=iso_z(now))


def sidn(record: RegistrationRecord, now: datetime) -> str:
    """.nl: registrar block, dates without time, never any registrant data."""
    ns = "\n".join(f"   {n}" for n in record.nameservers)
    abuse = "\n".join(f"   {x}" for x in (record.abuse_phone, record.abuse_email) if x)
    return (
        f"Domain name: {record.domain}\n"
        "Status:      active\n\n"
        f"Registrar:\n   {record.registrar}\n   Netherlands\n\n"
        f"Abuse Contact:\n{abuse}\n\n"
        "DNSSEC:      no\n\n"
        f"Domain nameservers:\n{ns}\n\n"
        f"Creation Date: {record.created.isoformat()}\n\n"
        f"Updated Date: {record.updated.isoformat()}\n\n"
        "Record maintained by: NL Domain Registry\n\n"
        "Copyright notice\nNo part of this publication may be reproduced, published, stored in a\n"
        "retrieval system, or transmitted, in any form or by any means, without prior\n"
        "permission of the Foundation for Internet Domain Registration in the Netherlands.\n"
    )


def dnsbe(record: RegistrationRecord, now: datetime) -> str:
    ns = "\n".join(f"\t{n}" for n in record.nameservers)
    return (
        f"% .be Whois Server 6.1\n%\n\nDomain:\t{record.domain}\nStatus:\tNOT AVAILABLE\n"
        f"Registered:\t{record.created.strftime('%a %b %d %Y')}\n\n"
        "Registrant:\n\tNot shown, please use the registry's web-based whois.\n\n"
        f"Registrar:\n\tName:\t {record.registrar}\n\nNameservers:\n{ns}\n\n"
        "Flags:\n\tclientTransferProhibited\n"
    )


def denic(record: RegistrationRecord, now: datetime) -> str:
    """DENIC discloses no holder data on port 43 (see tld_de.txt)."""
    changed = stamp(record.updated, record.domain, "u").strftime("%Y-%m-%dT%H:%M:%S+01:00")
    ns = "".join(f"Nserver: {n}\n" for n in record.nameservers)
    return (
        "% Restricted rights.\n%\n% Terms and Conditions of Use\n%\n"
        "% The DENIC whois service on port 43 doesn't disclose any information concerning\n"
        "% the domain holder, general request and abuse contact.\n%\n\n"
        f"Domain: {record.domain}\n{ns}Status: connect\nChanged: {changed}\n"
    )


def nominet(record: RegistrationRecord, now: datetime) -> str:
    def day(d: object) -> str:
        return d.strftime("%d-%b-%Y")  # type: ignore[attr-defined]

    ns = "\n".join(f"        {n}" for n in record.nameservers)
    registrant = (
        ""
        if record.privacy != "disclosed"
        else (
            f"    Registrant:\n        {record.registrant_org or record.registrant_name}\n\n"
            f"    Registrant's address:\n        {record.registrant_city or ''}\n"
            f"        {country_name(record.registrant_country)}\n\n"
        )
    )
    return (
        f"\n    Domain name:\n        {to_unicode(record.domain)}\n\n{registrant}"
        f"    Registrar:\n        {record.registrar}\n\n"
        f"    Relevant dates:\n        Registered on: {day(record.created)}\n"
        f"        Expiry date:  {day(record.expires)}\n"
        f"        Last updated:  {day(record.updated)}\n\n"
        "    Registration status:\n        Registered until expiry date.\n\n"
        f"    Name servers:\n{ns}\n\n    WHOIS lookup made at {now.strftime('%H:%M:%S %d-%b-%Y')}\n"
    )


def hash_int(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:12], 16)


FORMATTERS: dict[str, Callable[[RegistrationRecord, datetime], str]] = {
    "gtld": gtld,
    "in": india,
    "sidn": sidn,
    "dnsbe": dnsbe,
    "denic": denic,
    "nominet": nominet,
}


def record_text(record: RegistrationRecord, now: datetime) -> str:
    return FORMATTERS[whois_style(record.tld)](record, now)


def _canned(kind: str, domain: str, now: datetime) -> str:
    tld = domain.rsplit(".", 1)[-1]
    template: str = registry_data()["whois_styles"][whois_style(tld)][kind]
    return (
        template.replace("{domain}", domain)
        .replace("{DOMAIN}", domain.upper())
        .replace("{now}", iso_z(now))
    )


def not_found_text(domain: str, now: datetime) -> str:
    return _canned("not_found", domain, now)


def rate_limited_text(domain: str, now: datetime) -> str:
    return _canned("rate_limited", domain, now)
