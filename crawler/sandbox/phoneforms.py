"""The ways fake helpdesks write a phone number, so extractors meet them all.

Each form takes an E.164 number and returns HTML. Markup forms (split digits, tel:
links, a number only in an image's alt text) are what scam sites use to dodge simple
scrapers; every form still shows a human the same number.
"""

from __future__ import annotations

import functools

import phonenumbers
from phonenumbers import PhoneNumberFormat

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@functools.cache
def _parsed(e164: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(e164)


def national(e164: str) -> str:
    return phonenumbers.format_number(_parsed(e164), PhoneNumberFormat.NATIONAL)


def international(e164: str) -> str:
    return phonenumbers.format_number(_parsed(e164), PhoneNumberFormat.INTERNATIONAL)


def _groups(e164: str) -> list[str]:
    """National digit groups: "085 123 4567" -> ["085", "123", "4567"]."""
    digits = "".join(c if c.isdigit() else " " for c in national(e164))
    return digits.split()


def is_nl(e164: str) -> bool:
    return e164.startswith("+31")


def dashed(e164: str) -> str:
    groups = _groups(e164)
    if e164.startswith("+1"):
        return "-".join(groups)
    return groups[0] + "-" + "".join(groups[1:])


def compact(e164: str) -> str:
    return "".join(_groups(e164))


def spaced_dash(e164: str) -> str:
    """ "085 - 123 45 67": Dutch habit of pairs after the area code."""
    if not is_nl(e164):
        return national(e164)
    groups = _groups(e164)
    rest = "".join(groups[1:])
    head, tail = rest[: len(rest) - 4], rest[-4:]
    return f"{groups[0]} - {head} {tail[:2]} {tail[2:]}"


def plus0(e164: str) -> str:
    """ "+31 (0)85 123 4567": the international form with the trunk zero kept."""
    number = _parsed(e164)
    groups = _groups(e164)
    if not groups[0].startswith("0"):
        return international(e164)
    return f"+{number.country_code} (0){groups[0][1:]} {' '.join(groups[1:])}"


def fullwidth(e164: str) -> str:
    return national(e164).translate(FULLWIDTH)


def split(e164: str) -> str:
    groups = _groups(e164)
    return f'<span class="n1">{groups[0]}</span><span class="n2"> {" ".join(groups[1:])}</span>'


def tel(e164: str) -> str:
    return f'<a href="tel:{e164}" class="call">{national(e164)}</a>'


def img_alt(e164: str) -> str:
    return f'<img src="/img/nummer.png" alt="{national(e164)}" width="180" height="24">'


PHONE_FORMS = {
    "national": national,
    "international": international,
    "e164": lambda e164: e164,
    "compact": compact,
    "dashed": dashed,
    "spaced_dash": spaced_dash,
    "plus0": plus0,
    "fullwidth": fullwidth,
    "split": split,
    "tel": tel,
    "img_alt": img_alt,
}
