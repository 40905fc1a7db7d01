"""The held-out web's site list: every site as a spec (host, template, label, numbers).

Scam numbers are named once (a campaign's number is reused across its sites, and the
news, forums, directories and warning pages quote them), genuine brand numbers come
from genuine.toml. Registration profiles are relative to the evaluation day.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import replace
from pathlib import Path

from crawler.domains import to_ascii
from crawler.errors import ConfigError
from crawler.sandbox.heldout.registration import Reg
from crawler.sandbox.heldout.spec import Spec

GENUINE = Path(__file__).with_name("genuine.toml")


@functools.cache
def genuine() -> dict[str, str]:
    try:
        data = tomllib.loads(GENUINE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{GENUINE}: {exc}") from exc
    out = {}
    for entry in data.get("number", []):
        if not {"key", "brand", "country", "e164", "source"} <= entry.keys():
            raise ConfigError(f"{GENUINE}: an entry lacks key/brand/country/e164/source")
        out[entry["key"]] = entry["e164"]
    return out


# Scam numbers, by campaign.
A1, A2 = "+31852081144", "+31858885170"  # Microsoft helpdesk NL (Astra family)
B1 = "+31208083519"  # Apple support NL (Divi)
C1, C2 = "+31858889015", "+31880940213"  # unbranded NL computer help
UK1, UK2, UK3 = "+442038076412", "+443300581247", "+442071839024"
D1, D2, D3, D4 = "+498007234561", "+493022405817", "+498008841237", "+498004518332"
E1, E2, E3, E4 = "+18559412783", "+18883104427", "+18662180934", "+18447150382"
E5, E6, E7 = "+18886453219", "+18772560194", "+18554109326"
K1, K2, K3 = "+18773205591", "+18882196430", "+18558430219"
GB_FREE, AU_FREE = "+448003689412", "+611800953217"
F1, F2, F3, F4 = "+3278483920", "+3225881744", "+33975184420", "+33805084417"
G1, G2 = "+41445051288", "+41215880934"
H1, H2 = "+358942415067", "+358108241167"
J1, J2 = "+815031864422", "+81120948153"
L1 = "+31852083377"
NL_HP, NL_MC, NL_URL, NL_DIR = "+31853037420", "+31852084471", "+31852089930", "+31852089931"
DE_DRUCKER, DE_SHOP, DE_CANON, DE_HP = (
    "+498001324577",
    "+496917538422",
    "+498005892214",
    "+498005287114",
)

DAY = 1
YEAR = 365


def proxy(registrar: str, age: int, service: str, **kw: object) -> Reg:
    return Reg("proxy", registrar, age, service=service, **kw)  # type: ignore[arg-type]


def redacted(registrar: str, age: int, country: str | None, **kw: object) -> Reg:
    return Reg("redacted", registrar, age, country=country, **kw)  # type: ignore[arg-type]


def disclosed(registrar: str, age: int, org: str, country: str, **kw: object) -> Reg:
    return Reg("disclosed", registrar, age, org=org, country=country, **kw)  # type: ignore[arg-type]


def unpublished(registrar: str, age: int, **kw: object) -> Reg:
    return Reg("not_published", registrar, age, **kw)  # type: ignore[arg-type]


PLATFORM = Reg("platform")
WFP = "Withheld for Privacy ehf"
DBP = "Domains By Proxy, LLC"
SPS = "Super Privacy Service LTD c/o Dynadot"
PG = "PrivacyGuardian.org llc"


def scams() -> list[Spec]:
    return [
        # 1 Astra brand helpdesk (copied trust footer, cookie banner, Trustpilot badge)
        Spec(
            "www.helpdesk-windows.nl",
            "astra_helpdesk",
            "fake_helpdesk",
            "nl",
            "Windows Helpdesk Nederland",
            unpublished("transip", 19),
            ("microsoft helpdesk telefoonnummer", "hulp windows"),
            (A1,),
            brands=("microsoft",),
            campaign="ms-astra-nl",
            opts={"style": "trunk_dash"},
        ),
        Spec(
            "microsoftondersteuning-nl.com",
            "astra_helpdesk",
            "fake_helpdesk",
            "nl",
            "PC Ondersteuning NL",
            proxy("namecheap", 9, WFP),
            ("microsoft ondersteuning bellen",),
            (A1, A2),
            brands=("microsoft",),
            campaign="ms-astra-nl",
            opts={"style": "intl_zero"},
        ),
        Spec(
            "windowshelpdesk.co.uk",
            "astra_helpdesk",
            "fake_helpdesk",
            "en",
            "Windows Help Desk UK",
            redacted("pdr", 33, "IN"),
            ("microsoft help desk phone number uk",),
            (UK1,),
            brands=("microsoft",),
            campaign="ms-astra-uk",
            country="GB",
            opts={"style": "national"},
        ),
        Spec(
            "microsoft-hilfe-hotline.de",
            "astra_helpdesk",
            "fake_helpdesk",
            "de",
            "PC Hilfe Hotline",
            unpublished("ionos", 27),
            ("microsoft hotline deutschland",),
            (D1,),
            brands=("microsoft",),
            campaign="ms-astra-de",
            country="DE",
            opts={"style": "split_sub"},
        ),
        # 2 Divi Apple support
        Spec(
            "apple-support-bellen.nl",
            "divi_support",
            "fake_helpdesk",
            "nl",
            "iHulp Support",
            unpublished("hostnet", 35),
            ("apple support bellen",),
            (B1,),
            brands=("apple",),
            campaign="apple-divi",
            opts={"style": "pairs", "reg": "KvK 90123456"},
        ),
        Spec(
            "assistance-apple.be",
            "divi_support",
            "fake_helpdesk",
            "fr",
            "Assistance iDépannage",
            unpublished("combell", 21),
            ("assistance apple belgique téléphone",),
            (F1,),
            brands=("apple",),
            campaign="apple-divi",
            country="BE",
            opts={"style": "pairs", "reg": "BCE 0789.456.123"},
        ),
        # 3 unbranded Bootstrap landing (number only in sticky call bar + tel: link)
        Spec(
            "computerhulp-direct.nl",
            "unbranded_landing",
            "fake_helpdesk",
            "nl",
            "Computerhulp Direct",
            unpublished("antagonist", 14),
            ("computerhulp nodig", "hulp met pc"),
            (C1,),
            campaign="unbranded-nl",
            opts={"style": "spaced_dash"},
        ),
        Spec(
            "pc-soforthilfe24.de",
            "unbranded_landing",
            "fake_helpdesk",
            "de",
            "PC Soforthilfe 24",
            unpublished("strato", 20),
            ("computerhilfe sofort",),
            (D2,),
            campaign="unbranded-de",
            country="DE",
            opts={"tel_only": True},
        ),
        Spec(
            "tietokoneapu-heti.fi",
            "unbranded_landing",
            "fake_helpdesk",
            "fi",
            "Tietokoneapu Heti",
            redacted("zoner", 12, None),
            ("tietokoneapu puhelin",),
            (H1,),
            campaign="unbranded-fi",
            country="FI",
            opts={"style": "split_sub"},
        ),
        # 4 number only in JSON-LD
        Spec(
            "pcspoedhulp.nl",
            "jsonld_only",
            "fake_helpdesk",
            "nl",
            "PC Spoedhulp",
            unpublished("transip", 6),
            ("pc spoedhulp",),
            (C2,),
            campaign="unbranded-nl",
            opts={"style": "intl"},
        ),
        Spec(
            "urgent-pc-fix.co.uk",
            "jsonld_only",
            "fake_helpdesk",
            "en",
            "Urgent PC Fix",
            redacted("namecheap", 17, "GB"),
            ("urgent pc repair phone",),
            (UK2,),
            campaign="unbranded-uk",
            country="GB",
            opts={"style": "intl_zero_spaced"},
        ),
        # 5 number only in an image alt/title
        Spec(
            "printerhulp-hp.nl",
            "image_alt",
            "fake_helpdesk",
            "nl",
            "Printerhulp",
            unpublished("hostnet", 11),
            ("hp printer helpdesk",),
            (NL_HP,),
            brands=("hp",),
            campaign="printer-nl",
            opts={"style": "dotted"},
        ),
        Spec(
            "drucker-hotline.de",
            "image_alt",
            "fake_helpdesk",
            "de",
            "Drucker Hotline",
            unpublished("strato", 44),
            ("drucker hotline",),
            (DE_DRUCKER,),
            campaign="printer-de",
            country="DE",
            opts={"style": "national"},
        ),
        # 6 number assembled by JavaScript
        Spec(
            "norton-renewal-center.com",
            "js_pieces",
            "fake_helpdesk",
            "en",
            "Renewal Center",
            proxy("dynadot", 5, SPS),
            ("norton renewal phone number",),
            (E1,),
            brands=("norton",),
            campaign="norton-us",
            country="US",
            opts={"style": "us_dash"},
        ),
        Spec(
            "mcafee-verlengen.nl",
            "js_pieces",
            "fake_helpdesk",
            "nl",
            "Verlengingsdesk",
            unpublished("antagonist", 8),
            ("mcafee verlengen",),
            (NL_MC,),
            brands=("mcafee",),
            campaign="mcafee-nl",
            opts={"style": "trunk_dash"},
        ),
        # 7 number only in the landing URL
        Spec(
            "beveiliging-verlopen.online",
            "url_param",
            "fake_helpdesk",
            "nl",
            "Beveiliging",
            proxy("hostinger", 4, WFP),
            ("mcafee beveiliging verlopen",),
            (NL_URL,),
            brands=("mcafee",),
            campaign="mcafee-nl",
            opts={"param": "nr"},
        ),
        Spec(
            "avastscan-alert.com",
            "url_param",
            "fake_helpdesk",
            "en",
            "Avast Scan",
            proxy("namecheap", 3, WFP),
            ("avast scan alert",),
            (E2,),
            brands=("avast",),
            campaign="avast-us",
            country="US",
            opts={"param": "phone", "url_form": "1-888-310-4427"},
        ),
        Spec(
            "renewavast.com",
            "url_param",
            "fake_helpdesk",
            "de",
            "Renew",
            proxy("dynadot", 7, SPS),
            ("avast verlängern",),
            (D3,),
            brands=("avast",),
            campaign="avast-de",
            country="DE",
            opts={"param": "tel", "url_form": "%2B49%20800%208841237"},
        ),
        # 8 SEO spam posts with obfuscated numbers
        Spec(
            "norton-customer-care-number.blogspot.com",
            "spam_post",
            "fake_helpdesk",
            "en",
            "Norton Care Number",
            PLATFORM,
            ("norton customer service number",),
            (E1, GB_FREE, AU_FREE),
            brands=("norton",),
            campaign="norton-us",
            country="US",
            opts={
                "shell": "blogger",
                "forms": [
                    (0, "us_dash", "double_paren", ""),
                    (0, "us_dash", "fullwidth", ""),
                    (1, "zero_dash", "", "UK"),
                    (2, "split_lead", "", "AUS"),
                ],
                "href_encoded": 0,
            },
        ),
        Spec(
            "mcafee-support-help.github.io",
            "spam_post",
            "fake_helpdesk",
            "en",
            "McAfee Support Help",
            PLATFORM,
            ("mcafee support phone number",),
            (E3, E4),
            brands=("mcafee",),
            campaign="mcafee-us",
            country="US",
            opts={
                "shell": "jekyll",
                "forms": [
                    (0, "us_dash", "star", ""),
                    (1, "us_dash", "caret", ""),
                    (0, "us_dash", "colon", ""),
                    (1, "us_dash", "underscore", ""),
                    (0, "us_dash", "x", ""),
                ],
                "href_encoded": 1,
            },
        ),
        Spec(
            "hp-printer-helpline.blogspot.com",
            "spam_post",
            "fake_helpdesk",
            "en",
            "HP Printer Helpline",
            PLATFORM,
            ("hp printer support number",),
            (E5,),
            brands=("hp",),
            campaign="hp-us",
            country="US",
            opts={
                "shell": "blogger",
                "forms": [
                    (0, "us_plus", "plus_plus", ""),
                    (0, "us_dash", "dot_gaps", ""),
                    (0, "us_dots", "", "USA"),
                ],
            },
        ),
        # 9 Shopify activation shops
        Spec(
            "secure-antivirus-activation.com",
            "shopify_activation",
            "fake_helpdesk",
            "en",
            "Secure Activation",
            proxy("godaddy", 40, DBP),
            ("norton 360 activation help",),
            (E6,),
            brands=("norton",),
            campaign="norton-us",
            country="US",
            opts={"style": "us_paren"},
        ),
        Spec(
            "safesecuritymcafee.com",
            "shopify_activation",
            "fake_helpdesk",
            "de",
            "Safe Security",
            proxy("godaddy", 16, DBP),
            ("mcafee aktivierung hilfe",),
            (DE_SHOP,),
            brands=("mcafee",),
            campaign="mcafee-de",
            country="DE",
            opts={"style": "intl_zero_spaced"},
        ),
        # 10 Wix printer helpdesks on wixsite.com
        Spec(
            "hpprintersetup.wixsite.com",
            "wix_printer",
            "fake_helpdesk",
            "en",
            "Printer Setup",
            PLATFORM,
            ("hp printer setup",),
            (E7,),
            brands=("hp",),
            campaign="hp-us",
            country="US",
            opts={"style": "us_dash"},
        ),
        Spec(
            "canon-drucker-hilfe.wixsite.com",
            "wix_printer",
            "fake_helpdesk",
            "de",
            "Drucker Hilfe",
            PLATFORM,
            ("canon drucker hilfe",),
            (DE_CANON,),
            brands=("canon",),
            campaign="printer-de",
            country="DE",
            opts={"style": "dashed"},
        ),
        Spec(
            "epson-assistance.wixsite.com",
            "wix_printer",
            "fake_helpdesk",
            "fr",
            "Assistance Imprimante",
            PLATFORM,
            ("assistance imprimante epson",),
            (F3,),
            brands=("epson",),
            campaign="printer-fr",
            country="FR",
            opts={"style": "pairs"},
        ),
        # 11 Windows Defender lockers
        Spec(
            "microsoft-windows-help.netlify.app",
            "defender_warning",
            "scareware",
            "en",
            "Windows Defender",
            PLATFORM,
            ("windows defender security warning",),
            (K1,),
            brands=("microsoft",),
            campaign="locker-en",
            country="US",
            opts={"style": "us_dash", "code": "0x80073b01"},
        ),
        Spec(
            "weather-radar-live.com",
            "defender_warning",
            "scareware",
            "en",
            "Weather",
            proxy("namecheap", 9 * YEAR, WFP, updated=12),
            ("weather radar live",),
            (K2,),
            brands=("microsoft",),
            campaign="locker-en",
            country="US",
            opts={
                "style": "us_paren",
                "code": "0x800F0922",
                "extra_paths": ["/?gclid=EAIaIQobChMI8s"],
            },
        ),
        # 12 "computer blocked" lockers
        Spec(
            "microsoft-herstel.netlify.app",
            "blocked_scan",
            "scareware",
            "nl",
            "Windows",
            PLATFORM,
            ("microsoft herstel",),
            (L1,),
            brands=("microsoft",),
            campaign="locker-nl",
            opts={"style": "national", "code": "0x80070424"},
        ),
        Spec(
            "beveiligingscentrum.web.app",
            "blocked_scan",
            "scareware",
            "nl",
            "Windows",
            PLATFORM,
            ("windows beveiligingscentrum",),
            (L1,),
            brands=("microsoft",),
            campaign="locker-nl",
            opts={"style": "compact", "code": "0x8007139f"},
        ),
        Spec(
            "sicherheitswarnung-pc.pages.dev",
            "blocked_scan",
            "scareware",
            "de",
            "Windows",
            PLATFORM,
            ("sicherheitswarnung pc",),
            (D4,),
            brands=("microsoft",),
            campaign="locker-de",
            country="DE",
            opts={"style": "national", "code": "0x800F081F"},
        ),
        Spec(
            "alerte-securite-windows.vercel.app",
            "blocked_scan",
            "scareware",
            "fr",
            "Windows",
            PLATFORM,
            ("alerte sécurité windows",),
            (F4,),
            brands=("microsoft",),
            campaign="locker-fr",
            country="FR",
            opts={"style": "pairs", "code": "0x80072EE7"},
        ),
        # 13 Japanese scareware
        Spec(
            "windows-keikoku.firebaseapp.com",
            "ja_warning",
            "scareware",
            "ja",
            "Windows",
            PLATFORM,
            ("windows セキュリティ 警告",),
            (J1,),
            brands=("microsoft",),
            campaign="locker-ja",
            country="JP",
            opts={"style": "dashed"},
        ),
        Spec(
            "pc-security-jp.herokuapp.com",
            "ja_warning",
            "scareware",
            "ja",
            "Windows",
            PLATFORM,
            ("ウイルス 警告 電話",),
            (J2,),
            brands=("microsoft",),
            campaign="locker-ja",
            country="JP",
            opts={"style": "dashed", "code": "0x80070005"},
        ),
        # 14 help-article scams on aged, re-registered domains
        Spec(
            "computertips-archief.nl",
            "kb_article",
            "fake_helpdesk",
            "nl",
            "Computertips Archief",
            unpublished("hostnet", 11 * YEAR, updated=16),
            ("microsoft bellen",),
            (A1,),
            brands=("microsoft",),
            campaign="ms-astra-nl",
            opts={"style": "trunk_dash", "article": "/microsoft-bellen/"},
        ),
        Spec(
            "techsupportguide.info",
            "kb_article",
            "fake_helpdesk",
            "en",
            "Tech Support Guide",
            proxy("namecheap", 7 * YEAR, WFP, updated=30),
            ("how to call microsoft support",),
            (UK1,),
            brands=("microsoft",),
            campaign="ms-astra-uk",
            country="GB",
            opts={"style": "national", "article": "/call-microsoft-support/"},
        ),
        # 15 scam "directory" of brand numbers (all its own)
        Spec(
            "klantenservice-nummers.nl",
            "fake_directory",
            "fake_helpdesk",
            "nl",
            "Klantenservice Nummers",
            unpublished("transip", 60),
            ("microsoft klantenservice nummer", "apple klantenservice telefoonnummer"),
            (A1, B1, NL_HP, NL_DIR),
            brands=("apple", "hp", "microsoft", "ziggo"),
            campaign="ms-astra-nl",
            opts={
                "rows": [("microsoft", 0), ("apple", 1), ("hp", 2), ("ziggo", 3)],
                "style": "national",
            },
        ),
        # 16 inline fake live chat
        Spec(
            "microsoft-tuki.fi",
            "chat_bubble",
            "fake_helpdesk",
            "fi",
            "Microsoft-tuki",
            redacted("zoner", 10, None),
            ("microsoft tuki puhelin",),
            (H2,),
            brands=("microsoft",),
            campaign="ms-fi",
            country="FI",
            opts={"style": "national"},
        ),
        Spec(
            "windows-live-chat-support.com",
            "chat_bubble",
            "fake_helpdesk",
            "en",
            "Windows Support",
            redacted("pdr", 22, "IN"),
            ("windows live chat support",),
            (K3,),
            brands=("microsoft",),
            campaign="ms-chat-us",
            country="US",
            opts={"style": "us_dash"},
        ),
        # 17 driver download that "fails"
        Spec(
            "hp-treiber-download.de",
            "driver_error",
            "fake_helpdesk",
            "de",
            "Treiber Download",
            unpublished("ionos", 31),
            ("hp druckertreiber herunterladen",),
            (DE_HP,),
            brands=("hp",),
            campaign="printer-de",
            country="DE",
            opts={"style": "national"},
        ),
        Spec(
            "123-printer-setup.com",
            "driver_error",
            "fake_helpdesk",
            "en",
            "Printer Setup",
            disclosed("pdr", 50, "Printer Setup Services", "IN", name="Rahul Verma", city="Noida"),
            ("123 hp setup",),
            (E5,),
            brands=("hp",),
            campaign="hp-us",
            country="US",
            opts={"style": "us_dash"},
        ),
        # 18 look-alike account recovery (homoglyph IDN, typo)
        Spec(
            to_ascii("mіcrosoft-support.com"),
            "idn_account",
            "fake_helpdesk",
            "fr",
            "Microsoft",
            proxy("namecheap", 2, WFP),
            ("récupérer compte microsoft",),
            (F2,),
            brands=("microsoft",),
            campaign="ms-be",
            country="BE",
            opts={"style": "intl_zero_pairs"},
        ),
        Spec(
            "rnicrosoft-account.com",
            "idn_account",
            "fake_helpdesk",
            "en",
            "Microsoft",
            proxy("dynadot", 6, SPS),
            ("microsoft account recovery phone",),
            (UK3,),
            brands=("microsoft",),
            campaign="ms-uk-typo",
            country="GB",
            opts={"style": "intl_zero_spaced"},
        ),
        # 19 Swiss remote-help one-pagers
        Spec(
            "computer-soforthilfe.ch",
            "swiss_remote",
            "fake_helpdesk",
            "de",
            "Computer Soforthilfe",
            unpublished("infomaniak", 25),
            ("computerhilfe schweiz",),
            (G1,),
            campaign="ch-remote",
            country="CH",
            opts={"style": "intl"},
        ),
        Spec(
            "depannage-pc-suisse.ch",
            "swiss_remote",
            "fake_helpdesk",
            "fr",
            "Dépannage PC",
            unpublished("infomaniak", 13),
            ("dépannage informatique suisse",),
            (G2,),
            campaign="ch-remote",
            country="CH",
            opts={"style": "intl_pairs"},
        ),
    ]


def _official(
    host: str, brand: str, name: str, locales: list[tuple[str, str, str, str, str]]
) -> Spec:
    g = genuine()
    phones = tuple(dict.fromkeys(g[key] for _, _, _, key, _ in locales))
    index = {n: i for i, n in enumerate(phones)}
    opts = {"locales": [(p, lang, c, index[g[key]], style) for p, lang, c, key, style in locales]}
    return Spec(
        host,
        "official_support",
        "official",
        "en",
        name,
        disclosed("markmonitor", 27 * YEAR, name, "US"),
        (f"{brand} support contact",),
        phones,
        brands=(brand,),
        campaign="official",
        country="US",
        opts=opts,
    )


def officials() -> list[Spec]:
    return [
        _official(
            "support.microsoft.com",
            "microsoft",
            "Microsoft Corporation",
            [
                ("/nl-be/contact", "nl", "België", "microsoft_be", "pairs"),
                ("/en-gb/contact", "en", "United Kingdom", "microsoft_gb", "national"),
                ("/fr-fr/contact", "fr", "France", "microsoft_fr", "pairs"),
                ("/en-us/contact", "en", "United States", "microsoft_us", "us_dash"),
                ("/en-in/contact", "en", "India", "microsoft_in", "national"),
            ],
        ),
        _official(
            "support.apple.com",
            "apple",
            "Apple Inc.",
            [
                ("/nl-nl/contact", "nl", "Nederland", "apple_nl", "national"),
                ("/en-us/contact", "en", "United States", "apple_us", "us_paren"),
                ("/en-gb/contact", "en", "United Kingdom", "apple_gb", "national"),
                ("/de-de/contact", "de", "Deutschland", "apple_de", "national"),
                ("/fr-fr/contact", "fr", "France", "apple_fr", "pairs"),
                ("/nl-be/contact", "nl", "België", "apple_be", "national"),
                ("/en-in/contact", "en", "India", "apple_in", "national"),
            ],
        ),
        _official(
            "support.hp.com",
            "hp",
            "HP Inc.",
            [
                ("/nl-nl/contact", "nl", "Nederland", "hp_nl", "trunk_dash"),
                ("/de-de/contact", "de", "Deutschland", "hp_de", "national"),
                ("/us-en/contact", "en", "United States", "hp_us", "us_paren"),
            ],
        ),
        _official(
            "support.norton.com",
            "norton",
            "Gen Digital Inc.",
            [("/fr-fr/contact", "fr", "France", "norton_fr", "intl_zero_pairs")],
        ),
        _official(
            "www.mcafee.com",
            "mcafee",
            "McAfee, LLC",
            [("/en-us/consumer-support/contact", "en", "United States", "mcafee_us", "us_dash")],
        ),
        _official(
            "support.google.com",
            "google",
            "Google LLC",
            [("/nl/contact", "nl", "Nederland", "google_nl", "national")],
        ),
    ]


def partners() -> list[Spec]:
    g = genuine()
    return [
        Spec(
            "vandijk-ict.nl",
            "it_partner",
            "it_partner",
            "nl",
            "Van Dijk ICT",
            unpublished("transip", 12 * YEAR),
            ("ict partner zwolle",),
            ("+31384217780",),
            (g["apple_nl"], g["hp_nl"]),
            brands=("apple", "hp", "microsoft"),
            opts={
                "shell": "astra",
                "vendor_numbers": [("apple", 0, "national"), ("hp", 1, "trunk_dash")],
                "reg": "KvK 05081234",
                "address": "Ceintuurbaan 12, 8024 AA Zwolle",
            },
        ),
        Spec(
            "brightdesk.co.uk",
            "it_partner",
            "it_partner",
            "en",
            "Brightdesk IT",
            disclosed("tucows", 8 * YEAR, "Brightdesk IT Ltd", "GB", city="Manchester"),
            ("managed it support manchester",),
            ("+441619324518",),
            (g["microsoft_gb"], g["apple_gb"]),
            brands=("apple", "microsoft"),
            country="GB",
            opts={
                "vendor_numbers": [("microsoft", 0, "national"), ("apple", 1, "intl")],
                "reg": "Company No. 08412255",
                "address": "14 Mosley Street, Manchester M2 3AQ",
            },
        ),
        Spec(
            "systemhaus-krause.de",
            "it_partner",
            "it_partner",
            "de",
            "Systemhaus Krause",
            unpublished("strato", 15 * YEAR),
            ("it systemhaus köln",),
            ("+4922197341120",),
            (g["hp_de"], g["apple_de"]),
            brands=("apple", "hp", "microsoft"),
            country="DE",
            opts={
                "vendor_numbers": [("hp", 0, "intl_zero_spaced"), ("apple", 1, "national")],
                "reg": "HRB 48211 · USt-IdNr. DE 812 334 901",
                "address": "Aachener Str. 311, 50931 Köln",
            },
        ),
        Spec(
            "infotech-solutions.in",
            "it_partner",
            "it_partner",
            "en",
            "Infotech Solutions",
            disclosed("pdr", 6 * YEAR, "Infotech Solutions Pvt Ltd", "IN", city="Mumbai"),
            ("it support mumbai",),
            ("+912240567890",),
            (g["microsoft_in"], g["apple_in"]),
            brands=("apple", "microsoft"),
            country="IN",
            opts={
                "vendor_numbers": [("microsoft", 0, "national"), ("apple", 1, "intl")],
                "reg": "CIN U72200MH2018PTC301122",
                "address": "Andheri East, Mumbai 400069",
            },
        ),
        Spec(
            "bxl-it.be",
            "it_partner",
            "it_partner",
            "nl",
            "BXL IT",
            unpublished("combell", 4 * YEAR),
            ("it partner brussel",),
            ("+3223154476",),
            (g["microsoft_be"], g["apple_be"]),
            brands=("apple", "microsoft"),
            country="BE",
            opts={
                "shell": "astra",
                "vendor_numbers": [("microsoft", 0, "pairs"), ("apple", 1, "national")],
                "reg": "KBO 0654.321.987",
                "address": "Louizalaan 120, 1050 Brussel",
            },
        ),
    ]


def repairs() -> list[Spec]:
    return [
        Spec(
            "pcfixx.nl",
            "repair_elementor",
            "repair_shop",
            "nl",
            "PCFixx Utrecht",
            unpublished("antagonist", 6 * YEAR),
            ("computerhulp aan huis utrecht", "computer reparatie utrecht"),
            ("+31302345671", "+31612345678"),
            opts={
                "city": "Utrecht",
                "chat": "tawk",
                "address": "Amsterdamsestraatweg 210, 3551 CV Utrecht",
                "reg": "KvK 61234987",
            },
        ),
        Spec(
            "reparation-pc-liege.be",
            "repair_elementor",
            "repair_shop",
            "fr",
            "Répar'PC Liège",
            unpublished("combell", 2 * YEAR),
            ("réparation pc liège",),
            ("+3242235618", "+32470123456"),
            country="BE",
            opts={
                "city": "Liège",
                "chat": "smartsupp",
                "style": "pairs",
                "address": "Rue Saint-Gilles 58, 4000 Liège",
                "reg": "TVA BE 0712.889.104",
            },
        ),
        Spec(
            "pc-doktor-koeln.de",
            "repair_elementor",
            "repair_shop",
            "de",
            "PC-Doktor Köln",
            unpublished("ionos", 9 * YEAR),
            ("pc reparatur köln",),
            ("+4922198765430",),
            country="DE",
            opts={
                "city": "Köln",
                "chat": "livechat",
                "style": "trunk_dash",
                "address": "Venloer Str. 402, 50825 Köln",
                "reg": "USt-IdNr. DE 298 114 572",
            },
        ),
        # A new, privacy-shielded but honest shop: fresh registration is not guilt.
        Spec(
            "laptopkliniek-arnhem.nl",
            "repair_elementor",
            "repair_shop",
            "nl",
            "Laptopkliniek Arnhem",
            unpublished("transip", 21),
            ("laptop reparatie arnhem",),
            ("+31263701845",),
            opts={
                "city": "Arnhem",
                "chat": "tawk",
                "style": "spaced_dash",
                "address": "Steenstraat 41, 6828 CA Arnhem",
                "reg": "KvK 93456120",
            },
        ),
        Spec(
            "computerhulp-senioren.netlify.app",
            "business",
            "repair_shop",
            "nl",
            "Computerhulp voor Senioren",
            PLATFORM,
            ("computerhulp senioren vrijwilligers",),
            ("+31503183344",),
            opts={
                "about": "Vrijwilligers van de bibliotheek helpen ouderen met hun computer, tablet en telefoon. Gratis, elke dinsdagochtend.",
                "tagline": "gratis hulp",
                "style": "dashed",
            },
        ),
        Spec(
            "tietokonehuolto-tampere.fi",
            "business",
            "repair_shop",
            "fi",
            "Tietokonehuolto Tampere",
            unpublished("zoner", 5 * YEAR),
            ("tietokonehuolto tampere",),
            ("+358331234567",),
            country="FI",
            opts={
                "about": "Tietokoneiden korjaus, virusten poisto ja etätuki Tampereella.",
                "tagline": "korjaus ja etätuki",
                "shell": "wix",
                "style": "national",
            },
        ),
    ]


def newsrooms() -> list[Spec]:
    return [
        Spec(
            "www.nieuwsbladnoord.nl",
            "news_article",
            "news",
            "nl",
            "Nieuwsblad Noord",
            unpublished("hostnet", 20 * YEAR),
            ("nep helpdesk microsoft",),
            ("+31505432100",),
            (A1, C1, B1),
            brands=("microsoft", "apple"),
            opts={"styles": ["trunk_dash", "national", "pairs"], "tipline": 0},
        ),
        Spec(
            "www.lavenir-wallon.be",
            "news_article",
            "news",
            "fr",
            "L'Avenir Wallon",
            unpublished("combell", 18 * YEAR),
            ("faux support microsoft arnaque",),
            (),
            (F1, F2, F3),
            brands=("microsoft",),
            country="BE",
            opts={"styles": ["pairs", "national", "pairs"], "path": "/actu/2025/10/faux-support/"},
        ),
        Spec(
            "www.stadtanzeiger-west.de",
            "news_article",
            "news",
            "de",
            "Stadtanzeiger West",
            unpublished("strato", 16 * YEAR),
            ("falsche microsoft hotline",),
            (),
            (D1, D2, D3),
            brands=("microsoft",),
            country="DE",
            opts={
                "styles": ["national", "national", "dashed"],
                "path": "/lokales/falsche-hotline/",
            },
        ),
        Spec(
            "www.uutiset-etela.fi",
            "news_article",
            "news",
            "fi",
            "Etelän Uutiset",
            unpublished("zoner", 13 * YEAR),
            ("microsoft huijaus puhelin",),
            (),
            (H1, H2, H1),
            brands=("microsoft",),
            country="FI",
            opts={"styles": ["national", "national", "intl"], "path": "/uutiset/tukihuijaus/"},
        ),
        Spec(
            "techwatchdaily.co.uk",
            "news_article",
            "news",
            "en",
            "Tech Watch Daily",
            redacted("tucows", 10 * YEAR, "GB"),
            ("fake tech support scam",),
            (),
            (E1, UK1, E6),
            brands=("microsoft", "norton"),
            country="GB",
            opts={
                "styles": ["us_dash", "national", "us_paren"],
                "path": "/news/fake-tech-support/",
            },
        ),
        Spec(
            "www.tagblatt-ost.ch",
            "news_article",
            "news",
            "de",
            "Tagblatt Ost",
            unpublished("infomaniak", 19 * YEAR),
            ("betrug computer hotline schweiz",),
            (),
            (G1, G2, D1),
            brands=("microsoft",),
            country="CH",
            opts={"styles": ["intl", "national", "national"], "path": "/region/betrug-hotline/"},
        ),
    ]


def forums() -> list[Spec]:
    return [
        Spec(
            "computerhulpforum.nl",
            "forum_thread",
            "forum",
            "nl",
            "Computerhulp Forum",
            unpublished("antagonist", 14 * YEAR),
            ("gebeld door microsoft anydesk",),
            (),
            (A1, A2, B1),
            brands=("microsoft", "apple"),
            opts={"styles": ["national", "double_zero", "dotted"]},
        ),
        Spec(
            "pc-hilfe-forum.de",
            "forum_thread",
            "forum",
            "de",
            "PC-Hilfe Forum",
            unpublished("ionos", 17 * YEAR),
            ("microsoft anruf anydesk",),
            (),
            (D1, D4, D2),
            brands=("microsoft",),
            country="DE",
            opts={
                "styles": ["split_sub", "national", "intl_zero_gap"],
                "path": "/threads/falsche-hotline.90211/",
            },
        ),
        Spec(
            "techsupportcommunity.net",
            "forum_thread",
            "forum",
            "en",
            "Tech Support Community",
            proxy("namecheap", 12 * YEAR, WFP),
            ("norton support remote access scam",),
            (),
            (E6, E1, E3),
            brands=("norton", "mcafee"),
            country="US",
            opts={
                "styles": ["us_paren", "us_dash", "us_dash"],
                "path": "/t/norton-support-scam/5521",
            },
        ),
        Spec(
            "forum-informatique.fr",
            "forum_thread",
            "forum",
            "fr",
            "Forum Informatique",
            redacted("ovh", 15 * YEAR, "FR"),
            ("faux support microsoft anydesk",),
            (),
            (F3, F4, F2),
            brands=("microsoft",),
            country="FR",
            opts={
                "styles": ["pairs", "national", "intl"],
                "path": "/sujet/faux-support-microsoft-883",
            },
        ),
    ]


def directories() -> list[Spec]:
    return [
        Spec(
            "wiebelde.nl",
            "lookup_directory",
            "directory",
            "nl",
            "WieBelde",
            unpublished("transip", 9 * YEAR),
            ("wie belde mij 085",),
            (),
            (A1, B1, C1, C2, L1, "+31881234560", "+31203456789"),
            country="NL",
            opts={"bad": [A1, B1, C1, C2, L1], "style": "compact"},
        ),
        Spec(
            "rueckwaerts-suche.de",
            "lookup_directory",
            "directory",
            "de",
            "Rückwärtssuche",
            unpublished("strato", 11 * YEAR),
            ("wer ruft an 0800",),
            (),
            (D1, D2, D3, D4, "+493040506070", "+4940822781230"),
            country="DE",
            opts={"bad": [D1, D2, D3, D4], "style": "compact"},
        ),
        Spec(
            "callerlookup.net",
            "lookup_directory",
            "directory",
            "en",
            "Caller Lookup",
            proxy("namecheap", 8 * YEAR, WFP),
            ("who called me 855",),
            (),
            (E1, E2, E6, K1, K2, "+13125794410"),
            country="US",
            opts={"bad": [E1, E2, E6, K1, K2], "style": "compact"},
        ),
    ]


def guides() -> list[Spec]:
    """Honest pages listing brands' genuine numbers: the fake directory's legitimate twin."""
    g = genuine()
    return [
        Spec(
            "klantenservicegids.nl",
            "number_guide",
            "directory",
            "nl",
            "Klantenservicegids",
            unpublished("hostnet", 10 * YEAR),
            ("apple klantenservice nummer echt",),
            (),
            (g["apple_nl"], g["hp_nl"], g["google_nl"], g["microsoft_be"]),
            brands=("apple", "google", "hp", "microsoft"),
            opts={
                "entries": [
                    ("apple", 0, "national", "www.apple.com/nl/contact/"),
                    ("hp", 1, "trunk_dash", "support.hp.com/nl-nl/contact"),
                    ("google", 2, "national", "about.google/intl/nl/contact-google/"),
                    ("microsoft", 3, "intl_pairs", "support.microsoft.com/nl-be/contactus"),
                ]
            },
        ),
        Spec(
            "hotline-verzeichnis.de",
            "number_guide",
            "directory",
            "de",
            "Hotline-Verzeichnis",
            unpublished("strato", 12 * YEAR),
            ("hp hotline echte nummer",),
            (),
            (g["hp_de"], g["apple_de"]),
            brands=("apple", "hp"),
            country="DE",
            opts={
                "entries": [
                    ("hp", 0, "split_sub", "www.hp.com/de-de/contact-hp/contact.html"),
                    ("apple", 1, "national", "www.apple.com/de/contact/"),
                ]
            },
        ),
    ]


def warnings() -> list[Spec]:
    return [
        Spec(
            "consumentenloket.nl",
            "warning_page",
            "warning",
            "nl",
            "Consumentenloket",
            unpublished("hostnet", 16 * YEAR),
            ("nep helpdesk nummers",),
            ("+31800022663",),
            (A1, A2, B1, C1, L1),
            brands=("microsoft",),
            opts={
                "styles": ["national", "spaced_dash", "pairs"],
                "path": "/oplichting/nep-helpdesks",
            },
        ),
        Spec(
            "veluwebank.nl",
            "warning_page",
            "warning",
            "nl",
            "Veluwe Bank",
            unpublished("transip", 22 * YEAR),
            ("bank fraude helpdesk microsoft",),
            ("+31555391000",),
            (A1, C2),
            brands=("microsoft",),
            opts={"path": "/veilig-bankieren/helpdeskfraude", "own_style": "dashed"},
        ),
        Spec(
            "securite-en-ligne.be",
            "warning_page",
            "warning",
            "fr",
            "Sécurité en ligne",
            unpublished("combell", 7 * YEAR),
            ("faux support technique signaler",),
            (),
            (F1, F2),
            brands=("microsoft", "apple"),
            country="BE",
            opts={"path": "/arnaques/faux-support", "styles": ["pairs", "intl"]},
        ),
        Spec(
            "scamwatch-uk.org",
            "warning_page",
            "warning",
            "en",
            "Scamwatch UK",
            disclosed("tucows", 5 * YEAR, "Scamwatch UK CIC", "GB"),
            ("tech support scam numbers uk",),
            ("+442079460125",),
            (UK1, UK3, E1, K1),
            brands=("microsoft",),
            country="GB",
            opts={"path": "/scams/tech-support", "styles": ["national", "intl", "us_dash"]},
        ),
        Spec(
            "verbraucherschutz-nord.de",
            "warning_page",
            "warning",
            "de",
            "Verbraucherschutz Nord",
            unpublished("strato", 12 * YEAR),
            ("warnung falscher support",),
            (),
            (D1, D2, D3),
            brands=("microsoft",),
            country="DE",
            opts={
                "path": "/warnungen/falscher-support",
                "styles": ["national", "intl_zero_spaced", "dashed"],
            },
        ),
    ]


def blogs() -> list[Spec]:
    g = genuine()
    return [
        Spec(
            "techblog-jan.nl",
            "blog",
            "blog",
            "nl",
            "Jan's Techblog",
            unpublished("antagonist", 7 * YEAR),
            ("windows 11 sneller maken",),
            (),
            brands=("microsoft",),
            opts={"author": "Jan Bosman"},
        ),
        Spec(
            "printfix-notes.github.io",
            "blog",
            "blog",
            "en",
            "printfix notes",
            PLATFORM,
            ("printer offline windows fix",),
            (),
            (g["hp_us"],),
            brands=("hp",),
            country="US",
            opts={"shell": "jekyll", "style": "us_paren"},
        ),
        Spec(
            "tietoturvablogi.blogspot.com",
            "blog",
            "blog",
            "fi",
            "Tietoturvablogi",
            PLATFORM,
            ("tukihuijaus tunnistaminen",),
            (),
            brands=("microsoft",),
            country="FI",
            opts={"shell": "blogger"},
        ),
        Spec(
            "heimnetz-notizen.de",
            "blog",
            "blog",
            "de",
            "Heimnetz-Notizen",
            proxy("namecheap", 40, WFP),
            ("drucker wlan verliert verbindung",),
            ("+4915112345678",),
            country="DE",
            opts={"author": "Tobias Lenz"},
        ),
    ]


def businesses() -> list[Spec]:
    # Short, brand-free names; some fresh or shielded, many wearing trust footers and badges.
    return [
        Spec(
            "vyn.nl",
            "business",
            "business",
            "nl",
            "Vyn Wijnen",
            unpublished("transip", 3 * YEAR),
            ("wijn bestellen",),
            ("+31850601122",),
            opts={
                "shell": "shopify",
                "about": "Natuurwijnen van kleine boeren, binnen 2 dagen bezorgd.",
                "tagline": "natuurwijn",
                "reg": "KvK 78123456 · BTW NL861234567B01",
                "trustpilot": True,
                "style": "national",
            },
        ),
        Spec(
            "tak.nl",
            "business",
            "business",
            "nl",
            "Tak Dakwerken",
            unpublished("hostnet", 8),
            ("dakdekker apeldoorn",),
            ("+31624681357",),
            opts={
                "about": "Dakreparatie en dakgoten in Apeldoorn en omgeving.",
                "tagline": "dakwerken",
                "reg": "KvK 94561238",
                "style": "pairs",
                "shell": "divi",
            },
        ),
        Spec(
            "oak.fi",
            "business",
            "business",
            "fi",
            "Oak Design",
            unpublished("zoner", 6 * YEAR),
            ("sisustussuunnittelu helsinki",),
            ("+358942170055",),
            country="FI",
            opts={
                "about": "Sisustussuunnittelua koteihin ja toimistoihin.",
                "tagline": "sisustus",
                "reg": "Y-tunnus 2845123-6",
                "style": "intl",
            },
        ),
        Spec(
            "lumo.de",
            "business",
            "business",
            "de",
            "Lumo Leuchten",
            unpublished("ionos", 4 * YEAR),
            ("designer leuchten kaufen",),
            ("+493040506070",),
            country="DE",
            opts={
                "shell": "shopify",
                "about": "Designer-Leuchten aus Berlin, handgefertigt.",
                "tagline": "Leuchten",
                "reg": "HRB 201344 B · USt-IdNr. DE 331 204 558",
                "trustpilot": True,
                "style": "intl_zero_spaced",
            },
        ),
        Spec(
            "nox.be",
            "business",
            "business",
            "fr",
            "Nox Bar",
            unpublished("combell", 10 * YEAR),
            ("bar cocktails bruxelles",),
            ("+3225034511",),
            country="BE",
            opts={
                "about": "Bar à cocktails au cœur de Bruxelles.",
                "tagline": "cocktails",
                "reg": "BCE 0556.781.204",
                "style": "pairs",
            },
        ),
        Spec(
            "sol.ch",
            "business",
            "business",
            "de",
            "Sol Solartechnik",
            unpublished("infomaniak", 14 * YEAR),
            ("solaranlage bern",),
            ("+41313802255",),
            country="CH",
            opts={
                "about": "Solaranlagen für Einfamilienhäuser im Kanton Bern.",
                "tagline": "Solar",
                "reg": "CHE-112.455.873",
                "style": "intl",
                "shell": "elementor",
            },
        ),
        Spec(
            "bix.co.uk",
            "business",
            "business",
            "en",
            "Bix Accounting",
            disclosed("tucows", 9 * YEAR, "Bix Accounting Ltd", "GB"),
            ("accountant bristol",),
            ("+441174960321",),
            country="GB",
            opts={
                "about": "Bookkeeping and tax returns for small businesses in Bristol.",
                "tagline": "accounting",
                "reg": "Company No. 07654321 · VAT GB 123 4567 89",
                "style": "national",
                "gtm": True,
            },
        ),
        Spec(
            "pixl.fr",
            "business",
            "business",
            "fr",
            "Pixl Studio",
            redacted("gandi", 2 * YEAR, "FR"),
            ("photographe lyon",),
            ("+33478651290", "+33612345678"),
            country="FR",
            opts={
                "about": "Photographe de mariage et portraits à Lyon.",
                "tagline": "photographie",
                "reg": "SIRET 812 345 678 00021",
                "style": "pairs",
                "shell": "wix",
            },
        ),
        Spec(
            "rit.nl",
            "business",
            "business",
            "nl",
            "Rit Taxi",
            unpublished("antagonist", 13 * YEAR),
            ("taxi zwolle",),
            ("+31384217781",),
            opts={
                "about": "Taxi en zakelijk vervoer in Zwolle, ook naar Schiphol.",
                "tagline": "taxi",
                "reg": "KvK 05012345",
                "style": "dashed",
                "tel_national": True,
            },
        ),
        Spec(
            "mondo.fi",
            "business",
            "business",
            "fi",
            "Mondo Matkat",
            unpublished("zoner", 11 * YEAR),
            ("matkatoimisto helsinki",),
            ("+358401234567",),
            country="FI",
            opts={
                "about": "Räätälöidyt matkat Eurooppaan ja Aasiaan.",
                "tagline": "matkat",
                "reg": "Y-tunnus 1987654-3",
                "style": "national",
                "shell": "elementor",
            },
        ),
        Spec(
            "zapp.io",
            "business",
            "business",
            "en",
            "Zapp",
            proxy("namecheap", 45, WFP),
            ("invoice app small business",),
            ("+442071839025",),
            country="GB",
            opts={
                "about": "Invoicing for freelancers. Start your free trial today.",
                "tagline": "invoicing",
                "reg": "Zapp Software Ltd, Company No. 14523398",
                "style": "intl",
                "trustpilot": True,
                "gtm": True,
            },
        ),
        Spec(
            "kiwi.de",
            "business",
            "business",
            "de",
            "Kiwi Kita",
            unpublished("strato", 19 * YEAR),
            ("kita anmeldung münchen",),
            ("+498912345670",),
            country="DE",
            opts={
                "about": "Zweisprachige Kindertagesstätte in München-Schwabing.",
                "tagline": "Kita",
                "reg": "Träger: Kiwi e.V., VR 20431",
                "style": "trunk_dash",
            },
        ),
        Spec(
            "ox.nl",
            "business",
            "business",
            "nl",
            "Ox Fietsen",
            unpublished("transip", 17 * YEAR),
            ("elektrische fiets kopen",),
            ("+31203456788",),
            opts={
                "shell": "shopify",
                "about": "Elektrische bakfietsen, gemaakt in Amsterdam.",
                "tagline": "bakfietsen",
                "reg": "KvK 34098765 · BTW NL812345678B01",
                "trustpilot": True,
                "style": "intl_zero",
            },
        ),
    ]


# Queries many kinds of site answer, as a real result page mixes fake helpdesks, the
# brand, news and warnings: query -> hosts that rank for it.
SHARED_QUERIES = {
    "microsoft helpdesk telefoonnummer": (
        "microsoftondersteuning-nl.com", "klantenservice-nummers.nl", "support.microsoft.com",
        "consumentenloket.nl", "www.nieuwsbladnoord.nl", "computertips-archief.nl", "klantenservicegids.nl",
    ),
    "computerhulp aan huis": (
        "computerhulp-direct.nl", "pcfixx.nl", "laptopkliniek-arnhem.nl", "computerhulp-senioren.netlify.app",
        "pcspoedhulp.nl",
    ),
    "norton support phone number": (
        "norton-renewal-center.com", "norton-customer-care-number.blogspot.com", "secure-antivirus-activation.com",
        "support.norton.com", "techsupportcommunity.net", "techwatchdaily.co.uk", "callerlookup.net",
    ),
    "microsoft hotline deutschland": (
        "pc-hilfe-forum.de", "www.stadtanzeiger-west.de", "verbraucherschutz-nord.de", "systemhaus-krause.de",
        "sicherheitswarnung-pc.pages.dev",
    ),
    "hp printer support number": (
        "hp-printer-helpline.blogspot.com", "hpprintersetup.wixsite.com", "123-printer-setup.com", "support.hp.com",
        "printfix-notes.github.io",
    ),
    "assistance microsoft téléphone": (
        to_ascii("mіcrosoft-support.com"), "www.lavenir-wallon.be", "securite-en-ligne.be", "forum-informatique.fr",
        "support.microsoft.com", "alerte-securite-windows.vercel.app",
    ),
}  # fmt: skip


def _with_shared_queries(spec: Spec) -> Spec:
    extra = tuple(
        q for q, hosts in SHARED_QUERIES.items() if spec.host in hosts and q not in spec.queries
    )
    return replace(spec, queries=spec.queries + extra) if extra else spec


def all_specs() -> list[Spec]:
    return [_with_shared_queries(spec) for spec in _specs()]


def _specs() -> list[Spec]:
    return [
        *scams(),
        *officials(),
        *partners(),
        *repairs(),
        *newsrooms(),
        *forums(),
        *directories(),
        *guides(),
        *warnings(),
        *blogs(),
        *businesses(),
    ]
