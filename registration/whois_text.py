"""WHOIS (port 43) text answers -> a normalised registration record.

`parse_whois(text, domain)` is pure. One pass splits the answer into lines with their
key and section (layout families: "Key: value", "key.....: value", the value on the next
line, "[Key] value", rwhois "class:Key:value", "Key-name   value", "1a. Key : value");
then the answer's state is decided (rate limited, not found, reserved, ... from
data/answers.toml) and the fields are looked up by the labels of data/whois_labels.toml.
python-whois's per-TLD regexes are not used: some run for minutes on a 1 kB .jp answer.
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from typing import Any

from core.config import read_toml
from core.domains import to_unicode
from core.errors import ConfigError
from registration import normalise as norm
from registration.record import (
    EMPTY,
    GARBAGE,
    RATE_LIMITED,
    Parsed,
    UnusableAnswer,
    build_registration,
)

log = logging.getLogger(__name__)

# "Key: value", "key.....: value", "1a.  Domain Name : x" (numbered forms), any script.
KEY_VALUE = re.compile(
    r"^(\s*(?:\d{1,2}[a-z]?\.\s+|\*{1,3}\s*)?)([^\W\d_][\w /().\-\\]{0,60}?)\s*(?:\.{2,}\s*:?|:)\s*(.*?)\s*$"
)
# Dot leaders with spaces (JWhoisServer): "Registrar#. . . . . . . . cerist",
# "Date de creation#. . . . .10/01/2007"; the leader itself is the separator.
DOT_LEADER = re.compile(r"^(\s*)([^\W\d_][\w /()'\-]{0,60}?)\s*#?\s*(?:\.\s){3,}\.?\s*:?\s*(.*?)\s*$")
# rwhois: "domain:Created:20090324", "domain:Organization;I:777.x" (class:key[;type]:value)
RWHOIS = re.compile(r"^()[a-z]{2,20}:([A-Za-z][\w\-]{0,40})(?:;[A-Z])?:(.*)$")
# Hyphenated keys and whitespace, no colon: "Domain-name         google.sk", "dns_name  x"
SPACED = re.compile(r"^(\s*)([A-Za-z]+[\-_][\w.\-]{1,40})(?:\s{2,}|\t)\s*(\S.*?)\s*$")
# JPRS / .my style: "a. [Domain Name]    EXAMPLE.JP", "a [Domain Name]   google.my"
FREE_KEY = re.compile(
    r"^(\s*)(record created on|record expires on|record last updated on|created on|"
    r"expires on|registered on|registration date)\s+(\d.*?)\s*$",
    re.IGNORECASE,
)
BRACKETED = re.compile(r"^(\s*)(?:[a-z]\.?\s+)?\[([^\]]{1,60})\]\s*(.*?)\s*$")
HANDLE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:\-]*\d[A-Za-z0-9_:\-]*$")
# A key and its value split by tabs, no colon (SWITCH's registrar-side answers):
# "Registrar<TAB>MarkMonitor", "First registration date<TAB>31 May 1999". A host and its
# address ("ns2.switch.ch<TAB>130.59.31.29") is no key: keys are words.
TABBED = re.compile(r"^()([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,5})\t+\s*(\S.*?)\s*$")
# A key with a note in brackets (HKIRC): "Company English Name (It should be the same
# as the registered/corporation name on your Business Register Certificate ...): GOOGLE"
KEY_NOTE = re.compile(r"^(\s*)([^\W\d_][\w ]{0,40}?)\s*\([^()]{10,200}\)\s*:\s*(.*?)\s*$")
# "% Registrant:", "% Registrar:" (.ua): a comment line that heads a block.
COMMENT_HEADING = re.compile(r"^[%#]+\s*([A-Za-z][\w ]{1,40}?)\s*:\s*$")
# Last words of an empty-valued key that heads a block of its own.
BLOCK_WORDS = frozenset({
    "contact", "contacts", "information", "info", "details", "servers", "server",
    "nameservers", "registrar", "registrant", "holder", "admin", "administrative",
    "technical", "tech", "billing", "zone", "dnssec", "status",
    "kontakt", "contactpersoon", "ansprechpartner", "registrador", "titular", "nameserver",
    "yhteyshenkilö",
})  # fmt: skip
# ...or first words, in languages that put the noun first ("Contacto Administrativo:").
LEADING_BLOCK_WORDS = frozenset({"contacto", "contato", "contact", "servidores", "serveurs"})
MAX_UNDECODABLE = 0.05  # share of replacement/control characters that makes text garbage
# Real answers are a few kB; beyond this the text is kept as evidence but not read, so
# parsing stays bounded whatever a server sends.
MAX_PARSE_CHARS = 32_000  # the largest real answer in the fixtures is 12 kB
MAX_LINE_CHARS = 500  # longer lines are no field (and regexes stay cheap on them)
# A refusal is stated near the top, in a short line: bounds the pattern work on an
# answer without fields to ~100 lines x 200 characters.
MAX_REFUSAL_LINES = 100
MAX_REFUSAL_CHARS = 200


@dataclass(frozen=True)
class Line:
    number: int
    indent: int
    key: str | None  # folded key, None for a free line
    value: str
    raw: str
    section: str | None  # folded heading of the section the line sits in


def fold_key(key: str) -> str:
    """A key as the label lists spell it: lowercase, accents dropped ("Expiración" ->
    "expiracion"), every run of other signs one space; letters of every script kept
    (등록대행자, 登録年月日: registries answer in their own language)."""
    if key.isascii():
        return _FOLD_RE.sub(" ", key.lower()).strip()
    plain = "".join(c for c in unicodedata.normalize("NFKD", key.lower()) if not unicodedata.combining(c))
    return _FOLD_RE.sub(" ", unicodedata.normalize("NFC", plain)).strip()


_FOLD_RE = re.compile(r"(?:[^\w/]|_)+")


@functools.cache
def labels() -> dict[str, tuple[str, ...]]:
    data = read_toml(norm.DATA_DIR / "whois_labels.toml", "WHOIS labels")
    # Tuples keep the file's order: earlier labels win where order matters (registrar).
    return {name: tuple(values) for name, values in data.items()}


REFUSALS = ("unavailable", "reserved", "invalid", "not_found", "rate_limited")
SHORT_LINE = 60
# Final states are looked for before rate limits (see answers.toml).
REFUSAL_PASSES = (REFUSALS[:-1], REFUSALS[-1:])
REFUSAL_WORDS = {
    "rate_limited": "rate limited",
    "unavailable": "service unavailable",
    "invalid": "query refused as invalid",
    "reserved": "reserved by the registry",
    "not_found": "not registered",
}


def _alternation(patterns: list[str], flags: int) -> re.Pattern[str]:
    for pattern in patterns:
        re.compile(pattern, flags)  # each alone first, so a bad one is named in the error
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@functools.cache
def answer_patterns() -> dict[str, Any]:
    path = norm.DATA_DIR / "answers.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        flags = re.IGNORECASE
        # Separate patterns, not one alternation: re keeps each one's literal-prefix
        # shortcut, three times faster on long lines.
        found: dict[str, Any] = {
            kind: [re.compile(p, flags) for p in data[kind]] for kind in REFUSALS
        }
        found["referral"] = re.compile(data["referral"], flags | re.MULTILINE)
        found["registrar_referral"] = re.compile(data["registrar_referral"], flags | re.MULTILINE)
        found["statuses"] = {
            state: _alternation(patterns, flags) for state, patterns in data["statuses"].items()
        }
        return found
    except (OSError, tomllib.TOMLDecodeError, KeyError, AttributeError, re.error) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


# --- reading lines and sections ----------------------------------------------------


def split_lines(text: str) -> list[Line]:
    """Lines with their folded key and the section they sit in; one pass, linear.

    A key with no value ("Registrar:", "Creation Date:") opens a section, and the first
    free line under it carries that key too: Nominet, SWITCH and JISC put the value on
    the next line. "Record created on 2000-08-29" style lines get their words as key.
    """
    heads = labels()["registrant_headings"] + labels()["registrar_headings"]
    registrant_heads = labels()["registrant_headings"]
    lines: list[Line] = []
    section: str | None = None
    carry: str | None = None  # the key the next free line carries
    fresh = False  # the previous line opened a section
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if not stripped or len(stripped) > MAX_LINE_CHARS:
            continue
        if stripped[0] in "%#;>":
            # A comment that is a heading opens its block (.ua: "% Registrant:").
            heading = COMMENT_HEADING.match(stripped)
            if heading and fold_key(heading.group(1)) in heads:
                section, carry, fresh = fold_key(heading.group(1)), None, False
            continue
        indent = len(raw) - len(raw.lstrip())
        match = (
            FREE_KEY.match(raw)  # before KEY_VALUE: "Record created on 2000-08-29 10:22:50"
            or KEY_NOTE.match(raw)
            or RWHOIS.match(raw)
            or DOT_LEADER.match(raw)
            or KEY_VALUE.match(raw)
            or BRACKETED.match(raw)
            or SPACED.match(raw)
            or TABBED.match(raw)
        )
        if match and not match.group(3).startswith("//"):
            key, value = fold_key(match.group(2)), match.group(3)
            if not value:  # "Registrant:" opens a section
                if section in registrant_heads and not _opens_block(key, heads):
                    carry, fresh = key, True  # an empty field of the registrant's block
                    continue  # (HKIRC "Company Chinese name:") does not close it
                if key in labels()["registrant_empty_headings"]:
                    key = "registrant"  # .tk: "Organisation:" over the holder's lines
                section, carry, fresh = key, key, True
                continue
            if _opens_contact(key):  # "Domain Holder: Google Inc." + address lines (THNIC)
                section = key
            lines.append(Line(number, indent, key, value, stripped, section))
        elif fold_key(stripped) in heads:  # bare heading: "Holder", "Registrar"
            section = carry = fold_key(stripped)
            fresh = True
            continue
        else:
            lines.append(
                Line(number, indent, carry if fresh else None, stripped, stripped, section)
            )
        fresh = False
    return _own_block(lines)


def _opens_block(key: str, heads: tuple[str, ...]) -> bool:
    """An empty-valued key that heads a block of its own (another contact, the registrar,
    the name servers), not an empty field of the block it sits in."""
    words = key.split()
    return key in heads or bool(words) and (words[-1] in BLOCK_WORDS or words[0] in LEADING_BLOCK_WORDS)


def _opens_contact(key: str) -> bool:
    """A "Holder: name" / "Tech Contact: handle" line: the free lines after it are that
    contact's address, so it opens a section like a bare heading does."""
    return key in labels()["registrant_headings"] or key.endswith(" contact")


def _own_block(lines: list[Line]) -> list[Line]:
    """Old thin-registry answers list every host and name that contains the query
    ("Server Name: GOOGLE.COM.EVIL.NET" blocks before "Domain Name: GOOGLE.COM"); keep
    the domain's own block, from its "Domain Name" line to the next listed name."""
    if not any(ln.key == "server name" for ln in lines):
        return lines
    start = next((i for i, ln in enumerate(lines) if ln.key == "domain name"), None)
    if start is None:
        return lines
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].key in ("server name", "domain name")),
        len(lines),
    )
    # The dates and notices after the block still belong to it (no key repeats there).
    tail = [ln for ln in lines[end:] if ln.key not in labels()["registrar"]]
    return lines[start:end] + (tail if end == len(lines) else [])


def _paragraph(lines: list[Line], at: int) -> list[Line]:
    """The run of consecutive lines around index `at` (blank lines bound it)."""
    start = end = at
    while start > 0 and lines[start - 1].number == lines[start].number - 1:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].number == lines[end].number + 1:
        end += 1
    return lines[start : end + 1]


def _first(
    lines: list[Line], keys: tuple[str, ...], section: tuple[str, ...] | None = None
) -> Line | None:
    """The first line under the highest-priority key (keys are in priority order)."""
    for key in keys:
        for line in lines:
            if line.key == key and (section is None or line.section in section):
                return line
    return None


# --- classifying an answer -----------------------------------------------------------


UNDECODABLE = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")


def undecodable_share(text: str) -> float:
    return len(UNDECODABLE.findall(text)) / max(1, len(text))


def classify(text: str, lines: list[Line]) -> bool:
    """Raise UnusableAnswer when the text is no registration record at all. True when
    the answer was searched for a refusal and states none (so nobody searches again)."""
    if not text.strip():
        raise UnusableAnswer(EMPTY, "empty answer")
    share = undecodable_share(text)
    if share > MAX_UNDECODABLE:
        raise UnusableAnswer(
            GARBAGE, f"garbage answer: {share:.0%} undecodable or control characters"
        )
    if _looks_like_record(lines):
        return False
    refusal = _refusal(text)
    if refusal:
        kind, words = refusal
        raise UnusableAnswer(kind, f"{REFUSAL_WORDS[kind]}: {words!r}")
    return True


def _refusal(text: str) -> tuple[str, str] | None:
    """(kind, the words) of the first refusal the answer states: its own lines first,
    then its comments (some registries say "not found" only in a "%" line)."""
    # Underscores for spaces ("No_Se_Encontro_El_Objeto/Object_Not_Found") read as words.
    raw = [ln.strip().replace("_", " ") for ln in text.splitlines() if ln.strip()]
    body = [ln for ln in raw if ln[0] not in "%#"]
    comments = [ln.lstrip("%# ") for ln in raw if ln[0] in "%#"]
    patterns = answer_patterns()
    for part in (body, comments):
        heads = [line[:MAX_REFUSAL_CHARS] for line in part[:MAX_REFUSAL_LINES]]
        # A short line saying "Too many requests..." is the answer itself, not a
        # disclaimer: it wins over the "No entries found" a throttled server adds.
        for head in (h for h in heads if len(h) <= SHORT_LINE):
            match = next((m for p in patterns[RATE_LIMITED] if (m := p.search(head))), None)
            if match:
                return RATE_LIMITED, match.group(0).strip()
        for kinds in REFUSAL_PASSES:
            for head in heads:
                for kind in kinds:
                    match = next((m for p in patterns[kind] if (m := p.search(head))), None)
                    if match:
                        return kind, match.group(0).strip()
    return None


def _looks_like_record(lines: list[Line]) -> bool:
    """A creation or expiry date that parses, a registrar or a registrant's name: the
    answer holds data (a throttled answer may still show the holder, .br)."""
    known = labels()
    names = known["registrar"] + known["registrant_name"] + known["registrant_org"]
    for line in lines:
        if line.key in names and norm.registrar_name(line.value) and not HANDLE.match(line.value):
            return True
        if line.key in known["created"] + known["expires"] and norm.parse_date_text(line.value):
            return True
    return False


def domain_state(lines: list[Line]) -> str:
    """registered, or the special state its status lines name (redemption, suspended...)."""
    statuses = answer_patterns()["statuses"]
    values = [ln.value for ln in lines if ln.key in labels()["status"]]
    for state, pattern in statuses.items():
        if any(pattern.search(v) for v in values):
            return state
    return "registered"


def registrar_referral(text: str) -> tuple[str, int] | None:
    """(host, port) of the registrar's WHOIS server a thin answer names, or None.

    "Registrar WHOIS Server: whois.example.com", "ReferralServer: whois://host:4343",
    "refer: host". rwhois:// referrals speak another protocol and are not followed.
    """
    match = answer_patterns()["registrar_referral"].search(text[:MAX_PARSE_CHARS])
    if match is None:
        return None
    value = match.group(1).strip().rstrip("/")
    if (
        value.lower().startswith("rwhois://")
        or "://" in value
        and not value.lower().startswith("whois://")
    ):
        return None
    host, _, port = value.removeprefix("whois://").partition(":")
    if not re.fullmatch(r"[A-Za-z0-9.\-]{1,253}", host) or "." not in host:
        return None
    return host.lower().rstrip("."), int(port) if port.isdigit() and int(port) < 65536 else 43


def referral_server(text: str) -> str | None:
    """The `whois:` (or `refer:`) server named in an IANA whois answer."""
    match = answer_patterns()["referral"].search(text)
    return match.group(1).strip() if match else None


# --- fields --------------------------------------------------------------------------


def _date_field(lines: list[Line], *, created: bool) -> tuple[str | None, str | None]:
    """The domain's creation (earliest) or expiry (latest) date, with its raw line.

    Answers list contact and host objects' dates beside the domain's; the domain is the
    oldest object for `created`. A line whose key names the date's own day order
    ("Creation Date (dd/mm/yyyy)") is read in that order.
    """
    label = "created" if created else "expires"
    found = [(day, ln) for ln in lines if ln.key in labels()[label]
             if (day := norm.parse_date_text(ln.value, order=_order_hint(ln.key)))]  # fmt: skip
    found = [(day, ln) for day, ln in found if day.year >= 1985]
    if not found:
        return None, None
    own = {ln.number for ln in _domain_paragraph(lines)}
    if created and any(ln.number in own for _, ln in found):
        # RIPE-style answers date every contact object too (AFNIC, CZ.NIC): the
        # domain object's own "created" wins over an older contact's.
        found = [(day, ln) for day, ln in found if ln.number in own]
    day, line = (max if not created else min)(found, key=lambda pair: pair[0])
    return day.isoformat(), line.raw


def _domain_paragraph(lines: list[Line]) -> list[Line]:
    """The paragraph of the answer's "domain:" object, when the answer is paragraphed."""
    at = next((i for i, ln in enumerate(lines) if ln.key == "domain"), None)
    return _paragraph(lines, at) if at is not None else []


def _order_hint(key: str | None) -> str | None:
    """ "dmy" / "mdy" / "ymd" when the label itself says how the date is written."""
    folded = (key or "").replace(" ", "")
    for hint in ("ddmmyyyy", "mmddyyyy", "yyyymmdd"):
        if hint in folded:
            return {"ddmmyyyy": "dmy", "mmddyyyy": "mdy", "yyyymmdd": "ymd"}[hint]
    return None


def _registrar(lines: list[Line]) -> tuple[str | None, str | None]:
    heads = labels()["registrar_headings"]
    # A registrar section's organisation is its name; its "Name:" is often a handle.
    line = _first(lines, labels()["section_registrar_org"], heads)
    if line and norm.registrar_name(line.value):
        return norm.registrar_name(line.value), line.raw
    line = _first(lines, labels()["registrar"])
    if line and HANDLE.match(line.value):  # "registrar: FAJN-0002" -> its contact block
        named = _named_in_block(lines, line)
        if named:
            return norm.registrar_name(named.value), named.raw
    if line and norm.registrar_name(line.value):
        return norm.registrar_name(line.value), line.raw
    line = _first(lines, labels()["section_registrar_name"], heads)
    if line is None:
        line = next((ln for ln in lines if ln.key is None and ln.section in heads), None)
    return (norm.registrar_name(line.value), line.raw) if line else (None, None)


def _named_in_block(lines: list[Line], ref: Line) -> Line | None:
    """The name/organisation line of the paragraph, other than `ref`'s own, that repeats
    `ref`'s handle (.sk: "Registrar: FAJN-0002" then a block "Registrar: FAJN-0002 /
    Name: ...")."""
    keys = labels()["section_org"] + labels()["section_name"]
    # The block right after `ref` (.sk: "Registrar: ACTI-0024 / Name: ACTIVE 24, s.r.o."
    # in an answer with no blank lines, where the paragraph is the whole answer).
    named = _first(_block_after(lines, ref), keys)
    if named:
        return named
    for i, line in enumerate(lines):
        if line.value == ref.value and line.number != ref.number:
            named = _first(_paragraph(lines, i), keys)
            if named:
                return named
    return None


def _handle_block(lines: list[Line], handle: str) -> list[Line]:
    """The contact block that starts with `contact: <handle>` (RIPE-style answers)."""
    keys = labels()["handle_block_keys"]
    at = next((i for i, ln in enumerate(lines) if ln.key in keys and ln.value == handle), None)
    if at is None:
        return []
    start = end = at
    # The handle line may open or close its paragraph; blank lines bound it.
    while start > 0 and lines[start - 1].number == lines[start].number - 1:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].number == lines[end].number + 1:
        end += 1
    return lines[start : end + 1]


def _registrant_lines(lines: list[Line]) -> list[Line]:
    """Lines describing the registrant: its section, its handle's contact block, the
    holder inside the domain object, or the top-level fields of a flat answer."""
    section = [ln for ln in lines if ln.section in labels()["registrant_headings"]]
    if section:
        return section
    handle_line = _first(lines, labels()["registrant_handle"])
    if handle_line and HANDLE.match(handle_line.value):
        return _handle_block(lines, handle_line.value) or _block_after(lines, handle_line)
    return _domain_object(lines) or _flat_registrant(lines) or _sole_contact(lines)


def _sole_contact(lines: list[Line]) -> list[Line]:
    """The older TWNIC layout names one contact ("Contact:" over a name and an e-mail)
    and no registrant: the holder's. Beside other contact blocks it is nobody's in
    particular."""
    sections = {ln.section for ln in lines if ln.section}
    if sections & set(labels()["registrant_headings"]) or not sections & {"contact"}:
        return []
    contacts = {s for s in sections if s != "contact" and s.endswith("contact")}
    if contacts:
        return []
    return [ln for ln in lines if ln.section == "contact"]


def _block_after(lines: list[Line], opener: Line) -> list[Line]:
    """The fields right after a "Domain registrant: A24C-154952" line, up to the next
    contact's handle line or a blank line (.sk answers have none between blocks)."""
    at = lines.index(opener)
    block: list[Line] = []
    previous = opener.number
    for line in lines[at + 1 :]:
        if _is_contact_opener(line) or line.number != previous + 1:
            break  # the next contact, or a blank line, ends the block
        block.append(line)
        previous = line.number
    return block


def _is_contact_opener(line: Line) -> bool:
    """A "Technical Contact: ACTI-0024" / "Registrar: ACTI-0024" line: a role with a
    handle value, which starts that contact's block."""
    if line.key is None or not HANDLE.match(line.value):
        return False
    words = line.key.split()
    return bool(words) and words[-1] in {"registrant", "registrar", "contact", "holder"}


def _flat_registrant(lines: list[Line]) -> list[Line]:
    """A flat answer (.by "Org: Google LLC / Country: US", JPRS "[Organization]") names
    the registrant in top-level fields: used only when the answer has no contact blocks
    and no registrant-prefixed field at all."""
    named = labels()
    prefixed = {k for k in named["registrant_name"] + named["registrant_org"]
                + named["registrant_country"] if " " in k}  # fmt: skip
    if any(ln.key in prefixed for ln in lines):
        return []
    keys = set(named["section_org"] + named["section_name"] + named["section_country"]
               + named["section_email"])  # fmt: skip
    markers = set(named["other_contact"]) - {"person", "contact"}  # flat .ru: "person:"
    if any(ln.key in markers or (ln.key in keys and (ln.section or "").endswith("contact"))
           for ln in lines):  # fmt: skip
        return []  # the answer has contact blocks: its fields are theirs
    top = {None, *named["flat_sections"]}
    return [ln for ln in lines if ln.section in top and ln.key in keys]


def _domain_object(lines: list[Line]) -> list[Line]:
    """RIPE-style answers (.ie, .hr, .fi, .int) describe the holder inside the domain
    object itself ("domain: / descr: / organisation: / address:"): its paragraph, up to
    the first other contact."""
    at = next((i for i, ln in enumerate(lines) if ln.key in labels()["domain_object_holder"]), None)
    if at is None:
        return []
    block = _paragraph(lines, at)
    if not any(ln.key == "domain" for ln in block):  # not the domain object's paragraph
        return []
    stop = next(
        (i for i, ln in enumerate(block) if ln.key in labels()["other_contact"]), len(block)
    )
    return block[:stop]


def _pick(lines: list[Line], explicit: str, in_section: str, block: list[Line]) -> Line | None:
    """The explicit "Registrant Xxx" line, else the field inside the registrant's block;
    a handle ("registrant: G830057") is a reference, not a name."""
    for key in labels()[explicit]:
        generic = not any(w in key for w in _HOLDER_WORDS)  # "org", "organisation"
        for line in lines:
            if line.key != key or (explicit == "registrant_name" and HANDLE.match(line.value)):
                continue
            if generic and _other_contact_section(line.section):
                continue  # "Technical: / Organisation: ..." is the technician's
            return line
    return _first(block, labels()[in_section])


_HOLDER_WORDS = ("registrant", "holder", "owner")
_OTHER_CONTACTS = ("tech", "admin", "billing", "registrar", "zone", "abuse", "reseller")


def _other_contact_section(section: str | None) -> bool:
    """A section of another contact than the registrant (Technical, Admin, Registrar)."""
    if not section or section in labels()["registrant_headings"]:
        return False
    return any(w in section for w in _OTHER_CONTACTS)


def _registrant(lines: list[Line]) -> tuple[norm.Registrant, dict[str, str]]:
    block = _registrant_lines(lines)
    free = [ln for ln in block if ln.key is None]
    name = _pick(lines, "registrant_name", "section_name", block) or (free[0] if free else None)
    org = _pick(lines, "registrant_org", "section_org", block)
    email = _pick(lines, "registrant_email", "section_email", block)
    street = _pick(lines, "registrant_street", "section_street", block)
    country_line, country = _registrant_country(lines, block)
    evidence = {f"registrant_{k}": ln.raw for k, ln in (("name", name), ("org", org)) if ln}
    if country_line:
        evidence["registrant_country"] = country_line
    registrant = norm.Registrant(
        name=norm.clean_text(name.value) if name else None,
        org=norm.clean_text(org.value) if org else None,
        email=email.value if email else None,
        # Every line of the registrant's block: a proxy service may stand in any of them.
        street=" ".join(ln.value for ln in block) or (street.value if street else None),
        country=country,
        present=bool(block or name or org or country),
    )
    return registrant, evidence


def _registrant_country(lines: list[Line], block: list[Line]) -> tuple[str | None, str | None]:
    candidates = [ln for ln in lines if ln.key in labels()["registrant_country"]]
    candidates += [ln for ln in block if ln.key in labels()["section_country"]]
    for line in candidates:
        code = norm.country_code(line.value)
        if code:
            return line.raw, code
    # Free-text and "address:" blocks end with the country line, or a one-line address
    # with the country last ("1600 Amphitheatre Parkway, Mountain View, CA, US", IRNIC).
    for line in reversed(
        [ln for ln in block if ln.key is None or ln.key in labels()["section_street"]]
    ):
        code = norm.country_code(line.value)
        if code is None and line.key:  # "address: ..., CA, US": not free lines ("Boise, ID")
            code = norm.country_code(line.value.rsplit(",", 1)[-1])
        if code:
            return line.raw, code
    return None, None


def parse_whois(text: str, domain: str) -> Parsed:
    """A normalised record from a WHOIS answer; raises UnusableAnswer when there is none.

    Linear in the answer's size (one pass to split lines, then lookups over them), and
    bounded: only the first MAX_PARSE_CHARS are read.
    """
    extra = {"read_chars": MAX_PARSE_CHARS} if len(text) > MAX_PARSE_CHARS else {}
    text = text[:MAX_PARSE_CHARS]
    lines = split_lines(text)
    no_refusal = classify(text, lines)
    registrant, evidence = _registrant(lines)
    finding = norm.judge_privacy(registrant, domain.rsplit(".", 1)[-1], text)
    registration = build_registration(
        domain, "whois", _registrar(lines), _date_field(lines, created=True),
        _date_field(lines, created=False), finding, evidence,
    )  # fmt: skip
    state = domain_state(lines)
    parsed = Parsed(
        registration,
        domain_unicode=to_unicode(domain),
        abuse_email=_abuse_email(lines),
        abuse_phone=_abuse_phone(lines),
        nameservers=tuple(_nameservers(lines)),
        state=state,
        extra=extra,  # says when only the answer's head was read (the raw answer is kept)
    )
    if parsed.has_data:
        return parsed
    mentions_domain = domain in text.lower() or to_unicode(domain) in text.lower()
    # Name servers or a status for the domain asked about: the registry holds a record
    # even when it shows nothing else (.co.pl, .in.ua, .to); fields stay empty.
    statuses = any(ln.key in labels()["status"] for ln in lines)
    if mentions_domain and (parsed.nameservers or statuses or registration.expires):
        return parsed
    # A layout that looked like a record but states a refusal in its own words
    # ("query_status: 220 Available"): the state it names, not garbage.
    refusal = None if no_refusal else _refusal(text)
    if refusal:
        raise UnusableAnswer(refusal[0], f"{REFUSAL_WORDS[refusal[0]]}: {refusal[1]!r}")
    if state != "registered":
        raise UnusableAnswer(state, f"{state}: the answer names the state, no registration data")
    if finding.state in ("unknown", "disclosed") or not mentions_domain:
        raise UnusableAnswer(GARBAGE, "answer holds no registration fields (garbage or truncated)")
    return parsed


def _abuse_email(lines: list[Line]) -> str | None:
    line = next((ln for ln in lines if ln.key and "abuse" in ln.key and "@" in ln.value), None)
    return line.value if line else None


def _abuse_phone(lines: list[Line]) -> str | None:
    """The registrar's abuse phone ("Registrar Abuse Contact Phone: +1.4805240066")."""
    for line in lines:
        if line.key and "abuse" in line.key and "phone" in line.key:
            value = line.value.strip()
            if sum(c.isdigit() for c in value) >= 6:
                return value
    return None


def _nameservers(lines: list[Line]) -> list[str]:
    """Host names under a name-server key or heading ("nserver:", "Name Servers:")."""
    keys = labels()["nameserver"]
    found = set()
    for line in lines:
        if line.key in keys or (line.key is None and line.section in keys):
            host = line.value.split()[0].lower().rstrip(".") if line.value.split() else ""
            if "." in host and re.fullmatch(r"[a-z0-9.\-]+", host):
                found.add(host)
    return sorted(found)
