"""Check digits of business and tax identifiers (issue 14, class 3).

A footer with "KvK", "BTW" or "MWST" is free to copy and free to invent. A VAT or
enterprise number whose check digits do not add up was invented: it shows no business
and does not count as the marks of one. (A number copied whole from a real company still
passes; only the registers themselves could tell, and nothing here asks them.)

Each check follows the issuing administration's published scheme: NL (mod 11 over the
RSIN, or ISO 7064 mod 97 for the 2020 sole-trader numbers), DE (ISO 7064 mod 11,10),
AT (Luhn-like with offset 4), BE (mod 97), FR (the key over the SIREN, and the SIREN's
Luhn), FI (mod 11), CH (the UID's mod 11).
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d")


def _digits(text: str) -> list[int]:
    return [int(d) for d in _DIGITS.findall(text)]


def _luhn(digits: list[int]) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def nl_vat(text: str) -> bool:
    """NL123456789B01."""
    match = re.search(r"NL ?(\d{9}) ?B ?(\d{2})", text.upper())
    if not match:
        return False
    number, suffix = match.groups()
    d = [int(c) for c in number]
    rsin = sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) % 11
    if rsin == d[8]:
        return True
    return int("2321" + number + "11" + suffix) % 97 == 1  # N=23 L=21 B=11


def de_vat(d: list[int]) -> bool:
    product = 10
    for x in d[:8]:
        total = (x + product) % 10 or 10
        product = (2 * total) % 11
    check = 11 - product
    return (0 if check == 10 else check) == d[8]


def at_vat(d: list[int]) -> bool:
    total = 0
    for i, x in enumerate(d[:7]):
        if i % 2:
            x *= 2
            x = x // 10 + x % 10
        total += x
    return (10 - (total + 4) % 10) % 10 == d[7]


def be_enterprise(d: list[int]) -> bool:
    if len(d) == 9:
        d = [0, *d]
    if len(d) != 10:
        return False
    number = int("".join(map(str, d)))
    return 97 - (number // 100) % 97 == number % 100


def fr_vat(text: str) -> bool:
    match = re.search(r"FR ?([0-9A-Z]{2}) ?(\d{9})", text.upper())
    if not match:
        return False
    key, siren = match.groups()
    if not _luhn([int(c) for c in siren]):
        return False
    return not key.isdigit() or int(key) == (12 + 3 * (int(siren) % 97)) % 97


def fi_vat(d: list[int]) -> bool:
    remainder = sum(w * x for w, x in zip((7, 9, 10, 5, 8, 4, 2), d[:7], strict=True)) % 11
    if remainder == 1:
        return False
    return (0 if remainder == 0 else 11 - remainder) == d[7]


def ch_uid(d: list[int]) -> bool:
    check = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4), d[:8], strict=True)) % 11
    if check == 10:
        return False
    return (0 if check == 11 else check) == d[8]


def fi_business_id(text: str) -> bool:
    """Y-tunnus 1234567-8: mod 11 over the first seven digits."""
    d = _digits(text)
    return len(d) == 8 and fi_vat(d)


def valid_business_id(name: str, text: str) -> bool:
    """A match of the vocabulary pattern `name` whose check digits hold."""
    if name == "fi_business_id":
        return fi_business_id(text)
    return valid_vat(text)


def valid_vat(text: str) -> bool:
    """One VAT or enterprise number as the vocabulary's btw_id / vat_id_eu patterns match
    it ("NL123456789B01", "DE123456789", "ATU12345678", "BE0123.456.789",
    "FR12345678901", "FI12345678", "CHE-123.456.789"): do its check digits hold?"""
    upper = text.upper().strip()
    d = _digits(upper)
    try:
        if upper.startswith("NL"):
            return nl_vat(upper)
        if upper.startswith("DE") and len(d) == 9:
            return de_vat(d)
        if upper.startswith("ATU") and len(d) == 8:
            return at_vat(d)
        if upper.startswith("BE"):
            return be_enterprise(d)
        if upper.startswith("FR"):
            return fr_vat(upper)
        if upper.startswith("FI") and len(d) == 8:
            return fi_vat(d)
        if upper.startswith("CHE") and len(d) == 9:
            return ch_uid(d)
    except ValueError:
        return False
    return True  # a form with no check digits known here: taken as written
