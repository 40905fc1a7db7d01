"""crawler.extract.sources: numbers static text misses (JSON-LD, script, URL, alt)."""

from __future__ import annotations

from crawler.extract.page import extract_page
from crawler.extract.sources import read_jsonld, script_strings, url_numbers

HTML = {"Content-Type": "text/html; charset=utf-8"}


def found(
    markup: str, url: str = "https://helpdesk-voorbeeld.com/"
) -> list[tuple[str, str, tuple[str, ...]]]:
    page = extract_page(markup.encode("utf-8"), url=url, headers=HTML)
    return [(p.e164, p.role, p.sources) for p in page.valid_phones]


def test_number_only_in_a_national_tel_link() -> None:
    markup = '<html><body><a href="tel:0851234567" class="call-btn">Bel ons</a></body></html>'
    assert found(markup) == [("+31851234567", "offered", ("tel",))]
    markup = '<html><body><a href="callto:020%20123%204567">Skype</a></body></html>'
    assert found(markup) == [("+31201234567", "offered", ("tel",))]


def test_number_only_in_json_ld() -> None:
    markup = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "LocalBusiness", "name": "PC Hulp",
     "telephone": "085-123 45 67"}</script></head><body><p>Welkom</p></body></html>"""
    assert found(markup) == [("+31851234567", "offered", ("jsonld",))]


def test_broken_json_ld_still_gives_its_telephone() -> None:
    result = read_jsonld(['{"@type": "Organization", "telephone": "+31 85 123 4567",}'])
    assert result.phones == ["+31 85 123 4567"] and result.types == {"Organization"}


def test_number_only_in_an_image_alt_or_title() -> None:
    markup = '<html><body><img src="n.png" alt="Bel 088 220 7744"></body></html>'
    assert found(markup) == [("+31882207744", "offered", ("alt",))]
    markup = '<html><body><span title="Helpdesk 020 808 1234">i</span></body></html>'
    assert found(markup) == [("+31208081234", "offered", ("title",))]


def test_number_assembled_by_inline_script() -> None:
    shapes = [
        """var a = "085", b = '123'; document.getElementById("n").textContent = a + " " + b + " 4567";""",
        """var n = ["085", "123", "45", "67"].join(" ");""",
        """document.write("<b>Bel " + "085" + "-1234567</b>");""",
        """el.innerHTML = '<a>085 123 4567</a>';""",
        """var s = String.fromCharCode(48, 56, 53, 49, 50, 51, 52, 53, 54, 55);""",
    ]
    for script in shapes:
        markup = f"<html><head><script>{script}</script></head><body><p id='n'></p></body></html>"
        assert found(markup) == [("+31851234567", "offered", ("script",))], script


def test_script_is_read_not_run() -> None:
    assert script_strings("var x = 1 + 2; var y = a + b; fetch('/api/' + id);") == []
    dated = "<html><head><script>var t = 'Besteld ' + '2024-05-12';</script></head></html>"
    assert found(dated) == []  # joined, then masked as a date like any text


def test_number_only_in_the_page_url() -> None:
    url = "https://support-landing.example.com/lp?utm_source=ads&phone=0800-0201301"
    markup = "<html><body><p>Bel het nummer hierboven</p></body></html>"
    assert found(markup, url) == [("+318000201301", "offered", ("url",))]
    assert url_numbers("https://x.com/?nr=%2B18885550199#tel=0851234567") == [
        "+18885550199",
        "0851234567",
    ]
    assert url_numbers("https://x.com/?id=0851234567") == []


def test_sources_accumulate_over_occurrences() -> None:
    markup = """<html><head><title>Bel 085 123 4567</title></head><body>
    <a href="tel:+31851234567">085 123 4567</a></body></html>"""
    assert found(markup) == [("+31851234567", "offered", ("text", "tel", "title"))]


def test_number_only_in_a_meta_element() -> None:
    markup = """<html><head><meta property="og:phone_number" content="+1-888-555-0199">
    </head><body><div itemscope itemtype="https://schema.org/LocalBusiness">
    <meta itemprop="telephone" content="085 123 4567"></div></body></html>"""
    assert sorted(found(markup)) == [
        ("+18885550199", "offered", ("meta",)),
        ("+31851234567", "offered", ("meta",)),
    ]
