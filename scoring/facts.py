"""The facts scoring works on: plain frozen dataclasses, no I/O.

scoring/loader.py builds these from the store; scoring functions take
them and a Rules object and return a ScoreResult. Keeping the boundary this narrow is
what keeps scoring pure and testable on hand-written facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from registration.record import Registration as Registration  # scoring reads it as a fact


@dataclass(frozen=True)
class Phone:
    """A phone number seen on a page."""

    e164: str  # "+31851234567"; the raw text when it would not parse (valid=False)
    raw: str  # as written on the page
    kind: str  # toll_free | premium | mobile | voip | fixed_line | shared_cost | unknown
    country: str | None  # ISO 3166 alpha-2 of the number's region
    valid: bool = True
    # The role the number plays on the page: "offered" (the page's own contact: a tel:
    # link, "bel ons", a call-to-action, header/footer, JSON-LD telephone) or "quoted"
    # (named in running text about somebody else: a news article, a forum post, a
    # number directory). Only offered numbers count against the domain.
    role: str = "offered"
    sources: tuple[str, ...] = ()  # where it was seen: text, tel, jsonld, alt, url, script...


@dataclass(frozen=True)
class PageFacts:
    """What extraction found on one fetched page."""

    url: str
    final_url: str = ""
    title: str = ""
    language: str | None = None
    phones: tuple[Phone, ...] = ()
    brands: dict[str, int] = field(default_factory=dict)  # brand id -> mentions
    brands_in_title: tuple[str, ...] = ()
    helpdesk_terms: tuple[str, ...] = ()  # matched helpdesk wording ("storing", "support")
    warning_terms: tuple[str, ...] = ()  # warning/news wording ("oplichting", "scam")
    business_terms: tuple[str, ...] = ()  # established-business signs (KvK, address)
    remote_tools: tuple[str, ...] = ()  # teamviewer, anydesk, ultraviewer, ...
    # The tools the page hands out as a download link (the rest are named in its text).
    remote_tool_links: tuple[str, ...] = ()
    chat_widgets: tuple[str, ...] = ()  # tawk.to, livechat, ...
    scare_terms: tuple[str, ...] = ()  # scareware / browser-locker wording ("uw computer is geblokkeerd")
    locker_behaviours: tuple[str, ...] = ()  # fullscreen, beforeunload, alert_loop, autoplay_audio...
    voucher_payment: tuple[str, ...] = ()  # vouchers the page asks payment in ("paysafecard")
    refund_lure: tuple[str, ...] = ()  # charges the page tells its visitor of ("289,00 eur (prélevé)")
    # What kind of page this is, as markup and wording show it: article_markup,
    # news_jsonld, forum_markup, comment_thread, number_directory, byline...
    page_signals: tuple[str, ...] = ()
    fingerprint: str | None = None  # template simhash, hex
    body_sha256: str = ""
    fetched_at: str = ""


@dataclass(frozen=True)
class TemplateMatch:
    """Another domain whose page skeleton is close to this one's."""

    domain: str
    distance: int  # Hamming distance of the fingerprints
    status: str  # that domain's state: flagged | approved | offline | ...
    # What the two sites' content has in common besides the layout: numbers both offer,
    # helpdesk wording both use. A common CMS theme alone is no clone.
    shared_numbers: tuple[str, ...] = ()
    shared_terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class DomainFacts:
    """Everything known about one registered domain at scoring time."""

    domain: str
    domain_unicode: str = ""
    hosts: tuple[str, ...] = ()  # full hostnames seen (for brand-as-subdomain)
    pages: tuple[PageFacts, ...] = ()
    registration: Registration | None = None
    detected_at: str = ""  # ISO date of first sighting
    # e164 -> other suspicious domains showing the same number
    phone_shared_with: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # e164 -> warning and news sites that quote the number as a scam number
    phone_warned_by: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # e164 -> forums, articles and number directories that quote the number without a warning
    phone_discussed_by: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # e164 -> where the number is listed as fraud (police report, ACM decision, ...)
    known_fraud_numbers: dict[str, str] = field(default_factory=dict)
    template_matches: tuple[TemplateMatch, ...] = ()
    allow_listed: bool = False
    # The free hosting/app platform the site lives on ("netlify.app"), "" for none.
    hosting_platform: str = ""


@dataclass(frozen=True)
class Reason:
    """One scored indicator, in words a prosecutor can read."""

    indicator: str  # e.g. "brand_lookalike_domain"
    family: str  # domain | impersonation | phone | registration | tooling | template | counter
    points: float
    evidence: str  # the number, the brand, the WHOIS line...
    explanation: str = ""


@dataclass(frozen=True)
class ScoreResult:
    domain: str
    total: float
    band: str  # high | medium | low | none
    flagged: bool
    reasons: tuple[Reason, ...] = ()
    # Facts that were missing (no registration data, no phone number...): they lower
    # confidence in the score, they never stop it.
    gaps: tuple[str, ...] = ()

    @property
    def families(self) -> frozenset[str]:
        return frozenset(r.family for r in self.reasons if r.points > 0)
