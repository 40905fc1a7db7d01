"""crawler.extract.roles through extract_page: offered or quoted, per occurrence.

Snippets after the pages issue 14 names: a news article quoting a scam number (its
own footer offering the newsroom's number), a consumer forum, a number directory, a
warning page, and fake helpdesks in Dutch, English, German, French and Finnish.
"""

from __future__ import annotations

from crawler.extract import zones
from crawler.extract.page import extract_page
from crawler.extract.roles import OFFERED, QUOTED, PageKind, Place, cue_role, occurrence_role

HTML = {"Content-Type": "text/html; charset=utf-8"}


def roles(markup: str, url: str = "https://example.nl/") -> dict[str, tuple[str, tuple[str, ...]]]:
    page = extract_page(markup.encode("utf-8"), url=url, headers=HTML)
    return {p.e164: (p.role, p.sources) for p in page.valid_phones}


NEWS = """<!DOCTYPE html><html lang="nl"><head><title>Politie waarschuwt voor nep-helpdesk</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Politie waarschuwt", "datePublished": "2024-03-12", "author": {"name": "J. de Vries"}}
</script></head><body><header><a href="/">Dagblad Voorbeeld</a></header>
<article><h1>Nep-helpdesk belt duizenden mensen</h1><p class="byline">Door Jan de Vries</p>
<time datetime="2024-03-12">12 maart 2024</time>
<p>Bij de politie kwamen tientallen meldingen binnen over het nummer 085 888 9999. Wie dat
nummer belde, kreeg een 'medewerker' aan de lijn die vroeg AnyDesk te installeren.</p>
<p>Ook 020 808 1234 wordt in de meldingen genoemd.</p></article>
<footer>Tips voor de redactie? Bel 020 555 1234 of mail tips@dagblad.example</footer>
</body></html>"""


def test_news_article_quotes_its_numbers_and_offers_its_own() -> None:
    found = roles(NEWS, "https://www.dagblad-voorbeeld.nl/nieuws/123")
    assert found["+31858889999"][0] == QUOTED
    assert found["+31208081234"][0] == QUOTED  # running text of the article, no cue
    assert found["+31205551234"] == (OFFERED, ("text",))  # the paper's own footer


def test_same_number_quoted_in_article_and_offered_in_footer_is_offered() -> None:
    markup = NEWS.replace("Bel 020 555 1234", "Bel 085 888 9999")
    assert roles(markup)["+31858889999"][0] == OFFERED


FORUM = """<html lang="nl"><head><title>Gebeld door 085-nummer, nu AnyDesk op mijn pc</title></head>
<body><div class="forum-head">Consumentenforum <nav><a href="/">Home</a></nav></div>
<div class="topic"><div class="post" id="p1"><span class="author">Truus58</span>
<p>Ik werd gisteren gebeld door 085 123 4567, iemand van "Microsoft". Nu staat AnyDesk op mijn pc.</p></div>
<div class="post reply" id="p2"><span class="author">PeterB</span>
<blockquote>gebeld door 085 123 4567</blockquote><p>Niet opnemen! Mij belden ze vanaf <a
href="tel:0882207744">088 220 7744</a>.</p></div></div><p>12 reacties</p></body></html>"""


def test_forum_posts_quote_numbers_even_as_links() -> None:
    found = roles(FORUM, "https://forum.example.nl/topic/991")
    assert found["+31851234567"][0] == QUOTED
    assert found["+31882207744"] == (QUOTED, ("text", "tel"))


DIRECTORY = """<html lang="nl"><head><title>Wie belde mij? Nummer opzoeken</title></head>
<body><h1>Wie belde mij?</h1><p>Recent opgezochte nummers en hun beoordeling:</p>
<table><tr><td>085 111 2233</td><td>Onveilig (41 meldingen)</td></tr>
<tr><td>085 222 3344</td><td>Onveilig</td></tr><tr><td>020 333 4455</td><td>Veilig</td></tr>
<tr><td>088 444 5566</td><td>Onveilig</td></tr><tr><td>06 55566677</td><td>Neutraal</td></tr></table>
<footer>Contact: bel 070 123 4567</footer></body></html>"""


def test_number_directory_lists_numbers_as_quoted() -> None:
    found = roles(DIRECTORY, "https://wiebeldemij.example.nl/")
    listed = ["+31851112233", "+31852223344", "+31203334455", "+31884445566", "+31655566677"]
    assert all(found[e164][0] == QUOTED for e164 in listed)
    assert found["+31701234567"][0] == OFFERED


HELPDESK_NL = """<html lang="nl"><head><title>Microsoft Helpdesk</title></head><body>
<main><article><h2>Hulp bij Windows</h2><p>Problemen met uw computer? Bel ons: 085 303 1234,
wij helpen direct. Pas op voor oplichters die zich voordoen als helpdesk!</p></article></main>
</body></html>"""


def test_helpdesk_bel_ons_is_offered_even_in_an_article_with_warning_words() -> None:
    assert roles(HELPDESK_NL)["+31853031234"][0] == OFFERED


def test_helpdesks_in_other_languages_offer_their_numbers() -> None:
    pages = {
        "en": "<article><p>Printer offline? Call now 1-888-555-0199 for instant help.</p></article>",
        "de": "<article><p>Rufen Sie an: 0800 123 4567 (kostenlos)</p></article>",
        "fr": "<article><p>Appelez le 01 23 45 67 89 maintenant</p></article>",
        "fi": "<article><p>Soita meille 09 1234 5678</p></article>",
    }
    urls = {
        "en": "https://x.com/",
        "de": "https://x.de/",
        "fr": "https://x.fr/",
        "fi": "https://x.fi/",
    }
    for lang, body in pages.items():
        found = roles(f"<html lang='{lang}'><body>{body}</body></html>", urls[lang])
        assert [role for role, _ in found.values()] == [OFFERED], (lang, found)


def test_discussion_cues_in_other_languages_quote() -> None:
    pages = {
        "en": ("<p>Scam number 1-888-555-0199 called me twice.</p>", "https://x.com/"),
        "de": ("<p>Betrügerische Anrufe von 030 12345678</p>", "https://x.de/"),
        "fr": ("<p>Arnaque : le 01 23 45 67 89 m'a appelé</p>", "https://x.fr/"),
        "fi": ("<p>Huijausnumero 09 1234 5678</p>", "https://x.fi/"),
    }
    for lang, (body, url) in pages.items():
        found = roles(f"<html lang='{lang}'><body>{body}</body></html>", url)
        assert [role for role, _ in found.values()] == [QUOTED], (lang, found)


def test_markup_only_a_contact_uses_offers_the_number() -> None:
    markup = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "publisher": {"@type": "Organization", "contactPoint": {"@type": "ContactPoint",
    "telephone": "+31 20 555 6666"}}}</script></head><body><article><p>Geen nummer hier.</p>
    </article></body></html>"""
    assert roles(markup) == {"+31205556666": (OFFERED, ("jsonld",))}


def test_precedence_on_hand_built_places() -> None:
    plain = PageKind()
    article_page = PageKind(article=True)
    text = "Bekende nummers van oplichters: 085 123 4567"
    start = text.index("085")
    assert occurrence_role(Place("text", 0, text, start, len(text)), plain) == QUOTED
    assert occurrence_role(Place("tel", zones.QUOTE, "0851234567", 0, 10), plain) == QUOTED
    assert occurrence_role(Place("tel", zones.ARTICLE, "0851234567", 0, 10), plain) == OFFERED
    assert (
        occurrence_role(Place("text", zones.FRAME, "085 123 4567", 0, 12), article_page) == OFFERED
    )
    assert occurrence_role(Place("text", 0, "085 123 4567", 0, 12), article_page) == QUOTED
    assert occurrence_role(Place("text", 0, "085 123 4567", 0, 12), plain) == OFFERED


def test_nearest_cue_wins() -> None:
    text = "Wij zijn geen oplichters. Bel ons op 085 123 4567"
    start = text.index("085")
    assert cue_role(text, start, start + 12) == OFFERED
    text = "Bel ons niet, maar: 085 123 4567 niet opnemen!"
    start = text.index("085")
    assert cue_role(text, start, start + 12) == QUOTED


def test_a_long_list_of_numbers_is_quoted_a_short_one_offered() -> None:
    rows = "".join(f"<li>085 123 45{n:02d}</li>" for n in range(7))
    found = roles(f"<html><body><h2>Nummers</h2><ul>{rows}</ul></body></html>")
    assert len(found) == 7 and {role for role, _ in found.values()} == {QUOTED}
    short = "<ul><li>UK 0800 048 8477</li><li>NL 085 123 4567</li></ul>"
    found = roles(f"<html><body>{short}</body></html>")
    assert {role for role, _ in found.values()} == {OFFERED}
