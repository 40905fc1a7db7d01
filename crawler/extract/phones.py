"""Phone numbers in page text, including the obfuscated forms fake helpdesks use.

Four steps per line of text:
1. normalise: fullwidth and other Unicode digits to ASCII, odd dashes and braces to
   plain punctuation, invisible characters out, URL-encoded spaces and signs
   ("%201-866-...") decoded (keeping a map back to the original text, so `raw` is
   what the page really showed);
2. mask what only looks like a number: dates, opening hours, IBANs, KvK and VAT
   numbers, postcodes, prices, versions, IP addresses, long IDs (counted as rejected);
3. undo spam decorations, one character for one: "1⊹844⊹444⊹4609", "0_85_123_4567",
   "((1+844_444_4609))", "1-8OO-555-0199" read as their digit groups
   ([phone_obfuscation]);
4. a number with a country word beside it ("0-800-048-8477 UK", "USA: 1-888-...",
   [phone_hints]) is read in that country first; then phonenumbers'
   PhoneNumberMatcher (leniency VALID), then a looser pass of our own for
   phone-shaped runs it skipped; a number labelled as an order or customer number is
   rejected, a phone-shaped run that will not parse is kept with valid=False (never
   dropped, never counted as a phone).

Every place a number was seen is kept as an Occurrence (which text chunk, where in
it), so the caller can decide per occurrence what role the number plays there.

Bounded: only lines with seven or more digits are scanned, each distinct line once,
long lines in windows, at most MAX_WINDOWS windows and MAX_SCAN_CHARS per page
(`PhoneScan.capped` says when a page hit the cap). Fallback regions are only tried
on the phone-shaped runs the matcher left, which keeps the matcher to one run.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberType

from core.domains import registered_domain
from core.phones import e164 as to_e164_form
from crawler.extract.vocabulary import load_vocabulary
from scoring.facts import Phone

MAX_SCAN_CHARS = 300_000
MAX_WINDOWS = 100  # distinct digit-bearing windows per page; the matcher costs ~1 ms each
MAX_TRIES = 50  # phonenumbers candidates per window
MAX_LOOSE = 400  # phone-shaped runs parsed by hand per page (a page of "0 0 0 ...")
WINDOW = 1000
OVERLAP = 60
LABEL_WINDOW = 40  # characters before a number searched for its label
MASK = "Q"  # a Latin letter: phonenumbers refuses a number glued to a letter
# A number with fewer national digits (short codes, Luxembourg's and Austria's old
# four- and five-digit lines) is no helpdesk's contact; in text it is a year or a count.
MIN_NATIONAL_DIGITS = 6
MAX_OCCURRENCES = 500  # places numbers were seen, per page (a page repeating one line)

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u30fc"
# Zero-width characters, soft hyphen, and the emoji parts of keycap digits ("0\ufe0f\u20e3")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\ufe0e\ufe0f\u20e3"
_TRANSLATE = {ord(c): "-" for c in _DASHES} | {ord(c): "" for c in _INVISIBLE}
_TRANSLATE |= {ord("{"): "(", ord("}"): ")", ord("\u00b7"): ".", ord("\u2022"): " "}

_HOUR = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
# Month names and their usual abbreviations: English, Dutch, German, French, Finnish.
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|januari|februari|maart|mei|juni|juli|augustus|oktober"
    "|januar|jänner|februar|märz|mai|oktober|dezember|okt|dez|mrt"
    "|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre"
    "|novembre|décembre|decembre|janv|févr|avr|juil|déc"
    "|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta"
    "|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta"
)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# Things that are not phone numbers but contain enough digits to be read as one.
# Each is bounded (no nested repetition), so hostile text cannot make it backtrack.
_MASKS = [
    # IBAN: NL91 ABNA 0417 1643 00, and the numeric-bank-code countries next door
    r"\b[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d{4}){2}(?: ?\d{1,4})?\b",
    r"\b(?:BE|DE|FR|LU|AT|CH|ES|IT)\d{2}(?: ?[0-9A-Z]{4}){3,6}(?: ?[0-9A-Z]{1,4})?\b",
    # dates: 12-05-2023, 01/05/23, 2023-05-12 (not a dash-separated phone 06-12-34-56-78)
    r"(?<![\d./-])\d{1,2}([-/.])\d{1,2}\1(?:19|20)?\d{2}(?!\d|[-/.]\d)",
    r"(?<![\d./-])(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d|[-/.]\d)",
    # a range of years: 2019-2026, saison 2025/2026, 2025 · 2026 (not with a space alone)
    r"(?<![\d.-])(?:19|20)\d{2} ?[-/.] ?(?:19|20)\d{2}(?![\d.-]\d)",
    # opening hours: 09.00-17.00, 9:00 tot 17:30 uur, 08.30 uur
    rf"(?<![\d.]){_HOUR} ?(?:uur|u|h|am|pm)? ?(?:-|tot|t/m|to|until) ?{_HOUR}(?!\d)",
    rf"(?<![\d.]){_HOUR} ?(?:uur|u\b|h\b|am\b|pm\b)",
    # KvK (8 digits after the label), VAT ids
    r"(?i)\b(?:kvk|kamer van koophandel|coc)(?:[- ]?(?:nummer|nr\.?|number|no\.?))?"
    r"[ :.#-]{0,3}\d(?:[ .]?\d){7}(?!\d)",
    r"\b[A-Z]{2} ?\d{9} ?B ?\d{2}\b",
    r"\b(?:BE|DE) ?0?\d{9}\b",
    # a VAT label, the country code, the digits: "VAT IE 9712384K", "VAT No. IE 6388047V"
    r"\b(?i:vat|btw|tva|ust|mwst|iva|alv)(?i:[- ]?(?:idnr|id|reg|nr|no|number|nummer)\.?)?"
    r"[ :.#-]{0,3}[A-Z]{2} ?\d[\d .]{5,12}[A-Z]{0,2}\b",
    r"\bIE ?\d{7}[A-W][A-IW]?\b",  # an Irish VAT number (seven digits, one or two letters)
    # Dutch postcode: 1234 AB (not "... 8477 UK": a country word after a number)
    r"\b[1-9]\d{3} ?(?!HINTS)[A-Z]{2}\b",
    # prices: EUR 1.299,00, 49,95 euro, $ 199
    r"(?:€|\bEUR|\$|£|\bUSD) ?\d[\d.,]{0,15}",
    r"\b\d[\d.,]{0,15} ?(?:€|euro\b|EUR\b)",
    # versions and IP addresses: versie 10.0.19045, v2.3.1, 192.168.1.100
    r"(?i)\b(?:versie|version|ver\.?|build|v)\s?\d{1,6}(?:\.\d{1,6}){1,4}",
    rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\d.]\d)",
    # numbered IDs: #1234567, and digit runs too long for any phone number
    r"#\s?\d{3,}",
    r"\d{16,}",
]


# Dates with a month name: 25 février 2026, 24. Februar 2026, 3 March 2025, Feb. 24,
# 2026, 25. helmikuuta 2026 (a post's date line is no number). Only tried on text that
# holds a month's first letters (a substring test is far cheaper than the patterns).
_MONTH_DATES = [
    rf"(?i)\b\d{{1,2}}\.? ?(?:{_MONTHS})\.?,? (?:19|20)\d{{2}}\b",
    rf"(?i)\b(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d{{2}}\b",
]
_MONTH_STEMS = ("jan", "feb", "fév", "fev", "mar", "mär", "mrt", "apr", "avr", "may", "mai",
                "mei", "jun", "juin", "jul", "juil", "aug", "aoû", "aou", "sep", "oct", "okt",
                "nov", "dec", "déc", "dez", "kuuta")  # fmt: skip


@functools.cache
def _month_date_res() -> list[re.Pattern[str]]:
    return [re.compile(m) for m in _MONTH_DATES]


@functools.cache
def _mask_res() -> list[re.Pattern[str]]:
    """The masks, compiled in turn (two use backreferences); HINTS are the two-letter
    country words of [phone_hints], which a postcode mask must leave to the number."""
    codes = sorted(w for w in load_vocabulary()["phone_hints"]["words"] if len(w) == 2)
    hints = "(?:" + "|".join(codes) + r")\b"
    return [re.compile(m.replace("HINTS", hints)) for m in _MASKS]


_DIGITS_RE = re.compile(r"\d")
_PHONEISH_LINE = re.compile(r"\d(?:\D{0,4}\d){6}")
# A phone-shaped run: + / 00 / 0 then 7..14 more digits with short separators.
_CANDIDATE_RE = re.compile(r"(?<![\w+])(?:\+|\(?0)(?:[ \-./()\[\]]{0,3}\d){7,14}(?!\d)")
# North American shape, "(888) 555-0123" / "1-888-555-0123": distinctive enough to
# read as a US/Canada number on any page (a Dutch number never starts 2-9 nationally).
_NANP_SEP = r"(?: ?[.-] ?| )"  # "1-888", "1 - 888 - 555", "1.888.555"
_NANP_RE = re.compile(
    rf"(?<![\w+(])(?:1{_NANP_SEP}?)?(?:\([2-9]\d{{2}}\)|[2-9]\d{{2}}){_NANP_SEP}\d{{3}}{_NANP_SEP}\d{{4}}(?!\d)"
)
# Letter O for zero inside digit groups, as spam writes "1-8OO-555-0199".
# Letters written for digits: O for 0, l and I for 1 ("O27 458 l2 39", "l-844-59O-7261").
_LETTER_DIGITS_RE = re.compile(r"(?<![A-Za-z\d])[\dOlI]{1,4}(?:[ .-][\dOlI]{1,4}){2,5}(?![A-Za-z\d])")
_LOOKALIKE = str.maketrans("OlI", "011")
_LETTER_TOUCHES_DIGIT = re.compile(r"\d[OlI]|[OlI]\d")
_GROUP_SPLIT_RE = re.compile(r"([ .-])")
_TRUNK_RE = re.compile(r"\(0\)")
# URL-encoded characters that turn up in numbers copied from links: space + ( ) - .
_PERCENT_RE = re.compile(r"%(20|2[bB]|28|29|2[dD]|2[eE])")
_PERCENT = {"20": " ", "2b": "+", "28": "(", "29": ")", "2d": "-", "2e": "."}
# Doubled brackets and plus signs, and a plus between digits ("1+844"): spam shapes.
_DOUBLED_RE = re.compile(r"\({2,}|\){2,}|\+{2,}|(?<=\d)\+(?=\d)")
# A run of digit groups after a country word with a colon or dash, or before one.
_HINT_NUMBER = r"(?<![\w+])(?P<num>\+?\d(?:[ \-./()]{0,3}\d){6,14})(?!\d)"

_KINDS = {
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line",
    PhoneNumberType.SHARED_COST: "shared_cost",
    # Non-geographic numbers phonenumbers names apart: a UAN is a company's one number
    # for the whole country (Belgian 078, Finnish 010, Dutch 088), a service line.
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.VOICEMAIL: "voicemail",
}


@dataclass(frozen=True)
class Occurrence:
    """One place a number was seen: chunk `chunk` of the scanned texts, [start, end)."""

    e164: str  # the Phone's e164 (its raw text when it would not parse)
    chunk: int
    start: int
    end: int


@dataclass
class PhoneScan:
    """Everything found in one page's text."""

    phones: list[Phone] = field(default_factory=list)  # valid, one per E.164
    invalid: list[Phone] = field(default_factory=list)  # phone-shaped, would not parse
    rejected: int = 0  # candidates rejected as dates, IDs, IBANs, prices, ...
    capped: bool = False  # the page had more digit-bearing text than we scan
    loose_tried: int = 0
    occurrences: list[Occurrence] = field(default_factory=list)


# One number found in one window: (e164, start, end) in the chunk's own text.
_Hit = tuple[str, int, int]


@dataclass(frozen=True)
class _Rules:
    label_re: re.Pattern[str]
    id_labels: frozenset[str]
    voip_prefixes: tuple[str, ...]
    hints: dict[str, str]  # country word -> region
    hint_words_re: re.Pattern[str]
    hint_after_re: re.Pattern[str]
    hint_before_re: re.Pattern[str]
    decor_re: re.Pattern[str]
    letter_re: re.Pattern[str]


@functools.cache
def _rules() -> _Rules:
    vocab = load_vocabulary()
    rejects = vocab["phone_rejects"]
    labels = sorted({*rejects["id_labels"], *rejects["phone_labels"]}, key=len, reverse=True)
    pattern = "|".join(re.escape(label) for label in labels)
    hints = dict(vocab["phone_hints"]["words"])
    words = "|".join(re.escape(w) for w in sorted(hints, key=len, reverse=True))
    # Country codes in capitals also count before a number without a colon ("| UK
    # 0-800-158-3372"), as spam lists write them.
    caps = "|".join(re.escape(w) for w in sorted(hints, key=len, reverse=True)
                    if w.isupper() and len(w) <= 3)  # fmt: skip
    decor = "".join(re.escape(c) for c in vocab["phone_obfuscation"]["decorations"])
    letters = "".join(re.escape(c) for c in vocab["phone_obfuscation"]["letter_separators"])
    return _Rules(
        label_re=re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE),
        id_labels=frozenset(label.lower() for label in rejects["id_labels"]),
        voip_prefixes=tuple(vocab["phone_kinds"]["nl_voip_prefixes"]),
        hints=hints,
        hint_words_re=re.compile(rf"(?<!\w)(?:{words})(?!\w)"),
        hint_after_re=re.compile(
            rf"{_HINT_NUMBER}\)?[ \t]{{0,3}}[(\-,]?[ \t]{{0,2}}(?P<word>{words})(?!\w)"
        ),
        hint_before_re=re.compile(
            rf"(?<!\w)(?P<word>{words})[ \t]{{0,2}}[:\-][ \t]{{0,3}}{_HINT_NUMBER}"
            rf"|(?<![\w])(?P<code>{caps})[ \t]{{1,2}}{_HINT_NUMBER.replace('num', 'num2')}"
        ),
        decor_re=re.compile(rf"(?<=[\d)])[{decor}]{{1,3}}(?=[\d(])"),
        letter_re=re.compile(rf"\d{{1,4}}(?:[{letters}]\d{{1,4}}){{2,}}"),
    )


def find_phones(text_chunks: Iterable[str], *, region_hint: str = "NL") -> list[Phone]:
    """Valid numbers first, then the phone-shaped runs that would not parse."""
    scan = scan_phones(text_chunks, region_hint=region_hint)
    return scan.phones + scan.invalid


def scan_phones(
    text_chunks: Iterable[str], *, region_hint: str = "NL", fallback_regions: Iterable[str] = ()
) -> PhoneScan:
    """Scan lines of text; `fallback_regions` are tried for runs the hint cannot parse.

    Each distinct chunk is scanned once; a repeated chunk only adds occurrences.
    """
    scan = PhoneScan()
    seen: set[str] = set()
    regions = [region_hint, *[r for r in fallback_regions if r != region_hint]]
    found_in: dict[str, list[_Hit]] = {}
    budget, windows = MAX_SCAN_CHARS, 0
    for index, chunk in enumerate(text_chunks):
        hits = found_in.get(chunk)
        if hits is None:
            if not _phoneish(chunk):
                continue
            if budget <= 0:
                break
            budget -= len(chunk)
            hits = []
            for offset, window in _windows(chunk[: budget + len(chunk)]):
                if not _phoneish(window):
                    continue
                if windows >= MAX_WINDOWS:
                    scan.capped = True
                    _note(scan, index, hits)
                    return scan
                windows += 1
                _scan_window(window, offset, regions, scan, seen, hits)
            found_in[chunk] = hits
        _note(scan, index, hits)
    return scan


def _phoneish(text: str) -> bool:
    """Enough digits for a phone; circled and other compatibility digits count too."""
    if _PHONEISH_LINE.search(text):
        return True
    if not text.isascii() and _PHONEISH_LINE.search(unicodedata.normalize("NFKC", text)):
        return True
    # Letters for digits ("O8OO l82O 44l7"): only where such a letter touches a digit.
    return bool(_LETTER_TOUCHES_DIGIT.search(text)) and bool(
        _PHONEISH_LINE.search(_LETTER_DIGITS_RE.sub(_letter_digits, text))
    )


def _note(scan: PhoneScan, index: int, hits: list[_Hit]) -> None:
    """Occurrences of one chunk's numbers, within the page's budget."""
    room = MAX_OCCURRENCES - len(scan.occurrences)
    scan.occurrences.extend(Occurrence(e164, index, a, b) for e164, a, b in hits[:room])


def _windows(chunk: str) -> Iterable[tuple[int, str]]:
    """(offset, text) windows of a chunk; long chunks overlap so no number is cut."""
    if len(chunk) <= WINDOW:
        yield 0, chunk
        return
    for start in range(0, len(chunk), WINDOW - OVERLAP):
        yield start, chunk[start : start + WINDOW]


def normalise(text: str) -> tuple[str, list[int]]:
    """ASCII digits and plain punctuation, plus each output character's source index."""
    if text.isascii() and "%" not in text:  # fast path: only braces change, one for one
        return text.translate(_TRANSLATE), list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    skip_to = 0
    for position, char in enumerate(text):
        if position < skip_to:
            continue
        if char == "%" and (found := _PERCENT_RE.match(text, position)):
            out.append(_PERCENT[found.group(1).lower()])
            index.append(position)
            skip_to = found.end()
            continue
        if not char.isascii():
            digit = unicodedata.decimal(char, None)
            if digit is not None:
                char = str(digit)
            else:
                char = unicodedata.normalize("NFKC", char).translate(_TRANSLATE)
        out.append(char)
        index.extend([position] * len(char))
    return "".join(out), index


def mask(text: str) -> tuple[str, int]:
    """Overwrite non-phone numbers with letters; returns the text and how many had
    enough digits to have been mistaken for a phone."""
    rejected = 0

    def cover(match: re.Match[str]) -> str:
        nonlocal rejected
        if len(_DIGITS_RE.findall(match.group())) >= 6:
            rejected += 1
        return MASK * len(match.group())

    patterns = _mask_res()
    lowered = text.lower()
    if any(stem in lowered for stem in _MONTH_STEMS):
        patterns = [*_month_date_res(), *patterns]
    for pattern in patterns:
        text = pattern.sub(cover, text)
    return text, rejected


def deobfuscate(text: str) -> str:
    """Spam decorations between digits read as spaces; same length, so spans hold."""
    rules = _rules()
    if not text.isascii() or any(c in text for c in "^_:*~|+()"):
        text = rules.decor_re.sub(lambda m: " " * len(m.group()), text)
        text = _DOUBLED_RE.sub(_undouble, text)
    if "x" in text or "X" in text:
        text = rules.letter_re.sub(lambda m: re.sub(r"\D", " ", m.group()), text)
    if "O" in text or "l" in text or "I" in text:
        text = _LETTER_DIGITS_RE.sub(_letter_digits, text)
    return text


def _letter_digits(match: re.Match[str]) -> str:
    """O as 0 and l, I as 1, only in a run of groups that holds five real digits or more,
    and only inside a group that holds a digit too ("l2", "59O"), or a group of O's, or
    a lone l opening the run ("l-844-..."): a lone I is a word ("Call me, I 020 ...")."""
    run = match.group()
    if run.isdigit() or len(_DIGITS_RE.findall(run)) < 5:
        return run
    parts = _GROUP_SPLIT_RE.split(run)
    for i, part in enumerate(parts):
        if part and part not in " .-" and not part.isdigit():
            digit_inside = any(c.isdigit() for c in part)
            if digit_inside or set(part) == {"O"} or (i == 0 and part == "l"):
                parts[i] = part.translate(_LOOKALIKE)
    return "".join(parts)


def _undouble(match: re.Match[str]) -> str:
    run = match.group()
    if run == "+":  # a plus between digits: "1+844"
        return " "
    if run[0] == ")":
        return ")" + " " * (len(run) - 1)
    return " " * (len(run) - 1) + run[0]


def _scan_window(
    original: str,
    offset: int,
    regions: list[str],
    scan: PhoneScan,
    seen: set[str],
    hits: list[_Hit],
) -> None:
    """One window's numbers into the page's scan. A window is read once a process
    (pages of one site repeat their header and footer): the cached reading is used when
    its hand-parsed runs fit the page's remaining MAX_LOOSE budget, else the window is
    read again within what is left, exactly as an uncached scan would."""
    room = MAX_LOOSE - scan.loose_tried
    result = _read_window(original, tuple(regions))
    if result.loose_tried > room:
        result = _window_events(original, tuple(regions), room)
    scan.rejected += result.rejected
    scan.loose_tried += result.loose_tried
    scan.capped = scan.capped or result.capped
    for phone, start, end in result.events:
        if phone.valid:
            _add(scan, seen, phone)
        elif phone.raw not in seen:
            seen.add(phone.raw)
            scan.invalid.append(phone)
        hit = (phone.e164, offset + start, offset + end)
        if hit not in hits:  # overlapping windows see the same number twice
            hits.append(hit)


@dataclass(frozen=True)
class _Window:
    """What one window holds: (phone, start, end) in reading order, valid or not."""

    events: tuple[tuple[Phone, int, int], ...]
    rejected: int
    loose_tried: int
    capped: bool


@functools.lru_cache(maxsize=4096)
def _read_window(original: str, regions: tuple[str, ...]) -> _Window:
    return _window_events(original, regions, MAX_LOOSE)


def forget_windows() -> None:
    """Drop the windows read so far (a benchmark round must not reuse an earlier one's)."""
    _read_window.cache_clear()


def _window_events(original: str, regions: tuple[str, ...], loose_room: int) -> _Window:
    text, index = normalise(original)
    masked, rejected = mask(text)
    masked = deobfuscate(masked)
    found = _Found(original, index, rejected=rejected, loose_room=loose_room)
    covered: list[tuple[int, int]] = []
    _hinted_pass(masked, covered, found)
    try:
        matches = list(
            phonenumbers.PhoneNumberMatcher(
                masked, regions[0], leniency=phonenumbers.Leniency.VALID, max_tries=MAX_TRIES
            )
        )
    except (ValueError, IndexError):  # phonenumbers on pathological input
        matches = []
    for match in matches:
        span = (match.start, match.end)
        if _overlaps(span, covered):
            continue
        covered.append(span)
        if _id_labelled(masked, match.start):
            found.rejected += 1
            continue
        found.valid(match.number, span)
    _loose_pass(masked, list(regions), covered, found)
    return _Window(tuple(found.events), found.rejected, found.loose_tried, found.capped)


@dataclass
class _Found:
    """One window's numbers as it is read: each valid or invalid number with its place
    in the window's own text, and what was rejected or tried by hand."""

    original: str
    index: list[int]
    rejected: int = 0
    loose_room: int = MAX_LOOSE
    loose_tried: int = 0
    capped: bool = False
    events: list[tuple[Phone, int, int]] = field(default_factory=list)

    def _where(self, span: tuple[int, int]) -> tuple[str, int, int]:
        start, end = self.index[span[0]], self.index[span[1] - 1] + 1
        return self.original[start:end].strip(), start, end

    def valid(self, number: phonenumbers.PhoneNumber, span: tuple[int, int]) -> None:
        if len(str(number.national_number)) < MIN_NATIONAL_DIGITS:
            self.rejected += 1  # "2026" is a valid Luxembourg number, and a year
            return
        raw, start, end = self._where(span)
        self.events.append((_phone(number, raw), start, end))

    def invalid(self, span: tuple[int, int]) -> None:
        raw, start, end = self._where(span)
        phone = Phone(e164=raw, raw=raw, kind="unknown", country=None, valid=False)
        self.events.append((phone, start, end))


def _hinted_pass(masked: str, covered: list[tuple[int, int]], found: _Found) -> None:
    """Numbers with a country word beside them, read in that country when valid there."""
    rules = _rules()
    if not rules.hint_words_re.search(masked):
        return
    for pattern in (rules.hint_after_re, rules.hint_before_re):
        for match in pattern.finditer(masked):
            group = "num" if match.group("num") else "num2"
            word = match.group("word") if group == "num" else match.group("code")
            span = match.span(group)
            if _overlaps(span, covered):
                continue
            number = _parse_any(match.group(group), [rules.hints[word]])
            if number is not None:
                covered.append(span)
                found.valid(number, span)


def _loose_pass(
    masked: str, regions: list[str], covered: list[tuple[int, int]], found: _Found
) -> None:
    """Phone-shaped runs the matcher skipped: parse them ourselves, else keep invalid."""
    for run in _NANP_RE.finditer(masked):
        span = run.span()
        number = _parse_any(run.group(), ["US"])
        if number is not None and not _overlaps(span, covered):
            covered.append(span)
            found.valid(number, span)
    for run in _CANDIDATE_RE.finditer(masked):
        span = run.span()
        if _overlaps(span, covered):
            continue
        found.loose_tried += 1
        if found.loose_tried > found.loose_room:
            found.capped = True
            return
        if _id_labelled(masked, span[0]):
            found.rejected += 1
            continue
        number = _parse_any(run.group(), regions)
        if number is not None:
            found.valid(number, span)
        else:
            found.invalid(span)


def _parse_any(text: str, regions: list[str]) -> phonenumbers.PhoneNumber | None:
    cleaned = _TRUNK_RE.sub("", text)
    digits = ("+" if cleaned.lstrip("( ").startswith("+") else "") + re.sub(r"\D", "", cleaned)
    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


def _overlaps(span: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in covered)


def _id_labelled(text: str, start: int) -> bool:
    """True when the nearest label before a number makes it an ID (order number...)."""
    window = text[max(0, start - LABEL_WINDOW) : start]
    last = None
    for found in _rules().label_re.finditer(window):
        last = found
    if last is None or last.group().lower() not in _rules().id_labels:
        return False
    gap = window[last.end() :]
    return len(gap) <= 20 and not _DIGITS_RE.search(gap)


def _add(scan: PhoneScan, seen: set[str], phone: Phone) -> None:
    if phone.e164 not in seen:
        seen.add(phone.e164)
        scan.phones.append(phone)


def _phone(number: phonenumbers.PhoneNumber, raw: str) -> Phone:
    e164 = to_e164_form(number)
    region = phonenumbers.region_code_for_number(number)
    return Phone(
        e164=e164,
        raw=raw,
        kind=phone_kind(number, e164),
        country=region if region and region.isalpha() else None,
        valid=True,
    )


def phone_kind(number: phonenumbers.PhoneNumber, e164: str) -> str:
    """phonenumbers' type, with the Dutch VoIP/corporate/M2M ranges called voip."""
    if e164.startswith(_rules().voip_prefixes):
        return "voip"
    return _KINDS.get(phonenumbers.number_type(number), "unknown")


def region_hint(url: str, language: str | None = None, title: str = "") -> tuple[str, list[str]]:
    """(region, fallback regions) for numbers written without a country code.

    The TLD's country comes first, then the language's, then the default (NL): a
    Dutch-language scam on a .in domain still writes Dutch numbers nationally.
    """
    table = load_vocabulary()["phone_regions"]
    ordered: list[str] = []
    name = registered_domain(url)
    if name is not None:
        suffix = name.suffix.lower()
        for key in (suffix, suffix.rsplit(".", 1)[-1]):
            if key in table["tld"]:
                ordered.append(table["tld"][key])
                break
        else:
            country = _country_of_tld(suffix.rsplit(".", 1)[-1], table)
            if country:
                ordered.append(country)
    if language and language in table["language"]:
        ordered.append(table["language"][language])
    ordered.append(table.get("default", "NL"))
    ordered.extend(table.get("fallback", {}).get(language or "", []))
    ordered.extend(_named_countries(name.domain if name is not None else "", title, table))
    unique = list(dict.fromkeys(ordered))
    return unique[0], unique[1:]


def _country_of_tld(tld: str, table: dict) -> str | None:
    """The region a two-letter country-code domain names, unless it is sold as generic."""
    if len(tld) != 2 or not tld.isalpha() or tld in table.get("generic_cctlds", ()):
        return None
    region = "GB" if tld == "uk" else tld.upper()
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


def _named_countries(domain: str, title: str, table: dict) -> list[str]:
    """Countries the site names itself after: words of its title ("PC Rescue
    Australia"), tokens of its domain's first label ("pcrescue-au")."""
    found = []
    label = domain.split(".", 1)[0].lower()
    for token in re.split(r"[-_0-9]+", label)[1:]:  # never the name's first word
        if token in table.get("host_tokens", {}):
            found.append(table["host_tokens"][token])
    words = table.get("country_words", {})
    if title and words:
        found += [words[m.group()] for m in _country_words_re().finditer(title.lower())]
    return found


@functools.cache
def _country_words_re() -> re.Pattern[str]:
    words = load_vocabulary()["phone_regions"].get("country_words", {})
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
