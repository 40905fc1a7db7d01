"""Phone numbers to E.164, the one normaliser: a number read in the first region where it
is a real number (extraction's tel: links and URL parameters, partners' and the fraud
desk's lists), written as +<country><number>."""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers


def parse_number(
    text: str, regions: Iterable[str | None] = ("NL",), *, possible: bool = False
) -> phonenumbers.PhoneNumber | None:
    """`text` as a number in the first of `regions` where it is valid (or, with
    `possible`, merely of a possible length: lists from partners hold numbers the
    numbering plans have not caught up with). A leading + ignores the regions."""
    for region in regions:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        ok = (
            phonenumbers.is_possible_number(number)
            if possible
            else phonenumbers.is_valid_number(number)
        )
        if ok:
            return number
    return None


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def to_e164(
    text: str, regions: Iterable[str | None] = ("NL",), *, possible: bool = False
) -> str | None:
    number = parse_number(text, regions, possible=possible)
    return e164(number) if number is not None else None
