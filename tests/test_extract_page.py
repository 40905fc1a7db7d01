"""crawler.extract.page: whole pages in, PageExtraction out; never a crash, never slow.

The pages are hand-written after the kinds the crawler meets: a Dutch and an English
fake helpdesk, Microsoft's own Dutch support page, a local repair shop, a news article
quoting a scam number, and an order confirmation full of numbers that are not phones.
"""

from __future__ import annotations

import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract.page import extract_page

HTML = {"Content-Type": "text/html; charset=utf-8"}

DUTCH_SCAM = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Microsoft Helpdesk Nederland | Bel 085 - 123 45 67</title>
<script src="https://embed.tawk.to/65a1b2c3/1hk"></script></head><body>
<header class="top"><div class="logo"><img src="/ms.png" alt="Microsoft logo"></div>
<nav><a href="/">Home</a> <a href="/contact-ons">Contact</a> <a href="/over-ons">Over ons</a>
<a href="https://anydesk.com/nl/downloads">Hulp op afstand</a></nav></header>
<h1>Windows of Outlook storing? Bel ons direct</h1>
<p>Onze gecertificeerde experts lossen uw probleem 24/7 op. Gratis bellen:
<a href="tel:+31851234567" class="call"><span>085</span>&nbsp;<span>123</span>&nbsp;<span>45
67</span></a></p>
<p>Ook voor uw iPhone of Gmail: <b>０８８ ２２０ ７７４４</b></p>
<p>Virus verwijderen, wachtwoord vergeten, printer offline: wij helpen met technische
ondersteuning.</p>
<footer>&copy; 2024 Helpdesk Nederland</footer></body></html>"""

ENGLISH_SCAM = """<html lang="en"><head><title>Norton Antivirus Support - Call Now</title>
<script>var Tawk_API=Tawk_API||{};(function(){var s1=document.createElement("script");
s1.src='https://embed.tawk.to/abc/default';})();</script></head><body>
<h1>Norton &amp; McAfee Tech Support</h1><p>Call our toll-free helpline now: +1 (888) 555-0199
or from the Netherlands +31 (0)20 808 1234.</p>
<p>Download <a href="https://download.teamviewer.com/download/TeamViewerQS.exe">
TeamViewer QuickSupport</a>
so a certified technician can fix your computer.</p></body></html>"""

MICROSOFT_OFFICIAL = """<html lang="nl-NL"><head>
<title>Contact opnemen met Microsoft Ondersteuning</title></head>
<body><h1>Contact opnemen met Microsoft</h1>
<p>Microsoft belt u nooit zelf op om te helpen met uw computer.
Bent u gebeld door iemand die zegt van Microsoft te zijn? Dat is oplichting.</p>
<p>Bel Microsoft Nederland: 020 500 1500 (ma-vr 09.00-17.00 uur).</p>
<p>Hulp bij Office 365, Windows 11 en Xbox. Versie 10.0.22631.3007</p></body></html>"""

REPAIR_SHOP = """<html><head>
<title>PC Reparatie Jansen - computerhulp aan huis in Utrecht</title></head><body>
<p>Sinds 1998 uw computerhulp aan huis. Wij repareren laptops van HP, Dell en Lenovo.</p>
<p>Bezoekadres: Oudegracht 12, 3511 AB Utrecht. Telefoon 030-2345678, mobiel 06-12345678.</p>
<p>KvK 30123456 | BTW NL001234560B01 | IBAN NL91 ABNA 0417 1643 00</p>
<p>Openingstijden: ma t/m vr 09:00 - 18:00 uur. Reparatie aan huis vanaf € 49,95.</p>
<p><a href="/contact">Contact</a> <a href="/algemene-voorwaarden">Algemene voorwaarden</a></p>
</body></html>"""

NEWS = """<html lang="nl"><head>
<title>Politie waarschuwt voor nephelpdesk van Apple</title></head><body>
<article><h1>Pas op: oplichters doen zich voor als Apple-helpdesk</h1>
<p class="date">12-03-2024 10:15</p>
<p>De politie waarschuwt voor het nummer 085 888 9999. Slachtoffers
die belden moesten AnyDesk installeren. De Fraudehelpdesk (088 786 73 72) ontving 140 meldingen.</p>
<p>Bel bij twijfel altijd zelf uw bank.</p></article></body></html>"""

NOT_PHONES = """<html lang="nl"><head><title>Orderbevestiging</title></head><body>
<p>Ordernummer: 0612345678 &middot; Klantnummer: 0851234567</p>
<p>Besteld op 2024-01-15, geleverd 17-01-2024 om 14:30 uur.</p>
<p>Betaald: € 1.299,00 naar IBAN NL91 ABNA 0417 1643 00, KvK 12345678, postcode 1234 AB.</p>
<p>Software versie 2.10.3.1456, IP 192.168.100.201, trackingcode 3SXYZ123456789012</p>
<p>Factuur #0201234567 van 03.02.2024</p></body></html>"""


def run(markup: str, url: str, headers: dict[str, str] | None = HTML):
    return extract_page(markup.encode("utf-8"), url=url, headers=headers)


def valid(result) -> list[str]:
    return [phone.e164 for phone in result.valid_phones]


def test_dutch_fake_helpdesk() -> None:
    page = run(DUTCH_SCAM, "https://microsoft-helpdesk-nl.com/")
    assert page.is_html and page.skipped_reason is None
    assert page.language == "nl" and page.encoding == "utf-8"
    assert valid(page) == ["+31851234567", "+31882207744"]
    assert {p.kind for p in page.valid_phones} == {"voip"}
    assert page.brands == {"microsoft": 4, "apple": 1, "google": 1}  # title, alt, h1 x2
    assert page.brands_in_title == ["microsoft"]
    assert page.brands_in_host == ["microsoft"]
    assert {"helpdesk", "24/7", "virus verwijderen", "wachtwoord vergeten"} <= set(
        page.helpdesk_terms
    )
    assert [t.term for t in page.remote_tools] == ["anydesk"]
    assert [w.term for w in page.chat_widgets] == ["tawk.to"]
    assert page.contact_links == [
        "https://microsoft-helpdesk-nl.com/contact-ons",
        "https://microsoft-helpdesk-nl.com/over-ons",
    ]
    assert page.fingerprint and len(page.fingerprint) == 16
    assert "Windows of Outlook storing?" in page.text_excerpt


def test_english_fake_helpdesk() -> None:
    page = run(ENGLISH_SCAM, "https://norton-support-help.com/")
    assert page.language == "en"
    assert valid(page) == ["+18885550199", "+31208081234"]
    assert page.brands == {"mcafee": 1, "norton": 2}
    assert {"tech support", "toll-free", "helpline"} <= set(page.helpdesk_terms)
    assert [t.term for t in page.remote_tools] == ["teamviewer"]
    assert page.chat_widgets[0].via == "inline script"


def test_official_microsoft_page() -> None:
    page = run(MICROSOFT_OFFICIAL, "https://support.microsoft.com/nl-nl/contact")
    assert valid(page) == ["+31205001500"]  # opening hours and the version are not phones
    assert page.brands == {"microsoft": 8}  # Office, Windows and Xbox included
    assert "oplichting" in page.warning_terms
    assert page.remote_tools == [] and page.chat_widgets == []


def test_repair_shop() -> None:
    page = run(REPAIR_SHOP, "https://pcreparatiejansen.nl/", headers={})
    assert valid(page) == ["+31302345678", "+31612345678"]
    assert page.brands == {"dell": 1, "hp": 1, "lenovo": 1}
    assert {
        "kvk_number",
        "btw_id",
        "dutch_postcode_address",
        "since_year",
        "reparatie aan huis",
    } <= set(page.business_terms)
    assert page.phone_candidates_rejected >= 3


def test_news_article_quoting_a_scam_number() -> None:
    page = run(NEWS, "https://www.nieuwsblad-voorbeeld.nl/artikel/123")
    assert valid(page) == ["+31858889999", "+31887867372"]
    assert page.brands == {"apple": 2}
    assert {"politie waarschuwt", "oplichters", "fraudehelpdesk", "pas op"} <= set(
        page.warning_terms
    )
    assert [t.via for t in page.remote_tools] == ["text"]


def test_page_full_of_numbers_that_are_not_phones() -> None:
    page = run(NOT_PHONES, "https://webshop-voorbeeld.nl/order/991")
    assert page.valid_phones == []
    assert page.invalid_phones == []
    assert page.phone_candidates_rejected >= 6


def test_json_dict_has_the_pipeline_keys_and_serialises() -> None:
    data = run(DUTCH_SCAM, "https://microsoft-helpdesk-nl.com/").to_json_dict()
    assert set(data) == {
        "brands", "brands_in_title", "brands_in_host", "helpdesk_terms", "warning_terms",
        "business_terms", "remote_tools", "chat_widgets", "invalid_phones",
        "phone_candidates_rejected", "skipped_reason", "encoding", "scare_terms",
        "locker_behaviours", "page_signals", "voucher_payment", "refund_lure",
    }  # fmt: skip
    assert json.loads(json.dumps(data)) == data
    assert data["remote_tools"][0] == {
        "term": "anydesk",
        "via": "link",
        "evidence": "https://anydesk.com/nl/downloads",
    }


def test_skipped_bodies_say_why() -> None:
    assert extract_page(b"", url="http://x.nl/").skipped_reason == "empty"
    assert extract_page(b"   ", url="http://x.nl/").skipped_reason == "empty"
    pdf = extract_page(b"%PDF-1.4 binary", url="http://x.nl/a", headers=HTML)
    assert pdf.skipped_reason == "binary" and not pdf.is_html
    json_page = extract_page(
        b'{"tel": "0851234567"}',
        url="http://x.nl/api",
        headers={"Content-Type": "application/json"},
    )
    assert json_page.skipped_reason == "not_html" and json_page.phones == []
    assert json_page.to_json_dict()["skipped_reason"] == "not_html"


def test_cp1252_page_lying_about_utf8() -> None:
    body = "<html><title>Storing – bel één nummer</title><p>Bel 085 123 4567</p></html>".encode(
        "cp1252"
    )
    page = extract_page(body, url="http://x.nl/", headers=HTML)
    assert page.title == "Storing – bel één nummer" and page.encoding == "cp1252"
    assert valid(page) == ["+31851234567"]


def test_huge_page_is_fast() -> None:
    filler = "<div class='x'><p>Bel 085 123 4567 of 06-12345678, datum 12-05-2023 € 1.299</p></div>"
    body = ("<html><body>" + filler * 120_000 + "</body></html>").encode()
    assert len(body) > 10_000_000
    start = time.perf_counter()
    page = extract_page(body, url="http://big.nl/", headers=HTML)
    assert time.perf_counter() - start < 3.0
    assert valid(page) == ["+31851234567", "+31612345678"]


def test_pathological_pages_are_fast() -> None:
    hostile = [
        b"<div>" * 100_000,
        b"<p>" + b"0 " * 1_000_000,
        b"<p>" + b"+31(" * 300_000,
        b"<html><p>" + "０".encode() * 500_000,
        b"<p>" + b"12-" * 500_000,
        b"<p>" + b"085 123 4567 " * 150_000,
        b"<p>" + b"microsoft" * 200_000 + b" ing " * 100_000,
        b"<a href='http://[::1'>x</a>" * 50_000,
        b"<script>" + b"a+" * 130_000 + b"</script>",
        b"<script>" + b'"085"+' * 40_000 + b"</script>",
        b"<script>" + b"setInterval(" * 20_000 + b"</script>",
        b'<script type="application/ld+json">' + b"[" * 60_000 + b"</script>",
        b"<p>" + b"bel ons gebeld door 085 123 4567 " * 20_000,
    ]
    for body in hostile:
        start = time.perf_counter()
        extract_page(body, url="http://evil.nl/", headers=HTML)
        assert time.perf_counter() - start < 3.0, body[:20]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.binary(max_size=4000),
    ctype=st.sampled_from(
        ["text/html", "", "text/html; charset=utf-16", "application/octet-stream"]
    ),
)
def test_never_raises_on_arbitrary_bytes(body: bytes, ctype: str) -> None:
    page = extract_page(body, url="http://fuzz.nl/", headers={"Content-Type": ctype})
    json.dumps(page.to_json_dict())


FRAGMENTS = st.sampled_from(
    ["<p>", "</p>", "<div>", "<span>", "<a href='tel:", "'>", "<script>", "<!--", "085", " 123 ",
     "4567", "+31", "(0)", "０８５", "-", ".", "\u200b", "KvK", "12-05-2023", "€", "Microsoft",
     "ING", "<meta charset='koi8-r'>", "\x00", "&nbsp;", "<title>", "\ud7ff", "é"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(FRAGMENTS | st.text(max_size=20), max_size=60))
def test_never_raises_on_hostile_markup(parts: list[str]) -> None:
    body = "".join(parts).encode("utf-8", "surrogatepass")
    page = extract_page(body, url="http://fuzz.nl/", headers=HTML)
    json.dumps(page.to_json_dict())


def test_number_in_a_hidden_modal_a_script_shows_later_is_found() -> None:
    """The fake driver page: "installation failed, call support" sits in a modal that
    is display:none until a script opens it; a visitor sees it, so extraction must too."""
    body = (
        b"<html lang='de'><body><h1>HP Druckertreiber herunterladen</h1>"
        b"<button onclick='start()'>Herunterladen</button>"
        b"<div id='err' style='display:none' role='alertdialog'><h3>Installation fehlgeschlagen"
        b"</h3><p>Bitte wenden Sie sich an den technischen Support:</p>"
        b"<p class='tollfree'>0800 5287114</p></div></body></html>"
    )
    page = extract_page(body, url="http://treiber.de/", headers=HTML)
    found = {p.e164: p for p in page.valid_phones}
    assert "+498005287114" in found
    assert "hidden" in found["+498005287114"].sources
    assert "0800 5287114" not in page.text_excerpt  # not read as the visible text


def test_bare_national_number_in_a_url_parameter_is_read_in_the_pages_regions() -> None:
    """?tel=8663051742 on an English pop-up page: a number by its parameter's name, read
    as a US number when it is no Dutch one (the scanner alone skips bare digit runs)."""
    body = b"<html lang='en'><body><h1>Windows Defender Security Warning</h1></body></html>"
    page = extract_page(body, url="http://fix-error-now.site/lp/?tel=8663051742", headers=HTML)
    assert [(p.e164, p.sources) for p in page.valid_phones] == [("+18663051742", ("url",))]
