"""How the held-out web writes phone numbers: the forms people and scam spam use.

A number is kept as E.164 (the truth); `write(e164, style)` gives the text a page shows.
The grouping comes from libphonenumber's national format, so each country's digits are
grouped as its own people group them; every style below is this module's own choice
of how the groups are joined, decorated or hidden.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import quote

import phonenumbers

FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")


@functools.cache
def _parsed(e164: str) -> phonenumbers.PhoneNumber:
    number = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"{e164} is not a valid number")
    return number


def groups(e164: str) -> list[str]:
    """National digit groups, trunk prefix included ("085", "123", "4567")."""
    national = phonenumbers.format_number(_parsed(e164), phonenumbers.PhoneNumberFormat.NATIONAL)
    return [g for g in re.split(r"[^\d]+", national) if g]


def country_code(e164: str) -> int:
    return int(_parsed(e164).country_code or 0)


def national_digits(e164: str) -> str:
    return "".join(groups(e164))


def _intl_groups(e164: str) -> list[str]:
    parts = groups(e164)
    if parts and parts[0].startswith("0") and country_code(e164) != 39:
        parts[0] = parts[0][1:]
    return [g for g in parts if g]


def pairs(digits: str) -> str:
    """Digits in twos from the end, as the Dutch and French often write subscriber parts."""
    head = 3 if len(digits) % 2 and len(digits) > 2 else len(digits) % 2
    chunks = [digits[:head]] if head else []
    chunks += [digits[i : i + 2] for i in range(head, len(digits), 2)]
    return " ".join(chunks)


def _nl_style(e164: str, sep: str) -> str:
    parts = groups(e164)
    return parts[0] + sep + pairs("".join(parts[1:]))


def _split_subscriber(digits: str) -> str:
    """A long subscriber part as people break it up: 3+4 ("723 4561") or 4+4."""
    if len(digits) == 7:
        return f"{digits[:3]} {digits[3:]}"
    if len(digits) == 8:
        return f"{digits[:4]} {digits[4:]}"
    return pairs(digits)


def _rest_pairs(e164: str) -> str:
    return pairs("".join(groups(e164)[1:]))


def _us_dash(e164: str) -> str:
    return "1-" + "-".join(groups(e164))


STYLES = {
    "national": lambda n: " ".join(groups(n)),
    "compact": national_digits,
    "dashed": lambda n: "-".join(groups(n)),
    "trunk_dash": lambda n: groups(n)[0] + "-" + "".join(groups(n)[1:]),
    "dotted": lambda n: ".".join(groups(n)[:1] + pairs("".join(groups(n)[1:])).split()),
    "spaced_dash": lambda n: _nl_style(n, " - "),
    "pairs": lambda n: _nl_style(n, " "),
    "intl": lambda n: f"+{country_code(n)} " + " ".join(_intl_groups(n)),
    "intl_compact": lambda n: n,
    "intl_zero": lambda n: f"+{country_code(n)} (0){''.join(_intl_groups(n))}",
    "intl_zero_spaced": lambda n: f"+{country_code(n)} (0)" + " ".join(_intl_groups(n)),
    "intl_zero_gap": lambda n: f"+{country_code(n)} (0) " + " ".join(_intl_groups(n)),
    "split_sub": lambda n: groups(n)[0] + " " + _split_subscriber("".join(groups(n)[1:])),
    "double_zero": lambda n: f"00{country_code(n)} " + " ".join(_intl_groups(n)),
    "intl_pairs": lambda n: f"+{country_code(n)} {_intl_groups(n)[0]} " + _rest_pairs(n),
    "intl_zero_pairs": lambda n: f"+{country_code(n)} (0){_intl_groups(n)[0]} " + _rest_pairs(n),
    "zero_dash": lambda n: "0-" + "-".join([groups(n)[0][1:]] + groups(n)[1:]),
    "split_lead": lambda n: (
        groups(n)[0][:1] + "-" + groups(n)[0][1:] + "-" + "-".join(groups(n)[1:])
    ),
    "us_paren": lambda n: "({}) {}-{}".format(*groups(n)),
    "us_dash": _us_dash,
    "us_plus": lambda n: "+1 ({}) {}-{}".format(*groups(n)),
    "us_dots": lambda n: "1.{}.{}.{}".format(*groups(n)),
}

# Scam-spam disguises: each takes the plain text of another style.
DISGUISES = {
    "star": lambda t: "⊹".join(t.replace(" ", "")),
    "caret": lambda t: "^".join(re.sub(r"\D", "", t)),
    "colon": lambda t: t.replace("-", ":").replace(" ", ":"),
    "underscore": lambda t: t.replace("-", "_").replace(" ", "_"),
    "x": lambda t: "x".join(re.sub(r"\D", "", t)),
    "double_paren": lambda t: (
        f"((1+{t[2:].replace('-', '_')}))" if t.startswith("1-") else f"(({t}))"
    ),
    "plus_plus": lambda t: "++" + t.lstrip("+"),
    "fullwidth": lambda t: t.translate(FULLWIDTH),
    "url": lambda t: quote(" " + t),
    "dot_gaps": lambda t: " . ".join(re.sub(r"\D", "", t)),
}


def write(e164: str, style: str = "national", disguise: str | None = None) -> str:
    """The text of `e164` in a written style, optionally disguised as scam spam does."""
    if style not in STYLES:
        raise ValueError(f"unknown number style {style!r}")
    text = STYLES[style](e164)
    if disguise is not None:
        if disguise not in DISGUISES:
            raise ValueError(f"unknown disguise {disguise!r}")
        text = DISGUISES[disguise](text)
    return text


def tel_href(e164: str, national: bool = False) -> str:
    """A tel: link target, in national digits when a site writes it that way."""
    return "tel:" + (national_digits(e164) if national else e164)
