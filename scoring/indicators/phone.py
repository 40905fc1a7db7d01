"""Phone indicators: the strongest pivot, since campaigns reuse their numbers.

Only numbers a site OFFERS as its own contact count against it. A number a news
article, a forum post or a number directory quotes is evidence about that number (the
loader turns it into `phone_warned_by` for the sites that offer it), never about the
page that quotes it. A brand's own published support numbers are never scam numbers.

The loader (scoring.loader) fills `known_fraud_numbers`, `phone_shared_with` and
`phone_warned_by` from the store; these functions only read them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from scoring.indicators.hit import Hit, join_evidence

if TYPE_CHECKING:
    from scoring.facts import DomainFacts, PageFacts, Phone
    from scoring.rules import Rules

FAMILY = "phone"
OFFERED = "offered"


# Where a number on a warning, news or discussion page must sit to count as that page's
# own contact: in a tel: link or in the page's structured data. Running text there is
# about somebody else's number, whatever the extractor made of its surroundings.
OWN_CONTACT_SOURCES = frozenset({"tel", "jsonld"})


def offered_phones(page: PageFacts, rules: Rules) -> list[Phone]:
    """The numbers `page` offers as its own contact, or, on a page that lists brands'
    support numbers the brands do not publish, as the brands' (a fake number directory)."""
    reporting = reports_on_numbers(page, rules)
    listed = set(misattributed_numbers(page, rules))
    unexplained = quotes_without_reason(page, rules, reporting)
    return [
        phone
        for phone in page.phones
        if phone.e164 in listed
        or (phone.role == OFFERED and (not reporting or OWN_CONTACT_SOURCES & set(phone.sources)))
        or (unexplained and phone.valid and rules.genuine_number(phone.e164) is None)
    ]


def quotes_without_reason(page: PageFacts, rules: Rules, reporting: bool) -> bool:
    """A page "quotes" a number only when it talks about somebody else: it warns, reports
    or discusses. A helpdesk page whose number the extractor read as quoted (a pull-quote,
    a status box, a theme that marks every page as an article) and that has no warning word
    at all offers it: what it sells is help by phone."""
    if reporting or page.warning_terms:
        return False
    minimum = int(rules.setting("helpdesk", "min_helpdesk_terms"))
    return len(set(page.helpdesk_terms)) >= minimum


ROW_SIGNAL = "brand_number_rows"  # crawler.extract.page.brand_number_rows


def misattributed_numbers(page: PageFacts, rules: Rules) -> list[str]:
    """Numbers a page lists as brands' support lines that no brand publishes: a page
    with helpdesk wording naming several brands and quoting several such numbers, that
    neither warns nor discusses them (an honest guide lists the brands' real numbers)."""
    if not page.helpdesk_terms or reports_on_numbers(page, rules):
        return []
    brands = [b for b in page.brands if b in rules.brands]
    # Quoted numbers; on a page listing numbers as brands' lines (rows that each name a
    # brand beside a number), offered ones too: a fake directory's call buttons.
    rows = ROW_SIGNAL in page.page_signals
    numbers = sorted({
        p.e164 for p in page.phones
        if p.valid and (rows or p.role != OFFERED) and rules.genuine_number(p.e164) is None
    })  # fmt: skip
    minimum = int(rules.setting("impersonation", "min_listed_numbers"))
    return numbers if len(brands) >= 2 and len(numbers) >= minimum else []


def phones_shown(facts: DomainFacts, rules: Rules) -> dict[str, tuple[Phone, str]]:
    """e164 -> (the phone, the first page URL that offers it as the site's own contact).
    On a site that warns about or discusses numbers (a number directory's home page
    lists the numbers its question pages discuss), only a tel: link or structured data
    makes a number the site's own, on every page."""
    reporting_site = any(reports_on_numbers(page, rules) for page in facts.pages)
    shown: dict[str, tuple[Phone, str]] = {}
    for page in facts.pages:
        listed = set(misattributed_numbers(page, rules)) if reporting_site else set()
        for phone in offered_phones(page, rules):
            own = OWN_CONTACT_SOURCES & set(phone.sources) or phone.e164 in listed
            if reporting_site and not own:
                continue
            shown.setdefault(phone.e164, (phone, page.url))
    return shown


def reports_on_numbers(page: PageFacts, rules: Rules) -> bool:
    """The page warns against fraud or discusses numbers (article, forum, directory)."""
    from scoring.indicators.counter import page_warns
    from scoring.indicators.impersonation import discusses

    return bool(page_warns(page, rules)) or discusses(page, rules)


def suspect_numbers(facts: DomainFacts, rules: Rules) -> dict[str, tuple[Phone, str]]:
    """Offered numbers that are not a brand's own published support number."""
    return {
        e164: seen
        for e164, seen in phones_shown(facts, rules).items()
        if rules.genuine_number(e164) is None
    }


def known_fraud_number(facts: DomainFacts, rules: Rules) -> list[Hit]:
    shown = suspect_numbers(facts, rules)
    found = [
        f"{e164} (offered on {shown[e164][1]}) is listed as fraud: {source}"
        for e164, source in sorted(facts.known_fraud_numbers.items())
        if e164 in shown
    ]
    return [Hit("known_fraud_number", join_evidence(found, 3))] if found else []


def _listed(domains: tuple[str, ...]) -> str:
    more = f" and {len(domains) - 5} more" if len(domains) > 5 else ""
    return ", ".join(domains[:5]) + more


def number_shared_with_suspicious(facts: DomainFacts, rules: Rules) -> list[Hit]:
    shown = suspect_numbers(facts, rules)
    found = []
    for e164, others in sorted(facts.phone_shared_with.items()):
        others = tuple(d for d in others if d != facts.domain)
        if e164 in shown and others:
            found.append(
                f"{e164} (offered on {shown[e164][1]}) is also offered by "
                f"{len(others)} suspicious site(s): {_listed(others)}"
            )
    return [Hit("number_shared_with_suspicious", join_evidence(found, 3))] if found else []


def number_in_warnings(facts: DomainFacts, rules: Rules) -> list[Hit]:
    shown = suspect_numbers(facts, rules)
    found = []
    for e164, sites in sorted(facts.phone_warned_by.items()):
        sites = tuple(d for d in sites if d != facts.domain)
        if e164 in shown and sites:
            found.append(
                f"{e164} (offered on {shown[e164][1]}) is reported as a scam number on "
                f"{_listed(sites)}"
            )
    return [Hit("number_in_warnings", join_evidence(found, 3))] if found else []


def number_discussed(facts: DomainFacts, rules: Rules) -> list[Hit]:
    """Forum threads and number directories ask about the number ("wie belde mij?"): a
    sign, but a weak one, since people ask about honest callers too."""
    shown = suspect_numbers(facts, rules)
    found = []
    for e164, sites in sorted(facts.phone_discussed_by.items()):
        others = tuple(d for d in sites if d != facts.domain)
        if e164 in shown and others:
            found.append(
                f"{e164} (offered on {shown[e164][1]}) is asked about on {_listed(others)}"
            )
    return [Hit("number_discussed", join_evidence(found, 3))] if found else []


# How people write a number plainly: digits, spaces, hyphens and dashes, dots, slashes,
# one pair of parentheses, a leading plus. Anything else inside the number is a disguise.
_PLAIN = frozenset(" -./()+\u00a0\u2009\u202f\u2010\u2011\u2012\u2013\u2014")
_FULLWIDTH = frozenset("\uff0d\uff08\uff09\uff0b\u3000\uff0e\uff0f")  # － （ ） ＋ ideographic space ． ／
# Digit forms no script writes numbers in (their decimal value hides them from a plain
# digit match): circled, parenthesised, with a full stop, super- and subscript, styled.
_STYLED_DIGIT = ("CIRCLED", "PARENTHESIZED", "FULL STOP", "SUPERSCRIPT", "SUBSCRIPT",
                 "MATHEMATICAL", "DINGBAT", "SEGMENTED")  # fmt: skip
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_LOOKALIKES = frozenset("OoIl")


def disguise_of(raw: str, language: str | None, fullwidth_ok: tuple[str, ...] = ("ja", "zh", "ko")) -> str | None:
    """How `raw` (a number as the page wrote it) is disguised, or None when it is written
    the way people write numbers: '((085))-303-19-47', '085x760x2299', '09^70^73',
    'O12O-471-936', fullwidth digits on a Finnish page; not '+31 (0)20 123 4567',
    '02.588.09.47', a vanity '1-800-MY-APPLE' or fullwidth digits on a Japanese page."""
    found: list[str] = []
    if "((" in raw or "))" in raw or "++" in raw.replace(" ", ""):
        found.append("doubled parentheses or plus signs")
    elif "+" in raw.lstrip(" (").lstrip("+"):
        found.append("a plus sign inside the number")
    for run in _LETTER_RUN.findall(raw):
        if len(run) == 1:  # vanity words are whole words; one letter stands for a digit or splits them
            found.append("letters for digits" if run in _LOOKALIKES else f"digits split by {run!r}")
    for ch in dict.fromkeys(raw):
        if ch.isascii():
            if not (ch.isdigit() or ch.isalpha() or ch in _PLAIN):
                found.append(f"digits split by {ch!r}")
        elif "\uff10" <= ch <= "\uff19" or ch in _FULLWIDTH:
            if (language or "") not in fullwidth_ok:
                found.append(f"fullwidth digits on a page in {language or 'an unknown language'}")
        elif ch in _PLAIN:
            continue
        elif unicodedata.category(ch).startswith("N"):
            name = unicodedata.name(ch, "")
            if any(word in name for word in _STYLED_DIGIT) or unicodedata.decimal(ch, None) is None:
                found.append("styled digits (circled, super- or subscript)")
        elif not unicodedata.category(ch).startswith("Z"):
            found.append(f"digits split by {ch!r}")
    return "; ".join(dict.fromkeys(found)) or None


def number_disguised(facts: DomainFacts, rules: Rules) -> list[Hit]:
    """A number the site offers, written so that a plain number match does not find it."""
    fullwidth_ok = tuple(rules.setting("phone", "fullwidth_digit_languages"))
    language = {page.url: page.language for page in facts.pages}
    found = []
    for e164, (phone, url) in sorted(suspect_numbers(facts, rules).items()):
        how = disguise_of(phone.raw, language.get(url), fullwidth_ok)
        if how:
            found.append(f"{phone.raw!r} ({e164}, offered on {url}): {how}")
    return [Hit("number_disguised", join_evidence(found, 3))] if found else []


def _fit_countries(page_language: str | None, rules: Rules) -> list[str]:
    by_language = rules.setting("phone", "fit_countries_by_language")
    return list(by_language.get(page_language or "", rules.setting("phone", "helpdesk_countries")))


def site_countries(facts: DomainFacts, rules: Rules) -> set[str]:
    """The site's own country: its country-code domain's, and the one its legal identity
    names (a US street address, an ABN, a UK company number)."""
    tld = facts.domain.rsplit(".", 1)[-1].upper()
    found = {"GB" if tld == "UK" else tld} if len(tld) == 2 else set()
    by_term = rules.setting("phone", "identity_countries")
    return found | {by_term[t] for page in facts.pages for t in page.business_terms if t in by_term}


def _unfit(
    phone: Phone, language: str | None, rules: Rules, own: frozenset[str] = frozenset()
) -> str | None:
    if not phone.valid:
        return "is not a valid number"
    fit = [*_fit_countries(language, rules), *own]
    if phone.country not in fit:
        where = phone.country or "an unknown country"
        return (
            f"is a {phone.kind} number in {where}, on a page in {language or 'an unknown language'}"
        )
    if phone.kind in rules.setting("phone", "unfit_kinds"):
        return f"is a {phone.kind} number"
    return None


def number_unfit_for_helpdesk(facts: DomainFacts, rules: Rules) -> list[Hit]:
    found: dict[str, str] = {}
    shown = phones_shown(facts, rules)
    genuine = {e for e in shown if rules.genuine_number(e)}
    own = frozenset(site_countries(facts, rules))
    for page in facts.pages:
        for phone in offered_phones(page, rules):
            why = None if phone.e164 in genuine else _unfit(phone, page.language, rules, own)
            if why and phone.e164 not in found:
                found[phone.e164] = f"{phone.raw!r} ({phone.e164}, on {page.url}) {why}"
    evidence = list(found.values())
    return [Hit("number_unfit_for_helpdesk", join_evidence(evidence, 3))] if evidence else []


def only_service_numbers(facts: DomainFacts, rules: Rules) -> list[Hit]:
    """Every number the site offers is a non-geographic service number (VoIP 085/088,
    0800, 0900, shared cost): what the call centres behind this fraud rent by the dozen.
    A local business lists its own landline or mobile."""
    kinds = set(rules.setting("phone", "service_kinds"))
    shown = suspect_numbers(facts, rules)
    if not shown or not all(phone.kind in kinds for phone, _ in shown.values()):
        return []
    listed = ", ".join(f"{e} ({p.kind})" for e, (p, _) in sorted(shown.items())[:3])
    return [Hit("only_service_numbers", f"the site offers only service numbers: {listed}")]


INDICATORS = {
    "known_fraud_number": known_fraud_number,
    "number_shared_with_suspicious": number_shared_with_suspicious,
    "number_in_warnings": number_in_warnings,
    "number_discussed": number_discussed,
    "number_disguised": number_disguised,
    "number_unfit_for_helpdesk": number_unfit_for_helpdesk,
    "only_service_numbers": only_service_numbers,
}
