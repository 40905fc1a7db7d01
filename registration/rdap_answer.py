"""RDAP domain answers (RFC 9083 JSON) -> a normalised registration record.

`parse_rdap(answer)` is pure. Entities carry jCards (RFC 7095); the registrant's
country may sit in the `cc` parameter (RFC 8605), in the structured address's last
field, or only in a `label` parameter. RFC 9537 `redacted` members say which registrant
fields a server withheld. A thin registry's answer links to the registrar's own RDAP
answer (links rel "related"); `related_url` carries it for the client to follow.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.domains import to_unicode
from registration import normalise as norm
from registration.record import (
    GARBAGE,
    NOT_FOUND,
    Parsed,
    UnusableAnswer,
    build_registration,
)

RDAP_TYPE = "application/rdap+json"


def _list(node: dict[str, Any], key: str) -> list[Any]:
    """A member that must be a JSON array; anything else in its place counts as absent."""
    value = node.get(key)
    return value if isinstance(value, list) else []


def _entities(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every entity, nested ones too (the abuse contact sits inside the registrar)."""
    for entity in _list(node, "entities"):
        if isinstance(entity, dict):
            yield entity
            yield from _entities(entity)


def _with_role(answer: dict[str, Any], role: str) -> dict[str, Any] | None:
    return next((e for e in _entities(answer) if role in _list(e, "roles")), None)


def vcard_props(entity: dict[str, Any] | None) -> list[list[Any]]:
    card = (entity or {}).get("vcardArray")
    if not (isinstance(card, list) and len(card) == 2 and isinstance(card[1], list)):
        return []
    return [p for p in card[1] if isinstance(p, list) and len(p) >= 4]


def vcard_text(entity: dict[str, Any] | None, name: str) -> str | None:
    for prop in vcard_props(entity):
        if prop[0] == name:
            value = prop[3]
            if isinstance(value, list):
                value = " ".join(str(v) for v in value if v)
            return norm.clean_text(str(value)) if value else None
    return None


def vcard_country(entity: dict[str, Any] | None) -> tuple[str | None, str | None]:
    """(ISO alpha-2, the raw value it came from) from a jCard `adr`."""
    for prop in vcard_props(entity):
        if prop[0] != "adr":
            continue
        params = prop[1] if isinstance(prop[1], dict) else {}
        value = prop[3]
        candidates = [params.get("cc")]
        if isinstance(value, list) and len(value) >= 7:
            candidates.append(value[6] if isinstance(value[6], str) else None)
        for raw in candidates:
            code = norm.country_code(raw) if isinstance(raw, str) else None
            if code:
                return code, raw
        label = params.get("label")
        if isinstance(label, str) and norm.country_from_label(label):
            return norm.country_from_label(label), label
    return None, None


def _event(answer: dict[str, Any], action: str) -> tuple[str | None, str | None]:
    for event in _list(answer, "events"):
        if isinstance(event, dict) and event.get("eventAction") == action:
            raw = str(event.get("eventDate") or "")
            day = norm.parse_date_text(raw)
            return (norm.iso(day), f"{action}: {raw}") if day else (None, None)
    return None, None


def _registrant_redacted(answer: dict[str, Any]) -> bool:
    """Whether an RFC 9537 `redacted` member withholds a registrant field: by its name
    ("Registrant Name") or by the JSONPath it removed or emptied (prePath/postPath
    selecting the entity whose roles hold "registrant")."""
    for member in _list(answer, "redacted"):
        if not isinstance(member, dict):
            continue
        name = member.get("name")
        kind = name.get("type") or name.get("description") if isinstance(name, dict) else None
        if isinstance(kind, str) and kind.lower().startswith("registrant"):
            return True
        paths = [member.get(k) for k in ("prePath", "postPath", "replacementPath")]
        if any(isinstance(p, str) and "'registrant'" in p for p in paths):
            return True
    return False


def related_url(answer: dict[str, Any]) -> str | None:
    """The registrar's RDAP answer for this domain, when the registry points at one."""
    for link in _list(answer, "links"):
        if not isinstance(link, dict):
            continue
        if link.get("rel") == "related" and link.get("type", RDAP_TYPE) == RDAP_TYPE:
            href = link.get("href")
            if isinstance(href, str) and "/domain/" in href:
                return href
    return None


def _registrar(answer: dict[str, Any]) -> tuple[str | None, str | None]:
    entity = _with_role(answer, "registrar")
    if entity is None:
        return None, None
    name = vcard_text(entity, "fn") or vcard_text(entity, "org")
    name = name or norm.clean_text(entity.get("handle"))
    return norm.registrar_name(name), f"registrar entity: {name}"


def _abuse(answer: dict[str, Any]) -> tuple[str | None, str | None]:
    """The registrar's abuse contact: the abuse entity inside the registrar entity (ICANN
    RDAP profile), else any abuse entity of the answer."""
    registrar = _with_role(answer, "registrar")
    entity = _with_role(registrar, "abuse") if registrar else None
    entity = entity or _with_role(answer, "abuse")
    tel = vcard_text(entity, "tel")
    return vcard_text(entity, "email"), tel.removeprefix("tel:") if tel else None


def _registrant(answer: dict[str, Any]) -> tuple[norm.Registrant, dict[str, str]]:
    entity = _with_role(answer, "registrant")
    country, raw_country = vcard_country(entity)
    registrant = norm.Registrant(
        name=vcard_text(entity, "fn"),
        org=vcard_text(entity, "org"),
        email=vcard_text(entity, "email"),
        street=vcard_text(entity, "adr"),
        country=country,
        redacted_fields=_registrant_redacted(answer),
        present=entity is not None,
    )
    evidence = {"registrant_country": f"adr: {raw_country}"} if raw_country else {}
    if registrant.name:
        evidence["registrant_name"] = f"fn: {registrant.name}"
    return registrant, evidence


def check_answer(answer: Any) -> dict[str, Any]:
    """The answer as a domain object, or UnusableAnswer saying what it is instead."""
    if not isinstance(answer, dict):
        raise UnusableAnswer(GARBAGE, "RDAP answer is not a JSON object")
    if "errorCode" in answer:
        code = answer.get("errorCode")
        kind = NOT_FOUND if code == 404 else GARBAGE
        if kind == NOT_FOUND:
            raise UnusableAnswer(kind, f"not registered (RDAP 404: {answer.get('title') or ''})")
        raise UnusableAnswer(kind, f"RDAP error {code}: {answer.get('title') or ''}".strip())
    if answer.get("objectClassName") != "domain" or not answer.get("ldhName"):
        raise UnusableAnswer(GARBAGE, "RDAP answer is not a domain object (no ldhName)")
    return answer


def parse_rdap(answer: Any, domain: str | None = None) -> Parsed:
    """A normalised record from an RDAP domain answer; UnusableAnswer when there is none."""
    answer = check_answer(answer)
    name = str(answer["ldhName"]).lower().rstrip(".")
    domain = domain or name
    registrant, evidence = _registrant(answer)
    finding = norm.judge_privacy(registrant, domain.rsplit(".", 1)[-1])
    abuse_email, abuse_phone = _abuse(answer)
    registration = build_registration(
        domain, "rdap", _registrar(answer), _event(answer, "registration"),
        _event(answer, "expiration"), finding, evidence,
    )  # fmt: skip
    servers = [ns.get("ldhName") for ns in _list(answer, "nameservers") if isinstance(ns, dict)]
    return Parsed(
        registration,
        domain_unicode=str(answer.get("unicodeName") or to_unicode(domain)),
        abuse_email=abuse_email,
        abuse_phone=abuse_phone,
        nameservers=tuple(sorted({str(s).lower().rstrip(".") for s in servers if s})),
        related_url=related_url(answer),
    )
