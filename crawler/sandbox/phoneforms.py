"""The ways fake helpdesks write a phone number, so extractors meet them all.

Each form takes an E.164 number and returns HTML. Markup forms (split digits, tel:
links, a number only in an image's alt text) are what scam sites use to dodge simple
scrapers; every form still shows a human the same number.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable

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


def reads_as_dutch(e164: str) -> bool:
    """True for a foreign number whose national digits are also a valid Dutch number
    ("0800 912345" in Finland): without a country hint a reader takes it for Dutch."""
    if is_nl(e164):
        return False
    try:
        local = phonenumbers.parse(compact(e164), "NL")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(local)


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


def tel_only(e164: str) -> str:
    """A call button whose number sits only in the tel: link, in national digits."""
    return f'<a href="tel:{compact(e164)}" class="btn btn-call" aria-label="call">&#9742;</a>'


def jsonld(e164: str) -> str:
    """The number only in schema.org JSON-LD, as search engines read it."""
    data = {"@context": "https://schema.org", "@type": "LocalBusiness",
            "telephone": international(e164)}  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def js_pieces(e164: str) -> str:
    """Digit groups joined by a script: a human sees the number, static text does not."""
    parts = json.dumps(_groups(e164) if not e164.startswith("+1") else ["1", *_groups(e164)])
    return ('<span class="nr-js"></span><script>document.currentScript.previousElementSibling'
            f'.textContent = {parts}.join("-");</script>')  # fmt: skip


def _with_trunk(e164: str) -> list[str]:
    """Groups as scam pages write them: a leading 1 for NANP numbers."""
    return ["1", *_groups(e164)] if e164.startswith("+1") else _groups(e164)


def _joined(separator: str) -> Callable[[str], str]:
    """A form writing the digit groups with `separator` between them ("1⊹844⊹444⊹4609")."""

    def form(e164: str) -> str:
        return separator.join(_with_trunk(e164))

    return form


def dashed1(e164: str) -> str:
    """ "1-844-444-4609": NANP toll-free numbers as scam pages write them."""
    return "-".join(_with_trunk(e164))


def paren_plus(e164: str) -> str:
    """ "((1+844_444_4609))": country code, plus, underscored groups in double brackets."""
    number = _parsed(e164)
    groups = _groups(e164)
    if groups[0].startswith("0"):
        groups[0] = groups[0][1:]
    return f"(({number.country_code}+{'_'.join(groups)}))"


def urlenc(e164: str) -> str:
    """ "%201-866-861-0000": a URL-encoded space leaked into the page text."""
    return "%20" + dashed1(e164)


HINTS = {"GB": "UK", "AU": "AUS", "US": "USA", "CA": "CA", "NL": "NL", "DE": "DE", "FR": "FR"}


def hint(e164: str) -> str:
    """ "0-800-048-8477 UK", "1-800-764-406 AUS": digits dashed, country after the number."""
    digits = compact(e164)
    head, groups = digits[0], _groups(e164)
    groups[0] = groups[0][1:]
    region = phonenumbers.region_code_for_number(_parsed(e164)) or ""
    label = HINTS.get(region, region)
    if e164.startswith("+1"):
        return f"1-{'-'.join(_groups(e164))} {label}"
    return f"{head}-{'-'.join(g for g in groups if g)} {label}"


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
    "tel_only": tel_only,
    "jsonld": jsonld,
    "js_pieces": js_pieces,
    "dashed1": dashed1,
    "sep_star": _joined("⊹"),
    "sep_caret": _joined("^"),
    "sep_colon": _joined(":"),
    "sep_under": _joined("_"),
    "sep_x": _joined("x"),
    "paren_plus": paren_plus,
    "urlenc": urlenc,
    "hint": hint,
}
# Forms that show a number's national digits without its country code.
NATIONAL_DIGITS = frozenset({
    "national", "fullwidth", "compact", "dashed", "spaced_dash", "split", "tel", "img_alt",
})  # fmt: skip
# Forms added for issue 14 (numbers a static text extractor may not read yet). Pages
# that use one are reported apart by the extraction accuracy test, not dropped from it.
# "url" is a number only in the page's query string; "national_foreign" a foreign number
# in national digits that also read as a valid Dutch number ("0800 912345", Finland).
HOSTILE_FORMS = frozenset({
    "tel_only", "jsonld", "js_pieces", "sep_star", "sep_caret", "sep_colon", "sep_under",
    "sep_x", "paren_plus", "urlenc", "hint", "url", "national_foreign",
})  # fmt: skip
