"""crawler.extract.fingerprint: clones land close, different templates far apart."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.extract.fingerprint import fingerprint, hamming

SCAM_TEMPLATE = """<html><head><title>{brand} Helpdesk</title>
<link rel="stylesheet" href="/style.css"></head><body>
<header class="top-bar"><div class="logo">{brand}</div>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/support">{brand} support</a></li>
<li><a href="/contact">Contact</a></li></ul></nav></header>
<section class="hero"><h1>{brand} storing? Bel {phone}</h1>
<p class="lead">Onze experts helpen u 24/7 met {brand}.</p>
<a class="btn btn-call" href="tel:{phone}">Bel nu</a></section>
<section class="features"><div class="card"><h3>Virus</h3><p>Wij verwijderen virussen.</p></div>
<div class="card"><h3>E-mail</h3><p>{brand} mail werkt niet?</p></div>
<div class="card"><h3>Printer</h3><p>Printer offline?</p></div></section>
<footer class="foot"><p>&copy; 2024 {brand} Support Nederland</p><p>{phone}</p></footer>
</body></html>"""

NEWS_PAGE = """<html><head><title>Nieuws</title></head><body>
<div id="page"><div class="masthead"><span class="site">Dagblad</span></div>
<main><article class="story"><h2 class="headline">Politie waarschuwt voor nephelpdesks</h2>
<p class="byline">Door redactie</p><p>Tekst</p><p>Meer tekst</p><blockquote>Citaat</blockquote>
<figure><img src="a.jpg"><figcaption>Foto</figcaption></figure></article>
<aside class="related"><ol><li>Een</li><li>Twee</li></ol></aside></main>
<table class="tips"><tr><td>Tip</td><td>Bel nooit terug</td></tr></table></div></body></html>"""

SHOP_PAGE = """<html><body><div class="wrapper"><form action="/zoek"><input name="q">
<button>Zoek</button></form>
<div class="grid"><span class="price">10</span><span class="price">20</span></div>
<dl><dt>Openingstijden</dt><dd>ma-vr</dd></dl><select><option>a</option><option>b</option></select>
</div></body></html>"""


def fp(markup: str) -> str:
    value = fingerprint(lxml_html.document_fromstring(markup))
    assert value is not None
    return value


def test_clone_with_other_brand_and_number_is_close() -> None:
    first = fp(SCAM_TEMPLATE.format(brand="Microsoft", phone="085 123 4567"))
    clone = fp(SCAM_TEMPLATE.format(brand="Apple iCloud", phone="+31 88 765 43 21"))
    assert len(first) == 16
    assert hamming(first, clone) <= 6


def test_clone_with_an_extra_card_is_still_close() -> None:
    first = fp(SCAM_TEMPLATE.format(brand="HP", phone="085 123 4567"))
    grown = SCAM_TEMPLATE.replace(
        '<div class="card"><h3>Printer</h3>',
        '<div class="card"><h3>Wifi</h3><p>Geen internet?</p></div>'
        '<div class="card"><h3>Printer</h3>',
    )
    assert hamming(first, fp(grown.format(brand="Canon", phone="085 765 4321"))) <= 10


def test_different_templates_are_far_apart() -> None:
    scam = fp(SCAM_TEMPLATE.format(brand="Microsoft", phone="085 123 4567"))
    news = fp(NEWS_PAGE)
    shop = fp(SHOP_PAGE)
    assert hamming(scam, news) >= 16
    assert hamming(scam, shop) >= 16
    assert hamming(news, shop) >= 16


def test_words_do_not_move_the_fingerprint() -> None:
    frame = "<html><body><header><nav><ul><li>a</li><li>b</li></ul></nav></header><main>{}</main><footer><p>f</p></footer></body></html>"
    assert fp(frame.format("<p>een</p><p>twee</p><p>drie</p>")) == fp(
        frame.format("<p>Microsoft 085 123 4567</p><p>anders</p><p>nog</p>")
    )


def test_a_page_too_small_to_be_a_template_has_no_fingerprint() -> None:
    small = "<html><body><header>x</header><main><h1>x</h1><p>y</p></main></body></html>"
    assert fingerprint(lxml_html.document_fromstring(small)) is None


def test_no_markup_no_fingerprint() -> None:
    assert fingerprint(None) is None


def test_hamming() -> None:
    assert hamming("0000000000000000", "000000000000000f") == 4
    assert hamming("ffffffffffffffff", "ffffffffffffffff") == 0


def test_obfuscated_number_markup_and_widgets_do_not_move_it() -> None:
    plain = SCAM_TEMPLATE.format(brand="Microsoft", phone="085 123 4567")
    split = SCAM_TEMPLATE.format(
        brand="<b>HP</b>", phone='<span class="n1">085</span><span class="n2"> 123 4567</span>'
    ).replace("</footer>", '</footer><script src="https://embed.tawk.to/x/y"></script>')
    assert hamming(fp(plain), fp(split)) <= 2
