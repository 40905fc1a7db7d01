"""crawler.extract.html: decoding liars, refusing binaries, reading what a visitor sees."""

from __future__ import annotations

import codecs

from crawler.extract.html import (
    MAX_PARSE_BYTES,
    decode_body,
    is_binary,
    looks_like_html,
    parse_html,
)

DUTCH = "Storing? Bel onze klantenservice – één nummer, geen wachttijd. Prijs €0,00"


def test_utf8_body_decodes_as_utf8() -> None:
    decoded = decode_body(f"<p>{DUTCH}</p>".encode(), {"Content-Type": "text/html"})
    assert decoded.encoding == "utf-8" and DUTCH in decoded.text


def test_cp1252_body_that_claims_utf8_still_reads_sensibly() -> None:
    body = f'<meta charset="utf-8"><p>{DUTCH}</p>'.encode("cp1252")
    decoded = decode_body(body, {"content-type": "text/html; charset=UTF-8"})
    assert DUTCH in decoded.text
    assert decoded.encoding == "cp1252"


def test_meta_charset_used_when_header_is_silent() -> None:
    text = "Привет, служба поддержки: позвоните нам сейчас. " * 3
    body = f'<meta charset="koi8-r"><p>{text}</p>'.encode("koi8_r")
    assert text in decode_body(body, {}).text


def test_latin1_label_read_as_windows_1252() -> None:
    body = "<p>“Bel ons” — 085</p>".encode("cp1252")
    decoded = decode_body(body, {"Content-Type": "text/html; charset=ISO-8859-1"})
    assert "“Bel ons” — 085" in decoded.text


def test_utf16_with_bom_is_text_not_binary() -> None:
    body = codecs.BOM_UTF16_LE + "<html><p>Bel 085 123 4567</p></html>".encode("utf-16-le")
    assert not is_binary(body)
    assert "085 123 4567" in decode_body(body).text


def test_unknown_declared_charset_falls_back() -> None:
    body = f"<p>{DUTCH}</p>".encode("cp1252")
    assert (
        "klantenservice" in decode_body(body, {"Content-Type": "text/html; charset=bogus-42"}).text
    )


def test_binaries_are_refused() -> None:
    assert is_binary(b"%PDF-1.7\n%binary")
    assert is_binary(b"\x89PNG\r\n\x1a\n....")
    assert is_binary(b"<html>\x00\x00\x00</html>")
    assert not is_binary(b"<html><body>gewoon tekst</body></html>")


def test_html_sniffing_follows_the_content_type() -> None:
    assert looks_like_html(b"<p>hi</p>", "text/html; charset=utf-8")
    assert not looks_like_html(b'{"a": 1}', "application/json")
    assert not looks_like_html(b"<html></html>", "text/plain")
    assert looks_like_html(b"<!DOCTYPE html><html></html>", "")
    assert not looks_like_html(b"just some words", "application/octet-stream")


def test_size_cap_truncates_and_says_so() -> None:
    body = b"<p>" + b"a" * (MAX_PARSE_BYTES + 10)
    decoded = decode_body(body)
    assert decoded.truncated and len(decoded.text) <= MAX_PARSE_BYTES


PAGE = """<!doctype html><html lang="nl-NL"><head><title> Helpdesk  |  Bel ons </title>
<style>.x{color:red}</style><script>var phone = "0201111111";</script>
<base href="https://example.nl/dir/"></head><body>
<nav><a href="contact">Contact</a> <a href="https://other.com/x">Elders</a></nav>
<h1>Microsoft storing?</h1>
<p>Bel <span>085</span><span>-123</span><span>4567</span> nu</p>
<p hidden>0202222222</p><div style="display: none">0203333333</div>
<noscript>0204444444</noscript><template><p>0205555555</p></template>
<img src="logo.png" alt="Apple logo"><a href="tel:%2B31-85-765-4321">Bel direct</a>
</body></html>"""


def test_visible_text_skips_code_and_hidden_parts() -> None:
    page = parse_html(PAGE, "https://example.nl/start")
    assert page is not None
    text = page.text
    assert "Bel 085-1234567 nu" in text  # inline siblings glued, as a browser shows it
    for hidden in ("0201111111", "0202222222", "0203333333", "0204444444", "0205555555"):
        assert hidden not in text
    assert "color:red" not in text


def test_title_lang_links_and_attributes() -> None:
    page = parse_html(PAGE, "https://example.nl/start")
    assert page is not None
    assert page.title == "Helpdesk | Bel ons"
    assert page.lang == "nl-NL"
    assert ("https://example.nl/dir/contact", "Contact") in page.links
    assert ("https://other.com/x", "Elders") in page.links
    assert page.tel_links == ["+31-85-765-4321"]
    assert "Apple logo" in page.extra_text
    assert page.headings == ["Microsoft storing?"]


def test_blocks_become_separate_lines() -> None:
    page = parse_html("<div>085</div><div>1234567</div><p>a<br>b</p>", "http://x.nl/")
    assert page is not None
    assert page.lines == ["085", "1234567", "a", "b"]


def test_empty_and_junk_documents() -> None:
    assert parse_html("", "http://x.nl/") is None
    assert parse_html("   \n ", "http://x.nl/") is None
    page = parse_html(
        '<?xml version="1.0" encoding="utf-8"?><html><p>ok</p></html>', "http://x.nl/"
    )
    assert page is not None and page.lines == ["ok"]


def test_body_hidden_until_a_script_shows_it_still_counts() -> None:
    page = parse_html('<body style="display:none"><p>Bel 085 123 4567</p></body>', "http://x.nl/")
    assert page is not None and page.lines == ["Bel 085 123 4567"]


ZONED = """<html><body onbeforeunload="return 1"><header class="site-header">Bel 085 123 4567</header>
<article><h1>Oplichters bellen met 088 111 2222</h1><p>Tekst 085 999 8888 en <a
class="btn" href="#">Lees meer</a></p><blockquote>Ik werd gebeld door 06 12345678</blockquote>
<div class="comment-body"><p>Mij ook, 020 123 4567</p></div></article>
<div id="footer"><a href="callto:0201234567">Bel</a> <a href="tel:+31851234567">085</a></div>
<script type="application/ld+json">{"@type": "NewsArticle"}</script>
<div itemscope itemtype="https://schema.org/Comment">Reactie</div>
<audio autoplay src="a.mp3"></audio></body></html>"""


def test_lines_carry_the_zone_their_numbers_sit_in() -> None:
    from crawler.extract import zones

    page = parse_html(ZONED, "http://x.nl/")
    assert page is not None
    by_line = dict(zip(page.lines, page.line_zones, strict=True))
    assert by_line["Bel 085 123 4567"] == zones.FRAME
    assert by_line["Oplichters bellen met 088 111 2222"] == zones.ARTICLE | zones.HEADING
    assert by_line["Tekst 085 999 8888 en Lees meer"] == zones.ARTICLE  # digitless button
    assert by_line["Ik werd gebeld door 06 12345678"] == zones.ARTICLE | zones.QUOTE
    assert by_line["Mij ook, 020 123 4567"] == zones.ARTICLE | zones.QUOTE
    assert page.tel_links == ["0201234567", "+31851234567"]
    assert all(zone & zones.FRAME and zone & zones.TEL for zone in page.tel_zones)
    assert page.jsonld == ['{"@type": "NewsArticle"}']
    assert page.markup["article"] == 1 and page.markup["blockquote"] == 1
    assert page.markup["itemtype:Comment"] == 1 and page.markup["quote"] >= 3
    assert page.markup["audio_autoplay"] == 1 and "onbeforeunload=return 1" in page.handlers
